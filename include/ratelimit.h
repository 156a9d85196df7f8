/*
 * ratelimit.h: at most so many messages an hour for each key (a coach,
 * or the replies to a coach), counted in one small file per key under
 * a state directory, locked while it is read and written.
 */
#ifndef MTSS_RATELIMIT_H
#define MTSS_RATELIMIT_H

#include <time.h>

/*
 * Count one message for key at now.  Returns 1 when it is within the
 * limit, 0 when the limit is reached (not counted), -1 with errno when
 * the state cannot be read or written.
 */
int	 ratelimit_take(const char *dir, const char *key, int limit,
	    time_t now);
/* Give back what ratelimit_take counted, when nothing went out. */
int	 ratelimit_undo(const char *dir, const char *key, time_t now);

#endif
