/* SPDX-License-Identifier: MIT */
/*
 * Winsock backend constants for batches and UDP segmentation offload
 * (lib/batch.c); twin of sys-unix/sysdefs-batch.h. Windows 10 2004+ has
 * UDP send offload (UDP_SEND_MSG_SIZE, a DWORD segment size) and receive
 * coalescing (UDP_RECV_MAX_COALESCED_SIZE, a DWORD maximum size, with the
 * segment size in a UDP_COALESCED_INFO control message); they are used
 * where the headers declare them (MinGW's do not yet), else -1, and the
 * functions answer SOCK2_ENOTSUP.
 */
#ifndef SOCK2_SYS_WIN32_SYSDEFS_BATCH_H
#define SOCK2_SYS_WIN32_SYSDEFS_BATCH_H

#define SOCK2__SOL_UDP IPPROTO_UDP

#if HAVE_DECL_UDP_SEND_MSG_SIZE
# define SOCK2__UDP_SEGMENT UDP_SEND_MSG_SIZE
#else
# define SOCK2__UDP_SEGMENT (-1)
#endif

/* Coalescing "on" is the largest coalesced size Windows accepts. */
#if HAVE_DECL_UDP_RECV_MAX_COALESCED_SIZE
# define SOCK2__UDP_GRO UDP_RECV_MAX_COALESCED_SIZE
#else
# define SOCK2__UDP_GRO (-1)
#endif
#define SOCK2__UDP_GRO_ON 65527

/*
 * The receive loop's SOCK2_MSG_WAITFORONE: Winsock has no per-call
 * non-blocking flag, so the loop returns after the first message.
 */
#define SOCK2__MMSG_LOOP_DONTWAIT 0

/* The control messages: UDP_SEND_MSG_SIZE and UDP_COALESCED_INFO, DWORDs. */
#define SOCK2__CMSG_UDP_SEGMENT SOCK2__UDP_SEGMENT
#define SOCK2__CMSG_UDP_SEGMENT_LEN 4
#if HAVE_DECL_UDP_COALESCED_INFO
# define SOCK2__CMSG_UDP_GRO UDP_COALESCED_INFO
#else
# define SOCK2__CMSG_UDP_GRO (-1)
#endif

#endif /* SOCK2_SYS_WIN32_SYSDEFS_BATCH_H */
