/*
 * msgcheck.c: checks any test can make of a message we wrote: the line
 * invariants mail systems enforce, and its parts and header values read
 * back with libetpan, as a mail reader would.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libetpan/libetpan.h>

#include "buf.h"
#include "msgcheck.h"
#include "util.h"

/*
 * What every message must be: CRLF only, 7-bit, an ASCII header block
 * folded within head_max columns with no blank continuation, body lines
 * within 76 columns (and so far within 998).
 */
void
check_lines(const char *what, const char *m, size_t n, size_t head_max)
{
	size_t	 i, start = 0, len;
	int	 head = 1;

	if (n < 2 || memcmp(m + n - 2, "\r\n", 2) != 0)
		fail_msg("%s: got no CRLF at the end, want one", what);
	for (i = 0; i < n; i++) {
		if ((m[i] == '\r' && (i + 1 == n || m[i + 1] != '\n')) ||
		    (m[i] == '\n' && (i == 0 || m[i - 1] != '\r')))
			fail_msg("%s: got a bare CR or LF at %zu, want CRLF",
			    what, i);
		if ((unsigned char)m[i] >= 0x80 || m[i] == '\0' ||
		    (head && m[i] < 0x20 && m[i] != '\r' && m[i] != '\n'))
			fail_msg("%s: got byte 0x%02x at %zu, want ASCII",
			    what, (unsigned char)m[i], i);
		if (m[i] != '\n')
			continue;
		len = i - 1 - start;
		if (head && len == 0)
			head = 0;
		else if (len > (head ? head_max : 76))
			fail_msg("%s: got a line of %zu octets at %zu, "
			    "want at most %zu", what, len, start,
			    head ? head_max : 76);
		if (head && m[start] == ' ' &&
		    strspn(m + start, " \t") == len)
			fail_msg("%s: got a blank folded line at %zu, want "
			    "none", what, start);
		start = i + 1;
	}
}

/*
 * The names of the header fields, in order, space separated; and each
 * value starts on the field's own line (a fold right after the name is
 * shown by readers as a leading space).
 */
void
check_order(const char *what, const char *m, const char *want)
{
	struct buf	 got;
	const char	*p = m;
	size_t		 k;

	buf_init(&got);
	while (*p != '\0' && strncmp(p, "\r\n", 2) != 0) {
		if (*p != ' ' && *p != '\t') {
			if (got.len > 0)
				buf_putc(&got, ' ');
			k = strcspn(p, ":");
			buf_add(&got, p, k);
			if (p[k] != ':' || p[k + 1] != ' ' ||
			    p[k + 2] == ' ' || p[k + 2] == '\r')
				fail_msg("%s: got \"%.*s\", want a value on "
				    "the field's first line", what,
				    (int)strcspn(p, "\r"), p);
		}
		p = strstr(p, "\r\n") + 2;
	}
	if (got.p == NULL || strcmp(got.p, want) != 0)
		fail_msg("%s: got fields \"%s\", want \"%s\"", what,
		    got.p ? got.p : "", want);
	buf_free(&got);
}

/* A raw header value with its folding CRLFs removed. */
char *
unfold(const char *raw)
{
	struct buf	 b;

	buf_init(&b);
	buf_puts(&b, "");
	for (; *raw != '\0'; raw++)
		if (*raw != '\r' && *raw != '\n')
			buf_putc(&b, *raw);
	return buf_steal(&b);
}

/* A raw header value unfolded and RFC 2047 decoded, as a reader would. */
char *
decode_words(const char *raw)
{
	char	*u, *d = NULL;
	size_t	 i = 0;

	u = unfold(raw);
	if (mailmime_encoded_phrase_parse("utf-8", u, strlen(u), &i, "utf-8",
	    &d) != MAILIMF_NO_ERROR)
		d = NULL;
	free(u);
	return d;
}

/* The type of a part as "type/subtype", lowercase. */
void
check_type(const char *what, struct mailmime *p, const char *want)
{
	struct mailmime_type	*t = p->mm_content_type->ct_type;
	const char		*type = "other";
	char			 got[128];

	if (t->tp_type == MAILMIME_TYPE_COMPOSITE_TYPE &&
	    t->tp_data.tp_composite_type->ct_type ==
	    MAILMIME_COMPOSITE_TYPE_MULTIPART)
		type = "multipart";
	else if (t->tp_type == MAILMIME_TYPE_DISCRETE_TYPE &&
	    t->tp_data.tp_discrete_type->dt_type == MAILMIME_DISCRETE_TYPE_TEXT)
		type = "text";
	else if (t->tp_type == MAILMIME_TYPE_DISCRETE_TYPE &&
	    t->tp_data.tp_discrete_type->dt_type ==
	    MAILMIME_DISCRETE_TYPE_APPLICATION)
		type = "application";
	snprintf(got, sizeof(got), "%s/%s", type,
	    p->mm_content_type->ct_subtype);
	if (strcasecmp(got, want) != 0)
		fail_msg("%s: got part %s, want %s", what, got, want);
}

