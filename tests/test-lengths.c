/* SPDX-License-Identifier: MIT */
/*
 * Tests: huge lengths, sizes and counts (issue 9, bug 2 and its audit),
 * and addresses whose length exceeds their storage (bug 5).
 *
 * Every public function that takes a length or count gets SIZE_MAX,
 * SIZE_MAX - 1, (size_t)INT_MAX + 1 and (size_t)UINT32_MAX + 1. A byte
 * length or size above PTRDIFF_MAX is the size of no object: SOCK2_EINVAL
 * before any system call (doc/design.md, "Lengths"). Lengths below that
 * reach the function's own limit (ENAMETOOLONG, EMSGSIZE, ...) or the
 * kernel, which then sees memory that really is that long (a read-only
 * or read-write mapping of zero pages), so its answer does not depend on
 * what happens to lie past a small buffer. Each row checks the code, that
 * the outputs are untouched and, for sends, that nothing arrived.
 */
#include "tests.h"

#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#ifdef _WIN32
# include <windows.h>
#else
# include <fcntl.h>
# include <unistd.h>
# include <sys/mman.h>
#endif

/* The four lengths of the issue; 0 (UINT32_MAX + 1 on 32 bits) is dropped. */
static const size_t huge[] = {SIZE_MAX, SIZE_MAX - 1, (size_t)INT_MAX + 1,
                              (size_t)UINT32_MAX + 1};
#define N_HUGE (sizeof(huge) / sizeof(huge[0]))

/* A length no object has: the library refuses it itself. */
#define NOT_A_SIZE(n) ((n) > (size_t)PTRDIFF_MAX)

/* ---- Memory that is really that long ------------------------------------ */

#ifndef _WIN32
# ifndef MAP_NORESERVE
#  define MAP_NORESERVE 0
# endif
# ifndef MAP_ANONYMOUS
#  define MAP_ANONYMOUS MAP_ANON
# endif
/*
 * A mapping of n zero bytes (only touched pages cost memory), or NULL when
 * the address space cannot hold it (32-bit systems, some emulators).
 */
