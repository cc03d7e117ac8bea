/* SPDX-License-Identifier: MIT */
/*
 * Typed control messages and the receive options that ask for them. The
 * kinds whose payload is a plain int or byte are here; those with an OS
 * structure go through the backend (lib/cmsg-sys.h). Every decoder reads
 * the payload with memcpy and writes its output only on success.
 */
#include "cmsg-sys.h"

/* c is level/type (a -1 type never matches: the OS lacks the kind). */
#define IS(c, lvl, typ)                                                      \
  ((typ) >= 0 && (c)->level == (lvl) && (c)->type == (typ))

/* An int payload, or a single byte (unsigned), as the OS sent it. */
static int
int_or_byte(const sock2_cmsg_t *c, int *out)
{
  if (c->len == sizeof(int)) {
    memcpy(out, c->data, sizeof(int));
    return 0;
  }
  if (c->len == 1) {
    *out = *(const unsigned char *)c->data;
    return 0;
  }
  return SOCK2_EINVAL;
}

static int
put_int(sock2_cmsg_writer_t *w, int level, int type, int v)
{
  if (w == NULL)
    return SOCK2_EINVAL;
  if (type < 0)
    return SOCK2_ENOTSUP;
  return sock2_cmsg_put(w, level, type, &v, sizeof(v));
}

/* ---- Descriptors -------------------------------------------------------- */

int
sock2_cmsg_put_rights(sock2_cmsg_writer_t *w, const int *fds, size_t n)
{
  if (w == NULL || (fds == NULL && n > 0))
    return SOCK2_EINVAL;
  if (SOCK2__CM_SCM_RIGHTS < 0)
    return SOCK2_ENOTSUP;
  if (n > (size_t)PTRDIFF_MAX / sizeof(int))
    return SOCK2_ENOBUFS;
  return sock2_cmsg_put(w, SOCK2__CM_LEVEL_SOCKET, SOCK2__CM_SCM_RIGHTS, fds,
                        n * sizeof(int));
}

int
sock2_cmsg_get_rights(const sock2_cmsg_t *c, int *fds, size_t cap)
{
  size_t n;

  if (c == NULL || fds == NULL)
    return SOCK2_EINVAL;
  if (!IS(c, SOCK2__CM_LEVEL_SOCKET, SOCK2__CM_SCM_RIGHTS))
    return SOCK2_ENOENT;
  if (c->len % sizeof(int) != 0 || (c->len > 0 && c->data == NULL))
    return SOCK2_EINVAL;
  n = c->len / sizeof(int);
  if (n > (size_t)INT32_MAX)
    return SOCK2_EINVAL;
  if (n > cap)
    return SOCK2_ENOBUFS;
  if (n > 0)
    memcpy(fds, c->data, n * sizeof(int));
  return (int)n;
}

/*
 * Each descriptor of each SCM_RIGHTS (and SCM_PIDFD) message of msg:
 * closed (close) or marked close-on-exec. Returns how many.
 */
static int
each_fd(const sock2_msg_t *msg, int close_them)
{
  sock2_cmsg_iter_t it;
  sock2_cmsg_t c;
  int done = 0;

  if (sock2_cmsg_iter_init(&it, msg) != 0)
    return SOCK2_EINVAL;
  while (sock2_cmsg_next(&it, &c) == 1) {
    size_t i, n;
    if (!IS(&c, SOCK2__CM_LEVEL_SOCKET, SOCK2__CM_SCM_RIGHTS)
        && !IS(&c, SOCK2__CM_LEVEL_SOCKET, SOCK2__CM_SCM_PIDFD))
      continue;
    /* A message cut by MSG_CTRUNC: the whole descriptors that are there. */
    n = c.len / sizeof(int);
    for (i = 0; i < n; i++) {
      int fd;
      memcpy(&fd, (const unsigned char *)c.data + i * sizeof(int),
             sizeof(fd));
      if (fd < 0)
        continue;
      if (close_them)
        (void)sock2__sys_close((sock2_socket_t)fd);
      else
        (void)sock2__sys_set_cloexec((sock2_socket_t)fd, 1);
      if (done < INT32_MAX)
        done++;
    }
  }
  return done;
}

int
sock2_cmsg_close_rights(const sock2_msg_t *msg)
{
  if (msg == NULL)
    return SOCK2_EINVAL;
  if (SOCK2__CM_SCM_RIGHTS < 0)
    return 0;
  return each_fd(msg, 1);
}

