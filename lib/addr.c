/* SPDX-License-Identifier: MIT */
/* Socket addresses: building, reading back, comparing, text both ways. */
#include "internal.h"

#define SUN_OFF offsetof(struct sockaddr_un, sun_path)
#define FAMILY_END                                                            \
  (offsetof(struct sockaddr, sa_family) +                                     \
   sizeof(((struct sockaddr *)0)->sa_family))

/*
 * sock2_addr_t's layout is fixed (doc/design.md, "ABI rules"): storage,
 * then len, then, where SOCK2_ADDR_HAS_RESERVED says so, the named tail
 * padding. Naming it changed neither the size nor an offset, and no
 * unnamed padding is left: the build fails on a platform where the
 * header's guess of the padding is wrong.
 */
struct sock2_addr_unnamed_layout {
  struct sockaddr_storage storage;
  sock2_socklen_t len;
};
#if SOCK2_ADDR_HAS_RESERVED
# define ADDR_NAMED_END                                                       \
  (offsetof(sock2_addr_t, reserved) + sizeof(((sock2_addr_t *)0)->reserved))
#else
# define ADDR_NAMED_END                                                       \
  (offsetof(sock2_addr_t, len) + sizeof(((sock2_addr_t *)0)->len))
#endif
typedef char sock2__addr_layout_is_fixed[
  (sizeof(sock2_addr_t) == sizeof(struct sock2_addr_unnamed_layout) &&
   offsetof(sock2_addr_t, storage) == 0 &&
   offsetof(sock2_addr_t, len) ==
     offsetof(struct sock2_addr_unnamed_layout, len) &&
   sizeof(sock2_addr_t) == ADDR_NAMED_END)
    ? 1
    : -1];

/* Views of the storage. */
#define SA(a) ((struct sockaddr *)&(a)->storage)
#define CSA(a) ((const struct sockaddr *)&(a)->storage)
#define SIN(a) ((struct sockaddr_in *)&(a)->storage)
#define CSIN(a) ((const struct sockaddr_in *)&(a)->storage)
#define SIN6(a) ((struct sockaddr_in6 *)&(a)->storage)
#define CSIN6(a) ((const struct sockaddr_in6 *)&(a)->storage)
#define SUN(a) ((struct sockaddr_un *)&(a)->storage)
#define CSUN(a) ((const struct sockaddr_un *)&(a)->storage)
#define CSVM(a) ((const sock2__sockaddr_vm *)&(a)->storage)

/*
 * The family: 0 (unset) when the length does not cover the field,
 * SOCK2_EINVAL when it exceeds the storage. No function reads past the
 * storage whatever len says; such an address is refused by every function
 * that takes one (and equals nothing). The cast to size_t also catches a
 * negative length on Windows, where sock2_socklen_t is an int.
 */
static int
family_of(const sock2_addr_t *a)
{
  size_t len = (size_t)a->len;

  if (len < FAMILY_END)
    return SOCK2_DOMAIN_UNSPEC;
  if (len > sizeof(a->storage))
    return SOCK2_EINVAL;
  return CSA(a)->sa_family;
}

/* What an accessor returns for a family it does not serve. */
#define WRONG_FAMILY(fam) ((fam) < 0 ? SOCK2_EINVAL : SOCK2_EAFNOSUPPORT)

/* ---- Building ------------------------------------------------------------ */

int
sock2_addr_init(sock2_addr_t *addr)
{
  if (addr == NULL)
    return SOCK2_EINVAL;
  memset(addr, 0, sizeof(*addr));
  addr->len = (sock2_socklen_t)sizeof(addr->storage);
  return 0;
}

int
sock2_addr_ipv4(sock2_addr_t *addr, const uint8_t ip[4], uint16_t port)
{
  sock2_addr_t a;

  if (addr == NULL || ip == NULL)
    return SOCK2_EINVAL;
  memset(&a, 0, sizeof(a));
  SIN(&a)->sin_family = AF_INET;
  SIN(&a)->sin_port = htons(port);
  memcpy(&SIN(&a)->sin_addr, ip, 4);
  a.len = (sock2_socklen_t)sizeof(struct sockaddr_in);
  SOCK2__SET_SA_LEN(SA(&a), a.len);
  *addr = a;
  return 0;
}

