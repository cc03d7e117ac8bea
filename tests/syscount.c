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
#include <string.h>
#include <unistd.h>

#include "sock2.h"

static void
marker(int n)
{
  close(-1000 - n); /* fails with EBADF; only its trace line matters */
}

int
main(int argc, char **argv)
{
  sock2_socket_t l, c, a;
  sock2_addr_t addr;

  if (argc > 1 && strcmp(argv[1], "--features") == 0) {
    int f;
    for (f = 1; sock2_feature_name(f) != NULL; f++)
      printf("%s=%d\n", sock2_feature_name(f), sock2_has(f));
    return 0;
  }

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
  sock2_close(a);
  sock2_close(c);
  sock2_close(l);
  return 0;
}
