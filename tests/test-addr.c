/* SPDX-License-Identifier: MIT */
/* Tests: addresses (socket2's SockAddr) and their text form. */
#include "tests.h"

#include <stddef.h>
#ifdef _WIN32
# include <afunix.h>
#else
# include <errno.h>
# include <net/if.h>
# include <sys/resource.h>
# include <sys/un.h>
# include <sys/wait.h>
# include <unistd.h>
#endif

#define SUN_PATH_SIZE sizeof(((struct sockaddr_un *)0)->sun_path)

/* ---- Building and reading back ------------------------------------------ */

START_TEST(test_addr_ipv4)
{
  static const uint8_t ip[4] = {192, 0, 2, 1};
  sock2_addr_t a;
  const struct sockaddr_in *sin = (const struct sockaddr_in *)&a.storage;
  uint8_t out[16];
  uint32_t u;

  ck_ok(sock2_addr_ipv4(&a, ip, 80));
  ck_assert_int_eq(sock2_addr_family(&a), AF_INET);
  ck_assert_int_eq(sock2_addr_domain(&a), SOCK2_DOMAIN_IPV4);
  ck_assert_int_eq(sock2_addr_len(&a), (int)sizeof(struct sockaddr_in));
  ck_assert_int_eq(sock2_addr_port(&a), 80);
  ck_assert_int_eq(ntohs(sin->sin_port), 80);
  /* Octets in network order: 192.0.2.1 is 0xc0000201. */
  ck_assert_uint_eq(ntohl(sin->sin_addr.s_addr), 0xc0000201u);
  ck_assert_int_eq(sock2_addr_ip(&a, out, sizeof(out)), 4);
  ck_assert_mem_eq(out, ip, 4);
  ck_assert(sock2_addr_is_ipv4(&a));
  ck_assert(!sock2_addr_is_ipv6(&a));
  ck_assert(!sock2_addr_is_unix(&a));
  ck_assert(!sock2_addr_is_unnamed(&a));
  ck_err(sock2_addr_flowinfo(&a, &u), SOCK2_EAFNOSUPPORT);
  ck_err(sock2_addr_scope_id(&a, &u), SOCK2_EAFNOSUPPORT);
  ck_err(sock2_addr_path(&a, (char *)out, sizeof(out)), SOCK2_EAFNOSUPPORT);
  ck_err(sock2_addr_ip(&a, out, 3), SOCK2_ENOBUFS);
  ck_ok(sock2_addr_set_port(&a, 65535));
  ck_assert_int_eq(sock2_addr_port(&a), 65535);
#ifdef HAVE_STRUCT_SOCKADDR_SA_LEN
  ck_assert_int_eq(((struct sockaddr *)&a.storage)->sa_len,
                   sizeof(struct sockaddr_in));
#endif
}
END_TEST

START_TEST(test_addr_ipv6)
{
  static const uint8_t ip[16] = {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0,
                                 0,    0,    0,    0,    0, 0, 0, 1};
  sock2_addr_t a;
  const struct sockaddr_in6 *sin6 = (const struct sockaddr_in6 *)&a.storage;
  uint8_t out[16];
  uint32_t flow = 0, scope = 0;

  if (!sock2_has(SOCK2_FEATURE_IPV6_SCOPE_ID)) {
    /* No sin6_scope_id here: a scope cannot be kept, so it is refused. */
    ck_err(sock2_addr_ipv6(&a, ip, 443, 0x12345, 7), SOCK2_ENOTSUP);
    ck_ok(sock2_addr_ipv6(&a, ip, 443, 0x12345, 0));
    ck_ok(sock2_addr_scope_id(&a, &scope));
    ck_assert_uint_eq(scope, 0);
    return;
  }
  ck_ok(sock2_addr_ipv6(&a, ip, 443, 0x12345, 7));
  ck_assert_int_eq(sock2_addr_family(&a), AF_INET6);
  ck_assert_int_eq(sock2_addr_len(&a), (int)sizeof(struct sockaddr_in6));
  ck_assert_int_eq(sock2_addr_port(&a), 443);
  ck_assert_int_eq(ntohs(sin6->sin6_port), 443);
  ck_assert_int_eq(sock2_addr_ip(&a, out, sizeof(out)), 16);
  ck_assert_mem_eq(out, ip, 16);
  ck_assert_mem_eq(&sin6->sin6_addr, ip, 16);
  ck_ok(sock2_addr_flowinfo(&a, &flow));
  ck_assert_uint_eq(flow, 0x12345);
  ck_ok(sock2_addr_scope_id(&a, &scope));
  ck_assert_uint_eq(scope, 7);
  ck_assert_uint_eq(sin6->sin6_scope_id, 7);
  ck_assert(sock2_addr_is_ipv6(&a));
  ck_assert(!sock2_addr_is_ipv4(&a));
  ck_err(sock2_addr_ip(&a, out, 15), SOCK2_ENOBUFS);
  ck_err(sock2_addr_flowinfo(&a, NULL), SOCK2_EINVAL);
  ck_err(sock2_addr_scope_id(&a, NULL), SOCK2_EINVAL);
}
END_TEST

