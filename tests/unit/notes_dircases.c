/*
 * notes_dircases.c: the cases of test_notes that read the notes under a
 * directory: what a listed coach and a listed school bring, and that
 * what the coach wrote wins.
 */
#include <stddef.h>

#include "notes_cases.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

const char notes_directory[] =
    "[service]\n"
    "timezone = America/New_York\n"
    "[coach jreyes@district.example]\n"
    "name = Jordan Reyes\n"
    "title = MTSS Coach\n"
    "[coach sito@district.example]\n"
    "name = Sam Ito\n"
    "timezone = America/Chicago\n"
    "signature = Sam Ito\n"
    "signature = MTSS Coach, Springfield Public Schools\n"
    "[school lincoln]\n"
    "name = Lincoln Elementary\n"
    "leader = Dr. Maria Lopez <mlopez@lincoln.example.org>\n"
    "greeting = Dr. Lopez\n"
    "location = Lincoln main office\n"
    "[school adams]\n"
    "name = Adams Middle School\n"
    "leader = skim@adams.example.org\n"
    "location = Adams library\n"
    "timezone = America/Denver\n"
    "[wording]\n"
    "at risk = students who would benefit from more support in ...\n"
    "weak = an area the team is building\n";

#define JR	"jreyes@district.example"
#define SI	"sito@district.example"

