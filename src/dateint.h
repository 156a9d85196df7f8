/*
 * dateint.h: what the files of the dates module share with each other and
 * with nobody else: the tokens of a phrase, the state of one parse, and
 * the grammars (the day in dateday.c and daterel.c, the time of day in
 * dateclock.c).
 *
 * Every grammar function answers 1 (matched: its tokens are taken), 0 (not
 * this shape: nothing is taken) or -1 (a date phrase, but wrong: the
 * message for the coach is in the parse's err).
 */
#ifndef MTSS_DATEINT_H
#define MTSS_DATEINT_H

#include <stddef.h>

#include "dates.h"

/* Longer texts are cut here; no date phrase is this long. */
#define DT_MAXTOK	48

enum dtype {
	DT_END,
	DT_NUM,
	DT_WORD,
	DT_PUNCT
};

struct dtok {
	enum dtype	 type;
	size_t		 start;		/* byte offsets into the text */
	size_t		 end;
	int		 sp;		/* a blank came before it */
	long		 val;		/* DT_NUM */
	int		 ndig;		/* DT_NUM: digits written */
	int		 c;		/* DT_PUNCT: every dash is '-' */
	char		 word[16];	/* DT_WORD, lower case; "" if longer */
};

struct dparse {
	const char		*text;
	struct dtok		 tok[DT_MAXTOK + 1];
	int			 n;	/* index of the DT_END token */
	int			 i;	/* the next token */
	const struct ymd	*visit;
	const struct date_opts	*opts;
	char			*err;
	size_t			 errsz;
};

/* A time of day; end is set even when the phrase gave none. */
struct dtime {
	int	 start;
	int	 end;
	int	 has_end;
};

/* dates.c: the calendar. */
int	 date_month_days(int y, int m);
const char *date_month_name(int m);
const char *date_wday_name(int wday);
void	 ymd_format_plain(const struct ymd *, char *, size_t);
struct ymd date_next_wday(const struct ymd *, int wday, int strict);
struct ymd date_month_end(int y, int m);

/* datephrase.c: the tokens. */
const struct dtok *dt_tok(const struct dparse *, int ahead);
int	 dt_word(struct dparse *, const char *);
int	 dt_punct(struct dparse *, int c, int glued);
int	 dt_num(struct dparse *, int mindig, int maxdig, int glued, long *);
void	 dt_quote(const struct dparse *, int from, int to, char *, size_t);
int	 dt_bad(struct dparse *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));

/* dateday.c */
int	 dt_day(struct dparse *, struct ymd *);
int	 dt_month_word(const char *);	/* 1..12, or 0 */

/* daterel.c */
int	 dt_relative(struct dparse *, struct ymd *);

/* dateclock.c */
int	 dt_time(struct dparse *, int loose, struct dtime *);
/* "45m", "for 1h30", ", 45 min": minutes in *min. */
int	 dt_length(struct dparse *, int *min);

#endif
