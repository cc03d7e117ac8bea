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
#if HAVE_DECL_TCP_FASTOPEN && HAVE_DECL_TCP_FASTOPEN_CONNECT
  if (t_emulator_lacks_option(s, IPPROTO_TCP, TCP_FASTOPEN, "TCP_FASTOPEN") ||
      t_emulator_lacks_option(s, IPPROTO_TCP, TCP_FASTOPEN_CONNECT,
                              "TCP_FASTOPEN_CONNECT")) {
    ck_ok(sock2_close(s));
    return;
  }
#endif
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
          t_child_exit(2);                                                       \
        t_child_exit(1);                                                         \
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

/*
 * The negotiated options of sock2_tcp_info()'s snapshot (SOCK2_TCPI_OPT_*
 * bits), which must agree with the raw tcpi_options on the SYN-data bit.
 */
static unsigned
tfo_snapshot_options(sock2_socket_t s)
{
  sock2_tcp_info_t ti = SOCK2_TCP_INFO_INIT;
  int raw;

  TFO_OK(sock2_tcp_info(s, &ti));
  TFO_CHECK((ti.present & SOCK2_TCPI_OPTIONS) != 0,
            "sock2_tcp_info: no options field (present 0x%llx)",
            (unsigned long long)ti.present);
  raw = tfo_tcpi_options(s);
  TFO_CHECK(((ti.options & SOCK2_TCPI_OPT_SYN_DATA) != 0)
              == ((raw & TCPI_OPT_SYN_DATA) != 0),
            "sock2_tcp_info options 0x%x, raw tcpi_options 0x%x",
            (unsigned)ti.options, raw);
  return ti.options;
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
    t_child_exit(77);
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
    t_child_exit(77);
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
  TFO_CHECK((tfo_snapshot_options(srv) & SOCK2_TCPI_OPT_SYN_DATA) == 0,
            "connection 1: the snapshot says SYN data without a cookie");
  TFO_CHECK((tfo_snapshot_options(c) & SOCK2_TCPI_OPT_SYN_DATA) == 0,
            "connection 1: the client's snapshot says SYN data");
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
  /* The same through the portable snapshot, on both ends. */
  TFO_CHECK((tfo_snapshot_options(srv) & SOCK2_TCPI_OPT_SYN_DATA) != 0,
            "connection 2: the server's snapshot lacks SYN_DATA");
  TFO_CHECK((tfo_snapshot_options(c) & SOCK2_TCPI_OPT_SYN_DATA) != 0,
            "connection 2: the client's snapshot lacks SYN_DATA");
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
  TFO_CHECK((tfo_snapshot_options(srv) & SOCK2_TCPI_OPT_SYN_DATA) != 0,
            "connection 3: the server's snapshot lacks SYN_DATA");
  TFO_CHECK((tfo_snapshot_options(c) & SOCK2_TCPI_OPT_SYN_DATA) != 0,
            "connection 3: the client's snapshot lacks SYN_DATA");
  sock2_close(srv);
  sock2_close(c);
  sock2_close(l);
  t_child_exit(0);
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
              sock2_has(SOCK2_FEATURE_TCP_FASTOPEN_CONNECT) != 1 ||
              sock2_has(SOCK2_FEATURE_TCP_INFO) != 1,
            "Fast Open or TCP_INFO is not in this build");
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
#if HAVE_DECL_SO_ZEROCOPY
  if (t_emulator_lacks_option(c, SOL_SOCKET, SO_ZEROCOPY, "SO_ZEROCOPY")) {
    ck_ok(sock2_close(c));
    ck_ok(sock2_close(s));
    return;
  }
#endif
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
#if HAVE_DECL_SO_TIMESTAMPING
  if (t_emulator_lacks_option(u, SOL_SOCKET, SO_TIMESTAMPING,
                              "SO_TIMESTAMPING")) {
    ck_ok(sock2_close(u));
    return;
  }
#endif
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

/* ---- Zero-copy completions and timestamps: decoding ---------------------- */

/*
 * Whether this build decodes the error queue's extended errors: Linux's
 * IP_RECVERR (Windows headers declare one too, without an error queue).
 */
