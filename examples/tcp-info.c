/* SPDX-License-Identifier: MIT */
/*
 * tcp-info: print the TCP_INFO snapshot of a connection.
 *
 *   tcp-info HOST:PORT   connect there (5 s limit) and print the client's
 *                        snapshot
 *   tcp-info             make a loopback connection, send 64 KiB across
 *                        it and print both ends
 *
 * One sock2_tcp_info() call per snapshot; exits non-zero on failure
 * (SOCK2_ENOTSUP where the OS has no TCP_INFO).
 */
#include <stdio.h>
#include <string.h>

#include <sock2.h>

#include "tcpinfo-print.h"

static int
fail(const char *what, int rc)
{
  fprintf(stderr, "tcp-info: %s: %s (%s)\n", what, sock2_strerror(rc),
          sock2_err_name(rc));
  return 1;
}

static int
show(const char *title, sock2_socket_t s)
{
  sock2_tcp_info_t ti = SOCK2_TCP_INFO_INIT;
  int rc = sock2_tcp_info(s, &ti);

  if (rc != 0)
    return fail("sock2_tcp_info", rc);
  printf("%s\n", title);
  tcpinfo_print("  ", &ti);
  return 0;
}

static int
remote(const char *where)
{
  sock2_addr_t a;
  sock2_socket_t s;
  int rc;

  if ((rc = sock2_addr_parse(&a, where)) != 0)
    return fail(where, rc);
  if ((rc = sock2_socket(sock2_addr_domain(&a), SOCK2_TYPE_STREAM, 0, &s)) !=
      0)
    return fail("socket", rc);
  if ((rc = sock2_connect_timeout(s, &a, SOCK2_SEC(5))) != 0) {
    sock2_close(s);
    return fail("connect", rc);
  }
  rc = show(where, s);
  sock2_close(s);
  return rc;
}

static int
loopback(void)
{
  static char buf[65536];
  sock2_addr_t a;
  sock2_socket_t l = SOCK2_INVALID_SOCKET, c = SOCK2_INVALID_SOCKET;
  sock2_socket_t s = SOCK2_INVALID_SOCKET;
  size_t got = 0;
  int rc, bad = 1;

  memset(buf, 'x', sizeof(buf));
  if ((rc = sock2_addr_parse(&a, "127.0.0.1:0")) != 0 ||
      (rc = sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &l)) != 0 ||
      (rc = sock2_bind(l, &a)) != 0 || (rc = sock2_listen(l, 1)) != 0 ||
      (rc = sock2_local_addr(l, &a)) != 0 ||
      (rc = sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &c)) != 0 ||
      (rc = sock2_connect(c, &a)) != 0 ||
      (rc = sock2_accept(l, &s, NULL)) != 0) {
    fail("loopback connection", rc);
    goto out;
  }
  if ((rc = (int)sock2_send(c, buf, sizeof(buf))) < 0) {
    fail("send", rc);
    goto out;
  }
  while (got < (size_t)rc) {
    sock2_ssize_t n = sock2_recv(s, buf, sizeof(buf));
    if (n <= 0) {
      fail("recv", n < 0 ? (int)n : SOCK2_ECONNRESET);
      goto out;
    }
    got += (size_t)n;
  }
  printf("loopback connection, %lu bytes sent client to server\n",
         (unsigned long)got);
  bad = show("client", c) | show("server", s);
out:
  if (s != SOCK2_INVALID_SOCKET)
    sock2_close(s);
  if (c != SOCK2_INVALID_SOCKET)
    sock2_close(c);
  if (l != SOCK2_INVALID_SOCKET)
    sock2_close(l);
  return bad;
}

int
main(int argc, char **argv)
{
  if (argc > 2) {
    fprintf(stderr, "usage: tcp-info [HOST:PORT]\n");
    return 2;
  }
  return argc == 2 ? remote(argv[1]) : loopback();
}
