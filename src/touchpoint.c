/*
 * touchpoint.c: the Next line, the next touchpoint of coach and leader.
 *
 * "Next: Jan 14 9:00-10:00 @ Lincoln main office, Tier 3 intake" holds
 * a date phrase, then the place after "@" and the focus after a comma.
 * The date phrase is the dates step's to read; a Next line without one,
 * or with one that is wrong, cannot become an invitation and is an
 * error for the coach, said with the line.  "Next: cancel" withdraws the
 * invitation of the visit instead.
 *
 * XXX A time written after the place or the focus ("Jan 14 @ 9am", "Jan
 * 14, Tier 3 at 10am") is not read: the invitation is for the whole day,
 * and the coach is warned.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "notes.h"
#include "notes_int.h"
#include "util.h"

static const char	*cancel_word(const char *);
static int		 unscheduled(const char *);
static void		 place_focus(struct notes *, struct touchpoint *,
			    const char *, const char *);
static void		 time_check(struct notes *, const struct touchpoint *,
			    const char *, const char *,
			    const struct date_opts *);
static char		*trimmed(const char *, const char *);
static int		 zone_skips(const char *, const struct ymd *, int);

/* What a coach writes when there is no time yet. */
static const char *const not_yet[] = {
	"tbd", "tba", "to be scheduled", "to be determined", "none",
	"not yet scheduled", NULL
};

void
touchpoint_parse(struct notes *n, const char *value, const char *line,
    int no, const struct ymd *visit, const struct date_opts *o)
{
	struct touchpoint	*t;
	const char		*rest;
	char			 err[256];
	size_t			 used = 0;
	int			 r;

	if (unscheduled(value))
		return;
	t = xcalloc(1, sizeof(*t));
	t->line = no;
	if ((rest = cancel_word(value)) != NULL) {
		t->cancel = 1;
		value = rest;
	}

	r = *value == '\0' ? DATES_NONE : dates_scan(value, visit, o,
	    &t->when, &used, err, sizeof(err));
	if (r == DATES_BAD) {
		diag_add(&n->diag, no, SEV_ERROR, "'%s': %s", line, err);
		free(t);
		return;
	}
	if (r == DATES_NONE && !t->cancel) {
		diag_add(&n->diag, no, SEV_ERROR, "'%s': no date or time "
		    "found; write e.g. 'Next: Jan 14 9:00-10:00 @ main "
		    "office'", line);
		free(t);
		return;
	}
	if (r == DATES_OK) {
		place_focus(n, t, value + used, line);
		time_check(n, t, value + used, line, o);
	} else
		memset(&t->when, 0, sizeof(t->when));	/* "cancel", no day */
	n->next = t;
}

/* "cancel", "cancelled" or "canceled", and what follows it. */
static const char *
cancel_word(const char *s)
{
	static const char *const words[] = {
		"cancelled", "canceled", "cancel", NULL
	};
	const char	*rest;
	size_t		 i;

	for (i = 0; words[i] != NULL; i++) {
		rest = strcaseprefix(s, words[i]);
		if (rest != NULL && !isalpha((unsigned char)*rest)) {
			while (*rest != '\0' && strchr(" ,:;-", *rest))
				rest++;
			return rest;
		}
	}
	return NULL;
}

static int
unscheduled(const char *s)
{
	size_t	 i, n = strlen(s);

	while (n > 0 && strchr(".!", s[n - 1]) != NULL)
		n--;
	for (i = 0; not_yet[i] != NULL; i++)
		if (strlen(not_yet[i]) == n && strncasecmp(s, not_yet[i],
		    n) == 0)
			return 1;
	return 0;
}

/* ", focus", "@ place", "@ place, focus", "at place, focus". */
static void
place_focus(struct notes *n, struct touchpoint *t, const char *s,
    const char *line)
{
	const char	*at, *e;
	int		 plain;

	s = skipws(s);
	plain = *s != ',' && *s != '@' && strcaseprefix(s, "at ") == NULL;
	if (*s == ',')
		s = skipws(s + 1);
	if (*s == '@' || (at = strcaseprefix(s, "at ")) != NULL) {
		at = *s == '@' ? s + 1 : s + 3;
		e = at + strcspn(at, ",");
		t->location = trimmed(at, e);
		s = *e == ',' ? e + 1 : e;
	}

	s = skipws(s);
	if (*s == '\0')
		return;

	/* "Jan 14 9am, Tier 3 @ room 4" */
	if (t->location == NULL && (at = strstr(s, " @ ")) != NULL) {
		t->location = trimmed(at + 3, NULL);
		t->focus = trimmed(s, at);
	} else
		t->focus = trimmed(s, NULL);
	if (plain && t->focus != NULL)
		diag_add(&n->diag, t->line, SEV_WARNING, "'%s': '%s' after the "
		    "date not understood, kept as the focus; write the place "
		    "after '@' and the focus after a comma, e.g. 'Next: Jan 14 "
		    "9:00-10:00 @ main office, Tier 3 intake'", line, t->focus);
}

