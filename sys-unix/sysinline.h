/* SPDX-License-Identifier: MIT */
/*
 * POSIX backend: the hot sock2__sys_* functions, static inline. Included
 * at the end of lib/internal.h, so the public function in lib/ that calls
 * one of these compiles into a single function: its argument checks, the
 * system call and the success test, with no call in between (the library
 * is built -fvisibility=hidden, so what remains is the PLT call into
 * libc). Failure paths call out of line: sock2__sys_error() and the
 * sock2__unix_*_failed() helpers in the .c files, which finish the job
 * from the failed call without repeating it.
 *
 * Which functions are here is set by SOCK2__SYS_INLINE_* in sysdefs.h;
 * each keeps the contract written in lib/internal.h.
 */
#ifndef SOCK2_SYS_UNIX_SYSINLINE_H
#define SOCK2_SYS_UNIX_SYSINLINE_H

/* ---- Slow paths, out of line (sys-unix/socket.c) ------------------------ */

/*
 * socket() failed (errno set): a kernel older than its headers refuses the
 * flags with EINVAL, and is retried without them plus fcntl; any other
 * error is returned.
 */
struct sock2__unix_socket_args {
  int domain, type, protocol;
  /*
   * volatile: the success path reads the pointer back from this frame
   * (one load) instead of keeping a copy in a saved register as well
   * (clang otherwise does both).
   */
  sock2_socket_t *volatile out;
};
int sock2__unix_socket_failed(const struct sock2__unix_socket_args *a,
                              int mode);
/*
 * accept4() failed (errno set): ENOSYS (a libc newer than the kernel)
 * falls back to accept() + fcntl; any other error is returned. The kernel
 * writes sa and *len only for an accepted connection, and so does the
 * fallback.
 */
struct sock2__unix_accept_args {
  sock2_socket_t s;
  sock2_socket_t *volatile out; /* read back from memory (see above) */
};
int sock2__unix_accept4_failed(const struct sock2__unix_accept_args *a,
                               struct sockaddr *sa, sock2_socklen_t *len,
                               int mode, int flags);
/* close() failed (errno set): EINTR and EINPROGRESS still closed it. */
int sock2__unix_close_failed(void);

/* ---- Creation and close ------------------------------------------------- */

#ifdef SOCK2__SYS_INLINE_SOCKET
/*
 * The socket() type for a SOCK2_TYPE_* with creation flags, in mode
 * SOCK2__SAFE or SOCK2__RAW: the flags map to SOCK_CLOEXEC and
 * SOCK_NONBLOCK (the same bits on Linux, where this folds to one OR).
 */
static inline int
sock2__unix_socket_type(int type, int mode)
{
  return (type & ~(SOCK2_TYPE_NONBLOCK | SOCK2_TYPE_CLOEXEC)) |
         (mode == SOCK2__SAFE || (type & SOCK2_TYPE_CLOEXEC) ? SOCK_CLOEXEC
                                                             : 0) |
         ((type & SOCK2_TYPE_NONBLOCK) ? SOCK_NONBLOCK : 0);
}

static inline int
sock2__sys_socket(int domain, int type, int protocol, int mode,
                  sock2_socket_t *out)
{
  /*
   * The arguments go to memory for the failure path (three stores) rather
   * than to saved registers across the call (a push, a move and a pop
   * each).
   */
  struct sock2__unix_socket_args a;
  int fd;

  a.domain = domain;
  a.type = type;
  a.protocol = protocol;
  a.out = out;
  fd = socket(domain, sock2__unix_socket_type(type, mode), protocol);
  if (fd < 0)
    return sock2__unix_socket_failed(&a, mode);
  *a.out = fd;
  return 0;
}
#endif /* SOCK2__SYS_INLINE_SOCKET */

#ifdef SOCK2__SYS_INLINE_ACCEPT
static inline int
sock2__sys_accept(sock2_socket_t s, sock2_socket_t *out, struct sockaddr *sa,
                  sock2_socklen_t *len, int mode, int flags)
{
  /* In memory for the failure path, as in sock2__sys_socket(). */
  struct sock2__unix_accept_args a;
  int fd;

  a.s = s;
  a.out = out;
  if (mode == SOCK2__SAFE || flags != 0) {
    /*
     * A definite mode: accept4() sets both flags atomically and never
     * inherits O_NONBLOCK from the listener.
     */
    int cloexec = mode == SOCK2__SAFE || (flags & SOCK2_TYPE_CLOEXEC);
    int nonblock = mode != SOCK2__SAFE && (flags & SOCK2_TYPE_NONBLOCK);

    fd = accept4(s, sa, len,
                 (cloexec ? SOCK_CLOEXEC : 0) | (nonblock ? SOCK_NONBLOCK : 0));
    if (fd < 0)
      return sock2__unix_accept4_failed(&a, sa, len, mode, flags);
  } else {
    fd = accept(s, sa, len);
    if (fd < 0)
      return sock2__sys_error(errno);
  }
  *a.out = fd;
  return 0;
}
#endif /* SOCK2__SYS_INLINE_ACCEPT */

