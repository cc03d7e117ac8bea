/* SPDX-License-Identifier: MIT */
/* Tests: data transfer. */
#include "tests.h"

START_TEST(test_io_send_recv_tcp)
{
  int d = _i == 0 ? SOCK2_DOMAIN_IPV4 : SOCK2_DOMAIN_IPV6;
  sock2_socket_t c, a;
  char buf[32];

  if (d == SOCK2_DOMAIN_IPV6 && !t_have_ipv6())
    return;
  t_tcp_pair(d, &c, &a);
  ck_assert_int_eq(sock2_send(c, "hello", 5), 5);
  ck_assert_int_eq(sock2_recv(a, buf, sizeof(buf)), 5);
  ck_assert_mem_eq(buf, "hello", 5);
  /* Zero-length send and receive are fine, even with a NULL buffer. */
  ck_assert_int_eq(sock2_send(c, NULL, 0), 0);
  ck_assert_int_eq(sock2_send_with_flags(c, "abc", 3, 0), 3);
  ck_assert_int_eq(sock2_recv_with_flags(a, buf, sizeof(buf), 0), 3);
  ck_assert_mem_eq(buf, "abc", 3);
  ck_ok(sock2_close(c));
  ck_assert_int_eq(sock2_recv(a, buf, sizeof(buf)), 0);
  ck_ok(sock2_close(a));
}
END_TEST

START_TEST(test_io_udp_to_from)
{
  int d = _i == 0 ? SOCK2_DOMAIN_IPV4 : SOCK2_DOMAIN_IPV6;
  sock2_socket_t x, y;
  sock2_addr_t ax, ay, from;
  char buf[64];

  if (d == SOCK2_DOMAIN_IPV6 && !t_have_ipv6())
    return;
  x = t_udp(d, &ax);
  y = t_udp(d, &ay);
  ck_assert_int_eq(sock2_send_to(x, "datagram", 8, &ay), 8);
  ck_assert_int_eq(sock2_recv_from(y, buf, sizeof(buf), &from), 8);
  ck_assert_mem_eq(buf, "datagram", 8);
  ck_assert(sock2_addr_equal(&from, &ax));
  /* A zero-length datagram is a datagram. */
  ck_assert_int_eq(sock2_send_to(y, NULL, 0, &ax), 0);
  ck_assert_int_eq(sock2_recv_from(x, buf, sizeof(buf), NULL), 0);
  ck_ok(sock2_close(x));
  ck_ok(sock2_close(y));
}
END_TEST

START_TEST(test_io_bad_input)
{
  sock2_socket_t sv[2];
  sock2_addr_t a, before;
  char buf[4];

  ck_err(sock2_send(SOCK2_INVALID_SOCKET, "x", 1), SOCK2_EBADF);
  ck_err(sock2_send_with_flags(SOCK2_INVALID_SOCKET, "x", 1, 0), SOCK2_EBADF);
  ck_err(sock2_recv(SOCK2_INVALID_SOCKET, buf, 1), SOCK2_EBADF);
  ck_err(sock2_recv_with_flags(SOCK2_INVALID_SOCKET, buf, 1, 0), SOCK2_EBADF);
  t_loopback(SOCK2_DOMAIN_IPV4, &a);
  ck_err(sock2_send_to(SOCK2_INVALID_SOCKET, "x", 1, &a), SOCK2_EBADF);
  ck_err(sock2_recv_from(SOCK2_INVALID_SOCKET, buf, 1, &a), SOCK2_EBADF);

  ck_ok(sock2_socketpair(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_DGRAM, 0, sv));
  ck_err(sock2_send(sv[0], NULL, 1), SOCK2_EINVAL);
  ck_err(sock2_recv(sv[0], NULL, 1), SOCK2_EINVAL);
  ck_err(sock2_send_to(sv[0], "x", 1, NULL), SOCK2_EINVAL);
  ck_err(sock2_send_to(sv[0], NULL, 1, &a), SOCK2_EINVAL);
  ck_err(sock2_recv_from(sv[0], NULL, 1, &a), SOCK2_EINVAL);
  /* Nothing was sent by the refused calls. */
  ck_ok(sock2_set_nonblocking(sv[1], 1));
  ck_err(sock2_recv(sv[1], buf, sizeof(buf)), SOCK2_EAGAIN);
  before = a;
  ck_err(sock2_recv_from(sv[1], buf, sizeof(buf), &a), SOCK2_EAGAIN);
  ck_assert_mem_eq(&a, &before, sizeof(a));
  ck_ok(sock2_close(sv[0]));
  ck_ok(sock2_close(sv[1]));
}
END_TEST

Suite *
sock2_test_io_suite(void)
{
  Suite *s = suite_create("io");
  TCase *tc = sock2_tcase("basic");

  tcase_add_loop_test(tc, test_io_send_recv_tcp, 0, 2);
  tcase_add_loop_test(tc, test_io_udp_to_from, 0, 2);
  tcase_add_test(tc, test_io_bad_input);
  suite_add_tcase(s, tc);
  return s;
}
