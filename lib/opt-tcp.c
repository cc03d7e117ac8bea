/* SPDX-License-Identifier: MIT */
/*
 * Socket options at IPPROTO_TCP, and the keep-alive builder. Options the
 * OS lacks are -1 sentinels from sysdefs.h (SOCK2_ENOTSUP).
 */
#include "internal.h"

#include <limits.h>

/* ---- Booleans ------------------------------------------------------------ */

int
sock2_set_tcp_nodelay(sock2_socket_t s, int on)
{
  /*
   * Where the OS reads any nonzero int as on (SOCK2__TCP_NODELAY_ANY_NONZERO,
   * sysdefs.h), the value goes as it is (unlike TCP_QUICKACK, where Linux
   * tests bit 0); tests/test-opt-socket.c sets 7 and INT_MIN.
   */
  if (SOCK2__TCP_NODELAY_ANY_NONZERO)
    return sock2__opt_set_int(s, IPPROTO_TCP, TCP_NODELAY, on);
  return sock2__opt_set_bool(s, IPPROTO_TCP, TCP_NODELAY, on);
}

int
sock2_tcp_nodelay(sock2_socket_t s, int *on)
{
  return sock2__opt_get_tcp_bool(s, TCP_NODELAY, on);
}

int
sock2_set_tcp_cork(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, IPPROTO_TCP, SOCK2__TCP_CORK, on);
}

int
sock2_tcp_cork(sock2_socket_t s, int *on)
{
  return sock2__opt_get_tcp_bool(s, SOCK2__TCP_CORK, on);
}

int
sock2_set_tcp_quickack(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, IPPROTO_TCP, SOCK2__TCP_QUICKACK, on);
}

int
sock2_tcp_quickack(sock2_socket_t s, int *on)
{
  return sock2__opt_get_tcp_bool(s, SOCK2__TCP_QUICKACK, on);
}

int
sock2_set_tcp_thin_linear_timeouts(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, IPPROTO_TCP, SOCK2__TCP_THIN_LINEAR_TIMEOUTS,
                             on);
}

int
sock2_tcp_thin_linear_timeouts(sock2_socket_t s, int *on)
{
  return sock2__opt_get_tcp_bool(s, SOCK2__TCP_THIN_LINEAR_TIMEOUTS,
                             on);
}

/* ---- Integers ------------------------------------------------------------ */

/* Set an int option from a uint32_t <= INT_MAX. */
static int
set_u32(sock2_socket_t s, int name, uint32_t val)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (val > (uint32_t)INT_MAX)
    return SOCK2_EINVAL;
  return sock2__opt_set_int(s, IPPROTO_TCP, name, (int)val);
}

/* Read an int option into a uint32_t. */
static int
get_u32(sock2_socket_t s, int name, uint32_t *val)
{
  int v = 0, err;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (val == NULL)
    return SOCK2_EINVAL;
  err = sock2__opt_get_int(s, IPPROTO_TCP, name, &v);
  if (err != 0)
    return err;
  *val = (uint32_t)v;
  return 0;
}

int
sock2_set_tcp_mss(sock2_socket_t s, uint32_t mss)
{
  return set_u32(s, SOCK2__TCP_MAXSEG, mss);
}

int
sock2_tcp_mss(sock2_socket_t s, uint32_t *mss)
{
  return get_u32(s, SOCK2__TCP_MAXSEG, mss);
}

int
sock2_set_tcp_notsent_lowat(sock2_socket_t s, uint32_t bytes)
{
  return set_u32(s, SOCK2__TCP_NOTSENT_LOWAT, bytes);
}

int
sock2_tcp_notsent_lowat(sock2_socket_t s, uint32_t *bytes)
{
  return get_u32(s, SOCK2__TCP_NOTSENT_LOWAT, bytes);
}

int
sock2_set_tcp_user_timeout(sock2_socket_t s, sock2_duration_t timeout)
{
  int64_t ms = 0;
  int err;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (timeout != SOCK2_DURATION_NONE) {
    err = sock2__duration_to_units(timeout, 1000000, INT64_MAX, &ms);
    if (err != 0)
      return err;
    /* The kernel takes an int; longer timeouts clamp (documented). */
    if (ms > INT_MAX)
      ms = INT_MAX;
  }
  return sock2__opt_set_int(s, IPPROTO_TCP, SOCK2__TCP_USER_TIMEOUT, (int)ms);
}

int
sock2_tcp_user_timeout(sock2_socket_t s, sock2_duration_t *timeout)
{
  uint32_t ms = 0;
  int err;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (timeout == NULL)
    return SOCK2_EINVAL;
  err = get_u32(s, SOCK2__TCP_USER_TIMEOUT, &ms);
  if (err != 0)
    return err;
  *timeout = ms == 0 ? SOCK2_DURATION_NONE : SOCK2_MSEC((int64_t)ms);
  return 0;
}

/* ---- Congestion control -------------------------------------------------- */

