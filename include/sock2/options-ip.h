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
 * Include the IP header yourself on a raw socket:
 * setsockopt(IPPROTO_IP, IP_HDRINCL). Needs a raw socket, hence
 * CAP_NET_RAW / root.
 * @return 0; SOCK2_EBADF; SOCK2_ENOTSUP without IP_HDRINCL; or the OS
 *         error (SOCK2_ENOPROTOOPT on a non-raw socket on Linux).
 */
SOCK2_EXTERN int sock2_set_header_included_v4(sock2_socket_t s, int on);
/** Read IP_HDRINCL (see sock2_set_header_included_v4()). */
SOCK2_EXTERN int sock2_header_included_v4(sock2_socket_t s, int *on);

/**
 * Allow binding to and receiving for non-local addresses (transparent
 * proxying): setsockopt(IPPROTO_IP, IP_TRANSPARENT). Linux only
 * (SOCK2_FEATURE_IP_TRANSPARENT); needs CAP_NET_ADMIN or CAP_NET_RAW to
 * set (SOCK2_EPERM otherwise).
 * @return 0; SOCK2_EBADF; SOCK2_ENOTSUP elsewhere; or the OS error.
 */
SOCK2_EXTERN int sock2_set_ip_transparent_v4(sock2_socket_t s, int on);
/** Read IP_TRANSPARENT (see sock2_set_ip_transparent_v4()). */
SOCK2_EXTERN int sock2_ip_transparent_v4(sock2_socket_t s, int *on);

/**
 * Allow binding to an address that is not (yet) local:
 * setsockopt(IPPROTO_IP, IP_FREEBIND). Linux only
 * (SOCK2_FEATURE_IP_FREEBIND). (socket2's freebind once used SOL_SOCKET by
 * mistake, where 15 is SO_REUSEPORT; this one does not.)
 * @return 0; SOCK2_EBADF; SOCK2_ENOTSUP elsewhere; or the OS error.
 */
SOCK2_EXTERN int sock2_set_freebind_v4(sock2_socket_t s, int on);
/** Read IP_FREEBIND (see sock2_set_freebind_v4()). */
SOCK2_EXTERN int sock2_freebind_v4(sock2_socket_t s, int *on);

/**
 * Set the time-to-live of unicast packets: setsockopt(IPPROTO_IP, IP_TTL).
 * All platforms.
 * @param ttl  0..255 (Linux refuses 0 with SOCK2_EINVAL from the kernel).
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL outside 0..255 (nothing changes);
 *         or the OS error.
 */
SOCK2_EXTERN int sock2_set_ttl_v4(sock2_socket_t s, int ttl);
/** Read IP_TTL (see sock2_set_ttl_v4()). */
SOCK2_EXTERN int sock2_ttl_v4(sock2_socket_t s, int *ttl);

/**
 * Set the type-of-service byte (DSCP and ECN): setsockopt(IPPROTO_IP,
 * IP_TOS). On Linux TCP sockets the kernel keeps its own ECN bits. Not on
 * illumos/Solaris-like systems without IP_TOS (SOCK2_ENOTSUP).
 * @param tos  0..255.
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL outside 0..255; SOCK2_ENOTSUP; or
 *         the OS error (macOS and the BSDs refuse IP_TOS on an AF_INET6
 *         socket: use sock2_set_tclass_v6()).
 */
SOCK2_EXTERN int sock2_set_tos_v4(sock2_socket_t s, int tos);
/** Read IP_TOS (see sock2_set_tos_v4()). */
SOCK2_EXTERN int sock2_tos_v4(sock2_socket_t s, int *tos);

/**
 * Ask for the TOS byte of received packets as an IP_TOS control message:
 * setsockopt(IPPROTO_IP, IP_RECVTOS). Linux, Apple, FreeBSD, Windows
 * (SOCK2_FEATURE_IP_RECVTOS). The getter reports a positive value as 1.
 * @return 0; SOCK2_EBADF; SOCK2_ENOTSUP elsewhere; or the OS error.
 */
SOCK2_EXTERN int sock2_set_recv_tos_v4(sock2_socket_t s, int on);
/** Read IP_RECVTOS (see sock2_set_recv_tos_v4()). */
SOCK2_EXTERN int sock2_recv_tos_v4(sock2_socket_t s, int *on);

