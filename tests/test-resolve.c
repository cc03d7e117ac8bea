/* SPDX-License-Identifier: MIT */
/*
 * Tests (issue 12): name resolution, readiness waiting, Happy Eyeballs
 * connects and names for constants. Never a real DNS server: numeric
 * input, localhost, and a hosts file installed in a private mount
 * namespace (root only; bind mounts over /etc/hosts and
 * /etc/nsswitch.conf in a forked child). The Happy Eyeballs timing tests
 * run in a private network namespace whose 2001:db8::1 and 192.0.2.1 are
 * reached through a veth pair and answered by nobody (a permanent
 * neighbour entry: the SYNs go out and are dropped), so those
 * destinations are blackholed; refused ones are closed loopback ports.
 * Children report through a pipe (C_FAIL) and exit; the parent asserts.
 */
#include "tests.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>

#ifndef _WIN32
# include <fcntl.h>
# include <sched.h>
# include <signal.h>
# include <unistd.h>
# include <net/if.h>
# include <netinet/tcp.h>
# include <sys/mount.h>
# include <sys/time.h>
# include <sys/wait.h>
#endif

/* ---- Helpers ------------------------------------------------------------ */

static sock2_addr_t
addr_of(const char *text)
{
  sock2_addr_t a;
  ck_ok(sock2_addr_parse(&a, text));
  return a;
}

/* A loopback port nobody listens on (one just released). */
static uint16_t
closed_port(int domain)
{
  sock2_addr_t a;
  sock2_socket_t l = t_listener(domain, &a);
  ck_ok(sock2_close(l));
  return (uint16_t)sock2_addr_port(&a);
}

#ifndef _WIN32
/* Open descriptors below 256 (the leak checks of the forked children). */
static int
count_fds(void)
{
  int fd, n = 0;
  for (fd = 0; fd < 256; fd++)
    if (fcntl(fd, F_GETFD) != -1)
      n++;
  return n;
}

/*
 * Forked children: C_FAIL writes a message to the report pipe and exits
 * 1; a child that cannot set up its namespace exits 77 with the reason.
 */
static int report_fd = -1;

static void child_exit(int code, const char *fmt, ...)
#if defined(__GNUC__)
  __attribute__((format(printf, 2, 3), noreturn))
#endif
  ;

static void
child_exit(int code, const char *fmt, ...)
{
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof(msg), fmt, ap);
  va_end(ap);
  if (write(report_fd, msg, strlen(msg)) < 0)
    code = 2;
  t_child_exit(code);
}

# define C_FAIL(...) child_exit(1, __VA_ARGS__)
# define C_SKIP(...) child_exit(77, __VA_ARGS__)
# define C_ASSERT(cond, ...)                                                  \
    do {                                                                      \
      if (!(cond))                                                            \
        C_FAIL(__VA_ARGS__);                                                  \
    } while (0)

/* Run fn in a forked child; fail or skip the test as it says. */
static void
run_child(const char *test, void (*fn)(void))
{
  int p[2], status;
  char msg[513];
  ssize_t n;
  pid_t pid;

  ck_assert_int_eq(pipe(p), 0);
  pid = fork();
  ck_assert_int_ge(pid, 0);
  if (pid == 0) {
    close(p[0]);
    report_fd = p[1];
    fn();
    t_child_exit(0);
  }
  close(p[1]);
  n = read(p[0], msg, sizeof(msg) - 1);
  close(p[0]);
  msg[n > 0 ? n : 0] = '\0';
  ck_assert_int_eq(waitpid(pid, &status, 0), pid);
  ck_assert_msg(WIFEXITED(status), "%s: the child died (signal %d)", test,
                WIFSIGNALED(status) ? WTERMSIG(status) : 0);
  if (WEXITSTATUS(status) == 77) {
    t_skip(test, msg);
    return;
  }
  ck_assert_msg(WEXITSTATUS(status) == 0, "%s: %s", test, msg);
}

/* A shell command in the child (the network namespace set-up). */
static int
sh(const char *cmd)
{
  int r = system(cmd);
  return r == 0 ? 0 : -1;
}
#endif

/* ---- Errors -------------------------------------------------------------- */

START_TEST(test_resolve_error_codes)
{
  static const struct {
    int code;
    const char *name;
  } eai[] = {
    {SOCK2_EAI_NONAME, "EAI_NONAME"},     {SOCK2_EAI_AGAIN, "EAI_AGAIN"},
    {SOCK2_EAI_FAIL, "EAI_FAIL"},         {SOCK2_EAI_NODATA, "EAI_NODATA"},
    {SOCK2_EAI_BADFLAGS, "EAI_BADFLAGS"}, {SOCK2_EAI_SERVICE, "EAI_SERVICE"},
    {SOCK2_EAI_FAMILY, "EAI_FAMILY"},     {SOCK2_EAI_SOCKTYPE, "EAI_SOCKTYPE"},
    {SOCK2_EAI_MEMORY, "EAI_MEMORY"},
  };
  size_t i, j;
  int e;

  for (i = 0; i < sizeof(eai) / sizeof(eai[0]); i++) {
    ck_assert_str_eq(sock2_err_name(eai[i].code), eai[i].name);
    ck_assert_str_ne(sock2_strerror(eai[i].code), "unknown error");
    ck_assert_int_le(eai[i].code, -5001);
    ck_assert_int_ge(eai[i].code, -5099);
    for (j = 0; j < i; j++)
      ck_assert_int_ne(eai[i].code, eai[j].code);
    /*
     * Distinct from every code an OS error number translates to (POSIX:
     * errno values stop below Linux's MAX_ERRNO, 4095; Windows: the WSA
     * and Win32 numbers the backend knows).
     */
    for (e = 1; e <= 4095; e++)
      ck_assert_int_ne(sock2_translate_sys_error(e), eai[i].code);
    for (e = 10000; e < 12000; e++)
      ck_assert_int_ne(sock2_translate_sys_error(e), eai[i].code);
  }
}
END_TEST

/* ---- sock2_addr_parse_ip ------------------------------------------------- */

START_TEST(test_parse_ip)
{
  static const char *bad[] = {"",         "1.2.3",   "1.2.3.4:80", "[::1]",
                              "::1%",     "::1]",    "1.2.3.04",   "::g",
                              "1.2.3.4 ", "fe80::1%1x"};
  sock2_addr_t a, b, poison;
  uint32_t scope = 0;
  size_t i;

  ck_ok(sock2_addr_parse_ip(&a, "192.0.2.1", 80));
  b = addr_of("192.0.2.1:80");
  ck_assert(sock2_addr_equal(&a, &b));
  ck_ok(sock2_addr_parse_ip(&a, "2001:db8::1", 443));
  b = addr_of("[2001:db8::1]:443");
  ck_assert(sock2_addr_equal(&a, &b));
  ck_ok(sock2_addr_parse_ip(&a, "::ffff:192.0.2.1", 0));
  ck_assert(sock2_addr_is_ipv6(&a));
  if (sock2_has(SOCK2_FEATURE_IPV6_SCOPE_ID)) {
    ck_ok(sock2_addr_parse_ip(&a, "fe80::1%7", 1));
    ck_ok(sock2_addr_scope_id(&a, &scope));
    ck_assert_uint_eq(scope, 7);
  }
#ifndef _WIN32
  if (sock2_has(SOCK2_FEATURE_IF_NAMETOINDEX)) {
    ck_ok(sock2_addr_parse_ip(&a, "fe80::1%lo", 1));
    ck_ok(sock2_addr_scope_id(&a, &scope));
    ck_assert_uint_eq(scope, if_nametoindex("lo"));
    memset(&poison, 0xA5, sizeof(poison));
    a = poison;
    ck_err(sock2_addr_parse_ip(&a, "fe80::1%nosuchif0", 1), SOCK2_ENODEV);
    ck_assert(memcmp(&a, &poison, sizeof(a)) == 0);
  }
#endif
  memset(&poison, 0xA5, sizeof(poison));
  for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
    a = poison;
    ck_assert_msg(sock2_addr_parse_ip(&a, bad[i], 1) == SOCK2_EINVAL, "%s",
                  bad[i]);
    ck_assert(memcmp(&a, &poison, sizeof(a)) == 0);
  }
  ck_err(sock2_addr_parse_ip(NULL, "::1", 1), SOCK2_EINVAL);
  ck_err(sock2_addr_parse_ip(&a, NULL, 1), SOCK2_EINVAL);
}
END_TEST