int
sock2__cmsg_recvmsg_cloexec(sock2_msg_t *msg)
{
  /* Where MSG_CMSG_CLOEXEC exists the kernel did it atomically. */
  if (SOCK2__CM_MSG_CMSG_CLOEXEC != 0 || SOCK2__CM_SCM_RIGHTS < 0)
    return 0;
  return each_fd(msg, 0);
}

/* ---- Credentials -------------------------------------------------------- */

int
sock2_cmsg_put_creds(sock2_cmsg_writer_t *w, const sock2_cred_t *cred)
{
  if (w == NULL || cred == NULL)
    return SOCK2_EINVAL;
  return sock2__sys_cmsg_put_creds(w, cred);
}

int
sock2_cmsg_get_creds(const sock2_cmsg_t *c, sock2_cred_t *out)
{
  if (c == NULL || out == NULL || (c->len > 0 && c->data == NULL))
    return SOCK2_EINVAL;
  return sock2__sys_cmsg_get_creds(c, out);
}

/* ---- Packet information ------------------------------------------------- */

int
sock2_cmsg_get_pktinfo(const sock2_cmsg_t *c, sock2_pktinfo_t *out)
{
  if (c == NULL || out == NULL || (c->len > 0 && c->data == NULL))
    return SOCK2_EINVAL;
  return sock2__sys_cmsg_get_pktinfo(c, out);
}

static int
put_pktinfo(sock2_cmsg_writer_t *w, int v6, const sock2_addr_t *src,
            uint32_t index)
{
  if (w == NULL)
    return SOCK2_EINVAL;
  if (src != NULL) {
    int want = v6 ? SOCK2_DOMAIN_IPV6 : SOCK2_DOMAIN_IPV4;
    if (sock2_addr_domain(src) != want || sock2__addr_len(src) < 0)
      return SOCK2_EINVAL;
  }
  return sock2__sys_cmsg_put_pktinfo(w, v6, src, index);
}

int
sock2_cmsg_put_pktinfo_v4(sock2_cmsg_writer_t *w, const sock2_addr_t *src,
                          uint32_t index)
{
  return put_pktinfo(w, 0, src, index);
}

int
sock2_cmsg_put_pktinfo_v6(sock2_cmsg_writer_t *w, const sock2_addr_t *src,
                          uint32_t index)
{
  return put_pktinfo(w, 1, src, index);
}

/* ---- TTL and hop limit -------------------------------------------------- */

int
sock2_cmsg_put_ttl_v4(sock2_cmsg_writer_t *w, int ttl)
{
  if (ttl < 0 || ttl > 255)
    return SOCK2_EINVAL;
  return put_int(w, SOCK2__LEVEL_IP, SOCK2__CM_IP_TTL, ttl);
}

int
sock2_cmsg_get_ttl(const sock2_cmsg_t *c, int *ttl)
{
  int v = 0, err;

  if (c == NULL || ttl == NULL || (c->len > 0 && c->data == NULL))
    return SOCK2_EINVAL;
  if (!IS(c, SOCK2__LEVEL_IP, SOCK2__CM_IP_TTL)
      && !IS(c, SOCK2__LEVEL_IP, SOCK2__CM_TTL_BSD))
    return SOCK2_ENOENT;
  err = int_or_byte(c, &v);
  if (err != 0)
    return err;
  if (v < 0 || v > 255)
    return SOCK2_EINVAL;
  *ttl = v;
  return 0;
}

int
sock2_cmsg_put_hoplimit_v6(sock2_cmsg_writer_t *w, int hops)
{
  if (hops < -1 || hops > 255)
    return SOCK2_EINVAL;
  return put_int(w, SOCK2__LEVEL_IPV6, SOCK2__CM_IPV6_HOPLIMIT, hops);
}

int
sock2_cmsg_get_hoplimit(const sock2_cmsg_t *c, int *hops)
{
  int v = 0, err;

  if (c == NULL || hops == NULL || (c->len > 0 && c->data == NULL))
    return SOCK2_EINVAL;
  if (!IS(c, SOCK2__LEVEL_IPV6, SOCK2__CM_IPV6_HOPLIMIT))
    return SOCK2_ENOENT;
  err = int_or_byte(c, &v);
  if (err != 0)
    return err;
  if (v < 0 || v > 255)
    return SOCK2_EINVAL;
  *hops = v;
  return 0;
}

/* ---- TOS, traffic class, ECN -------------------------------------------- */

