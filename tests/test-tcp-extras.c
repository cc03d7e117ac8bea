/* SPDX-License-Identifier: MIT */
/*
 * Tests: TCP Fast Open, zero-copy send and SO_TIMESTAMPING
 * (sock2/tcp-extras.h). Options are read back with raw getsockopt() at
 * their real level and name; Fast Open runs in a network namespace the
 * test makes (its sysctl must not change on the host); zero-copy and
 * timestamps run on loopback and check what the kernel reports.
 */
#include "tests.h"

#include <errno.h>
#include <limits.h>
#ifndef _WIN32
# include <fcntl.h>
# include <poll.h>
# include <sched.h>
# include <time.h>
# include <unistd.h>
# include <net/if.h>
# include <netinet/in.h>
# include <netinet/tcp.h>
# include <sys/ioctl.h>
# include <sys/socket.h>
# include <sys/wait.h>
#endif

/* The raw tcp_info bit for "data went in the SYN" (Linux). */
#if defined(TCP_INFO) && !defined(TCPI_OPT_SYN_DATA)
# define TCPI_OPT_SYN_DATA 32
#endif

/* ---- Options: round trips and errors ------------------------------------- */

START_TEST(test_tfo_option_roundtrip)
{
  sock2_socket_t s;
  uint32_t q = 99;
  int on = 7;

  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s));
  if (sock2_has(SOCK2_FEATURE_TCP_FASTOPEN) != 1) {
    ck_err(sock2_set_tcp_fastopen(s, 5), SOCK2_ENOTSUP);
    ck_err(sock2_tcp_fastopen(s, &q), SOCK2_ENOTSUP);
  } else {
    ck_ok(sock2_set_tcp_fastopen(s, 5));
    ck_ok(sock2_tcp_fastopen(s, &q));
#if HAVE_DECL_TCP_FASTOPEN
    ck_assert_int_eq(t_raw_getsockopt_int(s, IPPROTO_TCP, TCP_FASTOPEN),
                     (int)q);
#endif
#ifdef __linux__
    /* Linux keeps the queue length; the others a boolean. */
    ck_assert_uint_eq(q, 5);
#else
    ck_assert_uint_ne(q, 0);
#endif
    ck_ok(sock2_set_tcp_fastopen(s, 0));
    ck_ok(sock2_tcp_fastopen(s, &q));
    ck_assert_uint_eq(q, 0);
  }
  ck_err(sock2_set_tcp_fastopen(s, (uint32_t)INT_MAX + 1), SOCK2_EINVAL);
  ck_err(sock2_tcp_fastopen(s, NULL), SOCK2_EINVAL);
  ck_err(sock2_set_tcp_fastopen(SOCK2_INVALID_SOCKET, 1), SOCK2_EBADF);

  if (sock2_has(SOCK2_FEATURE_TCP_FASTOPEN_CONNECT) != 1) {
    ck_err(sock2_set_tcp_fastopen_connect(s, 1), SOCK2_ENOTSUP);
    ck_err(sock2_tcp_fastopen_connect(s, &on), SOCK2_ENOTSUP);
  } else {
    ck_ok(sock2_tcp_fastopen_connect(s, &on));
    ck_assert_int_eq(on, 0);
    ck_ok(sock2_set_tcp_fastopen_connect(s, 7));
    ck_ok(sock2_tcp_fastopen_connect(s, &on));
    ck_assert_int_eq(on, 1);
#if HAVE_DECL_TCP_FASTOPEN_CONNECT
    ck_assert_int_eq(
      t_raw_getsockopt_int(s, IPPROTO_TCP, TCP_FASTOPEN_CONNECT), 1);
#endif
    ck_ok(sock2_set_tcp_fastopen_connect(s, 0));
#if HAVE_DECL_TCP_FASTOPEN_CONNECT
    ck_assert_int_eq(
      t_raw_getsockopt_int(s, IPPROTO_TCP, TCP_FASTOPEN_CONNECT), 0);
#endif
  }
  ck_ok(sock2_close(s));
}
END_TEST

