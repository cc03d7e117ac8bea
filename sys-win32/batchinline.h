/* SPDX-License-Identifier: MIT */
/*
 * Winsock backend: no inline batch calls (the loops are out of line, in
 * sys-win32/batch.c); twin of sys-unix/batchinline.h.
 */
#ifndef SOCK2_SYS_WIN32_BATCHINLINE_H
#define SOCK2_SYS_WIN32_BATCHINLINE_H
#endif /* SOCK2_SYS_WIN32_BATCHINLINE_H */
