/*
 * invite.c: the iMIP invitation for the next touchpoint, made with libical.
 *
 * This is the only file that knows libical.  It turns n->next into a
 * VCALENDAR that real clients accept: a REQUEST (or a CANCEL) whose UID
 * is stable for the visit and whose SEQUENCE grows with each resend, the
 * coach as ORGANIZER and the leaders as ATTENDEEs, and times either in
 * UTC or in a zone whose VTIMEZONE travels with the event, trimmed to the
 * rules that matter around it and named by its plain IANA name.  The
 * words, cleaned for libical, come from invite_text.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libical/ical.h>

#include "config.h"
#include "dates.h"
#include "invite.h"
#include "invite_int.h"
#include "notes.h"
#include "util.h"

#define PRODID		"-//mtss-recap//mtss-recap 0.1//EN"
/* Guards the expansion of a zone's yearly rules. */
#define MAX_ONSETS	2000

/* The first libical call that failed, for the caller's err. */
struct ictx {
	char	*err;
	size_t	 errlen;
	int	 failed;
};

/* The part of a zone's history an event needs: (from, to]. */
struct span {
	struct icaltimetype	 from;
	struct icaltimetype	 to;
};

static void	 fail(struct ictx *, const char *);
static void	 fix_folds(char *);
static void	 put(struct ictx *, icalcomponent *, icalproperty *,
		    const char *);
static void	 param(struct ictx *, icalproperty *, icalparameter *,
		    const char *);
static struct icaltimetype wall(const struct ymd *, int);
static void	 event_times(const struct notes *, int,
		    struct icaltimetype *, struct icaltimetype *);
static void	 put_time(struct ictx *, icalcomponent *, int,
		    struct icaltimetype, const char *);
static void	 put_people(struct ictx *, icalcomponent *,
		    const struct notes *);
static void	 put_alarm(struct ictx *, icalcomponent *, const char *,
		    int);
static icalcomponent *make_event(struct ictx *, const struct notes *,
		    const struct config *, time_t);
static void	 onsets(icalcomponent *, const struct span *,
		    struct icaltimetype *, struct icaltimetype *);
static void	 note(const struct span *, struct icaltimetype,
		    struct icaltimetype *, struct icaltimetype *);
static icalcomponent *from_onset(struct ictx *, icalcomponent *,
		    struct icaltimetype);
static icalcomponent *steady(struct ictx *, icalcomponent *,
		    struct icaltimetype);
static icalcomponent *find_base(icalcomponent *, const struct span *);
static icalcomponent *vtimezone(struct ictx *, const char *,
		    struct icaltimetype, struct icaltimetype);

char *
invite_make(const struct notes *n, const struct config *cfg, time_t now,
    const char **method, char *err, size_t errlen)
{
	struct ictx		 x = { err, errlen, 0 };
	struct icaltimetype	 start, end;
	icalcomponent		*cal, *ev, *tz = NULL;
	char			*out;
	int			 cancel = n->next->cancel;

	/* Calendar, then the zone its times need, then the event. */
	icalerror_clear_errno();
	if ((cal = icalcomponent_new_vcalendar()) == NULL) {
		fail(&x, "icalcomponent_new_vcalendar");
		return NULL;
	}
	put(&x, cal, icalproperty_new_prodid(PRODID),
	    "icalproperty_new_prodid");
	put(&x, cal, icalproperty_new_version("2.0"),
	    "icalproperty_new_version");
	put(&x, cal, icalproperty_new_calscale("GREGORIAN"),
	    "icalproperty_new_calscale");
	put(&x, cal, icalproperty_new_method(cancel ? ICAL_METHOD_CANCEL :
	    ICAL_METHOD_REQUEST), "icalproperty_new_method");

	event_times(n, cfg->length, &start, &end);
	if (!start.is_date && !invite_is_utc(n->tzid))
		tz = vtimezone(&x, n->tzid, start, end);
	if (tz != NULL)
		icalcomponent_add_component(cal, tz);
	if ((ev = make_event(&x, n, cfg, now)) != NULL)
		icalcomponent_add_component(cal, ev);

	out = NULL;
	if (!x.failed && (out = icalcomponent_as_ical_string_r(cal)) == NULL)
		fail(&x, "icalcomponent_as_ical_string_r");
	icalcomponent_free(cal);
	if (out == NULL)
		return NULL;
	fix_folds(out);
	*method = cancel ? "CANCEL" : "REQUEST";
	return out;
}

/*
 * libical 3.0 folds a content line with its CRLF still on, so a line
 * that reaches the fold column just before its end comes out as
 * CR CR LF SP LF, which breaks readers, or with an empty continuation
 * (fixed upstream in libical 4.0.3).  Put the line end back together.
 */
