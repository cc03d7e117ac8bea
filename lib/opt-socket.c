/* SPDX-License-Identifier: MIT */
/*
 * Socket options at SOL_SOCKET (plus the interface-index binding, which
 * Apple keeps at IPPROTO_IP / IPPROTO_IPV6). Options the OS lacks are -1
 * sentinels from sysdefs.h: the helpers answer SOCK2_ENOTSUP for them.
 */
#include "internal.h"

#include <limits.h>

int
sock2_take_error(sock2_socket_t s, int *err)
{
  int v = 0, rc;
  sock2_socklen_t len = (sock2_socklen_t)sizeof(v);

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (err == NULL)
    return SOCK2_EINVAL;
  rc = sock2__sys_getsockopt(s, SOL_SOCKET, SO_ERROR, &v, &len);
  if (rc != 0)
    return rc;
  *err = sock2__sys_error(v);
  return 0;
}

/* ---- Booleans ------------------------------------------------------------ */

int
sock2_set_broadcast(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, SOL_SOCKET, SO_BROADCAST, on);
}

int
sock2_broadcast(sock2_socket_t s, int *on)
{
  return sock2__opt_get_bool(s, SOL_SOCKET, SO_BROADCAST, on);
}

int
sock2_set_keepalive(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, SOL_SOCKET, SO_KEEPALIVE, on);
}

int
sock2_keepalive(sock2_socket_t s, int *on)
{
  return sock2__opt_get_bool(s, SOL_SOCKET, SO_KEEPALIVE, on);
}

int
sock2_set_out_of_band_inline(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, SOL_SOCKET, SO_OOBINLINE, on);
}

int
sock2_out_of_band_inline(sock2_socket_t s, int *on)
{
  return sock2__opt_get_bool(s, SOL_SOCKET, SO_OOBINLINE, on);
}

int
sock2_set_passcred(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, SOL_SOCKET, SOCK2__SO_PASSCRED, on);
}

int
sock2_passcred(sock2_socket_t s, int *on)
{
  return sock2__opt_get_bool(s, SOL_SOCKET, SOCK2__SO_PASSCRED, on);
}

int
sock2_set_reuse_address(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, SOL_SOCKET, SO_REUSEADDR, on);
}

int
sock2_reuse_address(sock2_socket_t s, int *on)
{
  return sock2__opt_get_bool(s, SOL_SOCKET, SO_REUSEADDR, on);
}

int
sock2_set_reuse_port(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, SOL_SOCKET, SOCK2__SO_REUSEPORT, on);
}

int
sock2_reuse_port(sock2_socket_t s, int *on)
{
  return sock2__opt_get_bool(s, SOL_SOCKET, SOCK2__SO_REUSEPORT, on);
}

int
sock2_set_reuse_port_lb(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, SOL_SOCKET, SOCK2__SO_REUSEPORT_LB, on);
}

int
sock2_reuse_port_lb(sock2_socket_t s, int *on)
{
  return sock2__opt_get_bool(s, SOL_SOCKET, SOCK2__SO_REUSEPORT_LB, on);
}

int
sock2_is_listener(sock2_socket_t s, int *on)
{
  return sock2__opt_get_bool(s, SOL_SOCKET, SOCK2__SO_ACCEPTCONN, on);
}

int
sock2_set_nosigpipe(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, SOL_SOCKET, SOCK2__SO_NOSIGPIPE, on);
}

int
sock2_nosigpipe(sock2_socket_t s, int *on)
{
  return sock2__opt_get_bool(s, SOL_SOCKET, SOCK2__SO_NOSIGPIPE, on);
}

int
sock2_set_no_peercred(sock2_socket_t s)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (SOCK2__SO_NO_PEERCRED < 0)
    return SOCK2_ENOTSUP;
  return sock2__sys_setsockopt(s, SOL_SOCKET, SOCK2__SO_NO_PEERCRED, NULL, 0);
}

