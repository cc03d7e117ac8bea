/* SPDX-License-Identifier: MIT */
/*
 * Tests: socket options at SOL_SOCKET. Every option is set through the
 * library and read back both through the library and with a raw
 * getsockopt() at the level and name it must use; options sharing the
 * number at another level must not move.
 */
#include "tests.h"
#include "internal.h" /* sock2__opt_decode_bool() */

#include <errno.h>
#include <limits.h>
#ifndef _WIN32
# include <unistd.h>
# include <net/if.h>
# include <netinet/in.h>
# include <sys/socket.h>
#endif
#ifdef HAVE_LINUX_FILTER_H
# include <linux/filter.h>
#endif

/* Privileged rows run only as root (CAP_NET_ADMIN / CAP_NET_RAW). */
#ifdef _WIN32
# define t_is_root() 0
# define t_sleep_ms(ms) Sleep(ms)
typedef int t_socklen;
#else
# define t_sleep_ms(ms) usleep((ms) * 1000)
# define t_is_root() (geteuid() == 0)
typedef socklen_t t_socklen;
#endif

/* The raw names, or -1 where this system has none. */
#if HAVE_DECL_SO_PASSCRED
# define RAW_SO_PASSCRED SO_PASSCRED
#else
# define RAW_SO_PASSCRED (-1)
#endif
#if HAVE_DECL_SO_PRIORITY
# define RAW_SO_PRIORITY SO_PRIORITY
#else
# define RAW_SO_PRIORITY (-1)
#endif
#if HAVE_DECL_SO_REUSEPORT
# define RAW_SO_REUSEPORT SO_REUSEPORT
#else
# define RAW_SO_REUSEPORT (-1)
#endif
#if HAVE_DECL_SO_REUSEPORT_LB
# define RAW_SO_REUSEPORT_LB SO_REUSEPORT_LB
#else
# define RAW_SO_REUSEPORT_LB (-1)
#endif
#if HAVE_DECL_SO_MARK
# define RAW_SO_MARK SO_MARK
#else
# define RAW_SO_MARK (-1)
#endif
#if HAVE_DECL_SO_INCOMING_CPU
# define RAW_SO_INCOMING_CPU SO_INCOMING_CPU
#else
# define RAW_SO_INCOMING_CPU (-1)
#endif
#if HAVE_DECL_SO_BUSY_POLL
# define RAW_SO_BUSY_POLL SO_BUSY_POLL
#else
# define RAW_SO_BUSY_POLL (-1)
#endif
#if HAVE_DECL_SO_NOSIGPIPE
# define RAW_SO_NOSIGPIPE SO_NOSIGPIPE
#else
# define RAW_SO_NOSIGPIPE (-1)
#endif
#if HAVE_DECL_SO_LINGER_SEC
# define RAW_SO_LINGER SO_LINGER_SEC
#else
# define RAW_SO_LINGER SO_LINGER
#endif

/* ---- The round-trip runner (shared with test-opt-tcp.c) ------------------ */

/* Levels whose options could share a number with the one under test. */
static const int shadow_levels[] = { SOL_SOCKET, IPPROTO_IP, IPPROTO_IPV6,
                                     IPPROTO_TCP, IPPROTO_UDP };
#define N_SHADOW ((int)(sizeof(shadow_levels) / sizeof(shadow_levels[0])))

/* Raw int read that may fail (shadow options need not exist). */
static int
raw_try_int(sock2_socket_t s, int level, int name, int *v)
{
  t_socklen len = (t_socklen)sizeof(*v);
  *v = 0;
  return getsockopt(s, level, name, (char *)v, &len);
}

static void
snapshot_shadows(sock2_socket_t s, const t_opt_row *row, int ok[N_SHADOW],
                 int val[N_SHADOW])
{
  int i;
  for (i = 0; i < N_SHADOW; i++)
    ok[i] = shadow_levels[i] != row->level &&
            raw_try_int(s, shadow_levels[i], row->optname, &val[i]) == 0;
}

static void
check_shadows(sock2_socket_t s, const t_opt_row *row, const int ok[N_SHADOW],
              const int val[N_SHADOW])
{
  int i, v;
  for (i = 0; i < N_SHADOW; i++) {
    if (!ok[i])
      continue;
    ck_assert_int_eq(raw_try_int(s, shadow_levels[i], row->optname, &v), 0);
    ck_assert_msg(v == val[i],
                  "%s: option %d at level %d moved from %d to %d (wrong "
                  "level?)",
                  row->name, row->optname, shadow_levels[i], val[i], v);
  }
}

/* Set v, then read it back both ways; expect `want`. */
static void
set_and_check(sock2_socket_t s, const t_opt_row *row, int v, int want)
{
  int got = -12345, raw;

  ck_ok(row->set(s, v));
  ck_ok(row->get(s, &got));
  raw = t_raw_getsockopt_int(s, row->level, row->optname);
  if (row->kind == T_OPT_BOOL)
    raw = raw != 0;
  ck_assert_msg(got == want, "%s: set %d, library reads %d, want %d",
                row->name, v, got, want);
  ck_assert_msg(raw == want, "%s: set %d, raw getsockopt reads %d, want %d",
                row->name, v, raw, want);
}

