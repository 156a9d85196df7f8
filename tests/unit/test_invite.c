/*
 * test_invite.c: the invitation, checked line by line and by libical's
 * own parser: methods, zones, all-day and UTC times, cleaned and escaped
 * values, folding, and a UID and SEQUENCE that update rather than
 * duplicate the event.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libical/ical.h>

#include "config.h"
#include "invite.h"
#include "notes.h"
#include "util.h"

/* Thu 3 Dec 2026 14:20 -0500, the Date of the example notes. */
#define SENT	1796325600

struct icase {
	const char	*name;
	const char	*tzid;
	const char	*school;
	const char	*focus;		/* of the next touchpoint */
	const char	*coach;		/* coach's display name */
	const char	*leader;	/* leader's display name */
	int		 cancel;
	struct when	 when;
	/* wanted */
	const char	*method;
	const char	*dtstart;	/* the unfolded DTSTART line */
	const char	*dtend;
	const char	*summary;	/* the unfolded SUMMARY line */
	const char	*cn;		/* the leader's CN, as parsed back */
	int		 nobs;		/* most observances; 0: no VTIMEZONE */
};

/* Ten n-tildes (2 octets each), ten euro signs (3 octets each). */
#define ENES	"\xc3\xb1\xc3\xb1\xc3\xb1\xc3\xb1\xc3\xb1" \
		"\xc3\xb1\xc3\xb1\xc3\xb1\xc3\xb1\xc3\xb1"
#define EUROS	"\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac" \
		"\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac"

#define AT(y, m, d, s, e)	{ { y, m, d }, 1, s, e, 1 }
#define ALLDAY(y, m, d)		{ { y, m, d }, 0, 0, 0, 0 }

