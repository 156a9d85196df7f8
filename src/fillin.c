/*
 * fillin.c: what the notes leave out, taken from the message.
 *
 * The visit is the day the notes name, else the day of their Date header
 * in the coach's zone (the process's TZ, set by the caller); the
 * directory (notes_dir.c) may bring the school, its leader and the
 * greeting; else the greeting comes from the first To, the school from
 * the Subject.  Each guess the coach may want to correct is said in a
 * warning.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "config.h"
#include "notes.h"
#include "notes_int.h"
#include "util.h"

struct visit {
	struct notes		*n;
	const struct mail_in	*m;
	const struct date_opts	*o;
	struct ymd		 sent;		/* day of the Date header */
};

static void	 sent_day(struct visit *);
static void	 visit_parse(struct visit *, const char *,
		    const struct line *);
static int	 nearer(const struct ymd *, const struct ymd *,
		    const struct ymd *);
static void	 visit_set(struct visit *, const struct ymd *,
		    const struct line *);
static int	 visit_try(struct visit *, const char *, int, struct ymd *,
		    char *, size_t);
static char	*greeting_all(const struct notes *, const struct config *);
static char	*greeting_of(const struct person *);
static char	*school_of(const char *);

/* Longer, a Subject is not a school's name. */
#define SCHOOL_MAX	120
static int	 is_recap(const char *, size_t);
static const char *joiner(const char *, size_t, int);

/* The day the notes were sent, in the coach's zone (the process's TZ). */
static void
sent_day(struct visit *p)
{
	struct tm	 tm;
	time_t		 t = p->m->has_date ? p->m->date : time(NULL);

	localtime_r(&t, &tm);
	p->sent.y = tm.tm_year + 1900;
	p->sent.m = tm.tm_mon + 1;
	p->sent.d = tm.tm_mday;
}

void
visit_find(struct notes *n, const struct mail_in *m,
    const struct lines *ls, const struct date_opts *o)
{
	struct visit		 v = { n, m, o, { 0, 0, 0 } };
	const struct line	*vl = NULL;
	const char		*value = NULL;
	struct kind		 k;
	char			 day[64];
	size_t			 i;

	sent_day(&v);
	for (i = 0; i < ls->n; i++) {
		line_kind(ls->v[i].text, &k);
		if (k.form == F_FIELD && k.part == P_VISIT) {
			if (vl != NULL)
				diag_add(&n->diag, vl->no, SEV_WARNING, "'%s': "
				    "replaced by the later '%s'", vl->text,
				    ls->v[i].text);
			vl = &ls->v[i];
			value = k.value;
		}
	}
	n->visit = v.sent;
	if (vl != NULL)
		visit_parse(&v, value, vl);
	else if (!m->has_date) {
		ymd_format_long(&v.sent, &v.sent, day, sizeof(day));
		diag_add(&n->diag, 0, SEV_WARNING, "the notes have no Date "
		    "header, so the visit is taken as today, %s; add a line "
		    "such as 'Visit: Dec 3' if it was another day", day);
	}
}

/*
 * A visit is in the past: "Visit: Tue" is the Tuesday before the notes,
 * "Visit: Nov 30" the last November 30.  The dates step looks forward,
 * so ask it from the day the notes were sent, a week back and a year
 * back, and take the answer nearest that day (the past one of two as
 * near): "Visit: Dec 4" sent on Dec 3 is a slip of a day, not a year.
 */
