/* SPDX-License-Identifier: MIT */
/*
 * Winsock backend: GetAddrInfoW() and GetNameInfoW() (UTF-8 in and out,
 * converted to and from UTF-16), their error codes, and WSAPoll().
 */
#include "internal.h"

/* sock2_pollfd_t is WSAPOLLFD (sock2/win.h says so): checked here. */
typedef char sock2__pollfd_size[sizeof(sock2_pollfd_t) == sizeof(WSAPOLLFD)
                                  ? 1
                                  : -1];
typedef char sock2__poll_bits[SOCK2_WAIT_READ == POLLRDNORM &&
                                  SOCK2_WAIT_WRITE == POLLWRNORM &&
                                  SOCK2_WAIT_ERROR == POLLERR &&
                                  SOCK2_WAIT_HUP == POLLHUP &&
                                  SOCK2_WAIT_INVALID == POLLNVAL
                                ? 1
                                : -1];

/* A resolver error (WSAGetLastError() of GetAddrInfoW) as SOCK2_E*. */
static int
eai_error(int e)
{
  switch (e) {
  case 0:
    return 0;
  case WSAHOST_NOT_FOUND:
    return SOCK2_EAI_NONAME;
  case WSATRY_AGAIN:
    return SOCK2_EAI_AGAIN;
  case WSANO_RECOVERY:
    return SOCK2_EAI_FAIL;
  case WSANO_DATA:
    return SOCK2_EAI_NODATA;
  case WSAEINVAL:
    return SOCK2_EAI_BADFLAGS;
  case WSATYPE_NOT_FOUND:
    return SOCK2_EAI_SERVICE;
  case WSAEAFNOSUPPORT:
    return SOCK2_EAI_FAMILY;
  case WSAESOCKTNOSUPPORT:
    return SOCK2_EAI_SOCKTYPE;
  case WSA_NOT_ENOUGH_MEMORY:
    return SOCK2_EAI_MEMORY;
  default:
    return sock2__sys_error(e);
  }
}

/*
 * UTF-8 to a new UTF-16 string (NULL stays NULL). SOCK2_EINVAL for text
 * that is not UTF-8, SOCK2_ENOMEM.
 */
static int
to_wide(const char *s, wchar_t **out)
{
  int n;
  wchar_t *w;

  *out = NULL;
  if (s == NULL)
    return 0;
  n = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, s, -1, NULL, 0);
  if (n <= 0)
    return SOCK2_EINVAL;
  w = (wchar_t *)HeapAlloc(GetProcessHeap(), 0, (size_t)n * sizeof(wchar_t));
  if (w == NULL)
    return SOCK2_ENOMEM;
  if (MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, s, -1, w, n) != n) {
    HeapFree(GetProcessHeap(), 0, w);
    return SOCK2_EINVAL;
  }
  *out = w;
  return 0;
}

static void
free_wide(wchar_t *w)
{
  if (w != NULL)
    HeapFree(GetProcessHeap(), 0, w);
}

static int
seen(const ADDRINFOW *list, const ADDRINFOW *ai)
{
  const ADDRINFOW *p;
  for (p = list; p != ai; p = p->ai_next)
    if (p->ai_addrlen == ai->ai_addrlen && p->ai_addr != NULL &&
        memcmp(p->ai_addr, ai->ai_addr, ai->ai_addrlen) == 0)
      return 1;
  return 0;
}