#if HAVE_DECL_IP_RECVERR && !defined(_WIN32)
# define T_HAVE_RECVERR 1
#else
# define T_HAVE_RECVERR 0
#endif

/* A struct sock_extended_err as the kernel lays it out (16 bytes). */
static void
t_ee(unsigned char ee[16], uint32_t err, int origin, int code, uint32_t info,
     uint32_t data)
{
  memset(ee, 0, 16);
  memcpy(ee, &err, 4);
  ee[4] = (unsigned char)origin;
  ee[6] = (unsigned char)code;
  memcpy(ee + 8, &info, 4);
  memcpy(ee + 12, &data, 4);
}

START_TEST(test_zerocopy_decode)
{
  sock2_zerocopy_t zc = SOCK2_ZEROCOPY_INIT, bad = SOCK2_ZEROCOPY_INIT;
  unsigned char ee[16];
  sock2_cmsg_t c;

  t_ee(ee, 0, 5, 1, 3, 9); /* SO_EE_ORIGIN_ZEROCOPY, ..._COPIED */
  c.level = IPPROTO_IP;
#if HAVE_DECL_IP_RECVERR
  c.type = IP_RECVERR;
#else
  c.type = 11;
#endif
  c.data = ee;
  c.len = sizeof(ee);
#if T_HAVE_RECVERR
  ck_ok(sock2_cmsg_get_zerocopy(&c, &zc));
  ck_assert_uint_eq(zc.first, 3);
  ck_assert_uint_eq(zc.last, 9);
  ck_assert_uint_eq(zc.copied, 1);
  ck_assert_uint_eq(zc.size, sizeof(zc));
  t_ee(ee, 0, 5, 0, 0, 0xffffffffu); /* not copied; the full id range */
  ck_ok(sock2_cmsg_get_zerocopy(&c, &zc));
  ck_assert_uint_eq(zc.first, 0);
  ck_assert_uint_eq(zc.last, 0xffffffffu);
  ck_assert_uint_eq(zc.copied, 0);
  /* Right kind, too short: EINVAL; another origin: ENOENT. */
  c.len = 15;
  ck_err(sock2_cmsg_get_zerocopy(&c, &zc), SOCK2_EINVAL);
  c.len = sizeof(ee);
  t_ee(ee, 42, 2, 3, 0, 0); /* an ICMP error */
  ck_err(sock2_cmsg_get_zerocopy(&c, &zc), SOCK2_ENOENT);
  ck_assert_uint_eq(zc.last, 0xffffffffu);
#else
  ck_err(sock2_cmsg_get_zerocopy(&c, &zc), SOCK2_ENOENT);
#endif
  c.level = SOL_SOCKET;
  ck_err(sock2_cmsg_get_zerocopy(&c, &zc), SOCK2_ENOENT);
  /* Bad sizes: EINVAL, out untouched. */
  bad.size = 4;
  ck_err(sock2_cmsg_get_zerocopy(&c, &bad), SOCK2_EINVAL);
  ck_assert_uint_eq(bad.size, 4);
  bad.size = (uint32_t)sizeof(bad) + 4;
  ck_err(sock2_cmsg_get_zerocopy(&c, &bad), SOCK2_EINVAL);
  ck_err(sock2_cmsg_get_zerocopy(NULL, &zc), SOCK2_EINVAL);
  ck_err(sock2_cmsg_get_zerocopy(&c, NULL), SOCK2_EINVAL);
}
END_TEST

