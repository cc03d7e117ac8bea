/* SPDX-License-Identifier: MIT */
/* POSIX backend: creation, connect_timeout, accept, dup, flags, close. */
#include "internal.h"

#include <poll.h>
#include <sys/time.h>

/* The creation flags the caller may OR into a type. */
#define CREATION_FLAGS (SOCK2_TYPE_NONBLOCK | SOCK2_TYPE_CLOEXEC)

/*
 * The SO_NOSIGPIPE default matters only where sends cannot carry
 * MSG_NOSIGNAL (Apple, older BSDs).
 */
#if !HAVE_DECL_MSG_NOSIGNAL && HAVE_DECL_SO_NOSIGPIPE
# define NEED_SO_NOSIGPIPE 1
#else
# define NEED_SO_NOSIGPIPE 0
#endif

int
sock2__unix_set_cloexec_new(int fd)
{
  if (fcntl(fd, F_SETFD, FD_CLOEXEC) == -1)
    return SOCK2__ERRNO();
  return 0;
}

int
sock2__unix_set_nonblock(int fd, int on)
{
  int fl = fcntl(fd, F_GETFL);
  int want;

  if (fl == -1)
    return SOCK2__ERRNO();
  want = on ? (fl | O_NONBLOCK) : (fl & ~O_NONBLOCK);
  if (want != fl && fcntl(fd, F_SETFL, want) == -1)
    return SOCK2__ERRNO();
  return 0;
}

int
sock2__unix_finish_new(int fd, int cloexec, int nonblock, int nosigpipe)
{
  int err = 0;

  if (cloexec)
    err = sock2__unix_set_cloexec_new(fd);
  if (err == 0 && nonblock)
    err = sock2__unix_set_nonblock(fd, 1);
#if NEED_SO_NOSIGPIPE
  /*
   * macOS refuses options (EINVAL) on a socket already shut down both
   * ways, such as an accepted unix connection whose peer has closed
   * (socket2 #631). Such a socket is kept: failing the accept would lose
   * the data still queued in it, and it has what it inherited from its
   * listener.
   */
  if (err == 0 && nosigpipe) {
    int one = 1;
    if (setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, sizeof(one)) == -1 &&
        errno != EINVAL)
      err = SOCK2__ERRNO();
  }
#else
  (void)nosigpipe;
#endif
  if (err != 0)
    close(fd);
  return err;
}

/*
 * The atomic creation flags for socket()/socketpair(): SOCK_CLOEXEC and
 * SOCK_NONBLOCK where configure found them. Bits set here are removed from
 * *cloexec / *nonblock, which then say what is left to do with fcntl.
 */
static int
atomic_flags(int *cloexec, int *nonblock)
{
  int f = 0;
#if HAVE_DECL_SOCK_CLOEXEC
  if (*cloexec) {
    f |= SOCK_CLOEXEC;
    *cloexec = 0;
  }
#endif
#if HAVE_DECL_SOCK_NONBLOCK
  if (*nonblock) {
    f |= SOCK_NONBLOCK;
    *nonblock = 0;
  }
#endif
  return f;
}

/*
 * socket() with the atomic flags failed (errno set). Headers newer than
 * the kernel (Linux before 2.6.27) refuse the flags with EINVAL: create
 * without them and use fcntl instead. Any other error is returned.
 */
int
sock2__unix_socket_failed(const struct sock2__unix_socket_args *a, int mode)
{
  int cloexec = mode == SOCK2__SAFE || (a->type & SOCK2_TYPE_CLOEXEC);
  int nonblock = (a->type & SOCK2_TYPE_NONBLOCK) != 0;
  int want_cloexec = cloexec, want_nonblock = nonblock;
  int fd, err;

  if (atomic_flags(&cloexec, &nonblock) == 0 || errno != EINVAL)
    return SOCK2__ERRNO();
  fd = socket(a->domain, a->type & ~CREATION_FLAGS, a->protocol);
  if (fd == -1)
    return SOCK2__ERRNO();
  err = sock2__unix_finish_new(fd, want_cloexec, want_nonblock,
                               mode == SOCK2__SAFE);
  if (err != 0)
    return err;
  *a->out = fd;
  return 0;
}

