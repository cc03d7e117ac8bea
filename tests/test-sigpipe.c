/* SPDX-License-Identifier: MIT */
/*
 * Tests: no SIGPIPE from sock2_sendfile() and the sends, with SIGPIPE at
 * its default disposition (issue 9, bug 1). A peer that closes or shuts
 * down reading in the middle of a 4 MiB transfer, over TCP and unix
 * stream, from one thread and from six at once; a caller that has SIGPIPE
 * blocked (the call's SIGPIPE must not be left pending); and SIGPIPEs that
 * are not the call's (pending before it, or sent to the process during
 * it), which must stay pending.
 *
 * Every risky part runs in a forked child (whatever CK_FORK says): a
 * SIGPIPE the library lets through kills that child, and the test reports
 * it instead of dying. Inside the child the checks are C_ASSERT (Check's
 * own must not run there), which reports through a pipe and exits.
 *
 * In a build with MSG_NOSIGNAL the sends cannot raise SIGPIPE at all and
 * their rows pass trivially; the `starved` CI job (every probe off) runs
 * the same rows through the signal-blocking fallback, where sendfile is
 * pread() + send() too. Under qemu-user (the aarch64 job) they run as
 * well: it keeps a thread's and the process's pending signals apart and
 * reports them in /proc/thread-self/status as Linux does.
 */
#include "tests.h"

#ifndef _WIN32

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <time.h>
#include <unistd.h>
#include <poll.h>
#include <pthread.h>
#include <sys/wait.h>

/* ---- In the child ------------------------------------------------------- */

/* The file every transfer sends, and the sender's bound on one round. */
#define FILE_SIZE ((size_t)4 << 20)
#define ROUND_LIMIT ((uint64_t)64 << 20)

static int report_fd = -1;

/* Report a failure to the parent and end the child. */
#if defined(__GNUC__)
static void c_fail(int line, const char *fmt, ...)
  __attribute__((format(printf, 2, 3), noreturn));
#endif
static void
c_fail(int line, const char *fmt, ...)
{
  char msg[512];
  va_list ap;
  int n = snprintf(msg, sizeof(msg), "test-sigpipe.c:%d: ", line);

  va_start(ap, fmt);
  vsnprintf(msg + n, sizeof(msg) - (size_t)n, fmt, ap);
  va_end(ap);
  if (write(report_fd, msg, strlen(msg)) < 0)
    t_child_exit(3);
  t_child_exit(1);
}