void
t_opt_roundtrip(const t_opt_row *row)
{
  sock2_socket_t s;
  int initial = -12345, raw, v, want, ok[N_SHADOW], val[N_SHADOW];

  if (row->feature != 0 && sock2_has(row->feature) != 1) {
    /* Not in this build: the functions exist and say so (any socket). */
    ck_assert_int_eq(row->optname, -1);
    ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, row->type, 0, &s));
    ck_err(row->set(s, 1), SOCK2_ENOTSUP);
    ck_err(row->get(s, &v), SOCK2_ENOTSUP);
    ck_err(row->set(SOCK2_INVALID_SOCKET, 1), SOCK2_EBADF);
    ck_err(row->get(SOCK2_INVALID_SOCKET, &v), SOCK2_EBADF);
    ck_err(row->get(s, NULL), SOCK2_EINVAL);
    ck_ok(sock2_close(s));
    return;
  }
  ck_assert_int_ne(row->optname, -1);
  if (row->root && !t_is_root()) {
    t_skip(row->name, "needs root (CAP_NET_ADMIN)");
    return;
  }
  if (row->domain == SOCK2_DOMAIN_IPV6 && !t_have_ipv6()) {
    t_skip(row->name, "no IPv6 loopback");
    return;
  }
  if (row->domain == SOCK2_DOMAIN_UNIX && !t_have_unix()) {
    t_skip(row->name, "no AF_UNIX sockets");
    return;
  }
  ck_ok(sock2_socket(row->domain, row->type, 0, &s));
  if (t_emulator_lacks_option(s, row->level, row->optname, row->name)) {
    ck_ok(sock2_close(s)); /* t_emulator_lacks_option() said t_skip() */
    return;
  }

  /* The initial value, both ways. */
  ck_ok(row->get(s, &initial));
  raw = t_raw_getsockopt_int(s, row->level, row->optname);
  if (row->kind == T_OPT_BOOL)
    raw = raw != 0;
  ck_assert_msg(initial == raw, "%s: library reads %d, raw reads %d",
                row->name, initial, raw);
  if (row->initial != T_OPT_ANY)
    ck_assert_msg(initial == row->initial, "%s: initial %d, want %d",
                  row->name, initial, row->initial);

  snapshot_shadows(s, row, ok, val);
  if (row->kind == T_OPT_BOOL) {
    /* Any non-zero value sets; the getter stores exactly 1. */
    set_and_check(s, row, initial ? 0 : 7, initial ? 0 : 1);
    set_and_check(s, row, initial ? 9 : 0, initial ? 1 : 0);
    /*
     * Negative values are true too, and the setter's path for values
     * other than 0 and 1 checks the handle as well.
     */
    set_and_check(s, row, INT_MIN, 1);
    set_and_check(s, row, initial, initial);
    ck_err(row->set(SOCK2_INVALID_SOCKET, -1), SOCK2_EBADF);
  } else {
    v = row->value;
    want = v;
#if defined(__linux__)
    /* Linux doubles buffer sizes for its bookkeeping (socket(7)). */
    if (row->kind == T_OPT_BUF)
      want = 2 * v;
#endif
    ck_assert_int_ne(initial, want);
    if (row->kind == T_OPT_BUF && want != 2 * v) {
      int got;
      ck_ok(row->set(s, v));
      ck_ok(row->get(s, &got));
      ck_assert_int_ge(got, v);
    } else {
      set_and_check(s, row, v, want);
    }
  }
  check_shadows(s, row, ok, val);

  /* Bad values change nothing. */
  if (row->neg_einval) {
    raw = t_raw_getsockopt_int(s, row->level, row->optname);
    ck_err(row->set(s, -1), SOCK2_EINVAL);
    ck_err(row->set(s, -70000), SOCK2_EINVAL);
    ck_assert_int_eq(t_raw_getsockopt_int(s, row->level, row->optname), raw);
  }
  /* Error paths. */
  ck_err(row->set(SOCK2_INVALID_SOCKET, 1), SOCK2_EBADF);
  ck_err(row->get(SOCK2_INVALID_SOCKET, &v), SOCK2_EBADF);
  ck_err(row->get(s, NULL), SOCK2_EINVAL);
  ck_ok(sock2_close(s));
}

/* ---- Adapters for unsigned getters and setters --------------------------- */

#define U32_ADAPTER(opt)                                                      \
  static int set_##opt##_i(sock2_socket_t s, int v)                           \
  {                                                                           \
    return sock2_set_##opt(s, (uint32_t)v);                                   \
  }                                                                           \
  static int get_##opt##_i(sock2_socket_t s, int *v)                          \
  {                                                                           \
    uint32_t u = 0;                                                           \
    int r = sock2_##opt(s, v != NULL ? &u : NULL);                            \
    if (r >= 0)                                                               \
      *v = (int)u;                                                            \
    return r;                                                                 \
  }
U32_ADAPTER(mark)
U32_ADAPTER(busy_poll)

/* ---- The SOL_SOCKET table ------------------------------------------------ */

#define V4 SOCK2_DOMAIN_IPV4
#define V6 SOCK2_DOMAIN_IPV6
#define UX SOCK2_DOMAIN_UNIX
#define ST SOCK2_TYPE_STREAM
#define DG SOCK2_TYPE_DGRAM
#define SS SOL_SOCKET

/* A boolean option on IPv4 and IPv6 sockets of one type. */
#define BOOL46(n, f, feat, type, optname)                                     \
  { n " v4", sock2_set_##f, sock2_##f, feat, V4, type, SS, optname,           \
    T_OPT_BOOL, 0, 0, 0, 0 },                                                 \
  { n " v6", sock2_set_##f, sock2_##f, feat, V6, type, SS, optname,           \
    T_OPT_BOOL, 0, 0, 0, 0 }

/*
 * The table rows reach these functions through macros that paste the
 * option name, so they are listed here for readers and for grep:
 * sock2_busy_poll sock2_mark sock2_out_of_band_inline sock2_reuse_port_lb
 * sock2_set_busy_poll sock2_set_mark sock2_set_out_of_band_inline
 * sock2_set_reuse_port_lb
 */
