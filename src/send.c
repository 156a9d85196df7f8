/*
 * send.c: hand a message to sendmail(8) and wait for its answer.
 *
 * The argument list is fixed (never -t: the recipients come from us,
 * not from headers a stranger wrote) and no shell sees it.  sendmail
 * runs in a process group of its own, with a clean environment and its
 * output thrown away (it may name addresses, and our standard output
 * goes into bounces).  If it outlives the time we have, the whole group
 * is killed and the message is a retry for the mail server.
 */
#include <sys/ioctl.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "send.h"
#include "util.h"

/*
 * The sendmail running, for send_kill() from a signal handler; 0 when
 * none.  Set and cleared with the signals that run send_kill() blocked,
 * so a handler never misses a sendmail nor kills a reaped pid.
 */
static volatile sig_atomic_t	 running;

static pid_t	 start(const char *, char **, int[2]);
static void	 block(int, sigset_t *);
static void	 child(const char *, char **, int) __attribute__((noreturn));
static long	 ms_left(const struct timespec *);
static char	**make_argv(const char *, const char *, const char *const *,
		    size_t);
static int	 verdict(int, int, int, int, char *, size_t);
static int	 unread(int);
static int	 feed(int, const char *, size_t, const struct timespec *,
		    pid_t);
static int	 exited(pid_t);
static int	 reap(pid_t, const struct timespec *, int *);
static pid_t	 reaped(pid_t, int *, int);

int
send_submit(const char *sendmail, const char *sender,
    const char *const *rcpt, size_t nrcpt, const char *msg, size_t len,
    int timeout, char *err, size_t errlen)
{
	struct timespec	 end;
	char		**argv;
	pid_t		 pid;
	int		 fd[2], status, rc, whole;

	if (access(sendmail, X_OK) == -1) {
		snprintf(err, errlen, "%s: %s", sendmail, strerror(errno));
		return -1;
	}
	argv = make_argv(sendmail, sender, rcpt, nrcpt);
	clock_gettime(CLOCK_MONOTONIC, &end);
	end.tv_sec += timeout;
	pid = start(sendmail, argv, fd);
	free(argv);
	if (pid == -1) {
		snprintf(err, errlen, "starting sendmail: %s",
		    strerror(errno));
		return -1;
	}

	/*
	 * A sendmail that stops reading still gets its exit status read;
	 * then what it left in the pipe says whether it read it all.
	 */
	whole = feed(fd[1], msg, len, &end, pid) == 0;
	close(fd[1]);
	rc = reap(pid, &end, &status);
	whole = whole && unread(fd[0]) == 0;
	close(fd[0]);
	return verdict(rc, status, whole, timeout, err, errlen);
}

/* "sendmail -i -f sender -- rcpt...", NULL-terminated; free it. */
static char **
make_argv(const char *sendmail, const char *sender,
    const char *const *rcpt, size_t nrcpt)
{
	char	**argv;
	size_t	 i;

	argv = xcalloc(nrcpt + 6, sizeof(*argv));
	argv[0] = (char *)sendmail;
	argv[1] = (char *)"-i";
	argv[2] = (char *)"-f";
	argv[3] = (char *)(*sender == '\0' ? "<>" : sender);
	argv[4] = (char *)"--";
	for (i = 0; i < nrcpt; i++)
		argv[5 + i] = (char *)rcpt[i];
	return argv;
}

/*
 * 0 only when sendmail exited 0 having read the whole message: one
 * that exits 0 without reading it (a wrong path, /bin/true) has not
 * taken the recap, and the mail server must try again.
 */
static int
verdict(int rc, int status, int whole, int timeout, char *err,
    size_t errlen)
{
	if (rc == -1)
		snprintf(err, errlen, "sendmail did not finish within %d s; "
		    "killed", timeout);
	else if (WIFSIGNALED(status))
		snprintf(err, errlen, "sendmail killed by signal %d",
		    WTERMSIG(status));
	else if (WEXITSTATUS(status) != 0)
		snprintf(err, errlen, "sendmail exited %d",
		    WEXITSTATUS(status));
	else if (!whole)
		snprintf(err, errlen, "sendmail exited 0 without reading the "
		    "whole message");
	else
		return 0;
	return -1;
}

/* Bytes still in the pipe whose read end is fd; -1 when unknown. */
static int
unread(int fd)
{
	int	 n;

	return ioctl(fd, FIONREAD, &n) == -1 ? -1 : n;
}

void
send_kill(void)
{
	pid_t	 pid = (pid_t)running;

	if (pid > 0) {
		kill(-pid, SIGKILL);
		kill(pid, SIGKILL);
	}
}

