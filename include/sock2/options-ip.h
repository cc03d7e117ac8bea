/* SPDX-License-Identifier: MIT */
/*
 * libsock2 socket options at IPPROTO_IP, IPPROTO_IPV6 and SOL_DCCP, and
 * multicast group membership. Included by <sock2.h>; do not include it on
 * its own.
 *
 * Common rules for every function here:
 *   - Setters are sock2_set_X(s, v), getters sock2_X(s, &v), named as
 *     socket2 0.6 names the methods.
 *   - SOCK2_EBADF for SOCK2_INVALID_SOCKET (no system call is made);
 *     SOCK2_EINVAL for a NULL out pointer or a value out of range (the
 *     option is then left as it was); SOCK2_ENOTSUP where the platform
 *     lacks the option (sock2_has() with the SOCK2_FEATURE_* named in the
 *     comment tells in advance); otherwise the OS's own error, such as
 *     SOCK2_ENOPROTOOPT for an option the socket's family or type does not
 *     take, or SOCK2_EPERM for a privileged option.
 *   - Booleans are int: any non-zero value sets the option, getters store
 *     0 or 1.
 *   - IPv4 addresses are 4 bytes and IPv6 addresses 16 bytes in network
 *     order, as in sock2_addr_ipv4() and sock2_addr_ipv6().
 *   - Each call is exactly one getsockopt() or setsockopt().
 */
#ifndef SOCK2_OPTIONS_IP_H
#define SOCK2_OPTIONS_IP_H

/* ---- IPPROTO_IP ---------------------------------------------------------- */

/**
 * Supply the IPv4 header yourself on a raw socket.
 *
 * Sets IPPROTO_IP / IP_HDRINCL. Off by default on a raw socket (Linux turns it
 * on for IPPROTO_RAW); when on, every packet sent must start with its own IPv4
 * header. Raw sockets need CAP_NET_RAW (root).
 *
 * Makes one setsockopt(IPPROTO_IP, IP_HDRINCL) with an int (any non-zero on is
 * passed as 1).
 *
 * @param s  the socket, an IPv4 socket.
 * @param on  non-zero to turn the option on, 0 to turn it off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no IP_HDRINCL; or s is a unix socket; or
 *                      (Linux, when reading) s is not an IP socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IP_HDRINCL (Linux,
 *                      when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux, the BSDs, macOS, Windows; SOCK2_ENOTSUP where the headers
 *   lack IP_HDRINCL. No sock2_has() feature tells.
 * @example
 *   sock2_socket_t s;
 *   int err = sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_RAW, 255, &s);
 *   if (err == 0) {
 *     err = sock2_set_header_included_v4(s, 1);
 *     sock2_close(s);
 *   }
 *   if (err != 0)
 *     fprintf(stderr, "raw socket: %s\n", sock2_strerror(err));
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_header_included_v4(sock2_socket_t s, int on);
/**
 * Tell whether IP_HDRINCL is on.
 *
 * Reads the option sock2_set_header_included_v4() sets: one
 * getsockopt(IPPROTO_IP, IP_HDRINCL); a 1-byte reply (as Winsock gives for
 * some options) is decoded as well as a 4-byte int.
 *
 * @param s  the socket, an IPv4 socket.
 * @param on  receives 1 if the option is on, 0 if it is off.
 * @return  0, with *on set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       on is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no IP_HDRINCL; or s is a unix socket; or
 *                      (Linux, when reading) s is not an IP socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IP_HDRINCL (Linux,
 *                      when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux, the BSDs, macOS, Windows; SOCK2_ENOTSUP where the headers
 *   lack IP_HDRINCL. No sock2_has() feature tells.
 * @since  0.1.0
 * @page sock2_set_header_included_v4
 */
SOCK2_EXTERN int sock2_header_included_v4(sock2_socket_t s, int *on);

/**
 * Allow binding to non-local IPv4 addresses (transparent proxying).
 *
 * Sets IPPROTO_IP / IP_TRANSPARENT. Off by default. With it (and the matching
 * TPROXY rules and routes) a proxy can accept connections and receive
 * datagrams addressed elsewhere, and send from non-local addresses. Setting it
 * needs CAP_NET_ADMIN or CAP_NET_RAW.
 *
 * Makes one setsockopt(IPPROTO_IP, IP_TRANSPARENT) with an int (any non-zero
 * on is passed as 1).
 *
 * @param s  the socket, an IPv4 socket.
 * @param on  non-zero to turn the option on, 0 to turn it off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EPERM        the caller lacks CAP_NET_ADMIN and CAP_NET_RAW.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no IP_TRANSPARENT (Linux only); or s is a
 *                      unix socket; or (Linux, when reading) s is not an IP
 *                      socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IP_TRANSPARENT
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_IP_TRANSPARENT).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_ip_transparent_v4(sock2_socket_t s, int on);
/**
 * Tell whether IP_TRANSPARENT is on.
 *
 * Reads the option sock2_set_ip_transparent_v4() sets: one
 * getsockopt(IPPROTO_IP, IP_TRANSPARENT); a 1-byte reply (as Winsock gives for
 * some options) is decoded as well as a 4-byte int.
 *
 * @param s  the socket, an IPv4 socket.
 * @param on  receives 1 if the option is on, 0 if it is off.
 * @return  0, with *on set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       on is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no IP_TRANSPARENT (Linux only); or s is a
 *                      unix socket; or (Linux, when reading) s is not an IP
 *                      socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IP_TRANSPARENT
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_IP_TRANSPARENT).
 * @since  0.1.0
 * @page sock2_set_ip_transparent_v4
 */
SOCK2_EXTERN int sock2_ip_transparent_v4(sock2_socket_t s, int *on);

/**
 * Allow binding to an IPv4 address that is not (yet) local.
 *
 * Sets IPPROTO_IP / IP_FREEBIND. Off by default (net.ipv4.ip_nonlocal_bind
 * sets it for every socket). Useful for services that start before their
 * address is configured. Deliberate deviation: socket2's freebind once used
 * SOL_SOCKET by mistake, where 15 is SO_REUSEPORT; this one does not.
 *
 * Makes one setsockopt(IPPROTO_IP, IP_FREEBIND) with an int (any non-zero on
 * is passed as 1).
 *
 * @param s  the socket, an IPv4 socket.
 * @param on  non-zero to turn the option on, 0 to turn it off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no IP_FREEBIND (Linux only); or s is a unix
 *                      socket; or (Linux, when reading) s is not an IP socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IP_FREEBIND
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_IP_FREEBIND).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_freebind_v4(sock2_socket_t s, int on);
/**
 * Tell whether IP_FREEBIND is on.
 *
 * Reads the option sock2_set_freebind_v4() sets: one getsockopt(IPPROTO_IP,
 * IP_FREEBIND); a 1-byte reply (as Winsock gives for some options) is decoded
 * as well as a 4-byte int.
 *
 * @param s  the socket, an IPv4 socket.
 * @param on  receives 1 if the option is on, 0 if it is off.
 * @return  0, with *on set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       on is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no IP_FREEBIND (Linux only); or s is a unix
 *                      socket; or (Linux, when reading) s is not an IP socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IP_FREEBIND
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_IP_FREEBIND).
 * @since  0.1.0
 * @page sock2_set_freebind_v4
 */
SOCK2_EXTERN int sock2_freebind_v4(sock2_socket_t s, int *on);

/**
 * Set the time-to-live of outgoing unicast IPv4 packets.
 *
 * Sets IPPROTO_IP / IP_TTL: how many hops the packets may travel. The default
 * is the system's (64 on Linux, net.ipv4.ip_default_ttl).
 *
 * Makes one setsockopt(IPPROTO_IP, IP_TTL) with an int.
 *
 * @param s  the socket, an IPv4 socket.
 * @param ttl  the TTL, 0..255 (Linux refuses 0 with SOCK2_EINVAL from the
 *             kernel).
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       ttl is outside 0..255 (nothing changes).
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      s is a unix socket; or (Linux, when reading) s is not
 *                      an IP socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IP_TTL (Linux,
 *                      when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  All.
 * @example
 *   sock2_socket_t s;
 *   int ttl = 0;
 *   if (sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, &s) == 0) {
 *     if (sock2_set_ttl_v4(s, 16) == 0 && sock2_ttl_v4(s, &ttl) == 0)
 *       printf("IP_TTL %d\n", ttl);
 *     sock2_close(s);
 *   }
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_ttl_v4(sock2_socket_t s, int ttl);
/**
 * Read the time-to-live of outgoing unicast IPv4 packets.
 *
 * Reads getsockopt(IPPROTO_IP, IP_TTL), the option sock2_set_ttl_v4() sets.
 *
 * @param s  the socket, an IPv4 socket.
 * @param ttl  receives the value.
 * @return  0, with *ttl set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       ttl is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      s is a unix socket; or (Linux, when reading) s is not
 *                      an IP socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IP_TTL (Linux,
 *                      when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_set_ttl_v4
 */
SOCK2_EXTERN int sock2_ttl_v4(sock2_socket_t s, int *ttl);

/**
 * Set the type-of-service byte (DSCP and ECN) of outgoing IPv4 packets.
 *
 * Sets IPPROTO_IP / IP_TOS. 0 by default. On Linux TCP sockets the kernel
 * keeps the two ECN bits to itself (setting 0xbb reads back 0xb8). macOS and
 * the BSDs refuse IP_TOS on an AF_INET6 socket: use sock2_set_tclass_v6()
 * there.
 *
 * Makes one setsockopt(IPPROTO_IP, IP_TOS) with an int.
 *
 * @param s  the socket, an IPv4 socket.
 * @param tos  the byte, 0..255.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       tos is outside 0..255 (nothing changes).
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no IP_TOS; or s is a unix socket; or
 *                      (Linux, when reading) s is not an IP socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IP_TOS (Linux,
 *                      when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  All but illumos/Solaris-like systems without IP_TOS
 *   (SOCK2_ENOTSUP there). No sock2_has() feature tells.
 * @since  0.1.0
 * @see  sock2_set_tclass_v6(3), sock2_set_recv_tos_v4(3)
 */
SOCK2_EXTERN int sock2_set_tos_v4(sock2_socket_t s, int tos);
/**
 * Read the type-of-service byte of outgoing IPv4 packets.
 *
 * Reads getsockopt(IPPROTO_IP, IP_TOS), the option sock2_set_tos_v4() sets.
 *
 * @param s  the socket, an IPv4 socket.
 * @param tos  receives the value.
 * @return  0, with *tos set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       tos is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no IP_TOS; or s is a unix socket; or
 *                      (Linux, when reading) s is not an IP socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IP_TOS (Linux,
 *                      when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  All but illumos/Solaris-like systems without IP_TOS
 *   (SOCK2_ENOTSUP there). No sock2_has() feature tells.
 * @since  0.1.0
 * @page sock2_set_tos_v4
 */