static const t_opt_row socket_rows[] = {
  BOOL46("broadcast", broadcast, 0, DG, SO_BROADCAST),
#ifndef _WIN32
  /* Winsock refuses SO_BROADCAST on stream sockets (WSAENOPROTOOPT). */
  BOOL46("broadcast stream", broadcast, 0, ST, SO_BROADCAST),
#endif
  BOOL46("keepalive", keepalive, 0, ST, SO_KEEPALIVE),
  BOOL46("out_of_band_inline", out_of_band_inline, 0, ST, SO_OOBINLINE),
  BOOL46("reuse_address", reuse_address, 0, ST, SO_REUSEADDR),
  BOOL46("reuse_address udp", reuse_address, 0, DG, SO_REUSEADDR),
  /* Linux: SO_REUSEPORT == IP_FREEBIND == 15 (the shadow check). */
  BOOL46("reuse_port", reuse_port, SOCK2_FEATURE_SO_REUSEPORT, ST,
         RAW_SO_REUSEPORT),
  BOOL46("reuse_port_lb", reuse_port_lb, SOCK2_FEATURE_SO_REUSEPORT_LB, ST,
         RAW_SO_REUSEPORT_LB),
  { "passcred unix stream", sock2_set_passcred, sock2_passcred,
    SOCK2_FEATURE_SO_PASSCRED, UX, ST, SS, RAW_SO_PASSCRED, T_OPT_BOOL, 0, 0,
    0, 0 },
  { "passcred unix dgram", sock2_set_passcred, sock2_passcred,
    SOCK2_FEATURE_SO_PASSCRED, UX, DG, SS, RAW_SO_PASSCRED, T_OPT_BOOL, 0, 0,
    0, 0 },
  { "nosigpipe", sock2_set_nosigpipe, sock2_nosigpipe,
    SOCK2_FEATURE_SO_NOSIGPIPE, V4, ST, SS, RAW_SO_NOSIGPIPE, T_OPT_BOOL,
    T_OPT_ANY, 0, 0, 0 },
  /* Buffers: above 65535 so a 16-bit decode would show. */
  { "recv_buffer_size v4", sock2_set_recv_buffer_size,
    sock2_recv_buffer_size, 0, V4, ST, SS, SO_RCVBUF, T_OPT_BUF, T_OPT_ANY,
    70000, 0, 1 },
  { "recv_buffer_size v6", sock2_set_recv_buffer_size,
    sock2_recv_buffer_size, 0, V6, DG, SS, SO_RCVBUF, T_OPT_BUF, T_OPT_ANY,
    70000, 0, 1 },
  { "send_buffer_size v4", sock2_set_send_buffer_size,
    sock2_send_buffer_size, 0, V4, DG, SS, SO_SNDBUF, T_OPT_BUF, T_OPT_ANY,
    70000, 0, 1 },
  { "send_buffer_size v6", sock2_set_send_buffer_size,
    sock2_send_buffer_size, 0, V6, ST, SS, SO_SNDBUF, T_OPT_BUF, T_OPT_ANY,
    70000, 0, 1 },
  /* Priorities 0..6 need no privilege; above that CAP_NET_ADMIN. */
  { "priority v4", sock2_set_priority, sock2_priority,
    SOCK2_FEATURE_SO_PRIORITY, V4, ST, SS, RAW_SO_PRIORITY, T_OPT_INT, 0, 6,
    0, 1 },
  { "priority unix dgram", sock2_set_priority, sock2_priority,
    SOCK2_FEATURE_SO_PRIORITY, UX, DG, SS, RAW_SO_PRIORITY, T_OPT_INT, 0, 3,
    0, 1 },
  { "priority v6 privileged", sock2_set_priority, sock2_priority,
    SOCK2_FEATURE_SO_PRIORITY, V6, ST, SS, RAW_SO_PRIORITY, T_OPT_INT, 0,
    70000, 1, 1 },
  { "mark v4", set_mark_i, get_mark_i, SOCK2_FEATURE_SO_MARK, V4, ST, SS,
    RAW_SO_MARK, T_OPT_INT, 0, 70000, 1, 0 },
  { "mark v6", set_mark_i, get_mark_i, SOCK2_FEATURE_SO_MARK, V6, DG, SS,
    RAW_SO_MARK, T_OPT_INT, 0, 300, 1, 0 },
  { "cpu_affinity v4", sock2_set_cpu_affinity, sock2_cpu_affinity,
    SOCK2_FEATURE_SO_INCOMING_CPU, V4, ST, SS, RAW_SO_INCOMING_CPU,
    T_OPT_INT, -1, 1, 0, 1 },
  { "cpu_affinity v6", sock2_set_cpu_affinity, sock2_cpu_affinity,
    SOCK2_FEATURE_SO_INCOMING_CPU, V6, DG, SS, RAW_SO_INCOMING_CPU,
    T_OPT_INT, -1, 0, 0, 1 },
  { "busy_poll unix dgram", set_busy_poll_i, get_busy_poll_i,
    SOCK2_FEATURE_SO_BUSY_POLL, UX, DG, SS, RAW_SO_BUSY_POLL, T_OPT_INT, 0,
    70000, 1, 1 },
  { "busy_poll v4", set_busy_poll_i, get_busy_poll_i,
    SOCK2_FEATURE_SO_BUSY_POLL, V4, ST, SS, RAW_SO_BUSY_POLL, T_OPT_INT, 0,
    300, 1, 1 },
};
#define N_SOCKET_ROWS ((int)(sizeof(socket_rows) / sizeof(socket_rows[0])))

START_TEST(test_opt_socket_table)
{
  t_opt_roundtrip(&socket_rows[_i]);
}
END_TEST

/* ---- The shared boolean decoder ------------------------------------------ */

START_TEST(test_opt_decode_bool)
{
  unsigned char one_byte[1] = { 1 }, zero_byte[1] = { 0 };
  int four = 0x100, zero = 0, on = -1;
  uint16_t two = 1;

  ck_ok(sock2__opt_decode_bool(one_byte, 1, &on));
  ck_assert_int_eq(on, 1);
  ck_ok(sock2__opt_decode_bool(zero_byte, 1, &on));
  ck_assert_int_eq(on, 0);
  /* Any non-zero int is true, even with a zero low byte. */
  ck_ok(sock2__opt_decode_bool(&four, sizeof(four), &on));
  ck_assert_int_eq(on, 1);
  ck_ok(sock2__opt_decode_bool(&zero, sizeof(zero), &on));
  ck_assert_int_eq(on, 0);
  on = 5;
  ck_err(sock2__opt_decode_bool(&two, sizeof(two), &on), SOCK2_EINVAL);
  ck_assert_int_eq(on, 5);
}
END_TEST

/* ---- take_error ---------------------------------------------------------- */

START_TEST(test_opt_take_error)
{
  sock2_socket_t s, c;
  sock2_addr_t a;
  int err = 1;

  s = t_udp(SOCK2_DOMAIN_IPV4, &a);
  ck_ok(sock2_take_error(s, &err));
  ck_assert_int_eq(err, 0);
  ck_ok(sock2_close(s));

  /* A failed non-blocking connect leaves ECONNREFUSED in SO_ERROR. */
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4,
                     SOCK2_TYPE_STREAM | SOCK2_TYPE_NONBLOCK, 0, &c));
  err = sock2_connect(c, &a);
  if (err == SOCK2_EINPROGRESS) {
    /* Wait for the refusal, then read it once: reading clears it. */
    int i;
    for (i = 0; i < 100; i++) {
      ck_ok(sock2_take_error(c, &err));
      if (err != 0)
        break;
      t_sleep_ms(10);
    }
    ck_assert_int_eq(err, SOCK2_ECONNREFUSED);
    ck_ok(sock2_take_error(c, &err));
#ifndef _WIN32
    /* POSIX clears SO_ERROR on reading; Winsock (Wine) may keep it. */
    ck_assert_int_eq(err, 0);
#endif
  } else {
    ck_assert_int_eq(err, SOCK2_ECONNREFUSED);
  }
  ck_ok(sock2_close(c));
  ck_err(sock2_take_error(SOCK2_INVALID_SOCKET, &err), SOCK2_EBADF);
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, &s));
  ck_err(sock2_take_error(s, NULL), SOCK2_EINVAL);
  ck_ok(sock2_close(s));
}
END_TEST

