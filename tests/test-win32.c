/* SPDX-License-Identifier: MIT */
/*
 * Tests: the Windows-only options on every platform (SOCK2_ENOTSUP off
 * Windows), and the Winsock backend's own promises on Windows: handle
 * inheritance, the lazy Winsock start-up, SO_EXCLUSIVEADDRUSE and the UDP
 * connection-reset reports.
 */
#include "tests.h"

/* ---- Windows-only options, on every platform ----------------------------- */

START_TEST(test_opt_win_bad_input)
{
  int on = -1;

  ck_err(sock2_set_exclusive_address_use(SOCK2_INVALID_SOCKET, 1),
         SOCK2_EBADF);
  ck_err(sock2_exclusive_address_use(SOCK2_INVALID_SOCKET, &on), SOCK2_EBADF);
  ck_err(sock2_set_udp_connreset(SOCK2_INVALID_SOCKET, 0), SOCK2_EBADF);
  ck_assert_int_eq(on, -1);
}
END_TEST

#ifndef _WIN32
START_TEST(test_opt_win_enotsup)
{
  sock2_socket_t s, u;
  sock2_addr_t a;
  int on = -1;

  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s));
  ck_err(sock2_set_exclusive_address_use(s, 1), SOCK2_ENOTSUP);
  ck_err(sock2_set_exclusive_address_use(s, 0), SOCK2_ENOTSUP);
  ck_err(sock2_exclusive_address_use(s, &on), SOCK2_ENOTSUP);
  ck_assert_int_eq(on, -1);
  /* The argument check still comes first. */
  ck_err(sock2_exclusive_address_use(s, NULL), SOCK2_EINVAL);
  u = t_udp(SOCK2_DOMAIN_IPV4, &a);
  ck_err(sock2_set_udp_connreset(u, 0), SOCK2_ENOTSUP);
  ck_err(sock2_set_udp_connreset(u, 1), SOCK2_ENOTSUP);
  ck_ok(sock2_close(u));
  ck_ok(sock2_close(s));
}
END_TEST
#endif

Suite *
sock2_test_opt_win_suite(void)
{
  Suite *s = suite_create("opt-win");
  TCase *tc = sock2_tcase("extras");

  tcase_add_test(tc, test_opt_win_bad_input);
#ifndef _WIN32
  tcase_add_test(tc, test_opt_win_enotsup);
#endif
  suite_add_tcase(s, tc);
  return s;
}

#ifdef _WIN32
/* ---- Windows: handle inheritance ----------------------------------------- */

/* 1 if the handle is inheritable (HANDLE_FLAG_INHERIT), 0 if not. */
static int
inheritable(sock2_socket_t s)
{
  DWORD fl = 0;
  ck_assert_int_ne(GetHandleInformation((HANDLE)s, &fl), 0);
  return (fl & HANDLE_FLAG_INHERIT) != 0;
}

START_TEST(test_win32_inherit_created)
{
  sock2_socket_t s;
  int on = -1;

  /* WSA_FLAG_NO_HANDLE_INHERIT at creation. */
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s));
  ck_assert_int_eq(inheritable(s), 0);
  ck_ok(sock2_cloexec(s, &on));
  ck_assert_int_eq(on, 1);
  ck_ok(sock2_close(s));
  /* The raw call sets nothing: Winsock's default is inheritable. */
  ck_ok(sock2_socket_raw(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, &s));
  ck_assert_int_eq(inheritable(s), 1);
  ck_ok(sock2_cloexec(s, &on));
  ck_assert_int_eq(on, 0);
  ck_ok(sock2_close(s));
  /* ...unless asked with SOCK2_TYPE_CLOEXEC. */
  ck_ok(sock2_socket_raw(SOCK2_DOMAIN_IPV4,
                         SOCK2_TYPE_DGRAM | SOCK2_TYPE_CLOEXEC, 0, &s));
  ck_assert_int_eq(inheritable(s), 0);
  /* And it can be turned on and off again (SetHandleInformation). */
  ck_ok(sock2_set_cloexec(s, 0));
  ck_assert_int_eq(inheritable(s), 1);
  ck_ok(sock2_set_cloexec(s, 1));
  ck_assert_int_eq(inheritable(s), 0);
  ck_ok(sock2_close(s));
}
END_TEST

