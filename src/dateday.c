/*
 * dateday.c: the day part of a date phrase, resolved against the visit.
 *
 * A day is written as a date ("1/14", "Jan 14th", "14 January 2027",
 * "2027-01-14"), a weekday ("thu", "next Tuesday", or "thu 1/14" and
 * "1/14 (thu)", whose two halves must agree), or a day counted from the
 * visit (daterel.c).  A date with no year is the next one on or after
 * the visit, so it never falls in the past; a weekday alone is the next
 * one after the visit, since a coach does not name the day of the visit
 * by its weekday.
 *
 * XXX Only English month and weekday names are known, and dates written
 * with dots ("14.1.2027") or dashes ("1-14"), or a day without its month
 * ("the 14th"), are not read.
 */
#include <stdio.h>
#include <string.h>

#include "dates.h"
#include "dateint.h"

/* How the coach wrote a date, to answer in the same form. */
enum dstyle {
	DS_MD,			/* 1/14 */
	DS_DM,			/* 14/1 */
	DS_ISO,			/* 2027-01-14 */
	DS_NAME_MD,		/* Jan 14 */
	DS_NAME_DM		/* 14 Jan */
};

struct written {
	int		 y, m, d;	/* y is 0 when not written */
	int		 ydig;		/* digits of the written year */
	enum dstyle	 style;
	int		 from, to;	/* its tokens */
};

struct word {
	const char	*w;
	int		 v;
	int		 weak;		/* also an everyday English word */
};

static int	 weekday(struct dparse *, struct ymd *);
static int	 weekday_word(struct dparse *, int);
static int	 weekday_after(struct dparse *, const struct written *,
		    const struct ymd *);
static int	 date(struct dparse *, struct written *);
static int	 date_iso(struct dparse *, struct written *);
static int	 date_numeric(struct dparse *, struct written *);
static int	 bad_month(struct dparse *, const struct written *, long,
		    long);
static int	 date_named(struct dparse *, struct written *);
static int	 date_day_named(struct dparse *, struct written *);
static int	 day_number(struct dparse *, long *);
static void	 year_after(struct dparse *, struct written *);
static const struct word *lookup(const struct word *, const char *);
static int	 weak_ok(const struct dparse *);
static int	 resolve(struct dparse *, const struct written *,
		    struct ymd *);
static int	 resolve_year(struct dparse *, const struct written *,
		    struct ymd *, const char *);
static int	 agree(struct dparse *, int, const struct written *,
		    const struct ymd *);
static void	 as_written(const struct written *, const struct ymd *,
		    char *, size_t);

static const struct word months[] = {
	{ "jan", 1, 0 }, { "january", 1, 0 }, { "feb", 2, 0 },
	{ "febr", 2, 0 }, { "february", 2, 0 }, { "mar", 3, 1 },
	{ "march", 3, 1 }, { "apr", 4, 0 }, { "april", 4, 0 },
	{ "may", 5, 1 }, { "jun", 6, 0 }, { "june", 6, 0 },
	{ "jul", 7, 0 }, { "july", 7, 0 }, { "aug", 8, 0 },
	{ "august", 8, 0 }, { "sep", 9, 0 }, { "sept", 9, 0 },
	{ "september", 9, 0 }, { "oct", 10, 0 }, { "october", 10, 0 },
	{ "nov", 11, 0 }, { "november", 11, 0 }, { "dec", 12, 0 },
	{ "december", 12, 0 }, { NULL, 0, 0 }
};

static const struct word wdays[] = {
	{ "sun", 0, 1 }, { "sunday", 0, 0 }, { "mon", 1, 0 },
	{ "monday", 1, 0 }, { "tue", 2, 0 }, { "tues", 2, 0 },
	{ "tuesday", 2, 0 }, { "wed", 3, 1 }, { "weds", 3, 0 },
	{ "wednesday", 3, 0 }, { "thu", 4, 0 }, { "thur", 4, 0 },
	{ "thurs", 4, 0 }, { "thursday", 4, 0 }, { "fri", 5, 0 },
	{ "friday", 5, 0 }, { "sat", 6, 1 }, { "saturday", 6, 0 },
	{ NULL, 0, 0 }
};

static const char *const wday_short[7] = {
	"sun", "mon", "tue", "wed", "thu", "fri", "sat"
};

