/* SPDX-License-Identifier: MIT */
/* POSIX backend: send and receive, sendmsg/recvmsg, sendfile, timeouts. */
#include "internal.h"

#include <time.h>
#include <sys/time.h>
#ifdef HAVE_SYS_SENDFILE_H
# include <sys/sendfile.h>
#endif

/*
 * sock2_buf_t must be struct iovec in disguise, so that arrays of it go to
 * the kernel as they are. Checked at build time (C99: a negative array
 * size is a compile error).
 */
typedef char sock2__buf_is_iovec[
  (sizeof(sock2_buf_t) == sizeof(struct iovec) &&
   offsetof(sock2_buf_t, base) == offsetof(struct iovec, iov_base) &&
   offsetof(sock2_buf_t, len) == offsetof(struct iovec, iov_len) &&
   sizeof(((sock2_buf_t *)0)->len) == sizeof(((struct iovec *)0)->iov_len))
    ? 1
    : -1];

/* How sends avoid SIGPIPE: see sys-unix/internal.h. */
#define NOSIGNAL_FLAG SOCK2__NOSIGNAL_FLAG

/* ---- send, sendto, sendmsg ---------------------------------------------- */

sock2_ssize_t
sock2__sys_sendto(sock2_socket_t s, const void *buf, size_t len, int flags,
                  const struct sockaddr *sa, sock2_socklen_t salen)
{
  ssize_t n;
#if SOCK2__SEND_GUARD
  sock2__sigpipe_guard_t g;

  /* POSIX raises SIGPIPE for a send only with its EPIPE error. */
  sock2__sigpipe_enter(&g);
  n = sendto(s, buf, len, flags, sa, salen);
  sock2__sigpipe_leave(&g, n == -1 && errno == EPIPE);
#else
  n = sendto(s, buf, len, flags | NOSIGNAL_FLAG, sa, salen);
#endif
  return n == -1 ? SOCK2__ERRNO() : n;
}

#ifndef SOCK2__SYS_INLINE_SEND /* else inline, sysinline.h */
sock2_ssize_t
sock2__sys_send(sock2_socket_t s, const void *buf, size_t len, int flags)
{
#if SOCK2__SEND_GUARD
  return sock2__sys_sendto(s, buf, len, flags, NULL, 0);
#else
  ssize_t n = send(s, buf, len, flags | NOSIGNAL_FLAG);
  return n == -1 ? SOCK2__ERRNO() : n;
#endif
}
#endif

/* sendmsg() without SIGPIPE; shared by the two callers below (inlined). */
static sock2_ssize_t
sendmsg_nosig(sock2_socket_t s, const struct msghdr *msg, int flags)
{
  ssize_t n;
#if SOCK2__SEND_GUARD
  sock2__sigpipe_guard_t g;

  sock2__sigpipe_enter(&g);
  n = sendmsg(s, msg, flags);
  sock2__sigpipe_leave(&g, n == -1 && errno == EPIPE);
#else
  n = sendmsg(s, msg, flags | NOSIGNAL_FLAG);
#endif
  return n == -1 ? SOCK2__ERRNO() : n;
}

sock2_ssize_t
sock2__sys_sendmsg(sock2_socket_t s, const sock2_msg_t *msg, int flags)
{
  return sendmsg_nosig(s, msg, flags);
}

#ifndef SOCK2__SYS_INLINE_SEND /* else inline, sysinline.h */
sock2_ssize_t
sock2__sys_sendv(sock2_socket_t s, const sock2_buf_t *bufs, size_t n,
                 int flags, const struct sockaddr *sa, sock2_socklen_t salen)
{
  struct msghdr m;

  memset(&m, 0, sizeof(m));
  m.msg_name = (void *)sa;
  m.msg_namelen = sa != NULL ? salen : 0;
  m.msg_iov = (struct iovec *)bufs;
  m.msg_iovlen = n;
  return sendmsg_nosig(s, &m, flags);
}
#endif

/* ---- recv, recvfrom, recvmsg -------------------------------------------- */

