/*
 * dateclock.c: the time-of-day part of a date phrase: a start ("9am",
 * "13:30", "9h00", "noon"), then an end ("9-10am", "9 to 10") or a length
 * ("45m", "1h30", "for an hour").
 *
 * Coaches write the school day the way they say it, often without am or
 * pm.  A bare hour from 1 to 6 is taken as the afternoon and 7 to 11 as
 * the morning, because no touchpoint happens at 3 in the morning or at 9
 * at night.  A leading zero ("07:00") or an hour past 12 means the
 * 24-hour clock, taken as written.
 *
 * XXX A zone written after the time ("9am EST") is not read: the phrase
 * ends before it, and the time is taken in the coach's zone.
 */
#include <stdio.h>
#include <string.h>

#include "dates.h"
#include "dateint.h"

struct clk {
	int	 h, m;		/* as written */
	int	 mer;		/* 'a', 'p', or 0 when not written */
	int	 h24;		/* on the 24-hour clock: "13:30", "09:00" */
	int	 bare;		/* a plain number: no minutes, no am or pm */
	int	 midnight;
	int	 from, to;	/* its tokens */
};

static int	 clock_read(struct dparse *, struct clk *);
static int	 clock_digits(struct dparse *, struct clk *);
static int	 minutes_after(struct dparse *);
static int	 meridiem(struct dparse *);
static int	 clock_check(struct dparse *, const struct clk *);
static int	 clock_minutes(const struct clk *, int);
static int	 range_end(struct dparse *, struct clk *);
static int	 range_minutes(struct dparse *, const struct clk *,
		    const struct clk *, struct dtime *);
static int	 end_minutes(const struct clk *, const struct clk *, int);
static int	 length_words(struct dparse *, int *);
static int	 length_number(struct dparse *, int *);
static int	 extra_minutes(struct dparse *);
static int	 unit(struct dparse *);

/*
 * loose is 0 where a number may be anything ("2-3 teachers"), 1 after a
 * day (a bare range "9-10" is a time), 2 after "at" or "from" (a bare
 * "9" is a time).
 */
int
dt_time(struct dparse *ps, int loose, struct dtime *out)
{
	struct clk	 s, e;
	int		 save, r, len;

	save = ps->i;
	if (dt_word(ps, "at") || dt_word(ps, "from"))
		loose = 2;
	if (!clock_read(ps, &s))
		goto none;
	if (range_end(ps, &e)) {
		if (s.bare && e.bare && loose == 0)
			goto none;
		return range_minutes(ps, &s, &e, out);
	}
	if (s.bare && loose < 2)
		goto none;
	if (clock_check(ps, &s) < 0)
		return -1;

	out->start = clock_minutes(&s, s.mer);
	if ((r = dt_length(ps, &len)) < 0)
		return -1;
	out->has_end = r;
	out->end = out->start + (r ? len : ps->opts->length);
	return 1;
none:
	ps->i = save;
	return 0;
}

static int
clock_read(struct dparse *ps, struct clk *c)
{
	memset(c, 0, sizeof(*c));
	c->from = ps->i;
	if (dt_word(ps, "noon")) {
		c->h = 12;
		c->mer = 'p';
	} else if (dt_word(ps, "midnight")) {
		c->h = 12;
		c->mer = 'a';
		c->midnight = 1;
	} else if (!clock_digits(ps, c))
		return 0;
	c->to = ps->i;
	return 1;
}

static int
clock_digits(struct dparse *ps, struct clk *c)
{
	const struct dtok	*t = dt_tok(ps, 0);
	int			 ndig, written = 0;

	if (t->type != DT_NUM || t->ndig > 4)
		return 0;
	ndig = t->ndig;
	c->h = (int)t->val;
	ps->i++;
	if (ndig > 2) {
		/* "930am": hours and minutes run together, only with am/pm. */
		c->h = (int)t->val / 100;
		c->m = (int)t->val % 100;
		if ((c->mer = meridiem(ps)) == 0)
			ps->i = c->from;
		return c->mer != 0;
	}

	if ((c->m = minutes_after(ps)) >= 0)
		written = 1;
	else if (dt_tok(ps, 0)->type == DT_WORD && !dt_tok(ps, 0)->sp &&
	    dt_word(ps, "h")) {
		/* "9h", "9h30": the French way. */
		written = 1;
		c->m = 0;
		t = dt_tok(ps, 0);
		if (t->type == DT_NUM && !t->sp && t->ndig == 2) {
			c->m = (int)t->val;
			ps->i++;
		}
	} else
		c->m = 0;
	c->mer = meridiem(ps);
	c->bare = !written && !c->mer;
	c->h24 = !c->mer && (c->h == 0 || c->h > 12 || (ndig == 2 &&
	    c->h < 10));
	return 1;
}

