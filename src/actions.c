/*
 * actions.c: action items, split into who, what and by when.
 *
 * Coaches write the same item many ways: "Ms. Rivera / share the
 * calendar / Dec 11", "@Jordan send exemplars by Fri", "Jordan: send
 * exemplars (by Fri)".  The what is free text that may itself hold a
 * slash, a dash or the word "by" ("share the by-laws draft by Fri"), so
 * the when is taken as the longest tail that the dates step accepts as
 * a whole date phrase, and the who as a short name at the start.
 * Nothing the coach wrote is lost: a part that is missing or not
 * understood is said so in a warning, and the item is kept.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "notes.h"
#include "notes_int.h"
#include "util.h"

struct ctx {
	const struct ymd	*visit;
	const struct date_opts	*opts;
};

/* The separators of "Who / what / when", most telling first. */
enum sep {
	SEP_SLASH,	/* "/" with a blank on at least one side */
	SEP_PIPE,
	SEP_SEMI,
	SEP_DASH,	/* " - ", also from an en or em dash */
	SEP_BARE,	/* "Jordan/send exemplars/Fri", as the template */
	SEP_COMMA,	/* only before a when: "send it, Fri" */
	SEP_N
};

static const char *sep_find(const char *, enum sep, size_t *);
static size_t	 sep_all(const char *, enum sep, const char **, size_t *,
		    size_t);
static const char *no_by(const char *);
static int	 is_date(const char *, const char *, const struct ctx *);
static char	*span(const char *, const char *);
static int	 short_name(const char *, const char *, int);
static const char *at_who(const char *, char **, int *);
static const char *joined(const char *);
static void	 who_check(struct notes *, const struct action *,
		    const char *, const char *);
static int	 opener(const char *, size_t);
static const char *colon_who(const char *, char **);
static int	 split_form(const char *, struct action *, char **,
		    const struct ctx *);
static void	 split_when(const char *, char **, char **, const struct ctx *);
static int	 paren_when(const char *, char **, char **, const struct ctx *);
static int	 date_before(const char *, const char *,
		    const struct ctx *);
static int	 date_through(const char *, const char *,
		    const struct ctx *);
static int	 by_when(const char *, char **, char **, const struct ctx *);
static int	 sep_when(const char *, char **, char **, const struct ctx *);
static void	 resolve(struct notes *, struct action *, const char *,
		    const struct ctx *);
static int	 resolve_part(struct notes *, struct action *,
		    const char *, const struct ctx *);
static const char *day_end(const char *);
static const char *skip_joint(const char *);
static void	 missing(struct notes *, const struct action *, const char *);

void
action_add(struct notes *n, const char *text, const char *line, int no,
    const struct ymd *visit, const struct date_opts *o)
{
	struct ctx	 c = { visit, o };
	struct action	 a;
	const char	*rest;
	char		*when = NULL;
	int		 plain;

	memset(&a, 0, sizeof(a));
	a.line = no;
	if (*text == '@') {
		rest = at_who(skipws(text + 1), &a.who, &plain);
		if (plain)
			who_check(n, &a, rest, line);
		split_when(rest, &a.what, &when, &c);
	} else if ((rest = colon_who(text, &a.who)) != NULL)
		split_when(rest, &a.what, &when, &c);
	else if (!split_form(text, &a, &when, &c))
		split_when(text, &a.what, &when, &c);

	if (when != NULL) {
		a.due_text = when;
		resolve(n, &a, line, &c);
	}
	missing(n, &a, line);

	n->actions = xreallocarray(n->actions, n->nactions + 1,
	    sizeof(*n->actions));
	n->actions[n->nactions++] = a;
}

/*
 * "@Ms. Rivera share ..." or "@Jordan: send ...": the who is the first
 * word, two when the first is a title, or all before a colon.  *plain
 * is set when nothing but a blank ends a one-word who.
 */
