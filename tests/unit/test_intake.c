/*
 * test_intake.c: the incoming message, from raw bytes to plain values.
 * Each case is a whole message with the values it must give; every
 * value read is also checked for what intake promises of all of them:
 * valid UTF-8, and no control character but LF and TAB in the body.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "intake.h"
#include "../../src/intake_int.h"
#include "util.h"

#define MSG(s)	s, sizeof(s) - 1
/* Every failing case is reported, then the test fails. */
#define FAIL(...)	(print_error(__VA_ARGS__), print_error("\n"), nfail++)
#define NO_DATE	((time_t)-1)
#define SHAPE_HDR	"From: jreyes@district.example\nMIME-Version: 1.0\n"

struct read_case {
	const char	*name;
	const char	*msg;
	size_t		 len;
	const char	*err;		/* part of the error, NULL: success */
	const char	*from;		/* "Name <addr>" or "addr" */
	const char	*to;		/* the same, joined with ", " */
	const char	*subject;
	const char	*body;
	const char	*mid;
	const char	*refs;
	time_t		 date;		/* 0: not checked; NO_DATE: none */
};

#define HDR	"From: Jordan Reyes <jreyes@district.example>\n" \
		"To: Maria Lopez <mlopez@lincoln.example.org>\n"
#define HDR_TP	HDR "MIME-Version: 1.0\nContent-Type: text/plain"
/* A boundary of the greatest length RFC 2046 allows. */
#define B70	"1234567890123456789012345678901234567890" \
		"123456789012345678901234567890"

