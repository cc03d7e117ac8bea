/* SPDX-License-Identifier: MIT */
/*
 * Tests: socket options at IPPROTO_TCP and the keep-alive builder. Values
 * are checked through the library and with raw getsockopt() at the level
 * and name they must use (the table runner lives in test-opt-socket.c).
 */
#include "tests.h"

#include <limits.h>
#ifndef _WIN32
# include <unistd.h>
# include <netinet/in.h>
# include <netinet/tcp.h>
# include <sys/socket.h>
#endif

#if HAVE_DECL_TCP_KEEPIDLE
# define RAW_KEEPIDLE TCP_KEEPIDLE
#elif HAVE_DECL_TCP_KEEPALIVE
# define RAW_KEEPIDLE TCP_KEEPALIVE
#else
# define RAW_KEEPIDLE (-1)
#endif
#if HAVE_DECL_TCP_KEEPINTVL
# define RAW_KEEPINTVL TCP_KEEPINTVL
#else
# define RAW_KEEPINTVL (-1)
#endif
#if HAVE_DECL_TCP_KEEPCNT
# define RAW_KEEPCNT TCP_KEEPCNT
#else
# define RAW_KEEPCNT (-1)
#endif
#if HAVE_DECL_TCP_MAXSEG
# define RAW_MAXSEG TCP_MAXSEG
#else
# define RAW_MAXSEG (-1)
#endif
#if HAVE_DECL_TCP_CORK
# define RAW_CORK TCP_CORK
#else
# define RAW_CORK (-1)
#endif
#if HAVE_DECL_TCP_QUICKACK
# define RAW_QUICKACK TCP_QUICKACK
#else
# define RAW_QUICKACK (-1)
#endif
#if HAVE_DECL_TCP_THIN_LINEAR_TIMEOUTS
# define RAW_THIN TCP_THIN_LINEAR_TIMEOUTS
#else
# define RAW_THIN (-1)
#endif
#if HAVE_DECL_TCP_NOTSENT_LOWAT
# define RAW_NOTSENT TCP_NOTSENT_LOWAT
#else
# define RAW_NOTSENT (-1)
#endif
#if HAVE_DECL_TCP_USER_TIMEOUT
# define RAW_USER_TIMEOUT TCP_USER_TIMEOUT
#else
# define RAW_USER_TIMEOUT (-1)
#endif
#if HAVE_DECL_TCP_CONGESTION
# define RAW_CONGESTION TCP_CONGESTION
#else
# define RAW_CONGESTION (-1)
#endif

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
#ifndef _WIN32
U32_ADAPTER(tcp_mss)
#endif
U32_ADAPTER(tcp_notsent_lowat)

#define V4 SOCK2_DOMAIN_IPV4
#define V6 SOCK2_DOMAIN_IPV6
#define ST SOCK2_TYPE_STREAM
#define TCP IPPROTO_TCP

#define BOOL46(n, f, feat, optname, init)                                     \
  { n " v4", sock2_set_##f, sock2_##f, feat, V4, ST, TCP, optname,            \
    T_OPT_BOOL, init, 0, 0, 0 },                                              \
  { n " v6", sock2_set_##f, sock2_##f, feat, V6, ST, TCP, optname,            \
    T_OPT_BOOL, init, 0, 0, 0 }

/*
 * The table rows reach these functions through macros that paste the
 * option name, so they are listed here for readers and for grep:
 * sock2_set_tcp_cork sock2_set_tcp_notsent_lowat sock2_set_tcp_quickack
 * sock2_set_tcp_thin_linear_timeouts sock2_tcp_cork sock2_tcp_notsent_lowat
 * sock2_tcp_quickack sock2_tcp_thin_linear_timeouts
 */
