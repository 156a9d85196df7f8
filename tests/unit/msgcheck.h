/*
 * msgcheck.h: checks of a written message for the unit tests; each
 * failure ends the test with "got X, want Y".
 */
#ifndef MTSS_MSGCHECK_H
#define MTSS_MSGCHECK_H

#include <stddef.h>

struct mailmime;

/*
 * CRLF only, 7-bit, an ASCII header block folded within head_max
 * columns with no blank continuation, body lines within 76 columns.
 */
void	 check_lines(const char *what, const char *m, size_t n,
	    size_t head_max);
/* The header field names in order, space separated, each with a value. */
void	 check_order(const char *what, const char *m, const char *want);
/* A raw header value with its folding CRLFs removed. */
char	*unfold(const char *raw);
/* A raw header value unfolded and RFC 2047 decoded, or NULL. */
char	*decode_words(const char *raw);
/* Encoded words of at most 75 octets, whole characters, decoding to in. */
void	 check_words(const char *in, const char *got);
/* The part is type ("text/plain"), case aside. */
void	 check_type(const char *what, struct mailmime *, const char *type);
/*
 * A single part: its type, UTF-8 charset for text, param (a Content-Type
 * parameter or "filename") equal to want_param, and its decoded body.
 */
void	 check_single(const char *what, struct mailmime *, const char *type,
	    const char *param, const char *want_param, const char *want_body);
/* Part i of a multipart that must have want_count parts. */
struct mailmime *mime_part(struct mailmime *, int i, int want_count,
	    const char *what);
/* The value of a header field of m, unfolded, or NULL when absent. */
char	*field_value(const char *m, const char *name);

#endif