START_TEST(test_addr_null_arguments)
{
  static const uint8_t ip[16] = {0};
  sock2_addr_t a;
  uint32_t u;
  char buf[64];

  ck_err(sock2_addr_init(NULL), SOCK2_EINVAL);
  ck_err(sock2_addr_ipv4(NULL, ip, 1), SOCK2_EINVAL);
  ck_err(sock2_addr_ipv4(&a, NULL, 1), SOCK2_EINVAL);
  ck_err(sock2_addr_ipv6(NULL, ip, 1, 0, 0), SOCK2_EINVAL);
  ck_err(sock2_addr_ipv6(&a, NULL, 1, 0, 0), SOCK2_EINVAL);
  ck_err(sock2_addr_unix(NULL, "/x"), SOCK2_EINVAL);
  ck_err(sock2_addr_unix(&a, NULL), SOCK2_EINVAL);
  ck_err(sock2_addr_abstract(NULL, "x", 1), SOCK2_EINVAL);
  ck_err(sock2_addr_abstract(&a, NULL, 1), SOCK2_EINVAL);
  ck_err(sock2_addr_vsock(NULL, 1, 2), SOCK2_EINVAL);
  ck_err(sock2_addr_from_raw(NULL, (const struct sockaddr *)&a.storage, 16),
         SOCK2_EINVAL);
  ck_err(sock2_addr_from_raw(&a, NULL, 16), SOCK2_EINVAL);
  ck_err(sock2_addr_parse(NULL, "1.2.3.4:5"), SOCK2_EINVAL);
  ck_err(sock2_addr_parse(&a, NULL), SOCK2_EINVAL);
  ck_err(sock2_addr_format(NULL, buf, sizeof(buf)), SOCK2_EINVAL);
  ck_err(sock2_addr_family(NULL), SOCK2_EINVAL);
  ck_err(sock2_addr_domain(NULL), SOCK2_EINVAL);
  ck_err(sock2_addr_len(NULL), SOCK2_EINVAL);
  ck_err(sock2_addr_port(NULL), SOCK2_EINVAL);
  ck_err(sock2_addr_set_port(NULL, 1), SOCK2_EINVAL);
  ck_err(sock2_addr_ip(NULL, (uint8_t *)buf, 16), SOCK2_EINVAL);
  ck_err(sock2_addr_flowinfo(NULL, &u), SOCK2_EINVAL);
  ck_err(sock2_addr_scope_id(NULL, &u), SOCK2_EINVAL);
  ck_err(sock2_addr_path(NULL, buf, sizeof(buf)), SOCK2_EINVAL);
  ck_err(sock2_addr_abstract_name(NULL, buf, sizeof(buf)), SOCK2_EINVAL);
  ck_err(sock2_addr_vsock_cid_port(NULL, &u, &u), SOCK2_EINVAL);
  ck_assert_int_eq(sock2_addr_is_ipv4(NULL), 0);
  ck_assert_int_eq(sock2_addr_is_ipv6(NULL), 0);
  ck_assert_int_eq(sock2_addr_is_unix(NULL), 0);
  ck_assert_int_eq(sock2_addr_is_unnamed(NULL), 0);
  ck_assert_int_eq(sock2_addr_equal(NULL, NULL), 1);
  ck_ok(sock2_addr_parse(&a, "1.2.3.4:5"));
  ck_assert_int_eq(sock2_addr_equal(&a, NULL), 0);
  ck_err(sock2_addr_format(&a, NULL, 10), SOCK2_EINVAL);
  ck_err(sock2_addr_ip(&a, NULL, 16), SOCK2_EINVAL);
}
END_TEST

START_TEST(test_addr_init)
{
  sock2_addr_t a;

  memset(&a, 0xa5, sizeof(a));
  ck_ok(sock2_addr_init(&a));
  ck_assert_int_eq(sock2_addr_len(&a), (int)sizeof(a.storage));
  ck_assert_int_eq(sock2_addr_family(&a), AF_UNSPEC);
  ck_err(sock2_addr_port(&a), SOCK2_EAFNOSUPPORT);
  {
    char buf[64];
    ck_err(sock2_addr_format(&a, buf, sizeof(buf)), SOCK2_EAFNOSUPPORT);
  }
  /* Ready for a raw call. */
  {
    sock2_socket_t s;
    sock2_addr_t l;
    s = t_udp(SOCK2_DOMAIN_IPV4, &l);
    ck_assert_int_eq(getsockname(s, (struct sockaddr *)&a.storage, &a.len),
                     0);
    ck_assert(sock2_addr_equal(&a, &l));
    ck_ok(sock2_close(s));
  }
}
END_TEST

/* ---- Raw sockaddr ---------------------------------------------------------- */

START_TEST(test_addr_from_raw)
{
  struct sockaddr_storage ss;
  struct sockaddr_in *sin = (struct sockaddr_in *)&ss;
  struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)&ss;
  struct sockaddr_un *sun = (struct sockaddr_un *)&ss;
  sock2_addr_t a, before;
  char text[SOCK2_ADDR_STRLEN];

  memset(&ss, 0, sizeof(ss));
  sin->sin_family = AF_INET;
  sin->sin_port = htons(8080);
  sin->sin_addr.s_addr = htonl(0x7f000001);
  ck_ok(sock2_addr_from_raw(&a, (struct sockaddr *)sin, sizeof(*sin)));
  ck_assert_int_eq(sock2_addr_port(&a), 8080);
  ck_assert_int_eq(sock2_addr_len(&a), (int)sizeof(*sin));
  ck_ok(sock2_addr_format(&a, text, sizeof(text)));
  ck_assert_str_eq(text, "127.0.0.1:8080");

  /* Short and oversized lengths are refused; addr is left as it was. */
  before = a;
  ck_err(sock2_addr_from_raw(&a, (struct sockaddr *)sin, sizeof(*sin) - 1),
         SOCK2_EINVAL);
  ck_err(sock2_addr_from_raw(&a, (struct sockaddr *)sin, 0), SOCK2_EINVAL);
  ck_err(sock2_addr_from_raw(&a, (struct sockaddr *)sin, 1), SOCK2_EINVAL);
  ck_err(sock2_addr_from_raw(&a, (struct sockaddr *)sin, sizeof(ss) + 1),
         SOCK2_EINVAL);
  ck_err(sock2_addr_from_raw(&a, (struct sockaddr *)sin, (size_t)-1),
         SOCK2_EINVAL);
  sin6->sin6_family = AF_INET6;
  ck_err(sock2_addr_from_raw(&a, (struct sockaddr *)sin6, sizeof(*sin6) - 1),
         SOCK2_EINVAL);
  ck_err(sock2_addr_from_raw(&a, (struct sockaddr *)sin6,
                             sizeof(struct sockaddr_in)),
         SOCK2_EINVAL);
  sun->sun_family = AF_UNIX;
  ck_err(sock2_addr_from_raw(&a, (struct sockaddr *)sun, sizeof(ss) + 1),
         SOCK2_EINVAL);
  ck_assert_mem_eq(&a, &before, sizeof(a));
  /*
   * A unix address may be longer than sockaddr_un: Linux reports a path
   * that fills sun_path with the NUL after it counted.
   */
  ck_ok(sock2_addr_from_raw(&a, (struct sockaddr *)sun, sizeof(*sun) + 1));
  ck_ok(sock2_addr_from_raw(&a, (struct sockaddr *)sun, sizeof(ss)));
  ck_assert(sock2_addr_is_unix(&a));
  a = before;

  /* A full-size IPv6 one, and an unnamed unix one (family only). */
  memset(&ss, 0, sizeof(ss));
  sin6->sin6_family = AF_INET6;
  sin6->sin6_port = htons(53);
  sin6->sin6_addr.s6_addr[15] = 1;
  ck_ok(sock2_addr_from_raw(&a, (struct sockaddr *)sin6, sizeof(*sin6)));
  ck_ok(sock2_addr_format(&a, text, sizeof(text)));
  ck_assert_str_eq(text, "[::1]:53");
  memset(&ss, 0, sizeof(ss));
  sun->sun_family = AF_UNIX;
  ck_ok(sock2_addr_from_raw(&a, (struct sockaddr *)sun,
                            offsetof(struct sockaddr_un, sun_path)));
  ck_assert(sock2_addr_is_unnamed(&a));
}
END_TEST

