/*
 * diag.h: what the filter tells the coach about the notes.
 *
 * Every diagnostic names the line of the notes body it is about (1 is the
 * first line of the body; 0 is the message as a whole), a severity, and a
 * message a coach can act on: what was wrong and what would work.  An
 * error means the notes cannot become a recap.
 */
#ifndef MTSS_DIAG_H
#define MTSS_DIAG_H

#include <stddef.h>

enum severity {
	SEV_WARNING,
	SEV_ERROR
};

struct diag {
	int		 line;
	enum severity	 sev;
	char		*msg;
};

struct diags {
	struct diag	*v;
	size_t		 n;
	size_t		 cap;
};

void	 diag_add(struct diags *, int line, enum severity, const char *, ...)
	    __attribute__((format(printf, 4, 5)));
void	 diags_sort(struct diags *);
size_t	 diag_errors(const struct diags *);
const char *diag_severity_name(enum severity);
void	 diags_free(struct diags *);

#endif
