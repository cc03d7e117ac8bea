/* SPDX-License-Identifier: MIT */
/*
 * Watched by tests/strace.sh: each library call under test sits between
 * two marker system calls (close() of an impossible descriptor), so the
 * trace shows exactly which system calls the call made.
 *
 * `syscount --features` prints this build's sock2_has() answers instead,
 * one "name=0|1" a line, so the script knows which path (native or
 * fallback) to expect.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sock2.h"

static void
marker(int n)
{
  close(-1000 - n); /* fails with EBADF; only its trace line matters */
}

/*
 * `syscount --connect-hang NS`: sock2_connect_timeout(NS) against a
 * loopback listener whose backlog is full, so the connect never finishes;
 * strace.sh stops it after a second and counts its polls (one per
 * INT_MAX ms at most, never a busy loop).
 */
static int
connect_hang(const char *ns)
{
  sock2_socket_t l, c[8], s;
  sock2_addr_t addr;
  int i, err = 0;

  if (sock2_addr_parse(&addr, "127.0.0.1:0") != 0 ||
      sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &l) != 0 ||
      sock2_bind(l, &addr) != 0 || sock2_listen(l, 0) != 0 ||
      sock2_local_addr(l, &addr) != 0)
    return 40;
  /* Fill the queue: Linux then drops further SYNs. */
  for (i = 0; i < 8 && err != SOCK2_ETIMEDOUT; i++) {
    if (sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &c[i]) != 0)
      return 41;
    err = sock2_connect_timeout(c[i], &addr, SOCK2_MSEC(100));
  }
  if (err != SOCK2_ETIMEDOUT ||
      sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s) != 0)
    return 42;
  marker(60);
  err = sock2_connect_timeout(s, &addr, (sock2_duration_t)strtoll(ns, NULL,
                                                                   10));
  marker(61);
  printf("connect_timeout returned %s\n", sock2_err_name(err));
  return 43;
}

int
main(int argc, char **argv)
{
  sock2_socket_t l, c, a;
  sock2_addr_t addr;

  if (argc > 1 && strcmp(argv[1], "--features") == 0) {
    int f;
    /* Values may skip a block reserved for work not merged yet. */
    for (f = 1; f < 1024; f++)
      if (sock2_feature_name(f) != NULL)
        printf("%s=%d\n", sock2_feature_name(f), sock2_has(f));
    return 0;
  }
  if (argc > 2 && strcmp(argv[1], "--connect-hang") == 0)
    return connect_hang(argv[2]);

  if (sock2_addr_parse(&addr, "127.0.0.1:0") != 0)
    return 1;
  marker(1);
  if (sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &l) != 0)
    return 2;
  marker(2);
  if (sock2_bind(l, &addr) != 0 || sock2_listen(l, 4) != 0 ||
      sock2_local_addr(l, &addr) != 0)
    return 3;
  if (sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &c) != 0 ||
      sock2_connect(c, &addr) != 0)
    return 4;
  marker(3);
  if (sock2_accept(l, &a, NULL) != 0)
    return 5;
  marker(4);
  if (sock2_send(c, "x", 1) != 1)
    return 6;
  marker(5);
  {
    /* The data-transfer hot paths: one system call each. */
    char rx[4];
    sock2_buf_t b, rb;
    b.base = (void *)"y";
    b.len = 1;
    rb.base = rx;
    rb.len = sizeof(rx);
    if (sock2_recv(a, rx, sizeof(rx)) != 1)
      return 7;
    marker(6);
    if (sock2_send_vectored(c, &b, 1) != 1)
      return 8;
    marker(7);
    if (sock2_recv_vectored(a, &rb, 1, NULL) != 1)
      return 9;
    marker(8);
  }
  {
    /* Socket options: exactly the calls asked for (tests/strace.sh). */
    sock2_keepalive_t ka;
    int on = 0;

    sock2_keepalive_init(&ka);
    sock2_keepalive_with_time(&ka, SOCK2_MSEC(1500));
    sock2_keepalive_with_interval(&ka, SOCK2_SEC(3));
    sock2_keepalive_with_retries(&ka, 4);
    marker(20);
    if (sock2_set_tcp_nodelay(c, 1) != 0)
      return 20;
    marker(21);
    if (sock2_tcp_nodelay(c, &on) != 0 || on != 1)
      return 21;
    marker(22);
    /* SOCK2_ENOTSUP, with no system call, where a field is unsupported. */
    (void)sock2_set_tcp_keepalive(c, &ka);
    marker(23);
    if (sock2_set_recv_buffer_size(c, -1) != SOCK2_EINVAL)
      return 23;
    marker(24);
  }
