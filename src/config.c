/*
 * config.c: the service's settings, read with inih.
 *
 * The file is optional and every setting has a default, so a coach can
 * run the filter on a mailbox of their own with no file at all.  A key
 * the program does not know is an error, not a silent no-op: a typo in
 * "timezone" would otherwise send every invitation an hour off.  The
 * [service] keys are read here; the directory's sections ([coach],
 * [school], [wording]) in directory.c.
 */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <ini.h>

#include "config.h"
#include "config_int.h"
#include "util.h"

#define ZONEINFO	"/usr/share/zoneinfo/"

static char	*read_line(char *, int, void *);
static void	 on_line(struct loader *, const char *);
static int	 on_entry(void *, const char *, const char *, const char *);
struct key;
static int	 set_service(struct loader *, const char *, const char *);
static int	 set_string(struct loader *, const struct key *, const char *);
static int	 set_int(struct loader *, const struct key *, const char *);
static int	 set_size(struct loader *, const struct key *, const char *);
static int	 set_untimed(struct loader *, const char *);
static int	 set_order(struct loader *, const char *);
static char	*zone_from_path(const char *);
static char	*zone_plain(const char *);

void
config_init(struct config *cfg)
{
	memset(cfg, 0, sizeof(*cfg));
	cfg->tzid = config_system_tzid();
	cfg->length = 60;
	cfg->reminder = 15;
	cfg->sendmail = xstrdup("/usr/sbin/sendmail");
	cfg->rate_limit = 20;
	cfg->max_size = 25 * 1024 * 1024;
	cfg->attach_max = 10 * 1024 * 1024;
}

void
config_free(struct config *cfg)
{
	free(cfg->address);
	free(cfg->domain);
	free(cfg->tzid);
	free(cfg->sendmail);
	free(cfg->authserv_id);
	free(cfg->state_dir);
	dir_free(cfg);
	memset(cfg, 0, sizeof(*cfg));
}

int
config_load(struct config *cfg, const char *path, char *err, size_t errlen)
{
	struct loader	 l;
	int		 line;

	memset(&l, 0, sizeof(l));
	l.cfg = cfg;
	if ((l.f = fopen(path, "r")) == NULL) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	line = ini_parse_stream(read_line, &l, on_entry, &l);
	if (line == 0 && ferror(l.f))
		loader_fail(&l, "%s", strerror(errno));
	fclose(l.f);
	cfg->loaded = 1;

	/* inih stops at nothing: the first error, its or ours, is said. */
	if (l.err_line > 0 && (line <= 0 || l.err_line <= line)) {
		snprintf(err, errlen, "%s:%d: %s", path, l.err_line, l.why);
		return -1;
	}
	if (line < 0) {
		snprintf(err, errlen, "%s: ini_parse_stream: out of memory",
		    path);
		return -1;
	}
	if (line > 0) {
		snprintf(err, errlen, "%s:%d: malformed line; want 'key = "
		    "value', a [section] or a # comment", path, line);
		return -1;
	}
	return 0;
}

int
loader_fail(struct loader *l, const char *fmt, ...)
{
	va_list	 ap;

	if (l->err_line > 0)
		return 0;
	l->err_line = l->line > 0 ? l->line : 1;
	va_start(ap, fmt);
	vsnprintf(l->why, sizeof(l->why), fmt, ap);
	va_end(ap);
	return 0;
}

/*
 * inih reads through here, a line a call, so the line it is at and the
 * sections it opens are known even for a section with no keys.
 */
static char *
read_line(char *str, int num, void *stream)
{
	struct loader	*l = stream;
	size_t		 n;

	if (fgets(str, num, l->f) == NULL)
		return NULL;
	l->line++;
	n = strlen(str);
	if (n == (size_t)num - 1 && str[n - 1] != '\n' && !feof(l->f))
		loader_fail(l, "line longer than %d characters", num - 2);
	on_line(l, str);
	return str;
}

static void
on_line(struct loader *l, const char *s)
{
	const char	*e;
	char		*name;

	if (l->line == 1 && strncmp(s, "\xef\xbb\xbf", 3) == 0)
		s += 3;
	if (*s != '[') {
		/* inih would read it as the previous value's next line. */
		if (*skipws(s) == '[')
			loader_fail(l, "a [section] line must start in the "
			    "first column");
		return;
	}
	if ((e = strchr(s, ']')) == NULL)
		return;		/* inih's malformed line */
	name = xstrndup(s + 1, e - s - 1);
	dir_section(l, name);
	free(name);
}