START_TEST(test_timestamping_decode)
{
  sock2_timestamping_t ts = SOCK2_TIMESTAMPING_INIT;
  int64_t t64[6] = {1796112393, 42029937, 0, 0, 7, 8};
  int32_t t32[6] = {1000, 5, 0, 0, 0, 0};
  unsigned char ee[16];
  sock2_cmsg_t c;

  c.level = SOL_SOCKET;
#if HAVE_DECL_SO_TIMESTAMPING
  c.type = SO_TIMESTAMPING;
#else
  c.type = 37;
#endif
  c.data = t64;
  c.len = sizeof(t64);
#if HAVE_DECL_SO_TIMESTAMPING && T_HAVE_RECVERR
  ck_ok(sock2_cmsg_get_timestamping(&c, &ts));
  ck_assert(ts.software == (int64_t)1796112393 * 1000000000 + 42029937);
  ck_assert(ts.legacy == 0);
  ck_assert(ts.hardware == (int64_t)7 * 1000000000 + 8);
  ck_assert_uint_eq(ts.have,
                    SOCK2_TSTAMP_HAVE_SOFTWARE | SOCK2_TSTAMP_HAVE_HARDWARE);
  ck_assert_int_eq(ts.kind, SOCK2_TSTAMP_RECV);
  /* The 32-bit layout (24 bytes) and the _NEW type (65). */
  c.data = t32;
  c.len = sizeof(t32);
  ck_ok(sock2_cmsg_get_timestamping(&c, &ts));
  ck_assert(ts.software == (int64_t)1000 * 1000000000 + 5);
  c.type = 65;
  c.data = t64;
  c.len = sizeof(t64);
  ck_ok(sock2_cmsg_get_timestamping(&c, &ts));
  c.len = 40;
  ck_err(sock2_cmsg_get_timestamping(&c, &ts), SOCK2_EINVAL);
  ck_assert(ts.software == (int64_t)1796112393 * 1000000000 + 42029937);
  /* The extended error of a transmit stamp: kind and id. */
  t_ee(ee, ENOMSG, 4, 0, 2, 1999); /* SO_EE_ORIGIN_TIMESTAMPING, ACK */
  c.level = IPPROTO_IP;
  c.type = IP_RECVERR;
  c.data = ee;
  c.len = sizeof(ee);
  ck_ok(sock2_cmsg_get_timestamping(&c, &ts));
  ck_assert_int_eq(ts.kind, SOCK2_TSTAMP_ACK);
  ck_assert_uint_eq(ts.id, 1999);
  ck_assert_uint_eq(ts.have & SOCK2_TSTAMP_HAVE_ID, SOCK2_TSTAMP_HAVE_ID);
  /* Zero-copy origin: not a timestamp. */
  t_ee(ee, 0, 5, 1, 0, 0);
  ck_err(sock2_cmsg_get_timestamping(&c, &ts), SOCK2_ENOENT);
  ck_assert_uint_eq(ts.id, 1999);
#else
  ck_err(sock2_cmsg_get_timestamping(&c, &ts), SOCK2_ENOENT);
  (void)t32;
  (void)ee;
#endif
  c.level = IPPROTO_TCP;
  ck_err(sock2_cmsg_get_timestamping(&c, &ts), SOCK2_ENOENT);
  ts.size = 0;
  ck_err(sock2_cmsg_get_timestamping(&c, &ts), SOCK2_EINVAL);
  ck_err(sock2_cmsg_get_timestamping(NULL, &ts), SOCK2_EINVAL);
}
END_TEST

/* ---- Zero-copy and timestamps on loopback --------------------------------- */

#ifndef _WIN32

/* Wait up to ms for an error-queue entry (POLLERR). */
static int
t_wait_err(sock2_socket_t s, int ms)
{
  struct pollfd p;
  p.fd = s;
  p.events = 0;
  p.revents = 0;
  return poll(&p, 1, ms) == 1 && (p.revents & POLLERR) != 0;
}

