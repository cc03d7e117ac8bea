/* SPDX-License-Identifier: MIT */
/*
 * Tests: control messages. The core (walker and writer) on built and on
 * malformed buffers, then every typed kind encoded, sent, received and
 * decoded over loopback, unix sockets and a network namespace.
 */
#include "tests.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#ifndef _WIN32
# include <fcntl.h>
# include <poll.h>
# include <sched.h>
# include <time.h>
# include <unistd.h>
# include <net/if.h>
# include <netinet/in.h>
# include <sys/socket.h>
# include <sys/time.h>
# include <sys/wait.h>
#endif

/* The OS's header size, computed without the library: data offset. */
#ifdef _WIN32
# define T_HDRLEN ((size_t)WSA_CMSG_LEN(0))
# define T_HDR_T WSACMSGHDR
#else
# define T_HDRLEN ((size_t)CMSG_LEN(0))
# define T_HDR_T struct cmsghdr
#endif

/* Write a raw header at p (any alignment). */
static void
t_put_hdr(unsigned char *p, size_t len, int level, int type)
{
  T_HDR_T h;
  memset(&h, 0, sizeof(h));
  h.cmsg_len = len;
  h.cmsg_level = level;
  h.cmsg_type = type;
  memcpy(p, &h, sizeof(h));
}

/* ---- Core --------------------------------------------------------------- */

START_TEST(test_cmsg_roundtrip)
{
  SOCK2_CMSG_BUF(cb, SOCK2_CMSG_SPACE(4) + SOCK2_CMSG_SPACE(1)
                       + SOCK2_CMSG_SPACE(0));
  sock2_cmsg_writer_t w;
  sock2_cmsg_iter_t it;
  sock2_cmsg_t c;
  uint32_t v = 0x01020304u, got;
  unsigned char b = 0x7f;
  sock2_msg_t msg;

  ck_assert_uint_eq(sock2_cmsg_space(4), SOCK2_CMSG_SPACE(4));
  ck_assert_uint_eq(sock2_cmsg_space(0), SOCK2_CMSG_SPACE(0));
  ck_assert_uint_eq(sock2_cmsg_space(SIZE_MAX), 0);
  ck_ok(sock2_cmsg_writer_init(&w, cb.buf, sizeof(cb.buf)));
  ck_assert_uint_eq(sock2_cmsg_writer_len(&w), 0);
  ck_ok(sock2_cmsg_put(&w, 11, 22, &v, sizeof(v)));
  ck_assert_uint_eq(sock2_cmsg_writer_len(&w), SOCK2_CMSG_SPACE(4));
  ck_ok(sock2_cmsg_put(&w, 33, 44, &b, 1));
  ck_ok(sock2_cmsg_put(&w, 55, 66, NULL, 0));
  ck_assert_uint_eq(sock2_cmsg_writer_len(&w), sizeof(cb.buf));
  /* Full: nothing more fits, and nothing is written. */
  ck_err(sock2_cmsg_put(&w, 1, 2, NULL, 0), SOCK2_ENOBUFS);
  ck_assert_uint_eq(sock2_cmsg_writer_len(&w), sizeof(cb.buf));

  /* The OS's own macros read the same header. */
#ifndef _WIN32
  {
    struct cmsghdr h;
    memcpy(&h, cb.buf, sizeof(h));
    ck_assert_uint_eq(h.cmsg_len, CMSG_LEN(4));
    ck_assert_int_eq(h.cmsg_level, 11);
    ck_assert_int_eq(h.cmsg_type, 22);
    ck_assert_int_eq(memcmp(cb.buf + CMSG_LEN(0), &v, 4), 0);
  }
#endif

  ck_ok(sock2_msg_init(&msg));
  ck_ok(sock2_msg_set_cmsgs(&msg, &w));
  ck_assert_uint_eq(sock2_msg_control_len(&msg), sizeof(cb.buf));
  ck_ok(sock2_cmsg_iter_init(&it, &msg));
  ck_assert_int_eq(sock2_cmsg_truncated(&it), 0);
  ck_assert_int_eq(sock2_cmsg_next(&it, &c), 1);
  ck_assert_int_eq(c.level, 11);
  ck_assert_int_eq(c.type, 22);
  ck_assert_uint_eq(c.len, 4);
  memcpy(&got, c.data, 4);
  ck_assert_uint_eq(got, v);
  ck_assert_int_eq(sock2_cmsg_next(&it, &c), 1);
  ck_assert_int_eq(c.level, 33);
  ck_assert_uint_eq(c.len, 1);
  ck_assert_uint_eq(*(const unsigned char *)c.data, 0x7f);
  ck_assert_int_eq(sock2_cmsg_next(&it, &c), 1);
  ck_assert_int_eq(c.level, 55);
  ck_assert_int_eq(c.type, 66);
  ck_assert_uint_eq(c.len, 0);
  ck_assert_int_eq(sock2_cmsg_next(&it, &c), 0);
  ck_assert_int_eq(sock2_cmsg_next(&it, &c), 0);

  /* An empty writer attaches no buffer. */
  ck_ok(sock2_cmsg_writer_init(&w, cb.buf, sizeof(cb.buf)));
  ck_ok(sock2_msg_set_cmsgs(&msg, &w));
  ck_assert_uint_eq(sock2_msg_control_len(&msg), 0);
  ck_ok(sock2_cmsg_iter_init(&it, &msg));
  ck_assert_int_eq(sock2_cmsg_next(&it, &c), 0);
}
END_TEST

/* A message that does not fit writes nothing, even partly. */
START_TEST(test_cmsg_writer_full)
{
  unsigned char buf[256];
  unsigned char data[64];
  sock2_cmsg_writer_t w;
  size_t cap = SOCK2_CMSG_SPACE(8) + SOCK2_CMSG_SPACE(16) - 1;

  memset(buf, 0xA5, sizeof(buf));
  memset(data, 1, sizeof(data));
  ck_ok(sock2_cmsg_writer_init(&w, buf, cap));
  ck_ok(sock2_cmsg_put(&w, 1, 1, data, 8));
  ck_err(sock2_cmsg_put(&w, 1, 1, data, 16), SOCK2_ENOBUFS);
  ck_assert_uint_eq(sock2_cmsg_writer_len(&w), SOCK2_CMSG_SPACE(8));
  ck_assert_uint_eq(buf[SOCK2_CMSG_SPACE(8)], 0xA5);
  ck_err(sock2_cmsg_put(&w, 1, 1, data, (size_t)PTRDIFF_MAX), SOCK2_ENOBUFS);
  ck_err(sock2_cmsg_put(&w, 1, 1, data, SIZE_MAX), SOCK2_EINVAL);
  ck_err(sock2_cmsg_put(&w, 1, 1, NULL, 1), SOCK2_EINVAL);
  ck_err(sock2_cmsg_writer_init(&w, NULL, 1), SOCK2_EINVAL);
  ck_err(sock2_cmsg_writer_init(&w, buf, SIZE_MAX), SOCK2_EINVAL);
  /* A zero-capacity writer refuses everything. */
  ck_ok(sock2_cmsg_writer_init(&w, NULL, 0));
  ck_err(sock2_cmsg_put(&w, 1, 1, NULL, 0), SOCK2_ENOBUFS);
}
END_TEST

/*
 * Malformed buffers: each one is copied into a heap block of exactly its
 * size, so ASan and valgrind catch a read past it.
 */
static int
t_walk_heap(const unsigned char *src, size_t len, int *count)
{
  unsigned char *p = malloc(len > 0 ? len : 1);
  sock2_cmsg_iter_t it;
  sock2_cmsg_t c;
  int r;
  size_t sum = 0;

  ck_assert_ptr_nonnull(p);
  memcpy(p, src, len);
  ck_ok(sock2_cmsg_iter_init_buf(&it, p, len));
  *count = 0;
  while ((r = sock2_cmsg_next(&it, &c)) == 1) {
    const unsigned char *d = c.data;
    size_t i;
    ck_assert(d >= p && d + c.len <= p + len);
    for (i = 0; i < c.len; i++)
      sum += d[i];
    (*count)++;
  }
  (void)sum;
  free(p);
  return r;
}

