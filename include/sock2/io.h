/* SPDX-License-Identifier: MIT */
/*
 * libsock2 data transfer: every send and receive path of socket2, message
 * headers, sendfile and the read/write timeouts. Included by <sock2.h>; do
 * not include it on its own.
 *
 * Common rules for every call here:
 *   - Byte counts are returned as sock2_ssize_t: >= 0 bytes moved, or a
 *     negative SOCK2_E* code. Partial results are returned as they are;
 *     nothing loops to finish a short send.
 *   - Each call is exactly one system call. The documented exceptions:
 *     sock2_sendfile() (see there), and every send on a system with
 *     neither MSG_NOSIGNAL nor SO_NOSIGPIPE (see below).
 *   - Sending never raises SIGPIPE. Where the OS has MSG_NOSIGNAL (Linux,
 *     the BSDs, illumos) it is ORed into the flags of every send, sendto
 *     and sendmsg. Where it has only SO_NOSIGPIPE (Apple), the sockets made
 *     by sock2_socket(), sock2_socketpair() and sock2_accept() carry that
 *     option (sock2_accept() sets it even if the listener lacks it, but
 *     macOS refuses it on a connection its peer closed before the accept:
 *     see sock2_accept()); a foreign descriptor without it can still raise
 *     SIGPIPE there (set it yourself, or ignore SIGPIPE). Where the OS has neither, every send
 *     runs under the SIGPIPE guard (next rule), for any descriptor.
 *   - The SIGPIPE guard, for calls that cannot ask the kernel not to raise
 *     SIGPIPE (sock2_sendfile() on Linux and FreeBSD; every send where the
 *     OS has neither MSG_NOSIGNAL nor SO_NOSIGPIPE). Promised:
 *       - a SIGPIPE the call raised is consumed: never delivered and never
 *         left pending, whatever the call returns (a partial count, EPIPE,
 *         another error), whether or not the caller had SIGPIPE blocked;
 *       - a SIGPIPE that is not the call's is left alone: one pending
 *         before the call, or one that another thread or process sends to
 *         the process (kill()) during it, is still pending afterwards (and
 *         delivered as the mask is restored if the caller had SIGPIPE
 *         unblocked);
 *       - the caller's signal mask is as it was; errno is the call's.
 *     How: SIGPIPE is blocked in the calling thread around the call. The
 *     kernel raises the call's SIGPIPE at the calling thread, while kill()
 *     makes one pending for the process; so where a SIGPIPE is pending
 *     after the call, the guard reads the thread's own pending set (Linux:
 *     SigPnd in /proc/thread-self/status, read only on that path) and
 *     consumes one that appeared there (sigtimedwait() takes the thread's
 *     own first). Limits: a SIGPIPE another thread sends to this very
 *     thread (pthread_kill()) during the call cannot be told from the
 *     call's and is consumed too; and one already pending in the thread's
 *     own set (pthread_kill() while blocked) absorbs the call's, as a
 *     standard signal is either pending or not. Where the thread's own set
 *     cannot be
 *     read (no /proc: other systems, or not mounted), the guard keeps the
 *     caller alive first: a SIGPIPE that became pending during the call is
 *     consumed (a kill() that lands in those microseconds is lost), and if
 *     one was already pending before the call (SIGPIPE blocked by the
 *     caller), nothing is consumed and the call's own stays pending with
 *     it.
 *     Cost, caller with SIGPIPE unblocked: rt_sigprocmask(SIG_BLOCK), the
 *     call, rt_sigprocmask(SIG_SETMASK); caller with SIGPIPE blocked:
 *     rt_sigprocmask(SIG_BLOCK) (which changes nothing but reports the
 *     mask), sigpending(), the call, and no restore. After the call one
 *     sigpending() when the call may have raised SIGPIPE: for a send only
 *     when it failed with EPIPE (POSIX raises the signal only with that
 *     error), for sendfile() always (see there). Only where a SIGPIPE is
 *     pending (before the call, for a caller that blocked it; or after
 *     it): open/read/close of /proc, and one sigtimedwait() to consume
 *     the call's.
 *   - EINTR is returned as SOCK2_EINTR, never retried.
 *   - A NULL buffer with a non-zero length, a NULL buffer array with a
 *     non-zero count, a NULL address or message: SOCK2_EINVAL before any
 *     system call.
 *   - A byte length above PTRDIFF_MAX is the size of no object (it is a
 *     negative number converted: (size_t)-1, n - 1 with n == 0):
 *     SOCK2_EINVAL before any system call, nothing sent, buffers and
 *     addresses untouched. Lengths up to it but above what one call may
 *     pass (SSIZE_MAX; INT_MAX - 1 on Apple; INT_MAX on Windows) are
 *     clamped to it, as socket2 does, never cut modulo 2^32. A datagram
 *     longer than the protocol allows is the kernel's SOCK2_EMSGSIZE.
 *   - Buffer arrays (sock2_buf_t, the OS's struct iovec / WSABUF) go to the
 *     kernel as they are. A count above the OS's IOV_MAX (1024 on Linux)
 *     is SOCK2_EMSGSIZE before any system call, the error the kernel gives
 *     (counts are never clamped: a datagram must not be cut silently).
 *     The kernel checks the element lengths: Linux refuses one above
 *     SSIZE_MAX with SOCK2_EINVAL (WSABUF lengths are 32 bits).
 *   - An address (to, or msg_name set by sock2_msg_set_addr()) is passed
 *     with the length rules of sock2_bind(): SOCK2_EINVAL for a len past
 *     its storage, before any system call.
 *   - A `_with_flags` variant is its plain function with one more argument,
 *     `int flags` (SOCK2_MSG_*), at the end.
 *   - Received-message flags (`*rflags`, sock2_msg_flags()) are SOCK2_MSG_*
 *     bits; test them with the sock2_recv_flags_is_*() predicates.
 */
#ifndef SOCK2_IO_H
#define SOCK2_IO_H

/* ---- Sending ------------------------------------------------------------ */

/**
 * Send bytes on a connected socket: send(s, buf, len, MSG_NOSIGNAL).
 *
 * One system call; a short count is returned as it is (nothing loops to
 * finish the send). Sending never raises SIGPIPE: see sock2(7) and the
 * rules at the top of <sock2/io.h>. A length above what one call may pass
 * is clamped to it, never cut modulo 2^32.
 *
 * sock2_send_with_flags() is send(s, buf, len, flags | MSG_NOSIGNAL).
 *
 * @param s    the socket.
 * @param buf  the bytes; may be NULL if len is 0.
 * @param len  how many.
 * @return the number of bytes sent (possibly fewer than len), else a
 *         negative error code.
 * @errors
 *   SOCK2_EBADF         s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL        a NULL buffer with a non-zero length, a NULL
 *                       buffer array with a non-zero count, a NULL address
 *                       or message, a length above PTRDIFF_MAX, or an
 *                       address whose len is past its storage: all before
 *                       any system call.
 *   SOCK2_EPIPE         the peer has gone or the socket is shut down for
 *                       writing (no SIGPIPE is raised).
 *   SOCK2_EAGAIN        the socket is non-blocking and the send would
 *                       block, or the write timeout expired.
 *   SOCK2_EINTR         a signal interrupted the call (not retried).
 *   SOCK2_EMSGSIZE      a datagram too long for the protocol, or a buffer
 *                       count above IOV_MAX (before any system call).
 *   SOCK2_ECONNRESET    the peer reset the connection.
 *   SOCK2_ENOTCONN      the socket is not connected (and no address was
 *                       given).
 *   SOCK2_EDESTADDRREQ  a datagram socket with neither a peer nor an
 *                       address.
 *   SOCK2_EISCONN       an address was given on a connected socket that
 *                       refuses one.
 *   SOCK2_ENOBUFS       the interface's queue is full.
 *   SOCK2_ENOTSOCK      s is not a socket.
 *   other               any other error send() reports.
 * @platforms  All. No SIGPIPE: MSG_NOSIGNAL
 *   (sock2_has(SOCK2_FEATURE_MSG_NOSIGNAL)), else SO_NOSIGPIPE on the
 *   sockets the library made (SOCK2_FEATURE_SO_NOSIGPIPE), else a guard
 *   that consumes the signal.
 * @example
 *   const char *p = msg;
 *   size_t left = strlen(msg);
 *   while (left > 0) {
 *     sock2_ssize_t n = sock2_send(s, p, left);
 *     if (n < 0)
 *       return (int)n;            // SOCK2_EPIPE, SOCK2_EAGAIN, ...
 *     p += n;
 *     left -= (size_t)n;
 *   }
 * @since  0.1.0
 * @see  sock2_recv(3), sock2_send_to(3), sock2_set_write_timeout(3)
 */
SOCK2_EXTERN sock2_ssize_t sock2_send(sock2_socket_t s, const void *buf,
                                      size_t len);

