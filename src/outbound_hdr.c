/*
 * outbound_hdr.c: the header block of the recap, written as text.
 *
 * libetpan's header writer has no RFC 2047 encoder, copies CR and LF
 * into display names (a header injection), folds right after the field
 * name and writes half-hour zones wrong in Date; so the fields are
 * written here.  Every value is cleaned of control characters, non-ASCII
 * text becomes B encoded words split between UTF-8 characters, and lines
 * are folded between tokens before 76 columns.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "outbound.h"
#include "outbound_int.h"
#include "util.h"

#define FOLD_AT		76	/* fold before a header line passes this */
#define WORD_MAX	75	/* RFC 2047's limit for one encoded word */
#define NAME_WORD	70	/* "From: " and one name word stay within 76 */
#define NAME_CAP	256	/* longer display names are cut */
#define TOKEN_CAP	900	/* a single token that cannot be folded */
#define ADDR_CAP	254	/* RFC 5321's limit for a path */

/* One header field being written, for folding. */
struct hdr {
	struct buf	*b;
	size_t		 col;
	int		 first;
};

static void	 seterr(char *, size_t, const char *);
static char	*clean_value(const char *, size_t);
static int	 needs_encoding(const char *);
static void	 base64(struct buf *, const unsigned char *, size_t);
static char	*encode_b(const char *, size_t, size_t);
static void	 hdr_begin(struct hdr *, struct buf *, const char *);
static void	 hdr_atom(struct hdr *, const char *, size_t);
static void	 hdr_words(struct hdr *, const char *);
static void	 hdr_end(struct hdr *);
static void	 hdr_text(struct buf *, const char *, const char *, size_t);
static int	 is_atext_phrase(const char *);
static int	 id_ok(const char *, size_t);
static void	 put_name(struct hdr *, const char *);
static int	 put_people(struct buf *, const char *,
		    const struct person *, size_t);
static int	 put_date(struct buf *, time_t);
static void	 put_references(struct buf *, const struct outbound *);

static void
seterr(char *err, size_t len, const char *why)
{
	if (len > 0)
		snprintf(err, len, "%s", why);
}

/*
 * A header value made safe: control characters, CR and LF above all,
 * become spaces (a raw CRLF would start a header of the sender's
 * choosing), white space runs shrink to one space so folding never
 * leaves a blank line, bytes of invalid UTF-8 become '?', and the value
 * is cut at cap octets on a character boundary.
 */
static char *
clean_value(const char *s, size_t cap)
{
	char	*p, *q, *r;
	size_t	 n;

	p = xstrdup(s);
	strsanitize(p);
	if (!utf8_valid(p, strlen(p)))
		for (q = p; *q != '\0'; q++)
			if ((unsigned char)*q >= 0x80)
				*q = '?';

	for (q = r = p; *q != '\0'; q++)
		if (*q != ' ' || (r > p && r[-1] != ' '))
			*r++ = *q;
	*r = '\0';

	if ((n = strlen(p)) > cap) {
		n = cap;
		while (n > 0 && ((unsigned char)p[n] & 0xc0) == 0x80)
			n--;
		p[n] = '\0';
	}
	if (n > 0 && p[n - 1] == ' ')
		p[n - 1] = '\0';
	return p;
}

/* Text that looks like an encoded word would be decoded by readers. */
static int
needs_encoding(const char *s)
{
	const char	*p;

	for (p = s; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20 || (unsigned char)*p > 0x7e)
			return 1;
	return strstr(s, "=?") != NULL;
}