int
sock2_addr_ipv6(sock2_addr_t *addr, const uint8_t ip[16], uint16_t port,
                uint32_t flowinfo, uint32_t scope_id)
{
  sock2_addr_t a;

  if (addr == NULL || ip == NULL)
    return SOCK2_EINVAL;
  if (scope_id != 0 && !SOCK2__HAVE_SCOPE_ID)
    return SOCK2_ENOTSUP;
  memset(&a, 0, sizeof(a));
  SIN6(&a)->sin6_family = AF_INET6;
  SIN6(&a)->sin6_port = htons(port);
  SIN6(&a)->sin6_flowinfo = flowinfo;
  memcpy(&SIN6(&a)->sin6_addr, ip, 16);
  SOCK2__SIN6_SCOPE_SET(SIN6(&a), scope_id);
  a.len = (sock2_socklen_t)sizeof(struct sockaddr_in6);
  SOCK2__SET_SA_LEN(SA(&a), a.len);
  *addr = a;
  return 0;
}

int
sock2_addr_from_raw(sock2_addr_t *addr, const struct sockaddr *sa, size_t len)
{
  sock2_addr_t a;
  size_t min = FAMILY_END;
  int fam;

  if (addr == NULL || sa == NULL)
    return SOCK2_EINVAL;
  if (len < FAMILY_END || len > sizeof(a.storage))
    return SOCK2_EINVAL;
  /* An int, so comparing with a -1 sentinel is a plain comparison. */
  fam = sa->sa_family;
  if (fam == AF_INET)
    min = sizeof(struct sockaddr_in);
  else if (fam == AF_INET6)
    min = sizeof(struct sockaddr_in6);
  else if (SOCK2__HAVE_VSOCK && fam == SOCK2__AF_VSOCK)
    min = sizeof(sock2__sockaddr_vm);
  /*
   * A unix address may be longer than struct sockaddr_un: Linux reports a
   * path that fills sun_path with the NUL after it counted (111 bytes).
   * Bytes past sun_path are not part of the address (see unix_kind()).
   */
  if (len < min)
    return SOCK2_EINVAL;
  memset(&a, 0, sizeof(a));
  memcpy(&a.storage, sa, len);
  a.len = (sock2_socklen_t)len;
  *addr = a;
  return 0;
}

/*
 * Build a unix address from n raw sun_path bytes (abstract if bytes[0] is
 * 0), n at most max. A pathname's length counts its NUL when it fits in
 * sun_path; a path that fills sun_path has none (the kernel accepts that
 * on Linux and the BSDs); an abstract name never has one.
 */
static int
unix_from_bytes(sock2_addr_t *addr, const void *bytes, size_t n, size_t max,
                int abstract)
{
  sock2_addr_t a;

  if (!SOCK2__HAVE_UNIX)
    return SOCK2_ENOTSUP;
  if (n > max)
    return SOCK2_ENAMETOOLONG;
  memset(&a, 0, sizeof(a));
  SUN(&a)->sun_family = SOCK2_DOMAIN_UNIX;
  if (n > 0)
    memcpy(SUN(&a)->sun_path, bytes, n);
  a.len = (sock2_socklen_t)(SUN_OFF + n +
                            (abstract || n == 0 || n == SOCK2__SUN_PATH_SIZE
                               ? 0
                               : 1));
  SOCK2__SET_SA_LEN(SA(&a), a.len);
  *addr = a;
  return 0;
}

int
sock2_addr_unix(sock2_addr_t *addr, const char *path)
{
  if (addr == NULL || path == NULL)
    return SOCK2_EINVAL;
  /* A C string keeps room for its NUL, as socket2 requires. */
  return unix_from_bytes(addr, path, strlen(path), SOCK2__SUN_PATH_SIZE - 1,
                         0);
}

int
sock2_addr_abstract(sock2_addr_t *addr, const void *name, size_t len)
{
  unsigned char buf[sizeof(((struct sockaddr_un *)0)->sun_path)];

  if (addr == NULL || (name == NULL && len > 0) || SOCK2__BAD_LEN(len))
    return SOCK2_EINVAL;
  if (!SOCK2__HAVE_ABSTRACT)
    return SOCK2_ENOTSUP;
  /* Compare without adding: len + 1 wraps for SIZE_MAX. */
  if (len > sizeof(buf) - 1)
    return SOCK2_ENAMETOOLONG;
  buf[0] = 0;
  if (len > 0)
    memcpy(buf + 1, name, len);
  return unix_from_bytes(addr, buf, len + 1, sizeof(buf), 1);
}