SOCK2_EXTERN int sock2_tos_v4(sock2_socket_t s, int *tos);

/**
 * Receive the TOS byte of incoming IPv4 packets as a control message.
 *
 * Sets IPPROTO_IP / IP_RECVTOS. Off by default; when on, each datagram
 * received with sock2_recvmsg() carries an IP_TOS control message with the
 * packet's TOS byte (DSCP and ECN).
 *
 * Makes one setsockopt(IPPROTO_IP, IP_RECVTOS) with an int (any non-zero on is
 * passed as 1).
 *
 * @param s  the socket, an IPv4 socket.
 * @param on  non-zero to turn the option on, 0 to turn it off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no IP_RECVTOS; or s is a unix socket; or
 *                      (Linux, when reading) s is not an IP socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IP_RECVTOS (Linux,
 *                      when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux, Apple, FreeBSD, Windows; SOCK2_ENOTSUP elsewhere. Test
 *   with sock2_has(SOCK2_FEATURE_IP_RECVTOS).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_recv_tos_v4(sock2_socket_t s, int on);
/**
 * Tell whether IP_RECVTOS is on.
 *
 * Reads the option sock2_set_recv_tos_v4() sets: one getsockopt(IPPROTO_IP,
 * IP_RECVTOS); any positive value is reported as 1.
 *
 * @param s  the socket, an IPv4 socket.
 * @param on  receives 1 if the option is on, 0 if it is off.
 * @return  0, with *on set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       on is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no IP_RECVTOS; or s is a unix socket; or
 *                      (Linux, when reading) s is not an IP socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IP_RECVTOS (Linux,
 *                      when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux, Apple, FreeBSD, Windows; SOCK2_ENOTSUP elsewhere. Test
 *   with sock2_has(SOCK2_FEATURE_IP_RECVTOS).
 * @since  0.1.0
 * @page sock2_set_recv_tos_v4
 */
SOCK2_EXTERN int sock2_recv_tos_v4(sock2_socket_t s, int *on);

/**
 * Read the original destination of a redirected IPv4 connection.
 *
 * Reads getsockopt(SOL_IP, SO_ORIGINAL_DST) on Linux (SOL_SOCKET /
 * SO_ORIGINAL_DST on Windows) into *addr: where the client meant to connect
 * before netfilter (iptables REDIRECT or DNAT) sent it to this socket. Use it
 * on an accepted connection.
 *
 * @param s  the socket.
 * @param addr  receives the IPv4 address and port; unchanged on error.
 * @return  0, with *addr set.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    addr is NULL, or the reply does not fit.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENOENT    s was not redirected (no connection-tracking entry).
 *   SOCK2_ENOTSUP   this build has no SO_ORIGINAL_DST.
 *   other           any other error the system call reports.
 * @platforms  Linux with netfilter headers, and Windows; SOCK2_ENOTSUP
 *   elsewhere. Test with sock2_has(SOCK2_FEATURE_ORIGINAL_DST).
 * @example
 *   sock2_addr_t dst;
 *   char text[64];
 *   if (sock2_original_dst_v4(conn, &dst) == 0 &&
 *       sock2_addr_format(&dst, text, sizeof(text)) >= 0)
 *     printf("client wanted %s\n", text);
 * @since  0.1.0
 * @see  sock2_original_dst_v6(3)
 */
SOCK2_EXTERN int sock2_original_dst_v4(sock2_socket_t s, sock2_addr_t *addr);

/* ---- IPv4 multicast ------------------------------------------------------ */

/**
 * Choose the interface for outgoing IPv4 multicast.
 *
 * Sets IPPROTO_IP / IP_MULTICAST_IF with a struct in_addr: the interface that
 * has this address sends the socket's multicast. By default (0.0.0.0) the OS
 * chooses by route.
 *
 * @param s  the socket, an IPv4 datagram socket.
 * @param iface  the interface's IPv4 address (4 bytes, network order); 0.0.0.0
 *               lets the OS choose.
 * @return  0.
 * @errors
 *   SOCK2_EBADF          s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL         iface is NULL.
 *   SOCK2_ENOTSOCK       s is not a socket.
 *   SOCK2_EADDRNOTAVAIL  no interface has that address.
 *   SOCK2_ENOTSUP        s is a unix socket; or (Linux, when reading) s is not
 *                        an IP socket.
 *   SOCK2_ENOPROTOOPT    s's family or protocol does not take IP_MULTICAST_IF
 *                        (Linux, when reading: SOCK2_ENOTSUP).
 *   other                any other error the system call reports.
 * @platforms  All.
 * @example
 *   static const uint8_t lo[4] = { 127, 0, 0, 1 };
 *   uint8_t cur[4];
 *   if (sock2_set_multicast_if_v4(s, lo) == 0 &&
 *       sock2_multicast_if_v4(s, cur) == 0)
 *     printf("multicast from %u.%u.%u.%u\n", cur[0], cur[1], cur[2], cur[3]);
 * @since  0.1.0
 * @see  sock2_join_multicast_v4(3)
 */
SOCK2_EXTERN int sock2_set_multicast_if_v4(sock2_socket_t s,
                                           const uint8_t iface[4]);
/**
 * Read the interface for outgoing IPv4 multicast.
 *
 * Reads getsockopt(IPPROTO_IP, IP_MULTICAST_IF) as an IPv4 address, the option
 * sock2_set_multicast_if_v4() sets.
 *
 * @param s  the socket, an IPv4 datagram socket.
 * @param iface  receives the address (4 bytes, network order); 0.0.0.0 if the
 *               OS chooses.
 * @return  0, with iface set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       iface is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      s is a unix socket; or (Linux, when reading) s is not
 *                      an IP socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IP_MULTICAST_IF
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_set_multicast_if_v4
 */
SOCK2_EXTERN int sock2_multicast_if_v4(sock2_socket_t s, uint8_t iface[4]);

/**
 * Loop outgoing IPv4 multicast back to local listeners.
 *
 * Sets IPPROTO_IP / IP_MULTICAST_LOOP, passed as an int on every platform. On
 * by default: sockets on this host that joined the group receive the socket's
 * own multicast.
 *
 * Makes one setsockopt(IPPROTO_IP, IP_MULTICAST_LOOP) with an int (any
 * non-zero on is passed as 1).
 *
 * @param s  the socket, an IPv4 socket.
 * @param on  non-zero to turn the option on, 0 to turn it off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      s is a unix socket; or (Linux, when reading) s is not
 *                      an IP socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IP_MULTICAST_LOOP
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  All.
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_multicast_loop_v4(sock2_socket_t s, int on);
/**
 * Tell whether IP_MULTICAST_LOOP is on.
 *
 * Reads the option sock2_set_multicast_loop_v4() sets: one
 * getsockopt(IPPROTO_IP, IP_MULTICAST_LOOP); a 1-byte reply (as Winsock gives
 * for some options) is decoded as well as a 4-byte int.
 *
 * @param s  the socket, an IPv4 socket.
 * @param on  receives 1 if the option is on, 0 if it is off.
 * @return  0, with *on set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       on is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      s is a unix socket; or (Linux, when reading) s is not
 *                      an IP socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IP_MULTICAST_LOOP
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_set_multicast_loop_v4
 */
SOCK2_EXTERN int sock2_multicast_loop_v4(sock2_socket_t s, int *on);

/**
 * Set the time-to-live of outgoing IPv4 multicast.
 *
 * Sets IPPROTO_IP / IP_MULTICAST_TTL, passed as an int. 1 by default (stay on
 * the local link).
 *
 * Makes one setsockopt(IPPROTO_IP, IP_MULTICAST_TTL) with an int.
 *
 * @param s  the socket, an IPv4 socket.
 * @param ttl  the TTL, 0..255 (0: this host only).
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       ttl is outside 0..255 (nothing changes); or s is a TCP
 *                      socket (Linux).
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      s is a unix socket; or (Linux, when reading) s is not
 *                      an IP socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IP_MULTICAST_TTL
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  All.
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_multicast_ttl_v4(sock2_socket_t s, int ttl);
/**
 * Read the time-to-live of outgoing IPv4 multicast.
 *
 * Reads getsockopt(IPPROTO_IP, IP_MULTICAST_TTL), the option
 * sock2_set_multicast_ttl_v4() sets.
 *
 * @param s  the socket, an IPv4 socket.
 * @param ttl  receives the value.
 * @return  0, with *ttl set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       ttl is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      s is a unix socket; or (Linux, when reading) s is not
 *                      an IP socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IP_MULTICAST_TTL
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_set_multicast_ttl_v4
 */
SOCK2_EXTERN int sock2_multicast_ttl_v4(sock2_socket_t s, int *ttl);

/**
 * Receive IPv4 multicast only for the socket's own groups, or for all.
 *
 * Sets IPPROTO_IP / IP_MULTICAST_ALL. On by default (Linux's choice): a socket
 * bound to a port receives multicast for every group joined on the host by any
 * socket; turn it off to receive only the groups this socket joined.
 *
 * Makes one setsockopt(IPPROTO_IP, IP_MULTICAST_ALL) with an int (any non-zero
 * on is passed as 1).
 *
 * @param s  the socket, an IPv4 socket.
 * @param on  non-zero to turn the option on, 0 to turn it off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no IP_MULTICAST_ALL (Linux only); or s is a
 *                      unix socket; or (Linux, when reading) s is not an IP
 *                      socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IP_MULTICAST_ALL
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_IP_MULTICAST_ALL).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_multicast_all_v4(sock2_socket_t s, int on);
/**
 * Tell whether IP_MULTICAST_ALL is on.
 *
 * Reads the option sock2_set_multicast_all_v4() sets: one
 * getsockopt(IPPROTO_IP, IP_MULTICAST_ALL); a 1-byte reply (as Winsock gives
 * for some options) is decoded as well as a 4-byte int.
 *
 * @param s  the socket, an IPv4 socket.
 * @param on  receives 1 if the option is on, 0 if it is off.
 * @return  0, with *on set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       on is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no IP_MULTICAST_ALL (Linux only); or s is a
 *                      unix socket; or (Linux, when reading) s is not an IP
 *                      socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IP_MULTICAST_ALL
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_IP_MULTICAST_ALL).
 * @since  0.1.0
 * @page sock2_set_multicast_all_v4
 */
SOCK2_EXTERN int sock2_multicast_all_v4(sock2_socket_t s, int *on);