static void *
big_map(size_t n, int writable)
{
  void *p = mmap(NULL, n, PROT_READ | (writable ? PROT_WRITE : 0),
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  return p == MAP_FAILED ? NULL : p;
}

static void
big_unmap(void *p, size_t n)
{
  if (p != NULL)
    munmap(p, n);
}
#else
/* Windows: reserved address space only; the rows that need it skip. */
static void *
big_map(size_t n, int writable)
{
  (void)n;
  (void)writable;
  return NULL;
}

static void
big_unmap(void *p, size_t n)
{
  (void)p;
  (void)n;
}
#endif

/*
 * Valgrind checks every byte a system call is told about before the call:
 * a length the kernel refuses unread still reads as an invalid access
 * there, and checking gigabytes of a real mapping takes minutes. Under it
 * the rows that pass such lengths to the kernel skip (with the reason);
 * the ones the library refuses itself still run. Its preloaded core is
 * how a client can tell.
 */
static int
under_valgrind(void)
{
  const char *p = getenv("LD_PRELOAD");
  return p != NULL && strstr(p, "vgpreload") != NULL;
}

/* Skip once per test: 1 if the kernel-bound huge rows must not run. */
static int
skip_kernel_rows(const char *test, int *skipped)
{
  if (!under_valgrind())
    return 0;
  if (!(*skipped)++)
    t_skip(test, "valgrind checks every byte of a huge length itself");
  return 1;
}

/* ---- Helpers ------------------------------------------------------------- */

/* A connected UDP pair on IPv4 loopback: a sends to b. */
static void
udp_pair(sock2_socket_t *a, sock2_socket_t *b, sock2_addr_t *baddr)
{
  sock2_addr_t aaddr;

  *a = t_udp(SOCK2_DOMAIN_IPV4, &aaddr);
  *b = t_udp(SOCK2_DOMAIN_IPV4, baddr);
  ck_ok(sock2_connect(*a, baddr));
}

/* Nothing is queued on s: a non-blocking receive finds no datagram. */
static void
assert_nothing_arrived(sock2_socket_t s)
{
  char buf[16];
  ck_err(sock2_recv_with_flags(s, buf, sizeof(buf), SOCK2_MSG_DONTWAIT),
         SOCK2_EAGAIN);
}

/* A byte that is not 0 fills output buffers, so a write shows. */
#define FILL 0x5a

static int
all_bytes(const void *p, int byte, size_t n)
{
  const unsigned char *b = (const unsigned char *)p;
  size_t i;
  for (i = 0; i < n; i++)
    if (b[i] != (unsigned char)byte)
      return 0;
  return 1;
}

/* ---- Addresses: builders and getters ------------------------------------ */

START_TEST(test_len_addr_builders)
{
  static const unsigned char name[8] = "name";
  struct sockaddr_storage ss;
  sock2_addr_t a, before;
  size_t i;

  memset(&a, FILL, sizeof(a));
  before = a;
  memset(&ss, 0, sizeof(ss));
  ((struct sockaddr *)&ss)->sa_family = AF_INET;
  for (i = 0; i < N_HUGE; i++) {
    size_t n = huge[i];
    if (n == 0)
      continue;
    /* Bug 2: len + 1 wrapped to 0 and memcpy ran off the stack. */
    if (NOT_A_SIZE(n))
      ck_err(sock2_addr_abstract(&a, name, n), SOCK2_EINVAL);
    else if (sock2_has(SOCK2_FEATURE_ABSTRACT_NAMES))
      ck_err(sock2_addr_abstract(&a, name, n), SOCK2_ENAMETOOLONG);
    else
      ck_err(sock2_addr_abstract(&a, name, n), SOCK2_ENOTSUP);
    ck_err(sock2_addr_from_raw(&a, (const struct sockaddr *)&ss, n),
           SOCK2_EINVAL);
    ck_assert_mem_eq(&a, &before, sizeof(a));
  }
}
END_TEST

START_TEST(test_len_addr_getters)
{
  static const uint8_t ip[4] = {127, 0, 0, 1};
  sock2_addr_t v4, path, abs;
  char buf[SOCK2_ADDR_STRLEN];
  size_t i;

  ck_ok(sock2_addr_ipv4(&v4, ip, 80));
  ck_ok(sock2_addr_unix(&path, "/tmp/x"));
  for (i = 0; i < N_HUGE; i++) {
    size_t n = huge[i];
    if (n == 0)
      continue;
    memset(buf, FILL, sizeof(buf));
    if (NOT_A_SIZE(n)) {
      ck_err(sock2_addr_format(&v4, buf, n), SOCK2_EINVAL);
      ck_err(sock2_addr_ip(&v4, (uint8_t *)buf, n), SOCK2_EINVAL);
      ck_err(sock2_addr_path(&path, buf, n), SOCK2_EINVAL);
      ck_assert(all_bytes(buf, FILL, sizeof(buf)));
      if (sock2_has(SOCK2_FEATURE_ABSTRACT_NAMES)) {
        ck_ok(sock2_addr_abstract(&abs, "ab", 2));
        ck_err(sock2_addr_abstract_name(&abs, buf, n), SOCK2_EINVAL);
        ck_assert(all_bytes(buf, FILL, sizeof(buf)));
      }
      continue;
    }
    /* A size that could be real: as much as needed is written, no more. */
    ck_assert_int_eq(sock2_addr_format(&v4, buf, n), 12);
    ck_assert_str_eq(buf, "127.0.0.1:80");
    ck_assert(all_bytes(buf + 13, FILL, sizeof(buf) - 13));
    memset(buf, FILL, sizeof(buf));
    ck_assert_int_eq(sock2_addr_ip(&v4, (uint8_t *)buf, n), 4);
    ck_assert(all_bytes(buf + 4, FILL, sizeof(buf) - 4));
    memset(buf, FILL, sizeof(buf));
    ck_assert_int_eq(sock2_addr_path(&path, buf, n), 6);
    ck_assert(all_bytes(buf + 7, FILL, sizeof(buf) - 7));
  }
}
END_TEST

/* ---- Addresses whose length exceeds their storage (bug 5) --------------- */

/*
 * An address at the very end of readable memory: the page after it is
 * inaccessible, so any read past the struct faults in every build, not
 * only under AddressSanitizer.
 */
#ifndef _WIN32
static void *guard_base;
static size_t guard_size;

static sock2_addr_t *
guarded_addr(void)
{
  long page = sysconf(_SC_PAGESIZE);
  char *p;

  guard_size = (size_t)page * 2;
  p = mmap(NULL, guard_size, PROT_READ | PROT_WRITE,
           MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  ck_assert(p != MAP_FAILED);
  ck_assert_int_eq(mprotect(p + page, (size_t)page, PROT_NONE), 0);
  guard_base = p;
  /* Two in a row would need two guards: one address per mapping. */
  return (sock2_addr_t *)(void *)(p + page - sizeof(sock2_addr_t));
}

static void
guarded_free(void)
{
  munmap(guard_base, guard_size);
}
#else
static sock2_addr_t guard_addr_win;
static sock2_addr_t *
guarded_addr(void)
{
  return &guard_addr_win;
}
static void
guarded_free(void)
{
}
#endif

/* Lengths past the storage: just past it, far past it, and "negative". */
static const sock2_socklen_t bad_lens[] = {
  (sock2_socklen_t)sizeof(struct sockaddr_storage) + 1,
  (sock2_socklen_t)4096,
  (sock2_socklen_t)INT_MAX,
  (sock2_socklen_t)-1,
};

START_TEST(test_len_addr_past_storage)
{
  /* Families: unknown (the over-read of bug 5), IPv4, unix. */
  static const int families[] = {250, AF_INET, AF_UNIX};
  sock2_addr_t *a = guarded_addr(), b, before;
  sock2_msg_t m, mbefore;
  sock2_socket_t s, r;
  sock2_addr_t raddr;
  sock2_buf_t one;
  char buf[SOCK2_ADDR_STRLEN], data[4] = "data";
  uint8_t ip[16];
  uint32_t u, v;
  size_t f, i;

  r = t_udp(SOCK2_DOMAIN_IPV4, &raddr);
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_DGRAM, 0, &s));
  one.base = data;
  one.len = sizeof(data);
  for (f = 0; f < sizeof(families) / sizeof(families[0]); f++) {
    for (i = 0; i < sizeof(bad_lens) / sizeof(bad_lens[0]); i++) {
      memset(a, 0x41, sizeof(*a));
      ((struct sockaddr *)&a->storage)->sa_family =
        (unsigned short)families[f];
      a->len = bad_lens[i];
      b = *a;
      before = *a;

      /* Equality: no read past the storage; such an address equals nothing. */
      ck_assert_int_eq(sock2_addr_equal(a, &b), 0);
      ck_assert_int_eq(sock2_addr_equal(&b, a), 0);
      ck_assert_int_eq(sock2_addr_equal(a, a), 0);

      /* Accessors and text: SOCK2_EINVAL, outputs untouched. */
      memset(buf, FILL, sizeof(buf));
      ck_err(sock2_addr_family(a), SOCK2_EINVAL);
      ck_err(sock2_addr_domain(a), SOCK2_EINVAL);
      ck_err(sock2_addr_len(a), SOCK2_EINVAL);
      ck_err(sock2_addr_port(a), SOCK2_EINVAL);
      ck_err(sock2_addr_format(a, buf, sizeof(buf)), SOCK2_EINVAL);
      ck_err(sock2_addr_ip(a, ip, sizeof(ip)), SOCK2_EINVAL);
      ck_err(sock2_addr_path(a, buf, sizeof(buf)), SOCK2_EINVAL);
      ck_err(sock2_addr_abstract_name(a, buf, sizeof(buf)), SOCK2_EINVAL);
      ck_err(sock2_addr_flowinfo(a, &u), SOCK2_EINVAL);
      ck_err(sock2_addr_scope_id(a, &u), SOCK2_EINVAL);
      ck_err(sock2_addr_vsock_cid_port(a, &u, &v), SOCK2_EINVAL);
      ck_assert(all_bytes(buf, FILL, sizeof(buf)));
      ck_assert(!sock2_addr_is_ipv4(a) && !sock2_addr_is_ipv6(a));
      ck_assert(!sock2_addr_is_unix(a) && !sock2_addr_is_unnamed(a));
      ck_err(sock2_addr_set_port(a, 1), SOCK2_EINVAL);
      ck_assert_mem_eq(a, &before, sizeof(*a));

      /* Every call that hands it to the kernel refuses it first. */
      ck_err(sock2_bind(s, a), SOCK2_EINVAL);
      ck_err(sock2_connect(s, a), SOCK2_EINVAL);
      ck_err(sock2_connect_timeout(s, a, SOCK2_SEC(1)), SOCK2_EINVAL);
      ck_err(sock2_send_to(s, data, sizeof(data), a), SOCK2_EINVAL);
      ck_err(sock2_send_to_with_flags(s, data, sizeof(data), a, 0),
             SOCK2_EINVAL);
      ck_err(sock2_send_to_vectored(s, &one, 1, a), SOCK2_EINVAL);
      ck_err(sock2_send_to_vectored_with_flags(s, &one, 1, a, 0),
             SOCK2_EINVAL);
      ck_ok(sock2_msg_init(&m));
      mbefore = m;
      ck_err(sock2_msg_set_addr(&m, a), SOCK2_EINVAL);
      ck_assert_mem_eq(&m, &mbefore, sizeof(m));
      ck_assert_mem_eq(a, &before, sizeof(*a));
    }
  }
  /* The socket stayed unbound and unconnected: nothing reached r. */
  ck_err(sock2_peer_addr(s, &b), SOCK2_ENOTCONN);
  assert_nothing_arrived(r);
  ck_ok(sock2_close(s));
  ck_ok(sock2_close(r));
  guarded_free();
}
END_TEST

