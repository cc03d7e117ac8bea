/* SPDX-License-Identifier: MIT */
/*
 * Tests: message batches (sendmmsg/recvmmsg and the library's loops) and
 * UDP segmentation offload (GSO send, GRO receive, segment counts, the
 * split helper, the GSO-or-batch send and its fallback), over loopback.
 */
#include "tests.h"
#include "internal-batch.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#ifndef _WIN32
# include <sys/socket.h>
# include <netinet/in.h>
# ifdef HAVE_NETINET_UDP_H
#  include <netinet/udp.h>
# endif
#endif

/* Both paths of a batch: the backend's (sendmmsg where the OS has it) and
   the portable loop, which must give the same results. */
typedef int (*t_batch_fn)(sock2_socket_t, sock2_mmsg_t *, unsigned int, int);

static int
t_send_lib(sock2_socket_t s, sock2_mmsg_t *m, unsigned int n, int flags)
{
  return sock2_sendmmsg(s, m, n, flags);
}

static int
t_recv_lib(sock2_socket_t s, sock2_mmsg_t *m, unsigned int n, int flags)
{
  return sock2_recvmmsg(s, m, n, flags);
}

static const t_batch_fn t_senders[2] = {t_send_lib, sock2__sendmmsg_loop};
static const t_batch_fn t_receivers[2] = {t_recv_lib, sock2__recvmmsg_loop};

/* One entry over one buffer, to `to` (NULL: none) or receiving into from. */
static void
t_entry(sock2_mmsg_t *m, sock2_buf_t *b, void *data, size_t len,
        const sock2_addr_t *to, sock2_addr_t *from)
{
  b->base = data;
  b->len = len;
  ck_ok(sock2_msg_init(&m->hdr));
  ck_ok(sock2_msg_set_bufs(&m->hdr, b, 1));
  if (to != NULL)
    ck_ok(sock2_msg_set_addr(&m->hdr, to));
  if (from != NULL)
    ck_ok(sock2_msg_set_recv_addr(&m->hdr, from));
  m->len = 12345;
}

/* A non-blocking receiver and a sender on 127.0.0.1. */
static void
t_udp_pair(int domain, sock2_socket_t *tx, sock2_socket_t *rx,
           sock2_addr_t *rx_addr, sock2_addr_t *tx_addr)
{
  *rx = t_udp(domain, rx_addr);
  *tx = t_udp(domain, tx_addr);
  ck_ok(sock2_set_nonblocking(*rx, 1));
}

static unsigned char t_data[128 * 1200];
static unsigned char t_in[65536 + 512];

static void
t_fill(void)
{
  size_t i;
  for (i = 0; i < sizeof(t_data); i++)
    t_data[i] = (unsigned char)(i * 7 + 3);
}

/* ---- sendmmsg / recvmmsg ------------------------------------------------- */

START_TEST(test_batch_roundtrip)
{
  const t_batch_fn snd = t_senders[_i], rcv = t_receivers[_i];
  static unsigned char in[8][256];
  sock2_socket_t tx, rx;
  sock2_addr_t rxa, txa, from[8];
  sock2_mmsg_t m[8];
  sock2_buf_t b[8];
  unsigned int i;
  int r;

  t_fill();
  t_udp_pair(SOCK2_DOMAIN_IPV4, &tx, &rx, &rxa, &txa);
  for (i = 0; i < 5; i++)
    t_entry(&m[i], &b[i], t_data + i * 10, 10 + i * 20, &rxa, NULL);
  ck_assert_int_eq(snd(tx, m, 5, 0), 5);
  for (i = 0; i < 5; i++)
    ck_assert_uint_eq(m[i].len, 10 + i * 20);
  for (i = 0; i < 8; i++)
    t_entry(&m[i], &b[i], in[i], sizeof(in[i]), NULL, &from[i]);
  /* Fewer queued than entries, non-blocking: what is there. */
  r = rcv(rx, m, 8, 0);
  ck_assert_int_eq(r, 5);
  for (i = 0; i < 5; i++) {
    ck_assert_uint_eq(m[i].len, 10 + i * 20);
    ck_assert_int_eq(memcmp(in[i], t_data + i * 10, m[i].len), 0);
    from[i].len = (sock2_socklen_t)sock2_msg_addr_len(&m[i].hdr);
    ck_assert(sock2_addr_equal(&from[i], &txa));
    ck_assert_int_eq(sock2_recv_flags_is_truncated(sock2_msg_flags(&m[i].hdr)),
                     0);
  }
  /* Untouched past the count. */
  ck_assert_uint_eq(m[5].len, 12345);
  /* Nothing left: the error, as nothing was done. */
  ck_err(rcv(rx, m, 8, 0), SOCK2_EAGAIN);
  ck_ok(sock2_close(tx));
  ck_ok(sock2_close(rx));
}
END_TEST