int
sock2_addr_vsock(sock2_addr_t *addr, uint32_t cid, uint32_t port)
{
  sock2_addr_t a;
  sock2__sockaddr_vm *v;

  if (addr == NULL)
    return SOCK2_EINVAL;
  if (!SOCK2__HAVE_VSOCK)
    return SOCK2_ENOTSUP;
  memset(&a, 0, sizeof(a));
  v = (sock2__sockaddr_vm *)&a.storage;
  v->svm_family = (unsigned short)SOCK2__AF_VSOCK;
  v->svm_cid = cid;
  v->svm_port = port;
  a.len = (sock2_socklen_t)sizeof(*v);
  *addr = a;
  return 0;
}

/* ---- Reading back ---------------------------------------------------------- */

int
sock2_addr_family(const sock2_addr_t *addr)
{
  return addr == NULL ? SOCK2_EINVAL : family_of(addr);
}

int
sock2_addr_domain(const sock2_addr_t *addr)
{
  return sock2_addr_family(addr);
}

int
sock2_addr_len(const sock2_addr_t *addr)
{
  if (addr == NULL || (size_t)addr->len > sizeof(addr->storage))
    return SOCK2_EINVAL;
  return (int)addr->len;
}

int
sock2_addr_is_ipv4(const sock2_addr_t *addr)
{
  return addr != NULL && family_of(addr) == AF_INET;
}

int
sock2_addr_is_ipv6(const sock2_addr_t *addr)
{
  return addr != NULL && family_of(addr) == AF_INET6;
}

int
sock2_addr_is_unix(const sock2_addr_t *addr)
{
  return addr != NULL && SOCK2__HAVE_UNIX &&
         family_of(addr) == SOCK2_DOMAIN_UNIX;
}

/* Kinds of unix address. */
enum { UNIX_UNNAMED, UNIX_PATH, UNIX_ABSTRACT };

/* Classify a unix address; *n is the path or name length. */
static int
unix_kind(const sock2_addr_t *a, size_t *n)
{
  size_t len = (size_t)a->len, room;
  const char *p = CSUN(a)->sun_path;

  if (len > sizeof(struct sockaddr_un))
    len = sizeof(struct sockaddr_un);
  if (len <= SUN_OFF) {
    *n = 0;
    return UNIX_UNNAMED;
  }
  room = len - SUN_OFF;
  if (p[0] == '\0') {
    if (SOCK2__HAVE_ABSTRACT) {
      *n = room - 1;
      return UNIX_ABSTRACT;
    }
    *n = 0;
    return UNIX_UNNAMED;
  }
  /* A pathname ends at its NUL or at the length, whichever comes first. */
  *n = 0;
  while (*n < room && p[*n] != '\0')
    (*n)++;
  return UNIX_PATH;
}

int
sock2_addr_is_unnamed(const sock2_addr_t *addr)
{
  size_t n;

  if (!sock2_addr_is_unix(addr))
    return 0;
  return unix_kind(addr, &n) == UNIX_UNNAMED;
}

int
sock2_addr_port(const sock2_addr_t *addr)
{
  if (addr == NULL)
    return SOCK2_EINVAL;
  switch (family_of(addr)) {
  case AF_INET:
    return ntohs(CSIN(addr)->sin_port);
  case AF_INET6:
    return ntohs(CSIN6(addr)->sin6_port);
  default:
    return WRONG_FAMILY(family_of(addr));
  }
}

int
sock2_addr_set_port(sock2_addr_t *addr, uint16_t port)
{
  if (addr == NULL)
    return SOCK2_EINVAL;
  switch (family_of(addr)) {
  case AF_INET:
    SIN(addr)->sin_port = htons(port);
    return 0;
  case AF_INET6:
    SIN6(addr)->sin6_port = htons(port);
    return 0;
  default:
    return WRONG_FAMILY(family_of(addr));
  }
}

