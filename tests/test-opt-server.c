/* SPDX-License-Identifier: MIT */
/*
 * Tests: the options servers reach for (include/sock2/options-server.h).
 * Each value is read back through the library and with raw getsockopt()
 * at its real level and name, and where the option changes behaviour the
 * behaviour is checked too: a port range bounds bind()'s port, a
 * reuseport program picks the listener, an MD5 key keeps a keyless
 * client out, MPTCP falls back to TCP where a namespace turns it off.
 */
#include "tests.h"

#include <limits.h>
#ifndef _WIN32
# include <errno.h>
# include <fcntl.h>
# include <netinet/in.h>
# include <netinet/tcp.h>
# include <sched.h>
# include <sys/socket.h>
# include <sys/wait.h>
# include <unistd.h>
#endif

/* Options the 6.1 headers may lack (the library defines them too). */
#if defined(__linux__) && !defined(IP_LOCAL_PORT_RANGE)
# define IP_LOCAL_PORT_RANGE 51
#endif

static sock2_socket_t
tcp4(void)
{
  sock2_socket_t s;
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s));
  return s;
}

START_TEST(test_srv_lowat)
{
  sock2_socket_t s = tcp4();
  uint32_t v = 0;
  int rc;

  rc = sock2_set_recv_lowat(s, 10);
  if (sock2_has(SOCK2_FEATURE_SO_RCVLOWAT) != 1) {
    ck_err(rc, SOCK2_ENOTSUP);
  } else if (rc == 0) {
    ck_assert_int_eq(t_raw_getsockopt_int(s, SOL_SOCKET, SO_RCVLOWAT), 10);
    ck_ok(sock2_recv_lowat(s, &v));
    ck_assert_uint_eq(v, 10);
  } else {
    /* Winsock declares SO_RCVLOWAT and refuses it. */
    ck_assert_msg(rc == SOCK2_ENOPROTOOPT || rc == SOCK2_EINVAL,
                  "set_recv_lowat: %s", sock2_err_name(rc));
  }
  ck_err(sock2_set_recv_lowat(s, (uint32_t)INT_MAX + 1), SOCK2_EINVAL);
  ck_err(sock2_recv_lowat(s, NULL), SOCK2_EINVAL);
  ck_err(sock2_recv_lowat(SOCK2_INVALID_SOCKET, &v), SOCK2_EBADF);

  rc = sock2_send_lowat(s, &v);
  if (sock2_has(SOCK2_FEATURE_SO_SNDLOWAT) != 1) {
    ck_err(rc, SOCK2_ENOTSUP);
  } else if (rc == 0) {
#ifndef _WIN32
    int raw = 7;
    ck_assert_int_eq(t_raw_getsockopt_int(s, SOL_SOCKET, SO_SNDLOWAT),
                     (int)v);
    /* Linux refuses to set it; the library says what the kernel says. */
    rc = sock2_set_send_lowat(s, 4096);
    if (setsockopt(s, SOL_SOCKET, SO_SNDLOWAT, &raw, sizeof(raw)) == 0) {
      ck_ok(rc);
    } else {
      ck_err(rc, sock2_translate_sys_error(errno));
    }
#endif
  }
  ck_err(sock2_set_send_lowat(s, UINT32_MAX), SOCK2_EINVAL);
  ck_ok(sock2_close(s));
}
END_TEST