/* ":30" or ".30" right after the hour, or -1. */
static int
minutes_after(struct dparse *ps)
{
	const struct dtok	*t = dt_tok(ps, 1);
	int			 save;

	save = ps->i;
	if ((dt_punct(ps, ':', 1) || dt_punct(ps, '.', 1)) &&
	    t->type == DT_NUM && !t->sp && t->ndig == 2) {
		ps->i++;
		return (int)t->val;
	}
	ps->i = save;
	return -1;
}

/* "am", "PM", "a.m.", and a glued "9a"; 'a', 'p' or 0. */
static int
meridiem(struct dparse *ps)
{
	const struct dtok	*t = dt_tok(ps, 0);
	int			 save, mer;

	if (t->type != DT_WORD)
		return 0;
	mer = t->word[0];
	if (!strcmp(t->word, "am") || !strcmp(t->word, "pm")) {
		ps->i++;
		return mer;
	}
	if (strcmp(t->word, "a") != 0 && strcmp(t->word, "p") != 0)
		return 0;
	save = ps->i++;
	if (dt_punct(ps, '.', 1) && dt_tok(ps, 0)->sp == 0 &&
	    dt_word(ps, "m")) {
		(void)dt_punct(ps, '.', 1);
		return mer;
	}
	ps->i = save + 1;
	if (!t->sp)
		return mer;
	ps->i = save;
	return 0;
}

static int
clock_check(struct dparse *ps, const struct clk *c)
{
	char	 q[64];

	dt_quote(ps, c->from, c->to, q, sizeof(q));
	if (c->h > 23)
		return dt_bad(ps, "'%s' is not a time: hours go from 0 to 23",
		    q);
	if (c->m > 59)
		return dt_bad(ps, "'%s' is not a time: minutes go from 00 to "
		    "59", q);
	if (c->mer && c->h == 0)
		return dt_bad(ps, "'%s' is not a time; write '12%sm' or "
		    "'0:%02d'", q, c->mer == 'a' ? "a" : "p", c->m);
	if (c->mer && c->h > 12)
		return dt_bad(ps, "'%s' mixes the 24-hour clock with am/pm; "
		    "write '%dpm' or '%d:%02d'", q, c->h - 12, c->h, c->m);
	return 1;
}

static int
clock_minutes(const struct clk *c, int mer)
{
	int	 h = c->h;

	if (mer == 'a')
		h %= 12;
	else if (mer == 'p')
		h = h % 12 + 12;
	else if (!c->h24 && h >= 1 && h <= 6)
		h += 12;	/* the school day: see the top of the file */
	return h * 60 + c->m;
}

/* "-10am", "– 10:00", "to 10", "until noon". */
static int
range_end(struct dparse *ps, struct clk *e)
{
	int	 save;

	save = ps->i;
	if ((dt_punct(ps, '-', 0) || dt_word(ps, "to") ||
	    dt_word(ps, "till") || dt_word(ps, "til") ||
	    dt_word(ps, "until")) && clock_read(ps, e))
		return 1;
	ps->i = save;
	return 0;
}

static int
range_minutes(struct dparse *ps, const struct clk *s, const struct clk *e,
    struct dtime *out)
{
	char	 q[64], a[16], b[16];
	int	 mer;

	if (clock_check(ps, s) < 0 || clock_check(ps, e) < 0)
		return -1;

	/*
	 * "9-10am": the end's half of the day holds for the start too,
	 * unless that puts the start after the end ("11-1pm").
	 */
	mer = s->mer;
	if (!mer && !s->h24 && e->mer) {
		mer = e->mer;
		if (mer == 'p' &&
		    clock_minutes(s, mer) >= clock_minutes(e, mer))
			mer = 'a';
	}
	out->start = clock_minutes(s, mer);
	out->end = end_minutes(s, e, out->start);
	out->has_end = 1;
	if (out->end > out->start)
		return 1;