START_TEST(test_len_addr_storage_edge)
{
  /* Exactly the storage is a valid length: every function accepts it. */
  sock2_addr_t *a = guarded_addr(), b;
  char buf[64];

  memset(a, 0x41, sizeof(*a));
  ((struct sockaddr *)&a->storage)->sa_family = 250;
  a->len = (sock2_socklen_t)sizeof(a->storage);
  b = *a;
  ck_assert_int_eq(sock2_addr_equal(a, &b), 1);
  ck_assert_int_eq(sock2_addr_family(a), 250);
  ck_assert_int_eq(sock2_addr_len(a), (int)sizeof(a->storage));
  ck_err(sock2_addr_format(a, buf, sizeof(buf)), SOCK2_EAFNOSUPPORT);
  ck_err(sock2_addr_port(a), SOCK2_EAFNOSUPPORT);
  guarded_free();
}
END_TEST

/* ---- Sends --------------------------------------------------------------- */

START_TEST(test_len_send)
{
  sock2_socket_t a, b;
  sock2_addr_t baddr;
  char small[16] = "small";
  size_t i;
  int skipped = 0;

  udp_pair(&a, &b, &baddr);
  for (i = 0; i < N_HUGE; i++) {
    size_t n = huge[i];
    const void *buf = small;
    void *map = NULL;
    long long want = SOCK2_EINVAL;
    sock2_ssize_t r;

    if (n == 0)
      continue;
    if (!NOT_A_SIZE(n)) {
      /*
       * A length that could be real, over memory that is: the kernel
       * refuses a datagram that long (UDP: 65507 bytes at most) before
       * copying, with SOCK2_EMSGSIZE.
       */
      if (skip_kernel_rows(__func__, &skipped))
        continue;
      map = big_map(n, 0);
      if (map == NULL) {
        if (!skipped++)
          t_skip(__func__, "no 4 GiB zero-page mapping here");
        continue;
      }
      buf = map;
      want = SOCK2_EMSGSIZE;
    }
    ck_err(sock2_send(a, buf, n), want);
    ck_err(sock2_send_with_flags(a, buf, n, 0), want);
    ck_err(sock2_send_to(a, buf, n, &baddr), want);
    ck_err(sock2_send_to_with_flags(a, buf, n, &baddr, 0), want);
    r = sock2_send_out_of_band(a, buf, n);
    if (want == SOCK2_EINVAL)
      ck_err(r, SOCK2_EINVAL);
    else
      ck_assert_msg(r == SOCK2_EMSGSIZE || r == SOCK2_ENOTSUP,
                    "OOB send of %zu bytes: %s", n, sock2_err_name((int)r));
    assert_nothing_arrived(b);
    big_unmap(map, n);
  }
  ck_assert_str_eq(small, "small");
  ck_ok(sock2_close(a));
  ck_ok(sock2_close(b));
}
END_TEST

