/* SPDX-License-Identifier: MIT */
/* POSIX backend: poll, clock, interface names and the feature table. */
#include "internal.h"

#include <poll.h>
#include <time.h>
#include <sys/time.h>

int
sock2__sys_poll_one(sock2_socket_t s, int events, int timeout_ms,
                    int *revents)
{
  struct pollfd p;
  int n;

  p.fd = s;
  p.events = (short)(((events & SOCK2__POLL_IN) ? POLLIN : 0) |
                     ((events & SOCK2__POLL_OUT) ? POLLOUT : 0));
  p.revents = 0;
  n = poll(&p, 1, timeout_ms);
  if (n == -1)
    return SOCK2__ERRNO();
  if (n == 0)
    return 0;
  if (p.revents & POLLNVAL)
    return SOCK2_EBADF;
  *revents = ((p.revents & POLLIN) ? SOCK2__POLL_IN : 0) |
             ((p.revents & POLLOUT) ? SOCK2__POLL_OUT : 0) |
             ((p.revents & (POLLERR | POLLHUP)) ? SOCK2__POLL_ERR : 0);
  return 1;
}

int64_t
sock2__sys_monotonic_ns(void)
{
#if defined(HAVE_CLOCK_GETTIME) && defined(CLOCK_MONOTONIC)
  struct timespec ts;
  if (clock_gettime(CLOCK_MONOTONIC, &ts) == 0)
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
#endif
  {
    /* Not monotonic, but the best a system without clock_gettime has. */
    struct timeval tv;
    gettimeofday(&tv, NULL);
    return (int64_t)tv.tv_sec * 1000000000 + (int64_t)tv.tv_usec * 1000;
  }
}

#if defined(HAVE_IF_NAMETOINDEX)
/* Errors that say the lookup could not run, not that the name is unknown. */
static int
resource_error(int e)
{
  return e == EMFILE || e == ENFILE || e == ENOBUFS || e == ENOMEM;
}
#endif

/*
 * if_nametoindex() opens a helper socket (glibc, musl, the BSDs' route
 * socket or sysctl), and when it cannot, glibc answers ENODEV or ENOENT
 * like for an unknown name: its errno alone cannot tell. So on failure
 * only, unless errno already names a resource error, one probe socket is
 * created and closed: if it cannot be created, that error is the answer
 * (SOCK2_EMFILE at the descriptor limit, for a name that exists or not:
 * it could not be checked). The success path is the lookup alone
 * (socket, ioctl, close with glibc); a name longer than IF_NAMESIZE - 1
 * makes no system call. A descriptor another thread frees between the
 * lookup and the probe can make a resource failure read as SOCK2_ENODEV.
 */
int
sock2__sys_if_nametoindex(const char *name, uint32_t *index)
{
#if defined(HAVE_IF_NAMETOINDEX)
  unsigned int i;
  int fd, e;

# ifdef IF_NAMESIZE
  /*
   * A name this long exists nowhere: no lookup (glibc refuses it without
   * a socket, musl only after opening one).
   */
  if (strlen(name) >= IF_NAMESIZE)
    return SOCK2_ENODEV;
# endif
  errno = 0;
  i = if_nametoindex(name);
  if (i != 0) {
    *index = i;
    return 0;
  }
  e = errno;
  if (resource_error(e))
    return sock2__sys_error(e);
# if HAVE_DECL_SOCK_CLOEXEC
  fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
# else
  fd = socket(AF_INET, SOCK_DGRAM, 0); /* closed at once */
# endif
  if (fd == -1) {
    e = errno;
    return resource_error(e) ? sock2__sys_error(e) : SOCK2_ENODEV;
  }
  close(fd);
  return SOCK2_ENODEV;
#else
  (void)name;
  (void)index;
  return SOCK2_ENOTSUP;
#endif
}

#ifdef HAVE_ACCEPT4
# define HAS_ACCEPT4 1
#else
# define HAS_ACCEPT4 0
#endif
#ifdef HAVE_IF_NAMETOINDEX
# define HAS_IF_NAMETOINDEX 1
#else
# define HAS_IF_NAMETOINDEX 0
#endif
#ifdef HAVE_SENDMMSG
# define HAS_SENDMMSG 1
#else
# define HAS_SENDMMSG 0
#endif
#ifdef HAVE_RECVMMSG
# define HAS_RECVMMSG 1
#else
# define HAS_RECVMMSG 0
#endif
#ifdef HAVE_STRUCT_SOCKADDR_SA_LEN
# define HAS_SA_LEN 1
#else
# define HAS_SA_LEN 0
#endif
#ifdef HAVE_STRUCT_IP_MREQN
# define HAS_IP_MREQN 1
#else
# define HAS_IP_MREQN 0
#endif
#if defined(HAVE_SENDFILE_LINUX) || defined(HAVE_SENDFILE_BSD) ||             \
  defined(HAVE_SENDFILE_APPLE)
