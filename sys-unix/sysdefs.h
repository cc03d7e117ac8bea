/* SPDX-License-Identifier: MIT */
/*
 * POSIX backend definitions the portable layer needs: system headers and
 * SOCK2__* constants and macros, so lib/ never tests the platform itself.
 * Included through lib/internal.h; sys-win32/sysdefs.h is its twin.
 */
#ifndef SOCK2_SYS_UNIX_SYSDEFS_H
#define SOCK2_SYS_UNIX_SYSDEFS_H

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <unistd.h>
#include <sys/types.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#ifdef HAVE_NET_IF_H
# include <net/if.h>
#endif
#ifdef HAVE_LINUX_VM_SOCKETS_H
# include <linux/vm_sockets.h>
#endif

/* Unix-domain sockets: always present on POSIX. */
#define SOCK2__HAVE_UNIX 1
#define SOCK2__SUN_PATH_SIZE (sizeof(((struct sockaddr_un *)0)->sun_path))

/*
 * Abstract unix names. There is no header feature that announces them
 * (sockaddr_un is the same struct everywhere); only the Linux kernel
 * implements the namespace, so this one test names the OS.
 */
#if defined(__linux__)
# define SOCK2__HAVE_ABSTRACT 1
#else
# define SOCK2__HAVE_ABSTRACT 0
#endif

/*
 * Some systems report an unnamed unix socket with an all-zero sun_path
 * rather than a short length; on Linux a NUL first byte means abstract.
 */
#define SOCK2__UNNAMED_IF_ZERO_PATH (!SOCK2__HAVE_ABSTRACT)

/* vsock addresses. */
#if defined(HAVE_STRUCT_SOCKADDR_VM) && HAVE_STRUCT_SOCKADDR_VM
# define SOCK2__HAVE_VSOCK 1
# define SOCK2__AF_VSOCK AF_VSOCK
typedef struct sockaddr_vm sock2__sockaddr_vm;
#else
# define SOCK2__HAVE_VSOCK 0
# define SOCK2__AF_VSOCK (-1)
/* Stand-in with Linux's layout so the portable code compiles. */
typedef struct sock2__sockaddr_vm {
  sa_family_t svm_family;
  unsigned short svm_reserved1;
  unsigned int svm_port;
  unsigned int svm_cid;
  unsigned char svm_zero[4];
} sock2__sockaddr_vm;
#endif

/* sin6_scope_id. */
#ifdef HAVE_STRUCT_SOCKADDR_IN6_SIN6_SCOPE_ID
# define SOCK2__HAVE_SCOPE_ID 1
# define SOCK2__SIN6_SCOPE_SET(sin6, v) ((sin6)->sin6_scope_id = (v))
# define SOCK2__SIN6_SCOPE_GET(sin6) ((uint32_t)(sin6)->sin6_scope_id)
#else
# define SOCK2__HAVE_SCOPE_ID 0
# define SOCK2__SIN6_SCOPE_SET(sin6, v) ((void)(sin6), (void)(v))
# define SOCK2__SIN6_SCOPE_GET(sin6) ((void)(sin6), (uint32_t)0)
#endif

/* BSD sa_len: filled with the length in every address built from parts. */
#ifdef HAVE_STRUCT_SOCKADDR_SA_LEN
# define SOCK2__SET_SA_LEN(sa, n) ((sa)->sa_len = (unsigned char)(n))
#else
# define SOCK2__SET_SA_LEN(sa, n) ((void)(sa), (void)(n))
#endif

/*
 * Largest byte count passed to one send/recv call. macOS rejects counts of
 * INT_MAX or more with EINVAL (a kernel limit no header announces), hence
 * the OS test.
 */
#if defined(__APPLE__)
# define SOCK2__MAX_BUF_LEN ((size_t)INT_MAX - 1)
#elif defined(__linux__)
/*
 * Linux clamps every count to MAX_RW_COUNT itself (INT_MAX rounded down
 * to a page), whatever the caller passes: no clamp is needed, and none is
 * compiled in (SIZE_MAX makes the test constant-false).
 */
