/*
 * recap.c: the recap's words, after the district's template
 * (shared/seed/template-transcribed.md).
 *
 * The words are built once, as a list of blocks (recap_int.h): a
 * paragraph, a title, a heading with bullets, the action items.  The
 * text and the HTML are written from that list by recap_write.c, so
 * they cannot say different things.  A section with nothing to say is
 * left out whole.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "notes.h"
#include "recap.h"
#include "recap_int.h"
#include "util.h"

static void	 doc_add(struct doc *, enum kind, char *,
		    const struct items *);
static void	 doc_free(struct doc *);
static char	*intro(const struct notes *, int today);
static char	*looking_ahead(const struct notes *);
static char	*when_text(const struct when *, const struct ymd *);
static char	*range_text(const struct when *);
static int	 visit_is_today(const struct notes *, time_t);

static const char closing[] =
    "Please let me know if priorities shift or if there" RSQUO "s "
    "additional support that would be most helpful in the meantime. "
    "Thank you again for your partnership and leadership in this work.";

void
recap_compose(const struct notes *n, time_t now, struct recap *r)
{
	struct doc	 d;
	struct buf	 b;
	char		 day[64];
	int		 today = visit_is_today(n, now);

	memset(&d, 0, sizeof(d));
	d.notes = n;

	/* The template's sections, in its order and with its words. */
	doc_add(&d, K_PARA, xasprintf("Hello %s,", n->greeting ?
	    n->greeting : "there"), NULL);
	doc_add(&d, K_PARA, intro(n, today), NULL);
	doc_add(&d, K_TITLE, xstrdup(today ? "TODAY" RSQUO "S RECAP" :
	    "VISIT RECAP"), NULL);
	if (n->focus.n > 0)
		doc_add(&d, K_BULLETS, xstrdup(today ? "Today" RSQUO
		    "s Coaching Focus:" : "Coaching Focus:"), &n->focus);
	if (n->bright.n > 0)
		doc_add(&d, K_BULLETS, xstrdup("Key Observations & "
		    "Bright Spots"), &n->bright);
	if (n->consider.n > 0)
		doc_add(&d, K_BULLETS, xstrdup("MTSS Considerations / "
		    "Areas to Strengthen"), &n->consider);
	if (n->nactions > 0)
		doc_add(&d, K_ACTIONS, xstrdup(today ? "ACTION ITEMS FROM "
		    "TODAY" : "ACTION ITEMS FROM OUR VISIT"), NULL);
	doc_add(&d, K_TITLE, xstrdup("LOOKING AHEAD"), NULL);
	doc_add(&d, K_PARA, looking_ahead(n), NULL);
	doc_add(&d, K_PARA, xstrdup(closing), NULL);
	if (n->signature != NULL)
		doc_add(&d, K_LINES, xstrdup(n->signature), NULL);
	else if (n->coach.name != NULL)
		doc_add(&d, K_PARA, xstrdup(n->coach.name), NULL);

	buf_init(&b);
	recap_text(&d, &b);
	r->text = buf_steal(&b);
	recap_html(&d, &b);
	r->html = buf_steal(&b);
	doc_free(&d);

	/* "December 3, 2026": the day without its weekday, for the inbox. */
	ymd_format_long(&n->visit, NULL, day, sizeof(day));
	r->subject = xasprintf("MTSS coaching recap " NDASH " %s%s%s",
	    n->school ? n->school : "", n->school ? " " NDASH " " : "",
	    strchr(day, ',') ? strchr(day, ',') + 2 : day);
}

void
recap_free(struct recap *r)
{
	free(r->subject);
	free(r->text);
	free(r->html);
	memset(r, 0, sizeof(*r));
}

static void
doc_add(struct doc *d, enum kind kind, char *text, const struct items *it)
{
	if (d->n == sizeof(d->v) / sizeof(d->v[0]))
		tempfail("recap: too many blocks");
	d->v[d->n].kind = kind;
	d->v[d->n].text = text;
	d->v[d->n].items = it;
	d->n++;
}

static void
doc_free(struct doc *d)
{
	size_t	 i;

	for (i = 0; i < d->n; i++)
		free(d->v[i].text);
	d->n = 0;
}

/*
 * The recap usually goes out the day of the visit; when the coach sends
 * notes later (a Visit: line), "today" would be wrong, so the day is
 * named instead.
 */
static int
visit_is_today(const struct notes *n, time_t now)
{
	struct tm	 tm;

	if (localtime_r(&now, &tm) == NULL)
		return 1;
	return tm.tm_year + 1900 == n->visit.y && tm.tm_mon + 1 ==
	    n->visit.m && tm.tm_mday == n->visit.d;
}