static const t_opt_row tcp_rows[] = {
  BOOL46("tcp_nodelay", tcp_nodelay, 0, TCP_NODELAY, 0),
  BOOL46("tcp_cork", tcp_cork, SOCK2_FEATURE_TCP_CORK, RAW_CORK, 0),
  /* Quick-ack is on by default: the test turns it off. */
  BOOL46("tcp_quickack", tcp_quickack, SOCK2_FEATURE_TCP_QUICKACK,
         RAW_QUICKACK, 1),
  BOOL46("tcp_thin_linear_timeouts", tcp_thin_linear_timeouts,
         SOCK2_FEATURE_TCP_THIN_LINEAR_TIMEOUTS, RAW_THIN, 0),
  /* Above 255 (and 65535 for the low-water mark). */
#ifndef _WIN32
  /* Winsock's TCP_MAXSEG is read-only. */
  { "tcp_mss v4", set_tcp_mss_i, get_tcp_mss_i, SOCK2_FEATURE_TCP_MAXSEG, V4,
    ST, TCP, RAW_MAXSEG, T_OPT_INT, T_OPT_ANY, 1000, 0, 1 },
  { "tcp_mss v6", set_tcp_mss_i, get_tcp_mss_i, SOCK2_FEATURE_TCP_MAXSEG, V6,
    ST, TCP, RAW_MAXSEG, T_OPT_INT, T_OPT_ANY, 300, 0, 1 },
#endif
  { "tcp_notsent_lowat v4", set_tcp_notsent_lowat_i, get_tcp_notsent_lowat_i,
    SOCK2_FEATURE_TCP_NOTSENT_LOWAT, V4, ST, TCP, RAW_NOTSENT, T_OPT_INT,
    T_OPT_ANY, 131072, 0, 1 },
  { "tcp_notsent_lowat v6", set_tcp_notsent_lowat_i, get_tcp_notsent_lowat_i,
    SOCK2_FEATURE_TCP_NOTSENT_LOWAT, V6, ST, TCP, RAW_NOTSENT, T_OPT_INT,
    T_OPT_ANY, 16384, 0, 1 },
};
#define N_TCP_ROWS ((int)(sizeof(tcp_rows) / sizeof(tcp_rows[0])))

START_TEST(test_opt_tcp_table)
{
  t_opt_roundtrip(&tcp_rows[_i]);
}
END_TEST

/* ---- Keep-alive ---------------------------------------------------------- */

static const int domains[] = { SOCK2_DOMAIN_IPV4, SOCK2_DOMAIN_IPV6 };

/*
 * A TCP socket of domains[i] in *s: 1, or 0 (after t_skip() in the name
 * of the calling test) when there is no IPv6 loopback for it.
 */
#define tcp_socket(i, s) tcp_socket_in(__func__, (i), (s))
static int
tcp_socket_in(const char *test, int i, sock2_socket_t *s)
{
  if (domains[i] == SOCK2_DOMAIN_IPV6 && !t_have_ipv6()) {
    t_skip(test, "no IPv6 loopback");
    return 0;
  }
  ck_ok(sock2_socket(domains[i], SOCK2_TYPE_STREAM, 0, s));
  return 1;
}

START_TEST(test_opt_keepalive_builder)
{
  sock2_keepalive_t ka;

  memset(&ka, 0x5a, sizeof(ka));
  ck_ok(sock2_keepalive_init(&ka));
  ck_assert(ka.time == SOCK2_DURATION_NONE);
  ck_assert(ka.interval == SOCK2_DURATION_NONE);
  ck_assert(ka.retries == -1);
  ck_ok(sock2_keepalive_with_time(&ka, SOCK2_SEC(3)));
  ck_ok(sock2_keepalive_with_interval(&ka, SOCK2_MSEC(10)));
  ck_ok(sock2_keepalive_with_retries(&ka, 4));
  ck_assert(ka.time == SOCK2_SEC(3));
  ck_assert(ka.interval == SOCK2_MSEC(10));
  ck_assert(ka.retries == 4);
  /* Bad values leave the builder unchanged. */
  ck_err(sock2_keepalive_with_time(&ka, 0), SOCK2_EINVAL);
  ck_err(sock2_keepalive_with_time(&ka, -5), SOCK2_EINVAL);
  ck_err(sock2_keepalive_with_interval(&ka, SOCK2_DURATION_NONE),
         SOCK2_EINVAL);
  ck_err(sock2_keepalive_with_retries(&ka, 0), SOCK2_EINVAL);
  ck_err(sock2_keepalive_with_retries(&ka, 0x80000000u), SOCK2_EINVAL);
  ck_assert(ka.time == SOCK2_SEC(3));
  ck_assert(ka.interval == SOCK2_MSEC(10));
  ck_assert(ka.retries == 4);
  ck_err(sock2_keepalive_init(NULL), SOCK2_EINVAL);
  ck_err(sock2_keepalive_with_time(NULL, 1), SOCK2_EINVAL);
  ck_err(sock2_keepalive_with_interval(NULL, 1), SOCK2_EINVAL);
  ck_err(sock2_keepalive_with_retries(NULL, 1), SOCK2_EINVAL);
}
END_TEST

