/*
 * outbound_int.h: what the files of the outbound step share among
 * themselves.  Nothing outside src/outbound*.c includes it.
 */
#ifndef MTSS_OUTBOUND_INT_H
#define MTSS_OUTBOUND_INT_H

#include <stddef.h>

struct buf;
struct outbound;

/*
 * The header fields from From to Auto-Submitted and X-Loop, ASCII,
 * folded, each line CRLF; the caller adds Content-Type and the body.
 * Returns 0, or -1 with err (an address or the Message-ID unusable).
 */
int	 outbound_headers(struct buf *, const struct outbound *,
	    char *err, size_t);

/*
 * Each carried attachment of o as a part of the multipart whose
 * boundary is given: "\r\n--boundary\r\n", headers, base64, and no
 * line end after the last line, which the next delimiter brings.
 */
void	 outbound_attachments(struct buf *, const struct outbound *,
	    const char *boundary);

#endif
