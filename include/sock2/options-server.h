/* SPDX-License-Identifier: MIT */
/*
 * libsock2 for servers: who the peer of a unix socket is, and the options
 * servers, proxies and routing daemons reach for. Included by <sock2.h>;
 * do not include it on its own. The option rules of <sock2/options.h>
 * hold here too (getters write through a pointer, setters are
 * sock2_set_<option>, one system call each, SOCK2_ENOTSUP where absent).
 */
#ifndef SOCK2_OPTIONS_SERVER_H
#define SOCK2_OPTIONS_SERVER_H

/* ---- Peer credentials ---------------------------------------------------- */

/* Bits of sock2_peer_cred_t.known. */
#define SOCK2_PEER_PID 0x1u
#define SOCK2_PEER_UID 0x2u
#define SOCK2_PEER_GID 0x4u

/*
 * The credentials of a unix socket's peer, as the kernel recorded them at
 * connect() or socketpair() time (growable: set size with
 * SOCK2_PEER_CRED_INIT). A field whose bit in known is clear is 0 and
 * means nothing.
 */
typedef struct sock2_peer_cred {
  uint32_t size;        /* sizeof(sock2_peer_cred_t), set by the caller */
  uint32_t known;       /* SOCK2_PEER_* bits */
  int64_t pid;          /* process id */
  uint32_t uid;         /* effective user id */
  uint32_t gid;         /* effective group id */
  uint64_t reserved[4]; /* written as 0 */
} sock2_peer_cred_t;

/* The first version's size: the least size sock2_peer_cred() accepts. */
#define SOCK2_PEER_CRED_SIZE_MIN (offsetof(sock2_peer_cred_t, reserved))

/* Initialiser for a sock2_peer_cred_t (C and C++). */
#define SOCK2_PEER_CRED_INIT                                                  \
  { SOCK2_CAST_(uint32_t, sizeof(sock2_peer_cred_t)), 0, 0, 0, 0,            \
    { 0, 0, 0, 0 } }

/**
 * Read the pid, uid and gid of a unix socket's peer.
 *
 * One call, the first this OS has of: getsockopt(SOL_SOCKET, SO_PEERCRED)
 * with struct ucred (Linux: pid, uid, gid) or struct sockpeercred
 * (OpenBSD's layout); getsockopt(SOL_LOCAL, LOCAL_PEERCRED) with struct
 * xucred (FreeBSD, macOS: uid and first group) followed by
 * getsockopt(SOL_LOCAL, LOCAL_PEERPID) for the pid where it exists (two
 * calls there); getpeereid() (uid and gid, pid unknown);
 * WSAIoctl(SIO_AF_UNIX_GETPEERPID) on Windows (pid only). Each field the
 * call gave has its bit set in pc->known.
 *
 * Only pc->size is read; the first pc->size bytes are written.
 *
 * @param s   a connected unix stream socket (or one end of a socketpair).
 * @param pc  receives the credentials; set pc->size first.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET or not open.
 *   SOCK2_EINVAL   pc is NULL, or pc->size is below
 *                  SOCK2_PEER_CRED_SIZE_MIN, above the library's sizeof or
 *                  not a multiple of 8 (pc is unchanged).
 *   SOCK2_ENOTSUP  the OS has none of these calls.
 *   SOCK2_ENOTCONN s has no peer.
 *   other          any other error the system call reports.
 * @platforms  Linux, the BSDs, macOS, Windows 10 1803+ (pid only);
 *   SOCK2_ENOTSUP elsewhere. Test with sock2_has(SOCK2_FEATURE_PEER_CRED).
 * @example
 *   sock2_peer_cred_t pc = SOCK2_PEER_CRED_INIT;
 *   if (sock2_peer_cred(s, &pc) == 0 && (pc.known & SOCK2_PEER_UID))
 *     printf("peer uid %u\n", (unsigned)pc.uid);
 * @since  0.2.0
 * @see  sock2_peer_pidfd(3)
 */
SOCK2_EXTERN int sock2_peer_cred(sock2_socket_t s, sock2_peer_cred_t *pc);

