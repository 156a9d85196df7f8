/*
 * directory.c: the district's directory, in the configuration file.
 *
 * [coach ADDRESS] lists a coach with the name, title, zone and signature
 * the recap uses; [school KEY] a school with its full name, leader,
 * greeting, location and zone, so that "school: lincoln" is all a coach
 * has to type; [wording] adds deficit phrases and their reframings to
 * the built-in list.  A section opens at its [line], which config.c sees
 * before inih does: a coach listed with no keys at all still counts, and
 * a section given twice is an error at its own line.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "config.h"
#include "config_int.h"
#include "util.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* The keys of [coach] and [school]; each is a bit of loader->seen. */
enum dkey {
	K_NAME, K_TITLE, K_ZONE, K_SIGNATURE, K_LEADER, K_GREETING,
	K_LOCATION
};

struct dkey_name {
	const char	*name;
	enum sect	 sect;
	enum dkey	 key;
};

static const struct dkey_name dkeys[] = {
	{ "name",	S_COACH,	K_NAME },
	{ "title",	S_COACH,	K_TITLE },
	{ "timezone",	S_COACH,	K_ZONE },
	{ "signature",	S_COACH,	K_SIGNATURE },
	{ "name",	S_SCHOOL,	K_NAME },
	{ "leader",	S_SCHOOL,	K_LEADER },
	{ "greeting",	S_SCHOOL,	K_GREETING },
	{ "location",	S_SCHOOL,	K_LOCATION },
	{ "timezone",	S_SCHOOL,	K_ZONE },
};

static void	 open_once(struct loader *, enum sect, const char *);
static void	 coach_open(struct loader *, const char *);
static void	 school_open(struct loader *, const char *);
static int	 key_set(struct loader *, const char *, const char *);
static const char *entry_id(const struct loader *);
static int	 coach_set(struct loader *, enum dkey, const char *);
static int	 school_set(struct loader *, enum dkey, const char *);
static int	 zone_set(struct loader *, char **, const char *);
static int	 leader_set(struct loader *, struct school *, const char *);
static char	*display_name(const char *);
static int	 reframe_add(struct loader *, const char *, const char *);
static int	 addr_ok(const char *);
static char	*lower(const char *);

void
dir_section(struct loader *l, const char *name)
{
	char	*word, *arg;
	size_t	 n;

	n = strcspn(name, " \t");
	word = xstrndup(name, n);
	arg = strtrim(name + n);
	l->sect = S_BAD;
	l->seen = 0;
	if (strcasecmp(word, "service") == 0 && *arg == '\0')
		open_once(l, S_SERVICE, "[service]");
	else if (strcasecmp(word, "wording") == 0 && *arg == '\0')
		open_once(l, S_WORDING, "[wording]");
	else if (strcasecmp(word, "coach") == 0)
		coach_open(l, arg);
	else if (strcasecmp(word, "school") == 0)
		school_open(l, arg);
	else
		loader_fail(l, "unknown section [%s]; want [service], "
		    "[coach ADDRESS], [school KEY] or [wording]", name);
	free(word);
	free(arg);
}

static void
open_once(struct loader *l, enum sect sect, const char *label)
{
	if (l->sects & 1u << sect) {
		loader_fail(l, "%s appears twice; put all of its keys in "
		    "one section", label);
		return;
	}
	l->sects |= 1u << sect;
	l->sect = sect;
}

static void
coach_open(struct loader *l, const char *addr)
{
	struct config	*cfg = l->cfg;

	if (!addr_ok(addr)) {
		loader_fail(l, "[coach%s%s]: want the coach's bare address, "
		    "as in [coach jreyes@district.example]", *addr ? " " : "",
		    addr);
		return;
	}
	if (config_coach(cfg, addr) != NULL) {
		loader_fail(l, "[coach %s] appears twice; put all of its keys "
		    "in one section", addr);
		return;
	}
	cfg->coaches = xreallocarray(cfg->coaches, cfg->ncoaches + 1,
	    sizeof(*cfg->coaches));
	memset(&cfg->coaches[cfg->ncoaches], 0, sizeof(*cfg->coaches));
	cfg->coaches[cfg->ncoaches].addr = lower(addr);
	l->cur = cfg->ncoaches++;
	l->sect = S_COACH;
}