static int64_t
t_realtime_ns(void)
{
  struct timespec t;
  ck_assert_int_eq(clock_gettime(CLOCK_REALTIME, &t), 0);
  return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

/* Read n bytes from a stream. */
static void
t_drain(sock2_socket_t s, size_t n)
{
  static char buf[65536];
  while (n > 0) {
    sock2_ssize_t r = sock2_recv(s, buf, n < sizeof(buf) ? n : sizeof(buf));
    ck_assert_msg(r > 0, "recv: %s", sock2_err_name((int)r));
    n -= (size_t)r;
  }
}

# define ZC_SENDS 8
# define ZC_LEN 16384

START_TEST(test_zerocopy_tcp_completions)
{
  static char buf[ZC_LEN];
  sock2_socket_t c, s;
  sock2_zerocopy_t zc = SOCK2_ZEROCOPY_INIT;
  unsigned char seen[ZC_SENDS];
  int i, covered = 0, n = 0;
  uint32_t k;

  T_SKIP_IF(sock2_has(SOCK2_FEATURE_ZEROCOPY) != 1,
            "MSG_ZEROCOPY is not in this build");
  T_SKIP_UNDER_EMULATOR("the emulator does not pass the error queue");
  t_tcp_pair(SOCK2_DOMAIN_IPV4, &c, &s);
  memset(buf, 'z', sizeof(buf));
  memset(seen, 0, sizeof(seen));

  /* Without SO_ZEROCOPY the flag is an ordinary send: no completion. */
  ck_assert_int_eq(sock2_send_with_flags(c, buf, 100, SOCK2_MSG_ZEROCOPY),
                   100);
  t_drain(s, 100);
  ck_err(sock2_recv_zerocopy(c, &zc), SOCK2_EAGAIN);

  ck_ok(sock2_set_zerocopy(c, 1));
  for (i = 0; i < ZC_SENDS; i++)
    ck_assert_int_eq(
      sock2_send_with_flags(c, buf, sizeof(buf), SOCK2_MSG_ZEROCOPY),
      (int)sizeof(buf));
  t_drain(s, (size_t)ZC_SENDS * sizeof(buf));
  while (covered < ZC_SENDS) {
    int r;
    ck_assert_msg(t_wait_err(c, 2000), "no completion after %d of %d",
                  covered, ZC_SENDS);
    r = sock2_recv_zerocopy(c, &zc);
    ck_assert_msg(r == 0, "sock2_recv_zerocopy: %s", sock2_err_name(r));
    n++;
    ck_assert_uint_le(zc.first, zc.last);
    ck_assert_uint_lt(zc.last, ZC_SENDS);
    /* Loopback always copies: the kernel's COPIED code, decoded. */
    ck_assert_uint_eq(zc.copied, 1);
    for (k = zc.first; k <= zc.last; k++) {
      ck_assert_msg(!seen[k], "send %u completed twice", k);
      seen[k] = 1;
      covered++;
    }
  }
  ck_assert_int_ge(n, 1);
  ck_err(sock2_recv_zerocopy(c, &zc), SOCK2_EAGAIN);
  ck_err(sock2_recv_zerocopy(c, NULL), SOCK2_EINVAL);
  ck_err(sock2_recv_zerocopy(SOCK2_INVALID_SOCKET, &zc), SOCK2_EBADF);
  ck_ok(sock2_close(c));
  ck_ok(sock2_close(s));
}
END_TEST

# define TS_TX (SOCK2_TIMESTAMPING_TX_SOFTWARE | SOCK2_TIMESTAMPING_TX_SCHED | \
               SOCK2_TIMESTAMPING_SOFTWARE | SOCK2_TIMESTAMPING_OPT_ID |     \
               SOCK2_TIMESTAMPING_OPT_TSONLY)
# define TS_RX (SOCK2_TIMESTAMPING_RX_SOFTWARE | SOCK2_TIMESTAMPING_SOFTWARE)

/*
 * Read transmit stamps until want[kind][id] are all seen (ids below
 * nid, or the TCP offsets ids[]): each inside [t0, now].
 */
static void
t_read_tx(sock2_socket_t s, int64_t t0, const uint32_t *ids, int nid,
          int with_ack)
{
  unsigned char seen[3][4];
  int missing = nid * (with_ack ? 3 : 2), i;

  memset(seen, 0, sizeof(seen));
  while (missing > 0) {
    sock2_timestamping_t ts = SOCK2_TIMESTAMPING_INIT;
    int r;
    ck_assert_msg(t_wait_err(s, 2000), "%d transmit stamps missing",
                  missing);
    r = sock2_recv_timestamping(s, &ts);
    ck_assert_msg(r == 0, "sock2_recv_timestamping: %s", sock2_err_name(r));
    ck_assert_uint_eq(ts.have & (SOCK2_TSTAMP_HAVE_SOFTWARE |
                                 SOCK2_TSTAMP_HAVE_ID),
                      SOCK2_TSTAMP_HAVE_SOFTWARE | SOCK2_TSTAMP_HAVE_ID);
    ck_assert_msg(ts.software >= t0 && ts.software <= t_realtime_ns(),
                  "stamp %lld outside [%lld, now]", (long long)ts.software,
                  (long long)t0);
    ck_assert(ts.hardware == 0);
    ck_assert_msg(ts.kind == SOCK2_TSTAMP_SND ||
                    ts.kind == SOCK2_TSTAMP_SCHED ||
                    (with_ack && ts.kind == SOCK2_TSTAMP_ACK),
                  "kind %d", (int)ts.kind);
    for (i = 0; i < nid && ids[i] != ts.id; i++)
      ;
    ck_assert_msg(i < nid, "stamp for unknown id %u", ts.id);
    if (!seen[ts.kind][i]) {
      seen[ts.kind][i] = 1;
      missing--;
    }
  }
}

