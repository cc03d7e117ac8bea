/* SPDX-License-Identifier: MIT */
/*
 * Winsock backend: send and receive.
 *
 * Windows raises no SIGPIPE, so sends pass the caller's flags unchanged.
 * Two Winsock habits are evened out to match POSIX:
 *   - a datagram larger than the buffer fails with WSAEMSGSIZE after
 *     filling the buffer; recv/recvfrom return the bytes stored instead
 *     (POSIX truncates silently; the vectored/msg calls report the
 *     truncated flag);
 *   - a receive after the peer's shutdown may fail with WSAESHUTDOWN; that
 *     is end of stream, reported as 0 bytes (as socket2 does);
 *   - a send after shutdown(SD_SEND) fails with WSAESHUTDOWN where POSIX
 *     says EPIPE: reported as SOCK2_EPIPE;
 *   - SOCK2_MSG_DONTWAIT is emulated on receives, refused on sends.
 */
#include "internal.h"

/* sock2_buf_t must be laid out as WSABUF (see <sock2/win.h>). */
typedef char sock2__buf_is_wsabuf[
    (sizeof(sock2_buf_t) == sizeof(WSABUF) &&
     offsetof(sock2_buf_t, len) == offsetof(WSABUF, len) &&
     offsetof(sock2_buf_t, base) == offsetof(WSABUF, buf)) ? 1 : -1];

/* Map a failed send. */
static sock2_ssize_t
send_error(void)
{
  int e = WSAGetLastError();

  if (e == WSAESHUTDOWN)
    return SOCK2_EPIPE;
  return sock2__sys_error(e);
}

/* Map a failed receive, given the bytes the buffer holds. */
static sock2_ssize_t
recv_error(size_t len)
{
  int e = WSAGetLastError();

  if (e == WSAEMSGSIZE)
    return (sock2_ssize_t)len;
  if (e == WSAESHUTDOWN)
    return 0;
  return sock2__sys_error(e);
}

/*
 * SOCK2_MSG_DONTWAIT is a private bit on Windows (<sock2/win.h>): Winsock
 * has no per-call non-blocking flag. Sends refuse it (blocking instead
 * would be wrong, and readiness cannot promise room for len bytes).
 */
#define REFUSE_DONTWAIT(flags)                                                \
  do {                                                                        \
    if ((flags) & SOCK2_MSG_DONTWAIT)                                         \
      return SOCK2_ENOTSUP;                                                   \
  } while (0)

/*
 * Receives emulate it: a zero-timeout select() first (one extra call, only
 * when asked), SOCK2_EAGAIN if nothing is readable, else the receive
 * without the bit; a readable socket's receive returns at once. (Another
 * thread draining the socket in between could still make it block.)
 */
static int
dontwait_ready(SOCKET s, int *flags)
{
  fd_set rd;
  struct timeval zero = {0, 0};
  int n;

  if (!(*flags & SOCK2_MSG_DONTWAIT))
    return 0;
  *flags &= ~SOCK2_MSG_DONTWAIT;
  FD_ZERO(&rd);
  FD_SET(s, &rd);
  n = select(0, &rd, NULL, NULL, &zero);
  if (n == SOCKET_ERROR)
    return SOCK2__WSAERR();
  return n == 0 ? SOCK2_EAGAIN : 0;
}

#define EMULATE_DONTWAIT(s, flags)                                            \
  do {                                                                        \
    int dw_err_ = dontwait_ready((s), &(flags));                              \
    if (dw_err_ != 0)                                                         \
      return dw_err_;                                                         \
  } while (0)

sock2_ssize_t
sock2__sys_send(sock2_socket_t s, const void *buf, size_t len, int flags)
{
  int n;

  REFUSE_DONTWAIT(flags);
  n = send(s, (const char *)buf, (int)len, flags);
  return n == SOCKET_ERROR ? send_error() : n;
}

sock2_ssize_t
sock2__sys_sendto(sock2_socket_t s, const void *buf, size_t len, int flags,
                  const struct sockaddr *sa, sock2_socklen_t salen)
{
  int n;

  REFUSE_DONTWAIT(flags);
  n = sendto(s, (const char *)buf, (int)len, flags, sa, salen);
  return n == SOCKET_ERROR ? send_error() : n;
}

sock2_ssize_t
sock2__sys_recv(sock2_socket_t s, void *buf, size_t len, int flags)
{
  int n;

  EMULATE_DONTWAIT(s, flags);
  n = recv(s, (char *)buf, (int)len, flags);
  return n == SOCKET_ERROR ? recv_error(len) : n;
}