static const struct icase cases[] = {
	{ "request in New York", "America/New_York", "Lincoln Elementary",
	  "Tier 3 intake process", "Jordan Reyes", "Dr. Maria Lopez", 0,
	  AT(2027, 1, 14, 540, 600), "REQUEST",
	  "DTSTART;TZID=America/New_York:20270114T090000",
	  "DTEND;TZID=America/New_York:20270114T100000",
	  "SUMMARY:MTSS coaching: Lincoln Elementary \xe2\x80\x93 "
	  "Tier 3 intake process", "Dr. Maria Lopez", 2 },
	{ "cancel without a time", "America/New_York", "Lincoln", NULL,
	  "Jordan Reyes", NULL, 1, ALLDAY(0, 0, 0), "CANCEL",
	  "DTSTART;VALUE=DATE:20261203", "DTEND;VALUE=DATE:20261204",
	  "SUMMARY:MTSS coaching: Lincoln", "mlopez@lincoln.example.org", 0 },
	{ "cancel with a time", "America/New_York", "Lincoln", NULL,
	  "Jordan Reyes", NULL, 1, AT(2026, 12, 8, 900, 960), "CANCEL",
	  "DTSTART;TZID=America/New_York:20261208T150000",
	  "DTEND;TZID=America/New_York:20261208T160000",
	  "SUMMARY:MTSS coaching: Lincoln", "mlopez@lincoln.example.org", 2 },
	{ "all day", "America/New_York", NULL, NULL, NULL, "Dr. Lopez", 0,
	  ALLDAY(2026, 12, 17), "REQUEST",
	  "DTSTART;VALUE=DATE:20261217", "DTEND;VALUE=DATE:20261218",
	  "SUMMARY:MTSS coaching touchpoint", "Dr. Lopez", 0 },
	{ "UTC", NULL, "Lincoln", NULL, "Jordan", "Dr. Lopez", 0,
	  AT(2027, 1, 14, 840, 900), "REQUEST",
	  "DTSTART:20270114T140000Z", "DTEND:20270114T150000Z",
	  "SUMMARY:MTSS coaching: Lincoln", "Dr. Lopez", 0 },
	{ "Etc/UTC is UTC", "Etc/UTC", "Lincoln", NULL, "Jordan", "Lopez", 0,
	  AT(2027, 1, 14, 840, 900), "REQUEST",
	  "DTSTART:20270114T140000Z", "DTEND:20270114T150000Z",
	  "SUMMARY:MTSS coaching: Lincoln", "Lopez", 0 },
	{ "Phoenix, no DST", "America/Phoenix", "Kyrene", NULL, "Jordan",
	  "Lopez", 0, AT(2027, 3, 15, 540, 585), "REQUEST",
	  "DTSTART;TZID=America/Phoenix:20270315T090000",
	  "DTEND;TZID=America/Phoenix:20270315T094500",
	  "SUMMARY:MTSS coaching: Kyrene", "Lopez", 1 },
	{ "Kolkata, +0530", "Asia/Kolkata", "Kendriya", NULL, "Jordan",
	  "Lopez", 0, AT(2027, 7, 1, 600, 660), "REQUEST",
	  "DTSTART;TZID=Asia/Kolkata:20270701T100000",
	  "DTEND;TZID=Asia/Kolkata:20270701T110000",
	  "SUMMARY:MTSS coaching: Kendriya", "Lopez", 1 },
	{ "Sydney, southern DST", "Australia/Sydney", "Bondi", NULL,
	  "Jordan", "Lopez", 0, AT(2027, 4, 4, 120, 240), "REQUEST",
	  "DTSTART;TZID=Australia/Sydney:20270404T020000",
	  "DTEND;TZID=Australia/Sydney:20270404T040000",
	  "SUMMARY:MTSS coaching: Bondi", "Lopez", 2 },
	{ "past midnight", "America/New_York", "Night", NULL, "Jordan",
	  "Lopez", 0, AT(2026, 12, 31, 1410, 1470), "REQUEST",
	  "DTSTART;TZID=America/New_York:20261231T233000",
	  "DTEND;TZID=America/New_York:20270101T003000",
	  "SUMMARY:MTSS coaching: Night", "Lopez", 2 },
	{ "no end: default length", NULL, "Lincoln", NULL, "Jordan",
	  "Lopez", 0, AT(2027, 1, 14, 840, 0), "REQUEST",
	  "DTSTART:20270114T140000Z", "DTEND:20270114T150000Z",
	  "SUMMARY:MTSS coaching: Lincoln", "Lopez", 0 },
	{ "non-ASCII folded", "America/New_York", "Escuela Pe\xc3\xb1" "a",
	  "ni\xc3\xb1os y ni\xc3\xb1" "as: intervenci\xc3\xb3n de lectura, "
	  "se\xc3\xb1" "ales de progreso y pr\xc3\xb3ximos pasos",
	  "Jos\xc3\xa9 N\xc3\xba\xc3\xb1" "ez", "Se\xc3\xb1ora Mu\xc3\xb1oz",
	  0, AT(2027, 1, 14, 540, 600), "REQUEST",
	  "DTSTART;TZID=America/New_York:20270114T090000",
	  "DTEND;TZID=America/New_York:20270114T100000",
	  "SUMMARY:MTSS coaching: Escuela Pe\xc3\xb1" "a \xe2\x80\x93 "
	  "ni\xc3\xb1os y ni\xc3\xb1" "as: intervenci\xc3\xb3n de lectura\\, "
	  "se\xc3\xb1" "ales de progreso y pr\xc3\xb3ximos pasos",
	  "Se\xc3\xb1ora Mu\xc3\xb1oz", 2 },
	/* A fold at a fixed 75 octets would cut both runs mid-character. */
	{ "fold between multibyte runs", "America/New_York",
	  "Escuela Pe\xc3\xb1" "a", "x" ENES ENES ENES EUROS EUROS EUROS,
	  "Jordan", "Lopez", 0, AT(2027, 1, 14, 540, 600), "REQUEST",
	  "DTSTART;TZID=America/New_York:20270114T090000",
	  "DTEND;TZID=America/New_York:20270114T100000",
	  "SUMMARY:MTSS coaching: Escuela Pe\xc3\xb1" "a \xe2\x80\x93 "
	  "x" ENES ENES ENES EUROS EUROS EUROS, "Lopez", 2 },
	{ "double quote in CN", "America/New_York", "Lincoln", NULL,
	  "Jordan \"JR\" Reyes", "Maria \"Mari\" Lopez", 0,
	  AT(2027, 1, 14, 540, 600), "REQUEST",
	  "DTSTART;TZID=America/New_York:20270114T090000",
	  "DTEND;TZID=America/New_York:20270114T100000",
	  "SUMMARY:MTSS coaching: Lincoln", "Maria 'Mari' Lopez", 2 },
	{ "comma and semicolon", NULL, "Lincoln, North; East", "a\\b",
	  "Jordan", "Lopez", 0, AT(2027, 1, 14, 840, 900), "REQUEST",
	  "DTSTART:20270114T140000Z", "DTEND:20270114T150000Z",
	  "SUMMARY:MTSS coaching: Lincoln\\, North\\; East \xe2\x80\x93 "
	  "a\\\\b", "Lopez", 0 },
	{ "control characters and bad UTF-8", NULL, "Lin\001coln\177\r\n",
	  "bad \xff\xc3 byte", "Jor\033dan", "Lo\tpez", 0,
	  AT(2027, 1, 14, 840, 900), "REQUEST",
	  "DTSTART:20270114T140000Z", "DTEND:20270114T150000Z",
	  "SUMMARY:MTSS coaching: Lin coln    \xe2\x80\x93 bad "
	  "\xef\xbf\xbd\xef\xbf\xbd byte", "Lo pez", 0 },
};

