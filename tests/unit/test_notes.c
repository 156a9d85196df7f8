/*
 * test_notes.c: what the coach's notes mean, line form by line form.
 *
 * The cases are in notes_cases.c; here each is mailed, read by
 * notes_parse, and the part it is about written out by dump() as text
 * to compare with the case's want.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "config.h"
#include "notes.h"
#include "util.h"

#include "notes_cases.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static time_t	 sent_at(void);
static struct notes *run(const char *body, const char *subject, int dated);
static struct notes *run_as(const struct config *, const char *from,
		    const char *body, const char *subject, int dated);
static char	*dump(const struct notes *, const char *part);
static void	 dump_items(struct buf *, const struct items *);
static void	 dump_actions(struct buf *, const struct notes *);
static void	 dump_next(struct buf *, const struct touchpoint *);
static void	 dump_diags(struct buf *, const struct diags *);
static void	 dump_day(struct buf *, const struct ymd *);
static void	 dump_people(struct buf *, const struct person *, size_t);
static int	 check(const char *name, const struct notes *,
		    const char *part, const char *want);
static char	*dates_says(const char *phrase, int scan);
static char	*fill(const char *want, const char *err);

static time_t
sent_at(void)
{
	struct ymd	 d = { 2026, 12, 3 };

	/* Thu, 3 Dec 2026 14:20:00 -0500 */
	return (time_t)ymd_days(&d) * 86400 + 19 * 3600 + 20 * 60;
}

static struct notes *
run(const char *body, const char *subject, int dated)
{
	static char	 tzid[] = "America/New_York";
	struct config	 cfg;

	memset(&cfg, 0, sizeof(cfg));
	cfg.tzid = tzid;
	cfg.length = 60;
	cfg.day_first = 0;
	return run_as(&cfg, NULL, body, subject, dated);
}

/* From "Jordan Reyes" <jreyes@...>, or "JR" <from>. */
static struct notes *
run_as(const struct config *cfg, const char *from, const char *body,
    const char *subject, int dated)
{
	struct mail_in	 m;
	struct notes	*n;

	memset(&m, 0, sizeof(m));
	m.from.name = xstrdup(from ? "JR" : "Jordan Reyes");
	m.from.addr = xstrdup(from ? from : "jreyes@district.example");
	m.subject = subject ? xstrdup(subject) : NULL;
	m.date = dated ? sent_at() : 0;
	m.has_date = dated;
	m.body = xstrdup(body);
	n = notes_parse(&m, cfg);
	free(m.from.name);
	free(m.from.addr);
	free(m.body);
	free(m.subject);
	return n;
}

static char *
dump(const struct notes *n, const char *part)
{
	struct buf	 b;

	buf_init(&b);
	if (strcmp(part, "to") == 0)
		dump_people(&b, n->to, n->nto);
	else if (strcmp(part, "cc") == 0)
		dump_people(&b, n->cc, n->ncc);
	else if (strcmp(part, "coach") == 0)
		dump_people(&b, &n->coach, 1);
	else if (strcmp(part, "greeting") == 0)
		buf_puts(&b, n->greeting ? n->greeting : "(null)");
	else if (strcmp(part, "school") == 0)
		buf_puts(&b, n->school ? n->school : "(null)");
	else if (strcmp(part, "signature") == 0)
		buf_puts(&b, n->signature ? n->signature : "(null)");
	else if (strcmp(part, "tzid") == 0)
		buf_puts(&b, n->tzid ? n->tzid : "(UTC)");
	else if (strcmp(part, "visit") == 0)
		dump_day(&b, &n->visit);
	else if (strcmp(part, "focus") == 0)
		dump_items(&b, &n->focus);
	else if (strcmp(part, "bright") == 0)
		dump_items(&b, &n->bright);
	else if (strcmp(part, "consider") == 0)
		dump_items(&b, &n->consider);
	else if (strcmp(part, "actions") == 0)
		dump_actions(&b, n);
	else if (strcmp(part, "next") == 0)
		dump_next(&b, n->next);
	else if (strcmp(part, "diags") == 0)
		dump_diags(&b, &n->diag);
	else if (strcmp(part, "all") == 0) {
		buf_puts(&b, "focus=");
		dump_items(&b, &n->focus);
		buf_puts(&b, ";bright=");
		dump_items(&b, &n->bright);
		buf_puts(&b, ";consider=");
		dump_items(&b, &n->consider);
		buf_puts(&b, ";actions=");
		dump_actions(&b, n);
		buf_puts(&b, ";diags=");
		dump_diags(&b, &n->diag);
	}
	return buf_steal(&b);
}

static void
dump_people(struct buf *b, const struct person *p, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		buf_puts(b, i > 0 ? ", " : "");
		if (p[i].name != NULL)
			buf_printf(b, "%s <%s>", p[i].name, p[i].addr);
		else
			buf_puts(b, p[i].addr);
	}
}

static void
dump_items(struct buf *b, const struct items *v)
{
	size_t	 i;

	for (i = 0; i < v->n; i++)
		buf_printf(b, "[%s]", v->v[i].text);
}

