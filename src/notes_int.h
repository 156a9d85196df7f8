/*
 * notes_int.h: what the files of the notes step share among themselves.
 * Nothing outside src/notes.c, lines.c, linekind.c, fillin.c, notes_dir.c,
 * actions.c, touchpoint.c and wording.c includes it.
 */
#ifndef MTSS_NOTES_INT_H
#define MTSS_NOTES_INT_H

#include <stddef.h>

#include "dates.h"
#include "diag.h"

struct config;
struct mail_in;
struct notes;
struct school;

/* One line of the body worth reading, cleaned of phone autocorrect. */
struct line {
	int	 no;		/* 1 is the first line of the body */
	char	*text;		/* normalised, trimmed; never NULL */
	int	 signoff;	/* "Thanks!" or "--" amid the notes */
};

struct lines {
	struct line	*v;
	size_t		 n;
};

/* What a line means. */
enum part {
	P_NONE,
	P_TO,
	P_CC,
	P_HI,
	P_SCHOOL,
	P_VISIT,
	P_FOCUS,
	P_BRIGHT,
	P_CONSIDER,
	P_ACTION,
	P_NEXT,
	P_NEXTFOCUS,
	P_WHERE,
	P_NOTE
};

/* How the line says it. */
enum form {
	F_BLANK,
	F_TEXT,		/* fits nothing: text of the current section */
	F_FIELD,	/* "Key: value" */
	F_HEADING,	/* "Key" or "Key:", items follow; value may hold one */
	F_SHORTCUT	/* "+ text", "~ text", "@Who what by when" */
};

struct kind {
	enum form	 form;
	enum part	 part;
	const char	*value;	/* points into the line; "" when none */
	int		 bulleted; /* "- Note: ...": the key after a bullet */
};

/* lines.c: the body as lines, without quotes, footers and signature. */
void		 lines_read(const char *body, struct lines *);
void		 lines_free(struct lines *);

/* linekind.c: what a line is, by the tables of the notes format. */
void		 line_kind(const char *text, struct kind *);
const char	*line_unbullet(const char *text);
size_t		 line_key_missing(const char *text);
int		 line_key_alone(const char *text, enum part *);
/* Non-zero if the n bytes at w are a title such as "Dr." or "Ms". */
int		 word_is_title(const char *w, size_t n);

/* What the lines said that filling in the rest needs. */
struct given {
	int			 had_to;	/* a To line, even a bad one */
	const struct line	*school;	/* the last School line */
};

/* fillin.c: the visit day, then what else the notes leave out. */
void		 visit_find(struct notes *, const struct mail_in *,
		    const struct lines *, const struct date_opts *);
void		 notes_fill(struct notes *, const struct mail_in *,
		    const struct config *, const struct given *);

/* notes_dir.c: what the directory knows of the coach and the school. */
void		 dir_coach(struct notes *, const struct config *);
/* The school's entry; n->school becomes its full name.  Takes subj. */
const struct school *dir_school(struct notes *, const struct config *,
		    const struct given *, char *subj);
void		 dir_apply(struct notes *, const struct school *,
		    const struct given *);
/*
 * The directory's names for leaders addressed by a bare address, and
 * its greeting for the first leader (NULL if none).
 */
void		 dir_leader_names(struct notes *, const struct config *);

/* actions.c: one action item, appended to n->actions. */
void		 action_add(struct notes *, const char *text, const char *line,
		    int no, const struct ymd *visit, const struct date_opts *);

/* touchpoint.c: the Next line, into n->next. */
void		 touchpoint_parse(struct notes *, const char *value,
		    const char *line, int no, const struct ymd *visit,
		    const struct date_opts *);

/* A time the touchpoint's zone skips, an error; once the zone is known. */
void		 touchpoint_zone_check(struct notes *, const char *line);

/* wording.c: deficit framing in a bright spot or a consideration. */
void		 wording_check(struct diags *, const struct config *,
		    const char *text, const char *line, int no);

#endif
