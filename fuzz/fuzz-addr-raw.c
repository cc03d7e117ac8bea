/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer target: raw sockaddr conversion.
 *
 * The input is a raw sockaddr of the input's length, handed to
 * sock2_addr_from_raw() from an exact-size heap copy (so reading past the
 * given length is caught). Every length from the family's minimum up to
 * sizeof(storage) must be accepted (a unix path that fills sun_path comes
 * back from Linux one byte longer than struct sockaddr_un). When it is
 * accepted, every accessor runs with full and short buffers, the address
 * must equal itself, and formatting must either fail cleanly or write
 * text of the length it returns that parses back to an equal address
 * (IPv6 flowinfo, which the text does not carry, excepted).
 *
 * Build: clang -fsanitize=fuzzer,address,undefined (see ci/fuzz.sh).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sock2.h"

/* The least length sock2_addr_from_raw() takes for a family. */
static size_t
min_len(const struct sockaddr *sa)
{
  size_t fam_end = offsetof(struct sockaddr, sa_family) +
                   sizeof(sa->sa_family);
  if (sa->sa_family == AF_INET)
    return sizeof(struct sockaddr_in);
  if (sa->sa_family == AF_INET6)
    return sizeof(struct sockaddr_in6);
#ifdef AF_VSOCK
  if (sa->sa_family == AF_VSOCK && sock2_has(SOCK2_FEATURE_VSOCK))
    return 16; /* sizeof(struct sockaddr_vm) */
#endif
  return fam_end;
}

#define CHECK(cond)                                                           \
  do {                                                                        \
    if (!(cond))                                                              \
      abort();                                                                \
  } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
accessors(const sock2_addr_t *a)
{
  uint8_t ip[16];
  char path[256];
  uint8_t name[256];
  uint32_t u32, cid, port32;
  size_t sz;
  int r;

  (void)sock2_addr_family(a);
  (void)sock2_addr_domain(a);
  CHECK(sock2_addr_len(a) == (int)a->len);
  r = sock2_addr_port(a);
  CHECK(r < 65536);
  for (sz = 0; sz <= sizeof(ip); sz += 4) {
    r = sock2_addr_ip(a, ip, sz);
    CHECK(r <= (int)sz);
  }
  (void)sock2_addr_flowinfo(a, &u32);
  (void)sock2_addr_scope_id(a, &u32);
  for (sz = 0; sz <= sizeof(path); sz = sz * 2 + 1) {
    r = sock2_addr_path(a, path, sz);
    CHECK(r < (int)sz || r < 0);
    if (r >= 0)
      CHECK(path[r] == '\0');
  }
  for (sz = 0; sz <= sizeof(name); sz = sz * 2 + 1) {
    r = sock2_addr_abstract_name(a, name, sz);
    CHECK(r <= (int)sz);
  }
  (void)sock2_addr_vsock_cid_port(a, &cid, &port32);
  (void)sock2_addr_is_ipv4(a);
  (void)sock2_addr_is_ipv6(a);
  (void)sock2_addr_is_unix(a);
  (void)sock2_addr_is_unnamed(a);
  CHECK(sock2_addr_equal(a, a) == 1);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  struct sockaddr *sa;
  sock2_addr_t a, b, copy;
  char buf[SOCK2_ADDR_STRLEN];
  char small[64];
  int n, rc;

  if (size > 4096)
    return 0;
  sa = malloc(size > 0 ? size : 1);
  if (sa == NULL)
    return 0;
  memcpy(sa, data, size);

  memset(&a, 0x5a, sizeof(a));
  copy = a;
  rc = sock2_addr_from_raw(&a, sa, size);
  if (rc != 0) {
    CHECK(rc == SOCK2_EINVAL);
    CHECK(memcmp(&a, &copy, sizeof(a)) == 0);
    /* Refused only for a length out of range (vsock has its own). */
    CHECK(size < offsetof(struct sockaddr, sa_family) +
                   sizeof(sa->sa_family) ||
          size > sizeof(a.storage) || size < min_len(sa));
    free(sa);
    return 0;
  }
  free(sa);
  CHECK((size_t)a.len == size);

  accessors(&a);

  n = sock2_addr_format(&a, buf, sizeof(buf));
  if (n >= 0) {
    CHECK(n < (int)sizeof(buf) && (size_t)n == strlen(buf));
    rc = sock2_addr_format(&a, small, sizeof(small));
    CHECK(rc == (n < (int)sizeof(small) ? n : SOCK2_ENOBUFS));
    rc = sock2_addr_parse(&b, buf);
    /*
     * Text the library wrote, it reads back (issue 9, bug 6): a scope id
     * written as a number needs no interface lookup.
     */
    CHECK(rc == 0);
    accessors(&b);
    {
      uint32_t flow = 0;
      if (sock2_addr_flowinfo(&a, &flow) != 0 || flow == 0)
        CHECK(sock2_addr_equal(&a, &b) == 1 && sock2_addr_equal(&b, &a) == 1);
    }
  }
  return 0;
}