START_TEST(test_cmsg_malformed)
{
  unsigned char b[512];
  int n;
  size_t space4 = SOCK2_CMSG_SPACE(4);

  memset(b, 0, sizeof(b));
  /* cmsg_len 0. */
  t_put_hdr(b, 0, 1, 1);
  ck_assert_int_eq(t_walk_heap(b, space4, &n), SOCK2_EINVAL);
  ck_assert_int_eq(n, 0);
  /* cmsg_len below the header. */
  t_put_hdr(b, T_HDRLEN - 1, 1, 1);
  ck_assert_int_eq(t_walk_heap(b, space4, &n), SOCK2_EINVAL);
  /* cmsg_len past the buffer (by one byte). */
  t_put_hdr(b, space4 + 1, 1, 1);
  ck_assert_int_eq(t_walk_heap(b, space4, &n), SOCK2_EINVAL);
  /* Huge cmsg_len. */
  t_put_hdr(b, (size_t)-1 > 0xffffffffu ? (size_t)-1 : 0xffffffffu, 1, 1);
  ck_assert_int_eq(t_walk_heap(b, space4, &n), SOCK2_EINVAL);
  t_put_hdr(b, 0x7fffffff, 1, 1);
  ck_assert_int_eq(t_walk_heap(b, space4, &n), SOCK2_EINVAL);
  /* A good message, then a bad one: the first is delivered. */
  t_put_hdr(b, T_HDRLEN + 4, 1, 1);
  t_put_hdr(b + space4, 3, 1, 1);
  ck_assert_int_eq(t_walk_heap(b, 2 * space4, &n), SOCK2_EINVAL);
  ck_assert_int_eq(n, 1);
  /* A last message without its padding is fine (exact cmsg_len). */
  t_put_hdr(b + space4, T_HDRLEN + 1, 2, 2);
  ck_assert_int_eq(t_walk_heap(b, space4 + T_HDRLEN + 1, &n), 0);
  ck_assert_int_eq(n, 2);
  /* Trailing bytes shorter than a header end the walk. */
  ck_assert_int_eq(t_walk_heap(b, space4 + 3, &n), 0);
  ck_assert_int_eq(n, 1);
  /* An unaligned buffer walks the same. */
  {
    unsigned char u[1 + 2 * 64];
    memset(u, 0, sizeof(u));
    t_put_hdr(u + 1, T_HDRLEN + 4, 7, 8);
    ck_assert_int_eq(t_walk_heap(u + 1, space4, &n), 0);
    ck_assert_int_eq(n, 1);
  }
  /* Nothing at all. */
  ck_assert_int_eq(t_walk_heap(b, 0, &n), 0);
  ck_assert_int_eq(n, 0);
}
END_TEST

/* The walker on every prefix and every header length of a small buffer. */
START_TEST(test_cmsg_malformed_sweep)
{
  unsigned char b[128];
  size_t len, clen;
  int n;

  for (len = 0; len <= 2 * SOCK2_CMSG_SPACE(8); len++)
    for (clen = 0; clen <= 2 * SOCK2_CMSG_SPACE(8) + 1; clen++) {
      memset(b, 0, sizeof(b));
      t_put_hdr(b, clen, 1, 2);
      t_put_hdr(b + SOCK2_CMSG_SPACE(1), clen, 3, 4);
      (void)t_walk_heap(b, len, &n);
    }
}
END_TEST

START_TEST(test_cmsg_args)
{
  sock2_cmsg_iter_t it;
  sock2_cmsg_t c;
  sock2_msg_t msg;
  unsigned char b[8];

  ck_ok(sock2_msg_init(&msg));
  ck_err(sock2_cmsg_iter_init(NULL, &msg), SOCK2_EINVAL);
  ck_err(sock2_cmsg_iter_init(&it, NULL), SOCK2_EINVAL);
  ck_err(sock2_cmsg_iter_init_buf(NULL, b, 8), SOCK2_EINVAL);
  ck_err(sock2_cmsg_iter_init_buf(&it, NULL, 8), SOCK2_EINVAL);
  ck_err(sock2_cmsg_iter_init_buf(&it, b, SIZE_MAX), SOCK2_EINVAL);
  ck_ok(sock2_cmsg_iter_init_buf(&it, NULL, 0));
  ck_err(sock2_cmsg_next(NULL, &c), SOCK2_EINVAL);
  ck_err(sock2_cmsg_next(&it, NULL), SOCK2_EINVAL);
  ck_assert_int_eq(sock2_cmsg_next(&it, &c), 0);
  ck_assert_int_eq(sock2_cmsg_truncated(NULL), 0);
  ck_assert_uint_eq(sock2_cmsg_writer_len(NULL), 0);
  ck_err(sock2_msg_set_cmsgs(NULL, NULL), SOCK2_EINVAL);
}
END_TEST


/* ---- Helpers for the typed kinds ------------------------------------------ */

/* One receive: data, sender, control buffer, message header. */
typedef struct t_rx {
  sock2_msg_t msg;
  sock2_buf_t iov;
  sock2_addr_t from;
  unsigned char data[2048];
  SOCK2_CMSG_BUF(cb, 1024);
} t_rx;

static sock2_ssize_t
t_recv(sock2_socket_t s, t_rx *rx, size_t ctrl, int flags)
{
  sock2_ssize_t n;
  memset(rx, 0, sizeof(*rx));
  rx->iov.base = (void *)rx->data;
  rx->iov.len = sizeof(rx->data);
  ck_ok(sock2_msg_init(&rx->msg));
  ck_ok(sock2_msg_set_bufs(&rx->msg, &rx->iov, 1));
  ck_ok(sock2_msg_set_recv_addr(&rx->msg, &rx->from));
  ck_assert_uint_le(ctrl, sizeof(rx->cb.buf));
  ck_ok(sock2_msg_set_control(&rx->msg, ctrl > 0 ? rx->cb.buf : NULL, ctrl));
  n = sock2_recvmsg(s, &rx->msg, flags);
  if (n >= 0)
    rx->from.len = (sock2_socklen_t)sock2_msg_addr_len(&rx->msg);
  return n;
}

/* Send len bytes of 'x' to `to` (NULL: connected) with w's messages. */
static sock2_ssize_t
t_send(sock2_socket_t s, const sock2_addr_t *to, size_t len,
       const sock2_cmsg_writer_t *w)
{
  static unsigned char data[2048];
  sock2_msg_t msg;
  sock2_buf_t iov;

  ck_assert_uint_le(len, sizeof(data));
  memset(data, 'x', len);
  iov.base = (void *)data;
  iov.len = len;
  ck_ok(sock2_msg_init(&msg));
  ck_ok(sock2_msg_set_bufs(&msg, &iov, 1));
  if (to != NULL)
    ck_ok(sock2_msg_set_addr(&msg, to));
  if (w != NULL)
    ck_ok(sock2_msg_set_cmsgs(&msg, w));
  return sock2_sendmsg(s, &msg, 0);
}

/*
 * Decode the first message of the kind fn decodes: *rp = its result (0 or
 * an error), SOCK2_ENOENT if no message was of that kind.
 */
#define T_DECODE(msgp, fn, outp, rp)                                          \
  do {                                                                        \
    sock2_cmsg_iter_t it_;                                                    \
    sock2_cmsg_t c_;                                                          \
    *(rp) = SOCK2_ENOENT;                                                     \
    ck_ok(sock2_cmsg_iter_init(&it_, (msgp)));                                \
    while (sock2_cmsg_next(&it_, &c_) == 1) {                                 \
      int r_ = fn(&c_, (outp));                                               \
      if (r_ != SOCK2_ENOENT) {                                               \
        *(rp) = r_;                                                           \
        break;                                                                \
      }                                                                       \
    }                                                                         \
  } while (0)

/* A sender and a receiver over loopback; *to is the receiver's address. */
static void
t_udp_pair(int domain, sock2_socket_t *tx, sock2_socket_t *rx,
           sock2_addr_t *to)
{
  sock2_addr_t a;
  *rx = t_udp(domain, to);
  *tx = t_udp(domain, &a);
}

static int
t_ip_is(const sock2_addr_t *a, const char *text)
{
  sock2_addr_t b;
  ck_ok(sock2_addr_parse(&b, text));
  return sock2_addr_equal(a, &b);
}

static unsigned
t_lo_index(void)
{
#ifdef _WIN32
  return 1; /* the loopback pseudo-interface */
#else
  unsigned i = if_nametoindex("lo");
  ck_assert_uint_ne(i, 0);
  return i;
#endif
}

/* ---- Packet information ------------------------------------------------ */

static void
t_pktinfo(int domain)
{
  sock2_socket_t tx, rx;
  sock2_addr_t to;
  t_rx r;
  sock2_pktinfo_t pi;
  int rc, on = 0;
  int v6 = domain == SOCK2_DOMAIN_IPV6;

  t_udp_pair(domain, &tx, &rx, &to);
  if (v6) {
    ck_ok(sock2_set_recv_pktinfo_v6(rx, 1));
    ck_ok(sock2_recv_pktinfo_v6(rx, &on));
#ifdef IPV6_RECVPKTINFO
    ck_assert_int_eq(t_raw_getsockopt_int(rx, IPPROTO_IPV6, IPV6_RECVPKTINFO),
                     1);
#endif
  } else {
    ck_ok(sock2_set_recv_pktinfo_v4(rx, 1));
    ck_ok(sock2_recv_pktinfo_v4(rx, &on));
#ifdef IP_PKTINFO
    ck_assert_int_eq(t_raw_getsockopt_int(rx, IPPROTO_IP, IP_PKTINFO), 1);
#endif
  }
  ck_assert_int_eq(on, 1);
  ck_assert_int_eq(t_send(tx, &to, 100, NULL), 100);
  ck_assert_int_eq(t_recv(rx, &r, sizeof(r.cb.buf), 0), 100);
  memset(&pi, 0, sizeof(pi));
  T_DECODE(&r.msg, sock2_cmsg_get_pktinfo, &pi, &rc);
  ck_ok(rc);
  ck_assert(t_ip_is(&pi.addr, v6 ? "[::1]:0" : "127.0.0.1:0"));
  ck_assert_uint_eq(pi.ifindex, t_lo_index());
#ifdef __linux__
  if (!v6)
    ck_assert(t_ip_is(&pi.local, "127.0.0.1:0"));
#endif
  ck_assert_int_eq(pi.reserved, 0);

  /* Turned off: no message. */
  if (v6)
    ck_ok(sock2_set_recv_pktinfo_v6(rx, 0));
  else
    ck_ok(sock2_set_recv_pktinfo_v4(rx, 0));
  ck_assert_int_eq(t_send(tx, &to, 10, NULL), 10);
  ck_assert_int_eq(t_recv(rx, &r, sizeof(r.cb.buf), 0), 10);
  T_DECODE(&r.msg, sock2_cmsg_get_pktinfo, &pi, &rc);
  ck_assert_int_eq(rc, SOCK2_ENOENT);
  sock2_close(tx);
  sock2_close(rx);
}

