/*
 * lines.c: the notes body as the lines a coach meant, and what each line
 * is.
 *
 * A phone gets between the coach and the notes: autocorrect curls quotes,
 * turns hyphens into dashes and spaces into non-breaking ones, and the
 * mail client adds a footer, a signature and the quoted message being
 * answered.  Here all of that is undone or dropped, so the rest of the
 * notes step sees plain ASCII punctuation and only the coach's own lines,
 * each with its line number in the body.  The tables below say which
 * keys, headings and shortcuts the notes format knows.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "notes_int.h"
#include "notes_limits.h"
#include "util.h"

#define EMDASH	"\xe2\x80\x94"

struct key {
	const char	*name;
	enum part	 part;
};

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
static int	 key_fold(const char *, size_t, char *, size_t);
static int	 key_find(const struct key *, const char *, enum part *);
static void	 kind_plain(const char *, struct kind *);
static int	 bullet_field(enum part);
static int	 line_shortcut(const char *, struct kind *);
static int	 line_heading(const char *, struct kind *);
static int	 list_part(enum part);
static void	 lines_push(struct lines *, size_t *, int, char *, int);

/* One-line fields: "Key: value". */
static const struct key fields[] = {
	{ "to", P_TO }, { "leader", P_TO }, { "principal", P_TO },
	{ "cc", P_CC },
	{ "hi", P_HI }, { "hello", P_HI }, { "dear", P_HI },
	{ "greeting", P_HI },
	{ "school", P_SCHOOL }, { "site", P_SCHOOL }, { "campus", P_SCHOOL },
	{ "visit", P_VISIT }, { "date", P_VISIT },
	{ "focus", P_FOCUS },
	{ "bright spot", P_BRIGHT },
	{ "consider", P_CONSIDER },
	{ "action", P_ACTION },
	{ "next", P_NEXT }, { "next touchpoint", P_NEXT },
	{ "next visit", P_NEXT },
	{ "next focus", P_NEXTFOCUS }, { "looking ahead", P_NEXTFOCUS },
	{ "where", P_WHERE }, { "location", P_WHERE }, { "room", P_WHERE },
	{ "note", P_NOTE }, { "private", P_NOTE }, { "notes", P_NOTE },
	{ "private note", P_NOTE }, { "note to self", P_NOTE },
	{ NULL, P_NONE }
};

/* Headings: items follow on the lines below. */
static const struct key headings[] = {
	{ "focus", P_FOCUS }, { "coaching focus", P_FOCUS },
	{ "bright spots", P_BRIGHT }, { "glows", P_BRIGHT },
	{ "strengths", P_BRIGHT }, { "celebrations", P_BRIGHT },
	{ "observations", P_BRIGHT },
	{ "considerations", P_CONSIDER },
	{ "areas to strengthen", P_CONSIDER }, { "grows", P_CONSIDER },
	{ "wonderings", P_CONSIDER },
	{ "actions", P_ACTION }, { "action items", P_ACTION },
	{ "next steps", P_ACTION }, { "to do", P_ACTION },
	/* The district template's own headings, pasted. */
	{ "todays coaching focus", P_FOCUS },
	{ "key observations bright spots", P_BRIGHT },
	{ "mtss considerations areas to strengthen", P_CONSIDER },
	{ "action items from today", P_ACTION },
	{ NULL, P_NONE }
};

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

