/*
 * test_dates.c: the date phrases coaches type, resolved against a visit;
 * where a phrase ends in a longer line; and the calendar under them.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "dates.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))
#define T(h, m)		((h) * 60 + (m))

/* Thursday, December 3, 2026: the visit of the spec's example. */
#define DEC3		{ 2026, 12, 3 }
#define NODAY		{ 0, 0, 0 }
#define V(y, m, d)	{ y, m, d }

#define NBSP		"\xc2\xa0"
#define NNBSP		"\xe2\x80\xaf"
#define ENDASH		"\xe2\x80\x93"
#define EMDASH		"\xe2\x80\x94"

struct parse_case {
	const char	*text;
	struct ymd	 visit;
	int		 day_first;
	int		 want;
	struct ymd	 day;
	int		 has_time;
	int		 start;
	int		 end;
	int		 has_end;
	const char	*err;		/* DATES_BAD: part of the message */
};

#define OK(text, visit, df, y, m, d) \
	{ text, visit, df, DATES_OK, { y, m, d }, 0, 0, 0, 0, NULL }
#define OKT(text, visit, df, y, m, d, s, e, he) \
	{ text, visit, df, DATES_OK, { y, m, d }, 1, s, e, he, NULL }
#define BAD(text, visit, df, err) \
	{ text, visit, df, DATES_BAD, NODAY, 0, 0, 0, 0, err }
#define NONE(text) \
	{ text, DEC3, 0, DATES_NONE, NODAY, 0, 0, 0, 0, NULL }

