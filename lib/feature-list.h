/* SPDX-License-Identifier: MIT */
/*
 * The build's feature table, one line per sock2_feature_t value:
 * XX(ID, "name") for SOCK2_FEATURE_<ID>, named as sock2_feature_name()
 * answers. Whether a build has it is SOCK2_SYS_HAS_<ID>, a constant
 * expression every backend defines in its sysfeatures.h. sock2_has()
 * (lib/version.c) and configure's summary (m4/sock2-summary.m4, which
 * compiles this list against config.h) both read it, so they cannot
 * disagree. A new feature: its value at the end of sock2_feature_t, a line
 * here, SOCK2_SYS_HAS_<ID> in every backend, its value in
 * tests/abi-baseline.txt.
 */
#ifndef SOCK2_FEATURE_LIST_H
#define SOCK2_FEATURE_LIST_H

#define SOCK2_FEATURE_LIST(XX)                                                \
  XX(SOCK_CLOEXEC, "SOCK_CLOEXEC")                                            \
  XX(SOCK_NONBLOCK, "SOCK_NONBLOCK")                                          \
  XX(ACCEPT4, "accept4")                                                      \
  XX(MSG_NOSIGNAL, "MSG_NOSIGNAL")                                            \
  XX(SO_NOSIGPIPE, "SO_NOSIGPIPE")                                            \
  XX(F_DUPFD_CLOEXEC, "F_DUPFD_CLOEXEC")                                      \
  XX(UNIX_SOCKETS, "AF_UNIX")                                                 \
  XX(ABSTRACT_NAMES, "abstract unix names")                                   \
  XX(VSOCK, "AF_VSOCK")                                                       \
  XX(IPV6_SCOPE_ID, "sin6_scope_id")                                          \
  XX(SA_LEN, "sa_len")                                                        \
  XX(IF_NAMETOINDEX, "if_nametoindex")                                        \
  XX(SENDMMSG, "sendmmsg")                                                    \
  XX(RECVMMSG, "recvmmsg")                                                    \
  XX(SO_REUSEPORT, "SO_REUSEPORT")                                            \
  XX(SO_REUSEPORT_LB, "SO_REUSEPORT_LB")                                      \
  XX(TCP_KEEPIDLE, "TCP_KEEPIDLE")                                            \
  XX(TCP_KEEPALIVE, "TCP_KEEPALIVE")                                          \
  XX(TCP_KEEPINTVL, "TCP_KEEPINTVL")                                          \
  XX(TCP_KEEPCNT, "TCP_KEEPCNT")                                              \
  XX(IP_MREQN, "struct ip_mreqn")                                             \
  XX(SENDFILE, "sendfile")                                                    \
  XX(SO_PASSCRED, "SO_PASSCRED")                                              \
  XX(SO_PRIORITY, "SO_PRIORITY")                                              \
  XX(SO_DOMAIN, "SO_DOMAIN")                                                  \
  XX(SO_PROTOCOL, "SO_PROTOCOL")                                              \
  XX(SO_ACCEPTCONN, "SO_ACCEPTCONN")                                          \
  XX(SO_MARK, "SO_MARK")                                                      \
  XX(SO_BINDTODEVICE, "SO_BINDTODEVICE")                                      \
  XX(SO_BINDTOIFINDEX, "SO_BINDTOIFINDEX")                                    \
  XX(IP_BOUND_IF, "IP_BOUND_IF")                                              \
  XX(SO_SETFIB, "SO_SETFIB")                                                  \
  XX(SO_INCOMING_CPU, "SO_INCOMING_CPU")                                      \
  XX(SO_ATTACH_FILTER, "SO_ATTACH_FILTER")                                    \
  XX(SO_COOKIE, "SO_COOKIE")                                                  \
  XX(SO_BUSY_POLL, "SO_BUSY_POLL")                                            \
  XX(SO_LINGER_SEC, "SO_LINGER_SEC")                                          \
  XX(TCP_MAXSEG, "TCP_MAXSEG")                                                \
  XX(TCP_CORK, "TCP_CORK")                                                    \
  XX(TCP_QUICKACK, "TCP_QUICKACK")                                            \
  XX(TCP_THIN_LINEAR_TIMEOUTS, "TCP_THIN_LINEAR_TIMEOUTS")                    \
  XX(TCP_NOTSENT_LOWAT, "TCP_NOTSENT_LOWAT")                                  \
  XX(TCP_USER_TIMEOUT, "TCP_USER_TIMEOUT")                                    \
  XX(TCP_CONGESTION, "TCP_CONGESTION")                                        \
  XX(IP_TRANSPARENT, "IP_TRANSPARENT")                                        \
  XX(IP_FREEBIND, "IP_FREEBIND")                                              \
  XX(IP_MULTICAST_ALL, "IP_MULTICAST_ALL")                                    \
  XX(IP_RECVTOS, "IP_RECVTOS")                                                \
  XX(IP_SSM, "IP_ADD_SOURCE_MEMBERSHIP")                                      \
  XX(IPV6_HDRINCL, "IPV6_HDRINCL")                                            \
  XX(IPV6_TRANSPARENT, "IPV6_TRANSPARENT")                                    \
  XX(IPV6_FREEBIND, "IPV6_FREEBIND")                                          \
  XX(IPV6_MULTICAST_ALL, "IPV6_MULTICAST_ALL")                                \
  XX(IPV6_TCLASS, "IPV6_TCLASS")                                              \
  XX(IPV6_RECVTCLASS, "IPV6_RECVTCLASS")                                      \
  XX(IPV6_RECVHOPLIMIT, "IPV6_RECVHOPLIMIT")                                  \
  XX(MCAST_SOURCE_GROUP, "MCAST_JOIN_SOURCE_GROUP")                           \
  XX(ORIGINAL_DST, "SO_ORIGINAL_DST")                                         \
  XX(DCCP, "SOL_DCCP")                                                        \
  XX(IPV6_MEMBERSHIP, "IPV6_JOIN_GROUP")                                      \
  XX(MCAST_JOIN_GROUP, "MCAST_JOIN_GROUP")                                    \
  XX(EXCLUSIVEADDRUSE, "SO_EXCLUSIVEADDRUSE")                                 \
  XX(UDP_CONNRESET, "SIO_UDP_CONNRESET")                                      \
  XX(WSARECVMSG, "WSARecvMsg")                                                \
  XX(SCM_RIGHTS, "SCM_RIGHTS")                                                \
  XX(MSG_CMSG_CLOEXEC, "MSG_CMSG_CLOEXEC")                                    \
  XX(SCM_CREDENTIALS, "SCM_CREDENTIALS")                                      \
  XX(IP_PKTINFO, "IP_PKTINFO")                                                \
  XX(IPV6_RECVPKTINFO, "IPV6_RECVPKTINFO")                                    \
  XX(IP_RECVTTL, "IP_RECVTTL")                                                \
  XX(SO_TIMESTAMP, "SO_TIMESTAMP")                                            \
  XX(SO_TIMESTAMPNS, "SO_TIMESTAMPNS")                                        \
  XX(IP_RECVERR, "IP_RECVERR")                                                \
  XX(IPV6_RECVERR, "IPV6_RECVERR")                                            \
  XX(IP_MTU_DISCOVER, "IP_MTU_DISCOVER")                                      \
  XX(IPV6_MTU_DISCOVER, "IPV6_MTU_DISCOVER")                                  \
  XX(IP_MTU, "IP_MTU")                                                        \
  XX(IPV6_MTU, "IPV6_MTU")                                                    \
  XX(UDP_SEGMENT, "UDP_SEGMENT")                                              \
  XX(UDP_GRO, "UDP_GRO")                                                      \
  XX(TCP_FASTOPEN, "TCP_FASTOPEN")                                            \
  XX(TCP_FASTOPEN_CONNECT, "TCP_FASTOPEN_CONNECT")                            \
  XX(TCP_FASTOPEN_DATA, "data in the SYN")                                    \
  XX(ZEROCOPY, "MSG_ZEROCOPY")                                                \
  XX(SO_TIMESTAMPING, "SO_TIMESTAMPING")                                      \
  XX(SO_BINTIME, "SO_BINTIME")                                                \
  XX(TCP_INFO, "TCP_INFO")                                                    \
  XX(PEER_CRED, "peer credentials")                                           \
  XX(PEER_PIDFD, "SO_PEERPIDFD")                                              \
  XX(SO_RCVLOWAT, "SO_RCVLOWAT")                                              \
  XX(SO_SNDLOWAT, "SO_SNDLOWAT")                                              \
  XX(TCP_DEFER_ACCEPT, "TCP_DEFER_ACCEPT")                                    \
  XX(ACCEPT_FILTER, "SO_ACCEPTFILTER")                                        \
  XX(BIND_ADDRESS_NO_PORT, "IP_BIND_ADDRESS_NO_PORT")                         \
  XX(LOCAL_PORT_RANGE, "IP_LOCAL_PORT_RANGE")                                 \
  XX(REUSEPORT_CBPF, "SO_ATTACH_REUSEPORT_CBPF")                              \
  XX(INCOMING_NAPI_ID, "SO_INCOMING_NAPI_ID")                                 \
  XX(RECV_ORIG_DST, "IP_RECVORIGDSTADDR")                                     \
  XX(TCP_MD5SIG, "TCP_MD5SIG")                                                \
  XX(TCP_ACK_FREQUENCY, "SIO_TCP_SET_ACK_FREQUENCY")                          \
  XX(MPTCP, "IPPROTO_MPTCP")

#endif /* SOCK2_FEATURE_LIST_H */
