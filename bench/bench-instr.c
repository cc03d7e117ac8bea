/* SPDX-License-Identifier: MIT */
/*
 * bench-instr: one operation, through libsock2 or through the raw system
 * calls, repeated a given number of times, for instruction counting. It
 * times nothing: bench/instr.sh runs it under callgrind with
 * --toggle-collect on the op_* functions at two run lengths, N and 2N, so
 * that start-up and first-call costs (lazy PLT binding) cancel out in the
 * difference.
 *
 * Each op_<name>_<side> function does exactly one operation; the fixture
 * work an operation needs (a client to accept, a fresh socket to connect)
 * happens outside it and is not counted. The raw side makes the same
 * system calls the library makes, with the same arguments, so the
 * difference is the library's own user-space work.
 *
 * Usage: bench-instr OPERATION lib|raw N
 *   bench-instr -l   lists the operations.
 */
#ifndef _GNU_SOURCE
# define _GNU_SOURCE 1 /* accept4 */
#endif
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#if defined(__linux__)
# include <netinet/udp.h>
#endif

#include "sock2.h"

#define BENCH_NAME "bench-instr"
#include "bench.h"

#define NOINLINE __attribute__((noinline))

/* The raw side as the library makes it on Linux; plainer elsewhere. */
#ifndef SOCK_CLOEXEC
# define SOCK_CLOEXEC 0
# define accept4(s, sa, len, f) accept(s, sa, len)
#endif
#ifndef MSG_NOSIGNAL
# define MSG_NOSIGNAL 0
#endif

static char tx[64], rx[2048];
static sock2_addr_t listen_addr;

/* ---- Fixtures (not counted) ---------------------------------------------- */

static sock2_socket_t
tcp_listener(void)
{
  sock2_socket_t l;
  int rc;

  if ((rc = sock2_addr_parse(&listen_addr, "127.0.0.1:0")) != 0 ||
      (rc = sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &l)) != 0 ||
      (rc = sock2_bind(l, &listen_addr)) != 0 ||
      (rc = sock2_listen(l, 128)) != 0 ||
      (rc = sock2_local_addr(l, &listen_addr)) != 0)
    die("tcp listener", rc);
  return l;
}

/* A client whose connection waits in the listener's queue. */
static sock2_socket_t
queued_client(void)
{
  sock2_socket_t c;
  int rc;

  if ((rc = sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &c)) != 0 ||
      (rc = sock2_connect(c, &listen_addr)) != 0)
    die("client", rc);
  return c;
}

/* ---- Operations (counted) ------------------------------------------------ */

/* create+close: socket(SOCK_STREAM | SOCK_CLOEXEC), close. */
static NOINLINE void
op_create_lib(void)
{
  sock2_socket_t s;
  int rc;

  if ((rc = sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s)) != 0)
    die("sock2_socket", rc);
  if ((rc = sock2_close(s)) != 0)
    die("sock2_close", rc);
}

static NOINLINE void
op_create_raw(void)
{
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);

  if (fd == -1)
    die("socket", 0);
  if (close(fd) == -1)
    die("close", 0);
}

/* accept with the peer's address: accept4(SOCK_CLOEXEC). */
static NOINLINE sock2_socket_t
op_accept_lib(sock2_socket_t l)
{
  sock2_addr_t peer;
  sock2_socket_t s;
  int rc;

  if ((rc = sock2_accept(l, &s, &peer)) != 0)
    die("sock2_accept", rc);
  return s;
}

static NOINLINE sock2_socket_t
op_accept_raw(sock2_socket_t l)
{
  struct sockaddr_storage ss;
  socklen_t len = sizeof(ss);
  int fd = accept4(l, (struct sockaddr *)&ss, &len, SOCK_CLOEXEC);

  if (fd == -1)
    die("accept4", 0);
  return fd;
}

/* accept without the address. */
static NOINLINE sock2_socket_t
op_acceptnull_lib(sock2_socket_t l)
{
  sock2_socket_t s;
  int rc;

  if ((rc = sock2_accept(l, &s, NULL)) != 0)
    die("sock2_accept", rc);
  return s;
}

static NOINLINE sock2_socket_t
op_acceptnull_raw(sock2_socket_t l)
{
  int fd = accept4(l, NULL, NULL, SOCK_CLOEXEC);

  if (fd == -1)
    die("accept4", 0);
  return fd;
}

/* 64-byte UDP send + recv on a connected pair. */
static NOINLINE void
op_udp_lib(sock2_socket_t a, sock2_socket_t b)
{
  sock2_ssize_t r;

  if ((r = sock2_send(a, tx, sizeof(tx))) != 64)
    die("sock2_send", r);
  if ((r = sock2_recv(b, rx, sizeof(rx))) != 64)
    die("sock2_recv", r);
}

