/* SPDX-License-Identifier: MIT */
/*
 * Fault injection for every sock2__sys_* function of the POSIX backend.
 *
 * Each row of the table below runs one operation (a public function, or
 * the sys function itself where no public one reaches it every time) on
 * fresh loopback sockets. A first run with the plan armed but empty
 * records the C library calls the operation makes (tests/fault-wrap.c
 * interposes them). Then, for each call k and each errno of its fault set
 * (EINTR, EMFILE, ENOBUFS, EIO; EPIPE for sends, raising SIGPIPE where the
 * kernel would; the fallback triggers: EINVAL for socket flags, ENOSYS for
 * accept4, EINVAL for F_DUPFD_CLOEXEC), the operation runs again with call
 * k failing; and the calls the error path makes after k are failed in
 * turn, to a depth of FAULT_DEPTH. Sends and sendfile are also made short
 * (one byte); sendfile also short and raising SIGPIPE, as Linux does when
 * the peer goes away mid-transfer (its SIGPIPE guard's path is then
 * failed in turn too). Nothing is hard-coded about the call sequence, so
 * the test follows the backend as it changes.
 *
 * Every faulted run must:
 *   - return the injected error translated (sock2_translate_sys_error),
 *     or, where the library legitimately absorbs the fault, what the run
 *     without it returned: EINTR retried by the library (the same function
 *     is called again), close()'s EINTR (the descriptor is released), a
 *     fallback errno, or a cleanup call failing after an earlier error
 *     (the earlier error wins), or the SIGPIPE guard's reading of
 *     /proc/thread-self/status (its fallback, below); if_nametoindex() may
 *     also give ENODEV, except for the resource errors;
 *   - return exactly the short count a short send gave;
 *   - leave its outputs untouched when it fails;
 *   - leak no descriptor;
 *   - leave the thread's signal mask as it was, and the pending SIGPIPE as
 *     sock2/io.h promises: one the call raised consumed, one that is not
 *     the call's (a kill() to the process, a pthread_kill() to the thread,
 *     before the call) left where it was, in the process's or the thread's
 *     own set (both read from /proc/thread-self/status where it agrees
 *     with sigpending()). Where the guard's own reading failed (its open()
 *     or first read()), its documented fallback: what became pending is
 *     consumed, but if a SIGPIPE was pending before, nothing is and the
 *     call's own stays pending with it;
 *   - leave O_NONBLOCK and FD_CLOEXEC of its sockets, SO_SNDTIMEO of its
 *     sockets, and SO_KEEPALIVE, SO_REUSEADDR and SO_RCVTIMEO of fd[0] as
 *     they were (as they are after the run without the fault, if it
 *     succeeds). Only a failed restore may leave its flag or option
 *     changed (a failed fcntl() after the operation changed a flag; the
 *     setsockopt() that puts back the SO_SNDTIMEO connect_timeout's unix
 *     wait borrowed), and the operation must then report a failure: the
 *     restore's error after a success, the connection's error otherwise
 *     (sock2.h, sock2_connect_timeout()); only sock2_set_tcp_keepalive()
 *     may leave earlier options applied (its header says so).
 *
 * The run without a fault is held to the same rules where it fails. The
 * hot paths a backend compiles static inline into lib/ (sysinline.h:
 * socket, accept, close, send, sendv, recv, recvv, getsockopt,
 * setsockopt) must show their C library call to the interposers: --wrap
 * applies to the lib/ objects they are compiled into.
 *
 * The runner reads the sock2__sys_* declarations from lib/internal.h and
 * prints "fault injection: N of M sys functions covered"; it fails unless
 * every declared function has a row whose every run passed. Rows marked
 * NOCALL are functions that make no system call on this OS (the
 * Windows-only options, the error translation): the test checks that they
 * make none (the feature table is lib/feature-list.h, no sys function).
 * A row whose function the build lacks (SOCK2_ENOTSUP before any call,
 * e.g. SO_ORIGINAL_DST without the netfilter headers) passes with "not
 * supported here".
 */
#include "tests.h"

#include "internal.h"
#include "internal-batch.h"
#include "fault.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <netdb.h>
#include <time.h>
#include <unistd.h>
#include <sys/time.h>

/* How many faults one run may carry (the first and its error path). */
#ifndef FAULT_DEPTH
# define FAULT_DEPTH 3
#endif

#define NFD 4
#define OUT_SIZE 512
#define SCAN_FDS 256

typedef struct accept_out {
  sock2_addr_t peer;
  sock2_socket_t s;
} accept_out;

typedef struct from_out {
  sock2_addr_t from;
  unsigned char buf[64];
  int rflags;
} from_out;

typedef struct fctx {
  sock2_socket_t fd[NFD]; /* made by the setup; -1 when unused or consumed */
  int file;               /* a file for sendfile, or -1 */
  sock2_addr_t addr;      /* an address the setup prepared */
  sock2_socket_t made[2]; /* sockets the operation created */
  int nmade;
  int pipe_blocked; /* the setup blocked SIGPIPE (undone after the run) */
  char path[256];   /* a unix socket path to remove after the run, or "" */
  union {
    unsigned char b[OUT_SIZE];
    sock2_addr_t a;
    int64_t i64;
    void *p;
    int i;
    sock2_socket_t s[2];
    sock2_duration_t d;
    accept_out acc;
    from_out from;
  } out; /* the operation's outputs, filled with OUT_FILL first */
} fctx;

#define OUT_FILL 0xA5

typedef struct fscen {
  const char *sys;  /* sock2__sys_NAME */
  const char *what; /* the call made, for messages */
  void (*setup)(fctx *c);
  long long (*op)(fctx *c);
  unsigned flags;
} fscen;

#define S_NOCALL 1u  /* makes no system call here */
#define S_CLOCK 2u   /* may fail the clock (its fallback is the path) */
#define S_PARTIAL 4u /* its send may be made short */
#define S_OPTS 8u    /* a failure may leave earlier options applied */

/* ---- Setups ------------------------------------------------------------- */

static void
ctx_reset(fctx *c)
{
  int i;
  for (i = 0; i < NFD; i++)
    c->fd[i] = -1;
  c->file = -1;
  c->nmade = 0;
  c->pipe_blocked = 0;
  c->path[0] = '\0';
  sock2_addr_init(&c->addr);
  memset(c->out.b, OUT_FILL, sizeof(c->out.b));
}

static void
su_none(fctx *c)
{
  (void)c;
}

static void
su_tcp(fctx *c)
{
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &c->fd[0]));
  t_loopback(SOCK2_DOMAIN_IPV4, &c->addr);
}

static void
su_tcp_nonblocking(fctx *c)
{
  su_tcp(c);
  ck_ok(sock2_set_nonblocking(c->fd[0], 1));
}

static void
su_tcp6(fctx *c)
{
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV6, SOCK2_TYPE_STREAM, 0, &c->fd[0]));
}

static void
su_bound(fctx *c)
{
  su_tcp(c);
  ck_ok(sock2_bind(c->fd[0], &c->addr));
}

static void
su_udp(fctx *c)
{
  c->fd[0] = t_udp(SOCK2_DOMAIN_IPV4, &c->addr);
}

static void
su_udp6(fctx *c)
{
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV6, SOCK2_TYPE_DGRAM, 0, &c->fd[0]));
}

/* fd[0] listens at addr; fd[1] is a fresh blocking TCP socket. */
static void
su_listener(fctx *c)
{
  c->fd[0] = t_listener(SOCK2_DOMAIN_IPV4, &c->addr);
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &c->fd[1]));
}

static void
su_listener_nb(fctx *c)
{
  su_listener(c);
  ck_ok(sock2_set_nonblocking(c->fd[1], 1));
}

/* fd[1] and an address nobody listens on (a port just released). */
static void
su_refused(fctx *c)
{
  sock2_socket_t l = t_listener(SOCK2_DOMAIN_IPV4, &c->addr);
  ck_ok(sock2_close(l));
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &c->fd[1]));
}

/*
 * A unix listener (fd[0], at addr) with backlog 0 whose queue is full of
 * non-blocking connects nobody accepts (fd[2]...), and a blocking client
 * fd[1]: Linux answers its non-blocking connect with EAGAIN, so
 * connect_timeout takes its blocking wait bounded by SO_SNDTIMEO. The BSDs
 * refuse at once (ECONNREFUSED): the row then tests that path.
 */
static void
su_unix_full(fctx *c)
{
  int n, err = 0;

  t_unix_path(c->path, sizeof(c->path), "full.sock");
  ck_ok(sock2_addr_unix(&c->addr, c->path));
  ck_ok(sock2_socket(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_STREAM, 0, &c->fd[0]));
  ck_ok(sock2_bind(c->fd[0], &c->addr));
  ck_ok(sock2_listen(c->fd[0], 0));
  for (n = 2; n < NFD; n++) {
    ck_ok(sock2_socket(SOCK2_DOMAIN_UNIX,
                       SOCK2_TYPE_STREAM | SOCK2_TYPE_NONBLOCK, 0, &c->fd[n]));
    err = sock2_connect(c->fd[n], &c->addr);
    if (err != 0)
      break;
  }
  ck_assert_msg(n < NFD, "the unix backlog never filled up");
  ck_assert_msg(err == SOCK2_EAGAIN || err == SOCK2_ECONNREFUSED,
                "filling the unix backlog: %s", sock2_err_name(err));
  ck_ok(sock2_close(c->fd[n]));
  c->fd[n] = -1;
  ck_ok(sock2_socket(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_STREAM, 0, &c->fd[1]));
}

/* The same with a non-blocking client whose send timeout is set. */
static void
su_unix_full_nb(fctx *c)
{
  su_unix_full(c);
  ck_ok(sock2_set_nonblocking(c->fd[1], 1));
  ck_ok(sock2_set_write_timeout(c->fd[1], SOCK2_MSEC(2500)));
}

/* fd[0] listens with one connection (fd[1]) waiting to be accepted. */
static void
su_pending(fctx *c)
{
  su_listener(c);
  ck_ok(sock2_connect(c->fd[1], &c->addr));
}

static void
su_tcp_pair(fctx *c)
{
  t_tcp_pair(SOCK2_DOMAIN_IPV4, &c->fd[0], &c->fd[1]);
}

static void
su_pair(fctx *c)
{
  ck_ok(sock2_socketpair(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_STREAM, 0, c->fd));
}

static const char payload[64] =
  "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde";

/* A stream pair with 64 bytes waiting at fd[0]. */
static void
su_pair_data(fctx *c)
{
  su_pair(c);
  ck_assert_int_eq(sock2_send(c->fd[1], payload, sizeof(payload)),
                   (int)sizeof(payload));
}

/* Two bound UDP sockets; fd[1]'s address in addr. */
static void
su_udp2(fctx *c)
{
  sock2_addr_t a0;
  c->fd[0] = t_udp(SOCK2_DOMAIN_IPV4, &a0);
  c->fd[1] = t_udp(SOCK2_DOMAIN_IPV4, &c->addr);
}

