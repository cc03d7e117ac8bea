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
  srunner_add_suite(sr, sock2_test_opt_win_suite());
  srunner_add_suite(sr, sock2_test_lengths_suite());
  srunner_add_suite(sr, sock2_test_sigpipe_suite());
  srunner_add_suite(sr, sock2_test_cmsg_suite());
  srunner_add_suite(sr, sock2_test_batch_suite());
  srunner_add_suite(sr, sock2_test_tcp_extras_suite());
  srunner_add_suite(sr, sock2_test_resolve_suite());
  srunner_add_suite(sr, sock2_test_tcpinfo_suite());
  srunner_add_suite(sr, sock2_test_opt_server_suite());
#ifdef _WIN32
  srunner_add_suite(sr, sock2_test_win32_suite());
#endif
  srunner_run_all(sr, CK_ENV); /* CK_VERBOSITY, default normal */
  failed = srunner_ntests_failed(sr);
  /* Counted in this process only when Check does not fork (CK_FORK=no). */
  if (t_skipped() > 0)
    printf("Skipped: %d test(s) cannot run here (SKIP lines above)\n",
           t_skipped());
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