/* Entry 2 is too long for a datagram: 2 sent, the error on the retry. */
START_TEST(test_batch_send_partial)
{
  const t_batch_fn snd = t_senders[_i];
  static unsigned char big[70000];
  sock2_socket_t tx, rx;
  sock2_addr_t rxa, txa;
  sock2_mmsg_t m[4];
  sock2_buf_t b[4];
  unsigned int i;

  t_fill();
  t_udp_pair(SOCK2_DOMAIN_IPV4, &tx, &rx, &rxa, &txa);
  t_entry(&m[0], &b[0], t_data, 100, &rxa, NULL);
  t_entry(&m[1], &b[1], t_data, 100, &rxa, NULL);
  t_entry(&m[2], &b[2], big, sizeof(big), &rxa, NULL);
  t_entry(&m[3], &b[3], t_data, 100, &rxa, NULL);
  ck_assert_int_eq(snd(tx, m, 4, 0), 2);
  ck_assert_uint_eq(m[0].len, 100);
  ck_assert_uint_eq(m[1].len, 100);
  ck_assert_uint_eq(m[2].len, 12345);
  /* The failing entry first: nothing done, so its error. */
  ck_err(snd(tx, m + 2, 2, 0), SOCK2_EMSGSIZE);
  ck_assert_uint_eq(m[3].len, 12345);
  ck_assert_int_eq(snd(tx, m + 3, 1, 0), 1);
  /* Exactly the three good datagrams arrived. */
  for (i = 0; i < 3; i++)
    ck_assert_int_eq(sock2_recv(rx, t_in, sizeof(t_in)), 100);
  ck_err(sock2_recv(rx, t_in, sizeof(t_in)), SOCK2_EAGAIN);
  ck_ok(sock2_close(tx));
  ck_ok(sock2_close(rx));
}
END_TEST

/* Truncation is per entry; WAITFORONE returns what is queued at once. */
START_TEST(test_batch_recv_trunc_waitforone)
{
  const t_batch_fn rcv = t_receivers[_i];
  static unsigned char in[4][64];
  sock2_socket_t tx, rx;
  sock2_addr_t rxa, txa;
  sock2_mmsg_t m[4];
  sock2_buf_t b[4];
  unsigned int i;

  t_fill();
  t_udp_pair(SOCK2_DOMAIN_IPV4, &tx, &rx, &rxa, &txa);
  ck_assert_int_eq(sock2_send_to(tx, t_data, 32, &rxa), 32);
  ck_assert_int_eq(sock2_send_to(tx, t_data, 100, &rxa), 100);
  ck_assert_int_eq(sock2_send_to(tx, t_data, 64, &rxa), 64);
  for (i = 0; i < 4; i++)
    t_entry(&m[i], &b[i], in[i], sizeof(in[i]), NULL, NULL);
  /* Blocking socket, 3 of 4 queued: WAITFORONE must not wait for #4. */
  ck_ok(sock2_set_nonblocking(rx, 0));
  ck_ok(sock2_set_read_timeout(rx, SOCK2_SEC(5)));
  {
    long long t0 = t_now_ms();
    int r = rcv(rx, m, 4, SOCK2_MSG_WAITFORONE);
    /* Windows' loop returns after the first (no per-call DONTWAIT). */
    ck_assert_int_eq(r, SOCK2__MMSG_LOOP_DONTWAIT ? 3 : 1);
    ck_assert_msg(t_now_ms() - t0 < 4000, "WAITFORONE waited");
  }
  ck_assert_uint_eq(m[0].len, 32);
  ck_assert_int_eq(sock2_recv_flags_is_truncated(sock2_msg_flags(&m[0].hdr)),
                   0);
  if (SOCK2__MMSG_LOOP_DONTWAIT) {
    ck_assert_uint_eq(m[1].len, 64);
    ck_assert_int_eq(
      sock2_recv_flags_is_truncated(sock2_msg_flags(&m[1].hdr)), 1);
    ck_assert_uint_eq(m[2].len, 64);
    ck_assert_int_eq(
      sock2_recv_flags_is_truncated(sock2_msg_flags(&m[2].hdr)), 0);
  }
  ck_ok(sock2_close(tx));
  ck_ok(sock2_close(rx));
}
END_TEST

