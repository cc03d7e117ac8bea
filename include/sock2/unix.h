/* SPDX-License-Identifier: MIT */
/* libsock2 POSIX part header: the handle type and constants for POSIX. */
#ifndef SOCK2_UNIX_H
#define SOCK2_UNIX_H

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <netinet/in.h>

/* The socket handle is the descriptor itself (socket2's SockRef for free). */
typedef int sock2_socket_t;
#define SOCK2_INVALID_SOCKET (-1)

/* The OS's own address-length type. */
typedef socklen_t sock2_socklen_t;

/* Signed byte count returned by the data-transfer calls. */
typedef ssize_t sock2_ssize_t;

/*
 * One buffer of a vectored call. Same layout as struct iovec (checked at
 * build time), so an array of these goes straight to the kernel.
 */
typedef struct sock2_buf {
  void *base;
  size_t len;
} sock2_buf_t;

/*
 * A message header for sock2_sendmsg() / sock2_recvmsg() (socket2's MsgHdr
 * and MsgHdrMut): the OS's own struct msghdr, so it goes to the kernel as
 * it is and a program may also use it with the CMSG_* macros. Fill it with
 * sock2_msg_init() and the sock2_msg_set_*() functions (see sock2/io.h).
 */
typedef struct msghdr sock2_msg_t;

/* A file to send with sock2_sendfile(): a file descriptor. */
typedef int sock2_file_t;

/*
 * Message flags for the send and receive calls, and the bits reported in
 * received-message flags. They are the OS values, so they pass to the
 * kernel untranslated. A flag this OS lacks is 0: as a send/receive flag
 * it asks for nothing, as a received flag it is never reported (test
 * `SOCK2_MSG_X != 0` where that matters).
 */
#define SOCK2_MSG_OOB MSG_OOB
#define SOCK2_MSG_PEEK MSG_PEEK
#define SOCK2_MSG_DONTROUTE MSG_DONTROUTE
#define SOCK2_MSG_WAITALL MSG_WAITALL
#define SOCK2_MSG_TRUNC MSG_TRUNC
#define SOCK2_MSG_CTRUNC MSG_CTRUNC
#ifdef MSG_DONTWAIT
# define SOCK2_MSG_DONTWAIT MSG_DONTWAIT
#else
# define SOCK2_MSG_DONTWAIT 0
#endif
#ifdef MSG_EOR
# define SOCK2_MSG_EOR MSG_EOR
#else
# define SOCK2_MSG_EOR 0
#endif
#ifdef MSG_CONFIRM
# define SOCK2_MSG_CONFIRM MSG_CONFIRM
#else
# define SOCK2_MSG_CONFIRM 0
#endif
#ifdef MSG_NOSIGNAL
# define SOCK2_MSG_NOSIGNAL MSG_NOSIGNAL
#else
# define SOCK2_MSG_NOSIGNAL 0
#endif
#ifdef MSG_MORE
# define SOCK2_MSG_MORE MSG_MORE
#else
# define SOCK2_MSG_MORE 0
#endif
#ifdef MSG_ERRQUEUE
# define SOCK2_MSG_ERRQUEUE MSG_ERRQUEUE
#else
# define SOCK2_MSG_ERRQUEUE 0
#endif
#ifdef MSG_CMSG_CLOEXEC
# define SOCK2_MSG_CMSG_CLOEXEC MSG_CMSG_CLOEXEC
#else
# define SOCK2_MSG_CMSG_CLOEXEC 0
#endif

/* Domains (address families): the OS values. */
#define SOCK2_DOMAIN_UNSPEC AF_UNSPEC
#define SOCK2_DOMAIN_IPV4 AF_INET
#define SOCK2_DOMAIN_IPV6 AF_INET6
#define SOCK2_DOMAIN_UNIX AF_UNIX
#ifdef AF_PACKET
# define SOCK2_DOMAIN_PACKET AF_PACKET
#else
# define SOCK2_DOMAIN_PACKET 17 /* Linux's value; other kernels refuse it. */
#endif
#ifdef AF_VSOCK
# define SOCK2_DOMAIN_VSOCK AF_VSOCK
#else
# define SOCK2_DOMAIN_VSOCK 40 /* Linux's value; other kernels refuse it. */
#endif

