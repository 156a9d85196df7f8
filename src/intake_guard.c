/*
 * intake_guard.c: the parse of untrusted mail, fenced off.
 *
 * libetpan 1.9.4 has crashed on a 163-byte message and has error paths
 * fixed only upstream; the scan in intake.c turns away what is known,
 * and this file contains what is not.  intake_read runs in a child
 * process with a cap on its address space, its CPU time and its wall
 * time; the child sends the struct mail_in back over a pipe and exits.
 * Whatever happens to the child, the parent holds the original message
 * untouched and answers with a clean error:
 *
 *   a crash (SIGSEGV, SIGBUS, SIGABRT...) or the CPU limit (SIGXCPU):
 *     the same message would do it again, so INTAKE_REFUSED;
 *   out of memory (the child's xmalloc exits 75), the wall-clock alarm,
 *     a SIGKILL from outside, no fork or pipe to be had: the machine
 *     may be short or busy, so INTAKE_TEMPFAIL and the mail system
 *     retries later.
 *
 * The parent reads the pipe to its end before it reaps the child, so a
 * child that writes more than a pipe holds cannot block for ever; the
 * child's alarm bounds how long that takes.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "buf.h"
#include "intake.h"
#include "intake_int.h"
#include "util.h"

#define CHILD_CPU	4		/* seconds */
#define CHILD_WALL	6		/* seconds, inside main's watchdog */
#define CHILD_MEM	(256UL << 20)	/* bytes, and CHILD_MEM_X times... */
#define CHILD_MEM_X	8		/* ...the message on top */
#define NIL		SIZE_MAX	/* a NULL string on the wire */

struct wire {
	const char	*p;
	size_t		 left;
	int		 bad;
};

static void	 child(int, const char *, size_t,
		    const struct intake_limits *) __attribute__((noreturn));
static void	 child_limits(size_t, const struct intake_limits *);
static int	 too_large(size_t, const struct intake_limits *, char *,
		    size_t);
static void	 parse_to_wire(const char *, size_t,
		    const struct intake_limits *, struct buf *);
static int	 reap(pid_t, int *);
static int	 verdict(int, const struct buf *, struct mail_in *, char *,
		    size_t);
static void	 put_size(struct buf *, size_t);
static void	 put_str(struct buf *, const char *, size_t);
static void	 put_mail(struct buf *, const struct mail_in *);
static size_t	 get_size(struct wire *);
static char	*get_str(struct wire *, size_t *);
static void	 get_mail(struct wire *, struct mail_in *);

int
intake_read_guarded(const char *msg, size_t len,
    const struct intake_limits *lim, struct mail_in *m, char *err,
    size_t errlen)
{
	struct buf	 in;
	pid_t		 pid;
	int		 fd[2], status, rc;

	memset(m, 0, sizeof *m);
	if (too_large(len, lim, err, errlen))
		return INTAKE_REFUSED;

	/*
	 * Fuzzers parse in this process, so that they see the parser's
	 * coverage, but through the same wire, so that it is fuzzed too.
	 */
	if (lim->in_process) {
		buf_init(&in);
		parse_to_wire(msg, len, lim, &in);
		rc = verdict(0, &in, m, err, errlen);
		buf_free(&in);
		return rc;
	}

	if (pipe2(fd, O_CLOEXEC) == -1) {
		snprintf(err, errlen, "pipe: %s", strerror(errno));
		return INTAKE_TEMPFAIL;
	}
	if ((pid = fork()) == -1) {
		snprintf(err, errlen, "fork: %s", strerror(errno));
		close(fd[0]);
		close(fd[1]);
		return INTAKE_TEMPFAIL;
	}
	if (pid == 0) {
		close(fd[0]);
		child(fd[1], msg, len, lim);
	}

	/* To the end of the pipe first: the child may write a lot. */
	close(fd[1]);
	buf_init(&in);
	rc = buf_read_fd(&in, fd[0]);
	close(fd[0]);
	if (reap(pid, &status) == -1) {
		snprintf(err, errlen, "waitpid: %s", strerror(errno));
		rc = INTAKE_TEMPFAIL;
	} else if (rc == -1) {
		snprintf(err, errlen, "reading from the MIME parser: %s",
		    strerror(errno));
		rc = INTAKE_TEMPFAIL;
	} else
		rc = verdict(status, &in, m, err, errlen);
	buf_free(&in);
	return rc;
}