# define HAS_SENDFILE 1
#else
# define HAS_SENDFILE 0
#endif

/* Classic BPF filters: attaching and detaching (see sockopt.c). */
#define HAS_SOCKET_FILTER (SOCK2__SO_DETACH_FILTER >= 0)

int
sock2__sys_has(int feature)
{
  switch (feature) {
  case SOCK2_FEATURE_SOCK_CLOEXEC:
    return HAVE_DECL_SOCK_CLOEXEC;
  case SOCK2_FEATURE_SOCK_NONBLOCK:
    return HAVE_DECL_SOCK_NONBLOCK;
  case SOCK2_FEATURE_ACCEPT4:
    return HAS_ACCEPT4 && HAVE_DECL_SOCK_CLOEXEC && HAVE_DECL_SOCK_NONBLOCK;
  case SOCK2_FEATURE_MSG_NOSIGNAL:
    return HAVE_DECL_MSG_NOSIGNAL;
  case SOCK2_FEATURE_SO_NOSIGPIPE:
    return HAVE_DECL_SO_NOSIGPIPE;
  case SOCK2_FEATURE_F_DUPFD_CLOEXEC:
    return HAVE_DECL_F_DUPFD_CLOEXEC;
  case SOCK2_FEATURE_UNIX_SOCKETS:
    return SOCK2__HAVE_UNIX;
  case SOCK2_FEATURE_ABSTRACT_NAMES:
    return SOCK2__HAVE_ABSTRACT;
  case SOCK2_FEATURE_VSOCK:
    return SOCK2__HAVE_VSOCK;
  case SOCK2_FEATURE_IPV6_SCOPE_ID:
    return SOCK2__HAVE_SCOPE_ID;
  case SOCK2_FEATURE_SA_LEN:
    return HAS_SA_LEN;
  case SOCK2_FEATURE_IF_NAMETOINDEX:
    return HAS_IF_NAMETOINDEX;
  case SOCK2_FEATURE_SENDMMSG:
    return HAS_SENDMMSG;
  case SOCK2_FEATURE_RECVMMSG:
    return HAS_RECVMMSG;
  case SOCK2_FEATURE_SO_REUSEPORT:
    return HAVE_DECL_SO_REUSEPORT;
  case SOCK2_FEATURE_SO_REUSEPORT_LB:
    return HAVE_DECL_SO_REUSEPORT_LB;
  case SOCK2_FEATURE_TCP_KEEPIDLE:
    return HAVE_DECL_TCP_KEEPIDLE;
  case SOCK2_FEATURE_TCP_KEEPALIVE:
    return HAVE_DECL_TCP_KEEPALIVE;
  case SOCK2_FEATURE_TCP_KEEPINTVL:
    return HAVE_DECL_TCP_KEEPINTVL;
  case SOCK2_FEATURE_TCP_KEEPCNT:
    return HAVE_DECL_TCP_KEEPCNT;
  case SOCK2_FEATURE_IP_MREQN:
    return HAS_IP_MREQN;
  case SOCK2_FEATURE_SENDFILE:
    return HAS_SENDFILE;
  case SOCK2_FEATURE_SO_PASSCRED:
    return SOCK2__SO_PASSCRED >= 0;
  case SOCK2_FEATURE_SO_PRIORITY:
    return SOCK2__SO_PRIORITY >= 0;
  case SOCK2_FEATURE_SO_DOMAIN:
    return SOCK2__SO_DOMAIN >= 0;
  case SOCK2_FEATURE_SO_PROTOCOL:
    return HAVE_DECL_SO_PROTOCOL;
  case SOCK2_FEATURE_SO_ACCEPTCONN:
    return SOCK2__SO_ACCEPTCONN >= 0;
  case SOCK2_FEATURE_SO_MARK:
    return SOCK2__SO_MARK >= 0;
  case SOCK2_FEATURE_SO_BINDTODEVICE:
    return SOCK2__SO_BINDTODEVICE >= 0;
  case SOCK2_FEATURE_SO_BINDTOIFINDEX:
    return HAVE_DECL_SO_BINDTOIFINDEX;
  case SOCK2_FEATURE_IP_BOUND_IF:
    return !HAVE_DECL_SO_BINDTOIFINDEX && HAVE_DECL_IP_BOUND_IF;
  case SOCK2_FEATURE_SO_SETFIB:
    return SOCK2__SO_SETFIB >= 0;
  case SOCK2_FEATURE_SO_INCOMING_CPU:
    return SOCK2__SO_INCOMING_CPU >= 0;
  case SOCK2_FEATURE_SO_ATTACH_FILTER:
    return HAS_SOCKET_FILTER;
  case SOCK2_FEATURE_SO_COOKIE:
    return SOCK2__SO_COOKIE >= 0;
  case SOCK2_FEATURE_SO_BUSY_POLL:
    return SOCK2__SO_BUSY_POLL >= 0;
  case SOCK2_FEATURE_SO_LINGER_SEC:
    return HAVE_DECL_SO_LINGER_SEC;
  case SOCK2_FEATURE_TCP_MAXSEG:
    return SOCK2__TCP_MAXSEG >= 0;
  case SOCK2_FEATURE_TCP_CORK:
    return SOCK2__TCP_CORK >= 0;
  case SOCK2_FEATURE_TCP_QUICKACK:
    return SOCK2__TCP_QUICKACK >= 0;
  case SOCK2_FEATURE_TCP_THIN_LINEAR_TIMEOUTS:
    return SOCK2__TCP_THIN_LINEAR_TIMEOUTS >= 0;
  case SOCK2_FEATURE_TCP_NOTSENT_LOWAT:
    return SOCK2__TCP_NOTSENT_LOWAT >= 0;
  case SOCK2_FEATURE_TCP_USER_TIMEOUT:
    return SOCK2__TCP_USER_TIMEOUT >= 0;
  case SOCK2_FEATURE_TCP_CONGESTION:
    return SOCK2__TCP_CONGESTION >= 0;
  /* IP and IPv6 option features (optip). */
  case SOCK2_FEATURE_IP_TRANSPARENT:
    return HAVE_DECL_IP_TRANSPARENT;
  case SOCK2_FEATURE_IP_FREEBIND:
    return HAVE_DECL_IP_FREEBIND;
  case SOCK2_FEATURE_IP_MULTICAST_ALL:
    return HAVE_DECL_IP_MULTICAST_ALL;
  case SOCK2_FEATURE_IP_RECVTOS:
    return HAVE_DECL_IP_RECVTOS;
  case SOCK2_FEATURE_IP_SSM:
    return SOCK2__HAVE_IP_SSM;
  case SOCK2_FEATURE_IPV6_HDRINCL:
    return SOCK2__IPV6_HDRINCL >= 0;
  case SOCK2_FEATURE_IPV6_TRANSPARENT:
    return HAVE_DECL_IPV6_TRANSPARENT;
  case SOCK2_FEATURE_IPV6_FREEBIND:
    return HAVE_DECL_IPV6_FREEBIND;
  case SOCK2_FEATURE_IPV6_MULTICAST_ALL:
    return HAVE_DECL_IPV6_MULTICAST_ALL;
  case SOCK2_FEATURE_IPV6_TCLASS:
    return HAVE_DECL_IPV6_TCLASS;
  case SOCK2_FEATURE_IPV6_RECVTCLASS:
    return HAVE_DECL_IPV6_RECVTCLASS;
  case SOCK2_FEATURE_IPV6_RECVHOPLIMIT:
    return HAVE_DECL_IPV6_RECVHOPLIMIT;
  case SOCK2_FEATURE_MCAST_SOURCE_GROUP:
    return SOCK2__HAVE_MCAST_SOURCE_GROUP;
  case SOCK2_FEATURE_ORIGINAL_DST:
    return SOCK2__HAVE_ORIGINAL_DST;
  case SOCK2_FEATURE_DCCP:
    return SOCK2__HAVE_DCCP;
  case SOCK2_FEATURE_IPV6_MEMBERSHIP:
    return HAVE_DECL_IPV6_ADD_MEMBERSHIP || HAVE_DECL_IPV6_JOIN_GROUP;
  case SOCK2_FEATURE_MCAST_JOIN_GROUP:
    return SOCK2__HAVE_MCAST_GROUP;
  default:
    return 0;
  }
}