# define SOCK2__MAX_BUF_LEN SIZE_MAX
#else
# define SOCK2__MAX_BUF_LEN ((size_t)SSIZE_MAX)
#endif

/* ---- Data transfer (flags, limits) ------------------------------------- */

/*
 * Most buffers one vectored call may pass: IOV_MAX (1024 on Linux and the
 * BSDs). Where no header says, the largest count msg_iovlen holds on every
 * system (int), and the kernel has the last word.
 */
#if defined(IOV_MAX)
# define SOCK2__IOV_MAX ((size_t)IOV_MAX)
#elif defined(UIO_MAXIOV)
# define SOCK2__IOV_MAX ((size_t)UIO_MAXIOV)
#else
# define SOCK2__IOV_MAX ((size_t)INT_MAX)
#endif

/*
 * Largest control-buffer length msg_controllen holds: size_t on glibc,
 * socklen_t (unsigned 32 bits) on musl, the BSDs and Apple.
 */
#define SOCK2__MSG_CONTROL_MAX                                                \
  (sizeof(((struct msghdr *)0)->msg_controllen) >= sizeof(size_t)             \
     ? SIZE_MAX                                                               \
     : (size_t)UINT_MAX)

/* Field access for sock2_msg_t (struct msghdr here, WSAMSG on Windows). */
#define SOCK2__MSG_SET_NAME(m, p, n)                                          \
  ((m)->msg_name = (void *)(p), (m)->msg_namelen = (socklen_t)(n))
#define SOCK2__MSG_SET_BUFS(m, b, n)                                          \
  ((m)->msg_iov = (struct iovec *)(b), (m)->msg_iovlen = (n))
#define SOCK2__MSG_SET_CONTROL(m, p, n)                                       \
  ((m)->msg_control = (p), (m)->msg_controllen = (n))
#define SOCK2__MSG_SET_FLAGS(m, f) ((m)->msg_flags = (f))
#define SOCK2__MSG_FLAGS(m) ((m)->msg_flags)
#define SOCK2__MSG_CONTROLLEN(m) ((size_t)(m)->msg_controllen)
#define SOCK2__MSG_NAMELEN(m) ((int)(m)->msg_namelen)

/* ---- Options at SOL_SOCKET and IPPROTO_TCP ------------------------------ */

/*
 * Each option the portable layer names: the OS constant where configure
 * found it, or -1, which lib/ turns into SOCK2_ENOTSUP with no system call.
 * The HAVE_DECL_* results are tested (not the raw macros) so a probe
 * forced off really turns the option off.
 */