/**
 * The original destination of a connection redirected by netfilter
 * (iptables REDIRECT/TPROXY): getsockopt(SOL_IP, SO_ORIGINAL_DST) into
 * *addr (an IPv4 address). Linux (SOCK2_FEATURE_ORIGINAL_DST) and Windows.
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL for NULL addr; SOCK2_ENOENT on a
 *         socket that was not redirected; SOCK2_ENOTSUP elsewhere; or the
 *         OS error. addr is unchanged on error.
 */
SOCK2_EXTERN int sock2_original_dst_v4(sock2_socket_t s, sock2_addr_t *addr);

/* ---- IPv4 multicast ------------------------------------------------------ */

/**
 * Send multicast from this interface: setsockopt(IPPROTO_IP,
 * IP_MULTICAST_IF) with a struct in_addr. All platforms.
 * @param iface  the interface's IPv4 address; 0.0.0.0 lets the OS choose.
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL for NULL iface; or the OS error
 *         (SOCK2_EADDRNOTAVAIL for an address no interface has).
 */
SOCK2_EXTERN int sock2_set_multicast_if_v4(sock2_socket_t s,
                                           const uint8_t iface[4]);
/** Read IP_MULTICAST_IF as an IPv4 address (see the setter). */
SOCK2_EXTERN int sock2_multicast_if_v4(sock2_socket_t s, uint8_t iface[4]);

/**
 * Loop outgoing multicast back to local listeners: setsockopt(IPPROTO_IP,
 * IP_MULTICAST_LOOP), passed as an int on every platform. Default on.
 * @return 0; SOCK2_EBADF; or the OS error.
 */
SOCK2_EXTERN int sock2_set_multicast_loop_v4(sock2_socket_t s, int on);
/** Read IP_MULTICAST_LOOP (see sock2_set_multicast_loop_v4()). */
SOCK2_EXTERN int sock2_multicast_loop_v4(sock2_socket_t s, int *on);

/**
 * Set the time-to-live of outgoing multicast: setsockopt(IPPROTO_IP,
 * IP_MULTICAST_TTL), passed as an int. Default 1 (stay on the link).
 * @param ttl  0..255 (0: this host only).
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL outside 0..255; or the OS error
 *         (Linux refuses it on TCP sockets with SOCK2_EINVAL).
 */
SOCK2_EXTERN int sock2_set_multicast_ttl_v4(sock2_socket_t s, int ttl);
/** Read IP_MULTICAST_TTL (see sock2_set_multicast_ttl_v4()). */
SOCK2_EXTERN int sock2_multicast_ttl_v4(sock2_socket_t s, int *ttl);

/**
 * Receive multicast for every group joined on the host, not only this
 * socket's (Linux's default): setsockopt(IPPROTO_IP, IP_MULTICAST_ALL).
 * Linux only (SOCK2_FEATURE_IP_MULTICAST_ALL).
 * @return 0; SOCK2_EBADF; SOCK2_ENOTSUP elsewhere; or the OS error.
 */
SOCK2_EXTERN int sock2_set_multicast_all_v4(sock2_socket_t s, int on);
/** Read IP_MULTICAST_ALL (see sock2_set_multicast_all_v4()). */
SOCK2_EXTERN int sock2_multicast_all_v4(sock2_socket_t s, int *on);

/**
 * Join an IPv4 multicast group on the interface that has address iface:
 * setsockopt(IPPROTO_IP, IP_ADD_MEMBERSHIP) with a struct ip_mreq. All
 * platforms.
 * @param group  the group address (224.0.0.0/4).
 * @param iface  the interface's address; NULL or 0.0.0.0 lets the OS
 *               choose (by route).
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL for NULL group; SOCK2_EADDRINUSE if
 *         already joined there; SOCK2_ENODEV / SOCK2_EADDRNOTAVAIL for an
 *         unusable interface; or the OS error.
 */
SOCK2_EXTERN int sock2_join_multicast_v4(sock2_socket_t s,
                                         const uint8_t group[4],
                                         const uint8_t iface[4]);
