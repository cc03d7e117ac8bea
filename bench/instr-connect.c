/* SPDX-License-Identifier: MIT */
/*
 * instr-connect: what sock2_connect_timeout() costs in user-space
 * instructions over the raw system calls it stands for. Each round makes
 * one TCP loopback connection, either through the library or through the
 * same calls made by hand (blocking socket: fcntl F_GETFL, F_SETFL,
 * connect, poll, getsockopt SO_ERROR, F_SETFL; already non-blocking:
 * F_GETFL, connect, poll, getsockopt), then accepts and closes it; the
 * socket(), accept() and close() calls are the same on both sides.
 *
 * Usage: instr-connect raw|lib|rawnb|libnb ROUNDS
 *
 * Count with callgrind at two run lengths, so start-up cancels:
 *   valgrind --tool=callgrind --callgrind-out-file=/dev/null \
 *     bench/instr-connect lib 1000      (and 2000, and raw 1000 / 2000)
 * per-round cost = (Ir(2000) - Ir(1000)) / 1000; libsock2 minus raw is
 * the overhead. bench/instr-connect.sh does exactly that.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <netinet/in.h>

#include "sock2.h"

static void
die(const char *what)
{
  fprintf(stderr, "instr-connect: %s failed: %s\n", what, strerror(errno));
  exit(1);
}

/* The raw calls, exactly as sock2_connect_timeout() makes them. */
static int
raw_connect(int fd, const struct sockaddr *sa, socklen_t len, int ms)
{
  struct pollfd p;
  int fl, soerr = 0, rc = 0;
  socklen_t sl = sizeof(soerr);

  fl = fcntl(fd, F_GETFL);
  if (fl == -1)
    return -errno;
  if (!(fl & O_NONBLOCK) && fcntl(fd, F_SETFL, fl | O_NONBLOCK) == -1)
    return -errno;
  if (connect(fd, sa, len) == -1) {
    if (errno != EINPROGRESS) {
      rc = -errno;
    } else {
      p.fd = fd;
      p.events = POLLOUT;
      p.revents = 0;
      if (poll(&p, 1, ms) != 1)
        rc = -ETIMEDOUT;
      else if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &soerr, &sl) == -1)
        rc = -errno;
      else
        rc = -soerr;
    }
  }
  if (!(fl & O_NONBLOCK) && fcntl(fd, F_SETFL, fl) == -1 && rc == 0)
    rc = -errno;
  return rc;
}

int
main(int argc, char **argv)
{
  struct sockaddr_in sin;
  socklen_t slen = sizeof(sin);
  sock2_addr_t addr;
  long rounds, i;
  int l, lib, nb;

  if (argc != 3) {
    fprintf(stderr, "usage: instr-connect raw|lib|rawnb|libnb ROUNDS\n");
    return 2;
  }
  lib = strncmp(argv[1], "lib", 3) == 0;
  nb = strcmp(argv[1] + 3, "nb") == 0;
  rounds = atol(argv[2]);

  memset(&sin, 0, sizeof(sin));
  sin.sin_family = AF_INET;
  sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  l = socket(AF_INET, SOCK_STREAM, 0);
  if (l == -1 || bind(l, (struct sockaddr *)&sin, sizeof(sin)) == -1 ||
      listen(l, 16) == -1 ||
      getsockname(l, (struct sockaddr *)&sin, &slen) == -1)
    die("listener");
  if (sock2_addr_from_raw(&addr, (struct sockaddr *)&sin, slen) != 0)
    die("sock2_addr_from_raw");

  for (i = 0; i < rounds; i++) {
    int c = socket(AF_INET, SOCK_STREAM | (nb ? SOCK_NONBLOCK : 0), 0);
    int a, rc;

    if (c == -1)
      die("socket");
    if (lib)
      rc = sock2_connect_timeout(c, &addr, SOCK2_SEC(5));
    else
      rc = raw_connect(c, (struct sockaddr *)&sin, slen, 5000);
    if (rc != 0) {
      errno = -rc;
      die("connect");
    }
    a = accept(l, NULL, NULL);
    if (a == -1)
      die("accept");
    close(a);
    close(c);
  }
  close(l);
  return 0;
}
