/* SPDX-License-Identifier: MIT */
/*
 * sock2-info: print the library's version and what this build supports,
 * then make a loopback TCP, UDP and unix-socket round trip through the
 * library, reporting each step. Exits non-zero if any step fails.
 *
 * sock2-info --tcp-info makes one loopback TCP connection instead, sends
 * a few bytes across it and prints the client's TCP_INFO snapshot.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifndef _WIN32
# include <unistd.h>
#endif

#include <sock2.h>

#include "tcpinfo-print.h"

static int failures;

/* Report one step; returns 1 when it succeeded. */
static int
step(const char *what, long long rc)
{
  if (rc >= 0) {
    printf("    %-46s ok\n", what);
    return 1;
  }
  printf("    %-46s FAILED: %s (%s)\n", what, sock2_strerror((int)rc),
         sock2_err_name((int)rc));
  failures++;
  return 0;
}

static void
show_addr(const char *label, const sock2_addr_t *a)
{
  char text[SOCK2_ADDR_STRLEN];
  if (sock2_addr_format(a, text, sizeof(text)) >= 0)
    printf("    %-46s %s\n", label, text);
}

/* Send `msg` from one socket and check it arrives on the other. */
static void
exchange(sock2_socket_t from, sock2_socket_t to, const char *msg)
{
  char buf[64];
  size_t n = strlen(msg);
  sock2_ssize_t got;

  if (!step("send", sock2_send(from, msg, n)))
    return;
  got = sock2_recv(to, buf, sizeof(buf));
  if (step("receive", got) && ((size_t)got != n || memcmp(buf, msg, n) != 0)) {
    printf("    %-46s FAILED: wrong bytes\n", "compare");
    failures++;
  }
}

static void
stream_round_trip(const char *title, int domain, const sock2_addr_t *where)
{
  sock2_socket_t l = SOCK2_INVALID_SOCKET, c = SOCK2_INVALID_SOCKET;
  sock2_socket_t a = SOCK2_INVALID_SOCKET;
  sock2_addr_t addr = *where;

  printf("  %s\n", title);
  if (!step("socket (listener)",
            sock2_socket(domain, SOCK2_TYPE_STREAM, 0, &l)) ||
      !step("bind", sock2_bind(l, &addr)) ||
      !step("listen", sock2_listen(l, 4)) ||
      !step("local address", sock2_local_addr(l, &addr)))
    goto out;
  show_addr("listening on", &addr);
  if (!step("socket (client)", sock2_socket(domain, SOCK2_TYPE_STREAM, 0, &c)) ||
      !step("connect (2 s limit)",
            sock2_connect_timeout(c, &addr, SOCK2_SEC(2))) ||
      !step("accept", sock2_accept(l, &a, NULL)))
    goto out;
  exchange(c, a, "hello over a stream");
  exchange(a, c, "and back again");
out:
  if (a != SOCK2_INVALID_SOCKET)
    step("close (accepted)", sock2_close(a));
  if (c != SOCK2_INVALID_SOCKET)
    step("close (client)", sock2_close(c));
  if (l != SOCK2_INVALID_SOCKET)
    step("close (listener)", sock2_close(l));
}

static void
udp_round_trip(void)
{
  sock2_socket_t x = SOCK2_INVALID_SOCKET, y = SOCK2_INVALID_SOCKET;
  sock2_addr_t ax, ay, from;
  char buf[64];
  sock2_ssize_t n;

  printf("  UDP over 127.0.0.1\n");
  if (!step("parse address", sock2_addr_parse(&ax, "127.0.0.1:0")) ||
      !step("socket (x)", sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0,
                                       &x)) ||
      !step("socket (y)", sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0,
                                       &y)) ||
      !step("bind (x)", sock2_bind(x, &ax)) ||
      !step("bind (y)", sock2_bind(y, &ax)) ||
      !step("local address (x)", sock2_local_addr(x, &ax)) ||
      !step("local address (y)", sock2_local_addr(y, &ay)))
    goto out;
  show_addr("x is", &ax);
  show_addr("y is", &ay);
  if (!step("send_to (x to y)", sock2_send_to(x, "datagram", 8, &ay)))
    goto out;
  n = sock2_recv_from(y, buf, sizeof(buf), &from);
  if (step("recv_from (at y)", n)) {
    if (n != 8 || memcmp(buf, "datagram", 8) != 0 ||
        !sock2_addr_equal(&from, &ax)) {
      printf("    %-46s FAILED: wrong bytes or sender\n", "compare");
      failures++;
    }
  }
