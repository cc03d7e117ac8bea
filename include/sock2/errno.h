/* SPDX-License-Identifier: MIT */
/* libsock2 error codes: one list, turned into an enum, names and text. */
#ifndef SOCK2_ERRNO_H
#define SOCK2_ERRNO_H

/*
 * Every fallible libsock2 function returns a negative SOCK2_E* code on
 * failure. On POSIX systems SOCK2_EXXX == -EXXX, so no translation happens;
 * on Windows the backend translates WSA codes to these values before
 * returning. The SOCK2_ERRNO_E* values come from the part header
 * (sock2/unix.h or sock2/win.h); they never change. The list is
 * alphabetical (the values do not depend on its order); a new code takes
 * the next unused Windows number (-4054 next).
 *
 * XX(name, text): the code is SOCK2_<name>.
 */
#define SOCK2_ERRNO_MAP(XX)                                                   \
  XX(E2BIG, "argument list too long")                                         \
  XX(EACCES, "permission denied")                                             \
  XX(EADDRINUSE, "address already in use")                                    \
  XX(EADDRNOTAVAIL, "address not available")                                  \
  XX(EAFNOSUPPORT, "address family not supported")                            \
  XX(EAGAIN, "resource temporarily unavailable")                              \
  XX(EALREADY, "connection already in progress")                              \
  XX(EBADF, "bad file descriptor")                                            \
  XX(EBUSY, "resource busy or locked")                                        \
  XX(ECANCELED, "operation canceled")                                         \
  XX(ECONNABORTED, "software caused connection abort")                        \
  XX(ECONNREFUSED, "connection refused")                                      \
  XX(ECONNRESET, "connection reset by peer")                                  \
  XX(EDESTADDRREQ, "destination address required")                            \
  XX(EEXIST, "file already exists")                                           \
  XX(EFAULT, "bad address in system call argument")                           \
  XX(EHOSTDOWN, "host is down")                                               \
  XX(EHOSTUNREACH, "host is unreachable")                                     \
  XX(EINPROGRESS, "operation in progress")                                    \
  XX(EINTR, "interrupted system call")                                        \
  XX(EINVAL, "invalid argument")                                              \
  XX(EIO, "i/o error")                                                        \
  XX(EISCONN, "socket is already connected")                                  \
  XX(ELOOP, "too many symbolic links encountered")                            \
  XX(EMFILE, "too many open files")                                           \
  XX(EMSGSIZE, "message too long")                                            \
  XX(ENAMETOOLONG, "name too long")                                           \
  XX(ENETDOWN, "network is down")                                             \
  XX(ENETRESET, "connection reset by network")                                \
  XX(ENETUNREACH, "network is unreachable")                                   \
  XX(ENFILE, "file table overflow")                                           \
  XX(ENOBUFS, "no buffer space available")                                    \
  XX(ENODEV, "no such device")                                                \
  XX(ENOENT, "no such file or directory")                                     \
  XX(ENOMEM, "not enough memory")                                             \
  XX(ENOPROTOOPT, "protocol not available")                                   \
  XX(ENOSPC, "no space left on device")                                       \
  XX(ENOSYS, "function not implemented")                                      \
  XX(ENOTCONN, "socket is not connected")                                     \
  XX(ENOTDIR, "not a directory")                                              \
  XX(ENOTSOCK, "socket operation on non-socket")                              \
  XX(ENOTSUP, "operation not supported")                                      \
  XX(ENXIO, "no such device or address")                                      \
  XX(EOVERFLOW, "value too large for defined data type")                      \
  XX(EPERM, "operation not permitted")                                        \
  XX(EPIPE, "broken pipe")                                                    \
  XX(EPROTO, "protocol error")                                                \
  XX(EPROTONOSUPPORT, "protocol not supported")                               \
  XX(EPROTOTYPE, "protocol wrong type for socket")                            \
  XX(ERANGE, "result too large")                                              \
  XX(EROFS, "read-only file system")                                          \
  XX(ESHUTDOWN, "cannot send after transport endpoint shutdown")              \
  XX(ESOCKTNOSUPPORT, "socket type not supported")                            \
  XX(ETIMEDOUT, "connection timed out")

#endif /* SOCK2_ERRNO_H */