/**
 * Get a pidfd for the peer of a unix socket: getsockopt(SOL_SOCKET,
 * SO_PEERPIDFD).
 *
 * A pidfd names the peer process race-free (its pid may be reused after
 * it exits; the pidfd then reports the exit and never names another
 * process). The descriptor is close-on-exec; close it with close(). The
 * option is 77 on Linux 6.5 and later; the library defines it where the
 * build headers lack it, and an older kernel's ENOPROTOOPT becomes
 * SOCK2_ENOTSUP.
 *
 * @param s      a connected unix stream socket.
 * @param pidfd  receives the new descriptor; unchanged on error.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET or not open.
 *   SOCK2_EINVAL   pidfd is NULL.
 *   SOCK2_ENOTSUP  not Linux, or a kernel before 6.5.
 *   other          any other error the system call reports (ENODATA
 *                  for a socket with no peer process, such as UDP).
 * @platforms  Linux 6.5+; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_PEER_PIDFD) (the build) and the return value
 *   (the kernel).
 * @since  0.2.0
 * @see  sock2_peer_cred(3), pidfd_open(2)
 */
SOCK2_EXTERN int sock2_peer_pidfd(sock2_socket_t s, int *pidfd);

/* ---- SOL_SOCKET ---------------------------------------------------------- */

/**
 * Set the least number of bytes a receive waits for: SOL_SOCKET /
 * SO_RCVLOWAT (int, default 1).
 *
 * @param s      a socket.
 * @param bytes  the low-water mark (at most INT_MAX).
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET or not open.
 *   SOCK2_EINVAL   bytes is above INT_MAX.
 *   SOCK2_ENOTSUP  the OS has no SO_RCVLOWAT.
 *   other          any other error the system call reports.
 * @platforms  POSIX systems and Windows (where Winsock refuses it:
 *   SOCK2_ENOPROTOOPT). Test with sock2_has(SOCK2_FEATURE_SO_RCVLOWAT).
 * @since  0.2.0
 */
SOCK2_EXTERN int sock2_set_recv_lowat(sock2_socket_t s, uint32_t bytes);
/**
 * Read SOL_SOCKET / SO_RCVLOWAT.
 * @page sock2_set_recv_lowat
 * @param s      a socket.
 * @param bytes  receives the low-water mark.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET or not open.
 *   SOCK2_EINVAL   bytes is NULL.
 *   SOCK2_ENOTSUP  the OS has no SO_RCVLOWAT.
 *   other          any other error the system call reports.
 * @platforms  POSIX systems and Windows.
 * @since  0.2.0
 */
SOCK2_EXTERN int sock2_recv_lowat(sock2_socket_t s, uint32_t *bytes);

/**
 * Set the least free send-buffer space that makes a socket writable:
 * SOL_SOCKET / SO_SNDLOWAT (int). Linux fixes it at 1 and refuses to set
 * it (SOCK2_ENOPROTOOPT); the BSDs and macOS honour it.
 *
 * @param s      a socket.
 * @param bytes  the low-water mark (at most INT_MAX).
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET or not open.
 *   SOCK2_EINVAL   bytes is above INT_MAX.
 *   SOCK2_ENOTSUP  the OS has no SO_SNDLOWAT.
 *   SOCK2_ENOPROTOOPT  Linux: it cannot be set.
 *   other          any other error the system call reports.
 * @platforms  POSIX systems; settable on the BSDs and macOS. Test with
 *   sock2_has(SOCK2_FEATURE_SO_SNDLOWAT).
 * @since  0.2.0
 */
SOCK2_EXTERN int sock2_set_send_lowat(sock2_socket_t s, uint32_t bytes);
/**
 * Read SOL_SOCKET / SO_SNDLOWAT (always 1 on Linux).
 * @page sock2_set_send_lowat
 * @param s      a socket.
 * @param bytes  receives the low-water mark.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET or not open.
 *   SOCK2_EINVAL   bytes is NULL.
 *   SOCK2_ENOTSUP  the OS has no SO_SNDLOWAT.
 *   other          any other error the system call reports.
 * @platforms  POSIX systems.
 * @since  0.2.0
 */
SOCK2_EXTERN int sock2_send_lowat(sock2_socket_t s, uint32_t *bytes);

