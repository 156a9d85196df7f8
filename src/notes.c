/*
 * notes.c: what the coach's notes mean.
 *
 * The body is read twice as clean lines (lines.c): once for the date of
 * the visit, which every other date phrase is relative to, then line by
 * line into the struct notes.  A heading opens a section whose items run
 * to the next heading, field or shortcut; a field or shortcut stands on
 * its own line.  Whatever the notes leave out is filled from the message
 * (fillin.c), and whatever cannot be understood is said to the coach as
 * a diagnostic with its line number.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "notes.h"
#include "notes_int.h"
#include "notes_limits.h"
#include "util.h"

struct parse {
	struct notes		*n;
	const struct config	*cfg;
	struct date_opts	 o;
	struct lines		 ls;
	enum part		 section;
	struct given		 given;
	const struct line	*next;		/* the last Next line */
	const char		*next_value;
	const struct line	*where, *nfocus;
	const char		*where_value, *nfocus_value;
	char			*salute;	/* "Hi Maria," */
};

static void	 line_do(struct parse *, const struct line *);
static void	 field_do(struct parse *, const struct kind *,
		    const struct line *);
static void	 item_do(struct parse *, enum part, const char *,
		    const struct line *);
static void	 text_do(struct parse *, const struct line *);
static int	 key_alone(struct parse *, const struct line *);
static void	 items_add(struct items *, const char *, int);
static char	*salutation(const char *);
static void	 next_field(struct parse *, const struct kind *,
		    const struct line *);
static void	 next_finish(struct parse *);
static void	 next_extra(struct parse *, const struct line *, const char *,
		    char **);
static void	 set_str(char **, const char *);
static void	 items_free(struct items *);

struct notes *
notes_parse(const struct mail_in *m, const struct config *cfg)
{
	struct parse	 p;
	struct notes	*n;
	size_t		 i;

	memset(&p, 0, sizeof(p));
	p.n = n = xcalloc(1, sizeof(*n));
	p.cfg = cfg;
	p.o.day_first = cfg != NULL ? cfg->day_first : 0;
	p.o.length = cfg != NULL && cfg->length > 0 ? cfg->length : 60;

	person_copy(&n->coach, &m->from);
	n->sent = m->date;
	n->message_id = m->message_id ? xstrdup(m->message_id) : NULL;
	n->references = m->references ? xstrdup(m->references) : NULL;
	n->tzid = config_zone(cfg, m->from.addr) ?
	    xstrdup(config_zone(cfg, m->from.addr)) : NULL;

	/* Every date is relative to the visit: find it first. */
	limits_body(m->body != NULL ? m->body : "", &n->diag);
	lines_read(m->body != NULL ? m->body : "", &p.ls);
	visit_find(n, m, &p.ls, &p.o);

	for (i = 0; i < p.ls.n; i++)
		line_do(&p, &p.ls.v[i]);
	next_finish(&p);
	if (n->greeting == NULL)
		n->greeting = p.salute;
	else
		free(p.salute);
	notes_fill(n, m, cfg, &p.given);
	if (p.next != NULL)
		touchpoint_zone_check(n, p.next->text);
	limits_notes(n);

	lines_free(&p.ls);
	return n;
}

void
notes_free(struct notes *n)
{
	size_t	 i;

	if (n == NULL)
		return;
	person_free(&n->coach);
	for (i = 0; i < n->nto; i++)
		person_free(&n->to[i]);
	free(n->to);
	for (i = 0; i < n->ncc; i++)
		person_free(&n->cc[i]);
	free(n->cc);
	free(n->greeting);
	free(n->school);
	items_free(&n->focus);
	items_free(&n->bright);
	items_free(&n->consider);
	for (i = 0; i < n->nactions; i++) {
		free(n->actions[i].who);
		free(n->actions[i].what);
		free(n->actions[i].due_text);
		free(n->actions[i].due_note);
	}
	free(n->actions);
	if (n->next != NULL) {
		free(n->next->location);
		free(n->next->focus);
		free(n->next);
	}
	free(n->signature);
	free(n->tzid);
	free(n->message_id);
	free(n->references);
	diags_free(&n->diag);
	free(n);
}

