/*
 * wording.c: deficit framing in bright spots and considerations.
 *
 * The district's template asks for asset-based observations and
 * considerations framed as next steps, not deficits.  The coach's words
 * are never changed: each deficit word found is pointed out in the note
 * to the coach, with a reframing to consider.  The words are data: the
 * table below, and the district's own [wording] of the configuration,
 * read first so that a district can also reword a built-in suggestion.
 */
#include <ctype.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "config.h"
#include "notes_int.h"

struct deficit {
	const char	*words;		/* a whole word or phrase; its blank or
					   hyphen matches any run of them */
	const char	*instead;
};

static const struct deficit deficits[] = {
	{ "failing",		"not yet meeting the goal in ..." },
	{ "fail",		"not yet reaching ..." },
	{ "fails",		"is not yet reaching ..." },
	{ "lack of",		"an opportunity to build ..." },
	{ "lacking",		"still developing ..." },
	{ "lacks",		"is still developing ..." },
	{ "weak",		"an area to strengthen" },
	{ "weakness",		"an area to strengthen" },
	{ "weaknesses",		"areas to strengthen" },
	{ "low kids",		"students who need more support in ..." },
	{ "low students",	"students who need more support in ..." },
	{ "can't",		"is working toward ..." },
	{ "cannot",		"is working toward ..." },
	{ "can not",		"is working toward ..." },
	{ "cant",		"is working toward ..." },
	{ "never",		"not yet" },
	{ "poor",		"still developing" },
	{ "behind",		"working toward grade-level ..." },
	{ "deficit",		"an area of growth" },
	{ "deficits",		"areas of growth" },
	{ "struggling",		"still building ..." },
	{ "struggles",		"is still building ..." },
	{ "at risk",		"students who need more support in ..." },
	{ "unable",		"working toward ..." },
	{ "bad",		"an opportunity to refine ..." },
	{ "broken",		"an opportunity to rebuild ..." },
	{ "problem",		"an opportunity to strengthen ..." },
	{ NULL,			NULL }
};

static int	 word_at(const char *text, const char *at, size_t n);
static size_t	 match_at(const char *, const char *);
static int	 has_words(const char *text, const char *words);
static int	 district_has(const struct config *, const char *);
static void	 say(struct diags *, const char *, const char *,
		    const char *, int);

void
wording_check(struct diags *d, const struct config *cfg, const char *text,
    const char *line, int no)
{
	const struct deficit	*t;
	size_t			 i;

	for (i = 0; cfg != NULL && i < cfg->nreframes; i++)
		if (has_words(text, cfg->reframes[i].phrase))
			say(d, cfg->reframes[i].phrase,
			    cfg->reframes[i].suggest, line, no);
	for (t = deficits; t->words != NULL; t++)
		if (!district_has(cfg, t->words) && has_words(text, t->words))
			say(d, t->words, t->instead, line, no);
}

static void
say(struct diags *d, const char *words, const char *instead,
    const char *line, int no)
{
	diag_add(d, no, SEV_WARNING, "'%s': '%s' frames a deficit; consider "
	    "'%s' (asset-based wording)", line, words, instead);
}

/* The district's [wording] rewords this built-in phrase. */
static int
district_has(const struct config *cfg, const char *words)
{
	size_t	 i;

	for (i = 0; cfg != NULL && i < cfg->nreframes; i++)
		if (strcasecmp(cfg->reframes[i].phrase, words) == 0)
			return 1;
	return 0;
}

/*
 * words appears in text, any case, not inside a longer word; "at risk"
 * is also "at-risk", "lack of" also "Lack  of".
 */
static int
has_words(const char *text, const char *words)
{
	const char	*p;
	size_t		 n;

	for (p = text; *p != '\0'; p++)
		if ((n = match_at(p, words)) > 0 && word_at(text, p, n))
			return 1;
	return 0;
}

/* The length of words at s, a blank or hyphen any run of them; or 0. */
static size_t
match_at(const char *s, const char *words)
{
	const char	*t = s, *w = words;

	while (*w != '\0') {
		if (*w == ' ' || *w == '-') {
			if (*t != ' ' && *t != '-')
				return 0;
			while (*t == ' ' || *t == '-')
				t++;
			while (*w == ' ' || *w == '-')
				w++;
		} else if (tolower((unsigned char)*t) ==
		    tolower((unsigned char)*w)) {
			t++;
			w++;
		} else
			return 0;
	}
	return t - s;
}

static int
word_at(const char *text, const char *at, size_t n)
{
	unsigned char	 before, after;

	before = at > text ? (unsigned char)at[-1] : ' ';
	after = (unsigned char)at[n];
	return !isalnum(before) && before != '\'' && before < 0x80 &&
	    !isalnum(after) && after != '\'' && after < 0x80;
}
