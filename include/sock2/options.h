/* SPDX-License-Identifier: MIT */
/*
 * libsock2 socket options, grouped by level as socket2 groups them.
 * Included by <sock2.h>; do not include it on its own.
 */
#ifndef SOCK2_OPTIONS_H
#define SOCK2_OPTIONS_H

/**
 * Read and clear the pending error of a socket.
 *
 * Reads getsockopt(SOL_SOCKET, SO_ERROR) (socket2's take_error) and translates
 * the OS error it holds to a SOCK2_E* code. Reading clears it. Use it after a
 * non-blocking connect reports the socket writable, to learn whether the
 * connection succeeded.
 *
 * @param s  the socket.
 * @param err  receives 0 (no pending error) or the pending error as a negative
 *             SOCK2_E* code.
 * @return  0, with *err set; the pending error is never the return value.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    err is NULL.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   other           any other error the system call reports.
 * @platforms  All.
 * @example
 *   int pending = 0;
 *   if (sock2_take_error(s, &pending) == 0 && pending != 0)
 *     fprintf(stderr, "connect: %s\n", sock2_strerror(pending));
 * @since  0.1.0
 * @see  sock2_connect(3), sock2_connect_timeout(3)
 */
SOCK2_EXTERN int sock2_take_error(sock2_socket_t s, int *err);

/* ---- SOL_SOCKET --------------------------------------------------------- */

/*
 * Common rules for every option function below:
 *   - a getter is named after the option (sock2_broadcast) and writes its
 *     result through a pointer; a setter is sock2_set_<option>;
 *   - SOCK2_EBADF for SOCK2_INVALID_SOCKET, SOCK2_EINVAL for a NULL result
 *     pointer or a value out of range (checked before any system call, so
 *     nothing changes), SOCK2_ENOTSUP where this build's OS lacks the
 *     option (see sock2_has()), else the OS error from getsockopt() or
 *     setsockopt();
 *   - booleans are int: any non-zero value sets, getters store 0 or 1 (a
 *     1-byte BOOLEAN reply, as Winsock gives for some options, is decoded
 *     the same as a 4-byte one);
 *   - each call is exactly one getsockopt() or setsockopt() unless its
 *     comment says otherwise.
 */

/**
 * Allow sending datagrams to broadcast addresses.
 *
 * Sets SOL_SOCKET / SO_BROADCAST. Off by default; without it a send to a
 * broadcast address fails with SOCK2_EACCES.
 *
 * Makes one setsockopt(SOL_SOCKET, SO_BROADCAST) with an int (any non-zero on
 * is passed as 1).
 *
 * @param s  the socket.
 * @param on  non-zero to turn the option on, 0 to turn it off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   other           any other error the system call reports.
 * @platforms  All.
 * @example
 *   sock2_socket_t s;
 *   int err = sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, &s);
 *   if (err == 0) {
 *     err = sock2_set_broadcast(s, 1);
 *     if (err != 0)
 *       fprintf(stderr, "SO_BROADCAST: %s\n", sock2_strerror(err));
 *     sock2_close(s);
 *   }
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_broadcast(sock2_socket_t s, int on);
/**
 * Tell whether SO_BROADCAST is on.
 *
 * Reads the option sock2_set_broadcast() sets: one getsockopt(SOL_SOCKET,
 * SO_BROADCAST). A 1-byte reply (as Winsock gives for some options) is decoded
 * as well as a 4-byte int.
 *
 * @param s  the socket.
 * @param on  receives 1 if the option is on, 0 if it is off.
 * @return  0, with *on set.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    on is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   other           any other error the system call reports.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_set_broadcast
 */
SOCK2_EXTERN int sock2_broadcast(sock2_socket_t s, int *on);

/**
 * Turn TCP keep-alive probes on or off.
 *
 * Sets SOL_SOCKET / SO_KEEPALIVE. Off by default. The probe timing is the OS's
 * (two hours of idle time on most systems); to tune it use
 * sock2_set_tcp_keepalive(), which also turns the option on.
 *
 * Makes one setsockopt(SOL_SOCKET, SO_KEEPALIVE) with an int (any non-zero on
 * is passed as 1).
 *
 * @param s  the socket.
 * @param on  non-zero to turn the option on, 0 to turn it off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   other           any other error the system call reports.
 * @platforms  All.
 * @since  0.1.0
 * @see  sock2_set_tcp_keepalive(3)
 */
SOCK2_EXTERN int sock2_set_keepalive(sock2_socket_t s, int on);
/**
 * Tell whether SO_KEEPALIVE is on.
 *
 * Reads the option sock2_set_keepalive() sets: one getsockopt(SOL_SOCKET,
 * SO_KEEPALIVE). A 1-byte reply (as Winsock gives for some options) is decoded
 * as well as a 4-byte int.
 *
 * @param s  the socket.
 * @param on  receives 1 if the option is on, 0 if it is off.
 * @return  0, with *on set.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    on is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   other           any other error the system call reports.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_set_keepalive
 */
SOCK2_EXTERN int sock2_keepalive(sock2_socket_t s, int *on);

/**
 * Set how long close waits for unsent data.
 *
 * Sets SOL_SOCKET / SO_LINGER with a struct linger. On Apple systems it uses
 * SO_LINGER_SEC instead, as Apple's SO_LINGER counts clock ticks
 * (sock2_has(SOCK2_FEATURE_SO_LINGER_SEC)); Windows takes a LINGER with 16-bit
 * fields.
 *
 * Off by default: close() returns at once and the OS sends what is queued in
 * the background. With a linger time, close() blocks until the data is sent or
 * the time runs out; a time of 0 makes close() reset the connection (RST) and
 * drop unsent data.
 *
 * @param s  the socket.
 * @param linger  SOCK2_DURATION_NONE turns lingering off ({0, 0}); any other
 *                duration >= 0 sets {1, seconds}, rounded up to whole seconds
 *                (0 stays 0).
 * @return  0.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    linger is negative and not SOCK2_DURATION_NONE (nothing
 *                   changes).
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ERANGE    the seconds do not fit l_linger (INT_MAX on POSIX, 65535
 *                   on Windows; nothing changes).
 *   other           any other error the system call reports.
 * @platforms  All.
 * @since  0.1.0
 * @see  sock2_close(3)
 */
SOCK2_EXTERN int sock2_set_linger(sock2_socket_t s, sock2_duration_t linger);
/**
 * Read how long close waits for unsent data.
 *
 * Reads getsockopt(SOL_SOCKET, SO_LINGER) (SO_LINGER_SEC on Apple), the option
 * sock2_set_linger() sets.
 *
 * @param s  the socket.
 * @param linger  receives SOCK2_DURATION_NONE if lingering is off (l_onoff is
 *                0), else the time in whole seconds.
 * @return  0, with *linger set.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    linger is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   other           any other error the system call reports.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_set_linger
 */
SOCK2_EXTERN int sock2_linger(sock2_socket_t s, sock2_duration_t *linger);

/**
 * Receive TCP urgent (out-of-band) data inline.
 *
 * Sets SOL_SOCKET / SO_OOBINLINE. Off by default; when on, urgent data arrives
 * in the normal data stream instead of through MSG_OOB.
 *
 * Makes one setsockopt(SOL_SOCKET, SO_OOBINLINE) with an int (any non-zero on
 * is passed as 1).
 *
 * @param s  the socket.
 * @param on  non-zero to turn the option on, 0 to turn it off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   other           any other error the system call reports.
 * @platforms  All.
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_out_of_band_inline(sock2_socket_t s, int on);
/**
 * Tell whether SO_OOBINLINE is on.
 *
 * Reads the option sock2_set_out_of_band_inline() sets: one
 * getsockopt(SOL_SOCKET, SO_OOBINLINE). A 1-byte reply (as Winsock gives for
 * some options) is decoded as well as a 4-byte int.
 *
 * @param s  the socket.
 * @param on  receives 1 if the option is on, 0 if it is off.
 * @return  0, with *on set.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    on is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   other           any other error the system call reports.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_set_out_of_band_inline
 */
SOCK2_EXTERN int sock2_out_of_band_inline(sock2_socket_t s, int *on);

/**
 * Receive the sender's credentials on a unix socket.
 *
 * Sets SOL_SOCKET / SO_PASSCRED. When on, each message received carries an
 * SCM_CREDENTIALS control message (pid, uid, gid of the sender).
 *
 * Makes one setsockopt(SOL_SOCKET, SO_PASSCRED) with an int (any non-zero on
 * is passed as 1).
 *
 * @param s  the socket.
 * @param on  non-zero to turn the option on, 0 to turn it off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENOTSUP   this OS has no SO_PASSCRED (Linux only).
 *   other           any other error the system call reports.
 * @platforms  Linux and Cygwin; SOCK2_ENOTSUP elsewhere, Windows included.
 *   Test with sock2_has(SOCK2_FEATURE_SO_PASSCRED).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_passcred(sock2_socket_t s, int on);
/**
 * Tell whether SO_PASSCRED is on.
 *
 * Reads the option sock2_set_passcred() sets: one getsockopt(SOL_SOCKET,
 * SO_PASSCRED). A 1-byte reply (as Winsock gives for some options) is decoded
 * as well as a 4-byte int.
 *
 * @param s  the socket.
 * @param on  receives 1 if the option is on, 0 if it is off.
 * @return  0, with *on set.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    on is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENOTSUP   this OS has no SO_PASSCRED (Linux only).
 *   other           any other error the system call reports.
 * @platforms  Linux and Cygwin; SOCK2_ENOTSUP elsewhere, Windows included.
 *   Test with sock2_has(SOCK2_FEATURE_SO_PASSCRED).
 * @since  0.1.0
 * @page sock2_set_passcred
 */
