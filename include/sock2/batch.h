/* SPDX-License-Identifier: MIT */
/*
 * libsock2 message batches (sendmmsg/recvmmsg) and UDP segmentation
 * offload (GSO: UDP_SEGMENT; GRO: UDP_GRO). Included by <sock2.h>; do not
 * include it on its own.
 *
 * Common rules for every function here:
 *   - SOCK2_EBADF for SOCK2_INVALID_SOCKET (no system call is made);
 *     SOCK2_EINVAL for NULL pointers where an object is required and for
 *     lengths above PTRDIFF_MAX, before any system call.
 *   - No hidden allocation: the caller provides every array and buffer.
 *   - Sends add MSG_NOSIGNAL (no SIGPIPE), as every send of the library.
 */
#ifndef SOCK2_BATCH_H
#define SOCK2_BATCH_H

/* ---- Batches ------------------------------------------------------------ */

/*
 * One entry of a batch: a message header and the byte count of that
 * message after the call. A fixed struct (doc/design.md, "Fixed
 * structs"): where the OS has sendmmsg() it is the OS's struct mmsghdr
 * (msg_hdr, msg_len; checked at build time), so an array of these goes
 * to the kernel as it is; elsewhere (Windows, systems without the calls)
 * the same two fields, used by the library's loop. It never grows.
 * Build hdr with sock2_msg_init() and the sock2_msg_set_*() functions.
 */
typedef struct sock2_mmsg {
  sock2_msg_t hdr;      /* the message (struct msghdr / WSAMSG) */
  sock2_mmsg_len_t len; /* bytes sent or received for this entry */
} sock2_mmsg_t;

/* The most entries one call handles: Linux's UIO_MAXIOV. */
#define SOCK2_MMSG_MAX 1024

/**
 * Send a batch of messages in one system call where the OS can.
 *
 * sendmmsg(s, msgs, n, flags | MSG_NOSIGNAL) where the OS has it
 * (sock2_has(SOCK2_FEATURE_SENDMMSG) says so); otherwise, and when the
 * kernel answers ENOSYS, a loop of sendmsg() (WSASendMsg on Windows) with
 * the same results: entries are sent in order, each entry's len is set to
 * the bytes sent for it, and the loop stops at the first error.
 *
 * Partial results follow the kernel's rule: the return value is the
 * number of entries sent; an error is returned only when the first entry
 * fails. When entry k > 0 fails the call returns k and that error is not
 * reported by this call: call again from entry k (msgs + k, n - k), as
 * after a short write, and that call reports it (an error that belongs to
 * the entry, such as SOCK2_EMSGSIZE or SOCK2_EAFNOSUPPORT, recurs).
 * Linux itself loses a pending asynchronous socket error consumed this
 * way (an ICMP error with IP_RECVERR); so does the loop.
 *
 * @param s      a socket.
 * @param msgs   n entries; each hdr is passed as it is (address, buffers,
 *               control data). Only len is written.
 * @param n      how many; more than SOCK2_MMSG_MAX sends SOCK2_MMSG_MAX
 *               (the kernel's limit; the loop keeps it), 0 returns 0.
 * @param flags  SOCK2_MSG_* bits, as sock2_sendmsg() takes them.
 * @return  the number of entries sent (1..n), 0 for n == 0.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not open.
 *   SOCK2_EINVAL    msgs is NULL with n > 0, or n above PTRDIFF_MAX.
 *   SOCK2_EAGAIN    the first entry would block.
 *   SOCK2_EMSGSIZE  the first entry is too long for one datagram.
 *   SOCK2_EPIPE     the peer has gone (no SIGPIPE).
 *   other           any other error sendmmsg or sendmsg reports for the
 *                   first entry.
 * @platforms  All. One system call on Linux 3.0+, FreeBSD 11+, NetBSD 7+,
 *   OpenBSD 7.2+; a sendmsg loop elsewhere (Windows, macOS). Test with
 *   sock2_has(SOCK2_FEATURE_SENDMMSG).
 * @example
 *   sock2_mmsg_t m[2];
 *   sock2_buf_t b[2] = {{"ping", 4}, {"pong", 4}};
 *   for (int i = 0; i < 2; i++) {
 *     sock2_msg_init(&m[i].hdr);
 *     sock2_msg_set_addr(&m[i].hdr, &peer);
 *     sock2_msg_set_bufs(&m[i].hdr, &b[i], 1);
 *   }
 *   int sent = sock2_sendmmsg(s, m, 2, 0);
 * @since  0.2.0
 * @see  sock2_recvmmsg(3), sock2_sendmsg(3), sendmmsg(2)
 */
