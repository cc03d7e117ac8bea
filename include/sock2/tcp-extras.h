/* SPDX-License-Identifier: MIT */
/*
 * libsock2: TCP Fast Open, zero-copy send and SO_TIMESTAMPING (issue 11).
 * Included by <sock2.h>; do not include it on its own.
 *
 * Zero-copy completions and transmit timestamps arrive on the socket's
 * error queue (recvmsg with SOCK2_MSG_ERRQUEUE); their control messages
 * are decoded from the sock2_cmsg_t the walker of <sock2/cmsg.h> gives.
 */
#ifndef SOCK2_TCP_EXTRAS_H
#define SOCK2_TCP_EXTRAS_H

/* ---- TCP Fast Open ------------------------------------------------------- */

/**
 * Enable TCP Fast Open on a listener.
 *
 * Description: setsockopt(IPPROTO_TCP, TCP_FASTOPEN, queue_len), before or
 * after listen(). On Linux queue_len is the length of the queue of
 * connections whose SYN data was accepted before the handshake completed
 * (0 turns Fast Open off); the system also needs the server bit of
 * net.ipv4.tcp_fastopen (value 2 or 3). FreeBSD, macOS and Windows take
 * the value as a boolean (non-zero: on). The client side is
 * sock2_connect_fastopen() or sock2_set_tcp_fastopen_connect().
 *
 * @param s  a TCP socket.
 * @param queue_len  the Fast Open queue length, 0 to INT_MAX.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET.
 *   SOCK2_EINVAL   queue_len is above INT_MAX.
 *   SOCK2_ENOTSUP  the OS has no TCP_FASTOPEN (see @platforms).
 *   other          any other error setsockopt() reports.
 * @platforms  Linux 3.7+, FreeBSD 10.3+, macOS, Windows 10 1607+ (where the
 *   MinGW headers declare TCP_FASTOPEN); SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_TCP_FASTOPEN).
 * @example
 *   sock2_set_tcp_fastopen(listener, 16);
 *   sock2_listen(listener, 128);
 * @since  0.2.0
 * @see  sock2_connect_fastopen(3)
 */
SOCK2_EXTERN int sock2_set_tcp_fastopen(sock2_socket_t s, uint32_t queue_len);

/**
 * Read the TCP Fast Open setting of a listener.
 *
 * Description: getsockopt(IPPROTO_TCP, TCP_FASTOPEN): the queue length
 * set (Linux), or 0/1 (the others).
 *
 * @page sock2_set_tcp_fastopen
 * @param s  a TCP socket.
 * @param queue_len  receives the value.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET.
 *   SOCK2_EINVAL   queue_len is NULL.
 *   SOCK2_ENOTSUP  the OS has no TCP_FASTOPEN.
 *   other          any other error getsockopt() reports.
 * @platforms  as sock2_set_tcp_fastopen().
 * @since  0.2.0
 */
SOCK2_EXTERN int sock2_tcp_fastopen(sock2_socket_t s, uint32_t *queue_len);

/**
 * Make connect() use TCP Fast Open.
 *
 * Description: setsockopt(IPPROTO_TCP, TCP_FASTOPEN_CONNECT, on). With it
 * set on a client socket, connect() returns 0 at once when the kernel has
 * a Fast Open cookie for the server, and the first send() goes out in the
 * SYN; without a cookie the connection proceeds as usual and the first
 * send() requests one. Needs the client bit of net.ipv4.tcp_fastopen
 * (value 1, Linux's default, or 3).
 *
 * @param s  a TCP socket, not yet connected.
 * @param on  non-zero to enable.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET.
 *   SOCK2_ENOTSUP  the OS has no TCP_FASTOPEN_CONNECT.
 *   other          any other error setsockopt() reports.
 * @platforms  Linux 4.11+; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_TCP_FASTOPEN_CONNECT).
 * @example
 *   sock2_set_tcp_fastopen_connect(s, 1);
 *   sock2_connect(s, &server);
 *   sock2_send(s, "GET / HTTP/1.0\r\n\r\n", 18);
 * @since  0.2.0
 */
SOCK2_EXTERN int sock2_set_tcp_fastopen_connect(sock2_socket_t s, int on);

