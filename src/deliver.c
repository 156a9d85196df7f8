/*
 * deliver.c: one message in, one recap (or a clear refusal) out.
 *
 * The mail system gives us one chance per delivery attempt, so every
 * path ends in a code it understands: 0 with the whole recap written,
 * EX_DATAERR when the notes cannot become a recap (nothing written, the
 * reason on standard error), EX_TEMPFAIL for anything a retry may fix.
 * Standard input is read to its end before anything else happens, and
 * output is written only once it is complete.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "config.h"
#include "deliver.h"
#include "intake.h"
#include "invite.h"
#include "log.h"
#include "notes.h"
#include "outbound.h"
#include "recap.h"
#include "report.h"
#include "util.h"

#define ERRLEN	512

struct job {
	const struct run *run;
	struct config	 cfg;
	struct buf	 in;
	struct mail_in	 mail;
	struct notes	*notes;
	struct buf	 out;
	char		 err[ERRLEN];
};

static int	 read_all(int, struct buf *);
static int	 write_all(int, const char *, size_t);
static int	 setup(struct job *);
static int	 understand(struct job *);
static int	 compose(struct job *);
static int	 finish(struct job *, int);
static const char *service_domain(const struct job *);
static const char *service_address(const struct job *);
static char	*recap_message_id(const struct job *);

int
deliver_run(const struct run *run)
{
	struct job	 j;
	int		 rc;

	memset(&j, 0, sizeof(j));
	j.run = run;
	log_init();

	/* Read the message first, whatever happens next. */
	if (read_all(STDIN_FILENO, &j.in) == -1) {
		snprintf(j.err, sizeof(j.err), "reading standard input: %s",
		    strerror(errno));
		return finish(&j, EXIT_TEMPFAIL);
	}
	if ((rc = setup(&j)) != EXIT_OK)
		return finish(&j, rc);
	if ((rc = understand(&j)) != EXIT_OK)
		return finish(&j, rc);
	if (run->mode == MODE_JSON)
		report_json(j.notes, &j.out);
	else if (run->mode == MODE_CHECK)
		report_text(j.notes, &j.out);
	else if ((rc = compose(&j)) != EXIT_OK)
		return finish(&j, rc);

	/* All or nothing: a failed write leaves the retry to the server. */
	if (write_all(STDOUT_FILENO, j.out.p, j.out.len) == -1) {
		snprintf(j.err, sizeof(j.err), "writing standard output: %s",
		    strerror(errno));
		return finish(&j, EXIT_TEMPFAIL);
	}
	rc = (j.notes && diag_errors(&j.notes->diag)) ? EXIT_DATAERR :
	    EXIT_OK;
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
 * The message, then the notes in it.  In --check and --json modes
 * notes with errors are still reported; only the filter refuses them.
 */
static int
understand(struct job *j)
{
	struct buf	 why;

	if (intake_read(j->in.p ? j->in.p : "", j->in.len, &j->mail, j->err,
	    sizeof(j->err)) == -1)
		return EXIT_DATAERR;
	j->notes = notes_parse(&j->mail, &j->cfg);
	if (j->run->mode != MODE_FILTER)
		return EXIT_OK;
	buf_init(&why);
	report_diags(j->notes, 0, &why);
	if (why.len > 0)
		fputs(why.p, stderr);
	buf_free(&why);
	if (diag_errors(&j->notes->diag) > 0) {
		snprintf(j->err, sizeof(j->err), "the notes cannot become a "
		    "recap");
		return EXIT_DATAERR;
	}
	return EXIT_OK;
}

static int
compose(struct job *j)
{
	struct notes	*n = j->notes;
	struct recap	 r;
	struct outbound	 o;
	struct person	*cc;
	const char	*method = NULL;
	char		*ics = NULL, *msgid;
	int		 rc = EXIT_OK;

	recap_compose(n, j->run->now, &r);
	if (n->next != NULL && (ics = invite_make(n, &j->cfg, j->run->now,
	    &method, j->err, sizeof(j->err))) == NULL) {
		recap_free(&r);
		return EXIT_TEMPFAIL;
	}

	/* The coach gets a copy, with anyone the notes asked for. */
	cc = xreallocarray(NULL, n->ncc + 1, sizeof(*cc));
	cc[0] = n->coach;
	memcpy(cc + 1, n->cc, n->ncc * sizeof(*cc));
	msgid = recap_message_id(j);

	memset(&o, 0, sizeof(o));
	o.from = &n->coach;
	o.to = n->to, o.nto = n->nto;
	o.cc = cc, o.ncc = n->ncc + 1;
	o.subject = r.subject;
	o.date = j->run->now;
	o.message_id = msgid;
	o.in_reply_to = n->message_id;
	o.references = n->references;
	o.loop = service_address(j);
	o.text = r.text, o.html = r.html;
	o.ics = ics, o.method = method;
	/*
	 * The writer refuses only what the notes gave it (an address it
	 * cannot put in a header): that is the coach's to fix, not a retry.
	 */
	if (outbound_write(&o, &j->out, j->err, sizeof(j->err)) == -1)
		rc = EXIT_DATAERR;
	free(msgid);
	free(cc);
	free(ics);
	recap_free(&r);
	return rc;
}

/*
 * The recap's Message-ID depends only on the notes' and the clock, so
 * a rerun with --now gives the same message byte for byte.
 */
static char *
recap_message_id(const struct job *j)
{
	unsigned long long	 h;
	const char		*id = j->notes->message_id;

	h = hash64(id ? id : "", id ? strlen(id) : 0, 0);
	h = hash64(&j->run->now, sizeof(j->run->now), h);
	h = hash64(j->in.p, j->in.len, h);
	return xasprintf("recap.%016llx@%s", h, service_domain(j));
}

/* The configured address, else the one the notes were sent to. */
static const char *
service_address(const struct job *j)
{
	if (j->cfg.address != NULL)
		return j->cfg.address;
	if (j->mail.nto > 0)
		return j->mail.to[0].addr;
	return j->mail.from.addr;
}

static const char *
service_domain(const struct job *j)
{
	const char	*at;

	if (j->cfg.domain != NULL)
		return j->cfg.domain;
	at = strrchr(service_address(j), '@');
	return at ? at + 1 : "localhost";
}

/* The one log line, the reason on standard error, the exit code. */
static int
finish(struct job *j, int rc)
{
	const char	*result, *id = NULL, *coach = NULL;

	if (j->notes != NULL)
		id = j->notes->message_id, coach = j->notes->coach.addr;
	if (rc == EXIT_TEMPFAIL)
		result = "tempfail";
	else if (rc != EXIT_OK)
		result = "rejected";
	else
		result = j->run->mode == MODE_FILTER ? "recap" : "checked";
	if (rc != EXIT_OK && j->err[0] != '\0')
		fprintf(stderr, "mtss-recap: %s\n", j->err);
	log_result(id, coach, result, rc == EXIT_OK ? "-" : j->err);

	notes_free(j->notes);
	mail_in_free(&j->mail);
	buf_free(&j->in);
	buf_free(&j->out);
	config_free(&j->cfg);
	return rc;
}

static int
read_all(int fd, struct buf *b)
{
	char	 chunk[65536];
	ssize_t	 n;

	for (;;) {
		n = read(fd, chunk, sizeof(chunk));
		if (n == 0)
			return 0;
		if (n == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		buf_add(b, chunk, (size_t)n);
	}
}

static int
write_all(int fd, const char *p, size_t len)
{
	ssize_t	 n;

	while (len > 0) {
		n = write(fd, p, len);
		if (n == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}
