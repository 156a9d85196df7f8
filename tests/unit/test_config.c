/*
 * test_config.c: the configuration file, good and bad, and the
 * directory's lookups.
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
	  ":1: unknown section [services]; want [service], [coach ADDRESS], "
	  "[school KEY] or [wording]", NULL, 0, 0 },
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
	{ "[service]\nlength = ten\nlength = 0\n", ":2: length: want a "
	  "number from 5 to 1440, got 'ten'", NULL, 0, 0 },
	{ "address = recap@x.org\n", ":1: 'address' is outside any section; "
	  "put it under [service]", NULL, 0, 0 },
	{ "[service]\nlength = 30\n\n[service]\n", ":4: [service] appears "
	  "twice; put all of its keys in one section", NULL, 0, 0 },
	{ "[service]\n  [school x]\n", ":2: a [section] line must start in "
	  "the first column", NULL, 0, 0 },
	{ "[service]\n[bogus\n", ":2: malformed line; want 'key = value', "
	  "a [section] or a # comment", NULL, 0, 0 },

	/* The directory. */
	{ "[coach jreyes@x.org]\nname = J\nName = K\n", ":3: 'name' is "
	  "given twice in [coach jreyes@x.org]", NULL, 0, 0 },
	{ "[coach jreyes@x.org]\ncolour = blue\n", ":2: unknown key "
	  "'colour' in [coach jreyes@x.org]; want name, title, timezone or "
	  "signature", NULL, 0, 0 },
	{ "[coach Jordan Reyes]\nname = J\n", ":1: [coach Jordan Reyes]: "
	  "want the coach's bare address, as in [coach "
	  "jreyes@district.example]", NULL, 0, 0 },
	{ "[coach]\n", ":1: [coach]: want the coach's bare address", NULL,
	  0, 0 },
	{ "[coach a@b.org]\n[coach A@B.org]\n", ":2: [coach A@B.org] "
	  "appears twice; put all of its keys in one section", NULL, 0, 0 },
	{ "[coach a@b.org]\ntimezone = Mars/Base\n", ":2: timezone: want an "
	  "IANA zone such as America/Chicago, got 'Mars/Base'", NULL, 0, 0 },
	{ "[coach a@b.org]\ntitle =\n", ":2: title: empty in [coach "
	  "a@b.org]; give a value or leave the line out", NULL, 0, 0 },
	{ "[school lincoln]\n\n[school Lincoln]\n", ":3: [school Lincoln] "
	  "appears twice; put all of its keys in one section", NULL, 0, 0 },
	{ "[school]\n", ":1: [school]: want the key coaches type, as in "
	  "[school lincoln]", NULL, 0, 0 },
	{ "[school lincoln]\nleader = Dr. Lopez\n", ":2: leader: want a name "
	  "and address such as Dr. Maria Lopez <mlopez@lincoln.example.org>, "
	  "got 'Dr. Lopez'", NULL, 0, 0 },
	{ "[school lincoln]\nleader = Dr. Lopez <mlopez@x.org\n", ":2: "
	  "leader: want a name and address", NULL, 0, 0 },
	{ "[school lincoln]\nleader = <a@b.org> Lopez\n", ":2: leader: want "
	  "a name and address", NULL, 0, 0 },
	{ "[school lincoln]\ntimezone = America/Nowhere\n", ":2: timezone: "
	  "want an IANA zone such as America/Chicago, got 'America/Nowhere'",
	  NULL, 0, 0 },
	{ "[school lincoln]\ngreeting =\n", ":2: greeting: empty in [school "
	  "lincoln]; give a value or leave the line out", NULL, 0, 0 },
	{ "[school lincoln]\nprincipal = a@b.org\n", ":2: unknown key "
	  "'principal' in [school lincoln]; want name, leader, greeting, "
	  "location or timezone", NULL, 0, 0 },
	{ "[school lincoln]\nname = A\nlocation = B\nname = C\n", ":4: "
	  "'name' is given twice in [school lincoln]", NULL, 0, 0 },
	{ "[wording]\nlack of =\n", ":2: [wording]: 'lack of' has no "
	  "reframing; write e.g. 'lack of = an opportunity to build ...'",
	  NULL, 0, 0 },
	{ "[wording]\nweak = a\nWEAK = b\n", ":3: [wording]: 'WEAK' is given "
	  "twice", NULL, 0, 0 },
	{ "[wording]\n... = b\n", ":2: [wording]: want 'phrase = reframing'",
	  NULL, 0, 0 },
	{ "[wording]\n[wording]\n", ":2: [wording] appears twice", NULL, 0,
	  0 },
	{ "[wording]\nweak = a\n[colour]\nx = y\n", ":3: unknown section "
	  "[colour]", NULL, 0, 0 },
	{ "[service]\ntimezone = America/New_York\n[coach a@b.org]\n"
	  "[school lincoln]\n[wording]\n", NULL, "America/New_York", 60, 0 },
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

