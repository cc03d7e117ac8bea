/* SPDX-License-Identifier: MIT */
/*
 * Happy Eyeballs (RFC 8305) over a list of addresses, and the one-call
 * host + service connect (sock2/connect.h). Portable: non-blocking
 * sockets and one poll() loop over every attempt in flight; no thread, no
 * allocation.
 */
#include "internal.h"

#include <limits.h>

/* At most this many attempts run at once (the rest wait for a slot). */
#define MAX_ACTIVE 64
/* sock2_connect_host() resolves at most this many addresses. */
#define HOST_MAX_ADDRS 32

typedef struct race {
  const sock2_addr_t *addrs;
  size_t n;
  size_t cur6, cur4, curx; /* scanning cursors, one per family class */
  int turn6;               /* the next family is IPv6 */
  size_t picked;           /* addresses taken so far */
  int64_t t0;
  sock2_attempt_fn fn;
  void *arg;
} race_t;

/* 6, 4, or 0 for an address of another family. */
static int
family_class(const sock2_addr_t *a)
{
  int f = sock2_addr_family(a);
  return f == AF_INET6 ? 6 : f == AF_INET ? 4 : 0;
}

static long
next_of(race_t *r, size_t *cur, int cls)
{
  while (*cur < r->n) {
    size_t i = (*cur)++;
    if (family_class(&r->addrs[i]) == cls)
      return (long)i;
  }
  return -1;
}

/*
 * The next address in RFC 8305 section 4's order: IPv6 and IPv4
 * interleaved (IPv6 first), each in the caller's order; other families
 * after both. -1 when none is left.
 */
static long
pick(race_t *r)
{
  long i;
  int k;

  for (k = 0; k < 2; k++) {
    int six = r->turn6;
    r->turn6 = !six;
    i = next_of(r, six ? &r->cur6 : &r->cur4, six ? 6 : 4);
    if (i >= 0) {
      r->picked++;
      return i;
    }
  }
  i = next_of(r, &r->curx, 0);
  if (i >= 0)
    r->picked++;
  return i;
}

/* The more meaningful of two errors: refused > timed out > unreachable. */
static int
rank(int err)
{
  if (err == SOCK2_ECONNREFUSED)
    return 4;
  if (err == SOCK2_ETIMEDOUT)
    return 3;
  if (err == SOCK2_EHOSTUNREACH || err == SOCK2_ENETUNREACH)
    return 2;
  return err != 0;
}

static int
better(int best, int err)
{
  return rank(err) > rank(best) ? err : best;
}

static void
report(race_t *r, long i, int64_t start, int64_t end, int result)
{
  sock2_attempt_t at;

  if (r->fn == NULL)
    return;
  at.addr = r->addrs[i];
  at.start = start - r->t0;
  at.end = end - r->t0;
  at.result = result;
  at.index = (int)i;
  r->fn(r->arg, &at);
}

/* socket() + non-blocking connect(): 0 connected, EINPROGRESS, or error. */
static int
start_attempt(const sock2_addr_t *a, int type, int protocol,
              sock2_socket_t *s)
{
  int err = sock2_socket(sock2_addr_family(a), type | SOCK2_TYPE_NONBLOCK,
                         protocol, s);
  if (err != 0)
    return err;
  err = sock2_connect(*s, a);
  if (err != 0 && err != SOCK2_EINPROGRESS) {
    sock2_close(*s);
    *s = SOCK2_INVALID_SOCKET;
  }
  return err;
}

/* Milliseconds until t (rounded up, 0..INT_MAX); -1 for no limit. */
static int
ms_until(int64_t t, int64_t now)
{
  int64_t d;

  if (t == INT64_MAX)
    return -1;
  if (t <= now)
    return 0;
  d = t - now;
  d = d / 1000000 + (d % 1000000 != 0);
  return d > INT_MAX ? INT_MAX : (int)d;
}

