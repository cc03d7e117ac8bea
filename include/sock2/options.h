/* SPDX-License-Identifier: MIT */
/*
 * libsock2 socket options, grouped by level as socket2 groups them.
 * Included by <sock2.h>; do not include it on its own.
 */
#ifndef SOCK2_OPTIONS_H
#define SOCK2_OPTIONS_H

/**
 * Read and clear the socket's pending error: getsockopt(SOL_SOCKET,
 * SO_ERROR) (socket2's take_error).
 * @return 0 with *err set to 0 (no error) or a negative SOCK2_E* code;
 *         SOCK2_EBADF; SOCK2_EINVAL for NULL; or the OS error.
 */
SOCK2_EXTERN int sock2_take_error(sock2_socket_t s, int *err);

/* ---- SOL_SOCKET --------------------------------------------------------- */

/* ---- IPPROTO_TCP --------------------------------------------------------- */

/* ---- Windows-only options (SOCK2_ENOTSUP elsewhere) ---------------------- */

#endif /* SOCK2_OPTIONS_H */
