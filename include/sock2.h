/* SPDX-License-Identifier: MIT */
/*
 * libsock2: the whole socket API for C, in the spirit of Rust's socket2.
 * Include this header only; it pulls in the parts it needs. See README and
 * doc/design.md for the conventions every function follows.
 */
#ifndef SOCK2_H
#define SOCK2_H

/*
 * The doc comments carry tags of the manual's own (@errors, @platforms:
 * CONTRIBUTING.md, "Header comment format"), which clang's -Wdocumentation
 * does not know: a program built with -Weverything stays warning-free.
 */
#if defined(__clang__)
# pragma clang diagnostic push
# pragma clang diagnostic ignored "-Wdocumentation-unknown-command"
#endif

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
 * @errors
 *   none       the function cannot fail.
 * @platforms  All.
 * @example
 *   int rc = sock2_connect(s, &addr);
 *   if (rc < 0)
 *     fprintf(stderr, "connect: %s (%s)\n", sock2_strerror(rc),
 *             sock2_err_name(rc));
 * @since  0.1.0
 * @see  sock2_errno_t(3), sock2_translate_sys_error(3)
 */
SOCK2_EXTERN const char *sock2_strerror(int err);

/**
 * Name an error code ("ECONNREFUSED").
 *
 * The name is the code's SOCK2_ prefix stripped: SOCK2_ECONNREFUSED gives
 * "ECONNREFUSED".
 *
 * @param err  a negative error code returned by a libsock2 function.
 * @return     a static string; "UNKNOWN" for a code the list does not name.
 * @errors
 *   none       the function cannot fail.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_strerror
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
 * For programs that make raw system calls of their own on a libsock2
 * socket and want one kind of error code.
 *
 * @param sys_error  a positive OS error number.
 * @return           0 for 0, else the negative SOCK2_E* code of sys_error
 *                   (the function itself cannot fail).
 * @errors
 *   none       the function cannot fail.
 * @platforms  All (errno values on POSIX, WSA and Win32 error numbers on
 *   Windows).
 * @example
 *   if (setsockopt(s, SOL_SOCKET, SO_DEBUG, &one, sizeof(one)) == -1)
 *     return sock2_translate_sys_error(errno);
 * @since  0.1.0
 * @see  sock2_strerror(3), sock2_errno_t(3)
 */
SOCK2_EXTERN int sock2_translate_sys_error(int sys_error);

/* ------------------------------------------------------------------------ */
/* Version and build capabilities                                           */
/* ------------------------------------------------------------------------ */

/**
 * The library's version as 0xMMmmpp (see SOCK2_VERSION_HEX).
 *
 * The version of the library loaded at run time; SOCK2_VERSION_HEX in
 * <sock2/version.h> is the version of the headers compiled against.
 *
 * @return  the version number, MAJOR << 16 | MINOR << 8 | PATCH.
 * @errors
 *   none       the function cannot fail.
 * @platforms  All.
 * @since  0.1.0
 */
SOCK2_EXTERN unsigned int sock2_version(void);

/**
 * The library's version as "MAJOR.MINOR.PATCH".
 *
 * @return  a static string; never NULL.
 * @errors
 *   none       the function cannot fail.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_version
 */
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
  /* descriptor passing (SCM_RIGHTS) */
  SOCK2_FEATURE_SCM_RIGHTS = 65,
  /* received descriptors close-on-exec atomically */
  SOCK2_FEATURE_MSG_CMSG_CLOEXEC = 66,
  /* credentials messages (SCM_CREDENTIALS / SCM_CREDS) */
  SOCK2_FEATURE_SCM_CREDENTIALS = 67,
  /* IPv4 destination and interface (IP_PKTINFO / IP_RECVDSTADDR) */
  SOCK2_FEATURE_IP_PKTINFO = 68,
  /* IPv6 destination and interface */
  SOCK2_FEATURE_IPV6_RECVPKTINFO = 69,
  /* TTL of received IPv4 datagrams */
  SOCK2_FEATURE_IP_RECVTTL = 70,
  /* receive timestamps in microseconds */
  SOCK2_FEATURE_SO_TIMESTAMP = 71,
  /* receive timestamps in nanoseconds (Linux) */
  SOCK2_FEATURE_SO_TIMESTAMPNS = 72,
  /* IPv4 error queue (Linux) */
  SOCK2_FEATURE_IP_RECVERR = 73,
  /* IPv6 error queue (Linux) */
  SOCK2_FEATURE_IPV6_RECVERR = 74,
  /* IPv4 path-MTU discovery / don't-fragment */
  SOCK2_FEATURE_IP_MTU_DISCOVER = 75,
  /* IPv6 path-MTU discovery / don't-fragment */
  SOCK2_FEATURE_IPV6_MTU_DISCOVER = 76,
  /* IPv4 path MTU of a connected socket */
  SOCK2_FEATURE_IP_MTU = 77,
  /* IPv6 path MTU of a connected socket */
  SOCK2_FEATURE_IPV6_MTU = 78,
  SOCK2_FEATURE_UDP_SEGMENT = 79, /* UDP GSO (UDP_SEGMENT; Windows USO) */
  SOCK2_FEATURE_UDP_GRO = 80,      /* UDP GRO (UDP_GRO; Windows URO) */
  SOCK2_FEATURE_TCP_FASTOPEN = 81,         /* TCP_FASTOPEN (server) */
  SOCK2_FEATURE_TCP_FASTOPEN_CONNECT = 82, /* TCP_FASTOPEN_CONNECT (Linux) */
  SOCK2_FEATURE_TCP_FASTOPEN_DATA = 83, /* sock2_connect_fastopen() works */
  SOCK2_FEATURE_ZEROCOPY = 84,          /* SO_ZEROCOPY + MSG_ZEROCOPY */
  SOCK2_FEATURE_SO_TIMESTAMPING = 85,   /* SO_TIMESTAMPING (Linux) */
  SOCK2_FEATURE_SO_BINTIME = 86, /* receive stamps by SO_BINTIME (FreeBSD) */
  SOCK2_FEATURE_TCP_INFO = 87,           /* TCP_INFO snapshots */
  SOCK2_FEATURE_PEER_CRED = 88,          /* unix peer credentials */
  SOCK2_FEATURE_PEER_PIDFD = 89,         /* SO_PEERPIDFD (Linux) */
  SOCK2_FEATURE_SO_RCVLOWAT = 90,        /* SO_RCVLOWAT */
  SOCK2_FEATURE_SO_SNDLOWAT = 91,        /* SO_SNDLOWAT */
  SOCK2_FEATURE_TCP_DEFER_ACCEPT = 92,   /* TCP_DEFER_ACCEPT (Linux) */
  SOCK2_FEATURE_ACCEPT_FILTER = 93,      /* SO_ACCEPTFILTER (FreeBSD) */
  SOCK2_FEATURE_BIND_ADDRESS_NO_PORT = 94, /* IP_BIND_ADDRESS_NO_PORT */
  SOCK2_FEATURE_LOCAL_PORT_RANGE = 95,   /* IP_LOCAL_PORT_RANGE (Linux) */
  SOCK2_FEATURE_REUSEPORT_CBPF = 96,     /* SO_ATTACH_REUSEPORT_CBPF */
  SOCK2_FEATURE_INCOMING_NAPI_ID = 97,  /* SO_INCOMING_NAPI_ID (Linux) */
  SOCK2_FEATURE_RECV_ORIG_DST = 98,     /* IP_RECVORIGDSTADDR (Linux) */
  SOCK2_FEATURE_TCP_MD5SIG = 99,        /* TCP_MD5SIG (Linux) */
  SOCK2_FEATURE_TCP_ACK_FREQUENCY = 100, /* SIO_TCP_SET_ACK_FREQUENCY */
  SOCK2_FEATURE_MPTCP = 101              /* IPPROTO_MPTCP (Linux) */
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
 * the kernel: no system call is made. A feature present in the build may
 * still be refused by an old kernel, with the kernel's error.
 *
 * @param feature  a SOCK2_FEATURE_* value.
 * @return 1 if present, 0 if absent, SOCK2_EINVAL for an unknown value.
 * @errors
 *   SOCK2_EINVAL   feature is not a SOCK2_FEATURE_* value of this version.
 * @platforms  All; the answers differ per platform (sock2-info(1) lists
 *   them).
 * @example
 *   if (sock2_has(SOCK2_FEATURE_TCP_USER_TIMEOUT) == 1)
 *     sock2_set_tcp_user_timeout(s, SOCK2_SEC(30));
 * @since  0.1.0
 * @see  sock2_feature_t(3), sock2_feature_name(3), sock2-info(1)
 */