int
dt_day(struct dparse *ps, struct ymd *out)
{
	struct written	 w;
	int		 r;

	if ((r = dt_relative(ps, out)) != 0)
		return r;
	if ((r = weekday(ps, out)) != 0)
		return r;
	if ((r = date(ps, &w)) <= 0)
		return r;
	if (resolve(ps, &w, out) < 0)
		return -1;
	return weekday_after(ps, &w, out);
}

/*
 * "Dec 11 (Fri)", "Dec 11, Fri", "Dec 11 Fri": the weekday must agree
 * as in "Fri Dec 11".  Out of parentheses, "sat" and the like must
 * not be English ("Dec 12 sat with the team").
 */
static int
weekday_after(struct dparse *ps, const struct written *w,
    const struct ymd *day)
{
	int	 mark, paren, wd;

	mark = ps->i;
	if (!(paren = dt_punct(ps, '(', 0)))
		(void)dt_punct(ps, ',', 0);
	if ((wd = weekday_word(ps, paren)) < 0 ||
	    (paren && !dt_punct(ps, ')', 0))) {
		ps->i = mark;
		return 1;
	}
	return agree(ps, wd, w, day);
}


/* "thu", "next Tuesday", "this Friday", "thu 1/14". */
static int
weekday(struct dparse *ps, struct ymd *out)
{
	struct written	 w;
	int		 save, mark, strict, prefixed, wd, r;

	save = ps->i;
	strict = !dt_word(ps, "this");
	prefixed = !strict || dt_word(ps, "next");
	if ((wd = weekday_word(ps, prefixed)) < 0) {
		ps->i = save;
		return 0;
	}

	mark = ps->i;
	(void)dt_punct(ps, ',', 0);
	if ((r = date(ps, &w)) < 0)
		return -1;
	if (r == 0) {
		ps->i = mark;
		*out = date_next_wday(ps->visit, wd, strict);
		return 1;
	}
	if (resolve(ps, &w, out) < 0)
		return -1;
	return agree(ps, wd, &w, out);
}

static int
weekday_word(struct dparse *ps, int prefixed)
{
	const struct word	*ww;
	int			 save;

	save = ps->i;
	if (dt_tok(ps, 0)->type != DT_WORD ||
	    (ww = lookup(wdays, dt_tok(ps, 0)->word)) == NULL)
		return -1;
	ps->i++;
	(void)dt_punct(ps, '.', 1);

	/* "sat with the team" is not Saturday. */
	if (ww->weak && !prefixed && !weak_ok(ps)) {
		ps->i = save;
		return -1;
	}
	return ww->v;
}

int
dt_month_word(const char *w)
{
	const struct word	*mw;

	return (mw = lookup(months, w)) != NULL ? mw->v : 0;
}

static int
date(struct dparse *ps, struct written *w)
{
	int	 r;

	memset(w, 0, sizeof(*w));
	w->from = ps->i;
	if ((r = date_iso(ps, w)) == 0 && (r = date_numeric(ps, w)) == 0 &&
	    (r = date_named(ps, w)) == 0)
		r = date_day_named(ps, w);
	w->to = ps->i;
	return r;
}

static int
date_iso(struct dparse *ps, struct written *w)
{
	long	 y, m, d;
	char	 q[64];

	if (!dt_num(ps, 4, 4, 0, &y) || !dt_punct(ps, '-', 1) ||
	    !dt_num(ps, 1, 2, 1, &m) || !dt_punct(ps, '-', 1) ||
	    !dt_num(ps, 1, 2, 1, &d)) {
		ps->i = w->from;
		return 0;
	}
	w->y = (int)y;
	w->m = (int)m;
	w->d = (int)d;
	w->ydig = 4;
	w->style = DS_ISO;
	if (m < 1 || m > 12) {
		dt_quote(ps, w->from, ps->i, q, sizeof(q));
		return dt_bad(ps, "'%s' has no month %ld: write the year, "
		    "month 1 to 12, then the day, e.g. '2027-01-14'", q, m);
	}
	return 1;
}

/* "1/14", "1/14/27", "1/14/2027"; "14/1" when days come first. */
static int
date_numeric(struct dparse *ps, struct written *w)
{
	const struct dtok	*t;
	long			 a, b;
	int			 mark;

	if (!dt_num(ps, 1, 2, 0, &a) || !dt_punct(ps, '/', 1) ||
	    !dt_num(ps, 1, 2, 1, &b)) {
		ps->i = w->from;
		return 0;
	}
	mark = ps->i;
	t = dt_tok(ps, 1);
	if (dt_punct(ps, '/', 1) && t->type == DT_NUM && !t->sp &&
	    (t->ndig == 2 || t->ndig == 4)) {
		w->y = (int)(t->ndig == 2 ? 2000 + t->val : t->val);
		w->ydig = t->ndig;
		ps->i++;
	} else
		ps->i = mark;

	w->style = ps->opts->day_first ? DS_DM : DS_MD;
	w->m = (int)(ps->opts->day_first ? b : a);
	w->d = (int)(ps->opts->day_first ? a : b);
	if (w->m < 1 || w->m > 12)
		return bad_month(ps, w, a, b);
	return 1;
}

