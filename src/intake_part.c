/*
 * intake_part.c: which parts of the MIME tree hold the notes, and which
 * are the coach's attachments.
 *
 * Mail clients wrap the same notes in different trees: a lone
 * text/plain; an alternative of plain and HTML (Gmail, Outlook, iOS);
 * HTML alone (Outlook on the web can be set so); iOS Mail's mixed part
 * with text, a photo, then more text; a related part holding the
 * signature's logo; a forward as a message/rfc822 attachment.  The walk
 * below takes the inline text of every branch in order, prefers plain
 * text to its HTML twin unless the plain text is empty or a stub, and
 * collects every other leaf as an attachment unless it is a signature
 * image or a cryptographic signature.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libetpan/libetpan.h>

#include "buf.h"
#include "intake.h"
#include "intake_int.h"
#include "util.h"

#define MAX_DEPTH	32	/* as the scan in intake.c enforces */
/*
 * An inline image this small, that the HTML does not show before its
 * signature, is a signature's logo: logos are a few kilobytes, photos
 * and screenshots pasted into the notes are seldom under 16.
 * XXX a smaller picture pasted into notes whose HTML marks no
 * signature (Outlook for Windows marks none) looks the same, and is
 * left out without a word.
 */
#define SIG_IMAGE_MAX	(16 * 1024)
#define STUB_MAX	200	/* bytes of a "view this as HTML" stub */

enum mode {
	TAKE_ALL,		/* the notes' text and attachments */
	ATTACH_ONLY		/* a twin of text already taken */
};

struct walk {
	struct buf	 text;
	int		 found;		/* a text part was read */
	struct mailmime	*fwd;		/* the first attached message */
	struct mail_in	*m;
	size_t		 cap;		/* of m->att */
	char		*html;		/* the related part's document... */
	size_t		 htmllen;
	size_t		 sig;		/* ...and where its signature is */
};

static void	 walk(struct walk *, struct mailmime *, int, enum mode, int);
static void	 walk_multi(struct walk *, struct mailmime *, int, enum mode);
static void	 walk_alternative(struct walk *, struct mailmime *, int,
		    enum mode);
static void	 walk_related(struct walk *, struct mailmime *, int,
		    enum mode);
static struct mailmime *html_of(struct mailmime *);
static int	 text_kind(struct mailmime *);
static int	 disposition(struct mailmime *);
static const char *content_id(struct mailmime *);
static void	 part_text(struct mailmime *, int, struct buf *);
static int	 is_stub(const char *);
static int	 not_carried(const char *);
static void	 attach_add(struct walk *, struct mailmime *, int);
static int	 is_logo(const struct walk *, struct mailmime *, const char *,
		    int, size_t);
static char	*type_name(struct mailmime *);
static char	*join(char *, char *);

/* What an HTML-only message says in its plain-text twin. */
static const char *const stubs[] = {
	"this message is in html",
	"this is an html message",
	"this is a multi-part message in mime format",
	"your email client does not support html",
	"to view this message",
	NULL
};

/* Signatures and wrappers no leader can open or wants. */
static const char *const unwanted[] = {
	"application/pkcs7-signature", "application/x-pkcs7-signature",
	"application/pgp-signature", "application/pgp-encrypted",
	"application/ms-tnef", "application/vnd.ms-tnef",
	NULL
};

int
intake_body(struct mailmime *root, int fwd, struct mail_in *m, char *err,
    size_t errlen)
{
	struct walk	 w;
	char		*body, *inner;

	memset(&w, 0, sizeof w);
	w.m = m;
	buf_init(&w.text);
	walk(&w, root, 0, TAKE_ALL, 0);
	body = intake_clean(w.text.p != NULL ? w.text.p : "", fwd);
	buf_free(&w.text);

	/*
	 * Notes forwarded as an attachment (Outlook, Thunderbird): the
	 * forwarded message's text is the coach's, after any of their own.
	 */
	if (w.fwd != NULL && (fwd || *body == '\0')) {
		walk(&w, w.fwd->mm_data.mm_message.mm_msg_mime, 1, TAKE_ALL,
		    0);
		inner = intake_clean(w.text.p != NULL ? w.text.p : "", 0);
		buf_free(&w.text);
		body = join(body, inner);
	}
	if (!w.found) {
		free(body);
		snprintf(err, errlen, "no text/plain or text/html part "
		    "with the notes");
		return -1;
	}
	m->body = body;
	return 0;
}

