/*
 * invite.h: the iCalendar invitation for the next touchpoint, made with
 * libical.
 */
#ifndef MTSS_INVITE_H
#define MTSS_INVITE_H

#include <stddef.h>
#include <time.h>

struct notes;
struct config;

/*
 * The iMIP object for n->next (which must not be NULL): METHOD:REQUEST,
 * or METHOD:CANCEL when the touchpoint is cancelled.  now is DTSTAMP.
 * Returns the calendar as UTF-8 text with CRLF line ends (caller frees)
 * and sets *method to "REQUEST" or "CANCEL"; NULL with err on failure.
 */
char	*invite_make(const struct notes *, const struct config *, time_t now,
	    const char **method, char *err, size_t);
/* The stable UID of a visit: same coach, school and visit day. */
char	*invite_uid(const struct notes *, const struct config *);

#endif
