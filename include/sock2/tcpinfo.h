/* SPDX-License-Identifier: MIT */
/*
 * libsock2 connection insight: a portable TCP_INFO snapshot, and the raw
 * OS structure behind it. Included by <sock2.h>; do not include it on its
 * own.
 */
#ifndef SOCK2_TCPINFO_H
#define SOCK2_TCPINFO_H

/*
 * Connection states, in RFC 793 order (the BSD numbering). Linux's and
 * Windows' own numbers are translated; a state the OS reports that has no
 * name here (none today) is passed as SOCK2_TCP_STATE_UNKNOWN.
 */
#define SOCK2_TCP_STATE_CLOSED 0
#define SOCK2_TCP_STATE_LISTEN 1
#define SOCK2_TCP_STATE_SYN_SENT 2
#define SOCK2_TCP_STATE_SYN_RECEIVED 3
#define SOCK2_TCP_STATE_ESTABLISHED 4
#define SOCK2_TCP_STATE_CLOSE_WAIT 5
#define SOCK2_TCP_STATE_FIN_WAIT_1 6
#define SOCK2_TCP_STATE_CLOSING 7
#define SOCK2_TCP_STATE_LAST_ACK 8
#define SOCK2_TCP_STATE_FIN_WAIT_2 9
#define SOCK2_TCP_STATE_TIME_WAIT 10
#define SOCK2_TCP_STATE_UNKNOWN 255

/*
 * Bits of sock2_tcp_info_t.present: which fields this OS (and this
 * kernel: an older Linux returns a shorter structure) filled. A field
 * whose bit is clear is 0 and means nothing.
 */
#define SOCK2_TCPI_STATE (UINT64_C(1) << 0)
#define SOCK2_TCPI_RTT (UINT64_C(1) << 1)
#define SOCK2_TCPI_RTTVAR (UINT64_C(1) << 2)
#define SOCK2_TCPI_RTO (UINT64_C(1) << 3)
#define SOCK2_TCPI_MIN_RTT (UINT64_C(1) << 4)
#define SOCK2_TCPI_SND_CWND (UINT64_C(1) << 5)
#define SOCK2_TCPI_SND_SSTHRESH (UINT64_C(1) << 6)
#define SOCK2_TCPI_SND_MSS (UINT64_C(1) << 7)
#define SOCK2_TCPI_RCV_MSS (UINT64_C(1) << 8)
#define SOCK2_TCPI_PMTU (UINT64_C(1) << 9)
#define SOCK2_TCPI_RETRANSMITS (UINT64_C(1) << 10)
#define SOCK2_TCPI_TOTAL_RETRANS (UINT64_C(1) << 11)
#define SOCK2_TCPI_UNACKED (UINT64_C(1) << 12)
#define SOCK2_TCPI_LOST (UINT64_C(1) << 13)
#define SOCK2_TCPI_OPTIONS (UINT64_C(1) << 14)
#define SOCK2_TCPI_SND_WSCALE (UINT64_C(1) << 15)
#define SOCK2_TCPI_RCV_WSCALE (UINT64_C(1) << 16)
#define SOCK2_TCPI_BYTES_SENT (UINT64_C(1) << 17)
#define SOCK2_TCPI_BYTES_ACKED (UINT64_C(1) << 18)
#define SOCK2_TCPI_BYTES_RECEIVED (UINT64_C(1) << 19)
#define SOCK2_TCPI_BYTES_RETRANS (UINT64_C(1) << 20)
#define SOCK2_TCPI_DELIVERY_RATE (UINT64_C(1) << 21)
#define SOCK2_TCPI_SEGS_OUT (UINT64_C(1) << 22)
#define SOCK2_TCPI_SEGS_IN (UINT64_C(1) << 23)
#define SOCK2_TCPI_SND_WND (UINT64_C(1) << 24)
#define SOCK2_TCPI_RCV_WND (UINT64_C(1) << 25)

