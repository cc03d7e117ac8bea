/* SPDX-License-Identifier: MIT */
/* Socket options at IPPROTO_IPV6, and IPv6 multicast membership. */
#include "internal.h"

#include <limits.h>

/* An int option whose value must lie in lo..hi (else SOCK2_EINVAL). */
static int
set_ranged(sock2_socket_t s, int name, int v, int lo, int hi)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (v < lo || v > hi)
    return SOCK2_EINVAL;
  return sock2__opt_set_int(s, SOCK2__LEVEL_IPV6, name, v);
}

/* A "receive ancillary data" flag: socket2 reports a value > 0 as true. */
static int
get_positive(sock2_socket_t s, int name, int *on)
{
  int v = 0, err;

  err = sock2__opt_get_int(s, SOCK2__LEVEL_IPV6, name,
                           on == NULL ? NULL : &v);
  if (err != 0)
    return err;
  *on = v > 0;
  return 0;
}

/* ---- IPPROTO_IPV6 -------------------------------------------------------- */

int
sock2_set_header_included_v6(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, SOCK2__LEVEL_IPV6, SOCK2__IPV6_HDRINCL, on);
}

int
sock2_header_included_v6(sock2_socket_t s, int *on)
{
  /* The same name as the setter (socket2 reads IP_HDRINCL: its bug). */
  return sock2__opt_get_bool(s, SOCK2__LEVEL_IPV6, SOCK2__IPV6_HDRINCL, on);
}

int
sock2_set_ip_transparent_v6(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, SOCK2__LEVEL_IPV6, SOCK2__IPV6_TRANSPARENT,
                             on);
}

int
sock2_ip_transparent_v6(sock2_socket_t s, int *on)
{
  return sock2__opt_get_bool(s, SOCK2__LEVEL_IPV6, SOCK2__IPV6_TRANSPARENT,
                             on);
}

int
sock2_set_freebind_v6(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, SOCK2__LEVEL_IPV6, SOCK2__IPV6_FREEBIND, on);
}

int
sock2_freebind_v6(sock2_socket_t s, int *on)
{
  return sock2__opt_get_bool(s, SOCK2__LEVEL_IPV6, SOCK2__IPV6_FREEBIND, on);
}

int
sock2_set_only_v6(sock2_socket_t s, int on)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (SOCK2__IPV6_V6ONLY_FIXED && !on)
    return SOCK2_ENOTSUP; /* always v6-only (OpenBSD) */
  return sock2__opt_set_bool(s, SOCK2__LEVEL_IPV6, SOCK2__IPV6_V6ONLY, on);
}

int
sock2_only_v6(sock2_socket_t s, int *on)
{
  return sock2__opt_get_bool(s, SOCK2__LEVEL_IPV6, SOCK2__IPV6_V6ONLY, on);
}

int
sock2_set_unicast_hops_v6(sock2_socket_t s, int hops)
{
  /* -1 asks for the default (RFC 3493 section 5.1). */
  return set_ranged(s, SOCK2__IPV6_UNICAST_HOPS, hops, -1, 255);
}

int
sock2_unicast_hops_v6(sock2_socket_t s, int *hops)
{
  return sock2__opt_get_int(s, SOCK2__LEVEL_IPV6, SOCK2__IPV6_UNICAST_HOPS,
                            hops);
}

int
sock2_set_tclass_v6(sock2_socket_t s, int tclass)
{
  /* -1 asks for the default (RFC 3542 section 6.5). */
  return set_ranged(s, SOCK2__IPV6_TCLASS, tclass, -1, 255);
}

int
sock2_tclass_v6(sock2_socket_t s, int *tclass)
{
  return sock2__opt_get_int(s, SOCK2__LEVEL_IPV6, SOCK2__IPV6_TCLASS, tclass);
}

int
sock2_set_recv_tclass_v6(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, SOCK2__LEVEL_IPV6, SOCK2__IPV6_RECVTCLASS,
                             on);
}

int
sock2_recv_tclass_v6(sock2_socket_t s, int *on)
{
  return get_positive(s, SOCK2__IPV6_RECVTCLASS, on);
}

