/*
 * test_notes.c: what the coach's notes mean, line form by line form.
 *
 * Every case is a notes body mailed on Thu 3 Dec 2026 14:20 in New York
 * (subject "Lincoln" unless the case says otherwise), and what one part
 * of the resulting struct notes must read, written out as text by dump().
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "config.h"
#include "notes.h"
#include "util.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))
#define SUBJECT		"Lincoln"

struct want {
	const char	*part;		/* what dump() shows */
	const char	*text;
};

struct example {
	const char	*name;
	const char	*subject;
	const char	*body;
	struct want	 want[16];
};

struct line_case {
	const char	*name;
	const char	*body;
	const char	*part;
	const char	*want;
	const char	*subject;	/* NULL: SUBJECT */
};

/*
 * The diagnostics wanted, one "L<line> <W|E> message" a line.  When
 * phrase is set, want has a %s for what the dates step says of it.
 */
struct diag_case {
	const char	*name;
	const char	*body;
	const char	*want;
	const char	*phrase;
	int		 scan;		/* phrase as dates_scan reads it */
};

static time_t	 sent_at(void);
static struct notes *run(const char *body, const char *subject, int dated);
static char	*dump(const struct notes *, const char *part);
static void	 dump_items(struct buf *, const struct items *);
static void	 dump_actions(struct buf *, const struct notes *);
static void	 dump_next(struct buf *, const struct touchpoint *);
static void	 dump_diags(struct buf *, const struct diags *);
static void	 dump_day(struct buf *, const struct ymd *);
static void	 dump_people(struct buf *, const struct person *, size_t);
static int	 check(const char *name, const struct notes *,
		    const char *part, const char *want);
static char	*dates_says(const char *phrase, int scan);
static char	*fill(const char *want, const char *err);

static const struct example examples[] = {
	{ "headed form", "Lincoln",
	  "To: Dr. Maria Lopez <mlopez@lincoln.example.org>\n"
	  "Focus: Reviewing Tier 2 grouping structures and intervention "
	  "schedules\n"
	  "\n"
	  "Bright spots:\n"
	  "- Strong alignment between diagnostic data and instructional "
	  "groupings\n"
	  "- Teachers clearly articulated the skill focus for their "
	  "intervention groups\n"
	  "\n"
	  "Considerations:\n"
	  "- Opportunity to tighten consistency in progress monitoring "
	  "tools across grades\n"
	  "- Clarifying decision rules for when students move between "
	  "tiers\n"
	  "\n"
	  "Actions:\n"
	  "- Ms. Rivera / share the updated progress-monitoring calendar / "
	  "Dec 11\n"
	  "- Jordan / send decision-rule exemplars / Friday\n"
	  "\n"
	  "Next: Jan 14 9:00-10:00 @ Lincoln main office\n"
	  "Next focus: Tier 3 intake process\n"
	  "\n"
	  "Sent from my iPhone\n",
	  {
	    { "to", "Dr. Maria Lopez <mlopez@lincoln.example.org>" },
	    { "cc", "" },
	    { "greeting", "Dr. Lopez" },
	    { "school", "Lincoln" },
	    { "visit", "2026-12-03" },
	    { "focus", "[Reviewing Tier 2 grouping structures and "
	      "intervention schedules]" },
	    { "bright", "[Strong alignment between diagnostic data and "
	      "instructional groupings][Teachers clearly articulated the "
	      "skill focus for their intervention groups]" },
	    { "consider", "[Opportunity to tighten consistency in progress "
	      "monitoring tools across grades][Clarifying decision rules "
	      "for when students move between tiers]" },
	    { "actions", "[Ms. Rivera][share the updated progress-monitoring "
	      "calendar][2026-12-11 'Dec 11']"
	      "[Jordan][send decision-rule exemplars][2026-12-04 'Friday']" },
	    { "next", "2027-01-14 09:00-10:00 @Lincoln main office, Tier 3 "
	      "intake process" },
	    { "diags", "" },
	    { "coach", "Jordan Reyes <jreyes@district.example>" },
	  } },
	{ "shortcut form", "Re: Lincoln",
	  "to: mlopez@lincoln.example.org\n"
	  "hi: Dr. Lopez\n"
	  "school: Lincoln Elementary\n"
	  "focus: Tier 2 grouping structures and intervention schedules\n"
	  "+ strong alignment between diagnostic data and groupings\n"
	  "+ teachers articulated the skill focus for their groups\n"
	  "~ tighten consistency in progress monitoring tools across "
	  "grades\n"
	  "~ clarify decision rules for moving between tiers\n"
	  "@Ms. Rivera share the updated PM calendar by Dec 11\n"
	  "@Jordan send decision-rule exemplars by Fri\n"
	  "next: thu 1/14 9am 45m, Tier 3 intake process\n",
	  {
	    { "to", "mlopez@lincoln.example.org" },
	    { "greeting", "Dr. Lopez" },
	    { "school", "Lincoln Elementary" },
	    { "visit", "2026-12-03" },
	    { "focus", "[Tier 2 grouping structures and intervention "
	      "schedules]" },
	    { "bright", "[strong alignment between diagnostic data and "
	      "groupings][teachers articulated the skill focus for their "
	      "groups]" },
	    { "consider", "[tighten consistency in progress monitoring "
	      "tools across grades][clarify decision rules for moving "
	      "between tiers]" },
	    { "actions", "[Ms. Rivera][share the updated PM calendar]"
	      "[2026-12-11 'Dec 11']"
	      "[Jordan][send decision-rule exemplars][2026-12-04 'Fri']" },
	    { "next", "2027-01-14 09:00-09:45, Tier 3 intake process" },
	    { "diags", "" },
	  } },
};

