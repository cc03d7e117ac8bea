/* SPDX-License-Identifier: MIT */
/*
 * The seam between the portable layer (lib/) and the OS backends
 * (sys-unix/, sys-win32/). This header is the whole contract: every
 * sock2__sys_* function is declared here and each backend defines all of
 * them (a missing one fails the link).
 *
 * Rules for every sock2__sys_* function:
 *   - it makes the system call(s) named and nothing more: arguments were
 *     checked by the caller in lib/;
 *   - it returns >= 0 on success and a negative SOCK2_E* code on failure,
 *     translated from errno / WSAGetLastError() before returning;
 *   - it does not retry EINTR.
 *
 * Hot paths: a backend may define some of these functions static inline
 * in its sysinline.h, included at the end of this header, so that a
 * public function and its system call compile into one function. It says
 * which with SOCK2__SYS_INLINE_* in its sysdefs.h; the extern declarations
 * below are then skipped and the .c files leave the function out.
 */
#ifndef SOCK2_INTERNAL_H
#define SOCK2_INTERNAL_H

#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "sock2.h"
#include "sysdefs.h" /* sys-unix/sysdefs.h or sys-win32/sysdefs.h */

/*
 * For a static helper shared by several public hot paths that must be
 * inlined into each so their constant arguments fold (clang does not take
 * the plain `inline` hint for a larger body). A compiler test, not an OS
 * one.
 */
#if defined(__GNUC__)
# define SOCK2__HOT_INLINE inline __attribute__((always_inline))
#else
# define SOCK2__HOT_INLINE inline
#endif
/*
 * A condition that is almost never true: its code goes out of the
 * straight-line path (a branch not taken rather than a conditional move).
 */
#if defined(__GNUC__)
# define SOCK2__UNLIKELY(c) __builtin_expect(!!(c), 0)
#else
# define SOCK2__UNLIKELY(c) (c)
#endif

/* True when a handle cannot possibly be valid (SOCK2_EBADF, no syscall). */
#define SOCK2__BAD_SOCKET(s) ((s) == SOCK2_INVALID_SOCKET)

/*
 * A byte length or buffer size above PTRDIFF_MAX describes no C object:
 * it is a negative number converted ((size_t)-1, n - 1 with n == 0).
 * Public functions refuse it with SOCK2_EINVAL before touching memory or
 * making a system call (doc/design.md, "Lengths").
 */
#define SOCK2__BAD_LEN(n) ((size_t)(n) > (size_t)PTRDIFF_MAX)

/* Modes of sock2__sys_socket(), _socketpair() and _accept(). */
#define SOCK2__RAW 0   /* set nothing beyond what the caller's flags ask */
#define SOCK2__SAFE 1  /* add close-on-exec and no-SIGPIPE defaults */

/* ---- Creation and lifecycle -------------------------------------------- */

/*
 * socket(). type may carry SOCK2_TYPE_NONBLOCK / SOCK2_TYPE_CLOEXEC, which
 * the backend applies atomically where it can and with fcntl otherwise.
 * SOCK2__SAFE adds close-on-exec and, where sends cannot pass MSG_NOSIGNAL,
 * SO_NOSIGPIPE. On failure after creation the socket is closed.
 */
#ifndef SOCK2__SYS_INLINE_SOCKET
int sock2__sys_socket(int domain, int type, int protocol, int mode,
                      sock2_socket_t *out);
#endif
/* socketpair(), same rules; SOCK2_ENOTSUP where the OS has none. */
int sock2__sys_socketpair(int domain, int type, int protocol, int mode,
                          sock2_socket_t sv[2]);
int sock2__sys_bind(sock2_socket_t s, const struct sockaddr *sa,
                    sock2_socklen_t len);
int sock2__sys_connect(sock2_socket_t s, const struct sockaddr *sa,
                       sock2_socklen_t len);
/*
 * The whole of sock2_connect_timeout() (arguments checked, timeout > 0):
 * make s non-blocking, connect(), wait up to timeout for the outcome,
 * read SO_ERROR, put the blocking mode back. One backend function so the
 * fast path pays for the system calls and little else (see the public
 * header for the calls made and what a failed restore gives). The one
 * exception to the EINTR rule above: an interrupted wait is retried with
 * the time left.
 */
int sock2__sys_connect_timeout(sock2_socket_t s, const struct sockaddr *sa,
                               sock2_socklen_t len, sock2_duration_t timeout);
