/*
 * intake_attach.c: the coach's attachments: their names, and how many
 * of their bytes the recap may carry.
 *
 * A file name comes in one of four shapes: filename="plain.jpg",
 * filename="=?UTF-8?Q?...?=" (RFC 2047, which Outlook and Gmail send
 * though the RFC forbids it), filename*=UTF-8''caf%C3%A9.jpg, or the
 * same cut into sections filename*0*=...; filename*1*=... (RFC 2231,
 * Thunderbird and Apple for long or non-ASCII names).  libetpan 1.9.4
 * knows only the first two, so RFC 2231 is decoded here, from the
 * parameters libetpan hands over by their raw names.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libetpan/libetpan.h>

#include "buf.h"
#include "diag.h"
#include "intake.h"
#include "intake_int.h"
#include "util.h"

#define MAX_PARAMS	64	/* parameters looked at, per part */
#define MAX_SECTIONS	32	/* RFC 2231 sections of one value */
#define NAME_MAX_LEN	150	/* bytes of a name we keep */

struct param {
	const char	*name;
	const char	*value;
};

static size_t	 params_of(struct mailmime *, struct param *);
static char	*value_2231(const struct param *, size_t, const char *);
static void	 section_add(struct buf *, const char *, int, char *, size_t);
static char	*value_plain(const struct param *, size_t, const char *);
static char	*name_safe(char *);

char *
intake_part_filename(struct mailmime *p)
{
	struct param	 v[MAX_PARAMS];
	size_t		 n = params_of(p, v);
	char		*s;

	if ((s = value_2231(v, n, "filename")) == NULL &&
	    (s = value_plain(v, n, "filename")) == NULL &&
	    (s = value_2231(v, n, "name")) == NULL)
		s = value_plain(v, n, "name");
	return s != NULL ? name_safe(s) : NULL;
}

/* Content-Disposition's parameters, then Content-Type's. */
static size_t
params_of(struct mailmime *p, struct param *v)
{
	struct mailmime_disposition_parm	*dp;
	struct mailmime_parameter		*cp;
	struct mailmime_field			*f;
	clistiter				*it, *jt;
	size_t					 n = 0;

	if (p->mm_mime_fields != NULL)
		for (it = clist_begin(p->mm_mime_fields->fld_list);
		    it != NULL; it = clist_next(it)) {
			f = clist_content(it);
			if (f->fld_type != MAILMIME_FIELD_DISPOSITION)
				continue;
			for (jt = clist_begin(f->fld_data.fld_disposition->
			    dsp_parms); jt != NULL && n < MAX_PARAMS;
			    jt = clist_next(jt)) {
				dp = clist_content(jt);
				if (dp->pa_type ==
				    MAILMIME_DISPOSITION_PARM_FILENAME)
					v[n].name = "filename",
					v[n++].value = dp->pa_data.pa_filename;
				else if (dp->pa_type ==
				    MAILMIME_DISPOSITION_PARM_PARAMETER)
					v[n].name = dp->pa_data.pa_parameter->
					    pa_name, v[n++].value = dp->pa_data.
					    pa_parameter->pa_value;
			}
		}
	if (p->mm_content_type != NULL)
		for (it = clist_begin(p->mm_content_type->ct_parameters);
		    it != NULL && n < MAX_PARAMS; it = clist_next(it)) {
			cp = clist_content(it);
			v[n].name = cp->pa_name, v[n++].value = cp->pa_value;
		}
	return n;
}

/*
 * base*=charset'lang'value, or base*0*=charset'lang'part, base*1*=...,
 * base*2=plain part: joined, %XX undone where marked so, the charset's
 * bytes as UTF-8.  NULL if there is no such parameter.
 */
static char *
value_2231(const struct param *v, size_t n, const char *base)
{
	const char	*sec[MAX_SECTIONS] = { NULL };
	int		 enc[MAX_SECTIONS] = { 0 };
	const char	*s;
	char		*end, charset[64] = "";
	struct buf	 raw, out;
	size_t		 i, bl = strlen(base);
	long		 k;

	for (i = 0; i < n; i++) {
		if (v[i].name == NULL || v[i].value == NULL ||
		    strncasecmp(v[i].name, base, bl) != 0 ||
		    v[i].name[bl] != '*')
			continue;
		s = v[i].name + bl + 1;
		k = *s == '\0' ? 0 : strtol(s, &end, 10);
		if (*s != '\0' && (end == s || (*end != '\0' &&
		    strcmp(end, "*") != 0)))
			continue;
		if (k < 0 || k >= MAX_SECTIONS || sec[k] != NULL)
			continue;
		sec[k] = v[i].value;
		enc[k] = *s == '\0' || *end == '*';
	}
	if (sec[0] == NULL)
		return NULL;

	buf_init(&raw);
	for (k = 0; k < MAX_SECTIONS && sec[k] != NULL; k++)
		section_add(&raw, sec[k], enc[k], k == 0 ? charset : NULL,
		    sizeof charset);
	buf_init(&out);
	intake_to_utf8(charset[0] != '\0' ? charset : NULL,
	    raw.p != NULL ? raw.p : "", raw.len, &out);
	buf_free(&raw);
	return out.p != NULL ? buf_steal(&out) : NULL;
}