static int
bad_month(struct dparse *ps, const struct written *w, long a, long b)
{
	const char	*order;
	char		 q[64];
	int		 m, d;

	dt_quote(ps, w->from, ps->i, q, sizeof(q));
	order = ps->opts->day_first ? "day/month" : "month/day";

	/* The two numbers the other way round may be what was meant. */
	m = w->d;
	d = w->m;
	if (m >= 1 && m <= 12 && d >= 1 && d <= date_month_days(2000, m))
		return dt_bad(ps, "'%s' has no month %d: dates are written "
		    "%s here; write '%ld/%ld' for %s %d", q, w->m, order, b,
		    a, date_month_name(m), d);
	return dt_bad(ps, "'%s' has no month %d: dates are written %s "
	    "here, e.g. '%s'", q, w->m, order,
	    ps->opts->day_first ? "14/1" : "1/14");
}

/* "Jan 14", "January 14th, 2027", "Sept. 3". */
static int
date_named(struct dparse *ps, struct written *w)
{
	const struct word	*mw;
	long			 d;

	if (dt_tok(ps, 0)->type != DT_WORD ||
	    (mw = lookup(months, dt_tok(ps, 0)->word)) == NULL)
		return 0;
	ps->i++;
	(void)dt_punct(ps, '.', 1);
	if (!day_number(ps, &d)) {
		ps->i = w->from;
		return 0;
	}
	w->m = mw->v;
	w->d = (int)d;
	w->style = DS_NAME_MD;
	year_after(ps, w);
	return 1;
}

/* "14 Jan", "14th of January 2027". */
static int
date_day_named(struct dparse *ps, struct written *w)
{
	const struct word	*mw;
	long			 d;

	if (!day_number(ps, &d))
		return 0;
	(void)dt_word(ps, "of");
	if (dt_tok(ps, 0)->type != DT_WORD ||
	    (mw = lookup(months, dt_tok(ps, 0)->word)) == NULL)
		goto none;
	ps->i++;
	(void)dt_punct(ps, '.', 1);
	if (mw->weak && !weak_ok(ps))
		goto none;
	w->m = mw->v;
	w->d = (int)d;
	w->style = DS_NAME_DM;
	year_after(ps, w);
	return 1;
none:
	ps->i = w->from;
	return 0;
}

/* A day of the month: not the hour of "9:00" or "3pm". */
static int
day_number(struct dparse *ps, long *d)
{
	const struct dtok	*t;
	int			 save;

	save = ps->i;
	if (!dt_num(ps, 1, 2, 0, d))
		return 0;
	t = dt_tok(ps, 0);
	if (t->type == DT_WORD && !t->sp && (!strcmp(t->word, "st") ||
	    !strcmp(t->word, "nd") || !strcmp(t->word, "rd") ||
	    !strcmp(t->word, "th"))) {
		ps->i++;
		return 1;
	}
	if (!t->sp && (t->type == DT_WORD || (t->type == DT_PUNCT &&
	    (t->c == ':' || t->c == '/' || t->c == '-')))) {
		ps->i = save;
		return 0;
	}
	return 1;
}

static void
year_after(struct dparse *ps, struct written *w)
{
	const struct dtok	*t;
	int			 mark;

	mark = ps->i;
	(void)dt_punct(ps, ',', 0);
	t = dt_tok(ps, 0);
	if (t->type == DT_NUM && t->ndig == 4 && t->val >= 1900 &&
	    (dt_tok(ps, 1)->c != ':' || dt_tok(ps, 1)->sp)) {
		w->y = (int)t->val;
		w->ydig = 4;
		ps->i++;
	} else
		ps->i = mark;
}

static const struct word *
lookup(const struct word *tab, const char *w)
{
	for (; tab->w != NULL; tab++)
		if (strcmp(tab->w, w) == 0)
			return tab;
	return NULL;
}