int sock2__sys_listen(sock2_socket_t s, int backlog);
/*
 * accept(). mode SOCK2__SAFE: close-on-exec, blocking. mode SOCK2__RAW:
 * flags (SOCK2_TYPE_NONBLOCK | SOCK2_TYPE_CLOEXEC) exactly, 0 meaning a
 * plain accept(). sa/len may be NULL; *len is in/out as for accept().
 * *out, sa and *len are written only on success, so lib/ may pass the
 * caller's own address storage.
 */
#ifndef SOCK2__SYS_INLINE_ACCEPT
int sock2__sys_accept(sock2_socket_t s, sock2_socket_t *out,
                      struct sockaddr *sa, sock2_socklen_t *len, int mode,
                      int flags);
#endif
int sock2__sys_getsockname(sock2_socket_t s, struct sockaddr *sa,
                           sock2_socklen_t *len);
int sock2__sys_getpeername(sock2_socket_t s, struct sockaddr *sa,
                           sock2_socklen_t *len);
/* Duplicate with close-on-exec / no-inherit. */
int sock2__sys_dup(sock2_socket_t s, sock2_socket_t *out);
int sock2__sys_nonblocking(sock2_socket_t s, int *on);
int sock2__sys_set_nonblocking(sock2_socket_t s, int on);
int sock2__sys_cloexec(sock2_socket_t s, int *on);
int sock2__sys_set_cloexec(sock2_socket_t s, int on);
/* how is SOCK2_SHUT_RD, _WR or _RDWR (already validated). */
int sock2__sys_shutdown(sock2_socket_t s, int how);
#ifndef SOCK2__SYS_INLINE_CLOSE
int sock2__sys_close(sock2_socket_t s);
#endif

/* ---- Options ------------------------------------------------------------ */

#ifndef SOCK2__SYS_INLINE_SOCKOPT
int sock2__sys_getsockopt(sock2_socket_t s, int level, int name, void *val,
                          sock2_socklen_t *len);
int sock2__sys_setsockopt(sock2_socket_t s, int level, int name,
                          const void *val, sock2_socklen_t len);
#endif
/*
 * TCP keep-alive (optsock). Sets SO_KEEPALIVE=1, then each given field:
 * time and interval are > 0 or SOCK2_DURATION_NONE (unset), retries is
 * 1..INT_MAX or -1 (unset); all checked by lib/. Converts to the OS unit
 * rounding up (seconds on POSIX: TCP_KEEPIDLE / TCP_KEEPALIVE,
 * TCP_KEEPINTVL, TCP_KEEPCNT; milliseconds for Windows'
 * SIO_KEEPALIVE_VALS). Returns SOCK2_ENOTSUP or SOCK2_ERANGE before any
 * system call if a given field cannot be applied.
 */
int sock2__sys_set_tcp_keepalive(sock2_socket_t s, sock2_duration_t time,
                                 sock2_duration_t interval, int64_t retries);
/*
 * The socket's protocol (optsock): SO_PROTOCOL on POSIX, the iProtocol of
 * SO_PROTOCOL_INFOW on Windows; SOCK2_ENOTSUP where neither exists.
 */
int sock2__sys_protocol(sock2_socket_t s, int *protocol);
/*
 * Attach a classic BPF program (optsock): SO_ATTACH_FILTER with a struct
 * sock_fprog; count is 1..65535 (checked by lib/). SOCK2_ENOTSUP where
 * the OS has no socket filters.
 */
int sock2__sys_attach_filter(sock2_socket_t s,
                             const sock2_sock_filter_t *prog,
                             unsigned int count);

/*
 * IP and IPv6 multicast membership and original destinations (optip,
 * sockopt-ip.c in each backend): the backend fills the OS request struct,
 * whose layout differs per platform. join is 1 to join (ADD / JOIN), 0 to
 * leave (DROP / LEAVE). Addresses are in network order and non-NULL; iface is
 * 4 zero bytes for "any". SOCK2_ENOTSUP where the OS lacks the request.
 */
int sock2__sys_mcast_v4(sock2_socket_t s, int join, const uint8_t group[4],
                        const uint8_t iface[4]);
/* By index (by_index 1: index) or address (by_index 0: addr). */
int sock2__sys_mcast_v4_n(sock2_socket_t s, int join, const uint8_t group[4],
                          int by_index, uint32_t index,
                          const uint8_t addr[4]);