/* One section; the first of an encoded value names the charset. */
static void
section_add(struct buf *b, const char *s, int enc, char *charset,
    size_t cslen)
{
	const char	*q;
	char		 hex[3] = "";

	if (enc && charset != NULL && (q = strchr(s, '\'')) != NULL &&
	    strchr(q + 1, '\'') != NULL) {
		if ((size_t)(q - s) < cslen) {
			memcpy(charset, s, (size_t)(q - s));
			charset[q - s] = '\0';
		}
		s = strchr(q + 1, '\'') + 1;
	}
	for (; *s != '\0'; s++) {
		if (enc && s[0] == '%' && isxdigit((unsigned char)s[1]) &&
		    isxdigit((unsigned char)s[2])) {
			hex[0] = s[1], hex[1] = s[2];
			buf_putc(b, (int)strtol(hex, NULL, 16));
			s += 2;
		} else
			buf_putc(b, *s);
	}
}

/*
 * A text attachment (a CSV of scores, say) is carried as bytes in the
 * coach's charset, so the charset goes with it or the leader's client
 * guesses.  It is written into a header: only a token is kept.
 */
char *
intake_part_charset(struct mailmime *p, const char *type)
{
	char		 cs[] = "charset";
	const char	*v, *c;
	char		*out, *o;

	if (strncmp(type, "text/", 5) != 0 || p->mm_content_type == NULL ||
	    (v = mailmime_content_param_get(p->mm_content_type, cs)) == NULL ||
	    *v == '\0' || strlen(v) > 40)
		return NULL;
	for (c = v; *c != '\0'; c++)
		if (!isalnum((unsigned char)*c) && strchr("-_.:+", *c) == NULL)
			return NULL;
	out = xstrdup(v);
	for (o = out; *o != '\0'; o++)
		*o = (char)tolower((unsigned char)*o);
	return out;
}

/* base="..." as sent, RFC 2047 words decoded. */
static char *
value_plain(const struct param *v, size_t n, const char *base)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (v[i].name != NULL && v[i].value != NULL &&
		    strcasecmp(v[i].name, base) == 0)
			return intake_header_text(v[i].value);
	return NULL;
}

/*
 * No folder ("C:\fakepath\x.jpg" is x.jpg), no quote or backslash, no
 * control character, valid UTF-8, not too long: it goes into a header
 * and a recap.  Takes s; NULL when nothing is left.
 */
static char *
name_safe(char *s)
{
	struct buf	 b;
	const char	*base = s, *q;
	char		*t, *r;
	size_t		 n;

	for (q = s; *q != '\0'; q++)
		if (*q == '/' || *q == '\\')
			base = q + 1;
	buf_init(&b);
	intake_utf8_repair(&b, base, strlen(base));
	free(s);
	if (b.p == NULL)
		return NULL;
	for (t = b.p; *t != '\0'; t++)
		if (*t == '"' || (unsigned char)*t < 0x20 || *t == 0x7f)
			*t = '\'';
	n = b.len;
	while (n > NAME_MAX_LEN || (n > 0 &&
	    ((unsigned char)b.p[n] & 0xc0) == 0x80))
		n--;
	b.p[n] = '\0';
	r = intake_header_text(b.p);	/* one line, blanks evened */
	buf_free(&b);
	if (r != NULL && (strcmp(r, ".") == 0 || strcmp(r, "..") == 0)) {
		free(r);
		r = NULL;
	}
	return r;
}

void
intake_attach_cap(struct mail_in *m, size_t cap)
{
	size_t	 i, total = 0;

	for (i = 0; i < m->natt; i++) {
		if (m->att[i].carried && m->att[i].len <= cap - total) {
			total += m->att[i].len;
			continue;
		}
		m->att[i].carried = 0;
		free(m->att[i].data);
		m->att[i].data = NULL;
	}
}

void
intake_attach_warn(const struct mail_in *m, size_t cap, struct diags *d)
{
	char	*size, *limit;
	size_t	 i;

	limit = intake_size_text(cap);
	for (i = 0; i < m->natt; i++) {
		if (m->att[i].carried)
			continue;
		size = intake_size_text(m->att[i].len);
		diag_add(d, 0, SEV_WARNING, "the attachment %s (%s) is not "
		    "in the recap: attachments are limited to %s in all; "
		    "send it to the leader yourself", m->att[i].name, size,
		    limit);
		free(size);
	}
	free(limit);
}

char *
intake_size_text(size_t n)
{
	const double	 mb = 1024.0 * 1024.0;

	/* "25.1 MB" is over "25 MB"; "12 MB", not "12.0 MB". */
	if (n >= 100 * 1024 * 1024 || (n >= 1024 * 1024 &&
	    (size_t)((double)n / mb * 10 + 0.5) % 10 == 0))
		return xasprintf("%.0f MB", (double)n / mb);
	if (n >= 1024 * 1024)
		return xasprintf("%.1f MB", (double)n / mb);
	if (n >= 1024)
		return xasprintf("%zu KB", (n + 512) / 1024);
	return xasprintf("%zu bytes", n);
}