#define TO	"To: a@b.org\n"

static const struct line_case line_cases[] = {
	/* Recipients and greeting. */
	{ "To", "To: Dr. Maria Lopez <mlopez@x.org>\n", "to",
	  "Dr. Maria Lopez <mlopez@x.org>", NULL },
	{ "Leader", "Leader: a@b.org\n", "to", "a@b.org", NULL },
	{ "Principal", "Principal: a@b.org\n", "to", "a@b.org", NULL },
	{ "TO upper case", "TO: a@b.org\n", "to", "a@b.org", NULL },
	{ "two To", "To: a@b.org, Ana Kim <c@d.org>\n", "to",
	  "a@b.org, Ana Kim <c@d.org>", NULL },
	{ "Cc", TO "Cc: c@d.org\n", "cc", "c@d.org", NULL },
	{ "Hi", TO "Hi: Maria\n", "greeting", "Maria", NULL },
	{ "Hello", TO "Hello: Maria,\n", "greeting", "Maria", NULL },
	{ "Dear", TO "Dear: Dr. Lopez\n", "greeting", "Dr. Lopez", NULL },
	{ "Greeting", TO "Greeting: Team\n", "greeting", "Team", NULL },
	{ "greeting from title", "To: Dr. Maria Lopez <m@x.org>\n",
	  "greeting", "Dr. Lopez", NULL },
	{ "greeting Mr", "To: Mr Sam Kim <s@x.org>\n", "greeting", "Mr Kim",
	  NULL },
	{ "greeting Prof.", "To: Prof. Ada Byron King <a@x.org>\n",
	  "greeting", "Prof. King", NULL },
	{ "greeting first name", "To: Maria Lopez <m@x.org>\n", "greeting",
	  "Maria", NULL },
	{ "greeting mailbox", "To: mlopez@x.org\n", "greeting", "mlopez",
	  NULL },
	{ "greeting Hi over To", "To: Maria Lopez <m@x.org>\nHi: Dr. L\n",
	  "greeting", "Dr. L", NULL },
	{ "salutation line", "Hi Maria,\nTo: Maria Lopez <m@x.org>\n",
	  "greeting", "Maria", NULL },

	/* School. */
	{ "School", TO "School: Lincoln Elementary\n", "school",
	  "Lincoln Elementary", NULL },
	{ "Site", TO "Site: Lincoln\n", "school", "Lincoln", NULL },
	{ "Campus", TO "Campus: Lincoln\n", "school", "Lincoln", NULL },
	{ "School over Subject", TO "School: Adams\n", "school", "Adams",
	  "Lincoln" },
	{ "Subject Re Fwd recap", TO, "school", "Lincoln",
	  "Re: Fwd: Lincoln recap" },
	{ "Subject RE: Recap -", TO, "school", "Lincoln Elementary",
	  "RE: Recap - Lincoln Elementary" },
	{ "Subject fw: re: RECAP:", TO, "school", "lincoln",
	  "fw: re: RECAP: lincoln" },
	{ "Subject recaps is a word", TO, "school", "Recaps for Lincoln",
	  "Recaps for Lincoln" },

	/* The visit. */
	{ "visit from Date", TO, "visit", "2026-12-03", NULL },
	{ "Visit", TO "Visit: Dec 2\n", "visit", "2026-12-02", NULL },
	{ "Date", TO "Date: Dec 1\n", "visit", "2026-12-01", NULL },
	{ "Visit yesterday", TO "Visit: yesterday\n", "visit", "2026-12-02",
	  NULL },
	{ "Visit today", TO "Visit: today\n", "visit", "2026-12-03", NULL },
	{ "Visit weekday", TO "Visit: tue\n", "visit", "2026-12-01", NULL },
	{ "Visit last month", TO "Visit: Nov 30\n", "visit", "2026-11-30",
	  NULL },
	{ "Visit after Actions", TO "@Jordan send it by Fri\nVisit: Nov 24\n",
	  "actions", "[Jordan][send it][2026-11-27 'Fri']", NULL },

	/* Focus. */
	{ "Focus field", TO "Focus: Tier 2\n", "focus", "[Tier 2]", NULL },
	{ "Focus heading", TO "Focus\n- Tier 2\n- schedules\n", "focus",
	  "[Tier 2][schedules]", NULL },
	{ "Coaching focus", TO "Coaching focus:\nTier 2\n", "focus",
	  "[Tier 2]", NULL },
	{ "Focus no deficit check", TO "Focus: students failing math\n",
	  "diags", "", NULL },

	/* Bright spots. */
	{ "Bright spot", TO "Bright spot: routines\n", "bright",
	  "[routines]", NULL },
	{ "Bright spots", TO "Bright spots\nroutines\n", "bright",
	  "[routines]", NULL },
	{ "Glows", TO "glows:\n- a\n", "bright", "[a]", NULL },
	{ "Strengths", TO "Strengths:\n- a\n", "bright", "[a]", NULL },
	{ "Celebrations", TO "CELEBRATIONS\n- a\n", "bright", "[a]", NULL },
	{ "Observations", TO "Observations:\n- a\n", "bright", "[a]", NULL },
	{ "plus shortcut", TO "+ a\n+b\n", "bright", "[a][b]", NULL },
	{ "heading with an item", TO "Glows: a\n- b\n", "bright", "[a][b]",
	  NULL },
	{ "markdown heading", TO "## Glows\n- a\n", "bright", "[a]", NULL },

	/* Considerations. */
	{ "Consider", TO "Consider: pacing\n", "consider", "[pacing]", NULL },
	{ "Considerations", TO "Considerations:\n- a\n", "consider", "[a]",
	  NULL },
	{ "Areas to strengthen", TO "Areas to strengthen:\n- a\n",
	  "consider", "[a]", NULL },
	{ "Grows", TO "Grows\n- a\n", "consider", "[a]", NULL },
	{ "Wonderings", TO "Wonderings:\n- a\n", "consider", "[a]", NULL },
	{ "tilde and delta", TO "~ a\n\xce\x94 b\n", "consider", "[a][b]",
	  NULL },

	/* Lists. */
	{ "bullets", TO "Glows:\n- a\n* b\n\xe2\x80\xa2 c\n\xe2\x97\x8f d\n"
	  "1. e\n2) f\n", "bright", "[a][b][c][d][e][f]", NULL },
	{ "blank line in a list", TO "Glows:\n- a\n\n\n- b\n", "bright",
	  "[a][b]", NULL },
	{ "field ends a list", TO "Glows:\n- a\nFocus: x\n- b\n", "bright",
	  "[a]", NULL },
	{ "heading ends a list", TO "Glows:\n- a\nGrows:\n- b\n", "consider",
	  "[b]", NULL },
	{ "shortcut ends a list", TO "Glows:\n- a\n~ b\n- c\n", "bright",
	  "[a]", NULL },

	/* Actions. */
	{ "Action field", TO "Action: Jordan / send exemplars / Fri\n",
	  "actions", "[Jordan][send exemplars][2026-12-04 'Fri']", NULL },
	{ "Actions", TO "Actions:\n- Jordan / send / Fri\n", "actions",
	  "[Jordan][send][2026-12-04 'Fri']", NULL },
	{ "Action items", TO "Action items:\nJordan / send / Fri\n",
	  "actions", "[Jordan][send][2026-12-04 'Fri']", NULL },
	{ "Next steps", TO "Next steps:\n- Jordan / send / Fri\n", "actions",
	  "[Jordan][send][2026-12-04 'Fri']", NULL },
	{ "To do", TO "To do:\n- Jordan / send / Fri\n", "actions",
	  "[Jordan][send][2026-12-04 'Fri']", NULL },
	{ "pipes", TO "Actions:\n- Jordan | send | Dec 11\n", "actions",
	  "[Jordan][send][2026-12-11 'Dec 11']", NULL },
	{ "semicolons", TO "Actions:\n- Jordan; send; Dec 11\n", "actions",
	  "[Jordan][send][2026-12-11 'Dec 11']", NULL },
	{ "spaced dash", TO "Actions:\n- Jordan - send - Dec 11\n", "actions",
	  "[Jordan][send][2026-12-11 'Dec 11']", NULL },
	{ "at with title", TO "@Ms. Rivera share the updated PM calendar by "
	  "Dec 11\n", "actions",
	  "[Ms. Rivera][share the updated PM calendar][2026-12-11 'Dec 11']",
	  NULL },
	{ "at Dr", TO "@Dr. Lopez review the data by Dec 11\n", "actions",
	  "[Dr. Lopez][review the data][2026-12-11 'Dec 11']", NULL },
	{ "at Mr", TO "@Mr. Kim call home by Fri\n", "actions",
	  "[Mr. Kim][call home][2026-12-04 'Fri']", NULL },
	{ "at colon", TO "@Jordan: send exemplars by Fri\n", "actions",
	  "[Jordan][send exemplars][2026-12-04 'Fri']", NULL },
	{ "who colon paren", TO "Actions:\n- Jordan: send exemplars (by "
	  "Fri)\n", "actions", "[Jordan][send exemplars][2026-12-04 'Fri']",
	  NULL },
	{ "by-laws", TO "@Jordan share the by-laws draft by Fri\n", "actions",
	  "[Jordan][share the by-laws draft][2026-12-04 'Fri']", NULL },
	{ "by in the what", TO "@Jordan go by the office by Fri\n",
	  "actions", "[Jordan][go by the office][2026-12-04 'Fri']", NULL },
	{ "slash in the what", TO "Actions:\n- Jordan / regroup K/1 and "
	  "2 / 3 / Dec 11\n", "actions",
	  "[Jordan][regroup K/1 and 2 / 3][2026-12-11 'Dec 11']", NULL },
	{ "date with slashes", TO "Actions:\n- Jordan / send / 12/11\n",
	  "actions", "[Jordan][send][2026-12-11 '12/11']", NULL },
	{ "no who", TO "Actions:\n- send exemplars by Fri\n", "actions",
	  "[-][send exemplars][2026-12-04 'Fri']", NULL },
	{ "no when", TO "@Jordan send exemplars\n", "actions",
	  "[Jordan][send exemplars][-]", NULL },
	{ "when not a date", TO "@Jordan send it by the staff meeting\n",
	  "actions", "[Jordan][send it][? 'the staff meeting']", NULL },
	{ "Principal among actions", TO "Actions:\nPrincipal: review data "
	  "by Fri\n", "actions", "[Principal][review data][2026-12-04 'Fri']",
	  NULL },

	/* The next touchpoint. */
	{ "Next place", TO "Next: Jan 14 9:00-10:00 @ Lincoln main office\n",
	  "next", "2027-01-14 09:00-10:00 @Lincoln main office", NULL },
	{ "Next focus after comma", TO "next: thu 1/14 9am 45m, Tier 3\n",
	  "next", "2027-01-14 09:00-09:45, Tier 3", NULL },
	{ "Next place and focus", TO "Next: Jan 14 9am @ room 4, Tier 3\n",
	  "next", "2027-01-14 09:00-10:00 @room 4, Tier 3", NULL },
	{ "Next touchpoint", TO "Next touchpoint: Dec 17 at 2:15 PM\n",
	  "next", "2026-12-17 14:15-15:15", NULL },
	{ "Next visit", TO "Next visit: tomorrow 8:30\n", "next",
	  "2026-12-04 08:30-09:30", NULL },
	{ "Where and Next focus", TO "Next: Jan 14 9am\nWhere: Room 12\n"
	  "Next focus: Tier 3\n", "next", "2027-01-14 09:00-10:00 @Room 12, "
	  "Tier 3", NULL },
	{ "Location and Looking ahead", TO "Looking ahead: intake\n"
	  "Location: library\nNext: Jan 14 9am\n", "next",
	  "2027-01-14 09:00-10:00 @library, intake", NULL },
	{ "Room", TO "Next: Jan 14 9am, old focus\nRoom: 4\n", "next",
	  "2027-01-14 09:00-10:00 @4, old focus", NULL },
	{ "Next cancel", TO "Next: cancel\n", "next", "cancel", NULL },
	{ "Next cancelled with date", TO "Next: Cancelled Jan 14 9am\n",
	  "next", "cancel 2027-01-14 09:00-10:00", NULL },
	{ "Next canceled", TO "Next: canceled\n", "next", "cancel", NULL },
	{ "Next TBD", TO "Next: TBD\n", "next", "none", NULL },
	{ "no Next", TO, "next", "none", NULL },

	/* Phone autocorrect. */
	{ "curly quotes", TO "+ teachers\xe2\x80\x99 \xe2\x80\x9c" "exit "
	  "tickets\xe2\x80\x9d\n", "bright", "[teachers' \"exit tickets\"]",
	  NULL },
	{ "no-break space", TO "Focus:\xc2\xa0Tier\xc2\xa0" "2\n", "focus",
	  "[Tier 2]", NULL },
	{ "space before colon", TO "Next : Jan 14 9am\n", "next",
	  "2027-01-14 09:00-10:00", NULL },
	{ "no-break space before colon", TO "Next\xc2\xa0: Jan 14 9am\n",
	  "next", "2027-01-14 09:00-10:00", NULL },
	{ "en dash in a time range", TO "Next: Jan 14 9:00\xe2\x80\x93"
	  "10:00\n", "next", "2027-01-14 09:00-10:00", NULL },
	{ "em dash separators", TO "Actions:\n- Ms. Rivera \xe2\x80\x94 "
	  "share the calendar \xe2\x80\x94 Dec 11\n", "actions",
	  "[Ms. Rivera][share the calendar][2026-12-11 'Dec 11']", NULL },
	{ "en dash separators", TO "Actions:\n- Jordan \xe2\x80\x93 send "
	  "\xe2\x80\x93 Friday\n", "actions",
	  "[Jordan][send][2026-12-04 'Friday']", NULL },
	{ "en dash bullet", TO "Glows:\n\xe2\x80\x93 a\n", "bright", "[a]",
	  NULL },

	/* What is not notes. */
	{ "quoted reply", TO "+ a\n> + quoted\n+ b\n", "bright", "[a][b]",
	  NULL },
	{ "On wrote", TO "+ a\nOn Thu, Dec 3, 2026 at 2:20 PM Jordan "
	  "<j@d.org> wrote:\n+ old\n", "bright", "[a]", NULL },
	{ "On wrote wrapped", TO "+ a\nOn Thu, Dec 3, 2026 at 2:20 PM Jordan "
	  "<j@d.org>\nwrote:\n+ old\n", "bright", "[a]", NULL },
	{ "signature", TO "+ a\n-- \nJordan Reyes\n+ sig\n", "bright", "[a]",
	  NULL },
	{ "footers", TO "+ a\nSent from my iPhone\nGet Outlook for iOS\n"
	  "Sent from Yahoo Mail on Android\n", "diags", "", NULL },
	{ "closing", TO "+ a\nThanks,\nJordan\n", "diags", "", NULL },
	{ "private note", TO "Note: Rivera seemed tired\nPrivate: HR\n",
	  "all", "focus=;bright=;consider=;actions=;diags=", NULL },
	{ "private section", TO "Note:\nRivera seemed tired\n", "all",
	  "focus=;bright=;consider=;actions=;diags=", NULL },
};

