/*
 * fuzz_dates.c: the date phrases.  The first byte picks the options
 * (day-first, the default length); the rest is the phrase, given whole
 * to dates_parse and as the start of a line to dates_scan.  What they
 * resolve must be a real day and a sane time; what they refuse, they
 * explain.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"
#include "fuzz.h"
#include "util.h"

static void	 check_when(const char *, int, const struct when *,
		    const char *);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	setenv("TZ", "America/New_York", 1);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct ymd	 visit = { 2026, 12, 3 };
	struct date_opts	 o;
	struct when		 w;
	char			*text, err[256];
	size_t			 used;
	int			 rc;

	if (size < 1 || memchr(data, '\0', size) != NULL)
		return 0;
	o.day_first = data[0] & 1;
	o.length = 15 * ((data[0] >> 1) % 16 + 1);
	text = xstrndup((const char *)data + 1, size - 1);

	memset(&w, 0, sizeof(w));
	err[0] = '\0';
	rc = dates_parse(text, &visit, &o, &w, err, sizeof(err));
	check_when("dates_parse", rc, &w, err);

	memset(&w, 0, sizeof(w));
	err[0] = '\0';
	used = 0;
	rc = dates_scan(text, &visit, &o, &w, &used, err, sizeof(err));
	check_when("dates_scan", rc, &w, err);
	if (used > size - 1)
		fuzz_fail("dates_scan used %zu of %zu bytes", used, size - 1);
	free(text);
	return 0;
}

static void
check_when(const char *fn, int rc, const struct when *w, const char *err)
{
	char	 s[128];

	if (rc == DATES_BAD && err[0] == '\0')
		fuzz_fail("%s: refused with no reason", fn);
	if (rc != DATES_OK)
		return;
	if (!ymd_valid(&w->day))
		fuzz_fail("%s: day %d-%d-%d", fn, w->day.y, w->day.m,
		    w->day.d);
	ymd_format_long(&w->day, &w->day, s, sizeof(s));
	if (!w->has_time)
		return;
	if (w->start < 0 || w->start >= 1440 || w->end < w->start ||
	    w->end > w->start + 1440)
		fuzz_fail("%s: times %d-%d", fn, w->start, w->end);
	minutes_format(w->start, s, sizeof(s));
	minutes_format(w->end % 1440, s, sizeof(s));
}
