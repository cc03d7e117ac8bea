/* SPDX-License-Identifier: MIT */
/*
 * Tests: the Windows-only options on every platform (SOCK2_ENOTSUP off
 * Windows), and the Winsock backend's own promises on Windows: handle
 * inheritance, the lazy Winsock start-up, SO_EXCLUSIVEADDRUSE and the UDP
 * connection-reset reports.
 */
#include "tests.h"

/* ---- Windows-only options, on every platform ----------------------------- */

START_TEST(test_opt_win_bad_input)
{
  int on = -1;

  ck_err(sock2_set_exclusive_address_use(SOCK2_INVALID_SOCKET, 1),
         SOCK2_EBADF);
  ck_err(sock2_exclusive_address_use(SOCK2_INVALID_SOCKET, &on), SOCK2_EBADF);
  ck_err(sock2_set_udp_connreset(SOCK2_INVALID_SOCKET, 0), SOCK2_EBADF);
  ck_assert_int_eq(on, -1);
}
END_TEST

START_TEST(test_opt_win_features)
{
#ifdef _WIN32
  const int want = 1;
#else
  const int want = 0;
#endif
  ck_assert_int_eq(sock2_has(SOCK2_FEATURE_EXCLUSIVEADDRUSE), want);
  ck_assert_int_eq(sock2_has(SOCK2_FEATURE_UDP_CONNRESET), want);
  ck_assert_int_eq(sock2_has(SOCK2_FEATURE_WSARECVMSG), want);
  ck_assert_str_eq(sock2_feature_name(SOCK2_FEATURE_EXCLUSIVEADDRUSE),
                   "SO_EXCLUSIVEADDRUSE");
  ck_assert_str_eq(sock2_feature_name(SOCK2_FEATURE_WSARECVMSG),
                   "WSARecvMsg");
}
END_TEST

#ifndef _WIN32
START_TEST(test_opt_win_enotsup)
{
  sock2_socket_t s, u;
  sock2_addr_t a;
  int on = -1;

  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s));
  ck_err(sock2_set_exclusive_address_use(s, 1), SOCK2_ENOTSUP);
  ck_err(sock2_set_exclusive_address_use(s, 0), SOCK2_ENOTSUP);
  ck_err(sock2_exclusive_address_use(s, &on), SOCK2_ENOTSUP);
  ck_assert_int_eq(on, -1);
  /* The argument check still comes first. */
  ck_err(sock2_exclusive_address_use(s, NULL), SOCK2_EINVAL);
  u = t_udp(SOCK2_DOMAIN_IPV4, &a);
  ck_err(sock2_set_udp_connreset(u, 0), SOCK2_ENOTSUP);
  ck_err(sock2_set_udp_connreset(u, 1), SOCK2_ENOTSUP);
  ck_ok(sock2_close(u));
  ck_ok(sock2_close(s));
}
END_TEST
#endif

Suite *
sock2_test_opt_win_suite(void)
{
  Suite *s = suite_create("opt-win");
  TCase *tc = sock2_tcase("extras");

  tcase_add_test(tc, test_opt_win_bad_input);
  tcase_add_test(tc, test_opt_win_features);
#ifndef _WIN32
  tcase_add_test(tc, test_opt_win_enotsup);
#endif
  suite_add_tcase(s, tc);
  return s;
}

#ifdef _WIN32
/* ---- Windows: handle inheritance ----------------------------------------- */

/* 1 if the handle is inheritable (HANDLE_FLAG_INHERIT), 0 if not. */
static int
inheritable(sock2_socket_t s)
{
  DWORD fl = 0;
  ck_assert_int_ne(GetHandleInformation((HANDLE)s, &fl), 0);
  return (fl & HANDLE_FLAG_INHERIT) != 0;
}

