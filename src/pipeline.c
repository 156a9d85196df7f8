/*
 * pipeline.c: a notes message in memory becomes the recap message.
 *
 * Each step of design.md runs here in order: intake, notes, recap,
 * invite, outbound.  Nothing is read or written outside memory and
 * nothing ends the process, so deliver.c decides what the mail system
 * hears and tests and fuzzers can drive the whole core directly.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "config.h"
#include "intake.h"
#include "invite.h"
#include "notes.h"
#include "outbound.h"
#include "pipeline.h"
#include "recap.h"
#include "util.h"

static char		*recap_message_id(const struct pipeline *);
static int		 strip_preview(char *);
static const char	*service_domain(const struct pipeline *);
static void		 explain_refusal(struct pipeline *);
static int		 body_line_of(const char *, const char *);

void
pipeline_init(struct pipeline *p, const char *msg, size_t len,
    const struct config *cfg, time_t now)
{
	memset(p, 0, sizeof(*p));
	p->msg = msg;
	p->len = len;
	p->whole = len;
	p->cfg = cfg;
	p->now = now;
	buf_init(&p->recap);
}

void
pipeline_free(struct pipeline *p)
{
	notes_free(p->notes);
	p->notes = NULL;
	mail_in_free(&p->mail);
	buf_free(&p->recap);
}

int
pipeline_read(struct pipeline *p)
{
	struct intake_limits	 lim;
	const char		*zone;
	int			 rc;

	/* The parse runs in a child: see intake_guard.c. */
	memset(&lim, 0, sizeof(lim));
	lim.max_size = p->cfg->max_size;
	lim.whole = p->whole;
	lim.attach_max = p->cfg->attach_max;
	lim.in_process = p->in_process;
	if ((rc = intake_read_guarded(p->msg ? p->msg : "", p->len, &lim,
	    &p->mail, p->err, sizeof(p->err))) != 0)
		return rc == INTAKE_TEMPFAIL ? PIPE_TEMPFAIL : PIPE_REFUSED;

	/* The coach is known now: their zone is the one dates are in. */
	zone = config_zone(p->cfg, p->mail.from.addr);
	if (setenv("TZ", zone != NULL ? zone : "UTC", 1) == -1) {
		snprintf(p->err, sizeof(p->err), "setenv TZ: %s",
		    strerror(errno));
		return PIPE_TEMPFAIL;
	}
	tzset();
	p->preview = strip_preview(p->mail.subject);
	p->notes = notes_parse(&p->mail, p->cfg);
	intake_attach_warn(&p->mail, p->cfg->attach_max, &p->notes->diag);
	diags_sort(&p->notes->diag);
	if (diag_errors(&p->notes->diag) > 0) {
		snprintf(p->err, sizeof(p->err), "the notes cannot become a "
		    "recap");
		return PIPE_REFUSED;
	}
	return PIPE_OK;
}

int
pipeline_compose(struct pipeline *p)
{
	struct notes	*n = p->notes;
	struct recap	 r;
	struct outbound	 o;
	struct person	*cc;
	const char	*method = NULL;
	char		*ics = NULL, *msgid;
	int		 rc = PIPE_OK;

	recap_compose(n, p->now, &r);
	recap_note_left_out(&r, p->mail.att, p->mail.natt,
	    p->cfg->attach_max);
	if (n->next != NULL && (ics = invite_make(n, p->cfg, p->now,
	    &method, p->err, sizeof(p->err))) == NULL) {
		recap_free(&r);
		return PIPE_TEMPFAIL;
	}

	/* The coach gets a copy, with anyone the notes asked for. */
	cc = xreallocarray(NULL, n->ncc + 1, sizeof(*cc));
	cc[0] = n->coach;
	if (n->ncc > 0)		/* n->cc is NULL when there are none */
		memcpy(cc + 1, n->cc, n->ncc * sizeof(*cc));
	msgid = recap_message_id(p);

	memset(&o, 0, sizeof(o));
	o.from = &n->coach;
	o.to = n->to, o.nto = n->nto;
	o.cc = cc, o.ncc = n->ncc + 1;
	o.subject = r.subject;
	o.date = p->now;
	o.message_id = msgid;
	o.in_reply_to = n->message_id;
	o.references = n->references;
	o.loop = pipeline_service_address(p);
	o.text = r.text, o.html = r.html;
	o.ics = ics, o.method = method;
	o.att = p->mail.att, o.natt = p->mail.natt;

	/*
	 * The writer refuses only what the notes gave it (an address it
	 * cannot put in a header): that is the coach's to fix, not a retry.
	 */
	if (outbound_write(&o, &p->recap, p->err, sizeof(p->err)) == -1) {
		explain_refusal(p);
		rc = PIPE_REFUSED;
	}
	free(msgid);
	free(cc);
	free(ics);
	recap_free(&r);
	return rc;
}