/**
 * Leave a group joined with sock2_join_multicast_v4():
 * setsockopt(IPPROTO_IP, IP_DROP_MEMBERSHIP).
 * @return as sock2_join_multicast_v4(); SOCK2_EADDRNOTAVAIL if the group
 *         was not joined.
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
 * An address (or index 0) uses setsockopt(IPPROTO_IP, IP_ADD_MEMBERSHIP)
 * with a struct ip_mreq, as sock2_join_multicast_v4(). An index uses the
 * RFC 3678 setsockopt(IPPROTO_IP, MCAST_JOIN_GROUP) with a struct
 * group_req (SOCK2_FEATURE_MCAST_JOIN_GROUP), else IP_ADD_MEMBERSHIP with
 * a struct ip_mreqn (SOCK2_FEATURE_IP_MREQN); Windows encodes the index
 * as the address 0.0.0.i. Deliberate deviation: socket2 passes the index
 * in a struct ip_mreqn everywhere. Apple's kernel reads only as far as a
 * struct ip_mreq, so its join silently uses the interface the OS picks;
 * FreeBSD's join reads the whole struct ip_mreqn and honours the index,
 * but its IP_DROP_MEMBERSHIP reads only a struct ip_mreq, so a leave
 * ignores the index. MCAST_JOIN_GROUP and MCAST_LEAVE_GROUP carry it both
 * ways.
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL for NULL group or iface, an invalid
 *         size, a non-zero reserved field or an unknown kind;
 *         SOCK2_ENOTSUP for an index where the OS cannot take one;
 *         otherwise as sock2_join_multicast_v4().
 */
SOCK2_EXTERN int sock2_join_multicast_v4_n(sock2_socket_t s,
                                           const uint8_t group[4],
                                           const sock2_iface_v4_t *iface);
/**
 * Leave a group joined with sock2_join_multicast_v4_n(), by the same
 * calls: IP_DROP_MEMBERSHIP for an address, MCAST_LEAVE_GROUP (or
 * IP_DROP_MEMBERSHIP with a struct ip_mreqn) for an index.
 * @return as sock2_join_multicast_v4_n(); SOCK2_EADDRNOTAVAIL if the group
 *         was not joined.
 */
SOCK2_EXTERN int sock2_leave_multicast_v4_n(sock2_socket_t s,
                                            const uint8_t group[4],
                                            const sock2_iface_v4_t *iface);

/**
 * Join a source-specific IPv4 multicast channel (SSM, RFC 4607): receive
 * what source sends to group: setsockopt(IPPROTO_IP,
 * IP_ADD_SOURCE_MEMBERSHIP) with a struct ip_mreq_source. The argument
 * order is socket2's: source, group, interface. Not on OpenBSD, NetBSD,
 * DragonFly (SOCK2_FEATURE_IP_SSM).
 * @param iface  the interface's address; NULL or 0.0.0.0 lets the OS
 *               choose.
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL for NULL source or group;
 *         SOCK2_ENOTSUP where the OS has no IPv4 SSM; or the OS error.
 */
SOCK2_EXTERN int sock2_join_ssm_v4(sock2_socket_t s, const uint8_t source[4],
                                   const uint8_t group[4],
                                   const uint8_t iface[4]);
/**
 * Leave a channel joined with sock2_join_ssm_v4():
 * IP_DROP_SOURCE_MEMBERSHIP.
 * @return as sock2_join_ssm_v4(); SOCK2_EADDRNOTAVAIL if not joined
 *         (Linux answers SOCK2_EINVAL when the group itself was never
 *         joined).
 */
SOCK2_EXTERN int sock2_leave_ssm_v4(sock2_socket_t s, const uint8_t source[4],
                                    const uint8_t group[4],
                                    const uint8_t iface[4]);

/* ---- IPPROTO_IPV6 -------------------------------------------------------- */

