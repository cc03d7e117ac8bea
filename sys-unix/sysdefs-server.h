/* SPDX-License-Identifier: MIT */
/*
 * Constants for the connection-insight and server-option code (lib/
 * tcpinfo.c, lib/opt-server.c) and their SOCK2_SYS_HAS_* answers, as
 * SOCK2__* macros with a -1 sentinel where this build lacks them (lib/
 * then returns SOCK2_ENOTSUP). Included by sysfeatures.h and by those two
 * lib/ files; tested against configure's probes, never the raw macros,
 * so the feature-starved build runs the ENOTSUP paths.
 */
#ifndef SOCK2_SYSDEFS_SERVER_H
#define SOCK2_SYSDEFS_SERVER_H

#include <netinet/in.h>
#include <netinet/tcp.h>

#if HAVE_DECL_SO_RCVLOWAT
# define SOCK2__SO_RCVLOWAT SO_RCVLOWAT
#else
# define SOCK2__SO_RCVLOWAT (-1)
#endif
#if HAVE_DECL_SO_SNDLOWAT
# define SOCK2__SO_SNDLOWAT SO_SNDLOWAT
#else
# define SOCK2__SO_SNDLOWAT (-1)
#endif
#if HAVE_DECL_SO_INCOMING_NAPI_ID
# define SOCK2__SO_INCOMING_NAPI_ID SO_INCOMING_NAPI_ID
#else
# define SOCK2__SO_INCOMING_NAPI_ID (-1)
#endif
#if HAVE_DECL_SO_DETACH_REUSEPORT_BPF
# define SOCK2__SO_DETACH_REUSEPORT_BPF SO_DETACH_REUSEPORT_BPF
#else
# define SOCK2__SO_DETACH_REUSEPORT_BPF (-1)
#endif
#if HAVE_DECL_TCP_DEFER_ACCEPT
# define SOCK2__TCP_DEFER_ACCEPT TCP_DEFER_ACCEPT
#else
# define SOCK2__TCP_DEFER_ACCEPT (-1)
#endif
#if HAVE_DECL_IP_BIND_ADDRESS_NO_PORT
# define SOCK2__IP_BIND_ADDRESS_NO_PORT IP_BIND_ADDRESS_NO_PORT
#else
# define SOCK2__IP_BIND_ADDRESS_NO_PORT (-1)
#endif
/*
 * IP_LOCAL_PORT_RANGE is 51 on Linux 6.3 and later; Debian 12's 6.1
 * headers lack it although the kernel has it. IP_BIND_ADDRESS_NO_PORT
 * (Linux 4.2) tells a Linux IPPROTO_IP option space, where 51 is free on
 * older kernels (they answer ENOPROTOOPT, passed on as documented).
 */
#if HAVE_DECL_IP_LOCAL_PORT_RANGE
# define SOCK2__IP_LOCAL_PORT_RANGE IP_LOCAL_PORT_RANGE
#elif HAVE_DECL_IP_BIND_ADDRESS_NO_PORT
# define SOCK2__IP_LOCAL_PORT_RANGE 51
#else
# define SOCK2__IP_LOCAL_PORT_RANGE (-1)
#endif
#if HAVE_DECL_IP_RECVORIGDSTADDR
# define SOCK2__IP_RECVORIGDSTADDR IP_RECVORIGDSTADDR
#else
# define SOCK2__IP_RECVORIGDSTADDR (-1)
#endif
#if HAVE_DECL_IPV6_RECVORIGDSTADDR
# define SOCK2__IPV6_RECVORIGDSTADDR IPV6_RECVORIGDSTADDR
#elif HAVE_DECL_IP_RECVORIGDSTADDR && defined(__linux__)
/* Linux headers with the IPv4 option but not this one: its number. */
# define SOCK2__IPV6_RECVORIGDSTADDR 74
#else
# define SOCK2__IPV6_RECVORIGDSTADDR (-1)
#endif
#if HAVE_DECL_IPPROTO_MPTCP
# define SOCK2__IPPROTO_MPTCP IPPROTO_MPTCP
#else
# define SOCK2__IPPROTO_MPTCP (-1)
#endif

/*
 * SO_PEERPIDFD is 77 on Linux 6.5 and later, missing from older headers.
 * SO_PEERCRED with struct ucred is how Linux (and only Linux among the
 * systems with struct ucred but no SO_PEERPIDFD) names the option space
 * where 77 is SO_PEERPIDFD; __linux__ keeps Cygwin, which has struct
 * ucred too, out.
 */