static void
fix_folds(char *s)
{
	char	*w = s;

	while (*s != '\0') {
		if (strncmp(s, "\r\r\n \n", 5) == 0) {
			memcpy(w, "\r\n", 2);
			w += 2, s += 5;
		} else if (strncmp(s, "\r\n \r\n", 5) == 0)
			s += 3;
		else
			*w++ = *s++;
	}
	*w = '\0';
}

static void
fail(struct ictx *x, const char *call)
{
	if (x->failed)
		return;
	x->failed = 1;
	snprintf(x->err, x->errlen, "%s failed: %s", call,
	    icalerror_strerror(icalerrno));
}

static void
put(struct ictx *x, icalcomponent *c, icalproperty *p, const char *call)
{
	if (p == NULL)
		fail(x, call);
	else
		icalcomponent_add_property(c, p);
}

static void
param(struct ictx *x, icalproperty *p, icalparameter *a, const char *call)
{
	if (a == NULL)
		fail(x, call);
	else if (p == NULL)
		icalparameter_free(a);
	else
		icalproperty_add_parameter(p, a);
}

/* The floating time minutes after midnight of d (normalised). */
static struct icaltimetype
wall(const struct ymd *d, int minutes)
{
	struct icaltimetype	 t = icaltime_null_time();

	t.year = d->y;
	t.month = d->m;
	t.day = d->d;
	icaltime_adjust(&t, 0, 0, minutes, 0);
	return t;
}

/*
 * A cancellation may come with no time at all; the event then stands on
 * the visit day, all day, which is enough for clients to match the UID.
 * A time with no end (never from the notes step) gets the default length.
 */
static void
event_times(const struct notes *n, int length, struct icaltimetype *start,
    struct icaltimetype *end)
{
	const struct when	*w = &n->next->when;
	const struct ymd	*day = ymd_valid(&w->day) ? &w->day : &n->visit;

	if (!ymd_valid(&w->day) || !w->has_time) {
		*start = wall(day, 0);
		*end = wall(day, 1440);
		start->is_date = end->is_date = 1;
		return;
	}
	*start = wall(day, w->start);
	*end = wall(day, w->end > w->start ? w->end : w->start +
	    (length > 0 ? length : 60));
}

/*
 * DTSTART or DTEND: a date, a UTC time with Z, or a wall-clock time with
 * the plain TZID of the VTIMEZONE we send (libical's own zones would name
 * themselves /freeassociation.sourceforge.net/...).
 */
static void
put_time(struct ictx *x, icalcomponent *ev, int is_end,
    struct icaltimetype t, const char *tzid)
{
	icalproperty	*p;

	if (!t.is_date && invite_is_utc(tzid))
		t.zone = icaltimezone_get_utc_timezone();
	p = is_end ? icalproperty_new_dtend(t) : icalproperty_new_dtstart(t);
	if (!t.is_date && !invite_is_utc(tzid))
		param(x, p, icalparameter_new_tzid(tzid),
		    "icalparameter_new_tzid");
	put(x, ev, p, is_end ? "icalproperty_new_dtend" :
	    "icalproperty_new_dtstart");
}

static void
put_people(struct ictx *x, icalcomponent *ev, const struct notes *n)
{
	icalproperty	*p;
	char		*v, *cn;
	size_t		 i;

	/* The coach is the organizer, in person: no SENT-BY. */
	v = invite_mailto(n->coach.addr);
	cn = invite_clean_cn(n->coach.name ? n->coach.name : n->coach.addr);
	p = icalproperty_new_organizer(v);
	free(v);
	param(x, p, icalparameter_new_cn(cn), "icalparameter_new_cn");
	put(x, ev, p, "icalproperty_new_organizer");
	free(cn);

	for (i = 0; i < n->nto; i++) {
		v = invite_mailto(n->to[i].addr);
		cn = invite_clean_cn(n->to[i].name ? n->to[i].name :
		    n->to[i].addr);
		p = icalproperty_new_attendee(v);
		free(v);
		param(x, p, icalparameter_new_cn(cn), "icalparameter_new_cn");
		param(x, p, icalparameter_new_role(ICAL_ROLE_REQPARTICIPANT),
		    "icalparameter_new_role");
		param(x, p, icalparameter_new_partstat(
		    ICAL_PARTSTAT_NEEDSACTION), "icalparameter_new_partstat");
		param(x, p, icalparameter_new_rsvp(ICAL_RSVP_TRUE),
		    "icalparameter_new_rsvp");
		put(x, ev, p, "icalproperty_new_attendee");
		free(cn);
	}
}