START_TEST(test_win32_inherit_created)
{
  sock2_socket_t s;
  int on = -1;

  /* WSA_FLAG_NO_HANDLE_INHERIT at creation. */
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s));
  ck_assert_int_eq(inheritable(s), 0);
  ck_ok(sock2_cloexec(s, &on));
  ck_assert_int_eq(on, 1);
  ck_ok(sock2_close(s));
  /* The raw call sets nothing: Winsock's default is inheritable. */
  ck_ok(sock2_socket_raw(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, &s));
  ck_assert_int_eq(inheritable(s), 1);
  ck_ok(sock2_cloexec(s, &on));
  ck_assert_int_eq(on, 0);
  ck_ok(sock2_close(s));
  /* ...unless asked with SOCK2_TYPE_CLOEXEC. */
  ck_ok(sock2_socket_raw(SOCK2_DOMAIN_IPV4,
                         SOCK2_TYPE_DGRAM | SOCK2_TYPE_CLOEXEC, 0, &s));
  ck_assert_int_eq(inheritable(s), 0);
  /* And it can be turned on and off again (SetHandleInformation). */
  ck_ok(sock2_set_cloexec(s, 0));
  ck_assert_int_eq(inheritable(s), 1);
  ck_ok(sock2_set_cloexec(s, 1));
  ck_assert_int_eq(inheritable(s), 0);
  ck_ok(sock2_close(s));
}
END_TEST

START_TEST(test_win32_inherit_accepted)
{
  sock2_socket_t l, c, a;
  sock2_addr_t la;

  l = t_listener(SOCK2_DOMAIN_IPV4, &la);
  /* A listener made inheritable must not pass that on through accept. */
  ck_ok(sock2_set_cloexec(l, 0));
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &c));
  ck_ok(sock2_connect(c, &la));
  ck_ok(sock2_accept(l, &a, NULL));
  ck_assert_int_eq(inheritable(a), 0);
  ck_ok(sock2_close(a));
  ck_ok(sock2_close(c));

  /* accept4 with SOCK2_TYPE_CLOEXEC: not inheritable either. */
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &c));
  ck_ok(sock2_connect(c, &la));
  ck_ok(sock2_accept4(l, &a, NULL, SOCK2_TYPE_CLOEXEC));
  ck_assert_int_eq(inheritable(a), 0);
  ck_ok(sock2_close(a));
  ck_ok(sock2_close(c));

  /* accept_raw sets nothing: the OS default (inheritable). */
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &c));
  ck_ok(sock2_connect(c, &la));
  ck_ok(sock2_accept_raw(l, &a, NULL));
  ck_assert_int_eq(inheritable(a), 1);
  ck_ok(sock2_close(a));
  ck_ok(sock2_close(c));
  ck_ok(sock2_close(l));
}
END_TEST

START_TEST(test_win32_inherit_dup)
{
  sock2_socket_t s, d;
  sock2_addr_t a, b;
  char buf[8];

  /* An inheritable original still gives a non-inheritable duplicate. */
  ck_ok(sock2_socket_raw(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, &s));
  t_loopback(SOCK2_DOMAIN_IPV4, &a);
  ck_ok(sock2_bind(s, &a));
  ck_ok(sock2_local_addr(s, &a));
  ck_assert_int_eq(inheritable(s), 1);
  ck_ok(sock2_dup(s, &d));
  ck_assert(d != s);
  ck_assert_int_eq(inheritable(d), 0);
  /* The duplicate is the same socket: same address, same queue. */
  ck_ok(sock2_local_addr(d, &b));
  ck_assert(sock2_addr_equal(&a, &b));
  ck_assert_int_eq(sock2_send_to(s, "dup", 3, &a), 3);
  ck_assert_int_eq(sock2_recv(d, buf, sizeof(buf)), 3);
  ck_assert_mem_eq(buf, "dup", 3);
  ck_ok(sock2_close(d));
  ck_ok(sock2_close(s));
}
END_TEST

/*
 * A child process created with bInheritHandles = TRUE, suspended (it runs
 * nothing; it only holds whatever handles it inherited). NULL if Windows
 * (or Wine) cannot start one.
 */
static HANDLE
spawn_inheriting_child(void)
{
  STARTUPINFOA si;
  PROCESS_INFORMATION pi;
  char cmd[] = "cmd.exe /c exit 0";

  memset(&si, 0, sizeof(si));
  si.cb = sizeof(si);
  if (!CreateProcessA(NULL, cmd, NULL, NULL, TRUE,
                      CREATE_SUSPENDED | CREATE_NO_WINDOW, NULL, NULL, &si,
                      &pi))
    return NULL;
  CloseHandle(pi.hThread);
  return pi.hProcess;
}