SOCK2_EXTERN int sock2_passcred(sock2_socket_t s, int *on);

/**
 * Set the priority of the socket's outgoing packets.
 *
 * Sets SOL_SOCKET / SO_PRIORITY (an int) to the protocol-defined priority,
 * which selects the queue of the traffic-control layer. 0 by default. Values
 * outside 0..6 need CAP_NET_ADMIN.
 *
 * @param s  the socket.
 * @param priority  the priority, >= 0.
 * @return  0.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    priority is negative (nothing changes).
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_EPERM     priority is above 6 without CAP_NET_ADMIN.
 *   SOCK2_ENOTSUP   this OS has no SO_PRIORITY (Linux only).
 *   other           any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_SO_PRIORITY).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_priority(sock2_socket_t s, int priority);
/**
 * Read the priority of the socket's outgoing packets.
 *
 * Reads getsockopt(SOL_SOCKET, SO_PRIORITY), which sock2_set_priority() sets.
 *
 * @param s  the socket.
 * @param priority  receives the priority.
 * @return  0, with *priority set.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    priority is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENOTSUP   this OS has no SO_PRIORITY (Linux only).
 *   other           any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_SO_PRIORITY).
 * @since  0.1.0
 * @page sock2_set_priority
 */
SOCK2_EXTERN int sock2_priority(sock2_socket_t s, int *priority);

/**
 * Set the size of the socket's receive buffer.
 *
 * Sets SOL_SOCKET / SO_RCVBUF (an int), in bytes. The default is the OS's
 * (net.core.rmem_default on Linux). Linux doubles the value (for its
 * bookkeeping) and caps it at net.core.rmem_max, so the getter reports what
 * the kernel keeps, not what was asked.
 *
 * @param s  the socket.
 * @param size  the size in bytes, >= 0.
 * @return  0.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    size is negative (nothing changes).
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   other           any other error the system call reports.
 * @platforms  All.
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_recv_buffer_size(sock2_socket_t s, int size);
/**
 * Read the size of the socket's receive buffer.
 *
 * Reads getsockopt(SOL_SOCKET, SO_RCVBUF): the size the kernel keeps, in bytes
 * (on Linux twice what sock2_set_recv_buffer_size() asked, within the cap).
 *
 * @param s  the socket.
 * @param size  receives the size in bytes.
 * @return  0, with *size set.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    size is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   other           any other error the system call reports.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_set_recv_buffer_size
 */
SOCK2_EXTERN int sock2_recv_buffer_size(sock2_socket_t s, int *size);

/**
 * Set the size of the socket's send buffer.
 *
 * Sets SOL_SOCKET / SO_SNDBUF (an int), in bytes. The default is the OS's
 * (net.core.wmem_default on Linux). Linux doubles the value (for its
 * bookkeeping) and caps it at net.core.wmem_max, so the getter reports what
 * the kernel keeps, not what was asked.
 *
 * @param s  the socket.
 * @param size  the size in bytes, >= 0.
 * @return  0.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    size is negative (nothing changes).
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   other           any other error the system call reports.
 * @platforms  All.
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_send_buffer_size(sock2_socket_t s, int size);
/**
 * Read the size of the socket's send buffer.
 *
 * Reads getsockopt(SOL_SOCKET, SO_SNDBUF): the size the kernel keeps, in bytes
 * (on Linux twice what sock2_set_send_buffer_size() asked, within the cap).
 *
 * @param s  the socket.
 * @param size  receives the size in bytes.
 * @return  0, with *size set.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    size is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   other           any other error the system call reports.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_set_send_buffer_size
 */
SOCK2_EXTERN int sock2_send_buffer_size(sock2_socket_t s, int *size);

/**
 * Allow binding a local address that is still in use.
 *
 * Sets SOL_SOCKET / SO_REUSEADDR. Off by default. On POSIX systems it lets a
 * server bind its port while old connections linger in TIME_WAIT. On Windows
 * it has Winsock's permissive meaning: another socket may then take over a
 * bound port (see sock2_set_exclusive_address_use()).
 *
 * Makes one setsockopt(SOL_SOCKET, SO_REUSEADDR) with an int (any non-zero on
 * is passed as 1).
 *
 * @param s  the socket.
 * @param on  non-zero to turn the option on, 0 to turn it off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   other           any other error the system call reports.
 * @platforms  All.
 * @since  0.1.0
 * @see  sock2_set_reuse_port(3), sock2_set_exclusive_address_use(3)
 */
SOCK2_EXTERN int sock2_set_reuse_address(sock2_socket_t s, int on);
/**
 * Tell whether SO_REUSEADDR is on.
 *
 * Reads the option sock2_set_reuse_address() sets: one getsockopt(SOL_SOCKET,
 * SO_REUSEADDR). A 1-byte reply (as Winsock gives for some options) is decoded
 * as well as a 4-byte int.
 *
 * @param s  the socket.
 * @param on  receives 1 if the option is on, 0 if it is off.
 * @return  0, with *on set.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    on is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   other           any other error the system call reports.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_set_reuse_address
 */
SOCK2_EXTERN int sock2_reuse_address(sock2_socket_t s, int *on);

/**
 * Allow several sockets to bind the same address and port.
 *
 * Sets SOL_SOCKET / SO_REUSEPORT. Off by default; every socket sharing the
 * port must set it before bind(). Linux spreads incoming connections and
 * datagrams over the sockets (of the same user).
 *
 * Makes one setsockopt(SOL_SOCKET, SO_REUSEPORT) with an int (any non-zero on
 * is passed as 1).
 *
 * @param s  the socket.
 * @param on  non-zero to turn the option on, 0 to turn it off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENOTSUP   this OS has no SO_REUSEPORT; or s is a unix socket
 *                   (Linux).
 *   other           any other error the system call reports.
 * @platforms  Linux, the BSDs, macOS; SOCK2_ENOTSUP on Windows and Solaris.
 *   Test with sock2_has(SOCK2_FEATURE_SO_REUSEPORT).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_reuse_port(sock2_socket_t s, int on);
/**
 * Tell whether SO_REUSEPORT is on.
 *
 * Reads the option sock2_set_reuse_port() sets: one getsockopt(SOL_SOCKET,
 * SO_REUSEPORT). A 1-byte reply (as Winsock gives for some options) is decoded
 * as well as a 4-byte int.
 *
 * @param s  the socket.
 * @param on  receives 1 if the option is on, 0 if it is off.
 * @return  0, with *on set.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    on is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENOTSUP   this OS has no SO_REUSEPORT; or s is a unix socket
 *                   (Linux).
 *   other           any other error the system call reports.
 * @platforms  Linux, the BSDs, macOS; SOCK2_ENOTSUP on Windows and Solaris.
 *   Test with sock2_has(SOCK2_FEATURE_SO_REUSEPORT).
 * @since  0.1.0
 * @page sock2_set_reuse_port
 */
SOCK2_EXTERN int sock2_reuse_port(sock2_socket_t s, int *on);

/**
 * Load-balance connections over sockets sharing a port.
 *
 * Sets SOL_SOCKET / SO_REUSEPORT_LB, FreeBSD's load-balancing form of
 * SO_REUSEPORT. Off by default.
 *
 * Makes one setsockopt(SOL_SOCKET, SO_REUSEPORT_LB) with an int (any non-zero
 * on is passed as 1).
 *
 * @param s  the socket.
 * @param on  non-zero to turn the option on, 0 to turn it off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENOTSUP   this OS has no SO_REUSEPORT_LB (FreeBSD only).
 *   other           any other error the system call reports.
 * @platforms  FreeBSD 12+; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_SO_REUSEPORT_LB).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_reuse_port_lb(sock2_socket_t s, int on);
/**
 * Tell whether SO_REUSEPORT_LB is on.
 *
 * Reads the option sock2_set_reuse_port_lb() sets: one getsockopt(SOL_SOCKET,
 * SO_REUSEPORT_LB). A 1-byte reply (as Winsock gives for some options) is
 * decoded as well as a 4-byte int.
 *
 * @param s  the socket.
 * @param on  receives 1 if the option is on, 0 if it is off.
 * @return  0, with *on set.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    on is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENOTSUP   this OS has no SO_REUSEPORT_LB (FreeBSD only).
 *   other           any other error the system call reports.
 * @platforms  FreeBSD 12+; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_SO_REUSEPORT_LB).
 * @since  0.1.0
 * @page sock2_set_reuse_port_lb
 */
