/* SPDX-License-Identifier: MIT */
/*
 * Names for constants (sock2/names.h). The tables are the backend's
 * (sock2__sys_const_name(): this OS's values); here, the formatting: a
 * name, or the decimal number of a value without one, and a type's
 * creation flags.
 */
#include "internal.h"

/* A bounded text under construction; len keeps counting past the end. */
typedef struct text {
  char b[SOCK2_NAME_STRLEN];
  size_t len;
} text_t;

static void
add(text_t *t, const char *s)
{
  for (; *s != '\0'; s++, t->len++)
    if (t->len < sizeof(t->b))
      t->b[t->len] = *s;
}

static void
add_num(text_t *t, long long v, int hex)
{
  char d[24];
  int n = 0;
  unsigned long long u;

  if (!hex && v < 0) {
    add(t, "-");
    u = 0ULL - (unsigned long long)v;
  } else {
    u = (unsigned long long)v;
  }
  if (hex)
    add(t, "0x");
  do {
    int x = (int)(u % (hex ? 16u : 10u));
    d[n++] = (char)(x < 10 ? '0' + x : 'a' + x - 10);
    u /= hex ? 16u : 10u;
  } while (u != 0);
  while (n > 0) {
    char c[2];
    c[0] = d[--n];
    c[1] = '\0';
    add(t, c);
  }
}

/* Copy the finished text to the caller's buffer (only if it fits). */
static int
finish(const text_t *t, char *buf, size_t size)
{
  if (buf == NULL || SOCK2__BAD_LEN(size))
    return SOCK2_EINVAL;
  if (t->len >= sizeof(t->b) || t->len >= size)
    return SOCK2_ENOBUFS;
  memcpy(buf, t->b, t->len);
  buf[t->len] = '\0';
  return (int)t->len;
}

static int
simple(int kind, int level, int value, char *buf, size_t size)
{
  text_t t;
  const char *name = sock2__sys_const_name(kind, level, value);

  t.len = 0;
  if (name != NULL)
    add(&t, name);
  else
    add_num(&t, value, 0);
  return finish(&t, buf, size);
}

int
sock2_domain_name(int domain, char *buf, size_t size)
{
  return simple(SOCK2__NAME_DOMAIN, 0, domain, buf, size);
}

int
sock2_protocol_name(int protocol, char *buf, size_t size)
{
  return simple(SOCK2__NAME_PROTOCOL, 0, protocol, buf, size);
}

int
sock2_level_name(int level, char *buf, size_t size)
{
  return simple(SOCK2__NAME_LEVEL, 0, level, buf, size);
}

int
sock2_option_name(int level, int name, char *buf, size_t size)
{
  return simple(SOCK2__NAME_OPTION, level, name, buf, size);
}

int
sock2_type_name(int type, char *buf, size_t size)
{
  const unsigned flags =
    (unsigned)SOCK2_TYPE_NONBLOCK | (unsigned)SOCK2_TYPE_CLOEXEC;
  unsigned u = (unsigned)type, rest;
  const char *name;
  text_t t;

  t.len = 0;
  /*
   * The base type: what is left without the creation flags (and, on
   * Linux, without the other high bits: SOCK_TYPE_MASK is 0xf there; a
   * value with other bits is shown as base|0x... below).
   */
  rest = u & ~flags;
  name = sock2__sys_const_name(SOCK2__NAME_TYPE, 0, (int)(rest & 0xffu));
  if (name != NULL) {
    add(&t, name);
    rest &= ~0xffu;
  } else {
    add_num(&t, (long long)(rest & 0xffu), 0);
    rest &= ~0xffu;
  }
  if (SOCK2_TYPE_NONBLOCK != 0 && (u & (unsigned)SOCK2_TYPE_NONBLOCK))
    add(&t, "|SOCK_NONBLOCK");
  if (SOCK2_TYPE_CLOEXEC != 0 && (u & (unsigned)SOCK2_TYPE_CLOEXEC))
    add(&t, "|SOCK_CLOEXEC");
  if (rest != 0) {
    add(&t, "|");
    add_num(&t, (long long)rest, 1);
  }
  return finish(&t, buf, size);
}