START_TEST(test_srv_defer_accept)
{
  sock2_addr_t a;
  sock2_socket_t l = t_listener(SOCK2_DOMAIN_IPV4, &a);
  sock2_duration_t d = 0;
  int rc = sock2_set_tcp_defer_accept(l, SOCK2_MSEC(300));

  if (sock2_has(SOCK2_FEATURE_TCP_DEFER_ACCEPT) != 1) {
    ck_err(rc, SOCK2_ENOTSUP);
    ck_err(sock2_tcp_defer_accept(l, &d), SOCK2_ENOTSUP);
  } else {
#ifndef _WIN32
    /* 300 ms rounds up to 1 s, which the kernel keeps as it is. */
    ck_ok(rc);
    ck_assert_int_eq(t_raw_getsockopt_int(l, IPPROTO_TCP, TCP_DEFER_ACCEPT),
                     1);
    ck_ok(sock2_tcp_defer_accept(l, &d));
    ck_assert(d == SOCK2_SEC(1));
    ck_ok(sock2_set_tcp_defer_accept(l, SOCK2_DURATION_NONE));
    ck_assert_int_eq(t_raw_getsockopt_int(l, IPPROTO_TCP, TCP_DEFER_ACCEPT),
                     0);
    ck_ok(sock2_tcp_defer_accept(l, &d));
    ck_assert(d == SOCK2_DURATION_NONE);
#endif
  }
  ck_err(sock2_set_tcp_defer_accept(l, -2), SOCK2_EINVAL);
  ck_err(sock2_tcp_defer_accept(l, NULL), SOCK2_EINVAL);
  ck_ok(sock2_close(l));
}
END_TEST

START_TEST(test_srv_accept_filter)
{
  sock2_addr_t a;
  sock2_socket_t l = t_listener(SOCK2_DOMAIN_IPV4, &a);
  int rc = sock2_set_accept_filter(l, "dataready", NULL);

  if (sock2_has(SOCK2_FEATURE_ACCEPT_FILTER) != 1)
    ck_err(rc, SOCK2_ENOTSUP);
  else
    ck_assert(rc == 0 || rc == SOCK2_ENOENT); /* the module may be absent */
  ck_err(sock2_set_accept_filter(l, "0123456789abcdef", NULL), SOCK2_EINVAL);
  ck_err(sock2_set_accept_filter(l, "dataready", "0123456789abcdef"),
         SOCK2_EINVAL);
  ck_err(sock2_set_accept_filter(SOCK2_INVALID_SOCKET, NULL, NULL),
         SOCK2_EBADF);
  ck_ok(sock2_close(l));
}
END_TEST

START_TEST(test_srv_bind_address_no_port)
{
  T_SKIP_UNDER_EMULATOR("qemu-user lacks IP_BIND_ADDRESS_NO_PORT");
  sock2_socket_t s = tcp4();
  int rc = sock2_set_bind_address_no_port(s, 5);

  if (sock2_has(SOCK2_FEATURE_BIND_ADDRESS_NO_PORT) != 1) {
    ck_err(rc, SOCK2_ENOTSUP);
  } else {
#ifdef __linux__
    sock2_addr_t a, got;
    int on = 0;

    ck_ok(rc);
    ck_assert_int_eq(
      t_raw_getsockopt_int(s, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT), 1);
    ck_ok(sock2_bind_address_no_port(s, &on));
    ck_assert_int_eq(on, 1);
    /* The port is chosen at connect(), not at bind(). */
    t_loopback(SOCK2_DOMAIN_IPV4, &a);
    ck_ok(sock2_bind(s, &a));
    ck_ok(sock2_local_addr(s, &got));
    ck_assert_int_eq(sock2_addr_port(&got), 0);
    ck_ok(sock2_set_bind_address_no_port(s, 0));
    ck_ok(sock2_bind_address_no_port(s, &on));
    ck_assert_int_eq(on, 0);
#endif
  }
  ck_err(sock2_bind_address_no_port(s, NULL), SOCK2_EINVAL);
  ck_ok(sock2_close(s));
}
END_TEST

