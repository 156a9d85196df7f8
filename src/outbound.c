/*
 * outbound.c: the recap as an RFC 5322 message, written with libetpan.
 *
 * The header block comes from outbound_hdr.c; the MIME tree and its
 * transfer encodings (quoted-printable, base64) are libetpan's.  The
 * shape is always multipart/mixed around a multipart/alternative (text,
 * HTML, and the calendar when there is one), with the invitation also
 * attached as invite.ics.  The boundaries come from a hash of the
 * content, so the same recap always gives the same bytes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libetpan/libetpan.h>

#include "buf.h"
#include "outbound.h"
#include "outbound_int.h"
#include "util.h"

#define METHOD_CAP	32

static void	 seterr(char *, size_t, const char *);
static int	 ics_method(const char *, char *, size_t);
static int	 check_method(const struct outbound *, char *, char *,
		    size_t);
static void	 strip_blanks(struct buf *);
static char	*body_text(const char *);
static void	 need(int, const char *);
static struct mailmime *single_part(const char *, struct mailmime_fields *,
		    const char *);
static struct mailmime *multipart(const char *, const char *);
static void	 add_part(struct mailmime *, struct mailmime *);
static struct mailmime *build_tree(const struct outbound *, const char *,
		    const char *, const char *, const char *);
static void	 write_tree(struct buf *, struct mailmime *);
static char	*boundary(const struct outbound *, const char *,
		    const char *);
static void	 splice_attachments(struct buf *, const struct outbound *,
		    const char *);

static void
seterr(char *err, size_t len, const char *why)
{
	if (len > 0)
		snprintf(err, len, "%s", why);
}

/* The METHOD of the calendar: a property at the start of a line. */
static int
ics_method(const char *ics, char *m, size_t len)
{
	const char	*p = ics;
	size_t		 n;

	for (;;) {
		if (strncasecmp(p, "METHOD:", 7) == 0) {
			p += 7;
			n = strcspn(p, "\r\n");
			if (n == 0 || n >= len)
				return -1;
			memcpy(m, p, n);
			m[n] = '\0';
			return 0;
		}
		if ((p = strchr(p, '\n')) == NULL)
			return -1;
		p++;
	}
}

/*
 * The method= of the calendar part, uppercase; clients ignore an
 * invitation whose part and calendar disagree.
 */
static int
check_method(const struct outbound *o, char *method, char *err,
    size_t len)
{
	char	 cal[METHOD_CAP];
	size_t	 i;

	method[0] = '\0';
	if (o->ics == NULL)
		return 0;
	if (o->method == NULL || *o->method == '\0' ||
	    strlen(o->method) >= METHOD_CAP) {
		seterr(err, len, "no iTIP method for the calendar part");
		return -1;
	}
	for (i = 0; o->method[i] != '\0'; i++) {
		if (strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZ-",
		    o->method[i] & ~0x20) == NULL) {
			seterr(err, len, "the iTIP method is not a token");
			return -1;
		}
		method[i] = o->method[i] == '-' ? '-' : o->method[i] & ~0x20;
	}
	method[i] = '\0';

	if (ics_method(o->ics, cal, sizeof(cal)) == -1 ||
	    strcasecmp(cal, method) != 0) {
		seterr(err, len, "the calendar's METHOD differs from method=");
		return -1;
	}
	return 0;
}

/* Drop blanks at the end of what b holds, keeping it NUL-terminated. */
static void
strip_blanks(struct buf *b)
{
	while (b->len > 0 &&
	    (b->p[b->len - 1] == ' ' || b->p[b->len - 1] == '\t'))
		b->len--;
	if (b->p != NULL)
		b->p[b->len] = '\0';
}

/*
 * A text body ready for quoted-printable: LF line ends (a lone CR
 * counts as one), no blanks at the end of a line, which libetpan's
 * encoder would double, and a line end at the end.
 */
static char *
body_text(const char *s)
{
	struct buf	 b;

	buf_init(&b);
	for (; *s != '\0'; s++) {
		if (*s == '\r' && s[1] == '\n')
			continue;
		if (*s == '\r' || *s == '\n') {
			strip_blanks(&b);
			buf_putc(&b, '\n');
		} else
			buf_putc(&b, *s);
	}
	strip_blanks(&b);
	if (b.len == 0 || b.p[b.len - 1] != '\n')
		buf_putc(&b, '\n');
	return buf_steal(&b);
}

/*
 * libetpan's constructors fail only when memory runs out, which ends
 * the process with EX_TEMPFAIL as the x* functions do.
 */
static void
need(int ok, const char *call)
{
	char	 why[128];

	if (!ok) {
		snprintf(why, sizeof(why), "%s: out of memory", call);
		tempfail(why);
	}
}

/* The part points into body, which must outlive it. */
static struct mailmime *
single_part(const char *ctype, struct mailmime_fields *fields,
    const char *body)
{
	struct mailmime_content	*ct;
	struct mailmime		*m;

	ct = mailmime_content_new_with_str(ctype);
	need(ct != NULL, "mailmime_content_new_with_str");
	need(fields != NULL, "mailmime_fields_new");
	need((m = mailmime_new_empty(ct, fields)) != NULL,
	    "mailmime_new_empty");
	need(mailmime_set_body_text(m, (char *)body, strlen(body)) ==
	    MAILIMF_NO_ERROR, "mailmime_set_body_text");
	return m;
}

static struct mailmime *
multipart(const char *type, const char *boundary)
{
	struct mailmime			*m;
	struct mailmime_parameter	*p;
	clistiter			*it;

	need((m = mailmime_multiple_new(type)) != NULL,
	    "mailmime_multiple_new");

	/* Replace the boundary libetpan drew from an unseeded random(). */
	for (it = clist_begin(m->mm_content_type->ct_parameters); it != NULL;
	    it = clist_next(it)) {
		p = clist_content(it);
		if (strcasecmp(p->pa_name, "boundary") == 0) {
			free(p->pa_value);
			p->pa_value = xstrdup(boundary);
		}
	}
	return m;
}