static const struct read_case reads[] = {
	{ "plain UTF-8 7bit", MSG(HDR "Subject: Visit notes\n"
	    "Content-Type: text/plain; charset=utf-8\n\n"
	    "School: Lincoln\nFocus: Tier 2\n"),
	    .from = "Jordan Reyes <jreyes@district.example>",
	    .to = "Maria Lopez <mlopez@lincoln.example.org>",
	    .subject = "Visit notes", .date = NO_DATE,
	    .body = "School: Lincoln\nFocus: Tier 2\n" },
	{ "quoted-printable, soft breaks", MSG(HDR_TP "; charset=UTF-8\n"
	    "Content-Transfer-Encoding: quoted-printable\n\n"
	    "Focus: Tier 2 inter=\nventions =E2=80=94 ok\nx=3Dy\n"),
	    .body = "Focus: Tier 2 interventions \u2014 ok\nx=y\n" },
	{ "base64 body", MSG(HDR_TP "; charset=utf-8\n"
	    "Content-Transfer-Encoding: base64\n\n"
	    "QnJpZ2h0IHNwb3RzOiBjYWbDqSDimLoKTmV4dDogdGh1Cg==\n"),
	    .body = "Bright spots: caf\u00e9 \u263a\nNext: thu\n" },
	{ "ISO-8859-1 body", MSG(HDR_TP "; charset=ISO-8859-1\n"
	    "Content-Transfer-Encoding: 8bit\n\ncaf\xe9 \xe0 la carte\n"),
	    .body = "caf\u00e9 \u00e0 la carte\n" },
	{ "windows-1252 curly quotes", MSG(HDR_TP "; charset=windows-1252\n"
	    "Content-Transfer-Encoding: 8bit\n\n\x93Quoted\x94 and it\x92s\n"),
	    .body = "\u201cQuoted\u201d and it\u2019s\n" },
	{ "ISO-8859-15 euro sign", MSG(HDR_TP "; charset=iso-8859-15\n"
	    "Content-Transfer-Encoding: 8bit\n\n5 \xa4\n"),
	    .body = "5 \u20ac\n" },
	{ "no charset, 8-bit UTF-8", MSG(HDR_TP "\n"
	    "Content-Transfer-Encoding: 8bit\n\nJos\xc3\xa9\n"),
	    .body = "Jos\u00e9\n" },
	{ "no Content-Type, latin1 bytes", MSG(HDR "\nJos\xe9 \x93hi\x94\n"),
	    .body = "Jos\u00e9 \u201chi\u201d\n" },
	{ "us-ascii label, 8-bit UTF-8", MSG(HDR_TP "; charset=us-ascii\n\n"
	    "Jos\xc3\xa9\n"), .body = "Jos\u00e9\n" },
	{ "declared UTF-8, invalid byte", MSG(HDR_TP "; charset=utf-8\n\n"
	    "a\xff" "b\n"), .body = "a\ufffd" "b\n" },
	{ "RFC 2047: Q subject, B name", MSG(
	    "From: =?UTF-8?B?Sm9yZGFuIFLDqXllcw==?= <jreyes@district.example>\n"
	    "Subject: =?UTF-8?Q?Caf=C3=A9_visit?=\n\nx\n"),
	    .from = "Jordan R\u00e9yes <jreyes@district.example>", .to = "",
	    .subject = "Caf\u00e9 visit", .body = "x\n" },
	{ "RFC 2047: two adjacent words", MSG(HDR "Subject: "
	    "=?ISO-8859-1?Q?Mar=EDa?= =?UTF-8?B?IEzDs3Bleg==?=\n\nx\n"),
	    .subject = "Mar\u00eda L\u00f3pez" },
	{ "raw 8-bit subject, windows-1252", MSG(HDR "Subject: Caf\xe9 "
	    "\x93notes\x94\n\nx\n"),
	    .subject = "Caf\u00e9 \u201cnotes\u201d" },
	{ "raw 8-bit subject, UTF-8", MSG(HDR "Subject: Caf\xc3\xa9\n\nx\n"),
	    .subject = "Caf\u00e9" },
	{ "encoded CR LF in header words", MSG(
	    "From: =?UTF-8?Q?a=0D=0Ab?= <jreyes@district.example>\n"
	    "Subject: =?UTF-8?Q?a=0D=0Ab?=\n\nx\n"),
	    .from = "a b <jreyes@district.example>", .subject = "a b" },
	{ "NULs in the header block taken out", MSG("From: Jordan "
	    "\0Reyes <jreyes@district.example>\nTo: mlopez@lincoln."
	    "\0example.org\nSubject: Lin\0coln\n\nx\n"),
	    .from = "Jordan Reyes <jreyes@district.example>",
	    .to = "mlopez@lincoln.example.org", .subject = "Lincoln",
	    .body = "x\n" },
	{ "folded subject and To list", MSG("From: jreyes@district.example\n"
	    "To: Maria Lopez <mlopez@lincoln.example.org>,\n"
	    "  \"Lee, Ann\" <alee@lincoln.example.org>\n"
	    "Subject: Visit\n  notes\n\nx\n"),
	    .from = "jreyes@district.example", .subject = "Visit notes",
	    .to = "Maria Lopez <mlopez@lincoln.example.org>, "
	    "Lee, Ann <alee@lincoln.example.org>" },
	{ "From with no brackets", MSG("From: Jordan Reyes "
	    "jreyes@district.example\n\nx\n"),
	    .from = "Jordan Reyes <jreyes@district.example>" },
	{ "LF-only multipart", MSG(HDR "Content-Type: multipart/mixed; "
	    "boundary=b1\n\n--b1\nContent-Type: text/plain\n\nline 1\n"
	    "line 2\n--b1--\n"), .body = "line 1\nline 2\n" },
	{ "CRLF input", MSG("From: Jordan Reyes <jreyes@district.example>\r\n"
	    "Subject: Visit\r\nContent-Type: multipart/mixed; boundary=b1\r\n"
	    "\r\n--b1\r\nContent-Type: text/plain\r\n\r\nline 1\r\nline 2\r\n"
	    "--b1--\r\n"), .from = "Jordan Reyes <jreyes@district.example>",
	    .subject = "Visit", .body = "line 1\nline 2\n" },
	{ "mbox From line", MSG("From jreyes@district.example Thu Dec  3 "
	    "10:00:00 2026\n" HDR "Subject: s\n\nbody\n"),
	    .from = "Jordan Reyes <jreyes@district.example>", .subject = "s",
	    .body = "body\n" },
	{ "alternative: plain after HTML", MSG(HDR "Content-Type: "
	    "multipart/alternative; boundary=\"alt\"\n\npreamble\n--alt\n"
	    "Content-Type: text/html; charset=utf-8\n\n<p>html</p>\n--alt\n"
	    "Content-Type: text/plain; charset=utf-8\n\nplain\n--alt--\n"),
	    .body = "plain\n" },
	{ "mixed: attachment, nested alternative", MSG(HDR "Content-Type: "
	    "multipart/mixed; boundary=mix\n\n--mix\n"
	    "Content-Type: text/plain; name=old.txt\n"
	    "Content-Disposition: attachment; filename=old.txt\n\nold\n"
	    "--mix\nContent-Type: multipart/alternative; boundary=alt\n\n"
	    "--alt\nContent-Type: text/plain; charset=iso-8859-1\n"
	    "Content-Transfer-Encoding: quoted-printable\n\nnotes caf=E9\n"
	    "--alt\nContent-Type: text/html\n\n<p>notes</p>\n--alt--\n"
	    "--mix\nContent-Type: application/pdf\n"
	    "Content-Transfer-Encoding: base64\n"
	    "Content-Disposition: attachment; filename=plan.pdf\n\n"
	    "JVBERi0xLjQK\n--mix--\n"), .body = "notes caf\u00e9\n" },
	{ "NUL and controls in the body", MSG(HDR_TP "; charset=utf-8\n"
	    "Content-Transfer-Encoding: quoted-printable\n\n"
	    "a=00b=07c\td=0Ae\n"), .body = "abc\td\ne\n" },
	{ "missing From", MSG("To: mlopez@lincoln.example.org\n"
	    "Subject: notes\n\nx\n"), .err = "From" },
	{ "From that is no address", MSG("From: Jordan Reyes\n\nx\n"),
	    .err = "From" },
	{ "alternative: HTML alone", MSG(HDR "Content-Type: "
	    "multipart/alternative; boundary=a\n\n--a\n"
	    "Content-Type: text/html\n\n<p>x</p>\n--a--\n"), .body = "x\n" },
	{ "no text part", MSG(HDR "Content-Type: multipart/mixed; "
	    "boundary=a\n\n--a\nContent-Type: image/png\n\nx\n"
	    "--a--\n"), .err = "text/plain" },
	{ "boundary=\"\\\"\" rejected", MSG(HDR "Content-Type: "
	    "multipart/mixed; boundary=\"\\\"\"\n\n--\"\n"
	    "Content-Type: text/plain\n\nx\n--\"--\n"), .err = "boundary" },
	{ "empty boundary rejected", MSG(HDR "Content-Type: multipart/mixed;"
	    "\n boundary=\"\"\n\nx\n"), .err = "boundary" },
	{ "boundary of 71 rejected", MSG(HDR "Content-Type: multipart/mixed; "
	    "boundary=\"" B70 "1\"\n\nx\n"), .err = "boundary" },
	{ "boundary of 70 accepted", MSG(HDR "Content-Type: multipart/mixed; "
	    "boundary=\"" B70 "\"\n\n--" B70 "\n\nok\n--" B70 "--\n"),
	    .body = "ok\n" },
	{ "Date with -0500", MSG(HDR "Date: Thu, 3 Dec 2026 10:00:00 -0500\n"
	    "\nx\n"), .date = 1796310000 },
	{ "Date with +0530", MSG(HDR "Date: Thu, 03 Dec 2026 10:00:00 +0530\n"
	    "\nx\n"), .date = 1796272200 },
	{ "Date unreadable", MSG(HDR "Date: yesterday at ten\n\nx\n"),
	    .date = NO_DATE },
	{ "Message-ID and References", MSG(HDR "Message-ID: "
	    "<CAF1234.5678@mail.example.com>\nReferences: <a1@x.example>\n"
	    " \t<b2@y.example>\n    <c3@z.example>\n\nx\n"),
	    .mid = "CAF1234.5678@mail.example.com",
	    .refs = "<a1@x.example> <b2@y.example> <c3@z.example>" },
};