	dt_quote(ps, s->from, e->to, q, sizeof(q));
	minutes_format(out->start, a, sizeof(a));
	minutes_format(out->end, b, sizeof(b));
	return dt_bad(ps, "'%s' ends before it starts (%s to %s); write the "
	    "earlier time first", q, a, b);
}

static int
end_minutes(const struct clk *s, const struct clk *e, int start)
{
	int	 end;

	if (e->midnight)
		return 1440;
	if (e->mer || e->h24) {
		end = clock_minutes(e, e->mer);
		/* "10pm-1am" runs past midnight. */
		if (end <= start && start >= 720 && end < 720)
			end += 1440;
		return end;
	}

	/* "9am-1", "6-7": a bare end falls in the hours after the start. */
	end = clock_minutes(e, s->mer);
	if (end <= start && end + 720 > start && end + 720 - start <= 600)
		end += 720;
	return end;
}

int
dt_length(struct dparse *ps, int *min)
{
	char	 q[64];
	int	 save, from, r;

	/* "9am, 45 min": the comma is given back when no length follows. */
	save = ps->i;
	(void)dt_punct(ps, ',', 0);
	from = ps->i;
	(void)dt_word(ps, "for");
	if ((r = length_words(ps, min)) == 0 &&
	    (r = length_number(ps, min)) == 0) {
		ps->i = save;
		return 0;
	}
	if (*min > 0 && *min <= 1440)
		return 1;
	dt_quote(ps, from, ps->i, q, sizeof(q));
	return dt_bad(ps, "'%s' is not a length for a touchpoint; write e.g. "
	    "'45m' or '1h30'", q);
}

/* "an hour", "half an hour", "an hour and a half". */
static int
length_words(struct dparse *ps, int *min)
{
	int	 save, mark, half, article;

	save = ps->i;
	half = dt_word(ps, "half");
	article = dt_word(ps, "an") || dt_word(ps, "a") || dt_word(ps, "one");
	if (!half)
		half = dt_word(ps, "half");
	if ((!half && !article) || unit(ps) != 60) {
		ps->i = save;
		return 0;
	}
	*min = half ? 30 : 60;
	mark = ps->i;
	if (!half && dt_word(ps, "and") && dt_word(ps, "a") &&
	    dt_word(ps, "half"))
		*min = 90;
	else
		ps->i = mark;
	return 1;
}

/* "45m", "45 minutes", "1h", "1.5 hours", "1h30", "1 hr 30 min". */
static int
length_number(struct dparse *ps, int *min)
{
	long	 n, f = 0;
	int	 save, mark, fdig = 0, per;

	save = ps->i;
	if (!dt_num(ps, 1, 3, 0, &n))
		return 0;
	mark = ps->i;
	fdig = dt_tok(ps, 1)->ndig;
	if (!dt_punct(ps, '.', 1) || fdig > 2 || !dt_num(ps, 1, 2, 1, &f)) {
		ps->i = mark;
		fdig = 0;
	}
	if ((per = unit(ps)) == 0) {
		ps->i = save;
		return 0;
	}
	*min = (int)(n * per + f * per / (fdig == 2 ? 100 : 10));
	if (per == 60 && fdig == 0)
		*min += extra_minutes(ps);
	return 1;
}

/* The "30" of "1h30" or "1 hr 30 min". */
static int
extra_minutes(struct dparse *ps)
{
	const struct dtok	*t = dt_tok(ps, 0);
	int			 save, per;

	save = ps->i;
	if (t->type != DT_NUM || t->ndig > 2 || t->val > 59)
		return 0;
	ps->i++;
	if ((per = unit(ps)) == 1 || (per == 0 && !t->sp))
		return (int)t->val;
	ps->i = save;
	return 0;
}

/* A unit of length: 1 for minutes, 60 for hours, 0 for none. */
static int
unit(struct dparse *ps)
{
	static const char *const mins[] = {
		"m", "mn", "min", "mins", "minute", "minutes", NULL
	};
	static const char *const hours[] = {
		"h", "hr", "hrs", "hour", "hours", NULL
	};
	int	 k;

	for (k = 0; mins[k] != NULL; k++)
		if (dt_word(ps, mins[k]))
			return 1;
	for (k = 0; hours[k] != NULL; k++)
		if (dt_word(ps, hours[k]))
			return 60;
	return 0;
}