/**
 * Read TCP_FASTOPEN_CONNECT.
 *
 * @page sock2_set_tcp_fastopen_connect
 * @param s  a TCP socket.
 * @param on  receives 0 or 1.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET.
 *   SOCK2_EINVAL   on is NULL.
 *   SOCK2_ENOTSUP  the OS has no TCP_FASTOPEN_CONNECT.
 *   other          any other error getsockopt() reports.
 * @platforms  Linux 4.11+; SOCK2_ENOTSUP elsewhere.
 * @since  0.2.0
 */
SOCK2_EXTERN int sock2_tcp_fastopen_connect(sock2_socket_t s, int *on);

/**
 * Connect with data in the SYN (TCP Fast Open, client side).
 *
 * Description: one call that connects s to addr and queues buf: on Linux
 * sendto(s, buf, len, MSG_FASTOPEN | MSG_NOSIGNAL, addr); on macOS
 * connectx() with the data (CONNECT_DATA_IDEMPOTENT). When the kernel
 * holds a Fast Open cookie for the server the data rides the SYN;
 * otherwise the SYN requests a cookie and the data follows the handshake
 * (a later connection then carries data in its SYN). A blocking socket
 * returns once the data is queued (after the handshake when no cookie is
 * cached); a non-blocking one returns the bytes sent in the SYN, or
 * SOCK2_EINPROGRESS when none could be (send them after the connection
 * completes). The client bit of net.ipv4.tcp_fastopen must be set
 * (Linux's default).
 *
 * @param s  a TCP socket, not yet connected.
 * @param addr  the server.
 * @param buf  the first bytes to send.
 * @param len  their number (0 is allowed: a plain connect).
 * @return  bytes queued (may be fewer than len: send the rest).
 * @errors
 *   SOCK2_EBADF        s is SOCK2_INVALID_SOCKET.
 *   SOCK2_EINVAL       addr is NULL, buf is NULL with len > 0, or addr's
 *                      length exceeds its storage.
 *   SOCK2_EINPROGRESS  non-blocking: the connection is under way.
 *   SOCK2_ENOTSUP      the OS cannot send data with the SYN.
 *   other              any other error sendto() / connectx() reports
 *                      (SOCK2_ECONNREFUSED, SOCK2_EISCONN, ...).
 * @platforms  Linux 3.7+ (MSG_FASTOPEN), macOS 10.11+ (connectx);
 *   SOCK2_ENOTSUP elsewhere (FreeBSD: set sock2_set_tcp_fastopen() on the
 *   client socket and use sock2_send_to()). Test with
 *   sock2_has(SOCK2_FEATURE_TCP_FASTOPEN_DATA).
 * @example
 *   sock2_ssize_t n = sock2_connect_fastopen(s, &server, req, req_len);
 *   if (n >= 0 && (size_t)n < req_len)
 *     sock2_send(s, req + n, req_len - (size_t)n);
 * @since  0.2.0
 * @see  sock2_set_tcp_fastopen(3)
 */
SOCK2_EXTERN sock2_ssize_t sock2_connect_fastopen(sock2_socket_t s,
                                                  const sock2_addr_t *addr,
                                                  const void *buf,
                                                  size_t len);

/* ---- Zero-copy send ------------------------------------------------------ */

/*
 * The send flag asking for a zero-copy send (Linux MSG_ZEROCOPY), for
 * sock2_send_with_flags(), sock2_send_to_with_flags(), sock2_sendmsg().
 * It takes effect only on a socket with sock2_set_zerocopy() on (without
 * it the kernel makes an ordinary send and reports nothing). 0 where the
 * OS has no MSG_ZEROCOPY.
 */
#if defined(MSG_ZEROCOPY)
# define SOCK2_MSG_ZEROCOPY MSG_ZEROCOPY
#else
# define SOCK2_MSG_ZEROCOPY 0
#endif