/*
 * Fork sendmail on a new pipe: fd[1] to write the message to, fd[0]
 * kept to see what it left unread.  Its pid, or -1 with errno.  The
 * parent sets the child's group too, so a kill of the group right
 * after the fork cannot miss it.
 */
static pid_t
start(const char *sendmail, char **argv, int fd[2])
{
	sigset_t	 old;
	pid_t		 pid;
	int		 saved;

	if (pipe2(fd, O_CLOEXEC) == -1)
		return -1;
	block(1, &old);
	if ((pid = fork()) == 0)
		child(sendmail, argv, fd[0]);
	if (pid > 0) {
		setpgid(pid, pid);
		running = pid;
	}
	saved = errno;
	block(0, &old);
	if (pid == -1) {
		close(fd[0]);
		close(fd[1]);
	}
	errno = saved;
	return pid;
}

/* Hold off (on set) or let through again the signals that end us. */
static void
block(int on, sigset_t *old)
{
	sigset_t	 set;

	if (!on) {
		sigprocmask(SIG_SETMASK, old, NULL);
		return;
	}
	sigemptyset(&set);
	sigaddset(&set, SIGALRM);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGHUP);
	sigaddset(&set, SIGINT);
	sigprocmask(SIG_BLOCK, &set, old);
}

static void
child(const char *path, char **argv, int in)
{
	static char	*const envp[] = {
		(char *)"PATH=/usr/sbin:/usr/bin:/sbin:/bin", NULL
	};
	sigset_t	 none;
	int		 null;

	/* Its own group, so a timeout can kill whatever it started. */
	setpgid(0, 0);
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	signal(SIGPIPE, SIG_DFL);
	signal(SIGALRM, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	signal(SIGHUP, SIG_DFL);
	signal(SIGINT, SIG_DFL);

	null = open("/dev/null", O_WRONLY);
	if (dup2(in, STDIN_FILENO) == -1 || null == -1 ||
	    dup2(null, STDOUT_FILENO) == -1 || dup2(null, STDERR_FILENO) == -1)
		_exit(EXIT_TEMPFAIL);
	execve(path, argv, envp);
	_exit(EXIT_TEMPFAIL);
}

static long
ms_left(const struct timespec *end)
{
	struct timespec	 now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (end->tv_sec - now.tv_sec) * 1000 +
	    (end->tv_nsec - now.tv_nsec) / 1000000;
}

/*
 * Write the message, giving up (-1) at the deadline or when sendmail
 * quits.  We hold the pipe's read end too, so a sendmail gone leaves
 * no EPIPE to see: its exit is looked for between writes instead.
 */
static int
feed(int fd, const char *p, size_t len, const struct timespec *end,
    pid_t pid)
{
	struct pollfd	 pfd;
	ssize_t		 n;
	long		 left;

	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
	pfd.fd = fd;
	pfd.events = POLLOUT;
	while (len > 0) {
		if ((left = ms_left(end)) <= 0 || exited(pid))
			return -1;
		if (poll(&pfd, 1, left < 50 ? (int)left : 50) <= 0)
			continue;
		n = write(fd, p, len);
		if (n == -1 && (errno == EAGAIN || errno == EINTR))
			continue;
		if (n == -1)
			return -1;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/* sendmail has exited, though it is not reaped yet. */
static int
exited(pid_t pid)
{
	siginfo_t	 si;

	memset(&si, 0, sizeof(si));
	return waitid(P_PID, (id_t)pid, &si, WEXITED | WNOHANG | WNOWAIT) ==
	    0 && si.si_pid == pid;
}

/*
 * Wait for sendmail until the deadline, then kill its group.  Polling
 * every 20 ms keeps this free of signal handlers.
 */
static int
reap(pid_t pid, const struct timespec *end, int *status)
{
	pid_t	 r;

	for (;;) {
		r = reaped(pid, status, WNOHANG);
		if (r == pid)
			return 0;
		if (r == -1 && errno != EINTR) {
			*status = EXIT_TEMPFAIL << 8;
			return 0;
		}
		if (ms_left(end) <= 0)
			break;
		poll(NULL, 0, 20);
	}
	kill(-pid, SIGKILL);
	kill(pid, SIGKILL);
	while (reaped(pid, status, 0) == -1 && errno == EINTR)
		;
	return -1;
}

/* waitpid, forgetting the pid for send_kill() as it is reaped. */
static pid_t
reaped(pid_t pid, int *status, int flags)
{
	sigset_t	 old;
	pid_t		 r;
	int		 saved;

	block(1, &old);
	r = waitpid(pid, status, flags);
	saved = errno;
	if (r == pid || (r == -1 && errno != EINTR))
		running = 0;
	block(0, &old);
	errno = saved;
	return r;
}
