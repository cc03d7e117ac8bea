/* SPDX-License-Identifier: MIT */
/* Test helpers: loopback sockets, raw OS checks, the descriptor-leak check. */
#include "tests.h"

#include <errno.h>
#include <fcntl.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/time.h>

/* ---- Descriptor-leak check ----------------------------------------------- */

#define FD_SCAN 1024
static unsigned char open_before[FD_SCAN];

static void
record_fds(void)
{
  int fd;
  for (fd = 0; fd < FD_SCAN; fd++)
    open_before[fd] = fcntl(fd, F_GETFD) != -1;
}

static void
check_fds(void)
{
  int fd;
  for (fd = 0; fd < FD_SCAN; fd++)
    ck_assert_msg(open_before[fd] || fcntl(fd, F_GETFD) == -1,
                  "descriptor %d leaked by the test", fd);
}

TCase *
sock2_tcase(const char *name)
{
  TCase *tc = tcase_create(name);
  tcase_add_checked_fixture(tc, record_fds, check_fds);
  tcase_set_timeout(tc, 30);
  return tc;
}

/* ---- Addresses and sockets --------------------------------------------- */

void
t_loopback(int domain, sock2_addr_t *addr)
{
  ck_ok(sock2_addr_parse(addr, domain == SOCK2_DOMAIN_IPV6 ? "[::1]:0"
                                                           : "127.0.0.1:0"));
}

int
t_have_ipv6(void)
{
  sock2_socket_t s;
  sock2_addr_t a;
  int ok;

  if (sock2_socket(SOCK2_DOMAIN_IPV6, SOCK2_TYPE_STREAM, 0, &s) != 0)
    return 0;
  t_loopback(SOCK2_DOMAIN_IPV6, &a);
  ok = sock2_bind(s, &a) == 0;
  sock2_close(s);
  return ok;
}

sock2_socket_t
t_listener(int domain, sock2_addr_t *addr)
{
  sock2_socket_t l;
  sock2_addr_t a;

  t_loopback(domain, &a);
  ck_ok(sock2_socket(domain, SOCK2_TYPE_STREAM, 0, &l));
  ck_ok(sock2_bind(l, &a));
  ck_ok(sock2_listen(l, 16));
  ck_ok(sock2_local_addr(l, addr));
  return l;
}

void
t_tcp_pair(int domain, sock2_socket_t *client, sock2_socket_t *server)
{
  sock2_addr_t a;
  sock2_socket_t l = t_listener(domain, &a);

  ck_ok(sock2_socket(domain, SOCK2_TYPE_STREAM, 0, client));
  ck_ok(sock2_connect(*client, &a));
  ck_ok(sock2_accept(l, server, NULL));
  ck_ok(sock2_close(l));
}

sock2_socket_t
t_udp(int domain, sock2_addr_t *addr)
{
  sock2_socket_t s;
  sock2_addr_t a;

  t_loopback(domain, &a);
  ck_ok(sock2_socket(domain, SOCK2_TYPE_DGRAM, 0, &s));
  ck_ok(sock2_bind(s, &a));
  ck_ok(sock2_local_addr(s, addr));
  return s;
}

void
t_unix_path(char *buf, size_t size, const char *name)
{
  char dir[] = "/tmp/sock2-test-XXXXXX";
  ck_assert_ptr_nonnull(mkdtemp(dir));
  ck_assert_int_lt(snprintf(buf, size, "%s/%s", dir, name), (int)size);
}

void
t_unix_path_cleanup(const char *path)
{
  char dir[512];
  char *slash;

  unlink(path);
  snprintf(dir, sizeof(dir), "%s", path);
  slash = strrchr(dir, '/');
  if (slash != NULL) {
    *slash = '\0';
    rmdir(dir);
  }
}

/* ---- Raw OS checks --------------------------------------------------------- */

int
t_raw_is_cloexec(sock2_socket_t s)
{
  int fl = fcntl(s, F_GETFD);
  ck_assert_int_ne(fl, -1);
  return (fl & FD_CLOEXEC) != 0;
}

int
t_raw_is_nonblocking(sock2_socket_t s)
{
  int fl = fcntl(s, F_GETFL);
  ck_assert_int_ne(fl, -1);
  return (fl & O_NONBLOCK) != 0;
}

int
t_raw_is_open(sock2_socket_t s)
{
  return fcntl(s, F_GETFD) != -1;
}

int
t_raw_getsockopt_int(sock2_socket_t s, int level, int name)
{
  int v = 0;
  socklen_t len = sizeof(v);
  ck_assert_int_eq(getsockopt(s, level, name, &v, &len), 0);
  return v;
}

long long
t_now_ms(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}