#if HAVE_DECL_SO_REUSEPORT
# define SOCK2__SO_REUSEPORT SO_REUSEPORT
#else
# define SOCK2__SO_REUSEPORT (-1)
#endif
#if HAVE_DECL_SO_REUSEPORT_LB
# define SOCK2__SO_REUSEPORT_LB SO_REUSEPORT_LB
#else
# define SOCK2__SO_REUSEPORT_LB (-1)
#endif
#if HAVE_DECL_SO_NOSIGPIPE
# define SOCK2__SO_NOSIGPIPE SO_NOSIGPIPE
#else
# define SOCK2__SO_NOSIGPIPE (-1)
#endif
#if HAVE_DECL_SO_PASSCRED
# define SOCK2__SO_PASSCRED SO_PASSCRED
#else
# define SOCK2__SO_PASSCRED (-1)
#endif
#if HAVE_DECL_SO_PRIORITY
# define SOCK2__SO_PRIORITY SO_PRIORITY
#else
# define SOCK2__SO_PRIORITY (-1)
#endif
#if HAVE_DECL_SO_DOMAIN
# define SOCK2__SO_DOMAIN SO_DOMAIN
#else
# define SOCK2__SO_DOMAIN (-1)
#endif
#if HAVE_DECL_SO_ACCEPTCONN
# define SOCK2__SO_ACCEPTCONN SO_ACCEPTCONN
#else
# define SOCK2__SO_ACCEPTCONN (-1)
#endif
#if HAVE_DECL_SO_MARK
# define SOCK2__SO_MARK SO_MARK
#else
# define SOCK2__SO_MARK (-1)
#endif
#if HAVE_DECL_SO_BINDTODEVICE
# define SOCK2__SO_BINDTODEVICE SO_BINDTODEVICE
#else
# define SOCK2__SO_BINDTODEVICE (-1)
#endif
#if HAVE_DECL_SO_SETFIB
# define SOCK2__SO_SETFIB SO_SETFIB
#else
# define SOCK2__SO_SETFIB (-1)
#endif
#if HAVE_DECL_SO_INCOMING_CPU
# define SOCK2__SO_INCOMING_CPU SO_INCOMING_CPU
#else
# define SOCK2__SO_INCOMING_CPU (-1)
#endif
/* Detaching goes with attaching: both or neither (see sockopt.c). */
#if HAVE_DECL_SO_DETACH_FILTER && HAVE_DECL_SO_ATTACH_FILTER
# define SOCK2__SO_DETACH_FILTER SO_DETACH_FILTER
#else
# define SOCK2__SO_DETACH_FILTER (-1)
#endif
#if HAVE_DECL_SO_COOKIE
# define SOCK2__SO_COOKIE SO_COOKIE
#else
# define SOCK2__SO_COOKIE (-1)
#endif
#if HAVE_DECL_SO_BUSY_POLL
# define SOCK2__SO_BUSY_POLL SO_BUSY_POLL
#else
# define SOCK2__SO_BUSY_POLL (-1)
#endif

/*
 * Cygwin's set_no_peercred: setsockopt(SO_PEERCRED, NULL, 0). Linux has an
 * SO_PEERCRED too, but read-only with another meaning, so the constant
 * alone cannot tell; hence the OS test.
 */
#if defined(__CYGWIN__) && HAVE_DECL_SO_PEERCRED
# define SOCK2__SO_NO_PEERCRED SO_PEERCRED
#else
# define SOCK2__SO_NO_PEERCRED (-1)
#endif

/*
 * Linger: Apple's SO_LINGER counts clock ticks and SO_LINGER_SEC counts
 * seconds; everywhere else SO_LINGER counts seconds. l_linger is an int.
 */
#if HAVE_DECL_SO_LINGER_SEC
# define SOCK2__SO_LINGER SO_LINGER_SEC
#else
# define SOCK2__SO_LINGER SO_LINGER
#endif
typedef struct linger sock2__linger;
#define SOCK2__LINGER_MAX_SECS INT_MAX

/*
 * Binding to an interface by index: Linux's SO_BINDTOIFINDEX at SOL_SOCKET
 * serves both families; Apple and Solaris have IP_BOUND_IF at IPPROTO_IP
 * and IPV6_BOUND_IF at IPPROTO_IPV6.
 */
#if HAVE_DECL_SO_BINDTOIFINDEX
# define SOCK2__BOUND_IF_V4_LEVEL SOL_SOCKET
# define SOCK2__BOUND_IF_V4 SO_BINDTOIFINDEX
#elif HAVE_DECL_IP_BOUND_IF
# define SOCK2__BOUND_IF_V4_LEVEL IPPROTO_IP
# define SOCK2__BOUND_IF_V4 IP_BOUND_IF
#else
# define SOCK2__BOUND_IF_V4_LEVEL SOL_SOCKET
# define SOCK2__BOUND_IF_V4 (-1)
#endif
#if HAVE_DECL_SO_BINDTOIFINDEX
# define SOCK2__BOUND_IF_V6_LEVEL SOL_SOCKET
# define SOCK2__BOUND_IF_V6 SO_BINDTOIFINDEX
#elif HAVE_DECL_IPV6_BOUND_IF
# define SOCK2__BOUND_IF_V6_LEVEL IPPROTO_IPV6
# define SOCK2__BOUND_IF_V6 IPV6_BOUND_IF
#else
# define SOCK2__BOUND_IF_V6_LEVEL SOL_SOCKET
# define SOCK2__BOUND_IF_V6 (-1)
#endif