/* A datagram from fd[1] waiting at fd[0]. */
static void
su_udp_data(fctx *c)
{
  sock2_addr_t a0;
  c->fd[0] = t_udp(SOCK2_DOMAIN_IPV4, &a0);
  c->fd[1] = t_udp(SOCK2_DOMAIN_IPV4, &c->addr);
  ck_assert_int_eq(sock2_send_to(c->fd[1], payload, 16, &a0), 16);
}

/* A stream pair and a 4096-byte unlinked file. */
static void
su_sendfile(fctx *c)
{
  char path[] = "/tmp/sock2-fault.XXXXXX";
  char block[4096];

  su_pair(c);
  c->file = mkstemp(path);
  ck_assert_int_ne(c->file, -1);
  ck_assert_int_eq(unlink(path), 0);
  memset(block, 'f', sizeof(block));
  ck_assert_int_eq((int)write(c->file, block, sizeof(block)),
                   (int)sizeof(block));
}

/* The same with SIGPIPE blocked in the calling thread. */
static void
su_sendfile_blocked(fctx *c)
{
  sigset_t pipe_only;
  su_sendfile(c);
  sigemptyset(&pipe_only);
  sigaddset(&pipe_only, SIGPIPE);
  ck_assert_int_eq(pthread_sigmask(SIG_BLOCK, &pipe_only, NULL), 0);
  c->pipe_blocked = 1;
}

/*
 * Blocked, and a SIGPIPE someone else sent the process (kill()) pending:
 * the guard must leave it pending and still take the call's own.
 */
static void
su_sendfile_blocked_kill(fctx *c)
{
  su_sendfile_blocked(c);
  ck_assert_int_eq(kill(getpid(), SIGPIPE), 0);
}

/*
 * Blocked, and a SIGPIPE pending in the thread's own set (pthread_kill()):
 * it absorbs the call's (a standard signal is pending or not) and stays.
 */
static void
su_sendfile_blocked_own(fctx *c)
{
  su_sendfile_blocked(c);
  ck_assert_int_eq(pthread_kill(pthread_self(), SIGPIPE), 0);
}

/*
 * An error-queue entry waiting at fd[0]: a zero-copy completion (a TCP
 * pair, fd[0] the client) or a UDP transmit timestamp (fd[0] connected to
 * fd[1]). The entry may be absent where the build lacks the feature.
 */
static void
su_errqueue_wait(fctx *c)
{
  struct pollfd p;
  p.fd = c->fd[0];
  p.events = 0;
  p.revents = 0;
  (void)poll(&p, 1, 1000);
}

static void
su_zerocopy_done(fctx *c)
{
  t_tcp_pair(SOCK2_DOMAIN_IPV4, &c->fd[0], &c->fd[1]);
  if (sock2_set_zerocopy(c->fd[0], 1) == 0) {
    ck_assert_int_eq(sock2_send_with_flags(c->fd[0], payload, 64,
                                           SOCK2_MSG_ZEROCOPY),
                     64);
    su_errqueue_wait(c);
  }
}

static void
su_tstamp_done(fctx *c)
{
  su_udp2(c);
  ck_ok(sock2_connect(c->fd[0], &c->addr));
  if (sock2_set_timestamping(c->fd[0], SOCK2_TIMESTAMPING_TX_SOFTWARE |
                                         SOCK2_TIMESTAMPING_SOFTWARE |
                                         SOCK2_TIMESTAMPING_OPT_ID |
                                         SOCK2_TIMESTAMPING_OPT_TSONLY) == 0) {
    ck_assert_int_eq(sock2_send(c->fd[0], payload, 8), 8);
    su_errqueue_wait(c);
  }
}

/* ---- Operations ---------------------------------------------------------- */

static void
made(fctx *c, sock2_socket_t s)
{
  if (c->nmade < 2)
    c->made[c->nmade++] = s;
}

/* Creation and lifecycle. */
static long long
op_socket(fctx *c)
{
  sock2_socket_t s;
  int r = sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s);
  if (r == 0) {
    memcpy(c->out.b, &s, sizeof(s));
    made(c, s);
  }
  return r;
}

static long long
op_socket_raw_flags(fctx *c)
{
  sock2_socket_t *s = c->out.s;
  int r = sock2_socket_raw(SOCK2_DOMAIN_IPV4,
                           SOCK2_TYPE_DGRAM | SOCK2_TYPE_NONBLOCK |
                             SOCK2_TYPE_CLOEXEC,
                           0, s);
  if (r == 0)
    made(c, *s);
  return r;
}

static long long
op_socket_raw(fctx *c)
{
  sock2_socket_t *s = c->out.s;
  int r = sock2_socket_raw(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_DGRAM, 0, s);
  if (r == 0)
    made(c, *s);
  return r;
}

static long long
op_socketpair(fctx *c)
{
  sock2_socket_t *sv = c->out.s;
  int r = sock2_socketpair(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_STREAM, 0, sv);
  if (r == 0) {
    made(c, sv[0]);
    made(c, sv[1]);
  }
  return r;
}

static long long
op_socketpair_raw_nb(fctx *c)
{
  sock2_socket_t *sv = c->out.s;
  int r = sock2_socketpair_raw(SOCK2_DOMAIN_UNIX,
                               SOCK2_TYPE_DGRAM | SOCK2_TYPE_NONBLOCK, 0, sv);
  if (r == 0) {
    made(c, sv[0]);
    made(c, sv[1]);
  }
  return r;
}

static long long
op_bind(fctx *c)
{
  return sock2_bind(c->fd[0], &c->addr);
}

static long long
op_connect(fctx *c)
{
  return sock2_connect(c->fd[1], &c->addr);
}

static long long
op_connect_timeout(fctx *c)
{
  return sock2_connect_timeout(c->fd[1], &c->addr, SOCK2_SEC(10));
}

/* Short: the unix rows time out (nobody accepts). */
static long long
op_connect_timeout_short(fctx *c)
{
  return sock2_connect_timeout(c->fd[1], &c->addr, SOCK2_MSEC(20));
}

static long long
op_listen(fctx *c)
{
  return sock2_listen(c->fd[0], 4);
}

static long long
op_accept(fctx *c)
{
  accept_out *o = &c->out.acc;
  int r = sock2_accept(c->fd[0], &o->s, &o->peer);
  if (r == 0)
    made(c, o->s);
  return r;
}

static long long
op_accept_raw(fctx *c)
{
  accept_out *o = &c->out.acc;
  int r = sock2_accept_raw(c->fd[0], &o->s, NULL);
  if (r == 0)
    made(c, o->s);
  return r;
}

static long long
op_accept4(fctx *c)
{
  accept_out *o = &c->out.acc;
  int r = sock2_accept4(c->fd[0], &o->s, &o->peer,
                        SOCK2_TYPE_NONBLOCK | SOCK2_TYPE_CLOEXEC);
  if (r == 0)
    made(c, o->s);
  return r;
}

static long long
op_local_addr(fctx *c)
{
  return sock2_local_addr(c->fd[0], &c->out.a);
}

static long long
op_peer_addr(fctx *c)
{
  return sock2_peer_addr(c->fd[0], &c->out.a);
}

static long long
op_dup(fctx *c)
{
  sock2_socket_t *s = c->out.s;
  int r = sock2_dup(c->fd[0], s);
  if (r == 0)
    made(c, *s);
  return r;
}

static long long
op_nonblocking(fctx *c)
{
  return sock2_nonblocking(c->fd[0], &c->out.i);
}

static long long
op_set_nonblocking_1(fctx *c)
{
  return sock2_set_nonblocking(c->fd[0], 1);
}

static long long
op_set_nonblocking_0(fctx *c)
{
  return sock2_set_nonblocking(c->fd[0], 0);
}

static long long
op_cloexec(fctx *c)
{
  return sock2_cloexec(c->fd[0], &c->out.i);
}

static long long
op_set_cloexec_0(fctx *c)
{
  return sock2_set_cloexec(c->fd[0], 0);
}

static long long
op_shutdown(fctx *c)
{
  return sock2_shutdown(c->fd[0], SOCK2_SHUT_WR);
}

static long long
op_close(fctx *c)
{
  sock2_socket_t s = c->fd[0];
  c->fd[0] = -1; /* released whatever close() answers */
  return sock2_close(s);
}

/* Options. */
static long long
op_type(fctx *c)
{
  return sock2_type(c->fd[0], &c->out.i);
}

static long long
op_set_reuse_address(fctx *c)
{
  return sock2_set_reuse_address(c->fd[0], 1);
}

static long long
op_set_tcp_keepalive(fctx *c)
{
  sock2_keepalive_t ka;
  ck_ok(sock2_keepalive_init(&ka));
  ck_ok(sock2_keepalive_with_time(&ka, SOCK2_SEC(60)));
  ck_ok(sock2_keepalive_with_interval(&ka, SOCK2_SEC(10)));
  ck_ok(sock2_keepalive_with_retries(&ka, 5));
  return sock2_set_tcp_keepalive(c->fd[0], &ka);
}

static long long
op_protocol(fctx *c)
{
  return sock2_protocol(c->fd[0], &c->out.i);
}

static long long
op_attach_filter(fctx *c)
{
  /* BPF_RET | BPF_K: accept every packet whole. */
  static const sock2_sock_filter_t accept_all[1] = {
    SOCK2_SOCK_FILTER(0x06, 0, 0, 0xffffffffu)};
  return sock2_attach_filter(c->fd[0], accept_all, 1);
}

/* TCP Fast Open, zero-copy and timestamps (sock2/tcp-extras.h). */
static long long
op_connect_fastopen(fctx *c)
{
  return sock2_connect_fastopen(c->fd[1], &c->addr, payload, 16);
}

/* The growable outputs are set up here and copied out on success only. */
static long long
op_recv_zerocopy(fctx *c)
{
  sock2_zerocopy_t zc = SOCK2_ZEROCOPY_INIT;
  int r = sock2_recv_zerocopy(c->fd[0], &zc);
  if (r == 0)
    memcpy(c->out.b, &zc, sizeof(zc));
  return r;
}

static long long
op_recv_timestamping(fctx *c)
{
  sock2_timestamping_t ts = SOCK2_TIMESTAMPING_INIT;
  int r = sock2_recv_timestamping(c->fd[0], &ts);
  if (r == 0)
    memcpy(c->out.b, &ts, sizeof(ts));
  return r;
}

static const uint8_t group4[4] = {224, 0, 0, 251};
static const uint8_t lo4[4] = {127, 0, 0, 1};
static const uint8_t any4[4] = {0, 0, 0, 0};
static const uint8_t group6[16] = {0xff, 0x02, 0, 0, 0, 0, 0, 0,
                                   0,    0,    0, 0, 0, 0, 0, 0xfb};
static const uint8_t lo6[16] = {0, 0, 0, 0, 0, 0, 0, 0,
                                0, 0, 0, 0, 0, 0, 0, 1};

