/*
 * recap.h: the recap's words, after the district's template.
 */
#ifndef MTSS_RECAP_H
#define MTSS_RECAP_H

struct notes;

struct recap {
	char	*subject;	/* UTF-8 */
	char	*text;		/* UTF-8, LF line ends */
	char	*html;		/* UTF-8, LF line ends, values escaped */
};

void	 recap_compose(const struct notes *, struct recap *);
void	 recap_free(struct recap *);

#endif
