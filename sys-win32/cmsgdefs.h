/* SPDX-License-Identifier: MIT */
/*
 * Control-message arithmetic and constants of the Windows backend for
 * lib/cmsg*.c (WSACMSGHDR and the WSA_CMSG_* macros of <mswsock.h>; the
 * POSIX twin is sys-unix/cmsgdefs.h).
 */
#ifndef SOCK2_CMSGDEFS_H
#define SOCK2_CMSGDEFS_H

#include <winsock2.h>
#include <ws2tcpip.h>
#include <mswsock.h>

typedef WSACMSGHDR sock2__cmsghdr_t;

#define SOCK2__CMSG_HDRLEN ((size_t)WSA_CMSG_LEN(0))
#define SOCK2__CMSG_SPACE(n) ((size_t)WSA_CMSG_SPACE(n))
/* WSA_CMSG_NXTHDR: the next header is WSA_CMSGHDR_ALIGN(cmsg_len) on. */
#define SOCK2__CMSG_NEXT(len) ((size_t)WSA_CMSGHDR_ALIGN(len))
#define SOCK2__CMSG_LEN_MAX SIZE_MAX /* SIZE_T cmsg_len */
#define SOCK2__MSG_CONTROL(m) ((const void *)(m)->Control.buf)

#endif /* SOCK2_CMSGDEFS_H */