static char	 address[] = "recap@district.example";
static char	 domain[] = "district.example";
static char	 zone[] = "America/New_York";
static struct config	 cfg = { .address = address, .domain = domain,
    .tzid = zone, .length = 60, .day_first = 0, .reminder = 15 };

static void	 fill(struct notes *, struct touchpoint *, struct person *,
		    struct action *, const struct icase *);
static char	*unfold(const char *);
static void	 check_line(const char *, const char *, const char *);
static void	 check_lines(const char *, const char *);
static void	 check_people(const char *, const char *);
static void	 check_zones(const char *, const char *, int);
static void	 check_parse(const char *, const char *, const char *);
static void	 check_offsets(icalcomponent *, const char *, int);
static void	 test_cases(void **);
static void	 test_uid(void **);
static void	 test_sequence(void **);
static void	 test_description_alarm(void **);
static void	 test_bad_zone(void **);
static int	 teardown(void **);

/* The example notes of the spec, with the case's variations. */
static void
fill(struct notes *n, struct touchpoint *tp, struct person *to,
    struct action *a, const struct icase *c)
{
	static char	 who[] = "Ms. Rivera", what[] = "share the calendar";
	static char	 focus[] = "Tier 2 grouping";
	static struct item item = { focus, 3 };

	memset(n, 0, sizeof(*n));
	memset(tp, 0, sizeof(*tp));
	memset(a, 0, sizeof(*a));
	n->coach.name = (char *)c->coach;
	n->coach.addr = (char *)"JReyes@District.example";
	to->name = (char *)c->leader;
	to->addr = (char *)"mlopez@lincoln.example.org";
	n->to = to;
	n->nto = 1;
	n->school = (char *)c->school;
	n->visit = (struct ymd){ 2026, 12, 3 };
	n->focus.v = &item;
	n->focus.n = 1;
	a->who = who;
	a->what = what;
	a->has_due = 1;
	a->due = (struct ymd){ 2026, 12, 11 };
	n->actions = a;
	n->nactions = 1;
	tp->cancel = c->cancel;
	tp->when = c->when;
	tp->location = (char *)"Lincoln main office";
	tp->focus = (char *)c->focus;
	n->next = tp;
	n->tzid = (char *)c->tzid;
	n->sent = SENT;
}

/* The calendar with its folds undone. */
static char *
unfold(const char *s)
{
	char	*u = xstrdup(s), *w = u;

	for (; *s != '\0'; s++) {
		if (s[0] == '\r' && s[1] == '\n' && s[2] == ' ') {
			s += 2;
			continue;
		}
		*w++ = *s;
	}
	*w = '\0';
	return u;
}