START_TEST(test_len_send_vectored)
{
  sock2_socket_t a, b;
  sock2_addr_t baddr;
  char small[16] = "small";
  sock2_buf_t bufs[2];
  size_t i;
  int skipped = 0;

  udp_pair(&a, &b, &baddr);
  for (i = 0; i < N_HUGE; i++) {
    size_t n = huge[i];
    void *map = NULL;
    long long want;

    if (n == 0)
      continue;
    /* A count: above IOV_MAX, SOCK2_EMSGSIZE before any system call. */
    bufs[0].base = small;
    bufs[0].len = 5;
#ifdef _WIN32
    /* Winsock's limit is ULONG_MAX: a count below it would be read. */
    if (n <= (size_t)ULONG_MAX) {
      if (!skipped++)
        t_skip(__func__, "Winsock takes counts up to ULONG_MAX");
      continue;
    }
#endif
    ck_err(sock2_send_vectored(a, bufs, n), SOCK2_EMSGSIZE);
    ck_err(sock2_send_vectored_with_flags(a, bufs, n, 0), SOCK2_EMSGSIZE);
    ck_err(sock2_send_to_vectored(a, bufs, n, &baddr), SOCK2_EMSGSIZE);
    ck_err(sock2_send_to_vectored_with_flags(a, bufs, n, &baddr, 0),
           SOCK2_EMSGSIZE);
#ifndef _WIN32
    /*
     * An element length: the array goes to the kernel as it is, which
     * refuses one above SSIZE_MAX (SOCK2_EINVAL) and a datagram longer
     * than UDP allows (SOCK2_EMSGSIZE, over real memory).
     */
    if (skip_kernel_rows(__func__, &skipped))
      continue;
    want = SOCK2_EINVAL;
    if (!NOT_A_SIZE(n)) {
      map = big_map(n, 0);
      if (map == NULL) {
        if (!skipped++)
          t_skip(__func__, "no 4 GiB zero-page mapping here");
        continue;
      }
      bufs[0].base = map;
      want = SOCK2_EMSGSIZE;
    }
    bufs[0].len = n;
    ck_err(sock2_send_vectored(a, bufs, 1), want);
    ck_err(sock2_send_to_vectored(a, bufs, 1, &baddr), want);
    bufs[1] = bufs[0];
    bufs[0].base = small;
    bufs[0].len = 5;
    ck_err(sock2_send_vectored(a, bufs, 2), want);
    big_unmap(map, n);
#else
    (void)want;
    (void)map;
#endif
    assert_nothing_arrived(b);
  }
  ck_ok(sock2_close(a));
  ck_ok(sock2_close(b));
}
END_TEST