static void
put_alarm(struct ictx *x, icalcomponent *ev, const char *text, int minutes)
{
	struct icaltriggertype	 tr;
	icalcomponent		*al;

	if ((al = icalcomponent_new_valarm()) == NULL) {
		fail(x, "icalcomponent_new_valarm");
		return;
	}
	memset(&tr, 0, sizeof(tr));
	tr.time = icaltime_null_time();
	tr.duration = icaldurationtype_from_int(-minutes * 60);
	put(x, al, icalproperty_new_action(ICAL_ACTION_DISPLAY),
	    "icalproperty_new_action");
	put(x, al, icalproperty_new_trigger(tr), "icalproperty_new_trigger");
	put(x, al, icalproperty_new_description(text),
	    "icalproperty_new_description");
	icalcomponent_add_component(ev, al);
}

static icalcomponent *
make_event(struct ictx *x, const struct notes *n, const struct config *cfg,
    time_t now)
{
	struct icaltimetype	 start, end, stamp;
	icalcomponent		*ev;
	char			*uid, *sum, *desc, *loc;

	if ((ev = icalcomponent_new_vevent()) == NULL) {
		fail(x, "icalcomponent_new_vevent");
		return NULL;
	}
	uid = invite_uid(n, cfg);
	put(x, ev, icalproperty_new_uid(uid), "icalproperty_new_uid");
	put(x, ev, icalproperty_new_sequence(invite_sequence(n->sent)),
	    "icalproperty_new_sequence");
	stamp = icaltime_from_timet_with_zone(now, 0,
	    icaltimezone_get_utc_timezone());
	put(x, ev, icalproperty_new_dtstamp(stamp), "icalproperty_new_dtstamp");
	event_times(n, cfg->length, &start, &end);
	put_time(x, ev, 0, start, n->tzid);
	put_time(x, ev, 1, end, n->tzid);

	sum = invite_summary(n);
	put(x, ev, icalproperty_new_summary(sum), "icalproperty_new_summary");
	loc = invite_clean(n->next->location);
	if (*loc != '\0')
		put(x, ev, icalproperty_new_location(loc),
		    "icalproperty_new_location");
	desc = invite_description(n);
	if (*desc != '\0')
		put(x, ev, icalproperty_new_description(desc),
		    "icalproperty_new_description");
	put(x, ev, icalproperty_new_status(n->next->cancel ?
	    ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED),
	    "icalproperty_new_status");
	put(x, ev, icalproperty_new_transp(ICAL_TRANSP_OPAQUE),
	    "icalproperty_new_transp");
	put_people(x, ev, n);
	if (cfg->reminder > 0 && !n->next->cancel)
		put_alarm(x, ev, sum, cfg->reminder);

	free(desc);
	free(loc);
	free(sum);
	free(uid);
	return ev;
}

/*
 * The latest onset of obs at or before the span's start (in last) and
 * the earliest inside the span (in first); null times when there is none.
 */
static void
onsets(icalcomponent *obs, const struct span *sp, struct icaltimetype *last,
    struct icaltimetype *first)
{
	struct icaltimetype	 start, t;
	icalrecur_iterator	*it;
	icalproperty		*p;
	int			 i;

	*last = *first = icaltime_null_time();
	start = icalcomponent_get_dtstart(obs);
	note(sp, start, last, first);
	for (p = icalcomponent_get_first_property(obs, ICAL_RDATE_PROPERTY);
	    p != NULL;
	    p = icalcomponent_get_next_property(obs, ICAL_RDATE_PROPERTY))
		note(sp, icalproperty_get_rdate(p).time, last, first);

	p = icalcomponent_get_first_property(obs, ICAL_RRULE_PROPERTY);
	if (p == NULL ||
	    (it = icalrecur_iterator_new(icalproperty_get_rrule(p), start)) ==
	    NULL)
		return;
	for (i = 0; i < MAX_ONSETS; i++) {
		t = icalrecur_iterator_next(it);
		if (icaltime_is_null_time(t) ||
		    icaltime_compare(t, sp->to) > 0)
			break;
		note(sp, t, last, first);
	}
	icalrecur_iterator_free(it);
}

static void
note(const struct span *sp, struct icaltimetype t, struct icaltimetype *last,
    struct icaltimetype *first)
{
	if (icaltime_is_null_time(t))
		return;
	if (icaltime_compare(t, sp->from) <= 0) {
		if (icaltime_is_null_time(*last) ||
		    icaltime_compare(t, *last) > 0)
			*last = t;
	} else if (icaltime_compare(t, sp->to) <= 0) {
		if (icaltime_is_null_time(*first) ||
		    icaltime_compare(t, *first) < 0)
			*first = t;
	}
}