static long long
op_mcast_v4(fctx *c)
{
  return sock2__sys_mcast_v4(c->fd[0], 1, group4, lo4);
}

static long long
op_mcast_v4_n(fctx *c)
{
  return sock2__sys_mcast_v4_n(c->fd[0], 1, group4, 1, 1, any4);
}

static long long
op_ssm_v4(fctx *c)
{
  return sock2__sys_ssm_v4(c->fd[0], 1, lo4, group4, lo4);
}

static long long
op_mcast_v6(fctx *c)
{
  return sock2__sys_mcast_v6(c->fd[0], 1, group6, 1);
}

static long long
op_ssm_v6(fctx *c)
{
  return sock2__sys_ssm_v6(c->fd[0], 1, lo6, group6, 1);
}

static long long
op_original_dst_v4(fctx *c)
{
  return sock2_original_dst_v4(c->fd[0], &c->out.a);
}

static long long
op_original_dst_v6(fctx *c)
{
  return sock2_original_dst_v6(c->fd[0], &c->out.a);
}

static long long
op_set_exclusive(fctx *c)
{
  return sock2_set_exclusive_address_use(c->fd[0], 1);
}

static long long
op_exclusive(fctx *c)
{
  return sock2_exclusive_address_use(c->fd[0], &c->out.i);
}

static long long
op_udp_connreset(fctx *c)
{
  return sock2_set_udp_connreset(c->fd[0], 0);
}

/* Data transfer. */
static long long
op_send(fctx *c)
{
  return sock2_send(c->fd[0], payload, sizeof(payload));
}

static long long
op_send_to(fctx *c)
{
  return sock2_send_to(c->fd[0], payload, sizeof(payload), &c->addr);
}

static long long
op_recv(fctx *c)
{
  return sock2_recv(c->fd[0], c->out.b, sizeof(payload));
}

static long long
op_recv_from(fctx *c)
{
  from_out *o = &c->out.from;
  return sock2_recv_from(c->fd[0], o->buf, sizeof(o->buf), &o->from);
}

static long long
op_peek_sender(fctx *c)
{
  return sock2_peek_sender(c->fd[0], &c->out.a);
}

static long long
op_send_vectored(fctx *c)
{
  sock2_buf_t b[2];
  b[0].base = (void *)(uintptr_t)payload;
  b[0].len = 32;
  b[1].base = (void *)(uintptr_t)(payload + 32);
  b[1].len = 32;
  return sock2_send_vectored(c->fd[0], b, 2);
}

static long long
op_recv_vectored(fctx *c)
{
  from_out *o = &c->out.from;
  sock2_buf_t b[2];
  b[0].base = o->buf;
  b[0].len = 32;
  b[1].base = o->buf + 32;
  b[1].len = 32;
  return sock2_recv_vectored(c->fd[0], b, 2, &o->rflags);
}

static long long
op_sendmsg(fctx *c)
{
  sock2_msg_t m;
  sock2_buf_t b[2];
  b[0].base = (void *)(uintptr_t)payload;
  b[0].len = 32;
  b[1].base = (void *)(uintptr_t)(payload + 32);
  b[1].len = 32;
  ck_ok(sock2_msg_init(&m));
  ck_ok(sock2_msg_set_bufs(&m, b, 2));
  return sock2_sendmsg(c->fd[0], &m, 0);
}

static long long
op_recvmsg(fctx *c)
{
  from_out *o = &c->out.from;
  sock2_msg_t m;
  sock2_buf_t b[1];
  b[0].base = o->buf;
  b[0].len = sizeof(o->buf);
  ck_ok(sock2_msg_init(&m));
  ck_ok(sock2_msg_set_bufs(&m, b, 1));
  return sock2_recvmsg(c->fd[0], &m, 0);
}

/* Batches (lib/batch.c): one entry each, so a loop (no sendmmsg in the
   build) has no partial result to report. */
static long long
op_sendmmsg(fctx *c)
{
  sock2_mmsg_t m[1];
  sock2_buf_t b[1];
  b[0].base = (void *)(uintptr_t)payload;
  b[0].len = 32;
  ck_ok(sock2_msg_init(&m[0].hdr));
  ck_ok(sock2_msg_set_bufs(&m[0].hdr, b, 1));
  ck_ok(sock2_msg_set_addr(&m[0].hdr, &c->addr));
  return sock2_sendmmsg(c->fd[0], m, 1, 0);
}

static long long
op_recvmmsg(fctx *c)
{
  from_out *o = &c->out.from;
  sock2_mmsg_t m[1];
  sock2_buf_t b[1];
  b[0].base = o->buf;
  b[0].len = sizeof(o->buf);
  ck_ok(sock2_msg_init(&m[0].hdr));
  ck_ok(sock2_msg_set_bufs(&m[0].hdr, b, 1));
  return sock2_recvmmsg(c->fd[0], m, 1, 0);
}

/* The sys function itself: sock2_send_segments() falls back on EIO. */
static long long
op_send_gso(fctx *c)
{
  return sock2__sys_send_gso(c->fd[0], payload, sizeof(payload), 16,
                             (const struct sockaddr *)&c->addr.storage,
                             c->addr.len, 0);
}

static long long
op_sendfile(fctx *c)
{
  return sock2_sendfile(c->fd[0], c->file, 0, 4096);
}

static long long
op_set_read_timeout(fctx *c)
{
  return sock2_set_read_timeout(c->fd[0], SOCK2_SEC(3));
}

static long long
op_read_timeout(fctx *c)
{
  return sock2_read_timeout(c->fd[0], &c->out.d);
}

/* Time, names. */
static long long
op_monotonic(fctx *c)
{
  (void)c;
  /* A time in nanoseconds: any positive value is a success. */
  return sock2__sys_monotonic_ns() > 0 ? 0 : SOCK2_EINVAL;
}

static long long
op_error(fctx *c)
{
  (void)c;
  return sock2__sys_error(EAGAIN);
}

/* errno as the failed call left it; an errno of 0 still reads as a failure. */
static long long
op_fail(fctx *c)
{
  (void)c;
  errno = 0;
  ck_assert_int_eq(sock2__sys_fail(), SOCK2_EIO);
  errno = EAGAIN;
  return sock2__sys_fail();
}

static long long
op_if_nametoindex(fctx *c)
{
  return sock2_addr_parse(&c->out.a, "[fe80::1%lo]:80");
}

/* Control messages (lib/cmsg-kinds.c): decoders and encoders make no call. */
static unsigned char cmsg_data[64];
static unsigned char cmsg_buf[256];

static long long
op_cmsg_get_pktinfo(fctx *c)
{
  sock2_cmsg_t m = {IPPROTO_IP, IP_PKTINFO, cmsg_data, 12};
  return sock2__sys_cmsg_get_pktinfo(&m, (sock2_pktinfo_t *)(void *)c->out.b);
}

static long long
op_cmsg_get_creds(fctx *c)
{
  sock2_cmsg_t m = {SOL_SOCKET, SCM_CREDENTIALS, cmsg_data, 12};
  return sock2__sys_cmsg_get_creds(&m, (sock2_cred_t *)(void *)c->out.b);
}

static long long
op_cmsg_get_timestamp(fctx *c)
{
  sock2_cmsg_t m = {SOL_SOCKET, SO_TIMESTAMPNS, cmsg_data, 16};
  return sock2__sys_cmsg_get_timestamp(&m, &c->out.d);
}

static long long
op_cmsg_get_sock_err(fctx *c)
{
  sock2_cmsg_t m = {IPPROTO_IP, IP_RECVERR, cmsg_data, 16};
  return sock2__sys_cmsg_get_sock_err(&m,
                                      (sock2_sock_err_t *)(void *)c->out.b);
}

static long long
op_cmsg_get_orig_dst(fctx *c)
{
  struct sockaddr_in sin;
  unsigned char raw[sizeof(sin)];
#ifdef IP_ORIGDSTADDR
  sock2_cmsg_t m = {IPPROTO_IP, IP_ORIGDSTADDR, raw, sizeof(raw)};
#else
  sock2_cmsg_t m = {IPPROTO_IP, -1, raw, sizeof(raw)};
#endif
  memset(&sin, 0, sizeof(sin));
  sin.sin_family = AF_INET;
  sin.sin_port = htons(53);
  memcpy(raw, &sin, sizeof(sin));
  return sock2__sys_cmsg_get_orig_dst(&m, &c->out.a);
}

static long long
op_cmsg_put_pktinfo(fctx *c)
{
  sock2_cmsg_writer_t w;
  (void)c;
  ck_ok(sock2_cmsg_writer_init(&w, cmsg_buf, sizeof(cmsg_buf)));
  return sock2__sys_cmsg_put_pktinfo(&w, 0, NULL, 1);
}

static long long
op_cmsg_put_creds(fctx *c)
{
  sock2_cmsg_writer_t w;
  sock2_cred_t cr = {1, 0, 0, 0};
  (void)c;
  ck_ok(sock2_cmsg_writer_init(&w, cmsg_buf, sizeof(cmsg_buf)));
  return sock2__sys_cmsg_put_creds(&w, &cr);
}

static long long
op_set_mtu_discover(fctx *c)
{
  return sock2_set_mtu_discover_v4(c->fd[0], SOCK2_PMTUDISC_DO);
}

static long long
op_mtu_discover(fctx *c)
{
  return sock2_mtu_discover_v6(c->fd[0], &c->out.i);
}

static long long
op_set_recv_pktinfo_v4(fctx *c)
{
  return sock2_set_recv_pktinfo_v4(c->fd[0], 1);
}

static long long
op_recv_pktinfo_v4(fctx *c)
{
  return sock2_recv_pktinfo_v4(c->fd[0], &c->out.i);
}

/* Resolution, waiting, Happy Eyeballs, names (issue 12). */
static long long
op_getaddrinfo(fctx *c)
{
  sock2_resolve_hints_t h = SOCK2_RESOLVE_HINTS_INIT;
  h.type = SOCK2_TYPE_STREAM;
  h.family = SOCK2_DOMAIN_IPV4;
  /* localhost: the hosts file, never DNS. */
  return sock2_resolve("localhost", "80", &h, &c->out.a, 1, NULL);
}

static long long
op_getnameinfo(fctx *c)
{
  sock2_addr_t a;
  ck_ok(sock2_addr_parse(&a, "127.0.0.1:80"));
  return sock2_resolve_reverse(&a, (char *)c->out.b, 64,
                               (char *)c->out.b + 64, 16,
                               SOCK2_NAMEINFO_NUMERIC_HOST |
                                 SOCK2_NAMEINFO_NUMERIC_SERVICE);
}

static long long
op_wait(fctx *c)
{
  return sock2_wait(c->fd[0], SOCK2_WAIT_WRITE, SOCK2_SEC(5));
}

static long long
op_connect_happy(fctx *c)
{
  accept_out *o = &c->out.acc;
  int r = sock2_connect_happy(&c->addr, 1, NULL, &o->s, &o->peer);
  if (r == 0)
    made(c, o->s);
  return r;
}

