/* SPDX-License-Identifier: MIT */
/* Socket lifecycle: create, bind, connect, listen, accept, dup, close. */
#include "internal.h"

#include <limits.h>

#define CREATION_FLAGS (SOCK2_TYPE_NONBLOCK | SOCK2_TYPE_CLOEXEC)

int
sock2_socket(int domain, int type, int protocol, sock2_socket_t *out)
{
  if (out == NULL)
    return SOCK2_EINVAL;
  return sock2__sys_socket(domain, type, protocol, SOCK2__SAFE, out);
}

int
sock2_socket_raw(int domain, int type, int protocol, sock2_socket_t *out)
{
  if (out == NULL)
    return SOCK2_EINVAL;
  return sock2__sys_socket(domain, type, protocol, SOCK2__RAW, out);
}

int
sock2_socketpair(int domain, int type, int protocol, sock2_socket_t sv[2])
{
  if (sv == NULL)
    return SOCK2_EINVAL;
  return sock2__sys_socketpair(domain, type, protocol, SOCK2__SAFE, sv);
}

int
sock2_socketpair_raw(int domain, int type, int protocol, sock2_socket_t sv[2])
{
  if (sv == NULL)
    return SOCK2_EINVAL;
  return sock2__sys_socketpair(domain, type, protocol, SOCK2__RAW, sv);
}

int
sock2_bind(sock2_socket_t s, const sock2_addr_t *addr)
{
  int len;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (addr == NULL)
    return SOCK2_EINVAL;
  len = sock2__addr_len(addr);
  if (len < 0)
    return len;
  return sock2__sys_bind(s, (const struct sockaddr *)&addr->storage,
                         (sock2_socklen_t)len);
}

int
sock2_connect(sock2_socket_t s, const sock2_addr_t *addr)
{
  int len;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (addr == NULL)
    return SOCK2_EINVAL;
  len = sock2__addr_len(addr);
  if (len < 0)
    return len;
  return sock2__sys_connect(s, (const struct sockaddr *)&addr->storage,
                            (sock2_socklen_t)len);
}

int
sock2_connect_timeout(sock2_socket_t s, const sock2_addr_t *addr,
                      sock2_duration_t timeout)
{
  int len;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (addr == NULL || timeout <= 0)
    return SOCK2_EINVAL;
  /* Before the mode is touched: a refused address changes nothing. */
  len = sock2__addr_len(addr);
  if (len < 0)
    return len;
  return sock2__sys_connect_timeout(
      s, (const struct sockaddr *)&addr->storage, (sock2_socklen_t)len,
      timeout);
}

int
sock2_listen(sock2_socket_t s, int backlog)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  return sock2__sys_listen(s, backlog);
}

/*
 * Zero an address's storage past a constant length: up to a 16-byte
 * boundary, then pieces of at most 64 bytes, each small enough that
 * compilers store it inline (a whole 100-odd bytes becomes a rep stos or
 * a call). Three pieces cover a 128-byte sockaddr_storage.
 */
static inline void
zero_tail_fixed(sock2_addr_t *a, size_t from)
{
  char *p = (char *)&a->storage;
  size_t end = sizeof(a->storage);
  size_t head = from + (16 - from % 16) % 16;
  size_t mid = head + 64 < end ? head + 64 : end;

  memset(p + from, 0, head - from);
  memset(p + head, 0, mid - head);
  memset(p + mid, 0, end - mid);
}

/*
 * Shared by the three accept variants, inline so that mode and flags fold
 * into each. The backend writes *out and the address only on success, so
 * they go straight to the caller's storage; the storage past the reported
 * length is then zeroed (with fixed-size stores for the two IP families).
 */
