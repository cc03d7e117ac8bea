/* SPDX-License-Identifier: MIT */
/*
 * libsock2 client connects: Happy Eyeballs (RFC 8305) over a list of
 * addresses, and the one-call host + service form. Included by
 * <sock2.h>; do not include it alone.
 */
#ifndef SOCK2_CONNECT_H
#define SOCK2_CONNECT_H

/*
 * One connection attempt, as reported to sock2_connect_opts_t.on_attempt
 * when it ends. start: when it began, from the start of the call; end:
 * when its outcome was known (same origin). result: 0 for the winner, the
 * attempt's error (SOCK2_ECONNREFUSED, SOCK2_ENETUNREACH, ...), or
 * SOCK2_ECANCELED for an attempt still running when another won or the
 * total time ran out (SOCK2_ETIMEDOUT then, for the ones abandoned at the
 * deadline). index: its position in the caller's list.
 */
typedef struct sock2_attempt {
  sock2_addr_t addr;
  sock2_duration_t start;
  sock2_duration_t end;
  int result;
  int index;
} sock2_attempt_t;

/* Called once per attempt, in the order the attempts end. */
typedef void (*sock2_attempt_fn)(void *arg, const sock2_attempt_t *attempt);

/*
 * Leave the winning socket non-blocking (default: blocking, as
 * sock2_socket() makes it).
 */
#define SOCK2_CONNECT_NONBLOCK 0x1u

/*
 * Options of sock2_connect_happy(): a growable struct (doc/design.md,
 * "ABI rules"); start from SOCK2_CONNECT_OPTS_INIT.
 *   flags          SOCK2_CONNECT_* bits.
 *   attempt_delay  the Connection Attempt Delay: how long an attempt runs
 *                  alone before the next starts. 0: 250 ms (RFC 8305's
 *                  recommendation); below 10 ms: 10 ms (its minimum).
 *   timeout        the whole operation's limit, > 0, or
 *                  SOCK2_DURATION_NONE (the INIT value): no limit beyond
 *                  the kernel's own connect timeout.
 *   type           the socket type: 0 means SOCK2_TYPE_STREAM.
 *   protocol       the socket protocol (0: the default).
 *   on_attempt     called for each attempt as it ends; may be NULL.
 *   arg            passed to on_attempt.
 *   reserved       0.
 */
typedef struct sock2_connect_opts {
  uint32_t size;
  uint32_t flags;
  sock2_duration_t attempt_delay;
  sock2_duration_t timeout;
  int type;
  int protocol;
  sock2_attempt_fn on_attempt;
  void *arg;
  uint64_t reserved[4];
} sock2_connect_opts_t;

#define SOCK2_CONNECT_OPTS_INIT                                               \
  {                                                                           \
    SOCK2_CAST_(uint32_t, sizeof(sock2_connect_opts_t)), 0, 0,                \
      SOCK2_DURATION_NONE, 0, 0, 0, 0,                                        \
    {                                                                         \
      0, 0, 0, 0                                                              \
    }                                                                         \
  }
/* The default and minimum Connection Attempt Delay (RFC 8305, 5). */
#define SOCK2_CONNECT_ATTEMPT_DELAY SOCK2_MSEC(250)
#define SOCK2_CONNECT_ATTEMPT_DELAY_MIN SOCK2_MSEC(10)