/* Bits of sock2_tcp_info_t.options: what the handshake negotiated. */
#define SOCK2_TCPI_OPT_TIMESTAMPS 0x01u /* RFC 7323 timestamps */
#define SOCK2_TCPI_OPT_SACK 0x02u       /* selective acknowledgements */
#define SOCK2_TCPI_OPT_WSCALE 0x04u     /* window scaling */
#define SOCK2_TCPI_OPT_ECN 0x08u        /* ECN negotiated */
#define SOCK2_TCPI_OPT_ECN_SEEN 0x10u   /* an ECN-marked segment arrived */
#define SOCK2_TCPI_OPT_SYN_DATA 0x20u   /* data in the SYN was acked (TFO) */

/*
 * A TCP_INFO snapshot (growable, doc/design.md "ABI rules"). Set size
 * with SOCK2_TCP_INFO_INIT (or to the sizeof your program was built
 * with); the library writes only the first size bytes. Units: durations
 * in nanoseconds (sock2_duration_t, from the OS's microseconds or
 * milliseconds), windows, MSS and MTU in bytes, counters in segments
 * unless the name says bytes, delivery_rate in bytes per second.
 */
typedef struct sock2_tcp_info {
  uint32_t size;     /* sizeof(sock2_tcp_info_t), set by the caller */
  uint32_t state;    /* SOCK2_TCP_STATE_* */
  uint64_t present;  /* SOCK2_TCPI_* bits: which fields are filled */
  sock2_duration_t rtt;     /* smoothed round-trip time */
  sock2_duration_t rttvar;  /* its mean deviation */
  sock2_duration_t rto;     /* retransmission timeout */
  sock2_duration_t min_rtt; /* lowest RTT seen recently */
  uint32_t snd_cwnd;     /* congestion window, bytes (Linux: cwnd x mss) */
  uint32_t snd_ssthresh; /* slow-start threshold, bytes; UINT32_MAX: none */
  uint32_t snd_mss;      /* send maximum segment size, bytes */
  uint32_t rcv_mss;      /* receive MSS estimate, bytes */
  uint32_t pmtu;         /* path MTU, bytes */
  uint32_t retransmits;  /* retransmissions of the current segment */
  uint32_t total_retrans; /* segments retransmitted in the connection */
  uint32_t unacked;      /* segments sent and not yet acknowledged */
  uint32_t lost;         /* segments considered lost */
  uint32_t options;      /* SOCK2_TCPI_OPT_* bits */
  uint32_t snd_wscale;   /* peer's window-scale shift */
  uint32_t rcv_wscale;   /* our window-scale shift */
  uint64_t bytes_sent;     /* payload bytes sent, retransmissions included */
  uint64_t bytes_acked;    /* bytes acknowledged (Linux counts the SYN) */
  uint64_t bytes_received; /* payload bytes received */
  uint64_t bytes_retrans;  /* payload bytes retransmitted */
  uint64_t delivery_rate;  /* recent delivery rate, bytes per second */
  uint64_t segs_out;       /* segments sent */
  uint64_t segs_in;        /* segments received */
  uint32_t snd_wnd;        /* peer's advertised receive window, bytes */
  uint32_t rcv_wnd;        /* our advertised receive window, bytes */
  uint64_t reserved[8];    /* written as 0 */
} sock2_tcp_info_t;

/* The first version's size: the least size sock2_tcp_info() accepts. */
#define SOCK2_TCP_INFO_SIZE_MIN (offsetof(sock2_tcp_info_t, reserved))

/* Initialiser for a sock2_tcp_info_t (C and C++). */
#define SOCK2_TCP_INFO_INIT                                                   \
  { SOCK2_CAST_(uint32_t, sizeof(sock2_tcp_info_t)), 0, 0, 0, 0, 0, 0, 0,    \
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,              \
    { 0, 0, 0, 0, 0, 0, 0, 0 } }

