/* SPDX-License-Identifier: MIT */
/*
 * TCP Fast Open, zero-copy send and SO_TIMESTAMPING (issue 11): argument
 * checks over the option helpers and the backend, and the decoders of
 * the error-queue control messages. Options the OS lacks are -1
 * sentinels from sysdefs.h (SOCK2_ENOTSUP).
 */
#include "internal.h"

#include <limits.h>

/* The growable structs' first versions (ABI rules). */
typedef char sock2__zerocopy_size_min[
  sizeof(sock2_zerocopy_t) == SOCK2_ZEROCOPY_SIZE_MIN ? 1 : -1];
typedef char sock2__timestamping_size_min[
  sizeof(sock2_timestamping_t) == SOCK2_TIMESTAMPING_SIZE_MIN ? 1 : -1];

/* ---- TCP Fast Open ------------------------------------------------------- */

int
sock2_set_tcp_fastopen(sock2_socket_t s, uint32_t queue_len)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (queue_len > (uint32_t)INT_MAX)
    return SOCK2_EINVAL;
  return sock2__opt_set_int(s, IPPROTO_TCP, SOCK2__TCP_FASTOPEN,
                            (int)queue_len);
}

int
sock2_tcp_fastopen(sock2_socket_t s, uint32_t *queue_len)
{
  int v = 0, err;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (queue_len == NULL)
    return SOCK2_EINVAL;
  err = sock2__opt_get_int(s, IPPROTO_TCP, SOCK2__TCP_FASTOPEN, &v);
  if (err != 0)
    return err;
  *queue_len = v < 0 ? 0u : (uint32_t)v;
  return 0;
}

int
sock2_set_tcp_fastopen_connect(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, IPPROTO_TCP, SOCK2__TCP_FASTOPEN_CONNECT, on);
}

int
sock2_tcp_fastopen_connect(sock2_socket_t s, int *on)
{
  return sock2__opt_get_tcp_bool(s, SOCK2__TCP_FASTOPEN_CONNECT, on);
}

sock2_ssize_t
sock2_connect_fastopen(sock2_socket_t s, const sock2_addr_t *addr,
                       const void *buf, size_t len)
{
  int salen;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (addr == NULL || (buf == NULL && len > 0) || SOCK2__BAD_LEN(len))
    return SOCK2_EINVAL;
  salen = sock2__addr_len(addr);
  if (salen < 0)
    return salen;
  if (len > SOCK2__MAX_BUF_LEN)
    len = SOCK2__MAX_BUF_LEN;
  return sock2__sys_connect_fastopen(s, (const struct sockaddr *)&addr->storage,
                                     (sock2_socklen_t)salen, buf, len);
}

/* ---- Zero-copy send ------------------------------------------------------ */

int
sock2_set_zerocopy(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, SOL_SOCKET, SOCK2__SO_ZEROCOPY, on);
}

int
sock2_zerocopy(sock2_socket_t s, int *on)
{
  return sock2__opt_get_bool(s, SOL_SOCKET, SOCK2__SO_ZEROCOPY, on);
}

/* ---- Timestamps ---------------------------------------------------------- */

/* What SO_BINTIME can give: software receive stamps. */
#define BINTIME_FLAGS                                                         \
  (SOCK2_TIMESTAMPING_RX_SOFTWARE | SOCK2_TIMESTAMPING_SOFTWARE)

int
sock2_set_timestamping(sock2_socket_t s, sock2_timestamping_flags_t flags)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (flags > (uint32_t)INT_MAX)
    return SOCK2_EINVAL;
  if (SOCK2__SO_TIMESTAMPING < 0 && SOCK2__SO_BINTIME >= 0) {
    /* The BSDs: receive stamps only, on or off. */
    if ((flags & ~(uint32_t)BINTIME_FLAGS) != 0)
      return SOCK2_ENOTSUP;
    return sock2__opt_set_int(s, SOL_SOCKET, SOCK2__SO_BINTIME, flags != 0);
  }
  return sock2__opt_set_int(s, SOL_SOCKET, SOCK2__SO_TIMESTAMPING, (int)flags);
}

int
sock2_timestamping(sock2_socket_t s, sock2_timestamping_flags_t *flags)
{
  /*
   * Linux 5.13+ answers with struct so_timestamping {int flags; int
   * bind_phc;} (8 bytes), older kernels with the int alone: the flags are
   * the first 4 bytes either way.
   */
  unsigned char buf[8];
  sock2_socklen_t len = (sock2_socklen_t)sizeof(buf);
  int v, err;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (flags == NULL)
    return SOCK2_EINVAL;
  if (SOCK2__SO_TIMESTAMPING < 0 && SOCK2__SO_BINTIME >= 0) {
    err = sock2__opt_get_bool(s, SOL_SOCKET, SOCK2__SO_BINTIME, &v);
    if (err != 0)
      return err;
    *flags = v ? BINTIME_FLAGS : 0;
    return 0;
  }
  if (SOCK2__SO_TIMESTAMPING < 0)
    return SOCK2_ENOTSUP;
  memset(buf, 0, sizeof(buf));
  err = sock2__sys_getsockopt(s, SOL_SOCKET, SOCK2__SO_TIMESTAMPING, buf,
                              &len);
  if (err != 0)
    return err;
  if (len != 4 && len != 8)
    return SOCK2_EINVAL;
  memcpy(&v, buf, sizeof(v));
  *flags = (sock2_timestamping_flags_t)v;
  return 0;
}

