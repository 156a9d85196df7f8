/*
 * recap.c: the recap's words, in text and HTML, after the district's
 * template (shared/seed/template-transcribed.md).
 *
 * Both forms are built from one list of blocks so that they cannot say
 * different things: a block is a paragraph, a title, a heading with
 * bullets, or the action items, and the two writers only decide how a
 * block looks.  A section with nothing to say is left out whole.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "notes.h"
#include "recap.h"
#include "util.h"

#define WRAP	72
#define NDASH	"\xe2\x80\x93"
#define RSQUO	"\xe2\x80\x99"
#define BULLET	"\xe2\x97\x8f"

enum kind {
	K_PARA,		/* a paragraph */
	K_TITLE,	/* a title line of its own */
	K_BULLETS,	/* a heading, then bulleted items */
	K_ACTIONS,	/* the action items */
	K_LINES		/* lines kept as they are: the signature */
};

struct block {
	enum kind	 kind;
	char		*text;		/* paragraph or heading */
	const struct items *items;	/* K_BULLETS */
};

struct doc {
	const struct notes *notes;
	struct block	 v[16];
	size_t		 n;
};

static void	 doc_add(struct doc *, enum kind, char *,
		    const struct items *);
static void	 doc_free(struct doc *);
static char	*intro(const struct notes *, int today);
static char	*looking_ahead(const struct notes *);
static char	*when_text(const struct when *, const struct ymd *);
static char	*range_text(const struct when *);
static char	*due_text(const struct action *, const struct ymd *);
static void	 text_write(const struct doc *, struct buf *);
static void	 text_actions(const struct notes *, struct buf *);
static void	 wrap(struct buf *, const char *, const char *, const char *);
static void	 html_write(const struct doc *, struct buf *);
static void	 html_actions(const struct notes *, struct buf *);
static void	 html_escape(struct buf *, const char *);
static void	 lines_write(struct buf *, const char *, int html);
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
	text_write(&d, &b);
	r->text = buf_steal(&b);
	html_write(&d, &b);
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
static char *
due_text(const struct action *a, const struct ymd *visit)
{
	char	 day[64];

	if (a->has_due) {
		ymd_format_long(&a->due, visit, day, sizeof(day));
		return xasprintf("by %s", day);
	}
	if (a->due_text != NULL)
		return xasprintf("by %s", a->due_text);
	return xstrdup("date to be set");
}

static void
text_write(const struct doc *d, struct buf *b)
{
	const struct block	*k;
	size_t			 i, j;

	for (i = 0; i < d->n; i++) {
		k = &d->v[i];
		/* A title leads its paragraph directly, as in the template. */
		if (i > 0 && !(k->kind == K_PARA && d->v[i - 1].kind ==
		    K_TITLE))
			buf_putc(b, '\n');
		switch (k->kind) {
		case K_PARA:
			wrap(b, "", "", k->text);
			break;
		case K_TITLE:
			buf_printf(b, "%s\n", k->text);
			break;
		case K_BULLETS:
			buf_printf(b, "%s\n", k->text);
			for (j = 0; j < k->items->n; j++)
				wrap(b, BULLET " ", "  ",
				    k->items->v[j].text);
			break;
		case K_ACTIONS:
			buf_printf(b, "%s\n", k->text);
			text_actions(d->notes, b);
			break;
		case K_LINES:
			lines_write(b, k->text, 0);
			break;
		}
	}
}

/* "1) Ms. Rivera / share the calendar / by Friday, December 11" */
static void
text_actions(const struct notes *n, struct buf *b)
{
	const struct action	*a;
	char			 num[32], *due, *line;
	size_t			 i;

	for (i = 0; i < n->nactions; i++) {
		a = &n->actions[i];
		due = due_text(a, &n->visit);
		line = xasprintf("%s / %s / %s", a->who ? a->who :
		    "Owner to be named", a->what, due);
		snprintf(num, sizeof(num), "%zu) ", i + 1);
		wrap(b, num, "   ", line);
		free(line);
		free(due);
	}
}

/*
 * Fill lines to WRAP columns (counting characters, not bytes); first
 * leads the first line, rest the others.  A word longer than a line
 * stands on its own line rather than being cut.
 */
static void
wrap(struct buf *b, const char *first, const char *rest, const char *s)
{
	size_t	 col, wl, wc, k;

	buf_puts(b, first);
	col = strlen(first);
	while (*s != '\0') {
		while (*s == ' ')
			s++;
		if (*s == '\0')
			break;
		for (wl = 0, wc = 0; s[wl] != '\0' && s[wl] != ' '; wl++)
			if (((unsigned char)s[wl] & 0xc0) != 0x80)
				wc++;
		if (col > strlen(first) && col + 1 + wc > WRAP) {
			buf_printf(b, "\n%s", rest);
			col = strlen(rest);
		} else if (col > strlen(first)) {
			buf_putc(b, ' ');
			col++;
		}
		for (k = 0; k < wl; k++)
			buf_putc(b, s[k]);
		col += wc;
		s += wl;
	}
	buf_putc(b, '\n');
}