/* ---- sock2_resolve ------------------------------------------------------- */

START_TEST(test_resolve_numeric)
{
  sock2_resolve_hints_t h = SOCK2_RESOLVE_HINTS_INIT;
  sock2_addr_t out[4], poison, e;
  size_t total = 99;

  ck_assert_int_eq(sock2_resolve("192.0.2.1", "80", NULL, out, 4, &total),
                   1);
  ck_assert_uint_eq(total, 1);
  e = addr_of("192.0.2.1:80");
  ck_assert(sock2_addr_equal(&out[0], &e));
  ck_assert_int_eq(sock2_resolve("2001:db8::1", NULL, NULL, out, 4, NULL),
                   1);
  e = addr_of("[2001:db8::1]:0");
  ck_assert(sock2_addr_equal(&out[0], &e));
  /* Leading zeros in a port, as getaddrinfo takes them. */
  ck_assert_int_eq(sock2_resolve("::1", "0080", NULL, out, 4, NULL), 1);
  ck_assert_int_eq(sock2_addr_port(&out[0]), 80);
  if (sock2_has(SOCK2_FEATURE_IPV6_SCOPE_ID)) {
    uint32_t scope;
    ck_assert_int_eq(sock2_resolve("fe80::1%3", "1", NULL, out, 4, NULL), 1);
    ck_ok(sock2_addr_scope_id(&out[0], &scope));
    ck_assert_uint_eq(scope, 3);
  }
  /* cap 0 only counts; the array is untouched. */
  memset(&poison, 0xA5, sizeof(poison));
  out[0] = poison;
  total = 0;
  ck_assert_int_eq(sock2_resolve("192.0.2.1", "1", NULL, out, 0, &total), 0);
  ck_assert_uint_eq(total, 1);
  ck_assert(memcmp(&out[0], &poison, sizeof(poison)) == 0);
  /* The hints: family, type, numeric flags. */
  h.family = SOCK2_DOMAIN_IPV6;
  ck_err(sock2_resolve("192.0.2.1", "1", &h, out, 4, NULL),
         SOCK2_EAI_NODATA);
  ck_assert(memcmp(&out[0], &poison, sizeof(poison)) == 0);
  h.family = SOCK2_DOMAIN_IPV4;
  h.type = SOCK2_TYPE_DGRAM;
  ck_assert_int_eq(sock2_resolve("192.0.2.1", "53", &h, out, 4, NULL), 1);
  h.family = 12345;
  ck_err(sock2_resolve("192.0.2.1", "1", &h, out, 4, NULL), SOCK2_EAI_FAMILY);
  h = (sock2_resolve_hints_t)SOCK2_RESOLVE_HINTS_INIT;
  h.flags = SOCK2_RESOLVE_NUMERIC_HOST;
  ck_err(sock2_resolve("localhost", "1", &h, out, 4, NULL), SOCK2_EAI_NONAME);
  ck_assert_int_eq(sock2_resolve("127.0.0.1", "1", &h, out, 4, NULL), 1);
  h.flags = SOCK2_RESOLVE_NUMERIC_SERVICE;
  ck_err(sock2_resolve("127.0.0.1", "http", &h, out, 4, NULL),
         SOCK2_EAI_NONAME);
  h.flags = 0x100;
  ck_err(sock2_resolve("127.0.0.1", "1", &h, out, 4, NULL),
         SOCK2_EAI_BADFLAGS);
  h = (sock2_resolve_hints_t)SOCK2_RESOLVE_HINTS_INIT;
  h.reserved[1] = 1;
  ck_err(sock2_resolve("127.0.0.1", "1", &h, out, 4, NULL), SOCK2_EINVAL);
  h.reserved[1] = 0;
  h.size = 8;
  ck_err(sock2_resolve("127.0.0.1", "1", &h, out, 4, NULL), SOCK2_EINVAL);
  h.size = (uint32_t)sizeof(h) + 4;
  ck_err(sock2_resolve("127.0.0.1", "1", &h, out, 4, NULL), SOCK2_EINVAL);
  ck_err(sock2_resolve(NULL, NULL, NULL, out, 4, NULL), SOCK2_EINVAL);
  ck_err(sock2_resolve("::1", "1", NULL, NULL, 4, NULL), SOCK2_EINVAL);
  /* A number out of range is no port (glibc would wrap it to 0). */
  ck_err(sock2_resolve("127.0.0.1", "65536", NULL, out, 4, NULL),
         SOCK2_EAI_SERVICE);
  ck_err(sock2_resolve("localhost", "99999999999", NULL, out, 4, NULL),
         SOCK2_EAI_SERVICE);
#ifndef _WIN32
  if (sock2_has(SOCK2_FEATURE_IF_NAMETOINDEX))
    ck_err(sock2_resolve("fe80::1%nosuchif0", "1", NULL, out, 4, NULL),
           SOCK2_ENODEV);
#endif
}
END_TEST

START_TEST(test_resolve_localhost)
{
  sock2_resolve_hints_t h = SOCK2_RESOLVE_HINTS_INIT;
  sock2_addr_t out[16], e;
  size_t total = 0, i;
  int n;

  h.type = SOCK2_TYPE_STREAM;
  n = sock2_resolve("localhost", "8080", &h, out, 16, &total);
  ck_assert_msg(n >= 1, "localhost: %s", sock2_err_name(n));
  ck_assert_uint_eq((size_t)n, total);
  for (i = 0; i < (size_t)n; i++) {
    uint8_t ip[16];
    ck_assert_int_eq(sock2_addr_port(&out[i]), 8080);
    if (sock2_addr_is_ipv4(&out[i])) {
      ck_assert_int_eq(sock2_addr_ip(&out[i], ip, sizeof(ip)), 4);
      ck_assert_int_eq(ip[0], 127);
    } else {
      e = addr_of("[::1]:8080");
      ck_assert(sock2_addr_equal(&out[i], &e));
    }
  }
  /* Each address once, whatever the type (getaddrinfo repeats them). */
  h.type = 0;
  n = sock2_resolve("localhost", "8080", &h, out, 16, &total);
  ck_assert_int_ge(n, 1);
  for (i = 1; i < (size_t)n; i++)
    ck_assert(!sock2_addr_equal(&out[i], &out[i - 1]));
  /* Passive: host NULL is the wildcard; otherwise loopback. */
  h.family = SOCK2_DOMAIN_IPV4;
  h.flags = SOCK2_RESOLVE_PASSIVE;
  ck_assert_int_eq(sock2_resolve(NULL, "8080", &h, out, 16, NULL), 1);
  e = addr_of("0.0.0.0:8080");
  ck_assert(sock2_addr_equal(&out[0], &e));
  h.flags = 0;
  ck_assert_int_eq(sock2_resolve(NULL, "8080", &h, out, 16, NULL), 1);
  e = addr_of("127.0.0.1:8080");
  ck_assert(sock2_addr_equal(&out[0], &e));
  h.flags = SOCK2_RESOLVE_ADDRCONFIG;
  n = sock2_resolve("127.0.0.1", "1", &h, out, 16, NULL);
  ck_assert_msg(n == 1 || n == SOCK2_EAI_NONAME || n == SOCK2_EAI_NODATA,
                "ADDRCONFIG: %s", sock2_err_name(n));
}
END_TEST

