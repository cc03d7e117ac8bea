/* SPDX-License-Identifier: MIT */
/*
 * Message headers (socket2's MsgHdr / MsgHdrMut) and received-message
 * flags. sock2_msg_t is the OS's own header; the SOCK2__MSG_* macros from
 * sysdefs.h name its fields, so nothing here depends on the OS.
 */
#include "internal.h"

int
sock2_msg_init(sock2_msg_t *msg)
{
  if (msg == NULL)
    return SOCK2_EINVAL;
  memset(msg, 0, sizeof(*msg));
  return 0;
}

int
sock2_msg_set_addr(sock2_msg_t *msg, const sock2_addr_t *to)
{
  if (msg == NULL || (to != NULL && SOCK2__BAD_ADDR(to)))
    return SOCK2_EINVAL;
  if (to == NULL)
    SOCK2__MSG_SET_NAME(msg, NULL, 0);
  else
    SOCK2__MSG_SET_NAME(msg, &to->storage, to->len);
  return 0;
}

int
sock2_msg_set_recv_addr(sock2_msg_t *msg, sock2_addr_t *from)
{
  if (msg == NULL)
    return SOCK2_EINVAL;
  if (from == NULL)
    SOCK2__MSG_SET_NAME(msg, NULL, 0);
  else
    SOCK2__MSG_SET_NAME(msg, &from->storage, sizeof(from->storage));
  return 0;
}

int
sock2_msg_set_bufs(sock2_msg_t *msg, const sock2_buf_t *bufs, size_t n)
{
  if (msg == NULL || (bufs == NULL && n > 0))
    return SOCK2_EINVAL;
  if (n > SOCK2__IOV_MAX)
    return SOCK2_EMSGSIZE;
  SOCK2__MSG_SET_BUFS(msg, bufs, n);
  return 0;
}

int
sock2_msg_set_control(sock2_msg_t *msg, void *control, size_t len)
{
  if (msg == NULL || (control == NULL && len > 0))
    return SOCK2_EINVAL;
  if (len > SOCK2__MSG_CONTROL_MAX)
    len = SOCK2__MSG_CONTROL_MAX;
  SOCK2__MSG_SET_CONTROL(msg, control, len);
  return 0;
}

int
sock2_msg_set_flags(sock2_msg_t *msg, int flags)
{
  if (msg == NULL)
    return SOCK2_EINVAL;
  SOCK2__MSG_SET_FLAGS(msg, flags);
  return 0;
}

int
sock2_msg_flags(const sock2_msg_t *msg)
{
  if (msg == NULL)
    return SOCK2_EINVAL;
  return (int)SOCK2__MSG_FLAGS(msg);
}

size_t
sock2_msg_control_len(const sock2_msg_t *msg)
{
  if (msg == NULL)
    return 0;
  return SOCK2__MSG_CONTROLLEN(msg);
}

int
sock2_msg_addr_len(const sock2_msg_t *msg)
{
  if (msg == NULL)
    return SOCK2_EINVAL;
  return SOCK2__MSG_NAMELEN(msg);
}

/* ---- Received-message flags --------------------------------------------- */

/* A flag the OS lacks is 0 (see sock2/unix.h), so it is never reported. */
#define HAS(rflags, bit) ((bit) != 0 && ((rflags) & (bit)) != 0)

int
sock2_recv_flags_is_truncated(int rflags)
{
  return HAS(rflags, SOCK2_MSG_TRUNC);
}

int
sock2_recv_flags_is_control_truncated(int rflags)
{
  return HAS(rflags, SOCK2_MSG_CTRUNC);
}

int
sock2_recv_flags_is_end_of_record(int rflags)
{
  return HAS(rflags, SOCK2_MSG_EOR);
}

int
sock2_recv_flags_is_out_of_band(int rflags)
{
  return HAS(rflags, SOCK2_MSG_OOB);
}

int
sock2_recv_flags_is_confirm(int rflags)
{
  return HAS(rflags, SOCK2_MSG_CONFIRM);
}

int
sock2_recv_flags_is_dontroute(int rflags)
{
  return HAS(rflags, SOCK2_MSG_DONTROUTE);
}