static void
html_write(const struct doc *d, struct buf *b)
{
	const struct block	*k;
	size_t			 i, j;

	buf_puts(b, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, "
	    "initial-scale=1\">\n</head>\n<body style=\"margin:0;"
	    "padding:16px;font-family:Arial,Helvetica,sans-serif;"
	    "font-size:16px;line-height:1.5;color:#222222;\">\n"
	    "<div style=\"max-width:640px;\">\n");
	for (i = 0; i < d->n; i++) {
		k = &d->v[i];
		switch (k->kind) {
		case K_PARA:
			buf_puts(b, "<p style=\"margin:0 0 12px;\">");
			html_escape(b, k->text);
			buf_puts(b, "</p>\n");
			break;
		case K_TITLE:
			buf_puts(b, "<h2 style=\"font-size:18px;margin:20px "
			    "0 8px;color:#1f4e79;\">");
			html_escape(b, k->text);
			buf_puts(b, "</h2>\n");
			break;
		case K_BULLETS:
			buf_puts(b, "<h3 style=\"font-size:16px;margin:12px "
			    "0 4px;\">");
			html_escape(b, k->text);
			buf_puts(b, "</h3>\n<ul style=\"margin:0 0 12px;"
			    "padding-left:24px;\">\n");
			for (j = 0; j < k->items->n; j++) {
				buf_puts(b, "<li>");
				html_escape(b, k->items->v[j].text);
				buf_puts(b, "</li>\n");
			}
			buf_puts(b, "</ul>\n");
			break;
		case K_ACTIONS:
			buf_puts(b, "<h2 style=\"font-size:18px;margin:20px "
			    "0 8px;color:#1f4e79;\">");
			html_escape(b, k->text);
			buf_puts(b, "</h2>\n");
			html_actions(d->notes, b);
			break;
		case K_LINES:
			buf_puts(b, "<p style=\"margin:0 0 12px;\">");
			lines_write(b, k->text, 1);
			buf_puts(b, "</p>\n");
			break;
		}
	}
	buf_puts(b, "</div>\n</body></html>\n");
}

/* A table reads as who / does what / by when on a phone and a desk. */
static void
html_actions(const struct notes *n, struct buf *b)
{
	static const char	 cell[] = "<td style=\"padding:6px 8px;"
	    "border-bottom:1px solid #dddddd;vertical-align:top;\">";
	const struct action	*a;
	char			*due;
	size_t			 i;

	buf_puts(b, "<table role=\"presentation\" cellpadding=\"0\" "
	    "cellspacing=\"0\" style=\"border-collapse:collapse;width:100%;"
	    "margin:0 0 12px;\">\n<tr style=\"background:#eef3f8;\">"
	    "<th align=\"left\" style=\"padding:6px 8px;\">#</th>"
	    "<th align=\"left\" style=\"padding:6px 8px;\">Who</th>"
	    "<th align=\"left\" style=\"padding:6px 8px;\">Does what</th>"
	    "<th align=\"left\" style=\"padding:6px 8px;\">By when</th>"
	    "</tr>\n");
	for (i = 0; i < n->nactions; i++) {
		a = &n->actions[i];
		due = due_text(a, &n->visit);
		buf_printf(b, "<tr>%s%zu)</td>%s", cell, i + 1, cell);
		html_escape(b, a->who ? a->who : "Owner to be named");
		buf_printf(b, "</td>%s", cell);
		html_escape(b, a->what);
		buf_printf(b, "</td>%s", cell);
		html_escape(b, due);
		buf_puts(b, "</td></tr>\n");
		free(due);
	}
	buf_puts(b, "</table>\n");
}

/* Each line of s as a line of its own: wrapped, or ended by <br>. */
static void
lines_write(struct buf *b, const char *s, int html)
{
	char	*line;
	size_t	 n;

	for (;;) {
		n = strcspn(s, "\n");
		line = xstrndup(s, n);
		if (html)
			html_escape(b, line);
		else
			wrap(b, "", "", line);
		free(line);
		if (s[n] == '\0')
			break;
		if (html)
			buf_puts(b, "<br>\n");
		s += n + 1;
	}
}

static void
html_escape(struct buf *b, const char *s)
{
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '&':
			buf_puts(b, "&amp;");
			break;
		case '<':
			buf_puts(b, "&lt;");
			break;
		case '>':
			buf_puts(b, "&gt;");
			break;
		case '"':
			buf_puts(b, "&quot;");
			break;
		case '\'':
			buf_puts(b, "&#39;");
			break;
		default:
			buf_putc(b, *s);
		}
	}
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
		buf_printf(&t, "\nNot included: %s (%s, over the %s limit)\n",
		    a[i].name, size, limit);
		buf_puts(&h, "<p style=\"margin:0 0 12px;color:#555555;\">"
		    "Not included: ");
		html_escape(&h, a[i].name);
		buf_printf(&h, " (%s, over the %s limit)</p>\n", size, limit);
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