SOCK2_EXTERN int sock2_sendmmsg(sock2_socket_t s, sock2_mmsg_t *msgs,
                                size_t n, int flags);

/**
 * Receive a batch of messages in one system call where the OS can.
 *
 * recvmmsg(s, msgs, n, flags, NULL) where the OS has it
 * (sock2_has(SOCK2_FEATURE_RECVMMSG)); otherwise, and when the kernel
 * answers ENOSYS, a loop of recvmsg() (WSARecvMsg on Windows) with the
 * same results. Each entry's len is its datagram's length (the truncated
 * length if it did not fit; then SOCK2_MSG_TRUNC is in that entry's
 * sock2_msg_flags()), and its hdr reports the sender and control data as
 * after sock2_recvmsg().
 *
 * Blocking: as the kernel does, a blocking socket waits until all n
 * entries are filled (or its read timeout, sock2_set_read_timeout(),
 * expires after the first: the entries received so far are returned).
 * Pass SOCK2_MSG_WAITFORONE to return as soon as one message has
 * arrived (the loop then receives the others with SOCK2_MSG_DONTWAIT;
 * on Windows, which has no per-call non-blocking flag, it returns after
 * the first), or SOCK2_MSG_DONTWAIT / a non-blocking socket to return
 * what is queued. The kernel's timeout argument is not offered: Linux
 * does not honour it while nothing arrives (it is only checked after
 * each datagram), so it promises what it does not keep.
 *
 * Partial results: the number of entries filled is returned; an error is
 * returned only when nothing was received. An error after entry k > 0
 * (other than "would block") ends the batch with k. Linux's recvmmsg()
 * keeps such an error pending on the socket, so the next call reports it;
 * the loop cannot: an error of the socket (SOCK2_ECONNREFUSED from an
 * ICMP) that the loop's recvmsg() consumed is lost (use the error queue,
 * IP_RECVERR, to see every such error); errors that belong to the entry
 * (a bad buffer) recur on the next call.
 *
 * @param s      a socket.
 * @param msgs   n entries, each hdr with its buffers (and address and
 *               control buffers if wanted). The kernel writes hdr's
 *               lengths and flags and len.
 * @param n      how many; more than SOCK2_MMSG_MAX receives at most
 *               SOCK2_MMSG_MAX, 0 returns 0.
 * @param flags  SOCK2_MSG_* bits (SOCK2_MSG_WAITFORONE, _DONTWAIT, _PEEK,
 *               _TRUNC, _CMSG_CLOEXEC, _ERRQUEUE...).
 * @return  the number of entries filled (1..n), 0 for n == 0.
 * @errors
 *   SOCK2_EBADF     s is SOCK2_INVALID_SOCKET or not open.
 *   SOCK2_EINVAL    msgs is NULL with n > 0, or n above PTRDIFF_MAX.
 *   SOCK2_EAGAIN    nothing arrived (non-blocking, or the read timeout
 *                   expired).
 *   SOCK2_EINTR     a signal arrived before anything did.
 *   other           any other error recvmmsg or recvmsg reports before
 *                   the first message.
 * @platforms  All. One system call on Linux 2.6.33+, FreeBSD 11+, NetBSD
 *   7+, OpenBSD 7.2+; a recvmsg loop elsewhere (Windows: datagram sockets
 *   only, as sock2_recvmsg()). Test with sock2_has(SOCK2_FEATURE_RECVMMSG).
 * @example
 *   char data[8][1500];
 *   sock2_buf_t b[8];
 *   sock2_addr_t from[8];
 *   sock2_mmsg_t m[8];
 *   for (int i = 0; i < 8; i++) {
 *     b[i].base = data[i];
 *     b[i].len = sizeof(data[i]);
 *     sock2_msg_init(&m[i].hdr);
 *     sock2_msg_set_recv_addr(&m[i].hdr, &from[i]);
 *     sock2_msg_set_bufs(&m[i].hdr, &b[i], 1);
 *   }
 *   int got = sock2_recvmmsg(s, m, 8, SOCK2_MSG_WAITFORONE);
 *   for (int i = 0; i < got; i++)
 *     printf("%u bytes\n", (unsigned)m[i].len);
 * @since  0.2.0
 * @see  sock2_sendmmsg(3), sock2_recvmsg(3), recvmmsg(2)
 */
