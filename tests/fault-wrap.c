/* SPDX-License-Identifier: MIT */
/*
 * Fault injection for tests/check_fault: interposers for every C library
 * function the POSIX backend calls. check_fault is linked with the
 * linker's --wrap=NAME for each of them (Makefile.am), so a call to NAME
 * from the library's objects reaches __wrap_NAME here, which asks the
 * fault plan (fault_enter()) and then either fails with the planned errno,
 * shortens a send, or forwards to the real function (__real_NAME). While
 * no plan is armed every call forwards untouched.
 *
 * Keep this list and Makefile.am's FAULT_WRAP in step; tests/fault-calls.sh
 * fails when the library calls a function that is not interposed here.
 */
#include "fault.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <netdb.h>
#include <net/if.h>
#include <sys/socket.h>
#include <sys/time.h>
#ifdef HAVE_SYS_SENDFILE_H
# include <sys/sendfile.h>
#endif

fault_state_t fault;

int
fault_enter(const char *fn, int fd, int cmd, long arg)
{
  int idx, i;

  if (!fault.armed)
    return 0;
  idx = fault.ncalls++;
  if (idx < FAULT_MAX_CALLS) {
    fault.calls[idx].fn = fn;
    fault.calls[idx].fd = fd;
    fault.calls[idx].cmd = cmd;
    fault.calls[idx].arg = arg;
    fault.calls[idx].fault = 0;
    fault.calls[idx].ret = 0;
  }
  for (i = 0; i < fault.nfaults; i++) {
    if (fault.faults[i].at == idx) {
      if (idx < FAULT_MAX_CALLS)
        fault.calls[idx].fault = fault.faults[i].err;
      return fault.faults[i].err;
    }
  }
  return 0;
}

/* Record a created descriptor (checked for leaks) and a call's result. */
static void
fault_created(int fd)
{
  if (fault.armed && fd >= 0 && fault.ncreated < FAULT_MAX_CREATED)
    fault.created[fault.ncreated++] = fd;
}

static void
fault_ret(long ret)
{
  int idx = fault.ncalls - 1;
  if (fault.armed && idx >= 0 && idx < FAULT_MAX_CALLS)
    fault.calls[idx].ret = ret;
}

/*
 * Declarations of the wrappers and of the real functions the linker
 * provides (-Wmissing-prototypes wants the former).
 */
#define WRAP_DECL(ret, name, params)                                          \
  ret __real_##name params;                                                   \
  ret __wrap_##name params

/* An injected failure: errno set, -1 returned. */
#define FAIL_WITH(e)                                                          \
  do {                                                                        \
    errno = (e);                                                              \
    return -1;                                                                \
  } while (0)

/*
 * What the kernel does on a stream whose peer is gone: EPIPE, and SIGPIPE
 * raised at the calling thread unless the send said MSG_NOSIGNAL (sendfile
 * cannot say it).
 */
#ifdef MSG_NOSIGNAL
# define NOSIGNAL_IN(flags) (((flags) & MSG_NOSIGNAL) != 0)
#else
# define NOSIGNAL_IN(flags) 0
#endif

static void
kernel_sigpipe(int nosignal)
{
  if (!nosignal) {
    if (fault.armed)
      fault.raised++;
    raise(SIGPIPE);
  }
}

#define FAIL_SEND(e, nosignal)                                                \
  do {                                                                        \
    if ((e) == EPIPE)                                                         \
      kernel_sigpipe(nosignal);                                               \
    errno = (e);                                                              \
    return -1;                                                                \
  } while (0)

#define IS_SHORT(e) ((e) == FAULT_PARTIAL || (e) == FAULT_PARTIAL_SIGPIPE)

/* ---- Creation ------------------------------------------------------------ */

WRAP_DECL(int, socket, (int domain, int type, int protocol));
int
__wrap_socket(int domain, int type, int protocol)
{
  int e = fault_enter("socket", -1, 0, type), fd;
  if (e > 0)
    FAIL_WITH(e);
  fd = __real_socket(domain, type, protocol);
  fault_created(fd);
  return fd;
}

WRAP_DECL(int, socketpair, (int domain, int type, int protocol, int sv[2]));
int
__wrap_socketpair(int domain, int type, int protocol, int sv[2])
{
  int e = fault_enter("socketpair", -1, 0, type), r;
  if (e > 0)
    FAIL_WITH(e);
  r = __real_socketpair(domain, type, protocol, sv);
  if (r == 0) {
    fault_created(sv[0]);
    fault_created(sv[1]);
  }
  return r;
}

