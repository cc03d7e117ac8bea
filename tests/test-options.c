/* SPDX-License-Identifier: MIT */
/* Tests: socket options. */
#include "tests.h"

#include <unistd.h>

START_TEST(test_options_take_error)
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
      usleep(10000);
    }
    ck_assert_int_eq(err, SOCK2_ECONNREFUSED);
    ck_ok(sock2_take_error(c, &err));
    ck_assert_int_eq(err, 0);
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

Suite *
sock2_test_options_suite(void)
{
  Suite *s = suite_create("options");
  TCase *tc = sock2_tcase("sol_socket");

  tcase_add_test(tc, test_options_take_error);
  suite_add_tcase(s, tc);
  return s;
}