static const struct parse_case parse_cases[] = {
	/* The spec's table, visit Thu 3 Dec 2026. */
	OKT("Jan 14 9:00-10:00", DEC3, 0, 2027, 1, 14, T(9, 0), T(10, 0), 1),
	OKT("January 14, 9-10am", DEC3, 0, 2027, 1, 14, T(9, 0), T(10, 0), 1),
	OKT("1/14 9am", DEC3, 0, 2027, 1, 14, T(9, 0), T(10, 0), 0),
	OKT("2027-01-14 13:30", DEC3, 0, 2027, 1, 14, T(13, 30), T(14, 30), 0),
	OKT("thu 1/14 9am 45m", DEC3, 0, 2027, 1, 14, T(9, 0), T(9, 45), 1),
	OKT("Jan 14 9am for 45 min", DEC3, 0, 2027, 1, 14, T(9, 0), T(9, 45),
	    1),
	BAD("tue 1/14 9am", DEC3, 0, "January 14, 2027 is a Thursday; "
	    "write 'thu 1/14' or 'tue 1/12'"),
	OKT("Tuesday 3pm", DEC3, 0, 2026, 12, 8, T(15, 0), T(16, 0), 0),
	OKT("tue 15:00", DEC3, 0, 2026, 12, 8, T(15, 0), T(16, 0), 0),
	OKT("next Tuesday 3pm", DEC3, 0, 2026, 12, 8, T(15, 0), T(16, 0), 0),
	OKT("tomorrow 8:30", DEC3, 0, 2026, 12, 4, T(8, 30), T(9, 30), 0),
	OK("in 2 weeks", DEC3, 0, 2026, 12, 17),
	OKT("Dec 17 at 2:15 PM", DEC3, 0, 2026, 12, 17, T(14, 15), T(15, 15),
	    0),
	OKT("14 Jan 9h00", DEC3, 0, 2027, 1, 14, T(9, 0), T(10, 0), 0),
	OK("Fri", DEC3, 0, 2026, 12, 4),
	OK("Friday", DEC3, 0, 2026, 12, 4),
	OK("EOW", DEC3, 0, 2026, 12, 4),
	OK("end of week", DEC3, 0, 2026, 12, 4),

	/* Month and day, however written. */
	OK("Jan 14", DEC3, 0, 2027, 1, 14),
	OK("January 14", DEC3, 0, 2027, 1, 14),
	OK("Jan 14th", DEC3, 0, 2027, 1, 14),
	OK("14 Jan", DEC3, 0, 2027, 1, 14),
	OK("14th of January", DEC3, 0, 2027, 1, 14),
	OK("January 14, 2027", DEC3, 0, 2027, 1, 14),
	OK("14 January 2027", DEC3, 0, 2027, 1, 14),
	OK("JANUARY 14", DEC3, 0, 2027, 1, 14),
	OK("1/14", DEC3, 0, 2027, 1, 14),
	OK("1/14/2027", DEC3, 0, 2027, 1, 14),
	OK("1/14/27", DEC3, 0, 2027, 1, 14),
	OK("2027-01-14", DEC3, 0, 2027, 1, 14),
	OK("Sept 3", DEC3, 0, 2027, 9, 3),
	OK("Sept. 3", DEC3, 0, 2027, 9, 3),
	OK("Dec 11", DEC3, 0, 2026, 12, 11),
	OK("Dec 11.", DEC3, 0, 2026, 12, 11),
	OK("May 5", DEC3, 0, 2027, 5, 5),

	/* Weekdays: alone, the next one strictly after the visit. */
	OK("thu", DEC3, 0, 2026, 12, 10),
	OK("Thu.", DEC3, 0, 2026, 12, 10),
	OK("thur", DEC3, 0, 2026, 12, 10),
	OK("thurs", DEC3, 0, 2026, 12, 10),
	OK("Thursday", DEC3, 0, 2026, 12, 10),
	OK("Tuesday", DEC3, 0, 2026, 12, 8),
	OK("next Tuesday", DEC3, 0, 2026, 12, 8),
	OK("this Friday", DEC3, 0, 2026, 12, 4),
	OK("this Thursday", DEC3, 0, 2026, 12, 3),
	OK("Wed", DEC3, 0, 2026, 12, 9),
	OK("Sat", DEC3, 0, 2026, 12, 5),
	OK("sun", DEC3, 0, 2026, 12, 6),
	OK("Mon", DEC3, 0, 2026, 12, 7),
	OK("by Friday", DEC3, 0, 2026, 12, 4),

	/* Days counted from the visit. */
	OK("today", DEC3, 0, 2026, 12, 3),
	OK("tomorrow", DEC3, 0, 2026, 12, 4),
	OK("EOM", DEC3, 0, 2026, 12, 31),
	OK("end of month", DEC3, 0, 2026, 12, 31),
	OK("end of the month", DEC3, 0, 2026, 12, 31),
	OK("end of January", DEC3, 0, 2027, 1, 31),
	OK("in 3 days", DEC3, 0, 2026, 12, 6),
	OK("in a week", DEC3, 0, 2026, 12, 10),
	OK("in two weeks", DEC3, 0, 2026, 12, 17),
	OK("next week", DEC3, 0, 2026, 12, 7),
	OK("in 2 months", DEC3, 0, 2027, 2, 3),
	OK("in a month", V(2027, 1, 31), 0, 2027, 2, 28),
	OK("EOW", V(2026, 12, 4), 0, 2026, 12, 4),
	OK("EOW", V(2026, 12, 5), 0, 2026, 12, 11),
	OK("end of week", V(2026, 12, 6), 0, 2026, 12, 11),
	OK("next week", V(2026, 12, 6), 0, 2026, 12, 7),
	OK("next week", V(2026, 12, 7), 0, 2026, 12, 14),

	/* A weekday with a date must agree with it. */
	OK("Thu 1/14", DEC3, 0, 2027, 1, 14),
	OK("Thursday, January 14", DEC3, 0, 2027, 1, 14),
	OK("Fri Dec 11", DEC3, 0, 2026, 12, 11),
	OK("Fri 11 Dec", DEC3, 0, 2026, 12, 11),
	BAD("sun 1/14", DEC3, 0, "write 'thu 1/14' or 'sun 1/17'"),
	BAD("Tue Jan 14", DEC3, 0, "write 'thu Jan 14' or 'tue Jan 12'"),
	BAD("Mon 1/14/2027", DEC3, 0,
	    "write 'thu 1/14/2027' or 'mon 1/11/2027'"),
	BAD("Wed 2027-01-14", DEC3, 0, "or 'wed 2027-01-13'"),
	OK("Dec 11 (Fri)", DEC3, 0, 2026, 12, 11),
	OK("Dec 11 Fri", DEC3, 0, 2026, 12, 11),
	OK("Dec 11, Fri", DEC3, 0, 2026, 12, 11),
	OK("Dec 11, Friday.", DEC3, 0, 2026, 12, 11),
	OK("1/14 (thu)", DEC3, 0, 2027, 1, 14),
	OK("12 Dec (Sat)", DEC3, 0, 2026, 12, 12),
	OKT("Jan 14, Thursday, 9am", DEC3, 0, 2027, 1, 14, T(9, 0), T(10, 0),
	    0),
	OKT("Dec 11 (Fri) 2pm", DEC3, 0, 2026, 12, 11, T(14, 0), T(15, 0), 0),
	BAD("Dec 11 (Thu)", DEC3, 0, "December 11, 2026 is a Friday; write "
	    "'fri Dec 11' or 'thu Dec 10'"),
	BAD("Dec 11, Thu", DEC3, 0, "write 'fri Dec 11' or 'thu Dec 10'"),
	BAD("1/14 tue", DEC3, 0, "write 'thu 1/14' or 'tue 1/12'"),

	/* No year: the next one on or after the visit. */
	OK("Dec 3", DEC3, 0, 2026, 12, 3),
	OK("Dec 2", DEC3, 0, 2027, 12, 2),
	OK("1/6", V(2026, 12, 30), 0, 2027, 1, 6),
	OK("Dec 30", V(2026, 12, 30), 0, 2026, 12, 30),
	OK("1/1", V(2026, 12, 31), 0, 2027, 1, 1),
	OK("Feb 29", V(2027, 12, 1), 0, 2028, 2, 29),
	OK("Feb 29", DEC3, 0, 2028, 2, 29),
	OK("2/29", V(2028, 3, 1), 0, 2032, 2, 29),
	OK("Feb 29 2028", DEC3, 0, 2028, 2, 29),
	OK("2026-12-03", DEC3, 0, 2026, 12, 3),

	/* Dates that are not, or are past. */
	BAD("Feb 29 2027", DEC3, 0, "no February 29, 2027"),
	BAD("2/30", DEC3, 0, "February has no day 30"),
	BAD("4/31", DEC3, 0, "April has no day 31; its last day is April 30"),
	BAD("Jan 32", DEC3, 0, "January has no day 32"),
	BAD("13/1", DEC3, 0, "no month 13"),
	BAD("13/1", DEC3, 0, "write '1/13' for January 13"),
	BAD("0/5", DEC3, 0, "no month 0"),
	BAD("2027-13-01", DEC3, 0, "no month 13"),
	BAD("1/14/2025", DEC3, 0, "January 14, 2025 is before the visit"),
	BAD("2026-12-02", DEC3, 0, "write '2027-12-02' for December 2, 2027"),

	/* Times of day. */
	OKT("Jan 14 9 am", DEC3, 0, 2027, 1, 14, T(9, 0), T(10, 0), 0),
	OKT("Jan 14 9:00", DEC3, 0, 2027, 1, 14, T(9, 0), T(10, 0), 0),
	OKT("Jan 14 9:00am", DEC3, 0, 2027, 1, 14, T(9, 0), T(10, 0), 0),
	OKT("Jan 14 9.30am", DEC3, 0, 2027, 1, 14, T(9, 30), T(10, 30), 0),
	OKT("Jan 14 9h", DEC3, 0, 2027, 1, 14, T(9, 0), T(10, 0), 0),
	OKT("Jan 14 13:30", DEC3, 0, 2027, 1, 14, T(13, 30), T(14, 30), 0),
	OKT("Jan 14 noon", DEC3, 0, 2027, 1, 14, T(12, 0), T(13, 0), 0),
	OKT("Jan 14 midnight", DEC3, 0, 2027, 1, 14, T(0, 0), T(1, 0), 0),
	OKT("Jan 14 2:15 PM", DEC3, 0, 2027, 1, 14, T(14, 15), T(15, 15), 0),
	OKT("Jan 14 9 a.m.", DEC3, 0, 2027, 1, 14, T(9, 0), T(10, 0), 0),
	OKT("Jan 14 930am", DEC3, 0, 2027, 1, 14, T(9, 30), T(10, 30), 0),
	OKT("Jan 14 12am", DEC3, 0, 2027, 1, 14, T(0, 0), T(1, 0), 0),

	/* No am or pm: the school day (1 to 6 afternoon, 7 to 11 morning). */
	OKT("Jan 14 at 3", DEC3, 0, 2027, 1, 14, T(15, 0), T(16, 0), 0),
	OKT("Jan 14 at 7", DEC3, 0, 2027, 1, 14, T(7, 0), T(8, 0), 0),
	OKT("Jan 14 3:00", DEC3, 0, 2027, 1, 14, T(15, 0), T(16, 0), 0),
	OKT("Jan 14 12:30", DEC3, 0, 2027, 1, 14, T(12, 30), T(13, 30), 0),
	OKT("Jan 14 07:00", DEC3, 0, 2027, 1, 14, T(7, 0), T(8, 0), 0),
	OKT("Jan 14 03:00", DEC3, 0, 2027, 1, 14, T(3, 0), T(4, 0), 0),

	BAD("Jan 14 25:00", DEC3, 0, "'25:00' is not a time: hours go from"),
	BAD("Jan 14 9:75", DEC3, 0, "'9:75' is not a time: minutes go"),
	BAD("Jan 14 13pm", DEC3, 0, "write '1pm' or '13:00'"),
	BAD("Jan 14 0am", DEC3, 0, "write '12am'"),
	BAD("25:00", DEC3, 0, "hours go from 0 to 23"),

	/* Ranges. */
	OKT("Jan 14 9-10am", DEC3, 0, 2027, 1, 14, T(9, 0), T(10, 0), 1),
	OKT("Jan 14 11-1pm", DEC3, 0, 2027, 1, 14, T(11, 0), T(13, 0), 1),
	OKT("Jan 14 12-1pm", DEC3, 0, 2027, 1, 14, T(12, 0), T(13, 0), 1),
	OKT("Jan 14 1:30-2:30pm", DEC3, 0, 2027, 1, 14, T(13, 30), T(14, 30),
	    1),
	OKT("Jan 14 9am-10:15am", DEC3, 0, 2027, 1, 14, T(9, 0), T(10, 15), 1),
	OKT("Jan 14 9 to 10am", DEC3, 0, 2027, 1, 14, T(9, 0), T(10, 0), 1),
	OKT("Jan 14 9am" ENDASH "10am", DEC3, 0, 2027, 1, 14, T(9, 0),
	    T(10, 0), 1),
	OKT("Jan 14 9am " EMDASH " 10am", DEC3, 0, 2027, 1, 14, T(9, 0),
	    T(10, 0), 1),
	OKT("Jan 14 from 9 to 10", DEC3, 0, 2027, 1, 14, T(9, 0), T(10, 0),
	    1),
	OKT("Jan 14 9-5", DEC3, 0, 2027, 1, 14, T(9, 0), T(17, 0), 1),
	OKT("Jan 14 9am-1", DEC3, 0, 2027, 1, 14, T(9, 0), T(13, 0), 1),
	OKT("Jan 14 11am-noon", DEC3, 0, 2027, 1, 14, T(11, 0), T(12, 0), 1),
	OKT("Jan 14 10pm-1am", DEC3, 0, 2027, 1, 14, T(22, 0), T(25, 0), 1),
	OKT("Jan 14 10pm-midnight", DEC3, 0, 2027, 1, 14, T(22, 0), T(24, 0),
	    1),
	BAD("Jan 14 10-9am", DEC3, 0, "ends before it starts"),
	BAD("Jan 14 10am-9am", DEC3, 0, "(10:00 AM to 9:00 AM)"),

	/* Lengths. */
	OKT("Jan 14 9am 45 min", DEC3, 0, 2027, 1, 14, T(9, 0), T(9, 45), 1),
	OKT("Jan 14 9am 45 minutes", DEC3, 0, 2027, 1, 14, T(9, 0), T(9, 45),
	    1),
	OKT("Jan 14 9am 1h", DEC3, 0, 2027, 1, 14, T(9, 0), T(10, 0), 1),
	OKT("Jan 14 9am 1 hr", DEC3, 0, 2027, 1, 14, T(9, 0), T(10, 0), 1),
	OKT("Jan 14 9am 1h30", DEC3, 0, 2027, 1, 14, T(9, 0), T(10, 30), 1),
	OKT("Jan 14 9am 1.5h", DEC3, 0, 2027, 1, 14, T(9, 0), T(10, 30), 1),
	OKT("Jan 14 9am 90m", DEC3, 0, 2027, 1, 14, T(9, 0), T(10, 30), 1),
	OKT("Jan 14 9am for 1h30", DEC3, 0, 2027, 1, 14, T(9, 0), T(10, 30),
	    1),
	OKT("Jan 14 9am, 45 min", DEC3, 0, 2027, 1, 14, T(9, 0), T(9, 45), 1),
	OKT("Jan 14 9am for an hour", DEC3, 0, 2027, 1, 14, T(9, 0),
	    T(10, 0), 1),
	OKT("Jan 14 9am 1 hr 30 min", DEC3, 0, 2027, 1, 14, T(9, 0),
	    T(10, 30), 1),
	OKT("Jan 14 9h 1h", DEC3, 0, 2027, 1, 14, T(9, 0), T(10, 0), 1),
	BAD("Jan 14 9am 0m", DEC3, 0, "'0m' is not a length"),
	BAD("Jan 14 9am 30h", DEC3, 0, "is not a length"),

	/* Phone autocorrect: capitals, no-break spaces, dashes, periods. */
	OKT("Jan" NBSP "14 9am", DEC3, 0, 2027, 1, 14, T(9, 0), T(10, 0), 0),
	OK("Thu." NBSP "1/14", DEC3, 0, 2027, 1, 14),
	OKT("Jan 14 9:00" NNBSP "AM", DEC3, 0, 2027, 1, 14, T(9, 0), T(10, 0),
	    0),
	OKT("Jan 14 9" ENDASH "10", DEC3, 0, 2027, 1, 14, T(9, 0), T(10, 0),
	    1),

	/* A time first, and fillers. */
	OKT("9am Jan 14", DEC3, 0, 2027, 1, 14, T(9, 0), T(10, 0), 0),
	OKT("3pm Tuesday", DEC3, 0, 2026, 12, 8, T(15, 0), T(16, 0), 0),
	OKT("9-10am, Jan 14", DEC3, 0, 2027, 1, 14, T(9, 0), T(10, 0), 1),
	OKT("at 2:15 PM on Friday", DEC3, 0, 2026, 12, 4, T(14, 15),
	    T(15, 15), 0),

	/* A time without a day, and words that are not dates. */
	BAD("3pm", DEC3, 0, "'3pm' has no day; add one, e.g. 'thu 1/14 3pm'"),
	BAD("9-10am", DEC3, 0, "has no day"),
	BAD("Friday morning", DEC3, 0, "'morning' after 'Friday'"),
	BAD("Jan 14 9", DEC3, 0, "write e.g. 'Jan 14 9am'"),
	NONE("Lincoln"),
	NONE("May"),
	NONE("march on"),
	NONE("sat with the team"),
	NONE("next meeting"),
	NONE("ASAP"),
	NONE(""),
	NONE("Jan 2027"),

	/* Daylight-saving weeks: wall-clock times never shift. */
	OKT("Mon 3/15 9am", V(2027, 3, 10), 0, 2027, 3, 15, T(9, 0),
	    T(10, 0), 0),
	OKT("Sun 3/14 2:30am", V(2027, 3, 10), 0, 2027, 3, 14, T(2, 30),
	    T(3, 30), 0),
	OKT("Mon 11/8 9am", V(2027, 11, 3), 0, 2027, 11, 8, T(9, 0),
	    T(10, 0), 0),

	/* Day first. */
	OK("14/1", DEC3, 1, 2027, 1, 14),
	OK("14/1/27", DEC3, 1, 2027, 1, 14),
	OK("3/4", DEC3, 1, 2027, 4, 3),
	OK("3/4", DEC3, 0, 2027, 3, 4),
	OK("Jan 14", DEC3, 1, 2027, 1, 14),
	OK("2027-01-14", DEC3, 1, 2027, 1, 14),
	OKT("13/1 9am", DEC3, 1, 2027, 1, 13, T(9, 0), T(10, 0), 0),
	BAD("1/14", DEC3, 1, "write '14/1' for January 14"),
	BAD("tue 14/1", DEC3, 1, "write 'thu 14/1' or 'tue 12/1'"),
};