/*
 * [who][what][due 'as written' (note)], "-" for what is missing, "?"
 * unread.
 */
static void
dump_actions(struct buf *b, const struct notes *n)
{
	const struct action	*a;
	size_t			 i;

	for (i = 0; i < n->nactions; i++) {
		a = &n->actions[i];
		buf_printf(b, "[%s][%s][", a->who ? a->who : "-", a->what);
		if (a->has_due)
			dump_day(b, &a->due);
		else
			buf_puts(b, a->due_text ? "?" : "-");
		if (a->due_text != NULL)
			buf_printf(b, " '%s'", a->due_text);
		if (a->due_note != NULL)
			buf_printf(b, " (%s)", a->due_note);
		buf_puts(b, "]");
	}
}

static void
dump_next(struct buf *b, const struct touchpoint *t)
{
	if (t == NULL) {
		buf_puts(b, "none");
		return;
	}
	if (t->cancel)
		buf_puts(b, t->when.day.y ? "cancel " : "cancel");
	if (t->when.day.y)
		dump_day(b, &t->when.day);
	if (t->when.has_time)
		buf_printf(b, " %02d:%02d-%02d:%02d", t->when.start / 60,
		    t->when.start % 60, t->when.end / 60, t->when.end % 60);
	if (t->location != NULL)
		buf_printf(b, " @%s", t->location);
	if (t->focus != NULL)
		buf_printf(b, ", %s", t->focus);
}

/*
 * The notes of most cases are a line or two with nothing for a recap;
 * that they are empty (test_limits.c checks the error) is not what
 * they test, so that error is left out.
 */
static void
dump_diags(struct buf *b, const struct diags *d)
{
	size_t	 i;
	int	 first = 1;

	for (i = 0; i < d->n; i++) {
		if (strncmp(d->v[i].msg, "the notes are empty", 19) == 0)
			continue;
		buf_printf(b, "%sL%d %c %s", first ? "" : "\n", d->v[i].line,
		    d->v[i].sev == SEV_ERROR ? 'E' : 'W', d->v[i].msg);
		first = 0;
	}
}

static void
dump_day(struct buf *b, const struct ymd *d)
{
	buf_printf(b, "%04d-%02d-%02d", d->y, d->m, d->d);
}

static int
check(const char *name, const struct notes *n, const char *part,
    const char *want)
{
	char	*got = dump(n, part);
	int	 ok = strcmp(got, want) == 0;

	if (!ok)
		print_error("%s: %s: got\n\t%s\nwant\n\t%s\n", name, part, got,
		    want);
	free(got);
	return ok;
}

/* What the dates step says of a wrong phrase, as of the visit. */
static char *
dates_says(const char *phrase, int scan)
{
	struct ymd		 visit = { 2026, 12, 3 };
	struct date_opts	 o = { 0, 60 };
	struct when		 w;
	char			 err[256] = "";
	size_t			 used;
	int			 r;

	if (scan)
		r = dates_scan(phrase, &visit, &o, &w, &used, err,
		    sizeof(err));
	else
		r = dates_parse(phrase, &visit, &o, &w, err, sizeof(err));
	if (r != DATES_BAD)
		print_error("dates: '%s': got %d, want DATES_BAD\n", phrase, r);
	return xstrdup(err);
}

/* want with its %s replaced by err. */
static char *
fill(const char *want, const char *err)
{
	const char	*p = strstr(want, "%s");

	if (p == NULL)
		return xstrdup(want);
	return xasprintf("%.*s%s%s", (int)(p - want), want, err, p + 2);
}

static void
test_examples(void **state)
{
	const struct example	*e;
	const struct want	*w;
	struct notes		*n;
	size_t			 i;
	int			 bad = 0;

	(void)state;
	for (e = examples; e < examples + nexamples; e++) {
		n = run(e->body, e->subject, 1);
		for (i = 0; i < NELEM(e->want) && e->want[i].part; i++) {
			w = &e->want[i];
			bad += !check(e->name, n, w->part, w->text);
		}
		notes_free(n);
	}
	assert_int_equal(bad, 0);
}

static void
test_lines(void **state)
{
	const struct line_case	*c;
	struct notes		*n;
	int			 bad = 0;

	(void)state;
	for (c = line_cases; c < line_cases + nline_cases; c++) {
		n = run(c->body, c->subject ? c->subject : SUBJECT, 1);
		bad += !check(c->name, n, c->part, c->want);
		notes_free(n);
	}
	assert_int_equal(bad, 0);
}

static void
test_diags(void **state)
{
	const struct diag_case	*c;
	struct notes		*n;
	char			*err, *want;
	int			 bad = 0;

	(void)state;
	for (c = diag_cases; c < diag_cases + ndiag_cases; c++) {
		n = run(c->body, strcmp(c->name, "no school") ? SUBJECT :
		    NULL, 1);
		if (c->phrase != NULL) {
			err = dates_says(c->phrase, c->scan);
			want = fill(c->want, err);
			free(err);
		} else
			want = xstrdup(c->want);
		bad += !check(c->name, n, "diags", want);
		free(want);
		notes_free(n);
	}
	assert_int_equal(bad, 0);
}

