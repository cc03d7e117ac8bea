/* SPDX-License-Identifier: MIT */
/*
 * Readiness waiting (sock2/wait.h): sock2_wait() and sock2_poll(), over
 * the backend's one poll() call. Waits longer than one poll() can express
 * (INT_MAX ms) are several; EINTR is returned, never retried.
 */
#include "internal.h"

#include <limits.h>

#define ALL_EVENTS                                                            \
  (SOCK2_WAIT_READ | SOCK2_WAIT_WRITE | SOCK2_WAIT_ERROR | SOCK2_WAIT_HUP)

/* Milliseconds for the next poll(): rounded up, at most INT_MAX. */
static int
poll_ms(sock2_duration_t left)
{
  int64_t ms;

  if (left == SOCK2_DURATION_NONE)
    return -1;
  if (left <= 0)
    return 0;
  ms = left / 1000000 + (left % 1000000 != 0);
  return ms > INT_MAX ? INT_MAX : (int)ms;
}

/*
 * poll() until something happens or timeout passes: the count ready, 0
 * when the time is up, or an error (EINTR included).
 */
static int
poll_for(sock2_pollfd_t *fds, size_t n, sock2_duration_t timeout)
{
  int64_t start = 0;
  sock2_duration_t left = timeout;
  int r;

  /* A clock read only when one poll() may not be enough. */
  if (timeout != SOCK2_DURATION_NONE && timeout / 1000000 >= INT_MAX)
    start = sock2__sys_monotonic_ns();
  for (;;) {
    r = sock2__sys_poll(fds, n, poll_ms(left));
    if (r != 0 || left == SOCK2_DURATION_NONE || left / 1000000 < INT_MAX)
      return r;
    left = timeout - (sock2__sys_monotonic_ns() - start);
    if (left <= 0)
      return 0;
  }
}

int
sock2_wait(sock2_socket_t s, int events, sock2_duration_t timeout)
{
  sock2_pollfd_t p;
  int r;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if ((events & (SOCK2_WAIT_READ | SOCK2_WAIT_WRITE)) == 0 ||
      (events & ~ALL_EVENTS) != 0 ||
      (timeout < 0 && timeout != SOCK2_DURATION_NONE))
    return SOCK2_EINVAL;
  p.fd = s;
  /* ERROR and HUP are reported anyway (and WSAPoll refuses them). */
  p.events = (short)(events & (SOCK2_WAIT_READ | SOCK2_WAIT_WRITE));
  p.revents = 0;
  r = poll_for(&p, 1, timeout);
  if (r < 0)
    return r;
  if (r == 0)
    return SOCK2_ETIMEDOUT;
  if (p.revents & SOCK2_WAIT_INVALID)
    return SOCK2_EBADF;
  return p.revents & ALL_EVENTS;
}

int
sock2_poll(sock2_pollfd_t *fds, size_t n, sock2_duration_t timeout)
{
  if (fds == NULL || n > (size_t)INT_MAX ||
      (timeout < 0 && timeout != SOCK2_DURATION_NONE))
    return SOCK2_EINVAL;
  return poll_for(fds, n, timeout);
}