/* ---- Linger -------------------------------------------------------------- */

static struct linger
raw_linger(sock2_socket_t s)
{
  struct linger lg;
  t_socklen len = (t_socklen)sizeof(lg);
  memset(&lg, 0x55, sizeof(lg));
  ck_assert_int_eq(
      getsockopt(s, SOL_SOCKET, RAW_SO_LINGER, (char *)&lg, &len), 0);
  ck_assert_int_eq((int)len, (int)sizeof(lg));
  return lg;
}

START_TEST(test_opt_linger)
{
  static const int domains[] = { SOCK2_DOMAIN_IPV4, SOCK2_DOMAIN_IPV6 };
  sock2_socket_t s;
  sock2_duration_t d = 0;
  struct linger lg;

  T_SKIP_IF(domains[_i] == SOCK2_DOMAIN_IPV6 && !t_have_ipv6(),
            "no IPv6 loopback");
  ck_ok(sock2_socket(domains[_i], SOCK2_TYPE_STREAM, 0, &s));
  ck_ok(sock2_linger(s, &d));
  ck_assert(d == SOCK2_DURATION_NONE);
  lg = raw_linger(s);
  ck_assert_int_eq(lg.l_onoff, 0);

  ck_ok(sock2_set_linger(s, SOCK2_SEC(5)));
  lg = raw_linger(s);
  ck_assert_int_eq(lg.l_onoff != 0, 1);
  ck_assert_int_eq(lg.l_linger, 5);
  ck_ok(sock2_linger(s, &d));
  ck_assert(d == SOCK2_SEC(5));

  /* Sub-second parts round up; 300 s tests more than one byte. */
  ck_ok(sock2_set_linger(s, SOCK2_MSEC(1500)));
  ck_assert_int_eq(raw_linger(s).l_linger, 2);
  ck_ok(sock2_set_linger(s, SOCK2_NSEC(1)));
  ck_assert_int_eq(raw_linger(s).l_linger, 1);
  ck_ok(sock2_set_linger(s, SOCK2_SEC(300)));
  ck_assert_int_eq(raw_linger(s).l_linger, 300);
  ck_ok(sock2_linger(s, &d));
  ck_assert(d == SOCK2_SEC(300));
  /* Zero stays zero and stays on (close() resets the connection). */
  ck_ok(sock2_set_linger(s, 0));
  lg = raw_linger(s);
  ck_assert_int_eq(lg.l_onoff != 0, 1);
  ck_assert_int_eq(lg.l_linger, 0);
  ck_ok(sock2_linger(s, &d));
  ck_assert(d == 0);

  /* Bad durations change nothing. */
  ck_ok(sock2_set_linger(s, SOCK2_SEC(7)));
  ck_err(sock2_set_linger(s, -5), SOCK2_EINVAL);
  ck_err(sock2_set_linger(s, SOCK2_SEC((int64_t)INT32_MAX + 1)),
         SOCK2_ERANGE);
  lg = raw_linger(s);
  ck_assert_int_eq(lg.l_onoff != 0, 1);
  ck_assert_int_eq(lg.l_linger, 7);

  ck_ok(sock2_set_linger(s, SOCK2_DURATION_NONE));
  lg = raw_linger(s);
  ck_assert_int_eq(lg.l_onoff, 0);
  ck_ok(sock2_linger(s, &d));
  ck_assert(d == SOCK2_DURATION_NONE);

  ck_err(sock2_set_linger(SOCK2_INVALID_SOCKET, 0), SOCK2_EBADF);
  ck_err(sock2_linger(SOCK2_INVALID_SOCKET, &d), SOCK2_EBADF);
  ck_err(sock2_linger(s, NULL), SOCK2_EINVAL);
  ck_ok(sock2_close(s));
}
END_TEST

/* A zero linger makes close() reset the connection: the peer sees RST. */
START_TEST(test_opt_linger_zero_resets)
{
  sock2_socket_t c, srv;
  char buf[8];
  sock2_ssize_t n;

  t_tcp_pair(SOCK2_DOMAIN_IPV4, &c, &srv);
  ck_ok(sock2_set_linger(c, 0));
  ck_ok(sock2_close(c));
  n = sock2_recv(srv, buf, sizeof(buf));
#ifdef _WIN32
  /* Wine closes gracefully whatever the linger; Windows resets. */
  ck_assert(n == SOCK2_ECONNRESET || n == 0);
#else
  ck_err(n, SOCK2_ECONNRESET);
#endif
  ck_ok(sock2_close(srv));
}
END_TEST

/* ---- Identity: domain, protocol, listener, cookie ------------------------ */