static long long
op_const_name(fctx *c)
{
  return sock2_option_name(6 /* IPPROTO_TCP */, 1, (char *)c->out.b, 64);
}

/* ---- Connection insight and server options (issue 11) ------------------ */

extern int __real_close(int fd);

/* A TCP socket with SO_REUSEPORT (a reuseport group of one once bound). */
static void
su_reuseport(fctx *c)
{
  su_tcp(c);
  if (sock2_has(SOCK2_FEATURE_SO_REUSEPORT) == 1)
    ck_ok(sock2_set_reuse_port(c->fd[0], 1));
}

/*
 * The growable structs live on the stack (their size must be set before
 * the call); a failed call must leave them as they were, which marks the
 * output as touched when it does not.
 */
static long long
op_tcp_info(fctx *c)
{
  sock2_tcp_info_t ti = SOCK2_TCP_INFO_INIT, before = SOCK2_TCP_INFO_INIT;
  int rc = sock2_tcp_info(c->fd[0], &ti);
  if (rc == 0)
    memcpy(c->out.b, &ti, sizeof(ti));
  else if (memcmp(&ti, &before, sizeof(ti)) != 0)
    c->out.b[0] = 0;
  return rc;
}

static long long
op_tcp_info_raw(fctx *c)
{
  return sock2_tcp_info_raw(c->fd[0], c->out.b, 256);
}

static long long
op_peer_cred(fctx *c)
{
  sock2_peer_cred_t pc = SOCK2_PEER_CRED_INIT, before = SOCK2_PEER_CRED_INIT;
  int rc = sock2_peer_cred(c->fd[0], &pc);
  if (rc == 0)
    memcpy(c->out.b, &pc, sizeof(pc));
  else if (memcmp(&pc, &before, sizeof(pc)) != 0)
    c->out.b[0] = 0;
  return rc;
}

static long long
op_peer_pidfd(fctx *c)
{
  int rc = sock2_peer_pidfd(c->fd[0], &c->out.i);
  /* The pidfd is the caller's: closed here, past the interposer. */
  if (rc == 0)
    __real_close(c->out.i);
  return rc;
}

static long long
op_attach_reuseport_cbpf(fctx *c)
{
  static const sock2_sock_filter_t ret0[1] = {{0x06, 0, 0, 0}};
  return sock2_attach_reuseport_cbpf(c->fd[0], ret0, 1);
}

static long long
op_set_accept_filter(fctx *c)
{
  return sock2_set_accept_filter(c->fd[0], "dataready", NULL);
}

static long long
op_set_tcp_md5sig(fctx *c)
{
  return sock2_set_tcp_md5sig(c->fd[0], &c->addr, "key", 3);
}

static long long
op_set_tcp_ack_frequency(fctx *c)
{
  return sock2_set_tcp_ack_frequency(c->fd[0], 2);
}

/*
 * The table: every sock2__sys_* function of lib/internal.h, its rows
 * together (each function is one test case).
 */
static const fscen scen[] = {
  {"socket", "sock2_socket(IPV4, STREAM)", su_none, op_socket, 0},
  {"socket", "sock2_socket_raw(IPV4, DGRAM|NONBLOCK|CLOEXEC)", su_none,
   op_socket_raw_flags, 0},
  {"socket", "sock2_socket_raw(UNIX, DGRAM)", su_none, op_socket_raw, 0},
  {"socketpair", "sock2_socketpair(UNIX, STREAM)", su_none, op_socketpair,
   0},
  {"socketpair", "sock2_socketpair_raw(UNIX, DGRAM|NONBLOCK)", su_none,
   op_socketpair_raw_nb, 0},
  {"bind", "sock2_bind", su_tcp, op_bind, 0},
  {"connect", "sock2_connect", su_listener, op_connect, 0},
  {"listen", "sock2_listen", su_bound, op_listen, 0},
  {"accept", "sock2_accept", su_pending, op_accept, 0},
  {"accept", "sock2_accept_raw(peer NULL)", su_pending, op_accept_raw, 0},
  {"accept", "sock2_accept4(NONBLOCK|CLOEXEC)", su_pending, op_accept4, 0},
  {"getsockname", "sock2_local_addr", su_udp, op_local_addr, 0},
  {"getpeername", "sock2_peer_addr", su_tcp_pair, op_peer_addr, 0},
  {"dup", "sock2_dup", su_tcp, op_dup, 0},
  {"nonblocking", "sock2_nonblocking", su_tcp, op_nonblocking, 0},
  {"set_nonblocking", "sock2_set_nonblocking(1)", su_tcp,
   op_set_nonblocking_1, 0},
  {"set_nonblocking", "sock2_set_nonblocking(0)", su_tcp_nonblocking,
   op_set_nonblocking_0, 0},
  {"cloexec", "sock2_cloexec", su_tcp, op_cloexec, 0},
  {"set_cloexec", "sock2_set_cloexec(0)", su_tcp, op_set_cloexec_0, 0},
  {"shutdown", "sock2_shutdown(WR)", su_tcp_pair, op_shutdown, 0},
  {"close", "sock2_close", su_tcp, op_close, 0},
  {"getsockopt", "sock2_type", su_tcp, op_type, 0},
  {"setsockopt", "sock2_set_reuse_address", su_tcp, op_set_reuse_address,
   0},
  {"set_tcp_keepalive", "sock2_set_tcp_keepalive(60 s, 10 s, 5)", su_tcp,
   op_set_tcp_keepalive, S_OPTS},
  {"protocol", "sock2_protocol", su_tcp, op_protocol, 0},
  {"attach_filter", "sock2_attach_filter", su_udp, op_attach_filter, 0},
  {"mcast_v4", "join 224.0.0.251 on 127.0.0.1", su_udp, op_mcast_v4, 0},
  {"mcast_v4_n", "join 224.0.0.251 on index 1", su_udp, op_mcast_v4_n, 0},
  {"ssm_v4", "join 127.0.0.1 -> 224.0.0.251", su_udp, op_ssm_v4, 0},
  {"mcast_v6", "join ff02::fb on index 1", su_udp6, op_mcast_v6, 0},
  {"ssm_v6", "join ::1 -> ff02::fb on index 1", su_udp6, op_ssm_v6, 0},
  {"original_dst_v4", "sock2_original_dst_v4", su_tcp_pair,
   op_original_dst_v4, 0},
  {"original_dst_v6", "sock2_original_dst_v6", su_tcp6, op_original_dst_v6,
   0},
  {"set_exclusive_address_use", "sock2_set_exclusive_address_use", su_tcp,
   op_set_exclusive, S_NOCALL},
  {"exclusive_address_use", "sock2_exclusive_address_use", su_tcp,
   op_exclusive, S_NOCALL},
  {"set_udp_connreset", "sock2_set_udp_connreset", su_udp, op_udp_connreset,
   S_NOCALL},
  {"send", "sock2_send(64 B)", su_pair, op_send, S_PARTIAL},
  {"sendto", "sock2_send_to(64 B)", su_udp2, op_send_to, S_PARTIAL},
  {"recv", "sock2_recv", su_pair_data, op_recv, 0},
  {"recvfrom", "sock2_recv_from", su_udp_data, op_recv_from, 0},
  {"sendv", "sock2_send_vectored(2 x 32 B)", su_pair, op_send_vectored,
   S_PARTIAL},
  {"recvv", "sock2_recv_vectored", su_pair_data, op_recv_vectored, 0},
  {"sendmsg", "sock2_sendmsg(2 x 32 B)", su_pair, op_sendmsg, S_PARTIAL},
  {"recvmsg", "sock2_recvmsg", su_pair_data, op_recvmsg, 0},
  {"peek_sender", "sock2_peek_sender", su_udp_data, op_peek_sender, 0},
  {"sendmmsg", "sock2_sendmmsg(1 x 32 B)", su_udp2, op_sendmmsg, 0},
  {"recvmmsg", "sock2_recvmmsg(1)", su_udp_data, op_recvmmsg, 0},
#if HAVE_DECL_UDP_SEGMENT
  {"send_gso", "GSO sendmsg(64 B, 16 B segments)", su_udp2, op_send_gso, 0},
#else
  {"send_gso", "GSO send (not in this build)", su_udp2, op_send_gso,
   S_NOCALL},
#endif
  {"sendfile", "sock2_sendfile(4096 B)", su_sendfile, op_sendfile,
   S_PARTIAL},
  {"sendfile", "sock2_sendfile(4096 B, SIGPIPE blocked)", su_sendfile_blocked,
   op_sendfile, S_PARTIAL},
  {"sendfile", "sock2_sendfile(4096 B, blocked, a kill()ed one pending)",
   su_sendfile_blocked_kill, op_sendfile, S_PARTIAL},
  {"sendfile", "sock2_sendfile(4096 B, blocked, the thread's own pending)",
   su_sendfile_blocked_own, op_sendfile, S_PARTIAL},
  {"set_timeout", "sock2_set_read_timeout", su_tcp, op_set_read_timeout, 0},
  {"timeout", "sock2_read_timeout", su_tcp, op_read_timeout, 0},
  {"connect_timeout", "sock2_connect_timeout(TCP, blocking)", su_listener,
   op_connect_timeout, 0},
  {"connect_timeout", "sock2_connect_timeout(TCP, non-blocking)",
   su_listener_nb, op_connect_timeout, 0},
  {"connect_timeout", "sock2_connect_timeout(TCP, refused)", su_refused,
   op_connect_timeout, 0},
  {"connect_timeout", "sock2_connect_timeout(unix, backlog full, 20 ms)",
   su_unix_full, op_connect_timeout_short, 0},
  {"connect_timeout",
   "sock2_connect_timeout(unix, non-blocking, SO_SNDTIMEO 2.5 s, backlog "
   "full, 20 ms)",
   su_unix_full_nb, op_connect_timeout_short, 0},
  {"monotonic_ns", "sock2__sys_monotonic_ns", su_none, op_monotonic,
   S_CLOCK},
  {"error", "sock2__sys_error(EAGAIN)", su_none, op_error, S_NOCALL},
  {"fail", "sock2__sys_fail(), errno EAGAIN", su_none, op_fail, S_NOCALL},
  {"if_nametoindex", "sock2_addr_parse([fe80::1%lo]:80)", su_none,
   op_if_nametoindex, 0},
  {"cmsg_get_pktinfo", "IP_PKTINFO decoder", su_none, op_cmsg_get_pktinfo,
   S_NOCALL},
  {"cmsg_get_creds", "SCM_CREDENTIALS decoder", su_none, op_cmsg_get_creds,
   S_NOCALL},
  {"cmsg_get_timestamp", "SCM_TIMESTAMPNS decoder", su_none,
   op_cmsg_get_timestamp, S_NOCALL},
  {"cmsg_get_sock_err", "IP_RECVERR decoder", su_none, op_cmsg_get_sock_err,
   S_NOCALL},
  {"cmsg_get_orig_dst", "IP_ORIGDSTADDR decoder", su_none,
   op_cmsg_get_orig_dst, S_NOCALL},
  {"cmsg_put_pktinfo", "IP_PKTINFO encoder", su_none, op_cmsg_put_pktinfo,
   S_NOCALL},
  {"cmsg_put_creds", "SCM_CREDENTIALS encoder", su_none, op_cmsg_put_creds,
   S_NOCALL},
  {"set_mtu_discover", "sock2_set_mtu_discover_v4(DO)", su_udp,
   op_set_mtu_discover, 0},
  {"mtu_discover", "sock2_mtu_discover_v6", su_udp6, op_mtu_discover, 0},
  {"set_recv_pktinfo_v4", "sock2_set_recv_pktinfo_v4", su_udp,
   op_set_recv_pktinfo_v4, 0},
  {"recv_pktinfo_v4", "sock2_recv_pktinfo_v4", su_udp, op_recv_pktinfo_v4,
   0},
  {"connect_fastopen", "sock2_connect_fastopen(16 B)", su_listener,
   op_connect_fastopen, S_PARTIAL},
  {"recvmsg", "sock2_recv_zerocopy(a completion queued)", su_zerocopy_done,
   op_recv_zerocopy, 0},
  {"recvmsg", "sock2_recv_timestamping(a stamp queued)", su_tstamp_done,
   op_recv_timestamping, 0},
  {"getaddrinfo", "sock2_resolve(localhost, 80)", su_none, op_getaddrinfo,
   0},
  {"getnameinfo", "sock2_resolve_reverse(127.0.0.1:80, numeric)", su_none,
   op_getnameinfo, 0},
  {"poll", "sock2_wait(WRITE, 5 s)", su_tcp_pair, op_wait, 0},
  {"poll", "sock2_connect_happy(1 address, listening)", su_listener,
   op_connect_happy, S_CLOCK},
  {"poll", "sock2_connect_happy(1 address, refused)", su_refused,
   op_connect_happy, S_CLOCK},
  {"const_name", "sock2_option_name(IPPROTO_TCP, 1)", su_none, op_const_name,
   S_NOCALL},
  {"tcp_info", "sock2_tcp_info", su_tcp_pair, op_tcp_info, 0},
  {"tcp_info_raw", "sock2_tcp_info_raw(256 B)", su_tcp_pair, op_tcp_info_raw,
   0},
  {"peer_cred", "sock2_peer_cred(socketpair)", su_pair, op_peer_cred, 0},
  {"peer_pidfd", "sock2_peer_pidfd(socketpair)", su_pair, op_peer_pidfd, 0},
  {"attach_reuseport_cbpf", "sock2_attach_reuseport_cbpf(ret 0)",
   su_reuseport, op_attach_reuseport_cbpf, 0},
  {"set_accept_filter", "sock2_set_accept_filter(dataready)", su_listener,
   op_set_accept_filter, 0},
  {"set_tcp_md5sig", "sock2_set_tcp_md5sig(127.0.0.1)", su_tcp,
   op_set_tcp_md5sig, 0},
  {"set_tcp_ack_frequency", "sock2_set_tcp_ack_frequency(2)", su_tcp,
   op_set_tcp_ack_frequency, 0},
};
#define NSCEN (sizeof(scen) / sizeof(scen[0]))

