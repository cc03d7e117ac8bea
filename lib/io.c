/* SPDX-License-Identifier: MIT */
/*
 * Data transfer: argument checks and length clamping over the backend.
 * Every public function here checks its arguments and makes exactly one
 * backend call. The plain and _with_flags forms share static helpers so
 * that no public function calls another through the PLT.
 */
#include "internal.h"
#include "cmsg-sys.h" /* MSG_CMSG_CLOEXEC for sock2_recvmsg() */

/* Byte counts larger than one call may pass are clamped, as the OS does. */
#define CLAMP(len) ((len) > SOCK2__MAX_BUF_LEN ? SOCK2__MAX_BUF_LEN : (len))

/*
 * A NULL buffer is acceptable only with a zero length; a length above
 * PTRDIFF_MAX is no buffer's (SOCK2__BAD_LEN). For the arrays of the
 * vectored calls, BAD_ARRAY: their counts have their own limit.
 */
#define BAD_BUF(buf, len)                                                      \
  ((SOCK2__UNLIKELY((buf) == NULL) && (len) > 0) ||                            \
   SOCK2__UNLIKELY(SOCK2__BAD_LEN(len)))
#define BAD_ARRAY(bufs, n) ((bufs) == NULL && (n) > 0)

/*
 * Copy a received address out: only the bytes the kernel reported (the
 * rest of the storage is zeroed, never left uninitialised).
 */
static void
store_addr(sock2_addr_t *to, const sock2_addr_t *from)
{
  size_t n = (size_t)from->len;

  if (n > sizeof(from->storage))
    n = sizeof(from->storage);
  memset(to, 0, sizeof(*to));
  memcpy(&to->storage, &from->storage, n);
  to->len = (sock2_socklen_t)n;
}

/* ---- Sending ------------------------------------------------------------ */

static sock2_ssize_t
send_flags(sock2_socket_t s, const void *buf, size_t len, int flags)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (BAD_BUF(buf, len))
    return SOCK2_EINVAL;
  return sock2__sys_send(s, buf, CLAMP(len), flags);
}

sock2_ssize_t
sock2_send(sock2_socket_t s, const void *buf, size_t len)
{
  return send_flags(s, buf, len, 0);
}

sock2_ssize_t
sock2_send_with_flags(sock2_socket_t s, const void *buf, size_t len,
                      int flags)
{
  return send_flags(s, buf, len, flags);
}

sock2_ssize_t
sock2_send_out_of_band(sock2_socket_t s, const void *buf, size_t len)
{
  return send_flags(s, buf, len, SOCK2_MSG_OOB);
}

static sock2_ssize_t
send_to_flags(sock2_socket_t s, const void *buf, size_t len,
              const sock2_addr_t *to, int flags)
{
  int tolen;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (BAD_BUF(buf, len) || to == NULL)
    return SOCK2_EINVAL;
  tolen = sock2__addr_len(to);
  if (tolen < 0)
    return tolen;
  return sock2__sys_sendto(s, buf, CLAMP(len), flags,
                           (const struct sockaddr *)&to->storage,
                           (sock2_socklen_t)tolen);
}

sock2_ssize_t
sock2_send_to(sock2_socket_t s, const void *buf, size_t len,
              const sock2_addr_t *to)
{
  return send_to_flags(s, buf, len, to, 0);
}

sock2_ssize_t
sock2_send_to_with_flags(sock2_socket_t s, const void *buf, size_t len,
                         const sock2_addr_t *to, int flags)
{
  return send_to_flags(s, buf, len, to, flags);
}

/* Vectored sends; to == NULL means "no address" (the connected forms). */
static inline sock2_ssize_t
sendv(sock2_socket_t s, const sock2_buf_t *bufs, size_t n,
      const sock2_addr_t *to, int flags)
{
  int tolen;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (BAD_ARRAY(bufs, n))
    return SOCK2_EINVAL;
  if (n > SOCK2__IOV_MAX)
    return SOCK2_EMSGSIZE;
  if (to == NULL)
    return sock2__sys_sendv(s, bufs, n, flags, NULL, 0);
  tolen = sock2__addr_len(to);
  if (tolen < 0)
    return tolen;
  return sock2__sys_sendv(s, bufs, n, flags,
                          (const struct sockaddr *)&to->storage,
                          (sock2_socklen_t)tolen);
}

sock2_ssize_t
sock2_send_vectored(sock2_socket_t s, const sock2_buf_t *bufs, size_t n)
{
  return sendv(s, bufs, n, NULL, 0);
}