static int	 nfail;

struct addr_case {
	const char	*text;
	int		 want;		/* return value */
	const char	*list;		/* as in read_case.to */
};

static const struct addr_case addrs[] = {
	{ "Dr. Maria Lopez <mlopez@lincoln.example.org>", 1,
	    "Dr. Maria Lopez <mlopez@lincoln.example.org>" },
	{ "mlopez@lincoln.example.org", 1, "mlopez@lincoln.example.org" },
	{ "a@x.org, Bob Smith <b@y.org>", 2, "a@x.org, Bob Smith <b@y.org>" },
	{ "Maria Lopez mlopez@x.org", 1, "Maria Lopez <mlopez@x.org>" },
	{ "Maria Lopez mlopez@x.org, Bob b@y.org.", 2,
	    "Maria Lopez <mlopez@x.org>, Bob <b@y.org>" },
	{ "\"Lopez, Maria\" <m@x.org>", 1, "Lopez, Maria <m@x.org>" },
	{ "Lopez, Maria <m@x.org>", 1, "Lopez, Maria <m@x.org>" },
	{ "mlopez@x.org.", 1, "mlopez@x.org" },
	{ "Bob Smith <b@y.org>.", 1, "Bob Smith <b@y.org>" },
	{ "a@x.org; b@y.org", 2, "a@x.org, b@y.org" },
	{ "a@x.org b@y.org", 2, "a@x.org, b@y.org" },
	{ "(a@x.org)!", 1, "a@x.org" },
	{ "Team: a@x.org, b@y.org;", 2, "a@x.org, b@y.org" },
	{ "=?UTF-8?Q?J=C3=B6rg?= <j@x.org>", 1, "J\u00f6rg <j@x.org>" },
	{ "J\xf6rg <j@x.org>", 1, "J\u00f6rg <j@x.org>" },
	{ "=?UTF-8?Q?a=0D=0Ab?= <c@x.org>", 1, "a b <c@x.org>" },
	{ "a@x.org and b@y.org", 2, "a@x.org, b@y.org" },
	{ "a@x.org & Bob b@y.org", 2, "a@x.org, Bob <b@y.org>" },
	{ "Dr. Lopez <a@x.org> and Mr. Kim <b@y.org>", 2,
	    "Dr. Lopez <a@x.org>, Mr. Kim <b@y.org>" },
	{ "Ana <a@x.org> Bo <b@y.org>", 2, "Ana <a@x.org>, Bo <b@y.org>" },
	{ "Andrea <a@x.org>", 1, "Andrea <a@x.org>" },
	{ "not an address", -1, "" },
	{ "", -1, "" },
	{ "a@localhost", -1, "" },
	{ "@x.org", -1, "" },
	{ "a@b@x.org", -1, "" },
	{ "a@x..org", -1, "" },
	{ "a@.x.org", -1, "" },
	{ "Bob <b y@x.org>", -1, "" },
};

enum nest {
	MULTI,		/* depth multiparts, each inside the one before */
	MULTI_SIBLINGS,	/* depth multiparts side by side in the outer one */
	MESSAGES,	/* depth attached messages, each inside the last */
	MESSAGE_SIBLINGS /* depth attached messages side by side */
};

static const char *const nest_names[] = {
	"multiparts", "sibling multiparts", "messages", "sibling messages"
};

static void	 person_fmt(struct buf *, const struct person *);
static char	*people_fmt(const struct person *, size_t);
static void	 check_str(const char *, const char *, const char *,
		    const char *);
static void	 check_clean(const char *, const char *, const char *, int);
static void	 check_mail(const struct read_case *, const struct mail_in *);
static char	*nested(int, enum nest);
static void	 verdict(void);
static void	 test_read(void **);
static void	 test_nesting(void **);
static void	 test_addresses(void **);
static void	 test_free_twice(void **);
static char	*big_message(size_t);
static void	 test_guarded(void **);
static void	 test_guard_limits(void **);
static void	 test_shapes(void **);
static void	 test_inline_images(void **);