#define C_ASSERT(cond)                                                        \
  do {                                                                        \
    if (!(cond))                                                              \
      c_fail(__LINE__, "%s", #cond);                                          \
  } while (0)
#define C_OK(expr)                                                            \
  do {                                                                        \
    long long c_r_ = (long long)(expr);                                       \
    if (c_r_ < 0)                                                             \
      c_fail(__LINE__, "%s: %s", #expr, sock2_err_name((int)c_r_));           \
  } while (0)

/* 1 if SIGPIPE is pending for the calling thread (its own or shared). */
static int
c_pending(void)
{
  sigset_t p;
  C_ASSERT(sigpending(&p) == 0);
  return sigismember(&p, SIGPIPE) == 1;
}

/* 1 if SIGPIPE is blocked in the calling thread. */
static int
c_blocked(void)
{
  sigset_t m;
  C_ASSERT(pthread_sigmask(SIG_BLOCK, NULL, &m) == 0);
  return sigismember(&m, SIGPIPE) == 1;
}

static void
c_block(int how)
{
  sigset_t m;
  sigemptyset(&m);
  sigaddset(&m, SIGPIPE);
  C_ASSERT(pthread_sigmask(how, &m, NULL) == 0);
}

/* Take one pending SIGPIPE (blocked); 1 if there was one. */
static int
c_take(void)
{
  sigset_t m;
#ifdef HAVE_SIGTIMEDWAIT
  struct timespec zero = {0, 0};
  int r;

  sigemptyset(&m);
  sigaddset(&m, SIGPIPE);
  do
    r = sigtimedwait(&m, NULL, &zero);
  while (r == -1 && errno == EINTR);
  return r == SIGPIPE;
#else
  int sig = 0;

  if (!c_pending())
    return 0;
  sigemptyset(&m);
  sigaddset(&m, SIGPIPE);
  return sigwait(&m, &sig) == 0 && sig == SIGPIPE;
#endif
}

/*
 * Where SIGPIPE is pending, from /proc/thread-self/status: bit 0 the
 * thread's own set (SigPnd), bit 1 the process's (ShdPnd); -1 if the file
 * cannot be read (no /proc, or not Linux).
 */
static int
c_where(void)
{
  char buf[8192];
  size_t len = 0;
  ssize_t n;
  int fd = open("/proc/thread-self/status", O_RDONLY | O_CLOEXEC);
  int where = 0;
  const char *keys[2] = {"\nSigPnd:", "\nShdPnd:"};
  int k;

  if (fd == -1)
    return -1;
  while (len < sizeof(buf) - 1 &&
         (n = read(fd, buf + len, sizeof(buf) - 1 - len)) > 0)
    len += (size_t)n;
  close(fd);
  buf[len] = '\0';
  for (k = 0; k < 2; k++) {
    const char *p = strstr(buf, keys[k]);
    unsigned long long bits;
    if (p == NULL)
      return -1;
    bits = strtoull(p + strlen(keys[k]), NULL, 16);
    if (bits & (1ull << (SIGPIPE - 1)))
      where |= 1 << k;
  }
  return where;
}

/* A 4 MiB file of a known pattern (tmpfile(): already unlinked). */
static int
c_big_file(void)
{
  static unsigned char chunk[65536];
  FILE *f = tmpfile();
  size_t i;
  int fd;

  C_ASSERT(f != NULL);
  for (i = 0; i < sizeof(chunk); i++)
    chunk[i] = (unsigned char)(i * 7 + 3);
  for (i = 0; i < FILE_SIZE / sizeof(chunk); i++)
    C_ASSERT(fwrite(chunk, 1, sizeof(chunk), f) == sizeof(chunk));
  C_ASSERT(fflush(f) == 0);
  fd = dup(fileno(f));
  C_ASSERT(fd != -1);
  fclose(f);
  return fd;
}

/* Stream pair kinds: where the sender's peer is. */
enum { K_TCP, K_UNIX, K_COUNT };
/*
 * What the peer does after reading a little; or it closed before the
 * transfer began (TCP: its FIN has arrived, the sender is in CLOSE_WAIT,
 * and the reset its data draws makes Linux end a sendfile with a partial
 * count and a SIGPIPE, every time).
 */
enum { P_CLOSE, P_SHUT_RD, P_CLOSED_BEFORE };
/* How the bytes are sent. */
enum { OP_SENDFILE, OP_SEND, OP_SENDV, OP_COUNT };

static const char *const op_names[OP_COUNT] = {"sendfile", "send",
                                               "send_vectored"};

/* A connected stream pair: *snd sends, *rcv is the peer. */
static void
c_pair(int kind, sock2_socket_t *snd, sock2_socket_t *rcv)
{
  if (kind == K_TCP) {
    sock2_addr_t a;
    sock2_socket_t l;
    C_OK(sock2_addr_parse(&a, "127.0.0.1:0"));
    C_OK(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &l));
    C_OK(sock2_bind(l, &a));
    C_OK(sock2_listen(l, 4));
    C_OK(sock2_local_addr(l, &a));
    C_OK(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, snd));
    C_OK(sock2_connect(*snd, &a));
    C_OK(sock2_accept(l, rcv, NULL));
    C_OK(sock2_close(l));
  } else {
    sock2_socket_t sv[2];
    C_OK(sock2_socketpair(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_STREAM, 0, sv));
    *snd = sv[0];
    *rcv = sv[1];
  }
}

