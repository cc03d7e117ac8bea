dnl SPDX-License-Identifier: MIT
dnl serial 1
dnl
dnl SOCK2_CHECK_IO_DECLS
dnl --------------------
dnl Checks the data-transfer calls. Defines HAVE_SENDMMSG and HAVE_RECVMMSG.
AC_DEFUN([SOCK2_CHECK_IO_DECLS], [
  AC_REQUIRE([SOCK2_INCLUDES_SOCKET])
  AS_IF([test "x$sock2_cv_native_windows" != xyes], [
    AC_CHECK_FUNCS([sendmmsg recvmmsg])
  ])
])
