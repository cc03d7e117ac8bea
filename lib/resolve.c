/* SPDX-License-Identifier: MIT */
/*
 * Name resolution (sock2/resolve.h): argument checks, the numeric fast
 * path that needs no lookup, and the caller's array. The lookups
 * themselves are the backend's (sock2__sys_getaddrinfo(),
 * sock2__sys_getnameinfo()).
 */
#include "internal.h"

#define KNOWN_FLAGS                                                           \
  (SOCK2_RESOLVE_PASSIVE | SOCK2_RESOLVE_NUMERIC_HOST |                       \
   SOCK2_RESOLVE_NUMERIC_SERVICE | SOCK2_RESOLVE_ADDRCONFIG)
#define KNOWN_NI_FLAGS                                                        \
  (SOCK2_NAMEINFO_NUMERIC_HOST | SOCK2_NAMEINFO_NUMERIC_SERVICE |             \
   SOCK2_NAMEINFO_NAME_REQUIRED | SOCK2_NAMEINFO_DGRAM |                      \
   SOCK2_NAMEINFO_NO_FQDN)

void
sock2__resolve_add(sock2__resolve_out_t *o, const struct sockaddr *sa,
                   size_t len)
{
  if (sa->sa_family != AF_INET && sa->sa_family != AF_INET6)
    return;
  if (o->n < o->cap && sock2_addr_from_raw(&o->out[o->n], sa, len) != 0)
    return; /* a length the resolver got wrong: not an address */
  o->n++;
}

/*
 * A port number in decimal digits only (leading zeros allowed): 1 with
 * *port set, 0 for a service that is not all digits, -1 for digits above
 * 65535 (glibc's getaddrinfo would wrap them).
 */
static int
numeric_port(const char *s, uint16_t *port)
{
  unsigned long v = 0;

  if (s == NULL) {
    *port = 0;
    return 1;
  }
  if (*s == '\0')
    return 0;
  for (; *s != '\0'; s++) {
    if (*s < '0' || *s > '9')
      return 0;
    if (v <= 65535)
      v = v * 10 + (unsigned long)(*s - '0');
  }
  if (v > 65535)
    return -1;
  *port = (uint16_t)v;
  return 1;
}

int
sock2_resolve(const char *host, const char *service,
              const sock2_resolve_hints_t *hints, sock2_addr_t *out,
              size_t cap, size_t *total)
{
  sock2_resolve_hints_t h = SOCK2_RESOLVE_HINTS_INIT;
  sock2__resolve_out_t o;
  uint16_t port;
  int err;

  if (out == NULL || (host == NULL && service == NULL) || SOCK2__BAD_LEN(cap))
    return SOCK2_EINVAL;
  if (hints != NULL) {
    if (!sock2__growable_ok(hints, hints->size, SOCK2_RESOLVE_HINTS_SIZE_MIN,
                            sizeof(h), sizeof(uint32_t),
                            offsetof(sock2_resolve_hints_t, reserved)))
      return SOCK2_EINVAL;
    memcpy(&h, hints, hints->size);
  }
  if (h.flags & ~KNOWN_FLAGS)
    return SOCK2_EAI_BADFLAGS;
  if (h.family != 0 && h.family != SOCK2_DOMAIN_IPV4 &&
      h.family != SOCK2_DOMAIN_IPV6)
    return SOCK2_EAI_FAMILY;
  if (numeric_port(service, &port) < 0)
    return SOCK2_EAI_SERVICE;
  if (cap > (size_t)PTRDIFF_MAX / sizeof(*out))
    cap = (size_t)PTRDIFF_MAX / sizeof(*out); /* no array is longer */

  /*
   * Numeric host and service: parsed here, no system call (beyond the
   * interface lookup of a named scope). ADDRCONFIG asks about the host's
   * interfaces, and an unusual type or protocol is for the resolver to
   * judge: those go to getaddrinfo.
   */
  if (host != NULL && !(h.flags & SOCK2_RESOLVE_ADDRCONFIG) &&
      h.protocol == 0 &&
      (h.type == 0 || h.type == SOCK2_TYPE_STREAM ||
       h.type == SOCK2_TYPE_DGRAM) &&
      numeric_port(service, &port) == 1) {
    sock2_addr_t a;
    err = sock2_addr_parse_ip(&a, host, port);
    if (err == 0) {
      if (h.family != 0 && sock2_addr_domain(&a) != h.family)
        return SOCK2_EAI_NODATA;
      if (cap > 0)
        out[0] = a;
      if (total != NULL)
        *total = 1;
      return cap > 0 ? 1 : 0;
    }
    if (err != SOCK2_EINVAL)
      return err; /* a scope that names no interface, or no resources */
  }
  if (h.flags & SOCK2_RESOLVE_NUMERIC_HOST) {
    sock2_addr_t a;
    /* Not an IP address (checked without a lookup). */
    if (host != NULL && sock2_addr_parse_ip(&a, host, 0) == SOCK2_EINVAL)
      return SOCK2_EAI_NONAME;
  }
  if ((h.flags & SOCK2_RESOLVE_NUMERIC_SERVICE) && service != NULL &&
      numeric_port(service, &port) != 1)
    return SOCK2_EAI_NONAME;

  o.out = out;
  o.cap = cap;
  o.n = 0;
  err = sock2__sys_getaddrinfo(host, service, h.family, h.type, h.protocol,
                               h.flags, &o);
  if (err != 0)
    return err;
  if (o.n == 0)
    return SOCK2_EAI_NODATA; /* only families the library does not know */
  if (total != NULL)
    *total = o.n;
  return (int)(o.n < cap ? o.n : cap);
}

int
sock2_resolve_reverse(const sock2_addr_t *addr, char *host, size_t hostlen,
                      char *service, size_t servlen, uint32_t flags)
{
  char h[SOCK2_NAMEINFO_HOSTLEN], sv[SOCK2_NAMEINFO_SERVLEN];
  size_t hl = 0, sl = 0;
  int fam, err;

  if (addr == NULL || (host == NULL && service == NULL) ||
      SOCK2__BAD_LEN(hostlen) || SOCK2__BAD_LEN(servlen) ||
      (size_t)addr->len > sizeof(addr->storage))
    return SOCK2_EINVAL;
  if ((host != NULL && hostlen == 0) || (service != NULL && servlen == 0))
    return SOCK2_ENOBUFS;
  if (flags & ~KNOWN_NI_FLAGS)
    return SOCK2_EAI_BADFLAGS;
  fam = sock2_addr_family(addr);
  if (fam != AF_INET && fam != AF_INET6)
    return SOCK2_EAI_FAMILY;
  /*
   * The backend writes into buffers of the largest size, so the caller's
   * are written only on success, and only with text that fits.
   */
  err = sock2__sys_getnameinfo((const struct sockaddr *)&addr->storage,
                               addr->len, host != NULL ? h : NULL,
                               host != NULL ? sizeof(h) : 0,
                               service != NULL ? sv : NULL,
                               service != NULL ? sizeof(sv) : 0, flags);
  if (err != 0)
    return err;
  if (host != NULL) {
    hl = strlen(h);
    if (hl >= hostlen)
      return SOCK2_ENOBUFS;
  }
  if (service != NULL) {
    sl = strlen(sv);
    if (sl >= servlen)
      return SOCK2_ENOBUFS;
  }
  if (host != NULL)
    memcpy(host, h, hl + 1);
  if (service != NULL)
    memcpy(service, sv, sl + 1);
  return 0;
}