/* ---- Unix addresses ---------------------------------------------------------- */

START_TEST(test_addr_unix_path_limits)
{
  char path[SUN_PATH_SIZE + 2];
  char back[SUN_PATH_SIZE + 2];
  sock2_addr_t a, before;

  /* The longest path that still leaves room for the NUL... */
  memset(path, 'p', sizeof(path));
  path[0] = '/';
  path[SUN_PATH_SIZE - 1] = '\0';
  ck_ok(sock2_addr_unix(&a, path));
  ck_assert_int_eq(sock2_addr_len(&a),
                   (int)(offsetof(struct sockaddr_un, sun_path) +
                         SUN_PATH_SIZE));
  ck_assert_int_eq(sock2_addr_path(&a, back, sizeof(back)),
                   (int)SUN_PATH_SIZE - 1);
  ck_assert_str_eq(back, path);
  /* The caller's buffer must hold the NUL too. */
  ck_err(sock2_addr_path(&a, back, SUN_PATH_SIZE - 1), SOCK2_ENOBUFS);
  /* ...and one byte more is too long, with addr untouched. */
  before = a;
  path[SUN_PATH_SIZE - 1] = 'p';
  path[SUN_PATH_SIZE] = '\0';
  ck_err(sock2_addr_unix(&a, path), SOCK2_ENAMETOOLONG);
  ck_assert_mem_eq(&a, &before, sizeof(a));
}
END_TEST

#ifndef _WIN32
START_TEST(test_addr_unix_bind_longest)
{
  /* The longest relative path that fits really binds, and reads back. */
  char cwd[512], dir[] = "/tmp/sock2-long-XXXXXX";
  char name[SUN_PATH_SIZE];
  sock2_socket_t s;
  sock2_addr_t a, got;

  ck_assert_ptr_nonnull(getcwd(cwd, sizeof(cwd)));
  ck_assert_ptr_nonnull(mkdtemp(dir));
  ck_assert_int_eq(chdir(dir), 0);
  memset(name, 'n', sizeof(name));
  name[SUN_PATH_SIZE - 1] = '\0';
  name[0] = '.';
  name[1] = '/';
  ck_ok(sock2_addr_unix(&a, name));
  ck_ok(sock2_socket(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_DGRAM, 0, &s));
  ck_ok(sock2_bind(s, &a));
  ck_ok(sock2_local_addr(s, &got));
  ck_assert(sock2_addr_equal(&a, &got));
  ck_ok(sock2_close(s));
  unlink(name);
  ck_assert_int_eq(chdir(cwd), 0);
  rmdir(dir);
}
END_TEST
#else
T_WINDOWS_SKIP_TEST(test_addr_unix_bind_longest,
                    "needs mkdtemp/chdir; the path limit is checked in "
                    "test_addr_unix_path_limits")
#endif

#ifndef _WIN32
/*
 * A relative path of exactly sun_path's size (108 bytes on Linux, 104 on
 * the BSDs), no NUL, made of byte c, as a raw sockaddr_un.
 */
static void
full_path_addr(int c, sock2_addr_t *a)
{
  struct sockaddr_un sun;

  memset(&sun, 0, sizeof(sun));
  sun.sun_family = AF_UNIX;
  memset(sun.sun_path, c, sizeof(sun.sun_path));
  ck_ok(sock2_addr_from_raw(a, (const struct sockaddr *)&sun, sizeof(sun)));
}

/* Every function that takes an address accepts what the kernel gave. */
static void
assert_takes_back(const sock2_addr_t *got, const sock2_addr_t *built)
{
  sock2_addr_t raw, parsed;
  char text[SOCK2_ADDR_STRLEN], path[SUN_PATH_SIZE + 1];

  ck_assert(sock2_addr_is_unix(got));
  ck_assert(!sock2_addr_is_unnamed(got));
  ck_assert(sock2_addr_equal(got, built));
  ck_assert_int_eq(sock2_addr_path(got, path, sizeof(path)),
                   (int)SUN_PATH_SIZE);
  ck_assert_mem_eq(path, &((const struct sockaddr_un *)&built->storage)
                             ->sun_path, SUN_PATH_SIZE);
  ck_ok(sock2_addr_from_raw(&raw, (const struct sockaddr *)&got->storage,
                            (size_t)got->len));
  ck_assert(sock2_addr_equal(&raw, got));
  /* Text both ways: the text formatted is text the parser reads back. */
  ck_assert_int_eq(sock2_addr_format(got, text, sizeof(text)),
                   5 + (int)SUN_PATH_SIZE);
  ck_assert_int_eq(strncmp(text, "unix:", 5), 0);
  ck_ok(sock2_addr_parse(&parsed, text));
  ck_assert(sock2_addr_equal(&parsed, got));
  ck_assert(sock2_addr_equal(got, &parsed));
}

