/*
 * deliver.h: one message in, one recap (or a clear refusal) out.
 *
 * This step owns the contract with the mail system: it reads standard
 * input to its end, runs the other steps, writes the whole result or
 * nothing, and returns the exit code.
 */
#ifndef MTSS_DELIVER_H
#define MTSS_DELIVER_H

#include <time.h>

enum mode {
	MODE_FILTER,	/* the recap message on standard output */
	MODE_CHECK,	/* what was understood, for the coach */
	MODE_JSON	/* the same, as JSON */
};

struct run {
	enum mode	 mode;
	const char	*config;	/* path, or NULL */
	time_t		 now;
};

int	 deliver_run(const struct run *);

#endif