SOCK2_EXTERN int sock2_recvmmsg(sock2_socket_t s, sock2_mmsg_t *msgs,
                                size_t n, int flags);

/* ---- UDP segmentation offload (GSO) ------------------------------------- */

/* The kernel's UDP_MAX_SEGMENTS: segments one GSO send may carry. */
#define SOCK2_UDP_MAX_SEGMENTS 128
/* The largest UDP payload of one send: 65535 - 8 - 20 (IPv4), - 8 (IPv6). */
#define SOCK2_UDP_MAX_PAYLOAD_V4 65507
#define SOCK2_UDP_MAX_PAYLOAD_V6 65527

/**
 * Set the UDP GSO segment size of a socket (UDP_SEGMENT at SOL_UDP).
 *
 * With a size set, every send of more than size bytes leaves as
 * datagrams of size bytes (the last one may be shorter), segmented by
 * the kernel or the device: one system call for up to
 * sock2_udp_max_segments() datagrams. 0 (the default) turns it off. A
 * per-message control message (sock2_cmsg_put_udp_segment()) overrides
 * it. The whole send must still fit one UDP datagram (SOCK2_EMSGSIZE
 * otherwise) and carry at most SOCK2_UDP_MAX_SEGMENTS segments
 * (SOCK2_EINVAL otherwise); size plus the headers must fit the route's
 * MTU (SOCK2_EMSGSIZE). Windows' equivalent is UDP_SEND_MSG_SIZE, used
 * where the headers declare it.
 *
 * @param s     a UDP socket.
 * @param size  the segment size in bytes, 0 to 65535; 0 turns GSO off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is not a valid socket.
 *   SOCK2_EINVAL       size is negative or above 65535.
 *   SOCK2_ENOPROTOOPT  s is not a UDP socket, or the kernel is older
 *                      than Linux 4.18.
 *   SOCK2_ENOTSUP      the OS has no UDP GSO (see platforms).
 *   other              any other error setsockopt reports.
 * @platforms  Linux 4.18+; Windows where the headers declare
 *   UDP_SEND_MSG_SIZE; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_UDP_SEGMENT).
 * @example
 *   if (sock2_set_udp_segment(s, 1200) == 0)
 *     sock2_send(s, buf, 10 * 1200);
 * @since  0.2.0
 * @see  sock2_udp_gso_max_segments(3), sock2_send_segments(3)
 */
SOCK2_EXTERN int sock2_set_udp_segment(sock2_socket_t s, int size);

/**
 * Read the UDP GSO segment size of a socket (UDP_SEGMENT at SOL_UDP).
 *
 * @page sock2_set_udp_segment
 * @param s     a UDP socket.
 * @param size  receives the segment size, 0 if GSO is off.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is not a valid socket.
 *   SOCK2_EINVAL       size is NULL.
 *   SOCK2_ENOPROTOOPT  s is not a UDP socket, or the kernel has no GSO.
 *   SOCK2_ENOTSUP      the OS has no UDP GSO.
 *   other              any other error getsockopt reports.
 * @platforms  As sock2_set_udp_segment().
 * @since  0.2.0
 */
SOCK2_EXTERN int sock2_udp_segment(sock2_socket_t s, int *size);

/**
 * How many GSO segments of a size fit one send, by address family.
 *
 * A pure computation (no system call): the whole send must fit one UDP
 * datagram (SOCK2_UDP_MAX_PAYLOAD_V4, 65507 bytes, on IPv4;
 * SOCK2_UDP_MAX_PAYLOAD_V6, 65527, on IPv6) and the kernel carries at
 * most SOCK2_UDP_MAX_SEGMENTS (128), so the answer is
 * min(128, floor(max payload / segment_size)): 54 for 1200-byte segments
 * on IPv4, 54 on IPv6, 128 for 100-byte ones. Never assume a fixed 64: a
 * 64 x 1200 send fails whole with SOCK2_EMSGSIZE. An IPv6 socket that
 * sends to IPv4-mapped addresses is bound by the IPv4 figure.
 *
 * @param domain        SOCK2_DOMAIN_IPV4 or SOCK2_DOMAIN_IPV6.
 * @param segment_size  the segment size in bytes, 1 or more.
 * @return  the number of segments, 1 to 128.
 * @errors
 *   SOCK2_EINVAL        segment_size is 0 or above the family's largest
 *                       payload.
 *   SOCK2_EAFNOSUPPORT  domain is neither IPv4 nor IPv6.
 * @platforms  All.
 * @since  0.2.0
 * @see  sock2_udp_gso_max_segments(3)
 */
