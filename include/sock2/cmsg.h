/* SPDX-License-Identifier: MIT */
/*
 * libsock2 control messages (ancillary data): a walker over the control
 * data sock2_recvmsg() filled, a writer that appends messages into a
 * caller's buffer for sock2_sendmsg(), and typed encoders and decoders
 * for each kind, so that no CMSG_* arithmetic is left in user code.
 * Included by <sock2.h>; do not include it on its own.
 *
 * Rules for every function here:
 *   - Nothing reads or writes outside the buffer given (for the walker:
 *     msg_control and msg_controllen, or buf and len): a cmsg_len that is
 *     0, shorter than a header, longer than what is left or huge stops the
 *     walk with SOCK2_EINVAL.
 *   - Data is copied with memcpy, never read through a cast, so a control
 *     buffer needs no particular alignment (the kernel does not need one
 *     either). Code that also reads it with the OS's CMSG_* macros should
 *     align it for struct cmsghdr (SOCK2_CMSG_BUF() does).
 *   - No allocation, no system call (except the descriptor helpers that
 *     close descriptors, which say so).
 *   - A typed decoder sock2_cmsg_get_<kind>(c, out) returns 0 with *out
 *     set; SOCK2_ENOENT if c is another kind (level or type); SOCK2_EINVAL
 *     for NULL arguments or the right kind with a wrong data length. *out
 *     is untouched on failure.
 */
#ifndef SOCK2_CMSG_H
#define SOCK2_CMSG_H

#ifdef _WIN32
# include <mswsock.h>
/*
 * Bytes one control message of n data bytes takes in a control buffer,
 * padding included: a constant expression, for static buffer sizes.
 */
# define SOCK2_CMSG_SPACE(n) WSA_CMSG_SPACE(n)
#else
# define SOCK2_CMSG_SPACE(n) CMSG_SPACE(n)
#endif

/*
 * A control buffer of n bytes aligned for the OS's message header: declare
 * with SOCK2_CMSG_BUF(name, SOCK2_CMSG_SPACE(a) + SOCK2_CMSG_SPACE(b)) and
 * pass name.buf and sizeof(name.buf).
 */
#define SOCK2_CMSG_BUF(name, n)                                               \
  union {                                                                     \
    unsigned char buf[n];                                                     \
    int64_t align_;                                                           \
    void *align_ptr_;                                                         \
  } name

/** One control message as the walker sees it (sock2_cmsg_next()). */
typedef struct sock2_cmsg {
  int level;        /* cmsg_level: SOL_SOCKET, IPPROTO_IP, ... */
  int type;         /* cmsg_type */
  const void *data; /* first data byte, inside the buffer; may be unaligned */
  size_t len;       /* data bytes, never past the buffer end */
} sock2_cmsg_t;

/*
 * Walker state: caller-allocated, fixed layout, fields private (they may
 * change meaning between versions, never size).
 */
typedef struct sock2_cmsg_iter {
  const unsigned char *buf_;
  size_t len_;
  size_t off_;
  int truncated_;
  int done_;
} sock2_cmsg_iter_t;

/*
 * Writer state over a caller's buffer: caller-allocated, fixed layout,
 * fields private.
 */
typedef struct sock2_cmsg_writer {
  unsigned char *buf_;
  size_t cap_;
  size_t len_;
} sock2_cmsg_writer_t;

/* ---- The walker --------------------------------------------------------- */

/**
 * Start walking the control data of a received message.
 *
 * Description: walks msg_control over msg_controllen bytes (Control.buf
 * and Control.len of a WSAMSG on Windows) as sock2_recvmsg() left them,
 * and records whether the kernel set MSG_CTRUNC (sock2_cmsg_truncated()).
 * A message without control data (NULL buffer or length 0) walks nothing.
 * The message is not kept: only its buffer pointer, length and flags are
 * copied into *it.
 *
 * @param it   the walker to initialise.
 * @param msg  the message sock2_recvmsg() filled.
 * @return  0.
 * @errors
 *   SOCK2_EINVAL   it or msg is NULL.
 * @platforms  All.
 * @example
 *   sock2_cmsg_iter_t it;
 *   sock2_cmsg_t c;
 *   int r;
 *   sock2_cmsg_iter_init(&it, &msg);
 *   while ((r = sock2_cmsg_next(&it, &c)) == 1)
 *     printf("level %d type %d, %zu bytes\n", c.level, c.type, c.len);
 * @since  0.2.0
 * @see  sock2_cmsg_next(3), sock2_recvmsg(3)
 */
SOCK2_EXTERN int sock2_cmsg_iter_init(sock2_cmsg_iter_t *it,
                                      const sock2_msg_t *msg);

/**
 * Start walking a raw control buffer.
 *
 * Description: as sock2_cmsg_iter_init() over len bytes at buf (control
 * data saved from a message, or built by a writer); the truncation flag
 * is 0.
 *
 * @param it   the walker to initialise.
 * @param buf  the control data; may be NULL if len is 0.
 * @param len  its length in bytes.
 * @return  0.
 * @errors
 *   SOCK2_EINVAL   it is NULL, buf is NULL with len > 0, or len is above
 *                  PTRDIFF_MAX.
 * @platforms  All.
 * @since  0.2.0
 * @page  sock2_cmsg_iter_init
 */
SOCK2_EXTERN int sock2_cmsg_iter_init_buf(sock2_cmsg_iter_t *it,
                                          const void *buf, size_t len);

/**
 * The next control message.
 *
 * Description: reads the next header (by memcpy) and checks it against
 * what is left of the buffer. Trailing bytes too few for a header end
 * the walk. A cmsg_len below the header length, or beyond the end of the
 * buffer, is malformed: the walk stops with SOCK2_EINVAL and every later
 * call returns 0. One exception, for the kernels (Apple's) that report a
 * message's full length after cutting it: if the message had MSG_CTRUNC,
 * a last message that runs past the end is returned with the bytes that
 * are there (out->len shortened) and ends the walk.
 *
 * @param it   the walker.
 * @param out  receives the message; written only when 1 is returned.
 * @return  1 with *out set; 0 at the end.
 * @errors
 *   SOCK2_EINVAL   it or out is NULL, or the message is malformed.
 * @platforms  All.
 * @since  0.2.0
 * @page  sock2_cmsg_iter_init
 */
SOCK2_EXTERN int sock2_cmsg_next(sock2_cmsg_iter_t *it, sock2_cmsg_t *out);

/**
 * Whether the walked message had MSG_CTRUNC.
 *
 * Description: 1 if the kernel had more control data than the buffer
 * held (it was cut: descriptors that did not fit were closed by the
 * kernel, and the last message may be short), else 0. Always 0 for a
 * walker made by sock2_cmsg_iter_init_buf() or NULL.
 *
 * @param it  the walker.
 * @return  0 or 1.
 * @errors
 *   none           the function cannot fail.
 * @platforms  All.
 * @since  0.2.0
 * @page  sock2_cmsg_iter_init
 */
SOCK2_EXTERN int sock2_cmsg_truncated(const sock2_cmsg_iter_t *it);

