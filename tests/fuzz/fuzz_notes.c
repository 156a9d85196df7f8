/*
 * fuzz_notes.c: notes_parse on any body intake could hand on (UTF-8,
 * LF line ends, no NUL), from a fixed coach to the service.  Whatever
 * the notes say, each diagnostic names a line of the body, and notes
 * with no error have someone to send the recap to.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "fuzz.h"
#include "intake.h"
#include "notes.h"
#include "util.h"

static struct config	 cfg;
static char		 coach_name[] = "Jordan Reyes";
static char		 coach_addr[] = "jreyes@district.example";
static char		 service_addr[] = "recap@district.example";
static char		 subject[] = "Lincoln Elementary";
static char		 msgid[] = "notes-fuzz@district.example";
static struct person	 service = { NULL, service_addr };

static size_t	 count_lines(const char *);
static void	 check_notes(const struct notes *, size_t);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_setup(&cfg);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mail_in	 m;
	struct notes	*n;

	if (memchr(data, '\0', size) != NULL ||
	    memchr(data, '\r', size) != NULL ||
	    !utf8_valid((const char *)data, size))
		return 0;
	memset(&m, 0, sizeof(m));
	m.from.name = coach_name;
	m.from.addr = coach_addr;
	m.to = &service, m.nto = 1;
	m.subject = subject;
	m.message_id = msgid;
	m.date = FUZZ_NOW - 3600, m.has_date = 1;
	m.body = xstrndup((const char *)data, size);

	n = notes_parse(&m, &cfg);
	check_notes(n, count_lines(m.body));
	notes_free(n);
	free(m.body);
	return 0;
}

static size_t
count_lines(const char *s)
{
	size_t	 n = 1;

	for (; *s != '\0'; s++)
		n += *s == '\n';
	return n;
}

/* Diagnostics within the body; a recap goes to someone, on a real day. */
static void
check_notes(const struct notes *n, size_t lines)
{
	size_t	 i;

	for (i = 0; i < n->diag.n; i++)
		if (n->diag.v[i].line < 0 ||
		    (size_t)n->diag.v[i].line > lines ||
		    n->diag.v[i].msg == NULL)
			fuzz_fail("diagnostic %zu names line %d of %zu", i,
			    n->diag.v[i].line, lines);
	if (diag_errors(&n->diag) > 0)
		return;
	if (n->nto == 0 || n->coach.addr == NULL)
		fuzz_fail("notes with no error and no leader or coach");
	if (!ymd_valid(&n->visit))
		fuzz_fail("notes with no error and visit %d-%d-%d",
		    n->visit.y, n->visit.m, n->visit.d);
	if (n->next != NULL && !n->next->cancel &&
	    !ymd_valid(&n->next->when.day))
		fuzz_fail("a next touchpoint on no real day");
}