START_TEST(test_opt_keepalive_all)
{
  sock2_socket_t s;
  sock2_keepalive_t ka;
  sock2_duration_t d = 0;
  uint32_t n = 0;

  T_SKIP_ON_WINDOWS("SIO_KEEPALIVE_VALS: covered by the win32 suite");
  if (!tcp_socket(_i, &s))
    return;
  ck_assert_int_eq(t_raw_getsockopt_int(s, SOL_SOCKET, SO_KEEPALIVE), 0);
  ck_ok(sock2_keepalive_init(&ka));
  ck_ok(sock2_keepalive_with_time(&ka, SOCK2_SEC(200)));
  ck_ok(sock2_keepalive_with_interval(&ka, SOCK2_SEC(30)));
  ck_ok(sock2_keepalive_with_retries(&ka, 10));
  if (RAW_KEEPIDLE < 0 || RAW_KEEPINTVL < 0 || RAW_KEEPCNT < 0) {
    /* Refused before anything was written. */
    ck_err(sock2_set_tcp_keepalive(s, &ka), SOCK2_ENOTSUP);
    ck_assert_int_eq(t_raw_getsockopt_int(s, SOL_SOCKET, SO_KEEPALIVE), 0);
    ck_ok(sock2_close(s));
    return;
  }
  ck_ok(sock2_set_tcp_keepalive(s, &ka));
  ck_assert_int_ne(t_raw_getsockopt_int(s, SOL_SOCKET, SO_KEEPALIVE), 0);
  ck_assert_int_eq(t_raw_getsockopt_int(s, TCP, RAW_KEEPIDLE), 200);
  ck_assert_int_eq(t_raw_getsockopt_int(s, TCP, RAW_KEEPINTVL), 30);
  ck_assert_int_eq(t_raw_getsockopt_int(s, TCP, RAW_KEEPCNT), 10);
  ck_ok(sock2_tcp_keepalive_time(s, &d));
  ck_assert(d == SOCK2_SEC(200));
  ck_ok(sock2_tcp_keepalive_interval(s, &d));
  ck_assert(d == SOCK2_SEC(30));
  ck_ok(sock2_tcp_keepalive_retries(s, &n));
  ck_assert_uint_eq(n, 10);
  ck_ok(sock2_close(s));
}
END_TEST