/**
 * Allow zero-copy sends on a socket.
 *
 * Description: setsockopt(SOL_SOCKET, SO_ZEROCOPY, on). Afterwards each
 * send with SOCK2_MSG_ZEROCOPY pins the caller's pages instead of copying
 * them, and the kernel numbers these sends 0, 1, 2, ... per socket; the
 * buffer of a send may be reused only once a completion on the error
 * queue covers its number (sock2_recv_zerocopy()). The kernel may copy
 * after all (always on loopback): the completion then says so.
 *
 * @param s  a TCP or UDP socket.
 * @param on  non-zero to enable.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET.
 *   SOCK2_ENOTSUP  the OS has no SO_ZEROCOPY; also the kernel's answer for
 *                  a socket type without it (AF_UNIX).
 *   other          any other error setsockopt() reports.
 * @platforms  Linux 4.14+ (TCP), 5.0+ (UDP); SOCK2_ENOTSUP elsewhere.
 *   Test with sock2_has(SOCK2_FEATURE_ZEROCOPY).
 * @example
 *   sock2_set_zerocopy(s, 1);
 *   sock2_send_with_flags(s, big, big_len, SOCK2_MSG_ZEROCOPY);
 * @since  0.2.0
 * @see  sock2_recv_zerocopy(3)
 */
SOCK2_EXTERN int sock2_set_zerocopy(sock2_socket_t s, int on);

/**
 * Read SO_ZEROCOPY.
 *
 * @page sock2_set_zerocopy
 * @param s  a socket.
 * @param on  receives 0 or 1.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET.
 *   SOCK2_EINVAL   on is NULL.
 *   SOCK2_ENOTSUP  the OS has no SO_ZEROCOPY.
 *   other          any other error getsockopt() reports.
 * @platforms  Linux 4.14+; SOCK2_ENOTSUP elsewhere.
 * @since  0.2.0
 */
SOCK2_EXTERN int sock2_zerocopy(sock2_socket_t s, int *on);

/*
 * One zero-copy completion: the sends numbered first..last (inclusive,
 * modulo 2^32) are done and their buffers free. copied is 1 when the
 * kernel copied the data after all (SO_EE_CODE_ZEROCOPY_COPIED: zero-copy
 * gained nothing for these sends), else 0. A growable struct (ABI rules):
 * set size with SOCK2_ZEROCOPY_INIT.
 */
typedef struct sock2_zerocopy {
  uint32_t size;
  uint32_t first;
  uint32_t last;
  uint32_t copied;
  uint32_t reserved[4];
} sock2_zerocopy_t;

#define SOCK2_ZEROCOPY_INIT                                                   \
  { (uint32_t)sizeof(sock2_zerocopy_t), 0, 0, 0, { 0, 0, 0, 0 } }
#define SOCK2_ZEROCOPY_SIZE_MIN 32

/**
 * Decode a zero-copy completion from a control message.
 *
 * Description: c is one message of an error-queue read (sock2_recvmsg()
 * with SOCK2_MSG_ERRQUEUE, walked with sock2_cmsg_next()): an IP_RECVERR
 * (IPv4) or IPV6_RECVERR (IPv6) struct sock_extended_err whose origin is
 * SO_EE_ORIGIN_ZEROCOPY. Its ee_info and ee_data are the first and last
 * send numbers completed; ee_code SO_EE_CODE_ZEROCOPY_COPIED gives
 * copied = 1. Fills out up to out->size (reserved fields zeroed).
 *
 * @param c  a control message from the walker.
 * @param out  receives the range (set out->size first:
 *   SOCK2_ZEROCOPY_INIT); untouched on failure.
 * @return  0.
 * @errors
 *   SOCK2_EINVAL   c or out is NULL, out->size is not a size of
 *                  sock2_zerocopy_t, or the message is an extended error
 *                  too short for one.
 *   SOCK2_ENOENT   c is not a zero-copy completion (another level, type
 *                  or origin), or the OS has no error queue.
 * @platforms  Linux 4.14+; SOCK2_ENOENT for every message elsewhere.
 * @example
 *   sock2_cmsg_t c;
 *   sock2_zerocopy_t zc = SOCK2_ZEROCOPY_INIT;
 *   while (sock2_cmsg_next(&it, &c) == 1)
 *     if (sock2_cmsg_get_zerocopy(&c, &zc) == 0)
 *       release_buffers(zc.first, zc.last);
 * @since  0.2.0
 * @see  sock2_recv_zerocopy(3)
 */
SOCK2_EXTERN int sock2_cmsg_get_zerocopy(const sock2_cmsg_t *c,
                                         sock2_zerocopy_t *out);