SOCK2_EXTERN int sock2_reuse_port_lb(sock2_socket_t s, int *on);

/**
 * Read the socket's domain (address family).
 *
 * Reads getsockopt(SOL_SOCKET, SO_DOMAIN). Get only.
 *
 * @param s  the socket.
 * @param domain  receives the domain (SOCK2_DOMAIN_IPV4, SOCK2_DOMAIN_IPV6,
 *                SOCK2_DOMAIN_UNIX, ...).
 * @return  0, with *domain set.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    domain is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENOTSUP   this OS has no SO_DOMAIN.
 *   other           any other error the system call reports.
 * @platforms  Linux, FreeBSD 13+; SOCK2_ENOTSUP elsewhere, Windows included.
 *   Test with sock2_has(SOCK2_FEATURE_SO_DOMAIN).
 * @example
 *   int domain = 0;
 *   if (sock2_domain(s, &domain) == 0 && domain == SOCK2_DOMAIN_IPV6)
 *     sock2_set_only_v6(s, 0);
 * @since  0.1.0
 * @see  sock2_protocol(3), sock2_type(3)
 */
SOCK2_EXTERN int sock2_domain(sock2_socket_t s, int *domain);

/**
 * Read the socket's protocol.
 *
 * Reads getsockopt(SOL_SOCKET, SO_PROTOCOL) on Linux and FreeBSD; on Windows
 * the iProtocol of getsockopt(SOL_SOCKET, SO_PROTOCOL_INFOW). Get only. 0
 * means "none or the default" (socket2's None), as for a unix socket.
 *
 * @param s  the socket.
 * @param protocol  receives the protocol (SOCK2_PROTO_TCP, SOCK2_PROTO_UDP,
 *                  ..., or 0).
 * @return  0, with *protocol set.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    protocol is NULL.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENOTSUP   this OS has no SO_PROTOCOL.
 *   other           any other error the system call reports.
 * @platforms  Linux, FreeBSD, Windows; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_SO_PROTOCOL).
 * @since  0.1.0
 * @see  sock2_domain(3), sock2_type(3)
 */
SOCK2_EXTERN int sock2_protocol(sock2_socket_t s, int *protocol);

/**
 * Tell whether the socket is listening.
 *
 * Reads getsockopt(SOL_SOCKET, SO_ACCEPTCONN): 1 after a successful
 * sock2_listen(), else 0. Get only.
 *
 * @param s  the socket.
 * @param on  receives 1 if s is listening, 0 if not.
 * @return  0, with *on set.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    on is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENOTSUP   this OS has no SO_ACCEPTCONN.
 *   other           any other error the system call reports.
 * @platforms  Linux, the BSDs, macOS, Windows; SOCK2_ENOTSUP where the OS
 *   lacks SO_ACCEPTCONN. Test with sock2_has(SOCK2_FEATURE_SO_ACCEPTCONN).
 * @since  0.1.0
 * @see  sock2_listen(3)
 */
SOCK2_EXTERN int sock2_is_listener(sock2_socket_t s, int *on);

/**
 * Set the firewall and routing mark of outgoing packets.
 *
 * Sets SOL_SOCKET / SO_MARK, a 32-bit mark that netfilter rules and policy
 * routing (ip rule fwmark) can match. 0 by default. Needs CAP_NET_ADMIN (or
 * CAP_NET_RAW).
 *
 * @param s  the socket.
 * @param mark  the mark; all 32 bits are passed.
 * @return  0.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_EPERM     the caller lacks CAP_NET_ADMIN.
 *   SOCK2_ENOTSUP   this OS has no SO_MARK (Linux only).
 *   other           any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_SO_MARK).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_mark(sock2_socket_t s, uint32_t mark);
/**
 * Read the firewall and routing mark of outgoing packets.
 *
 * Reads getsockopt(SOL_SOCKET, SO_MARK), which sock2_set_mark() sets.
 *
 * @param s  the socket.
 * @param mark  receives the mark.
 * @return  0, with *mark set.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    mark is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENOTSUP   this OS has no SO_MARK (Linux only).
 *   other           any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_SO_MARK).
 * @since  0.1.0
 * @page sock2_set_mark
 */
SOCK2_EXTERN int sock2_mark(sock2_socket_t s, uint32_t *mark);

/* Room for an interface name and its NUL (IFNAMSIZ on Linux). */
#define SOCK2_IFNAMSIZ 16

/**
 * Bind the socket to a network device by name.
 *
 * Sets SOL_SOCKET / SO_BINDTODEVICE, passing the name's bytes without the NUL:
 * the socket then sends and receives only through that interface. NULL or ""
 * removes the binding (optlen 0). Linux kernels before 5.7 need CAP_NET_RAW
 * for a new binding. To bind by index, or on Apple systems, see
 * sock2_bind_device_by_index_v4().
 *
 * @param s  the socket.
 * @param name  the interface name ("eth0"), shorter than SOCK2_IFNAMSIZ bytes;
 *              NULL or "" to unbind.
 * @return  0.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    name is SOCK2_IFNAMSIZ bytes or longer (the kernel would
 *                   silently cut it; nothing changes).
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENODEV    no interface has that name.
 *   SOCK2_EPERM     the caller lacks CAP_NET_RAW where it is needed.
 *   SOCK2_ENOTSUP   this OS has no SO_BINDTODEVICE (Linux only).
 *   other           any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_SO_BINDTODEVICE).
 * @example
 *   char dev[SOCK2_IFNAMSIZ];
 *   if (sock2_bind_device(s, "lo") == 0 &&
 *       sock2_device(s, dev, sizeof(dev)) > 0)
 *     printf("bound to %s\n", dev);
 * @since  0.1.0
 * @see  sock2_bind_device_by_index_v4(3)
 */
SOCK2_EXTERN int sock2_bind_device(sock2_socket_t s, const char *name);
/**
 * Read the name of the device the socket is bound to.
 *
 * Reads getsockopt(SOL_SOCKET, SO_BINDTODEVICE), which sock2_bind_device()
 * sets, as a NUL-terminated name; "" when the socket is not bound to a device.
 *
 * @param s  the socket.
 * @param buf  receives the name; SOCK2_IFNAMSIZ bytes always suffice.
 * @param size  the size of buf in bytes.
 * @return  the length of the name (0 when unbound).
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    buf is NULL or size is above PTRDIFF_MAX.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENOBUFS   size cannot hold the name and its NUL (buf is unchanged).
 *   SOCK2_ENOTSUP   this OS has no SO_BINDTODEVICE (Linux only).
 *   other           any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_SO_BINDTODEVICE).
 * @since  0.1.0
 * @page sock2_bind_device
 */
SOCK2_EXTERN int sock2_device(sock2_socket_t s, char *buf, size_t size);

/**
 * Choose the routing table (FIB) of the socket.
 *
 * Sets SOL_SOCKET / SO_SETFIB (an int), FreeBSD's multiple routing tables. Set
 * only. The default is the process's FIB (0 unless setfib(1) changed it).
 *
 * @param s  the socket.
 * @param fib  the FIB number, up to INT_MAX (the kernel accepts those below
 *             net.fibs).
 * @return  0.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    fib is above INT_MAX (nothing changes), or the kernel has
 *                   no such FIB.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENOTSUP   this OS has no SO_SETFIB (FreeBSD only).
 *   other           any other error the system call reports.
 * @platforms  FreeBSD; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_SO_SETFIB).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_fib(sock2_socket_t s, uint32_t fib);

/**
 * Bind an IPv4 socket to an interface by index.
 *
 * Sets SOL_SOCKET / SO_BINDTOIFINDEX on Linux, IPPROTO_IP / IP_BOUND_IF on
 * Apple systems (and Solaris), an int. 0 removes the binding.
 *
 * Linux does not check the index: one no interface has (99999, say) is stored,
 * sock2_device_index_v4() reads it back, and the socket's traffic then fails
 * (IPv4 sends and connects with SOCK2_ENODEV, IPv6 ones with
 * SOCK2_ENETUNREACH) until the binding changes. The library adds no system
 * call to look the index up; check it with if_indextoname() first if that
 * matters. Apple's IP_BOUND_IF, in contrast, refuses an index no interface
 * has.
 *
 * @param s  the socket.
 * @param index  the interface index, or 0 to unbind.
 * @return  0.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    index is above INT_MAX (nothing changes).
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENXIO     no interface has that index (Apple).
 *   SOCK2_EPERM     Linux: the caller lacks CAP_NET_RAW to change an existing
 *                   binding (or any, before 5.7).
 *   SOCK2_ENOTSUP   this OS has neither SO_BINDTOIFINDEX nor IP_BOUND_IF.
 *   other           any other error the system call reports.
 * @platforms  Linux 5.0+ (SO_BINDTOIFINDEX), macOS and Solaris (IP_BOUND_IF);
 *   SOCK2_ENOTSUP elsewhere, Windows included. Test with
 *   sock2_has(SOCK2_FEATURE_SO_BINDTOIFINDEX) or
 *   sock2_has(SOCK2_FEATURE_IP_BOUND_IF).
 * @example
 *   uint32_t index = 0;
 *   if (sock2_bind_device_by_index_v4(s, 1) == 0 &&
 *       sock2_device_index_v4(s, &index) == 0)
 *     printf("bound to interface %u\n", (unsigned)index);
 * @since  0.1.0
 * @see  sock2_bind_device(3)
 */