/*
 * The coach is told why, as for any other error in the notes: an error
 * naming the address the writer refused and the line it came from (0,
 * the notes as a whole, when it came from the directory).  p->err stays
 * free of the address, since it goes into the log.
 */
static void
explain_refusal(struct pipeline *p)
{
	struct notes		*n = p->notes;
	const struct person	*bad = NULL;
	size_t			 i;

	for (i = 0; bad == NULL && i < n->nto; i++)
		if (!outbound_addr_ok(n->to[i].addr))
			bad = &n->to[i];
	for (i = 0; bad == NULL && i < n->ncc; i++)
		if (!outbound_addr_ok(n->cc[i].addr))
			bad = &n->cc[i];
	if (bad == NULL && !outbound_addr_ok(n->coach.addr))
		bad = &n->coach;
	if (bad == NULL) {
		diag_add(&n->diag, 0, SEV_ERROR, "%s", p->err);
		return;
	}
	diag_add(&n->diag, body_line_of(p->mail.body, bad->addr), SEV_ERROR,
	    "%s cannot be written in the recap's headers: an address must "
	    "be plain ASCII, name@domain", bad->addr);
}

/* The number of the first line of body holding s, or 0. */
static int
body_line_of(const char *body, const char *s)
{
	const char	*e, *hit;
	int		 line = 1;

	if (body == NULL || (hit = strstr(body, s)) == NULL)
		return 0;
	for (e = body; (e = strchr(e, '\n')) != NULL && e < hit; e++)
		line++;
	return line;
}

/*
 * The recap's Message-ID depends only on the notes and the clock, so
 * a rerun with --now gives the same message byte for byte.
 */
static char *
recap_message_id(const struct pipeline *p)
{
	unsigned long long	 h;
	const char		*id = p->notes->message_id;

	h = hash64(id ? id : "", id ? strlen(id) : 0, 0);
	h = hash64(&p->now, sizeof(p->now), h);
	h = hash64(p->msg, p->len, h);
	return xasprintf("recap.%016llx@%s", h, service_domain(p));
}

/*
 * "Preview: Lincoln recap" asks for the recap to go to the coach
 * alone; the word goes, so the school is still read from the rest.
 */
static int
strip_preview(char *subject)
{
	const char	*r;

	if (subject == NULL ||
	    (r = strcaseprefix(skipws(subject), "preview")) == NULL ||
	    (*r != '\0' && strchr(" \t:-|,", *r) == NULL))
		return 0;
	while (*r != '\0' && strchr(" \t:-|,", *r) != NULL)
		r++;
	memmove(subject, r, strlen(r) + 1);
	return 1;
}

const char *
pipeline_service_address(const struct pipeline *p)
{
	if (p->cfg->address != NULL)
		return p->cfg->address;
	if (p->mail.nto > 0)
		return p->mail.to[0].addr;
	return p->mail.from.addr ? p->mail.from.addr : "mtss-recap";
}

static const char *
service_domain(const struct pipeline *p)
{
	const char	*at;

	if (p->cfg->domain != NULL)
		return p->cfg->domain;
	at = strrchr(pipeline_service_address(p), '@');
	return at ? at + 1 : "localhost";
}
