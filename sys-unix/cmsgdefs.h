/* SPDX-License-Identifier: MIT */
/*
 * Control-message arithmetic and constants of the POSIX backend for
 * lib/cmsg*.c (the Windows twin is sys-win32/cmsgdefs.h). Everything OS
 * specific about control messages lives here or in sys-unix/cmsg.c.
 */
#ifndef SOCK2_CMSGDEFS_H
#define SOCK2_CMSGDEFS_H

#include <limits.h>
#include <stdint.h>
#include <sys/socket.h>
#include <netinet/in.h>

/* The OS's control-message header (fields cmsg_len, cmsg_level, ...). */
typedef struct cmsghdr sock2__cmsghdr_t;

/* Offset of the data from the start of a header (CMSG_DATA - cmsg). */
#define SOCK2__CMSG_HDRLEN ((size_t)CMSG_LEN(0))
/* Space one message of n data bytes takes (n checked by the caller). */
#define SOCK2__CMSG_SPACE(n) ((size_t)CMSG_SPACE(n))
/*
 * From one header to the next: cmsg_len rounded up to the alignment
 * (CMSG_ALIGN, which not every system exports: CMSG_SPACE(len) is
 * CMSG_ALIGN(header) + CMSG_ALIGN(len) everywhere).
 */
#define SOCK2__CMSG_NEXT(len)                                                 \
  ((size_t)CMSG_SPACE((len) - SOCK2__CMSG_HDRLEN) - SOCK2__CMSG_SPACE(0)      \
   + SOCK2__CMSG_HDRLEN)
/* The largest cmsg_len the header's field holds. */
#define SOCK2__CMSG_LEN_MAX                                                   \
  (sizeof(((struct cmsghdr *)0)->cmsg_len) >= sizeof(size_t)                  \
     ? SIZE_MAX                                                               \
     : (size_t)UINT_MAX)