static const struct diag_case diag_cases[] = {
	{ "no To", "Focus: x\n",
	  "L0 E no recipient: add a line such as 'To: Dr. Maria Lopez "
	  "<mlopez@school.org>'", NULL, 0 },
	{ "To without address", "To: Dr. Lopez\n",
	  "L1 E 'To: Dr. Lopez': no address; write e.g. 'To: Dr. Maria "
	  "Lopez <mlopez@school.org>'", NULL, 0 },
	{ "Cc without address", TO "Cc: Ana\n",
	  "L2 W 'Cc: Ana': no address, so no copy is sent; write e.g. "
	  "'Cc: jreyes@district.org'", NULL, 0 },
	{ "line outside a section", TO "\nGreat visit today!\n",
	  "L3 W 'Great visit today!': not understood; start it with a "
	  "heading such as 'Bright spots:' or a key such as 'Focus:'",
	  NULL, 0 },
	{ "no school", TO "", "L0 W no school: add a line such as "
	  "'School: Lincoln Elementary', or name the school in the Subject",
	  NULL, 0 },
	{ "Next without a date", TO "Next: soon\n",
	  "L2 E 'Next: soon': no date or time found; write e.g. 'Next: "
	  "Jan 14 9:00-10:00 @ main office'", NULL, 0 },
	{ "Next wrong weekday", TO "Glows:\n- a\n\nNext: tue 1/14 9am\n",
	  "L5 E 'Next: tue 1/14 9am': %s", "tue 1/14 9am", 1 },
	{ "Next impossible", TO "Next: 2/30 9am\n",
	  "L2 E 'Next: 2/30 9am': %s", "2/30 9am", 1 },
	{ "Next words after the date", TO "Next: Jan 14 9am Tier 3\n",
	  "L2 W 'Next: Jan 14 9am Tier 3': 'Tier 3' after the date not "
	  "understood, kept as the focus; write the place after '@' and the "
	  "focus after a comma, e.g. 'Next: Jan 14 9:00-10:00 @ main office, "
	  "Tier 3 intake'", NULL, 0 },
	{ "two Next", TO "Next: Jan 14 9am\nNext: Jan 15 9am\n",
	  "L2 W 'Next: Jan 14 9am': replaced by the later 'Next: Jan 15 "
	  "9am'", NULL, 0 },
	{ "Where without Next", TO "Where: room 4\n",
	  "L2 W 'Where: room 4': there is no next touchpoint to put it on; "
	  "add a line such as 'Next: Jan 14 9:00-10:00'", NULL, 0 },
	{ "Visit not a date", TO "Visit: the usual\n",
	  "L2 W 'Visit: the usual': not a date, so the visit is taken as "
	  "the day of the notes, Thursday, December 3; write e.g. 'Visit: "
	  "Dec 3' or 'Visit: yesterday'", NULL, 0 },
	{ "action without who", TO "Actions:\n\n- send it by Fri\n",
	  "L4 W '- send it by Fri': no who; write an action as '@Who what by "
	  "when', e.g. '@Ms. Rivera share the calendar by Dec 11'", NULL, 0 },
	{ "action without when", TO "@Jordan send it\n",
	  "L2 W '@Jordan send it': no 'by when'; write an action as '@Who "
	  "what by when', e.g. '@Ms. Rivera share the calendar by Dec 11'",
	  NULL, 0 },
	{ "action with neither", TO "Actions:\n- call home\n",
	  "L3 W '- call home': no who, no 'by when'; write an action as "
	  "'@Who what by when', e.g. '@Ms. Rivera share the calendar by "
	  "Dec 11'", NULL, 0 },
	{ "when not understood", TO "@Jordan send it by the meeting\n",
	  "L2 W '@Jordan send it by the meeting': 'by when' not understood: "
	  "'the meeting'; write a date such as 'Dec 11' or 'Fri'", NULL, 0 },
	{ "when impossible", TO "Action: Jordan / send it / 2/30\n",
	  "L2 E 'Action: Jordan / send it / 2/30': %s", "2/30", 0 },
	{ "deficit in a consideration", TO "~ students are failing\n",
	  "L2 W '~ students are failing': 'failing' frames a deficit; "
	  "consider 'not yet meeting the goal in ...' (asset-based wording)",
	  NULL, 0 },
	{ "deficit phrase", TO "Grows:\n- Low kids need more time\n",
	  "L3 W '- Low kids need more time': 'low kids' frames a deficit; "
	  "consider 'students who need more support in ...' (asset-based "
	  "wording)", NULL, 0 },
	{ "deficit in a bright spot", TO "+ they can't wait for centers\n",
	  "L2 W '+ they can't wait for centers': 'can't' frames a deficit; "
	  "consider 'is working toward ...' (asset-based wording)", NULL, 0 },
	{ "deficit curly apostrophe", TO "+ they can\xe2\x80\x99t stop\n",
	  "L2 W '+ they can't stop': 'can't' frames a deficit; consider 'is "
	  "working toward ...' (asset-based wording)", NULL, 0 },
	{ "deficit whole words only", TO "+ no problems, nevertheless "
	  "unfailing\n", "", NULL, 0 },
	{ "quoted, footer, signature dropped", TO "+ a\nSent from my iPad\n"
	  "> what?\n-- \nJordan\nmystery line\n", "", NULL, 0 },
};

