/* SPDX-License-Identifier: MIT */
/*
 * bench-io: the data-transfer hot paths through libsock2 and through the
 * raw system calls, in one process, interleaved, so machine noise hits both
 * alike. Each round runs the raw loop, the libsock2 loop and the raw loop
 * again (the order rotating from round to round); the second raw run is an
 * A/A control. Prints, per workload, the median time per operation of raw
 * and lib, the median of the per-round ratios lib/raw with its
 * interquartile range, and the same for the A/A ratios raw'/raw: the
 * noise floor. A lib/raw ratio inside the A/A range is no measurable cost.
 *
 * Workloads (all loopback, one thread):
 *   udp64     64-byte UDP send + recv on a connected IPv4 pair
 *   udp64v    the same through send_vectored / recv_vectored (sendmsg /
 *             recvmsg), two buffers of 32 bytes
 *   unixpp    unix stream socketpair ping-pong of 64 bytes (4 calls)
 *   tcpbulk   TCP bulk transfer, 64 KiB per send, read back in full
 *
 * Usage: bench-io [-r ROUNDS] [-n SCALE] [-w WORKLOAD] [-o raw|lib] [-a]
 *   -o runs one side only, once, for instruction counting with
 *   `perf stat -e instructions:u` or `valgrind --tool=callgrind`.
 *   -a replaces the lib loop by the raw one too (A/A/A), for checking
 *   the harness itself.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <netinet/in.h>

#include "sock2.h"

#define BENCH_NAME "bench-io"
#include "bench.h"

#define MAX_ROUNDS 101
#define CHUNK (64 * 1024)

static char tx[CHUNK], rx[CHUNK];

static double
now_ns(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

/* ---- Fixtures ------------------------------------------------------------ */

static void
tcp_pair(sock2_socket_t *c, sock2_socket_t *s)
{
  sock2_socket_t l;
  sock2_addr_t a;
  int rc, big = 4 * 1024 * 1024;

  if ((rc = sock2_addr_parse(&a, "127.0.0.1:0")) != 0 ||
      (rc = sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &l)) != 0 ||
      (rc = sock2_bind(l, &a)) != 0 || (rc = sock2_listen(l, 1)) != 0 ||
      (rc = sock2_local_addr(l, &a)) != 0 ||
      (rc = sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, c)) != 0)
    die("tcp listener", rc);
  /* Buffers large enough that one 64 KiB send never blocks. */
  setsockopt(*c, SOL_SOCKET, SO_SNDBUF, &big, sizeof(big));
  if ((rc = sock2_connect(*c, &a)) != 0 ||
      (rc = sock2_accept(l, s, NULL)) != 0)
    die("tcp connect", rc);
  setsockopt(*s, SOL_SOCKET, SO_RCVBUF, &big, sizeof(big));
  sock2_close(l);
}

/* ---- Workloads: each returns the time of n operations in ns -------------- */

typedef double (*run_fn)(sock2_socket_t, sock2_socket_t, long);

static double
udp_raw(sock2_socket_t a, sock2_socket_t b, long n)
{
  double t0 = now_ns();
  long i;
  for (i = 0; i < n; i++) {
    if (send(a, tx, 64, MSG_NOSIGNAL) != 64)
      die("send", -1);
    if (recv(b, rx, sizeof(rx), 0) != 64)
      die("recv", -1);
  }
  return now_ns() - t0;
}

static double
udp_lib(sock2_socket_t a, sock2_socket_t b, long n)
{
  double t0 = now_ns();
  long i;
  for (i = 0; i < n; i++) {
    sock2_ssize_t r;
    if ((r = sock2_send(a, tx, 64)) != 64)
      die("sock2_send", r);
    if ((r = sock2_recv(b, rx, sizeof(rx))) != 64)
      die("sock2_recv", r);
  }
  return now_ns() - t0;
}

static double
udpv_raw(sock2_socket_t a, sock2_socket_t b, long n)
{
  struct iovec out[2], in[2];
  struct msghdr m;
  double t0;
  long i;

  out[0].iov_base = tx;
  out[0].iov_len = 32;
  out[1].iov_base = tx + 32;
  out[1].iov_len = 32;
  in[0].iov_base = rx;
  in[0].iov_len = 32;
  in[1].iov_base = rx + 32;
  in[1].iov_len = 1024;
  t0 = now_ns();
  for (i = 0; i < n; i++) {
    memset(&m, 0, sizeof(m));
    m.msg_iov = out;
    m.msg_iovlen = 2;
    if (sendmsg(a, &m, MSG_NOSIGNAL) != 64)
      die("sendmsg", -1);
    memset(&m, 0, sizeof(m));
    m.msg_iov = in;
    m.msg_iovlen = 2;
    if (recvmsg(b, &m, 0) != 64 || (m.msg_flags & MSG_TRUNC))
      die("recvmsg", -1);
  }
  return now_ns() - t0;
}