START_TEST(test_resolve_reverse)
{
  char host[SOCK2_NAMEINFO_HOSTLEN], serv[SOCK2_NAMEINFO_SERVLEN];
  char small[4];
  sock2_addr_t a = addr_of("127.0.0.1:80"), u;
  const uint32_t num =
    SOCK2_NAMEINFO_NUMERIC_HOST | SOCK2_NAMEINFO_NUMERIC_SERVICE;

  ck_ok(sock2_resolve_reverse(&a, host, sizeof(host), serv, sizeof(serv),
                              num));
  ck_assert_str_eq(host, "127.0.0.1");
  ck_assert_str_eq(serv, "80");
  a = addr_of("[::1]:443");
  ck_ok(sock2_resolve_reverse(&a, host, sizeof(host), NULL, 0, num));
  ck_assert_str_eq(host, "::1");
  ck_ok(sock2_resolve_reverse(&a, NULL, 0, serv, sizeof(serv), num));
  ck_assert_str_eq(serv, "443");
  /* Too small: ENOBUFS, untouched. */
  a = addr_of("127.0.0.1:80");
  memcpy(small, "abc", 4);
  ck_err(sock2_resolve_reverse(&a, small, sizeof(small), NULL, 0, num),
         SOCK2_ENOBUFS);
  ck_assert_str_eq(small, "abc");
  ck_err(sock2_resolve_reverse(&a, host, 0, NULL, 0, num), SOCK2_ENOBUFS);
  ck_err(sock2_resolve_reverse(&a, NULL, 0, NULL, 0, num), SOCK2_EINVAL);
  ck_err(sock2_resolve_reverse(NULL, host, sizeof(host), NULL, 0, num),
         SOCK2_EINVAL);
  ck_err(sock2_resolve_reverse(&a, host, sizeof(host), NULL, 0, 0x1000),
         SOCK2_EAI_BADFLAGS);
  if (sock2_has(SOCK2_FEATURE_UNIX_SOCKETS)) {
    ck_ok(sock2_addr_unix(&u, "/tmp/x"));
    ck_err(sock2_resolve_reverse(&u, host, sizeof(host), NULL, 0, num),
           SOCK2_EAI_FAMILY);
  }
}
END_TEST

#ifndef _WIN32
/*
 * The hosts-file namespace: /etc/hosts and /etc/nsswitch.conf ("hosts:
 * files") replaced by bind mounts in a private mount namespace, so the
 * lookups read only the test's file and no DNS server is asked.
 */
static void
hosts_ns_setup(void)
{
  static const char hosts[] =
    "127.0.0.1 localhost\n"
    "::1 localhost\n"
    "127.0.0.2 multi.test\n"
    "127.0.0.3 multi.test\n"
    "127.0.0.4 multi.test\n"
    "127.0.0.1 dual.test\n"
    "::1 dual.test\n";
  static const char nss[] = "hosts: files\nservices: files\n";
  /*
   * For resolvers without nsswitch (musl), which ask DNS after the hosts
   * file: a name server on loopback that is not there (refused at once).
   */
  static const char res[] =
    "nameserver 127.0.0.1\noptions timeout:1 attempts:1\n";
  char hp[] = "/tmp/sock2-hostsXXXXXX", np[] = "/tmp/sock2-nssXXXXXX";
  char rp[] = "/tmp/sock2-resolvXXXXXX";
  int hf, nf, rf;

  if (unshare(CLONE_NEWNS) != 0)
    C_SKIP("unshare(CLONE_NEWNS): %s (needs root)", strerror(errno));
  if (mount("none", "/", "none", MS_REC | MS_PRIVATE, NULL) != 0)
    C_SKIP("making / private: %s", strerror(errno));
  hf = mkstemp(hp);
  nf = mkstemp(np);
  rf = mkstemp(rp);
  C_ASSERT(hf >= 0 && nf >= 0 && rf >= 0, "mkstemp: %s", strerror(errno));
  C_ASSERT(write(rf, res, sizeof(res) - 1) == (ssize_t)sizeof(res) - 1,
           "write resolv.conf");
  close(rf);
  C_ASSERT(write(hf, hosts, sizeof(hosts) - 1) == (ssize_t)sizeof(hosts) - 1,
           "write hosts");
  C_ASSERT(write(nf, nss, sizeof(nss) - 1) == (ssize_t)sizeof(nss) - 1,
           "write nsswitch");
  close(hf);
  close(nf);
  if (mount(hp, "/etc/hosts", "none", MS_BIND, NULL) != 0 ||
      mount(np, "/etc/nsswitch.conf", "none", MS_BIND, NULL) != 0) {
    unlink(hp);
    unlink(np);
    unlink(rp);
    C_SKIP("bind-mounting over /etc/hosts, /etc/nsswitch.conf: %s",
           strerror(errno));
  }
  /*
   * No resolv.conf is fine (no DNS either); one there is replaced. An
   * empty file over gai.conf keeps RFC 6724's default precedences (the
   * IPv6-first check below), whatever the host configured.
   */
  if ((access("/etc/resolv.conf", F_OK) == 0 &&
       mount(rp, "/etc/resolv.conf", "none", MS_BIND, NULL) != 0) ||
      (access("/etc/gai.conf", F_OK) == 0 &&
       mount("/dev/null", "/etc/gai.conf", "none", MS_BIND, NULL) != 0)) {
    unlink(hp);
    unlink(np);
    unlink(rp);
    C_SKIP("bind-mounting over /etc/resolv.conf: %s", strerror(errno));
  }
  /* The files stay reachable through the mounts; the names can go. */
  unlink(hp);
  unlink(np);
  unlink(rp);
}

