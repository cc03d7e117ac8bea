/* SPDX-License-Identifier: MIT */
/* Socket options at IPPROTO_IP, and IPv4 multicast membership. */
#include "internal.h"

/* An int option whose value must lie in lo..hi (else SOCK2_EINVAL). */
static int
set_ranged(sock2_socket_t s, int level, int name, int v, int lo, int hi)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (v < lo || v > hi)
    return SOCK2_EINVAL;
  return sock2__opt_set_int(s, level, name, v);
}

/* A "receive ancillary data" flag: socket2 reports a value > 0 as true. */
static int
get_positive(sock2_socket_t s, int level, int name, int *on)
{
  int v = 0, err;

  err = sock2__opt_get_int(s, level, name, on == NULL ? NULL : &v);
  if (err != 0)
    return err;
  *on = v > 0;
  return 0;
}

static const uint8_t any_v4[4] = { 0, 0, 0, 0 };

/* ---- IPPROTO_IP ---------------------------------------------------------- */

int
sock2_set_header_included_v4(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, SOCK2__LEVEL_IP, SOCK2__IP_HDRINCL, on);
}

int
sock2_header_included_v4(sock2_socket_t s, int *on)
{
  return sock2__opt_get_bool(s, SOCK2__LEVEL_IP, SOCK2__IP_HDRINCL, on);
}

int
sock2_set_ip_transparent_v4(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, SOCK2__LEVEL_IP, SOCK2__IP_TRANSPARENT, on);
}

int
sock2_ip_transparent_v4(sock2_socket_t s, int *on)
{
  return sock2__opt_get_bool(s, SOCK2__LEVEL_IP, SOCK2__IP_TRANSPARENT, on);
}

int
sock2_set_freebind_v4(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, SOCK2__LEVEL_IP, SOCK2__IP_FREEBIND, on);
}

int
sock2_freebind_v4(sock2_socket_t s, int *on)
{
  return sock2__opt_get_bool(s, SOCK2__LEVEL_IP, SOCK2__IP_FREEBIND, on);
}

int
sock2_set_ttl_v4(sock2_socket_t s, int ttl)
{
  return set_ranged(s, SOCK2__LEVEL_IP, SOCK2__IP_TTL, ttl, 0, 255);
}

int
sock2_ttl_v4(sock2_socket_t s, int *ttl)
{
  return sock2__opt_get_int(s, SOCK2__LEVEL_IP, SOCK2__IP_TTL, ttl);
}

int
sock2_set_tos_v4(sock2_socket_t s, int tos)
{
  return set_ranged(s, SOCK2__LEVEL_IP, SOCK2__IP_TOS, tos, 0, 255);
}

int
sock2_tos_v4(sock2_socket_t s, int *tos)
{
  return sock2__opt_get_int(s, SOCK2__LEVEL_IP, SOCK2__IP_TOS, tos);
}

int
sock2_set_recv_tos_v4(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, SOCK2__LEVEL_IP, SOCK2__IP_RECVTOS, on);
}

int
sock2_recv_tos_v4(sock2_socket_t s, int *on)
{
  return get_positive(s, SOCK2__LEVEL_IP, SOCK2__IP_RECVTOS, on);
}

int
sock2_original_dst_v4(sock2_socket_t s, sock2_addr_t *addr)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (addr == NULL)
    return SOCK2_EINVAL;
  return sock2__sys_original_dst_v4(s, addr);
}

/* ---- IPv4 multicast ------------------------------------------------------ */

int
sock2_set_multicast_if_v4(sock2_socket_t s, const uint8_t iface[4])
{
  struct in_addr a;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (iface == NULL)
    return SOCK2_EINVAL;
  if (SOCK2__IP_MULTICAST_IF < 0)
    return SOCK2_ENOTSUP;
  memcpy(&a, iface, 4);
  return sock2__sys_setsockopt(s, SOCK2__LEVEL_IP, SOCK2__IP_MULTICAST_IF, &a,
                               (sock2_socklen_t)sizeof(a));
}

int
sock2_multicast_if_v4(sock2_socket_t s, uint8_t iface[4])
{
  struct in_addr a;
  sock2_socklen_t len = (sock2_socklen_t)sizeof(a);
  int err;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (iface == NULL)
    return SOCK2_EINVAL;
  if (SOCK2__IP_MULTICAST_IF < 0)
    return SOCK2_ENOTSUP;
  memset(&a, 0, sizeof(a));
  err = sock2__sys_getsockopt(s, SOCK2__LEVEL_IP, SOCK2__IP_MULTICAST_IF, &a,
                              &len);
  if (err != 0)
    return err;
  if (len != (sock2_socklen_t)sizeof(a))
    return SOCK2_EINVAL;
  memcpy(iface, &a, 4);
  return 0;
}

