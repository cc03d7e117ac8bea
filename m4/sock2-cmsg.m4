dnl SPDX-License-Identifier: MIT
dnl serial 1
dnl
dnl SOCK2_CHECK_CMSG_DECLS
dnl ----------------------
dnl Checks the control-message kinds and the receive options that ask for
dnl them (sock2/cmsg.h). Every result can be forced off with its cache
dnl variable (ac_cv_have_decl_IP_PKTINFO=no, ac_cv_type_struct_ucred=no,
dnl ...): the backend then returns SOCK2_ENOTSUP for the option and the
dnl decoders answer SOCK2_ENOENT. Defines HAVE_DECL_<NAME> as 1 or 0,
dnl HAVE_STRUCT_<NAME> for the message payloads and HAVE_LINUX_ERRQUEUE_H.
AC_DEFUN([SOCK2_CHECK_CMSG_DECLS], [
  AC_REQUIRE([SOCK2_INCLUDES_SOCKET])
  AS_IF([test "x$sock2_cv_native_windows" != xyes], [
    AC_CHECK_HEADERS([linux/errqueue.h net/if_dl.h], [], [],
                     [$sock2_includes_socket])
  ])
  sock2_includes_cmsg="$sock2_includes_socket
#ifdef HAVE_LINUX_ERRQUEUE_H
# include <linux/errqueue.h>
#endif
"
  dnl SCM_RIGHTS is POSIX (always there, so the feature-starved build runs
dnl the FD_CLOEXEC fallback of sock2_recvmsg()).
  AC_CHECK_DECLS([SCM_CREDENTIALS, SCM_CREDS, MSG_CMSG_CLOEXEC,
                  IP_PKTINFO, IPV6_PKTINFO, IPV6_RECVPKTINFO,
                  IP_RECVDSTADDR, IP_RECVIF, IP_SENDSRCADDR, IP_RECVTTL,
                  IPV6_HOPLIMIT, IP_RECVERR, IPV6_RECVERR, SO_EE_OFFENDER,
                  SO_TIMESTAMP, SO_TIMESTAMPNS, SO_TIMESTAMP_NEW,
                  SO_TIMESTAMPNS_NEW, IP_MTU_DISCOVER, IPV6_MTU_DISCOVER,
                  IP_MTU, IPV6_MTU, IP_DONTFRAG, IPV6_DONTFRAG,
                  IP_DONTFRAGMENT, IP_ECN, IPV6_ECN],
                 [], [], [$sock2_includes_cmsg])
  AC_CHECK_TYPES([struct in_pktinfo, struct in6_pktinfo, struct ucred,
                  struct cmsgcred, struct sock_extended_err], [], [],
                 [$sock2_includes_cmsg])
])
