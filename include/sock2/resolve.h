/* SPDX-License-Identifier: MIT */
/*
 * libsock2 name resolution: host and service names to addresses
 * (getaddrinfo), addresses to names (getnameinfo), and IP addresses
 * without a port. Included by <sock2.h>; do not include it alone.
 *
 * Results go into an array the caller provides: there is nothing to free,
 * so nothing can leak, on any path. The system's own list (getaddrinfo's
 * struct addrinfo chain) is freed before the call returns.
 *
 * Errors: the resolver's own failures have their own codes, SOCK2_EAI_*
 * (<sock2/errno.h>: -5001..-5099 on every platform, apart from every
 * errno-derived code); sock2_err_name() and sock2_strerror() name and
 * describe them. A system error inside the resolver (EAI_SYSTEM) is the
 * errno it carries (SOCK2_EMFILE, ...).
 */
#ifndef SOCK2_RESOLVE_H
#define SOCK2_RESOLVE_H

/*
 * Flags of sock2_resolve_hints_t.flags (AI_* of getaddrinfo).
 * SOCK2_RESOLVE_PASSIVE: addresses to bind to (host NULL gives the
 * wildcard). SOCK2_RESOLVE_NUMERIC_HOST: host must be an IP address, no
 * lookup. SOCK2_RESOLVE_NUMERIC_SERVICE: service must be a port number.
 * SOCK2_RESOLVE_ADDRCONFIG: only families the host has a (non-loopback)
 * address of.
 */
#define SOCK2_RESOLVE_PASSIVE 0x1u
#define SOCK2_RESOLVE_NUMERIC_HOST 0x2u
#define SOCK2_RESOLVE_NUMERIC_SERVICE 0x4u
#define SOCK2_RESOLVE_ADDRCONFIG 0x8u

/*
 * What to resolve for: a growable struct (doc/design.md, "ABI rules").
 * Initialise it with SOCK2_RESOLVE_HINTS_INIT, then set what you need.
 * family: 0 (any), SOCK2_DOMAIN_IPV4 or SOCK2_DOMAIN_IPV6. type: 0 (any:
 * each address is reported once) or a SOCK2_TYPE_* (STREAM, DGRAM, ...).
 * protocol: 0 or an IPPROTO_* value. flags: SOCK2_RESOLVE_*. reserved:
 * 0.
 */
typedef struct sock2_resolve_hints {
  uint32_t size;
  uint32_t flags;
  int family;
  int type;
  int protocol;
  uint32_t reserved[3];
} sock2_resolve_hints_t;

#define SOCK2_RESOLVE_HINTS_INIT                                              \
  {                                                                           \
    SOCK2_CAST_(uint32_t, sizeof(sock2_resolve_hints_t)), 0, 0, 0, 0,         \
    {                                                                         \
      0, 0, 0                                                                 \
    }                                                                         \
  }
/* The size of the first version of sock2_resolve_hints_t. */
#define SOCK2_RESOLVE_HINTS_SIZE_MIN 32u

