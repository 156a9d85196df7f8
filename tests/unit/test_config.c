/*
 * test_config.c: the configuration file, good and bad.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"

struct load_case {
	const char	*text;
	const char	*err;		/* substring wanted, NULL: success */
	const char	*tzid;		/* wanted zone after success */
	int		 length;
	int		 day_first;
};

static const struct load_case load_cases[] = {
	{ "", NULL, "America/Chicago", 60, 0 },
	{ "[service]\naddress = recap@district.example\n"
	  "domain = district.example\ntimezone = America/New_York\n"
	  "length = 45\ndate-order = day-first\nreminder = 30\n",
	  NULL, "America/New_York", 45, 1 },
	{ "# comment\n[service]\ntimezone = UTC\n", NULL, NULL, 60, 0 },
	{ "[service]\ntimezone = Mars/Olympus\n",
	  ":2: timezone: want an IANA zone such as America/New_York, got "
	  "'Mars/Olympus'", NULL, 0, 0 },
	{ "[service]\naddress = recap@x.org\ncolour = blue\n",
	  ":3: unknown key 'colour' in [service]", NULL, 0, 0 },
	{ "[services]\naddress = recap@x.org\n",
	  ":2: unknown section [services]", NULL, 0, 0 },
	{ "[service]\nlength = ten\n", ":2: length: want a number", NULL, 0,
	  0 },
	{ "[service]\nlength = 0\n", ":2: length: want a number", NULL, 0, 0 },
	{ "[service]\ndate-order = sideways\n", ":2: date-order", NULL, 0, 0 },
	{ "[service]\naddress = Recap <recap@x.org>\n", ":2: address", NULL,
	  0, 0 },
	{ "[service]\nthis line has no equals sign\n", ":2: malformed line",
	  NULL, 0, 0 },
	{ "[service]\ntimezone = ../../etc/passwd\n", ":2: timezone", NULL,
	  0, 0 },
	{ "[service]\nsendmail = sendmail\n",
	  ":2: sendmail: want an absolute path", NULL, 0, 0 },
	{ "[service]\nmax-size = 10X\n", ":2: max-size: want a size", NULL,
	  0, 0 },
	{ "[service]\nmax-size = 2G\n", ":2: max-size: want a size", NULL,
	  0, 0 },
	{ "[service]\nrate-limit = -1\n", ":2: rate-limit: want a number",
	  NULL, 0, 0 },
	{ "[service]\nauthserv-id = mx one\n", ":2: authserv-id: want one "
	  "word", NULL, 0, 0 },
};

static void
test_load_table(void **state)
{
	struct config	 cfg;
	char		 path[] = "/tmp/test_config.XXXXXX", err[512];
	size_t		 i;
	int		 fd, rc;

	(void)state;
	for (i = 0; i < sizeof(load_cases) / sizeof(load_cases[0]); i++) {
		const struct load_case	*c = &load_cases[i];

		strcpy(path, "/tmp/test_config.XXXXXX");
		assert_true((fd = mkstemp(path)) >= 0);
		assert_int_equal(write(fd, c->text, strlen(c->text)),
		    (int)strlen(c->text));
		close(fd);
		setenv("TZ", "America/Chicago", 1);
		config_init(&cfg);
		err[0] = '\0';
		rc = config_load(&cfg, path, err, sizeof(err));
		unlink(path);
		if (c->err != NULL) {
			if (rc != -1 || strstr(err, c->err) == NULL)
				fail_msg("case %zu: got rc %d err '%s', want "
				    "-1 and '%s'", i, rc, err, c->err);
		} else {
			if (rc != 0)
				fail_msg("case %zu: got error '%s', want none",
				    i, err);
			if ((c->tzid == NULL) != (cfg.tzid == NULL) ||
			    (c->tzid && strcmp(c->tzid, cfg.tzid) != 0))
				fail_msg("case %zu: got zone %s, want %s", i,
				    cfg.tzid ? cfg.tzid : "(UTC)",
				    c->tzid ? c->tzid : "(UTC)");
			assert_int_equal(cfg.length, c->length);
			assert_int_equal(cfg.day_first, c->day_first);
		}
		config_free(&cfg);
	}
}

/* The delivery settings, through their defaults and back. */
static void
test_service_values(void **state)
{
	static const char text[] = "[service]\nsendmail = /usr/lib/sendmail\n"
	    "authserv-id = mx.district.example\nstate-dir = /var/lib/mr\n"
	    "rate-limit = 5\nmax-size = 2M\nattachment-max = 512k\n";
	struct config	 cfg;
	char		 path[] = "/tmp/test_config.XXXXXX", err[512];
	int		 fd;

	(void)state;
	config_init(&cfg);
	assert_string_equal(cfg.sendmail, "/usr/sbin/sendmail");
	assert_null(cfg.authserv_id);
	assert_true(cfg.max_size == 25 * 1024 * 1024);
	assert_true((fd = mkstemp(path)) >= 0);
	assert_int_equal(write(fd, text, sizeof(text) - 1),
	    (int)sizeof(text) - 1);
	close(fd);
	if (config_load(&cfg, path, err, sizeof(err)) != 0)
		fail_msg("got error '%s', want none", err);
	unlink(path);
	assert_string_equal(cfg.sendmail, "/usr/lib/sendmail");
	assert_string_equal(cfg.authserv_id, "mx.district.example");
	assert_string_equal(cfg.state_dir, "/var/lib/mr");
	assert_int_equal(cfg.rate_limit, 5);
	assert_true(cfg.max_size == 2 * 1024 * 1024);
	assert_true(cfg.attach_max == 512 * 1024);
	config_free(&cfg);
}

static void
test_missing_file(void **state)
{
	struct config	 cfg;
	char		 err[512];

	(void)state;
	config_init(&cfg);
	assert_int_equal(config_load(&cfg, "/nonexistent/mtss.conf", err,
	    sizeof(err)), -1);
	if (strstr(err, "/nonexistent/mtss.conf: No such file") == NULL)
		fail_msg("got '%s', want the path and the reason", err);
	config_free(&cfg);
}

struct tz_case {
	const char	*tz;
	const char	*want;		/* NULL: UTC */
};

static const struct tz_case tz_cases[] = {
	{ "America/New_York", "America/New_York" },
	{ ":Europe/Paris", "Europe/Paris" },
	{ "/usr/share/zoneinfo/Asia/Kolkata", "Asia/Kolkata" },
	{ "UTC", NULL },
	{ "Etc/UTC", NULL },
	{ "Not/AZone", NULL },
};

static void
test_system_tzid(void **state)
{
	size_t	 i;
	char	*got;

	(void)state;
	for (i = 0; i < sizeof(tz_cases) / sizeof(tz_cases[0]); i++) {
		setenv("TZ", tz_cases[i].tz, 1);
		got = config_system_tzid();
		if ((got == NULL) != (tz_cases[i].want == NULL) ||
		    (got && strcmp(got, tz_cases[i].want) != 0))
			fail_msg("TZ=%s: got %s, want %s", tz_cases[i].tz,
			    got ? got : "(UTC)",
			    tz_cases[i].want ? tz_cases[i].want : "(UTC)");
		free(got);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_load_table),
		cmocka_unit_test(test_service_values),
		cmocka_unit_test(test_missing_file),
		cmocka_unit_test(test_system_tzid),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
