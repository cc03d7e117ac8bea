/* SPDX-License-Identifier: MIT */
/*
 * POSIX backend: the control messages whose payload is an OS structure
 * (in_pktinfo, in6_pktinfo, ucred / cmsgcred, timespec / timeval,
 * sock_extended_err) and the options that differ by system (path-MTU
 * discovery, packet information on the BSDs). Payloads are copied into
 * local structures with memcpy: control data may be unaligned.
 */
#include "internal.h"
#include "../lib/cmsg-sys.h"

#include <time.h>
#include <sys/time.h>
#ifdef HAVE_LINUX_ERRQUEUE_H
# include <linux/errqueue.h>
#endif
#if HAVE_DECL_IP_RECVIF && defined(HAVE_NET_IF_DL_H)
# include <net/if_dl.h>
#endif

/* ---- Packet information ------------------------------------------------- */

#if HAVE_DECL_IP_PKTINFO && SOCK2__CM_HAVE_IN_PKTINFO
# define HAVE_PKTINFO_V4 1
#else
# define HAVE_PKTINFO_V4 0
#endif
#if HAVE_DECL_IPV6_PKTINFO && SOCK2__CM_HAVE_IN6_PKTINFO
# define HAVE_PKTINFO_V6 1
#else
# define HAVE_PKTINFO_V6 0
#endif

#if HAVE_PKTINFO_V4 || HAVE_DECL_IP_RECVDSTADDR
static void
addr_v4(sock2_addr_t *a, const struct in_addr *in)
{
  uint8_t ip[4];
  memcpy(ip, in, 4);
  (void)sock2_addr_ipv4(a, ip, 0);
}
#endif