/**
 * Resolve a host and a service into socket addresses.
 *
 * Maps to getaddrinfo() on POSIX and GetAddrInfoW() on Windows (host and
 * service are UTF-8 there and converted to UTF-16). The addresses are
 * written to out in the resolver's order (RFC 6724: on a dual-stack host
 * IPv6 usually comes first), each distinct address once (getaddrinfo
 * repeats an address per socket type when hints->type is 0), every one
 * with the service's port. At most cap are written; *total (if total is
 * not NULL) receives how many there were, so a caller can tell whether
 * cap was enough. Only IPv4 and IPv6 addresses are reported.
 *
 * Numeric hosts need no lookup: an IPv4 address ("192.0.2.1"), an IPv6
 * address ("2001:db8::1") or a scoped one ("fe80::1%eth0", "fe80::1%2")
 * with a numeric service (or none) is parsed by the library, with no
 * system call at all, except the interface-name lookup
 * (if_nametoindex()) of a named scope (unless the hints ask for
 * SOCK2_RESOLVE_ADDRCONFIG, a protocol, or a type other than 0, stream
 * and datagram: the system resolver judges those). Anything else goes to the
 * system resolver, which may read files (/etc/hosts, nsswitch.conf),
 * open sockets and ask DNS servers, and may block for as long as they
 * take.
 *
 * @param host     a host name or IP address text, or NULL (then the
 *                 wildcard with SOCK2_RESOLVE_PASSIVE, else loopback).
 * @param service  a service name ("http") or port number ("80"), or NULL
 *                 (port 0). host and service may not both be NULL.
 * @param hints    what to resolve for, or NULL for the defaults (any
 *                 family, any type, no flags).
 * @param out      receives up to cap addresses; entries past the count
 *                 returned are untouched, and so is everything on error.
 * @param cap      the number of entries out holds (0 only counts).
 * @param total    receives the number of addresses found; may be NULL.
 * @return  the number of addresses written (min(cap, *total); at least
 *          1 when cap > 0).
 * @errors
 *   SOCK2_EINVAL        out is NULL, cap is above PTRDIFF_MAX, host and
 *                       service are both NULL, or hints has a bad size or
 *                       non-zero reserved fields.
 *   SOCK2_EAI_NONAME    the host or service is not known (also: not an
 *                       IP address with SOCK2_RESOLVE_NUMERIC_HOST, not
 *                       a number with SOCK2_RESOLVE_NUMERIC_SERVICE).
 *   SOCK2_EAI_AGAIN     temporary failure (a name server did not answer).
 *   SOCK2_EAI_FAIL      non-recoverable failure of the name server.
 *   SOCK2_EAI_NODATA    the host has no address of the family asked for.
 *   SOCK2_EAI_BADFLAGS  unknown bits in hints->flags.
 *   SOCK2_EAI_SERVICE   the service is not available for hints->type, or
 *                       is a number above 65535.
 *   SOCK2_EAI_FAMILY    hints->family is not 0, IPv4 or IPv6.
 *   SOCK2_EAI_SOCKTYPE  hints->type is not supported.
 *   SOCK2_EAI_MEMORY    the resolver ran out of memory.
 *   SOCK2_ENODEV        a scope names no interface (numeric host).
 *   other               the errno of a system error inside the resolver
 *                       (EAI_SYSTEM), e.g. SOCK2_EMFILE.
 * @platforms  All (getaddrinfo on POSIX, GetAddrInfoW on Windows).
 * @example
 *   sock2_addr_t a[8];
 *   sock2_resolve_hints_t h = SOCK2_RESOLVE_HINTS_INIT;
 *   int i, n;
 *   h.type = SOCK2_TYPE_STREAM;
 *   n = sock2_resolve("localhost", "80", &h, a, 8, NULL);
 *   for (i = 0; i < n; i++) {
 *     char t[SOCK2_ADDR_STRLEN];
 *     sock2_addr_format(&a[i], t, sizeof(t));
 *     puts(t);
 *   }
 * @since  0.2.0
 * @see  sock2_resolve_reverse(3), sock2_connect_host(3)
 */
SOCK2_EXTERN int sock2_resolve(const char *host, const char *service,
                               const sock2_resolve_hints_t *hints,
                               sock2_addr_t *out, size_t cap, size_t *total);

/*
 * Flags of sock2_resolve_reverse() (NI_* of getnameinfo).
 * NUMERIC_HOST: the address as text, no lookup. NUMERIC_SERVICE: the
 * port as a number. NAME_REQUIRED: fail (SOCK2_EAI_NONAME) rather than
 * give the numeric form when the address has no name. DGRAM: the service
 * is a datagram one (some ports name different UDP and TCP services).
 * NO_FQDN: only the first label of a local host's name.
 */
#define SOCK2_NAMEINFO_NUMERIC_HOST 0x1u
#define SOCK2_NAMEINFO_NUMERIC_SERVICE 0x2u
#define SOCK2_NAMEINFO_NAME_REQUIRED 0x4u
#define SOCK2_NAMEINFO_DGRAM 0x8u
#define SOCK2_NAMEINFO_NO_FQDN 0x10u
/* Buffer sizes that hold any host name (NI_MAXHOST) and service name. */
#define SOCK2_NAMEINFO_HOSTLEN 1025
#define SOCK2_NAMEINFO_SERVLEN 32

