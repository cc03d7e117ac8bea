/* SPDX-License-Identifier: MIT */
/*
 * Winsock backend: socket creation, accept, dup, handle flags, close.
 *
 * Close-on-exec is Windows' "not inheritable": sockets are created with
 * WSA_FLAG_NO_HANDLE_INHERIT (atomic, no race with CreateProcess), accepted
 * and other handles are flagged with SetHandleInformation.
 */
#include "internal.h"

/* The creation flags the caller may OR into a type. */
#define CREATION_FLAGS (SOCK2_TYPE_NONBLOCK | SOCK2_TYPE_CLOEXEC)

int
sock2__win_set_nonblock(SOCKET s, int on)
{
  u_long v = on ? 1 : 0;

  if (ioctlsocket(s, FIONBIO, &v) == SOCKET_ERROR)
    return SOCK2__WSAERR();
  return 0;
}

/* Make a handle non-inheritable (or inheritable again). */
static int
set_no_inherit(SOCKET s, int no_inherit)
{
  if (!SetHandleInformation((HANDLE)s, HANDLE_FLAG_INHERIT,
                            no_inherit ? 0 : HANDLE_FLAG_INHERIT))
    return SOCK2__WINERR();
  return 0;
}

/*
 * WSASocketW with the no-inherit flag when asked. Windows 7 before SP1
 * refuses WSA_FLAG_NO_HANDLE_INHERIT with WSAEINVAL; then the socket is
 * created without it and flagged afterwards (the only non-atomic path).
 */
static int
create(int af, int type, int protocol, WSAPROTOCOL_INFOW *info,
       int no_inherit, SOCKET *out)
{
  DWORD flags = WSA_FLAG_OVERLAPPED;
  SOCKET s;
  int err;

  if (no_inherit)
    flags |= WSA_FLAG_NO_HANDLE_INHERIT;
  s = WSASocketW(af, type, protocol, info, 0, flags);
  if (s == INVALID_SOCKET && no_inherit && WSAGetLastError() == WSAEINVAL) {
    s = WSASocketW(af, type, protocol, info, 0, WSA_FLAG_OVERLAPPED);
    if (s == INVALID_SOCKET)
      return SOCK2__WSAERR();
    err = set_no_inherit(s, 1);
    if (err != 0) {
      closesocket(s);
      return err;
    }
  } else if (s == INVALID_SOCKET) {
    return SOCK2__WSAERR();
  }
  *out = s;
  return 0;
}

int
sock2__sys_socket(int domain, int type, int protocol, int mode,
                  sock2_socket_t *out)
{
  int no_inherit = mode == SOCK2__SAFE || (type & SOCK2_TYPE_CLOEXEC);
  int nonblock = (type & SOCK2_TYPE_NONBLOCK) != 0;
  int base = type & ~CREATION_FLAGS;
  SOCKET s;
  int err;

  err = sock2__win_init();
  if (err != 0)
    return err;
  err = create(domain, base, protocol, NULL, no_inherit, &s);
  if (err != 0)
    return err;
  if (nonblock) {
    err = sock2__win_set_nonblock(s, 1);
    if (err != 0) {
      closesocket(s);
      return err;
    }
  }
  *out = s;
  return 0;
}

int
sock2__sys_socketpair(int domain, int type, int protocol, int mode,
                      sock2_socket_t sv[2])
{
  /* Winsock has no socketpair(). */
  (void)domain;
  (void)type;
  (void)protocol;
  (void)mode;
  (void)sv;
  return SOCK2_ENOTSUP;
}

int
sock2__sys_bind(sock2_socket_t s, const struct sockaddr *sa,
                sock2_socklen_t len)
{
  return bind(s, sa, len) == SOCKET_ERROR ? SOCK2__WSAERR() : 0;
}

int
sock2__sys_connect(sock2_socket_t s, const struct sockaddr *sa,
                   sock2_socklen_t len)
{
  if (connect(s, sa, len) == SOCKET_ERROR) {
    int e = WSAGetLastError();
    /*
     * A non-blocking connect under way is WSAEWOULDBLOCK on Windows; the
     * API reports it as POSIX does, so portable code tests one code.
     */
    if (e == WSAEWOULDBLOCK)
      return SOCK2_EINPROGRESS;
    return sock2__sys_error(e);
  }
  return 0;
}

/* ---- sock2_connect_timeout() -------------------------------------------- */

/* The longest single wait: select() takes a timeval, poll_one an int. */
#define POLL_MAX_NS ((int64_t)INT_MAX * 1000000)

/*
 * Wait up to timeout (ns, > 0) for a non-blocking connect in progress,
 * polling again for what is left after a wait longer than one poll.
 */
static int
wait_connected(SOCKET s, sock2_duration_t timeout)
{
  int64_t start = sock2__sys_monotonic_ns();
  int64_t left = timeout;
  int revents = 0, soerr = 0, n, err;
  sock2_socklen_t len = (sock2_socklen_t)sizeof(soerr);

  for (;;) {
    /* Round up: never poll for 0 ms while time remains. */
    int ms = left >= POLL_MAX_NS ? INT_MAX : (int)((left + 999999) / 1000000);

    n = sock2__win_poll_one(s, SOCK2__POLL_OUT, ms, &revents);
    if (n > 0)
      break;
    if (n != 0 && n != SOCK2_EINTR)
      return n;
    left = timeout - (sock2__sys_monotonic_ns() - start);
    if (left <= 0)
      return SOCK2_ETIMEDOUT;
  }
  /* A failed attempt shows in the exception set, its error in SO_ERROR. */
  err = sock2__sys_getsockopt(s, SOL_SOCKET, SO_ERROR, &soerr, &len);
  if (err != 0)
    return err;
  if (soerr != 0)
    return sock2__sys_error(soerr);
  if (revents & SOCK2__POLL_ERR) {
    struct sockaddr_storage peer;
    sock2_socklen_t plen = (sock2_socklen_t)sizeof(peer);
    return sock2__sys_getpeername(s, (struct sockaddr *)&peer, &plen);
  }
  return 0;
}