int
sock2__sys_cmsg_get_pktinfo(const sock2_cmsg_t *c, sock2_pktinfo_t *out)
{
  if (c->level == IPPROTO_IP) {
#if HAVE_PKTINFO_V4
    if (c->type == IP_PKTINFO) {
      struct in_pktinfo pi;
      sock2_pktinfo_t r;
      if (c->len != sizeof(pi))
        return SOCK2_EINVAL;
      memcpy(&pi, c->data, sizeof(pi));
      memset(&r, 0, sizeof(r));
      addr_v4(&r.addr, &pi.ipi_addr);
      addr_v4(&r.local, &pi.ipi_spec_dst);
      r.ifindex = (uint32_t)pi.ipi_ifindex;
      *out = r;
      return 0;
    }
#endif
#if HAVE_DECL_IP_RECVDSTADDR
    if (c->type == IP_RECVDSTADDR) {
      struct in_addr in;
      if (c->len != sizeof(in))
        return SOCK2_EINVAL;
      memcpy(&in, c->data, sizeof(in));
      addr_v4(&out->addr, &in);
      return 0;
    }
#endif
#if HAVE_DECL_IP_RECVIF && defined(HAVE_NET_IF_DL_H)
    if (c->type == IP_RECVIF) {
      struct sockaddr_dl dl;
      size_t need = offsetof(struct sockaddr_dl, sdl_index)
                    + sizeof(dl.sdl_index);
      if (c->len < need)
        return SOCK2_EINVAL;
      memset(&dl, 0, sizeof(dl));
      memcpy(&dl, c->data, c->len < sizeof(dl) ? c->len : sizeof(dl));
      out->ifindex = dl.sdl_index;
      return 0;
    }
#endif
  }
#if HAVE_PKTINFO_V6
  if (c->level == IPPROTO_IPV6 && c->type == IPV6_PKTINFO) {
    struct in6_pktinfo pi;
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
  return SOCK2_ENOENT;
}

int
sock2__sys_cmsg_put_pktinfo(sock2_cmsg_writer_t *w, int v6,
                            const sock2_addr_t *src, uint32_t index)
{
  if (v6) {
#if HAVE_PKTINFO_V6
    struct in6_pktinfo pi;
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
#if HAVE_PKTINFO_V4
  {
    struct in_pktinfo pi;
    memset(&pi, 0, sizeof(pi));
    if (src != NULL)
      memcpy(&pi.ipi_spec_dst,
             &((const struct sockaddr_in *)(const void *)&src->storage)
                ->sin_addr,
             4);
    pi.ipi_ifindex = (int)index;
    return sock2_cmsg_put(w, IPPROTO_IP, IP_PKTINFO, &pi, sizeof(pi));
  }
#elif HAVE_DECL_IP_SENDSRCADDR
  {
    struct in_addr in;
    if (index != 0)
      return SOCK2_ENOTSUP;
    memset(&in, 0, sizeof(in));
    if (src != NULL)
      memcpy(&in,
             &((const struct sockaddr_in *)(const void *)&src->storage)
                ->sin_addr,
             4);
    return sock2_cmsg_put(w, IPPROTO_IP, IP_SENDSRCADDR, &in, sizeof(in));
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
#if HAVE_PKTINFO_V4
  return sock2__opt_set_bool(s, IPPROTO_IP, IP_PKTINFO, on);
#elif HAVE_DECL_IP_RECVDSTADDR
  int r = sock2__opt_set_bool(s, IPPROTO_IP, IP_RECVDSTADDR, on);
# if HAVE_DECL_IP_RECVIF
  if (r == 0)
    r = sock2__opt_set_bool(s, IPPROTO_IP, IP_RECVIF, on);
# endif
  return r;
#else
  (void)s;
  (void)on;
  return SOCK2_ENOTSUP;
#endif
}

int
sock2__sys_recv_pktinfo_v4(sock2_socket_t s, int *on)
{
#if HAVE_PKTINFO_V4
  return sock2__opt_get_bool(s, IPPROTO_IP, IP_PKTINFO, on);
#elif HAVE_DECL_IP_RECVDSTADDR
  return sock2__opt_get_bool(s, IPPROTO_IP, IP_RECVDSTADDR, on);
#else
  (void)s;
  (void)on;
  return SOCK2_ENOTSUP;
#endif
}

/* ---- Credentials -------------------------------------------------------- */

int
sock2__sys_cmsg_get_creds(const sock2_cmsg_t *c, sock2_cred_t *out)
{
  if (c->level != SOL_SOCKET)
    return SOCK2_ENOENT;
#if HAVE_DECL_SCM_CREDENTIALS && SOCK2__CM_HAVE_UCRED
  if (c->type == SCM_CREDENTIALS) {
    struct ucred u;
    sock2_cred_t r;
    if (c->len != sizeof(u))
      return SOCK2_EINVAL;
    memcpy(&u, c->data, sizeof(u));
    r.pid = (int32_t)u.pid;
    r.uid = (uint32_t)u.uid;
    r.gid = (uint32_t)u.gid;
    r.euid = (uint32_t)u.uid;
    *out = r;
    return 0;
  }
#elif HAVE_DECL_SCM_CREDS && SOCK2__CM_HAVE_CMSGCRED
  if (c->type == SCM_CREDS) {
    struct cmsgcred u;
    sock2_cred_t r;
    if (c->len != sizeof(u))
      return SOCK2_EINVAL;
    memcpy(&u, c->data, sizeof(u));
    r.pid = (int32_t)u.cmcred_pid;
    r.uid = (uint32_t)u.cmcred_uid;
    r.gid = (uint32_t)u.cmcred_gid;
    r.euid = (uint32_t)u.cmcred_euid;
    *out = r;
    return 0;
  }
#endif
  (void)out;
  return SOCK2_ENOENT;
}

int
sock2__sys_cmsg_put_creds(sock2_cmsg_writer_t *w, const sock2_cred_t *cred)
{
#if HAVE_DECL_SCM_CREDENTIALS && SOCK2__CM_HAVE_UCRED
  struct ucred u;
  memset(&u, 0, sizeof(u));
  u.pid = (pid_t)cred->pid;
  u.uid = (uid_t)cred->uid;
  u.gid = (gid_t)cred->gid;
  return sock2_cmsg_put(w, SOL_SOCKET, SCM_CREDENTIALS, &u, sizeof(u));
#elif HAVE_DECL_SCM_CREDS && SOCK2__CM_HAVE_CMSGCRED
  /* The kernel fills it in. */
  struct cmsgcred u;
  (void)cred;
  memset(&u, 0, sizeof(u));
  return sock2_cmsg_put(w, SOL_SOCKET, SCM_CREDS, &u, sizeof(u));
#else
  (void)w;
  (void)cred;
  return SOCK2_ENOTSUP;
#endif
}

/* ---- Timestamps --------------------------------------------------------- */

#define NSEC_PER_SEC INT64_C(1000000000)

/* sec and nsec as nanoseconds since the epoch, if representable. */
static int
ts_ns(int64_t sec, int64_t nsec, sock2_duration_t *ns)
{
  if (sec < 0 || nsec < 0 || nsec >= NSEC_PER_SEC
      || sec > (INT64_MAX - nsec) / NSEC_PER_SEC)
    return SOCK2_EINVAL;
  *ns = sec * NSEC_PER_SEC + nsec;
  return 0;
}

/* Two 64-bit fields (Linux's __kernel_timespec, __kernel_sock_timeval). */
static int
ts_pair64(const sock2_cmsg_t *c, int64_t unit, sock2_duration_t *ns)
{
  int64_t v[2];
  if (c->len != sizeof(v))
    return SOCK2_EINVAL;
  memcpy(v, c->data, sizeof(v));
  if (v[1] < 0 || v[1] >= NSEC_PER_SEC / unit)
    return SOCK2_EINVAL;
  return ts_ns(v[0], v[1] * unit, ns);
}

int
sock2__sys_cmsg_get_timestamp(const sock2_cmsg_t *c, sock2_duration_t *ns)
{
  if (c->level != SOL_SOCKET)
    return SOCK2_ENOENT;
#if HAVE_DECL_SO_TIMESTAMP_NEW
  /* The 64-bit layouts, whatever this build's time_t. */
  if (c->type == SO_TIMESTAMPNS_NEW)
    return ts_pair64(c, 1, ns);
  if (c->type == SO_TIMESTAMP_NEW)
    return ts_pair64(c, 1000, ns);
#endif
#if HAVE_DECL_SO_TIMESTAMPNS
  /* SCM_TIMESTAMPNS is SO_TIMESTAMPNS (an expression on some headers). */
  if (c->type == (int)SO_TIMESTAMPNS) {
    struct timespec ts;
    if (c->len != sizeof(ts))
      return SOCK2_EINVAL;
    memcpy(&ts, c->data, sizeof(ts));
    return ts_ns((int64_t)ts.tv_sec, (int64_t)ts.tv_nsec, ns);
  }
#endif
#if HAVE_DECL_SO_TIMESTAMP
  if (c->type == (int)SO_TIMESTAMP) {
    struct timeval tv;
    if (c->len != sizeof(tv))
      return SOCK2_EINVAL;
    memcpy(&tv, c->data, sizeof(tv));
    if (tv.tv_usec < 0 || tv.tv_usec >= 1000000)
      return SOCK2_EINVAL;
    return ts_ns((int64_t)tv.tv_sec, (int64_t)tv.tv_usec * 1000, ns);
  }
#endif
#if HAVE_DECL_SO_TIMESTAMP_NEW && defined(SO_TIMESTAMP_OLD)
  /*
   * The old layouts (two longs) where this build's own are the new ones
   * (32-bit systems with a 64-bit time_t).
   */
  if (c->type == SO_TIMESTAMPNS_OLD || c->type == SO_TIMESTAMP_OLD) {
    long v[2];
    int64_t unit = c->type == SO_TIMESTAMP_OLD ? 1000 : 1;
    if (c->len != sizeof(v))
      return SOCK2_EINVAL;
    memcpy(v, c->data, sizeof(v));
    if (v[1] < 0 || (int64_t)v[1] >= NSEC_PER_SEC / unit)
      return SOCK2_EINVAL;
    return ts_ns((int64_t)v[0], (int64_t)v[1] * unit, ns);
  }
#endif
  (void)ts_ns;
  (void)ts_pair64;
  (void)ns;
  return SOCK2_ENOENT;
}

/* ---- The error queue ---------------------------------------------------- */

int
sock2__sys_cmsg_get_sock_err(const sock2_cmsg_t *c, sock2_sock_err_t *out)
{
#if SOCK2__CM_OPT_IP_RECVERR >= 0 || SOCK2__CM_OPT_IPV6_RECVERR >= 0
  struct sock_extended_err ee;
  sock2_sock_err_t r;

  if (!((c->level == IPPROTO_IP && c->type == SOCK2__CM_OPT_IP_RECVERR)
        || (c->level == IPPROTO_IPV6
            && c->type == SOCK2__CM_OPT_IPV6_RECVERR)))
    return SOCK2_ENOENT;
  if (c->len < sizeof(ee))
    return SOCK2_EINVAL;
  memcpy(&ee, c->data, sizeof(ee));
  memset(&r, 0, sizeof(r));
  r.sys_errno = ee.ee_errno;
  r.error = ee.ee_errno == 0 || ee.ee_errno > (uint32_t)INT_MAX
              ? 0
              : sock2__sys_error((int)ee.ee_errno);
  r.origin = ee.ee_origin;
  r.type = ee.ee_type;
  r.code = ee.ee_code;
  r.info = ee.ee_info;
  r.data = ee.ee_data;
  /* SO_EE_OFFENDER: the address right after the structure, if any. */
  if (c->len > sizeof(ee)) {
    struct sockaddr_storage ss;
    size_t n = c->len - sizeof(ee);
    if (n > sizeof(ss))
      n = sizeof(ss);
    memset(&ss, 0, sizeof(ss));
    memcpy(&ss, (const unsigned char *)c->data + sizeof(ee), n);
    if (ss.ss_family == AF_INET || ss.ss_family == AF_INET6) {
      if (sock2_addr_from_raw(&r.offender, (const struct sockaddr *)&ss, n)
          != 0)
        memset(&r.offender, 0, sizeof(r.offender));
    }
  }
  *out = r;
  return 0;
#else
  (void)c;
  (void)out;
  return SOCK2_ENOENT;
#endif
}

/* ---- Original destination ---------------------------------------------- */

int
sock2__sys_cmsg_get_orig_dst(const sock2_cmsg_t *c, sock2_addr_t *out)
{
  struct sockaddr_storage ss;
  size_t want;
  int family;

  if (SOCK2__CM_IP_ORIGDSTADDR >= 0 && c->level == IPPROTO_IP
      && c->type == SOCK2__CM_IP_ORIGDSTADDR) {
    want = sizeof(struct sockaddr_in);
    family = AF_INET;
  } else if (SOCK2__CM_IPV6_ORIGDSTADDR >= 0 && c->level == IPPROTO_IPV6
             && c->type == SOCK2__CM_IPV6_ORIGDSTADDR) {
    want = sizeof(struct sockaddr_in6);
    family = AF_INET6;
  } else {
    return SOCK2_ENOENT;
  }
  if (c->len != want)
    return SOCK2_EINVAL;
  /* An aligned copy: the control data may be unaligned. */
  memset(&ss, 0, sizeof(ss));
  memcpy(&ss, c->data, want);
  if (ss.ss_family != family)
    return SOCK2_EINVAL;
  return sock2_addr_from_raw(out, (const struct sockaddr *)&ss, want);
}

/* ---- Path-MTU discovery ------------------------------------------------- */

int
sock2__sys_set_mtu_discover(sock2_socket_t s, int v6, int mode)
{
  if (!v6) {
#if HAVE_DECL_IP_MTU_DISCOVER
    /* Linux's IP_PMTUDISC_* numbering is sock2_pmtudisc_t's. */
    return sock2__opt_set_int(s, IPPROTO_IP, IP_MTU_DISCOVER, mode);
#elif HAVE_DECL_IP_DONTFRAG
    if (mode != SOCK2_PMTUDISC_DO && mode != SOCK2_PMTUDISC_DONT)
      return SOCK2_ENOTSUP;
    return sock2__opt_set_int(s, IPPROTO_IP, IP_DONTFRAG,
                              mode == SOCK2_PMTUDISC_DO);
#else
    (void)s;
    (void)mode;
    return SOCK2_ENOTSUP;
#endif
  }
#if HAVE_DECL_IPV6_MTU_DISCOVER
  return sock2__opt_set_int(s, IPPROTO_IPV6, IPV6_MTU_DISCOVER, mode);
#elif HAVE_DECL_IPV6_DONTFRAG
  if (mode != SOCK2_PMTUDISC_DO && mode != SOCK2_PMTUDISC_DONT)
    return SOCK2_ENOTSUP;
  return sock2__opt_set_int(s, IPPROTO_IPV6, IPV6_DONTFRAG,
                            mode == SOCK2_PMTUDISC_DO);
#else
  (void)s;
  (void)mode;
  return SOCK2_ENOTSUP;
#endif
}

int
sock2__sys_mtu_discover(sock2_socket_t s, int v6, int *mode)
{
  int v = 0, r;

  if (!v6) {
#if HAVE_DECL_IP_MTU_DISCOVER
    r = sock2__opt_get_int(s, IPPROTO_IP, IP_MTU_DISCOVER, &v);
#elif HAVE_DECL_IP_DONTFRAG
    r = sock2__opt_get_int(s, IPPROTO_IP, IP_DONTFRAG, &v);
    v = v ? SOCK2_PMTUDISC_DO : SOCK2_PMTUDISC_DONT;
#else
    (void)s;
    r = SOCK2_ENOTSUP;
#endif
  } else {
#if HAVE_DECL_IPV6_MTU_DISCOVER
    r = sock2__opt_get_int(s, IPPROTO_IPV6, IPV6_MTU_DISCOVER, &v);
#elif HAVE_DECL_IPV6_DONTFRAG
    r = sock2__opt_get_int(s, IPPROTO_IPV6, IPV6_DONTFRAG, &v);
    v = v ? SOCK2_PMTUDISC_DO : SOCK2_PMTUDISC_DONT;
#else
    (void)s;
    r = SOCK2_ENOTSUP;
#endif
  }
  if (r < 0)
    return r;
  *mode = v;
  return 0;
}