int sock2__sys_ssm_v4(sock2_socket_t s, int join, const uint8_t source[4],
                      const uint8_t group[4], const uint8_t iface[4]);
int sock2__sys_mcast_v6(sock2_socket_t s, int join, const uint8_t group[16],
                        uint32_t index);
int sock2__sys_ssm_v6(sock2_socket_t s, int join, const uint8_t source[16],
                      const uint8_t group[16], uint32_t index);
/*
 * getsockopt(SO_ORIGINAL_DST) / (IP6T_SO_ORIGINAL_DST) into a zeroed
 * storage; *addr is written only on success, with the returned length.
 */
int sock2__sys_original_dst_v4(sock2_socket_t s, sock2_addr_t *addr);
int sock2__sys_original_dst_v6(sock2_socket_t s, sock2_addr_t *addr);

/*
 * Windows-only options (lib/opt-win.c, sys-unix/ and sys-win32/opt-win.c),
 * SOCK2_ENOTSUP elsewhere: SO_EXCLUSIVEADDRUSE set and get (on is 0 or 1;
 * the getter accepts a 1- or 4-byte reply); WSAIoctl(SIO_UDP_CONNRESET,
 * and SIO_UDP_NETRESET where defined).
 */
int sock2__sys_set_exclusive_address_use(sock2_socket_t s, int on);
int sock2__sys_exclusive_address_use(sock2_socket_t s, int *on);
int sock2__sys_set_udp_connreset(sock2_socket_t s, int on);

/* ---- Data transfer ------------------------------------------------------ */

/* len is already clamped to SOCK2__MAX_BUF_LEN; flags get no-SIGPIPE. */
#ifndef SOCK2__SYS_INLINE_SEND
sock2_ssize_t sock2__sys_send(sock2_socket_t s, const void *buf, size_t len,
                              int flags);
#endif
sock2_ssize_t sock2__sys_sendto(sock2_socket_t s, const void *buf, size_t len,
                                int flags, const struct sockaddr *sa,
                                sock2_socklen_t salen);
#ifndef SOCK2__SYS_INLINE_RECV
sock2_ssize_t sock2__sys_recv(sock2_socket_t s, void *buf, size_t len,
                              int flags);
#endif
sock2_ssize_t sock2__sys_recvfrom(sock2_socket_t s, void *buf, size_t len,
                                  int flags, struct sockaddr *sa,
                                  sock2_socklen_t *salen);
/*
 * Gather-send n buffers (n <= SOCK2__IOV_MAX, bufs non-NULL if n > 0),
 * to sa if sa is not NULL: sendmsg() (WSASend / WSASendTo). No SIGPIPE.
 */
#ifndef SOCK2__SYS_INLINE_SEND
sock2_ssize_t sock2__sys_sendv(sock2_socket_t s, const sock2_buf_t *bufs,
                               size_t n, int flags, const struct sockaddr *sa,
                               sock2_socklen_t salen);
#endif
/*
 * Scatter-receive into n buffers: recvmsg() (WSARecv / WSARecvFrom). sa and
 * salen may be NULL (no address wanted); *salen is in/out. *rflags (if
 * not NULL) receives the message flags, on success only (lib/ passes the
 * caller's own); Windows reports SOCK2_MSG_TRUNC for WSAEMSGSIZE with the
 * byte count.
 */
#ifndef SOCK2__SYS_INLINE_RECV
sock2_ssize_t sock2__sys_recvv(sock2_socket_t s, sock2_buf_t *bufs, size_t n,
                               int flags, struct sockaddr *sa,
                               sock2_socklen_t *salen, int *rflags);
#endif
/* sendmsg() of the caller's header (WSASendMsg). No SIGPIPE. */
sock2_ssize_t sock2__sys_sendmsg(sock2_socket_t s, const sock2_msg_t *msg,
                                 int flags);
/* recvmsg() of the caller's header (WSARecvMsg, or SOCK2_ENOTSUP). */
sock2_ssize_t sock2__sys_recvmsg(sock2_socket_t s, sock2_msg_t *msg,
                                 int flags);
/*
 * The sender of the next datagram without consuming it (recvfrom with
 * MSG_PEEK into a small scratch buffer; Windows: NULL/0, ignoring
 * WSAEMSGSIZE). *salen is in/out. Returns 0 or an error.
 */
int sock2__sys_peek_sender(sock2_socket_t s, struct sockaddr *sa,
                           sock2_socklen_t *salen);
