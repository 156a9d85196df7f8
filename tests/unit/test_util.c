/*
 * test_util.c: the shared helpers: UTF-8 checks, trimming, buffers,
 * diagnostics.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sys/wait.h>

#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "diag.h"
#include "util.h"

struct utf8_case {
	const char	*s;
	int		 valid;
};

static const struct utf8_case utf8_cases[] = {
	{ "plain ascii", 1 },
	{ "caf\xc3\xa9", 1 },
	{ "en \xe2\x80\x93 dash", 1 },
	{ "emoji \xf0\x9f\x98\x80", 1 },
	{ "latin1 caf\xe9", 0 },
	{ "overlong \xc0\xaf", 0 },
	{ "surrogate \xed\xa0\x80", 0 },
	{ "cut \xe2\x80", 0 },
	{ "past U+10FFFF \xf4\x90\x80\x80", 0 },
	{ "stray continuation \x80", 0 },
};

static void
test_utf8_valid(void **state)
{
	size_t	 i;
	int	 got;

	(void)state;
	for (i = 0; i < sizeof(utf8_cases) / sizeof(utf8_cases[0]); i++) {
		got = utf8_valid(utf8_cases[i].s, strlen(utf8_cases[i].s));
		if (got != utf8_cases[i].valid)
			fail_msg("'%s': got %d, want %d", utf8_cases[i].s, got,
			    utf8_cases[i].valid);
	}
}

struct trim_case {
	const char	*in;
	const char	*want;
};

static const struct trim_case trim_cases[] = {
	{ "  both  ", "both" },
	{ "\tTab\r\n", "Tab" },
	{ "", "" },
	{ "   ", "" },
	{ "in side", "in side" },
};

static void
test_strtrim(void **state)
{
	size_t	 i;
	char	*got;

	(void)state;
	for (i = 0; i < sizeof(trim_cases) / sizeof(trim_cases[0]); i++) {
		got = strtrim(trim_cases[i].in);
		if (strcmp(got, trim_cases[i].want) != 0)
			fail_msg("strtrim('%s'): got '%s', want '%s'",
			    trim_cases[i].in, got, trim_cases[i].want);
		free(got);
	}
}

static void
test_strsanitize(void **state)
{
	char	 s[] = "Evil\r\nBcc: x@y\x01\x7f";

	(void)state;
	strsanitize(s);
	assert_string_equal(s, "Evil  Bcc: x@y  ");
}

static void
test_buf(void **state)
{
	struct buf	 b;
	char		*s;
	int		 i;

	(void)state;
	buf_init(&b);
	for (i = 0; i < 1000; i++)
		buf_printf(&b, "%d,", i % 10);
	assert_int_equal(b.len, 2000);
	assert_int_equal(b.p[b.len], '\0');
	s = buf_steal(&b);
	assert_null(b.p);
	assert_int_equal(strncmp(s, "0,1,2,", 6), 0);
	free(s);
}

/* 200 kB of letters, and a pipe a child writes them into. */
#define BIG	(200 * 1024)

static char *
big_text(void)
{
	char	*big = malloc(BIG);
	size_t	 i;

	assert_non_null(big);
	for (i = 0; i < BIG; i++)
		big[i] = (char)('a' + i % 26);
	return big;
}

/* The read end of a pipe a child fills with big and closes. */
static int
big_pipe(const char *big, pid_t *pid)
{
	int	 fd[2];

	assert_int_equal(pipe(fd), 0);
	if ((*pid = fork()) == 0) {
		close(fd[0]);
		_exit(write_full(fd[1], big, BIG) == 0 ? 0 : 1);
	}
	close(fd[1]);
	return fd[0];
}