int
sock2__sys_getaddrinfo(const char *host, const char *service, int family,
                       int type, int protocol, uint32_t flags,
                       sock2__resolve_out_t *o)
{
  ADDRINFOW hints, *list = NULL, *ai;
  wchar_t *wh = NULL, *ws = NULL;
  int err;

  err = sock2__win_init();
  if (err != 0)
    return err;
  memset(&hints, 0, sizeof(hints));
  hints.ai_family = family;
  hints.ai_socktype = type;
  hints.ai_protocol = protocol;
  if (flags & SOCK2_RESOLVE_PASSIVE)
    hints.ai_flags |= AI_PASSIVE;
  if (flags & SOCK2_RESOLVE_NUMERIC_HOST)
    hints.ai_flags |= AI_NUMERICHOST;
  if (flags & SOCK2_RESOLVE_ADDRCONFIG)
    hints.ai_flags |= AI_ADDRCONFIG;
  /* No AI_NUMERICSERV on Windows: lib/ checked the service is a number. */
  err = to_wide(host, &wh);
  if (err == 0)
    err = to_wide(service, &ws);
  if (err == 0 && GetAddrInfoW(wh, ws, &hints, &list) != 0)
    err = eai_error(WSAGetLastError());
  free_wide(wh);
  free_wide(ws);
  if (err != 0)
    return err;
  for (ai = list; ai != NULL; ai = ai->ai_next)
    if (ai->ai_addr != NULL && !seen(list, ai))
      sock2__resolve_add(o, ai->ai_addr, (size_t)ai->ai_addrlen);
  FreeAddrInfoW(list);
  return 0;
}

/* UTF-16 to UTF-8 into buf[size]: SOCK2_ENOBUFS if it does not fit. */
static int
to_utf8(const wchar_t *w, char *buf, size_t size)
{
  int n = WideCharToMultiByte(CP_UTF8, 0, w, -1, buf, (int)size, NULL, NULL);
  return n > 0 ? 0 : SOCK2_ENOBUFS;
}

int
sock2__sys_getnameinfo(const struct sockaddr *sa, sock2_socklen_t len,
                       char *host, size_t hostlen, char *serv, size_t servlen,
                       uint32_t flags)
{
  wchar_t wh[NI_MAXHOST], ws[NI_MAXSERV];
  int f = 0, err;

  err = sock2__win_init();
  if (err != 0)
    return err;
  if (flags & SOCK2_NAMEINFO_NUMERIC_HOST)
    f |= NI_NUMERICHOST;
  if (flags & SOCK2_NAMEINFO_NUMERIC_SERVICE)
    f |= NI_NUMERICSERV;
  if (flags & SOCK2_NAMEINFO_NAME_REQUIRED)
    f |= NI_NAMEREQD;
  if (flags & SOCK2_NAMEINFO_DGRAM)
    f |= NI_DGRAM;
  if (flags & SOCK2_NAMEINFO_NO_FQDN)
    f |= NI_NOFQDN;
  if (GetNameInfoW(sa, len, host != NULL ? wh : NULL,
                   host != NULL ? NI_MAXHOST : 0, serv != NULL ? ws : NULL,
                   serv != NULL ? NI_MAXSERV : 0, f) != 0)
    return eai_error(WSAGetLastError());
  if (host != NULL && (err = to_utf8(wh, host, hostlen)) != 0)
    return err;
  if (serv != NULL && (err = to_utf8(ws, serv, servlen)) != 0)
    return err;
  return 0;
}

/*
 * WSAPoll() refuses events other than the read and write ones (POLLERR
 * and POLLHUP are reported only): when an entry has others, the events
 * are saved (in a heap copy: rare), masked for the call and put back.
 */
int
sock2__sys_poll(sock2_pollfd_t *fds, size_t n, int timeout_ms)
{
  const short ok = (short)(POLLRDNORM | POLLRDBAND | POLLPRI | POLLWRNORM |
                           POLLWRBAND);
  short *saved = NULL;
  size_t i;
  int r, e = 0;

  for (i = 0; i < n; i++)
    if (fds[i].events & ~ok)
      break;
  if (i < n) {
    saved = (short *)HeapAlloc(GetProcessHeap(), 0, n * sizeof(short));
    if (saved == NULL)
      return SOCK2_ENOMEM;
    for (i = 0; i < n; i++) {
      saved[i] = fds[i].events;
      fds[i].events = (short)(fds[i].events & ok);
    }
  }
  r = WSAPoll((WSAPOLLFD *)(void *)fds, (ULONG)n, timeout_ms);
  if (r == SOCKET_ERROR)
    e = WSAGetLastError();
  if (saved != NULL) {
    for (i = 0; i < n; i++)
      fds[i].events = saved[i];
    HeapFree(GetProcessHeap(), 0, saved);
  }
  return r == SOCKET_ERROR ? sock2__sys_error(e) : r;
}
