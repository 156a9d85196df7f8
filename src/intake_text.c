/*
 * intake_text.c: from MIME bytes to clean UTF-8 text.  It undoes a
 * part's transfer encoding and charset and normalises the text; it also
 * decodes and cleans header values.  Whatever leaves this file is valid
 * UTF-8 with no control characters but TAB and LF (none at all in header
 * values).
 * format=flowed is unwrapped here too; HTML is intake_html.c's, and
 * which parts to read intake_part.c's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libetpan/libetpan.h>

#include "buf.h"
#include "intake_int.h"
#include "util.h"

static int	 charset_is(const char *, const char *const *);
static size_t	 flowed_depth(const char *, size_t);
static size_t	 utf8_seqlen(const unsigned char *, size_t);
static void	 value_clean(struct buf *, const char *);

static const char *const utf8_names[] = { "utf-8", "utf8", NULL };
static const char *const ascii_names[] = { "us-ascii", "ascii",
    "ansi_x3.4-1968", NULL };
/* Mail labelled Latin-1 is in practice windows-1252 (curly quotes). */
static const char *const latin1_names[] = { "iso-8859-1", "iso8859-1",
    "iso_8859-1", "latin1", "l1", NULL };

/*
 * The part's bytes with the transfer encoding undone (CRLF line ends).
 * libetpan 1.9.4 reads a byte past the end of quoted-printable text
 * that ends in "=" and one character, so it decodes a padded copy.
 */
int
intake_part_decode(struct mailmime *m, char **out, size_t *outlen)
{
	struct mailmime_data	*d = m->mm_data.mm_single;
	size_t			 idx = 0, len;
	char			*copy;
	int			 enc, r;

	if (d == NULL || d->dt_type != MAILMIME_DATA_TEXT)
		return -1;
	enc = d->dt_encoded ? d->dt_encoding : MAILMIME_MECHANISM_8BIT;
	len = d->dt_data.dt_text.dt_length;
	copy = xcalloc(1, len + 4);
	memcpy(copy, d->dt_data.dt_text.dt_data, len);

	r = mailmime_part_parse(copy, len, &idx, enc, out, outlen);
	free(copy);
	return r == MAILIMF_NO_ERROR ? 0 : -1;
}

/*
 * Bytes in charset (NULL if none was declared) appended to b as UTF-8.
 * Undeclared or ASCII-labelled text is taken as UTF-8 when it is valid
 * UTF-8, since phones send that, and as windows-1252 otherwise.
 */
void
intake_to_utf8(const char *charset, const char *s, size_t n, struct buf *b)
{
	char	*r;
	size_t	 rlen;

	if (charset == NULL || charset_is(charset, ascii_names) ||
	    charset_is(charset, utf8_names)) {
		if (utf8_valid(s, n) || charset_is(charset, utf8_names)) {
			intake_utf8_repair(b, s, n);
			return;
		}
		charset = "windows-1252";
	} else if (charset_is(charset, latin1_names))
		charset = "windows-1252";
	if (n == 0)
		return;

	/* XXX an unknown charset is read as if none had been declared. */
	if (charconv_buffer("utf-8", charset, s, n, &r, &rlen) !=
	    MAIL_CHARCONV_NO_ERROR) {
		if (strcasecmp(charset, "windows-1252") == 0)
			intake_utf8_repair(b, s, n);
		else
			intake_to_utf8(NULL, s, n, b);
		return;
	}
	intake_utf8_repair(b, r, rlen);
	charconv_buffer_free(r);
}

static int
charset_is(const char *charset, const char *const *names)
{
	if (charset == NULL)
		return 0;
	for (; *names != NULL; names++)
		if (strcasecmp(charset, *names) == 0)
			return 1;
	return 0;
}

/*
 * LF line ends; no byte-order mark, NUL or other control character
 * (an invalid quoted-printable escape decodes to NUL).  TAB stays.
 */
void
intake_text_normalise(struct buf *b)
{
	size_t	 i, o = 0;
	char	 c;

	i = b->len >= 3 && memcmp(b->p, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
	for (; i < b->len; i++) {
		c = b->p[i];
		if (c == '\r' && i + 1 < b->len && b->p[i + 1] == '\n')
			continue;
		if (c == '\r')
			c = '\n';
		if (((unsigned char)c < 0x20 && c != '\t' && c != '\n') ||
		    c == 0x7f)
			continue;
		b->p[o++] = c;
	}
	if (b->p != NULL)
		b->p[o] = '\0';
	b->len = o;
}

void
intake_utf8_repair(struct buf *b, const char *s, size_t n)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, k;

	while (i < n) {
		if ((k = utf8_seqlen(p + i, n - i)) == 0) {
			buf_add(b, "\xef\xbf\xbd", 3);
			i++;
			continue;
		}
		buf_add(b, s + i, k);
		i += k;
	}
}

