/* SPDX-License-Identifier: MIT */
/*
 * sock2-info: print the library's version and what this build supports,
 * then make a loopback TCP, UDP and unix-socket round trip through the
 * library, reporting each step. Exits non-zero if any step fails.
 *
 * sock2-info --connect HOST:PORT [--timeout MS] [--delay MS]: resolve
 * HOST and race connects to its addresses (Happy Eyeballs, RFC 8305),
 * reporting each address and each attempt (address, start time, result),
 * then the winner. Exits 0 when a connection was made. IPv6 literals go
 * in brackets: [::1]:80.
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

/* The family and type of a socket, by name ("AF_INET SOCK_STREAM"). */
static void
show_kind(sock2_socket_t s, const sock2_addr_t *local)
{
  char fam[SOCK2_NAME_STRLEN], ty[SOCK2_NAME_STRLEN];
  int type;
  if (sock2_type(s, &type) == 0 &&
      sock2_domain_name(sock2_addr_family(local), fam, sizeof(fam)) >= 0 &&
      sock2_type_name(type, ty, sizeof(ty)) >= 0)
    printf("    %-46s %s %s\n", "socket kind", fam, ty);
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
  show_kind(l, &addr);
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
  show_kind(x, &ax);
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

/* Happy Eyeballs diagnostics: one line per attempt as it ends. */
static void
on_attempt(void *arg, const sock2_attempt_t *at)
{
  char text[SOCK2_ADDR_STRLEN];
  (void)arg;
  if (sock2_addr_format(&at->addr, text, sizeof(text)) < 0)
    strcpy(text, "?");
  printf("  attempt #%d %-40s start +%4lld ms  %s after %lld ms\n", at->index,
         text, (long long)(at->start / 1000000),
         at->result == 0 ? "CONNECTED"
         : at->result == SOCK2_ECANCELED ? "abandoned (another won)"
                                          : sock2_err_name(at->result),
         (long long)((at->end - at->start) / 1000000));
}

/* Split HOST:PORT ([V6]:PORT); 0 or -1. */
static int
split_host_port(const char *arg, char *host, size_t hsize, const char **port)
{
  const char *colon = strrchr(arg, ':');
  size_t n;
  if (colon == NULL || colon[1] == '\0')
    return -1;
  *port = colon + 1;
  n = (size_t)(colon - arg);
  if (n >= 2 && arg[0] == '[' && arg[n - 1] == ']') {
    arg++;
    n -= 2;
  }
  if (n == 0 || n >= hsize)
    return -1;
  memcpy(host, arg, n);
  host[n] = '\0';
  return 0;
}

static int
connect_mode(int argc, char **argv)
{
  sock2_connect_opts_t o = SOCK2_CONNECT_OPTS_INIT;
  sock2_resolve_hints_t h = SOCK2_RESOLVE_HINTS_INIT;
  sock2_addr_t addrs[32], won;
  sock2_socket_t s;
  char host[256], text[SOCK2_ADDR_STRLEN], fam[SOCK2_NAME_STRLEN];
  const char *port;
  size_t total = 0;
  int i, n, err;

  o.timeout = SOCK2_SEC(10);
  for (i = 3; i + 1 < argc; i += 2) {
    if (strcmp(argv[i], "--timeout") == 0)
      o.timeout = SOCK2_MSEC(atoll(argv[i + 1]));
    else if (strcmp(argv[i], "--delay") == 0)
      o.attempt_delay = SOCK2_MSEC(atoll(argv[i + 1]));
    else
      break;
  }
  if (argc < 3 || i != argc ||
      split_host_port(argv[2], host, sizeof(host), &port) != 0) {
    fprintf(stderr, "usage: sock2-info --connect HOST:PORT [--timeout MS] "
                    "[--delay MS]\n");
    return 2;
  }
  h.type = SOCK2_TYPE_STREAM;
  printf("Resolving %s port %s:\n", host, port);
  n = sock2_resolve(host, port, &h, addrs, 32, &total);
  if (n < 0) {
    printf("  FAILED: %s (%s)\n", sock2_strerror(n), sock2_err_name(n));
    return 1;
  }
  for (i = 0; i < n; i++) {
    if (sock2_addr_format(&addrs[i], text, sizeof(text)) < 0 ||
        sock2_domain_name(sock2_addr_family(&addrs[i]), fam, sizeof(fam)) < 0)
      continue;
    printf("  #%d %-40s %s\n", i, text, fam);
  }
  if (total > (size_t)n)
    printf("  (%zu more not tried)\n", total - (size_t)n);
  printf("Connecting (Happy Eyeballs, attempt delay %lld ms, timeout %lld "
         "ms):\n",
         (long long)((o.attempt_delay == 0 ? SOCK2_CONNECT_ATTEMPT_DELAY
                                           : o.attempt_delay) /
                     1000000),
         (long long)(o.timeout / 1000000));
  o.on_attempt = on_attempt;
  err = sock2_connect_happy(addrs, (size_t)n, &o, &s, &won);
  if (err != 0) {
    printf("FAILED: %s (%s)\n", sock2_strerror(err), sock2_err_name(err));
    return 1;
  }
  if (sock2_addr_format(&won, text, sizeof(text)) < 0)
    strcpy(text, "?");
  printf("Connected to %s\n", text);
  sock2_close(s);
  return 0;
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

  if (argc > 1 && strcmp(argv[1], "--connect") == 0)
    return connect_mode(argc, argv);
  if (argc == 2 && strcmp(argv[1], "--tcp-info") == 0)
    return tcp_info_mode();
  if (argc > 1) {
    fprintf(stderr, "usage: sock2-info [--tcp-info | --connect HOST:PORT "
                    "[--timeout MS] [--delay MS]]\n");
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