/* A school's name is its key as written until a name key says more. */
static void
school_open(struct loader *l, const char *key)
{
	struct config	*cfg = l->cfg;
	struct school	*s;
	size_t		 i;

	if (*key == '\0') {
		loader_fail(l, "[school]: want the key coaches type, as in "
		    "[school lincoln]");
		return;
	}
	for (i = 0; i < cfg->nschools; i++)
		if (strcasecmp(cfg->schools[i].key, key) == 0) {
			loader_fail(l, "[school %s] appears twice; put all of "
			    "its keys in one section", key);
			return;
		}
	cfg->schools = xreallocarray(cfg->schools, cfg->nschools + 1,
	    sizeof(*cfg->schools));
	s = &cfg->schools[cfg->nschools];
	memset(s, 0, sizeof(*s));
	s->key = lower(key);
	s->name = xstrdup(key);
	l->cur = cfg->nschools++;
	l->sect = S_SCHOOL;
}

int
dir_entry(struct loader *l, const char *key, const char *val)
{
	switch (l->sect) {
	case S_BAD:
		return 1;	/* said at the section's line */
	case S_WORDING:
		return reframe_add(l, key, val);
	case S_COACH:
	case S_SCHOOL:
		return key_set(l, key, val);
	default:
		return loader_fail(l, "'%s' is outside any section; put it "
		    "under [service]", key);
	}
}

static int
key_set(struct loader *l, const char *name, const char *val)
{
	const struct dkey_name	*k = NULL;
	const char		*kind = l->sect == S_COACH ? "coach" : "school";
	size_t			 i;

	for (i = 0; i < NELEM(dkeys) && k == NULL; i++)
		if (dkeys[i].sect == l->sect &&
		    strcasecmp(dkeys[i].name, name) == 0)
			k = &dkeys[i];
	if (k == NULL)
		return loader_fail(l, "unknown key '%s' in [%s %s]; want %s",
		    name, kind, entry_id(l), l->sect == S_COACH ? "name, "
		    "title, timezone or signature" : "name, leader, greeting, "
		    "location or timezone");

	/* A signature has as many lines as it has signature keys. */
	if (k->key != K_SIGNATURE && (l->seen & 1u << k->key))
		return loader_fail(l, "'%s' is given twice in [%s %s]",
		    k->name, kind, entry_id(l));
	l->seen |= 1u << k->key;
	if (k->key != K_SIGNATURE && *val == '\0')
		return loader_fail(l, "%s: empty in [%s %s]; give a value or "
		    "leave the line out", k->name, kind, entry_id(l));
	if (l->sect == S_COACH)
		return coach_set(l, k->key, val);
	return school_set(l, k->key, val);
}

static const char *
entry_id(const struct loader *l)
{
	if (l->sect == S_COACH)
		return l->cfg->coaches[l->cur].addr;
	return l->cfg->schools[l->cur].key;
}

static int
coach_set(struct loader *l, enum dkey key, const char *val)
{
	struct coach	*c = &l->cfg->coaches[l->cur];
	char		*sig;

	switch (key) {
	case K_NAME:
		c->name = xstrdup(val);
		break;
	case K_TITLE:
		c->title = xstrdup(val);
		break;
	case K_ZONE:
		return zone_set(l, &c->tzid, val);
	default:
		sig = c->signature ? xasprintf("%s\n%s", c->signature, val) :
		    xstrdup(val);
		free(c->signature);
		c->signature = sig;
		break;
	}
	return 1;
}

static int
school_set(struct loader *l, enum dkey key, const char *val)
{
	struct school	*s = &l->cfg->schools[l->cur];
	char		**dst;

	switch (key) {
	case K_ZONE:
		return zone_set(l, &s->tzid, val);
	case K_LEADER:
		return leader_set(l, s, val);
	case K_NAME:
		dst = &s->name;
		break;
	case K_GREETING:
		dst = &s->greeting;
		break;
	default:
		dst = &s->location;
		break;
	}
	free(*dst);
	*dst = xstrdup(val);
	return 1;
}

static int
zone_set(struct loader *l, char **dst, const char *val)
{
	if (!config_zone_exists(val))
		return loader_fail(l, "timezone: want an IANA zone such as "
		    "America/Chicago, got '%s'", val);
	*dst = xstrdup(val);
	return 1;
}

/* "Dr. Maria Lopez <mlopez@lincoln.example.org>", or the bare address. */
static int
leader_set(struct loader *l, struct school *s, const char *val)
{
	const char	*lt = strchr(val, '<'), *gt = NULL;
	char		*addr, *name = NULL;

	if (lt != NULL && (gt = strchr(lt, '>')) != NULL &&
	    *skipws(gt + 1) == '\0') {
		addr = xstrndup(lt + 1, gt - lt - 1);
		name = xstrndup(val, lt - val);
	} else
		addr = xstrdup(val);
	if ((lt != NULL && gt == NULL) || !addr_ok(addr)) {
		free(addr);
		free(name);
		return loader_fail(l, "leader: want a name and address such "
		    "as Dr. Maria Lopez <mlopez@lincoln.example.org>, got "
		    "'%s'", val);
	}
	s->leader_addr = addr;
	s->leader_name = name != NULL ? display_name(name) : NULL;
	free(name);
	return 1;
}