sock2_ssize_t
sock2__sys_recvfrom(sock2_socket_t s, void *buf, size_t len, int flags,
                    struct sockaddr *sa, sock2_socklen_t *salen)
{
  int n;

  EMULATE_DONTWAIT(s, flags);
  n = recvfrom(s, (char *)buf, (int)len, flags, sa, salen);
  return n == SOCKET_ERROR ? recv_error(len) : n;
}

/* ---- Vectored and message calls ----------------------------------------- */

/*
 * Total length of n buffers: what a truncated datagram filled. Saturates
 * at INT_MAX, so neither the sum (size_t is 32 bits on Win32) nor the
 * count returned in a sock2_ssize_t can wrap.
 */
static size_t
bufs_total(const WSABUF *b, size_t n)
{
  size_t i, t = 0;
  for (i = 0; i < n; i++) {
    if (b[i].len > (size_t)INT_MAX - t)
      return (size_t)INT_MAX;
    t += b[i].len;
  }
  return t;
}

sock2_ssize_t
sock2__sys_sendv(sock2_socket_t s, const sock2_buf_t *bufs, size_t n,
                 int flags, const struct sockaddr *sa, sock2_socklen_t salen)
{
  DWORD sent = 0;
  int rc;

  REFUSE_DONTWAIT(flags);
  /* sock2_buf_t is WSABUF (checked above); Winsock only reads them. */
  if (sa != NULL)
    rc = WSASendTo(s, (LPWSABUF)(uintptr_t)bufs, (DWORD)n, &sent,
                   (DWORD)flags, sa, salen, NULL, NULL);
  else
    rc = WSASend(s, (LPWSABUF)(uintptr_t)bufs, (DWORD)n, &sent, (DWORD)flags,
                 NULL, NULL);
  return rc == SOCKET_ERROR ? send_error() : (sock2_ssize_t)sent;
}

sock2_ssize_t
sock2__sys_recvv(sock2_socket_t s, sock2_buf_t *bufs, size_t n, int flags,
                 struct sockaddr *sa, sock2_socklen_t *salen, int *rflags)
{
  DWORD got = 0, fl;
  int rc, e;

  EMULATE_DONTWAIT(s, flags);
  fl = (DWORD)flags;
  if (sa != NULL)
    rc = WSARecvFrom(s, (LPWSABUF)bufs, (DWORD)n, &got, &fl, sa, salen, NULL,
                     NULL);
  else
    rc = WSARecv(s, (LPWSABUF)bufs, (DWORD)n, &got, &fl, NULL, NULL);
  if (rc != SOCKET_ERROR) {
    if (rflags != NULL)
      *rflags = 0;
    return (sock2_ssize_t)got;
  }
  e = WSAGetLastError();
  if (e == WSAEMSGSIZE) {
    /* The buffers hold the start of the datagram: report it truncated. */
    if (rflags != NULL)
      *rflags = SOCK2_MSG_TRUNC;
    if (got == 0)
      got = (DWORD)bufs_total((const WSABUF *)bufs, n);
    return (sock2_ssize_t)got;
  }
  if (e == WSAESHUTDOWN) {
    if (rflags != NULL)
      *rflags = 0;
    return 0;
  }
  return sock2__sys_error(e);
}

sock2_ssize_t
sock2__sys_sendmsg(sock2_socket_t s, const sock2_msg_t *msg, int flags)
{
  DWORD sent = 0;

  REFUSE_DONTWAIT(flags);
  /* WSASendMsg is exported by ws2_32 (Vista+); it only reads msg. */
  if (WSASendMsg(s, (LPWSAMSG)(uintptr_t)msg, (DWORD)flags, &sent, NULL,
                 NULL) == SOCKET_ERROR)
    return send_error();
  return (sock2_ssize_t)sent;
}

/*
 * WSARecvMsg is not exported: it is fetched once with
 * WSAIoctl(SIO_GET_EXTENSION_FUNCTION_POINTER) and kept for the process.
 * Threads racing on the first call all store the same pointer, so a
 * volatile pointer is enough (no lock on this path).
 */
static LPFN_WSARECVMSG volatile wsarecvmsg_fn;

static LPFN_WSARECVMSG
get_wsarecvmsg(SOCKET s, int *err)
{
  GUID id = WSAID_WSARECVMSG;
  LPFN_WSARECVMSG fn = wsarecvmsg_fn;
  DWORD out = 0;

  if (fn != NULL)
    return fn;
  if (WSAIoctl(s, SIO_GET_EXTENSION_FUNCTION_POINTER, &id, (DWORD)sizeof(id),
               &fn, (DWORD)sizeof(fn), &out, NULL, NULL) == SOCKET_ERROR ||
      fn == NULL) {
    int e = WSAGetLastError();
    /* A provider without it (or no such extension at all). */
    *err = e == WSAEINVAL || e == WSAEOPNOTSUPP || fn == NULL
               ? SOCK2_ENOTSUP
               : sock2__sys_error(e);
    return NULL;
  }
  wsarecvmsg_fn = fn;
  return fn;
}

