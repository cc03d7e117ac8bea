/* SPDX-License-Identifier: MIT */
/*
 * libsock2 socket options, grouped by level as socket2 groups them.
 * Included by <sock2.h>; do not include it on its own.
 */
#ifndef SOCK2_OPTIONS_H
#define SOCK2_OPTIONS_H

/**
 * Read and clear the socket's pending error: getsockopt(SOL_SOCKET,
 * SO_ERROR) (socket2's take_error).
 * @return 0 with *err set to 0 (no error) or a negative SOCK2_E* code;
 *         SOCK2_EBADF; SOCK2_EINVAL for NULL; or the OS error.
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
 * Allow sending to broadcast addresses: SOL_SOCKET / SO_BROADCAST (int).
 * All platforms.
 * @return 0; SOCK2_EBADF; or the OS error.
 */
SOCK2_EXTERN int sock2_set_broadcast(sock2_socket_t s, int on);
/**
 * Read SOL_SOCKET / SO_BROADCAST. All platforms.
 * @return 0 with *on set to 0 or 1; SOCK2_EBADF; SOCK2_EINVAL for NULL;
 *         or the OS error.
 */
SOCK2_EXTERN int sock2_broadcast(sock2_socket_t s, int *on);

/**
 * Enable keep-alive probes: SOL_SOCKET / SO_KEEPALIVE (int). All
 * platforms. To tune the probes use sock2_set_tcp_keepalive().
 * @return 0; SOCK2_EBADF; or the OS error.
 */
SOCK2_EXTERN int sock2_set_keepalive(sock2_socket_t s, int on);
/**
 * Read SOL_SOCKET / SO_KEEPALIVE (Winsock's 1-byte reply accepted).
 * @return 0 with *on set to 0 or 1; SOCK2_EBADF; SOCK2_EINVAL for NULL;
 *         or the OS error.
 */
SOCK2_EXTERN int sock2_keepalive(sock2_socket_t s, int *on);

/**
 * Set the linger-on-close time: SOL_SOCKET / SO_LINGER with struct linger
 * (SO_LINGER_SEC on Apple, whose SO_LINGER counts clock ticks; LINGER with
 * 16-bit fields on Windows).
 *
 * @param linger  SOCK2_DURATION_NONE turns lingering off ({0, 0});
 *                otherwise {1, seconds}, rounded UP to whole seconds (0
 *                stays 0: close() then resets the connection).
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL for another negative duration;
 *         SOCK2_ERANGE if the seconds do not fit l_linger (INT_MAX on
 *         POSIX, 65535 on Windows); or the OS error.
 */
SOCK2_EXTERN int sock2_set_linger(sock2_socket_t s, sock2_duration_t linger);
/**
 * Read the linger-on-close time (SO_LINGER / SO_LINGER_SEC).
 * @return 0 with *linger set to SOCK2_DURATION_NONE (l_onoff == 0) or the
 *         time in whole seconds; SOCK2_EBADF; SOCK2_EINVAL for NULL; or the
 *         OS error.
 */
SOCK2_EXTERN int sock2_linger(sock2_socket_t s, sock2_duration_t *linger);

/**
 * Receive out-of-band data inline: SOL_SOCKET / SO_OOBINLINE (int). All
 * platforms.
 * @return 0; SOCK2_EBADF; or the OS error.
 */
SOCK2_EXTERN int sock2_set_out_of_band_inline(sock2_socket_t s, int on);
/** Read SOL_SOCKET / SO_OOBINLINE. @return as sock2_broadcast(). */
SOCK2_EXTERN int sock2_out_of_band_inline(sock2_socket_t s, int *on);

/**
 * Receive SCM_CREDENTIALS on a unix socket: SOL_SOCKET / SO_PASSCRED
 * (int). Linux (and Cygwin); SOCK2_ENOTSUP elsewhere.
 * @return 0; SOCK2_EBADF; SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_set_passcred(sock2_socket_t s, int on);
/** Read SOL_SOCKET / SO_PASSCRED. @return as sock2_broadcast(), or
 *  SOCK2_ENOTSUP. */
SOCK2_EXTERN int sock2_passcred(sock2_socket_t s, int *on);