static int
same_day(const struct ymd *a, const struct ymd *b)
{
	return a->y == b->y && a->m == b->m && a->d == b->d;
}

static int
check_parse(const struct parse_case *c)
{
	struct date_opts	 opts = { c->day_first, 60 };
	struct when		 w;
	char			 err[256];
	int			 r;

	r = dates_parse(c->text, &c->visit, &opts, &w, err, sizeof(err));
	if (r != c->want) {
		print_error("'%s': got %d (%s), want %d\n", c->text, r, err,
		    c->want);
		return 1;
	}
	if (r == DATES_BAD && strstr(err, c->err) == NULL) {
		print_error("'%s': got err \"%s\", want it to hold \"%s\"\n",
		    c->text, err, c->err);
		return 1;
	}
	if (r != DATES_OK)
		return 0;
	if (!same_day(&w.day, &c->day) || w.has_time != c->has_time ||
	    (w.has_time && (w.start != c->start || w.end != c->end ||
	    w.has_end != c->has_end))) {
		print_error("'%s': got %04d-%02d-%02d time %d %d-%d end %d, "
		    "want %04d-%02d-%02d time %d %d-%d end %d\n", c->text,
		    w.day.y, w.day.m, w.day.d, w.has_time, w.start, w.end,
		    w.has_end, c->day.y, c->day.m, c->day.d, c->has_time,
		    c->start, c->end, c->has_end);
		return 1;
	}
	return 0;
}

