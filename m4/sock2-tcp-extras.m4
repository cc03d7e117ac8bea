dnl SPDX-License-Identifier: MIT
dnl serial 1
dnl
dnl SOCK2_CHECK_TCP_EXTRAS
dnl ----------------------
dnl Checks what TCP Fast Open, zero-copy send and SO_TIMESTAMPING need
dnl (include/sock2/tcp-extras.h). Compile tests only, each forced off by its
dnl cache variable (ac_cv_have_decl_TCP_FASTOPEN=no, ...): the backend then
dnl returns SOCK2_ENOTSUP. Defines HAVE_DECL_<NAME>, HAVE_CONNECTX,
dnl HAVE_LINUX_ERRQUEUE_H and HAVE_LINUX_NET_TSTAMP_H.
AC_DEFUN([SOCK2_CHECK_TCP_EXTRAS], [
  AC_REQUIRE([SOCK2_INCLUDES_SOCKET])
  dnl TCP Fast Open: the server option, Linux's client option and sendto
  dnl flag, and Apple's connectx() with data.
  AC_CHECK_DECLS([TCP_FASTOPEN, TCP_FASTOPEN_CONNECT, MSG_FASTOPEN],
                 [], [], [$sock2_includes_socket])
  AC_CHECK_DECLS([CONNECT_DATA_IDEMPOTENT], [], [], [$sock2_includes_socket])
  AC_CHECK_FUNCS([connectx])
  dnl Zero-copy send and the error queue it reports on.
  AC_CHECK_HEADERS([linux/errqueue.h linux/net_tstamp.h], [], [],
                   [$sock2_includes_socket])
  AC_CHECK_DECLS([SO_ZEROCOPY, MSG_ZEROCOPY, IP_RECVERR, IPV6_RECVERR],
                 [], [], [$sock2_includes_socket])
  dnl Timestamps: Linux's SO_TIMESTAMPING, the BSDs' SO_TIMESTAMP and
  dnl SO_BINTIME.
  AC_CHECK_DECLS([SO_TIMESTAMPING, SO_TIMESTAMP, SO_BINTIME], [], [],
                 [$sock2_includes_socket])
])
