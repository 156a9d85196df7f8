/*
 * service.c: send mode, the recap address as a service.
 *
 * Strangers can write to the address, so nothing is sent before the
 * guards have passed: the message is not automatic mail or one of our
 * own, its sender is a listed coach (vouched for by our mail server
 * when the configuration says how), and that coach is within the rate
 * limit.  What fails a guard is dropped: exit 0, logged, never bounced
 * and never answered.  Then the recap goes to the school through
 * sendmail, or to the coach alone for a preview, or the coach gets a
 * reply saying which lines stopped it.  Only a failure a retry may fix
 * exits 75, and then nothing has been sent.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "config.h"
#include "deliver_int.h"
#include "guard.h"
#include "intake.h"
#include "notes.h"
#include "pipeline.h"
#include "ratelimit.h"
#include "rawhdr.h"
#include "reply.h"
#include "send.h"
#include "util.h"

struct svc {
	struct job	*j;
	struct rawhdrs	 h;
	struct person	*from;		/* the From of the notes */
	size_t		 nfrom;
	char		*envelope;
	int		 preview;
};

static int	 configured(struct job *);
static int	 check_guards(struct svc *);
static int	 within_limit(struct svc *, const char *, int *);
static int	 submit(struct svc *, const char *, const char *,
		    const char *const *, size_t, const struct buf *);
static unsigned	 time_left(unsigned, const struct timespec *);
static int	 send_recap(struct svc *);
static int	 send_reply(struct svc *, int);
static void	 reply_setup(struct svc *, struct reply *);
static void	 svc_free(struct svc *);
static void	 raw_message_id(struct job *, const struct rawhdrs *);

int
service_run(struct job *j)
{
	struct svc	 s;
	int		 rc, piped;

	if (!configured(j))
		return EXIT_TEMPFAIL;

	memset(&s, 0, sizeof(s));
	s.j = j;
	piped = pipeline_read(&j->p);
	rc = check_guards(&s);
	job_log_context(j);
	if (rc != -1) {
		j->result = rc == EXIT_OK ? "dropped" : "tempfail";
		svc_free(&s);
		return rc;
	}
	s.preview = j->p.preview ||
	    guard_preview_address(&s.h, j->run->recipient);

	if (piped == PIPE_OK)
		piped = pipeline_compose(&j->p);
	if (piped == PIPE_TEMPFAIL) {
		snprintf(j->err, sizeof(j->err), "%s", j->p.err);
		rc = EXIT_TEMPFAIL;
	} else if (piped == PIPE_REFUSED)
		rc = send_reply(&s, 1);
	else
		rc = send_recap(&s);
	svc_free(&s);
	return rc;
}

int
service_automatic(struct job *j)
{
	struct rawhdrs	 h;
	struct guard_in	 g;
	char		*env;
	int		 rc;

	rawhdr_scan(j->in.p ? j->in.p : "", j->in.len, &h);
	env = guard_envelope(&h, j->run->sender);
	memset(&g, 0, sizeof(g));
	g.h = &h;
	g.from = j->p.mail.from.addr;
	g.envelope = env;
	g.service = j->cfg.address;
	rc = guard_automatic(&g, j->err, sizeof(j->err));
	free(env);
	rawhdrs_free(&h);
	return rc;
}

/*
 * With no directory anyone could write as anyone.  With no address of
 * its own the service would take the notes' To for it, and replies and
 * X-Loop would name the school leader.  Either way the mail is kept
 * with the mail server until the configuration is fixed.
 */
static int
configured(struct job *j)
{
	const char	*missing;

	if (!j->cfg.loaded || j->cfg.ncoaches == 0)
		missing = "a configuration file (-c) listing coaches";
	else if (j->cfg.address == NULL || *j->cfg.address == '\0')
		missing = "address = in [service] of the configuration";
	else
		return 1;
	snprintf(j->err, sizeof(j->err), "send mode needs %s; the message "
	    "is left with the mail server", missing);
	return 0;
}

/*
 * -1 when every guard passed; else the exit code, with the reason in
 * j->err: 0 for a message dropped, 75 when the limit's state failed.
 */
