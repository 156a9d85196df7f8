/*
 * test_outbound.c: the recap message, checked line by line for what
 * mail systems enforce, then parsed back with libetpan and compared
 * with what went in.
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

#include <libetpan/libetpan.h>

#include "buf.h"
#include "intake.h"
#include "msgcheck.h"
#include "outbound.h"
#include "util.h"

#define MAXP	30

#define ICS_REQUEST \
	"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//outbound//EN\r\n" \
	"METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:visit-1@district.example\r\n" \
	"DTSTAMP:20261203T200000Z\r\nDTSTART:20261210T200000Z\r\n" \
	"DTEND:20261210T210000Z\r\nSUMMARY:MTSS touchpoint\r\n" \
	"ORGANIZER;CN=Jordan Reyes:mailto:jreyes@district.example\r\n" \
	"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:ma\r\n" \
	" ilto:to0@lincoln.example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
#define ICS_CANCEL \
	"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//outbound//EN\r\n" \
	"METHOD:CANCEL\r\nBEGIN:VEVENT\r\nUID:visit-1@district.example\r\n" \
	"DTSTAMP:20261203T200000Z\r\nSEQUENCE:1\r\nSTATUS:CANCELLED\r\n" \
	"DTSTART:20261210T200000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
#define DASHED	"MTSS coaching recap \xe2\x80\x93 Lincoln Elementary " \
	"\xe2\x80\x93 December 3, 2026"

/* What test_refused does to a good message to make it unwritable. */
enum spoil { BAD_ADDR_SPACE, BAD_ADDR_CRLF, BAD_ADDR_UTF8, BAD_CC_ADDR,
	NO_RECIPIENT, METHOD_MISMATCH, METHOD_NOT_TOKEN, NO_METHOD,
	BAD_MESSAGE_ID, NO_HTML };

/* A whole message: its inputs and what reading it back must give. */
struct msg_case {
	const char	*what;
	const char	*from_name;
	const char	*to_name;	/* every To and Cc has this name */
	size_t		 nto, ncc;
	const char	*subject;
	const char	*text;
	const char	*ics;
	const char	*method;
	const char	*want_name;	/* decoded; NULL: to_name as is */
	const char	*want_text;	/* decoded text/plain, CRLF */
	const char	*want_method;	/* method= of the calendar part */
	size_t		 head_max;	/* longest header line; 0: 78 */
};

static char	 long_subject[512];	/* 200 characters, not ASCII */
static char	 long_line[2100];	/* one line of 2000 characters */
static char	 long_line_crlf[2100];

static const struct msg_case msg_cases[] = {
	{ "ascii, one leader, invite", "Jordan Reyes", "Maria Lopez", 1, 0,
	  "MTSS coaching recap", "Hello.\nSee you soon.\n", ICS_REQUEST,
	  "REQUEST", NULL, "Hello.\r\nSee you soon.\r\n", "REQUEST", 0 },
	{ "en dashes in subject, no invite", "Jordan Reyes", "Maria Lopez",
	  1, 0, DASHED, "Recap.\n", NULL, NULL, NULL, "Recap.\r\n", NULL, 0 },
	{ "long non-ASCII subject", "Jordan Reyes", "Maria Lopez", 1, 1,
	  long_subject, "x\n", ICS_REQUEST, "request", NULL, "x\r\n",
	  "REQUEST", 0 },
	{ "30 recipients and 30 copies", "Jordan Reyes",
	  "Principal of Lincoln Elementary", MAXP, MAXP, "Recap", "x\n",
	  ICS_REQUEST, "REQUEST", NULL, "x\r\n", "REQUEST", 0 },
	{ "name with comma and quotes", "Reyes, Jordan",
	  "Dr. Maria \"Mari\" Lopez, PhD", 2, 0, "Recap", "x\n", NULL, NULL,
	  NULL, "x\r\n", NULL, 0 },
	{ "non-ASCII names", "J\xc3\xb6rdan Re\xc3\xbf" "es",
	  "Mar\xc3\xad" "a L\xc3\xb3pez-Garc\xc3\xad" "a de la Fuente y "
	  "Rodr\xc3\xad" "guez \xe2\x80\x93 Directora", 3, 1, "Recap", "x\n",
	  NULL, NULL, NULL, "x\r\n", NULL, 0 },
	{ "CRLF injection in a name", "Jordan Reyes", "Evil\r\nBcc: x@y",
	  1, 1, "Recap", "x\n", NULL, NULL, "Evil Bcc: x@y", "x\r\n",
	  NULL, 0 },
	{ "subject that looks encoded", "Jordan Reyes", "Maria Lopez", 1, 0,
	  "=?UTF-8?B?SGk=?= literally", "x\n", NULL, NULL, NULL, "x\r\n",
	  NULL, 0 },
	{ "trailing blanks and CRLF in the text", "Jordan Reyes",
	  "Maria Lopez", 1, 0, "Recap",
	  "Focus:   \nBright spots\t \r\n\n- one  \nlast without end  ",
	  NULL, NULL, NULL,
	  "Focus:\r\nBright spots\r\n\r\n- one\r\nlast without end\r\n",
	  NULL, 0 },
	{ "a line of 2000 characters", "Jordan Reyes", "Maria Lopez", 1, 0,
	  "Recap", long_line, NULL, NULL, NULL, long_line_crlf, NULL, 0 },
	{ "cancellation", "Jordan Reyes", "Maria Lopez", 1, 0,
	  "Cancelled: MTSS touchpoint", "Cancelled.\n", ICS_CANCEL,
	  "CANCEL", NULL, "Cancelled.\r\n", "CANCEL", 0 },
	{ "quoted name longer than a line", "Jordan Reyes",
	  "Dr. Maria Lopez-Garcia de la Fuente, Principal, Lincoln "
	  "Elementary School, Springfield", 2, 0, "Recap", "x\n", NULL,
	  NULL, NULL, "x\r\n", NULL, 200 },
};

