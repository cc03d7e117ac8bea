/* SPDX-License-Identifier: MIT */
/*
 * Winsock backend definitions the portable layer needs: system headers and
 * SOCK2__* constants and macros, so lib/ never tests the platform itself.
 * Included through lib/internal.h; the twin of sys-unix/sysdefs.h, section
 * by section: every SOCK2__* defined there is defined here too, with the
 * Windows value or a sentinel (-1) where Windows lacks the feature.
 */
#ifndef SOCK2_SYS_WIN32_SYSDEFS_H
#define SOCK2_SYS_WIN32_SYSDEFS_H

#ifndef WIN32_LEAN_AND_MEAN
# define WIN32_LEAN_AND_MEAN
#endif
#include <winsock2.h>
#include <ws2tcpip.h>
#include <windows.h>
#include <mswsock.h>
#include <mstcpip.h>
#include <errno.h>
#include <limits.h>
#ifdef HAVE_AFUNIX_H
# include <afunix.h>
#endif

/*
 * POSIX type names MinGW and MSVC lack; the portable layer uses a few of
 * them in stand-in structs.
 */
typedef ADDRESS_FAMILY sa_family_t;

/*
 * Unix-domain sockets: AF_UNIX stream sockets exist on Windows 10 1803 and
 * later; <afunix.h> declares sockaddr_un. Without the header the family is
 * reported as unsupported and a stand-in struct keeps lib/ compiling.
 */
#ifdef HAVE_AFUNIX_H
# define SOCK2__HAVE_UNIX 1
#else
# define SOCK2__HAVE_UNIX 0
struct sockaddr_un {
  ADDRESS_FAMILY sun_family;
  char sun_path[108];
};
#endif
#define SOCK2__SUN_PATH_SIZE (sizeof(((struct sockaddr_un *)0)->sun_path))

/* Abstract unix names are Linux-only. */
#define SOCK2__HAVE_ABSTRACT 0

/*
 * Windows reports an unbound AF_UNIX socket with an all-zero sun_path; with
 * no abstract namespace, a NUL first byte always means unnamed.
 */
#define SOCK2__UNNAMED_IF_ZERO_PATH 1

/* vsock addresses: Hyper-V sockets are a different family; none here. */
#define SOCK2__HAVE_VSOCK 0
/*
 * Linux's AF_VSOCK number, which no Windows family uses: a value that fits
 * ADDRESS_FAMILY (an unsigned short), so comparisons stay meaningful;
 * SOCK2__HAVE_VSOCK keeps every vsock path off.
 */
#define SOCK2__AF_VSOCK 40
/* Stand-in with Linux's layout so the portable code compiles. */
typedef struct sock2__sockaddr_vm {
  sa_family_t svm_family;
  unsigned short svm_reserved1;
  unsigned int svm_port;
  unsigned int svm_cid;
  unsigned char svm_zero[4];
} sock2__sockaddr_vm;

/* sin6_scope_id: Winsock has it (inside an anonymous union). */
#ifdef HAVE_STRUCT_SOCKADDR_IN6_SIN6_SCOPE_ID
# define SOCK2__HAVE_SCOPE_ID 1
# define SOCK2__SIN6_SCOPE_SET(sin6, v) ((sin6)->sin6_scope_id = (v))
# define SOCK2__SIN6_SCOPE_GET(sin6) ((uint32_t)(sin6)->sin6_scope_id)
#else
# define SOCK2__HAVE_SCOPE_ID 0
# define SOCK2__SIN6_SCOPE_SET(sin6, v) ((void)(sin6), (void)(v))
# define SOCK2__SIN6_SCOPE_GET(sin6) ((void)(sin6), (uint32_t)0)
#endif

/* No sa_len on Windows. */
#define SOCK2__SET_SA_LEN(sa, n) ((void)(sa), (void)(n))

/* Winsock's send/recv take an int length. */
#define SOCK2__MAX_BUF_LEN ((size_t)INT_MAX)

/* ---- Data transfer (flags, limits) ------------------------------------- */

/*
 * Winsock sets no buffer-count limit of its own: the count is a ULONG
 * (WSASend's dwBufferCount, WSAMSG's dwBufferCount), and so is a control
 * buffer's length (WSAMSG.Control.len).
 */
#define SOCK2__IOV_MAX ((size_t)ULONG_MAX)
#define SOCK2__MSG_CONTROL_MAX ((size_t)ULONG_MAX)

/* Field access for sock2_msg_t (WSAMSG here, struct msghdr on POSIX). */
#define SOCK2__MSG_SET_NAME(m, p, n)                                          \
  ((m)->name = (LPSOCKADDR)(p), (m)->namelen = (INT)(n))
#define SOCK2__MSG_SET_BUFS(m, b, n)                                          \
  ((m)->lpBuffers = (LPWSABUF)(b), (m)->dwBufferCount = (ULONG)(n))
#define SOCK2__MSG_SET_CONTROL(m, p, n)                                       \
  ((m)->Control.buf = (CHAR *)(p), (m)->Control.len = (ULONG)(n))