/**
 * Set the protocol-defined priority of outgoing packets: SOL_SOCKET /
 * SO_PRIORITY (int). Linux; SOCK2_ENOTSUP elsewhere. Values outside 0..6
 * need CAP_NET_ADMIN (SOCK2_EPERM otherwise).
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL for a negative priority;
 *         SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_set_priority(sock2_socket_t s, int priority);
/** Read SOL_SOCKET / SO_PRIORITY. @return 0 with *priority set; as above. */
SOCK2_EXTERN int sock2_priority(sock2_socket_t s, int *priority);

/**
 * Set the receive buffer size: SOL_SOCKET / SO_RCVBUF (int). All
 * platforms. Linux doubles the value (for bookkeeping) and caps it at
 * net.core.rmem_max; the getter reports what the kernel keeps.
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL for a negative size; or the OS
 *         error.
 */
SOCK2_EXTERN int sock2_set_recv_buffer_size(sock2_socket_t s, int size);
/** Read SOL_SOCKET / SO_RCVBUF. @return 0 with *size set; as above. */
SOCK2_EXTERN int sock2_recv_buffer_size(sock2_socket_t s, int *size);

/**
 * Set the send buffer size: SOL_SOCKET / SO_SNDBUF (int). All platforms.
 * Linux doubles the value and caps it at net.core.wmem_max.
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL for a negative size; or the OS
 *         error.
 */
SOCK2_EXTERN int sock2_set_send_buffer_size(sock2_socket_t s, int size);
/** Read SOL_SOCKET / SO_SNDBUF. @return 0 with *size set; as above. */
SOCK2_EXTERN int sock2_send_buffer_size(sock2_socket_t s, int *size);

/**
 * Allow reuse of local addresses: SOL_SOCKET / SO_REUSEADDR (int). All
 * platforms (on Windows this is Winsock's permissive meaning, which lets
 * another socket take over the port).
 * @return 0; SOCK2_EBADF; or the OS error.
 */
SOCK2_EXTERN int sock2_set_reuse_address(sock2_socket_t s, int on);
/** Read SOL_SOCKET / SO_REUSEADDR. @return as sock2_broadcast(). */
SOCK2_EXTERN int sock2_reuse_address(sock2_socket_t s, int *on);

/**
 * Allow several sockets to bind the same port: SOL_SOCKET / SO_REUSEPORT
 * (int). Linux, the BSDs, macOS; SOCK2_ENOTSUP on Windows, Solaris.
 * @return 0; SOCK2_EBADF; SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_set_reuse_port(sock2_socket_t s, int on);
/** Read SOL_SOCKET / SO_REUSEPORT. @return as sock2_set_reuse_port(). */
SOCK2_EXTERN int sock2_reuse_port(sock2_socket_t s, int *on);

/**
 * Load-balance connections over sockets sharing a port: SOL_SOCKET /
 * SO_REUSEPORT_LB (int). FreeBSD; SOCK2_ENOTSUP elsewhere.
 * @return 0; SOCK2_EBADF; SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_set_reuse_port_lb(sock2_socket_t s, int on);
/** Read SOL_SOCKET / SO_REUSEPORT_LB. @return as above. */
SOCK2_EXTERN int sock2_reuse_port_lb(sock2_socket_t s, int *on);

/**
 * The socket's domain (address family): SOL_SOCKET / SO_DOMAIN (get only).
 * Linux, FreeBSD 13+; SOCK2_ENOTSUP elsewhere.
 * @return 0 with *domain set (SOCK2_DOMAIN_*); SOCK2_EBADF; SOCK2_EINVAL
 *         for NULL; SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_domain(sock2_socket_t s, int *domain);

/**
 * The socket's protocol: SOL_SOCKET / SO_PROTOCOL (get only) on Linux and
 * FreeBSD; the iProtocol of SO_PROTOCOL_INFOW on Windows; SOCK2_ENOTSUP
 * elsewhere. 0 means "none/default" (socket2's None), e.g. a unix socket.
 * @return 0 with *protocol set; SOCK2_EBADF; SOCK2_EINVAL for NULL;
 *         SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_protocol(sock2_socket_t s, int *protocol);

/**
 * Whether the socket is listening: SOL_SOCKET / SO_ACCEPTCONN (get only).
 * Linux, the BSDs, macOS, Windows; SOCK2_ENOTSUP where absent.
 * @return 0 with *on set to 0 or 1; SOCK2_EBADF; SOCK2_EINVAL for NULL;
 *         SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_is_listener(sock2_socket_t s, int *on);

/**
 * Set the firewall/routing mark of outgoing packets: SOL_SOCKET / SO_MARK
 * (u32 passed as int). Linux, needs CAP_NET_ADMIN (SOCK2_EPERM otherwise);
 * SOCK2_ENOTSUP elsewhere.
 * @return 0; SOCK2_EBADF; SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_set_mark(sock2_socket_t s, uint32_t mark);
/** Read SOL_SOCKET / SO_MARK. @return 0 with *mark set; as above. */
SOCK2_EXTERN int sock2_mark(sock2_socket_t s, uint32_t *mark);

