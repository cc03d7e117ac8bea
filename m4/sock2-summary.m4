dnl SPDX-License-Identifier: MIT
dnl serial 1
dnl
dnl SOCK2_SUMMARY
dnl -------------
dnl Prints what configure found, one probe a line, after AC_OUTPUT.

AC_DEFUN([SOCK2_SUMMARY_ITEM], [
  AS_IF([test "x$2" = xyes || test "x$2" = x1], [sock2_s=yes], [sock2_s=no])
  printf '    %-34s %s\n' "$1" "$sock2_s"
])

AC_DEFUN([SOCK2_SUMMARY], [
  echo
  echo "libsock2 $PACKAGE_VERSION configured for $host"
  echo
  echo "  Backend:            $sock2_backend"
  echo "  Compiler:           $CC $CFLAGS"
  echo "  Warning flags:      $SOCK2_CFLAGS"
  echo "  Shared / static:    $enable_shared / $enable_static"
  echo "  Tests (Check):      $sock2_have_check"
  echo "  Install prefix:     $prefix"
  echo
  echo "  Probes (yes = the fast or native path is used):"
  SOCK2_SUMMARY_ITEM([SOCK_CLOEXEC], [$ac_cv_have_decl_SOCK_CLOEXEC])
  SOCK2_SUMMARY_ITEM([SOCK_NONBLOCK], [$ac_cv_have_decl_SOCK_NONBLOCK])
  SOCK2_SUMMARY_ITEM([accept4()], [$ac_cv_func_accept4])
  SOCK2_SUMMARY_ITEM([MSG_NOSIGNAL], [$ac_cv_have_decl_MSG_NOSIGNAL])
  SOCK2_SUMMARY_ITEM([SO_NOSIGPIPE], [$ac_cv_have_decl_SO_NOSIGPIPE])
  SOCK2_SUMMARY_ITEM([F_DUPFD_CLOEXEC], [$ac_cv_have_decl_F_DUPFD_CLOEXEC])
  SOCK2_SUMMARY_ITEM([SO_REUSEPORT], [$ac_cv_have_decl_SO_REUSEPORT])
  SOCK2_SUMMARY_ITEM([SO_REUSEPORT_LB], [$ac_cv_have_decl_SO_REUSEPORT_LB])
  SOCK2_SUMMARY_ITEM([TCP_KEEPIDLE], [$ac_cv_have_decl_TCP_KEEPIDLE])
  SOCK2_SUMMARY_ITEM([TCP_KEEPALIVE], [$ac_cv_have_decl_TCP_KEEPALIVE])
  SOCK2_SUMMARY_ITEM([TCP_KEEPINTVL], [$ac_cv_have_decl_TCP_KEEPINTVL])
  SOCK2_SUMMARY_ITEM([TCP_KEEPCNT], [$ac_cv_have_decl_TCP_KEEPCNT])
  SOCK2_SUMMARY_ITEM([SO_MARK / SO_PRIORITY],
                     [$ac_cv_have_decl_SO_MARK])
  SOCK2_SUMMARY_ITEM([SO_BINDTODEVICE], [$ac_cv_have_decl_SO_BINDTODEVICE])
  SOCK2_SUMMARY_ITEM([SO_BINDTOIFINDEX], [$ac_cv_have_decl_SO_BINDTOIFINDEX])
  SOCK2_SUMMARY_ITEM([IP_BOUND_IF (Apple)], [$ac_cv_have_decl_IP_BOUND_IF])
  SOCK2_SUMMARY_ITEM([SO_ATTACH_FILTER (classic BPF)],
                     [$ac_cv_have_decl_SO_ATTACH_FILTER])
  SOCK2_SUMMARY_ITEM([SO_LINGER_SEC (Apple)], [$ac_cv_have_decl_SO_LINGER_SEC])
  SOCK2_SUMMARY_ITEM([SO_SETFIB (FreeBSD)], [$ac_cv_have_decl_SO_SETFIB])
  SOCK2_SUMMARY_ITEM([TCP_USER_TIMEOUT], [$ac_cv_have_decl_TCP_USER_TIMEOUT])
  SOCK2_SUMMARY_ITEM([TCP_CONGESTION], [$ac_cv_have_decl_TCP_CONGESTION])
  SOCK2_SUMMARY_ITEM([struct sockaddr.sa_len],
                     [$ac_cv_member_struct_sockaddr_sa_len])
  SOCK2_SUMMARY_ITEM([sockaddr_in6.sin6_scope_id],
                     [$ac_cv_member_struct_sockaddr_in6_sin6_scope_id])
  SOCK2_SUMMARY_ITEM([struct ip_mreqn], [$ac_cv_type_struct_ip_mreqn])
  SOCK2_SUMMARY_ITEM([IP_TRANSPARENT / IP_FREEBIND],
                     [$ac_cv_have_decl_IP_FREEBIND])
  SOCK2_SUMMARY_ITEM([IP_ADD_SOURCE_MEMBERSHIP (SSM)],
                     [$ac_cv_type_struct_ip_mreq_source])
  SOCK2_SUMMARY_ITEM([MCAST_JOIN_GROUP], [$ac_cv_type_struct_group_req])
  SOCK2_SUMMARY_ITEM([MCAST_JOIN_SOURCE_GROUP],
                     [$ac_cv_type_struct_group_source_req])
  SOCK2_SUMMARY_ITEM([IPV6_ADD_MEMBERSHIP],
                     [$ac_cv_have_decl_IPV6_ADD_MEMBERSHIP])
  SOCK2_SUMMARY_ITEM([IPV6_TCLASS], [$ac_cv_have_decl_IPV6_TCLASS])
  SOCK2_SUMMARY_ITEM([SO_ORIGINAL_DST], [$ac_cv_have_decl_SO_ORIGINAL_DST])
  SOCK2_SUMMARY_ITEM([SOL_DCCP], [$ac_cv_have_decl_DCCP_SOCKOPT_SERVICE])
  SOCK2_SUMMARY_ITEM([struct sockaddr_vm (vsock)],
                     [$ac_cv_type_struct_sockaddr_vm])
  SOCK2_SUMMARY_ITEM([sendmmsg()], [$ac_cv_func_sendmmsg])
  SOCK2_SUMMARY_ITEM([recvmmsg()], [$ac_cv_func_recvmmsg])
  SOCK2_SUMMARY_ITEM([sendfile() (Linux)], [$sock2_cv_sendfile_linux])
  SOCK2_SUMMARY_ITEM([sendfile() (BSD)], [$sock2_cv_sendfile_bsd])
  SOCK2_SUMMARY_ITEM([sendfile() (Apple)], [$sock2_cv_sendfile_apple])
  SOCK2_SUMMARY_ITEM([if_nametoindex()], [$ac_cv_func_if_nametoindex])
  SOCK2_SUMMARY_ITEM([if_indextoname()], [$ac_cv_func_if_indextoname])
  m4_ifdef([SOCK2_SUMMARY_EXTRA], [SOCK2_SUMMARY_EXTRA])
  echo
])
