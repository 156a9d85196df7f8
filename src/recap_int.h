/*
 * recap_int.h: the recap as a list of blocks, shared by recap.c, which
 * builds it from the notes, and recap_write.c, which writes it as text
 * and as HTML.
 */
#ifndef MTSS_RECAP_INT_H
#define MTSS_RECAP_INT_H

#include <stddef.h>

#include "buf.h"

struct action;
struct items;
struct notes;
struct ymd;

#define WRAP	72
#define NDASH	"\xe2\x80\x93"
#define RSQUO	"\xe2\x80\x99"
#define BULLET	"\xe2\x97\x8f"

enum kind {
	K_PARA,		/* a paragraph */
	K_TITLE,	/* a title line of its own */
	K_BULLETS,	/* a heading, then bulleted items */
	K_ACTIONS,	/* the action items */
	K_LINES		/* lines kept as they are: the signature */
};

struct block {
	enum kind	 kind;
	char		*text;		/* paragraph or heading */
	const struct items *items;	/* K_BULLETS */
};

struct doc {
	const struct notes *notes;
	struct block	 v[16];
	size_t		 n;
};

void	 recap_text(const struct doc *, struct buf *);
void	 recap_html(const struct doc *, struct buf *);
void	 recap_html_escape(struct buf *, const char *);
/* "by Friday, December 11", or what is missing, said plainly. */
char	*recap_due(const struct action *, const struct ymd *);

#endif