static void
end_child(HANDLE child)
{
  TerminateProcess(child, 0);
  WaitForSingleObject(child, 10000);
  CloseHandle(child);
}

/* 1 if a fresh socket can bind the address (nobody holds the port). */
static int
port_free(const sock2_addr_t *a)
{
  sock2_socket_t t;
  int rc;

  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &t));
  rc = sock2_bind(t, a);
  ck_ok(sock2_close(t));
  return rc == 0;
}

START_TEST(test_win32_inherit_child)
{
  sock2_socket_t l, c, a;
  sock2_addr_t la;
  HANDLE child;
  char buf[4];
  int held;
  sock2_ssize_t n;

  /*
   * Control: an inheritable listener (the raw call sets nothing) stays
   * bound while a child that inherited it lives, after the parent closed
   * it. This shows the check below can fail.
   */
  ck_ok(sock2_socket_raw(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &l));
  t_loopback(SOCK2_DOMAIN_IPV4, &la);
  ck_ok(sock2_bind(l, &la));
  ck_ok(sock2_local_addr(l, &la));
  ck_ok(sock2_listen(l, 4));
  child = spawn_inheriting_child();
  if (child == NULL) {
    ck_ok(sock2_close(l));
    T_SKIP_ON_WINDOWS("cannot start a child process (cmd.exe) here");
  }
  ck_ok(sock2_close(l));
  held = !port_free(&la);
  end_child(child);

  /*
   * The library's sockets: a listener and an accepted socket made before
   * the child starts are not inherited, so closing them in the parent
   * frees the port and the peer sees end of stream at once.
   */
  l = t_listener(SOCK2_DOMAIN_IPV4, &la);
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &c));
  ck_ok(sock2_connect(c, &la));
  ck_ok(sock2_accept(l, &a, NULL));
  child = spawn_inheriting_child();
  ck_assert(child != NULL);
  ck_ok(sock2_close(l));
  ck_assert_msg(port_free(&la), "the child holds the listener's port");
  ck_ok(sock2_close(a));
  ck_ok(sock2_set_read_timeout(c, SOCK2_SEC(3)));
  n = sock2_recv(c, buf, sizeof(buf));
  ck_assert_msg(n == 0, "peer after the parent closed: %s",
                n < 0 ? sock2_err_name((int)n) : "data");
  ck_ok(sock2_close(c));
  end_child(child);
  if (!held)
    T_SKIP_ON_WINDOWS("control: an inherited handle did not keep the port "
                      "bound here (Wine), so the check above proves less");
}
END_TEST

/* ---- Windows: the once-only Winsock start-up ----------------------------- */

START_TEST(test_win32_winsock_refcount)
{
  WSADATA data;
  sock2_socket_t s, t;
  sock2_addr_t a;
  char buf[4];

  /*
   * A program that starts and cleans up Winsock itself (balanced) must not
   * break the library's sockets: the library's own start-up holds a
   * reference that the program's WSACleanup does not drop.
   */
  s = t_udp(SOCK2_DOMAIN_IPV4, &a);
  ck_assert_int_eq(WSAStartup(MAKEWORD(2, 2), &data), 0);
  ck_assert_int_eq(WSACleanup(), 0);
  ck_assert_int_eq(sock2_send_to(s, "ok", 2, &a), 2);
  ck_assert_int_eq(sock2_recv(s, buf, sizeof(buf)), 2);
  /* And new sockets still work. */
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &t));
  ck_ok(sock2_close(t));
  ck_ok(sock2_close(s));
}
END_TEST

/* ---- Windows: SO_EXCLUSIVEADDRUSE ------------------------------------------ */