/* The first line in u named like want is want. */
static void
check_line(const char *name, const char *u, const char *want)
{
	const char	*l;
	char		 key[64];
	size_t		 n;

	snprintf(key, sizeof(key), "\r\n%.*s", (int)strcspn(want, ":;"),
	    want);
	if ((l = strstr(u, key)) == NULL)
		fail_msg("%s: got no %s line, want %s", name, key + 2, want);
	n = strcspn(l + 2, "\r");
	if (n != strlen(want) || strncmp(l + 2, want, n) != 0)
		fail_msg("%s: got %.*s, want %s", name, (int)n, l + 2, want);
}

/* CRLF everywhere, at most 75 octets a line, each line whole UTF-8. */
static void
check_lines(const char *name, const char *ics)
{
	const char	*p = ics, *e;
	size_t		 n;

	if (!utf8_valid(ics, strlen(ics)))
		fail_msg("%s: output is not valid UTF-8", name);
	for (; *p != '\0'; p = e + 2) {
		if ((e = strstr(p, "\r\n")) == NULL)
			fail_msg("%s: last line not CRLF: got \"%s\"", name, p);
		n = (size_t)(e - p);
		if (n > 75)
			fail_msg("%s: got a line of %zu octets, want <= 75: "
			    "%.*s", name, n, (int)n, p);
		if (!utf8_valid(p, n))
			fail_msg("%s: fold inside a UTF-8 character: %.*s",
			    name, (int)n, p);
		for (; p < e; p++)
			if ((unsigned char)*p < 0x20 || *p == 0x7f)
				fail_msg("%s: got control 0x%02x, want none",
				    name, (unsigned char)*p);
	}
}

/* The coach organizes in person; the leader is asked to answer. */
static void
check_people(const char *name, const char *ev)
{
	static const char *const want[] = {
		":mailto:JReyes@District.example\r\n",
		";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
		    "mailto:mlopez@lincoln.example.org\r\n",
		"\r\nORGANIZER;CN=",
		"\r\nATTENDEE;CN=",
	};
	size_t	 i;

	for (i = 0; i < sizeof(want) / sizeof(want[0]); i++)
		if (strstr(ev, want[i]) == NULL)
			fail_msg("%s: got no %s, want one", name, want[i]);
	if (strstr(ev, "SENT-BY") != NULL)
		fail_msg("%s: got SENT-BY, want none", name);
}

/*
 * Every TZID used has its VTIMEZONE under that very name, trimmed: at
 * most nobs observances, none starting before 2000, no seconds offsets.
 */
static void
check_zones(const char *name, const char *u, int nobs)
{
	const char	*p, *z, *ze;
	char		 tzid[128], want[160];
	int		 n = 0;
	size_t		 len;

	for (p = strstr(u, "TZID="); p != NULL; p = strstr(p + 5, "TZID=")) {
		len = strcspn(p + 5, ":;");
		snprintf(tzid, sizeof(tzid), "%.*s", (int)len, p + 5);
		snprintf(want, sizeof(want), "\r\nTZID:%s\r\n", tzid);
		if (strcmp(tzid, "UTC") == 0 || strstr(u, want) == NULL)
			fail_msg("%s: TZID=%s used, want its VTIMEZONE", name,
			    tzid);
	}
	if ((z = strstr(u, "BEGIN:VTIMEZONE")) == NULL) {
		if (nobs != 0)
			fail_msg("%s: got no VTIMEZONE, want one", name);
		return;
	}
	ze = strstr(z, "END:VTIMEZONE");
	for (p = z; (p = strstr(p, "\r\nDTSTART:")) != NULL && p < ze; p++)
		if (atoi(p + 10) / 10000 < 2000)
			fail_msg("%s: got observance from %.8s, want >= 2000",
			    name, p + 10);
	for (p = z; (p = strstr(p, "\r\nBEGIN:")) != NULL && p < ze; p++)
		n++;
	for (p = z; (p = strstr(p, "TZOFFSET")) != NULL && p < ze; p++)
		if (strcspn(strchr(p, ':') + 1, "\r") != 5)
			fail_msg("%s: got offset %.20s, want +hhmm", name, p);
	if (n < 1 || n > nobs || strstr(u, "freeassociation") != NULL)
		fail_msg("%s: got %d observances, want 1 to %d and a plain "
		    "TZID", name, n, nobs);
}