/* One send of bytes [off, off + len) of the file (data is its content). */
static sock2_ssize_t
c_send(int op, sock2_socket_t s, int fd, const unsigned char *data,
       uint64_t off, size_t len)
{
  sock2_buf_t b[2];

  switch (op) {
  case OP_SENDFILE:
    return sock2_sendfile(s, fd, off, len);
  case OP_SEND:
    return sock2_send(s, data + off, len);
  default:
    b[0].base = (void *)(uintptr_t)(data + off);
    b[0].len = len / 2;
    b[1].base = (void *)(uintptr_t)(data + off + len / 2);
    b[1].len = len - len / 2;
    return sock2_send_vectored(s, b, 2);
  }
}

/*
 * Send the file over and over until a send fails; that error. Stops with
 * a failure if ROUND_LIMIT bytes went through (the peer never left).
 */
static sock2_ssize_t
c_send_until_error(int op, sock2_socket_t s, int fd,
                   const unsigned char *data)
{
  uint64_t total = 0;

  while (total < ROUND_LIMIT) {
    uint64_t off = total % FILE_SIZE;
    sock2_ssize_t n = c_send(op, s, fd, data, off, FILE_SIZE - (size_t)off);
    if (n == SOCK2_EINTR)
      continue;
    if (n < 0)
      return n;
    C_ASSERT(n > 0);
    total += (uint64_t)n;
  }
  c_fail(__LINE__, "%s: %llu bytes sent, the peer never went away",
         op_names[op], (unsigned long long)total);
  return 0;
}

/* The file's content, for the send rows (read once per child). */
static unsigned char *
c_content(int fd)
{
  unsigned char *data = malloc(FILE_SIZE);
  size_t got = 0;

  C_ASSERT(data != NULL);
  while (got < FILE_SIZE) {
    ssize_t n = pread(fd, data + got, FILE_SIZE - got, (off_t)got);
    C_ASSERT(n > 0);
    got += (size_t)n;
  }
  return data;
}

/* The peer: read `first` bytes, then close or shut down reading. */
typedef struct peer {
  sock2_socket_t s;
  size_t first;
  int how;
} peer_t;

static void *
peer_main(void *arg)
{
  peer_t *p = arg;
  char buf[16384];
  size_t got = 0;

  while (got < p->first) {
    size_t want = p->first - got < sizeof(buf) ? p->first - got : sizeof(buf);
    sock2_ssize_t n = sock2_recv(p->s, buf, want);
    if (n == SOCK2_EINTR)
      continue;
    if (n <= 0)
      break;
    got += (size_t)n;
  }
  if (p->how == P_CLOSE) {
    sock2_close(p->s);
    p->s = SOCK2_INVALID_SOCKET;
  } else {
    sock2_shutdown(p->s, SOCK2_SHUT_RD);
  }
  return NULL;
}

/*
 * One transfer to a peer that reads `first` bytes and then goes away:
 * the sends end with EPIPE, or ECONNRESET where the peer closed with data
 * unread (TCP; unix sockets too on Linux), and nothing else.
 */
static void
c_round(int kind, int how, int op, int fd, const unsigned char *data,
        size_t first)
{
  sock2_socket_t s, r;
  pthread_t t;
  peer_t p;
  sock2_ssize_t e;

  c_pair(kind, &s, &r);
  p.s = r;
  p.first = first;
  p.how = how;
  if (how == P_CLOSED_BEFORE) {
    struct pollfd pf;
    C_OK(sock2_close(r));
    p.s = SOCK2_INVALID_SOCKET;
    pf.fd = s;
    pf.events = POLLIN;
    pf.revents = 0;
    C_ASSERT(poll(&pf, 1, 10000) == 1); /* the FIN (or EOF) is in */
    e = c_send_until_error(op, s, fd, data);
  } else {
    C_ASSERT(pthread_create(&t, NULL, peer_main, &p) == 0);
    e = c_send_until_error(op, s, fd, data);
    C_ASSERT(pthread_join(t, NULL) == 0);
  }
  if (e != SOCK2_EPIPE && e != SOCK2_ECONNRESET)
    c_fail(__LINE__, "%s: ended with %s", op_names[op],
           sock2_err_name((int)e));
  C_OK(sock2_close(s));
  if (p.s != SOCK2_INVALID_SOCKET)
    C_OK(sock2_close(p.s));
}