START_TEST(test_len_msg_builders)
{
  sock2_msg_t m, before;
  sock2_buf_t one;
  char control[64], small[8];
  size_t i;

  one.base = small;
  one.len = sizeof(small);
  for (i = 0; i < N_HUGE; i++) {
    size_t n = huge[i];
    if (n == 0)
      continue;
    ck_ok(sock2_msg_init(&m));
    ck_ok(sock2_msg_set_bufs(&m, &one, 1));
    before = m;
#ifdef _WIN32
    if (n > (size_t)ULONG_MAX)
#endif
      ck_err(sock2_msg_set_bufs(&m, &one, n), SOCK2_EMSGSIZE);
    ck_assert_mem_eq(&m, &before, sizeof(m));
    if (NOT_A_SIZE(n)) {
      ck_err(sock2_msg_set_control(&m, control, n), SOCK2_EINVAL);
      ck_assert_mem_eq(&m, &before, sizeof(m));
    } else {
      /* Stored, clamped to what msg_controllen holds (32 bits on musl). */
      size_t got;
      ck_ok(sock2_msg_set_control(&m, control, n));
      got = sock2_msg_control_len(&m);
      ck_assert_msg(got == n || (n > UINT_MAX && got == UINT_MAX),
                    "control length %zu stored as %zu", n, got);
    }
  }
}
END_TEST

