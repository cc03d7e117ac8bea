/* SPDX-License-Identifier: MIT */
/*
 * libsock2: the whole socket API for C, in the spirit of Rust's socket2.
 * Include this header only; it pulls in the parts it needs. See README and
 * doc/design.md for the conventions every function follows.
 */
#ifndef SOCK2_H
#define SOCK2_H

#ifdef __cplusplus
extern "C" {
#endif

/*
 * SOCK2_EXTERN marks every public function. Building the DLL (libtool
 * defines DLL_EXPORT for its objects) exports them; a consumer that links
 * the DLL may define SOCK2_SHARED for dllimport (MinGW auto-imports without
 * it). Elsewhere it gives default visibility, since the library is built
 * with -fvisibility=hidden.
 */
#if defined(_WIN32)
# if defined(BUILDING_SOCK2) && defined(DLL_EXPORT)
#  define SOCK2_EXTERN __declspec(dllexport)
# elif defined(SOCK2_SHARED)
#  define SOCK2_EXTERN __declspec(dllimport)
# else
#  define SOCK2_EXTERN
# endif
#elif defined(BUILDING_SOCK2) && defined(__GNUC__) && __GNUC__ >= 4
# define SOCK2_EXTERN __attribute__((visibility("default")))
#else
# define SOCK2_EXTERN
#endif

/*
 * SOCK2_CAST_(type, v): the conversion the header's macros make, written
 * so that they compile cleanly in C and in C++ (where an old-style cast
 * draws -Wold-style-cast). Internal to the headers.
 */
#ifdef __cplusplus
# define SOCK2_CAST_(type, v) (static_cast<type>(v))
#else
# define SOCK2_CAST_(type, v) ((type)(v))
#endif

#include "sock2/version.h"
#include "sock2/errno.h"
#ifdef _WIN32
# include "sock2/win.h"
#else
# include "sock2/unix.h"
#endif

/* ------------------------------------------------------------------------ */
/* Errors                                                                   */
/* ------------------------------------------------------------------------ */

/*
 * Error codes. Every fallible function returns >= 0 on success and one of
 * these (all negative) on failure. On POSIX SOCK2_EXXX == -EXXX, so a code
 * the list does not name is still -errno; on Windows they are the fixed
 * numbers -4000.. of <sock2/win.h>. Each enumerator has an explicit value
 * (SOCK2_ERRNO_EXXX, from the part header) that never changes.
 */
typedef enum sock2_errno {
#define SOCK2_ERRNO_ENUM_(name, text) SOCK2_##name = SOCK2_ERRNO_##name,
  SOCK2_ERRNO_MAP(SOCK2_ERRNO_ENUM_)
#undef SOCK2_ERRNO_ENUM_
  SOCK2_ERRNO_LAST_ = -1 /* not an error code: ends the list */
} sock2_errno_t;

/**
 * Describe an error code in English ("connection refused").
 *
 * Works for every SOCK2_E* code and, on POSIX, for any other -errno value.
 * Never returns NULL; unknown codes give "unknown error". Thread-safe: the
 * text is static.
 *
 * @param err  a negative error code returned by a libsock2 function.
 * @return     a static, NUL-terminated string.
 */
SOCK2_EXTERN const char *sock2_strerror(int err);

/**
 * Name an error code ("ECONNREFUSED").
 *
 * @param err  a negative error code returned by a libsock2 function.
 * @return     a static string; "UNKNOWN" for a code the list does not name.
 */
SOCK2_EXTERN const char *sock2_err_name(int err);

/**
 * Translate an operating-system error number into a libsock2 code.
 *
 * On POSIX this takes an errno value (EPIPE) and returns -errno, folding
 * EWOULDBLOCK into SOCK2_EAGAIN and EOPNOTSUPP into SOCK2_ENOTSUP where the
 * platform keeps them apart. On Windows it takes a WSAGetLastError() or
 * GetLastError() value. 0 gives 0.
 *
 * @param sys_error  a positive OS error number.
 * @return           0 or a negative SOCK2_E* code.
 */
SOCK2_EXTERN int sock2_translate_sys_error(int sys_error);

/* ------------------------------------------------------------------------ */
/* Version and build capabilities                                           */
/* ------------------------------------------------------------------------ */

/** The library's version as 0xMMmmpp (see SOCK2_VERSION_HEX). */
SOCK2_EXTERN unsigned int sock2_version(void);

/** The library's version as "MAJOR.MINOR.PATCH". Never NULL. */
SOCK2_EXTERN const char *sock2_version_string(void);

/*
 * Features a build may or may not have, for sock2_has(). Every value is
 * explicit and never changes; new ones are appended (doc/design.md, "ABI
 * rules").
 */
typedef enum sock2_feature {
  SOCK2_FEATURE_SOCK_CLOEXEC = 1, /* socket() sets close-on-exec atomically */
  SOCK2_FEATURE_SOCK_NONBLOCK = 2, /* socket() sets O_NONBLOCK atomically */
  SOCK2_FEATURE_ACCEPT4 = 3,             /* accept4() */
  SOCK2_FEATURE_MSG_NOSIGNAL = 4,        /* MSG_NOSIGNAL per send call */
  SOCK2_FEATURE_SO_NOSIGPIPE = 5,        /* SO_NOSIGPIPE at creation */
  SOCK2_FEATURE_F_DUPFD_CLOEXEC = 6, /* dup with close-on-exec in one call */
  SOCK2_FEATURE_UNIX_SOCKETS = 7,        /* AF_UNIX sockets and addresses */
  SOCK2_FEATURE_ABSTRACT_NAMES = 8,      /* Linux abstract unix names */
  SOCK2_FEATURE_VSOCK = 9,               /* AF_VSOCK addresses */
  SOCK2_FEATURE_IPV6_SCOPE_ID = 10,      /* sockaddr_in6.sin6_scope_id */
  SOCK2_FEATURE_SA_LEN = 11,             /* struct sockaddr.sa_len (BSD) */
  SOCK2_FEATURE_IF_NAMETOINDEX = 12, /* interface names in IPv6 scope text */
  SOCK2_FEATURE_SENDMMSG = 13,           /* sendmmsg() */
  SOCK2_FEATURE_RECVMMSG = 14,           /* recvmmsg() */
  SOCK2_FEATURE_SO_REUSEPORT = 15,       /* SO_REUSEPORT */
  SOCK2_FEATURE_SO_REUSEPORT_LB = 16,    /* FreeBSD SO_REUSEPORT_LB */
  SOCK2_FEATURE_TCP_KEEPIDLE = 17,       /* TCP_KEEPIDLE */
  SOCK2_FEATURE_TCP_KEEPALIVE = 18,      /* Apple's TCP_KEEPALIVE (idle time) */
  SOCK2_FEATURE_TCP_KEEPINTVL = 19,      /* TCP_KEEPINTVL */
  SOCK2_FEATURE_TCP_KEEPCNT = 20,        /* TCP_KEEPCNT */
  SOCK2_FEATURE_IP_MREQN = 21,           /* struct ip_mreqn */
  SOCK2_FEATURE_SENDFILE = 22, /* kernel sendfile for sock2_sendfile() */
  SOCK2_FEATURE_SO_PASSCRED = 23,        /* SO_PASSCRED (Linux) */
  SOCK2_FEATURE_SO_PRIORITY = 24,        /* SO_PRIORITY (Linux) */
  SOCK2_FEATURE_SO_DOMAIN = 25,          /* SO_DOMAIN, sock2_domain() */
  SOCK2_FEATURE_SO_PROTOCOL = 26,        /* SO_PROTOCOL, sock2_protocol() */
  SOCK2_FEATURE_SO_ACCEPTCONN = 27, /* SO_ACCEPTCONN, sock2_is_listener() */
  SOCK2_FEATURE_SO_MARK = 28,            /* SO_MARK (Linux) */
  SOCK2_FEATURE_SO_BINDTODEVICE = 29,    /* bind to a device by name (Linux) */
  SOCK2_FEATURE_SO_BINDTOIFINDEX = 30,   /* bind to a device by index (Linux) */
  SOCK2_FEATURE_IP_BOUND_IF = 31,        /* bind to a device by index (Apple) */
  SOCK2_FEATURE_SO_SETFIB = 32,          /* SO_SETFIB (FreeBSD) */
  SOCK2_FEATURE_SO_INCOMING_CPU = 33,    /* SO_INCOMING_CPU (Linux) */
  SOCK2_FEATURE_SO_ATTACH_FILTER = 34, /* classic BPF socket filters (Linux) */
  SOCK2_FEATURE_SO_COOKIE = 35,          /* SO_COOKIE (Linux) */
  SOCK2_FEATURE_SO_BUSY_POLL = 36,       /* SO_BUSY_POLL (Linux) */
  SOCK2_FEATURE_SO_LINGER_SEC = 37,      /* Apple SO_LINGER_SEC (seconds) */
  SOCK2_FEATURE_TCP_MAXSEG = 38,         /* TCP_MAXSEG */
  SOCK2_FEATURE_TCP_CORK = 39,           /* TCP_CORK (Linux) */
  SOCK2_FEATURE_TCP_QUICKACK = 40,       /* TCP_QUICKACK (Linux) */
  /* TCP_THIN_LINEAR_TIMEOUTS (Linux) */
  SOCK2_FEATURE_TCP_THIN_LINEAR_TIMEOUTS = 41,
  SOCK2_FEATURE_TCP_NOTSENT_LOWAT = 42,  /* TCP_NOTSENT_LOWAT */
  SOCK2_FEATURE_TCP_USER_TIMEOUT = 43,   /* TCP_USER_TIMEOUT (Linux) */
  SOCK2_FEATURE_TCP_CONGESTION = 44,     /* TCP_CONGESTION (Linux, FreeBSD) */
  SOCK2_FEATURE_IP_TRANSPARENT = 45,     /* IP_TRANSPARENT (Linux) */
  SOCK2_FEATURE_IP_FREEBIND = 46,        /* IP_FREEBIND (Linux) */
  SOCK2_FEATURE_IP_MULTICAST_ALL = 47,   /* IP_MULTICAST_ALL (Linux) */
  SOCK2_FEATURE_IP_RECVTOS = 48,         /* IP_RECVTOS */
  SOCK2_FEATURE_IP_SSM = 49,             /* IPv4 source-specific multicast */
  SOCK2_FEATURE_IPV6_HDRINCL = 50,       /* IPV6_HDRINCL (Linux) */
  SOCK2_FEATURE_IPV6_TRANSPARENT = 51,   /* IPV6_TRANSPARENT (Linux) */
  SOCK2_FEATURE_IPV6_FREEBIND = 52,      /* IPV6_FREEBIND (Linux) */
  SOCK2_FEATURE_IPV6_MULTICAST_ALL = 53, /* IPV6_MULTICAST_ALL (Linux) */
  SOCK2_FEATURE_IPV6_TCLASS = 54,        /* IPV6_TCLASS */
  SOCK2_FEATURE_IPV6_RECVTCLASS = 55,    /* IPV6_RECVTCLASS */
  SOCK2_FEATURE_IPV6_RECVHOPLIMIT = 56,  /* IPV6_RECVHOPLIMIT */
  SOCK2_FEATURE_MCAST_SOURCE_GROUP = 57, /* RFC 3678 source-group joins */
  SOCK2_FEATURE_ORIGINAL_DST = 58,       /* netfilter original destination */
  SOCK2_FEATURE_DCCP = 59,               /* SOL_DCCP options (Linux) */
  SOCK2_FEATURE_IPV6_MEMBERSHIP = 60, /* IPv6 multicast joins (all but QNX) */
  SOCK2_FEATURE_MCAST_JOIN_GROUP = 61,   /* RFC 3678 MCAST_JOIN_GROUP */
  SOCK2_FEATURE_EXCLUSIVEADDRUSE = 62,   /* SO_EXCLUSIVEADDRUSE (Windows) */
  SOCK2_FEATURE_UDP_CONNRESET = 63,      /* SIO_UDP_CONNRESET (Windows) */
  SOCK2_FEATURE_WSARECVMSG = 64, /* recvmsg through WSARecvMsg (Windows) */
  SOCK2_FEATURE_TCP_INFO = 90,           /* TCP_INFO snapshots */
  SOCK2_FEATURE_PEER_CRED = 91,          /* unix peer credentials */
  SOCK2_FEATURE_PEER_PIDFD = 92,         /* SO_PEERPIDFD (Linux) */
  SOCK2_FEATURE_SO_RCVLOWAT = 93,        /* SO_RCVLOWAT */
  SOCK2_FEATURE_SO_SNDLOWAT = 94,        /* SO_SNDLOWAT */
  SOCK2_FEATURE_TCP_DEFER_ACCEPT = 95,   /* TCP_DEFER_ACCEPT (Linux) */
  SOCK2_FEATURE_ACCEPT_FILTER = 96,      /* SO_ACCEPTFILTER (FreeBSD) */
  SOCK2_FEATURE_BIND_ADDRESS_NO_PORT = 97, /* IP_BIND_ADDRESS_NO_PORT */
  SOCK2_FEATURE_LOCAL_PORT_RANGE = 98,   /* IP_LOCAL_PORT_RANGE (Linux) */
  SOCK2_FEATURE_REUSEPORT_CBPF = 99,     /* SO_ATTACH_REUSEPORT_CBPF */
  SOCK2_FEATURE_INCOMING_NAPI_ID = 100,  /* SO_INCOMING_NAPI_ID (Linux) */
  SOCK2_FEATURE_RECV_ORIG_DST = 101,     /* IP_RECVORIGDSTADDR (Linux) */
  SOCK2_FEATURE_TCP_MD5SIG = 102,        /* TCP_MD5SIG (Linux) */
  SOCK2_FEATURE_TCP_ACK_FREQUENCY = 103, /* SIO_TCP_SET_ACK_FREQUENCY */
  SOCK2_FEATURE_MPTCP = 104              /* IPPROTO_MPTCP (Linux) */
  /*
   * New features go here, after the last one, with the next value.
   * A value never changes and is never reused (doc/design.md, "ABI
   * rules"); tests/abi-baseline.txt records every one.
   */
} sock2_feature_t;

/**
 * Tell whether this build of the library has a feature.
 *
 * Lets programs adapt at run time without #ifdef. The answer reflects what
 * configure found (and what the backend supports), not a run-time probe of
 * the kernel: no system call is made.
 *
 * @param feature  a SOCK2_FEATURE_* value.
 * @return 1 if present, 0 if absent, SOCK2_EINVAL for an unknown value.
 */
SOCK2_EXTERN int sock2_has(sock2_feature_t feature);

/**
 * Name a feature ("SOCK_CLOEXEC"), for listings such as sock2-info's.
 *
 * Values run without gaps from 1, so iterate with
 * `for (f = 1; sock2_feature_name(f) != NULL; f++)` (in C++, pass
 * `static_cast<sock2_feature_t>(f)`).
 *
 * @return a static string, or NULL for an unknown value.
 */
SOCK2_EXTERN const char *sock2_feature_name(sock2_feature_t feature);

/* ------------------------------------------------------------------------ */
/* Durations                                                                */
/* ------------------------------------------------------------------------ */

/*
 * Every timeout and interval in the API is a sock2_duration_t: a count of
 * nanoseconds. SOCK2_DURATION_NONE means "none / disabled / block forever"
 * wherever a function accepts it. Conversion to the OS's unit (microseconds
 * for timeval, milliseconds for poll and Windows, seconds for keepalive)
 * rounds UP, so a non-zero duration never becomes 0 (which the OS would
 * read as "forever" or "invalid"). Negative values other than
 * SOCK2_DURATION_NONE are SOCK2_EINVAL.
 */
typedef int64_t sock2_duration_t;
#define SOCK2_DURATION_NONE SOCK2_CAST_(sock2_duration_t, -1)
#define SOCK2_NSEC(n) SOCK2_CAST_(sock2_duration_t, n)
#define SOCK2_USEC(n) (SOCK2_CAST_(sock2_duration_t, n) * 1000)
#define SOCK2_MSEC(n) (SOCK2_CAST_(sock2_duration_t, n) * 1000000)
#define SOCK2_SEC(n) (SOCK2_CAST_(sock2_duration_t, n) * 1000000000)

/* ------------------------------------------------------------------------ */
/* Addresses (socket2's SockAddr)                                           */
/* ------------------------------------------------------------------------ */

/*
 * A socket address: the OS's sockaddr_storage plus the length in use. It is
 * a plain value that lives on the caller's stack; copy it with `=`. The raw
 * pieces, for calls the library does not wrap, are
 * `(struct sockaddr *)&addr.storage` and `addr.len`.
 *
 * Its size and layout never change (it is not a growable struct). Where
 * sockaddr_storage is 8-byte aligned (64-bit systems and Windows) the 4
 * bytes after len, tail padding before, are named `reserved`
 * (SOCK2_ADDR_HAS_RESERVED is 1): every function that fills an address
 * sets them to 0 and none reads them. The library's build checks that
 * this leaves no unnamed padding and the size unchanged.
 *
 * len is at most sizeof(storage) in every address the library makes. No
 * function reads past the storage whatever len says: one that takes an
 * address with a longer len (or, on Windows, a negative one) refuses it
 * with SOCK2_EINVAL (sock2_addr_equal(): not equal; the sock2_addr_is_*()
 * predicates: 0), before any system call.
 */
#if defined(_WIN32) || UINTPTR_MAX > 0xFFFFFFFFu
# define SOCK2_ADDR_HAS_RESERVED 1
#else
# define SOCK2_ADDR_HAS_RESERVED 0
#endif
typedef struct sock2_addr {
  struct sockaddr_storage storage;
  sock2_socklen_t len;
#if SOCK2_ADDR_HAS_RESERVED
  uint32_t reserved; /* 0; was unnamed tail padding */
#endif
} sock2_addr_t;

/*
 * Buffer size that holds the text of any address sock2_addr_format() can
 * write, NUL included.
 */
#define SOCK2_ADDR_STRLEN 512

/**
 * Make an empty address: zeroed storage, length = sizeof(storage), ready to
 * be filled by a raw call such as getsockname() (socket2's try_init).
 *
 * @return 0, or SOCK2_EINVAL if addr is NULL.
 */
SOCK2_EXTERN int sock2_addr_init(sock2_addr_t *addr);

/**
 * Build an IPv4 address (AF_INET).
 *
 * @param addr  the address to fill; unchanged on error.
 * @param ip    the four octets in network order (ip[0] is the first).
 * @param port  the port in host byte order.
 * @return 0, or SOCK2_EINVAL if addr or ip is NULL.
 */
SOCK2_EXTERN int sock2_addr_ipv4(sock2_addr_t *addr, const uint8_t ip[4],
                                 uint16_t port);

/**
 * Build an IPv6 address (AF_INET6).
 *
 * @param ip        the sixteen octets in network order.
 * @param port      the port in host byte order.
 * @param flowinfo  sin6_flowinfo, stored as given.
 * @param scope_id  sin6_scope_id (an interface index for link-local
 *                  addresses, 0 for none).
 * @return 0; SOCK2_EINVAL if addr or ip is NULL; SOCK2_ENOTSUP if scope_id
 *         is non-zero and the platform has no sin6_scope_id.
 */
SOCK2_EXTERN int sock2_addr_ipv6(sock2_addr_t *addr, const uint8_t ip[16],
                                 uint16_t port, uint32_t flowinfo,
                                 uint32_t scope_id);

/**
 * Copy a raw sockaddr, validating its length.
 *
 * The length must cover the family field and fit sockaddr_storage; AF_INET
 * needs at least sizeof(struct sockaddr_in), AF_INET6 at least
 * sizeof(struct sockaddr_in6). AF_UNIX takes any length up to the
 * storage: Linux reports a path that fills sun_path with length
 * sizeof(struct sockaddr_un) + 1 (the NUL after sun_path counted), so
 * that whatever getsockname(), accept() or recvfrom() returned can be
 * copied; bytes past sun_path are not part of the address (calls that
 * hand it to the kernel pass at most sizeof(struct sockaddr_un)).
 *
 * @return 0; SOCK2_EINVAL for NULL pointers or a length out of range (addr
 *         is then unchanged).
 */
SOCK2_EXTERN int sock2_addr_from_raw(sock2_addr_t *addr,
                                     const struct sockaddr *sa, size_t len);

/**
 * Build a unix-domain pathname address (AF_UNIX).
 *
 * The length is offsetof(sun_path) + strlen(path) + 1. An empty path gives
 * the unnamed address (length offsetof(sun_path)).
 *
 * @param path  a NUL-terminated path.
 * @return 0; SOCK2_EINVAL if addr or path is NULL; SOCK2_ENAMETOOLONG if
 *         the path and its NUL do not fit sun_path (108 bytes on Linux, 104
 *         on macOS and the BSDs); SOCK2_ENOTSUP without AF_UNIX.
 */
SOCK2_EXTERN int sock2_addr_unix(sock2_addr_t *addr, const char *path);

/**
 * Build a Linux abstract unix-domain address: sun_path[0] = '\0' followed
 * by exactly len bytes of name (any bytes, NULs included, no terminator).
 *
 * @param name  the name without the leading NUL; may be NULL if len is 0.
 * @param len   its length; at most sizeof(sun_path) - 1.
 * @return 0; SOCK2_EINVAL for NULL addr (or NULL name with len > 0) or a
 *         len above PTRDIFF_MAX (the size of no object: (size_t)-1 and
 *         the like); SOCK2_ENAMETOOLONG if it does not fit; SOCK2_ENOTSUP
 *         on systems without abstract names (everything but Linux).
 */
SOCK2_EXTERN int sock2_addr_abstract(sock2_addr_t *addr, const void *name,
                                     size_t len);

/**
 * Build a vsock address (AF_VSOCK, Linux): context id and port.
 *
 * @return 0; SOCK2_EINVAL if addr is NULL; SOCK2_ENOTSUP without vsock.
 */
SOCK2_EXTERN int sock2_addr_vsock(sock2_addr_t *addr, uint32_t cid,
                                  uint32_t port);

/**
 * Parse an address from text.
 *
 * Accepted forms (exactly what sock2_addr_format() writes):
 *   - `192.0.2.1:80`: dotted-quad IPv4 (no leading zeros) and a port;
 *   - `[2001:db8::1]:443`: IPv6 in brackets and a port;
 *   - `[fe80::1%eth0]:80` or `[fe80::1%2]:80`: with a scope, an interface
 *     name (looked up with if_nametoindex) or a decimal index;
 *   - `/path/to/sock`, `./rel`, `../rel`: unix pathnames as written;
 *   - `unix:ANY-PATH`: any unix pathname; `unix:` alone is unnamed. A
 *     path may fill sun_path (108 bytes on Linux) with no NUL: the kernel
 *     reports such paths, and accepts them (sock2_addr_unix() keeps room
 *     for a C string's NUL, so it refuses them);
 *   - `@name`: a Linux abstract name;
 *   - `vsock:CID:PORT`: a vsock address.
 * In unix paths and abstract names, `\\` is a backslash, and a backslash
 * followed by `x` and two hex digits is any byte (so NULs and control
 * bytes round-trip).
 *
 * @return 0; SOCK2_EINVAL for malformed text or NULL arguments (addr is
 *         then unchanged); SOCK2_ENAMETOOLONG for a path that does not fit;
 *         SOCK2_ENODEV for an unknown interface name; SOCK2_EMFILE,
 *         SOCK2_ENFILE, SOCK2_ENOBUFS or SOCK2_ENOMEM when the interface
 *         lookup could not run (on POSIX it needs a socket of its own; when
 *         the lookup fails, one probe socket is created and closed to tell
 *         "unknown" from "no descriptor left", as glibc's if_nametoindex
 *         reports both as unknown); SOCK2_ENOTSUP for a form the platform
 *         lacks (abstract names, vsock, scope ids).
 */
SOCK2_EXTERN int sock2_addr_parse(sock2_addr_t *addr, const char *text);

/**
 * Write an address as text (see sock2_addr_parse() for the forms).
 *
 * IPv6 addresses are written in RFC 5952 canonical form; a scope id is
 * written as its decimal index (no system call is made to name it);
 * flowinfo is not part of the text. Unix paths that do not start with `/`
 * or `.` are written with the `unix:` prefix; bytes outside printable
 * ASCII, and backslashes, are escaped.
 *
 * The text written always parses back (sock2_addr_parse()) to an address
 * sock2_addr_equal() to this one, IPv6 flowinfo aside; a unix path that
 * fills sun_path included. An address with no text form is refused with
 * a code below, never written as text the parser would reject.
 *
 * @param buf   where to write; SOCK2_ADDR_STRLEN bytes always suffice.
 * @param size  its size.
 * @return the length written (excluding the NUL); SOCK2_EINVAL for NULL
 *         arguments, a size above PTRDIFF_MAX, or an inconsistent address
 *         (an IP address shorter than its sockaddr, a len past the
 *         storage); SOCK2_ENOBUFS if buf is too small (buf is then
 *         unchanged); SOCK2_EAFNOSUPPORT for a family with no text form.
 */
SOCK2_EXTERN int sock2_addr_format(const sock2_addr_t *addr, char *buf,
                                   size_t size);

/*
 * The accessors below return SOCK2_EINVAL for NULL arguments, a size above
 * PTRDIFF_MAX, and an address whose len exceeds its storage.
 */

/**
 * The address family (AF_INET, AF_INET6, AF_UNIX, ...), 0 when unset.
 * @return the family, or SOCK2_EINVAL if addr is NULL (or its len exceeds
 *         the storage).
 */
SOCK2_EXTERN int sock2_addr_family(const sock2_addr_t *addr);

/**
 * The domain to create a matching socket with (socket2's SockAddr::domain).
 * Same value as sock2_addr_family().
 */
SOCK2_EXTERN int sock2_addr_domain(const sock2_addr_t *addr);

/**
 * The length in use, or SOCK2_EINVAL if addr is NULL or the length exceeds
 * the storage (it could not be told from an error code otherwise).
 */
SOCK2_EXTERN int sock2_addr_len(const sock2_addr_t *addr);

/**
 * The port of an IPv4 or IPv6 address, in host byte order.
 * @return 0..65535; SOCK2_EINVAL for NULL; SOCK2_EAFNOSUPPORT otherwise.
 */
SOCK2_EXTERN int sock2_addr_port(const sock2_addr_t *addr);

/**
 * Change the port of an IPv4 or IPv6 address.
 * @return 0; SOCK2_EINVAL for NULL; SOCK2_EAFNOSUPPORT for another family.
 */
SOCK2_EXTERN int sock2_addr_set_port(sock2_addr_t *addr, uint16_t port);

/**
 * Copy out the IP address bytes (4 for IPv4, 16 for IPv6, network order).
 * @return the number of bytes written; SOCK2_EINVAL for NULL;
 *         SOCK2_ENOBUFS if size is too small; SOCK2_EAFNOSUPPORT if the
 *         address is not IP.
 */
SOCK2_EXTERN int sock2_addr_ip(const sock2_addr_t *addr, uint8_t *out,
                               size_t size);

/**
 * The IPv6 flow information (sin6_flowinfo, as stored).
 * @return 0; SOCK2_EINVAL for NULL; SOCK2_EAFNOSUPPORT if not IPv6.
 */
SOCK2_EXTERN int sock2_addr_flowinfo(const sock2_addr_t *addr,
                                     uint32_t *flowinfo);

/**
 * The IPv6 scope id (sin6_scope_id).
 * @return 0; SOCK2_EINVAL for NULL; SOCK2_EAFNOSUPPORT if not IPv6.
 */
SOCK2_EXTERN int sock2_addr_scope_id(const sock2_addr_t *addr,
                                     uint32_t *scope_id);

/**
 * Copy out a unix pathname, NUL-terminated.
 * @return the path length; SOCK2_EINVAL for NULL arguments or a unix
 *         address that is unnamed or abstract; SOCK2_ENOBUFS if size
 *         cannot hold the path and its NUL; SOCK2_EAFNOSUPPORT if not unix.
 */
SOCK2_EXTERN int sock2_addr_path(const sock2_addr_t *addr, char *buf,
                                 size_t size);

/**
 * Copy out a Linux abstract name (without the leading NUL; not
 * NUL-terminated: it may contain NULs).
 * @return the name length; SOCK2_EINVAL for NULL arguments or a unix
 *         address that is not abstract; SOCK2_ENOBUFS if size is too small;
 *         SOCK2_EAFNOSUPPORT if not unix.
 */
SOCK2_EXTERN int sock2_addr_abstract_name(const sock2_addr_t *addr,
                                          void *buf, size_t size);

/**
 * The context id and port of a vsock address.
 * @return 0; SOCK2_EINVAL for NULL; SOCK2_EAFNOSUPPORT if not vsock.
 */
SOCK2_EXTERN int sock2_addr_vsock_cid_port(const sock2_addr_t *addr,
                                           uint32_t *cid, uint32_t *port);

/** 1 if the address is IPv4, else 0 (also for NULL). */
SOCK2_EXTERN int sock2_addr_is_ipv4(const sock2_addr_t *addr);
/** 1 if the address is IPv6, else 0 (also for NULL). */
SOCK2_EXTERN int sock2_addr_is_ipv6(const sock2_addr_t *addr);
/** 1 if the address is unix-domain, else 0 (also for NULL). */
SOCK2_EXTERN int sock2_addr_is_unix(const sock2_addr_t *addr);
/**
 * 1 if the address is an unnamed unix address (as getsockname() reports
 * for a socketpair end or an unbound socket), else 0.
 */
SOCK2_EXTERN int sock2_addr_is_unnamed(const sock2_addr_t *addr);

/**
 * Compare two addresses over their meaningful bytes only: family, port,
 * address, flowinfo and scope for IP; the path or name bytes for unix;
 * cid and port for vsock; the first len bytes otherwise. Padding, sin_zero
 * and bytes past the length never matter, nor bytes past sun_path in a
 * unix address. Nothing past the storage is read: an address whose len
 * exceeds it equals nothing, itself included.
 *
 * @return 1 if equal, 0 if not (two NULLs are equal).
 */
SOCK2_EXTERN int sock2_addr_equal(const sock2_addr_t *a,
                                  const sock2_addr_t *b);

/* ------------------------------------------------------------------------ */
/* Socket lifecycle (socket2's Socket)                                      */
/* ------------------------------------------------------------------------ */

/**
 * Create a socket with safe defaults: close-on-exec (no-inherit on
 * Windows) and, on systems without MSG_NOSIGNAL, SO_NOSIGPIPE.
 *
 * One socket(type | SOCK_CLOEXEC) call where SOCK_CLOEXEC exists (retried
 * without the flag, then fcntl, if an old kernel says EINVAL); socket() +
 * fcntl(FD_CLOEXEC) elsewhere; plus setsockopt(SO_NOSIGPIPE) on Apple-like
 * systems. If a step after socket() fails, the socket is closed and that
 * error returned.
 *
 * @param domain    SOCK2_DOMAIN_* (or any AF_*).
 * @param type      SOCK2_TYPE_*, optionally ORed with SOCK2_TYPE_NONBLOCK
 *                  and SOCK2_TYPE_CLOEXEC (emulated where the OS lacks
 *                  them).
 * @param protocol  SOCK2_PROTO_* or 0.
 * @param out       receives the new handle; unchanged on error.
 * @return 0, SOCK2_EINVAL if out is NULL, or the OS error.
 */
SOCK2_EXTERN int sock2_socket(int domain, int type, int protocol,
                              sock2_socket_t *out);

/**
 * Create a socket exactly as socket(domain, type, protocol) does, setting
 * nothing (socket2's Socket::new_raw). SOCK2_TYPE_NONBLOCK and
 * SOCK2_TYPE_CLOEXEC in type are still honoured (emulated where needed).
 * @return as sock2_socket().
 */
SOCK2_EXTERN int sock2_socket_raw(int domain, int type, int protocol,
                                  sock2_socket_t *out);

/**
 * Create a connected pair of sockets (socketpair()) with the same safe
 * defaults as sock2_socket() on both ends.
 *
 * @param sv  receives the two handles; unchanged on error.
 * @return 0; SOCK2_EINVAL if sv is NULL; SOCK2_ENOTSUP where the OS has no
 *         socketpair() (Windows); or the OS error.
 */
SOCK2_EXTERN int sock2_socketpair(int domain, int type, int protocol,
                                  sock2_socket_t sv[2]);

/** socketpair() setting nothing (socket2's Socket::pair_raw). */
SOCK2_EXTERN int sock2_socketpair_raw(int domain, int type, int protocol,
                                      sock2_socket_t sv[2]);

/**
 * Bind a socket to an address: bind(s, addr, addr->len). Here and in
 * every call that hands an address to the kernel (connect, sendto,
 * sendmsg's msg_name through sock2_msg_set_addr()), a unix address longer
 * than struct sockaddr_un is passed with that length (what Linux reports
 * for a path that fills sun_path it refuses back), and a len past the
 * storage is SOCK2_EINVAL before any system call.
 * @return 0; SOCK2_EBADF for SOCK2_INVALID_SOCKET; SOCK2_EINVAL for NULL
 *         addr or a len past its storage; or the OS error.
 */
SOCK2_EXTERN int sock2_bind(sock2_socket_t s, const sock2_addr_t *addr);

/**
 * Connect a socket: connect(s, addr, addr->len). On a non-blocking socket
 * this returns SOCK2_EINPROGRESS (or SOCK2_EAGAIN for unix sockets) as the
 * OS does. EINTR is returned, not retried. The address length: as for
 * sock2_bind().
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL for NULL addr or a len past its
 *         storage; or the OS error.
 */
SOCK2_EXTERN int sock2_connect(sock2_socket_t s, const sock2_addr_t *addr);

/**
 * Connect with a time limit: non-blocking connect(), then poll() until the
 * socket is writable or the time is up, then SO_ERROR.
 *
 * System calls (POSIX): fcntl(F_GETFL), fcntl(F_SETFL) adding O_NONBLOCK,
 * connect(), poll(), getsockopt(SO_ERROR), fcntl(F_SETFL) back: 6; a
 * socket that was already non-blocking skips both F_SETFL: 4. A wait
 * longer than one poll() can express (INT_MAX ms, about 24.8 days) is
 * several polls; EINTR during the wait is retried with the time left.
 * Windows: ioctlsocket(FIONBIO) on, connect(), select(), SO_ERROR,
 * FIONBIO off.
 *
 * Success is reported only when SO_ERROR is 0. After a timeout the
 * attempt may still be in progress in the kernel; close the socket to
 * abandon it.
 *
 * Blocking mode: put back as it was on every path. On Windows, where
 * Winsock cannot read the mode, the socket is always left blocking, even
 * if it was non-blocking before the call. If putting the mode (or the
 * unix path's SO_SNDTIMEO, below) back fails, in practice only when
 * another thread closes s meanwhile: after a successful connect that
 * error is returned, and s may be connected but left non-blocking; after
 * a failed connect the connection's error is returned and the mode is
 * unspecified. Either way, close s.
 *
 * Unix stream sockets whose listener's backlog is full: Linux makes a
 * non-blocking connect fail with EAGAIN with nothing in progress, so this
 * call waits instead with blocking connect()s bounded by SO_SNDTIMEO (set
 * to the time left, at most a day per call, then put back, as is the
 * blocking mode): it succeeds as soon as the listener makes room, or
 * gives SOCK2_ETIMEDOUT. This path costs getsockopt(SO_SNDTIMEO), an
 * F_SETFL, a setsockopt(SO_SNDTIMEO) per connect, one to restore, and an
 * F_SETFL back if the socket was non-blocking. The BSDs and macOS refuse
 * such a connect at once: SOCK2_ECONNREFUSED, whatever the timeout.
 *
 * @param timeout  how long to wait; must be > 0 (each poll rounded up to
 *                 whole milliseconds); any value up to INT64_MAX waits
 *                 that long.
 * @return 0; SOCK2_ETIMEDOUT; SOCK2_EBADF; SOCK2_EINVAL for NULL addr, a
 *         len past its storage (before the mode is touched) or a
 *         timeout <= 0 (SOCK2_DURATION_NONE included: use sock2_connect());
 *         the connection's error (SOCK2_ECONNREFUSED, ...); SOCK2_EAGAIN
 *         from connect() on a socket other than unix (Linux: routing
 *         cache full); or the error of a failed fcntl, poll or getsockopt
 *         (see above for putting the mode back). SOCK2_ENOTCONN only
 *         if the attempt ended in a hang-up with no error recorded.
 */
SOCK2_EXTERN int sock2_connect_timeout(sock2_socket_t s,
                                       const sock2_addr_t *addr,
                                       sock2_duration_t timeout);

/**
 * Mark a socket as listening: listen(s, backlog).
 * @return 0; SOCK2_EBADF; or the OS error.
 */
SOCK2_EXTERN int sock2_listen(sock2_socket_t s, int backlog);

/**
 * Accept a connection with close-on-exec set (no-inherit on Windows).
 *
 * One accept4(SOCK_CLOEXEC) call where accept4 exists (accept() + fcntl if
 * the kernel says ENOSYS); accept() + fcntl(FD_CLOEXEC) elsewhere. The new
 * socket is blocking whatever the listener's mode (the OS differences are
 * evened out: BSDs copy O_NONBLOCK from the listener, Linux does not).
 * Where sends cannot carry MSG_NOSIGNAL (Apple), also
 * setsockopt(SO_NOSIGPIPE), even if the listener lacks it (one the library
 * did not create). macOS refuses it (EINVAL) on a connection its peer has
 * already closed; that socket is returned anyway, with only what it
 * inherited from the listener.
 *
 * @param out   receives the new handle; unchanged on error.
 * @param peer  receives the peer's address; may be NULL.
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL if out is NULL; SOCK2_EAGAIN on a
 *         non-blocking listener with nothing pending; or the OS error.
 */
SOCK2_EXTERN int sock2_accept(sock2_socket_t s, sock2_socket_t *out,
                              sock2_addr_t *peer);

/**
 * accept() setting nothing (socket2's Socket::accept_raw). On BSD-derived
 * systems the new socket inherits O_NONBLOCK from the listener, as the OS
 * does.
 * @return as sock2_accept().
 */
SOCK2_EXTERN int sock2_accept_raw(sock2_socket_t s, sock2_socket_t *out,
                                  sock2_addr_t *peer);

/**
 * accept4() with the caller's flags: SOCK2_TYPE_NONBLOCK and/or
 * SOCK2_TYPE_CLOEXEC, exactly those and nothing else (emulated with
 * accept() + fcntl where the OS has no accept4).
 * @return as sock2_accept(); SOCK2_EINVAL for other flag bits.
 */
SOCK2_EXTERN int sock2_accept4(sock2_socket_t s, sock2_socket_t *out,
                               sock2_addr_t *peer, int flags);

/**
 * The socket's own address: getsockname().
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL for NULL addr; or the OS error.
 */
SOCK2_EXTERN int sock2_local_addr(sock2_socket_t s, sock2_addr_t *addr);

/**
 * The connected peer's address: getpeername().
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL for NULL addr; SOCK2_ENOTCONN; or
 *         the OS error.
 */
SOCK2_EXTERN int sock2_peer_addr(sock2_socket_t s, sock2_addr_t *addr);

/**
 * The socket type: getsockopt(SOL_SOCKET, SO_TYPE).
 * @return 0 with *type set; SOCK2_EBADF; SOCK2_EINVAL for NULL; or the OS
 *         error.
 */
SOCK2_EXTERN int sock2_type(sock2_socket_t s, int *type);

/**
 * Duplicate a socket handle, close-on-exec (socket2's Socket::try_clone).
 *
 * One fcntl(F_DUPFD_CLOEXEC) where it exists; fcntl(F_DUPFD) + FD_CLOEXEC
 * elsewhere; WSADuplicateSocketW + WSASocketW(no-inherit) on Windows.
 *
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL for NULL out; or the OS error.
 */
SOCK2_EXTERN int sock2_dup(sock2_socket_t s, sock2_socket_t *out);

/**
 * Read the non-blocking mode: fcntl(F_GETFL) & O_NONBLOCK.
 * @return 0 with *on set to 0 or 1; SOCK2_EBADF; SOCK2_EINVAL for NULL;
 *         SOCK2_ENOTSUP on Windows (Winsock cannot report it).
 */
SOCK2_EXTERN int sock2_nonblocking(sock2_socket_t s, int *on);

/**
 * Set or clear the non-blocking mode: fcntl(F_SETFL) (only if it changes),
 * ioctlsocket(FIONBIO) on Windows.
 * @return 0; SOCK2_EBADF; or the OS error.
 */
SOCK2_EXTERN int sock2_set_nonblocking(sock2_socket_t s, int on);

/**
 * Set or clear close-on-exec: fcntl(F_SETFD) (only if it changes);
 * SetHandleInformation(HANDLE_FLAG_INHERIT) on Windows (no-inherit).
 * @return 0; SOCK2_EBADF; or the OS error.
 */
SOCK2_EXTERN int sock2_set_cloexec(sock2_socket_t s, int on);

/**
 * Read close-on-exec: fcntl(F_GETFD) & FD_CLOEXEC; on Windows, whether the
 * handle is non-inheritable.
 * @return 0 with *on set to 0 or 1; SOCK2_EBADF; SOCK2_EINVAL for NULL.
 */
SOCK2_EXTERN int sock2_cloexec(sock2_socket_t s, int *on);

/**
 * Shut down one or both directions: shutdown(s, how).
 * @param how  SOCK2_SHUT_RD, SOCK2_SHUT_WR or SOCK2_SHUT_RDWR.
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL for another how; SOCK2_ENOTCONN; or
 *         the OS error.
 */
SOCK2_EXTERN int sock2_shutdown(sock2_socket_t s, int how);

/**
 * Close a socket: close() (closesocket() on Windows). The handle is gone
 * even if an error is reported (EINTR included); do not close it again.
 * @return 0; SOCK2_EBADF; or the OS error.
 */
SOCK2_EXTERN int sock2_close(sock2_socket_t s);

/* Data transfer and socket options. */
#include "sock2/io.h"
#include "sock2/options.h"
#include "sock2/options-ip.h"
#include "sock2/tcpinfo.h"
#include "sock2/options-server.h"

#ifdef __cplusplus
}
#endif

#endif /* SOCK2_H */
