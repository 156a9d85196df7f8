/*
 * mtss-recap: expands an MTSS coach's short notes into the full recap
 * message, with an invitation for the next touchpoint.
 *
 * main only reads the command line (and the envelope a mail server
 * puts in the environment) and hands over to deliver_run, which owns
 * the contract with the mail system.
 */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "deliver.h"
#include "log.h"
#include "send.h"
#include "util.h"

#define VERSION		"0.1"
/*
 * Well inside the shortest time limit of the mail servers we sit
 * behind (Dovecot's filter gives ten seconds).
 */
#define WATCHDOG	8

/* options() found something to run. */
#define GO_ON		(-1)

static int	 options(int, char *[], struct run *, char *, size_t);
static int	 bad_option(int, char *[], char *, size_t);
static int	 bad_value(char *, size_t, const char *, const char *,
		    const char *);
static int	 send_requested(int, char *[]);
static int	 usage_error(const struct run *, int, char *[], const char *);
static void	 drain_stdin(void);
static void	 usage(FILE *);
static int	 parse_now(const char *, time_t *);
static void	 on_signal(int);
static int	 parse_log(const char *, enum logto *);
static void	 from_environment(struct run *);

static const struct option longopts[] = {
	{ "check",	no_argument,		NULL, 'k' },
	{ "config",	required_argument,	NULL, 'c' },
	{ "help",	no_argument,		NULL, 'h' },
	{ "json",	no_argument,		NULL, 'j' },
	{ "log",	required_argument,	NULL, 'l' },
	{ "now",	required_argument,	NULL, 'n' },
	{ "recipient",	required_argument,	NULL, 'r' },
	{ "send",	no_argument,		NULL, 's' },
	{ "sender",	required_argument,	NULL, 'f' },
	{ "version",	no_argument,		NULL, 'V' },
	{ NULL,		0,			NULL, 0 }
};

int
main(int argc, char *argv[])
{
	struct run	 run;
	char		 why[256];
	int		 rc;

	/* A signal or a runaway is a retry for the server, not a bounce. */
	signal(SIGPIPE, SIG_IGN);
	signal(SIGALRM, on_signal);
	signal(SIGTERM, on_signal);
	signal(SIGHUP, on_signal);
	signal(SIGINT, on_signal);
	alarm(WATCHDOG);

	memset(&run, 0, sizeof(run));
	run.mode = MODE_FILTER;
	run.now = time(NULL);
	rc = options(argc, argv, &run, why, sizeof(why));
	if (rc == EXIT_USAGE)
		return usage_error(&run, argc, argv, why);
	if (rc != GO_ON)
		return rc;
	from_environment(&run);
	return deliver_run(&run);
}

/*
 * A command line that is wrong is the administrator's to fix, and the
 * message is not to blame: under a mail server (--send anywhere on the
 * line, even after the mistake) it stays queued, 75 with the input read
 * and the reason logged, rather than bounce the coach's notes with 64.
 */
static int
usage_error(const struct run *run, int argc, char *argv[], const char *why)
{
	if (!send_requested(argc, argv)) {
		fprintf(stderr, "mtss-recap: %s\n", why);
		usage(stderr);
		return EXIT_USAGE;
	}
	drain_stdin();
	log_init(run->log == LOG_AUTO ? -1 : run->log == LOG_STDERR);
	log_result(NULL, NULL, "tempfail", why);
	return EXIT_TEMPFAIL;
}

/* "--send" before any "--" that ends the options. */
static int
send_requested(int argc, char *argv[])
{
	int	 i;

	for (i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
		if (strcmp(argv[i], "--send") == 0)
			return 1;
	return 0;
}

static void
drain_stdin(void)
{
	char	 b[65536];
	ssize_t	 n;

	while ((n = read(STDIN_FILENO, b, sizeof(b))) != 0)
		if (n == -1 && errno != EINTR)
			break;
}

/*
 * The command line into run; an exit code when there is nothing to
 * run: EXIT_USAGE with the reason in why, nothing printed.
 */
static int
options(int argc, char *argv[], struct run *run, char *why, size_t len)
{
	int	 ch;

	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":c:f:hV", longopts, NULL)) !=
	    -1) {
		switch (ch) {
		case 'c':
			run->config = optarg;
			break;
		case 'f':
			run->sender = optarg;
			break;
		case 'r':
			run->recipient = optarg;
			break;
		case 's':
		case 'k':
		case 'j':
			run->mode = ch == 's' ? MODE_SEND : ch == 'k' ?
			    MODE_CHECK : MODE_JSON;
			break;
		case 'l':
			if (parse_log(optarg, &run->log) == -1)
				return bad_value(why, len, "--log",
				    "syslog or stderr", optarg);
			break;
		case 'n':
			if (parse_now(optarg, &run->now) == -1)
				return bad_value(why, len, "--now", "a time "
				    "such as 2026-12-03T15:00:00-05:00",
				    optarg);
			break;
		case 'h':
			usage(stdout);
			return EXIT_OK;
		case 'V':
			printf("mtss-recap %s\n", VERSION);
			return EXIT_OK;
		default:
			return bad_option(ch, argv, why, len);
		}
	}
	if (optind != argc) {
		snprintf(why, len, "unexpected argument '%s'", argv[optind]);
		return EXIT_USAGE;
	}
	return GO_ON;
}

