/*
 * send.h: hand a message to sendmail(8) and wait for its answer.
 */
#ifndef MTSS_SEND_H
#define MTSS_SEND_H

#include <stddef.h>

/*
 * Run "sendmail -i -f sender -- rcpt..." with no shell and a clean
 * environment, write msg to it, and wait at most timeout seconds.
 * sender "" is the null sender.  Returns 0 when sendmail took the
 * message (exit 0); -1 with the reason in err for anything else:
 * missing, failing, killed, or killed by us for taking too long.
 */
int	 send_submit(const char *sendmail, const char *sender,
	    const char *const *rcpt, size_t nrcpt, const char *msg,
	    size_t len, int timeout, char *err, size_t errlen);
/*
 * Kill the sendmail send_submit is waiting for, and its process group,
 * if there is one: a signal ends us with 75, and a recap delivered after
 * that would go out twice when the mail server retries.
 * Async-signal-safe.
 */
void	 send_kill(void);

#endif