START_TEST(test_opt_domain_protocol)
{
  static const struct {
    int domain, type, proto, want_proto;
  } cases[] = {
    { SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, IPPROTO_TCP },
    { SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, IPPROTO_UDP },
    { SOCK2_DOMAIN_IPV6, SOCK2_TYPE_STREAM, IPPROTO_TCP, IPPROTO_TCP },
    { SOCK2_DOMAIN_IPV6, SOCK2_TYPE_DGRAM, 0, IPPROTO_UDP },
    { SOCK2_DOMAIN_UNIX, SOCK2_TYPE_STREAM, 0, 0 },
#ifndef _WIN32
    { SOCK2_DOMAIN_UNIX, SOCK2_TYPE_DGRAM, 0, 0 },
#endif
  };
  size_t i;
  int v;

  for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    sock2_socket_t s;
    if (cases[i].domain == SOCK2_DOMAIN_IPV6 && !t_have_ipv6())
      continue;
    if (cases[i].domain == SOCK2_DOMAIN_UNIX &&
        (!t_have_unix() || cases[i].type != SOCK2_TYPE_STREAM))
      continue; /* Windows has AF_UNIX streams at most. */
    ck_ok(sock2_socket(cases[i].domain, cases[i].type, cases[i].proto, &s));
    if (sock2_has(SOCK2_FEATURE_SO_DOMAIN) == 1) {
      v = -1;
      ck_ok(sock2_domain(s, &v));
      ck_assert_int_eq(v, cases[i].domain);
#if HAVE_DECL_SO_DOMAIN
      ck_assert_int_eq(t_raw_getsockopt_int(s, SOL_SOCKET, SO_DOMAIN), v);
#endif
    } else {
      ck_err(sock2_domain(s, &v), SOCK2_ENOTSUP);
    }
    if (sock2_has(SOCK2_FEATURE_SO_PROTOCOL) == 1) {
      v = -1;
      ck_ok(sock2_protocol(s, &v));
      ck_assert_int_eq(v, cases[i].want_proto);
#if HAVE_DECL_SO_PROTOCOL
      ck_assert_int_eq(t_raw_getsockopt_int(s, SOL_SOCKET, SO_PROTOCOL), v);
#endif
    } else {
      ck_err(sock2_protocol(s, &v), SOCK2_ENOTSUP);
    }
    ck_err(sock2_domain(s, NULL), SOCK2_EINVAL);
    ck_err(sock2_protocol(s, NULL), SOCK2_EINVAL);
    ck_ok(sock2_close(s));
  }
  ck_err(sock2_domain(SOCK2_INVALID_SOCKET, &v), SOCK2_EBADF);
  ck_err(sock2_protocol(SOCK2_INVALID_SOCKET, &v), SOCK2_EBADF);
}
END_TEST

START_TEST(test_opt_is_listener)
{
  sock2_socket_t s;
  sock2_addr_t a;
  int on = -1;

  t_loopback(SOCK2_DOMAIN_IPV4, &a);
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s));
  if (sock2_has(SOCK2_FEATURE_SO_ACCEPTCONN) != 1) {
    ck_err(sock2_is_listener(s, &on), SOCK2_ENOTSUP);
    ck_ok(sock2_close(s));
    return;
  }
  ck_ok(sock2_is_listener(s, &on));
  ck_assert_int_eq(on, 0);
  ck_ok(sock2_bind(s, &a));
  ck_ok(sock2_listen(s, 1));
  ck_ok(sock2_is_listener(s, &on));
  ck_assert_int_eq(on, 1);
  ck_assert_int_ne(t_raw_getsockopt_int(s, SOL_SOCKET, SO_ACCEPTCONN), 0);
  ck_err(sock2_is_listener(s, NULL), SOCK2_EINVAL);
  ck_err(sock2_is_listener(SOCK2_INVALID_SOCKET, &on), SOCK2_EBADF);
  ck_ok(sock2_close(s));
}
END_TEST

START_TEST(test_opt_cookie)
{
  sock2_socket_t s, t;
  uint64_t c1 = 0, c2 = 0, c3 = 0;
  T_SKIP_UNDER_EMULATOR("qemu-user does not pass SO_COOKIE through");

  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s));
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, &t));
  if (sock2_has(SOCK2_FEATURE_SO_COOKIE) != 1) {
    ck_err(sock2_cookie(s, &c1), SOCK2_ENOTSUP);
  } else {
    ck_ok(sock2_cookie(s, &c1));
    ck_ok(sock2_cookie(s, &c2));
    ck_ok(sock2_cookie(t, &c3));
    ck_assert(c1 != 0);
    ck_assert(c1 == c2);
    ck_assert(c3 != 0 && c3 != c1);
#if HAVE_DECL_SO_COOKIE
    {
      uint64_t raw = 0;
      t_socklen len = (t_socklen)sizeof(raw);
      ck_assert_int_eq(
          getsockopt(s, SOL_SOCKET, SO_COOKIE, (char *)&raw, &len), 0);
      ck_assert(raw == c1);
    }
#endif
  }
  ck_err(sock2_cookie(s, NULL), SOCK2_EINVAL);
  ck_err(sock2_cookie(SOCK2_INVALID_SOCKET, &c1), SOCK2_EBADF);
  ck_ok(sock2_close(s));
  ck_ok(sock2_close(t));
}
END_TEST

/* ---- Device binding ------------------------------------------------------ */

START_TEST(test_opt_bind_device)
{
  sock2_socket_t s;
  char name[SOCK2_IFNAMSIZ];
  T_SKIP_UNDER_EMULATOR("qemu-user mistranslates SO_BINDTODEVICE lengths");

  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, &s));
  if (sock2_has(SOCK2_FEATURE_SO_BINDTODEVICE) != 1) {
    ck_err(sock2_bind_device(s, "lo"), SOCK2_ENOTSUP);
    ck_err(sock2_device(s, name, sizeof(name)), SOCK2_ENOTSUP);
    ck_ok(sock2_close(s));
    return;
  }
  /* Unbound: an empty name. */
  memset(name, 'x', sizeof(name));
  ck_assert_int_eq(sock2_device(s, name, sizeof(name)), 0);
  ck_assert_str_eq(name, "");
  if (!t_is_root()) {
    ck_ok(sock2_close(s));
    t_skip("bind_device", "binding needs root (CAP_NET_RAW)");
    return;
  }
  ck_ok(sock2_bind_device(s, "lo"));
  ck_assert_int_eq(sock2_device(s, name, sizeof(name)), 2);
  ck_assert_str_eq(name, "lo");
#ifdef SO_BINDTODEVICE
  {
    char raw[SOCK2_IFNAMSIZ + 8];
    t_socklen len = SOCK2_IFNAMSIZ;
    memset(raw, 0, sizeof(raw));
    ck_assert_int_eq(getsockopt(s, SOL_SOCKET, SO_BINDTODEVICE, raw, &len),
                     0);
    ck_assert_str_eq(raw, "lo");
  }
