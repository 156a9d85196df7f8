/*
 * reply.h: the notes back to the coach, as plain text messages.
 *
 * Replies go to the coach alone, marked Auto-Submitted: auto-replied
 * (RFC 3834) and sent with the null envelope sender, so that no robot
 * answers them and no bounce comes back.
 */
#ifndef MTSS_REPLY_H
#define MTSS_REPLY_H

#include <time.h>

#include "buf.h"

struct pipeline;

struct reply {
	const char	*from;		/* the service's address */
	const char	*to;		/* the coach's address */
	const char	*domain;	/* right side of the Message-ID */
	time_t		 date;
};

/* Why the notes could not become a recap, with the notes quoted. */
void	 reply_refusal(const struct reply *, const struct pipeline *,
	    struct buf *out);
/* The warnings of a recap that went out (or a preview). */
void	 reply_warnings(const struct reply *, const struct pipeline *,
	    int preview, struct buf *out);

#endif