/**
 * Send bytes with flags: send(s, buf, len, flags | MSG_NOSIGNAL).
 *
 * @param s      the socket.
 * @param buf    the bytes; may be NULL if len is 0.
 * @param len    how many.
 * @param flags  SOCK2_MSG_* bits (SOCK2_MSG_OOB, _DONTROUTE, _DONTWAIT,
 *               _EOR, _MORE, _CONFIRM, ...), passed to the OS unchanged.
 * @return as sock2_send().
 * @errors
 *   SOCK2_EBADF         s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL        a NULL buffer with a non-zero length, a NULL
 *                       buffer array with a non-zero count, a NULL address
 *                       or message, a length above PTRDIFF_MAX, or an
 *                       address whose len is past its storage: all before
 *                       any system call.
 *   SOCK2_EPIPE         the peer has gone or the socket is shut down for
 *                       writing (no SIGPIPE is raised).
 *   SOCK2_EAGAIN        the socket is non-blocking and the send would
 *                       block, or the write timeout expired.
 *   SOCK2_EINTR         a signal interrupted the call (not retried).
 *   SOCK2_EMSGSIZE      a datagram too long for the protocol, or a buffer
 *                       count above IOV_MAX (before any system call).
 *   SOCK2_ECONNRESET    the peer reset the connection.
 *   SOCK2_ENOTCONN      the socket is not connected (and no address was
 *                       given).
 *   SOCK2_EDESTADDRREQ  a datagram socket with neither a peer nor an
 *                       address.
 *   SOCK2_EISCONN       an address was given on a connected socket that
 *                       refuses one.
 *   SOCK2_ENOBUFS       the interface's queue is full.
 *   SOCK2_ENOTSOCK      s is not a socket.
 *   SOCK2_ENOTSUP       a flag the socket does not support (SOCK2_MSG_OOB
 *                       on a datagram socket); on Windows,
 *                       SOCK2_MSG_DONTWAIT, which Winsock cannot do per
 *                       call.
 *   other               any other error send() reports.
 * @platforms  All; a SOCK2_MSG_* flag the OS lacks is 0 and asks for
 *   nothing; SOCK2_MSG_DONTWAIT is SOCK2_ENOTSUP on Windows.
 * @since  0.1.0
 * @page sock2_send
 */
SOCK2_EXTERN sock2_ssize_t sock2_send_with_flags(sock2_socket_t s,
                                                 const void *buf, size_t len,
                                                 int flags);

/**
 * Send out-of-band (urgent) data on a stream.
 *
 * send(s, buf, len, MSG_OOB | MSG_NOSIGNAL). TCP delivers only the last
 * byte as urgent.
 *
 * @param s    a connected stream socket.
 * @param buf  the bytes; may be NULL if len is 0.
 * @param len  how many.
 * @return as sock2_send().
 * @errors
 *   SOCK2_EBADF         s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL        a NULL buffer with a non-zero length, a NULL
 *                       buffer array with a non-zero count, a NULL address
 *                       or message, a length above PTRDIFF_MAX, or an
 *                       address whose len is past its storage: all before
 *                       any system call.
 *   SOCK2_EPIPE         the peer has gone or the socket is shut down for
 *                       writing (no SIGPIPE is raised).
 *   SOCK2_EAGAIN        the socket is non-blocking and the send would
 *                       block, or the write timeout expired.
 *   SOCK2_EINTR         a signal interrupted the call (not retried).
 *   SOCK2_EMSGSIZE      a datagram too long for the protocol, or a buffer
 *                       count above IOV_MAX (before any system call).
 *   SOCK2_ECONNRESET    the peer reset the connection.
 *   SOCK2_ENOTCONN      the socket is not connected (and no address was
 *                       given).
 *   SOCK2_EDESTADDRREQ  a datagram socket with neither a peer nor an
 *                       address.
 *   SOCK2_EISCONN       an address was given on a connected socket that
 *                       refuses one.
 *   SOCK2_ENOBUFS       the interface's queue is full.
 *   SOCK2_ENOTSOCK      s is not a socket.
 *   SOCK2_ENOTSUP       a flag the socket does not support (SOCK2_MSG_OOB
 *                       on a datagram socket); on Windows,
 *                       SOCK2_MSG_DONTWAIT, which Winsock cannot do per
 *                       call.
 *   other               any other error send() reports.
 * @platforms  All.
 * @since  0.1.0
 * @see  sock2_recv_out_of_band(3), sock2_set_out_of_band_inline(3)
 */
SOCK2_EXTERN sock2_ssize_t sock2_send_out_of_band(sock2_socket_t s,
                                                  const void *buf,
                                                  size_t len);

/**
 * Send a datagram to an address.
 *
 * sendto(s, buf, len, MSG_NOSIGNAL, to, to->len), with the address length
 * rules of sock2_bind(). sock2_send_to_with_flags() adds flags.
 *
 * @param s    the socket.
 * @param buf  the bytes; may be NULL if len is 0.
 * @param len  how many.
 * @param to   the destination.
 * @return the number of bytes sent, else a negative error code.
 * @errors
 *   SOCK2_EBADF         s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL        a NULL buffer with a non-zero length, a NULL
 *                       buffer array with a non-zero count, a NULL address
 *                       or message, a length above PTRDIFF_MAX, or an
 *                       address whose len is past its storage: all before
 *                       any system call.
 *   SOCK2_EPIPE         the peer has gone or the socket is shut down for
 *                       writing (no SIGPIPE is raised).
 *   SOCK2_EAGAIN        the socket is non-blocking and the send would
 *                       block, or the write timeout expired.
 *   SOCK2_EINTR         a signal interrupted the call (not retried).
 *   SOCK2_EMSGSIZE      a datagram too long for the protocol, or a buffer
 *                       count above IOV_MAX (before any system call).
 *   SOCK2_ECONNRESET    the peer reset the connection.
 *   SOCK2_ENOTCONN      the socket is not connected (and no address was
 *                       given).
 *   SOCK2_EDESTADDRREQ  a datagram socket with neither a peer nor an
 *                       address.
 *   SOCK2_EISCONN       an address was given on a connected socket that
 *                       refuses one.
 *   SOCK2_ENOBUFS       the interface's queue is full.
 *   SOCK2_ENOTSOCK      s is not a socket.
 *   other               any other error sendto() reports (SOCK2_EACCES
 *                       for a broadcast address without SO_BROADCAST,
 *                       SOCK2_ENETUNREACH, ...).
 * @platforms  All.
 * @example
 *   sock2_addr_t to;
 *   sock2_addr_parse(&to, "127.0.0.1:9999");
 *   if (sock2_send_to(udp, "ping", 4, &to) < 0)
 *     perror("send_to");
 * @since  0.1.0
 * @see  sock2_recv_from(3), sock2_send_to_vectored(3)
 */
SOCK2_EXTERN sock2_ssize_t sock2_send_to(sock2_socket_t s, const void *buf,
                                         size_t len, const sock2_addr_t *to);

/**
 * sock2_send_to() with flags.
 *
 * sendto(s, buf, len, flags | MSG_NOSIGNAL, to, to->len).
 *
 * @param s      the socket.
 * @param buf    the bytes; may be NULL if len is 0.
 * @param len    how many.
 * @param to     the destination.
 * @param flags  SOCK2_MSG_* bits, passed to the OS unchanged.
 * @return as sock2_send_to().
 * @errors
 *   SOCK2_EBADF         s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL        a NULL buffer with a non-zero length, a NULL
 *                       buffer array with a non-zero count, a NULL address
 *                       or message, a length above PTRDIFF_MAX, or an
 *                       address whose len is past its storage: all before
 *                       any system call.
 *   SOCK2_EPIPE         the peer has gone or the socket is shut down for
 *                       writing (no SIGPIPE is raised).
 *   SOCK2_EAGAIN        the socket is non-blocking and the send would
 *                       block, or the write timeout expired.
 *   SOCK2_EINTR         a signal interrupted the call (not retried).
 *   SOCK2_EMSGSIZE      a datagram too long for the protocol, or a buffer
 *                       count above IOV_MAX (before any system call).
 *   SOCK2_ECONNRESET    the peer reset the connection.
 *   SOCK2_ENOTCONN      the socket is not connected (and no address was
 *                       given).
 *   SOCK2_EDESTADDRREQ  a datagram socket with neither a peer nor an
 *                       address.
 *   SOCK2_EISCONN       an address was given on a connected socket that
 *                       refuses one.
 *   SOCK2_ENOBUFS       the interface's queue is full.
 *   SOCK2_ENOTSOCK      s is not a socket.
 *   SOCK2_ENOTSUP       a flag the socket does not support (SOCK2_MSG_OOB
 *                       on a datagram socket); on Windows,
 *                       SOCK2_MSG_DONTWAIT, which Winsock cannot do per
 *                       call.
 *   other               any other error sendto() reports (SOCK2_EACCES
 *                       for a broadcast address without SO_BROADCAST,
 *                       SOCK2_ENETUNREACH, ...).
 * @platforms  All; SOCK2_MSG_DONTWAIT is SOCK2_ENOTSUP on Windows.
 * @since  0.1.0
 * @page sock2_send_to
 */
SOCK2_EXTERN sock2_ssize_t sock2_send_to_with_flags(sock2_socket_t s,
                                                    const void *buf,
                                                    size_t len,
                                                    const sock2_addr_t *to,
                                                    int flags);