SOCK2_EXTERN int sock2_udp_max_segments(int domain, size_t segment_size);

/**
 * Whether a socket can send with GSO, and how many segments of a size
 * fit one send.
 *
 * Asks the socket: getsockopt(UDP_SEGMENT) (which fails on a kernel
 * without GSO or a socket that is not UDP) and getsockname() for its
 * family (two system calls: ask once and keep the answer), then answers
 * as sock2_udp_max_segments(). A device that cannot checksum may still
 * refuse a GSO send with SOCK2_EIO; sock2_send_segments() falls back to
 * a batch then.
 *
 * @param s             a UDP socket (IPv4 or IPv6).
 * @param segment_size  the segment size in bytes, 1 or more.
 * @return  the number of segments of segment_size one send may carry
 *          (1 to 128).
 * @errors
 *   SOCK2_EBADF         s is not a valid socket.
 *   SOCK2_EINVAL        segment_size is 0 or too large for the family.
 *   SOCK2_ENOPROTOOPT   the kernel has no UDP GSO (older than 4.18), or
 *                       the socket is IPv6 but not UDP.
 *   SOCK2_EAFNOSUPPORT  the socket is neither IPv4 nor IPv6.
 *   SOCK2_ENOTSUP       the OS has no UDP GSO, or the socket is IPv4 but
 *                       not UDP (Linux's EOPNOTSUPP).
 *   other               any other error the system calls report.
 * @platforms  Linux 4.18+; SOCK2_ENOTSUP elsewhere (Windows included:
 *   its headers lack UDP_SEND_MSG_SIZE here). Test with
 *   sock2_has(SOCK2_FEATURE_UDP_SEGMENT).
 * @example
 *   int k = sock2_udp_gso_max_segments(s, 1200);
 *   size_t per_call = k > 0 ? (size_t)k * 1200 : 1200;
 * @since  0.2.0
 * @see  sock2_udp_max_segments(3), sock2_set_udp_segment(3)
 */
SOCK2_EXTERN int sock2_udp_gso_max_segments(sock2_socket_t s,
                                            size_t segment_size);

/**
 * Send a buffer as datagrams of segment_size bytes, with GSO where it
 * works and as a batch where it does not.
 *
 * Cuts buf into datagrams of segment_size bytes (the last one may be
 * shorter) and sends them to `to` (NULL on a connected socket):
 *   - len <= segment_size: one sendto(), an ordinary datagram;
 *   - with GSO (Linux 4.18+): one sendmsg() carrying a UDP_SEGMENT
 *     control message, so the kernel or the device segments;
 *   - without GSO in the build, or when the kernel refuses GSO with EIO
 *     (a device that cannot checksum; UDP-Lite), with ENOPROTOOPT or
 *     EOPNOTSUPP: the same datagrams as one sock2_sendmmsg() batch (a
 *     sendmsg loop where there is no sendmmsg), built on the stack (at
 *     most SOCK2_UDP_MAX_SEGMENTS entries, no allocation). That is the
 *     documented fallback path; a caller may take it itself with
 *     sock2_sendmmsg().
 * The datagrams a receiver gets are the same either way.
 *
 * @param s             a UDP socket.
 * @param buf           the bytes.
 * @param len           how many; at most segment_size * 128.
 * @param segment_size  the datagram size, 1 to 65535.
 * @param to            the destination, or NULL if s is connected.
 * @param flags         SOCK2_MSG_* bits.
 * @return  the bytes sent: len, or (the batch after a partial send) the
 *          bytes of the whole datagrams sent.
 * @errors
 *   SOCK2_EBADF     s is not a valid socket.
 *   SOCK2_EINVAL    buf is NULL with len > 0, len above PTRDIFF_MAX,
 *                   segment_size 0 or above 65535, more than 128
 *                   segments, or a to whose len exceeds its storage.
 *   SOCK2_EMSGSIZE  the whole send does not fit one UDP datagram (GSO),
 *                   or a segment does not fit the route's MTU.
 *   SOCK2_EAGAIN    the first datagram would block.
 *   other           any other error of the first datagram.
 * @platforms  All (GSO on Linux 4.18+, a batch elsewhere). Test with
 *   sock2_has(SOCK2_FEATURE_UDP_SEGMENT).
 * @example
 *   sock2_ssize_t n = sock2_send_segments(s, buf, 20 * 1200 + 7, 1200,
 *                                         &peer, 0);
 * @since  0.2.0
 * @see  sock2_udp_gso_max_segments(3), sock2_sendmmsg(3)
 */