/**
 * Join an IPv4 multicast group.
 *
 * Sets IPPROTO_IP / IP_ADD_MEMBERSHIP with a struct ip_mreq {group, iface}:
 * the socket then receives datagrams sent to the group on that interface (bind
 * it to the group's port). To give the interface by index, use
 * sock2_join_multicast_v4_n(); for one source only, sock2_join_ssm_v4().
 *
 * @param s  the socket, an IPv4 datagram socket.
 * @param group  the group address (4 bytes, network order, in 224.0.0.0/4).
 * @param iface  the interface's IPv4 address; NULL or 0.0.0.0 lets the OS
 *               choose (by route).
 * @return  0.
 * @errors
 *   SOCK2_EBADF          s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL         group is NULL, or not a multicast address (the
 *                        kernel's answer).
 *   SOCK2_ENOTSOCK       s is not a socket.
 *   SOCK2_EADDRINUSE     the group is already joined on that interface.
 *   SOCK2_EADDRNOTAVAIL  no interface has that address; on a leave, the group
 *                        was not joined.
 *   SOCK2_ENODEV         no interface fits (no multicast route).
 *   SOCK2_EPROTO         s is a TCP socket (Linux).
 *   SOCK2_ENOPROTOOPT    s's family or protocol does not take it.
 *   SOCK2_ENOBUFS        the socket has joined too many groups
 *                        (net.ipv4.igmp_max_memberships).
 *   SOCK2_ENOTSUP        s is a unix socket (Linux).
 *   other                any other error the system call reports.
 * @platforms  All.
 * @example
 *   static const uint8_t group[4] = { 239, 1, 2, 3 };
 *   sock2_socket_t s;
 *   sock2_addr_t any;
 *   static const uint8_t zero[4] = { 0, 0, 0, 0 };
 *   if (sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, &s) == 0) {
 *     sock2_set_reuse_address(s, 1);
 *     if (sock2_addr_ipv4(&any, zero, 5000) == 0 && sock2_bind(s, &any) == 0 &&
 *         sock2_join_multicast_v4(s, group, NULL) == 0)
 *       sock2_leave_multicast_v4(s, group, NULL);
 *     sock2_close(s);
 *   }
 * @since  0.1.0
 * @see  sock2_join_multicast_v4_n(3), sock2_join_ssm_v4(3)
 */
SOCK2_EXTERN int sock2_join_multicast_v4(sock2_socket_t s,
                                         const uint8_t group[4],
                                         const uint8_t iface[4]);
/**
 * Leave an IPv4 multicast group.
 *
 * Sets IPPROTO_IP / IP_DROP_MEMBERSHIP with a struct ip_mreq, undoing
 * sock2_join_multicast_v4() with the same group and interface. Closing the
 * socket leaves every group.
 *
 * @param s  the socket.
 * @param group  the group address (4 bytes, network order, in 224.0.0.0/4).
 * @param iface  the interface's IPv4 address; NULL or 0.0.0.0 lets the OS
 *               choose (by route).
 * @return  0.
 * @errors
 *   SOCK2_EBADF          s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL         group is NULL, or not a multicast address (the
 *                        kernel's answer).
 *   SOCK2_ENOTSOCK       s is not a socket.
 *   SOCK2_EADDRNOTAVAIL  no interface has that address; on a leave, the group
 *                        was not joined.
 *   SOCK2_ENODEV         no interface fits (no multicast route).
 *   SOCK2_EPROTO         s is a TCP socket (Linux).
 *   SOCK2_ENOPROTOOPT    s's family or protocol does not take it.
 *   SOCK2_ENOTSUP        s is a unix socket (Linux).
 *   other                any other error the system call reports.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_join_multicast_v4
 */
SOCK2_EXTERN int sock2_leave_multicast_v4(sock2_socket_t s,
                                          const uint8_t group[4],
                                          const uint8_t iface[4]);

/* Kinds of sock2_iface_v4_t. */
#define SOCK2_IFACE_INDEX 1   /* by interface index */
#define SOCK2_IFACE_ADDRESS 2 /* by the interface's IPv4 address */

/*
 * An IPv4 multicast interface given by index or by address (socket2's
 * InterfaceIndexOrAddress). Index 0 and address 0.0.0.0 both mean "let the
 * OS choose".
 *
 * A growable struct (doc/design.md, "ABI rules"): size is the sizeof the
 * caller was compiled with and the reserved fields are 0, as the macros
 * below make them. The library reads nothing past size; it returns
 * SOCK2_EINVAL for a size below SOCK2_IFACE_V4_SIZE_MIN, above its own
 * sizeof or not a multiple of 4, and for a non-zero reserved field.
 *
 * Build one with SOCK2_IFACE_BY_INDEX(i) or SOCK2_IFACE_BY_ADDR(a, b, c,
 * d): in C a compound literal (an lvalue: `&SOCK2_IFACE_BY_INDEX(2)` is
 * fine), in C++11 a temporary (copy it into a variable). The initialisers
 * SOCK2_IFACE_INDEX_INIT(i) and SOCK2_IFACE_ADDR_INIT(a, b, c, d) work in
 * declarations in both languages.
 */
typedef struct sock2_iface_v4 {
  uint32_t size;        /* sizeof(sock2_iface_v4_t), set by the macros */
  int kind;             /* SOCK2_IFACE_INDEX or SOCK2_IFACE_ADDRESS */
  uint32_t index;       /* for SOCK2_IFACE_INDEX */
  uint8_t addr[4];      /* for SOCK2_IFACE_ADDRESS, network order */
  uint32_t reserved[2]; /* 0; room to grow */
} sock2_iface_v4_t;

/* The smallest size accepted: the struct up to and including addr. */
#define SOCK2_IFACE_V4_SIZE_MIN (offsetof(sock2_iface_v4_t, reserved))

#define SOCK2_IFACE_INDEX_INIT(i)                                             \
  { SOCK2_CAST_(uint32_t, sizeof(sock2_iface_v4_t)), SOCK2_IFACE_INDEX,       \
    SOCK2_CAST_(uint32_t, i), { 0, 0, 0, 0 }, { 0, 0 } }
#define SOCK2_IFACE_ADDR_INIT(a, b, c, d)                                     \
  { SOCK2_CAST_(uint32_t, sizeof(sock2_iface_v4_t)), SOCK2_IFACE_ADDRESS, 0,  \
    { SOCK2_CAST_(uint8_t, a), SOCK2_CAST_(uint8_t, b),                       \
      SOCK2_CAST_(uint8_t, c), SOCK2_CAST_(uint8_t, d) }, { 0, 0 } }
#ifdef __cplusplus
# define SOCK2_IFACE_BY_INDEX(i) (sock2_iface_v4_t SOCK2_IFACE_INDEX_INIT(i))
# define SOCK2_IFACE_BY_ADDR(a, b, c, d)                                      \
  (sock2_iface_v4_t SOCK2_IFACE_ADDR_INIT(a, b, c, d))
#else
# define SOCK2_IFACE_BY_INDEX(i) ((sock2_iface_v4_t)SOCK2_IFACE_INDEX_INIT(i))
# define SOCK2_IFACE_BY_ADDR(a, b, c, d)                                      \
  ((sock2_iface_v4_t)SOCK2_IFACE_ADDR_INIT(a, b, c, d))
#endif

/**
 * Join an IPv4 multicast group on an interface given by index or address.
 *
 * An address (or index 0) uses setsockopt(IPPROTO_IP, IP_ADD_MEMBERSHIP) with
 * a struct ip_mreq, as sock2_join_multicast_v4(). An index uses the RFC 3678
 * setsockopt(IPPROTO_IP, MCAST_JOIN_GROUP) with a struct group_req, else
 * IP_ADD_MEMBERSHIP with a struct ip_mreqn; Windows encodes the index as the
 * address 0.0.0.i.
 *
 * Deliberate deviation: socket2 passes the index in a struct ip_mreqn
 * everywhere. Apple's kernel reads only as far as a struct ip_mreq, so its
 * join silently uses the interface the OS picks; FreeBSD's join reads the
 * whole struct ip_mreqn and honours the index, but its IP_DROP_MEMBERSHIP
 * reads only a struct ip_mreq, so a leave ignores the index. MCAST_JOIN_GROUP
 * and MCAST_LEAVE_GROUP carry it both ways.
 *
 * sock2_iface_v4_t is a growable struct (doc/design.md, "ABI rules"): its size
 * must be at least SOCK2_IFACE_V4_SIZE_MIN, at most the library's sizeof and a
 * multiple of 4, and its reserved fields 0, as the SOCK2_IFACE_* macros make
 * them.
 *
 * @param s  the socket, an IPv4 datagram socket.
 * @param group  the group address (4 bytes, network order, in 224.0.0.0/4).
 * @param iface  the interface (sock2_iface_v4_t): SOCK2_IFACE_BY_INDEX(i) or
 *               SOCK2_IFACE_BY_ADDR(a, b, c, d); index 0 or 0.0.0.0 lets the
 *               OS choose.
 * @return  0.
 * @errors
 *   SOCK2_EBADF          s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL         group or iface is NULL, iface->size is not valid, a
 *                        reserved field is not 0, the kind is unknown, or
 *                        group is not a multicast address.
 *   SOCK2_ENOTSOCK       s is not a socket.
 *   SOCK2_EADDRINUSE     the group is already joined on that interface.
 *   SOCK2_EADDRNOTAVAIL  no interface has that address; on a leave, the group
 *                        was not joined.
 *   SOCK2_ENODEV         no interface fits (no multicast route).
 *   SOCK2_EPROTO         s is a TCP socket (Linux).
 *   SOCK2_ENOPROTOOPT    s's family or protocol does not take it.
 *   SOCK2_ENOBUFS        the socket has joined too many groups
 *                        (net.ipv4.igmp_max_memberships).
 *   SOCK2_ENOTSUP        iface is an index and the OS can take none (neither
 *                        MCAST_JOIN_GROUP nor struct ip_mreqn); or s is a unix
 *                        socket (Linux).
 *   other                any other error the system call reports.
 * @platforms  All. By index: MCAST_JOIN_GROUP where the OS has it
 *   (sock2_has(SOCK2_FEATURE_MCAST_JOIN_GROUP)), else struct ip_mreqn
 *   (SOCK2_FEATURE_IP_MREQN); Windows encodes the index as 0.0.0.i; Apple's
 *   kernel ignores an index in ip_mreqn.
 * @example
 *   static const uint8_t group[4] = { 239, 1, 2, 3 };
 *   sock2_iface_v4_t lo = SOCK2_IFACE_INDEX_INIT(1);
 *   if (sock2_join_multicast_v4_n(s, group, &lo) == 0)
 *     sock2_leave_multicast_v4_n(s, group, &lo);
 * @since  0.1.0
 * @see  sock2_join_multicast_v4(3)
 */
SOCK2_EXTERN int sock2_join_multicast_v4_n(sock2_socket_t s,
                                           const uint8_t group[4],
                                           const sock2_iface_v4_t *iface);