/**
 * Gather-send several buffers as one message.
 *
 * sendmsg() with only msg_iov set (WSASend on Windows). The array goes to
 * the kernel as it is. sock2_send_vectored_with_flags() adds flags.
 *
 * @param s     the socket.
 * @param bufs  n buffers; may be NULL if n is 0.
 * @param n     how many buffers; at most IOV_MAX.
 * @return the number of bytes sent, else a negative error code.
 * @errors
 *   SOCK2_EBADF         s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL        a NULL buffer with a non-zero length, a NULL
 *                       buffer array with a non-zero count, a NULL address
 *                       or message, a length above PTRDIFF_MAX, or an
 *                       address whose len is past its storage: all before
 *                       any system call.
 *   SOCK2_EPIPE         the peer has gone or the socket is shut down for
 *                       writing (no SIGPIPE is raised).
 *   SOCK2_EAGAIN        the socket is non-blocking and the send would
 *                       block, or the write timeout expired.
 *   SOCK2_EINTR         a signal interrupted the call (not retried).
 *   SOCK2_EMSGSIZE      a datagram too long for the protocol, or a buffer
 *                       count above IOV_MAX (before any system call).
 *   SOCK2_ECONNRESET    the peer reset the connection.
 *   SOCK2_ENOTCONN      the socket is not connected (and no address was
 *                       given).
 *   SOCK2_EDESTADDRREQ  a datagram socket with neither a peer nor an
 *                       address.
 *   SOCK2_EISCONN       an address was given on a connected socket that
 *                       refuses one.
 *   SOCK2_ENOBUFS       the interface's queue is full.
 *   SOCK2_ENOTSOCK      s is not a socket.
 *   other               any other error sendmsg() (WSASend()) reports.
 * @platforms  All.
 * @example
 *   char head[] = "HTTP/1.0 200 OK\r\n\r\n";
 *   sock2_buf_t b[2];
 *   b[0].base = head;
 *   b[0].len = sizeof(head) - 1;
 *   b[1].base = body;
 *   b[1].len = body_len;
 *   sock2_ssize_t n = sock2_send_vectored(s, b, 2);
 * @since  0.1.0
 * @see  sock2_buf_t(3), sock2_recv_vectored(3)
 */
SOCK2_EXTERN sock2_ssize_t sock2_send_vectored(sock2_socket_t s,
                                               const sock2_buf_t *bufs,
                                               size_t n);

/**
 * sock2_send_vectored() with flags.
 *
 * sendmsg(s, {iov}, flags | MSG_NOSIGNAL).
 *
 * @param s      the socket.
 * @param bufs   n buffers; may be NULL if n is 0.
 * @param n      how many buffers; at most IOV_MAX.
 * @param flags  SOCK2_MSG_* bits, passed to the OS unchanged.
 * @return as sock2_send_vectored().
 * @errors
 *   SOCK2_EBADF         s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL        a NULL buffer with a non-zero length, a NULL
 *                       buffer array with a non-zero count, a NULL address
 *                       or message, a length above PTRDIFF_MAX, or an
 *                       address whose len is past its storage: all before
 *                       any system call.
 *   SOCK2_EPIPE         the peer has gone or the socket is shut down for
 *                       writing (no SIGPIPE is raised).
 *   SOCK2_EAGAIN        the socket is non-blocking and the send would
 *                       block, or the write timeout expired.
 *   SOCK2_EINTR         a signal interrupted the call (not retried).
 *   SOCK2_EMSGSIZE      a datagram too long for the protocol, or a buffer
 *                       count above IOV_MAX (before any system call).
 *   SOCK2_ECONNRESET    the peer reset the connection.
 *   SOCK2_ENOTCONN      the socket is not connected (and no address was
 *                       given).
 *   SOCK2_EDESTADDRREQ  a datagram socket with neither a peer nor an
 *                       address.
 *   SOCK2_EISCONN       an address was given on a connected socket that
 *                       refuses one.
 *   SOCK2_ENOBUFS       the interface's queue is full.
 *   SOCK2_ENOTSOCK      s is not a socket.
 *   SOCK2_ENOTSUP       a flag the socket does not support (SOCK2_MSG_OOB
 *                       on a datagram socket); on Windows,
 *                       SOCK2_MSG_DONTWAIT, which Winsock cannot do per
 *                       call.
 *   other               any other error sendmsg() (WSASend()) reports.
 * @platforms  All; SOCK2_MSG_DONTWAIT is SOCK2_ENOTSUP on Windows.
 * @since  0.1.0
 * @page sock2_send_vectored
 */
SOCK2_EXTERN sock2_ssize_t sock2_send_vectored_with_flags(
  sock2_socket_t s, const sock2_buf_t *bufs, size_t n, int flags);

/**
 * Gather-send several buffers as one datagram to an address.
 *
 * sendmsg() with msg_name = to and msg_iov = bufs (WSASendTo on Windows).
 * sock2_send_to_vectored_with_flags() adds flags.
 *
 * @param s     the socket.
 * @param bufs  n buffers; may be NULL if n is 0.
 * @param n     how many buffers; at most IOV_MAX.
 * @param to    the destination.
 * @return the number of bytes sent, else a negative error code.
 * @errors
 *   SOCK2_EBADF         s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL        a NULL buffer with a non-zero length, a NULL
 *                       buffer array with a non-zero count, a NULL address
 *                       or message, a length above PTRDIFF_MAX, or an
 *                       address whose len is past its storage: all before
 *                       any system call.
 *   SOCK2_EPIPE         the peer has gone or the socket is shut down for
 *                       writing (no SIGPIPE is raised).
 *   SOCK2_EAGAIN        the socket is non-blocking and the send would
 *                       block, or the write timeout expired.
 *   SOCK2_EINTR         a signal interrupted the call (not retried).
 *   SOCK2_EMSGSIZE      a datagram too long for the protocol, or a buffer
 *                       count above IOV_MAX (before any system call).
 *   SOCK2_ECONNRESET    the peer reset the connection.
 *   SOCK2_ENOTCONN      the socket is not connected (and no address was
 *                       given).
 *   SOCK2_EDESTADDRREQ  a datagram socket with neither a peer nor an
 *                       address.
 *   SOCK2_EISCONN       an address was given on a connected socket that
 *                       refuses one.
 *   SOCK2_ENOBUFS       the interface's queue is full.
 *   SOCK2_ENOTSOCK      s is not a socket.
 *   other               any other error sendmsg() (WSASendTo()) reports.
 * @platforms  All.
 * @since  0.1.0
 * @see  sock2_send_to(3), sock2_buf_t(3)
 */
SOCK2_EXTERN sock2_ssize_t sock2_send_to_vectored(sock2_socket_t s,
                                                  const sock2_buf_t *bufs,
                                                  size_t n,
                                                  const sock2_addr_t *to);

/**
 * sock2_send_to_vectored() with flags.
 *
 * @param s      the socket.
 * @param bufs   n buffers; may be NULL if n is 0.
 * @param n      how many buffers; at most IOV_MAX.
 * @param to     the destination.
 * @param flags  SOCK2_MSG_* bits, passed to the OS unchanged.
 * @return as sock2_send_to_vectored().
 * @errors
 *   SOCK2_EBADF         s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL        a NULL buffer with a non-zero length, a NULL
 *                       buffer array with a non-zero count, a NULL address
 *                       or message, a length above PTRDIFF_MAX, or an
 *                       address whose len is past its storage: all before
 *                       any system call.
 *   SOCK2_EPIPE         the peer has gone or the socket is shut down for
 *                       writing (no SIGPIPE is raised).
 *   SOCK2_EAGAIN        the socket is non-blocking and the send would
 *                       block, or the write timeout expired.
 *   SOCK2_EINTR         a signal interrupted the call (not retried).
 *   SOCK2_EMSGSIZE      a datagram too long for the protocol, or a buffer
 *                       count above IOV_MAX (before any system call).
 *   SOCK2_ECONNRESET    the peer reset the connection.
 *   SOCK2_ENOTCONN      the socket is not connected (and no address was
 *                       given).
 *   SOCK2_EDESTADDRREQ  a datagram socket with neither a peer nor an
 *                       address.
 *   SOCK2_EISCONN       an address was given on a connected socket that
 *                       refuses one.
 *   SOCK2_ENOBUFS       the interface's queue is full.
 *   SOCK2_ENOTSOCK      s is not a socket.
 *   SOCK2_ENOTSUP       a flag the socket does not support (SOCK2_MSG_OOB
 *                       on a datagram socket); on Windows,
 *                       SOCK2_MSG_DONTWAIT, which Winsock cannot do per
 *                       call.
 *   other               any other error sendmsg() (WSASendTo()) reports.
 * @platforms  All; SOCK2_MSG_DONTWAIT is SOCK2_ENOTSUP on Windows.
 * @since  0.1.0
 * @page sock2_send_to_vectored
 */
SOCK2_EXTERN sock2_ssize_t sock2_send_to_vectored_with_flags(
  sock2_socket_t s, const sock2_buf_t *bufs, size_t n,
  const sock2_addr_t *to, int flags);

