/*
 * dates.c: the calendar the date phrases live on, and the long forms of
 * days and times that recaps and messages to the coach use.
 *
 * Days are counted on the proleptic Gregorian calendar.  Nothing here
 * knows time zones, because a touchpoint is a wall-clock time on a day,
 * and the invitation names the zone.  The phrases themselves are read in
 * datephrase.c.
 */
#include <stdio.h>

#include "dates.h"
#include "dateint.h"

static long	 days_before_year(long);

static const char *const month_names[12] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};

static const char *const wday_names[7] = {
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Saturday"
};

int
date_month_days(int y, int m)
{
	static const int days[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};
	int	 leap;

	if (m < 1 || m > 12)
		return 0;
	leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return days[m - 1] + (m == 2 && leap);
}

const char *
date_month_name(int m)
{
	return m >= 1 && m <= 12 ? month_names[m - 1] : "?";
}

const char *
date_wday_name(int wday)
{
	return wday >= 0 && wday <= 6 ? wday_names[wday] : "?";
}

int
ymd_valid(const struct ymd *d)
{
	return d->y >= 1 && d->y <= 9999 &&
	    d->d >= 1 && d->d <= date_month_days(d->y, d->m);
}

/* Days from 0001-01-01 to the first of January of year y. */
static long
days_before_year(long y)
{
	y--;
	return y * 365 + y / 4 - y / 100 + y / 400;
}

long
ymd_days(const struct ymd *d)
{
	long	 n;
	int	 m;

	n = days_before_year(d->y) - days_before_year(1970);
	for (m = 1; m < d->m; m++)
		n += date_month_days(d->y, m);
	return n + d->d - 1;
}

struct ymd
ymd_from_days(long days)
{
	struct ymd	 r;
	long		 n, y;

	n = days + days_before_year(1970);
	if (n < 0)
		n = 0;		/* before year 1: no calendar to speak of */

	/* Guess the year from the mean year length, then settle it. */
	y = n * 400 / 146097 + 1;
	while (y > 1 && days_before_year(y) > n)
		y--;
	while (days_before_year(y + 1) <= n)
		y++;
	n -= days_before_year(y);

	r.y = (int)y;
	for (r.m = 1; r.m < 12 && n >= date_month_days(r.y, r.m); r.m++)
		n -= date_month_days(r.y, r.m);
	r.d = (int)n + 1;
	return r;
}

int
ymd_wday(const struct ymd *d)
{
	long	 w;

	/* 1970-01-01 was a Thursday. */
	w = (ymd_days(d) + 4) % 7;
	return (int)(w < 0 ? w + 7 : w);
}

struct ymd
ymd_add(const struct ymd *d, int days)
{
	return ymd_from_days(ymd_days(d) + days);
}

int
ymd_cmp(const struct ymd *a, const struct ymd *b)
{
	if (a->y != b->y)
		return a->y < b->y ? -1 : 1;
	if (a->m != b->m)
		return a->m < b->m ? -1 : 1;
	if (a->d != b->d)
		return a->d < b->d ? -1 : 1;
	return 0;
}

void
ymd_format_long(const struct ymd *d, const struct ymd *ref, char *s,
    size_t n)
{
	if (ref != NULL && ref->y == d->y)
		snprintf(s, n, "%s, %s %d", date_wday_name(ymd_wday(d)),
		    date_month_name(d->m), d->d);
	else
		snprintf(s, n, "%s, %s %d, %d", date_wday_name(ymd_wday(d)),
		    date_month_name(d->m), d->d, d->y);
}

/* "January 14, 2027": how messages to the coach name a day. */
void
ymd_format_plain(const struct ymd *d, char *s, size_t n)
{
	snprintf(s, n, "%s %d, %d", date_month_name(d->m), d->d, d->y);
}

void
minutes_format(int minutes, char *s, size_t n)
{
	int	 h;

	/* An end past midnight is shown as the clock will read. */
	minutes %= 1440;
	if (minutes < 0)
		minutes += 1440;
	h = minutes / 60;
	snprintf(s, n, "%d:%02d %s", h % 12 ? h % 12 : 12, minutes % 60,
	    h < 12 ? "AM" : "PM");
}

/* The next day that is weekday wd: after from, or on it if !strict. */
struct ymd
date_next_wday(const struct ymd *from, int wd, int strict)
{
	int	 delta;

	delta = ((wd - ymd_wday(from)) % 7 + 7) % 7;
	if (delta == 0 && strict)
		delta = 7;
	return ymd_add(from, delta);
}

struct ymd
date_month_end(int y, int m)
{
	struct ymd	 r;

	r.y = y;
	r.m = m;
	r.d = date_month_days(y, m);
	return r;
}
