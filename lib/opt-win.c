/* SPDX-License-Identifier: MIT */
/*
 * Windows-only options: SO_EXCLUSIVEADDRUSE and the UDP connection-reset
 * reports. The backends do the work; elsewhere they return SOCK2_ENOTSUP.
 */
#include "internal.h"

int
sock2_set_exclusive_address_use(sock2_socket_t s, int on)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  return sock2__sys_set_exclusive_address_use(s, on != 0);
}

int
sock2_exclusive_address_use(sock2_socket_t s, int *on)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (on == NULL)
    return SOCK2_EINVAL;
  return sock2__sys_exclusive_address_use(s, on);
}

int
sock2_set_udp_connreset(sock2_socket_t s, int on)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  return sock2__sys_set_udp_connreset(s, on != 0);
}