int
sock2_set_multicast_loop_v4(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, SOCK2__LEVEL_IP, SOCK2__IP_MULTICAST_LOOP,
                             on);
}

int
sock2_multicast_loop_v4(sock2_socket_t s, int *on)
{
  return sock2__opt_get_bool(s, SOCK2__LEVEL_IP, SOCK2__IP_MULTICAST_LOOP,
                             on);
}

int
sock2_set_multicast_ttl_v4(sock2_socket_t s, int ttl)
{
  return set_ranged(s, SOCK2__LEVEL_IP, SOCK2__IP_MULTICAST_TTL, ttl, 0,
                    255);
}

int
sock2_multicast_ttl_v4(sock2_socket_t s, int *ttl)
{
  return sock2__opt_get_int(s, SOCK2__LEVEL_IP, SOCK2__IP_MULTICAST_TTL, ttl);
}

int
sock2_set_multicast_all_v4(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, SOCK2__LEVEL_IP, SOCK2__IP_MULTICAST_ALL, on);
}

int
sock2_multicast_all_v4(sock2_socket_t s, int *on)
{
  return sock2__opt_get_bool(s, SOCK2__LEVEL_IP, SOCK2__IP_MULTICAST_ALL, on);
}

static int
mcast_v4(sock2_socket_t s, int join, const uint8_t group[4],
         const uint8_t iface[4])
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (group == NULL)
    return SOCK2_EINVAL;
  return sock2__sys_mcast_v4(s, join, group, iface == NULL ? any_v4 : iface);
}

int
sock2_join_multicast_v4(sock2_socket_t s, const uint8_t group[4],
                        const uint8_t iface[4])
{
  return mcast_v4(s, 1, group, iface);
}

int
sock2_leave_multicast_v4(sock2_socket_t s, const uint8_t group[4],
                         const uint8_t iface[4])
{
  return mcast_v4(s, 0, group, iface);
}

/*
 * A growable struct (doc/design.md, "ABI rules"): a size from the first
 * version (SOCK2_IFACE_V4_SIZE_MIN) up to this library's sizeof, in whole
 * 4-byte fields, and 0 in the reserved fields it covers. Nothing past
 * iface->size is read.
 */
static int
iface_v4_ok(const sock2_iface_v4_t *iface)
{
  return sock2__growable_ok(iface, iface->size, SOCK2_IFACE_V4_SIZE_MIN,
                            sizeof(*iface), 4,
                            offsetof(sock2_iface_v4_t, reserved));
}

/* The layout the first version published; later ones only append. */
typedef char sock2__iface_v4_layout_v1[
  (offsetof(sock2_iface_v4_t, size) == 0 &&
   offsetof(sock2_iface_v4_t, kind) == 4 &&
   offsetof(sock2_iface_v4_t, index) == 8 &&
   offsetof(sock2_iface_v4_t, addr) == 12 && SOCK2_IFACE_V4_SIZE_MIN == 16 &&
   sizeof(sock2_iface_v4_t) == 24)
    ? 1
    : -1];

static int
mcast_v4_n(sock2_socket_t s, int join, const uint8_t group[4],
           const sock2_iface_v4_t *iface)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (group == NULL || iface == NULL || !iface_v4_ok(iface))
    return SOCK2_EINVAL;
  if (iface->kind == SOCK2_IFACE_INDEX)
    return sock2__sys_mcast_v4_n(s, join, group, 1, iface->index, any_v4);
  if (iface->kind == SOCK2_IFACE_ADDRESS)
    return sock2__sys_mcast_v4_n(s, join, group, 0, 0, iface->addr);
  return SOCK2_EINVAL;
}

int
sock2_join_multicast_v4_n(sock2_socket_t s, const uint8_t group[4],
                          const sock2_iface_v4_t *iface)
{
  return mcast_v4_n(s, 1, group, iface);
}

int
sock2_leave_multicast_v4_n(sock2_socket_t s, const uint8_t group[4],
                           const sock2_iface_v4_t *iface)
{
  return mcast_v4_n(s, 0, group, iface);
}

static int
ssm_v4(sock2_socket_t s, int join, const uint8_t source[4],
       const uint8_t group[4], const uint8_t iface[4])
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (source == NULL || group == NULL)
    return SOCK2_EINVAL;
  return sock2__sys_ssm_v4(s, join, source, group,
                           iface == NULL ? any_v4 : iface);
}

int
sock2_join_ssm_v4(sock2_socket_t s, const uint8_t source[4],
                  const uint8_t group[4], const uint8_t iface[4])
{
  return ssm_v4(s, 1, source, group, iface);
}

int
sock2_leave_ssm_v4(sock2_socket_t s, const uint8_t source[4],
                   const uint8_t group[4], const uint8_t iface[4])
{
  return ssm_v4(s, 0, source, group, iface);
}