/* Room for an interface name and its NUL (IFNAMSIZ on Linux). */
#define SOCK2_IFNAMSIZ 16

/**
 * Bind the socket to a network device by name: SOL_SOCKET /
 * SO_BINDTODEVICE, passing the name bytes without the NUL. NULL or ""
 * removes the binding (optlen 0). Linux (CAP_NET_RAW for a new binding on
 * older kernels); SOCK2_ENOTSUP elsewhere (see
 * sock2_bind_device_by_index_v4()).
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL for a name of SOCK2_IFNAMSIZ bytes
 *         or more (the kernel would silently cut it); SOCK2_ENODEV for an
 *         unknown device; SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_bind_device(sock2_socket_t s, const char *name);
/**
 * Read the device the socket is bound to (SO_BINDTODEVICE), as a
 * NUL-terminated name; "" when unbound.
 * @param buf   receives the name; SOCK2_IFNAMSIZ bytes always suffice.
 * @return the name length (0 when unbound); SOCK2_EBADF; SOCK2_EINVAL for
 *         NULL buf or a size above PTRDIFF_MAX; SOCK2_ENOBUFS if size
 *         cannot hold the name and its NUL (buf unchanged); SOCK2_ENOTSUP;
 *         or the OS error.
 */
SOCK2_EXTERN int sock2_device(sock2_socket_t s, char *buf, size_t size);

/**
 * Set the FIB (routing table) of the socket: SOL_SOCKET / SO_SETFIB (set
 * only). FreeBSD; SOCK2_ENOTSUP elsewhere.
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL for a fib above INT_MAX;
 *         SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_set_fib(sock2_socket_t s, uint32_t fib);

/**
 * Bind an IPv4 socket to an interface by index: SOL_SOCKET /
 * SO_BINDTOIFINDEX on Linux, IPPROTO_IP / IP_BOUND_IF on Apple (and
 * Solaris); SOCK2_ENOTSUP elsewhere. 0 removes the binding.
 *
 * Linux does not check the index: one no interface has (99999, say) is
 * stored, sock2_device_index_v4() reads it back, and the socket's traffic
 * then fails (IPv4 sends and connects with SOCK2_ENODEV, IPv6 ones with
 * SOCK2_ENETUNREACH) until the binding changes. The library adds no
 * system call to look the index up; check it with if_indextoname() first
 * if that matters. Linux needs CAP_NET_RAW to change an existing binding
 * (SOCK2_EPERM), and before 5.7 for any binding. Apple's IP_BOUND_IF, in
 * contrast, refuses an index no interface has (SOCK2_ENXIO).
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL for an index above INT_MAX;
 *         SOCK2_EPERM; SOCK2_ENXIO (Apple); SOCK2_ENOTSUP; or the OS
 *         error.
 */
SOCK2_EXTERN int sock2_bind_device_by_index_v4(sock2_socket_t s,
                                               uint32_t index);
/**
 * Read the interface index an IPv4 socket is bound to (0 = none), from the
 * option sock2_bind_device_by_index_v4() writes.
 * @return 0 with *index set; SOCK2_EBADF; SOCK2_EINVAL for NULL;
 *         SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_device_index_v4(sock2_socket_t s, uint32_t *index);
/**
 * Bind an IPv6 socket to an interface by index: SOL_SOCKET /
 * SO_BINDTOIFINDEX on Linux, IPPROTO_IPV6 / IPV6_BOUND_IF on Apple;
 * SOCK2_ENOTSUP elsewhere. 0 removes the binding.
 * @return as sock2_bind_device_by_index_v4().
 */
