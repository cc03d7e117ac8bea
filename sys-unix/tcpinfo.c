/* SPDX-License-Identifier: MIT */
/*
 * POSIX backend: TCP_INFO snapshots, peer credentials, and the server
 * options that take a structure (reuseport BPF, accept filters, MD5
 * keys). One #if ladder per function, most preferred first, ending in
 * SOCK2_ENOTSUP.
 */
#include "internal.h"
#include "sysdefs-server.h"

#include <limits.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#ifdef HAVE_SYS_UCRED_H
# include <sys/ucred.h>
#endif

/* ---- TCP_INFO ------------------------------------------------------------ */

/*
 * Linux's struct tcp_info, the kernel's ABI as of Linux 6.2 (fields are
 * only ever appended). The C library's <netinet/tcp.h> declares only a
 * prefix of it (glibc's stops at tcpi_total_retrans) and the build's
 * kernel headers may be older than the running kernel, so the library
 * reads into a buffer larger than any kernel's struct and decides which
 * fields it got from the length the kernel returns. FreeBSD has a
 * struct tcp_info of the same name and another layout, and no feature
 * test tells the two apart: hence __linux__.
 */
#if HAVE_DECL_TCP_INFO && defined(__linux__)
# define SOCK2__TCP_INFO_LINUX 1
typedef struct linux_tcp_info {
  uint8_t state, ca_state, retransmits, probes, backoff, options;
  uint8_t snd_wscale : 4, rcv_wscale : 4;
  uint8_t app_limited : 1, fastopen_client_fail : 2;
  uint32_t rto, ato, snd_mss, rcv_mss;
  uint32_t unacked, sacked, lost, retrans, fackets;
  uint32_t last_data_sent, last_ack_sent, last_data_recv, last_ack_recv;
  uint32_t pmtu, rcv_ssthresh, rtt, rttvar, snd_ssthresh, snd_cwnd, advmss,
    reordering;
  uint32_t rcv_rtt, rcv_space;
  uint32_t total_retrans;
  uint64_t pacing_rate, max_pacing_rate, bytes_acked, bytes_received;
  uint32_t segs_out, segs_in;
  uint32_t notsent_bytes, min_rtt, data_segs_in, data_segs_out;
  uint64_t delivery_rate;
  uint64_t busy_time, rwnd_limited, sndbuf_limited;
  uint32_t delivered, delivered_ce;
  uint64_t bytes_sent, bytes_retrans;
  uint32_t dsack_dups, reord_seen;
  uint32_t rcv_ooopack;
  uint32_t snd_wnd;
  uint32_t rcv_wnd;
  uint32_t rehash;
} linux_tcp_info;

/* The kernel's offsets, checked at build time. */
typedef char linux_tcp_info_check[(offsetof(linux_tcp_info, rto) == 8 &&
                                   offsetof(linux_tcp_info, pmtu) == 60 &&
                                   offsetof(linux_tcp_info, total_retrans) ==
                                     100 &&
                                   offsetof(linux_tcp_info, bytes_acked) ==
                                     120 &&
                                   offsetof(linux_tcp_info, delivery_rate) ==
                                     160 &&
                                   offsetof(linux_tcp_info, bytes_sent) ==
                                     200 &&
                                   offsetof(linux_tcp_info, snd_wnd) == 228 &&
                                   sizeof(linux_tcp_info) == 240)
                                    ? 1
                                    : -1];

/* Whether the kernel's reply of len bytes covers field f. */
# define GOT(len, f)                                                          \
    ((len) >= offsetof(linux_tcp_info, f) + sizeof(((linux_tcp_info *)0)->f))