static void	 make_outbound(const struct msg_case *, struct outbound *);
static char	*write_ok(const struct outbound *, const char *, size_t *);
static void	 check_mailbox(const char *, struct mailimf_mailbox *,
		    const char *, const char *);
static void	 check_list(const char *, struct mailimf_address_list *,
		    const struct person *, size_t, const char *);
static void	 check_subject(const struct msg_case *, const char *);
static void	 check_fields(const struct msg_case *, const struct outbound *,
		    struct mailimf_fields *);
static void	 check_tree(const struct msg_case *, struct mailmime *);
static void	 spoil(struct outbound *, enum spoil);
static void	 test_encode_words(void **);
static void	 test_messages(void **);
static void	 test_dates(void **);
static void	 test_references(void **);
static void	 test_refused(void **);
static int	 setup(void **);

static struct person	 from_p, to_p[MAXP], cc_p[MAXP];
static char		 to_addr[MAXP][64], cc_addr[MAXP][64];

/* Fills o from c; the people live in the static arrays above. */
static void
make_outbound(const struct msg_case *c, struct outbound *o)
{
	size_t	 i;

	from_p.name = (char *)c->from_name;
	from_p.addr = (char *)"jreyes@district.example";
	for (i = 0; i < MAXP; i++) {
		snprintf(to_addr[i], sizeof(to_addr[i]),
		    "to%zu@lincoln.example.org", i);
		snprintf(cc_addr[i], sizeof(cc_addr[i]),
		    "cc%zu@district.example", i);
		to_p[i].name = cc_p[i].name = (char *)c->to_name;
		to_p[i].addr = to_addr[i];
		cc_p[i].addr = cc_addr[i];
	}
	memset(o, 0, sizeof(*o));
	o->from = &from_p;
	o->to = to_p;
	o->nto = c->nto;
	o->cc = cc_p;
	o->ncc = c->ncc;
	o->subject = c->subject;
	o->date = 1796328000;		/* 2026-12-03T20:00:00Z */
	o->message_id = "recap-1.lincoln@district.example";
	o->in_reply_to = "notes-1@phone.example";
	o->references = "<a@x.example>\r\n <b@x.example>";
	o->loop = "recap@district.example";
	o->text = c->text;
	o->html = "<p>Hello</p>\n";
	o->ics = c->ics;
	o->method = c->method;
}

/* The whole message, or a failed test. */
static char *
write_ok(const struct outbound *o, const char *what, size_t *len)
{
	struct buf	 out;
	char		 err[256] = "";

	buf_init(&out);
	if (outbound_write(o, &out, err, sizeof(err)) != 0)
		fail_msg("%s: got error \"%s\", want a message", what, err);
	*len = out.len;
	return buf_steal(&out);
}

static void
check_mailbox(const char *what, struct mailimf_mailbox *mb,
    const char *want_name, const char *want_addr)
{
	char	*name;

	name = decode_words(mb->mb_display_name ? mb->mb_display_name : "");
	if (name == NULL || strcmp(name, want_name) != 0)
		fail_msg("%s: got name \"%s\", want \"%s\"", what,
		    name ? name : "(undecodable)", want_name);
	if (strcmp(mb->mb_addr_spec, want_addr) != 0)
		fail_msg("%s: got address %s, want %s", what,
		    mb->mb_addr_spec, want_addr);
	free(name);
}