static void
line_do(struct parse *p, const struct line *l)
{
	struct kind	 k;

	/* What follows a sign-off is the coach's name, not items. */
	if (l->signoff) {
		diag_add(&p->n->diag, l->no, SEV_WARNING, "'%s': read as a "
		    "sign-off, left out of the recap", l->text);
		p->section = P_NONE;
		return;
	}
	line_kind(l->text, &k);
	switch (k.form) {
	case F_HEADING:
		p->section = k.part;
		item_do(p, k.part, line_unbullet(k.value), l);
		break;
	case F_FIELD:
		field_do(p, &k, l);
		break;
	case F_SHORTCUT:
		/* A shortcut of another kind ends the list. */
		if (k.part != p->section)
			p->section = P_NONE;
		item_do(p, k.part, k.value, l);
		break;
	case F_TEXT:
		text_do(p, l);
		break;
	case F_BLANK:
		break;
	}
}

static void
field_do(struct parse *p, const struct kind *k,
    const struct line *l)
{
	struct notes	*n = p->n;

	/* "Principal: review the data" among actions is an action. */
	if (k->part == P_TO && p->section == P_ACTION &&
	    strchr(k->value, '@') == NULL) {
		item_do(p, P_ACTION, l->text, l);
		return;
	}
	/* A private item amid a list: the list goes on after it. */
	if (k->part == P_NOTE && k->bulleted)
		return;
	if (k->part != p->section)
		p->section = P_NONE;
	switch (k->part) {
	case P_TO:
		p->given.had_to = 1;
		if (intake_addresses(k->value, &n->to, &n->nto) < 0)
			diag_add(&n->diag, l->no, SEV_ERROR, "'%s': no "
			    "address; write e.g. 'To: Dr. Maria Lopez "
			    "<mlopez@school.org>'", l->text);
		break;
	case P_CC:
		if (intake_addresses(k->value, &n->cc, &n->ncc) < 0)
			diag_add(&n->diag, l->no, SEV_WARNING, "'%s': no "
			    "address, so no copy is sent; write e.g. "
			    "'Cc: jreyes@district.org'", l->text);
		break;
	case P_HI:
		set_str(&n->greeting, k->value);
		break;
	case P_SCHOOL:
		if (p->given.school != NULL)
			diag_add(&n->diag, p->given.school->no, SEV_WARNING,
			    "'%s': replaced by the later '%s'",
			    p->given.school->text, l->text);
		set_str(&n->school, k->value);
		p->given.school = l;
		break;
	case P_NEXT:
	case P_NEXTFOCUS:
	case P_WHERE:
		next_field(p, k, l);
		break;
	case P_VISIT:		/* read first, by visit_find */
		break;
	default:
		item_do(p, k->part, k->value, l);
		break;
	}
}

static void
item_do(struct parse *p, enum part part, const char *text,
    const struct line *l)
{
	struct notes	*n = p->n;

	if (*text == '\0')
		return;
	switch (part) {
	case P_FOCUS:
		items_add(&n->focus, text, l->no);
		break;
	case P_BRIGHT:
		items_add(&n->bright, text, l->no);
		wording_check(&n->diag, p->cfg, text, l->text, l->no);
		break;
	case P_CONSIDER:
		items_add(&n->consider, text, l->no);
		wording_check(&n->diag, p->cfg, text, l->text, l->no);
		break;
	case P_ACTION:
		action_add(n, text, l->text, l->no, &n->visit, &p->o);
		break;
	default:		/* a private note: never sent */
		break;
	}
}

static void
text_do(struct parse *p, const struct line *l)
{
	char	*s;
	size_t	 n;

	if (key_alone(p, l))
		return;
	if (p->section != P_NONE) {
		item_do(p, p->section, line_unbullet(l->text), l);
		return;
	}
	if (p->salute == NULL && (s = salutation(l->text)) != NULL) {
		p->salute = s;
		return;
	}
	if ((n = line_key_missing(l->text)) > 0)
		diag_add(&p->n->diag, l->no, SEV_WARNING, "'%s': not "
		    "understood; a key needs a colon: write '%.*s: %s'",
		    l->text, (int)n, l->text, l->text + n + 1);
	else
		diag_add(&p->n->diag, l->no, SEV_WARNING, "'%s': not "
		    "understood; start it with a heading such as 'Bright "
		    "spots:' or a key such as 'Focus:'", l->text);
}

/*
 * "Next touchpoint" alone is a key without its colon and value, not an
 * item of the list above it nor "Next: touchpoint".
 */