static const char *
at_who(const char *s, char **who, int *plain)
{
	const char	*e, *rest, *and;
	int		 k;

	*plain = 0;
	if ((rest = colon_who(s, who)) != NULL)
		return rest;
	/* "@Jordan:send it": the colon ends the who, blank or not. */
	e = s + strcspn(s, " /|;:");
	*plain = *e == ' ';
	if (word_is_title(s, e - s) && *e == ' ') {
		e = skipws(e);
		e += strcspn(e, " /|;:");
		*plain = 0;
	}
	/* "@Ms. Rivera and Mr. Kim share ...": two people own it. */
	for (k = 0; k < 2 && (and = joined(e)) != NULL; k++) {
		e = and;
		*plain = 0;
	}
	*who = span(s, e);
	rest = skipws(e);

	/* "@Jordan / send / Fri" */
	if (*rest != '\0' && strchr("/|;-:", *rest) != NULL)
		rest = skipws(rest + 1);
	return rest;
}

/*
 * After a who ending at e, "and Mr. Kim" or "& Lee": a capitalised
 * name, or a title and a name, that is not the what's first word.
 * Where that name ends, or NULL.
 */
static const char *
joined(const char *e)
{
	const char	*p = skipws(e), *w;

	if (strncasecmp(p, "and ", 4) == 0)
		p = skipws(p + 4);
	else if (strncmp(p, "& ", 2) == 0)
		p = skipws(p + 2);
	else
		return NULL;
	if (!isupper((unsigned char)*p))
		return NULL;
	w = p + strcspn(p, " /|;:");
	if (word_is_title(p, w - p) && *w == ' ') {
		w = skipws(w);
		return w + strcspn(w, " /|;:");
	}
	return opener(p, w - p) ? NULL : w;
}

/*
 * "@Jordan Reyes send ...": a capitalised word after a one-word who may
 * be the rest of a name.  Names are not guessed; the coach is told how
 * to write a longer one.  A what that opens as a sentence does ("Send
 * the exemplars", "Please call").
 */
static void
who_check(struct notes *n, const struct action *a, const char *rest,
    const char *line)
{
	size_t	 k = strcspn(rest, " ");

	if (!isupper((unsigned char)*rest) || opener(rest, k))
		return;
	diag_add(&n->diag, a->line, SEV_WARNING, "'%s': '%s' is taken as "
	    "who; for a longer name write '@%s %.*s: %s'", line, a->who,
	    a->who, (int)k, rest, skipws(rest + k));
}

/* The n bytes at w are a word an action's what often opens with. */
static int
opener(const char *w, size_t n)
{
	static const char *const words[] = {
		"add", "ask", "bring", "call", "check", "collect", "complete",
		"connect", "create", "draft", "email", "finalize", "finish",
		"follow", "gather", "he", "i", "look", "meet", "model",
		"observe", "plan", "please", "post", "prepare", "print", "pull",
		"reach", "review", "schedule", "send", "set", "share", "she",
		"start", "talk", "they", "to", "update", "we", "will", "write",
		NULL
	};
	size_t	 i;

	for (i = 0; words[i] != NULL; i++)
		if (strlen(words[i]) == n && strncasecmp(w, words[i], n) == 0)
			return 1;
	return 0;
}

/* "Jordan: send ...": a short name before a colon that ends a word. */
static const char *
colon_who(const char *s, char **who)
{
	const char	*c = strchr(s, ':'), *sep = strpbrk(s, "/|;");

	if (c == NULL || (c[1] != ' ' && c[1] != '\0') ||
	    !short_name(s, c, 3) || (sep != NULL && sep < c))
		return NULL;
	*who = span(s, c);
	return skipws(c + 1);
}

/*
 * "Who / what / when": the who before the first separator, the when
 * the longest tail after a later one that is a date phrase.
 */
