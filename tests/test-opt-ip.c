/* SPDX-License-Identifier: MIT */
/*
 * Tests: options at IPPROTO_IP, IPPROTO_IPV6 and SOL_DCCP, and multicast
 * membership. The round trips are table-driven: every row is set through
 * libsock2 and read back both through libsock2 and through a raw
 * getsockopt() at the level and name the system headers give, and every
 * other level's option with the same number must not move (socket2's
 * freebind once wrote SOL_SOCKET 15, which is SO_REUSEPORT on Linux).
 */
#include "tests.h"

#include <errno.h>
#ifndef _WIN32
# include <net/if.h>
# include <netinet/in.h>
# include <sched.h>
# include <unistd.h>
# include <sys/ioctl.h>
# include <sys/socket.h>
# include <sys/wait.h>
#endif
#ifdef HAVE_LINUX_DCCP_H
# include <linux/dccp.h>
#endif

/* Privileged rows and the namespace test run only as root. */
#ifdef _WIN32
# define t_is_root() 0
#else
# define t_is_root() (geteuid() == 0)
#endif

/* Raw names from the system headers, -1 where they lack one. */
#ifdef IP_HDRINCL
# define T_IP_HDRINCL IP_HDRINCL
#else
# define T_IP_HDRINCL (-1)
#endif
#ifdef IP_TRANSPARENT
# define T_IP_TRANSPARENT IP_TRANSPARENT
#else
# define T_IP_TRANSPARENT (-1)
#endif
#ifdef IP_FREEBIND
# define T_IP_FREEBIND IP_FREEBIND
#else
# define T_IP_FREEBIND (-1)
#endif
#ifdef IP_TOS
# define T_IP_TOS IP_TOS
#else
# define T_IP_TOS (-1)
#endif
#ifdef IP_RECVTOS
# define T_IP_RECVTOS IP_RECVTOS
#else
# define T_IP_RECVTOS (-1)
#endif
#ifdef IP_MULTICAST_ALL
# define T_IP_MULTICAST_ALL IP_MULTICAST_ALL
#else
# define T_IP_MULTICAST_ALL (-1)
#endif
#if defined(IPV6_HDRINCL)
# define T_IPV6_HDRINCL IPV6_HDRINCL
#elif defined(IP_HDRINCL)
# define T_IPV6_HDRINCL IP_HDRINCL
#else
# define T_IPV6_HDRINCL (-1)
#endif
#ifdef IPV6_TRANSPARENT
# define T_IPV6_TRANSPARENT IPV6_TRANSPARENT
#else
# define T_IPV6_TRANSPARENT (-1)
#endif
#ifdef IPV6_FREEBIND
# define T_IPV6_FREEBIND IPV6_FREEBIND
#else
# define T_IPV6_FREEBIND (-1)
#endif
#ifdef IPV6_MULTICAST_ALL
# define T_IPV6_MULTICAST_ALL IPV6_MULTICAST_ALL
#else
# define T_IPV6_MULTICAST_ALL (-1)
#endif
#ifdef IPV6_TCLASS
# define T_IPV6_TCLASS IPV6_TCLASS
#else
# define T_IPV6_TCLASS (-1)
#endif
#ifdef IPV6_RECVTCLASS
# define T_IPV6_RECVTCLASS IPV6_RECVTCLASS
#else
# define T_IPV6_RECVTCLASS (-1)
#endif
#ifdef IPV6_RECVHOPLIMIT
# define T_IPV6_RECVHOPLIMIT IPV6_RECVHOPLIMIT
#else
# define T_IPV6_RECVHOPLIMIT (-1)
#endif
#ifdef SOL_DCCP
# define T_SOL_DCCP SOL_DCCP
#else
# define T_SOL_DCCP (-1)
#endif
#ifdef DCCP_SOCKOPT_SERVICE
# define T_DCCP(name) DCCP_SOCKOPT_##name
#else
# define T_DCCP(name) (-1)
#endif

/* Socket kinds a row applies to. */
#define F_V4 1
#define F_V6 2
#define K_TCP 1
#define K_UDP 2
#define K_RAW 4
#define K_DCCP 8

/* How a value reads back. */
#define V_BOOL 0 /* 0 or 1 */
#define V_INT 1  /* as set */
#define V_POS 2  /* a "receive" flag: raw > 0 reads as 1 */

/* Special values resolved per socket. */
#define VAL_TOGGLE (-1000)  /* the opposite of the initial boolean */
#define VAL_LO_INDEX (-1001) /* the loopback interface's index */

typedef int (*set_fn)(sock2_socket_t, int);
typedef int (*get_fn)(sock2_socket_t, int *);

struct row {
  const char *name;
  set_fn set;
  get_fn get;
  int level, optname; /* raw, from the system headers */
  int fams, kinds;
  int vkind;
  int value;          /* a non-default value */
  int ranged, lo, hi; /* valid range of the setter, when ranged */
  int feature;        /* SOCK2_FEATURE_* that gates the row, or 0 */
  int priv;           /* needs root (CAP_NET_ADMIN / CAP_NET_RAW) */
};

/* Adapters for the options whose values are uint32_t. */
static int
set_mif6(sock2_socket_t s, int v)
{
  return sock2_set_multicast_if_v6(s, (uint32_t)v);
}
static int
get_mif6(sock2_socket_t s, int *v)
{
  uint32_t u = 0;
  int rc = sock2_multicast_if_v6(s, v == NULL ? NULL : &u);
  if (rc == 0)
    *v = (int)u;
  return rc;
}
#define U32_ADAPT(name)                                                       \
  static int set_##name(sock2_socket_t s, int v)                              \
  {                                                                           \
    return sock2_set_##name(s, (uint32_t)v);                                  \
  }                                                                           \
  static int get_##name(sock2_socket_t s, int *v)                             \
  {                                                                           \
    uint32_t u = 0;                                                           \
    int rc = sock2_##name(s, v == NULL ? NULL : &u);                          \
    if (rc == 0)                                                              \
      *v = (int)u;                                                            \
    return rc;                                                                \
  }
U32_ADAPT(dccp_service)
U32_ADAPT(dccp_send_cscov)
U32_ADAPT(dccp_recv_cscov)
U32_ADAPT(dccp_qpolicy_txqlen)

/*
 * The table rows reach these functions through macros that paste the
 * option name, so they are listed here for readers and for grep:
 * sock2_dccp_recv_cscov sock2_dccp_server_timewait sock2_freebind_v4
 * sock2_freebind_v6 sock2_header_included_v4 sock2_header_included_v6
 * sock2_ip_transparent_v4 sock2_ip_transparent_v6 sock2_multicast_all_v4
 * sock2_multicast_all_v6 sock2_multicast_loop_v4 sock2_multicast_loop_v6
 * sock2_multicast_ttl_v4 sock2_only_v6 sock2_recv_hoplimit_v6
 * sock2_recv_tclass_v6 sock2_recv_tos_v4 sock2_set_dccp_recv_cscov
 * sock2_set_dccp_server_timewait sock2_set_freebind_v4 sock2_set_freebind_v6
 * sock2_set_header_included_v4 sock2_set_header_included_v6
 * sock2_set_ip_transparent_v4 sock2_set_ip_transparent_v6
 * sock2_set_multicast_all_v4 sock2_set_multicast_all_v6
 * sock2_set_multicast_loop_v4 sock2_set_multicast_loop_v6
 * sock2_set_multicast_ttl_v4 sock2_set_only_v6 sock2_set_recv_hoplimit_v6
 * sock2_set_recv_tclass_v6 sock2_set_recv_tos_v4 sock2_set_tos_v4
 * sock2_set_ttl_v4 sock2_tos_v4 sock2_ttl_v4
 */
#define ROW(n, lvl, opt, fams, kinds, vk, val, rg, lo, hi, feat, priv)        \
  { #n, sock2_set_##n, sock2_##n, lvl, opt, fams, kinds, vk, val, rg, lo, hi, \
    feat, priv }