static void
test_parse(void **state)
{
	size_t	 i, bad = 0;

	(void)state;
	for (i = 0; i < NELEM(parse_cases); i++)
		bad += check_parse(&parse_cases[i]);
	if (bad > 0)
		fail_msg("%zu of %zu phrases: got a wrong answer, want none",
		    bad, NELEM(parse_cases));
}

/* The default length, and no opts at all. */
static void
test_parse_length(void **state)
{
	struct ymd		 visit = DEC3;
	struct date_opts	 opts = { 0, 45 };
	struct when		 w;

	(void)state;
	assert_int_equal(dates_parse("1/14 9am", &visit, &opts, &w, NULL, 0),
	    DATES_OK);
	if (w.end != T(9, 45) || w.has_end)
		fail_msg("length 45: got end %d has_end %d, want %d 0", w.end,
		    w.has_end, T(9, 45));
	assert_int_equal(dates_parse("1/14 9am", &visit, NULL, &w, NULL, 0),
	    DATES_OK);
	if (w.end != T(10, 0) || w.day.m != 1)
		fail_msg("no opts: got end %d month %d, want %d 1", w.end,
		    w.day.m, T(10, 0));
	assert_int_equal(dates_parse("2/30", &visit, NULL, &w, NULL, 0),
	    DATES_BAD);
}

