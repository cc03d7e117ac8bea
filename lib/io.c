/* SPDX-License-Identifier: MIT */
/* Data transfer: argument checks and length clamping over the backend. */
#include "internal.h"

/* Byte counts larger than one call may pass are clamped, as the OS does. */
#define CLAMP(len) ((len) > SOCK2__MAX_BUF_LEN ? SOCK2__MAX_BUF_LEN : (len))

sock2_ssize_t
sock2_send_with_flags(sock2_socket_t s, const void *buf, size_t len,
                      int flags)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (buf == NULL && len > 0)
    return SOCK2_EINVAL;
  return sock2__sys_send(s, buf, CLAMP(len), flags);
}

sock2_ssize_t
sock2_send(sock2_socket_t s, const void *buf, size_t len)
{
  return sock2_send_with_flags(s, buf, len, 0);
}

sock2_ssize_t
sock2_send_to(sock2_socket_t s, const void *buf, size_t len,
              const sock2_addr_t *to)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if ((buf == NULL && len > 0) || to == NULL)
    return SOCK2_EINVAL;
  return sock2__sys_sendto(s, buf, CLAMP(len), 0,
                           (const struct sockaddr *)&to->storage, to->len);
}

sock2_ssize_t
sock2_recv_with_flags(sock2_socket_t s, void *buf, size_t len, int flags)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (buf == NULL && len > 0)
    return SOCK2_EINVAL;
  return sock2__sys_recv(s, buf, CLAMP(len), flags);
}

sock2_ssize_t
sock2_recv(sock2_socket_t s, void *buf, size_t len)
{
  return sock2_recv_with_flags(s, buf, len, 0);
}

sock2_ssize_t
sock2_recv_from(sock2_socket_t s, void *buf, size_t len, sock2_addr_t *from)
{
  sock2_addr_t a;
  sock2_ssize_t n;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (buf == NULL && len > 0)
    return SOCK2_EINVAL;
  if (from == NULL)
    return sock2__sys_recvfrom(s, buf, CLAMP(len), 0, NULL, NULL);
  memset(&a, 0, sizeof(a));
  a.len = (sock2_socklen_t)sizeof(a.storage);
  n = sock2__sys_recvfrom(s, buf, CLAMP(len), 0,
                          (struct sockaddr *)&a.storage, &a.len);
  if (n >= 0)
    *from = a;
  return n;
}