/* ---- In the parent ------------------------------------------------------ */

/*
 * Run fn(arg) in a forked child: SIGPIPE at its default disposition and
 * unblocked, a watchdog alarm. Fails the test if the child was killed (by
 * SIGPIPE, most likely) or reported a failure.
 */
static void
in_child(const char *what, void (*fn)(int), int arg)
{
  char msg[600];
  size_t len = 0;
  ssize_t n;
  int p[2], st;
  pid_t pid;

  ck_assert_int_eq(pipe(p), 0);
  fflush(stdout);
  fflush(stderr);
  pid = fork();
  ck_assert_int_ne(pid, -1);
  if (pid == 0) {
    struct sigaction dfl;
    close(p[0]);
    report_fd = p[1];
    memset(&dfl, 0, sizeof(dfl));
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(SIGPIPE, &dfl, NULL);
    c_block(SIG_UNBLOCK);
    alarm(100);
    fn(arg);
    close(p[1]);
    t_child_exit(0);
  }
  close(p[1]);
  while (len < sizeof(msg) - 1 &&
         ((n = read(p[0], msg + len, sizeof(msg) - 1 - len)) > 0 ||
          (n == -1 && errno == EINTR)))
    if (n > 0)
      len += (size_t)n;
  msg[len] = '\0';
  close(p[0]);
  while (waitpid(pid, &st, 0) == -1)
    ck_assert_int_eq(errno, EINTR);
  if (WIFSIGNALED(st))
    ck_abort_msg("%s: the child was killed by signal %d%s", what,
                 WTERMSIG(st),
                 WTERMSIG(st) == SIGPIPE ? " (SIGPIPE was delivered)" : "");
  ck_assert_msg(WIFEXITED(st) && WEXITSTATUS(st) == 0, "%s: %s", what,
                len > 0 ? msg : "the child failed");
}

/* ---- A peer that goes away mid-transfer --------------------------------- */

/*
 * Rows: (TCP close, unix close, unix shutdown(SHUT_RD), TCP closed before)
 * x (sendfile, send, send_vectored) x (SIGPIPE unblocked, blocked by the
 * caller).
 */
#define MODES 4
#define PEER_ROWS (MODES * OP_COUNT * 2)
static const char *const mode_names[MODES] = {
  "TCP, peer closes", "unix, peer closes", "unix, peer shuts down reading",
  "TCP, peer closed before"};

/* One round of a mode (above). */
static void
c_mode_round(int mode, int op, int fd, const unsigned char *data,
             size_t first)
{
  c_round(mode == 0 || mode == 3 ? K_TCP : K_UNIX,
          mode == 2 ? P_SHUT_RD : mode == 3 ? P_CLOSED_BEFORE : P_CLOSE, op,
          fd, data, first);
}

static void
peer_gone_child(int row)
{
  int mode = row % MODES, op = (row / MODES) % OP_COUNT;
  int blocked = row / MODES / OP_COUNT;
  int fd = c_big_file();
  unsigned char *data = c_content(fd);
  size_t firsts[4] = {0, 1000, 65536, 700000};
  int i;

  if (blocked)
    c_block(SIG_BLOCK);
  for (i = 0; i < 4; i++) {
    c_mode_round(mode, op, fd, data, firsts[i]);
    /* Nothing the calls raised is left pending; the mask is as it was. */
    C_ASSERT(!c_pending());
    C_ASSERT(c_blocked() == blocked);
  }
  free(data);
  close(fd);
}