SOCK2_EXTERN int sock2_bind_device_by_index_v4(sock2_socket_t s,
                                               uint32_t index);
/**
 * Read the interface index an IPv4 socket is bound to.
 *
 * Reads the option sock2_bind_device_by_index_v4() writes:
 * getsockopt(SOL_SOCKET, SO_BINDTOIFINDEX) on Linux, getsockopt(IPPROTO_IP,
 * IP_BOUND_IF) on Apple systems.
 *
 * @param s  the socket.
 * @param index  receives the index, 0 if the socket is not bound.
 * @return  0, with *index set.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    index is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENOTSUP   this OS has neither SO_BINDTOIFINDEX nor IP_BOUND_IF.
 *   other           any other error the system call reports.
 * @platforms  Linux 5.0+ (SO_BINDTOIFINDEX), macOS and Solaris (IP_BOUND_IF);
 *   SOCK2_ENOTSUP elsewhere, Windows included. Test with
 *   sock2_has(SOCK2_FEATURE_SO_BINDTOIFINDEX) or
 *   sock2_has(SOCK2_FEATURE_IP_BOUND_IF).
 * @since  0.1.0
 * @page sock2_bind_device_by_index_v4
 */
SOCK2_EXTERN int sock2_device_index_v4(sock2_socket_t s, uint32_t *index);
/**
 * Bind an IPv6 socket to an interface by index.
 *
 * Sets SOL_SOCKET / SO_BINDTOIFINDEX on Linux (the same option as
 * sock2_bind_device_by_index_v4(), with its unchecked index), IPPROTO_IPV6 /
 * IPV6_BOUND_IF on Apple systems, an int. 0 removes the binding.
 *
 * @param s  the socket.
 * @param index  the interface index, or 0 to unbind.
 * @return  0.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    index is above INT_MAX (nothing changes).
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENXIO     no interface has that index (Apple).
 *   SOCK2_EPERM     Linux: the caller lacks CAP_NET_RAW to change an existing
 *                   binding (or any, before 5.7).
 *   SOCK2_ENOTSUP   this OS has neither SO_BINDTOIFINDEX nor IPV6_BOUND_IF.
 *   other           any other error the system call reports.
 * @platforms  Linux 5.0+ (SO_BINDTOIFINDEX), macOS and Solaris
 *   (IPV6_BOUND_IF); SOCK2_ENOTSUP elsewhere, Windows included. Test with
 *   sock2_has(SOCK2_FEATURE_SO_BINDTOIFINDEX) or
 *   sock2_has(SOCK2_FEATURE_IP_BOUND_IF).
 * @since  0.1.0
 * @see  sock2_bind_device_by_index_v4(3)
 */
SOCK2_EXTERN int sock2_bind_device_by_index_v6(sock2_socket_t s,
                                               uint32_t index);
/**
 * Read the interface index an IPv6 socket is bound to.
 *
 * Reads the option sock2_bind_device_by_index_v6() writes:
 * getsockopt(SOL_SOCKET, SO_BINDTOIFINDEX) on Linux, getsockopt(IPPROTO_IPV6,
 * IPV6_BOUND_IF) on Apple systems.
 *
 * @param s  the socket.
 * @param index  receives the index, 0 if the socket is not bound.
 * @return  0, with *index set.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    index is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENOTSUP   this OS has neither SO_BINDTOIFINDEX nor IPV6_BOUND_IF.
 *   other           any other error the system call reports.
 * @platforms  Linux 5.0+ (SO_BINDTOIFINDEX), macOS and Solaris
 *   (IPV6_BOUND_IF); SOCK2_ENOTSUP elsewhere, Windows included. Test with
 *   sock2_has(SOCK2_FEATURE_SO_BINDTOIFINDEX) or
 *   sock2_has(SOCK2_FEATURE_IP_BOUND_IF).
 * @since  0.1.0
 * @page sock2_bind_device_by_index_v6
 */
SOCK2_EXTERN int sock2_device_index_v6(sock2_socket_t s, uint32_t *index);

/**
 * Steer the socket's processing to a CPU.
 *
 * Sets SOL_SOCKET / SO_INCOMING_CPU (an int): the CPU whose queue should
 * handle the socket, so that SO_REUSEPORT groups can be spread per CPU.
 *
 * @param s  the socket.
 * @param cpu  the CPU number, >= 0.
 * @return  0.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    cpu is negative (nothing changes).
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENOTSUP   this OS has no SO_INCOMING_CPU (Linux only).
 *   other           any other error the system call reports.
 * @platforms  Linux 3.19+; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_SO_INCOMING_CPU).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_cpu_affinity(sock2_socket_t s, int cpu);
/**
 * Read the CPU that handles the socket.
 *
 * Reads getsockopt(SOL_SOCKET, SO_INCOMING_CPU): the CPU that last processed
 * the socket's packets, -1 until one is known.
 *
 * @param s  the socket.
 * @param cpu  receives the CPU number, or -1.
 * @return  0, with *cpu set.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    cpu is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENOTSUP   this OS has no SO_INCOMING_CPU (Linux only).
 *   other           any other error the system call reports.
 * @platforms  Linux 3.19+; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_SO_INCOMING_CPU).
 * @since  0.1.0
 * @page sock2_set_cpu_affinity
 */
SOCK2_EXTERN int sock2_cpu_affinity(sock2_socket_t s, int *cpu);

/**
 * One classic BPF instruction, laid out exactly as Linux's struct
 * sock_filter (socket2's SockFilter), so an array goes straight to the
 * kernel. Build one with SOCK2_SOCK_FILTER(code, jt, jf, k).
 */
typedef struct sock2_sock_filter {
  uint16_t code; /* the instruction (BPF_LD | BPF_W | BPF_ABS, ...) */
  uint8_t jt;    /* jump offset if true */
  uint8_t jf;    /* jump offset if false */
  uint32_t k;    /* the generic field */
} sock2_sock_filter_t;
#define SOCK2_SOCK_FILTER(code, jt, jf, k)                                    \
  { SOCK2_CAST_(uint16_t, code), SOCK2_CAST_(uint8_t, jt),                   \
    SOCK2_CAST_(uint8_t, jf), SOCK2_CAST_(uint32_t, k) }

/* Most instructions one classic BPF program may hold (BPF_MAXINSNS). */
#define SOCK2_BPF_MAXINSNS 4096

/**
 * Attach a classic BPF filter to the socket.
 *
 * Sets SOL_SOCKET / SO_ATTACH_FILTER with a struct sock_fprog {count, prog}.
 * The kernel checks and copies the program; packets it rejects (returns 0 for)
 * are dropped before they reach the socket. A new filter replaces the old one.
 *
 * @param s  the socket.
 * @param prog  the instructions (sock2_sock_filter_t, laid out as Linux's
 *              struct sock_filter; build each with SOCK2_SOCK_FILTER()).
 * @param count  how many instructions: 1..65535 here (the kernel allows at
 *               most SOCK2_BPF_MAXINSNS).
 * @return  0.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    prog is NULL, count is 0 or above 65535 (never truncated),
 *                   or the kernel rejects the program.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENOMEM    the kernel cannot allocate the program.
 *   SOCK2_ENOTSUP   this OS has no SO_ATTACH_FILTER (Linux only).
 *   other           any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_SO_ATTACH_FILTER).
 * @example
 *   static const sock2_sock_filter_t accept_all[] = {
 *     SOCK2_SOCK_FILTER(0x06, 0, 0, 0xffffffffu)
 *   };
 *   int err = sock2_attach_filter(s, accept_all, 1);
 *   if (err == 0)
 *     err = sock2_detach_filter(s);
 * @since  0.1.0
 * @see  sock2_detach_filter(3)
 */
SOCK2_EXTERN int sock2_attach_filter(sock2_socket_t s,
                                     const sock2_sock_filter_t *prog,
                                     size_t count);
/**
 * Remove the socket's classic BPF filter.
 *
 * Sets SOL_SOCKET / SO_DETACH_FILTER, removing the filter
 * sock2_attach_filter() attached.
 *
 * @param s  the socket.
 * @return  0.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENOENT    no filter is attached.
 *   SOCK2_ENOTSUP   this OS has no SO_DETACH_FILTER (Linux only).
 *   other           any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_SO_ATTACH_FILTER).
 * @since  0.1.0
 * @page sock2_attach_filter
 */