static const struct row rows[] = {
  /* IPPROTO_IP */
  ROW(header_included_v4, IPPROTO_IP, T_IP_HDRINCL, F_V4, K_RAW, V_BOOL, 1,
      0, 0, 0, 0, 1),
  ROW(ip_transparent_v4, IPPROTO_IP, T_IP_TRANSPARENT, F_V4, K_TCP | K_UDP,
      V_BOOL, 1, 0, 0, 0, SOCK2_FEATURE_IP_TRANSPARENT, 1),
  ROW(freebind_v4, IPPROTO_IP, T_IP_FREEBIND, F_V4, K_TCP | K_UDP, V_BOOL, 1,
      0, 0, 0, SOCK2_FEATURE_IP_FREEBIND, 0),
  ROW(ttl_v4, IPPROTO_IP, IP_TTL, F_V4, K_TCP | K_UDP, V_INT, 40, 1, 0, 255,
      0, 0),
  ROW(tos_v4, IPPROTO_IP, T_IP_TOS, F_V4, K_TCP | K_UDP, V_INT, 96, 1, 0, 255,
      0, 0),
  ROW(recv_tos_v4, IPPROTO_IP, T_IP_RECVTOS, F_V4, K_TCP | K_UDP, V_POS, 1, 0,
      0, 0, SOCK2_FEATURE_IP_RECVTOS, 0),
  ROW(multicast_loop_v4, IPPROTO_IP, IP_MULTICAST_LOOP, F_V4, K_UDP, V_BOOL,
      0, 0, 0, 0, 0, 0),
  ROW(multicast_ttl_v4, IPPROTO_IP, IP_MULTICAST_TTL, F_V4, K_UDP, V_INT, 8,
      1, 0, 255, 0, 0),
  ROW(multicast_all_v4, IPPROTO_IP, T_IP_MULTICAST_ALL, F_V4, K_UDP, V_BOOL,
      0, 0, 0, 0, SOCK2_FEATURE_IP_MULTICAST_ALL, 0),
  /* IPPROTO_IPV6 */
  ROW(header_included_v6, IPPROTO_IPV6, T_IPV6_HDRINCL, F_V6, K_RAW, V_BOOL,
      1, 0, 0, 0, SOCK2_FEATURE_IPV6_HDRINCL, 1),
  ROW(ip_transparent_v6, IPPROTO_IPV6, T_IPV6_TRANSPARENT, F_V6,
      K_TCP | K_UDP, V_BOOL, 1, 0, 0, 0, SOCK2_FEATURE_IPV6_TRANSPARENT, 1),
  ROW(freebind_v6, IPPROTO_IPV6, T_IPV6_FREEBIND, F_V6, K_TCP | K_UDP, V_BOOL,
      1, 0, 0, 0, SOCK2_FEATURE_IPV6_FREEBIND, 0),
  ROW(only_v6, IPPROTO_IPV6, IPV6_V6ONLY, F_V6, K_TCP | K_UDP, V_BOOL,
      VAL_TOGGLE, 0, 0, 0, 0, 0),
  ROW(unicast_hops_v6, IPPROTO_IPV6, IPV6_UNICAST_HOPS, F_V6, K_TCP | K_UDP,
      V_INT, 20, 1, -1, 255, 0, 0),
  ROW(tclass_v6, IPPROTO_IPV6, T_IPV6_TCLASS, F_V6, K_TCP | K_UDP, V_INT, 96,
      1, -1, 255, SOCK2_FEATURE_IPV6_TCLASS, 0),
  ROW(recv_tclass_v6, IPPROTO_IPV6, T_IPV6_RECVTCLASS, F_V6, K_TCP | K_UDP,
      V_POS, 1, 0, 0, 0, SOCK2_FEATURE_IPV6_RECVTCLASS, 0),
  ROW(recv_hoplimit_v6, IPPROTO_IPV6, T_IPV6_RECVHOPLIMIT, F_V6,
      K_TCP | K_UDP, V_POS, 1, 0, 0, 0, SOCK2_FEATURE_IPV6_RECVHOPLIMIT, 0),
  ROW(multicast_loop_v6, IPPROTO_IPV6, IPV6_MULTICAST_LOOP, F_V6, K_UDP,
      V_BOOL, 0, 0, 0, 0, 0, 0),
  ROW(multicast_hops_v6, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, F_V6, K_UDP,
      V_INT, 8, 1, -1, 255, 0, 0),
  ROW(multicast_all_v6, IPPROTO_IPV6, T_IPV6_MULTICAST_ALL, F_V6, K_UDP,
      V_BOOL, 0, 0, 0, 0, SOCK2_FEATURE_IPV6_MULTICAST_ALL, 0),
  { "multicast_if_v6", set_mif6, get_mif6, IPPROTO_IPV6, IPV6_MULTICAST_IF,
    F_V6, K_UDP, V_INT, VAL_LO_INDEX, 0, 0, 0, 0, 0 },
  /* SOL_DCCP */
  { "dccp_service", set_dccp_service, get_dccp_service, T_SOL_DCCP,
    T_DCCP(SERVICE), F_V4, K_DCCP, V_INT, 45, 0, 0, 0, SOCK2_FEATURE_DCCP,
    0 },
  ROW(dccp_server_timewait, T_SOL_DCCP, T_DCCP(SERVER_TIMEWAIT), F_V4, K_DCCP,
      V_BOOL, 1, 0, 0, 0, SOCK2_FEATURE_DCCP, 0),
  { "dccp_send_cscov", set_dccp_send_cscov, get_dccp_send_cscov, T_SOL_DCCP,
    T_DCCP(SEND_CSCOV), F_V4, K_DCCP, V_INT, 4, 0, 0, 0, SOCK2_FEATURE_DCCP,
    0 },
  { "dccp_recv_cscov", set_dccp_recv_cscov, get_dccp_recv_cscov, T_SOL_DCCP,
    T_DCCP(RECV_CSCOV), F_V4, K_DCCP, V_INT, 4, 0, 0, 0, SOCK2_FEATURE_DCCP,
    0 },
  { "dccp_qpolicy_txqlen", set_dccp_qpolicy_txqlen, get_dccp_qpolicy_txqlen,
    T_SOL_DCCP, T_DCCP(QPOLICY_TXQLEN), F_V4, K_DCCP, V_INT, 6, 0, 0, 0,
    SOCK2_FEATURE_DCCP, 0 },
};
#define NROWS ((int)(sizeof(rows) / sizeof(rows[0])))

/* ---- Helpers ------------------------------------------------------------- */

/*
 * Open a socket of one kind; 0 on success, or the error (the caller skips
 * rows whose kind the kernel does not offer).
 */
static int
open_kind(int fam, int kind, sock2_socket_t *s)
{
  int domain = fam == F_V6 ? SOCK2_DOMAIN_IPV6 : SOCK2_DOMAIN_IPV4;

  switch (kind) {
  case K_TCP:
    return sock2_socket(domain, SOCK2_TYPE_STREAM, 0, s);
  case K_UDP:
    return sock2_socket(domain, SOCK2_TYPE_DGRAM, 0, s);
  case K_RAW:
    return sock2_socket(domain, SOCK2_TYPE_RAW,
                        fam == F_V6 ? SOCK2_PROTO_ICMPV6 : SOCK2_PROTO_ICMPV4,
                        s);
  default:
    return sock2_socket(domain, SOCK2_TYPE_DCCP, SOCK2_PROTO_DCCP, s);
  }
}

static const char *
kind_name(int fam, int kind)
{
  static const char *const n[2][4] = {
    { "IPv4 TCP", "IPv4 UDP", "IPv4 raw", "IPv4 DCCP" },
    { "IPv6 TCP", "IPv6 UDP", "IPv6 raw", "IPv6 DCCP" },
  };
  int k = kind == K_TCP ? 0 : kind == K_UDP ? 1 : kind == K_RAW ? 2 : 3;
  return n[fam == F_V6][k];
}

