/*
 * notes_limits.h: how much the notes step reads.  The filter reads mail
 * from anyone, so no body may make it work without bound; each limit
 * is far above what a coach types (a long visit is under 100 lines).
 */
#ifndef MTSS_NOTES_LIMITS_H
#define MTSS_NOTES_LIMITS_H

#include "diag.h"

#define NOTES_MAX_LINES		5000	/* lines of the body read */
#define NOTES_MAX_VALUE		2000	/* bytes of one line */
#define NOTES_MAX_ITEMS		200	/* items of one list */
#define NOTES_MAX_ACTIONS	200	/* action items */
#define NOTES_MAX_PEOPLE	100	/* addresses in To and Cc */
#define NOTES_MAX_YEAR		2999	/* of the next touchpoint */

struct notes;

/* An error for the first line over NOTES_MAX_VALUE, and past the last. */
void	 limits_body(const char *body, struct diags *);
/*
 * An error for each list of the notes over its limit, or a year; and
 * one for notes with nothing to put in a recap.
 */
void	 limits_notes(struct notes *);
/* Where lines_read cuts a line of len bytes: a whole UTF-8 character. */
size_t	 limits_cut(const char *line, size_t len);

#endif
