/* SPDX-License-Identifier: MIT */
/*
 * udp-echo: a UDP echo server that prints, for every datagram, who sent
 * it and the address and interface it was received on.
 *
 *   udp-echo [ADDRESS:PORT]   serve (default 127.0.0.1:7007; use
 *                             0.0.0.0:PORT to see which local address
 *                             each datagram was sent to)
 *   udp-echo --self-test      serve 127.0.0.1:0 and send it two datagrams
 *                             from a client in the same process
 *
 * The receiving address and interface come from the IP_PKTINFO control
 * message (IP_RECVDSTADDR + IP_RECVIF on the BSDs), asked for with
 * sock2_set_recv_pktinfo_v4(). The control data of sock2_recvmsg() is
 * walked with sock2_cmsg_iter_init() / sock2_cmsg_next() and decoded by
 * sock2_cmsg_get_pktinfo(): no CMSG_* macros, no OS structs. The reply
 * goes back with sock2_send_to(); a server bound to 0.0.0.0 on a
 * multi-homed host would also attach sock2_cmsg_put_pktinfo_v4() with the
 * received address so that the reply leaves from the address the client
 * used.
 *
 * Build: cc udp-echo.c $(pkg-config --cflags --libs libsock2)
 */
#include <net/if.h>
#include <stdio.h>
#include <string.h>

#include <sock2.h>

static int
fail(const char *what, int err)
{
  fprintf(stderr, "udp-echo: %s: %s (%s)\n", what, sock2_strerror(err),
          sock2_err_name(err));
  return 1;
}

/* Whether sock2_set_recv_pktinfo_v4() worked on the server socket. */
static int pktinfo_on;

static int
server_open(sock2_socket_t *out, sock2_addr_t *addr)
{
  sock2_socket_t s;
  int rc;

  rc = sock2_socket(sock2_addr_domain(addr), SOCK2_TYPE_DGRAM, 0, &s);
  if (rc < 0)
    return rc;
  /* Ask for the destination address and interface of each datagram.
   * SOCK2_ENOTSUP (an OS without the option) only loses the " to ..."
   * part of the output. */
  rc = sock2_set_recv_pktinfo_v4(s, 1);
  if (rc < 0 && rc != SOCK2_ENOTSUP) {
    sock2_close(s);
    return rc;
  }
  pktinfo_on = rc == 0;
  if ((rc = sock2_bind(s, addr)) < 0 || (rc = sock2_local_addr(s, addr)) < 0) {
    sock2_close(s);
    return rc;
  }
  *out = s;
  return 0;
}

/* Receive one datagram, print where it came from and went to, echo it. */
static int
serve_one(sock2_socket_t s)
{
  char data[2048], text[SOCK2_ADDR_STRLEN];
  /* Room for the packet-information messages (two on the BSDs; 64 data
   * bytes each is more than any needs), aligned for the OS's header. */
  SOCK2_CMSG_BUF(control, 2 * SOCK2_CMSG_SPACE(64));
  sock2_buf_t buf = { data, sizeof(data) };
  sock2_addr_t from;
  sock2_msg_t msg;
  sock2_ssize_t n;
  sock2_cmsg_iter_t it;
  sock2_cmsg_t c;
  sock2_pktinfo_t pi;
  int found = 0;

  sock2_msg_init(&msg);
  sock2_msg_set_bufs(&msg, &buf, 1);
  sock2_msg_set_recv_addr(&msg, &from);
  sock2_msg_set_control(&msg, control.buf, sizeof(control.buf));
  n = sock2_recvmsg(s, &msg, 0);
  if (n < 0)
    return (int)n;
  /* recvmsg() reports the sender's length in the header, not in from. */
  from.len = (sock2_socklen_t)sock2_msg_addr_len(&msg);
  sock2_addr_format(&from, text, sizeof(text));
  printf("%zd bytes from %s", (ssize_t)n, text);
  /* Walk the control messages; each packet-information one fills the
   * fields it carries (zero pi first: the BSDs send two messages). */
  memset(&pi, 0, sizeof(pi));
  sock2_cmsg_iter_init(&it, &msg);
  while (sock2_cmsg_next(&it, &c) == 1)
    if (sock2_cmsg_get_pktinfo(&c, &pi) == 0)
      found = 1;
  if (found) {
    char ifname[IF_NAMESIZE] = "?";
    char *port;
    sock2_addr_format(&pi.addr, text, sizeof(text));
    if ((port = strrchr(text, ':')) != NULL)
      *port = '\0'; /* the destination has no port: drop ":0" */
    if (pi.ifindex == 0 || if_indextoname(pi.ifindex, ifname) == NULL)
      strcpy(ifname, "?");
    printf(" to %s on %s (index %u)", text, ifname, (unsigned)pi.ifindex);
  } else if (pktinfo_on && sock2_addr_is_ipv4(&from)) {
    printf("\n");
    return SOCK2_EPROTO; /* asked for, but the kernel sent none */
  }
  printf("\n");
  fflush(stdout);
  n = sock2_send_to(s, data, (size_t)n, &from);
  return n < 0 ? (int)n : 0;
}

static int
self_test(void)
{
  static const char *const msgs[2] = { "ping", "a second datagram" };
  sock2_socket_t srv, cli;
  sock2_addr_t addr;
  char back[64];
  int i, rc;

  sock2_addr_parse(&addr, "127.0.0.1:0");
  if ((rc = server_open(&srv, &addr)) < 0)
    return fail("server", rc);
  if ((rc = sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, &cli)) < 0)
    return fail("client", rc);
  /* A lost datagram must not hang the test: 5 s read timeout. */
  sock2_set_read_timeout(cli, SOCK2_SEC(5));
  sock2_set_read_timeout(srv, SOCK2_SEC(5));
  for (i = 0; i < 2; i++) {
    size_t len = strlen(msgs[i]);
    sock2_ssize_t n;
    if ((n = sock2_send_to(cli, msgs[i], len, &addr)) != (sock2_ssize_t)len)
      return fail("send", (int)n);
    if ((rc = serve_one(srv)) < 0)
      return fail("serve", rc);
    n = sock2_recv(cli, back, sizeof(back));
    if (n != (sock2_ssize_t)len || memcmp(back, msgs[i], len) != 0)
      return fail("echo", n < 0 ? (int)n : SOCK2_EIO);
    printf("client: echoed \"%s\"\n", msgs[i]);
  }
  sock2_close(cli);
  sock2_close(srv);
  printf("self-test passed\n");
  return 0;
}

int
main(int argc, char **argv)
{
  sock2_socket_t s;
  sock2_addr_t addr;
  char text[SOCK2_ADDR_STRLEN];
  int rc;

  if (argc == 2 && strcmp(argv[1], "--self-test") == 0)
    return self_test();
  if ((rc = sock2_addr_parse(&addr, argc > 1 ? argv[1] : "127.0.0.1:7007")) <
      0)
    return fail("address", rc);
  if ((rc = server_open(&s, &addr)) < 0)
    return fail("bind", rc);
  sock2_addr_format(&addr, text, sizeof(text));
  printf("echoing on %s\n", text);
  fflush(stdout);
  while ((rc = serve_one(s)) == 0 || rc == SOCK2_EINTR)
    ;
  sock2_close(s);
  return fail("receive", rc);
}