/**
 * Steer a SO_REUSEPORT group with a classic BPF program:
 * setsockopt(SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF, struct sock_fprog).
 *
 * The program runs for each new connection (or datagram) arriving at the
 * group that s belongs to, and returns the index of the socket that gets
 * it, in the order the group's sockets were bound; an index out of range
 * falls back to the kernel's hash. A program returning the CPU
 * (SKF_AD_OFF + SKF_AD_CPU) or a hash steers by CPU or by flow. Attach
 * it to any one member after bind().
 *
 * @param s      a socket with SO_REUSEPORT, bound.
 * @param prog   the program (sock2_sock_filter_t is struct sock_filter).
 * @param count  its instructions, 1 to 65535.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET or not open.
 *   SOCK2_EINVAL   prog is NULL, count is 0 or above 65535, or the kernel
 *                  refuses the program.
 *   SOCK2_ENOTSUP  the OS has no SO_ATTACH_REUSEPORT_CBPF.
 *   other          any other error the system call reports.
 * @platforms  Linux 4.5+; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_REUSEPORT_CBPF).
 * @example
 *   sock2_sock_filter_t to0[] = { { 0x06, 0, 0, 0 } }; (BPF_RET|BPF_K 0)
 *   sock2_attach_reuseport_cbpf(listener0, to0, 1);
 * @since  0.2.0
 * @see  sock2_detach_reuseport_bpf(3), sock2_set_reuse_port(3)
 */
SOCK2_EXTERN int sock2_attach_reuseport_cbpf(sock2_socket_t s,
                                             const sock2_sock_filter_t *prog,
                                             size_t count);
/**
 * Remove a reuseport group's steering program: setsockopt(SOL_SOCKET,
 * SO_DETACH_REUSEPORT_BPF).
 * @page sock2_attach_reuseport_cbpf
 * @param s  a member of the group.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET or not open.
 *   SOCK2_ENOTSUP  the OS has no SO_DETACH_REUSEPORT_BPF (Linux 5.3+).
 *   SOCK2_ENOENT   no program is attached.
 *   other          any other error the system call reports.
 * @platforms  Linux 5.3+; SOCK2_ENOTSUP elsewhere.
 * @since  0.2.0
 */
SOCK2_EXTERN int sock2_detach_reuseport_bpf(sock2_socket_t s);

/**
 * Read the NAPI id of the receive queue the last packet came from:
 * getsockopt(SOL_SOCKET, SO_INCOMING_NAPI_ID) (0 when none, as on
 * loopback). Servers use it to group connections by queue for busy
 * polling.
 *
 * @param s   a socket.
 * @param id  receives the id.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET or not open.
 *   SOCK2_EINVAL   id is NULL.
 *   SOCK2_ENOTSUP  the OS has no SO_INCOMING_NAPI_ID.
 *   other          any other error the system call reports.
 * @platforms  Linux 4.12+; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_INCOMING_NAPI_ID).
 * @since  0.2.0
 */
SOCK2_EXTERN int sock2_incoming_napi_id(sock2_socket_t s, uint32_t *id);

/**
 * Accept only connections with data waiting, in the kernel: setsockopt(
 * SOL_SOCKET, SO_ACCEPTFILTER, struct accept_filter_arg) with the filter's
 * name ("dataready", "httpready", "dnsready") and argument.
 *
 * @param s     a listening socket.
 * @param name  the filter; NULL removes the filter.
 * @param arg   its argument, or NULL for none.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET or not open.
 *   SOCK2_EINVAL   name or arg is longer than 15 bytes, or s is not
 *                  listening.
 *   SOCK2_ENOTSUP  the OS has no accept filters (Linux: see
 *                  sock2_set_tcp_defer_accept()).
 *   SOCK2_ENOENT   the filter's module is not loaded.
 *   other          any other error the system call reports.
 * @platforms  FreeBSD, NetBSD; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_ACCEPT_FILTER).
 * @since  0.2.0
 */
SOCK2_EXTERN int sock2_set_accept_filter(sock2_socket_t s, const char *name,
                                         const char *arg);

/* ---- IPPROTO_IP, IPPROTO_IPV6 ------------------------------------------- */