/* Normalise a raw int the way the row's getter reports it. */
static int
norm(const struct row *r, int v)
{
  if (r->vkind == V_BOOL)
    return v != 0;
  if (r->vkind == V_POS)
    return v > 0;
  return v;
}

/* The same option number at every other level: must never move. */
#define NPARTNER 5
static const int partner_levels[NPARTNER] = { SOL_SOCKET, IPPROTO_IP,
                                              IPPROTO_IPV6, IPPROTO_TCP,
                                              IPPROTO_UDP };
struct partner {
  int ok;
  socklen_t len;
  unsigned char buf[64];
};

static void
snapshot(sock2_socket_t s, const struct row *r, struct partner p[NPARTNER])
{
  int i;

  for (i = 0; i < NPARTNER; i++) {
    memset(&p[i], 0, sizeof(p[i]));
    if (partner_levels[i] == r->level)
      continue;
    p[i].len = sizeof(p[i].buf);
    p[i].ok = getsockopt(s, partner_levels[i], r->optname, (char *)p[i].buf,
                         &p[i].len) == 0;
  }
}

static void
check_partners(sock2_socket_t s, const struct row *r,
               const struct partner before[NPARTNER])
{
  struct partner after[NPARTNER];
  int i;

  snapshot(s, r, after);
  for (i = 0; i < NPARTNER; i++) {
    if (!before[i].ok)
      continue;
    ck_assert_msg(after[i].ok && after[i].len == before[i].len &&
                    memcmp(after[i].buf, before[i].buf, before[i].len) == 0,
                  "%s moved option %d at level %d (collision partner)",
                  r->name, r->optname, partner_levels[i]);
  }
}

/* The loopback interface's index (1 on Windows). */
static int
lo_index(void)
{
#ifdef _WIN32
  return 1;
#else
  unsigned int i = if_nametoindex("lo");
  return i != 0 ? (int)i : 1;
#endif
}

/* One row on one socket: the full round trip. */
static void
round_trip(const struct row *r, sock2_socket_t s)
{
  struct partner before[NPARTNER];
  int v0 = -7, v1 = -7, raw0, raw1, target, expect;

  if (t_emulator_lacks_option(s, r->level, r->optname, r->name))
    return;
  ck_ok(r->get(s, &v0));
  raw0 = t_raw_getsockopt_int(s, r->level, r->optname);
  ck_assert_msg(norm(r, raw0) == v0, "%s: initial %d, raw %d", r->name, v0,
                raw0);
  snapshot(s, r, before);

  target = r->value;
  if (target == VAL_TOGGLE)
    target = !v0;
  else if (target == VAL_LO_INDEX)
    target = lo_index();
  ck_assert_msg(norm(r, target) != v0 || r->value == VAL_LO_INDEX,
                "%s: test value equals the default", r->name);
  ck_ok(r->set(s, target));
  expect = r->vkind == V_INT ? target : target != 0;
  ck_ok(r->get(s, &v1));
  ck_assert_msg(v1 == expect, "%s: set %d, read %d", r->name, target, v1);
  raw1 = t_raw_getsockopt_int(s, r->level, r->optname);
  ck_assert_msg(norm(r, raw1) == expect, "%s: set %d, raw getsockopt %d",
                r->name, target, raw1);
  check_partners(s, r, before);

  if (r->ranged) {
    ck_err(r->set(s, r->lo - 1), SOCK2_EINVAL);
    ck_err(r->set(s, r->hi + 1), SOCK2_EINVAL);
    ck_err(r->set(s, r->hi + 1000), SOCK2_EINVAL);
    ck_assert_int_eq(t_raw_getsockopt_int(s, r->level, r->optname), raw1);
  }

  /* Back to the start, through the library. */
  ck_ok(r->set(s, r->vkind == V_INT ? v0 : v0 != 0));
  ck_assert_int_eq(norm(r, t_raw_getsockopt_int(s, r->level, r->optname)),
                   v0);
}

/* ---- The table ----------------------------------------------------------- */

/* One socket kind of a row cannot be tested here: say so (t_skip()). */
static void
skip_kind(const char *row, const char *kind, const char *why, const char *err)
{
  char reason[160];

  snprintf(reason, sizeof(reason), "%s: %s%s%s%s", kind, why,
           err != NULL ? " (" : "", err != NULL ? err : "",
           err != NULL ? ")" : "");
  t_skip(row, reason);
}

START_TEST(test_opt_ip_row)
{
  const struct row *r = &rows[_i];
  static const int fams[2] = { F_V4, F_V6 };
  static const int kinds[4] = { K_TCP, K_UDP, K_RAW, K_DCCP };
  int f, k, tested = 0;
  int has = r->feature == 0 || sock2_has(r->feature) == 1;

  /* Error paths, on every platform, whatever sockets the kernel has. */
  ck_err(r->set(SOCK2_INVALID_SOCKET, 1), SOCK2_EBADF);
  ck_err(r->get(SOCK2_INVALID_SOCKET, &f), SOCK2_EBADF);
  {
    sock2_socket_t u;
    ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, &u));
    ck_err(r->get(u, NULL), SOCK2_EINVAL);
    ck_ok(sock2_close(u));
  }

  for (f = 0; f < 2; f++) {
    if (!(r->fams & fams[f]))
      continue;
    if (fams[f] == F_V6 && !t_have_ipv6()) {
      skip_kind(r->name, "IPv6", "no IPv6 loopback", NULL);
      continue;
    }
    for (k = 0; k < 4; k++) {
      sock2_socket_t s;
      int rc;

      if (!(r->kinds & kinds[k]))
        continue;
      rc = open_kind(fams[f], kinds[k], &s);
      if (rc != 0) {
        ck_assert_msg(rc == SOCK2_EPERM || rc == SOCK2_EACCES ||
                        rc == SOCK2_ESOCKTNOSUPPORT ||
                        rc == SOCK2_EPROTONOSUPPORT ||
                        rc == SOCK2_EAFNOSUPPORT,
                      "%s: socket: %s", kind_name(fams[f], kinds[k]),
                      sock2_err_name(rc));
        skip_kind(r->name, kind_name(fams[f], kinds[k]), "no such socket here",
                  sock2_err_name(rc));
        continue;
      }
      ck_err(r->get(s, NULL), SOCK2_EINVAL);
      if (!has) {
        ck_err(r->set(s, 1), SOCK2_ENOTSUP);
        ck_err(r->get(s, &rc), SOCK2_ENOTSUP);
        printf("opt-ip %s: not in this build (ENOTSUP checked)\n", r->name);
#if defined(__OpenBSD__)
      } else if (r->set == sock2_set_only_v6) {
        /* Always v6-only: 1 is accepted, 0 is not supported. */
        ck_ok(r->set(s, 1));
        ck_err(r->set(s, 0), SOCK2_ENOTSUP);
        ck_assert_int_eq(t_raw_getsockopt_int(s, r->level, r->optname), 1);
        tested++;
#endif
      } else if (r->priv && !t_is_root()) {
        skip_kind(r->name, kind_name(fams[f], kinds[k]), "needs root", NULL);
      } else {
        round_trip(r, s);
        tested++;
      }
      ck_ok(sock2_close(s));
    }
  }
  if (tested == 0 && r->kinds != K_DCCP && has && (!r->priv || t_is_root()))
    ck_abort_msg("%s: no socket kind was tested", r->name);
}
END_TEST

