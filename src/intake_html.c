/*
 * intake_html.c: an HTML body as the lines a coach meant.
 *
 * Not a browser: the notes are lines of text, so all that matters is
 * where lines end (paragraphs, divisions, <br>, rows, list items, which
 * become "- " bullets), what is shown (no head, style, script or
 * comment), the entities, and which lines are quoted (a blockquote's
 * lines get "> ", so that intake_clean.c drops a quoted reply the same
 * way in HTML as in text).  White space runs are one space, as HTML
 * shows them, except inside <pre>.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "intake_int.h"
#include "util.h"

#define META_LOOK	4096	/* bytes from the top a <meta> may be in */
#define TAG_MAX		16

struct html {
	struct buf	*out;
	size_t		 col;		/* bytes on the current line */
	int		 space;		/* a blank is pending */
	int		 quote;		/* blockquote depth */
	int		 pre;		/* inside <pre> */
};

struct entity {
	const char	*name;
	unsigned	 cp;
};

static const char *tag(struct html *, const char *, const char *);
static const char *skip_to(const char *, const char *, const char *);
static const char *skip_element(const char *, const char *, const char *);
static int	 is_signature(const char *, const char *);
static void	 tag_effect(struct html *, const char *, int);
static void	 newline(struct html *, int);
static void	 put(struct html *, const char *, size_t);
static const char *entity(struct html *, const char *, const char *);
static void	 put_cp(struct html *, unsigned long);

/* Elements whose content is never shown. */
static const char *const hidden[] = {
	"head", "style", "script", "title", "xml", "template", NULL
};

/* Elements that start and end a line of their own. */
static const char *const blocks[] = {
	"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
	"ul", "ol", "dl", "dt", "dd", "section", "article", "header",
	"footer", "center", "address", "hr", "pre", "blockquote", NULL
};