/*
 * Keep-alive idle time: TCP_KEEPIDLE, or Apple's TCP_KEEPALIVE (same
 * meaning, seconds). sock2__sys_set_tcp_keepalive() uses the same ladder.
 */
#if HAVE_DECL_TCP_KEEPIDLE
# define SOCK2__TCP_KEEPIDLE TCP_KEEPIDLE
#elif HAVE_DECL_TCP_KEEPALIVE
# define SOCK2__TCP_KEEPIDLE TCP_KEEPALIVE
#else
# define SOCK2__TCP_KEEPIDLE (-1)
#endif
#if HAVE_DECL_TCP_KEEPINTVL
# define SOCK2__TCP_KEEPINTVL TCP_KEEPINTVL
#else
# define SOCK2__TCP_KEEPINTVL (-1)
#endif
#if HAVE_DECL_TCP_KEEPCNT
# define SOCK2__TCP_KEEPCNT TCP_KEEPCNT
#else
# define SOCK2__TCP_KEEPCNT (-1)
#endif
/* Keep-alive times are written in whole seconds on POSIX. */
#define SOCK2__KEEPALIVE_UNIT_NS ((int64_t)1000000000)

#if HAVE_DECL_TCP_MAXSEG
# define SOCK2__TCP_MAXSEG TCP_MAXSEG
#else
# define SOCK2__TCP_MAXSEG (-1)
#endif
#if HAVE_DECL_TCP_CORK
# define SOCK2__TCP_CORK TCP_CORK
#else
# define SOCK2__TCP_CORK (-1)
#endif
#if HAVE_DECL_TCP_QUICKACK
# define SOCK2__TCP_QUICKACK TCP_QUICKACK
#else
# define SOCK2__TCP_QUICKACK (-1)
#endif
#if HAVE_DECL_TCP_THIN_LINEAR_TIMEOUTS
# define SOCK2__TCP_THIN_LINEAR_TIMEOUTS TCP_THIN_LINEAR_TIMEOUTS
#else
# define SOCK2__TCP_THIN_LINEAR_TIMEOUTS (-1)
#endif
#if HAVE_DECL_TCP_NOTSENT_LOWAT
# define SOCK2__TCP_NOTSENT_LOWAT TCP_NOTSENT_LOWAT
#else
# define SOCK2__TCP_NOTSENT_LOWAT (-1)
#endif
#if HAVE_DECL_TCP_USER_TIMEOUT
# define SOCK2__TCP_USER_TIMEOUT TCP_USER_TIMEOUT
#else
# define SOCK2__TCP_USER_TIMEOUT (-1)
#endif
#if HAVE_DECL_TCP_CONGESTION
# define SOCK2__TCP_CONGESTION TCP_CONGESTION
#else
# define SOCK2__TCP_CONGESTION (-1)
#endif
/*
 * Congestion-control names hold at most this many bytes with the NUL
 * (TCP_CA_NAME_MAX on Linux and FreeBSD; not in the user headers).
 */
#define SOCK2__TCP_CA_NAME_MAX 16

/* ---- Options at IPPROTO_IP, IPPROTO_IPV6 and SOL_DCCP -------------------- */

/*
 * Levels and option names. A name is -1 where the system lacks the option
 * (or configure was told it does), and lib/ then returns SOCK2_ENOTSUP.
 * Options every IP stack has are taken as the headers give them; the ones
 * only some systems have are probed (m4/sock2-options-ip.m4), so each can
 * be forced off with its cache variable.
 */
#define SOCK2__LEVEL_IP IPPROTO_IP
#define SOCK2__LEVEL_IPV6 IPPROTO_IPV6

