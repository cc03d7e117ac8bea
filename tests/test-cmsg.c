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
# include <unistd.h>
# include <sys/socket.h>
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

/* ---- Core ---------------------------------------------------------------- */

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
  return s;
}
