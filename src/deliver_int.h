/*
 * deliver_int.h: what deliver.c and service.c (send mode) share.
 * Nothing else includes it.
 */
#ifndef MTSS_DELIVER_INT_H
#define MTSS_DELIVER_INT_H

#include "buf.h"
#include "config.h"
#include "deliver.h"
#include "pipeline.h"

struct job {
	const struct run *run;
	struct config	 cfg;
	struct buf	 in;
	struct pipeline	 p;
	struct buf	 out;
	const char	*result;	/* for the log; NULL: from the code */
	char		*coach;		/* for the log without notes; ours */
	char		 err[512];	/* the reason, for the log */
};

/*
 * Tell the log what the message is, for a line written by tempfail()
 * (the watchdog, a signal, out of memory); again as more is known.
 */
void	 job_log_context(const struct job *);
/*
 * Send mode: guards, then the recap through sendmail, or a reply to
 * the coach.  Sets j->result and j->err; returns the exit code.
 */
int	 service_run(struct job *);
/*
 * Non-zero when the message is automatic mail or a loop, which filter
 * mode passes on unchanged; the reason in j->err.
 */
int	 service_automatic(struct job *);

#endif