int
sock2_addr_ip(const sock2_addr_t *addr, uint8_t *out, size_t size)
{
  if (addr == NULL || out == NULL || SOCK2__BAD_LEN(size))
    return SOCK2_EINVAL;
  switch (family_of(addr)) {
  case AF_INET:
    if (size < 4)
      return SOCK2_ENOBUFS;
    memcpy(out, &CSIN(addr)->sin_addr, 4);
    return 4;
  case AF_INET6:
    if (size < 16)
      return SOCK2_ENOBUFS;
    memcpy(out, &CSIN6(addr)->sin6_addr, 16);
    return 16;
  default:
    return WRONG_FAMILY(family_of(addr));
  }
}

int
sock2_addr_flowinfo(const sock2_addr_t *addr, uint32_t *flowinfo)
{
  if (addr == NULL || flowinfo == NULL)
    return SOCK2_EINVAL;
  if (family_of(addr) != AF_INET6)
    return WRONG_FAMILY(family_of(addr));
  *flowinfo = (uint32_t)CSIN6(addr)->sin6_flowinfo;
  return 0;
}

int
sock2_addr_scope_id(const sock2_addr_t *addr, uint32_t *scope_id)
{
  if (addr == NULL || scope_id == NULL)
    return SOCK2_EINVAL;
  if (family_of(addr) != AF_INET6)
    return WRONG_FAMILY(family_of(addr));
  *scope_id = SOCK2__SIN6_SCOPE_GET(CSIN6(addr));
  return 0;
}

int
sock2_addr_path(const sock2_addr_t *addr, char *buf, size_t size)
{
  size_t n;

  if (addr == NULL || buf == NULL || SOCK2__BAD_LEN(size))
    return SOCK2_EINVAL;
  if (!sock2_addr_is_unix(addr))
    return WRONG_FAMILY(family_of(addr));
  if (unix_kind(addr, &n) != UNIX_PATH)
    return SOCK2_EINVAL;
  if (size < n + 1)
    return SOCK2_ENOBUFS;
  memcpy(buf, CSUN(addr)->sun_path, n);
  buf[n] = '\0';
  return (int)n;
}

int
sock2_addr_abstract_name(const sock2_addr_t *addr, void *buf, size_t size)
{
  size_t n;

  if (addr == NULL || buf == NULL || SOCK2__BAD_LEN(size))
    return SOCK2_EINVAL;
  if (!sock2_addr_is_unix(addr))
    return WRONG_FAMILY(family_of(addr));
  if (unix_kind(addr, &n) != UNIX_ABSTRACT)
    return SOCK2_EINVAL;
  if (size < n)
    return SOCK2_ENOBUFS;
  if (n > 0)
    memcpy(buf, CSUN(addr)->sun_path + 1, n);
  return (int)n;
}

int
sock2_addr_vsock_cid_port(const sock2_addr_t *addr, uint32_t *cid,
                          uint32_t *port)
{
  if (addr == NULL || cid == NULL || port == NULL)
    return SOCK2_EINVAL;
  if (!SOCK2__HAVE_VSOCK || family_of(addr) != SOCK2__AF_VSOCK ||
      (size_t)addr->len < sizeof(sock2__sockaddr_vm))
    return WRONG_FAMILY(family_of(addr));
  *cid = CSVM(addr)->svm_cid;
  *port = CSVM(addr)->svm_port;
  return 0;
}

/* ---- Equality ---------------------------------------------------------------- */

int
sock2_addr_equal(const sock2_addr_t *a, const sock2_addr_t *b)
{
  int fam;

  if (a == NULL || b == NULL)
    return a == b;
  fam = family_of(a);
  /* An address whose length exceeds its storage equals nothing. */
  if (fam < 0 || fam != family_of(b))
    return 0;
  if (fam == AF_INET)
    return CSIN(a)->sin_port == CSIN(b)->sin_port &&
           memcmp(&CSIN(a)->sin_addr, &CSIN(b)->sin_addr, 4) == 0;
  if (fam == AF_INET6)
    return CSIN6(a)->sin6_port == CSIN6(b)->sin6_port &&
           CSIN6(a)->sin6_flowinfo == CSIN6(b)->sin6_flowinfo &&
           SOCK2__SIN6_SCOPE_GET(CSIN6(a)) ==
               SOCK2__SIN6_SCOPE_GET(CSIN6(b)) &&
           memcmp(&CSIN6(a)->sin6_addr, &CSIN6(b)->sin6_addr, 16) == 0;
  if (SOCK2__HAVE_UNIX && fam == SOCK2_DOMAIN_UNIX) {
    size_t na, nb;
    int ka = unix_kind(a, &na), kb = unix_kind(b, &nb);
    if (ka != kb || na != nb)
      return 0;
    if (ka == UNIX_ABSTRACT)
      return memcmp(CSUN(a)->sun_path + 1, CSUN(b)->sun_path + 1, na) == 0;
    return memcmp(CSUN(a)->sun_path, CSUN(b)->sun_path, na) == 0;
  }
  if (SOCK2__HAVE_VSOCK && fam == SOCK2__AF_VSOCK)
    return CSVM(a)->svm_cid == CSVM(b)->svm_cid &&
           CSVM(a)->svm_port == CSVM(b)->svm_port;
  /* Never past the storage, whatever len says. */
  return a->len == b->len &&
         memcmp(&a->storage, &b->storage,
                (size_t)a->len < sizeof(a->storage) ? (size_t)a->len
                                                    : sizeof(a->storage))
             == 0;
}