static char *
intro(const struct notes *n, int today)
{
	char	 day[64], *when, *s;

	if (today)
		when = xstrdup("today");
	else {
		ymd_format_long(&n->visit, NULL, day, sizeof(day));
		when = xasprintf("on %s", day);
	}
	s = xasprintf("Thank you for the opportunity to spend time at %s %s. "
	    "Below is a brief recap of %s MTSS coaching focus and the "
	    "agreed-upon next steps to support continued progress.",
	    n->school ? n->school : "your school", when,
	    today ? "today" RSQUO "s" : "our");
	free(when);
	return s;
}

static char *
looking_ahead(const struct notes *n)
{
	const struct touchpoint	*t = n->next;
	char			*when, *s;

	if (t == NULL)
		return xstrdup("Our next touchpoint is still to be scheduled; "
		    "I will follow up with a time that works for you.");
	if (t->cancel && !ymd_valid(&t->when.day))
		return xstrdup("Our next touchpoint is cancelled; I will "
		    "follow up with a new time.");
	when = when_text(&t->when, &n->visit);
	if (t->cancel)
		s = xasprintf("Our touchpoint planned for %s is cancelled; I "
		    "will follow up with a new time.", when);
	else
		s = xasprintf("Our next touchpoint is %s%s%s%s%s.", when,
		    t->location ? " at " : "", t->location ? t->location : "",
		    t->focus ? ", with a focus on " : "",
		    t->focus ? t->focus : "");
	free(when);
	return s;
}

/* "Thursday, January 14, 2027, 9:00" NDASH "10:00 AM" */
static char *
when_text(const struct when *w, const struct ymd *ref)
{
	char	 day[64], *range, *s;

	ymd_format_long(&w->day, ref, day, sizeof(day));
	if (!w->has_time)
		return xstrdup(day);
	range = range_text(w);
	s = xasprintf("%s, %s", day, range);
	free(range);
	return s;
}

static char *
range_text(const struct when *w)
{
	char	 a[16], b[16];
	size_t	 la, lb;

	minutes_format(w->start, a, sizeof(a));
	minutes_format(w->end % (24 * 60), b, sizeof(b));
	la = strlen(a), lb = strlen(b);

	/* "9:00–10:00 AM" when both ends share AM or PM. */
	if (la > 3 && lb > 3 && strcmp(a + la - 2, b + lb - 2) == 0 &&
	    w->end < 24 * 60)
		a[la - 3] = '\0';
	return xasprintf("%s" NDASH "%s", a, b);
}

/* "by Friday, December 11", or what is missing, said plainly. */
char *
recap_due(const struct action *a, const struct ymd *visit)
{
	char	 day[64];

	if (a->has_due) {
		ymd_format_long(&a->due, visit, day, sizeof(day));
		if (a->due_note != NULL)
			return xasprintf("by %s (%s)", day, a->due_note);
		return xasprintf("by %s", day);
	}
	if (a->due_text != NULL)
		return xasprintf("by %s", a->due_text);
	return xstrdup("date to be set");
}








/*
 * The coach's attachments that did not fit under attachment-max, named
 * at the end of both bodies so the leader knows to ask for them.
 */
void
recap_note_left_out(struct recap *r, const struct attachment *a,
    size_t n, size_t cap)
{
	struct buf	 t, h;
	char		*size, *limit;
	size_t		 i, tail;

	buf_init(&t);
	buf_init(&h);
	limit = intake_size_text(cap);
	for (i = 0; i < n; i++) {
		if (a[i].carried)
			continue;
		size = intake_size_text(a[i].len);
		buf_printf(&t, "\nNot included: %s (%s; attachments are "
		    "limited to %s in all)\n", a[i].name, size, limit);
		buf_puts(&h, "<p style=\"margin:0 0 12px;color:#555555;\">"
		    "Not included: ");
		recap_html_escape(&h, a[i].name);
		buf_printf(&h, " (%s; attachments are limited to %s in "
		    "all)</p>\n", size, limit);
		free(size);
	}
	free(limit);
	if (t.len > 0) {
		r->text = xrealloc(r->text, strlen(r->text) + t.len + 1);
		strcat(r->text, t.p);

		/* Inside the page's <div>, before its end. */
		tail = strlen(r->html);
		tail -= strstr(r->html, "</div>\n</body>") != NULL ?
		    strlen(strstr(r->html, "</div>\n</body>")) : 0;
		buf_add(&h, r->html + tail, strlen(r->html + tail));
		r->html[tail] = '\0';
		r->html = xrealloc(r->html, tail + h.len + 1);
		memcpy(r->html + tail, h.p, h.len + 1);
	}
	buf_free(&t);
	buf_free(&h);
}
