/* SPDX-License-Identifier: MIT */
/*
 * Winsock backend: TCP_INFO through WSAIoctl(SIO_TCP_INFO), the peer's
 * process id through WSAIoctl(SIO_AF_UNIX_GETPEERPID), the ACK frequency
 * through WSAIoctl(SIO_TCP_SET_ACK_FREQUENCY); SOCK2_ENOTSUP for the
 * rest, which Winsock lacks.
 */
#include "internal.h"
#include "sysdefs-server.h"

#include <limits.h>

/* ---- TCP_INFO ------------------------------------------------------------ */

#if HAVE_DECL_SIO_TCP_INFO
/*
 * TCP_INFO_v0 (Windows 10 1703), Microsoft's documented layout. The
 * headers declare it only for _WIN32_WINNT of Windows 10; the library is
 * built for Vista's API and finds out at run time (WSAEINVAL or
 * WSAEOPNOTSUPP from an older Windows).
 */
typedef struct win_tcp_info_v0 {
  int State; /* TCPSTATE */
  ULONG Mss;
  ULONG64 ConnectionTimeMs;
  BOOLEAN TimestampsEnabled;
  ULONG RttUs;
  ULONG MinRttUs;
  ULONG BytesInFlight;
  ULONG Cwnd;
  ULONG SndWnd;
  ULONG RcvWnd;
  ULONG RcvBuf;
  ULONG64 BytesOut;
  ULONG64 BytesIn;
  ULONG BytesReordered;
  ULONG BytesRetrans;
  ULONG FastRetrans;
  ULONG DupAcksIn;
  ULONG TimeoutEpisodes;
  UCHAR SynRetrans;
} win_tcp_info_v0;

/* TCPSTATE: Closed, Listen, SynSent, SynRcvd, Established, FinWait1, ... */
static uint32_t
win_state(int st)
{
  static const unsigned char map[] = {
    SOCK2_TCP_STATE_CLOSED,     SOCK2_TCP_STATE_LISTEN,
    SOCK2_TCP_STATE_SYN_SENT,   SOCK2_TCP_STATE_SYN_RECEIVED,
    SOCK2_TCP_STATE_ESTABLISHED, SOCK2_TCP_STATE_FIN_WAIT_1,
    SOCK2_TCP_STATE_FIN_WAIT_2, SOCK2_TCP_STATE_CLOSE_WAIT,
    SOCK2_TCP_STATE_CLOSING,    SOCK2_TCP_STATE_LAST_ACK,
    SOCK2_TCP_STATE_TIME_WAIT,
  };
  return st >= 0 && (size_t)st < sizeof(map) ? map[st]
                                              : SOCK2_TCP_STATE_UNKNOWN;
}
#endif

int
sock2__sys_tcp_info(sock2_socket_t s, sock2_tcp_info_t *ti)
{
#if HAVE_DECL_SIO_TCP_INFO
  win_tcp_info_v0 k;
  DWORD version = 0, got = 0;

  memset(&k, 0, sizeof(k));
  if (WSAIoctl(s, SIO_TCP_INFO, &version, (DWORD)sizeof(version), &k,
               (DWORD)sizeof(k), &got, NULL, NULL) == SOCKET_ERROR)
    return SOCK2__WSAERR();
  ti->state = win_state(k.State);
  ti->snd_mss = k.Mss;
  ti->options = k.TimestampsEnabled ? SOCK2_TCPI_OPT_TIMESTAMPS : 0;
  ti->rtt = SOCK2_USEC((int64_t)k.RttUs);
  ti->min_rtt = SOCK2_USEC((int64_t)k.MinRttUs);
  ti->snd_cwnd = k.Cwnd;
  ti->snd_wnd = k.SndWnd;
  ti->rcv_wnd = k.RcvWnd;
  ti->bytes_sent = k.BytesOut;
  ti->bytes_received = k.BytesIn;
  ti->bytes_retrans = k.BytesRetrans;
  ti->present = SOCK2_TCPI_STATE | SOCK2_TCPI_SND_MSS | SOCK2_TCPI_OPTIONS |
                SOCK2_TCPI_RTT | SOCK2_TCPI_MIN_RTT | SOCK2_TCPI_SND_CWND |
                SOCK2_TCPI_SND_WND | SOCK2_TCPI_RCV_WND |
                SOCK2_TCPI_BYTES_SENT | SOCK2_TCPI_BYTES_RECEIVED |
                SOCK2_TCPI_BYTES_RETRANS;
  return 0;
#else
  (void)s;
  (void)ti;
  return SOCK2_ENOTSUP;
#endif
}