/**
 * Send a message built with the sock2_msg_*() functions.
 *
 * sendmsg(s, msg, flags | MSG_NOSIGNAL) (WSASendMsg on Windows). The
 * header is passed to the kernel as it is: destination
 * (sock2_msg_set_addr()), buffers (sock2_msg_set_bufs()) and ancillary
 * data (sock2_msg_set_control()).
 *
 * @param s      the socket.
 * @param msg    the message header.
 * @param flags  SOCK2_MSG_* bits, passed to the OS unchanged.
 * @return the number of bytes sent, else a negative error code.
 * @errors
 *   SOCK2_EBADF         s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL        a NULL buffer with a non-zero length, a NULL
 *                       buffer array with a non-zero count, a NULL address
 *                       or message, a length above PTRDIFF_MAX, or an
 *                       address whose len is past its storage: all before
 *                       any system call.
 *   SOCK2_EPIPE         the peer has gone or the socket is shut down for
 *                       writing (no SIGPIPE is raised).
 *   SOCK2_EAGAIN        the socket is non-blocking and the send would
 *                       block, or the write timeout expired.
 *   SOCK2_EINTR         a signal interrupted the call (not retried).
 *   SOCK2_EMSGSIZE      a datagram too long for the protocol, or a buffer
 *                       count above IOV_MAX (before any system call).
 *   SOCK2_ECONNRESET    the peer reset the connection.
 *   SOCK2_ENOTCONN      the socket is not connected (and no address was
 *                       given).
 *   SOCK2_EDESTADDRREQ  a datagram socket with neither a peer nor an
 *                       address.
 *   SOCK2_EISCONN       an address was given on a connected socket that
 *                       refuses one.
 *   SOCK2_ENOBUFS       the interface's queue is full.
 *   SOCK2_ENOTSOCK      s is not a socket.
 *   SOCK2_ENOTSUP       a flag the socket does not support (SOCK2_MSG_OOB
 *                       on a datagram socket); on Windows,
 *                       SOCK2_MSG_DONTWAIT, which Winsock cannot do per
 *                       call.
 *   other               any other error sendmsg() (WSASendMsg()) reports
 *                       (Linux: SOCK2_ENOBUFS for a control length above
 *                       INT_MAX; musl on 64-bit targets: SOCK2_ENOMEM for
 *                       one above 1 KiB).
 * @platforms  All (WSASendMsg on Windows); SOCK2_MSG_DONTWAIT is
 *   SOCK2_ENOTSUP on Windows.
 * @example
 *   sock2_msg_t m;
 *   sock2_buf_t b = { 0 };
 *   b.base = "hello";
 *   b.len = 5;
 *   sock2_msg_init(&m);
 *   sock2_msg_set_addr(&m, &to);
 *   sock2_msg_set_bufs(&m, &b, 1);
 *   sock2_ssize_t n = sock2_sendmsg(udp, &m, 0);
 * @since  0.1.0
 * @see  sock2_msg_t(3), sock2_msg_init(3), sock2_recvmsg(3)
 */
SOCK2_EXTERN sock2_ssize_t sock2_sendmsg(sock2_socket_t s,
                                         const sock2_msg_t *msg, int flags);

/* ---- Receiving ---------------------------------------------------------- */

/**
 * Receive bytes: recv(s, buf, len, 0).
 *
 * A datagram longer than len is truncated and the rest discarded (use
 * sock2_recv_vectored() to learn that it was). One system call; EINTR is
 * returned, not retried. sock2_recv_with_flags() is recv(s, buf, len,
 * flags).
 *
 * @param s    the socket.
 * @param buf  where to store the bytes; may be NULL if len is 0.
 * @param len  its size.
 * @return the number of bytes received (0 at end of stream, or for a
 *         zero-length datagram), else a negative error code.
 * @errors
 *   SOCK2_EBADF         s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL        a NULL buffer with a non-zero length, a NULL
 *                       buffer array with a non-zero count, a NULL message,
 *                       or a length above PTRDIFF_MAX: all before any
 *                       system call.
 *   SOCK2_EAGAIN        the socket is non-blocking and nothing has arrived,
 *                       or the read timeout expired (POSIX).
 *   SOCK2_ETIMEDOUT     the read timeout expired (Windows).
 *   SOCK2_EINTR         a signal interrupted the call (not retried).
 *   SOCK2_ECONNRESET    the peer reset the connection.
 *   SOCK2_ECONNREFUSED  a connected datagram socket whose earlier datagram
 *                       was refused (ICMP port unreachable).
 *   SOCK2_ENOTCONN      a stream socket that is not connected.
 *   SOCK2_ENOTSOCK      s is not a socket.
 *   other               any other error recv() reports.
 * @platforms  All.
 * @example
 *   char buf[4096];
 *   sock2_ssize_t n;
 *   while ((n = sock2_recv(s, buf, sizeof(buf))) > 0)
 *     fwrite(buf, 1, (size_t)n, stdout);
 *   if (n < 0)
 *     fprintf(stderr, "recv: %s\n", sock2_strerror((int)n));
 * @since  0.1.0
 * @see  sock2_send(3), sock2_recv_from(3), sock2_set_read_timeout(3)
 */
SOCK2_EXTERN sock2_ssize_t sock2_recv(sock2_socket_t s, void *buf,
                                      size_t len);

/**
 * Receive bytes with flags: recv(s, buf, len, flags).
 *
 * @param s      the socket.
 * @param buf    where to store the bytes; may be NULL if len is 0.
 * @param len    its size.
 * @param flags  SOCK2_MSG_* bits (SOCK2_MSG_PEEK, _WAITALL, _DONTWAIT,
 *               _OOB, _TRUNC, ...), passed to the OS unchanged.
 * @return as sock2_recv().
 * @errors
 *   SOCK2_EBADF         s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL        a NULL buffer with a non-zero length, a NULL
 *                       buffer array with a non-zero count, a NULL message,
 *                       or a length above PTRDIFF_MAX: all before any
 *                       system call.
 *   SOCK2_EAGAIN        the socket is non-blocking and nothing has arrived,
 *                       or the read timeout expired (POSIX).
 *   SOCK2_ETIMEDOUT     the read timeout expired (Windows).
 *   SOCK2_EINTR         a signal interrupted the call (not retried).
 *   SOCK2_ECONNRESET    the peer reset the connection.
 *   SOCK2_ECONNREFUSED  a connected datagram socket whose earlier datagram
 *                       was refused (ICMP port unreachable).
 *   SOCK2_ENOTCONN      a stream socket that is not connected.
 *   SOCK2_ENOTSOCK      s is not a socket.
 *   SOCK2_ENOTSUP       a flag the socket does not support (SOCK2_MSG_OOB
 *                       on a datagram socket).
 *   other               any other error recv() reports.
 * @platforms  All; a SOCK2_MSG_* flag the OS lacks is 0 and asks for
 *   nothing; SOCK2_MSG_DONTWAIT is emulated on Windows.
 * @since  0.1.0
 * @page sock2_recv
 */
SOCK2_EXTERN sock2_ssize_t sock2_recv_with_flags(sock2_socket_t s, void *buf,
                                                 size_t len, int flags);

/**
 * Receive out-of-band data: recv(s, buf, len, MSG_OOB).
 *
 * @param s    a connected stream socket.
 * @param buf  where to store the byte; may be NULL if len is 0.
 * @param len  its size.
 * @return as sock2_recv().
 * @errors
 *   SOCK2_EBADF         s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL        there is no urgent data (the OS's answer on Linux),
 *                       or a NULL buffer with len > 0 or a len above
 *                       PTRDIFF_MAX (before any system call).
 *   SOCK2_EAGAIN        no urgent data (other systems), or the socket is
 *                       non-blocking.
 *   SOCK2_EINTR         a signal interrupted the call (not retried).
 *   SOCK2_ENOTSUP       the socket is not a stream socket.
 *   SOCK2_ENOTCONN      the socket is not connected.
 *   SOCK2_ENOTSOCK      s is not a socket.
 *   other               any other error recv() reports.
 * @platforms  All.
 * @since  0.1.0
 * @see  sock2_send_out_of_band(3)
 */
SOCK2_EXTERN sock2_ssize_t sock2_recv_out_of_band(sock2_socket_t s,
                                                  void *buf, size_t len);

/**
 * Look at incoming bytes without consuming them.
 *
 * recv(s, buf, len, MSG_PEEK): the next receive returns the same bytes.
 *
 * @param s    the socket.
 * @param buf  where to store the bytes; may be NULL if len is 0.
 * @param len  its size.
 * @return as sock2_recv().
 * @errors
 *   SOCK2_EBADF         s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL        a NULL buffer with a non-zero length, a NULL
 *                       buffer array with a non-zero count, a NULL message,
 *                       or a length above PTRDIFF_MAX: all before any
 *                       system call.
 *   SOCK2_EAGAIN        the socket is non-blocking and nothing has arrived,
 *                       or the read timeout expired (POSIX).
 *   SOCK2_ETIMEDOUT     the read timeout expired (Windows).
 *   SOCK2_EINTR         a signal interrupted the call (not retried).
 *   SOCK2_ECONNRESET    the peer reset the connection.
 *   SOCK2_ECONNREFUSED  a connected datagram socket whose earlier datagram
 *                       was refused (ICMP port unreachable).
 *   SOCK2_ENOTCONN      a stream socket that is not connected.
 *   SOCK2_ENOTSOCK      s is not a socket.
 *   other               any other error recv() reports.
 * @platforms  All.
 * @since  0.1.0
 * @see  sock2_recv(3), sock2_peek_from(3)
 */
