/* SPDX-License-Identifier: MIT */
/*
 * Winsock backend: inline hot paths (see sys-unix/sysinline.h). None yet:
 * every sock2__sys_* function is defined out of line in the .c files, as
 * no SOCK2__SYS_INLINE_* is defined in sysdefs.h. Included at the end of
 * lib/internal.h.
 */
#ifndef SOCK2_SYS_WIN32_SYSINLINE_H
#define SOCK2_SYS_WIN32_SYSINLINE_H

#endif /* SOCK2_SYS_WIN32_SYSINLINE_H */