#ifndef _WIN32
  {
    /* sendfile: the kernel call and the SIGPIPE guard around it. */
    FILE *f = tmpfile();
    if (f == NULL || fwrite("0123456789", 1, 10, f) != 10 || fflush(f) != 0)
      return 40;
    marker(40);
    if (sock2_sendfile(c, fileno(f), 0, 10) != 10)
      return 41;
    marker(41);
    fclose(f);
  }
#endif
  {
    /*
     * sock2_connect_timeout on a blocking socket and on a non-blocking
     * one (the listener has room for both).
     */
    sock2_socket_t b, nb;

    if (sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &b) != 0 ||
        sock2_socket(SOCK2_DOMAIN_IPV4,
                     SOCK2_TYPE_STREAM | SOCK2_TYPE_NONBLOCK, 0, &nb) != 0)
      return 50;
    marker(50);
    if (sock2_connect_timeout(b, &addr, SOCK2_SEC(5)) != 0)
      return 51;
    marker(51);
    if (sock2_connect_timeout(nb, &addr, SOCK2_SEC(5)) != 0)
      return 52;
    marker(52);
    sock2_close(b);
    sock2_close(nb);
  }
  {
    /*
     * Issue 12: numeric hosts resolve with no system call (a named scope:
     * the interface lookup only); a one-address Happy Eyeballs connect
     * costs no more than socket() + sock2_connect_timeout().
     */
    sock2_addr_t r[2];
    sock2_socket_t h;

    marker(70);
    if (sock2_resolve("192.0.2.1", "80", NULL, r, 2, NULL) != 1 ||
        sock2_resolve("2001:db8::1", "443", NULL, r, 2, NULL) != 1 ||
        (sock2_has(SOCK2_FEATURE_IPV6_SCOPE_ID) &&
         sock2_resolve("fe80::1%2", NULL, NULL, r, 2, NULL) != 1) ||
        sock2_addr_parse_ip(r, "::1", 80) != 0)
      return 70;
    marker(71);
    if (sock2_has(SOCK2_FEATURE_IF_NAMETOINDEX) &&
        sock2_has(SOCK2_FEATURE_IPV6_SCOPE_ID) &&
        sock2_resolve("fe80::1%lo", "80", NULL, r, 2, NULL) != 1)
      return 71;
    marker(72);
    if (sock2_connect_happy(&addr, 1, NULL, &h, NULL) != 0)
      return 72;
    marker(73);
    sock2_close(h);
  }
  {
    /* A TCP_INFO snapshot and peer credentials: one getsockopt each. */
    sock2_tcp_info_t ti = SOCK2_TCP_INFO_INIT;
    sock2_peer_cred_t pc = SOCK2_PEER_CRED_INIT;
    sock2_socket_t sv[2];

    if (sock2_socketpair(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_STREAM, 0, sv) != 0)
      return 90;
    marker(90);
    (void)sock2_tcp_info(c, &ti);
    marker(91);
    (void)sock2_peer_cred(sv[0], &pc);
    marker(92);
    sock2_close(sv[0]);
    sock2_close(sv[1]);
  }
  sock2_close(a);
  sock2_close(c);
  sock2_close(l);
  return 0;
}