START_TEST(test_srv_local_port_range)
{
  sock2_socket_t s = tcp4();
  uint16_t lo = 1, hi = 1;
  int rc = sock2_set_local_port_range(s, 40100, 40109);

  ck_err(sock2_set_local_port_range(s, 20, 10), SOCK2_EINVAL);
  ck_err(sock2_local_port_range(s, NULL, &hi), SOCK2_EINVAL);
  ck_err(sock2_local_port_range(s, &lo, NULL), SOCK2_EINVAL);
  if (sock2_has(SOCK2_FEATURE_LOCAL_PORT_RANGE) != 1) {
    ck_err(rc, SOCK2_ENOTSUP);
    ck_ok(sock2_close(s));
    return;
  }
  if (rc == SOCK2_ENOPROTOOPT) {
    ck_ok(sock2_close(s));
    T_SKIP_IF(1, "the kernel predates IP_LOCAL_PORT_RANGE (Linux 6.3)");
  }
#ifdef __linux__
  {
    sock2_addr_t a, got;

    ck_ok(rc);
    ck_assert_int_eq(t_raw_getsockopt_int(s, IPPROTO_IP, IP_LOCAL_PORT_RANGE),
                     (int)(40100u | (40109u << 16)));
    ck_ok(sock2_local_port_range(s, &lo, &hi));
    ck_assert_uint_eq(lo, 40100);
    ck_assert_uint_eq(hi, 40109);
    /* bind() to port 0 picks a port inside the range. */
    t_loopback(SOCK2_DOMAIN_IPV4, &a);
    ck_ok(sock2_bind(s, &a));
    ck_ok(sock2_local_addr(s, &got));
    ck_assert_uint_ge(sock2_addr_port(&got), 40100);
    ck_assert_uint_le(sock2_addr_port(&got), 40109);
    ck_ok(sock2_set_local_port_range(s, 0, 0));
    ck_ok(sock2_local_port_range(s, &lo, &hi));
    ck_assert(lo == 0 && hi == 0);
  }
#endif
  ck_ok(sock2_close(s));
}
END_TEST

/* A reuseport listener on a; port 0 takes a fresh port and fills a. */
static sock2_socket_t
reuse_listener(sock2_addr_t *a)
{
  sock2_socket_t l;
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM | SOCK2_TYPE_NONBLOCK,
                     0, &l));
  ck_ok(sock2_set_reuse_port(l, 1));
  ck_ok(sock2_bind(l, a));
  ck_ok(sock2_listen(l, 16));
  ck_ok(sock2_local_addr(l, a));
  return l;
}

/* Connect k clients to a; count what each listener can accept. */
static void
connect_and_count(const sock2_addr_t *a, sock2_socket_t l0,
                  sock2_socket_t l1, int k, int *n0, int *n1)
{
  sock2_socket_t c[8], s;
  int i;

  *n0 = *n1 = 0;
  for (i = 0; i < k; i++) {
    ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &c[i]));
    ck_ok(sock2_connect(c[i], a));
  }
  /* A connect() returns once the handshake is done: all are queued. */
  while (sock2_accept(l0, &s, NULL) == 0) {
    (*n0)++;
    ck_ok(sock2_close(s));
  }
  while (sock2_accept(l1, &s, NULL) == 0) {
    (*n1)++;
    ck_ok(sock2_close(s));
  }
  for (i = 0; i < k; i++)
    ck_ok(sock2_close(c[i]));
}

START_TEST(test_srv_reuseport_cbpf)
{
  T_SKIP_UNDER_EMULATOR("qemu-user lacks SO_ATTACH_REUSEPORT_CBPF");
  /* BPF_RET | BPF_K: return the constant, the group index. */
  sock2_sock_filter_t to0[1] = { { 0x06, 0, 0, 0 } };
  sock2_sock_filter_t to1[1] = { { 0x06, 0, 0, 1 } };
  sock2_addr_t a;
  sock2_socket_t l0, l1;
  int rc, n0, n1;

  ck_err(sock2_attach_reuseport_cbpf(SOCK2_INVALID_SOCKET, to0, 1),
         SOCK2_EBADF);
  ck_err(sock2_attach_reuseport_cbpf(0, NULL, 1), SOCK2_EINVAL);
  ck_err(sock2_attach_reuseport_cbpf(0, to0, 0), SOCK2_EINVAL);
  ck_err(sock2_attach_reuseport_cbpf(0, to0, 65536), SOCK2_EINVAL);
  T_SKIP_IF(sock2_has(SOCK2_FEATURE_SO_REUSEPORT) != 1, "no SO_REUSEPORT");
  t_loopback(SOCK2_DOMAIN_IPV4, &a);
  l0 = reuse_listener(&a);
  l1 = reuse_listener(&a);
  rc = sock2_attach_reuseport_cbpf(l0, to0, 1);
  if (sock2_has(SOCK2_FEATURE_REUSEPORT_CBPF) != 1) {
    ck_err(rc, SOCK2_ENOTSUP);
    ck_err(sock2_detach_reuseport_bpf(l0), SOCK2_ENOTSUP);
  } else {
    ck_ok(rc);
    connect_and_count(&a, l0, l1, 6, &n0, &n1);
    ck_assert_int_eq(n0, 6);
    ck_assert_int_eq(n1, 0);
    /* Attached through the other member: the group's program changes. */
    ck_ok(sock2_attach_reuseport_cbpf(l1, to1, 1));
    connect_and_count(&a, l0, l1, 6, &n0, &n1);
    ck_assert_int_eq(n0, 0);
    ck_assert_int_eq(n1, 6);
    rc = sock2_detach_reuseport_bpf(l0);
    if (rc != SOCK2_ENOTSUP) {
      ck_ok(rc);
      ck_err(sock2_detach_reuseport_bpf(l0), SOCK2_ENOENT);
    }
  }
  ck_ok(sock2_close(l0));
  ck_ok(sock2_close(l1));
}
END_TEST