#ifndef SOCK2__SYS_INLINE_SOCKET /* else inline, sysinline.h */
int
sock2__sys_socket(int domain, int type, int protocol, int mode,
                  sock2_socket_t *out)
{
  int cloexec = mode == SOCK2__SAFE || (type & SOCK2_TYPE_CLOEXEC);
  int nonblock = (type & SOCK2_TYPE_NONBLOCK) != 0;
  int base = type & ~CREATION_FLAGS;
  int flags = atomic_flags(&cloexec, &nonblock);
  int fd, err;

  fd = socket(domain, base | flags, protocol);
  if (fd == -1) {
    struct sock2__unix_socket_args a;
    a.domain = domain;
    a.type = type;
    a.protocol = protocol;
    a.out = out;
    return sock2__unix_socket_failed(&a, mode);
  }
  err = sock2__unix_finish_new(fd, cloexec, nonblock, mode == SOCK2__SAFE);
  if (err != 0)
    return err;
  *out = fd;
  return 0;
}
#endif

int
sock2__sys_socketpair(int domain, int type, int protocol, int mode,
                      sock2_socket_t sv[2])
{
  int cloexec = mode == SOCK2__SAFE || (type & SOCK2_TYPE_CLOEXEC);
  int nonblock = (type & SOCK2_TYPE_NONBLOCK) != 0;
  int base = type & ~CREATION_FLAGS;
  int want_cloexec = cloexec, want_nonblock = nonblock;
  int flags = atomic_flags(&cloexec, &nonblock);
  int fds[2], err;

  if (socketpair(domain, base | flags, protocol, fds) == -1) {
    if (flags == 0 || errno != EINVAL)
      return SOCK2__ERRNO();
    /* Old kernel refusing the flags: see sock2__sys_socket(). */
    if (socketpair(domain, base, protocol, fds) == -1)
      return SOCK2__ERRNO();
    cloexec = want_cloexec;
    nonblock = want_nonblock;
  }
  err = sock2__unix_finish_new(fds[0], cloexec, nonblock,
                               mode == SOCK2__SAFE);
  if (err != 0) {
    close(fds[1]);
    return err;
  }
  err = sock2__unix_finish_new(fds[1], cloexec, nonblock,
                               mode == SOCK2__SAFE);
  if (err != 0) {
    close(fds[0]);
    return err;
  }
  sv[0] = fds[0];
  sv[1] = fds[1];
  return 0;
}

int
sock2__sys_bind(sock2_socket_t s, const struct sockaddr *sa,
                sock2_socklen_t len)
{
  return bind(s, sa, len) == -1 ? SOCK2__ERRNO() : 0;
}

int
sock2__sys_connect(sock2_socket_t s, const struct sockaddr *sa,
                   sock2_socklen_t len)
{
  return connect(s, sa, len) == -1 ? SOCK2__ERRNO() : 0;
}

/* ---- sock2_connect_timeout() -------------------------------------------- */

/*
 * The longest single poll(): its timeout is an int of milliseconds. A
 * longer wait is several polls, each this long, until the time is up.
 */
#define POLL_MAX_NS ((int64_t)INT_MAX * 1000000)

/*
 * The longest single wait of the unix connect below: one day, far below
 * the point where Linux takes a send timeout for "forever" (about 24.8
 * days with a 32-bit long at HZ=1000). Longer waits loop.
 */
#define UNIX_WAIT_MAX_US ((int64_t)86400 * 1000000)

/*
 * Wait up to timeout (ns, > 0) for a non-blocking connect in progress.
 * The clock is read once before the first poll and again only after a
 * poll that timed out (a wait longer than one poll) or was interrupted,
 * to poll for what is left.
 */