static void
base64(struct buf *b, const unsigned char *p, size_t n)
{
	static const char	 digits[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	unsigned long		 v;
	size_t			 i;

	for (i = 0; i < n; i += 3) {
		v = (unsigned long)p[i] << 16;
		if (i + 1 < n)
			v |= (unsigned long)p[i + 1] << 8;
		if (i + 2 < n)
			v |= p[i + 2];
		buf_putc(b, digits[v >> 18 & 63]);
		buf_putc(b, digits[v >> 12 & 63]);
		buf_putc(b, i + 1 < n ? digits[v >> 6 & 63] : '=');
		buf_putc(b, i + 2 < n ? digits[v & 63] : '=');
	}
}

/*
 * RFC 2047 B words, the first at most first octets long, the others at
 * most max, split only between UTF-8 characters (a reader decodes each
 * word alone), separated by single spaces.
 */
static char *
encode_b(const char *s, size_t first, size_t max)
{
	struct buf	 b;
	size_t		 n = strlen(s), i = 0, k, room = first;

	buf_init(&b);
	while (i < n) {
		/* "=?UTF-8?B?" and "?=" take 12 octets. */
		k = (room - 12) / 4 * 3;
		if (k >= n - i)
			k = n - i;
		else
			while (k > 1 &&
			    ((unsigned char)s[i + k] & 0xc0) == 0x80)
				k--;
		if (b.len > 0)
			buf_putc(&b, ' ');
		buf_puts(&b, "=?UTF-8?B?");
		base64(&b, (const unsigned char *)s + i, k);
		buf_puts(&b, "?=");
		i += k;
		room = max;
	}
	return buf_steal(&b);
}

char *
outbound_encode_words(const char *utf8)
{
	char	*p, *q;

	p = xstrdup(utf8);
	strsanitize(p);
	if (!needs_encoding(p))
		return p;
	q = encode_b(p, WORD_MAX, WORD_MAX);
	free(p);
	return q;
}

static void
hdr_begin(struct hdr *h, struct buf *b, const char *name)
{
	h->b = b;
	h->first = 1;
	buf_printf(b, "%s:", name);
	h->col = strlen(name) + 1;
}

/* Never fold before the first token: readers show a leading space. */
static void
hdr_atom(struct hdr *h, const char *s, size_t n)
{
	if (!h->first && h->col + 1 + n > FOLD_AT) {
		buf_add(h->b, "\r\n", 2);
		h->col = 0;
	}
	buf_putc(h->b, ' ');
	buf_add(h->b, s, n);
	h->col += 1 + n;
	h->first = 0;
}

/* Tokens separated by single spaces, as clean_value leaves them. */
static void
hdr_words(struct hdr *h, const char *s)
{
	const char	*e;

	while (*s != '\0') {
		if ((e = strchr(s, ' ')) == NULL)
			e = s + strlen(s);
		hdr_atom(h, s, (size_t)(e - s));
		s = *e != '\0' ? e + 1 : e;
	}
}

static void
hdr_end(struct hdr *h)
{
	buf_add(h->b, "\r\n", 2);
}

/* An unstructured field such as Subject. */
static void
hdr_text(struct buf *b, const char *name, const char *value, size_t first)
{
	struct hdr	 h;
	char		*v, *w;

	v = clean_value(value, (size_t)-1);
	w = needs_encoding(v) ? encode_b(v, first, WORD_MAX) : xstrdup(v);
	hdr_begin(&h, b, name);
	hdr_words(&h, w);
	hdr_end(&h);
	free(w);
	free(v);
}

static int
is_atext_phrase(const char *s)
{
	for (; *s != '\0'; s++)
		if (strchr(" !#$%&'*+-/=?^_`{|}~", *s) == NULL &&
		    !(*s >= 'a' && *s <= 'z') && !(*s >= 'A' && *s <= 'Z') &&
		    !(*s >= '0' && *s <= '9'))
			return 0;
	return 1;
}

/*
 * A bare address between angle brackets, ASCII only.
 * XXX internationalized addresses (RFC 6532) are refused: the headers
 * stay ASCII and sendmail may not offer SMTPUTF8.
 */
int
outbound_addr_ok(const char *a)
{
	const char	*p;

	if (*a == '\0' || *a == '@' || strlen(a) > ADDR_CAP ||
	    (p = strrchr(a, '@')) == NULL || p[1] == '\0')
		return 0;
	for (p = a; *p != '\0'; p++)
		if ((unsigned char)*p <= 0x20 || (unsigned char)*p >= 0x7f ||
		    strchr("<>,;\"()\\", *p) != NULL)
			return 0;
	return 1;
}

static int
id_ok(const char *s, size_t n)
{
	size_t	 i;

	if (n == 0 || n > TOKEN_CAP)
		return 0;
	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] <= 0x20 ||
		    (unsigned char)s[i] >= 0x7f || s[i] == '<' || s[i] == '>')
			return 0;
	return 1;
}

/*
 * A display name as atoms when it can be, a quoted string when it holds
 * specials, encoded words when it is not ASCII (never inside quotes,
 * where readers do not decode them).
 */
static void
put_name(struct hdr *h, const char *name)
{
	struct buf	 q;
	char		*w;

	if (needs_encoding(name)) {
		w = encode_b(name, NAME_WORD, NAME_WORD);
		hdr_words(h, w);
		free(w);
	} else if (is_atext_phrase(name))
		hdr_words(h, name);
	else {
		buf_init(&q);
		buf_putc(&q, '"');
		for (; *name != '\0'; name++) {
			if (*name == '"' || *name == '\\')
				buf_putc(&q, '\\');
			buf_putc(&q, *name);
		}
		buf_putc(&q, '"');
		hdr_atom(h, q.p, q.len);
		buf_free(&q);
	}
}