START_TEST(test_addr_unix_full_path)
{
  /*
   * Bug 6: Linux reports a socket bound to a path that fills sun_path with
   * length sizeof(sockaddr_un) + 1 (the NUL after sun_path counted) and
   * refuses that length back. Every function taking an address must
   * accept what local_addr, peer_addr, accept and recv_from return.
   */
  char cwd[512], dir[] = "/tmp/sock2-full-XXXXXX";
  char nul[SUN_PATH_SIZE + 1], buf[8];
  sock2_socket_t l, c, c2, srv, d1, d2;
  sock2_addr_t la, lgot, peer, acc, d1a, d2a, d1got, from, text_built;
  sock2_msg_t m;
  sock2_buf_t one;
  int len;

  ck_assert_ptr_nonnull(getcwd(cwd, sizeof(cwd)));
  ck_assert_ptr_nonnull(mkdtemp(dir));
  ck_assert_int_eq(chdir(dir), 0);

  /* Stream: bind, listen, and connect through what getsockname said. */
  full_path_addr('s', &la);
  ck_ok(sock2_socket(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_STREAM, 0, &l));
  ck_ok(sock2_bind(l, &la));
  ck_ok(sock2_listen(l, 4));
  ck_ok(sock2_local_addr(l, &lgot));
  len = sock2_addr_len(&lgot);
  ck_assert_int_ge(len, (int)sizeof(struct sockaddr_un));
  assert_takes_back(&lgot, &la);
  ck_ok(sock2_socket(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_STREAM, 0, &c));
  ck_ok(sock2_connect(c, &lgot));
  ck_ok(sock2_accept(l, &srv, &acc));
  ck_assert(sock2_addr_is_unnamed(&acc));
  ck_ok(sock2_peer_addr(c, &peer));
  assert_takes_back(&peer, &la);
  ck_ok(sock2_local_addr(srv, &acc));
  assert_takes_back(&acc, &la);
  ck_ok(sock2_close(srv));
  /* connect_timeout and a parsed address reach the same listener. */
  ck_ok(sock2_socket(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_STREAM, 0, &c2));
  ck_ok(sock2_connect_timeout(c2, &peer, SOCK2_SEC(5)));
  ck_ok(sock2_accept(l, &srv, NULL));
  ck_ok(sock2_close(srv));
  ck_ok(sock2_close(c2));
  {
    char text[SOCK2_ADDR_STRLEN];
    ck_assert_int_lt(snprintf(text, sizeof(text), "unix:%.*s",
                              (int)SUN_PATH_SIZE,
                              ((const struct sockaddr_un *)&la.storage)
                                ->sun_path),
                     (int)sizeof(text));
    ck_ok(sock2_addr_parse(&text_built, text));
  }
  ck_ok(sock2_socket(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_STREAM, 0, &c2));
  ck_ok(sock2_connect(c2, &text_built));
  ck_ok(sock2_accept(l, &srv, NULL));
  ck_ok(sock2_close(srv));
  ck_ok(sock2_close(c2));
  ck_ok(sock2_close(c));
  ck_ok(sock2_close(l));

  /* Datagrams: the sender's address from recv_from goes back out. */
  full_path_addr('d', &d1a);
  full_path_addr('e', &d2a);
  ck_ok(sock2_socket(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_DGRAM, 0, &d1));
  ck_ok(sock2_socket(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_DGRAM, 0, &d2));
  ck_ok(sock2_bind(d1, &d1a));
  ck_ok(sock2_bind(d2, &d2a));
  ck_ok(sock2_local_addr(d1, &d1got));
  assert_takes_back(&d1got, &d1a);
  ck_assert_int_eq(sock2_send_to(d2, "ping", 4, &d1got), 4);
  ck_assert_int_eq(sock2_recv_from(d1, buf, sizeof(buf), &from), 4);
  assert_takes_back(&from, &d2a);
  ck_assert_int_eq(sock2_send_to(d1, "pong", 4, &from), 4);
  ck_assert_int_eq(sock2_recv(d2, buf, sizeof(buf)), 4);
  one.base = buf;
  one.len = 4;
  ck_assert_int_eq(sock2_send_to_vectored(d1, &one, 1, &from), 4);
  ck_assert_int_eq(sock2_recv(d2, buf, sizeof(buf)), 4);
  ck_ok(sock2_msg_init(&m));
  ck_ok(sock2_msg_set_addr(&m, &from));
  ck_ok(sock2_msg_set_bufs(&m, &one, 1));
  ck_assert_int_eq(sock2_sendmsg(d1, &m, 0), 4);
  ck_assert_int_eq(sock2_recv(d2, buf, sizeof(buf)), 4);
  ck_ok(sock2_connect(d1, &from));
  ck_assert_int_eq(sock2_send(d1, "conn", 4), 4);
  ck_assert_int_eq(sock2_recv(d2, buf, sizeof(buf)), 4);
  ck_ok(sock2_close(d1));
  ck_ok(sock2_close(d2));

  /* A C string cannot say "no NUL": sock2_addr_unix() keeps refusing. */
  memset(nul, 'p', SUN_PATH_SIZE);
  nul[SUN_PATH_SIZE] = '\0';
  ck_err(sock2_addr_unix(&from, nul), SOCK2_ENAMETOOLONG);

  unlink(((const struct sockaddr_un *)&la.storage)->sun_path);
  memcpy(nul, ((const struct sockaddr_un *)&d1a.storage)->sun_path,
         SUN_PATH_SIZE);
  unlink(nul);
  memcpy(nul, ((const struct sockaddr_un *)&d2a.storage)->sun_path,
         SUN_PATH_SIZE);
  unlink(nul);
  ck_assert_int_eq(chdir(cwd), 0);
  ck_assert_int_eq(rmdir(dir), 0);
}
END_TEST
#else
T_WINDOWS_SKIP_TEST(test_addr_unix_full_path,
                    "needs mkdtemp/chdir; Winsock's AF_UNIX keeps a NUL")
#endif

START_TEST(test_addr_unix_unnamed)
{
  sock2_addr_t a;
  sock2_socket_t sv[2];
  char buf[16];

  ck_ok(sock2_addr_unix(&a, ""));
  ck_assert(sock2_addr_is_unix(&a));
  ck_assert(sock2_addr_is_unnamed(&a));
  ck_assert_int_eq(sock2_addr_len(&a),
                   (int)offsetof(struct sockaddr_un, sun_path));
  ck_err(sock2_addr_path(&a, buf, sizeof(buf)), SOCK2_EINVAL);
  ck_err(sock2_addr_abstract_name(&a, buf, sizeof(buf)), SOCK2_EINVAL);
  ck_assert_int_eq(sock2_addr_format(&a, buf, sizeof(buf)), 5);
  ck_assert_str_eq(buf, "unix:");
  /* getsockname() on a socketpair end reports it unnamed. */
  T_SKIP_ON_WINDOWS("no socketpair() in Winsock");
  ck_ok(sock2_socketpair(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_STREAM, 0, sv));
  ck_ok(sock2_local_addr(sv[0], &a));
  ck_assert(sock2_addr_is_unnamed(&a));
  ck_ok(sock2_peer_addr(sv[1], &a));
  ck_assert(sock2_addr_is_unnamed(&a));
  ck_ok(sock2_close(sv[0]));
  ck_ok(sock2_close(sv[1]));
}
END_TEST

