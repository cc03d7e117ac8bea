dnl SPDX-License-Identifier: MIT
dnl serial 2
dnl
dnl SOCK2_CHECK_IO_DECLS
dnl --------------------
dnl Checks the data-transfer calls. Defines HAVE_SENDMMSG, HAVE_RECVMMSG,
dnl HAVE_SYS_SENDFILE_H, HAVE_PTHREAD_H, HAVE_PTHREAD_SIGMASK,
dnl HAVE_SIGTIMEDWAIT, and at most one of the sendfile flavours
dnl HAVE_SENDFILE_LINUX, HAVE_SENDFILE_BSD, HAVE_SENDFILE_APPLE (most
dnl preferred first). Each is a compile/link test and can be forced off
dnl with its cache variable: sock2_cv_sendfile_linux=no,
dnl sock2_cv_sendfile_bsd=no, sock2_cv_sendfile_apple=no (then the
dnl read-and-send fallback is built).
AC_DEFUN([SOCK2_CHECK_IO_DECLS], [
  AC_REQUIRE([SOCK2_INCLUDES_SOCKET])
  AS_IF([test "x$sock2_cv_native_windows" != xyes], [
    AC_CHECK_FUNCS([sendmmsg recvmmsg])
    AC_CHECK_HEADERS([sys/sendfile.h pthread.h])
    AC_SEARCH_LIBS([pthread_sigmask], [pthread],
      [AC_DEFINE([HAVE_PTHREAD_SIGMASK], [1],
                 [Define to 1 if you have the `pthread_sigmask' function.])])
    AC_CHECK_FUNCS([sigtimedwait])

    dnl Linux: ssize_t sendfile(int out_fd, int in_fd, off_t *off, size_t n)
    AC_CACHE_CHECK([for Linux sendfile], [sock2_cv_sendfile_linux], [
      AC_LINK_IFELSE([AC_LANG_PROGRAM([[
#include <sys/types.h>
#include <sys/sendfile.h>
]], [[
  off_t off = 0;
  ssize_t n = sendfile(1, 0, &off, (size_t)1);
  return n == 0;
]])], [sock2_cv_sendfile_linux=yes], [sock2_cv_sendfile_linux=no])
    ])

    dnl FreeBSD, DragonFly: int sendfile(int fd, int s, off_t offset,
    dnl size_t nbytes, struct sf_hdtr *hdtr, off_t *sbytes, int flags).
    dnl sizeof(struct sf_hdtr) keeps a system without the BSD header struct
    dnl from passing by implicit declaration.
    AC_CACHE_CHECK([for BSD sendfile], [sock2_cv_sendfile_bsd], [
      AC_LINK_IFELSE([AC_LANG_PROGRAM([[
#include <sys/types.h>
#include <sys/socket.h>
#include <sys/uio.h>
]], [[
  off_t sent = 0;
  int rc = sendfile(0, 1, (off_t)0, (size_t)1, (struct sf_hdtr *)0, &sent, 0);
  return rc + (int)sizeof(struct sf_hdtr);
]])], [sock2_cv_sendfile_bsd=yes], [sock2_cv_sendfile_bsd=no])
    ])

    dnl macOS: int sendfile(int fd, int s, off_t offset, off_t *len,
    dnl struct sf_hdtr *hdtr, int flags).
    AC_CACHE_CHECK([for Apple sendfile], [sock2_cv_sendfile_apple], [
      AC_LINK_IFELSE([AC_LANG_PROGRAM([[
#include <sys/types.h>
#include <sys/socket.h>
#include <sys/uio.h>
]], [[
  off_t len = 1;
  int rc = sendfile(0, 1, (off_t)0, &len, (struct sf_hdtr *)0, 0);
  return rc + (int)sizeof(struct sf_hdtr);
]])], [sock2_cv_sendfile_apple=yes], [sock2_cv_sendfile_apple=no])
    ])

    AS_IF([test "x$sock2_cv_sendfile_linux" = xyes],
      [AC_DEFINE([HAVE_SENDFILE_LINUX], [1],
                 [Define to 1 for Linux's sendfile(out, in, &off, n).])],
      [test "x$sock2_cv_sendfile_bsd" = xyes],
      [AC_DEFINE([HAVE_SENDFILE_BSD], [1],
                 [Define to 1 for FreeBSD's 7-argument sendfile().])],
      [test "x$sock2_cv_sendfile_apple" = xyes],
      [AC_DEFINE([HAVE_SENDFILE_APPLE], [1],
                 [Define to 1 for macOS's 6-argument sendfile().])])
  ])
])
