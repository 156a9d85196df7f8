/*
 * invite_text.c: the words of the invitation, apart from libical.
 *
 * The UID of a visit, its SEQUENCE, the SUMMARY and DESCRIPTION, and the
 * cleaning every value needs before libical sees it: libical writes
 * control characters and invalid UTF-8 through unchanged.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "config.h"
#include "dates.h"
#include "invite.h"
#include "invite_int.h"
#include "notes.h"
#include "util.h"

/* 2020-01-01T00:00:00Z, the origin of SEQUENCE. */
#define SEQ_EPOCH	1577836800LL

char *
invite_uid(const struct notes *n, const struct config *cfg)
{
	unsigned long long	 h;
	char			*addr, *school, *key, *p;
	const char		*domain = cfg->domain;

	addr = xstrdup(n->coach.addr ? n->coach.addr : "");
	school = strtrim(n->school ? n->school : "");
	for (p = addr; *p != '\0'; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p += 'a' - 'A';
	/* XXX: only ASCII letters are folded; "PEÑA" and "Peña" differ. */
	for (p = school; *p != '\0'; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p += 'a' - 'A';
	key = xasprintf("%s\n%s\n%04d-%02d-%02d", addr, school, n->visit.y,
	    n->visit.m, n->visit.d);
	h = hash64(key, strlen(key), 0);
	free(key);
	free(school);
	free(addr);

	if (domain == NULL || *domain == '\0')
		domain = "mtss-recap.invalid";
	return xasprintf("mtss-%016llx@%s", h, domain);
}

/*
 * A copy of s that is valid UTF-8 with no control characters: invalid
 * bytes become U+FFFD, C0 and C1 controls and DEL become spaces.
 */
char *
invite_clean(const char *s)
{
	const unsigned char	*p = (const unsigned char *)(s ? s : "");
	struct buf		 b;
	size_t			 need;

	buf_init(&b);
	while (*p != '\0') {
		need = *p < 0x80 ? 1 : *p >= 0xf0 ? 4 : *p >= 0xe0 ? 3 : 2;
		if (strnlen((const char *)p, need) < need ||
		    !utf8_valid((const char *)p, need)) {
			buf_puts(&b, "\xef\xbf\xbd");
			p++;
		} else if (*p < 0x20 || *p == 0x7f ||
		    (p[0] == 0xc2 && p[1] < 0xa0)) {
			buf_putc(&b, ' ');
			p += need;
		} else {
			buf_add(&b, (const char *)p, need);
			p += need;
		}
	}
	return buf_steal(&b);
}

/*
 * libical writes a '"' inside a parameter as RFC 6868's ^', which
 * Outlook and Gmail show literally; an apostrophe reads the same.
 */
char *
invite_clean_cn(const char *s)
{
	char	*c, *p;

	c = invite_clean(s);
	for (p = c; *p != '\0'; p++)
		if (*p == '"')
			*p = '\'';
	return c;
}

char *
invite_mailto(const char *addr)
{
	char	*c, *v;

	c = invite_clean(addr);
	v = xasprintf("mailto:%s", c);
	free(c);
	return v;
}

/* Names of UTC itself, which is written with Z and never as a TZID. */
int
invite_is_utc(const char *tzid)
{
	static const char *const names[] = {
		"UTC", "UCT", "GMT", "GMT0", "GMT+0", "GMT-0", "Zulu",
		"Universal", "Greenwich"
	};
	size_t	 i;

	if (tzid == NULL)
		return 1;
	if (strncmp(tzid, "Etc/", 4) == 0)
		tzid += 4;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(tzid, names[i]) == 0)
			return 1;
	return 0;
}

char *
invite_summary(const struct notes *n)
{
	char	*school, *focus, *s;

	if (n->school == NULL || *n->school == '\0')
		return xstrdup("MTSS coaching touchpoint");
	school = invite_clean(n->school);
	if (n->next->focus == NULL || *n->next->focus == '\0')
		s = xasprintf("MTSS coaching: %s", school);
	else {
		focus = invite_clean(n->next->focus);
		s = xasprintf("MTSS coaching: %s \xe2\x80\x93 %s", school,
		    focus);
		free(focus);
	}
	free(school);
	return s;
}

/* What the leader needs at a glance: the visit's focus and who owes what. */
char *
invite_description(const struct notes *n)
{
	struct buf	 b;
	size_t		 i;
	char		 day[64], *t;

	buf_init(&b);
	if (n->focus.n > 0)
		buf_puts(&b, "Focus of the visit:\n");
	for (i = 0; i < n->focus.n; i++) {
		t = invite_clean(n->focus.v[i].text);
		buf_printf(&b, "- %s\n", t);
		free(t);
	}
	if (n->nactions > 0)
		buf_puts(&b, "Action items:\n");
	for (i = 0; i < n->nactions; i++) {
		const struct action	*a = &n->actions[i];

		t = invite_clean(a->who);
		buf_printf(&b, "- %s%s", t, *t != '\0' ? ": " : "");
		free(t);
		t = invite_clean(a->what);
		buf_puts(&b, t);
		free(t);
		t = a->has_due ? NULL : invite_clean(a->due_text);
		if (a->has_due)
			ymd_format_long(&a->due, &n->visit, day, sizeof(day));
		if (a->has_due && a->due_note != NULL) {
			t = invite_clean(a->due_note);
			buf_printf(&b, " (by %s, %s)", day, t);
		} else if (a->has_due || *t != '\0')
			buf_printf(&b, " (by %s)", a->has_due ? day : t);
		buf_putc(&b, '\n');
		free(t);
	}
	if (b.len > 0)
		b.p[--b.len] = '\0';
	return buf_steal(&b);
}

/*
 * Clients apply a new version of an event only when its SEQUENCE is
 * larger, and the filter keeps no state between messages.  Corrected
 * notes are sent after the first ones, so their Date, counted in seconds
 * from 2020 (an INTEGER holds that until 2088), is larger too.
 */
int
invite_sequence(time_t sent)
{
	long long	 s = (long long)sent - SEQ_EPOCH;

	if (s < 0)
		return 0;
	return s > INT_MAX ? INT_MAX : (int)s;
}
