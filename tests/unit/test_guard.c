/*
 * test_guard.c: what the parent makes of a parser child that dies.
 *
 * The test links with -Wl,--wrap=intake_read, so the child runs the
 * stand-in below instead of libetpan: the message names what the
 * stand-in does (crash, spin, exhaust memory, hang, succeed), and each
 * outcome must be the clean answer intake_guard.c promises, with the
 * parent unharmed and no child left behind.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "intake.h"
#include "util.h"

int	 __real_intake_read(const char *, size_t, struct mail_in *, char *,
	    size_t);
int	 __wrap_intake_read(const char *, size_t, struct mail_in *, char *,
	    size_t);

int
__wrap_intake_read(const char *msg, size_t len, struct mail_in *m,
    char *err, size_t errlen)
{
	volatile unsigned long	 spin = 0;

	if (strncmp(msg, "crash", len) == 0)
		raise(SIGSEGV);
	if (strncmp(msg, "abort", len) == 0)
		abort();
	if (strncmp(msg, "spin", len) == 0)
		for (;;)
			spin++;
	if (strncmp(msg, "hang", len) == 0)
		for (;;)
			pause();
	if (strncmp(msg, "oom", len) == 0)
		tempfail("out of memory");
	if (strncmp(msg, "exit1", len) == 0)
		_exit(1);
	return __real_intake_read(msg, len, m, err, errlen);
}

struct guard_case {
	const char	*msg;
	int		 want;
	const char	*why;
};

static const struct guard_case cases[] = {
	/* The same message would do it again: refused, not retried. */
	{ "crash", INTAKE_REFUSED, "crashed on this message (signal 11)" },
	{ "abort", INTAKE_REFUSED, "crashed on this message (signal 6)" },
	{ "spin", INTAKE_REFUSED, "ran out of CPU time" },
	/* The machine may be short or busy: a retry. */
	{ "hang", INTAKE_TEMPFAIL, "took too long" },
	{ "oom", INTAKE_TEMPFAIL, "out of memory" },
	{ "exit1", INTAKE_TEMPFAIL, "the MIME parser failed (exit 1" },
	{ "From: a@b.example\nSubject: x\n\nhello\n", 0, NULL },
};

static void
test_child_outcomes(void **state)
{
	struct intake_limits	 lim;
	struct mail_in		 m;
	char			 err[256];
	size_t			 i;
	int			 rc;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		memset(&lim, 0, sizeof(lim));
		lim.cpu = 1;
		lim.wall = 2;
		err[0] = '\0';
		rc = intake_read_guarded(cases[i].msg, strlen(cases[i].msg),
		    &lim, &m, err, sizeof(err));
		if (rc != cases[i].want)
			fail_msg("'%s': got %d (%s), want %d", cases[i].msg,
			    rc, err, cases[i].want);
		if (cases[i].why != NULL && strstr(err, cases[i].why) == NULL)
			fail_msg("'%s': got reason '%s', want '%s'",
			    cases[i].msg, err, cases[i].why);
		if (rc == 0 && strcmp(m.body, "hello\n") != 0)
			fail_msg("got body '%s', want 'hello'", m.body);
		mail_in_free(&m);

		/* The child was reaped: none is left to wait for. */
		if (waitpid(-1, NULL, WNOHANG) != -1)
			fail_msg("'%s': a child was left behind",
			    cases[i].msg);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_child_outcomes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
