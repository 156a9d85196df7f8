/*
 * deliver.c: one message in, one recap (or a clear refusal) out.
 *
 * The mail system gives us one chance per delivery attempt, so every
 * path ends in a code it understands: 0 with the whole recap written,
 * EX_DATAERR when the notes cannot become a recap (nothing written, the
 * reason on standard error), EX_TEMPFAIL for anything a retry may fix.
 * Standard input is read to its end before anything else happens, and
 * output is written only once it is complete.  Send mode (service.c)
 * submits instead of writing, and never says anything personal on
 * standard output or error, which mail servers copy into bounces.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "config.h"
#include "deliver.h"
#include "deliver_int.h"
#include "log.h"
#include "notes.h"
#include "pipeline.h"
#include "report.h"
#include "util.h"

static int	 setup(struct job *);
static int	 run_filter(struct job *);
static int	 run_report(struct job *);
static const char *result_of(const struct job *, int);
static void	 print_diags(const struct notes *);
static void	 job_names(const struct job *, const char **,
		    const char **);
static int	 finish(struct job *, int);

int
deliver_run(const struct run *run)
{
	struct job	 j;
	size_t		 keep, whole;
	int		 rc;

	memset(&j, 0, sizeof(j));
	j.run = run;
	buf_init(&j.out);
	log_init(run->log == LOG_AUTO ? -1 : run->log == LOG_STDERR);

	/*
	 * The message is read to its end whatever happens, the settings
	 * first: send mode, open to anyone, keeps no more of it than
	 * max-size and a byte, enough for the refusal to say why.  Filter
	 * mode keeps it all, as automatic mail goes back out whole.
	 */
	rc = setup(&j);
	keep = rc == EXIT_OK && run->mode == MODE_SEND &&
	    j.cfg.max_size > 0 ? j.cfg.max_size + 1 : 0;
	if (buf_read_fd_max(&j.in, STDIN_FILENO, keep, &whole) == -1) {
		snprintf(j.err, sizeof(j.err), "reading standard input: %s",
		    strerror(errno));
		return finish(&j, EXIT_TEMPFAIL);
	}
	if (rc != EXIT_OK)
		return finish(&j, rc);
	pipeline_init(&j.p, j.in.p, j.in.len, &j.cfg, run->now);
	j.p.whole = whole;
	if (run->mode == MODE_SEND)
		rc = service_run(&j);
	else if (run->mode == MODE_FILTER)
		rc = run_filter(&j);
	else
		rc = run_report(&j);
	if (j.out.len > 0 && write_full(STDOUT_FILENO, j.out.p, j.out.len)) {
		snprintf(j.err, sizeof(j.err), "writing standard output: %s",
		    strerror(errno));
		rc = EXIT_TEMPFAIL;
	}
	return finish(&j, rc);
}

/*
 * The configuration, then the coach's zone for every later step: the
 * process's TZ becomes that zone, so localtime() answers in it.
 */
static int
setup(struct job *j)
{
	config_init(&j->cfg);
	if (j->run->config != NULL &&
	    config_load(&j->cfg, j->run->config, j->err, sizeof(j->err)) == -1)
		return EXIT_TEMPFAIL;
	if (setenv("TZ", j->cfg.tzid ? j->cfg.tzid : "UTC", 1) == -1) {
		snprintf(j->err, sizeof(j->err), "setenv TZ: %s",
		    strerror(errno));
		return EXIT_TEMPFAIL;
	}
	tzset();
	return EXIT_OK;
}

/*
 * The recap on standard output, or the reasons on standard error.
 * Automatic mail and our own recaps come back out as they went in.
 */
static int
run_filter(struct job *j)
{
	int	 rc;

	rc = pipeline_read(&j->p);
	job_log_context(j);
	if (service_automatic(j)) {
		j->result = "unchanged";
		buf_add(&j->out, j->in.p, j->in.len);
		return EXIT_OK;
	}
	if (rc == PIPE_OK)
		rc = pipeline_compose(&j->p);
	/* After compose, which may add the reason it refused. */
	if (j->p.notes != NULL)
		print_diags(j->p.notes);
	snprintf(j->err, sizeof(j->err), "%s", j->p.err);
	if (rc == PIPE_OK) {
		buf_add(&j->out, j->p.recap.p, j->p.recap.len);
		return EXIT_OK;
	}
	return rc == PIPE_TEMPFAIL ? EXIT_TEMPFAIL : EXIT_DATAERR;
}

/* --check and --json report notes with errors too. */
static int
run_report(struct job *j)
{
	int	 rc;

	rc = pipeline_read(&j->p);
	job_log_context(j);
	if (rc == PIPE_TEMPFAIL) {
		snprintf(j->err, sizeof(j->err), "%s", j->p.err);
		return EXIT_TEMPFAIL;
	}
	rc = rc == PIPE_OK ? EXIT_OK : EXIT_DATAERR;
	if (j->p.notes == NULL)
		snprintf(j->err, sizeof(j->err), "%s", j->p.err);
	else if (j->run->mode == MODE_JSON)
		report_json(j->p.notes, &j->out);
	else
		report_text(j->p.notes, &j->out);
	return rc;
}

static void
print_diags(const struct notes *n)
{
	struct buf	 why;

	buf_init(&why);
	report_diags(n, 0, &why);
	if (why.len > 0)
		fputs(why.p, stderr);
	buf_free(&why);
}

/* What the log line names: the notes' id and coach when there are notes. */
static void
job_names(const struct job *j, const char **msgid, const char **coach)
{
	const struct notes	*n = j->p.notes;

	*msgid = n ? n->message_id : j->p.mail.message_id;
	*coach = n ? n->coach.addr : j->coach;
}

void
job_log_context(const struct job *j)
{
	const char	*msgid, *coach;

	job_names(j, &msgid, &coach);
	log_context(msgid, coach);
}

/* The one log line, the reason on standard error, the exit code. */
static int
finish(struct job *j, int rc)
{
	const char	*msgid, *coach;

	job_names(j, &msgid, &coach);
	if (rc != EXIT_OK && j->err[0] != '\0')
		fprintf(stderr, "mtss-recap: %s\n", j->err);
	log_result(msgid, coach, result_of(j, rc),
	    rc == EXIT_OK && j->result == NULL ? "-" : j->err);

	pipeline_free(&j->p);
	free(j->coach);
	buf_free(&j->in);
	buf_free(&j->out);
	config_free(&j->cfg);
	return rc;
}

/* What the log calls the outcome, when the step did not say. */
static const char *
result_of(const struct job *j, int rc)
{
	if (rc == EXIT_TEMPFAIL)
		return "tempfail";
	if (j->result != NULL)
		return j->result;
	if (rc != EXIT_OK)
		return "rejected";
	return j->run->mode == MODE_FILTER ? "recap" : "checked";
}