struct scan_case {
	const char	*text;
	int		 want;
	size_t		 used;
};

static const struct scan_case scan_cases[] = {
	{ "Jan 14 9:00-10:00 @ Lincoln main office", DATES_OK, 17 },
	{ "thu 1/14 9am 45m, Tier 3 intake process", DATES_OK, 16 },
	{ "January 14, 9-10am, Tier 3", DATES_OK, 18 },
	{ "Jan 14 9am for 45 min @ room 12", DATES_OK, 21 },
	{ "Dec 11 (tentative)", DATES_OK, 6 },
	{ "Jan 14 9am, 45 min, Tier 3", DATES_OK, 18 },
	{ "Jan 14 9am, 3 teachers", DATES_OK, 10 },
	{ "Dec 11 (Fri) @ room 4", DATES_OK, 12 },
	{ "Dec 12 sat with the team", DATES_OK, 6 },
	{ "Dec 11 (Fri", DATES_OK, 6 },
	{ "Friday. Then lunch", DATES_OK, 7 },
	{ "sun, Tier 3", DATES_OK, 3 },
	{ "  Jan 14  ", DATES_OK, 8 },
	{ "Jan 14 9 people", DATES_OK, 6 },
	{ "1/14 " EMDASH " Tier 3", DATES_OK, 4 },
	{ "tomorrow 8:30 in the library", DATES_OK, 13 },
	{ "Jan 14 9-10am" NBSP "@ Lincoln", DATES_OK, 13 },
	{ "Lincoln", DATES_NONE, 0 },
	{ "May need to revisit", DATES_NONE, 0 },
	{ "Sat with the team", DATES_NONE, 0 },
	{ "3 may attend", DATES_NONE, 0 },
	{ "2-3 teachers", DATES_NONE, 0 },
	{ "in the gym", DATES_NONE, 0 },
	{ "3pm meeting", DATES_BAD, 0 },
	{ "2/30 9am @ Lincoln", DATES_BAD, 0 },
};