/*
 * Send len bytes (0: to end of file) of file from offset on s, in the
 * kernel where possible, else one bounded read and one send. No SIGPIPE.
 */
sock2_ssize_t sock2__sys_sendfile(sock2_socket_t s, sock2_file_t file,
                                  uint64_t offset, size_t len);
/*
 * Set SO_RCVTIMEO or SO_SNDTIMEO (name): d > 0 (round up to the OS unit,
 * clamp to its largest) or SOCK2_DURATION_NONE (no timeout).
 */
int sock2__sys_set_timeout(sock2_socket_t s, int name, sock2_duration_t d);
/* Read SO_RCVTIMEO or SO_SNDTIMEO; "none" gives SOCK2_DURATION_NONE. */
int sock2__sys_timeout(sock2_socket_t s, int name, sock2_duration_t *d);

/* ---- TCP Fast Open (lib/tcp-extras.c, tcp-extras.c in each backend) ----- */

/*
 * Connect to sa and queue len bytes of buf (buf non-NULL if len > 0) in
 * the SYN: sendto(MSG_FASTOPEN), no SIGPIPE (Linux); connectx() with the
 * data (Apple); SOCK2_ENOTSUP before any call elsewhere. Returns the
 * bytes queued.
 */
sock2_ssize_t sock2__sys_connect_fastopen(sock2_socket_t s,
                                          const struct sockaddr *sa,
                                          sock2_socklen_t salen,
                                          const void *buf, size_t len);

/* ---- Time --------------------------------------------------------------- */

/*
 * (Waiting on a socket is the backend's own business: the only wait,
 * sock2_connect_timeout()'s, is inside sock2__sys_connect_timeout().)
 */
/* A monotonic clock in nanoseconds. */
int64_t sock2__sys_monotonic_ns(void);

/* ---- Errors, names, features -------------------------------------------- */

/* Translate a positive OS error number (errno or WSA code) to SOCK2_E*. */
int sock2__sys_error(int sys_error);
/*
 * The current errno (POSIX; WSAGetLastError() on Windows) translated, for
 * a call that just failed:
 * always negative (an errno of 0 there becomes SOCK2_EIO). Out of line, so
 * the inline success paths carry no __errno_location() call; the compiler
 * is told the result is negative, so a caller's "if (err != 0) return err"
 * never rejoins its success path.
 */
int sock2__sys_fail(void);
#if defined(__GNUC__)
# define SOCK2__NEGATIVE(e)                                                  \
    __extension__({                                                          \
      int e_ = (e);                                                          \
      if (e_ >= 0)                                                           \
        __builtin_unreachable();                                             \
      e_;                                                                    \
    })
#else
# define SOCK2__NEGATIVE(e) (e)
#endif
/*
 * if_nametoindex(); SOCK2_ENODEV if unknown, SOCK2_ENOTSUP if absent; a
 * resource error (SOCK2_EMFILE, _ENFILE, _ENOBUFS, _ENOMEM) when the
 * lookup could not run (POSIX: told apart with one probe socket, on the
 * failure path only).
 */
int sock2__sys_if_nametoindex(const char *name, uint32_t *index);

/* ---- Addresses (lib/addr.c) --------------------------------------------- */

/*
 * The length to hand the kernel for an address the caller passes in
 * (bind, connect, sendto, sendmsg's msg_name): SOCK2_EINVAL when addr->len
 * exceeds the storage (nothing is read past it, whatever len says); a
 * unix address longer than struct sockaddr_un cut to it (see
 * sock2__addr_len_long()); any other length as it is. The common case is
 * one comparison.
 */
int sock2__addr_len_long(const sock2_addr_t *addr);

static inline int
sock2__addr_len(const sock2_addr_t *addr)
{
  if ((size_t)addr->len <= sizeof(struct sockaddr_un))
    return (int)addr->len;
  return sock2__addr_len_long(addr);
}

/*
 * Keep a length the kernel reported for an address it wrote (accept,
 * getsockname, recvfrom) within the storage: a longer one means the
 * address was cut to the storage.
 */
#define SOCK2__CLAMP_ADDR_LEN(a)                                              \
  do {                                                                        \
    if ((size_t)(a)->len > sizeof((a)->storage))                              \
      (a)->len = (sock2_socklen_t)sizeof((a)->storage);                       \
  } while (0)

