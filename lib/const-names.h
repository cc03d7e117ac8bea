/* SPDX-License-Identifier: MIT */
/*
 * The names of constants for sock2/names.h (families, base socket types,
 * protocols, option levels, and the options libsock2 knows), and
 * sock2__sys_const_name() over them: one list that both backends
 * compile against their own OS headers (sys-unix/names.c,
 * sys-win32/names.c include it after those headers). Each entry exists
 * where the headers define the constant; when two names share a value
 * (aliases such as IPV6_JOIN_GROUP and IPV6_ADD_MEMBERSHIP), the first
 * listed wins. The IPPROTO_* values themselves are on every target (an
 * enum on Windows, so they are not tested with #if).
 */
#ifndef SOCK2_CONST_NAMES_H
#define SOCK2_CONST_NAMES_H
typedef struct name {
  int level;
  int value;
  const char *name;
} name_t;

static const name_t domains[] = {
#if defined(AF_UNSPEC)
  {0, AF_UNSPEC, "AF_UNSPEC"},
#endif
#if defined(AF_UNIX)
  {0, AF_UNIX, "AF_UNIX"},
#endif
#if defined(AF_INET)
  {0, AF_INET, "AF_INET"},
#endif
#if defined(AF_INET6)
  {0, AF_INET6, "AF_INET6"},
#endif
#if defined(AF_VSOCK)
  {0, AF_VSOCK, "AF_VSOCK"},
#endif
#if defined(AF_PACKET)
  {0, AF_PACKET, "AF_PACKET"},
#endif
#if defined(AF_NETLINK)
  {0, AF_NETLINK, "AF_NETLINK"},
#endif
#if defined(AF_TIPC)
  {0, AF_TIPC, "AF_TIPC"},
#endif
#if defined(AF_ALG)
  {0, AF_ALG, "AF_ALG"},
#endif
#if defined(AF_CAN)
  {0, AF_CAN, "AF_CAN"},
#endif
#if defined(AF_BLUETOOTH)
  {0, AF_BLUETOOTH, "AF_BLUETOOTH"},
#endif
#if defined(AF_XDP)
  {0, AF_XDP, "AF_XDP"},
#endif
#if defined(AF_LINK)
  {0, AF_LINK, "AF_LINK"},
#endif
#if defined(AF_ROUTE)
  {0, AF_ROUTE, "AF_ROUTE"},
#endif
#if defined(AF_IRDA)
  {0, AF_IRDA, "AF_IRDA"},
#endif
#if defined(AF_APPLETALK)
  {0, AF_APPLETALK, "AF_APPLETALK"},
#endif
#if defined(AF_HYPERV)
  {0, AF_HYPERV, "AF_HYPERV"},
#endif
  {0, 0, NULL}
};

static const name_t types[] = {
#if defined(SOCK_STREAM)
  {0, SOCK_STREAM, "SOCK_STREAM"},
#endif
#if defined(SOCK_DGRAM)
  {0, SOCK_DGRAM, "SOCK_DGRAM"},
#endif
#if defined(SOCK_RAW)
  {0, SOCK_RAW, "SOCK_RAW"},
#endif
#if defined(SOCK_RDM)
  {0, SOCK_RDM, "SOCK_RDM"},
#endif
#if defined(SOCK_SEQPACKET)
  {0, SOCK_SEQPACKET, "SOCK_SEQPACKET"},
#endif
#if defined(SOCK_DCCP)
  {0, SOCK_DCCP, "SOCK_DCCP"},
#endif
#if defined(SOCK_PACKET)
  {0, SOCK_PACKET, "SOCK_PACKET"},
#endif
  {0, 0, NULL}
};