static void
hosts_child(void)
{
  sock2_resolve_hints_t h = SOCK2_RESOLVE_HINTS_INIT;
  sock2_addr_t out[8], e;
  char host[SOCK2_NAMEINFO_HOSTLEN];
  size_t total = 0, i;
  int n, seen[3] = {0, 0, 0};
  int fds = count_fds();

  hosts_ns_setup();
  h.type = SOCK2_TYPE_STREAM;
  /* Multi-address answer: all three, each once. */
  n = sock2_resolve("multi.test", "99", &h, out, 8, &total);
  C_ASSERT(n == 3 && total == 3, "multi.test: %d (%s), total %zu", n,
           sock2_err_name(n), total);
  for (i = 0; i < 3; i++) {
    uint8_t ip[4];
    C_ASSERT(sock2_addr_ip(&out[i], ip, 4) == 4 && ip[0] == 127 &&
               ip[3] >= 2 && ip[3] <= 4 && sock2_addr_port(&out[i]) == 99,
             "multi.test: a wrong address");
    seen[ip[3] - 2]++;
  }
  C_ASSERT(seen[0] == 1 && seen[1] == 1 && seen[2] == 1,
           "multi.test: not each address once");
  /* A short array: the first two, and the count of all. */
  total = 0;
  n = sock2_resolve("multi.test", "99", &h, out, 2, &total);
  C_ASSERT(n == 2 && total == 3, "cap 2: %d, total %zu", n, total);
  /*
   * IPv6 first: the file lists 127.0.0.1 before ::1, and RFC 6724's
   * precedence (::1 50, IPv4 35) puts ::1 first.
   */
  if (t_have_ipv6()) {
    n = sock2_resolve("dual.test", "7", &h, out, 8, &total);
    C_ASSERT(n == 2, "dual.test: %d (%s)", n, sock2_err_name(n));
    e = addr_of("[::1]:7");
    C_ASSERT(sock2_addr_equal(&out[0], &e), "dual.test: ::1 is not first");
    e = addr_of("127.0.0.1:7");
    C_ASSERT(sock2_addr_equal(&out[1], &e), "dual.test: 127.0.0.1 second");
    h.family = SOCK2_DOMAIN_IPV4;
    n = sock2_resolve("dual.test", "7", &h, out, 8, &total);
    C_ASSERT(n == 1 && sock2_addr_is_ipv4(&out[0]), "dual.test v4: %d", n);
    h.family = 0;
  }
  /* Not found, and a family the name does not have. */
  n = sock2_resolve("nothere.test", "7", &h, out, 8, NULL);
  /* musl has no nsswitch: it asks DNS too, which is unreachable here. */
  C_ASSERT(n == SOCK2_EAI_NONAME || n == SOCK2_EAI_AGAIN,
           "nothere.test: %s", sock2_err_name(n));
  h.family = SOCK2_DOMAIN_IPV6;
  n = sock2_resolve("multi.test", "7", &h, out, 8, NULL);
  C_ASSERT(n == SOCK2_EAI_NONAME || n == SOCK2_EAI_NODATA,
           "multi.test v6: %s", sock2_err_name(n));
  /* Reverse by name, and NAME_REQUIRED for an address without one. */
  e = addr_of("127.0.0.3:80");
  n = sock2_resolve_reverse(&e, host, sizeof(host), NULL, 0, 0);
  C_ASSERT(n == 0 && strcmp(host, "multi.test") == 0, "reverse: %s %s",
           sock2_err_name(n), n == 0 ? host : "");
  e = addr_of("127.0.0.9:80");
  n = sock2_resolve_reverse(&e, host, sizeof(host), NULL, 0,
                            SOCK2_NAMEINFO_NAME_REQUIRED);
  C_ASSERT(n == SOCK2_EAI_NONAME, "NAME_REQUIRED: %s", sock2_err_name(n));
  n = sock2_resolve_reverse(&e, host, sizeof(host), NULL, 0, 0);
  C_ASSERT(n == 0 && strcmp(host, "127.0.0.9") == 0, "numeric fallback");
  /* localhost has ::1 and 127.0.0.1 here: each listener alone wins. */
  if (t_have_ipv6()) {
    sock2_socket_t l, c;
    sock2_addr_t la, peer;
    char port[8];
    int k;
    for (k = 0; k < 2; k++) {
      l = t_listener(k == 0 ? SOCK2_DOMAIN_IPV6 : SOCK2_DOMAIN_IPV4, &la);
      snprintf(port, sizeof(port), "%d", sock2_addr_port(&la));
      n = sock2_connect_host("localhost", port, SOCK2_SEC(10), &c);
      C_ASSERT(n == 0, "localhost:%s (%s listener): %s", port,
               k == 0 ? "v6" : "v4", sock2_err_name(n));
      C_ASSERT(sock2_peer_addr(c, &peer) == 0 &&
                 sock2_addr_equal(&peer, &la),
               "connected to the wrong listener");
      sock2_close(c);
      sock2_close(l);
    }
  }
  C_ASSERT(count_fds() == fds, "descriptors leaked: %d -> %d", fds,
           count_fds());
}

START_TEST(test_resolve_hosts_file)
{
  T_SKIP_IF(geteuid() != 0, "a private mount namespace needs root");
  T_SKIP_UNDER_EMULATOR("qemu-user and mount namespaces");
  run_child(__func__, hosts_child);
}
END_TEST
#else
T_WINDOWS_SKIP_TEST(test_resolve_hosts_file,
                    "mount namespaces are Linux's")
#endif

/* ---- Waiting ------------------------------------------------------------- */

START_TEST(test_wait_one)
{
  sock2_socket_t c, s;
  int r;
  char b[8];

  t_tcp_pair(SOCK2_DOMAIN_IPV4, &c, &s);
  ck_assert_int_eq(sock2_wait(c, SOCK2_WAIT_WRITE, 0), SOCK2_WAIT_WRITE);
  ck_assert_int_eq(sock2_wait(c, SOCK2_WAIT_WRITE, SOCK2_DURATION_NONE),
                   SOCK2_WAIT_WRITE);
  ck_err(sock2_wait(c, SOCK2_WAIT_READ, 0), SOCK2_ETIMEDOUT);
  ck_err(sock2_wait(c, SOCK2_WAIT_READ, SOCK2_MSEC(5)), SOCK2_ETIMEDOUT);
  ck_err(sock2_wait(c, SOCK2_WAIT_READ, 1), SOCK2_ETIMEDOUT);
  ck_assert_int_eq(sock2_send(s, "xy", 2), 2);
  r = sock2_wait(c, SOCK2_WAIT_READ, SOCK2_SEC(5));
  ck_assert_int_eq(r, SOCK2_WAIT_READ);
  r = sock2_wait(c, SOCK2_WAIT_READ | SOCK2_WAIT_WRITE, SOCK2_SEC(5));
  ck_assert_int_eq(r, SOCK2_WAIT_READ | SOCK2_WAIT_WRITE);
  ck_assert_int_eq(sock2_recv(c, b, sizeof(b)), 2);
  /* The peer goes away with data unread: a reset, error and hang-up. */
  ck_assert_int_eq(sock2_send(c, "z", 1), 1);
  ck_ok(sock2_set_linger(s, SOCK2_SEC(0)));
  ck_ok(sock2_close(s));
  r = sock2_wait(c, SOCK2_WAIT_READ, SOCK2_SEC(5));
  /*
   * Linux: READ, ERROR and HUP; Wine's WSAPoll(): ERROR and HUP (the
   * reset is not "readable" there).
   */
  ck_assert_msg(r > 0 && (r & SOCK2_WAIT_HUP) &&
                  (r & (SOCK2_WAIT_READ | SOCK2_WAIT_ERROR)),
                "after a reset: %d", r);
#ifndef _WIN32
  ck_assert_int_eq(r, SOCK2_WAIT_READ | SOCK2_WAIT_ERROR | SOCK2_WAIT_HUP);
#endif
  /* Bad arguments. */
  ck_err(sock2_wait(c, 0, 0), SOCK2_EINVAL);
  ck_err(sock2_wait(c, SOCK2_WAIT_ERROR, 0), SOCK2_EINVAL);
  ck_err(sock2_wait(c, 0x4000, 0), SOCK2_EINVAL);
  ck_err(sock2_wait(c, SOCK2_WAIT_READ, -2), SOCK2_EINVAL);
  ck_err(sock2_wait(SOCK2_INVALID_SOCKET, SOCK2_WAIT_READ, 0), SOCK2_EBADF);
  ck_ok(sock2_close(c));
#ifndef _WIN32
  /* A closed descriptor: POLLNVAL. */
  ck_err(sock2_wait(c, SOCK2_WAIT_READ, 0), SOCK2_EBADF);
#endif
}
END_TEST

#ifndef _WIN32
static void
on_alarm(int sig)
{
  (void)sig;
}

