/*
 * diag.c: the list of things to tell the coach.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "buf.h"
#include "diag.h"
#include "util.h"

void
diag_add(struct diags *d, int line, enum severity sev, const char *fmt, ...)
{
	struct buf	 b;
	va_list		 ap;

	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 8;
		d->v = xreallocarray(d->v, d->cap, sizeof(*d->v));
	}
	buf_init(&b);
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	d->v[d->n].line = line;
	d->v[d->n].sev = sev;
	d->v[d->n].msg = buf_steal(&b);
	d->n++;
}

/*
 * In the order of the notes' lines, so the coach reads them top to
 * bottom; diagnostics of one line keep the order they were found in.
 */
void
diags_sort(struct diags *d)
{
	struct diag	 t;
	size_t		 i, j;

	/* Insertion sort: stable, and nearly sorted input costs n steps. */
	for (i = 1; i < d->n; i++) {
		t = d->v[i];
		for (j = i; j > 0 && d->v[j - 1].line > t.line; j--)
			d->v[j] = d->v[j - 1];
		d->v[j] = t;
	}
}

size_t
diag_errors(const struct diags *d)
{
	size_t	 i, n = 0;

	for (i = 0; i < d->n; i++)
		if (d->v[i].sev == SEV_ERROR)
			n++;
	return n;
}

const char *
diag_severity_name(enum severity sev)
{
	return sev == SEV_ERROR ? "error" : "warning";
}

void
diags_free(struct diags *d)
{
	size_t	 i;

	for (i = 0; i < d->n; i++)
		free(d->v[i].msg);
	free(d->v);
	d->v = NULL;
	d->n = d->cap = 0;
}