START_TEST(test_win32_exclusive_address_use)
{
  sock2_socket_t l, thief;
  sock2_addr_t a;
  int on = -1, one = 1, rc;

  t_loopback(SOCK2_DOMAIN_IPV4, &a);
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &l));
  ck_ok(sock2_exclusive_address_use(l, &on));
  ck_assert_int_eq(on, 0);
  ck_ok(sock2_set_exclusive_address_use(l, 7));
  ck_ok(sock2_exclusive_address_use(l, &on));
  ck_assert_int_eq(on, 1);
  ck_assert_int_ne(t_raw_getsockopt_int(l, SOL_SOCKET, SO_EXCLUSIVEADDRUSE),
                   0);
  ck_err(sock2_exclusive_address_use(l, NULL), SOCK2_EINVAL);
  ck_ok(sock2_bind(l, &a));
  ck_ok(sock2_local_addr(l, &a));
  ck_ok(sock2_listen(l, 4));
  /* A second socket with SO_REUSEADDR cannot take the port. */
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &thief));
  ck_assert_int_eq(setsockopt(thief, SOL_SOCKET, SO_REUSEADDR,
                              (const char *)&one, (int)sizeof(one)),
                   0);
  rc = sock2_bind(thief, &a);
  ck_assert_msg(rc == SOCK2_EADDRINUSE || rc == SOCK2_EACCES,
                "a second bind to an exclusive port: %s", sock2_err_name(rc));
  ck_ok(sock2_close(thief));
  ck_ok(sock2_close(l));
  /* Turning it off reads back 0. */
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, &l));
  ck_ok(sock2_set_exclusive_address_use(l, 1));
  ck_ok(sock2_set_exclusive_address_use(l, 0));
  ck_ok(sock2_exclusive_address_use(l, &on));
  ck_assert_int_eq(on, 0);
  ck_ok(sock2_close(l));
}
END_TEST

/* ---- Windows: UDP connection-reset reports --------------------------------- */

START_TEST(test_win32_udp_connreset_off)
{
  sock2_socket_t s, peer, gone;
  sock2_addr_t sa, pa, ga, from;
  char buf[16];
  sock2_ssize_t n;

  s = t_udp(SOCK2_DOMAIN_IPV4, &sa);
  peer = t_udp(SOCK2_DOMAIN_IPV4, &pa);
  /* A loopback port that was just in use and now has nobody. */
  gone = t_udp(SOCK2_DOMAIN_IPV4, &ga);
  ck_ok(sock2_close(gone));

  ck_ok(sock2_set_udp_connreset(s, 0));
  /* Draws an ICMP port-unreachable from the loopback stack. */
  ck_assert_int_eq(sock2_send_to(s, "lost", 4, &ga), 4);
  Sleep(50);
  /* A live peer's datagram then arrives with no WSAECONNRESET first. */
  ck_assert_int_eq(sock2_send_to(peer, "live", 4, &sa), 4);
  n = sock2_recv_from(s, buf, sizeof(buf), &from);
  ck_assert_msg(n == 4, "recv after an ICMP error: %s",
                n < 0 ? sock2_err_name((int)n) : "short");
  ck_assert_mem_eq(buf, "live", 4);
  ck_assert(sock2_addr_equal(&from, &pa));
  /* Turning reports back on is accepted too. */
  ck_ok(sock2_set_udp_connreset(s, 1));
  ck_ok(sock2_close(peer));
  ck_ok(sock2_close(s));
}
END_TEST

START_TEST(test_win32_udp_connreset_tcp)
{
  sock2_socket_t s;
  int rc;

  /* The ioctl is for UDP sockets; on TCP Winsock refuses it. */
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s));
  rc = sock2_set_udp_connreset(s, 0);
  if (rc == 0) {
    ck_ok(sock2_close(s));
    T_SKIP_ON_WINDOWS("this Winsock (Wine) accepts SIO_UDP_CONNRESET on "
                      "TCP sockets");
  }
  ck_assert_msg(rc == SOCK2_EINVAL || rc == SOCK2_ENOTSUP ||
                    rc == SOCK2_ENOPROTOOPT,
                "SIO_UDP_CONNRESET on TCP: %s", sock2_err_name(rc));
  ck_ok(sock2_close(s));
}
END_TEST

/* ---- Windows: truncation, WSARecvMsg, DONTWAIT ----------------------------- */

