/*
 * intake_clean.c: of the text of a message, only what the coach wrote.
 *
 * Mail clients put more below the notes than the coach typed: the
 * message being answered ("On ... wrote:" and ">" lines from Apple,
 * Gmail and Thunderbird; Outlook's "From: ... Sent: ..." block, often
 * under a rule of underscores), a signature after "-- ", and a phone's
 * footer ("Sent from my iPhone").  Those go.  A forward is the other
 * way round: the notes are inside it ("---------- Forwarded message
 * ---------" from Gmail, "Begin forwarded message:" from Apple, Outlook's
 * block under a "FW:" subject), so its header lines are skipped and its
 * body is read as the coach's, after whatever the coach typed above.
 *
 * The notes step (lines.c) still stops at the same markers line by
 * line, for bodies that do not come through here.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "intake_int.h"
#include "util.h"

#define FWD_LEVELS	2	/* a forward of a forward, no deeper */
#define WROTE_LOOK	2	/* lines an "On ... wrote:" may wrap onto */
#define BLOCK_LOOK	4	/* lines of an Outlook header block */
#define SIG_LINES	6	/* lines a signature runs to, at most */
#define FOOTER_MAX	80	/* a footer is one short line */

struct line {
	const char	*p;
	size_t		 n;
};

struct text {
	struct line	*v;
	size_t		 n;
};

static char	*clean(const char *, int, int);
static void	 split(const char *, struct text *);
static int	 forward_at(const struct text *, size_t, int);
static char	*forwarded(const struct text *, size_t);
static int	 reply_at(const struct text *, size_t);
static size_t	 wrote_end(const struct text *, size_t);
static size_t	 below_quote(const struct text *, size_t);
static int	 outlook_block(const struct text *, size_t);
static int	 is_rule(const struct line *);
static int	 header_line(const struct line *, const char *const *);
static int	 wrote(const struct line *);
static int	 is_signature(const struct line *);
static int	 is_footer(const struct line *);
static int	 is_blank(const struct line *);
static int	 has_prefix(const struct line *, const char *);
static void	 trim_end(struct buf *);
static int	 names_sender(const char *, size_t, const char *);

/*
 * Lines phones and mail programs add below what the coach typed, in
 * the languages coaches' phones speak (lines.c keeps its own list).
 */
static const char *const footers[] = {
	"sent from my ", "sent from mail for windows", "sent from outlook",
	"sent from yahoo mail", "sent from gmail", "sent from samsung",
	"sent via ", "get outlook for ", "enviado desde mi ",
	"envoy\xc3\xa9 de mon ", "von meinem ", "enviado do meu ",
	"enviado de meu ", "inviato da ", "obtener outlook para ",
	"obtenir outlook pour ", "holen sie sich outlook f",
	"obter o outlook para ", "scarica outlook per ", NULL
};

/* The words "On ..." starts with, in those languages. */
static const char *const ons[] = {
	"on ", "el ", "le ", "am ", "em ", "il ", NULL
};

/*
 * How "On ... wrote:" ends in them.  German puts the name after the
 * verb ("Am 02.12.2026 um 16:02 schrieb Maria Lopez <m@x.org>:"): see
 * wrote().  French sets a space, often a no-break one, before a colon.
 */
static const char *const wrotes[] = {
	"wrote:", "escribi\xc3\xb3:", "a \xc3\xa9" "crit :",
	"a \xc3\xa9" "crit:", "a \xc3\xa9" "crit\xc2\xa0:", "schrieb:",
	"escreveu:", "ha scritto:", NULL
};

/*
 * The header lines of a forwarded or quoted message, as Outlook
 * writes them in English, German, French and Spanish: the sender's
 * line first, the time sent, then the others.
 */
