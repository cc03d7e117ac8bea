/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer target: address text parsing and formatting.
 *
 * Whatever sock2_addr_parse() accepts must format, the text must parse back
 * to an equal address, and formatting that gives the same text again.
 * Formatting into a buffer one byte too small must fail with
 * SOCK2_ENOBUFS and leave the buffer alone. Rejected input must leave the
 * address unchanged.
 *
 * Build: clang -fsanitize=fuzzer,address,undefined (see ci/fuzz.sh).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sock2.h"

#define CHECK(cond)                                                           \
  do {                                                                        \
    if (!(cond))                                                              \
      abort();                                                                \
  } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  char *text;
  char buf[SOCK2_ADDR_STRLEN], buf2[SOCK2_ADDR_STRLEN];
  char small[SOCK2_ADDR_STRLEN];
  sock2_addr_t a, b, before;
  int n, n2, rc;

  if (size > 4096)
    return 0;
  /* An exact-size copy, so a read past the terminator is caught. */
  text = malloc(size + 1);
  if (text == NULL)
    return 0;
  memcpy(text, data, size);
  text[size] = '\0';

  memset(&a, 0x5a, sizeof(a));
  before = a;
  rc = sock2_addr_parse(&a, text);
  if (rc != 0) {
    CHECK(rc < 0);
    CHECK(memcmp(&a, &before, sizeof(a)) == 0);
    free(text);
    return 0;
  }

  n = sock2_addr_format(&a, buf, sizeof(buf));
  CHECK(n >= 0 && n < (int)sizeof(buf));
  CHECK((size_t)n == strlen(buf));

  /* Too small by one: ENOBUFS, the buffer untouched. */
  memset(small, 0x33, sizeof(small));
  CHECK(sock2_addr_format(&a, small, (size_t)n) == SOCK2_ENOBUFS);
  CHECK(small[0] == 0x33 && (n == 0 || small[n - 1] == 0x33));

  /* The text parses back to an equal address that formats the same. */
  CHECK(sock2_addr_parse(&b, buf) == 0);
  CHECK(sock2_addr_equal(&a, &b) == 1);
  CHECK(sock2_addr_equal(&b, &a) == 1);
  n2 = sock2_addr_format(&b, buf2, sizeof(buf2));
  CHECK(n2 == n && memcmp(buf, buf2, (size_t)n + 1) == 0);

  /* The accessors agree with each other. */
  CHECK(sock2_addr_family(&a) == sock2_addr_domain(&a));
  CHECK(sock2_addr_len(&a) == (int)a.len);
  if (sock2_addr_is_ipv4(&a) || sock2_addr_is_ipv6(&a)) {
    uint8_t ip[16];
    int port = sock2_addr_port(&a);
    CHECK(port >= 0 && port <= 65535);
    CHECK(sock2_addr_ip(&a, ip, sizeof(ip)) ==
          (sock2_addr_is_ipv4(&a) ? 4 : 16));
  }

  free(text);
  return 0;
}