static void
person_fmt(struct buf *b, const struct person *p)
{
	if (p->name != NULL)
		buf_printf(b, "%s <%s>", p->name, p->addr);
	else
		buf_puts(b, p->addr);
}

static char *
people_fmt(const struct person *v, size_t n)
{
	struct buf	 b;
	size_t		 i;

	buf_init(&b);
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_puts(&b, ", ");
		person_fmt(&b, &v[i]);
	}
	return buf_steal(&b);
}

static void
check_str(const char *name, const char *what, const char *got,
    const char *want)
{
	if (want == NULL)
		return;
	if (got == NULL || strcmp(got, want) != 0)
		FAIL("%s: %s: got \"%s\", want \"%s\"", name, what,
		    got != NULL ? got : "(null)", want);
}

/* The promise on every value: UTF-8, no control characters. */
static void
check_clean(const char *name, const char *what, const char *s, int body)
{
	const unsigned char	*p;

	if (s == NULL)
		return;
	if (!utf8_valid(s, strlen(s)))
		FAIL("%s: %s: got invalid UTF-8 \"%s\", want UTF-8",
		    name, what, s);
	for (p = (const unsigned char *)s; *p != '\0'; p++)
		if ((*p < 0x20 || *p == 0x7f) &&
		    !(body && (*p == '\n' || *p == '\t')))
			FAIL("%s: %s: got control 0x%02x in \"%s\", "
			    "want none", name, what, *p, s);
}

static void
check_mail(const struct read_case *c, const struct mail_in *m)
{
	struct buf	 b;
	char		*s;
	size_t		 i;

	buf_init(&b);
	person_fmt(&b, &m->from);
	s = buf_steal(&b);
	check_str(c->name, "From", s, c->from);
	free(s);
	s = people_fmt(m->to, m->nto);
	check_str(c->name, "To", s, c->to);
	free(s);
	check_str(c->name, "Subject", m->subject, c->subject);
	check_str(c->name, "body", m->body, c->body);
	check_str(c->name, "Message-ID", m->message_id, c->mid);
	check_str(c->name, "References", m->references, c->refs);
	if (c->date == NO_DATE && m->has_date)
		FAIL("%s: got date %lld, want none", c->name,
		    (long long)m->date);
	if (c->date > 0 && (!m->has_date || m->date != c->date))
		FAIL("%s: got date %lld (has_date %d), want %lld",
		    c->name, (long long)m->date, m->has_date,
		    (long long)c->date);

	check_clean(c->name, "From name", m->from.name, 0);
	check_clean(c->name, "From addr", m->from.addr, 0);
	for (i = 0; i < m->nto; i++) {
		check_clean(c->name, "To name", m->to[i].name, 0);
		check_clean(c->name, "To addr", m->to[i].addr, 0);
	}
	check_clean(c->name, "Subject", m->subject, 0);
	check_clean(c->name, "Message-ID", m->message_id, 0);
	check_clean(c->name, "References", m->references, 0);
	check_clean(c->name, "body", m->body, 1);
}

static void
verdict(void)
{
	int	 n = nfail;

	nfail = 0;
	if (n > 0)
		fail_msg("%d check(s) failed", n);
}

static void
test_read(void **state)
{
	const struct read_case	*c;
	struct mail_in		 m;
	char			 err[256];
	size_t			 i;
	int			 rc;

	for (i = 0; i < sizeof reads / sizeof reads[0]; i++) {
		c = &reads[i];
		err[0] = '\0';
		rc = intake_read(c->msg, c->len, &m, err, sizeof err);
		if (c->err == NULL && rc != 0)
			FAIL("%s: got -1 (%s), want 0", c->name, err);
		if (c->err != NULL && rc != -1)
			FAIL("%s: got %d, want -1 (%s)", c->name, rc,
			    c->err);
		if (c->err != NULL && strstr(err, c->err) == NULL)
			FAIL("%s: got error \"%s\", want one with \"%s\"",
			    c->name, err, c->err);
		if (rc == 0)
			check_mail(c, &m);
		mail_in_free(&m);
	}
	verdict();
}

/* Inside an outer multipart, a first part "deep", then the nesting. */
static char *
nested(int depth, enum nest shape)
{
	struct buf	 b;
	int		 i;

	buf_init(&b);
	buf_puts(&b, "From: jreyes@district.example\n"
	    "Content-Type: multipart/mixed; boundary=out\n\n--out\n"
	    "Content-Type: text/plain\n\ndeep\n--out\n");
	for (i = 0; i < depth; i++) {
		if (shape == MULTI || shape == MULTI_SIBLINGS)
			buf_printf(&b, "Content-Type: multipart/mixed; "
			    "boundary=b%d\n\n--b%d\n", i, i);
		else
			buf_puts(&b, "Content-Type: message/rfc822\n\n");
		if (shape == MULTI_SIBLINGS)
			buf_printf(&b, "Content-Type: image/png\n\nx\n"
			    "--b%d--\n--out\n", i);
		else if (shape == MESSAGE_SIBLINGS)
			buf_puts(&b, "From: a@b.org\n\nold\n--out\n");
	}
	buf_puts(&b, "Content-Type: image/png\n\nx\n");
	for (i = shape == MULTI ? depth - 1 : -1; i >= 0; i--)
		buf_printf(&b, "--b%d--\n", i);
	buf_puts(&b, "--out--\n");
	return buf_steal(&b);
}