START_TEST(test_timestamping_udp_tx)
{
  static const uint32_t ids[3] = {0, 1, 2};
  sock2_socket_t a, b;
  sock2_addr_t aa, ba;
  sock2_timestamping_t ts = SOCK2_TIMESTAMPING_INIT;
  char buf[16];
  int64_t t0;
  int i;

  T_SKIP_IF(sock2_has(SOCK2_FEATURE_SO_TIMESTAMPING) != 1,
            "SO_TIMESTAMPING is not in this build");
  T_SKIP_UNDER_EMULATOR("the emulator does not pass the error queue");
  a = t_udp(SOCK2_DOMAIN_IPV4, &aa);
  b = t_udp(SOCK2_DOMAIN_IPV4, &ba);
  ck_ok(sock2_connect(a, &ba));
  ck_ok(sock2_set_timestamping(a, TS_TX));
  ck_err(sock2_recv_timestamping(a, &ts), SOCK2_EAGAIN);
  t0 = t_realtime_ns();
  for (i = 0; i < 3; i++)
    ck_assert_int_eq(sock2_send(a, "stamp", 5), 5);
  for (i = 0; i < 3; i++)
    ck_assert_int_eq(sock2_recv(b, buf, sizeof(buf)), 5);
  /* One SND and one SCHED stamp per datagram, ids 0, 1, 2. */
  t_read_tx(a, t0, ids, 3, 0);
  ck_err(sock2_recv_timestamping(a, &ts), SOCK2_EAGAIN);
  ck_ok(sock2_close(a));
  ck_ok(sock2_close(b));
}
END_TEST

/*
 * Read n bytes with receive stamps: returns how many reads carried one;
 * each stamp inside [t0, the time after the read].
 */
static int
t_read_rx(sock2_socket_t s, size_t n, int64_t t0)
{
  static char buf[4096];
  int stamped = 0;

  while (n > 0) {
    SOCK2_CMSG_BUF(ctl, 512);
    sock2_timestamping_t ts = SOCK2_TIMESTAMPING_INIT;
    sock2_msg_t msg;
    sock2_buf_t b;
    sock2_cmsg_iter_t it;
    sock2_cmsg_t c;
    sock2_ssize_t r;
    int64_t t1;

    b.base = buf;
    b.len = n < sizeof(buf) ? n : sizeof(buf);
    ck_ok(sock2_msg_init(&msg));
    ck_ok(sock2_msg_set_bufs(&msg, &b, 1));
    ck_ok(sock2_msg_set_control(&msg, ctl.buf, sizeof(ctl.buf)));
    r = sock2_recvmsg(s, &msg, 0);
    t1 = t_realtime_ns();
    ck_assert_msg(r > 0, "recvmsg: %s", sock2_err_name((int)r));
    n -= (size_t)r;
    ck_ok(sock2_cmsg_iter_init(&it, &msg));
    while (sock2_cmsg_next(&it, &c) == 1)
      (void)sock2_cmsg_get_timestamping(&c, &ts);
    if (ts.have == 0)
      continue;
    stamped++;
    ck_assert_uint_eq(ts.have, SOCK2_TSTAMP_HAVE_SOFTWARE);
    ck_assert_int_eq(ts.kind, SOCK2_TSTAMP_RECV);
    ck_assert_msg(ts.software >= t0 && ts.software <= t1,
                  "rx stamp %lld outside [%lld, %lld]",
                  (long long)ts.software, (long long)t0, (long long)t1);
  }
  return stamped;
}