/**
 * Include the IPv6 header yourself on a raw socket:
 * setsockopt(IPPROTO_IPV6, IPV6_HDRINCL) on Linux; IP_HDRINCL at
 * IPPROTO_IPV6 on Apple and Windows (as socket2 does); not on the BSDs
 * (SOCK2_FEATURE_IPV6_HDRINCL tells). Needs a raw socket, hence
 * CAP_NET_RAW / root.
 * @return 0; SOCK2_EBADF; SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_set_header_included_v6(sock2_socket_t s, int on);
/**
 * Read the option sock2_set_header_included_v6() writes, at the same level
 * and name. Deliberate deviation: socket2 0.6 reads IP_HDRINCL at
 * IPPROTO_IPV6 on Linux, which is a different option (its §7.1 bug).
 */
SOCK2_EXTERN int sock2_header_included_v6(sock2_socket_t s, int *on);

/**
 * IPv6 transparent proxying: setsockopt(IPPROTO_IPV6, IPV6_TRANSPARENT)
 * (socket2 0.6.3). Linux only (SOCK2_FEATURE_IPV6_TRANSPARENT); needs
 * CAP_NET_ADMIN or CAP_NET_RAW to set.
 * @return 0; SOCK2_EBADF; SOCK2_ENOTSUP elsewhere; or the OS error.
 */
SOCK2_EXTERN int sock2_set_ip_transparent_v6(sock2_socket_t s, int on);
/** Read IPV6_TRANSPARENT (see sock2_set_ip_transparent_v6()). */
SOCK2_EXTERN int sock2_ip_transparent_v6(sock2_socket_t s, int *on);

/**
 * Allow binding to a non-local IPv6 address: setsockopt(IPPROTO_IPV6,
 * IPV6_FREEBIND). Linux 4.15 and later (SOCK2_FEATURE_IPV6_FREEBIND).
 * @return 0; SOCK2_EBADF; SOCK2_ENOTSUP elsewhere; or the OS error.
 */
SOCK2_EXTERN int sock2_set_freebind_v6(sock2_socket_t s, int on);
/** Read IPV6_FREEBIND (see sock2_set_freebind_v6()). */
SOCK2_EXTERN int sock2_freebind_v6(sock2_socket_t s, int *on);

/**
 * Restrict an AF_INET6 socket to IPv6 (no v4-mapped addresses):
 * setsockopt(IPPROTO_IPV6, IPV6_V6ONLY). All platforms; the default
 * differs (Linux: sysctl bindv6only, usually 0; Windows and FreeBSD: 1),
 * so set it explicitly. OpenBSD sockets are always v6-only: setting 1
 * succeeds there and setting 0 returns SOCK2_ENOTSUP (no system call).
 * @return 0; SOCK2_EBADF; SOCK2_ENOTSUP (OpenBSD, on = 0); or the OS
 *         error (SOCK2_EINVAL after bind on Linux).
 */
SOCK2_EXTERN int sock2_set_only_v6(sock2_socket_t s, int on);
/** Read IPV6_V6ONLY (see sock2_set_only_v6()). */
SOCK2_EXTERN int sock2_only_v6(sock2_socket_t s, int *on);

/**
 * Set the hop limit of unicast packets: setsockopt(IPPROTO_IPV6,
 * IPV6_UNICAST_HOPS). All platforms.
 * @param hops  0..255, or -1 for the route's / kernel's default (RFC 3493
 *              §5.1; the getter then reports the value in use).
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL outside -1..255; or the OS error.
 */
SOCK2_EXTERN int sock2_set_unicast_hops_v6(sock2_socket_t s, int hops);
/** Read IPV6_UNICAST_HOPS (see sock2_set_unicast_hops_v6()). */
SOCK2_EXTERN int sock2_unicast_hops_v6(sock2_socket_t s, int *hops);

/**
 * Set the traffic class byte (DSCP and ECN): setsockopt(IPPROTO_IPV6,
 * IPV6_TCLASS), an int (a 1-byte value gives EINVAL on Linux). Not on
 * Windows (SOCK2_FEATURE_IPV6_TCLASS).
 * @param tclass  0..255, or -1 for the kernel default (RFC 3542 §6.5).
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL outside -1..255; SOCK2_ENOTSUP;
 *         or the OS error.
 */
SOCK2_EXTERN int sock2_set_tclass_v6(sock2_socket_t s, int tclass);
/** Read IPV6_TCLASS (see sock2_set_tclass_v6()). */
SOCK2_EXTERN int sock2_tclass_v6(sock2_socket_t s, int *tclass);