/* Zero sock2_addr_t's named tail padding, where it has one. */
#if SOCK2_ADDR_HAS_RESERVED
# define SOCK2__ADDR_ZERO_RESERVED(a) ((a)->reserved = 0)
#else
# define SOCK2__ADDR_ZERO_RESERVED(a) ((void)(a))
#endif

/* ---- Portable helpers shared across lib/ files (lib/util.c) ------------- */

/*
 * Convert a duration to whole OS units, rounding up. unit_ns is the length
 * of one unit in nanoseconds. Returns 0 with *out set, SOCK2_EINVAL for a
 * negative duration, SOCK2_ERANGE if it does not fit max_units.
 */
int sock2__duration_to_units(sock2_duration_t d, int64_t unit_ns,
                             int64_t max_units, int64_t *out);

/*
 * A growable struct (doc/design.md, "ABI rules") whose size field says
 * size: 1 if size is from min (the first version's) to max (this
 * library's sizeof) in whole units of unit bytes, and every byte from
 * offset reserved up to size (the reserved fields the caller's size
 * covers) is 0. Reads nothing past size.
 */
int sock2__growable_ok(const void *obj, size_t size, size_t min, size_t max,
                       size_t unit, size_t reserved);

/*
 * Socket-option helpers (lib/opt-common.c), for any option level. Each
 * checks the handle (SOCK2_EBADF) and, for getters, the out pointer
 * (SOCK2_EINVAL), returns SOCK2_ENOTSUP when name is a -1 sentinel, then
 * makes exactly one getsockopt() or setsockopt() with an int value.
 */
/*
 * Decode a boolean option reply: a 4-byte int or a 1-byte BOOLEAN (as
 * Winsock gives for some options), non-zero meaning true. *on gets 0 or 1.
 * SOCK2_EINVAL for any other length.
 */
int sock2__opt_decode_bool(const void *buf, sock2_socklen_t len, int *on);
/* The same for a reply read into an int (passed by value). */
int sock2__opt_decode_bool_int(int v, sock2_socklen_t len, int *on);
/* sock2__opt_set_int(), out of line: the setter's path for on > 1. */
int sock2__opt_set_int_call(sock2_socket_t s, int level, int name, int val);
static inline int sock2__opt_get_bool(sock2_socket_t s, int level, int name,
                                      int *on);
static inline int sock2__opt_set_bool(sock2_socket_t s, int level, int name,
                                      int on);
/* An int reply; 1- and 2-byte replies are widened (unsigned). */
int sock2__opt_get_int(sock2_socket_t s, int level, int name, int *val);
/* An int option from a uint32_t <= INT_MAX (SOCK2_EINVAL above). */
int sock2__opt_set_u32(sock2_socket_t s, int level, int name, uint32_t val);
/* An int option read into a uint32_t (the bits as the kernel keeps them). */
int sock2__opt_get_u32(sock2_socket_t s, int level, int name, uint32_t *val);
static inline int sock2__opt_set_int(sock2_socket_t s, int level, int name,
                                     int val);
/*
 * A short name option (a device or congestion-control name) of at most
 * max bytes, copied NUL-terminated into buf; the reply may or may not be
 * NUL-padded, the name ends at the first NUL. Returns its length,
 * SOCK2_ENOBUFS if size cannot hold it and its NUL.
 */
int sock2__opt_get_name(sock2_socket_t s, int level, int name, size_t max,
                        char *buf, size_t size);
/*
 * A fixed-size option (at most 16 bytes): the reply must be exactly size
 * bytes (SOCK2_EINVAL otherwise); out is written only on success.
 */
int sock2__opt_get_exact(sock2_socket_t s, int level, int name, void *out,
                         size_t size);

/* ---- Control messages (lib/cmsg-kinds.c, the backends' cmsg.c) ------- */

/*
 * Decoders: SOCK2_ENOENT when c is not the kind, SOCK2_EINVAL for a wrong
 * length; *out written only on success. c and out are not NULL.
 */
int sock2__sys_cmsg_get_pktinfo(const sock2_cmsg_t *c, sock2_pktinfo_t *out);
int sock2__sys_cmsg_get_creds(const sock2_cmsg_t *c, sock2_cred_t *out);
int sock2__sys_cmsg_get_timestamp(const sock2_cmsg_t *c,
                                  sock2_duration_t *ns);
int sock2__sys_cmsg_get_sock_err(const sock2_cmsg_t *c,
                                 sock2_sock_err_t *out);
