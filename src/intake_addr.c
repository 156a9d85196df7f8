/*
 * intake_addr.c: address lists as people write them, in a header or in
 * the notes ("Dr. Maria Lopez <mlopez@x.org>, b@y.org", or with no
 * brackets at all: "Maria Lopez mlopez@x.org").  libetpan's RFC 5322
 * parser is trusted only when every address it returns is valid and
 * appears as such in the text; otherwise a lenient reading of our own
 * takes over.  Names are RFC 2047 decoded and cleaned like any header.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libetpan/libetpan.h>

#include "intake.h"
#include "intake_int.h"
#include "util.h"

/* Trailing punctuation a sentence may put after an address. */
#define TRAILING	".,;:!?"

static int	 parse_rfc(const char *, struct person **, size_t *);
static int	 rfc_add(const char *, struct mailimf_mailbox *,
		    struct person **, size_t *);
static void	 parse_typed(const char *, struct person **, size_t *);
static void	 typed_piece(char *, struct person **, size_t *);
static void	 typed_words(char *, struct person **, size_t *);
static char	*no_joiner(char *);
static void	 add(struct person **, size_t *, const char *, const char *);
static void	 unquote(char *);
static void	 trim_set(char *, const char *);

int
intake_addresses(const char *text, struct person **v, size_t *n)
{
	size_t	 before = *n;

	if (!parse_rfc(text, v, n))
		parse_typed(text, v, n);
	return *n > before ? (int)(*n - before) : -1;
}

void
person_free(struct person *p)
{
	free(p->name);
	free(p->addr);
	p->name = p->addr = NULL;
}

void
person_copy(struct person *dst, const struct person *src)
{
	dst->name = src->name != NULL ? xstrdup(src->name) : NULL;
	dst->addr = src->addr != NULL ? xstrdup(src->addr) : NULL;
}

/*
 * One @, a local part, a domain with a dot in it and no empty label;
 * no white space, control or special characters; valid UTF-8.
 */
int
intake_addr_valid(const char *s)
{
	const char	*at = strchr(s, '@'), *p;

	if (at == NULL || at == s || strchr(at + 1, '@') != NULL ||
	    !utf8_valid(s, strlen(s)))
		return 0;
	if (strchr(at + 1, '.') == NULL || at[1] == '.' ||
	    s[strlen(s) - 1] == '.' || strstr(at, "..") != NULL)
		return 0;
	for (p = s; *p != '\0'; p++)
		if ((unsigned char)*p <= 0x20 || *p == 0x7f ||
		    strchr("<>()[],;:\"\\", *p) != NULL)
			return 0;
	return 1;
}

/*
 * All or nothing: libetpan's list is taken when it used the whole text
 * (trailing punctuation aside) and every address it gave is sound.
 */
static int
parse_rfc(const char *text, struct person **v, size_t *n)
{
	struct mailimf_address_list	*list = NULL;
	struct mailimf_address		*a;
	clistiter			*it, *mb;
	size_t				 idx = 0, before = *n;
	int				 ok = 1;

	if (mailimf_address_list_parse(text, strlen(text), &idx, &list) !=
	    MAILIMF_NO_ERROR)
		return 0;
	ok = text[idx + strspn(text + idx, " \t\r\n" TRAILING)] == '\0';
	for (it = clist_begin(list->ad_list); ok && it != NULL;
	    it = clist_next(it)) {
		a = clist_content(it);
		if (a->ad_type == MAILIMF_ADDRESS_MAILBOX) {
			ok = rfc_add(text, a->ad_data.ad_mailbox, v, n);
			continue;
		}
		if (a->ad_data.ad_group->grp_mb_list == NULL)
			continue;
		for (mb = clist_begin(a->ad_data.ad_group->grp_mb_list->
		    mb_list); ok && mb != NULL; mb = clist_next(mb))
			ok = rfc_add(text, clist_content(mb), v, n);
	}
	mailimf_address_list_free(list);

	while (!ok && *n > before)
		person_free(&(*v)[--*n]);
	return ok && *n > before;
}

static int
rfc_add(const char *text, struct mailimf_mailbox *mb, struct person **v,
    size_t *n)
{
	if (mb->mb_addr_spec == NULL || !intake_addr_valid(mb->mb_addr_spec) ||
	    strstr(text, mb->mb_addr_spec) == NULL)
		return 0;
	add(v, n, mb->mb_display_name, mb->mb_addr_spec);
	return 1;
}

