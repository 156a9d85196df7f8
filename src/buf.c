/*
 * buf.c: a growable byte buffer, always NUL-terminated.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "util.h"

void
buf_init(struct buf *b)
{
	b->p = NULL;
	b->len = b->cap = 0;
}

static void
buf_grow(struct buf *b, size_t more)
{
	size_t	 want = b->len + more + 1;

	if (want < b->len)
		tempfail("out of memory");
	if (want <= b->cap)
		return;
	if (b->cap == 0)
		b->cap = 256;
	while (b->cap < want)
		b->cap = b->cap > ((size_t)-1) / 2 ? want : b->cap * 2;
	b->p = xrealloc(b->p, b->cap);
}

void
buf_add(struct buf *b, const char *s, size_t n)
{
	buf_grow(b, n);
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

void
buf_puts(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_putc(struct buf *b, int c)
{
	char	 ch = (char)c;

	buf_add(b, &ch, 1);
}

void
buf_vprintf(struct buf *b, const char *fmt, va_list ap)
{
	va_list	 ap2;
	int	 n;

	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		tempfail("vsnprintf failed");
	buf_grow(b, (size_t)n);
	vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	buf_vprintf(b, fmt, ap);
	va_end(ap);
}

int
buf_read_fd(struct buf *b, int fd)
{
	size_t	 total;

	return buf_read_fd_max(b, fd, 0, &total);
}

int
buf_read_fd_max(struct buf *b, int fd, size_t keep, size_t *total)
{
	char	 chunk[65536];
	size_t	 room;
	ssize_t	 n;

	*total = 0;
	for (;;) {
		if ((n = read(fd, chunk, sizeof(chunk))) == 0)
			return 0;
		if (n == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		*total += (size_t)n;
		room = keep > b->len ? keep - b->len : 0;
		if (keep == 0 || (size_t)n < room)
			room = (size_t)n;
		buf_add(b, chunk, room);
	}
}

char *
buf_steal(struct buf *b)
{
	char	*p = b->p ? b->p : xstrdup("");

	buf_init(b);
	return p;
}

void
buf_free(struct buf *b)
{
	free(b->p);
	buf_init(b);
}
