/*
 * notes_cases.c: the cases of test_notes, one table a kind: the two
 * complete examples of the notes format checked part by part, one line
 * form a case, and the diagnostics the coach is told.
 */
#include <stddef.h>

#include "notes_cases.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

const struct example examples[] = {
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

const struct line_case line_cases[] = {
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
	{ "greeting Dra.", "To: Dra. Luc\xc3\xad" "a Ord\xc3\xb3\xc3\xb1" "ez "
	  "<l@x.org>\n", "greeting", "Dra. Ord\xc3\xb3\xc3\xb1" "ez",
	  NULL },
	{ "greeting first name", "To: Maria Lopez <m@x.org>\n", "greeting",
	  "Maria", NULL },
	{ "greeting mailbox", "To: mlopez@x.org\n", "greeting", "mlopez",
	  NULL },
	{ "greeting Hi over To", "To: Maria Lopez <m@x.org>\nHi: Dr. L\n",
	  "greeting", "Dr. L", NULL },
	{ "salutation line", "Hi Maria,\nTo: Maria Lopez <m@x.org>\n",
	  "greeting", "Maria", NULL },
	{ "salutation with title", "Hello Dr. Lopez,\nTo: m@x.org\n",
	  "greeting", "Dr. Lopez", NULL },
	{ "greeting Last, First", "To: \"Lopez, Maria\" <m@x.org>\n",
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
	{ "Subject en dash", TO, "school", "Lincoln Elementary",
	  "RE: Lincoln Elementary \xe2\x80\x93 recap" },

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
	{ "Visit a day ahead", TO "Visit: Dec 4\n", "visit", "2026-12-04",
	  NULL },
	{ "Visit tomorrow", TO "Visit: tomorrow\n", "visit", "2026-12-04",
	  NULL },
	{ "Visit on its weekday", TO "Visit: thu\n", "visit", "2026-12-03",
	  NULL },
	{ "Visit Yesterday.", TO "Visit: Yesterday.\n", "visit",
	  "2026-12-02", NULL },
	{ "Visit next year", TO "Visit: Dec 3 2027\n", "visit",
	  "2027-12-03", NULL },
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
	{ "template focus", TO "Today\xe2\x80\x99s Coaching Focus:\n"
	  "\xe2\x97\x8f Tier 2\n", "focus", "[Tier 2]", NULL },
	{ "template bright spots", TO "Key Observations & Bright Spots\n"
	  "\xe2\x97\x8f a\n", "bright", "[a]", NULL },
	{ "template considerations", TO "MTSS Considerations / Areas to "
	  "Strengthen\n\xe2\x97\x8f a\n", "consider", "[a]", NULL },
	{ "template actions", TO "ACTION ITEMS FROM TODAY\n"
	  "1) Jordan/send exemplars/Fri\n", "actions",
	  "[Jordan][send exemplars][2026-12-04 'Fri']", NULL },

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
	{ "at Sra", TO "@Sra. Garc\xc3\xad" "a call home by Mon\n", "actions",
	  "[Sra. Garc\xc3\xad" "a][call home][2026-12-07 'Mon']", NULL },
	{ "at Rev", TO "@Rev. Day call home by Mon\n", "actions",
	  "[Rev. Day][call home][2026-12-07 'Mon']", NULL },
	{ "at colon", TO "@Jordan: send exemplars by Fri\n", "actions",
	  "[Jordan][send exemplars][2026-12-04 'Fri']", NULL },
	{ "at colon without blank", TO "@Jordan:send it by Fri\n", "actions",
	  "[Jordan][send it][2026-12-04 'Fri']", NULL },
	{ "at with a full name", TO "@Jordan Reyes send exemplars by Fri\n",
	  "actions", "[Jordan][Reyes send exemplars][2026-12-04 'Fri']",
	  NULL },
	{ "at two people", TO "@Ms. Rivera and Mr. Kim share the calendar "
	  "by Fri\n", "actions", "[Ms. Rivera and Mr. Kim][share the "
	  "calendar][2026-12-04 'Fri']", NULL },
	{ "at three people", TO "@Ana & Lee and Dr. Day send it by Fri\n",
	  "actions", "[Ana & Lee and Dr. Day][send it][2026-12-04 'Fri']",
	  NULL },
	{ "at and a lower-case word", TO "@Jordan and the team send it by "
	  "Fri\n", "actions", "[Jordan][and the team send it][2026-12-04 "
	  "'Fri']", NULL },
	{ "at and a verb", TO "@Jordan and Send it by Fri\n", "actions",
	  "[Jordan][and Send it][2026-12-04 'Fri']", NULL },
	{ "at full name with colon", TO "@Jordan Reyes: send exemplars by "
	  "Fri\n", "actions", "[Jordan Reyes][send exemplars][2026-12-04 "
	  "'Fri']", NULL },
	{ "at with bare slashes", TO "@Jordan/send/Fri\n", "actions",
	  "[Jordan][send][2026-12-04 'Fri']", NULL },
	{ "at with a dash in the what", TO "@Jordan send exemplars - all "
	  "grades by Fri\n", "actions", "[Jordan][send exemplars - all "
	  "grades][2026-12-04 'Fri']", NULL },
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
	{ "bare slashes", TO "Actions:\n- Jordan/send/1/14\n", "actions",
	  "[Jordan][send][2027-01-14 '1/14']", NULL },
	{ "bare slash in the what", TO "Actions:\n- Send the K/1 exemplars "
	  "by Fri\n", "actions", "[-][Send the K/1 exemplars][2026-12-04 "
	  "'Fri']", NULL },
	{ "by in the last part", TO "Actions:\n- Ms. Rivera / share / by "
	  "Dec 11\n", "actions", "[Ms. Rivera][share][2026-12-11 'Dec 11']",
	  NULL },
	{ "weekday after the when", TO "@Jordan send exemplars by Dec 11 "
	  "(Fri)\n", "actions",
	  "[Jordan][send exemplars][2026-12-11 'Dec 11 (Fri)']", NULL },
	{ "weekday after a slashed when", TO "Action: Jordan / send / Dec 11, "
	  "Fri\n", "actions", "[Jordan][send][2026-12-11 'Dec 11, Fri']",
	  NULL },
	{ "weekday in parentheses alone", TO "@Jordan send exemplars "
	  "(Fri)\n", "actions", "[Jordan][send exemplars][2026-12-04 'Fri']",
	  NULL },
	{ "no what", TO "@Jordan by Fri\n", "actions",
	  "[Jordan][][2026-12-04 'Fri']", NULL },
	{ "no who", TO "Actions:\n- send exemplars by Fri\n", "actions",
	  "[-][send exemplars][2026-12-04 'Fri']", NULL },
	{ "no when", TO "@Jordan send exemplars\n", "actions",
	  "[Jordan][send exemplars][-]", NULL },
	{ "when not a date", TO "@Jordan send it by the staff meeting\n",
	  "actions", "[Jordan][send it][? 'the staff meeting']", NULL },
	{ "when with a part of day", TO "@Jordan send exemplars by Friday "
	  "morning\n", "actions", "[Jordan][send exemplars][2026-12-04 "
	  "'Friday morning' (morning)]", NULL },
	{ "when Fri afternoon", TO "@Jordan send it by Fri afternoon\n",
	  "actions", "[Jordan][send it][2026-12-04 'Fri afternoon' "
	  "(afternoon)]", NULL },
	{ "when with EOD after", TO "@Jordan send it by Dec 11 EOD\n",
	  "actions", "[Jordan][send it][2026-12-11 'Dec 11 EOD' (EOD)]",
	  NULL },
	{ "when end of day first", TO "@Jordan send it by end of day "
	  "Friday\n", "actions", "[Jordan][send it][2026-12-04 'end of day "
	  "Friday' (end of day)]", NULL },
	{ "when with a smiley", TO "@Jordan send it by Fri :)\n", "actions",
	  "[Jordan][send it][2026-12-04 'Fri :)' (:))]", NULL },
	{ "when a time alone", TO "@Jordan send it by 3pm\n", "actions",
	  "[Jordan][send it][? '3pm']", NULL },
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
	{ "Next focus then place", TO "Next: Jan 14 9am, Tier 3 @ room 4\n",
	  "next", "2027-01-14 09:00-10:00 @room 4, Tier 3", NULL },
	{ "Next day only", TO "Next: Jan 14\n", "next", "2027-01-14", NULL },
	{ "Next in 2 weeks", TO "Next: in 2 weeks\n", "next", "2026-12-17",
	  NULL },
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
	{ "Next with its weekday after the date", TO "Next: Jan 14, Thursday, "
	  "9am\n", "next", "2027-01-14 09:00-10:00", NULL },
	{ "Next with a length after a comma", TO "Next: Jan 14 9am, 45 min\n",
	  "next", "2027-01-14 09:00-09:45", NULL },
	{ "Next length then focus", TO "Next: Jan 14 9am, 45 min, Tier 3\n",
	  "next", "2027-01-14 09:00-09:45, Tier 3", NULL },
	{ "Next focus with a number", TO "Next: Jan 14 9am, 3 teachers\n",
	  "next", "2027-01-14 09:00-10:00, 3 teachers", NULL },
	{ "Next key alone, date below", TO "Next touchpoint:\nJan 14 9am\n",
	  "next", "2027-01-14 09:00-10:00", NULL },
	{ "Visit key alone, date below", TO "Visit:\nDec 2\n", "visit",
	  "2026-12-02", NULL },
	{ "key alone ends a list", TO "Actions:\n- Jordan / send / Fri\n"
	  "Next touchpoint\n", "actions", "[Jordan][send][2026-12-04 'Fri']",
	  NULL },
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
	{ "em dashes without blanks", TO "Action: Jordan\xe2\x80\x94send "
	  "exemplars\xe2\x80\x94" "Fri\n", "actions",
	  "[Jordan][send exemplars][2026-12-04 'Fri']", NULL },
	{ "em dash glued on one side", TO "Actions:\n- Jordan \xe2\x80\x94"
	  "send \xe2\x80\x94" "Dec 11\n", "actions",
	  "[Jordan][send][2026-12-11 'Dec 11']", NULL },
	{ "em dash in a time range", TO "Next: Jan 14 9:00\xe2\x80\x94"
	  "10:00\n", "next", "2027-01-14 09:00-10:00", NULL },
	{ "en dash in a what", TO "+ K\xe2\x80\x93" "2 teams met\n",
	  "bright", "[K-2 teams met]", NULL },
	{ "en dash separators", TO "Actions:\n- Jordan \xe2\x80\x93 send "
	  "\xe2\x80\x93 Friday\n", "actions",
	  "[Jordan][send][2026-12-04 'Friday']", NULL },
	{ "en dash bullet", TO "Glows:\n\xe2\x80\x93 a\n", "bright", "[a]",
	  NULL },
	{ "CRLF", "To: a@b.org\r\n+ a\r\n", "bright", "[a]", NULL },

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
	{ "closing at the end", TO "+ a\nCheers!\n+ sig\nJordan\n",
	  "bright", "[a][sig]", NULL },
	{ "sign-off before the notes", TO "Thank you!\n+ routines were "
	  "strong\n@Jordan send exemplars by Fri\n", "actions",
	  "[Jordan][send exemplars][2026-12-04 'Fri']", NULL },
	{ "sign-off before Next", TO "Thank you!\n+ a\nNext: Jan 14 9am\n",
	  "next", "2027-01-14 09:00-10:00", NULL },
	{ "bare dashes amid the notes", TO "+ a\n--\n+ b\n", "bright",
	  "[a][b]", NULL },
	{ "bare dashes at the end", TO "+ a\n--\nJordan\n", "diags", "",
	  NULL },
	{ "sign-off ends a list", TO "Glows:\n- a\nBest,\nJordan\n"
	  "~ b\n", "bright", "[a]", NULL },
	{ "Outlook's rule", TO "+ a\n________________________________\n"
	  "From: X\nTo: z@y.org\n", "to", "a@b.org", NULL },
	{ "Original Message", TO "+ a\n-----Original Message-----\n"
	  "To: z@y.org\n", "to", "a@b.org", NULL },
	{ "forwarded message", TO "+ a\n---------- Forwarded message "
	  "---------\nTo: z@y.org\n", "to", "a@b.org", NULL },
	{ "Begin forwarded message", TO "Begin forwarded message:\n"
	  "To: z@y.org\n", "to", "a@b.org", NULL },
	{ "private note", TO "Note: Rivera seemed tired\nPrivate: HR\n",
	  "all", "focus=;bright=;consider=;actions=;diags=", NULL },
	{ "private section", TO "Note:\nRivera seemed tired\n", "all",
	  "focus=;bright=;consider=;actions=;diags=", NULL },
	{ "Notes, Private note, Note to self", TO "Notes: X\nPrivate note: "
	  "Y\nNote to self: Z\n", "all",
	  "focus=;bright=;consider=;actions=;diags=", NULL },
	{ "Notes section", TO "Notes:\n- Rivera seemed tired\n", "all",
	  "focus=;bright=;consider=;actions=;diags=", NULL },
	{ "bulleted note amid a list", TO "Glows:\n- a\n- Note: SECRET\n"
	  "- b\n", "all", "focus=;bright=[a][b];consider=;actions=;diags=",
	  NULL },
	{ "bulleted private note", TO "Actions:\n* Private: HR\n", "all",
	  "focus=;bright=;consider=;actions=;diags=", NULL },
	{ "bulleted heading", TO "Grows:\n- b\n\xe2\x80\xa2 Glows:\n- a\n",
	  "bright", "[a]", NULL },
	{ "bulleted Next among actions", TO "Actions:\n- Jordan / send / "
	  "Fri\n- Next: Jan 14 9am\n", "next", "2027-01-14 09:00-10:00",
	  NULL },
	{ "bulleted Where", TO "Next: Jan 14 9am\n- Where: room 4\n", "next",
	  "2027-01-14 09:00-10:00 @room 4", NULL },
	{ "bulleted Focus is an item", TO "Glows:\n- Focus: students used "
	  "data\n", "bright", "[Focus: students used data]", NULL },
	{ "bulleted Visit is an item", TO "Glows:\n- Visit: Dec 2 went "
	  "well\n", "visit", "2026-12-03", NULL },
	{ "empty fields", TO "Next: Jan 14 9am\nLooking ahead:\nWhere:\n",
	  "all", "focus=;bright=;consider=;actions=;diags=", NULL },
};

const struct diag_case diag_cases[] = {
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
	{ "two School lines", TO "School: Lincoln\nFocus: x\nSchool: Adams\n",
	  "L2 W 'School: Lincoln': replaced by the later 'School: Adams'",
	  NULL, 0 },
	{ "two Visit lines", TO "Visit: Dec 2\nFocus: x\nVisit: Dec 1\n",
	  "L2 W 'Visit: Dec 2': replaced by the later 'Visit: Dec 1'", NULL,
	  0 },
	{ "time the zone skips", TO "Focus: x\nNext: Sun 3/14 2:30am\n",
	  "L3 E 'Next: Sun 3/14 2:30am': 2:30 AM does not exist on Sunday, "
	  "March 14, 2027 in America/New_York, as the clocks move forward an "
	  "hour that night; write e.g. '3:30 AM'", NULL, 0 },
	{ "time the zone has twice", TO "Focus: x\nNext: Sun 11/7 1:30am\n",
	  "", NULL, 0 },
	{ "time past the gap", TO "Focus: x\nNext: Sun 3/14 3:00am\n", "",
	  NULL, 0 },
	{ "range ending in the gap", TO "Focus: x\nNext: Sun 3/14 "
	  "1:00-2:00am\n", "", NULL, 0 },
	{ "key without its colon", TO "Next Jan 14 9am\n",
	  "L2 W 'Next Jan 14 9am': not understood; a key needs a colon: "
	  "write 'Next: Jan 14 9am'", NULL, 0 },
	{ "key alone without its colon", TO "Next touchpoint\n",
	  "L2 W 'Next touchpoint': a key needs a colon and a value: write "
	  "e.g. 'Next touchpoint: Jan 14 9am'", NULL, 0 },
	{ "Next focus alone", TO "Next focus\n",
	  "L2 W 'Next focus': a key needs a colon and a value: write e.g. "
	  "'Next focus: Tier 3 intake'", NULL, 0 },
	{ "empty field before a field", TO "Where:\nNext: Jan 14 9am\n", "",
	  NULL, 0 },
	{ "Visit impossible", TO "Visit: 2/30\n",
	  "L2 E 'Visit: 2/30': %s", "2/30", 0 },
	{ "no school", TO "", "L0 W no school: add a line such as "
	  "'School: Lincoln Elementary', or name the school in the Subject",
	  NULL, 0 },
	{ "Next without a date", TO "Next: soon\n",
	  "L2 E 'Next: soon': no date or time found; write e.g. 'Next: "
	  "Jan 14 9:00-10:00 @ main office'", NULL, 0 },
	{ "Next wrong weekday", TO "Glows:\n- a\n\nNext: tue 1/14 9am\n",
	  "L5 E 'Next: tue 1/14 9am': %s", "tue 1/14 9am", 1 },
	{ "the issue's example, word for word", TO "Next: tue 1/14 9am\n",
	  "L2 E 'Next: tue 1/14 9am': January 14, 2027 is a Thursday; write "
	  "'thu 1/14' or 'tue 1/12'", NULL, 0 },
	{ "Next ends before it starts", TO "Next: Jan 14 10am-9am\n",
	  "L2 E 'Next: Jan 14 10am-9am': '10am-9am' ends before it starts "
	  "(10:00 AM to 9:00 AM); write the earlier time first", NULL, 0 },
	{ "Next impossible time", TO "Next: Jan 14 25:00\n",
	  "L2 E 'Next: Jan 14 25:00': %s", "Jan 14 25:00", 1 },
	{ "Next impossible", TO "Next: 2/30 9am\n",
	  "L2 E 'Next: 2/30 9am': %s", "2/30 9am", 1 },
	{ "Next words after the date", TO "Next: Jan 14 9am Tier 3\n",
	  "L2 W 'Next: Jan 14 9am Tier 3': 'Tier 3' after the date not "
	  "understood, kept as the focus; write the place after '@' and the "
	  "focus after a comma, e.g. 'Next: Jan 14 9:00-10:00 @ main office, "
	  "Tier 3 intake'", NULL, 0 },
	{ "Next time after @", TO "Next: Jan 14 @ 9am\n",
	  "L2 W 'Next: Jan 14 @ 9am': the place '9am' looks like a date, time "
	  "or length; write those right after the date, e.g. 'Next: Jan 14 "
	  "9:00-10:00 @ main office, Tier 3 intake'", NULL, 0 },
	{ "Next time in the focus", TO "Next: Jan 14, Tier 3 at 10am\n",
	  "L2 W 'Next: Jan 14, Tier 3 at 10am': the invitation is for the "
	  "whole day, as the time is not right after the date; write e.g. "
	  "'Next: Jan 14 9:00-10:00 @ main office, Tier 3 intake'", NULL, 0 },
	{ "Next weekday in the focus", TO "Next: Jan 14 9am, Thursday\n",
	  "L2 W 'Next: Jan 14 9am, Thursday': the focus 'Thursday' looks like "
	  "a date, time or length; write those right after the date, e.g. "
	  "'Next: Jan 14 9:00-10:00 @ main office, Tier 3 intake'", NULL, 0 },
	{ "two Next", TO "Next: Jan 14 9am\nNext: Jan 15 9am\n",
	  "L2 W 'Next: Jan 14 9am': replaced by the later 'Next: Jan 15 "
	  "9am'", NULL, 0 },
	{ "Where without Next", TO "Where: room 4\n",
	  "L2 W 'Where: room 4': there is no next touchpoint to put it on; "
	  "add a line such as 'Next: Jan 14 9:00-10:00'", NULL, 0 },
	{ "Visit after the notes", TO "Visit: Dec 4\n",
	  "L2 W 'Visit: Dec 4': Friday, December 4, 2026 is after the notes "
	  "were sent on Thursday, December 3; check the day", NULL, 0 },
	{ "Visit today!", TO "Visit: today!\n", "", NULL, 0 },
	{ "Visit with a period", TO "Visit: Dec 2.\n", "", NULL, 0 },
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
	{ "when's weekday wrong", TO "@Jordan send it by Dec 11 (Thu)\n",
	  "L2 E '@Jordan send it by Dec 11 (Thu)': December 11, 2026 is a "
	  "Friday; write 'fri Dec 11' or 'thu Dec 10'", NULL, 0 },
	{ "when with words after the day", TO "@Jordan send it by Friday "
	  "morning\n", "L2 W '@Jordan send it by Friday morning': due "
	  "Friday, December 4; 'morning' is not part of a date, kept beside "
	  "it as written", NULL, 0 },
	{ "when a time without a day", TO "@Jordan send it by 3pm\n",
	  "L2 W '@Jordan send it by 3pm': '3pm' has no day, so it is kept as "
	  "written with no due day; write e.g. 'by Fri 3pm'", NULL, 0 },
	{ "when impossible with words", TO "@Jordan send it by 2/30 "
	  "morning\n", "L2 E '@Jordan send it by 2/30 morning': %s",
	  "2/30 morning", 0 },
	{ "at with a surname", TO "@Jordan Reyes send exemplars by Fri\n",
	  "L2 W '@Jordan Reyes send exemplars by Fri': 'Jordan' is taken as "
	  "who; for a longer name write '@Jordan Reyes: send exemplars by "
	  "Fri'", NULL, 0 },
	{ "at with a capitalised what", TO "@Jordan Send exemplars by Fri\n",
	  "", NULL, 0 },
	{ "at with a title", TO "@Ms. Rivera Share it by Fri\n", "", NULL,
	  0 },
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
	{ "deficit plural", TO "+ deficits in fluency\n",
	  "L2 W '+ deficits in fluency': 'deficits' frames a deficit; "
	  "consider 'areas of growth' (asset-based wording)", NULL, 0 },
	{ "deficit weakness", TO "~ weakness in routines\n",
	  "L2 W '~ weakness in routines': 'weakness' frames a deficit; "
	  "consider 'an area to strengthen' (asset-based wording)", NULL, 0 },
	{ "deficit lacks", TO "~ she lacks routines\n",
	  "L2 W '~ she lacks routines': 'lacks' frames a deficit; consider "
	  "'is still developing ...' (asset-based wording)", NULL, 0 },
	{ "deficit struggles", TO "~ he struggles with decoding\n",
	  "L2 W '~ he struggles with decoding': 'struggles' frames a "
	  "deficit; consider 'is still building ...' (asset-based wording)",
	  NULL, 0 },
	{ "deficit hyphen or blank", TO "~ at-risk students\n~ at risk kids\n",
	  "L2 W '~ at-risk students': 'at risk' frames a deficit; consider "
	  "'students who need more support in ...' (asset-based wording)\n"
	  "L3 W '~ at risk kids': 'at risk' frames a deficit; consider "
	  "'students who need more support in ...' (asset-based wording)",
	  NULL, 0 },
	{ "deficit cant", TO "~ they cant decode\n",
	  "L2 W '~ they cant decode': 'cant' frames a deficit; consider 'is "
	  "working toward ...' (asset-based wording)", NULL, 0 },
	{ "deficit can not", TO "~ they can not decode\n",
	  "L2 W '~ they can not decode': 'can not' frames a deficit; "
	  "consider 'is working toward ...' (asset-based wording)", NULL, 0 },
	{ "deficit two blanks", TO "~ Lack  of routines\n",
	  "L2 W '~ Lack  of routines': 'lack of' frames a deficit; consider "
	  "'an opportunity to build ...' (asset-based wording)", NULL, 0 },
	{ "deficit whole words only", TO "+ no problems, nevertheless "
	  "unfailing\n", "", NULL, 0 },
	{ "sign-off amid the notes", TO "Thank you!\n+ routines were "
	  "strong\n", "L2 W 'Thank you!': read as a sign-off, left out of "
	  "the recap", NULL, 0 },
	{ "quoted, footer, signature dropped", TO "+ a\nSent from my iPad\n"
	  "> what?\n-- \nJordan\nmystery line\n", "", NULL, 0 },
};

const size_t	 nexamples = NELEM(examples);
const size_t	 nline_cases = NELEM(line_cases);
const size_t	 ndiag_cases = NELEM(diag_cases);