START_TEST(test_addr_abstract)
{
  /*
   * NULs inside, and the pid at the end: abstract names are one namespace
   * per network namespace, shared by suites that run at the same time.
   */
  char name[64];
  size_t nlen;
  char got[SUN_PATH_SIZE];
  sock2_addr_t a, b, before;
  sock2_socket_t s;
  unsigned char longname[SUN_PATH_SIZE];

  if (!sock2_has(SOCK2_FEATURE_ABSTRACT_NAMES)) {
    ck_err(sock2_addr_abstract(&a, "x", 1), SOCK2_ENOTSUP);
    return;
  }
  memcpy(name, "sock2\0with\0nuls-", 17);
  nlen = 17 + (size_t)snprintf(name + 17, sizeof(name) - 17, "%ld",
                               (long)getpid());
  ck_ok(sock2_addr_abstract(&a, name, nlen));
  ck_assert(sock2_addr_is_unix(&a));
  ck_assert(!sock2_addr_is_unnamed(&a));
  /* Exact length: no trailing NUL, no padding. */
  ck_assert_int_eq(sock2_addr_len(&a),
                   (int)(offsetof(struct sockaddr_un, sun_path) + 1 +
                         nlen));
  ck_assert_int_eq(sock2_addr_abstract_name(&a, got, sizeof(got)),
                   (int)nlen);
  ck_assert_mem_eq(got, name, nlen);
  ck_err(sock2_addr_path(&a, got, sizeof(got)), SOCK2_EINVAL);
  ck_err(sock2_addr_abstract_name(&a, got, 3), SOCK2_ENOBUFS);

  /* Round trip through the kernel: bind, then getsockname. */
  ck_ok(sock2_socket(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_DGRAM, 0, &s));
  ck_ok(sock2_bind(s, &a));
  ck_ok(sock2_local_addr(s, &b));
  ck_assert(sock2_addr_equal(&a, &b));
  ck_assert_int_eq(sock2_addr_abstract_name(&b, got, sizeof(got)),
                   (int)nlen);
  ck_assert_mem_eq(got, name, nlen);
  ck_ok(sock2_close(s));

  /* The leading NUL counts against sun_path. */
  memset(longname, 'a', sizeof(longname));
  ck_ok(sock2_addr_abstract(&a, longname, SUN_PATH_SIZE - 1));
  before = a;
  ck_err(sock2_addr_abstract(&a, longname, SUN_PATH_SIZE), SOCK2_ENAMETOOLONG);
  ck_assert_mem_eq(&a, &before, sizeof(a));
  /* The empty abstract name is valid (autobind-style). */
  ck_ok(sock2_addr_abstract(&a, NULL, 0));
  ck_assert_int_eq(sock2_addr_abstract_name(&a, got, sizeof(got)), 0);
}
END_TEST

START_TEST(test_addr_vsock)
{
  sock2_addr_t a;
  uint32_t cid = 0, port = 0;
  char text[64];

  if (!sock2_has(SOCK2_FEATURE_VSOCK)) {
    ck_err(sock2_addr_vsock(&a, 3, 1234), SOCK2_ENOTSUP);
    ck_err(sock2_addr_parse(&a, "vsock:3:1234"), SOCK2_ENOTSUP);
    return;
  }
  ck_ok(sock2_addr_vsock(&a, 3, 1234));
  ck_assert_int_eq(sock2_addr_family(&a), SOCK2_DOMAIN_VSOCK);
  ck_ok(sock2_addr_vsock_cid_port(&a, &cid, &port));
  ck_assert_uint_eq(cid, 3);
  ck_assert_uint_eq(port, 1234);
  ck_ok(sock2_addr_format(&a, text, sizeof(text)));
  ck_assert_str_eq(text, "vsock:3:1234");
  ck_ok(sock2_addr_parse(&a, "vsock:4294967295:0"));
  ck_ok(sock2_addr_vsock_cid_port(&a, &cid, &port));
  ck_assert_uint_eq(cid, 4294967295u);
  ck_err(sock2_addr_parse(&a, "vsock:4294967296:0"), SOCK2_EINVAL);
  ck_err(sock2_addr_parse(&a, "vsock:1"), SOCK2_EINVAL);
  ck_err(sock2_addr_vsock_cid_port(&a, NULL, &port), SOCK2_EINVAL);
  ck_ok(sock2_addr_parse(&a, "1.2.3.4:5"));
  ck_err(sock2_addr_vsock_cid_port(&a, &cid, &port), SOCK2_EAFNOSUPPORT);
}
END_TEST

/* ---- Equality -------------------------------------------------------------- */

START_TEST(test_addr_equal)
{
  sock2_addr_t a, b;

  ck_ok(sock2_addr_parse(&a, "10.0.0.1:80"));
  ck_ok(sock2_addr_parse(&b, "10.0.0.1:80"));
  ck_assert(sock2_addr_equal(&a, &b));
  ck_assert(sock2_addr_equal(&a, &a));
  /* Bytes that carry no meaning never matter. */
  memset(((struct sockaddr_in *)&b.storage)->sin_zero, 0x55, 8);
  memset((char *)&b.storage + sizeof(struct sockaddr_in), 0x77,
         sizeof(b.storage) - sizeof(struct sockaddr_in));
  ck_assert(sock2_addr_equal(&a, &b));
  ck_assert(sock2_addr_equal(&b, &a));
  ck_ok(sock2_addr_set_port(&b, 81));
  ck_assert(!sock2_addr_equal(&a, &b));
  ck_ok(sock2_addr_parse(&b, "10.0.0.2:80"));
  ck_assert(!sock2_addr_equal(&a, &b));
  ck_ok(sock2_addr_parse(&b, "[::ffff:10.0.0.1]:80"));
  ck_assert(!sock2_addr_equal(&a, &b)); /* different families */

  if (sock2_has(SOCK2_FEATURE_IPV6_SCOPE_ID)) {
    ck_ok(sock2_addr_parse(&a, "[fe80::1%3]:80"));
    ck_ok(sock2_addr_parse(&b, "[fe80::1%4]:80"));
    ck_assert(!sock2_addr_equal(&a, &b));
    ck_ok(sock2_addr_parse(&b, "[fe80::1%3]:80"));
    ck_assert(sock2_addr_equal(&a, &b));
  } else {
    ck_ok(sock2_addr_parse(&a, "[fe80::1]:80"));
  }
  {
    const struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)&a.storage;
    uint32_t scope = 0;
    ck_ok(sock2_addr_scope_id(&a, &scope));
    ck_ok(sock2_addr_ipv6(&b, (const uint8_t *)&sin6->sin6_addr, 80, 9,
                          scope));
    ck_assert(!sock2_addr_equal(&a, &b)); /* flowinfo differs */
  }

  ck_ok(sock2_addr_unix(&a, "/tmp/a"));
  ck_ok(sock2_addr_unix(&b, "/tmp/a"));
  /* A kernel-reported length without the NUL is the same path. */
  b.len--;
  ck_assert(sock2_addr_equal(&a, &b));
  ck_ok(sock2_addr_unix(&b, "/tmp/b"));
  ck_assert(!sock2_addr_equal(&a, &b));
  ck_ok(sock2_addr_unix(&b, ""));
  ck_assert(!sock2_addr_equal(&a, &b));
  if (sock2_has(SOCK2_FEATURE_ABSTRACT_NAMES)) {
    ck_ok(sock2_addr_abstract(&a, "x\0y", 3));
    ck_ok(sock2_addr_abstract(&b, "x\0z", 3));
    ck_assert(!sock2_addr_equal(&a, &b));
    ck_ok(sock2_addr_abstract(&b, "x\0y", 3));
    ck_assert(sock2_addr_equal(&a, &b));
    ck_ok(sock2_addr_abstract(&b, "x", 1));
    ck_assert(!sock2_addr_equal(&a, &b));
  }
}
END_TEST

