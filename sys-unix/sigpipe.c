/* SPDX-License-Identifier: MIT */
/*
 * POSIX backend: the SIGPIPE guard, for the calls that cannot ask the
 * kernel not to raise SIGPIPE (sendfile() everywhere but Apple; every send
 * on a system with neither MSG_NOSIGNAL nor SO_NOSIGPIPE).
 *
 * What it must do: never let a SIGPIPE the call raised be delivered, nor
 * leave it pending; never take a SIGPIPE that is not the call's. On Linux
 * a call raises SIGPIPE at the calling thread (send_sig() to current: the
 * thread's own pending set), while kill() makes it pending for the whole
 * process (the shared set). sigpending() reports the union of the two;
 * sigtimedwait() takes from the thread's own set first. So:
 *
 *   - SIGPIPE is blocked in the calling thread around the call;
 *   - if the caller had it blocked already, what was pending before the
 *     call is noted (a SIGPIPE already pending in the thread's own set
 *     absorbs the call's: a standard signal is pending or not);
 *   - afterwards, only when the call may have raised one and a SIGPIPE is
 *     pending, the thread's own pending set is read from
 *     /proc/thread-self/status (SigPnd, against ShdPnd for the process).
 *     One there that was not there before is the call's: take it (taken
 *     first, before a process-wide one). One only in the process's set
 *     was sent by someone else: leave it.
 *
 * Where the thread's own set cannot be read (no /proc: not Linux, or not
 * mounted; or it disagrees with sigpending()), the guard falls back to
 * what keeps the caller alive: a SIGPIPE that became pending during the
 * call is taken (almost always the call's own; a kill() in those
 * microseconds is lost), one that was pending before is left (so the
 * call's own, if it raised one too, is left pending as well, for a
 * caller that had SIGPIPE blocked). sock2/io.h documents both.
 *
 * The thread's own set also holds a SIGPIPE another thread sent this one
 * with pthread_kill() during the call; nothing tells it from the call's,
 * and it is taken.
 */
#include "internal.h"

#if SOCK2__SEND_GUARD || SOCK2__SENDFILE_GUARD

#include <time.h>
#ifdef HAVE_PTHREAD_H
# include <pthread.h>
#endif

#if defined(HAVE_PTHREAD_SIGMASK)
# define SIGMASK pthread_sigmask
#else
# define SIGMASK sigprocmask /* per-thread on the systems that lack it */
#endif

#ifdef O_CLOEXEC
# define PROC_OPEN_FLAGS (O_RDONLY | O_CLOEXEC)
#else
# define PROC_OPEN_FLAGS O_RDONLY
#endif

/* g->before: what was pending before the call. */
#define BEFORE_NONE 0   /* no SIGPIPE pending */
#define BEFORE_SHARED 1 /* one pending for the process only */
#define BEFORE_KEEP 2   /* one in the thread's own set, or where unknown */

/*
 * Whether `sig` is set in a mask /proc prints as hex digits, most
 * significant first, starting at p: 1, 0, or -1 if p holds no such mask.
 */
static int
hex_mask_has(const char *p, int sig)
{
  const char *end = p;
  int bit = sig - 1, digit, v;
  char c;

  while ((*end >= '0' && *end <= '9') || (*end >= 'a' && *end <= 'f') ||
         (*end >= 'A' && *end <= 'F'))
    end++;
  digit = (int)(end - p) - 1 - bit / 4;
  if (digit < 0)
    return -1;
  c = p[digit];
  v = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
  return (v >> (bit % 4)) & 1;
}

/*
 * Where SIGPIPE is pending, from /proc/thread-self/status: 1 in the
 * thread's own set (SigPnd), 0 only in the process's (ShdPnd), -1 if that
 * cannot be told (no such file, an unknown format, or in neither set).
 */
static int
own_sigpipe_pending(void)
{
  static const char own_key[] = "\nSigPnd:\t", shd_key[] = "\nShdPnd:\t";
  char buf[4096];
  const char *own, *shd;
  size_t len = 0;
  int fd = open("/proc/thread-self/status", PROC_OPEN_FLAGS);
  int in_own, in_shd;

  if (fd == -1)
    return -1;
  while (len < sizeof(buf) - 1) {
    ssize_t n = read(fd, buf + len, sizeof(buf) - 1 - len);
    if (n == -1 && errno == EINTR)
      continue;
    if (n <= 0)
      break;
    len += (size_t)n;
  }
  close(fd);
  buf[len] = '\0';
  own = strstr(buf, own_key);
  shd = strstr(buf, shd_key);
  if (own == NULL || shd == NULL)
    return -1;
  in_own = hex_mask_has(own + sizeof(own_key) - 1, SIGPIPE);
  in_shd = hex_mask_has(shd + sizeof(shd_key) - 1, SIGPIPE);
  if (in_own == 1)
    return 1;
  return in_own == 0 && in_shd == 1 ? 0 : -1;
}

/* 1 if SIGPIPE is pending for the calling thread or the process. */
static int
sigpipe_pending(void)
{
  sigset_t p;
  return sigpending(&p) == 0 && sigismember(&p, SIGPIPE) == 1;
}

/* Take one pending SIGPIPE (it is known to be pending, and blocked). */
static void
sigpipe_take(void)
{
  sigset_t pipe_only;
#ifdef HAVE_SIGTIMEDWAIT
  struct timespec zero = {0, 0};
#else
  int sig;
#endif

  sigemptyset(&pipe_only);
  sigaddset(&pipe_only, SIGPIPE);
#ifdef HAVE_SIGTIMEDWAIT
  while (sigtimedwait(&pipe_only, NULL, &zero) == -1 && errno == EINTR)
    ;
#else
  /* No zero-timeout wait: sigwait() returns at once, SIGPIPE is pending. */
  sigwait(&pipe_only, &sig);
#endif
}

void
sock2__sigpipe_enter(sock2__sigpipe_guard_t *g)
{
  sigset_t pipe_only;

  sigemptyset(&pipe_only);
  sigaddset(&pipe_only, SIGPIPE);
  SIGMASK(SIG_BLOCK, &pipe_only, &g->old);
  g->before = BEFORE_NONE;
  /*
   * Unblocked until now, no SIGPIPE can be pending here (it would have
   * been delivered); one the caller kept blocked may be.
   */
  if (sigismember(&g->old, SIGPIPE) == 1 && sigpipe_pending())
    g->before = own_sigpipe_pending() == 0 ? BEFORE_SHARED : BEFORE_KEEP;
}

void
sock2__sigpipe_leave(sock2__sigpipe_guard_t *g, int maybe_raised)
{
  int e = errno;

  if (maybe_raised && g->before != BEFORE_KEEP && sigpipe_pending()) {
    int own = own_sigpipe_pending();
    /* Unknown where: take it only if none was pending before the call. */
    if (own == 1 || (own == -1 && g->before == BEFORE_NONE))
      sigpipe_take();
  }
  if (sigismember(&g->old, SIGPIPE) != 1)
    SIGMASK(SIG_SETMASK, &g->old, NULL);
  errno = e;
}

#else
/* Nothing to guard here; ISO C wants a declaration in every file. */
typedef int sock2__sigpipe_guard_unused;
#endif /* SOCK2__SEND_GUARD || SOCK2__SENDFILE_GUARD */