/* Linux's TCP_* state numbers (include/net/tcp_states.h). */
static uint32_t
linux_state(unsigned int st)
{
  static const unsigned char map[] = {
    SOCK2_TCP_STATE_UNKNOWN,      SOCK2_TCP_STATE_ESTABLISHED,
    SOCK2_TCP_STATE_SYN_SENT,     SOCK2_TCP_STATE_SYN_RECEIVED,
    SOCK2_TCP_STATE_FIN_WAIT_1,   SOCK2_TCP_STATE_FIN_WAIT_2,
    SOCK2_TCP_STATE_TIME_WAIT,    SOCK2_TCP_STATE_CLOSED,
    SOCK2_TCP_STATE_CLOSE_WAIT,   SOCK2_TCP_STATE_LAST_ACK,
    SOCK2_TCP_STATE_LISTEN,       SOCK2_TCP_STATE_CLOSING,
    SOCK2_TCP_STATE_SYN_RECEIVED, /* TCP_NEW_SYN_RECV */
    SOCK2_TCP_STATE_CLOSED,       /* TCP_BOUND_INACTIVE (6.7) */
  };
  return st < sizeof(map) ? map[st] : SOCK2_TCP_STATE_UNKNOWN;
}

/* Segments times the MSS, in bytes, saturating. */
static uint32_t
seg_bytes(uint32_t segs, uint32_t mss)
{
  uint64_t b = (uint64_t)segs * mss;
  return b > UINT32_MAX ? UINT32_MAX : (uint32_t)b;
}

void
sock2__tcp_info_from_linux(sock2_tcp_info_t *ti, const void *raw, size_t len)
{
  const linux_tcp_info *k = (const linux_tcp_info *)raw;

  if (GOT(len, options)) {
    ti->state = linux_state(k->state);
    ti->retransmits = k->retransmits;
    /* The portable bits are Linux's low six. */
    ti->options = k->options & 0x3fu;
    ti->present |= SOCK2_TCPI_STATE | SOCK2_TCPI_RETRANSMITS |
                   SOCK2_TCPI_OPTIONS;
  }
  if (len >= 7) {
    ti->snd_wscale = k->snd_wscale;
    ti->rcv_wscale = k->rcv_wscale;
    ti->present |= SOCK2_TCPI_SND_WSCALE | SOCK2_TCPI_RCV_WSCALE;
  }
  if (GOT(len, rcv_mss)) {
    ti->rto = SOCK2_USEC((int64_t)k->rto);
    ti->snd_mss = k->snd_mss;
    ti->rcv_mss = k->rcv_mss;
    ti->present |= SOCK2_TCPI_RTO | SOCK2_TCPI_SND_MSS | SOCK2_TCPI_RCV_MSS;
  }
  if (GOT(len, lost)) {
    ti->unacked = k->unacked;
    ti->lost = k->lost;
    ti->present |= SOCK2_TCPI_UNACKED | SOCK2_TCPI_LOST;
  }
  if (GOT(len, snd_cwnd)) {
    ti->pmtu = k->pmtu;
    ti->rtt = SOCK2_USEC((int64_t)k->rtt);
    ti->rttvar = SOCK2_USEC((int64_t)k->rttvar);
    /* TCP_INFINITE_SSTHRESH: no threshold yet. */
    ti->snd_ssthresh = k->snd_ssthresh >= 0x7fffffffu
                         ? UINT32_MAX
                         : seg_bytes(k->snd_ssthresh, k->snd_mss);
    ti->snd_cwnd = seg_bytes(k->snd_cwnd, k->snd_mss);
    ti->present |= SOCK2_TCPI_PMTU | SOCK2_TCPI_RTT | SOCK2_TCPI_RTTVAR |
                   SOCK2_TCPI_SND_SSTHRESH | SOCK2_TCPI_SND_CWND;
  }
  if (GOT(len, total_retrans)) {
    ti->total_retrans = k->total_retrans;
    ti->present |= SOCK2_TCPI_TOTAL_RETRANS;
  }
  if (GOT(len, bytes_received)) { /* Linux 4.1 */
    ti->bytes_acked = k->bytes_acked;
    ti->bytes_received = k->bytes_received;
    ti->present |= SOCK2_TCPI_BYTES_ACKED | SOCK2_TCPI_BYTES_RECEIVED;
  }
  if (GOT(len, segs_in)) { /* Linux 4.2 */
    ti->segs_out = k->segs_out;
    ti->segs_in = k->segs_in;
    ti->present |= SOCK2_TCPI_SEGS_OUT | SOCK2_TCPI_SEGS_IN;
  }
  /* Linux 4.6; ~0 means no sample yet. */
  if (GOT(len, min_rtt) && k->min_rtt != UINT32_MAX) {
    ti->min_rtt = SOCK2_USEC((int64_t)k->min_rtt);
    ti->present |= SOCK2_TCPI_MIN_RTT;
  }
  if (GOT(len, delivery_rate)) { /* Linux 4.9 */
    ti->delivery_rate = k->delivery_rate;
    ti->present |= SOCK2_TCPI_DELIVERY_RATE;
  }
  if (GOT(len, bytes_retrans)) { /* Linux 4.19 */
    ti->bytes_sent = k->bytes_sent;
    ti->bytes_retrans = k->bytes_retrans;
    ti->present |= SOCK2_TCPI_BYTES_SENT | SOCK2_TCPI_BYTES_RETRANS;
  }
  if (GOT(len, snd_wnd)) { /* Linux 5.4 */
    ti->snd_wnd = k->snd_wnd;
    ti->present |= SOCK2_TCPI_SND_WND;
  }
  if (GOT(len, rcv_wnd)) { /* Linux 6.2 */
    ti->rcv_wnd = k->rcv_wnd;
    ti->present |= SOCK2_TCPI_RCV_WND;
  }
}
#elif HAVE_DECL_TCP_INFO && defined(HAVE_STRUCT_TCP_INFO_TCPI_SND_REXMITPACK)
/* FreeBSD: tcpi_snd_rexmitpack is its own member. */
# define SOCK2__TCP_INFO_FREEBSD 1
#elif HAVE_DECL_TCP_CONNECTION_INFO
# define SOCK2__TCP_INFO_APPLE 1
#endif

