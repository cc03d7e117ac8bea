/* SPDX-License-Identifier: MIT */
/*
 * The seam for batches and UDP segmentation offload: what lib/batch.c
 * needs from the backends (sys-unix/batch.c, sys-win32/batch.c) and the
 * portable loops the backends fall back to.
 */
#ifndef SOCK2_INTERNAL_BATCH_H
#define SOCK2_INTERNAL_BATCH_H

#include "internal.h"
#include "sysdefs-batch.h"

/*
 * sendmmsg(s, msgs, n, flags) without SIGPIPE, or the loop below where
 * the OS lacks it (or the kernel says ENOSYS). n is 1..SOCK2_MMSG_MAX.
 * recvmmsg(s, msgs, n, flags, NULL), or the loop. A backend may define
 * both static inline in its batchinline.h (SOCK2__SYS_INLINE_MMSG).
 */
#ifndef SOCK2__SYS_INLINE_MMSG
int sock2__sys_sendmmsg(sock2_socket_t s, sock2_mmsg_t *msgs, unsigned int n,
                        int flags);
int sock2__sys_recvmmsg(sock2_socket_t s, sock2_mmsg_t *msgs, unsigned int n,
                        int flags);
#endif
/*
 * One GSO send: sendmsg() of buf with a UDP_SEGMENT control message of
 * seg (1..65535), to sa if not NULL, without SIGPIPE. SOCK2_ENOTSUP where
 * the build has no GSO.
 */
sock2_ssize_t sock2__sys_send_gso(sock2_socket_t s, const void *buf,
                                  size_t len, unsigned int seg,
                                  const struct sockaddr *sa,
                                  sock2_socklen_t salen, int flags);

/*
 * The portable loops (lib/batch.c) over sock2__sys_sendmsg() and
 * sock2__sys_recvmsg(), with the kernel's results: the count done, the
 * first error only if nothing was done. The receive loop strips
 * SOCK2_MSG_WAITFORONE and, after the first message, adds
 * SOCK2_MSG_DONTWAIT (SOCK2__MMSG_LOOP_DONTWAIT) or stops.
 */
int sock2__sendmmsg_loop(sock2_socket_t s, sock2_mmsg_t *msgs, unsigned int n,
                         int flags);
int sock2__recvmmsg_loop(sock2_socket_t s, sock2_mmsg_t *msgs, unsigned int n,
                         int flags);

/* The backend's inline batch calls, if any. */
#include "batchinline.h"

#endif /* SOCK2_INTERNAL_BATCH_H */