START_TEST(test_batch_args)
{
  static sock2_mmsg_t m[SOCK2_MMSG_MAX + 76];
  static sock2_buf_t b[SOCK2_MMSG_MAX + 76];
  sock2_socket_t tx, rx;
  sock2_addr_t rxa, txa;
  size_t i;

  t_fill();
  ck_err(sock2_sendmmsg(SOCK2_INVALID_SOCKET, m, 1, 0), SOCK2_EBADF);
  ck_err(sock2_recvmmsg(SOCK2_INVALID_SOCKET, m, 1, 0), SOCK2_EBADF);
  t_udp_pair(SOCK2_DOMAIN_IPV4, &tx, &rx, &rxa, &txa);
  ck_err(sock2_sendmmsg(tx, NULL, 1, 0), SOCK2_EINVAL);
  ck_err(sock2_recvmmsg(rx, NULL, 1, 0), SOCK2_EINVAL);
  ck_err(sock2_sendmmsg(tx, m, SIZE_MAX, 0), SOCK2_EINVAL);
  ck_assert_int_eq(sock2_sendmmsg(tx, NULL, 0, 0), 0);
  ck_assert_int_eq(sock2_recvmmsg(rx, m, 0, 0), 0);
  /* More than SOCK2_MMSG_MAX: that many sent, as the kernel caps vlen. */
  for (i = 0; i < sizeof(m) / sizeof(m[0]); i++)
    t_entry(&m[i], &b[i], t_data, 1, &rxa, NULL);
  ck_assert_int_eq(sock2_sendmmsg(tx, m, sizeof(m) / sizeof(m[0]), 0),
                   SOCK2_MMSG_MAX);
  ck_assert_uint_eq(m[SOCK2_MMSG_MAX - 1].len, 1);
  ck_assert_uint_eq(m[SOCK2_MMSG_MAX].len, 12345);
  ck_ok(sock2_close(tx));
  ck_ok(sock2_close(rx));
}
END_TEST

/* sock2_has() says whether the kernel path is built. */
START_TEST(test_batch_has)
{
#if defined(HAVE_SENDMMSG)
  ck_assert_int_eq(sock2_has(SOCK2_FEATURE_SENDMMSG), 1);
#else
  ck_assert_int_eq(sock2_has(SOCK2_FEATURE_SENDMMSG), 0);
#endif
#if defined(HAVE_RECVMMSG)
  ck_assert_int_eq(sock2_has(SOCK2_FEATURE_RECVMMSG), 1);
#else
  ck_assert_int_eq(sock2_has(SOCK2_FEATURE_RECVMMSG), 0);
#endif
  ck_assert_int_eq(sock2_has(SOCK2_FEATURE_UDP_SEGMENT),
                   SOCK2__UDP_SEGMENT >= 0);
  ck_assert_int_eq(sock2_has(SOCK2_FEATURE_UDP_GRO), SOCK2__UDP_GRO >= 0);
  ck_assert_str_eq(sock2_feature_name(SOCK2_FEATURE_UDP_SEGMENT),
                   "UDP_SEGMENT");
  ck_assert_str_eq(sock2_feature_name(SOCK2_FEATURE_UDP_GRO), "UDP_GRO");
}
END_TEST

/* ---- Segment counts ------------------------------------------------------ */

START_TEST(test_udp_max_segments)
{
  ck_assert_int_eq(sock2_udp_max_segments(SOCK2_DOMAIN_IPV4, 1200), 54);
  ck_assert_int_eq(sock2_udp_max_segments(SOCK2_DOMAIN_IPV6, 1200), 54);
  ck_assert_int_eq(sock2_udp_max_segments(SOCK2_DOMAIN_IPV4, 1000), 65);
  ck_assert_int_eq(sock2_udp_max_segments(SOCK2_DOMAIN_IPV6, 1000), 65);
  ck_assert_int_eq(sock2_udp_max_segments(SOCK2_DOMAIN_IPV4, 100), 128);
  ck_assert_int_eq(sock2_udp_max_segments(SOCK2_DOMAIN_IPV4, 1), 128);
  ck_assert_int_eq(sock2_udp_max_segments(SOCK2_DOMAIN_IPV4, 65507), 1);
  ck_err(sock2_udp_max_segments(SOCK2_DOMAIN_IPV4, 65508), SOCK2_EINVAL);
  ck_assert_int_eq(sock2_udp_max_segments(SOCK2_DOMAIN_IPV6, 65527), 1);
  ck_err(sock2_udp_max_segments(SOCK2_DOMAIN_IPV6, 65528), SOCK2_EINVAL);
  /* 65507 / 511 = 128.2, 65507 / 512 = 127.9. */
  ck_assert_int_eq(sock2_udp_max_segments(SOCK2_DOMAIN_IPV4, 511), 128);
  ck_assert_int_eq(sock2_udp_max_segments(SOCK2_DOMAIN_IPV4, 512), 127);
  ck_err(sock2_udp_max_segments(SOCK2_DOMAIN_IPV4, 0), SOCK2_EINVAL);
  ck_err(sock2_udp_max_segments(SOCK2_DOMAIN_UNIX, 1200),
         SOCK2_EAFNOSUPPORT);
}
END_TEST