/* ---- Text: low-level pieces ------------------------------------------------ */

/*
 * Parse a decimal number of 1..maxdigits digits without leading zeros
 * (except "0" itself) and at most max. Advances *p. Returns 0 or -1.
 */
static int
parse_dec(const char **p, unsigned long max, int maxdigits,
          unsigned long *out)
{
  const char *s = *p;
  unsigned long v = 0;
  int n = 0;

  while (*s >= '0' && *s <= '9') {
    if (n == maxdigits)
      return -1;
    if (n == 1 && v == 0)
      return -1; /* leading zero */
    /*
     * Test before multiplying: unsigned long is 32 bits on Windows, where
     * v * 10 could wrap and pass a later v > max test.
     */
    if (v > (max - (unsigned long)(*s - '0')) / 10)
      return -1;
    v = v * 10 + (unsigned long)(*s - '0');
    s++;
    n++;
  }
  if (n == 0)
    return -1;
  *p = s;
  *out = v;
  return 0;
}

/* Dotted-quad IPv4; advances *p past it. */
static int
parse_ipv4(const char **p, uint8_t out[4])
{
  const char *s = *p;
  unsigned long v;
  int i;

  for (i = 0; i < 4; i++) {
    if (i > 0) {
      if (*s != '.')
        return -1;
      s++;
    }
    if (parse_dec(&s, 255, 3, &v) != 0)
      return -1;
    out[i] = (uint8_t)v;
  }
  *p = s;
  return 0;
}