static void
walk(struct walk *w, struct mailmime *p, int depth, enum mode mode,
    int related)
{
	int	 kind;

	if (p == NULL || depth > MAX_DEPTH)
		return;
	switch (p->mm_type) {
	case MAILMIME_SINGLE:
		kind = text_kind(p);
		if (kind != 0 &&
		    disposition(p) != MAILMIME_DISPOSITION_TYPE_ATTACHMENT) {
			if (mode == TAKE_ALL) {
				part_text(p, kind, &w->text);
				w->found = 1;
			}
			return;
		}
		attach_add(w, p, related);
		return;
	case MAILMIME_MULTIPLE:
		walk_multi(w, p, depth, mode);
		return;
	case MAILMIME_MESSAGE:
		if (p->mm_parent == NULL)
			walk(w, p->mm_data.mm_message.mm_msg_mime, depth,
			    mode, 0);
		else if (w->fwd == NULL &&
		    p->mm_data.mm_message.mm_msg_mime != NULL)
			w->fwd = p;
		return;
	}
}

/*
 * In a related part only the first child is the document; the rest
 * are what it shows.  In a signed part the last is the signature.
 */
static void
walk_multi(struct walk *w, struct mailmime *p, int depth, enum mode mode)
{
	const char	*sub = p->mm_content_type != NULL ?
			    p->mm_content_type->ct_subtype : NULL;
	clistiter	*it;
	int		 first = 1, related, signed_;

	if (sub != NULL && strcasecmp(sub, "alternative") == 0) {
		walk_alternative(w, p, depth, mode);
		return;
	}
	related = sub != NULL && strcasecmp(sub, "related") == 0;
	if (related && w->html == NULL) {
		walk_related(w, p, depth, mode);
		return;
	}
	signed_ = sub != NULL && strcasecmp(sub, "signed") == 0;
	for (it = clist_begin(p->mm_data.mm_multipart.mm_mp_list);
	    it != NULL; it = clist_next(it)) {
		if (signed_ && !first)
			break;
		walk(w, clist_content(it), depth + 1,
		    related && !first ? ATTACH_ONLY : mode, related && !first);
		first = 0;
	}
}

/*
 * A related part, with its document's HTML at hand while its images
 * are looked at, to see where the document shows each (is_logo).
 */
static void
walk_related(struct walk *w, struct mailmime *p, int depth, enum mode mode)
{
	clistiter	*it;
	struct mailmime	*doc;

	it = clist_begin(p->mm_data.mm_multipart.mm_mp_list);
	doc = it != NULL ? html_of(clist_content(it)) : NULL;
	if (doc == NULL || intake_part_decode(doc, &w->html,
	    &w->htmllen) == -1 || w->html == NULL) {
		w->html = (char *)"";
		w->htmllen = 0;
		doc = NULL;
	}
	w->sig = intake_html_signature_at(w->html, w->htmllen);
	walk_multi(w, p, depth, mode);
	if (doc != NULL)
		mmap_string_unref(w->html);
	w->html = NULL;
}

/* The text/html part p is, or holds as an alternative; or NULL. */
static struct mailmime *
html_of(struct mailmime *p)
{
	clistiter	*it;

	if (p->mm_type == MAILMIME_SINGLE)
		return text_kind(p) == 'h' ? p : NULL;
	if (p->mm_type != MAILMIME_MULTIPLE)
		return NULL;
	for (it = clist_begin(p->mm_data.mm_multipart.mm_mp_list);
	    it != NULL; it = clist_next(it))
		if (((struct mailmime *)clist_content(it))->mm_type ==
		    MAILMIME_SINGLE && text_kind(clist_content(it)) == 'h')
			return clist_content(it);
	return NULL;
}

/*
 * The plain twin, unless it is empty or a stub; else the richest
 * (last) other one.  A photo may hang only off the HTML branch (iOS
 * Mail), so that branch is walked for attachments either way.
 */
static void
walk_alternative(struct walk *w, struct mailmime *p, int depth,
    enum mode mode)
{
	struct mailmime	*c, *plain = NULL, *rich = NULL;
	struct buf	 t;
	clistiter	*it;

	for (it = clist_begin(p->mm_data.mm_multipart.mm_mp_list);
	    it != NULL; it = clist_next(it)) {
		c = clist_content(it);
		if (plain == NULL && c->mm_type == MAILMIME_SINGLE &&
		    text_kind(c) == 'p')
			plain = c;
		else
			rich = c;
	}

