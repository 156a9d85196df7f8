/*
 * test_log.c: the one log line, on the paths that end the process.
 *
 * Out of memory, the watchdog and signals end the process through
 * tempfail() from wherever it is; each case runs in a child with
 * standard error on a pipe and states the lines that must come out.
 * Only the program's own lines are compared: under ASan or valgrind
 * the failed allocation also draws a warning of theirs.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "log.h"
#include "util.h"

#define LINE(why) "mtss-recap: msgid=\"n1@district.example\" " \
	"coach=\"jreyes@district.example\" result=tempfail reason=\"" why "\"\n"

enum how { OOM, LOGGED_FIRST, IN_CHILD };

struct log_case {
	enum how	 how;
	const char	*want;		/* all of standard error */
};

static const struct log_case cases[] = {
	{ OOM, "mtss-recap: out of memory\n" LINE("out of memory") },
	/* The line was written: a later tempfail adds no second one. */
	{ LOGGED_FIRST, "mtss-recap: msgid=\"n1@district.example\" "
	  "coach=\"jreyes@district.example\" result=sent reason=\"-\"\n"
	  "mtss-recap: out of memory\n" },
	/* The parser's child leaves the line to its parent. */
	{ IN_CHILD, "mtss-recap: out of memory\n" },
};

static void __attribute__((noreturn))
run_case(enum how how)
{
	log_init(1);
	log_context("n1@district.example", "jreyes@district.example");
	if (how == LOGGED_FIRST)
		log_result("n1@district.example", "jreyes@district.example",
		    "sent", NULL);
	if (how == IN_CHILD)
		tempfail_hook(NULL);
	/* A real allocation failure, through xmalloc. */
	(void)xmalloc(SIZE_MAX / 2);
	_exit(0);
}

/* The lines of s that start "mtss-recap: ", in place. */
static void
own_lines(char *s)
{
	char	*r = s, *w = s, *e;
	size_t	 n;

	for (; *r != '\0'; r = e) {
		e = strchr(r, '\n');
		e = e != NULL ? e + 1 : r + strlen(r);
		n = (size_t)(e - r);
		if (strncmp(r, "mtss-recap: ", 12) == 0) {
			memmove(w, r, n);
			w += n;
		}
	}
	*w = '\0';
}

static void
test_tempfail_line(void **state)
{
	char	 got[1024];
	size_t	 i, n;
	ssize_t	 r;
	pid_t	 pid;
	int	 fd[2], status;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		assert_int_equal(pipe(fd), 0);
		if ((pid = fork()) == 0) {
			dup2(fd[1], STDERR_FILENO);
			close(fd[0]);
			run_case(cases[i].how);
		}
		close(fd[1]);
		for (n = 0; n < sizeof(got) - 1 &&
		    (r = read(fd[0], got + n, sizeof(got) - 1 - n)) > 0;)
			n += (size_t)r;
		got[n] = '\0';
		own_lines(got);
		close(fd[0]);
		waitpid(pid, &status, 0);
		if (!WIFEXITED(status) || WEXITSTATUS(status) != EXIT_TEMPFAIL)
			fail_msg("case %zu: got status %#x, want exit 75", i,
			    status);
		if (strcmp(got, cases[i].want) != 0)
			fail_msg("case %zu: got\n%s\nwant\n%s", i, got,
			    cases[i].want);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tempfail_line),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
