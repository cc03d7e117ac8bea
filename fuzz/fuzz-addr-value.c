/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer target: sock2_addr_t values as a caller may hold them, and
 * every length argument of the address functions.
 *
 * Input layout (little-endian; missing bytes are zero):
 *   bytes 0..3    addr.len, any value (past the storage too: issue 9,
 *                 bug 5; negative on Windows, where it is an int);
 *   bytes 4..11   a size_t length L (SIZE_MAX is ff x 8: bug 2);
 *   bytes 12..    addr.storage (up to sizeof(storage)).
 *
 * The address lives in an exact-size heap block, so a read past the
 * struct is caught. Checks:
 *   - a length past the storage: every accessor says SOCK2_EINVAL (or 0
 *     for the predicates), the address equals nothing, formatting and
 *     sock2_msg_set_addr() refuse, and nothing is written;
 *   - otherwise the address equals a copy of itself, and text it formats
 *     parses back to an equal address (IPv6 flowinfo excepted): a unix
 *     path that fills sun_path included (bug 6);
 *   - with L as the size of buffers that really hold 512 bytes and as the
 *     length of a name or raw address that really holds 128: a length
 *     above PTRDIFF_MAX is SOCK2_EINVAL, a too long name
 *     SOCK2_ENAMETOOLONG, and no output is written on failure.
 *
 * Build: clang -fsanitize=fuzzer,address,undefined (see ci/fuzz.sh).
 */
#include <stddef.h>
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

#define FILL 0x5a
#define BIG 512

static int
untouched(const unsigned char *p, size_t n)
{
  size_t i;
  for (i = 0; i < n; i++)
    if (p[i] != FILL)
      return 0;
  return 1;
}

/* An address whose length exceeds its storage: refused everywhere. */
static void
check_past_storage(const sock2_addr_t *a)
{
  unsigned char buf[BIG];
  uint32_t u, v;
  sock2_msg_t m, before;
  sock2_addr_t copy = *a;

  memset(buf, FILL, sizeof(buf));
  CHECK(sock2_addr_family(a) == SOCK2_EINVAL);
  CHECK(sock2_addr_len(a) == SOCK2_EINVAL);
  CHECK(sock2_addr_port(a) == SOCK2_EINVAL);
  CHECK(sock2_addr_ip(a, buf, sizeof(buf)) == SOCK2_EINVAL);
  CHECK(sock2_addr_path(a, (char *)buf, sizeof(buf)) == SOCK2_EINVAL);
  CHECK(sock2_addr_abstract_name(a, buf, sizeof(buf)) == SOCK2_EINVAL);
  CHECK(sock2_addr_flowinfo(a, &u) == SOCK2_EINVAL);
  CHECK(sock2_addr_scope_id(a, &u) == SOCK2_EINVAL);
  CHECK(sock2_addr_vsock_cid_port(a, &u, &v) == SOCK2_EINVAL);
  CHECK(sock2_addr_format(a, (char *)buf, sizeof(buf)) == SOCK2_EINVAL);
  CHECK(untouched(buf, sizeof(buf)));
  CHECK(!sock2_addr_is_ipv4(a) && !sock2_addr_is_ipv6(a));
  CHECK(!sock2_addr_is_unix(a) && !sock2_addr_is_unnamed(a));
  CHECK(sock2_addr_equal(a, a) == 0);
  CHECK(sock2_addr_equal(a, &copy) == 0);
  sock2_msg_init(&m);
  before = m;
  CHECK(sock2_addr_set_port(&copy, 7) == SOCK2_EINVAL);
  CHECK(memcmp(&copy, a, sizeof(copy)) == 0);
  CHECK(sock2_msg_set_addr(&m, a) == SOCK2_EINVAL);
  CHECK(memcmp(&m, &before, sizeof(m)) == 0);
}

/* A valid length: consistent accessors and an exact text round trip. */
static void
check_valid(const sock2_addr_t *a)
{
  char text[SOCK2_ADDR_STRLEN];
  sock2_addr_t b, copy = *a;
  sock2_msg_t m;
  uint32_t flow = 0;
  int n;

  CHECK(sock2_addr_len(a) == (int)a->len);
  CHECK(sock2_addr_family(a) >= 0);
  CHECK(sock2_addr_equal(a, a) == 1);
  CHECK(sock2_addr_equal(a, &copy) == 1);
  sock2_msg_init(&m);
  CHECK(sock2_msg_set_addr(&m, a) == 0);
  CHECK(sock2_msg_addr_len(&m) >= 0 && sock2_msg_addr_len(&m) <= (int)a->len);
  n = sock2_addr_format(a, text, sizeof(text));
  if (n < 0) {
    CHECK(n == SOCK2_EINVAL || n == SOCK2_EAFNOSUPPORT);
    return;
  }
  CHECK((size_t)n == strlen(text));
  CHECK(sock2_addr_parse(&b, text) == 0);
  if (sock2_addr_flowinfo(a, &flow) != 0 || flow == 0)
    CHECK(sock2_addr_equal(a, &b) == 1 && sock2_addr_equal(&b, a) == 1);
}