int
sock2_cmsg_put_tos_v4(sock2_cmsg_writer_t *w, int tos)
{
  if (tos < 0 || tos > 255)
    return SOCK2_EINVAL;
  /* Windows takes no IP_TOS message (sysdefs: -1 there). */
  if (SOCK2__CM_IP_ECN >= 0)
    return w == NULL ? SOCK2_EINVAL : SOCK2_ENOTSUP;
  return put_int(w, SOCK2__LEVEL_IP, SOCK2__CM_IP_TOS, tos);
}

int
sock2_cmsg_put_tclass_v6(sock2_cmsg_writer_t *w, int tclass)
{
  if (tclass < -1 || tclass > 255)
    return SOCK2_EINVAL;
  if (SOCK2__CM_IPV6_ECN >= 0)
    return w == NULL ? SOCK2_EINVAL : SOCK2_ENOTSUP;
  return put_int(w, SOCK2__LEVEL_IPV6, SOCK2__CM_IPV6_TCLASS, tclass);
}

int
sock2_cmsg_put_ecn_v4(sock2_cmsg_writer_t *w, int ecn)
{
  if (ecn < 0 || ecn > 3)
    return SOCK2_EINVAL;
  if (SOCK2__CM_IP_ECN >= 0)
    return put_int(w, SOCK2__LEVEL_IP, SOCK2__CM_IP_ECN, ecn);
  return put_int(w, SOCK2__LEVEL_IP, SOCK2__CM_IP_TOS, ecn);
}

int
sock2_cmsg_put_ecn_v6(sock2_cmsg_writer_t *w, int ecn)
{
  if (ecn < 0 || ecn > 3)
    return SOCK2_EINVAL;
  if (SOCK2__CM_IPV6_ECN >= 0)
    return put_int(w, SOCK2__LEVEL_IPV6, SOCK2__CM_IPV6_ECN, ecn);
  return put_int(w, SOCK2__LEVEL_IPV6, SOCK2__CM_IPV6_TCLASS, ecn);
}

int
sock2_cmsg_get_tos(const sock2_cmsg_t *c, int *tos)
{
  int v = 0, err;

  if (c == NULL || tos == NULL || (c->len > 0 && c->data == NULL))
    return SOCK2_EINVAL;
  if (IS(c, SOCK2__LEVEL_IP, SOCK2__CM_IP_TOS)
      || IS(c, SOCK2__LEVEL_IP, SOCK2__CM_TOS_BSD)
      || IS(c, SOCK2__LEVEL_IPV6, SOCK2__CM_IPV6_TCLASS)) {
    err = int_or_byte(c, &v);
    if (err == 0 && (v < 0 || v > 255))
      err = SOCK2_EINVAL;
  } else if (IS(c, SOCK2__LEVEL_IP, SOCK2__CM_IP_ECN)
             || IS(c, SOCK2__LEVEL_IPV6, SOCK2__CM_IPV6_ECN)) {
    err = int_or_byte(c, &v);
    if (err == 0 && (v < 0 || v > 3))
      err = SOCK2_EINVAL;
  } else {
    return SOCK2_ENOENT;
  }
  if (err != 0)
    return err;
  *tos = v;
  return 0;
}

int
sock2_cmsg_get_ecn(const sock2_cmsg_t *c, int *ecn)
{
  int v = 0, err;

  if (ecn == NULL)
    return SOCK2_EINVAL;
  err = sock2_cmsg_get_tos(c, &v);
  if (err != 0)
    return err;
  *ecn = v & 3;
  return 0;
}

/* ---- Timestamps and the error queue ------------------------------------- */

int
sock2_cmsg_get_timestamp(const sock2_cmsg_t *c, sock2_duration_t *ns)
{
  if (c == NULL || ns == NULL || (c->len > 0 && c->data == NULL))
    return SOCK2_EINVAL;
  return sock2__sys_cmsg_get_timestamp(c, ns);
}

int
sock2_cmsg_get_sock_err(const sock2_cmsg_t *c, sock2_sock_err_t *out)
{
  if (c == NULL || out == NULL || (c->len > 0 && c->data == NULL))
    return SOCK2_EINVAL;
  return sock2__sys_cmsg_get_sock_err(c, out);
}

int
sock2_cmsg_get_orig_dst(const sock2_cmsg_t *c, sock2_addr_t *out)
{
  if (c == NULL || out == NULL || (c->len > 0 && c->data == NULL))
    return SOCK2_EINVAL;
  return sock2__sys_cmsg_get_orig_dst(c, out);
}

/* ---- Receive options ---------------------------------------------------- */

/* A "receive ancillary data" flag: a value > 0 reads as 1. */
static int
get_positive(sock2_socket_t s, int level, int name, int *on)
{
  int v = 0, err;

  err = sock2__opt_get_int(s, level, name, on == NULL ? NULL : &v);
  if (err != 0)
    return err;
  *on = v > 0;
  return 0;
}