START_TEST(test_len_sendmsg_control)
{
  sock2_socket_t a, b;
  sock2_addr_t baddr;
  sock2_msg_t m;
  sock2_buf_t one;
  char small[8] = "small", control[64];
  size_t i;

  T_SKIP_ON_WINDOWS("WSASendMsg's answer to a huge control length varies");
  /* qemu-user allocates twice the control length on its own stack. */
  T_SKIP_UNDER_EMULATOR("qemu-user copies the control buffer with alloca");
  if (under_valgrind()) {
    t_skip(__func__, "valgrind checks every byte of a huge length itself");
    return;
  }
  udp_pair(&a, &b, &baddr);
  one.base = small;
  one.len = 5;
  for (i = 0; i < N_HUGE; i++) {
    size_t n = huge[i];
    if (n == 0 || NOT_A_SIZE(n))
      continue;
    ck_ok(sock2_msg_init(&m));
    ck_ok(sock2_msg_set_bufs(&m, &one, 1));
    ck_ok(sock2_msg_set_control(&m, control, n));
    /*
     * Linux refuses a control length above INT_MAX before reading it
     * (glibc passes it through). musl, the other Linux libc, on a target
     * whose long is wider than int, copies the control data to its
     * 1 KiB buffer first and refuses a longer one itself (ENOMEM), as
     * <sock2/io.h> says. Elsewhere either answer is a refusal.
     */
#if defined(__GLIBC__)
    ck_err(sock2_sendmsg(a, &m, 0), SOCK2_ENOBUFS);
#elif defined(__linux__) && !defined(__ANDROID__) && LONG_MAX > INT_MAX
    ck_err(sock2_sendmsg(a, &m, 0), SOCK2_ENOMEM);
#else
    {
      sock2_ssize_t r = sock2_sendmsg(a, &m, 0);
      ck_assert_msg(r == SOCK2_ENOBUFS || r == SOCK2_ENOMEM,
                    "sendmsg with a %zu-byte control length: %s", n,
                    sock2_err_name((int)r));
    }
#endif
  }
  assert_nothing_arrived(b);
  ck_ok(sock2_close(a));
  ck_ok(sock2_close(b));
}
END_TEST

/* ---- Receives ------------------------------------------------------------ */

START_TEST(test_len_recv)
{
  sock2_socket_t a, b;
  sock2_addr_t baddr, from, before;
  char small[16];
  size_t i;
  int skipped = 0;

  udp_pair(&a, &b, &baddr);
  ck_assert_int_eq(sock2_send(a, "hello", 5), 5);
  memset(&from, FILL, sizeof(from));
  before = from;
  for (i = 0; i < N_HUGE; i++) {
    size_t n = huge[i];
    void *map;

    if (n == 0)
      continue;
    if (NOT_A_SIZE(n)) {
      /* Refused: the buffer and *from untouched, the datagram queued. */
      memset(small, FILL, sizeof(small));
      ck_err(sock2_recv(b, small, n), SOCK2_EINVAL);
      ck_err(sock2_recv_with_flags(b, small, n, 0), SOCK2_EINVAL);
      ck_err(sock2_recv_out_of_band(b, small, n), SOCK2_EINVAL);
      ck_err(sock2_peek(b, small, n), SOCK2_EINVAL);
      ck_err(sock2_recv_from(b, small, n, &from), SOCK2_EINVAL);
      ck_err(sock2_recv_from_with_flags(b, small, n, &from, 0), SOCK2_EINVAL);
      ck_err(sock2_peek_from(b, small, n, &from), SOCK2_EINVAL);
      ck_assert(all_bytes(small, FILL, sizeof(small)));
      ck_assert_mem_eq(&from, &before, sizeof(from));
      continue;
    }
    /*
     * A length that could be real, over memory that is: the datagram is
     * received whole (never cut to n modulo 2^32, which is 0 for
     * UINT32_MAX + 1). Peek first, then receive it for the next row.
     */
    if (skip_kernel_rows(__func__, &skipped))
      continue;
    map = big_map(n, 1);
    if (map == NULL) {
      if (!skipped++)
        t_skip(__func__, "no 4 GiB zero-page mapping here");
      continue;
    }
    ck_assert_int_eq(sock2_peek(b, map, n), 5);
    ck_assert_int_eq(sock2_peek_from(b, map, n, &from), 5);
    ck_assert(sock2_addr_is_ipv4(&from));
    ck_assert_int_eq(sock2_recv_from(b, map, n, &from), 5);
    ck_assert_mem_eq(map, "hello", 5);
    ck_assert(all_bytes((char *)map + 5, 0, 64));
    from = before;
    /* The next rows need a datagram again. */
    ck_assert_int_eq(sock2_send(a, "hello", 5), 5);
    big_unmap(map, n);
  }
  /* The datagram is still there, whole. */
  ck_assert_int_eq(sock2_recv(b, small, sizeof(small)), 5);
  ck_ok(sock2_close(a));
  ck_ok(sock2_close(b));
}
END_TEST

