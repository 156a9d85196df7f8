/*
 * report.c: what was understood of the notes, as text for the coach
 * (--check) and as JSON for tests and integrations (--json).
 *
 * The JSON is written with json-c, which gets escaping and Unicode right;
 * every key is always present, with null or an empty list for what the
 * notes did not say, so consumers never test for absent keys.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json.h>

#include "buf.h"
#include "notes.h"
#include "report.h"
#include "util.h"

static json_object	*jstr(const char *);
static json_object	*jperson(const struct person *);
static json_object	*jpeople(const struct person *, size_t);
static json_object	*jitems(const struct items *);
static json_object	*jday(const struct ymd *);
static json_object	*jactions(const struct notes *);
static json_object	*jnext(const struct notes *);
static json_object	*jwall(const struct when *, int end);
static json_object	*jdiags(const struct notes *);
static void		 text_people(struct buf *, const char *,
			    const struct person *, size_t);
static void		 text_items(struct buf *, const char *,
			    const struct items *);
static void		 text_next(struct buf *, const struct notes *);

void
report_json(const struct notes *n, struct buf *b)
{
	json_object	*o = json_object_new_object();

	json_object_object_add(o, "coach", jperson(&n->coach));
	json_object_object_add(o, "to", jpeople(n->to, n->nto));
	json_object_object_add(o, "cc", jpeople(n->cc, n->ncc));
	json_object_object_add(o, "greeting", jstr(n->greeting));
	json_object_object_add(o, "school", jstr(n->school));
	json_object_object_add(o, "visit", jday(&n->visit));
	json_object_object_add(o, "focus", jitems(&n->focus));
	json_object_object_add(o, "bright_spots", jitems(&n->bright));
	json_object_object_add(o, "considerations", jitems(&n->consider));
	json_object_object_add(o, "actions", jactions(n));
	json_object_object_add(o, "next", jnext(n));
	json_object_object_add(o, "diagnostics", jdiags(n));
	buf_puts(b, json_object_to_json_string_ext(o,
	    JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED |
	    JSON_C_TO_STRING_NOSLASHESCAPE));
	buf_putc(b, '\n');
	json_object_put(o);
}

static json_object *
jstr(const char *s)
{
	return s ? json_object_new_string(s) : NULL;
}

static json_object *
jperson(const struct person *p)
{
	json_object	*o = json_object_new_object();

	json_object_object_add(o, "name", jstr(p->name));
	json_object_object_add(o, "address", jstr(p->addr));
	return o;
}

static json_object *
jpeople(const struct person *v, size_t n)
{
	json_object	*a = json_object_new_array();
	size_t		 i;

	for (i = 0; i < n; i++)
		json_object_array_add(a, jperson(&v[i]));
	return a;
}

static json_object *
jitems(const struct items *it)
{
	json_object	*a = json_object_new_array();
	size_t		 i;

	for (i = 0; i < it->n; i++)
		json_object_array_add(a, jstr(it->v[i].text));
	return a;
}

static json_object *
jday(const struct ymd *d)
{
	char	 s[32];

	if (!ymd_valid(d))
		return NULL;
	snprintf(s, sizeof(s), "%04d-%02d-%02d", d->y, d->m, d->d);
	return json_object_new_string(s);
}

static json_object *
jactions(const struct notes *n)
{
	json_object	*a = json_object_new_array(), *o;
	size_t		 i;

	for (i = 0; i < n->nactions; i++) {
		o = json_object_new_object();
		json_object_object_add(o, "who", jstr(n->actions[i].who));
		json_object_object_add(o, "what", jstr(n->actions[i].what));
		json_object_object_add(o, "due", n->actions[i].has_due ?
		    jday(&n->actions[i].due) : NULL);
		json_object_object_add(o, "due_text",
		    jstr(n->actions[i].due_text));
		json_object_object_add(o, "line",
		    json_object_new_int(n->actions[i].line));
		json_object_array_add(a, o);
	}
	return a;
}

static json_object *
jnext(const struct notes *n)
{
	const struct touchpoint	*t = n->next;
	json_object		*o;

	if (t == NULL)
		return NULL;
	o = json_object_new_object();
	json_object_object_add(o, "start", jwall(&t->when, 0));
	json_object_object_add(o, "end", jwall(&t->when, 1));
	json_object_object_add(o, "all_day", json_object_new_boolean(
	    ymd_valid(&t->when.day) && !t->when.has_time));
	json_object_object_add(o, "tzid", jstr(n->tzid ? n->tzid : "UTC"));
	json_object_object_add(o, "location", jstr(t->location));
	json_object_object_add(o, "focus", jstr(t->focus));
	json_object_object_add(o, "cancel", json_object_new_boolean(
	    t->cancel));
	return o;
}

/*
 * A wall-clock time in the touchpoint's zone; a day alone for an
 * all-day touchpoint, whose end is the next day (as in iCalendar).
 */