/* ---- The writer --------------------------------------------------------- */

/**
 * Start writing control messages into a caller's buffer.
 *
 * Description: the writer appends messages at the start of buf (which
 * needs no alignment); sock2_msg_set_cmsgs() attaches what was written
 * to a message for sock2_sendmsg(). Size the buffer with
 * SOCK2_CMSG_SPACE() (or sock2_cmsg_space()) of each message, summed. A
 * capacity above what a message header can describe is clamped to it.
 *
 * @param w    the writer to initialise.
 * @param buf  the buffer; may be NULL if cap is 0.
 * @param cap  its size in bytes.
 * @return  0.
 * @errors
 *   SOCK2_EINVAL   w is NULL, buf is NULL with cap > 0, or cap is above
 *                  PTRDIFF_MAX.
 * @platforms  All.
 * @example
 *   SOCK2_CMSG_BUF(cb, SOCK2_CMSG_SPACE(sizeof(int)));
 *   sock2_cmsg_writer_t w;
 *   sock2_cmsg_writer_init(&w, cb.buf, sizeof(cb.buf));
 *   sock2_cmsg_put_tos_v4(&w, 0x01);
 *   sock2_msg_set_cmsgs(&msg, &w);
 *   sock2_sendmsg(s, &msg, 0);
 * @since  0.2.0
 * @see  sock2_cmsg_put(3), sock2_sendmsg(3)
 */
SOCK2_EXTERN int sock2_cmsg_writer_init(sock2_cmsg_writer_t *w, void *buf,
                                        size_t cap);

/**
 * Append one control message.
 *
 * Description: writes a header (cmsg_len = CMSG_LEN(len), level, type),
 * the len data bytes and the padding up to SOCK2_CMSG_SPACE(len), which
 * is zeroed. If the message does not fit in what is left of the buffer,
 * nothing is written.
 *
 * @param w      the writer.
 * @param level  cmsg_level.
 * @param type   cmsg_type.
 * @param data   len data bytes; may be NULL if len is 0.
 * @param len    data length in bytes.
 * @return  0.
 * @errors
 *   SOCK2_EINVAL   w is NULL, data is NULL with len > 0, or len is above
 *                  PTRDIFF_MAX.
 *   SOCK2_ENOBUFS  the message does not fit (nothing written).
 * @platforms  All.
 * @since  0.2.0
 * @page  sock2_cmsg_writer_init
 */
SOCK2_EXTERN int sock2_cmsg_put(sock2_cmsg_writer_t *w, int level, int type,
                                const void *data, size_t len);

/**
 * Bytes written so far: the control length to pass.
 *
 * @param w  the writer.
 * @return  the byte count; 0 for NULL.
 * @errors
 *   none           the function cannot fail.
 * @platforms  All.
 * @since  0.2.0
 * @page  sock2_cmsg_writer_init
 */
SOCK2_EXTERN size_t sock2_cmsg_writer_len(const sock2_cmsg_writer_t *w);

/**
 * Attach a writer's control data to a message.
 *
 * Description: msg_control = the writer's buffer, msg_controllen =
 * sock2_cmsg_writer_len() (NULL and 0 when nothing was written), as
 * sock2_msg_set_control() would. The writer may go on appending; call
 * this again afterwards.
 *
 * @param msg  the message.
 * @param w    the writer.
 * @return  0.
 * @errors
 *   SOCK2_EINVAL   msg or w is NULL.
 * @platforms  All.
 * @since  0.2.0
 * @page  sock2_cmsg_writer_init
 */
SOCK2_EXTERN int sock2_msg_set_cmsgs(sock2_msg_t *msg,
                                     const sock2_cmsg_writer_t *w);

/**
 * Bytes one control message of n data bytes takes.
 *
 * Description: CMSG_SPACE(n) (WSA_CMSG_SPACE(n) on Windows), the value of
 * SOCK2_CMSG_SPACE(n) for run-time sizes.
 *
 * @param n  data length in bytes.
 * @return  the space in bytes; 0 if n is above PTRDIFF_MAX minus a
 *          header (no buffer could hold it).
 * @errors
 *   none           the function cannot fail.
 * @platforms  All.
 * @since  0.2.0
 * @page  sock2_cmsg_writer_init
 */
SOCK2_EXTERN size_t sock2_cmsg_space(size_t n);

/* ======================================================================== */
/* Typed kinds                                                              */
/* ======================================================================== */

/* ---- Descriptors (SCM_RIGHTS) ------------------------------------------- */

/**
 * Append descriptors to pass over a unix socket (SCM_RIGHTS).
 *
 * Description: one SOL_SOCKET/SCM_RIGHTS message carrying the n
 * descriptors (int). The kernel duplicates them into the receiver when
 * the message is sent; the sender still owns its own. Linux refuses more
 * than 253 in one message (SOCK2_EINVAL from sock2_sendmsg()).
 *
 * @param w    the writer.
 * @param fds  n descriptors; may be NULL if n is 0.
 * @param n    how many.
 * @return  0.
 * @errors
 *   SOCK2_EINVAL   w is NULL, or fds is NULL with n > 0.
 *   SOCK2_ENOBUFS  the message does not fit (nothing written).
 *   SOCK2_ENOTSUP  no SCM_RIGHTS (Windows).
 * @platforms  POSIX; SOCK2_ENOTSUP on Windows.
 *   Test with sock2_has(SOCK2_FEATURE_SCM_RIGHTS).
 * @example
 *   int fd = open("/etc/hostname", O_RDONLY);
 *   SOCK2_CMSG_BUF(cb, SOCK2_CMSG_SPACE(sizeof(int)));
 *   sock2_cmsg_writer_t w;
 *   sock2_cmsg_writer_init(&w, cb.buf, sizeof(cb.buf));
 *   sock2_cmsg_put_rights(&w, &fd, 1);
 *   sock2_msg_set_cmsgs(&msg, &w);
 *   sock2_sendmsg(s, &msg, 0);
 * @since  0.2.0
 * @see  sock2_cmsg_get_rights(3), sock2_cmsg_close_rights(3)
 */
SOCK2_EXTERN int sock2_cmsg_put_rights(sock2_cmsg_writer_t *w,
                                       const int *fds, size_t n);

/**
 * Read the descriptors of a received SCM_RIGHTS message.
 *
 * Description: copies the descriptors of c into fds. The descriptors
 * are the receiver's: close them (or sock2_cmsg_close_rights() on an
 * error path). sock2_recvmsg() receives them close-on-exec
 * (MSG_CMSG_CLOEXEC, or FD_CLOEXEC set right after the call where the OS
 * lacks that flag: see sock2_recvmsg()).
 *
 * @param c    the message (from sock2_cmsg_next()).
 * @param fds  receives the descriptors.
 * @param cap  room in fds (descriptors).
 * @return  the number of descriptors copied (0 or more).
 * @errors
 *   SOCK2_ENOENT   c is not SCM_RIGHTS.
 *   SOCK2_EINVAL   c or fds is NULL, or the data is not a whole number of
 *                  descriptors.
 *   SOCK2_ENOBUFS  more descriptors than cap (nothing copied: they are
 *                  still open, close them with sock2_cmsg_close_rights()).
 * @platforms  POSIX; on Windows every message is SOCK2_ENOENT.
 * @since  0.2.0
 * @page  sock2_cmsg_put_rights
 */