static NOINLINE void
op_udp_raw(sock2_socket_t a, sock2_socket_t b)
{
  if (send(a, tx, sizeof(tx), MSG_NOSIGNAL) != 64)
    die("send", 0);
  if (recv(b, rx, sizeof(rx), 0) != 64)
    die("recv", 0);
}

/*
 * The same through sendmsg / recvmsg, two buffers of 32 (and 2016). Both
 * sides test the truncation bit in the flags (SOCK2_MSG_TRUNC is the
 * documented bit; sock2_recv_flags_is_truncated() is a convenience call).
 */
static NOINLINE void
op_udpmsg_lib(sock2_socket_t a, sock2_socket_t b)
{
  sock2_buf_t out[2], in[2];
  sock2_ssize_t r;
  int rf;

  out[0].base = tx;
  out[0].len = 32;
  out[1].base = tx + 32;
  out[1].len = 32;
  in[0].base = rx;
  in[0].len = 32;
  in[1].base = rx + 32;
  in[1].len = sizeof(rx) - 32;
  if ((r = sock2_send_vectored(a, out, 2)) != 64)
    die("sock2_send_vectored", r);
  if ((r = sock2_recv_vectored(b, in, 2, &rf)) != 64 ||
      (rf & SOCK2_MSG_TRUNC))
    die("sock2_recv_vectored", r);
}

static NOINLINE void
op_udpmsg_raw(sock2_socket_t a, sock2_socket_t b)
{
  struct iovec out[2], in[2];
  struct msghdr m;

  out[0].iov_base = tx;
  out[0].iov_len = 32;
  out[1].iov_base = tx + 32;
  out[1].iov_len = 32;
  in[0].iov_base = rx;
  in[0].iov_len = 32;
  in[1].iov_base = rx + 32;
  in[1].iov_len = sizeof(rx) - 32;
  memset(&m, 0, sizeof(m));
  m.msg_iov = out;
  m.msg_iovlen = 2;
  if (sendmsg(a, &m, MSG_NOSIGNAL) != 64)
    die("sendmsg", 0);
  memset(&m, 0, sizeof(m));
  m.msg_iov = in;
  m.msg_iovlen = 2;
  if (recvmsg(b, &m, 0) != 64 || (m.msg_flags & MSG_TRUNC))
    die("recvmsg", 0);
}

/* TCP_NODELAY set + get. */
static NOINLINE void
op_nodelay_lib(sock2_socket_t s)
{
  int on = 0, rc;

  if ((rc = sock2_set_tcp_nodelay(s, 1)) != 0)
    die("sock2_set_tcp_nodelay", rc);
  if ((rc = sock2_tcp_nodelay(s, &on)) != 0 || on != 1)
    die("sock2_tcp_nodelay", rc);
}

static NOINLINE void
op_nodelay_raw(sock2_socket_t s)
{
  int one = 1, on = 0;
  socklen_t len = sizeof(on);

  if (setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one)) == -1)
    die("setsockopt", 0);
  if (getsockopt(s, IPPROTO_TCP, TCP_NODELAY, &on, &len) == -1 || on == 0)
    die("getsockopt", 0);
}

/*
 * connect_timeout on a blocking socket to a listening loopback port: the
 * raw side makes the six calls the library promises (F_GETFL, F_SETFL,
 * connect, poll, SO_ERROR, F_SETFL).
 */
static NOINLINE void
op_ctimeout_lib(sock2_socket_t s)
{
  int rc = sock2_connect_timeout(s, &listen_addr, (sock2_duration_t)5000000000);

  if (rc != 0)
    die("sock2_connect_timeout", rc);
}

static NOINLINE void
op_ctimeout_raw(sock2_socket_t s)
{
  struct pollfd p;
  int fl, soerr = 0;
  socklen_t len = sizeof(soerr);

  if ((fl = fcntl(s, F_GETFL)) == -1 ||
      fcntl(s, F_SETFL, fl | O_NONBLOCK) == -1)
    die("fcntl", 0);
  if (connect(s, (const struct sockaddr *)&listen_addr.storage,
              listen_addr.len) == -1) {
    if (errno != EINPROGRESS)
      die("connect", 0);
    p.fd = s;
    p.events = POLLOUT;
    p.revents = 0;
    if (poll(&p, 1, 5000) != 1)
      die("poll", 0);
    if (getsockopt(s, SOL_SOCKET, SO_ERROR, &soerr, &len) == -1 || soerr)
      die("SO_ERROR", soerr);
  }
  if (fcntl(s, F_SETFL, fl) == -1)
    die("fcntl", 0);
}