static int
wait_connected(int s, sock2_duration_t timeout)
{
  int64_t start = sock2__sys_monotonic_ns();
  int64_t left = timeout;
  struct pollfd p;
  int soerr = 0;
  socklen_t len = (socklen_t)sizeof(soerr);

  p.fd = s;
  p.events = POLLOUT;
  for (;;) {
    /* Round up: never poll for 0 ms while time remains. */
    int ms = left >= POLL_MAX_NS ? INT_MAX : (int)((left + 999999) / 1000000);
    int n;

    p.revents = 0;
    n = poll(&p, 1, ms);
    if (n > 0)
      break;
    if (n == -1 && errno != EINTR)
      return SOCK2__ERRNO();
    /* Cannot overflow: 0 <= elapsed and 0 < timeout. */
    left = timeout - (sock2__sys_monotonic_ns() - start);
    if (left <= 0)
      return SOCK2_ETIMEDOUT;
  }
  if (p.revents & POLLNVAL)
    return SOCK2_EBADF;
  if (getsockopt(s, SOL_SOCKET, SO_ERROR, &soerr, &len) == -1)
    return SOCK2__ERRNO();
  if (soerr != 0)
    return sock2__sys_error(soerr);
  if (p.revents & (POLLERR | POLLHUP)) {
    /* Hang-up with no error recorded: ask the socket itself. */
    struct sockaddr_storage peer;
    socklen_t plen = (socklen_t)sizeof(peer);
    if (getpeername(s, (struct sockaddr *)&peer, &plen) == -1)
      return SOCK2__ERRNO();
  }
  return 0;
}

/*
 * Linux answers a non-blocking connect() to a unix stream listener whose
 * backlog is full with EAGAIN: nothing is in progress, and poll() would
 * report a hang-up at once. A blocking connect() waits for room instead,
 * bounded by the socket's send timeout (SO_SNDTIMEO). So: save
 * SO_SNDTIMEO, clear O_NONBLOCK, then set SO_SNDTIMEO to the time left and
 * connect again until that succeeds, fails for good or the time is up
 * (EAGAIN: the send timeout ran out; EINTR: a signal, retried with what
 * is left); then put SO_SNDTIMEO and the mode (fl) back. The BSDs refuse
 * at once (ECONNREFUSED), so they never come here.
 */
static int
connect_unix_wait(int s, const struct sockaddr *sa, socklen_t len,
                  sock2_duration_t timeout, int fl)
{
  int64_t start = sock2__sys_monotonic_ns();
  int64_t left = timeout;
  struct timeval old, tv;
  socklen_t olen = (socklen_t)sizeof(old);
  int err, restore = 0;

  memset(&old, 0, sizeof(old));
  if (getsockopt(s, SOL_SOCKET, SO_SNDTIMEO, &old, &olen) == -1 ||
      fcntl(s, F_SETFL, fl & ~O_NONBLOCK) == -1) {
    err = SOCK2__ERRNO();
    if (fl & O_NONBLOCK)
      return err; /* the mode was never changed */
    (void)fcntl(s, F_SETFL, fl);
    return err;
  }
  for (;;) {
    /* Whole microseconds, rounded up: never 0, which means "forever". */
    int64_t us = left / 1000 + (left % 1000 != 0);

    if (us > UNIX_WAIT_MAX_US)
      us = UNIX_WAIT_MAX_US;
    tv.tv_sec = (time_t)(us / 1000000);
    tv.tv_usec = (suseconds_t)(us % 1000000);
    if (setsockopt(s, SOL_SOCKET, SO_SNDTIMEO, &tv, (socklen_t)sizeof(tv)) ==
        -1) {
      err = SOCK2__ERRNO();
      break;
    }
    if (connect(s, sa, len) == 0) {
      err = 0;
      break;
    }
    err = SOCK2__ERRNO();
    if (err != SOCK2_EAGAIN && err != SOCK2_EINTR)
      break;
    left = timeout - (sock2__sys_monotonic_ns() - start);
    if (left <= 0) {
      err = SOCK2_ETIMEDOUT;
      break;
    }
  }
  if (setsockopt(s, SOL_SOCKET, SO_SNDTIMEO, &old, olen) == -1)
    restore = SOCK2__ERRNO();
  /* The socket is blocking now: only a non-blocking one needs a call. */
  if ((fl & O_NONBLOCK) && fcntl(s, F_SETFL, fl) == -1 && restore == 0)
    restore = SOCK2__ERRNO();
  /* As on the main path: the connection's outcome wins. */
  return err != 0 ? err : restore;
}

/*
 * Blocking socket: F_GETFL, F_SETFL, connect, poll, getsockopt(SO_ERROR),
 * F_SETFL; already non-blocking: F_GETFL, connect, poll, getsockopt
 * (tests/strace.sh). The mode goes back to the flags read at the start,
 * with no second F_GETFL: a status flag another thread changes meanwhile
 * (O_ASYNC) is undone.
 */