START_TEST(test_wait_eintr)
{
  struct sigaction sa, old;
  struct itimerval it;
  sock2_socket_t p[2];
  sock2_pollfd_t f;

  memset(&sa, 0, sizeof(sa));
  sa.sa_handler = on_alarm; /* no SA_RESTART */
  ck_assert_int_eq(sigaction(SIGALRM, &sa, &old), 0);
  ck_ok(sock2_socketpair(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_STREAM, 0, p));
  /* Every 20 ms, so a signal that comes before the wait is not the last. */
  memset(&it, 0, sizeof(it));
  it.it_value.tv_usec = 20000;
  it.it_interval.tv_usec = 20000;
  ck_assert_int_eq(setitimer(ITIMER_REAL, &it, NULL), 0);
  ck_err(sock2_wait(p[0], SOCK2_WAIT_READ, SOCK2_DURATION_NONE), SOCK2_EINTR);
  f.fd = p[0];
  f.events = SOCK2_WAIT_READ;
  f.revents = 0;
  ck_err(sock2_poll(&f, 1, SOCK2_SEC(30)), SOCK2_EINTR);
  memset(&it, 0, sizeof(it));
  ck_assert_int_eq(setitimer(ITIMER_REAL, &it, NULL), 0);
  ck_assert_int_eq(sigaction(SIGALRM, &old, NULL), 0);
  ck_ok(sock2_close(p[0]));
  ck_ok(sock2_close(p[1]));
}
END_TEST
#else
T_WINDOWS_SKIP_TEST(test_wait_eintr, "no signals interrupt WSAPoll")
#endif

START_TEST(test_poll_many)
{
  sock2_socket_t a[2], b[2], closed;
  sock2_pollfd_t f[4];

  t_tcp_pair(SOCK2_DOMAIN_IPV4, &a[0], &a[1]);
  t_tcp_pair(SOCK2_DOMAIN_IPV4, &b[0], &b[1]);
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &closed));
  ck_ok(sock2_close(closed));
  f[0].fd = a[0];
  f[1].fd = b[0];
  f[2].fd = SOCK2_INVALID_SOCKET;
  f[3].fd = closed;
  f[0].events = f[1].events = f[2].events = f[3].events = SOCK2_WAIT_READ;
  f[0].revents = f[1].revents = f[2].revents = f[3].revents = 0x77;
  /* Nothing to read on the pairs; the closed one is reported at once. */
#ifndef _WIN32
  ck_assert_int_eq(sock2_poll(f, 4, SOCK2_MSEC(1)), 1);
  ck_assert_int_eq(f[3].revents, SOCK2_WAIT_INVALID);
  ck_assert_int_eq(f[2].revents, 0);
#endif
  ck_assert_int_eq(sock2_poll(f, 2, 0), 0);
  ck_assert_int_eq(f[0].revents, 0);
  ck_assert_int_eq(f[1].revents, 0);
  ck_assert_int_eq(sock2_send(b[1], "x", 1), 1);
  ck_assert_int_eq(sock2_poll(f, 2, SOCK2_SEC(5)), 1);
  ck_assert_int_eq(f[0].revents, 0);
  ck_assert_int_eq(f[1].revents, SOCK2_WAIT_READ);
  /* Events are the caller's: untouched. */
  ck_assert_int_eq(f[0].events, SOCK2_WAIT_READ);
  f[0].events = SOCK2_WAIT_WRITE | SOCK2_WAIT_ERROR | SOCK2_WAIT_HUP;
  ck_assert_int_eq(sock2_poll(f, 2, SOCK2_SEC(5)), 2);
  ck_assert_int_eq(f[0].revents, SOCK2_WAIT_WRITE);
  ck_assert_int_eq(f[0].events,
                   SOCK2_WAIT_WRITE | SOCK2_WAIT_ERROR | SOCK2_WAIT_HUP);
  ck_err(sock2_poll(NULL, 1, 0), SOCK2_EINVAL);
  ck_err(sock2_poll(f, (size_t)INT_MAX + 1, 0), SOCK2_EINVAL);
  ck_err(sock2_poll(f, 1, -2), SOCK2_EINVAL);
  ck_ok(sock2_close(a[0]));
  ck_ok(sock2_close(a[1]));
  ck_ok(sock2_close(b[0]));
  ck_ok(sock2_close(b[1]));
}
END_TEST

/* ---- Happy Eyeballs ----------------------------------------------------- */

typedef struct attempts {
  int n;
  sock2_attempt_t a[16];
} attempts_t;

static void
record(void *arg, const sock2_attempt_t *at)
{
  attempts_t *r = (attempts_t *)arg;
  if (r->n < 16)
    r->a[r->n++] = *at;
}

static int
find_attempt(const attempts_t *r, int index)
{
  int i;
  for (i = 0; i < r->n; i++)
    if (r->a[i].index == index)
      return i;
  return -1;
}

/* A v6-only listener on ::1 and a v4 one on 127.0.0.1, the same port. */
static uint16_t
dual_listeners(sock2_socket_t *l6, sock2_socket_t *l4)
{
  int tries;
  for (tries = 0; tries < 20; tries++) {
    sock2_addr_t a;
    uint16_t port;
    ck_ok(sock2_socket(SOCK2_DOMAIN_IPV6, SOCK2_TYPE_STREAM, 0, l6));
    ck_ok(sock2_set_only_v6(*l6, 1));
    a = addr_of("[::1]:0");
    ck_ok(sock2_bind(*l6, &a));
    ck_ok(sock2_listen(*l6, 8));
    ck_ok(sock2_local_addr(*l6, &a));
    port = (uint16_t)sock2_addr_port(&a);
    ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, l4));
    a = addr_of("127.0.0.1:0");
    ck_ok(sock2_addr_set_port(&a, port));
    if (sock2_bind(*l4, &a) == 0) {
      ck_ok(sock2_listen(*l4, 8));
      return port;
    }
    ck_ok(sock2_close(*l4));
    ck_ok(sock2_close(*l6));
  }
  ck_abort_msg("no port free on both ::1 and 127.0.0.1");
  return 0;
}

/* Whether "localhost" resolves to ::1 here. */
static int
localhost_has_v6(void)
{
  sock2_addr_t a[8], e = addr_of("[::1]:1");
  int i, n = sock2_resolve("localhost", "1", NULL, a, 8, NULL);
  for (i = 0; i < n; i++)
    if (sock2_addr_equal(&a[i], &e))
      return 1;
  return 0;
}

/* The accepted peer of c on l is c's local address. */
static void
check_connected(sock2_socket_t c, sock2_socket_t l)
{
  sock2_socket_t a;
  sock2_addr_t mine, theirs;
  char b;
  ck_ok(sock2_accept(l, &a, &theirs));
  ck_ok(sock2_local_addr(c, &mine));
  ck_assert(sock2_addr_equal(&mine, &theirs));
  ck_assert_int_eq(sock2_send(c, "k", 1), 1);
  ck_assert_int_eq(sock2_recv(a, &b, 1), 1);
  ck_assert_int_eq(b, 'k');
  ck_ok(sock2_close(a));
}