static void
add_part(struct mailmime *parent, struct mailmime *child)
{
	need(mailmime_smart_add_part(parent, child) == MAILIMF_NO_ERROR,
	    "mailmime_smart_add_part");
}

/*
 * The coach's attachments, which design.md puts between the
 * alternative and invite.ics, are spliced in after libetpan has
 * written this tree (splice_attachments).
 */
static struct mailmime *
build_tree(const struct outbound *o, const char *text, const char *html,
    const char *method, const char *bm)
{
	struct mailmime		*mixed, *alt;
	char			*ba, *ct;

	ba = xasprintf("=_alt_%s", bm + strlen("=_mix_"));
	mixed = multipart("multipart/mixed", bm);
	alt = multipart("multipart/alternative", ba);
	add_part(mixed, alt);
	add_part(alt, single_part("text/plain; charset=UTF-8",
	    mailmime_fields_new_encoding(MAILMIME_MECHANISM_QUOTED_PRINTABLE),
	    text));
	add_part(alt, single_part("text/html; charset=UTF-8",
	    mailmime_fields_new_encoding(MAILMIME_MECHANISM_QUOTED_PRINTABLE),
	    html));

	if (o->ics != NULL) {
		ct = xasprintf("text/calendar; charset=UTF-8; method=%s",
		    method);
		add_part(alt, single_part(ct, mailmime_fields_new_encoding(
		    MAILMIME_MECHANISM_BASE64), o->ics));
		add_part(mixed, single_part("application/ics; name=invite.ics",
		    mailmime_fields_new_filename(
		    MAILMIME_DISPOSITION_TYPE_ATTACHMENT, xstrdup("invite.ics"),
		    MAILMIME_MECHANISM_BASE64), o->ics));
		free(ct);
	}
	free(ba);
	return mixed;
}

/*
 * "=_" occurs in no quoted-printable or base64 text, and no header
 * line of ours starts with "--", so the boundaries are safe.
 */
static char *
boundary(const struct outbound *o, const char *text, const char *html)
{
	unsigned long long	 h;
	size_t			 i;

	h = hash64(o->message_id, strlen(o->message_id), 0);
	h = hash64(text, strlen(text), h);
	h = hash64(html, strlen(html), h);
	if (o->ics != NULL)
		h = hash64(o->ics, strlen(o->ics), h);
	for (i = 0; i < o->natt; i++)
		if (o->att[i].carried)
			h = hash64(o->att[i].data, o->att[i].len, h);
	return xasprintf("=_mix_%016llx", h);
}

/*
 * Before the delimiter of invite.ics (the last part), or before the
 * closing delimiter when there is no invitation.
 */
static void
splice_attachments(struct buf *b, const struct outbound *o,
    const char *bm)
{
	struct buf	 att;
	char		*delim, *at = NULL, *p;
	size_t		 off;

	buf_init(&att);
	outbound_attachments(&att, o, bm);
	if (att.len == 0) {
		buf_free(&att);
		return;
	}
	delim = xasprintf("\r\n--%s%s", bm, o->ics != NULL ? "\r\n" : "--");
	for (p = b->p; (p = strstr(p, delim)) != NULL; p++)
		at = p;
	free(delim);
	/* libetpan always writes it: its absence is a bug of ours. */
	if (at == NULL)
		tempfail("outbound: no MIME delimiter to put attachments at");
	off = (size_t)(at - b->p);
	buf_add(&att, at, b->len - off);
	b->len = off;
	buf_add(b, att.p, att.len);
	buf_free(&att);
}

/* The top part's Content-Type ends the header block; then the body. */
static void
write_tree(struct buf *b, struct mailmime *top)
{
	MMAPString	*s;
	int		 col = 0;

	need((s = mmap_string_new("")) != NULL, "mmap_string_new");
	need(mailmime_content_write_mem(s, &col, top->mm_content_type) ==
	    MAILIMF_NO_ERROR, "mailmime_content_write_mem");
	need(mmap_string_append(s, "\r\n") != NULL, "mmap_string_append");
	col = 0;
	need(mailmime_write_mem(s, &col, top) == MAILIMF_NO_ERROR,
	    "mailmime_write_mem");
	buf_add(b, s->str, s->len);
	mmap_string_free(s);
}

int
outbound_write(const struct outbound *o, struct buf *out, char *err,
    size_t errlen)
{
	struct buf	 msg;
	struct mailmime	*top;
	char		 method[METHOD_CAP];
	char		*text, *html, *bm;

	if (o->from == NULL || o->nto == 0 || o->text == NULL ||
	    o->html == NULL) {
		seterr(err, errlen, "a recap needs a sender, a recipient, "
		    "a text and an HTML body");
		return -1;
	}
	if (o->message_id == NULL) {
		seterr(err, errlen, "a recap needs a Message-ID");
		return -1;
	}
	if (check_method(o, method, err, errlen) == -1)
		return -1;

	buf_init(&msg);
	if (outbound_headers(&msg, o, err, errlen) == -1) {
		buf_free(&msg);
		return -1;
	}

	/* The tree points into the bodies: free it first. */
	text = body_text(o->text);
	html = body_text(o->html);
	bm = boundary(o, text, html);
	top = build_tree(o, text, html, method, bm);
	write_tree(&msg, top);
	mailmime_free(top);
	splice_attachments(&msg, o, bm);
	free(bm);
	free(text);
	free(html);

	buf_add(out, msg.p, msg.len);
	buf_free(&msg);
	return 0;
}
