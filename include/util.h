/*
 * util.h: memory and string helpers shared by every step.
 *
 * Allocation failure is not an error a step can recover from, and the
 * mail system must retry the message: the x* functions end the process
 * with EX_TEMPFAIL (75) when memory runs out.  Nothing has been written
 * to standard output at that point, because output is only written once
 * the whole recap is built, so the contract "no partial output" holds.
 */
#ifndef MTSS_UTIL_H
#define MTSS_UTIL_H

#include <stddef.h>

/* Exit codes of the contract with the mail system (sysexits.h values). */
#define EXIT_OK		0
#define EXIT_USAGE	64	/* bad command line */
#define EXIT_DATAERR	65	/* notes that cannot become a recap */
#define EXIT_TEMPFAIL	75	/* anything a retry may fix */

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
void	*xreallocarray(void *, size_t, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);
char	*xasprintf(const char *, ...)
	    __attribute__((format(printf, 1, 2)));
/*
 * End the process with EX_TEMPFAIL, the reason on standard error.
 * Async-signal-safe, so the watchdog and signal handlers use it too.
 */
void	 tempfail(const char *) __attribute__((noreturn));
/*
 * Have tempfail call hook with its reason first (the log module writes
 * the message's one line there); NULL for none, as in the parser's
 * child, whose parent logs.  The hook must be async-signal-safe.
 */
void	 tempfail_hook(void (*hook)(const char *));

/* Write all n bytes to fd, through EINTR; 0, or -1 with errno. */
int	 write_full(int fd, const void *, size_t n);
/* Copy of s with leading and trailing white space removed. */
char	*strtrim(const char *s);
/* Pointer past leading blanks (space, tab). */
const char *skipws(const char *);
/* ASCII case-insensitive prefix test; returns the rest or NULL. */
const char *strcaseprefix(const char *s, const char *prefix);
/* Replace ASCII control characters and CR/LF with spaces, in place. */
void	 strsanitize(char *);
/* Non-zero if the n bytes at s are valid UTF-8. */
int	 utf8_valid(const char *s, size_t n);
/* 64-bit FNV-1a hash, for stable identifiers (UIDs, boundaries). */
unsigned long long hash64(const void *, size_t, unsigned long long seed);

#endif