START_TEST(test_cmsg_pktinfo_v4)
{
  T_SKIP_IF(sock2_has(SOCK2_FEATURE_IP_PKTINFO) != 1, "no IP_PKTINFO here");
  t_pktinfo(SOCK2_DOMAIN_IPV4);
}
END_TEST

START_TEST(test_cmsg_pktinfo_v6)
{
  T_SKIP_IF(sock2_has(SOCK2_FEATURE_IPV6_RECVPKTINFO) != 1,
            "no IPV6_RECVPKTINFO here");
  T_SKIP_IF(!t_have_ipv6(), "no IPv6 loopback");
  t_pktinfo(SOCK2_DOMAIN_IPV6);
}
END_TEST

#ifdef __linux__
/* Source selection: a socket bound to 127.0.0.1 sends from 127.0.0.3. */
START_TEST(test_cmsg_pktinfo_source_v4)
{
  sock2_socket_t tx, rx;
  sock2_addr_t to, src;
  unsigned char buf[64];
  sock2_cmsg_writer_t w;
  t_rx r;

  T_SKIP_IF(sock2_has(SOCK2_FEATURE_IP_PKTINFO) != 1, "no IP_PKTINFO here");
  t_udp_pair(SOCK2_DOMAIN_IPV4, &tx, &rx, &to);
  ck_ok(sock2_addr_parse(&src, "127.0.0.3:0"));
  ck_ok(sock2_cmsg_writer_init(&w, buf, sizeof(buf)));
  ck_ok(sock2_cmsg_put_pktinfo_v4(&w, &src, 0));
  ck_assert_int_eq(t_send(tx, &to, 100, &w), 100);
  ck_assert_int_eq(t_recv(rx, &r, 0, 0), 100);
  ck_assert_int_eq(sock2_addr_port(&r.from) != 0, 1);
  sock2_addr_set_port(&r.from, 0);
  ck_assert(t_ip_is(&r.from, "127.0.0.3:0"));
  /* A source that is not local is refused by the kernel. */
  ck_ok(sock2_addr_parse(&src, "192.0.2.9:0"));
  ck_ok(sock2_cmsg_writer_init(&w, buf, sizeof(buf)));
  ck_ok(sock2_cmsg_put_pktinfo_v4(&w, &src, 0));
  ck_assert_int_lt(t_send(tx, &to, 100, &w), 0);
  /* The wrong family. */
  ck_err(sock2_cmsg_put_pktinfo_v6(&w, &src, 0), SOCK2_EINVAL);
  sock2_close(tx);
  sock2_close(rx);
}
END_TEST
#endif

#ifdef __linux__
/*
 * IPv6 source selection, in a network namespace of its own: fd00::2 on
 * lo, a socket bound to [::1] sends with IPV6_PKTINFO source fd00::2 and
 * the receiver sees fd00::2 (port: the sender's) as the sender. Returns
 * 0, the failed step, or 77 when a namespace or ip(8) is not available.
 */
static int
t_src6_child(void)
{
  sock2_socket_t tx, rx;
  sock2_addr_t to, txa, src;
  unsigned char buf[64];
  sock2_cmsg_writer_t w;
  t_rx r;

  if (unshare(CLONE_NEWNET) != 0)
    return 77;
  if (system("ip link set lo up "
             "&& ip -6 addr add fd00::2/128 dev lo nodad "
             ">/dev/null 2>&1") != 0)
    return 77;
  if (sock2_socket(SOCK2_DOMAIN_IPV6, SOCK2_TYPE_DGRAM, 0, &rx) != 0
      || sock2_socket(SOCK2_DOMAIN_IPV6, SOCK2_TYPE_DGRAM, 0, &tx) != 0)
    return 1;
  if (sock2_addr_parse(&to, "[::1]:0") != 0 || sock2_bind(rx, &to) != 0
      || sock2_bind(tx, &to) != 0)
    return 2;
  if (sock2_local_addr(rx, &to) != 0 || sock2_local_addr(tx, &txa) != 0)
    return 3;
  if (sock2_addr_parse(&src, "[fd00::2]:0") != 0
      || sock2_cmsg_writer_init(&w, buf, sizeof(buf)) != 0
      || sock2_cmsg_put_pktinfo_v6(&w, &src, 0) != 0)
    return 4;
  if (t_send(tx, &to, 100, &w) != 100)
    return 5;
  if (t_recv(rx, &r, 0, 0) != 100)
    return 6;
  /* From fd00::2, the sender's port; without the message, from ::1. */
  if (sock2_addr_port(&r.from) != sock2_addr_port(&txa))
    return 7;
  sock2_addr_set_port(&r.from, 0);
  if (!t_ip_is(&r.from, "[fd00::2]:0"))
    return 8;
  if (t_send(tx, &to, 10, NULL) != 10 || t_recv(rx, &r, 0, 0) != 10)
    return 9;
  sock2_addr_set_port(&r.from, 0);
  if (!t_ip_is(&r.from, "[::1]:0"))
    return 10;
  /* A source that is not local is refused by the kernel. */
  if (sock2_addr_parse(&src, "[2001:db8::9]:0") != 0
      || sock2_cmsg_writer_init(&w, buf, sizeof(buf)) != 0
      || sock2_cmsg_put_pktinfo_v6(&w, &src, 0) != 0)
    return 11;
  if (t_send(tx, &to, 100, &w) >= 0)
    return 12;
  sock2_close(tx);
  sock2_close(rx);
  return 0;
}

START_TEST(test_cmsg_pktinfo_source_v6)
{
  pid_t pid;
  int status = 0;

  T_SKIP_UNDER_EMULATOR("needs unshare(CLONE_NEWNET) and ip(8)");
  T_SKIP_IF(geteuid() != 0, "needs root for a network namespace");
  T_SKIP_IF(sock2_has(SOCK2_FEATURE_IPV6_RECVPKTINFO) != 1,
            "no IPV6_PKTINFO in this build");
  fflush(NULL);
  pid = fork();
  ck_assert_int_ne(pid, -1);
  if (pid == 0)
    t_child_exit(t_src6_child());
  ck_assert_int_eq(waitpid(pid, &status, 0), pid);
  ck_assert_msg(WIFEXITED(status), "child died (status %d)", status);
  T_SKIP_IF(WEXITSTATUS(status) == 77,
            "no network namespace or IPv6 address (unshare or ip(8) failed)");
  ck_assert_msg(WEXITSTATUS(status) == 0, "IPv6 source step %d failed",
                WEXITSTATUS(status));
}
END_TEST

/* ---- Original destination (IP_ORIGDSTADDR, IPV6_ORIGDSTADDR) ----------- */

/*
 * A datagram to a socket asking for its original destination: without a
 * TPROXY rule that is the socket's own address and port.
 */
static void
t_orig_dst(int domain)
{
  sock2_socket_t tx, rx;
  sock2_addr_t to, local, got;
  t_rx r;
  int rc, v6 = domain == SOCK2_DOMAIN_IPV6;

  t_udp_pair(domain, &tx, &rx, &to);
  if (v6)
    ck_ok(sock2_set_recv_orig_dst_v6(rx, 1));
  else
    ck_ok(sock2_set_recv_orig_dst_v4(rx, 1));
  ck_assert_int_eq(t_send(tx, &to, 100, NULL), 100);
  ck_assert_int_eq(t_recv(rx, &r, sizeof(r.cb.buf), 0), 100);
  memset(&got, 0, sizeof(got));
  T_DECODE(&r.msg, sock2_cmsg_get_orig_dst, &got, &rc);
  ck_ok(rc);
  ck_ok(sock2_local_addr(rx, &local));
  ck_assert_int_ne(sock2_addr_port(&got), 0);
  ck_assert_int_eq(sock2_addr_port(&got), sock2_addr_port(&local));
  ck_assert(sock2_addr_equal(&got, &local));
  ck_assert_int_eq(sock2_addr_domain(&got), domain);
  sock2_addr_set_port(&got, 0);
  ck_assert(t_ip_is(&got, v6 ? "[::1]:0" : "127.0.0.1:0"));
  /* Turned off: no message. */
  if (v6)
    ck_ok(sock2_set_recv_orig_dst_v6(rx, 0));
  else
    ck_ok(sock2_set_recv_orig_dst_v4(rx, 0));
  ck_assert_int_eq(t_send(tx, &to, 10, NULL), 10);
  ck_assert_int_eq(t_recv(rx, &r, sizeof(r.cb.buf), 0), 10);
  T_DECODE(&r.msg, sock2_cmsg_get_orig_dst, &got, &rc);
  ck_assert_int_eq(rc, SOCK2_ENOENT);
  sock2_close(tx);
  sock2_close(rx);
}

