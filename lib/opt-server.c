/* SPDX-License-Identifier: MIT */
/*
 * The options servers reach for (include/sock2/options-server.h): plain
 * int options through the option helpers, with -1 sentinels from the
 * backend's sysdefs-server.h for SOCK2_ENOTSUP; options that take a
 * structure through the backend (sys-unix/tcpinfo.c, sys-win32/tcpinfo.c);
 * MPTCP sockets.
 */
#include "internal.h"
#include "sysdefs-server.h"

#include <limits.h>

/* The layouts the first versions published; later ones only append. */
typedef char sock2__tcp_info_layout_v1[
  (offsetof(sock2_tcp_info_t, present) == 8 &&
   offsetof(sock2_tcp_info_t, rtt) == 16 &&
   offsetof(sock2_tcp_info_t, snd_cwnd) == 48 &&
   offsetof(sock2_tcp_info_t, bytes_sent) == 96 &&
   offsetof(sock2_tcp_info_t, snd_wnd) == 152 &&
   SOCK2_TCP_INFO_SIZE_MIN == 160 && sizeof(sock2_tcp_info_t) == 224)
    ? 1
    : -1];
typedef char sock2__peer_cred_layout_v1[
  (offsetof(sock2_peer_cred_t, pid) == 8 &&
   offsetof(sock2_peer_cred_t, uid) == 16 &&
   SOCK2_PEER_CRED_SIZE_MIN == 24 && sizeof(sock2_peer_cred_t) == 56)
    ? 1
    : -1];

/* ---- SOL_SOCKET ---------------------------------------------------------- */

int
sock2_set_recv_lowat(sock2_socket_t s, uint32_t bytes)
{
  return sock2__opt_set_u32(s, SOL_SOCKET, SOCK2__SO_RCVLOWAT, bytes);
}

int
sock2_recv_lowat(sock2_socket_t s, uint32_t *bytes)
{
  return sock2__opt_get_u32(s, SOL_SOCKET, SOCK2__SO_RCVLOWAT, bytes);
}

int
sock2_set_send_lowat(sock2_socket_t s, uint32_t bytes)
{
  return sock2__opt_set_u32(s, SOL_SOCKET, SOCK2__SO_SNDLOWAT, bytes);
}

int
sock2_send_lowat(sock2_socket_t s, uint32_t *bytes)
{
  return sock2__opt_get_u32(s, SOL_SOCKET, SOCK2__SO_SNDLOWAT, bytes);
}

int
sock2_attach_reuseport_cbpf(sock2_socket_t s, const sock2_sock_filter_t *prog,
                            size_t count)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  /* sock_fprog.len is 16 bits: never let a count wrap. */
  if (prog == NULL || count == 0 || count > 65535)
    return SOCK2_EINVAL;
  return sock2__sys_attach_reuseport_cbpf(s, prog, (unsigned int)count);
}

int
sock2_detach_reuseport_bpf(sock2_socket_t s)
{
  int zero = 0;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (SOCK2__SO_DETACH_REUSEPORT_BPF < 0)
    return SOCK2_ENOTSUP;
  return sock2__sys_setsockopt(s, SOL_SOCKET, SOCK2__SO_DETACH_REUSEPORT_BPF,
                               &zero, (sock2_socklen_t)sizeof(zero));
}

int
sock2_incoming_napi_id(sock2_socket_t s, uint32_t *id)
{
  return sock2__opt_get_u32(s, SOL_SOCKET, SOCK2__SO_INCOMING_NAPI_ID, id);
}

/* struct accept_filter_arg: 16-byte name and argument, NUL included. */
#define SOCK2__AF_NAME_MAX 15

int
sock2_set_accept_filter(sock2_socket_t s, const char *name, const char *arg)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (name != NULL && strlen(name) > SOCK2__AF_NAME_MAX)
    return SOCK2_EINVAL;
  if (arg != NULL && strlen(arg) > SOCK2__AF_NAME_MAX)
    return SOCK2_EINVAL;
  return sock2__sys_set_accept_filter(s, name, arg);
}

/* ---- IPPROTO_IP, IPPROTO_IPV6 ------------------------------------------- */

int
sock2_set_bind_address_no_port(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, IPPROTO_IP, SOCK2__IP_BIND_ADDRESS_NO_PORT,
                             on);
}

int
sock2_bind_address_no_port(sock2_socket_t s, int *on)
{
  return sock2__opt_get_bool(s, IPPROTO_IP, SOCK2__IP_BIND_ADDRESS_NO_PORT,
                             on);
}