/**
 * Delay choosing the local port of a bind() with port 0 until connect():
 * IPPROTO_IP / IP_BIND_ADDRESS_NO_PORT (int). Lets many outgoing
 * connections from one source address share ports towards different
 * destinations. Applies to IPv6 sockets too.
 *
 * @param s   a TCP or UDP socket, before bind().
 * @param on  non-zero to delay.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET or not open.
 *   SOCK2_ENOTSUP  the OS has no IP_BIND_ADDRESS_NO_PORT.
 *   other          any other error the system call reports.
 * @platforms  Linux 4.2+; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_BIND_ADDRESS_NO_PORT).
 * @since  0.2.0
 */
SOCK2_EXTERN int sock2_set_bind_address_no_port(sock2_socket_t s, int on);
/**
 * Read IPPROTO_IP / IP_BIND_ADDRESS_NO_PORT.
 * @page sock2_set_bind_address_no_port
 * @param s   a socket.
 * @param on  receives 0 or 1.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET or not open.
 *   SOCK2_EINVAL   on is NULL.
 *   SOCK2_ENOTSUP  the OS has no IP_BIND_ADDRESS_NO_PORT.
 *   other          any other error the system call reports.
 * @platforms  Linux 4.2+; SOCK2_ENOTSUP elsewhere.
 * @since  0.2.0
 */
SOCK2_EXTERN int sock2_bind_address_no_port(sock2_socket_t s, int *on);

/**
 * Restrict the ephemeral ports this socket's bind() or connect() picks:
 * IPPROTO_IP / IP_LOCAL_PORT_RANGE (a uint32_t: low port in the low 16
 * bits, high port in the high 16). 0 and 0 restore the system range
 * (net.ipv4.ip_local_port_range); a range is intersected with it. The
 * option is 51 on Linux 6.3 and later; the library defines it where the
 * build headers lack it. Applies to IPv6 sockets too.
 *
 * @param s     a TCP or UDP socket.
 * @param low   the lowest port, or 0.
 * @param high  the highest port, or 0.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET or not open.
 *   SOCK2_EINVAL   low is above high (both non-zero).
 *   SOCK2_ENOTSUP  not Linux (an older kernel says SOCK2_ENOPROTOOPT).
 *   other          any other error the system call reports.
 * @platforms  Linux 6.3+; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_LOCAL_PORT_RANGE).
 * @example
 *   sock2_set_local_port_range(s, 40000, 40999);
 * @since  0.2.0
 */
SOCK2_EXTERN int sock2_set_local_port_range(sock2_socket_t s, uint16_t low,
                                            uint16_t high);
/**
 * Read IPPROTO_IP / IP_LOCAL_PORT_RANGE.
 * @page sock2_set_local_port_range
 * @param s     a socket.
 * @param low   receives the lowest port (0: the system's).
 * @param high  receives the highest port (0: the system's).
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET or not open.
 *   SOCK2_EINVAL   low or high is NULL.
 *   SOCK2_ENOTSUP  not Linux.
 *   other          any other error the system call reports.
 * @platforms  Linux 6.3+; SOCK2_ENOTSUP elsewhere.
 * @since  0.2.0
 */
SOCK2_EXTERN int sock2_local_port_range(sock2_socket_t s, uint16_t *low,
                                        uint16_t *high);

/**
 * Receive each datagram's original destination (before a TPROXY or
 * REDIRECT rule changed it) as control data: IPPROTO_IP /
 * IP_RECVORIGDSTADDR (int). The control message is IP_ORIGDSTADDR with a
 * struct sockaddr_in; decode it with sock2_cmsg_get_orig_dst() after
 * sock2_recvmsg() with a control buffer of
 * SOCK2_CMSG_SPACE(sizeof(struct sockaddr_in)) bytes. For UDP transparent
 * proxies.
 *
 * @param s   a UDP socket (AF_INET, or AF_INET6 for IPv4-mapped traffic).
 * @param on  non-zero to receive it.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET or not open.
 *   SOCK2_ENOTSUP  the OS has no IP_RECVORIGDSTADDR.
 *   other          any other error the system call reports.
 * @platforms  Linux 2.6.29+; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_RECV_ORIG_DST).
 * @since  0.2.0
 * @see  sock2_cmsg_get_orig_dst(3)
 */
