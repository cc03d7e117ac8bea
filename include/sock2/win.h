/* SPDX-License-Identifier: MIT */
/*
 * libsock2 Windows part header: the handle type and constants for Winsock.
 *
 * It includes <winsock2.h> and <ws2tcpip.h>. Include <sock2.h> before
 * <windows.h>, or define WIN32_LEAN_AND_MEAN before <windows.h>, so that
 * <windows.h> does not pull in the old <winsock.h>, whose declarations
 * clash with Winsock 2's. Link with ws2_32 (pkg-config --libs libsock2
 * says so; MSVC is told below).
 */
#ifndef SOCK2_WIN_H
#define SOCK2_WIN_H

#include <stddef.h>
#include <stdint.h>
#include <winsock2.h>
#include <ws2tcpip.h>
#ifdef _MSC_VER
# pragma comment(lib, "ws2_32")
#endif

/* The socket handle is the Winsock SOCKET itself. */
typedef SOCKET sock2_socket_t;
#define SOCK2_INVALID_SOCKET INVALID_SOCKET

/* Winsock's address-length type. */
typedef int sock2_socklen_t;

/* Signed byte count returned by the data-transfer calls. */
typedef intptr_t sock2_ssize_t;

/*
 * One buffer of a vectored call. Same layout as WSABUF (checked at build
 * time), so an array of these goes straight to Winsock.
 */
typedef struct sock2_buf {
  ULONG len;
  char *base;
} sock2_buf_t;

/*
 * A message header for sock2_sendmsg() / sock2_recvmsg(): Winsock's own
 * WSAMSG (socket2's MsgHdr / MsgHdrMut). Fill it with sock2_msg_init() and
 * the sock2_msg_set_*() functions (see sock2/io.h).
 */
typedef WSAMSG sock2_msg_t;

/* A file to send with sock2_sendfile(): a file HANDLE. */
typedef HANDLE sock2_file_t;

/*
 * Message flags: Winsock's values (MSG_TRUNC and MSG_CTRUNC as in the
 * Windows SDK's ws2def.h, which MinGW's headers may lack). A flag Winsock
 * lacks is 0 (asks for nothing, never reported), except
 * SOCK2_MSG_DONTWAIT: it is a private bit that the backend refuses with
 * SOCK2_ENOTSUP, because silently blocking would be wrong.
 */
#define SOCK2_MSG_OOB 0x1
#define SOCK2_MSG_PEEK 0x2
#define SOCK2_MSG_DONTROUTE 0x4
#define SOCK2_MSG_WAITALL 0x8
#define SOCK2_MSG_TRUNC 0x0100
#define SOCK2_MSG_CTRUNC 0x0200
#define SOCK2_MSG_DONTWAIT 0x40000000
#define SOCK2_MSG_EOR 0
#define SOCK2_MSG_CONFIRM 0
#define SOCK2_MSG_NOSIGNAL 0
#define SOCK2_MSG_MORE 0
#define SOCK2_MSG_ERRQUEUE 0
#define SOCK2_MSG_CMSG_CLOEXEC 0

/* Domains (address families). */
#define SOCK2_DOMAIN_UNSPEC AF_UNSPEC
#define SOCK2_DOMAIN_IPV4 AF_INET
#define SOCK2_DOMAIN_IPV6 AF_INET6
#define SOCK2_DOMAIN_UNIX 1 /* AF_UNIX */
#define SOCK2_DOMAIN_PACKET 17 /* Linux's value; Windows refuses it. */
#define SOCK2_DOMAIN_VSOCK 40  /* Linux's value; Windows refuses it. */

/* Socket types. */
#define SOCK2_TYPE_STREAM SOCK_STREAM
#define SOCK2_TYPE_DGRAM SOCK_DGRAM
#define SOCK2_TYPE_SEQPACKET SOCK_SEQPACKET
#define SOCK2_TYPE_RAW SOCK_RAW
#define SOCK2_TYPE_DCCP 6

/* Creation flags: private bits the backend turns into WSASocketW flags. */
#define SOCK2_TYPE_NONBLOCK 0x40000000
#define SOCK2_TYPE_CLOEXEC 0x20000000

/* Protocols. */
#define SOCK2_PROTO_ICMPV4 IPPROTO_ICMP
#define SOCK2_PROTO_ICMPV6 IPPROTO_ICMPV6
#define SOCK2_PROTO_TCP IPPROTO_TCP
#define SOCK2_PROTO_UDP IPPROTO_UDP
#define SOCK2_PROTO_MPTCP 262
#define SOCK2_PROTO_DCCP 33
#define SOCK2_PROTO_SCTP 132
#define SOCK2_PROTO_UDPLITE 136
#define SOCK2_PROTO_DIVERT 258

/* shutdown() directions. */
#define SOCK2_SHUT_RD SD_RECEIVE
#define SOCK2_SHUT_WR SD_SEND
#define SOCK2_SHUT_RDWR SD_BOTH

