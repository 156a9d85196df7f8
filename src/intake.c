/*
 * intake.c: reads the coach's message with libetpan and hands on plain
 * values: sender, recipients, subject, date, identifiers and the notes
 * as UTF-8 text.  Before libetpan sees the bytes, a scan of the lines
 * that declare MIME boundaries turns away messages known to crash it or
 * to cost it without bound.  Choosing and decoding the notes is done in
 * intake_text.c, address lists in intake_addr.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <libetpan/libetpan.h>

#include "buf.h"
#include "intake.h"
#include "intake_int.h"
#include "util.h"

#define MAX_DEPTH	32	/* MIME levels we let libetpan parse */
#define MAX_BOUNDARY	70	/* RFC 2046, 5.1.1 */

static int	 mime_guard(const char *, size_t, char *, size_t);
static int	 boundary_of(const char *, char *, char *, size_t);
static int	 boundary_value(const char *, char *, char *, size_t);
static int	 is_message(const char *);
static int	 delimiter_depth(const char *, const char *,
		    char [][MAX_BOUNDARY + 1], int);
static const char *line_next(const char *, const char *);
static const char *header_end(const char *, const char *);
static char	*header_nul_free(const char *, size_t *);
static char	*field_at(const char *, const char *, const char *,
		    const char **);
static void	 read_addresses(const char *, const char *, struct mail_in *);
static void	 read_fields(struct mailimf_fields *, struct mail_in *);
static void	 read_date(const struct mailimf_date_time *, struct mail_in *);
static char	*references_join(clist *);
static int	 is_forward(const char *);

int
intake_read(const char *msg, size_t len, struct mail_in *m, char *err,
    size_t errlen)
{
	struct mailmime	*mime = NULL;
	const char	*nl;
	char		*copy;
	size_t		 idx = 0;

	memset(m, 0, sizeof *m);
	if (len >= 5 && memcmp(msg, "From ", 5) == 0) {
		nl = memchr(msg, '\n', len);
		len = nl == NULL ? 0 : len - (size_t)(nl + 1 - msg);
		msg = nl == NULL ? msg : nl + 1;
	}
	if ((copy = header_nul_free(msg, &len)) != NULL)
		msg = copy;

	/* intake_read_guarded (intake_guard.c) runs this in a child. */
	if (mime_guard(msg, len, err, errlen) == -1) {
		free(copy);
		return -1;
	}
	if (mailmime_parse(msg, len, &idx, &mime) != MAILIMF_NO_ERROR) {
		snprintf(err, errlen, "mailmime_parse: unreadable message");
		free(copy);
		return -1;
	}

	read_addresses(msg, header_end(msg, msg + len), m);
	if (m->from.addr == NULL) {
		snprintf(err, errlen, "no usable From address");
		goto fail;
	}
	if (mime->mm_type == MAILMIME_MESSAGE &&
	    mime->mm_data.mm_message.mm_fields != NULL)
		read_fields(mime->mm_data.mm_message.mm_fields, m);
	if (intake_body(mime, is_forward(m->subject), m, err, errlen) == -1)
		goto fail;
	intake_cut_signature(m->body, m->from.name);

	/* The tree points into msg: it goes first. */
	mailmime_free(mime);
	free(copy);
	return 0;

fail:
	mailmime_free(mime);
	free(copy);
	mail_in_free(m);
	return -1;
}

void
mail_in_free(struct mail_in *m)
{
	size_t	 i;

	person_free(&m->from);
	for (i = 0; i < m->nto; i++)
		person_free(&m->to[i]);
	free(m->to);
	free(m->subject);
	free(m->message_id);
	free(m->references);
	free(m->body);
	for (i = 0; i < m->natt; i++) {
		free(m->att[i].name);
		free(m->att[i].type);
		free(m->att[i].charset);
		free(m->att[i].data);
	}
	free(m->att);
	memset(m, 0, sizeof *m);
}

/*
 * libetpan 1.9.4 overflows the heap in mailmime_extract_boundary on a
 * value such as boundary="\"", and has no limit on nesting.  Every
 * Content-Type line (in any part: the scan cannot tell headers from
 * text) must carry a plain boundary of 1 to 70 characters, and open
 * multiparts, followed through their delimiter lines, and attached
 * messages may nest only MAX_DEPTH deep.  An attached message costs
 * libetpan a level of recursion as a multipart does (30,000 of them
 * overflow its stack); it has no boundary of its own, and ends with
 * the part that holds it, so it is an empty entry of the stack that
 * the holder's next delimiter line pops.
 */
static int
mime_guard(const char *msg, size_t len, char *err, size_t errlen)
{
	char		 stack[MAX_DEPTH + 1][MAX_BOUNDARY + 1];
	const char	*p, *next, *end = msg + len;
	char		*v;
	int		 depth = 0, r;

	for (p = msg; p < end; p = next) {
		if ((v = field_at(p, end, "Content-Type", &next)) != NULL) {
			r = boundary_of(v, stack[depth], err, errlen);
			if (r == 0 && is_message(v)) {
				stack[depth][0] = '\0';
				r = 1;
			}
			free(v);
			if (r == -1)
				return -1;
			if (r == 1 && ++depth > MAX_DEPTH) {
				snprintf(err, errlen, "MIME parts nested "
				    "deeper than %d levels", MAX_DEPTH);
				return -1;
			}
		} else if (next - p > 2 && p[0] == '-' && p[1] == '-')
			depth = delimiter_depth(p + 2, next, stack, depth);
	}
	return 0;
}

