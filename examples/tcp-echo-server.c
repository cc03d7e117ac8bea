/* SPDX-License-Identifier: MIT */
/*
 * tcp-echo-server: a poll(2)-based TCP echo server on libsock2.
 *
 *   tcp-echo-server [ADDRESS:PORT]   serve (default 127.0.0.1:7007)
 *   tcp-echo-server --self-test      serve 127.0.0.1:0 to three clients
 *                                    made in the same process; exit 0 if
 *                                    each gets its own bytes back
 *
 * One thread, one poll() loop: the listener and every client are
 * non-blocking; whatever a client sends is written back to it. A real
 * server would keep a per-client output buffer for a peer that reads
 * slowly; this one gives up on a client whose send would block.
 *
 * Build: cc tcp-echo-server.c $(pkg-config --cflags --libs libsock2)
 */
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sock2.h>

#define MAX_CLIENTS 64

typedef struct server {
  struct pollfd fds[1 + MAX_CLIENTS]; /* fds[0] is the listener */
  int n;                              /* entries in use */
} server_t;

static int
fail(const char *what, int err)
{
  fprintf(stderr, "tcp-echo-server: %s: %s (%s)\n", what, sock2_strerror(err),
          sock2_err_name(err));
  return 1;
}

/* Create the non-blocking listener on addr (port 0: any free port). */
static int
server_open(server_t *srv, sock2_addr_t *addr)
{
  sock2_socket_t l;
  int rc;

  /* sock2_socket() gives a close-on-exec socket; sends never SIGPIPE. */
  rc = sock2_socket(sock2_addr_domain(addr), SOCK2_TYPE_STREAM, 0, &l);
  if (rc < 0)
    return rc;
  if ((rc = sock2_set_reuse_address(l, 1)) < 0 ||
      (rc = sock2_bind(l, addr)) < 0 || (rc = sock2_listen(l, 16)) < 0 ||
      (rc = sock2_set_nonblocking(l, 1)) < 0 ||
      (rc = sock2_local_addr(l, addr)) < 0) {
    sock2_close(l);
    return rc;
  }
  srv->fds[0].fd = l;
  srv->fds[0].events = POLLIN;
  srv->n = 1;
  return 0;
}

static void
drop_client(server_t *srv, int i)
{
  sock2_close(srv->fds[i].fd);
  srv->fds[i] = srv->fds[--srv->n]; /* order does not matter */
}

/* One round: wait up to timeout_ms, then accept and echo what is ready. */
static int
server_poll(server_t *srv, int timeout_ms)
{
  char buf[4096];
  int i, ready;

  ready = poll(srv->fds, (nfds_t)srv->n, timeout_ms);
  if (ready <= 0)
    return ready;
  /* Walk backwards: drop_client() moves the last entry into slot i. */
  for (i = srv->n - 1; i >= 1; i--) {
    sock2_ssize_t got, sent;
    if (srv->fds[i].revents == 0)
      continue;
    got = sock2_recv(srv->fds[i].fd, buf, sizeof(buf));
    if (got == SOCK2_EAGAIN || got == SOCK2_EINTR)
      continue;
    if (got <= 0) { /* 0: the peer closed; < 0: an error such as reset */
      drop_client(srv, i);
      continue;
    }
    sent = sock2_send(srv->fds[i].fd, buf, (size_t)got);
    if (sent != got)
      drop_client(srv, i); /* would block or failed: see the top */
  }
  if (srv->fds[0].revents & POLLIN) {
    sock2_socket_t c;
    sock2_addr_t peer;
    char text[SOCK2_ADDR_STRLEN];
    /* One accept4() gives a non-blocking, close-on-exec client socket;
     * accept until the backlog is empty (SOCK2_EAGAIN). */
    while (srv->n < 1 + MAX_CLIENTS &&
           sock2_accept4(srv->fds[0].fd, &c, &peer,
                         SOCK2_TYPE_NONBLOCK | SOCK2_TYPE_CLOEXEC) == 0) {
      if (sock2_addr_format(&peer, text, sizeof(text)) >= 0)
        printf("client %s\n", text);
      srv->fds[srv->n].fd = c;
      srv->fds[srv->n].events = POLLIN;
      srv->fds[srv->n].revents = 0;
      srv->n++;
    }
  }
  return ready;
}

static void
server_close(server_t *srv)
{
  while (srv->n > 1)
    drop_client(srv, srv->n - 1);
  sock2_close(srv->fds[0].fd);
  srv->n = 0;
}

/* Three clients send at once; each must read back exactly its message. */
static int
self_test(void)
{
  static const char *const msgs[3] = { "first", "second client", "third" };
  sock2_socket_t c[3];
  server_t srv;
  sock2_addr_t addr;
  size_t done = 0, got[3] = { 0, 0, 0 };
  char back[3][32];
  int i, round, rc;

  sock2_addr_parse(&addr, "127.0.0.1:0");
  if ((rc = server_open(&srv, &addr)) < 0)
    return fail("listen", rc);
  for (i = 0; i < 3; i++) {
    /* The kernel completes the handshake before the server accepts. */
    if ((rc = sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &c[i])) <
            0 ||
        (rc = sock2_connect_timeout(c[i], &addr, SOCK2_SEC(5))) < 0 ||
        (rc = sock2_set_nonblocking(c[i], 1)) < 0 ||
        (rc = (int)sock2_send(c[i], msgs[i], strlen(msgs[i]))) < 0)
      return fail("client", rc);
  }
  /* Bounded: at most 200 rounds of 50 ms, far more than needed. */
  for (round = 0; round < 200 && done < 3; round++) {
    server_poll(&srv, 50);
    for (i = 0; i < 3; i++) {
      size_t want = strlen(msgs[i]);
      sock2_ssize_t n;
      if (got[i] == want)
        continue;
      n = sock2_recv(c[i], back[i] + got[i], sizeof(back[i]) - got[i]);
      if (n > 0 && (got[i] += (size_t)n) == want)
        done++;
    }
  }
  for (i = 0; i < 3; i++) {
    size_t want = strlen(msgs[i]);
    if (got[i] != want || memcmp(back[i], msgs[i], want) != 0) {
      fprintf(stderr, "tcp-echo-server: client %d got %zu bytes\n", i,
              got[i]);
      return 1;
    }
    printf("client %d: echoed \"%.*s\"\n", i, (int)got[i], back[i]);
    sock2_close(c[i]);
  }
  /* The server notices the three hang-ups and drops the clients. */
  for (round = 0; round < 200 && srv.n > 1; round++)
    server_poll(&srv, 50);
  rc = srv.n == 1 ? 0 : 1;
  server_close(&srv);
  printf("self-test %s\n", rc == 0 ? "passed" : "FAILED");
  return rc;
}

int
main(int argc, char **argv)
{
  server_t srv;
  sock2_addr_t addr;
  char text[SOCK2_ADDR_STRLEN];
  int rc;

  if (argc == 2 && strcmp(argv[1], "--self-test") == 0)
    return self_test();
  if ((rc = sock2_addr_parse(&addr, argc > 1 ? argv[1] : "127.0.0.1:7007")) <
      0)
    return fail("address", rc);
  if ((rc = server_open(&srv, &addr)) < 0)
    return fail("listen", rc);
  sock2_addr_format(&addr, text, sizeof(text));
  printf("echoing on %s\n", text);
  fflush(stdout);
  for (;;)
    if (server_poll(&srv, -1) < 0)
      break; /* poll failed: give up */
  server_close(&srv);
  return 1;
}
