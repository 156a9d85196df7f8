/*
 * pipeline.h: the core of the filter, with no I/O and no exit: a notes
 * message in memory becomes the notes understood and, when they can,
 * the recap message.  The command-line filter, a fuzzer or a milter
 * call it alike.  Times are in the coach's zone: pipeline_read sets the
 * process's TZ to it once it knows who the coach is.
 */
#ifndef MTSS_PIPELINE_H
#define MTSS_PIPELINE_H

#include <stddef.h>
#include <time.h>

#include "buf.h"
#include "intake.h"

struct config;
struct notes;

#define PIPE_OK		0
#define PIPE_REFUSED	1	/* the notes cannot become a recap */
#define PIPE_TEMPFAIL	2	/* a retry may do better */

struct pipeline {
	const char		*msg;		/* the notes message */
	size_t			 len;
	size_t			 whole;		/* its bytes, if more than len
						   arrived; else len */
	const struct config	*cfg;
	time_t			 now;
	struct mail_in		 mail;
	struct notes		*notes;		/* NULL until read */
	struct buf		 recap;		/* the recap message, CRLF */
	int			 preview;	/* Subject began "preview" */
	int			 in_process;	/* no parse child: fuzzers */
	char			 err[512];	/* why, when not PIPE_OK */
};

void	 pipeline_init(struct pipeline *, const char *, size_t,
	    const struct config *, time_t);
/* Read the message and understand the notes. */
int	 pipeline_read(struct pipeline *);
/* Compose the recap message into p->recap; after pipeline_read. */
int	 pipeline_compose(struct pipeline *);
void	 pipeline_free(struct pipeline *);
/* The configured service address, else the one the notes went to. */
const char *pipeline_service_address(const struct pipeline *);

#endif
