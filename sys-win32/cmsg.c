/* SPDX-License-Identifier: MIT */
/*
 * Windows backend: control messages with an OS structure (IN_PKTINFO,
 * IN6_PKTINFO) over WSACMSGHDR, and path-MTU discovery (IP_MTU_DISCOVER,
 * else IP_DONTFRAGMENT). Winsock has no descriptors, credentials,
 * timestamps or error queue: those decoders answer SOCK2_ENOENT and the
 * encoders SOCK2_ENOTSUP.
 */
#include "internal.h"
#include "../lib/cmsg-sys.h"

/* ---- Packet information ------------------------------------------------- */

int
sock2__sys_cmsg_get_pktinfo(const sock2_cmsg_t *c, sock2_pktinfo_t *out)
{
#if HAVE_DECL_IP_PKTINFO && SOCK2__CM_HAVE_IN_PKTINFO
  if (c->level == IPPROTO_IP && c->type == IP_PKTINFO) {
    IN_PKTINFO pi;
    sock2_pktinfo_t r;
    uint8_t ip[4];
    if (c->len != sizeof(pi))
      return SOCK2_EINVAL;
    memcpy(&pi, c->data, sizeof(pi));
    memset(&r, 0, sizeof(r));
    memcpy(ip, &pi.ipi_addr, 4);
    (void)sock2_addr_ipv4(&r.addr, ip, 0);
    r.ifindex = (uint32_t)pi.ipi_ifindex;
    *out = r;
    return 0;
  }
#endif
#if HAVE_DECL_IPV6_PKTINFO && SOCK2__CM_HAVE_IN6_PKTINFO
  if (c->level == IPPROTO_IPV6 && c->type == IPV6_PKTINFO) {
    IN6_PKTINFO pi;
    sock2_pktinfo_t r;
    uint8_t ip[16];
    if (c->len != sizeof(pi))
      return SOCK2_EINVAL;
    memcpy(&pi, c->data, sizeof(pi));
    memset(&r, 0, sizeof(r));
    memcpy(ip, &pi.ipi6_addr, 16);
    (void)sock2_addr_ipv6(&r.addr, ip, 0, 0, 0);
    r.ifindex = (uint32_t)pi.ipi6_ifindex;
    *out = r;
    return 0;
  }
#endif
  (void)c;
  (void)out;
  return SOCK2_ENOENT;
}

int
sock2__sys_cmsg_put_pktinfo(sock2_cmsg_writer_t *w, int v6,
                            const sock2_addr_t *src, uint32_t index)
{
  if (v6) {
#if HAVE_DECL_IPV6_PKTINFO && SOCK2__CM_HAVE_IN6_PKTINFO
    IN6_PKTINFO pi;
    memset(&pi, 0, sizeof(pi));
    if (src != NULL)
      memcpy(&pi.ipi6_addr,
             &((const struct sockaddr_in6 *)(const void *)&src->storage)
                ->sin6_addr,
             16);
    pi.ipi6_ifindex = index;
    return sock2_cmsg_put(w, IPPROTO_IPV6, IPV6_PKTINFO, &pi, sizeof(pi));
#else
    return SOCK2_ENOTSUP;
#endif
  }
#if HAVE_DECL_IP_PKTINFO && SOCK2__CM_HAVE_IN_PKTINFO
  {
    /* Winsock reads the source from ipi_addr. */
    IN_PKTINFO pi;
    memset(&pi, 0, sizeof(pi));
    if (src != NULL)
      memcpy(&pi.ipi_addr,
             &((const struct sockaddr_in *)(const void *)&src->storage)
                ->sin_addr,
             4);
    pi.ipi_ifindex = index;
    return sock2_cmsg_put(w, IPPROTO_IP, IP_PKTINFO, &pi, sizeof(pi));
  }
#else
  (void)w;
  (void)src;
  (void)index;
  return SOCK2_ENOTSUP;
#endif
}

int
sock2__sys_set_recv_pktinfo_v4(sock2_socket_t s, int on)
{
#if HAVE_DECL_IP_PKTINFO
  return sock2__opt_set_bool(s, IPPROTO_IP, IP_PKTINFO, on);
#else
  (void)s;
  (void)on;
  return SOCK2_ENOTSUP;
#endif
}

int
sock2__sys_recv_pktinfo_v4(sock2_socket_t s, int *on)
{
#if HAVE_DECL_IP_PKTINFO
  return sock2__opt_get_bool(s, IPPROTO_IP, IP_PKTINFO, on);
#else
  (void)s;
  (void)on;
  return SOCK2_ENOTSUP;
#endif
}

