/* SPDX-License-Identifier: MIT */
/*
 * mcast-recv: an IPv4 multicast receiver.
 *
 *   mcast-recv GROUP:PORT IFACE-ADDR   join GROUP on the interface that
 *                                      has IFACE-ADDR and print what
 *                                      arrives on PORT, e.g.
 *                                      239.255.0.1:5000 192.0.2.10
 *   mcast-recv --self-test             join 239.255.0.1 on the loopback
 *                                      interface (127.0.0.1), send three
 *                                      datagrams to the group from this
 *                                      process and receive them
 *
 * The receiver binds to the group address and port (so it gets only that
 * group's datagrams on that port), with SO_REUSEADDR so several receivers
 * can share it, and joins the group with sock2_join_multicast_v4()
 * (IP_ADD_MEMBERSHIP). The self-test's sender picks the outgoing
 * interface with sock2_set_multicast_if_v4() (IP_MULTICAST_IF) and keeps
 * IP_MULTICAST_LOOP on so that its own host, here its own process,
 * receives the datagrams; the TTL stays 1 (this link only).
 *
 * Build: cc mcast-recv.c $(pkg-config --cflags --libs libsock2)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sock2.h>

static int
fail(const char *what, int err)
{
  fprintf(stderr, "mcast-recv: %s: %s (%s)\n", what, sock2_strerror(err),
          sock2_err_name(err));
  return 1;
}

/* A receiver for group:port on the interface iface; port 0: any. */
static int
receiver_open(sock2_socket_t *out, const uint8_t group[4], uint16_t port,
              const uint8_t iface[4], sock2_addr_t *bound)
{
  sock2_socket_t s;
  int rc;

  rc = sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, &s);
  if (rc < 0)
    return rc;
  if ((rc = sock2_set_reuse_address(s, 1)) < 0 ||
      (rc = sock2_addr_ipv4(bound, group, port)) < 0 ||
      (rc = sock2_bind(s, bound)) < 0 ||
      (rc = sock2_local_addr(s, bound)) < 0 ||
      (rc = sock2_join_multicast_v4(s, group, iface)) < 0) {
    sock2_close(s);
    return rc;
  }
  *out = s;
  return 0;
}

/* Receive one datagram and print it with its sender. */
static sock2_ssize_t
receive_one(sock2_socket_t s, char *buf, size_t size)
{
  char text[SOCK2_ADDR_STRLEN];
  sock2_addr_t from;
  sock2_ssize_t n;

  n = sock2_recv_from(s, buf, size, &from);
  if (n >= 0) {
    sock2_addr_format(&from, text, sizeof(text));
    printf("%zd bytes from %s: %.*s\n", (ssize_t)n, text, (int)n, buf);
    fflush(stdout);
  }
  return n;
}

static int
self_test(void)
{
  static const uint8_t group[4] = { 239, 255, 0, 1 };
  static const uint8_t lo[4] = { 127, 0, 0, 1 };
  sock2_socket_t r, snd;
  sock2_addr_t bound;
  char buf[64], msg[32];
  int i, on = 0, rc;

  if ((rc = receiver_open(&r, group, 0, lo, &bound)) < 0)
    return fail("join", rc);
  /* A lost datagram must not hang the test. */
  sock2_set_read_timeout(r, SOCK2_SEC(5));
  if ((rc = sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, &snd)) < 0 ||
      (rc = sock2_set_multicast_if_v4(snd, lo)) < 0 ||
      (rc = sock2_set_multicast_loop_v4(snd, 1)) < 0 ||
      (rc = sock2_set_multicast_ttl_v4(snd, 1)) < 0 ||
      (rc = sock2_multicast_loop_v4(snd, &on)) < 0)
    return fail("sender", rc);
  printf("joined 239.255.0.1 on 127.0.0.1, port %d; loop %d\n",
         sock2_addr_port(&bound), on);
  for (i = 0; i < 3; i++) {
    int len = snprintf(msg, sizeof(msg), "datagram %d", i);
    sock2_ssize_t n = sock2_send_to(snd, msg, (size_t)len, &bound);
    if (n != len)
      return fail("send", n < 0 ? (int)n : SOCK2_EIO);
    n = receive_one(r, buf, sizeof(buf));
    if (n != len || memcmp(buf, msg, (size_t)len) != 0)
      return fail("receive", n < 0 ? (int)n : SOCK2_EIO);
  }
  if ((rc = sock2_leave_multicast_v4(r, group, lo)) < 0)
    return fail("leave", rc);
  sock2_close(snd);
  sock2_close(r);
  printf("self-test passed\n");
  return 0;
}

int
main(int argc, char **argv)
{
  sock2_socket_t r;
  sock2_addr_t g, i;
  uint8_t group[4], iface[4];
  char buf[2048];
  int rc;

  if (argc == 2 && strcmp(argv[1], "--self-test") == 0)
    return self_test();
  if (argc != 3) {
    fprintf(stderr, "usage: mcast-recv GROUP:PORT IFACE-ADDR | --self-test\n");
    return 2;
  }
  /* The parser wants a port: the interface's address gets ":0". */
  snprintf(buf, sizeof(buf), "%s:0", argv[2]);
  if ((rc = sock2_addr_parse(&g, argv[1])) < 0 ||
      (rc = sock2_addr_parse(&i, buf)) < 0 ||
      (rc = sock2_addr_ip(&g, group, sizeof(group))) != 4 ||
      (rc = sock2_addr_ip(&i, iface, sizeof(iface))) != 4)
    return fail("address (IPv4 expected)", rc < 0 ? rc : SOCK2_EINVAL);
  if ((rc = receiver_open(&r, group, (uint16_t)sock2_addr_port(&g), iface,
                          &g)) < 0)
    return fail("join", rc);
  while ((rc = (int)receive_one(r, buf, sizeof(buf))) >= 0 ||
         rc == SOCK2_EINTR)
    ;
  sock2_close(r);
  return fail("receive", rc);
}