/*
 * Depth counts the outer multipart too: 31 inside it make 32.  An
 * attached message is a level as a multipart is (libetpan recurses
 * into both), and one ends with the part that holds it.
 */
static void
test_nesting(void **state)
{
	static const struct {
		int		 depth;
		enum nest	 shape;
		int		 want;
	} cases[] = {
		{ 1, MULTI, 0 }, { 31, MULTI, 0 }, { 32, MULTI, -1 },
		{ 40, MULTI, -1 }, { 40, MULTI_SIBLINGS, 0 },
		{ 1, MESSAGES, 0 }, { 31, MESSAGES, 0 }, { 32, MESSAGES, -1 },
		{ 40, MESSAGE_SIBLINGS, 0 },
	};
	struct mail_in	 m;
	char		 err[256], *msg;
	size_t		 i;
	int		 rc;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		msg = nested(cases[i].depth, cases[i].shape);
		err[0] = '\0';
		rc = intake_read(msg, strlen(msg), &m, err, sizeof err);
		if (rc != cases[i].want)
			FAIL("%d %s: got %d (%s), want %d", cases[i].depth,
			    nest_names[cases[i].shape], rc, err,
			    cases[i].want);
		if (rc == 0 && strcmp(m.body, "deep\n") != 0)
			FAIL("%d %s: got body \"%s\", want \"deep\\n\"",
			    cases[i].depth, nest_names[cases[i].shape],
			    m.body);
		if (rc == -1 && strstr(err, "nested") == NULL)
			FAIL("%d %s: got error \"%s\", want \"nested\"",
			    cases[i].depth, nest_names[cases[i].shape], err);
		mail_in_free(&m);
		free(msg);
	}
	verdict();
}

/* Sizes as the coach and the leader read them. */
static void
test_size_text(void **state)
{
	static const struct {
		size_t		 n;
		const char	*want;
	} cases[] = {
		{ 18, "18 bytes" }, { 2048, "2 KB" }, { 1572864, "1.5 MB" },
		{ 12 * 1048576, "12 MB" }, { 26342571, "25.1 MB" },
		{ 25 * 1048576, "25 MB" }, { 150 * 1048576, "150 MB" },
	};
	size_t	 i;
	char	*got;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		got = intake_size_text(cases[i].n);
		if (strcmp(got, cases[i].want) != 0)
			FAIL("%zu: got \"%s\", want \"%s\"", cases[i].n, got,
			    cases[i].want);
		free(got);
	}
	verdict();
}

/* Each list is appended after an entry that must stay as it was. */
static void
test_addresses(void **state)
{
	struct person	*v;
	size_t		 i, n;
	char		*got;
	int		 rc;

	for (i = 0; i < sizeof addrs / sizeof addrs[0]; i++) {
		v = xmalloc(sizeof *v);
		v[0].name = NULL;
		v[0].addr = xstrdup("keep@x.org");
		n = 1;
		rc = intake_addresses(addrs[i].text, &v, &n);
		got = people_fmt(v + 1, n - 1);
		if (rc != addrs[i].want || strcmp(got, addrs[i].list) != 0)
			FAIL("\"%s\": got %d \"%s\", want %d \"%s\"",
			    addrs[i].text, rc, got, addrs[i].want,
			    addrs[i].list);
		if (strcmp(v[0].addr, "keep@x.org") != 0 || v[0].name != NULL)
			FAIL("\"%s\": got first entry %s, want keep@x.org",
			    addrs[i].text, v[0].addr);
		free(got);
		while (n > 0)
			person_free(&v[--n]);
		free(v);
	}
	verdict();
}

/* mail_in_free and person_free leave what they free safe to free. */
static void
test_free_twice(void **state)
{
	struct mail_in	 m;
	struct person	 p;
	char		 err[64];

	memset(&m, 0, sizeof m);
	mail_in_free(&m);
	assert_int_equal(intake_read(reads[0].msg, reads[0].len, &m, err,
	    sizeof err), 0);
	person_copy(&p, &m.from);
	mail_in_free(&m);
	mail_in_free(&m);
	if (strcmp(p.addr, "jreyes@district.example") != 0)
		FAIL("copy: got %s, want jreyes@district.example", p.addr);
	person_free(&p);
	person_free(&p);
	assert_null(p.addr);
	verdict();
}

/*
 * Through the child process every case reads as it does in this one:
 * the same values, or a refusal with the same reason.
 */
static void
test_guarded(void **state)
{
	struct intake_limits	 lim = { .attach_max = 1 << 20 };
	const struct read_case	*c;
	struct mail_in		 m;
	char			 err[256];
	size_t			 i;
	int			 rc;

	/* Twice: through the child, then the fuzzers' way, in process. */
	for (i = 0; i < 2 * (sizeof reads / sizeof reads[0]); i++) {
		lim.in_process = i >= sizeof reads / sizeof reads[0];
		c = &reads[i % (sizeof reads / sizeof reads[0])];
		err[0] = '\0';
		rc = intake_read_guarded(c->msg, c->len, &lim, &m, err,
		    sizeof err);
		if (rc != (c->err != NULL ? INTAKE_REFUSED : 0))
			FAIL("%s: guarded (in process %d): got %d (%s), "
			    "want %d", c->name, lim.in_process, rc, err,
			    c->err != NULL ? INTAKE_REFUSED : 0);
		if (c->err != NULL && strstr(err, c->err) == NULL)
			FAIL("%s: guarded: got error \"%s\", want \"%s\"",
			    c->name, err, c->err);
		if (rc == 0)
			check_mail(c, &m);
		mail_in_free(&m);
	}
	verdict();
}