int
sock2_set_recv_pktinfo_v4(sock2_socket_t s, int on)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  return sock2__sys_set_recv_pktinfo_v4(s, on);
}

int
sock2_recv_pktinfo_v4(sock2_socket_t s, int *on)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (on == NULL)
    return SOCK2_EINVAL;
  return sock2__sys_recv_pktinfo_v4(s, on);
}

int
sock2_set_recv_pktinfo_v6(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, SOCK2__LEVEL_IPV6,
                             SOCK2__CM_OPT_IPV6_RECVPKTINFO, on);
}

int
sock2_recv_pktinfo_v6(sock2_socket_t s, int *on)
{
  return get_positive(s, SOCK2__LEVEL_IPV6, SOCK2__CM_OPT_IPV6_RECVPKTINFO,
                      on);
}

int
sock2_set_recv_ttl_v4(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, SOCK2__LEVEL_IP, SOCK2__CM_OPT_IP_RECVTTL,
                             on);
}

int
sock2_recv_ttl_v4(sock2_socket_t s, int *on)
{
  return get_positive(s, SOCK2__LEVEL_IP, SOCK2__CM_OPT_IP_RECVTTL, on);
}

int
sock2_set_recv_err_v4(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, SOCK2__LEVEL_IP, SOCK2__CM_OPT_IP_RECVERR,
                             on);
}

int
sock2_recv_err_v4(sock2_socket_t s, int *on)
{
  return get_positive(s, SOCK2__LEVEL_IP, SOCK2__CM_OPT_IP_RECVERR, on);
}

int
sock2_set_recv_err_v6(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, SOCK2__LEVEL_IPV6,
                             SOCK2__CM_OPT_IPV6_RECVERR, on);
}

int
sock2_recv_err_v6(sock2_socket_t s, int *on)
{
  return get_positive(s, SOCK2__LEVEL_IPV6, SOCK2__CM_OPT_IPV6_RECVERR, on);
}

int
sock2_set_timestamp_ns(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, SOCK2__CM_LEVEL_SOCKET,
                             SOCK2__CM_OPT_SO_TIMESTAMPNS, on);
}

int
sock2_timestamp_ns(sock2_socket_t s, int *on)
{
  return get_positive(s, SOCK2__CM_LEVEL_SOCKET,
                      SOCK2__CM_OPT_SO_TIMESTAMPNS, on);
}

int
sock2_set_timestamp(sock2_socket_t s, int on)
{
  return sock2__opt_set_bool(s, SOCK2__CM_LEVEL_SOCKET,
                             SOCK2__CM_OPT_SO_TIMESTAMP, on);
}

int
sock2_timestamp(sock2_socket_t s, int *on)
{
  return get_positive(s, SOCK2__CM_LEVEL_SOCKET, SOCK2__CM_OPT_SO_TIMESTAMP,
                      on);
}

static int
set_pmtu(sock2_socket_t s, int v6, sock2_pmtudisc_t mode)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if ((int)mode < SOCK2_PMTUDISC_DONT || (int)mode > SOCK2_PMTUDISC_PROBE)
    return SOCK2_EINVAL;
  return sock2__sys_set_mtu_discover(s, v6, (int)mode);
}

static int
get_pmtu(sock2_socket_t s, int v6, int *mode)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (mode == NULL)
    return SOCK2_EINVAL;
  return sock2__sys_mtu_discover(s, v6, mode);
}

int
sock2_set_mtu_discover_v4(sock2_socket_t s, sock2_pmtudisc_t mode)
{
  return set_pmtu(s, 0, mode);
}

int
sock2_mtu_discover_v4(sock2_socket_t s, int *mode)
{
  return get_pmtu(s, 0, mode);
}

int
sock2_set_mtu_discover_v6(sock2_socket_t s, sock2_pmtudisc_t mode)
{
  return set_pmtu(s, 1, mode);
}

int
sock2_mtu_discover_v6(sock2_socket_t s, int *mode)
{
  return get_pmtu(s, 1, mode);
}

int
sock2_mtu_v4(sock2_socket_t s, int *mtu)
{
  return sock2__opt_get_int(s, SOCK2__LEVEL_IP, SOCK2__CM_OPT_IP_MTU, mtu);
}

int
sock2_mtu_v6(sock2_socket_t s, int *mtu)
{
  return sock2__opt_get_int(s, SOCK2__LEVEL_IPV6, SOCK2__CM_OPT_IPV6_MTU,
                            mtu);
}