START_TEST(test_tfo_connect_errors)
{
  sock2_socket_t s;
  sock2_addr_t a;

  t_loopback(SOCK2_DOMAIN_IPV4, &a);
  ck_err(sock2_connect_fastopen(SOCK2_INVALID_SOCKET, &a, "x", 1),
         SOCK2_EBADF);
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s));
  ck_err(sock2_connect_fastopen(s, NULL, "x", 1), SOCK2_EINVAL);
  ck_err(sock2_connect_fastopen(s, &a, NULL, 1), SOCK2_EINVAL);
  ck_err(sock2_connect_fastopen(s, &a, "x", (size_t)-1), SOCK2_EINVAL);
  if (sock2_has(SOCK2_FEATURE_TCP_FASTOPEN_DATA) != 1) {
    ck_err(sock2_connect_fastopen(s, &a, "x", 1), SOCK2_ENOTSUP);
  } else {
    /* Port 0 on loopback: nobody listens there. */
    ck_err(sock2_connect_fastopen(s, &a, "x", 1), SOCK2_ECONNREFUSED);
  }
  ck_ok(sock2_close(s));
}
END_TEST

/*
 * Fast Open end to end, in a network namespace made by a forked child
 * (net.ipv4.tcp_fastopen is per namespace; the host's stays as it is).
 * The child reports failures through a pipe; it exits 77 for "cannot
 * make the namespace here".
 */
#if defined(__linux__) && defined(CLONE_NEWNET) && defined(TCP_INFO)

static int tfo_fd = -1; /* the child's report pipe */

# define TFO_CHECK(cond, ...)                                                 \
    do {                                                                      \
      if (!(cond)) {                                                          \
        char m_[256];                                                         \
        int n_ = snprintf(m_, sizeof(m_), __VA_ARGS__);                       \
        if (n_ > 0 && write(tfo_fd, m_, (size_t)n_) < 0)                      \
          _exit(2);                                                           \
        _exit(1);                                                             \
      }                                                                       \
    } while (0)