SOCK2_EXTERN int sock2_cmsg_get_rights(const sock2_cmsg_t *c, int *fds,
                                       size_t cap);

/**
 * Close every descriptor a received message carries.
 *
 * Description: walks the control data of msg and closes each descriptor
 * of each SCM_RIGHTS message (and Linux's SCM_PIDFD), including those of
 * a last message cut short by MSG_CTRUNC: for error paths, where the
 * program will not use what it received. Call it once per receive: the
 * numbers may be reused by the next open.
 *
 * @param msg  the message sock2_recvmsg() filled.
 * @return  the number of descriptors closed.
 * @errors
 *   SOCK2_EINVAL   msg is NULL. (A malformed control buffer ends the walk;
 *                  what came before it is closed.)
 * @platforms  POSIX; 0 on Windows.
 * @since  0.2.0
 * @page  sock2_cmsg_put_rights
 */
SOCK2_EXTERN int sock2_cmsg_close_rights(const sock2_msg_t *msg);

/* ---- Credentials (SCM_CREDENTIALS, SCM_CREDS) --------------------------- */

/*
 * A process's credentials as a unix socket passes them. Fixed layout
 * (it mirrors no OS struct exactly and never grows).
 */
typedef struct sock2_cred {
  int32_t pid;  /* process id */
  uint32_t uid; /* user id (real on the BSDs: cmcred_uid) */
  uint32_t gid; /* group id (real) */
  uint32_t euid; /* effective user id: the BSDs; equals uid on Linux */
} sock2_cred_t;

/**
 * Append the sender's credentials (SCM_CREDENTIALS; SCM_CREDS on the BSDs).
 *
 * Description: Linux: SOL_SOCKET/SCM_CREDENTIALS with a struct ucred of
 * cred's pid, uid and gid; the kernel checks them (a process may send
 * its own, root any: otherwise SOCK2_EPERM from sock2_sendmsg()). The
 * receiver needs sock2_set_passcred() and then gets the sender's
 * credentials with every message, sent or not. The BSDs: SCM_CREDS with
 * an empty struct cmsgcred, which the kernel fills with the real values
 * (cred is ignored).
 *
 * @param w     the writer.
 * @param cred  the credentials to claim (Linux).
 * @return  0.
 * @errors
 *   SOCK2_EINVAL   w or cred is NULL.
 *   SOCK2_ENOBUFS  the message does not fit (nothing written).
 *   SOCK2_ENOTSUP  neither SCM_CREDENTIALS nor SCM_CREDS (Apple, Windows).
 * @platforms  Linux, FreeBSD, NetBSD, DragonFly; SOCK2_ENOTSUP elsewhere.
 *   Test with sock2_has(SOCK2_FEATURE_SCM_CREDENTIALS).
 * @example
 *   sock2_cred_t me = { getpid(), getuid(), getgid(), geteuid() };
 *   sock2_cmsg_put_creds(&w, &me);
 * @since  0.2.0
 * @see  sock2_set_passcred(3)
 */
SOCK2_EXTERN int sock2_cmsg_put_creds(sock2_cmsg_writer_t *w,
                                      const sock2_cred_t *cred);

/**
 * Decode received credentials (SCM_CREDENTIALS or SCM_CREDS).
 *
 * @param c    the message.
 * @param out  receives pid, uid, gid (euid = uid on Linux).
 * @return  0.
 * @errors
 *   SOCK2_ENOENT   c is not a credentials message.
 *   SOCK2_EINVAL   c or out is NULL, or the data has the wrong length.
 * @platforms  Linux, the BSDs; SOCK2_ENOENT for every message elsewhere.
 * @since  0.2.0
 * @page  sock2_cmsg_put_creds
 */
SOCK2_EXTERN int sock2_cmsg_get_creds(const sock2_cmsg_t *c,
                                      sock2_cred_t *out);

/* ---- Destination address and interface (IP_PKTINFO, IPV6_PKTINFO) ------- */

/* Where a datagram arrived. Fixed layout; never grows. */
typedef struct sock2_pktinfo {
  sock2_addr_t addr;  /* destination address of the header (port 0) */
  sock2_addr_t local; /* Linux IP_PKTINFO ipi_spec_dst: the local address
                         a reply would come from; length 0 elsewhere */
  uint32_t ifindex;   /* arriving interface, 0 if unknown */
  uint32_t reserved;  /* 0 */
} sock2_pktinfo_t;

/**
 * Decode a datagram's destination address and interface.
 *
 * Description: IP_PKTINFO (struct in_pktinfo: ipi_addr, ipi_spec_dst,
 * ipi_ifindex) and IPV6_PKTINFO (struct in6_pktinfo) fill the whole of
 * *out. The BSDs send two messages instead: IP_RECVDSTADDR (an in_addr:
 * fills out->addr only) and IP_RECVIF (a sockaddr_dl: fills out->ifindex
 * only); zero *out first and call this for each message. Ask for them
 * with sock2_set_recv_pktinfo_v4() / sock2_set_recv_pktinfo_v6().
 *
 * @param c    the message.
 * @param out  receives the fields the message carries.
 * @return  0.
 * @errors
 *   SOCK2_ENOENT   c is none of these kinds.
 *   SOCK2_EINVAL   c or out is NULL, or the data has the wrong length.
 * @platforms  Linux, Windows (IP_PKTINFO, IPV6_PKTINFO), the BSDs and
 *   Apple (IPV6_PKTINFO; IP_PKTINFO on Apple, IP_RECVDSTADDR + IP_RECVIF
 *   on the others).
 * @example
 *   sock2_pktinfo_t pi;
 *   memset(&pi, 0, sizeof(pi));
 *   while (sock2_cmsg_next(&it, &c) == 1)
 *     sock2_cmsg_get_pktinfo(&c, &pi);
 *   printf("to ifindex %u\n", (unsigned)pi.ifindex);
 * @since  0.2.0
 * @see  sock2_set_recv_pktinfo_v4(3), sock2_cmsg_put_pktinfo_v4(3)
 */
SOCK2_EXTERN int sock2_cmsg_get_pktinfo(const sock2_cmsg_t *c,
                                        sock2_pktinfo_t *out);

/**
 * Choose the source address (and interface) of one IPv4 datagram.
 *
 * Description: Linux and Apple: IP_PKTINFO with ipi_spec_dst = src and
 * ipi_ifindex = index; Windows: IP_PKTINFO with ipi_addr = src; the
 * BSDs: IP_SENDSRCADDR with src (index must be 0). The kernel refuses a
 * source that is not local (Linux: SOCK2_ENETUNREACH from
 * sock2_sendmsg()).
 *
 * @param w      the writer.
 * @param src    the source address (IPv4), or NULL for "any" (then only
 *               the interface is chosen).
 * @param index  the outgoing interface index, or 0.
 * @return  0.
 * @errors
 *   SOCK2_EINVAL   w is NULL, or src is not an IPv4 address.
 *   SOCK2_ENOBUFS  the message does not fit (nothing written).
 *   SOCK2_ENOTSUP  the OS has no such message, or an index on the BSDs.
 * @platforms  Linux, Apple, Windows, the BSDs (address only).
 * @since  0.2.0
 * @page  sock2_cmsg_get_pktinfo
 */
