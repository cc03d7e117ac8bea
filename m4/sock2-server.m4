dnl SPDX-License-Identifier: MIT
dnl serial 1
dnl
dnl SOCK2_CHECK_SERVER_DECLS
dnl ------------------------
dnl Checks what the connection-insight and server-option backends use:
dnl TCP_INFO and its per-OS structs, peer credentials, and the options
dnl servers reach for (sys-*/sysdefs-server.h, sys-*/tcpinfo.c). Compile
dnl and link tests only; each result can be forced off with its cache
dnl variable (ac_cv_have_decl_TCP_INFO=no), and the backend then returns
dnl SOCK2_ENOTSUP. Constants the installed headers may lack although the
dnl running kernel has them (SO_PEERPIDFD, IP_LOCAL_PORT_RANGE) are
dnl defined by the backend, not assumed absent.
AC_DEFUN([SOCK2_CHECK_SERVER_DECLS], [
  AC_REQUIRE([SOCK2_INCLUDES_SOCKET])
  sock2_includes_server="$sock2_includes_socket
#ifdef _WIN32
# include <mstcpip.h>
#else
# include <netinet/ip.h>
#endif
"
  dnl TCP_INFO (Linux, FreeBSD), TCP_CONNECTION_INFO (Apple).
  AC_CHECK_DECLS([TCP_INFO, TCP_CONNECTION_INFO], [], [],
                 [$sock2_includes_server])
  AC_CHECK_MEMBERS([struct tcp_info.tcpi_snd_rexmitpack,
                    struct tcp_info.tcpi_rcv_space],
                   [], [], [$sock2_includes_server])
  dnl Peer credentials.
  AC_CHECK_DECLS([LOCAL_PEERCRED, LOCAL_PEERPID, SO_PEERPIDFD], [], [],
                 [$sock2_includes_server
#ifndef _WIN32
# include <sys/ucred.h>
#endif
])
  AC_CHECK_HEADERS([sys/ucred.h])
  AC_CHECK_TYPES([struct ucred, struct sockpeercred, struct xucred], [], [],
                 [$sock2_includes_server
#ifdef HAVE_SYS_UCRED_H
# include <sys/ucred.h>
#endif
])
  AC_CHECK_FUNCS([getpeereid])
  dnl Server options.
  AC_CHECK_DECLS([SO_RCVLOWAT, SO_SNDLOWAT, TCP_DEFER_ACCEPT, SO_ACCEPTFILTER,
                  IP_BIND_ADDRESS_NO_PORT, IP_LOCAL_PORT_RANGE,
                  SO_ATTACH_REUSEPORT_CBPF, SO_DETACH_REUSEPORT_BPF,
                  SO_INCOMING_NAPI_ID, IP_RECVORIGDSTADDR,
                  IPV6_RECVORIGDSTADDR, TCP_MD5SIG, IPPROTO_MPTCP],
                 [], [], [$sock2_includes_server])
  AC_CHECK_TYPES([struct tcp_md5sig, struct accept_filter_arg], [], [],
                 [$sock2_includes_server])
  dnl Winsock's ioctls (mstcpip.h; afunix.h for the peer's process id).
  AC_CHECK_DECLS([SIO_TCP_INFO, SIO_TCP_SET_ACK_FREQUENCY], [], [],
                 [$sock2_includes_server])
  AC_CHECK_DECLS([SIO_AF_UNIX_GETPEERPID], [], [],
                 [$sock2_includes_server
#ifdef _WIN32
# include <afunix.h>
#endif
])
])
