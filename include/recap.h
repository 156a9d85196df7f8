/*
 * recap.h: the recap's words, after the district's template.
 */
#ifndef MTSS_RECAP_H
#define MTSS_RECAP_H

#include <time.h>

struct attachment;
struct notes;

struct recap {
	char	*subject;	/* UTF-8 */
	char	*text;		/* UTF-8, LF line ends */
	char	*html;		/* UTF-8, LF line ends, values escaped */
};

/*
 * Fill r from n.  now decides whether the visit was "today" (the usual
 * case) or an earlier day named in full.
 */
void	 recap_compose(const struct notes *, time_t now, struct recap *);
void	 recap_free(struct recap *);
/* Name, in both bodies, each attachment not carried (over cap bytes). */
void	 recap_note_left_out(struct recap *, const struct attachment *,
	    size_t n, size_t cap);

#endif
