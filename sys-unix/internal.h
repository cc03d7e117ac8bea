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
 * setsockopt(SOL_SOCKET, name) of a classic BPF program (SO_ATTACH_FILTER,
 * SO_ATTACH_REUSEPORT_CBPF); sockopt.c, where SO_ATTACH_FILTER exists.
 */
int sock2__unix_attach_cbpf(sock2_socket_t s, int name,
                            const sock2_sock_filter_t *prog,
                            unsigned int count);
/*
 * Finish a descriptor that the OS could not flag atomically: close-on-exec,
 * non-blocking, and the SO_NOSIGPIPE default. Closes fd on failure.
 */
int sock2__unix_finish_new(int fd, int cloexec, int nonblock, int nosigpipe);

/*
 * How sends avoid SIGPIPE, most preferred first:
 *   1. MSG_NOSIGNAL on every call (Linux, the BSDs, illumos): free.
 *   2. SO_NOSIGPIPE, set when sock2_socket(), sock2_socketpair() or
 *      sock2_accept() made the socket (Apple): free here. A foreign
 *      descriptor without it can still raise SIGPIPE; that is documented
 *      in sock2/io.h.
 *   3. Neither: the SIGPIPE guard below around each send. This protects
 *      any descriptor, foreign ones included.
 * sendfile() takes no MSG_NOSIGNAL: unless the socket carries SO_NOSIGPIPE
 * (case 2), a kernel sendfile needs the guard too.
 */
#if HAVE_DECL_MSG_NOSIGNAL
# define SOCK2__NOSIGNAL_FLAG MSG_NOSIGNAL
#else
# define SOCK2__NOSIGNAL_FLAG 0
#endif
#define SOCK2__SEND_GUARD (!HAVE_DECL_MSG_NOSIGNAL && !HAVE_DECL_SO_NOSIGPIPE)
#if (defined(HAVE_SENDFILE_LINUX) || defined(HAVE_SENDFILE_BSD) ||            \
     defined(HAVE_SENDFILE_APPLE)) &&                                        \
  !(HAVE_DECL_SO_NOSIGPIPE && !HAVE_DECL_MSG_NOSIGNAL)
# define SOCK2__SENDFILE_GUARD 1
#else
# define SOCK2__SENDFILE_GUARD 0
#endif

#if SOCK2__SEND_GUARD || SOCK2__SENDFILE_GUARD
#include <signal.h>
/*
 * The SIGPIPE guard (sys-unix/sigpipe.c): around a call that may raise
 * SIGPIPE, consume the one that call raised and nothing else.
 *
 *   sock2__sigpipe_guard_t g;
 *   sock2__sigpipe_enter(&g);
 *   n = the call;
 *   sock2__sigpipe_leave(&g, whether the call may have raised SIGPIPE);
 *
 * enter() blocks SIGPIPE in the calling thread (one rt_sigprocmask) and,
 * if the caller had it blocked already, notes whether one is pending (one
 * sigpending). leave() looks for a pending SIGPIPE (one sigpending) only
 * if the call may have raised one, takes it only if it is the thread's
 * own and was not pending before, and restores the caller's mask (one
 * rt_sigprocmask, none if the caller had SIGPIPE blocked). errno is kept.
 */
typedef struct sock2__sigpipe_guard {
  sigset_t old; /* the caller's signal mask */
  int before;   /* what was pending before the call (sigpipe.c) */
} sock2__sigpipe_guard_t;
void sock2__sigpipe_enter(sock2__sigpipe_guard_t *g);
void sock2__sigpipe_leave(sock2__sigpipe_guard_t *g, int maybe_raised);
#endif

/*
 * Decode len bytes of a Linux struct tcp_info (the length the kernel
 * returned) into ti: the fields beyond len stay 0 with their present bits
 * clear (tcpinfo.c; tests/test-tcpinfo.c feeds it short replies, as an
 * older kernel gives). Only where the build has Linux's TCP_INFO.
 */
void sock2__tcp_info_from_linux(sock2_tcp_info_t *ti, const void *k,
                                size_t len);

#endif /* SOCK2_SYS_UNIX_INTERNAL_H */
