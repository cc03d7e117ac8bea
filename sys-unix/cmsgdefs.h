/* SPDX-License-Identifier: MIT */
/*
 * Control-message arithmetic and constants of the POSIX backend for
 * lib/cmsg*.c (the Windows twin is sys-win32/cmsgdefs.h). Everything OS
 * specific about control messages lives here or in sys-unix/cmsg.c.
 */
#ifndef SOCK2_CMSGDEFS_H
#define SOCK2_CMSGDEFS_H

#include <sys/socket.h>

/* The OS's control-message header (fields cmsg_len, cmsg_level, ...). */
typedef struct cmsghdr sock2__cmsghdr_t;

/* Offset of the data from the start of a header (CMSG_DATA - cmsg). */
#define SOCK2__CMSG_HDRLEN ((size_t)CMSG_LEN(0))
/* Space one message of n data bytes takes (n checked by the caller). */
#define SOCK2__CMSG_SPACE(n) ((size_t)CMSG_SPACE(n))
/*
 * From one header to the next: cmsg_len rounded up to the alignment
 * (CMSG_ALIGN, which not every system exports: CMSG_SPACE(len) is
 * CMSG_ALIGN(header) + CMSG_ALIGN(len) everywhere).
 */
#define SOCK2__CMSG_NEXT(len)                                                 \
  ((size_t)CMSG_SPACE((len) - SOCK2__CMSG_HDRLEN) - SOCK2__CMSG_SPACE(0)      \
   + SOCK2__CMSG_HDRLEN)
/* The largest cmsg_len the header's field holds. */
#define SOCK2__CMSG_LEN_MAX                                                   \
  (sizeof(((struct cmsghdr *)0)->cmsg_len) >= sizeof(size_t)                  \
     ? SIZE_MAX                                                               \
     : (size_t)UINT_MAX)
/* The control buffer of a message. */
#define SOCK2__MSG_CONTROL(m) ((const void *)(m)->msg_control)

#endif /* SOCK2_CMSGDEFS_H */