int
sock2__sys_connect_timeout(sock2_socket_t s, const struct sockaddr *sa,
                           sock2_socklen_t len, sock2_duration_t timeout)
{
  int fl = fcntl(s, F_GETFL);
  int err = 0;

  if (fl == -1)
    return SOCK2__ERRNO();
  if (!(fl & O_NONBLOCK) && fcntl(s, F_SETFL, fl | O_NONBLOCK) == -1)
    return SOCK2__ERRNO();
  if (connect(s, sa, len) == -1) {
    if (errno == EINPROGRESS) {
      err = wait_connected(s, timeout);
    } else {
      err = SOCK2__ERRNO();
      if (err == SOCK2_EAGAIN && sa->sa_family == AF_UNIX)
        return connect_unix_wait(s, sa, len, timeout, fl);
    }
  }
  /* The connection's outcome wins; a failed restore shows on success. */
  if (!(fl & O_NONBLOCK) && fcntl(s, F_SETFL, fl) == -1 && err == 0)
    err = SOCK2__ERRNO();
  return err;
}

int
sock2__sys_listen(sock2_socket_t s, int backlog)
{
  return listen(s, backlog) == -1 ? SOCK2__ERRNO() : 0;
}

/*
 * accept() and then fcntl for the flags asked (exact_mode), into a local
 * address so that sa and *len are written only on success.
 */
static int
accept_fcntl(sock2_socket_t s, sock2_socket_t *out, struct sockaddr *sa,
             sock2_socklen_t *len, int mode, int flags)
{
  int cloexec = mode == SOCK2__SAFE || (flags & SOCK2_TYPE_CLOEXEC);
  int nonblock = mode != SOCK2__SAFE && (flags & SOCK2_TYPE_NONBLOCK);
  /* Whether the caller asked for a definite blocking mode. */
  int exact_mode = mode == SOCK2__SAFE || flags != 0;
  struct sockaddr_storage ss;
  sock2_socklen_t sslen = (sock2_socklen_t)sizeof(ss);
  int fd, err;

  if (!exact_mode) {
    /* Nothing to set after the call: the OS writes sa on success only. */
    fd = accept(s, sa, len);
    if (fd == -1)
      return SOCK2__ERRNO();
    *out = fd;
    return 0;
  }
  fd = accept(s, sa != NULL ? (struct sockaddr *)&ss : NULL,
              sa != NULL ? &sslen : NULL);
  if (fd == -1)
    return SOCK2__ERRNO();
  /*
   * BSD-derived kernels copy O_NONBLOCK from the listener; set exactly
   * what was asked for.
   */
  err = sock2__unix_set_nonblock(fd, nonblock);
  /*
   * SO_NOSIGPIPE too where sends cannot carry MSG_NOSIGNAL: a listener
   * the library did not create may lack it, and so would its sockets.
   */
  if (err == 0)
    err = sock2__unix_finish_new(fd, cloexec, 0, mode == SOCK2__SAFE);
  else
    close(fd);
  if (err != 0)
    return err;
  if (sa != NULL) {
    /* What the kernel wrote: at most what the caller's buffer holds. */
    size_t n = (size_t)sslen < (size_t)*len ? (size_t)sslen : (size_t)*len;
    memcpy(sa, &ss, n < sizeof(ss) ? n : sizeof(ss));
    *len = sslen;
  }
  *out = fd;
  return 0;
}

#if defined(HAVE_ACCEPT4) && HAVE_DECL_SOCK_CLOEXEC && HAVE_DECL_SOCK_NONBLOCK
/* accept4() failed (errno set): see sysinline.h. */
int
sock2__unix_accept4_failed(const struct sock2__unix_accept_args *a,
                           struct sockaddr *sa, sock2_socklen_t *len,
                           int mode, int flags)
{
  if (errno != ENOSYS)
    return SOCK2__ERRNO();
  /* A libc newer than the kernel: fall back to accept() + fcntl. */
  return accept_fcntl(a->s, a->out, sa, len, mode, flags);
}
#endif

