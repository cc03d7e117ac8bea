/* SPDX-License-Identifier: MIT */
/* POSIX backend: errno to SOCK2_E* (identity but for two aliases). */
#include "internal.h"

int
sock2__sys_error(int sys_error)
{
  if (sys_error <= 0)
    return sys_error == 0 ? 0 : SOCK2_EINVAL;
#if defined(EWOULDBLOCK) && EWOULDBLOCK != EAGAIN
  /* Keep one code for "would block" wherever the two differ. */
  if (sys_error == EWOULDBLOCK)
    return SOCK2_EAGAIN;
#endif
#if defined(EOPNOTSUPP) && defined(ENOTSUP) && EOPNOTSUPP != ENOTSUP
  /* macOS and a few others keep them apart; the API has one code. */
  if (sys_error == EOPNOTSUPP)
    return SOCK2_ENOTSUP;
#endif
  return -sys_error;
}

int
sock2__sys_fail(void)
{
  int e = sock2__sys_error(errno);

  return e < 0 ? e : SOCK2_EIO;
}