/* Notes with an attachment of n bytes of base64. */
static char *
big_message(size_t n)
{
	struct buf	 b;
	size_t		 i;

	buf_init(&b);
	buf_puts(&b, SHAPE_HDR "Content-Type: multipart/mixed; boundary=m\n"
	    "\n--m\nContent-Type: text/plain\n\nx\n--m\n"
	    "Content-Type: image/jpeg\nContent-Transfer-Encoding: base64\n\n");
	for (i = 0; i < n; i += 76)
		buf_puts(&b, "QUJD"
		    "QUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJD"
		    "QUJDQUJDQUJD\n");
	buf_puts(&b, "--m--\n");
	return buf_steal(&b);
}

/* The size limit, and a child whose memory runs out. */
static void
test_guard_limits(void **state)
{
	struct intake_limits	 lim;
	struct mail_in		 m;
	char			 err[256], *big;
	int			 rc;

	memset(&lim, 0, sizeof lim);
	lim.max_size = 10;
	rc = intake_read_guarded(reads[0].msg, reads[0].len, &lim, &m, err,
	    sizeof err);
	if (rc != INTAKE_REFUSED || strstr(err, "max-size") == NULL)
		FAIL("max-size 10: got %d (%s), want %d with max-size", rc,
		    err, INTAKE_REFUSED);
	mail_in_free(&m);

	/*
	 * One byte more than the child maps: decoding 4 MB of base64
	 * cannot find the memory, and the child's end is a clean error.
	 */
	lim.max_size = 0;
	lim.mem = 1;
	big = big_message(4 << 20);
	rc = intake_read_guarded(big, strlen(big), &lim, &m, err,
	    sizeof err);
	if (rc != INTAKE_TEMPFAIL && rc != INTAKE_REFUSED)
		FAIL("mem 1: got %d, want a clean error", rc);
	mail_in_free(&m);
	free(big);
	verdict();
}

struct shape_case {
	const char	*name;
	const char	*msg;
	const char	*body;		/* wanted */
	const char	*att;		/* "name type len" of each, or NULL */
};