/*
 * The same on a socket that is already non-blocking: the library then
 * promises four calls (F_GETFL, connect, poll, SO_ERROR) and leaves the
 * mode alone.
 */
static NOINLINE void
op_ctimeoutnb_lib(sock2_socket_t s)
{
  int rc = sock2_connect_timeout(s, &listen_addr, (sock2_duration_t)5000000000);

  if (rc != 0)
    die("sock2_connect_timeout", rc);
}

static NOINLINE void
op_ctimeoutnb_raw(sock2_socket_t s)
{
  struct pollfd p;
  int fl, soerr = 0;
  socklen_t len = sizeof(soerr);

  if ((fl = fcntl(s, F_GETFL)) == -1 || !(fl & O_NONBLOCK))
    die("fcntl", 0);
  if (connect(s, (const struct sockaddr *)&listen_addr.storage,
              listen_addr.len) == -1) {
    if (errno != EINPROGRESS)
      die("connect", 0);
    p.fd = s;
    p.events = POLLOUT;
    p.revents = 0;
    if (poll(&p, 1, 5000) != 1)
      die("poll", 0);
    if (getsockopt(s, SOL_SOCKET, SO_ERROR, &soerr, &len) == -1 || soerr)
      die("SO_ERROR", soerr);
  }
}

/* ---- Drivers ------------------------------------------------------------- */

static void
run_create(int lib, long n)
{
  long i;
  for (i = 0; i < n; i++)
    (lib ? op_create_lib : op_create_raw)();
}

static void
run_accept(int lib, long n, int null_peer)
{
  sock2_socket_t l = tcp_listener();
  long i;

  for (i = 0; i < n; i++) {
    sock2_socket_t c = queued_client(), s;
    if (null_peer)
      s = lib ? op_acceptnull_lib(l) : op_acceptnull_raw(l);
    else
      s = lib ? op_accept_lib(l) : op_accept_raw(l);
    sock2_close(s);
    sock2_close(c);
  }
  sock2_close(l);
}

static void
run_udp(int lib, long n, int msg)
{
  sock2_socket_t a, b;
  long i;

  udp_pair(&a, &b);
  for (i = 0; i < n; i++) {
    if (msg)
      (lib ? op_udpmsg_lib : op_udpmsg_raw)(a, b);
    else
      (lib ? op_udp_lib : op_udp_raw)(a, b);
  }
  sock2_close(a);
  sock2_close(b);
}

/*
 * Batches: sendmmsg of 4 x 64 bytes and recvmmsg of them, the headers
 * built once outside the operation for both sides (the batch call alone).
 */
#define MMSG_N 4
static sock2_mmsg_t lib_out[MMSG_N], lib_in[MMSG_N];
static struct mmsghdr raw_out[MMSG_N], raw_in[MMSG_N];
static struct iovec mmsg_iov_out[MMSG_N], mmsg_iov_in[MMSG_N];
static char mmsg_rx[MMSG_N][128];

static void
mmsg_setup(void)
{
  int i;
  for (i = 0; i < MMSG_N; i++) {
    mmsg_iov_out[i].iov_base = tx;
    mmsg_iov_out[i].iov_len = 64;
    mmsg_iov_in[i].iov_base = mmsg_rx[i];
    mmsg_iov_in[i].iov_len = sizeof(mmsg_rx[i]);
    sock2_msg_init(&lib_out[i].hdr);
    sock2_msg_set_bufs(&lib_out[i].hdr, (sock2_buf_t *)&mmsg_iov_out[i], 1);
    sock2_msg_init(&lib_in[i].hdr);
    sock2_msg_set_bufs(&lib_in[i].hdr, (sock2_buf_t *)&mmsg_iov_in[i], 1);
    memset(&raw_out[i], 0, sizeof(raw_out[i]));
    raw_out[i].msg_hdr.msg_iov = &mmsg_iov_out[i];
    raw_out[i].msg_hdr.msg_iovlen = 1;
    memset(&raw_in[i], 0, sizeof(raw_in[i]));
    raw_in[i].msg_hdr.msg_iov = &mmsg_iov_in[i];
    raw_in[i].msg_hdr.msg_iovlen = 1;
  }
}

static NOINLINE void
op_mmsg_lib(sock2_socket_t a, sock2_socket_t b)
{
  int r;
  if ((r = sock2_sendmmsg(a, lib_out, MMSG_N, 0)) != MMSG_N)
    die("sock2_sendmmsg", r);
  if ((r = sock2_recvmmsg(b, lib_in, MMSG_N, 0)) != MMSG_N)
    die("sock2_recvmmsg", r);
}

