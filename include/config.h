/*
 * config.h: the service's settings, from an optional configuration file.
 *
 * Every field has a working default so the filter runs with no file at
 * all: the zone is that of TZ, else the system's.
 */
#ifndef MTSS_CONFIG_H
#define MTSS_CONFIG_H

#include <stddef.h>

/* [coach ADDRESS]: who may use the service, and how they sign. */
struct coach {
	char	*addr;		/* lowercased */
	char	*name;
	char	*title;		/* "MTSS Coach" */
	char	*tzid;		/* as written, or NULL: the service's */
	char	*signature;	/* lines, LF-separated, or NULL */
};

/* [school KEY]: what "school: lincoln" brings. */
struct school {
	char	*key;		/* lowercased */
	char	*name;		/* "Lincoln Elementary"; else the key */
	char	*leader_name;	/* or NULL */
	char	*leader_addr;	/* or NULL */
	char	*greeting;	/* "Dr. Lopez" */
	char	*location;	/* for the invitation */
	char	*tzid;		/* as written, or NULL: the coach's */
};

/* [wording]: a deficit phrase and the reframing suggested for it. */
struct reframe {
	char	*phrase;	/* lowercased */
	char	*suggest;
};

struct config {
	char	*address;	/* the service's address, for X-Loop */
	char	*domain;	/* right side of the Message-IDs we make */
	char	*tzid;		/* IANA zone of the coach, or NULL for UTC */
	int	 length;	/* default touchpoint length, minutes */
	int	 untimed;	/* default-time set: a touchpoint given
				   no time is not all day, it starts */
	int	 untimed_at;	/* here, minutes after midnight */
	int	 day_first;	/* 1/14 is day/month when set */
	int	 reminder;	/* minutes before the touchpoint; 0 is none */
	char	*sendmail;	/* path of sendmail(8), for --send */
	char	*authserv_id;	/* our Authentication-Results id, or NULL */
	char	*state_dir;	/* rate-limit state, or NULL: no limit */
	int	 rate_limit;	/* messages per coach per hour; 0: none */
	size_t	 max_size;	/* bytes of a notes message */
	size_t	 attach_max;	/* bytes of attachments carried over */
	int	 loaded;	/* a file was read */
	struct coach	*coaches;
	size_t		 ncoaches;
	struct school	*schools;
	size_t		 nschools;
	struct reframe	*reframes;	/* added to the built-in list */
	size_t		 nreframes;
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

/* The entry for a coach's address, or NULL (case-insensitive). */
const struct coach	*config_coach(const struct config *, const char *);
/* The school with this key or full name, or NULL (case-insensitive). */
const struct school	*config_school(const struct config *, const char *);
/* The school whose leader has this address, or NULL. */
const struct school	*config_school_of_leader(const struct config *,
			    const char *);
/*
 * The zone of the coach with this address: theirs in the directory,
 * else the service's.  NULL means UTC.
 */
const char		*config_zone(const struct config *, const char *);
/* UTC by any of its names (UTC, Etc/UTC, GMT, Zulu...). */
int			 config_zone_is_utc(const char *);

#endif