START_TEST(test_srv_napi_and_origdst)
{
  T_SKIP_UNDER_EMULATOR("qemu-user does not pass SO_INCOMING_NAPI_ID through");
  sock2_socket_t c, s, u;
  sock2_addr_t a;
  uint32_t id = 7;
  int on = 0, rc;

  t_tcp_pair(SOCK2_DOMAIN_IPV4, &c, &s);
  rc = sock2_incoming_napi_id(s, &id);
  if (sock2_has(SOCK2_FEATURE_INCOMING_NAPI_ID) != 1) {
    ck_err(rc, SOCK2_ENOTSUP);
  } else {
#ifdef SO_INCOMING_NAPI_ID
    ck_ok(rc);
    ck_assert_int_eq((int)id, t_raw_getsockopt_int(s, SOL_SOCKET,
                                                   SO_INCOMING_NAPI_ID));
#endif
  }
  ck_err(sock2_incoming_napi_id(s, NULL), SOCK2_EINVAL);
  ck_ok(sock2_close(c));
  ck_ok(sock2_close(s));

  u = t_udp(SOCK2_DOMAIN_IPV4, &a);
  rc = sock2_set_recv_orig_dst_v4(u, 3);
  if (sock2_has(SOCK2_FEATURE_RECV_ORIG_DST) != 1) {
    ck_err(rc, SOCK2_ENOTSUP);
    ck_err(sock2_recv_orig_dst_v4(u, &on), SOCK2_ENOTSUP);
  } else {
#ifdef IP_RECVORIGDSTADDR
    ck_ok(rc);
    ck_assert_int_eq(t_raw_getsockopt_int(u, IPPROTO_IP, IP_RECVORIGDSTADDR),
                     1);
    ck_ok(sock2_recv_orig_dst_v4(u, &on));
    ck_assert_int_eq(on, 1);
    ck_ok(sock2_set_recv_orig_dst_v4(u, 0));
    ck_assert_int_eq(t_raw_getsockopt_int(u, IPPROTO_IP, IP_RECVORIGDSTADDR),
                     0);
#endif
  }
  ck_ok(sock2_close(u));
  if (t_have_ipv6()) {
    u = t_udp(SOCK2_DOMAIN_IPV6, &a);
    rc = sock2_set_recv_orig_dst_v6(u, 1);
    if (sock2_has(SOCK2_FEATURE_RECV_ORIG_DST) != 1) {
      ck_err(rc, SOCK2_ENOTSUP);
    } else {
#ifdef IPV6_RECVORIGDSTADDR
      ck_ok(rc);
      ck_assert_int_eq(
        t_raw_getsockopt_int(u, IPPROTO_IPV6, IPV6_RECVORIGDSTADDR), 1);
      ck_ok(sock2_recv_orig_dst_v6(u, &on));
      ck_assert_int_eq(on, 1);
#endif
    }
    ck_ok(sock2_close(u));
  }
}
END_TEST