#ifdef IP_TTL
# define SOCK2__IP_TTL IP_TTL
#else
# define SOCK2__IP_TTL (-1)
#endif
#ifdef IP_MULTICAST_IF
# define SOCK2__IP_MULTICAST_IF IP_MULTICAST_IF
#else
# define SOCK2__IP_MULTICAST_IF (-1)
#endif
#ifdef IP_MULTICAST_TTL
# define SOCK2__IP_MULTICAST_TTL IP_MULTICAST_TTL
#else
# define SOCK2__IP_MULTICAST_TTL (-1)
#endif
#ifdef IP_MULTICAST_LOOP
# define SOCK2__IP_MULTICAST_LOOP IP_MULTICAST_LOOP
#else
# define SOCK2__IP_MULTICAST_LOOP (-1)
#endif
#ifdef IPV6_UNICAST_HOPS
# define SOCK2__IPV6_UNICAST_HOPS IPV6_UNICAST_HOPS
#else
# define SOCK2__IPV6_UNICAST_HOPS (-1)
#endif
#ifdef IPV6_MULTICAST_IF
# define SOCK2__IPV6_MULTICAST_IF IPV6_MULTICAST_IF
#else
# define SOCK2__IPV6_MULTICAST_IF (-1)
#endif
#ifdef IPV6_MULTICAST_HOPS
# define SOCK2__IPV6_MULTICAST_HOPS IPV6_MULTICAST_HOPS
#else
# define SOCK2__IPV6_MULTICAST_HOPS (-1)
#endif
#ifdef IPV6_MULTICAST_LOOP
# define SOCK2__IPV6_MULTICAST_LOOP IPV6_MULTICAST_LOOP
#else
# define SOCK2__IPV6_MULTICAST_LOOP (-1)
#endif
#ifdef IPV6_V6ONLY
# define SOCK2__IPV6_V6ONLY IPV6_V6ONLY
#else
# define SOCK2__IPV6_V6ONLY (-1)
#endif
/*
 * OpenBSD sockets are always v6-only: the kernel accepts IPV6_V6ONLY = 1
 * and refuses 0 with EINVAL. No header announces it, hence the OS test;
 * lib/ answers SOCK2_ENOTSUP for 0 there instead.
 */
#if defined(__OpenBSD__)
# define SOCK2__IPV6_V6ONLY_FIXED 1
#else
# define SOCK2__IPV6_V6ONLY_FIXED 0
#endif
#ifdef IP_HDRINCL
# define SOCK2__IP_HDRINCL IP_HDRINCL
#else
# define SOCK2__IP_HDRINCL (-1)
#endif
#ifdef IP_TOS
# define SOCK2__IP_TOS IP_TOS
#else
# define SOCK2__IP_TOS (-1)
#endif
#if HAVE_DECL_IP_RECVTOS
# define SOCK2__IP_RECVTOS IP_RECVTOS
#else
# define SOCK2__IP_RECVTOS (-1)
#endif
#if HAVE_DECL_IP_TRANSPARENT
# define SOCK2__IP_TRANSPARENT IP_TRANSPARENT
#else
# define SOCK2__IP_TRANSPARENT (-1)
#endif
#if HAVE_DECL_IP_FREEBIND
# define SOCK2__IP_FREEBIND IP_FREEBIND
#else
# define SOCK2__IP_FREEBIND (-1)
#endif
#if HAVE_DECL_IP_MULTICAST_ALL
# define SOCK2__IP_MULTICAST_ALL IP_MULTICAST_ALL
#else
# define SOCK2__IP_MULTICAST_ALL (-1)
#endif
#if HAVE_DECL_IPV6_TRANSPARENT
# define SOCK2__IPV6_TRANSPARENT IPV6_TRANSPARENT
#else
# define SOCK2__IPV6_TRANSPARENT (-1)
#endif
#if HAVE_DECL_IPV6_FREEBIND
# define SOCK2__IPV6_FREEBIND IPV6_FREEBIND
#else
# define SOCK2__IPV6_FREEBIND (-1)
#endif
#if HAVE_DECL_IPV6_MULTICAST_ALL
# define SOCK2__IPV6_MULTICAST_ALL IPV6_MULTICAST_ALL
#else
# define SOCK2__IPV6_MULTICAST_ALL (-1)
#endif
#if HAVE_DECL_IPV6_TCLASS
# define SOCK2__IPV6_TCLASS IPV6_TCLASS
#else
# define SOCK2__IPV6_TCLASS (-1)
#endif
#if HAVE_DECL_IPV6_RECVTCLASS
# define SOCK2__IPV6_RECVTCLASS IPV6_RECVTCLASS
#else
# define SOCK2__IPV6_RECVTCLASS (-1)
#endif
#if HAVE_DECL_IPV6_RECVHOPLIMIT
# define SOCK2__IPV6_RECVHOPLIMIT IPV6_RECVHOPLIMIT
#else
# define SOCK2__IPV6_RECVHOPLIMIT (-1)
#endif