SOCK2_EXTERN int sock2_bind_device_by_index_v6(sock2_socket_t s,
                                               uint32_t index);
/** Read the IPv6 interface binding (0 = none). @return as the v4 getter. */
SOCK2_EXTERN int sock2_device_index_v6(sock2_socket_t s, uint32_t *index);

/**
 * Steer the socket to a CPU: SOL_SOCKET / SO_INCOMING_CPU (int). Linux;
 * SOCK2_ENOTSUP elsewhere.
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL for a negative cpu; SOCK2_ENOTSUP;
 *         or the OS error.
 */
SOCK2_EXTERN int sock2_set_cpu_affinity(sock2_socket_t s, int cpu);
/**
 * Read SOL_SOCKET / SO_INCOMING_CPU (-1 until a CPU is known).
 * @return 0 with *cpu set; as above.
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
 * Attach a classic BPF filter: SOL_SOCKET / SO_ATTACH_FILTER with a struct
 * sock_fprog {count, prog}. The kernel copies the program. Linux;
 * SOCK2_ENOTSUP elsewhere.
 * @param prog   the instructions.
 * @param count  how many; 1..65535 here (the kernel allows at most
 *               SOCK2_BPF_MAXINSNS and checks the program).
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL for NULL prog, count 0 or above
 *         65535 (never truncated), or a program the kernel rejects;
 *         SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_attach_filter(sock2_socket_t s,
                                     const sock2_sock_filter_t *prog,
                                     size_t count);
/**
 * Remove the attached filter: SOL_SOCKET / SO_DETACH_FILTER. Linux;
 * SOCK2_ENOTSUP elsewhere.
 * @return 0; SOCK2_EBADF; SOCK2_ENOENT if no filter is attached;
 *         SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_detach_filter(sock2_socket_t s);

/**
 * The socket's cookie, a 64-bit id unique for the kernel's lifetime:
 * SOL_SOCKET / SO_COOKIE (get only). Linux; SOCK2_ENOTSUP elsewhere.
 * @return 0 with *cookie set; SOCK2_EBADF; SOCK2_EINVAL for NULL;
 *         SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_cookie(sock2_socket_t s, uint64_t *cookie);

/**
 * Busy-poll budget in microseconds for blocking receives: SOL_SOCKET /
 * SO_BUSY_POLL (int). Linux; raising it needs CAP_NET_ADMIN on older
 * kernels; SOCK2_ENOTSUP elsewhere.
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL above INT_MAX; SOCK2_ENOTSUP; or
 *         the OS error.
 */
SOCK2_EXTERN int sock2_set_busy_poll(sock2_socket_t s, uint32_t usec);
/** Read SOL_SOCKET / SO_BUSY_POLL. @return 0 with *usec set; as above. */
SOCK2_EXTERN int sock2_busy_poll(sock2_socket_t s, uint32_t *usec);

/**
 * Suppress SIGPIPE for this socket: SOL_SOCKET / SO_NOSIGPIPE (int).
 * macOS and the BSDs that have it; SOCK2_ENOTSUP elsewhere (libsock2's
 * sends use MSG_NOSIGNAL there). sock2_socket() already sets it where the
 * OS needs it.
 * @return 0; SOCK2_EBADF; SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_set_nosigpipe(sock2_socket_t s, int on);
/** Read SOL_SOCKET / SO_NOSIGPIPE. @return as sock2_set_nosigpipe(). */
SOCK2_EXTERN int sock2_nosigpipe(sock2_socket_t s, int *on);

/**
 * Turn off peer-credential exchange on a Cygwin unix socket (socket2's
 * set_no_peercred): setsockopt(SOL_SOCKET, SO_PEERCRED, NULL, 0). Cygwin
 * only; SOCK2_ENOTSUP elsewhere (Linux's SO_PEERCRED is read-only).
 * @return 0; SOCK2_EBADF; SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_set_no_peercred(sock2_socket_t s);

/* ---- IPPROTO_TCP --------------------------------------------------------- */