/* ---- Integers ------------------------------------------------------------ */

/* Set a non-negative int option: negative values are SOCK2_EINVAL. */
static int
set_nonneg(sock2_socket_t s, int level, int name, int val)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (val < 0)
    return SOCK2_EINVAL;
  return sock2__opt_set_int(s, level, name, val);
}

int
sock2_set_priority(sock2_socket_t s, int priority)
{
  return set_nonneg(s, SOL_SOCKET, SOCK2__SO_PRIORITY, priority);
}

int
sock2_priority(sock2_socket_t s, int *priority)
{
  return sock2__opt_get_int(s, SOL_SOCKET, SOCK2__SO_PRIORITY, priority);
}

int
sock2_set_recv_buffer_size(sock2_socket_t s, int size)
{
  return set_nonneg(s, SOL_SOCKET, SO_RCVBUF, size);
}

int
sock2_recv_buffer_size(sock2_socket_t s, int *size)
{
  return sock2__opt_get_int(s, SOL_SOCKET, SO_RCVBUF, size);
}

int
sock2_set_send_buffer_size(sock2_socket_t s, int size)
{
  return set_nonneg(s, SOL_SOCKET, SO_SNDBUF, size);
}

int
sock2_send_buffer_size(sock2_socket_t s, int *size)
{
  return sock2__opt_get_int(s, SOL_SOCKET, SO_SNDBUF, size);
}

int
sock2_domain(sock2_socket_t s, int *domain)
{
  return sock2__opt_get_int(s, SOL_SOCKET, SOCK2__SO_DOMAIN, domain);
}

int
sock2_protocol(sock2_socket_t s, int *protocol)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (protocol == NULL)
    return SOCK2_EINVAL;
  return sock2__sys_protocol(s, protocol);
}

int
sock2_set_mark(sock2_socket_t s, uint32_t mark)
{
  /* The kernel keeps a u32; the bits travel in an int. */
  return sock2__opt_set_int(s, SOL_SOCKET, SOCK2__SO_MARK, (int)mark);
}

int
sock2_mark(sock2_socket_t s, uint32_t *mark)
{
  return sock2__opt_get_u32(s, SOL_SOCKET, SOCK2__SO_MARK, mark);
}

int
sock2_set_fib(sock2_socket_t s, uint32_t fib)
{
  return sock2__opt_set_u32(s, SOL_SOCKET, SOCK2__SO_SETFIB, fib);
}

int
sock2_set_cpu_affinity(sock2_socket_t s, int cpu)
{
  return set_nonneg(s, SOL_SOCKET, SOCK2__SO_INCOMING_CPU, cpu);
}

int
sock2_cpu_affinity(sock2_socket_t s, int *cpu)
{
  return sock2__opt_get_int(s, SOL_SOCKET, SOCK2__SO_INCOMING_CPU, cpu);
}

int
sock2_set_busy_poll(sock2_socket_t s, uint32_t usec)
{
  return sock2__opt_set_u32(s, SOL_SOCKET, SOCK2__SO_BUSY_POLL, usec);
}

int
sock2_busy_poll(sock2_socket_t s, uint32_t *usec)
{
  return sock2__opt_get_u32(s, SOL_SOCKET, SOCK2__SO_BUSY_POLL, usec);
}

int
sock2_bind_device_by_index_v4(sock2_socket_t s, uint32_t index)
{
  return sock2__opt_set_int(s, SOCK2__BOUND_IF_V4_LEVEL, SOCK2__BOUND_IF_V4,
                            (int)index);
}

int
sock2_device_index_v4(sock2_socket_t s, uint32_t *index)
{
  return sock2__opt_get_u32(s, SOCK2__BOUND_IF_V4_LEVEL, SOCK2__BOUND_IF_V4, index);
}

