/*
 * authres.c: what our mail server's Authentication-Results (RFC 8601)
 * says about the sender.
 *
 * Only the result for the From domain counts: DMARC passing, or a DKIM
 * signature that passed for a domain aligned with From's.  SPF alone
 * is not enough, since it speaks of the envelope, which anyone may
 * set apart from From.  Comments are removed before anything is read:
 * "dkim=fail (dkim=pass)" is a failure.  Quoted-strings (RFC 8601
 * section 2.2, RFC 5322 3.2.4) stay whole until a word is read, so a
 * ';' or a blank inside one never starts a new resinfo or property:
 * dkim=fail reason="x; dkim=pass" is a failure too.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libpsl.h>

#include "guard.h"
#include "util.h"

static char	*strip_comments(const char *);
static char	*next_part(char **, int);
static char	*unquote(char *);
static int	 aligned(const char *, const char *);
static char	*lower(const char *);
static int	 resinfo_pass(char *, const char *, char *, size_t);

int
authres_check(const char *v, const char *id, const char *domain, char *why,
    size_t len)
{
	char	*s, *cur, *part, *tok;
	int	 ok = 0, ours;

	cur = s = strip_comments(v);
	part = next_part(&cur, ';');
	tok = next_part(&part, ' ');
	ours = tok != NULL && strcasecmp(unquote(tok), id) == 0;
	snprintf(why, len, "no dmarc=pass or aligned dkim=pass");
	while (ours && !ok && (part = next_part(&cur, ';')) != NULL)
		ok = resinfo_pass(part, domain, why, len);
	free(s);
	return ours ? ok : -1;
}

/*
 * The value without comments, with no blanks around '=' so each
 * "property=value" is one word; quoted strings are kept as written,
 * quotes and escapes too, for next_part to step over.
 */
static char *
strip_comments(const char *v)
{
	char	*out, *o;
	int	 depth = 0, quoted = 0;

	o = out = xmalloc(strlen(v) + 1);
	for (; *v != '\0'; v++) {
		if (*v == '\\' && v[1] != '\0' && (depth || quoted)) {
			if (!depth) {
				*o++ = v[0];
				*o++ = v[1];
			}
			v++;
		} else if (!quoted && *v == '(')
			depth++;
		else if (!quoted && *v == ')' && depth > 0)
			depth--;
		else if (depth > 0)
			continue;
		else if (*v == '"') {
			quoted = !quoted;
			*o++ = *v;
		} else if (!quoted && (*v == ' ' || *v == '\t') &&
		    (v[1] == '=' || (o > out && o[-1] == '=')))
			continue;
		else
			*o++ = (!quoted && *v == '\t') ? ' ' : *v;
		if (depth > 0 && o > out && o[-1] != ' ')
			*o++ = ' ';
	}
	*o = '\0';
	return out;
}

/*
 * The next piece of *s up to a sep outside quoted-strings, blanks
 * trimmed, or NULL at the end.  An unterminated quoted-string runs to
 * the end of the field, so a forged field cannot end one early.
 */
static char *
next_part(char **s, int sep)
{
	char	*p = *s, *e;
	int	 quoted = 0;

	if (p == NULL)
		return NULL;
	while (*p == ' ')
		p++;
	if (*p == '\0') {
		*s = NULL;
		return NULL;
	}
	for (e = p; *e != '\0' && (quoted || *e != sep); e++) {
		if (quoted && *e == '\\' && e[1] != '\0')
			e++;
		else if (*e == '"')
			quoted = !quoted;
	}
	if (*e != '\0') {
		*e = '\0';
		*s = e + 1;
	} else
		*s = NULL;
	e = p + strlen(p);
	while (e > p && e[-1] == ' ')
		*--e = '\0';
	return p;
}

/* A word with its quotes and escapes undone, in place: "a\\"b" is a"b. */
static char *
unquote(char *w)
{
	char	*o = w, *r;
	int	 quoted = 0;

	for (r = w; *r != '\0'; r++) {
		if (quoted && *r == '\\' && r[1] != '\0')
			*o++ = *++r;
		else if (*r == '"')
			quoted = !quoted;
		else
			*o++ = *r;
	}
	*o = '\0';
	return w;
}

/*
 * Relaxed alignment (RFC 7489 3.1.1): the signing domain and the From
 * domain share their organizational domain, as the Public Suffix List
 * says (libpsl, with the list Debian keeps current).  Without a list,
 * only the same domain aligns.
 */
static int
aligned(const char *d, const char *from)
{
	static psl_ctx_t	*psl;
	const char		*od, *of;
	char			*ld, *lf;
	int			 same;

	if (psl == NULL && (psl = psl_latest(NULL)) == NULL)
		return strcasecmp(d, from) == 0;
	ld = lower(d);
	lf = lower(from);
	od = psl_registrable_domain(psl, ld);
	of = psl_registrable_domain(psl, lf);
	same = od != NULL && of != NULL && strcmp(od, of) == 0;
	free(ld);
	free(lf);
	return same;
}

/* libpsl wants its domains in lower case. */
static char *
lower(const char *s)
{
	char	*l = xstrdup(s), *p;

	for (p = l; *p != '\0'; p++)
		*p = (char)tolower((unsigned char)*p);
	return l;
}

/* One "method=result property=value ..." of the field. */
static int
resinfo_pass(char *r, const char *domain, char *why, size_t len)
{
	char		*tok, *method, *result, *at;
	const char	*d = NULL;

	if ((method = next_part(&r, ' ')) == NULL ||
	    (result = strchr(unquote(method), '=')) == NULL)
		return 0;
	*result++ = '\0';
	method[strcspn(method, "/")] = '\0';
	if (strcasecmp(result, "pass") != 0)
		return 0;
	while ((tok = next_part(&r, ' ')) != NULL) {
		unquote(tok);
		if (strncasecmp(tok, "header.d=", 9) == 0 ||
		    strncasecmp(tok, "header.from=", 12) == 0)
			d = strchr(tok, '=') + 1;
		else if (strncasecmp(tok, "header.i=", 9) == 0 &&
		    (at = strrchr(tok, '@')) != NULL)
			d = at + 1;
	}
	if (strcasecmp(method, "dmarc") == 0 &&
	    (d == NULL || strcasecmp(d, domain) == 0))
		return 1;
	if (strcasecmp(method, "dkim") == 0 && d != NULL &&
	    aligned(d, domain))
		return 1;
	if (strcasecmp(method, "dkim") == 0 || strcasecmp(method, "dmarc") ==
	    0)
		snprintf(why, len, "%s=pass for %s, not %s", method,
		    d ? d : "no domain", domain);
	return 0;
}