/*
 * FIONBIO on, connect, select, SO_ERROR, FIONBIO off. Winsock cannot
 * read the mode back (socket2 #347), so the socket is left blocking
 * whatever it was before (documented in sock2.h).
 */
int
sock2__sys_connect_timeout(sock2_socket_t s, const struct sockaddr *sa,
                           sock2_socklen_t len, sock2_duration_t timeout)
{
  int err, restore;

  err = sock2__win_set_nonblock(s, 1);
  if (err != 0)
    return err;
  err = sock2__sys_connect(s, sa, len);
  if (err == SOCK2_EINPROGRESS)
    err = wait_connected(s, timeout);
  restore = sock2__win_set_nonblock(s, 0);
  return err != 0 ? err : restore;
}

int
sock2__sys_listen(sock2_socket_t s, int backlog)
{
  return listen(s, backlog) == SOCKET_ERROR ? SOCK2__WSAERR() : 0;
}

int
sock2__sys_accept(sock2_socket_t s, sock2_socket_t *out, struct sockaddr *sa,
                  sock2_socklen_t *len, int mode, int flags)
{
  int no_inherit = mode == SOCK2__SAFE || (flags & SOCK2_TYPE_CLOEXEC);
  int nonblock = mode != SOCK2__SAFE && (flags & SOCK2_TYPE_NONBLOCK);
  /* Whether the caller asked for a definite blocking mode. */
  int exact_mode = mode == SOCK2__SAFE || flags != 0;
  /* A local address: sa and *len are written only on success. */
  SOCKADDR_STORAGE ss;
  int sslen = (int)sizeof(ss);
  SOCKET fd;
  int err = 0;

  fd = accept(s, sa != NULL ? (struct sockaddr *)&ss : NULL,
              sa != NULL ? &sslen : NULL);
  if (fd == INVALID_SOCKET)
    return SOCK2__WSAERR();
  /*
   * accept() hands out an inheritable handle, and one that copies the
   * listener's non-blocking mode (which Winsock cannot report), so both
   * are set explicitly when the caller asked for them.
   */
  if (no_inherit)
    err = set_no_inherit(fd, 1);
  if (err == 0 && exact_mode)
    err = sock2__win_set_nonblock(fd, nonblock);
  if (err != 0) {
    closesocket(fd);
    return err;
  }
  if (sa != NULL) {
    size_t n = (size_t)sslen < (size_t)*len ? (size_t)sslen : (size_t)*len;
    memcpy(sa, &ss, n < sizeof(ss) ? n : sizeof(ss));
    *len = sslen;
  }
  *out = fd;
  return 0;
}

int
sock2__sys_getsockname(sock2_socket_t s, struct sockaddr *sa,
                       sock2_socklen_t *len)
{
  return getsockname(s, sa, len) == SOCKET_ERROR ? SOCK2__WSAERR() : 0;
}

int
sock2__sys_getpeername(sock2_socket_t s, struct sockaddr *sa,
                       sock2_socklen_t *len)
{
  return getpeername(s, sa, len) == SOCKET_ERROR ? SOCK2__WSAERR() : 0;
}

int
sock2__sys_dup(sock2_socket_t s, sock2_socket_t *out)
{
  WSAPROTOCOL_INFOW info;

  /*
   * Duplicate into this same process, then open the copy non-inheritable.
   * (Microsoft documents that this does not work for QoS sockets.)
   */
  if (WSADuplicateSocketW(s, GetCurrentProcessId(), &info) == SOCKET_ERROR)
    return SOCK2__WSAERR();
  return create(FROM_PROTOCOL_INFO, FROM_PROTOCOL_INFO, FROM_PROTOCOL_INFO,
                &info, 1, out);
}

int
sock2__sys_nonblocking(sock2_socket_t s, int *on)
{
  /* Winsock has no way to read FIONBIO back (socket2 #347). */
  (void)s;
  (void)on;
  return SOCK2_ENOTSUP;
}

int
sock2__sys_set_nonblocking(sock2_socket_t s, int on)
{
  return sock2__win_set_nonblock(s, on);
}

int
sock2__sys_cloexec(sock2_socket_t s, int *on)
{
  DWORD fl = 0;

  if (!GetHandleInformation((HANDLE)s, &fl))
    return SOCK2__WINERR();
  *on = (fl & HANDLE_FLAG_INHERIT) == 0;
  return 0;
}

int
sock2__sys_set_cloexec(sock2_socket_t s, int on)
{
  return set_no_inherit(s, on);
}

int
sock2__sys_shutdown(sock2_socket_t s, int how)
{
  return shutdown(s, how) == SOCKET_ERROR ? SOCK2__WSAERR() : 0;
}

int
sock2__sys_close(sock2_socket_t s)
{
  if (closesocket(s) == SOCKET_ERROR) {
    int e = WSAGetLastError();
    /*
     * WSAEINTR / WSAEINPROGRESS come from a cancelled blocking call; the
     * handle is released all the same (see sys-unix/socket.c).
     */
    if (e == WSAEINTR || e == WSAEINPROGRESS)
      return 0;
    return sock2__sys_error(e);
  }
  return 0;
}