# define TFO_OK(expr)                                                         \
    do {                                                                      \
      long long r_ = (long long)(expr);                                       \
      TFO_CHECK(r_ >= 0, "%s: %s", #expr, sock2_err_name((int)r_));           \
    } while (0)

/* The raw tcpi_options of a socket. */
static int
tfo_tcpi_options(sock2_socket_t s)
{
  struct tcp_info ti;
  socklen_t len = sizeof(ti);
  memset(&ti, 0, sizeof(ti));
  TFO_CHECK(getsockopt(s, IPPROTO_TCP, TCP_INFO, &ti, &len) == 0,
            "TCP_INFO: %s", strerror(errno));
  return ti.tcpi_options;
}

/* Accept one connection and read what is queued at once, without waiting. */
static int
tfo_accept_read(sock2_socket_t l, sock2_socket_t *srv, char *buf, size_t n)
{
  sock2_ssize_t r;
  TFO_OK(sock2_accept(l, srv, NULL));
  r = sock2_recv_with_flags(*srv, buf, n, SOCK2_MSG_DONTWAIT);
  return (int)r;
}

static void
tfo_child(void)
{
  sock2_socket_t l, c, srv;
  sock2_addr_t a;
  struct ifreq ifr;
  char buf[64];
  uint32_t q = 0;
  int fd, on = 0, r, opts;

  if (unshare(CLONE_NEWNET) != 0)
    _exit(77);
  /* Bring lo up in the new namespace. */
  fd = socket(AF_INET, SOCK_DGRAM, 0);
  TFO_CHECK(fd >= 0, "socket: %s", strerror(errno));
  memset(&ifr, 0, sizeof(ifr));
  strcpy(ifr.ifr_name, "lo");
  TFO_CHECK(ioctl(fd, SIOCGIFFLAGS, &ifr) == 0, "SIOCGIFFLAGS");
  ifr.ifr_flags |= IFF_UP;
  TFO_CHECK(ioctl(fd, SIOCSIFFLAGS, &ifr) == 0, "SIOCSIFFLAGS");
  close(fd);
  /* Client and server Fast Open, in this namespace only. */
  fd = open("/proc/sys/net/ipv4/tcp_fastopen", O_WRONLY);
  if (fd < 0)
    _exit(77);
  TFO_CHECK(write(fd, "3\n", 2) == 2, "write tcp_fastopen");
  close(fd);

  t_loopback(SOCK2_DOMAIN_IPV4, &a);
  TFO_OK(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &l));
  TFO_OK(sock2_bind(l, &a));
  TFO_OK(sock2_set_tcp_fastopen(l, 16));
  TFO_OK(sock2_listen(l, 16));
  TFO_OK(sock2_local_addr(l, &a));
  TFO_OK(sock2_tcp_fastopen(l, &q));
  TFO_CHECK(q == 16, "queue length %u", (unsigned)q);
  TFO_CHECK(t_raw_getsockopt_int(l, IPPROTO_TCP, TCP_FASTOPEN) == 16,
            "raw TCP_FASTOPEN");

  /* Connection 1: no cookie yet; the data follows the handshake. */
  TFO_OK(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &c));
  r = (int)sock2_connect_fastopen(c, &a, "first", 5);
  TFO_CHECK(r == 5, "connection 1: %s", sock2_err_name(r));
  TFO_OK(sock2_accept(l, &srv, NULL));
  r = (int)sock2_recv(srv, buf, sizeof(buf));
  TFO_CHECK(r == 5 && memcmp(buf, "first", 5) == 0, "connection 1 data");
  TFO_CHECK((tfo_tcpi_options(srv) & TCPI_OPT_SYN_DATA) == 0,
            "connection 1 had SYN data without a cookie");
  sock2_close(srv);
  sock2_close(c);

  /*
   * Connection 2: the cookie is cached, the data rides the SYN. The
   * server has it when accept() returns: a non-blocking read right after
   * it gets the bytes, and both ends' tcp_info say SYN_DATA.
   */
  TFO_OK(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &c));
  r = (int)sock2_connect_fastopen(c, &a, "second", 6);
  TFO_CHECK(r == 6, "connection 2: %s", sock2_err_name(r));
  r = tfo_accept_read(l, &srv, buf, sizeof(buf));
  TFO_CHECK(r == 6 && memcmp(buf, "second", 6) == 0,
            "connection 2: read right after accept: %s", sock2_err_name(r));
  opts = tfo_tcpi_options(srv);
  TFO_CHECK((opts & TCPI_OPT_SYN_DATA) != 0, "server tcpi_options 0x%x",
            opts);
  opts = tfo_tcpi_options(c);
  TFO_CHECK((opts & TCPI_OPT_SYN_DATA) != 0, "client tcpi_options 0x%x",
            opts);
  sock2_close(srv);
  sock2_close(c);

  /* Connection 3: TCP_FASTOPEN_CONNECT, connect() then send(). */
  TFO_OK(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &c));
  TFO_OK(sock2_set_tcp_fastopen_connect(c, 1));
  TFO_OK(sock2_tcp_fastopen_connect(c, &on));
  TFO_CHECK(on == 1 && t_raw_getsockopt_int(c, IPPROTO_TCP,
                                            TCP_FASTOPEN_CONNECT) == 1,
            "TCP_FASTOPEN_CONNECT read back");
  TFO_OK(sock2_connect(c, &a));
  TFO_CHECK(sock2_send(c, "third", 5) == 5, "connection 3 send");
  r = tfo_accept_read(l, &srv, buf, sizeof(buf));
  TFO_CHECK(r == 5 && memcmp(buf, "third", 5) == 0,
            "connection 3: read right after accept: %s", sock2_err_name(r));
  opts = tfo_tcpi_options(srv);
  TFO_CHECK((opts & TCPI_OPT_SYN_DATA) != 0, "server tcpi_options 0x%x",
            opts);
  sock2_close(srv);
  sock2_close(c);
  sock2_close(l);
  _exit(0);
}

START_TEST(test_tfo_syn_data_netns)
{
  int p[2], st = 0;
  pid_t pid;
  char msg[257];
  ssize_t n;

  T_SKIP_IF(geteuid() != 0, "needs root for a network namespace");
  T_SKIP_UNDER_EMULATOR("needs unshare(CLONE_NEWNET) and TCP_INFO");
  T_SKIP_IF(sock2_has(SOCK2_FEATURE_TCP_FASTOPEN) != 1 ||
              sock2_has(SOCK2_FEATURE_TCP_FASTOPEN_DATA) != 1 ||
              sock2_has(SOCK2_FEATURE_TCP_FASTOPEN_CONNECT) != 1,
            "Fast Open is not in this build");
  ck_assert_int_eq(pipe(p), 0);
  pid = fork();
  ck_assert_int_ne(pid, -1);
  if (pid == 0) {
    close(p[0]);
    tfo_fd = p[1];
    tfo_child();
  }
  close(p[1]);
  n = read(p[0], msg, sizeof(msg) - 1);
  msg[n > 0 ? n : 0] = '\0';
  close(p[0]);
  ck_assert_int_eq(waitpid(pid, &st, 0), pid);
  ck_assert(WIFEXITED(st));
  T_SKIP_IF(WEXITSTATUS(st) == 77, "cannot make a network namespace here");
  ck_assert_msg(WEXITSTATUS(st) == 0, "Fast Open in a netns: %s", msg);
}
END_TEST