SOCK2_EXTERN int sock2_has(sock2_feature_t feature);

/**
 * Name a feature ("SOCK_CLOEXEC"), for listings such as sock2-info's.
 *
 * Values run without gaps from 1, so iterate with
 * `for (f = 1; sock2_feature_name(f) != NULL; f++)` (in C++, pass
 * `static_cast<sock2_feature_t>(f)`).
 *
 * @param feature  a SOCK2_FEATURE_* value.
 * @return a static string, or NULL for an unknown value.
 * @errors
 *   none       the function cannot fail (NULL marks an unknown value).
 * @platforms  All.
 * @example
 *   int f;
 *   for (f = 1; sock2_feature_name(f) != NULL; f++)
 *     printf("%-24s %s\n", sock2_feature_name(f),
 *            sock2_has(f) ? "yes" : "no");
 * @since  0.1.0
 * @see  sock2_has(3), sock2_feature_t(3)
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
 * Make an empty address.
 *
 * Zeroed storage and length = sizeof(storage), ready to be filled by a raw
 * call such as getsockname() (socket2's try_init).
 *
 * @param addr  the address to fill.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EINVAL   addr is NULL.
 * @platforms  All.
 * @since  0.1.0
 * @see  sock2_addr_from_raw(3)
 */
SOCK2_EXTERN int sock2_addr_init(sock2_addr_t *addr);

/**
 * Build an IPv4 address (AF_INET).
 *
 * Sets sin_len where the platform has it. No system call is made.
 *
 * @param addr  the address to fill; unchanged on error.
 * @param ip    the four octets in network order (ip[0] is the first).
 * @param port  the port in host byte order.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EINVAL   addr or ip is NULL.
 * @platforms  All.
 * @example
 *   static const uint8_t lo[4] = { 127, 0, 0, 1 };
 *   sock2_addr_t a;
 *   sock2_addr_ipv4(&a, lo, 8080);    // 127.0.0.1:8080
 * @since  0.1.0
 * @see  sock2_addr_parse(3), sock2_addr_ipv6(3)
 */
SOCK2_EXTERN int sock2_addr_ipv4(sock2_addr_t *addr, const uint8_t ip[4],
                                 uint16_t port);

/**
 * Build an IPv6 address (AF_INET6).
 *
 * Sets sin6_len where the platform has it. No system call is made.
 *
 * @param addr      the address to fill; unchanged on error.
 * @param ip        the sixteen octets in network order.
 * @param port      the port in host byte order.
 * @param flowinfo  sin6_flowinfo, stored as given.
 * @param scope_id  sin6_scope_id (an interface index for link-local
 *                  addresses, 0 for none).
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EINVAL   addr or ip is NULL.
 *   SOCK2_ENOTSUP  scope_id is non-zero and the platform has no
 *                  sin6_scope_id.
 * @platforms  All; a non-zero scope id needs sin6_scope_id (every current
 *   system): test with sock2_has(SOCK2_FEATURE_IPV6_SCOPE_ID).
 * @example
 *   uint8_t any[16] = { 0 };          // [::]:443
 *   sock2_addr_t a;
 *   sock2_addr_ipv6(&a, any, 443, 0, 0);
 * @since  0.1.0
 * @see  sock2_addr_parse(3), sock2_addr_ipv4(3)
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
 * @param addr  the address to fill; unchanged on error.
 * @param sa    the raw address.
 * @param len   its length in bytes.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EINVAL   addr or sa is NULL, or len is out of range (too short
 *                  for the family field or the family's sockaddr, or
 *                  larger than sockaddr_storage).
 * @platforms  All.
 * @since  0.1.0
 * @see  sock2_addr_init(3)
 */
SOCK2_EXTERN int sock2_addr_from_raw(sock2_addr_t *addr,
                                     const struct sockaddr *sa, size_t len);

/**
 * Build a unix-domain pathname address (AF_UNIX).
 *
 * The length is offsetof(sun_path) + strlen(path) + 1. An empty path gives
 * the unnamed address (length offsetof(sun_path)).
 *
 * @param addr  the address to fill; unchanged on error.
 * @param path  a NUL-terminated path.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EINVAL        addr or path is NULL.
 *   SOCK2_ENAMETOOLONG  the path and its NUL do not fit sun_path (108 bytes
 *                       on Linux, 104 on macOS and the BSDs).
 *   SOCK2_ENOTSUP       the platform has no AF_UNIX.
 * @platforms  POSIX; Windows 10 1803 and later. Test with
 *   sock2_has(SOCK2_FEATURE_UNIX_SOCKETS); SOCK2_ENOTSUP without.
 * @example
 *   sock2_addr_t a;
 *   sock2_socket_t l;
 *   if (sock2_addr_unix(&a, "/run/demo.sock") == 0 &&
 *       sock2_socket(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_STREAM, 0, &l) == 0)
 *     sock2_bind(l, &a);
 * @since  0.1.0
 * @see  sock2_addr_abstract(3), sock2_addr_path(3)
 */