/*
 * Pieces split at commas and semicolons outside quotes and brackets;
 * a piece with no @ is part of the next one's name ("Lopez, Maria
 * <m@x.org>").
 */
static void
parse_typed(const char *text, struct person **v, size_t *n)
{
	char	*t = xstrdup(text), *start = t, *p;
	int	 quoted = 0, angle = 0;

	for (p = t; *p != '\0'; p++) {
		if (*p == '"')
			quoted = !quoted;
		else if (!quoted && (*p == '<' || *p == '>'))
			angle = *p == '<';
		if (quoted || angle || (*p != ',' && *p != ';') ||
		    memchr(start, '@', (size_t)(p - start)) == NULL)
			continue;
		*p = '\0';
		typed_piece(start, v, n);
		start = p + 1;
	}
	typed_piece(start, v, n);
	free(t);
}

/*
 * "Dr. Lopez <a@x.org> and Mr. Kim <b@y.org>": every bracketed address
 * ends a person, the text since the one before is the name.
 */
static void
typed_piece(char *s, struct person **v, size_t *n)
{
	char	*lt, *gt;

	trim_set(s, " \t\r\n" TRAILING);
	if ((lt = strchr(s, '<')) == NULL || strchr(lt, '>') == NULL) {
		typed_words(s, v, n);
		return;
	}
	while ((lt = strchr(s, '<')) != NULL &&
	    (gt = strchr(lt, '>')) != NULL) {
		*lt = *gt = '\0';
		trim_set(lt + 1, " \t");
		if (intake_addr_valid(lt + 1)) {
			s = no_joiner(s);
			unquote(s);
			add(v, n, *s != '\0' ? s : NULL, lt + 1);
		}
		s = gt + 1;
	}
}

/*
 * Each word that is an address ends a person; the words before it,
 * back to the previous address, are the name.
 */
static void
typed_words(char *s, struct person **v, size_t *n)
{
	char	*name = s, *w, *e, *addr;

	for (w = s; *w != '\0'; w = e) {
		w += strspn(w, " \t\r\n");
		e = w + strcspn(w, " \t\r\n");
		if (memchr(w, '@', (size_t)(e - w)) == NULL)
			continue;
		addr = xstrndup(w, (size_t)(e - w));
		trim_set(addr, "<>()[]\"'" TRAILING);
		if (intake_addr_valid(addr)) {
			/* w[-1] is the blank before the address. */
			if (w > name) {
				w[-1] = '\0';
				name = no_joiner(name);
				unquote(name);
				add(v, n, *name != '\0' ? name : NULL, addr);
			} else
				add(v, n, NULL, addr);
			name = *e != '\0' ? e + 1 : e;
		}
		free(addr);
	}
}

/*
 * "and" or "&" between two people ("a@x.org and b@y.org") is not the
 * second one's name.
 */
static char *
no_joiner(char *s)
{
	static const char *const words[] = { "and", "&", "or", "plus", NULL };
	size_t	 i, k;

	s += strspn(s, " \t");
	for (i = 0; words[i] != NULL; i++) {
		k = strlen(words[i]);
		if (strncasecmp(s, words[i], k) == 0 &&
		    (s[k] == '\0' || s[k] == ' ' || s[k] == '\t'))
			return s + k + strspn(s + k, " \t");
	}
	return s;
}

/* Appends a person; name is raw (encoded words, quotes) or NULL. */
static void
add(struct person **v, size_t *n, const char *name, const char *addr)
{
	struct person	*p;

	*v = xreallocarray(*v, *n + 1, sizeof **v);
	p = &(*v)[(*n)++];
	p->name = name != NULL ? intake_header_text(name) : NULL;
	p->addr = xstrdup(addr);
}

/* Surrounding double quotes and backslash escapes taken off, in place. */
static void
unquote(char *s)
{
	char	*r, *w;

	trim_set(s, " \t");
	if (s[0] != '"' || strlen(s) < 2 || s[strlen(s) - 1] != '"')
		return;
	s[strlen(s) - 1] = '\0';
	for (r = s + 1, w = s; *r != '\0'; r++) {
		if (*r == '\\' && r[1] != '\0')
			r++;
		*w++ = *r;
	}
	*w = '\0';
}

/* Characters of set taken off both ends of s, in place. */
static void
trim_set(char *s, const char *set)
{
	size_t	 lead = strspn(s, set), len;

	memmove(s, s + lead, strlen(s + lead) + 1);
	len = strlen(s);
	while (len > 0 && strchr(set, s[len - 1]) != NULL)
		s[--len] = '\0';
}