int
sock2_set_recv_hoplimit_v6(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, SOCK2__LEVEL_IPV6, SOCK2__IPV6_RECVHOPLIMIT,
                             on);
}

int
sock2_recv_hoplimit_v6(sock2_socket_t s, int *on)
{
  return get_positive(s, SOCK2__IPV6_RECVHOPLIMIT, on);
}

int
sock2_original_dst_v6(sock2_socket_t s, sock2_addr_t *addr)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (addr == NULL)
    return SOCK2_EINVAL;
  return sock2__sys_original_dst_v6(s, addr);
}

/* ---- IPv6 multicast ------------------------------------------------------ */

int
sock2_set_multicast_if_v6(sock2_socket_t s, uint32_t index)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (index > (uint32_t)INT_MAX)
    return SOCK2_EINVAL;
  return sock2__opt_set_int(s, SOCK2__LEVEL_IPV6, SOCK2__IPV6_MULTICAST_IF,
                            (int)index);
}

int
sock2_multicast_if_v6(sock2_socket_t s, uint32_t *index)
{
  int v = 0, err;

  err = sock2__opt_get_int(s, SOCK2__LEVEL_IPV6, SOCK2__IPV6_MULTICAST_IF,
                           index == NULL ? NULL : &v);
  if (err != 0)
    return err;
  *index = (uint32_t)v;
  return 0;
}

int
sock2_set_multicast_loop_v6(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, SOCK2__LEVEL_IPV6, SOCK2__IPV6_MULTICAST_LOOP,
                             on);
}

int
sock2_multicast_loop_v6(sock2_socket_t s, int *on)
{
  return sock2__opt_get_bool(s, SOCK2__LEVEL_IPV6, SOCK2__IPV6_MULTICAST_LOOP,
                             on);
}

int
sock2_set_multicast_hops_v6(sock2_socket_t s, int hops)
{
  /* -1 asks for the default (RFC 3493 section 5.2). */
  return set_ranged(s, SOCK2__IPV6_MULTICAST_HOPS, hops, -1, 255);
}

int
sock2_multicast_hops_v6(sock2_socket_t s, int *hops)
{
  return sock2__opt_get_int(s, SOCK2__LEVEL_IPV6, SOCK2__IPV6_MULTICAST_HOPS,
                            hops);
}

int
sock2_set_multicast_all_v6(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, SOCK2__LEVEL_IPV6, SOCK2__IPV6_MULTICAST_ALL,
                             on);
}

int
sock2_multicast_all_v6(sock2_socket_t s, int *on)
{
  return sock2__opt_get_bool(s, SOCK2__LEVEL_IPV6, SOCK2__IPV6_MULTICAST_ALL,
                             on);
}

static int
mcast_v6(sock2_socket_t s, int join, const uint8_t group[16], uint32_t index)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (group == NULL)
    return SOCK2_EINVAL;
  return sock2__sys_mcast_v6(s, join, group, index);
}

int
sock2_join_multicast_v6(sock2_socket_t s, const uint8_t group[16],
                        uint32_t index)
{
  return mcast_v6(s, 1, group, index);
}

int
sock2_leave_multicast_v6(sock2_socket_t s, const uint8_t group[16],
                         uint32_t index)
{
  return mcast_v6(s, 0, group, index);
}

static int
ssm_v6(sock2_socket_t s, int join, const uint8_t source[16],
       const uint8_t group[16], uint32_t index)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (source == NULL || group == NULL)
    return SOCK2_EINVAL;
  return sock2__sys_ssm_v6(s, join, source, group, index);
}

int
sock2_join_ssm_v6(sock2_socket_t s, const uint8_t source[16],
                  const uint8_t group[16], uint32_t index)
{
  return ssm_v6(s, 1, source, group, index);
}

int
sock2_leave_ssm_v6(sock2_socket_t s, const uint8_t source[16],
                   const uint8_t group[16], uint32_t index)
{
  return ssm_v6(s, 0, source, group, index);
}