/**
 * Leave an IPv4 multicast group joined by index or address.
 *
 * Undoes sock2_join_multicast_v4_n() with the same group and interface, by the
 * matching calls: IP_DROP_MEMBERSHIP for an address, MCAST_LEAVE_GROUP (or
 * IP_DROP_MEMBERSHIP with a struct ip_mreqn) for an index.
 *
 * @param s  the socket.
 * @param group  the group address (4 bytes, network order, in 224.0.0.0/4).
 * @param iface  the interface (sock2_iface_v4_t): SOCK2_IFACE_BY_INDEX(i) or
 *               SOCK2_IFACE_BY_ADDR(a, b, c, d); index 0 or 0.0.0.0 lets the
 *               OS choose.
 * @return  0.
 * @errors
 *   SOCK2_EBADF          s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL         group or iface is NULL, iface->size is not valid, a
 *                        reserved field is not 0, the kind is unknown, or
 *                        group is not a multicast address.
 *   SOCK2_ENOTSOCK       s is not a socket.
 *   SOCK2_EADDRNOTAVAIL  no interface has that address; on a leave, the group
 *                        was not joined.
 *   SOCK2_ENODEV         no interface fits (no multicast route).
 *   SOCK2_EPROTO         s is a TCP socket (Linux).
 *   SOCK2_ENOPROTOOPT    s's family or protocol does not take it.
 *   SOCK2_ENOTSUP        iface is an index and the OS can take none (neither
 *                        MCAST_JOIN_GROUP nor struct ip_mreqn); or s is a unix
 *                        socket (Linux).
 *   other                any other error the system call reports.
 * @platforms  All. By index: MCAST_JOIN_GROUP where the OS has it
 *   (sock2_has(SOCK2_FEATURE_MCAST_JOIN_GROUP)), else struct ip_mreqn
 *   (SOCK2_FEATURE_IP_MREQN); Windows encodes the index as 0.0.0.i; Apple's
 *   kernel ignores an index in ip_mreqn.
 * @since  0.1.0
 * @page sock2_join_multicast_v4_n
 */
SOCK2_EXTERN int sock2_leave_multicast_v4_n(sock2_socket_t s,
                                            const uint8_t group[4],
                                            const sock2_iface_v4_t *iface);

/**
 * Join a source-specific IPv4 multicast channel.
 *
 * Sets IPPROTO_IP / IP_ADD_SOURCE_MEMBERSHIP with a struct ip_mreq_source: the
 * socket receives what source sends to group (SSM, RFC 4607, usually
 * 232.0.0.0/8). The argument order is socket2's: source, group, interface.
 *
 * @param s  the socket, an IPv4 datagram socket.
 * @param source  the source address (4 bytes, network order).
 * @param group  the group address (4 bytes, network order, in 224.0.0.0/4).
 * @param iface  the interface's IPv4 address; NULL or 0.0.0.0 lets the OS
 *               choose.
 * @return  0.
 * @errors
 *   SOCK2_EBADF          s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL         source or group is NULL; or (Linux, on a leave) the
 *                        group itself was never joined.
 *   SOCK2_ENOTSOCK       s is not a socket.
 *   SOCK2_EADDRINUSE     the channel is already joined.
 *   SOCK2_EADDRNOTAVAIL  no interface has that address; on a leave, the
 *                        channel was not joined.
 *   SOCK2_ENODEV         no interface fits.
 *   SOCK2_ENOPROTOOPT    s's family or protocol does not take it.
 *   SOCK2_ENOTSUP        the OS has no IPv4 source-specific multicast; or s is
 *                        a unix socket (Linux).
 *   other                any other error the system call reports.
 * @platforms  Linux, FreeBSD, macOS, Windows; not OpenBSD, NetBSD, DragonFly
 *   (SOCK2_ENOTSUP). Test with sock2_has(SOCK2_FEATURE_IP_SSM).
 * @example
 *   static const uint8_t src[4] = { 127, 0, 0, 1 };
 *   static const uint8_t group[4] = { 232, 1, 2, 3 };
 *   if (sock2_join_ssm_v4(s, src, group, NULL) == 0)
 *     sock2_leave_ssm_v4(s, src, group, NULL);
 * @since  0.1.0
 * @see  sock2_join_multicast_v4(3)
 */
SOCK2_EXTERN int sock2_join_ssm_v4(sock2_socket_t s, const uint8_t source[4],
                                   const uint8_t group[4],
                                   const uint8_t iface[4]);
/**
 * Leave a source-specific IPv4 multicast channel.
 *
 * Sets IPPROTO_IP / IP_DROP_SOURCE_MEMBERSHIP, undoing sock2_join_ssm_v4()
 * with the same arguments.
 *
 * @param s  the socket.
 * @param source  the source address (4 bytes, network order).
 * @param group  the group address (4 bytes, network order, in 224.0.0.0/4).
 * @param iface  the interface's IPv4 address; NULL or 0.0.0.0.
 * @return  0.
 * @errors
 *   SOCK2_EBADF          s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL         source or group is NULL; or (Linux, on a leave) the
 *                        group itself was never joined.
 *   SOCK2_ENOTSOCK       s is not a socket.
 *   SOCK2_EADDRNOTAVAIL  no interface has that address; on a leave, the
 *                        channel was not joined.
 *   SOCK2_ENODEV         no interface fits.
 *   SOCK2_ENOPROTOOPT    s's family or protocol does not take it.
 *   SOCK2_ENOTSUP        the OS has no IPv4 source-specific multicast; or s is
 *                        a unix socket (Linux).
 *   other                any other error the system call reports.
 * @platforms  Linux, FreeBSD, macOS, Windows; not OpenBSD, NetBSD, DragonFly
 *   (SOCK2_ENOTSUP). Test with sock2_has(SOCK2_FEATURE_IP_SSM).
 * @since  0.1.0
 * @page sock2_join_ssm_v4
 */
SOCK2_EXTERN int sock2_leave_ssm_v4(sock2_socket_t s, const uint8_t source[4],
                                    const uint8_t group[4],
                                    const uint8_t iface[4]);

/* ---- IPPROTO_IPV6 -------------------------------------------------------- */

/**
 * Supply the IPv6 header yourself on a raw socket.
 *
 * Sets IPPROTO_IPV6 / IPV6_HDRINCL on Linux, IP_HDRINCL at IPPROTO_IPV6 on
 * Apple systems and Windows (as socket2 does). When on, every packet sent must
 * start with its own IPv6 header. Raw sockets need CAP_NET_RAW (root). The
 * getter reads the same level and name; deliberate deviation: socket2 0.6
 * reads IP_HDRINCL at IPPROTO_IPV6 on Linux, which is a different option.
 *
 * Makes one setsockopt(IPPROTO_IPV6, IPV6_HDRINCL) with an int (any non-zero
 * on is passed as 1).
 *
 * @param s  the socket, an IPv6 socket.
 * @param on  non-zero to turn the option on, 0 to turn it off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no IPV6_HDRINCL; or s is a unix socket; or
 *                      (Linux, when reading) s is not an IPv6 socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IPV6_HDRINCL
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux, macOS, Windows; not the BSDs (SOCK2_ENOTSUP). Test with
 *   sock2_has(SOCK2_FEATURE_IPV6_HDRINCL).
 * @example
 *   sock2_socket_t s;
 *   int err = sock2_socket(SOCK2_DOMAIN_IPV6, SOCK2_TYPE_RAW, 255, &s);
 *   if (err == 0) {
 *     err = sock2_set_header_included_v6(s, 1);
 *     sock2_close(s);
 *   }
 *   if (err != 0)
 *     fprintf(stderr, "raw socket: %s\n", sock2_strerror(err));
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_header_included_v6(sock2_socket_t s, int on);
/**
 * Tell whether IPV6_HDRINCL is on.
 *
 * Reads the option sock2_set_header_included_v6() sets: one
 * getsockopt(IPPROTO_IPV6, IPV6_HDRINCL); a 1-byte reply (as Winsock gives for
 * some options) is decoded as well as a 4-byte int.
 *
 * @param s  the socket, an IPv6 socket.
 * @param on  receives 1 if the option is on, 0 if it is off.
 * @return  0, with *on set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       on is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no IPV6_HDRINCL; or s is a unix socket; or
 *                      (Linux, when reading) s is not an IPv6 socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IPV6_HDRINCL
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux, macOS, Windows; not the BSDs (SOCK2_ENOTSUP). Test with
 *   sock2_has(SOCK2_FEATURE_IPV6_HDRINCL).
 * @since  0.1.0
 * @page sock2_set_header_included_v6
 */
SOCK2_EXTERN int sock2_header_included_v6(sock2_socket_t s, int *on);

/**
 * Allow binding to non-local IPv6 addresses (transparent proxying).
 *
 * Sets IPPROTO_IPV6 / IPV6_TRANSPARENT (socket2 0.6.3), the IPv6 twin of
 * sock2_set_ip_transparent_v4(). Off by default. Setting it needs
 * CAP_NET_ADMIN or CAP_NET_RAW.
 *
 * Makes one setsockopt(IPPROTO_IPV6, IPV6_TRANSPARENT) with an int (any
 * non-zero on is passed as 1).
 *
 * @param s  the socket, an IPv6 socket.
 * @param on  non-zero to turn the option on, 0 to turn it off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EPERM        the caller lacks CAP_NET_ADMIN and CAP_NET_RAW.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no IPV6_TRANSPARENT (Linux only); or s is a
 *                      unix socket; or (Linux, when reading) s is not an IPv6
 *                      socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IPV6_TRANSPARENT
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_IPV6_TRANSPARENT).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_ip_transparent_v6(sock2_socket_t s, int on);
/**
 * Tell whether IPV6_TRANSPARENT is on.
 *
 * Reads the option sock2_set_ip_transparent_v6() sets: one
 * getsockopt(IPPROTO_IPV6, IPV6_TRANSPARENT); a 1-byte reply (as Winsock gives
 * for some options) is decoded as well as a 4-byte int.
 *
 * @param s  the socket, an IPv6 socket.
 * @param on  receives 1 if the option is on, 0 if it is off.
 * @return  0, with *on set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       on is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no IPV6_TRANSPARENT (Linux only); or s is a
 *                      unix socket; or (Linux, when reading) s is not an IPv6
 *                      socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IPV6_TRANSPARENT
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_IPV6_TRANSPARENT).
 * @since  0.1.0
 * @page sock2_set_ip_transparent_v6
 */
SOCK2_EXTERN int sock2_ip_transparent_v6(sock2_socket_t s, int *on);

