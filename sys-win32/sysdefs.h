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

/* ---- Options at SOL_SOCKET and IPPROTO_TCP ------------------------------ */

/* ---- Options at IPPROTO_IP, IPPROTO_IPV6 and SOL_DCCP -------------------- */

#endif /* SOCK2_SYS_WIN32_SYSDEFS_H */
