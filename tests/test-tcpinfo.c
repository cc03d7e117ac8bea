/* SPDX-License-Identifier: MIT */
/*
 * Tests: TCP_INFO snapshots (portable and raw) and unix peer credentials
 * (pid, uid, gid, pidfd), on loopback connections, socketpairs and a
 * forked child. Values are checked against the kernel's own structure
 * read with raw getsockopt() and against what the test itself did.
 */
#include "tests.h"

#include <limits.h>
#ifndef _WIN32
# include <errno.h>
# include <fcntl.h>
# include <netinet/in.h>
# include <netinet/tcp.h>
# include <signal.h>
# include <sys/socket.h>
# include <sys/stat.h>
# include <sys/syscall.h>
# include <sys/wait.h>
# include <unistd.h>
#endif

/* A TCP_INFO failure only Wine may have (it lacks SIO_TCP_INFO). */
static int
tcpi_unavailable(int rc)
{
  if (sock2_has(SOCK2_FEATURE_TCP_INFO) != 1) {
    ck_err(rc, SOCK2_ENOTSUP);
    return 1;
  }
  if (rc < 0 && t_under_wine())
    return 1;
  ck_ok(rc);
  return 0;
}

/* Send n bytes on a, receive them all on b. */
static void
pump(sock2_socket_t a, sock2_socket_t b, size_t n)
{
  static char buf[16384];
  size_t sent = 0, got = 0;

  memset(buf, 'x', sizeof(buf));
  while (got < n) {
    if (sent < n) {
      size_t k = n - sent < sizeof(buf) ? n - sent : sizeof(buf);
      sock2_ssize_t r = sock2_send(a, buf, k);
      ck_assert_int_gt(r, 0);
      sent += (size_t)r;
    }
    while (got < sent) {
      sock2_ssize_t r = sock2_recv(b, buf, sizeof(buf));
      ck_assert_int_gt(r, 0);
      got += (size_t)r;
    }
  }
}

START_TEST(test_tcp_info_connected)
{
  T_SKIP_UNDER_EMULATOR("qemu-user answers TCP_INFO with 4 bytes");
  sock2_socket_t c, s;
  sock2_tcp_info_t ti = SOCK2_TCP_INFO_INIT, si = SOCK2_TCP_INFO_INIT;
  const size_t n = 100000;
  uint64_t acked0;
  int i;

  t_tcp_pair(SOCK2_DOMAIN_IPV4, &c, &s);
  if (tcpi_unavailable(sock2_tcp_info(c, &ti))) {
    sock2_close(c);
    sock2_close(s);
    T_SKIP_IF(1, "no TCP_INFO here (feature absent or Wine)");
  }
  ck_assert_uint_eq(ti.size, sizeof(ti));
  ck_assert(ti.present & SOCK2_TCPI_STATE);
  ck_assert_uint_eq(ti.state, SOCK2_TCP_STATE_ESTABLISHED);
  ck_assert_str_eq(sock2_tcp_state_name(ti.state), "ESTABLISHED");
  /* Plausible values: an RTT above 0 and below 10 s, a sane MSS. */
  ck_assert(ti.present & SOCK2_TCPI_RTT);
  ck_assert(ti.rtt > 0 && ti.rtt < SOCK2_SEC(10));
  ck_assert(ti.present & SOCK2_TCPI_SND_MSS);
  ck_assert_uint_ge(ti.snd_mss, 536);
  ck_assert_uint_le(ti.snd_mss, 65535);
  for (i = 0; i < 8; i++)
    ck_assert(ti.reserved[i] == 0);
  if (!(ti.present & SOCK2_TCPI_BYTES_ACKED)) {
    sock2_close(c);
    sock2_close(s);
    T_SKIP_IF(1, "this OS reports no bytes_acked");
  }
  acked0 = ti.bytes_acked;
  pump(c, s, n);
  /*
   * The receiver has every byte, so its ACKs are on their way: wait
   * (no time limit but the test's) until the sender has seen them all.
   */
  for (;;) {
    ck_ok(sock2_tcp_info(c, &ti));
    if (ti.bytes_acked >= acked0 + n)
      break;
#ifdef _WIN32
    Sleep(1);
#else
    usleep(1000);
#endif
  }
  ck_assert(ti.bytes_acked == acked0 + n);
  if (ti.present & SOCK2_TCPI_BYTES_SENT)
    ck_assert(ti.bytes_sent >= n);
  ck_ok(sock2_tcp_info(s, &si));
  ck_assert_uint_eq(si.state, SOCK2_TCP_STATE_ESTABLISHED);
  ck_assert(si.present & SOCK2_TCPI_BYTES_RECEIVED);
  ck_assert(si.bytes_received == n);
#ifdef __linux__
  {
    /* The kernel's own structure agrees (glibc's prefix of it). */
    struct tcp_info raw;
    socklen_t len = sizeof(raw);

    memset(&raw, 0, sizeof(raw));
    ck_assert_int_eq(getsockopt(c, IPPROTO_TCP, TCP_INFO, &raw, &len), 0);
    ck_assert_int_eq(raw.tcpi_state, 1); /* TCP_ESTABLISHED */
    ck_assert_uint_eq(raw.tcpi_snd_mss, ti.snd_mss);
    ck_assert_uint_eq(raw.tcpi_snd_cwnd * raw.tcpi_snd_mss, ti.snd_cwnd);
    /* Loopback negotiates timestamps, SACK and window scaling. */
    ck_assert_uint_eq(ti.options & 7u, SOCK2_TCPI_OPT_TIMESTAMPS |
                                         SOCK2_TCPI_OPT_SACK |
                                         SOCK2_TCPI_OPT_WSCALE);
    ck_assert(ti.present & SOCK2_TCPI_MIN_RTT);
    ck_assert(ti.min_rtt > 0 && ti.min_rtt <= ti.rtt + ti.rttvar * 4);
  }
#endif
  ck_ok(sock2_close(c));
  ck_ok(sock2_close(s));
}
END_TEST