static int
split_form(const char *s, struct action *a, char **when,
    const struct ctx *c)
{
	const char	*p[64];
	size_t		 len[64], k = 0, j;
	enum sep	 sp;

	for (sp = SEP_SLASH; sp < SEP_COMMA; sp++)
		if ((k = sep_all(s, sp, p, len, 64)) > 0)
			break;
	for (j = 1; j < k && !is_date(p[j] + len[j], NULL, c); j++)
		;
	/* Bare slashes are also in "K/1": only a when after one tells. */
	if (k == 0 || (sp == SEP_BARE && j == k))
		return 0;

	if (k == 1) {
		if (is_date(p[0] + len[0], NULL, c)) {
			a->what = span(s, p[0]);
			*when = span(no_by(p[0] + len[0]), NULL);
			return 1;
		}
		if (!short_name(s, p[0], 4))
			return 0;
		a->who = span(s, p[0]);
		split_when(p[0] + len[0], &a->what, when, c);
		return 1;
	}
	if (j == k)
		j = k - 1;
	a->who = span(s, p[0]);
	a->what = span(p[0] + len[0], p[j]);
	*when = span(no_by(p[j] + len[j]), NULL);
	return 1;
}

/* The what and the when of "what by when", "what (by when)", "what, when". */
static void
split_when(const char *s, char **what, char **when, const struct ctx *c)
{
	if (paren_when(s, what, when, c) || by_when(s, what, when, c) ||
	    sep_when(s, what, when, c))
		return;
	*what = span(s, NULL);
	*when = NULL;
}

/* "send exemplars (by Fri)" or "send exemplars (Fri)" */
static int
paren_when(const char *s, char **what, char **when, const struct ctx *c)
{
	const char	*open, *close, *in, *by;

	close = s + strlen(s);
	while (close > s && isspace((unsigned char)close[-1]))
		close--;
	if (close == s || close[-1] != ')' || (open = strrchr(s, '(')) ==
	    NULL || open > close)
		return 0;
	in = skipws(open + 1);
	close--;
	if ((by = strcaseprefix(in, "by ")) != NULL)
		in = skipws(by);
	else if (!is_date(in, close, c) || date_before(s, open, c))
		return 0;
	*what = span(s, open);
	*when = span(in, close);
	return 1;
}

/*
 * "by Dec 11 (Fri)": the parenthesis ends a date phrase that starts
 * before it, within the few words a date phrase can have.
 */
static int
date_before(const char *s, const char *open, const struct ctx *c)
{
	const char	*p;
	int		 words = 0;

	for (p = open; p > s && words < 8; p--)
		if (p[-1] == ' ' && p[0] != ' ' && p < open) {
			words++;
			if (date_through(p, open, c))
				return 1;
		}
	return p == s && date_through(s, open, c);
}

/*
 * The date phrase at s takes in the parenthesis at open, or is right
 * without it and wrong with it ("Dec 11 (Thu)").
 */
static int
date_through(const char *s, const char *open, const struct ctx *c)
{
	struct when	 w;
	char		 err[256], *t;
	size_t		 used;
	int		 r;

	s = no_by(s);
	r = dates_scan(s, c->visit, c->opts, &w, &used, err, sizeof(err));
	if (r == DATES_OK)
		return used > (size_t)(open - s);
	if (r == DATES_NONE)
		return 0;
	t = span(s, open);
	r = dates_parse(t, c->visit, c->opts, &w, err, sizeof(err));
	free(t);
	return r == DATES_OK;
}

/*
 * The when follows the last " by " whose tail is wholly a date phrase;
 * when none is, the last " by " still starts what the coach meant as a
 * when, kept as written.
 */
static int
by_when(const char *s, char **what, char **when, const struct ctx *c)
{
	const char	*p, *last = NULL, *found = NULL;

	/* "@Jordan by Fri": nothing to do is said, only when. */
	if ((p = strcaseprefix(s, "by ")) != NULL && is_date(p, NULL, c)) {
		*what = xstrdup("");
		*when = span(p, NULL);
		return 1;
	}
	for (p = s; (p = strcasestr(p, " by ")) != NULL; p++) {
		last = p;
		if (is_date(p + 4, NULL, c))
			found = p;
	}
	if (last == NULL)
		return 0;
	if (found == NULL)
		found = last;
	*what = span(s, found);
	*when = span(found + 4, NULL);
	return 1;
}