/* ---- Text ------------------------------------------------------------------ */

/* Text that must parse and then format back exactly. */
static const char *const round_trips[] = {
  "0.0.0.0:0",
  "127.0.0.1:1",
  "192.0.2.1:80",
  "255.255.255.255:65535",
  "[::]:0",
  "[::1]:443",
  "[2001:db8::1]:443",
  "[2001:db8:0:1:1:1:1:1]:1",
  "[2001:0:0:1::1]:2",
  "[2001:db8::1:0:0:1]:3",
  "[1:2:3:4:5:6:7:8]:4",
  "[1::]:5",
  "[0:2:3:4:5:6:7:8]:6",
  "[1:2:3:4:5:6:7:0]:7",
  "[fe80::1%2]:80",
  "[fe80::abcd:ef01%4294967295]:9",
  "[::ffff:192.0.2.128]:8",
  "/tmp/sock",
  "./relative.sock",
  "../up.sock",
  "unix:plain-name",
  "unix:@not-abstract",
  "unix:",
  "/path with spaces/and\\\\backslash",
  "/ctl\\x01\\x7f\\xff",
};

START_TEST(test_addr_text_round_trip)
{
  const char *text = round_trips[_i];
  sock2_addr_t a, b;
  char out[SOCK2_ADDR_STRLEN];
  int n;

  if (strchr(text, '%') != NULL && !sock2_has(SOCK2_FEATURE_IPV6_SCOPE_ID)) {
    ck_err(sock2_addr_parse(&a, text), SOCK2_ENOTSUP);
    return;
  }
  ck_ok(sock2_addr_parse(&a, text));
  n = sock2_addr_format(&a, out, sizeof(out));
  ck_assert_int_eq(n, (int)strlen(text));
  ck_assert_str_eq(out, text);
  /* And the address itself round-trips through its text. */
  ck_ok(sock2_addr_parse(&b, out));
  ck_assert(sock2_addr_equal(&a, &b));
}
END_TEST

/* Text that parses but formats canonically (RFC 5952). */
static const char *const canonical[][2] = {
  {"[2001:DB8::1]:1", "[2001:db8::1]:1"},
  {"[2001:0db8:0000:0000:0000:0000:0000:0001]:1", "[2001:db8::1]:1"},
  {"[2001:db8:0:0:1:0:0:1]:1", "[2001:db8::1:0:0:1]:1"},
  {"[0:0:0:0:0:0:0:0]:1", "[::]:1"},
  {"[::ffff:c000:0280]:1", "[::ffff:192.0.2.128]:1"},
  {"[::1.2.3.4]:1", "[::102:304]:1"},
  {"[2001:db8::0:1]:1", "[2001:db8::1]:1"},
  {"[1:0:0:2:0:0:0:3]:1", "[1:0:0:2::3]:1"},
  {"[1:0:0:2:0:0:3:4]:1", "[1::2:0:0:3:4]:1"},
  {"[fe80::1%0]:1", "[fe80::1]:1"},
  {"unix:/abs", "/abs"},
  {"unix:./rel", "./rel"},
  {"/\\x41", "/A"},
  /* "::" never stands for a single zero group (RFC 5952 4.2.2). */
  {"[::2:3:4:5:6:7:8]:6", "[0:2:3:4:5:6:7:8]:6"},
  {"[1:2:3:4:5:6:7::]:7", "[1:2:3:4:5:6:7:0]:7"},
};

START_TEST(test_addr_text_canonical)
{
  sock2_addr_t a;
  char out[SOCK2_ADDR_STRLEN];

  ck_ok(sock2_addr_parse(&a, canonical[_i][0]));
  ck_ok(sock2_addr_format(&a, out, sizeof(out)));
  ck_assert_str_eq(out, canonical[_i][1]);
}
END_TEST

/* Malformed text: SOCK2_EINVAL, output untouched. */
static const char *const malformed[] = {
  "",
  " ",
  "1.2.3.4",
  "1.2.3.4:",
  "1.2.3.4:x",
  "1.2.3.4:65536",
  "1.2.3.4:99999",
  "1.2.3.4:-1",
  "1.2.3.4:+1",
  "1.2.3.4:01",
  "1.2.3.4:80 ",
  " 1.2.3.4:80",
  "1.2.3:80",
  "1.2.3.4.5:80",
  "256.1.1.1:80",
  "01.2.3.4:80",
  "1.2.3.04:80",
  "1..3.4:80",
  "1.2.3.4::80",
  "0x1.2.3.4:80",
  "localhost:80",
  "::1:80",
  "[::1]",
  "[::1]:",
  "[::1]80",
  "[::1:80",
  "::1]:80",
  "[]:80",
  "[:]:80",
  "[:::]:80",
  "[1:2:3:4:5:6:7:8:9]:80",
  "[1:2:3:4:5:6:7]:80",
  "[1::2::3]:80",
  "[12345::1]:80",
  "[1:2:3:4:5:6:7:8::]:80",
  "[::1:2:3:4:5:6:7:8]:80",
  "[g::1]:80",
  "[1:]:80",
  "[:1]:80",
  "[::1.2.3]:80",
  "[::1.2.3.4.5]:80",
  "[1:2:3:4:5:6:7:1.2.3.4]:80",
  "[::1.2.3.4:5]:80",
  "[fe80::1%]:80",
  "[fe80::1%12x]:80",
  "[fe80::1%4294967296]:80",
  "[fe80::1%01]:80",
  "[fe80::1%2]:80x",
  "[::1]:65536",
  "vsock:",
  "vsock:1:",
  "vsock::1",
  "vsock:1:2:3",
  "/bad\\escape",
  "/bad\\x4",
  "/bad\\xzz",
  "/trailing\\",
  "/embedded\\x00nul",
  "unix:\\q",
};

