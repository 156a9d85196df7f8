/*
 * config.c: the service's settings, read with inih.
 *
 * The file is optional and every setting has a default, so a coach can
 * run the filter on a mailbox of their own with no file at all.  A key
 * the program does not know is an error, not a silent no-op: a typo in
 * "timezone" would otherwise send every invitation an hour off.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <ini.h>

#include "config.h"
#include "util.h"

#define ZONEINFO	"/usr/share/zoneinfo/"

struct loader {
	struct config	*cfg;
	char		 why[256];
};

static int	 on_entry(void *, const char *, const char *, const char *);
static int	 set_service(struct loader *, const char *, const char *);
static int	 set_int(struct loader *, const char *, const char *, int *,
		    int, int);
static int	 zone_exists(const char *);
static char	*zone_from_path(const char *);
static char	*zone_plain(const char *);

void
config_init(struct config *cfg)
{
	memset(cfg, 0, sizeof(*cfg));
	cfg->tzid = config_system_tzid();
	cfg->length = 60;
	cfg->reminder = 15;
}

void
config_free(struct config *cfg)
{
	free(cfg->address);
	free(cfg->domain);
	free(cfg->tzid);
	memset(cfg, 0, sizeof(*cfg));
}

int
config_load(struct config *cfg, const char *path, char *err, size_t errlen)
{
	struct loader	 l;
	int		 line;

	l.cfg = cfg;
	l.why[0] = '\0';
	line = ini_parse(path, on_entry, &l);
	if (line < 0) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (line > 0) {
		snprintf(err, errlen, "%s:%d: %s", path, line,
		    l.why[0] ? l.why : "malformed line");
		return -1;
	}
	return 0;
}

/* inih calls this for each key; 0 stops the parse at this line. */
static int
on_entry(void *arg, const char *section, const char *key, const char *val)
{
	struct loader	*l = arg;

	if (strcasecmp(section, "service") == 0)
		return set_service(l, key, val);
	snprintf(l->why, sizeof(l->why), "unknown section [%s]", section);
	return 0;
}

static int
set_service(struct loader *l, const char *key, const char *val)
{
	struct config	*cfg = l->cfg;

	if (strcasecmp(key, "address") == 0) {
		if (strchr(val, '@') == NULL || strpbrk(val, " <>\t")) {
			snprintf(l->why, sizeof(l->why),
			    "address: want a bare address such as "
			    "recap@district.example");
			return 0;
		}
		free(cfg->address);
		cfg->address = xstrdup(val);
		return 1;
	}
	if (strcasecmp(key, "domain") == 0) {
		if (*val == '\0' || strpbrk(val, " <>@\t")) {
			snprintf(l->why, sizeof(l->why),
			    "domain: want a domain such as district.example");
			return 0;
		}
		free(cfg->domain);
		cfg->domain = xstrdup(val);
		return 1;
	}
	if (strcasecmp(key, "timezone") == 0) {
		if (!zone_exists(val)) {
			snprintf(l->why, sizeof(l->why), "timezone: no zone "
			    "'%s' in " ZONEINFO, val);
			return 0;
		}
		free(cfg->tzid);
		cfg->tzid = zone_plain(val);
		return 1;
	}
	if (strcasecmp(key, "length") == 0)
		return set_int(l, key, val, &cfg->length, 5, 24 * 60);
	if (strcasecmp(key, "reminder") == 0)
		return set_int(l, key, val, &cfg->reminder, 0, 7 * 24 * 60);
	if (strcasecmp(key, "date-order") == 0) {
		if (strcasecmp(val, "month-first") == 0)
			cfg->day_first = 0;
		else if (strcasecmp(val, "day-first") == 0)
			cfg->day_first = 1;
		else {
			snprintf(l->why, sizeof(l->why), "date-order: want "
			    "month-first or day-first");
			return 0;
		}
		return 1;
	}
	snprintf(l->why, sizeof(l->why), "unknown key '%s' in [service]", key);
	return 0;
}

static int
set_int(struct loader *l, const char *key, const char *val, int *out,
    int min, int max)
{
	char	*end;
	long	 n;

	errno = 0;
	n = strtol(val, &end, 10);
	if (errno || end == val || *end != '\0' || n < min || n > max) {
		snprintf(l->why, sizeof(l->why), "%s: want minutes from %d "
		    "to %d, got '%s'", key, min, max, val);
		return 0;
	}
	*out = (int)n;
	return 1;
}

/*
 * UTC needs no zone at all: times are then written with Z, which every
 * client reads, rather than as a TZID=UTC that some do not.
 */
static char *
zone_plain(const char *name)
{
	if (strcmp(name, "UTC") == 0 || strcmp(name, "Etc/UTC") == 0 ||
	    strcmp(name, "GMT") == 0 || strcmp(name, "Etc/GMT") == 0 ||
	    strcmp(name, "Zulu") == 0 || strcmp(name, "Etc/Zulu") == 0)
		return NULL;
	return xstrdup(name);
}

static int
zone_exists(const char *name)
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
	return zone_exists(p) ? zone_plain(p) : NULL;
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
		return zone_exists(tz) ? zone_plain(tz) : NULL;
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
	return zone_exists(line) ? zone_plain(line) : NULL;
}