SOCK2_EXTERN int sock2_addr_unix(sock2_addr_t *addr, const char *path);

/**
 * Build a Linux abstract unix-domain address.
 *
 * sun_path[0] = '\0' followed by exactly len bytes of name (any bytes,
 * NULs included, no terminator).
 *
 * @param addr  the address to fill; unchanged on error.
 * @param name  the name without the leading NUL; may be NULL if len is 0.
 * @param len   its length; at most sizeof(sun_path) - 1.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EINVAL        addr is NULL, name is NULL with len > 0, or len is
 *                       above PTRDIFF_MAX (the size of no object:
 *                       (size_t)-1 and the like).
 *   SOCK2_ENAMETOOLONG  the name does not fit sun_path.
 *   SOCK2_ENOTSUP       the system has no abstract names.
 * @platforms  Linux only; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_ABSTRACT_NAMES).
 * @since  0.1.0
 * @see  sock2_addr_unix(3), sock2_addr_abstract_name(3)
 */
SOCK2_EXTERN int sock2_addr_abstract(sock2_addr_t *addr, const void *name,
                                     size_t len);

/**
 * Build a vsock address (AF_VSOCK, Linux): context id and port.
 *
 * @param addr  the address to fill; unchanged on error.
 * @param cid   the context id (VMADDR_CID_*).
 * @param port  the port.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EINVAL   addr is NULL.
 *   SOCK2_ENOTSUP  the build has no AF_VSOCK.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_VSOCK).
 * @since  0.1.0
 * @see  sock2_addr_vsock_cid_port(3)
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
 *
 * In unix paths and abstract names, `\\` is a backslash, and a backslash
 * followed by `x` and two hex digits is any byte (so NULs and control
 * bytes round-trip).
 *
 * The parser is the library's own (no inet_pton), the same on every
 * platform. Only an interface name makes system calls: if_nametoindex()
 * (on POSIX it needs a socket of its own), and, when the lookup fails, one
 * probe socket created and closed to tell "unknown" from "no descriptor
 * left", as glibc's if_nametoindex reports both as unknown.
 *
 * @param addr  the address to fill; unchanged on error.
 * @param text  the NUL-terminated text.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EINVAL        text is malformed, or addr or text is NULL.
 *   SOCK2_ENAMETOOLONG  a unix path or abstract name does not fit.
 *   SOCK2_ENODEV        the scope names an unknown interface.
 *   SOCK2_EMFILE        the interface lookup could not run: no descriptor
 *                       left in the process.
 *   SOCK2_ENFILE        the interface lookup could not run: no descriptor
 *                       left in the system.
 *   SOCK2_ENOBUFS       the interface lookup could not run (no buffer
 *                       space).
 *   SOCK2_ENOMEM        the interface lookup could not run (no memory).
 *   SOCK2_ENOTSUP       a form the platform lacks: abstract names, vsock,
 *                       scope ids, or interface names (Windows).
 * @platforms  All. Abstract names: Linux; vsock: Linux; interface names in
 *   a scope: POSIX (sock2_has(SOCK2_FEATURE_IF_NAMETOINDEX)), a numeric
 *   scope everywhere.
 * @example
 *   sock2_addr_t a;
 *   int rc = sock2_addr_parse(&a, "[::1]:8080");
 *   if (rc < 0)
 *     fprintf(stderr, "bad address: %s\n", sock2_strerror(rc));
 * @since  0.1.0
 * @see  sock2_addr_format(3), sock2_addr_t(3)
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
 * @param addr  the address to write.
 * @param buf   where to write; SOCK2_ADDR_STRLEN bytes always suffice.
 * @param size  its size.
 * @return the length written (excluding the NUL), else a negative error
 *         code.
 * @errors
 *   SOCK2_EINVAL        addr or buf is NULL, size is above PTRDIFF_MAX, or
 *                       the address is inconsistent (an IP address shorter
 *                       than its sockaddr, a len past the storage).
 *   SOCK2_ENOBUFS       buf is too small (buf is then unchanged).
 *   SOCK2_EAFNOSUPPORT  the family has no text form.
 * @platforms  All.
 * @example
 *   char text[SOCK2_ADDR_STRLEN];
 *   sock2_addr_t peer;
 *   if (sock2_peer_addr(s, &peer) == 0 &&
 *       sock2_addr_format(&peer, text, sizeof(text)) >= 0)
 *     printf("connected to %s\n", text);
 * @since  0.1.0
 * @see  sock2_addr_parse(3)
 */
SOCK2_EXTERN int sock2_addr_format(const sock2_addr_t *addr, char *buf,
                                   size_t size);

/*
 * The accessors below return SOCK2_EINVAL for NULL arguments, a size above
 * PTRDIFF_MAX, and an address whose len exceeds its storage.
 */

/**
 * The address family (AF_INET, AF_INET6, AF_UNIX, ...), 0 when unset.
 *
 * @param addr  the address.
 * @return the family (>= 0), else a negative error code.
 * @errors
 *   SOCK2_EINVAL   addr is NULL, or its len exceeds the storage.
 * @platforms  All.
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_addr_family(const sock2_addr_t *addr);

/**
 * The domain to create a matching socket with.
 *
 * Same value as sock2_addr_family() (socket2's SockAddr::domain).
 *
 * @param addr  the address.
 * @return the domain (>= 0), else a negative error code.
 * @errors
 *   SOCK2_EINVAL   addr is NULL, or its len exceeds the storage.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_addr_family
 */
SOCK2_EXTERN int sock2_addr_domain(const sock2_addr_t *addr);

/**
 * The length in use.
 *
 * @param addr  the address.
 * @return the length (>= 0), else a negative error code.
 * @errors
 *   SOCK2_EINVAL   addr is NULL, or its length exceeds the storage (it
 *                  could not be told from an error code otherwise).
 * @platforms  All.
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_addr_len(const sock2_addr_t *addr);

/**
 * The port of an IPv4 or IPv6 address, in host byte order.
 *
 * @param addr  the address.
 * @return the port, 0..65535, else a negative error code.
 * @errors
 *   SOCK2_EINVAL        addr is NULL, or its len exceeds the storage.
 *   SOCK2_EAFNOSUPPORT  the address is neither IPv4 nor IPv6.
 * @platforms  All.
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_addr_port(const sock2_addr_t *addr);

/**
 * Change the port of an IPv4 or IPv6 address.
 *
 * @param addr  the address to change; unchanged on error.
 * @param port  the port in host byte order.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EINVAL        addr is NULL, or its len exceeds the storage.
 *   SOCK2_EAFNOSUPPORT  the address is neither IPv4 nor IPv6.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_addr_port
 */
