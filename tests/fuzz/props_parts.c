/*
 * props_parts.c: the HTML and invitation properties of props.c.  The
 * HTML may hold only the tags and attributes recap.c writes (so no
 * input text became markup), and the invitation must read back with
 * libical, with no error property, and carry the notes' own values.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libical/ical.h>

#include "config.h"
#include "fuzz.h"
#include "invite.h"
#include "invite_int.h"
#include "notes.h"
#include "util.h"

static size_t	 check_tag(const char *, size_t, size_t);
static int	 word_in(const char *, size_t, const char *const *);
static void	 check_value(const char *, const char *, const char *);

static const char *const tags[] = {
	"html", "head", "meta", "body", "div", "h2", "h3", "ul", "li", "p",
	"table", "tr", "td", "th", NULL
};
static const char *const attrs[] = {
	"style", "align", "cellpadding", "cellspacing", "charset", "content",
	"name", "role", NULL
};

#define DOCTYPE	"<!DOCTYPE html>"

/* Every '<' opens a tag of ours; '>' only closes one. */
void
props_html(const char *h, size_t len)
{
	size_t	 i = 0;

	if (len >= strlen(DOCTYPE) && strncmp(h, DOCTYPE, strlen(DOCTYPE)) == 0)
		i = strlen(DOCTYPE);
	for (; i < len; i++) {
		if (h[i] == '>')
			fuzz_fail("HTML: a '>' outside a tag at %zu", i);
		if (h[i] == '<')
			i = check_tag(h, len, i);
	}
}

/* The tag at h[i] ("<name attr=\"v\">" or "</name>"); returns its '>'. */
static size_t
check_tag(const char *h, size_t len, size_t i)
{
	size_t	 k;
	int	 close;

	close = ++i < len && h[i] == '/';
	i += close;
	k = strspn(h + i, "abcdefghijklmnopqrstuvwxyz0123456789");
	if (!word_in(h + i, k, tags))
		fuzz_fail("HTML: tag \"%.*s\" at %zu is not one recap.c "
		    "writes", (int)(k < 40 ? k : 40), h + i, i);
	for (i += k; i < len && h[i] != '>'; ) {
		if (h[i] == ' ' || h[i] == '\n' || h[i] == '\r') {
			i++;
			continue;
		}
		k = strspn(h + i, "abcdefghijklmnopqrstuvwxyz-");
		if (close || !word_in(h + i, k, attrs) ||
		    strncmp(h + i + k, "=\"", 2) != 0)
			fuzz_fail("HTML: attribute \"%.*s\" at %zu is not one "
			    "recap.c writes", (int)(k < 40 ? k : 40), h + i, i);
		i += k + 2;
		k = strcspn(h + i, "\"<>&");
		if (h[i + k] != '"')
			fuzz_fail("HTML: an attribute value at %zu holds "
			    "markup", i);
		i += k + 1;
	}
	if (i >= len)
		fuzz_fail("HTML: a tag is never closed");
	return i;
}

static int
word_in(const char *w, size_t n, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strlen(*list) == n && strncmp(*list, w, n) == 0)
			return 1;
	return 0;
}

/*
 * libical reads the invitation back with no X-LIC-ERROR, and its UID,
 * SUMMARY and LOCATION are what invite_text.c makes of these notes.
 */
void
props_ics(const char *ics, size_t len, const struct notes *n,
    const struct config *cfg)
{
	icalcomponent	*cal, *ev;
	char		*s, *want;

	s = xstrndup(ics, len);
	if ((cal = icalcomponent_new_from_string(s)) == NULL)
		fuzz_fail("libical cannot read the invitation");
	free(s);
	if (icalcomponent_count_errors(cal) > 0)
		fuzz_fail("the invitation has %d X-LIC-ERROR properties",
		    icalcomponent_count_errors(cal));
	if ((ev = icalcomponent_get_first_component(cal,
	    ICAL_VEVENT_COMPONENT)) == NULL || n->next == NULL)
		fuzz_fail("an invitation with no event or no touchpoint");

	want = invite_uid(n, cfg);
	check_value("UID", icalcomponent_get_uid(ev), want);
	free(want);
	want = invite_summary(n);
	check_value("SUMMARY", icalcomponent_get_summary(ev), want);
	free(want);
	if (n->next->location != NULL && *n->next->location != '\0') {
		want = invite_clean(n->next->location);
		check_value("LOCATION", icalcomponent_get_location(ev), want);
		free(want);
	}
	icalcomponent_free(cal);
}

static void
check_value(const char *what, const char *got, const char *want)
{
	if (got == NULL || strcmp(got, want) != 0)
		fuzz_fail("invitation %s: got \"%s\", want \"%s\"", what,
		    got ? got : "(none)", want);
}