/* ---- Observed state ------------------------------------------------------ */

extern int __real_fcntl(int fd, int cmd, ...);
extern int __real_pthread_sigmask(int how, const sigset_t *set,
                                  sigset_t *old);

#define NSIGS 65

typedef struct fstate {
  int fd[NFD];   /* the setup sockets' numbers */
  int fl[NFD];   /* O_NONBLOCK of each setup socket, -1 if none */
  int fdfl[NFD]; /* FD_CLOEXEC */
  int mfl[2], mfdfl[2];
  unsigned char mask[NSIGS];
  int pipe_pending; /* SIGPIPE pending (sigpending(): thread or process) */
  /*
   * Where, from /proc/thread-self/status: in the thread's own set
   * (SigPnd), in the process's (ShdPnd); both -1 where that cannot be
   * read or disagrees with sigpending() (not Linux, valgrind).
   */
  int pipe_own, pipe_shared;
  /* Options of fd[0] no failed call may leave changed. */
  int keepalive, reuse;
  struct timeval rcvtimeo;
  /* SO_SNDTIMEO of each setup socket (connect_timeout borrows it). */
  struct timeval sndtimeo[NFD];
} fstate;

/*
 * Whether SIGPIPE is in the hex signal mask of the /proc status line
 * "key:\tHEX": 1, 0, or -1 for no such line.
 */
static int
proc_mask_has(const char *line, const char *key)
{
  size_t n = strlen(key);
  unsigned long long mask;
  if (strncmp(line, key, n) != 0)
    return -1;
  mask = strtoull(line + n, NULL, 16);
  return (int)((mask >> (SIGPIPE - 1)) & 1);
}

static void
snap_pipe_where(fstate *st)
{
  FILE *f = fopen("/proc/thread-self/status", "r");
  char line[256];
  int v;

  st->pipe_own = st->pipe_shared = -1;
  if (f == NULL)
    return;
  while (fgets(line, sizeof(line), f) != NULL) {
    if ((v = proc_mask_has(line, "SigPnd:")) != -1)
      st->pipe_own = v;
    else if ((v = proc_mask_has(line, "ShdPnd:")) != -1)
      st->pipe_shared = v;
  }
  fclose(f);
  if (st->pipe_own == -1 || st->pipe_shared == -1 ||
      (st->pipe_own || st->pipe_shared) != st->pipe_pending)
    st->pipe_own = st->pipe_shared = -1;
}

static void
snap_fds(unsigned char *open)
{
  int fd;
  for (fd = 0; fd < SCAN_FDS; fd++)
    open[fd] = __real_fcntl(fd, F_GETFD) != -1;
}

static int
flag_of(int fd, int get, int bit)
{
  int v;
  if (fd < 0)
    return -1;
  v = __real_fcntl(fd, get);
  return v == -1 ? -2 : (v & bit) != 0;
}

static void
snap_state(const fctx *c, fstate *st)
{
  sigset_t m, p;
  int i;

  memset(st, 0, sizeof(*st));
  for (i = 0; i < NFD; i++) {
    st->fd[i] = c->fd[i];
    st->fl[i] = flag_of(c->fd[i], F_GETFL, O_NONBLOCK);
    st->fdfl[i] = flag_of(c->fd[i], F_GETFD, FD_CLOEXEC);
  }
  for (i = 0; i < 2; i++) {
    st->mfl[i] = i < c->nmade ? flag_of(c->made[i], F_GETFL, O_NONBLOCK)
                              : -1;
    st->mfdfl[i] = i < c->nmade ? flag_of(c->made[i], F_GETFD, FD_CLOEXEC)
                                : -1;
  }
  sigemptyset(&m);
  __real_pthread_sigmask(SIG_BLOCK, NULL, &m);
  for (i = 1; i < NSIGS; i++)
    st->mask[i] = (unsigned char)(sigismember(&m, i) == 1);
  sigemptyset(&p);
  sigpending(&p);
  st->pipe_pending = sigismember(&p, SIGPIPE) == 1;
  snap_pipe_where(st);
  for (i = 0; i < NFD; i++) {
    socklen_t len = sizeof(st->sndtimeo[i]);
    if (c->fd[i] >= 0)
      getsockopt(c->fd[i], SOL_SOCKET, SO_SNDTIMEO, &st->sndtimeo[i], &len);
  }
  if (c->fd[0] >= 0) {
    socklen_t len = sizeof(st->keepalive);
    getsockopt(c->fd[0], SOL_SOCKET, SO_KEEPALIVE, &st->keepalive, &len);
    len = sizeof(st->reuse);
    getsockopt(c->fd[0], SOL_SOCKET, SO_REUSEADDR, &st->reuse, &len);
    len = sizeof(st->rcvtimeo);
    getsockopt(c->fd[0], SOL_SOCKET, SO_RCVTIMEO, &st->rcvtimeo, &len);
  }
}

static int
state_opts_equal(const fstate *a, const fstate *b)
{
  int i;
  for (i = 0; i < NFD; i++)
    if (a->fd[i] >= 0 && b->fd[i] >= 0 &&
        (a->sndtimeo[i].tv_sec != b->sndtimeo[i].tv_sec ||
         a->sndtimeo[i].tv_usec != b->sndtimeo[i].tv_usec))
      return 0;
  return a->keepalive == b->keepalive && a->reuse == b->reuse &&
         a->rcvtimeo.tv_sec == b->rcvtimeo.tv_sec &&
         a->rcvtimeo.tv_usec == b->rcvtimeo.tv_usec;
}

/* ---- One run ------------------------------------------------------------- */

typedef struct frun {
  long long rc;
  int ncalls;
  fault_call calls[FAULT_MAX_CALLS];
  int nfaults;
  int at[FAULT_MAX_FAULTS], err[FAULT_MAX_FAULTS];
  fstate before, after;
  int out_touched;
  int leaked;        /* a descriptor left open, or -1 */
  int created_open;  /* a created descriptor neither closed nor an output */
  int raised;        /* SIGPIPEs the interposers raised (as the kernel) */
} frun;

static void
do_run(const fscen *sc, const frun *plan, frun *r)
{
  static unsigned char open0[SCAN_FDS], open1[SCAN_FDS];
  fctx c;
  int i, j;

  memset(r, 0, sizeof(*r));
  r->leaked = -1;
  r->created_open = -1;
  if (plan != NULL) {
    r->nfaults = plan->nfaults;
    memcpy(r->at, plan->at, sizeof(r->at));
    memcpy(r->err, plan->err, sizeof(r->err));
  }
  snap_fds(open0);
  ctx_reset(&c);
  sc->setup(&c);
  snap_state(&c, &r->before);

  memset(&fault, 0, sizeof(fault));
  fault.nfaults = r->nfaults;
  for (i = 0; i < r->nfaults; i++) {
    fault.faults[i].at = r->at[i];
    fault.faults[i].err = r->err[i];
  }
  fault.armed = 1;
  r->rc = sc->op(&c);
  fault.armed = 0;

  r->ncalls = fault.ncalls;
  r->raised = fault.raised;
  memcpy(r->calls, fault.calls, sizeof(r->calls));
  snap_state(&c, &r->after);
  if (r->rc < 0) {
    for (i = 0; i < OUT_SIZE; i++)
      if (c.out.b[i] != OUT_FILL)
        r->out_touched = 1;
  }
  /* A created descriptor must be closed or be one the operation returned. */
  for (i = 0; i < fault.ncreated; i++) {
    int fd = fault.created[i], mine = 0;
    for (j = 0; j < c.nmade; j++)
      mine |= c.made[j] == fd;
    for (j = 0; j < NFD; j++)
      mine |= c.fd[j] == fd;
    if (!mine && __real_fcntl(fd, F_GETFD) != -1 && r->created_open < 0)
      r->created_open = fd;
  }
  if (c.pipe_blocked) {
    /* Consume a SIGPIPE left pending (the check reports it), unblock. */
    sigset_t pipe_only;
    struct timespec zero = {0, 0};
    sigemptyset(&pipe_only);
    sigaddset(&pipe_only, SIGPIPE);
    while (sigtimedwait(&pipe_only, NULL, &zero) == SIGPIPE)
      ;
    pthread_sigmask(SIG_UNBLOCK, &pipe_only, NULL);
  }
  for (i = 0; i < c.nmade; i++)
    sock2_close(c.made[i]);
  for (i = 0; i < NFD; i++)
    if (c.fd[i] >= 0)
      sock2_close(c.fd[i]);
  if (c.file >= 0)
    close(c.file);
  if (c.path[0] != '\0')
    t_unix_path_cleanup(c.path);
  snap_fds(open1);
  for (i = 0; i < SCAN_FDS; i++)
    if (open1[i] && !open0[i] && r->leaked < 0)
      r->leaked = i;
}