START_TEST(test_sigpipe_peer_gone)
{
  char what[100];
  int mode = _i % MODES, op = (_i / MODES) % OP_COUNT;
  int blocked = _i / MODES / OP_COUNT;

  snprintf(what, sizeof(what), "%s, %s, SIGPIPE %s", op_names[op],
           mode_names[mode], blocked ? "blocked" : "unblocked");
  in_child(what, peer_gone_child, _i);
}
END_TEST

/* ---- Six threads, vanishing peers --------------------------------------- */

#define THREADS 6
#define ROUNDS 20

typedef struct sender {
  int index, fd;
} sender_t;

static void *
sender_main(void *arg)
{
  sender_t *s = arg;
  int r;

  for (r = 0; r < ROUNDS; r++) {
    size_t first = (size_t)((s->index * 7 + r * 13) % 17) * 16384;
    c_mode_round((s->index + r) % MODES, OP_SENDFILE, s->fd, NULL, first);
    C_ASSERT(!c_pending());
    C_ASSERT(!c_blocked());
  }
  return NULL;
}

static void
threads_child(int unused)
{
  pthread_t t[THREADS];
  sender_t s[THREADS];
  int fd = c_big_file(), i;

  (void)unused;
  for (i = 0; i < THREADS; i++) {
    s[i].index = i;
    s[i].fd = fd;
    C_ASSERT(pthread_create(&t[i], NULL, sender_main, &s[i]) == 0);
  }
  for (i = 0; i < THREADS; i++)
    C_ASSERT(pthread_join(t[i], NULL) == 0);
  close(fd);
}

START_TEST(test_sigpipe_threads)
{
  in_child("6 threads x 20 sendfile rounds", threads_child, 0);
}
END_TEST

/* ---- SIGPIPEs that are not the call's ----------------------------------- */

/*
 * Rows: op x (pthread_kill of the own thread, kill of the process) x (the
 * call raises SIGPIPE: our own side shut down; or not: a live peer).
 * SIGPIPE is blocked; one is pending before the call. Afterwards exactly
 * one is pending, where it was: the call consumed only its own.
 */
#define KEPT_ROWS (OP_COUNT * 2 * 2)

static void
kept_child(int row)
{
  int op = row % OP_COUNT, shared = (row / OP_COUNT) % 2;
  int raises = row / OP_COUNT / 2;
  int fd = c_big_file();
  unsigned char *data = c_content(fd);
  sock2_socket_t s, r;
  sock2_ssize_t n;
  int where;

  c_pair(K_UNIX, &s, &r);
  if (raises)
    C_OK(sock2_shutdown(s, SOCK2_SHUT_WR));
  c_block(SIG_BLOCK);
  if (shared)
    C_ASSERT(kill(getpid(), SIGPIPE) == 0);
  else
    C_ASSERT(pthread_kill(pthread_self(), SIGPIPE) == 0);
  C_ASSERT(c_pending());
  n = c_send(op, s, fd, data, 0, 1000);
  if (raises)
    C_ASSERT(n == SOCK2_EPIPE);
  else
    C_ASSERT(n == 1000);
  C_ASSERT(c_blocked());
  C_ASSERT(c_pending());
  where = c_where();
  if (where != -1)
    C_ASSERT(where == (shared ? 2 : 1));
  C_ASSERT(c_take());
  C_ASSERT(!c_pending());
  C_OK(sock2_close(s));
  C_OK(sock2_close(r));
  free(data);
  close(fd);
}

START_TEST(test_sigpipe_pending_kept)
{
  char what[80];
  int op = _i % OP_COUNT, shared = (_i / OP_COUNT) % 2;

  snprintf(what, sizeof(what), "%s, SIGPIPE pending from %s, call %s",
           op_names[op], shared ? "kill()" : "pthread_kill()",
           _i / OP_COUNT / 2 ? "raises one" : "raises none");
  in_child(what, kept_child, _i);
}
END_TEST

/* ---- kill() during a blocked call --------------------------------------- */

static volatile sig_atomic_t handled;

static void
count_sigpipe(int sig)
{
  (void)sig;
  handled++;
}

typedef struct killer {
  sock2_socket_t peer;
  pid_t sender;
} killer_t;