out:
  if (x != SOCK2_INVALID_SOCKET)
    step("close (x)", sock2_close(x));
  if (y != SOCK2_INVALID_SOCKET)
    step("close (y)", sock2_close(y));
}

/* --tcp-info: a loopback connection and its client's snapshot. */
static int
tcp_info_mode(void)
{
  sock2_socket_t l = SOCK2_INVALID_SOCKET, c = SOCK2_INVALID_SOCKET;
  sock2_socket_t a = SOCK2_INVALID_SOCKET;
  sock2_tcp_info_t ti = SOCK2_TCP_INFO_INIT;
  sock2_addr_t addr;

  printf("TCP_INFO of a loopback connection:\n");
  if (step("parse 127.0.0.1:0", sock2_addr_parse(&addr, "127.0.0.1:0")) &&
      step("socket (listener)",
           sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &l)) &&
      step("bind", sock2_bind(l, &addr)) && step("listen", sock2_listen(l, 1)) &&
      step("local address", sock2_local_addr(l, &addr)) &&
      step("socket (client)",
           sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &c)) &&
      step("connect (2 s limit)",
           sock2_connect_timeout(c, &addr, SOCK2_SEC(2))) &&
      step("accept", sock2_accept(l, &a, NULL))) {
    exchange(c, a, "hello over a stream");
    if (step("tcp_info (client)", sock2_tcp_info(c, &ti)))
      tcpinfo_print("    ", &ti);
  }
  if (a != SOCK2_INVALID_SOCKET)
    step("close (accepted)", sock2_close(a));
  if (c != SOCK2_INVALID_SOCKET)
    step("close (client)", sock2_close(c));
  if (l != SOCK2_INVALID_SOCKET)
    step("close (listener)", sock2_close(l));
  return failures == 0 ? 0 : 1;
}

int
main(int argc, char **argv)
{
  int f;
  char path[256];
  const char *tmp = getenv("TMPDIR");
  sock2_addr_t addr;

  if (argc == 2 && strcmp(argv[1], "--tcp-info") == 0)
    return tcp_info_mode();
  if (argc > 1) {
    fprintf(stderr, "usage: sock2-info [--tcp-info]\n");
    return 2;
  }
  printf("libsock2 %s (0x%06x)\n\n", sock2_version_string(), sock2_version());
  printf("Build capabilities:\n");
  /* Values may skip a block reserved for work not merged yet. */
  for (f = 1; f < 1024; f++)
    if (sock2_feature_name(f) != NULL)
      printf("  %-32s %s\n", sock2_feature_name(f),
             sock2_has(f) ? "yes" : "no");
  printf("\nLoopback round trips:\n");
  if (step("parse 127.0.0.1:0", sock2_addr_parse(&addr, "127.0.0.1:0")))
    stream_round_trip("TCP over 127.0.0.1", SOCK2_DOMAIN_IPV4, &addr);
  udp_round_trip();
  if (sock2_has(SOCK2_FEATURE_UNIX_SOCKETS)) {
#ifdef _WIN32
    snprintf(path, sizeof(path), "%s\\sock2-info-%lu.sock",
             tmp != NULL ? tmp : ".", (unsigned long)GetCurrentProcessId());
#else
    snprintf(path, sizeof(path), "%s/sock2-info-%ld.sock",
             tmp != NULL ? tmp : "/tmp", (long)getpid());
#endif
    remove(path);
    if (step("unix address", sock2_addr_unix(&addr, path)))
      stream_round_trip("unix stream socket", SOCK2_DOMAIN_UNIX, &addr);
    remove(path);
  }
  printf("\n%s\n", failures == 0 ? "All steps succeeded."
                                 : "Some steps FAILED.");
  return failures == 0 ? 0 : 1;
}