/* Linux: IP_FREEBIND and SO_REUSEPORT are both 15 (socket2 #257). */
START_TEST(test_opt_ip_freebind_not_reuseport)
{
#if defined(SO_REUSEPORT) && defined(IP_FREEBIND)
  sock2_socket_t s;

  T_SKIP_IF(sock2_has(SOCK2_FEATURE_IP_FREEBIND) != 1,
            "no IP_FREEBIND in this build");
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s));
  ck_assert_int_eq(t_raw_getsockopt_int(s, SOL_SOCKET, SO_REUSEPORT), 0);
  ck_ok(sock2_set_freebind_v4(s, 1));
  ck_assert_int_eq(t_raw_getsockopt_int(s, IPPROTO_IP, IP_FREEBIND), 1);
  ck_assert_int_eq(t_raw_getsockopt_int(s, SOL_SOCKET, SO_REUSEPORT), 0);
  ck_ok(sock2_close(s));
#else
  t_skip(__func__, "no SO_REUSEPORT or no IP_FREEBIND here");
#endif
}
END_TEST

#if defined(CLONE_NEWNET) && defined(SIOCSIFFLAGS)
/*
 * What freebind and transparent are for: binding to an address the host
 * does not have. Run in a forked child inside a fresh network namespace
 * (which has no address but loopback's), so no host configuration can
 * make the address local; bind() sends nothing. Returns 0, the failed
 * step, or 77 when namespaces are not permitted.
 */
static int
nonlocal_bind(int step, int domain, const char *text,
              int (*set)(sock2_socket_t, int))
{
  sock2_socket_t s;
  sock2_addr_t a;

  if (sock2_addr_parse(&a, text) != 0 ||
      sock2_socket(domain, SOCK2_TYPE_DGRAM, 0, &s) != 0)
    return step;
  if (sock2_bind(s, &a) != SOCK2_EADDRNOTAVAIL)
    return step + 1;
  sock2_close(s);
  if (sock2_socket(domain, SOCK2_TYPE_DGRAM, 0, &s) != 0 || set(s, 1) != 0)
    return step + 2;
  if (sock2_bind(s, &a) != 0)
    return step + 3;
  sock2_close(s);
  return 0;
}

/* Bring the namespace's lo up with IFF_MULTICAST (0, or -1 on error). */
static int
ns_lo_up(void)
{
  struct ifreq ifr;
  int fd, rc = -1;

  fd = socket(AF_INET, SOCK_DGRAM, 0);
  if (fd < 0)
    return -1;
  memset(&ifr, 0, sizeof(ifr));
  strcpy(ifr.ifr_name, "lo");
  if (ioctl(fd, SIOCGIFFLAGS, &ifr) == 0) {
    ifr.ifr_flags |= IFF_UP | IFF_MULTICAST;
    rc = ioctl(fd, SIOCSIFFLAGS, &ifr) == 0 ? 0 : -1;
  }
  close(fd);
  return rc;
}

static int
nonlocal_child(void)
{
  int rc = 0;

  if (unshare(CLONE_NEWNET) != 0)
    return 77;
  /* With lo down the namespace has no local table and IPv4 takes any. */
  if (ns_lo_up() != 0)
    return 9;
  if (sock2_has(SOCK2_FEATURE_IP_FREEBIND) == 1)
    rc = nonlocal_bind(10, SOCK2_DOMAIN_IPV4, "192.0.2.1:0",
                       sock2_set_freebind_v4);
  if (rc == 0 && sock2_has(SOCK2_FEATURE_IP_TRANSPARENT) == 1)
    rc = nonlocal_bind(20, SOCK2_DOMAIN_IPV4, "192.0.2.1:0",
                       sock2_set_ip_transparent_v4);
  if (rc == 0 && sock2_has(SOCK2_FEATURE_IPV6_FREEBIND) == 1)
    rc = nonlocal_bind(30, SOCK2_DOMAIN_IPV6, "[2001:db8::1]:0",
                       sock2_set_freebind_v6);
  if (rc == 0 && sock2_has(SOCK2_FEATURE_IPV6_TRANSPARENT) == 1)
    rc = nonlocal_bind(40, SOCK2_DOMAIN_IPV6, "[2001:db8::1]:0",
                       sock2_set_ip_transparent_v6);
  return rc;
}

START_TEST(test_opt_ip_nonlocal_bind)
{
  pid_t pid;
  int status = 0;
  T_SKIP_UNDER_EMULATOR("qemu-user does not pass IP_FREEBIND / "
                        "IP_TRANSPARENT through");

  T_SKIP_IF(!t_is_root(), "needs root for a network namespace");
  fflush(NULL);
  pid = fork();
  ck_assert_int_ne(pid, -1);
  if (pid == 0)
    t_child_exit(nonlocal_child());
  ck_assert_int_eq(waitpid(pid, &status, 0), pid);
  ck_assert_msg(WIFEXITED(status), "child died (status %d)", status);
  T_SKIP_IF(WEXITSTATUS(status) == 77,
            "unshare(CLONE_NEWNET) not permitted");
  ck_assert_msg(WEXITSTATUS(status) == 0, "non-local bind step %d failed",
                WEXITSTATUS(status));
}
END_TEST
#endif

#ifndef _WIN32
/*
 * Receive one datagram with recvmsg() and look for a control message;
 * 1 with *val set if found (a 1- or 4-byte payload), 0 if not.
 */
static int
recv_cmsg_int(sock2_socket_t s, int level, int type, int *val)
{
  union {
    struct cmsghdr h;
    char buf[512];
  } ctl;
  char data[32];
  struct iovec iov;
  struct msghdr m;
  struct cmsghdr *c;

  memset(&m, 0, sizeof(m));
  iov.iov_base = data;
  iov.iov_len = sizeof(data);
  m.msg_iov = &iov;
  m.msg_iovlen = 1;
  m.msg_control = ctl.buf;
  m.msg_controllen = sizeof(ctl.buf);
  ck_assert_int_ge(recvmsg(s, &m, 0), 0);
  ck_assert_int_eq(m.msg_flags & MSG_CTRUNC, 0);
  for (c = CMSG_FIRSTHDR(&m); c != NULL; c = CMSG_NXTHDR(&m, c)) {
    if (c->cmsg_level != level || c->cmsg_type != type)
      continue;
    if (c->cmsg_len == CMSG_LEN(1)) {
      *val = *(const unsigned char *)CMSG_DATA(c);
    } else {
      ck_assert_uint_ge(c->cmsg_len, CMSG_LEN(sizeof(int)));
      memcpy(val, CMSG_DATA(c), sizeof(int));
    }
    return 1;
  }
  return 0;
}

/*
 * The receive flags do what they say: with recv_tos_v4 the TOS the sender
 * set with set_tos_v4 arrives as an IP_TOS control message, and likewise
 * IPv6's traffic class and hop limit; with the flag off, nothing arrives.
 */
START_TEST(test_opt_ip_recv_cmsgs)
{
  sock2_socket_t rx, tx;
  sock2_addr_t a;
  int v = -1;

  if (sock2_has(SOCK2_FEATURE_IP_RECVTOS) == 1) {
    rx = t_udp(SOCK2_DOMAIN_IPV4, &a);
    ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, &tx));
    ck_ok(sock2_set_tos_v4(tx, 0x28));
    ck_ok(sock2_set_recv_tos_v4(rx, 1));
    ck_assert_int_eq(sock2_send_to(tx, "tos", 3, &a), 3);
    ck_assert_int_eq(recv_cmsg_int(rx, IPPROTO_IP, IP_TOS, &v), 1);
    ck_assert_int_eq(v, 0x28);
    ck_ok(sock2_set_recv_tos_v4(rx, 0));
    ck_assert_int_eq(sock2_send_to(tx, "tos", 3, &a), 3);
    ck_assert_int_eq(recv_cmsg_int(rx, IPPROTO_IP, IP_TOS, &v), 0);
    ck_ok(sock2_close(tx));
    ck_ok(sock2_close(rx));
  }
  T_SKIP_IF(!t_have_ipv6(), "no IPv6 loopback");