SOCK2_EXTERN int sock2_addr_set_port(sock2_addr_t *addr, uint16_t port);

/**
 * Copy out the IP address bytes (4 for IPv4, 16 for IPv6, network order).
 *
 * @param addr  the address.
 * @param out   where to write the bytes.
 * @param size  the size of out.
 * @return the number of bytes written, else a negative error code.
 * @errors
 *   SOCK2_EINVAL        addr or out is NULL, size is above PTRDIFF_MAX, or
 *                       the address's len exceeds the storage.
 *   SOCK2_ENOBUFS       size is too small.
 *   SOCK2_EAFNOSUPPORT  the address is not IP.
 * @platforms  All.
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_addr_ip(const sock2_addr_t *addr, uint8_t *out,
                               size_t size);

/**
 * The IPv6 flow information (sin6_flowinfo, as stored).
 *
 * @param addr      the address.
 * @param flowinfo  receives the flow information.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EINVAL        addr or flowinfo is NULL, or the address's len
 *                       exceeds the storage.
 *   SOCK2_EAFNOSUPPORT  the address is not IPv6.
 * @platforms  All.
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_addr_flowinfo(const sock2_addr_t *addr,
                                     uint32_t *flowinfo);

/**
 * The IPv6 scope id (sin6_scope_id).
 *
 * @param addr      the address.
 * @param scope_id  receives the scope id (an interface index, 0 for none).
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EINVAL        addr or scope_id is NULL, or the address's len
 *                       exceeds the storage.
 *   SOCK2_EAFNOSUPPORT  the address is not IPv6.
 * @platforms  All.
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_addr_scope_id(const sock2_addr_t *addr,
                                     uint32_t *scope_id);

/**
 * Copy out a unix pathname, NUL-terminated.
 *
 * @param addr  the address.
 * @param buf   where to write the path.
 * @param size  the size of buf.
 * @return the path length (without the NUL), else a negative error code.
 * @errors
 *   SOCK2_EINVAL        addr or buf is NULL, size is above PTRDIFF_MAX,
 *                       the address's len exceeds the storage, or the unix
 *                       address is unnamed or abstract.
 *   SOCK2_ENOBUFS       size cannot hold the path and its NUL.
 *   SOCK2_EAFNOSUPPORT  the address is not unix.
 * @platforms  All.
 * @since  0.1.0
 * @see  sock2_addr_unix(3)
 */
SOCK2_EXTERN int sock2_addr_path(const sock2_addr_t *addr, char *buf,
                                 size_t size);

/**
 * Copy out a Linux abstract name.
 *
 * The name is copied without the leading NUL and is not NUL-terminated: it
 * may contain NULs.
 *
 * @param addr  the address.
 * @param buf   where to write the name.
 * @param size  the size of buf.
 * @return the name length, else a negative error code.
 * @errors
 *   SOCK2_EINVAL        addr or buf is NULL, size is above PTRDIFF_MAX,
 *                       the address's len exceeds the storage, or the unix
 *                       address is not abstract.
 *   SOCK2_ENOBUFS       size is too small.
 *   SOCK2_EAFNOSUPPORT  the address is not unix.
 * @platforms  All (only Linux makes abstract addresses).
 * @since  0.1.0
 * @see  sock2_addr_abstract(3)
 */
SOCK2_EXTERN int sock2_addr_abstract_name(const sock2_addr_t *addr,
                                          void *buf, size_t size);

/**
 * The context id and port of a vsock address.
 *
 * @param addr  the address.
 * @param cid   receives the context id.
 * @param port  receives the port.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EINVAL        addr, cid or port is NULL, or the address's len
 *                       exceeds the storage.
 *   SOCK2_EAFNOSUPPORT  the address is not vsock.
 * @platforms  All (only Linux makes vsock addresses).
 * @since  0.1.0
 * @see  sock2_addr_vsock(3)
 */
SOCK2_EXTERN int sock2_addr_vsock_cid_port(const sock2_addr_t *addr,
                                           uint32_t *cid, uint32_t *port);

/**
 * 1 if the address is IPv4, else 0 (also for NULL).
 *
 * Like every sock2_addr_is_*() predicate, 0 for an address whose len
 * exceeds its storage.
 *
 * @param addr  the address, or NULL.
 * @return 1 or 0.
 * @errors
 *   none       the function cannot fail.
 * @platforms  All.
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_addr_is_ipv4(const sock2_addr_t *addr);
/**
 * 1 if the address is IPv6, else 0 (also for NULL).
 *
 * @param addr  the address, or NULL.
 * @return 1 or 0.
 * @errors
 *   none       the function cannot fail.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_addr_is_ipv4
 */
SOCK2_EXTERN int sock2_addr_is_ipv6(const sock2_addr_t *addr);
/**
 * 1 if the address is unix-domain, else 0 (also for NULL).
 *
 * @param addr  the address, or NULL.
 * @return 1 or 0.
 * @errors
 *   none       the function cannot fail.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_addr_is_ipv4
 */
SOCK2_EXTERN int sock2_addr_is_unix(const sock2_addr_t *addr);
/**
 * 1 if the address is an unnamed unix address, else 0.
 *
 * getsockname() reports an unnamed address for a socketpair end or an
 * unbound unix socket.
 *
 * @param addr  the address, or NULL.
 * @return 1 or 0 (0 for NULL).
 * @errors
 *   none       the function cannot fail.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_addr_is_ipv4
 */
SOCK2_EXTERN int sock2_addr_is_unnamed(const sock2_addr_t *addr);

/**
 * Compare two addresses over their meaningful bytes only.
 *
 * Family, port, address, flowinfo and scope for IP; the path or name bytes
 * for unix; cid and port for vsock; the first len bytes otherwise. Padding,
 * sin_zero and bytes past the length never matter, nor bytes past sun_path
 * in a unix address. Nothing past the storage is read: an address whose
 * len exceeds it equals nothing, itself included.
 *
 * @param a  an address, or NULL.
 * @param b  an address, or NULL.
 * @return 1 if equal, 0 if not (two NULLs are equal).
 * @errors
 *   none       the function cannot fail.
 * @platforms  All.
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_addr_equal(const sock2_addr_t *a,
                                  const sock2_addr_t *b);

/* ------------------------------------------------------------------------ */
/* Socket lifecycle (socket2's Socket)                                      */
/* ------------------------------------------------------------------------ */