SOCK2_EXTERN int sock2_detach_filter(sock2_socket_t s);

/**
 * Read the socket's cookie.
 *
 * Reads getsockopt(SOL_SOCKET, SO_COOKIE): a 64-bit id the kernel gives the
 * socket, unique for the kernel's lifetime (BPF programs and ss(8) show it).
 * Get only.
 *
 * @param s  the socket.
 * @param cookie  receives the cookie.
 * @return  0, with *cookie set.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    cookie is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENOTSUP   this OS has no SO_COOKIE (Linux only).
 *   other           any other error the system call reports.
 * @platforms  Linux 4.12+; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_SO_COOKIE).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_cookie(sock2_socket_t s, uint64_t *cookie);

/**
 * Set the busy-poll time of blocking receives.
 *
 * Sets SOL_SOCKET / SO_BUSY_POLL (an int): how long, in microseconds, a
 * blocking receive busy-polls the device queue before it sleeps. 0 (the
 * default of net.core.busy_read) turns it off. Raising it above the sysctl
 * needs CAP_NET_ADMIN.
 *
 * @param s  the socket.
 * @param usec  the time in microseconds, up to INT_MAX.
 * @return  0.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    usec is above INT_MAX (nothing changes).
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_EPERM     raising it needs CAP_NET_ADMIN.
 *   SOCK2_ENOTSUP   this OS has no SO_BUSY_POLL (Linux only).
 *   other           any other error the system call reports.
 * @platforms  Linux 3.11+; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_SO_BUSY_POLL).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_busy_poll(sock2_socket_t s, uint32_t usec);
/**
 * Read the busy-poll time of blocking receives.
 *
 * Reads getsockopt(SOL_SOCKET, SO_BUSY_POLL), which sock2_set_busy_poll()
 * sets, in microseconds.
 *
 * @param s  the socket.
 * @param usec  receives the time in microseconds.
 * @return  0, with *usec set.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    usec is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENOTSUP   this OS has no SO_BUSY_POLL (Linux only).
 *   other           any other error the system call reports.
 * @platforms  Linux 3.11+; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_SO_BUSY_POLL).
 * @since  0.1.0
 * @page sock2_set_busy_poll
 */
SOCK2_EXTERN int sock2_busy_poll(sock2_socket_t s, uint32_t *usec);

/**
 * Suppress SIGPIPE for sends on this socket.
 *
 * Sets SOL_SOCKET / SO_NOSIGPIPE: a send on a broken connection then fails
 * with SOCK2_EPIPE instead of raising SIGPIPE. sock2_socket() already sets it
 * where the OS needs it; where the OS lacks the option, libsock2's sends pass
 * MSG_NOSIGNAL instead.
 *
 * Makes one setsockopt(SOL_SOCKET, SO_NOSIGPIPE) with an int (any non-zero on
 * is passed as 1).
 *
 * @param s  the socket.
 * @param on  non-zero to turn the option on, 0 to turn it off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENOTSUP   this OS has no SO_NOSIGPIPE.
 *   other           any other error the system call reports.
 * @platforms  macOS and the BSDs that have it; SOCK2_ENOTSUP elsewhere, Linux
 *   and Windows included. Test with sock2_has(SOCK2_FEATURE_SO_NOSIGPIPE).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_nosigpipe(sock2_socket_t s, int on);
/**
 * Tell whether SO_NOSIGPIPE is on.
 *
 * Reads the option sock2_set_nosigpipe() sets: one getsockopt(SOL_SOCKET,
 * SO_NOSIGPIPE). A 1-byte reply (as Winsock gives for some options) is decoded
 * as well as a 4-byte int.
 *
 * @param s  the socket.
 * @param on  receives 1 if the option is on, 0 if it is off.
 * @return  0, with *on set.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    on is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENOTSUP   this OS has no SO_NOSIGPIPE.
 *   other           any other error the system call reports.
 * @platforms  macOS and the BSDs that have it; SOCK2_ENOTSUP elsewhere, Linux
 *   and Windows included. Test with sock2_has(SOCK2_FEATURE_SO_NOSIGPIPE).
 * @since  0.1.0
 * @page sock2_set_nosigpipe
 */
SOCK2_EXTERN int sock2_nosigpipe(sock2_socket_t s, int *on);

/**
 * Turn off peer-credential exchange on a Cygwin unix socket.
 *
 * Calls setsockopt(SOL_SOCKET, SO_PEERCRED, NULL, 0) (socket2's
 * set_no_peercred), which on Cygwin stops the credential handshake of a unix
 * socket; call it before connect() or listen(). Linux's SO_PEERCRED is
 * read-only, so this is Cygwin only.
 *
 * @param s  the socket.
 * @return  0.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENOTSUP   this OS has no settable SO_PEERCRED (Cygwin only).
 *   other           any other error the system call reports.
 * @platforms  Cygwin; SOCK2_ENOTSUP elsewhere. No sock2_has() feature tells.
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_no_peercred(sock2_socket_t s);

/* ---- IPPROTO_TCP --------------------------------------------------------- */

/**
 * Turn Nagle's algorithm off or on.
 *
 * Sets IPPROTO_TCP / TCP_NODELAY. Off by default, so the OS delays small
 * segments while data is unacknowledged (Nagle's algorithm); turn it on for
 * request/response protocols that send small messages and wait for the answer.
 *
 * Makes one setsockopt(IPPROTO_TCP, TCP_NODELAY) with an int (any non-zero on
 * is passed as 1).
 *
 * @param s  the socket, a TCP socket.
 * @param on  non-zero to turn the option on, 0 to turn it off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      s is a unix socket; or (Linux, when reading) s is not a
 *                      TCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a TCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  All.
 * @example
 *   sock2_socket_t s;
 *   int on = 0;
 *   if (sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s) == 0) {
 *     if (sock2_set_tcp_nodelay(s, 1) == 0 && sock2_tcp_nodelay(s, &on) == 0)
 *       printf("TCP_NODELAY is %s\n", on ? "on" : "off");
 *     sock2_close(s);
 *   }
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_tcp_nodelay(sock2_socket_t s, int on);
/**
 * Tell whether TCP_NODELAY is on.
 *
 * Reads the option sock2_set_tcp_nodelay() sets: one getsockopt(IPPROTO_TCP,
 * TCP_NODELAY). A 1-byte reply (as Winsock gives for some options) is decoded
 * as well as a 4-byte int.
 *
 * @param s  the socket, a TCP socket.
 * @param on  receives 1 if the option is on, 0 if it is off.
 * @return  0, with *on set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       on is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      s is a unix socket; or (Linux, when reading) s is not a
 *                      TCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a TCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_set_tcp_nodelay
 */
SOCK2_EXTERN int sock2_tcp_nodelay(sock2_socket_t s, int *on);

/*
 * Keep-alive parameters for sock2_set_tcp_keepalive() (socket2's
 * TcpKeepalive): each one is optional and unset after initialisation. A
 * field left unset is not written, so the OS keeps its current value.
 *
 * A growable struct (doc/design.md, "ABI rules"): start one with
 * `sock2_keepalive_t ka = SOCK2_KEEPALIVE_INIT;` or sock2_keepalive_init(),
 * which set size to the sizeof the caller was compiled with and every
 * other field to unset or 0; then use the sock2_keepalive_with_*()
 * functions (or set time, interval and retries directly: SOCK2_DURATION_NONE
 * / -1 mean unset). The library reads a field only if it lies within the
 * first size bytes, so a program built against an older, smaller struct
 * keeps working. The functions return SOCK2_EINVAL for a size below
 * SOCK2_KEEPALIVE_SIZE_MIN, above the library's sizeof or not a multiple
 * of 8, and for non-zero reserved fields (a later version may give them a
 * meaning; 0 will always mean "unset").
 */
typedef struct sock2_keepalive {
  uint32_t size;             /* sizeof(sock2_keepalive_t), set by the init */
  uint32_t reserved0;        /* 0 */
  sock2_duration_t time;     /* idle time before the first probe */
  sock2_duration_t interval; /* time between probes */
  int64_t retries;           /* probes before the connection drops */
  int64_t reserved[2];       /* 0; room to grow */
} sock2_keepalive_t;

/* The smallest size accepted: the struct up to and including retries. */
#define SOCK2_KEEPALIVE_SIZE_MIN (offsetof(sock2_keepalive_t, reserved))

/* Initialiser for a sock2_keepalive_t: everything unset (C and C++). */
#define SOCK2_KEEPALIVE_INIT                                                  \
  { SOCK2_CAST_(uint32_t, sizeof(sock2_keepalive_t)), 0, SOCK2_DURATION_NONE, \
    SOCK2_DURATION_NONE, -1, { 0, 0 } }

