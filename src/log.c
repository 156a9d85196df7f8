/*
 * log.c: one line per message handled, to syslog or standard error.
 *
 * The line is key=value pairs a log parser can split on spaces:
 * msgid, coach, result, reason.  The values are identifiers and our own
 * words, never the notes' content.
 */
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include "log.h"

static int	 use_syslog;

static void	 quoted(char *, size_t, const char *);

void
log_init(int to_stderr)
{
	use_syslog = to_stderr == -1 ? !isatty(STDERR_FILENO) : !to_stderr;
	if (use_syslog)
		openlog("mtss-recap", LOG_PID, LOG_MAIL);
}

void
log_result(const char *msgid, const char *coach, const char *result,
    const char *reason)
{
	char	 id[256], from[256], why[512];

	quoted(id, sizeof(id), msgid);
	quoted(from, sizeof(from), coach);
	quoted(why, sizeof(why), reason);
	if (use_syslog)
		syslog(LOG_INFO, "msgid=%s coach=%s result=%s reason=%s", id,
		    from, result, why);
	else
		fprintf(stderr, "mtss-recap: msgid=%s coach=%s result=%s "
		    "reason=%s\n", id, from, result, why);
}

/*
 * A value in double quotes, with quotes, backslashes and control
 * characters made harmless, so that one message is always one line a
 * log parser can split on spaces.
 */
static void
quoted(char *out, size_t len, const char *s)
{
	size_t	 o = 0;

	if (s == NULL || *s == '\0')
		s = "-";
	out[o++] = '"';
	for (; *s != '\0' && o + 3 < len; s++) {
		if (*s == '"' || *s == '\\')
			out[o++] = '\\';
		out[o++] = ((unsigned char)*s < 0x20) ? ' ' : *s;
	}
	out[o++] = '"';
	out[o] = '\0';
}
