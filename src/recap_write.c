/*
 * recap_write.c: the recap's blocks written out, as wrapped plain text
 * and as email-safe HTML (inline styles, no scripts, no remote images,
 * every value escaped).  Both writers walk the same blocks, so the two
 * bodies say the same things.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "notes.h"
#include "recap_int.h"
#include "util.h"

static void	 text_actions(const struct notes *, struct buf *);
static void	 wrap(struct buf *, const char *, const char *, const char *);
static void	 html_actions(const struct notes *, struct buf *);
static void	 lines_write(struct buf *, const char *, int html);

void
recap_text(const struct doc *d, struct buf *b)
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
		due = recap_due(a, &n->visit);
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

void
recap_html(const struct doc *d, struct buf *b)
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
			recap_html_escape(b, k->text);
			buf_puts(b, "</p>\n");
			break;
		case K_TITLE:
			buf_puts(b, "<h2 style=\"font-size:18px;margin:20px "
			    "0 8px;color:#1f4e79;\">");
			recap_html_escape(b, k->text);
			buf_puts(b, "</h2>\n");
			break;
		case K_BULLETS:
			buf_puts(b, "<h3 style=\"font-size:16px;margin:12px "
			    "0 4px;\">");
			recap_html_escape(b, k->text);
			buf_puts(b, "</h3>\n<ul style=\"margin:0 0 12px;"
			    "padding-left:24px;\">\n");
			for (j = 0; j < k->items->n; j++) {
				buf_puts(b, "<li>");
				recap_html_escape(b, k->items->v[j].text);
				buf_puts(b, "</li>\n");
			}
			buf_puts(b, "</ul>\n");
			break;
		case K_ACTIONS:
			buf_puts(b, "<h2 style=\"font-size:18px;margin:20px "
			    "0 8px;color:#1f4e79;\">");
			recap_html_escape(b, k->text);
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
		due = recap_due(a, &n->visit);
		buf_printf(b, "<tr>%s%zu)</td>%s", cell, i + 1, cell);
		recap_html_escape(b, a->who ? a->who : "Owner to be named");
		buf_printf(b, "</td>%s", cell);
		recap_html_escape(b, a->what);
		buf_printf(b, "</td>%s", cell);
		recap_html_escape(b, due);
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
			recap_html_escape(b, line);
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

void
recap_html_escape(struct buf *b, const char *s)
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
