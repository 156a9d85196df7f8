/*
 * lines.c: the notes body as the lines a coach meant.
 *
 * A phone gets between the coach and the notes: autocorrect curls quotes,
 * turns hyphens into dashes and spaces into non-breaking ones, and the
 * mail client adds a footer, a signature and the quoted message being
 * answered.  Here all of that is undone or dropped, so the rest of the
 * notes step sees plain ASCII punctuation and only the coach's own lines,
 * each with its line number in the body.  What each line is, linekind.c
 * says.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "notes_int.h"
#include "notes_limits.h"
#include "util.h"

#define EMDASH	"\xe2\x80\x94"

struct subst {
	const char	*from;		/* UTF-8 */
	const char	*to;
};

static char	*normalise(const char *, size_t);
static int	 is_signature(const char *, size_t);
static int	 is_footer(const char *);
static int	 is_closing(const char *);
static int	 ends_reading(const char *, const char *next, size_t);
static int	 ends_with_wrote(const char *, size_t);
static void	 lines_collect(const char *, struct lines *);
static void	 lines_cut(struct lines *);
static void	 lines_join(struct lines *);
static void	 lines_push(struct lines *, size_t *, int, char *, int);

/* Lines phones and mail programs add below what the coach typed. */
static const char *const footers[] = {
	"sent from my ",		/* iPhone, iPad, Android, Galaxy */
	"sent from mail for windows",
	"sent from yahoo mail",
	"sent from outlook",
	"sent from gmail",
	"sent via ",
	"get outlook for ",
	NULL
};

/* A sign-off: what follows is the coach's name, not notes. */
static const char *const closings[] = {
	"thanks", "thank you", "best", "best regards", "regards",
	"kind regards", "warm regards", "cheers", "sincerely",
	NULL
};

/* Autocorrect undone; an empty "to" drops the character. */
static const struct subst substs[] = {
	{ "\xc2\xa0", " " },		/* no-break space */
	{ "\xe2\x80\xaf", " " },	/* narrow no-break space */
	{ "\xe2\x80\x89", " " },	/* thin space */
	{ "\xe2\x80\x8b", "" },		/* zero-width space */
	{ "\xef\xbb\xbf", "" },		/* byte order mark */
	{ "\xe2\x80\x98", "'" }, { "\xe2\x80\x99", "'" },
	{ "\xe2\x80\x9c", "\"" }, { "\xe2\x80\x9d", "\"" },
	{ "\xe2\x80\x93", "-" },	/* en dash, as in ranges: 9-10 */
	{ "\t", " " }, { "\r", "" },
	{ NULL, NULL }
};

void
lines_read(const char *body, struct lines *ls)
{
	ls->v = NULL;
	ls->n = 0;
	lines_collect(body, ls);
	lines_cut(ls);
	lines_join(ls);
}

/*
 * Every line up to the signature ("-- ") or a quoted message, each
 * sign-off and bare "--" among them marked.
 */
static void
lines_collect(const char *body, struct lines *ls)
{
	const char	*p = body, *e, *next;
	size_t		 len, cap = 0;
	char		*text;
	int		 no = 0;

	while (p != NULL && *p != '\0') {
		e = strchr(p, '\n');
		len = e ? (size_t)(e - p) : strlen(p);
		next = e ? e + 1 : p + len;
		/* Bounded work, whatever arrives; notes_limits.c says so. */
		if (++no > NOTES_MAX_LINES)
			break;
		if (len > NOTES_MAX_VALUE)
			len = limits_cut(p, NOTES_MAX_VALUE);
		if (is_signature(p, len))
			break;
		text = normalise(p, len);
		if (ends_reading(text, next, strcspn(next, "\n"))) {
			free(text);
			break;
		}
		if (text[0] == '\0' || text[0] == '>' || is_footer(text))
			free(text);
		else
			lines_push(ls, &cap, no, text, is_closing(text) ||
			    strcmp(text, "--") == 0);
		p = next;
	}
}

/*
 * A sign-off or a bare "--" (the blank of "-- " is often lost) ends the
 * notes only when no field, heading or shortcut follows it: a coach who
 * types "Thank you!" first and the notes after it means them all.  One
 * amid the notes stays marked, to be left out and said.
 */
static void
lines_cut(struct lines *ls)
{
	struct kind	 k;
	size_t		 i, last = 0;

	for (i = ls->n; i > 0 && last == 0; i--) {
		line_kind(ls->v[i - 1].text, &k);
		if (!ls->v[i - 1].signoff && (k.form == F_FIELD ||
		    k.form == F_HEADING || k.form == F_SHORTCUT))
			last = i;
	}
	for (i = last; i < ls->n && !ls->v[i].signoff; i++)
		;
	while (ls->n > i)
		free(ls->v[--ls->n].text);
}

