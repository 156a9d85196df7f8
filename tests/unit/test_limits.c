/*
 * test_limits.c: the bounds of the notes step (src/notes_limits.h):
 * notes just within each limit read as before; one past it gets a
 * SEV_ERROR naming the line, and the recap is refused.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "config.h"
#include "notes.h"
#include "util.h"

#include "../../src/notes_limits.h"

enum shape { LINES, LONG_LINE, BRIGHT, ACTIONS, PEOPLE };

struct limit_case {
	const char	*name;
	enum shape	 shape;
	int		 count;		/* lines, bytes, items or people */
	int		 want_line;	/* of the error; -1: no limit error */
	const char	*want;		/* in its message */
};

static const struct limit_case cases[] = {
	{ "5000 lines", LINES, NOTES_MAX_LINES, -1, NULL },
	{ "5001 lines", LINES, NOTES_MAX_LINES + 1, NOTES_MAX_LINES + 1,
	  "past 5000 lines" },
	{ "a line of 2000 bytes", LONG_LINE, NOTES_MAX_VALUE, -1, NULL },
	{ "a line of 2001 bytes", LONG_LINE, NOTES_MAX_VALUE + 1, 3,
	  "line 3 is 2001 bytes long" },
	{ "200 bright spots", BRIGHT, NOTES_MAX_ITEMS, -1, NULL },
	{ "201 bright spots", BRIGHT, NOTES_MAX_ITEMS + 1,
	  NOTES_MAX_ITEMS + 4, "201 items of bright spots" },
	{ "200 actions", ACTIONS, NOTES_MAX_ACTIONS, -1, NULL },
	{ "201 actions", ACTIONS, NOTES_MAX_ACTIONS + 1,
	  NOTES_MAX_ACTIONS + 4, "201 action items" },
	{ "100 leaders", PEOPLE, NOTES_MAX_PEOPLE, -1, NULL },
	{ "101 leaders", PEOPLE, NOTES_MAX_PEOPLE + 1, 0,
	  "101 addresses in To and Cc" },
};

/* Notes with nothing to put in a recap are refused; any item will do. */
static const struct {
	const char	*body;
	int		 empty;		/* the error wanted */
} empties[] = {
	{ "", 1 },
	{ "To: Dr. Lopez <mlopez@lincoln.example.org>\nVisit: Dec 3\n", 1 },
	{ "Great visit today!\n", 1 },
	{ "Focus: Tier 2 grouping\n", 0 },
	{ "+ the data meeting ran on time\n", 0 },
	{ "~ tighten progress monitoring\n", 0 },
	{ "Actions:\n- Jordan / share the plan / Friday\n", 0 },
	{ "Next: Jan 14 9am\n", 0 },
	{ "Next: cancel\n", 0 },
};

static char	*body_of(enum shape, int);
static const struct diag *limit_error(const struct notes *);

static char	 from_name[] = "Jordan Reyes";
static char	 from_addr[] = "jreyes@district.example";

static void
test_limits(void **state)
{
	const struct limit_case	*c;
	const struct diag	*d;
	struct config		 cfg;
	struct mail_in		 m;
	struct notes		*n;
	size_t			 i;

	config_init(&cfg);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		c = &cases[i];
		memset(&m, 0, sizeof(m));
		m.from.name = from_name;
		m.from.addr = from_addr;
		m.body = body_of(c->shape, c->count);
		n = notes_parse(&m, &cfg);
		d = limit_error(n);
		if (c->want == NULL && d != NULL)
			fail_msg("%s: got \"%s\", want no limit error",
			    c->name, d->msg);
		if (c->want != NULL && (d == NULL || d->line != c->want_line ||
		    strstr(d->msg, c->want) == NULL))
			fail_msg("%s: got %d \"%s\", want line %d \"%s\"",
			    c->name, d ? d->line : -1, d ? d->msg : "(none)",
			    c->want_line, c->want);
		notes_free(n);
		free(m.body);
	}
	config_free(&cfg);
}

static void
test_empty(void **state)
{
	struct config	 cfg;
	struct mail_in	 m;
	struct notes	*n;
	size_t		 i, k;
	int		 got, line;

	config_init(&cfg);
	for (i = 0; i < sizeof(empties) / sizeof(empties[0]); i++) {
		memset(&m, 0, sizeof(m));
		m.from.name = from_name;
		m.from.addr = from_addr;
		m.body = xstrdup(empties[i].body);
		n = notes_parse(&m, &cfg);
		for (got = 0, line = -1, k = 0; k < n->diag.n; k++)
			if (n->diag.v[k].sev == SEV_ERROR && strstr(n->diag.
			    v[k].msg, "the notes are empty") != NULL)
				got = 1, line = n->diag.v[k].line;
		if (got != empties[i].empty || (got && line != 0))
			fail_msg("\"%s\": got %s (line %d), want %s",
			    empties[i].body, got ? "the empty error" :
			    "no empty error", line, empties[i].empty ?
			    "the empty error at line 0" : "none");
		notes_free(n);
		free(m.body);
	}
	config_free(&cfg);
}

/* Notes with a leader and a visit day, then count of the shape. */
static char *
body_of(enum shape s, int count)
{
	struct buf	 b;
	int		 i;

	buf_init(&b);
	buf_puts(&b, "To: Dr. Lopez <mlopez@lincoln.example.org>\n"
	    "Visit: Dec 3\n");
	if (s == BRIGHT || s == ACTIONS)
		buf_puts(&b, s == BRIGHT ? "Bright spots:\n" : "Actions:\n");
	if (s == PEOPLE)
		buf_puts(&b, "Cc: ");
	for (i = 0; i < count - (s == LINES ? 2 : s == PEOPLE); i++) {
		if (s == LONG_LINE) {
			buf_putc(&b, 'x');
			continue;
		}
		if (s == LINES)
			buf_puts(&b, i % 2 ? "\n" : "a note\n");
		else if (s == BRIGHT)
			buf_printf(&b, "- strength %d\n", i);
		else if (s == ACTIONS)
			buf_printf(&b, "- Jordan / task %d / Friday\n", i);
		else
			buf_printf(&b, "%sp%d@x.example", i ? ", " : "",
			    i + 1);
	}
	if (s == LONG_LINE || s == PEOPLE)
		buf_puts(&b, "\n");
	return buf_steal(&b);
}

/* The first SEV_ERROR that names a limit, or NULL. */
static const struct diag *
limit_error(const struct notes *n)
{
	static const char *const words[] = {
		"past 5000", "bytes long", "items of", "action items",
		"addresses in To"
	};
	size_t	 i, k;

	for (i = 0; i < n->diag.n; i++)
		for (k = 0; k < sizeof(words) / sizeof(words[0]); k++)
			if (n->diag.v[i].sev == SEV_ERROR &&
			    strstr(n->diag.v[i].msg, words[k]) != NULL)
				return &n->diag.v[i];
	return NULL;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_limits),
		cmocka_unit_test(test_empty),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