/**
 * Make an empty keep-alive parameter set.
 *
 * Writes exactly size bytes of *ka: every parameter unset (time and interval
 * SOCK2_DURATION_NONE, retries -1), the reserved fields 0, and size in
 * ka->size. No system call. Call it through the macro
 * sock2_keepalive_init(ka), which passes the caller's
 * sizeof(sock2_keepalive_t), or initialise with SOCK2_KEEPALIVE_INIT; then set
 * fields with sock2_keepalive_with_time(), sock2_keepalive_with_interval() and
 * sock2_keepalive_with_retries(), and apply them with
 * sock2_set_tcp_keepalive().
 *
 * sock2_keepalive_t is a growable struct (doc/design.md, "ABI rules"): the
 * library reads no field beyond ka->size, so a program built against an older,
 * smaller struct keeps working.
 *
 * @param ka  the struct to initialise.
 * @param size  its size: sizeof(sock2_keepalive_t) as the caller was compiled,
 *              at least SOCK2_KEEPALIVE_SIZE_MIN and a multiple of 8.
 * @return  0.
 * @errors
 *   SOCK2_EINVAL  ka is NULL, or size is below SOCK2_KEEPALIVE_SIZE_MIN, above
 *                 the library's sizeof(sock2_keepalive_t) or not a multiple of
 *                 8 (ka is unchanged).
 * @platforms  All (no system call).
 * @example
 *   sock2_keepalive_t ka = SOCK2_KEEPALIVE_INIT;
 *   int err = sock2_keepalive_with_time(&ka, SOCK2_SEC(60));
 *   if (err == 0)
 *     err = sock2_keepalive_with_interval(&ka, SOCK2_SEC(10));
 *   if (err == 0)
 *     err = sock2_keepalive_with_retries(&ka, 5);
 *   if (err == 0)
 *     err = sock2_set_tcp_keepalive(s, &ka);
 *   if (err != 0)
 *     fprintf(stderr, "keep-alive: %s\n", sock2_strerror(err));
 * @since  0.1.0
 * @see  sock2_set_tcp_keepalive(3)
 */
SOCK2_EXTERN int sock2_keepalive_init_size(sock2_keepalive_t *ka,
                                           size_t size);
/*
 * Make an empty keep-alive set: every field unset, size set.
 * @return 0, or SOCK2_EINVAL if ka is NULL.
 */
#define sock2_keepalive_init(ka)                                              \
  sock2_keepalive_init_size((ka), sizeof(sock2_keepalive_t))
/**
 * Set the idle time before the first probe in a keep-alive set.
 *
 * Stores time in ka->time; sock2_set_tcp_keepalive() applies it. No system
 * call. It is applied in whole seconds, rounded up (1.5 s becomes 2, 500 ms
 * becomes 1), as TCP_KEEPIDLE (TCP_KEEPALIVE on macOS); on Windows in whole
 * milliseconds through SIO_KEEPALIVE_VALS.
 *
 * @param ka  the keep-alive set, started with SOCK2_KEEPALIVE_INIT or
 *            sock2_keepalive_init().
 * @param time  the idle time, > 0.
 * @return  0.
 * @errors
 *   SOCK2_EINVAL  ka is NULL, ka->size is not valid (see
 *                 sock2_keepalive_init_size()) or time is <= 0 (ka is
 *                 unchanged).
 * @platforms  All (no system call).
 * @since  0.1.0
 * @page sock2_keepalive_init_size
 */
SOCK2_EXTERN int sock2_keepalive_with_time(sock2_keepalive_t *ka,
                                           sock2_duration_t time);
/**
 * Set the time between probes in a keep-alive set.
 *
 * Stores interval in ka->interval; sock2_set_tcp_keepalive() applies it. No
 * system call. It is applied in whole seconds, rounded up (1.5 s becomes 2,
 * 500 ms becomes 1), as TCP_KEEPINTVL; on Windows in whole milliseconds
 * through SIO_KEEPALIVE_VALS.
 *
 * @param ka  the keep-alive set, started with SOCK2_KEEPALIVE_INIT or
 *            sock2_keepalive_init().
 * @param interval  the interval, > 0.
 * @return  0.
 * @errors
 *   SOCK2_EINVAL  ka is NULL, ka->size is not valid (see
 *                 sock2_keepalive_init_size()) or interval is <= 0 (ka is
 *                 unchanged).
 * @platforms  All (no system call).
 * @since  0.1.0
 * @page sock2_keepalive_init_size
 */
SOCK2_EXTERN int sock2_keepalive_with_interval(sock2_keepalive_t *ka,
                                               sock2_duration_t interval);
/**
 * Set the probe count in a keep-alive set.
 *
 * Stores in ka->retries how many unanswered probes drop the connection;
 * sock2_set_tcp_keepalive() applies it as TCP_KEEPCNT. No system call.
 *
 * @param ka  the keep-alive set, started with SOCK2_KEEPALIVE_INIT or
 *            sock2_keepalive_init().
 * @param retries  the probe count, 1..INT_MAX (Linux accepts up to 127).
 * @return  0.
 * @errors
 *   SOCK2_EINVAL  ka is NULL, ka->size is not valid, or retries is 0 or above
 *                 INT_MAX (ka is unchanged).
 * @platforms  All (no system call).
 * @since  0.1.0
 * @page sock2_keepalive_init_size
 */
SOCK2_EXTERN int sock2_keepalive_with_retries(sock2_keepalive_t *ka,
                                              uint32_t retries);

/**
 * Turn on and tune TCP keep-alive in one call.
 *
 * Calls setsockopt(SOL_SOCKET, SO_KEEPALIVE, 1), then, for each field of ka
 * that is set and in this order: setsockopt(IPPROTO_TCP, TCP_KEEPIDLE)
 * (TCP_KEEPALIVE on macOS), TCP_KEEPINTVL and TCP_KEEPCNT, ints in seconds
 * (the count for TCP_KEEPCNT). On Windows the times go in one
 * WSAIoctl(SIO_KEEPALIVE_VALS) in milliseconds (a time left unset keeps its
 * current value, or Windows' default), then TCP_KEEPCNT. A field left unset is
 * not written: the OS keeps its value. Durations round up to whole seconds:
 * 1.5 s becomes 2, 500 ms becomes 1, never 0.
 *
 * Every field is checked before the first system call, including whether the
 * OS can set it: if it cannot, nothing is written. If the kernel refuses a
 * value (Linux caps the idle time and the interval at 32767 s and the count at
 * 127), the steps before it stay applied.
 *
 * @param s  the socket.
 * @param ka  the parameters (sock2_keepalive_t, see
 *            sock2_keepalive_init_size()).
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       ka is NULL, its size is not valid, a reserved field is
 *                      not 0, or a field is out of range (nothing is written);
 *                      or the kernel refuses a value.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ERANGE       a time does not fit the OS's unit (INT_MAX seconds;
 *                      ULONG_MAX milliseconds on Windows; nothing is written).
 *   SOCK2_ENOTSUP      the OS cannot set a field that is set (OpenBSD has no
 *                      per-socket tuning; nothing is written); or s is a unix
 *                      socket.
 *   SOCK2_ENOPROTOOPT  s is not a TCP socket (after SO_KEEPALIVE is set).
 *   other              any other error the system call reports.
 * @platforms  All for SO_KEEPALIVE. The idle time needs TCP_KEEPIDLE or
 *   TCP_KEEPALIVE (sock2_has(SOCK2_FEATURE_TCP_KEEPIDLE),
 *   sock2_has(SOCK2_FEATURE_TCP_KEEPALIVE)), the interval TCP_KEEPINTVL
 *   (SOCK2_FEATURE_TCP_KEEPINTVL), the count TCP_KEEPCNT
 *   (SOCK2_FEATURE_TCP_KEEPCNT, Windows 10 1703+); on Windows the times always
 *   work through SIO_KEEPALIVE_VALS.
 * @example
 *   sock2_keepalive_t ka = SOCK2_KEEPALIVE_INIT;
 *   int err = sock2_keepalive_with_time(&ka, SOCK2_SEC(60));
 *   if (err == 0)
 *     err = sock2_keepalive_with_interval(&ka, SOCK2_SEC(10));
 *   if (err == 0)
 *     err = sock2_keepalive_with_retries(&ka, 5);
 *   if (err == 0)
 *     err = sock2_set_tcp_keepalive(s, &ka);
 *   if (err != 0)
 *     fprintf(stderr, "keep-alive: %s\n", sock2_strerror(err));
 * @since  0.1.0
 * @see  sock2_set_keepalive(3), sock2_keepalive_init_size(3)
 */
SOCK2_EXTERN int sock2_set_tcp_keepalive(sock2_socket_t s,
                                         const sock2_keepalive_t *ka);
/**
 * Read the idle time before the first probe of TCP keep-alive.
 *
 * Reads getsockopt(IPPROTO_TCP, TCP_KEEPIDLE (TCP_KEEPALIVE on macOS)): the
 * idle time before the first probe, in seconds, returned as a duration. The
 * value is the OS's default until sock2_set_tcp_keepalive() changes it.
 *
 * @param s  the socket, a TCP socket.
 * @param time  receives it.
 * @return  0, with *time set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       time is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no TCP_KEEPIDLE; or s is a unix socket; or
 *                      (Linux, when reading) s is not a TCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a TCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux, the BSDs, macOS (TCP_KEEPALIVE), Windows 10 1709+;
 *   SOCK2_ENOTSUP where the OS cannot report it. Test with
 *   sock2_has(SOCK2_FEATURE_TCP_KEEPIDLE).
 * @since  0.1.0
 * @page sock2_set_tcp_keepalive
 */