/* Socket types: the OS values. */
#define SOCK2_TYPE_STREAM SOCK_STREAM
#define SOCK2_TYPE_DGRAM SOCK_DGRAM
#define SOCK2_TYPE_SEQPACKET SOCK_SEQPACKET
#define SOCK2_TYPE_RAW SOCK_RAW
#ifdef SOCK_DCCP
# define SOCK2_TYPE_DCCP SOCK_DCCP
#else
# define SOCK2_TYPE_DCCP 6
#endif

/*
 * Creation flags ORed into a type (socket2's Type::nonblocking() and
 * Type::cloexec()). They equal SOCK_NONBLOCK / SOCK_CLOEXEC where the
 * headers have them; elsewhere they are private bits that the library
 * strips and emulates with fcntl().
 */
#ifdef SOCK_NONBLOCK
# define SOCK2_TYPE_NONBLOCK SOCK_NONBLOCK
#else
# define SOCK2_TYPE_NONBLOCK 0x40000000
#endif
#ifdef SOCK_CLOEXEC
# define SOCK2_TYPE_CLOEXEC SOCK_CLOEXEC
#else
# define SOCK2_TYPE_CLOEXEC 0x20000000
#endif

/* Protocols: the OS values, or Linux's number where the headers lack one. */
#define SOCK2_PROTO_ICMPV4 IPPROTO_ICMP
#define SOCK2_PROTO_ICMPV6 IPPROTO_ICMPV6
#define SOCK2_PROTO_TCP IPPROTO_TCP
#define SOCK2_PROTO_UDP IPPROTO_UDP
#ifdef IPPROTO_MPTCP
# define SOCK2_PROTO_MPTCP IPPROTO_MPTCP
#else
# define SOCK2_PROTO_MPTCP 262
#endif
#ifdef IPPROTO_DCCP
# define SOCK2_PROTO_DCCP IPPROTO_DCCP
#else
# define SOCK2_PROTO_DCCP 33
#endif
#ifdef IPPROTO_SCTP
# define SOCK2_PROTO_SCTP IPPROTO_SCTP
#else
# define SOCK2_PROTO_SCTP 132
#endif
#ifdef IPPROTO_UDPLITE
# define SOCK2_PROTO_UDPLITE IPPROTO_UDPLITE
#else
# define SOCK2_PROTO_UDPLITE 136
#endif
#ifdef IPPROTO_DIVERT
# define SOCK2_PROTO_DIVERT IPPROTO_DIVERT
#else
# define SOCK2_PROTO_DIVERT 258
#endif

/* shutdown() directions. */
#define SOCK2_SHUT_RD SHUT_RD
#define SOCK2_SHUT_WR SHUT_WR
#define SOCK2_SHUT_RDWR SHUT_RDWR

