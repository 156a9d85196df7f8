/*
 * rawhdr.h: the header fields of a message as they arrived.
 *
 * Intake hands on decoded values only; the guards need the fields
 * themselves, in order, top first (Authentication-Results, X-Loop,
 * List-*, Received order), so this is a plain RFC 5322 unfolding scan
 * over the raw bytes, with no MIME and no decoding.
 */
#ifndef MTSS_RAWHDR_H
#define MTSS_RAWHDR_H

#include <stddef.h>

struct rawhdr {
	char	*name;		/* as written */
	char	*value;		/* unfolded, blanks trimmed at both ends */
};

struct rawhdrs {
	struct rawhdr	*v;		/* top of the message first */
	size_t		 n;
	char		*from_line;	/* sender of an mbox "From " line */
	int		 cut;		/* more fields than the scan reads */
};

/* Scan the header block of msg (any line ends); never fails. */
void	 rawhdr_scan(const char *msg, size_t len, struct rawhdrs *);
void	 rawhdrs_free(struct rawhdrs *);
/* The topmost field called name (case-insensitive), or NULL. */
const char *rawhdr_get(const struct rawhdrs *, const char *name);

#endif
