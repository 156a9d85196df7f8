/*
 * config.h: the service's settings, from an optional configuration file.
 *
 * Every field has a working default so the filter runs with no file at
 * all: the zone is that of TZ, else the system's.
 */
#ifndef MTSS_CONFIG_H
#define MTSS_CONFIG_H

struct config {
	char	*address;	/* the service's address, for X-Loop */
	char	*domain;	/* right side of the Message-IDs we make */
	char	*tzid;		/* IANA zone of the coach, or NULL for UTC */
	int	 length;	/* default touchpoint length, minutes */
	int	 day_first;	/* 1/14 is day/month when set */
	int	 reminder;	/* minutes before the touchpoint; 0 is none */
};

/* Fill in the defaults, resolving the zone from TZ or the system. */
void	 config_init(struct config *);
/*
 * Read path over the defaults.  Returns 0, or -1 with a message naming
 * the file and line in err.
 */
int	 config_load(struct config *, const char *path, char *err, size_t);
void	 config_free(struct config *);
/*
 * The IANA name of the zone in effect: TZ (without a leading ':'), else
 * the target of /etc/localtime, else /etc/timezone.  NULL when none of
 * them names a zone (a POSIX TZ string, say); callers then use UTC.
 */
char	*config_system_tzid(void);

#endif
