/*
 * fuzz_intake.c: intake_read on any bytes.  What it hands on must be
 * what intake.h promises: a From address, UTF-8 values with no control
 * characters, a UTF-8 body with LF line ends.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "fuzz.h"
#include "intake.h"
#include "util.h"

static void	 check_text(const char *, const char *, int);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct config	 cfg;

	fuzz_setup(&cfg);
	config_free(&cfg);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mail_in	 m;
	char		 err[256];
	size_t		 i;

	memset(&m, 0, sizeof(m));
	err[0] = '\0';
	if (intake_read((const char *)data, size, &m, err, sizeof(err)) ==
	    -1) {
		if (err[0] == '\0')
			fuzz_fail("intake refused with no reason");
		mail_in_free(&m);
		return 0;
	}
	if (m.from.addr == NULL || m.body == NULL)
		fuzz_fail("intake accepted a message with no From or body");
	check_text("From address", m.from.addr, 0);
	check_text("From name", m.from.name, 0);
	check_text("Subject", m.subject, 0);
	check_text("Message-ID", m.message_id, 0);
	check_text("References", m.references, 0);
	for (i = 0; i < m.nto; i++) {
		check_text("To address", m.to[i].addr, 0);
		check_text("To name", m.to[i].name, 0);
	}
	check_text("body", m.body, 1);
	mail_in_free(&m);
	return 0;
}

/*
 * UTF-8; header values hold no control character, the body no CR (its
 * line ends are LF; intake.h promises nothing else of it).
 */
static void
check_text(const char *what, const char *s, int body)
{
	const unsigned char	*p;

	if (s == NULL)
		return;
	if (!utf8_valid(s, strlen(s)))
		fuzz_fail("%s is not UTF-8", what);
	for (p = (const unsigned char *)s; *p != '\0'; p++)
		if (body ? *p == '\r' : (*p < 0x20 || *p == 0x7f))
			fuzz_fail("%s holds control byte 0x%02x", what, *p);
}