static NOINLINE void
op_mmsg_raw(sock2_socket_t a, sock2_socket_t b)
{
  if (sendmmsg(a, raw_out, MMSG_N, MSG_NOSIGNAL) != MMSG_N)
    die("sendmmsg", 0);
  if (recvmmsg(b, raw_in, MMSG_N, 0, NULL) != MMSG_N)
    die("recvmmsg", 0);
}

static void
run_mmsg(int lib, long n)
{
  sock2_socket_t a, b;
  long i;

  udp_pair(&a, &b);
  mmsg_setup();
  for (i = 0; i < n; i++)
    (lib ? op_mmsg_lib : op_mmsg_raw)(a, b);
  sock2_close(a);
  sock2_close(b);
}

/*
 * GSO and GRO: one GSO send of 3 x 1200 + 500 bytes (a UDP_SEGMENT
 * control message built per call on both sides: sock2_send_segments()
 * against sendmsg), received as one coalesced buffer and cut into its
 * datagrams (the walker, sock2_cmsg_get_udp_gro() and
 * sock2_udp_gro_split() against CMSG_* and arithmetic).
 */
#define GSO_SEG 1200
#define GSO_LEN (3 * GSO_SEG + 500)
static char gso_tx[GSO_LEN], gso_rx[65536];

#if defined(UDP_SEGMENT) && defined(UDP_GRO)
static NOINLINE void
op_gso_lib(sock2_socket_t a, sock2_socket_t b)
{
  SOCK2_CMSG_BUF(cb, SOCK2_CMSG_SPACE(sizeof(int)));
  sock2_buf_t in, dg[8];
  sock2_cmsg_iter_t it;
  sock2_cmsg_t c;
  sock2_msg_t m;
  sock2_ssize_t r;
  int gro = 0, k;

  if ((r = sock2_send_segments(a, gso_tx, GSO_LEN, GSO_SEG, NULL, 0)) != GSO_LEN)
    die("sock2_send_segments", r);
  in.base = gso_rx;
  in.len = sizeof(gso_rx);
  sock2_msg_init(&m);
  sock2_msg_set_bufs(&m, &in, 1);
  sock2_msg_set_control(&m, cb.buf, sizeof(cb.buf));
  if ((r = sock2_recvmsg(b, &m, 0)) != GSO_LEN)
    die("sock2_recvmsg", r);
  sock2_cmsg_iter_init(&it, &m);
  while (sock2_cmsg_next(&it, &c) == 1)
    if (sock2_cmsg_get_udp_gro(&c, &gro) == 0)
      break;
  k = sock2_udp_gro_split(gso_rx, (size_t)r, (size_t)gro, dg, 8);
  if (k != 4 || dg[3].len != 500)
    die("sock2_udp_gro_split", k);
}

static NOINLINE void
op_gso_raw(sock2_socket_t a, sock2_socket_t b)
{
  union {
    char buf[CMSG_SPACE(sizeof(int))];
    struct cmsghdr align;
  } cb;
  struct iovec iov, dg[8];
  struct msghdr m;
  struct cmsghdr *c;
  uint16_t seg = GSO_SEG;
  ssize_t r;
  size_t off;
  int gro = 0, k = 0;

  memset(&m, 0, sizeof(m));
  memset(&cb, 0, sizeof(cb));
  iov.iov_base = gso_tx;
  iov.iov_len = GSO_LEN;
  m.msg_iov = &iov;
  m.msg_iovlen = 1;
  m.msg_control = cb.buf;
  m.msg_controllen = CMSG_SPACE(sizeof(seg));
  c = CMSG_FIRSTHDR(&m);
  c->cmsg_level = SOL_UDP;
  c->cmsg_type = UDP_SEGMENT;
  c->cmsg_len = CMSG_LEN(sizeof(seg));
  memcpy(CMSG_DATA(c), &seg, sizeof(seg));
  if (sendmsg(a, &m, MSG_NOSIGNAL) != GSO_LEN)
    die("sendmsg", 0);
  memset(&m, 0, sizeof(m));
  iov.iov_base = gso_rx;
  iov.iov_len = sizeof(gso_rx);
  m.msg_iov = &iov;
  m.msg_iovlen = 1;
  m.msg_control = cb.buf;
  m.msg_controllen = sizeof(cb.buf);
  if ((r = recvmsg(b, &m, 0)) != GSO_LEN)
    die("recvmsg", 0);
  for (c = CMSG_FIRSTHDR(&m); c != NULL; c = CMSG_NXTHDR(&m, c))
    if (c->cmsg_level == SOL_UDP && c->cmsg_type == UDP_GRO) {
      memcpy(&gro, CMSG_DATA(c), sizeof(gro));
      break;
    }
  for (off = 0; off < (size_t)r && k < 8; off += (size_t)gro, k++) {
    dg[k].iov_base = gso_rx + off;
    dg[k].iov_len = (size_t)r - off < (size_t)gro ? (size_t)r - off
                                                  : (size_t)gro;
  }
  if (k != 4 || dg[3].iov_len != 500)
    die("split", k);
}
#endif