/*
 * The first boundary parameter of Content-Type value v, copied to out.
 * Returns 1, 0 if there is none, -1 if any boundary parameter is unsafe.
 */
static int
boundary_of(const char *v, char *out, char *err, size_t errlen)
{
	const char	*s, *q;
	char		 tmp[MAX_BOUNDARY + 1];
	int		 found = 0;

	for (s = strchr(v, ';'); s != NULL; s = strchr(s + 1, ';')) {
		if ((q = strcaseprefix(skipws(s + 1), "boundary")) == NULL)
			continue;
		q = skipws(q);
		if (*q != '=')
			continue;
		if (boundary_value(skipws(q + 1), tmp, err, errlen) == -1)
			return -1;
		if (!found)
			memcpy(out, tmp, sizeof tmp);
		found = 1;
	}
	return found;
}

/* Whether Content-Type value v is message/rfc822, which libetpan opens. */
static int
is_message(const char *v)
{
	if ((v = strcaseprefix(skipws(v), "message")) == NULL)
		return 0;
	v = skipws(v);
	if (*v != '/' || (v = strcaseprefix(skipws(v + 1), "rfc822")) == NULL)
		return 0;
	return *v == '\0' || strchr("; \t(", *v) != NULL;
}

static int
boundary_value(const char *v, char *out, char *err, size_t errlen)
{
	size_t	 n;

	if (*v == '"') {
		v++;
		n = strcspn(v, "\"\\");
		if (v[n] != '"') {
			snprintf(err, errlen, "MIME boundary with a quote, "
			    "backslash or no end");
			return -1;
		}
	} else {
		n = strcspn(v, "; \t");
		if (memchr(v, '"', n) != NULL || memchr(v, '\\', n) != NULL) {
			snprintf(err, errlen, "MIME boundary with a quote "
			    "or backslash");
			return -1;
		}
	}
	if (n == 0 || n > MAX_BOUNDARY) {
		snprintf(err, errlen, "MIME boundary of %zu characters "
		    "(1 to %d allowed)", n, MAX_BOUNDARY);
		return -1;
	}
	memcpy(out, v, n);
	out[n] = '\0';
	return 0;
}

/*
 * A line "--B" or "--B--" (s is past the dashes) for an open boundary B
 * ends the multiparts opened inside B's, and "--B--" B's own too.
 */
static int
delimiter_depth(const char *s, const char *eol,
    char stack[][MAX_BOUNDARY + 1], int depth)
{
	size_t	 n, bl;
	int	 k;

	while (eol > s && (eol[-1] == '\n' || eol[-1] == '\r' ||
	    eol[-1] == ' ' || eol[-1] == '\t'))
		eol--;
	n = (size_t)(eol - s);
	for (k = depth - 1; k >= 0; k--) {
		if ((bl = strlen(stack[k])) == 0)
			continue;	/* an attached message */
		if (n < bl || memcmp(s, stack[k], bl) != 0)
			continue;
		if (n >= bl + 2 && s[bl] == '-' && s[bl + 1] == '-')
			return k;
		return k + 1;
	}
	return depth;
}

static const char *
line_next(const char *p, const char *end)
{
	const char	*nl = memchr(p, '\n', (size_t)(end - p));

	return nl == NULL ? end : nl + 1;
}

/* Where the first empty line is: the end of the message's header. */
static const char *
header_end(const char *p, const char *end)
{
	for (; p < end; p = line_next(p, end))
		if (*p == '\n' || (*p == '\r' && p + 1 < end && p[1] == '\n'))
			return p;
	return end;
}

/*
 * A NUL in a header field ends its value for libetpan and for the C
 * strings of field_at ("Jordan \0Reyes <j@x.org>" has no address
 * left), though the bytes after it are the field's.  If the header
 * block holds any, a copy of the message (*len updated) without
 * them; else NULL, and the message is read as it is.
 */
static char *
header_nul_free(const char *msg, size_t *len)
{
	const char	*hend = header_end(msg, msg + *len);
	char		*copy;
	size_t		 i, o = 0;

	if (memchr(msg, '\0', (size_t)(hend - msg)) == NULL)
		return NULL;
	copy = xmalloc(*len + 1);
	for (i = 0; msg + i < hend; i++)
		if (msg[i] != '\0')
			copy[o++] = msg[i];
	memcpy(copy + o, hend, *len - i);
	*len = o + (*len - i);
	copy[*len] = '\0';
	return copy;
}

/*
 * If the line at p starts header field name, its value unfolded (the
 * line breaks taken out); else NULL.  *next is set past the field.
 */