/* 1 once the thread `tid` of this process is asleep (state S). */
static int
asleep(pid_t tid)
{
  char path[64], buf[512], *p;
  ssize_t n;
  int fd;

  snprintf(path, sizeof(path), "/proc/self/task/%ld/stat", (long)tid);
  fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd == -1)
    return -1;
  n = read(fd, buf, sizeof(buf) - 1);
  close(fd);
  if (n <= 0)
    return -1;
  buf[n] = '\0';
  p = strrchr(buf, ')');
  return p != NULL && p[1] == ' ' && p[2] == 'S';
}

/*
 * Once the sender sleeps in its send (the peer reads nothing), send the
 * process a SIGPIPE, then shut the peer down for reading, which wakes
 * the sender with EPIPE.
 */
static void *
killer_main(void *arg)
{
  killer_t *k = arg;
  struct timespec ms = {0, 1000000};
  int i, a = 0;

  for (i = 0; i < 2000; i++) {
    a = asleep(k->sender);
    if (a != 0)
      break;
    nanosleep(&ms, NULL);
  }
  if (a == -1) {
    ms.tv_nsec = 100000000;
    nanosleep(&ms, NULL);
  }
  /* Sleeping a little longer makes sure the call is inside the kernel. */
  nanosleep(&ms, NULL);
  C_ASSERT(kill(getpid(), SIGPIPE) == 0);
  nanosleep(&ms, NULL);
  C_ASSERT(sock2_shutdown(k->peer, SOCK2_SHUT_RD) == 0);
  return NULL;
}

/*
 * Rows: op x (caller has SIGPIPE blocked; or unblocked with a handler) x
 * (the socket's buffer filled first, so the blocked call has sent nothing
 * when the shutdown wakes it: EPIPE without a SIGPIPE from the kernel; or
 * not, so it returns a partial count). The process-wide SIGPIPE the other
 * thread sent must survive the calls (which may raise and consume
 * SIGPIPEs of their own): it is pending at the end, or the handler ran
 * exactly once.
 */
#define KILL_ROWS (OP_COUNT * 2 * 2)

static void
kill_child(int row)
{
  int op = row % OP_COUNT, blocked = (row / OP_COUNT) % 2;
  int prefill = row / OP_COUNT / 2;
  int fd = c_big_file();
  unsigned char *data = c_content(fd);
  sock2_socket_t s, r;
  pthread_t t;
  killer_t k;
  sock2_ssize_t e;

  c_pair(K_UNIX, &s, &r);
  while (prefill) {
    sock2_ssize_t n = sock2_send_with_flags(s, data, 65536,
                                            SOCK2_MSG_DONTWAIT);
    if (n == SOCK2_EAGAIN)
      break;
    C_ASSERT(n > 0);
  }
  k.peer = r;
  k.sender = getpid(); /* the child's main thread */
  /* The killer thread keeps SIGPIPE blocked: kill() stays process-wide. */
  c_block(SIG_BLOCK);
  C_ASSERT(pthread_create(&t, NULL, killer_main, &k) == 0);
  if (!blocked) {
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = count_sigpipe;
    sa.sa_flags = SA_RESTART;
    sigemptyset(&sa.sa_mask);
    C_ASSERT(sigaction(SIGPIPE, &sa, NULL) == 0);
    c_block(SIG_UNBLOCK);
  }
  e = c_send_until_error(op, s, fd, data);
  C_ASSERT(e == SOCK2_EPIPE);
  C_ASSERT(pthread_join(t, NULL) == 0);
  /* More calls that raise SIGPIPE: they take only their own. */
  C_ASSERT(c_send(op, s, fd, data, 0, 100) == SOCK2_EPIPE);
  C_ASSERT(c_send(op, s, fd, data, 0, 100) == SOCK2_EPIPE);
  C_ASSERT(c_blocked() == blocked);
  if (blocked) {
    int where = c_where();
    C_ASSERT(c_pending());
    if (where != -1)
      C_ASSERT(where == 2);
    C_ASSERT(c_take());
    C_ASSERT(!c_pending());
  } else {
    if (handled != 1)
      c_fail(__LINE__, "the handler ran %d times, not once", (int)handled);
  }
  C_OK(sock2_close(s));
  C_OK(sock2_close(r));
  free(data);
  close(fd);
}