/**
 * Connect to the first of several addresses that answers (Happy
 * Eyeballs, RFC 8305).
 *
 * The addresses are tried in RFC 8305 section 4's order: the families
 * interleaved, IPv6 first (IPv6, IPv4, IPv6, ...), each family in the
 * order given (sock2_resolve()'s, i.e. RFC 6724's). An attempt is a
 * non-blocking socket() and connect(); the next one starts when the
 * attempt delay has passed since the last start, or at once when an
 * attempt fails. Earlier attempts keep running: the first to connect
 * wins and every other is closed. The whole operation is bounded by
 * opts->timeout. No thread is created: one poll() loop waits for all
 * attempts.
 *
 * The winner is close-on-exec (non-inheritable on Windows), raises no
 * SIGPIPE (as sock2_socket() makes it) and is blocking unless
 * SOCK2_CONNECT_NONBLOCK is given. No descriptor of another attempt
 * survives the call, on any path.
 *
 * When every attempt fails, the most meaningful error is returned:
 * SOCK2_ECONNREFUSED (something answered) over SOCK2_ETIMEDOUT over
 * SOCK2_EHOSTUNREACH / SOCK2_ENETUNREACH over any other.
 *
 * System calls of a one-address connect (POSIX): socket(), connect(),
 * poll(), getsockopt(SO_ERROR) and, to make the winner blocking,
 * fcntl(F_GETFL) and fcntl(F_SETFL): 6, fewer than the socket() plus
 * sock2_connect_timeout()'s 6 that the same connect costs by hand.
 * EINTR is returned, not retried (every attempt is closed first).
 *
 * @param addrs   the addresses (IPv4, IPv6; others are tried after them).
 * @param n       how many (at least 1).
 * @param opts    options, or NULL for SOCK2_CONNECT_OPTS_INIT's.
 * @param out     receives the connected socket; unchanged on error.
 * @param winner  receives the address that won; may be NULL.
 * @return  0.
 * @errors
 *   SOCK2_EINVAL        addrs or out is NULL, n is 0 or above INT_MAX, an
 *                       address's len is past its storage, or opts has
 *                       a bad size,
 *                       non-zero reserved fields, unknown flags, a
 *                       negative attempt_delay or a timeout of 0 or below
 *                       (but SOCK2_DURATION_NONE).
 *   SOCK2_ECONNREFUSED  every attempt was refused (or the best error).
 *   SOCK2_ETIMEDOUT     the total time ran out, or the kernel gave up.
 *   SOCK2_EHOSTUNREACH  no route to the hosts.
 *   SOCK2_ENETUNREACH   no route to the networks.
 *   SOCK2_EINTR         a signal interrupted the wait.
 *   other               the error of the last attempt (socket() failing
 *                       with SOCK2_EMFILE, SOCK2_EAFNOSUPPORT, ...).
 * @platforms  All. Windows: before Windows 10 2004 WSAPoll() does not
 *   report a refused connect, so such an attempt runs until the timeout.
 * @example
 *   sock2_addr_t a[8], won;
 *   sock2_connect_opts_t o = SOCK2_CONNECT_OPTS_INIT;
 *   sock2_socket_t s;
 *   int n = sock2_resolve("example.org", "443", NULL, a, 8, NULL);
 *   o.timeout = SOCK2_SEC(10);
 *   if (n > 0 && sock2_connect_happy(a, (size_t)n, &o, &s, &won) == 0)
 *     use(s);
 * @since  0.2.0
 * @see  sock2_connect_host(3), sock2_resolve(3), sock2_connect_timeout(3)
 */
SOCK2_EXTERN int sock2_connect_happy(const sock2_addr_t *addrs, size_t n,
                                     const sock2_connect_opts_t *opts,
                                     sock2_socket_t *out,
                                     sock2_addr_t *winner);

/**
 * Connect to a host and service in one call: resolve, then Happy
 * Eyeballs.
 *
 * sock2_resolve(host, service) for stream sockets (up to 32 addresses),
 * then sock2_connect_happy() with the default attempt delay and timeout
 * as the total limit of the connect phase (the resolution takes what the
 * system resolver takes; a numeric host takes no lookup). The socket is
 * blocking, close-on-exec, no SIGPIPE.
 *
 * @param host     a host name or IP address ("localhost", "::1").
 * @param service  a service name or port number ("http", "8080").
 * @param timeout  the connect phase's limit (> 0), or SOCK2_DURATION_NONE.
 * @param out      receives the connected socket; unchanged on error.
 * @return  0.
 * @errors
 *   SOCK2_EINVAL        host, service or out is NULL, or a bad timeout.
 *   SOCK2_EAI_NONAME    the host or service is unknown (and the other
 *                       SOCK2_EAI_* codes of sock2_resolve()).
 *   SOCK2_ECONNREFUSED  as sock2_connect_happy() (and its other codes).
 *   SOCK2_ETIMEDOUT     the connect phase ran out of time.
 *   SOCK2_EINTR         a signal interrupted the wait.
 *   other               as sock2_resolve() and sock2_connect_happy().
 * @platforms  All.
 * @example
 *   sock2_socket_t s;
 *   int err = sock2_connect_host("localhost", "8080", SOCK2_SEC(5), &s);
 *   if (err != 0)
 *     fprintf(stderr, "connect: %s\n", sock2_strerror(err));
 * @since  0.2.0
 * @see  sock2_connect_happy(3)
 */
SOCK2_EXTERN int sock2_connect_host(const char *host, const char *service,
                                    sock2_duration_t timeout,
                                    sock2_socket_t *out);

#endif /* SOCK2_CONNECT_H */
