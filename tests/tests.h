/* SPDX-License-Identifier: MIT */
/* Shared declarations for the Check suites. */
#ifndef SOCK2_TESTS_H
#define SOCK2_TESTS_H

#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sock2.h"

/* Suites, one per area; the runner (check_sock2.c) adds them all. */
Suite *sock2_test_addr_suite(void);
Suite *sock2_test_errno_suite(void);
Suite *sock2_test_io_suite(void);
Suite *sock2_test_lengths_suite(void);
Suite *sock2_test_opt_ip_suite(void);
Suite *sock2_test_opt_socket_suite(void);
Suite *sock2_test_opt_tcp_suite(void);
Suite *sock2_test_opt_win_suite(void);
Suite *sock2_test_socket_suite(void);
Suite *sock2_test_sigpipe_suite(void);
Suite *sock2_test_cmsg_suite(void);
Suite *sock2_test_batch_suite(void);
Suite *sock2_test_tcp_extras_suite(void);
Suite *sock2_test_resolve_suite(void);
Suite *sock2_test_tcpinfo_suite(void);
Suite *sock2_test_opt_server_suite(void);
#ifdef _WIN32
Suite *sock2_test_win32_suite(void);
#endif

/*
 * A test case with the descriptor-leak check: a checked fixture records
 * the open descriptors before each test and fails the test if any new one
 * is still open afterwards.
 */
TCase *sock2_tcase(const char *name);

/* Assert a libsock2 call succeeded (>= 0); show the error name if not. */
#define ck_ok(expr)                                                           \
  do {                                                                        \
    long long ck_r_ = (long long)(expr);                                      \
    ck_assert_msg(ck_r_ >= 0, "%s failed: %s (%lld)", #expr,                  \
                  sock2_err_name((int)ck_r_), ck_r_);                         \
  } while (0)

/* Assert a libsock2 call failed with exactly `code`. */
#define ck_err(expr, code)                                                    \
  do {                                                                        \
    long long ck_r_ = (long long)(expr);                                      \
    ck_assert_msg(ck_r_ == (long long)(code), "%s: expected %s, got %s (%lld)", \
                  #expr, sock2_err_name((int)(code)),                         \
                  sock2_err_name((int)ck_r_), ck_r_);                         \
  } while (0)

/* ---- Helpers (tests/helpers.c) ------------------------------------------ */

/* Loopback address of a domain (IPv4 or IPv6) with port 0. */
void t_loopback(int domain, sock2_addr_t *addr);
/* 1 if IPv6 loopback works here (so IPv6 tests can skip cleanly). */
int t_have_ipv6(void);
/* A listening TCP socket on loopback port 0; *addr gets its address. */
sock2_socket_t t_listener(int domain, sock2_addr_t *addr);
/* A connected TCP pair over loopback: *client and *server (accepted). */
void t_tcp_pair(int domain, sock2_socket_t *client, sock2_socket_t *server);
/* A UDP socket bound to loopback port 0; *addr gets its address. */
sock2_socket_t t_udp(int domain, sock2_addr_t *addr);
/* A fresh path for a unix socket in a private temporary directory. */
void t_unix_path(char *buf, size_t size, const char *name);
/* Remove the path and its directory (made by t_unix_path). */
void t_unix_path_cleanup(const char *path);

/* Raw OS checks, independent of the library. */
int t_raw_is_cloexec(sock2_socket_t s);
int t_raw_is_nonblocking(sock2_socket_t s);
int t_raw_is_open(sock2_socket_t s);
/* Raw getsockopt of an int option. */
int t_raw_getsockopt_int(sock2_socket_t s, int level, int name);
/* Monotonic milliseconds. */
long long t_now_ms(void);

#ifdef _WIN32
/*
 * POSIX names the shared test files use, mapped to Winsock and Win32 (in
 * the tests only): Winsock's getsockopt/setsockopt take char * and int.
 * geteuid() says "not root", so tests needing CAP_NET_ADMIN skip. MinGW's
 * <unistd.h> has usleep().
 */
# include <unistd.h>
# define getsockopt(s, l, n, v, len)                                         \
    getsockopt((s), (l), (n), (char *)(v), (len))
# define setsockopt(s, l, n, v, len)                                         \
    setsockopt((s), (l), (n), (const char *)(v), (int)(len))
# define poll(fds, n, ms) WSAPoll((fds), (ULONG)(n), (ms))
# define geteuid() 1
/*
 * No per-call non-blocking flag on Windows: the library's private bit,
 * which Winsock refuses (so a raw recv never blocks by mistake).
 */
# ifndef MSG_DONTWAIT
#  define MSG_DONTWAIT SOCK2_MSG_DONTWAIT
# endif
#endif

/*
 * Assert the raw non-blocking mode, read with fcntl(F_GETFL). Winsock
 * cannot report FIONBIO (socket2 #347), so on Windows this checks nothing:
 * the mode is covered there only by behaviour (EAGAIN on an empty
 * non-blocking socket) where a test checks that.
 */
#ifdef _WIN32
# define t_assert_nonblocking(s, v) ((void)(s), (void)(v))
#else
# define t_assert_nonblocking(s, v)                                           \
    ck_assert_int_eq(t_raw_is_nonblocking(s), (v))