SOCK2_EXTERN sock2_ssize_t sock2_send_segments(sock2_socket_t s,
                                               const void *buf, size_t len,
                                               size_t segment_size,
                                               const sock2_addr_t *to,
                                               int flags);

/* ---- UDP receive offload (GRO) ------------------------------------------ */

/**
 * Let a UDP socket receive coalesced datagrams (UDP_GRO at SOL_UDP).
 *
 * With it on, a train of datagrams of one size from one sender (on Linux:
 * a GSO send, locally or through a device with GRO) may arrive as one
 * buffer, with the segment size in a UDP_GRO control message
 * (sock2_cmsg_get_udp_gro()); sock2_udp_gro_split() cuts it into its
 * datagrams. Receive into buffers of at least 64 KiB: a coalesced buffer
 * that does not fit is truncated and the rest of its datagrams is lost.
 * Linux does not coalesce separately sent datagrams on lo. Windows'
 * equivalent is UDP_RECV_MAX_COALESCED_SIZE (set to 65527 when on),
 * used where the headers declare it.
 *
 * @param s   a UDP socket.
 * @param on  non-zero to receive coalesced buffers, 0 for datagrams.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is not a valid socket.
 *   SOCK2_ENOPROTOOPT  s is not a UDP socket, or the kernel is older
 *                      than Linux 5.0.
 *   SOCK2_ENOTSUP      the OS has no UDP GRO.
 *   other              any other error setsockopt reports.
 * @platforms  Linux 5.0+; Windows where the headers declare
 *   UDP_RECV_MAX_COALESCED_SIZE; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_UDP_GRO).
 * @example
 *   sock2_set_udp_gro(s, 1);
 * @since  0.2.0
 * @see  sock2_udp_gro_split(3), sock2_set_udp_segment(3)
 */
SOCK2_EXTERN int sock2_set_udp_gro(sock2_socket_t s, int on);

/**
 * Whether a UDP socket receives coalesced datagrams (UDP_GRO).
 *
 * @page sock2_set_udp_gro
 * @param s   a UDP socket.
 * @param on  receives 0 or 1.
 * @return  0.
 * @errors
 *   SOCK2_EBADF        s is not a valid socket.
 *   SOCK2_EINVAL       on is NULL.
 *   SOCK2_ENOPROTOOPT  s is not a UDP socket, or the kernel has no GRO.
 *   SOCK2_ENOTSUP      the OS has no UDP GRO.
 *   other              any other error getsockopt reports.
 * @platforms  As sock2_set_udp_gro().
 * @since  0.2.0
 */
SOCK2_EXTERN int sock2_udp_gro(sock2_socket_t s, int *on);

/**
 * Split one coalesced receive into its datagrams, without copying.
 *
 * Fills out[0..k-1] with views into buf: datagram i is the segment_size
 * bytes at buf + i * segment_size, the last one whatever remains (it may
 * be shorter). segment_size 0 means "not coalesced" (no UDP_GRO control
 * message arrived): the whole buffer is one datagram. A zero-length
 * receive is one empty datagram. The views point into buf (their base is
 * not const: do not write through them if buf is read-only).
 *
 * @param buf           the received bytes.
 * @param len           how many were received.
 * @param segment_size  the segment size the UDP_GRO control message
 *                      gave, or 0.
 * @param out           receives the views.
 * @param n             room in out.
 * @return  the number of datagrams k (written to out[0..k-1]).
 * @errors
 *   SOCK2_EINVAL   buf is NULL with len > 0, out is NULL with n > 0, or
 *                  len or n above PTRDIFF_MAX.
 *   SOCK2_ENOBUFS  out has fewer than k entries (nothing written).
 * @platforms  All.
 * @example
 *   sock2_buf_t dg[SOCK2_UDP_MAX_SEGMENTS];
 *   int k = sock2_udp_gro_split(buf, got, gro, dg, SOCK2_UDP_MAX_SEGMENTS);
 *   for (int i = 0; i < k; i++)
 *     handle(dg[i].base, dg[i].len);
 * @since  0.2.0
 * @see  sock2_set_udp_gro(3)
 */
SOCK2_EXTERN int sock2_udp_gro_split(const void *buf, size_t len,
                                     size_t segment_size, sock2_buf_t *out,
                                     size_t n);

/* ---- Control messages for GSO and GRO (see sock2/cmsg.h) ---------------- */