#if defined(IPV6_TCLASS) && defined(IPV6_HOPLIMIT)
  rx = t_udp(SOCK2_DOMAIN_IPV6, &a);
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV6, SOCK2_TYPE_DGRAM, 0, &tx));
  if (sock2_has(SOCK2_FEATURE_IPV6_RECVTCLASS) == 1 &&
      sock2_has(SOCK2_FEATURE_IPV6_TCLASS) == 1) {
    ck_ok(sock2_set_tclass_v6(tx, 0x28));
    ck_ok(sock2_set_recv_tclass_v6(rx, 1));
    ck_assert_int_eq(sock2_send_to(tx, "tc", 2, &a), 2);
    ck_assert_int_eq(recv_cmsg_int(rx, IPPROTO_IPV6, IPV6_TCLASS, &v), 1);
    ck_assert_int_eq(v, 0x28);
    ck_ok(sock2_set_recv_tclass_v6(rx, 0));
  }
  if (sock2_has(SOCK2_FEATURE_IPV6_RECVHOPLIMIT) == 1) {
    ck_ok(sock2_set_unicast_hops_v6(tx, 9));
    ck_ok(sock2_set_recv_hoplimit_v6(rx, 1));
    ck_assert_int_eq(sock2_send_to(tx, "hl", 2, &a), 2);
    ck_assert_int_eq(recv_cmsg_int(rx, IPPROTO_IPV6, IPV6_HOPLIMIT, &v), 1);
    ck_assert_int_eq(v, 9);
    ck_ok(sock2_set_recv_hoplimit_v6(rx, 0));
    ck_assert_int_eq(sock2_send_to(tx, "hl", 2, &a), 2);
    ck_assert_int_eq(recv_cmsg_int(rx, IPPROTO_IPV6, IPV6_HOPLIMIT, &v), 0);
  }
  ck_ok(sock2_close(tx));
  ck_ok(sock2_close(rx));
#endif
}
END_TEST
#endif

/* -1 for the IPv6 hop limits and traffic class is "the default". */
START_TEST(test_opt_ip_v6_default_values)
{
  sock2_socket_t s;
  int v;

  T_SKIP_IF(!t_have_ipv6(), "no IPv6 loopback");
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV6, SOCK2_TYPE_DGRAM, 0, &s));
  ck_ok(sock2_set_unicast_hops_v6(s, 7));
  ck_ok(sock2_set_unicast_hops_v6(s, -1));
  ck_ok(sock2_unicast_hops_v6(s, &v));
  ck_assert_int_ge(v, 1);
  ck_assert_int_ne(v, 7);
  ck_ok(sock2_set_multicast_hops_v6(s, 9));
  ck_ok(sock2_set_multicast_hops_v6(s, -1));
  ck_ok(sock2_multicast_hops_v6(s, &v));
  ck_assert_int_eq(v, 1); /* RFC 3493: the default is 1 */
  ck_err(sock2_set_multicast_hops_v6(s, -2), SOCK2_EINVAL);
  ck_assert_int_eq(t_raw_getsockopt_int(s, IPPROTO_IPV6, IPV6_MULTICAST_HOPS),
                   1);
  if (sock2_has(SOCK2_FEATURE_IPV6_TCLASS) == 1) {
    ck_ok(sock2_set_tclass_v6(s, 32));
    ck_ok(sock2_set_tclass_v6(s, -1));
    ck_ok(sock2_tclass_v6(s, &v));
    ck_assert_int_eq(v, 0);
  }
  ck_ok(sock2_close(s));
}
END_TEST

/* IP_MULTICAST_IF takes and gives a struct in_addr. */
START_TEST(test_opt_ip_multicast_if_v4)
{
  static const uint8_t lo[4] = { 127, 0, 0, 1 };
  static const uint8_t any[4] = { 0, 0, 0, 0 };
  struct in_addr raw;
  socklen_t len = sizeof(raw);
  uint8_t got[4] = { 9, 9, 9, 9 };
  sock2_socket_t s;
  T_SKIP_UNDER_EMULATOR("qemu-user does not pass IP_MULTICAST_IF reads "
                        "through");

  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, &s));
  ck_ok(sock2_multicast_if_v4(s, got));
  ck_assert_mem_eq(got, any, 4);
  ck_ok(sock2_set_multicast_if_v4(s, lo));
  ck_ok(sock2_multicast_if_v4(s, got));
  ck_assert_mem_eq(got, lo, 4);
  ck_assert_int_eq(
    getsockopt(s, IPPROTO_IP, IP_MULTICAST_IF, (char *)&raw, &len), 0);
  ck_assert_int_eq(len, sizeof(raw));
  ck_assert_mem_eq(&raw, lo, 4);
  ck_ok(sock2_set_multicast_if_v4(s, any));
  ck_ok(sock2_multicast_if_v4(s, got));
  ck_assert_mem_eq(got, any, 4);
  ck_err(sock2_set_multicast_if_v4(s, NULL), SOCK2_EINVAL);
  ck_err(sock2_multicast_if_v4(s, NULL), SOCK2_EINVAL);
  ck_err(sock2_set_multicast_if_v4(SOCK2_INVALID_SOCKET, lo), SOCK2_EBADF);
  ck_err(sock2_multicast_if_v4(SOCK2_INVALID_SOCKET, got), SOCK2_EBADF);
  ck_ok(sock2_close(s));
}
END_TEST

/* SO_ORIGINAL_DST on sockets that were never redirected. */
START_TEST(test_opt_ip_original_dst)
{
  sock2_socket_t c, d;
  sock2_addr_t a, before;
  int rc;

  ck_err(sock2_original_dst_v4(SOCK2_INVALID_SOCKET, &a), SOCK2_EBADF);
  ck_err(sock2_original_dst_v6(SOCK2_INVALID_SOCKET, &a), SOCK2_EBADF);
  t_tcp_pair(SOCK2_DOMAIN_IPV4, &c, &d);
  ck_err(sock2_original_dst_v4(c, NULL), SOCK2_EINVAL);
  ck_err(sock2_original_dst_v6(c, NULL), SOCK2_EINVAL);
  ck_ok(sock2_addr_init(&a));
  before = a;
  rc = sock2_original_dst_v4(d, &a);
  if (sock2_has(SOCK2_FEATURE_ORIGINAL_DST) != 1) {
    ck_assert_int_eq(rc, SOCK2_ENOTSUP);
  } else if (rc == SOCK2_ENOPROTOOPT) {
    t_skip("original_dst", "netfilter conntrack not loaded (ENOPROTOOPT)");
  } else {
    ck_assert_int_eq(rc, SOCK2_ENOENT);
    /* Linux answers EOPNOTSUPP for the IPv6 name on an IPv4 socket. */
    ck_err(sock2_original_dst_v6(d, &a), SOCK2_ENOTSUP);
    if (t_have_ipv6()) {
      sock2_socket_t c6, d6;
      t_tcp_pair(SOCK2_DOMAIN_IPV6, &c6, &d6);
      ck_err(sock2_original_dst_v6(d6, &a), SOCK2_ENOENT);
      ck_ok(sock2_close(c6));
      ck_ok(sock2_close(d6));
    }
  }
  ck_assert(sock2_addr_equal(&a, &before)); /* untouched on error */
  ck_ok(sock2_close(c));
  ck_ok(sock2_close(d));
}
END_TEST