/* inih calls this for each key; 0 stops the parse at this line. */
static int
on_entry(void *arg, const char *section, const char *key, const char *val)
{
	struct loader	*l = arg;

	if (l->sect == S_SERVICE)
		return set_service(l, key, val);
	return dir_entry(l, key, val);
}

/*
 * The [service] keys: each names its field and the kind of value it
 * takes, so one checker per kind serves them all.
 */
enum kind {
	V_ADDRESS, V_DOMAIN, V_ZONE, V_PATH, V_TOKEN, V_INT, V_SIZE, V_ORDER,
	V_TIME
};

struct key {
	const char	*name;
	enum kind	 kind;
	size_t		 off;
	long		 min, max;
};

#define F(f)	offsetof(struct config, f)
static const struct key service_keys[] = {
	{ "address",		V_ADDRESS,	F(address),	0, 0 },
	{ "domain",		V_DOMAIN,	F(domain),	0, 0 },
	{ "timezone",		V_ZONE,		F(tzid),	0, 0 },
	{ "length",		V_INT,		F(length),	5, 24 * 60 },
	{ "reminder",		V_INT,		F(reminder),	0, 7 * 1440 },
	{ "date-order",		V_ORDER,	F(day_first),	0, 0 },
	{ "default-time",	V_TIME,		F(untimed_at),	0, 0 },
	{ "sendmail",		V_PATH,		F(sendmail),	0, 0 },
	{ "authserv-id",	V_TOKEN,	F(authserv_id),	0, 0 },
	{ "state-dir",		V_PATH,		F(state_dir),	0, 0 },
	{ "rate-limit",		V_INT,		F(rate_limit),	0, 10000 },
	{ "max-size",		V_SIZE,		F(max_size),	1024,
	  1024L * 1024 * 1024 },
	{ "attachment-max",	V_SIZE,		F(attach_max),	0,
	  1024L * 1024 * 1024 },
};
#undef F

static int
set_service(struct loader *l, const char *name, const char *val)
{
	const struct key	*k;
	size_t			 i;

	for (i = 0; i < sizeof(service_keys) / sizeof(service_keys[0]); i++)
		if (strcasecmp(name, service_keys[i].name) == 0)
			break;
	if (i == sizeof(service_keys) / sizeof(service_keys[0])) {
		return loader_fail(l, "unknown key '%s' in [service]", name);
	}
	k = &service_keys[i];
	switch (k->kind) {
	case V_INT:
		return set_int(l, k, val);
	case V_SIZE:
		return set_size(l, k, val);
	case V_ORDER:
		return set_order(l, val);
	case V_TIME:
		return set_untimed(l, val);
	default:
		return set_string(l, k, val);
	}
}

/* A string value, checked for its kind before it replaces the old. */
static int
set_string(struct loader *l, const struct key *k, const char *val)
{
	static const char *const want[] = {
		[V_ADDRESS] = "a bare address such as recap@district.example",
		[V_DOMAIN] = "a domain such as district.example",
		[V_ZONE] = "an IANA zone such as America/New_York",
		[V_PATH] = "an absolute path",
		[V_TOKEN] = "one word, such as mail.district.example",
	};
	char	**field = (char **)((char *)l->cfg + k->off);
	int	  ok;

	switch (k->kind) {
	case V_ADDRESS:
		ok = strchr(val, '@') && !strpbrk(val, " <>\t\"");
		break;
	case V_DOMAIN:
		ok = *val && !strpbrk(val, " <>@\t\"");
		break;
	case V_ZONE:
		ok = config_zone_exists(val);
		break;
	case V_PATH:
		ok = *val == '/';
		break;
	default:
		ok = *val && !strpbrk(val, " \t;\"");
	}
	if (!ok)
		return loader_fail(l, "%s: want %s, got '%s'", k->name,
		    want[k->kind], val);
	free(*field);
	*field = k->kind == V_ZONE ? zone_plain(val) : xstrdup(val);
	return 1;
}

static int
set_int(struct loader *l, const struct key *k, const char *val)
{
	char	*end;
	long	 n;

	errno = 0;
	n = strtol(val, &end, 10);
	if (errno || end == val || *end != '\0' || n < k->min ||
	    n > k->max)
		return loader_fail(l, "%s: want a number from %ld to %ld, "
		    "got '%s'", k->name, k->min, k->max, val);
	*(int *)((char *)l->cfg + k->off) = (int)n;
	return 1;
}