static double
udpv_lib(sock2_socket_t a, sock2_socket_t b, long n)
{
  sock2_buf_t out[2], in[2];
  double t0;
  long i;
  int rf;

  out[0].base = tx;
  out[0].len = 32;
  out[1].base = tx + 32;
  out[1].len = 32;
  in[0].base = rx;
  in[0].len = 32;
  in[1].base = rx + 32;
  in[1].len = 1024;
  t0 = now_ns();
  for (i = 0; i < n; i++) {
    sock2_ssize_t r;
    if ((r = sock2_send_vectored(a, out, 2)) != 64)
      die("sock2_send_vectored", r);
    if ((r = sock2_recv_vectored(b, in, 2, &rf)) != 64 ||
        sock2_recv_flags_is_truncated(rf))
      die("sock2_recv_vectored", r);
  }
  return now_ns() - t0;
}

static double
pp_raw(sock2_socket_t a, sock2_socket_t b, long n)
{
  double t0 = now_ns();
  long i;
  for (i = 0; i < n; i++) {
    if (send(a, tx, 64, MSG_NOSIGNAL) != 64 || recv(b, rx, 64, 0) != 64 ||
        send(b, rx, 64, MSG_NOSIGNAL) != 64 || recv(a, rx, 64, 0) != 64)
      die("ping-pong", -1);
  }
  return now_ns() - t0;
}

static double
pp_lib(sock2_socket_t a, sock2_socket_t b, long n)
{
  double t0 = now_ns();
  long i;
  for (i = 0; i < n; i++) {
    if (sock2_send(a, tx, 64) != 64 || sock2_recv(b, rx, 64) != 64 ||
        sock2_send(b, rx, 64) != 64 || sock2_recv(a, rx, 64) != 64)
      die("sock2 ping-pong", -1);
  }
  return now_ns() - t0;
}

static double
bulk_raw(sock2_socket_t c, sock2_socket_t s, long n)
{
  double t0 = now_ns();
  long i;
  for (i = 0; i < n; i++) {
    size_t sent = 0, got = 0;
    while (sent < CHUNK) {
      ssize_t r = send(c, tx + sent, CHUNK - sent, MSG_NOSIGNAL);
      if (r <= 0)
        die("send", -1);
      sent += (size_t)r;
    }
    while (got < CHUNK) {
      ssize_t r = recv(s, rx + got, CHUNK - got, 0);
      if (r <= 0)
        die("recv", -1);
      got += (size_t)r;
    }
  }
  return now_ns() - t0;
}

static double
bulk_lib(sock2_socket_t c, sock2_socket_t s, long n)
{
  double t0 = now_ns();
  long i;
  for (i = 0; i < n; i++) {
    size_t sent = 0, got = 0;
    while (sent < CHUNK) {
      sock2_ssize_t r = sock2_send(c, tx + sent, CHUNK - sent);
      if (r <= 0)
        die("sock2_send", r);
      sent += (size_t)r;
    }
    while (got < CHUNK) {
      sock2_ssize_t r = sock2_recv(s, rx + got, CHUNK - got);
      if (r <= 0)
        die("sock2_recv", r);
      got += (size_t)r;
    }
  }
  return now_ns() - t0;
}

struct workload {
  const char *name;
  const char *unit;
  int tcp;
  int unixpair;
  long iters; /* per round at scale 1 */
  run_fn raw, lib;
};

static const struct workload workloads[] = {
  {"udp64", "send+recv", 0, 0, 40000, udp_raw, udp_lib},
  {"udp64v", "sendmsg+recvmsg", 0, 0, 40000, udpv_raw, udpv_lib},
  {"unixpp", "round trip", 0, 1, 30000, pp_raw, pp_lib},
  {"tcpbulk", "64 KiB", 1, 0, 2000, bulk_raw, bulk_lib},
};