#define SOCK2__MSG_SET_FLAGS(m, f) ((m)->dwFlags = (ULONG)(f))
#define SOCK2__MSG_FLAGS(m) ((int)(m)->dwFlags)
#define SOCK2__MSG_CONTROLLEN(m) ((size_t)(m)->Control.len)
#define SOCK2__MSG_NAMELEN(m) ((int)(m)->namelen)

/* ---- Options at SOL_SOCKET and IPPROTO_TCP ------------------------------ */

/*
 * Each option the portable layer names: the Winsock constant where the
 * headers (configure) have it, else -1, which lib/ turns into
 * SOCK2_ENOTSUP with no system call. Most are POSIX-only.
 */
#define SOCK2__SO_REUSEPORT (-1)
#define SOCK2__SO_REUSEPORT_LB (-1)
#define SOCK2__SO_NOSIGPIPE (-1)
#define SOCK2__SO_PASSCRED (-1)
#define SOCK2__SO_PRIORITY (-1)
#define SOCK2__SO_DOMAIN (-1)
#if HAVE_DECL_SO_ACCEPTCONN
# define SOCK2__SO_ACCEPTCONN SO_ACCEPTCONN
#else
# define SOCK2__SO_ACCEPTCONN (-1)
#endif
#define SOCK2__SO_MARK (-1)
#define SOCK2__SO_BINDTODEVICE (-1)
#define SOCK2__SO_SETFIB (-1)
#define SOCK2__SO_INCOMING_CPU (-1)
#define SOCK2__SO_DETACH_FILTER (-1)
#define SOCK2__SO_COOKIE (-1)
#define SOCK2__SO_BUSY_POLL (-1)
#define SOCK2__SO_NO_PEERCRED (-1)

/* Linger: Winsock's LINGER has two u_short fields, in seconds. */
#define SOCK2__SO_LINGER SO_LINGER
typedef struct linger sock2__linger;
#define SOCK2__LINGER_MAX_SECS 65535

/*
 * Binding to an interface by index: Windows' IP_UNICAST_IF takes the index
 * in network byte order for IPv4 only, which the int helpers cannot
 * express; not offered.
 */
#define SOCK2__BOUND_IF_V4_LEVEL SOL_SOCKET
#define SOCK2__BOUND_IF_V4 (-1)
#define SOCK2__BOUND_IF_V6_LEVEL SOL_SOCKET
#define SOCK2__BOUND_IF_V6 (-1)

/*
 * Keep-alive: SIO_KEEPALIVE_VALS (milliseconds) sets time and interval;
 * TCP_KEEPIDLE / TCP_KEEPINTVL / TCP_KEEPCNT (seconds, count) exist on
 * Windows 10 1709+ where the SDK headers declare them.
 */
#if HAVE_DECL_TCP_KEEPIDLE
# define SOCK2__TCP_KEEPIDLE TCP_KEEPIDLE
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
/* TCP_KEEPIDLE and TCP_KEEPINTVL read back in seconds on Windows too. */
#define SOCK2__KEEPALIVE_UNIT_NS ((int64_t)1000000000)

#if HAVE_DECL_TCP_MAXSEG
# define SOCK2__TCP_MAXSEG TCP_MAXSEG
#else
# define SOCK2__TCP_MAXSEG (-1)
#endif
#define SOCK2__TCP_CORK (-1)
#define SOCK2__TCP_QUICKACK (-1)
#define SOCK2__TCP_THIN_LINEAR_TIMEOUTS (-1)
#define SOCK2__TCP_NOTSENT_LOWAT (-1)
#define SOCK2__TCP_USER_TIMEOUT (-1)
#define SOCK2__TCP_CONGESTION (-1)
#define SOCK2__TCP_CA_NAME_MAX 16

/* ---- Options at IPPROTO_IP, IPPROTO_IPV6 and SOL_DCCP -------------------- */

#define SOCK2__LEVEL_IP IPPROTO_IP
#define SOCK2__LEVEL_IPV6 IPPROTO_IPV6

/* Every Winsock has these. */
#define SOCK2__IP_TTL IP_TTL
#define SOCK2__IP_MULTICAST_IF IP_MULTICAST_IF
#define SOCK2__IP_MULTICAST_TTL IP_MULTICAST_TTL
#define SOCK2__IP_MULTICAST_LOOP IP_MULTICAST_LOOP
#define SOCK2__IPV6_UNICAST_HOPS IPV6_UNICAST_HOPS
#define SOCK2__IPV6_MULTICAST_IF IPV6_MULTICAST_IF
#define SOCK2__IPV6_MULTICAST_HOPS IPV6_MULTICAST_HOPS
#define SOCK2__IPV6_MULTICAST_LOOP IPV6_MULTICAST_LOOP
#define SOCK2__IPV6_V6ONLY IPV6_V6ONLY
/* Windows lets IPV6_V6ONLY be turned off (dual-stack sockets). */
#define SOCK2__IPV6_V6ONLY_FIXED 0

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

