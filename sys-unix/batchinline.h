/* SPDX-License-Identifier: MIT */
/*
 * POSIX backend: sendmmsg and recvmmsg static inline, so that
 * sock2_sendmmsg() and sock2_recvmmsg() are their checks and one system
 * call (SOCK2__SYS_INLINE_MMSG, sysdefs-batch.h). Failures go out of line
 * (sys-unix/batch.c), where ENOSYS takes the portable loop.
 */
#ifndef SOCK2_SYS_UNIX_BATCHINLINE_H
#define SOCK2_SYS_UNIX_BATCHINLINE_H

#ifdef SOCK2__SYS_INLINE_MMSG
/* The error path of the two calls: errno translated, or the loop. */
int sock2__mmsg_failed(sock2_socket_t s, sock2_mmsg_t *msgs, unsigned int n,
                       int flags, int send);

static inline int
sock2__sys_sendmmsg(sock2_socket_t s, sock2_mmsg_t *msgs, unsigned int n,
                    int flags)
{
  /* sock2_mmsg_t is struct mmsghdr (checked in sys-unix/batch.c). */
  int r = sendmmsg(s, (struct mmsghdr *)(void *)msgs, n,
                   flags | MSG_NOSIGNAL);
  if (SOCK2__UNLIKELY(r < 0))
    return sock2__mmsg_failed(s, msgs, n, flags, 1);
  return r;
}

static inline int
sock2__sys_recvmmsg(sock2_socket_t s, sock2_mmsg_t *msgs, unsigned int n,
                    int flags)
{
  int r = recvmmsg(s, (struct mmsghdr *)(void *)msgs, n, flags, NULL);
  if (SOCK2__UNLIKELY(r < 0))
    return sock2__mmsg_failed(s, msgs, n, flags, 0);
  return r;
}
#endif

#endif /* SOCK2_SYS_UNIX_BATCHINLINE_H */
