/* SPDX-License-Identifier: MIT */
/* POSIX backend: getsockopt() and setsockopt(). */
#include "internal.h"

#if defined(HAVE_LINUX_FILTER_H) && defined(HAVE_STRUCT_SOCK_FPROG)
# include <linux/filter.h>
#endif

/*
 * Classic BPF programs for SO_ATTACH_FILTER: <linux/filter.h>'s types
 * where the headers have them; otherwise (musl without kernel headers)
 * the kernel's ABI layout, which is fixed.
 */
#if HAVE_DECL_SO_ATTACH_FILTER && defined(HAVE_STRUCT_SOCK_FPROG)
typedef struct sock_filter bpf_insn_t;
typedef struct sock_fprog bpf_prog_t;
#elif HAVE_DECL_SO_ATTACH_FILTER
typedef sock2_sock_filter_t bpf_insn_t;
typedef struct bpf_prog {
  unsigned short len;
  bpf_insn_t *filter;
} bpf_prog_t;
#endif

#ifndef SOCK2__SYS_INLINE_SOCKOPT /* else inline, sysinline.h */
int
sock2__sys_getsockopt(sock2_socket_t s, int level, int name, void *val,
                      sock2_socklen_t *len)
{
  return getsockopt(s, level, name, val, len) == -1 ? SOCK2__ERRNO() : 0;
}

int
sock2__sys_setsockopt(sock2_socket_t s, int level, int name, const void *val,
                      sock2_socklen_t len)
{
  return setsockopt(s, level, name, val, len) == -1 ? SOCK2__ERRNO() : 0;
}
#endif

/* ---- SOL_SOCKET and IPPROTO_TCP helpers (optsock) ------------------------ */

/* Convert a set keep-alive duration to whole seconds for an int option. */
static int
ka_secs(sock2_duration_t d, int *out)
{
  int64_t secs;
  int err = sock2__duration_to_units(d, 1000000000, INT_MAX, &secs);
  if (err != 0)
    return err;
  *out = (int)secs;
  return 0;
}

int
sock2__sys_set_tcp_keepalive(sock2_socket_t s, sock2_duration_t time,
                             sock2_duration_t interval, int64_t retries)
{
  int one = 1, idle = 0, intvl = 0, cnt = (int)retries, err;

  /* Refuse what cannot be applied before the first system call. */
  if (time != SOCK2_DURATION_NONE) {
    if (SOCK2__TCP_KEEPIDLE < 0)
      return SOCK2_ENOTSUP;
    if ((err = ka_secs(time, &idle)) != 0)
      return err;
  }
  if (interval != SOCK2_DURATION_NONE) {
    if (SOCK2__TCP_KEEPINTVL < 0)
      return SOCK2_ENOTSUP;
    if ((err = ka_secs(interval, &intvl)) != 0)
      return err;
  }
  if (retries != -1 && SOCK2__TCP_KEEPCNT < 0)
    return SOCK2_ENOTSUP;

  if (setsockopt(s, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof(one)) == -1)
    return SOCK2__ERRNO();
  /*
   * The idle time: TCP_KEEPIDLE, or TCP_KEEPALIVE on Apple (the ladder is
   * in SOCK2__TCP_KEEPIDLE, sysdefs.h).
   */
  if (time != SOCK2_DURATION_NONE &&
      setsockopt(s, IPPROTO_TCP, SOCK2__TCP_KEEPIDLE, &idle, sizeof(idle)) ==
          -1)
    return SOCK2__ERRNO();
  if (interval != SOCK2_DURATION_NONE &&
      setsockopt(s, IPPROTO_TCP, SOCK2__TCP_KEEPINTVL, &intvl,
                 sizeof(intvl)) == -1)
    return SOCK2__ERRNO();
  if (retries != -1 &&
      setsockopt(s, IPPROTO_TCP, SOCK2__TCP_KEEPCNT, &cnt, sizeof(cnt)) == -1)
    return SOCK2__ERRNO();
  return 0;
}

int
sock2__sys_protocol(sock2_socket_t s, int *protocol)
{
#if HAVE_DECL_SO_PROTOCOL
  int v = 0;
  socklen_t len = sizeof(v);

  if (getsockopt(s, SOL_SOCKET, SO_PROTOCOL, &v, &len) == -1)
    return SOCK2__ERRNO();
  *protocol = v;
  return 0;
#else
  (void)s;
  (void)protocol;
  return SOCK2_ENOTSUP;
#endif
}

#if HAVE_DECL_SO_ATTACH_FILTER
/* Attach a classic BPF program with option name (tcpinfo.c uses it too). */
int
sock2__unix_attach_cbpf(sock2_socket_t s, int name,
                        const sock2_sock_filter_t *prog, unsigned int count)
{
  bpf_prog_t fp;

  /* sock2_sock_filter_t must be struct sock_filter, byte for byte. */
  typedef char layout_check[(sizeof(sock2_sock_filter_t) ==
                                     sizeof(bpf_insn_t) &&
                                 offsetof(sock2_sock_filter_t, k) ==
                                     offsetof(bpf_insn_t, k))
                                ? 1
                                : -1];
  (void)sizeof(layout_check);
  memset(&fp, 0, sizeof(fp));
  fp.len = (unsigned short)count;
  /* The kernel only reads the program; sock_fprog just lacks const. */
  fp.filter = (bpf_insn_t *)(uintptr_t)prog;
  if (setsockopt(s, SOL_SOCKET, name, &fp, sizeof(fp)) == -1)
    return SOCK2__ERRNO();
  return 0;
}
#endif

int
sock2__sys_attach_filter(sock2_socket_t s, const sock2_sock_filter_t *prog,
                         unsigned int count)
{
#if HAVE_DECL_SO_ATTACH_FILTER
  return sock2__unix_attach_cbpf(s, SO_ATTACH_FILTER, prog, count);
#else
  (void)s;
  (void)prog;
  (void)count;
  return SOCK2_ENOTSUP;
#endif
}
