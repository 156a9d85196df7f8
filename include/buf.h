/*
 * buf.h: a growable byte buffer, always NUL-terminated.
 */
#ifndef MTSS_BUF_H
#define MTSS_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct buf {
	char	*p;
	size_t	 len;
	size_t	 cap;
};

void	 buf_init(struct buf *);
void	 buf_add(struct buf *, const char *, size_t);
void	 buf_puts(struct buf *, const char *);
void	 buf_putc(struct buf *, int);
void	 buf_printf(struct buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	 buf_vprintf(struct buf *, const char *, va_list);
/* Append all that fd has to its end; 0, or -1 with errno. */
int	 buf_read_fd(struct buf *, int fd);
/*
 * Read fd to its end but keep at most keep bytes (0: all); *total is
 * how many there were.  0, or -1 with errno.
 */
int	 buf_read_fd_max(struct buf *, int fd, size_t keep, size_t *total);
/* Hand the contents to the caller (who frees them); the buf is reset. */
char	*buf_steal(struct buf *);
void	 buf_free(struct buf *);

#endif