START_TEST(test_win32_recvmsg_truncated)
{
  sock2_socket_t a, b;
  sock2_addr_t aa, ba;
  char big[100], small[10], again[10];
  sock2_buf_t in[1];
  sock2_msg_t msg;
  sock2_ssize_t n;
  int i, rf = -1;

  for (i = 0; i < 100; i++)
    big[i] = (char)i;
  a = t_udp(SOCK2_DOMAIN_IPV4, &aa);
  b = t_udp(SOCK2_DOMAIN_IPV4, &ba);
  ck_ok(sock2_connect(a, &ba));

  /* WSARecvMsg (fetched once, then cached): a count and MSG_TRUNC. */
  for (i = 0; i < 2; i++) {
    ck_assert_int_eq(sock2_send(a, big, 100), 100);
    ck_ok(sock2_msg_init(&msg));
    in[0].base = i == 0 ? small : again;
    in[0].len = 10;
    ck_ok(sock2_msg_set_bufs(&msg, in, 1));
    n = sock2_recvmsg(b, &msg, 0);
    ck_assert_msg(n == 10, "recvmsg: %s", n < 0 ? sock2_err_name((int)n)
                                                : "wrong count");
    ck_assert(sock2_recv_flags_is_truncated(sock2_msg_flags(&msg)));
    ck_assert_mem_eq(in[0].base, big, 10);
  }
  /* WSARecv: the truncated flag instead of a bare WSAEMSGSIZE. */
  ck_assert_int_eq(sock2_send(a, big, 100), 100);
  in[0].base = small;
  in[0].len = 10;
  ck_assert_int_eq(sock2_recv_vectored(b, in, 1, &rf), 10);
  ck_assert(sock2_recv_flags_is_truncated(rf));
  /* A datagram that fits: no flag. */
  ck_assert_int_eq(sock2_send(a, big, 5), 5);
  ck_assert_int_eq(sock2_recv_vectored(b, in, 1, &rf), 5);
  ck_assert(!sock2_recv_flags_is_truncated(rf));
  /* Plain recv truncates as on POSIX: the bytes that fit, no error. */
  ck_assert_int_eq(sock2_send(a, big, 100), 100);
  ck_assert_int_eq(sock2_recv(b, small, 10), 10);
  ck_assert_mem_eq(small, big, 10);
  /* ...and the rest of that datagram is gone. */
  ck_err(sock2_recv_with_flags(b, small, 10, SOCK2_MSG_DONTWAIT),
         SOCK2_EAGAIN);
  ck_ok(sock2_close(a));
  ck_ok(sock2_close(b));
}
END_TEST

START_TEST(test_win32_dontwait)
{
  sock2_socket_t s;
  sock2_addr_t a;
  char buf[8];
  long long t0;

  s = t_udp(SOCK2_DOMAIN_IPV4, &a);
  /* Emulated on receives: EAGAIN at once on an empty blocking socket. */
  t0 = t_now_ms();
  ck_err(sock2_recv_with_flags(s, buf, sizeof(buf), SOCK2_MSG_DONTWAIT),
         SOCK2_EAGAIN);
  ck_err(sock2_recv_from_with_flags(s, buf, sizeof(buf), NULL,
                                    SOCK2_MSG_DONTWAIT),
         SOCK2_EAGAIN);
  ck_assert_int_lt(t_now_ms() - t0, 2000);
  /* Data waiting: received, and the socket is still blocking after. */
  ck_assert_int_eq(sock2_send_to(s, "dw", 2, &a), 2);
  ck_assert_int_eq(sock2_recv_with_flags(s, buf, sizeof(buf),
                                         SOCK2_MSG_DONTWAIT),
                   2);
  ck_assert_mem_eq(buf, "dw", 2);
  /* Refused on sends: Winsock has no per-call non-blocking send. */
  ck_err(sock2_send_with_flags(s, "x", 1, SOCK2_MSG_DONTWAIT), SOCK2_ENOTSUP);
  ck_ok(sock2_close(s));
}
END_TEST

/* ---- Windows: timeouts as DWORD milliseconds --------------------------------- */

static DWORD
raw_timeout_ms(sock2_socket_t s, int name)
{
  DWORD v = 0;
  int len = (int)sizeof(v);
  ck_assert_int_eq(getsockopt(s, SOL_SOCKET, name, (char *)&v, &len), 0);
  return v;
}