START_TEST(test_cmsg_orig_dst_v4)
{
  T_SKIP_UNDER_EMULATOR("qemu-user does not pass IP_RECVORIGDSTADDR through");
  T_SKIP_IF(sock2_has(SOCK2_FEATURE_RECV_ORIG_DST) != 1,
            "no IP_RECVORIGDSTADDR here");
  t_orig_dst(SOCK2_DOMAIN_IPV4);
}
END_TEST

START_TEST(test_cmsg_orig_dst_v6)
{
  T_SKIP_UNDER_EMULATOR("qemu-user does not pass IPV6_RECVORIGDSTADDR through");
  sock2_socket_t u;
  sock2_addr_t a;
  int rc;

  T_SKIP_IF(sock2_has(SOCK2_FEATURE_RECV_ORIG_DST) != 1,
            "no IP_RECVORIGDSTADDR here");
  T_SKIP_IF(!t_have_ipv6(), "no IPv6 loopback");
  u = t_udp(SOCK2_DOMAIN_IPV6, &a);
  rc = sock2_set_recv_orig_dst_v6(u, 1);
  sock2_close(u);
  T_SKIP_IF(rc == SOCK2_ENOTSUP, "no IPV6_RECVORIGDSTADDR here");
  t_orig_dst(SOCK2_DOMAIN_IPV6);
}
END_TEST

/* The decoder on built messages: lengths, families, other kinds. */
START_TEST(test_cmsg_orig_dst_decode)
{
  struct sockaddr_in sin;
  struct sockaddr_in6 sin6;
  unsigned char raw[sizeof(struct sockaddr_in6) + 8];
  sock2_cmsg_t c;
  sock2_addr_t out, fill;
  int have = sock2_has(SOCK2_FEATURE_RECV_ORIG_DST) == 1;

  memset(&fill, 0xA5, sizeof(fill));
  memset(&sin, 0, sizeof(sin));
  sin.sin_family = AF_INET;
  sin.sin_port = htons(4242);
  sin.sin_addr.s_addr = htonl(0x7f000001);
  /* Unaligned on purpose: the decoder copies. */
  memcpy(raw + 1, &sin, sizeof(sin));
  c.level = IPPROTO_IP;
  c.type = IP_ORIGDSTADDR;
  c.data = raw + 1;
  c.len = sizeof(sin);
  out = fill;
  if (!have) {
    ck_err(sock2_cmsg_get_orig_dst(&c, &out), SOCK2_ENOENT);
  } else {
    ck_ok(sock2_cmsg_get_orig_dst(&c, &out));
    ck_assert(t_ip_is(&out, "127.0.0.1:4242"));
    /* Short, long, wrong family: EINVAL, out untouched. */
    out = fill;
    c.len = sizeof(sin) - 1;
    ck_err(sock2_cmsg_get_orig_dst(&c, &out), SOCK2_EINVAL);
    c.len = sizeof(sin) + 1;
    ck_err(sock2_cmsg_get_orig_dst(&c, &out), SOCK2_EINVAL);
    c.len = 0;
    ck_err(sock2_cmsg_get_orig_dst(&c, &out), SOCK2_EINVAL);
    sin.sin_family = AF_INET6;
    memcpy(raw + 1, &sin, sizeof(sin));
    c.len = sizeof(sin);
    ck_err(sock2_cmsg_get_orig_dst(&c, &out), SOCK2_EINVAL);
    ck_assert(memcmp(&out, &fill, sizeof(out)) == 0);
    /* IPv6: a sockaddr_in6 at IPPROTO_IPV6, not at IPPROTO_IP. */
    memset(&sin6, 0, sizeof(sin6));
    sin6.sin6_family = AF_INET6;
    sin6.sin6_port = htons(53);
    sin6.sin6_addr.s6_addr[15] = 1;
    memcpy(raw + 3, &sin6, sizeof(sin6));
    c.level = IPPROTO_IPV6;
    c.type = IPV6_ORIGDSTADDR;
    c.data = raw + 3;
    c.len = sizeof(sin6);
    ck_ok(sock2_cmsg_get_orig_dst(&c, &out));
    ck_assert(t_ip_is(&out, "[::1]:53"));
    out = fill;
    c.len = sizeof(struct sockaddr_in);
    ck_err(sock2_cmsg_get_orig_dst(&c, &out), SOCK2_EINVAL);
    ck_assert(memcmp(&out, &fill, sizeof(out)) == 0);
  }
  /* Other kinds: ENOENT, out untouched. */
  out = fill;
  c.level = IPPROTO_IP;
  c.type = IP_TTL;
  c.len = sizeof(sin);
  ck_err(sock2_cmsg_get_orig_dst(&c, &out), SOCK2_ENOENT);
  c.level = SOL_SOCKET;
  c.type = IP_ORIGDSTADDR;
  ck_err(sock2_cmsg_get_orig_dst(&c, &out), SOCK2_ENOENT);
  ck_assert(memcmp(&out, &fill, sizeof(out)) == 0);
  /* NULL arguments. */
  ck_err(sock2_cmsg_get_orig_dst(NULL, &out), SOCK2_EINVAL);
  ck_err(sock2_cmsg_get_orig_dst(&c, NULL), SOCK2_EINVAL);
  c.data = NULL;
  ck_err(sock2_cmsg_get_orig_dst(&c, &out), SOCK2_EINVAL);
}
END_TEST
#endif

/* ---- TTL and hop limit ---------------------------------------------------- */

START_TEST(test_cmsg_ttl_v4)
{
  T_SKIP_UNDER_EMULATOR("qemu-user does not pass IP_RECVTTL through");
  sock2_socket_t tx, rx;
  sock2_addr_t to;
  unsigned char buf[64];
  sock2_cmsg_writer_t w;
  t_rx r;
  int ttl = -1, rc, on = 0;

  T_SKIP_IF(sock2_has(SOCK2_FEATURE_IP_RECVTTL) != 1, "no IP_RECVTTL here");
  t_udp_pair(SOCK2_DOMAIN_IPV4, &tx, &rx, &to);
  ck_ok(sock2_set_recv_ttl_v4(rx, 1));
  ck_ok(sock2_recv_ttl_v4(rx, &on));
  ck_assert_int_eq(on, 1);
#ifdef IP_RECVTTL
  ck_assert_int_eq(t_raw_getsockopt_int(rx, IPPROTO_IP, IP_RECVTTL), 1);
#endif
  /* Per message (Wine sends with the socket's TTL whatever it is given). */
  ck_ok(sock2_cmsg_writer_init(&w, buf, sizeof(buf)));
  ck_ok(sock2_cmsg_put_ttl_v4(&w, 42));
  ck_assert_int_eq(t_send(tx, &to, 10, &w), 10);
  ck_assert_int_eq(t_recv(rx, &r, sizeof(r.cb.buf), 0), 10);
  T_DECODE(&r.msg, sock2_cmsg_get_ttl, &ttl, &rc);
  ck_ok(rc);
  if (t_under_wine())
    t_skip(__func__, "Wine ignores a per-message IP_TTL on send");
  else
    ck_assert_int_eq(ttl, 42);
  /* The socket's own TTL. */
  ck_ok(sock2_set_ttl_v4(tx, 77));
  ck_assert_int_eq(t_send(tx, &to, 10, NULL), 10);
  ck_assert_int_eq(t_recv(rx, &r, sizeof(r.cb.buf), 0), 10);
  T_DECODE(&r.msg, sock2_cmsg_get_ttl, &ttl, &rc);
  ck_ok(rc);
  ck_assert_int_eq(ttl, 77);
  ck_err(sock2_cmsg_put_ttl_v4(&w, 256), SOCK2_EINVAL);
  sock2_close(tx);
  sock2_close(rx);
}
END_TEST

START_TEST(test_cmsg_hoplimit_v6)
{
  sock2_socket_t tx, rx;
  sock2_addr_t to;
  unsigned char buf[64];
  sock2_cmsg_writer_t w;
  t_rx r;
  int hops = -1, rc;

  T_SKIP_IF(sock2_has(SOCK2_FEATURE_IPV6_RECVHOPLIMIT) != 1,
            "no IPV6_RECVHOPLIMIT here");
  T_SKIP_IF(!t_have_ipv6(), "no IPv6 loopback");
  t_udp_pair(SOCK2_DOMAIN_IPV6, &tx, &rx, &to);
  ck_ok(sock2_set_recv_hoplimit_v6(rx, 1));
  ck_ok(sock2_cmsg_writer_init(&w, buf, sizeof(buf)));
  ck_ok(sock2_cmsg_put_hoplimit_v6(&w, 33));
  ck_assert_int_eq(t_send(tx, &to, 10, &w), 10);
  ck_assert_int_eq(t_recv(rx, &r, sizeof(r.cb.buf), 0), 10);
  T_DECODE(&r.msg, sock2_cmsg_get_hoplimit, &hops, &rc);
  ck_ok(rc);
  ck_assert_int_eq(hops, 33);
  ck_ok(sock2_set_unicast_hops_v6(tx, 5));
  ck_assert_int_eq(t_send(tx, &to, 10, NULL), 10);
  ck_assert_int_eq(t_recv(rx, &r, sizeof(r.cb.buf), 0), 10);
  T_DECODE(&r.msg, sock2_cmsg_get_hoplimit, &hops, &rc);
  ck_ok(rc);
  ck_assert_int_eq(hops, 5);
  sock2_close(tx);
  sock2_close(rx);
}
END_TEST