static void
check_list(const char *what, struct mailimf_address_list *l,
    const struct person *v, size_t n, const char *want_name)
{
	clistiter	*it;
	size_t		 i = 0;

	if ((size_t)clist_count(l->ad_list) != n)
		fail_msg("%s: got %d addresses, want %zu", what,
		    clist_count(l->ad_list), n);
	for (it = clist_begin(l->ad_list); it != NULL; it = clist_next(it)) {
		struct mailimf_address *a = clist_content(it);

		if (a->ad_type != MAILIMF_ADDRESS_MAILBOX)
			fail_msg("%s: got a group, want a mailbox", what);
		check_mailbox(what, a->ad_data.ad_mailbox, want_name,
		    v[i++].addr);
	}
}

/* The subject decodes to the input, in well-formed encoded words. */
static void
check_subject(const struct msg_case *c, const char *raw)
{
	char	*got;

	got = unfold(raw);
	if (strncmp(got, "=?", 2) == 0)
		check_words(c->subject, got);
	free(got);
	got = decode_words(raw);
	if (got == NULL || strcmp(got, c->subject) != 0)
		fail_msg("%s: got subject \"%s\", want \"%s\"", c->what,
		    got ? got : "(undecodable)", c->subject);
	free(got);
}

/* The fields read back equal the inputs; no field was smuggled in. */
static void
check_fields(const struct msg_case *c, const struct outbound *o,
    struct mailimf_fields *f)
{
	const char	*name = c->want_name ? c->want_name : c->to_name;
	clist		*from;
	clistiter	*it;
	int		 nto = 0, ncc = 0;

	for (it = clist_begin(f->fld_list); it != NULL; it = clist_next(it)) {
		struct mailimf_field *fl = clist_content(it);

		switch (fl->fld_type) {
		case MAILIMF_FIELD_FROM:
			from = fl->fld_data.fld_from->frm_mb_list->mb_list;
			assert_int_equal(clist_count(from), 1);
			check_mailbox(c->what, clist_content(clist_begin(from)),
			    c->from_name, o->from->addr);
			break;
		case MAILIMF_FIELD_TO:
			check_list(c->what, fl->fld_data.fld_to->to_addr_list,
			    o->to, o->nto, name);
			nto++;
			break;
		case MAILIMF_FIELD_CC:
			check_list(c->what, fl->fld_data.fld_cc->cc_addr_list,
			    o->cc, o->ncc, name);
			ncc++;
			break;
		case MAILIMF_FIELD_SUBJECT:
			check_subject(c, fl->fld_data.fld_subject->sbj_value);
			break;
		case MAILIMF_FIELD_BCC:
			fail_msg("%s: got a Bcc field, want none", c->what);
			break;
		default:
			break;
		}
	}
	if (nto != 1 || ncc != (c->ncc > 0))
		fail_msg("%s: got %d To and %d Cc fields, want 1 and %d",
		    c->what, nto, ncc, c->ncc > 0);
}

/* multipart/mixed > alternative (text, html, calendar) + invite.ics */
static void
check_tree(const struct msg_case *c, struct mailmime *top)
{
	struct mailmime	*alt, *att;
	int		 ics = c->ics != NULL;

	check_type(c->what, top, "multipart/mixed");
	alt = mime_part(top, 0, 1 + ics, c->what);
	check_type(c->what, alt, "multipart/alternative");
	check_single(c->what, mime_part(alt, 0, 2 + ics, c->what),
	    "text/plain", NULL, NULL, c->want_text);
	check_single(c->what, mime_part(alt, 1, 2 + ics, c->what),
	    "text/html", NULL, NULL, "<p>Hello</p>\r\n");
	if (!ics)
		return;
	check_single(c->what, mime_part(alt, 2, 3, c->what), "text/calendar",
	    "method", c->want_method, c->ics);
	att = mime_part(top, 1, 2, c->what);
	check_single(c->what, att, "application/ics", "name", "invite.ics",
	    c->ics);
	check_single(c->what, att, "application/ics", "filename",
	    "invite.ics", c->ics);
}

