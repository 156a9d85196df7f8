/*
 * ratelimit.c: at most so many messages an hour for each key.
 *
 * The state of a key is one line, "START COUNT": the start of the
 * current hour-long window and how many messages it has seen.  The
 * file is locked with flock(2) for the whole read-and-write, since the
 * mail server runs deliveries side by side.  A fixed window is enough
 * to stop a runaway loop, which is what the limit is for.
 */
#include <sys/file.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ratelimit.h"
#include "util.h"

#define WINDOW	3600

static char	*state_path(const char *, const char *);
static int	 locked(const char *, const char *, int, time_t, int);
static int	 update(int, int, time_t, int);

int
ratelimit_take(const char *dir, const char *key, int limit, time_t now)
{
	return locked(dir, key, limit, now, 1);
}

int
ratelimit_undo(const char *dir, const char *key, time_t now)
{
	return locked(dir, key, 0, now, -1) == -1 ? -1 : 0;
}

/* Open and lock the key's file, then count delta (1 or -1). */
static int
locked(const char *dir, const char *key, int limit, time_t now, int delta)
{
	char	*path;
	int	 fd, rc, saved;

	path = state_path(dir, key);
	fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
	free(path);
	if (fd == -1)
		return -1;
	if (flock(fd, LOCK_EX) == -1) {
		saved = errno;
		close(fd);
		errno = saved;
		return -1;
	}
	rc = update(fd, limit, now, delta);
	saved = errno;
	close(fd);
	errno = saved;
	return rc;
}

/*
 * One file per key, named after it with anything but letters, digits
 * and "@.+-_" made '_', so an address can never name another path.
 *
 * The key is folded to lower case, domain and local part alike, so a
 * loop cannot spread itself over JReyes@, jreyes@ and
 * jreyes@DISTRICT.example.  RFC 5321 lets a local part be case
 * sensitive, but the coaches' directory already matches addresses
 * without case, and no mail system a district runs gives two people
 * mailboxes that differ only in case; folding errs toward a tighter
 * limit, which is what the limit is for.
 */
static char *
state_path(const char *dir, const char *key)
{
	char	*name, *p;

	name = xstrdup(key);
	for (p = name; *p != '\0'; p++) {
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
		else if (!((*p >= 'a' && *p <= 'z') ||
		    (*p >= '0' && *p <= '9') || strchr("@.+-_", *p)))
			*p = '_';
	}
	if (*name == '.')
		*name = '_';
	p = xasprintf("%s/%s", dir, name);
	free(name);
	return p;
}

static int
update(int fd, int limit, time_t now, int delta)
{
	char		 line[64];
	long long	 start = 0, count = 0;
	ssize_t		 n;
	int		 len;

	if ((n = pread(fd, line, sizeof(line) - 1, 0)) == -1)
		return -1;
	line[n] = '\0';
	if (sscanf(line, "%lld %lld", &start, &count) != 2 ||
	    now < start || now - start >= WINDOW) {
		start = now;
		count = 0;
	}
	if (delta > 0 && count >= limit)
		return 0;
	if (delta < 0 && count == 0)
		return 1;

	len = snprintf(line, sizeof(line), "%lld %lld\n", start,
	    count + delta);
	if (ftruncate(fd, 0) == -1 || pwrite(fd, line, (size_t)len, 0) != len)
		return -1;
	return 1;
}