/* ---- TOS, traffic class and ECN ------------------------------------------- */

static void
t_ecn(int domain)
{
  sock2_socket_t tx, rx;
  sock2_addr_t to;
  unsigned char buf[64];
  sock2_cmsg_writer_t w;
  t_rx r;
  int ecn, tos, rc, cp;
  int v6 = domain == SOCK2_DOMAIN_IPV6;

  t_udp_pair(domain, &tx, &rx, &to);
  if (v6)
    ck_ok(sock2_set_recv_tclass_v6(rx, 1));
  else
    ck_ok(sock2_set_recv_tos_v4(rx, 1));
  for (cp = 1; cp <= 3; cp++) {
    ck_ok(sock2_cmsg_writer_init(&w, buf, sizeof(buf)));
    if (v6)
      ck_ok(sock2_cmsg_put_ecn_v6(&w, cp));
    else
      ck_ok(sock2_cmsg_put_ecn_v4(&w, cp));
    ck_assert_int_eq(t_send(tx, &to, 10, &w), 10);
    ck_assert_int_eq(t_recv(rx, &r, sizeof(r.cb.buf), 0), 10);
    ecn = -1;
    T_DECODE(&r.msg, sock2_cmsg_get_ecn, &ecn, &rc);
    ck_ok(rc);
    ck_assert_int_eq(ecn, cp);
    T_DECODE(&r.msg, sock2_cmsg_get_tos, &tos, &rc);
    ck_ok(rc);
    ck_assert_int_eq(tos, cp);
  }
  /* DSCP and ECN together (0xb9: DSCP 46, ECT(1)). */
  ck_ok(sock2_cmsg_writer_init(&w, buf, sizeof(buf)));
  if (v6)
    ck_ok(sock2_cmsg_put_tclass_v6(&w, 0xb9));
  else
    ck_ok(sock2_cmsg_put_tos_v4(&w, 0xb9));
  ck_assert_int_eq(t_send(tx, &to, 10, &w), 10);
  ck_assert_int_eq(t_recv(rx, &r, sizeof(r.cb.buf), 0), 10);
  T_DECODE(&r.msg, sock2_cmsg_get_tos, &tos, &rc);
  ck_ok(rc);
  ck_assert_int_eq(tos, 0xb9);
  ck_assert_int_eq(SOCK2_TOS_DSCP(tos), 46);
  ck_assert_int_eq(SOCK2_TOS_ECN(tos), SOCK2_ECN_ECT1);
  ck_err(sock2_cmsg_put_ecn_v4(&w, 4), SOCK2_EINVAL);
  sock2_close(tx);
  sock2_close(rx);
}

START_TEST(test_cmsg_ecn_v4)
{
  T_SKIP_IF(sock2_has(SOCK2_FEATURE_IP_RECVTOS) != 1, "no IP_RECVTOS here");
  T_SKIP_IF(t_under_wine(), "Wine has no IP_ECN / IP_TOS messages");
  t_ecn(SOCK2_DOMAIN_IPV4);
}
END_TEST

START_TEST(test_cmsg_ecn_v6)
{
  T_SKIP_IF(sock2_has(SOCK2_FEATURE_IPV6_RECVTCLASS) != 1,
            "no IPV6_RECVTCLASS here");
  T_SKIP_IF(!t_have_ipv6(), "no IPv6 loopback");
  T_SKIP_IF(t_under_wine(), "Wine has no IPV6_ECN / IPV6_TCLASS messages");
  t_ecn(SOCK2_DOMAIN_IPV6);
}
END_TEST

#ifndef _WIN32
/* ---- Receive timestamps --------------------------------------------------- */