/*
 * libical reads the calendar back without errors, and its view of the
 * UID, DTSTART, SUMMARY and the leader's CN is what we meant.
 */
static void
check_parse(const char *name, const char *ics, const char *cn)
{
	icalcomponent	*cal, *ev;
	icalproperty	*p;
	const char	*got;
	int		 errs;

	if ((cal = icalcomponent_new_from_string(ics)) == NULL)
		fail_msg("%s: icalcomponent_new_from_string failed", name);
	if ((errs = icalcomponent_count_errors(cal)) != 0)
		fail_msg("%s: got %d X-LIC-ERROR, want 0", name, errs);
	ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
	assert_non_null(ev);
	p = icalcomponent_get_first_property(ev, ICAL_ATTENDEE_PROPERTY);
	assert_non_null(p);
	got = icalproperty_get_parameter_as_string(p, "CN");
	if (got == NULL || strcmp(got, cn) != 0)
		fail_msg("%s: got CN %s, want %s", name, got ? got : "none",
		    cn);
	if (strstr(ics, "^'") != NULL)
		fail_msg("%s: got ^' (RFC 6868), want '", name);
	if (icalcomponent_get_first_component(cal,
	    ICAL_VTIMEZONE_COMPONENT) != NULL)
		check_offsets(cal, name, icalcomponent_get_dtstart(ev).year);
	icalcomponent_free(cal);
}

/*
 * The trimmed zone gives the same UTC offset as the full one at noon on
 * every day of the event's year, across both changes of offset.
 */
static void
check_offsets(icalcomponent *cal, const char *name, int year)
{
	struct icaltimetype	 t = icaltime_null_time();
	icalcomponent		*vtz;
	icaltimezone		*mine, *full;
	int			 i, dst, got, want;

	vtz = icalcomponent_get_first_component(cal,
	    ICAL_VTIMEZONE_COMPONENT);
	mine = icaltimezone_new();
	assert_true(icaltimezone_set_component(mine,
	    icalcomponent_new_clone(vtz)));
	full = icaltimezone_get_builtin_timezone(
	    icaltimezone_get_tzid(mine));
	assert_non_null(full);
	for (i = 0; i < 366; i++) {
		t.year = year, t.month = 1, t.day = 1 + i, t.hour = 12;
		t = icaltime_normalize(t);
		got = icaltimezone_get_utc_offset(mine, &t, &dst);
		want = icaltimezone_get_utc_offset(full, &t, &dst);
		if (got != want)
			fail_msg("%s: %04d-%02d-%02d: got offset %d, want %d",
			    name, t.year, t.month, t.day, got, want);
	}
	icaltimezone_free(mine, 1);
}

static void
test_cases(void **state)
{
	const struct icase	*c;
	struct notes		 n;
	struct touchpoint	 tp;
	struct person		 to;
	struct action		 a;
	const char		*method = NULL, *ev;
	char			*ics, *u, *uid, err[256], line[128];

	for (c = cases; c < cases + sizeof(cases) / sizeof(cases[0]); c++) {
		fill(&n, &tp, &to, &a, c);
		ics = invite_make(&n, &cfg, SENT + 60, &method, err,
		    sizeof(err));
		if (ics == NULL)
			fail_msg("%s: got NULL (%s), want a calendar", c->name,
			    err);
		if (strcmp(method, c->method) != 0)
			fail_msg("%s: got method %s, want %s", c->name, method,
			    c->method);
		check_lines(c->name, ics);
		u = unfold(ics);
		ev = strstr(u, "BEGIN:VEVENT");
		assert_non_null(ev);
		check_line(c->name, ev, c->dtstart);
		check_line(c->name, ev, c->dtend);
		check_line(c->name, ev, c->summary);
		check_line(c->name, ev, c->cancel ? "STATUS:CANCELLED" :
		    "STATUS:CONFIRMED");
		check_line(c->name, ev, "DTSTAMP:20261203T192100Z");
		snprintf(line, sizeof(line), "METHOD:%s", c->method);
		check_line(c->name, u, line);
		check_people(c->name, ev);
		uid = invite_uid(&n, &cfg);
		snprintf(line, sizeof(line), "UID:%s", uid);
		check_line(c->name, ev, line);
		free(uid);
		check_zones(c->name, u, c->nobs);
		check_parse(c->name, ics, c->cn);
		free(u);
		free(ics);
	}
}