/**
 * Disable Nagle's algorithm: IPPROTO_TCP / TCP_NODELAY (int). All
 * platforms.
 * @return 0; SOCK2_EBADF; or the OS error.
 */
SOCK2_EXTERN int sock2_set_tcp_nodelay(sock2_socket_t s, int on);
/**
 * Read IPPROTO_TCP / TCP_NODELAY (Winsock's 1-byte reply accepted).
 * @return 0 with *on set to 0 or 1; SOCK2_EBADF; SOCK2_EINVAL for NULL;
 *         or the OS error.
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
 * Make an empty keep-alive set of the given size: writes exactly size
 * bytes (the reserved fields 0, every parameter unset) and stores size in
 * ka->size. Call it through sock2_keepalive_init(ka), which passes the
 * caller's sizeof(sock2_keepalive_t).
 * @return 0; SOCK2_EINVAL if ka is NULL or size is not valid (see
 *         sock2_keepalive_t; ka is then unchanged).
 */
SOCK2_EXTERN int sock2_keepalive_init_size(sock2_keepalive_t *ka,
                                           size_t size);
/**
 * Make an empty keep-alive set: every field unset, size set.
 * @return 0, or SOCK2_EINVAL if ka is NULL.
 */
#define sock2_keepalive_init(ka)                                              \
  sock2_keepalive_init_size((ka), sizeof(sock2_keepalive_t))
/**
 * Set the idle time before the first probe (TCP_KEEPIDLE; TCP_KEEPALIVE on
 * macOS; SIO_KEEPALIVE_VALS on Windows). Applied in whole seconds, rounded
 * up (milliseconds on Windows).
 * @return 0; SOCK2_EINVAL if ka is NULL, its size is not valid or time <= 0
 *         (ka unchanged).
 */
SOCK2_EXTERN int sock2_keepalive_with_time(sock2_keepalive_t *ka,
                                           sock2_duration_t time);
/**
 * Set the time between probes (TCP_KEEPINTVL; SIO_KEEPALIVE_VALS on
 * Windows), rounded up like the time.
 * @return 0; SOCK2_EINVAL if ka is NULL, its size is not valid or
 *         interval <= 0.
 */
SOCK2_EXTERN int sock2_keepalive_with_interval(sock2_keepalive_t *ka,
                                               sock2_duration_t interval);
/**
 * Set the number of unanswered probes before the connection is dropped
 * (TCP_KEEPCNT).
 * @return 0; SOCK2_EINVAL if ka is NULL, its size is not valid or retries
 *         is 0 or above INT_MAX.
 */
SOCK2_EXTERN int sock2_keepalive_with_retries(sock2_keepalive_t *ka,
                                              uint32_t retries);

/**
 * Enable and tune TCP keep-alive in one call: setsockopt(SOL_SOCKET,
 * SO_KEEPALIVE, 1), then for each field that is set, in this order:
 * IPPROTO_TCP / TCP_KEEPIDLE (TCP_KEEPALIVE on macOS), TCP_KEEPINTVL and
 * TCP_KEEPCNT, all ints in seconds (count). On Windows: one
 * WSAIoctl(SIO_KEEPALIVE_VALS) in milliseconds, then TCP_KEEPCNT.
 * Durations round UP to whole seconds: 1.5 s becomes 2, 500 ms becomes 1,
 * never 0.
 *
 * Every field is checked before the first system call, including whether
 * the OS can set it: if it cannot, nothing is written. If the kernel
 * refuses a value (Linux caps the idle time and interval at 32767 s and
 * the count at 127), the steps before it stay applied.
 *
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL for NULL ka, an invalid size, a
 *         non-zero reserved field or an invalid field; SOCK2_ERANGE if a
 *         time does not fit the OS's unit; SOCK2_ENOTSUP if a set field
 *         cannot be applied on this OS (OpenBSD has no per-socket tuning);
 *         or the OS error.
 */
SOCK2_EXTERN int sock2_set_tcp_keepalive(sock2_socket_t s,
                                         const sock2_keepalive_t *ka);