START_TEST(test_win32_inherit_accepted)
{
  sock2_socket_t l, c, a;
  sock2_addr_t la;

  l = t_listener(SOCK2_DOMAIN_IPV4, &la);
  /* A listener made inheritable must not pass that on through accept. */
  ck_ok(sock2_set_cloexec(l, 0));
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &c));
  ck_ok(sock2_connect(c, &la));
  ck_ok(sock2_accept(l, &a, NULL));
  ck_assert_int_eq(inheritable(a), 0);
  ck_ok(sock2_close(a));
  ck_ok(sock2_close(c));

  /* accept4 with SOCK2_TYPE_CLOEXEC: not inheritable either. */
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &c));
  ck_ok(sock2_connect(c, &la));
  ck_ok(sock2_accept4(l, &a, NULL, SOCK2_TYPE_CLOEXEC));
  ck_assert_int_eq(inheritable(a), 0);
  ck_ok(sock2_close(a));
  ck_ok(sock2_close(c));

  /* accept_raw sets nothing: the OS default (inheritable). */
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &c));
  ck_ok(sock2_connect(c, &la));
  ck_ok(sock2_accept_raw(l, &a, NULL));
  ck_assert_int_eq(inheritable(a), 1);
  ck_ok(sock2_close(a));
  ck_ok(sock2_close(c));
  ck_ok(sock2_close(l));
}
END_TEST

START_TEST(test_win32_inherit_dup)
{
  sock2_socket_t s, d;
  sock2_addr_t a, b;
  char buf[8];

  /* An inheritable original still gives a non-inheritable duplicate. */
  ck_ok(sock2_socket_raw(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, &s));
  t_loopback(SOCK2_DOMAIN_IPV4, &a);
  ck_ok(sock2_bind(s, &a));
  ck_ok(sock2_local_addr(s, &a));
  ck_assert_int_eq(inheritable(s), 1);
  ck_ok(sock2_dup(s, &d));
  ck_assert(d != s);
  ck_assert_int_eq(inheritable(d), 0);
  /* The duplicate is the same socket: same address, same queue. */
  ck_ok(sock2_local_addr(d, &b));
  ck_assert(sock2_addr_equal(&a, &b));
  ck_assert_int_eq(sock2_send_to(s, "dup", 3, &a), 3);
  ck_assert_int_eq(sock2_recv(d, buf, sizeof(buf)), 3);
  ck_assert_mem_eq(buf, "dup", 3);
  ck_ok(sock2_close(d));
  ck_ok(sock2_close(s));
}
END_TEST

/* ---- Windows: the once-only Winsock start-up ----------------------------- */

START_TEST(test_win32_winsock_refcount)
{
  WSADATA data;
  sock2_socket_t s, t;
  sock2_addr_t a;
  char buf[4];

  /*
   * A program that starts and cleans up Winsock itself (balanced) must not
   * break the library's sockets: the library's own start-up holds a
   * reference that the program's WSACleanup does not drop.
   */
  s = t_udp(SOCK2_DOMAIN_IPV4, &a);
  ck_assert_int_eq(WSAStartup(MAKEWORD(2, 2), &data), 0);
  ck_assert_int_eq(WSACleanup(), 0);
  ck_assert_int_eq(sock2_send_to(s, "ok", 2, &a), 2);
  ck_assert_int_eq(sock2_recv(s, buf, sizeof(buf)), 2);
  /* And new sockets still work. */
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &t));
  ck_ok(sock2_close(t));
  ck_ok(sock2_close(s));
}
END_TEST

/* ---- Windows: SO_EXCLUSIVEADDRUSE ------------------------------------------ */