/**
 * Ask for the traffic class of received packets as an IPV6_TCLASS control
 * message: setsockopt(IPPROTO_IPV6, IPV6_RECVTCLASS)
 * (SOCK2_FEATURE_IPV6_RECVTCLASS). The getter reports a positive value as
 * 1.
 * @return 0; SOCK2_EBADF; SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_set_recv_tclass_v6(sock2_socket_t s, int on);
/** Read IPV6_RECVTCLASS (see sock2_set_recv_tclass_v6()). */
SOCK2_EXTERN int sock2_recv_tclass_v6(sock2_socket_t s, int *on);

/**
 * Ask for the hop limit of received packets as an IPV6_HOPLIMIT control
 * message: setsockopt(IPPROTO_IPV6, IPV6_RECVHOPLIMIT)
 * (SOCK2_FEATURE_IPV6_RECVHOPLIMIT). The getter reports a positive value
 * as 1.
 * @return 0; SOCK2_EBADF; SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_set_recv_hoplimit_v6(sock2_socket_t s, int on);
/** Read IPV6_RECVHOPLIMIT (see sock2_set_recv_hoplimit_v6()). */
SOCK2_EXTERN int sock2_recv_hoplimit_v6(sock2_socket_t s, int *on);

/**
 * The original destination of a redirected IPv6 connection:
 * getsockopt(SOL_IPV6, IP6T_SO_ORIGINAL_DST) into *addr. Linux
 * (SOCK2_FEATURE_ORIGINAL_DST) and Windows (at SOL_IP there).
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL for NULL addr; SOCK2_ENOENT on an
 *         IPv6 socket that was not redirected; SOCK2_ENOTSUP on an IPv4
 *         socket (Linux's EOPNOTSUPP) and on other platforms; or the OS
 *         error. addr is unchanged on error.
 */
SOCK2_EXTERN int sock2_original_dst_v6(sock2_socket_t s, sock2_addr_t *addr);

/* ---- IPv6 multicast ------------------------------------------------------ */

/**
 * Send multicast from this interface: setsockopt(IPPROTO_IPV6,
 * IPV6_MULTICAST_IF) with an interface index (0: the OS chooses). All
 * platforms.
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL for an index above INT_MAX; or the
 *         OS error (SOCK2_ENODEV for an unknown index on Linux).
 */
SOCK2_EXTERN int sock2_set_multicast_if_v6(sock2_socket_t s, uint32_t index);
/** Read IPV6_MULTICAST_IF (see sock2_set_multicast_if_v6()). */
SOCK2_EXTERN int sock2_multicast_if_v6(sock2_socket_t s, uint32_t *index);

/**
 * Loop outgoing IPv6 multicast back to local listeners:
 * setsockopt(IPPROTO_IPV6, IPV6_MULTICAST_LOOP). Default on.
 * @return 0; SOCK2_EBADF; or the OS error.
 */
SOCK2_EXTERN int sock2_set_multicast_loop_v6(sock2_socket_t s, int on);
/** Read IPV6_MULTICAST_LOOP (see sock2_set_multicast_loop_v6()). */
SOCK2_EXTERN int sock2_multicast_loop_v6(sock2_socket_t s, int *on);

/**
 * Set the hop limit of outgoing IPv6 multicast: setsockopt(IPPROTO_IPV6,
 * IPV6_MULTICAST_HOPS). Default 1.
 * @param hops  0..255, or -1 for the kernel default (RFC 3493 §5.2).
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL outside -1..255; or the OS error
 *         (Linux refuses it on TCP sockets with SOCK2_ENOPROTOOPT).
 */
SOCK2_EXTERN int sock2_set_multicast_hops_v6(sock2_socket_t s, int hops);
/** Read IPV6_MULTICAST_HOPS (see sock2_set_multicast_hops_v6()). */
SOCK2_EXTERN int sock2_multicast_hops_v6(sock2_socket_t s, int *hops);

/**
 * Receive IPv6 multicast for every group joined on the host:
 * setsockopt(IPPROTO_IPV6, IPV6_MULTICAST_ALL). Linux 4.20 and later
 * (SOCK2_FEATURE_IPV6_MULTICAST_ALL).
 * @return 0; SOCK2_EBADF; SOCK2_ENOTSUP elsewhere; or the OS error.
 */