/* Over max-size, counting what arrived, not only what was kept. */
static int
too_large(size_t len, const struct intake_limits *lim, char *err,
    size_t errlen)
{
	size_t	 size = lim->whole > len ? lim->whole : len;
	char	*a, *b;

	if (lim->max_size == 0 || size <= lim->max_size)
		return 0;
	a = intake_size_text(size);
	b = intake_size_text(lim->max_size);
	snprintf(err, errlen, "the message is %s, over the %s limit "
	    "(max-size)", a, b);
	free(a);
	free(b);
	return 1;
}

/* The parse, and its result as the wire carries it. */
static void
parse_to_wire(const char *msg, size_t len, const struct intake_limits *lim,
    struct buf *out)
{
	struct mail_in	 m;
	char		 err[512];

	err[0] = '\0';
	if (intake_read(msg, len, &m, err, sizeof err) == 0) {
		intake_attach_cap(&m, lim->attach_max);
		buf_putc(out, 'M');
		put_mail(out, &m);
		mail_in_free(&m);
	} else {
		buf_putc(out, 'E');
		put_str(out, err, strlen(err));
	}
}

/* Parse, send the result, and end without touching stdio. */
static void
child(int fd, const char *msg, size_t len, const struct intake_limits *lim)
{
	static const int sigs[] = { SIGALRM, SIGTERM, SIGINT, SIGHUP,
	    SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL, SIGXCPU };
	struct buf	 out;
	size_t		 i;

	/*
	 * Whatever the parent handles (the watchdog, a sanitizer's or a
	 * test framework's crash handler), in the child a crash must end
	 * it by its signal, so the parent can tell a crash from a failure.
	 */
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		signal(sigs[i], SIG_DFL);
	/* The parent logs the message's one line, whatever ends us. */
	tempfail_hook(NULL);
	child_limits(len, lim);
	alarm((unsigned)(lim->wall > 0 ? lim->wall : CHILD_WALL));

	buf_init(&out);
	parse_to_wire(msg, len, lim, &out);
	if (write_full(fd, out.p, out.len) == -1)
		_exit(EXIT_TEMPFAIL);
	buf_free(&out);
	_exit(0);
}

/*
 * The address space may grow by the budget beyond what the child
 * already maps (the message, the libraries, a sanitizer's shadow).
 * Without /proc to say how much that is, memory is not capped.
 */
static void
child_limits(size_t len, const struct intake_limits *lim)
{
	struct rlimit	 r;
	unsigned long	 pages;
	size_t		 budget;
	FILE		*f;
	int		 cpu = lim->cpu > 0 ? lim->cpu : CHILD_CPU;

	r.rlim_cur = (rlim_t)cpu;
	r.rlim_max = (rlim_t)cpu + 1;
	(void)setrlimit(RLIMIT_CPU, &r);

	budget = lim->mem > 0 ? lim->mem : CHILD_MEM + CHILD_MEM_X * len;
	if ((f = fopen("/proc/self/statm", "re")) == NULL)
		return;
	if (fscanf(f, "%lu", &pages) == 1) {
		r.rlim_cur = r.rlim_max = (rlim_t)pages *
		    (rlim_t)sysconf(_SC_PAGESIZE) + budget;
		(void)setrlimit(RLIMIT_AS, &r);
	}
	fclose(f);
}

static int
reap(pid_t pid, int *status)
{
	while (waitpid(pid, status, 0) == -1)
		if (errno != EINTR)
			return -1;
	return 0;
}

/* What the child's end says, as the contract of intake.h. */
static int
verdict(int status, const struct buf *in, struct mail_in *m, char *err,
    size_t errlen)
{
	struct wire	 w = { in->p, in->len, 0 };
	char		*why;
	int		 sig;

	if (WIFSIGNALED(status)) {
		sig = WTERMSIG(status);
		snprintf(err, errlen, "the MIME parser %s on this message "
		    "(signal %d)", sig == SIGXCPU ? "ran out of CPU time" :
		    sig == SIGALRM ? "took too long" : sig == SIGKILL ?
		    "was killed" : "crashed", sig);
		return sig == SIGALRM || sig == SIGKILL ? INTAKE_TEMPFAIL :
		    INTAKE_REFUSED;
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || w.left == 0) {
		snprintf(err, errlen, "the MIME parser failed (exit %d%s)",
		    WIFEXITED(status) ? WEXITSTATUS(status) : -1,
		    WIFEXITED(status) && WEXITSTATUS(status) == EXIT_TEMPFAIL
		    ? ", out of memory" : "");
		return INTAKE_TEMPFAIL;
	}

	w.p++, w.left--;
	if (in->p[0] == 'E') {
		why = get_str(&w, NULL);
		snprintf(err, errlen, "%s", why != NULL ? why : "unreadable");
		free(why);
		return INTAKE_REFUSED;
	}
	get_mail(&w, m);
	if (w.bad || w.left != 0 || m->body == NULL) {
		mail_in_free(m);
		snprintf(err, errlen, "the MIME parser's answer is garbled");
		return INTAKE_TEMPFAIL;
	}
	return 0;
}