/* A BSD TCPS_* state: the same numbers as SOCK2_TCP_STATE_*. */
#if defined(SOCK2__TCP_INFO_FREEBSD) || defined(SOCK2__TCP_INFO_APPLE)
static uint32_t
bsd_state(unsigned int st)
{
  return st <= SOCK2_TCP_STATE_TIME_WAIT ? st : SOCK2_TCP_STATE_UNKNOWN;
}
#endif

int
sock2__sys_tcp_info(sock2_socket_t s, sock2_tcp_info_t *ti)
{
#if defined(SOCK2__TCP_INFO_LINUX)
  /* Room beyond any kernel's struct: 280 bytes on Linux 6.18. */
  union {
    linux_tcp_info k;
    unsigned char b[512];
  } u;
  socklen_t len = (socklen_t)sizeof(u);

  (void)sizeof(linux_tcp_info_check);
  memset(&u, 0, sizeof(u));
  if (getsockopt(s, IPPROTO_TCP, TCP_INFO, &u, &len) == -1)
    return SOCK2__ERRNO();
  sock2__tcp_info_from_linux(ti, &u.k, (size_t)len);
  return 0;
#elif defined(SOCK2__TCP_INFO_FREEBSD)
  struct tcp_info k;
  socklen_t len = (socklen_t)sizeof(k);

  memset(&k, 0, sizeof(k));
  if (getsockopt(s, IPPROTO_TCP, TCP_INFO, &k, &len) == -1)
    return SOCK2__ERRNO();
  ti->state = bsd_state(k.tcpi_state);
  ti->options = k.tcpi_options & 0x0fu;
  ti->snd_wscale = k.tcpi_snd_wscale;
  ti->rcv_wscale = k.tcpi_rcv_wscale;
  ti->rto = SOCK2_USEC((int64_t)k.tcpi_rto);
  ti->rtt = SOCK2_USEC((int64_t)k.tcpi_rtt);
  ti->rttvar = SOCK2_USEC((int64_t)k.tcpi_rttvar);
  ti->snd_ssthresh = k.tcpi_snd_ssthresh;
  ti->snd_cwnd = k.tcpi_snd_cwnd;
  ti->snd_mss = k.tcpi_snd_mss;
  ti->rcv_mss = k.tcpi_rcv_mss;
  ti->snd_wnd = k.tcpi_snd_wnd;
  ti->total_retrans = k.tcpi_snd_rexmitpack;
  ti->present = SOCK2_TCPI_STATE | SOCK2_TCPI_OPTIONS |
                SOCK2_TCPI_SND_WSCALE | SOCK2_TCPI_RCV_WSCALE |
                SOCK2_TCPI_RTO | SOCK2_TCPI_RTT | SOCK2_TCPI_RTTVAR |
                SOCK2_TCPI_SND_SSTHRESH | SOCK2_TCPI_SND_CWND |
                SOCK2_TCPI_SND_MSS | SOCK2_TCPI_RCV_MSS | SOCK2_TCPI_SND_WND |
                SOCK2_TCPI_TOTAL_RETRANS;
  return 0;
#elif defined(SOCK2__TCP_INFO_APPLE)
  struct tcp_connection_info k;
  socklen_t len = (socklen_t)sizeof(k);

  memset(&k, 0, sizeof(k));
  if (getsockopt(s, IPPROTO_TCP, TCP_CONNECTION_INFO, &k, &len) == -1)
    return SOCK2__ERRNO();
  /* Apple reports times in milliseconds and windows in bytes. */
  ti->state = bsd_state(k.tcpi_state);
  ti->options = k.tcpi_options & 0x0fu;
  if (k.tcpi_tfo_syn_data_acked)
    ti->options |= SOCK2_TCPI_OPT_SYN_DATA;
  ti->snd_wscale = k.tcpi_snd_wscale;
  ti->rcv_wscale = k.tcpi_rcv_wscale;
  ti->rto = SOCK2_MSEC((int64_t)k.tcpi_rto);
  ti->rtt = SOCK2_MSEC((int64_t)k.tcpi_srtt);
  ti->rttvar = SOCK2_MSEC((int64_t)k.tcpi_rttvar);
  ti->snd_ssthresh = k.tcpi_snd_ssthresh;
  ti->snd_cwnd = k.tcpi_snd_cwnd;
  ti->snd_mss = k.tcpi_maxseg;
  ti->snd_wnd = k.tcpi_snd_wnd;
  ti->rcv_wnd = k.tcpi_rcv_wnd;
  ti->bytes_sent = k.tcpi_txbytes;
  ti->bytes_retrans = k.tcpi_txretransmitbytes;
  ti->bytes_received = k.tcpi_rxbytes;
  ti->segs_out = k.tcpi_txpackets;
  ti->segs_in = k.tcpi_rxpackets;
  ti->total_retrans = (uint32_t)k.tcpi_txretransmitpackets;
  ti->present = SOCK2_TCPI_STATE | SOCK2_TCPI_OPTIONS |
                SOCK2_TCPI_SND_WSCALE | SOCK2_TCPI_RCV_WSCALE |
                SOCK2_TCPI_RTO | SOCK2_TCPI_RTT | SOCK2_TCPI_RTTVAR |
                SOCK2_TCPI_SND_SSTHRESH | SOCK2_TCPI_SND_CWND |
                SOCK2_TCPI_SND_MSS | SOCK2_TCPI_SND_WND | SOCK2_TCPI_RCV_WND |
                SOCK2_TCPI_BYTES_SENT | SOCK2_TCPI_BYTES_RETRANS |
                SOCK2_TCPI_BYTES_RECEIVED | SOCK2_TCPI_SEGS_OUT |
                SOCK2_TCPI_SEGS_IN | SOCK2_TCPI_TOTAL_RETRANS;
  return 0;
#else
  (void)s;
  (void)ti;
  return SOCK2_ENOTSUP;
#endif
}