/**
 * Create a socket with safe defaults.
 *
 * The new socket is close-on-exec (no-inherit on Windows) and, on systems
 * without MSG_NOSIGNAL, has SO_NOSIGPIPE set.
 *
 * One socket(type | SOCK_CLOEXEC) call where SOCK_CLOEXEC exists (retried
 * without the flag, then fcntl, if an old kernel says EINVAL); socket() +
 * fcntl(FD_CLOEXEC) elsewhere; plus setsockopt(SO_NOSIGPIPE) on Apple-like
 * systems. If a step after socket() fails, the socket is closed and that
 * error returned.
 *
 * sock2_socket_raw() creates a socket exactly as socket(domain, type,
 * protocol) does, setting nothing (socket2's Socket::new_raw).
 *
 * @param domain    SOCK2_DOMAIN_* (or any AF_*).
 * @param type      SOCK2_TYPE_*, optionally ORed with SOCK2_TYPE_NONBLOCK
 *                  and SOCK2_TYPE_CLOEXEC (emulated where the OS lacks
 *                  them).
 * @param protocol  SOCK2_PROTO_* or 0.
 * @param out       receives the new handle; unchanged on error.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EINVAL           out is NULL, or the OS refuses type or the flags.
 *   SOCK2_EAFNOSUPPORT     the OS has no such domain.
 *   SOCK2_EPROTONOSUPPORT  the protocol is not supported in this domain.
 *   SOCK2_ESOCKTNOSUPPORT  the type is not supported in this domain.
 *   SOCK2_EPROTOTYPE       the protocol does not match the type.
 *   SOCK2_EACCES           the process may not create such a socket (raw
 *                          sockets without privilege).
 *   SOCK2_EPERM            the same, on systems that report EPERM.
 *   SOCK2_EMFILE           the process has no descriptor left.
 *   SOCK2_ENFILE           the system has no descriptor left.
 *   SOCK2_ENOBUFS          no buffer space.
 *   SOCK2_ENOMEM           no memory.
 *   other                  the error of socket(), or of fcntl() or
 *                          setsockopt() after it (the socket is then
 *                          closed).
 * @platforms  All. SOCK_CLOEXEC and SOCK_NONBLOCK are atomic where the OS
 *   has them (sock2_has(SOCK2_FEATURE_SOCK_CLOEXEC),
 *   SOCK2_FEATURE_SOCK_NONBLOCK), one fcntl() more elsewhere; SO_NOSIGPIPE
 *   where sends lack MSG_NOSIGNAL (SOCK2_FEATURE_SO_NOSIGPIPE).
 * @example
 *   sock2_socket_t s;
 *   int rc = sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s);
 *   if (rc < 0) {
 *     fprintf(stderr, "socket: %s\n", sock2_strerror(rc));
 *     return 1;
 *   }
 *   // ...
 *   sock2_close(s);
 * @since  0.1.0
 * @see  sock2_close(3), sock2_socketpair(3), sock2(7)
 */
SOCK2_EXTERN int sock2_socket(int domain, int type, int protocol,
                              sock2_socket_t *out);

/**
 * Create a socket setting nothing.
 *
 * Exactly socket(domain, type, protocol) (socket2's Socket::new_raw):
 * not close-on-exec, no SO_NOSIGPIPE. SOCK2_TYPE_NONBLOCK and
 * SOCK2_TYPE_CLOEXEC in type are still honoured (emulated where needed).
 *
 * @param domain    SOCK2_DOMAIN_* (or any AF_*).
 * @param type      SOCK2_TYPE_*, optionally ORed with SOCK2_TYPE_NONBLOCK
 *                  and SOCK2_TYPE_CLOEXEC.
 * @param protocol  SOCK2_PROTO_* or 0.
 * @param out       receives the new handle; unchanged on error.
 * @return as sock2_socket().
 * @errors
 *   SOCK2_EINVAL           out is NULL, or the OS refuses type or the flags.
 *   SOCK2_EAFNOSUPPORT     the OS has no such domain.
 *   SOCK2_EPROTONOSUPPORT  the protocol is not supported in this domain.
 *   SOCK2_ESOCKTNOSUPPORT  the type is not supported in this domain.
 *   SOCK2_EPROTOTYPE       the protocol does not match the type.
 *   SOCK2_EACCES           the process may not create such a socket (raw
 *                          sockets without privilege).
 *   SOCK2_EPERM            the same, on systems that report EPERM.
 *   SOCK2_EMFILE           the process has no descriptor left.
 *   SOCK2_ENFILE           the system has no descriptor left.
 *   SOCK2_ENOBUFS          no buffer space.
 *   SOCK2_ENOMEM           no memory.
 *   other                  the error of socket(), or of fcntl() or
 *                          setsockopt() after it (the socket is then
 *                          closed).
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_socket
 */
SOCK2_EXTERN int sock2_socket_raw(int domain, int type, int protocol,
                                  sock2_socket_t *out);

/**
 * Create a connected pair of sockets.
 *
 * socketpair(), with the same safe defaults as sock2_socket() on both ends;
 * sock2_socketpair_raw() sets nothing (socket2's Socket::pair_raw). A step
 * that fails after socketpair() closes both ends.
 *
 * @param domain    SOCK2_DOMAIN_UNIX in practice.
 * @param type      SOCK2_TYPE_STREAM, _DGRAM or _SEQPACKET, optionally ORed
 *                  with SOCK2_TYPE_NONBLOCK and SOCK2_TYPE_CLOEXEC.
 * @param protocol  0.
 * @param sv        receives the two handles; unchanged on error.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EINVAL           sv is NULL, or the OS refuses type or the flags.
 *   SOCK2_ENOTSUP          the OS has no socketpair() (Windows).
 *   SOCK2_EAFNOSUPPORT     the domain does not support pairs.
 *   SOCK2_EPROTONOSUPPORT  the protocol is not supported.
 *   SOCK2_EMFILE           the process has no descriptor left.
 *   SOCK2_ENFILE           the system has no descriptor left.
 *   other                  the error of socketpair(), or of fcntl() or
 *                          setsockopt() after it.
 * @platforms  POSIX; SOCK2_ENOTSUP on Windows.
 * @example
 *   sock2_socket_t sv[2];
 *   char c;
 *   if (sock2_socketpair(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_STREAM, 0, sv) == 0) {
 *     sock2_send(sv[0], "x", 1);
 *     sock2_recv(sv[1], &c, 1);
 *     sock2_close(sv[0]);
 *     sock2_close(sv[1]);
 *   }
 * @since  0.1.0
 * @see  sock2_socket(3)
 */
SOCK2_EXTERN int sock2_socketpair(int domain, int type, int protocol,
                                  sock2_socket_t sv[2]);