SOCK2_EXTERN sock2_ssize_t sock2_peek(sock2_socket_t s, void *buf,
                                      size_t len);

/**
 * Receive a datagram and its sender: recvfrom(s, buf, len, 0, from).
 *
 * The storage of from past the reported length is zeroed.
 * sock2_recv_from_with_flags() is recvfrom(s, buf, len, flags, from).
 *
 * @param s     the socket.
 * @param buf   where to store the datagram; may be NULL if len is 0.
 * @param len   its size; a longer datagram is truncated.
 * @param from  receives the sender's address (length included); may be
 *              NULL. On a connected stream the OS may report no address:
 *              from->len is then 0.
 * @return as sock2_recv(); from is unchanged on error.
 * @errors
 *   SOCK2_EBADF         s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL        a NULL buffer with a non-zero length, a NULL
 *                       buffer array with a non-zero count, a NULL message,
 *                       or a length above PTRDIFF_MAX: all before any
 *                       system call.
 *   SOCK2_EAGAIN        the socket is non-blocking and nothing has arrived,
 *                       or the read timeout expired (POSIX).
 *   SOCK2_ETIMEDOUT     the read timeout expired (Windows).
 *   SOCK2_EINTR         a signal interrupted the call (not retried).
 *   SOCK2_ECONNRESET    the peer reset the connection.
 *   SOCK2_ECONNREFUSED  a connected datagram socket whose earlier datagram
 *                       was refused (ICMP port unreachable).
 *   SOCK2_ENOTCONN      a stream socket that is not connected.
 *   SOCK2_ENOTSOCK      s is not a socket.
 *   other               any other error recvfrom() reports.
 * @platforms  All.
 * @example
 *   char buf[1500];
 *   sock2_addr_t from;
 *   sock2_ssize_t n = sock2_recv_from(udp, buf, sizeof(buf), &from);
 *   if (n >= 0)
 *     sock2_send_to(udp, buf, (size_t)n, &from);      // echo it back
 * @since  0.1.0
 * @see  sock2_send_to(3), sock2_recv_from_vectored(3)
 */
SOCK2_EXTERN sock2_ssize_t sock2_recv_from(sock2_socket_t s, void *buf,
                                           size_t len, sock2_addr_t *from);

/**
 * sock2_recv_from() with flags: recvfrom(s, buf, len, flags, from).
 *
 * @param s      the socket.
 * @param buf    where to store the datagram; may be NULL if len is 0.
 * @param len    its size.
 * @param from   receives the sender's address; may be NULL.
 * @param flags  SOCK2_MSG_* bits, passed to the OS unchanged.
 * @return as sock2_recv_from().
 * @errors
 *   SOCK2_EBADF         s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL        a NULL buffer with a non-zero length, a NULL
 *                       buffer array with a non-zero count, a NULL message,
 *                       or a length above PTRDIFF_MAX: all before any
 *                       system call.
 *   SOCK2_EAGAIN        the socket is non-blocking and nothing has arrived,
 *                       or the read timeout expired (POSIX).
 *   SOCK2_ETIMEDOUT     the read timeout expired (Windows).
 *   SOCK2_EINTR         a signal interrupted the call (not retried).
 *   SOCK2_ECONNRESET    the peer reset the connection.
 *   SOCK2_ECONNREFUSED  a connected datagram socket whose earlier datagram
 *                       was refused (ICMP port unreachable).
 *   SOCK2_ENOTCONN      a stream socket that is not connected.
 *   SOCK2_ENOTSOCK      s is not a socket.
 *   SOCK2_ENOTSUP       a flag the socket does not support (SOCK2_MSG_OOB
 *                       on a datagram socket).
 *   other               any other error recvfrom() reports.
 * @platforms  All; SOCK2_MSG_DONTWAIT is emulated on Windows.
 * @since  0.1.0
 * @page sock2_recv_from
 */
SOCK2_EXTERN sock2_ssize_t sock2_recv_from_with_flags(sock2_socket_t s,
                                                      void *buf, size_t len,
                                                      sock2_addr_t *from,
                                                      int flags);

/**
 * Look at the next datagram and its sender without consuming it.
 *
 * recvfrom(s, buf, len, MSG_PEEK, from). A datagram longer than len is
 * truncated in buf but stays queued whole (on Windows too: the backend
 * turns WSAEMSGSIZE into the byte count, as for every receive).
 *
 * @param s     the socket.
 * @param buf   where to store the start of the datagram; may be NULL if
 *              len is 0.
 * @param len   its size.
 * @param from  receives the sender's address; may be NULL.
 * @return as sock2_recv_from().
 * @errors
 *   SOCK2_EBADF         s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL        a NULL buffer with a non-zero length, a NULL
 *                       buffer array with a non-zero count, a NULL message,
 *                       or a length above PTRDIFF_MAX: all before any
 *                       system call.
 *   SOCK2_EAGAIN        the socket is non-blocking and nothing has arrived,
 *                       or the read timeout expired (POSIX).
 *   SOCK2_ETIMEDOUT     the read timeout expired (Windows).
 *   SOCK2_EINTR         a signal interrupted the call (not retried).
 *   SOCK2_ECONNRESET    the peer reset the connection.
 *   SOCK2_ECONNREFUSED  a connected datagram socket whose earlier datagram
 *                       was refused (ICMP port unreachable).
 *   SOCK2_ENOTCONN      a stream socket that is not connected.
 *   SOCK2_ENOTSOCK      s is not a socket.
 *   other               any other error recvfrom() reports.
 * @platforms  All.
 * @example
 *   char head[8];
 *   sock2_addr_t from;
 *   if (sock2_peek_from(udp, head, sizeof(head), &from) >= 0 &&
 *       head[0] == 'Q')
 *     n = sock2_recv_from(udp, buf, sizeof(buf), &from);
 * @since  0.1.0
 * @see  sock2_peek_sender(3), sock2_recv_from(3)
 */
SOCK2_EXTERN sock2_ssize_t sock2_peek_from(sock2_socket_t s, void *buf,
                                           size_t len, sock2_addr_t *from);

/**
 * The sender of the next datagram, without consuming it.
 *
 * socket2's peek_sender: recvfrom(s, scratch, 8, MSG_PEEK, from) with an
 * 8-byte scratch buffer, because macOS fills no address for a 0-byte
 * buffer. Windows: recvfrom(s, NULL, 0, MSG_PEEK, from), ignoring
 * WSAEMSGSIZE.
 *
 * @param s     the socket.
 * @param from  receives the sender's address.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EBADF         s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL        from is NULL.
 *   SOCK2_EAGAIN        the socket is non-blocking and nothing has arrived,
 *                       or the read timeout expired (POSIX).
 *   SOCK2_ETIMEDOUT     the read timeout expired (Windows).
 *   SOCK2_EINTR         a signal interrupted the call (not retried).
 *   SOCK2_ECONNRESET    the peer reset the connection.
 *   SOCK2_ECONNREFUSED  an earlier datagram was refused (ICMP port
 *                       unreachable).
 *   SOCK2_ENOTSOCK      s is not a socket.
 *   other               any other error recvfrom() reports.
 * @platforms  All.
 * @since  0.1.0
 * @see  sock2_peek_from(3)
 */
SOCK2_EXTERN int sock2_peek_sender(sock2_socket_t s, sock2_addr_t *from);

/**
 * Scatter-receive one message into several buffers.
 *
 * recvmsg() with only msg_iov set (WSARecv on Windows).
 * sock2_recv_vectored_with_flags() is recvmsg(s, {iov}, flags).
 *
 * @param s       the socket.
 * @param bufs    n buffers; may be NULL if n is 0.
 * @param n       how many buffers; at most IOV_MAX.
 * @param rflags  receives the message flags (test with
 *                sock2_recv_flags_is_truncated() etc.); may be NULL. On
 *                Windows only the truncated bit is ever reported.
 * @return the number of bytes received, else a negative error code.
 * @errors
 *   SOCK2_EBADF         s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL        a NULL buffer with a non-zero length, a NULL
 *                       buffer array with a non-zero count, a NULL message,
 *                       or a length above PTRDIFF_MAX: all before any
 *                       system call.
 *   SOCK2_EAGAIN        the socket is non-blocking and nothing has arrived,
 *                       or the read timeout expired (POSIX).
 *   SOCK2_ETIMEDOUT     the read timeout expired (Windows).
 *   SOCK2_EINTR         a signal interrupted the call (not retried).
 *   SOCK2_ECONNRESET    the peer reset the connection.
 *   SOCK2_ECONNREFUSED  a connected datagram socket whose earlier datagram
 *                       was refused (ICMP port unreachable).
 *   SOCK2_ENOTCONN      a stream socket that is not connected.
 *   SOCK2_ENOTSOCK      s is not a socket.
 *   SOCK2_EMSGSIZE      n is above IOV_MAX (before any system call).
 *   other               any other error recvmsg() (WSARecv()) reports.
 * @platforms  All.
 * @example
 *   char hdr[8], body[1024];
 *   sock2_buf_t b[2];
 *   int rflags;
 *   b[0].base = hdr;
 *   b[0].len = sizeof(hdr);
 *   b[1].base = body;
 *   b[1].len = sizeof(body);
 *   if (sock2_recv_vectored(udp, b, 2, &rflags) >= 0 &&
 *       sock2_recv_flags_is_truncated(rflags))
 *     fputs("datagram cut\n", stderr);
 * @since  0.1.0
 * @see  sock2_buf_t(3), sock2_recv_flags_is_truncated(3)
 */
