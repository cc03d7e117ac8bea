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
 *     says EPIPE: reported as SOCK2_EPIPE.
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

sock2_ssize_t
sock2__sys_send(sock2_socket_t s, const void *buf, size_t len, int flags)
{
  int n = send(s, (const char *)buf, (int)len, flags);
  return n == SOCKET_ERROR ? send_error() : n;
}

sock2_ssize_t
sock2__sys_sendto(sock2_socket_t s, const void *buf, size_t len, int flags,
                  const struct sockaddr *sa, sock2_socklen_t salen)
{
  int n = sendto(s, (const char *)buf, (int)len, flags, sa, salen);
  return n == SOCKET_ERROR ? send_error() : n;
}

sock2_ssize_t
sock2__sys_recv(sock2_socket_t s, void *buf, size_t len, int flags)
{
  int n = recv(s, (char *)buf, (int)len, flags);
  return n == SOCKET_ERROR ? recv_error(len) : n;
}

sock2_ssize_t
sock2__sys_recvfrom(sock2_socket_t s, void *buf, size_t len, int flags,
                    struct sockaddr *sa, sock2_socklen_t *salen)
{
  int n = recvfrom(s, (char *)buf, (int)len, flags, sa, salen);
  return n == SOCKET_ERROR ? recv_error(len) : n;
}
