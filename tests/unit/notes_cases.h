/*
 * notes_cases.h: the cases of test_notes, in notes_cases.c.
 *
 * Every case is a notes body mailed on Thu 3 Dec 2026 14:20 in New York
 * (subject SUBJECT unless the case says otherwise), and what one part of
 * the resulting struct notes must read, as test_notes.c's dump() writes
 * it.
 */
#ifndef NOTES_CASES_H
#define NOTES_CASES_H

#include <stddef.h>

#define SUBJECT		"Lincoln"
/* A recipient, for the cases about something else. */
#define TO		"To: a@b.org\n"

struct want {
	const char	*part;		/* what dump() shows */
	const char	*text;
};

struct example {
	const char	*name;
	const char	*subject;
	const char	*body;
	struct want	 want[16];
};

struct line_case {
	const char	*name;
	const char	*body;
	const char	*part;
	const char	*want;
	const char	*subject;	/* NULL: SUBJECT */
};

/*
 * The diagnostics wanted, one "L<line> <W|E> message" a line.  When
 * phrase is set, want has a %s for what the dates step says of it.
 */
struct diag_case {
	const char	*name;
	const char	*body;
	const char	*want;
	const char	*phrase;
	int		 scan;		/* phrase as dates_scan reads it */
};

/*
 * A case read under notes_directory, the configuration in
 * notes_dircases.c, from the coach at from (display name "JR").
 */
struct dir_case {
	const char	*name;
	const char	*from;
	const char	*body;
	const char	*subject;	/* NULL: SUBJECT */
	const char	*part;
	const char	*want;
};

extern const struct example	 examples[];
extern const size_t		 nexamples;
extern const struct line_case	 line_cases[];
extern const size_t		 nline_cases;
extern const struct diag_case	 diag_cases[];
extern const size_t		 ndiag_cases;
extern const char		 notes_directory[];
extern const struct dir_case	 dir_cases[];
extern const size_t		 ndir_cases;

#endif