/*
 * header_included_v6: Linux has IPV6_HDRINCL. Apple (and Windows) take
 * IP_HDRINCL at IPPROTO_IPV6 instead; no header says so, hence the OS
 * test. Elsewhere (the BSDs) there is no such option.
 */
#if HAVE_DECL_IPV6_HDRINCL
# define SOCK2__IPV6_HDRINCL IPV6_HDRINCL
#elif defined(__APPLE__) && defined(IP_HDRINCL)
# define SOCK2__IPV6_HDRINCL IP_HDRINCL
#else
# define SOCK2__IPV6_HDRINCL (-1)
#endif

/* Multicast requests whose structs the backend fills (sockopt-ip.c). */
#if HAVE_DECL_IP_ADD_SOURCE_MEMBERSHIP && defined(HAVE_STRUCT_IP_MREQ_SOURCE)
# define SOCK2__HAVE_IP_SSM 1
#else
# define SOCK2__HAVE_IP_SSM 0
#endif
#if HAVE_DECL_MCAST_JOIN_SOURCE_GROUP && \
    defined(HAVE_STRUCT_GROUP_SOURCE_REQ)
# define SOCK2__HAVE_MCAST_SOURCE_GROUP 1
#else
# define SOCK2__HAVE_MCAST_SOURCE_GROUP 0
#endif
#if HAVE_DECL_MCAST_JOIN_GROUP && defined(HAVE_STRUCT_GROUP_REQ)
# define SOCK2__HAVE_MCAST_GROUP 1
#else
# define SOCK2__HAVE_MCAST_GROUP 0
#endif
#if HAVE_DECL_SO_ORIGINAL_DST || HAVE_DECL_IP6T_SO_ORIGINAL_DST
# define SOCK2__HAVE_ORIGINAL_DST 1
#else
# define SOCK2__HAVE_ORIGINAL_DST 0
#endif