#ifdef SOCK2__SYS_INLINE_CLOSE
static inline int
sock2__sys_close(sock2_socket_t s)
{
  int rc = close(s); /* 0 or -1 */

  return rc == 0 ? 0 : sock2__unix_close_failed();
}
#endif /* SOCK2__SYS_INLINE_CLOSE */

/* ---- Data transfer ------------------------------------------------------ */

#ifdef SOCK2__SYS_INLINE_SEND
static inline sock2_ssize_t
sock2__sys_send(sock2_socket_t s, const void *buf, size_t len, int flags)
{
  ssize_t n = send(s, buf, len, flags | SOCK2__MSG_NOSIGNAL);

  return n == -1 ? sock2__sys_error(errno) : n;
}

static inline sock2_ssize_t
sock2__sys_sendv(sock2_socket_t s, const sock2_buf_t *bufs, size_t n,
                 int flags, const struct sockaddr *sa, sock2_socklen_t salen)
{
  struct msghdr m;
  ssize_t r;

  memset(&m, 0, sizeof(m));
  m.msg_name = (void *)sa;
  m.msg_namelen = sa != NULL ? salen : 0;
  m.msg_iov = (struct iovec *)bufs; /* the same layout (sys-unix/io.c) */
  m.msg_iovlen = n;
  r = sendmsg(s, &m, flags | SOCK2__MSG_NOSIGNAL);
  return r == -1 ? sock2__sys_error(errno) : r;
}
#endif /* SOCK2__SYS_INLINE_SEND */

#ifdef SOCK2__SYS_INLINE_RECV
static inline sock2_ssize_t
sock2__sys_recv(sock2_socket_t s, void *buf, size_t len, int flags)
{
  ssize_t n = recv(s, buf, len, flags);

  return n == -1 ? sock2__sys_error(errno) : n;
}

static inline sock2_ssize_t
sock2__sys_recvv(sock2_socket_t s, sock2_buf_t *bufs, size_t n, int flags,
                 struct sockaddr *sa, sock2_socklen_t *salen, int *rflags)
{
  /* The out pointer in memory across the call, not in a saved register. */
  struct {
    struct msghdr m;
    int *rflags;
  } f;
  ssize_t r;

  memset(&f.m, 0, sizeof(f.m));
  f.rflags = rflags;
  if (sa != NULL) {
    f.m.msg_name = sa;
    f.m.msg_namelen = *salen;
  }
  f.m.msg_iov = (struct iovec *)bufs;
  f.m.msg_iovlen = n;
  r = recvmsg(s, &f.m, flags);
  if (r < 0)
    return sock2__sys_error(errno);
  if (sa != NULL)
    *salen = f.m.msg_namelen;
  if (f.rflags != NULL)
    *f.rflags = f.m.msg_flags;
  return r;
}
#endif /* SOCK2__SYS_INLINE_RECV */

/* ---- Options ------------------------------------------------------------ */

#ifdef SOCK2__SYS_INLINE_SOCKOPT
/* Both return 0 or -1: testing for 0 lets the result be returned as is. */
static inline int
sock2__sys_getsockopt(sock2_socket_t s, int level, int name, void *val,
                      sock2_socklen_t *len)
{
  int rc = getsockopt(s, level, name, val, len);

  return rc == 0 ? 0 : SOCK2__NEGATIVE(sock2__sys_fail());
}

static inline int
sock2__sys_setsockopt(sock2_socket_t s, int level, int name,
                      const void *val, sock2_socklen_t len)
{
  int rc = setsockopt(s, level, name, val, len);

  return rc == 0 ? 0 : SOCK2__NEGATIVE(sock2__sys_fail());
}
#endif /* SOCK2__SYS_INLINE_SOCKOPT */

#endif /* SOCK2_SYS_UNIX_SYSINLINE_H */