#endif
  /* Too small a buffer: SOCK2_ENOBUFS and the buffer untouched. */
  memset(name, 'x', sizeof(name));
  ck_err(sock2_device(s, name, 2), SOCK2_ENOBUFS);
  ck_assert_int_eq(name[0], 'x');
  ck_assert_int_eq(sock2_device(s, name, 3), 2);

  /* A name the kernel would cut, or an unknown one: nothing changes. */
  ck_err(sock2_bind_device(s, "abcdefghijklmnop"), SOCK2_EINVAL);
  ck_err(sock2_bind_device(s, "sock2nosuch0"), SOCK2_ENODEV);
  ck_assert_int_eq(sock2_device(s, name, sizeof(name)), 2);
  ck_assert_str_eq(name, "lo");

  /* NULL unbinds, as does "". */
  ck_ok(sock2_bind_device(s, NULL));
  ck_assert_int_eq(sock2_device(s, name, sizeof(name)), 0);
  ck_ok(sock2_bind_device(s, "lo"));
  ck_ok(sock2_bind_device(s, ""));
  ck_assert_int_eq(sock2_device(s, name, sizeof(name)), 0);

  ck_err(sock2_device(s, NULL, 16), SOCK2_EINVAL);
  ck_err(sock2_bind_device(SOCK2_INVALID_SOCKET, "lo"), SOCK2_EBADF);
  ck_err(sock2_device(SOCK2_INVALID_SOCKET, name, sizeof(name)),
         SOCK2_EBADF);
  ck_ok(sock2_close(s));
}
END_TEST

START_TEST(test_opt_bind_device_by_index)
{
  static const int domains[] = { SOCK2_DOMAIN_IPV4, SOCK2_DOMAIN_IPV6 };
  int domain = domains[_i], v4 = domain == SOCK2_DOMAIN_IPV4;
  int (*bind_idx)(sock2_socket_t, uint32_t) =
      v4 ? sock2_bind_device_by_index_v4 : sock2_bind_device_by_index_v6;
  int (*get_idx)(sock2_socket_t, uint32_t *) =
      v4 ? sock2_device_index_v4 : sock2_device_index_v6;
  int has = sock2_has(SOCK2_FEATURE_SO_BINDTOIFINDEX) == 1 ||
            sock2_has(SOCK2_FEATURE_IP_BOUND_IF) == 1;
  unsigned int lo = 1;
  sock2_socket_t s;
  uint32_t idx = 77;
  T_SKIP_UNDER_EMULATOR("qemu-user does not pass SO_BINDTOIFINDEX through");

  T_SKIP_IF(!v4 && !t_have_ipv6(), "no IPv6 loopback");
  ck_ok(sock2_socket(domain, SOCK2_TYPE_DGRAM, 0, &s));
  if (!has) {
    ck_err(bind_idx(s, lo), SOCK2_ENOTSUP);
    ck_err(get_idx(s, &idx), SOCK2_ENOTSUP);
    ck_ok(sock2_close(s));
    return;
  }
  ck_ok(get_idx(s, &idx));
  ck_assert_uint_eq(idx, 0);
  if (!t_is_root()) {
    ck_ok(sock2_close(s));
    t_skip("bind_device_by_index", "needs root (CAP_NET_RAW)");
    return;
  }
#ifndef _WIN32
  lo = if_nametoindex("lo");
  if (lo == 0)
    lo = if_nametoindex("lo0");
#endif
  ck_assert_uint_ne(lo, 0);
  ck_ok(bind_idx(s, lo));
  ck_ok(get_idx(s, &idx));
  ck_assert_uint_eq(idx, lo);
#if HAVE_DECL_SO_BINDTOIFINDEX
  ck_assert_int_eq(t_raw_getsockopt_int(s, SOL_SOCKET, SO_BINDTOIFINDEX),
                   (int)lo);
  {
    /* The same binding seen by name. */
    char name[SOCK2_IFNAMSIZ];
    ck_assert_int_eq(sock2_device(s, name, sizeof(name)), 2);
    ck_assert_str_eq(name, "lo");
  }
#endif
  /*
   * An index no interface has: older kernels refuse it (ENODEV, binding
   * unchanged), newer ones keep it as given. Either way the getter agrees.
   */
  {
    int r = bind_idx(s, 0x7ffffff0u);
    ck_ok(get_idx(s, &idx));
    if (r == 0) {
      ck_assert_uint_eq(idx, 0x7ffffff0u);
      ck_ok(bind_idx(s, lo));
    } else {
      ck_err(r, SOCK2_ENODEV);
      ck_assert_uint_eq(idx, lo);
    }
  }
  ck_ok(bind_idx(s, 0));
  ck_ok(get_idx(s, &idx));
  ck_assert_uint_eq(idx, 0);

  ck_err(get_idx(s, NULL), SOCK2_EINVAL);
  ck_err(bind_idx(SOCK2_INVALID_SOCKET, lo), SOCK2_EBADF);
  ck_err(get_idx(SOCK2_INVALID_SOCKET, &idx), SOCK2_EBADF);
  ck_ok(sock2_close(s));
}
END_TEST

/*
 * Linux stores an interface index without checking it (options.h): 99999
 * binds and reads back, traffic then fails, 0 unbinds. Changing a binding
 * needs CAP_NET_RAW, so that row runs as root only.
 */
START_TEST(test_opt_bind_device_by_unknown_index)
{
  static const int domains[] = { SOCK2_DOMAIN_IPV4, SOCK2_DOMAIN_IPV6 };
  int domain = domains[_i], v4 = domain == SOCK2_DOMAIN_IPV4;
  int (*bind_idx)(sock2_socket_t, uint32_t) =
      v4 ? sock2_bind_device_by_index_v4 : sock2_bind_device_by_index_v6;
  int (*get_idx)(sock2_socket_t, uint32_t *) =
      v4 ? sock2_device_index_v4 : sock2_device_index_v6;
  sock2_socket_t s;
  sock2_addr_t to;
  uint32_t idx = 77;
  int r;

  if (sock2_has(SOCK2_FEATURE_SO_BINDTOIFINDEX) != 1) {
    t_skip(__func__, "no SO_BINDTOIFINDEX in this build (Linux only)");
    return;
  }
  T_SKIP_UNDER_EMULATOR("qemu-user does not pass SO_BINDTOIFINDEX through");
  if (!v4 && !t_have_ipv6())
    return;
  ck_ok(sock2_addr_parse(&to, v4 ? "127.0.0.1:9" : "[::1]:9"));
  ck_ok(sock2_socket(domain, SOCK2_TYPE_DGRAM, 0, &s));
  ck_err(bind_idx(s, 0x80000000u), SOCK2_EINVAL);
  r = bind_idx(s, 99999);
  if (r == SOCK2_EPERM && !t_is_root()) {
    ck_ok(sock2_close(s));
    t_skip(__func__, "binding needs CAP_NET_RAW before Linux 5.7");
    return;
  }
  ck_ok(r);
  ck_ok(get_idx(s, &idx));
  ck_assert_uint_eq(idx, 99999);
#if HAVE_DECL_SO_BINDTOIFINDEX
  ck_assert_int_eq(t_raw_getsockopt_int(s, SOL_SOCKET, SO_BINDTOIFINDEX),
                   99999);
#endif
  /* No interface has it: no route leaves through it. */
  ck_err(sock2_send_to(s, "x", 1, &to),
         v4 ? SOCK2_ENODEV : SOCK2_ENETUNREACH);
  if (!t_is_root()) {
    ck_ok(sock2_close(s));
    t_skip(__func__, "changing a binding needs CAP_NET_RAW (root row)");
    return;
  }
  ck_ok(bind_idx(s, 0));
  ck_ok(get_idx(s, &idx));
  ck_assert_uint_eq(idx, 0);
  ck_assert_int_eq((int)sock2_send_to(s, "x", 1, &to), 1);
  ck_ok(sock2_close(s));
}
END_TEST