START_TEST(test_connect_host_localhost)
{
  sock2_socket_t l6, l4, c;
  char port[8];
  sock2_addr_t peer;
  int on = -1;

  T_SKIP_IF(!t_have_ipv6(), "no IPv6 loopback");
  snprintf(port, sizeof(port), "%u", (unsigned)dual_listeners(&l6, &l4));
  ck_ok(sock2_connect_host("localhost", port, SOCK2_SEC(10), &c));
  ck_ok(sock2_peer_addr(c, &peer));
  check_connected(c, sock2_addr_is_ipv6(&peer) ? l6 : l4);
  ck_assert_int_eq(t_raw_is_cloexec(c), 1);
  t_assert_nonblocking(c, 0);
  ck_ok(sock2_cloexec(c, &on));
  ck_assert_int_eq(on, 1);
  ck_ok(sock2_close(c));
  /* Only the IPv4 listener: ::1 refused, 127.0.0.1 wins. */
  ck_ok(sock2_close(l6));
  ck_ok(sock2_connect_host("localhost", port, SOCK2_SEC(10), &c));
  ck_ok(sock2_peer_addr(c, &peer));
  ck_assert(sock2_addr_is_ipv4(&peer));
  check_connected(c, l4);
  ck_ok(sock2_close(c));
  ck_ok(sock2_close(l4));
  /* Only IPv6 (numeric host too). */
  dual_listeners(&l6, &l4);
  ck_ok(sock2_local_addr(l6, &peer));
  snprintf(port, sizeof(port), "%u", (unsigned)sock2_addr_port(&peer));
  ck_ok(sock2_close(l4));
  if (localhost_has_v6()) {
    ck_ok(sock2_connect_host("localhost", port, SOCK2_SEC(10), &c));
    ck_ok(sock2_peer_addr(c, &peer));
    ck_assert(sock2_addr_is_ipv6(&peer));
    check_connected(c, l6);
    ck_ok(sock2_close(c));
  } else {
    /* (The hosts-file test has a localhost with ::1: it runs this.) */
    ck_err(sock2_connect_host("localhost", port, SOCK2_SEC(10), &c),
           SOCK2_ECONNREFUSED);
  }
  ck_ok(sock2_connect_host("::1", port, SOCK2_DURATION_NONE, &c));
  check_connected(c, l6);
  ck_ok(sock2_close(c));
  ck_ok(sock2_close(l6));
  /* Everything refused now, fast. */
  ck_err(sock2_connect_host("localhost", port, SOCK2_SEC(10), &c),
         SOCK2_ECONNREFUSED);
  ck_err(sock2_connect_host("nothere.invalid.", port, SOCK2_SEC(1), NULL),
         SOCK2_EINVAL);
  ck_err(sock2_connect_host("localhost", NULL, SOCK2_SEC(1), &c),
         SOCK2_EINVAL);
  ck_err(sock2_connect_host("localhost", port, 0, &c), SOCK2_EINVAL);
  ck_err(sock2_connect_host("127.0.0.1", "http", -5, &c), SOCK2_EINVAL);
}
END_TEST

START_TEST(test_happy_order_refused)
{
  sock2_connect_opts_t o = SOCK2_CONNECT_OPTS_INIT;
  sock2_addr_t a[5];
  attempts_t r;
  sock2_socket_t c = SOCK2_INVALID_SOCKET;
  long long t0, dt;
  int i;
  static const int order[] = {2, 0, 3, 1, 4};

  T_SKIP_IF(!t_have_ipv6(), "no IPv6 loopback");
  a[0] = addr_of("127.0.0.1:0");
  a[1] = addr_of("127.0.0.1:0");
  a[2] = addr_of("[::1]:0");
  a[3] = addr_of("[::1]:0");
  ck_ok(sock2_addr_set_port(&a[0], closed_port(SOCK2_DOMAIN_IPV4)));
  ck_ok(sock2_addr_set_port(&a[1], closed_port(SOCK2_DOMAIN_IPV4)));
  ck_ok(sock2_addr_set_port(&a[2], closed_port(SOCK2_DOMAIN_IPV6)));
  ck_ok(sock2_addr_set_port(&a[3], closed_port(SOCK2_DOMAIN_IPV6)));
  /* Another family goes last (its socket fails: no such family here). */
  ck_ok(sock2_addr_init(&a[4]));
  a[4].len = 16;
  memset(&r, 0, sizeof(r));
  o.on_attempt = record;
  o.arg = &r;
  o.attempt_delay = SOCK2_SEC(3); /* refusals must not wait for it */
  o.timeout = SOCK2_SEC(20);
  t0 = t_now_ms();
  ck_err(sock2_connect_happy(a, 5, &o, &c, NULL), SOCK2_ECONNREFUSED);
  dt = t_now_ms() - t0;
  ck_assert_msg(dt < 2500, "refusals took %lld ms", dt);
  ck_assert(c == SOCK2_INVALID_SOCKET);
  /* RFC 8305 order: v6, v4, v6, v4, then the rest. */
  ck_assert_int_eq(r.n, 5);
  for (i = 0; i < 5; i++) {
    ck_assert_int_eq(r.a[i].index, order[i]);
    ck_assert(sock2_addr_equal(&r.a[i].addr, &a[order[i]]));
    ck_assert_int_ge(r.a[i].end, r.a[i].start);
    if (i < 4)
      ck_err(r.a[i].result, SOCK2_ECONNREFUSED);
    else
      ck_assert_int_lt(r.a[i].result, 0);
  }
}
END_TEST

START_TEST(test_happy_winner)
{
  sock2_connect_opts_t o = SOCK2_CONNECT_OPTS_INIT;
  sock2_addr_t a[3], won;
  sock2_socket_t l, c;
  attempts_t r;
  int k;

  l = t_listener(SOCK2_DOMAIN_IPV4, &a[1]);
  a[0] = addr_of("127.0.0.1:0");
  ck_ok(sock2_addr_set_port(&a[0], closed_port(SOCK2_DOMAIN_IPV4)));
  a[2] = a[1];
  memset(&r, 0, sizeof(r));
  o.on_attempt = record;
  o.arg = &r;
  o.flags = SOCK2_CONNECT_NONBLOCK;
  ck_ok(sock2_connect_happy(a, 3, &o, &c, &won));
  ck_assert(sock2_addr_equal(&won, &a[1]));
  t_assert_nonblocking(c, 1);
  ck_assert_int_eq(t_raw_is_cloexec(c), 1);
  check_connected(c, l);
  ck_ok(sock2_close(c));
  k = find_attempt(&r, 1);
  ck_assert_int_ge(k, 0);
  ck_assert_int_eq(r.a[k].result, 0);
  ck_assert_int_eq(find_attempt(&r, 2), -1); /* never started */
  ck_err(r.a[find_attempt(&r, 0)].result, SOCK2_ECONNREFUSED);
  /* Defaults (opts NULL): blocking; winner NULL is fine. */
  ck_ok(sock2_connect_happy(&a[1], 1, NULL, &c, NULL));
  t_assert_nonblocking(c, 0);
  check_connected(c, l);
  ck_ok(sock2_close(c));
  /* A tiny delay is clamped, not refused. */
  o = (sock2_connect_opts_t)SOCK2_CONNECT_OPTS_INIT;
  o.attempt_delay = 1;
  ck_ok(sock2_connect_happy(&a[1], 1, &o, &c, NULL));
  check_connected(c, l);
  ck_ok(sock2_close(c));
  ck_ok(sock2_close(l));
}
END_TEST