/* ---- The error queue: decoders ------------------------------------------ */

/*
 * struct sock_extended_err, the kernel's fixed layout: u32 ee_errno, u8
 * ee_origin, ee_type, ee_code, ee_pad, u32 ee_info, u32 ee_data (16
 * bytes), maybe followed by the offender's address.
 */
#define EE_SIZE 16

typedef struct ee_fields {
  uint32_t err;
  uint8_t origin, type, code;
  uint32_t info, data;
} ee_fields;

/* 0 and *ee filled; SOCK2_ENOENT: not an extended error; EINVAL: short. */
static int
ee_decode(const sock2_cmsg_t *c, ee_fields *ee)
{
  const unsigned char *p;

  if (!((SOCK2__IP_RECVERR >= 0 && c->level == IPPROTO_IP &&
         c->type == SOCK2__IP_RECVERR) ||
        (SOCK2__IPV6_RECVERR >= 0 && c->level == IPPROTO_IPV6 &&
         c->type == SOCK2__IPV6_RECVERR)))
    return SOCK2_ENOENT;
  if (c->len < EE_SIZE || c->data == NULL)
    return SOCK2_EINVAL;
  p = (const unsigned char *)c->data;
  memcpy(&ee->err, p, 4);
  ee->origin = p[4];
  ee->type = p[5];
  ee->code = p[6];
  memcpy(&ee->info, p + 8, 4);
  memcpy(&ee->data, p + 12, 4);
  return 0;
}

/* An output struct's size: the first version's up to this library's. */
static int
out_size_ok(const void *obj, uint32_t size, size_t min, size_t max)
{
  return sock2__growable_ok(obj, size, min, max, 4, size);
}

int
sock2_cmsg_get_zerocopy(const sock2_cmsg_t *c, sock2_zerocopy_t *out)
{
  ee_fields ee;
  sock2_zerocopy_t zc;
  int err;

  if (c == NULL || out == NULL ||
      !out_size_ok(out, out->size, SOCK2_ZEROCOPY_SIZE_MIN, sizeof(*out)))
    return SOCK2_EINVAL;
  err = ee_decode(c, &ee);
  if (err != 0)
    return err;
  if (ee.origin != SOCK2__EE_ORIGIN_ZEROCOPY)
    return SOCK2_ENOENT;
  memset(&zc, 0, sizeof(zc));
  zc.size = out->size;
  zc.first = ee.info;
  zc.last = ee.data;
  zc.copied = (ee.code & SOCK2__EE_CODE_ZEROCOPY_COPIED) != 0;
  memcpy(out, &zc, out->size);
  return 0;
}

/* Nanoseconds since the epoch from a (seconds, nanoseconds) pair. */
static sock2_duration_t
ts_ns(int64_t sec, int64_t nsec)
{
  /* Wraps (no overflow) for values no clock gives. */
  return (sock2_duration_t)((uint64_t)sec * 1000000000u + (uint64_t)nsec);
}

