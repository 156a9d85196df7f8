/*
 * dates.h: the date and time phrases coaches type, resolved to days and
 * wall-clock times.
 *
 * Phrases resolve relative to the visit day in the coach's zone.  Times
 * are kept as wall-clock minutes with the zone's name beside them, never
 * as instants, so a touchpoint across a daylight-saving change keeps the
 * time the coach wrote.
 */
#ifndef MTSS_DATES_H
#define MTSS_DATES_H

#include <stddef.h>

struct ymd {
	int	 y;		/* 2026 */
	int	 m;		/* 1..12 */
	int	 d;		/* 1..31 */
};

struct when {
	struct ymd	 day;
	int		 has_time;	/* start (and end) are set */
	int		 start;		/* minutes after midnight */
	int		 end;		/* minutes after midnight of day; may
					   pass 1440 when the range crosses
					   midnight */
	int		 has_end;	/* the phrase gave an end or length */
};

struct date_opts {
	int	 day_first;	/* 1/14 read as day/month */
	int	 length;	/* minutes, when a time has no end */
};

/* Return values of the parsers. */
#define DATES_OK	 0	/* resolved */
#define DATES_NONE	 1	/* not a date phrase at all */
#define DATES_BAD	-1	/* a date phrase, but wrong: see err */

/*
 * The whole of text is a date phrase ("Jan 14 9:00-10:00", "Fri", "EOW",
 * "in 2 weeks").  On DATES_BAD, err holds what was wrong and what would
 * work, for the coach ("January 14, 2027 is a Thursday; write 'thu 1/14'
 * or 'tue 1/12'").  A phrase with a time and no end gets opts->length.
 */
int	 dates_parse(const char *text, const struct ymd *visit,
	    const struct date_opts *, struct when *, char *err, size_t);
/*
 * The longest date phrase at the start of text; *used is how many bytes
 * it took (trailing blanks not included).  For "thu 1/14 9am 45m, Tier 3"
 * it takes "thu 1/14 9am 45m".
 */
int	 dates_scan(const char *text, const struct ymd *visit,
	    const struct date_opts *, struct when *, size_t *used,
	    char *err, size_t);

/* The whole of text is a time of day with no day: "3pm", "by 9-10am". */
int	 dates_time_only(const char *text, const struct date_opts *);

/*
 * text begins with a day, a time of day or a length ("9am", "45 min",
 * "Thursday"), right or wrong; or, for dates_has_time, holds a time of
 * day anywhere.  What a Next line's place or focus must not be.
 */
int	 dates_begins(const char *text, const struct date_opts *);
int	 dates_has_time(const char *text, const struct date_opts *);

int	 ymd_valid(const struct ymd *);
int	 ymd_wday(const struct ymd *);		/* 0 is Sunday */
long	 ymd_days(const struct ymd *);		/* days since 1970-01-01 */
struct ymd ymd_from_days(long);
struct ymd ymd_add(const struct ymd *, int days);
int	 ymd_cmp(const struct ymd *, const struct ymd *);
/* "Friday, December 11" (with ", 2027" when year differs from ref's). */
void	 ymd_format_long(const struct ymd *, const struct ymd *ref,
	    char *, size_t);
/* "9:00 AM" */
void	 minutes_format(int minutes, char *, size_t);

#endif