int
sock2_bind_device_by_index_v6(sock2_socket_t s, uint32_t index)
{
  return sock2__opt_set_int(s, SOCK2__BOUND_IF_V6_LEVEL, SOCK2__BOUND_IF_V6,
                            (int)index);
}

int
sock2_device_index_v6(sock2_socket_t s, uint32_t *index)
{
  return sock2__opt_get_u32(s, SOCK2__BOUND_IF_V6_LEVEL, SOCK2__BOUND_IF_V6, index);
}

int
sock2_cookie(sock2_socket_t s, uint64_t *cookie)
{
  return sock2__opt_get_exact(s, SOL_SOCKET, SOCK2__SO_COOKIE, cookie,
                              sizeof(*cookie));
}

/* ---- Linger -------------------------------------------------------------- */

int
sock2_set_linger(sock2_socket_t s, sock2_duration_t linger)
{
  sock2__linger lg;
  int64_t secs = 0;
  int err;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  memset(&lg, 0, sizeof(lg));
  if (linger != SOCK2_DURATION_NONE) {
    err = sock2__duration_to_units(linger, 1000000000, SOCK2__LINGER_MAX_SECS,
                                   &secs);
    if (err != 0)
      return err;
    lg.l_onoff = 1;
    lg.l_linger = secs;
  }
  return sock2__sys_setsockopt(s, SOL_SOCKET, SOCK2__SO_LINGER, &lg,
                               (sock2_socklen_t)sizeof(lg));
}

int
sock2_linger(sock2_socket_t s, sock2_duration_t *linger)
{
  sock2__linger lg;
  sock2_socklen_t len = (sock2_socklen_t)sizeof(lg);
  int err;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (linger == NULL)
    return SOCK2_EINVAL;
  memset(&lg, 0, sizeof(lg));
  err = sock2__sys_getsockopt(s, SOL_SOCKET, SOCK2__SO_LINGER, &lg, &len);
  if (err != 0)
    return err;
  if (len != (sock2_socklen_t)sizeof(lg))
    return SOCK2_EINVAL;
  if (lg.l_onoff == 0)
    *linger = SOCK2_DURATION_NONE;
  else
    *linger = SOCK2_SEC((int64_t)lg.l_linger);
  return 0;
}

/* ---- Device binding by name ---------------------------------------------- */

int
sock2_bind_device(sock2_socket_t s, const char *name)
{
  size_t n;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  n = name == NULL ? 0 : strlen(name);
  /* Linux would silently cut a long name to IFNAMSIZ - 1 bytes. */
  if (n >= SOCK2_IFNAMSIZ)
    return SOCK2_EINVAL;
  if (SOCK2__SO_BINDTODEVICE < 0)
    return SOCK2_ENOTSUP;
  return sock2__sys_setsockopt(s, SOL_SOCKET, SOCK2__SO_BINDTODEVICE,
                               n == 0 ? NULL : name, (sock2_socklen_t)n);
}

int
sock2_device(sock2_socket_t s, char *buf, size_t size)
{
  return sock2__opt_get_name(s, SOL_SOCKET, SOCK2__SO_BINDTODEVICE,
                             SOCK2_IFNAMSIZ, buf, size);
}

/* ---- Classic BPF filters ------------------------------------------------- */

int
sock2_attach_filter(sock2_socket_t s, const sock2_sock_filter_t *prog,
                    size_t count)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  /* sock_fprog.len is 16 bits: never let a count wrap. */
  if (prog == NULL || count == 0 || count > 65535)
    return SOCK2_EINVAL;
  return sock2__sys_attach_filter(s, prog, (unsigned int)count);
}

int
sock2_detach_filter(sock2_socket_t s)
{
  int zero = 0;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (SOCK2__SO_DETACH_FILTER < 0)
    return SOCK2_ENOTSUP;
  return sock2__sys_setsockopt(s, SOL_SOCKET, SOCK2__SO_DETACH_FILTER, &zero,
                               (sock2_socklen_t)sizeof(zero));
}