/* "send exemplars - Fri", "send exemplars, Dec 11", "send/Fri" */
static int
sep_when(const char *s, char **what, char **when, const struct ctx *c)
{
	const char	*p, *best = NULL;
	size_t		 len, bestlen = 0;
	enum sep	 sp;

	for (sp = SEP_SLASH; sp < SEP_N; sp++)
		for (p = s; (p = sep_find(p, sp, &len)) != NULL; p += len)
			if (is_date(p + len, NULL, c) && (best == NULL ||
			    p < best)) {
				best = p;
				bestlen = len;
				break;
			}
	if (best == NULL)
		return 0;
	*what = span(s, best);
	*when = span(best + bestlen, NULL);
	return 1;
}

/* Every separator of kind sp in s, at most max of them. */
static size_t
sep_all(const char *s, enum sep sp, const char **p, size_t *len,
    size_t max)
{
	size_t	 k = 0;

	for (; k < max && (s = sep_find(s, sp, &len[k])) != NULL; k++) {
		p[k] = s;
		s += len[k];
	}
	return k;
}

/* "by Dec 11" as the last part of "Who / what / by Dec 11" */
static const char *
no_by(const char *s)
{
	const char	*r = strcaseprefix(skipws(s), "by ");

	return r != NULL ? skipws(r) : s;
}

/* The next separator of kind sp in s, and its length with its blanks. */
static const char *
sep_find(const char *s, enum sep sp, size_t *len)
{
	static const char	 ch[SEP_N] = { '/', '|', ';', '-', '/', ',' };
	const char		*p;

	for (p = s; (p = strchr(p, ch[sp])) != NULL; p++) {
		if (sp == SEP_SLASH && p > s && p[-1] != ' ' && p[1] != ' ')
			continue;
		if (sp == SEP_DASH && (p == s || p[-1] != ' ' || p[1] != ' '))
			continue;
		if (sp == SEP_SLASH && p == s && p[1] != ' ')
			continue;
		*len = 1;
		while (p > s && p[-1] == ' ')
			p--, (*len)++;
		while (p[*len] == ' ')
			(*len)++;
		return p;
	}
	return NULL;
}

/* The bytes from s to e (or the end) are a date phrase, right or wrong. */
static int
is_date(const char *s, const char *e, const struct ctx *c)
{
	struct when	 w;
	char		 err[256], *t;
	int		 r;

	t = span(no_by(s), e);
	r = *t == '\0' ? DATES_NONE :
	    dates_parse(t, c->visit, c->opts, &w, err, sizeof(err));
	free(t);
	return r != DATES_NONE;
}

/* A trimmed copy of s up to e (or the end), without edge punctuation. */
static char *
span(const char *s, const char *e)
{
	if (e == NULL)
		e = s + strlen(s);
	while (s < e && (isspace((unsigned char)*s) || *s == '@'))
		s++;
	while (e > s && strchr(" \t,;:|/.!", e[-1]) != NULL &&
	    !(e[-1] == '.' && e - s >= 2 && word_is_title(s, e - s)))
		e--;
	while (e - s >= 2 && e[-1] == '-' && e[-2] == ' ')
		e -= 2;
	while (e > s && e[-1] == ' ')
		e--;
	return xstrndup(s, e - s);
}

/* A few words, no digits: a name, not the start of a task. */
static int
short_name(const char *s, const char *e, int most)
{
	int	 words = 0, inword = 0;

	for (; s < e; s++) {
		if (isdigit((unsigned char)*s))
			return 0;
		if (*s == ' ')
			inword = 0;
		else if (!inword) {
			inword = 1;
			words++;
		}
	}
	return words > 0 && words <= most;
}