/**
 * Allow binding to an IPv6 address that is not (yet) local.
 *
 * Sets IPPROTO_IPV6 / IPV6_FREEBIND, the IPv6 twin of sock2_set_freebind_v4().
 * Off by default.
 *
 * Makes one setsockopt(IPPROTO_IPV6, IPV6_FREEBIND) with an int (any non-zero
 * on is passed as 1).
 *
 * @param s  the socket, an IPv6 socket.
 * @param on  non-zero to turn the option on, 0 to turn it off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no IPV6_FREEBIND (Linux only); or s is a
 *                      unix socket; or (Linux, when reading) s is not an IPv6
 *                      socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IPV6_FREEBIND
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux 4.15+; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_IPV6_FREEBIND).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_freebind_v6(sock2_socket_t s, int on);
/**
 * Tell whether IPV6_FREEBIND is on.
 *
 * Reads the option sock2_set_freebind_v6() sets: one getsockopt(IPPROTO_IPV6,
 * IPV6_FREEBIND); a 1-byte reply (as Winsock gives for some options) is
 * decoded as well as a 4-byte int.
 *
 * @param s  the socket, an IPv6 socket.
 * @param on  receives 1 if the option is on, 0 if it is off.
 * @return  0, with *on set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       on is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no IPV6_FREEBIND (Linux only); or s is a
 *                      unix socket; or (Linux, when reading) s is not an IPv6
 *                      socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IPV6_FREEBIND
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux 4.15+; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_IPV6_FREEBIND).
 * @since  0.1.0
 * @page sock2_set_freebind_v6
 */
SOCK2_EXTERN int sock2_freebind_v6(sock2_socket_t s, int *on);

/**
 * Restrict an IPv6 socket to IPv6 (no IPv4-mapped addresses).
 *
 * Sets IPPROTO_IPV6 / IPV6_V6ONLY (an int), before bind(). The default
 * differs: Linux takes net.ipv6.bindv6only (usually 0, so a socket bound to ::
 * also accepts IPv4 as ::ffff:a.b.c.d); Windows and FreeBSD default to 1. Set
 * it explicitly. OpenBSD sockets are always v6-only: setting 1 succeeds there
 * and setting 0 returns SOCK2_ENOTSUP (no system call).
 *
 * @param s  the socket, an IPv6 socket.
 * @param on  non-zero to turn the option on, 0 to turn it off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       s is already bound (Linux).
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      on is 0 on OpenBSD; or s is a unix socket.
 *   SOCK2_ENOPROTOOPT  s is not an IPv6 socket.
 *   other              any other error the system call reports.
 * @platforms  All; OpenBSD cannot turn it off.
 * @example
 *   sock2_socket_t s;
 *   int v6only = -1;
 *   if (sock2_socket(SOCK2_DOMAIN_IPV6, SOCK2_TYPE_STREAM, 0, &s) == 0) {
 *     if (sock2_set_only_v6(s, 0) == 0 && sock2_only_v6(s, &v6only) == 0)
 *       printf("dual-stack: %s\n", v6only ? "no" : "yes");
 *     sock2_close(s);
 *   }
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_only_v6(sock2_socket_t s, int on);
/**
 * Tell whether an IPv6 socket is restricted to IPv6.
 *
 * Reads getsockopt(IPPROTO_IPV6, IPV6_V6ONLY), the option sock2_set_only_v6()
 * sets. A 1-byte reply (as Winsock gives at times) is decoded as well as a
 * 4-byte int.
 *
 * @param s  the socket, an IPv6 socket.
 * @param on  receives 1 if the option is on, 0 if it is off.
 * @return  0, with *on set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       on is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      s is a unix socket; or (Linux, when reading) s is not
 *                      an IPv6 socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IPV6_V6ONLY
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_set_only_v6
 */
SOCK2_EXTERN int sock2_only_v6(sock2_socket_t s, int *on);

/**
 * Set the hop limit of outgoing unicast IPv6 packets.
 *
 * Sets IPPROTO_IPV6 / IPV6_UNICAST_HOPS. The default is the route's or the
 * system's (64 on Linux).
 *
 * Makes one setsockopt(IPPROTO_IPV6, IPV6_UNICAST_HOPS) with an int.
 *
 * @param s  the socket, an IPv6 socket.
 * @param hops  the hop limit, 0..255, or -1 for the default (RFC 3493 section
 *              5.1; the getter then reports the value in use).
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       hops is outside -1..255 (nothing changes).
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      s is a unix socket; or (Linux, when reading) s is not
 *                      an IPv6 socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IPV6_UNICAST_HOPS
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  All.
 * @example
 *   sock2_socket_t s;
 *   int hops = 0;
 *   if (sock2_socket(SOCK2_DOMAIN_IPV6, SOCK2_TYPE_DGRAM, 0, &s) == 0) {
 *     if (sock2_set_unicast_hops_v6(s, 32) == 0 &&
 *         sock2_unicast_hops_v6(s, &hops) == 0)
 *       printf("IPV6_UNICAST_HOPS %d\n", hops);
 *     sock2_close(s);
 *   }
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_unicast_hops_v6(sock2_socket_t s, int hops);
/**
 * Read the hop limit of outgoing unicast IPv6 packets.
 *
 * Reads getsockopt(IPPROTO_IPV6, IPV6_UNICAST_HOPS), the option
 * sock2_set_unicast_hops_v6() sets. After -1 it reports the value in use.
 *
 * @param s  the socket, an IPv6 socket.
 * @param hops  receives the value.
 * @return  0, with *hops set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       hops is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      s is a unix socket; or (Linux, when reading) s is not
 *                      an IPv6 socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IPV6_UNICAST_HOPS
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_set_unicast_hops_v6
 */
SOCK2_EXTERN int sock2_unicast_hops_v6(sock2_socket_t s, int *hops);

/**
 * Set the traffic class byte (DSCP and ECN) of outgoing IPv6 packets.
 *
 * Sets IPPROTO_IPV6 / IPV6_TCLASS, an int (a 1-byte value gives EINVAL on
 * Linux). 0 by default.
 *
 * Makes one setsockopt(IPPROTO_IPV6, IPV6_TCLASS) with an int.
 *
 * @param s  the socket, an IPv6 socket.
 * @param tclass  the byte, 0..255, or -1 for the kernel default (RFC 3542
 *                section 6.5).
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       tclass is outside -1..255 (nothing changes).
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no IPV6_TCLASS; or s is a unix socket; or
 *                      (Linux, when reading) s is not an IPv6 socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IPV6_TCLASS
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux, the BSDs, macOS; not Windows (SOCK2_ENOTSUP). Test with
 *   sock2_has(SOCK2_FEATURE_IPV6_TCLASS).
 * @since  0.1.0
 * @see  sock2_set_tos_v4(3)
 */
SOCK2_EXTERN int sock2_set_tclass_v6(sock2_socket_t s, int tclass);
/**
 * Read the traffic class byte of outgoing IPv6 packets.
 *
 * Reads getsockopt(IPPROTO_IPV6, IPV6_TCLASS), the option
 * sock2_set_tclass_v6() sets.
 *
 * @param s  the socket, an IPv6 socket.
 * @param tclass  receives the value.
 * @return  0, with *tclass set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       tclass is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no IPV6_TCLASS; or s is a unix socket; or
 *                      (Linux, when reading) s is not an IPv6 socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IPV6_TCLASS
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux, the BSDs, macOS; not Windows (SOCK2_ENOTSUP). Test with
 *   sock2_has(SOCK2_FEATURE_IPV6_TCLASS).
 * @since  0.1.0
 * @page sock2_set_tclass_v6
 */
SOCK2_EXTERN int sock2_tclass_v6(sock2_socket_t s, int *tclass);

/**
 * Receive the traffic class of incoming IPv6 packets as a control message.
 *
 * Sets IPPROTO_IPV6 / IPV6_RECVTCLASS. Off by default; when on, each datagram
 * received with sock2_recvmsg() carries an IPV6_TCLASS control message.
 *
 * Makes one setsockopt(IPPROTO_IPV6, IPV6_RECVTCLASS) with an int (any
 * non-zero on is passed as 1).
 *
 * @param s  the socket, an IPv6 socket.
 * @param on  non-zero to turn the option on, 0 to turn it off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no IPV6_RECVTCLASS; or s is a unix socket;
 *                      or (Linux, when reading) s is not an IPv6 socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IPV6_RECVTCLASS
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux, the BSDs, macOS, Windows where the headers define it;
 *   SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_IPV6_RECVTCLASS).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_recv_tclass_v6(sock2_socket_t s, int on);
/**
 * Tell whether IPV6_RECVTCLASS is on.
 *
 * Reads the option sock2_set_recv_tclass_v6() sets: one
 * getsockopt(IPPROTO_IPV6, IPV6_RECVTCLASS); any positive value is reported as
 * 1.
 *
 * @param s  the socket, an IPv6 socket.
 * @param on  receives 1 if the option is on, 0 if it is off.
 * @return  0, with *on set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       on is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no IPV6_RECVTCLASS; or s is a unix socket;
 *                      or (Linux, when reading) s is not an IPv6 socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IPV6_RECVTCLASS
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux, the BSDs, macOS, Windows where the headers define it;
 *   SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_IPV6_RECVTCLASS).
 * @since  0.1.0
 * @page sock2_set_recv_tclass_v6
 */
SOCK2_EXTERN int sock2_recv_tclass_v6(sock2_socket_t s, int *on);

/**
 * Receive the hop limit of incoming IPv6 packets as a control message.
 *
 * Sets IPPROTO_IPV6 / IPV6_RECVHOPLIMIT. Off by default; when on, each
 * datagram received with sock2_recvmsg() carries an IPV6_HOPLIMIT control
 * message.
 *
 * Makes one setsockopt(IPPROTO_IPV6, IPV6_RECVHOPLIMIT) with an int (any
 * non-zero on is passed as 1).
 *
 * @param s  the socket, an IPv6 socket.
 * @param on  non-zero to turn the option on, 0 to turn it off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no IPV6_RECVHOPLIMIT; or s is a unix
 *                      socket; or (Linux, when reading) s is not an IPv6
 *                      socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IPV6_RECVHOPLIMIT
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux, the BSDs, macOS; not Windows (SOCK2_ENOTSUP). Test with
 *   sock2_has(SOCK2_FEATURE_IPV6_RECVHOPLIMIT).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_recv_hoplimit_v6(sock2_socket_t s, int on);
/**
 * Tell whether IPV6_RECVHOPLIMIT is on.
 *
 * Reads the option sock2_set_recv_hoplimit_v6() sets: one
 * getsockopt(IPPROTO_IPV6, IPV6_RECVHOPLIMIT); any positive value is reported
 * as 1.
 *
 * @param s  the socket, an IPv6 socket.
 * @param on  receives 1 if the option is on, 0 if it is off.
 * @return  0, with *on set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       on is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no IPV6_RECVHOPLIMIT; or s is a unix
 *                      socket; or (Linux, when reading) s is not an IPv6
 *                      socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IPV6_RECVHOPLIMIT
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux, the BSDs, macOS; not Windows (SOCK2_ENOTSUP). Test with
 *   sock2_has(SOCK2_FEATURE_IPV6_RECVHOPLIMIT).
 * @since  0.1.0
 * @page sock2_set_recv_hoplimit_v6
 */