/* Length of the valid UTF-8 sequence at p, 0 if there is none. */
static size_t
utf8_seqlen(const unsigned char *p, size_t n)
{
	size_t	 need;

	if (p[0] < 0x80)
		return 1;
	need = p[0] >= 0xf0 ? 4 : p[0] >= 0xe0 ? 3 : 2;
	if (need > n || !utf8_valid((const char *)p, need))
		return 0;
	return need;
}

/*
 * Raw 8-bit bytes outside encoded words are taken as UTF-8 when the
 * whole value is valid UTF-8, as windows-1252 otherwise.
 */
char *
intake_header_text(const char *raw)
{
	struct buf	 b;
	char		*dec = NULL;
	size_t		 idx = 0;

	if (raw == NULL)
		return NULL;
	buf_init(&b);
	if (mailmime_encoded_phrase_parse(utf8_valid(raw, strlen(raw)) ?
	    "utf-8" : "windows-1252", raw, strlen(raw), &idx, "utf-8",
	    &dec) == MAILIMF_NO_ERROR && dec != NULL) {
		intake_utf8_repair(&b, dec, strlen(dec));
		free(dec);
	} else
		intake_to_utf8(NULL, raw, strlen(raw), &b);

	dec = buf_steal(&b);
	value_clean(&b, dec);
	free(dec);
	if (b.len == 0) {
		buf_free(&b);
		return NULL;
	}
	return buf_steal(&b);
}

/*
 * One line of text: control characters (C0, DEL, C1) become spaces,
 * runs of white space one space, none at either end.  Decoded words may
 * hold CR LF, which must never reach a header we write.
 */
static void
value_clean(struct buf *b, const char *s)
{
	char		*t = xstrdup(s);
	unsigned char	*p;
	int		 space = 0;

	strsanitize(t);
	for (p = (unsigned char *)t; *p != '\0'; p++) {
		/* C1 controls are U+0080 to U+009F: C2 80 to C2 9F. */
		if (p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) {
			p[1] = ' ';
			continue;
		}
		if (*p == ' ') {
			space = b->len > 0;
			continue;
		}
		if (space)
			buf_putc(b, ' ');
		space = 0;
		buf_putc(b, *p);
	}
	free(t);
}

/*
 * RFC 3676: a line ending in a space is continued by the next one of
 * the same quote depth (the space dropped too with DelSp=yes); a
 * leading space was added by the sender to stuff the line.  The
 * signature separator "-- " is never a soft break.
 */
void
intake_unflow(struct buf *b, int delsp)
{
	struct buf	 o;
	const char	*p, *e, *end;
	size_t		 d, n, prev = 0;
	int		 soft = 0;

	buf_init(&o);
	end = b->p != NULL ? b->p + b->len : NULL;
	for (p = b->p; p != NULL && p < end; p = e + (e < end)) {
		if ((e = memchr(p, '\n', (size_t)(end - p))) == NULL)
			e = end;
		d = flowed_depth(p, (size_t)(e - p));

		/* A new line, unless this one continues the last. */
		if (soft && d != prev)
			buf_putc(&o, '\n');
		if (!soft || d != prev) {
			buf_add(&o, p, d);
			if (d > 0)
				buf_putc(&o, ' ');
		}
		p += d;
		if (p < e && *p == ' ')
			p++;

		n = (size_t)(e - p);
		soft = n > 0 && p[n - 1] == ' ' &&
		    !(n == 3 && memcmp(p, "-- ", 3) == 0);
		buf_add(&o, p, soft && delsp ? n - 1 : n);
		if (!soft)
			buf_putc(&o, '\n');
		prev = d;
	}
	if (soft)
		buf_putc(&o, '\n');
	buf_free(b);
	*b = o;
}

/* How many '>' (quote markers) start the line. */
static size_t
flowed_depth(const char *p, size_t n)
{
	size_t	 d = 0;

	while (d < n && p[d] == '>')
		d++;
	return d;
}
