dnl SPDX-License-Identifier: MIT
dnl serial 2
dnl
dnl SOCK2_CHECK_OPTION_DECLS
dnl ------------------------
dnl Checks the socket option constants the backend uses at SOL_SOCKET and
dnl IPPROTO_TCP. Every result is a compile test (AC_CHECK_DECLS, 1 or 0, so
dnl enum members count too) and can be forced off with its cache variable,
dnl e.g. ac_cv_have_decl_SO_MARK=no; the backend then returns SOCK2_ENOTSUP
dnl for that option. Defines HAVE_DECL_<NAME>, HAVE_LINUX_FILTER_H and
dnl HAVE_STRUCT_SOCK_FPROG.
AC_DEFUN([SOCK2_CHECK_OPTION_DECLS], [
  AC_REQUIRE([SOCK2_INCLUDES_SOCKET])
  AC_CHECK_DECLS([TCP_KEEPIDLE, TCP_KEEPALIVE, TCP_KEEPINTVL, TCP_KEEPCNT],
                 [], [], [$sock2_includes_socket])
  dnl SOL_SOCKET options found only on some systems.
  AC_CHECK_DECLS([SO_PASSCRED, SO_PRIORITY, SO_DOMAIN, SO_PROTOCOL,
                  SO_ACCEPTCONN, SO_MARK, SO_BINDTODEVICE, SO_SETFIB,
                  SO_BINDTOIFINDEX, SO_INCOMING_CPU, SO_ATTACH_FILTER,
                  SO_DETACH_FILTER, SO_COOKIE, SO_BUSY_POLL, SO_LINGER_SEC,
                  SO_PEERCRED],
                 [], [], [$sock2_includes_socket])
  dnl Apple's (and Solaris's) bind-to-interface-by-index options.
  AC_CHECK_DECLS([IP_BOUND_IF, IPV6_BOUND_IF], [], [],
                 [$sock2_includes_socket])
  dnl IPPROTO_TCP options found only on some systems.
  AC_CHECK_DECLS([TCP_MAXSEG, TCP_CORK, TCP_QUICKACK,
                  TCP_THIN_LINEAR_TIMEOUTS, TCP_NOTSENT_LOWAT,
                  TCP_USER_TIMEOUT, TCP_CONGESTION],
                 [], [], [$sock2_includes_socket])
  dnl Classic BPF programs for SO_ATTACH_FILTER (Linux).
  AC_CHECK_HEADERS([linux/filter.h])
  AC_CHECK_TYPES([struct sock_fprog], [], [], [$sock2_includes_socket
#ifdef HAVE_LINUX_FILTER_H
# include <linux/filter.h>
#endif
])
])