WRAP_DECL(int, accept, (int s, struct sockaddr *sa, socklen_t *len));
int
__wrap_accept(int s, struct sockaddr *sa, socklen_t *len)
{
  int e = fault_enter("accept", s, 0, 0), fd;
  if (e > 0)
    FAIL_WITH(e);
  fd = __real_accept(s, sa, len);
  fault_created(fd);
  return fd;
}

#ifdef HAVE_ACCEPT4
WRAP_DECL(int, accept4, (int s, struct sockaddr *sa, socklen_t *len,
                         int flags));
int
__wrap_accept4(int s, struct sockaddr *sa, socklen_t *len, int flags)
{
  int e = fault_enter("accept4", s, 0, flags), fd;
  if (e > 0)
    FAIL_WITH(e);
  fd = __real_accept4(s, sa, len, flags);
  fault_created(fd);
  return fd;
}
#endif

/*
 * fcntl() is variadic: the commands the backend uses take no argument or
 * an int; anything else (from the test framework) passes a pointer.
 */
WRAP_DECL(int, fcntl, (int fd, int cmd, ...));
int
__wrap_fcntl(int fd, int cmd, ...)
{
  va_list ap;
  int e, r, iarg = 0;
  void *parg = NULL;
  int kind; /* 0: none, 1: int, 2: pointer */

  switch (cmd) {
  case F_GETFL:
  case F_GETFD:
    kind = 0;
    break;
  case F_SETFL:
  case F_SETFD:
  case F_DUPFD:
#ifdef F_DUPFD_CLOEXEC
  case F_DUPFD_CLOEXEC:
#endif
    kind = 1;
    break;
  default:
    kind = 2;
    break;
  }
  va_start(ap, cmd);
  if (kind == 1)
    iarg = va_arg(ap, int);
  else if (kind == 2)
    parg = va_arg(ap, void *);
  va_end(ap);
  e = fault_enter("fcntl", fd, cmd, iarg);
  if (e > 0)
    FAIL_WITH(e);
  if (kind == 0)
    r = __real_fcntl(fd, cmd);
  else if (kind == 1)
    r = __real_fcntl(fd, cmd, iarg);
  else
    r = __real_fcntl(fd, cmd, parg);
  if (cmd == F_DUPFD
#ifdef F_DUPFD_CLOEXEC
      || cmd == F_DUPFD_CLOEXEC
#endif
  )
    fault_created(r);
  return r;
}

/*
 * close() releases the descriptor even when it fails (Linux, POSIX 2024),
 * so an injected failure closes first and then reports the error.
 */
WRAP_DECL(int, close, (int fd));
int
__wrap_close(int fd)
{
  int e = fault_enter("close", fd, 0, 0);
  int r = __real_close(fd);
  if (e > 0)
    FAIL_WITH(e);
  return r;
}

/* ---- Addresses, connections, options ------------------------------------ */