#ifndef SOCK2__SYS_INLINE_ACCEPT /* else inline, sysinline.h */
int
sock2__sys_accept(sock2_socket_t s, sock2_socket_t *out, struct sockaddr *sa,
                  sock2_socklen_t *len, int mode, int flags)
{
#if defined(HAVE_ACCEPT4) && HAVE_DECL_SOCK_CLOEXEC && HAVE_DECL_SOCK_NONBLOCK
  if (mode == SOCK2__SAFE || flags != 0) {
    /*
     * accept4() sets both flags atomically and never inherits O_NONBLOCK
     * from the listener, so this one call is the whole job.
     */
    int cloexec = mode == SOCK2__SAFE || (flags & SOCK2_TYPE_CLOEXEC);
    int nonblock = mode != SOCK2__SAFE && (flags & SOCK2_TYPE_NONBLOCK);
    int fd = accept4(s, sa, len, (cloexec ? SOCK_CLOEXEC : 0) |
                                     (nonblock ? SOCK_NONBLOCK : 0));
    if (fd == -1) {
      struct sock2__unix_accept_args a;
      a.s = s;
      a.out = out;
      return sock2__unix_accept4_failed(&a, sa, len, mode, flags);
    }
# if NEED_SO_NOSIGPIPE
    if (mode == SOCK2__SAFE) {
      int err = sock2__unix_finish_new(fd, 0, 0, 1);
      if (err != 0)
        return err;
    }
# endif
    *out = fd;
    return 0;
  }
#endif
  return accept_fcntl(s, out, sa, len, mode, flags);
}
#endif

int
sock2__sys_getsockname(sock2_socket_t s, struct sockaddr *sa,
                       sock2_socklen_t *len)
{
  return getsockname(s, sa, len) == -1 ? SOCK2__ERRNO() : 0;
}

int
sock2__sys_getpeername(sock2_socket_t s, struct sockaddr *sa,
                       sock2_socklen_t *len)
{
  return getpeername(s, sa, len) == -1 ? SOCK2__ERRNO() : 0;
}

int
sock2__sys_dup(sock2_socket_t s, sock2_socket_t *out)
{
  int fd, err;

#if HAVE_DECL_F_DUPFD_CLOEXEC
  fd = fcntl(s, F_DUPFD_CLOEXEC, 0);
  if (fd != -1) {
    *out = fd;
    return 0;
  }
  if (errno != EINVAL)
    return SOCK2__ERRNO();
  /* Kernels before Linux 2.6.24 refuse the command: use two calls. */
#endif
  fd = fcntl(s, F_DUPFD, 0);
  if (fd == -1)
    return SOCK2__ERRNO();
  err = sock2__unix_finish_new(fd, 1, 0, 0);
  if (err != 0)
    return err;
  *out = fd;
  return 0;
}

int
sock2__sys_nonblocking(sock2_socket_t s, int *on)
{
  int fl = fcntl(s, F_GETFL);

  if (fl == -1)
    return SOCK2__ERRNO();
  *on = (fl & O_NONBLOCK) != 0;
  return 0;
}

int
sock2__sys_set_nonblocking(sock2_socket_t s, int on)
{
  return sock2__unix_set_nonblock(s, on);
}

int
sock2__sys_cloexec(sock2_socket_t s, int *on)
{
  int fl = fcntl(s, F_GETFD);

  if (fl == -1)
    return SOCK2__ERRNO();
  *on = (fl & FD_CLOEXEC) != 0;
  return 0;
}

int
sock2__sys_set_cloexec(sock2_socket_t s, int on)
{
  int fl = fcntl(s, F_GETFD);
  int want;

  if (fl == -1)
    return SOCK2__ERRNO();
  want = on ? (fl | FD_CLOEXEC) : (fl & ~FD_CLOEXEC);
  if (want != fl && fcntl(s, F_SETFD, want) == -1)
    return SOCK2__ERRNO();
  return 0;
}

int
sock2__sys_shutdown(sock2_socket_t s, int how)
{
  return shutdown(s, how) == -1 ? SOCK2__ERRNO() : 0;
}

/* close() failed (errno set). */
int
sock2__unix_close_failed(void)
{
  /*
   * Linux (and POSIX 2024) release the descriptor even when close() is
   * interrupted; reporting EINTR would invite a double close.
   */
  if (errno == EINTR || errno == EINPROGRESS)
    return 0;
  return SOCK2__ERRNO();
}

#ifndef SOCK2__SYS_INLINE_CLOSE /* else inline, sysinline.h */
int
sock2__sys_close(sock2_socket_t s)
{
  if (close(s) == -1)
    return sock2__unix_close_failed();
  return 0;
}
#endif