/* The control buffer of a message. */
#define SOCK2__MSG_CONTROL(m) ((const void *)(m)->msg_control)

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
 * Message types, levels and receive options (SOCK2__CM_*: own prefix, so
 * the names never meet sysdefs.h's). -1 where this build lacks one: the
 * option is SOCK2_ENOTSUP and no message matches it.
 */
#define SOCK2__CM_LEVEL_SOCKET SOL_SOCKET
/* POSIX: always in <sys/socket.h> (not a probe). */
#ifdef SCM_RIGHTS
# define SOCK2__CM_SCM_RIGHTS SCM_RIGHTS
#else
# define SOCK2__CM_SCM_RIGHTS (-1)
#endif
/* Linux 6.5+'s pidfd message (missing from older headers: its number). */
#if HAVE_DECL_SCM_CREDENTIALS && defined(__linux__)
# ifdef SCM_PIDFD
#  define SOCK2__CM_SCM_PIDFD SCM_PIDFD
# else
#  define SOCK2__CM_SCM_PIDFD 4
# endif
#else
# define SOCK2__CM_SCM_PIDFD (-1)
#endif
#if HAVE_DECL_MSG_CMSG_CLOEXEC
# define SOCK2__CM_MSG_CMSG_CLOEXEC MSG_CMSG_CLOEXEC
#else
# define SOCK2__CM_MSG_CMSG_CLOEXEC 0
#endif
/*
 * The BSDs (and Apple) name received TTL and TOS messages after the
 * option (IP_RECVTTL, IP_RECVTOS, one byte); Linux sends IP_TTL (an int)
 * and IP_TOS (a byte). IP_RECVDSTADDR marks the BSD family.
 */
#if HAVE_DECL_IP_RECVDSTADDR && HAVE_DECL_IP_RECVTTL
# define SOCK2__CM_TTL_BSD IP_RECVTTL
#else
# define SOCK2__CM_TTL_BSD (-1)
#endif
#if HAVE_DECL_IP_RECVDSTADDR && HAVE_DECL_IP_RECVTOS
# define SOCK2__CM_TOS_BSD IP_RECVTOS
#else
# define SOCK2__CM_TOS_BSD (-1)
#endif
#ifdef IP_TTL
# define SOCK2__CM_IP_TTL IP_TTL
#else
# define SOCK2__CM_IP_TTL (-1)
#endif
#ifdef IP_TOS
# define SOCK2__CM_IP_TOS IP_TOS
#else
# define SOCK2__CM_IP_TOS (-1)
#endif
#if HAVE_DECL_IPV6_TCLASS
# define SOCK2__CM_IPV6_TCLASS IPV6_TCLASS
#else
# define SOCK2__CM_IPV6_TCLASS (-1)
#endif
#if HAVE_DECL_IPV6_HOPLIMIT
# define SOCK2__CM_IPV6_HOPLIMIT IPV6_HOPLIMIT
#else
# define SOCK2__CM_IPV6_HOPLIMIT (-1)
#endif
/* Windows' ECN-only messages. */
#define SOCK2__CM_IP_ECN (-1)
#define SOCK2__CM_IPV6_ECN (-1)

/* Receive options. */
#if HAVE_DECL_IP_RECVTTL
# define SOCK2__CM_OPT_IP_RECVTTL IP_RECVTTL
#else
# define SOCK2__CM_OPT_IP_RECVTTL (-1)
#endif
#if HAVE_DECL_IPV6_RECVPKTINFO
# define SOCK2__CM_OPT_IPV6_RECVPKTINFO IPV6_RECVPKTINFO
#else
# define SOCK2__CM_OPT_IPV6_RECVPKTINFO (-1)
#endif
#if HAVE_DECL_IP_RECVERR && SOCK2__CM_HAVE_EXTERR
# define SOCK2__CM_OPT_IP_RECVERR IP_RECVERR
#else
# define SOCK2__CM_OPT_IP_RECVERR (-1)
#endif
#if HAVE_DECL_IPV6_RECVERR && SOCK2__CM_HAVE_EXTERR
# define SOCK2__CM_OPT_IPV6_RECVERR IPV6_RECVERR
#else
# define SOCK2__CM_OPT_IPV6_RECVERR (-1)
#endif
#if HAVE_DECL_SO_TIMESTAMP
# define SOCK2__CM_OPT_SO_TIMESTAMP SO_TIMESTAMP
#else
# define SOCK2__CM_OPT_SO_TIMESTAMP (-1)
#endif
#if HAVE_DECL_SO_TIMESTAMPNS
# define SOCK2__CM_OPT_SO_TIMESTAMPNS SO_TIMESTAMPNS
#else
# define SOCK2__CM_OPT_SO_TIMESTAMPNS (-1)
#endif
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

/*
 * The original-destination messages IP_RECVORIGDSTADDR and
 * IPV6_RECVORIGDSTADDR ask for: IP_ORIGDSTADDR and IPV6_ORIGDSTADDR, the
 * same numbers as the options on Linux (20 and 74). Headers that have the
 * IPv4 option may lack the IPv6 names: Linux's number then.
 */
#if HAVE_DECL_IP_RECVORIGDSTADDR
# ifdef IP_ORIGDSTADDR
#  define SOCK2__CM_IP_ORIGDSTADDR IP_ORIGDSTADDR
# else
#  define SOCK2__CM_IP_ORIGDSTADDR IP_RECVORIGDSTADDR
# endif
#else
# define SOCK2__CM_IP_ORIGDSTADDR (-1)
#endif
#if HAVE_DECL_IPV6_RECVORIGDSTADDR
# ifdef IPV6_ORIGDSTADDR
#  define SOCK2__CM_IPV6_ORIGDSTADDR IPV6_ORIGDSTADDR
# else
#  define SOCK2__CM_IPV6_ORIGDSTADDR IPV6_RECVORIGDSTADDR
# endif
#elif HAVE_DECL_IP_RECVORIGDSTADDR && defined(__linux__)
# define SOCK2__CM_IPV6_ORIGDSTADDR 74
#else
# define SOCK2__CM_IPV6_ORIGDSTADDR (-1)
#endif

#endif /* SOCK2_CMSGDEFS_H */