#define WRAP_SIMPLE(name, params, args, fdarg)                                \
  WRAP_DECL(int, name, params);                                               \
  int __wrap_##name params                                                    \
  {                                                                           \
    int e = fault_enter(#name, (fdarg), 0, 0);                                \
    if (e > 0)                                                                \
      FAIL_WITH(e);                                                           \
    return __real_##name args;                                                \
  }

WRAP_SIMPLE(bind, (int s, const struct sockaddr *sa, socklen_t len),
            (s, sa, len), s)
WRAP_SIMPLE(connect, (int s, const struct sockaddr *sa, socklen_t len),
            (s, sa, len), s)
WRAP_SIMPLE(listen, (int s, int backlog), (s, backlog), s)
WRAP_SIMPLE(getsockname, (int s, struct sockaddr *sa, socklen_t *len),
            (s, sa, len), s)
WRAP_SIMPLE(getpeername, (int s, struct sockaddr *sa, socklen_t *len),
            (s, sa, len), s)
WRAP_SIMPLE(shutdown, (int s, int how), (s, how), s)

/* The option calls record the level and the name (which option). */
WRAP_DECL(int, getsockopt, (int s, int level, int name, void *val,
                            socklen_t *len));
int
__wrap_getsockopt(int s, int level, int name, void *val, socklen_t *len)
{
  int e = fault_enter("getsockopt", s, level, name);
  if (e > 0)
    FAIL_WITH(e);
  return __real_getsockopt(s, level, name, val, len);
}

WRAP_DECL(int, setsockopt, (int s, int level, int name, const void *val,
                            socklen_t len));
int
__wrap_setsockopt(int s, int level, int name, const void *val, socklen_t len)
{
  int e = fault_enter("setsockopt", s, level, name);
  if (e > 0)
    FAIL_WITH(e);
  return __real_setsockopt(s, level, name, val, len);
}

/* ---- Data transfer: sends may be made short ------------------------------ */

WRAP_DECL(ssize_t, send, (int s, const void *buf, size_t len, int flags));
ssize_t
__wrap_send(int s, const void *buf, size_t len, int flags)
{
  int e = fault_enter("send", s, 0, (long)len);
  ssize_t n;
  if (e > 0)
    FAIL_SEND(e, NOSIGNAL_IN(flags));
  if (IS_SHORT(e) && len > 1)
    len = 1;
  n = __real_send(s, buf, len, flags);
  if (e == FAULT_PARTIAL_SIGPIPE)
    kernel_sigpipe(NOSIGNAL_IN(flags));
  fault_ret((long)n);
  return n;
}

WRAP_DECL(ssize_t, sendto, (int s, const void *buf, size_t len, int flags,
                            const struct sockaddr *sa, socklen_t salen));
ssize_t
__wrap_sendto(int s, const void *buf, size_t len, int flags,
              const struct sockaddr *sa, socklen_t salen)
{
  int e = fault_enter("sendto", s, 0, (long)len);
  ssize_t n;
  if (e > 0)
    FAIL_SEND(e, NOSIGNAL_IN(flags));
  if (IS_SHORT(e) && len > 1)
    len = 1;
  n = __real_sendto(s, buf, len, flags, sa, salen);
  if (e == FAULT_PARTIAL_SIGPIPE)
    kernel_sigpipe(NOSIGNAL_IN(flags));
  fault_ret((long)n);
  return n;
}

WRAP_DECL(ssize_t, sendmsg, (int s, const struct msghdr *msg, int flags));
ssize_t
__wrap_sendmsg(int s, const struct msghdr *msg, int flags)
{
  int e = fault_enter("sendmsg", s, 0, 0);
  struct msghdr m;
  struct iovec one;
  ssize_t n;

  if (e > 0)
    FAIL_SEND(e, NOSIGNAL_IN(flags));
  if (IS_SHORT(e) && msg->msg_iovlen > 0 &&
      msg->msg_iov[0].iov_len > 0) {
    /* Send only the first byte of the first buffer. */
    m = *msg;
    one.iov_base = msg->msg_iov[0].iov_base;
    one.iov_len = 1;
    m.msg_iov = &one;
    m.msg_iovlen = 1;
    n = __real_sendmsg(s, &m, flags);
  } else {
    n = __real_sendmsg(s, msg, flags);
  }
  if (e == FAULT_PARTIAL_SIGPIPE)
    kernel_sigpipe(NOSIGNAL_IN(flags));
  fault_ret((long)n);
  return n;
}

WRAP_DECL(ssize_t, recv, (int s, void *buf, size_t len, int flags));
ssize_t
__wrap_recv(int s, void *buf, size_t len, int flags)
{
  int e = fault_enter("recv", s, 0, 0);
  if (e > 0)
    FAIL_WITH(e);
  return __real_recv(s, buf, len, flags);
}

WRAP_DECL(ssize_t, recvfrom, (int s, void *buf, size_t len, int flags,
                              struct sockaddr *sa, socklen_t *salen));
ssize_t
__wrap_recvfrom(int s, void *buf, size_t len, int flags, struct sockaddr *sa,
                socklen_t *salen)
{
  int e = fault_enter("recvfrom", s, 0, 0);
  if (e > 0)
    FAIL_WITH(e);
  return __real_recvfrom(s, buf, len, flags, sa, salen);
}

WRAP_DECL(ssize_t, recvmsg, (int s, struct msghdr *msg, int flags));
ssize_t
__wrap_recvmsg(int s, struct msghdr *msg, int flags)
{
  int e = fault_enter("recvmsg", s, 0, 0);
  if (e > 0)
    FAIL_WITH(e);
  return __real_recvmsg(s, msg, flags);
}

#ifdef HAVE_SENDMMSG
/* sendmmsg/recvmmsg (sys-unix/batch.c). The flags and count are passed
   through as the C library declares them (unsigned on musl). */
WRAP_DECL(int, sendmmsg, (int s, struct mmsghdr *v, unsigned int n,
                          int flags));
int
__wrap_sendmmsg(int s, struct mmsghdr *v, unsigned int n, int flags)
{
  int e = fault_enter("sendmmsg", s, 0, 0);
  int r;

  if (e > 0)
    FAIL_SEND(e, NOSIGNAL_IN(flags));
  r = __real_sendmmsg(s, v, n, flags);
  fault_ret((long)r);
  return r;
}
#endif

#ifdef HAVE_RECVMMSG
WRAP_DECL(int, recvmmsg, (int s, struct mmsghdr *v, unsigned int n,
                          int flags, struct timespec *t));
int
__wrap_recvmmsg(int s, struct mmsghdr *v, unsigned int n, int flags,
                struct timespec *t)
{
  int e = fault_enter("recvmmsg", s, 0, 0);
  if (e > 0)
    FAIL_WITH(e);
  return __real_recvmmsg(s, v, n, flags, t);
}
#endif

#ifdef HAVE_SENDFILE_LINUX
WRAP_DECL(ssize_t, sendfile, (int out, int in, off_t *off, size_t count));
ssize_t
__wrap_sendfile(int out, int in, off_t *off, size_t count)
{
  int e = fault_enter("sendfile", out, 0, (long)count);
  ssize_t n;
  if (e > 0)
    FAIL_SEND(e, 0);
  if (IS_SHORT(e) && count > 1)
    count = 1;
  n = __real_sendfile(out, in, off, count);
  if (e == FAULT_PARTIAL_SIGPIPE)
    kernel_sigpipe(0);
  fault_ret((long)n);
  return n;
}
#endif

WRAP_DECL(ssize_t, pread, (int fd, void *buf, size_t len, off_t off));
ssize_t
__wrap_pread(int fd, void *buf, size_t len, off_t off)
{
  int e = fault_enter("pread", fd, 0, 0);
  if (e > 0)
    FAIL_WITH(e);
  return __real_pread(fd, buf, len, off);
}

/*
 * Files: the SIGPIPE guard reads /proc/thread-self/status (sys-unix/
 * sigpipe.c). open() is variadic: the mode is read only with O_CREAT (or
 * O_TMPFILE), as open() itself does.
 */
WRAP_DECL(int, open, (const char *path, int flags, ...));
int
__wrap_open(const char *path, int flags, ...)
{
  int e = fault_enter("open", -1, 0, flags), fd;
  unsigned mode = 0;

  if ((flags & O_CREAT)
#ifdef O_TMPFILE
      || (flags & O_TMPFILE) == O_TMPFILE
#endif
  ) {
    va_list ap;
    va_start(ap, flags);
    mode = va_arg(ap, unsigned);
    va_end(ap);
  }
  if (e > 0)
    FAIL_WITH(e);
  fd = __real_open(path, flags, mode);
  fault_created(fd);
  fault_ret(fd);
  return fd;
}

WRAP_DECL(ssize_t, read, (int fd, void *buf, size_t len));
ssize_t
__wrap_read(int fd, void *buf, size_t len)
{
  int e = fault_enter("read", fd, 0, (long)len);
  if (e > 0)
    FAIL_WITH(e);
  return __real_read(fd, buf, len);
}

/* ---- Waiting, time, signals, names --------------------------------------- */

WRAP_DECL(int, poll, (struct pollfd *fds, nfds_t n, int timeout));
int
__wrap_poll(struct pollfd *fds, nfds_t n, int timeout)
{
  int e = fault_enter("poll", n > 0 ? fds[0].fd : -1, 0, timeout);
  if (e > 0)
    FAIL_WITH(e);
  return __real_poll(fds, n, timeout);
}

WRAP_DECL(int, clock_gettime, (clockid_t id, struct timespec *ts));
int
__wrap_clock_gettime(clockid_t id, struct timespec *ts)
{
  int e = fault_enter("clock_gettime", -1, 0, (long)id);
  if (e > 0)
    FAIL_WITH(e);
  return __real_clock_gettime(id, ts);
}

/* The second parameter is void * in glibc 2.31+, struct timezone * before. */
WRAP_DECL(int, gettimeofday, (struct timeval *tv, void *tz));
int
__wrap_gettimeofday(struct timeval *tv, void *tz)
{
  int e = fault_enter("gettimeofday", -1, 0, 0);
  if (e > 0)
    FAIL_WITH(e);
  return __real_gettimeofday(tv, tz);
}

/* pthread_sigmask() returns the error number instead of setting errno. */
WRAP_DECL(int, pthread_sigmask, (int how, const sigset_t *set,
                                 sigset_t *old));
int
__wrap_pthread_sigmask(int how, const sigset_t *set, sigset_t *old)
{
  int e = fault_enter("pthread_sigmask", -1, how, 0);
  if (e > 0)
    return e;
  return __real_pthread_sigmask(how, set, old);
}

WRAP_DECL(int, sigprocmask, (int how, const sigset_t *set, sigset_t *old));
int
__wrap_sigprocmask(int how, const sigset_t *set, sigset_t *old)
{
  int e = fault_enter("sigprocmask", -1, how, 0);
  if (e > 0)
    FAIL_WITH(e);
  return __real_sigprocmask(how, set, old);
}

WRAP_DECL(int, sigtimedwait, (const sigset_t *set, siginfo_t *info,
                              const struct timespec *ts));
int
__wrap_sigtimedwait(const sigset_t *set, siginfo_t *info,
                    const struct timespec *ts)
{
  int e = fault_enter("sigtimedwait", -1, 0, 0);
  if (e > 0)
    FAIL_WITH(e);
  return __real_sigtimedwait(set, info, ts);
}

WRAP_DECL(int, sigpending, (sigset_t *set));
int
__wrap_sigpending(sigset_t *set)
{
  int e = fault_enter("sigpending", -1, 0, 0);
  if (e > 0)
    FAIL_WITH(e);
  return __real_sigpending(set);
}

/* sigwait() also returns the error number. */
WRAP_DECL(int, sigwait, (const sigset_t *set, int *sig));
int
__wrap_sigwait(const sigset_t *set, int *sig)
{
  int e = fault_enter("sigwait", -1, 0, 0);
  if (e > 0)
    return e;
  return __real_sigwait(set, sig);
}

/* if_nametoindex() reports failure as 0 with errno set. */
WRAP_DECL(unsigned int, if_nametoindex, (const char *name));
unsigned int
__wrap_if_nametoindex(const char *name)
{
  int e = fault_enter("if_nametoindex", -1, 0, 0);
  if (e > 0) {
    errno = e;
    return 0;
  }
  return __real_if_nametoindex(name);
}

/* ---- Resolver ------------------------------------------------------------ */

/*
 * getaddrinfo() and getnameinfo() report a system error as EAI_SYSTEM
 * with errno set: the injected failure takes that form (the library then
 * returns the errno's code). The real resolver's own descriptors (hosts
 * file, sockets) are glibc's, opened and closed inside the call.
 */
WRAP_DECL(int, getaddrinfo,
          (const char *host, const char *service,
           const struct addrinfo *hints, struct addrinfo **res));
int
__wrap_getaddrinfo(const char *host, const char *service,
                   const struct addrinfo *hints, struct addrinfo **res)
{
  int e = fault_enter("getaddrinfo", -1, 0, 0);
  if (fault.eai != 0) {
    errno = fault.eai_errno;
    return fault.eai;
  }
  if (e > 0) {
    errno = e;
    return EAI_SYSTEM;
  }
  return __real_getaddrinfo(host, service, hints, res);
}

WRAP_DECL(int, getnameinfo,
          (const struct sockaddr *sa, socklen_t len, char *host,
           socklen_t hostlen, char *serv, socklen_t servlen, int flags));
int
__wrap_getnameinfo(const struct sockaddr *sa, socklen_t len, char *host,
                   socklen_t hostlen, char *serv, socklen_t servlen, int flags)
{
  int e = fault_enter("getnameinfo", -1, 0, 0);
  if (fault.eai != 0) {
    errno = fault.eai_errno;
    return fault.eai;
  }
  if (e > 0) {
    errno = e;
    return EAI_SYSTEM;
  }
  return __real_getnameinfo(sa, len, host, hostlen, serv, servlen, flags);
}