SOCK2_EXTERN sock2_ssize_t sock2_recv_vectored(sock2_socket_t s,
                                               sock2_buf_t *bufs, size_t n,
                                               int *rflags);

/**
 * sock2_recv_vectored() with flags: recvmsg(s, {iov}, flags).
 *
 * @param s       the socket.
 * @param bufs    n buffers; may be NULL if n is 0.
 * @param n       how many buffers; at most IOV_MAX.
 * @param rflags  receives the message flags; may be NULL.
 * @param flags   SOCK2_MSG_* bits, passed to the OS unchanged.
 * @return as sock2_recv_vectored().
 * @errors
 *   SOCK2_EBADF         s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL        a NULL buffer with a non-zero length, a NULL
 *                       buffer array with a non-zero count, a NULL message,
 *                       or a length above PTRDIFF_MAX: all before any
 *                       system call.
 *   SOCK2_EAGAIN        the socket is non-blocking and nothing has arrived,
 *                       or the read timeout expired (POSIX).
 *   SOCK2_ETIMEDOUT     the read timeout expired (Windows).
 *   SOCK2_EINTR         a signal interrupted the call (not retried).
 *   SOCK2_ECONNRESET    the peer reset the connection.
 *   SOCK2_ECONNREFUSED  a connected datagram socket whose earlier datagram
 *                       was refused (ICMP port unreachable).
 *   SOCK2_ENOTCONN      a stream socket that is not connected.
 *   SOCK2_ENOTSOCK      s is not a socket.
 *   SOCK2_EMSGSIZE      n is above IOV_MAX (before any system call).
 *   SOCK2_ENOTSUP       a flag the socket does not support (SOCK2_MSG_OOB
 *                       on a datagram socket).
 *   other               any other error recvmsg() (WSARecv()) reports.
 * @platforms  All; SOCK2_MSG_DONTWAIT is emulated on Windows.
 * @since  0.1.0
 * @page sock2_recv_vectored
 */
SOCK2_EXTERN sock2_ssize_t sock2_recv_vectored_with_flags(sock2_socket_t s,
                                                          sock2_buf_t *bufs,
                                                          size_t n,
                                                          int *rflags,
                                                          int flags);

/**
 * Scatter-receive one datagram and its sender.
 *
 * recvmsg() with msg_name and msg_iov (WSARecvFrom on Windows).
 *
 * @param s       the socket.
 * @param bufs    n buffers; may be NULL if n is 0.
 * @param n       how many buffers; at most IOV_MAX.
 * @param from    receives the sender's address; may be NULL.
 * @param rflags  receives the message flags; may be NULL.
 * @return as sock2_recv_vectored(); from is unchanged on error.
 * @errors
 *   SOCK2_EBADF         s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL        a NULL buffer with a non-zero length, a NULL
 *                       buffer array with a non-zero count, a NULL message,
 *                       or a length above PTRDIFF_MAX: all before any
 *                       system call.
 *   SOCK2_EAGAIN        the socket is non-blocking and nothing has arrived,
 *                       or the read timeout expired (POSIX).
 *   SOCK2_ETIMEDOUT     the read timeout expired (Windows).
 *   SOCK2_EINTR         a signal interrupted the call (not retried).
 *   SOCK2_ECONNRESET    the peer reset the connection.
 *   SOCK2_ECONNREFUSED  a connected datagram socket whose earlier datagram
 *                       was refused (ICMP port unreachable).
 *   SOCK2_ENOTCONN      a stream socket that is not connected.
 *   SOCK2_ENOTSOCK      s is not a socket.
 *   SOCK2_EMSGSIZE      n is above IOV_MAX (before any system call).
 *   other               any other error recvmsg() (WSARecvFrom())
 *                       reports.
 * @platforms  All.
 * @since  0.1.0
 * @see  sock2_recv_from(3), sock2_recv_vectored(3)
 */
SOCK2_EXTERN sock2_ssize_t sock2_recv_from_vectored(sock2_socket_t s,
                                                    sock2_buf_t *bufs,
                                                    size_t n,
                                                    sock2_addr_t *from,
                                                    int *rflags);

/**
 * sock2_recv_from_vectored() with flags.
 *
 * @param s       the socket.
 * @param bufs    n buffers; may be NULL if n is 0.
 * @param n       how many buffers; at most IOV_MAX.
 * @param from    receives the sender's address; may be NULL.
 * @param rflags  receives the message flags; may be NULL.
 * @param flags   SOCK2_MSG_* bits, passed to the OS unchanged.
 * @return as sock2_recv_from_vectored().
 * @errors
 *   SOCK2_EBADF         s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL        a NULL buffer with a non-zero length, a NULL
 *                       buffer array with a non-zero count, a NULL message,
 *                       or a length above PTRDIFF_MAX: all before any
 *                       system call.
 *   SOCK2_EAGAIN        the socket is non-blocking and nothing has arrived,
 *                       or the read timeout expired (POSIX).
 *   SOCK2_ETIMEDOUT     the read timeout expired (Windows).
 *   SOCK2_EINTR         a signal interrupted the call (not retried).
 *   SOCK2_ECONNRESET    the peer reset the connection.
 *   SOCK2_ECONNREFUSED  a connected datagram socket whose earlier datagram
 *                       was refused (ICMP port unreachable).
 *   SOCK2_ENOTCONN      a stream socket that is not connected.
 *   SOCK2_ENOTSOCK      s is not a socket.
 *   SOCK2_EMSGSIZE      n is above IOV_MAX (before any system call).
 *   SOCK2_ENOTSUP       a flag the socket does not support (SOCK2_MSG_OOB
 *                       on a datagram socket).
 *   other               any other error recvmsg() (WSARecvFrom())
 *                       reports.
 * @platforms  All; SOCK2_MSG_DONTWAIT is emulated on Windows.
 * @since  0.1.0
 * @page sock2_recv_from_vectored
 */
SOCK2_EXTERN sock2_ssize_t sock2_recv_from_vectored_with_flags(
  sock2_socket_t s, sock2_buf_t *bufs, size_t n, sock2_addr_t *from,
  int *rflags, int flags);

/**
 * Receive into a message built with the sock2_msg_*() functions.
 *
 * recvmsg(s, msg, flags). Afterwards sock2_msg_flags(),
 * sock2_msg_control_len() and sock2_msg_addr_len() tell what arrived.
 * Windows: WSARecvMsg (fetched once with SIO_GET_EXTENSION_FUNCTION_POINTER;
 * datagram and raw sockets only), WSAEMSGSIZE reported as the byte count
 * with MSG_TRUNC in the flags.
 * Descriptors received in SCM_RIGHTS messages are close-on-exec: the
 * library ORs MSG_CMSG_CLOEXEC into flags where the OS has it (Linux, the
 * BSDs; atomic), and elsewhere (Apple, or a build without it) sets
 * FD_CLOEXEC on each right after the call (a fork+exec in another thread
 * in between may inherit them). Clear it with sock2_set_cloexec(fd, 0)
 * for a descriptor a child must inherit. Read them with the walker of
 * <sock2/cmsg.h>; pass SOCK2_MSG_ERRQUEUE to read the error queue.
 *
 * @param s      the socket.
 * @param msg    the message header.
 * @param flags  SOCK2_MSG_* bits, passed to the OS (with MSG_CMSG_CLOEXEC
 *               added where it exists).
 * @return the number of bytes received, else a negative error code.
 * @errors
 *   SOCK2_EBADF         s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL        a NULL buffer with a non-zero length, a NULL
 *                       buffer array with a non-zero count, a NULL message,
 *                       or a length above PTRDIFF_MAX: all before any
 *                       system call.
 *   SOCK2_EAGAIN        the socket is non-blocking and nothing has arrived,
 *                       or the read timeout expired (POSIX).
 *   SOCK2_ETIMEDOUT     the read timeout expired (Windows).
 *   SOCK2_EINTR         a signal interrupted the call (not retried).
 *   SOCK2_ECONNRESET    the peer reset the connection.
 *   SOCK2_ECONNREFUSED  a connected datagram socket whose earlier datagram
 *                       was refused (ICMP port unreachable).
 *   SOCK2_ENOTCONN      a stream socket that is not connected.
 *   SOCK2_ENOTSOCK      s is not a socket.
 *   SOCK2_ENOTSUP       a flag the socket does not support (SOCK2_MSG_OOB
 *                       on a datagram socket).
 *   other               any other error recvmsg() (WSARecvMsg())
 *                       reports; on Windows SOCK2_ENOTSUP also for a
 *                       stream socket or a provider without WSARecvMsg.
 * @platforms  All; on Windows datagram and raw sockets only, where the
 *   provider has WSARecvMsg (sock2_has(SOCK2_FEATURE_WSARECVMSG)).
 * @example
 *   char data[1500], cbuf[256];
 *   sock2_addr_t from;
 *   sock2_buf_t b;
 *   sock2_msg_t m;
 *   b.base = data;
 *   b.len = sizeof(data);
 *   sock2_msg_init(&m);
 *   sock2_msg_set_recv_addr(&m, &from);
 *   sock2_msg_set_bufs(&m, &b, 1);
 *   sock2_msg_set_control(&m, cbuf, sizeof(cbuf));
 *   if (sock2_recvmsg(udp, &m, 0) >= 0) {
 *     from.len = (sock2_socklen_t)sock2_msg_addr_len(&m);
 *     // walk CMSG_FIRSTHDR((struct msghdr *)&m) ...
 *   }
 * @since  0.1.0
 * @see  sock2_msg_t(3), sock2_sendmsg(3), sock2_recv_from_vectored(3)
 */
