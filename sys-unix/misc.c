/* SPDX-License-Identifier: MIT */
/* POSIX backend: clock and interface names. */
#include "internal.h"

#include <time.h>
#include <sys/time.h>

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
