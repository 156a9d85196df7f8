/*
 * log.h: one line per message handled, for the mail administrator.
 *
 * Under a mail server (standard error not a terminal) the line goes to
 * syslog, facility mail; by hand it goes to standard error.  Never the
 * notes' content: only identifiers, the result and the reason.
 */
#ifndef MTSS_LOG_H
#define MTSS_LOG_H

void	 log_init(void);
/* result: "recap", "checked", "rejected", "tempfail". */
void	 log_result(const char *msgid, const char *coach, const char *result,
	    const char *reason);

#endif