static SOCK2__HOT_INLINE int
accept_common(sock2_socket_t s, sock2_socket_t *out, sock2_addr_t *peer,
              int mode, int flags)
{
  sock2_socklen_t len;
  int err;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (out == NULL || (flags & ~CREATION_FLAGS) != 0)
    return SOCK2_EINVAL;
  if (peer == NULL)
    return sock2__sys_accept(s, out, NULL, NULL, mode, flags);
  len = (sock2_socklen_t)sizeof(peer->storage);
  err = sock2__sys_accept(s, out, (struct sockaddr *)&peer->storage, &len,
                          mode, flags);
  if (err != 0)
    return err;
  if (len == (sock2_socklen_t)sizeof(struct sockaddr_in)) {
    zero_tail_fixed(peer, sizeof(struct sockaddr_in));
  } else if (len == (sock2_socklen_t)sizeof(struct sockaddr_in6)) {
    zero_tail_fixed(peer, sizeof(struct sockaddr_in6));
  } else {
    /* Never past the storage, whatever length the kernel reports. */
    size_t n = (size_t)len < sizeof(peer->storage) ? (size_t)len
                                                   : sizeof(peer->storage);
    memset((char *)&peer->storage + n, 0, sizeof(peer->storage) - n);
    len = (sock2_socklen_t)n;
  }
  peer->len = len;
  SOCK2__ADDR_ZERO_RESERVED(peer);
  return 0;
}

int
sock2_accept(sock2_socket_t s, sock2_socket_t *out, sock2_addr_t *peer)
{
  return accept_common(s, out, peer, SOCK2__SAFE, 0);
}

int
sock2_accept_raw(sock2_socket_t s, sock2_socket_t *out, sock2_addr_t *peer)
{
  return accept_common(s, out, peer, SOCK2__RAW, 0);
}

int
sock2_accept4(sock2_socket_t s, sock2_socket_t *out, sock2_addr_t *peer,
              int flags)
{
  return accept_common(s, out, peer, SOCK2__RAW, flags);
}

/* getsockname/getpeername into a zeroed address; addr unchanged on error. */
static int
name_common(sock2_socket_t s, sock2_addr_t *addr, int peer)
{
  sock2_addr_t a;
  int err;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (addr == NULL)
    return SOCK2_EINVAL;
  memset(&a, 0, sizeof(a));
  a.len = (sock2_socklen_t)sizeof(a.storage);
  err = peer ? sock2__sys_getpeername(s, (struct sockaddr *)&a.storage,
                                      &a.len)
             : sock2__sys_getsockname(s, (struct sockaddr *)&a.storage,
                                      &a.len);
  if (err != 0)
    return err;
  SOCK2__CLAMP_ADDR_LEN(&a);
  *addr = a;
  return 0;
}

int
sock2_local_addr(sock2_socket_t s, sock2_addr_t *addr)
{
  return name_common(s, addr, 0);
}

int
sock2_peer_addr(sock2_socket_t s, sock2_addr_t *addr)
{
  return name_common(s, addr, 1);
}

int
sock2_type(sock2_socket_t s, int *type)
{
  return sock2__opt_get_int(s, SOL_SOCKET, SO_TYPE, type);
}

int
sock2_dup(sock2_socket_t s, sock2_socket_t *out)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (out == NULL)
    return SOCK2_EINVAL;
  return sock2__sys_dup(s, out);
}

int
sock2_nonblocking(sock2_socket_t s, int *on)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (on == NULL)
    return SOCK2_EINVAL;
  return sock2__sys_nonblocking(s, on);
}

int
sock2_set_nonblocking(sock2_socket_t s, int on)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  return sock2__sys_set_nonblocking(s, on != 0);
}

int
sock2_cloexec(sock2_socket_t s, int *on)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (on == NULL)
    return SOCK2_EINVAL;
  return sock2__sys_cloexec(s, on);
}

int
sock2_set_cloexec(sock2_socket_t s, int on)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  return sock2__sys_set_cloexec(s, on != 0);
}

int
sock2_shutdown(sock2_socket_t s, int how)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (how != SOCK2_SHUT_RD && how != SOCK2_SHUT_WR && how != SOCK2_SHUT_RDWR)
    return SOCK2_EINVAL;
  return sock2__sys_shutdown(s, how);
}

int
sock2_close(sock2_socket_t s)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  return sock2__sys_close(s);
}
