/* SPDX-License-Identifier: MIT */
/*
 * Message batches (sendmmsg/recvmmsg) and UDP segmentation offload: the
 * argument checks, the portable loops the backends fall back to, the
 * segment arithmetic and the GSO-or-batch send. Options the OS lacks are
 * -1 sentinels from sysdefs-batch.h (SOCK2_ENOTSUP).
 */
#include "internal.h"
#include "internal-batch.h"

/*
 * The rare cases of both calls, out of line: no entries, NULL, a count
 * above PTRDIFF_MAX (EINVAL) or above the kernel's cap of one call's
 * entries (clamped, as the kernel does; the loops keep it too).
 */
static int
mmsg_odd(sock2_socket_t s, sock2_mmsg_t *msgs, size_t n, int flags, int send)
{
  if ((msgs == NULL && n > 0) || SOCK2__BAD_LEN(n))
    return SOCK2_EINVAL;
  if (n == 0)
    return 0;
  if (n > SOCK2_MMSG_MAX)
    n = SOCK2_MMSG_MAX;
  return send ? sock2__sys_sendmmsg(s, msgs, (unsigned int)n, flags)
              : sock2__sys_recvmmsg(s, msgs, (unsigned int)n, flags);
}

int
sock2_sendmmsg(sock2_socket_t s, sock2_mmsg_t *msgs, size_t n, int flags)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  /* One test for 0, too many and NULL: n - 1 wraps for 0. */
  if (SOCK2__UNLIKELY(msgs == NULL || n - 1 >= SOCK2_MMSG_MAX))
    return mmsg_odd(s, msgs, n, flags, 1);
  return sock2__sys_sendmmsg(s, msgs, (unsigned int)n, flags);
}

int
sock2_recvmmsg(sock2_socket_t s, sock2_mmsg_t *msgs, size_t n, int flags)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (SOCK2__UNLIKELY(msgs == NULL || n - 1 >= SOCK2_MMSG_MAX))
    return mmsg_odd(s, msgs, n, flags, 0);
  return sock2__sys_recvmmsg(s, msgs, (unsigned int)n, flags);
}

/*
 * The loops. As the kernel's sendmmsg/recvmmsg: entries in order, len
 * set for each one done, stop at the first error, which is returned only
 * when nothing was done (the caller sees it when it calls again from the
 * entry that failed).
 */
int
sock2__sendmmsg_loop(sock2_socket_t s, sock2_mmsg_t *msgs, unsigned int n,
                     int flags)
{
  unsigned int i;

  for (i = 0; i < n; i++) {
    sock2_ssize_t r = sock2__sys_sendmsg(s, &msgs[i].hdr, flags);
    if (r < 0)
      return i > 0 ? (int)i : (int)r;
    msgs[i].len = (sock2_mmsg_len_t)r;
  }
  return (int)n;
}

int
sock2__recvmmsg_loop(sock2_socket_t s, sock2_mmsg_t *msgs, unsigned int n,
                     int flags)
{
  int wait_one = (flags & SOCK2_MSG_WAITFORONE) != 0;
  int f = flags & ~SOCK2_MSG_WAITFORONE;
  unsigned int i;

  for (i = 0; i < n; i++) {
    sock2_ssize_t r = sock2__sys_recvmsg(s, &msgs[i].hdr, f);
    if (r < 0)
      return i > 0 ? (int)i : (int)r;
    msgs[i].len = (sock2_mmsg_len_t)r;
    if (wait_one) {
      /* The kernel turns on MSG_DONTWAIT after the first message. */
      if (!SOCK2__MMSG_LOOP_DONTWAIT)
        return (int)i + 1;
      f |= SOCK2_MSG_DONTWAIT;
    }
  }
  return (int)n;
}

/* ---- UDP GSO ------------------------------------------------------------ */

int
sock2_set_udp_segment(sock2_socket_t s, int size)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  /* The kernel's range (a u16); checked here so nothing is cast. */
  if (size < 0 || size > 65535)
    return SOCK2_EINVAL;
  return sock2__opt_set_int(s, SOCK2__SOL_UDP, SOCK2__UDP_SEGMENT, size);
}

int
sock2_udp_segment(sock2_socket_t s, int *size)
{
  return sock2__opt_get_int(s, SOCK2__SOL_UDP, SOCK2__UDP_SEGMENT, size);
}

