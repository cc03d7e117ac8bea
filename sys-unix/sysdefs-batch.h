/* SPDX-License-Identifier: MIT */
/*
 * POSIX backend constants for batches and UDP segmentation offload
 * (lib/batch.c): SOCK2__* macros, -1 where the OS lacks the option, so
 * the portable code answers SOCK2_ENOTSUP with a plain C if.
 * sys-win32/sysdefs-batch.h is its twin.
 */
#ifndef SOCK2_SYS_UNIX_SYSDEFS_BATCH_H
#define SOCK2_SYS_UNIX_SYSDEFS_BATCH_H

#ifdef HAVE_NETINET_UDP_H
# include <netinet/udp.h>
#endif

/* The level of the UDP options: SOL_UDP on Linux, IPPROTO_UDP elsewhere. */
#ifdef SOL_UDP
# define SOCK2__SOL_UDP SOL_UDP
#else
# define SOCK2__SOL_UDP IPPROTO_UDP
#endif

#if HAVE_DECL_UDP_SEGMENT
# define SOCK2__UDP_SEGMENT UDP_SEGMENT
#else
# define SOCK2__UDP_SEGMENT (-1)
#endif

/* UDP_GRO is a boolean on Linux: "on" is 1. */
#if HAVE_DECL_UDP_GRO
# define SOCK2__UDP_GRO UDP_GRO
#else
# define SOCK2__UDP_GRO (-1)
#endif
#define SOCK2__UDP_GRO_ON 1

/* The receive loop's SOCK2_MSG_WAITFORONE: MSG_DONTWAIT after the first. */
#ifdef MSG_DONTWAIT
# define SOCK2__MMSG_LOOP_DONTWAIT 1
#else
# define SOCK2__MMSG_LOOP_DONTWAIT 0
#endif

/* The control messages: UDP_SEGMENT carries a u16, UDP_GRO an int. */
#define SOCK2__CMSG_UDP_SEGMENT SOCK2__UDP_SEGMENT
#define SOCK2__CMSG_UDP_SEGMENT_LEN 2
#define SOCK2__CMSG_UDP_GRO SOCK2__UDP_GRO

/*
 * sendmmsg and recvmmsg inline into lib/ (batchinline.h) where both exist
 * and MSG_NOSIGNAL keeps SIGPIPE away per call.
 */
#if defined(HAVE_SENDMMSG) && defined(HAVE_RECVMMSG) && HAVE_DECL_MSG_NOSIGNAL
# define SOCK2__SYS_INLINE_MMSG 1
#endif

#endif /* SOCK2_SYS_UNIX_SYSDEFS_BATCH_H */