/* What getopt_long found wrong (ch ':' or '?'), into why. */
static int
bad_option(int ch, char *argv[], char *why, size_t len)
{
	if (ch == ':')
		snprintf(why, len, "%s needs a value", argv[optind - 1]);
	else if (optopt != 0)
		snprintf(why, len, "unknown option -%c", optopt);
	else
		snprintf(why, len, "unknown option %s", argv[optind - 1]);
	return EXIT_USAGE;
}

static int
bad_value(char *why, size_t len, const char *opt, const char *want,
    const char *got)
{
	snprintf(why, len, "%s: want %s, got '%s'", opt, want, got);
	return EXIT_USAGE;
}

/*
 * In a handler: send_kill and tempfail (which writes the prepared log
 * line, see log.c) are async-signal-safe.
 */
static void
on_signal(int sig)
{
	send_kill();
	tempfail(sig == SIGALRM ? "time limit reached" : "interrupted by a "
	    "signal");
}

static int
parse_log(const char *s, enum logto *out)
{
	if (strcmp(s, "syslog") == 0)
		*out = LOG_SYSLOG;
	else if (strcmp(s, "stderr") == 0)
		*out = LOG_STDERR;
	else
		return -1;
	return 0;
}

/*
 * Postfix's local(8) delivers to a command with the envelope in the
 * environment: SENDER (empty for the null sender), ORIGINAL_RECIPIENT
 * and RECIPIENT.  The command line wins, as pipe(8) passes them there.
 */
static void
from_environment(struct run *run)
{
	const char	*v;

	if (run->sender == NULL)
		run->sender = getenv("SENDER");
	if (run->recipient == NULL && (v = getenv("ORIGINAL_RECIPIENT")) &&
	    *v != '\0')
		run->recipient = v;
	if (run->recipient == NULL && (v = getenv("RECIPIENT")) &&
	    *v != '\0')
		run->recipient = v;
}

/* 2026-12-03T15:00:00-05:00, or with Z, or with +0530. */
static int
parse_now(const char *s, time_t *out)
{
	struct tm	 tm;
	char		*end;
	int		 sign, hh, mm;

	memset(&tm, 0, sizeof(tm));
	if ((end = strptime(s, "%Y-%m-%dT%H:%M:%S", &tm)) == NULL)
		return -1;
	if (strcmp(end, "Z") == 0) {
		*out = timegm(&tm);
		return 0;
	}
	if ((*end != '+' && *end != '-') ||
	    (sscanf(end + 1, "%2d:%2d", &hh, &mm) != 2 &&
	    sscanf(end + 1, "%2d%2d", &hh, &mm) != 2) || hh > 23 || mm > 59)
		return -1;
	if (strlen(end) != 6 && strlen(end) != 5)
		return -1;
	sign = *end == '-' ? -1 : 1;
	*out = timegm(&tm) - sign * (hh * 3600 + mm * 60);
	return 0;
}

static void
usage(FILE *f)
{
	fputs("usage: mtss-recap [-c file] [--check | --json] [--now time]"
	    " < notes.eml\n"
	    "       mtss-recap --send -c file [-f sender] [--recipient addr]"
	    " < notes.eml\n"
	    "       mtss-recap --help | --version\n"
	    "\n"
	    "Reads a coach's notes message on standard input and writes the\n"
	    "recap message, with its invitation, on standard output, or\n"
	    "submits it through sendmail (--send).\n"
	    "\n"
	    "  -c, --config FILE  read settings from FILE\n"
	    "      --check        print what was understood, and every "
	    "warning\n"
	    "      --json         the same, as JSON\n"
	    "      --send         submit the recap, or reply to the coach\n"
	    "  -f, --sender ADDR  the envelope sender (default: $SENDER)\n"
	    "      --recipient ADDR  the envelope recipient\n"
	    "      --log WHERE    syslog or stderr (default: syslog unless "
	    "a terminal)\n"
	    "      --now TIME     the clock, as 2026-12-03T15:00:00-05:00\n"
	    "  -h, --help         this text\n"
	    "  -V, --version      the version\n"
	    "\n"
	    "Exit status: 0 recap written or sent, 65 notes that cannot "
	    "become a\nrecap, 75 try again later (see mtss-recap(1)).\n", f);
}
