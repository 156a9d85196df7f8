/*
 * report.h: what was understood of the notes, for the coach (--check)
 * and for programs (--json, written with json-c).
 */
#ifndef MTSS_REPORT_H
#define MTSS_REPORT_H

#include "buf.h"

struct notes;

void	 report_text(const struct notes *, struct buf *);
void	 report_json(const struct notes *, struct buf *);
/* "line 14: error: ..." for each diagnostic; only errors when set. */
void	 report_diags(const struct notes *, int errors_only, struct buf *);

#endif