START_TEST(test_opt_keepalive_rounding)
{
  sock2_socket_t s;
  sock2_keepalive_t ka;
  int idle0, intvl0, cnt0;

  T_SKIP_ON_WINDOWS("keep-alive units there are milliseconds: win32 suite");
  if (!tcp_socket(_i, &s))
    return;
  if (RAW_KEEPIDLE < 0 || RAW_KEEPINTVL < 0 || RAW_KEEPCNT < 0) {
    ck_ok(sock2_close(s));
    t_skip(__func__, "no TCP_KEEPIDLE, TCP_KEEPINTVL or TCP_KEEPCNT here");
    return;
  }
  idle0 = t_raw_getsockopt_int(s, TCP, RAW_KEEPIDLE);
  intvl0 = t_raw_getsockopt_int(s, TCP, RAW_KEEPINTVL);
  cnt0 = t_raw_getsockopt_int(s, TCP, RAW_KEEPCNT);

  /* Only the interval: the idle time and count stay as the OS has them. */
  ck_ok(sock2_keepalive_init(&ka));
  ck_ok(sock2_keepalive_with_interval(&ka, SOCK2_SEC(3)));
  ck_assert_int_ne(intvl0, 3);
  ck_ok(sock2_set_tcp_keepalive(s, &ka));
  ck_assert_int_ne(t_raw_getsockopt_int(s, SOL_SOCKET, SO_KEEPALIVE), 0);
  ck_assert_int_eq(t_raw_getsockopt_int(s, TCP, RAW_KEEPINTVL), 3);
  ck_assert_int_eq(t_raw_getsockopt_int(s, TCP, RAW_KEEPIDLE), idle0);
  ck_assert_int_eq(t_raw_getsockopt_int(s, TCP, RAW_KEEPCNT), cnt0);

  /* 1.5 s rounds up to 2 s; the interval is left alone now. */
  ck_ok(sock2_keepalive_init(&ka));
  ck_ok(sock2_keepalive_with_time(&ka, SOCK2_MSEC(1500)));
  ck_ok(sock2_set_tcp_keepalive(s, &ka));
  ck_assert_int_eq(t_raw_getsockopt_int(s, TCP, RAW_KEEPIDLE), 2);
  ck_assert_int_eq(t_raw_getsockopt_int(s, TCP, RAW_KEEPINTVL), 3);

  /* 500 ms and 1 ns become 1 s, never 0. */
  ck_ok(sock2_keepalive_with_time(&ka, SOCK2_MSEC(500)));
  ck_ok(sock2_keepalive_with_interval(&ka, SOCK2_NSEC(1)));
  ck_ok(sock2_set_tcp_keepalive(s, &ka));
  ck_assert_int_eq(t_raw_getsockopt_int(s, TCP, RAW_KEEPIDLE), 1);
  ck_assert_int_eq(t_raw_getsockopt_int(s, TCP, RAW_KEEPINTVL), 1);

  /* Values above 255 (Linux allows up to 32767 s). */
  ck_ok(sock2_keepalive_with_time(&ka, SOCK2_SEC(7000)));
  ck_ok(sock2_keepalive_with_interval(&ka, SOCK2_SEC(300)));
  ck_ok(sock2_set_tcp_keepalive(s, &ka));
  ck_assert_int_eq(t_raw_getsockopt_int(s, TCP, RAW_KEEPIDLE), 7000);
  ck_assert_int_eq(t_raw_getsockopt_int(s, TCP, RAW_KEEPINTVL), 300);
  ck_ok(sock2_close(s));
}
END_TEST

START_TEST(test_opt_keepalive_errors)
{
  sock2_socket_t s;
  sock2_keepalive_t ka;
  sock2_duration_t d;
  uint32_t n;

  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s));
  ck_ok(sock2_keepalive_init(&ka));
  /* Invalid fields written directly: refused, nothing changes. */
  ka.time = -7;
  ck_err(sock2_set_tcp_keepalive(s, &ka), SOCK2_EINVAL);
  ka.time = 0;
  ck_err(sock2_set_tcp_keepalive(s, &ka), SOCK2_EINVAL);
  ka.time = SOCK2_DURATION_NONE;
  ka.retries = 0;
  ck_err(sock2_set_tcp_keepalive(s, &ka), SOCK2_EINVAL);
  ka.retries = (int64_t)INT_MAX + 1;
  ck_err(sock2_set_tcp_keepalive(s, &ka), SOCK2_EINVAL);
  ck_err(sock2_set_tcp_keepalive(s, NULL), SOCK2_EINVAL);
  /* Too long for an int of seconds. */
  ck_ok(sock2_keepalive_init(&ka));
  ck_ok(sock2_keepalive_with_time(&ka, SOCK2_SEC((int64_t)INT_MAX + 1)));
  if (RAW_KEEPIDLE >= 0)
    ck_err(sock2_set_tcp_keepalive(s, &ka), SOCK2_ERANGE);
  ck_assert_int_eq(t_raw_getsockopt_int(s, SOL_SOCKET, SO_KEEPALIVE), 0);

  /* An empty set just turns SO_KEEPALIVE on. */
  ck_ok(sock2_keepalive_init(&ka));
  ck_ok(sock2_set_tcp_keepalive(s, &ka));
  ck_assert_int_ne(t_raw_getsockopt_int(s, SOL_SOCKET, SO_KEEPALIVE), 0);

  ck_err(sock2_set_tcp_keepalive(SOCK2_INVALID_SOCKET, &ka), SOCK2_EBADF);
  ck_err(sock2_tcp_keepalive_time(SOCK2_INVALID_SOCKET, &d), SOCK2_EBADF);
  ck_err(sock2_tcp_keepalive_interval(SOCK2_INVALID_SOCKET, &d),
         SOCK2_EBADF);
  ck_err(sock2_tcp_keepalive_retries(SOCK2_INVALID_SOCKET, &n), SOCK2_EBADF);
  ck_err(sock2_tcp_keepalive_time(s, NULL), SOCK2_EINVAL);
  ck_err(sock2_tcp_keepalive_interval(s, NULL), SOCK2_EINVAL);
  ck_err(sock2_tcp_keepalive_retries(s, NULL), SOCK2_EINVAL);
  ck_ok(sock2_close(s));
}
END_TEST