#define NBSP	"\xc2\xa0"
static const char *const from_fields[] = {
	"from:", "von:", "de:", "de :", "de" NBSP ":", NULL
};
static const char *const sent_fields[] = {
	"sent:", "gesendet:", "envoy\xc3\xa9 :", "envoy\xc3\xa9:",
	"envoy\xc3\xa9" NBSP ":", "enviado:", "enviada:", NULL
};
static const char *const fields[] = {
	"from:", "sent:", "date:", "to:", "cc:", "subject:", "reply-to:",
	"von:", "gesendet:", "datum:", "an:", "betreff:",
	"de:", "de :", "de" NBSP ":", "envoy\xc3\xa9 :", "envoy\xc3\xa9:",
	"envoy\xc3\xa9" NBSP ":", "\xc3\x80 :", "\xc3\xa0 :",
	"\xc3\x80" NBSP ":", "\xc3\xa0" NBSP ":", "\xc3\x80:", "cc :",
	"objet :", "objet" NBSP ":", "objet:",
	"enviado:", "enviada:", "fecha:", "para:", "asunto:", NULL
};

char *
intake_clean(const char *text, int fwd)
{
	return clean(text, fwd, 0);
}

/*
 * Outlook for Windows and many phones put no "-- " above a signature,
 * but one nearly always starts with the sender's name on a line of its
 * own ("Jordan Reyes", "- Jordan"), a few lines from the end.  Cut the
 * body there, so that a title and a phone number do not become an
 * action item of the last list.
 *
 * XXX a signature that does not start with the sender's name (a logo's
 * alt text, a slogan) still stays in the notes.
 */
void
intake_cut_signature(char *body, const char *name)
{
	char	*line[SIG_LINES + 1], *p, *e;
	size_t	 n = 0, k;

	if (name == NULL || *name == '\0')
		return;

	/* The starts of the last SIG_LINES + 1 lines, last first. */
	e = body + strlen(body);
	while (e > body && e[-1] == '\n')
		e--;
	for (p = e; p > body && n <= SIG_LINES; p--)
		if (p[-1] == '\n')
			line[n++] = p;
	if (p == body && n <= SIG_LINES)
		line[n++] = body;

	/* The earliest line that names the sender, if any follows text. */
	for (k = n; k-- > 0; ) {
		if (line[k] == body)
			continue;
		if (names_sender(line[k], strcspn(line[k], "\n"), name)) {
			*line[k] = '\0';
			return;
		}
	}
}

/*
 * The line is the sender's full name or first name, maybe after a dash
 * or tilde and before a comma or full stop.  "Reyes, Jordan" (as some
 * directories write names) counts as Jordan Reyes.
 */
static int
names_sender(const char *l, size_t n, const char *name)
{
	const char	*comma = strchr(name, ',');
	size_t		 first;

	while (n > 0 && strchr("-~\xe2\x80\x93\x94 \t", *l) != NULL)
		l++, n--;
	while (n > 0 && strchr(" \t.,!", l[n - 1]) != NULL)
		n--;
	if (n == 0)
		return 0;
	if (comma != NULL) {
		name = comma + 1;
		while (*name == ' ')
			name++;
		first = strcspn(name, " ");
	} else {
		if (strlen(name) == n && strncasecmp(l, name, n) == 0)
			return 1;
		first = strcspn(name, " ");
	}
	return first >= 2 && first == n && strncasecmp(l, name, n) == 0;
}

static char *
clean(const char *s, int fwd, int level)
{
	struct text	 t;
	struct buf	 out;
	char		*fw, *inner;
	size_t		 i, k;
	int		 sig = 0;

	split(s, &t);
	buf_init(&out);
	for (i = 0; i < t.n; i++) {
		if (level < FWD_LEVELS && forward_at(&t, i, fwd)) {
			fw = forwarded(&t, i);
			inner = clean(fw, 0, level + 1);
			trim_end(&out);
			if (out.len > 0 && *inner != '\0')
				buf_puts(&out, "\n\n");
			buf_puts(&out, inner);
			free(inner);
			free(fw);
			break;
		}
		/* After a signature only a forward may still come. */
		if (sig || is_footer(&t.v[i]))
			continue;
		if ((k = below_quote(&t, i)) > 0) {
			i = k - 1;	/* the notes follow the quote */
			continue;
		}
		if (reply_at(&t, i))
			break;
		if (is_signature(&t.v[i])) {
			sig = 1;
			continue;
		}
		if ((t.v[i].n > 0 && t.v[i].p[0] == '>') ||
		    (out.len == 0 && is_blank(&t.v[i])))
			continue;
		buf_add(&out, t.v[i].p, t.v[i].n);
		buf_putc(&out, '\n');
	}
	free(t.v);
	trim_end(&out);
	if (out.len > 0)
		buf_putc(&out, '\n');
	return out.p != NULL ? buf_steal(&out) : xstrdup("");
}

