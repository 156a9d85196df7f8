/*
 * reply.c: the notes back to the coach, as plain text messages.
 *
 * A reply is a single text/plain part, quoted-printable so no line is
 * ever too long, with the headers written here: From the service, To
 * the coach, the notes' subject after a short verdict, In-Reply-To and
 * References so it threads under the notes, Auto-Submitted and X-Loop.
 * Diagnostics name the lines of the notes, which are quoted numbered.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "intake.h"
#include "notes.h"
#include "outbound.h"
#include "pipeline.h"
#include "reply.h"
#include "report.h"
#include "util.h"

#define FOLD_AT	76

static void	 write_reply(const struct reply *, const struct pipeline *,
		    const char *, const char *, struct buf *);
static void	 put_folded(struct buf *, const char *, const char *);
static void	 put_ids(struct buf *, const struct reply *,
		    const struct pipeline *, const char *);
static void	 quote_notes(struct buf *, const char *);
static void	 qp_body(struct buf *, const char *);

void
reply_refusal(const struct reply *r, const struct pipeline *p,
    struct buf *out)
{
	struct buf	 b;

	buf_init(&b);
	buf_puts(&b, "Your notes could not become a recap, so nothing was "
	    "sent to the school.\n\n");
	if (p->notes != NULL)
		report_diags(p->notes, 0, &b);
	else
		buf_printf(&b, "The message could not be read: %s.\n", p->err);
	buf_puts(&b, "\nPlease fix the lines above and send the notes "
	    "again.\n");
	if (p->mail.body != NULL) {
		buf_puts(&b, "\nYour notes, with their line numbers:\n\n");
		quote_notes(&b, p->mail.body);
	}
	write_reply(r, p, "Recap not sent", b.p, out);
	buf_free(&b);
}

void
reply_warnings(const struct reply *r, const struct pipeline *p,
    int preview, struct buf *out)
{
	struct buf	 b;

	buf_init(&b);
	buf_puts(&b, preview ? "Here is the preview you asked for: the "
	    "recap went to you only.\n" : "Your recap was sent.\n");
	buf_puts(&b, "Some lines may need a second look:\n\n");
	report_diags(p->notes, 0, &b);
	if (p->mail.body != NULL) {
		buf_puts(&b, "\nYour notes, with their line numbers:\n\n");
		quote_notes(&b, p->mail.body);
	}
	write_reply(r, p, preview ? "Recap preview, with warnings" :
	    "Recap sent, with warnings", b.p, out);
	buf_free(&b);
}

static void
write_reply(const struct reply *r, const struct pipeline *p,
    const char *verdict, const char *text, struct buf *out)
{
	char	*subject;

	buf_printf(out, "From: %s\r\nTo: %s\r\n", r->from, r->to);
	subject = p->mail.subject != NULL && *p->mail.subject != '\0' ?
	    xasprintf("%s: %s", verdict, p->mail.subject) : xstrdup(verdict);
	put_folded(out, "Subject", subject);
	free(subject);
	put_ids(out, r, p, verdict);
	buf_puts(out, "MIME-Version: 1.0\r\n"
	    "Content-Type: text/plain; charset=UTF-8\r\n"
	    "Content-Transfer-Encoding: quoted-printable\r\n"
	    "Auto-Submitted: auto-replied\r\n");
	buf_printf(out, "X-Loop: %s\r\n\r\n", r->from);
	qp_body(out, text);
}

/* An unstructured field, RFC 2047 where needed, folded between words. */
static void
put_folded(struct buf *out, const char *name, const char *value)
{
	char		*enc;
	const char	*w, *e;
	size_t		 col, n;

	enc = outbound_encode_words(value);
	buf_printf(out, "%s:", name);
	col = strlen(name) + 1;
	for (w = enc; *w != '\0'; w = *e ? e + 1 : e) {
		e = w + strcspn(w, " ");
		n = (size_t)(e - w);
		if (col > strlen(name) + 1 && col + 1 + n > FOLD_AT) {
			buf_puts(out, "\r\n");
			col = 0;
		}
		buf_printf(out, " %.*s", (int)n, w);
		col += n + 1;
	}
	buf_puts(out, "\r\n");
	free(enc);
}

/* Date, Message-ID, and the ids that thread the reply under the notes. */
static void
put_ids(struct buf *out, const struct reply *r, const struct pipeline *p,
    const char *verdict)
{
	struct tm		 tm;
	char			 date[64];
	unsigned long long	 h;
	const char		*id = p->mail.message_id;

	localtime_r(&r->date, &tm);
	strftime(date, sizeof(date), "%a, %d %b %Y %H:%M:%S %z", &tm);
	buf_printf(out, "Date: %s\r\n", date);
	h = hash64(p->msg, p->len, hash64(verdict, strlen(verdict), 0));
	h = hash64(&r->date, sizeof(r->date), h);
	buf_printf(out, "Message-ID: <reply.%016llx@%s>\r\n", h, r->domain);
	if (id == NULL || strpbrk(id, "<> \t\"") != NULL)
		return;
	buf_printf(out, "In-Reply-To: <%s>\r\n", id);
	buf_printf(out, "References: <%s>\r\n", id);
}

static void
quote_notes(struct buf *b, const char *body)
{
	const char	*e;
	int		 line = 1;

	for (; *body != '\0'; body = *e ? e + 1 : e, line++) {
		e = body + strcspn(body, "\n");
		if (e == body)
			buf_printf(b, "%4d |\n", line);
		else
			buf_printf(b, "%4d | %.*s\n", line, (int)(e - body),
			    body);
	}
}

/*
 * Quoted-printable (RFC 2045 6.7): CRLF line ends, soft breaks before
 * column 76, blanks at a line's end and anything not printable ASCII
 * encoded.
 */
static void
qp_body(struct buf *out, const char *s)
{
	unsigned char	 c;
	char		 enc[4];
	size_t		 col = 0, n;

	for (; *s != '\0'; s++) {
		c = (unsigned char)*s;
		if (c == '\n') {
			buf_puts(out, "\r\n");
			col = 0;
			continue;
		}
		if ((c >= 33 && c <= 126 && c != '=') ||
		    ((c == ' ' || c == '\t') && s[1] != '\n' && s[1] != '\0'))
			n = snprintf(enc, sizeof(enc), "%c", c);
		else
			n = snprintf(enc, sizeof(enc), "=%02X", c);
		if (col + n > 75) {
			buf_puts(out, "=\r\n");
			col = 0;
		}
		buf_puts(out, enc);
		col += n;
	}
	if (col > 0)
		buf_puts(out, "\r\n");
}