/* A GSO sendmsg of k segments of seg bytes through the cmsg encoder. */
static sock2_ssize_t
t_gso_sendmsg(sock2_socket_t tx, const sock2_addr_t *to, size_t k, int seg)
{
  SOCK2_CMSG_BUF(cb, SOCK2_CMSG_UDP_SEGMENT_SPACE);
  sock2_cmsg_writer_t w;
  sock2_msg_t msg;
  sock2_buf_t b;

  b.base = (void *)t_data;
  b.len = k * (size_t)seg;
  ck_ok(sock2_msg_init(&msg));
  ck_ok(sock2_msg_set_addr(&msg, to));
  ck_ok(sock2_msg_set_bufs(&msg, &b, 1));
  ck_ok(sock2_cmsg_writer_init(&w, cb.buf, sizeof(cb.buf)));
  ck_ok(sock2_cmsg_put_udp_segment(&w, seg));
  ck_ok(sock2_msg_set_cmsgs(&msg, &w));
  return sock2_sendmsg(tx, &msg, 0);
}

/* The answers hold against the kernel: 54 x 1200 goes, 55 does not. */
START_TEST(test_udp_gso_max_segments)
{
  static const int domains[2] = {SOCK2_DOMAIN_IPV4, SOCK2_DOMAIN_IPV6};
  int domain = domains[_i];
  sock2_socket_t tx, rx, tcp;
  sock2_addr_t rxa, txa;
  int k;

  T_SKIP_IF(!sock2_has(SOCK2_FEATURE_UDP_SEGMENT), "no UDP GSO in this build");
  T_SKIP_IF(domain == SOCK2_DOMAIN_IPV6 && !t_have_ipv6(), "no IPv6 loopback");
  T_SKIP_UNDER_EMULATOR("qemu-user does not pass UDP_SEGMENT through");
  t_fill();
  t_udp_pair(domain, &tx, &rx, &rxa, &txa);
  k = sock2_udp_gso_max_segments(tx, 1200);
  ck_assert_int_eq(k, 54);
  ck_assert_int_eq(sock2_udp_gso_max_segments(tx, 100), 128);
  ck_err(sock2_udp_gso_max_segments(tx, 0), SOCK2_EINVAL);
  ck_err(sock2_udp_gso_max_segments(SOCK2_INVALID_SOCKET, 1200), SOCK2_EBADF);
  ck_assert_int_eq(t_gso_sendmsg(tx, &rxa, 54, 1200), 54 * 1200);
  ck_err(t_gso_sendmsg(tx, &rxa, 55, 1200), SOCK2_EMSGSIZE);
  /* The kernel's UDP_MAX_SEGMENTS. */
  ck_assert_int_eq(t_gso_sendmsg(tx, &rxa, 128, 100), 128 * 100);
  ck_err(t_gso_sendmsg(tx, &rxa, 129, 100), SOCK2_EINVAL);
  ck_err(sock2_send_segments(tx, t_data, 129 * 100, 100, &rxa, 0),
         SOCK2_EINVAL);
  ck_err(sock2_send_segments(tx, t_data, 55 * 1200, 1200, &rxa, 0),
         SOCK2_EMSGSIZE);
  ck_ok(sock2_socket(domain, SOCK2_TYPE_STREAM, 0, &tcp));
  /* Linux: getsockopt(SOL_UDP) on TCP is EOPNOTSUPP over IPv4 and
     ENOPROTOOPT over IPv6. */
  ck_err(sock2_udp_gso_max_segments(tcp, 1200),
         domain == SOCK2_DOMAIN_IPV4 ? SOCK2_ENOTSUP : SOCK2_ENOPROTOOPT);
  ck_ok(sock2_close(tcp));
  ck_ok(sock2_close(tx));
  ck_ok(sock2_close(rx));
}
END_TEST

/* ---- Options ------------------------------------------------------------- */