sock2_ssize_t
sock2_send_vectored_with_flags(sock2_socket_t s, const sock2_buf_t *bufs,
                               size_t n, int flags)
{
  return sendv(s, bufs, n, NULL, flags);
}

sock2_ssize_t
sock2_send_to_vectored(sock2_socket_t s, const sock2_buf_t *bufs, size_t n,
                       const sock2_addr_t *to)
{
  if (to == NULL)
    return SOCK2__BAD_SOCKET(s) ? SOCK2_EBADF : SOCK2_EINVAL;
  return sendv(s, bufs, n, to, 0);
}

sock2_ssize_t
sock2_send_to_vectored_with_flags(sock2_socket_t s, const sock2_buf_t *bufs,
                                  size_t n, const sock2_addr_t *to, int flags)
{
  if (to == NULL)
    return SOCK2__BAD_SOCKET(s) ? SOCK2_EBADF : SOCK2_EINVAL;
  return sendv(s, bufs, n, to, flags);
}

sock2_ssize_t
sock2_sendmsg(sock2_socket_t s, const sock2_msg_t *msg, int flags)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (msg == NULL)
    return SOCK2_EINVAL;
  return sock2__sys_sendmsg(s, msg, flags);
}

/* ---- Receiving ---------------------------------------------------------- */

static sock2_ssize_t
recv_flags(sock2_socket_t s, void *buf, size_t len, int flags)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (BAD_BUF(buf, len))
    return SOCK2_EINVAL;
  return sock2__sys_recv(s, buf, CLAMP(len), flags);
}

sock2_ssize_t
sock2_recv(sock2_socket_t s, void *buf, size_t len)
{
  return recv_flags(s, buf, len, 0);
}

sock2_ssize_t
sock2_recv_with_flags(sock2_socket_t s, void *buf, size_t len, int flags)
{
  return recv_flags(s, buf, len, flags);
}

sock2_ssize_t
sock2_recv_out_of_band(sock2_socket_t s, void *buf, size_t len)
{
  return recv_flags(s, buf, len, SOCK2_MSG_OOB);
}

sock2_ssize_t
sock2_peek(sock2_socket_t s, void *buf, size_t len)
{
  return recv_flags(s, buf, len, SOCK2_MSG_PEEK);
}

static sock2_ssize_t
recv_from_flags(sock2_socket_t s, void *buf, size_t len, sock2_addr_t *from,
                int flags)
{
  sock2_addr_t a;
  sock2_ssize_t n;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (BAD_BUF(buf, len))
    return SOCK2_EINVAL;
  if (from == NULL)
    return sock2__sys_recvfrom(s, buf, CLAMP(len), flags, NULL, NULL);
  /*
   * Receive into a local so that *from is untouched on error; only the
   * length field needs setting (the kernel writes the bytes it reports).
   */
  a.len = (sock2_socklen_t)sizeof(a.storage);
  n = sock2__sys_recvfrom(s, buf, CLAMP(len), flags,
                          (struct sockaddr *)&a.storage, &a.len);
  if (n >= 0)
    store_addr(from, &a);
  return n;
}

sock2_ssize_t
sock2_recv_from(sock2_socket_t s, void *buf, size_t len, sock2_addr_t *from)
{
  return recv_from_flags(s, buf, len, from, 0);
}

sock2_ssize_t
sock2_recv_from_with_flags(sock2_socket_t s, void *buf, size_t len,
                           sock2_addr_t *from, int flags)
{
  return recv_from_flags(s, buf, len, from, flags);
}

sock2_ssize_t
sock2_peek_from(sock2_socket_t s, void *buf, size_t len, sock2_addr_t *from)
{
  return recv_from_flags(s, buf, len, from, SOCK2_MSG_PEEK);
}

int
sock2_peek_sender(sock2_socket_t s, sock2_addr_t *from)
{
  sock2_addr_t a;
  int rc;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (from == NULL)
    return SOCK2_EINVAL;
  a.len = (sock2_socklen_t)sizeof(a.storage);
  rc = sock2__sys_peek_sender(s, (struct sockaddr *)&a.storage, &a.len);
  if (rc >= 0) {
    store_addr(from, &a);
    rc = 0;
  }
  return rc;
}