/* ---- Classic BPF filters ------------------------------------------------- */

/* Number of instructions attached (SO_GET_FILTER with optlen 0). */
static int
raw_filter_len(sock2_socket_t s)
{
#if defined(SO_GET_FILTER)
  t_socklen len = 0;
  ck_assert_int_eq(getsockopt(s, SOL_SOCKET, SO_GET_FILTER, NULL, &len), 0);
  return (int)len;
#else
  (void)s;
  return -1;
#endif
}

/* Wait up to 5 s for a datagram, receive it and return its first byte. */
static int
recv_byte(sock2_socket_t s)
{
  char c = 0;

  ck_ok(sock2_set_nonblocking(s, 0));
  ck_ok(sock2_set_read_timeout(s, SOCK2_SEC(5)));
  ck_assert_int_eq((int)sock2_recv(s, &c, 1), 1);
  ck_ok(sock2_set_nonblocking(s, 1));
  return c;
}

START_TEST(test_opt_filter)
{
  /* ret #0: accept no bytes of any packet, i.e. drop everything. */
  static const sock2_sock_filter_t drop_all[] = {
    SOCK2_SOCK_FILTER(0x06, 0, 0, 0),
  };
  /* A jump past the end: the kernel's checker refuses it. */
  static const sock2_sock_filter_t bad[] = {
    SOCK2_SOCK_FILTER(0x05, 0, 0, 5),
    SOCK2_SOCK_FILTER(0x06, 0, 0, 0),
  };
  sock2_socket_t r, w;
  sock2_addr_t ra;
  char c;
  T_SKIP_UNDER_EMULATOR("qemu-user does not pass SO_ATTACH_FILTER / "
                        "SO_GET_FILTER through");

  r = t_udp(SOCK2_DOMAIN_IPV4, &ra);
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, &w));
  if (sock2_has(SOCK2_FEATURE_SO_ATTACH_FILTER) != 1) {
    ck_err(sock2_attach_filter(r, drop_all, 1), SOCK2_ENOTSUP);
    ck_err(sock2_detach_filter(r), SOCK2_ENOTSUP);
    goto out;
  }
  ck_assert_uint_eq(sizeof(sock2_sock_filter_t), 8);
  ck_assert_int_eq(raw_filter_len(r), 0);
  ck_err(sock2_detach_filter(r), SOCK2_ENOENT);

  ck_ok(sock2_set_nonblocking(r, 1));
  ck_ok(sock2_attach_filter(r, drop_all, 1));
  ck_assert_int_eq(raw_filter_len(r), 1);
  ck_assert_int_eq((int)sock2_send_to(w, "A", 1, &ra), 1);
  /* Nothing arrives... */
  ck_err(sock2_recv(r, &c, 1), SOCK2_EAGAIN);

  ck_ok(sock2_detach_filter(r));
  ck_assert_int_eq(raw_filter_len(r), 0);
  ck_assert_int_eq((int)sock2_send_to(w, "B", 1, &ra), 1);
  /* ...and after detaching, the next datagram does: B, never A. */
  ck_assert_int_eq(recv_byte(r), 'B');
  ck_err(sock2_recv(r, &c, 1), SOCK2_EAGAIN);

  /* Bad programs change nothing. */
  ck_err(sock2_attach_filter(r, NULL, 1), SOCK2_EINVAL);
  ck_err(sock2_attach_filter(r, drop_all, 0), SOCK2_EINVAL);
  ck_err(sock2_attach_filter(r, drop_all, 65536), SOCK2_EINVAL);
  ck_err(sock2_attach_filter(r, bad, 2), SOCK2_EINVAL);
  ck_assert_int_eq(raw_filter_len(r), 0);

  ck_err(sock2_attach_filter(SOCK2_INVALID_SOCKET, drop_all, 1),
         SOCK2_EBADF);
  ck_err(sock2_detach_filter(SOCK2_INVALID_SOCKET), SOCK2_EBADF);
out:
  ck_ok(sock2_close(r));
  ck_ok(sock2_close(w));
}
END_TEST

/* ---- Level mix-ups (pitfalls 2.1.2) -------------------------------------- */

/*
 * Linux numbers SO_REUSEPORT and IP_FREEBIND both 15: a wrapper at the wrong
 * level would flip the other one. Set each and read the other raw.
 */
START_TEST(test_opt_reuse_port_not_freebind)
{
#if HAVE_DECL_SO_REUSEPORT && defined(IP_FREEBIND)
  sock2_socket_t s;
  int on = 0;

  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s));
  ck_assert_int_eq(t_raw_getsockopt_int(s, IPPROTO_IP, IP_FREEBIND), 0);
  ck_ok(sock2_set_reuse_port(s, 1));
  ck_assert_int_ne(t_raw_getsockopt_int(s, SOL_SOCKET, SO_REUSEPORT), 0);
  ck_assert_int_eq(t_raw_getsockopt_int(s, IPPROTO_IP, IP_FREEBIND), 0);
  ck_ok(sock2_set_reuse_port(s, 0));
  /* And the other way: IP_FREEBIND set raw leaves reuse_port off. */
  on = 1;
  ck_assert_int_eq(setsockopt(s, IPPROTO_IP, IP_FREEBIND, &on, sizeof(on)),
                   0);
  ck_ok(sock2_reuse_port(s, &on));
  ck_assert_int_eq(on, 0);
  ck_ok(sock2_close(s));