START_TEST(test_addr_text_malformed)
{
  sock2_addr_t a, before;

  ck_ok(sock2_addr_parse(&a, "203.0.113.9:7"));
  before = a;
  ck_err(sock2_addr_parse(&a, malformed[_i]), SOCK2_EINVAL);
  ck_assert_mem_eq(&a, &before, sizeof(a));
}
END_TEST

START_TEST(test_addr_text_scope_by_name)
{
  sock2_addr_t a, before;
  uint32_t scope = 0;
  unsigned int lo;
  char out[SOCK2_ADDR_STRLEN], expect[64];

  T_SKIP_ON_WINDOWS("there is no interface named lo on Windows");
#ifndef _WIN32
  lo = if_nametoindex("lo");
#else
  lo = 0;
#endif
  T_SKIP_IF(lo == 0, "no interface called lo on this system");
  if (!sock2_has(SOCK2_FEATURE_IPV6_SCOPE_ID) ||
      !sock2_has(SOCK2_FEATURE_IF_NAMETOINDEX)) {
    ck_err(sock2_addr_parse(&a, "[fe80::1%lo]:80"), SOCK2_ENOTSUP);
    return;
  }
  ck_ok(sock2_addr_parse(&a, "[fe80::1%lo]:80"));
  ck_ok(sock2_addr_scope_id(&a, &scope));
  ck_assert_uint_eq(scope, lo);
  /* Written back by number: formatting makes no system call. */
  ck_ok(sock2_addr_format(&a, out, sizeof(out)));
  snprintf(expect, sizeof(expect), "[fe80::1%%%u]:80", lo);
  ck_assert_str_eq(out, expect);
  /* The same scope by number gives the same address. */
  ck_ok(sock2_addr_parse(&before, expect));
  ck_assert(sock2_addr_equal(&a, &before));
  /* An interface that does not exist. */
  before = a;
  ck_err(sock2_addr_parse(&a, "[fe80::1%sock2-no-such-if]:80"), SOCK2_ENODEV);
  ck_assert_mem_eq(&a, &before, sizeof(a));
  /* A bad port is reported as malformed before any interface lookup. */
  ck_err(sock2_addr_parse(&a, "[fe80::1%sock2-no-such-if]:x"), SOCK2_EINVAL);
}
END_TEST

#ifndef _WIN32
/* In a child: fill the descriptor table, then look names up. */
static int
scope_at_fd_limit_checks(int *last)
{
  sock2_addr_t a;

  /* glibc's if_nametoindex says ENODEV here: its socket() failed. */
  if (sock2_addr_parse(&a, "[fe80::1%lo]:80") != SOCK2_EMFILE)
    return 13;
  if (sock2_addr_parse(&a, "[fe80::1%sock2-nosuch]:80") != SOCK2_EMFILE)
    return 14;
  /* A name longer than any interface's is unknown without a lookup. */
  if (sock2_addr_parse(&a, "[fe80::1%sock2-no-such-interface]:80") !=
      SOCK2_ENODEV)
    return 18;
  /* A numeric scope needs no lookup. */
  if (sock2_addr_parse(&a, "[fe80::1%1]:80") != 0)
    return 15;
  /* One descriptor free: the lookups work again. */
  close(*last);
  *last = -1;
  if (sock2_addr_parse(&a, "[fe80::1%lo]:80") != 0)
    return 16;
  if (sock2_addr_parse(&a, "[fe80::1%sock2-nosuch]:80") != SOCK2_ENODEV)
    return 17;
  return 0;
}

static int
scope_at_fd_limit_child(void)
{
  struct rlimit rl;
  int fds[64], n = 0, i, rc;

  if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
    return 10;
  rl.rlim_cur = 64;
  if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < rl.rlim_cur)
    rl.rlim_cur = rl.rlim_max;
  if (setrlimit(RLIMIT_NOFILE, &rl) != 0)
    return 11;
  while (n < 64 && (fds[n] = dup(0)) >= 0)
    n++;
  if (n == 0 || n == 64 || errno != EMFILE)
    rc = 12;
  else
    rc = scope_at_fd_limit_checks(&fds[n - 1]);
  /*
   * Close everything, whichever check failed (the checks set the last
   * one to -1 when they closed it): valgrind's --track-fds reports this
   * child's descriptors at its exit too.
   */
  for (i = 0; i < n; i++)
    if (fds[i] >= 0)
      close(fds[i]);
  return rc;
}

START_TEST(test_addr_text_scope_at_fd_limit)
{
  /*
   * Bug 7: at the descriptor limit the interface lookup cannot open its
   * socket; that is SOCK2_EMFILE, not "unknown interface". Checked in a
   * child, whose descriptor table and limit die with it.
   */
  sock2_addr_t a;
  pid_t pid;
  int status = 0;

  if (!sock2_has(SOCK2_FEATURE_IF_NAMETOINDEX) ||
      !sock2_has(SOCK2_FEATURE_IPV6_SCOPE_ID) || if_nametoindex("lo") == 0) {
    t_skip(__func__, "no if_nametoindex, scope ids or interface lo");
    return;
  }
  ck_ok(sock2_addr_parse(&a, "[fe80::1%lo]:80"));
  fflush(NULL);
  pid = fork();
  ck_assert_int_ge(pid, 0);
  if (pid == 0)
    t_child_exit(scope_at_fd_limit_child());
  ck_assert_int_eq(waitpid(pid, &status, 0), pid);
  ck_assert_msg(WIFEXITED(status), "child did not exit (status %d)", status);
  ck_assert_msg(WEXITSTATUS(status) == 0,
                "check %d failed at the descriptor limit",
                WEXITSTATUS(status));
}
END_TEST
#else
T_WINDOWS_SKIP_TEST(test_addr_text_scope_at_fd_limit,
                    "no interface names in scopes on Windows (ENOTSUP)")
#endif