/* Every length argument, given L, over buffers that really hold BIG. */
static void
check_lengths(const sock2_addr_t *a, size_t L, const uint8_t *bytes)
{
  unsigned char buf[BIG], name[128];
  sock2_addr_t b, before;
  sock2_msg_t m, mbefore;
  int rc;

  memset(name, 0, sizeof(name));
  memcpy(name, bytes, sizeof(name));
  memset(&b, FILL, sizeof(b));
  before = b;

  /* Builders: the length of name (which really holds 128 bytes). */
  rc = sock2_addr_abstract(&b, name, L);
  if (L > (size_t)PTRDIFF_MAX)
    CHECK(rc == SOCK2_EINVAL);
  else if (L > 107 || !sock2_has(SOCK2_FEATURE_ABSTRACT_NAMES))
    CHECK(rc == SOCK2_ENAMETOOLONG || rc == SOCK2_ENOTSUP);
  if (rc != 0)
    CHECK(memcmp(&b, &before, sizeof(b)) == 0);
  else
    check_valid(&b);
  b = before;
  /* name holds 128 bytes: any longer length must be refused unread. */
  rc = sock2_addr_from_raw(&b, (const struct sockaddr *)(void *)name, L);
  if (rc != 0)
    CHECK(rc == SOCK2_EINVAL && memcmp(&b, &before, sizeof(b)) == 0);
  else
    check_valid(&b);

  /* Getters: L as the size of buf (which really holds BIG bytes). */
  memset(buf, FILL, sizeof(buf));
  rc = sock2_addr_format(a, (char *)buf, L);
  if (L > (size_t)PTRDIFF_MAX)
    CHECK(rc == SOCK2_EINVAL);
  if (rc < 0)
    CHECK(untouched(buf, sizeof(buf)));
  else
    CHECK((size_t)rc < L && buf[rc] == '\0');
  memset(buf, FILL, sizeof(buf));
  rc = sock2_addr_ip(a, buf, L);
  if (L > (size_t)PTRDIFF_MAX)
    CHECK(rc == SOCK2_EINVAL);
  if (rc < 0)
    CHECK(untouched(buf, sizeof(buf)));
  else
    CHECK((size_t)rc <= L && (rc == 4 || rc == 16));
  memset(buf, FILL, sizeof(buf));
  rc = sock2_addr_path(a, (char *)buf, L);
  if (L > (size_t)PTRDIFF_MAX)
    CHECK(rc == SOCK2_EINVAL);
  if (rc < 0)
    CHECK(untouched(buf, sizeof(buf)));
  else
    CHECK((size_t)rc < L && buf[rc] == '\0');
  memset(buf, FILL, sizeof(buf));
  rc = sock2_addr_abstract_name(a, buf, L);
  if (L > (size_t)PTRDIFF_MAX)
    CHECK(rc == SOCK2_EINVAL);
  if (rc < 0)
    CHECK(untouched(buf, sizeof(buf)));
  else
    CHECK((size_t)rc <= L && untouched(buf + rc, sizeof(buf) - (size_t)rc));

  /* The control length of a message header stores nothing on failure. */
  sock2_msg_init(&m);
  mbefore = m;
  rc = sock2_msg_set_control(&m, buf, L);
  if (L > (size_t)PTRDIFF_MAX)
    CHECK(rc == SOCK2_EINVAL && memcmp(&m, &mbefore, sizeof(m)) == 0);
  else
    CHECK(rc == 0 && sock2_msg_control_len(&m) <= L);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  uint8_t in[12 + sizeof(struct sockaddr_storage) + 128];
  sock2_addr_t *a;
  uint32_t len32;
  uint64_t L64;
  size_t L;
  int i;

  if (size > sizeof(in))
    return 0;
  memset(in, 0, sizeof(in));
  memcpy(in, data, size);
  len32 = 0;
  for (i = 3; i >= 0; i--)
    len32 = len32 << 8 | in[i];
  L64 = 0;
  for (i = 11; i >= 4; i--)
    L64 = L64 << 8 | in[i];
  /* On 32-bit systems, keep the high bits' meaning: "huge". */
  L = L64 > (uint64_t)SIZE_MAX ? SIZE_MAX : (size_t)L64;

  a = malloc(sizeof(*a));
  if (a == NULL)
    return 0;
  memset(a, 0, sizeof(*a));
  memcpy(&a->storage, in + 12, sizeof(a->storage));
  a->len = (sock2_socklen_t)len32;

  if ((size_t)a->len > sizeof(a->storage))
    check_past_storage(a);
  else
    check_valid(a);
  check_lengths(a, L, in + 12);
  free(a);
  return 0;
}
