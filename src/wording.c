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
	const char	*words;		/* lower case; a whole word or phrase */
	const char	*instead;
};

static const struct deficit deficits[] = {
	{ "failing",		"not yet meeting the goal in ..." },
	{ "fail",		"not yet reaching ..." },
	{ "lack of",		"an opportunity to build ..." },
	{ "lacking",		"still developing ..." },
	{ "weak",		"an area to strengthen" },
	{ "low kids",		"students who need more support in ..." },
	{ "low students",	"students who need more support in ..." },
	{ "can't",		"is working toward ..." },
	{ "cannot",		"is working toward ..." },
	{ "never",		"not yet" },
	{ "poor",		"still developing" },
	{ "behind",		"working toward grade-level ..." },
	{ "deficit",		"an area of growth" },
	{ "struggling",		"still building ..." },
	{ "unable",		"working toward ..." },
	{ "bad",		"an opportunity to refine ..." },
	{ "broken",		"an opportunity to rebuild ..." },
	{ "problem",		"an opportunity to strengthen ..." },
	{ NULL,			NULL }
};

static int	 word_at(const char *text, const char *at, size_t n);
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

/* words appears in text, any case, not inside a longer word. */
static int
has_words(const char *text, const char *words)
{
	const char	*p;
	size_t		 n = strlen(words);

	for (p = text; (p = strcasestr(p, words)) != NULL; p++)
		if (word_at(text, p, n))
			return 1;
	return 0;
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