START_TEST(test_udp_segment_option)
{
  sock2_socket_t s, tcp;
  sock2_addr_t a;
  int v = -1;

  s = t_udp(SOCK2_DOMAIN_IPV4, &a);
  ck_err(sock2_set_udp_segment(s, -1), SOCK2_EINVAL);
  ck_err(sock2_set_udp_segment(s, 65536), SOCK2_EINVAL);
  ck_err(sock2_udp_segment(s, NULL), SOCK2_EINVAL);
  ck_err(sock2_set_udp_segment(SOCK2_INVALID_SOCKET, 1200), SOCK2_EBADF);
  if (!sock2_has(SOCK2_FEATURE_UDP_SEGMENT)) {
    ck_err(sock2_set_udp_segment(s, 1200), SOCK2_ENOTSUP);
    ck_err(sock2_udp_segment(s, &v), SOCK2_ENOTSUP);
    ck_err(sock2_set_udp_gro(s, 1), sock2_has(SOCK2_FEATURE_UDP_GRO)
                                      ? 0 : SOCK2_ENOTSUP);
    ck_ok(sock2_close(s));
    t_skip(__func__, "no UDP GSO in this build (ENOTSUP checked)");
    return;
  }
  if (t_emulator() != NULL) {
    ck_ok(sock2_close(s));
    t_skip(__func__, "qemu-user does not pass UDP_SEGMENT through");
    return;
  }
  ck_ok(sock2_udp_segment(s, &v));
  ck_assert_int_eq(v, 0);
  ck_ok(sock2_set_udp_segment(s, 1200));
  ck_assert_int_eq(t_raw_getsockopt_int(s, SOCK2__SOL_UDP, SOCK2__UDP_SEGMENT),
                   1200);
  ck_ok(sock2_udp_segment(s, &v));
  ck_assert_int_eq(v, 1200);
  ck_ok(sock2_set_udp_segment(s, 0));
  ck_assert_int_eq(t_raw_getsockopt_int(s, SOCK2__SOL_UDP, SOCK2__UDP_SEGMENT),
                   0);
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &tcp));
  ck_err(sock2_set_udp_segment(tcp, 1200), SOCK2_ENOPROTOOPT);
  ck_err(sock2_set_udp_gro(tcp, 1), SOCK2_ENOPROTOOPT);
  ck_ok(sock2_close(tcp));
  /* GRO: a boolean. */
  ck_ok(sock2_udp_gro(s, &v));
  ck_assert_int_eq(v, 0);
  ck_ok(sock2_set_udp_gro(s, 7));
  ck_assert_int_eq(t_raw_getsockopt_int(s, SOCK2__SOL_UDP, SOCK2__UDP_GRO), 1);
  ck_ok(sock2_udp_gro(s, &v));
  ck_assert_int_eq(v, 1);
  ck_ok(sock2_set_udp_gro(s, 0));
  ck_assert_int_eq(t_raw_getsockopt_int(s, SOCK2__SOL_UDP, SOCK2__UDP_GRO), 0);
  ck_ok(sock2_close(s));
}
END_TEST

/* ---- GSO and GRO over loopback ------------------------------------------- */

/* Receive everything queued; lens[] gets each read's length, *gro the
   UDP_GRO segment size of each (-1 for none). Returns the read count. */
static int
t_drain(sock2_socket_t rx, size_t *lens, int *gro, int max)
{
  int n = 0;
  for (;;) {
    SOCK2_CMSG_BUF(cb, SOCK2_CMSG_SPACE(sizeof(int)) * 2);
    sock2_cmsg_iter_t it;
    sock2_cmsg_t c;
    sock2_msg_t msg;
    sock2_buf_t b;
    sock2_ssize_t r;
    int g = -1, v;

    b.base = (void *)t_in;
    b.len = sizeof(t_in);
    ck_ok(sock2_msg_init(&msg));
    ck_ok(sock2_msg_set_bufs(&msg, &b, 1));
    ck_ok(sock2_msg_set_control(&msg, cb.buf, sizeof(cb.buf)));
    r = sock2_recvmsg(rx, &msg, 0);
    if (r == SOCK2_EAGAIN)
      return n;
    ck_ok(r);
    ck_ok(sock2_cmsg_iter_init(&it, &msg));
    while (sock2_cmsg_next(&it, &c) == 1) {
      if (sock2_cmsg_get_udp_gro(&c, &v) == 0)
        g = v;
      else
        ck_err(sock2_cmsg_get_udp_gro(&c, &v), SOCK2_ENOENT);
    }
    ck_assert_int_lt(n, max);
    lens[n] = (size_t)r;
    gro[n] = g;
    n++;
  }
}

/* Without GRO: N datagrams of the segment size (a short tail). Through
   sock2_send_segments (GSO, or the batch where the build has none). */
START_TEST(test_gso_plain_receiver)
{
  sock2_socket_t tx, rx;
  sock2_addr_t rxa, txa;
  size_t lens[8];
  int gro[8], n, i;

  if (sock2_has(SOCK2_FEATURE_UDP_SEGMENT))
    T_SKIP_UNDER_EMULATOR("qemu-user may not pass the UDP_SEGMENT cmsg on");
  t_fill();
  t_udp_pair(SOCK2_DOMAIN_IPV4, &tx, &rx, &rxa, &txa);
  ck_assert_int_eq(sock2_send_segments(tx, t_data, 3 * 1200 + 500, 1200,
                                       &rxa, 0), 3 * 1200 + 500);
  n = t_drain(rx, lens, gro, 8);
  ck_assert_int_eq(n, 4);
  for (i = 0; i < 4; i++) {
    ck_assert_uint_eq(lens[i], i < 3 ? 1200 : 500);
    ck_assert_int_eq(gro[i], -1);
  }
  /* At most one segment: one ordinary datagram. */
  ck_assert_int_eq(sock2_send_segments(tx, t_data, 700, 1200, &rxa, 0), 700);
  n = t_drain(rx, lens, gro, 8);
  ck_assert_int_eq(n, 1);
  ck_assert_uint_eq(lens[0], 700);
  ck_ok(sock2_close(tx));
  ck_ok(sock2_close(rx));
}
END_TEST

