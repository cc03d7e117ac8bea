/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer target: control-message walker and typed decoders.
 *
 * Input: one byte of options, then a control buffer. Bit 0 of the options
 * walks the buffer through a message header with MSG_CTRUNC set (the one
 * case where the walker returns a message cut at the buffer's end); bits
 * 1-3 shift the buffer off its natural alignment. The buffer is an
 * exact-size heap copy, so any read past it is caught. For every message
 * the walker returns: its data lies inside the buffer, every typed
 * decoder answers 0, SOCK2_ENOENT, SOCK2_EINVAL (or SOCK2_ENOBUFS for
 * descriptors) and leaves its output alone unless it answered 0, and the
 * message written again with a writer walks back identical.
 *
 * Build: clang -fsanitize=fuzzer,address,undefined (see ci/fuzz.sh).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sock2.h"

#define CHECK(c)                                                              \
  do {                                                                        \
    if (!(c))                                                                 \
      abort();                                                                \
  } while (0)

/* out (size bytes) is untouched unless r == 0. */
static void
untouched(int r, const void *out, size_t size)
{
  size_t i;
  if (r == 0)
    return;
  for (i = 0; i < size; i++)
    CHECK(((const unsigned char *)out)[i] == 0xA5);
}

#define DECODE(fn, type)                                                      \
  do {                                                                        \
    type o_;                                                                  \
    int r_;                                                                   \
    memset(&o_, 0xA5, sizeof(o_));                                            \
    r_ = fn(c, &o_);                                                          \
    CHECK(r_ == 0 || r_ == SOCK2_ENOENT || r_ == SOCK2_EINVAL);               \
    untouched(r_, &o_, sizeof(o_));                                           \
  } while (0)

static void
decode_all(const sock2_cmsg_t *c)
{
  int fds[300];
  int r;

  DECODE(sock2_cmsg_get_ttl, int);
  DECODE(sock2_cmsg_get_hoplimit, int);
  DECODE(sock2_cmsg_get_tos, int);
  DECODE(sock2_cmsg_get_ecn, int);
  DECODE(sock2_cmsg_get_timestamp, sock2_duration_t);
  DECODE(sock2_cmsg_get_creds, sock2_cred_t);
  DECODE(sock2_cmsg_get_sock_err, sock2_sock_err_t);
  DECODE(sock2_cmsg_get_orig_dst, sock2_addr_t);
  {
    /* pktinfo may fill part of a caller's value (BSD pairs): any bytes. */
    sock2_pktinfo_t pi;
    memset(&pi, 0, sizeof(pi));
    r = sock2_cmsg_get_pktinfo(c, &pi);
    CHECK(r == 0 || r == SOCK2_ENOENT || r == SOCK2_EINVAL);
  }
  memset(fds, 0xA5, sizeof(fds));
  r = sock2_cmsg_get_rights(c, fds, sizeof(fds) / sizeof(fds[0]));
  CHECK(r >= 0 || r == SOCK2_ENOENT || r == SOCK2_EINVAL
        || r == SOCK2_ENOBUFS);
  if (r >= 0)
    CHECK((size_t)r * sizeof(int) == c->len);
  else
    untouched(r, fds, sizeof(fds));
}

/* Write c again and walk it back: the same message. */
static void
roundtrip(const sock2_cmsg_t *c)
{
  static unsigned char out[4096 + 64];
  sock2_cmsg_writer_t w;
  sock2_cmsg_iter_t it;
  sock2_cmsg_t d;
  int r;

  CHECK(sock2_cmsg_writer_init(&w, out, sizeof(out)) == 0);
  r = sock2_cmsg_put(&w, c->level, c->type, c->data, c->len);
  if (r == SOCK2_ENOBUFS) {
    CHECK(sock2_cmsg_space(c->len) > sizeof(out));
    return;
  }
  CHECK(r == 0);
  CHECK(sock2_cmsg_writer_len(&w) == sock2_cmsg_space(c->len));
  CHECK(sock2_cmsg_iter_init_buf(&it, out, sock2_cmsg_writer_len(&w)) == 0);
  CHECK(sock2_cmsg_next(&it, &d) == 1);
  CHECK(d.level == c->level && d.type == c->type && d.len == c->len);
  CHECK(c->len == 0 || memcmp(d.data, c->data, c->len) == 0);
  CHECK(sock2_cmsg_next(&it, &d) == 0);
}

static void
walk(sock2_cmsg_iter_t *it, const unsigned char *buf, size_t len)
{
  sock2_cmsg_t c;
  int r, n = 0;

  while ((r = sock2_cmsg_next(it, &c)) == 1) {
    const unsigned char *d = (const unsigned char *)c.data;
    CHECK(d >= buf && d <= buf + len && c.len <= (size_t)(buf + len - d));
    decode_all(&c);
    roundtrip(&c);
    CHECK(++n <= (int)len); /* every message takes room: the walk ends */
  }
  CHECK(r == 0 || r == SOCK2_EINVAL);
  /* After the end (or an error) the walker stays at the end. */
  CHECK(sock2_cmsg_next(it, &c) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  unsigned char *block, *buf;
  size_t len, off;
  sock2_cmsg_iter_t it;
  sock2_msg_t msg;
  unsigned opt;

  if (size < 1)
    return 0;
  opt = data[0];
  len = size - 1;
  off = (opt >> 1) & 7;
  block = malloc(off + len + 1);
  if (block == NULL)
    return 0;
  buf = block + off;
  if (len > 0)
    memcpy(buf, data + 1, len);

  CHECK(sock2_cmsg_iter_init_buf(&it, len > 0 ? buf : NULL, len) == 0);
  CHECK(sock2_cmsg_truncated(&it) == 0);
  walk(&it, buf, len);

  CHECK(sock2_msg_init(&msg) == 0);
  CHECK(sock2_msg_set_control(&msg, len > 0 ? buf : NULL, len) == 0);
  CHECK(sock2_msg_set_flags(&msg, (opt & 1) ? SOCK2_MSG_CTRUNC : 0) == 0);
  CHECK(sock2_cmsg_iter_init(&it, &msg) == 0);
  CHECK(sock2_cmsg_truncated(&it) == ((opt & 1) && SOCK2_MSG_CTRUNC != 0));
  walk(&it, buf, len);
  free(block);
  return 0;
}
