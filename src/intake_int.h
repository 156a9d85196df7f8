/*
 * intake_int.h: what the files of the intake step share among
 * themselves.  Nothing outside src/intake*.c includes it.
 */
#ifndef MTSS_INTAKE_INT_H
#define MTSS_INTAKE_INT_H

#include <stddef.h>

struct buf;
struct mail_in;
struct mailmime;

/* A raw header value, RFC 2047 decoded and cleaned; NULL if empty. */
char	*intake_header_text(const char *raw);
/*
 * The notes of the message (m->body, UTF-8, LF line ends, only what the
 * coach wrote) and its attachments (m->att).  fwd is set when the
 * subject says the message is forwarded.  Returns 0, or -1 with err.
 */
int	 intake_body(struct mailmime *, int fwd, struct mail_in *m,
	    char *err, size_t);
/* The part's bytes with the transfer encoding undone; mmap_string. */
int	 intake_part_decode(struct mailmime *, char **, size_t *);
/* Bytes in charset (NULL: none declared) appended to b as UTF-8. */
void	 intake_to_utf8(const char *charset, const char *, size_t,
	    struct buf *);
/* LF line ends; no byte-order mark, NUL or control but TAB and LF. */
void	 intake_text_normalise(struct buf *);
/* format=flowed (RFC 3676) text, LF line ends, unwrapped in place. */
void	 intake_unflow(struct buf *, int delsp);
/* HTML (UTF-8) as lines of text appended to b. */
void	 intake_html_text(const char *, size_t, struct buf *b);
/* The offset of the HTML's signature element, n when it has none. */
size_t	 intake_html_signature_at(const char *, size_t n);
/* The charset a <meta> of the HTML names, into cs; -1 when none. */
int	 intake_html_charset(const char *, size_t, char *cs, size_t);
/*
 * Only what the coach wrote: quoted replies, signature and phone
 * footers taken out, forwarded notes taken from inside the forward.
 */
char	*intake_clean(const char *text, int fwd);
/* Cut body where the sender's name starts an unmarked signature. */
void	 intake_cut_signature(char *body, const char *name);
/* The file name of an attachment part, decoded and made safe. */
char	*intake_part_filename(struct mailmime *);
/* The charset a text/ part declares, lowercase and safe, or NULL. */
char	*intake_part_charset(struct mailmime *, const char *type);
/* Appends s to b, each invalid UTF-8 byte replaced with U+FFFD. */
void	 intake_utf8_repair(struct buf *b, const char *s, size_t n);
/* Non-zero if s is a usable mail address: local@domain.tld. */
int	 intake_addr_valid(const char *s);

#endif