/* A copy of obs whose onsets begin at t, one of its own onsets. */
static icalcomponent *
from_onset(struct ictx *x, icalcomponent *obs, struct icaltimetype t)
{
	icalcomponent	*c;
	icalproperty	*p, *next;

	if ((c = icalcomponent_new_clone(obs)) == NULL) {
		fail(x, "icalcomponent_new_clone");
		return NULL;
	}
	icalcomponent_set_dtstart(c, t);
	for (p = icalcomponent_get_first_property(c, ICAL_RDATE_PROPERTY);
	    p != NULL; p = next) {
		next = icalcomponent_get_next_property(c, ICAL_RDATE_PROPERTY);
		if (icaltime_compare(icalproperty_get_rdate(p).time, t) <= 0) {
			icalcomponent_remove_property(c, p);
			icalproperty_free(p);
		}
	}
	return c;
}

/*
 * An observance in force since long before the span and not starting
 * again inside it (India's since 1945), restated as starting where the
 * span does with no change of offset, so no old date is sent.
 */
static icalcomponent *
steady(struct ictx *x, icalcomponent *obs, struct icaltimetype t)
{
	icalcomponent	*c;
	icalproperty	*p;
	int		 off;

	p = icalcomponent_get_first_property(obs, ICAL_TZOFFSETTO_PROPERTY);
	if (p == NULL ||
	    (c = icalcomponent_new(icalcomponent_isa(obs))) == NULL) {
		fail(x, "icalcomponent_new");
		return NULL;
	}
	off = icalproperty_get_tzoffsetto(p);
	p = icalcomponent_get_first_property(obs, ICAL_TZNAME_PROPERTY);
	if (p != NULL)
		put(x, c, icalproperty_new_clone(p), "icalproperty_new_clone");
	put(x, c, icalproperty_new_tzoffsetfrom(off),
	    "icalproperty_new_tzoffsetfrom");
	put(x, c, icalproperty_new_tzoffsetto(off),
	    "icalproperty_new_tzoffsetto");
	put(x, c, icalproperty_new_dtstart(t), "icalproperty_new_dtstart");
	return c;
}

/* The observance in force when the span begins. */
static icalcomponent *
find_base(icalcomponent *src, const struct span *sp)
{
	struct icaltimetype	 last, first, best = icaltime_null_time();
	icalcomponent		*obs, *base = NULL;

	for (obs = icalcomponent_get_first_component(src, ICAL_ANY_COMPONENT);
	    obs != NULL;
	    obs = icalcomponent_get_next_component(src, ICAL_ANY_COMPONENT)) {
		onsets(obs, sp, &last, &first);
		if (!icaltime_is_null_time(last) &&
		    (base == NULL || icaltime_compare(last, best) > 0)) {
			base = obs;
			best = last;
		}
	}
	return base;
}

/*
 * libical's VTIMEZONE for tzid, cut down to the observances in force from
 * the year before the event to the end of its year, under the plain IANA
 * name.  The whole history (New York's goes back to 1883, with seconds in
 * its offsets) is what some clients choke on.
 */
static icalcomponent *
vtimezone(struct ictx *x, const char *tzid, struct icaltimetype start,
    struct icaltimetype end)
{
	struct icaltimetype	 last, first;
	struct span		 sp;
	icaltimezone		*zone;
	icalcomponent		*src, *vtz, *obs, *base;
	char			 call[128];

	snprintf(call, sizeof(call), "icaltimezone_get_builtin_timezone(%s)",
	    tzid);
	zone = icaltimezone_get_builtin_timezone(tzid);
	if (zone == NULL || (src = icaltimezone_get_component(zone)) == NULL ||
	    (vtz = icalcomponent_new_vtimezone()) == NULL) {
		fail(x, call);
		return NULL;
	}
	sp.from = sp.to = icaltime_null_time();
	sp.from.year = start.year - 1;
	sp.to.year = end.year + 1;
	sp.from.month = sp.to.month = sp.from.day = sp.to.day = 1;
	put(x, vtz, icalproperty_new_tzid(tzid), "icalproperty_new_tzid");

	/* The base is restated unless its own rule carries it on. */
	base = find_base(src, &sp);
	for (obs = icalcomponent_get_first_component(src, ICAL_ANY_COMPONENT);
	    obs != NULL;
	    obs = icalcomponent_get_next_component(src, ICAL_ANY_COMPONENT)) {
		onsets(obs, &sp, &last, &first);
		if (obs == base && !icaltime_is_null_time(first) &&
		    icalcomponent_get_first_property(obs,
		    ICAL_RRULE_PROPERTY) != NULL)
			first = last;
		else if (obs == base)
			icalcomponent_add_component(vtz, steady(x, obs,
			    sp.from));
		if (!icaltime_is_null_time(first))
			icalcomponent_add_component(vtz, from_onset(x, obs,
			    first));
	}
	if (icalcomponent_count_components(vtz, ICAL_ANY_COMPONENT) == 0)
		fail(x, call);
	return vtz;
}
