/*
 * guard.h: who may use the service, and which mail it must not answer.
 *
 * The recap address is open to the internet and writes under a coach's
 * name, so every message is checked before anything is sent: it must
 * not be automatic mail or one of our own (a loop), and in send mode
 * its sender must be a listed coach, proved by the mail server's own
 * Authentication-Results when the configuration names it.  The checks
 * read the header fields as they arrived (rawhdr.h).
 */
#ifndef MTSS_GUARD_H
#define MTSS_GUARD_H

#include <stddef.h>

struct config;
struct rawhdrs;

struct guard_in {
	const struct rawhdrs	*h;
	const char	*from;		/* the From address, or NULL */
	const char	*envelope;	/* envelope sender, "" null, or NULL */
	const char	*service;	/* our own address */
};

/*
 * Non-zero when the message is automatic, a list's, a report or one of
 * ours, with the reason in why.
 */
int	 guard_automatic(const struct guard_in *, char *why, size_t);
/* Non-zero when the sender may not use the service, with the reason. */
int	 guard_refused(const struct config *, const struct guard_in *,
	    char *why, size_t);
/*
 * The envelope sender: given (the -f of the mail server or its SENDER),
 * else Return-Path, else an mbox From line; "" for the null sender,
 * NULL when nothing says.  Free the result.
 */
char	*guard_envelope(const struct rawhdrs *, const char *given);
/* Non-zero when an address of the message has the +preview detail. */
int	 guard_preview_address(const struct rawhdrs *, const char *rcpt);

/*
 * The Authentication-Results value v, when its authserv-id is id:
 * 1 when it shows dmarc=pass, or dkim=pass for a domain aligned with
 * domain; 0 when it does not (why says what it showed); -1 when the
 * field is not ours.  Comments are ignored.
 */
int	 authres_check(const char *v, const char *id, const char *domain,
	    char *why, size_t);

#endif