static void
split(const char *s, struct text *t)
{
	const char	*e;
	size_t		 cap = 0;

	t->v = NULL;
	t->n = 0;
	for (; *s != '\0'; s = *e != '\0' ? e + 1 : e) {
		e = strchrnul(s, '\n');
		if (t->n == cap) {
			cap = cap ? cap * 2 : 64;
			t->v = xreallocarray(t->v, cap, sizeof *t->v);
		}
		t->v[t->n].p = s;
		t->v[t->n++].n = (size_t)(e - s);
	}
}

/* Whether a forwarded message starts at line i. */
static int
forward_at(const struct text *t, size_t i, int fwd)
{
	const struct line	*l = &t->v[i];

	if (has_prefix(l, "-----") && l->n < 80 &&
	    memmem(l->p, l->n, "orwarded", 8) != NULL)
		return 1;
	if (has_prefix(l, "begin forwarded message"))
		return 1;
	if (!fwd)
		return 0;

	/*
	 * Outlook (web, phones, and Windows with plain text) puts its
	 * rule of underscores above the block: seen here first, or
	 * reply_at would take the rule for a reply's and cut the notes.
	 */
	if (is_rule(l) && i + 1 < t->n && outlook_block(t, i + 1))
		return 1;
	return (has_prefix(l, "-----") && l->n < 80 &&
	    memmem(l->p, l->n, "riginal ", 8) != NULL) || outlook_block(t, i);
}

/*
 * The body of the forward that starts at line i: its marker and header
 * lines skipped, one level of ">" taken off when every line has one
 * (Apple quotes what it forwards).  Returns a string to free.
 */
static char *
forwarded(const struct text *t, size_t i)
{
	struct buf	 b;
	const char	*p;
	size_t		 k, n;
	int		 quoted = 1, head = 1, seen = 0;

	if (!header_line(&t->v[i], NULL))
		i++;				/* the marker line */
	for (k = i; k < t->n; k++)
		if (!is_blank(&t->v[k]) && t->v[k].p[0] != '>')
			quoted = 0;

	buf_init(&b);
	for (k = i; k < t->n; k++) {
		p = t->v[k].p;
		n = t->v[k].n;
		if (quoted && n > 0 && *p == '>')
			p++, n--;
		if (quoted && n > 0 && *p == ' ')
			p++, n--;

		/* The forward's header lines, up to the first blank one. */
		if (head) {
			struct line	 l = { p, n };

			if (is_blank(&l) && !seen)
				continue;
			if (header_line(&l, NULL) || (seen && n > 0 &&
			    (*p == ' ' || *p == '\t'))) {
				seen = 1;
				continue;
			}
			head = 0;
			if (is_blank(&l))
				continue;
		}
		buf_add(&b, p, n);
		buf_putc(&b, '\n');
	}
	return b.p != NULL ? buf_steal(&b) : xstrdup("");
}

/* Whether a quoted reply starts at line i: nothing after it is notes. */
static int
reply_at(const struct text *t, size_t i)
{
	const struct line	*l = &t->v[i];

	if (wrote_end(t, i) > 0)
		return 1;
	if (has_prefix(l, "-----") && l->n < 80 &&
	    memmem(l->p, l->n, "riginal ", 8) != NULL)
		return 1;
	if (is_rule(l))
		return 1;
	return outlook_block(t, i);
}

/* Outlook's rule above the header block: a line of underscores. */
static int
is_rule(const struct line *l)
{
	return l->n >= 10 && strspn(l->p, "_") >= l->n;
}

/*
 * If an "On ... wrote:" attribution starts at line i, the line after
 * its end (it may wrap onto WROTE_LOOK more lines); else 0.
 */
