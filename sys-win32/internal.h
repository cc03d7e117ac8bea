/* SPDX-License-Identifier: MIT */
/* Winsock backend: helpers shared by the sys-win32/ files. */
#ifndef SOCK2_SYS_WIN32_INTERNAL_H
#define SOCK2_SYS_WIN32_INTERNAL_H

#include "../lib/internal.h"

/* The calling thread's last Winsock error as a SOCK2_E* code. */
#define SOCK2__WSAERR() sock2__sys_error(WSAGetLastError())
/* The calling thread's last Win32 error as a SOCK2_E* code. */
#define SOCK2__WINERR() sock2__sys_error((int)GetLastError())

/*
 * Start Winsock 2.2 once per process (InitOnceExecuteOnce: lazy and
 * thread-safe, no socket and no port taken). Returns 0 or the error
 * WSAStartup reported, on every later call too. Called before the calls
 * that need Winsock without a socket (socket creation, name lookups).
 */
int sock2__win_init(void);

/*
 * Put a socket into exactly this blocking mode: ioctlsocket(FIONBIO).
 * Returns 0 or the error.
 */
int sock2__win_set_nonblock(SOCKET s, int on);

/* Events for sock2__win_poll_one(). */
#define SOCK2__POLL_IN 1
#define SOCK2__POLL_OUT 2
#define SOCK2__POLL_ERR 4 /* reported only: error or hang-up */

/*
 * Wait for one socket: select() for SOCK2__POLL_IN / _OUT. timeout_ms >=
 * 0. Returns 0 on timeout, 1 with *revents set (SOCK2__POLL_* bits) when
 * ready, or an error (SOCK2_EINTR included).
 */
int sock2__win_poll_one(SOCKET s, int events, int timeout_ms, int *revents);

#endif /* SOCK2_SYS_WIN32_INTERNAL_H */