#ifndef SOCK2__SYS_INLINE_RECV /* else inline, sysinline.h */
sock2_ssize_t
sock2__sys_recv(sock2_socket_t s, void *buf, size_t len, int flags)
{
  ssize_t n = recv(s, buf, len, flags);
  return n == -1 ? SOCK2__ERRNO() : n;
}
#endif

sock2_ssize_t
sock2__sys_recvfrom(sock2_socket_t s, void *buf, size_t len, int flags,
                    struct sockaddr *sa, sock2_socklen_t *salen)
{
  ssize_t n = recvfrom(s, buf, len, flags, sa, salen);
  return n == -1 ? SOCK2__ERRNO() : n;
}

sock2_ssize_t
sock2__sys_recvmsg(sock2_socket_t s, sock2_msg_t *msg, int flags)
{
  ssize_t n = recvmsg(s, msg, flags);
  return n == -1 ? SOCK2__ERRNO() : n;
}

#ifndef SOCK2__SYS_INLINE_RECV /* else inline, sysinline.h */
sock2_ssize_t
sock2__sys_recvv(sock2_socket_t s, sock2_buf_t *bufs, size_t n, int flags,
                 struct sockaddr *sa, sock2_socklen_t *salen, int *rflags)
{
  struct msghdr m;
  ssize_t r;

  memset(&m, 0, sizeof(m));
  if (sa != NULL) {
    m.msg_name = sa;
    m.msg_namelen = *salen;
  }
  m.msg_iov = (struct iovec *)bufs;
  m.msg_iovlen = n;
  r = recvmsg(s, &m, flags);
  if (r == -1)
    return SOCK2__ERRNO();
  if (sa != NULL)
    *salen = m.msg_namelen;
  if (rflags != NULL)
    *rflags = m.msg_flags;
  return r;
}
#endif

int
sock2__sys_peek_sender(sock2_socket_t s, struct sockaddr *sa,
                       sock2_socklen_t *salen)
{
  /* Not 0 bytes: macOS fills no address for an empty buffer. */
  char scratch[8];
  ssize_t n = recvfrom(s, scratch, sizeof(scratch), MSG_PEEK, sa, salen);
  return n == -1 ? SOCK2__ERRNO() : 0;
}

/* ---- sendfile ----------------------------------------------------------- */

/* The Linux kernel's per-call maximum for sendfile(). */
#define LINUX_SENDFILE_MAX ((size_t)0x7ffff000)

/* Bytes per call of the read-and-send fallback (a stack buffer). */
#define FALLBACK_CHUNK 16384