SOCK2_EXTERN int sock2_set_multicast_all_v6(sock2_socket_t s, int on);
/** Read IPV6_MULTICAST_ALL (see sock2_set_multicast_all_v6()). */
SOCK2_EXTERN int sock2_multicast_all_v6(sock2_socket_t s, int *on);

/**
 * Join an IPv6 multicast group on an interface: setsockopt(IPPROTO_IPV6,
 * IPV6_ADD_MEMBERSHIP) with a struct ipv6_mreq, or IPV6_JOIN_GROUP where
 * the OS has only that name (the BSDs, Apple, illumos); neither on QNX
 * (SOCK2_FEATURE_IPV6_MEMBERSHIP).
 * @param group  the group address (ff00::/8).
 * @param index  the interface index; 0 lets the OS choose (by route).
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL for NULL group; SOCK2_EADDRINUSE if
 *         already joined there; SOCK2_ENODEV for an unknown interface;
 *         SOCK2_ENOTSUP without IPv6 multicast; or the OS error.
 */
SOCK2_EXTERN int sock2_join_multicast_v6(sock2_socket_t s,
                                         const uint8_t group[16],
                                         uint32_t index);
/**
 * Leave a group joined with sock2_join_multicast_v6():
 * IPV6_DROP_MEMBERSHIP (IPV6_LEAVE_GROUP).
 * @return as sock2_join_multicast_v6(); SOCK2_EADDRNOTAVAIL if not joined.
 */
SOCK2_EXTERN int sock2_leave_multicast_v6(sock2_socket_t s,
                                          const uint8_t group[16],
                                          uint32_t index);

/**
 * Join a source-specific IPv6 multicast channel (beyond socket2): the
 * protocol-independent RFC 3678 setsockopt(IPPROTO_IPV6,
 * MCAST_JOIN_SOURCE_GROUP) with a struct group_source_req
 * (SOCK2_FEATURE_MCAST_SOURCE_GROUP). Argument order as
 * sock2_join_ssm_v4(): source, group, interface.
 * @param index  the interface index; 0 lets the OS choose.
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL for NULL source or group;
 *         SOCK2_ENOTSUP where the OS lacks the RFC 3678 API; or the OS
 *         error.
 */
SOCK2_EXTERN int sock2_join_ssm_v6(sock2_socket_t s, const uint8_t source[16],
                                   const uint8_t group[16], uint32_t index);
/**
 * Leave a channel joined with sock2_join_ssm_v6():
 * MCAST_LEAVE_SOURCE_GROUP.
 * @return as sock2_join_ssm_v6(); SOCK2_EADDRNOTAVAIL if not joined
 *         (Linux answers SOCK2_EINVAL when the group itself was never
 *         joined).
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
 * Set the DCCP service code (before connect or listen):
 * setsockopt(SOL_DCCP, DCCP_SOCKOPT_SERVICE), a 32-bit value.
 * @return 0; SOCK2_EBADF; SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_set_dccp_service(sock2_socket_t s, uint32_t code);
/** Read DCCP_SOCKOPT_SERVICE (see sock2_set_dccp_service()). */
SOCK2_EXTERN int sock2_dccp_service(sock2_socket_t s, uint32_t *code);

/**
 * Set both the TX and RX congestion control id:
 * setsockopt(SOL_DCCP, DCCP_SOCKOPT_CCID) with one byte. Set only.
 * @param ccid  0..255 (the kernel accepts 2 and 3).
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL outside 0..255; SOCK2_ENOTSUP; or
 *         the OS error.
 */
SOCK2_EXTERN int sock2_set_dccp_ccid(sock2_socket_t s, int ccid);

/**
 * The TX congestion control id: getsockopt(SOL_DCCP,
 * DCCP_SOCKOPT_TX_CCID). Get only.
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL for NULL; SOCK2_ENOTSUP; or the OS
 *         error.
 */
SOCK2_EXTERN int sock2_dccp_tx_ccid(sock2_socket_t s, uint32_t *ccid);
/**
 * The RX congestion control id: getsockopt(SOL_DCCP,
 * DCCP_SOCKOPT_RX_CCID). socket2 spells this method dccp_xx_ccid; see
 * sock2_dccp_rx_ccid() for the same call under the sensible name.
 */
