/* SPDX-License-Identifier: MIT */
/* POSIX backend: helpers shared by the sys-unix/ files. */
#ifndef SOCK2_SYS_UNIX_INTERNAL_H
#define SOCK2_SYS_UNIX_INTERNAL_H

#include "../lib/internal.h"

/* The current errno as a SOCK2_E* code. */
#define SOCK2__ERRNO() sock2__sys_error(errno)

/* Set FD_CLOEXEC on a descriptor known not to have it (one fcntl). */
int sock2__unix_set_cloexec_new(int fd);
/* Make O_NONBLOCK exactly `on` (F_GETFL, then F_SETFL only if needed). */
int sock2__unix_set_nonblock(int fd, int on);
/*
 * Finish a descriptor that the OS could not flag atomically: close-on-exec,
 * non-blocking, and the SO_NOSIGPIPE default. Closes fd on failure.
 */
int sock2__unix_finish_new(int fd, int cloexec, int nonblock, int nosigpipe);

#endif /* SOCK2_SYS_UNIX_INTERNAL_H */