START_TEST(test_tcp_info_listener)
{
  T_SKIP_UNDER_EMULATOR("qemu-user answers TCP_INFO with 4 bytes");
  sock2_addr_t a;
  sock2_socket_t l = t_listener(SOCK2_DOMAIN_IPV4, &a);
  sock2_tcp_info_t ti = SOCK2_TCP_INFO_INIT;
  int rc = sock2_tcp_info(l, &ti);

  if (!tcpi_unavailable(rc)) {
    ck_assert(ti.present & SOCK2_TCPI_STATE);
    ck_assert_uint_eq(ti.state, SOCK2_TCP_STATE_LISTEN);
    ck_assert_str_eq(sock2_tcp_state_name(ti.state), "LISTEN");
  }
  ck_ok(sock2_close(l));
}
END_TEST

/*
 * An older program's struct, shorter than the library's: only its bytes
 * are written. And sizes the library cannot honour are refused, the
 * struct untouched.
 */
START_TEST(test_tcp_info_sizes)
{
  T_SKIP_UNDER_EMULATOR("qemu-user answers TCP_INFO with 4 bytes");
  sock2_socket_t c, s;
  unsigned char buf[sizeof(sock2_tcp_info_t) + 16];
  sock2_tcp_info_t *ti = (sock2_tcp_info_t *)(void *)buf;
  static const uint32_t bad[] = {
    0, 8, (uint32_t)SOCK2_TCP_INFO_SIZE_MIN - 8,
    (uint32_t)SOCK2_TCP_INFO_SIZE_MIN + 4,
    (uint32_t)sizeof(sock2_tcp_info_t) + 8,
    UINT32_MAX,
  };
  size_t i;
  int rc;

  t_tcp_pair(SOCK2_DOMAIN_IPV4, &c, &s);
  memset(buf, 0xA5, sizeof(buf));
  ti->size = (uint32_t)SOCK2_TCP_INFO_SIZE_MIN;
  rc = sock2_tcp_info(c, ti);
  if (!tcpi_unavailable(rc)) {
    ck_assert_uint_eq(ti->size, SOCK2_TCP_INFO_SIZE_MIN);
    ck_assert_uint_eq(ti->state, SOCK2_TCP_STATE_ESTABLISHED);
    for (i = SOCK2_TCP_INFO_SIZE_MIN; i < sizeof(buf); i++)
      ck_assert_msg(buf[i] == 0xA5, "byte %u written", (unsigned)i);
  }
  for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
    memset(buf, 0xA5, sizeof(buf));
    ti->size = bad[i];
    ck_err(sock2_tcp_info(c, ti), SOCK2_EINVAL);
    ck_assert_uint_eq(ti->size, bad[i]);
    ck_assert_int_eq(buf[sizeof(uint32_t)], 0xA5);
  }
  ck_ok(sock2_close(c));
  ck_ok(sock2_close(s));
}
END_TEST