/*
 * An MD5-signed listener: a client with the same key connects and talks;
 * one without the key never completes its handshake (the listener drops
 * its unsigned SYNs) within a short wait.
 */
START_TEST(test_srv_tcp_md5sig)
{
  T_SKIP_UNDER_EMULATOR("qemu-user refuses TCP_MD5SIG (EINVAL)");
  static const char key[] = "sock2-md5-test-key";
  sock2_addr_t la, lo, un;
  sock2_socket_t l, c, s;
  char b[4];
  int rc;

  t_loopback(SOCK2_DOMAIN_IPV4, &lo);
  ck_ok(sock2_addr_unix(&un, "/tmp/x"));
  ck_err(sock2_set_tcp_md5sig(SOCK2_INVALID_SOCKET, &lo, key, 4),
         SOCK2_EBADF);
  ck_err(sock2_set_tcp_md5sig(0, NULL, key, 4), SOCK2_EINVAL);
  ck_err(sock2_set_tcp_md5sig(0, &lo, NULL, 4), SOCK2_EINVAL);
  ck_err(sock2_set_tcp_md5sig(0, &lo, key, 81), SOCK2_EINVAL);
  ck_err(sock2_set_tcp_md5sig(0, &un, key, 4), SOCK2_EINVAL);
  l = t_listener(SOCK2_DOMAIN_IPV4, &la);
  rc = sock2_set_tcp_md5sig(l, &lo, key, sizeof(key) - 1);
  if (sock2_has(SOCK2_FEATURE_TCP_MD5SIG) != 1) {
    ck_err(rc, SOCK2_ENOTSUP);
    ck_ok(sock2_close(l));
    return;
  }
  if (rc == SOCK2_ENOPROTOOPT || rc == SOCK2_ENOENT) {
    ck_ok(sock2_close(l));
    T_SKIP_IF(1, "the kernel has no TCP_MD5SIG (CONFIG_TCP_MD5SIG)");
  }
  ck_ok(rc);
  /* The keyed client. */
  c = tcp4();
  ck_ok(sock2_set_tcp_md5sig(c, &lo, key, sizeof(key) - 1));
  ck_ok(sock2_connect_timeout(c, &la, SOCK2_SEC(10)));
  ck_ok(sock2_accept(l, &s, NULL));
  ck_assert_int_eq(sock2_send(c, "md5", 3), 3);
  ck_assert_int_eq(sock2_recv(s, b, sizeof(b)), 3);
  ck_assert(memcmp(b, "md5", 3) == 0);
  ck_ok(sock2_close(s));
  /* Removing the key, then removing it again (none left). */
  ck_ok(sock2_set_tcp_md5sig(c, &lo, NULL, 0));
  ck_err(sock2_set_tcp_md5sig(c, &lo, NULL, 0), SOCK2_ENOENT);
  ck_ok(sock2_close(c));
  /* The client without a key: its SYN is dropped, so it times out. */
  c = tcp4();
  ck_err(sock2_connect_timeout(c, &la, SOCK2_MSEC(300)), SOCK2_ETIMEDOUT);
  ck_ok(sock2_close(c));
  ck_ok(sock2_close(l));
}
END_TEST

START_TEST(test_srv_ack_frequency)
{
  sock2_socket_t s = tcp4();
  int rc = sock2_set_tcp_ack_frequency(s, 1);

  if (sock2_has(SOCK2_FEATURE_TCP_ACK_FREQUENCY) != 1)
    ck_err(rc, SOCK2_ENOTSUP);
  else if (!t_under_wine())
    ck_ok(rc); /* Wine lacks the ioctl: whatever it says */
  ck_err(sock2_set_tcp_ack_frequency(s, 0), SOCK2_EINVAL);
  ck_err(sock2_set_tcp_ack_frequency(SOCK2_INVALID_SOCKET, 2), SOCK2_EBADF);
  ck_ok(sock2_close(s));
}
END_TEST

/* The socket's protocol as the kernel reports it (SO_PROTOCOL). */
static int
protocol_of(sock2_socket_t s)
{
  int p = -1;
  ck_ok(sock2_protocol(s, &p));
  return p;
}