static size_t
wrote_end(const struct text *t, size_t i)
{
	const struct line	*l = &t->v[i];
	size_t			 k;

	if (header_line(l, ons))
		for (k = i; k < t->n && k <= i + WROTE_LOOK; k++)
			if (wrote(&t->v[k]))
				return k + 1;
	return 0;
}

/*
 * Bottom posting (Thunderbird can be set to it; so do people who
 * answer below what they quote): an attribution and its ">" lines,
 * then the coach's own lines.  If line i starts such a quote and what
 * follows it says something (not a footer, a signature or another
 * reply), the line where the coach resumes; else 0, and a quote with
 * nothing of the coach's below it ends the notes as before.
 */
static size_t
below_quote(const struct text *t, size_t i)
{
	size_t	 k, quoted = 0;

	if ((k = wrote_end(t, i)) == 0)
		return 0;
	for (; k < t->n; k++) {
		if (t->v[k].n > 0 && t->v[k].p[0] == '>')
			quoted++;
		else if (!is_blank(&t->v[k]))
			break;
	}
	if (quoted == 0 || k == t->n || is_footer(&t->v[k]) ||
	    is_signature(&t->v[k]) || reply_at(t, k))
		return 0;
	return k;
}

/*
 * "From: ..." then "Sent: ..." (or Date: and Subject:) close below, in
 * any language of from_fields and sent_fields.
 */
static int
outlook_block(const struct text *t, size_t i)
{
	static const char *const date[] = { "date:", NULL };
	static const char *const subject[] = { "subject:", NULL };
	size_t	 k;
	int	 dated = 0;

	if (!header_line(&t->v[i], from_fields))
		return 0;
	for (k = i + 1; k < t->n && k <= i + BLOCK_LOOK; k++) {
		if (header_line(&t->v[k], sent_fields))
			return 1;
		if (header_line(&t->v[k], date))
			dated = 1;
		else if (dated && header_line(&t->v[k], subject))
			return 1;
	}
	return 0;
}

/* "Key: value" for one of the keys, or (names NULL) of fields[]. */
static int
header_line(const struct line *l, const char *const *names)
{
	size_t	 i;

	if (names == NULL)
		names = fields;
	for (i = 0; names[i] != NULL; i++)
		if (has_prefix(l, names[i]))
			return 1;
	return 0;
}

static int
wrote(const struct line *l)
{
	size_t	 i, k, n = l->n;

	while (n > 0 && isspace((unsigned char)l->p[n - 1]))
		n--;
	if (n > 0 && l->p[n - 1] == ':' &&
	    memmem(l->p, n, " schrieb ", 9) != NULL)
		return 1;
	for (i = 0; wrotes[i] != NULL; i++) {
		k = strlen(wrotes[i]);
		if (n >= k && strncasecmp(l->p + n - k, wrotes[i], k) == 0)
			return 1;
	}
	return 0;
}

/* "-- " on its own line; mail programs often drop the blank. */
static int
is_signature(const struct line *l)
{
	return (l->n == 3 && memcmp(l->p, "-- ", 3) == 0) ||
	    (l->n == 2 && memcmp(l->p, "--", 2) == 0);
}

static int
is_footer(const struct line *l)
{
	size_t	 i;

	if (l->n > FOOTER_MAX)
		return 0;
	for (i = 0; footers[i] != NULL; i++)
		if (has_prefix(l, footers[i]))
			return 1;
	return 0;
}

static int
is_blank(const struct line *l)
{
	size_t	 i;

	for (i = 0; i < l->n; i++)
		if (!isspace((unsigned char)l->p[i]))
			return 0;
	return 1;
}

/* Case-insensitive, after any leading blanks of the line. */
static int
has_prefix(const struct line *l, const char *prefix)
{
	size_t	 n = strlen(prefix), i = 0;

	while (i < l->n && (l->p[i] == ' ' || l->p[i] == '\t'))
		i++;
	return l->n - i >= n && strncasecmp(l->p + i, prefix, n) == 0;
}

/* No blank lines or blanks at the end. */
static void
trim_end(struct buf *b)
{
	while (b->len > 0 && isspace((unsigned char)b->p[b->len - 1]))
		b->len--;
	if (b->p != NULL)
		b->p[b->len] = '\0';
}