static void
test_messages(void **state)
{
	const struct msg_case	*c;
	struct outbound		 o;
	struct mailmime		*mime;
	char			*m, *again, *got, want[256];
	size_t			 i, n, n2, idx;

	for (i = 0; i < sizeof(msg_cases) / sizeof(msg_cases[0]); i++) {
		c = &msg_cases[i];
		make_outbound(c, &o);
		m = write_ok(&o, c->what, &n);
		check_lines(c->what, m, n, c->head_max ? c->head_max : 78);
		snprintf(want, sizeof(want), "From To%s Subject Date "
		    "Message-ID In-Reply-To References MIME-Version "
		    "Auto-Submitted X-Loop Content-Type",
		    c->ncc > 0 ? " Cc" : "");
		check_order(c->what, m, want);
		got = field_value(m, "Message-ID");
		if (got == NULL || strcmp(got, "<recap-1.lincoln@district."
		    "example>") != 0)
			fail_msg("%s: got Message-ID %s, want <%s>", c->what,
			    got ? got : "(none)", o.message_id);
		free(got);

		idx = 0;
		assert_int_equal(mailmime_parse(m, n, &idx, &mime),
		    MAILIMF_NO_ERROR);
		check_fields(c, &o, mime->mm_data.mm_message.mm_fields);
		check_tree(c, mime->mm_data.mm_message.mm_msg_mime);
		mailmime_free(mime);

		again = write_ok(&o, c->what, &n2);
		if (n2 != n || memcmp(m, again, n) != 0)
			fail_msg("%s: got different bytes on a second call, "
			    "want the same", c->what);
		free(again);
		free(m);
	}
}

static const struct {
	const char	*in;
	const char	*want;	/* NULL: check the words, not the bytes */
} word_cases[] = {
	{ "MTSS coaching recap", "MTSS coaching recap" },
	{ "", "" },
	{ "a\r\nb", "a  b" },
	{ "\xc3\xa9", "=?UTF-8?B?w6k=?=" },
	{ "=?x?=", "=?UTF-8?B?PT94Pz0=?=" },
	{ DASHED, NULL },
	{ long_subject, NULL },
};

static void
test_encode_words(void **state)
{
	char	*got;
	size_t	 i;

	for (i = 0; i < sizeof(word_cases) / sizeof(word_cases[0]); i++) {
		got = outbound_encode_words(word_cases[i].in);
		if (word_cases[i].want != NULL &&
		    strcmp(got, word_cases[i].want) != 0)
			fail_msg("encode_words(\"%s\"): got \"%s\", "
			    "want \"%s\"", word_cases[i].in, got,
			    word_cases[i].want);
		if (word_cases[i].want == NULL)
			check_words(word_cases[i].in, got);
		free(got);
	}
}

static const struct {
	const char	*tz;
	time_t		 t;
	const char	*want;
} date_cases[] = {
	{ "America/New_York", 1796328000, "Thu, 03 Dec 2026 15:00:00 -0500" },
	{ "America/New_York", 1782907200, "Wed, 01 Jul 2026 08:00:00 -0400" },
	{ "Asia/Kolkata", 1796328000, "Fri, 04 Dec 2026 01:30:00 +0530" },
	{ "Asia/Kathmandu", 1796328000, "Fri, 04 Dec 2026 01:45:00 +0545" },
	{ "America/St_Johns", 1796328000, "Thu, 03 Dec 2026 16:30:00 -0330" },
	{ "UTC", 1796328000, "Thu, 03 Dec 2026 20:00:00 +0000" },
};

/* The Date field in the local zone, half-hour offsets included. */
static void
test_dates(void **state)
{
	struct outbound	 o;
	char		*m, *p, got[64];
	size_t		 i, n;

	for (i = 0; i < sizeof(date_cases) / sizeof(date_cases[0]); i++) {
		setenv("TZ", date_cases[i].tz, 1);
		make_outbound(&msg_cases[0], &o);
		o.date = date_cases[i].t;
		m = write_ok(&o, date_cases[i].tz, &n);
		if ((p = strstr(m, "\r\nDate: ")) == NULL)
			fail_msg("%s: got no Date, want one", date_cases[i].tz);
		snprintf(got, sizeof(got), "%.*s", (int)strcspn(p + 8, "\r"),
		    p + 8);
		if (strcmp(got, date_cases[i].want) != 0)
			fail_msg("%s: got Date %s, want %s", date_cases[i].tz,
			    got, date_cases[i].want);
		free(m);
	}
	unsetenv("TZ");
}

static const struct {
	const char	*refs;
	const char	*irt;
	const char	*want;	/* References unfolded, NULL: no field */
} ref_cases[] = {
	{ NULL, NULL, NULL },
	{ NULL, "n@p", "<n@p>" },
	{ "<a@x>\r\n\t<b@x>", "n@p", "<a@x> <b@x> <n@p>" },
	{ "<a@x><b@x>", "n@p", "<a@x> <b@x> <n@p>" },
	{ "<a@x> <n@p>", "n@p", "<a@x> <n@p>" },
	{ "junk <not an id> <a@x", NULL, NULL },
	{ "<a@x>", "bad id", "<a@x>" },
};

