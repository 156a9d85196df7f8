/*
 * common.c: the fixed world every fuzz target runs in: the golden
 * tests' zone and settings, so an input found by one run means the same
 * on the next and in tests/fuzz/regress/.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/mman.h>
#include <unistd.h>

#include "config.h"
#include "fuzz.h"

/* tests/golden/mtss-recap.conf, kept here so a target needs no file. */
static const char settings[] =
	"[service]\n"
	"address = recap@district.example\n"
	"domain = district.example\n"
	"timezone = America/New_York\n"
	"length = 60\n"
	"reminder = 15\n";

void
fuzz_setup(struct config *cfg)
{
	char	 path[64], err[256];
	int	 fd;

	setenv("TZ", "America/New_York", 1);
	tzset();
	config_init(cfg);
	if ((fd = memfd_create("mtss-fuzz.conf", 0)) == -1 ||
	    write(fd, settings, strlen(settings)) !=
	    (ssize_t)strlen(settings)) {
		perror("fuzz_setup: memfd");
		abort();
	}
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	if (config_load(cfg, path, err, sizeof(err)) == -1) {
		fprintf(stderr, "fuzz_setup: %s\n", err);
		abort();
	}
	close(fd);
}