/* SOL_DCCP (Linux <linux/dccp.h>). */
#if HAVE_DECL_SOL_DCCP && HAVE_DECL_DCCP_SOCKOPT_SERVICE
# include <linux/dccp.h>
# define SOCK2__HAVE_DCCP 1
# define SOCK2__LEVEL_DCCP SOL_DCCP
# define SOCK2__DCCP_SOCKOPT_SERVICE DCCP_SOCKOPT_SERVICE
# define SOCK2__DCCP_SOCKOPT_CCID DCCP_SOCKOPT_CCID
# define SOCK2__DCCP_SOCKOPT_TX_CCID DCCP_SOCKOPT_TX_CCID
# define SOCK2__DCCP_SOCKOPT_RX_CCID DCCP_SOCKOPT_RX_CCID
# define SOCK2__DCCP_SOCKOPT_SERVER_TIMEWAIT DCCP_SOCKOPT_SERVER_TIMEWAIT
# define SOCK2__DCCP_SOCKOPT_SEND_CSCOV DCCP_SOCKOPT_SEND_CSCOV
# define SOCK2__DCCP_SOCKOPT_RECV_CSCOV DCCP_SOCKOPT_RECV_CSCOV
# define SOCK2__DCCP_SOCKOPT_QPOLICY_TXQLEN DCCP_SOCKOPT_QPOLICY_TXQLEN
# define SOCK2__DCCP_SOCKOPT_AVAILABLE_CCIDS DCCP_SOCKOPT_AVAILABLE_CCIDS
# define SOCK2__DCCP_SOCKOPT_GET_CUR_MPS DCCP_SOCKOPT_GET_CUR_MPS
#else
# define SOCK2__HAVE_DCCP 0
# define SOCK2__LEVEL_DCCP (-1)
# define SOCK2__DCCP_SOCKOPT_SERVICE (-1)
# define SOCK2__DCCP_SOCKOPT_CCID (-1)
# define SOCK2__DCCP_SOCKOPT_TX_CCID (-1)
# define SOCK2__DCCP_SOCKOPT_RX_CCID (-1)
# define SOCK2__DCCP_SOCKOPT_SERVER_TIMEWAIT (-1)
# define SOCK2__DCCP_SOCKOPT_SEND_CSCOV (-1)
# define SOCK2__DCCP_SOCKOPT_RECV_CSCOV (-1)
# define SOCK2__DCCP_SOCKOPT_QPOLICY_TXQLEN (-1)
# define SOCK2__DCCP_SOCKOPT_AVAILABLE_CCIDS (-1)
# define SOCK2__DCCP_SOCKOPT_GET_CUR_MPS (-1)
#endif

/* ---- Hot paths defined inline (sysinline.h) ----------------------------- */

/*
 * The sock2__sys_* functions sysinline.h defines static inline, so that a
 * public hot path compiles into one function (lib/internal.h skips their
 * extern declarations and the .c files their definitions). Each needs the
 * one-call form of its system call:
 *   SOCKET  socket() with SOCK_CLOEXEC / SOCK_NONBLOCK, and no SO_NOSIGPIPE
 *           to set afterwards;
 *   ACCEPT  accept4() with both flags (and no SO_NOSIGPIPE to set);
 *   SEND    send() and sendmsg() (sendv) that cannot raise SIGPIPE:
 *           MSG_NOSIGNAL, or SO_NOSIGPIPE set at creation;
 *   CLOSE, RECV (recv, recvv) and SOCKOPT (getsockopt, setsockopt):
 *           always.
 */
#if !HAVE_DECL_MSG_NOSIGNAL && HAVE_DECL_SO_NOSIGPIPE
# define SOCK2__NEED_SO_NOSIGPIPE 1
#else
# define SOCK2__NEED_SO_NOSIGPIPE 0
#endif
#if HAVE_DECL_SOCK_CLOEXEC && HAVE_DECL_SOCK_NONBLOCK &&                       \
  !SOCK2__NEED_SO_NOSIGPIPE
# define SOCK2__SYS_INLINE_SOCKET 1
# if defined(HAVE_ACCEPT4)
#  define SOCK2__SYS_INLINE_ACCEPT 1
# endif
#endif
#if HAVE_DECL_MSG_NOSIGNAL
# define SOCK2__SYS_INLINE_SEND 1
# define SOCK2__MSG_NOSIGNAL MSG_NOSIGNAL
#elif HAVE_DECL_SO_NOSIGPIPE
# define SOCK2__SYS_INLINE_SEND 1
# define SOCK2__MSG_NOSIGNAL 0
#endif
#define SOCK2__SYS_INLINE_CLOSE 1
#define SOCK2__SYS_INLINE_RECV 1
#define SOCK2__SYS_INLINE_SOCKOPT 1

/*
 * TCP Fast Open, zero-copy send and SO_TIMESTAMPING (lib/tcp-extras.c):
 * -1 where the OS lacks the option. The error-queue layouts lib/ decodes
 * (struct sock_extended_err, struct scm_timestamping) are the kernel's
 * fixed ABI; their origins, codes and levels come from here too.
 */