static void
visit_parse(struct visit *p, const char *value, const struct line *l)
{
	static const int	 back[] = { 0, 6, 365 };
	struct ymd		 day, best = p->sent;
	char			 err[256], other[256], when[64], *v;
	size_t			 i;
	int			 r, ok = 0, bad = 0;

	/* "Visit: Yesterday." */
	v = xstrdup(value);
	for (i = strlen(v); i > 0 && strchr(".!", v[i - 1]) != NULL; i--)
		v[i - 1] = '\0';
	if (strcasecmp(v, "today") == 0 || strcasecmp(v, "yesterday") == 0) {
		p->n->visit = ymd_add(&p->sent, tolower((unsigned char)
		    *v) == 'y' ? -1 : 0);
		free(v);
		return;
	}
	for (i = 0; i < sizeof(back) / sizeof(back[0]); i++) {
		r = visit_try(p, v, back[i], &day, bad ? other : err,
		    sizeof(err));
		bad |= r == DATES_BAD;
		if (r == DATES_OK && (!ok || nearer(&day, &best, &p->sent)))
			best = day;
		ok |= r == DATES_OK;
	}
	free(v);

	if (ok)
		visit_set(p, &best, l);
	else if (bad)
		diag_add(&p->n->diag, l->no, SEV_ERROR, "'%s': %s", l->text,
		    err);
	else {
		ymd_format_long(&p->sent, &p->sent, when, sizeof(when));
		diag_add(&p->n->diag, l->no, SEV_WARNING, "'%s': not a date, "
		    "so the visit is taken as the day of the notes, %s; write "
		    "e.g. 'Visit: Dec 3' or 'Visit: yesterday'", l->text,
		    when);
	}
}

/* a is nearer to the day sent than b, or as near and before it. */
static int
nearer(const struct ymd *a, const struct ymd *b, const struct ymd *sent)
{
	long	 da, db;

	da = labs(ymd_days(a) - ymd_days(sent));
	db = labs(ymd_days(b) - ymd_days(sent));
	return da < db || (da == db && ymd_cmp(a, b) < 0);
}

/* A visit after the notes were sent is kept, but may be a slip. */
static void
visit_set(struct visit *p, const struct ymd *day, const struct line *l)
{
	char	 visit[64], sent[64];

	p->n->visit = *day;
	if (ymd_cmp(day, &p->sent) <= 0)
		return;
	ymd_format_long(day, NULL, visit, sizeof(visit));
	ymd_format_long(&p->sent, &p->sent, sent, sizeof(sent));
	diag_add(&p->n->diag, l->no, SEV_WARNING, "'%s': %s is after the "
	    "notes were sent on %s; check the day", l->text, visit, sent);
}

static int
visit_try(struct visit *p, const char *value, int back, struct ymd *day,
    char *err, size_t size)
{
	struct ymd	 from = ymd_add(&p->sent, -back);
	struct when	 w;
	int		 r;

	r = dates_parse(value, &from, p->o, &w, err, size);
	if (r == DATES_OK)
		*day = w.day;
	return r;
}

/*
 * The directory first: the school it knows may bring the recipient,
 * and the leader it knows the greeting.
 */
void
notes_fill(struct notes *n, const struct mail_in *m,
    const struct config *cfg, const struct given *g)
{
	const struct school	*s;
	char			*subj = NULL;
	int			 long_subj = 0;

	dir_coach(n, cfg);
	if (n->school == NULL && m->subject != NULL)
		subj = school_of(m->subject);

	/* A school's name fits a line; a Subject of pasted text does not. */
	if (subj != NULL && strlen(subj) > SCHOOL_MAX) {
		diag_add(&n->diag, 0, SEV_WARNING, "the Subject is %zu "
		    "characters, too long for a school's name, so none is "
		    "named; add a line such as 'School: Lincoln Elementary'",
		    strlen(subj));
		free(subj);
		subj = NULL;
		long_subj = 1;
	}
	if ((s = dir_school(n, cfg, g, subj)) != NULL)
		dir_apply(n, s, g);

	if (n->nto == 0 && !g->had_to)
		diag_add(&n->diag, 0, SEV_ERROR, "no recipient: add a line "
		    "such as 'To: Dr. Maria Lopez <mlopez@school.org>'%s",
		    cfg != NULL && cfg->nschools > 0 ? ", or a school of the "
		    "directory with a leader, such as 'School: lincoln'" : "");
	dir_leader_names(n, cfg);
	if (n->greeting == NULL && n->nto > 0)
		n->greeting = greeting_all(n, cfg);
	if (n->school == NULL && !long_subj)
		diag_add(&n->diag, 0, SEV_WARNING, "no school: add a line "
		    "such as 'School: Lincoln Elementary', or name the school "
		    "in the Subject");
}

/*
 * Every leader by name, as a person would write it: "Dr. Lopez",
 * "Sam and Ana", "Sam, Ana and Lee"; past three names, "everyone".
 * Each is the directory's greeting for that leader, else from the name.
 */
