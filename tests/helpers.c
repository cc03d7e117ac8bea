/* SPDX-License-Identifier: MIT */
/* Test helpers: loopback sockets, raw OS checks, the descriptor-leak check. */
#include "tests.h"

#include <errno.h>
#include <time.h>
#ifdef _WIN32
# include <windows.h>
# include <direct.h>
#else
# include <fcntl.h>
# include <unistd.h>
# include <sys/stat.h>
# include <sys/time.h>
#endif

/* ---- Skips ------------------------------------------------------------------ */

static int skip_count;

void
t_skip(const char *test, const char *reason)
{
  skip_count++;
  printf("SKIP: %s: %s\n", test, reason);
  fflush(stdout);
}

int
t_skipped(void)
{
  return skip_count;
}

int
t_emulator_lacks_option(sock2_socket_t s, int level, int name,
                        const char *what)
{
  char v[64];
  socklen_t len = (socklen_t)sizeof(v);
  int e = 0;

#ifdef _WIN32
  /*
   * On Windows the emulator is Wine, which maps options to the Linux
   * host's and refuses some (reading IP_RECVTOS, IPV6_RECVTCLASS) with
   * WSAEINVAL or WSAENOPROTOOPT; Winsock reports through WSAGetLastError.
   */
  if (!t_under_wine())
    return 0;
  memset(v, 0, sizeof(v));
  if (getsockopt(s, level, name, (void *)v, &len) != 0)
    e = WSAGetLastError();
  else if (setsockopt(s, level, name, (const void *)v, len) != 0)
    e = WSAGetLastError();
  if (e != WSAENOPROTOOPT && e != WSAEINVAL)
    return 0;
  t_skip(what, "Wine does not pass this option through");
  return 1;
#else
  if (t_emulator() == NULL)
    return 0;
  memset(v, 0, sizeof(v));
  if (getsockopt(s, level, name, (void *)v, &len) != 0)
    e = errno;
  else if (setsockopt(s, level, name, (const void *)v, len) != 0)
    e = errno;
  if (e != ENOPROTOOPT && e != EINVAL)
    return 0;
  t_skip(what, "the emulator does not pass this option through");
  return 1;
#endif
}

int
t_under_wine(void)
{
#ifdef _WIN32
  /* Wine's ntdll exports wine_get_version; Windows' does not. */
  HMODULE ntdll = GetModuleHandleA("ntdll.dll");
  return ntdll != NULL && GetProcAddress(ntdll, "wine_get_version") != NULL;
#else
  return 0;
#endif
}

/* ---- Descriptor-leak check ----------------------------------------------- */

#ifdef _WIN32
/*
 * Windows has no descriptor table to scan. Socket handles are kernel
 * handles, multiples of 4: record which handle values are open before the
 * test, and afterwards fail for any newly open handle that is a socket
 * (Winsock and the C runtime may open other handles lazily; those are not
 * the test's).
 */
#define HANDLE_SCAN 4096
static unsigned char open_before[HANDLE_SCAN];

static int
handle_open(size_t i)
{
  DWORD fl;
  return GetHandleInformation((HANDLE)(uintptr_t)(i * 4), &fl) != 0;
}

static void
record_fds(void)
{
  size_t i;
  for (i = 1; i < HANDLE_SCAN; i++)
    open_before[i] = (unsigned char)handle_open(i);
}

static void
check_fds(void)
{
  size_t i;
  for (i = 1; i < HANDLE_SCAN; i++) {
    int type = 0, len = (int)sizeof(type);
    if (open_before[i] || !handle_open(i))
      continue;
    ck_assert_msg(getsockopt((SOCKET)(i * 4), SOL_SOCKET, SO_TYPE,
                             (char *)&type, &len) != 0,
                  "socket handle %u leaked by the test", (unsigned)(i * 4));
  }
}
#else
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
#endif

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

