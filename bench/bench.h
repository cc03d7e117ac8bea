/* SPDX-License-Identifier: MIT */
/*
 * Shared by the benchmark programs: failing loudly, and the loopback
 * fixtures both bench-io and bench-instr set up (never timed or counted).
 * Define BENCH_NAME before including it.
 */
#ifndef SOCK2_BENCH_H
#define SOCK2_BENCH_H

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sock2.h"

#if defined(__GNUC__)
# define BENCH_NORETURN __attribute__((noreturn))
#else
# define BENCH_NORETURN
#endif

/* Print what failed (a SOCK2_E* code, or errno for a raw call) and exit. */
static BENCH_NORETURN void
die(const char *what, long long rc)
{
  fprintf(stderr, BENCH_NAME ": %s failed (%lld: %s)\n", what, rc,
          rc < 0 ? sock2_strerror((int)rc) : strerror(errno));
  exit(1);
}

/* Two UDP sockets on 127.0.0.1, each connected to the other. */
static void
udp_pair(sock2_socket_t *a, sock2_socket_t *b)
{
  sock2_addr_t la, lb;
  int rc;

  if ((rc = sock2_addr_parse(&la, "127.0.0.1:0")) != 0)
    die("addr", rc);
  lb = la;
  if ((rc = sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, a)) != 0 ||
      (rc = sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, b)) != 0 ||
      (rc = sock2_bind(*a, &la)) != 0 || (rc = sock2_bind(*b, &lb)) != 0 ||
      (rc = sock2_local_addr(*a, &la)) != 0 ||
      (rc = sock2_local_addr(*b, &lb)) != 0 ||
      (rc = sock2_connect(*a, &lb)) != 0 || (rc = sock2_connect(*b, &la)) != 0)
    die("udp pair", rc);
}

#endif /* SOCK2_BENCH_H */