/*
 * A single part: its type, charset, the parameter and file name wanted
 * (NULL: none), and its body once the transfer encoding is undone.
 */
void
check_single(const char *what, struct mailmime *p, const char *type,
    const char *param, const char *want_param, const char *want_body)
{
	struct mailmime_single_fields	 sf;
	struct mailmime_data		*d = p->mm_data.mm_single;
	const char			*got;
	char				*body;
	size_t				 idx = 0, len;

	check_type(what, p, type);
	mailmime_single_fields_init(&sf, p->mm_mime_fields,
	    p->mm_content_type);
	if (strncmp(type, "text/", 5) == 0 && (sf.fld_content_charset == NULL
	    || strcasecmp(sf.fld_content_charset, "UTF-8") != 0))
		fail_msg("%s: got charset %s on %s, want UTF-8", what,
		    sf.fld_content_charset, type);
	if (param != NULL) {
		got = strcmp(param, "filename") == 0 ?
		    sf.fld_disposition_filename :
		    mailmime_content_param_get(p->mm_content_type,
		    (char *)param);
		if (got == NULL || strcmp(got, want_param) != 0)
			fail_msg("%s: got %s=%s on %s, want %s", what, param,
			    got ? got : "(none)", type, want_param);
	}

	assert_int_equal(mailmime_part_parse(d->dt_data.dt_text.dt_data,
	    d->dt_data.dt_text.dt_length, &idx, d->dt_encoding, &body, &len),
	    MAILIMF_NO_ERROR);
	if (len != strlen(want_body) || memcmp(body, want_body, len) != 0)
		fail_msg("%s: got %s body \"%.*s\", want \"%s\"", what, type,
		    (int)len, body, want_body);
	mmap_string_unref(body);
}

struct mailmime *
mime_part(struct mailmime *mp, int i, int want_count, const char *what)
{
	clist	*l = mp->mm_data.mm_multipart.mm_mp_list;

	if (clist_count(l) != want_count)
		fail_msg("%s: got %d parts, want %d", what, clist_count(l),
		    want_count);
	return clist_nth_data(l, i);
}

/*
 * Each word within 75 octets and holding whole UTF-8 characters (a
 * reader may decode each word alone); all of them decode to the input.
 */
void
check_words(const char *in, const char *got)
{
	const char	*p = got;
	char		*raw, *all;
	size_t		 n, idx, len;

	while (*p != '\0') {
		n = strcspn(p, " ");
		if (n > 75 || n < 12 || strncmp(p, "=?UTF-8?B?", 10) != 0 ||
		    strncmp(p + n - 2, "?=", 2) != 0)
			fail_msg("got word \"%.*s\", want an encoded word of "
			    "at most 75 octets", (int)n, p);
		idx = 0;
		assert_int_equal(mailmime_part_parse(p + 10, n - 12, &idx,
		    MAILMIME_MECHANISM_BASE64, &raw, &len), MAILIMF_NO_ERROR);
		if (!utf8_valid(raw, len))
			fail_msg("got word \"%.*s\", want whole characters",
			    (int)n, p);
		mmap_string_unref(raw);
		p += n + (p[n] == ' ');
	}
	all = decode_words(got);
	if (all == NULL || strcmp(all, in) != 0)
		fail_msg("got \"%s\" decoded, want \"%s\"", all, in);
	free(all);
}

/* The field's value with CRLF removed, or NULL when it is absent. */
char *
field_value(const char *m, const char *name)
{
	struct buf	 b;
	const char	*p, *e;
	size_t		 n = strlen(name);

	for (p = m; strncmp(p, name, n) != 0 || p[n] != ':';
	    p = strstr(p, "\r\n") + 2)
		if (strncmp(p, "\r\n", 2) == 0)
			return NULL;
	buf_init(&b);
	for (p += n + 2; (e = strstr(p, "\r\n")) != NULL; p = e + 2) {
		buf_add(&b, p, (size_t)(e - p));
		if (e[2] != ' ' && e[2] != '\t')
			break;
	}
	return buf_steal(&b);
}