/* With GRO on: one coalesced buffer with the segment size, split whole. */
START_TEST(test_gso_gro_receiver)
{
  sock2_socket_t tx, rx;
  sock2_addr_t rxa, txa;
  sock2_buf_t dg[SOCK2_UDP_MAX_SEGMENTS];
  size_t lens[64];
  int gro[64], n, k, i;

  T_SKIP_IF(!sock2_has(SOCK2_FEATURE_UDP_SEGMENT) ||
              !sock2_has(SOCK2_FEATURE_UDP_GRO),
            "no UDP GSO/GRO in this build");
  T_SKIP_UNDER_EMULATOR("qemu-user does not pass UDP_GRO through");
  t_fill();
  t_udp_pair(SOCK2_DOMAIN_IPV4, &tx, &rx, &rxa, &txa);
  ck_ok(sock2_set_udp_gro(rx, 1));
  /* The socket option path: 54 x 1200 in one plain send. */
  ck_ok(sock2_set_udp_segment(tx, 1200));
  ck_assert_int_eq(sock2_send_to(tx, t_data, 54 * 1200, &rxa), 54 * 1200);
  n = t_drain(rx, lens, gro, 64);
  ck_assert_int_eq(n, 1);
  ck_assert_uint_eq(lens[0], 54 * 1200);
  ck_assert_int_eq(gro[0], 1200);
  k = sock2_udp_gro_split(t_in, lens[0], (size_t)gro[0], dg,
                          SOCK2_UDP_MAX_SEGMENTS);
  ck_assert_int_eq(k, 54);
  for (i = 0; i < k; i++) {
    ck_assert_ptr_eq(dg[i].base, t_in + (size_t)i * 1200);
    ck_assert_uint_eq(dg[i].len, 1200);
  }
  ck_assert_int_eq(memcmp(t_in, t_data, 54 * 1200), 0);
  ck_ok(sock2_set_udp_segment(tx, 0));
  /* The per-message path with an odd tail: 3 x 1200 + 500. */
  ck_assert_int_eq(sock2_send_segments(tx, t_data, 3 * 1200 + 500, 1200,
                                       &rxa, 0), 3 * 1200 + 500);
  n = t_drain(rx, lens, gro, 64);
  ck_assert_int_eq(n, 1);
  ck_assert_uint_eq(lens[0], 3 * 1200 + 500);
  ck_assert_int_eq(gro[0], 1200);
  k = sock2_udp_gro_split(t_in, lens[0], (size_t)gro[0], dg, 4);
  ck_assert_int_eq(k, 4);
  ck_assert_uint_eq(dg[3].len, 500);
  ck_assert_ptr_eq(dg[3].base, t_in + 3600);
  /* GRO off again: segmented. */
  ck_ok(sock2_set_udp_gro(rx, 0));
  ck_assert_int_eq(t_gso_sendmsg(tx, &rxa, 3, 1200), 3 * 1200);
  n = t_drain(rx, lens, gro, 64);
  ck_assert_int_eq(n, 3);
  ck_ok(sock2_close(tx));
  ck_ok(sock2_close(rx));
}
END_TEST

/* A sendmmsg of GSO messages, received by recvmmsg with GRO. */
START_TEST(test_gso_batch_gro_recvmmsg)
{
  static unsigned char in[3][65536];
  SOCK2_CMSG_BUF(cb, SOCK2_CMSG_UDP_SEGMENT_SPACE);
  SOCK2_CMSG_BUF(rcb0, SOCK2_CMSG_SPACE(sizeof(int)));
  SOCK2_CMSG_BUF(rcb1, SOCK2_CMSG_SPACE(sizeof(int)));
  SOCK2_CMSG_BUF(rcb2, SOCK2_CMSG_SPACE(sizeof(int)));
  unsigned char *rcb[3] = {rcb0.buf, rcb1.buf, rcb2.buf};
  sock2_socket_t tx, rx;
  sock2_addr_t rxa, txa;
  sock2_cmsg_writer_t w;
  sock2_mmsg_t m[3];
  sock2_buf_t b[3];
  int i;

  T_SKIP_IF(!sock2_has(SOCK2_FEATURE_UDP_SEGMENT) ||
              !sock2_has(SOCK2_FEATURE_UDP_GRO),
            "no UDP GSO/GRO in this build");
  T_SKIP_UNDER_EMULATOR("qemu-user does not pass UDP_GRO through");
  t_fill();
  t_udp_pair(SOCK2_DOMAIN_IPV4, &tx, &rx, &rxa, &txa);
  ck_ok(sock2_set_udp_gro(rx, 1));
  ck_ok(sock2_cmsg_writer_init(&w, cb.buf, sizeof(cb.buf)));
  ck_ok(sock2_cmsg_put_udp_segment(&w, 1200));
  for (i = 0; i < 3; i++) {
    t_entry(&m[i], &b[i], t_data, 10 * 1200, &rxa, NULL);
    ck_ok(sock2_msg_set_cmsgs(&m[i].hdr, &w));
  }
  ck_assert_int_eq(sock2_sendmmsg(tx, m, 3, 0), 3);
  for (i = 0; i < 3; i++) {
    t_entry(&m[i], &b[i], in[i], sizeof(in[i]), NULL, NULL);
    ck_ok(sock2_msg_set_control(&m[i].hdr, rcb[i],
                                SOCK2_CMSG_SPACE(sizeof(int))));
  }
  ck_assert_int_eq(sock2_recvmmsg(rx, m, 3, 0), 3);
  for (i = 0; i < 3; i++) {
    sock2_cmsg_iter_t it;
    sock2_cmsg_t c;
    int g = -1;
    ck_assert_uint_eq(m[i].len, 10 * 1200);
    ck_ok(sock2_cmsg_iter_init(&it, &m[i].hdr));
    ck_assert_int_eq(sock2_cmsg_next(&it, &c), 1);
    ck_ok(sock2_cmsg_get_udp_gro(&c, &g));
    ck_assert_int_eq(g, 1200);
  }
  ck_ok(sock2_close(tx));
  ck_ok(sock2_close(rx));
}
END_TEST