/**
 * socketpair() setting nothing (socket2's Socket::pair_raw).
 *
 * SOCK2_TYPE_NONBLOCK and SOCK2_TYPE_CLOEXEC in type are still honoured.
 *
 * @param domain    SOCK2_DOMAIN_UNIX in practice.
 * @param type      SOCK2_TYPE_* with optional creation flags.
 * @param protocol  0.
 * @param sv        receives the two handles; unchanged on error.
 * @return as sock2_socketpair().
 * @errors
 *   SOCK2_EINVAL           sv is NULL, or the OS refuses type or the flags.
 *   SOCK2_ENOTSUP          the OS has no socketpair() (Windows).
 *   SOCK2_EAFNOSUPPORT     the domain does not support pairs.
 *   SOCK2_EPROTONOSUPPORT  the protocol is not supported.
 *   SOCK2_EMFILE           the process has no descriptor left.
 *   SOCK2_ENFILE           the system has no descriptor left.
 *   other                  the error of socketpair(), or of fcntl() or
 *                          setsockopt() after it.
 * @platforms  POSIX; SOCK2_ENOTSUP on Windows.
 * @since  0.1.0
 * @page sock2_socketpair
 */
SOCK2_EXTERN int sock2_socketpair_raw(int domain, int type, int protocol,
                                      sock2_socket_t sv[2]);

/**
 * Bind a socket to an address: bind(s, addr, addr->len).
 *
 * Here and in every call that hands an address to the kernel (connect,
 * sendto, sendmsg's msg_name through sock2_msg_set_addr()), a unix address
 * longer than struct sockaddr_un is passed with that length (what Linux
 * reports for a path that fills sun_path it refuses back), and a len past
 * the storage is SOCK2_EINVAL before any system call.
 *
 * @param s     the socket.
 * @param addr  the local address.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EBADF          s is SOCK2_INVALID_SOCKET or not an open
 *                        descriptor.
 *   SOCK2_EINVAL         addr is NULL or its len is past its storage; or the
 *                        socket is already bound.
 *   SOCK2_EADDRINUSE     the address is in use.
 *   SOCK2_EADDRNOTAVAIL  the address is not local.
 *   SOCK2_EACCES         the address is protected (a port below 1024
 *                        without privilege, a unix path not writable).
 *   SOCK2_EAFNOSUPPORT   the address's family does not match the socket.
 *   SOCK2_ENOTSOCK       s is not a socket.
 *   other                any other error bind() reports.
 * @platforms  All.
 * @example
 *   sock2_addr_t a;
 *   sock2_addr_parse(&a, "127.0.0.1:0");          // any free port
 *   if (sock2_bind(s, &a) == 0 && sock2_local_addr(s, &a) == 0)
 *     printf("bound to port %d\n", sock2_addr_port(&a));
 * @since  0.1.0
 * @see  sock2_listen(3), sock2_set_reuse_address(3)
 */
SOCK2_EXTERN int sock2_bind(sock2_socket_t s, const sock2_addr_t *addr);

/**
 * Connect a socket: connect(s, addr, addr->len).
 *
 * On a non-blocking socket this returns SOCK2_EINPROGRESS (or SOCK2_EAGAIN
 * for unix sockets) as the OS does. EINTR is returned, not retried. The
 * address length: as for sock2_bind().
 *
 * @param s     the socket.
 * @param addr  the peer's address.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EBADF          s is SOCK2_INVALID_SOCKET or not an open
 *                        descriptor.
 *   SOCK2_EINVAL         addr is NULL or its len is past its storage.
 *   SOCK2_EINPROGRESS    s is non-blocking and the connection is under way
 *                        (wait for writability, then sock2_take_error()).
 *   SOCK2_EAGAIN         a non-blocking unix socket whose listener's
 *                        backlog is full.
 *   SOCK2_EINTR          a signal interrupted the call.
 *   SOCK2_ECONNREFUSED   nobody listens there.
 *   SOCK2_ETIMEDOUT      the connection attempt timed out.
 *   SOCK2_ENETUNREACH    no route to the network.
 *   SOCK2_EHOSTUNREACH   no route to the host.
 *   SOCK2_EADDRNOTAVAIL  no local port is free, or the address is invalid.
 *   SOCK2_EISCONN        s is already connected.
 *   SOCK2_EALREADY       a previous attempt is still in progress.
 *   SOCK2_EAFNOSUPPORT   the address's family does not match the socket.
 *   SOCK2_ENOENT         a unix path that does not exist.
 *   SOCK2_ENOTSOCK       s is not a socket.
 *   other                any other error connect() reports.
 * @platforms  All.
 * @example
 *   sock2_addr_t a;
 *   sock2_socket_t s;
 *   if (sock2_addr_parse(&a, "127.0.0.1:8080") == 0 &&
 *       sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s) == 0) {
 *     int rc = sock2_connect(s, &a);
 *     if (rc < 0)
 *       fprintf(stderr, "connect: %s\n", sock2_strerror(rc));
 *     sock2_close(s);
 *   }
 * @since  0.1.0
 * @see  sock2_connect_timeout(3), sock2_take_error(3)
 */
SOCK2_EXTERN int sock2_connect(sock2_socket_t s, const sock2_addr_t *addr);

/**
 * Connect with a time limit.
 *
 * A non-blocking connect(), then poll() until the socket is writable or
 * the time is up, then SO_ERROR.
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
 * @param s        the socket.
 * @param addr     the peer's address.
 * @param timeout  how long to wait; must be > 0 (each poll rounded up to
 *                 whole milliseconds); any value up to INT64_MAX waits
 *                 that long.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_ETIMEDOUT     the time was up before the connection was made.
 *   SOCK2_EBADF         s is SOCK2_INVALID_SOCKET or not an open
 *                       descriptor.
 *   SOCK2_EINVAL        addr is NULL, its len is past its storage (before
 *                       the mode is touched), or timeout <= 0
 *                       (SOCK2_DURATION_NONE included: use sock2_connect()).
 *   SOCK2_ECONNREFUSED  nobody listens there (also a full unix listener on
 *                       the BSDs and macOS).
 *   SOCK2_EAGAIN        connect() on a socket other than unix (Linux:
 *                       routing cache full).
 *   SOCK2_ENOTCONN      the attempt ended in a hang-up with no error
 *                       recorded.
 *   other               the connection's error (SOCK2_ENETUNREACH,
 *                       SOCK2_EHOSTUNREACH, ...) or the error of a failed
 *                       fcntl, poll or getsockopt (see above for putting
 *                       the mode back).
 * @platforms  All.
 * @example
 *   sock2_addr_t a;
 *   sock2_socket_t s;
 *   int rc;
 *   sock2_addr_parse(&a, "192.0.2.1:80");
 *   if (sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s) < 0)
 *     return 1;
 *   rc = sock2_connect_timeout(s, &a, SOCK2_SEC(3));
 *   if (rc == SOCK2_ETIMEDOUT)
 *     fprintf(stderr, "no answer in 3 s\n");
 *   sock2_close(s);
 * @since  0.1.0
 * @see  sock2_connect(3), sock2_duration_t(3)
 */
