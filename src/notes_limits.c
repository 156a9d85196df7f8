/*
 * notes_limits.c: the bounds of notes_limits.h, said to the coach.
 *
 * lines.c stops reading at NOTES_MAX_LINES and cuts longer lines, so the
 * work stays bounded whatever arrives; here each limit passed becomes a
 * SEV_ERROR naming the line, so the coach hears why no recap came
 * rather than getting one made from part of the notes.  Notes with
 * nothing in them at all are refused here too.
 */
#include <string.h>

#include "notes.h"
#include "notes_limits.h"

static void	 list_limit(struct notes *, const struct items *,
		    const char *);
static void	 empty_notes(struct notes *);

void
limits_body(const char *body, struct diags *d)
{
	const char	*p = body, *e;
	size_t		 len;
	int		 no = 0;

	while (*p != '\0') {
		e = strchr(p, '\n');
		len = e ? (size_t)(e - p) : strlen(p);
		if (++no > NOTES_MAX_LINES) {
			diag_add(d, no, SEV_ERROR, "the notes run past %d "
			    "lines; nothing after line %d was read: split "
			    "them over two messages", NOTES_MAX_LINES,
			    NOTES_MAX_LINES);
			return;
		}
		if (len > NOTES_MAX_VALUE) {
			diag_add(d, no, SEV_ERROR, "line %d is %zu bytes "
			    "long, over the %d a line may have: break it "
			    "into shorter lines", no, len, NOTES_MAX_VALUE);
			return;
		}
		p = e ? e + 1 : p + len;
	}
}

void
limits_notes(struct notes *n)
{
	list_limit(n, &n->focus, "focus");
	list_limit(n, &n->bright, "bright spots");
	list_limit(n, &n->consider, "considerations");
	if (n->nactions > NOTES_MAX_ACTIONS)
		diag_add(&n->diag, n->actions[NOTES_MAX_ACTIONS].line,
		    SEV_ERROR, "%zu action items, over the %d a recap may "
		    "have", n->nactions, NOTES_MAX_ACTIONS);
	/*
	 * libical writes a year past 3000 as 00000000: say so instead.  A
	 * cancellation with no day of its own falls on the visit's.
	 */
	if (n->visit.y > NOTES_MAX_YEAR)
		diag_add(&n->diag, 0, SEV_ERROR, "the visit falls in %d, "
		    "past the %d a calendar holds; check the message's Date "
		    "or write the day, as 'Visit: Dec 3 2026'",
		    n->visit.y, NOTES_MAX_YEAR);
	else if (n->next != NULL && n->next->when.day.y > NOTES_MAX_YEAR)
		diag_add(&n->diag, n->next->line, SEV_ERROR, "the next "
		    "touchpoint falls in %d, past the %d a calendar holds; "
		    "check the date and the message's Date",
		    n->next->when.day.y, NOTES_MAX_YEAR);
	if (n->nto + n->ncc > NOTES_MAX_PEOPLE)
		diag_add(&n->diag, 0, SEV_ERROR, "%zu addresses in To and "
		    "Cc, over the %d a recap may go to", n->nto + n->ncc,
		    NOTES_MAX_PEOPLE);
	empty_notes(n);
}

/*
 * Notes with nothing to say (an empty body, a body of NULs, a reply
 * whose quote was all there was) would make a recap of empty headings
 * for the leader.  An error instead: the filter answers 65 with
 * nothing written, and send mode tells the coach.
 */
static void
empty_notes(struct notes *n)
{
	if (n->focus.n > 0 || n->bright.n > 0 || n->consider.n > 0 ||
	    n->nactions > 0 || n->next != NULL)
		return;
	diag_add(&n->diag, 0, SEV_ERROR, "the notes are empty: nothing to "
	    "put in a recap; write at least a focus, a bright spot, a "
	    "consideration, an action or the next touchpoint");
}

static void
list_limit(struct notes *n, const struct items *v, const char *what)
{
	if (v->n > NOTES_MAX_ITEMS)
		diag_add(&n->diag, v->v[NOTES_MAX_ITEMS].line, SEV_ERROR,
		    "%zu items of %s, over the %d a list may have", v->n,
		    what, NOTES_MAX_ITEMS);
}

/* Back from len to the start of a UTF-8 character. */
size_t
limits_cut(const char *line, size_t len)
{
	while (len > 0 && ((unsigned char)line[len] & 0xc0) == 0x80)
		len--;
	return len;
}
