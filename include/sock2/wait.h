/* SPDX-License-Identifier: MIT */
/*
 * libsock2 readiness waiting: one socket (sock2_wait()) or many
 * (sock2_poll()), poll() on POSIX and WSAPoll() on Windows. Included by
 * <sock2.h>; do not include it alone.
 *
 * Event bits (SOCK2_WAIT_*, defined by the part header with the OS's own
 * values): SOCK2_WAIT_READ (data, a pending connection or end of stream
 * can be read), SOCK2_WAIT_WRITE (a send would not block; a connect
 * finished), and, reported whether asked for or not, SOCK2_WAIT_ERROR (a
 * pending error: read it with sock2_take_error() or SO_ERROR),
 * SOCK2_WAIT_HUP (the peer hung up) and SOCK2_WAIT_INVALID (not an open
 * socket; sock2_poll() only).
 *
 * sock2_pollfd_t is the OS's own poll entry (struct pollfd, WSAPOLLFD):
 * { fd, events, revents }, so an array costs no conversion.
 */
#ifndef SOCK2_WAIT_H
#define SOCK2_WAIT_H

/**
 * Wait until a socket is readable or writable, or reports an error or a
 * hang-up.
 *
 * One poll() (WSAPoll() on Windows) on s for events. The timeout is
 * rounded up to whole milliseconds (never to 0); a wait longer than one
 * poll() can express (INT_MAX ms) is several polls. EINTR is returned,
 * not retried.
 *
 * @param s        the socket.
 * @param events   SOCK2_WAIT_READ and/or SOCK2_WAIT_WRITE (ERROR and HUP
 *                 may be given too; they are always reported).
 * @param timeout  how long to wait: 0 to check without waiting,
 *                 SOCK2_DURATION_NONE to wait for ever.
 * @return  the events that happened (> 0): SOCK2_WAIT_* bits.
 * @errors
 *   SOCK2_EBADF      s is SOCK2_INVALID_SOCKET or not open.
 *   SOCK2_EINVAL     events has neither READ nor WRITE, or other bits;
 *                    or timeout is negative (not SOCK2_DURATION_NONE).
 *   SOCK2_ETIMEDOUT  nothing happened within timeout.
 *   SOCK2_EINTR      a signal interrupted the wait.
 *   other            the error poll() reports (SOCK2_ENOMEM).
 * @platforms  All. Windows: WSAPoll() does not report a failed connect
 *   before Windows 10 2004 (the wait times out instead).
 * @example
 *   int ev = sock2_wait(s, SOCK2_WAIT_READ, SOCK2_SEC(5));
 *   if (ev == SOCK2_ETIMEDOUT)
 *     puts("nothing within 5 s");
 *   else if (ev > 0 && (ev & SOCK2_WAIT_READ))
 *     n = sock2_recv(s, buf, sizeof(buf), 0);
 * @since  0.2.0
 * @see  sock2_poll(3)
 */
SOCK2_EXTERN int sock2_wait(sock2_socket_t s, int events,
                            sock2_duration_t timeout);

/**
 * Wait for any of several sockets: a thin portable poll().
 *
 * One poll() (WSAPoll()) over fds[0..n-1]: each entry's events are
 * SOCK2_WAIT_* bits; revents receives what happened (SOCK2_WAIT_INVALID
 * for an entry that is not an open socket). An entry whose fd is
 * SOCK2_INVALID_SOCKET is ignored (its revents set to 0), as poll()
 * ignores negative descriptors. The timeout is rounded up to whole
 * milliseconds; a longer wait than one poll() can express is several.
 * EINTR is returned, not retried.
 *
 * @param fds      the entries; only their revents are written.
 * @param n        how many (at most INT_MAX; 0 just sleeps).
 * @param timeout  0 to check without waiting, SOCK2_DURATION_NONE for
 *                 ever.
 * @return  the number of entries with a non-zero revents; 0 when the
 *          time ran out.
 * @errors
 *   SOCK2_EINVAL  fds is NULL, n is above INT_MAX (or the OS's limit),
 *                 or timeout is negative (not SOCK2_DURATION_NONE).
 *   SOCK2_EINTR   a signal interrupted the wait.
 *   other         the error poll() reports (SOCK2_ENOMEM).
 * @platforms  All. Windows: WSAPoll() refuses an array with no valid
 *   socket (SOCK2_EINVAL; POSIX just sleeps) and, before Windows 10 2004,
 *   does not report failed connects.
 * @example
 *   sock2_pollfd_t p[2] = {{a, SOCK2_WAIT_READ, 0},
 *                          {b, SOCK2_WAIT_READ, 0}};
 *   if (sock2_poll(p, 2, SOCK2_MSEC(100)) > 0 &&
 *       (p[1].revents & SOCK2_WAIT_READ))
 *     handle(b);
 * @since  0.2.0
 * @see  sock2_wait(3)
 */
SOCK2_EXTERN int sock2_poll(sock2_pollfd_t *fds, size_t n,
                            sock2_duration_t timeout);

#endif /* SOCK2_WAIT_H */