static const struct entity entities[] = {
	{ "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' },
	{ "apos", '\'' }, { "nbsp", 0xa0 }, { "ndash", 0x2013 },
	{ "mdash", 0x2014 }, { "lsquo", 0x2018 }, { "rsquo", 0x2019 },
	{ "ldquo", 0x201c }, { "rdquo", 0x201d }, { "hellip", 0x2026 },
	{ "bull", 0x2022 }, { "middot", 0xb7 }, { "copy", 0xa9 },
	{ "reg", 0xae }, { "trade", 0x2122 }, { "deg", 0xb0 },
	{ "euro", 0x20ac }, { "cent", 0xa2 }, { "pound", 0xa3 },
	{ "frac12", 0xbd }, { "times", 0xd7 }, { "rarr", 0x2192 },
	{ "aacute", 0xe1 }, { "eacute", 0xe9 }, { "iacute", 0xed },
	{ "oacute", 0xf3 }, { "uacute", 0xfa }, { "ntilde", 0xf1 },
	{ "Aacute", 0xc1 }, { "Eacute", 0xc9 }, { "Iacute", 0xcd },
	{ "Oacute", 0xd3 }, { "Uacute", 0xda }, { "Ntilde", 0xd1 },
	{ "agrave", 0xe0 }, { "egrave", 0xe8 }, { "ccedil", 0xe7 },
	{ "uuml", 0xfc }, { "ouml", 0xf6 }, { "auml", 0xe4 },
	{ "iquest", 0xbf }, { "iexcl", 0xa1 }, { "zwnj", 0x200c },
	{ "zwj", 0x200d }, { "shy", 0xad },
	{ NULL, 0 }
};

/*
 * The charset an HTML part names in a <meta> near its top, for a part
 * whose Content-Type names none: some web mailers and editors leave it
 * there only.  Both forms count: <meta charset="x"> and the http-equiv
 * one whose content has "charset=x".
 */
int
intake_html_charset(const char *s, size_t n, char *cs, size_t len)
{
	const char	*end = s + (n < META_LOOK ? n : META_LOOK), *tag, *q;
	size_t		 k = 0;

	for (tag = s; tag + 5 < end; tag++) {
		if (strncasecmp(tag, "<meta", 5) != 0)
			continue;
		for (q = tag + 5; q + 8 < end && *q != '>'; q++)
			if (strncasecmp(q, "charset=", 8) == 0)
				break;
		if (q + 8 >= end || *q == '>')
			continue;
		for (q += 8; q < end && (*q == '"' || *q == '\'' ||
		    *q == ' '); q++)
			;
		while (q < end && k + 1 < len && (isalnum((unsigned char)*q) ||
		    *q == '-' || *q == '_' || *q == '.' || *q == ':'))
			cs[k++] = *q++;
		cs[k] = '\0';
		return k > 0 ? 0 : -1;
	}
	return -1;
}

void
intake_html_text(const char *s, size_t n, struct buf *b)
{
	struct html	 h;
	const char	*end = s + n;

	memset(&h, 0, sizeof h);
	h.out = b;
	while (s < end) {
		if (*s == '<')
			s = tag(&h, s, end);
		else if (*s == '&')
			s = entity(&h, s, end);
		else if (!h.pre && isspace((unsigned char)*s)) {
			h.space = 1;
			s++;
		} else if (*s == '\n') {
			newline(&h, 1);
			s++;
		} else
			put(&h, s++, 1);
	}
	newline(&h, 0);
}

/* Past the tag, comment or declaration at s, having acted on it. */
static const char *
tag(struct html *h, const char *s, const char *end)
{
	char		 name[TAG_MAX + 1];
	const char	*p = s + 1, *q;
	size_t		 i, n = 0;
	int		 close = 0;

	if (end - s >= 4 && memcmp(s, "<!--", 4) == 0)
		return skip_to(s + 4, end, "-->");
	if (p < end && (*p == '!' || *p == '?'))
		return skip_to(p, end, ">");
	if (p < end && *p == '/')
		close = 1, p++;
	if (p >= end || !isalpha((unsigned char)*p)) {
		put(h, s, 1);		/* a lone "<" is text */
		return s + 1;
	}
	for (; p < end && (isalnum((unsigned char)*p) || *p == ':'); p++)
		if (n < TAG_MAX)
			name[n++] = (char)tolower((unsigned char)*p);
	name[n] = '\0';

	/* The end of the tag, past quoted attribute values. */
	for (q = p; q < end && *q != '>'; q++)
		if (*q == '"' || *q == '\'')
			if ((q = memchr(q + 1, *q, (size_t)(end - q - 1))) ==
			    NULL)
				return end;
	q = q < end ? q + 1 : end;

	for (i = 0; hidden[i] != NULL && !close; i++)
		if (strcmp(name, hidden[i]) == 0 && q[-2] != '/')
			return skip_element(q, end, name);
	if (!close && strcmp(name, "div") == 0 && is_signature(p, q)) {
		newline(h, 0);
		put(h, "--", 2);
		newline(h, 0);
	}
	tag_effect(h, name, close);
	return q;
}

/*
 * Where the first element holding a signature starts in the HTML s
 * (n bytes), or n if there is none: intake_part.c tells a logo of the
 * signature from a picture in the notes by which side of it the
 * picture is shown.
 */
size_t
intake_html_signature_at(const char *s, size_t n)
{
	const char	*end = s + n, *p, *q;

	for (p = s; (p = skip_to(p, end, "<div")) < end; p = q) {
		if ((q = memchr(p, '>', (size_t)(end - p))) == NULL)
			break;
		if (is_signature(p, q))
			return (size_t)(p - 4 - s);
	}
	return n;
}

/*
 * The element holding the signature, in the attributes (p to end) of
 * a <div>: Gmail's, Outlook's on the web, and Outlook's on phones.
 * It starts with a "--" line, which ends the notes as "-- " does.
 */
static int
is_signature(const char *p, const char *end)
{
	static const char *const marks[] = { "gmail_signature\"",
	    "id=\"Signature\"", "ms-outlook-mobile-signature", NULL };
	size_t	 i;

	for (i = 0; marks[i] != NULL; i++)
		if (memmem(p, (size_t)(end - p), marks[i], strlen(marks[i])))
			return 1;
	return 0;
}

/* Past the first occurrence of what (case-insensitive), or the end. */
static const char *
skip_to(const char *s, const char *end, const char *what)
{
	size_t		 n = strlen(what);
	const char	*p;

	for (p = s; p + n <= end; p++)
		if (strncasecmp(p, what, n) == 0)
			return p + n;
	return end;
}

/*
 * Past "</name ...>", the end of an element whose content is hidden.
 * A head may be left open (HTML allows it; some editors and scripts
 * write none): it ends where <body> starts, else the whole body would
 * go with it.
 */
static const char *
skip_element(const char *s, const char *end, const char *name)
{
	char		 close[TAG_MAX + 3];
	const char	*e, *body;

	close[0] = '<', close[1] = '/';
	strcpy(close + 2, name);
	e = skip_to(s, end, close);
	if (strcmp(name, "head") == 0 &&
	    (body = skip_to(s, e, "<body")) < e)
		return body - 5;
	return skip_to(e, end, ">");
}

static void
tag_effect(struct html *h, const char *name, int close)
{
	size_t	 i;

	if (strcmp(name, "br") == 0) {
		newline(h, 1);
		return;
	}
	if (strcmp(name, "li") == 0) {
		newline(h, 0);
		if (!close) {
			put(h, "-", 1);
			h->space = 1;
		}
		return;
	}
	if (strcmp(name, "td") == 0 || strcmp(name, "th") == 0) {
		h->space = 1;
		return;
	}
	for (i = 0; blocks[i] != NULL; i++)
		if (strcmp(name, blocks[i]) == 0)
			break;
	if (blocks[i] == NULL)
		return;
	newline(h, 0);
	if (strcmp(name, "blockquote") == 0)
		h->quote += close ? (h->quote > 0 ? -1 : 0) : 1;
	else if (strcmp(name, "pre") == 0)
		h->pre = !close;
}

/* End the line; an empty one only when forced (<br>). */
static void
newline(struct html *h, int force)
{
	if (h->col > 0 || force)
		buf_putc(h->out, '\n');
	h->col = 0;
	h->space = 0;
}

/* Text; at the start of a line, after its quote marks. */
static void
put(struct html *h, const char *s, size_t n)
{
	int	 i;

	if (h->col == 0)
		for (i = 0; i < h->quote; i++)
			buf_puts(h->out, i + 1 < h->quote ? ">" : "> ");
	else if (h->space)
		buf_putc(h->out, ' ');
	h->space = 0;
	h->col += n;
	buf_add(h->out, s, n);
}

/*
 * &#150; means the en dash windows-1252 puts at 150, not the control
 * character U+0096: Word and Outlook write them so, and HTML5 reads
 * them so.  0 where windows-1252 has no character either.
 */
static const unsigned short cp1252[32] = {
	0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
	0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178
};

/* &name; &#NNN; &#xHH; (a "&" that starts none of them is text). */
static const char *
entity(struct html *h, const char *s, const char *end)
{
	const char	*p = s + 1;
	char		 name[12];
	unsigned long	 cp = 0;
	size_t		 i, n = 0;

	if (p < end && *p == '#') {
		p++;
		i = p < end && (*p == 'x' || *p == 'X');
		for (p += i; p < end && n < 8 && (i ? isxdigit((unsigned
		    char)*p) : isdigit((unsigned char)*p)); p++, n++)
			cp = cp * (i ? 16 : 10) + (unsigned long)(isdigit(
			    (unsigned char)*p) ? *p - '0' :
			    tolower((unsigned char)*p) - 'a' + 10);
		if (n == 0)
			goto text;
		put_cp(h, cp >= 0x80 && cp < 0xa0 ? cp1252[cp - 0x80] : cp);
		return p < end && *p == ';' ? p + 1 : p;
	}
	for (; p < end && n + 1 < sizeof name && isalnum((unsigned char)*p);
	    p++)
		name[n++] = *p;
	name[n] = '\0';
	for (i = 0; entities[i].name != NULL; i++)
		if (strcmp(name, entities[i].name) == 0) {
			put_cp(h, entities[i].cp);
			return p < end && *p == ';' ? p + 1 : p;
		}
text:
	put(h, s, 1);
	return s + 1;
}

/* A code point as UTF-8; none that is invalid or a control. */
static void
put_cp(struct html *h, unsigned long cp)
{
	char	 u[4];

	if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) ||
	    (cp >= 0xd800 && cp < 0xe000) || cp > 0x10ffff)
		cp = 0xfffd;
	if (cp < 0x80) {
		u[0] = (char)cp;
		put(h, u, 1);
	} else if (cp < 0x800) {
		u[0] = (char)(0xc0 | cp >> 6);
		u[1] = (char)(0x80 | (cp & 0x3f));
		put(h, u, 2);
	} else if (cp < 0x10000) {
		u[0] = (char)(0xe0 | cp >> 12);
		u[1] = (char)(0x80 | (cp >> 6 & 0x3f));
		u[2] = (char)(0x80 | (cp & 0x3f));
		put(h, u, 3);
	} else {
		u[0] = (char)(0xf0 | cp >> 18);
		u[1] = (char)(0x80 | (cp >> 12 & 0x3f));
		u[2] = (char)(0x80 | (cp >> 6 & 0x3f));
		u[3] = (char)(0x80 | (cp & 0x3f));
		put(h, u, 4);
	}
}