START_TEST(test_tcp_info_raw)
{
  T_SKIP_UNDER_EMULATOR("qemu-user answers TCP_INFO with 4 bytes");
  sock2_socket_t c, s;
  unsigned char buf[512];
  int n;

  t_tcp_pair(SOCK2_DOMAIN_IPV4, &c, &s);
  memset(buf, 0, sizeof(buf));
  n = sock2_tcp_info_raw(c, buf, sizeof(buf));
  if (!tcpi_unavailable(n < 0 ? n : 0)) {
    ck_assert_int_gt(n, 0);
#ifdef __linux__
    /*
     * The whole struct of the running kernel, which may be larger than
     * the build headers' (280 bytes on 6.18 against 6.1's 232), never
     * smaller than Linux 4.6's.
     */
    ck_assert_int_ge(n, 160);
    ck_assert_int_eq(buf[0], 1); /* tcpi_state: TCP_ESTABLISHED */
    /* A short buffer gets that many bytes. */
    ck_assert_int_eq(sock2_tcp_info_raw(c, buf, 8), 8);
    ck_assert_int_eq(sock2_tcp_info_raw(c, buf, 0), 0);
#endif
  }
  ck_ok(sock2_close(c));
  ck_ok(sock2_close(s));
}
END_TEST

#if HAVE_DECL_TCP_INFO && defined(__linux__)
/* The backend's decoder (sys-unix/internal.h), reached by the tests. */
void sock2__tcp_info_from_linux(sock2_tcp_info_t *ti, const void *k,
                                size_t len);

/*
 * An older kernel returns a shorter struct tcp_info: decoding the running
 * kernel's reply cut to the sizes of older kernels marks exactly the
 * fields those lacked as absent (104 bytes: before Linux 4.1; 232: the
 * 6.1 headers' size; 8: the state and options only).
 */