static const char *const titles[] = {
	"dr", "mr", "mrs", "ms", "mx", "miss", "prof", "dra", "sr", "sra",
	"srta", NULL
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

static const char *const bullets[] = {
	"\xe2\x80\xa2", "\xe2\x97\x8f", "\xe2\x97\xa6", "\xe2\x96\xaa",
	"\xe2\x80\xa3", NULL
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

/*
 * What the line is: a shortcut, a field, a heading, or text.  Keys are
 * compared without case and with runs of blanks as one, so "Next :" and
 * "BRIGHT  SPOTS" are understood.  A bulleted heading ("- Glows:") is a
 * heading, and a bulleted field that cannot be an item's own words
 * ("- Note: ...", "- Next: Jan 14") is that field; any other bulleted
 * "Key: text" ("- Focus: students used data") stays an item.
 */
void
line_kind(const char *text, struct kind *k)
{
	struct kind	 b;
	const char	*v;

	kind_plain(text, k);
	if (k->form != F_TEXT || (v = line_unbullet(text)) == text)
		return;
	kind_plain(v, &b);
	if (b.form == F_HEADING || (b.form == F_FIELD &&
	    bullet_field(b.part))) {
		*k = b;
		k->bulleted = 1;
	}
}

static int
bullet_field(enum part p)
{
	return p == P_NOTE || p == P_NEXT || p == P_NEXTFOCUS ||
	    p == P_WHERE;
}

static void
kind_plain(const char *text, struct kind *k)
{
	const char	*colon;
	char		 key[48];

	k->form = F_TEXT;
	k->part = P_NONE;
	k->value = "";
	k->bulleted = 0;
	if (*text == '\0') {
		k->form = F_BLANK;
		return;
	}
	if (line_shortcut(text, k))
		return;

	colon = strchr(text, ':');
	if (colon != NULL && key_fold(text, colon - text, key, sizeof(key))) {
		k->value = skipws(colon + 1);
		if (key_find(fields, key, &k->part)) {
			/* "Bright spot:" alone opens a list. */
			k->form = *k->value == '\0' && list_part(k->part) ?
			    F_HEADING : F_FIELD;
			return;
		}
		if (key_find(headings, key, &k->part)) {
			k->form = F_HEADING;
			return;
		}
		k->value = "";
	}
	line_heading(text, k);
}

static int
line_shortcut(const char *s, struct kind *k)
{
	const char	*v;

	if (*s == '@') {
		v = skipws(s + 1);
		if (!isalpha((unsigned char)*v))
			return 0;
		k->part = P_ACTION;
		k->value = s;
	} else if (*s == '+' || *s == '~') {
		k->part = *s == '+' ? P_BRIGHT : P_CONSIDER;
		k->value = skipws(s + 1);
	} else if ((v = strcaseprefix(s, "\xce\x94")) != NULL ||
	    (v = strcaseprefix(s, "\xe2\x88\x86")) != NULL) {
		k->part = P_CONSIDER;	/* Greek delta, or the increment sign */
		k->value = skipws(v);
	} else
		return 0;
	if (*k->value == '\0')
		return 0;
	k->form = F_SHORTCUT;
	return 1;
}

/* A heading with no colon, perhaps dressed as "## Glows" or "**Glows**". */
static int
line_heading(const char *s, struct kind *k)
{
	char	 key[48];
	size_t	 n;

	while (*s == '#' || *s == '*' || *s == '_' || *s == ' ')
		s++;
	n = strlen(s);
	while (n > 0 && strchr("*_: ", s[n - 1]) != NULL)
		n--;
	if (!key_fold(s, n, key, sizeof(key)))
		return 0;
	if (key_find(headings, key, &k->part) ||
	    (key_find(fields, key, &k->part) && list_part(k->part))) {
		k->form = F_HEADING;
		return 1;
	}
	k->part = P_NONE;
	return 0;
}

/* Parts a heading can open; Note opens a private section. */
static int
list_part(enum part p)
{
	return p == P_FOCUS || p == P_BRIGHT || p == P_CONSIDER ||
	    p == P_ACTION || p == P_NOTE;
}

/*
 * Lower case, trimmed, blanks collapsed, "'" dropped and "&" or "/" a
 * blank ("Today's", "Observations & Bright Spots"); 0 if it cannot be a
 * key.
 */
static int
key_fold(const char *s, size_t n, char *out, size_t size)
{
	size_t	 i, o = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == '\'')
			continue;
		if (s[i] == ' ' || s[i] == '&' || s[i] == '/') {
			if (o > 0 && out[o - 1] != ' ')
				out[o++] = ' ';
		} else if (isalpha((unsigned char)s[i]))
			out[o++] = tolower((unsigned char)s[i]);
		else
			return 0;
		if (o + 1 >= size)
			return 0;
	}
	if (o > 0 && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
	return o > 0;
}

static int
key_find(const struct key *t, const char *key, enum part *p)
{
	for (; t->name != NULL; t++)
		if (strcmp(t->name, key) == 0) {
			*p = t->part;
			return 1;
		}
	return 0;
}

/* The whole of s is a one-line field's key ("Next touchpoint"). */
int
line_key_alone(const char *s, enum part *p)
{
	char	 key[48];
	size_t	 n = strlen(s);

	while (n > 0 && s[n - 1] == ' ')
		n--;
	return key_fold(s, n, key, sizeof(key)) && key_find(fields, key, p) &&
	    !list_part(*p);
}

/*
 * The length of a field key at the start of s written without its
 * colon ("Next Jan 14"), or 0: the coach is then shown the line with
 * the colon put in.
 */
size_t
line_key_missing(const char *s)
{
	const struct key	*t;
	size_t			 n, best = 0;

	for (t = fields; t->name != NULL; t++) {
		n = strlen(t->name);
		if (n > best && strncasecmp(s, t->name, n) == 0 &&
		    s[n] == ' ' && s[n + 1] != '\0' && s[n + 1] != ':')
			best = n;
	}
	return best;
}

/* The text of an item: "- ", "* ", "1. ", "2) ", "• " taken off. */
const char *
line_unbullet(const char *s)
{
	const char	*v;
	size_t		 i;

	if ((*s == '-' || *s == '*') && (s[1] == ' ' || s[1] == '\0'))
		return skipws(s + 1);
	for (i = 0; bullets[i] != NULL; i++)
		if ((v = strcaseprefix(s, bullets[i])) != NULL)
			return skipws(v);
	for (i = 0; isdigit((unsigned char)s[i]) && i < 3; i++)
		;
	if (i > 0 && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ')
		return skipws(s + i + 1);
	return s;
}

/*
 * A title as written before a surname: one of the table, with or
 * without its period, or any short capitalised abbreviation ("Rev.").
 */
int
word_is_title(const char *w, size_t n)
{
	size_t	 i;

	for (i = 0; i + 1 < n && isalpha((unsigned char)w[i]); i++)
		;
	if (n >= 3 && n <= 5 && i == n - 1 && w[i] == '.' &&
	    isupper((unsigned char)w[0]))
		return 1;
	if (n > 0 && w[n - 1] == '.')
		n--;
	for (i = 0; titles[i] != NULL; i++)
		if (strlen(titles[i]) == n && strncasecmp(w, titles[i], n) == 0)
			return 1;
	return 0;
}
