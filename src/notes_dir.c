/*
 * notes_dir.c: what the district's directory adds to the notes.
 *
 * A listed coach signs with the directory's name and signature.  The
 * school is the one the notes name (by key or full name), else the one
 * whose leader they address, else the one the Subject names; its entry
 * brings the full name, the leader when the notes address no one, the
 * place of the next touchpoint when the notes give none, and the zone
 * of the touchpoint's times.  What the coach wrote always wins over
 * what the directory says, except the coach's own name.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "config.h"
#include "notes.h"
#include "notes_int.h"
#include "util.h"

static void	 not_listed(struct notes *, const struct config *,
		    const struct line *);

/*
 * The directory's name wins over the From header's: phones send "JR"
 * or nothing at all, and the recap goes out under the name.
 */
void
dir_coach(struct notes *n, const struct config *cfg)
{
	const struct coach	*c = config_coach(cfg, n->coach.addr);

	if (c == NULL)
		return;
	if (c->name != NULL) {
		free(n->coach.name);
		n->coach.name = xstrdup(c->name);
	}
	if (c->signature != NULL)
		n->signature = xstrdup(c->signature);
	else if (c->title != NULL && n->coach.name != NULL)
		n->signature = xasprintf("%s\n%s", n->coach.name, c->title);
}

const struct school *
dir_school(struct notes *n, const struct config *cfg,
    const struct given *g, char *subj)
{
	const struct school	*s = NULL;

	if (n->school != NULL) {
		if ((s = config_school(cfg, n->school)) == NULL &&
		    g->school != NULL)
			not_listed(n, cfg, g->school);
	} else if (n->nto > 0)
		s = config_school_of_leader(cfg, n->to[0].addr);
	if (n->school == NULL && s == NULL && subj != NULL) {
		s = config_school(cfg, subj);
		n->school = subj;
		subj = NULL;
	}
	free(subj);

	if (s != NULL) {
		free(n->school);
		n->school = xstrdup(s->name);
	}
	return s;
}

/* A school the coach named that the directory does not list. */
static void
not_listed(struct notes *n, const struct config *cfg, const struct line *l)
{
	struct buf	 known;
	size_t		 i;

	if (cfg->nschools == 0)
		return;
	buf_init(&known);
	for (i = 0; i < cfg->nschools && known.len < 120; i++)
		buf_printf(&known, "%s'%s'", i > 0 ? ", " : "",
		    cfg->schools[i].key);
	if (i < cfg->nschools)
		buf_puts(&known, ", ...");
	diag_add(&n->diag, l->no, SEV_WARNING, "'%s': not in the directory, "
	    "so kept as written; the directory knows %s", l->text,
	    known.p);
	buf_free(&known);
}

void
dir_apply(struct notes *n, const struct school *s, const struct given *g)
{
	struct touchpoint	*t = n->next;

	if (n->nto == 0 && !g->had_to && s->leader_addr != NULL) {
		n->to = xcalloc(1, sizeof(*n->to));
		n->to[0].name = s->leader_name ? xstrdup(s->leader_name) :
		    NULL;
		n->to[0].addr = xstrdup(s->leader_addr);
		n->nto = 1;
	}
	if (t != NULL && !t->cancel && t->location == NULL &&
	    s->location != NULL)
		t->location = xstrdup(s->location);

	/* Times are wall-clock: the school's zone only names them. */
	if (s->tzid != NULL) {
		free(n->tzid);
		n->tzid = config_zone_is_utc(s->tzid) ? NULL :
		    xstrdup(s->tzid);
	}
}

/*
 * A leader the notes address by a bare address gets the directory's
 * name for them.
 */
void
dir_leader_names(struct notes *n, const struct config *cfg)
{
	const struct school	*s;
	size_t			 i;

	for (i = 0; i < n->nto; i++) {
		if ((s = config_school_of_leader(cfg, n->to[i].addr)) == NULL)
			continue;
		if (n->to[i].name == NULL && s->leader_name != NULL)
			n->to[i].name = xstrdup(s->leader_name);
	}
}