int
sock2__sys_tcp_info_raw(sock2_socket_t s, void *buf, size_t *len)
{
#if HAVE_DECL_SIO_TCP_INFO
  DWORD version = 0, got = 0;
  DWORD n = *len > (size_t)INT_MAX ? (DWORD)INT_MAX : (DWORD)*len;

  if (WSAIoctl(s, SIO_TCP_INFO, &version, (DWORD)sizeof(version), buf, n,
               &got, NULL, NULL) == SOCKET_ERROR)
    return SOCK2__WSAERR();
  *len = (size_t)got;
  return 0;
#else
  (void)s;
  (void)buf;
  (void)len;
  return SOCK2_ENOTSUP;
#endif
}

/* ---- Peer credentials ---------------------------------------------------- */

int
sock2__sys_peer_cred(sock2_socket_t s, sock2_peer_cred_t *pc)
{
#if HAVE_DECL_SIO_AF_UNIX_GETPEERPID
  /* Windows knows the peer's process id only; no uid or gid exist. */
  ULONG pid = 0;
  DWORD got = 0;

  if (WSAIoctl(s, SIO_AF_UNIX_GETPEERPID, NULL, 0, &pid, (DWORD)sizeof(pid),
               &got, NULL, NULL) == SOCKET_ERROR)
    return SOCK2__WSAERR();
  pc->pid = (int64_t)pid;
  pc->known = SOCK2_PEER_PID;
  return 0;
#else
  (void)s;
  (void)pc;
  return SOCK2_ENOTSUP;
#endif
}

int
sock2__sys_peer_pidfd(sock2_socket_t s, int *fd)
{
  (void)s;
  (void)fd;
  return SOCK2_ENOTSUP;
}

/* ---- Options that take a structure --------------------------------------- */

int
sock2__sys_attach_reuseport_cbpf(sock2_socket_t s,
                                 const sock2_sock_filter_t *prog,
                                 unsigned int count)
{
  (void)s;
  (void)prog;
  (void)count;
  return SOCK2_ENOTSUP;
}

int
sock2__sys_set_accept_filter(sock2_socket_t s, const char *name,
                             const char *arg)
{
  (void)s;
  (void)name;
  (void)arg;
  return SOCK2_ENOTSUP;
}

int
sock2__sys_set_tcp_md5sig(sock2_socket_t s, const sock2_addr_t *peer,
                          const void *key, size_t len)
{
  (void)s;
  (void)peer;
  (void)key;
  (void)len;
  return SOCK2_ENOTSUP;
}

int
sock2__sys_set_tcp_ack_frequency(sock2_socket_t s, unsigned int freq)
{
#if HAVE_DECL_SIO_TCP_SET_ACK_FREQUENCY
  /* TCP_ACK_FREQUENCY_PARAMETERS: one UCHAR. */
  UCHAR v = (UCHAR)freq;
  DWORD got = 0;

  if (WSAIoctl(s, SIO_TCP_SET_ACK_FREQUENCY, &v, (DWORD)sizeof(v), NULL, 0,
               &got, NULL, NULL) == SOCKET_ERROR)
    return SOCK2__WSAERR();
  return 0;
#else
  (void)s;
  (void)freq;
  return SOCK2_ENOTSUP;
#endif
}