SOCK2_EXTERN int sock2_cmsg_put_pktinfo_v4(sock2_cmsg_writer_t *w,
                                           const sock2_addr_t *src,
                                           uint32_t index);

/**
 * Choose the source address (and interface) of one IPv6 datagram.
 *
 * Description: IPV6_PKTINFO with ipi6_addr = src and ipi6_ifindex =
 * index (RFC 3542). The kernel refuses a source that is not local
 * (Linux: SOCK2_EINVAL from sock2_sendmsg()).
 *
 * @param w      the writer.
 * @param src    the source address (IPv6), or NULL for "any".
 * @param index  the outgoing interface index, or 0.
 * @return  0.
 * @errors
 *   SOCK2_EINVAL   w is NULL, or src is not an IPv6 address.
 *   SOCK2_ENOBUFS  the message does not fit (nothing written).
 *   SOCK2_ENOTSUP  no IPV6_PKTINFO.
 * @platforms  Linux, the BSDs, Apple, Windows.
 * @since  0.2.0
 * @page  sock2_cmsg_get_pktinfo
 */
SOCK2_EXTERN int sock2_cmsg_put_pktinfo_v6(sock2_cmsg_writer_t *w,
                                           const sock2_addr_t *src,
                                           uint32_t index);

/* ---- TTL and hop limit -------------------------------------------------- */

/**
 * Set the TTL of one IPv4 datagram (an IP_TTL control message).
 *
 * @param w    the writer.
 * @param ttl  1..255 (0 is refused by Linux).
 * @return  0.
 * @errors
 *   SOCK2_EINVAL   w is NULL or ttl is outside 0..255.
 *   SOCK2_ENOBUFS  the message does not fit (nothing written).
 *   SOCK2_ENOTSUP  no IP_TTL.
 * @platforms  Linux (4.0+), Windows where Winsock honours it; the BSDs
 *   refuse the message on send.
 * @since  0.2.0
 * @see  sock2_cmsg_get_ttl(3), sock2_set_recv_ttl_v4(3)
 */
SOCK2_EXTERN int sock2_cmsg_put_ttl_v4(sock2_cmsg_writer_t *w, int ttl);

/**
 * Decode the TTL of a received IPv4 datagram.
 *
 * Description: IP_TTL (an int: Linux, Windows) or IP_RECVTTL (one byte:
 * the BSDs, Apple). Ask for it with sock2_set_recv_ttl_v4().
 *
 * @param c    the message.
 * @param ttl  receives 0..255.
 * @return  0.
 * @errors
 *   SOCK2_ENOENT   c is not a TTL message.
 *   SOCK2_EINVAL   c or ttl is NULL, or the data has the wrong length.
 * @platforms  All with IP_RECVTTL.
 * @since  0.2.0
 * @page  sock2_cmsg_put_ttl_v4
 */
SOCK2_EXTERN int sock2_cmsg_get_ttl(const sock2_cmsg_t *c, int *ttl);

/**
 * Set the hop limit of one IPv6 datagram (an IPV6_HOPLIMIT message).
 *
 * @param w     the writer.
 * @param hops  0..255, or -1 for the socket's default.
 * @return  0.
 * @errors
 *   SOCK2_EINVAL   w is NULL or hops is outside -1..255.
 *   SOCK2_ENOBUFS  the message does not fit (nothing written).
 *   SOCK2_ENOTSUP  no IPV6_HOPLIMIT.
 * @platforms  Linux, the BSDs, Apple; Windows where Winsock honours it.
 * @since  0.2.0
 * @see  sock2_cmsg_get_hoplimit(3), sock2_set_recv_hoplimit_v6(3)
 */
SOCK2_EXTERN int sock2_cmsg_put_hoplimit_v6(sock2_cmsg_writer_t *w,
                                            int hops);

/**
 * Decode the hop limit of a received IPv6 datagram (IPV6_HOPLIMIT, an
 * int). Ask for it with sock2_set_recv_hoplimit_v6().
 *
 * @param c     the message.
 * @param hops  receives 0..255.
 * @return  0.
 * @errors
 *   SOCK2_ENOENT   c is not IPV6_HOPLIMIT.
 *   SOCK2_EINVAL   c or hops is NULL, or the data has the wrong length.
 * @platforms  All with IPV6_HOPLIMIT.
 * @since  0.2.0
 * @page  sock2_cmsg_put_hoplimit_v6
 */
SOCK2_EXTERN int sock2_cmsg_get_hoplimit(const sock2_cmsg_t *c, int *hops);

/* ---- TOS, traffic class and ECN ----------------------------------------- */

/* The two ECN bits and the six DSCP bits of a TOS / traffic-class byte. */
#define SOCK2_TOS_ECN(tos) ((tos) & 3)
#define SOCK2_TOS_DSCP(tos) (((tos) >> 2) & 0x3f)
/* ECN codepoints (RFC 3168). */
#define SOCK2_ECN_NOT_ECT 0
#define SOCK2_ECN_ECT1 1
#define SOCK2_ECN_ECT0 2
#define SOCK2_ECN_CE 3

/**
 * Set the TOS byte (DSCP and ECN) of one IPv4 datagram (an IP_TOS
 * message, an int).
 *
 * @param w    the writer.
 * @param tos  0..255.
 * @return  0.
 * @errors
 *   SOCK2_EINVAL   w is NULL or tos is outside 0..255.
 *   SOCK2_ENOBUFS  the message does not fit (nothing written).
 *   SOCK2_ENOTSUP  no IP_TOS.
 * @platforms  Linux; SOCK2_ENOTSUP on Windows (use
 *   sock2_cmsg_put_ecn_v4()); the BSDs may refuse it on send.
 * @since  0.2.0
 * @see  sock2_cmsg_get_tos(3), sock2_set_recv_tos_v4(3)
 */
SOCK2_EXTERN int sock2_cmsg_put_tos_v4(sock2_cmsg_writer_t *w, int tos);

/**
 * Set the traffic class (DSCP and ECN) of one IPv6 datagram (an
 * IPV6_TCLASS message, an int: Linux refuses a single byte).
 *
 * @param w       the writer.
 * @param tclass  0..255, or -1 for the socket's default.
 * @return  0.
 * @errors
 *   SOCK2_EINVAL   w is NULL or tclass is outside -1..255.
 *   SOCK2_ENOBUFS  the message does not fit (nothing written).
 *   SOCK2_ENOTSUP  no IPV6_TCLASS.
 * @platforms  Linux, the BSDs, Apple; SOCK2_ENOTSUP on Windows (use
 *   sock2_cmsg_put_ecn_v6()).
 * @since  0.2.0
 * @page  sock2_cmsg_put_tos_v4
 */
