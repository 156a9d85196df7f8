/*
 * daterel.c: days named by counting from the visit: "today", "tomorrow",
 * "EOW" (the Friday on or after the visit), "end of month", "next week"
 * (its Monday), "in 3 days", "in a week", "in 2 months".
 *
 * XXX "Monday after next", "the week of 1/11", "mid-January" and "end of
 * next week" are not read.
 */
#include <string.h>

#include "dates.h"
#include "dateint.h"

static int	 relative_count(struct dparse *, struct ymd *);
static int	 relative_end(struct dparse *, struct ymd *);
static int	 count_word(struct dparse *, long *);

static const char *const counts[] = {
	"one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "eleven", "twelve", NULL
};

int
dt_relative(struct dparse *ps, struct ymd *out)
{
	int	 save, r;

	save = ps->i;
	if (dt_word(ps, "today") || dt_word(ps, "eod"))
		*out = *ps->visit;
	else if (dt_word(ps, "tomorrow") || dt_word(ps, "tmrw") ||
	    dt_word(ps, "tmw"))
		*out = ymd_add(ps->visit, 1);
	else if (dt_word(ps, "eow"))
		*out = date_next_wday(ps->visit, 5, 0);
	else if (dt_word(ps, "eom"))
		*out = date_month_end(ps->visit->y, ps->visit->m);
	else if (dt_word(ps, "next") && dt_word(ps, "week"))
		*out = date_next_wday(ps->visit, 1, 1);
	else {
		ps->i = save;
		if ((r = relative_count(ps, out)) != 0)
			return r;
		return relative_end(ps, out);
	}
	return 1;
}

/* "in 3 days", "in a week", "in 2 months". */
static int
relative_count(struct dparse *ps, struct ymd *out)
{
	const struct dtok	*t;
	long			 n, mon;
	int			 save;

	save = ps->i;
	if (!dt_word(ps, "in") || !count_word(ps, &n))
		goto none;
	t = dt_tok(ps, 0);
	if (t->type != DT_WORD)
		goto none;
	if (!strcmp(t->word, "day") || !strcmp(t->word, "days"))
		*out = ymd_add(ps->visit, (int)n);
	else if (!strcmp(t->word, "week") || !strcmp(t->word, "weeks") ||
	    !strcmp(t->word, "wk") || !strcmp(t->word, "wks"))
		*out = ymd_add(ps->visit, (int)n * 7);
	else if (!strcmp(t->word, "month") || !strcmp(t->word, "months")) {
		/* The same day of the month, or the month's last day. */
		mon = ps->visit->y * 12L + ps->visit->m - 1 + n;
		*out = date_month_end((int)(mon / 12), (int)(mon % 12) + 1);
		if (ps->visit->d < out->d)
			out->d = ps->visit->d;
	} else
		goto none;
	ps->i++;
	return 1;
none:
	ps->i = save;
	return 0;
}

/* "end of week", "end of the month", "end of January". */
static int
relative_end(struct dparse *ps, struct ymd *out)
{
	int	 save, y, m;

	save = ps->i;
	if (!dt_word(ps, "end"))
		return 0;
	(void)dt_word(ps, "of");
	(void)dt_word(ps, "the");
	if (dt_word(ps, "week") || dt_word(ps, "wk"))
		*out = date_next_wday(ps->visit, 5, 0);
	else if (dt_word(ps, "month"))
		*out = date_month_end(ps->visit->y, ps->visit->m);
	else if (dt_word(ps, "day"))
		*out = *ps->visit;
	else if ((m = dt_month_word(dt_tok(ps, 0)->word)) != 0) {
		ps->i++;
		y = ps->visit->y + (m < ps->visit->m);
		*out = date_month_end(y, m);
	} else {
		ps->i = save;
		return 0;
	}
	return 1;
}

static int
count_word(struct dparse *ps, long *n)
{
	const char	*w = dt_tok(ps, 0)->word;
	int		 k;

	if (dt_num(ps, 1, 3, 0, n))
		return 1;
	if (dt_tok(ps, 0)->type != DT_WORD)
		return 0;
	if (!strcmp(w, "a") || !strcmp(w, "an")) {
		ps->i++;
		*n = 1;
		return 1;
	}
	for (k = 0; counts[k] != NULL; k++)
		if (!strcmp(w, counts[k])) {
			ps->i++;
			*n = k + 1;
			return 1;
		}
	return 0;
}