/**
 * Read the keep-alive idle time: IPPROTO_TCP / TCP_KEEPIDLE (TCP_KEEPALIVE
 * on macOS), in seconds. SOCK2_ENOTSUP where the OS cannot report it.
 * @return 0 with *time set; SOCK2_EBADF; SOCK2_EINVAL for NULL;
 *         SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_tcp_keepalive_time(sock2_socket_t s,
                                          sock2_duration_t *time);
/**
 * Read the keep-alive interval: IPPROTO_TCP / TCP_KEEPINTVL, in seconds.
 * @return as sock2_tcp_keepalive_time().
 */
SOCK2_EXTERN int sock2_tcp_keepalive_interval(sock2_socket_t s,
                                              sock2_duration_t *interval);
/**
 * Read the keep-alive probe count: IPPROTO_TCP / TCP_KEEPCNT.
 * @return as sock2_tcp_keepalive_time().
 */
SOCK2_EXTERN int sock2_tcp_keepalive_retries(sock2_socket_t s,
                                             uint32_t *retries);

/**
 * Set the maximum segment size: IPPROTO_TCP / TCP_MAXSEG (int). POSIX
 * systems; SOCK2_ENOTSUP where absent. Linux accepts 88..32767 and may
 * report a different value once connected.
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL above INT_MAX (or as the kernel
 *         says); SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_set_tcp_mss(sock2_socket_t s, uint32_t mss);
/** Read IPPROTO_TCP / TCP_MAXSEG. @return 0 with *mss set; as above. */
SOCK2_EXTERN int sock2_tcp_mss(sock2_socket_t s, uint32_t *mss);

/**
 * Hold back partial frames: IPPROTO_TCP / TCP_CORK (int). Linux;
 * SOCK2_ENOTSUP elsewhere.
 * @return 0; SOCK2_EBADF; SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_set_tcp_cork(sock2_socket_t s, int on);
/** Read IPPROTO_TCP / TCP_CORK. @return 0 with *on set to 0 or 1. */
SOCK2_EXTERN int sock2_tcp_cork(sock2_socket_t s, int *on);

/**
 * Send ACKs at once rather than delayed: IPPROTO_TCP / TCP_QUICKACK
 * (int). Linux (the kernel may leave quick-ack mode on its own);
 * SOCK2_ENOTSUP elsewhere.
 * @return 0; SOCK2_EBADF; SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_set_tcp_quickack(sock2_socket_t s, int on);
/** Read IPPROTO_TCP / TCP_QUICKACK. @return 0 with *on set to 0 or 1. */
SOCK2_EXTERN int sock2_tcp_quickack(sock2_socket_t s, int *on);

/**
 * Use linear timeouts for thin streams: IPPROTO_TCP /
 * TCP_THIN_LINEAR_TIMEOUTS (int). Linux; SOCK2_ENOTSUP elsewhere.
 * @return 0; SOCK2_EBADF; SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_set_tcp_thin_linear_timeouts(sock2_socket_t s, int on);
/** Read IPPROTO_TCP / TCP_THIN_LINEAR_TIMEOUTS. */
SOCK2_EXTERN int sock2_tcp_thin_linear_timeouts(sock2_socket_t s, int *on);

/**
 * Limit unsent bytes in the send queue: IPPROTO_TCP / TCP_NOTSENT_LOWAT
 * (int). Linux and macOS; SOCK2_ENOTSUP elsewhere.
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL above INT_MAX; SOCK2_ENOTSUP; or
 *         the OS error.
 */
SOCK2_EXTERN int sock2_set_tcp_notsent_lowat(sock2_socket_t s,
                                             uint32_t bytes);
/** Read IPPROTO_TCP / TCP_NOTSENT_LOWAT. @return 0 with *bytes set. */
SOCK2_EXTERN int sock2_tcp_notsent_lowat(sock2_socket_t s, uint32_t *bytes);

/**
 * Drop the connection when sent data stays unacknowledged this long:
 * IPPROTO_TCP / TCP_USER_TIMEOUT (int milliseconds). Linux; SOCK2_ENOTSUP
 * elsewhere.
 * @param timeout  SOCK2_DURATION_NONE or 0 restores the system default
 *                 (writes 0); otherwise rounded UP to whole milliseconds
 *                 and clamped to INT_MAX ms (about 24.8 days).
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL for another negative duration;
 *         SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_set_tcp_user_timeout(sock2_socket_t s,
                                            sock2_duration_t timeout);
/**
 * Read IPPROTO_TCP / TCP_USER_TIMEOUT.
 * @return 0 with *timeout set (SOCK2_DURATION_NONE when 0, the system
 *         default); SOCK2_EBADF; SOCK2_EINVAL for NULL; SOCK2_ENOTSUP; or
 *         the OS error.
 */