SOCK2_EXTERN int sock2_cmsg_put_tclass_v6(sock2_cmsg_writer_t *w,
                                          int tclass);

/**
 * Mark one datagram with an ECN codepoint.
 *
 * Description: Windows: IP_ECN / IPV6_ECN with the codepoint. Elsewhere
 * IP_TOS / IPV6_TCLASS with the codepoint in the two low bits and DSCP 0
 * (to keep a DSCP, use sock2_cmsg_put_tos_v4(w, dscp << 2 | ecn)).
 *
 * @param w    the writer.
 * @param ecn  SOCK2_ECN_NOT_ECT, _ECT1, _ECT0 or _CE (0..3).
 * @return  0.
 * @errors
 *   SOCK2_EINVAL   w is NULL or ecn is outside 0..3.
 *   SOCK2_ENOBUFS  the message does not fit (nothing written).
 *   SOCK2_ENOTSUP  the OS has neither message.
 * @platforms  Linux, the BSDs, Apple, Windows 10+ (IP_ECN).
 * @since  0.2.0
 * @page  sock2_cmsg_put_tos_v4
 */
SOCK2_EXTERN int sock2_cmsg_put_ecn_v4(sock2_cmsg_writer_t *w, int ecn);
/**
 * Mark one IPv6 datagram with an ECN codepoint: as
 * sock2_cmsg_put_ecn_v4() with IPV6_TCLASS / IPV6_ECN.
 *
 * @param w    the writer.
 * @param ecn  0..3.
 * @return  0.
 * @errors
 *   SOCK2_EINVAL   w is NULL or ecn is outside 0..3.
 *   SOCK2_ENOBUFS  the message does not fit (nothing written).
 *   SOCK2_ENOTSUP  the OS has neither message.
 * @platforms  As sock2_cmsg_put_ecn_v4().
 * @since  0.2.0
 * @page  sock2_cmsg_put_tos_v4
 */
SOCK2_EXTERN int sock2_cmsg_put_ecn_v6(sock2_cmsg_writer_t *w, int ecn);

/**
 * Decode the TOS byte or traffic class of a received datagram.
 *
 * Description: IP_TOS (one byte on Linux; IP_RECVTOS on the BSDs) or
 * IPV6_TCLASS (an int). Split it with SOCK2_TOS_DSCP() and
 * SOCK2_TOS_ECN(). Windows' IP_ECN / IPV6_ECN carry only the ECN bits:
 * *tos is then the codepoint (DSCP 0). Ask for them with
 * sock2_set_recv_tos_v4() / sock2_set_recv_tclass_v6().
 *
 * @param c    the message.
 * @param tos  receives 0..255.
 * @return  0.
 * @errors
 *   SOCK2_ENOENT   c is none of these kinds.
 *   SOCK2_EINVAL   c or tos is NULL, or the data has the wrong length.
 * @platforms  All.
 * @since  0.2.0
 * @page  sock2_cmsg_put_tos_v4
 */
SOCK2_EXTERN int sock2_cmsg_get_tos(const sock2_cmsg_t *c, int *tos);

/**
 * Decode only the ECN codepoint of a received datagram: as
 * sock2_cmsg_get_tos(), then SOCK2_TOS_ECN().
 *
 * @param c    the message.
 * @param ecn  receives 0..3.
 * @return  0.
 * @errors
 *   SOCK2_ENOENT   c carries no TOS, traffic class or ECN.
 *   SOCK2_EINVAL   c or ecn is NULL, or the data has the wrong length.
 * @platforms  All.
 * @since  0.2.0
 * @page  sock2_cmsg_put_tos_v4
 */
SOCK2_EXTERN int sock2_cmsg_get_ecn(const sock2_cmsg_t *c, int *ecn);

/* ---- Receive timestamps (SO_TIMESTAMPNS, SO_TIMESTAMP) ------------------ */

/**
 * Decode a receive timestamp.
 *
 * Description: SCM_TIMESTAMPNS (struct timespec), SCM_TIMESTAMP (struct
 * timeval) and Linux's 64-bit SO_TIMESTAMPNS_NEW / SO_TIMESTAMP_NEW, as
 * nanoseconds since the Unix epoch (CLOCK_REALTIME; representable until
 * 2262). Ask for them with sock2_set_timestamp_ns() or
 * sock2_set_timestamp().
 *
 * @param c   the message.
 * @param ns  receives the time in nanoseconds.
 * @return  0.
 * @errors
 *   SOCK2_ENOENT   c is not a timestamp.
 *   SOCK2_EINVAL   c or ns is NULL, the data has the wrong length, or the
 *                  time is out of range (negative, or past 2262).
 * @platforms  Linux, the BSDs, Apple; SOCK2_ENOENT for every message on
 *   Windows.
 * @since  0.2.0
 * @see  sock2_set_timestamp_ns(3)
 */
SOCK2_EXTERN int sock2_cmsg_get_timestamp(const sock2_cmsg_t *c,
                                          sock2_duration_t *ns);

/* ---- The error queue (IP_RECVERR, IPV6_RECVERR) ------------------------- */

/* Where an error-queue entry came from (sock_extended_err.ee_origin). */
#define SOCK2_EE_ORIGIN_NONE 0
#define SOCK2_EE_ORIGIN_LOCAL 1
#define SOCK2_EE_ORIGIN_ICMP 2
#define SOCK2_EE_ORIGIN_ICMP6 3
#define SOCK2_EE_ORIGIN_TXSTATUS 4 /* also SO_EE_ORIGIN_TIMESTAMPING */
#define SOCK2_EE_ORIGIN_ZEROCOPY 5
#define SOCK2_EE_ORIGIN_TXTIME 6

/* One error-queue entry (Linux's sock_extended_err). Fixed; never grows. */
typedef struct sock2_sock_err {
  int error;          /* ee_errno as a SOCK2_E* code (SOCK2_ECONNREFUSED) */
  uint32_t sys_errno; /* ee_errno as the kernel gave it */
  uint32_t origin;    /* SOCK2_EE_ORIGIN_* */
  uint32_t type;      /* ICMP type (origin ICMP/ICMP6) */
  uint32_t code;      /* ICMP code; flags for ZEROCOPY */
  uint32_t info;      /* e.g. the MTU for EMSGSIZE; range start, ZEROCOPY */
  uint32_t data;      /* e.g. the OPT_ID of a timestamp; range end */
  uint32_t reserved;  /* 0 */
  sock2_addr_t offender; /* who sent the ICMP (port 0); length 0 if none */
} sock2_sock_err_t;

