/* SPDX-License-Identifier: MIT */
/*
 * Winsock backend: the once-only Winsock start-up, waiting on one socket,
 * the clock, interface names and the feature table.
 */
#include "internal.h"

/* ---- Winsock start-up ---------------------------------------------------- */

/*
 * The one piece of global state in the library (DESIGN.md, contract 7):
 * WSAStartup runs once, the first time a socket is created. The result is
 * kept so a failed start-up is reported on every later call too. Winsock
 * is never cleaned up: handles may outlive any point where the library
 * could know it is no longer used, and process exit releases it.
 */
static INIT_ONCE win_once = INIT_ONCE_STATIC_INIT;
static int win_init_error;

static BOOL CALLBACK
win_startup(PINIT_ONCE once, PVOID param, PVOID *context)
{
  WSADATA data;
  int e;

  (void)once;
  (void)param;
  (void)context;
  e = WSAStartup(MAKEWORD(2, 2), &data);
  if (e != 0)
    win_init_error = sock2__sys_error(e);
  else if (LOBYTE(data.wVersion) != 2 || HIBYTE(data.wVersion) != 2) {
    WSACleanup();
    win_init_error = SOCK2_ENOTSUP;
  }
  return TRUE;
}

int
sock2__win_init(void)
{
  if (!InitOnceExecuteOnce(&win_once, win_startup, NULL, NULL))
    return SOCK2__WINERR();
  return win_init_error;
}

/* ---- Waiting and time ---------------------------------------------------- */

/*
 * select() rather than WSAPoll(): before Windows 10 2004 WSAPoll does not
 * report a failed non-blocking connect, while select() reports it in the
 * exception set (pitfalls 2.3 #14). One socket never meets FD_SETSIZE.
 */
int
sock2__sys_poll_one(sock2_socket_t s, int events, int timeout_ms,
                    int *revents)
{
  fd_set rd, wr, ex;
  struct timeval tv;
  int n;

  FD_ZERO(&rd);
  FD_ZERO(&wr);
  FD_ZERO(&ex);
  if (events & SOCK2__POLL_IN)
    FD_SET(s, &rd);
  if (events & SOCK2__POLL_OUT)
    FD_SET(s, &wr);
  FD_SET(s, &ex);
  tv.tv_sec = timeout_ms / 1000;
  tv.tv_usec = (timeout_ms % 1000) * 1000;
  n = select(0, &rd, &wr, &ex, &tv);
  if (n == SOCKET_ERROR)
    return SOCK2__WSAERR();
  if (n == 0)
    return 0;
  *revents = (FD_ISSET(s, &rd) ? SOCK2__POLL_IN : 0) |
             (FD_ISSET(s, &wr) ? SOCK2__POLL_OUT : 0) |
             (FD_ISSET(s, &ex) ? SOCK2__POLL_ERR : 0);
  return 1;
}

int64_t
sock2__sys_monotonic_ns(void)
{
  LARGE_INTEGER freq, count;
  int64_t sec, rem;

  /* Both calls always succeed on Windows XP and later. */
  QueryPerformanceFrequency(&freq);
  QueryPerformanceCounter(&count);
  /* Split to avoid overflow: count * 1e9 does not fit 64 bits. */
  sec = count.QuadPart / freq.QuadPart;
  rem = count.QuadPart % freq.QuadPart;
  return sec * 1000000000 + rem * 1000000000 / freq.QuadPart;
}

/* ---- Names and features -------------------------------------------------- */

int
sock2__sys_if_nametoindex(const char *name, uint32_t *index)
{
  /*
   * if_nametoindex lives in iphlpapi.dll, which the library does not link
   * (Winsock alone is its dependency); a numeric scope works everywhere.
   */
  (void)name;
  (void)index;
  return SOCK2_ENOTSUP;
}

int
sock2__sys_has(int feature)
{
  switch (feature) {
  case SOCK2_FEATURE_SOCK_CLOEXEC:
    /* WSA_FLAG_NO_HANDLE_INHERIT: no-inherit at creation, atomically. */
    return 1;
  case SOCK2_FEATURE_UNIX_SOCKETS:
    return SOCK2__HAVE_UNIX;
  case SOCK2_FEATURE_ABSTRACT_NAMES:
    return SOCK2__HAVE_ABSTRACT;
  case SOCK2_FEATURE_VSOCK:
    return SOCK2__HAVE_VSOCK;
  case SOCK2_FEATURE_IPV6_SCOPE_ID:
    return SOCK2__HAVE_SCOPE_ID;
  case SOCK2_FEATURE_TCP_KEEPIDLE:
    return HAVE_DECL_TCP_KEEPIDLE;
  case SOCK2_FEATURE_TCP_KEEPINTVL:
    return HAVE_DECL_TCP_KEEPINTVL;
  case SOCK2_FEATURE_TCP_KEEPCNT:
    return HAVE_DECL_TCP_KEEPCNT;
  case SOCK2_FEATURE_SO_PROTOCOL:
    /* sock2_protocol() reads SO_PROTOCOL_INFOW's iProtocol. */
    return 1;
  case SOCK2_FEATURE_SO_ACCEPTCONN:
    return HAVE_DECL_SO_ACCEPTCONN;
  case SOCK2_FEATURE_TCP_MAXSEG:
    return SOCK2__TCP_MAXSEG >= 0;
  case SOCK2_FEATURE_IP_RECVTOS:
    return SOCK2__IP_RECVTOS >= 0;
  case SOCK2_FEATURE_IP_SSM:
    return SOCK2__HAVE_IP_SSM;
  case SOCK2_FEATURE_IPV6_RECVTCLASS:
    return SOCK2__IPV6_RECVTCLASS >= 0;
  case SOCK2_FEATURE_MCAST_SOURCE_GROUP:
    return SOCK2__HAVE_MCAST_SOURCE_GROUP;
  case SOCK2_FEATURE_ORIGINAL_DST:
    return SOCK2__HAVE_ORIGINAL_DST;
  case SOCK2_FEATURE_IPV6_HDRINCL:
    /* header_included_v6: IP_HDRINCL at IPPROTO_IPV6. */
    return SOCK2__IPV6_HDRINCL >= 0;
  case SOCK2_FEATURE_IPV6_MEMBERSHIP:
    /* IPV6_ADD_MEMBERSHIP with IPV6_MREQ. */
    return 1;
  case SOCK2_FEATURE_EXCLUSIVEADDRUSE:
  case SOCK2_FEATURE_UDP_CONNRESET:
  case SOCK2_FEATURE_WSARECVMSG:
    return 1;
  default:
    /*
     * SOCK_NONBLOCK, accept4, MSG_NOSIGNAL, SO_NOSIGPIPE, F_DUPFD_CLOEXEC,
     * sa_len, if_nametoindex, sendmmsg/recvmmsg, SO_REUSEPORT(_LB),
     * TCP_KEEPALIVE, ip_mreqn, a kernel sendfile (TransmitFile is not
     * used) and the Linux-only options are features Windows lacks; index
     * joins use IP_MREQ's 0.0.0.i form, not MCAST_JOIN_GROUP.
     */
    return 0;
  }
}
