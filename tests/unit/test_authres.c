/*
 * test_authres.c: which Authentication-Results vouch for a coach.
 *
 * Only our own field (its authserv-id is ours) counts, and in it only
 * dmarc=pass, or dkim=pass for a domain aligned with the From domain;
 * SPF is never enough, and comments say nothing.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "guard.h"

#define ID	"mx.district.example"
#define FROM	"district.example"

struct ar_case {
	const char	*value;
	int		 want;		/* 1 vouches, 0 does not, -1 not ours */
	const char	*why;		/* substring of the reason, when 0 */
};

static const struct ar_case cases[] = {
	{ ID "; dmarc=pass header.from=district.example", 1, NULL },
	{ ID "; dkim=pass header.d=district.example", 1, NULL },
	{ ID "; dkim=pass header.i=@district.example", 1, NULL },
	{ ID "; dkim=pass (2048-bit key) header.d=district.example", 1,
	  NULL },
	{ ID "; dkim=pass header.d=mail.district.example", 1, NULL },
	{ ID "; spf=pass smtp.mailfrom=district.example; dkim=pass "
	  "header.d=district.example", 1, NULL },
	{ ID ";\tdkim = pass header.d = district.example", 1, NULL },
	{ "MX.District.Example; DMARC=PASS header.from=district.example", 1,
	  NULL },
	/* SPF alone is not enough. */
	{ ID "; spf=pass smtp.mailfrom=district.example", 0, "no dmarc=pass" },
	/* A signature of another domain does not vouch for ours. */
	{ ID "; dkim=pass header.d=evil.example", 0,
	  "dkim=pass for evil.example, not district.example" },
	{ ID "; dkim=pass header.d=example", 0, "not district.example" },
	{ ID "; dmarc=pass header.from=evil.example", 0,
	  "dmarc=pass for evil.example" },
	{ ID "; dkim=fail header.d=district.example", 0, "no dmarc=pass" },
	{ ID "; dmarc=fail header.from=district.example", 0, "no dmarc" },
	/* A pass said only in a comment is no pass. */
	{ ID "; dkim=fail (but dkim=pass header.d=district.example) "
	  "header.d=district.example", 0, NULL },
	{ ID " (dmarc=pass); spf=none", 0, NULL },
	/* A ';' or a blank in a quoted-string ends nothing. */
	{ ID "; dkim=fail reason=\"x; dkim=pass header.d=district.example \"",
	  0, "no dmarc=pass" },
	{ ID "; dkim=fail reason=\"a \\\" ; dkim=pass "
	  "header.d=district.example\"", 0, NULL },
	{ ID "; dkim=fail reason=\"x; dkim=pass header.d=district.example", 0,
	  NULL },
	{ ID "; dkim=fail reason=\"x dkim=pass\"; spf=pass", 0, NULL },
	/* An escaped backslash ends the quoted-string, so the pass counts. */
	{ ID "; spf=fail reason=\"a\\\\\"; dkim=pass "
	  "header.d=district.example", 1, NULL },
	/* Quoted values read as their text, and '(' in one is no comment. */
	{ ID "; dkim=pass header.d=\"district.example\"", 1, NULL },
	{ ID "; dkim=pass reason=\"(\" header.d=district.example", 1, NULL },
	{ "\"" ID "\"; dmarc=pass header.from=district.example", 1, NULL },
	{ ID "; dkim=fail (a \" quote) header.d=x; dkim=pass "
	  "header.d=district.example", 1, NULL },
	/* Another server's field, or a forger's, is not ours. */
	{ "mx.evil.example; dmarc=pass header.from=district.example", -1,
	  NULL },
	{ "mx.district.example.evil; dmarc=pass", -1, NULL },
	{ "", -1, NULL },
	{ ";;;", -1, NULL },
};

struct align_case {
	const char	*d;		/* header.d= of a passing signature */
	const char	*from;
	int		 want;
};

/* Organizational domains, as the Public Suffix List draws them. */
static const struct align_case aligns[] = {
	{ "district.example", "district.example", 1 },
	{ "mail.district.example", "district.example", 1 },
	{ "district.example", "lincoln.district.example", 1 },
	{ "District.Example", "district.example", 1 },
	{ "district.co.uk", "district.co.uk", 1 },
	/* A public suffix is nobody's organization. */
	{ "co.uk", "district.co.uk", 0 },
	{ "other.co.uk", "district.co.uk", 0 },
	{ "k12.ny.us", "lincoln.k12.ny.us", 0 },
	{ "evil.github.io", "district.github.io", 0 },
	{ "example", "district.example", 0 },
};

static void
test_alignment(void **state)
{
	char	 v[256], why[256];
	size_t	 i;
	int	 got;

	(void)state;
	for (i = 0; i < sizeof(aligns) / sizeof(aligns[0]); i++) {
		snprintf(v, sizeof(v), ID "; dkim=pass header.d=%s",
		    aligns[i].d);
		got = authres_check(v, ID, aligns[i].from, why, sizeof(why));
		if (got != aligns[i].want)
			fail_msg("d=%s, From %s: got %d (%s), want %d",
			    aligns[i].d, aligns[i].from, got, why,
			    aligns[i].want);
	}
}

static void
test_authres(void **state)
{
	const struct ar_case	*c;
	char			 why[256];
	size_t			 i;
	int			 got;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		c = &cases[i];
		why[0] = '\0';
		got = authres_check(c->value, ID, FROM, why, sizeof(why));
		if (got != c->want)
			fail_msg("'%s': got %d (%s), want %d", c->value, got,
			    why, c->want);
		if (c->why != NULL && strstr(why, c->why) == NULL)
			fail_msg("'%s': got reason '%s', want '%s'", c->value,
			    why, c->why);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_authres),
		cmocka_unit_test(test_alignment),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
