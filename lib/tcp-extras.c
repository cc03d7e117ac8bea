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
  return sock2__opt_get_bool(s, IPPROTO_TCP, SOCK2__TCP_FASTOPEN_CONNECT, on);
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

int
sock2_set_timestamping(sock2_socket_t s, sock2_timestamping_flags_t flags)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (flags > (uint32_t)INT_MAX)
    return SOCK2_EINVAL;
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