START_TEST(test_timestamping_udp_rx)
{
  sock2_socket_t a, b;
  sock2_addr_t aa, ba;
  int i, first = -1, later = 0;

  T_SKIP_IF(sock2_has(SOCK2_FEATURE_SO_TIMESTAMPING) != 1,
            "SO_TIMESTAMPING is not in this build");
  T_SKIP_UNDER_EMULATOR("the emulator does not pass SCM_TIMESTAMPING");
  a = t_udp(SOCK2_DOMAIN_IPV4, &aa);
  b = t_udp(SOCK2_DOMAIN_IPV4, &ba);
  ck_ok(sock2_connect(a, &ba));
  ck_ok(sock2_set_timestamping(b, TS_RX));
  /*
   * The first datagrams after the system's first timestamping socket
   * turned stamping on may carry none (kernel-facts: the kernel enables
   * it asynchronously): send until one is stamped, then every later one
   * must be.
   */
  for (i = 0; i < 100 && later < 3; i++) {
    int64_t t0 = t_realtime_ns();
    int st;
    ck_assert_int_eq(sock2_send(a, "rx", 2), 2);
    st = t_read_rx(b, 2, t0);
    if (first < 0 && st == 0) {
      usleep(5000);
      continue;
    }
    if (first < 0)
      first = i;
    else
      later++;
    ck_assert_msg(st == 1, "datagram %d (after the first stamped, %d) has "
                  "no receive stamp", i, first);
  }
  ck_assert_msg(first >= 0, "no datagram was stamped");
  ck_ok(sock2_close(a));
  ck_ok(sock2_close(b));
}
END_TEST

START_TEST(test_timestamping_tcp)
{
  static char buf[1000];
  static const uint32_t ids[2] = {999, 1999};
  sock2_socket_t c, s;
  int64_t t0;

  T_SKIP_IF(sock2_has(SOCK2_FEATURE_SO_TIMESTAMPING) != 1,
            "SO_TIMESTAMPING is not in this build");
  T_SKIP_UNDER_EMULATOR("the emulator does not pass the error queue");
  t_tcp_pair(SOCK2_DOMAIN_IPV4, &c, &s);
  memset(buf, 't', sizeof(buf));
  ck_ok(sock2_set_timestamping(c, TS_TX | SOCK2_TIMESTAMPING_TX_ACK));
  ck_ok(sock2_set_timestamping(s, TS_RX));
  t0 = t_realtime_ns();
  ck_assert_int_eq(sock2_send(c, buf, sizeof(buf)), (int)sizeof(buf));
  ck_assert_int_eq(sock2_send(c, buf, sizeof(buf)), (int)sizeof(buf));
  /* Receive stamps may be missing (the first-timestamp race): each one
     present is checked. */
  (void)t_read_rx(s, 2 * sizeof(buf), t0);
  /* SCHED, SND and ACK for each send, keyed by its last byte's offset. */
  t_read_tx(c, t0, ids, 2, 1);
  ck_ok(sock2_close(c));
  ck_ok(sock2_close(s));
}
END_TEST

#else
T_WINDOWS_SKIP_TEST(test_zerocopy_tcp_completions, "no MSG_ZEROCOPY")
T_WINDOWS_SKIP_TEST(test_timestamping_udp_tx, "no SO_TIMESTAMPING")
T_WINDOWS_SKIP_TEST(test_timestamping_udp_rx, "no SO_TIMESTAMPING")
T_WINDOWS_SKIP_TEST(test_timestamping_tcp, "no SO_TIMESTAMPING")
#endif

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
  tcase_add_test(tc, test_zerocopy_decode);
  tcase_add_test(tc, test_zerocopy_tcp_completions);
  suite_add_tcase(s, tc);
  tc = sock2_tcase("timestamping");
  tcase_add_test(tc, test_timestamping_option);
  tcase_add_test(tc, test_timestamping_decode);
  tcase_add_test(tc, test_timestamping_udp_tx);
  tcase_add_test(tc, test_timestamping_udp_rx);
  tcase_add_test(tc, test_timestamping_tcp);
  suite_add_tcase(s, tc);
  return s;
}