/* The name as written, without the quotes it may stand in. */
static char *
display_name(const char *raw)
{
	char	*t = strtrim(raw);
	size_t	 n = strlen(t);

	if (n >= 2 && t[0] == '"' && t[n - 1] == '"') {
		memmove(t, t + 1, n - 2);
		t[n - 2] = '\0';
	}
	if (*t == '\0') {
		free(t);
		return NULL;
	}
	return t;
}

static int
reframe_add(struct loader *l, const char *phrase, const char *suggest)
{
	struct config	*cfg = l->cfg;
	const char	*p;
	size_t		 i;

	for (p = phrase; *p != '\0' && !isalnum((unsigned char)*p); p++)
		continue;
	if (*p == '\0')
		return loader_fail(l, "[wording]: want 'phrase = reframing', "
		    "e.g. 'lack of = an opportunity to build ...'");
	if (*suggest == '\0')
		return loader_fail(l, "[wording]: '%s' has no reframing; write "
		    "e.g. '%s = an opportunity to build ...'", phrase, phrase);
	for (i = 0; i < cfg->nreframes; i++)
		if (strcasecmp(cfg->reframes[i].phrase, phrase) == 0)
			return loader_fail(l, "[wording]: '%s' is given twice",
			    phrase);
	cfg->reframes = xreallocarray(cfg->reframes, cfg->nreframes + 1,
	    sizeof(*cfg->reframes));
	cfg->reframes[cfg->nreframes].phrase = lower(phrase);
	cfg->reframes[cfg->nreframes].suggest = xstrdup(suggest);
	cfg->nreframes++;
	return 1;
}

/* One @, something either side of it, nothing a header would quote. */
static int
addr_ok(const char *a)
{
	const char	*at = strchr(a, '@');

	return at != NULL && at > a && at[1] != '\0' &&
	    strchr(at + 1, '@') == NULL && !strpbrk(a, " \t<>\"(),;:[]\\");
}

static char *
lower(const char *s)
{
	char	*t = xstrdup(s), *p;

	for (p = t; *p != '\0'; p++)
		*p = tolower((unsigned char)*p);
	return t;
}

const struct coach *
config_coach(const struct config *cfg, const char *addr)
{
	size_t	 i;

	if (cfg == NULL || addr == NULL)
		return NULL;
	for (i = 0; i < cfg->ncoaches; i++)
		if (strcasecmp(cfg->coaches[i].addr, addr) == 0)
			return &cfg->coaches[i];
	return NULL;
}

const struct school *
config_school(const struct config *cfg, const char *name)
{
	size_t	 i;

	if (cfg == NULL || name == NULL)
		return NULL;
	for (i = 0; i < cfg->nschools; i++)
		if (strcasecmp(cfg->schools[i].key, name) == 0 ||
		    strcasecmp(cfg->schools[i].name, name) == 0)
			return &cfg->schools[i];
	return NULL;
}

const struct school *
config_school_of_leader(const struct config *cfg, const char *addr)
{
	size_t	 i;

	if (cfg == NULL || addr == NULL)
		return NULL;
	for (i = 0; i < cfg->nschools; i++)
		if (cfg->schools[i].leader_addr != NULL &&
		    strcasecmp(cfg->schools[i].leader_addr, addr) == 0)
			return &cfg->schools[i];
	return NULL;
}

const char *
config_zone(const struct config *cfg, const char *coach_addr)
{
	const struct coach	*c = config_coach(cfg, coach_addr);

	if (c != NULL && c->tzid != NULL)
		return config_zone_is_utc(c->tzid) ? NULL : c->tzid;
	return cfg != NULL ? cfg->tzid : NULL;
}

void
dir_free(struct config *cfg)
{
	size_t	 i;

	for (i = 0; i < cfg->ncoaches; i++) {
		free(cfg->coaches[i].addr);
		free(cfg->coaches[i].name);
		free(cfg->coaches[i].title);
		free(cfg->coaches[i].tzid);
		free(cfg->coaches[i].signature);
	}
	free(cfg->coaches);
	for (i = 0; i < cfg->nschools; i++) {
		free(cfg->schools[i].key);
		free(cfg->schools[i].name);
		free(cfg->schools[i].leader_name);
		free(cfg->schools[i].leader_addr);
		free(cfg->schools[i].greeting);
		free(cfg->schools[i].location);
		free(cfg->schools[i].tzid);
	}
	free(cfg->schools);
	for (i = 0; i < cfg->nreframes; i++) {
		free(cfg->reframes[i].phrase);
		free(cfg->reframes[i].suggest);
	}
	free(cfg->reframes);
}