#else
T_WINDOWS_SKIP_TEST(test_tfo_syn_data_netns,
                    "Fast Open needs a Linux network namespace")
#endif

/* ---- Zero-copy: the option ----------------------------------------------- */

START_TEST(test_zerocopy_option)
{
  sock2_socket_t c, s;
  int on = 7;

  t_tcp_pair(SOCK2_DOMAIN_IPV4, &c, &s);
  if (sock2_has(SOCK2_FEATURE_ZEROCOPY) != 1) {
    ck_err(sock2_set_zerocopy(c, 1), SOCK2_ENOTSUP);
    ck_err(sock2_zerocopy(c, &on), SOCK2_ENOTSUP);
  } else {
    ck_ok(sock2_zerocopy(c, &on));
    ck_assert_int_eq(on, 0);
    ck_ok(sock2_set_zerocopy(c, 5));
    ck_ok(sock2_zerocopy(c, &on));
    ck_assert_int_eq(on, 1);
#if HAVE_DECL_SO_ZEROCOPY
    ck_assert_int_eq(t_raw_getsockopt_int(c, SOL_SOCKET, SO_ZEROCOPY), 1);
#endif
    ck_ok(sock2_set_zerocopy(c, 0));
#if HAVE_DECL_SO_ZEROCOPY
    ck_assert_int_eq(t_raw_getsockopt_int(c, SOL_SOCKET, SO_ZEROCOPY), 0);
#endif
    ck_assert_int_ne(SOCK2_MSG_ZEROCOPY, 0);
  }
  ck_err(sock2_zerocopy(c, NULL), SOCK2_EINVAL);
  ck_err(sock2_set_zerocopy(SOCK2_INVALID_SOCKET, 1), SOCK2_EBADF);
  ck_ok(sock2_close(c));
  ck_ok(sock2_close(s));
}
END_TEST

/* ---- Timestamps: the option ---------------------------------------------- */

START_TEST(test_timestamping_option)
{
  sock2_socket_t u;
  sock2_addr_t a;
  sock2_timestamping_flags_t f = 0, want;

  u = t_udp(SOCK2_DOMAIN_IPV4, &a);
  want = SOCK2_TIMESTAMPING_TX_SOFTWARE | SOCK2_TIMESTAMPING_RX_SOFTWARE |
         SOCK2_TIMESTAMPING_SOFTWARE | SOCK2_TIMESTAMPING_OPT_ID |
         SOCK2_TIMESTAMPING_OPT_TSONLY;
  if (sock2_has(SOCK2_FEATURE_SO_TIMESTAMPING) != 1) {
    ck_err(sock2_set_timestamping(u, want), SOCK2_ENOTSUP);
    ck_err(sock2_timestamping(u, &f), SOCK2_ENOTSUP);
  } else {
    ck_ok(sock2_timestamping(u, &f));
    ck_assert_uint_eq(f, 0);
    ck_ok(sock2_set_timestamping(u, want));
    ck_ok(sock2_timestamping(u, &f));
    ck_assert_uint_eq(f, want);
#if HAVE_DECL_SO_TIMESTAMPING
    ck_assert_int_eq(t_raw_getsockopt_int(u, SOL_SOCKET, SO_TIMESTAMPING),
                     (int)want);
#endif
    ck_ok(sock2_set_timestamping(u, 0));
    ck_ok(sock2_timestamping(u, &f));
    ck_assert_uint_eq(f, 0);
  }
  ck_err(sock2_set_timestamping(u, 0x80000000u), SOCK2_EINVAL);
  ck_err(sock2_timestamping(u, NULL), SOCK2_EINVAL);
  ck_err(sock2_timestamping(SOCK2_INVALID_SOCKET, &f), SOCK2_EBADF);
  ck_ok(sock2_close(u));
}
END_TEST

Suite *
sock2_test_tcp_extras_suite(void)
{
  Suite *s = suite_create("tcp-extras");
  TCase *tc = sock2_tcase("fastopen");

  tcase_add_test(tc, test_tfo_option_roundtrip);
  tcase_add_test(tc, test_tfo_connect_errors);
  tcase_add_test(tc, test_tfo_syn_data_netns);
  suite_add_tcase(s, tc);
  tc = sock2_tcase("zerocopy");
  tcase_add_test(tc, test_zerocopy_option);
  suite_add_tcase(s, tc);
  tc = sock2_tcase("timestamping");
  tcase_add_test(tc, test_timestamping_option);
  suite_add_tcase(s, tc);
  return s;
}