/**
 * Take a portable snapshot of a TCP connection's state (TCP_INFO).
 *
 * Makes exactly one system call: getsockopt(IPPROTO_TCP, TCP_INFO) on
 * Linux and FreeBSD, getsockopt(IPPROTO_TCP, TCP_CONNECTION_INFO) on
 * macOS, WSAIoctl(SIO_TCP_INFO, version 0) on Windows 10 1703 and later.
 * Each field the OS reports is converted to the units documented at
 * sock2_tcp_info_t and its bit set in ti->present; the others are 0 with
 * their bit clear. A Linux kernel older than the one the library was
 * built for returns a shorter struct tcp_info: the fields it lacks are
 * marked absent (the length the kernel returns decides, not the headers).
 * Linux reports the congestion window and threshold in segments; they are
 * converted to bytes with snd_mss (saturating at UINT32_MAX; the "no
 * threshold yet" value becomes UINT32_MAX).
 *
 * Only ti->size is read; the first ti->size bytes are written (an older
 * program's shorter struct keeps working: fields past its size are
 * neither written nor flagged).
 *
 * @param s   a TCP socket (connected, listening or closed).
 * @param ti  the snapshot; set ti->size first (SOCK2_TCP_INFO_INIT).
 * @return  0.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET or not open.
 *   SOCK2_EINVAL   ti is NULL, or ti->size is below
 *                  SOCK2_TCP_INFO_SIZE_MIN, above the library's sizeof or
 *                  not a multiple of 8 (ti is unchanged).
 *   SOCK2_ENOTSUP  the OS has no TCP_INFO (see AVAILABILITY).
 *   SOCK2_ENOPROTOOPT  s is not a TCP socket (Linux: any other protocol).
 *   other          any other error the system call reports.
 * @platforms  Linux, FreeBSD, macOS, Windows 10 1703+; SOCK2_ENOTSUP
 *   elsewhere. Test with sock2_has(SOCK2_FEATURE_TCP_INFO).
 * @example
 *   sock2_tcp_info_t ti = SOCK2_TCP_INFO_INIT;
 *   if (sock2_tcp_info(s, &ti) == 0 && (ti.present & SOCK2_TCPI_RTT))
 *     printf("rtt %lld us\n", (long long)(ti.rtt / 1000));
 * @since  0.2.0
 * @see  sock2_tcp_info_raw(3), sock2_tcp_state_name(3)
 */
SOCK2_EXTERN int sock2_tcp_info(sock2_socket_t s, sock2_tcp_info_t *ti);

/**
 * Read the OS's own TCP_INFO structure, for fields the portable one lacks.
 *
 * One getsockopt(IPPROTO_TCP, TCP_INFO) (TCP_CONNECTION_INFO on macOS;
 * WSAIoctl(SIO_TCP_INFO, version 0) on Windows, where buf receives a
 * TCP_INFO_v0) into the caller's buffer. The kernel writes at most size
 * bytes and says how many it had: that count is returned, so a program
 * can tell which fields of a newer kernel's struct tcp_info it got.
 *
 * @param s     a TCP socket.
 * @param buf   receives the structure.
 * @param size  bytes at buf (at most INT_MAX are passed; 512 is ample).
 * @return  the number of bytes written.
 * @errors
 *   SOCK2_EBADF    s is SOCK2_INVALID_SOCKET or not open.
 *   SOCK2_EINVAL   buf is NULL or size is above PTRDIFF_MAX.
 *   SOCK2_ENOTSUP  the OS has no TCP_INFO.
 *   other          any other error the system call reports.
 * @platforms  Linux, FreeBSD, macOS, Windows 10 1703+; SOCK2_ENOTSUP
 *   elsewhere. Test with sock2_has(SOCK2_FEATURE_TCP_INFO).
 * @since  0.2.0
 * @see  sock2_tcp_info(3)
 */
SOCK2_EXTERN int sock2_tcp_info_raw(sock2_socket_t s, void *buf,
                                    size_t size);

/**
 * Name a SOCK2_TCP_STATE_* value ("ESTABLISHED").
 *
 * Makes no system call.
 *
 * @param state  a SOCK2_TCP_STATE_* value.
 * @return  a static string; "UNKNOWN" for any other value.
 * @errors
 *   none.
 * @platforms  All.
 * @since  0.2.0
 * @see  sock2_tcp_info(3)
 */
SOCK2_EXTERN const char *sock2_tcp_state_name(uint32_t state);

#endif /* SOCK2_TCPINFO_H */
