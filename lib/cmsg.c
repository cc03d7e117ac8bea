/* SPDX-License-Identifier: MIT */
/*
 * The control-message core: the walker over received control data and
 * the writer that builds control data to send. The arithmetic (header
 * size, alignment, space) comes from the backend's cmsgdefs.h, so nothing
 * here depends on the OS. Every header is copied in and out with memcpy:
 * a control buffer may have any alignment.
 */
#include "internal.h"
#include "cmsgdefs.h" /* sys-unix/cmsgdefs.h or sys-win32/cmsgdefs.h */

/* ---- The walker ---------------------------------------------------------- */

int
sock2_cmsg_iter_init(sock2_cmsg_iter_t *it, const sock2_msg_t *msg)
{
  const void *buf;
  size_t len;

  if (it == NULL || msg == NULL)
    return SOCK2_EINVAL;
  buf = SOCK2__MSG_CONTROL(msg);
  len = SOCK2__MSG_CONTROLLEN(msg);
  if (buf == NULL || SOCK2__BAD_LEN(len))
    len = 0;
  it->buf_ = (const unsigned char *)buf;
  it->len_ = len;
  it->off_ = 0;
  it->truncated_ =
    SOCK2_MSG_CTRUNC != 0 && (SOCK2__MSG_FLAGS(msg) & SOCK2_MSG_CTRUNC) != 0;
  it->done_ = 0;
  return 0;
}

int
sock2_cmsg_iter_init_buf(sock2_cmsg_iter_t *it, const void *buf, size_t len)
{
  if (it == NULL || (buf == NULL && len > 0) || SOCK2__BAD_LEN(len))
    return SOCK2_EINVAL;
  it->buf_ = (const unsigned char *)buf;
  it->len_ = len;
  it->off_ = 0;
  it->truncated_ = 0;
  it->done_ = 0;
  return 0;
}

int
sock2_cmsg_next(sock2_cmsg_iter_t *it, sock2_cmsg_t *out)
{
  sock2__cmsghdr_t h;
  size_t rem, clen, next;

  if (it == NULL || out == NULL)
    return SOCK2_EINVAL;
  if (it->done_ || it->buf_ == NULL || it->off_ >= it->len_)
    return 0;
  rem = it->len_ - it->off_;
  if (rem < sizeof(h) || rem < SOCK2__CMSG_HDRLEN) {
    it->done_ = 1;
    return 0;
  }
  memcpy(&h, it->buf_ + it->off_, sizeof(h));
  clen = (size_t)h.cmsg_len;
  if (clen < SOCK2__CMSG_HDRLEN) {
    it->done_ = 1;
    return SOCK2_EINVAL;
  }
  if (clen > rem) {
    if (!it->truncated_) {
      it->done_ = 1;
      return SOCK2_EINVAL;
    }
    /* Cut by the kernel (MSG_CTRUNC): what is there, and the end. */
    clen = rem;
    it->done_ = 1;
  }
  out->level = (int)h.cmsg_level;
  out->type = (int)h.cmsg_type;
  out->data = it->buf_ + it->off_ + SOCK2__CMSG_HDRLEN;
  out->len = clen - SOCK2__CMSG_HDRLEN;
  /* clen <= rem <= PTRDIFF_MAX: the rounding cannot wrap. */
  next = SOCK2__CMSG_NEXT(clen);
  if (next >= rem)
    it->done_ = 1;
  else
    it->off_ += next;
  return 1;
}

int
sock2_cmsg_truncated(const sock2_cmsg_iter_t *it)
{
  return it != NULL && it->truncated_ != 0;
}

/* ---- The writer ---------------------------------------------------------- */

int
sock2_cmsg_writer_init(sock2_cmsg_writer_t *w, void *buf, size_t cap)
{
  if (w == NULL || (buf == NULL && cap > 0) || SOCK2__BAD_LEN(cap))
    return SOCK2_EINVAL;
  if (cap > SOCK2__MSG_CONTROL_MAX)
    cap = SOCK2__MSG_CONTROL_MAX;
  w->buf_ = (unsigned char *)buf;
  w->cap_ = cap;
  w->len_ = 0;
  return 0;
}

int
sock2_cmsg_put(sock2_cmsg_writer_t *w, int level, int type, const void *data,
               size_t len)
{
  sock2__cmsghdr_t h;
  size_t space;

  if (w == NULL || (data == NULL && len > 0) || SOCK2__BAD_LEN(len))
    return SOCK2_EINVAL;
  /* len <= cap <= PTRDIFF_MAX keeps the arithmetic below from wrapping. */
  if (len > w->cap_ || w->cap_ - len < SOCK2__CMSG_SPACE(0))
    return SOCK2_ENOBUFS;
  space = SOCK2__CMSG_SPACE(len);
  if (space > w->cap_ - w->len_
      || SOCK2__CMSG_HDRLEN + len > SOCK2__CMSG_LEN_MAX)
    return SOCK2_ENOBUFS;
  memset(&h, 0, sizeof(h));
  h.cmsg_len = SOCK2__CMSG_HDRLEN + len;
  h.cmsg_level = level;
  h.cmsg_type = type;
  memset(w->buf_ + w->len_, 0, space);
  memcpy(w->buf_ + w->len_, &h, sizeof(h));
  if (len > 0)
    memcpy(w->buf_ + w->len_ + SOCK2__CMSG_HDRLEN, data, len);
  w->len_ += space;
  return 0;
}

size_t
sock2_cmsg_writer_len(const sock2_cmsg_writer_t *w)
{
  return w == NULL ? 0 : w->len_;
}

int
sock2_msg_set_cmsgs(sock2_msg_t *msg, const sock2_cmsg_writer_t *w)
{
  if (msg == NULL || w == NULL)
    return SOCK2_EINVAL;
  if (w->len_ == 0)
    SOCK2__MSG_SET_CONTROL(msg, NULL, 0);
  else
    SOCK2__MSG_SET_CONTROL(msg, w->buf_, w->len_);
  return 0;
}

size_t
sock2_cmsg_space(size_t n)
{
  if (n > (size_t)PTRDIFF_MAX - SOCK2__CMSG_SPACE(0))
    return 0;
  return SOCK2__CMSG_SPACE(n);
}