/* IP_ORIGDSTADDR / IPV6_ORIGDSTADDR: exactly one sockaddr_in(6). */
int sock2__sys_cmsg_get_orig_dst(const sock2_cmsg_t *c, sock2_addr_t *out);
/*
 * Encoders: through sock2_cmsg_put(); src is NULL or of the right family
 * (checked by lib/). SOCK2_ENOTSUP where the OS has no such message.
 */
int sock2__sys_cmsg_put_pktinfo(sock2_cmsg_writer_t *w, int v6,
                                const sock2_addr_t *src, uint32_t index);
int sock2__sys_cmsg_put_creds(sock2_cmsg_writer_t *w,
                              const sock2_cred_t *cred);
/*
 * Path-MTU discovery (v6: IPPROTO_IPV6), mode already checked to be a
 * sock2_pmtudisc_t; the getter stores a SOCK2_PMTUDISC_* value.
 */
int sock2__sys_set_mtu_discover(sock2_socket_t s, int v6, int mode);
int sock2__sys_mtu_discover(sock2_socket_t s, int v6, int *mode);
/* IP_PKTINFO or, on the BSDs, IP_RECVDSTADDR and IP_RECVIF. */
int sock2__sys_set_recv_pktinfo_v4(sock2_socket_t s, int on);
int sock2__sys_recv_pktinfo_v4(sock2_socket_t s, int *on);

/* The backend's inline hot paths (sys-unix/ or sys-win32/sysinline.h). */
#include "sysinline.h"

/*
 * The boolean and int setters and the boolean getter, inline: each public
 * option function is then its checks and one system call (the -1 sentinel
 * test folds away for an option the OS has).
 */
static inline int
sock2__opt_set_int(sock2_socket_t s, int level, int name, int val)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (name < 0)
    return SOCK2_ENOTSUP;
  return sock2__sys_setsockopt(s, level, name, &val,
                               (sock2_socklen_t)sizeof(val));
}

static inline int
sock2__opt_set_bool(sock2_socket_t s, int level, int name, int on)
{
  /*
   * Normalised to 0/1: 0 and 1 pass as they are (a compare and a branch
   * not taken); anything else sets 1 out of line, where the checks are
   * the same.
   */
  if (SOCK2__UNLIKELY((unsigned int)on > 1u))
    return sock2__opt_set_int_call(s, level, name, 1);
  return sock2__opt_set_int(s, level, name, on);
}

/*
 * The boolean getter; check_len 0 (a constant) leaves out the reply-length
 * check, for options every OS answers with a whole int.
 */
static inline int
sock2__opt_get_bool_len(sock2_socket_t s, int level, int name, int *on,
                        int check_len)
{
  /*
   * One frame for the reply and the out pointer: compilers then keep the
   * pointer in memory across the call instead of a saved register. Only
   * the reported bytes of v are read.
   */
  struct {
    int v;
    sock2_socklen_t len;
    int *on;
  } r;
  int err;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (on == NULL)
    return SOCK2_EINVAL;
  if (name < 0)
    return SOCK2_ENOTSUP;
  r.len = (sock2_socklen_t)sizeof(r.v);
  r.on = on;
  err = sock2__sys_getsockopt(s, level, name, &r.v, &r.len);
  if (SOCK2__UNLIKELY(err != 0))
    return err;
  /*
   * The common reply, an int of 0 or 1, is stored as it is; any other
   * value, and a 1-byte BOOLEAN, are decoded out of line. A success
   * returns err, 0 there: the compiler then keeps the system call's
   * result as the return value.
   */
  if (check_len && SOCK2__UNLIKELY(r.len != (sock2_socklen_t)sizeof(r.v)))
    return sock2__opt_decode_bool_int(r.v, r.len, r.on);
  if (SOCK2__UNLIKELY((unsigned int)r.v > 1u))
    return sock2__opt_decode_bool_int(r.v, r.len, r.on);
  *r.on = r.v;
  return err;
}

static inline int
sock2__opt_get_bool(sock2_socket_t s, int level, int name, int *on)
{
  return sock2__opt_get_bool_len(s, level, name, on, 1);
}

/*
 * The boolean getter for IPPROTO_TCP options: without the reply-length
 * check where the OS always answers an int (SOCK2__TCP_REPLY_IS_INT,
 * sysdefs.h). The value is still normalised (FreeBSD and macOS answer
 * TCP_NODELAY with the flag bit, 4).
 */