START_TEST(test_win32_timeouts)
{
  sock2_socket_t s;
  sock2_duration_t d = 0;

  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s));
  ck_ok(sock2_read_timeout(s, &d));
  ck_assert(d == SOCK2_DURATION_NONE);
  /* 1 ns rounds up to 1 ms, never to 0 (which would mean "forever"). */
  ck_ok(sock2_set_read_timeout(s, SOCK2_NSEC(1)));
  ck_assert_uint_eq(raw_timeout_ms(s, SO_RCVTIMEO), 1);
  ck_ok(sock2_read_timeout(s, &d));
  ck_assert(d == SOCK2_MSEC(1));
  ck_ok(sock2_set_write_timeout(s, SOCK2_USEC(1500)));
  ck_assert_uint_eq(raw_timeout_ms(s, SO_SNDTIMEO), 2);
  ck_ok(sock2_set_read_timeout(s, SOCK2_SEC(3)));
  ck_assert_uint_eq(raw_timeout_ms(s, SO_RCVTIMEO), 3000);
  /* Beyond a DWORD of milliseconds: the largest. */
  ck_ok(sock2_set_read_timeout(s, SOCK2_SEC(5000000)));
  ck_assert_uint_eq(raw_timeout_ms(s, SO_RCVTIMEO), 0xffffffffu);
  /* None: 0. */
  ck_ok(sock2_set_read_timeout(s, SOCK2_DURATION_NONE));
  ck_assert_uint_eq(raw_timeout_ms(s, SO_RCVTIMEO), 0);
  ck_ok(sock2_read_timeout(s, &d));
  ck_assert(d == SOCK2_DURATION_NONE);
  ck_ok(sock2_close(s));
}
END_TEST

/* ---- Windows: keep-alive through SIO_KEEPALIVE_VALS ----------------------- */

/*
 * Windows 10 1709+ option numbers, for reading back what
 * SIO_KEEPALIVE_VALS wrote (older MinGW headers lack the names).
 */
#define WIN_TCP_KEEPIDLE 3
#define WIN_TCP_KEEPINTVL 17

START_TEST(test_win32_keepalive_partial)
{
  sock2_socket_t s;
  sock2_keepalive_t ka;
  DWORD v = 0;
  int len = (int)sizeof(v), readable;

  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s));
  ck_assert_int_eq(t_raw_getsockopt_int(s, SOL_SOCKET, SO_KEEPALIVE) & 0xff,
                   0);
  /* Retries need TCP_KEEPCNT: refused before any call when absent. */
  if (!sock2_has(SOCK2_FEATURE_TCP_KEEPCNT)) {
    ck_ok(sock2_keepalive_init(&ka));
    ck_ok(sock2_keepalive_with_retries(&ka, 3));
    ck_err(sock2_set_tcp_keepalive(s, &ka), SOCK2_ENOTSUP);
    ck_assert_int_eq(t_raw_getsockopt_int(s, SOL_SOCKET, SO_KEEPALIVE) & 0xff,
                     0);
  }
  /* Time only. */
  ck_ok(sock2_keepalive_init(&ka));
  ck_ok(sock2_keepalive_with_time(&ka, SOCK2_SEC(90)));
  ck_ok(sock2_set_tcp_keepalive(s, &ka));
  ck_assert_int_ne(t_raw_getsockopt_int(s, SOL_SOCKET, SO_KEEPALIVE) & 0xff,
                   0);
  readable = getsockopt(s, IPPROTO_TCP, WIN_TCP_KEEPIDLE, (char *)&v,
                        &len) == 0;
  if (readable)
    ck_assert_uint_eq(v, 90);
  /* Interval only: the time is never written as 0. */
  ck_ok(sock2_keepalive_init(&ka));
  ck_ok(sock2_keepalive_with_interval(&ka, SOCK2_SEC(2)));
  ck_ok(sock2_set_tcp_keepalive(s, &ka));
  if (readable) {
    len = (int)sizeof(v);
    ck_assert_int_eq(getsockopt(s, IPPROTO_TCP, WIN_TCP_KEEPIDLE, (char *)&v,
                                &len),
                     0);
    ck_assert_uint_ne(v, 0);
    len = (int)sizeof(v);
    if (getsockopt(s, IPPROTO_TCP, WIN_TCP_KEEPINTVL, (char *)&v, &len) == 0)
      ck_assert_uint_eq(v, 2);
  }
  /* A time that does not fit SIO_KEEPALIVE_VALS' ULONG milliseconds. */
  ck_ok(sock2_keepalive_init(&ka));
  ck_ok(sock2_keepalive_with_time(&ka, SOCK2_SEC(5000000)));
  ck_err(sock2_set_tcp_keepalive(s, &ka), SOCK2_ERANGE);
  ck_ok(sock2_close(s));
  if (!readable)
    T_SKIP_ON_WINDOWS("keep-alive read-back: TCP_KEEPIDLE is not readable "
                      "here (Windows before 10 1709, or Wine)");
}
END_TEST