START_TEST(test_len_recv_vectored)
{
  sock2_socket_t a, b;
  sock2_addr_t baddr, from, before;
  sock2_buf_t bufs[2];
  char small[16];
  size_t i;
  int rflags = 77, skipped = 0;

  udp_pair(&a, &b, &baddr);
  ck_assert_int_eq(sock2_send(a, "hello", 5), 5);
  memset(&from, FILL, sizeof(from));
  before = from;
  for (i = 0; i < N_HUGE; i++) {
    size_t n = huge[i];
    if (n == 0)
      continue;
    bufs[0].base = small;
    bufs[0].len = sizeof(small);
#ifdef _WIN32
    if (n <= (size_t)ULONG_MAX) {
      if (!skipped++)
        t_skip(__func__, "Winsock takes counts up to ULONG_MAX");
      continue;
    }
#endif
    memset(small, FILL, sizeof(small));
    ck_err(sock2_recv_vectored(b, bufs, n, &rflags), SOCK2_EMSGSIZE);
    ck_err(sock2_recv_vectored_with_flags(b, bufs, n, &rflags, 0),
           SOCK2_EMSGSIZE);
    ck_err(sock2_recv_from_vectored(b, bufs, n, &from, &rflags),
           SOCK2_EMSGSIZE);
    ck_err(sock2_recv_from_vectored_with_flags(b, bufs, n, &from, &rflags, 0),
           SOCK2_EMSGSIZE);
#ifndef _WIN32
    if (skip_kernel_rows(__func__, &skipped)) {
      /* Only the rows the library refuses itself ran (above). */
    } else if (NOT_A_SIZE(n)) {
      /* An element above SSIZE_MAX: the kernel's SOCK2_EINVAL. */
      bufs[0].len = n;
      ck_err(sock2_recv_vectored(b, bufs, 1, &rflags), SOCK2_EINVAL);
      ck_err(sock2_recv_from_vectored(b, bufs, 1, &from, &rflags),
             SOCK2_EINVAL);
    } else {
      /* Over real memory, the datagram is received whole. */
      void *map = big_map(n, 1);
      if (map == NULL) {
        if (!skipped++)
          t_skip(__func__, "no 4 GiB zero-page mapping here");
        continue;
      }
      bufs[0].base = map;
      bufs[0].len = n;
      ck_assert_int_eq(
        sock2_recv_vectored_with_flags(b, bufs, 1, &rflags, SOCK2_MSG_PEEK),
        5);
      ck_assert_int_eq(rflags, 0);
      ck_assert_mem_eq(map, "hello", 5);
      rflags = 77;
      big_unmap(map, n);
    }
#endif
    ck_assert(all_bytes(small, FILL, sizeof(small)));
    ck_assert_mem_eq(&from, &before, sizeof(from));
    ck_assert_int_eq(rflags, 77);
  }
  ck_assert_int_eq(sock2_recv(b, small, sizeof(small)), 5);
  ck_ok(sock2_close(a));
  ck_ok(sock2_close(b));
}
END_TEST

/* ---- Options: name buffers, filters ------------------------------------- */

START_TEST(test_len_option_buffers)
{
  sock2_socket_t s;
  char buf[64];
  uint8_t ids[8];
  size_t i;

  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &s));
  for (i = 0; i < N_HUGE; i++) {
    size_t n = huge[i];
    if (n == 0)
      continue;
    memset(buf, FILL, sizeof(buf));
    memset(ids, FILL, sizeof(ids));
    if (NOT_A_SIZE(n)) {
      ck_err(sock2_device(s, buf, n), SOCK2_EINVAL);
      ck_err(sock2_tcp_congestion(s, buf, n), SOCK2_EINVAL);
      ck_err(sock2_dccp_available_ccids(s, ids, n), SOCK2_EINVAL);
      ck_assert(all_bytes(buf, FILL, sizeof(buf)));
      ck_assert(all_bytes(ids, FILL, sizeof(ids)));
      continue;
    }
    /* A size that could be real: the name and its NUL, nothing more. */
    if (t_emulator() != NULL) {
      t_skip(__func__, "the emulator does not pass these options through");
      break;
    }
    if (sock2_has(SOCK2_FEATURE_SO_BINDTODEVICE)) {
      ck_assert_int_eq(sock2_device(s, buf, n), 0);
      ck_assert_int_eq(buf[0], '\0');
      ck_assert(all_bytes(buf + 1, FILL, sizeof(buf) - 1));
    }
    if (sock2_has(SOCK2_FEATURE_TCP_CONGESTION)) {
      int len = sock2_tcp_congestion(s, buf, n);
      ck_assert_int_gt(len, 0);
      ck_assert_int_eq((int)strlen(buf), len);
      ck_assert(all_bytes(buf + len + 1, FILL, sizeof(buf) - (size_t)len - 1));
    }
  }
  ck_ok(sock2_close(s));
}
END_TEST