int
sock2__sys_tcp_info_raw(sock2_socket_t s, void *buf, size_t *len)
{
#if HAVE_DECL_TCP_INFO || HAVE_DECL_TCP_CONNECTION_INFO
# if HAVE_DECL_TCP_INFO
  const int name = TCP_INFO;
# else
  const int name = TCP_CONNECTION_INFO;
# endif
  socklen_t n = *len > (size_t)INT_MAX ? (socklen_t)INT_MAX : (socklen_t)*len;

  if (getsockopt(s, IPPROTO_TCP, name, buf, &n) == -1)
    return SOCK2__ERRNO();
  *len = (size_t)n;
  return 0;
#else
  (void)s;
  (void)buf;
  (void)len;
  return SOCK2_ENOTSUP;
#endif
}

/* ---- Peer credentials ---------------------------------------------------- */

#ifndef SOL_LOCAL
# define SOL_LOCAL 0 /* the BSDs' level for LOCAL_* options */
#endif

int
sock2__sys_peer_cred(sock2_socket_t s, sock2_peer_cred_t *pc)
{
#if HAVE_DECL_SO_PEERCRED &&                                                \
  (defined(HAVE_STRUCT_UCRED) || defined(HAVE_STRUCT_SOCKPEERCRED))
  /*
   * Linux (struct ucred) and OpenBSD (struct sockpeercred, the same fields
   * in another order): pid, uid and gid in one call.
   */
# ifdef HAVE_STRUCT_UCRED
  struct ucred uc;
# else
  struct sockpeercred uc;
# endif
  socklen_t len = (socklen_t)sizeof(uc);

  memset(&uc, 0, sizeof(uc));
  if (getsockopt(s, SOL_SOCKET, SO_PEERCRED, &uc, &len) == -1)
    return SOCK2__ERRNO();
  pc->pid = (int64_t)uc.pid;
  pc->uid = (uint32_t)uc.uid;
  pc->gid = (uint32_t)uc.gid;
  pc->known = SOCK2_PEER_PID | SOCK2_PEER_UID | SOCK2_PEER_GID;
  return 0;
#elif HAVE_DECL_LOCAL_PEERCRED && defined(HAVE_STRUCT_XUCRED)
  /* FreeBSD, macOS: uid and groups; the pid from LOCAL_PEERPID. */
  struct xucred xu;
  socklen_t len = (socklen_t)sizeof(xu);

  memset(&xu, 0, sizeof(xu));
  if (getsockopt(s, SOL_LOCAL, LOCAL_PEERCRED, &xu, &len) == -1)
    return SOCK2__ERRNO();
  if (xu.cr_version != XUCRED_VERSION)
    return SOCK2_EINVAL;
  pc->uid = (uint32_t)xu.cr_uid;
  pc->known = SOCK2_PEER_UID;
  if (xu.cr_ngroups > 0) {
    pc->gid = (uint32_t)xu.cr_groups[0];
    pc->known |= SOCK2_PEER_GID;
  }
# if HAVE_DECL_LOCAL_PEERPID
  {
    pid_t pid = 0;
    len = (socklen_t)sizeof(pid);
    /* The pid is a bonus: its absence leaves the field unknown. */
    if (getsockopt(s, SOL_LOCAL, LOCAL_PEERPID, &pid, &len) == 0) {
      pc->pid = (int64_t)pid;
      pc->known |= SOCK2_PEER_PID;
    }
  }
# endif
  return 0;
#elif defined(HAVE_GETPEEREID)
  /* The last resort: uid and gid, the pid unknown. */
  uid_t uid;
  gid_t gid;

  if (getpeereid(s, &uid, &gid) == -1)
    return SOCK2__ERRNO();
  pc->uid = (uint32_t)uid;
  pc->gid = (uint32_t)gid;
  pc->known = SOCK2_PEER_UID | SOCK2_PEER_GID;
  return 0;
#else
  (void)s;
  (void)pc;
  return SOCK2_ENOTSUP;
#endif
}

