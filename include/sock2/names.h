/* SPDX-License-Identifier: MIT */
/*
 * libsock2 names for constants: address families, socket types (with
 * their creation flags), protocols, option levels and the socket options
 * the library knows, as the C names ("AF_INET", "SOCK_STREAM|SOCK_CLOEXEC",
 * "IPPROTO_TCP", "SOL_SOCKET", "TCP_NODELAY"). A value without a name is
 * written as its decimal number (as socket2's Debug output does), so
 * every value gets a text. Included by <sock2.h>; do not include it
 * alone.
 *
 * Each function writes into the caller's buffer (SOCK2_NAME_STRLEN holds
 * any text they write) and returns the text's length, so it works for
 * combinations and unknown values alike and is thread-safe. The names
 * are this OS's: a value means what it means here.
 */
#ifndef SOCK2_NAMES_H
#define SOCK2_NAMES_H

/* A buffer size that holds any text the sock2_*_name() functions write. */
#define SOCK2_NAME_STRLEN 96

/**
 * Name an address family ("AF_INET", "AF_INET6", "AF_UNIX", ...).
 *
 * Covers AF_UNSPEC, AF_UNIX, AF_INET, AF_INET6 and, where the OS has
 * them, AF_VSOCK, AF_PACKET, AF_NETLINK, AF_TIPC, AF_ALG, AF_CAN,
 * AF_BLUETOOTH, AF_LINK, AF_ROUTE; any other value is its number ("42").
 * No system call.
 *
 * @param domain  an AF_* / SOCK2_DOMAIN_* value.
 * @param buf     receives the text, NUL-terminated; unchanged on error.
 * @param size    the size of buf.
 * @return  the length of the text (without the NUL).
 * @errors
 *   SOCK2_EINVAL   buf is NULL.
 *   SOCK2_ENOBUFS  size is too small for the text and its NUL.
 * @platforms  All.
 * @example
 *   char n[SOCK2_NAME_STRLEN];
 *   sock2_domain_name(sock2_addr_family(&a), n, sizeof(n));
 *   printf("family %s\n", n);
 * @since  0.2.0
 * @see  sock2_type_name(3), sock2_protocol_name(3)
 */
SOCK2_EXTERN int sock2_domain_name(int domain, char *buf, size_t size);

/**
 * Name a socket type with its creation flags ("SOCK_STREAM",
 * "SOCK_DGRAM|SOCK_NONBLOCK|SOCK_CLOEXEC").
 *
 * The base type (SOCK_STREAM, SOCK_DGRAM, SOCK_RAW, SOCK_RDM,
 * SOCK_SEQPACKET, SOCK_DCCP where it exists) comes first, then each
 * flag, SOCK2_TYPE_NONBLOCK as "SOCK_NONBLOCK" and SOCK2_TYPE_CLOEXEC as
 * "SOCK_CLOEXEC"; an unknown base type is its number and unknown flag
 * bits are one hexadecimal number ("SOCK_STREAM|0x1000"). No system call.
 *
 * @param type  a SOCK2_TYPE_* value, with flags or not.
 * @param buf   receives the text; unchanged on error.
 * @param size  the size of buf.
 * @return  the length of the text.
 * @errors
 *   SOCK2_EINVAL   buf is NULL.
 *   SOCK2_ENOBUFS  size is too small.
 * @platforms  All.
 * @since  0.2.0
 * @page  sock2_domain_name
 */
SOCK2_EXTERN int sock2_type_name(int type, char *buf, size_t size);

/**
 * Name a protocol ("IPPROTO_TCP", "IPPROTO_UDP", "IPPROTO_ICMPV6", ...).
 *
 * The IPPROTO_* numbers of the IP families; 0 is "0" (the default
 * protocol); an unknown value is its number. No system call.
 *
 * @param protocol  a protocol number.
 * @param buf       receives the text; unchanged on error.
 * @param size      the size of buf.
 * @return  the length of the text.
 * @errors
 *   SOCK2_EINVAL   buf is NULL.
 *   SOCK2_ENOBUFS  size is too small.
 * @platforms  All.
 * @since  0.2.0
 * @page  sock2_domain_name
 */
SOCK2_EXTERN int sock2_protocol_name(int protocol, char *buf, size_t size);

/**
 * Name a socket option level ("SOL_SOCKET", "IPPROTO_IP", "IPPROTO_IPV6",
 * "IPPROTO_TCP", "IPPROTO_UDP", "SOL_DCCP", ...); an unknown one is its
 * number. No system call.
 *
 * @param level  an option level.
 * @param buf    receives the text; unchanged on error.
 * @param size   the size of buf.
 * @return  the length of the text.
 * @errors
 *   SOCK2_EINVAL   buf is NULL.
 *   SOCK2_ENOBUFS  size is too small.
 * @platforms  All.
 * @since  0.2.0
 * @page  sock2_domain_name
 */
SOCK2_EXTERN int sock2_level_name(int level, char *buf, size_t size);

/**
 * Name a socket option of a level ("SO_REUSEADDR", "TCP_NODELAY",
 * "IPV6_V6ONLY"): the options libsock2 has functions for, as this OS
 * defines them; any other is its number. No system call.
 *
 * @param level  the option's level (SOL_SOCKET, IPPROTO_TCP, ...).
 * @param name   the option's number at that level.
 * @param buf    receives the text; unchanged on error.
 * @param size   the size of buf.
 * @return  the length of the text.
 * @errors
 *   SOCK2_EINVAL   buf is NULL.
 *   SOCK2_ENOBUFS  size is too small.
 * @platforms  All.
 * @example
 *   char l[SOCK2_NAME_STRLEN], o[SOCK2_NAME_STRLEN];
 *   sock2_level_name(IPPROTO_TCP, l, sizeof(l));
 *   sock2_option_name(IPPROTO_TCP, TCP_NODELAY, o, sizeof(o));
 *   printf("%s/%s\n", l, o);
 * @since  0.2.0
 * @page  sock2_domain_name
 */
SOCK2_EXTERN int sock2_option_name(int level, int name, char *buf,
                                   size_t size);

#endif /* SOCK2_NAMES_H */