/*
 * The fallback: GSO on a UDP-Lite socket is refused with EIO (this
 * kernel's only EIO case, doc kernel-facts), and sock2_send_segments()
 * sends the same datagrams as a batch.
 */
START_TEST(test_gso_eio_fallback)
{
#ifdef IPPROTO_UDPLITE
  sock2_socket_t tx, rx;
  sock2_addr_t rxa, txa, lo;
  size_t lens[8];
  int gro[8], n, i, r;

  T_SKIP_IF(!sock2_has(SOCK2_FEATURE_UDP_SEGMENT), "no UDP GSO in this build");
  T_SKIP_UNDER_EMULATOR("qemu-user does not pass UDP_SEGMENT through");
  r = sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, IPPROTO_UDPLITE, &rx);
  T_SKIP_IF(r < 0, "no UDP-Lite in this kernel");
  t_loopback(SOCK2_DOMAIN_IPV4, &lo);
  ck_ok(sock2_bind(rx, &lo));
  ck_ok(sock2_local_addr(rx, &rxa));
  ck_ok(sock2_set_nonblocking(rx, 1));
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, IPPROTO_UDPLITE,
                     &tx));
  ck_ok(sock2_bind(tx, &lo));
  ck_ok(sock2_local_addr(tx, &txa));
  t_fill();
  ck_err(t_gso_sendmsg(tx, &rxa, 3, 1000), SOCK2_EIO);
  ck_assert_int_eq(sock2_send_segments(tx, t_data, 3 * 1000 + 1, 1000, &rxa,
                                       0), 3001);
  n = t_drain(rx, lens, gro, 8);
  ck_assert_int_eq(n, 4);
  for (i = 0; i < 4; i++)
    ck_assert_uint_eq(lens[i], i < 3 ? 1000 : 1);
  ck_ok(sock2_close(tx));
  ck_ok(sock2_close(rx));
#else
  t_skip(__func__, "no IPPROTO_UDPLITE on this system");
#endif
}
END_TEST

/* ---- The split helper and the control messages --------------------------- */

START_TEST(test_gro_split)
{
  static unsigned char buf[2500];
  sock2_buf_t out[4];

  memset(out, 0x5a, sizeof(out));
  ck_assert_int_eq(sock2_udp_gro_split(buf, 2500, 1000, out, 4), 3);
  ck_assert_ptr_eq(out[0].base, buf);
  ck_assert_uint_eq(out[0].len, 1000);
  ck_assert_ptr_eq(out[1].base, buf + 1000);
  ck_assert_ptr_eq(out[2].base, buf + 2000);
  ck_assert_uint_eq(out[2].len, 500);
  /* Exact multiple: no empty tail. */
  ck_assert_int_eq(sock2_udp_gro_split(buf, 2000, 1000, out, 4), 2);
  ck_assert_uint_eq(out[1].len, 1000);
  /* Not coalesced (0), or one short segment: one datagram. */
  ck_assert_int_eq(sock2_udp_gro_split(buf, 2500, 0, out, 4), 1);
  ck_assert_uint_eq(out[0].len, 2500);
  ck_assert_int_eq(sock2_udp_gro_split(buf, 700, 1000, out, 4), 1);
  ck_assert_uint_eq(out[0].len, 700);
  ck_assert_int_eq(sock2_udp_gro_split(buf, 0, 1000, out, 4), 1);
  ck_assert_uint_eq(out[0].len, 0);
  /* Too few views: nothing written. */
  memset(out, 0x5a, sizeof(out));
  ck_err(sock2_udp_gro_split(buf, 2500, 1000, out, 2), SOCK2_ENOBUFS);
  ck_assert_uint_eq(((unsigned char *)out)[0], 0x5a);
  ck_err(sock2_udp_gro_split(NULL, 10, 1, out, 4), SOCK2_EINVAL);
  ck_err(sock2_udp_gro_split(buf, 10, 1, NULL, 4), SOCK2_EINVAL);
  ck_err(sock2_udp_gro_split(buf, SIZE_MAX, 1, out, 4), SOCK2_EINVAL);
}
END_TEST