START_TEST(test_tcp_info_old_kernel)
{
  T_SKIP_UNDER_EMULATOR("qemu-user answers TCP_INFO with 4 bytes");
  sock2_socket_t c, s;
  unsigned char raw[512];
  sock2_tcp_info_t ti;
  int n;

  t_tcp_pair(SOCK2_DOMAIN_IPV4, &c, &s);
  memset(raw, 0, sizeof(raw));
  n = sock2_tcp_info_raw(c, raw, sizeof(raw));
  ck_assert_int_ge(n, 240);

  memset(&ti, 0, sizeof(ti));
  sock2__tcp_info_from_linux(&ti, raw, (size_t)n);
  ck_assert(ti.present & SOCK2_TCPI_RCV_WND);
  ck_assert(ti.present & SOCK2_TCPI_BYTES_SENT);

  memset(&ti, 0, sizeof(ti));
  sock2__tcp_info_from_linux(&ti, raw, 232);
  ck_assert(ti.present & SOCK2_TCPI_SND_WND);
  ck_assert(!(ti.present & SOCK2_TCPI_RCV_WND));
  ck_assert_uint_eq(ti.rcv_wnd, 0);

  memset(&ti, 0, sizeof(ti));
  sock2__tcp_info_from_linux(&ti, raw, 104);
  ck_assert(ti.present & SOCK2_TCPI_RTT);
  ck_assert(ti.present & SOCK2_TCPI_TOTAL_RETRANS);
  ck_assert(!(ti.present & (SOCK2_TCPI_BYTES_ACKED | SOCK2_TCPI_MIN_RTT |
                            SOCK2_TCPI_DELIVERY_RATE | SOCK2_TCPI_SEGS_OUT |
                            SOCK2_TCPI_BYTES_SENT | SOCK2_TCPI_SND_WND)));
  ck_assert(ti.bytes_acked == 0 && ti.min_rtt == 0);

  memset(&ti, 0, sizeof(ti));
  sock2__tcp_info_from_linux(&ti, raw, 8);
  ck_assert_uint_eq(ti.state, SOCK2_TCP_STATE_ESTABLISHED);
  ck_assert(!(ti.present & (SOCK2_TCPI_RTT | SOCK2_TCPI_SND_MSS)));
  ck_assert(ti.present & SOCK2_TCPI_OPTIONS);

  memset(&ti, 0, sizeof(ti));
  sock2__tcp_info_from_linux(&ti, raw, 0);
  ck_assert(ti.present == 0);
  ck_ok(sock2_close(c));
  ck_ok(sock2_close(s));
}
END_TEST
#else
START_TEST(test_tcp_info_old_kernel)
{
  T_SKIP_IF(1, "Linux's struct tcp_info decoder is not in this build");
}
END_TEST
#endif

START_TEST(test_tcp_info_errors)
{
  sock2_tcp_info_t ti = SOCK2_TCP_INFO_INIT;
  unsigned char buf[64];
  sock2_addr_t a;
  sock2_socket_t u;

  ck_err(sock2_tcp_info(SOCK2_INVALID_SOCKET, &ti), SOCK2_EBADF);
  ck_err(sock2_tcp_info_raw(SOCK2_INVALID_SOCKET, buf, sizeof(buf)),
         SOCK2_EBADF);
  u = t_udp(SOCK2_DOMAIN_IPV4, &a);
  ck_err(sock2_tcp_info(u, NULL), SOCK2_EINVAL);
  ck_err(sock2_tcp_info_raw(u, NULL, 8), SOCK2_EINVAL);
  ck_err(sock2_tcp_info_raw(u, buf, SIZE_MAX), SOCK2_EINVAL);
  /* Not TCP: the kernel refuses (no snapshot of a UDP socket). */
  if (sock2_has(SOCK2_FEATURE_TCP_INFO) == 1)
    ck_assert_int_lt(sock2_tcp_info(u, &ti), 0);
  else
    ck_err(sock2_tcp_info(u, &ti), SOCK2_ENOTSUP);
  ck_ok(sock2_close(u));
  ck_assert_str_eq(sock2_tcp_state_name(SOCK2_TCP_STATE_CLOSED), "CLOSED");
  ck_assert_str_eq(sock2_tcp_state_name(SOCK2_TCP_STATE_TIME_WAIT),
                   "TIME_WAIT");
  ck_assert_str_eq(sock2_tcp_state_name(11), "UNKNOWN");
  ck_assert_str_eq(sock2_tcp_state_name(UINT32_MAX), "UNKNOWN");
}
END_TEST

/* ---- Peer credentials ---------------------------------------------------- */

START_TEST(test_peer_cred_errors)
{
  sock2_peer_cred_t pc = SOCK2_PEER_CRED_INIT;
  int fd = -7;

  ck_err(sock2_peer_cred(SOCK2_INVALID_SOCKET, &pc), SOCK2_EBADF);
  ck_err(sock2_peer_pidfd(SOCK2_INVALID_SOCKET, &fd), SOCK2_EBADF);
  ck_assert_int_eq(fd, -7);
  ck_err(sock2_peer_pidfd(0, NULL), SOCK2_EINVAL);
  ck_err(sock2_peer_cred(0, NULL), SOCK2_EINVAL);
  pc.size = 8;
  ck_err(sock2_peer_cred(0, &pc), SOCK2_EINVAL);
  pc.size = (uint32_t)sizeof(pc) + 8;
  ck_err(sock2_peer_cred(0, &pc), SOCK2_EINVAL);
  pc.size = (uint32_t)SOCK2_PEER_CRED_SIZE_MIN + 4;
  ck_err(sock2_peer_cred(0, &pc), SOCK2_EINVAL);
}
END_TEST