/**
 * Read one zero-copy completion from the error queue.
 *
 * Description: one recvmsg(s, MSG_ERRQUEUE) with a control buffer of its
 * own, then sock2_cmsg_get_zerocopy() on each control message. Never
 * blocks (the error queue answers SOCK2_EAGAIN when empty; wait for it
 * with poll(), which reports POLLERR). The entry read is consumed even
 * when it is not a completion (a transmit timestamp, an ICMP error):
 * a socket that mixes them reads with sock2_recvmsg() and decodes each.
 *
 * @param s  a socket with sock2_set_zerocopy() on.
 * @param out  receives the range (set out->size first); untouched on
 *   failure.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET.
 *   SOCK2_EINVAL   out is NULL or out->size is wrong.
 *   SOCK2_EAGAIN   the error queue is empty.
 *   SOCK2_ENOENT   the entry read (and consumed) was not a completion.
 *   SOCK2_ENOTSUP  the OS has no error queue.
 *   other          any other error recvmsg() reports.
 * @platforms  Linux 4.14+; SOCK2_ENOTSUP elsewhere.
 * @example
 *   sock2_zerocopy_t zc = SOCK2_ZEROCOPY_INIT;
 *   while (sock2_recv_zerocopy(s, &zc) == 0)
 *     printf("sends %u..%u done%s\n", zc.first, zc.last,
 *            zc.copied ? " (copied)" : "");
 * @since  0.2.0
 */
SOCK2_EXTERN int sock2_recv_zerocopy(sock2_socket_t s, sock2_zerocopy_t *out);

/* ---- Timestamps ---------------------------------------------------------- */

/*
 * SO_TIMESTAMPING flags (sock2_set_timestamping()): Linux's SOF_TIMESTAMPING_*
 * values, fixed by the kernel ABI. Generation: what to stamp; reporting:
 * which stamps to deliver; options.
 */
typedef uint32_t sock2_timestamping_flags_t;
#define SOCK2_TIMESTAMPING_TX_HARDWARE 0x1u   /* generate: tx by the NIC */
#define SOCK2_TIMESTAMPING_TX_SOFTWARE 0x2u   /* generate: tx to the device */
#define SOCK2_TIMESTAMPING_RX_HARDWARE 0x4u   /* generate: rx by the NIC */
#define SOCK2_TIMESTAMPING_RX_SOFTWARE 0x8u   /* generate: rx into the stack */
#define SOCK2_TIMESTAMPING_SOFTWARE 0x10u     /* report software stamps */
#define SOCK2_TIMESTAMPING_RAW_HARDWARE 0x40u /* report hardware stamps */
#define SOCK2_TIMESTAMPING_OPT_ID 0x80u       /* number sends (the id) */
#define SOCK2_TIMESTAMPING_TX_SCHED 0x100u    /* generate: before qdisc */
#define SOCK2_TIMESTAMPING_TX_ACK 0x200u      /* generate: TCP data acked */
#define SOCK2_TIMESTAMPING_OPT_CMSG 0x400u    /* pktinfo with rx stamps */
#define SOCK2_TIMESTAMPING_OPT_TSONLY 0x800u  /* tx: no looped packet */
#define SOCK2_TIMESTAMPING_OPT_STATS 0x1000u  /* tx: add OPT_STATS */
#define SOCK2_TIMESTAMPING_OPT_PKTINFO 0x2000u
#define SOCK2_TIMESTAMPING_OPT_TX_SWHW 0x4000u
#define SOCK2_TIMESTAMPING_BIND_PHC 0x8000u
#define SOCK2_TIMESTAMPING_OPT_ID_TCP 0x10000u /* Linux 6.2+ */

/* The kind of a timestamp (sock2_timestamping_t.kind). */
#define SOCK2_TSTAMP_RECV (-1) /* a receive timestamp (control data) */
#define SOCK2_TSTAMP_SND 0     /* tx: handed to the device (SCM_TSTAMP_SND) */
#define SOCK2_TSTAMP_SCHED 1   /* tx: entered the qdisc (SCM_TSTAMP_SCHED) */
#define SOCK2_TSTAMP_ACK 2     /* tx: all bytes acked (SCM_TSTAMP_ACK) */

/* Bits of sock2_timestamping_t.have: which fields were filled. */
#define SOCK2_TSTAMP_HAVE_SOFTWARE 0x1u
#define SOCK2_TSTAMP_HAVE_HARDWARE 0x2u
#define SOCK2_TSTAMP_HAVE_ID 0x4u /* kind and id (an error-queue entry) */