/* With no Date header the visit is today, and the coach is told. */
static void
test_no_date(void **state)
{
	struct notes	*n;
	struct tm	 tm;
	time_t		 now = time(NULL);
	char		*want;

	(void)state;
	n = run(TO "Focus: x\n", SUBJECT, 0);
	localtime_r(&now, &tm);
	want = xasprintf("%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1,
	    tm.tm_mday);
	assert_true(check("no Date", n, "visit", want));
	assert_int_equal(n->diag.n, 1);
	assert_int_equal(n->diag.v[0].line, 0);
	assert_int_equal(n->diag.v[0].sev, SEV_WARNING);
	assert_non_null(strstr(n->diag.v[0].msg, "no Date header"));
	free(want);
	notes_free(n);
}

/* The day of the Date header is the coach's, not UTC's. */
static void
test_zone(void **state)
{
	struct mail_in	 m;
	struct notes	*n;
	static char	 addr[] = "j@d.org", body[] = TO;

	(void)state;
	memset(&m, 0, sizeof(m));
	m.from.addr = addr;
	m.body = body;
	m.has_date = 1;
	m.date = sent_at() + 8 * 3600;	/* 03:20 UTC on Dec 4 */
	n = notes_parse(&m, NULL);
	assert_true(check("zone", n, "visit", "2026-12-03"));
	assert_null(n->tzid);
	notes_free(n);
}

/* A Subject too long for a school's name names none, and says so. */
static void
test_long_subject(void **state)
{
	static const char want[] = "L0 W the Subject is 121 characters, too "
	    "long for a school's name, so none is named; add a line such as "
	    "'School: Lincoln Elementary'";
	struct notes	*n;
	char		 subject[200];

	(void)state;
	memset(subject, 'a', 121);
	subject[121] = '\0';
	n = run(TO "Focus: x\n", subject, 1);
	assert_true(check("long subject", n, "diags", want));
	assert_null(n->school);
	notes_free(n);

	/* 120 is still a name. */
	subject[120] = '\0';
	n = run(TO "Focus: x\n", subject, 1);
	assert_true(check("subject of 120", n, "diags", ""));
	notes_free(n);
}

/* A day with no time is all day, or starts at the default-time set. */
static void
test_default_time(void **state)
{
	static const struct {
		int		 untimed_at;	/* -1: all day */
		const char	*next;
		const char	*want;
	} cases[] = {
		{ -1, "in 2 weeks", "2026-12-17" },
		{ 15 * 60 + 30, "in 2 weeks", "2026-12-17 15:30-16:15" },
		{ 15 * 60 + 30, "Dec 17 9am", "2026-12-17 09:00-09:45" },
		{ 15 * 60 + 30, "cancel", "cancel" },
		{ 15 * 60 + 30, "cancel Dec 17", "cancel 2026-12-17" },
	};
	static char	 tzid[] = "America/New_York";
	struct config	 cfg;
	struct notes	*n;
	char		 body[128];
	size_t		 i;
	int		 bad = 0;

	(void)state;
	memset(&cfg, 0, sizeof(cfg));
	cfg.tzid = tzid;
	cfg.length = 45;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		cfg.untimed = cases[i].untimed_at >= 0;
		cfg.untimed_at = cases[i].untimed_at;
		snprintf(body, sizeof(body), TO "Focus: x\nNext: %s\n",
		    cases[i].next);
		n = run_as(&cfg, NULL, body, SUBJECT, 1);
		bad += !check(cases[i].next, n, "next", cases[i].want);
		notes_free(n);
	}
	assert_int_equal(bad, 0);
}

/* The cases of notes_dircases.c, under its directory. */
static void
test_directory(void **state)
{
	const struct dir_case	*c;
	struct config		 cfg;
	struct notes		*n;
	char			 path[] = "/tmp/test_notes.XXXXXX", err[512];
	int			 fd, bad = 0;

	(void)state;
	assert_true((fd = mkstemp(path)) >= 0);
	assert_int_equal(write(fd, notes_directory, strlen(notes_directory)),
	    (int)strlen(notes_directory));
	close(fd);
	config_init(&cfg);
	if (config_load(&cfg, path, err, sizeof(err)) != 0)
		fail_msg("directory: got error '%s', want none", err);
	unlink(path);
	for (c = dir_cases; c < dir_cases + ndir_cases; c++) {
		n = run_as(&cfg, c->from, c->body, c->subject ? c->subject :
		    SUBJECT, 1);
		bad += !check(c->name, n, c->part, c->want);
		notes_free(n);
	}
	config_free(&cfg);
	assert_int_equal(bad, 0);
}

static int
setup(void **state)
{
	(void)state;
	setenv("TZ", "America/New_York", 1);
	tzset();
	return 0;
}

int
main(void)
{
	const struct CMUnitTest	 tests[] = {
		cmocka_unit_test(test_examples),
		cmocka_unit_test(test_lines),
		cmocka_unit_test(test_diags),
		cmocka_unit_test(test_no_date),
		cmocka_unit_test(test_zone),
		cmocka_unit_test(test_default_time),
		cmocka_unit_test(test_long_subject),
		cmocka_unit_test(test_directory),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
