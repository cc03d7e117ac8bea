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
#else
# define SOCK2__MAX_BUF_LEN ((size_t)SSIZE_MAX)
#endif

/* ---- Data transfer (flags, limits) ------------------------------------- */

/* ---- Options at SOL_SOCKET and IPPROTO_TCP ------------------------------ */

/* ---- Options at IPPROTO_IP, IPPROTO_IPV6 and SOL_DCCP -------------------- */

#endif /* SOCK2_SYS_UNIX_SYSDEFS_H */