/**
 * Decode an error-queue entry.
 *
 * Description: the IP_RECVERR (SOL_IP) or IPV6_RECVERR (SOL_IPV6)
 * message of a receive with SOCK2_MSG_ERRQUEUE: struct sock_extended_err
 * and, after it, the offender's address (SO_EE_OFFENDER). Ask for the
 * queue with sock2_set_recv_err_v4() / sock2_set_recv_err_v6(), then
 * sock2_recvmsg(s, &msg, SOCK2_MSG_ERRQUEUE) (it never blocks; the
 * payload is the head of the datagram that failed and msg_name its
 * destination).
 *
 * @param c    the message.
 * @param out  receives the entry.
 * @return  0.
 * @errors
 *   SOCK2_ENOENT   c is not IP_RECVERR / IPV6_RECVERR.
 *   SOCK2_EINVAL   c or out is NULL, or the data is shorter than a
 *                  sock_extended_err.
 * @platforms  Linux; SOCK2_ENOENT for every message elsewhere.
 *   Test with sock2_has(SOCK2_FEATURE_IP_RECVERR).
 * @example
 *   sock2_sock_err_t e;
 *   if (sock2_cmsg_get_sock_err(&c, &e) == 0
 *       && e.origin == SOCK2_EE_ORIGIN_ICMP)
 *     printf("%s from ICMP type %u code %u\n", sock2_strerror(e.error),
 *            (unsigned)e.type, (unsigned)e.code);
 * @since  0.2.0
 * @see  sock2_set_recv_err_v4(3), sock2_recvmsg(3)
 */
SOCK2_EXTERN int sock2_cmsg_get_sock_err(const sock2_cmsg_t *c,
                                         sock2_sock_err_t *out);

/* ---- Original destination (IP_ORIGDSTADDR, IPV6_ORIGDSTADDR) ----------- */

/**
 * Decode a datagram's original destination address and port.
 *
 * Description: the IP_ORIGDSTADDR (IPPROTO_IP, a struct sockaddr_in) and
 * IPV6_ORIGDSTADDR (IPPROTO_IPV6, a struct sockaddr_in6) messages that
 * sock2_set_recv_orig_dst_v4() / sock2_set_recv_orig_dst_v6() ask for:
 * the address and port the datagram was sent to before a TPROXY or
 * REDIRECT rule delivered it to this socket (without such a rule, the
 * socket's own address and port). A UDP transparent proxy replies from
 * it. The payload is copied (memcpy) before it is read; it must be
 * exactly one sockaddr of the family the level says.
 *
 * @param c    the message (from sock2_cmsg_next()).
 * @param out  receives the address (IPv4 or IPv6, with the port).
 * @return  0.
 * @errors
 *   SOCK2_ENOENT   c is not IP_ORIGDSTADDR / IPV6_ORIGDSTADDR (every
 *                  message, where the OS has neither: Windows).
 *   SOCK2_EINVAL   c or out is NULL, or the data is not exactly a
 *                  sockaddr_in (sockaddr_in6) of family AF_INET
 *                  (AF_INET6).
 * @platforms  Linux, and the BSDs that declare IP_RECVORIGDSTADDR
 *   (FreeBSD); SOCK2_ENOENT for every message elsewhere (Windows, where
 *   the options are SOCK2_ENOTSUP).
 *   Test with sock2_has(SOCK2_FEATURE_RECV_ORIG_DST).
 * @example
 *   sock2_addr_t dst;
 *   while (sock2_cmsg_next(&it, &c) == 1)
 *     if (sock2_cmsg_get_orig_dst(&c, &dst) == 0)
 *       printf("sent to port %d\n", sock2_addr_port(&dst));
 * @since  0.2.0
 * @see  sock2_set_recv_orig_dst_v4(3), sock2_recvmsg(3)
 */
SOCK2_EXTERN int sock2_cmsg_get_orig_dst(const sock2_cmsg_t *c,
                                         sock2_addr_t *out);

/* ======================================================================== */
/* Receive-side options                                                     */
/* ======================================================================== */

/**
 * Ask for the destination address and interface of received IPv4
 * datagrams.
 *
 * Description: setsockopt(IPPROTO_IP, IP_PKTINFO) on Linux, Apple and
 * Windows; IP_RECVDSTADDR and IP_RECVIF on the BSDs (both set, the getter
 * reads IP_RECVDSTADDR). Decode with sock2_cmsg_get_pktinfo(). The
 * getter reports a positive value as 1.
 *
 * @param s   the socket (AF_INET, or AF_INET6 for IPv4 datagrams on a
 *            dual-stack socket on Linux).
 * @param on  non-zero to ask, 0 to stop.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is not a valid socket.
 *   SOCK2_ENOTSUP  the OS has none of these options.
 *   other          any other error the system call reports.
 * @platforms  Linux, the BSDs, Apple, Windows.
 *   Test with sock2_has(SOCK2_FEATURE_IP_PKTINFO).
 * @example
 *   sock2_set_recv_pktinfo_v4(s, 1);
 * @since  0.2.0
 * @see  sock2_cmsg_get_pktinfo(3)
 */
SOCK2_EXTERN int sock2_set_recv_pktinfo_v4(sock2_socket_t s, int on);
/**
 * Read whether IPv4 packet information is asked for (IP_PKTINFO or
 * IP_RECVDSTADDR).
 *
 * @param s   the socket.
 * @param on  receives 0 or 1.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is not a valid socket.
 *   SOCK2_EINVAL   on is NULL.
 *   SOCK2_ENOTSUP  the OS has no such option.
 *   other          any other error the system call reports.
 * @platforms  As sock2_set_recv_pktinfo_v4().
 * @since  0.2.0
 * @page  sock2_set_recv_pktinfo_v4
 */
SOCK2_EXTERN int sock2_recv_pktinfo_v4(sock2_socket_t s, int *on);

/**
 * Ask for the destination address and interface of received IPv6
 * datagrams: setsockopt(IPPROTO_IPV6, IPV6_RECVPKTINFO) (IPV6_PKTINFO
 * on Windows). Decode with sock2_cmsg_get_pktinfo(). The getter reports
 * a positive value as 1.
 *
 * @param s   the socket (AF_INET6).
 * @param on  non-zero to ask, 0 to stop.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is not a valid socket.
 *   SOCK2_ENOTSUP  the OS has no such option.
 *   other          any other error the system call reports.
 * @platforms  Linux, the BSDs, Apple, Windows.
 *   Test with sock2_has(SOCK2_FEATURE_IPV6_RECVPKTINFO).
 * @since  0.2.0
 * @see  sock2_cmsg_get_pktinfo(3)
 */
SOCK2_EXTERN int sock2_set_recv_pktinfo_v6(sock2_socket_t s, int on);
/**
 * Read IPV6_RECVPKTINFO (see sock2_set_recv_pktinfo_v6()).
 *
 * @param s   the socket.
 * @param on  receives 0 or 1.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is not a valid socket.
 *   SOCK2_EINVAL   on is NULL.
 *   SOCK2_ENOTSUP  the OS has no such option.
 *   other          any other error the system call reports.
 * @platforms  As sock2_set_recv_pktinfo_v6().
 * @since  0.2.0
 * @page  sock2_set_recv_pktinfo_v6
 */
SOCK2_EXTERN int sock2_recv_pktinfo_v6(sock2_socket_t s, int *on);