/* default-time: all-day, or the minute a touchpoint with no time starts. */
static void
test_default_time(void **state)
{
	static const struct {
		const char	*value;
		int		 want;		/* -2: an error */
	} cases[] = {
		{ NULL, -1 }, { "all-day", -1 }, { "ALL-DAY", -1 },
		{ "15:30", 15 * 60 + 30 }, { "00:00", 0 }, { "23:59", 1439 },
		{ "24:00", -2 }, { "9:30", -2 }, { "15:60", -2 },
		{ "3pm", -2 }, { "", -2 }, { "15:30x", -2 },
	};
	struct config	 cfg;
	char		 path[] = "/tmp/test_config.XXXXXX", err[512];
	char		 text[128];
	size_t		 i;
	int		 fd, rc, got;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		snprintf(text, sizeof(text), "[service]\n%s%s\n",
		    cases[i].value ? "default-time = " : "",
		    cases[i].value ? cases[i].value : "");
		strcpy(path, "/tmp/test_config.XXXXXX");
		assert_true((fd = mkstemp(path)) >= 0);
		assert_int_equal(write(fd, text, strlen(text)),
		    (int)strlen(text));
		close(fd);
		config_init(&cfg);
		rc = config_load(&cfg, path, err, sizeof(err));
		unlink(path);
		if (cases[i].want == -2 && (rc != -1 ||
		    strstr(err, ":2: default-time: want all-day") == NULL))
			fail_msg("'%s': got rc %d '%s', want the error",
			    cases[i].value, rc, err);
		got = cfg.untimed ? cfg.untimed_at : -1;
		if (cases[i].want != -2 && (rc != 0 || got != cases[i].want))
			fail_msg("'%s': got rc %d, %d, want %d",
			    cases[i].value ? cases[i].value : "(none)", rc,
			    got, cases[i].want);
		config_free(&cfg);
	}
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

/* A whole directory, and what each lookup finds in it. */
static const char directory[] =
    "[service]\n"
    "timezone = America/New_York\n"
    "\n"
    "[coach jreyes@district.example]\n"
    "name = Jordan Reyes\n"
    "title = MTSS Coach\n"
    "timezone = America/Chicago\n"
    "signature = Jordan Reyes\n"
    "signature = MTSS Coach, Springfield Schools\n"
    "    (555) 010-0100\n"
    "\n"
    "[coach bare@district.example]\n"
    "[coach utc@district.example]\n"
    "timezone = Etc/UTC\n"
    "\n"
    "[school lincoln]\n"
    "name = Lincoln Elementary\n"
    "leader = Dr. Maria Lopez <mlopez@lincoln.example.org>\n"
    "greeting = Dr. Lopez\n"
    "location = Lincoln main office, 12 Elm St\n"
    "timezone = America/Denver\n"
    "\n"
    "[school Adams]\n"
    "leader = \"Kim, Sam\" <SKim@adams.example.org>\n"
    "\n"
    "[wording]\n"
    "At risk = a student who would benefit from ...\n"
    "weak = still developing ...\n";

struct lookup_case {
	const char	*what;		/* coach, school, leader or zone */
	const char	*arg;
	const char	*want;		/* the entry's fields, "|"-joined */
};