static void
test_scan(void **state)
{
	struct ymd		 visit = DEC3;
	struct date_opts	 opts = { 0, 60 };
	struct when		 w;
	size_t			 i, used;
	char			 err[256];
	int			 r;

	(void)state;
	for (i = 0; i < NELEM(scan_cases); i++) {
		r = dates_scan(scan_cases[i].text, &visit, &opts, &w, &used,
		    err, sizeof(err));
		if (r != scan_cases[i].want || used != scan_cases[i].used)
			fail_msg("'%s': got %d used %zu, want %d used %zu",
			    scan_cases[i].text, r, used, scan_cases[i].want,
			    scan_cases[i].used);
	}
}

/* What a Next line's place or focus must not start with, or hold. */
static const struct {
	const char	*text;
	int		 begins, has_time;
} begins_cases[] = {
	{ "9am", 1, 1 },
	{ "45 min", 1, 0 },
	{ "for an hour", 1, 0 },
	{ "Thursday, 9am", 1, 1 },
	{ "Jan 15", 1, 0 },
	{ "Tier 3 intake", 0, 0 },
	{ "3 teachers", 0, 0 },
	{ "2nd grade team", 0, 0 },
	{ "room 4", 0, 0 },
	{ "main office at 10am", 0, 1 },
	{ "Sat with the team", 0, 0 },
	{ "", 0, 0 },
};