static sock2_duration_t
t_realtime_ns(void)
{
  struct timespec ts;
  ck_assert_int_eq(clock_gettime(CLOCK_REALTIME, &ts), 0);
  return (sock2_duration_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void
t_timestamp(int ns)
{
  sock2_socket_t tx, rx;
  sock2_addr_t to;
  t_rx r;
  sock2_duration_t t0, t1, ts = 0;
  int rc, on = 0;

  t_udp_pair(SOCK2_DOMAIN_IPV4, &tx, &rx, &to);
  if (ns) {
    ck_ok(sock2_set_timestamp_ns(rx, 1));
    ck_ok(sock2_timestamp_ns(rx, &on));
#ifdef SO_TIMESTAMPNS
    ck_assert_int_eq(t_raw_getsockopt_int(rx, SOL_SOCKET, SO_TIMESTAMPNS),
                     1);
#endif
  } else {
    ck_ok(sock2_set_timestamp(rx, 1));
    ck_ok(sock2_timestamp(rx, &on));
    ck_assert_int_eq(t_raw_getsockopt_int(rx, SOL_SOCKET, SO_TIMESTAMP), 1);
  }
  ck_assert_int_eq(on, 1);
  t0 = t_realtime_ns();
  ck_assert_int_eq(t_send(tx, &to, 10, NULL), 10);
  ck_assert_int_eq(t_recv(rx, &r, sizeof(r.cb.buf), 0), 10);
  t1 = t_realtime_ns();
  T_DECODE(&r.msg, sock2_cmsg_get_timestamp, &ts, &rc);
  ck_ok(rc);
  /* Inside the test's own window (microseconds are truncated). */
  ck_assert_msg(ts >= t0 - (ns ? 0 : 1000) && ts <= t1,
                "timestamp %lld outside [%lld, %lld]", (long long)ts,
                (long long)t0, (long long)t1);
  sock2_close(tx);
  sock2_close(rx);
}

START_TEST(test_cmsg_timestamp_ns)
{
  T_SKIP_UNDER_EMULATOR("qemu-user does not pass SO_TIMESTAMPNS through");
  T_SKIP_IF(sock2_has(SOCK2_FEATURE_SO_TIMESTAMPNS) != 1,
            "no SO_TIMESTAMPNS here");
  t_timestamp(1);
}
END_TEST

START_TEST(test_cmsg_timestamp_us)
{
  T_SKIP_IF(sock2_has(SOCK2_FEATURE_SO_TIMESTAMP) != 1,
            "no SO_TIMESTAMP here");
  t_timestamp(0);
}
END_TEST

/* Timestamps decoded from built messages: layouts, ranges. */
START_TEST(test_cmsg_timestamp_decode)
{
  unsigned char buf[128];
  sock2_cmsg_writer_t w;
  sock2_cmsg_iter_t it;
  sock2_cmsg_t c;
  sock2_duration_t ns = 0;
  struct timeval tv;
  struct timespec tsp;

  T_SKIP_IF(sock2_has(SOCK2_FEATURE_SO_TIMESTAMP) != 1,
            "no SO_TIMESTAMP here");
  tv.tv_sec = 1700000000;
  tv.tv_usec = 123456;
  ck_ok(sock2_cmsg_writer_init(&w, buf, sizeof(buf)));
  ck_ok(sock2_cmsg_put(&w, SOL_SOCKET, SCM_TIMESTAMP, &tv, sizeof(tv)));
  tv.tv_usec = 1000000; /* out of range */
  ck_ok(sock2_cmsg_put(&w, SOL_SOCKET, SCM_TIMESTAMP, &tv, sizeof(tv)));
  ck_ok(sock2_cmsg_put(&w, SOL_SOCKET, SCM_TIMESTAMP, &tv, 3));
  ck_ok(sock2_cmsg_iter_init_buf(&it, buf, sock2_cmsg_writer_len(&w)));
  ck_assert_int_eq(sock2_cmsg_next(&it, &c), 1);
  ck_ok(sock2_cmsg_get_timestamp(&c, &ns));
  ck_assert_int_eq(ns, (sock2_duration_t)1700000000 * 1000000000
                         + 123456000);
  ck_assert_int_eq(sock2_cmsg_next(&it, &c), 1);
  ck_err(sock2_cmsg_get_timestamp(&c, &ns), SOCK2_EINVAL);
  ck_assert_int_eq(sock2_cmsg_next(&it, &c), 1);
  ck_err(sock2_cmsg_get_timestamp(&c, &ns), SOCK2_EINVAL);
  ck_assert_int_eq(ns, (sock2_duration_t)1700000000 * 1000000000
                         + 123456000);
  (void)tsp;
#ifdef SCM_TIMESTAMPNS
  tsp.tv_sec = 5;
  tsp.tv_nsec = 7;
  ck_ok(sock2_cmsg_writer_init(&w, buf, sizeof(buf)));
  ck_ok(sock2_cmsg_put(&w, SOL_SOCKET, SCM_TIMESTAMPNS, &tsp, sizeof(tsp)));
  ck_ok(sock2_cmsg_iter_init_buf(&it, buf, sock2_cmsg_writer_len(&w)));
  ck_assert_int_eq(sock2_cmsg_next(&it, &c), 1);
  ck_ok(sock2_cmsg_get_timestamp(&c, &ns));
  ck_assert_int_eq(ns, 5000000007LL);
#endif
  /* Another kind is ENOENT and leaves the output alone. */
  c.level = IPPROTO_IP;
  ck_err(sock2_cmsg_get_timestamp(&c, &ns), SOCK2_ENOENT);
}
END_TEST

/* ---- Descriptors and credentials over unix sockets ------------------------ */

START_TEST(test_cmsg_rights)
{
  sock2_socket_t sv[2];
  int p[2], fds[4], got[4];
  SOCK2_CMSG_BUF(cb, SOCK2_CMSG_SPACE(2 * sizeof(int)));
  sock2_cmsg_writer_t w;
  sock2_cmsg_iter_t it;
  sock2_cmsg_t c;
  t_rx r;
  char ch = 0;
  int n;

  T_SKIP_IF(sock2_has(SOCK2_FEATURE_SCM_RIGHTS) != 1, "no SCM_RIGHTS");
  ck_ok(sock2_socketpair(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_DGRAM, 0, sv));
  ck_assert_int_eq(pipe(p), 0);
  fds[0] = p[0];
  fds[1] = p[1];
  ck_ok(sock2_cmsg_writer_init(&w, cb.buf, sizeof(cb.buf)));
  ck_ok(sock2_cmsg_put_rights(&w, fds, 2));
  ck_assert_uint_eq(sock2_cmsg_writer_len(&w), sizeof(cb.buf));
  ck_assert_int_eq(t_send(sv[0], NULL, 1, &w), 1);
  ck_assert_int_eq(t_recv(sv[1], &r, sizeof(r.cb.buf), 0), 1);
  ck_ok(sock2_cmsg_iter_init(&it, &r.msg));
  ck_assert_int_eq(sock2_cmsg_truncated(&it), 0);
  ck_assert_int_eq(sock2_cmsg_next(&it, &c), 1);
  ck_err(sock2_cmsg_get_rights(&c, got, 1), SOCK2_ENOBUFS);
  n = sock2_cmsg_get_rights(&c, got, 4);
  ck_assert_int_eq(n, 2);
  ck_assert_int_ne(got[0], p[0]);
  ck_assert_int_ne(got[1], p[1]);
  /* Close-on-exec by default (MSG_CMSG_CLOEXEC or the fallback). */
  ck_assert_int_eq(t_raw_is_cloexec(got[0]), 1);
  ck_assert_int_eq(t_raw_is_cloexec(got[1]), 1);
  /* The same pipe: written through the received end, read from ours. */
  ck_assert_int_eq(write(got[1], "k", 1), 1);
  ck_assert_int_eq(read(p[0], &ch, 1), 1);
  ck_assert_int_eq(ch, 'k');
  ck_assert_int_eq(sock2_cmsg_next(&it, &c), 0);
  ck_assert_int_eq(sock2_cmsg_close_rights(&r.msg), 2);
  ck_assert_int_eq(t_raw_is_open(got[0]), 0);
  ck_assert_int_eq(t_raw_is_open(got[1]), 0);
  close(p[0]);
  close(p[1]);
  sock2_close(sv[0]);
  sock2_close(sv[1]);
}
END_TEST

/*
 * A control buffer with room for one descriptor: the kernel installs what
 * fits (on Linux two in CMSG_SPACE(sizeof(int)) on 64-bit, the padding
 * holds the second), closes the rest, sets MSG_CTRUNC; the close helper
 * closes everything that arrived. The fd-leak check of the test case
 * fails the test if a descriptor is left.
 */
START_TEST(test_cmsg_rights_ctrunc)
{
  T_SKIP_UNDER_EMULATOR("qemu-user does not report MSG_CTRUNC");
  sock2_socket_t sv[2];
  int p[2], fds[3];
  SOCK2_CMSG_BUF(cb, SOCK2_CMSG_SPACE(3 * sizeof(int)));
  sock2_cmsg_writer_t w;
  sock2_cmsg_iter_t it;
  sock2_cmsg_t c;
  t_rx r;
  int n, got[3];

  T_SKIP_IF(sock2_has(SOCK2_FEATURE_SCM_RIGHTS) != 1, "no SCM_RIGHTS");
  ck_ok(sock2_socketpair(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_DGRAM, 0, sv));
  ck_assert_int_eq(pipe(p), 0);
  fds[0] = p[0];
  fds[1] = p[1];
  fds[2] = p[0];
  ck_ok(sock2_cmsg_writer_init(&w, cb.buf, sizeof(cb.buf)));
  ck_ok(sock2_cmsg_put_rights(&w, fds, 3));
  ck_assert_int_eq(t_send(sv[0], NULL, 1, &w), 1);
  ck_assert_int_eq(t_recv(sv[1], &r, SOCK2_CMSG_SPACE(sizeof(int)), 0), 1);
  ck_assert_int_eq(sock2_recv_flags_is_control_truncated(
                     sock2_msg_flags(&r.msg)), 1);
  ck_ok(sock2_cmsg_iter_init(&it, &r.msg));
  ck_assert_int_eq(sock2_cmsg_truncated(&it), 1);
  ck_assert_int_eq(sock2_cmsg_next(&it, &c), 1);
  n = sock2_cmsg_get_rights(&c, got, 3);
  ck_assert_int_ge(n, 1);
  ck_assert_int_le(n, 2);
  n = sock2_cmsg_close_rights(&r.msg);
  ck_assert_int_ge(n, 1);
  ck_assert_int_le(n, 2);
  /* A control buffer of 0 bytes: MSG_CTRUNC, nothing installed. */
  ck_assert_int_eq(t_send(sv[0], NULL, 1, &w), 1);
  ck_assert_int_eq(t_recv(sv[1], &r, 0, 0), 1);
  ck_assert_int_eq(sock2_recv_flags_is_control_truncated(
                     sock2_msg_flags(&r.msg)), 1);
  ck_assert_int_eq(sock2_cmsg_close_rights(&r.msg), 0);
  close(p[0]);
  close(p[1]);
  sock2_close(sv[0]);
  sock2_close(sv[1]);
}
END_TEST

START_TEST(test_cmsg_creds)
{
  sock2_socket_t sv[2];
  SOCK2_CMSG_BUF(cb, 64);
  sock2_cmsg_writer_t w;
  sock2_cred_t me, got;
  t_rx r;
  int rc;

  T_SKIP_IF(sock2_has(SOCK2_FEATURE_SCM_CREDENTIALS) != 1,
            "no SCM_CREDENTIALS / SCM_CREDS");
  ck_ok(sock2_socketpair(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_DGRAM, 0, sv));
  if (sock2_has(SOCK2_FEATURE_SO_PASSCRED) == 1)
    ck_ok(sock2_set_passcred(sv[1], 1));
  me.pid = (int32_t)getpid();
  me.uid = (uint32_t)getuid();
  me.gid = (uint32_t)getgid();
  me.euid = (uint32_t)geteuid();
  ck_ok(sock2_cmsg_writer_init(&w, cb.buf, sizeof(cb.buf)));
  ck_ok(sock2_cmsg_put_creds(&w, &me));
  ck_assert_int_eq(t_send(sv[0], NULL, 1, &w), 1);
  ck_assert_int_eq(t_recv(sv[1], &r, sizeof(r.cb.buf), 0), 1);
  memset(&got, 0, sizeof(got));
  T_DECODE(&r.msg, sock2_cmsg_get_creds, &got, &rc);
  ck_ok(rc);
  ck_assert_int_eq(got.pid, me.pid);
  ck_assert_uint_eq(got.uid, me.uid);
  ck_assert_uint_eq(got.gid, me.gid);
  ck_assert_int_eq(sock2_cmsg_close_rights(&r.msg), 0);
#ifdef __linux__
  /* Root may claim other credentials; the receiver sees them. */
  if (geteuid() == 0) {
    sock2_cred_t forged = { 1, 123, 456, 123 };
    ck_ok(sock2_cmsg_writer_init(&w, cb.buf, sizeof(cb.buf)));
    ck_ok(sock2_cmsg_put_creds(&w, &forged));
    ck_assert_int_eq(t_send(sv[0], NULL, 1, &w), 1);
    ck_assert_int_eq(t_recv(sv[1], &r, sizeof(r.cb.buf), 0), 1);
    T_DECODE(&r.msg, sock2_cmsg_get_creds, &got, &rc);
    ck_ok(rc);
    ck_assert_int_eq(got.pid, 1);
    ck_assert_uint_eq(got.uid, 123);
    ck_assert_uint_eq(got.gid, 456);
  }
#endif
  sock2_close(sv[0]);
  sock2_close(sv[1]);
}
END_TEST

/* ---- The error queue ------------------------------------------------------ */

static void
t_errqueue(int domain)
{
  sock2_socket_t s, closed;
  sock2_addr_t dead;
  sock2_sock_err_t e;
  struct pollfd pfd;
  t_rx r;
  int rc, on = 0, i;
  int v6 = domain == SOCK2_DOMAIN_IPV6;

  /* A loopback port nobody listens on any more. */
  closed = t_udp(domain, &dead);
  sock2_close(closed);
  s = t_udp(domain, &r.from);
  if (v6) {
    ck_ok(sock2_set_recv_err_v6(s, 1));
    ck_ok(sock2_recv_err_v6(s, &on));
    ck_assert_int_eq(t_raw_getsockopt_int(s, IPPROTO_IPV6, IPV6_RECVERR), 1);
  } else {
    ck_ok(sock2_set_recv_err_v4(s, 1));
    ck_ok(sock2_recv_err_v4(s, &on));
    ck_assert_int_eq(t_raw_getsockopt_int(s, IPPROTO_IP, IP_RECVERR), 1);
  }
  ck_assert_int_eq(on, 1);
  ck_ok(sock2_connect(s, &dead));
  ck_assert_int_eq(t_send(s, NULL, 5, NULL), 5);
  /* The ICMP comes back at once on loopback; wait generously. */
  pfd.fd = s;
  pfd.events = 0;
  pfd.revents = 0;
  for (i = 0; i < 50 && !(pfd.revents & POLLERR); i++)
    ck_assert_int_ge(poll(&pfd, 1, 100), 0);
  ck_assert_msg(pfd.revents & POLLERR, "no POLLERR after the ICMP");
  ck_assert_int_eq(t_recv(s, &r, sizeof(r.cb.buf), SOCK2_MSG_ERRQUEUE), 5);
  memset(&e, 0xA5, sizeof(e));
  T_DECODE(&r.msg, sock2_cmsg_get_sock_err, &e, &rc);
  ck_ok(rc);
  ck_assert_int_eq(e.error, SOCK2_ECONNREFUSED);
  ck_assert_uint_eq(e.sys_errno, ECONNREFUSED);
  if (v6) {
    ck_assert_uint_eq(e.origin, SOCK2_EE_ORIGIN_ICMP6);
    ck_assert_uint_eq(e.type, 1); /* destination unreachable */
    ck_assert_uint_eq(e.code, 4); /* port unreachable */
    ck_assert(t_ip_is(&e.offender, "[::1]:0"));
  } else {
    ck_assert_uint_eq(e.origin, SOCK2_EE_ORIGIN_ICMP);
    ck_assert_uint_eq(e.type, 3);
    ck_assert_uint_eq(e.code, 3);
    ck_assert(t_ip_is(&e.offender, "127.0.0.1:0"));
  }
  ck_assert_uint_eq(e.info, 0);
  ck_assert_uint_eq(e.reserved, 0);
  /* The queue is empty now and never blocks. */
  ck_err(t_recv(s, &r, sizeof(r.cb.buf), SOCK2_MSG_ERRQUEUE), SOCK2_EAGAIN);
  sock2_close(s);
}

START_TEST(test_cmsg_errqueue_v4)
{
  T_SKIP_IF(sock2_has(SOCK2_FEATURE_IP_RECVERR) != 1, "no IP_RECVERR here");
  t_errqueue(SOCK2_DOMAIN_IPV4);
}
END_TEST

START_TEST(test_cmsg_errqueue_v6)
{
  T_SKIP_IF(sock2_has(SOCK2_FEATURE_IPV6_RECVERR) != 1,
            "no IPV6_RECVERR here");
  T_SKIP_IF(!t_have_ipv6(), "no IPv6 loopback");
  t_errqueue(SOCK2_DOMAIN_IPV6);
}
END_TEST
#endif /* !_WIN32 */

#if defined(__linux__) && defined(CLONE_NEWNET)
/* ---- Path MTU over a 1280-byte veth, in a network namespace ------------- */

/*
 * In a fresh namespace: a veth pair of MTU 1280, 10.77.0.1/24 and
 * fd77::1/64 on one end; the other end has no address, so 10.77.0.2 and
 * fd77::2 route out through the 1280-byte device (nothing needs to answer:
 * EMSGSIZE is decided before a packet leaves). Returns 0, the failed
 * step, or 77 when namespaces or ip(8) are not available.
 */
static int
t_mtu_child(void)
{
  sock2_socket_t s;
  sock2_addr_t a;
  int mtu = 0, mode = -1, n;
  t_rx r;
  sock2_sock_err_t e;

  if (unshare(CLONE_NEWNET) != 0)
    return 77;
  if (system("ip link add vpa mtu 1280 type veth peer name vpb mtu 1280 "
             "&& ip link set vpa up && ip link set vpb up "
             "&& ip addr add 10.77.0.1/24 dev vpa "
             "&& ip -6 addr add fd77::1/64 dev vpa nodad "
             ">/dev/null 2>&1") != 0)
    return 77;
  /* IPv4. */
  if (sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, &s) != 0)
    return 1;
  if (sock2_set_mtu_discover_v4(s, SOCK2_PMTUDISC_DO) != 0)
    return 2;
  if (t_raw_getsockopt_int(s, IPPROTO_IP, IP_MTU_DISCOVER) != IP_PMTUDISC_DO
      || sock2_mtu_discover_v4(s, &mode) != 0 || mode != SOCK2_PMTUDISC_DO)
    return 3;
  if (sock2_mtu_v4(s, &mtu) != SOCK2_ENOTCONN)
    return 4;
  if (sock2_set_recv_err_v4(s, 1) != 0 || sock2_addr_parse(&a, "10.77.0.2:9")
      || sock2_connect(s, &a) != 0)
    return 5;
  if (sock2_mtu_v4(s, &mtu) != 0 || mtu != 1280)
    return 6;
  if (t_send(s, NULL, 1400, NULL) != SOCK2_EMSGSIZE)
    return 7;
  if (t_send(s, NULL, 1252, NULL) != 1252)
    return 8;
  /* The local EMSGSIZE is queued with the MTU. */
  n = (int)t_recv(s, &r, sizeof(r.cb.buf), SOCK2_MSG_ERRQUEUE);
  if (n < 0)
    return 9;
  T_DECODE(&r.msg, sock2_cmsg_get_sock_err, &e, &n);
  if (n != 0 || e.error != SOCK2_EMSGSIZE
      || e.origin != SOCK2_EE_ORIGIN_LOCAL || e.info != 1280)
    return 10;
  sock2_close(s);
  /* IPv6. */
  if (sock2_socket(SOCK2_DOMAIN_IPV6, SOCK2_TYPE_DGRAM, 0, &s) != 0)
    return 21;
  if (sock2_set_mtu_discover_v6(s, SOCK2_PMTUDISC_DO) != 0
      || t_raw_getsockopt_int(s, IPPROTO_IPV6, IPV6_MTU_DISCOVER)
           != IPV6_PMTUDISC_DO)
    return 22;
  if (sock2_addr_parse(&a, "[fd77::2]:9") != 0 || sock2_connect(s, &a) != 0)
    return 23;
  if (sock2_mtu_v6(s, &mtu) != 0 || mtu != 1280)
    return 24;
  if (t_send(s, NULL, 1400, NULL) != SOCK2_EMSGSIZE)
    return 25;
  if (t_send(s, NULL, 1232, NULL) != 1232)
    return 26;
  sock2_close(s);
  return 0;
}

START_TEST(test_cmsg_mtu_netns)
{
  T_SKIP_UNDER_EMULATOR("qemu-user does not pass IP_MTU_DISCOVER through");
  pid_t pid;
  int status = 0;

  T_SKIP_IF(geteuid() != 0, "needs root for a network namespace");
  T_SKIP_IF(sock2_has(SOCK2_FEATURE_IP_MTU_DISCOVER) != 1
              || sock2_has(SOCK2_FEATURE_IP_MTU) != 1
              || sock2_has(SOCK2_FEATURE_IP_RECVERR) != 1
              || sock2_has(SOCK2_FEATURE_IPV6_MTU_DISCOVER) != 1
              || sock2_has(SOCK2_FEATURE_IPV6_MTU) != 1,
            "no IP_MTU_DISCOVER / IP_MTU / IP_RECVERR in this build");
  fflush(NULL);
  pid = fork();
  ck_assert_int_ne(pid, -1);
  if (pid == 0)
    t_child_exit(t_mtu_child());
  ck_assert_int_eq(waitpid(pid, &status, 0), pid);
  ck_assert_msg(WIFEXITED(status), "child died (status %d)", status);
  T_SKIP_IF(WEXITSTATUS(status) == 77,
            "no network namespace or veth (unshare or ip(8) failed)");
  ck_assert_msg(WEXITSTATUS(status) == 0, "path-MTU step %d failed",
                WEXITSTATUS(status));
}
END_TEST
#endif

/* ---- Options: raw read-back and ENOTSUP ------------------------------------ */

START_TEST(test_cmsg_options)
{
  T_SKIP_UNDER_EMULATOR("qemu-user answers IP_MTU with ENOPROTOOPT");
  sock2_socket_t s4, s6 = SOCK2_INVALID_SOCKET;
  sock2_addr_t a;
  int on = -1, mode = -1, mtu;

  s4 = t_udp(SOCK2_DOMAIN_IPV4, &a);
  if (t_have_ipv6())
    s6 = t_udp(SOCK2_DOMAIN_IPV6, &a);
  /* Each option where the build has it; ENOTSUP exactly where not. */
  if (sock2_has(SOCK2_FEATURE_IP_RECVERR) == 1) {
    ck_ok(sock2_set_recv_err_v4(s4, 1));
    ck_ok(sock2_recv_err_v4(s4, &on));
    ck_assert_int_eq(on, 1);
    ck_ok(sock2_set_recv_err_v4(s4, 0));
    ck_ok(sock2_recv_err_v4(s4, &on));
    ck_assert_int_eq(on, 0);
  } else {
    ck_err(sock2_set_recv_err_v4(s4, 1), SOCK2_ENOTSUP);
    ck_err(sock2_recv_err_v4(s4, &on), SOCK2_ENOTSUP);
  }
  if (sock2_has(SOCK2_FEATURE_SO_TIMESTAMPNS) != 1)
    ck_err(sock2_set_timestamp_ns(s4, 1), SOCK2_ENOTSUP);
  if (sock2_has(SOCK2_FEATURE_SO_TIMESTAMP) != 1)
    ck_err(sock2_set_timestamp(s4, 1), SOCK2_ENOTSUP);
  if (sock2_has(SOCK2_FEATURE_IP_MTU_DISCOVER) == 1) {
    if (sock2_set_mtu_discover_v4(s4, SOCK2_PMTUDISC_DONT) == 0) {
      ck_ok(sock2_mtu_discover_v4(s4, &mode));
      ck_assert_int_eq(mode, SOCK2_PMTUDISC_DONT);
#if defined(IP_MTU_DISCOVER) && defined(__linux__)
      ck_assert_int_eq(t_raw_getsockopt_int(s4, IPPROTO_IP, IP_MTU_DISCOVER),
                       IP_PMTUDISC_DONT);
#endif
    }
  } else {
    ck_err(sock2_set_mtu_discover_v4(s4, SOCK2_PMTUDISC_DO), SOCK2_ENOTSUP);
  }
  ck_err(sock2_set_mtu_discover_v4(s4, (sock2_pmtudisc_t)4), SOCK2_EINVAL);
  ck_err(sock2_set_mtu_discover_v4(s4, (sock2_pmtudisc_t)-1), SOCK2_EINVAL);
  if (sock2_has(SOCK2_FEATURE_IP_MTU) != 1)
    ck_err(sock2_mtu_v4(s4, &mtu), SOCK2_ENOTSUP);
#ifdef __linux__
  else
    ck_err(sock2_mtu_v4(s4, &mtu), SOCK2_ENOTCONN);
#endif
  if (s6 != SOCK2_INVALID_SOCKET) {
    if (sock2_has(SOCK2_FEATURE_IPV6_MTU_DISCOVER) == 1
        && sock2_set_mtu_discover_v6(s6, SOCK2_PMTUDISC_PROBE) == 0) {
      ck_ok(sock2_mtu_discover_v6(s6, &mode));
#ifdef __linux__
      ck_assert_int_eq(mode, SOCK2_PMTUDISC_PROBE);
#else
      /* Through a don't-fragment flag (IPV6_DONTFRAG), PROBE reads as DO. */
      ck_assert(mode == SOCK2_PMTUDISC_PROBE || mode == SOCK2_PMTUDISC_DO);
#endif
#if defined(IPV6_MTU_DISCOVER) && defined(__linux__)
      ck_assert_int_eq(t_raw_getsockopt_int(s6, IPPROTO_IPV6,
                                            IPV6_MTU_DISCOVER),
                       IPV6_PMTUDISC_PROBE);
#endif
    }
    if (sock2_has(SOCK2_FEATURE_IPV6_RECVERR) != 1)
      ck_err(sock2_set_recv_err_v6(s6, 1), SOCK2_ENOTSUP);
    sock2_close(s6);
  }
  sock2_close(s4);
}
END_TEST

/* Decoders on the wrong kinds and lengths leave the output alone. */
START_TEST(test_cmsg_decoders)
{
  unsigned char buf[256], junk[64];
  sock2_cmsg_writer_t w;
  sock2_cmsg_iter_t it;
  sock2_cmsg_t c;
  int v = 77, one = 1;
  sock2_pktinfo_t pi;
  sock2_sock_err_t e;
  sock2_cred_t cr;
  sock2_duration_t ns = 5;

  memset(junk, 0, sizeof(junk));
  ck_ok(sock2_cmsg_writer_init(&w, buf, sizeof(buf)));
  /* An IP_TTL of 3 bytes: the right kind, a wrong length. */
  ck_ok(sock2_cmsg_put(&w, IPPROTO_IP, IP_TTL, junk, 3));
  ck_ok(sock2_cmsg_put(&w, 12345, 1, &one, sizeof(one)));
  ck_ok(sock2_cmsg_iter_init_buf(&it, buf, sock2_cmsg_writer_len(&w)));
  ck_assert_int_eq(sock2_cmsg_next(&it, &c), 1);
  ck_err(sock2_cmsg_get_ttl(&c, &v), SOCK2_EINVAL);
  ck_assert_int_eq(v, 77);
  ck_err(sock2_cmsg_get_hoplimit(&c, &v), SOCK2_ENOENT);
  ck_assert_int_eq(sock2_cmsg_next(&it, &c), 1);
  memset(&pi, 0x5A, sizeof(pi));
  memset(&e, 0x5A, sizeof(e));
  memset(&cr, 0x5A, sizeof(cr));
  ck_err(sock2_cmsg_get_pktinfo(&c, &pi), SOCK2_ENOENT);
  ck_err(sock2_cmsg_get_sock_err(&c, &e), SOCK2_ENOENT);
  ck_err(sock2_cmsg_get_creds(&c, &cr), SOCK2_ENOENT);
  ck_err(sock2_cmsg_get_timestamp(&c, &ns), SOCK2_ENOENT);
  ck_err(sock2_cmsg_get_tos(&c, &v), SOCK2_ENOENT);
  ck_err(sock2_cmsg_get_ecn(&c, &v), SOCK2_ENOENT);
  ck_err(sock2_cmsg_get_rights(&c, &v, 1), SOCK2_ENOENT);
  ck_assert_int_eq(v, 77);
  ck_assert_int_eq(ns, 5);
  ck_assert_uint_eq(((unsigned char *)&pi)[0], 0x5A);
  ck_err(sock2_cmsg_get_ttl(NULL, &v), SOCK2_EINVAL);
  ck_err(sock2_cmsg_get_ttl(&c, NULL), SOCK2_EINVAL);
#ifndef _WIN32
  /* An error-queue entry shorter than sock_extended_err. */
  if (sock2_has(SOCK2_FEATURE_IP_RECVERR) == 1) {
    ck_ok(sock2_cmsg_writer_init(&w, buf, sizeof(buf)));
    ck_ok(sock2_cmsg_put(&w, IPPROTO_IP, IP_RECVERR, junk, 15));
    ck_ok(sock2_cmsg_put(&w, IPPROTO_IP, IP_RECVERR, junk, 16));
    ck_ok(sock2_cmsg_iter_init_buf(&it, buf, sock2_cmsg_writer_len(&w)));
    ck_assert_int_eq(sock2_cmsg_next(&it, &c), 1);
    ck_err(sock2_cmsg_get_sock_err(&c, &e), SOCK2_EINVAL);
    ck_assert_int_eq(sock2_cmsg_next(&it, &c), 1);
    ck_ok(sock2_cmsg_get_sock_err(&c, &e));
    ck_assert_int_eq(e.error, 0);
    ck_assert_uint_eq(e.offender.len, 0);
  }
#endif
}
END_TEST

Suite *
sock2_test_cmsg_suite(void)
{
  Suite *s = suite_create("cmsg");
  TCase *tc = sock2_tcase("core");

  tcase_add_test(tc, test_cmsg_roundtrip);
  tcase_add_test(tc, test_cmsg_writer_full);
  tcase_add_test(tc, test_cmsg_malformed);
  tcase_add_test(tc, test_cmsg_malformed_sweep);
  tcase_add_test(tc, test_cmsg_args);
  suite_add_tcase(s, tc);

  tc = sock2_tcase("kinds");
  tcase_add_test(tc, test_cmsg_decoders);
  tcase_add_test(tc, test_cmsg_options);
  tcase_add_test(tc, test_cmsg_pktinfo_v4);
  tcase_add_test(tc, test_cmsg_pktinfo_v6);
#ifdef __linux__
  tcase_add_test(tc, test_cmsg_pktinfo_source_v4);
  tcase_add_test(tc, test_cmsg_pktinfo_source_v6);
  tcase_add_test(tc, test_cmsg_orig_dst_v4);
  tcase_add_test(tc, test_cmsg_orig_dst_v6);
  tcase_add_test(tc, test_cmsg_orig_dst_decode);
#endif
  tcase_add_test(tc, test_cmsg_ttl_v4);
  tcase_add_test(tc, test_cmsg_hoplimit_v6);
  tcase_add_test(tc, test_cmsg_ecn_v4);
  tcase_add_test(tc, test_cmsg_ecn_v6);
#ifndef _WIN32
  tcase_add_test(tc, test_cmsg_timestamp_ns);
  tcase_add_test(tc, test_cmsg_timestamp_us);
  tcase_add_test(tc, test_cmsg_timestamp_decode);
  tcase_add_test(tc, test_cmsg_rights);
  tcase_add_test(tc, test_cmsg_rights_ctrunc);
  tcase_add_test(tc, test_cmsg_creds);
  tcase_add_test(tc, test_cmsg_errqueue_v4);
  tcase_add_test(tc, test_cmsg_errqueue_v6);
#endif
#if defined(__linux__) && defined(CLONE_NEWNET)
  tcase_add_test(tc, test_cmsg_mtu_netns);
#endif
  suite_add_tcase(s, tc);
  return s;
}
