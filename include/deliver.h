/*
 * deliver.h: one message in, one recap (or a clear refusal) out.
 *
 * This step owns the contract with the mail system: it reads standard
 * input to its end, runs the other steps, writes the whole result or
 * submits it, and returns the exit code.
 */
#ifndef MTSS_DELIVER_H
#define MTSS_DELIVER_H

#include <time.h>

enum mode {
	MODE_FILTER,	/* the recap message on standard output */
	MODE_CHECK,	/* what was understood, for the coach */
	MODE_JSON,	/* the same, as JSON */
	MODE_SEND	/* the recap submitted through sendmail */
};

enum logto {
	LOG_AUTO,	/* syslog unless standard error is a terminal */
	LOG_SYSLOG,
	LOG_STDERR
};

struct run {
	enum mode	 mode;
	const char	*config;	/* path, or NULL */
	time_t		 now;
	const char	*sender;	/* envelope sender, or NULL: unknown */
	const char	*recipient;	/* envelope recipient, or NULL */
	enum logto	 log;
};

int	 deliver_run(const struct run *);

#endif