int
sock2_udp_max_segments(int domain, size_t segment_size)
{
  size_t max, k;

  if (domain == SOCK2_DOMAIN_IPV4)
    max = SOCK2_UDP_MAX_PAYLOAD_V4;
  else if (domain == SOCK2_DOMAIN_IPV6)
    max = SOCK2_UDP_MAX_PAYLOAD_V6;
  else
    return SOCK2_EAFNOSUPPORT;
  if (segment_size == 0 || segment_size > max)
    return SOCK2_EINVAL;
  k = max / segment_size;
  return k > SOCK2_UDP_MAX_SEGMENTS ? SOCK2_UDP_MAX_SEGMENTS : (int)k;
}

int
sock2_udp_gso_max_segments(sock2_socket_t s, size_t segment_size)
{
  sock2_addr_t a;
  int v, err;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (segment_size == 0 || segment_size > 65535)
    return SOCK2_EINVAL;
  /* Fails where the socket or the kernel has no GSO (ENOPROTOOPT). */
  err = sock2__opt_get_int(s, SOCK2__SOL_UDP, SOCK2__UDP_SEGMENT, &v);
  if (err != 0)
    return err;
  err = sock2_local_addr(s, &a);
  if (err != 0)
    return err;
  return sock2_udp_max_segments(sock2_addr_domain(&a), segment_size);
}

/*
 * The fallback of sock2_send_segments(): the same datagrams as one batch,
 * its entries on the stack (at most SOCK2_UDP_MAX_SEGMENTS of them, about
 * 10 KiB on 64-bit Linux).
 */
static sock2_ssize_t
send_segments_batch(sock2_socket_t s, const unsigned char *buf, size_t len,
                    size_t seg, size_t k, const sock2_addr_t *to, int flags)
{
  sock2_mmsg_t m[SOCK2_UDP_MAX_SEGMENTS];
  sock2_buf_t b[SOCK2_UDP_MAX_SEGMENTS];
  size_t i, off = 0;
  sock2_ssize_t total = 0;
  int done, err;

  for (i = 0; i < k; i++) {
    size_t l = len - off < seg ? len - off : seg;
    b[i].base = SOCK2_CAST_(void *, buf + off);
    b[i].len = l;
    sock2_msg_init(&m[i].hdr);
    sock2_msg_set_bufs(&m[i].hdr, &b[i], 1);
    if (to != NULL) {
      err = sock2_msg_set_addr(&m[i].hdr, to);
      if (err != 0)
        return err;
    }
    m[i].len = 0;
    off += l;
  }
  done = sock2_sendmmsg(s, m, k, flags);
  if (done < 0)
    return done;
  for (i = 0; i < (size_t)done; i++)
    total += (sock2_ssize_t)m[i].len;
  return total;
}

sock2_ssize_t
sock2_send_segments(sock2_socket_t s, const void *buf, size_t len,
                    size_t segment_size, const sock2_addr_t *to, int flags)
{
  const struct sockaddr *sa = NULL;
  int salen = 0;
  size_t k;
  sock2_ssize_t r;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if ((buf == NULL && len > 0) || SOCK2__BAD_LEN(len) || segment_size == 0 ||
      segment_size > 65535)
    return SOCK2_EINVAL;
  if (to != NULL) {
    salen = sock2__addr_len(to);
    if (salen < 0)
      return salen;
    sa = (const struct sockaddr *)&to->storage;
  }
  /* One ordinary datagram: no control message needed. */
  if (len <= segment_size)
    return sock2__sys_sendto(s, buf, len, flags, sa, (sock2_socklen_t)salen);
  k = len / segment_size + (len % segment_size != 0);
  if (k > SOCK2_UDP_MAX_SEGMENTS)
    return SOCK2_EINVAL;
  r = sock2__sys_send_gso(s, buf, len, (unsigned int)segment_size, sa,
                          (sock2_socklen_t)salen, flags);
  /*
   * EIO: the device cannot checksum (or a UDP-Lite socket); ENOPROTOOPT
   * and ENOTSUP: no GSO in this kernel or build. The batch sends the same
   * datagrams. Anything else (EMSGSIZE, EAGAIN, ...) is the caller's.
   */
  if (r == SOCK2_EIO || r == SOCK2_ENOPROTOOPT || r == SOCK2_ENOTSUP)
    return send_segments_batch(s, SOCK2_CAST_(const unsigned char *, buf),
                               len, segment_size, k, to, flags);
  return r;
}