static time_t
sent_at(void)
{
	struct ymd	 d = { 2026, 12, 3 };

	/* Thu, 3 Dec 2026 14:20:00 -0500 */
	return (time_t)ymd_days(&d) * 86400 + 19 * 3600 + 20 * 60;
}

static struct notes *
run(const char *body, const char *subject, int dated)
{
	static char	 from_name[] = "Jordan Reyes";
	static char	 from_addr[] = "jreyes@district.example";
	static char	 tzid[] = "America/New_York";
	struct mail_in	 m;
	struct config	 cfg;
	char		*b, *s;
	struct notes	*n;

	memset(&m, 0, sizeof(m));
	memset(&cfg, 0, sizeof(cfg));
	cfg.tzid = tzid;
	cfg.length = 60;
	cfg.day_first = 0;
	m.from.name = from_name;
	m.from.addr = from_addr;
	m.subject = s = subject ? xstrdup(subject) : NULL;
	m.date = dated ? sent_at() : 0;
	m.has_date = dated;
	m.body = b = xstrdup(body);
	n = notes_parse(&m, &cfg);
	free(b);
	free(s);
	return n;
}

static char *
dump(const struct notes *n, const char *part)
{
	struct buf	 b;

	buf_init(&b);
	if (strcmp(part, "to") == 0)
		dump_people(&b, n->to, n->nto);
	else if (strcmp(part, "cc") == 0)
		dump_people(&b, n->cc, n->ncc);
	else if (strcmp(part, "coach") == 0)
		dump_people(&b, &n->coach, 1);
	else if (strcmp(part, "greeting") == 0)
		buf_puts(&b, n->greeting ? n->greeting : "(null)");
	else if (strcmp(part, "school") == 0)
		buf_puts(&b, n->school ? n->school : "(null)");
	else if (strcmp(part, "visit") == 0)
		dump_day(&b, &n->visit);
	else if (strcmp(part, "focus") == 0)
		dump_items(&b, &n->focus);
	else if (strcmp(part, "bright") == 0)
		dump_items(&b, &n->bright);
	else if (strcmp(part, "consider") == 0)
		dump_items(&b, &n->consider);
	else if (strcmp(part, "actions") == 0)
		dump_actions(&b, n);
	else if (strcmp(part, "next") == 0)
		dump_next(&b, n->next);
	else if (strcmp(part, "diags") == 0)
		dump_diags(&b, &n->diag);
	else if (strcmp(part, "all") == 0) {
		buf_puts(&b, "focus=");
		dump_items(&b, &n->focus);
		buf_puts(&b, ";bright=");
		dump_items(&b, &n->bright);
		buf_puts(&b, ";consider=");
		dump_items(&b, &n->consider);
		buf_puts(&b, ";actions=");
		dump_actions(&b, n);
		buf_puts(&b, ";diags=");
		dump_diags(&b, &n->diag);
	}
	return buf_steal(&b);
}