/* Error codes: -errno, or a private negative value where errno lacks one. */
#ifdef E2BIG
# define SOCK2_ERRNO_E2BIG (-E2BIG)
#else
# define SOCK2_ERRNO_E2BIG (-4000)
#endif
#ifdef EACCES
# define SOCK2_ERRNO_EACCES (-EACCES)
#else
# define SOCK2_ERRNO_EACCES (-4001)
#endif
#ifdef EADDRINUSE
# define SOCK2_ERRNO_EADDRINUSE (-EADDRINUSE)
#else
# define SOCK2_ERRNO_EADDRINUSE (-4002)
#endif
#ifdef EADDRNOTAVAIL
# define SOCK2_ERRNO_EADDRNOTAVAIL (-EADDRNOTAVAIL)
#else
# define SOCK2_ERRNO_EADDRNOTAVAIL (-4003)
#endif
#ifdef EAFNOSUPPORT
# define SOCK2_ERRNO_EAFNOSUPPORT (-EAFNOSUPPORT)
#else
# define SOCK2_ERRNO_EAFNOSUPPORT (-4004)
#endif
#ifdef EAGAIN
# define SOCK2_ERRNO_EAGAIN (-EAGAIN)
#else
# define SOCK2_ERRNO_EAGAIN (-4005)
#endif
#ifdef EALREADY
# define SOCK2_ERRNO_EALREADY (-EALREADY)
#else
# define SOCK2_ERRNO_EALREADY (-4006)
#endif
#ifdef EBADF
# define SOCK2_ERRNO_EBADF (-EBADF)
#else
# define SOCK2_ERRNO_EBADF (-4007)
#endif
#ifdef EBUSY
# define SOCK2_ERRNO_EBUSY (-EBUSY)
#else
# define SOCK2_ERRNO_EBUSY (-4008)
#endif
#ifdef ECANCELED
# define SOCK2_ERRNO_ECANCELED (-ECANCELED)
#else
# define SOCK2_ERRNO_ECANCELED (-4009)
#endif
#ifdef ECONNABORTED
# define SOCK2_ERRNO_ECONNABORTED (-ECONNABORTED)
#else
# define SOCK2_ERRNO_ECONNABORTED (-4010)
#endif
#ifdef ECONNREFUSED
# define SOCK2_ERRNO_ECONNREFUSED (-ECONNREFUSED)
#else
# define SOCK2_ERRNO_ECONNREFUSED (-4011)
#endif
#ifdef ECONNRESET
# define SOCK2_ERRNO_ECONNRESET (-ECONNRESET)
#else
# define SOCK2_ERRNO_ECONNRESET (-4012)
#endif
#ifdef EDESTADDRREQ
# define SOCK2_ERRNO_EDESTADDRREQ (-EDESTADDRREQ)
#else
# define SOCK2_ERRNO_EDESTADDRREQ (-4013)
#endif
#ifdef EEXIST
# define SOCK2_ERRNO_EEXIST (-EEXIST)
#else
# define SOCK2_ERRNO_EEXIST (-4014)
#endif
#ifdef EFAULT
# define SOCK2_ERRNO_EFAULT (-EFAULT)
#else
# define SOCK2_ERRNO_EFAULT (-4015)
#endif
#ifdef EHOSTDOWN
# define SOCK2_ERRNO_EHOSTDOWN (-EHOSTDOWN)
#else
# define SOCK2_ERRNO_EHOSTDOWN (-4016)
#endif
#ifdef EHOSTUNREACH
# define SOCK2_ERRNO_EHOSTUNREACH (-EHOSTUNREACH)
#else
# define SOCK2_ERRNO_EHOSTUNREACH (-4017)
#endif
#ifdef EINPROGRESS
# define SOCK2_ERRNO_EINPROGRESS (-EINPROGRESS)
#else
# define SOCK2_ERRNO_EINPROGRESS (-4018)
#endif
#ifdef EINTR
# define SOCK2_ERRNO_EINTR (-EINTR)
#else
# define SOCK2_ERRNO_EINTR (-4019)
#endif
#ifdef EINVAL
# define SOCK2_ERRNO_EINVAL (-EINVAL)
#else
# define SOCK2_ERRNO_EINVAL (-4020)
#endif
#ifdef EIO
# define SOCK2_ERRNO_EIO (-EIO)
#else
# define SOCK2_ERRNO_EIO (-4021)
#endif
#ifdef EISCONN
# define SOCK2_ERRNO_EISCONN (-EISCONN)
#else
# define SOCK2_ERRNO_EISCONN (-4022)
#endif
#ifdef ELOOP
# define SOCK2_ERRNO_ELOOP (-ELOOP)
#else
# define SOCK2_ERRNO_ELOOP (-4023)
#endif
#ifdef EMFILE
# define SOCK2_ERRNO_EMFILE (-EMFILE)
#else
# define SOCK2_ERRNO_EMFILE (-4024)
#endif
#ifdef EMSGSIZE
# define SOCK2_ERRNO_EMSGSIZE (-EMSGSIZE)
#else
# define SOCK2_ERRNO_EMSGSIZE (-4025)
#endif
#ifdef ENAMETOOLONG
# define SOCK2_ERRNO_ENAMETOOLONG (-ENAMETOOLONG)
#else
# define SOCK2_ERRNO_ENAMETOOLONG (-4026)
#endif
#ifdef ENETDOWN
# define SOCK2_ERRNO_ENETDOWN (-ENETDOWN)
#else
# define SOCK2_ERRNO_ENETDOWN (-4027)
#endif
#ifdef ENETRESET
# define SOCK2_ERRNO_ENETRESET (-ENETRESET)
#else
# define SOCK2_ERRNO_ENETRESET (-4028)
#endif
#ifdef ENETUNREACH
# define SOCK2_ERRNO_ENETUNREACH (-ENETUNREACH)
#else
# define SOCK2_ERRNO_ENETUNREACH (-4029)
#endif
#ifdef ENFILE
# define SOCK2_ERRNO_ENFILE (-ENFILE)
#else
# define SOCK2_ERRNO_ENFILE (-4030)
#endif
#ifdef ENOBUFS
# define SOCK2_ERRNO_ENOBUFS (-ENOBUFS)
#else
# define SOCK2_ERRNO_ENOBUFS (-4031)
#endif
#ifdef ENODEV
# define SOCK2_ERRNO_ENODEV (-ENODEV)
#else
# define SOCK2_ERRNO_ENODEV (-4032)
#endif
#ifdef ENOENT
# define SOCK2_ERRNO_ENOENT (-ENOENT)
#else
# define SOCK2_ERRNO_ENOENT (-4033)
#endif
#ifdef ENOMEM
# define SOCK2_ERRNO_ENOMEM (-ENOMEM)
#else
# define SOCK2_ERRNO_ENOMEM (-4034)
#endif
#ifdef ENOPROTOOPT
# define SOCK2_ERRNO_ENOPROTOOPT (-ENOPROTOOPT)
#else
# define SOCK2_ERRNO_ENOPROTOOPT (-4035)
#endif
#ifdef ENOSPC
# define SOCK2_ERRNO_ENOSPC (-ENOSPC)
#else
# define SOCK2_ERRNO_ENOSPC (-4036)
#endif
#ifdef ENOSYS
# define SOCK2_ERRNO_ENOSYS (-ENOSYS)
#else
# define SOCK2_ERRNO_ENOSYS (-4037)
#endif
#ifdef ENOTCONN
# define SOCK2_ERRNO_ENOTCONN (-ENOTCONN)
#else
# define SOCK2_ERRNO_ENOTCONN (-4038)
#endif
#ifdef ENOTDIR
# define SOCK2_ERRNO_ENOTDIR (-ENOTDIR)
#else
# define SOCK2_ERRNO_ENOTDIR (-4039)
#endif
#ifdef ENOTSOCK
# define SOCK2_ERRNO_ENOTSOCK (-ENOTSOCK)
#else
# define SOCK2_ERRNO_ENOTSOCK (-4040)
#endif
#ifdef ENOTSUP
# define SOCK2_ERRNO_ENOTSUP (-ENOTSUP)
#else
# define SOCK2_ERRNO_ENOTSUP (-4041)
#endif
#ifdef ENXIO
# define SOCK2_ERRNO_ENXIO (-ENXIO)
#else
# define SOCK2_ERRNO_ENXIO (-4042)
#endif
#ifdef EOVERFLOW
# define SOCK2_ERRNO_EOVERFLOW (-EOVERFLOW)
#else
# define SOCK2_ERRNO_EOVERFLOW (-4043)
#endif
#ifdef EPERM
# define SOCK2_ERRNO_EPERM (-EPERM)
#else
# define SOCK2_ERRNO_EPERM (-4044)
#endif
#ifdef EPIPE
# define SOCK2_ERRNO_EPIPE (-EPIPE)
#else
# define SOCK2_ERRNO_EPIPE (-4045)
#endif
#ifdef EPROTO
# define SOCK2_ERRNO_EPROTO (-EPROTO)
#else
# define SOCK2_ERRNO_EPROTO (-4046)
#endif
#ifdef EPROTONOSUPPORT
# define SOCK2_ERRNO_EPROTONOSUPPORT (-EPROTONOSUPPORT)
#else
# define SOCK2_ERRNO_EPROTONOSUPPORT (-4047)
#endif
#ifdef EPROTOTYPE
# define SOCK2_ERRNO_EPROTOTYPE (-EPROTOTYPE)
#else
# define SOCK2_ERRNO_EPROTOTYPE (-4048)
#endif
#ifdef ERANGE
# define SOCK2_ERRNO_ERANGE (-ERANGE)
#else
# define SOCK2_ERRNO_ERANGE (-4049)
#endif
#ifdef EROFS
# define SOCK2_ERRNO_EROFS (-EROFS)
#else
# define SOCK2_ERRNO_EROFS (-4050)
#endif
#ifdef ESHUTDOWN
# define SOCK2_ERRNO_ESHUTDOWN (-ESHUTDOWN)
#else
# define SOCK2_ERRNO_ESHUTDOWN (-4051)
#endif
#ifdef ESOCKTNOSUPPORT
# define SOCK2_ERRNO_ESOCKTNOSUPPORT (-ESOCKTNOSUPPORT)
#else
# define SOCK2_ERRNO_ESOCKTNOSUPPORT (-4052)
#endif
#ifdef ETIMEDOUT
# define SOCK2_ERRNO_ETIMEDOUT (-ETIMEDOUT)
#else
# define SOCK2_ERRNO_ETIMEDOUT (-4053)
#endif
/*
 * Batches (sock2/batch.h). sock2_mmsg_len_t is the type of struct
 * mmsghdr's msg_len, so that sock2_mmsg_t has the kernel's layout (checked
 * at build time where the OS has sendmmsg). A public header cannot ask
 * configure, so this one test names the OS: FreeBSD declares msg_len
 * ssize_t; Linux, NetBSD and OpenBSD unsigned int.
 */