static const struct shape_case shapes[] = {
	{ "HTML: paragraphs, br, list, entities, hidden parts",
	    SHAPE_HDR "Content-Type: text/html\n\n<head><title>t</title>"
	    "</head><p>a &amp; b</p><p>c<br>d&#233;&#x2019;</p><ul><li>one"
	    "</li><li>two</li></ul><!-- x --><style>s</style><script>"
	    "q</script>e&nbsp;f &bogus; 1 < 2\n",
	    "a & b\nc\nd\u00e9\u2019\n- one\n- two\ne\u00a0f &bogus; 1 < 2\n",
	    "" },
	{ "HTML: &#128; to &#159; are windows-1252's, as HTML5 reads them",
	    SHAPE_HDR "Content-Type: text/html\n\n<p>9&#150;10 &#147;a&#148;"
	    " &#128;5 &#129;</p>\n",
	    "9\u201310 \u201ca\u201d \u20ac5 \ufffd\n", "" },
	{ "HTML: a head left open ends at <body>",
	    SHAPE_HDR "Content-Type: text/html\n\n<html><head><meta "
	    "charset=\"utf-8\"><title>t</title><BODY><p>a</p><p>b</p>"
	    "</body></html>\n", "a\nb\n", "" },
	{ "HTML with its charset only in a <meta>",
	    SHAPE_HDR "Content-Type: text/html\n\n<html><head><meta "
	    "http-equiv=\"Content-Type\" content=\"text/html; "
	    "charset=iso-8859-15\"></head><p>\xa4 5</p>\n", "\u20ac 5\n",
	    "" },
	{ "HTML with <meta charset>, and a charset declared wins",
	    SHAPE_HDR "Content-Type: text/html; charset=windows-1252\n\n"
	    "<meta charset=\"iso-8859-15\"><p>\xa4 5</p>\n", "\u00a4 5\n",
	    "" },
	{ "flowed, DelSp=no, stuffed line",
	    SHAPE_HDR "Content-Type: text/plain; format=flowed\n\n"
	    "one \ntwo\n From x\n-- \nsig\n", "one two\nFrom x\n", "" },
	{ "flowed, DelSp=yes",
	    SHAPE_HDR "Content-Type: text/plain; format=flowed; delsp=yes\n\n"
	    "inter \nvention\n", "intervention\n", "" },
	{ "stub plain twin: the HTML is read",
	    SHAPE_HDR "Content-Type: multipart/alternative; boundary=a\n\n"
	    "--a\nContent-Type: text/plain\n\nThis message is in HTML "
	    "format.\n--a\nContent-Type: text/html\n\n<div>notes</div>\n"
	    "--a--\n", "notes\n", "" },
	{ "reply: footer, On wrote, quoted lines",
	    SHAPE_HDR "\nnotes\n\nSent from my iPad\n\nOn Thu, Maria "
	    "wrote:\n> old\n", "notes\n", "" },
	{ "bottom post: the notes below the quote kept",
	    SHAPE_HDR "\nOn 12/2/26 4:02 PM, Maria Lopez wrote:\n> old\n"
	    ">\n> older\n\nnotes\n-- \nsig\n", "notes\n", "" },
	{ "top post: a signature below the quote is no notes",
	    SHAPE_HDR "\nnotes\n\nOn Thu, Maria wrote:\n> old\n\n-- \n"
	    "sig\n", "notes\n", "" },
	{ "top post: a footer below the quote is no notes",
	    SHAPE_HDR "\nnotes\n\nOn Thu, Maria wrote:\n> old\n\n"
	    "Sent from my iPhone\n", "notes\n", "" },
	{ "Outlook block with a rule", SHAPE_HDR "\nnotes\n"
	    "________________________________\nFrom: M\nSent: x\n\nold\n",
	    "notes\n", "" },
	{ "Outlook block in French, no-break spaces",
	    SHAPE_HDR "\nnotes\n\nDe\u00a0: Maria Lopez <m@x.org>\n"
	    "Envoy\u00e9\u00a0: mercredi 2 d\u00e9" "cembre 2026 16:02\n"
	    "\u00c0\u00a0: Jordan Reyes\nObjet\u00a0: Lincoln\n\nold\n",
	    "notes\n", "" },
	{ "Outlook block in French", SHAPE_HDR "\nnotes\n\nDe : Maria\n"
	    "Envoy\u00e9 : mercredi\n\u00c0 : Jordan\nObjet : Lincoln\n\n"
	    "old\n", "notes\n", "" },
	{ "Outlook block in Spanish", SHAPE_HDR "\nnotes\n\nDe: Maria\n"
	    "Enviado: mi\u00e9rcoles\nPara: Jordan\nAsunto: Lincoln\n\n"
	    "old\n", "notes\n", "" },
	{ "Outlook forward in German", SHAPE_HDR "Subject: WG: Lincoln\n\n"
	    "________________________________\nVon: Jordan\nGesendet: "
	    "Mittwoch\nAn: Jordan\nBetreff: Lincoln\n\nfocus: z\n",
	    "focus: z\n", "" },
	{ "attribution in German, the name after the verb",
	    SHAPE_HDR "\nnotes\n\nAm 02.12.2026 um 16:02 schrieb Maria "
	    "Lopez <m@x.org>:\n> old\n", "notes\n", "" },
	{ "attribution in French", SHAPE_HDR "\nnotes\n\nLe mer. 2 "
	    "d\u00e9" "c. 2026 \u00e0 16:02, Maria <m@x.org> a \u00e9" "crit"
	    "\u00a0:\n> old\n", "notes\n", "" },
	{ "attribution in Spanish", SHAPE_HDR "\nnotes\n\nEl mi\u00e9, 2 "
	    "dic 2026 a las 16:02, Maria (<m@x.org>)\nescribi\u00f3:\n"
	    "> old\n", "notes\n", "" },
	{ "footers in Portuguese, Italian, Spanish",
	    SHAPE_HDR "\nnotes\n\nEnviado do meu iPhone\nInviato da iPhone\n"
	    "Obtener Outlook para iOS\n", "notes\n", "" },
	{ "inline forward", SHAPE_HDR "Subject: Fwd: x\n\n"
	    "---------- Forwarded message ---------\nFrom: a@b.org\n"
	    "Date: x\nSubject: y\nTo: a@b.org\n\n\nfocus: z\n",
	    "focus: z\n", "" },
	{ "RFC 2231 sections, RFC 2047, path, signature logo",
	    SHAPE_HDR "Content-Type: multipart/mixed; boundary=m\n\n--m\n"
	    "Content-Type: text/plain\n\nx\n--m\n"
	    "Content-Type: image/png\nContent-Disposition: attachment;\n"
	    " filename*0*=iso-8859-1'fr'caf%E9;\n filename*1=.png\n\nAB\n"
	    "--m\nContent-Type: application/pdf; name=\"=?UTF-8?Q?d=C3=A9?=\""
	    "\n\nPDF\n--m\nContent-Type: text/csv; charset=Windows-1252\n"
	    "Content-Disposition: "
	    "attachment; filename=\"C:\\\\fake\\\\a\\\"b.csv\"\n\n1\n"
	    "--m\nContent-Type: image/gif\nContent-ID: <logo>\n"
	    "Content-Disposition: inline\n\nGIF\n--m--\n", "x\n",
	    "caf\u00e9.png image/png 2;d\u00e9 application/pdf 3;"
	    "a'b.csv text/csv; charset=windows-1252 1;" },
};