START_TEST(test_happy_args)
{
  sock2_connect_opts_t o = SOCK2_CONNECT_OPTS_INIT;
  sock2_addr_t a = addr_of("127.0.0.1:9"), bad = a, won, poison;
  sock2_socket_t c = SOCK2_INVALID_SOCKET;

  memset(&poison, 0xA5, sizeof(poison));
  won = poison;
  ck_err(sock2_connect_happy(NULL, 1, &o, &c, &won), SOCK2_EINVAL);
  ck_err(sock2_connect_happy(&a, 0, &o, &c, &won), SOCK2_EINVAL);
  ck_err(sock2_connect_happy(&a, 1, &o, NULL, &won), SOCK2_EINVAL);
  bad.len = (sock2_socklen_t)sizeof(bad.storage) + 1;
  ck_err(sock2_connect_happy(&bad, 1, &o, &c, &won), SOCK2_EINVAL);
  o.flags = 0x80;
  ck_err(sock2_connect_happy(&a, 1, &o, &c, &won), SOCK2_EINVAL);
  o.flags = 0;
  o.attempt_delay = -1;
  ck_err(sock2_connect_happy(&a, 1, &o, &c, &won), SOCK2_EINVAL);
  o.attempt_delay = 0;
  o.timeout = 0;
  ck_err(sock2_connect_happy(&a, 1, &o, &c, &won), SOCK2_EINVAL);
  o.timeout = -7;
  ck_err(sock2_connect_happy(&a, 1, &o, &c, &won), SOCK2_EINVAL);
  o.timeout = SOCK2_DURATION_NONE;
  o.reserved[3] = 1;
  ck_err(sock2_connect_happy(&a, 1, &o, &c, &won), SOCK2_EINVAL);
  o.reserved[3] = 0;
  o.size = 8;
  ck_err(sock2_connect_happy(&a, 1, &o, &c, &won), SOCK2_EINVAL);
  o.size = (uint32_t)sizeof(o) + 8;
  ck_err(sock2_connect_happy(&a, 1, &o, &c, &won), SOCK2_EINVAL);
  ck_assert(c == SOCK2_INVALID_SOCKET);
  ck_assert(memcmp(&won, &poison, sizeof(won)) == 0);
}
END_TEST

#ifndef _WIN32
/*
 * A private network namespace: lo up, and a veth pair through which
 * 2001:db8::1 and 192.0.2.1 are "on link" with a neighbour entry nobody
 * answers for, so SYNs to them are sent and never answered.
 */
static void
netns_setup(void)
{
  if (unshare(CLONE_NEWNET) != 0)
    C_SKIP("unshare(CLONE_NEWNET): %s (needs root)", strerror(errno));
  if (sh("ip link set lo up 2>/dev/null") != 0)
    C_SKIP("ip (iproute2) cannot bring lo up");
  if (sh("ip link add s2v0 type veth peer name s2v1 2>/dev/null && "
         "ip link set s2v0 up && ip link set s2v1 up && "
         "ip -6 route add 2001:db8::/64 dev s2v0 && "
         "ip -6 neigh add 2001:db8::1 lladdr 02:00:00:00:00:01 dev s2v0 "
         "nud permanent && "
         "ip route add 192.0.2.0/24 dev s2v0 && "
         "ip neigh add 192.0.2.1 lladdr 02:00:00:00:00:01 dev s2v0 "
         "nud permanent") != 0)
    C_SKIP("no veth pair here (ip link add type veth failed)");
}

static void
netns_child(void)
{
  sock2_connect_opts_t o = SOCK2_CONNECT_OPTS_INIT;
  sock2_addr_t a[3], won, l4a;
  sock2_socket_t l4, c;
  attempts_t r;
  long long t0, dt;
  int fds, err, k;

  netns_setup();
  fds = count_fds();
  l4 = t_listener(SOCK2_DOMAIN_IPV4, &l4a);
  o.on_attempt = record;
  o.arg = &r;

  /* v6 blackholed, v4 answering: v4 wins after about the delay. */
  a[0] = addr_of("[2001:db8::1]:80");
  a[1] = l4a;
  memset(&r, 0, sizeof(r));
  o.attempt_delay = SOCK2_MSEC(150);
  o.timeout = SOCK2_SEC(20);
  t0 = t_now_ms();
  err = sock2_connect_happy(a, 2, &o, &c, &won);
  dt = t_now_ms() - t0;
  C_ASSERT(err == 0, "v6 blackholed + v4: %s", sock2_err_name(err));
  C_ASSERT(sock2_addr_equal(&won, &l4a), "the v4 address did not win");
  C_ASSERT(dt >= 140 && dt < 5000, "v4 won after %lld ms (delay 150)", dt);
  k = find_attempt(&r, 0);
  C_ASSERT(r.n == 2 && k >= 0 && r.a[k].result == SOCK2_ECANCELED &&
             r.a[find_attempt(&r, 1)].start >= SOCK2_MSEC(140),
           "attempt reports: %d", r.n);
  sock2_close(c);

  /* The blackholed one first in the list changes nothing (v6 first). */
  a[0] = l4a;
  a[1] = addr_of("[2001:db8::1]:80");
  memset(&r, 0, sizeof(r));
  o.attempt_delay = SOCK2_MSEC(10); /* the minimum */
  t0 = t_now_ms();
  err = sock2_connect_happy(a, 2, &o, &c, &won);
  dt = t_now_ms() - t0;
  C_ASSERT(err == 0 && sock2_addr_equal(&won, &l4a), "delay 10 ms: %s",
           sock2_err_name(err));
  C_ASSERT(dt >= 9 && dt < 5000, "10 ms delay: won after %lld ms", dt);
  C_ASSERT(r.a[0].index == 1 || r.a[1].index == 1, "v6 was not tried");
  sock2_close(c);

  /* Everything blackholed: ETIMEDOUT at the total timeout. */
  a[0] = addr_of("[2001:db8::1]:80");
  a[1] = addr_of("192.0.2.1:80");
  memset(&r, 0, sizeof(r));
  o.attempt_delay = SOCK2_MSEC(50);
  o.timeout = SOCK2_MSEC(300);
  c = SOCK2_INVALID_SOCKET;
  t0 = t_now_ms();
  err = sock2_connect_happy(a, 2, &o, &c, NULL);
  dt = t_now_ms() - t0;
  C_ASSERT(err == SOCK2_ETIMEDOUT, "all blackholed: %s",
           sock2_err_name(err));
  C_ASSERT(dt >= 290 && dt < 5000, "timed out after %lld ms (300)", dt);
  C_ASSERT(r.n == 2 && r.a[0].result == SOCK2_ETIMEDOUT &&
             r.a[1].result == SOCK2_ETIMEDOUT,
           "timed-out attempts: %d", r.n);
  C_ASSERT(c == SOCK2_INVALID_SOCKET, "out written on failure");

  /* Refused beats timed out as the error reported. */
  a[2] = addr_of("127.0.0.1:1");
  err = sock2_connect_happy(a, 3, &o, &c, NULL);
  C_ASSERT(err == SOCK2_ECONNREFUSED, "refused + blackholed: %s",
           sock2_err_name(err));

  /* An unreachable network (no route) fails at once, and ranks lowest. */
  a[0] = addr_of("[2001:db9::1]:80");
  a[1] = addr_of("198.51.100.1:80");
  o.attempt_delay = SOCK2_SEC(3);
  o.timeout = SOCK2_SEC(20);
  t0 = t_now_ms();
  err = sock2_connect_happy(a, 2, &o, &c, NULL);
  dt = t_now_ms() - t0;
  C_ASSERT(err == SOCK2_ENETUNREACH, "unreachable: %s", sock2_err_name(err));
  C_ASSERT(dt < 2500, "unreachable took %lld ms", dt);

  /* A signal during the wait: EINTR, every attempt closed. */
  {
    struct sigaction sa;
    struct itimerval it;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_alarm; /* no SA_RESTART */
    sigaction(SIGALRM, &sa, NULL);
    memset(&it, 0, sizeof(it));
    it.it_value.tv_usec = 50000;
    it.it_interval.tv_usec = 50000;
    setitimer(ITIMER_REAL, &it, NULL);
    a[0] = addr_of("[2001:db8::1]:80");
    a[1] = addr_of("192.0.2.1:80");
    o.timeout = SOCK2_DURATION_NONE;
    o.attempt_delay = SOCK2_MSEC(10);
    err = sock2_connect_happy(a, 2, &o, &c, NULL);
    memset(&it, 0, sizeof(it));
    setitimer(ITIMER_REAL, &it, NULL);
    C_ASSERT(err == SOCK2_EINTR, "a signal: %s", sock2_err_name(err));
  }

  sock2_close(l4);
  C_ASSERT(count_fds() == fds, "descriptors: %d before, %d after", fds,
           count_fds());
}