START_TEST(test_addr_text_unix)
{
  sock2_addr_t a;
  char path[SUN_PATH_SIZE + 1];
  char text[SOCK2_ADDR_STRLEN];

  ck_ok(sock2_addr_parse(&a, "/run/x.sock"));
  ck_assert_int_eq(sock2_addr_path(&a, path, sizeof(path)), 11);
  ck_assert_str_eq(path, "/run/x.sock");
  ck_ok(sock2_addr_parse(&a, "unix:"));
  ck_assert(sock2_addr_is_unnamed(&a));
  /* Escapes decode to the bytes. */
  ck_ok(sock2_addr_parse(&a, "/a\\x0ab\\\\c"));
  ck_assert_int_eq(sock2_addr_path(&a, path, sizeof(path)), 6);
  ck_assert_str_eq(path, "/a\nb\\c");
  /*
   * A path that is too long, written out or escaped. One that fills
   * sun_path (no room for a NUL) parses: the kernel reports such paths,
   * and sock2_addr_format() writes them.
   */
  memset(text, 'z', sizeof(text));
  text[0] = '/';
  text[SUN_PATH_SIZE + 1] = '\0';
  ck_err(sock2_addr_parse(&a, text), SOCK2_ENAMETOOLONG);
  text[SUN_PATH_SIZE] = '\0';
  ck_ok(sock2_addr_parse(&a, text));
  ck_assert_int_eq(sock2_addr_len(&a),
                   (int)(offsetof(struct sockaddr_un, sun_path) +
                         SUN_PATH_SIZE));
  ck_assert_int_eq(sock2_addr_path(&a, path, sizeof(path)),
                   (int)SUN_PATH_SIZE);
  text[SUN_PATH_SIZE - 1] = '\0';
  ck_ok(sock2_addr_parse(&a, text));

  if (sock2_has(SOCK2_FEATURE_ABSTRACT_NAMES)) {
    char name[16];
    ck_ok(sock2_addr_parse(&a, "@my\\x00name"));
    ck_assert_int_eq(sock2_addr_abstract_name(&a, name, sizeof(name)), 7);
    ck_assert_mem_eq(name, "my\0name", 7);
    ck_ok(sock2_addr_format(&a, text, sizeof(text)));
    ck_assert_str_eq(text, "@my\\x00name");
    ck_ok(sock2_addr_parse(&a, "@"));
    ck_assert_int_eq(sock2_addr_abstract_name(&a, name, sizeof(name)), 0);
    ck_ok(sock2_addr_format(&a, text, sizeof(text)));
    ck_assert_str_eq(text, "@");
  } else {
    ck_err(sock2_addr_parse(&a, "@name"), SOCK2_ENOTSUP);
  }
}
END_TEST

START_TEST(test_addr_format_buffer)
{
  sock2_addr_t a;
  char buf[32];
  unsigned char bytes[SUN_PATH_SIZE];
  char big[SOCK2_ADDR_STRLEN];

  ck_ok(sock2_addr_parse(&a, "192.0.2.1:80"));
  /* Exactly enough: 12 characters and the NUL. */
  ck_assert_int_eq(sock2_addr_format(&a, buf, 13), 12);
  ck_assert_str_eq(buf, "192.0.2.1:80");
  /* One byte short: ENOBUFS and the buffer untouched. */
  memset(buf, '#', sizeof(buf));
  ck_err(sock2_addr_format(&a, buf, 12), SOCK2_ENOBUFS);
  ck_assert_int_eq(buf[0], '#');
  ck_err(sock2_addr_format(&a, buf, 0), SOCK2_ENOBUFS);
  /* The worst case fits SOCK2_ADDR_STRLEN: every byte escaped. */
  if (sock2_has(SOCK2_FEATURE_ABSTRACT_NAMES)) {
    memset(bytes, 0xff, sizeof(bytes));
    ck_ok(sock2_addr_abstract(&a, bytes, SUN_PATH_SIZE - 1));
    ck_assert_int_eq(sock2_addr_format(&a, big, sizeof(big)),
                     1 + 4 * ((int)SUN_PATH_SIZE - 1));
    {
      sock2_addr_t b;
      ck_ok(sock2_addr_parse(&b, big));
      ck_assert(sock2_addr_equal(&a, &b));
    }
  }
  /* An inconsistent address (IPv4 family, short length). */
  ck_ok(sock2_addr_parse(&a, "192.0.2.1:80"));
  a.len = 4;
  ck_err(sock2_addr_format(&a, big, sizeof(big)), SOCK2_EINVAL);
}
END_TEST

START_TEST(test_addr_ports_other_families)
{
  sock2_addr_t a;

  ck_ok(sock2_addr_unix(&a, "/x"));
  ck_err(sock2_addr_port(&a), SOCK2_EAFNOSUPPORT);
  ck_err(sock2_addr_set_port(&a, 1), SOCK2_EAFNOSUPPORT);
  {
    uint8_t ip[16];
    ck_err(sock2_addr_ip(&a, ip, sizeof(ip)), SOCK2_EAFNOSUPPORT);
  }
  ck_ok(sock2_addr_parse(&a, "[::1]:9"));
  ck_ok(sock2_addr_set_port(&a, 10));
  ck_assert_int_eq(sock2_addr_port(&a), 10);
  {
    char buf[8];
    ck_err(sock2_addr_abstract_name(&a, buf, sizeof(buf)), SOCK2_EAFNOSUPPORT);
  }
}
END_TEST

Suite *
sock2_test_addr_suite(void)
{
  Suite *s = suite_create("addr");
  TCase *tc;

  tc = sock2_tcase("build");
  tcase_add_test(tc, test_addr_ipv4);
  tcase_add_test(tc, test_addr_ipv6);
  tcase_add_test(tc, test_addr_null_arguments);
  tcase_add_test(tc, test_addr_init);
  tcase_add_test(tc, test_addr_from_raw);
  tcase_add_test(tc, test_addr_unix_path_limits);
  tcase_add_test(tc, test_addr_unix_bind_longest);
  tcase_add_test(tc, test_addr_unix_full_path);
  tcase_add_test(tc, test_addr_unix_unnamed);
  tcase_add_test(tc, test_addr_abstract);
  tcase_add_test(tc, test_addr_vsock);
  tcase_add_test(tc, test_addr_equal);
  tcase_add_test(tc, test_addr_ports_other_families);
  suite_add_tcase(s, tc);

  tc = sock2_tcase("text");
  tcase_add_loop_test(tc, test_addr_text_round_trip, 0,
                      (int)(sizeof(round_trips) / sizeof(round_trips[0])));
  tcase_add_loop_test(tc, test_addr_text_canonical, 0,
                      (int)(sizeof(canonical) / sizeof(canonical[0])));
  tcase_add_loop_test(tc, test_addr_text_malformed, 0,
                      (int)(sizeof(malformed) / sizeof(malformed[0])));
  tcase_add_test(tc, test_addr_text_scope_by_name);
  tcase_add_test(tc, test_addr_text_scope_at_fd_limit);
  tcase_add_test(tc, test_addr_text_unix);
  tcase_add_test(tc, test_addr_format_buffer);
  suite_add_tcase(s, tc);
  return s;
}
