/*
 * test_recap.c: the recap's words against the district's template.
 *
 * Notes are built by hand; each case says which phrases the text and
 * the HTML must hold, in order, and which they must not.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "notes.h"
#include "recap.h"

#define MAXP	12

/* The fixtures are literals that recap_compose only reads. */
#pragma GCC diagnostic ignored "-Wdiscarded-qualifiers"

/* 2026-12-03 15:00 in New York. */
#define NOW	((time_t)1796328000)

struct recap_case {
	const char	*name;
	void		(*setup)(struct notes *);
	const char	*text[MAXP];	/* in this order in the text */
	const char	*html[MAXP];	/* in this order in the HTML */
	const char	*absent[MAXP];	/* in neither */
	const char	*raw_html;	/* not in the HTML: escaped there */
	const char	*subject;
};

static struct item	 focus[] = { { "Tier 2 grouping structures", 3 } };
static struct item	 bright[] = {
	{ "Strong alignment between data and groupings", 5 },
	{ "Teachers named the <skill> focus & goals", 6 },
};
static struct item	 consider[] = { { "Tighten PM consistency", 8 } };
static struct person	 leader = { "Dr. Maria Lopez", "mlopez@x.org" };
static struct action	 actions[] = {
	{ "Ms. Rivera", "share the PM calendar", "Dec 11", 1,
	  { 2026, 12, 11 }, 10, NULL },
	{ NULL, "send exemplars", NULL, 0, { 0, 0, 0 }, 11, NULL },
	{ "Jordan", "call the district", "someday", 0, { 0, 0, 0 }, 12,
	  NULL },
	{ "Ana", "post the schedule", "Fri morning", 1, { 2026, 12, 4 }, 13,
	  "morning" },
};
static struct touchpoint next_tp = { 0, { { 2027, 1, 14 }, 1, 540, 600, 1 },
    "Lincoln main office", "Tier 3 intake", 14 };
static struct touchpoint cancel_tp = { 1, { { 2027, 1, 14 }, 1, 540, 600,
    1 }, NULL, NULL, 14 };
static struct touchpoint cancel_noday = { 1, { { 0, 0, 0 }, 0, 0, 0, 0 },
    NULL, NULL, 14 };

static void
base(struct notes *n)
{
	memset(n, 0, sizeof(*n));
	n->coach.name = "Jordan Reyes";
	n->coach.addr = "jreyes@district.example";
	n->to = &leader;
	n->nto = 1;
	n->greeting = "Dr. Lopez";
	n->school = "Lincoln Elementary";
	n->visit = (struct ymd){ 2026, 12, 3 };
}

static void
full(struct notes *n)
{
	base(n);
	n->focus.v = focus, n->focus.n = 1;
	n->bright.v = bright, n->bright.n = 2;
	n->consider.v = consider, n->consider.n = 1;
	n->actions = actions, n->nactions = 4;
	n->next = &next_tp;
}

static void
bare(struct notes *n)
{
	base(n);
	n->school = NULL;
}

static void
cancelled(struct notes *n)
{
	base(n);
	n->next = &cancel_tp;
}

static void
cancelled_noday(struct notes *n)
{
	base(n);
	n->next = &cancel_noday;
}

static void
yesterday(struct notes *n)
{
	full(n);
	n->visit = (struct ymd){ 2026, 12, 2 };
}

