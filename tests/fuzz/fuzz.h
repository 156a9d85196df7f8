/*
 * fuzz.h: what the fuzz targets share: the libFuzzer entry points (so
 * the replay driver and libFuzzer call the same code), the fixed clock
 * and settings, and the property checks that abort() on a failure so
 * libFuzzer records the input.
 */
#ifndef MTSS_FUZZ_H
#define MTSS_FUZZ_H

#include <stddef.h>
#include <stdint.h>

struct config;
struct notes;

/* Thursday, December 3, 2026, 15:00 in New York: the golden tests' now. */
#define FUZZ_NOW	1796328000

int	 LLVMFuzzerInitialize(int *, char ***);
int	 LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* TZ and the golden tests' settings, once per process. */
void	 fuzz_setup(struct config *);
/* Report the property that failed, with the input's context, and abort. */
void	 fuzz_fail(const char *fmt, ...)
	    __attribute__((format(printf, 1, 2), noreturn));
/*
 * Every property of a recap message written from notes n: see
 * props.c.  Aborts on the first failure.
 */
void	 props_check(const char *msg, size_t len, const struct notes *,
	    const struct config *);
/* The HTML holds only the tags and attributes recap.c writes. */
void	 props_html(const char *html, size_t len);
/* The invitation reads back with libical, with the notes' values. */
void	 props_ics(const char *ics, size_t len, const struct notes *,
	    const struct config *);

#endif