SOCK2_EXTERN int sock2_connect_timeout(sock2_socket_t s,
                                       const sock2_addr_t *addr,
                                       sock2_duration_t timeout);

/**
 * Mark a socket as listening: listen(s, backlog).
 *
 * @param s        a bound stream or seqpacket socket.
 * @param backlog  the queue length (the OS clamps it; SOMAXCONN for its
 *                 maximum).
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EBADF       s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EADDRINUSE  another socket listens on the same port.
 *   SOCK2_ENOTSUP     the socket type cannot listen (a datagram socket).
 *   SOCK2_EINVAL      the socket cannot listen in its state.
 *   SOCK2_ENOTSOCK    s is not a socket.
 *   other             any other error listen() reports.
 * @platforms  All.
 * @example
 *   sock2_socket_t l;
 *   sock2_addr_t a;
 *   sock2_addr_parse(&a, "[::1]:0");
 *   if (sock2_socket(SOCK2_DOMAIN_IPV6, SOCK2_TYPE_STREAM, 0, &l) == 0 &&
 *       sock2_bind(l, &a) == 0 && sock2_listen(l, 128) == 0)
 *     puts("listening");
 * @since  0.1.0
 * @see  sock2_accept(3), sock2_bind(3)
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
 * sock2_accept_raw() sets nothing; sock2_accept4() sets exactly the flags
 * given.
 *
 * @param s     the listening socket.
 * @param out   receives the new handle; unchanged on error.
 * @param peer  receives the peer's address; may be NULL.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EBADF         s is SOCK2_INVALID_SOCKET or not an open
 *                       descriptor.
 *   SOCK2_EINVAL        out is NULL, or s is not listening.
 *   SOCK2_EAGAIN        s is non-blocking and no connection is pending.
 *   SOCK2_EINTR         a signal interrupted the call.
 *   SOCK2_ECONNABORTED  a pending connection was reset before it was
 *                       accepted.
 *   SOCK2_EMFILE        the process has no descriptor left.
 *   SOCK2_ENFILE        the system has no descriptor left.
 *   SOCK2_ENOTSOCK      s is not a socket.
 *   other               any other error of accept() or of the fcntl() or
 *                       setsockopt() after it (the new socket is then
 *                       closed).
 * @platforms  All; one system call where the OS has accept4()
 *   (sock2_has(SOCK2_FEATURE_ACCEPT4)), one fcntl() more elsewhere.
 * @example
 *   sock2_socket_t c;
 *   sock2_addr_t peer;
 *   char text[SOCK2_ADDR_STRLEN];
 *   while (sock2_accept(listener, &c, &peer) == 0) {
 *     sock2_addr_format(&peer, text, sizeof(text));
 *     printf("connection from %s\n", text);
 *     sock2_close(c);
 *   }
 * @since  0.1.0
 * @see  sock2_listen(3), sock2_set_nonblocking(3)
 */
SOCK2_EXTERN int sock2_accept(sock2_socket_t s, sock2_socket_t *out,
                              sock2_addr_t *peer);

/**
 * accept() setting nothing (socket2's Socket::accept_raw).
 *
 * On BSD-derived systems the new socket inherits O_NONBLOCK from the
 * listener, as the OS does.
 *
 * @param s     the listening socket.
 * @param out   receives the new handle; unchanged on error.
 * @param peer  receives the peer's address; may be NULL.
 * @return as sock2_accept().
 * @errors
 *   SOCK2_EBADF         s is SOCK2_INVALID_SOCKET or not an open
 *                       descriptor.
 *   SOCK2_EINVAL        out is NULL, or s is not listening.
 *   SOCK2_EAGAIN        s is non-blocking and no connection is pending.
 *   SOCK2_EINTR         a signal interrupted the call.
 *   SOCK2_ECONNABORTED  a pending connection was reset before it was
 *                       accepted.
 *   SOCK2_EMFILE        the process has no descriptor left.
 *   SOCK2_ENFILE        the system has no descriptor left.
 *   SOCK2_ENOTSOCK      s is not a socket.
 *   other               any other error of accept() or of the fcntl() or
 *                       setsockopt() after it (the new socket is then
 *                       closed).
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_accept
 */
SOCK2_EXTERN int sock2_accept_raw(sock2_socket_t s, sock2_socket_t *out,
                                  sock2_addr_t *peer);

/**
 * accept4() with the caller's flags.
 *
 * SOCK2_TYPE_NONBLOCK and/or SOCK2_TYPE_CLOEXEC, exactly those and nothing
 * else (emulated with accept() + fcntl where the OS has no accept4).
 *
 * @param s      the listening socket.
 * @param out    receives the new handle; unchanged on error.
 * @param peer   receives the peer's address; may be NULL.
 * @param flags  0, SOCK2_TYPE_NONBLOCK, SOCK2_TYPE_CLOEXEC or both.
 * @return as sock2_accept().
 * @errors
 *   SOCK2_EBADF         s is SOCK2_INVALID_SOCKET or not an open
 *                       descriptor.
 *   SOCK2_EINVAL        out is NULL, flags has other bits, or s is not
 *                       listening.
 *   SOCK2_EAGAIN        s is non-blocking and no connection is pending.
 *   SOCK2_EINTR         a signal interrupted the call.
 *   SOCK2_ECONNABORTED  a pending connection was reset before it was
 *                       accepted.
 *   SOCK2_EMFILE        the process has no descriptor left.
 *   SOCK2_ENFILE        the system has no descriptor left.
 *   SOCK2_ENOTSOCK      s is not a socket.
 *   other               any other error of accept() or of the fcntl() or
 *                       setsockopt() after it (the new socket is then
 *                       closed).
 * @platforms  All; emulated where the OS has no accept4()
 *   (sock2_has(SOCK2_FEATURE_ACCEPT4)).
 * @since  0.1.0
 * @page sock2_accept
 */
SOCK2_EXTERN int sock2_accept4(sock2_socket_t s, sock2_socket_t *out,
                               sock2_addr_t *peer, int flags);