static char *
field_at(const char *p, const char *end, const char *name,
    const char **next)
{
	struct buf	 b;
	const char	*q, *e;
	size_t		 n = strlen(name);

	*next = line_next(p, end);
	if ((size_t)(end - p) <= n || strncasecmp(p, name, n) != 0)
		return NULL;
	for (q = p + n; q < *next && (*q == ' ' || *q == '\t'); q++)
		continue;
	if (q == *next || *q != ':')
		return NULL;

	buf_init(&b);
	for (q++; ; q = *next, *next = line_next(q, end)) {
		for (e = *next; e > q && (e[-1] == '\n' || e[-1] == '\r'); e--)
			continue;
		buf_add(&b, q, (size_t)(e - q));
		if (*next == end || (**next != ' ' && **next != '\t'))
			break;
	}
	return buf_steal(&b);
}

/*
 * From and To are read from the raw header through intake_addresses,
 * which knows the mistakes people type; libetpan alone would run
 * "Ann Lee ann@x.org" together into one address.
 */
static void
read_addresses(const char *p, const char *end, struct mail_in *m)
{
	struct person	*v;
	const char	*next;
	char		*val;
	size_t		 i, n;

	for (; p < end; p = next) {
		if ((val = field_at(p, end, "From", &next)) != NULL &&
		    m->from.addr == NULL) {
			v = NULL, n = 0;
			if (intake_addresses(val, &v, &n) > 0)
				m->from = v[0], v[0].name = v[0].addr = NULL;
			for (i = 0; i < n; i++)
				person_free(&v[i]);
			free(v);
		} else if (val == NULL &&
		    (val = field_at(p, end, "To", &next)) != NULL)
			(void)intake_addresses(val, &m->to, &m->nto);
		free(val);
	}
}

static void
read_fields(struct mailimf_fields *fields, struct mail_in *m)
{
	struct mailimf_field	*f;
	clistiter		*it;

	for (it = clist_begin(fields->fld_list); it != NULL;
	    it = clist_next(it)) {
		f = clist_content(it);
		switch (f->fld_type) {
		case MAILIMF_FIELD_SUBJECT:
			if (m->subject == NULL)
				m->subject = intake_header_text(
				    f->fld_data.fld_subject->sbj_value);
			break;
		case MAILIMF_FIELD_ORIG_DATE:
			if (!m->has_date)
				read_date(f->fld_data.fld_orig_date->
				    dt_date_time, m);
			break;
		case MAILIMF_FIELD_MESSAGE_ID:
			if (m->message_id == NULL)
				m->message_id = intake_header_text(
				    f->fld_data.fld_message_id->mid_value);
			break;
		case MAILIMF_FIELD_REFERENCES:
			if (m->references == NULL)
				m->references = references_join(
				    f->fld_data.fld_references->mid_list);
			break;
		}
	}
}

/* A date out of range leaves has_date at 0, as if there were none. */
static void
read_date(const struct mailimf_date_time *dt, struct mail_in *m)
{
	struct tm	 tm;
	int		 zone, year = dt->dt_year;
	time_t		 t;

	/* Two-digit years are obsolete syntax (RFC 5322, 4.3). */
	if (year < 50)
		year += 2000;
	else if (year < 1000)
		year += 1900;
	if (dt->dt_month < 1 || dt->dt_month > 12 || dt->dt_day < 1 ||
	    dt->dt_day > 31 || dt->dt_hour < 0 || dt->dt_hour > 23 ||
	    dt->dt_min < 0 || dt->dt_min > 59 || dt->dt_sec < 0 ||
	    dt->dt_sec > 60 || dt->dt_zone < -9959 || dt->dt_zone > 9959)
		return;

	memset(&tm, 0, sizeof tm);
	tm.tm_year = year - 1900;
	tm.tm_mon = dt->dt_month - 1;
	tm.tm_mday = dt->dt_day;
	tm.tm_hour = dt->dt_hour;
	tm.tm_min = dt->dt_min;
	tm.tm_sec = dt->dt_sec;
	if ((t = timegm(&tm)) == (time_t)-1)
		return;

	/* The zone is hhmm as a number: -0530 is -530. */
	zone = abs(dt->dt_zone);
	zone = (zone / 100 * 60 + zone % 100) * 60;
	m->date = t - (dt->dt_zone < 0 ? -zone : zone);
	m->has_date = 1;
}

static char *
references_join(clist *ids)
{
	struct buf	 b;
	clistiter	*it;
	char		*s, *clean;

	buf_init(&b);
	for (it = clist_begin(ids); it != NULL; it = clist_next(it))
		buf_printf(&b, "%s<%s>", b.len > 0 ? " " : "",
		    (char *)clist_content(it));
	s = buf_steal(&b);
	clean = intake_header_text(s);
	free(s);
	return clean;
}

/* "Fwd:", "FW:", and their German, French and Spanish cousins. */
static int
is_forward(const char *subject)
{
	static const char *const tags[] = { "fwd:", "fw:", "wg:", "tr:",
	    "rv:", "enc:", NULL };
	size_t	 i;

	for (i = 0; subject != NULL && tags[i] != NULL; i++)
		if (strcaseprefix(subject, tags[i]) != NULL)
			return 1;
	return 0;
}
