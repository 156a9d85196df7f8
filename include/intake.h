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
};

/*
 * Read the message in msg (len bytes, any line ends).  Returns 0, or -1
 * with a reason in err when it holds no notes we can read (no From, no
 * text part).
 */
int	 intake_read(const char *msg, size_t len, struct mail_in *,
	    char *err, size_t);
void	 mail_in_free(struct mail_in *);

/*
 * An address list as a coach types it ("Dr. Maria Lopez
 * <mlopez@x.org>, b@y.org").  Appends to *v; returns how many were
 * added, or -1 if text holds no address.
 */
int	 intake_addresses(const char *text, struct person **v, size_t *n);
void	 person_free(struct person *);
void	 person_copy(struct person *, const struct person *);

#endif