/* ---- TCP_USER_TIMEOUT ---------------------------------------------------- */

START_TEST(test_opt_tcp_user_timeout)
{
  sock2_socket_t s;
  sock2_duration_t d = 0;

  if (!tcp_socket(_i, &s))
    return;
  if (sock2_has(SOCK2_FEATURE_TCP_USER_TIMEOUT) != 1) {
    ck_err(sock2_set_tcp_user_timeout(s, SOCK2_SEC(1)), SOCK2_ENOTSUP);
    ck_err(sock2_tcp_user_timeout(s, &d), SOCK2_ENOTSUP);
    ck_ok(sock2_close(s));
    return;
  }
  ck_ok(sock2_tcp_user_timeout(s, &d));
  ck_assert(d == SOCK2_DURATION_NONE);
  ck_assert_int_eq(t_raw_getsockopt_int(s, TCP, RAW_USER_TIMEOUT), 0);

  ck_ok(sock2_set_tcp_user_timeout(s, SOCK2_SEC(10)));
  ck_assert_int_eq(t_raw_getsockopt_int(s, TCP, RAW_USER_TIMEOUT), 10000);
  ck_ok(sock2_tcp_user_timeout(s, &d));
  ck_assert(d == SOCK2_SEC(10));
  /* Rounded up to whole milliseconds, never to 0. */
  ck_ok(sock2_set_tcp_user_timeout(s, SOCK2_USEC(1500)));
  ck_assert_int_eq(t_raw_getsockopt_int(s, TCP, RAW_USER_TIMEOUT), 2);
  ck_ok(sock2_set_tcp_user_timeout(s, SOCK2_NSEC(500)));
  ck_assert_int_eq(t_raw_getsockopt_int(s, TCP, RAW_USER_TIMEOUT), 1);
  ck_ok(sock2_tcp_user_timeout(s, &d));
  ck_assert(d == SOCK2_MSEC(1));
  /* 60 days do not fit an int of milliseconds: clamped. */
  ck_ok(sock2_set_tcp_user_timeout(s, SOCK2_SEC(60 * 86400)));
  ck_assert_int_eq(t_raw_getsockopt_int(s, TCP, RAW_USER_TIMEOUT), INT_MAX);
  /* Negative: refused, unchanged. */
  ck_err(sock2_set_tcp_user_timeout(s, -5), SOCK2_EINVAL);
  ck_assert_int_eq(t_raw_getsockopt_int(s, TCP, RAW_USER_TIMEOUT), INT_MAX);
  /* None restores the default (0). */
  ck_ok(sock2_set_tcp_user_timeout(s, SOCK2_DURATION_NONE));
  ck_assert_int_eq(t_raw_getsockopt_int(s, TCP, RAW_USER_TIMEOUT), 0);
  ck_ok(sock2_tcp_user_timeout(s, &d));
  ck_assert(d == SOCK2_DURATION_NONE);

  ck_err(sock2_set_tcp_user_timeout(SOCK2_INVALID_SOCKET, 0), SOCK2_EBADF);
  ck_err(sock2_tcp_user_timeout(SOCK2_INVALID_SOCKET, &d), SOCK2_EBADF);
  ck_err(sock2_tcp_user_timeout(s, NULL), SOCK2_EINVAL);
  ck_ok(sock2_close(s));
}
END_TEST