int
sock2__sys_peer_pidfd(sock2_socket_t s, int *fd)
{
#if SOCK2__SO_PEERPIDFD >= 0
  int v = -1;
  socklen_t len = (socklen_t)sizeof(v);

  if (getsockopt(s, SOL_SOCKET, SOCK2__SO_PEERPIDFD, &v, &len) == -1) {
    /* A kernel before 6.5 does not know option 77. */
    if (errno == ENOPROTOOPT)
      return SOCK2_ENOTSUP;
    return SOCK2__ERRNO();
  }
  /* Linux makes the pidfd close-on-exec itself. */
  *fd = v;
  return 0;
#else
  (void)s;
  (void)fd;
  return SOCK2_ENOTSUP;
#endif
}

/* ---- Options that take a structure --------------------------------------- */

int
sock2__sys_attach_reuseport_cbpf(sock2_socket_t s,
                                 const sock2_sock_filter_t *prog,
                                 unsigned int count)
{
#if SOCK2__HAVE_REUSEPORT_CBPF
  /* The same program structure as SO_ATTACH_FILTER (sockopt.c). */
  return sock2__unix_attach_cbpf(s, SO_ATTACH_REUSEPORT_CBPF, prog, count);
#else
  (void)s;
  (void)prog;
  (void)count;
  return SOCK2_ENOTSUP;
#endif
}

