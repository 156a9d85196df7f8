/*
 * config_int.h: what config.c (the file and [service]) and directory.c
 * (the [coach], [school] and [wording] sections) share while a file is
 * read.  Nothing else includes it.
 */
#ifndef MTSS_CONFIG_INT_H
#define MTSS_CONFIG_INT_H

#include <stdio.h>

struct config;

/* The kind of section the lines being read belong to. */
enum sect {
	S_NONE,		/* before the first section */
	S_BAD,		/* a section already reported as wrong */
	S_SERVICE,
	S_COACH,
	S_SCHOOL,
	S_WORDING
};

struct loader {
	struct config	*cfg;
	FILE		*f;
	int		 line;		/* the line inih is reading */
	int		 err_line;	/* the first error, or 0 */
	char		 why[256];	/* what was wrong there */
	enum sect	 sect;
	size_t		 cur;		/* the coach or school being read */
	unsigned	 seen;		/* keys already given in it */
	unsigned	 sects;		/* [service] and [wording] seen */
};

/* Record the first error; returns 0, what stops inih at this line. */
int	 loader_fail(struct loader *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
/* A zone name that /usr/share/zoneinfo holds. */
int	 config_zone_exists(const char *);

/* directory.c */
/* A [section] line: its name, as written between the brackets. */
void	 dir_section(struct loader *, const char *name);
/* A key of the section dir_section last opened; 0 on error. */
int	 dir_entry(struct loader *, const char *key, const char *val);
void	 dir_free(struct config *);

#endif