SOCK2_EXTERN int sock2_recv_hoplimit_v6(sock2_socket_t s, int *on);

/**
 * Read the original destination of a redirected IPv6 connection.
 *
 * Reads getsockopt(SOL_IPV6, IP6T_SO_ORIGINAL_DST) on Linux (SOL_SOCKET /
 * SO_ORIGINAL_DST on Windows) into *addr: where the client meant to connect
 * before netfilter (ip6tables REDIRECT or DNAT) sent it to this socket.
 *
 * @param s  the socket.
 * @param addr  receives the IPv6 address and port; unchanged on error.
 * @return  0, with *addr set.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    addr is NULL, or the reply does not fit.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   SOCK2_ENOENT    s is an IPv6 socket that was not redirected.
 *   SOCK2_ENOTSUP   s is an IPv4 socket (Linux's EOPNOTSUPP), or this build
 *                   has no IP6T_SO_ORIGINAL_DST.
 *   other           any other error the system call reports.
 * @platforms  Linux with netfilter headers, and Windows; SOCK2_ENOTSUP
 *   elsewhere. Test with sock2_has(SOCK2_FEATURE_ORIGINAL_DST).
 * @since  0.1.0
 * @page sock2_original_dst_v4
 */
SOCK2_EXTERN int sock2_original_dst_v6(sock2_socket_t s, sock2_addr_t *addr);

/* ---- IPv6 multicast ------------------------------------------------------ */

/**
 * Choose the interface for outgoing IPv6 multicast.
 *
 * Sets IPPROTO_IPV6 / IPV6_MULTICAST_IF with an interface index (an int). By
 * default (0) the OS chooses by route.
 *
 * @param s  the socket, an IPv6 datagram socket.
 * @param index  the interface index, up to INT_MAX; 0 lets the OS choose.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       index is above INT_MAX (nothing changes).
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENODEV       no interface has that index (Linux).
 *   SOCK2_ENOTSUP      s is a unix socket; or (Linux, when reading) s is not
 *                      an IPv6 socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IPV6_MULTICAST_IF
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  All.
 * @example
 *   uint32_t index = 0;
 *   if (sock2_set_multicast_if_v6(s, 1) == 0 &&
 *       sock2_multicast_if_v6(s, &index) == 0)
 *     printf("multicast from interface %u\n", (unsigned)index);
 * @since  0.1.0
 * @see  sock2_join_multicast_v6(3)
 */
SOCK2_EXTERN int sock2_set_multicast_if_v6(sock2_socket_t s, uint32_t index);
/**
 * Read the interface for outgoing IPv6 multicast.
 *
 * Reads getsockopt(IPPROTO_IPV6, IPV6_MULTICAST_IF), the index
 * sock2_set_multicast_if_v6() sets.
 *
 * @param s  the socket, an IPv6 datagram socket.
 * @param index  receives the index, 0 if the OS chooses.
 * @return  0, with *index set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       index is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      s is a unix socket; or (Linux, when reading) s is not
 *                      an IPv6 socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IPV6_MULTICAST_IF
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_set_multicast_if_v6
 */
SOCK2_EXTERN int sock2_multicast_if_v6(sock2_socket_t s, uint32_t *index);

/**
 * Loop outgoing IPv6 multicast back to local listeners.
 *
 * Sets IPPROTO_IPV6 / IPV6_MULTICAST_LOOP. On by default.
 *
 * Makes one setsockopt(IPPROTO_IPV6, IPV6_MULTICAST_LOOP) with an int (any
 * non-zero on is passed as 1).
 *
 * @param s  the socket, an IPv6 socket.
 * @param on  non-zero to turn the option on, 0 to turn it off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      s is a unix socket; or (Linux, when reading) s is not
 *                      an IPv6 socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take
 *                      IPV6_MULTICAST_LOOP (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  All.
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_multicast_loop_v6(sock2_socket_t s, int on);
/**
 * Tell whether IPV6_MULTICAST_LOOP is on.
 *
 * Reads the option sock2_set_multicast_loop_v6() sets: one
 * getsockopt(IPPROTO_IPV6, IPV6_MULTICAST_LOOP); a 1-byte reply (as Winsock
 * gives for some options) is decoded as well as a 4-byte int.
 *
 * @param s  the socket, an IPv6 socket.
 * @param on  receives 1 if the option is on, 0 if it is off.
 * @return  0, with *on set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       on is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      s is a unix socket; or (Linux, when reading) s is not
 *                      an IPv6 socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take
 *                      IPV6_MULTICAST_LOOP (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_set_multicast_loop_v6
 */
SOCK2_EXTERN int sock2_multicast_loop_v6(sock2_socket_t s, int *on);

/**
 * Set the hop limit of outgoing IPv6 multicast.
 *
 * Sets IPPROTO_IPV6 / IPV6_MULTICAST_HOPS. 1 by default (stay on the local
 * link). Linux refuses it on TCP sockets with SOCK2_ENOPROTOOPT.
 *
 * Makes one setsockopt(IPPROTO_IPV6, IPV6_MULTICAST_HOPS) with an int.
 *
 * @param s  the socket, an IPv6 socket.
 * @param hops  the hop limit, 0..255, or -1 for the kernel default (RFC 3493
 *              section 5.2).
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       hops is outside -1..255 (nothing changes).
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      s is a unix socket; or (Linux, when reading) s is not
 *                      an IPv6 socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take
 *                      IPV6_MULTICAST_HOPS (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  All.
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_multicast_hops_v6(sock2_socket_t s, int hops);
/**
 * Read the hop limit of outgoing IPv6 multicast.
 *
 * Reads getsockopt(IPPROTO_IPV6, IPV6_MULTICAST_HOPS), the option
 * sock2_set_multicast_hops_v6() sets.
 *
 * @param s  the socket, an IPv6 socket.
 * @param hops  receives the value.
 * @return  0, with *hops set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       hops is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      s is a unix socket; or (Linux, when reading) s is not
 *                      an IPv6 socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take
 *                      IPV6_MULTICAST_HOPS (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_set_multicast_hops_v6
 */
SOCK2_EXTERN int sock2_multicast_hops_v6(sock2_socket_t s, int *hops);

/**
 * Receive IPv6 multicast only for the socket's own groups, or for all.
 *
 * Sets IPPROTO_IPV6 / IPV6_MULTICAST_ALL, the IPv6 twin of
 * sock2_set_multicast_all_v4(). On by default: the socket receives multicast
 * for every group joined on the host.
 *
 * Makes one setsockopt(IPPROTO_IPV6, IPV6_MULTICAST_ALL) with an int (any
 * non-zero on is passed as 1).
 *
 * @param s  the socket, an IPv6 socket.
 * @param on  non-zero to turn the option on, 0 to turn it off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no IPV6_MULTICAST_ALL (Linux only); or s is
 *                      a unix socket; or (Linux, when reading) s is not an
 *                      IPv6 socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IPV6_MULTICAST_ALL
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux 4.20+; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_IPV6_MULTICAST_ALL).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_multicast_all_v6(sock2_socket_t s, int on);
/**
 * Tell whether IPV6_MULTICAST_ALL is on.
 *
 * Reads the option sock2_set_multicast_all_v6() sets: one
 * getsockopt(IPPROTO_IPV6, IPV6_MULTICAST_ALL); a 1-byte reply (as Winsock
 * gives for some options) is decoded as well as a 4-byte int.
 *
 * @param s  the socket, an IPv6 socket.
 * @param on  receives 1 if the option is on, 0 if it is off.
 * @return  0, with *on set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       on is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this OS has no IPV6_MULTICAST_ALL (Linux only); or s is
 *                      a unix socket; or (Linux, when reading) s is not an
 *                      IPv6 socket.
 *   SOCK2_ENOPROTOOPT  s's family or protocol does not take IPV6_MULTICAST_ALL
 *                      (Linux, when reading: SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux 4.20+; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_IPV6_MULTICAST_ALL).
 * @since  0.1.0
 * @page sock2_set_multicast_all_v6
 */
SOCK2_EXTERN int sock2_multicast_all_v6(sock2_socket_t s, int *on);

/**
 * Join an IPv6 multicast group.
 *
 * Sets IPPROTO_IPV6 / IPV6_ADD_MEMBERSHIP (IPV6_JOIN_GROUP) with a struct
 * ipv6_mreq {group, index}: the socket then receives datagrams sent to the
 * group on that interface (bind it to the group's port).
 *
 * @param s  the socket, an IPv6 datagram socket.
 * @param group  the group address (16 bytes, network order, in ff00::/8).
 * @param index  the interface index; 0 lets the OS choose (by route).
 * @return  0.
 * @errors
 *   SOCK2_EBADF          s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL         group is NULL, or not a multicast address (the
 *                        kernel's answer).
 *   SOCK2_ENOTSOCK       s is not a socket.
 *   SOCK2_EADDRINUSE     the group is already joined on that interface.
 *   SOCK2_EADDRNOTAVAIL  on a leave, the group was not joined.
 *   SOCK2_ENODEV         no interface has that index, or none fits.
 *   SOCK2_ENOPROTOOPT    s is not an IPv6 datagram socket.
 *   SOCK2_ENOTSUP        the OS has no IPv6 multicast membership option; or s
 *                        is a unix socket (Linux).
 *   other                any other error the system call reports.
 * @platforms  All but QNX (SOCK2_ENOTSUP). IPV6_ADD_MEMBERSHIP, or
 *   IPV6_JOIN_GROUP where the OS has only that name (the BSDs, Apple,
 *   illumos). Test with sock2_has(SOCK2_FEATURE_IPV6_MEMBERSHIP).
 * @example
 *   static const uint8_t group[16] = { 0xff, 0x02, 0, 0, 0, 0, 0, 0,
 *                                      0, 0, 0, 0, 0, 0, 0x01, 0x23 };
 *   if (sock2_join_multicast_v6(s, group, 1) == 0)
 *     sock2_leave_multicast_v6(s, group, 1);
 * @since  0.1.0
 * @see  sock2_join_ssm_v6(3), sock2_join_multicast_v4(3)
 */
SOCK2_EXTERN int sock2_join_multicast_v6(sock2_socket_t s,
                                         const uint8_t group[16],
                                         uint32_t index);
