/*
 * fuzz_pipeline.c: the whole core, a message in and a recap out, under
 * the golden tests' settings and clock.  Either the pipeline refuses
 * with a reason and writes nothing, or the recap holds every property
 * of props.c.
 */
#include <stdint.h>
#include <stdlib.h>

#include "config.h"
#include "fuzz.h"
#include "pipeline.h"

static struct config	 cfg;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_setup(&cfg);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct pipeline	 p;
	int		 rc;

	pipeline_init(&p, (const char *)data, size, &cfg, FUZZ_NOW);
	p.in_process = 1;
	if ((rc = pipeline_read(&p)) == PIPE_OK)
		rc = pipeline_compose(&p);
	if (rc != PIPE_OK && (p.err[0] == '\0' || p.recap.len != 0))
		fuzz_fail("refused (%d) with reason \"%s\" and %zu bytes out",
		    rc, p.err, p.recap.len);
	if (rc == PIPE_OK)
		props_check(p.recap.p, p.recap.len, p.notes, &cfg);
	pipeline_free(&p);
	return 0;
}