#ifndef _WIN32
/* The Pid: line of /proc/self/fdinfo/FD, or -2 if there is none. */
static long
pidfd_pid(int fd)
{
  char path[64], line[128];
  FILE *f;
  long pid = -2;

  snprintf(path, sizeof(path), "/proc/self/fdinfo/%d", fd);
  f = fopen(path, "r");
  if (f == NULL)
    return -2;
  while (fgets(line, sizeof(line), f) != NULL)
    if (sscanf(line, "Pid: %ld", &pid) == 1)
      break;
  fclose(f);
  return pid;
}

START_TEST(test_peer_cred_socketpair)
{
  sock2_socket_t sv[2];
  sock2_peer_cred_t pc = SOCK2_PEER_CRED_INIT;
  int fd = -1, rc;

  ck_ok(sock2_socketpair(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_STREAM, 0, sv));
  rc = sock2_peer_cred(sv[0], &pc);
  if (sock2_has(SOCK2_FEATURE_PEER_CRED) != 1) {
    ck_err(rc, SOCK2_ENOTSUP);
  } else {
    ck_ok(rc);
    ck_assert(pc.known & SOCK2_PEER_UID);
    ck_assert_uint_eq(pc.uid, (uint32_t)geteuid());
    if (pc.known & SOCK2_PEER_GID)
      ck_assert_uint_eq(pc.gid, (uint32_t)getegid());
    if (pc.known & SOCK2_PEER_PID)
      ck_assert(pc.pid == (int64_t)getpid());
# ifdef __linux__
    ck_assert_uint_eq(pc.known,
                      SOCK2_PEER_PID | SOCK2_PEER_UID | SOCK2_PEER_GID);
# endif
  }
  rc = sock2_peer_pidfd(sv[0], &fd);
  if (rc == SOCK2_ENOTSUP) {
    ck_assert_int_eq(fd, -1);
  } else {
    ck_ok(rc);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(t_raw_is_cloexec(fd), 1);
    ck_assert_int_eq(pidfd_pid(fd), (long)getpid());
    close(fd);
  }
  ck_ok(sock2_close(sv[0]));
  ck_ok(sock2_close(sv[1]));
}
END_TEST

/*
 * A listener and a forked child that connects (as uid/gid 65534 when the
 * test runs as root): the accepted socket's peer is the child, by pid,
 * uid and gid, and its pidfd names the child (fdinfo, and a null signal
 * through pidfd_send_signal where the headers have it).
 */
