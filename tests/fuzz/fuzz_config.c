/*
 * fuzz_config.c: config_load on any file, read through a memfd so a
 * run touches no disk.  A file it accepts leaves settings the program
 * can use; one it refuses gets a reason naming the file.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "config.h"
#include "fuzz.h"

static int	 fd = -1;
static char	 path[64];

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	setenv("TZ", "America/New_York", 1);
	if ((fd = memfd_create("mtss-fuzz.conf", 0)) == -1) {
		perror("memfd_create");
		abort();
	}
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct config	 cfg;
	char		 err[512];

	if (ftruncate(fd, 0) == -1 || pwrite(fd, data, size, 0) !=
	    (ssize_t)size)
		abort();
	config_init(&cfg);
	err[0] = '\0';
	if (config_load(&cfg, path, err, sizeof(err)) == -1) {
		if (strncmp(err, path, strlen(path)) != 0)
			fuzz_fail("refused with \"%s\", want the path", err);
	} else if (cfg.length <= 0 || cfg.reminder < 0 ||
	    cfg.max_size == 0)
		fuzz_fail("accepted length %d, reminder %d, max size %zu",
		    cfg.length, cfg.reminder, cfg.max_size);
	config_free(&cfg);
	return 0;
}