/* Vectored receives; from == NULL means "no address wanted". */
static sock2_ssize_t
recvv(sock2_socket_t s, sock2_buf_t *bufs, size_t n, sock2_addr_t *from,
      int *rflags, int flags)
{
  sock2_addr_t a;
  sock2_ssize_t r;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (BAD_ARRAY(bufs, n))
    return SOCK2_EINVAL;
  if (n > SOCK2__IOV_MAX)
    return SOCK2_EMSGSIZE;
  /* The backend writes the flags on success only: pass the caller's. */
  if (from == NULL)
    return sock2__sys_recvv(s, bufs, n, flags, NULL, NULL, rflags);
  a.len = (sock2_socklen_t)sizeof(a.storage);
  r = sock2__sys_recvv(s, bufs, n, flags, (struct sockaddr *)&a.storage,
                       &a.len, rflags);
  if (r >= 0)
    store_addr(from, &a);
  return r;
}

/* The connected forms: recvv() without the address, small enough to inline. */
static inline sock2_ssize_t
recvv_connected(sock2_socket_t s, sock2_buf_t *bufs, size_t n, int *rflags,
                int flags)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (BAD_ARRAY(bufs, n))
    return SOCK2_EINVAL;
  if (n > SOCK2__IOV_MAX)
    return SOCK2_EMSGSIZE;
  return sock2__sys_recvv(s, bufs, n, flags, NULL, NULL, rflags);
}

sock2_ssize_t
sock2_recv_vectored(sock2_socket_t s, sock2_buf_t *bufs, size_t n,
                    int *rflags)
{
  return recvv_connected(s, bufs, n, rflags, 0);
}

sock2_ssize_t
sock2_recv_vectored_with_flags(sock2_socket_t s, sock2_buf_t *bufs, size_t n,
                               int *rflags, int flags)
{
  return recvv_connected(s, bufs, n, rflags, flags);
}

sock2_ssize_t
sock2_recv_from_vectored(sock2_socket_t s, sock2_buf_t *bufs, size_t n,
                         sock2_addr_t *from, int *rflags)
{
  return recvv(s, bufs, n, from, rflags, 0);
}

sock2_ssize_t
sock2_recv_from_vectored_with_flags(sock2_socket_t s, sock2_buf_t *bufs,
                                    size_t n, sock2_addr_t *from, int *rflags,
                                    int flags)
{
  return recvv(s, bufs, n, from, rflags, flags);
}

sock2_ssize_t
sock2_recvmsg(sock2_socket_t s, sock2_msg_t *msg, int flags)
{
  sock2_ssize_t r;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (msg == NULL)
    return SOCK2_EINVAL;
  /*
   * Received descriptors are close-on-exec: atomically through
   * MSG_CMSG_CLOEXEC, else marked right after the call (lib/cmsg-kinds.c).
   */
  r = sock2__sys_recvmsg(s, msg, flags | SOCK2__CM_MSG_CMSG_CLOEXEC);
  if (SOCK2__CM_MSG_CMSG_CLOEXEC == 0 && r >= 0)
    (void)sock2__cmsg_recvmsg_cloexec(msg);
  return r;
}

/* ---- sendfile ----------------------------------------------------------- */

sock2_ssize_t
sock2_sendfile(sock2_socket_t s, sock2_file_t file, uint64_t offset,
               size_t len)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  return sock2__sys_sendfile(s, file, offset, len);
}

/* ---- Timeouts ----------------------------------------------------------- */

static int
set_timeout(sock2_socket_t s, int name, sock2_duration_t d)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  /* 0 would mean "forever" to the OS: refuse it; NONE says that plainly. */
  if (d <= 0 && d != SOCK2_DURATION_NONE)
    return SOCK2_EINVAL;
  return sock2__sys_set_timeout(s, name, d);
}

static int
get_timeout(sock2_socket_t s, int name, sock2_duration_t *d)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (d == NULL)
    return SOCK2_EINVAL;
  return sock2__sys_timeout(s, name, d);
}

int
sock2_set_read_timeout(sock2_socket_t s, sock2_duration_t timeout)
{
  return set_timeout(s, SO_RCVTIMEO, timeout);
}

int
sock2_read_timeout(sock2_socket_t s, sock2_duration_t *timeout)
{
  return get_timeout(s, SO_RCVTIMEO, timeout);
}

int
sock2_set_write_timeout(sock2_socket_t s, sock2_duration_t timeout)
{
  return set_timeout(s, SO_SNDTIMEO, timeout);
}

int
sock2_write_timeout(sock2_socket_t s, sock2_duration_t *timeout)
{
  return get_timeout(s, SO_SNDTIMEO, timeout);
}