SOCK2_EXTERN sock2_ssize_t sock2_recvmsg(sock2_socket_t s, sock2_msg_t *msg,
                                         int flags);

/* ---- Received-message flags --------------------------------------------- */

/**
 * 1 if the datagram did not fit the buffers (MSG_TRUNC), else 0.
 *
 * Tests the received-message flags that sock2_recv_vectored() and the like
 * store in *rflags, or that sock2_msg_flags() returns.
 *
 * @param rflags  received-message flags.
 * @return 1 or 0.
 * @errors
 *   none       the function cannot fail.
 * @platforms  All.
 * @since  0.1.0
 * @see  sock2_recv_vectored(3), sock2_msg_flags(3)
 */
SOCK2_EXTERN int sock2_recv_flags_is_truncated(int rflags);
/**
 * 1 if control data did not fit the control buffer (MSG_CTRUNC), else 0.
 *
 * @param rflags  received-message flags.
 * @return 1 or 0.
 * @errors
 *   none       the function cannot fail.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_recv_flags_is_truncated
 */
SOCK2_EXTERN int sock2_recv_flags_is_control_truncated(int rflags);
/**
 * 1 if the message ends a record (MSG_EOR), else 0.
 *
 * @param rflags  received-message flags.
 * @return 1 or 0.
 * @errors
 *   none       the function cannot fail.
 * @platforms  All; never 1 on Windows.
 * @since  0.1.0
 * @page sock2_recv_flags_is_truncated
 */
SOCK2_EXTERN int sock2_recv_flags_is_end_of_record(int rflags);
/**
 * 1 if out-of-band data was received (MSG_OOB), else 0.
 *
 * @param rflags  received-message flags.
 * @return 1 or 0.
 * @errors
 *   none       the function cannot fail.
 * @platforms  All; never 1 on Windows.
 * @since  0.1.0
 * @page sock2_recv_flags_is_truncated
 */
SOCK2_EXTERN int sock2_recv_flags_is_out_of_band(int rflags);
/**
 * 1 if MSG_CONFIRM is set, else 0.
 *
 * @param rflags  received-message flags.
 * @return 1 or 0.
 * @errors
 *   none       the function cannot fail.
 * @platforms  Linux only; 0 elsewhere.
 * @since  0.1.0
 * @page sock2_recv_flags_is_truncated
 */
SOCK2_EXTERN int sock2_recv_flags_is_confirm(int rflags);
/**
 * 1 if MSG_DONTROUTE is set, else 0.
 *
 * @param rflags  received-message flags.
 * @return 1 or 0.
 * @errors
 *   none       the function cannot fail.
 * @platforms  All; only Linux reports it.
 * @since  0.1.0
 * @page sock2_recv_flags_is_truncated
 */
SOCK2_EXTERN int sock2_recv_flags_is_dontroute(int rflags);

/* ---- Message headers (socket2's MsgHdr / MsgHdrMut) --------------------- */

/*
 * sock2_msg_t is the OS's struct msghdr (WSAMSG on Windows): the functions
 * below only store pointers and lengths in it, so the header costs nothing
 * over filling the struct by hand. The memory it points to (address,
 * buffers, control buffer) must stay valid until the call that uses it
 * returns.
 */

/**
 * Zero a message header.
 *
 * No address, no buffers, no control data, flags 0. The sock2_msg_*()
 * functions only store pointers and lengths in the header, so it costs
 * nothing over filling the struct by hand; the memory it points to must
 * stay valid until the call that uses it returns.
 *
 * @param msg  the header.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EINVAL   msg is NULL.
 * @platforms  All.
 * @example
 *   sock2_msg_t m;
 *   sock2_buf_t b;
 *   b.base = buf;
 *   b.len = sizeof(buf);
 *   sock2_msg_init(&m);
 *   sock2_msg_set_bufs(&m, &b, 1);
 *   sock2_ssize_t n = sock2_recvmsg(s, &m, 0);
 * @since  0.1.0
 * @see  sock2_msg_t(3), sock2_sendmsg(3), sock2_recvmsg(3)
 */
SOCK2_EXTERN int sock2_msg_init(sock2_msg_t *msg);

/**
 * Set the destination for sock2_sendmsg().
 *
 * msg_name = &to->storage, msg_namelen = to->len (a unix address longer
 * than struct sockaddr_un: that size, as sock2_bind() passes). NULL clears
 * it.
 *
 * @param msg  the header.
 * @param to   the destination, or NULL.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EINVAL   msg is NULL or to->len exceeds its storage (msg is then
 *                  unchanged).
 * @platforms  All.
 * @since  0.1.0
 * @see  sock2_sendmsg(3)
 */
SOCK2_EXTERN int sock2_msg_set_addr(sock2_msg_t *msg, const sock2_addr_t *to);

/**
 * Set where sock2_recvmsg() stores the sender.
 *
 * msg_name = &from->storage, msg_namelen = sizeof(from->storage). After
 * the call, set from->len from sock2_msg_addr_len()
 * (sock2_recv_from_vectored() does both for you). NULL clears it.
 *
 * @param msg   the header.
 * @param from  where the sender's address goes, or NULL.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EINVAL   msg is NULL.
 * @platforms  All.
 * @since  0.1.0
 * @see  sock2_recvmsg(3)
 */
SOCK2_EXTERN int sock2_msg_set_recv_addr(sock2_msg_t *msg,
                                         sock2_addr_t *from);

/**
 * Set the data buffers.
 *
 * msg_iov = bufs, msg_iovlen = n (lpBuffers and dwBufferCount on Windows).
 *
 * @param msg   the header.
 * @param bufs  n buffers; may be NULL if n is 0.
 * @param n     how many buffers; at most IOV_MAX.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EINVAL    msg is NULL, or bufs is NULL with n > 0.
 *   SOCK2_EMSGSIZE  n is above IOV_MAX (msg is then unchanged).
 * @platforms  All.
 * @since  0.1.0
 * @see  sock2_buf_t(3)
 */
SOCK2_EXTERN int sock2_msg_set_bufs(sock2_msg_t *msg, const sock2_buf_t *bufs,
                                    size_t n);

/**
 * Set the control (ancillary data) buffer.
 *
 * msg_control = control, msg_controllen = len, clamped to the largest
 * value msg_controllen holds (socklen_t on musl and the BSDs, ULONG on
 * Windows). Build and walk it with the OS's CMSG_* macros on
 * (struct msghdr *)msg. Linux refuses a control length above INT_MAX on
 * send (SOCK2_ENOBUFS); musl's sendmsg() on 64-bit targets copies the
 * control data first and refuses a length above its 1 KiB buffer itself
 * (SOCK2_ENOMEM). After sock2_recvmsg(), sock2_msg_control_len() tells
 * how many bytes of control data the kernel wrote.
 *
 * @param msg      the header.
 * @param control  the control buffer; may be NULL if len is 0.
 * @param len      its size.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EINVAL   msg is NULL, control is NULL with len > 0, or len is
 *                  above PTRDIFF_MAX (msg is then unchanged).
 * @platforms  All.
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_msg_set_control(sock2_msg_t *msg, void *control,
                                       size_t len);

/**
 * Set msg_flags (dwFlags on Windows).
 *
 * The kernel ignores them on send and overwrites them on receive; this
 * exists for socket2's with_flags. sock2_msg_flags() reads them after
 * sock2_recvmsg().
 *
 * @param msg    the header.
 * @param flags  the flags.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EINVAL   msg is NULL.
 * @platforms  All.
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_msg_set_flags(sock2_msg_t *msg, int flags);

/**
 * The message flags after sock2_recvmsg().
 *
 * SOCK2_MSG_TRUNC, _CTRUNC, _EOR, _OOB, ... (socket2's MsgHdrMut::flags);
 * test them with the sock2_recv_flags_is_*() predicates.
 *
 * @param msg  the header.
 * @return the flags (>= 0), else a negative error code.
 * @errors
 *   SOCK2_EINVAL   msg is NULL.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_msg_set_flags
 */
