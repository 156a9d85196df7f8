/*
 * intake_int.h: what the files of the intake step share among
 * themselves.  Nothing outside src/intake*.c includes it.
 */
#ifndef MTSS_INTAKE_INT_H
#define MTSS_INTAKE_INT_H

#include <stddef.h>

struct buf;
struct mailmime;

/* A raw header value, RFC 2047 decoded and cleaned; NULL if empty. */
char	*intake_header_text(const char *raw);
/* The notes as UTF-8 with LF line ends, or NULL with a reason in err. */
char	*intake_notes(struct mailmime *, char *err, size_t);
/* Appends s to b, each invalid UTF-8 byte replaced with U+FFFD. */
void	 intake_utf8_repair(struct buf *b, const char *s, size_t n);
/* Non-zero if s is a usable mail address: local@domain.tld. */
int	 intake_addr_valid(const char *s);

#endif
