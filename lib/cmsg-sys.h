/* SPDX-License-Identifier: MIT */
/*
 * The control-message part of the seam between lib/ and the backends:
 * the typed kinds whose payload is an OS structure, and the options that
 * differ by OS. sys-unix/cmsg.c and sys-win32/cmsg.c each define all of
 * them. Same rules as lib/internal.h: arguments were checked by lib/,
 * results are >= 0 or a SOCK2_E* code.
 */
#ifndef SOCK2_CMSG_SYS_H
#define SOCK2_CMSG_SYS_H

#include "internal.h"
#include "cmsgdefs.h" /* sys-unix/cmsgdefs.h or sys-win32/cmsgdefs.h */

/*
 * The backend's control-message functions (sock2__sys_cmsg_*, path-MTU
 * discovery, IPv4 packet information) are declared in lib/internal.h with
 * the others, so fault injection finds them.
 */

/*
 * After a successful sock2_recvmsg(), where the OS has no MSG_CMSG_CLOEXEC:
 * FD_CLOEXEC on every received descriptor (lib/cmsg-kinds.c). Returns how
 * many; 0 where the kernel did it already.
 */
int sock2__cmsg_recvmsg_cloexec(sock2_msg_t *msg);

#endif /* SOCK2_CMSG_SYS_H */