/*
 * A decoded timestamp: the times are nanoseconds since the epoch
 * (CLOCK_REALTIME for software stamps, the NIC's clock for hardware ones)
 * as sock2_duration_t, 0 when absent. kind is SOCK2_TSTAMP_RECV for a
 * receive stamp or the transmit stage; id the OPT_ID key of a transmit
 * stamp (the send's number for UDP, the offset of the send's last byte
 * for TCP). A growable struct (ABI rules): set size with
 * SOCK2_TIMESTAMPING_INIT.
 */
typedef struct sock2_timestamping {
  uint32_t size;
  uint32_t have;              /* SOCK2_TSTAMP_HAVE_* */
  sock2_duration_t software;  /* scm_timestamping ts[0] */
  sock2_duration_t legacy;    /* ts[1] (deprecated, normally 0) */
  sock2_duration_t hardware;  /* ts[2] */
  int32_t kind;               /* SOCK2_TSTAMP_* */
  uint32_t id;                /* OPT_ID key */
  uint64_t reserved[4];
} sock2_timestamping_t;

#define SOCK2_TIMESTAMPING_INIT                                               \
  {                                                                           \
    (uint32_t)sizeof(sock2_timestamping_t), 0, 0, 0, 0, SOCK2_TSTAMP_RECV, 0, \
      { 0, 0, 0, 0 }                                                          \
  }
#define SOCK2_TIMESTAMPING_SIZE_MIN 72

/**
 * Turn SO_TIMESTAMPING on or off.
 *
 * Description: setsockopt(SOL_SOCKET, SO_TIMESTAMPING, flags), flags a set
 * of SOCK2_TIMESTAMPING_* bits (0: off). Software receive stamps:
 * RX_SOFTWARE | SOFTWARE; they arrive as an SCM_TIMESTAMPING control
 * message with each read (sock2_recvmsg() and sock2_cmsg_get_timestamping()).
 * Software transmit stamps: TX_SCHED, TX_SOFTWARE, TX_ACK (TCP) with
 * SOFTWARE, usually OPT_ID (to match them to sends) and OPT_TSONLY (no
 * copy of the packet); they arrive on the error queue
 * (sock2_recv_timestamping()). The first packets after the first
 * timestamping socket of the system turns stamping on may carry no
 * receive stamp (the kernel enables it asynchronously).
 *
 * @param s  a socket.
 * @param flags  SOCK2_TIMESTAMPING_* bits.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET.
 *   SOCK2_EINVAL   flags has bits the kernel does not know (the kernel's
 *                  answer), or OPT_ID on a TCP socket not yet connected.
 *   SOCK2_ENOTSUP  the OS has no SO_TIMESTAMPING (or, with SO_BINTIME
 *                  only, flags asks for more than receive stamps).
 *   other          any other error setsockopt() reports.
 * @platforms  Linux 2.6.30+. FreeBSD (no SO_TIMESTAMPING): software
 *   receive stamps only, by SO_BINTIME: flags 0 or RX_SOFTWARE | SOFTWARE
 *   (or either), any other bit SOCK2_ENOTSUP. SOCK2_ENOTSUP elsewhere
 *   (macOS, Windows; SO_TIMESTAMP is in sock2/cmsg.h). Test with
 *   sock2_has(SOCK2_FEATURE_SO_TIMESTAMPING) or
 *   sock2_has(SOCK2_FEATURE_SO_BINTIME).
 * @example
 *   sock2_set_timestamping(s, SOCK2_TIMESTAMPING_TX_SOFTWARE |
 *                          SOCK2_TIMESTAMPING_SOFTWARE |
 *                          SOCK2_TIMESTAMPING_OPT_ID |
 *                          SOCK2_TIMESTAMPING_OPT_TSONLY);
 * @since  0.2.0
 * @see  sock2_recv_timestamping(3), sock2_cmsg_get_timestamping(3)
 */
SOCK2_EXTERN int sock2_set_timestamping(sock2_socket_t s,
                                        sock2_timestamping_flags_t flags);