/*
 * Control-buffer space of one UDP_SEGMENT message, a constant expression
 * for static buffers (2 data bytes on Linux, 4 on Windows: 4 covers both).
 */
#define SOCK2_CMSG_UDP_SEGMENT_SPACE SOCK2_CMSG_SPACE(4)

/**
 * Append a per-message GSO segment size (a UDP_SEGMENT control message).
 *
 * Description: writes a SOL_UDP / UDP_SEGMENT message with size as a
 * 16-bit value (Windows: IPPROTO_UDP / UDP_SEND_MSG_SIZE, a DWORD) for
 * sock2_sendmsg() or a sock2_sendmmsg() entry: that message's payload
 * leaves as datagrams of size bytes, whatever sock2_set_udp_segment()
 * says (0 sends it as one datagram). The limits of
 * sock2_set_udp_segment() apply to the send.
 *
 * @param w     the writer.
 * @param size  the segment size, 0 to 65535.
 * @return  0.
 * @errors
 *   SOCK2_EINVAL   w is NULL, or size is negative or above 65535.
 *   SOCK2_ENOBUFS  the buffer has no room for it (nothing written).
 *   SOCK2_ENOTSUP  the OS has no UDP GSO.
 * @platforms  Linux 4.18+; Windows where the headers declare
 *   UDP_SEND_MSG_SIZE; SOCK2_ENOTSUP elsewhere. Test with
 *   sock2_has(SOCK2_FEATURE_UDP_SEGMENT).
 * @example
 *   SOCK2_CMSG_BUF(cb, SOCK2_CMSG_UDP_SEGMENT_SPACE);
 *   sock2_cmsg_writer_t w;
 *   sock2_cmsg_writer_init(&w, cb.buf, sizeof(cb.buf));
 *   sock2_cmsg_put_udp_segment(&w, 1200);
 *   sock2_msg_set_cmsgs(&msg, &w);
 *   sock2_sendmsg(s, &msg, 0);
 * @since  0.2.0
 * @see  sock2_set_udp_segment(3), sock2_cmsg_get_udp_gro(3)
 */
SOCK2_EXTERN int sock2_cmsg_put_udp_segment(sock2_cmsg_writer_t *w,
                                            int size);

/**
 * Decode a UDP_SEGMENT control message (the segment size of a GSO send).
 *
 * @page sock2_cmsg_put_udp_segment
 * @param c     a message from sock2_cmsg_next().
 * @param size  receives the segment size; untouched on failure.
 * @return  0.
 * @errors
 *   SOCK2_EINVAL   c or size is NULL, or the data length is not the OS's.
 *   SOCK2_ENOENT   c is another kind of message.
 * @platforms  All (SOCK2_ENOENT where the OS has no UDP GSO).
 * @since  0.2.0
 */
SOCK2_EXTERN int sock2_cmsg_get_udp_segment(const sock2_cmsg_t *c,
                                            int *size);

/**
 * Decode a UDP_GRO control message: the segment size of a coalesced
 * receive.
 *
 * Description: a socket with sock2_set_udp_gro() on gets, with each
 * coalesced buffer, a SOL_UDP / UDP_GRO message (an int; Windows:
 * IPPROTO_UDP / UDP_COALESCED_INFO, a DWORD) holding the size of its
 * datagrams; every one but the last has that size. No such message: the
 * buffer is one datagram. Pass the size to sock2_udp_gro_split().
 *
 * @param c     a message from sock2_cmsg_next().
 * @param size  receives the segment size; untouched on failure.
 * @return  0.
 * @errors
 *   SOCK2_EINVAL   c or size is NULL, or the data length is not an int's.
 *   SOCK2_ENOENT   c is another kind of message.
 * @platforms  Linux 5.0+; Windows where the headers declare
 *   UDP_COALESCED_INFO; elsewhere every message is SOCK2_ENOENT.
 * @example
 *   int gro = 0;
 *   sock2_cmsg_iter_init(&it, &msg);
 *   while (sock2_cmsg_next(&it, &c) == 1)
 *     sock2_cmsg_get_udp_gro(&c, &gro);
 *   k = sock2_udp_gro_split(buf, got, (size_t)gro, dg, 128);
 * @since  0.2.0
 * @see  sock2_set_udp_gro(3), sock2_udp_gro_split(3)
 */
SOCK2_EXTERN int sock2_cmsg_get_udp_gro(const sock2_cmsg_t *c, int *size);

#endif /* SOCK2_BATCH_H */