/**
 * Turn an address into host and service text (reverse lookup).
 *
 * Maps to getnameinfo() on POSIX, GetNameInfoW() on Windows (the text is
 * converted to UTF-8). Without SOCK2_NAMEINFO_NUMERIC_HOST the host is
 * looked up (hosts file, DNS PTR records) and the numeric form is given
 * when it has no name; with it, the address text ("192.0.2.1",
 * "fe80::1%eth0"). Either buffer may be NULL (with size 0) when that
 * part is not wanted, not both. The buffers are written only on success.
 *
 * @param addr     an IPv4 or IPv6 address.
 * @param host     receives the host text, NUL-terminated; may be NULL.
 * @param hostlen  the size of host (SOCK2_NAMEINFO_HOSTLEN holds any).
 * @param service  receives the service text; may be NULL.
 * @param servlen  the size of service (SOCK2_NAMEINFO_SERVLEN holds any).
 * @param flags    SOCK2_NAMEINFO_* flags.
 * @return  0.
 * @errors
 *   SOCK2_EINVAL        addr is NULL, its len is past its storage, or
 *                       host and service are both NULL.
 *   SOCK2_ENOBUFS       a buffer is too small for the text (or its size
 *                       is 0).
 *   SOCK2_EAI_FAMILY    addr is not an IPv4 or IPv6 address.
 *   SOCK2_EAI_BADFLAGS  unknown flag bits.
 *   SOCK2_EAI_NONAME    no name, with SOCK2_NAMEINFO_NAME_REQUIRED.
 *   SOCK2_EAI_AGAIN     temporary failure of the name server.
 *   SOCK2_EAI_FAIL      non-recoverable failure of the name server.
 *   SOCK2_EAI_MEMORY    the resolver ran out of memory.
 *   other               the errno of a system error (EAI_SYSTEM).
 * @platforms  All (getnameinfo on POSIX, GetNameInfoW on Windows).
 * @example
 *   char host[SOCK2_NAMEINFO_HOSTLEN], serv[SOCK2_NAMEINFO_SERVLEN];
 *   if (sock2_resolve_reverse(&peer, host, sizeof(host), serv,
 *                             sizeof(serv), 0) == 0)
 *     printf("%s port %s\n", host, serv);
 * @since  0.2.0
 * @see  sock2_resolve(3)
 */
SOCK2_EXTERN int sock2_resolve_reverse(const sock2_addr_t *addr, char *host,
                                       size_t hostlen, char *service,
                                       size_t servlen, uint32_t flags);

/**
 * Parse an IP address without a port: "192.0.2.1", "2001:db8::1",
 * "fe80::1%eth0" or "fe80::1%2" (no brackets).
 *
 * For users who have the port separately. The parser is the library's own
 * (as sock2_addr_parse()'s), the same on every platform; it makes no
 * system call, except if_nametoindex() for a scope given by name.
 *
 * @param addr  receives the address; unchanged on error.
 * @param text  the address text, NUL-terminated.
 * @param port  the port to store, in host byte order.
 * @return  0.
 * @errors
 *   SOCK2_EINVAL   addr or text is NULL, or text is not an IP address.
 *   SOCK2_ENODEV   the scope names no interface.
 *   SOCK2_ENOTSUP  a scope was given and the platform has no
 *                  sin6_scope_id (or, for a name, no if_nametoindex).
 *   other          a resource error of the interface lookup (SOCK2_EMFILE).
 * @platforms  All.
 * @example
 *   sock2_addr_t a;
 *   if (sock2_addr_parse_ip(&a, "2001:db8::1", 443) == 0)
 *     sock2_connect(s, &a);
 * @since  0.2.0
 * @see  sock2_addr_parse(3)
 */
SOCK2_EXTERN int sock2_addr_parse_ip(sock2_addr_t *addr, const char *text,
                                     uint16_t port);

#endif /* SOCK2_RESOLVE_H */
