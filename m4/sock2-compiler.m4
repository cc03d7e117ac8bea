dnl SPDX-License-Identifier: MIT
dnl serial 1
dnl
dnl SOCK2_CHECK_COMPILER_FLAGS
dnl --------------------------
dnl Verifies which warning and visibility flags the C compiler accepts and
dnl collects them. Defines (AC_SUBST) SOCK2_CFLAGS (warnings, always safe to
dnl use) and SOCK2_VISIBILITY_CFLAGS (-fvisibility=hidden where it works,
dnl and -fno-plt: the library's calls into the C library go through the
dnl GOT directly, one jump fewer per system call than through the PLT).
dnl --enable-werror adds -Werror to SOCK2_CFLAGS.

AC_DEFUN([SOCK2_TRY_CFLAG], [
  AS_VAR_PUSHDEF([sock2_var], [sock2_cv_cflag_$1])
  AC_CACHE_CHECK([whether $CC accepts $1], [sock2_var], [
    sock2_save_CFLAGS=$CFLAGS
    dnl -Werror makes gcc and clang reject unknown -W flags instead of
    dnl warning about them.
    CFLAGS="$CFLAGS -Werror $1"
    AC_COMPILE_IFELSE([AC_LANG_PROGRAM([], [return 0;])],
      [AS_VAR_SET([sock2_var], [yes])], [AS_VAR_SET([sock2_var], [no])])
    CFLAGS=$sock2_save_CFLAGS])
  AS_VAR_IF([sock2_var], [yes], [$2="$$2 $1"])
  AS_VAR_POPDEF([sock2_var])
])

AC_DEFUN([SOCK2_CHECK_COMPILER_FLAGS], [
  SOCK2_CFLAGS=
  for flag in -Wall -Wextra -Wstrict-prototypes -Wmissing-prototypes \
              -Wshadow -Wpointer-arith -Wcast-align -Wwrite-strings \
              -Wundef -Wvla -Wformat=2 -Wno-unused-parameter; do
    SOCK2_TRY_CFLAG([$flag], [SOCK2_CFLAGS])
  done
  SOCK2_VISIBILITY_CFLAGS=
  SOCK2_TRY_CFLAG([-fvisibility=hidden], [SOCK2_VISIBILITY_CFLAGS])
  SOCK2_TRY_CFLAG([-fno-plt], [SOCK2_VISIBILITY_CFLAGS])
  AC_ARG_ENABLE([werror],
    [AS_HELP_STRING([--enable-werror], [treat compiler warnings as errors])],
    [], [enable_werror=no])
  AS_IF([test "x$enable_werror" = xyes],
    [SOCK2_CFLAGS="$SOCK2_CFLAGS -Werror"])
  AC_SUBST([SOCK2_CFLAGS])
  AC_SUBST([SOCK2_VISIBILITY_CFLAGS])
])