static void
test_references(void **state)
{
	struct outbound	 o;
	char		*m, *got;
	size_t		 i, n;

	for (i = 0; i < sizeof(ref_cases) / sizeof(ref_cases[0]); i++) {
		make_outbound(&msg_cases[0], &o);
		o.references = ref_cases[i].refs;
		o.in_reply_to = ref_cases[i].irt;
		m = write_ok(&o, "references", &n);
		check_lines("references", m, n, 78);
		got = field_value(m, "References");
		if ((got == NULL) != (ref_cases[i].want == NULL) ||
		    (got != NULL && strcmp(got, ref_cases[i].want) != 0))
			fail_msg("case %zu: got References %s, want %s", i,
			    got ? got : "(none)", ref_cases[i].want ?
			    ref_cases[i].want : "(none)");
		free(got);
		free(m);
	}
}

static const struct {
	const char	*what;
	enum spoil	 spoil;
} refused_cases[] = {
	{ "address with a space", BAD_ADDR_SPACE },
	{ "address with CRLF", BAD_ADDR_CRLF },
	{ "address not ASCII", BAD_ADDR_UTF8 },
	{ "bad copy address", BAD_CC_ADDR },
	{ "no recipient", NO_RECIPIENT },
	{ "method= would differ from METHOD", METHOD_MISMATCH },
	{ "method not a token", METHOD_NOT_TOKEN },
	{ "calendar without method", NO_METHOD },
	{ "Message-ID with a space", BAD_MESSAGE_ID },
	{ "no HTML body", NO_HTML },
};

static void
spoil(struct outbound *o, enum spoil s)
{
	switch (s) {
	case BAD_ADDR_SPACE:
		to_p[0].addr = (char *)"maria lopez@lincoln.example.org";
		break;
	case BAD_ADDR_CRLF:
		to_p[0].addr = (char *)"m@lincoln.example.org\r\nBcc: x@y";
		break;
	case BAD_ADDR_UTF8:
		to_p[0].addr = (char *)"mar\xc3\xad" "a@lincoln.example.org";
		break;
	case BAD_CC_ADDR:
		o->ncc = 1;
		cc_p[0].addr = (char *)"<cc@district.example>";
		break;
	case NO_RECIPIENT:
		o->nto = 0;
		break;
	case METHOD_MISMATCH:
		o->ics = ICS_CANCEL;
		break;
	case METHOD_NOT_TOKEN:
		o->method = "REQUEST;x=y";
		break;
	case NO_METHOD:
		o->method = NULL;
		break;
	case BAD_MESSAGE_ID:
		o->message_id = "a b@c";
		break;
	case NO_HTML:
		o->html = NULL;
		break;
	}
}

/* Input that cannot make a correct message gives -1 and no bytes. */
static void
test_refused(void **state)
{
	struct outbound	 o;
	struct buf	 out;
	char		 err[256];
	size_t		 i;
	int		 r;

	for (i = 0; i < sizeof(refused_cases) / sizeof(refused_cases[0]);
	    i++) {
		make_outbound(&msg_cases[0], &o);
		spoil(&o, refused_cases[i].spoil);
		buf_init(&out);
		err[0] = '\0';
		r = outbound_write(&o, &out, err, sizeof(err));
		if (r != -1 || out.len != 0 || err[0] == '\0')
			fail_msg("%s: got %d, %zu bytes, error \"%s\"; "
			    "want -1, 0 bytes and a reason",
			    refused_cases[i].what, r, out.len, err);
		buf_free(&out);
	}
}

/* The long inputs are made once, from repeated pieces. */
static int
setup(void **state)
{
	static const char	 piece[] = "R\xc3\xa9sum\xc3\xa9 \xe2\x80\x93 ";
	size_t			 i, n = 0;

	/* "Résumé – " is 9 characters in 13 octets: 205 in all. */
	for (i = 0; i < 22; i++, n += sizeof(piece) - 1)
		memcpy(long_subject + n, piece, sizeof(piece) - 1);
	memcpy(long_subject + n, "Lincoln", 8);

	for (i = 0; i < 2000; i++)
		long_line[i] = "abcdefghij=F \xc3\xa9"[i % 15];
	long_line[1998] = 'x';
	long_line[1999] = 'y';
	memcpy(long_line + 2000, "\n", 2);
	memcpy(long_line_crlf, long_line, 2000);
	memcpy(long_line_crlf + 2000, "\r\n", 3);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_encode_words),
		cmocka_unit_test(test_messages),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_references),
		cmocka_unit_test(test_refused),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
