/* SPDX-License-Identifier: MIT */
/* POSIX backend: poll, clock and interface names. */
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

int
sock2__sys_if_nametoindex(const char *name, uint32_t *index)
{
#if defined(HAVE_IF_NAMETOINDEX)
  unsigned int i = if_nametoindex(name);
  if (i == 0)
    return SOCK2_ENODEV;
  *index = i;
  return 0;
#else
  (void)name;
  (void)index;
  return SOCK2_ENOTSUP;
#endif
}