START_TEST(test_peer_cred_child)
{
  char path[108];
  sock2_addr_t a;
  sock2_socket_t l, s;
  sock2_peer_cred_t pc = SOCK2_PEER_CRED_INIT;
  int sync[2], status = 0, fd = -1, rc;
  uint32_t want_uid = (uint32_t)geteuid(), want_gid = (uint32_t)getegid();
  char b = 0;
  pid_t pid;

  /*
   * An abstract name where there are some: no file permissions stand in
   * the way of the child once it is uid 65534.
   */
  path[0] = '\0';
  if (sock2_has(SOCK2_FEATURE_ABSTRACT_NAMES) == 1) {
    char name[64];
    int n = snprintf(name, sizeof(name), "sock2-peercred-%ld",
                     (long)getpid());
    ck_ok(sock2_addr_abstract(&a, name, (size_t)n));
  } else {
    t_unix_path(path, sizeof(path), "peercred");
    ck_ok(sock2_addr_unix(&a, path));
  }
  ck_ok(sock2_socket(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_STREAM, 0, &l));
  ck_ok(sock2_bind(l, &a));
  ck_ok(sock2_listen(l, 4));
  if (path[0] != '\0')
    ck_assert_int_eq(chmod(path, 0777), 0);
  ck_assert_int_eq(pipe(sync), 0);
  if (geteuid() == 0)
    want_uid = want_gid = 65534;
  fflush(NULL);
  pid = fork();
  ck_assert_int_ge(pid, 0);
  if (pid == 0) {
    sock2_socket_t c;
    close(sync[1]);
    if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
      t_child_exit(2);
    if (sock2_socket(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_STREAM, 0, &c) != 0 ||
        sock2_connect(c, &a) != 0)
      t_child_exit(3);
    /* Stay alive until the parent has looked. */
    if (read(sync[0], &b, 1) < 0)
      t_child_exit(4);
    /* Leave nothing open: valgrind's --track-fds reports the child too. */
    close(sync[0]);
    sock2_close(c);
    sock2_close(l);
    t_child_exit(0);
  }
  close(sync[0]);
  ck_ok(sock2_accept(l, &s, NULL));
  rc = sock2_peer_cred(s, &pc);
  if (sock2_has(SOCK2_FEATURE_PEER_CRED) != 1) {
    ck_err(rc, SOCK2_ENOTSUP);
  } else {
    ck_ok(rc);
    ck_assert(pc.known & SOCK2_PEER_UID);
    ck_assert_uint_eq(pc.uid, want_uid);
    if (pc.known & SOCK2_PEER_GID)
      ck_assert_uint_eq(pc.gid, want_gid);
    if (pc.known & SOCK2_PEER_PID)
      ck_assert(pc.pid == (int64_t)pid);
  }
  rc = sock2_peer_pidfd(s, &fd);
  if (rc != SOCK2_ENOTSUP) {
    ck_ok(rc);
    ck_assert_int_eq(t_raw_is_cloexec(fd), 1);
    ck_assert_int_eq(pidfd_pid(fd), (long)pid);
# ifdef SYS_pidfd_send_signal
    /* Valgrind 3.19 does not know pidfd_send_signal: ENOSYS there. */
    ck_assert_msg(syscall(SYS_pidfd_send_signal, fd, 0, NULL, 0) == 0 ||
                    errno == ENOSYS,
                  "pidfd_send_signal: %s", strerror(errno));
# endif
  }
  ck_assert_int_eq(write(sync[1], "x", 1), 1);
  close(sync[1]);
  ck_assert_int_eq(waitpid(pid, &status, 0), pid);
  ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  if (fd >= 0) {
    /* The child is gone and reaped: its pidfd says so (Pid: -1). */
    ck_assert_int_eq(pidfd_pid(fd), -1);
    close(fd);
  }
  ck_ok(sock2_close(s));
  ck_ok(sock2_close(l));
  if (path[0] != '\0')
    t_unix_path_cleanup(path);
}
END_TEST
#else
T_WINDOWS_SKIP_TEST(test_peer_cred_socketpair,
                    "Windows has no socketpair for unix sockets")
T_WINDOWS_SKIP_TEST(test_peer_cred_child, "fork() is POSIX")
#endif

Suite *
sock2_test_tcpinfo_suite(void)
{
  Suite *s = suite_create("tcpinfo");
  TCase *tc = sock2_tcase("tcp_info");
  TCase *pc = sock2_tcase("peer_cred");

  tcase_add_test(tc, test_tcp_info_connected);
  tcase_add_test(tc, test_tcp_info_listener);
  tcase_add_test(tc, test_tcp_info_sizes);
  tcase_add_test(tc, test_tcp_info_raw);
  tcase_add_test(tc, test_tcp_info_old_kernel);
  tcase_add_test(tc, test_tcp_info_errors);
  suite_add_tcase(s, tc);
  tcase_add_test(pc, test_peer_cred_errors);
  tcase_add_test(pc, test_peer_cred_socketpair);
  tcase_add_test(pc, test_peer_cred_child);
  suite_add_tcase(s, pc);
  return s;
}
