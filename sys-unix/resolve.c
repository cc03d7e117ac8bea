/* SPDX-License-Identifier: MIT */
/*
 * POSIX backend: getaddrinfo() and getnameinfo(), their EAI_* codes, and
 * poll().
 */
#include "internal.h"

#include <netdb.h>
#include <poll.h>

/*
 * sock2_pollfd_t is struct pollfd and the SOCK2_WAIT_* bits are poll()'s
 * (sock2/unix.h says so): checked here, at build time.
 */
typedef char sock2__pollfd_size[sizeof(sock2_pollfd_t) ==
                                        sizeof(struct pollfd)
                                  ? 1
                                  : -1];
typedef char sock2__pollfd_fd[offsetof(sock2_pollfd_t, fd) ==
                                      offsetof(struct pollfd, fd)
                                ? 1
                                : -1];
typedef char sock2__pollfd_ev[offsetof(sock2_pollfd_t, events) ==
                                      offsetof(struct pollfd, events) &&
                                  offsetof(sock2_pollfd_t, revents) ==
                                    offsetof(struct pollfd, revents)
                                ? 1
                                : -1];
typedef char sock2__poll_bits[SOCK2_WAIT_READ == POLLIN &&
                                  SOCK2_WAIT_WRITE == POLLOUT &&
                                  SOCK2_WAIT_ERROR == POLLERR &&
                                  SOCK2_WAIT_HUP == POLLHUP &&
                                  SOCK2_WAIT_INVALID == POLLNVAL
                                ? 1
                                : -1];

/* An EAI_* code (with errno for EAI_SYSTEM) as a SOCK2_E* code. */
static int
eai_error(int e, int saved_errno)
{
  switch (e) {
  case 0:
    return 0;
#ifdef EAI_SYSTEM
  case EAI_SYSTEM:
    return saved_errno != 0 ? sock2__sys_error(saved_errno) : SOCK2_EIO;
#endif
  case EAI_NONAME:
    return SOCK2_EAI_NONAME;
  case EAI_AGAIN:
    return SOCK2_EAI_AGAIN;
  case EAI_FAIL:
    return SOCK2_EAI_FAIL;
#if defined(EAI_NODATA) && EAI_NODATA != EAI_NONAME
  case EAI_NODATA:
    return SOCK2_EAI_NODATA;
#endif
#if defined(EAI_ADDRFAMILY) && EAI_ADDRFAMILY != EAI_FAMILY
  /* glibc's "no address of this family for the host". */
  case EAI_ADDRFAMILY:
    return SOCK2_EAI_NODATA;
#endif
  case EAI_BADFLAGS:
    return SOCK2_EAI_BADFLAGS;
  case EAI_SERVICE:
    return SOCK2_EAI_SERVICE;
  case EAI_FAMILY:
    return SOCK2_EAI_FAMILY;
  case EAI_SOCKTYPE:
    return SOCK2_EAI_SOCKTYPE;
  case EAI_MEMORY:
    return SOCK2_EAI_MEMORY;
#ifdef EAI_OVERFLOW
  case EAI_OVERFLOW:
    return SOCK2_ENOBUFS;
#endif
  default:
    return SOCK2_EAI_FAIL;
  }
}

/* Whether an earlier entry of the list has the same address. */
static int
seen(const struct addrinfo *list, const struct addrinfo *ai)
{
  const struct addrinfo *p;
  for (p = list; p != ai; p = p->ai_next)
    if (p->ai_addrlen == ai->ai_addrlen && p->ai_addr != NULL &&
        memcmp(p->ai_addr, ai->ai_addr, ai->ai_addrlen) == 0)
      return 1;
  return 0;
}

int
sock2__sys_getaddrinfo(const char *host, const char *service, int family,
                       int type, int protocol, uint32_t flags,
                       sock2__resolve_out_t *o)
{
  struct addrinfo hints, *list = NULL, *ai;
  int e;

  memset(&hints, 0, sizeof(hints));
  hints.ai_family = family;
  hints.ai_socktype = type;
  hints.ai_protocol = protocol;
  if (flags & SOCK2_RESOLVE_PASSIVE)
    hints.ai_flags |= AI_PASSIVE;
  if (flags & SOCK2_RESOLVE_NUMERIC_HOST)
    hints.ai_flags |= AI_NUMERICHOST;
  if (flags & SOCK2_RESOLVE_ADDRCONFIG)
    hints.ai_flags |= AI_ADDRCONFIG;
#ifdef AI_NUMERICSERV
  if (flags & SOCK2_RESOLVE_NUMERIC_SERVICE)
    hints.ai_flags |= AI_NUMERICSERV;
#endif
  errno = 0;
  e = getaddrinfo(host, service, &hints, &list);
  if (e != 0)
    return eai_error(e, errno); /* nothing to free: list is not set */
  for (ai = list; ai != NULL; ai = ai->ai_next)
    if (ai->ai_addr != NULL && !seen(list, ai))
      sock2__resolve_add(o, ai->ai_addr, (size_t)ai->ai_addrlen);
  freeaddrinfo(list);
  return 0;
}

int
sock2__sys_getnameinfo(const struct sockaddr *sa, sock2_socklen_t len,
                       char *host, size_t hostlen, char *serv, size_t servlen,
                       uint32_t flags)
{
  int f = 0, e;

  if (flags & SOCK2_NAMEINFO_NUMERIC_HOST)
    f |= NI_NUMERICHOST;
  if (flags & SOCK2_NAMEINFO_NUMERIC_SERVICE)
    f |= NI_NUMERICSERV;
  if (flags & SOCK2_NAMEINFO_NAME_REQUIRED)
    f |= NI_NAMEREQD;
  if (flags & SOCK2_NAMEINFO_DGRAM)
    f |= NI_DGRAM;
  if (flags & SOCK2_NAMEINFO_NO_FQDN)
    f |= NI_NOFQDN;
  errno = 0;
  e = getnameinfo(sa, len, host, (socklen_t)hostlen, serv,
                  (socklen_t)servlen, f);
  return eai_error(e, errno);
}

int
sock2__sys_poll(sock2_pollfd_t *fds, size_t n, int timeout_ms)
{
  int r = poll((struct pollfd *)(void *)fds, (nfds_t)n, timeout_ms);
  return r < 0 ? SOCK2__ERRNO() : r;
}