SOCK2_EXTERN int sock2_tcp_keepalive_time(sock2_socket_t s,
                                          sock2_duration_t *time);
/**
 * Read the time between probes of TCP keep-alive.
 *
 * Reads getsockopt(IPPROTO_TCP, TCP_KEEPINTVL): the time between probes, in
 * seconds, returned as a duration. The value is the OS's default until
 * sock2_set_tcp_keepalive() changes it.
 *
 * @param s  the socket, a TCP socket.
 * @param interval  receives it.
 * @return  0, with *interval set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       interval is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no TCP_KEEPINTVL; or s is a unix socket; or
 *                      (Linux, when reading) s is not a TCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a TCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux, the BSDs, macOS (TCP_KEEPALIVE), Windows 10 1709+;
 *   SOCK2_ENOTSUP where the OS cannot report it. Test with
 *   sock2_has(SOCK2_FEATURE_TCP_KEEPINTVL).
 * @since  0.1.0
 * @page sock2_set_tcp_keepalive
 */
SOCK2_EXTERN int sock2_tcp_keepalive_interval(sock2_socket_t s,
                                              sock2_duration_t *interval);
/**
 * Read the keep-alive probe count of a TCP socket.
 *
 * Reads getsockopt(IPPROTO_TCP, TCP_KEEPCNT): the number of unanswered probes
 * that drop the connection, in a count. The value is the OS's default until
 * sock2_set_tcp_keepalive() changes it.
 *
 * @param s  the socket, a TCP socket.
 * @param retries  receives it.
 * @return  0, with *retries set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       retries is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no TCP_KEEPCNT; or s is a unix socket; or
 *                      (Linux, when reading) s is not a TCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a TCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux, the BSDs, macOS (TCP_KEEPALIVE), Windows 10 1709+;
 *   SOCK2_ENOTSUP where the OS cannot report it. Test with
 *   sock2_has(SOCK2_FEATURE_TCP_KEEPCNT).
 * @since  0.1.0
 * @page sock2_set_tcp_keepalive
 */
SOCK2_EXTERN int sock2_tcp_keepalive_retries(sock2_socket_t s,
                                             uint32_t *retries);

/**
 * Set the TCP maximum segment size.
 *
 * Sets IPPROTO_TCP / TCP_MAXSEG (an int), in bytes, before connect(). The
 * default comes from the route's MTU. Linux accepts 88..32767 and may report a
 * different value once connected.
 *
 * @param s  the socket, a TCP socket.
 * @param mss  the segment size in bytes, up to INT_MAX.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       mss is above INT_MAX (nothing changes), or the kernel
 *                      refuses it.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no TCP_MAXSEG; or s is a unix socket; or
 *                      (Linux, when reading) s is not a TCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a TCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux, the BSDs, macOS, Windows where the headers define
 *   TCP_MAXSEG; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_TCP_MAXSEG).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_tcp_mss(sock2_socket_t s, uint32_t mss);
/**
 * Read the TCP maximum segment size.
 *
 * Reads getsockopt(IPPROTO_TCP, TCP_MAXSEG), in bytes: before the connection,
 * the value set or the default; after, the one in use.
 *
 * @param s  the socket, a TCP socket.
 * @param mss  receives the size in bytes.
 * @return  0, with *mss set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       mss is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no TCP_MAXSEG; or s is a unix socket; or
 *                      (Linux, when reading) s is not a TCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a TCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux, the BSDs, macOS, Windows where the headers define
 *   TCP_MAXSEG; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_TCP_MAXSEG).
 * @since  0.1.0
 * @page sock2_set_tcp_mss
 */
SOCK2_EXTERN int sock2_tcp_mss(sock2_socket_t s, uint32_t *mss);

/**
 * Hold back partial TCP segments.
 *
 * Sets IPPROTO_TCP / TCP_CORK. Off by default. While it is on, the kernel
 * sends only full segments (for at most 200 ms); turning it off flushes what
 * is queued.
 *
 * Makes one setsockopt(IPPROTO_TCP, TCP_CORK) with an int (any non-zero on is
 * passed as 1).
 *
 * @param s  the socket, a TCP socket.
 * @param on  non-zero to turn the option on, 0 to turn it off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no TCP_CORK; or s is a unix socket; or
 *                      (Linux, when reading) s is not a TCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a TCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_TCP_CORK).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_tcp_cork(sock2_socket_t s, int on);
/**
 * Tell whether TCP_CORK is on.
 *
 * Reads the option sock2_set_tcp_cork() sets: one getsockopt(IPPROTO_TCP,
 * TCP_CORK). A 1-byte reply (as Winsock gives for some options) is decoded as
 * well as a 4-byte int.
 *
 * @param s  the socket, a TCP socket.
 * @param on  receives 1 if the option is on, 0 if it is off.
 * @return  0, with *on set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       on is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no TCP_CORK; or s is a unix socket; or
 *                      (Linux, when reading) s is not a TCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a TCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_TCP_CORK).
 * @since  0.1.0
 * @page sock2_set_tcp_cork
 */
SOCK2_EXTERN int sock2_tcp_cork(sock2_socket_t s, int *on);

/**
 * Send TCP acknowledgements at once rather than delayed.
 *
 * Sets IPPROTO_TCP / TCP_QUICKACK. The setting is not permanent: the kernel
 * may leave quick-ack mode on its own, so set it again after each receive if
 * it matters.
 *
 * Makes one setsockopt(IPPROTO_TCP, TCP_QUICKACK) with an int (any non-zero on
 * is passed as 1).
 *
 * @param s  the socket, a TCP socket.
 * @param on  non-zero to turn the option on, 0 to turn it off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no TCP_QUICKACK; or s is a unix socket; or
 *                      (Linux, when reading) s is not a TCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a TCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_TCP_QUICKACK).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_tcp_quickack(sock2_socket_t s, int on);
/**
 * Tell whether TCP_QUICKACK is on.
 *
 * Reads the option sock2_set_tcp_quickack() sets: one getsockopt(IPPROTO_TCP,
 * TCP_QUICKACK). A 1-byte reply (as Winsock gives for some options) is decoded
 * as well as a 4-byte int.
 *
 * @param s  the socket, a TCP socket.
 * @param on  receives 1 if the option is on, 0 if it is off.
 * @return  0, with *on set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       on is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no TCP_QUICKACK; or s is a unix socket; or
 *                      (Linux, when reading) s is not a TCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a TCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_TCP_QUICKACK).
 * @since  0.1.0
 * @page sock2_set_tcp_quickack
 */
SOCK2_EXTERN int sock2_tcp_quickack(sock2_socket_t s, int *on);

/**
 * Use linear retransmission timeouts for thin streams.
 *
 * Sets IPPROTO_TCP / TCP_THIN_LINEAR_TIMEOUTS. Off by default; when on, a
 * stream with few packets in flight retransmits with linear rather than
 * exponential back-off for its first retries.
 *
 * Makes one setsockopt(IPPROTO_TCP, TCP_THIN_LINEAR_TIMEOUTS) with an int (any
 * non-zero on is passed as 1).
 *
 * @param s  the socket, a TCP socket.
 * @param on  non-zero to turn the option on, 0 to turn it off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no TCP_THIN_LINEAR_TIMEOUTS; or s is a unix
 *                      socket; or (Linux, when reading) s is not a TCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a TCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_TCP_THIN_LINEAR_TIMEOUTS).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_tcp_thin_linear_timeouts(sock2_socket_t s, int on);
/**
 * Tell whether TCP_THIN_LINEAR_TIMEOUTS is on.
 *
 * Reads the option sock2_set_tcp_thin_linear_timeouts() sets: one
 * getsockopt(IPPROTO_TCP, TCP_THIN_LINEAR_TIMEOUTS). A 1-byte reply (as
 * Winsock gives for some options) is decoded as well as a 4-byte int.
 *
 * @param s  the socket, a TCP socket.
 * @param on  receives 1 if the option is on, 0 if it is off.
 * @return  0, with *on set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       on is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no TCP_THIN_LINEAR_TIMEOUTS; or s is a unix
 *                      socket; or (Linux, when reading) s is not a TCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a TCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_TCP_THIN_LINEAR_TIMEOUTS).
 * @since  0.1.0
 * @page sock2_set_tcp_thin_linear_timeouts
 */
SOCK2_EXTERN int sock2_tcp_thin_linear_timeouts(sock2_socket_t s, int *on);