/* Multicast calls' argument checks, without joining anything. */
START_TEST(test_opt_ip_multicast_args)
{
  static const uint8_t g4[4] = { 239, 1, 2, 3 };
  static const uint8_t lo4[4] = { 127, 0, 0, 1 };
  static const uint8_t g6[16] = { 0xff, 0x02, 0, 0, 0, 0, 0, 0,
                                  0,    0,    0, 0, 0, 0, 0x12, 0x34 };
  sock2_iface_v4_t any = SOCK2_IFACE_BY_INDEX(0);
  sock2_iface_v4_t bad = SOCK2_IFACE_BY_INDEX(0);
  sock2_socket_t s;
  const sock2_socket_t X = SOCK2_INVALID_SOCKET;

  bad.kind = 99;
  ck_err(sock2_join_multicast_v4(X, g4, lo4), SOCK2_EBADF);
  ck_err(sock2_leave_multicast_v4(X, g4, lo4), SOCK2_EBADF);
  ck_err(sock2_join_multicast_v4_n(X, g4, &any), SOCK2_EBADF);
  ck_err(sock2_leave_multicast_v4_n(X, g4, &any), SOCK2_EBADF);
  ck_err(sock2_join_ssm_v4(X, lo4, g4, lo4), SOCK2_EBADF);
  ck_err(sock2_leave_ssm_v4(X, lo4, g4, lo4), SOCK2_EBADF);
  ck_err(sock2_join_multicast_v6(X, g6, 1), SOCK2_EBADF);
  ck_err(sock2_leave_multicast_v6(X, g6, 1), SOCK2_EBADF);
  ck_err(sock2_join_ssm_v6(X, g6, g6, 1), SOCK2_EBADF);
  ck_err(sock2_leave_ssm_v6(X, g6, g6, 1), SOCK2_EBADF);

  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, &s));
  ck_err(sock2_join_multicast_v4(s, NULL, lo4), SOCK2_EINVAL);
  ck_err(sock2_leave_multicast_v4(s, NULL, lo4), SOCK2_EINVAL);
  ck_err(sock2_join_multicast_v4_n(s, NULL, &any), SOCK2_EINVAL);
  ck_err(sock2_join_multicast_v4_n(s, g4, NULL), SOCK2_EINVAL);
  ck_err(sock2_join_multicast_v4_n(s, g4, &bad), SOCK2_EINVAL);
  ck_err(sock2_leave_multicast_v4_n(s, g4, &bad), SOCK2_EINVAL);
  ck_err(sock2_join_ssm_v4(s, NULL, g4, lo4), SOCK2_EINVAL);
  ck_err(sock2_join_ssm_v4(s, lo4, NULL, lo4), SOCK2_EINVAL);
  ck_err(sock2_leave_ssm_v4(s, NULL, g4, lo4), SOCK2_EINVAL);
  ck_err(sock2_join_multicast_v6(s, NULL, 1), SOCK2_EINVAL);
  ck_err(sock2_leave_multicast_v6(s, NULL, 1), SOCK2_EINVAL);
  ck_err(sock2_join_ssm_v6(s, NULL, g6, 1), SOCK2_EINVAL);
  ck_err(sock2_join_ssm_v6(s, g6, NULL, 1), SOCK2_EINVAL);
  ck_err(sock2_leave_ssm_v6(s, g6, NULL, 1), SOCK2_EINVAL);
  /* A group not joined cannot be left (socket2's join_leave test). */
#ifdef _WIN32
  {
    /* WSAEADDRNOTAVAIL on Windows; Wine says WSAEINVAL. */
    int rc = sock2_leave_multicast_v4(s, g4, lo4);
    ck_assert_msg(rc == SOCK2_EADDRNOTAVAIL ||
                      (rc == SOCK2_EINVAL && t_under_wine()),
                  "leave a group not joined: %s", sock2_err_name(rc));
  }
#else
  ck_err(sock2_leave_multicast_v4(s, g4, lo4), SOCK2_EADDRNOTAVAIL);
#endif
  ck_ok(sock2_close(s));
  ck_err(sock2_set_multicast_if_v6(X, 1), SOCK2_EBADF);
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, &s));
  ck_err(sock2_set_multicast_if_v6(s, 0x80000000u), SOCK2_EINVAL);
  ck_ok(sock2_close(s));
}
END_TEST

/* ---- Multicast membership inside a private network namespace ------------ */

#if defined(CLONE_NEWNET) && defined(SIOCSIFFLAGS)
/*
 * Runs in a forked child: a fresh network namespace whose only interface
 * is lo, brought up with IFF_MULTICAST. Nothing can leave it. Returns 0,
 * the number of the failed step, or 77 when namespaces are not permitted.
 */
/* Leaving a source-specific channel never joined: Linux gives EINVAL. */
# define NOT_JOINED(rc) ((rc) == SOCK2_EADDRNOTAVAIL || (rc) == SOCK2_EINVAL)
# define STEP_NJ(n, expr)                                                     \
  do {                                                                        \
    int st_rc_ = (expr);                                                      \
    if (!NOT_JOINED(st_rc_)) {                                                \
      fprintf(stderr, "multicast step %d: %s gave %s\n", (n), #expr,         \
              sock2_err_name(st_rc_));                                        \
      return (n);                                                             \
    }                                                                         \
  } while (0)