/* Error codes: fixed negative values; the backend translates WSA codes. */
#define SOCK2_ERRNO_E2BIG (-4000)
#define SOCK2_ERRNO_EACCES (-4001)
#define SOCK2_ERRNO_EADDRINUSE (-4002)
#define SOCK2_ERRNO_EADDRNOTAVAIL (-4003)
#define SOCK2_ERRNO_EAFNOSUPPORT (-4004)
#define SOCK2_ERRNO_EAGAIN (-4005)
#define SOCK2_ERRNO_EALREADY (-4006)
#define SOCK2_ERRNO_EBADF (-4007)
#define SOCK2_ERRNO_EBUSY (-4008)
#define SOCK2_ERRNO_ECANCELED (-4009)
#define SOCK2_ERRNO_ECONNABORTED (-4010)
#define SOCK2_ERRNO_ECONNREFUSED (-4011)
#define SOCK2_ERRNO_ECONNRESET (-4012)
#define SOCK2_ERRNO_EDESTADDRREQ (-4013)
#define SOCK2_ERRNO_EEXIST (-4014)
#define SOCK2_ERRNO_EFAULT (-4015)
#define SOCK2_ERRNO_EHOSTDOWN (-4016)
#define SOCK2_ERRNO_EHOSTUNREACH (-4017)
#define SOCK2_ERRNO_EINPROGRESS (-4018)
#define SOCK2_ERRNO_EINTR (-4019)
#define SOCK2_ERRNO_EINVAL (-4020)
#define SOCK2_ERRNO_EIO (-4021)
#define SOCK2_ERRNO_EISCONN (-4022)
#define SOCK2_ERRNO_ELOOP (-4023)
#define SOCK2_ERRNO_EMFILE (-4024)
#define SOCK2_ERRNO_EMSGSIZE (-4025)
#define SOCK2_ERRNO_ENAMETOOLONG (-4026)
#define SOCK2_ERRNO_ENETDOWN (-4027)
#define SOCK2_ERRNO_ENETRESET (-4028)
#define SOCK2_ERRNO_ENETUNREACH (-4029)
#define SOCK2_ERRNO_ENFILE (-4030)
#define SOCK2_ERRNO_ENOBUFS (-4031)
#define SOCK2_ERRNO_ENODEV (-4032)
#define SOCK2_ERRNO_ENOENT (-4033)
#define SOCK2_ERRNO_ENOMEM (-4034)
#define SOCK2_ERRNO_ENOPROTOOPT (-4035)
#define SOCK2_ERRNO_ENOSPC (-4036)
#define SOCK2_ERRNO_ENOSYS (-4037)
#define SOCK2_ERRNO_ENOTCONN (-4038)
#define SOCK2_ERRNO_ENOTDIR (-4039)
#define SOCK2_ERRNO_ENOTSOCK (-4040)
#define SOCK2_ERRNO_ENOTSUP (-4041)
#define SOCK2_ERRNO_ENXIO (-4042)
#define SOCK2_ERRNO_EOVERFLOW (-4043)
#define SOCK2_ERRNO_EPERM (-4044)
#define SOCK2_ERRNO_EPIPE (-4045)
#define SOCK2_ERRNO_EPROTO (-4046)
#define SOCK2_ERRNO_EPROTONOSUPPORT (-4047)
#define SOCK2_ERRNO_EPROTOTYPE (-4048)
#define SOCK2_ERRNO_ERANGE (-4049)
#define SOCK2_ERRNO_EROFS (-4050)
#define SOCK2_ERRNO_ESHUTDOWN (-4051)
#define SOCK2_ERRNO_ESOCKTNOSUPPORT (-4052)
#define SOCK2_ERRNO_ETIMEDOUT (-4053)
/*
 * Batches (sock2/batch.h): Winsock has no sendmmsg/recvmmsg, so the
 * library loops over WSASendMsg/WSARecvMsg; the entry's byte count is an
 * unsigned int, as on Linux. SOCK2_MSG_WAITFORONE is a private bit the
 * loop strips (never passed to Winsock).
 */
typedef unsigned int sock2_mmsg_len_t;
#define SOCK2_MSG_WAITFORONE 0x20000000

/*
 * Readiness waiting (<sock2/wait.h>): the event bits are WSAPoll()'s own
 * (POLLRDNORM, POLLWRNORM, POLLERR, POLLHUP, POLLNVAL) and sock2_pollfd_t
 * is WSAPOLLFD (checked at build time).
 */
#define SOCK2_WAIT_READ 0x0100
#define SOCK2_WAIT_WRITE 0x0010
#define SOCK2_WAIT_ERROR 0x0001
#define SOCK2_WAIT_HUP 0x0002
#define SOCK2_WAIT_INVALID 0x0004
typedef struct sock2_pollfd {
  SOCKET fd;
  short events;
  short revents;
} sock2_pollfd_t;
#endif /* SOCK2_WIN_H */