static int
key_alone(struct parse *p, const struct line *l)
{
	static const struct {
		enum part	 part;
		const char	*value;
	} eg[] = {
		{ P_TO, "Dr. Maria Lopez <mlopez@school.org>" },
		{ P_CC, "jreyes@district.org" }, { P_HI, "Dr. Lopez" },
		{ P_SCHOOL, "Lincoln Elementary" }, { P_VISIT, "Dec 3" },
		{ P_NEXT, "Jan 14 9am" }, { P_NEXTFOCUS, "Tier 3 intake" },
		{ P_WHERE, "main office" }
	};
	enum part	 part;
	size_t		 i;

	if (!line_key_alone(l->text, &part))
		return 0;
	for (i = 0; i + 1 < sizeof(eg) / sizeof(eg[0]) &&
	    eg[i].part != part; i++)
		;
	diag_add(&p->n->diag, l->no, SEV_WARNING, "'%s': a key needs a colon "
	    "and a value: write e.g. '%s: %s'", l->text, l->text,
	    eg[i].value);
	p->section = P_NONE;
	return 1;
}

static void
items_add(struct items *v, const char *text, int no)
{
	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 8;
		v->v = xreallocarray(v->v, v->cap, sizeof(*v->v));
	}
	v->v[v->n].text = xstrdup(text);
	v->v[v->n].line = no;
	v->n++;
}

/* "Hi Maria," or "Dear Dr. Lopez," as the coach would open a letter. */
static char *
salutation(const char *s)
{
	static const char *const opens[] = {
		"hi ", "hello ", "dear ", "hey ", NULL
	};
	const char	*name = NULL, *e, *q;
	size_t		 i;
	int		 words = 0;

	for (i = 0; opens[i] != NULL && name == NULL; i++)
		name = strcaseprefix(s, opens[i]);
	if (name == NULL || *(name = skipws(name)) == '\0')
		return NULL;
	e = name + strlen(name);
	while (e > name && strchr(",!. ", e[-1]) != NULL &&
	    !(e[-1] == '.' && word_is_title(name, e - name)))
		e--;
	for (q = name; q < e; q++) {
		if (isdigit((unsigned char)*q) || strchr(":,;@", *q) != NULL)
			return NULL;
		if (q == name || (q[-1] == ' ' && *q != ' '))
			words++;
	}
	return words > 0 && words <= 3 ? xstrndup(name, e - name) : NULL;
}

/*
 * The next touchpoint is read once the notes are: Where and Next focus
 * may come before the Next line they complete.
 */
static void
next_field(struct parse *p, const struct kind *k, const struct line *l)
{
	if (k->part == P_NEXTFOCUS) {
		p->nfocus = l;
		p->nfocus_value = k->value;
	} else if (k->part == P_WHERE) {
		p->where = l;
		p->where_value = k->value;
	} else {
		if (p->next != NULL)
			diag_add(&p->n->diag, p->next->no, SEV_WARNING, "'%s': "
			    "replaced by the later '%s'", p->next->text,
			    l->text);
		p->next = l;
		p->next_value = k->value;
	}
}

/* The Next line, then Where and Next focus, which name its parts. */
static void
next_finish(struct parse *p)
{
	struct notes	*n = p->n;
	struct when	*w;

	if (p->next != NULL)
		touchpoint_parse(n, p->next_value, p->next->text, p->next->no,
		    &n->visit, &p->o);

	/* "Next: Dec 17": all day, unless the district names an hour. */
	if (n->next != NULL && !n->next->cancel && p->cfg != NULL &&
	    p->cfg->untimed && !(w = &n->next->when)->has_time) {
		w->has_time = 1;
		w->start = p->cfg->untimed_at;
		w->end = w->start + p->o.length;
	}
	if (p->where != NULL)
		next_extra(p, p->where, p->where_value,
		    n->next ? &n->next->location : NULL);
	if (p->nfocus != NULL)
		next_extra(p, p->nfocus, p->nfocus_value,
		    n->next ? &n->next->focus : NULL);
}

static void
next_extra(struct parse *p, const struct line *l, const char *value,
    char **dst)
{
	if (*value == '\0')
		return;
	if (dst != NULL) {
		set_str(dst, value);
		return;
	}
	if (p->next == NULL)
		diag_add(&p->n->diag, l->no, SEV_WARNING, "'%s': there is no "
		    "next touchpoint to put it on; add a line such as "
		    "'Next: Jan 14 9:00-10:00'", l->text);
}

/* A one-line value; an empty one leaves *dst as it was. */
static void
set_str(char **dst, const char *value)
{
	char	*v = strtrim(value);
	size_t	 n = strlen(v);

	/* "Hi: Maria," */
	if (n > 0 && v[n - 1] == ',')
		v[--n] = '\0';
	if (n == 0) {
		free(v);
		return;
	}
	free(*dst);
	*dst = v;
}

static void
items_free(struct items *v)
{
	size_t	 i;

	for (i = 0; i < v->n; i++)
		free(v->v[i].text);
	free(v->v);
}