int
sock2_connect_happy(const sock2_addr_t *addrs, size_t n,
                    const sock2_connect_opts_t *opts, sock2_socket_t *out,
                    sock2_addr_t *winner)
{
  sock2_connect_opts_t o = SOCK2_CONNECT_OPTS_INIT;
  sock2_pollfd_t pfd[MAX_ACTIVE];
  long idx[MAX_ACTIVE];
  int64_t started[MAX_ACTIVE];
  int64_t now, next_start, deadline, delay;
  race_t r;
  int nact = 0, best = 0, type, err, k, w = -1;
  sock2_socket_t s = SOCK2_INVALID_SOCKET;
  long wi = -1;
  size_t i;

  if (addrs == NULL || out == NULL || n == 0 || n > (size_t)INT_MAX)
    return SOCK2_EINVAL;
  for (i = 0; i < n; i++)
    if ((size_t)addrs[i].len > sizeof(addrs[i].storage))
      return SOCK2_EINVAL;
  if (opts != NULL) {
    if (!sock2__growable_ok(opts, opts->size, sizeof(o), sizeof(o),
                            sizeof(uint64_t),
                            offsetof(sock2_connect_opts_t, reserved)))
      return SOCK2_EINVAL;
    memcpy(&o, opts, sizeof(o));
  }
  if ((o.flags & ~SOCK2_CONNECT_NONBLOCK) != 0 || o.attempt_delay < 0 ||
      (o.timeout <= 0 && o.timeout != SOCK2_DURATION_NONE))
    return SOCK2_EINVAL;
  delay = o.attempt_delay == 0 ? SOCK2_CONNECT_ATTEMPT_DELAY
          : o.attempt_delay < SOCK2_CONNECT_ATTEMPT_DELAY_MIN
            ? SOCK2_CONNECT_ATTEMPT_DELAY_MIN
            : o.attempt_delay;
  type = o.type == 0 ? SOCK2_TYPE_STREAM : o.type;

  memset(&r, 0, sizeof(r));
  r.addrs = addrs;
  r.n = n;
  r.turn6 = 1;
  r.fn = o.on_attempt;
  r.arg = o.arg;
  r.t0 = sock2__sys_monotonic_ns();
  deadline = o.timeout == SOCK2_DURATION_NONE || o.timeout > INT64_MAX - r.t0
             ? INT64_MAX
             : r.t0 + o.timeout;
  next_start = r.t0;
  now = r.t0;

  for (;;) {
    /* Start the next attempt when it is due, or several failing at once. */
    while (r.picked < n && nact < MAX_ACTIVE &&
           (nact == 0 || now >= next_start) && now < deadline) {
      long j = pick(&r);
      if (j < 0)
        break;
      err = start_attempt(&addrs[j], type, o.protocol, &s);
      if (err == 0) {
        wi = j;
        w = -2; /* connected at once: s is not in pfd */
        break;
      }
      if (err == SOCK2_EINPROGRESS) {
        pfd[nact].fd = s;
        pfd[nact].events = SOCK2_WAIT_WRITE;
        pfd[nact].revents = 0;
        idx[nact] = j;
        started[nact] = now;
        nact++;
        next_start = now + delay;
        break;
      }
      report(&r, j, now, now, err);
      best = better(best, err);
      next_start = now; /* a failure starts the next one at once */
    }
    if (w != -1)
      break;
    if (nact == 0 && (r.picked >= n || now >= deadline)) {
      err = now >= deadline ? better(best, SOCK2_ETIMEDOUT) : best;
      return err != 0 ? err : SOCK2_ETIMEDOUT;
    }
    if (now >= deadline) {
      for (k = 0; k < nact; k++) {
        sock2_close(pfd[k].fd);
        report(&r, idx[k], started[k], now, SOCK2_ETIMEDOUT);
      }
      return better(best, SOCK2_ETIMEDOUT);
    }
    {
      int64_t until = deadline;
      if (r.picked < n && nact < MAX_ACTIVE && next_start < until)
        until = next_start;
      err = sock2__sys_poll(pfd, (size_t)nact, ms_until(until, now));
    }
    now = sock2__sys_monotonic_ns();
    if (err < 0) {
      for (k = 0; k < nact; k++) {
        sock2_close(pfd[k].fd);
        report(&r, idx[k], started[k], now, SOCK2_ECANCELED);
      }
      return err;
    }
    for (k = 0; err > 0 && k < nact; k++) {
      int soerr = 0, e;
      if (pfd[k].revents == 0)
        continue;
      e = sock2_take_error(pfd[k].fd, &soerr);
      if (e == 0 && soerr == 0) {
        if (pfd[k].revents & SOCK2_WAIT_WRITE) {
          w = k;
          break;
        }
        soerr = SOCK2_ENOTCONN; /* a hang-up with no error recorded */
      }
      if (e != 0)
        soerr = e;
      sock2_close(pfd[k].fd);
      report(&r, idx[k], started[k], now, soerr);
      best = better(best, soerr);
      nact--;
      pfd[k] = pfd[nact];
      idx[k] = idx[nact];
      started[k] = started[nact];
      k--;
      next_start = now; /* a failure starts the next one at once */
    }
    if (w >= 0) {
      s = pfd[w].fd;
      wi = idx[w];
      break;
    }
  }

  /* A winner: s, address wi; w its slot (or -2, not in pfd). */
  err = 0;
  if (!(o.flags & SOCK2_CONNECT_NONBLOCK))
    err = sock2_set_nonblocking(s, 0);
  for (k = 0; k < nact; k++) {
    if (k == w)
      continue;
    sock2_close(pfd[k].fd);
    report(&r, idx[k], started[k], now, SOCK2_ECANCELED);
  }
  report(&r, wi, w >= 0 ? started[w] : now, now, err);
  if (err != 0) {
    sock2_close(s);
    return err;
  }
  if (winner != NULL)
    *winner = addrs[wi];
  *out = s;
  return 0;
}

int
sock2_connect_host(const char *host, const char *service,
                   sock2_duration_t timeout, sock2_socket_t *out)
{
  sock2_resolve_hints_t h = SOCK2_RESOLVE_HINTS_INIT;
  sock2_connect_opts_t o = SOCK2_CONNECT_OPTS_INIT;
  sock2_addr_t a[HOST_MAX_ADDRS];
  int n;

  if (host == NULL || service == NULL || out == NULL ||
      (timeout <= 0 && timeout != SOCK2_DURATION_NONE))
    return SOCK2_EINVAL;
  h.type = SOCK2_TYPE_STREAM;
  n = sock2_resolve(host, service, &h, a, HOST_MAX_ADDRS, NULL);
  if (n < 0)
    return n;
  o.timeout = timeout;
  return sock2_connect_happy(a, (size_t)n, &o, out, NULL);
}