static int
put_people(struct buf *b, const char *field, const struct person *v,
    size_t n)
{
	struct hdr	 h;
	char		*name, *a;
	size_t		 i;

	hdr_begin(&h, b, field);
	for (i = 0; i < n; i++) {
		if (v[i].addr == NULL || !outbound_addr_ok(v[i].addr))
			return -1;
		name = clean_value(v[i].name ? v[i].name : "", NAME_CAP);
		if (*name != '\0')
			put_name(&h, name);
		a = xasprintf(*name != '\0' ? "<%s>%s" : "%s%s", v[i].addr,
		    i + 1 < n ? "," : "");
		hdr_atom(&h, a, strlen(a));
		free(a);
		free(name);
	}
	hdr_end(&h);
	return 0;
}

/*
 * Written by hand from the local zone's offset in minutes, which
 * libetpan gets wrong for zones such as +0530.
 */
static int
put_date(struct buf *b, time_t t)
{
	static const char *const days[] = { "Sun", "Mon", "Tue", "Wed",
	    "Thu", "Fri", "Sat" };
	static const char *const months[] = { "Jan", "Feb", "Mar", "Apr",
	    "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	struct tm	 tm;
	long		 off;
	int		 sign;

	/* glibc's localtime_r does not notice a changed TZ by itself. */
	tzset();
	if (localtime_r(&t, &tm) == NULL)
		return -1;
	off = tm.tm_gmtoff;
	sign = off < 0 ? '-' : '+';
	if (off < 0)
		off = -off;
	buf_printf(b, "Date: %s, %02d %s %04d %02d:%02d:%02d %c%02ld%02ld\r\n",
	    days[tm.tm_wday], tm.tm_mday, months[tm.tm_mon],
	    tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec, sign,
	    off / 3600, off % 3600 / 60);
	return 0;
}

/*
 * The ids of the References as read (whatever their spacing), then the
 * message replied to.  Anything that is not <id> is dropped.
 */
static void
put_references(struct buf *b, const struct outbound *o)
{
	struct hdr	 h;
	struct buf	 t;
	const char	*s, *e, *last = "";
	char		*irt;
	size_t		 lastn = 0;

	buf_init(&t);
	hdr_begin(&h, &t, "References");
	s = o->references != NULL ? o->references : "";
	while ((s = strchr(s, '<')) != NULL &&
	    (e = strchr(s + 1, '>')) != NULL) {
		if (id_ok(s + 1, (size_t)(e - s - 1))) {
			last = s;
			lastn = (size_t)(e - s + 1);
			hdr_atom(&h, last, lastn);
		}
		s = e + 1;
	}

	if (o->in_reply_to != NULL &&
	    id_ok(o->in_reply_to, strlen(o->in_reply_to))) {
		irt = xasprintf("<%s>", o->in_reply_to);
		if (strlen(irt) != lastn || memcmp(irt, last, lastn) != 0)
			hdr_atom(&h, irt, strlen(irt));
		free(irt);
	}

	if (!h.first) {
		hdr_end(&h);
		buf_add(b, t.p, t.len);
	}
	buf_free(&t);
}

int
outbound_headers(struct buf *b, const struct outbound *o, char *err,
    size_t len)
{
	if (o->message_id == NULL ||
	    !id_ok(o->message_id, strlen(o->message_id))) {
		seterr(err, len, "the Message-ID is not a valid id");
		return -1;
	}
	if (put_people(b, "From", o->from, 1) == -1 ||
	    put_people(b, "To", o->to, o->nto) == -1 ||
	    (o->ncc > 0 && put_people(b, "Cc", o->cc, o->ncc) == -1)) {
		seterr(err, len, "an address is not a plain ASCII address");
		return -1;
	}

	/* "Subject: " leaves the first encoded word 67 octets. */
	hdr_text(b, "Subject", o->subject != NULL ? o->subject : "",
	    FOLD_AT - strlen("Subject: "));
	if (put_date(b, o->date) == -1) {
		seterr(err, len, "the date cannot be written");
		return -1;
	}
	buf_printf(b, "Message-ID: <%s>\r\n", o->message_id);
	if (o->in_reply_to != NULL &&
	    id_ok(o->in_reply_to, strlen(o->in_reply_to)))
		buf_printf(b, "In-Reply-To: <%s>\r\n", o->in_reply_to);
	put_references(b, o);

	buf_puts(b, "MIME-Version: 1.0\r\n");
	buf_puts(b, "Auto-Submitted: auto-generated\r\n");
	if (o->loop != NULL && *o->loop != '\0')
		hdr_text(b, "X-Loop", o->loop, FOLD_AT - strlen("X-Loop: "));
	return 0;
}