/* ---- Fault sets and the rules -------------------------------------------- */

static const int common_errs[] = {EINTR, EMFILE, ENOBUFS, EIO};
static const int deep_errs[] = {EINTR, EIO};

static int
is_send(const char *fn)
{
  return strcmp(fn, "send") == 0 || strcmp(fn, "sendto") == 0 ||
         strcmp(fn, "sendmsg") == 0 || strcmp(fn, "sendfile") == 0 ||
         strcmp(fn, "sendmmsg") == 0;
}

/* The fallback triggers: a "not supported here" answer the backend works
 * around with older calls. */
static int
fallback_err(const fault_call *k)
{
  if (strcmp(k->fn, "socket") == 0 || strcmp(k->fn, "socketpair") == 0)
    return EINVAL;
  if (strcmp(k->fn, "accept4") == 0)
    return ENOSYS;
  /* A kernel older than its headers: the sendmsg/recvmsg loop. */
  if (strcmp(k->fn, "sendmmsg") == 0 || strcmp(k->fn, "recvmmsg") == 0)
    return ENOSYS;
#ifdef F_DUPFD_CLOEXEC
  if (strcmp(k->fn, "fcntl") == 0 && k->cmd == F_DUPFD_CLOEXEC)
    return EINVAL;
#endif
  return 0;
}

/*
 * The errnos to inject into a call, into errs[] (returns the count).
 * The signal-mask calls cannot fail with valid arguments (POSIX: EINVAL
 * for a bad "how" only), so they are counted but never failed, like
 * sigpending() and sigwait(); sigtimedwait() may be interrupted; the
 * clocks cannot fail but for an unsupported clock, which only the clock's
 * own row injects.
 */
static int
fault_set(const fscen *sc, const fault_call *k, int depth, int *errs)
{
  int n = 0, i, fb;
  const int *base = depth == 0 ? common_errs : deep_errs;
  int nbase = depth == 0 ? (int)(sizeof(common_errs) / sizeof(int))
                         : (int)(sizeof(deep_errs) / sizeof(int));

  if (strcmp(k->fn, "pthread_sigmask") == 0 ||
      strcmp(k->fn, "sigprocmask") == 0 || strcmp(k->fn, "sigpending") == 0)
    return 0;
  /* sigwait() never fails with EINTR (POSIX); sigtimedwait() may. */
  if (strcmp(k->fn, "sigwait") == 0)
    return 0;
  if (strcmp(k->fn, "sigtimedwait") == 0) {
    errs[n++] = EINTR;
    return n;
  }
  if (strcmp(k->fn, "clock_gettime") == 0) {
    if (sc->flags & S_CLOCK)
      errs[n++] = EINVAL;
    return n;
  }
  if (strcmp(k->fn, "gettimeofday") == 0)
    return 0;
  for (i = 0; i < nbase; i++)
    errs[n++] = base[i];
  if ((fb = fallback_err(k)) != 0)
    errs[n++] = fb;
  if (is_send(k->fn))
    errs[n++] = EPIPE; /* with SIGPIPE where the kernel raises it */
  if ((sc->flags & S_PARTIAL) && is_send(k->fn)) {
    errs[n++] = FAULT_PARTIAL;
    /* Only sendfile() raises SIGPIPE with a count (fault.h). */
    if (strcmp(k->fn, "sendfile") == 0)
      errs[n++] = FAULT_PARTIAL_SIGPIPE;
  }
  return n;
}

static int
is_sndtimeo_set(const fault_call *k)
{
  return strcmp(k->fn, "setsockopt") == 0 && k->cmd == SOL_SOCKET &&
         k->arg == SO_SNDTIMEO;
}

/*
 * A faulted fcntl() on a setup socket after the run changed its flags
 * with F_SETFL or F_SETFD: it may be the one that would have restored the
 * flag (the restore's F_GETFL or F_SETFL). Likewise the setsockopt() that
 * puts back the SO_SNDTIMEO connect_timeout borrowed.
 */
static int
restoring(const frun *r, int idx)
{
  const fault_call *k = &r->calls[idx];
  int i, setup = 0, n = r->ncalls < FAULT_MAX_CALLS ? r->ncalls
                                                     : FAULT_MAX_CALLS;
  for (i = 0; i < NFD; i++)
    setup |= k->fd >= 0 && r->before.fd[i] == k->fd;
  if (!setup)
    return 0;
  if (is_sndtimeo_set(k)) {
    /*
     * connect_timeout's unix wait sets SO_SNDTIMEO before each connect and
     * puts the saved value back last: the restore is a set after an
     * earlier one, with none after it.
     */
    int before = 0, after = 0;
    for (i = 0; i < n; i++)
      if (i != idx && is_sndtimeo_set(&r->calls[i]) &&
          r->calls[i].fd == k->fd)
        *(i < idx ? &before : &after) += 1;
    return before > 0 && after == 0;
  }
  if (strcmp(k->fn, "fcntl") != 0)
    return 0;
  for (i = 0; i < idx; i++)
    if (strcmp(r->calls[i].fn, "fcntl") == 0 && r->calls[i].fd == k->fd &&
        (r->calls[i].cmd == F_SETFL || r->calls[i].cmd == F_SETFD))
      return 1;
  return 0;
}

/* Whether the run called fn again after call at (a retry). */
static int
called_again(const frun *r, int at, const char *fn)
{
  int i;
  for (i = at + 1; i < r->ncalls && i < FAULT_MAX_CALLS; i++)
    if (strcmp(r->calls[i].fn, fn) == 0)
      return 1;
  return 0;
}

static const char *
errname(int e)
{
  if (e == FAULT_PARTIAL)
    return "short";
  if (e == FAULT_PARTIAL_SIGPIPE)
    return "short+SIGPIPE";
  return sock2_err_name(sock2_translate_sys_error(e));
}

/* Describe the plan of a run ("fcntl#2=EIO, close#3=EINTR"). */
static void
plan_text(const frun *r, char *buf, size_t size)
{
  size_t used = 0;
  int i;
  buf[0] = '\0';
  for (i = 0; i < r->nfaults && used < size; i++) {
    int at = r->at[i];
    const char *fn = at < FAULT_MAX_CALLS ? r->calls[at].fn : "?";
    int n = snprintf(buf + used, size - used, "%s%s#%d=%s", i ? ", " : "",
                     fn != NULL ? fn : "?", at + 1, errname(r->err[i]));
    if (n < 0)
      break;
    used += (size_t)n;
  }
}

/* Flags of the setup sockets (one the operation closed is not compared). */
static int
state_fds_equal(const fstate *a, const fstate *b)
{
  int i;
  for (i = 0; i < NFD; i++) {
    if (a->fl[i] == -1 || b->fl[i] == -1)
      continue;
    if (a->fl[i] != b->fl[i] || a->fdfl[i] != b->fdfl[i])
      return 0;
  }
  return 1;
}

static int
state_made_equal(const fstate *a, const fstate *b)
{
  int i;
  for (i = 0; i < 2; i++)
    if (a->mfl[i] != b->mfl[i] || a->mfdfl[i] != b->mfdfl[i])
      return 0;
  return 1;
}

/*
 * Whether call idx is the SIGPIPE guard reading the thread's pending set
 * (sys-unix/sigpipe.c): open() of /proc/thread-self/status, read() and
 * close() of what it opened. Nothing the caller sees depends on them: a
 * failure makes the guard fall back (sock2/io.h), which check_pipe()
 * holds it to.
 */
static int
guard_proc_call(const frun *r, int idx)
{
  const fault_call *k = &r->calls[idx];
  int i;
  if (strcmp(k->fn, "open") == 0)
    return 1;
  if (strcmp(k->fn, "read") != 0 && strcmp(k->fn, "close") != 0)
    return 0;
  for (i = idx - 1; i >= 0; i--)
    if (strcmp(r->calls[i].fn, "open") == 0)
      return r->calls[i].fault == 0 && r->calls[i].ret == k->fd;
  return 0;
}

/*
 * Whether the guard could not read the thread's pending set in run r:
 * its open() failed, or its first read() did (EINTR is retried).
 */
static int
guard_proc_failed(const frun *r)
{
  int i, reading = 0, n = r->ncalls < FAULT_MAX_CALLS ? r->ncalls
                                                      : FAULT_MAX_CALLS;
  for (i = 0; i < n; i++) {
    const fault_call *k = &r->calls[i];
    if (strcmp(k->fn, "open") == 0) {
      if (k->fault > 0)
        return 1;
      reading = 1;
    } else if (reading && strcmp(k->fn, "read") == 0 && k->fault != EINTR) {
      if (k->fault > 0)
        return 1;
      reading = 0;
    }
  }
  return 0;
}

/*
 * The pending SIGPIPE after a run (sock2/io.h, the SIGPIPE guard): a
 * SIGPIPE the call raised is consumed, one that is not the call's (pending
 * before, in the thread's set or the process's) stays where it was. Where
 * the guard could not read the thread's set, its documented fallback: a
 * SIGPIPE that became pending during the call is consumed, but if one was
 * pending before, nothing is, and the call's own stays pending with it
 * (in the thread's own set, where the kernel raises it).
 */
static void
check_pipe(const fscen *sc, const char *plan, const frun *r)
{
  const fstate *b = &r->before, *a = &r->after;
  int left_own = guard_proc_failed(r) && r->raised > 0 && b->pipe_pending;
  int want_pending = b->pipe_pending;

  if (b->pipe_own >= 0 && a->pipe_own >= 0) {
    int want_own = b->pipe_own || left_own;
    ck_assert_msg(a->pipe_own == want_own,
                  "%s with %s: a SIGPIPE %s pending in the thread's own set "
                  "(raised %d, before: own %d, process %d)",
                  sc->what, plan, a->pipe_own ? "left" : "no longer",
                  r->raised, b->pipe_own, b->pipe_shared);
    ck_assert_msg(a->pipe_shared == b->pipe_shared,
                  "%s with %s: the process's SIGPIPE %s pending", sc->what,
                  plan, a->pipe_shared ? "left" : "no longer");
  }
  ck_assert_msg(a->pipe_pending == want_pending,
                "%s with %s: SIGPIPE %s pending", sc->what, plan,
                a->pipe_pending ? "left" : "no longer");
}