/**
 * Ask for the TTL of received IPv4 datagrams: setsockopt(IPPROTO_IP,
 * IP_RECVTTL). Decode with sock2_cmsg_get_ttl(). The getter reports a
 * positive value as 1.
 *
 * @param s   the socket.
 * @param on  non-zero to ask, 0 to stop.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is not a valid socket.
 *   SOCK2_ENOTSUP  the OS has no IP_RECVTTL.
 *   other          any other error the system call reports.
 * @platforms  Linux, the BSDs, Apple, Windows (IP_HOPLIMIT there).
 *   Test with sock2_has(SOCK2_FEATURE_IP_RECVTTL).
 * @since  0.2.0
 * @see  sock2_cmsg_get_ttl(3)
 */
SOCK2_EXTERN int sock2_set_recv_ttl_v4(sock2_socket_t s, int on);
/**
 * Read IP_RECVTTL (see sock2_set_recv_ttl_v4()).
 *
 * @param s   the socket.
 * @param on  receives 0 or 1.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is not a valid socket.
 *   SOCK2_EINVAL   on is NULL.
 *   SOCK2_ENOTSUP  the OS has no IP_RECVTTL.
 *   other          any other error the system call reports.
 * @platforms  As sock2_set_recv_ttl_v4().
 * @since  0.2.0
 * @page  sock2_set_recv_ttl_v4
 */
SOCK2_EXTERN int sock2_recv_ttl_v4(sock2_socket_t s, int *on);

/**
 * Ask for the error queue of an IPv4 socket: setsockopt(IPPROTO_IP,
 * IP_RECVERR).
 *
 * Description: ICMP errors and local errors (EMSGSIZE with the path MTU)
 * are queued; read them with sock2_recvmsg(s, &msg, SOCK2_MSG_ERRQUEUE)
 * and sock2_cmsg_get_sock_err(). Side effect (Linux): even an
 * unconnected socket then gets an ICMP error as its pending error, so
 * the next receive or send may fail with it (SOCK2_ECONNREFUSED); drain
 * the queue. The getter reports a positive value as 1.
 *
 * @param s   the socket.
 * @param on  non-zero to ask, 0 to stop.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is not a valid socket.
 *   SOCK2_ENOTSUP  the OS has no IP_RECVERR.
 *   other          any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere.
 *   Test with sock2_has(SOCK2_FEATURE_IP_RECVERR).
 * @example
 *   sock2_set_recv_err_v4(s, 1);
 *   n = sock2_recvmsg(s, &msg, SOCK2_MSG_ERRQUEUE);
 * @since  0.2.0
 * @see  sock2_cmsg_get_sock_err(3)
 */
SOCK2_EXTERN int sock2_set_recv_err_v4(sock2_socket_t s, int on);
/**
 * Read IP_RECVERR (see sock2_set_recv_err_v4()).
 *
 * @param s   the socket.
 * @param on  receives 0 or 1.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is not a valid socket.
 *   SOCK2_EINVAL   on is NULL.
 *   SOCK2_ENOTSUP  the OS has no IP_RECVERR.
 *   other          any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere.
 * @since  0.2.0
 * @page  sock2_set_recv_err_v4
 */
SOCK2_EXTERN int sock2_recv_err_v4(sock2_socket_t s, int *on);

/**
 * Ask for the error queue of an IPv6 socket: setsockopt(IPPROTO_IPV6,
 * IPV6_RECVERR), with the rules of sock2_set_recv_err_v4(). On a
 * dual-stack socket, IPv4 errors need IP_RECVERR as well.
 *
 * @param s   the socket.
 * @param on  non-zero to ask, 0 to stop.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is not a valid socket.
 *   SOCK2_ENOTSUP  the OS has no IPV6_RECVERR.
 *   other          any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere.
 *   Test with sock2_has(SOCK2_FEATURE_IPV6_RECVERR).
 * @since  0.2.0
 * @see  sock2_cmsg_get_sock_err(3)
 */
SOCK2_EXTERN int sock2_set_recv_err_v6(sock2_socket_t s, int on);
/**
 * Read IPV6_RECVERR (see sock2_set_recv_err_v6()).
 *
 * @param s   the socket.
 * @param on  receives 0 or 1.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is not a valid socket.
 *   SOCK2_EINVAL   on is NULL.
 *   SOCK2_ENOTSUP  the OS has no IPV6_RECVERR.
 *   other          any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere.
 * @since  0.2.0
 * @page  sock2_set_recv_err_v6
 */
SOCK2_EXTERN int sock2_recv_err_v6(sock2_socket_t s, int *on);

/**
 * Ask for receive timestamps in nanoseconds: setsockopt(SOL_SOCKET,
 * SO_TIMESTAMPNS). Every datagram then carries an SCM_TIMESTAMPNS message
 * (decode with sock2_cmsg_get_timestamp()). The getter reports a positive
 * value as 1.
 *
 * @param s   the socket.
 * @param on  non-zero to ask, 0 to stop.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is not a valid socket.
 *   SOCK2_ENOTSUP  the OS has no SO_TIMESTAMPNS.
 *   other          any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere (use sock2_set_timestamp()).
 *   Test with sock2_has(SOCK2_FEATURE_SO_TIMESTAMPNS).
 * @example
 *   sock2_set_timestamp_ns(s, 1);
 * @since  0.2.0
 * @see  sock2_cmsg_get_timestamp(3)
 */
SOCK2_EXTERN int sock2_set_timestamp_ns(sock2_socket_t s, int on);
/**
 * Read SO_TIMESTAMPNS (see sock2_set_timestamp_ns()).
 *
 * @param s   the socket.
 * @param on  receives 0 or 1.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is not a valid socket.
 *   SOCK2_EINVAL   on is NULL.
 *   SOCK2_ENOTSUP  the OS has no SO_TIMESTAMPNS.
 *   other          any other error the system call reports.
 * @platforms  Linux; SOCK2_ENOTSUP elsewhere.
 * @since  0.2.0
 * @page  sock2_set_timestamp_ns
 */
SOCK2_EXTERN int sock2_timestamp_ns(sock2_socket_t s, int *on);

/**
 * Ask for receive timestamps in microseconds: setsockopt(SOL_SOCKET,
 * SO_TIMESTAMP) (SCM_TIMESTAMP messages, decoded by
 * sock2_cmsg_get_timestamp()). The getter reports a positive value as 1.
 *
 * @param s   the socket.
 * @param on  non-zero to ask, 0 to stop.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is not a valid socket.
 *   SOCK2_ENOTSUP  the OS has no SO_TIMESTAMP.
 *   other          any other error the system call reports.
 * @platforms  Linux, the BSDs, Apple; SOCK2_ENOTSUP on Windows.
 *   Test with sock2_has(SOCK2_FEATURE_SO_TIMESTAMP).
 * @since  0.2.0
 * @see  sock2_cmsg_get_timestamp(3)
 */