/**
 * Read the SO_TIMESTAMPING flags.
 *
 * Description: getsockopt(SOL_SOCKET, SO_TIMESTAMPING); the kernel answers
 * with the flags (and, from Linux 5.13, a PHC index, not reported here).
 * With SO_BINTIME only: RX_SOFTWARE | SOFTWARE when it is on, else 0.
 *
 * @page sock2_set_timestamping
 * @param s  a socket.
 * @param flags  receives the SOCK2_TIMESTAMPING_* bits.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET.
 *   SOCK2_EINVAL   flags is NULL, or the reply has an unknown length.
 *   SOCK2_ENOTSUP  the OS has no SO_TIMESTAMPING.
 *   other          any other error getsockopt() reports.
 * @platforms  Linux; FreeBSD by SO_BINTIME; SOCK2_ENOTSUP elsewhere.
 * @since  0.2.0
 */
SOCK2_EXTERN int sock2_timestamping(sock2_socket_t s,
                                    sock2_timestamping_flags_t *flags);

/**
 * Decode SO_TIMESTAMPING control data.
 *
 * Description: call it on each control message of a read, starting from
 * an out set to SOCK2_TIMESTAMPING_INIT; each of two kinds fills its part
 * of out. An SOL_SOCKET SCM_TIMESTAMPING message (struct scm_timestamping,
 * either time layout) gives the three times (software, legacy, hardware),
 * in nanoseconds since the epoch; an IP_RECVERR / IPV6_RECVERR extended
 * error whose origin is SO_EE_ORIGIN_TIMESTAMPING (error-queue entries of
 * transmit stamps) gives kind (ee_info: SOCK2_TSTAMP_SND, _SCHED, _ACK)
 * and id (ee_data: the OPT_ID key). A receive stamp has no extended error:
 * kind stays SOCK2_TSTAMP_RECV. out->have says what was filled. Where
 * the OS has SO_BINTIME instead (FreeBSD), an SCM_BINTIME message gives
 * the software time.
 *
 * @param c  a control message from the walker.
 * @param out  the stamp being decoded (out->size set); untouched on
 *   failure.
 * @return  0.
 * @errors
 *   SOCK2_EINVAL   c or out is NULL, out->size is wrong, or c is of the
 *                  right kind with a length that fits no layout.
 *   SOCK2_ENOENT   c is neither kind, or the OS has no SO_TIMESTAMPING.
 * @platforms  Linux; FreeBSD (SCM_BINTIME); SOCK2_ENOENT for every
 *   message elsewhere.
 * @example
 *   sock2_timestamping_t ts = SOCK2_TIMESTAMPING_INIT;
 *   while (sock2_cmsg_next(&it, &c) == 1)
 *     sock2_cmsg_get_timestamping(&c, &ts);
 *   if (ts.have & SOCK2_TSTAMP_HAVE_SOFTWARE)
 *     printf("received at %lld ns\n", (long long)ts.software);
 * @since  0.2.0
 * @see  sock2_set_timestamping(3), sock2_recv_timestamping(3)
 */
SOCK2_EXTERN int sock2_cmsg_get_timestamping(const sock2_cmsg_t *c,
                                             sock2_timestamping_t *out);

/**
 * Read one transmit timestamp from the error queue.
 *
 * Description: one recvmsg(s, MSG_ERRQUEUE) with buffers of its own (the
 * looped packet, if OPT_TSONLY is not set, is discarded), then
 * sock2_cmsg_get_timestamping() on each control message into a fresh
 * stamp. Never blocks (SOCK2_EAGAIN when the queue is empty; poll() for
 * POLLERR). The entry read is consumed even when it carries no stamp.
 *
 * @param s  a socket with transmit stamps on (sock2_set_timestamping()).
 * @param out  receives the stamp (set out->size first); untouched on
 *   failure.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET.
 *   SOCK2_EINVAL   out is NULL or out->size is wrong.
 *   SOCK2_EAGAIN   the error queue is empty.
 *   SOCK2_ENOENT   the entry read (and consumed) held no timestamp.
 *   SOCK2_ENOTSUP  the OS has no error queue.
 *   other          any other error recvmsg() reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere.
 * @example
 *   sock2_timestamping_t ts = SOCK2_TIMESTAMPING_INIT;
 *   if (sock2_recv_timestamping(s, &ts) == 0 && ts.kind == SOCK2_TSTAMP_SND)
 *     printf("send %u left at %lld ns\n", ts.id, (long long)ts.software);
 * @since  0.2.0
 */
SOCK2_EXTERN int sock2_recv_timestamping(sock2_socket_t s,
                                         sock2_timestamping_t *out);

#endif /* SOCK2_TCP_EXTRAS_H */
