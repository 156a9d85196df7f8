/*
 * replay.c: a main() for a fuzz target built with the ordinary
 * compiler, so make check replays tests/fuzz/regress/ without clang
 * and libFuzzer.  Each file named on the command line is one input; a
 * property that fails aborts, which fails the check.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "buf.h"
#include "fuzz.h"

static int	 replay(const char *);

int
main(int argc, char **argv)
{
	int	 i, fail = 0;

	LLVMFuzzerInitialize(&argc, &argv);
	for (i = 1; i < argc; i++)
		fail |= replay(argv[i]);
	return fail;
}

static int
replay(const char *path)
{
	struct buf	 b;
	FILE		*f;
	char		 chunk[8192];
	size_t		 n;

	if ((f = fopen(path, "rb")) == NULL) {
		perror(path);
		return 1;
	}
	buf_init(&b);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(&b, chunk, n);
	fclose(f);
	LLVMFuzzerTestOneInput((const uint8_t *)(b.p ? b.p : ""), b.len);
	printf("ok - %s\n", path);
	buf_free(&b);
	return 0;
}