static void
run_gso(int lib, long n)
{
#if defined(UDP_SEGMENT) && defined(UDP_GRO)
  sock2_socket_t a, b;
  long i;
  int rc;

  udp_pair(&a, &b);
  if ((rc = sock2_set_udp_gro(b, 1)) != 0)
    die("sock2_set_udp_gro", rc);
  for (i = 0; i < n; i++)
    (lib ? op_gso_lib : op_gso_raw)(a, b);
  sock2_close(a);
  sock2_close(b);
#else
  (void)lib;
  (void)n;
  (void)gso_rx;
  (void)gso_tx;
  die("no UDP_SEGMENT/UDP_GRO here", 0);
#endif
}

static void
run_nodelay(int lib, long n)
{
  sock2_socket_t s;
  long i;
  int rc;

  if ((rc = sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s)) != 0)
    die("socket", rc);
  for (i = 0; i < n; i++)
    (lib ? op_nodelay_lib : op_nodelay_raw)(s);
  sock2_close(s);
}

static void
run_ctimeout(int lib, long n, int nonblocking)
{
  sock2_socket_t l = tcp_listener();
  int type = SOCK2_TYPE_STREAM | (nonblocking ? SOCK2_TYPE_NONBLOCK : 0);
  long i;

  for (i = 0; i < n; i++) {
    sock2_socket_t c, s;
    int rc;

    if ((rc = sock2_socket(SOCK2_DOMAIN_IPV4, type, 0, &c)) != 0)
      die("socket", rc);
    if (nonblocking)
      (lib ? op_ctimeoutnb_lib : op_ctimeoutnb_raw)(c);
    else
      (lib ? op_ctimeout_lib : op_ctimeout_raw)(c);
    if ((rc = sock2_accept(l, &s, NULL)) != 0)
      die("accept", rc);
    sock2_close(s);
    sock2_close(c);
  }
  sock2_close(l);
}

static const char *const ops[] = {
  "create", "accept", "acceptnull", "udp", "nodelay", "ctimeout",
  "ctimeoutnb", "udpmsg", "mmsg", "gso",
};

int
main(int argc, char **argv)
{
  long n;
  int lib;

  if (argc == 2 && strcmp(argv[1], "-l") == 0) {
    size_t i;
    for (i = 0; i < sizeof(ops) / sizeof(ops[0]); i++)
      puts(ops[i]);
    return 0;
  }
  if (argc != 4 || (strcmp(argv[2], "lib") != 0 &&
                    strcmp(argv[2], "raw") != 0)) {
    fprintf(stderr, "usage: %s OPERATION lib|raw N (-l lists them)\n",
            argv[0]);
    return 2;
  }
  lib = strcmp(argv[2], "lib") == 0;
  n = atol(argv[3]);
  if (n < 1)
    n = 1;
  memset(tx, 'x', sizeof(tx));
  if (strcmp(argv[1], "create") == 0)
    run_create(lib, n);
  else if (strcmp(argv[1], "accept") == 0)
    run_accept(lib, n, 0);
  else if (strcmp(argv[1], "acceptnull") == 0)
    run_accept(lib, n, 1);
  else if (strcmp(argv[1], "udp") == 0)
    run_udp(lib, n, 0);
  else if (strcmp(argv[1], "udpmsg") == 0)
    run_udp(lib, n, 1);
  else if (strcmp(argv[1], "nodelay") == 0)
    run_nodelay(lib, n);
  else if (strcmp(argv[1], "mmsg") == 0)
    run_mmsg(lib, n);
  else if (strcmp(argv[1], "gso") == 0)
    run_gso(lib, n);
  else if (strcmp(argv[1], "ctimeout") == 0)
    run_ctimeout(lib, n, 0);
  else if (strcmp(argv[1], "ctimeoutnb") == 0)
    run_ctimeout(lib, n, 1);
  else {
    fprintf(stderr, "%s: unknown operation %s\n", argv[0], argv[1]);
    return 2;
  }
  return 0;
}