int
sock2_cmsg_get_timestamping(const sock2_cmsg_t *c, sock2_timestamping_t *out)
{
  sock2_timestamping_t ts;
  sock2_duration_t t[3];
  const unsigned char *p;
  ee_fields ee;
  int i, err;

  if (c == NULL || out == NULL ||
      !out_size_ok(out, out->size, SOCK2_TIMESTAMPING_SIZE_MIN,
                   sizeof(*out)))
    return SOCK2_EINVAL;
  memset(&ts, 0, sizeof(ts));
  memcpy(&ts, out, out->size);
  if (SOCK2__SCM_TIMESTAMPING >= 0 && c->level == SOL_SOCKET &&
      (c->type == SOCK2__SCM_TIMESTAMPING ||
       c->type == SOCK2__SCM_TIMESTAMPING_NEW)) {
    /*
     * Three timespecs: 64-bit fields (48 bytes: 64-bit systems and the
     * _NEW layout) or 32-bit ones (24 bytes: 32-bit time_t).
     */
    p = (const unsigned char *)c->data;
    if (p == NULL || (c->len != 48 && c->len != 24))
      return SOCK2_EINVAL;
    for (i = 0; i < 3; i++) {
      if (c->len == 48) {
        int64_t sec, nsec;
        memcpy(&sec, p + 16 * i, 8);
        memcpy(&nsec, p + 16 * i + 8, 8);
        t[i] = ts_ns(sec, nsec);
      } else {
        int32_t sec, nsec;
        memcpy(&sec, p + 8 * i, 4);
        memcpy(&nsec, p + 8 * i + 4, 4);
        t[i] = ts_ns(sec, nsec);
      }
    }
    ts.software = t[0];
    ts.legacy = t[1];
    ts.hardware = t[2];
    if (t[0] != 0)
      ts.have |= SOCK2_TSTAMP_HAVE_SOFTWARE;
    if (t[2] != 0)
      ts.have |= SOCK2_TSTAMP_HAVE_HARDWARE;
  } else if (SOCK2__SCM_BINTIME >= 0 && c->level == SOL_SOCKET &&
             c->type == SOCK2__SCM_BINTIME) {
    /*
     * struct bintime {time_t sec; uint64_t frac;}: 16 bytes, or 12 with a
     * 32-bit time_t; frac counts 2^-64 s.
     */
    int64_t sec;
    uint64_t frac;
    p = (const unsigned char *)c->data;
    if (p == NULL || (c->len != 16 && c->len != 12))
      return SOCK2_EINVAL;
    if (c->len == 16) {
      memcpy(&sec, p, 8);
      memcpy(&frac, p + 8, 8);
    } else {
      int32_t s32;
      memcpy(&s32, p, 4);
      memcpy(&frac, p + 4, 8);
      sec = s32;
    }
    ts.software = ts_ns(sec, (int64_t)(((frac >> 32) * 1000000000u) >> 32));
    ts.have |= SOCK2_TSTAMP_HAVE_SOFTWARE;
  } else {
    err = ee_decode(c, &ee);
    if (err != 0)
      return err;
    if (ee.origin != SOCK2__EE_ORIGIN_TIMESTAMPING)
      return SOCK2_ENOENT;
    ts.kind = (int32_t)ee.info;
    ts.id = ee.data;
    ts.have |= SOCK2_TSTAMP_HAVE_ID;
  }
  memcpy(out, &ts, out->size);
  return 0;
}

/* ---- The error queue: one read ------------------------------------------ */

/*
 * Room for an extended error with an IPv6 offender, a timestamp, and
 * whatever else the kernel adds (OPT_STATS, pktinfo).
 */
#define ERRQ_CONTROL 1024

/* One error-queue entry into ctl; the iterator walks its control data. */
static int
errq_read(sock2_socket_t s, void *ctl, sock2_cmsg_iter_t *it)
{
  sock2_msg_t msg;
  sock2_buf_t b;
  char data[1];
  sock2_ssize_t n;

  if (SOCK2_MSG_ERRQUEUE == 0 || SOCK2__IP_RECVERR < 0)
    return SOCK2_ENOTSUP;
  memset(&msg, 0, sizeof(msg));
  /* A looped-back packet (no OPT_TSONLY) is cut to this byte. */
  b.base = data;
  b.len = sizeof(data);
  SOCK2__MSG_SET_BUFS(&msg, &b, 1);
  SOCK2__MSG_SET_CONTROL(&msg, ctl, ERRQ_CONTROL);
  n = sock2__sys_recvmsg(s, &msg, SOCK2_MSG_ERRQUEUE);
  if (n < 0)
    return (int)n;
  return sock2_cmsg_iter_init(it, &msg);
}

int
sock2_recv_zerocopy(sock2_socket_t s, sock2_zerocopy_t *out)
{
  SOCK2_CMSG_BUF(ctl, ERRQ_CONTROL);
  sock2_cmsg_iter_t it;
  sock2_cmsg_t c;
  sock2_zerocopy_t zc;
  int err;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (out == NULL ||
      !out_size_ok(out, out->size, SOCK2_ZEROCOPY_SIZE_MIN, sizeof(*out)))
    return SOCK2_EINVAL;
  err = errq_read(s, ctl.buf, &it);
  if (err < 0)
    return err;
  memset(&zc, 0, sizeof(zc));
  zc.size = out->size;
  while (sock2_cmsg_next(&it, &c) == 1) {
    if (sock2_cmsg_get_zerocopy(&c, &zc) == 0) {
      memcpy(out, &zc, out->size);
      return 0;
    }
  }
  return SOCK2_ENOENT;
}

int
sock2_recv_timestamping(sock2_socket_t s, sock2_timestamping_t *out)
{
  SOCK2_CMSG_BUF(ctl, ERRQ_CONTROL);
  static const sock2_timestamping_t init = SOCK2_TIMESTAMPING_INIT;
  sock2_cmsg_iter_t it;
  sock2_cmsg_t c;
  sock2_timestamping_t ts;
  int err;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (out == NULL || !out_size_ok(out, out->size, SOCK2_TIMESTAMPING_SIZE_MIN,
                                  sizeof(*out)))
    return SOCK2_EINVAL;
  err = errq_read(s, ctl.buf, &it);
  if (err < 0)
    return err;
  ts = init;
  ts.size = out->size;
  while (sock2_cmsg_next(&it, &c) == 1)
    (void)sock2_cmsg_get_timestamping(&c, &ts);
  if (ts.have == 0)
    return SOCK2_ENOENT;
  memcpy(out, &ts, out->size);
  return 0;
}