/* ---- TCP_CONGESTION ------------------------------------------------------ */

static void
raw_congestion(sock2_socket_t s, char *buf)
{
#if HAVE_DECL_TCP_CONGESTION
  socklen_t len = SOCK2_TCP_CA_NAME_MAX;
  memset(buf, 0, SOCK2_TCP_CA_NAME_MAX + 1);
  ck_assert_int_eq(getsockopt(s, TCP, TCP_CONGESTION, buf, &len), 0);
#else
  (void)s;
  buf[0] = '\0';
#endif
}

START_TEST(test_opt_tcp_congestion)
{
  sock2_socket_t s;
  char cur[SOCK2_TCP_CA_NAME_MAX], name[SOCK2_TCP_CA_NAME_MAX];
  char raw[SOCK2_TCP_CA_NAME_MAX + 1];
  const char *other;
  int n;
  T_SKIP_UNDER_EMULATOR("qemu-user does not pass TCP_CONGESTION strings "
                        "through");

  if (!tcp_socket(_i, &s))
    return;
  if (sock2_has(SOCK2_FEATURE_TCP_CONGESTION) != 1) {
    ck_err(sock2_set_tcp_congestion(s, "reno"), SOCK2_ENOTSUP);
    ck_err(sock2_tcp_congestion(s, name, sizeof(name)), SOCK2_ENOTSUP);
    ck_ok(sock2_close(s));
    return;
  }
  n = sock2_tcp_congestion(s, cur, sizeof(cur));
  ck_ok(n);
  ck_assert_int_gt(n, 0);
  ck_assert_int_eq((int)strlen(cur), n);
  raw_congestion(s, raw);
  ck_assert_str_eq(raw, cur);

  /* Switch to the other of reno and cubic (reno is always built in). */
  other = strcmp(cur, "reno") == 0 ? "cubic" : "reno";
  n = sock2_set_tcp_congestion(s, other);
  if (n == SOCK2_ENOENT && strcmp(other, "cubic") == 0) {
    t_skip("tcp_congestion: switching to cubic", "cubic not available");
  } else {
    ck_ok(n);
    ck_assert_int_eq(sock2_tcp_congestion(s, name, sizeof(name)),
                     (int)strlen(other));
    ck_assert_str_eq(name, other);
    raw_congestion(s, raw);
    ck_assert_str_eq(raw, other);
    ck_ok(sock2_set_tcp_congestion(s, cur));
    raw_congestion(s, raw);
    ck_assert_str_eq(raw, cur);
  }

  /* Bogus or over-long names: refused, unchanged. */
  ck_err(sock2_set_tcp_congestion(s, "sock2-bogus"), SOCK2_ENOENT);
  ck_err(sock2_set_tcp_congestion(s, "abcdefghijklmnop"), SOCK2_EINVAL);
  ck_err(sock2_set_tcp_congestion(s, ""), SOCK2_EINVAL);
  ck_err(sock2_set_tcp_congestion(s, NULL), SOCK2_EINVAL);
  raw_congestion(s, raw);
  ck_assert_str_eq(raw, cur);

  /* A buffer too small for the name: SOCK2_ENOBUFS, untouched. */
  memset(name, 'x', sizeof(name));
  ck_err(sock2_tcp_congestion(s, name, strlen(cur)), SOCK2_ENOBUFS);
  ck_assert_int_eq(name[0], 'x');
  ck_assert_int_eq(sock2_tcp_congestion(s, name, strlen(cur) + 1),
                   (int)strlen(cur));
  ck_err(sock2_tcp_congestion(s, NULL, 16), SOCK2_EINVAL);
  ck_err(sock2_set_tcp_congestion(SOCK2_INVALID_SOCKET, "reno"),
         SOCK2_EBADF);
  ck_err(sock2_tcp_congestion(SOCK2_INVALID_SOCKET, name, sizeof(name)),
         SOCK2_EBADF);
  ck_ok(sock2_close(s));
}
END_TEST