/*
 * "Next touchpoint:" alone, and the date on the line below: a field
 * with no value takes the next line as its value when that line is
 * plain text.  The taken line is left blank, so nothing reads it twice.
 */
static void
lines_join(struct lines *ls)
{
	struct kind	 k;
	struct line	*l;
	char		*joined;
	size_t		 i;

	for (i = 0; i + 1 < ls->n; i++) {
		l = &ls->v[i];
		line_kind(l->text, &k);
		if (k.form != F_FIELD || *k.value != '\0' || k.bulleted ||
		    l[1].signoff)
			continue;
		line_kind(l[1].text, &k);
		if (k.form != F_TEXT)
			continue;
		joined = xasprintf("%s %s", l->text, l[1].text);
		free(l->text);
		l->text = joined;
		l[1].text[0] = '\0';
		i++;
	}
}

void
lines_free(struct lines *ls)
{
	size_t	 i;

	for (i = 0; i < ls->n; i++)
		free(ls->v[i].text);
	free(ls->v);
	ls->v = NULL;
	ls->n = 0;
}

static void
lines_push(struct lines *ls, size_t *cap, int no, char *text, int signoff)
{
	if (ls->n == *cap) {
		*cap = *cap ? *cap * 2 : 32;
		ls->v = xreallocarray(ls->v, *cap, sizeof(*ls->v));
	}
	ls->v[ls->n].no = no;
	ls->v[ls->n].text = text;
	ls->v[ls->n].signoff = signoff;
	ls->n++;
}

static char *
normalise(const char *s, size_t n)
{
	const struct subst	*t;
	char			*tmp, *out;
	size_t			 i, k, o = 0;

	/* No substitution is longer than what it replaces. */
	tmp = xmalloc(n + 1);
	for (i = 0; i < n; ) {
		/* An em dash, even glued to words, parts them as " - ". */
		if (n - i >= 3 && memcmp(s + i, EMDASH, 3) == 0) {
			if (o > 0 && tmp[o - 1] != ' ')
				tmp[o++] = ' ';
			tmp[o++] = '-';
			if (i + 3 < n && s[i + 3] != ' ')
				tmp[o++] = ' ';
			i += 3;
			continue;
		}
		for (t = substs; t->from != NULL; t++) {
			k = strlen(t->from);
			if (k <= n - i && memcmp(s + i, t->from, k) == 0)
				break;
		}
		if (t->from == NULL) {
			tmp[o++] = s[i++];
			continue;
		}
		memcpy(tmp + o, t->to, strlen(t->to));
		o += strlen(t->to);
		i += k;
	}
	tmp[o] = '\0';

	out = strtrim(tmp);
	free(tmp);
	return out;
}

/* "-- " on its own line (RFC 3676): the signature follows. */
static int
is_signature(const char *s, size_t n)
{
	if (n > 0 && s[n - 1] == '\r')
		n--;
	return n == 3 && memcmp(s, "-- ", 3) == 0;
}

static int
is_footer(const char *s)
{
	size_t	 i;

	for (i = 0; footers[i] != NULL; i++)
		if (strcaseprefix(s, footers[i]) != NULL)
			return 1;
	return 0;
}

static int
is_closing(const char *s)
{
	size_t	 i, n = strlen(s);

	while (n > 0 && strchr(",.!", s[n - 1]) != NULL)
		n--;
	for (i = 0; closings[i] != NULL; i++)
		if (strlen(closings[i]) == n && strncasecmp(s, closings[i],
		    n) == 0)
			return 1;
	return 0;
}

/*
 * The start of a quoted or forwarded message ("On Thu, Dec 3, ...
 * wrote:", which some clients wrap onto two lines, Outlook's rule of
 * underscores, "----- Original Message -----", "Begin forwarded
 * message:"): nothing after it is notes, and its own To and Date lines
 * must not be read as the coach's.
 */
static int
ends_reading(const char *s, const char *next, size_t nextlen)
{
	if (strcaseprefix(s, "on ") != NULL &&
	    (ends_with_wrote(s, strlen(s)) || ends_with_wrote(next, nextlen)))
		return 1;
	if (strncmp(s, "-----", 5) == 0 && (strcasestr(s, "original message")
	    || strcasestr(s, "forwarded message")))
		return 1;
	if (strcaseprefix(s, "begin forwarded message") != NULL ||
	    strspn(s, "_") >= 10)
		return 1;
	return 0;
}

static int
ends_with_wrote(const char *s, size_t n)
{
	while (n > 0 && isspace((unsigned char)s[n - 1]))
		n--;
	return n >= 6 && strncasecmp(s + n - 6, "wrote:", 6) == 0;
}
