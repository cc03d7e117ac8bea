/* SPDX-License-Identifier: MIT */
/* Winsock backend: getsockopt() and setsockopt(). */
#include "internal.h"

int
sock2__sys_getsockopt(sock2_socket_t s, int level, int name, void *val,
                      sock2_socklen_t *len)
{
  /*
   * Winsock may write fewer bytes than asked for a BOOL option (one byte
   * for TCP_NODELAY, SO_KEEPALIVE, sometimes IPV6_V6ONLY); *len then says
   * so, and the portable layer decodes a zeroed int as value != 0.
   */
  if (getsockopt(s, level, name, (char *)val, len) == SOCKET_ERROR)
    return SOCK2__WSAERR();
  return 0;
}

int
sock2__sys_setsockopt(sock2_socket_t s, int level, int name, const void *val,
                      sock2_socklen_t len)
{
  if (setsockopt(s, level, name, (const char *)val, len) == SOCKET_ERROR)
    return SOCK2__WSAERR();
  return 0;
}
