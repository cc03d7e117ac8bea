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

/* ---- The walker ---------------------------------------------------------- */

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
 *   (none)
 * @platforms  All.
 * @since  0.2.0
 * @page  sock2_cmsg_iter_init
 */
SOCK2_EXTERN int sock2_cmsg_truncated(const sock2_cmsg_iter_t *it);

/* ---- The writer ---------------------------------------------------------- */

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
 *   (none)
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
 *   (none)
 * @platforms  All.
 * @since  0.2.0
 * @page  sock2_cmsg_writer_init
 */
SOCK2_EXTERN size_t sock2_cmsg_space(size_t n);

#endif /* SOCK2_CMSG_H */