SOCK2_EXTERN int sock2_set_recv_orig_dst_v4(sock2_socket_t s, int on);
/**
 * Read IPPROTO_IP / IP_RECVORIGDSTADDR.
 * @page sock2_set_recv_orig_dst_v4
 * @param s   a socket.
 * @param on  receives 0 or 1.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET or not open.
 *   SOCK2_EINVAL   on is NULL.
 *   SOCK2_ENOTSUP  the OS has no IP_RECVORIGDSTADDR.
 *   other          any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere.
 * @since  0.2.0
 */
SOCK2_EXTERN int sock2_recv_orig_dst_v4(sock2_socket_t s, int *on);

/**
 * The IPv6 twin of sock2_set_recv_orig_dst_v4(): IPPROTO_IPV6 /
 * IPV6_RECVORIGDSTADDR (int); the control message is IPV6_ORIGDSTADDR
 * with a struct sockaddr_in6, decoded by sock2_cmsg_get_orig_dst().
 *
 * @param s   an AF_INET6 UDP socket.
 * @param on  non-zero to receive it.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET or not open.
 *   SOCK2_ENOTSUP  the OS has no IPV6_RECVORIGDSTADDR.
 *   other          any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_RECV_ORIG_DST).
 * @since  0.2.0
 * @see  sock2_cmsg_get_orig_dst(3)
 */
SOCK2_EXTERN int sock2_set_recv_orig_dst_v6(sock2_socket_t s, int on);
/**
 * Read IPPROTO_IPV6 / IPV6_RECVORIGDSTADDR.
 * @page sock2_set_recv_orig_dst_v6
 * @param s   a socket.
 * @param on  receives 0 or 1.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET or not open.
 *   SOCK2_EINVAL   on is NULL.
 *   SOCK2_ENOTSUP  the OS has no IPV6_RECVORIGDSTADDR.
 *   other          any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere.
 * @since  0.2.0
 */
SOCK2_EXTERN int sock2_recv_orig_dst_v6(sock2_socket_t s, int *on);

/* ---- IPPROTO_TCP --------------------------------------------------------- */

/**
 * Wake a listener's accept() only once data has arrived: IPPROTO_TCP /
 * TCP_DEFER_ACCEPT (int seconds). The kernel keeps an idle new connection
 * for about this long (it counts SYN-ACK retransmissions, so the time
 * reads back rounded to its schedule: 1, 3, 7, 15 ... s).
 *
 * @param s        a TCP socket (usually the listener).
 * @param timeout  SOCK2_DURATION_NONE or 0 turns it off; otherwise
 *                 rounded UP to whole seconds (clamped to INT_MAX s).
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET or not open.
 *   SOCK2_EINVAL   timeout is negative and not SOCK2_DURATION_NONE.
 *   SOCK2_ENOTSUP  the OS has no TCP_DEFER_ACCEPT (FreeBSD: see
 *                  sock2_set_accept_filter()).
 *   other          any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_TCP_DEFER_ACCEPT).
 * @since  0.2.0
 */
SOCK2_EXTERN int sock2_set_tcp_defer_accept(sock2_socket_t s,
                                            sock2_duration_t timeout);
/**
 * Read IPPROTO_TCP / TCP_DEFER_ACCEPT.
 * @page sock2_set_tcp_defer_accept
 * @param s        a TCP socket.
 * @param timeout  receives the time in whole seconds, or
 *                 SOCK2_DURATION_NONE when off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET or not open.
 *   SOCK2_EINVAL   timeout is NULL.
 *   SOCK2_ENOTSUP  the OS has no TCP_DEFER_ACCEPT.
 *   other          any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere.
 * @since  0.2.0
 */
SOCK2_EXTERN int sock2_tcp_defer_accept(sock2_socket_t s,
                                        sock2_duration_t *timeout);

/* The longest TCP_MD5SIG key (TCP_MD5SIG_MAXKEYLEN). */
#define SOCK2_TCP_MD5SIG_MAXKEYLEN 80