/* Unsigned values beyond the kernel's int are refused, unchanged. */
START_TEST(test_opt_tcp_ranges)
{
  sock2_socket_t s;

  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s));
  if (sock2_has(SOCK2_FEATURE_TCP_MAXSEG) == 1) {
#ifdef _WIN32
    ck_err(sock2_set_tcp_mss(s, UINT32_MAX), SOCK2_EINVAL);
#else
    int raw = t_raw_getsockopt_int(s, TCP, RAW_MAXSEG);
    ck_err(sock2_set_tcp_mss(s, UINT32_MAX), SOCK2_EINVAL);
    ck_assert_int_eq(t_raw_getsockopt_int(s, TCP, RAW_MAXSEG), raw);
#endif
  }
  if (sock2_has(SOCK2_FEATURE_TCP_NOTSENT_LOWAT) == 1) {
    int raw = t_raw_getsockopt_int(s, TCP, RAW_NOTSENT);
    ck_err(sock2_set_tcp_notsent_lowat(s, 0x80000000u), SOCK2_EINVAL);
    ck_assert_int_eq(t_raw_getsockopt_int(s, TCP, RAW_NOTSENT), raw);
  }
  ck_ok(sock2_close(s));
}
END_TEST

/* Options keep working on a connected socket (both ends). */
START_TEST(test_opt_tcp_connected)
{
  sock2_socket_t c, srv;
  int on = -1;

  t_tcp_pair(domains[_i] == SOCK2_DOMAIN_IPV6 && t_have_ipv6()
                 ? SOCK2_DOMAIN_IPV6
                 : SOCK2_DOMAIN_IPV4,
             &c, &srv);
  ck_ok(sock2_set_tcp_nodelay(c, 1));
  ck_ok(sock2_tcp_nodelay(c, &on));
  ck_assert_int_eq(on, 1);
  ck_ok(sock2_tcp_nodelay(srv, &on));
  ck_assert_int_eq(on, 0);
  ck_assert_int_ne(t_raw_getsockopt_int(c, TCP, TCP_NODELAY), 0);
  if (sock2_has(SOCK2_FEATURE_TCP_MAXSEG) == 1) {
    uint32_t mss = 0;
    ck_ok(sock2_tcp_mss(c, &mss));
    ck_assert_int_eq((int)mss, t_raw_getsockopt_int(c, TCP, RAW_MAXSEG));
    ck_assert_uint_gt(mss, 0);
  }
  ck_ok(sock2_close(c));
  ck_ok(sock2_close(srv));
}
END_TEST

/*
 * sock2_keepalive_t grows by its size field (doc/design.md, "ABI rules"):
 * a struct of the first version's size (no reserved tail) still works,
 * the library reads and writes nothing past it (the buffer is exactly that
 * big, so ASan and valgrind would see it), and a bad size or a non-zero
 * reserved field is SOCK2_EINVAL.
 */
/* sock2_keepalive_t as a program built against the first version sees it. */
struct keepalive_v1 {
  uint32_t size;
  uint32_t reserved0;
  sock2_duration_t time;
  sock2_duration_t interval;
  int64_t retries;
};

