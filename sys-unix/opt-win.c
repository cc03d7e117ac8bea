/* SPDX-License-Identifier: MIT */
/*
 * POSIX backend: the Windows-only options, which POSIX systems do not have
 * (their SO_REUSEADDR never allows port stealing, and an unconnected UDP
 * socket never reports ICMP errors). Always SOCK2_ENOTSUP.
 */
#include "internal.h"

int
sock2__sys_set_exclusive_address_use(sock2_socket_t s, int on)
{
  (void)s;
  (void)on;
  return SOCK2_ENOTSUP;
}

int
sock2__sys_exclusive_address_use(sock2_socket_t s, int *on)
{
  (void)s;
  (void)on;
  return SOCK2_ENOTSUP;
}

int
sock2__sys_set_udp_connreset(sock2_socket_t s, int on)
{
  (void)s;
  (void)on;
  return SOCK2_ENOTSUP;
}