START_TEST(test_sigpipe_kill_during)
{
  char what[120];

  snprintf(what, sizeof(what),
           "%s, kill() from another thread, SIGPIPE %s, buffer %s",
           op_names[_i % OP_COUNT],
           (_i / OP_COUNT) % 2 ? "blocked" : "unblocked (handler)",
           _i / OP_COUNT / 2 ? "full" : "empty");
  in_child(what, kill_child, _i);
}
END_TEST

/* ---- SO_NOSIGPIPE on accepted sockets ----------------------------------- */

/*
 * Where sends cannot carry MSG_NOSIGNAL but SO_NOSIGPIPE exists (Apple),
 * sock2_accept() sets SO_NOSIGPIPE even when the listener lacks it (one
 * the library did not create). Nothing to check elsewhere.
 */
START_TEST(test_sigpipe_accept_nosigpipe)
{
  sock2_socket_t l, c, a;
  sock2_addr_t addr;
  int on = -1;

  if (sock2_has(SOCK2_FEATURE_MSG_NOSIGNAL) == 1 ||
      sock2_has(SOCK2_FEATURE_SO_NOSIGPIPE) != 1) {
    t_skip(__func__, "SO_NOSIGPIPE is set only where sends cannot carry "
                     "MSG_NOSIGNAL");
    return;
  }
  l = t_listener(SOCK2_DOMAIN_IPV4, &addr);
  ck_ok(sock2_set_nosigpipe(l, 0)); /* as a foreign listener would be */
  ck_ok(sock2_socket(SOCK2_DOMAIN_IPV4, SOCK2_TYPE_STREAM, 0, &c));
  ck_ok(sock2_connect(c, &addr));
  ck_ok(sock2_accept(l, &a, NULL));
  ck_ok(sock2_nosigpipe(a, &on));
  ck_assert_int_eq(on, 1);
  ck_ok(sock2_close(a));
  ck_ok(sock2_close(c));
  ck_ok(sock2_close(l));
}
END_TEST

#else /* _WIN32 */

T_WINDOWS_SKIP_TEST(test_sigpipe_peer_gone, "no SIGPIPE on Windows")
T_WINDOWS_SKIP_TEST(test_sigpipe_threads, "no SIGPIPE on Windows")
T_WINDOWS_SKIP_TEST(test_sigpipe_pending_kept, "no SIGPIPE on Windows")
T_WINDOWS_SKIP_TEST(test_sigpipe_kill_during, "no SIGPIPE on Windows")
T_WINDOWS_SKIP_TEST(test_sigpipe_accept_nosigpipe, "no SIGPIPE on Windows")
# define PEER_ROWS 1
# define KEPT_ROWS 1
# define KILL_ROWS 1

#endif /* _WIN32 */

Suite *
sock2_test_sigpipe_suite(void)
{
  Suite *s = suite_create("sigpipe");
  TCase *gone = sock2_tcase("peer-gone");
  TCase *kept = sock2_tcase("not-ours");

  /* The six-thread row moves a few hundred MiB under valgrind. */
  tcase_set_timeout(gone, 300);
  tcase_add_loop_test(gone, test_sigpipe_peer_gone, 0, PEER_ROWS);
  tcase_add_test(gone, test_sigpipe_threads);
  suite_add_tcase(s, gone);

  tcase_add_loop_test(kept, test_sigpipe_pending_kept, 0, KEPT_ROWS);
  tcase_add_loop_test(kept, test_sigpipe_kill_during, 0, KILL_ROWS);
  tcase_add_test(kept, test_sigpipe_accept_nosigpipe);
  suite_add_tcase(s, kept);
  return s;
}
