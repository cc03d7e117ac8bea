/* SPDX-License-Identifier: MIT */
/* Socket options at SOL_DCCP (Linux). */
#include "internal.h"

/* A 32-bit unsigned option, passed as the kernel's u32 / __be32. */
static int
set_u32(sock2_socket_t s, int name, uint32_t v)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (name < 0)
    return SOCK2_ENOTSUP;
  return sock2__sys_setsockopt(s, SOCK2__LEVEL_DCCP, name, &v,
                               (sock2_socklen_t)sizeof(v));
}

static int
get_u32(sock2_socket_t s, int name, uint32_t *out)
{
  return sock2__opt_get_exact(s, SOCK2__LEVEL_DCCP, name, out, sizeof(*out));
}

int
sock2_set_dccp_service(sock2_socket_t s, uint32_t code)
{
  return set_u32(s, SOCK2__DCCP_SOCKOPT_SERVICE, code);
}

int
sock2_dccp_service(sock2_socket_t s, uint32_t *code)
{
  /*
   * The kernel answers with the service code followed by any others in
   * the list; a 4-byte buffer takes the first, which is the one in use.
   */
  return get_u32(s, SOCK2__DCCP_SOCKOPT_SERVICE, code);
}

int
sock2_set_dccp_ccid(sock2_socket_t s, int ccid)
{
  uint8_t b;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (ccid < 0 || ccid > 255)
    return SOCK2_EINVAL;
  if (SOCK2__DCCP_SOCKOPT_CCID < 0)
    return SOCK2_ENOTSUP;
  b = (uint8_t)ccid;
  return sock2__sys_setsockopt(s, SOCK2__LEVEL_DCCP, SOCK2__DCCP_SOCKOPT_CCID,
                               &b, 1);
}

int
sock2_dccp_tx_ccid(sock2_socket_t s, uint32_t *ccid)
{
  return get_u32(s, SOCK2__DCCP_SOCKOPT_TX_CCID, ccid);
}

int
sock2_dccp_xx_ccid(sock2_socket_t s, uint32_t *ccid)
{
  return get_u32(s, SOCK2__DCCP_SOCKOPT_RX_CCID, ccid);
}

int
sock2_dccp_rx_ccid(sock2_socket_t s, uint32_t *ccid)
{
  return get_u32(s, SOCK2__DCCP_SOCKOPT_RX_CCID, ccid);
}

int
sock2_set_dccp_server_timewait(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, SOCK2__LEVEL_DCCP,
                             SOCK2__DCCP_SOCKOPT_SERVER_TIMEWAIT, on);
}

int
sock2_dccp_server_timewait(sock2_socket_t s, int *on)
{
  /* An int, as the kernel writes (socket2 0.6 reads one byte). */
  return sock2__opt_get_bool(s, SOCK2__LEVEL_DCCP,
                             SOCK2__DCCP_SOCKOPT_SERVER_TIMEWAIT, on);
}

int
sock2_set_dccp_send_cscov(sock2_socket_t s, uint32_t level)
{
  return set_u32(s, SOCK2__DCCP_SOCKOPT_SEND_CSCOV, level);
}

int
sock2_dccp_send_cscov(sock2_socket_t s, uint32_t *level)
{
  return get_u32(s, SOCK2__DCCP_SOCKOPT_SEND_CSCOV, level);
}

int
sock2_set_dccp_recv_cscov(sock2_socket_t s, uint32_t level)
{
  return set_u32(s, SOCK2__DCCP_SOCKOPT_RECV_CSCOV, level);
}

int
sock2_dccp_recv_cscov(sock2_socket_t s, uint32_t *level)
{
  return get_u32(s, SOCK2__DCCP_SOCKOPT_RECV_CSCOV, level);
}

int
sock2_set_dccp_qpolicy_txqlen(sock2_socket_t s, uint32_t len)
{
  return set_u32(s, SOCK2__DCCP_SOCKOPT_QPOLICY_TXQLEN, len);
}

int
sock2_dccp_qpolicy_txqlen(sock2_socket_t s, uint32_t *len)
{
  return get_u32(s, SOCK2__DCCP_SOCKOPT_QPOLICY_TXQLEN, len);
}

int
sock2_dccp_available_ccids(sock2_socket_t s, uint8_t *buf, size_t size)
{
  /*
   * Linux refuses buffers under sizeof(int) for every SOL_DCCP read, so
   * the ids go to a stack buffer first. It writes min(len, count) ids and
   * reports the full count in the length.
   */
  uint8_t ids[256];
  sock2_socklen_t len = (sock2_socklen_t)sizeof(ids);
  int err;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if ((buf == NULL && size > 0) || SOCK2__BAD_LEN(size))
    return SOCK2_EINVAL;
  if (SOCK2__DCCP_SOCKOPT_AVAILABLE_CCIDS < 0)
    return SOCK2_ENOTSUP;
  err = sock2__sys_getsockopt(s, SOCK2__LEVEL_DCCP,
                              SOCK2__DCCP_SOCKOPT_AVAILABLE_CCIDS, ids, &len);
  if (err != 0)
    return err;
  if (len > (sock2_socklen_t)sizeof(ids))
    return SOCK2_EINVAL;
  if (size > 0)
    memcpy(buf, ids, (size_t)len < size ? (size_t)len : size);
  return (int)len;
}

int
sock2_dccp_cur_mps(sock2_socket_t s, uint32_t *mps)
{
  return get_u32(s, SOCK2__DCCP_SOCKOPT_GET_CUR_MPS, mps);
}