/**
 * Sign segments to and from one peer with an RFC 2385 MD5 key:
 * setsockopt(IPPROTO_TCP, TCP_MD5SIG, struct tcp_md5sig). BGP daemons
 * set it on the listener (for each neighbour) and on the connecting
 * socket before connect(); segments without a valid signature are
 * dropped, so a peer without the key never connects. The key cannot be
 * read back.
 *
 * @param s       a TCP socket.
 * @param peer    the peer's address (IPv4 or IPv6; the port is ignored).
 * @param key     the key bytes; NULL with len 0 removes the peer's key.
 * @param len     key bytes, 0 to SOCK2_TCP_MD5SIG_MAXKEYLEN.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET or not open.
 *   SOCK2_EINVAL   peer is NULL or not IPv4/IPv6, key is NULL with len
 *                  non-zero, or len is above SOCK2_TCP_MD5SIG_MAXKEYLEN.
 *   SOCK2_ENOTSUP  the OS has no TCP_MD5SIG.
 *   SOCK2_ENOENT   removing a key that was never set.
 *   other          any other error the system call reports
 *                  (SOCK2_ENOPROTOOPT: a kernel built without it).
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere (FreeBSD's TCP_MD5SIG takes
 *   keys from IPsec's database instead). Test with
 *   sock2_has(SOCK2_FEATURE_TCP_MD5SIG).
 * @example
 *   sock2_set_tcp_md5sig(listener, &neighbour, "secret", 6);
 * @since  0.2.0
 */
SOCK2_EXTERN int sock2_set_tcp_md5sig(sock2_socket_t s,
                                      const sock2_addr_t *peer,
                                      const void *key, size_t len);

/**
 * Acknowledge every freq-th segment instead of Windows' default of every
 * second: WSAIoctl(SIO_TCP_SET_ACK_FREQUENCY, TCP_ACK_FREQUENCY_PARAMETERS)
 * (socket2 0.6.3's set_tcp_ack_frequency). 1 turns delayed ACKs off. It
 * cannot be read back.
 *
 * @param s     a TCP socket.
 * @param freq  segments per ACK, 1 to 255.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET or not open.
 *   SOCK2_EINVAL   freq is 0.
 *   SOCK2_ENOTSUP  not Windows (Linux: sock2_set_tcp_quickack()).
 *   other          any other error the system call reports.
 * @platforms  Windows; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_TCP_ACK_FREQUENCY).
 * @since  0.2.0
 */
SOCK2_EXTERN int sock2_set_tcp_ack_frequency(sock2_socket_t s, uint8_t freq);

/* ---- Multipath TCP ------------------------------------------------------- */

/**
 * Create a Multipath TCP socket, or a plain TCP one where the kernel
 * refuses MPTCP: socket(domain, type, IPPROTO_MPTCP) and, when that fails
 * with EPROTONOSUPPORT, ENOPROTOOPT or EINVAL (a kernel without MPTCP,
 * net.mptcp.enabled = 0, or an older kernel), socket(domain, type,
 * IPPROTO_TCP). The return value says which one the caller got. The same
 * safe defaults as sock2_socket() (close-on-exec, no SIGPIPE).
 *
 * Use SOCK2_PROTO_MPTCP with sock2_socket() instead to have no fallback.
 *
 * @param domain  SOCK2_DOMAIN_IPV4 or SOCK2_DOMAIN_IPV6.
 * @param type    SOCK2_TYPE_STREAM, optionally ORed with
 *                SOCK2_TYPE_NONBLOCK and SOCK2_TYPE_CLOEXEC.
 * @param out     receives the handle; unchanged on error.
 * @return  1 for an MPTCP socket, 0 for the TCP fallback.
 * @errors
 *   SOCK2_EINVAL   out is NULL.
 *   other          the error of the TCP socket() (or of the MPTCP one
 *                  when it is not one of the three that fall back).
 * @platforms  Linux 5.6+ gives MPTCP; everywhere else (Windows included)
 *   the result is TCP. Test with sock2_has(SOCK2_FEATURE_MPTCP) (the
 *   build) and the return value (the kernel).
 * @example
 *   sock2_socket_t s;
 *   int mp = sock2_socket_mptcp(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, &s);
 *   if (mp >= 0)
 *     printf("%s\n", mp ? "MPTCP" : "TCP");
 * @since  0.2.0
 * @see  sock2_socket(3)
 */
SOCK2_EXTERN int sock2_socket_mptcp(int domain, int type,
                                    sock2_socket_t *out);

#endif /* SOCK2_OPTIONS_SERVER_H */
