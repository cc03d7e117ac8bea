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

#endif /* SOCK2_SYS_WIN32_INTERNAL_H */