int
t_have_unix(void)
{
  sock2_socket_t s;

  if (sock2_socket(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_STREAM, 0, &s) != 0)
    return 0;
  sock2_close(s);
  return 1;
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

#ifdef _WIN32
/*
 * Windows: a fresh directory under GetTempPath (no mkdtemp; the name is
 * made unique from the process id, the tick count and a counter, and
 * _mkdir refuses an existing one). Paths use forward slashes, which
 * AF_UNIX on Windows accepts.
 */
void
t_unix_path(char *buf, size_t size, const char *name)
{
  static unsigned counter;
  char tmp[MAX_PATH + 1], dir[MAX_PATH + 64];
  DWORD n = GetTempPathA((DWORD)sizeof(tmp), tmp);
  int tries;

  ck_assert_msg(n > 0 && n < sizeof(tmp), "GetTempPathA failed");
  for (tries = 0; tries < 100; tries++) {
    snprintf(dir, sizeof(dir), "%ssock2-%lu-%lu-%u", tmp,
             (unsigned long)GetCurrentProcessId(),
             (unsigned long)GetTickCount(), counter++);
    if (_mkdir(dir) == 0)
      break;
  }
  ck_assert_int_lt(tries, 100);
  for (n = 0; dir[n] != '\0'; n++)
    if (dir[n] == '\\')
      dir[n] = '/';
  ck_assert_int_lt(snprintf(buf, size, "%s/%s", dir, name), (int)size);
}
#else
void
t_unix_path(char *buf, size_t size, const char *name)
{
  char dir[] = "/tmp/sock2-test-XXXXXX";
  ck_assert_ptr_nonnull(mkdtemp(dir));
  ck_assert_int_lt(snprintf(buf, size, "%s/%s", dir, name), (int)size);
}
#endif

void
t_unix_path_cleanup(const char *path)
{
  char dir[512];
  char *slash;

#ifdef _WIN32
  DeleteFileA(path);
#else
  unlink(path);
#endif
  snprintf(dir, sizeof(dir), "%s", path);
  slash = strrchr(dir, '/');
  if (slash != NULL) {
    *slash = '\0';
#ifdef _WIN32
    RemoveDirectoryA(dir);
#else
    rmdir(dir);
#endif
  }
}

/* ---- Raw OS checks --------------------------------------------------------- */

#ifdef _WIN32
/* Windows: close-on-exec is "not inheritable" (GetHandleInformation). */
int
t_raw_is_cloexec(sock2_socket_t s)
{
  DWORD fl = 0;
  ck_assert_int_ne(GetHandleInformation((HANDLE)s, &fl), 0);
  return (fl & HANDLE_FLAG_INHERIT) == 0;
}

/*
 * Winsock cannot report FIONBIO, so the mode cannot be read back: this
 * returns -1 ("unknown"), which equals neither 0 nor 1, so an assertion
 * on it fails loudly. Tests guard such assertions with _WIN32.
 */
int
t_raw_is_nonblocking(sock2_socket_t s)
{
  (void)s;
  return -1;
}

int
t_raw_is_open(sock2_socket_t s)
{
  DWORD fl;
  return GetHandleInformation((HANDLE)s, &fl) != 0;
}

int
t_raw_getsockopt_int(sock2_socket_t s, int level, int name)
{
  int v = 0, len = (int)sizeof(v);
  ck_assert_int_eq(getsockopt(s, level, name, (char *)&v, &len), 0);
  return v;
}

long long
t_now_ms(void)
{
  return (long long)GetTickCount64();
}
#else
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
#endif

/*
 * Check's CK_LOG_FILE_NAME (and the XML and TAP ones) name one file for
 * every test program, and several programs run in one `make check`: a
 * program other than check_sock2 writes to NAME.suffix instead, so none
 * clobbers another's.
 */
void
t_own_logs(SRunner *sr, const char *suffix)
{
#ifdef _WIN32
  /*
   * No unsetenv(). Neither program that calls this runs a suite on
   * Windows (check_fault is not built, check_sweep skips as a whole).
   */
  (void)sr;
  (void)suffix;
#else
  static const char *vars[3] = {"CK_LOG_FILE_NAME", "CK_XML_LOG_FILE_NAME",
                                "CK_TAP_LOG_FILE_NAME"};
  static char names[3][1024];
  int i;

  for (i = 0; i < 3; i++) {
    const char *v = getenv(vars[i]);
    if (v == NULL || strcmp(v, "-") == 0 ||
        (size_t)snprintf(names[i], sizeof(names[i]), "%s.%s", v, suffix) >=
          sizeof(names[i]))
      continue;
    unsetenv(vars[i]);
    if (i == 0)
      srunner_set_log(sr, names[i]);
    else if (i == 1)
      srunner_set_xml(sr, names[i]);
    else
      srunner_set_tap(sr, names[i]);
  }
#endif
}

#ifndef _WIN32
# include <dirent.h>
# include <unistd.h>

void
t_child_exit(int code)
{
  int fds[1024], n = 0, i, fd;
  DIR *d = opendir("/proc/self/fd");

  if (d != NULL) {
    struct dirent *e;
    while (n < (int)(sizeof(fds) / sizeof(fds[0])) && (e = readdir(d)) != NULL) {
      fd = atoi(e->d_name);
      if (fd > 2 && fd != dirfd(d))
        fds[n++] = fd;
    }
    closedir(d);
    for (i = 0; i < n; i++)
      close(fds[i]);
  }
  /* No /proc (or more than the array holds): the low numbers one by one. */
  if (d == NULL || n == (int)(sizeof(fds) / sizeof(fds[0])))
    for (fd = 3; fd < 4096; fd++)
      close(fd);
  _exit(code);
}
#endif