/* After "may" or "sat": what makes it a date rather than English. */
static int
weak_ok(const struct dparse *ps)
{
	const struct dtok	*t = dt_tok(ps, 0);

	return t->type != DT_WORD || lookup(months, t->word) != NULL ||
	    !strcmp(t->word, "at") || !strcmp(t->word, "from") ||
	    !strcmp(t->word, "noon") || !strcmp(t->word, "midnight");
}

static int
resolve(struct dparse *ps, const struct written *w, struct ymd *out)
{
	char	 q[64];
	int	 y, max;

	dt_quote(ps, w->from, w->to, q, sizeof(q));
	max = date_month_days(2001, w->m);
	if (w->d < 1 || w->d > date_month_days(2000, w->m))
		return dt_bad(ps, "'%s': %s has no day %d; its last day is "
		    "%s %d%s", q, date_month_name(w->m), w->d,
		    date_month_name(w->m), max,
		    w->m == 2 ? " (29 in leap years)" : "");
	if (w->y != 0)
		return resolve_year(ps, w, out, q);

	for (y = ps->visit->y; y <= ps->visit->y + 8; y++) {
		out->y = y;
		out->m = w->m;
		out->d = w->d;
		if (ymd_valid(out) && ymd_cmp(out, ps->visit) >= 0)
			return 1;
	}
	return dt_bad(ps, "'%s' is not a date", q);
}

static int
resolve_year(struct dparse *ps, const struct written *w, struct ymd *out,
    const char *q)
{
	struct written	 bare;
	struct ymd	 next;
	char		 full[64], vis[64], alt[64], then[64];
	int		 y;

	out->y = w->y;
	out->m = w->m;
	out->d = w->d;
	if (!ymd_valid(out)) {
		for (y = w->y + 1; date_month_days(y, 2) != 29; y++)
			;
		return dt_bad(ps, "'%s': there is no February 29, %d, as "
		    "%d is not a leap year; the next one is February 29, %d",
		    q, w->y, w->y, y);
	}
	if (ymd_cmp(out, ps->visit) >= 0)
		return 1;

	/* Say which day the same date without its year would be. */
	bare = *w;
	bare.y = 0;
	if (resolve(ps, &bare, &next) < 0)
		return -1;
	ymd_format_plain(out, full, sizeof(full));
	ymd_format_plain(ps->visit, vis, sizeof(vis));
	as_written(&bare, &next, alt, sizeof(alt));
	ymd_format_plain(&next, then, sizeof(then));
	return dt_bad(ps, "%s is before the visit on %s; write '%s' for %s",
	    full, vis, alt, then);
}

/* "thu 1/14" must name the weekday 1/14 falls on. */
static int
agree(struct dparse *ps, int wd, const struct written *w,
    const struct ymd *day)
{
	struct ymd	 alt;
	char		 full[64], a[32], b[32];
	int		 actual, delta;

	if ((actual = ymd_wday(day)) == wd)
		return 1;

	/* Offer the written weekday nearest the date, not before the visit. */
	delta = ((wd - actual) % 7 + 7) % 7;
	if (delta > 3)
		delta -= 7;
	alt = ymd_add(day, delta);
	if (ymd_cmp(&alt, ps->visit) < 0)
		alt = ymd_add(&alt, 7);
	ymd_format_plain(day, full, sizeof(full));
	as_written(w, day, a, sizeof(a));
	as_written(w, &alt, b, sizeof(b));
	return dt_bad(ps, "%s is a %s; write '%s %s' or '%s %s'", full,
	    date_wday_name(actual), wday_short[actual], a, wday_short[wd], b);
}

static void
as_written(const struct written *w, const struct ymd *d, char *s,
    size_t n)
{
	char	 year[16] = "";

	if (w->y != 0 && w->style != DS_ISO)
		snprintf(year, sizeof(year), w->style == DS_MD ||
		    w->style == DS_DM ? "/%0*d" : " %0*d", w->ydig,
		    w->ydig == 2 ? d->y % 100 : d->y);
	switch (w->style) {
	case DS_MD:
		snprintf(s, n, "%d/%d%s", d->m, d->d, year);
		break;
	case DS_DM:
		snprintf(s, n, "%d/%d%s", d->d, d->m, year);
		break;
	case DS_ISO:
		snprintf(s, n, "%04d-%02d-%02d", d->y, d->m, d->d);
		break;
	case DS_NAME_MD:
		snprintf(s, n, "%.3s %d%s", date_month_name(d->m), d->d,
		    year);
		break;
	case DS_NAME_DM:
		snprintf(s, n, "%d %.3s%s", d->d, date_month_name(d->m),
		    year);
		break;
	}
}