static void
dump_people(struct buf *b, const struct person *p, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		buf_puts(b, i > 0 ? ", " : "");
		if (p[i].name != NULL)
			buf_printf(b, "%s <%s>", p[i].name, p[i].addr);
		else
			buf_puts(b, p[i].addr);
	}
}

static void
dump_items(struct buf *b, const struct items *v)
{
	size_t	 i;

	for (i = 0; i < v->n; i++)
		buf_printf(b, "[%s]", v->v[i].text);
}

/* [who][what][due 'as written'], "-" for what is missing, "?" unread. */
static void
dump_actions(struct buf *b, const struct notes *n)
{
	const struct action	*a;
	size_t			 i;

	for (i = 0; i < n->nactions; i++) {
		a = &n->actions[i];
		buf_printf(b, "[%s][%s][", a->who ? a->who : "-", a->what);
		if (a->has_due)
			dump_day(b, &a->due);
		else
			buf_puts(b, a->due_text ? "?" : "-");
		if (a->due_text != NULL)
			buf_printf(b, " '%s'", a->due_text);
		buf_puts(b, "]");
	}
}

static void
dump_next(struct buf *b, const struct touchpoint *t)
{
	if (t == NULL) {
		buf_puts(b, "none");
		return;
	}
	if (t->cancel)
		buf_puts(b, t->when.day.y ? "cancel " : "cancel");
	if (t->when.day.y)
		dump_day(b, &t->when.day);
	if (t->when.has_time)
		buf_printf(b, " %02d:%02d-%02d:%02d", t->when.start / 60,
		    t->when.start % 60, t->when.end / 60, t->when.end % 60);
	if (t->location != NULL)
		buf_printf(b, " @%s", t->location);
	if (t->focus != NULL)
		buf_printf(b, ", %s", t->focus);
}