/*
 * Check a faulted run r against its parent p (the same plan without the
 * last fault).
 */
static void
check_run(const fscen *sc, const frun *p, const frun *r)
{
  char plan[256];
  int last = r->nfaults - 1, at = r->at[last], e = r->err[last], i;
  const fault_call *k = &r->calls[at];
  long long want = sock2_translate_sys_error(e > 0 ? e : 0);
  int ok = 0, any_restore = 0;

  plan_text(r, plan, sizeof(plan));
  ck_assert_msg(r->ncalls <= FAULT_MAX_CALLS,
                "%s with %s: %d calls, a runaway retry loop?", sc->what, plan,
                r->ncalls);
  if (e == FAULT_PARTIAL || e == FAULT_PARTIAL_SIGPIPE) {
    ck_assert_msg(r->rc == k->ret,
                  "%s with %s: a short send moved %ld, the call returned "
                  "%lld", sc->what, plan, k->ret, r->rc);
    ok = 1;
  } else if (r->rc == want) {
    ok = 1; /* the injected error, translated */
  } else if (strcmp(k->fn, "if_nametoindex") == 0 &&
             r->rc == SOCK2_ENODEV && e != EMFILE && e != ENFILE &&
             e != ENOBUFS && e != ENOMEM) {
    ok = 1; /* "no such interface" for a lookup that failed */
  } else if (r->rc == p->rc) {
    /* The library absorbed the fault: only where that is right. */
    if (p->rc < 0)
      ok = 1; /* cleanup after an earlier error: that error wins */
    else if (e == EINTR && strcmp(k->fn, "close") == 0)
      ok = 1; /* close() released the descriptor */
    else if (e == EINTR && called_again(r, at, k->fn))
      ok = 1; /* retried */
    else if (e == fallback_err(k) || strcmp(k->fn, "clock_gettime") == 0)
      ok = 1; /* the fallback path */
    else if (guard_proc_call(r, at))
      ok = 1; /* the SIGPIPE guard's fallback (check_pipe() checks it) */
  }
  ck_assert_msg(ok, "%s with %s: returned %s (%lld), want %s (or %s (%lld) "
                    "where the library absorbs it)",
                sc->what, plan, sock2_err_name((int)r->rc), r->rc,
                sock2_err_name((int)want), sock2_err_name((int)p->rc),
                p->rc);

  ck_assert_msg(r->leaked < 0, "%s with %s: descriptor %d leaked", sc->what,
                plan, r->leaked);
  ck_assert_msg(r->created_open < 0,
                "%s with %s: created descriptor %d left open", sc->what, plan,
                r->created_open);
  for (i = 1; i < NSIGS; i++)
    ck_assert_msg(r->after.mask[i] == r->before.mask[i],
                  "%s with %s: signal %d %s in the mask", sc->what, plan, i,
                  r->after.mask[i] ? "left blocked" : "left unblocked");
  check_pipe(sc, plan, r);
  for (i = 0; i < r->nfaults; i++)
    any_restore |= restoring(r, r->at[i]);
  if (r->rc < 0) {
    ck_assert_msg(!r->out_touched, "%s with %s: failed (%s) but wrote its "
                                   "outputs",
                  sc->what, plan, sock2_err_name((int)r->rc));
    if (any_restore)
      return; /* the restoring call failed: the mode cannot be as before */
    ck_assert_msg(state_fds_equal(&r->after, &r->before),
                  "%s with %s: failed (%s) but changed O_NONBLOCK or "
                  "FD_CLOEXEC of its socket",
                  sc->what, plan, sock2_err_name((int)r->rc));
    ck_assert_msg((sc->flags & S_OPTS) ||
                      state_opts_equal(&r->after, &r->before),
                  "%s with %s: failed (%s) but changed an option",
                  sc->what, plan, sock2_err_name((int)r->rc));
  } else {
    ck_assert_msg(!any_restore,
                  "%s with %s: a restore (fcntl() or SO_SNDTIMEO) failed, "
                  "the call reported success",
                  sc->what, plan);
    ck_assert_msg(state_fds_equal(&r->after, &p->after) &&
                      state_made_equal(&r->after, &p->after),
                  "%s with %s: succeeded with other descriptor flags than "
                  "without the fault",
                  sc->what, plan);
    ck_assert_msg(state_opts_equal(&r->after, &p->after),
                  "%s with %s: succeeded with other options than without "
                  "the fault",
                  sc->what, plan);
  }
}

typedef struct fstats {
  int runs, points;
} fstats;

/* Fault each call after the parent's last fault, then their error paths. */
static void
explore(const fscen *sc, const frun *p, int depth, fstats *st)
{
  int start = p->nfaults > 0 ? p->at[p->nfaults - 1] + 1 : 0, j, n, i;
  int errs[8];
  frun *r;

  if (depth >= FAULT_DEPTH || p->nfaults >= FAULT_MAX_FAULTS)
    return;
  r = malloc(sizeof(*r));
  ck_assert_ptr_ne(r, NULL);
  for (j = start; j < p->ncalls && j < FAULT_MAX_CALLS; j++) {
    n = fault_set(sc, &p->calls[j], depth, errs);
    if (depth == 0 && n > 0)
      st->points++;
    for (i = 0; i < n; i++) {
      frun plan = *p;
      plan.at[plan.nfaults] = j;
      plan.err[plan.nfaults] = errs[i];
      plan.nfaults++;
      do_run(sc, &plan, r);
      st->runs++;
      /* Not reached this time (the run went another way): nothing. */
      if (j >= r->ncalls || r->calls[j].fault != errs[i])
        continue;
      check_run(sc, p, r);
      /* A short send ends the call; short+SIGPIPE goes on to the guard. */
      if (errs[i] != FAULT_PARTIAL)
        explore(sc, r, depth + 1, st);
    }
  }
  free(r);
}

static int interposed = -1; /* the probe in main() */

/*
 * The hot paths, which a backend may define static inline in its
 * sysinline.h (SOCK2__SYS_INLINE_*): their C library call is then
 * compiled into the public function's object in lib/, where --wrap must
 * still catch it. Each row of these must see the call named (either one).
 */
static const struct hot_row {
  const char *sys, *fn, *alt;
  int inl; /* inline in this build */
} hot[] = {
#ifdef SOCK2__SYS_INLINE_SOCKET
  {"socket", "socket", NULL, 1},
#else
  {"socket", "socket", NULL, 0},
#endif
#ifdef SOCK2__SYS_INLINE_ACCEPT
  {"accept", "accept4", "accept", 1},
#else
  {"accept", "accept4", "accept", 0},
#endif
#ifdef SOCK2__SYS_INLINE_CLOSE
  {"close", "close", NULL, 1},
#else
  {"close", "close", NULL, 0},
#endif
#ifdef SOCK2__SYS_INLINE_SEND
  {"send", "send", NULL, 1},
  {"sendv", "sendmsg", NULL, 1},
#else
  /* Under the SIGPIPE guard (sys-unix/io.c) a send is a sendto(). */
  {"send", "send", "sendto", 0},
  {"sendv", "sendmsg", NULL, 0},
#endif
#ifdef SOCK2__SYS_INLINE_RECV
  {"recv", "recv", NULL, 1},
  {"recvv", "recvmsg", NULL, 1},
#else
  {"recv", "recv", NULL, 0},
  {"recvv", "recvmsg", NULL, 0},
#endif
#ifdef SOCK2__SYS_INLINE_SOCKOPT
  {"getsockopt", "getsockopt", NULL, 1},
  {"setsockopt", "setsockopt", NULL, 1},
#else
  {"getsockopt", "getsockopt", NULL, 0},
  {"setsockopt", "setsockopt", NULL, 0},
#endif
};

/* The hot row of sys, or NULL. */
static const struct hot_row *
hot_of(const char *sys)
{
  size_t i;
  for (i = 0; i < sizeof(hot) / sizeof(hot[0]); i++)
    if (strcmp(hot[i].sys, sys) == 0)
      return &hot[i];
  return NULL;
}

/* Whether run r called fn. */
static int
run_called(const frun *r, const char *fn)
{
  int i;
  for (i = 0; i < r->ncalls && i < FAULT_MAX_CALLS; i++)
    if (strcmp(r->calls[i].fn, fn) == 0)
      return 1;
  return 0;
}

/*
 * Each passing row appends "calls-failed runs" here, so that the runner
 * can total them whether Check forks or not.
 */
static char tally_path[64];

static void
tally(int points, int runs)
{
  FILE *f = tally_path[0] != '\0' ? fopen(tally_path, "a") : NULL;
  if (f == NULL)
    return;
  fprintf(f, "%d %d\n", points, runs);
  fclose(f);
}

START_TEST(test_fault)
{
  const fscen *sc = &scen[_i];
  const struct hot_row *h = hot_of(sc->sys);
  frun *base;
  fstats st = {0, 0};

  if (!interposed) {
    t_skip(sc->sys, "the C library calls cannot be interposed here");
    return;
  }
  base = malloc(sizeof(*base));
  ck_assert_ptr_ne(base, NULL);
  do_run(sc, NULL, base);
  ck_assert_msg(base->leaked < 0, "%s: descriptor %d leaked", sc->what,
                base->leaked);
  check_pipe(sc, "no fault", base);
  if (base->rc < 0) {
    /* A failure without a fault: the same rules as a faulted one. */
    ck_assert_msg(!base->out_touched, "%s: failed (%s) but wrote its outputs",
                  sc->what, sock2_err_name((int)base->rc));
    ck_assert_msg(state_fds_equal(&base->after, &base->before),
                  "%s: failed (%s) but changed O_NONBLOCK or FD_CLOEXEC of "
                  "its socket", sc->what, sock2_err_name((int)base->rc));
    ck_assert_msg((sc->flags & S_OPTS) ||
                    state_opts_equal(&base->after, &base->before),
                  "%s: failed (%s) but changed an option", sc->what,
                  sock2_err_name((int)base->rc));
  }
  if (h != NULL)
    ck_assert_msg(run_called(base, h->fn) ||
                    (h->alt != NULL && run_called(base, h->alt)),
                  "%s: sock2__sys_%s (%s) made no %s() the interposers saw",
                  sc->what, sc->sys, h->inl ? "static inline, sysinline.h"
                                            : "out of line", h->fn);
  if (sc->flags & S_NOCALL) {
    ck_assert_msg(base->ncalls == 0,
                  "%s: made %d system call(s) (first: %s), the row says "
                  "none", sc->what, base->ncalls,
                  base->ncalls > 0 ? base->calls[0].fn : "");
    printf("fault: sock2__sys_%s: %s: no system call\n", sc->sys, sc->what);
  } else if (base->ncalls == 0 && base->rc == SOCK2_ENOTSUP) {
    /* Compiled out on this OS or build: refused before any call. */
    printf("fault: sock2__sys_%s: %s: not supported here, no system call\n",
           sc->sys, sc->what);
  } else {
    ck_assert_msg(base->ncalls > 0,
                  "%s: no system call seen (not interposed?)", sc->what);
    explore(sc, base, 0, &st);
    /*
     * st.points is 0 only when every call is one that cannot fail (the
     * starved build's clock is gettimeofday()): counted, not failed.
     */
    printf("fault: sock2__sys_%s: %s: calls %d, failed %d, runs %d%s\n",
           sc->sys, sc->what, base->ncalls, st.points, st.runs,
           h == NULL ? "" : h->inl ? " (hot, inline)" : " (hot, out of line)");
    tally(st.points, st.runs);
  }
  fflush(stdout);
  free(base);
}
END_TEST