START_TEST(test_cmsg_udp_kinds)
{
  SOCK2_CMSG_BUF(cb, SOCK2_CMSG_UDP_SEGMENT_SPACE);
  unsigned char raw[64];
  sock2_cmsg_writer_t w;
  sock2_cmsg_iter_t it;
  sock2_cmsg_t c, bad;
  int v = -7;

  ck_ok(sock2_cmsg_writer_init(&w, cb.buf, sizeof(cb.buf)));
  ck_err(sock2_cmsg_put_udp_segment(&w, -1), SOCK2_EINVAL);
  ck_err(sock2_cmsg_put_udp_segment(&w, 65536), SOCK2_EINVAL);
  ck_err(sock2_cmsg_put_udp_segment(NULL, 1200), SOCK2_EINVAL);
  if (!sock2_has(SOCK2_FEATURE_UDP_SEGMENT)) {
    ck_err(sock2_cmsg_put_udp_segment(&w, 1200), SOCK2_ENOTSUP);
    t_skip(__func__, "no UDP GSO in this build (ENOTSUP checked)");
    return;
  }
  ck_ok(sock2_cmsg_put_udp_segment(&w, 1200));
  ck_assert_uint_eq(sock2_cmsg_writer_len(&w),
                    SOCK2_CMSG_SPACE(SOCK2__CMSG_UDP_SEGMENT_LEN));
  /* No room for a second one. */
  ck_err(sock2_cmsg_put_udp_segment(&w, 1200), SOCK2_ENOBUFS);
  ck_ok(sock2_cmsg_iter_init_buf(&it, cb.buf, sock2_cmsg_writer_len(&w)));
  ck_assert_int_eq(sock2_cmsg_next(&it, &c), 1);
  ck_assert_int_eq(c.level, SOCK2__SOL_UDP);
  ck_assert_int_eq(c.type, SOCK2__UDP_SEGMENT);
  ck_ok(sock2_cmsg_get_udp_segment(&c, &v));
  ck_assert_int_eq(v, 1200);
  /* Another kind, and the right kind with the wrong length. */
  v = -7;
  ck_err(sock2_cmsg_get_udp_gro(&c, &v), SOCK2_ENOENT);
  ck_assert_int_eq(v, -7);
  memset(raw, 0, sizeof(raw));
  bad = c;
  bad.data = raw + 1; /* unaligned */
  bad.len = 3;
  ck_err(sock2_cmsg_get_udp_segment(&bad, &v), SOCK2_EINVAL);
  ck_assert_int_eq(v, -7);
  bad.type = SOCK2__CMSG_UDP_GRO;
  bad.len = sizeof(int);
  raw[1] = 0xb0;
  raw[2] = 0x04; /* 1200, little or big endian aside */
  ck_ok(sock2_cmsg_get_udp_gro(&bad, &v));
  ck_assert_int_ge(v, 0);
  ck_err(sock2_cmsg_get_udp_segment(&bad, &v), SOCK2_ENOENT);
  ck_err(sock2_cmsg_get_udp_gro(NULL, &v), SOCK2_EINVAL);
  ck_err(sock2_cmsg_get_udp_gro(&bad, NULL), SOCK2_EINVAL);
  ck_err(sock2_cmsg_get_udp_segment(NULL, &v), SOCK2_EINVAL);
}
END_TEST

Suite *
sock2_test_batch_suite(void)
{
  Suite *s = suite_create("batch");
  TCase *tc;

  tc = sock2_tcase("mmsg");
  tcase_add_loop_test(tc, test_batch_roundtrip, 0, 2);
  tcase_add_loop_test(tc, test_batch_send_partial, 0, 2);
  tcase_add_loop_test(tc, test_batch_recv_trunc_waitforone, 0, 2);
  tcase_add_test(tc, test_batch_args);
  tcase_add_test(tc, test_batch_has);
  suite_add_tcase(s, tc);

  tc = sock2_tcase("gso");
  tcase_add_test(tc, test_udp_max_segments);
  tcase_add_loop_test(tc, test_udp_gso_max_segments, 0, 2);
  tcase_add_test(tc, test_udp_segment_option);
  tcase_add_test(tc, test_gso_plain_receiver);
  tcase_add_test(tc, test_gso_gro_receiver);
  tcase_add_test(tc, test_gso_batch_gro_recvmmsg);
  tcase_add_test(tc, test_gso_eio_fallback);
  tcase_add_test(tc, test_gro_split);
  tcase_add_test(tc, test_cmsg_udp_kinds);
  suite_add_tcase(s, tc);
  return s;
}