/* Bytes, with an optional k, M or G (powers of 1024). */
static int
set_size(struct loader *l, const struct key *k, const char *val)
{
	char		*end;
	unsigned long	 n, unit = 1;

	errno = 0;
	n = strtoul(val, &end, 10);
	if (*end == 'k' || *end == 'K')
		unit = 1024, end++;
	else if (*end == 'M')
		unit = 1024 * 1024, end++;
	else if (*end == 'G')
		unit = 1024 * 1024 * 1024, end++;
	if (errno || end == val || *end != '\0' || *val == '-' ||
	    n > (unsigned long)k->max / unit ||
	    n * unit < (unsigned long)k->min)
		return loader_fail(l, "%s: want a size such as 25M (from %ld "
		    "bytes to 1G), got '%s'", k->name, k->min, val);
	*(size_t *)((char *)l->cfg + k->off) = n * unit;
	return 1;
}

static int
set_order(struct loader *l, const char *val)
{
	if (strcasecmp(val, "month-first") == 0)
		l->cfg->day_first = 0;
	else if (strcasecmp(val, "day-first") == 0)
		l->cfg->day_first = 1;
	else
		return loader_fail(l, "date-order: want month-first or "
		    "day-first, got '%s'", val);
	return 1;
}

/* "all-day", or the 24-hour "HH:MM" a touchpoint with no time starts. */
static int
set_untimed(struct loader *l, const char *val)
{
	int	 h, m, end = 0;

	if (strcasecmp(val, "all-day") == 0) {
		l->cfg->untimed = 0;
		return 1;
	}
	if (sscanf(val, "%2d:%2d%n", &h, &m, &end) != 2 ||
	    val[end] != '\0' || strlen(val) != 5 || h > 23 || m > 59 ||
	    h < 0 || m < 0)
		return loader_fail(l, "default-time: want all-day or a "
		    "24-hour time such as 15:30, got '%s'", val);
	l->cfg->untimed = 1;
	l->cfg->untimed_at = h * 60 + m;
	return 1;
}

/*
 * UTC needs no zone at all: times are then written with Z, which every
 * client reads, rather than as a TZID=UTC that some do not.
 */
static char *
zone_plain(const char *name)
{
	return config_zone_is_utc(name) ? NULL : xstrdup(name);
}

int
config_zone_is_utc(const char *name)
{
	return strcmp(name, "UTC") == 0 || strcmp(name, "Etc/UTC") == 0 ||
	    strcmp(name, "GMT") == 0 || strcmp(name, "Etc/GMT") == 0 ||
	    strcmp(name, "Zulu") == 0 || strcmp(name, "Etc/Zulu") == 0;
}

int
config_zone_exists(const char *name)
{
	char	 path[PATH_MAX];

	if (*name == '\0' || *name == '/' || strstr(name, ".."))
		return 0;
	snprintf(path, sizeof(path), ZONEINFO "%s", name);
	return access(path, R_OK) == 0;
}

static char *
zone_from_path(const char *path)
{
	const char	*p;

	if ((p = strstr(path, "zoneinfo/")) == NULL)
		return NULL;
	p += strlen("zoneinfo/");
	if (strncmp(p, "posix/", 6) == 0)
		p += 6;
	return config_zone_exists(p) ? zone_plain(p) : NULL;
}

char *
config_system_tzid(void)
{
	const char	*tz = getenv("TZ");
	char		 link[PATH_MAX], line[256];
	ssize_t		 n;
	FILE		*f;

	if (tz != NULL && *tz != '\0') {
		if (*tz == ':')
			tz++;
		if (*tz == '/')
			return zone_from_path(tz);
		return config_zone_exists(tz) ? zone_plain(tz) : NULL;
	}
	n = readlink("/etc/localtime", link, sizeof(link) - 1);
	if (n > 0) {
		link[n] = '\0';
		return zone_from_path(link);
	}
	if ((f = fopen("/etc/timezone", "r")) == NULL)
		return NULL;
	if (fgets(line, sizeof(line), f) == NULL)
		line[0] = '\0';
	fclose(f);
	line[strcspn(line, " \t\r\n")] = '\0';
	return config_zone_exists(line) ? zone_plain(line) : NULL;
}
