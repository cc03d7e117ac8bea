/* SPDX-License-Identifier: MIT */
/*
 * libsock2 data transfer: every send and receive path. Included by
 * <sock2.h>; do not include it on its own.
 *
 * Common rules for every call here:
 *   - Byte counts are returned as sock2_ssize_t: >= 0 bytes moved, or a
 *     negative SOCK2_E* code.
 *   - Sending never raises SIGPIPE: MSG_NOSIGNAL is added to every send
 *     where the OS has it; elsewhere sockets made by sock2_socket(),
 *     sock2_socketpair() and sock2_accept() carry SO_NOSIGPIPE.
 *   - EINTR is returned as SOCK2_EINTR, never retried.
 *   - A NULL buffer with a non-zero length is SOCK2_EFAULT-free: it is
 *     refused with SOCK2_EINVAL before any system call.
 */
#ifndef SOCK2_IO_H
#define SOCK2_IO_H

/**
 * Send bytes on a connected socket: send(s, buf, len, MSG_NOSIGNAL).
 * @return bytes sent; SOCK2_EBADF; SOCK2_EINVAL for NULL buf with len > 0;
 *         SOCK2_EPIPE if the peer has gone (no SIGPIPE); or the OS error.
 */
SOCK2_EXTERN sock2_ssize_t sock2_send(sock2_socket_t s, const void *buf,
                                      size_t len);

/**
 * Send bytes with flags: send(s, buf, len, flags | MSG_NOSIGNAL).
 * @return as sock2_send().
 */
SOCK2_EXTERN sock2_ssize_t sock2_send_with_flags(sock2_socket_t s,
                                                 const void *buf, size_t len,
                                                 int flags);

/**
 * Send a datagram to an address: sendto(s, buf, len, MSG_NOSIGNAL, to).
 * @return as sock2_send(); SOCK2_EINVAL for NULL to.
 */
SOCK2_EXTERN sock2_ssize_t sock2_send_to(sock2_socket_t s, const void *buf,
                                         size_t len, const sock2_addr_t *to);

/**
 * Receive bytes: recv(s, buf, len, 0).
 * @return bytes received (0 at end of stream); SOCK2_EBADF; SOCK2_EINVAL
 *         for NULL buf with len > 0; SOCK2_EAGAIN; or the OS error.
 */
SOCK2_EXTERN sock2_ssize_t sock2_recv(sock2_socket_t s, void *buf,
                                      size_t len);

/**
 * Receive bytes with flags: recv(s, buf, len, flags).
 * @return as sock2_recv().
 */
SOCK2_EXTERN sock2_ssize_t sock2_recv_with_flags(sock2_socket_t s, void *buf,
                                                 size_t len, int flags);

/**
 * Receive a datagram and its sender: recvfrom(s, buf, len, 0, from).
 * @param from  receives the sender's address; may be NULL.
 * @return as sock2_recv().
 */
SOCK2_EXTERN sock2_ssize_t sock2_recv_from(sock2_socket_t s, void *buf,
                                           size_t len, sock2_addr_t *from);

#endif /* SOCK2_IO_H */
