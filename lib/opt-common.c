/* SPDX-License-Identifier: MIT */
/* Helpers shared by the socket-option files: int and boolean options. */
#include "internal.h"

int
sock2__opt_decode_bool(const void *buf, sock2_socklen_t len, int *on)
{
  const unsigned char *b = (const unsigned char *)buf;
  int v;

  if (len == (sock2_socklen_t)sizeof(int)) {
    memcpy(&v, buf, sizeof(v));
    *on = v != 0;
    return 0;
  }
  /* Winsock answers some BOOL options with a 1-byte BOOLEAN. */
  if (len == 1) {
    *on = b[0] != 0;
    return 0;
  }
  return SOCK2_EINVAL;
}

int
sock2__opt_decode_bool_int(int v, sock2_socklen_t len, int *on)
{
  unsigned char buf[sizeof(int)];

  memcpy(buf, &v, sizeof(buf));
  return sock2__opt_decode_bool(buf, len, on);
}

int
sock2__opt_set_int_call(sock2_socket_t s, int level, int name, int val)
{
  return sock2__opt_set_int(s, level, name, val);
}

/* sock2__opt_get_bool(), _set_bool() and _set_int(): inline, internal.h. */

int
sock2__opt_get_int(sock2_socket_t s, int level, int name, int *val)
{
  unsigned char buf[sizeof(int)];
  sock2_socklen_t len = (sock2_socklen_t)sizeof(buf);
  int v, err;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (val == NULL)
    return SOCK2_EINVAL;
  if (name < 0)
    return SOCK2_ENOTSUP;
  memset(buf, 0, sizeof(buf));
  err = sock2__sys_getsockopt(s, level, name, buf, &len);
  if (err != 0)
    return err;
  if (len == (sock2_socklen_t)sizeof(int)) {
    memcpy(&v, buf, sizeof(v));
  } else if (len == 1) {
    v = buf[0];
  } else if (len == 2) {
    uint16_t u;
    memcpy(&u, buf, sizeof(u));
    v = u;
  } else {
    return SOCK2_EINVAL;
  }
  *val = v;
  return 0;
}

int
sock2__opt_get_name(sock2_socket_t s, int level, int name, size_t max,
                    char *buf, size_t size)
{
  char tmp[64];
  sock2_socklen_t len;
  size_t n;
  int err;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (buf == NULL || SOCK2__BAD_LEN(size))
    return SOCK2_EINVAL;
  if (name < 0)
    return SOCK2_ENOTSUP;
  if (max > sizeof(tmp) - 1)
    max = sizeof(tmp) - 1;
  len = (sock2_socklen_t)max;
  memset(tmp, 0, sizeof(tmp));
  err = sock2__sys_getsockopt(s, level, name, tmp, &len);
  if (err != 0)
    return err;
  /* tmp[] always ends in a NUL past the max bytes the kernel may write. */
  n = strlen(tmp);
  if (n + 1 > size)
    return SOCK2_ENOBUFS;
  memcpy(buf, tmp, n + 1);
  return (int)n;
}

int
sock2__opt_get_exact(sock2_socket_t s, int level, int name, void *out,
                     size_t size)
{
  unsigned char tmp[16];
  sock2_socklen_t len = (sock2_socklen_t)size;
  int err;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (out == NULL || size > sizeof(tmp))
    return SOCK2_EINVAL;
  if (name < 0)
    return SOCK2_ENOTSUP;
  memset(tmp, 0, sizeof(tmp));
  err = sock2__sys_getsockopt(s, level, name, tmp, &len);
  if (err != 0)
    return err;
  if (len != (sock2_socklen_t)size)
    return SOCK2_EINVAL;
  memcpy(out, tmp, size);
  return 0;
}

int
sock2__opt_set_u32(sock2_socket_t s, int level, int name, uint32_t val)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (val > (uint32_t)INT_MAX)
    return SOCK2_EINVAL;
  return sock2__opt_set_int(s, level, name, (int)val);
}

int
sock2__opt_get_u32(sock2_socket_t s, int level, int name, uint32_t *val)
{
  int v = 0, err;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (val == NULL)
    return SOCK2_EINVAL;
  err = sock2__opt_get_int(s, level, name, &v);
  if (err != 0)
    return err;
  *val = (uint32_t)v;
  return 0;
}