#if HAVE_DECL_SO_PEERPIDFD
# define SOCK2__SO_PEERPIDFD SO_PEERPIDFD
#elif HAVE_DECL_SO_PEERCRED && defined(HAVE_STRUCT_UCRED) && defined(__linux__)
# define SOCK2__SO_PEERPIDFD 77
#else
# define SOCK2__SO_PEERPIDFD (-1)
#endif

/* TCP_INFO: Linux's and FreeBSD's struct tcp_info, Apple's variant. */
#if HAVE_DECL_TCP_INFO || HAVE_DECL_TCP_CONNECTION_INFO
# define SOCK2__HAVE_TCP_INFO 1
#else
# define SOCK2__HAVE_TCP_INFO 0
#endif
#if HAVE_DECL_SO_PEERCRED && defined(HAVE_STRUCT_UCRED)
# define SOCK2__HAVE_PEER_CRED 1
#elif HAVE_DECL_SO_PEERCRED && defined(HAVE_STRUCT_SOCKPEERCRED)
# define SOCK2__HAVE_PEER_CRED 1
#elif HAVE_DECL_LOCAL_PEERCRED && defined(HAVE_STRUCT_XUCRED)
# define SOCK2__HAVE_PEER_CRED 1
#elif defined(HAVE_GETPEEREID)
# define SOCK2__HAVE_PEER_CRED 1
#else
# define SOCK2__HAVE_PEER_CRED 0
#endif
#if HAVE_DECL_SO_ACCEPTFILTER && defined(HAVE_STRUCT_ACCEPT_FILTER_ARG)
# define SOCK2__HAVE_ACCEPT_FILTER 1
#else
# define SOCK2__HAVE_ACCEPT_FILTER 0
#endif
/* Linux 4.5+; its program goes through the SO_ATTACH_FILTER code. */
#if HAVE_DECL_SO_ATTACH_REUSEPORT_CBPF && HAVE_DECL_SO_ATTACH_FILTER
# define SOCK2__HAVE_REUSEPORT_CBPF 1
#else
# define SOCK2__HAVE_REUSEPORT_CBPF 0
#endif
#if HAVE_DECL_TCP_MD5SIG && defined(HAVE_STRUCT_TCP_MD5SIG)
# define SOCK2__HAVE_TCP_MD5SIG 1
#else
# define SOCK2__HAVE_TCP_MD5SIG 0
#endif

#define SOCK2_SYS_HAS_TCP_INFO SOCK2__HAVE_TCP_INFO
#define SOCK2_SYS_HAS_PEER_CRED SOCK2__HAVE_PEER_CRED
#define SOCK2_SYS_HAS_PEER_PIDFD (SOCK2__SO_PEERPIDFD >= 0)
#define SOCK2_SYS_HAS_SO_RCVLOWAT (SOCK2__SO_RCVLOWAT >= 0)
#define SOCK2_SYS_HAS_SO_SNDLOWAT (SOCK2__SO_SNDLOWAT >= 0)
#define SOCK2_SYS_HAS_TCP_DEFER_ACCEPT (SOCK2__TCP_DEFER_ACCEPT >= 0)
#define SOCK2_SYS_HAS_ACCEPT_FILTER SOCK2__HAVE_ACCEPT_FILTER
#define SOCK2_SYS_HAS_BIND_ADDRESS_NO_PORT \
  (SOCK2__IP_BIND_ADDRESS_NO_PORT >= 0)
#define SOCK2_SYS_HAS_LOCAL_PORT_RANGE (SOCK2__IP_LOCAL_PORT_RANGE >= 0)
#define SOCK2_SYS_HAS_REUSEPORT_CBPF SOCK2__HAVE_REUSEPORT_CBPF
#define SOCK2_SYS_HAS_INCOMING_NAPI_ID (SOCK2__SO_INCOMING_NAPI_ID >= 0)
#define SOCK2_SYS_HAS_RECV_ORIG_DST (SOCK2__IP_RECVORIGDSTADDR >= 0)
#define SOCK2_SYS_HAS_TCP_MD5SIG SOCK2__HAVE_TCP_MD5SIG
#define SOCK2_SYS_HAS_TCP_ACK_FREQUENCY 0 /* a Windows feature */
#define SOCK2_SYS_HAS_MPTCP (SOCK2__IPPROTO_MPTCP >= 0)

#endif /* SOCK2_SYSDEFS_SERVER_H */
