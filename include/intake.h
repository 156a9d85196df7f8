/*
 * intake.h: the incoming notes message, read with libetpan.
 *
 * This is the only step that knows MIME.  What it hands on is plain:
 * decoded UTF-8 header values with no control characters, and the notes
 * as UTF-8 text with LF line ends.
 */
#ifndef MTSS_INTAKE_H
#define MTSS_INTAKE_H

#include <stddef.h>
#include <time.h>

struct person {
	char	*name;		/* display name, UTF-8, or NULL */
	char	*addr;		/* bare address, never NULL */
};

/*
 * A file the coach attached (a photo of the data wall, a PDF).  One
 * that does not fit under the cap keeps its name and size, not its
 * bytes, so the recap can say it was left out.
 */
struct attachment {
	char	*name;		/* UTF-8, no path, quote or control */
	char	*type;		/* "image/jpeg", lowercase */
	char	*charset;	/* of a text/ part, a safe token, or NULL */
	char	*data;		/* decoded bytes, NULL when not carried */
	size_t	 len;		/* decoded size, carried or not */
	int	 carried;	/* within the cap */
};

struct mail_in {
	struct person	 from;
	struct person	*to;		/* the To header of the notes */
	size_t		 nto;
	char		*subject;	/* decoded, or NULL */
	char		*message_id;	/* without <>, or NULL */
	char		*references;	/* References, without folding */
	time_t		 date;		/* Date header as an instant */
	int		 has_date;
	char		*body;		/* UTF-8, LF line ends, NUL-ended */
	struct attachment *att;		/* in the order of the message */
	size_t		 natt;
};

/* What intake_read_guarded allows a message; 0 takes the default. */
struct intake_limits {
	size_t	 max_size;	/* bytes of the message; 0: no limit */
	size_t	 attach_max;	/* bytes of attachments carried */
	int	 cpu;		/* seconds of CPU for the parse (4) */
	int	 wall;		/* seconds in all (6) */
	size_t	 mem;		/* bytes of memory more than at the start
				   (256 MB and 8 times the message) */
	int	 in_process;	/* no child: for fuzzers, never for mail */
	size_t	 whole;		/* bytes it had, when only len were kept */
};

#define INTAKE_REFUSED	(-1)	/* this message will never be read */
#define INTAKE_TEMPFAIL	(-2)	/* a retry may do better */

struct diags;

/*
 * Read the message in msg (len bytes, any line ends).  Returns 0, or -1
 * with a reason in err when it holds no notes we can read (no From, no
 * text part).
 */
int	 intake_read(const char *msg, size_t len, struct mail_in *,
	    char *err, size_t);
void	 mail_in_free(struct mail_in *);

/*
 * intake_read in a child process with memory, CPU and time limits, so
 * that a crash or a runaway of the MIME parser on untrusted mail ends
 * the child, not the filter.  Returns 0, INTAKE_REFUSED (too large,
 * unreadable, or the parser crashed or ran out of CPU time on it) or
 * INTAKE_TEMPFAIL (no process or pipe to be had, the parser out of
 * memory or of wall-clock time), with a reason in err.
 */
int	 intake_read_guarded(const char *msg, size_t len,
	    const struct intake_limits *, struct mail_in *, char *err,
	    size_t);
/* Attachments past cap bytes in all lose their bytes, not their name. */
void	 intake_attach_cap(struct mail_in *, size_t cap);
/* A warning for each attachment not carried, for the coach. */
void	 intake_attach_warn(const struct mail_in *, size_t cap,
	    struct diags *);
/* "12 MB", "340 KB", "18 bytes": a size as a coach reads it. */
char	*intake_size_text(size_t);

/*
 * An address list as a coach types it ("Dr. Maria Lopez
 * <mlopez@x.org>, b@y.org").  Appends to *v; returns how many were
 * added, or -1 if text holds no address.
 */
int	 intake_addresses(const char *text, struct person **v, size_t *n);
void	 person_free(struct person *);
void	 person_copy(struct person *, const struct person *);

#endif