START_TEST(test_len_filter_count)
{
  /* One "accept everything" instruction, with counts that must not wrap. */
  static const sock2_sock_filter_t prog[1] = {
    SOCK2_SOCK_FILTER(0x06 /* BPF_RET | BPF_K */, 0, 0, 0xffffffffu)};
  sock2_socket_t a, b;
  sock2_addr_t baddr;
  char buf[8];
  size_t i;

  udp_pair(&a, &b, &baddr);
  for (i = 0; i < N_HUGE; i++) {
    size_t n = huge[i];
    if (n == 0)
      continue;
    /* Truncated to 16 bits, (size_t)UINT32_MAX + 1 would be 0. */
    ck_err(sock2_attach_filter(b, prog, n), SOCK2_EINVAL);
  }
  /* No filter was attached: detaching finds none (Linux: ENOENT). */
  if (t_emulator() != NULL)
    t_skip(__func__, "qemu-user does not pass SO_DETACH_FILTER through");
  else if (sock2_has(SOCK2_FEATURE_SO_ATTACH_FILTER))
    ck_err(sock2_detach_filter(b), SOCK2_ENOENT);
  ck_assert_int_eq(sock2_send(a, "x", 1), 1);
  ck_assert_int_eq(sock2_recv(b, buf, sizeof(buf)), 1);
  ck_ok(sock2_close(a));
  ck_ok(sock2_close(b));
}
END_TEST

/* ---- sendfile ------------------------------------------------------------ */

#ifndef _WIN32
START_TEST(test_len_sendfile)
{
  /*
   * len counts file bytes, not memory: any value is clamped to the
   * per-call maximum, so a huge one sends the whole (short) file.
   */
  char path[] = "/tmp/sock2-len-XXXXXX", data[100], got[128];
  sock2_socket_t sv[2];
  size_t i;
  int fd;

  memset(data, 'f', sizeof(data));
  fd = mkstemp(path);
  ck_assert_int_ge(fd, 0);
  unlink(path);
  ck_assert_int_eq((int)write(fd, data, sizeof(data)), (int)sizeof(data));
  ck_ok(sock2_socketpair(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_STREAM, 0, sv));
  for (i = 0; i < N_HUGE; i++) {
    size_t n = huge[i];
    sock2_ssize_t r;
    if (n == 0)
      continue;
    r = sock2_sendfile(sv[0], fd, 0, n);
    ck_assert_msg(r == (sock2_ssize_t)sizeof(data),
                  "sendfile of %zu bytes: %lld", n, (long long)r);
    ck_assert_int_eq(sock2_recv(sv[1], got, sizeof(got)), (int)sizeof(data));
    ck_assert_mem_eq(got, data, sizeof(data));
    /* At the end of the file: 0, whatever len says. */
    ck_assert_int_eq(sock2_sendfile(sv[0], fd, sizeof(data), n), 0);
  }
  ck_ok(sock2_close(sv[0]));
  ck_ok(sock2_close(sv[1]));
  close(fd);
}
END_TEST
#else
T_WINDOWS_SKIP_TEST(test_len_sendfile,
                    "needs mkstemp and a descriptor; the Windows path reads "
                    "at most 64 KiB whatever len says")
#endif

Suite *
sock2_test_lengths_suite(void)
{
  Suite *s = suite_create("lengths");
  TCase *ad = sock2_tcase("addresses");
  TCase *io = sock2_tcase("io");
  TCase *op = sock2_tcase("options");

  tcase_add_test(ad, test_len_addr_builders);
  tcase_add_test(ad, test_len_addr_getters);
  tcase_add_test(ad, test_len_addr_past_storage);
  tcase_add_test(ad, test_len_addr_storage_edge);
  suite_add_tcase(s, ad);

  tcase_add_test(io, test_len_send);
  tcase_add_test(io, test_len_send_vectored);
  tcase_add_test(io, test_len_msg_builders);
  tcase_add_test(io, test_len_sendmsg_control);
  tcase_add_test(io, test_len_recv);
  tcase_add_test(io, test_len_recv_vectored);
  tcase_add_test(io, test_len_sendfile);
  suite_add_tcase(s, io);

  tcase_add_test(op, test_len_option_buffers);
  tcase_add_test(op, test_len_filter_count);
  suite_add_tcase(s, op);
  return s;
}
