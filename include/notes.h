/*
 * notes.h: what the coach's notes mean.
 *
 * The notes step turns the lines of the notes body into a struct notes,
 * and says what it did not understand as diagnostics with line numbers.
 */
#ifndef MTSS_NOTES_H
#define MTSS_NOTES_H

#include <stddef.h>
#include <time.h>

#include "dates.h"
#include "diag.h"
#include "intake.h"

struct config;

struct item {
	char	*text;
	int	 line;
};

struct items {
	struct item	*v;
	size_t		 n;
	size_t		 cap;
};

struct action {
	char		*who;		/* NULL when the coach gave none */
	char		*what;
	char		*due_text;	/* as written, or NULL */
	int		 has_due;	/* due resolved to a day */
	struct ymd	 due;
	int		 line;
	char		*due_note;	/* words beside the due day ("morning"),
					   or NULL */
};

struct touchpoint {
	int		 cancel;	/* "Next: cancel" */
	struct when	 when;		/* unset when cancel */
	char		*location;	/* or NULL */
	char		*focus;		/* or NULL */
	int		 line;
};

struct notes {
	struct person	 coach;		/* From of the notes */
	struct person	*to;		/* leaders */
	size_t		 nto;
	struct person	*cc;
	size_t		 ncc;
	char		*greeting;	/* "Dr. Lopez" */
	char		*school;
	struct ymd	 visit;
	struct items	 focus;
	struct items	 bright;
	struct items	 consider;
	struct action	*actions;
	size_t		 nactions;
	struct touchpoint *next;	/* NULL: still to be scheduled */
	char		*signature;	/* the coach's, LF-separated lines, or
					   NULL: the coach's name */
	char		*tzid;		/* zone of the times, or NULL: UTC */
	time_t		 sent;		/* Date of the notes message */
	char		*message_id;	/* of the notes, without <> */
	char		*references;	/* of the notes */
	struct diags	 diag;
};

/*
 * Understand the notes of m under cfg.  Always returns a struct notes
 * (free it with notes_free); notes that cannot become a recap carry at
 * least one SEV_ERROR diagnostic.
 */
struct notes	*notes_parse(const struct mail_in *m, const struct config *);
void		 notes_free(struct notes *);

#endif