static void
put_size(struct buf *b, size_t n)
{
	buf_add(b, (const char *)&n, sizeof n);
}

static void
put_str(struct buf *b, const char *s, size_t n)
{
	put_size(b, s != NULL ? n : NIL);
	if (s != NULL)
		buf_add(b, s, n);
}

#define PUT_S(b, s)	put_str(b, s, (s) != NULL ? strlen(s) : 0)

static void
put_mail(struct buf *b, const struct mail_in *m)
{
	size_t	 i;

	PUT_S(b, m->from.name);
	PUT_S(b, m->from.addr);
	put_size(b, m->nto);
	for (i = 0; i < m->nto; i++) {
		PUT_S(b, m->to[i].name);
		PUT_S(b, m->to[i].addr);
	}
	PUT_S(b, m->subject);
	PUT_S(b, m->message_id);
	PUT_S(b, m->references);
	put_size(b, (size_t)m->date);
	put_size(b, (size_t)m->has_date);
	PUT_S(b, m->body);
	put_size(b, m->natt);
	for (i = 0; i < m->natt; i++) {
		PUT_S(b, m->att[i].name);
		PUT_S(b, m->att[i].type);
		PUT_S(b, m->att[i].charset);
		put_str(b, m->att[i].data, m->att[i].len);
		put_size(b, m->att[i].len);
		put_size(b, (size_t)m->att[i].carried);
	}
}

static size_t
get_size(struct wire *w)
{
	size_t	 n = 0;

	if (w->left < sizeof n) {
		w->bad = 1;
		w->left = 0;
		return 0;
	}
	memcpy(&n, w->p, sizeof n);
	w->p += sizeof n;
	w->left -= sizeof n;
	return n;
}

/* A copy, NUL-terminated (binary data may hold NULs: see len). */
static char *
get_str(struct wire *w, size_t *len)
{
	size_t	 n = get_size(w);
	char	*s;

	if (n == NIL || w->bad)
		return NULL;
	if (n > w->left) {
		w->bad = 1;
		w->left = 0;
		return NULL;
	}
	s = xmalloc(n + 1);
	memcpy(s, w->p, n);
	s[n] = '\0';
	w->p += n;
	w->left -= n;
	if (len != NULL)
		*len = n;
	return s;
}

static void
get_mail(struct wire *w, struct mail_in *m)
{
	size_t	 i, n;

	m->from.name = get_str(w, NULL);
	m->from.addr = get_str(w, NULL);
	n = get_size(w);
	if (n > w->left / (2 * sizeof(size_t)))
		n = 0, w->bad = 1;
	m->to = n > 0 ? xcalloc(n, sizeof *m->to) : NULL;
	for (m->nto = n, i = 0; i < n; i++) {
		m->to[i].name = get_str(w, NULL);
		m->to[i].addr = get_str(w, NULL);
	}
	m->subject = get_str(w, NULL);
	m->message_id = get_str(w, NULL);
	m->references = get_str(w, NULL);
	m->date = (time_t)get_size(w);
	m->has_date = (int)get_size(w);
	m->body = get_str(w, NULL);
	n = get_size(w);
	if (n > w->left / (6 * sizeof(size_t)))
		n = 0, w->bad = 1;
	m->att = n > 0 ? xcalloc(n, sizeof *m->att) : NULL;
	for (m->natt = n, i = 0; i < n; i++) {
		m->att[i].name = get_str(w, NULL);
		m->att[i].type = get_str(w, NULL);
		m->att[i].charset = get_str(w, NULL);
		m->att[i].data = get_str(w, NULL);
		m->att[i].len = get_size(w);
		m->att[i].carried = (int)get_size(w);
		if (m->att[i].name == NULL || m->att[i].type == NULL ||
		    (m->att[i].carried && m->att[i].data == NULL))
			w->bad = 1;
	}
	for (i = 0; i < m->nto; i++)
		if (m->to[i].addr == NULL)
			w->bad = 1;
	if (m->from.addr == NULL)
		w->bad = 1;
}