/* ---- The runner --------------------------------------------------------- */

#define MAX_SYS 128

/*
 * The sock2__sys_* names declared in the seam headers (lib/internal.h and
 * lib/internal-batch.h); -1 if one is unreadable.
 */
static int
declared_sys(char names[][48], int max)
{
  static const char *const seams[] = {"internal.h", "internal-batch.h"};
  const char *top = getenv("top_srcdir");
  char path[1024], line[512];
  size_t h;
  FILE *f;
  int n = 0;

  for (h = 0; h < sizeof(seams) / sizeof(seams[0]); h++) {
    snprintf(path, sizeof(path), "%s/lib/%s",
             top != NULL ? top : SOCK2_FAULT_SRCDIR, seams[h]);
    f = fopen(path, "r");
    if (f == NULL) {
      printf("fault injection: cannot read %s\n", path);
      return -1;
    }
    while (fgets(line, sizeof(line), f) != NULL) {
      const char *p = strstr(line, "sock2__sys_");
      size_t len = 0;
      /* A declaration starts with its type; comments start with " *". */
      if (p == NULL || line[0] < 'a' || line[0] > 'z')
        continue;
      p += strlen("sock2__sys_");
      while ((p[len] >= 'a' && p[len] <= 'z') ||
             (p[len] >= '0' && p[len] <= '9') || p[len] == '_')
        len++;
      if (p[len] != '(' || len == 0 || len >= 48 || n >= max)
        continue;
      memcpy(names[n], p, len);
      names[n][len] = '\0';
      n++;
    }
    fclose(f);
  }
  return n;
}

/*
 * Every answer the resolver can give, as the library reports it: each
 * EAI_* code its own SOCK2_EAI_* (EAI_SYSTEM the errno's code, EAI_SYSTEM
 * without an errno SOCK2_EIO, a code no libc documents SOCK2_EAI_FAIL),
 * from sock2_resolve() and sock2_resolve_reverse() alike, and nothing
 * written on any of them.
 */
START_TEST(test_resolver_codes)
{
  static const struct {
    const char *name;
    int eai, err, want;
  } t[] = {
    {"EAI_NONAME", EAI_NONAME, 0, SOCK2_EAI_NONAME},
    {"EAI_AGAIN", EAI_AGAIN, 0, SOCK2_EAI_AGAIN},
    {"EAI_FAIL", EAI_FAIL, 0, SOCK2_EAI_FAIL},
#if defined(EAI_NODATA) && EAI_NODATA != EAI_NONAME
    {"EAI_NODATA", EAI_NODATA, 0, SOCK2_EAI_NODATA},
#endif
#if defined(EAI_ADDRFAMILY) && EAI_ADDRFAMILY != EAI_FAMILY
    {"EAI_ADDRFAMILY", EAI_ADDRFAMILY, 0, SOCK2_EAI_NODATA},
#endif
    {"EAI_BADFLAGS", EAI_BADFLAGS, 0, SOCK2_EAI_BADFLAGS},
    {"EAI_SERVICE", EAI_SERVICE, 0, SOCK2_EAI_SERVICE},
    {"EAI_FAMILY", EAI_FAMILY, 0, SOCK2_EAI_FAMILY},
    {"EAI_SOCKTYPE", EAI_SOCKTYPE, 0, SOCK2_EAI_SOCKTYPE},
    {"EAI_MEMORY", EAI_MEMORY, 0, SOCK2_EAI_MEMORY},
#ifdef EAI_OVERFLOW
    {"EAI_OVERFLOW", EAI_OVERFLOW, 0, SOCK2_ENOBUFS},
#endif
#ifdef EAI_SYSTEM
    {"EAI_SYSTEM/EMFILE", EAI_SYSTEM, EMFILE, SOCK2_EMFILE},
    {"EAI_SYSTEM/ENOMEM", EAI_SYSTEM, ENOMEM, SOCK2_ENOMEM},
    {"EAI_SYSTEM/0", EAI_SYSTEM, 0, SOCK2_EIO},
#endif
    {"unknown (-9999)", -9999, 0, SOCK2_EAI_FAIL},
  };
  size_t i;

  for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
    sock2_resolve_hints_t h = SOCK2_RESOLVE_HINTS_INIT;
    sock2_addr_t out[2], before[2];
    size_t total = 12345;
    char host[64], serv[16];
    sock2_addr_t a;
    int rc;

    memset(out, 0xa5, sizeof(out));
    memcpy(before, out, sizeof(out));
    memset(host, '#', sizeof(host));
    memset(serv, '#', sizeof(serv));
    ck_ok(sock2_addr_parse(&a, "127.0.0.1:80"));
    h.type = SOCK2_TYPE_STREAM;
    fault.eai = t[i].eai;
    fault.eai_errno = t[i].err;
    rc = sock2_resolve("localhost", "80", &h, out, 2, &total);
    fault.eai = 0;
    ck_assert_msg(rc == t[i].want, "sock2_resolve, %s: %s, expected %s",
                  t[i].name, sock2_err_name(rc), sock2_err_name(t[i].want));
    ck_assert_msg(memcmp(out, before, sizeof(out)) == 0 && total == 12345,
                  "sock2_resolve, %s: wrote its outputs", t[i].name);
    fault.eai = t[i].eai;
    fault.eai_errno = t[i].err;
    rc = sock2_resolve_reverse(&a, host, sizeof(host), serv, sizeof(serv),
                               SOCK2_NAMEINFO_NUMERIC_HOST |
                                 SOCK2_NAMEINFO_NUMERIC_SERVICE);
    fault.eai = 0;
    ck_assert_msg(rc == t[i].want,
                  "sock2_resolve_reverse, %s: %s, expected %s", t[i].name,
                  sock2_err_name(rc), sock2_err_name(t[i].want));
    ck_assert_msg(host[0] == '#' && serv[0] == '#',
                  "sock2_resolve_reverse, %s: wrote its outputs", t[i].name);
  }
}
END_TEST

static Suite *
fault_suite(void)
{
  Suite *s = suite_create("fault");
  size_t i = 0, j;

  while (i < NSCEN) {
    TCase *tc;
    for (j = i; j < NSCEN && strcmp(scen[j].sys, scen[i].sys) == 0; j++)
      ;
    tc = sock2_tcase(scen[i].sys);
    tcase_set_timeout(tc, 300);
    tcase_add_loop_test(tc, test_fault, (int)i, (int)j);
    suite_add_tcase(s, tc);
    i = j;
  }
  {
    TCase *tc = sock2_tcase("resolver codes");
    tcase_add_test(tc, test_resolver_codes);
    suite_add_tcase(s, tc);
  }
  return s;
}

/* Whether the interposers see the library's calls (they may not under an
 * emulator or with a linker that ignored --wrap). */
static int
probe(void)
{
  memset(&fault, 0, sizeof(fault));
  fault.armed = 1;
  (void)sock2__sys_listen(-1, 0);
  fault.armed = 0;
  return fault.ncalls == 1;
}

int
main(void)
{
  static char names[MAX_SYS][48];
  SRunner *sr;
  int failed, ndecl, covered = 0, i, partial;
  TestResult **res;
  int nres, tfd, points = 0, runs = 0, p1, r1;
  size_t k;
  FILE *tf;

  interposed = probe();
  if (!interposed) {
    if (t_emulator() != NULL) {
      t_skip("fault injection",
             "the emulator hides the C library calls from the interposers");
      return 77;
    }
    printf("fault injection: the interposers saw no call (--wrap "
           "ignored?)\n");
    return EXIT_FAILURE;
  }
  ndecl = declared_sys(names, MAX_SYS);
  snprintf(tally_path, sizeof(tally_path), "/tmp/sock2-fault.XXXXXX");
  tfd = mkstemp(tally_path);
  if (tfd == -1)
    tally_path[0] = '\0';
  else
    close(tfd);
  sr = srunner_create(fault_suite());
  t_own_logs(sr, "fault");
  srunner_run_all(sr, CK_ENV);
  failed = srunner_ntests_failed(sr);
  /* CK_RUN_CASE / CK_RUN_SUITE run a part: coverage is then not judged. */
  partial = getenv("CK_RUN_CASE") != NULL || getenv("CK_RUN_SUITE") != NULL;

  /* A function is covered when it has rows and every one passed. */
  res = srunner_results(sr);
  nres = srunner_ntests_run(sr);
  for (i = 0; i < ndecl; i++) {
    int rows = 0, passed = 0, r;
    for (k = 0; k < NSCEN; k++)
      rows += strcmp(scen[k].sys, names[i]) == 0;
    for (r = 0; r < nres; r++)
      if (strcmp(tr_tcname(res[r]), names[i]) == 0 &&
          tr_rtype(res[r]) == CK_PASS)
        passed++;
    if (rows > 0 && passed == rows)
      covered++;
    else if (partial)
      continue;
    else if (rows == 0)
      printf("fault injection: sock2__sys_%s has no row in "
             "tests/check_fault.c\n", names[i]);
    else
      printf("fault injection: sock2__sys_%s: %d of %d rows passed\n",
             names[i], passed, rows);
  }
  /* Rows naming a function the header no longer declares. */
  for (k = 0; k < NSCEN; k++) {
    int found = 0;
    for (i = 0; i < ndecl; i++)
      found |= strcmp(scen[k].sys, names[i]) == 0;
    if (!found) {
      printf("fault injection: row for sock2__sys_%s, which lib/internal.h "
             "does not declare\n", scen[k].sys);
      failed++;
    }
  }
  free(res);
  if (tally_path[0] != '\0' && (tf = fopen(tally_path, "r")) != NULL) {
    while (fscanf(tf, "%d %d", &p1, &r1) == 2) {
      points += p1;
      runs += r1;
    }
    fclose(tf);
    unlink(tally_path);
  }
  printf("fault injection: %d of %d sys functions covered%s; %d calls "
         "failed, %d faulted runs\n", covered, ndecl,
         partial ? " (CK_RUN_CASE/CK_RUN_SUITE: a part ran)" : "", points,
         runs);
  if (ndecl <= 0 || (!partial && covered < ndecl))
    failed++;
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