sock2_ssize_t
sock2__sys_recvmsg(sock2_socket_t s, sock2_msg_t *msg, int flags)
{
  LPFN_WSARECVMSG fn;
  DWORD got = 0;
  int err = 0, e;

  EMULATE_DONTWAIT(s, flags);
  fn = get_wsarecvmsg(s, &err);
  if (fn == NULL)
    return err;
  /* WSARecvMsg takes its input flags in dwFlags and reports there too. */
  msg->dwFlags = (ULONG)flags;
  if (fn(s, msg, &got, NULL, NULL) != SOCKET_ERROR)
    return (sock2_ssize_t)got;
  e = WSAGetLastError();
  if (e == WSAEMSGSIZE) {
    /* Filled buffers and a truncated datagram: a count and MSG_TRUNC. */
    msg->dwFlags |= SOCK2_MSG_TRUNC;
    if (got == 0)
      got = (DWORD)bufs_total(msg->lpBuffers, msg->dwBufferCount);
    return (sock2_ssize_t)got;
  }
  if (e == WSAESHUTDOWN)
    return 0;
  return sock2__sys_error(e);
}

int
sock2__sys_peek_sender(sock2_socket_t s, struct sockaddr *sa,
                       sock2_socklen_t *salen)
{
  /* An empty buffer: Winsock still fills the address (socket2 does so). */
  if (recvfrom(s, NULL, 0, MSG_PEEK, sa, salen) == SOCKET_ERROR) {
    int e = WSAGetLastError();
    if (e != WSAEMSGSIZE && e != WSAESHUTDOWN)
      return sock2__sys_error(e);
  }
  return 0;
}

/* ---- Files --------------------------------------------------------------- */

/* One chunk per call, as the POSIX fallback does. */
#define FILE_CHUNK 65536

sock2_ssize_t
sock2__sys_sendfile(sock2_socket_t s, sock2_file_t file, uint64_t offset,
                    size_t len)
{
  /*
   * ReadFile at the given offset (OVERLAPPED.Offset on a synchronous
   * handle moves nothing else), then one send: a bounded copy, like the
   * POSIX fallback. TransmitFile would avoid the copy but needs an
   * overlapped wait and changes the file pointer; not worth it here.
   */
  char chunk[FILE_CHUNK];
  OVERLAPPED ov;
  DWORD want = len == 0 || len > sizeof(chunk) ? (DWORD)sizeof(chunk)
                                               : (DWORD)len;
  DWORD got = 0;

  memset(&ov, 0, sizeof(ov));
  ov.Offset = (DWORD)(offset & 0xffffffffu);
  ov.OffsetHigh = (DWORD)(offset >> 32);
  if (!ReadFile(file, chunk, want, &got, &ov)) {
    DWORD e = GetLastError();
    if (e == ERROR_HANDLE_EOF)
      return 0;
    return sock2__sys_error((int)e);
  }
  if (got == 0)
    return 0;
  return sock2__sys_send(s, chunk, got, 0);
}

/* ---- Timeouts ------------------------------------------------------------ */

int
sock2__sys_set_timeout(sock2_socket_t s, int name, sock2_duration_t d)
{
  DWORD ms = 0; /* 0: no timeout */

  if (d != SOCK2_DURATION_NONE) {
    /*
     * Whole milliseconds, rounded up (1 ns becomes 1 ms, never 0, which
     * Winsock reads as "no timeout"); beyond a DWORD, the largest.
     */
    int64_t units = d / 1000000 + (d % 1000000 != 0);
    ms = units > (int64_t)0xffffffffu ? 0xffffffffu : (DWORD)units;
  }
  if (setsockopt(s, SOL_SOCKET, name, (const char *)&ms, (int)sizeof(ms)) ==
      SOCKET_ERROR)
    return SOCK2__WSAERR();
  return 0;
}

int
sock2__sys_timeout(sock2_socket_t s, int name, sock2_duration_t *d)
{
  DWORD ms = 0;
  int len = (int)sizeof(ms);

  if (getsockopt(s, SOL_SOCKET, name, (char *)&ms, &len) == SOCKET_ERROR)
    return SOCK2__WSAERR();
  *d = ms == 0 ? SOCK2_DURATION_NONE : (sock2_duration_t)ms * 1000000;
  return 0;
}