/* More than one read and one pipe buffer. */
static void
test_fd_round_trip(void **state)
{
	struct buf	 in;
	char		*big = big_text();
	pid_t		 pid;
	int		 fd;

	(void)state;
	fd = big_pipe(big, &pid);
	buf_init(&in);
	assert_int_equal(buf_read_fd(&in, fd), 0);
	close(fd);
	waitpid(pid, NULL, 0);
	if (in.len != BIG || memcmp(in.p, big, BIG) != 0)
		fail_msg("got %zu bytes back, want the %d written", in.len,
		    BIG);
	assert_int_equal(write_full(-1, "x", 1), -1);
	buf_free(&in);
	free(big);
}

/* Read to the end, kept up to a bound: the size is the whole. */
static void
test_fd_read_max(void **state)
{
	static const size_t	 keep[] = { 0, 1, 65535, 65536, 65537,
				     150000, BIG, 300000 };
	size_t			 k, total, want;
	struct buf		 in;
	char			*big = big_text();
	pid_t			 pid;
	int			 fd;

	(void)state;
	for (k = 0; k < sizeof(keep) / sizeof(keep[0]); k++) {
		fd = big_pipe(big, &pid);
		buf_init(&in);
		assert_int_equal(buf_read_fd_max(&in, fd, keep[k], &total),
		    0);
		close(fd);
		waitpid(pid, NULL, 0);
		want = keep[k] == 0 || keep[k] > BIG ? BIG : keep[k];
		if (total != BIG || in.len != want ||
		    memcmp(in.p, big, want) != 0)
			fail_msg("keep %zu: got %zu kept of %zu, want %zu of "
			    "%d", keep[k], in.len, total, want, BIG);
		buf_free(&in);
	}
	free(big);
}

static void
test_hash_stable(void **state)
{
	(void)state;
	/* FNV-1a of "a" is fixed by the algorithm, not by this code. */
	assert_true(hash64("a", 1, 0) == 0xaf63dc4c8601ec8cULL);
	assert_true(hash64("a", 1, 0) != hash64("b", 1, 0));
}

static void
test_diags(void **state)
{
	struct diags	 d;

	(void)state;
	memset(&d, 0, sizeof(d));
	diag_add(&d, 3, SEV_WARNING, "'%s' not understood", "foo");
	diag_add(&d, 7, SEV_ERROR, "bad date");
	assert_int_equal(d.n, 2);
	assert_int_equal(diag_errors(&d), 1);
	assert_string_equal(d.v[0].msg, "'foo' not understood");
	assert_int_equal(d.v[1].line, 7);
	assert_string_equal(diag_severity_name(d.v[1].sev), "error");
	diags_free(&d);
}

/* Found out of order (the visit is read first), told in line order. */
static void
test_diags_sort(void **state)
{
	static const struct {
		int		 line;
		const char	*msg;
	} in[] = {
		{ 5, "five" }, { 2, "two" }, { 0, "message" },
		{ 5, "five, later" },
		{ 3, "three" },
	};
	static const char *const want = "0 message|2 two|3 three|5 five|"
	    "5 five, later|";
	struct diags	 d;
	char		 got[128];
	size_t		 i, o = 0;

	(void)state;
	memset(&d, 0, sizeof(d));
	for (i = 0; i < sizeof(in) / sizeof(in[0]); i++)
		diag_add(&d, in[i].line, SEV_WARNING, "%s", in[i].msg);
	diags_sort(&d);
	for (i = 0; i < d.n; i++)
		o += snprintf(got + o, sizeof(got) - o, "%d %s|", d.v[i].line,
		    d.v[i].msg);
	if (strcmp(got, want) != 0)
		fail_msg("got %s, want %s", got, want);
	diags_free(&d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_valid),
		cmocka_unit_test(test_strtrim),
		cmocka_unit_test(test_strsanitize),
		cmocka_unit_test(test_buf),
		cmocka_unit_test(test_fd_round_trip),
		cmocka_unit_test(test_fd_read_max),
		cmocka_unit_test(test_hash_stable),
		cmocka_unit_test(test_diags),
		cmocka_unit_test(test_diags_sort),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