SOCK2_EXTERN int sock2_msg_flags(const sock2_msg_t *msg);

/**
 * How many bytes of control data the kernel wrote.
 *
 * msg_controllen after sock2_recvmsg() (socket2's
 * MsgHdrMut::control_len).
 *
 * @param msg  the header.
 * @return the length; 0 for NULL.
 * @errors
 *   none       the function cannot fail.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_msg_set_control
 */
SOCK2_EXTERN size_t sock2_msg_control_len(const sock2_msg_t *msg);

/**
 * The address length in the header (msg_namelen).
 *
 * After sock2_recvmsg(), the length of the sender's address, 0 if none was
 * reported.
 *
 * @param msg  the header.
 * @return the length (>= 0), else a negative error code.
 * @errors
 *   SOCK2_EINVAL   msg is NULL.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_msg_set_recv_addr
 */
SOCK2_EXTERN int sock2_msg_addr_len(const sock2_msg_t *msg);

/* ---- sendfile ----------------------------------------------------------- */

/**
 * Send bytes of a file on a connected stream socket.
 *
 * In the kernel where the OS can (socket2's sendfile). One call; the
 * result may be short: call again from offset + result. The file's own
 * offset is not used or moved.
 *
 * - Linux: sendfile(s, file, &off, len), with len 0 meaning 0x7ffff000
 *   (the kernel's per-call maximum; stops at end of file).
 * - FreeBSD/DragonFly: sendfile(file, s, off, len, NULL, &sbytes, 0).
 * - macOS: sendfile(file, s, off, &len, NULL, 0).
 *   On both, at most SSIZE_MAX (INT_MAX - 1 on macOS) per call, 0 and
 *   longer lengths included, so the count returned always fits.
 * - other POSIX systems: one pread() of at most 16 KiB into a stack
 *   buffer and one send(), so the result is at most 16 KiB.
 * - Windows: file is a HANDLE; one ReadFile() at the offset (at most
 *   64 KiB) and one send().
 *
 * sock2_has(SOCK2_FEATURE_SENDFILE) tells whether a kernel path is used.
 *
 * No SIGPIPE: sendfile() takes no MSG_NOSIGNAL, so on Linux and FreeBSD
 * it runs under the SIGPIPE guard (see the rules at the top of
 * <sock2/io.h>); macOS relies on SO_NOSIGPIPE as sock2_send() does; the
 * read-and-send fallback's send() is protected as sock2_send() is. On
 * Linux, with SIGPIPE unblocked, that is 4 system calls:
 * rt_sigprocmask(SIG_BLOCK, [PIPE]), sendfile, rt_sigpending,
 * rt_sigprocmask(SIG_SETMASK) (with SIGPIPE blocked by the caller:
 * rt_sigprocmask, rt_sigpending, sendfile, rt_sigpending). The
 * rt_sigpending after the call is made whatever it returns, because a
 * successful result can carry the signal: when the peer goes away in the
 * middle, Linux returns the bytes it moved and raises SIGPIPE from the
 * internal send that failed, so no result rules a SIGPIPE out.
 *
 * @param s       a connected stream socket.
 * @param file    a regular file open for reading.
 * @param offset  where to start in the file.
 * @param len     how many bytes; 0 means "to the end of the file". It
 *                counts file bytes, not memory, so any value is valid
 *                (SIZE_MAX too): it is clamped to the per-call maximum.
 * @return the number of bytes sent (0 at end of file), else a negative
 *         error code.
 * @errors
 *   SOCK2_EBADF      s is SOCK2_INVALID_SOCKET, or s or file is not an
 *                    open descriptor (file not open for reading).
 *   SOCK2_EOVERFLOW  offset does not fit off_t.
 *   SOCK2_EPIPE      the peer has gone (no SIGPIPE is raised).
 *   SOCK2_EAGAIN     the socket is non-blocking and the send would block,
 *                    or the write timeout expired.
 *   SOCK2_EINTR      a signal interrupted the call (not retried).
 *   SOCK2_EINVAL     the OS refuses the file (not a regular file) or the
 *                    socket (not a stream).
 *   SOCK2_ENOTSOCK   s is not a socket.
 *   SOCK2_ENOTCONN   s is not connected.
 *   SOCK2_ECONNRESET the peer reset the connection.
 *   SOCK2_EIO        reading the file failed.
 *   other            any other error of sendfile() (or of pread(),
 *                    ReadFile() and send() in the fallback).
 * @platforms  All; in the kernel on Linux, FreeBSD, DragonFly and macOS
 *   (sock2_has(SOCK2_FEATURE_SENDFILE)), read-and-send elsewhere.
 * @example
 *   int fd = open("index.html", O_RDONLY);
 *   uint64_t off = 0;
 *   sock2_ssize_t n;
 *   while ((n = sock2_sendfile(s, fd, off, 0)) > 0)
 *     off += (uint64_t)n;
 *   close(fd);
 * @since  0.1.0
 * @see  sock2_send(3), sock2_file_t(3)
 */
SOCK2_EXTERN sock2_ssize_t sock2_sendfile(sock2_socket_t s, sock2_file_t file,
                                          uint64_t offset, size_t len);

/* ---- Timeouts ----------------------------------------------------------- */

/**
 * Set the receive timeout: setsockopt(SOL_SOCKET, SO_RCVTIMEO).
 *
 * A struct timeval (a DWORD of milliseconds on Windows). A blocking
 * receive that waits longer fails with SOCK2_EAGAIN (SOCK2_ETIMEDOUT on
 * Windows, which reports WSAETIMEDOUT; Rust's std documents the same
 * split).
 *
 * Rounding: up to the next microsecond (millisecond on Windows), so a tiny
 * timeout never turns into 0, which the OS reads as "block forever".
 * Values beyond the OS's range are clamped to its largest timeout.
 * sock2_read_timeout() reads it back.
 *
 * @param s        the socket.
 * @param timeout  > 0, or SOCK2_DURATION_NONE for no timeout (block
 *                 forever).
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    timeout is 0 or negative other than
 *                   SOCK2_DURATION_NONE.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   other           any other error setsockopt() reports.
 * @platforms  All.
 * @example
 *   char buf[512];
 *   sock2_set_read_timeout(s, SOCK2_MSEC(500));
 *   if (sock2_recv(s, buf, sizeof(buf)) == SOCK2_EAGAIN)
 *     puts("nothing within 500 ms");
 * @since  0.1.0
 * @see  sock2_duration_t(3), sock2_set_write_timeout(3)
 */
SOCK2_EXTERN int sock2_set_read_timeout(sock2_socket_t s,
                                        sock2_duration_t timeout);

/**
 * Read the receive timeout: getsockopt(SOL_SOCKET, SO_RCVTIMEO).
 *
 * The OS may report a slightly larger value than was set (Linux keeps it
 * in clock ticks).
 *
 * @param s        the socket.
 * @param timeout  receives the timeout, SOCK2_DURATION_NONE for none.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    timeout is NULL.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   other           any other error getsockopt() reports.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_set_read_timeout
 */
SOCK2_EXTERN int sock2_read_timeout(sock2_socket_t s,
                                    sock2_duration_t *timeout);

/**
 * Set the send timeout: setsockopt(SOL_SOCKET, SO_SNDTIMEO).
 *
 * With the rules of sock2_set_read_timeout(): a blocking send that waits
 * longer fails with SOCK2_EAGAIN (SOCK2_ETIMEDOUT on Windows); rounded up,
 * clamped to the OS's range. sock2_write_timeout() reads it back.
 *
 * @param s        the socket.
 * @param timeout  > 0, or SOCK2_DURATION_NONE for no timeout.
 * @return as sock2_set_read_timeout().
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    timeout is 0 or negative other than
 *                   SOCK2_DURATION_NONE.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   other           any other error setsockopt() reports.
 * @platforms  All.
 * @since  0.1.0
 * @see  sock2_set_read_timeout(3)
 */
SOCK2_EXTERN int sock2_set_write_timeout(sock2_socket_t s,
                                         sock2_duration_t timeout);

/**
 * Read the send timeout: getsockopt(SOL_SOCKET, SO_SNDTIMEO).
 *
 * @param s        the socket.
 * @param timeout  receives the timeout, SOCK2_DURATION_NONE for none.
 * @return as sock2_read_timeout().
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    timeout is NULL.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   other           any other error getsockopt() reports.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_set_write_timeout
 */
SOCK2_EXTERN int sock2_write_timeout(sock2_socket_t s,
                                     sock2_duration_t *timeout);

#endif /* SOCK2_IO_H */