static char *
greeting_all(const struct notes *n, const struct config *cfg)
{
	const struct school	*s;
	struct buf		 b;
	char			*one;
	size_t			 i;

	if (n->nto > 3)
		return xstrdup("everyone");
	buf_init(&b);
	for (i = 0; i < n->nto; i++) {
		s = config_school_of_leader(cfg, n->to[i].addr);
		one = s != NULL && s->greeting != NULL ? xstrdup(s->greeting) :
		    greeting_of(&n->to[i]);
		if (i > 0)
			buf_puts(&b, i + 1 == n->nto ? " and " : ", ");
		buf_puts(&b, one);
		free(one);
	}
	return buf_steal(&b);
}

/*
 * "Dr. Maria Lopez" is greeted "Dr. Lopez", "Maria Lopez" "Maria",
 * "Lopez, Maria" (as directories list people) "Maria"; with no name,
 * the mailbox.
 */
static char *
greeting_of(const struct person *who)
{
	const char	*s = who->name, *e, *last, *comma;

	if (s == NULL || *(s = skipws(s)) == '\0')
		return xstrndup(who->addr, strcspn(who->addr, "@"));
	e = s + strcspn(s, " ");
	comma = strchr(s, ',');
	if (word_is_title(s, e - s) && *e != '\0') {
		last = comma ? comma : s + strlen(s);
		while (last > s && last[-1] == ' ')
			last--;
		e = last;
		while (last > s && last[-1] != ' ')
			last--;
		return xasprintf("%.*s %.*s", (int)strcspn(s, " "), s,
		    (int)(e - last), last);
	}
	if (comma != NULL && comma < e && strchr(skipws(comma + 1), ' ') ==
	    NULL && strchr(comma, '.') == NULL)
		return xstrdup(skipws(comma + 1));
	return xstrndup(s, strcspn(s, " ,"));
}

/* "Re: Fwd: Lincoln recap" is the school "Lincoln". */
static char *
school_of(const char *subject)
{
	struct buf	 b;
	const char	*s = skipws(subject), *r;
	char		*out, *school;
	size_t		 n;

	while ((r = strcaseprefix(s, "re:")) != NULL ||
	    (r = strcaseprefix(s, "fwd:")) != NULL ||
	    (r = strcaseprefix(s, "fw:")) != NULL)
		s = skipws(r);

	buf_init(&b);
	for (; *s != '\0'; s = skipws(s + n)) {
		n = strcspn(s, " ");
		if (!is_recap(s, n))
			buf_printf(&b, "%s%.*s", b.len ? " " : "", (int)n, s);
	}
	out = buf_steal(&b);

	/* What joined the word "recap" to the school: "Recap - Lincoln". */
	s = out;
	n = strlen(s);
	while (n > 0 && (r = joiner(s, n, 0)) != NULL) {
		n -= r - s;
		s = r;
	}
	while (n > 0 && (r = joiner(s, n, 1)) != NULL)
		n = r - s;
	school = n > 0 ? xstrndup(s, n) : NULL;
	free(out);
	return school;
}

/*
 * A blank, "-", ":", "|", "," or an en or em dash at the start of the n
 * bytes at s (or at their end): where the rest starts (or this ends).
 */
static const char *
joiner(const char *s, size_t n, int at_end)
{
	static const char *const dashes[] = {
		"\xe2\x80\x93", "\xe2\x80\x94", NULL
	};
	const char	*c = at_end ? s + n - 1 : s;
	size_t		 i;

	if (strchr(" -:|,", *c) != NULL)
		return at_end ? c : c + 1;
	for (i = 0; dashes[i] != NULL; i++) {
		if (!at_end && n >= 3 && memcmp(s, dashes[i], 3) == 0)
			return s + 3;
		if (at_end && n >= 3 && memcmp(s + n - 3, dashes[i], 3) == 0)
			return s + n - 3;
	}
	return NULL;
}

/* The word "recap", whatever punctuation clings to it. */
static int
is_recap(const char *s, size_t n)
{
	while (n > 0 && !isalnum((unsigned char)*s))
		s++, n--;
	while (n > 0 && !isalnum((unsigned char)s[n - 1]))
		n--;
	return n == 5 && strncasecmp(s, "recap", 5) == 0;
}
