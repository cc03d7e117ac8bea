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
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (SOCK2__BAD_ADDR(addr))
    return SOCK2_EINVAL;
  return sock2__sys_bind(s, (const struct sockaddr *)&addr->storage,
                         addr->len);
}

int
sock2_connect(sock2_socket_t s, const sock2_addr_t *addr)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (SOCK2__BAD_ADDR(addr))
    return SOCK2_EINVAL;
  return sock2__sys_connect(s, (const struct sockaddr *)&addr->storage,
                            addr->len);
}

/*
 * Wait for a non-blocking connect to finish, until deadline (monotonic ns).
 * Returns 0 once connected, or the error.
 */
static int
wait_connected(sock2_socket_t s, int64_t deadline)
{
  for (;;) {
    int64_t left = deadline - sock2__sys_monotonic_ns();
    int64_t ms;
    int revents = 0, n, soerr = 0, err;
    sock2_socklen_t len = (sock2_socklen_t)sizeof(soerr);

    if (left <= 0)
      return SOCK2_ETIMEDOUT;
    /* Round up: never poll for 0 ms while time remains. */
    sock2__duration_to_units(left, 1000000, INT_MAX, &ms);
    n = sock2__sys_poll_one(s, SOCK2__POLL_OUT, (int)ms, &revents);
    if (n == SOCK2_EINTR || n == 0)
      continue; /* the loop recomputes what is left */
    if (n < 0)
      return n;
    err = sock2__sys_getsockopt(s, SOL_SOCKET, SO_ERROR, &soerr, &len);
    if (err != 0)
      return err;
    if (soerr != 0)
      return sock2__sys_error(soerr);
    if (revents & SOCK2__POLL_ERR) {
      /* Hang-up with no error recorded: ask the socket itself. */
      sock2_addr_t peer;
      sock2_addr_init(&peer);
      return sock2__sys_getpeername(s, (struct sockaddr *)&peer.storage,
                                    &peer.len);
    }
    return 0;
  }
}

int
sock2_connect_timeout(sock2_socket_t s, const sock2_addr_t *addr,
                      sock2_duration_t timeout)
{
  int was_nonblocking = 0, err, restore;
  int64_t now, deadline;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (SOCK2__BAD_ADDR(addr) || timeout <= 0)
    return SOCK2_EINVAL;
  err = sock2__sys_nonblocking(s, &was_nonblocking);
  if (err == SOCK2_ENOTSUP)
    was_nonblocking = 0; /* Winsock cannot tell: sockets start blocking. */
  else if (err != 0)
    return err;
  if (!was_nonblocking) {
    err = sock2__sys_set_nonblocking(s, 1);
    if (err != 0)
      return err;
  }
  /* Whole milliseconds, rounded up: 1 ns still gets one 1 ms poll. */
  if (timeout <= INT64_MAX - 999999)
    timeout = (timeout + 999999) / 1000000 * 1000000;
  now = sock2__sys_monotonic_ns();
  deadline = timeout > INT64_MAX - now ? INT64_MAX : now + timeout;
  err = sock2__sys_connect(s, (const struct sockaddr *)&addr->storage,
                           addr->len);
  if (err == SOCK2_EINPROGRESS || err == SOCK2_EAGAIN)
    err = wait_connected(s, deadline);
  if (!was_nonblocking) {
    restore = sock2__sys_set_nonblocking(s, 0);
    if (err == 0)
      err = restore;
  }
  return err;
}

int
sock2_listen(sock2_socket_t s, int backlog)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  return sock2__sys_listen(s, backlog);
}

/* Shared by the three accept variants. */
static int
accept_common(sock2_socket_t s, sock2_socket_t *out, sock2_addr_t *peer,
              int mode, int flags)
{
  sock2_addr_t a;
  sock2_socket_t fd;
  int err;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (out == NULL || (flags & ~CREATION_FLAGS) != 0)
    return SOCK2_EINVAL;
  if (peer == NULL) {
    err = sock2__sys_accept(s, &fd, NULL, NULL, mode, flags);
  } else {
    memset(&a, 0, sizeof(a));
    a.len = (sock2_socklen_t)sizeof(a.storage);
    err = sock2__sys_accept(s, &fd, (struct sockaddr *)&a.storage, &a.len,
                            mode, flags);
  }
  if (err != 0)
    return err;
  if (peer != NULL)
    *peer = a;
  *out = fd;
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
