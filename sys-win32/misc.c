/* SPDX-License-Identifier: MIT */
/*
 * Winsock backend: the once-only Winsock start-up, waiting on one socket,
 * the clock and interface names (the feature table is sysfeatures.h).
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
sock2__win_poll_one(SOCKET s, int events, int timeout_ms, int *revents)
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

/* ---- Interface names ----------------------------------------------------- */

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