# define STEP(n, expr, want)                                                  \
  do {                                                                        \
    int st_rc_ = (expr);                                                      \
    if (st_rc_ != (want)) {                                                   \
      fprintf(stderr, "multicast step %d: %s gave %s, wanted %s\n", (n),      \
              #expr, sock2_err_name(st_rc_), sock2_err_name(want));           \
      return (n);                                                             \
    }                                                                         \
  } while (0)

static int
wait_datagram(sock2_socket_t s, const char *want)
{
  char buf[64];
  int i;

  for (i = 0; i < 200; i++) {
    sock2_ssize_t n = sock2_recv(s, buf, sizeof(buf) - 1);
    if (n >= 0) {
      buf[n] = '\0';
      return strcmp(buf, want) == 0 ? 0 : -1;
    }
    if (n != SOCK2_EAGAIN)
      return -1;
    usleep(10000);
  }
  return -1;
}

static int
mcast_child(void)
{
  static const uint8_t lo4[4] = { 127, 0, 0, 1 };
  static const uint8_t g4[4] = { 239, 1, 2, 3 };
  static const uint8_t ssm4[4] = { 232, 1, 2, 3 };
  static const uint8_t src4[4] = { 192, 0, 2, 7 };
  static const uint8_t g6[16] = { 0xff, 0x02, 0, 0, 0, 0, 0, 0,
                                  0,    0,    0, 0, 0, 0, 0x12, 0x34 };
  static const uint8_t ssm6[16] = { 0xff, 0x3e, 0, 0, 0, 0, 0, 0,
                                    0,    0,    0, 0, 0, 0, 0x12, 0x34 };
  static const uint8_t src6[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0,
                                    0,    0,    0,    0,    0, 0, 0, 7 };
  sock2_iface_v4_t by_idx, by_addr = SOCK2_IFACE_BY_ADDR(127, 0, 0, 1);
  sock2_socket_t u, snd;
  sock2_addr_t a;
  unsigned int idx;

  if (unshare(CLONE_NEWNET) != 0)
    return 77;
  if (ns_lo_up() != 0)
    return 92;
  idx = if_nametoindex("lo");
  if (idx == 0)
    return 93;
  by_idx = SOCK2_IFACE_BY_INDEX(idx);

  /* IPv4 by interface address. */
  if (sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, &u) != 0)
    return 94;
  STEP(1, sock2_leave_multicast_v4(u, g4, lo4), SOCK2_EADDRNOTAVAIL);
  STEP(2, sock2_join_multicast_v4(u, g4, lo4), 0);
  STEP(3, sock2_join_multicast_v4(u, g4, lo4), SOCK2_EADDRINUSE);
  STEP(4, sock2_leave_multicast_v4(u, g4, lo4), 0);
  STEP(5, sock2_leave_multicast_v4(u, g4, lo4), SOCK2_EADDRNOTAVAIL);
  /* By index and by address through ip_mreqn (or its fallbacks). */
  if (sock2_has(SOCK2_FEATURE_IP_MREQN) == 1 ||
      sock2_has(SOCK2_FEATURE_MCAST_JOIN_GROUP) == 1) {
    STEP(6, sock2_join_multicast_v4_n(u, g4, &by_idx), 0);
    STEP(7, sock2_join_multicast_v4_n(u, g4, &by_idx), SOCK2_EADDRINUSE);
    STEP(8, sock2_leave_multicast_v4_n(u, g4, &by_idx), 0);
    STEP(9, sock2_leave_multicast_v4_n(u, g4, &by_idx),
         SOCK2_EADDRNOTAVAIL);
  } else {
    STEP(6, sock2_join_multicast_v4_n(u, g4, &by_idx), SOCK2_ENOTSUP);
  }
  STEP(10, sock2_join_multicast_v4_n(u, g4, &by_addr), 0);
  STEP(11, sock2_leave_multicast_v4_n(u, g4, &by_addr), 0);
  /* NULL is "any interface": by route, and this namespace has none. */
  STEP(16, sock2_join_multicast_v4(u, g4, NULL), SOCK2_ENODEV);
  /* Source-specific (argument order: source, group, interface). */
  if (sock2_has(SOCK2_FEATURE_IP_SSM) == 1) {
    STEP_NJ(12, sock2_leave_ssm_v4(u, src4, ssm4, lo4));
    STEP(13, sock2_join_ssm_v4(u, src4, ssm4, lo4), 0);
    STEP(14, sock2_leave_ssm_v4(u, src4, ssm4, lo4), 0);
    STEP_NJ(15, sock2_leave_ssm_v4(u, src4, ssm4, lo4));
  } else {
    STEP(12, sock2_join_ssm_v4(u, src4, ssm4, lo4), SOCK2_ENOTSUP);
  }

  /* A datagram to the group through lo, looped back. */
  sock2_addr_parse(&a, "0.0.0.0:0");
  STEP(20, sock2_bind(u, &a), 0);
  STEP(21, sock2_local_addr(u, &a), 0);
  STEP(22, sock2_join_multicast_v4(u, g4, lo4), 0);
  STEP(23, sock2_set_nonblocking(u, 1), 0);
  STEP(24, sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, &snd), 0);
  STEP(25, sock2_set_multicast_if_v4(snd, lo4), 0);
  STEP(26, sock2_set_multicast_loop_v4(snd, 1), 0);
  {
    sock2_addr_t to;
    STEP(27, sock2_addr_ipv4(&to, g4, (uint16_t)sock2_addr_port(&a)), 0);
    STEP(28, (int)sock2_send_to(snd, "v4 group", 8, &to), 8);
  }
  STEP(29, wait_datagram(u, "v4 group"), 0);
  STEP(30, sock2_leave_multicast_v4(u, g4, lo4), 0);
  sock2_close(snd);
  sock2_close(u);

  /* IPv6 by interface index. */
  if (sock2_socket(SOCK2_DOMAIN_IPV6, SOCK2_TYPE_DGRAM, 0, &u) != 0)
    return 0; /* no IPv6: the IPv4 part passed */
  if (sock2_has(SOCK2_FEATURE_IPV6_MEMBERSHIP) == 1) {
    STEP(40, sock2_leave_multicast_v6(u, g6, idx), SOCK2_EADDRNOTAVAIL);
    STEP(41, sock2_join_multicast_v6(u, g6, idx), 0);
    STEP(42, sock2_join_multicast_v6(u, g6, idx), SOCK2_EADDRINUSE);
    STEP(43, sock2_leave_multicast_v6(u, g6, idx), 0);
    STEP(44, sock2_leave_multicast_v6(u, g6, idx), SOCK2_EADDRNOTAVAIL);
  } else {
    STEP(40, sock2_join_multicast_v6(u, g6, idx), SOCK2_ENOTSUP);
  }
  if (sock2_has(SOCK2_FEATURE_MCAST_SOURCE_GROUP) == 1) {
    STEP_NJ(45, sock2_leave_ssm_v6(u, src6, ssm6, idx));
    STEP(46, sock2_join_ssm_v6(u, src6, ssm6, idx), 0);
    STEP(48, sock2_leave_ssm_v6(u, src6, ssm6, idx), 0);
    STEP_NJ(49, sock2_leave_ssm_v6(u, src6, ssm6, idx));
  } else {
    STEP(45, sock2_join_ssm_v6(u, src6, ssm6, idx), SOCK2_ENOTSUP);
  }
  sock2_close(u);
  return 0;
}

START_TEST(test_opt_ip_multicast_netns)
{
  pid_t pid;
  int status = 0;
  T_SKIP_UNDER_EMULATOR("qemu-user does not pass every multicast option "
                        "through");

  T_SKIP_IF(!t_is_root(), "needs root for a network namespace");
  fflush(NULL);
  pid = fork();
  ck_assert_int_ne(pid, -1);
  if (pid == 0)
    t_child_exit(mcast_child());
  ck_assert_int_eq(waitpid(pid, &status, 0), pid);
  ck_assert_msg(WIFEXITED(status), "multicast child died (status %d)",
                status);
  T_SKIP_IF(WEXITSTATUS(status) == 77,
            "unshare(CLONE_NEWNET) not permitted");
  ck_assert_msg(WEXITSTATUS(status) == 0,
                "multicast step %d failed (see stderr)", WEXITSTATUS(status));
}
END_TEST
#endif

/* ---- DCCP: the get-only and set-only calls ------------------------------- */

START_TEST(test_opt_ip_dccp_calls)
{
  const sock2_socket_t X = SOCK2_INVALID_SOCKET;
  sock2_socket_t s;
  uint32_t u = 0;
  uint8_t ids[8];
  int rc, want;

  ck_err(sock2_set_dccp_ccid(X, 2), SOCK2_EBADF);
  ck_err(sock2_dccp_tx_ccid(X, &u), SOCK2_EBADF);
  ck_err(sock2_dccp_xx_ccid(X, &u), SOCK2_EBADF);
  ck_err(sock2_dccp_rx_ccid(X, &u), SOCK2_EBADF);
  ck_err(sock2_dccp_available_ccids(X, ids, sizeof(ids)), SOCK2_EBADF);
  ck_err(sock2_dccp_cur_mps(X, &u), SOCK2_EBADF);

  /* On a TCP socket: the kernel has no SOL_DCCP there. */
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s));
  ck_err(sock2_dccp_tx_ccid(s, NULL), SOCK2_EINVAL);
  ck_err(sock2_dccp_xx_ccid(s, NULL), SOCK2_EINVAL);
  ck_err(sock2_dccp_rx_ccid(s, NULL), SOCK2_EINVAL);
  ck_err(sock2_dccp_cur_mps(s, NULL), SOCK2_EINVAL);
  ck_err(sock2_dccp_available_ccids(s, NULL, 4), SOCK2_EINVAL);
  ck_err(sock2_set_dccp_ccid(s, 256), SOCK2_EINVAL);
  ck_err(sock2_set_dccp_ccid(s, -1), SOCK2_EINVAL);
  /*
   * Without SOL_DCCP in the build: ENOTSUP. With it, Linux answers an
   * unknown level with ENOPROTOOPT on set and EOPNOTSUPP (SOCK2_ENOTSUP)
   * on get.
   */
  want = sock2_has(SOCK2_FEATURE_DCCP) == 1 ? SOCK2_ENOPROTOOPT
                                            : SOCK2_ENOTSUP;
  ck_err(sock2_set_dccp_ccid(s, 2), want);
  ck_err(sock2_set_dccp_service(s, 45), want);
  ck_err(sock2_set_dccp_server_timewait(s, 1), want);
  ck_err(sock2_set_dccp_send_cscov(s, 1), want);
  ck_err(sock2_set_dccp_recv_cscov(s, 1), want);
  ck_err(sock2_set_dccp_qpolicy_txqlen(s, 6), want);
