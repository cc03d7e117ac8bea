/* SPDX-License-Identifier: MIT */
/*
 * POSIX backend: multicast membership requests and original destinations,
 * the IP options whose structs differ per platform (ip_mreqn or ip_mreq,
 * ip_mreq_source field order, ipv6_mreq option names, group_source_req).
 */
#include "internal.h"

#ifdef HAVE_LINUX_NETFILTER_IPV4_H
# include <linux/netfilter_ipv4.h>
#endif
#ifdef HAVE_LINUX_NETFILTER_IPV6_IP6_TABLES_H
# include <linux/netfilter_ipv6/ip6_tables.h>
#endif

static struct in_addr
in4(const uint8_t a[4])
{
  struct in_addr r;
  memcpy(&r, a, 4);
  return r;
}

int
sock2__sys_mcast_v4(sock2_socket_t s, int join, const uint8_t group[4],
                    const uint8_t iface[4])
{
  struct ip_mreq m;

  memset(&m, 0, sizeof(m));
  m.imr_multiaddr = in4(group);
  m.imr_interface = in4(iface);
  return setsockopt(s, IPPROTO_IP,
                    join ? IP_ADD_MEMBERSHIP : IP_DROP_MEMBERSHIP, &m,
                    sizeof(m)) == -1
           ? SOCK2__ERRNO()
           : 0;
}

#if SOCK2__HAVE_MCAST_GROUP
/* RFC 3678 join or leave by interface index. */
static int
mcast_group_v4(sock2_socket_t s, int join, const uint8_t group[4],
               uint32_t index)
{
  struct group_req r;
  struct sockaddr_in sin;

  memset(&r, 0, sizeof(r));
  memset(&sin, 0, sizeof(sin));
  sin.sin_family = AF_INET;
  SOCK2__SET_SA_LEN((struct sockaddr *)&sin, sizeof(sin));
  sin.sin_addr = in4(group);
  r.gr_interface = index;
  memcpy(&r.gr_group, &sin, sizeof(sin));
  return setsockopt(s, IPPROTO_IP, join ? MCAST_JOIN_GROUP : MCAST_LEAVE_GROUP,
                    &r, sizeof(r)) == -1
           ? SOCK2__ERRNO()
           : 0;
}
#endif

/*
 * An address (or index 0, "any") goes in a struct ip_mreq everywhere. An
 * index goes through the RFC 3678 MCAST_JOIN_GROUP first. Apple declares
 * struct ip_mreqn but its IP_ADD_MEMBERSHIP and IP_DROP_MEMBERSHIP copy in
 * only sizeof(struct ip_mreq), so an index in ip_mreqn is dropped silently
 * and the OS picks the interface (socket2's join_multicast_v4_n does that
 * there). FreeBSD's IP_ADD_MEMBERSHIP takes a whole struct ip_mreqn and
 * honours its index, but its IP_DROP_MEMBERSHIP copies in only a struct
 * ip_mreq, so a leave by index in ip_mreqn would ignore the index.
 * struct ip_mreqn is the fallback where MCAST_JOIN_GROUP is missing (old
 * Linux, which reads it both ways).
 */
int
sock2__sys_mcast_v4_n(sock2_socket_t s, int join, const uint8_t group[4],
                      int by_index, uint32_t index, const uint8_t addr[4])
{
  if (!by_index || index == 0)
    return sock2__sys_mcast_v4(s, join, group, addr);
  {
#if SOCK2__HAVE_MCAST_GROUP
    return mcast_group_v4(s, join, group, index);
#elif defined(HAVE_STRUCT_IP_MREQN)
    struct ip_mreqn m;

    if (index > (uint32_t)INT_MAX)
      return SOCK2_EINVAL;
    memset(&m, 0, sizeof(m));
    m.imr_multiaddr = in4(group);
    m.imr_ifindex = (int)index;
    return setsockopt(s, IPPROTO_IP,
                      join ? IP_ADD_MEMBERSHIP : IP_DROP_MEMBERSHIP, &m,
                      sizeof(m)) == -1
             ? SOCK2__ERRNO()
             : 0;
#else
    return SOCK2_ENOTSUP;
#endif
  }
}