static const struct lookup_case lookup_cases[] = {
	{ "coach", "JReyes@District.Example", "jreyes@district.example|"
	  "Jordan Reyes|MTSS Coach|America/Chicago|Jordan Reyes\nMTSS Coach, "
	  "Springfield Schools\n(555) 010-0100" },
	{ "coach", "bare@district.example", "bare@district.example|-|-|-|-" },
	{ "coach", "nobody@district.example", "none" },
	{ "school", "lincoln", "lincoln|Lincoln Elementary|Dr. Maria Lopez|"
	  "mlopez@lincoln.example.org|Dr. Lopez|Lincoln main office, 12 Elm "
	  "St|America/Denver" },
	{ "school", "LINCOLN ELEMENTARY", "lincoln|Lincoln Elementary|"
	  "Dr. Maria Lopez|mlopez@lincoln.example.org|Dr. Lopez|Lincoln main "
	  "office, 12 Elm St|America/Denver" },
	{ "school", "adams", "adams|Adams|Kim, Sam|SKim@adams.example.org|-|-|"
	  "-" },
	{ "school", "Lincoln Middle", "none" },
	{ "leader", "MLOPEZ@lincoln.example.org", "lincoln|Lincoln "
	  "Elementary|Dr. Maria Lopez|mlopez@lincoln.example.org|Dr. Lopez|"
	  "Lincoln main office, 12 Elm St|America/Denver" },
	{ "leader", "skim@adams.example.org", "adams|Adams|Kim, Sam|"
	  "SKim@adams.example.org|-|-|-" },
	{ "leader", "jreyes@district.example", "none" },
	{ "zone", "jreyes@district.example", "America/Chicago" },
	{ "zone", "bare@district.example", "America/New_York" },
	{ "zone", "nobody@district.example", "America/New_York" },
	{ "zone", "utc@district.example", "UTC" },
	{ "wording", "0", "at risk|a student who would benefit from ..." },
	{ "wording", "1", "weak|still developing ..." },
};

static const char *
or_dash(const char *s)
{
	return s != NULL ? s : "-";
}

static char *
lookup(const struct config *cfg, const struct lookup_case *c)
{
	const struct coach	*co;
	const struct school	*s;
	const char		*z;
	char			 b[512];

	if (strcmp(c->what, "coach") == 0) {
		if ((co = config_coach(cfg, c->arg)) == NULL)
			return strdup("none");
		snprintf(b, sizeof(b), "%s|%s|%s|%s|%s", co->addr,
		    or_dash(co->name), or_dash(co->title), or_dash(co->tzid),
		    or_dash(co->signature));
		return strdup(b);
	}
	if (strcmp(c->what, "zone") == 0) {
		z = config_zone(cfg, c->arg);
		return strdup(z != NULL ? z : "UTC");
	}
	if (strcmp(c->what, "wording") == 0) {
		if ((size_t)atoi(c->arg) >= cfg->nreframes)
			return strdup("none");
		snprintf(b, sizeof(b), "%s|%s",
		    cfg->reframes[atoi(c->arg)].phrase,
		    cfg->reframes[atoi(c->arg)].suggest);
		return strdup(b);
	}
	s = strcmp(c->what, "school") == 0 ? config_school(cfg, c->arg) :
	    config_school_of_leader(cfg, c->arg);
	if (s == NULL)
		return strdup("none");
	snprintf(b, sizeof(b), "%s|%s|%s|%s|%s|%s|%s", s->key, s->name,
	    or_dash(s->leader_name), or_dash(s->leader_addr),
	    or_dash(s->greeting), or_dash(s->location), or_dash(s->tzid));
	return strdup(b);
}

static void
test_directory(void **state)
{
	struct config	 cfg;
	char		 path[] = "/tmp/test_config.XXXXXX", err[512], *got;
	size_t		 i;
	int		 fd, bad = 0;

	(void)state;
	assert_true((fd = mkstemp(path)) >= 0);
	assert_int_equal(write(fd, directory, sizeof(directory) - 1),
	    (int)sizeof(directory) - 1);
	close(fd);
	config_init(&cfg);
	if (config_load(&cfg, path, err, sizeof(err)) != 0)
		fail_msg("got error '%s', want none", err);
	unlink(path);
	assert_int_equal(cfg.ncoaches, 3);
	assert_int_equal(cfg.nschools, 2);
	assert_int_equal(cfg.nreframes, 2);
	for (i = 0; i < sizeof(lookup_cases) / sizeof(lookup_cases[0]); i++) {
		got = lookup(&cfg, &lookup_cases[i]);
		if (strcmp(got, lookup_cases[i].want) != 0) {
			print_error("%s %s: got '%s', want '%s'\n",
			    lookup_cases[i].what, lookup_cases[i].arg, got,
			    lookup_cases[i].want);
			bad++;
		}
		free(got);
	}
	config_free(&cfg);

	/* No configuration at all: nobody is listed, nothing breaks. */
	assert_null(config_coach(NULL, "jreyes@district.example"));
	assert_null(config_school(NULL, "lincoln"));
	assert_null(config_school_of_leader(NULL, "a@b.org"));
	assert_null(config_zone(NULL, "a@b.org"));
	assert_int_equal(bad, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_load_table),
		cmocka_unit_test(test_service_values),
		cmocka_unit_test(test_default_time),
		cmocka_unit_test(test_missing_file),
		cmocka_unit_test(test_system_tzid),
		cmocka_unit_test(test_directory),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