START_TEST(test_opt_keepalive_sizes)
{
  static const sock2_keepalive_t init = SOCK2_KEEPALIVE_INIT;
  const size_t bad_sizes[] = { 0, 4, SOCK2_KEEPALIVE_SIZE_MIN - 8,
                               SOCK2_KEEPALIVE_SIZE_MIN + 4,
                               sizeof(sock2_keepalive_t) + 8, SIZE_MAX };
  sock2_keepalive_t ka;
  struct keepalive_v1 *small;
  sock2_socket_t s;
  size_t i;

  /* The initialiser and the init function agree. */
  memset(&ka, 0x5a, sizeof(ka));
  ck_ok(sock2_keepalive_init(&ka));
  ck_assert_int_eq(memcmp(&ka, &init, sizeof(ka)), 0);
  ck_assert_uint_eq(ka.size, sizeof(sock2_keepalive_t));
  ck_assert_uint_eq(ka.reserved0, 0);
  ck_assert(ka.reserved[0] == 0 && ka.reserved[1] == 0);

  for (i = 0; i < sizeof(bad_sizes) / sizeof(bad_sizes[0]); i++) {
    memset(&ka, 0x5a, sizeof(ka));
    ck_err(sock2_keepalive_init_size(&ka, bad_sizes[i]), SOCK2_EINVAL);
    ck_assert_uint_eq(ka.size, 0x5a5a5a5au); /* unchanged */
  }
  ck_err(sock2_keepalive_init_size(NULL, sizeof(ka)), SOCK2_EINVAL);

  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s));
  /* A size the library does not know: every function refuses it. */
  ck_ok(sock2_keepalive_init(&ka));
  ka.size = 7;
  ck_err(sock2_keepalive_with_time(&ka, SOCK2_SEC(1)), SOCK2_EINVAL);
  ck_err(sock2_keepalive_with_interval(&ka, SOCK2_SEC(1)), SOCK2_EINVAL);
  ck_err(sock2_keepalive_with_retries(&ka, 3), SOCK2_EINVAL);
  ck_err(sock2_set_tcp_keepalive(s, &ka), SOCK2_EINVAL);
  ka.size = (uint32_t)sizeof(ka) + 8;
  ck_err(sock2_set_tcp_keepalive(s, &ka), SOCK2_EINVAL);
  /* Non-zero reserved fields are refused, before any system call. */
  ck_ok(sock2_keepalive_init(&ka));
  ka.reserved0 = 1;
  ck_err(sock2_set_tcp_keepalive(s, &ka), SOCK2_EINVAL);
  ck_ok(sock2_keepalive_init(&ka));
  ka.reserved[1] = -1;
  ck_err(sock2_set_tcp_keepalive(s, &ka), SOCK2_EINVAL);
  ck_assert_int_eq(t_raw_getsockopt_int(s, SOL_SOCKET, SO_KEEPALIVE), 0);

  /* The first version's struct, exactly SOCK2_KEEPALIVE_SIZE_MIN bytes. */
  ck_assert_uint_eq(sizeof(struct keepalive_v1), SOCK2_KEEPALIVE_SIZE_MIN);
  small = malloc(sizeof(*small));
  ck_assert_ptr_nonnull(small);
  memset(small, 0x5a, sizeof(*small));
  ck_ok(sock2_keepalive_init_size((sock2_keepalive_t *)small,
                                  sizeof(*small)));
  ck_assert_uint_eq(small->size, SOCK2_KEEPALIVE_SIZE_MIN);
  ck_assert(small->time == SOCK2_DURATION_NONE && small->retries == -1);
  ck_ok(sock2_keepalive_with_retries((sock2_keepalive_t *)small, 5));
  ck_assert(small->retries == 5);
  if (sock2_has(SOCK2_FEATURE_TCP_KEEPCNT) == 1) {
    uint32_t n = 0;

    ck_ok(sock2_set_tcp_keepalive(s, (sock2_keepalive_t *)small));
    ck_ok(sock2_tcp_keepalive_retries(s, &n));
    ck_assert_uint_eq(n, 5);
  } else {
    ck_err(sock2_set_tcp_keepalive(s, (sock2_keepalive_t *)small),
           SOCK2_ENOTSUP);
  }
  free(small);
  ck_ok(sock2_close(s));
}
END_TEST

Suite *
sock2_test_opt_tcp_suite(void)
{
  Suite *s = suite_create("opt-tcp");
  TCase *tc = sock2_tcase("ipproto_tcp");

  tcase_add_loop_test(tc, test_opt_tcp_table, 0, N_TCP_ROWS);
  tcase_add_test(tc, test_opt_keepalive_builder);
  tcase_add_test(tc, test_opt_keepalive_sizes);
  tcase_add_loop_test(tc, test_opt_keepalive_all, 0, 2);
  tcase_add_loop_test(tc, test_opt_keepalive_rounding, 0, 2);
  tcase_add_test(tc, test_opt_keepalive_errors);
  tcase_add_loop_test(tc, test_opt_tcp_user_timeout, 0, 2);
  tcase_add_loop_test(tc, test_opt_tcp_congestion, 0, 2);
  tcase_add_test(tc, test_opt_tcp_ranges);
  tcase_add_loop_test(tc, test_opt_tcp_connected, 0, 2);
  suite_add_tcase(s, tc);
  return s;
}