int
sock2__sys_ssm_v4(sock2_socket_t s, int join, const uint8_t source[4],
                  const uint8_t group[4], const uint8_t iface[4])
{
#if SOCK2__HAVE_IP_SSM
  /* Named fields: Linux orders them group, interface, source; BSD not. */
  struct ip_mreq_source m = {
    .imr_multiaddr = in4(group),
    .imr_sourceaddr = in4(source),
    .imr_interface = in4(iface),
  };

  return setsockopt(s, IPPROTO_IP,
                    join ? IP_ADD_SOURCE_MEMBERSHIP
                         : IP_DROP_SOURCE_MEMBERSHIP,
                    &m, sizeof(m)) == -1
           ? SOCK2__ERRNO()
           : 0;
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
#if HAVE_DECL_IPV6_ADD_MEMBERSHIP || HAVE_DECL_IPV6_JOIN_GROUP
  struct ipv6_mreq m;
# if HAVE_DECL_IPV6_ADD_MEMBERSHIP
  int name = join ? IPV6_ADD_MEMBERSHIP : IPV6_DROP_MEMBERSHIP;
# else
  /* The BSDs, Apple and illumos have only the RFC 3493 names. */
  int name = join ? IPV6_JOIN_GROUP : IPV6_LEAVE_GROUP;
# endif

  memset(&m, 0, sizeof(m));
  memcpy(&m.ipv6mr_multiaddr, group, 16);
  m.ipv6mr_interface = index;
  return setsockopt(s, IPPROTO_IPV6, name, &m, sizeof(m)) == -1
           ? SOCK2__ERRNO()
           : 0;
#else
  (void)s;
  (void)join;
  (void)group;
  (void)index;
  return SOCK2_ENOTSUP;
#endif
}

#if SOCK2__HAVE_MCAST_SOURCE_GROUP
static void
put_sin6(struct sockaddr_storage *ss, const uint8_t a[16])
{
  struct sockaddr_in6 sin6;

  memset(&sin6, 0, sizeof(sin6));
  sin6.sin6_family = AF_INET6;
  SOCK2__SET_SA_LEN((struct sockaddr *)&sin6, sizeof(sin6));
  memcpy(&sin6.sin6_addr, a, 16);
  memcpy(ss, &sin6, sizeof(sin6));
}
#endif

int
sock2__sys_ssm_v6(sock2_socket_t s, int join, const uint8_t source[16],
                  const uint8_t group[16], uint32_t index)
{
#if SOCK2__HAVE_MCAST_SOURCE_GROUP
  struct group_source_req r;

  memset(&r, 0, sizeof(r));
  r.gsr_interface = index;
  put_sin6(&r.gsr_group, group);
  put_sin6(&r.gsr_source, source);
  return setsockopt(s, IPPROTO_IPV6,
                    join ? MCAST_JOIN_SOURCE_GROUP : MCAST_LEAVE_SOURCE_GROUP,
                    &r, sizeof(r)) == -1
           ? SOCK2__ERRNO()
           : 0;
#else
  (void)s;
  (void)join;
  (void)source;
  (void)group;
  (void)index;
  return SOCK2_ENOTSUP;
#endif
}

#if HAVE_DECL_SO_ORIGINAL_DST || HAVE_DECL_IP6T_SO_ORIGINAL_DST
static int
original_dst(sock2_socket_t s, int level, int name, sock2_addr_t *addr)
{
  struct sockaddr_storage ss;
  socklen_t len = sizeof(ss);

  memset(&ss, 0, sizeof(ss));
  if (getsockopt(s, level, name, &ss, &len) == -1)
    return SOCK2__ERRNO();
  if (len > sizeof(ss))
    return SOCK2_EINVAL;
  memcpy(&addr->storage, &ss, sizeof(ss));
  addr->len = len;
  return 0;
}
#endif

int
sock2__sys_original_dst_v4(sock2_socket_t s, sock2_addr_t *addr)
{
#if HAVE_DECL_SO_ORIGINAL_DST
  return original_dst(s, IPPROTO_IP, SO_ORIGINAL_DST, addr);
#else
  (void)s;
  (void)addr;
  return SOCK2_ENOTSUP;
#endif
}

int
sock2__sys_original_dst_v6(sock2_socket_t s, sock2_addr_t *addr)
{
#if HAVE_DECL_IP6T_SO_ORIGINAL_DST
  return original_dst(s, IPPROTO_IPV6, IP6T_SO_ORIGINAL_DST, addr);
#else
  (void)s;
  (void)addr;
  return SOCK2_ENOTSUP;
#endif
}