static void
test_begins(void **state)
{
	struct date_opts	 opts = { 0, 60 };
	size_t			 i;
	int			 b, t;

	(void)state;
	for (i = 0; i < NELEM(begins_cases); i++) {
		b = dates_begins(begins_cases[i].text, &opts);
		t = dates_has_time(begins_cases[i].text, &opts);
		if (b != begins_cases[i].begins ||
		    t != begins_cases[i].has_time)
			fail_msg("'%s': got begins %d has_time %d, want %d %d",
			    begins_cases[i].text, b, t,
			    begins_cases[i].begins, begins_cases[i].has_time);
	}
}

static int
days_in(int y, int m)
{
	static const int len[] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return len[m - 1];
}

/* Every day from 1970 to 2100, counted by hand alongside. */
static void
test_ymd_round_trip(void **state)
{
	struct ymd	 want = { 1970, 1, 1 }, got, next;
	long		 n;
	int		 wday = 4;

	(void)state;
	for (n = 0; want.y <= 2100; n++) {
		got = ymd_from_days(n);
		if (!same_day(&got, &want) || ymd_days(&want) != n ||
		    ymd_wday(&want) != wday || !ymd_valid(&got))
			fail_msg("day %ld: got %04d-%02d-%02d days %ld wday %d,"
			    " want %04d-%02d-%02d wday %d", n, got.y, got.m,
			    got.d, ymd_days(&want), ymd_wday(&want), want.y,
			    want.m, want.d, wday);
		next = ymd_add(&want, 1);
		if (++want.d > days_in(want.y, want.m)) {
			want.d = 1;
			if (++want.m > 12) {
				want.m = 1;
				want.y++;
			}
		}
		if (!same_day(&next, &want) || ymd_cmp(&got, &want) != -1 ||
		    ymd_cmp(&want, &got) != 1 || ymd_cmp(&got, &got) != 0)
			fail_msg("day %ld: ymd_add or ymd_cmp wrong", n);
		wday = (wday + 1) % 7;
	}
}

struct anchor_case {
	struct ymd	 d;
	long		 days;
	int		 wday;
	int		 valid;
};

static const struct anchor_case anchor_cases[] = {
	{ { 1970, 1, 1 }, 0, 4, 1 },
	{ { 1900, 1, 1 }, -25567, 1, 1 },
	{ { 2000, 1, 1 }, 10957, 6, 1 },
	{ { 2026, 12, 3 }, 20790, 4, 1 },
	{ { 9999, 12, 31 }, 2932896, 5, 1 },
	{ { 2000, 2, 29 }, 0, 0, 1 },
	{ { 1900, 2, 29 }, 0, 0, 0 },
	{ { 2027, 2, 29 }, 0, 0, 0 },
	{ { 2026, 4, 31 }, 0, 0, 0 },
	{ { 2026, 13, 1 }, 0, 0, 0 },
	{ { 2026, 0, 1 }, 0, 0, 0 },
	{ { 2026, 12, 0 }, 0, 0, 0 },
};

