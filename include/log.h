/*
 * log.h: one line per message handled, for the mail administrator.
 *
 * Under a mail server (standard error not a terminal) the line goes to
 * syslog, facility mail; by hand it goes to standard error.  Never the
 * notes' content: only identifiers, the result and the reason.
 */
#ifndef MTSS_LOG_H
#define MTSS_LOG_H

/* to_stderr: 1 standard error, 0 syslog, -1 syslog unless a terminal. */
void	 log_init(int to_stderr);
/*
 * What the line names when the process ends from wherever it is (the
 * watchdog, a signal, out of memory: see util.h's tempfail): call it
 * again whenever the message's id or coach becomes known.
 */
void	 log_context(const char *msgid, const char *coach);
/*
 * result: send mode "sent", "preview", "replied", "dropped"; filter
 * mode "recap", "checked", "rejected", "unchanged"; both "tempfail".
 */
void	 log_result(const char *msgid, const char *coach, const char *result,
	    const char *reason);

#endif
