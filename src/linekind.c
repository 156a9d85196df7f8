/*
 * linekind.c: what each line of the notes is: a field, a heading, a
 * shortcut, or text.  The tables below say which keys, headings and
 * shortcuts the notes format knows, and which titles stand before a
 * surname.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "notes_int.h"
#include "util.h"

struct key {
	const char	*name;
	enum part	 part;
};

static int	 key_fold(const char *, size_t, char *, size_t);
static int	 key_find(const struct key *, const char *, enum part *);
static void	 kind_plain(const char *, struct kind *);
static int	 bullet_field(enum part);
static int	 line_shortcut(const char *, struct kind *);
static int	 line_heading(const char *, struct kind *);
static int	 list_part(enum part);

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

static const char *const titles[] = {
	"dr", "mr", "mrs", "ms", "mx", "miss", "prof", "dra", "sr", "sra",
	"srta", NULL
};

static const char *const bullets[] = {
	"\xe2\x80\xa2", "\xe2\x97\x8f", "\xe2\x97\xa6", "\xe2\x96\xaa",
	"\xe2\x80\xa3", NULL
};


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
	for (i = 0; i < 3 && isdigit((unsigned char)s[i]); i++)
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