static void
test_ymd_anchors(void **state)
{
	const struct anchor_case	*c;
	struct ymd			 back;
	size_t				 i;

	(void)state;
	for (i = 0; i < NELEM(anchor_cases); i++) {
		c = &anchor_cases[i];
		if (ymd_valid(&c->d) != c->valid)
			fail_msg("%04d-%02d-%02d: got valid %d, want %d",
			    c->d.y, c->d.m, c->d.d, ymd_valid(&c->d),
			    c->valid);
		if (!c->valid || c->days == 0)
			continue;
		back = ymd_from_days(c->days);
		if (ymd_days(&c->d) != c->days || ymd_wday(&c->d) != c->wday ||
		    !same_day(&back, &c->d))
			fail_msg("%04d-%02d-%02d: got days %ld wday %d, "
			    "want %ld %d", c->d.y, c->d.m, c->d.d,
			    ymd_days(&c->d), ymd_wday(&c->d), c->days,
			    c->wday);
	}
}

struct long_case {
	struct ymd	 d;
	int		 has_ref;
	const char	*want;
};

static const struct long_case long_cases[] = {
	{ { 2026, 12, 11 }, 1, "Friday, December 11" },
	{ { 2027, 1, 14 }, 1, "Thursday, January 14, 2027" },
	{ { 2026, 12, 11 }, 0, "Friday, December 11, 2026" },
	{ { 2028, 2, 29 }, 1, "Tuesday, February 29, 2028" },
	{ { 2026, 12, 3 }, 1, "Thursday, December 3" },
};

static void
test_format_long(void **state)
{
	struct ymd	 ref = DEC3;
	char		 s[64];
	size_t		 i;

	(void)state;
	for (i = 0; i < NELEM(long_cases); i++) {
		ymd_format_long(&long_cases[i].d,
		    long_cases[i].has_ref ? &ref : NULL, s, sizeof(s));
		if (strcmp(s, long_cases[i].want) != 0)
			fail_msg("got '%s', want '%s'", s, long_cases[i].want);
	}
}

struct minutes_case {
	int		 minutes;
	const char	*want;
};

static const struct minutes_case minutes_cases[] = {
	{ 540, "9:00 AM" },
	{ 0, "12:00 AM" },
	{ 720, "12:00 PM" },
	{ 1335, "10:15 PM" },
	{ 59, "12:59 AM" },
	{ 779, "12:59 PM" },
	{ 1439, "11:59 PM" },
	{ 1440, "12:00 AM" },
	{ 1500, "1:00 AM" },
};

static void
test_minutes_format(void **state)
{
	char	 s[32];
	size_t	 i;

	(void)state;
	for (i = 0; i < NELEM(minutes_cases); i++) {
		minutes_format(minutes_cases[i].minutes, s, sizeof(s));
		if (strcmp(s, minutes_cases[i].want) != 0)
			fail_msg("%d: got '%s', want '%s'",
			    minutes_cases[i].minutes, s, minutes_cases[i].want);
	}
}

/* A short err buffer is cut, not overrun. */
static void
test_err_short(void **state)
{
	struct ymd	 visit = DEC3;
	struct when	 w;
	char		 err[12];

	(void)state;
	memset(err, 'x', sizeof(err));
	assert_int_equal(dates_parse("tue 1/14", &visit, NULL, &w, err, 8),
	    DATES_BAD);
	if (strcmp(err, "January") != 0 || err[8] != 'x')
		fail_msg("got '%.8s', want 'January' and the rest untouched",
		    err);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_parse_length),
		cmocka_unit_test(test_scan),
		cmocka_unit_test(test_begins),
		cmocka_unit_test(test_ymd_round_trip),
		cmocka_unit_test(test_ymd_anchors),
		cmocka_unit_test(test_format_long),
		cmocka_unit_test(test_minutes_format),
		cmocka_unit_test(test_err_short),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