static const struct recap_case cases[] = {
	{ "every section, in the template's order", full,
	  { "Hello Dr. Lopez,", "spend time at Lincoln Elementary today.",
	    "TODAY\xe2\x80\x99S RECAP", "Today\xe2\x80\x99s Coaching Focus:",
	    "\xe2\x97\x8f Tier 2 grouping structures",
	    "Key Observations & Bright Spots",
	    "\xe2\x97\x8f Strong alignment", "MTSS Considerations / Areas "
	    "to Strengthen", "ACTION ITEMS FROM TODAY",
	    "1) Ms. Rivera / share the PM calendar / by Friday, December 11",
	    "LOOKING AHEAD\nOur next touchpoint is Thursday, January 14, "
	    "2027, 9:00\xe2\x80\x93" "10:00 AM at Lincoln main office, with "
	    "a focus on Tier 3 intake.", "Jordan Reyes" },
	  { "Hello Dr. Lopez,", "Key Observations &amp; Bright Spots",
	    "named the &lt;skill&gt; focus &amp; goals", "<th", "Who",
	    "Does what", "By when", "Ms. Rivera", "by Friday, December 11",
	    "Lincoln main office", "</html>" },
	  { "XXXXX", "[School", "[e.g.", "<script", "http://" },
	  "<skill>",
	  "MTSS coaching recap \xe2\x80\x93 Lincoln Elementary \xe2\x80\x93 "
	  "December 3, 2026" },
	{ "missing parts said plainly", full,
	  { "2) Owner to be named / send exemplars / date to be set",
	    "3) Jordan / call the district / by someday",
	    "4) Ana / post the schedule / by Friday, December 4 (morning)" },
	  { "Owner to be named", "date to be set", "by someday",
	    "by Friday, December 4 (morning)" },
	  { NULL }, NULL, NULL },
	{ "empty sections left out whole", bare,
	  { "Hello Dr. Lopez,", "spend time at your school today.",
	    "LOOKING AHEAD", "still to be scheduled" },
	  { "still to be scheduled" },
	  { "Coaching Focus", "Bright Spots", "Considerations", "ACTION",
	    "\xe2\x97\x8f", "<ul", "<table", "with a focus on" }, NULL,
	  "MTSS coaching recap \xe2\x80\x93 December 3, 2026" },
	{ "a cancelled touchpoint", cancelled,
	  { "Our touchpoint planned for Thursday, January 14, 2027, "
	    "9:00\xe2\x80\x93" "10:00 AM is cancelled" },
	  { "is cancelled" }, { "Our next touchpoint is Thursday" }, NULL,
	  NULL },
	{ "a cancel with no day", cancelled_noday,
	  { "Our next touchpoint is cancelled" }, { "is cancelled" },
	  { "0000", "planned for" }, NULL, NULL },
	{ "notes sent the day after the visit", yesterday,
	  { "spend time at Lincoln Elementary on Wednesday, December 2, "
	    "2026.", "VISIT RECAP", "ACTION ITEMS FROM OUR VISIT" },
	  { "on Wednesday, December 2, 2026" },
	  { "today", "TODAY" }, NULL,
	  "MTSS coaching recap \xe2\x80\x93 Lincoln Elementary \xe2\x80\x93 "
	  "December 2, 2026" },
};

/*
 * Runs of white space as one space, so that phrases match however the
 * text was wrapped.
 */
static char *
squash(const char *s)
{
	char	*out = malloc(strlen(s) + 1), *o = out;

	assert_non_null(out);
	for (; *s != '\0'; s++) {
		if (*s == ' ' || *s == '\n') {
			if (o > out && o[-1] == ' ')
				continue;
			*o++ = ' ';
		} else
			*o++ = *s;
	}
	*o = '\0';
	return out;
}

static void
in_order(const char *name, const char *form, const char *text,
    const char *const *want)
{
	char		*doc = squash(text), *w;
	const char	*at = doc, *p;
	size_t		 i;

	for (i = 0; i < MAXP && want[i] != NULL; i++) {
		w = squash(want[i]);
		if ((p = strstr(at, w)) == NULL)
			fail_msg("%s: %s: got no '%s' after offset %zu, want "
			    "it:\n%s", name, form, w, (size_t)(at - doc),
			    text);
		at = p + strlen(w);
		free(w);
	}
	free(doc);
}

static void
test_cases(void **state)
{
	const struct recap_case	*c;
	struct notes		 n;
	struct recap		 r;
	size_t			 i, k;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		c = &cases[i];
		c->setup(&n);
		recap_compose(&n, NOW, &r);
		in_order(c->name, "text", r.text, c->text);
		in_order(c->name, "html", r.html, c->html);
		for (k = 0; k < MAXP && c->absent[k] != NULL; k++)
			if (strstr(r.text, c->absent[k]) ||
			    strstr(r.html, c->absent[k]))
				fail_msg("%s: got '%s', want it absent",
				    c->name, c->absent[k]);
		if (c->raw_html && strstr(r.html, c->raw_html))
			fail_msg("%s: got '%s' in the HTML, want it escaped",
			    c->name, c->raw_html);
		if (c->subject && strcmp(r.subject, c->subject) != 0)
			fail_msg("%s: subject: got '%s', want '%s'", c->name,
			    r.subject, c->subject);
		recap_free(&r);
	}
}

/* No line of the text is wider than a phone screen's 72 columns. */
static void
test_text_wrapped(void **state)
{
	struct notes	 n;
	struct recap	 r;
	const char	*p, *nl;
	size_t		 cols;

	(void)state;
	full(&n);
	recap_compose(&n, NOW, &r);
	for (p = r.text; *p != '\0'; p = nl + 1) {
		if ((nl = strchr(p, '\n')) == NULL)
			fail_msg("text does not end in a newline");
		for (cols = 0; p < nl; p++)
			if (((unsigned char)*p & 0xc0) != 0x80)
				cols++;
		if (cols > 72)
			fail_msg("got a line of %zu columns, want <= 72",
			    cols);
	}
	recap_free(&r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cases),
		cmocka_unit_test(test_text_wrapped),
	};

	setenv("TZ", "America/New_York", 1);
	tzset();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
