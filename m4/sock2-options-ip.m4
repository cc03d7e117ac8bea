dnl SPDX-License-Identifier: MIT
dnl serial 1
dnl
dnl SOCK2_CHECK_OPTION_IP_DECLS
dnl ---------------------------
dnl Checks the IPPROTO_IP, IPPROTO_IPV6, multicast and SOL_DCCP options that
dnl only some systems have. Every result can be forced off with its cache
dnl variable (ac_cv_have_decl_IP_FREEBIND=no, ac_cv_type_struct_group_req=no,
dnl ...), and the backend then returns SOCK2_ENOTSUP. Defines
dnl HAVE_DECL_<NAME> as 1 or 0, HAVE_STRUCT_<NAME> for the request types and
dnl HAVE_<HEADER>_H for the Linux headers that hold the rest.
AC_DEFUN([SOCK2_CHECK_OPTION_IP_DECLS], [
  AC_REQUIRE([SOCK2_INCLUDES_SOCKET])
  AS_IF([test "x$sock2_cv_native_windows" != xyes], [
    AC_CHECK_HEADERS([linux/dccp.h linux/netfilter_ipv4.h], [], [],
                     [$sock2_includes_socket])
    AC_CHECK_HEADERS([linux/netfilter_ipv6/ip6_tables.h], [], [],
                     [$sock2_includes_socket
#include <limits.h>
])
  ])
  sock2_includes_option_ip="$sock2_includes_socket
#ifdef HAVE_LINUX_DCCP_H
# include <linux/dccp.h>
#endif
#ifdef HAVE_LINUX_NETFILTER_IPV4_H
# include <linux/netfilter_ipv4.h>
#endif
#ifdef HAVE_LINUX_NETFILTER_IPV6_IP6_TABLES_H
# include <limits.h>
# include <linux/netfilter_ipv6/ip6_tables.h>
#endif
"
  AC_CHECK_DECLS([IP_RECVTOS, IP_TRANSPARENT, IP_FREEBIND,
                  IP_MULTICAST_ALL, IP_ADD_SOURCE_MEMBERSHIP,
                  IPV6_HDRINCL, IPV6_TRANSPARENT, IPV6_FREEBIND,
                  IPV6_MULTICAST_ALL, IPV6_TCLASS, IPV6_RECVTCLASS,
                  IPV6_RECVHOPLIMIT, IPV6_ADD_MEMBERSHIP, IPV6_JOIN_GROUP,
                  MCAST_JOIN_GROUP, MCAST_JOIN_SOURCE_GROUP,
                  SO_ORIGINAL_DST, IP6T_SO_ORIGINAL_DST,
                  SOL_DCCP, DCCP_SOCKOPT_SERVICE],
                 [], [], [$sock2_includes_option_ip])
  AC_CHECK_TYPES([struct ip_mreq_source, struct group_req,
                  struct group_source_req], [], [],
                 [$sock2_includes_socket])
])
