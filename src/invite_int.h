/*
 * invite_int.h: what invite.c (the libical side) and invite_text.c (the
 * words) share.  Private to the invite step.
 */
#ifndef MTSS_INVITE_INT_H
#define MTSS_INVITE_INT_H

#include <time.h>

struct notes;

/* Valid UTF-8 with control characters as spaces (caller frees). */
char	*invite_clean(const char *);
/* The same for a CN parameter, with '"' as '\''. */
char	*invite_clean_cn(const char *);
/* "mailto:" and the cleaned address. */
char	*invite_mailto(const char *);
/* Non-zero for NULL and the names of UTC itself. */
int	 invite_is_utc(const char *tzid);
char	*invite_summary(const struct notes *);
/* The visit's focus and action items, LF between lines; "" if none. */
char	*invite_description(const struct notes *);
/* SEQUENCE for notes sent at sent. */
int	 invite_sequence(time_t sent);

#endif