/*
 * A time the dates step did not take stays in the place or the focus
 * ("Jan 14 @ 9am", "Jan 14, Tier 3 at 10am"), and the invitation is
 * for the whole day: the coach is told, never silently.
 */
static void
time_check(struct notes *n, const struct touchpoint *t, const char *rest,
    const char *line, const struct date_opts *o)
{
	const char	*part = NULL, *text = NULL;

	if (t->location != NULL && dates_begins(t->location, o)) {
		part = "place";
		text = t->location;
	} else if (t->focus != NULL && dates_begins(t->focus, o)) {
		part = "focus";
		text = t->focus;
	}
	if (part != NULL)
		diag_add(&n->diag, t->line, SEV_WARNING, "'%s': the %s '%s' "
		    "looks like a date, time or length; write those right "
		    "after the date, e.g. 'Next: Jan 14 9:00-10:00 @ main "
		    "office, Tier 3 intake'", line, part, text);
	else if (!t->when.has_time && dates_has_time(rest, o))
		diag_add(&n->diag, t->line, SEV_WARNING, "'%s': the "
		    "invitation is for the whole day, as the time is not right "
		    "after the date; write e.g. 'Next: Jan 14 9:00-10:00 @ "
		    "main office, Tier 3 intake'", line);
}

/* A trimmed copy, or NULL when nothing is left. */
static char *
trimmed(const char *s, const char *e)
{
	char	*t, *r;

	t = e == NULL ? xstrdup(s) : xstrndup(s, e - s);
	r = strtrim(t);
	free(t);
	if (*r == '\0') {
		free(r);
		return NULL;
	}
	return r;
}

/*
 * A wall-clock time the zone skips (2:30 AM on the night the clocks
 * spring forward) is no time at all; a client would move it an hour,
 * which is a guess.  The zone is only final once the directory has
 * been read, so this runs after the rest of the notes.
 */
void
touchpoint_zone_check(struct notes *n, const char *line)
{
	const struct touchpoint	*t = n->next;
	char			 when[64], hour[16], later[16];

	/* An end in the gap is the instant the gap ends: only the start. */
	if (t == NULL || t->cancel || !t->when.has_time || n->tzid == NULL ||
	    !zone_skips(n->tzid, &t->when.day, t->when.start))
		return;
	ymd_format_long(&t->when.day, &n->visit, when, sizeof(when));
	minutes_format(t->when.start, hour, sizeof(hour));
	minutes_format(t->when.start + 60, later, sizeof(later));
	diag_add(&n->diag, t->line, SEV_ERROR, "'%s': %s does not exist on "
	    "%s in %s, as the clocks move forward an hour that night; write "
	    "e.g. '%s'", line, hour, when, n->tzid, later);
}

/*
 * mktime moves a skipped time past the gap, so a time that comes back
 * different was skipped.  The check needs the touchpoint's zone in TZ
 * (the process holds the coach's), which is put back after.
 */
static int
zone_skips(const char *tzid, const struct ymd *d, int minutes)
{
	struct tm	 tm;
	char		*old = getenv("TZ") ? xstrdup(getenv("TZ")) : NULL;
	int		 skipped = 0;

	memset(&tm, 0, sizeof(tm));
	tm.tm_year = d->y - 1900;
	tm.tm_mon = d->m - 1;
	tm.tm_mday = d->d;
	tm.tm_hour = minutes / 60;
	tm.tm_min = minutes % 60;
	tm.tm_isdst = -1;
	if (setenv("TZ", tzid, 1) == 0) {
		tzset();
		skipped = mktime(&tm) != (time_t)-1 &&
		    (tm.tm_hour != minutes / 60 || tm.tm_min != minutes % 60);
	}
	if (old != NULL)
		(void)setenv("TZ", old, 1);
	else
		(void)unsetenv("TZ");
	tzset();
	free(old);
	return skipped;
}