SOCK2_EXTERN int sock2_tcp_user_timeout(sock2_socket_t s,
                                        sock2_duration_t *timeout);

/* Room for a congestion-control name and its NUL (TCP_CA_NAME_MAX). */
#define SOCK2_TCP_CA_NAME_MAX 16

/**
 * Choose the congestion-control algorithm by name ("cubic", "reno", ...):
 * IPPROTO_TCP / TCP_CONGESTION, passing the name bytes. Linux and FreeBSD;
 * SOCK2_ENOTSUP elsewhere.
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL for NULL, "" or a name of
 *         SOCK2_TCP_CA_NAME_MAX bytes or more; SOCK2_ENOENT for an
 *         algorithm the kernel does not know; SOCK2_EPERM if it is not
 *         allowed for unprivileged users; SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_set_tcp_congestion(sock2_socket_t s,
                                          const char *name);
/**
 * Read the congestion-control algorithm (TCP_CONGESTION) as a
 * NUL-terminated name.
 * @param buf  receives it; SOCK2_TCP_CA_NAME_MAX bytes always suffice.
 * @return the name length; SOCK2_EBADF; SOCK2_EINVAL for NULL buf or a
 *         size above PTRDIFF_MAX; SOCK2_ENOBUFS if size cannot hold it
 *         (buf unchanged);
 *         SOCK2_ENOTSUP; or the OS error.
 */
SOCK2_EXTERN int sock2_tcp_congestion(sock2_socket_t s, char *buf,
                                      size_t size);

/* ---- Windows-only options (SOCK2_ENOTSUP elsewhere) ---------------------- */

/**
 * Claim a port exclusively: setsockopt(SOL_SOCKET, SO_EXCLUSIVEADDRUSE).
 *
 * Windows' SO_REUSEADDR lets another socket steal a bound port; with this
 * option set before bind(), no other socket can bind the same address and
 * port, SO_REUSEADDR or not. The safe choice for Windows servers.
 * Windows only.
 *
 * @param on  non-zero to claim exclusively, 0 to stop.
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL if the socket is already bound with
 *         SO_REUSEADDR (Winsock's rule); SOCK2_ENOTSUP on other systems;
 *         or the OS error.
 */
SOCK2_EXTERN int sock2_set_exclusive_address_use(sock2_socket_t s, int on);

/**
 * Read SO_EXCLUSIVEADDRUSE: getsockopt(SOL_SOCKET, SO_EXCLUSIVEADDRUSE).
 * A 1-byte or 4-byte reply is accepted. Windows only.
 *
 * @param on  receives 0 or 1.
 * @return 0; SOCK2_EBADF; SOCK2_EINVAL for NULL; SOCK2_ENOTSUP on other
 *         systems; or the OS error.
 */
SOCK2_EXTERN int sock2_exclusive_address_use(sock2_socket_t s, int *on);

/**
 * Turn a UDP socket's connection-reset reports on or off:
 * WSAIoctl(SIO_UDP_CONNRESET, on), and WSAIoctl(SIO_UDP_NETRESET, on) as
 * well where the headers define it.
 *
 * By default Windows fails the next recv/recvfrom on a UDP socket with
 * WSAECONNRESET (SOCK2_ECONNRESET) after an earlier send drew an ICMP
 * "port unreachable", which breaks UDP servers; with on = 0 those reports
 * are dropped and receives go on normally (what Go, libuv and .NET do).
 * The setting cannot be read back. Windows only.
 *
 * @param on  non-zero to report resets (the Windows default), 0 to not.
 * @return 0; SOCK2_EBADF; SOCK2_ENOTSUP on other systems (which never
 *         report this on an unconnected UDP socket); or the OS error
 *         (SOCK2_EINVAL for a socket that is not UDP).
 */
SOCK2_EXTERN int sock2_set_udp_connreset(sock2_socket_t s, int on);

#endif /* SOCK2_OPTIONS_H */