int
sock2_set_local_port_range(sock2_socket_t s, uint16_t low, uint16_t high)
{
  uint32_t v;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (low != 0 && high != 0 && low > high)
    return SOCK2_EINVAL;
  if (SOCK2__IP_LOCAL_PORT_RANGE < 0)
    return SOCK2_ENOTSUP;
  /* The low port in the low 16 bits, the high port in the high 16. */
  v = (uint32_t)low | ((uint32_t)high << 16);
  return sock2__sys_setsockopt(s, IPPROTO_IP, SOCK2__IP_LOCAL_PORT_RANGE, &v,
                               (sock2_socklen_t)sizeof(v));
}

int
sock2_local_port_range(sock2_socket_t s, uint16_t *low, uint16_t *high)
{
  uint32_t v = 0;
  int err;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (low == NULL || high == NULL)
    return SOCK2_EINVAL;
  err = sock2__opt_get_exact(s, IPPROTO_IP, SOCK2__IP_LOCAL_PORT_RANGE, &v,
                             sizeof(v));
  if (err != 0)
    return err;
  *low = (uint16_t)(v & 0xffffu);
  *high = (uint16_t)(v >> 16);
  return 0;
}

int
sock2_set_recv_orig_dst_v4(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, IPPROTO_IP, SOCK2__IP_RECVORIGDSTADDR, on);
}

int
sock2_recv_orig_dst_v4(sock2_socket_t s, int *on)
{
  return sock2__opt_get_bool(s, IPPROTO_IP, SOCK2__IP_RECVORIGDSTADDR, on);
}

int
sock2_set_recv_orig_dst_v6(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, IPPROTO_IPV6, SOCK2__IPV6_RECVORIGDSTADDR,
                             on);
}

int
sock2_recv_orig_dst_v6(sock2_socket_t s, int *on)
{
  return sock2__opt_get_bool(s, IPPROTO_IPV6, SOCK2__IPV6_RECVORIGDSTADDR,
                             on);
}

/* ---- IPPROTO_TCP --------------------------------------------------------- */

int
sock2_set_tcp_defer_accept(sock2_socket_t s, sock2_duration_t timeout)
{
  int64_t secs = 0;
  int err;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (timeout != SOCK2_DURATION_NONE) {
    err = sock2__duration_to_units(timeout, SOCK2_SEC(1), INT64_MAX, &secs);
    if (err != 0)
      return err;
    /* The kernel takes an int; longer times clamp (documented). */
    if (secs > INT_MAX)
      secs = INT_MAX;
  }
  return sock2__opt_set_int(s, IPPROTO_TCP, SOCK2__TCP_DEFER_ACCEPT,
                            (int)secs);
}

int
sock2_tcp_defer_accept(sock2_socket_t s, sock2_duration_t *timeout)
{
  uint32_t secs = 0;
  int err;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (timeout == NULL)
    return SOCK2_EINVAL;
  err = sock2__opt_get_u32(s, IPPROTO_TCP, SOCK2__TCP_DEFER_ACCEPT, &secs);
  if (err != 0)
    return err;
  *timeout = secs == 0 ? SOCK2_DURATION_NONE : SOCK2_SEC((int64_t)secs);
  return 0;
}

int
sock2_set_tcp_md5sig(sock2_socket_t s, const sock2_addr_t *peer,
                     const void *key, size_t len)
{
  int family;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (peer == NULL || (key == NULL && len != 0) ||
      len > SOCK2_TCP_MD5SIG_MAXKEYLEN)
    return SOCK2_EINVAL;
  family = sock2_addr_family(peer);
  if (family != AF_INET && family != AF_INET6)
    return SOCK2_EINVAL;
  if ((size_t)peer->len > sizeof(peer->storage))
    return SOCK2_EINVAL;
  return sock2__sys_set_tcp_md5sig(s, peer, key, len);
}

int
sock2_set_tcp_ack_frequency(sock2_socket_t s, uint8_t freq)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (freq == 0)
    return SOCK2_EINVAL;
  return sock2__sys_set_tcp_ack_frequency(s, freq);
}

/* ---- Multipath TCP ------------------------------------------------------- */

int
sock2_socket_mptcp(int domain, int type, sock2_socket_t *out)
{
  int err;

  if (out == NULL)
    return SOCK2_EINVAL;
  if (SOCK2__IPPROTO_MPTCP >= 0) {
    err = sock2_socket(domain, type, SOCK2__IPPROTO_MPTCP, out);
    if (err == 0)
      return 1;
    /*
     * The kernel refuses MPTCP: built without it (EPROTONOSUPPORT),
     * net.mptcp.enabled = 0 (ENOPROTOOPT), or a kernel older than 5.6
     * that reads 262 as an invalid protocol (EINVAL). Plain TCP then.
     */
    if (err != SOCK2_EPROTONOSUPPORT && err != SOCK2_ENOPROTOOPT &&
        err != SOCK2_EINVAL)
      return err;
  }
  err = sock2_socket(domain, type, IPPROTO_TCP, out);
  return err < 0 ? err : 0;
}