sock2_ssize_t
sock2__sys_sendfile(sock2_socket_t s, sock2_file_t file, uint64_t offset,
                    size_t len)
{
  off_t off = (off_t)offset;

  if (off < 0 || (uint64_t)off != offset)
    return SOCK2_EOVERFLOW;
#if defined(HAVE_SENDFILE_LINUX)
  {
    size_t count = len == 0 || len > LINUX_SENDFILE_MAX ? LINUX_SENDFILE_MAX
                                                        : len;
    ssize_t n;
# if SOCK2__SENDFILE_GUARD
    sock2__sigpipe_guard_t g;

    /*
     * Whatever it returns: a partial count may come with the SIGPIPE of
     * a later internal send to a peer that went away meanwhile.
     */
    sock2__sigpipe_enter(&g);
    n = sendfile(s, file, &off, count);
    sock2__sigpipe_leave(&g, 1);
# else
    n = sendfile(s, file, &off, count);
# endif
    return n == -1 ? SOCK2__ERRNO() : n;
  }
#elif defined(HAVE_SENDFILE_BSD)
  {
    /*
     * FreeBSD, DragonFly: nbytes 0 means to end of file. At most
     * SOCK2__MAX_BUF_LEN per call, so the count returned fits
     * sock2_ssize_t (a 32-bit system could otherwise send more).
     */
    size_t count = len == 0 || len > SOCK2__MAX_BUF_LEN ? SOCK2__MAX_BUF_LEN
                                                        : len;
    off_t sent = 0;
    int rc;
# if SOCK2__SENDFILE_GUARD
    sock2__sigpipe_guard_t g;

    sock2__sigpipe_enter(&g);
    rc = sendfile(file, s, off, count, NULL, &sent, 0);
    sock2__sigpipe_leave(&g, 1);
# else
    rc = sendfile(file, s, off, count, NULL, &sent, 0);
# endif
    /* EAGAIN, EINTR and EBUSY may come after a partial transfer. */
    if (rc == -1 && sent == 0)
      return SOCK2__ERRNO();
    return (sock2_ssize_t)sent;
  }
#elif defined(HAVE_SENDFILE_APPLE)
  {
    /*
     * macOS: *len in = bytes wanted (0 = to end of file), out = sent. A
     * size_t above OFF_MAX would turn negative in the off_t: at most
     * SOCK2__MAX_BUF_LEN per call, which also keeps the result in range.
     */
    off_t io = len == 0 || len > SOCK2__MAX_BUF_LEN ? (off_t)SOCK2__MAX_BUF_LEN
                                                    : (off_t)len;
    int rc;
# if SOCK2__SENDFILE_GUARD
    sock2__sigpipe_guard_t g;

    sock2__sigpipe_enter(&g);
    rc = sendfile(file, s, off, &io, NULL, 0);
    sock2__sigpipe_leave(&g, 1);
# else
    rc = sendfile(file, s, off, &io, NULL, 0);
# endif
    if (rc == -1 && io == 0)
      return SOCK2__ERRNO();
    return (sock2_ssize_t)io;
  }
#else
  {
    /* No kernel path: one pread() and one send() of at most one chunk. */
    char chunk[FALLBACK_CHUNK];
    size_t want = len == 0 || len > sizeof(chunk) ? sizeof(chunk) : len;
    ssize_t got = pread(file, chunk, want, off);

    if (got == -1)
      return SOCK2__ERRNO();
    if (got == 0)
      return 0;
    return sock2__sys_send(s, chunk, (size_t)got, 0);
  }
#endif
}

/* ---- SO_RCVTIMEO / SO_SNDTIMEO ------------------------------------------ */

int
sock2__sys_set_timeout(sock2_socket_t s, int name, sock2_duration_t d)
{
  struct timeval tv;

  if (d == SOCK2_DURATION_NONE) {
    tv.tv_sec = 0;
    tv.tv_usec = 0;
  } else {
    /* Whole microseconds, rounded up: 1 ns becomes 1 us, never 0. */
    int64_t us = d / 1000 + (d % 1000 != 0);
    int64_t sec = us / 1000000;
    if (sizeof(tv.tv_sec) < sizeof(int64_t) && sec > INT32_MAX) {
      sec = INT32_MAX; /* a 32-bit time_t: clamp to its largest */
      us = 999999;
    }
    tv.tv_sec = (time_t)sec;
    tv.tv_usec = (suseconds_t)(us % 1000000);
  }
  if (setsockopt(s, SOL_SOCKET, name, &tv, (socklen_t)sizeof(tv)) == -1)
    return SOCK2__ERRNO();
  return 0;
}

int
sock2__sys_timeout(sock2_socket_t s, int name, sock2_duration_t *d)
{
  struct timeval tv;
  socklen_t len = (socklen_t)sizeof(tv);
  int64_t sec;

  memset(&tv, 0, sizeof(tv));
  if (getsockopt(s, SOL_SOCKET, name, &tv, &len) == -1)
    return SOCK2__ERRNO();
  if (tv.tv_sec == 0 && tv.tv_usec == 0) {
    *d = SOCK2_DURATION_NONE;
    return 0;
  }
  sec = (int64_t)tv.tv_sec;
  if (sec > INT64_MAX / 1000000000 - 1)
    *d = INT64_MAX;
  else
    *d = sec * 1000000000 + (int64_t)tv.tv_usec * 1000;
  return 0;
}