/**
 * Leave an IPv6 multicast group.
 *
 * Sets IPPROTO_IPV6 / IPV6_DROP_MEMBERSHIP (IPV6_LEAVE_GROUP), undoing
 * sock2_join_multicast_v6() with the same group and index.
 *
 * @param s  the socket.
 * @param group  the group address (16 bytes, network order, in ff00::/8).
 * @param index  the interface index; 0 lets the OS choose (by route).
 * @return  0.
 * @errors
 *   SOCK2_EBADF          s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL         group is NULL, or not a multicast address (the
 *                        kernel's answer).
 *   SOCK2_ENOTSOCK       s is not a socket.
 *   SOCK2_EADDRNOTAVAIL  on a leave, the group was not joined.
 *   SOCK2_ENODEV         no interface has that index, or none fits.
 *   SOCK2_ENOPROTOOPT    s is not an IPv6 datagram socket.
 *   SOCK2_ENOTSUP        the OS has no IPv6 multicast membership option; or s
 *                        is a unix socket (Linux).
 *   other                any other error the system call reports.
 * @platforms  All but QNX (SOCK2_ENOTSUP). IPV6_ADD_MEMBERSHIP, or
 *   IPV6_JOIN_GROUP where the OS has only that name (the BSDs, Apple,
 *   illumos). Test with sock2_has(SOCK2_FEATURE_IPV6_MEMBERSHIP).
 * @since  0.1.0
 * @page sock2_join_multicast_v6
 */
SOCK2_EXTERN int sock2_leave_multicast_v6(sock2_socket_t s,
                                          const uint8_t group[16],
                                          uint32_t index);

/**
 * Join a source-specific IPv6 multicast channel.
 *
 * Sets the protocol-independent RFC 3678 IPPROTO_IPV6 /
 * MCAST_JOIN_SOURCE_GROUP with a struct group_source_req: the socket receives
 * what source sends to group (beyond socket2). Argument order as
 * sock2_join_ssm_v4(): source, group, interface.
 *
 * @param s  the socket, an IPv6 datagram socket.
 * @param source  the source address (16 bytes, network order).
 * @param group  the group address (16 bytes, network order, in ff00::/8).
 * @param index  the interface index; 0 lets the OS choose.
 * @return  0.
 * @errors
 *   SOCK2_EBADF          s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL         source or group is NULL; or (Linux, on a leave) the
 *                        group itself was never joined.
 *   SOCK2_ENOTSOCK       s is not a socket.
 *   SOCK2_EADDRINUSE     the channel is already joined.
 *   SOCK2_EADDRNOTAVAIL  on a leave, the channel was not joined.
 *   SOCK2_ENODEV         no interface has that index, or none fits.
 *   SOCK2_ENOPROTOOPT    s is not an IPv6 datagram socket.
 *   SOCK2_ENOTSUP        the OS lacks MCAST_JOIN_SOURCE_GROUP; or s is a unix
 *                        socket (Linux).
 *   other                any other error the system call reports.
 * @platforms  Linux, FreeBSD, macOS, Windows Vista+; SOCK2_ENOTSUP where the
 *   OS lacks the RFC 3678 API. Test with
 *   sock2_has(SOCK2_FEATURE_MCAST_SOURCE_GROUP).
 * @example
 *   static const uint8_t src[16] = { 0, 0, 0, 0, 0, 0, 0, 0,
 *                                    0, 0, 0, 0, 0, 0, 0, 1 };
 *   static const uint8_t group[16] = { 0xff, 0x32, 0, 0, 0, 0, 0, 0,
 *                                      0, 0, 0, 0, 0, 0, 0x01, 0x23 };
 *   if (sock2_join_ssm_v6(s, src, group, 1) == 0)
 *     sock2_leave_ssm_v6(s, src, group, 1);
 * @since  0.1.0
 * @see  sock2_join_multicast_v6(3)
 */
SOCK2_EXTERN int sock2_join_ssm_v6(sock2_socket_t s, const uint8_t source[16],
                                   const uint8_t group[16], uint32_t index);
/**
 * Leave a source-specific IPv6 multicast channel.
 *
 * Sets IPPROTO_IPV6 / MCAST_LEAVE_SOURCE_GROUP, undoing sock2_join_ssm_v6()
 * with the same arguments.
 *
 * @param s  the socket.
 * @param source  the source address (16 bytes, network order).
 * @param group  the group address (16 bytes, network order, in ff00::/8).
 * @param index  the interface index.
 * @return  0.
 * @errors
 *   SOCK2_EBADF          s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL         source or group is NULL; or (Linux, on a leave) the
 *                        group itself was never joined.
 *   SOCK2_ENOTSOCK       s is not a socket.
 *   SOCK2_EADDRNOTAVAIL  on a leave, the channel was not joined.
 *   SOCK2_ENODEV         no interface has that index, or none fits.
 *   SOCK2_ENOPROTOOPT    s is not an IPv6 datagram socket.
 *   SOCK2_ENOTSUP        the OS lacks MCAST_JOIN_SOURCE_GROUP; or s is a unix
 *                        socket (Linux).
 *   other                any other error the system call reports.
 * @platforms  Linux, FreeBSD, macOS, Windows Vista+; SOCK2_ENOTSUP where the
 *   OS lacks the RFC 3678 API. Test with
 *   sock2_has(SOCK2_FEATURE_MCAST_SOURCE_GROUP).
 * @since  0.1.0
 * @page sock2_join_ssm_v6
 */
SOCK2_EXTERN int sock2_leave_ssm_v6(sock2_socket_t s, const uint8_t source[16],
                                    const uint8_t group[16], uint32_t index);

/* ---- SOL_DCCP (Linux; SOCK2_FEATURE_DCCP) -------------------------------- */

/*
 * Every DCCP option needs a SOCK_DCCP socket and a kernel with DCCP (it was
 * removed from Linux 6.16). Without SOL_DCCP at build time each returns
 * SOCK2_ENOTSUP; on a socket of another protocol the kernel answers
 * SOCK2_ENOPROTOOPT.
 */

/**
 * Set the DCCP service code.
 *
 * Sets SOL_DCCP / DCCP_SOCKOPT_SERVICE, before connect() or listen(): the
 * 32-bit service code (RFC 4340 section 8.1.2) a client asks for and a server
 * accepts. 0 by default. The getter reads the first code, the one in use.
 *
 * Makes one setsockopt(SOL_DCCP, DCCP_SOCKOPT_SERVICE) with a 32-bit value.
 *
 * @param s  the socket, a DCCP socket (SOCK2_TYPE_DCCP).
 * @param code  the service code.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this build has no SOL_DCCP; or s is a unix socket; or
 *                      (Linux, when reading) s is not a DCCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a DCCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux kernels with DCCP (removed in 6.16); SOCK2_ENOTSUP
 *   elsewhere. Test with sock2_has(SOCK2_FEATURE_DCCP).
 * @example
 *   sock2_socket_t s;
 *   int err = sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DCCP,
 *                          SOCK2_PROTO_DCCP, &s);
 *   if (err == 0) {
 *     err = sock2_set_dccp_service(s, 42);
 *     sock2_close(s);
 *   }
 *   if (err != 0)
 *     fprintf(stderr, "DCCP: %s\n", sock2_strerror(err));
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_dccp_service(sock2_socket_t s, uint32_t code);
/**
 * Read the DCCP service code.
 *
 * Reads getsockopt(SOL_DCCP, DCCP_SOCKOPT_SERVICE), the option
 * sock2_set_dccp_service() sets.
 *
 * @param s  the socket, a DCCP socket (SOCK2_TYPE_DCCP).
 * @param code  receives the value.
 * @return  0, with *code set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       code is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this build has no SOL_DCCP; or s is a unix socket; or
 *                      (Linux, when reading) s is not a DCCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a DCCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux kernels with DCCP (removed in 6.16); SOCK2_ENOTSUP
 *   elsewhere. Test with sock2_has(SOCK2_FEATURE_DCCP).
 * @since  0.1.0
 * @page sock2_set_dccp_service
 */
SOCK2_EXTERN int sock2_dccp_service(sock2_socket_t s, uint32_t *code);

/**
 * Set the DCCP congestion control id of both directions.
 *
 * Sets SOL_DCCP / DCCP_SOCKOPT_CCID with one byte: the CCID (2: TCP-like, 3:
 * TFRC) for both the TX and RX half-connections, before the connection starts.
 * Set only; read the halves with sock2_dccp_tx_ccid() and
 * sock2_dccp_rx_ccid().
 *
 * @param s  the socket, a DCCP socket (SOCK2_TYPE_DCCP).
 * @param ccid  the CCID, 0..255 (the kernel accepts those it offers, see
 *              sock2_dccp_available_ccids()).
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       ccid is outside 0..255 (nothing changes), or the kernel
 *                      does not offer it.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this build has no SOL_DCCP; or s is a unix socket; or
 *                      (Linux, when reading) s is not a DCCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a DCCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux kernels with DCCP (removed in 6.16); SOCK2_ENOTSUP
 *   elsewhere. Test with sock2_has(SOCK2_FEATURE_DCCP).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_dccp_ccid(sock2_socket_t s, int ccid);

/**
 * Read the DCCP congestion control id of the sending half.
 *
 * Reads getsockopt(SOL_DCCP, DCCP_SOCKOPT_TX_CCID). Get only.
 *
 * @param s  the socket, a DCCP socket (SOCK2_TYPE_DCCP).
 * @param ccid  receives the CCID.
 * @return  0, with *ccid set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       ccid is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this build has no SOL_DCCP; or s is a unix socket; or
 *                      (Linux, when reading) s is not a DCCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a DCCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux kernels with DCCP (removed in 6.16); SOCK2_ENOTSUP
 *   elsewhere. Test with sock2_has(SOCK2_FEATURE_DCCP).
 * @since  0.1.0
 * @page sock2_set_dccp_ccid
 */
SOCK2_EXTERN int sock2_dccp_tx_ccid(sock2_socket_t s, uint32_t *ccid);
/**
 * Read the DCCP congestion control id of the receiving half (socket2's name).
 *
 * Reads getsockopt(SOL_DCCP, DCCP_SOCKOPT_RX_CCID). Get only. socket2 spells
 * this method dccp_xx_ccid; sock2_dccp_rx_ccid() is the same call under the
 * sensible name.
 *
 * @param s  the socket, a DCCP socket (SOCK2_TYPE_DCCP).
 * @param ccid  receives the CCID.
 * @return  0, with *ccid set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       ccid is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this build has no SOL_DCCP; or s is a unix socket; or
 *                      (Linux, when reading) s is not a DCCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a DCCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux kernels with DCCP (removed in 6.16); SOCK2_ENOTSUP
 *   elsewhere. Test with sock2_has(SOCK2_FEATURE_DCCP).
 * @since  0.1.0
 * @page sock2_set_dccp_ccid
 */