#if defined(__FreeBSD__)
typedef ssize_t sock2_mmsg_len_t;
#else
typedef unsigned int sock2_mmsg_len_t;
#endif
/*
 * sock2_recvmmsg(): return once at least one message has arrived. The
 * OS's MSG_WAITFORONE where it has one, else a private bit that the
 * library strips and emulates (never passed to the kernel).
 */
#ifdef MSG_WAITFORONE
# define SOCK2_MSG_WAITFORONE MSG_WAITFORONE
#else
# define SOCK2_MSG_WAITFORONE 0x20000000
#endif

/*
 * Readiness waiting (<sock2/wait.h>): the event bits are poll()'s own
 * (POLLIN, POLLOUT, POLLERR, POLLHUP, POLLNVAL have these values on
 * Linux, the BSDs, macOS, illumos; the backend checks it at build time)
 * and sock2_pollfd_t is struct pollfd, so an array goes to poll() as it
 * is.
 */
#define SOCK2_WAIT_READ 0x001
#define SOCK2_WAIT_WRITE 0x004
#define SOCK2_WAIT_ERROR 0x008
#define SOCK2_WAIT_HUP 0x010
#define SOCK2_WAIT_INVALID 0x020
typedef struct sock2_pollfd {
  int fd;
  short events;
  short revents;
} sock2_pollfd_t;
#endif /* SOCK2_UNIX_H */