const struct dir_case dir_cases[] = {
	/* A school key brings the leader, the greeting and the place. */
	{ "key brings To", JR, "school: lincoln\n", NULL, "to",
	  "Dr. Maria Lopez <mlopez@lincoln.example.org>" },
	{ "key brings greeting", JR, "school: lincoln\n", NULL, "greeting",
	  "Dr. Lopez" },
	{ "key brings full name", JR, "School: LINCOLN\n", NULL, "school",
	  "Lincoln Elementary" },
	{ "full name is a key too", JR, "school: lincoln elementary\n", NULL,
	  "to", "Dr. Maria Lopez <mlopez@lincoln.example.org>" },
	{ "Site alias", JR, "Site: adams\n", NULL, "school",
	  "Adams Middle School" },
	{ "key brings location", JR, "school: lincoln\nnext: thu 1/14 9am\n",
	  NULL, "next", "2027-01-14 09:00-10:00 @Lincoln main office" },
	{ "key brings no diags", JR, "school: lincoln\nnext: thu 1/14 9am\n",
	  NULL, "diags", "" },
	{ "the coach's place wins", JR, "school: lincoln\nnext: Jan 14 9am @ "
	  "library\n", NULL, "next", "2027-01-14 09:00-10:00 @library" },
	{ "Where wins", JR, "school: lincoln\nnext: Jan 14 9am\nWhere: gym\n",
	  NULL, "next", "2027-01-14 09:00-10:00 @gym" },
	{ "no place on a cancel", JR, "school: lincoln\nnext: cancel\n", NULL,
	  "next", "cancel" },
	{ "the coach's To wins", JR, "To: Ana Kim <akim@x.org>\nschool: "
	  "lincoln\n", NULL, "to", "Ana Kim <akim@x.org>" },
	{ "greeting of the coach's To", JR, "To: Ana Kim <akim@x.org>\n"
	  "school: lincoln\n", NULL, "greeting", "Ana" },
	{ "the coach's Hi wins", JR, "school: lincoln\nhi: Maria\n", NULL,
	  "greeting", "Maria" },
	{ "a salutation wins", JR, "Hi Maria,\nschool: lincoln\n", NULL,
	  "greeting", "Maria" },

	/* The leader's address brings the school, the name and greeting. */
	{ "leader brings school", JR, "to: mlopez@lincoln.example.org\n",
	  "Visit notes", "school", "Lincoln Elementary" },
	{ "leader brings name", JR, "to: MLopez@Lincoln.example.org\n", NULL,
	  "to", "Dr. Maria Lopez <MLopez@Lincoln.example.org>" },
	{ "leader brings greeting", JR, "to: mlopez@lincoln.example.org\n",
	  NULL, "greeting", "Dr. Lopez" },
	{ "leader of a second To", JR, "to: a@b.org, mlopez@lincoln.example."
	  "org\n", NULL, "to", "a@b.org, Dr. Maria Lopez "
	  "<mlopez@lincoln.example.org>" },
	{ "every leader greeted, the directory's way", JR, "to: a@b.org, "
	  "mlopez@lincoln.example.org\n", NULL, "greeting",
	  "a and Dr. Lopez" },
	{ "three leaders greeted", JR, "to: Sam Patel <sp@b.org>, Ana Ruiz "
	  "<ar@b.org>, Dr. Lee Chen <lc@b.org>\n", NULL, "greeting",
	  "Sam, Ana and Dr. Chen" },
	{ "four leaders greeted as everyone", JR, "to: a@b.org, c@b.org, "
	  "d@b.org, e@b.org\n", NULL, "greeting", "everyone" },
	{ "the coach's School wins", JR, "to: mlopez@lincoln.example.org\n"
	  "school: Lincoln Annex\n", NULL, "school", "Lincoln Annex" },

	/* The Subject names a school of the directory. */
	{ "Subject key", JR, "", "Re: Adams recap", "to",
	  "skim@adams.example.org" },
	{ "Subject key greeting", JR, "", "Re: Adams recap", "greeting",
	  "skim" },
	{ "Subject full name", JR, "to: a@b.org\n", "Lincoln Elementary",
	  "school", "Lincoln Elementary" },
	{ "Subject not listed", JR, "to: a@b.org\n", "Jefferson", "school",
	  "Jefferson" },

	/* Zones: the coach's, else the service's; a school's for times. */
	{ "service zone", JR, TO, NULL, "tzid", "America/New_York" },
	{ "coach zone", SI, TO, NULL, "tzid", "America/Chicago" },
	{ "school zone", SI, "school: adams\nnext: Jan 14 9am\n", NULL,
	  "tzid", "America/Denver" },
	{ "school zone keeps the time", SI, "school: adams\nnext: Jan 14 "
	  "9am\n", NULL, "next", "2027-01-14 09:00-10:00 @Adams library" },
	{ "unlisted coach", "pat@x.org", TO, NULL, "tzid",
	  "America/New_York" },

	/* The coach: the directory's name, signature or name and title. */
	{ "coach name", JR, TO, NULL, "coach",
	  "Jordan Reyes <jreyes@district.example>" },
	{ "coach name and title", JR, TO, NULL, "signature",
	  "Jordan Reyes\nMTSS Coach" },
	{ "coach signature", SI, TO, NULL, "signature",
	  "Sam Ito\nMTSS Coach, Springfield Public Schools" },
	{ "unlisted coach works", "pat@x.org", TO, NULL, "coach",
	  "JR <pat@x.org>" },
	{ "unlisted coach signs by name", "pat@x.org", TO, NULL, "signature",
	  "(null)" },

	/* What the coach is told. */
	{ "school not listed", JR, TO "school: lincolm\n", NULL, "diags",
	  "L2 W 'school: lincolm': not in the directory, so kept as written; "
	  "the directory knows 'lincoln', 'adams'" },
	{ "no To, no school", JR, "focus: x\n", "Jefferson", "diags",
	  "L0 E no recipient: add a line such as 'To: Dr. Maria Lopez "
	  "<mlopez@school.org>', or a school of the directory with a leader, "
	  "such as 'School: lincoln'" },
	{ "district wording", JR, TO "+ students at risk read daily\n", NULL,
	  "diags", "L2 W '+ students at risk read daily': 'at risk' frames a "
	  "deficit; consider 'students who would benefit from more support "
	  "in ...' (asset-based wording)" },
	{ "district rewords a built-in", JR, TO "~ weak transitions\n", NULL,
	  "diags", "L2 W '~ weak transitions': 'weak' frames a deficit; "
	  "consider 'an area the team is building' (asset-based wording)" },
	{ "built-ins still count", JR, TO "~ poor transitions\n", NULL,
	  "diags", "L2 W '~ poor transitions': 'poor' frames a deficit; "
	  "consider 'still developing' (asset-based wording)" },
};

const size_t	 ndir_cases = NELEM(dir_cases);