#endif

/*
 * 1 if AF_UNIX stream sockets can be created here (always on POSIX; on
 * Windows 10 1803+ but not under Wine before 9.x), else 0.
 */
int t_have_unix(void);

#ifndef _WIN32
/*
 * The end of a forked child: closes every descriptor above stderr (what the
 * child opened and what it inherited from the test), then _exit(code). The
 * suite runs under valgrind --track-fds, which lists each descriptor a
 * process still holds when it exits, children included.
 */
void t_child_exit(int code)
# if defined(__GNUC__)
  __attribute__((noreturn))
# endif
  ;
#endif

/*
 * Skips. A test that cannot run on a platform calls T_SKIP_ON_WINDOWS()
 * (or t_skip()) with the reason: it prints "SKIP: test: reason", the test
 * ends there (Check counts it as passed), and the runner reports how many
 * were skipped. Never drop a test silently.
 */
void t_skip(const char *test, const char *reason);
int t_skipped(void);
#ifdef _WIN32
# define T_SKIP_ON_WINDOWS(reason)                                            \
    do {                                                                      \
      t_skip(__func__, reason);                                               \
      return;                                                                 \
    } while (0)
#else
# define T_SKIP_ON_WINDOWS(reason) ((void)0)
#endif
/*
 * Under an emulator (the CI's aarch64 job runs the suite under qemu-user
 * and sets SOCK2_TEST_EMULATOR=qemu-aarch64) some calls behave unlike any
 * kernel: unknown socket options give ENOPROTOOPT, some errno values and
 * flags differ. A test (or one row) that depends on such a detail calls
 * T_SKIP_UNDER_EMULATOR("what qemu-user does differently"), which skips it
 * with that reason there and does nothing elsewhere. t_emulator() names
 * the emulator, or is NULL on real hardware.
 */
#define t_emulator() getenv("SOCK2_TEST_EMULATOR")
#define T_SKIP_UNDER_EMULATOR(reason)                                         \
  do {                                                                        \
    if (t_emulator() != NULL) {                                               \
      t_skip(__func__, reason);                                               \
      return;                                                                 \
    }                                                                         \
  } while (0)
/*
 * Under an emulator, skip an option row when the emulator itself does not
 * pass the raw option through (getsockopt or setsockopt of the current
 * value fails with ENOPROTOOPT or EINVAL there). Returns 1 (after printing
 * the skip) when the row must be skipped; 0 on real hardware, always.
 */
int t_emulator_lacks_option(sock2_socket_t s, int level, int name,
                            const char *what);
/* 1 when the Windows test program runs under Wine, else 0. */
int t_under_wine(void);
/*
 * T_SKIP_IF(cond, "reason"): when cond holds, skip the rest of the test
 * through t_skip() (e.g. no IPv6 loopback, a feature not in this build),
 * so the skip is listed. Every early return that leaves something
 * untested goes through t_skip(); tests print no "skipped" text of their
 * own (.ci/run checks).
 */
#define T_SKIP_IF(cond, reason)                                               \
  do {                                                                        \
    if (cond) {                                                               \
      t_skip(__func__, reason);                                               \
      return;                                                                 \
    }                                                                         \
  } while (0)
/*
 * A test whose body cannot even compile on Windows stays in the shared
 * file under #ifndef _WIN32; its #else branch is
 * T_WINDOWS_SKIP_TEST(name, "reason"), so the runner still lists it.
 */
#define T_WINDOWS_SKIP_TEST(name, reason)                                     \
  START_TEST(name)                                                            \
  {                                                                           \
    T_SKIP_ON_WINDOWS(reason);                                                \
  }                                                                           \
  END_TEST

/*
 * Option round-trip table rows (tests/test-opt-socket.c runs them; the
 * TCP suite shares the runner). Integer-like getters and setters are
 * adapted to int.
 */
#define T_OPT_ANY (-0x7fffffff)  /* initial value not checked */
#define T_OPT_BOOL 1              /* set 7, expect 1; then set 0 */
#define T_OPT_INT 2               /* set value, expect value */
#define T_OPT_BUF 3               /* buffer size: Linux doubles it */
typedef struct t_opt_row {
  const char *name;
  int (*set)(sock2_socket_t s, int v);
  int (*get)(sock2_socket_t s, int *v);
  int feature;        /* sock2_has() must be 1 to run; 0: always */
  int domain, type;   /* the socket to test on */
  int level, optname; /* the raw option; optname -1: absent here */
  int kind;           /* T_OPT_BOOL, T_OPT_INT, T_OPT_BUF */
  int initial;        /* expected initial value, or T_OPT_ANY */
  int value;          /* value to set (not for booleans) */
  int root;           /* needs CAP_NET_ADMIN: runs only as root */
  int neg_einval;     /* a negative value must give SOCK2_EINVAL */
} t_opt_row;
/* Run one row: set, read back through the library and raw getsockopt. */
void t_opt_roundtrip(const t_opt_row *row);

/*
 * For test programs beside check_sock2: have Check write the logs named
 * by CK_LOG_FILE_NAME and friends to NAME.suffix (tests/helpers.c).
 */
void t_own_logs(SRunner *sr, const char *suffix);

#endif /* SOCK2_TESTS_H */