int
sock2__sys_set_accept_filter(sock2_socket_t s, const char *name,
                             const char *arg)
{
#if SOCK2__HAVE_ACCEPT_FILTER
  struct accept_filter_arg afa;

  if (name == NULL) {
    if (setsockopt(s, SOL_SOCKET, SO_ACCEPTFILTER, NULL, 0) == -1)
      return SOCK2__ERRNO();
    return 0;
  }
  memset(&afa, 0, sizeof(afa));
  /* Lengths were checked against these arrays' 16 bytes. */
  memcpy(afa.af_name, name, strlen(name));
  if (arg != NULL)
    memcpy(afa.af_arg, arg, strlen(arg));
  if (setsockopt(s, SOL_SOCKET, SO_ACCEPTFILTER, &afa, sizeof(afa)) == -1)
    return SOCK2__ERRNO();
  return 0;
#else
  (void)s;
  (void)name;
  (void)arg;
  return SOCK2_ENOTSUP;
#endif
}

int
sock2__sys_set_tcp_md5sig(sock2_socket_t s, const sock2_addr_t *peer,
                          const void *key, size_t len)
{
#if SOCK2__HAVE_TCP_MD5SIG
  struct tcp_md5sig md;
  size_t alen = (size_t)peer->len;

  memset(&md, 0, sizeof(md));
  if (alen > sizeof(md.tcpm_addr))
    alen = sizeof(md.tcpm_addr);
  memcpy(&md.tcpm_addr, &peer->storage, alen);
  if (len > sizeof(md.tcpm_key))
    return SOCK2_EINVAL;
  md.tcpm_keylen = (uint16_t)len;
  if (len > 0)
    memcpy(md.tcpm_key, key, len);
  if (setsockopt(s, IPPROTO_TCP, TCP_MD5SIG, &md, sizeof(md)) == -1)
    return SOCK2__ERRNO();
  return 0;
#else
  (void)s;
  (void)peer;
  (void)key;
  (void)len;
  return SOCK2_ENOTSUP;
#endif
}

int
sock2__sys_set_tcp_ack_frequency(sock2_socket_t s, unsigned int freq)
{
  /* A Winsock ioctl; Linux's nearest is TCP_QUICKACK. */
  (void)s;
  (void)freq;
  return SOCK2_ENOTSUP;
}
