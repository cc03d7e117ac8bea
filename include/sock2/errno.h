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
  XX(ETIMEDOUT, "connection timed out")                                      \
  SOCK2_EAI_MAP_(XX)

/*
 * Resolver errors (sock2_resolve(), sock2_resolve_reverse(),
 * sock2_connect_host(); <sock2/resolve.h>): getaddrinfo()'s EAI_* codes,
 * each with a code of its own, the same on every platform. They live in
 * -5001..-5099, a range no errno-derived code can reach: POSIX errno
 * values are small positive numbers (Linux's largest is 133, and even the
 * kernel's internal ones stop at MAX_ERRNO 4095; the BSDs and macOS stay
 * below 200), and the Windows codes are the block -4000..-4999. EAI_SYSTEM
 * has no code: it is reported as the errno it carries (SOCK2_ENOMEM,
 * SOCK2_EMFILE, ...). EAI_ADDRFAMILY (glibc) is SOCK2_EAI_NODATA; an
 * output buffer too small (EAI_OVERFLOW) is SOCK2_ENOBUFS. New codes take
 * the next number (-5010 next).
 */
#define SOCK2_ERRNO_EAI_NONAME (-5001)
#define SOCK2_ERRNO_EAI_AGAIN (-5002)
#define SOCK2_ERRNO_EAI_FAIL (-5003)
#define SOCK2_ERRNO_EAI_NODATA (-5004)
#define SOCK2_ERRNO_EAI_BADFLAGS (-5005)
#define SOCK2_ERRNO_EAI_SERVICE (-5006)
#define SOCK2_ERRNO_EAI_FAMILY (-5007)
#define SOCK2_ERRNO_EAI_SOCKTYPE (-5008)
#define SOCK2_ERRNO_EAI_MEMORY (-5009)
#define SOCK2_EAI_MAP_(XX)                                                    \
  XX(EAI_NONAME, "host or service not known")                                 \
  XX(EAI_AGAIN, "temporary failure in name resolution")                       \
  XX(EAI_FAIL, "non-recoverable failure in name resolution")                  \
  XX(EAI_NODATA, "host has no address of the requested family")               \
  XX(EAI_BADFLAGS, "invalid resolver flags")                                  \
  XX(EAI_SERVICE, "service not available for the socket type")                \
  XX(EAI_FAMILY, "address family not supported by the resolver")             \
  XX(EAI_SOCKTYPE, "socket type not supported by the resolver")               \
  XX(EAI_MEMORY, "out of memory in the resolver")

#endif /* SOCK2_ERRNO_H */