static inline int
sock2__opt_get_tcp_bool(sock2_socket_t s, int name, int *on)
{
  return sock2__opt_get_bool_len(s, IPPROTO_TCP, name, on,
                                 !SOCK2__TCP_REPLY_IS_INT);
}

/* ---- Resolution, waiting, names (lib/resolve.c, wait.c, names.c) ------ */

/*
 * Where the backend's resolver puts its answers: sock2__resolve_add()
 * stores each address (IPv4 or IPv6 only) while n < cap and counts every
 * one in n. The backend calls it once per distinct address, in the
 * resolver's order, only after the lookup succeeded (so the caller's
 * array is untouched on every error).
 */
typedef struct sock2__resolve_out {
  sock2_addr_t *out;
  size_t cap;
  size_t n;
} sock2__resolve_out_t;
void sock2__resolve_add(sock2__resolve_out_t *o, const struct sockaddr *sa,
                        size_t len);
/*
 * getaddrinfo() (GetAddrInfoW() from UTF-8), freed before returning.
 * flags are SOCK2_RESOLVE_* (checked by lib/); family, type and protocol
 * as the hints say. EAI_* codes become SOCK2_EAI_*, EAI_SYSTEM the errno.
 */
int sock2__sys_getaddrinfo(const char *host, const char *service, int family,
                           int type, int protocol, uint32_t flags,
                           sock2__resolve_out_t *o);
/*
 * getnameinfo() (GetNameInfoW() to UTF-8) into host[hostlen] and
 * serv[servlen] (either may be NULL with 0), flags SOCK2_NAMEINFO_*.
 */
int sock2__sys_getnameinfo(const struct sockaddr *sa, sock2_socklen_t len,
                           char *host, size_t hostlen, char *serv,
                           size_t servlen, uint32_t flags);
/*
 * One poll() (WSAPoll()) over n <= INT_MAX entries, timeout_ms >= -1.
 * Returns the count ready, 0 on timeout.
 */
int sock2__sys_poll(sock2_pollfd_t *fds, size_t n, int timeout_ms);
/* Kinds of constant for sock2__sys_const_name(). */
#define SOCK2__NAME_DOMAIN 0
#define SOCK2__NAME_TYPE 1 /* the base type, flags removed */
#define SOCK2__NAME_PROTOCOL 2
#define SOCK2__NAME_LEVEL 3
#define SOCK2__NAME_OPTION 4 /* an option of level */
/* The OS's name of a constant, or NULL (no system call). */
const char *sock2__sys_const_name(int kind, int level, int value);

/* ---- Connection insight and server options (issue 11) ------------------ */

/*
 * One TCP_INFO snapshot into *ti, which is a whole sock2_tcp_info_t the
 * caller (lib/tcpinfo.c) zeroed; the backend fills the fields and
 * present bits its OS gives. One system call.
 */
int sock2__sys_tcp_info(sock2_socket_t s, sock2_tcp_info_t *ti);
/* The OS's own structure into buf; *len: in, its size; out, bytes got. */
int sock2__sys_tcp_info_raw(sock2_socket_t s, void *buf, size_t *len);
/* The peer's credentials into a whole, zeroed sock2_peer_cred_t. */
int sock2__sys_peer_cred(sock2_socket_t s, sock2_peer_cred_t *pc);
/* SO_PEERPIDFD; ENOPROTOOPT from a kernel before 6.5 is SOCK2_ENOTSUP. */
int sock2__sys_peer_pidfd(sock2_socket_t s, int *fd);
/* SO_ATTACH_REUSEPORT_CBPF with count (1..65535) instructions. */
int sock2__sys_attach_reuseport_cbpf(sock2_socket_t s,
                                     const sock2_sock_filter_t *prog,
                                     unsigned int count);
/* SO_ACCEPTFILTER; name NULL removes it (lengths already checked). */
int sock2__sys_set_accept_filter(sock2_socket_t s, const char *name,
                                 const char *arg);
/* TCP_MD5SIG for an IPv4 or IPv6 peer (checked); len 0 removes. */
int sock2__sys_set_tcp_md5sig(sock2_socket_t s, const sock2_addr_t *peer,
                              const void *key, size_t len);
/* SIO_TCP_SET_ACK_FREQUENCY (freq 1..255). */
int sock2__sys_set_tcp_ack_frequency(sock2_socket_t s, unsigned int freq);

#endif /* SOCK2_INTERNAL_H */
