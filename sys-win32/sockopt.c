/* SPDX-License-Identifier: MIT */
/* Winsock backend: getsockopt() and setsockopt(). */
#include "internal.h"

int
sock2__sys_getsockopt(sock2_socket_t s, int level, int name, void *val,
                      sock2_socklen_t *len)
{
  /*
   * Winsock may write fewer bytes than asked for a BOOL option (one byte
   * for TCP_NODELAY, SO_KEEPALIVE, sometimes IPV6_V6ONLY); *len then says
   * so, and the portable layer decodes a zeroed int as value != 0.
   */
  if (getsockopt(s, level, name, (char *)val, len) == SOCKET_ERROR)
    return SOCK2__WSAERR();
  return 0;
}

int
sock2__sys_setsockopt(sock2_socket_t s, int level, int name, const void *val,
                      sock2_socklen_t len)
{
  if (setsockopt(s, level, name, (const char *)val, len) == SOCKET_ERROR)
    return SOCK2__WSAERR();
  return 0;
}

/* ---- TCP keep-alive ------------------------------------------------------ */

/* Windows' defaults when SIO_KEEPALIVE_VALS is not given a value. */
#define KA_DEFAULT_TIME_MS 7200000u /* 2 hours */
#define KA_DEFAULT_INTERVAL_MS 1000u /* 1 second */

/* A keep-alive duration in whole milliseconds, rounded up, as a ULONG. */
static int
ka_ms(sock2_duration_t d, ULONG *out)
{
  int64_t ms;
  int err = sock2__duration_to_units(d, 1000000, (int64_t)ULONG_MAX, &ms);

  if (err != 0)
    return err;
  *out = (ULONG)ms;
  return 0;
}

#if HAVE_DECL_TCP_KEEPIDLE && HAVE_DECL_TCP_KEEPINTVL
/*
 * The value in force for a field the caller leaves unset, so that
 * SIO_KEEPALIVE_VALS (which always writes both) keeps it: read back in
 * seconds where Windows 10 1709+ offers TCP_KEEPIDLE / TCP_KEEPINTVL,
 * else the Windows default.
 */
static ULONG
ka_current_ms(SOCKET s, int name, ULONG fallback)
{
  DWORD v = 0;
  int len = (int)sizeof(v);

  if (getsockopt(s, IPPROTO_TCP, name, (char *)&v, &len) == SOCKET_ERROR ||
      v == 0 || v > ULONG_MAX / 1000)
    return fallback;
  return (ULONG)v * 1000;
}
#endif

int
sock2__sys_set_tcp_keepalive(sock2_socket_t s, sock2_duration_t time,
                             sock2_duration_t interval, int64_t retries)
{
  struct tcp_keepalive ka;
  DWORD out = 0;
  BOOL on = TRUE;
  int err;

  memset(&ka, 0, sizeof(ka));
  ka.onoff = 1;
  /* Refuse what cannot be applied before the first system call. */
  if (time != SOCK2_DURATION_NONE && (err = ka_ms(time, &ka.keepalivetime)))
    return err;
  if (interval != SOCK2_DURATION_NONE &&
      (err = ka_ms(interval, &ka.keepaliveinterval)))
    return err;
  if (retries != -1 && SOCK2__TCP_KEEPCNT < 0)
    return SOCK2_ENOTSUP;

  if (setsockopt(s, SOL_SOCKET, SO_KEEPALIVE, (const char *)&on,
                 (int)sizeof(on)) == SOCKET_ERROR)
    return SOCK2__WSAERR();
  if (time != SOCK2_DURATION_NONE || interval != SOCK2_DURATION_NONE) {
    /*
     * SIO_KEEPALIVE_VALS always sets both times: a field the caller did
     * not give keeps its current value (where it can be read) or Windows'
     * default, never 0 (socket2 writes 0 there).
     */
#if HAVE_DECL_TCP_KEEPIDLE && HAVE_DECL_TCP_KEEPINTVL
    if (time == SOCK2_DURATION_NONE)
      ka.keepalivetime = ka_current_ms(s, TCP_KEEPIDLE, KA_DEFAULT_TIME_MS);
    if (interval == SOCK2_DURATION_NONE)
      ka.keepaliveinterval =
          ka_current_ms(s, TCP_KEEPINTVL, KA_DEFAULT_INTERVAL_MS);
#else
    if (time == SOCK2_DURATION_NONE)
      ka.keepalivetime = KA_DEFAULT_TIME_MS;
    if (interval == SOCK2_DURATION_NONE)
      ka.keepaliveinterval = KA_DEFAULT_INTERVAL_MS;
#endif
    if (WSAIoctl(s, SIO_KEEPALIVE_VALS, &ka, (DWORD)sizeof(ka), NULL, 0, &out,
                 NULL, NULL) == SOCKET_ERROR)
      return SOCK2__WSAERR();
  }
#if HAVE_DECL_TCP_KEEPCNT
  if (retries != -1) {
    DWORD cnt = (DWORD)retries;
    if (setsockopt(s, IPPROTO_TCP, TCP_KEEPCNT, (const char *)&cnt,
                   (int)sizeof(cnt)) == SOCKET_ERROR)
      return SOCK2__WSAERR();
  }
#endif
  return 0;
}

/* ---- Other seam options -------------------------------------------------- */

int
sock2__sys_protocol(sock2_socket_t s, int *protocol)
{
  WSAPROTOCOL_INFOW info;
  int len = (int)sizeof(info);

  if (getsockopt(s, SOL_SOCKET, SO_PROTOCOL_INFOW, (char *)&info, &len) ==
      SOCKET_ERROR)
    return SOCK2__WSAERR();
  *protocol = info.iProtocol;
  return 0;
}

int
sock2__sys_attach_filter(sock2_socket_t s, const sock2_sock_filter_t *prog,
                         unsigned int count)
{
  /* Classic BPF socket filters are Linux's. */
  (void)s;
  (void)prog;
  (void)count;
  return SOCK2_ENOTSUP;
}