static void
test_shapes(void **state)
{
	const struct shape_case	*c;
	struct mail_in		 m;
	struct buf		 b;
	char			 err[256];
	size_t			 i, k;

	for (i = 0; i < sizeof shapes / sizeof shapes[0]; i++) {
		c = &shapes[i];
		if (intake_read(c->msg, strlen(c->msg), &m, err,
		    sizeof err) != 0) {
			FAIL("%s: got error %s, want a body", c->name, err);
			continue;
		}
		check_str(c->name, "body", m.body, c->body);
		buf_init(&b);
		for (k = 0; k < m.natt; k++)
			buf_printf(&b, "%s %s%s%s %zu;", m.att[k].name,
			    m.att[k].type, m.att[k].charset ? "; charset=" :
			    "", m.att[k].charset ? m.att[k].charset : "",
			    m.att[k].len);
		check_str(c->name, "attachments", b.p ? b.p : "", c->att);
		buf_free(&b);
		mail_in_free(&m);
	}
	verdict();
}

struct inline_case {
	const char	*html;		/* the related part's document */
	size_t		 len;		/* bytes of its one image */
	size_t		 natt;		/* attachments wanted: 1 carried */
};

#define SIG_DIV	"<div id=\"Signature\">Jordan"
#define IMG	"<img src=\"cid:img1@x.example\">"

static const struct inline_case inlines[] = {
	/* No signature mark: the size decides. */
	{ "<p>notes</p>" IMG, 50000, 1 },
	{ "<p>notes</p>" IMG, 1000, 0 },
	{ "<p>notes</p>", 20000, 1 },
	/* Shown before the signature, in the notes: carried, however small. */
	{ "<p>notes</p>" IMG SIG_DIV "</div>", 1000, 1 },
	/* Shown inside the signature: a logo, however large. */
	{ "<p>notes</p>" SIG_DIV IMG "</div>", 40000, 0 },
};

/* Images shown inline: a photo pasted into the notes, or a logo. */
static void
test_inline_images(void **state)
{
	struct mail_in	 m;
	struct buf	 b;
	char		 err[256];
	size_t		 i, k;

	for (i = 0; i < sizeof inlines / sizeof inlines[0]; i++) {
		buf_init(&b);
		buf_printf(&b, SHAPE_HDR "Content-Type: multipart/related; "
		    "boundary=r\n\n--r\nContent-Type: text/html\n\n%s\n"
		    "--r\nContent-Type: image/png\nContent-ID: "
		    "<img1@x.example>\nContent-Disposition: inline\n\n",
		    inlines[i].html);
		for (k = 0; k < inlines[i].len; k += 50)
			buf_puts(&b, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
			    "xxxxxxxx\n");
		buf_puts(&b, "--r--\n");
		if (intake_read(b.p, b.len, &m, err, sizeof err) != 0)
			FAIL("case %zu: got error %s, want a body", i, err);
		else if (m.natt != inlines[i].natt)
			FAIL("case %zu (%s, %zu bytes): got %zu attachments, "
			    "want %zu", i, inlines[i].html, inlines[i].len,
			    m.natt, inlines[i].natt);
		mail_in_free(&m);
		buf_free(&b);
	}
	verdict();
}

struct sig_case {
	const char	*body;
	const char	*name;		/* the From display name */
	const char	*want;
};

static const struct sig_case sigs[] = {
	{ "to: a@b.org\n+ glow\n\nJordan Reyes\nMTSS Coach\n555-0100\n",
	  "Jordan Reyes", "to: a@b.org\n+ glow\n\n" },
	{ "to: a@b.org\n+ glow\n- Jordan\n", "Jordan Reyes",
	  "to: a@b.org\n+ glow\n" },
	{ "to: a@b.org\n+ glow\n\xe2\x80\x93 Jordan.\n", "Jordan Reyes",
	  "to: a@b.org\n+ glow\n" },
	{ "to: a@b.org\n+ glow\nJordan\n", "Reyes, Jordan",
	  "to: a@b.org\n+ glow\n" },
	/* The name deep in the notes is not a signature. */
	{ "Jordan\n1\n2\n3\n4\n5\n6\n7\n", "Jordan Reyes",
	  "Jordan\n1\n2\n3\n4\n5\n6\n7\n" },
	/* Nor is a line that only mentions the name. */
	{ "to: a@b.org\n@Jordan send the plan by Fri\n", "Jordan Reyes",
	  "to: a@b.org\n@Jordan send the plan by Fri\n" },
	/* A body that is nothing but the name stays: it is all there is. */
	{ "Jordan Reyes\n", "Jordan Reyes", "Jordan Reyes\n" },
	{ "to: a@b.org\nJo\n", "J Reyes", "to: a@b.org\nJo\n" },
	{ "to: a@b.org\nJordan\n", NULL, "to: a@b.org\nJordan\n" },
};

/* Unmarked signatures that start with the sender's own name. */
static void
test_cut_signature(void **state)
{
	char	*body;
	size_t	 i;

	for (i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
		body = strdup(sigs[i].body);
		assert_non_null(body);
		intake_cut_signature(body, sigs[i].name);
		if (strcmp(body, sigs[i].want) != 0)
			FAIL("case %zu: got \"%s\", want \"%s\"", i, body,
			    sigs[i].want);
		free(body);
	}
	verdict();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_read),
		cmocka_unit_test(test_nesting),
		cmocka_unit_test(test_addresses),
		cmocka_unit_test(test_size_text),
		cmocka_unit_test(test_free_twice),
		cmocka_unit_test(test_guarded),
		cmocka_unit_test(test_guard_limits),
		cmocka_unit_test(test_shapes),
		cmocka_unit_test(test_inline_images),
		cmocka_unit_test(test_cut_signature),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