/**
 * The socket's own address: getsockname().
 *
 * The storage past the reported length is zeroed; a length the kernel
 * reports past the storage is clamped to it.
 *
 * @param s     the socket.
 * @param addr  receives the address; unchanged on error.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    addr is NULL (on Windows also: s is not bound).
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   other           any other error getsockname() reports.
 * @platforms  All.
 * @example
 *   sock2_addr_t a;
 *   if (sock2_local_addr(s, &a) == 0)
 *     printf("local port %d\n", sock2_addr_port(&a));
 * @since  0.1.0
 * @see  sock2_addr_format(3)
 */
SOCK2_EXTERN int sock2_local_addr(sock2_socket_t s, sock2_addr_t *addr);

/**
 * The connected peer's address: getpeername().
 *
 * @param s     the socket.
 * @param addr  receives the address; unchanged on error.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    addr is NULL.
 *   SOCK2_ENOTCONN  s is not connected.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   other           any other error getpeername() reports.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_local_addr
 */
SOCK2_EXTERN int sock2_peer_addr(sock2_socket_t s, sock2_addr_t *addr);

/**
 * The socket type: getsockopt(SOL_SOCKET, SO_TYPE).
 *
 * @param s     the socket.
 * @param type  receives SOCK2_TYPE_STREAM, SOCK2_TYPE_DGRAM, ...
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    type is NULL.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   other           any other error getsockopt() reports.
 * @platforms  All.
 * @since  0.1.0
 * @see  sock2_domain(3), sock2_protocol(3)
 */
SOCK2_EXTERN int sock2_type(sock2_socket_t s, int *type);

/**
 * Duplicate a socket handle, close-on-exec (socket2's Socket::try_clone).
 *
 * One fcntl(F_DUPFD_CLOEXEC) where it exists; fcntl(F_DUPFD) + FD_CLOEXEC
 * elsewhere; WSADuplicateSocketW + WSASocketW(no-inherit) on Windows.
 *
 * @param s    the socket.
 * @param out  receives the new handle; unchanged on error.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EBADF   s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL  out is NULL.
 *   SOCK2_EMFILE  the process has no descriptor left.
 *   other         any other error of fcntl() (WSADuplicateSocketW or
 *                 WSASocketW on Windows).
 * @platforms  All; atomic where the OS has F_DUPFD_CLOEXEC
 *   (sock2_has(SOCK2_FEATURE_F_DUPFD_CLOEXEC)).
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_dup(sock2_socket_t s, sock2_socket_t *out);

/**
 * Read the non-blocking mode: fcntl(F_GETFL) & O_NONBLOCK.
 *
 * @param s   the socket.
 * @param on  receives 0 or 1.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL   on is NULL.
 *   SOCK2_ENOTSUP  Windows: Winsock cannot report the mode.
 * @platforms  POSIX; SOCK2_ENOTSUP on Windows.
 * @since  0.1.0
 * @page sock2_set_nonblocking
 */
SOCK2_EXTERN int sock2_nonblocking(sock2_socket_t s, int *on);

/**
 * Set or clear the non-blocking mode.
 *
 * fcntl(F_GETFL) and, only if it changes, fcntl(F_SETFL);
 * ioctlsocket(FIONBIO) on Windows. sock2_nonblocking() reads the mode.
 *
 * @param s   the socket.
 * @param on  non-zero for non-blocking, 0 for blocking.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EBADF  s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   other        any other error fcntl() (ioctlsocket() on Windows)
 *                reports.
 * @platforms  All.
 * @example
 *   sock2_set_nonblocking(s, 1);
 *   if (sock2_recv(s, buf, sizeof(buf)) == SOCK2_EAGAIN)
 *     puts("nothing yet");
 * @since  0.1.0
 * @see  sock2_accept4(3)
 */
SOCK2_EXTERN int sock2_set_nonblocking(sock2_socket_t s, int on);

/**
 * Set or clear close-on-exec.
 *
 * fcntl(F_GETFD) and, only if it changes, fcntl(F_SETFD);
 * SetHandleInformation(HANDLE_FLAG_INHERIT) on Windows (no-inherit).
 * sock2_cloexec() reads it.
 *
 * @param s   the socket.
 * @param on  non-zero to close the socket on exec (not inherit it).
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EBADF  s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   other        any other error fcntl() (SetHandleInformation() on
 *                Windows) reports.
 * @platforms  All.
 * @since  0.1.0
 */
SOCK2_EXTERN int sock2_set_cloexec(sock2_socket_t s, int on);

/**
 * Read close-on-exec.
 *
 * fcntl(F_GETFD) & FD_CLOEXEC; on Windows, whether the handle is
 * non-inheritable.
 *
 * @param s   the socket.
 * @param on  receives 0 or 1.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EBADF   s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL  on is NULL.
 *   other         any other error fcntl() (GetHandleInformation() on
 *                 Windows) reports.
 * @platforms  All.
 * @since  0.1.0
 * @page sock2_set_cloexec
 */
SOCK2_EXTERN int sock2_cloexec(sock2_socket_t s, int *on);

/**
 * Shut down one or both directions: shutdown(s, how).
 *
 * @param s    the socket.
 * @param how  SOCK2_SHUT_RD, SOCK2_SHUT_WR or SOCK2_SHUT_RDWR.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINVAL    how is another value.
 *   SOCK2_ENOTCONN  s is not connected.
 *   SOCK2_ENOTSOCK  s is not a socket.
 *   other           any other error shutdown() reports.
 * @platforms  All.
 * @since  0.1.0
 * @see  sock2_close(3)
 */
SOCK2_EXTERN int sock2_shutdown(sock2_socket_t s, int how);

/**
 * Close a socket: close() (closesocket() on Windows).
 *
 * The handle is gone even if an error is reported (EINTR included); do
 * not close it again.
 *
 * @param s  the socket.
 * @return 0 on success, else a negative error code.
 * @errors
 *   SOCK2_EBADF  s is SOCK2_INVALID_SOCKET or not an open descriptor.
 *   SOCK2_EINTR  a signal interrupted close() (the handle is gone anyway).
 *   SOCK2_EIO    an I/O error while closing.
 *   other        any other error close() reports.
 * @platforms  All.
 * @since  0.1.0
 * @see  sock2_shutdown(3), sock2_socket(3)
 */
SOCK2_EXTERN int sock2_close(sock2_socket_t s);

/* Data transfer and socket options. */
#include "sock2/io.h"
#include "sock2/options.h"
#include "sock2/options-ip.h"
#include "sock2/cmsg.h"
#include "sock2/batch.h"
#include "sock2/tcp-extras.h"
#include "sock2/resolve.h"
#include "sock2/wait.h"
#include "sock2/connect.h"
#include "sock2/names.h"
#include "sock2/tcpinfo.h"
#include "sock2/options-server.h"

#ifdef __cplusplus
}
#endif

#if defined(__clang__)
# pragma clang diagnostic pop
#endif

#endif /* SOCK2_H */
