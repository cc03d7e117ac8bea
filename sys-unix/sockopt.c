/* SPDX-License-Identifier: MIT */
/* POSIX backend: getsockopt() and setsockopt(). */
#include "internal.h"

int
sock2__sys_getsockopt(sock2_socket_t s, int level, int name, void *val,
                      sock2_socklen_t *len)
{
  return getsockopt(s, level, name, val, len) == -1 ? SOCK2__ERRNO() : 0;
}

int
sock2__sys_setsockopt(sock2_socket_t s, int level, int name, const void *val,
                      sock2_socklen_t len)
{
  return setsockopt(s, level, name, val, len) == -1 ? SOCK2__ERRNO() : 0;
}
