/* SPDX-License-Identifier: MIT */
/*
 * Winsock backend: batches are the portable loops over WSASendMsg and
 * WSARecvMsg (Winsock has no sendmmsg/recvmmsg); the GSO send uses
 * UDP_SEND_MSG_SIZE as a control message where the headers declare it.
 */
#include "internal.h"
#include "internal-batch.h"

int
sock2__sys_sendmmsg(sock2_socket_t s, sock2_mmsg_t *msgs, unsigned int n,
                    int flags)
{
  return sock2__sendmmsg_loop(s, msgs, n, flags);
}

int
sock2__sys_recvmmsg(sock2_socket_t s, sock2_mmsg_t *msgs, unsigned int n,
                    int flags)
{
  return sock2__recvmmsg_loop(s, msgs, n, flags);
}

sock2_ssize_t
sock2__sys_send_gso(sock2_socket_t s, const void *buf, size_t len,
                    unsigned int seg, const struct sockaddr *sa,
                    sock2_socklen_t salen, int flags)
{
#if HAVE_DECL_UDP_SEND_MSG_SIZE
  union {
    char buf[WSA_CMSG_SPACE(sizeof(DWORD))];
    WSACMSGHDR align;
  } control;
  WSAMSG m;
  WSABUF b;
  WSACMSGHDR *c;
  DWORD v = (DWORD)seg;

  memset(&m, 0, sizeof(m));
  memset(&control, 0, sizeof(control));
  b.buf = (char *)(uintptr_t)buf;
  b.len = (ULONG)len;
  m.name = (LPSOCKADDR)(uintptr_t)sa;
  m.namelen = sa != NULL ? salen : 0;
  m.lpBuffers = &b;
  m.dwBufferCount = 1;
  m.Control.buf = control.buf;
  m.Control.len = (ULONG)sizeof(control.buf);
  c = WSA_CMSG_FIRSTHDR(&m);
  c->cmsg_level = IPPROTO_UDP;
  c->cmsg_type = UDP_SEND_MSG_SIZE;
  c->cmsg_len = WSA_CMSG_LEN(sizeof(v));
  memcpy(WSA_CMSG_DATA(c), &v, sizeof(v));
  return sock2__sys_sendmsg(s, &m, flags);
#else
  (void)s;
  (void)buf;
  (void)len;
  (void)seg;
  (void)sa;
  (void)salen;
  (void)flags;
  return SOCK2_ENOTSUP;
#endif
}