static int
cmp_double(const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* The q-quantile (0..1) of v[0..n), by linear interpolation; sorts v. */
static double
quantile(double *v, int n, double q)
{
  double pos, frac;
  int i;

  qsort(v, (size_t)n, sizeof(double), cmp_double);
  pos = q * (double)(n - 1);
  i = (int)pos;
  frac = pos - (double)i;
  return i + 1 < n ? v[i] + (v[i + 1] - v[i]) * frac : v[i];
}

static double
median(double *v, int n)
{
  return quantile(v, n, 0.5);
}

int
main(int argc, char **argv)
{
  int rounds = 11, only = 0, control = 0, opt;
  double scale = 1.0;
  const char *which = NULL;
  size_t w;

  while ((opt = getopt(argc, argv, "r:n:w:o:a")) != -1) {
    switch (opt) {
    case 'r':
      rounds = atoi(optarg);
      break;
    case 'n':
      scale = atof(optarg);
      break;
    case 'w':
      which = optarg;
      break;
    case 'a':
      control = 1;
      break;
    case 'o':
      only = strcmp(optarg, "raw") == 0 ? 1 : strcmp(optarg, "lib") == 0 ? 2
                                                                         : 0;
      break;
    default:
      fprintf(stderr, "usage: %s [-r ROUNDS] [-n SCALE] [-w WORKLOAD] "
                      "[-o raw|lib] [-a]\n", argv[0]);
      return 2;
    }
  }
  if (rounds < 1 || rounds > MAX_ROUNDS)
    rounds = 11;
  memset(tx, 'x', sizeof(tx));
  if (!only) {
    printf("libsock2 %s bench-io: %d rounds of raw, lib, raw' (rotating "
           "order)%s\n", sock2_version_string(), rounds,
           control ? "; -a: lib replaced by raw" : "");
    printf("medians; [q1, q3] = interquartile range over the rounds; A/A is "
           "raw'/raw, the noise floor\n");
    printf("%-8s %-16s %10s %10s %8s %17s %8s %17s\n", "workload",
           "operation", "raw ns/op", "lib ns/op", "lib/raw", "[q1, q3]",
           "A/A", "[q1, q3]");
  }
  for (w = 0; w < sizeof(workloads) / sizeof(workloads[0]); w++) {
    const struct workload *wl = &workloads[w];
    double raw[MAX_ROUNDS], lib[MAX_ROUNDS], ratio[MAX_ROUNDS];
    double raw2[MAX_ROUNDS], aa[MAX_ROUNDS];
    double r_q1, r_q3, aa_q1, aa_q3;
    long n = (long)((double)wl->iters * scale);
    sock2_socket_t a, b;
    int r, rc;

    if (which != NULL && strcmp(which, wl->name) != 0)
      continue;
    if (n < 1)
      n = 1;
    if (wl->tcp)
      tcp_pair(&a, &b);
    else if (wl->unixpair) {
      sock2_socket_t sv[2];
      if ((rc = sock2_socketpair(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_STREAM, 0,
                                 sv)) != 0)
        die("socketpair", rc);
      a = sv[0];
      b = sv[1];
    } else
      udp_pair(&a, &b);
    if (only) {
      (only == 1 ? wl->raw : wl->lib)(a, b, n);
    } else {
      /* Warm up both paths, then interleave. */
      wl->raw(a, b, n / 10 + 1);
      wl->lib(a, b, n / 10 + 1);
      /*
       * Rotate the order within a round (raw lib raw', lib raw' raw,
       * raw' raw lib), so that no loop always runs in another's wake.
       * raw' is the raw loop again: the A/A control. With -a the lib slot
       * runs the raw loop too.
       */
      for (r = 0; r < rounds; r++) {
        run_fn mid = control ? wl->raw : wl->lib;
        int k;
        for (k = 0; k < 3; k++) {
          switch ((r + k) % 3) {
          case 0:
            raw[r] = wl->raw(a, b, n) / (double)n;
            break;
          case 1:
            lib[r] = mid(a, b, n) / (double)n;
            break;
          default:
            raw2[r] = wl->raw(a, b, n) / (double)n;
            break;
          }
        }
        ratio[r] = lib[r] / raw[r];
        aa[r] = raw2[r] / raw[r];
      }
      r_q1 = quantile(ratio, rounds, 0.25);
      r_q3 = quantile(ratio, rounds, 0.75);
      aa_q1 = quantile(aa, rounds, 0.25);
      aa_q3 = quantile(aa, rounds, 0.75);
      printf("%-8s %-16s %10.1f %10.1f %8.4f [%6.4f, %6.4f] %8.4f "
             "[%6.4f, %6.4f]\n",
             wl->name, wl->unit, median(raw, rounds), median(lib, rounds),
             median(ratio, rounds), r_q1, r_q3, median(aa, rounds), aa_q1,
             aa_q3);
      fflush(stdout);
    }
    sock2_close(a);
    sock2_close(b);
  }
  return 0;
}
