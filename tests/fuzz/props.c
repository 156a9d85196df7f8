/*
 * props.c: what every recap message must be, whatever notes came in,
 * checked on each output of the pipeline fuzzer.  "No crash" is not
 * enough for a filter that writes mail from anyone's text: the input
 * must not reach a header unencoded, add a tag to the HTML or break the
 * invitation.  Each failure names the property and abort()s, so
 * libFuzzer keeps the input and the replay driver fails.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libetpan/libetpan.h>

#include "buf.h"
#include "config.h"
#include "fuzz.h"
#include "notes.h"
#include "util.h"

#define LINE_MAX_OCTETS	998	/* RFC 5322 2.1.1, CRLF aside */

struct parts {
	int	 ntext, nhtml, nics;
};

static void	 check_lines(const char *, size_t);
static size_t	 check_header(const char *, size_t);
static int	 name_allowed(const char *, size_t);
static void	 check_mime(const char *, size_t, const struct notes *,
		    const struct config *);
static void	 walk(struct mailmime *, struct parts *,
		    const struct notes *, const struct config *);
static void	 check_single(struct mailmime *, struct parts *,
		    const struct notes *, const struct config *);
static void	 check_crlf(const char *, size_t, const char *);

/* The header fields outbound_hdr.c writes; any other came from input. */
static const char *const head_names[] = {
	"From", "To", "Cc", "Subject", "Date", "Message-ID", "In-Reply-To",
	"References", "MIME-Version", "Auto-Submitted", "X-Loop",
	"Content-Type", "Content-Transfer-Encoding"
};

void
fuzz_fail(const char *fmt, ...)
{
	va_list	 ap;

	fputs("property failed: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

void
props_check(const char *msg, size_t len, const struct notes *n,
    const struct config *cfg)
{
	if (len == 0)
		fuzz_fail("a recap of no bytes for notes with no error");
	check_lines(msg, len);
	check_header(msg, len);
	check_mime(msg, len, n, cfg);
}

/* CRLF only, no NUL, every line within 998 octets. */
static void
check_lines(const char *m, size_t n)
{
	size_t	 i, start = 0;

	if (n < 2 || memcmp(m + n - 2, "\r\n", 2) != 0)
		fuzz_fail("the message does not end with CRLF");
	check_crlf(m, n, "the message");
	for (i = 0; i < n; i++) {
		if (m[i] == '\0')
			fuzz_fail("a NUL at octet %zu", i);
		if (m[i] != '\n')
			continue;
		if (i - 1 - start > LINE_MAX_OCTETS)
			fuzz_fail("a line of %zu octets at %zu",
			    i - 1 - start, start);
		start = i + 1;
	}
}

static void
check_crlf(const char *m, size_t n, const char *what)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if ((m[i] == '\r' && (i + 1 == n || m[i + 1] != '\n')) ||
		    (m[i] == '\n' && (i == 0 || m[i - 1] != '\r')))
			fuzz_fail("%s: a bare CR or LF at octet %zu", what, i);
}

/*
 * The header block: printable ASCII, each field one we write, each
 * continuation line folded and not blank.  Returns its length.
 */
static size_t
check_header(const char *m, size_t n)
{
	size_t	 i = 0, k, len;

	while (i < n && strncmp(m + i, "\r\n", 2) != 0) {
		len = (size_t)((const char *)memchr(m + i, '\n', n - i) -
		    (m + i)) - 1;
		for (k = i; k < i + len; k++)
			if ((unsigned char)m[k] >= 0x7f ||
			    ((unsigned char)m[k] < 0x20 && m[k] != '\t'))
				fuzz_fail("header byte 0x%02x at octet %zu",
				    (unsigned char)m[k], k);
		if (m[i] == ' ' || m[i] == '\t') {
			if (strspn(m + i, " \t") == len)
				fuzz_fail("a blank folded line at %zu", i);
		} else if ((k = strcspn(m + i, ":\r")) == len ||
		    !name_allowed(m + i, k))
			fuzz_fail("header line \"%.*s\" is no field we write",
			    (int)len, m + i);
		i += len + 2;
	}
	if (i >= n)
		fuzz_fail("no blank line ends the header");
	return i;
}

static int
name_allowed(const char *name, size_t len)
{
	size_t	 i;

	for (i = 0; i < sizeof(head_names) / sizeof(head_names[0]); i++)
		if (strlen(head_names[i]) == len &&
		    strncmp(head_names[i], name, len) == 0)
			return 1;
	return 0;
}

/*
 * Read back as a reader would: the MIME tree parses, the text parts are
 * UTF-8, the HTML and the invitation hold their properties, and there
 * is an invitation exactly when the notes name a next touchpoint.
 */
static void
check_mime(const char *m, size_t n, const struct notes *notes,
    const struct config *cfg)
{
	struct mailmime	*mime = NULL;
	struct parts	 got;
	size_t		 idx = 0;

	memset(&got, 0, sizeof(got));
	if (mailmime_parse(m, n, &idx, &mime) != MAILIMF_NO_ERROR)
		fuzz_fail("libetpan cannot parse the recap");
	walk(mime, &got, notes, cfg);
	mailmime_free(mime);
	if (got.ntext != 1 || got.nhtml != 1)
		fuzz_fail("%d text and %d HTML parts, want one of each",
		    got.ntext, got.nhtml);
	if (got.nics != (notes->next != NULL))
		fuzz_fail("%d invitations for %s touchpoint", got.nics,
		    notes->next != NULL ? "a" : "no");
}

static void
walk(struct mailmime *mm, struct parts *got, const struct notes *n,
    const struct config *cfg)
{
	clistiter	*it;

	switch (mm->mm_type) {
	case MAILMIME_MESSAGE:
		if (mm->mm_data.mm_message.mm_fields == NULL)
			fuzz_fail("no header fields read back");
		if (mm->mm_data.mm_message.mm_msg_mime != NULL)
			walk(mm->mm_data.mm_message.mm_msg_mime, got, n, cfg);
		break;
	case MAILMIME_MULTIPLE:
		for (it = clist_begin(mm->mm_data.mm_multipart.mm_mp_list);
		    it != NULL; it = clist_next(it))
			walk(clist_content(it), got, n, cfg);
		break;
	default:
		check_single(mm, got, n, cfg);
		break;
	}
}

/* One leaf: decoded, its line ends checked, then by its type. */
static void
check_single(struct mailmime *mm, struct parts *got, const struct notes *n,
    const struct config *cfg)
{
	struct mailmime_data	*d = mm->mm_data.mm_single;
	const char		*sub = mm->mm_content_type ?
				    mm->mm_content_type->ct_subtype : "";
	char			*body;
	size_t			 idx = 0, len;

	if (d == NULL)
		return;
	if (mailmime_part_parse(d->dt_data.dt_text.dt_data,
	    d->dt_data.dt_text.dt_length, &idx, d->dt_encoding, &body,
	    &len) != MAILIMF_NO_ERROR)
		fuzz_fail("a %s part does not decode", sub);
	check_crlf(body, len, sub);
	if (!utf8_valid(body, len))
		fuzz_fail("a %s part is not UTF-8", sub);
	if (strcasecmp(sub, "plain") == 0)
		got->ntext++;
	else if (strcasecmp(sub, "html") == 0) {
		got->nhtml++;
		props_html(body, len);
	} else if (strcasecmp(sub, "calendar") == 0 ||
	    strcasecmp(sub, "ics") == 0) {
		got->nics += strcasecmp(sub, "calendar") == 0;
		props_ics(body, len, n, cfg);
	}
	mmap_string_unref(body);
}
