/* SPDX-License-Identifier: MIT */
/*
 * keepalive-client: a TCP client that notices a dead peer within about a
 * minute, even when it has nothing to send.
 *
 *   keepalive-client ADDRESS:PORT   connect (5 s limit), tune keep-alive,
 *                                   print the values the kernel applied,
 *                                   send a line and print the reply
 *   keepalive-client --self-test    the same against a listener this
 *                                   process opens on 127.0.0.1:0
 *
 * TCP keep-alive is off by default and, when on, waits two hours before
 * the first probe. sock2_set_tcp_keepalive() turns it on (SO_KEEPALIVE)
 * and sets, in one call, the idle time (TCP_KEEPIDLE), the interval
 * between probes (TCP_KEEPINTVL) and how many unanswered probes drop the
 * connection (TCP_KEEPCNT): here 30 s + 4 x 5 s = 50 s at most. Durations
 * are nanoseconds (SOCK2_SEC()) rounded up to what the OS takes (whole
 * seconds). An option this OS cannot tune gives SOCK2_ENOTSUP and nothing
 * is set; the client then falls back to plain SO_KEEPALIVE.
 *
 * Build: cc keepalive-client.c $(pkg-config --cflags --libs libsock2)
 */
#include <stdio.h>
#include <string.h>

#include <sock2.h>

static int
fail(const char *what, int err)
{
  fprintf(stderr, "keepalive-client: %s: %s (%s)\n", what,
          sock2_strerror(err), sock2_err_name(err));
  return 1;
}

/* Turn keep-alive on and tune it; print what the kernel reports. */
static int
tune(sock2_socket_t s, int check)
{
  sock2_keepalive_t ka = SOCK2_KEEPALIVE_INIT;
  sock2_duration_t idle, intvl;
  uint32_t count;
  int rc, on = 0;

  sock2_keepalive_with_time(&ka, SOCK2_SEC(30));
  sock2_keepalive_with_interval(&ka, SOCK2_SEC(5));
  sock2_keepalive_with_retries(&ka, 4);
  rc = sock2_set_tcp_keepalive(s, &ka);
  if (rc == SOCK2_ENOTSUP) {
    printf("this OS cannot tune keep-alive; using its defaults\n");
    return sock2_set_keepalive(s, 1);
  }
  if (rc < 0)
    return rc;
  if ((rc = sock2_keepalive(s, &on)) < 0)
    return rc;
  if (sock2_tcp_keepalive_time(s, &idle) < 0 ||
      sock2_tcp_keepalive_interval(s, &intvl) < 0 ||
      sock2_tcp_keepalive_retries(s, &count) < 0) {
    printf("keep-alive %s (this OS does not report the values)\n",
           on ? "on" : "off");
    return on ? 0 : SOCK2_EIO;
  }
  printf("keep-alive %s: idle %lld s, interval %lld s, %u probes\n",
         on ? "on" : "off", (long long)(idle / SOCK2_SEC(1)),
         (long long)(intvl / SOCK2_SEC(1)), count);
  /* The self-test insists that the kernel kept exactly what was asked. */
  if (check &&
      (!on || idle != SOCK2_SEC(30) || intvl != SOCK2_SEC(5) || count != 4))
    return SOCK2_EIO;
  return 0;
}

/* Connect, tune, send a line, print the reply. */
static int
run(const sock2_addr_t *addr, sock2_socket_t *server_side, int check)
{
  static const char hello[] = "hello, keep me alive\n";
  sock2_socket_t s, a = SOCK2_INVALID_SOCKET;
  char buf[256];
  sock2_ssize_t n;
  int rc;

  if ((rc = sock2_socket(sock2_addr_domain(addr), SOCK2_TYPE_STREAM, 0, &s)) <
      0)
    return fail("socket", rc);
  if ((rc = sock2_connect_timeout(s, addr, SOCK2_SEC(5))) < 0)
    return fail("connect", rc);
  if ((rc = tune(s, check)) < 0)
    return fail("keep-alive", rc);
  /* Do not wait forever for a reply either. */
  sock2_set_read_timeout(s, SOCK2_SEC(10));
  if ((n = sock2_send(s, hello, sizeof(hello) - 1)) < 0)
    return fail("send", (int)n);
  if (server_side != NULL) {
    /* Self-test: play the server, echoing the line back. */
    char line[64];
    sock2_ssize_t m;
    if ((rc = sock2_accept(*server_side, &a, NULL)) < 0)
      return fail("accept", rc);
    sock2_set_read_timeout(a, SOCK2_SEC(10));
    if ((m = sock2_recv(a, line, sizeof(line))) <= 0 ||
        sock2_send(a, line, (size_t)m) != m)
      return fail("server", m < 0 ? (int)m : SOCK2_EIO);
    sock2_close(a);
  }
  n = sock2_recv(s, buf, sizeof(buf));
  if (n < 0)
    return fail("receive", (int)n);
  printf("reply: %.*s", (int)n, buf);
  sock2_close(s);
  if (check && (n != (sock2_ssize_t)(sizeof(hello) - 1) ||
                memcmp(buf, hello, (size_t)n) != 0))
    return fail("reply", SOCK2_EIO);
  return 0;
}

int
main(int argc, char **argv)
{
  sock2_addr_t addr;
  int rc;

  if (argc == 2 && strcmp(argv[1], "--self-test") == 0) {
    sock2_socket_t l;
    sock2_addr_parse(&addr, "127.0.0.1:0");
    if ((rc = sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &l)) < 0 ||
        (rc = sock2_bind(l, &addr)) < 0 || (rc = sock2_listen(l, 1)) < 0 ||
        (rc = sock2_local_addr(l, &addr)) < 0)
      return fail("listener", rc);
    rc = run(&addr, &l, 1);
    sock2_close(l);
    if (rc == 0)
      printf("self-test passed\n");
    return rc;
  }
  if (argc != 2) {
    fprintf(stderr, "usage: keepalive-client ADDRESS:PORT | --self-test\n");
    return 2;
  }
  if ((rc = sock2_addr_parse(&addr, argv[1])) < 0)
    return fail("address", rc);
  return run(&addr, NULL, 0);
}