SOCK2_EXTERN int sock2_dccp_xx_ccid(sock2_socket_t s, uint32_t *ccid);
/** Same as sock2_dccp_xx_ccid(): getsockopt(SOL_DCCP, DCCP_SOCKOPT_RX_CCID). */
SOCK2_EXTERN int sock2_dccp_rx_ccid(sock2_socket_t s, uint32_t *ccid);

/**
 * Let the server hold the TIMEWAIT state: setsockopt(SOL_DCCP,
 * DCCP_SOCKOPT_SERVER_TIMEWAIT). The getter reads an int (socket2 0.6
 * reads one byte, a bug).
 * @return 0; SOCK2_EBADF; SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_set_dccp_server_timewait(sock2_socket_t s, int on);
/** Read DCCP_SOCKOPT_SERVER_TIMEWAIT (see the setter). */
SOCK2_EXTERN int sock2_dccp_server_timewait(sock2_socket_t s, int *on);

/**
 * Set the sender's checksum coverage (RFC 4340 §9.2):
 * setsockopt(SOL_DCCP, DCCP_SOCKOPT_SEND_CSCOV), 0..15 (0: all).
 * @return 0; SOCK2_EBADF; SOCK2_ENOTSUP; or the OS error (SOCK2_EINVAL
 *         for a value above 15).
 */
SOCK2_EXTERN int sock2_set_dccp_send_cscov(sock2_socket_t s, uint32_t level);
/** Read DCCP_SOCKOPT_SEND_CSCOV (see sock2_set_dccp_send_cscov()). */
SOCK2_EXTERN int sock2_dccp_send_cscov(sock2_socket_t s, uint32_t *level);

/**
 * Set the minimum checksum coverage the receiver accepts:
 * setsockopt(SOL_DCCP, DCCP_SOCKOPT_RECV_CSCOV), 0..15.
 * @return as sock2_set_dccp_send_cscov().
 */
SOCK2_EXTERN int sock2_set_dccp_recv_cscov(sock2_socket_t s, uint32_t level);
/** Read DCCP_SOCKOPT_RECV_CSCOV (see sock2_set_dccp_recv_cscov()). */
SOCK2_EXTERN int sock2_dccp_recv_cscov(sock2_socket_t s, uint32_t *level);

/**
 * Set the transmit queue length of the queueing policy:
 * setsockopt(SOL_DCCP, DCCP_SOCKOPT_QPOLICY_TXQLEN) (0: unbounded).
 * @return 0; SOCK2_EBADF; SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_set_dccp_qpolicy_txqlen(sock2_socket_t s,
                                               uint32_t len);
/** Read DCCP_SOCKOPT_QPOLICY_TXQLEN (see the setter). */
SOCK2_EXTERN int sock2_dccp_qpolicy_txqlen(sock2_socket_t s, uint32_t *len);

/**
 * List the congestion control ids the kernel offers:
 * getsockopt(SOL_DCCP, DCCP_SOCKOPT_AVAILABLE_CCIDS) into the caller's
 * buffer (socket2's dccp_available_ccids::<N>()).
 * @param buf   receives up to size ids, one byte each.
 * @param size  its size; 0 asks only for the count.
 * @return the number of ids available (which may exceed size: only the
 *         first size were written); SOCK2_EBADF; SOCK2_EINVAL for NULL buf
 *         with size > 0 or a size above PTRDIFF_MAX; SOCK2_ENOTSUP; or the
 *         OS error.
 */
SOCK2_EXTERN int sock2_dccp_available_ccids(sock2_socket_t s, uint8_t *buf,
                                            size_t size);

/**
 * The current maximum packet size (payload) of the connection:
 * getsockopt(SOL_DCCP, DCCP_SOCKOPT_GET_CUR_MPS). Get only.
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL for NULL; SOCK2_ENOTSUP; or the OS
 *         error.
 */
SOCK2_EXTERN int sock2_dccp_cur_mps(sock2_socket_t s, uint32_t *mps);

#endif /* SOCK2_OPTIONS_IP_H */