#else
  ck_assert_int_le(sock2_has(SOCK2_FEATURE_SO_REUSEPORT), 1);
#endif
}
END_TEST

/*
 * Booleans read back right every time (a 1-byte reply would show up as
 * garbage in a 4-byte decode now and then): 1000 set/get rounds each.
 */
START_TEST(test_opt_bool_repeat)
{
  static const struct {
    int (*set)(sock2_socket_t, int);
    int (*get)(sock2_socket_t, int *);
  } opts[] = {
    { sock2_set_keepalive, sock2_keepalive },
    { sock2_set_broadcast, sock2_broadcast },
    { sock2_set_reuse_address, sock2_reuse_address },
    { sock2_set_tcp_nodelay, sock2_tcp_nodelay },
  };
  sock2_socket_t s;
  size_t i;
  int n, on;

  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s));
  for (i = 0; i < sizeof(opts) / sizeof(opts[0]); i++) {
    for (n = 0; n < 1000; n++) {
      on = -1;
      ck_ok(opts[i].set(s, n & 1));
      ck_ok(opts[i].get(s, &on));
      ck_assert_int_eq(on, n & 1);
    }
  }
  ck_ok(sock2_close(s));
}
END_TEST

/* ---- Options this build lacks, and set-only options ---------------------- */

START_TEST(test_opt_unsupported)
{
  sock2_socket_t s;

  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s));
  if (sock2_has(SOCK2_FEATURE_SO_SETFIB) != 1) {
    ck_err(sock2_set_fib(s, 0), SOCK2_ENOTSUP);
  } else {
    ck_ok(sock2_set_fib(s, 0));
    ck_err(sock2_set_fib(s, 0x80000000u), SOCK2_EINVAL);
  }
  ck_err(sock2_set_fib(SOCK2_INVALID_SOCKET, 0), SOCK2_EBADF);
  /* Cygwin only. */
#if defined(__CYGWIN__)
  ck_ok(sock2_set_no_peercred(s));
#else
  ck_err(sock2_set_no_peercred(s), SOCK2_ENOTSUP);
#endif
  ck_err(sock2_set_no_peercred(SOCK2_INVALID_SOCKET), SOCK2_EBADF);
  /* Unsigned values that do not fit the kernel's int are refused. */
  if (sock2_has(SOCK2_FEATURE_SO_BUSY_POLL) == 1)
    ck_err(sock2_set_busy_poll(s, 0x80000000u), SOCK2_EINVAL);
  ck_ok(sock2_close(s));
}
END_TEST

/* Every option feature name is listed, and sock2_has() answers for it. */
START_TEST(test_opt_features)
{
  static const int feats[] = {
    SOCK2_FEATURE_SO_PASSCRED,        SOCK2_FEATURE_SO_PRIORITY,
    SOCK2_FEATURE_SO_DOMAIN,          SOCK2_FEATURE_SO_PROTOCOL,
    SOCK2_FEATURE_SO_ACCEPTCONN,      SOCK2_FEATURE_SO_MARK,
    SOCK2_FEATURE_SO_BINDTODEVICE,    SOCK2_FEATURE_SO_BINDTOIFINDEX,
    SOCK2_FEATURE_IP_BOUND_IF,        SOCK2_FEATURE_SO_SETFIB,
    SOCK2_FEATURE_SO_INCOMING_CPU,    SOCK2_FEATURE_SO_ATTACH_FILTER,
    SOCK2_FEATURE_SO_COOKIE,          SOCK2_FEATURE_SO_BUSY_POLL,
    SOCK2_FEATURE_SO_LINGER_SEC,      SOCK2_FEATURE_TCP_MAXSEG,
    SOCK2_FEATURE_TCP_CORK,           SOCK2_FEATURE_TCP_QUICKACK,
    SOCK2_FEATURE_TCP_THIN_LINEAR_TIMEOUTS,
    SOCK2_FEATURE_TCP_NOTSENT_LOWAT,  SOCK2_FEATURE_TCP_USER_TIMEOUT,
    SOCK2_FEATURE_TCP_CONGESTION,
  };
  size_t i;

  for (i = 0; i < sizeof(feats) / sizeof(feats[0]); i++) {
    int h = sock2_has(feats[i]);
    ck_assert_ptr_nonnull(sock2_feature_name(feats[i]));
    ck_assert_msg(h == 0 || h == 1, "%s: %d", sock2_feature_name(feats[i]),
                  h);
  }
#if defined(__linux__)
  /* What this Linux build must have found. */
  ck_assert_int_eq(sock2_has(SOCK2_FEATURE_SO_MARK), HAVE_DECL_SO_MARK);
  ck_assert_int_eq(sock2_has(SOCK2_FEATURE_TCP_CONGESTION),
                   HAVE_DECL_TCP_CONGESTION);
  ck_assert_int_eq(sock2_has(SOCK2_FEATURE_IP_BOUND_IF), 0);
  ck_assert_int_eq(sock2_has(SOCK2_FEATURE_SO_SETFIB), 0);
#endif
}
END_TEST

Suite *
sock2_test_opt_socket_suite(void)
{
  Suite *s = suite_create("opt-socket");
  TCase *tc = sock2_tcase("sol_socket");

  tcase_add_loop_test(tc, test_opt_socket_table, 0, N_SOCKET_ROWS);
  tcase_add_test(tc, test_opt_decode_bool);
  tcase_add_test(tc, test_opt_take_error);
  tcase_add_loop_test(tc, test_opt_linger, 0, 2);
  tcase_add_test(tc, test_opt_linger_zero_resets);
  tcase_add_test(tc, test_opt_domain_protocol);
  tcase_add_test(tc, test_opt_is_listener);
  tcase_add_test(tc, test_opt_cookie);
  tcase_add_test(tc, test_opt_bind_device);
  tcase_add_loop_test(tc, test_opt_bind_device_by_index, 0, 2);
  tcase_add_loop_test(tc, test_opt_bind_device_by_unknown_index, 0, 2);
  tcase_add_test(tc, test_opt_filter);
  tcase_add_test(tc, test_opt_reuse_port_not_freebind);
  tcase_add_test(tc, test_opt_bool_repeat);
  tcase_add_test(tc, test_opt_unsupported);
  tcase_add_test(tc, test_opt_features);
  suite_add_tcase(s, tc);
  return s;
}
