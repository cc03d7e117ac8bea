/* SPDX-License-Identifier: MIT */
/*
 * Winsock backend: multicast membership requests and original
 * destinations (twin of sys-unix/sockopt-ip.c). Winsock has IP_MREQ (an
 * interface index goes in imr_interface as the address 0.0.0.i, Microsoft's
 * documented convention), IP_MREQ_SOURCE with its own field order (filled
 * by name), IPV6_MREQ and, since Vista, GROUP_SOURCE_REQ.
 */
#include "internal.h"

static IN_ADDR
in4(const uint8_t a[4])
{
  IN_ADDR r;
  memcpy(&r, a, 4);
  return r;
}

/* setsockopt() with the error translated. */
static int
set(SOCKET s, int level, int name, const void *val, int len)
{
  if (setsockopt(s, level, name, (const char *)val, len) == SOCKET_ERROR)
    return SOCK2__WSAERR();
  return 0;
}

int
sock2__sys_mcast_v4(sock2_socket_t s, int join, const uint8_t group[4],
                    const uint8_t iface[4])
{
  struct ip_mreq m;

  memset(&m, 0, sizeof(m));
  m.imr_multiaddr = in4(group);
  m.imr_interface = in4(iface);
  return set(s, IPPROTO_IP, join ? IP_ADD_MEMBERSHIP : IP_DROP_MEMBERSHIP,
             &m, (int)sizeof(m));
}

int
sock2__sys_mcast_v4_n(sock2_socket_t s, int join, const uint8_t group[4],
                      int by_index, uint32_t index, const uint8_t addr[4])
{
  struct ip_mreq m;

  memset(&m, 0, sizeof(m));
  m.imr_multiaddr = in4(group);
  if (by_index)
    m.imr_interface.s_addr = htonl(index); /* 0.0.0.index */
  else
    m.imr_interface = in4(addr);
  return set(s, IPPROTO_IP, join ? IP_ADD_MEMBERSHIP : IP_DROP_MEMBERSHIP,
             &m, (int)sizeof(m));
}

int
sock2__sys_ssm_v4(sock2_socket_t s, int join, const uint8_t source[4],
                  const uint8_t group[4], const uint8_t iface[4])
{
#if SOCK2__HAVE_IP_SSM
  struct ip_mreq_source m;

  memset(&m, 0, sizeof(m));
  m.imr_multiaddr = in4(group);
  m.imr_sourceaddr = in4(source);
  m.imr_interface = in4(iface);
  return set(s, IPPROTO_IP,
             join ? IP_ADD_SOURCE_MEMBERSHIP : IP_DROP_SOURCE_MEMBERSHIP, &m,
             (int)sizeof(m));
#else
  (void)s;
  (void)join;
  (void)source;
  (void)group;
  (void)iface;
  return SOCK2_ENOTSUP;
#endif
}

int
sock2__sys_mcast_v6(sock2_socket_t s, int join, const uint8_t group[16],
                    uint32_t index)
{
  struct ipv6_mreq m;

  memset(&m, 0, sizeof(m));
  memcpy(&m.ipv6mr_multiaddr, group, 16);
  m.ipv6mr_interface = index;
  return set(s, IPPROTO_IPV6,
             join ? IPV6_ADD_MEMBERSHIP : IPV6_DROP_MEMBERSHIP, &m,
             (int)sizeof(m));
}

int
sock2__sys_ssm_v6(sock2_socket_t s, int join, const uint8_t source[16],
                  const uint8_t group[16], uint32_t index)
{
#if SOCK2__HAVE_MCAST_SOURCE_GROUP
  struct group_source_req r;
  struct sockaddr_in6 g, src;

  memset(&r, 0, sizeof(r));
  memset(&g, 0, sizeof(g));
  memset(&src, 0, sizeof(src));
  g.sin6_family = AF_INET6;
  memcpy(&g.sin6_addr, group, 16);
  src.sin6_family = AF_INET6;
  memcpy(&src.sin6_addr, source, 16);
  r.gsr_interface = index;
  memcpy(&r.gsr_group, &g, sizeof(g));
  memcpy(&r.gsr_source, &src, sizeof(src));
  return set(s, IPPROTO_IPV6,
             join ? MCAST_JOIN_SOURCE_GROUP : MCAST_LEAVE_SOURCE_GROUP, &r,
             (int)sizeof(r));
#else
  (void)s;
  (void)join;
  (void)source;
  (void)group;
  (void)index;
  return SOCK2_ENOTSUP;
#endif
}

#if SOCK2__HAVE_ORIGINAL_DST
/* getsockopt() of an address into a zeroed storage; addr only on success. */
static int
original_dst(SOCKET s, int level, int name, sock2_addr_t *addr)
{
  struct sockaddr_storage ss;
  int len = (int)sizeof(ss);

  memset(&ss, 0, sizeof(ss));
  if (getsockopt(s, level, name, (char *)&ss, &len) == SOCKET_ERROR)
    return SOCK2__WSAERR();
  if (len < 0 || (size_t)len > sizeof(ss))
    return SOCK2_EINVAL;
  memcpy(&addr->storage, &ss, sizeof(ss));
  addr->len = len;
  return 0;
}
#endif

int
sock2__sys_original_dst_v4(sock2_socket_t s, sock2_addr_t *addr)
{
#if SOCK2__HAVE_ORIGINAL_DST
  return original_dst(s, SOL_SOCKET, SO_ORIGINAL_DST, addr);
#else
  (void)s;
  (void)addr;
  return SOCK2_ENOTSUP;
#endif
}

int
sock2__sys_original_dst_v6(sock2_socket_t s, sock2_addr_t *addr)
{
  /*
   * Windows reports an IPv6 original destination through the same
   * SO_ORIGINAL_DST (the storage says the family).
   */
  return sock2__sys_original_dst_v4(s, addr);
}
