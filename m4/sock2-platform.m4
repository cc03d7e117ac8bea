dnl SPDX-License-Identifier: MIT
dnl serial 2
dnl
dnl SOCK2_CHECK_PLATFORM
dnl --------------------
dnl Decides which backend directory is built by compile-testing _WIN32 (a
dnl native Windows target, MinGW included) rather than trusting the host
dnl triplet. Defines the AM_CONDITIONAL SOCK2_WIN32, adds -lws2_32 to LIBS
dnl and SOCK2_PC_LIBS for Windows, sets sock2_backend for the summary, and
dnl AC_SUBSTs WINE (the runner for cross-built Windows tests, or empty).

AC_DEFUN([SOCK2_CHECK_PLATFORM], [
  AC_CACHE_CHECK([whether the target is native Windows], [sock2_cv_native_windows],
    [AC_COMPILE_IFELSE([AC_LANG_PROGRAM([], [
#ifndef _WIN32
#error not Windows
#endif
      ])], [sock2_cv_native_windows=yes], [sock2_cv_native_windows=no])])
  AM_CONDITIONAL([SOCK2_WIN32], [test "x$sock2_cv_native_windows" = xyes])
  SOCK2_PC_LIBS=
  AS_IF([test "x$sock2_cv_native_windows" = xyes], [
    sock2_backend=sys-win32
    LIBS="$LIBS -lws2_32"
    SOCK2_PC_LIBS="-lws2_32"
    SOCK2_EXEEXT_NOTE=" (tests run under \$LOG_COMPILER)"
  ], [
    sock2_backend=sys-unix
  ])
  AC_SUBST([SOCK2_PC_LIBS])
  dnl Windows test programs built on another system run under Wine: WINE
  dnl is the program `make check' puts in front of them (LOG_COMPILER).
  dnl Empty on a native Windows build, where they run as they are.
  WINE=
  AS_IF([test "x$sock2_cv_native_windows" = xyes &&
         test "x$cross_compiling" = xyes], [
    AC_PATH_PROGS([WINE], [wine wine64 wine-stable], [])
    AS_IF([test "x$WINE" = x],
      [AC_MSG_WARN([no wine found: make check cannot run the Windows tests])])
  ])
  AC_SUBST([WINE])
])