/* Same coach, school and visit: same UID, however they are typed. */
static void
test_uid(void **state)
{
	static const struct {
		const char	*name;
		const char	*addr, *school;
		struct ymd	 visit;
		int		 same;
	} cases2[] = {
		{ "as first sent", "jreyes@district.example", "Lincoln",
		  { 2026, 12, 3 }, 1 },
		{ "case and blanks", "JREYES@District.Example", " lincoln\t",
		  { 2026, 12, 3 }, 1 },
		{ "other school", "jreyes@district.example", "Lincoln High",
		  { 2026, 12, 3 }, 0 },
		{ "other visit", "jreyes@district.example", "Lincoln",
		  { 2026, 12, 10 }, 0 },
		{ "other coach", "akim@district.example", "Lincoln",
		  { 2026, 12, 3 }, 0 },
	};
	struct notes	 n;
	char		*first, *uid;
	size_t		 i;

	memset(&n, 0, sizeof(n));
	first = NULL;
	for (i = 0; i < sizeof(cases2) / sizeof(cases2[0]); i++) {
		n.coach.addr = (char *)cases2[i].addr;
		n.school = (char *)cases2[i].school;
		n.visit = cases2[i].visit;
		uid = invite_uid(&n, &cfg);
		if (first == NULL)
			first = xstrdup(uid);
		if ((strcmp(uid, first) == 0) != cases2[i].same)
			fail_msg("%s: got %s against %s, want %s",
			    cases2[i].name, uid, first,
			    cases2[i].same ? "equal" : "different");
		if (strncmp(uid, "mtss-", 5) != 0 || strlen(uid) != 5 + 16 +
		    strlen("@district.example"))
			fail_msg("%s: got UID %s, want mtss-<16 hex>@domain",
			    cases2[i].name, uid);
		free(uid);
	}
	free(first);
}

/* A later resend has a larger SEQUENCE; before 2020 it is 0. */
static void
test_sequence(void **state)
{
	static const struct {
		time_t	 sent;
		int	 want;
	} cases2[] = {
		{ 0, 0 },
		{ 1577836799, 0 },
		{ 1577836800, 0 },
		{ 1577836801, 1 },
		{ SENT, SENT - 1577836800 },
		{ SENT + 60, SENT + 60 - 1577836800 },
	};
	struct notes		 n;
	struct touchpoint	 tp;
	struct person		 to;
	struct action		 a;
	icalcomponent		*cal;
	const char		*method;
	char			*ics, err[256];
	int			 got, prev = -1;
	size_t			 i;

	for (i = 0; i < sizeof(cases2) / sizeof(cases2[0]); i++) {
		fill(&n, &tp, &to, &a, &cases[0]);
		n.sent = cases2[i].sent;
		ics = invite_make(&n, &cfg, SENT, &method, err, sizeof(err));
		assert_non_null(ics);
		cal = icalcomponent_new_from_string(ics);
		assert_non_null(cal);
		got = icalcomponent_get_sequence(
		    icalcomponent_get_first_component(cal,
		    ICAL_VEVENT_COMPONENT));
		if (got != cases2[i].want)
			fail_msg("sent %lld: got SEQUENCE %d, want %d",
			    (long long)cases2[i].sent, got, cases2[i].want);
		if (cases2[i].want > 0 && got <= prev)
			fail_msg("sent %lld: got SEQUENCE %d, want > %d",
			    (long long)cases2[i].sent, got, prev);
		prev = got;
		icalcomponent_free(cal);
		free(ics);
	}
}