static void
dump_diags(struct buf *b, const struct diags *d)
{
	size_t	 i;

	for (i = 0; i < d->n; i++)
		buf_printf(b, "%sL%d %c %s", i > 0 ? "\n" : "", d->v[i].line,
		    d->v[i].sev == SEV_ERROR ? 'E' : 'W', d->v[i].msg);
}

static void
dump_day(struct buf *b, const struct ymd *d)
{
	buf_printf(b, "%04d-%02d-%02d", d->y, d->m, d->d);
}

static int
check(const char *name, const struct notes *n, const char *part,
    const char *want)
{
	char	*got = dump(n, part);
	int	 ok = strcmp(got, want) == 0;

	if (!ok)
		print_error("%s: %s: got\n\t%s\nwant\n\t%s\n", name, part, got,
		    want);
	free(got);
	return ok;
}

/* What the dates step says of a wrong phrase, as of the visit. */
static char *
dates_says(const char *phrase, int scan)
{
	struct ymd		 visit = { 2026, 12, 3 };
	struct date_opts	 o = { 0, 60 };
	struct when		 w;
	char			 err[256] = "";
	size_t			 used;
	int			 r;

	if (scan)
		r = dates_scan(phrase, &visit, &o, &w, &used, err,
		    sizeof(err));
	else
		r = dates_parse(phrase, &visit, &o, &w, err, sizeof(err));
	if (r != DATES_BAD)
		print_error("dates: '%s': got %d, want DATES_BAD\n", phrase, r);
	return xstrdup(err);
}