	if (plain != NULL && mode == TAKE_ALL) {
		buf_init(&t);
		part_text(plain, 'p', &t);
		if (rich == NULL || !is_stub(t.p != NULL ? t.p : "")) {
			buf_add(&w->text, t.p != NULL ? t.p : "", t.len);
			w->found = 1;
			mode = ATTACH_ONLY;
		}
		buf_free(&t);
	}
	if (rich != NULL)
		walk(w, rich, depth + 1, mode, 0);
}

/* 'p' for text/plain (or no Content-Type), 'h' for text/html, or 0. */
static int
text_kind(struct mailmime *p)
{
	struct mailmime_content	*ct = p->mm_content_type;
	struct mailmime_type	*t;

	if (ct == NULL)
		return 'p';
	t = ct->ct_type;
	if (t == NULL || t->tp_type != MAILMIME_TYPE_DISCRETE_TYPE ||
	    t->tp_data.tp_discrete_type->dt_type !=
	    MAILMIME_DISCRETE_TYPE_TEXT || ct->ct_subtype == NULL)
		return 0;
	if (strcasecmp(ct->ct_subtype, "plain") == 0)
		return 'p';
	return strcasecmp(ct->ct_subtype, "html") == 0 ? 'h' : 0;
}

static int
disposition(struct mailmime *p)
{
	struct mailmime_field	*f;
	clistiter		*it;

	if (p->mm_mime_fields == NULL)
		return MAILMIME_DISPOSITION_TYPE_ERROR;
	for (it = clist_begin(p->mm_mime_fields->fld_list); it != NULL;
	    it = clist_next(it)) {
		f = clist_content(it);
		if (f->fld_type == MAILMIME_FIELD_DISPOSITION)
			return f->fld_data.fld_disposition->dsp_type->dsp_type;
	}
	return MAILMIME_DISPOSITION_TYPE_ERROR;
}

static const char *
content_id(struct mailmime *p)
{
	struct mailmime_field	*f;
	clistiter		*it;

	if (p->mm_mime_fields == NULL)
		return NULL;
	for (it = clist_begin(p->mm_mime_fields->fld_list); it != NULL;
	    it = clist_next(it)) {
		f = clist_content(it);
		if (f->fld_type == MAILMIME_FIELD_ID)
			return f->fld_data.fld_id;
	}
	return NULL;
}

/* The part's text appended to b as UTF-8 lines, ending in LF. */
static void
part_text(struct mailmime *p, int kind, struct buf *b)
{
	struct mailmime_content	*ct = p->mm_content_type;
	struct buf		 t;
	char			 cs[] = "charset", fm[] = "format";
	char			 ds[] = "delsp";
	char			*raw, *v, *charset, meta[40];
	size_t			 rawlen;

	if (intake_part_decode(p, &raw, &rawlen) == -1)
		return;
	charset = ct != NULL ? mailmime_content_param_get(ct, cs) : NULL;
	if (charset == NULL && kind == 'h' &&
	    intake_html_charset(raw, rawlen, meta, sizeof(meta)) == 0)
		charset = meta;
	buf_init(&t);
	intake_to_utf8(charset, raw, rawlen, &t);
	mmap_string_unref(raw);
	intake_text_normalise(&t);

	if (kind == 'h')
		intake_html_text(t.p != NULL ? t.p : "", t.len, b);
	else {
		v = ct != NULL ? mailmime_content_param_get(ct, fm) : NULL;
		if (v != NULL && strcasecmp(v, "flowed") == 0) {
			v = mailmime_content_param_get(ct, ds);
			intake_unflow(&t, v != NULL &&
			    strcasecmp(v, "yes") == 0);
		}
		buf_add(b, t.p != NULL ? t.p : "", t.len);
	}
	buf_free(&t);
	if (b->len > 0 && b->p[b->len - 1] != '\n')
		buf_putc(b, '\n');
}

/* Empty, or one short line that only says to look at the HTML. */
static int
is_stub(const char *s)
{
	size_t	 i;

	s = s + strspn(s, " \t\n");
	if (*s == '\0')
		return 1;
	if (strlen(s) > STUB_MAX)
		return 0;
	for (i = 0; stubs[i] != NULL; i++)
		if (strcasestr(s, stubs[i]) != NULL)
			return 1;
	return 0;
}