/* ---- Windows: sendfile from a HANDLE ---------------------------------------- */

START_TEST(test_win32_sendfile)
{
  char dir[MAX_PATH + 1], path[MAX_PATH + 64];
  static unsigned char data[100000], got[100000];
  sock2_socket_t c, a;
  HANDLE h;
  DWORD w = 0;
  uint64_t off = 0;
  size_t i, have = 0;
  sock2_ssize_t n;

  for (i = 0; i < sizeof(data); i++)
    data[i] = (unsigned char)(i * 7 + 3);
  ck_assert_int_ne(GetTempPathA((DWORD)sizeof(dir), dir), 0);
  snprintf(path, sizeof(path), "%ssock2-sendfile-%lu.bin", dir,
           (unsigned long)GetCurrentProcessId());
  h = CreateFileA(path, GENERIC_READ | GENERIC_WRITE, 0, NULL, CREATE_ALWAYS,
                  FILE_ATTRIBUTE_TEMPORARY | FILE_FLAG_DELETE_ON_CLOSE, NULL);
  ck_assert(h != INVALID_HANDLE_VALUE);
  ck_assert(WriteFile(h, data, (DWORD)sizeof(data), &w, NULL));
  ck_assert_uint_eq(w, sizeof(data));

  t_tcp_pair(SOCK2_DOMAIN_IPV4, &c, &a);
  /* Whole file in bounded chunks, read back at the other end each time. */
  for (;;) {
    n = sock2_sendfile(c, h, off, 0);
    ck_assert_msg(n >= 0, "sendfile: %s", sock2_err_name((int)n));
    if (n == 0)
      break;
    off += (uint64_t)n;
    while (have < off) {
      sock2_ssize_t r = sock2_recv(a, got + have, (size_t)(off - have));
      ck_assert_int_gt(r, 0);
      have += (size_t)r;
    }
  }
  ck_assert_uint_eq(off, sizeof(data));
  ck_assert_mem_eq(got, data, sizeof(data));
  /* An offset and a length: exactly that slice. */
  n = sock2_sendfile(c, h, 1000, 10);
  ck_assert_int_eq(n, 10);
  ck_assert_int_eq(sock2_recv(a, got, 10), 10);
  ck_assert_mem_eq(got, data + 1000, 10);
  /* Past the end: 0. */
  ck_assert_int_eq(sock2_sendfile(c, h, sizeof(data) + 5, 0), 0);
  ck_assert(CloseHandle(h));
  ck_ok(sock2_close(c));
  ck_ok(sock2_close(a));
}
END_TEST

Suite *
sock2_test_win32_suite(void)
{
  Suite *s = suite_create("win32");
  TCase *tc;

  tc = sock2_tcase("inherit");
  tcase_add_test(tc, test_win32_inherit_created);
  tcase_add_test(tc, test_win32_inherit_accepted);
  tcase_add_test(tc, test_win32_inherit_dup);
  tcase_add_test(tc, test_win32_inherit_child);
  tcase_add_test(tc, test_win32_winsock_refcount);
  suite_add_tcase(s, tc);

  tc = sock2_tcase("extras");
  tcase_add_test(tc, test_win32_exclusive_address_use);
  tcase_add_test(tc, test_win32_udp_connreset_off);
  tcase_add_test(tc, test_win32_udp_connreset_tcp);
  tcase_add_test(tc, test_win32_keepalive_partial);
  suite_add_tcase(s, tc);

  tc = sock2_tcase("io");
  tcase_add_test(tc, test_win32_recvmsg_truncated);
  tcase_add_test(tc, test_win32_dontwait);
  tcase_add_test(tc, test_win32_timeouts);
  tcase_add_test(tc, test_win32_sendfile);
  suite_add_tcase(s, tc);
  return s;
}
#endif /* _WIN32 */