int
sock2_set_tcp_congestion(sock2_socket_t s, const char *name)
{
  size_t n;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (name == NULL)
    return SOCK2_EINVAL;
  n = strlen(name);
  if (n == 0 || n >= SOCK2__TCP_CA_NAME_MAX)
    return SOCK2_EINVAL;
  if (SOCK2__TCP_CONGESTION < 0)
    return SOCK2_ENOTSUP;
  return sock2__sys_setsockopt(s, IPPROTO_TCP, SOCK2__TCP_CONGESTION, name,
                               (sock2_socklen_t)n);
}

int
sock2_tcp_congestion(sock2_socket_t s, char *buf, size_t size)
{
  return sock2__opt_get_name(s, IPPROTO_TCP, SOCK2__TCP_CONGESTION,
                             SOCK2__TCP_CA_NAME_MAX, buf, size);
}

/* ---- Keep-alive ---------------------------------------------------------- */

/*
 * A growable struct (doc/design.md, "ABI rules"): a size from the first
 * version (SOCK2_KEEPALIVE_SIZE_MIN) up to this library's sizeof, in
 * whole 8-byte fields. Nothing past ka->size is ever read or written.
 */
static int
ka_size_ok(size_t size)
{
  return size >= SOCK2_KEEPALIVE_SIZE_MIN &&
         size <= sizeof(sock2_keepalive_t) && size % 8 == 0;
}

/* The layout the first version published; later ones only append. */
typedef char sock2__keepalive_layout_v1[
  (offsetof(sock2_keepalive_t, size) == 0 &&
   offsetof(sock2_keepalive_t, time) == 8 &&
   offsetof(sock2_keepalive_t, interval) == 16 &&
   offsetof(sock2_keepalive_t, retries) == 24 &&
   SOCK2_KEEPALIVE_SIZE_MIN == 32 && sizeof(sock2_keepalive_t) == 48)
    ? 1
    : -1];

int
sock2_keepalive_init_size(sock2_keepalive_t *ka, size_t size)
{
  if (ka == NULL || !ka_size_ok(size))
    return SOCK2_EINVAL;
  memset(ka, 0, size);
  ka->size = (uint32_t)size;
  ka->time = SOCK2_DURATION_NONE;
  ka->interval = SOCK2_DURATION_NONE;
  ka->retries = -1;
  return 0;
}

int
sock2_keepalive_with_time(sock2_keepalive_t *ka, sock2_duration_t time)
{
  if (ka == NULL || !ka_size_ok(ka->size) || time <= 0)
    return SOCK2_EINVAL;
  ka->time = time;
  return 0;
}

int
sock2_keepalive_with_interval(sock2_keepalive_t *ka,
                              sock2_duration_t interval)
{
  if (ka == NULL || !ka_size_ok(ka->size) || interval <= 0)
    return SOCK2_EINVAL;
  ka->interval = interval;
  return 0;
}

int
sock2_keepalive_with_retries(sock2_keepalive_t *ka, uint32_t retries)
{
  if (ka == NULL || !ka_size_ok(ka->size) || retries == 0 ||
      retries > (uint32_t)INT_MAX)
    return SOCK2_EINVAL;
  ka->retries = (int64_t)retries;
  return 0;
}

/* A duration field is valid when unset (SOCK2_DURATION_NONE) or > 0. */
static int
valid_ka_duration(sock2_duration_t d)
{
  return d == SOCK2_DURATION_NONE || d > 0;
}

int
sock2_set_tcp_keepalive(sock2_socket_t s, const sock2_keepalive_t *ka)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (ka == NULL || ka->reserved0 != 0 ||
      !sock2__growable_ok(ka, ka->size, SOCK2_KEEPALIVE_SIZE_MIN,
                          sizeof(*ka), 8,
                          offsetof(sock2_keepalive_t, reserved)) ||
      !valid_ka_duration(ka->time) ||
      !valid_ka_duration(ka->interval) ||
      (ka->retries != -1 && (ka->retries < 1 || ka->retries > INT_MAX)))
    return SOCK2_EINVAL;
  return sock2__sys_set_tcp_keepalive(s, ka->time, ka->interval,
                                      ka->retries);
}

/* Read a keep-alive time kept in SOCK2__KEEPALIVE_UNIT_NS units. */
static int
get_ka_time(sock2_socket_t s, int name, sock2_duration_t *out)
{
  int v = 0, err;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (out == NULL)
    return SOCK2_EINVAL;
  err = sock2__opt_get_int(s, IPPROTO_TCP, name, &v);
  if (err != 0)
    return err;
  *out = (sock2_duration_t)v * SOCK2__KEEPALIVE_UNIT_NS;
  return 0;
}

int
sock2_tcp_keepalive_time(sock2_socket_t s, sock2_duration_t *time)
{
  return get_ka_time(s, SOCK2__TCP_KEEPIDLE, time);
}

int
sock2_tcp_keepalive_interval(sock2_socket_t s, sock2_duration_t *interval)
{
  return get_ka_time(s, SOCK2__TCP_KEEPINTVL, interval);
}

int
sock2_tcp_keepalive_retries(sock2_socket_t s, uint32_t *retries)
{
  return get_u32(s, SOCK2__TCP_KEEPCNT, retries);
}
