/* SPDX-License-Identifier: MIT */
/* POSIX backend: TCP Fast Open's connect with data (lib/tcp-extras.c). */
#include "internal.h"

#if !HAVE_DECL_MSG_FASTOPEN && defined(HAVE_CONNECTX) &&                       \
  HAVE_DECL_CONNECT_DATA_IDEMPOTENT
# include <sys/uio.h>
#endif

sock2_ssize_t
sock2__sys_connect_fastopen(sock2_socket_t s, const struct sockaddr *sa,
                            sock2_socklen_t salen, const void *buf,
                            size_t len)
{
#if HAVE_DECL_MSG_FASTOPEN
  /*
   * Linux: sendto() with MSG_FASTOPEN connects and queues the data in one
   * call; the send path adds the no-SIGPIPE flag (or guard).
   */
  return sock2__sys_sendto(s, buf, len, MSG_FASTOPEN, sa, salen);
#elif defined(HAVE_CONNECTX) && HAVE_DECL_CONNECT_DATA_IDEMPOTENT
  /*
   * Apple: connectx() with the data; CONNECT_RESUME_ON_READ_WRITE would
   * delay the SYN to the first write, which the caller's buffer already
   * is, so only CONNECT_DATA_IDEMPOTENT is passed.
   */
  sa_endpoints_t ep;
  struct iovec iov;
  size_t sent = 0;

  memset(&ep, 0, sizeof(ep));
  ep.sae_dstaddr = sa;
  ep.sae_dstaddrlen = salen;
  iov.iov_base = (void *)buf;
  iov.iov_len = len;
  if (connectx(s, &ep, SAE_ASSOCID_ANY, CONNECT_DATA_IDEMPOTENT,
               len > 0 ? &iov : NULL, len > 0 ? 1 : 0, &sent, NULL) == -1) {
    /* A non-blocking connectx() may queue data and still say EINPROGRESS. */
    if (errno == EINPROGRESS && sent > 0)
      return (sock2_ssize_t)sent;
    return SOCK2__ERRNO();
  }
  return (sock2_ssize_t)sent;
#else
  (void)s;
  (void)sa;
  (void)salen;
  (void)buf;
  (void)len;
  return SOCK2_ENOTSUP;
#endif
}