START_TEST(test_srv_mptcp)
{
  sock2_socket_t s;
  int rc;

  ck_err(sock2_socket_mptcp(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, NULL),
         SOCK2_EINVAL);
  rc = sock2_socket_mptcp(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, &s);
  ck_ok(rc);
  ck_assert(rc == 0 || rc == 1);
  if (sock2_has(SOCK2_FEATURE_MPTCP) != 1)
    ck_assert_int_eq(rc, 0);
  if (sock2_has(SOCK2_FEATURE_SO_PROTOCOL) == 1)
    ck_assert_int_eq(protocol_of(s), rc == 1 ? SOCK2_PROTO_MPTCP
                                             : SOCK2_PROTO_TCP);
  ck_assert_int_eq(t_raw_is_cloexec(s), 1);
  ck_ok(sock2_close(s));
}
END_TEST

#ifndef _WIN32
/*
 * The child of test_srv_mptcp_netns: in a namespace of its own, MPTCP
 * off then on (net.mptcp.enabled is per namespace). Exit status: 0
 * passed, 77 cannot set up (skip), anything else failed.
 */
static int
mptcp_child(void)
{
  sock2_socket_t s;
  int fd, rc, p = -1;

  if (unshare(CLONE_NEWNET) != 0)
    return 77;
  fd = open("/proc/sys/net/mptcp/enabled", O_WRONLY);
  if (fd < 0)
    return 77; /* a kernel without MPTCP */
  if (write(fd, "0\n", 2) != 2)
    return 77;
  rc = sock2_socket_mptcp(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, &s);
  if (rc != 0 || sock2_protocol(s, &p) != 0 || p != SOCK2_PROTO_TCP)
    return 2;
  sock2_close(s);
  if (write(fd, "1\n", 2) != 2)
    return 3;
  close(fd);
  rc = sock2_socket_mptcp(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, &s);
  if (rc != 1 || sock2_protocol(s, &p) != 0 || p != SOCK2_PROTO_MPTCP)
    return 4;
  sock2_close(s);
  return 0;
}

START_TEST(test_srv_mptcp_netns)
{
  T_SKIP_UNDER_EMULATOR("qemu-user passes no unshare(CLONE_NEWNET)");
  pid_t pid;
  int status = 0;

  T_SKIP_IF(sock2_has(SOCK2_FEATURE_MPTCP) != 1, "no IPPROTO_MPTCP here");
  T_SKIP_IF(geteuid() != 0, "needs root for a network namespace");
  fflush(NULL);
  pid = fork();
  ck_assert_int_ge(pid, 0);
  if (pid == 0)
    t_child_exit(mptcp_child());
  ck_assert_int_eq(waitpid(pid, &status, 0), pid);
  ck_assert(WIFEXITED(status));
  T_SKIP_IF(WEXITSTATUS(status) == 77,
            "cannot make a namespace with net.mptcp.enabled here");
  ck_assert_msg(WEXITSTATUS(status) == 0, "child failed with %d",
                WEXITSTATUS(status));
}
END_TEST
#else
T_WINDOWS_SKIP_TEST(test_srv_mptcp_netns, "network namespaces are Linux's")
#endif

Suite *
sock2_test_opt_server_suite(void)
{
  Suite *s = suite_create("opt-server");
  TCase *tc = sock2_tcase("server_options");

  tcase_add_test(tc, test_srv_lowat);
  tcase_add_test(tc, test_srv_defer_accept);
  tcase_add_test(tc, test_srv_accept_filter);
  tcase_add_test(tc, test_srv_bind_address_no_port);
  tcase_add_test(tc, test_srv_local_port_range);
  tcase_add_test(tc, test_srv_reuseport_cbpf);
  tcase_add_test(tc, test_srv_napi_and_origdst);
  tcase_add_test(tc, test_srv_tcp_md5sig);
  tcase_add_test(tc, test_srv_ack_frequency);
  tcase_add_test(tc, test_srv_mptcp);
  tcase_add_test(tc, test_srv_mptcp_netns);
  suite_add_tcase(s, tc);
  return s;
}
