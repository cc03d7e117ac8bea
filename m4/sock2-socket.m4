dnl SPDX-License-Identifier: MIT
dnl serial 1
dnl
dnl Probes for socket creation, addresses and descriptor flags. Every probe
dnl is a compile or link test (never a run test, so cross builds work), and
dnl every result can be forced off by presetting its cache variable on the
dnl configure command line, e.g. ac_cv_have_decl_SOCK_CLOEXEC=no or
dnl ac_cv_func_accept4=no (see doc/portability.md).

dnl SOCK2_INCLUDES_SOCKET
dnl ---------------------
dnl Sets the shell variable sock2_includes_socket to the preamble every
dnl socket probe compiles with: Winsock headers on Windows, the POSIX socket
dnl headers elsewhere (each only if present).
AC_DEFUN([SOCK2_INCLUDES_SOCKET], [
sock2_includes_socket='
#ifdef _WIN32
# ifndef WIN32_LEAN_AND_MEAN
#  define WIN32_LEAN_AND_MEAN
# endif
# include <winsock2.h>
# include <ws2tcpip.h>
# include <mswsock.h>
#else
# include <sys/types.h>
# include <sys/socket.h>
# include <netinet/in.h>
# include <netinet/tcp.h>
# include <arpa/inet.h>
# include <sys/un.h>
# include <fcntl.h>
# include <unistd.h>
# include <net/if.h>
#endif
'
])

dnl SOCK2_CHECK_SOCKET_HEADERS
dnl --------------------------
dnl Checks the optional headers the backends use. Defines HAVE_<HEADER>_H.
AC_DEFUN([SOCK2_CHECK_SOCKET_HEADERS], [
  AC_REQUIRE([SOCK2_INCLUDES_SOCKET])
  AC_CHECK_HEADERS([sys/un.h poll.h net/if.h linux/vm_sockets.h])
  dnl afunix.h needs the Winsock headers before it (ADDRESS_FAMILY).
  AC_CHECK_HEADERS([afunix.h], [], [], [$sock2_includes_socket])
])

dnl SOCK2_CHECK_SOCKET_TYPES
dnl ------------------------
dnl Checks address types and members. Defines HAVE_STRUCT_SOCKADDR_SA_LEN,
dnl HAVE_STRUCT_SOCKADDR_IN6_SIN6_SCOPE_ID, HAVE_STRUCT_IP_MREQN and
dnl HAVE_STRUCT_SOCKADDR_VM.
AC_DEFUN([SOCK2_CHECK_SOCKET_TYPES], [
  AC_REQUIRE([SOCK2_INCLUDES_SOCKET])
  AC_CHECK_MEMBERS([struct sockaddr.sa_len,
                    struct sockaddr_in6.sin6_scope_id], [], [],
                   [$sock2_includes_socket])
  AC_CHECK_TYPES([struct ip_mreqn], [], [], [$sock2_includes_socket])
  AC_CHECK_TYPES([struct sockaddr_vm], [], [], [$sock2_includes_socket
#ifdef HAVE_LINUX_VM_SOCKETS_H
# include <linux/vm_sockets.h>
#endif
])
])

dnl SOCK2_CHECK_SOCKET_DECLS
dnl ------------------------
dnl Checks constants that decide how sockets are created and how SIGPIPE is
dnl avoided. Defines HAVE_DECL_<NAME> as 1 or 0 (test with #if).
AC_DEFUN([SOCK2_CHECK_SOCKET_DECLS], [
  AC_REQUIRE([SOCK2_INCLUDES_SOCKET])
  AC_CHECK_DECLS([SOCK_CLOEXEC, SOCK_NONBLOCK, MSG_NOSIGNAL, SO_NOSIGPIPE,
                  F_DUPFD_CLOEXEC, SO_REUSEPORT, SO_REUSEPORT_LB],
                 [], [], [$sock2_includes_socket])
])

dnl SOCK2_CHECK_SOCKET_FUNCS
dnl ------------------------
dnl Checks functions by linking. Defines HAVE_<FUNC>. On Windows every
dnl Winsock call is present; none of these are probed there.
AC_DEFUN([SOCK2_CHECK_SOCKET_FUNCS], [
  AC_REQUIRE([SOCK2_INCLUDES_SOCKET])
  AS_IF([test "x$sock2_cv_native_windows" != xyes], [
    AC_SEARCH_LIBS([socket], [socket])
    AC_CHECK_FUNCS([accept4 if_nametoindex if_indextoname clock_gettime])
  ])
])