/* want with its %s replaced by err. */
static char *
fill(const char *want, const char *err)
{
	const char	*p = strstr(want, "%s");

	if (p == NULL)
		return xstrdup(want);
	return xasprintf("%.*s%s%s", (int)(p - want), want, err, p + 2);
}

static void
test_examples(void **state)
{
	const struct example	*e;
	const struct want	*w;
	struct notes		*n;
	size_t			 i;
	int			 bad = 0;

	(void)state;
	for (e = examples; e < examples + NELEM(examples); e++) {
		n = run(e->body, e->subject, 1);
		for (i = 0; i < NELEM(e->want) && e->want[i].part; i++) {
			w = &e->want[i];
			bad += !check(e->name, n, w->part, w->text);
		}
		notes_free(n);
	}
	assert_int_equal(bad, 0);
}

static void
test_lines(void **state)
{
	const struct line_case	*c;
	struct notes		*n;
	int			 bad = 0;

	(void)state;
	for (c = line_cases; c < line_cases + NELEM(line_cases); c++) {
		n = run(c->body, c->subject ? c->subject : SUBJECT, 1);
		bad += !check(c->name, n, c->part, c->want);
		notes_free(n);
	}
	assert_int_equal(bad, 0);
}

static void
test_diags(void **state)
{
	const struct diag_case	*c;
	struct notes		*n;
	char			*err, *want;
	int			 bad = 0;

	(void)state;
	for (c = diag_cases; c < diag_cases + NELEM(diag_cases); c++) {
		n = run(c->body, strcmp(c->name, "no school") ? SUBJECT :
		    NULL, 1);
		if (c->phrase != NULL) {
			err = dates_says(c->phrase, c->scan);
			want = fill(c->want, err);
			free(err);
		} else
			want = xstrdup(c->want);
		bad += !check(c->name, n, "diags", want);
		free(want);
		notes_free(n);
	}
	assert_int_equal(bad, 0);
}

