/* SPDX-License-Identifier: MIT */
/*
 * udp-batch: send a batch of UDP datagram trains over loopback with GSO
 * (one sendmmsg of two messages, each cut into datagrams by the kernel
 * through a UDP_SEGMENT control message) and receive them with GRO (one
 * recvmmsg; each coalesced buffer split into its datagrams with
 * sock2_udp_gro_split()), then print every datagram's length, segment
 * size and sender. Where GSO or GRO is missing (another OS, an old
 * kernel, a device that cannot checksum) it takes the fallback paths:
 * the same datagrams as one sendmmsg batch (sock2_send_segments() when
 * the kernel refuses a GSO send), and the receiver gets them one by one. Exits 0 when every datagram arrived with
 * the right length.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sock2.h>

#define NMSG 2
#define NRX 16
#define SEG 1200

/* The two trains: 3 x 1200 + 500 and 2 x 1200 + 1 bytes. */
static const size_t train_len[NMSG] = {3 * SEG + 500, 2 * SEG + 1};
static unsigned char train[NMSG][4 * SEG];

static int
fail(const char *what, int rc)
{
  fprintf(stderr, "udp-batch: %s: %s (%s)\n", what, sock2_strerror(rc),
          sock2_err_name(rc));
  return 1;
}

static int
send_trains(sock2_socket_t tx, const sock2_addr_t *to, int gso)
{
  SOCK2_CMSG_BUF(cb, SOCK2_CMSG_UDP_SEGMENT_SPACE);
  sock2_cmsg_writer_t w;
  sock2_mmsg_t m[NMSG];
  sock2_buf_t b[NMSG];
  int i, rc;

  if (gso) {
    /* One control message, shared by both entries: 1200-byte segments. */
    sock2_cmsg_writer_init(&w, cb.buf, sizeof(cb.buf));
    rc = sock2_cmsg_put_udp_segment(&w, SEG);
    if (rc != 0)
      return fail("sock2_cmsg_put_udp_segment", rc);
    for (i = 0; i < NMSG; i++) {
      b[i].base = (void *)train[i];
      b[i].len = train_len[i];
      sock2_msg_init(&m[i].hdr);
      sock2_msg_set_addr(&m[i].hdr, to);
      sock2_msg_set_bufs(&m[i].hdr, &b[i], 1);
      sock2_msg_set_cmsgs(&m[i].hdr, &w);
    }
    rc = sock2_sendmmsg(tx, m, NMSG, 0);
    if (rc == NMSG) {
      printf("sent %d GSO messages in one sendmmsg (%s)\n", rc,
             sock2_has(SOCK2_FEATURE_SENDMMSG) ? "one system call"
                                               : "a sendmsg loop");
      return 0;
    }
    /* EIO: the device cannot checksum; the batch below does it. */
    if (rc != SOCK2_EIO && rc < 0)
      return fail("sock2_sendmmsg", rc);
    if (rc > 0)
      return fail("sock2_sendmmsg (partial)", SOCK2_EAGAIN);
    printf("GSO refused (%s): sending the same datagrams as a batch\n",
           sock2_err_name(rc));
  }
  if (gso) {
    /* GSO works but this send was refused: the library's fallback. */
    for (i = 0; i < NMSG; i++) {
      sock2_ssize_t n = sock2_send_segments(tx, train[i], train_len[i], SEG,
                                            to, 0);
      if (n != (sock2_ssize_t)train_len[i])
        return fail("sock2_send_segments", n < 0 ? (int)n : SOCK2_EAGAIN);
    }
    printf("sent %d trains with sock2_send_segments() (batch fallback)\n",
           NMSG);
    return 0;
  }
  /* No GSO: the same datagrams as one batch of ordinary messages. */
  {
    sock2_mmsg_t dm[NMSG * 4];
    sock2_buf_t db[NMSG * 4];
    size_t off;
    int nd = 0;

    for (i = 0; i < NMSG; i++)
      for (off = 0; off < train_len[i]; off += SEG) {
        db[nd].base = (void *)(train[i] + off);
        db[nd].len = train_len[i] - off < SEG ? train_len[i] - off : SEG;
        sock2_msg_init(&dm[nd].hdr);
        sock2_msg_set_addr(&dm[nd].hdr, to);
        sock2_msg_set_bufs(&dm[nd].hdr, &db[nd], 1);
        nd++;
      }
    rc = sock2_sendmmsg(tx, dm, (size_t)nd, 0);
    if (rc != nd)
      return fail("sock2_sendmmsg", rc < 0 ? rc : SOCK2_EAGAIN);
    printf("sent %d datagrams in one sendmmsg batch (no GSO)\n", nd);
  }
  return 0;
}