/* Probed, so each can be forced off. */
#if HAVE_DECL_IP_RECVTOS
# define SOCK2__IP_RECVTOS IP_RECVTOS
#else
# define SOCK2__IP_RECVTOS (-1)
#endif
#if HAVE_DECL_IPV6_RECVTCLASS
# define SOCK2__IPV6_RECVTCLASS IPV6_RECVTCLASS
#else
# define SOCK2__IPV6_RECVTCLASS (-1)
#endif

/* Linux-only options. */
#define SOCK2__IP_TRANSPARENT (-1)
#define SOCK2__IP_FREEBIND (-1)
#define SOCK2__IP_MULTICAST_ALL (-1)
#define SOCK2__IPV6_TRANSPARENT (-1)
#define SOCK2__IPV6_FREEBIND (-1)
#define SOCK2__IPV6_MULTICAST_ALL (-1)
#define SOCK2__IPV6_RECVHOPLIMIT (-1)
/*
 * IPV6_TCLASS exists in the headers, but Windows does not let a socket
 * set its traffic class (socket2 offers no tclass_v6 there either).
 */
#define SOCK2__IPV6_TCLASS (-1)

/* header_included_v6: IP_HDRINCL at IPPROTO_IPV6 (as socket2 does). */
#ifdef IP_HDRINCL
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
#if HAVE_DECL_MCAST_JOIN_SOURCE_GROUP && defined(HAVE_STRUCT_GROUP_SOURCE_REQ)
# define SOCK2__HAVE_MCAST_SOURCE_GROUP 1
#else
# define SOCK2__HAVE_MCAST_SOURCE_GROUP 0
#endif
#if HAVE_DECL_MCAST_JOIN_GROUP && defined(HAVE_STRUCT_GROUP_REQ)
# define SOCK2__HAVE_MCAST_GROUP 1
#else
# define SOCK2__HAVE_MCAST_GROUP 0
#endif
/*
 * SO_ORIGINAL_DST exists on Windows 10 2004+ (for WFP redirects) but not
 * in MinGW's headers; configure decides.
 */
#if HAVE_DECL_SO_ORIGINAL_DST
# define SOCK2__HAVE_ORIGINAL_DST 1
#else
# define SOCK2__HAVE_ORIGINAL_DST 0
#endif

/* No DCCP on Windows. */
#define SOCK2__HAVE_DCCP 0
#define SOCK2__LEVEL_DCCP (-1)
#define SOCK2__DCCP_SOCKOPT_SERVICE (-1)
#define SOCK2__DCCP_SOCKOPT_CCID (-1)
#define SOCK2__DCCP_SOCKOPT_TX_CCID (-1)
#define SOCK2__DCCP_SOCKOPT_RX_CCID (-1)
#define SOCK2__DCCP_SOCKOPT_SERVER_TIMEWAIT (-1)
#define SOCK2__DCCP_SOCKOPT_SEND_CSCOV (-1)
#define SOCK2__DCCP_SOCKOPT_RECV_CSCOV (-1)
#define SOCK2__DCCP_SOCKOPT_QPOLICY_TXQLEN (-1)
#define SOCK2__DCCP_SOCKOPT_AVAILABLE_CCIDS (-1)
#define SOCK2__DCCP_SOCKOPT_GET_CUR_MPS (-1)

/*
 * TCP Fast Open (lib/tcp-extras.c): Windows 10 1607 has TCP_FASTOPEN (a
 * DWORD boolean) where the headers declare it; the client side (ConnectEx
 * with data), zero-copy send and SO_TIMESTAMPING are SOCK2_ENOTSUP.
 */
#if HAVE_DECL_TCP_FASTOPEN
# define SOCK2__TCP_FASTOPEN TCP_FASTOPEN
#else
# define SOCK2__TCP_FASTOPEN (-1)
#endif
#define SOCK2__TCP_FASTOPEN_CONNECT (-1)
#define SOCK2__HAVE_FASTOPEN_DATA 0
#define SOCK2__SO_ZEROCOPY (-1)
#define SOCK2__SO_TIMESTAMPING (-1)
#define SOCK2__SCM_TIMESTAMPING (-1)
#define SOCK2__SCM_TIMESTAMPING_NEW (-1)
#define SOCK2__SO_BINTIME (-1)
#define SOCK2__SCM_BINTIME (-1)
#define SOCK2__IP_RECVERR (-1)
#define SOCK2__IPV6_RECVERR (-1)
#define SOCK2__EE_ORIGIN_TIMESTAMPING 4
#define SOCK2__EE_ORIGIN_ZEROCOPY 5
#define SOCK2__EE_CODE_ZEROCOPY_COPIED 1

/*
 * IPPROTO_TCP options (sys-unix/sysdefs.h has the POSIX answers): Winsock
 * may answer a boolean with a 1-byte BOOLEAN, and Wine reads only the low
 * byte of TCP_NODELAY (INT_MIN would be off): both are checked and
 * normalised.
 */
#define SOCK2__TCP_REPLY_IS_INT 0
#define SOCK2__TCP_NODELAY_ANY_NONZERO 0

#endif /* SOCK2_SYS_WIN32_SYSDEFS_H */