START_TEST(test_happy_netns)
{
  T_SKIP_IF(geteuid() != 0, "a private network namespace needs root");
  T_SKIP_UNDER_EMULATOR("qemu-user and network namespaces");
  run_child(__func__, netns_child);
}
END_TEST
#else
T_WINDOWS_SKIP_TEST(test_happy_netns, "network namespaces are Linux's")
#endif

/* ---- Names --------------------------------------------------------------- */

#define NAME_IS(call, text)                                                   \
  do {                                                                        \
    char b_[SOCK2_NAME_STRLEN];                                               \
    int n_ = (call);                                                          \
    ck_assert_msg(n_ == (int)strlen(text), "%s: %d", #call, n_);             \
    ck_assert_str_eq(b_, text);                                               \
  } while (0)

START_TEST(test_names)
{
  char b[SOCK2_NAME_STRLEN], small[6];

  NAME_IS(sock2_domain_name(AF_INET, b_, sizeof(b_)), "AF_INET");
  NAME_IS(sock2_domain_name(AF_INET6, b_, sizeof(b_)), "AF_INET6");
  NAME_IS(sock2_domain_name(AF_UNSPEC, b_, sizeof(b_)), "AF_UNSPEC");
#ifndef _WIN32
  NAME_IS(sock2_domain_name(AF_UNIX, b_, sizeof(b_)), "AF_UNIX");
#endif
  NAME_IS(sock2_domain_name(12345, b_, sizeof(b_)), "12345");
  NAME_IS(sock2_domain_name(-1, b_, sizeof(b_)), "-1");
  NAME_IS(sock2_domain_name(INT_MIN, b_, sizeof(b_)), "-2147483648");
  NAME_IS(sock2_type_name(SOCK2_TYPE_STREAM, b_, sizeof(b_)), "SOCK_STREAM");
  NAME_IS(sock2_type_name(SOCK2_TYPE_DGRAM | SOCK2_TYPE_CLOEXEC, b_,
                          sizeof(b_)),
          "SOCK_DGRAM|SOCK_CLOEXEC");
  NAME_IS(sock2_type_name(SOCK2_TYPE_STREAM | SOCK2_TYPE_NONBLOCK |
                            SOCK2_TYPE_CLOEXEC,
                          b_, sizeof(b_)),
          "SOCK_STREAM|SOCK_NONBLOCK|SOCK_CLOEXEC");
  NAME_IS(sock2_type_name(SOCK2_TYPE_RAW, b_, sizeof(b_)), "SOCK_RAW");
  NAME_IS(sock2_type_name(SOCK2_TYPE_SEQPACKET, b_, sizeof(b_)),
          "SOCK_SEQPACKET");
  NAME_IS(sock2_type_name(77, b_, sizeof(b_)), "77");
  NAME_IS(sock2_type_name(SOCK2_TYPE_STREAM | 0x1000, b_, sizeof(b_)),
          "SOCK_STREAM|0x1000");
  NAME_IS(sock2_protocol_name(IPPROTO_TCP, b_, sizeof(b_)), "IPPROTO_TCP");
  NAME_IS(sock2_protocol_name(IPPROTO_UDP, b_, sizeof(b_)), "IPPROTO_UDP");
  NAME_IS(sock2_protocol_name(IPPROTO_ICMPV6, b_, sizeof(b_)),
          "IPPROTO_ICMPV6");
  NAME_IS(sock2_protocol_name(0, b_, sizeof(b_)), "0");
  NAME_IS(sock2_protocol_name(253, b_, sizeof(b_)), "253");
  NAME_IS(sock2_level_name(SOL_SOCKET, b_, sizeof(b_)), "SOL_SOCKET");
  NAME_IS(sock2_level_name(IPPROTO_IP, b_, sizeof(b_)), "IPPROTO_IP");
  NAME_IS(sock2_level_name(IPPROTO_IPV6, b_, sizeof(b_)), "IPPROTO_IPV6");
  NAME_IS(sock2_level_name(IPPROTO_TCP, b_, sizeof(b_)), "IPPROTO_TCP");
  NAME_IS(sock2_option_name(IPPROTO_TCP, TCP_NODELAY, b_, sizeof(b_)),
          "TCP_NODELAY");
  NAME_IS(sock2_option_name(SOL_SOCKET, SO_REUSEADDR, b_, sizeof(b_)),
          "SO_REUSEADDR");
  NAME_IS(sock2_option_name(SOL_SOCKET, SO_KEEPALIVE, b_, sizeof(b_)),
          "SO_KEEPALIVE");
  NAME_IS(sock2_option_name(IPPROTO_IPV6, IPV6_V6ONLY, b_, sizeof(b_)),
          "IPV6_V6ONLY");
  NAME_IS(sock2_option_name(IPPROTO_IP, IP_TTL, b_, sizeof(b_)), "IP_TTL");
  NAME_IS(sock2_option_name(SOL_SOCKET, 9999, b_, sizeof(b_)), "9999");
  /* The level matters: TCP_NODELAY's number at SOL_SOCKET is another. */
  sock2_option_name(SOL_SOCKET, TCP_NODELAY, b, sizeof(b));
  ck_assert_str_ne(b, "TCP_NODELAY");
  /* Buffers: exact fit, too small (untouched), NULL. */
  ck_assert_int_eq(sock2_domain_name(AF_INET, b, 8), 7);
  ck_assert_str_eq(b, "AF_INET");
  memcpy(small, "abcde", 6);
  ck_err(sock2_domain_name(AF_INET, small, sizeof(small)), SOCK2_ENOBUFS);
  ck_err(sock2_type_name(SOCK2_TYPE_STREAM, small, 0), SOCK2_ENOBUFS);
  ck_assert_str_eq(small, "abcde");
  ck_err(sock2_level_name(SOL_SOCKET, NULL, 10), SOCK2_EINVAL);
  ck_err(sock2_option_name(SOL_SOCKET, SO_REUSEADDR, b, SIZE_MAX),
         SOCK2_EINVAL);
  ck_err(sock2_protocol_name(IPPROTO_TCP, NULL, 0), SOCK2_EINVAL);
}
END_TEST

Suite *
sock2_test_resolve_suite(void)
{
  Suite *s = suite_create("resolve");
  TCase *res = sock2_tcase("resolve");
  TCase *wait = sock2_tcase("wait");
  TCase *he = sock2_tcase("happy-eyeballs");
  TCase *names = sock2_tcase("names");

  tcase_add_test(res, test_resolve_error_codes);
  tcase_add_test(res, test_parse_ip);
  tcase_add_test(res, test_resolve_numeric);
  tcase_add_test(res, test_resolve_localhost);
  tcase_add_test(res, test_resolve_reverse);
  tcase_add_test(res, test_resolve_hosts_file);
  suite_add_tcase(s, res);
  tcase_add_test(wait, test_wait_one);
  tcase_add_test(wait, test_wait_eintr);
  tcase_add_test(wait, test_poll_many);
  suite_add_tcase(s, wait);
  tcase_set_timeout(he, 60);
  tcase_add_test(he, test_connect_host_localhost);
  tcase_add_test(he, test_happy_order_refused);
  tcase_add_test(he, test_happy_winner);
  tcase_add_test(he, test_happy_args);
  tcase_add_test(he, test_happy_netns);
  suite_add_tcase(s, he);
  tcase_add_test(names, test_names);
  suite_add_tcase(s, names);
  return s;
}