static json_object *
jwall(const struct when *w, int end)
{
	struct ymd	 d = w->day;
	int		 min = end ? w->end : w->start;
	char		 s[32];

	if (!ymd_valid(&d))
		return NULL;
	if (!w->has_time) {
		if (end)
			d = ymd_add(&d, 1);
		return jday(&d);
	}
	d = ymd_add(&d, min / (24 * 60));
	min %= 24 * 60;
	snprintf(s, sizeof(s), "%04d-%02d-%02dT%02d:%02d:00", d.y, d.m, d.d,
	    min / 60, min % 60);
	return json_object_new_string(s);
}

static json_object *
jdiags(const struct notes *n)
{
	json_object	*a = json_object_new_array(), *o;
	size_t		 i;

	for (i = 0; i < n->diag.n; i++) {
		o = json_object_new_object();
		json_object_object_add(o, "line",
		    json_object_new_int(n->diag.v[i].line));
		json_object_object_add(o, "severity", json_object_new_string(
		    diag_severity_name(n->diag.v[i].sev)));
		json_object_object_add(o, "message",
		    jstr(n->diag.v[i].msg));
		json_object_array_add(a, o);
	}
	return a;
}

void
report_text(const struct notes *n, struct buf *b)
{
	char	 day[64];
	size_t	 i;

	text_people(b, "coach", &n->coach, 1);
	text_people(b, "to", n->to, n->nto);
	text_people(b, "cc", n->cc, n->ncc);
	buf_printf(b, "%-15s %s\n", "greeting:", n->greeting ? n->greeting :
	    "-");
	buf_printf(b, "%-15s %s\n", "school:", n->school ? n->school : "-");
	ymd_format_long(&n->visit, NULL, day, sizeof(day));
	buf_printf(b, "%-15s %s\n", "visit:", ymd_valid(&n->visit) ? day :
	    "-");
	text_items(b, "focus:", &n->focus);
	text_items(b, "bright spots:", &n->bright);
	text_items(b, "considerations:", &n->consider);
	for (i = 0; i < n->nactions; i++) {
		const struct action *a = &n->actions[i];

		if (a->has_due)
			ymd_format_long(&a->due, &n->visit, day, sizeof(day));
		buf_printf(b, "%-15s %s / %s / %s%s%s%s\n", i ? "" :
		    "actions:", a->who ? a->who : "(who?)", a->what,
		    a->has_due ? day : a->due_text ? a->due_text : "(when?)",
		    a->has_due && a->due_note ? " (" : "",
		    a->has_due && a->due_note ? a->due_note : "",
		    a->has_due && a->due_note ? ")" : "");
	}
	text_next(b, n);
	report_diags(n, 0, b);
}

static void
text_people(struct buf *b, const char *label, const struct person *v,
    size_t n)
{
	size_t	 i;
	char	 head[32];

	snprintf(head, sizeof(head), "%s:", label);
	if (n == 0)
		buf_printf(b, "%-15s -\n", head);
	for (i = 0; i < n; i++)
		buf_printf(b, "%-15s %s%s<%s>\n", i ? "" : head,
		    v[i].name ? v[i].name : "", v[i].name ? " " : "",
		    v[i].addr);
}

static void
text_items(struct buf *b, const char *label, const struct items *it)
{
	size_t	 i;

	if (it->n == 0)
		buf_printf(b, "%-15s -\n", label);
	for (i = 0; i < it->n; i++)
		buf_printf(b, "%-15s %s\n", i ? "" : label, it->v[i].text);
}

static void
text_next(struct buf *b, const struct notes *n)
{
	const struct touchpoint	*t = n->next;
	char			 day[64], from[16], to[16];

	if (t == NULL) {
		buf_printf(b, "%-15s to be scheduled\n", "next:");
		return;
	}
	ymd_format_long(&t->when.day, &n->visit, day, sizeof(day));
	buf_printf(b, "%-15s %s%s", "next:", t->cancel ? "cancel " : "",
	    ymd_valid(&t->when.day) ? day : "");
	if (t->when.has_time) {
		minutes_format(t->when.start, from, sizeof(from));
		minutes_format(t->when.end % (24 * 60), to, sizeof(to));
		buf_printf(b, ", %s to %s", from, to);
	}
	buf_printf(b, " (%s)\n", n->tzid ? n->tzid : "UTC");
	if (t->location)
		buf_printf(b, "%-15s %s\n", "where:", t->location);
	if (t->focus)
		buf_printf(b, "%-15s %s\n", "next focus:", t->focus);
}

void
report_diags(const struct notes *n, int errors_only, struct buf *b)
{
	const struct diag	*d;
	size_t			 i;

	for (i = 0; i < n->diag.n; i++) {
		d = &n->diag.v[i];
		if (errors_only && d->sev != SEV_ERROR)
			continue;
		if (d->line > 0)
			buf_printf(b, "line %d: ", d->line);
		buf_printf(b, "%s: %s\n", diag_severity_name(d->sev), d->msg);
	}
}
