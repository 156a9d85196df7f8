/*
 * rawhdr.c: the header fields of a message as they arrived.
 *
 * A field starts at a line with a colon and goes on over lines that
 * start with a blank (RFC 5322 2.2.3); the block ends at the first
 * empty line, or at a line that is neither, which no header field can
 * be.  The counts are capped so a hostile header costs little.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "rawhdr.h"
#include "util.h"

#define MAX_FIELDS	1000
#define MAX_VALUE	(64 * 1024)

static const char *next_line(const char *, const char *, size_t *);
static void	 add_field(struct rawhdrs *, struct buf *);
static char	*from_line_sender(const char *, size_t);

void
rawhdr_scan(const char *msg, size_t len, struct rawhdrs *h)
{
	const char	*p = msg, *end = msg + len, *line;
	struct buf	 field;
	size_t		 n;

	memset(h, 0, sizeof(*h));
	buf_init(&field);

	/* An mbox "From " line, as procmail passes it, names the sender. */
	if (len >= 5 && memcmp(msg, "From ", 5) == 0) {
		line = p;
		p = next_line(p, end, &n);
		h->from_line = from_line_sender(line + 5, n - 5);
	}

	while (p < end && h->n < MAX_FIELDS) {
		line = p;
		p = next_line(p, end, &n);
		if (n == 0)
			break;
		if ((*line == ' ' || *line == '\t') && field.len > 0) {
			if (field.len + n < MAX_VALUE)
				buf_add(&field, line, n);
			continue;
		}
		add_field(h, &field);
		if (memchr(line, ':', n) == NULL)
			break;
		buf_add(&field, line, n);
	}
	add_field(h, &field);
	buf_free(&field);

	/* A marker past the last field read must not pass unseen. */
	if (h->n >= MAX_FIELDS && p < end) {
		(void)next_line(p, end, &n);
		h->cut = n > 0;
	}
}

void
rawhdrs_free(struct rawhdrs *h)
{
	size_t	 i;

	for (i = 0; i < h->n; i++) {
		free(h->v[i].name);
		free(h->v[i].value);
	}
	free(h->v);
	free(h->from_line);
	memset(h, 0, sizeof(*h));
}

const char *
rawhdr_get(const struct rawhdrs *h, const char *name)
{
	size_t	 i;

	for (i = 0; i < h->n; i++)
		if (strcasecmp(h->v[i].name, name) == 0)
			return h->v[i].value;
	return NULL;
}

/* The line at p without its CR LF (length in *n); returns the next. */
static const char *
next_line(const char *p, const char *end, size_t *n)
{
	const char	*nl;

	if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
		nl = end;
	*n = (size_t)(nl - p);
	if (*n > 0 && p[*n - 1] == '\r')
		(*n)--;
	return nl < end ? nl + 1 : end;
}

/* The field gathered in f becomes an entry; f is emptied. */
static void
add_field(struct rawhdrs *h, struct buf *f)
{
	struct rawhdr	*r;
	char		*colon, *v;
	size_t		 i, k = 0;

	/* NULs go, as intake takes them out, so the value stays whole. */
	for (i = 0; i < f->len; i++)
		if (f->p[i] != '\0')
			f->p[k++] = f->p[i];
	f->len = k;
	if (f->len == 0 || (colon = memchr(f->p, ':', f->len)) == NULL) {
		f->len = 0;
		return;
	}
	h->v = xreallocarray(h->v, h->n + 1, sizeof(*h->v));
	r = &h->v[h->n++];
	r->name = xstrndup(f->p, (size_t)(colon - f->p));
	v = xstrndup(colon + 1, f->len - (size_t)(colon + 1 - f->p));
	strsanitize(v);
	r->value = strtrim(v);
	free(v);
	v = strtrim(r->name);
	free(r->name);
	r->name = v;
	f->len = 0;
}

/* "From sender@x.org Thu Dec  3 10:00:00 2026": the first word. */
static char *
from_line_sender(const char *s, size_t n)
{
	size_t	 w = 0;

	while (w < n && s[w] != ' ' && s[w] != '\t')
		w++;
	return xstrndup(s, w);
}