SOCK2_EXTERN int sock2_set_timestamp(sock2_socket_t s, int on);
/**
 * Read SO_TIMESTAMP (see sock2_set_timestamp()).
 *
 * @param s   the socket.
 * @param on  receives 0 or 1.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is not a valid socket.
 *   SOCK2_EINVAL   on is NULL.
 *   SOCK2_ENOTSUP  the OS has no SO_TIMESTAMP.
 *   other          any other error the system call reports.
 * @platforms  Linux, the BSDs, Apple; SOCK2_ENOTSUP on Windows.
 * @since  0.2.0
 * @page  sock2_set_timestamp
 */
SOCK2_EXTERN int sock2_timestamp(sock2_socket_t s, int *on);

/* Path-MTU discovery modes (Linux's IP_PMTUDISC_* numbering). */
typedef enum sock2_pmtudisc {
  SOCK2_PMTUDISC_DONT = 0,  /* never set DF: the kernel fragments */
  SOCK2_PMTUDISC_WANT = 1,  /* Linux's default: DF unless the PMTU is low */
  SOCK2_PMTUDISC_DO = 2,    /* always DF: larger sends fail with EMSGSIZE */
  SOCK2_PMTUDISC_PROBE = 3  /* DF, ignore the learned path MTU */
} sock2_pmtudisc_t;

/**
 * Set path-MTU discovery and don't-fragment for IPv4.
 *
 * Description: Linux: setsockopt(IPPROTO_IP, IP_MTU_DISCOVER, mode).
 * Windows: IP_MTU_DISCOVER where Winsock has it (Windows 10 1703+),
 * else IP_DONTFRAGMENT (DO and PROBE set it, DONT and WANT clear it).
 * The BSDs and Apple: IP_DONTFRAG (DO sets it, DONT clears it; WANT and
 * PROBE are SOCK2_ENOTSUP). With DO a datagram larger than the path MTU
 * fails with SOCK2_EMSGSIZE instead of being fragmented; read the MTU
 * with sock2_mtu_v4().
 *
 * @param s     the socket.
 * @param mode  a sock2_pmtudisc_t.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is not a valid socket.
 *   SOCK2_EINVAL   mode is not a SOCK2_PMTUDISC_* value.
 *   SOCK2_ENOTSUP  the OS has no such option, or not this mode.
 *   other          any other error the system call reports.
 * @platforms  Linux, Windows, the BSDs and Apple (DO and DONT).
 *   Test with sock2_has(SOCK2_FEATURE_IP_MTU_DISCOVER).
 * @example
 *   sock2_set_mtu_discover_v4(s, SOCK2_PMTUDISC_DO);
 *   if (sock2_send(s, buf, 1400) == SOCK2_EMSGSIZE
 *       && sock2_mtu_v4(s, &mtu) == 0)
 *     printf("path MTU %d\n", mtu);
 * @since  0.2.0
 * @see  sock2_mtu_v4(3)
 */
SOCK2_EXTERN int sock2_set_mtu_discover_v4(sock2_socket_t s,
                                           sock2_pmtudisc_t mode);
/**
 * Read the IPv4 path-MTU discovery mode (see sock2_set_mtu_discover_v4();
 * IP_DONTFRAG / IP_DONTFRAGMENT read back as DO or DONT).
 *
 * @param s     the socket.
 * @param mode  receives a SOCK2_PMTUDISC_* value.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is not a valid socket.
 *   SOCK2_EINVAL   mode is NULL.
 *   SOCK2_ENOTSUP  the OS has no such option.
 *   other          any other error the system call reports.
 * @platforms  As sock2_set_mtu_discover_v4().
 * @since  0.2.0
 * @page  sock2_set_mtu_discover_v4
 */
SOCK2_EXTERN int sock2_mtu_discover_v4(sock2_socket_t s, int *mode);

/**
 * Set path-MTU discovery and don't-fragment for IPv6:
 * setsockopt(IPPROTO_IPV6, IPV6_MTU_DISCOVER, mode) on Linux and Windows,
 * IPV6_DONTFRAG (DO and DONT only) on the BSDs and Apple, with the rules
 * of sock2_set_mtu_discover_v4().
 *
 * @param s     the socket.
 * @param mode  a sock2_pmtudisc_t.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is not a valid socket.
 *   SOCK2_EINVAL   mode is not a SOCK2_PMTUDISC_* value.
 *   SOCK2_ENOTSUP  the OS has no such option, or not this mode.
 *   other          any other error the system call reports.
 * @platforms  Linux, Windows, the BSDs and Apple (DO and DONT).
 *   Test with sock2_has(SOCK2_FEATURE_IPV6_MTU_DISCOVER).
 * @since  0.2.0
 * @see  sock2_mtu_v6(3)
 */
SOCK2_EXTERN int sock2_set_mtu_discover_v6(sock2_socket_t s,
                                           sock2_pmtudisc_t mode);
/**
 * Read the IPv6 path-MTU discovery mode (see sock2_set_mtu_discover_v6()).
 *
 * @param s     the socket.
 * @param mode  receives a SOCK2_PMTUDISC_* value.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is not a valid socket.
 *   SOCK2_EINVAL   mode is NULL.
 *   SOCK2_ENOTSUP  the OS has no such option.
 *   other          any other error the system call reports.
 * @platforms  As sock2_set_mtu_discover_v6().
 * @since  0.2.0
 * @page  sock2_set_mtu_discover_v6
 */
SOCK2_EXTERN int sock2_mtu_discover_v6(sock2_socket_t s, int *mode);

/**
 * The path MTU of a connected IPv4 socket: getsockopt(IPPROTO_IP, IP_MTU).
 *
 * @param s    the socket (connected: Linux answers SOCK2_ENOTCONN
 *             before connect()).
 * @param mtu  receives the MTU in bytes.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is not a valid socket.
 *   SOCK2_EINVAL   mtu is NULL.
 *   SOCK2_ENOTCONN s is not connected.
 *   SOCK2_ENOTSUP  the OS has no IP_MTU.
 *   other          any other error the system call reports.
 * @platforms  Linux, Windows; SOCK2_ENOTSUP elsewhere.
 *   Test with sock2_has(SOCK2_FEATURE_IP_MTU).
 * @since  0.2.0
 * @see  sock2_set_mtu_discover_v4(3)
 */
SOCK2_EXTERN int sock2_mtu_v4(sock2_socket_t s, int *mtu);

/**
 * The path MTU of a connected IPv6 socket: getsockopt(IPPROTO_IPV6,
 * IPV6_MTU).
 *
 * @param s    the socket (connected).
 * @param mtu  receives the MTU in bytes.
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is not a valid socket.
 *   SOCK2_EINVAL   mtu is NULL.
 *   SOCK2_ENOTCONN s is not connected.
 *   SOCK2_ENOTSUP  the OS has no IPV6_MTU.
 *   other          any other error the system call reports.
 * @platforms  Linux, Windows, the BSDs, Apple.
 *   Test with sock2_has(SOCK2_FEATURE_IPV6_MTU).
 * @since  0.2.0
 * @see  sock2_set_mtu_discover_v6(3)
 */
SOCK2_EXTERN int sock2_mtu_v6(sock2_socket_t s, int *mtu);

#endif /* SOCK2_CMSG_H */