/* ---- What Winsock lacks ------------------------------------------------- */

int
sock2__sys_cmsg_get_creds(const sock2_cmsg_t *c, sock2_cred_t *out)
{
  (void)c;
  (void)out;
  return SOCK2_ENOENT;
}

int
sock2__sys_cmsg_put_creds(sock2_cmsg_writer_t *w, const sock2_cred_t *cred)
{
  (void)w;
  (void)cred;
  return SOCK2_ENOTSUP;
}

int
sock2__sys_cmsg_get_timestamp(const sock2_cmsg_t *c, sock2_duration_t *ns)
{
  (void)c;
  (void)ns;
  return SOCK2_ENOENT;
}

int
sock2__sys_cmsg_get_sock_err(const sock2_cmsg_t *c, sock2_sock_err_t *out)
{
  (void)c;
  (void)out;
  return SOCK2_ENOENT;
}

/* ---- Original destination: no such message in Winsock ----------------- */

int
sock2__sys_cmsg_get_orig_dst(const sock2_cmsg_t *c, sock2_addr_t *out)
{
  (void)c;
  (void)out;
  return SOCK2_ENOENT;
}

/* ---- Path-MTU discovery ------------------------------------------------- */

/* sock2_pmtudisc_t to Winsock's PMTUD_STATE and back. */
static int
to_win(int mode)
{
  switch (mode) {
  case SOCK2_PMTUDISC_DONT: return 2;  /* IP_PMTUDISC_DONT */
  case SOCK2_PMTUDISC_DO: return 1;    /* IP_PMTUDISC_DO */
  case SOCK2_PMTUDISC_PROBE: return 3; /* IP_PMTUDISC_PROBE */
  default: return 0;                   /* IP_PMTUDISC_NOT_SET */
  }
}

static int
from_win(int v)
{
  switch (v) {
  case 1: return SOCK2_PMTUDISC_DO;
  case 2: return SOCK2_PMTUDISC_DONT;
  case 3: return SOCK2_PMTUDISC_PROBE;
  default: return SOCK2_PMTUDISC_WANT;
  }
}

int
sock2__sys_set_mtu_discover(sock2_socket_t s, int v6, int mode)
{
  int level = v6 ? IPPROTO_IPV6 : IPPROTO_IP;
  int r = SOCK2_ENOTSUP;
  int df = mode == SOCK2_PMTUDISC_DO || mode == SOCK2_PMTUDISC_PROBE;

#if HAVE_DECL_IP_MTU_DISCOVER && HAVE_DECL_IPV6_MTU_DISCOVER
  r = sock2__opt_set_int(s, level,
                         v6 ? IPV6_MTU_DISCOVER : IP_MTU_DISCOVER,
                         to_win(mode));
  if (r != SOCK2_ENOPROTOOPT && r != SOCK2_EINVAL && r != SOCK2_ENOTSUP)
    return r;
#endif
  /* Older Windows (and Wine): only the don't-fragment flag. */
#if HAVE_DECL_IP_DONTFRAGMENT && HAVE_DECL_IPV6_DONTFRAG
  r = sock2__opt_set_int(s, level, v6 ? IPV6_DONTFRAG : IP_DONTFRAGMENT, df);
#endif
  (void)to_win;
  (void)level;
  (void)df;
  return r;
}

int
sock2__sys_mtu_discover(sock2_socket_t s, int v6, int *mode)
{
  int level = v6 ? IPPROTO_IPV6 : IPPROTO_IP;
  int v = 0, r = SOCK2_ENOTSUP;

#if HAVE_DECL_IP_MTU_DISCOVER && HAVE_DECL_IPV6_MTU_DISCOVER
  r = sock2__opt_get_int(s, level, v6 ? IPV6_MTU_DISCOVER : IP_MTU_DISCOVER,
                         &v);
  if (r == 0) {
    *mode = from_win(v);
    return 0;
  }
  if (r != SOCK2_ENOPROTOOPT && r != SOCK2_EINVAL && r != SOCK2_ENOTSUP)
    return r;
#endif
#if HAVE_DECL_IP_DONTFRAGMENT && HAVE_DECL_IPV6_DONTFRAG
  r = sock2__opt_get_int(s, level, v6 ? IPV6_DONTFRAG : IP_DONTFRAGMENT, &v);
  if (r == 0) {
    *mode = v ? SOCK2_PMTUDISC_DO : SOCK2_PMTUDISC_DONT;
    return 0;
  }
#endif
  (void)from_win;
  (void)level;
  (void)v;
  (void)s;
  return r;
}