# define CK_DCCP_GET(expr)                                                    \
  do {                                                                        \
    int g_ = (expr);                                                          \
    ck_assert_msg(g_ == SOCK2_ENOTSUP || g_ == SOCK2_ENOPROTOOPT,            \
                  "%s gave %s", #expr, sock2_err_name(g_));                  \
  } while (0)
  CK_DCCP_GET(sock2_dccp_tx_ccid(s, &u));
  CK_DCCP_GET(sock2_dccp_xx_ccid(s, &u));
  CK_DCCP_GET(sock2_dccp_rx_ccid(s, &u));
  CK_DCCP_GET(sock2_dccp_cur_mps(s, &u));
  CK_DCCP_GET(sock2_dccp_available_ccids(s, ids, sizeof(ids)));
  CK_DCCP_GET(sock2_dccp_service(s, &u));
  CK_DCCP_GET(sock2_dccp_send_cscov(s, &u));
  CK_DCCP_GET(sock2_dccp_qpolicy_txqlen(s, &u));
  ck_ok(sock2_close(s));

  rc = sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DCCP, SOCK2_PROTO_DCCP, &s);
  if (rc != 0) {
    ck_assert_msg(rc == SOCK2_ESOCKTNOSUPPORT || rc == SOCK2_EPROTONOSUPPORT ||
                    rc == SOCK2_EAFNOSUPPORT,
                  "DCCP socket: %s", sock2_err_name(rc));
    skip_kind("dccp", "IPv4 DCCP", "no DCCP in this kernel",
              sock2_err_name(rc));
    return;
  }
  /* socket2's dccp test, without the connection. */
  rc = sock2_dccp_available_ccids(s, ids, 4);
  ck_assert_int_ge(rc, 2);
  ck_assert_int_eq(sock2_dccp_available_ccids(s, NULL, 0), rc);
  ck_ok(sock2_set_dccp_ccid(s, 2));
  ck_ok(sock2_dccp_tx_ccid(s, &u));
  ck_assert_uint_eq(u, 2);
  ck_ok(sock2_dccp_xx_ccid(s, &u));
  ck_assert_uint_eq(u, 2);
  ck_ok(sock2_dccp_rx_ccid(s, &u));
  ck_assert_uint_eq(u, 2);
  ck_ok(sock2_dccp_cur_mps(s, &u));
  ck_assert_uint_gt(u, 0);
  ck_ok(sock2_close(s));
}
END_TEST

/* Every feature this area adds has a name, so the table has no gap. */
START_TEST(test_opt_ip_feature_names)
{
  int f;

  for (f = SOCK2_FEATURE_IP_TRANSPARENT; f <= SOCK2_FEATURE_MCAST_JOIN_GROUP;
       f++) {
    ck_assert_ptr_nonnull(sock2_feature_name(f));
    ck_assert_int_ge(sock2_has(f), 0);
  }
}
END_TEST

/*
 * sock2_iface_v4_t grows by its size field (doc/design.md, "ABI rules"):
 * a struct of the first version's size (no reserved tail, in a buffer
 * exactly that big) joins as the full one does; a bad size or a non-zero
 * reserved field is SOCK2_EINVAL before any system call.
 */
/* sock2_iface_v4_t as a program built against the first version sees it. */
struct iface_v4_v1 {
  uint32_t size;
  int kind;
  uint32_t index;
  uint8_t addr[4];
};

START_TEST(test_opt_ip_iface_v4_sizes)
{
  static const uint8_t g4[4] = { 239, 1, 2, 5 };
  static const sock2_iface_v4_t by_index = SOCK2_IFACE_INDEX_INIT(7);
  const uint32_t bad_sizes[] = { 0, 4, SOCK2_IFACE_V4_SIZE_MIN - 4,
                                 SOCK2_IFACE_V4_SIZE_MIN + 2,
                                 sizeof(sock2_iface_v4_t) + 4, UINT32_MAX };
  sock2_iface_v4_t full = SOCK2_IFACE_BY_ADDR(127, 0, 0, 1), bad;
  struct iface_v4_v1 *small;
  sock2_socket_t s;
  int r_full, r_small;
  size_t i;

  /* What the macros make. */
  ck_assert_uint_eq(full.size, sizeof(sock2_iface_v4_t));
  ck_assert_int_eq(full.kind, SOCK2_IFACE_ADDRESS);
  ck_assert(full.reserved[0] == 0 && full.reserved[1] == 0);
  ck_assert_uint_eq(by_index.size, sizeof(sock2_iface_v4_t));
  ck_assert_int_eq(by_index.kind, SOCK2_IFACE_INDEX);
  ck_assert_uint_eq(by_index.index, 7);
  ck_assert_uint_eq(SOCK2_IFACE_BY_INDEX(9).index, 9);

  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, &s));
  for (i = 0; i < sizeof(bad_sizes) / sizeof(bad_sizes[0]); i++) {
    bad = full;
    bad.size = bad_sizes[i];
    ck_err(sock2_join_multicast_v4_n(s, g4, &bad), SOCK2_EINVAL);
    ck_err(sock2_leave_multicast_v4_n(s, g4, &bad), SOCK2_EINVAL);
  }
  bad = full;
  bad.reserved[0] = 1;
  ck_err(sock2_join_multicast_v4_n(s, g4, &bad), SOCK2_EINVAL);
  bad = full;
  bad.reserved[1] = 0x80000000u;
  ck_err(sock2_join_multicast_v4_n(s, g4, &bad), SOCK2_EINVAL);

  /* The full struct and the first version's give the same answer. */
  r_full = sock2_join_multicast_v4_n(s, g4, &full);
  if (r_full == 0)
    ck_ok(sock2_leave_multicast_v4_n(s, g4, &full));
  ck_assert_uint_eq(sizeof(struct iface_v4_v1), SOCK2_IFACE_V4_SIZE_MIN);
  small = malloc(sizeof(*small));
  ck_assert_ptr_nonnull(small);
  small->size = (uint32_t)sizeof(*small);
  small->kind = SOCK2_IFACE_ADDRESS;
  small->index = 0;
  memcpy(small->addr, full.addr, 4);
  r_small = sock2_join_multicast_v4_n(s, g4, (sock2_iface_v4_t *)small);
  ck_assert_int_eq(r_small, r_full);
  ck_assert_int_ne(r_small, SOCK2_EINVAL);
  if (r_small == 0)
    ck_ok(sock2_leave_multicast_v4_n(s, g4, (sock2_iface_v4_t *)small));
  free(small);
  ck_ok(sock2_close(s));
}
END_TEST

Suite *
sock2_test_opt_ip_suite(void)
{
  Suite *s = suite_create("opt-ip");
  TCase *tc = sock2_tcase("round_trip");

  tcase_add_loop_test(tc, test_opt_ip_row, 0, NROWS);
  tcase_add_test(tc, test_opt_ip_freebind_not_reuseport);
#if defined(CLONE_NEWNET) && defined(SIOCSIFFLAGS)
  tcase_add_test(tc, test_opt_ip_nonlocal_bind);
#endif
  tcase_add_test(tc, test_opt_ip_v6_default_values);
  tcase_add_test(tc, test_opt_ip_multicast_if_v4);
#ifndef _WIN32
  tcase_add_test(tc, test_opt_ip_recv_cmsgs);
#endif
  suite_add_tcase(s, tc);

  tc = sock2_tcase("addresses");
  tcase_add_test(tc, test_opt_ip_original_dst);
  tcase_add_test(tc, test_opt_ip_multicast_args);
  tcase_add_test(tc, test_opt_ip_iface_v4_sizes);
#if defined(CLONE_NEWNET) && defined(SIOCSIFFLAGS)
  tcase_add_test(tc, test_opt_ip_multicast_netns);
#endif
  suite_add_tcase(s, tc);

  tc = sock2_tcase("dccp");
  tcase_add_test(tc, test_opt_ip_dccp_calls);
  tcase_add_test(tc, test_opt_ip_feature_names);
  suite_add_tcase(s, tc);
  return s;
}
