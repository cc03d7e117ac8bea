/* SPDX-License-Identifier: MIT */
/* Socket options at SOL_SOCKET. */
#include "internal.h"

int
sock2_take_error(sock2_socket_t s, int *err)
{
  int v = 0, rc;
  sock2_socklen_t len = (sock2_socklen_t)sizeof(v);

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (err == NULL)
    return SOCK2_EINVAL;
  rc = sock2__sys_getsockopt(s, SOL_SOCKET, SO_ERROR, &v, &len);
  if (rc != 0)
    return rc;
  *err = sock2__sys_error(v);
  return 0;
}
