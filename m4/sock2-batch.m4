dnl SPDX-License-Identifier: MIT
dnl serial 1
dnl
dnl SOCK2_CHECK_BATCH_DECLS
dnl -----------------------
dnl Checks the UDP segmentation-offload options (sock2/batch.h). Defines
dnl HAVE_DECL_UDP_SEGMENT and HAVE_DECL_UDP_GRO (Linux <netinet/udp.h>),
dnl HAVE_DECL_UDP_SEND_MSG_SIZE, HAVE_DECL_UDP_RECV_MAX_COALESCED_SIZE and
dnl HAVE_DECL_UDP_COALESCED_INFO (Windows <ws2ipdef.h>, through
dnl <ws2tcpip.h>), each 0 or 1. Force one off with its cache variable
dnl (ac_cv_have_decl_UDP_SEGMENT=no).
AC_DEFUN([SOCK2_CHECK_BATCH_DECLS], [
  AC_REQUIRE([SOCK2_INCLUDES_SOCKET])
  AS_IF([test "x$sock2_cv_native_windows" != xyes], [
    AC_CHECK_HEADERS([netinet/udp.h], [], [], [$sock2_includes_socket])
    AC_CHECK_DECLS([UDP_SEGMENT, UDP_GRO], [], [], [$sock2_includes_socket
#ifdef HAVE_NETINET_UDP_H
# include <netinet/udp.h>
#endif
])
  ], [
    AC_CHECK_DECLS([UDP_SEND_MSG_SIZE, UDP_RECV_MAX_COALESCED_SIZE,
                    UDP_COALESCED_INFO], [], [], [$sock2_includes_socket])
  ])
])