/* The DESCRIPTION lists focus and actions; the alarm only on a REQUEST. */
static void
test_description_alarm(void **state)
{
	static const struct {
		const char	*name;
		int		 cancel, reminder, has_due;
		const char	*who, *due_text, *due_note;
		const char	*desc, *alarm;
	} cases2[] = {
		{ "request", 0, 15, 1, "Ms. Rivera", NULL, NULL,
		  "DESCRIPTION:Focus of the visit:\\n- Tier 2 grouping\\n"
		  "Action items:\\n- Ms. Rivera: share the calendar (by "
		  "Friday\\, December 11)", "TRIGGER:-PT15M" },
		{ "due with a note", 0, 15, 1, "Jo", "Fri EOD", "EOD",
		  "DESCRIPTION:Focus of the visit:\\n- Tier 2 grouping\\n"
		  "Action items:\\n- Jo: share the calendar (by Friday\\, "
		  "December 11\\, EOD)", "TRIGGER:-PT15M" },
		{ "no who, due as written", 0, 30, 0, NULL, "next week", NULL,
		  "DESCRIPTION:Focus of the visit:\\n- Tier 2 grouping\\n"
		  "Action items:\\n- share the calendar (by next week)",
		  "TRIGGER:-PT30M" },
		{ "no reminder", 0, 0, 0, "Jo", NULL, NULL,
		  "DESCRIPTION:Focus of the visit:\\n- Tier 2 grouping\\n"
		  "Action items:\\n- Jo: share the calendar", NULL },
		{ "cancel", 1, 15, 0, "Jo", NULL, NULL,
		  "DESCRIPTION:Focus of the visit:\\n- Tier 2 grouping\\n"
		  "Action items:\\n- Jo: share the calendar", NULL },
	};
	struct config		 c2 = cfg;
	struct notes		 n;
	struct touchpoint	 tp;
	struct person		 to;
	struct action		 a;
	const char		*method;
	char			*ics, *u, err[256];
	size_t			 i;

	for (i = 0; i < sizeof(cases2) / sizeof(cases2[0]); i++) {
		fill(&n, &tp, &to, &a, &cases[0]);
		tp.cancel = cases2[i].cancel;
		c2.reminder = cases2[i].reminder;
		a.has_due = cases2[i].has_due;
		a.who = (char *)cases2[i].who;
		a.due_text = (char *)cases2[i].due_text;
		a.due_note = (char *)cases2[i].due_note;
		ics = invite_make(&n, &c2, SENT, &method, err, sizeof(err));
		assert_non_null(ics);
		u = unfold(ics);
		check_line(cases2[i].name, strstr(u, "BEGIN:VEVENT"),
		    cases2[i].desc);
		if (cases2[i].alarm != NULL)
			check_line(cases2[i].name, u, cases2[i].alarm);
		else if (strstr(u, "BEGIN:VALARM") != NULL)
			fail_msg("%s: got a VALARM, want none", cases2[i].name);
		free(u);
		free(ics);
	}
}

/* An unknown zone is an error naming the libical call. */
static void
test_bad_zone(void **state)
{
	static const struct icase	 c = { "bad zone", "Mars/Olympus", "X",
	    NULL, "J", "L", 0, AT(2027, 1, 14, 540, 600), NULL, NULL, NULL,
	    NULL, NULL, 0 };
	struct notes		 n;
	struct touchpoint	 tp;
	struct person		 to;
	struct action		 a;
	const char		*method = NULL;
	char			*ics, err[256] = "";

	fill(&n, &tp, &to, &a, &c);
	ics = invite_make(&n, &cfg, SENT, &method, err, sizeof(err));
	if (ics != NULL || strstr(err, "icaltimezone_get_builtin_timezone") ==
	    NULL)
		fail_msg("got %s with err \"%s\", want NULL and the call named",
		    ics ? "a calendar" : "NULL", err);
	free(ics);
}

static int
teardown(void **state)
{
	icaltimezone_free_builtin_timezones();
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cases),
		cmocka_unit_test(test_uid),
		cmocka_unit_test(test_sequence),
		cmocka_unit_test(test_description_alarm),
		cmocka_unit_test(test_bad_zone),
	};

	return cmocka_run_group_tests(tests, NULL, teardown);
}