START_TEST(test_win32_exclusive_address_use)
{
  sock2_socket_t l, thief;
  sock2_addr_t a;
  int on = -1, one = 1, rc;

  t_loopback(SOCK2_DOMAIN_IPV4, &a);
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &l));
  ck_ok(sock2_exclusive_address_use(l, &on));
  ck_assert_int_eq(on, 0);
  ck_ok(sock2_set_exclusive_address_use(l, 7));
  ck_ok(sock2_exclusive_address_use(l, &on));
  ck_assert_int_eq(on, 1);
  ck_assert_int_ne(t_raw_getsockopt_int(l, SOL_SOCKET, SO_EXCLUSIVEADDRUSE),
                   0);
  ck_err(sock2_exclusive_address_use(l, NULL), SOCK2_EINVAL);
  ck_ok(sock2_bind(l, &a));
  ck_ok(sock2_local_addr(l, &a));
  ck_ok(sock2_listen(l, 4));
  /* A second socket with SO_REUSEADDR cannot take the port. */
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &thief));
  ck_assert_int_eq(setsockopt(thief, SOL_SOCKET, SO_REUSEADDR,
                              (const char *)&one, (int)sizeof(one)),
                   0);
  rc = sock2_bind(thief, &a);
  ck_assert_msg(rc == SOCK2_EADDRINUSE || rc == SOCK2_EACCES,
                "a second bind to an exclusive port: %s", sock2_err_name(rc));
  ck_ok(sock2_close(thief));
  ck_ok(sock2_close(l));
  /* Turning it off reads back 0. */
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, &l));
  ck_ok(sock2_set_exclusive_address_use(l, 1));
  ck_ok(sock2_set_exclusive_address_use(l, 0));
  ck_ok(sock2_exclusive_address_use(l, &on));
  ck_assert_int_eq(on, 0);
  ck_ok(sock2_close(l));
}
END_TEST

/* ---- Windows: UDP connection-reset reports --------------------------------- */

START_TEST(test_win32_udp_connreset_off)
{
  sock2_socket_t s, peer, gone;
  sock2_addr_t sa, pa, ga, from;
  char buf[16];
  sock2_ssize_t n;

  s = t_udp(SOCK2_DOMAIN_IPV4, &sa);
  peer = t_udp(SOCK2_DOMAIN_IPV4, &pa);
  /* A loopback port that was just in use and now has nobody. */
  gone = t_udp(SOCK2_DOMAIN_IPV4, &ga);
  ck_ok(sock2_close(gone));

  ck_ok(sock2_set_udp_connreset(s, 0));
  /* Draws an ICMP port-unreachable from the loopback stack. */
  ck_assert_int_eq(sock2_send_to(s, "lost", 4, &ga), 4);
  Sleep(50);
  /* A live peer's datagram then arrives with no WSAECONNRESET first. */
  ck_assert_int_eq(sock2_send_to(peer, "live", 4, &sa), 4);
  n = sock2_recv_from(s, buf, sizeof(buf), &from);
  ck_assert_msg(n == 4, "recv after an ICMP error: %s",
                n < 0 ? sock2_err_name((int)n) : "short");
  ck_assert_mem_eq(buf, "live", 4);
  ck_assert(sock2_addr_equal(&from, &pa));
  /* Turning reports back on is accepted too. */
  ck_ok(sock2_set_udp_connreset(s, 1));
  ck_ok(sock2_close(peer));
  ck_ok(sock2_close(s));
}
END_TEST

START_TEST(test_win32_udp_connreset_tcp)
{
  sock2_socket_t s;
  int rc;

  /* The ioctl is for UDP sockets; on TCP Winsock refuses it. */
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s));
  rc = sock2_set_udp_connreset(s, 0);
  if (rc == 0) {
    ck_ok(sock2_close(s));
    T_SKIP_ON_WINDOWS("this Winsock (Wine) accepts SIO_UDP_CONNRESET on "
                      "TCP sockets");
  }
  ck_assert_msg(rc == SOCK2_EINVAL || rc == SOCK2_ENOTSUP ||
                    rc == SOCK2_ENOPROTOOPT,
                "SIO_UDP_CONNRESET on TCP: %s", sock2_err_name(rc));
  ck_ok(sock2_close(s));
}
END_TEST

Suite *
sock2_test_win32_suite(void)
{
  Suite *s = suite_create("win32");
  TCase *tc;

  tc = sock2_tcase("inherit");
  tcase_add_test(tc, test_win32_inherit_created);
  tcase_add_test(tc, test_win32_inherit_accepted);
  tcase_add_test(tc, test_win32_inherit_dup);
  tcase_add_test(tc, test_win32_winsock_refcount);
  suite_add_tcase(s, tc);

  tc = sock2_tcase("extras");
  tcase_add_test(tc, test_win32_exclusive_address_use);
  tcase_add_test(tc, test_win32_udp_connreset_off);
  tcase_add_test(tc, test_win32_udp_connreset_tcp);
  suite_add_tcase(s, tc);
  return s;
}
#endif /* _WIN32 */