#if HAVE_DECL_TCP_FASTOPEN
# define SOCK2__TCP_FASTOPEN TCP_FASTOPEN
#else
# define SOCK2__TCP_FASTOPEN (-1)
#endif
#if HAVE_DECL_TCP_FASTOPEN_CONNECT
# define SOCK2__TCP_FASTOPEN_CONNECT TCP_FASTOPEN_CONNECT
#else
# define SOCK2__TCP_FASTOPEN_CONNECT (-1)
#endif
#if HAVE_DECL_MSG_FASTOPEN ||                                                 \
  (defined(HAVE_CONNECTX) && HAVE_DECL_CONNECT_DATA_IDEMPOTENT)
# define SOCK2__HAVE_FASTOPEN_DATA 1
#else
# define SOCK2__HAVE_FASTOPEN_DATA 0
#endif
#if HAVE_DECL_SO_ZEROCOPY && HAVE_DECL_MSG_ZEROCOPY
# define SOCK2__SO_ZEROCOPY SO_ZEROCOPY
#else
# define SOCK2__SO_ZEROCOPY (-1)
#endif
#if HAVE_DECL_SO_TIMESTAMPING
# define SOCK2__SO_TIMESTAMPING SO_TIMESTAMPING
/* SCM_TIMESTAMPING is SO_TIMESTAMPING; 64-bit time_t gives _NEW (65). */
# define SOCK2__SCM_TIMESTAMPING SO_TIMESTAMPING
# define SOCK2__SCM_TIMESTAMPING_NEW 65
#else
# define SOCK2__SO_TIMESTAMPING (-1)
# define SOCK2__SCM_TIMESTAMPING (-1)
# define SOCK2__SCM_TIMESTAMPING_NEW (-1)
#endif
/*
 * Where SO_TIMESTAMPING is missing, the BSDs' receive stamps: SO_BINTIME
 * (FreeBSD: struct bintime, a binary fraction of a second); -1 elsewhere.
 */
#if !HAVE_DECL_SO_TIMESTAMPING && HAVE_DECL_SO_BINTIME
# define SOCK2__SO_BINTIME SO_BINTIME
# define SOCK2__SCM_BINTIME SCM_BINTIME
#else
# define SOCK2__SO_BINTIME (-1)
# define SOCK2__SCM_BINTIME (-1)
#endif
/* The error queue's extended errors (Linux). */
#if HAVE_DECL_IP_RECVERR
# define SOCK2__IP_RECVERR IP_RECVERR
#else
# define SOCK2__IP_RECVERR (-1)
#endif
#if HAVE_DECL_IPV6_RECVERR
# define SOCK2__IPV6_RECVERR IPV6_RECVERR
#else
# define SOCK2__IPV6_RECVERR (-1)
#endif
/* SO_EE_ORIGIN_TIMESTAMPING 4, SO_EE_ORIGIN_ZEROCOPY 5, ..._COPIED 1. */
#define SOCK2__EE_ORIGIN_TIMESTAMPING 4
#define SOCK2__EE_ORIGIN_ZEROCOPY 5
#define SOCK2__EE_CODE_ZEROCOPY_COPIED 1

/*
 * IPPROTO_TCP int options: every POSIX kernel answers a 4-byte getsockopt
 * with 4 bytes (Linux: min(len, sizeof(int)); the BSDs, macOS, illumos:
 * sooptcopyout of an int), so the boolean getter needs no reply-length
 * check; and TCP_NODELAY is on for any nonzero int (Linux, the BSDs,
 * macOS and illumos test the whole int), so its setter need not
 * normalise.
 */
#define SOCK2__TCP_REPLY_IS_INT 1
#define SOCK2__TCP_NODELAY_ANY_NONZERO 1

#endif /* SOCK2_SYS_UNIX_SYSDEFS_H */