static void
resolve(struct notes *n, struct action *a, const char *line,
    const struct ctx *c)
{
	struct when	 w;
	char		 err[256];

	switch (dates_parse(a->due_text, c->visit, c->opts, &w, err,
	    sizeof(err))) {
	case DATES_OK:
		a->has_due = 1;
		a->due = w.day;
		break;
	case DATES_BAD:
		if (!resolve_part(n, a, line, c))
			diag_add(&n->diag, a->line, SEV_ERROR, "'%s': %s", line,
			    err);
		break;
	default:
		diag_add(&n->diag, a->line, SEV_WARNING, "'%s': 'by when' not "
		    "understood: '%s'; write a date such as 'Dec 11' or "
		    "'Fri'", line, a->due_text);
		break;
	}
}

/*
 * A when the dates step refuses only for its words beside a day
 * ("Friday morning", "Dec 11 EOD", "end of day Friday", "Fri :)") is
 * that day, the words kept as a note; a time with no day ("3pm") is
 * kept as written.  Both are said to the coach.  A date wrong in itself
 * ("2/30", "Dec 11 (Thu)") is not taken here: 0.
 */
static int
resolve_part(struct notes *n, struct action *a, const char *line,
    const struct ctx *c)
{
	const char	*s = a->due_text, *rest;
	struct when	 w;
	char		 err[256], day[64];
	size_t		 used;

	if (dates_time_only(s, c->opts)) {
		diag_add(&n->diag, a->line, SEV_WARNING, "'%s': '%s' has no "
		    "day, so it is kept as written with no due day; write e.g. "
		    "'by Fri %s'", line, s, s);
		return 1;
	}
	if ((rest = day_end(s)) != NULL && dates_parse(rest, c->visit,
	    c->opts, &w, err, sizeof(err)) == DATES_OK)
		a->due_note = span(s, rest);
	else if (dates_scan(s, c->visit, c->opts, &w, &used, err,
	    sizeof(err)) == DATES_OK && *(rest = skip_joint(s + used)))
		a->due_note = span(rest, NULL);
	else
		return 0;

	a->has_due = 1;
	a->due = w.day;
	ymd_format_long(&a->due, c->visit, day, sizeof(day));
	diag_add(&n->diag, a->line, SEV_WARNING, "'%s': due %s; '%s' is not "
	    "part of a date, kept beside it as written", line, day,
	    a->due_note);
	return 1;
}

/* After "end of day" or "EOD" before a day: where the day starts. */
static const char *
day_end(const char *s)
{
	static const char *const ends[] = {
		"end of the day", "end of day", "close of business", "eod",
		"cob", NULL
	};
	const char	*r;
	size_t		 i;

	for (i = 0; ends[i] != NULL; i++)
		if ((r = strcaseprefix(s, ends[i])) != NULL &&
		    (*r == ' ' || *r == ','))
			return skip_joint(r);
	return NULL;
}

/* Past the blanks and punctuation between a day and its note. */
static const char *
skip_joint(const char *s)
{
	while (*s != '\0' && strchr(" ,;-", *s) != NULL)
		s++;
	return s;
}

static void
missing(struct notes *n, const struct action *a, const char *line)
{
	const char	*parts[3];
	size_t		 k = 0;

	if (a->who == NULL || *a->who == '\0')
		parts[k++] = "who";
	if (*a->what == '\0')
		parts[k++] = "what";
	if (a->due_text == NULL)
		parts[k++] = "'by when'";
	if (k == 0)
		return;
	diag_add(&n->diag, a->line, SEV_WARNING, "'%s': no %s%s%s%s%s; write "
	    "an action as '@Who what by when', e.g. '@Ms. Rivera share the "
	    "calendar by Dec 11'", line, parts[0], k > 1 ? ", no " : "",
	    k > 1 ? parts[1] : "", k > 2 ? ", no " : "", k > 2 ? parts[2] :
	    "");
}