/* With no Date header the visit is today, and the coach is told. */
static void
test_no_date(void **state)
{
	struct notes	*n;
	struct tm	 tm;
	time_t		 now = time(NULL);
	char		*want;

	(void)state;
	n = run(TO, SUBJECT, 0);
	localtime_r(&now, &tm);
	want = xasprintf("%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1,
	    tm.tm_mday);
	assert_true(check("no Date", n, "visit", want));
	assert_int_equal(n->diag.n, 1);
	assert_int_equal(n->diag.v[0].line, 0);
	assert_int_equal(n->diag.v[0].sev, SEV_WARNING);
	assert_non_null(strstr(n->diag.v[0].msg, "no Date header"));
	free(want);
	notes_free(n);
}

/* The day of the Date header is the coach's, not UTC's. */
static void
test_zone(void **state)
{
	struct mail_in	 m;
	struct notes	*n;
	static char	 addr[] = "j@d.org", body[] = TO;

	(void)state;
	memset(&m, 0, sizeof(m));
	m.from.addr = addr;
	m.body = body;
	m.has_date = 1;
	m.date = sent_at() + 8 * 3600;	/* 03:20 UTC on Dec 4 */
	n = notes_parse(&m, NULL);
	assert_true(check("zone", n, "visit", "2026-12-03"));
	assert_null(n->tzid);
	notes_free(n);
}

static int
setup(void **state)
{
	(void)state;
	setenv("TZ", "America/New_York", 1);
	tzset();
	return 0;
}

int
main(void)
{
	const struct CMUnitTest	 tests[] = {
		cmocka_unit_test(test_examples),
		cmocka_unit_test(test_lines),
		cmocka_unit_test(test_diags),
		cmocka_unit_test(test_no_date),
		cmocka_unit_test(test_zone),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
