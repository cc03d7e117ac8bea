/* SPDX-License-Identifier: MIT */
/* The test runner: every suite in one SRunner. */
#include "tests.h"

int
main(void)
{
  SRunner *sr;
  int failed;

  sr = srunner_create(sock2_test_errno_suite());
  srunner_add_suite(sr, sock2_test_addr_suite());
  srunner_add_suite(sr, sock2_test_socket_suite());
  srunner_add_suite(sr, sock2_test_io_suite());
  srunner_add_suite(sr, sock2_test_opt_socket_suite());
  srunner_add_suite(sr, sock2_test_opt_tcp_suite());
  srunner_add_suite(sr, sock2_test_opt_ip_suite());
  srunner_run_all(sr, CK_ENV); /* CK_VERBOSITY, default normal */
  failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
