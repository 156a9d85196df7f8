/*
 * datephrase.c: reading a date phrase.
 *
 * The text is first cut into tokens (numbers, words, punctuation), with
 * every dash and odd blank a phone keyboard produces folded into the plain
 * one and words folded to lower case.  Then a day part (dateday.c,
 * daterel.c) and a time-of-day part (dateclock.c) are matched, in either
 * order: "thu 1/14 9am" or "9am thu 1/14".
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "dates.h"
#include "dateint.h"

static size_t	 blank_len(const unsigned char *);
static size_t	 dash_len(const unsigned char *);
static void	 lex(struct dparse *, const char *);
static void	 lex_one(struct dtok *, const unsigned char *, size_t *);
static void	 parse_init(struct dparse *, const char *, const struct ymd *,
		    const struct date_opts *, char *, size_t);
static int	 phrase(struct dparse *, struct when *);
static int	 time_then_day(struct dparse *, struct when *);
static void	 set_time(struct when *, const struct dtime *);
static int	 leftover(struct dparse *, const struct when *, size_t);

static const struct date_opts default_opts = { 0, 60 };

/* Blanks a phone may type: space, tab, no-break and the narrow spaces. */
static size_t
blank_len(const unsigned char *s)
{
	if (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
		return 1;
	if (s[0] == 0xc2 && s[1] == 0xa0)
		return 2;
	if (s[0] == 0xe2 && s[1] == 0x80 &&
	    ((s[2] >= 0x80 && s[2] <= 0x8a) || s[2] == 0xaf))
		return 3;
	return 0;
}

/* Hyphen, the Unicode dashes autocorrect makes of it, and minus. */
static size_t
dash_len(const unsigned char *s)
{
	if (*s == '-')
		return 1;
	if (s[0] == 0xe2 && s[1] == 0x80 && s[2] >= 0x90 && s[2] <= 0x95)
		return 3;
	if (s[0] == 0xe2 && s[1] == 0x88 && s[2] == 0x92)
		return 3;
	return 0;
}

static void
lex(struct dparse *ps, const char *text)
{
	const unsigned char	*s = (const unsigned char *)text;
	size_t			 i = 0, k;
	int			 sp = 1;

	ps->n = 0;
	while (s[i] != '\0' && ps->n < DT_MAXTOK) {
		if ((k = blank_len(s + i)) > 0) {
			i += k;
			sp = 1;
			continue;
		}
		memset(&ps->tok[ps->n], 0, sizeof(ps->tok[0]));
		ps->tok[ps->n].sp = sp;
		lex_one(&ps->tok[ps->n++], s, &i);
		sp = 0;
	}

	/* Cut text ends in something no grammar takes, not in an end. */
	memset(&ps->tok[ps->n], 0, sizeof(ps->tok[0]));
	ps->tok[ps->n].type = s[i] == '\0' ? DT_END : DT_PUNCT;
	ps->tok[ps->n].c = '?';
	ps->tok[ps->n].start = ps->tok[ps->n].end = i;
}

static void
lex_one(struct dtok *t, const unsigned char *s, size_t *ip)
{
	size_t	 i = *ip, k, len = 0;

	t->start = i;
	if (s[i] >= '0' && s[i] <= '9') {
		t->type = DT_NUM;
		for (; s[i] >= '0' && s[i] <= '9'; i++, t->ndig++)
			if (t->ndig < 9)
				t->val = t->val * 10 + (s[i] - '0');
	} else if ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') {
		t->type = DT_WORD;
		for (; (s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z'; i++, len++)
			if (len < sizeof(t->word) - 1)
				t->word[len] = s[i] | 0x20;
		if (len >= sizeof(t->word))
			t->word[0] = '\0';
	} else if ((k = dash_len(s + i)) > 0) {
		t->type = DT_PUNCT;
		t->c = '-';
		i += k;
	} else {
		t->type = DT_PUNCT;
		t->c = s[i] < 0x80 ? s[i] : '?';
		for (i++; (s[i] & 0xc0) == 0x80; i++)
			;
	}
	t->end = *ip = i;
}

const struct dtok *
dt_tok(const struct dparse *ps, int ahead)
{
	int	 k;

	k = ps->i + ahead;
	return &ps->tok[k < ps->n ? k : ps->n];
}

/* Take the next token if it is the word w. */
int
dt_word(struct dparse *ps, const char *w)
{
	const struct dtok	*t = dt_tok(ps, 0);

	if (t->type != DT_WORD || strcmp(t->word, w) != 0)
		return 0;
	ps->i++;
	return 1;
}

/* Take the next token if it is c; glued: only with no blank before. */
int
dt_punct(struct dparse *ps, int c, int glued)
{
	const struct dtok	*t = dt_tok(ps, 0);

	if (t->type != DT_PUNCT || t->c != c || (glued && t->sp))
		return 0;
	ps->i++;
	return 1;
}

int
dt_num(struct dparse *ps, int mindig, int maxdig, int glued, long *v)
{
	const struct dtok	*t = dt_tok(ps, 0);

	if (t->type != DT_NUM || t->ndig < mindig || t->ndig > maxdig ||
	    (glued && t->sp))
		return 0;
	*v = t->val;
	ps->i++;
	return 1;
}

/* The coach's own text of tokens [from, to), for messages. */
void
dt_quote(const struct dparse *ps, int from, int to, char *s, size_t n)
{
	size_t	 a, b;

	if (n == 0)
		return;
	if (to <= from) {
		s[0] = '\0';
		return;
	}
	a = ps->tok[from].start;
	b = ps->tok[to - 1].end;
	if (b - a > n - 1) {
		b = a + n - 1;
		while (b > a && (ps->text[b] & 0xc0) == 0x80)
			b--;
	}
	memcpy(s, ps->text + a, b - a);
	s[b - a] = '\0';
}

int
dt_bad(struct dparse *ps, const char *fmt, ...)
{
	va_list	 ap;

	if (ps->errsz > 0) {
		va_start(ap, fmt);
		vsnprintf(ps->err, ps->errsz, fmt, ap);
		va_end(ap);
	}
	return -1;
}

static void
parse_init(struct dparse *ps, const char *text, const struct ymd *visit,
    const struct date_opts *opts, char *err, size_t errsz)
{
	ps->text = text;
	ps->i = 0;
	ps->visit = visit;
	ps->opts = opts != NULL ? opts : &default_opts;
	ps->err = err;
	ps->errsz = err != NULL ? errsz : 0;
	if (ps->errsz > 0)
		err[0] = '\0';
	lex(ps, text);
}

/* A day, then perhaps a time; or a time, then a day. */
static int
phrase(struct dparse *ps, struct when *w)
{
	struct dtime	 tm;
	int		 save, mark, r;

	save = ps->i;
	if (!dt_word(ps, "on") && !dt_word(ps, "by"))
		(void)dt_word(ps, "due");
	if ((r = dt_day(ps, &w->day)) == 0) {
		if ((r = time_then_day(ps, w)) == 0)
			ps->i = save;
		return r;
	}
	if (r < 0)
		return -1;

	mark = ps->i;
	(void)dt_punct(ps, ',', 0);
	if ((r = dt_time(ps, 1, &tm)) < 0)
		return -1;
	if (r == 0)
		ps->i = mark;
	else
		set_time(w, &tm);
	return 1;
}

static int
time_then_day(struct dparse *ps, struct when *w)
{
	struct dtime	 tm;
	char		 q[64];
	int		 first, mark, r;

	first = ps->i;
	if ((r = dt_time(ps, 0, &tm)) <= 0)
		return r;
	mark = ps->i;
	if (!dt_punct(ps, ',', 0))
		(void)dt_word(ps, "on");
	if ((r = dt_day(ps, &w->day)) < 0)
		return -1;
	if (r == 0) {
		dt_quote(ps, first, mark, q, sizeof(q));
		return dt_bad(ps, "'%s' has no day; add one, e.g. "
		    "'thu 1/14 %s' or 'tomorrow %s'", q, q, q);
	}
	set_time(w, &tm);
	return 1;
}

static void
set_time(struct when *w, const struct dtime *tm)
{
	w->has_time = 1;
	w->start = tm->start;
	w->end = tm->end;
	w->has_end = tm->has_end;
}

int
dates_scan(const char *text, const struct ymd *visit,
    const struct date_opts *opts, struct when *w, size_t *used, char *err,
    size_t errsz)
{
	struct dparse	 ps;
	int		 r;

	parse_init(&ps, text, visit, opts, err, errsz);
	memset(w, 0, sizeof(*w));
	*used = 0;
	if ((r = phrase(&ps, w)) <= 0) {
		memset(w, 0, sizeof(*w));
		return r < 0 ? DATES_BAD : DATES_NONE;
	}
	*used = ps.tok[ps.i - 1].end;
	return DATES_OK;
}

/* What follows a phrase in a text that should be only the phrase. */
static int
leftover(struct dparse *ps, const struct when *w, size_t used)
{
	const char	*rest = ps->text + used;
	char		 head[64];
	size_t		 k;

	while ((k = blank_len((const unsigned char *)rest)) > 0 ||
	    *rest == '.')
		rest += k ? k : 1;
	if (*rest == '\0')
		return DATES_OK;

	k = ps->tok[0].start;
	snprintf(head, sizeof(head), "%.*s", (int)(used - k), ps->text + k);
	if (w->has_time)
		return dt_bad(ps, "'%.40s' after '%s' is not part of a date "
		    "or time; write just '%s'", rest, head, head);
	return dt_bad(ps, "'%.40s' after '%s' is not part of a date or "
	    "time; write e.g. '%s 9am' or just '%s'", rest, head, head, head);
}

int
dates_time_only(const char *text, const struct date_opts *opts)
{
	static const struct ymd	 none = { 0, 0, 0 };
	struct dparse		 ps;
	struct dtime		 tm;

	parse_init(&ps, text, &none, opts, NULL, 0);
	(void)dt_word(&ps, "by");
	if (dt_time(&ps, 1, &tm) != 1)
		return 0;
	(void)dt_punct(&ps, '.', 0);
	return dt_tok(&ps, 0)->type == DT_END;
}

int
dates_begins(const char *text, const struct date_opts *opts)
{
	static const struct ymd	 any = { 2000, 1, 1 };
	struct dparse		 ps;
	struct dtime		 tm;
	struct when		 w;
	int			 len;

	parse_init(&ps, text, &any, opts, NULL, 0);
	memset(&w, 0, sizeof(w));
	if (phrase(&ps, &w) != 0)
		return 1;
	ps.i = 0;
	if (dt_time(&ps, 1, &tm) != 0)
		return 1;
	ps.i = 0;
	return dt_length(&ps, &len) != 0;
}

int
dates_has_time(const char *text, const struct date_opts *opts)
{
	static const struct ymd	 any = { 2000, 1, 1 };
	struct dparse		 ps;
	struct dtime		 tm;
	int			 k;

	parse_init(&ps, text, &any, opts, NULL, 0);
	for (k = 0; k < ps.n; k++) {
		ps.i = k;
		if (dt_time(&ps, 1, &tm) != 0)
			return 1;
	}
	return 0;
}

int
dates_parse(const char *text, const struct ymd *visit,
    const struct date_opts *opts, struct when *w, char *err, size_t errsz)
{
	struct dparse	 ps;
	size_t		 used;
	int		 r;

	if ((r = dates_scan(text, visit, opts, w, &used, err, errsz)) !=
	    DATES_OK)
		return r;
	parse_init(&ps, text, visit, opts, err, errsz);
	if (leftover(&ps, w, used) != DATES_OK) {
		memset(w, 0, sizeof(*w));
		return DATES_BAD;
	}
	return DATES_OK;
}