/**
 * Limit the unsent bytes in the TCP send queue.
 *
 * Sets IPPROTO_TCP / TCP_NOTSENT_LOWAT (an int), in bytes: the socket reports
 * itself writable only while fewer unsent bytes are queued, which keeps
 * latency low for writers that poll. Unlimited by default
 * (net.ipv4.tcp_notsent_lowat on Linux).
 *
 * @param s  the socket, a TCP socket.
 * @param bytes  the limit in bytes, up to INT_MAX.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       bytes is above INT_MAX (nothing changes).
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no TCP_NOTSENT_LOWAT; or s is a unix
 *                      socket; or (Linux, when reading) s is not a TCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a TCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux 3.12+, macOS; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_TCP_NOTSENT_LOWAT).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_tcp_notsent_lowat(sock2_socket_t s,
                                             uint32_t bytes);
/**
 * Read the limit of unsent bytes in the TCP send queue.
 *
 * Reads getsockopt(IPPROTO_TCP, TCP_NOTSENT_LOWAT), in bytes.
 *
 * @param s  the socket, a TCP socket.
 * @param bytes  receives the limit in bytes.
 * @return  0, with *bytes set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       bytes is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no TCP_NOTSENT_LOWAT; or s is a unix
 *                      socket; or (Linux, when reading) s is not a TCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a TCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux 3.12+, macOS; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_TCP_NOTSENT_LOWAT).
 * @since  0.1.0
 * @page sock2_set_tcp_notsent_lowat
 */
SOCK2_EXTERN int sock2_tcp_notsent_lowat(sock2_socket_t s, uint32_t *bytes);

/**
 * Drop the connection when sent data stays unacknowledged too long.
 *
 * Sets IPPROTO_TCP / TCP_USER_TIMEOUT (an int, in milliseconds): how long
 * transmitted data may remain unacknowledged before the kernel closes the
 * connection with SOCK2_ETIMEDOUT. 0, the default, uses the system's
 * retransmission limits.
 *
 * @param s  the socket, a TCP socket.
 * @param timeout  SOCK2_DURATION_NONE or 0 restores the default (writes 0);
 *                 otherwise rounded up to whole milliseconds and clamped to
 *                 INT_MAX ms (about 24.8 days).
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       timeout is negative and not SOCK2_DURATION_NONE
 *                      (nothing changes).
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no TCP_USER_TIMEOUT; or s is a unix socket;
 *                      or (Linux, when reading) s is not a TCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a TCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux 2.6.37+; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_TCP_USER_TIMEOUT).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_tcp_user_timeout(sock2_socket_t s,
                                            sock2_duration_t timeout);
/**
 * Read the TCP user timeout.
 *
 * Reads getsockopt(IPPROTO_TCP, TCP_USER_TIMEOUT), in milliseconds.
 *
 * @param s  the socket, a TCP socket.
 * @param timeout  receives the timeout, or SOCK2_DURATION_NONE when it is 0
 *                 (the system default).
 * @return  0, with *timeout set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       timeout is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no TCP_USER_TIMEOUT; or s is a unix socket;
 *                      or (Linux, when reading) s is not a TCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a TCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux 2.6.37+; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_TCP_USER_TIMEOUT).
 * @since  0.1.0
 * @page sock2_set_tcp_user_timeout
 */
SOCK2_EXTERN int sock2_tcp_user_timeout(sock2_socket_t s,
                                        sock2_duration_t *timeout);

/* Room for a congestion-control name and its NUL (TCP_CA_NAME_MAX). */
#define SOCK2_TCP_CA_NAME_MAX 16

/**
 * Choose the TCP congestion-control algorithm.
 *
 * Sets IPPROTO_TCP / TCP_CONGESTION, passing the name's bytes ("cubic",
 * "reno", "bbr", ...). The default is the system's
 * (net.ipv4.tcp_congestion_control on Linux); unprivileged users may choose
 * only the algorithms in net.ipv4.tcp_allowed_congestion_control.
 *
 * @param s  the socket, a TCP socket.
 * @param name  the algorithm's name, 1 to SOCK2_TCP_CA_NAME_MAX - 1 bytes.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       name is NULL, "" or SOCK2_TCP_CA_NAME_MAX bytes or
 *                      longer (nothing changes).
 *   SOCK2_ENOENT       the kernel knows no such algorithm.
 *   SOCK2_EPERM        the algorithm is not allowed for unprivileged users.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no TCP_CONGESTION; or s is a unix socket;
 *                      or (Linux, when reading) s is not a TCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a TCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux, FreeBSD; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_TCP_CONGESTION).
 * @example
 *   char ca[SOCK2_TCP_CA_NAME_MAX];
 *   if (sock2_set_tcp_congestion(s, "reno") == 0 &&
 *       sock2_tcp_congestion(s, ca, sizeof(ca)) > 0)
 *     printf("congestion control: %s\n", ca);
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_tcp_congestion(sock2_socket_t s,
                                          const char *name);
/**
 * Read the TCP congestion-control algorithm.
 *
 * Reads getsockopt(IPPROTO_TCP, TCP_CONGESTION) as a NUL-terminated name.
 *
 * @param s  the socket, a TCP socket.
 * @param buf  receives the name; SOCK2_TCP_CA_NAME_MAX bytes always suffice.
 * @param size  the size of buf in bytes.
 * @return  the length of the name.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       buf is NULL or size is above PTRDIFF_MAX.
 *   SOCK2_ENOBUFS      size cannot hold the name and its NUL (buf is
 *                      unchanged).
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no TCP_CONGESTION; or s is a unix socket;
 *                      or (Linux, when reading) s is not a TCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a TCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux, FreeBSD; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_TCP_CONGESTION).
 * @since  0.1.0
 * @page sock2_set_tcp_congestion
 */
SOCK2_EXTERN int sock2_tcp_congestion(sock2_socket_t s, char *buf,
                                      size_t size);

/* ---- Windows-only options (SOCK2_ENOTSUP elsewhere) ---------------------- */

/**
 * Claim a local port exclusively (Windows).
 *
 * Sets SOL_SOCKET / SO_EXCLUSIVEADDRUSE (a BOOL). Windows' SO_REUSEADDR lets
 * another socket take over a bound port; with this option set before bind(),
 * no other socket can bind the same address and port, SO_REUSEADDR or not. The
 * safe choice for Windows servers. Off by default. POSIX systems never allow
 * such port stealing, so they have no such option.
 *
 * @param s  the socket.
 * @param on  non-zero to claim the port exclusively, 0 to stop.
 * @return  0.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    the socket is already bound with SO_REUSEADDR (Winsock's
 *                   rule).
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENOTSUP   not Windows.
 *   other           any other error the system call reports.
 * @platforms  Windows; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_EXCLUSIVEADDRUSE).
 * @example
 *   int err = sock2_set_exclusive_address_use(s, 1);
 *   if (err != 0 && err != SOCK2_ENOTSUP)
 *     fprintf(stderr, "SO_EXCLUSIVEADDRUSE: %s\n", sock2_strerror(err));
 * @since  0.1.0
 * @see  sock2_set_reuse_address(3)
 */
SOCK2_EXTERN int sock2_set_exclusive_address_use(sock2_socket_t s, int on);

/**
 * Tell whether the socket claims its port exclusively (Windows).
 *
 * Reads getsockopt(SOL_SOCKET, SO_EXCLUSIVEADDRUSE). A 1-byte or 4-byte reply
 * is accepted.
 *
 * @param s  the socket.
 * @param on  receives 1 or 0.
 * @return  0, with *on set.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    on is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENOTSUP   not Windows.
 *   other           any other error the system call reports.
 * @platforms  Windows; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_EXCLUSIVEADDRUSE).
 * @since  0.1.0
 * @page sock2_set_exclusive_address_use
 */
SOCK2_EXTERN int sock2_exclusive_address_use(sock2_socket_t s, int *on);

/**
 * Turn a UDP socket's connection-reset reports on or off (Windows).
 *
 * Calls WSAIoctl(SIO_UDP_CONNRESET, on), and WSAIoctl(SIO_UDP_NETRESET, on) as
 * well where the headers define it.
 *
 * By default Windows fails the next receive on a UDP socket with
 * SOCK2_ECONNRESET after an earlier send drew an ICMP "port unreachable",
 * which breaks UDP servers; with on = 0 those reports are dropped and receives
 * go on normally (what Go, libuv and .NET do). The setting cannot be read
 * back. Other systems never report this on an unconnected UDP socket.
 *
 * @param s  the socket.
 * @param on  non-zero to report resets (the Windows default), 0 not to.
 * @return  0.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    s is not a UDP socket (Winsock's answer).
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENOTSUP   not Windows.
 *   other           any other error WSAIoctl() reports.
 * @platforms  Windows; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_UDP_CONNRESET).
 * @example
 *   sock2_socket_t s;
 *   if (sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, &s) == 0) {
 *     if (sock2_has(SOCK2_FEATURE_UDP_CONNRESET))
 *       sock2_set_udp_connreset(s, 0);
 *     sock2_close(s);
 *   }
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_udp_connreset(sock2_socket_t s, int on);

#endif /* SOCK2_OPTIONS_H */
