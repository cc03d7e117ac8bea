dnl SPDX-License-Identifier: MIT
dnl serial 3
dnl
dnl SOCK2_CHECK_PLATFORM
dnl --------------------
dnl Decides which backend directory is built by compile-testing _WIN32 (a
dnl native Windows target, MinGW included) rather than trusting the host
dnl triplet. Defines the AM_CONDITIONAL SOCK2_WIN32, adds -lws2_32 to LIBS
dnl and SOCK2_PC_LIBS for Windows, sets sock2_backend for the summary,
dnl AC_SUBSTs SOCK2_SYS_DEFS (the preprocessor definitions the backend is
dnl built with; the summary's feature table uses them too) and WINE (the
dnl runner for cross-built Windows tests, or empty).

AC_DEFUN([SOCK2_CHECK_PLATFORM], [
  AC_CACHE_CHECK([whether the target is native Windows], [sock2_cv_native_windows],
    [AC_COMPILE_IFELSE([AC_LANG_PROGRAM([], [
#ifndef _WIN32
#error not Windows
#endif
      ])], [sock2_cv_native_windows=yes], [sock2_cv_native_windows=no])])
  AM_CONDITIONAL([SOCK2_WIN32], [test "x$sock2_cv_native_windows" = xyes])
  SOCK2_PC_LIBS=
  SOCK2_SYS_DEFS=
  AS_IF([test "x$sock2_cv_native_windows" = xyes], [
    sock2_backend=sys-win32
    dnl _WIN32_WINNT 0x0600: Vista's API (InitOnceExecuteOnce, WSAPoll...).
    dnl __USE_MINGW_ANSI_STDIO: C99 printf (%j, %zu, %lld), as Check needs.
    SOCK2_SYS_DEFS="-D_WIN32_WINNT=0x0600 -DWIN32_LEAN_AND_MEAN"
    SOCK2_SYS_DEFS="$SOCK2_SYS_DEFS -D__USE_MINGW_ANSI_STDIO=1"
    LIBS="$LIBS -lws2_32"
    SOCK2_PC_LIBS="-lws2_32"
    SOCK2_EXEEXT_NOTE=" (tests run under \$LOG_COMPILER)"
  ], [
    sock2_backend=sys-unix
  ])
  AC_SUBST([SOCK2_PC_LIBS])
  AC_SUBST([SOCK2_SYS_DEFS])
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

dnl SOCK2_CHECK_PC_LIBS_PRIVATE
dnl ---------------------------
dnl After every probe: the libraries configure added to LIBS (the words of
dnl LIBS that were not there when configure started: -lpthread, -lsocket,
dnl -lws2_32, ...) become libsock2.pc's Libs.private, which a static link
dnl needs. Nothing the user passed in LIBS, nothing configure did not add.
AC_DEFUN([SOCK2_CHECK_PC_LIBS_PRIVATE], [
  SOCK2_PC_LIBS_PRIVATE=
  for sock2_w in $LIBS; do
    sock2_user=no
    for sock2_u in $sock2_user_LIBS; do
      AS_IF([test "x$sock2_w" = "x$sock2_u"], [sock2_user=yes])
    done
    AS_IF([test $sock2_user = no], [
      SOCK2_PC_LIBS_PRIVATE="$SOCK2_PC_LIBS_PRIVATE $sock2_w"])
  done
  SOCK2_PC_LIBS_PRIVATE=`echo $SOCK2_PC_LIBS_PRIVATE`
  AC_SUBST([SOCK2_PC_LIBS_PRIVATE])
])