static const name_t protocols[] = {
  {0, IPPROTO_TCP, "IPPROTO_TCP"},
  {0, IPPROTO_UDP, "IPPROTO_UDP"},
  {0, IPPROTO_ICMP, "IPPROTO_ICMP"},
  {0, IPPROTO_ICMPV6, "IPPROTO_ICMPV6"},
  {0, IPPROTO_RAW, "IPPROTO_RAW"},
#if defined(IPPROTO_SCTP)
  {0, IPPROTO_SCTP, "IPPROTO_SCTP"},
#endif
#if defined(IPPROTO_UDPLITE)
  {0, IPPROTO_UDPLITE, "IPPROTO_UDPLITE"},
#endif
#if defined(IPPROTO_DCCP)
  {0, IPPROTO_DCCP, "IPPROTO_DCCP"},
#endif
#if defined(IPPROTO_MPTCP)
  {0, IPPROTO_MPTCP, "IPPROTO_MPTCP"},
#endif
  {0, IPPROTO_IGMP, "IPPROTO_IGMP"},
  {0, IPPROTO_IPV6, "IPPROTO_IPV6"},
#if defined(IPPROTO_GRE)
  {0, IPPROTO_GRE, "IPPROTO_GRE"},
#endif
  {0, IPPROTO_ESP, "IPPROTO_ESP"},
  {0, IPPROTO_AH, "IPPROTO_AH"},
  {0, 0, NULL}
};

static const name_t levels[] = {
#if defined(SOL_SOCKET)
  {0, SOL_SOCKET, "SOL_SOCKET"},
#endif
  {0, IPPROTO_IP, "IPPROTO_IP"},
  {0, IPPROTO_IPV6, "IPPROTO_IPV6"},
  {0, IPPROTO_TCP, "IPPROTO_TCP"},
  {0, IPPROTO_UDP, "IPPROTO_UDP"},
  {0, IPPROTO_ICMPV6, "IPPROTO_ICMPV6"},
#if defined(SOL_DCCP)
  {0, SOL_DCCP, "SOL_DCCP"},
#endif
#if defined(IPPROTO_SCTP)
  {0, IPPROTO_SCTP, "IPPROTO_SCTP"},
#endif
  {0, IPPROTO_RAW, "IPPROTO_RAW"},
#if defined(SOL_PACKET)
  {0, SOL_PACKET, "SOL_PACKET"},
#endif
  {0, 0, NULL}
};