SOCK2_EXTERN int sock2_dccp_xx_ccid(sock2_socket_t s, uint32_t *ccid);
/**
 * Read the DCCP congestion control id of the receiving half.
 *
 * Reads getsockopt(SOL_DCCP, DCCP_SOCKOPT_RX_CCID), as sock2_dccp_xx_ccid()
 * does. Get only.
 *
 * @param s  the socket, a DCCP socket (SOCK2_TYPE_DCCP).
 * @param ccid  receives the CCID.
 * @return  0, with *ccid set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       ccid is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this build has no SOL_DCCP; or s is a unix socket; or
 *                      (Linux, when reading) s is not a DCCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a DCCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux kernels with DCCP (removed in 6.16); SOCK2_ENOTSUP
 *   elsewhere. Test with sock2_has(SOCK2_FEATURE_DCCP).
 * @since  0.1.0
 * @page sock2_set_dccp_ccid
 */
SOCK2_EXTERN int sock2_dccp_rx_ccid(sock2_socket_t s, uint32_t *ccid);

/**
 * Let the DCCP server hold the TIMEWAIT state.
 *
 * Sets SOL_DCCP / DCCP_SOCKOPT_SERVER_TIMEWAIT (an int, any non-zero on passed
 * as 1). Off by default, so the client holds TIMEWAIT after the close.
 *
 * @param s  the socket, a DCCP socket (SOCK2_TYPE_DCCP).
 * @param on  non-zero to turn the option on, 0 to turn it off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this build has no SOL_DCCP; or s is a unix socket; or
 *                      (Linux, when reading) s is not a DCCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a DCCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux kernels with DCCP (removed in 6.16); SOCK2_ENOTSUP
 *   elsewhere. Test with sock2_has(SOCK2_FEATURE_DCCP).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_dccp_server_timewait(sock2_socket_t s, int on);
/**
 * Tell whether the DCCP server holds the TIMEWAIT state.
 *
 * Reads getsockopt(SOL_DCCP, DCCP_SOCKOPT_SERVER_TIMEWAIT) as an int (socket2
 * 0.6 reads one byte, a bug).
 *
 * @param s  the socket, a DCCP socket (SOCK2_TYPE_DCCP).
 * @param on  receives 1 if the option is on, 0 if it is off.
 * @return  0, with *on set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       on is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this build has no SOL_DCCP; or s is a unix socket; or
 *                      (Linux, when reading) s is not a DCCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a DCCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux kernels with DCCP (removed in 6.16); SOCK2_ENOTSUP
 *   elsewhere. Test with sock2_has(SOCK2_FEATURE_DCCP).
 * @since  0.1.0
 * @page sock2_set_dccp_server_timewait
 */
SOCK2_EXTERN int sock2_dccp_server_timewait(sock2_socket_t s, int *on);

/**
 * Set the DCCP sender's checksum coverage.
 *
 * Sets SOL_DCCP / DCCP_SOCKOPT_SEND_CSCOV (RFC 4340 section 9.2): how much of
 * each packet's payload the checksum covers, 0 (all, the default) to 15.
 *
 * Makes one setsockopt(SOL_DCCP, DCCP_SOCKOPT_SEND_CSCOV) with a 32-bit value.
 *
 * @param s  the socket, a DCCP socket (SOCK2_TYPE_DCCP).
 * @param level  the coverage, 0..15.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       level is above 15 (the kernel's answer).
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this build has no SOL_DCCP; or s is a unix socket; or
 *                      (Linux, when reading) s is not a DCCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a DCCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux kernels with DCCP (removed in 6.16); SOCK2_ENOTSUP
 *   elsewhere. Test with sock2_has(SOCK2_FEATURE_DCCP).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_dccp_send_cscov(sock2_socket_t s, uint32_t level);
/**
 * Read the DCCP sender's checksum coverage.
 *
 * Reads getsockopt(SOL_DCCP, DCCP_SOCKOPT_SEND_CSCOV), the option
 * sock2_set_dccp_send_cscov() sets.
 *
 * @param s  the socket, a DCCP socket (SOCK2_TYPE_DCCP).
 * @param level  receives the value.
 * @return  0, with *level set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       level is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this build has no SOL_DCCP; or s is a unix socket; or
 *                      (Linux, when reading) s is not a DCCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a DCCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux kernels with DCCP (removed in 6.16); SOCK2_ENOTSUP
 *   elsewhere. Test with sock2_has(SOCK2_FEATURE_DCCP).
 * @since  0.1.0
 * @page sock2_set_dccp_send_cscov
 */
SOCK2_EXTERN int sock2_dccp_send_cscov(sock2_socket_t s, uint32_t *level);

/**
 * Set the minimum checksum coverage the DCCP receiver accepts.
 *
 * Sets SOL_DCCP / DCCP_SOCKOPT_RECV_CSCOV: packets with a smaller coverage are
 * dropped. 0 (full coverage required) by default.
 *
 * Makes one setsockopt(SOL_DCCP, DCCP_SOCKOPT_RECV_CSCOV) with a 32-bit value.
 *
 * @param s  the socket, a DCCP socket (SOCK2_TYPE_DCCP).
 * @param level  the coverage, 0..15.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       level is above 15 (the kernel's answer).
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this build has no SOL_DCCP; or s is a unix socket; or
 *                      (Linux, when reading) s is not a DCCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a DCCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux kernels with DCCP (removed in 6.16); SOCK2_ENOTSUP
 *   elsewhere. Test with sock2_has(SOCK2_FEATURE_DCCP).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_dccp_recv_cscov(sock2_socket_t s, uint32_t level);
/**
 * Read the minimum checksum coverage the DCCP receiver accepts.
 *
 * Reads getsockopt(SOL_DCCP, DCCP_SOCKOPT_RECV_CSCOV), the option
 * sock2_set_dccp_recv_cscov() sets.
 *
 * @param s  the socket, a DCCP socket (SOCK2_TYPE_DCCP).
 * @param level  receives the value.
 * @return  0, with *level set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       level is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this build has no SOL_DCCP; or s is a unix socket; or
 *                      (Linux, when reading) s is not a DCCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a DCCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux kernels with DCCP (removed in 6.16); SOCK2_ENOTSUP
 *   elsewhere. Test with sock2_has(SOCK2_FEATURE_DCCP).
 * @since  0.1.0
 * @page sock2_set_dccp_recv_cscov
 */
SOCK2_EXTERN int sock2_dccp_recv_cscov(sock2_socket_t s, uint32_t *level);

/**
 * Set the length of the DCCP transmit queue.
 *
 * Sets SOL_DCCP / DCCP_SOCKOPT_QPOLICY_TXQLEN: how many packets the queueing
 * policy holds before sends block or drop (0: unbounded).
 *
 * Makes one setsockopt(SOL_DCCP, DCCP_SOCKOPT_QPOLICY_TXQLEN) with a 32-bit
 * value.
 *
 * @param s  the socket, a DCCP socket (SOCK2_TYPE_DCCP).
 * @param len  the queue length in packets.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this build has no SOL_DCCP; or s is a unix socket; or
 *                      (Linux, when reading) s is not a DCCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a DCCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux kernels with DCCP (removed in 6.16); SOCK2_ENOTSUP
 *   elsewhere. Test with sock2_has(SOCK2_FEATURE_DCCP).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_dccp_qpolicy_txqlen(sock2_socket_t s,
                                               uint32_t len);
/**
 * Read the length of the DCCP transmit queue.
 *
 * Reads getsockopt(SOL_DCCP, DCCP_SOCKOPT_QPOLICY_TXQLEN), the option
 * sock2_set_dccp_qpolicy_txqlen() sets.
 *
 * @param s  the socket, a DCCP socket (SOCK2_TYPE_DCCP).
 * @param len  receives the value.
 * @return  0, with *len set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       len is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this build has no SOL_DCCP; or s is a unix socket; or
 *                      (Linux, when reading) s is not a DCCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a DCCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux kernels with DCCP (removed in 6.16); SOCK2_ENOTSUP
 *   elsewhere. Test with sock2_has(SOCK2_FEATURE_DCCP).
 * @since  0.1.0
 * @page sock2_set_dccp_qpolicy_txqlen
 */
SOCK2_EXTERN int sock2_dccp_qpolicy_txqlen(sock2_socket_t s, uint32_t *len);

/**
 * List the DCCP congestion control ids the kernel offers.
 *
 * Reads getsockopt(SOL_DCCP, DCCP_SOCKOPT_AVAILABLE_CCIDS) into the caller's
 * buffer (socket2's dccp_available_ccids::<N>()).
 *
 * @param s  the socket, a DCCP socket (SOCK2_TYPE_DCCP).
 * @param buf  receives up to size ids, one byte each; may be NULL when size is
 *             0.
 * @param size  the size of buf; 0 asks only for the count.
 * @return  the number of ids available, which may exceed size (only the first
 *          size were written).
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       buf is NULL with size > 0, size is above PTRDIFF_MAX,
 *                      or the reply does not fit.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this build has no SOL_DCCP; or s is a unix socket; or
 *                      (Linux, when reading) s is not a DCCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a DCCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux kernels with DCCP (removed in 6.16); SOCK2_ENOTSUP
 *   elsewhere. Test with sock2_has(SOCK2_FEATURE_DCCP).
 * @example
 *   uint8_t ids[8];
 *   int i, n = sock2_dccp_available_ccids(s, ids, sizeof(ids));
 *   for (i = 0; i < n && i < (int)sizeof(ids); i++)
 *     printf("CCID %u\n", ids[i]);
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_dccp_available_ccids(sock2_socket_t s, uint8_t *buf,
                                            size_t size);

/**
 * Read the current maximum DCCP packet size.
 *
 * Reads getsockopt(SOL_DCCP, DCCP_SOCKOPT_GET_CUR_MPS): the largest payload a
 * packet may carry now, from the path MTU and the CCID. Get only.
 *
 * @param s  the socket, a DCCP socket (SOCK2_TYPE_DCCP).
 * @param mps  receives the size in bytes.
 * @return  0, with *mps set.
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL       mps is NULL, or the reply has an unexpected size.
 *   SOCK2_ENOTSOCK     s is not a socket.
 *   SOCK2_ENOTSUP      this build has no SOL_DCCP; or s is a unix socket; or
 *                      (Linux, when reading) s is not a DCCP socket.
 *   SOCK2_ENOPROTOOPT  s is not a DCCP socket (Linux, when reading:
 *                      SOCK2_ENOTSUP).
 *   other              any other error the system call reports.
 * @platforms  Linux kernels with DCCP (removed in 6.16); SOCK2_ENOTSUP
 *   elsewhere. Test with sock2_has(SOCK2_FEATURE_DCCP).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_dccp_cur_mps(sock2_socket_t s, uint32_t *mps);

#endif /* SOCK2_OPTIONS_IP_H */
