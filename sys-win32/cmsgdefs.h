/* SPDX-License-Identifier: MIT */
/*
 * Control-message arithmetic and constants of the Windows backend for
 * lib/cmsg*.c (WSACMSGHDR and the WSA_CMSG_* macros of <mswsock.h>; the
 * POSIX twin is sys-unix/cmsgdefs.h).
 */
#ifndef SOCK2_CMSGDEFS_H
#define SOCK2_CMSGDEFS_H

#include <winsock2.h>
#include <ws2tcpip.h>
#include <mswsock.h>

typedef WSACMSGHDR sock2__cmsghdr_t;

#define SOCK2__CMSG_HDRLEN ((size_t)WSA_CMSG_LEN(0))
#define SOCK2__CMSG_SPACE(n) ((size_t)WSA_CMSG_SPACE(n))
/* WSA_CMSG_NXTHDR: the next header is WSA_CMSGHDR_ALIGN(cmsg_len) on. */
#define SOCK2__CMSG_NEXT(len) ((size_t)WSA_CMSGHDR_ALIGN(len))
#define SOCK2__CMSG_LEN_MAX SIZE_MAX /* SIZE_T cmsg_len */
#define SOCK2__MSG_CONTROL(m) ((const void *)(m)->Control.buf)

/* The payload structures configure found, as 0/1 for #if and C. */
#ifdef HAVE_STRUCT_IN_PKTINFO
# define SOCK2__CM_HAVE_IN_PKTINFO 1
#else
# define SOCK2__CM_HAVE_IN_PKTINFO 0
#endif
#ifdef HAVE_STRUCT_IN6_PKTINFO
# define SOCK2__CM_HAVE_IN6_PKTINFO 1
#else
# define SOCK2__CM_HAVE_IN6_PKTINFO 0
#endif
#ifdef HAVE_STRUCT_UCRED
# define SOCK2__CM_HAVE_UCRED 1
#else
# define SOCK2__CM_HAVE_UCRED 0
#endif
#ifdef HAVE_STRUCT_CMSGCRED
# define SOCK2__CM_HAVE_CMSGCRED 1
#else
# define SOCK2__CM_HAVE_CMSGCRED 0
#endif
#ifdef HAVE_STRUCT_SOCK_EXTENDED_ERR
# define SOCK2__CM_HAVE_EXTERR 1
#else
# define SOCK2__CM_HAVE_EXTERR 0
#endif

/*
 * Message types, levels and receive options (see sys-unix/cmsgdefs.h):
 * Winsock has packet information, TTL / hop limit and ECN messages; no
 * descriptors, credentials, timestamps or error queue.
 */
#define SOCK2__CM_LEVEL_SOCKET SOL_SOCKET
#define SOCK2__CM_SCM_RIGHTS (-1)
#define SOCK2__CM_SCM_PIDFD (-1)
#define SOCK2__CM_MSG_CMSG_CLOEXEC 0
/* A received TTL comes as IP_TTL or, with IP_RECVTTL, IP_HOPLIMIT. */
#ifdef IP_HOPLIMIT
# define SOCK2__CM_TTL_BSD IP_HOPLIMIT
#else
# define SOCK2__CM_TTL_BSD (-1)
#endif
#define SOCK2__CM_TOS_BSD (-1)
#define SOCK2__CM_IP_TTL IP_TTL
#ifdef IP_TOS
# define SOCK2__CM_IP_TOS IP_TOS
#else
# define SOCK2__CM_IP_TOS (-1)
#endif
#ifdef IPV6_TCLASS
# define SOCK2__CM_IPV6_TCLASS IPV6_TCLASS
#else
# define SOCK2__CM_IPV6_TCLASS (-1)
#endif
#if HAVE_DECL_IPV6_HOPLIMIT
# define SOCK2__CM_IPV6_HOPLIMIT IPV6_HOPLIMIT
#else
# define SOCK2__CM_IPV6_HOPLIMIT (-1)
#endif
#if HAVE_DECL_IP_ECN
# define SOCK2__CM_IP_ECN IP_ECN
#else
# define SOCK2__CM_IP_ECN (-1)
#endif
#if HAVE_DECL_IPV6_ECN
# define SOCK2__CM_IPV6_ECN IPV6_ECN
#else
# define SOCK2__CM_IPV6_ECN (-1)
#endif

/* Receive options. */
#if HAVE_DECL_IP_RECVTTL
# define SOCK2__CM_OPT_IP_RECVTTL IP_RECVTTL
#else
# define SOCK2__CM_OPT_IP_RECVTTL (-1)
#endif
/* Windows asks for IPv6 packet information with IPV6_PKTINFO itself. */
#if HAVE_DECL_IPV6_PKTINFO
# define SOCK2__CM_OPT_IPV6_RECVPKTINFO IPV6_PKTINFO
#else
# define SOCK2__CM_OPT_IPV6_RECVPKTINFO (-1)
#endif
#define SOCK2__CM_OPT_IP_RECVERR (-1)
#define SOCK2__CM_OPT_IPV6_RECVERR (-1)
#define SOCK2__CM_OPT_SO_TIMESTAMP (-1)
#define SOCK2__CM_OPT_SO_TIMESTAMPNS (-1)
#if HAVE_DECL_IP_MTU
# define SOCK2__CM_OPT_IP_MTU IP_MTU
#else
# define SOCK2__CM_OPT_IP_MTU (-1)
#endif
#if HAVE_DECL_IPV6_MTU
# define SOCK2__CM_OPT_IPV6_MTU IPV6_MTU
#else
# define SOCK2__CM_OPT_IPV6_MTU (-1)
#endif

/* No original-destination messages (IP_ORIGDSTADDR) in Winsock. */
#define SOCK2__CM_IP_ORIGDSTADDR (-1)
#define SOCK2__CM_IPV6_ORIGDSTADDR (-1)

#endif /* SOCK2_CMSGDEFS_H */
