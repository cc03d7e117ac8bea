/* SPDX-License-Identifier: MIT */
/*
 * POSIX backend: sendmmsg/recvmmsg (or the portable loops) and the GSO
 * send (sendmsg with a UDP_SEGMENT control message).
 */
#include "internal.h"
#include "internal-batch.h"

/* How sends avoid SIGPIPE: see sys-unix/internal.h. */
#define NOSIGNAL_FLAG SOCK2__NOSIGNAL_FLAG

#if defined(HAVE_SENDMMSG) || defined(HAVE_RECVMMSG)
/*
 * sock2_mmsg_t must be struct mmsghdr in disguise, so that arrays of it
 * go to the kernel as they are (sock2/unix.h picks msg_len's type).
 */
typedef char sock2__mmsg_is_mmsghdr[
  (sizeof(sock2_mmsg_t) == sizeof(struct mmsghdr) &&
   offsetof(sock2_mmsg_t, hdr) == offsetof(struct mmsghdr, msg_hdr) &&
   offsetof(sock2_mmsg_t, len) == offsetof(struct mmsghdr, msg_len) &&
   sizeof(((sock2_mmsg_t *)0)->len) == sizeof(((struct mmsghdr *)0)->msg_len))
    ? 1
    : -1];
#endif

#ifdef SOCK2__SYS_INLINE_MMSG
/* sendmmsg/recvmmsg are inline (batchinline.h); their failures here. */
int
sock2__mmsg_failed(sock2_socket_t s, sock2_mmsg_t *msgs, unsigned int n,
                   int flags, int send)
{
  /* A kernel older than its headers (or an emulator): the loop. */
  if (errno == ENOSYS)
    return send ? sock2__sendmmsg_loop(s, msgs, n, flags)
                : sock2__recvmmsg_loop(s, msgs, n, flags);
  return SOCK2__ERRNO();
}
#else
int
sock2__sys_sendmmsg(sock2_socket_t s, sock2_mmsg_t *msgs, unsigned int n,
                    int flags)
{
# if defined(HAVE_SENDMMSG) && !SOCK2__SEND_GUARD
  int r = sendmmsg(s, (struct mmsghdr *)msgs, n, flags | NOSIGNAL_FLAG);
  if (r >= 0)
    return r;
  if (errno == ENOSYS)
    return sock2__sendmmsg_loop(s, msgs, n, flags);
  return SOCK2__ERRNO();
# else
  /*
   * No sendmmsg, or no MSG_NOSIGNAL/SO_NOSIGPIPE: each sendmsg runs under
   * the SIGPIPE guard (sock2__sys_sendmsg()).
   */
  return sock2__sendmmsg_loop(s, msgs, n, flags);
# endif
}

int
sock2__sys_recvmmsg(sock2_socket_t s, sock2_mmsg_t *msgs, unsigned int n,
                    int flags)
{
# if defined(HAVE_RECVMMSG)
  int r = recvmmsg(s, (struct mmsghdr *)msgs, n, flags, NULL);
  if (r >= 0)
    return r;
  if (errno == ENOSYS)
    return sock2__recvmmsg_loop(s, msgs, n, flags);
  return SOCK2__ERRNO();
# else
  return sock2__recvmmsg_loop(s, msgs, n, flags);
# endif
}
#endif

sock2_ssize_t
sock2__sys_send_gso(sock2_socket_t s, const void *buf, size_t len,
                    unsigned int seg, const struct sockaddr *sa,
                    sock2_socklen_t salen, int flags)
{
#if HAVE_DECL_UDP_SEGMENT
  union {
    char buf[CMSG_SPACE(sizeof(uint16_t))];
    struct cmsghdr align;
  } control;
  struct msghdr m;
  struct iovec iov;
  struct cmsghdr *c;
  uint16_t v = (uint16_t)seg;

  memset(&m, 0, sizeof(m));
  memset(&control, 0, sizeof(control));
  iov.iov_base = (void *)buf;
  iov.iov_len = len;
  m.msg_name = (void *)sa;
  m.msg_namelen = sa != NULL ? salen : 0;
  m.msg_iov = &iov;
  m.msg_iovlen = 1;
  m.msg_control = control.buf;
  m.msg_controllen = sizeof(control.buf);
  c = CMSG_FIRSTHDR(&m);
  c->cmsg_level = SOCK2__SOL_UDP;
  c->cmsg_type = UDP_SEGMENT;
  c->cmsg_len = CMSG_LEN(sizeof(v));
  memcpy(CMSG_DATA(c), &v, sizeof(v));
  /* sock2__sys_sendmsg() adds MSG_NOSIGNAL (or guards). */
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