static int
not_carried(const char *type)
{
	size_t	 i;

	for (i = 0; unwanted[i] != NULL; i++)
		if (strcmp(type, unwanted[i]) == 0)
			return 1;
	return 0;
}

/* The coach's attachment p, unless it is not for the leader. */
static void
attach_add(struct walk *w, struct mailmime *p, int related)
{
	struct attachment	*a;
	char			*raw, *type;
	size_t			 len;

	type = type_name(p);
	if (not_carried(type) || intake_part_decode(p, &raw, &len) == -1) {
		free(type);
		return;
	}
	if (is_logo(w, p, type, related, len)) {
		mmap_string_unref(raw);
		free(type);
		return;
	}

	if (w->m->natt == w->cap) {
		w->cap = w->cap ? w->cap * 2 : 4;
		w->m->att = xreallocarray(w->m->att, w->cap, sizeof *a);
	}
	a = &w->m->att[w->m->natt++];
	memset(a, 0, sizeof *a);
	a->type = type;
	a->charset = intake_part_charset(p, type);
	a->name = intake_part_filename(p);
	if (a->name == NULL)
		a->name = xasprintf("attachment-%zu", w->m->natt);
	a->data = xmalloc(len + 1);
	memcpy(a->data, raw, len);
	a->len = len;
	a->carried = 1;
	mmap_string_unref(raw);
}

/*
 * Whether an image shown inline (a Content-ID, or in a related part)
 * is a logo of the signature rather than a picture the coach pasted
 * into the notes.  Where the HTML shows it tells best: after the
 * signature's mark it is the signature's, before it the notes'.  When
 * the HTML does not say (no mark, no reference to it), the size does.
 */
static int
is_logo(const struct walk *w, struct mailmime *p, const char *type,
    int related, size_t len)
{
	const char	*cid = content_id(p), *ref;
	char		*url;

	if (strncmp(type, "image/", 6) != 0 ||
	    disposition(p) == MAILMIME_DISPOSITION_TYPE_ATTACHMENT ||
	    (!related && cid == NULL))
		return 0;
	if (cid != NULL && w->html != NULL && w->sig < w->htmllen) {
		url = xasprintf("cid:%s", cid);
		ref = memmem(w->html, w->htmllen, url, strlen(url));
		free(url);
		if (ref != NULL)
			return (size_t)(ref - w->html) > w->sig;
	}
	return len < SIG_IMAGE_MAX;
}

/* "type/subtype" in lowercase, or application/octet-stream. */
static char *
type_name(struct mailmime *p)
{
	struct mailmime_content	*ct = p->mm_content_type;
	struct mailmime_type	*t;
	const char		*major = NULL;
	char			*s, *q;

	t = ct != NULL ? ct->ct_type : NULL;
	if (t != NULL && t->tp_type == MAILMIME_TYPE_DISCRETE_TYPE) {
		switch (t->tp_data.tp_discrete_type->dt_type) {
		case MAILMIME_DISCRETE_TYPE_TEXT: major = "text"; break;
		case MAILMIME_DISCRETE_TYPE_IMAGE: major = "image"; break;
		case MAILMIME_DISCRETE_TYPE_AUDIO: major = "audio"; break;
		case MAILMIME_DISCRETE_TYPE_VIDEO: major = "video"; break;
		case MAILMIME_DISCRETE_TYPE_APPLICATION:
			major = "application"; break;
		default:
			major = t->tp_data.tp_discrete_type->dt_extension;
		}
	}
	if (major == NULL || ct->ct_subtype == NULL)
		return xstrdup("application/octet-stream");
	s = xasprintf("%s/%s", major, ct->ct_subtype);
	for (q = s; *q != '\0'; q++) {
		*q = (char)tolower((unsigned char)*q);
		if (!isalnum((unsigned char)*q) &&
		    strchr("/!#$&.+^_-", *q) == NULL) {
			free(s);
			return xstrdup("application/octet-stream");
		}
	}
	return s;
}

/* a, then b on the lines after it; both are freed. */
static char *
join(char *a, char *b)
{
	char	*s;

	if (*a == '\0') {
		free(a);
		return b;
	}
	s = *b == '\0' ? xstrdup(a) : xasprintf("%s\n%s", a, b);
	free(a);
	free(b);
	return s;
}
