/*
 * guard.c: who may use the service, and which mail it must not answer.
 *
 * Everything here errs on the side of silence: a message that looks
 * automatic, comes from a list or a mailer, or carries our own mark is
 * dropped and logged, never answered, so two robots can never talk to
 * each other through us.  A sender must be a coach of the directory,
 * and when the configuration names our mail server's authserv-id, the
 * topmost Authentication-Results it wrote must vouch for the From
 * domain; fields from anyone else, above or below it, are not read.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "config.h"
#include "guard.h"
#include "rawhdr.h"
#include "util.h"

static int	 marker(const struct rawhdr *, char *, size_t);
static int	 first_word_is(const char *, const char *const *);
static int	 same_address(const char *, const char *);
static int	 is_mailer_daemon(const char *);
static int	 vouched(const char *, const struct rawhdrs *, const char *,
		    char *, size_t);

int
guard_automatic(const struct guard_in *g, char *why, size_t len)
{
	size_t	 i;

	/* No person's notes carry this many fields; a loop's may. */
	if (g->h->cut) {
		snprintf(why, len, "more header fields than are read");
		return 1;
	}
	for (i = 0; i < g->h->n; i++) {
		if (strcasecmp(g->h->v[i].name, "X-Loop") == 0 &&
		    same_address(g->h->v[i].value, g->service)) {
			snprintf(why, len, "X-Loop names this service");
			return 1;
		}
		if (marker(&g->h->v[i], why, len))
			return 1;
	}

	if (g->envelope != NULL && *g->envelope == '\0') {
		snprintf(why, len, "null envelope sender");
		return 1;
	}
	if (is_mailer_daemon(g->envelope) || is_mailer_daemon(g->from)) {
		snprintf(why, len, "sender is MAILER-DAEMON");
		return 1;
	}
	if (same_address(g->from, g->service) ||
	    same_address(g->envelope, g->service)) {
		snprintf(why, len, "sender is this service");
		return 1;
	}
	return 0;
}

/* A header field that marks automatic, list or report mail. */
static int
marker(const struct rawhdr *f, char *why, size_t len)
{
	static const char *const no[] = { "no", NULL };
	static const char *const bulk[] = { "bulk", "junk", "list", NULL };
	static const char *const report[] = { "multipart/report",
	    "message/delivery-status", "message/disposition-notification",
	    NULL };

	if (strcasecmp(f->name, "Auto-Submitted") == 0 &&
	    !first_word_is(f->value, no))
		snprintf(why, len, "Auto-Submitted is not no");
	else if (strcasecmp(f->name, "Precedence") == 0 &&
	    first_word_is(f->value, bulk))
		snprintf(why, len, "Precedence bulk, junk or list");
	else if (strncasecmp(f->name, "List-", 5) == 0)
		snprintf(why, len, "a mailing list header");
	else if (strcasecmp(f->name, "Content-Type") == 0 &&
	    first_word_is(f->value, report))
		snprintf(why, len, "a delivery or disposition report");
	else
		return 0;
	return 1;
}

/* The value up to ';', a blank or a comment is one of words. */
static int
first_word_is(const char *v, const char *const *words)
{
	size_t	 n = strcspn(v, "; \t(");

	for (; *words != NULL; words++)
		if (strlen(*words) == n && strncasecmp(v, *words, n) == 0)
			return 1;
	return 0;
}

/* a and b name the same mailbox, with or without angle brackets. */
static int
same_address(const char *a, const char *b)
{
	size_t	 n;

	if (a == NULL || b == NULL || *b == '\0')
		return 0;
	if (*a == '<')
		a++;
	n = strcspn(a, ">");
	return n == strlen(b) && strncasecmp(a, b, n) == 0;
}

static int
is_mailer_daemon(const char *a)
{
	return a != NULL && strncasecmp(a, "mailer-daemon", 13) == 0 &&
	    (a[13] == '\0' || a[13] == '@');
}

int
guard_refused(const struct config *cfg, const struct guard_in *g,
    char *why, size_t len)
{
	const char	*at;

	if (g->from == NULL || (at = strrchr(g->from, '@')) == NULL) {
		snprintf(why, len, "no single From address");
		return 1;
	}
	if (config_coach(cfg, g->from) == NULL) {
		snprintf(why, len, "sender is not a listed coach");
		return 1;
	}
	if (cfg->authserv_id != NULL &&
	    !vouched(cfg->authserv_id, g->h, at + 1, why, len))
		return 1;
	return 0;
}

/* Our topmost Authentication-Results vouches for the From domain. */
static int
vouched(const char *id, const struct rawhdrs *h, const char *domain,
    char *why, size_t len)
{
	char	 what[160];
	size_t	 i;
	int	 rc;

	for (i = 0; i < h->n; i++) {
		if (strcasecmp(h->v[i].name, "Authentication-Results") != 0)
			continue;
		rc = authres_check(h->v[i].value, id, domain, what,
		    sizeof(what));
		if (rc == 1)
			return 1;
		if (rc == 0) {
			snprintf(why, len, "not authenticated: %s", what);
			return 0;
		}
	}
	snprintf(why, len, "no Authentication-Results from %s", id);
	return 0;
}

char *
guard_envelope(const struct rawhdrs *h, const char *given)
{
	const char	*v = given;
	size_t		 n;

	if (v == NULL)
		v = rawhdr_get(h, "Return-Path");
	if (v == NULL)
		v = h->from_line;
	if (v == NULL)
		return NULL;
	v = skipws(v);
	if (*v == '<')
		v++;
	n = strcspn(v, "> \t");
	return xstrndup(v, n);
}

int
guard_preview_address(const struct rawhdrs *h, const char *rcpt)
{
	static const char *const fields[] = { "Delivered-To",
	    "X-Original-To", "To", "Cc" };
	size_t	 i, k;

	if (rcpt != NULL)
		return strcasestr(rcpt, "+preview@") != NULL;
	for (i = 0; i < h->n; i++)
		for (k = 0; k < sizeof(fields) / sizeof(fields[0]); k++)
			if (strcasecmp(h->v[i].name, fields[k]) == 0 &&
			    strcasestr(h->v[i].value, "+preview@") != NULL)
				return 1;
	return 0;
}
