/*
 * outbound.h: the recap as an RFC 5322 message, written with libetpan.
 */
#ifndef MTSS_OUTBOUND_H
#define MTSS_OUTBOUND_H

#include <stddef.h>
#include <time.h>

#include "buf.h"
#include "intake.h"

struct outbound {
	const struct person	*from;
	const struct person	*to;
	size_t			 nto;
	const struct person	*cc;
	size_t			 ncc;
	const char		*subject;	/* UTF-8 */
	time_t			 date;
	const char		*message_id;	/* without <> */
	const char		*in_reply_to;	/* without <>, or NULL */
	const char		*references;	/* as read, or NULL */
	const char		*loop;		/* X-Loop value */
	const char		*text;		/* UTF-8, LF line ends */
	const char		*html;		/* UTF-8, LF line ends */
	const char		*ics;		/* CRLF, or NULL */
	const char		*method;	/* "REQUEST", "CANCEL" */
	const struct attachment	*att;		/* the coach's; only those */
	size_t			 natt;		/* carried are written */
};

/*
 * The whole message, CRLF throughout, headers ASCII (RFC 2047 where the
 * value is not), appended to out.  Returns 0, or -1 with err.
 */
int	 outbound_write(const struct outbound *, struct buf *out,
	    char *err, size_t);
/*
 * Non-zero when a can be written as a bare address in a header: ASCII,
 * local@domain, nothing that would need quoting.
 */
int	 outbound_addr_ok(const char *a);
/* One header value as RFC 2047 encoded-words when it is not ASCII. */
char	*outbound_encode_words(const char *utf8);

#endif