/* ---- UDP GRO ------------------------------------------------------------ */

int
sock2_set_udp_gro(sock2_socket_t s, int on)
{
  return sock2__opt_set_int(s, SOCK2__SOL_UDP, SOCK2__UDP_GRO,
                            on ? SOCK2__UDP_GRO_ON : 0);
}

int
sock2_udp_gro(sock2_socket_t s, int *on)
{
  int v, err;

  if (on == NULL)
    return SOCK2__BAD_SOCKET(s) ? SOCK2_EBADF : SOCK2_EINVAL;
  err = sock2__opt_get_int(s, SOCK2__SOL_UDP, SOCK2__UDP_GRO, &v);
  if (err != 0)
    return err;
  *on = v != 0;
  return 0;
}

int
sock2_udp_gro_split(const void *buf, size_t len, size_t segment_size,
                    sock2_buf_t *out, size_t n)
{
  const unsigned char *p = SOCK2_CAST_(const unsigned char *, buf);
  size_t k, i, off = 0;

  if ((buf == NULL && len > 0) || (out == NULL && n > 0) ||
      SOCK2__BAD_LEN(len))
    return SOCK2_EINVAL;
  if (segment_size == 0 || segment_size >= len)
    k = 1;
  else
    k = len / segment_size + (len % segment_size != 0);
  if (k > n)
    return SOCK2_ENOBUFS;
  /* k <= len <= PTRDIFF_MAX, but an int result caps it. */
  if (k > (size_t)INT_MAX)
    return SOCK2_ENOBUFS;
  for (i = 0; i < k; i++) {
    size_t l = (k == 1 || len - off < segment_size) ? len - off
                                                    : segment_size;
    out[i].base = SOCK2_CAST_(void *, p + off);
    out[i].len = l;
    off += l;
  }
  return (int)k;
}

/* ---- Control messages --------------------------------------------------- */

int
sock2_cmsg_put_udp_segment(sock2_cmsg_writer_t *w, int size)
{
  uint16_t v16;
  uint32_t v32;

  if (w == NULL || size < 0 || size > 65535)
    return SOCK2_EINVAL;
  if (SOCK2__CMSG_UDP_SEGMENT < 0)
    return SOCK2_ENOTSUP;
  if (SOCK2__CMSG_UDP_SEGMENT_LEN == 2) {
    v16 = (uint16_t)size;
    return sock2_cmsg_put(w, SOCK2__SOL_UDP, SOCK2__CMSG_UDP_SEGMENT, &v16,
                          sizeof(v16));
  }
  v32 = (uint32_t)size;
  return sock2_cmsg_put(w, SOCK2__SOL_UDP, SOCK2__CMSG_UDP_SEGMENT, &v32,
                        sizeof(v32));
}

int
sock2_cmsg_get_udp_segment(const sock2_cmsg_t *c, int *size)
{
  uint16_t v16;
  uint32_t v32;

  if (c == NULL || size == NULL)
    return SOCK2_EINVAL;
  if (SOCK2__CMSG_UDP_SEGMENT < 0 || c->level != SOCK2__SOL_UDP ||
      c->type != SOCK2__CMSG_UDP_SEGMENT)
    return SOCK2_ENOENT;
  if (c->len != SOCK2__CMSG_UDP_SEGMENT_LEN || c->data == NULL)
    return SOCK2_EINVAL;
  /* The data may be unaligned: copied, never cast. */
  if (SOCK2__CMSG_UDP_SEGMENT_LEN == 2) {
    memcpy(&v16, c->data, sizeof(v16));
    *size = v16;
  } else {
    memcpy(&v32, c->data, sizeof(v32));
    if (v32 > 65535)
      return SOCK2_EINVAL;
    *size = (int)v32;
  }
  return 0;
}

int
sock2_cmsg_get_udp_gro(const sock2_cmsg_t *c, int *size)
{
  uint32_t v;

  if (c == NULL || size == NULL)
    return SOCK2_EINVAL;
  if (SOCK2__CMSG_UDP_GRO < 0 || c->level != SOCK2__SOL_UDP ||
      c->type != SOCK2__CMSG_UDP_GRO)
    return SOCK2_ENOENT;
  if (c->len != sizeof(v) || c->data == NULL)
    return SOCK2_EINVAL;
  memcpy(&v, c->data, sizeof(v));
  if (v > 65535)
    return SOCK2_EINVAL;
  *size = (int)v;
  return 0;
}
