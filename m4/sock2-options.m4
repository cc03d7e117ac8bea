dnl SPDX-License-Identifier: MIT
dnl serial 1
dnl
dnl SOCK2_CHECK_OPTION_DECLS
dnl ------------------------
dnl Checks socket option constants the backend needs to know about at
dnl configure time (for the summary, for forcing them off, or because a libc
dnl may declare them as enum members). Defines HAVE_DECL_<NAME> as 1 or 0.
AC_DEFUN([SOCK2_CHECK_OPTION_DECLS], [
  AC_REQUIRE([SOCK2_INCLUDES_SOCKET])
  AC_CHECK_DECLS([TCP_KEEPIDLE, TCP_KEEPALIVE, TCP_KEEPINTVL, TCP_KEEPCNT],
                 [], [], [$sock2_includes_socket])
])