int
main(void)
{
  static unsigned char rxbuf[NRX][65536];
  static union {
    unsigned char buf[SOCK2_CMSG_SPACE(sizeof(int))];
    int64_t align;
  } rcb[NRX];
  sock2_socket_t tx, rx;
  sock2_addr_t lo, rxa, from[NRX];
  sock2_mmsg_t m[NRX];
  sock2_buf_t b[NRX];
  sock2_buf_t dg[SOCK2_UDP_MAX_SEGMENTS];
  size_t want = 0, got = 0, bad = 0, next_len[NMSG * 4];
  int rc, gso, gro = 1, i, j, k;
  char text[SOCK2_ADDR_STRLEN];

  for (i = 0; i < NMSG; i++) {
    size_t off;
    memset(train[i], 'a' + i, sizeof(train[i]));
    for (off = 0; off < train_len[i]; off += SEG)
      next_len[want++] = train_len[i] - off < SEG ? train_len[i] - off : SEG;
  }
  if ((rc = sock2_addr_parse(&lo, "127.0.0.1:0")) != 0)
    return fail("sock2_addr_parse", rc);
  if ((rc = sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, &rx)) != 0 ||
      (rc = sock2_bind(rx, &lo)) != 0 ||
      (rc = sock2_local_addr(rx, &rxa)) != 0)
    return fail("receiver", rc);
  if ((rc = sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, &tx)) != 0 ||
      (rc = sock2_bind(tx, &lo)) != 0)
    return fail("sender", rc);
  sock2_set_read_timeout(rx, SOCK2_SEC(2));

  /* Ask the sockets what they can do. */
  k = sock2_udp_gso_max_segments(tx, SEG);
  gso = k > 0;
  if (gso)
    printf("GSO: up to %d segments of %d bytes per send\n", k, SEG);
  else
    printf("GSO: not available (%s)\n", sock2_err_name(k));
  rc = sock2_set_udp_gro(rx, 1);
  if (rc != 0) {
    gro = 0;
    printf("GRO: not available (%s)\n", sock2_err_name(rc));
  } else {
    printf("GRO: on\n");
  }

  if (send_trains(tx, &rxa, gso) != 0)
    return 1;

  /* Receive until every datagram is in (or the read timeout). */
  while (got < want) {
    for (i = 0; i < NRX; i++) {
      b[i].base = (void *)rxbuf[i];
      b[i].len = sizeof(rxbuf[i]);
      sock2_msg_init(&m[i].hdr);
      sock2_msg_set_bufs(&m[i].hdr, &b[i], 1);
      sock2_msg_set_recv_addr(&m[i].hdr, &from[i]);
      sock2_msg_set_control(&m[i].hdr, rcb[i].buf, sizeof(rcb[i].buf));
    }
    rc = sock2_recvmmsg(rx, m, NRX, SOCK2_MSG_WAITFORONE);
    if (rc < 0)
      return fail("sock2_recvmmsg", rc);
    printf("recvmmsg: %d message(s)\n", rc);
    for (i = 0; i < rc; i++) {
      sock2_cmsg_iter_t it;
      sock2_cmsg_t c;
      int seg = 0;

      from[i].len = (sock2_socklen_t)sock2_msg_addr_len(&m[i].hdr);
      if (sock2_addr_format(&from[i], text, sizeof(text)) < 0)
        strcpy(text, "?");
      sock2_cmsg_iter_init(&it, &m[i].hdr);
      while (sock2_cmsg_next(&it, &c) == 1)
        if (sock2_cmsg_get_udp_gro(&c, &seg) == 0)
          break;
      k = sock2_udp_gro_split(rxbuf[i], m[i].len, (size_t)seg, dg,
                              SOCK2_UDP_MAX_SEGMENTS);
      if (k < 0)
        return fail("sock2_udp_gro_split", k);
      printf("  message %d: %u bytes from %s, %s\n", i, (unsigned)m[i].len,
             text, seg > 0 ? "coalesced (GRO)" : "one datagram");
      for (j = 0; j < k; j++) {
        size_t expect = got < want ? next_len[got] : 0;
        printf("    datagram %lu: length %lu, segment size %d, from %s%s\n",
               (unsigned long)got, (unsigned long)dg[j].len,
               seg > 0 ? seg : (int)dg[j].len, text,
               (size_t)dg[j].len == expect ? "" : "  (UNEXPECTED LENGTH)");
        bad += (size_t)dg[j].len != expect;
        got++;
      }
    }
  }
  (void)gro;
  sock2_close(tx);
  sock2_close(rx);
  printf("%lu of %lu datagrams (%lu unexpected)\n", (unsigned long)got,
         (unsigned long)want, (unsigned long)bad);
  return got == want && bad == 0 ? 0 : 1;
}