static int
check_guards(struct svc *s)
{
	struct job	*j = s->j;
	struct guard_in	 g;
	const char	*from;

	rawhdr_scan(j->in.p ? j->in.p : "", j->in.len, &s->h);
	s->envelope = guard_envelope(&s->h, j->run->sender);
	from = rawhdr_get(&s->h, "From");
	if (from == NULL ||
	    intake_addresses(from, &s->from, &s->nfrom) != 1)
		from = NULL;
	else
		from = s->from[0].addr;

	/* The log line is written after s is gone: it needs its own copy. */
	if (from != NULL)
		j->coach = xstrdup(from);
	raw_message_id(j, &s->h);

	memset(&g, 0, sizeof(g));
	g.h = &s->h;
	g.from = from;
	g.envelope = s->envelope;
	g.service = pipeline_service_address(&j->p);
	if (guard_automatic(&g, j->err, sizeof(j->err)) ||
	    guard_refused(&j->cfg, &g, j->err, sizeof(j->err)))
		return EXIT_OK;
	return -1;
}

/* The rate limit for key; no state directory means no limit. */
static int
within_limit(struct svc *s, const char *key, int *ok)
{
	struct job	*j = s->j;
	int		 rc;

	*ok = 1;
	if (j->cfg.state_dir == NULL || j->cfg.rate_limit == 0)
		return 0;
	rc = ratelimit_take(j->cfg.state_dir, key, j->cfg.rate_limit,
	    j->run->now);
	if (rc == -1) {
		snprintf(j->err, sizeof(j->err), "state-dir %s: %s",
		    j->cfg.state_dir, strerror(errno));
		return -1;
	}
	if (rc == 0) {
		*ok = 0;
		snprintf(j->err, sizeof(j->err), "rate limit of %d an hour "
		    "reached", j->cfg.rate_limit);
	}
	return 0;
}

/*
 * sendmail within the time the watchdog leaves us, less a second for
 * the log line; the watchdog is held off meanwhile, since it would end
 * the process and leave sendmail running, and re-armed after with the
 * time really left, so a second submission gets it too.  The message
 * counts against key's rate limit only if it goes out, so the mail
 * server's retries of a failed submission do not use the limit up.
 * Returns 0 sent, 1 over the limit (j->err says so), -1 a retry.
 */
static int
submit(struct svc *s, const char *key, const char *sender,
    const char *const *rcpt, size_t n, const struct buf *msg)
{
	struct job	*j = s->j;
	struct timespec	 start;
	unsigned	 left;
	int		 rc, t, ok;

	if (within_limit(s, key, &ok) == -1)
		return -1;
	if (!ok)
		return 1;

	left = alarm(0);
	t = left > 2 ? (int)left - 1 : 1;
	clock_gettime(CLOCK_MONOTONIC, &start);
	rc = send_submit(j->cfg.sendmail, sender, rcpt, n, msg->p, msg->len,
	    t, j->err, sizeof(j->err));
	alarm(time_left(left, &start));
	if (rc == -1 && j->cfg.state_dir != NULL && j->cfg.rate_limit > 0)
		(void)ratelimit_undo(j->cfg.state_dir, key, j->run->now);
	return rc;
}

/*
 * What the watchdog had (left seconds) less the time spent since start,
 * rounded against us; at least 1, so a run that used it all still gets
 * to write its log line before the watchdog ends it.  0 stays 0: there
 * was no watchdog to re-arm.
 */
static unsigned
time_left(unsigned left, const struct timespec *start)
{
	struct timespec	 now;
	long long	 used;

	if (left == 0)
		return 0;
	clock_gettime(CLOCK_MONOTONIC, &now);
	used = (long long)(now.tv_sec - start->tv_sec);
	if (now.tv_nsec > start->tv_nsec)
		used++;
	return used < (long long)left ? left - (unsigned)used : 1;
}

/*
 * The recap to the leaders and the coach (the coach alone for a
 * preview), from the coach; then the warnings, if any, to the coach.
 */
