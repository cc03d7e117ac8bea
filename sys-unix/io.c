/* SPDX-License-Identifier: MIT */
/* POSIX backend: send and receive. */
#include "internal.h"

#include <signal.h>
#include <time.h>

/*
 * How sends avoid SIGPIPE, most preferred first:
 *   1. MSG_NOSIGNAL on every call (Linux, the BSDs, illumos): free.
 *   2. SO_NOSIGPIPE, set when sock2_socket() & co. created the socket
 *      (Apple): free here. A foreign descriptor without it can still
 *      raise SIGPIPE; that is documented.
 *   3. Neither: block SIGPIPE in the calling thread around the send and
 *      consume a SIGPIPE the send raised. Costs signal-mask calls, but a
 *      library must not kill its caller.
 */
#if HAVE_DECL_MSG_NOSIGNAL
# define NOSIGNAL_FLAG MSG_NOSIGNAL
# define NOSIGPIPE_BY_MASK 0
#elif HAVE_DECL_SO_NOSIGPIPE
# define NOSIGNAL_FLAG 0
# define NOSIGPIPE_BY_MASK 0
#else
# define NOSIGNAL_FLAG 0
# define NOSIGPIPE_BY_MASK 1
#endif

#if NOSIGPIPE_BY_MASK
# include <pthread.h>

struct sigpipe_guard {
  sigset_t old;
  int was_pending;
};

static void
sigpipe_block(struct sigpipe_guard *g)
{
  sigset_t pipe_only, pending;

  sigemptyset(&pipe_only);
  sigaddset(&pipe_only, SIGPIPE);
  sigpending(&pending);
  g->was_pending = sigismember(&pending, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &pipe_only, &g->old);
}

static void
sigpipe_unblock(struct sigpipe_guard *g, int raised)
{
  if (raised && !g->was_pending) {
    sigset_t pipe_only;
    struct timespec zero = {0, 0};
    sigemptyset(&pipe_only);
    sigaddset(&pipe_only, SIGPIPE);
    /* Consume the SIGPIPE this send raised, and only that one. */
    while (sigtimedwait(&pipe_only, NULL, &zero) == -1 && errno == EINTR)
      ;
  }
  pthread_sigmask(SIG_SETMASK, &g->old, NULL);
}
#endif

sock2_ssize_t
sock2__sys_sendto(sock2_socket_t s, const void *buf, size_t len, int flags,
                  const struct sockaddr *sa, sock2_socklen_t salen)
{
  ssize_t n;
#if NOSIGPIPE_BY_MASK
  struct sigpipe_guard g;
  int e;

  sigpipe_block(&g);
  n = sendto(s, buf, len, flags, sa, salen);
  e = errno;
  sigpipe_unblock(&g, n == -1 && e == EPIPE);
  errno = e;
#else
  n = sendto(s, buf, len, flags | NOSIGNAL_FLAG, sa, salen);
#endif
  return n == -1 ? SOCK2__ERRNO() : n;
}

sock2_ssize_t
sock2__sys_send(sock2_socket_t s, const void *buf, size_t len, int flags)
{
#if NOSIGPIPE_BY_MASK
  return sock2__sys_sendto(s, buf, len, flags, NULL, 0);
#else
  ssize_t n = send(s, buf, len, flags | NOSIGNAL_FLAG);
  return n == -1 ? SOCK2__ERRNO() : n;
#endif
}

sock2_ssize_t
sock2__sys_recv(sock2_socket_t s, void *buf, size_t len, int flags)
{
  ssize_t n = recv(s, buf, len, flags);
  return n == -1 ? SOCK2__ERRNO() : n;
}

sock2_ssize_t
sock2__sys_recvfrom(sock2_socket_t s, void *buf, size_t len, int flags,
                    struct sockaddr *sa, sock2_socklen_t *salen)
{
  ssize_t n = recvfrom(s, buf, len, flags, sa, salen);
  return n == -1 ? SOCK2__ERRNO() : n;
}
