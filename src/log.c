/*
 * log.c: one line per message handled, to syslog or standard error.
 *
 * The line is key=value pairs a log parser can split on spaces:
 * msgid, coach, result, reason.  The values are identifiers and our own
 * words, never the notes' content.
 *
 * The watchdog, a signal and running out of memory end the process
 * from wherever it is, through tempfail(), and may do so inside a
 * signal handler, where neither stdio nor syslog(3) is safe: both take
 * locks and may allocate, and the main path may hold those very locks.
 * A flag for the main path to act on would not do either, since the
 * watchdog fires exactly when the main path is stuck.  So the line for
 * those paths is formatted ahead, each time what it names changes, and
 * written with one write(2) to standard error or one send(2) on a
 * datagram socket to /dev/log opened by log_init, both
 * async-signal-safe.  Signals are blocked while the line is rebuilt,
 * so a handler never sees half of it.
 */
#include <sys/socket.h>
#include <sys/un.h>

#include <paths.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include "log.h"
#include "util.h"

static int	 use_syslog;
static int	 devlog = -1;		/* for the prepared line */
static char	 head[64];		/* "<22>mtss-recap[pid]: " */
static char	 ready[1024];		/* "msgid=... reason=\"" */
static volatile sig_atomic_t armed;	/* ready holds the line */

static void	 quoted(char *, size_t, const char *);
static void	 open_devlog(void);
static void	 log_fatal(const char *);

void
log_init(int to_stderr)
{
	use_syslog = to_stderr == -1 ? !isatty(STDERR_FILENO) : !to_stderr;
	if (use_syslog) {
		openlog("mtss-recap", LOG_PID, LOG_MAIL);
		open_devlog();
		snprintf(head, sizeof(head), "<%d>mtss-recap[%ld]: ",
		    LOG_MAIL | LOG_INFO, (long)getpid());
	} else
		snprintf(head, sizeof(head), "mtss-recap: ");
	log_context(NULL, NULL);
	tempfail_hook(log_fatal);
}

void
log_context(const char *msgid, const char *coach)
{
	char		 id[256], from[256];
	sigset_t	 all, old;

	quoted(id, sizeof(id), msgid);
	quoted(from, sizeof(from), coach);
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, &old);
	snprintf(ready, sizeof(ready), "msgid=%s coach=%s result=tempfail "
	    "reason=\"", id, from);
	armed = 1;
	sigprocmask(SIG_SETMASK, &old, NULL);
}

void
log_result(const char *msgid, const char *coach, const char *result,
    const char *reason)
{
	char	 id[256], from[256], why[512];

	/* This is the line: a later tempfail() must not add another. */
	armed = 0;
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

/*
 * The socket syslog(3) itself would use.  Without it the prepared line
 * cannot reach syslog, and tempfail()'s reason on standard error is
 * all the mail server gets.
 */
static void
open_devlog(void)
{
	struct sockaddr_un	 sun;

	memset(&sun, 0, sizeof(sun));
	sun.sun_family = AF_UNIX;
	snprintf(sun.sun_path, sizeof(sun.sun_path), "%s", _PATH_LOG);
	devlog = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (devlog != -1 &&
	    connect(devlog, (struct sockaddr *)&sun, sizeof(sun)) == -1) {
		close(devlog);
		devlog = -1;
	}
}

/*
 * The prepared line with why, from tempfail(): only memcpy, strlen,
 * write(2) and send(2), all async-signal-safe (POSIX.1-2017 2.4.3).
 * why is one of our own constant reasons, with nothing to quote.
 */
static void
log_fatal(const char *why)
{
	char	 line[sizeof(head) + sizeof(ready) + 160];
	size_t	 n, w;

	if (!armed)
		return;
	armed = 0;
	n = strlen(head);
	memcpy(line, head, n);
	w = strlen(ready);
	memcpy(line + n, ready, w);
	n += w;
	for (; *why != '\0' && n + 3 < sizeof(line); why++)
		line[n++] = *why;
	line[n++] = '"';
	if (!use_syslog) {
		line[n++] = '\n';
		(void)!write(STDERR_FILENO, line, n);
	} else if (devlog != -1)
		(void)!send(devlog, line, n, MSG_NOSIGNAL);
}