static int
send_recap(struct svc *s)
{
	struct job		*j = s->j;
	const struct notes	*n = j->p.notes;
	const char		**rcpt;
	size_t			 nr = 0, i;
	int			 rc;

	rcpt = xcalloc(n->nto + n->ncc + 1, sizeof(*rcpt));
	rcpt[nr++] = n->coach.addr;
	for (i = 0; !s->preview && i < n->nto; i++)
		rcpt[nr++] = n->to[i].addr;
	for (i = 0; !s->preview && i < n->ncc; i++)
		rcpt[nr++] = n->cc[i].addr;
	rc = submit(s, s->from[0].addr, n->coach.addr, rcpt, nr,
	    &j->p.recap);
	free(rcpt);
	if (rc != 0) {
		j->result = rc == 1 ? "dropped" : "tempfail";
		return rc == 1 ? EXIT_OK : EXIT_TEMPFAIL;
	}
	j->result = s->preview ? "preview" : "sent";
	snprintf(j->err, sizeof(j->err), "%zu recipients", nr);

	/* The recap is out: a lost note must not make it go out twice. */
	if (n->diag.n > 0)
		(void)send_reply(s, 0);
	return EXIT_OK;
}

/*
 * A reply to the coach alone, from the null sender: why the notes were
 * refused (refusal set), or the warnings of the recap that went out.
 */
static int
send_reply(struct svc *s, int refusal)
{
	struct job	*j = s->j;
	struct reply	 r;
	struct buf	 msg;
	char		*key, why[400];
	const char	*rcpt;
	int		 rc;

	snprintf(why, sizeof(why), "%.*s", (int)sizeof(why) - 1,
	    refusal ? "notes refused" : j->err);
	reply_setup(s, &r);
	buf_init(&msg);
	if (refusal)
		reply_refusal(&r, &j->p, &msg);
	else
		reply_warnings(&r, &j->p, s->preview, &msg);
	rcpt = r.to;
	key = xasprintf("replies-to-%s", r.to);
	rc = submit(s, key, "", &rcpt, 1, &msg);
	free(key);
	buf_free(&msg);
	if (rc != 0 && refusal) {
		j->result = rc == 1 ? "dropped" : "tempfail";
		return rc == 1 ? EXIT_OK : EXIT_TEMPFAIL;
	}
	if (rc != 0)
		snprintf(j->err, sizeof(j->err), "%s; warnings not sent", why);
	else if (refusal) {
		j->result = "replied";
		snprintf(j->err, sizeof(j->err), "%s", why);
	} else
		snprintf(j->err, sizeof(j->err), "%s; warnings to the coach",
		    why);
	return EXIT_OK;
}

static void
reply_setup(struct svc *s, struct reply *r)
{
	const struct config	*cfg = &s->j->cfg;
	const char		*at;

	memset(r, 0, sizeof(*r));
	r->from = pipeline_service_address(&s->j->p);
	r->to = s->from[0].addr;
	at = strrchr(r->from, '@');
	r->domain = cfg->domain ? cfg->domain : at ? at + 1 : "localhost";
	r->date = s->j->run->now;
}

static void
svc_free(struct svc *s)
{
	size_t	 i;

	rawhdrs_free(&s->h);
	for (i = 0; i < s->nfrom; i++)
		person_free(&s->from[i]);
	free(s->from);
	free(s->envelope);
}

/*
 * A message the parse refused (too large, too deep) still has the
 * Message-ID its raw header gives: the log line names it and the reply
 * to the coach threads under it.  Only a plain <id> is taken.
 */
static void
raw_message_id(struct job *j, const struct rawhdrs *h)
{
	const char	*v = rawhdr_get(h, "Message-ID"), *lt, *gt, *c;

	if (j->p.mail.message_id != NULL || v == NULL ||
	    (lt = strchr(v, '<')) == NULL || (gt = strchr(lt, '>')) == NULL ||
	    gt - lt < 2 || gt - lt > 250)
		return;
	for (c = lt + 1; c < gt; c++)
		if (*c <= ' ' || *c >= 0x7f || strchr("<\"\\", *c) != NULL)
			return;
	j->p.mail.message_id = xstrndup(lt + 1, gt - lt - 1);
}
