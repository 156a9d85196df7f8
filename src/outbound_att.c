/*
 * outbound_att.c: the coach's attachments as parts of the recap.
 *
 * These parts are written by hand rather than with libetpan, because
 * its writer quotes every parameter value: an RFC 2231 name
 * (filename*=UTF-8''caf%C3%A9.jpg) must not be quoted.  A name that is
 * not ASCII goes as RFC 2231 in both name* and filename*; an RFC 2047
 * word inside name="..." (what Thunderbird adds for old readers) is
 * forbidden by RFC 2047, section 5, and parsers flag it, so it is not
 * written.  An ASCII name goes as it is.  The bytes go as base64 in
 * lines of 76.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "outbound.h"
#include "outbound_int.h"
#include "util.h"

#define B64_LINE	76	/* RFC 2045, 6.8 */
#define SECTION_MAX	48	/* characters of an RFC 2231 section */

static int	 is_ascii_name(const char *);
static void	 name_2231(struct buf *, const char *, const char *);
static void	 base64(struct buf *, const unsigned char *, size_t);

void
outbound_attachments(struct buf *b, const struct outbound *o,
    const char *boundary)
{
	const struct attachment	*a;
	size_t			 i;

	for (i = 0; i < o->natt; i++) {
		a = &o->att[i];
		if (!a->carried)
			continue;
		buf_printf(b, "\r\n--%s\r\nContent-Type: %s;", boundary,
		    a->type);
		if (a->charset != NULL)
			buf_printf(b, " charset=%s;", a->charset);
		if (is_ascii_name(a->name))
			buf_printf(b, " name=\"%s\"\r\nContent-Transfer-"
			    "Encoding: base64\r\nContent-Disposition: "
			    "attachment; filename=\"%s\"\r\n\r\n", a->name,
			    a->name);
		else {
			name_2231(b, "name", a->name);
			buf_puts(b, "\r\nContent-Transfer-Encoding: base64\r\n"
			    "Content-Disposition: attachment;");
			name_2231(b, "filename", a->name);
			buf_puts(b, "\r\n\r\n");
		}
		base64(b, (const unsigned char *)a->data, a->len);
	}
}

/* Printable ASCII with nothing a quoted string would need escaped. */
static int
is_ascii_name(const char *s)
{
	for (; *s != '\0'; s++)
		if (*s < 0x20 || *s > 0x7e || *s == '"' || *s == '\\')
			return 0;
	return 1;
}

/*
 * param*=UTF-8''%XX..., in sections param*0*=, param*1*= ... on lines
 * of their own when long.
 */
static void
name_2231(struct buf *b, const char *param, const char *name)
{
	static const char	 hex[] = "0123456789ABCDEF";
	struct buf		 v;
	const unsigned char	*p;
	size_t			 i, n, sec = 0;

	buf_init(&v);
	for (p = (const unsigned char *)name; *p != '\0'; p++)
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("!#$&+-.^_`|~", *p))
			buf_putc(&v, *p);
		else
			buf_printf(&v, "%%%c%c", hex[*p >> 4], hex[*p & 15]);

	if (v.len <= SECTION_MAX) {
		buf_printf(b, "\r\n %s*=UTF-8''%s", param, v.p);
		buf_free(&v);
		return;
	}
	for (i = 0; i < v.len; i += n, sec++) {
		n = v.len - i < SECTION_MAX ? v.len - i : SECTION_MAX;
		/* Never cut a %XX in two. */
		if (i + n < v.len && v.p[i + n - 1] == '%')
			n -= 1;
		else if (i + n < v.len && v.p[i + n - 2] == '%')
			n -= 2;
		buf_printf(b, "%s\r\n %s*%zu*=%s", sec > 0 ? ";" : "",
		    param, sec, sec == 0 ? "UTF-8''" : "");
		buf_add(b, v.p + i, n);
	}
	buf_free(&v);
}

/* Lines of 76 joined by CRLF, with none after the last. */
static void
base64(struct buf *b, const unsigned char *s, size_t n)
{
	static const char	 t[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
				    "abcdefghijklmnopqrstuvwxyz0123456789+/";
	char			 q[4];
	size_t			 i, col = 0;
	unsigned long		 v;

	for (i = 0; i < n; i += 3) {
		v = (unsigned long)s[i] << 16;
		if (i + 1 < n)
			v |= (unsigned long)s[i + 1] << 8;
		if (i + 2 < n)
			v |= s[i + 2];
		q[0] = t[v >> 18 & 63];
		q[1] = t[v >> 12 & 63];
		q[2] = i + 1 < n ? t[v >> 6 & 63] : '=';
		q[3] = i + 2 < n ? t[v & 63] : '=';
		if (col == B64_LINE) {
			buf_add(b, "\r\n", 2);
			col = 0;
		}
		buf_add(b, q, 4);
		col += 4;
	}
}