static int
hexval(int c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/*
 * IPv6 text (RFC 4291 section 2.2, with an optional trailing dotted quad);
 * stops at the first character that cannot continue it.
 */
static int
parse_ipv6(const char **p, uint8_t out[16])
{
  const char *s = *p;
  uint16_t groups[8];
  int n = 0, gap = -1, i;

  if (s[0] == ':') {
    if (s[1] != ':')
      return -1;
    gap = 0;
    s += 2;
  }
  while (n < 8) {
    const char *start = s;
    unsigned v = 0;
    int digits = 0;

    while (hexval((unsigned char)*s) >= 0 && digits < 5) {
      v = v * 16 + (unsigned)hexval((unsigned char)*s);
      s++;
      digits++;
    }
    if (digits == 0)
      break;
    if (*s == '.') {
      /* An embedded IPv4 address takes the last two groups. */
      uint8_t v4[4];
      s = start;
      if (n > 6 || parse_ipv4(&s, v4) != 0)
        return -1;
      groups[n++] = (uint16_t)(v4[0] << 8 | v4[1]);
      groups[n++] = (uint16_t)(v4[2] << 8 | v4[3]);
      break;
    }
    if (digits > 4)
      return -1;
    groups[n++] = (uint16_t)v;
    if (*s != ':')
      break;
    if (s[1] == ':') {
      if (gap >= 0)
        return -1;
      gap = n;
      s += 2;
    } else {
      if (n == 8)
        return -1; /* a trailing single colon */
      s++;
      if (hexval((unsigned char)*s) < 0)
        return -1;
    }
  }
  if (gap < 0 ? n != 8 : n > 7)
    return -1;
  memset(out, 0, 16);
  if (gap < 0)
    gap = n;
  for (i = 0; i < gap; i++) {
    out[2 * i] = (uint8_t)(groups[i] >> 8);
    out[2 * i + 1] = (uint8_t)groups[i];
  }
  for (i = gap; i < n; i++) {
    int j = 8 - (n - i);
    out[2 * j] = (uint8_t)(groups[i] >> 8);
    out[2 * j + 1] = (uint8_t)groups[i];
  }
  *p = s;
  return 0;
}

/* ":PORT" to the end of the string. */
static int
parse_port_end(const char *s, uint16_t *port)
{
  unsigned long v;

  if (*s != ':')
    return -1;
  s++;
  if (parse_dec(&s, 65535, 5, &v) != 0 || *s != '\0')
    return -1;
  *port = (uint16_t)v;
  return 0;
}

/* Undo the \\ and \xHH escapes. Returns the length or -1. */
static long
unescape(const char *s, unsigned char *out, size_t cap)
{
  size_t n = 0;

  while (*s != '\0') {
    int c = (unsigned char)*s++;
    if (c == '\\') {
      if (*s == '\\') {
        s++;
      } else if (*s == 'x' && hexval((unsigned char)s[1]) >= 0 &&
                 hexval((unsigned char)s[2]) >= 0) {
        c = hexval((unsigned char)s[1]) * 16 + hexval((unsigned char)s[2]);
        s += 3;
      } else {
        return -1;
      }
    }
    if (n == cap)
      return (long)cap + 1; /* too long: the caller reports it */
    out[n++] = (unsigned char)c;
  }
  return (long)n;
}

/* ---- Text: parsing --------------------------------------------------------- */

static int
parse_unix_text(sock2_addr_t *addr, const char *s, int abstract)
{
  unsigned char buf[sizeof(((struct sockaddr_un *)0)->sun_path) + 1];
  long n;

  if (!SOCK2__HAVE_UNIX)
    return SOCK2_ENOTSUP;
  if (abstract && !SOCK2__HAVE_ABSTRACT)
    return SOCK2_ENOTSUP;
  n = unescape(s, buf, sizeof(buf));
  if (n < 0)
    return SOCK2_EINVAL;
  if (abstract)
    return sock2_addr_abstract(addr, buf, (size_t)n);
  /*
   * Up to a path that fills sun_path (no NUL): what the kernel reports
   * for such a socket formats to text that must parse back.
   */
  if ((size_t)n > SOCK2__SUN_PATH_SIZE)
    return SOCK2_ENAMETOOLONG;
  if (memchr(buf, 0, (size_t)n) != NULL)
    return SOCK2_EINVAL; /* a pathname cannot hold a NUL */
  return unix_from_bytes(addr, buf, (size_t)n, SOCK2__SUN_PATH_SIZE, 0);
}

static int
parse_vsock_text(sock2_addr_t *addr, const char *s)
{
  unsigned long cid, port;

  if (parse_dec(&s, 0xffffffffUL, 10, &cid) != 0 || *s++ != ':' ||
      parse_dec(&s, 0xffffffffUL, 10, &port) != 0 || *s != '\0')
    return SOCK2_EINVAL;
  return sock2_addr_vsock(addr, (uint32_t)cid, (uint32_t)port);
}

static int
parse_ipv6_text(sock2_addr_t *addr, const char *s)
{
  uint8_t ip[16];
  uint32_t scope = 0;
  uint16_t port;
  int err;

  s++; /* '[' */
  if (parse_ipv6(&s, ip) != 0)
    return SOCK2_EINVAL;
  if (*s == '%') {
    const char *z = ++s, *end = strchr(z, ']');
    char name[64];
    unsigned long v;
    if (end == NULL || end == z || (size_t)(end - z) >= sizeof(name))
      return SOCK2_EINVAL;
    if (z[0] >= '0' && z[0] <= '9') {
      if (parse_dec(&s, 0xffffffffUL, 10, &v) != 0 || s != end)
        return SOCK2_EINVAL;
      scope = (uint32_t)v;
    } else {
      memcpy(name, z, (size_t)(end - z));
      name[end - z] = '\0';
      if (parse_port_end(end + 1, &port) != 0)
        return SOCK2_EINVAL; /* check the rest before any lookup */
      err = sock2__sys_if_nametoindex(name, &scope);
      if (err != 0)
        return err;
    }
    s = end;
  }
  if (*s != ']' || parse_port_end(s + 1, &port) != 0)
    return SOCK2_EINVAL;
  return sock2_addr_ipv6(addr, ip, port, 0, scope);
}

int
sock2_addr_parse(sock2_addr_t *addr, const char *text)
{
  if (addr == NULL || text == NULL)
    return SOCK2_EINVAL;
  switch (text[0]) {
  case '[':
    return parse_ipv6_text(addr, text);
  case '@':
    return parse_unix_text(addr, text + 1, 1);
  case '/':
  case '.':
    return parse_unix_text(addr, text, 0);
  default:
    break;
  }
  if (strncmp(text, "unix:", 5) == 0)
    return parse_unix_text(addr, text + 5, 0);
  if (strncmp(text, "vsock:", 6) == 0)
    return parse_vsock_text(addr, text + 6);
  {
    uint8_t ip[4];
    uint16_t port;
    const char *s = text;
    if (parse_ipv4(&s, ip) != 0 || parse_port_end(s, &port) != 0)
      return SOCK2_EINVAL;
    return sock2_addr_ipv4(addr, ip, port);
  }
}

/* ---- Text: formatting ------------------------------------------------------ */

/* A bounded writer: keeps counting past the end so the caller can tell. */
struct out {
  char *buf;
  size_t cap, n;
};

static void
put(struct out *o, const char *s, size_t n)
{
  size_t i;
  for (i = 0; i < n; i++, o->n++)
    if (o->n < o->cap)
      o->buf[o->n] = s[i];
}

static void
puts_(struct out *o, const char *s)
{
  put(o, s, strlen(s));
}

static void
put_dec(struct out *o, unsigned long v)
{
  char tmp[24];
  int i = (int)sizeof(tmp);
  do {
    tmp[--i] = (char)('0' + v % 10);
    v /= 10;
  } while (v != 0);
  put(o, tmp + i, sizeof(tmp) - (size_t)i);
}

static void
put_ipv4(struct out *o, const uint8_t *ip)
{
  int i;
  for (i = 0; i < 4; i++) {
    if (i > 0)
      put(o, ".", 1);
    put_dec(o, ip[i]);
  }
}

/* RFC 5952: lowercase, no leading zeros, longest zero run (>= 2) as "::". */
static void
put_ipv6(struct out *o, const uint8_t *ip)
{
  static const char hex[] = "0123456789abcdef";
  static const uint8_t mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
  unsigned g[8];
  int i, best = -1, bestlen = 1, run = 0;

  if (memcmp(ip, mapped, 12) == 0) {
    puts_(o, "::ffff:");
    put_ipv4(o, ip + 12);
    return;
  }
  for (i = 0; i < 8; i++)
    g[i] = (unsigned)ip[2 * i] << 8 | ip[2 * i + 1];
  for (i = 0; i < 8; i++) {
    run = g[i] == 0 ? run + 1 : 0;
    if (run > bestlen) {
      bestlen = run;
      best = i - run + 1;
    }
  }
  for (i = 0; i < 8; i++) {
    if (i == best) {
      put(o, "::", 2);
      i += bestlen - 1;
      continue;
    }
    if (i > 0 && i != best + bestlen)
      put(o, ":", 1);
    {
      char tmp[4];
      int k = 4, shift;
      for (shift = 12; shift > 0 && ((g[i] >> shift) & 0xf) == 0; shift -= 4)
        ;
      for (k = 0; shift >= 0; shift -= 4)
        tmp[k++] = hex[(g[i] >> shift) & 0xf];
      put(o, tmp, (size_t)k);
    }
  }
}

static void
put_escaped(struct out *o, const unsigned char *s, size_t n)
{
  static const char hex[] = "0123456789abcdef";
  size_t i;

  for (i = 0; i < n; i++) {
    unsigned char c = s[i];
    if (c == '\\') {
      put(o, "\\\\", 2);
    } else if (c >= 0x20 && c < 0x7f) {
      put(o, (const char *)&c, 1);
    } else {
      char e[4] = {'\\', 'x', hex[c >> 4], hex[c & 0xf]};
      put(o, e, 4);
    }
  }
}

int
sock2_addr_format(const sock2_addr_t *addr, char *buf, size_t size)
{
  char tmp[SOCK2_ADDR_STRLEN];
  struct out o;
  int fam;

  if (addr == NULL || buf == NULL || SOCK2__BAD_LEN(size))
    return SOCK2_EINVAL;
  o.buf = tmp;
  o.cap = sizeof(tmp);
  o.n = 0;
  fam = family_of(addr);
  if (fam < 0)
    return SOCK2_EINVAL;
  if (fam == AF_INET) {
    if ((size_t)addr->len < sizeof(struct sockaddr_in))
      return SOCK2_EINVAL;
    put_ipv4(&o, (const uint8_t *)&CSIN(addr)->sin_addr);
    put(&o, ":", 1);
    put_dec(&o, ntohs(CSIN(addr)->sin_port));
  } else if (fam == AF_INET6) {
    uint32_t scope = SOCK2__SIN6_SCOPE_GET(CSIN6(addr));
    if ((size_t)addr->len < sizeof(struct sockaddr_in6))
      return SOCK2_EINVAL;
    put(&o, "[", 1);
    put_ipv6(&o, (const uint8_t *)&CSIN6(addr)->sin6_addr);
    if (scope != 0) {
      put(&o, "%", 1);
      put_dec(&o, scope);
    }
    put(&o, "]:", 2);
    put_dec(&o, ntohs(CSIN6(addr)->sin6_port));
  } else if (SOCK2__HAVE_UNIX && fam == SOCK2_DOMAIN_UNIX) {
    size_t n;
    const unsigned char *p = (const unsigned char *)CSUN(addr)->sun_path;
    switch (unix_kind(addr, &n)) {
    case UNIX_UNNAMED:
      puts_(&o, "unix:");
      break;
    case UNIX_ABSTRACT:
      put(&o, "@", 1);
      put_escaped(&o, p + 1, n);
      break;
    default:
      if (p[0] != '/' && p[0] != '.')
        puts_(&o, "unix:");
      put_escaped(&o, p, n);
      break;
    }
  } else if (SOCK2__HAVE_VSOCK && fam == SOCK2__AF_VSOCK) {
    if ((size_t)addr->len < sizeof(sock2__sockaddr_vm))
      return SOCK2_EINVAL;
    puts_(&o, "vsock:");
    put_dec(&o, CSVM(addr)->svm_cid);
    put(&o, ":", 1);
    put_dec(&o, CSVM(addr)->svm_port);
  } else {
    return SOCK2_EAFNOSUPPORT;
  }
  if (o.n >= size)
    return SOCK2_ENOBUFS;
  memcpy(buf, tmp, o.n);
  buf[o.n] = '\0';
  return (int)o.n;
}

/* ---- Lengths handed to the kernel ------------------------------------- */

int
sock2__addr_len_long(const sock2_addr_t *addr)
{
  if ((size_t)addr->len > sizeof(addr->storage))
    return SOCK2_EINVAL;
  /*
   * Linux reports a path that fills sun_path with length
   * sizeof(struct sockaddr_un) + 1 (the NUL after sun_path counted) and
   * refuses that length back with EINVAL; the bytes past sun_path are not
   * part of the address, so they are left out.
   */
  if (SOCK2__HAVE_UNIX && family_of(addr) == SOCK2_DOMAIN_UNIX)
    return (int)sizeof(struct sockaddr_un);
  return (int)addr->len;
}

/* ---- Text: an IP address without a port (sock2_addr_parse_ip) ----------- */

int
sock2_addr_parse_ip(sock2_addr_t *addr, const char *text, uint16_t port)
{
  uint8_t ip[16];
  uint32_t scope = 0;
  const char *s = text;
  int err;

  if (addr == NULL || text == NULL)
    return SOCK2_EINVAL;
  if (parse_ipv4(&s, ip) == 0 && *s == '\0')
    return sock2_addr_ipv4(addr, ip, port);
  s = text;
  if (parse_ipv6(&s, ip) != 0)
    return SOCK2_EINVAL;
  if (*s == '%') {
    const char *z = ++s;
    size_t zl = strlen(z);
    unsigned long v;
    if (zl == 0 || zl >= 64)
      return SOCK2_EINVAL;
    if (z[0] >= '0' && z[0] <= '9') {
      if (parse_dec(&s, 0xffffffffUL, 10, &v) != 0 || *s != '\0')
        return SOCK2_EINVAL;
      scope = (uint32_t)v;
    } else {
      err = sock2__sys_if_nametoindex(z, &scope);
      if (err != 0)
        return err;
    }
  } else if (*s != '\0') {
    return SOCK2_EINVAL;
  }
  return sock2_addr_ipv6(addr, ip, port, 0, scope);
}