static const name_t options[] = {
#if defined(SOL_SOCKET) && defined(SO_DEBUG)
  {SOL_SOCKET, SO_DEBUG, "SO_DEBUG"},
#endif
#if defined(SOL_SOCKET) && defined(SO_ACCEPTCONN)
  {SOL_SOCKET, SO_ACCEPTCONN, "SO_ACCEPTCONN"},
#endif
#if defined(SOL_SOCKET) && defined(SO_REUSEADDR)
  {SOL_SOCKET, SO_REUSEADDR, "SO_REUSEADDR"},
#endif
#if defined(SOL_SOCKET) && defined(SO_REUSEPORT)
  {SOL_SOCKET, SO_REUSEPORT, "SO_REUSEPORT"},
#endif
#if defined(SOL_SOCKET) && defined(SO_REUSEPORT_LB)
  {SOL_SOCKET, SO_REUSEPORT_LB, "SO_REUSEPORT_LB"},
#endif
#if defined(SOL_SOCKET) && defined(SO_EXCLUSIVEADDRUSE)
  {SOL_SOCKET, SO_EXCLUSIVEADDRUSE, "SO_EXCLUSIVEADDRUSE"},
#endif
#if defined(SOL_SOCKET) && defined(SO_KEEPALIVE)
  {SOL_SOCKET, SO_KEEPALIVE, "SO_KEEPALIVE"},
#endif
#if defined(SOL_SOCKET) && defined(SO_DONTROUTE)
  {SOL_SOCKET, SO_DONTROUTE, "SO_DONTROUTE"},
#endif
#if defined(SOL_SOCKET) && defined(SO_BROADCAST)
  {SOL_SOCKET, SO_BROADCAST, "SO_BROADCAST"},
#endif
#if defined(SOL_SOCKET) && defined(SO_LINGER)
  {SOL_SOCKET, SO_LINGER, "SO_LINGER"},
#endif
#if defined(SOL_SOCKET) && defined(SO_LINGER_SEC)
  {SOL_SOCKET, SO_LINGER_SEC, "SO_LINGER_SEC"},
#endif
#if defined(SOL_SOCKET) && defined(SO_OOBINLINE)
  {SOL_SOCKET, SO_OOBINLINE, "SO_OOBINLINE"},
#endif
#if defined(SOL_SOCKET) && defined(SO_SNDBUF)
  {SOL_SOCKET, SO_SNDBUF, "SO_SNDBUF"},
#endif
#if defined(SOL_SOCKET) && defined(SO_RCVBUF)
  {SOL_SOCKET, SO_RCVBUF, "SO_RCVBUF"},
#endif
#if defined(SOL_SOCKET) && defined(SO_SNDBUFFORCE)
  {SOL_SOCKET, SO_SNDBUFFORCE, "SO_SNDBUFFORCE"},
#endif
#if defined(SOL_SOCKET) && defined(SO_RCVBUFFORCE)
  {SOL_SOCKET, SO_RCVBUFFORCE, "SO_RCVBUFFORCE"},
#endif
#if defined(SOL_SOCKET) && defined(SO_SNDLOWAT)
  {SOL_SOCKET, SO_SNDLOWAT, "SO_SNDLOWAT"},
#endif
#if defined(SOL_SOCKET) && defined(SO_RCVLOWAT)
  {SOL_SOCKET, SO_RCVLOWAT, "SO_RCVLOWAT"},
#endif
#if defined(SOL_SOCKET) && defined(SO_SNDTIMEO)
  {SOL_SOCKET, SO_SNDTIMEO, "SO_SNDTIMEO"},
#endif
#if defined(SOL_SOCKET) && defined(SO_RCVTIMEO)
  {SOL_SOCKET, SO_RCVTIMEO, "SO_RCVTIMEO"},
#endif
#if defined(SOL_SOCKET) && defined(SO_ERROR)
  {SOL_SOCKET, SO_ERROR, "SO_ERROR"},
#endif
#if defined(SOL_SOCKET) && defined(SO_TYPE)
  {SOL_SOCKET, SO_TYPE, "SO_TYPE"},
#endif
#if defined(SOL_SOCKET) && defined(SO_DOMAIN)
  {SOL_SOCKET, SO_DOMAIN, "SO_DOMAIN"},
#endif
#if defined(SOL_SOCKET) && defined(SO_PROTOCOL)
  {SOL_SOCKET, SO_PROTOCOL, "SO_PROTOCOL"},
#endif
#if defined(SOL_SOCKET) && defined(SO_NOSIGPIPE)
  {SOL_SOCKET, SO_NOSIGPIPE, "SO_NOSIGPIPE"},
#endif
#if defined(SOL_SOCKET) && defined(SO_PASSCRED)
  {SOL_SOCKET, SO_PASSCRED, "SO_PASSCRED"},
#endif
#if defined(SOL_SOCKET) && defined(SO_PEERCRED)
  {SOL_SOCKET, SO_PEERCRED, "SO_PEERCRED"},
#endif
#if defined(SOL_SOCKET) && defined(SO_PRIORITY)
  {SOL_SOCKET, SO_PRIORITY, "SO_PRIORITY"},
#endif
#if defined(SOL_SOCKET) && defined(SO_MARK)
  {SOL_SOCKET, SO_MARK, "SO_MARK"},
#endif
#if defined(SOL_SOCKET) && defined(SO_BINDTODEVICE)
  {SOL_SOCKET, SO_BINDTODEVICE, "SO_BINDTODEVICE"},
#endif
#if defined(SOL_SOCKET) && defined(SO_BINDTOIFINDEX)
  {SOL_SOCKET, SO_BINDTOIFINDEX, "SO_BINDTOIFINDEX"},
#endif
#if defined(SOL_SOCKET) && defined(SO_SETFIB)
  {SOL_SOCKET, SO_SETFIB, "SO_SETFIB"},
#endif
#if defined(SOL_SOCKET) && defined(SO_INCOMING_CPU)
  {SOL_SOCKET, SO_INCOMING_CPU, "SO_INCOMING_CPU"},
#endif
#if defined(SOL_SOCKET) && defined(SO_ATTACH_FILTER)
  {SOL_SOCKET, SO_ATTACH_FILTER, "SO_ATTACH_FILTER"},
#endif
#if defined(SOL_SOCKET) && defined(SO_DETACH_FILTER)
  {SOL_SOCKET, SO_DETACH_FILTER, "SO_DETACH_FILTER"},
#endif
#if defined(SOL_SOCKET) && defined(SO_COOKIE)
  {SOL_SOCKET, SO_COOKIE, "SO_COOKIE"},
#endif
#if defined(SOL_SOCKET) && defined(SO_BUSY_POLL)
  {SOL_SOCKET, SO_BUSY_POLL, "SO_BUSY_POLL"},
#endif
#if defined(SOL_SOCKET) && defined(SO_TIMESTAMP)
  {SOL_SOCKET, SO_TIMESTAMP, "SO_TIMESTAMP"},
#endif
#if defined(SOL_SOCKET) && defined(SO_TIMESTAMPNS)
  {SOL_SOCKET, SO_TIMESTAMPNS, "SO_TIMESTAMPNS"},
#endif
#if defined(SOL_SOCKET) && defined(SO_TIMESTAMPING)
  {SOL_SOCKET, SO_TIMESTAMPING, "SO_TIMESTAMPING"},
#endif
#if defined(SOL_SOCKET) && defined(SO_ZEROCOPY)
  {SOL_SOCKET, SO_ZEROCOPY, "SO_ZEROCOPY"},
#endif
#if defined(SOL_SOCKET) && defined(SO_PEEK_OFF)
  {SOL_SOCKET, SO_PEEK_OFF, "SO_PEEK_OFF"},
#endif
#if defined(SOL_SOCKET) && defined(SO_RXQ_OVFL)
  {SOL_SOCKET, SO_RXQ_OVFL, "SO_RXQ_OVFL"},
#endif
#if defined(SOL_SOCKET) && defined(SO_TXTIME)
  {SOL_SOCKET, SO_TXTIME, "SO_TXTIME"},
#endif
#if defined(SOL_SOCKET) && defined(SO_PASSSEC)
  {SOL_SOCKET, SO_PASSSEC, "SO_PASSSEC"},
#endif
#if defined(SOL_SOCKET) && defined(SO_PEERSEC)
  {SOL_SOCKET, SO_PEERSEC, "SO_PEERSEC"},
#endif
#if defined(IP_TOS)
  {IPPROTO_IP, IP_TOS, "IP_TOS"},
#endif
#if defined(IP_TTL)
  {IPPROTO_IP, IP_TTL, "IP_TTL"},
#endif
#if defined(IP_HDRINCL)
  {IPPROTO_IP, IP_HDRINCL, "IP_HDRINCL"},
#endif
#if defined(IP_OPTIONS)
  {IPPROTO_IP, IP_OPTIONS, "IP_OPTIONS"},
#endif
#if defined(IP_RECVTOS)
  {IPPROTO_IP, IP_RECVTOS, "IP_RECVTOS"},
#endif
#if defined(IP_RECVTTL)
  {IPPROTO_IP, IP_RECVTTL, "IP_RECVTTL"},
#endif
#if defined(IP_PKTINFO)
  {IPPROTO_IP, IP_PKTINFO, "IP_PKTINFO"},
#endif
#if defined(IP_RECVERR)
  {IPPROTO_IP, IP_RECVERR, "IP_RECVERR"},
#endif
#if defined(IP_MTU_DISCOVER)
  {IPPROTO_IP, IP_MTU_DISCOVER, "IP_MTU_DISCOVER"},
#endif
#if defined(IP_MTU)
  {IPPROTO_IP, IP_MTU, "IP_MTU"},
#endif
#if defined(IP_FREEBIND)
  {IPPROTO_IP, IP_FREEBIND, "IP_FREEBIND"},
#endif
#if defined(IP_TRANSPARENT)
  {IPPROTO_IP, IP_TRANSPARENT, "IP_TRANSPARENT"},
#endif
#if defined(IP_BOUND_IF)
  {IPPROTO_IP, IP_BOUND_IF, "IP_BOUND_IF"},
#endif
#if defined(IP_MULTICAST_IF)
  {IPPROTO_IP, IP_MULTICAST_IF, "IP_MULTICAST_IF"},
#endif
#if defined(IP_MULTICAST_TTL)
  {IPPROTO_IP, IP_MULTICAST_TTL, "IP_MULTICAST_TTL"},
#endif
#if defined(IP_MULTICAST_LOOP)
  {IPPROTO_IP, IP_MULTICAST_LOOP, "IP_MULTICAST_LOOP"},
#endif
#if defined(IP_MULTICAST_ALL)
  {IPPROTO_IP, IP_MULTICAST_ALL, "IP_MULTICAST_ALL"},
#endif
#if defined(IP_ADD_MEMBERSHIP)
  {IPPROTO_IP, IP_ADD_MEMBERSHIP, "IP_ADD_MEMBERSHIP"},
#endif
#if defined(IP_DROP_MEMBERSHIP)
  {IPPROTO_IP, IP_DROP_MEMBERSHIP, "IP_DROP_MEMBERSHIP"},
#endif
#if defined(IP_ADD_SOURCE_MEMBERSHIP)
  {IPPROTO_IP, IP_ADD_SOURCE_MEMBERSHIP, "IP_ADD_SOURCE_MEMBERSHIP"},
#endif
#if defined(IP_DROP_SOURCE_MEMBERSHIP)
  {IPPROTO_IP, IP_DROP_SOURCE_MEMBERSHIP, "IP_DROP_SOURCE_MEMBERSHIP"},
#endif
#if defined(MCAST_JOIN_GROUP)
  {IPPROTO_IP, MCAST_JOIN_GROUP, "MCAST_JOIN_GROUP"},
#endif
#if defined(MCAST_LEAVE_GROUP)
  {IPPROTO_IP, MCAST_LEAVE_GROUP, "MCAST_LEAVE_GROUP"},
#endif
#if defined(MCAST_JOIN_SOURCE_GROUP)
  {IPPROTO_IP, MCAST_JOIN_SOURCE_GROUP, "MCAST_JOIN_SOURCE_GROUP"},
#endif
#if defined(MCAST_LEAVE_SOURCE_GROUP)
  {IPPROTO_IP, MCAST_LEAVE_SOURCE_GROUP, "MCAST_LEAVE_SOURCE_GROUP"},
#endif
#if defined(IP_RECVORIGDSTADDR)
  {IPPROTO_IP, IP_RECVORIGDSTADDR, "IP_RECVORIGDSTADDR"},
#endif
#if defined(IP_BIND_ADDRESS_NO_PORT)
  {IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, "IP_BIND_ADDRESS_NO_PORT"},
#endif
#if defined(IPV6_V6ONLY)
  {IPPROTO_IPV6, IPV6_V6ONLY, "IPV6_V6ONLY"},
#endif
#if defined(IPV6_UNICAST_HOPS)
  {IPPROTO_IPV6, IPV6_UNICAST_HOPS, "IPV6_UNICAST_HOPS"},
#endif
#if defined(IPV6_MULTICAST_IF)
  {IPPROTO_IPV6, IPV6_MULTICAST_IF, "IPV6_MULTICAST_IF"},
#endif
#if defined(IPV6_MULTICAST_HOPS)
  {IPPROTO_IPV6, IPV6_MULTICAST_HOPS, "IPV6_MULTICAST_HOPS"},
#endif
#if defined(IPV6_MULTICAST_LOOP)
  {IPPROTO_IPV6, IPV6_MULTICAST_LOOP, "IPV6_MULTICAST_LOOP"},
#endif
#if defined(IPV6_ADD_MEMBERSHIP)
  {IPPROTO_IPV6, IPV6_ADD_MEMBERSHIP, "IPV6_ADD_MEMBERSHIP"},
#endif
#if defined(IPV6_DROP_MEMBERSHIP)
  {IPPROTO_IPV6, IPV6_DROP_MEMBERSHIP, "IPV6_DROP_MEMBERSHIP"},
#endif
#if defined(IPV6_JOIN_GROUP)
  {IPPROTO_IPV6, IPV6_JOIN_GROUP, "IPV6_JOIN_GROUP"},
#endif
#if defined(IPV6_LEAVE_GROUP)
  {IPPROTO_IPV6, IPV6_LEAVE_GROUP, "IPV6_LEAVE_GROUP"},
#endif
#if defined(MCAST_JOIN_GROUP)
  {IPPROTO_IPV6, MCAST_JOIN_GROUP, "MCAST_JOIN_GROUP"},
#endif
#if defined(MCAST_LEAVE_GROUP)
  {IPPROTO_IPV6, MCAST_LEAVE_GROUP, "MCAST_LEAVE_GROUP"},
#endif
#if defined(MCAST_JOIN_SOURCE_GROUP)
  {IPPROTO_IPV6, MCAST_JOIN_SOURCE_GROUP, "MCAST_JOIN_SOURCE_GROUP"},
#endif
#if defined(MCAST_LEAVE_SOURCE_GROUP)
  {IPPROTO_IPV6, MCAST_LEAVE_SOURCE_GROUP, "MCAST_LEAVE_SOURCE_GROUP"},
#endif
#if defined(IPV6_MULTICAST_ALL)
  {IPPROTO_IPV6, IPV6_MULTICAST_ALL, "IPV6_MULTICAST_ALL"},
#endif
#if defined(IPV6_TCLASS)
  {IPPROTO_IPV6, IPV6_TCLASS, "IPV6_TCLASS"},
#endif
#if defined(IPV6_RECVTCLASS)
  {IPPROTO_IPV6, IPV6_RECVTCLASS, "IPV6_RECVTCLASS"},
#endif
#if defined(IPV6_RECVHOPLIMIT)
  {IPPROTO_IPV6, IPV6_RECVHOPLIMIT, "IPV6_RECVHOPLIMIT"},
#endif
#if defined(IPV6_HOPLIMIT)
  {IPPROTO_IPV6, IPV6_HOPLIMIT, "IPV6_HOPLIMIT"},
#endif
#if defined(IPV6_RECVPKTINFO)
  {IPPROTO_IPV6, IPV6_RECVPKTINFO, "IPV6_RECVPKTINFO"},
#endif
#if defined(IPV6_PKTINFO)
  {IPPROTO_IPV6, IPV6_PKTINFO, "IPV6_PKTINFO"},
#endif
#if defined(IPV6_RECVERR)
  {IPPROTO_IPV6, IPV6_RECVERR, "IPV6_RECVERR"},
#endif
#if defined(IPV6_MTU_DISCOVER)
  {IPPROTO_IPV6, IPV6_MTU_DISCOVER, "IPV6_MTU_DISCOVER"},
#endif
#if defined(IPV6_MTU)
  {IPPROTO_IPV6, IPV6_MTU, "IPV6_MTU"},
#endif
#if defined(IPV6_DONTFRAG)
  {IPPROTO_IPV6, IPV6_DONTFRAG, "IPV6_DONTFRAG"},
#endif
#if defined(IPV6_RECVPATHMTU)
  {IPPROTO_IPV6, IPV6_RECVPATHMTU, "IPV6_RECVPATHMTU"},
#endif
#if defined(IPV6_HDRINCL)
  {IPPROTO_IPV6, IPV6_HDRINCL, "IPV6_HDRINCL"},
#endif
#if defined(IPV6_TRANSPARENT)
  {IPPROTO_IPV6, IPV6_TRANSPARENT, "IPV6_TRANSPARENT"},
#endif
#if defined(IPV6_FREEBIND)
  {IPPROTO_IPV6, IPV6_FREEBIND, "IPV6_FREEBIND"},
#endif
#if defined(IPV6_BOUND_IF)
  {IPPROTO_IPV6, IPV6_BOUND_IF, "IPV6_BOUND_IF"},
#endif
#if defined(TCP_NODELAY)
  {IPPROTO_TCP, TCP_NODELAY, "TCP_NODELAY"},
#endif
#if defined(TCP_MAXSEG)
  {IPPROTO_TCP, TCP_MAXSEG, "TCP_MAXSEG"},
#endif
#if defined(TCP_CORK)
  {IPPROTO_TCP, TCP_CORK, "TCP_CORK"},
#endif
#if defined(TCP_KEEPIDLE)
  {IPPROTO_TCP, TCP_KEEPIDLE, "TCP_KEEPIDLE"},
#endif
#if defined(TCP_KEEPALIVE)
  {IPPROTO_TCP, TCP_KEEPALIVE, "TCP_KEEPALIVE"},
#endif
#if defined(TCP_KEEPINTVL)
  {IPPROTO_TCP, TCP_KEEPINTVL, "TCP_KEEPINTVL"},
#endif
#if defined(TCP_KEEPCNT)
  {IPPROTO_TCP, TCP_KEEPCNT, "TCP_KEEPCNT"},
#endif
#if defined(TCP_QUICKACK)
  {IPPROTO_TCP, TCP_QUICKACK, "TCP_QUICKACK"},
#endif
#if defined(TCP_THIN_LINEAR_TIMEOUTS)
  {IPPROTO_TCP, TCP_THIN_LINEAR_TIMEOUTS, "TCP_THIN_LINEAR_TIMEOUTS"},
#endif
#if defined(TCP_NOTSENT_LOWAT)
  {IPPROTO_TCP, TCP_NOTSENT_LOWAT, "TCP_NOTSENT_LOWAT"},
#endif
#if defined(TCP_USER_TIMEOUT)
  {IPPROTO_TCP, TCP_USER_TIMEOUT, "TCP_USER_TIMEOUT"},
#endif
#if defined(TCP_CONGESTION)
  {IPPROTO_TCP, TCP_CONGESTION, "TCP_CONGESTION"},
#endif
#if defined(TCP_INFO)
  {IPPROTO_TCP, TCP_INFO, "TCP_INFO"},
#endif
#if defined(TCP_FASTOPEN)
  {IPPROTO_TCP, TCP_FASTOPEN, "TCP_FASTOPEN"},
#endif
#if defined(TCP_FASTOPEN_CONNECT)
  {IPPROTO_TCP, TCP_FASTOPEN_CONNECT, "TCP_FASTOPEN_CONNECT"},
#endif
#if defined(TCP_DEFER_ACCEPT)
  {IPPROTO_TCP, TCP_DEFER_ACCEPT, "TCP_DEFER_ACCEPT"},
#endif
#if defined(TCP_SYNCNT)
  {IPPROTO_TCP, TCP_SYNCNT, "TCP_SYNCNT"},
#endif
#if defined(TCP_LINGER2)
  {IPPROTO_TCP, TCP_LINGER2, "TCP_LINGER2"},
#endif
#if defined(TCP_WINDOW_CLAMP)
  {IPPROTO_TCP, TCP_WINDOW_CLAMP, "TCP_WINDOW_CLAMP"},
#endif
#if defined(TCP_NOPUSH)
  {IPPROTO_TCP, TCP_NOPUSH, "TCP_NOPUSH"},
#endif
#if defined(TCP_ULP)
  {IPPROTO_TCP, TCP_ULP, "TCP_ULP"},
#endif
#if defined(TCP_MD5SIG)
  {IPPROTO_TCP, TCP_MD5SIG, "TCP_MD5SIG"},
#endif
#if defined(UDP_CORK)
  {IPPROTO_UDP, UDP_CORK, "UDP_CORK"},
#endif
#if defined(UDP_SEGMENT)
  {IPPROTO_UDP, UDP_SEGMENT, "UDP_SEGMENT"},
#endif
#if defined(UDP_GRO)
  {IPPROTO_UDP, UDP_GRO, "UDP_GRO"},
#endif
#if defined(UDP_ENCAP)
  {IPPROTO_UDP, UDP_ENCAP, "UDP_ENCAP"},
#endif
#if defined(UDP_NOCHECKSUM)
  {IPPROTO_UDP, UDP_NOCHECKSUM, "UDP_NOCHECKSUM"},
#endif
#if defined(SOL_DCCP) && defined(DCCP_SOCKOPT_SERVICE)
  {SOL_DCCP, DCCP_SOCKOPT_SERVICE, "DCCP_SOCKOPT_SERVICE"},
#endif
#if defined(SOL_DCCP) && defined(DCCP_SOCKOPT_CHANGE_L)
  {SOL_DCCP, DCCP_SOCKOPT_CHANGE_L, "DCCP_SOCKOPT_CHANGE_L"},
#endif
#if defined(SOL_DCCP) && defined(DCCP_SOCKOPT_CHANGE_R)
  {SOL_DCCP, DCCP_SOCKOPT_CHANGE_R, "DCCP_SOCKOPT_CHANGE_R"},
#endif
#if defined(SOL_DCCP) && defined(DCCP_SOCKOPT_GET_CUR_MPS)
  {SOL_DCCP, DCCP_SOCKOPT_GET_CUR_MPS, "DCCP_SOCKOPT_GET_CUR_MPS"},
#endif
#if defined(SOL_DCCP) && defined(DCCP_SOCKOPT_SERVER_TIMEWAIT)
  {SOL_DCCP, DCCP_SOCKOPT_SERVER_TIMEWAIT, "DCCP_SOCKOPT_SERVER_TIMEWAIT"},
#endif
#if defined(SOL_DCCP) && defined(DCCP_SOCKOPT_SEND_CSCOV)
  {SOL_DCCP, DCCP_SOCKOPT_SEND_CSCOV, "DCCP_SOCKOPT_SEND_CSCOV"},
#endif
#if defined(SOL_DCCP) && defined(DCCP_SOCKOPT_RECV_CSCOV)
  {SOL_DCCP, DCCP_SOCKOPT_RECV_CSCOV, "DCCP_SOCKOPT_RECV_CSCOV"},
#endif
#if defined(SOL_DCCP) && defined(DCCP_SOCKOPT_AVAILABLE_CCIDS)
  {SOL_DCCP, DCCP_SOCKOPT_AVAILABLE_CCIDS, "DCCP_SOCKOPT_AVAILABLE_CCIDS"},
#endif
#if defined(SOL_DCCP) && defined(DCCP_SOCKOPT_CCID)
  {SOL_DCCP, DCCP_SOCKOPT_CCID, "DCCP_SOCKOPT_CCID"},
#endif
#if defined(SOL_DCCP) && defined(DCCP_SOCKOPT_TX_CCID)
  {SOL_DCCP, DCCP_SOCKOPT_TX_CCID, "DCCP_SOCKOPT_TX_CCID"},
#endif
#if defined(SOL_DCCP) && defined(DCCP_SOCKOPT_RX_CCID)
  {SOL_DCCP, DCCP_SOCKOPT_RX_CCID, "DCCP_SOCKOPT_RX_CCID"},
#endif
#if defined(SOL_DCCP) && defined(DCCP_SOCKOPT_QPOLICY_ID)
  {SOL_DCCP, DCCP_SOCKOPT_QPOLICY_ID, "DCCP_SOCKOPT_QPOLICY_ID"},
#endif
#if defined(SOL_DCCP) && defined(DCCP_SOCKOPT_QPOLICY_TXQLEN)
  {SOL_DCCP, DCCP_SOCKOPT_QPOLICY_TXQLEN, "DCCP_SOCKOPT_QPOLICY_TXQLEN"},
#endif
  {0, 0, NULL}
};
const char *
sock2__sys_const_name(int kind, int level, int value)
{
  const name_t *t;

  switch (kind) {
  case SOCK2__NAME_DOMAIN:
    t = domains;
    break;
  case SOCK2__NAME_TYPE:
    t = types;
    break;
  case SOCK2__NAME_PROTOCOL:
    t = protocols;
    break;
  case SOCK2__NAME_LEVEL:
    t = levels;
    break;
  default:
    t = options;
    break;
  }
  for (; t->name != NULL; t++)
    if (t->value == value && (kind != SOCK2__NAME_OPTION || t->level == level))
      return t->name;
  return NULL;
}

#endif /* SOCK2_CONST_NAMES_H */
