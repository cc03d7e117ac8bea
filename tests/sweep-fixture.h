/* SPDX-License-Identifier: MIT */
/*
 * Fixtures for the generated bad-argument sweep (tests/sweep.c, made by
 * tests/gen-sweep.pl): the invalid handles, the valid baseline socket and
 * a valid object for every pointee type the generator knows. Each call of
 * the sweep opens a fresh fixture and closes it, so no call sees another's
 * state. Nothing here sends a packet: the valid handles are socketpairs,
 * a UDP socket bound to loopback that nothing sends to, and TCP sockets
 * that are never connected. POSIX only (tests/sweep.c skips on Windows).
 */
#ifndef SOCK2_SWEEP_FIXTURE_H
#define SOCK2_SWEEP_FIXTURE_H

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <fcntl.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>

/* Poison for outputs: must be found unchanged after a failed call. */
#define SW_POISON 0xA5
/* Bytes of buffer data (behind sock2_buf_t and message headers). */
#define SW_IO 64

#if SIZE_MAX > UINT32_MAX
# define SW_U32_1 ((size_t)UINT32_MAX + 1)
#else
/* A 32-bit size_t cannot hold UINT32_MAX + 1: its largest value instead. */
# define SW_U32_1 ((size_t)UINT32_MAX)
#endif

/*
 * Buffer data lives in static storage, far from the top of the address
 * space, so that the kernel's range check of a huge length is the same on
 * every run (a stack buffer may lie within 2 GiB of the end).
 */
static unsigned char sw_io[SW_IO];

/*
 * Under valgrind (its preload library is in LD_PRELOAD), which checks every
 * byte a system call is told about, even when the kernel fails first.
 */
static inline int
sw_under_valgrind(void)
{
  const char *p = getenv("LD_PRELOAD");
  return p != NULL && strstr(p, "vgpreload") != NULL;
}

/* Handle kinds. */
enum { SW_VALID, SW_M1, SW_CLOSED, SW_PIPE, SW_DEVNULL };
/* Kinds of the valid baseline socket (sweep-expect.txt's sock=). */
enum {
  SK_UNIX,      /* one end of a unix stream socketpair, non-blocking */
  SK_UNIXSHUT,  /* the same, shut down both ways: sends fail, recv is 0 */
  SK_UNIXDGRAM, /* one end of a unix datagram socketpair */
  SK_UDP4,      /* UDP bound to 127.0.0.1 port 0 (nothing is sent) */
  SK_TCP4,      /* TCP, IPv4, never bound or connected */
  SK_TCP6,      /* TCP, IPv6, never bound or connected */
  SK_LISTEN     /* TCP listening on 127.0.0.1 port 0, non-blocking */
};

typedef struct sw_fx {
  int valid;      /* the baseline socket */
  int peer;       /* its socketpair peer, or -1 */
  int pipefd[2];  /* a pipe */
  int devnull;    /* /dev/null, read-write */
  int file;       /* a temporary regular file of 16 bytes */
  int closed;     /* a descriptor number that is not open */
} sw_fx;

/* The fixture of the call being made (for sw_init_sock2_pollfd_t). */
static sw_fx *sw_cur;

static inline void
sw_open(sw_fx *fx, int kind)
{
  int sv[2] = { -1, -1 };
  int fd;
  char path[64];
  const char *dir = getenv("TMPDIR");

  fx->valid = fx->peer = -1;
  sw_cur = fx;
  switch (kind) {
  case SK_UNIX:
  case SK_UNIXSHUT:
  case SK_UNIXDGRAM:
    ck_assert_int_eq(socketpair(AF_UNIX,
                                kind == SK_UNIXDGRAM ? SOCK_DGRAM
                                                     : SOCK_STREAM,
                                0, sv),
                     0);
    fx->valid = sv[0];
    fx->peer = sv[1];
    /* Non-blocking, so that no receive or accept waits. */
    ck_assert_int_eq(fcntl(sv[0], F_SETFL, O_NONBLOCK), 0);
    if (kind == SK_UNIXSHUT)
      ck_assert_int_eq(shutdown(sv[0], SHUT_RDWR), 0);
    break;
  case SK_UDP4:
  case SK_LISTEN: {
    struct sockaddr_in sin;
    memset(&sin, 0, sizeof(sin));
    sin.sin_family = AF_INET;
    sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    fx->valid = socket(AF_INET, kind == SK_UDP4 ? SOCK_DGRAM : SOCK_STREAM,
                       0);
    ck_assert_int_ge(fx->valid, 0);
    ck_assert_int_eq(bind(fx->valid, (struct sockaddr *)&sin, sizeof(sin)),
                     0);
    if (kind == SK_LISTEN) {
      ck_assert_int_eq(listen(fx->valid, 1), 0);
      ck_assert_int_eq(fcntl(fx->valid, F_SETFL, O_NONBLOCK), 0);
    }
    break;
  }
  case SK_TCP4:
    fx->valid = socket(AF_INET, SOCK_STREAM, 0);
    ck_assert_int_ge(fx->valid, 0);
    break;
  case SK_TCP6:
    fx->valid = socket(AF_INET6, SOCK_STREAM, 0);
    ck_assert_int_ge(fx->valid, 0);
    break;
  default:
    ck_abort_msg("unknown socket kind %d", kind);
  }
  ck_assert_int_eq(pipe(fx->pipefd), 0);
  fx->devnull = open("/dev/null", O_RDWR);
  ck_assert_int_ge(fx->devnull, 0);
  snprintf(path, sizeof(path), "%s/sock2-sweep-XXXXXX",
           dir != NULL && strlen(dir) < 40 ? dir : "/tmp");
  fx->file = mkstemp(path);
  ck_assert_int_ge(fx->file, 0);
  unlink(path);
  ck_assert_int_eq((int)write(fx->file, "0123456789abcdef", 16), 16);
  /* Last, so that no fixture descriptor takes the number afterwards. */
  fd = open("/dev/null", O_RDONLY);
  ck_assert_int_ge(fd, 0);
  close(fd);
  fx->closed = fd;
}

static inline void
sw_close(sw_fx *fx)
{
  /* Some calls (sock2_close) may already have closed one of these. */
  if (fx->valid >= 0)
    close(fx->valid);
  if (fx->peer >= 0)
    close(fx->peer);
  close(fx->pipefd[0]);
  close(fx->pipefd[1]);
  close(fx->devnull);
  close(fx->file);
}

static inline sock2_socket_t
sw_handle(const sw_fx *fx, int kind)
{
  switch (kind) {
  case SW_VALID:
    return fx->valid;
  case SW_M1:
    return SOCK2_INVALID_SOCKET;
  case SW_CLOSED:
    return fx->closed;
  case SW_PIPE:
    return fx->pipefd[1];
  case SW_DEVNULL:
    return fx->devnull;
  }
  ck_abort_msg("unknown handle kind %d", kind);
  return SOCK2_INVALID_SOCKET;
}

static inline sock2_file_t
sw_file(const sw_fx *fx, int kind)
{
  switch (kind) {
  case SW_VALID:
    return fx->file;
  case SW_M1:
    return -1;
  case SW_CLOSED:
    return fx->closed;
  }
  ck_abort_msg("unknown file kind %d", kind);
  return -1;
}

/* Close the descriptors a call wrote to an output it was given. */
static inline void
sw_close_out(const sock2_socket_t *o, const void *before, size_t size)
{
  size_t i;
  for (i = 0; i < size / sizeof(*o); i++)
    if (memcmp(&o[i], (const sock2_socket_t *)before + i, sizeof(*o)) != 0
        && o[i] >= 0)
      close(o[i]);
}

/* ---- Valid objects, by pointee type -------------------------------------- */

/*
 * Each sw_init_T(o, size, name, kind, io) fills o (size bytes) with a
 * valid T for an input or in-out parameter called name; kind is the
 * table's init:KIND ("" by default); io is the call's buffer data.
 */
static sock2_buf_t sw_msg_buf;

static inline void
sw_init_sock2_addr_t(sock2_addr_t *o, size_t size, const char *name,
                     const char *kind, unsigned char *io)
{
  static const uint8_t lo4[4] = { 127, 0, 0, 1 };
  static const uint8_t lo6[16] = { 0, 0, 0, 0, 0, 0, 0, 0,
                                   0, 0, 0, 0, 0, 0, 0, 1 };
  (void)size;
  (void)name;
  (void)io;
  if (strcmp(kind, "garbage") == 0) {
    /* An unknown family (0xA5A5) and a length beyond the storage. */
    memset(o, SW_POISON, sizeof(*o));
    o->storage.ss_family = (sa_family_t)0xA5A5;
  } else if (strcmp(kind, "unix") == 0)
    ck_assert_int_eq(sock2_addr_unix(o, "/nonexistent/sock2-sweep"), 0);
  else if (strcmp(kind, "abstract") == 0)
    ck_assert_int_eq(sock2_addr_abstract(o, "sweep", 5), 0);
  else if (strcmp(kind, "ipv6") == 0)
    ck_assert_int_eq(sock2_addr_ipv6(o, lo6, 9, 0, 0), 0);
  else
    ck_assert_int_eq(sock2_addr_ipv4(o, lo4, 9), 0);
}

static inline void
sw_init_sockaddr(struct sockaddr_in *o, size_t size, const char *name,
                 const char *kind, unsigned char *io)
{
  (void)name;
  (void)kind;
  (void)io;
  memset(o, 0, size);
  o->sin_family = AF_INET;
  o->sin_port = htons(9);
  o->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
}

static inline void
sw_init_char(char *o, size_t size, const char *name, const char *kind,
             unsigned char *io)
{
  const char *s = "lo";
  (void)io;
  if (*kind != '\0')
    s = kind;
  else if (strcmp(name, "path") == 0)
    s = "/nonexistent/sock2-sweep";
  else if (strcmp(name, "text") == 0)
    s = "127.0.0.1:9";
  if (strcmp(kind, "ip4") == 0)
    s = "127.0.0.1"; /* a numeric host: no lookup */
  else if (strcmp(kind, "port9") == 0)
    s = "9";
  memset(o, 0, size);
  ck_assert_uint_lt(strlen(s), size);
  memcpy(o, s, strlen(s));
}

static inline void
sw_init_void(unsigned char *o, size_t size, const char *name,
             const char *kind, unsigned char *io)
{
  (void)name;
  (void)kind;
  (void)io;
  memset(o, 'x', size);
}

static inline void
sw_init_uint8_t(uint8_t *o, size_t size, const char *name, const char *kind,
                unsigned char *io)
{
  (void)io;
  (void)kind;
  memset(o, 0, size);
  if (strcmp(name, "group") == 0) {
    /* 239.255.0.1 or ff15::1 */
    o[0] = size == 4 ? 239 : 0xff;
    o[1] = size == 4 ? 255 : 0x15;
    o[size - 1] = 1;
  } else if (size == 4) {
    o[0] = 127;
    o[3] = 1;
  } else {
    o[size - 1] = 1;
  }
}

static inline void
sw_init_int(int *o, size_t size, const char *name, const char *kind,
            unsigned char *io)
{
  (void)name;
  (void)kind;
  (void)io;
  memset(o, 0, size);
}

static inline void
sw_init_sock2_buf_t(sock2_buf_t *o, size_t size, const char *name,
                    const char *kind, unsigned char *io)
{
  size_t i;
  (void)name;
  (void)kind;
  memset(o, 0, size);
  for (i = 0; i < size / sizeof(*o); i++) {
    o[i].base = io;
    o[i].len = 16;
  }
}

static inline void
sw_init_sock2_msg_t(sock2_msg_t *o, size_t size, const char *name,
                    const char *kind, unsigned char *io)
{
  (void)name;
  (void)kind;
  ck_assert_uint_eq(size, sizeof(*o));
  sw_init_sock2_buf_t(&sw_msg_buf, sizeof(sw_msg_buf), "", "", io);
  ck_assert_int_eq(sock2_msg_init(o), 0);
  ck_assert_int_eq(sock2_msg_set_bufs(o, &sw_msg_buf, 1), 0);
}

/* Batch entries: each a message header over the one fixture buffer. */
static inline void
sw_init_sock2_mmsg_t(sock2_mmsg_t *o, size_t size, const char *name,
                     const char *kind, unsigned char *io)
{
  size_t i;
  (void)name;
  (void)kind;
  memset(o, 0, size);
  sw_init_sock2_buf_t(&sw_msg_buf, sizeof(sw_msg_buf), "", "", io);
  for (i = 0; i < size / sizeof(*o); i++) {
    ck_assert_int_eq(sock2_msg_init(&o[i].hdr), 0);
    ck_assert_int_eq(sock2_msg_set_bufs(&o[i].hdr, &sw_msg_buf, 1), 0);
  }
}

static inline void
sw_init_sock2_keepalive_t(sock2_keepalive_t *o, size_t size,
                          const char *name, const char *kind,
                          unsigned char *io)
{
  (void)name;
  (void)kind;
  (void)io;
  ck_assert_uint_eq(size, sizeof(*o));
  ck_assert_int_eq(sock2_keepalive_init(o), 0);
}

static inline void
sw_init_sock2_iface_v4_t(sock2_iface_v4_t *o, size_t size, const char *name,
                         const char *kind, unsigned char *io)
{
  (void)name;
  (void)kind;
  (void)io;
  ck_assert_uint_eq(size, sizeof(*o));
  *o = SOCK2_IFACE_BY_INDEX(0);
}

static inline void
sw_init_sock2_sock_filter_t(sock2_sock_filter_t *o, size_t size,
                            const char *name, const char *kind,
                            unsigned char *io)
{
  /* BPF_RET | BPF_K, accept everything. */
  static const sock2_sock_filter_t ret_all =
    SOCK2_SOCK_FILTER(0x06, 0, 0, 0xffffffffu);
  size_t i;
  (void)name;
  (void)kind;
  (void)io;
  for (i = 0; i < size / sizeof(*o); i++)
    o[i] = ret_all;
}

/*
 * sw_init_T() for a growable struct: the valid value is its initialiser
 * (size set, the rest 0).
 */
#define SW_INIT_GROWABLE(T, INIT)                                             \
  static inline void sw_init_##T(T *o, size_t size, const char *name,         \
                                 const char *kind, unsigned char *io)         \
  {                                                                           \
    static const T init = INIT;                                               \
    (void)name;                                                               \
    (void)kind;                                                               \
    (void)io;                                                                 \
    ck_assert_uint_eq(size, sizeof(*o));                                      \
    *o = init;                                                                \
  }

/* Growable outputs of sock2/tcp-extras.h: only their size set. */
SW_INIT_GROWABLE(sock2_zerocopy_t, SOCK2_ZEROCOPY_INIT)

SW_INIT_GROWABLE(sock2_timestamping_t, SOCK2_TIMESTAMPING_INIT)

SW_INIT_GROWABLE(sock2_resolve_hints_t, SOCK2_RESOLVE_HINTS_INIT)

static inline void
sw_init_sock2_connect_opts_t(sock2_connect_opts_t *o, size_t size,
                             const char *name, const char *kind,
                             unsigned char *io)
{
  static const sock2_connect_opts_t init = SOCK2_CONNECT_OPTS_INIT;
  (void)name;
  (void)kind;
  (void)io;
  ck_assert_uint_eq(size, sizeof(*o));
  *o = init;
  o->timeout = SOCK2_SEC(5);
}

/* The fixture's valid socket, waited on for writing: ready at once. */
static inline void
sw_init_sock2_pollfd_t(sock2_pollfd_t *o, size_t size, const char *name,
                       const char *kind, unsigned char *io)
{
  size_t i;
  (void)name;
  (void)kind;
  (void)io;
  for (i = 0; i < size / sizeof(*o); i++) {
    o[i].fd = sw_cur->valid;
    o[i].events = SOCK2_WAIT_WRITE;
    o[i].revents = 0;
  }
}

static inline void
sw_init_size_t(size_t *o, size_t size, const char *name, const char *kind,
               unsigned char *io)
{
  (void)name;
  (void)kind;
  (void)io;
  memset(o, 0, size);
}

/* ---- Checks --------------------------------------------------------------- */

static const char *
sw_name(long long r)
{
  return r >= 0 ? "success" : sock2_err_name((int)r);
}

static inline void
sw_expect(const char *what, long long r, long long expect)
{
  ck_assert_msg(r == expect, "%s: expected %s (%lld), got %s (%lld)", what,
                sw_name(expect), expect, sw_name(r), r);
}

/* The result of the valid call (base). */
static inline void
sw_expect_same(const char *what, long long r, long long base)
{
  /* qemu-user checks user buffers itself (a NULL optval with optlen 0). */
  if (t_emulator() != NULL && r != base && r == SOCK2_EFAULT) {
    t_skip(what, "the emulator refuses the buffer itself");
    return;
  }
  sw_expect(what, r, base);
}

/*
 * An invalid handle where the call is not available (the valid socket got
 * SOCK2_ENOTSUP too, base): SOCK2_ENOTSUP is then right as well.
 */
static inline void
sw_expect_nosys(const char *what, long long r, long long expect,
                long long base)
{
  if (base == SOCK2_ENOTSUP && r == SOCK2_ENOTSUP)
    return;
  /*
   * qemu-user refuses options it does not emulate (ENOPROTOOPT) before
   * the kernel sees the handle, for the valid socket as for this one.
   */
  if (t_emulator() != NULL && r != expect && r == base) {
    t_skip(what, "the emulator answers this call itself, as for the valid "
                 "socket");
    return;
  }
  sw_expect(what, r, expect);
}

static inline void
sw_untouched(const char *what, const char *name, const void *now,
             const void *before, size_t size)
{
  size_t i;
  for (i = 0; i < size; i++)
    if (((const unsigned char *)now)[i]
        != ((const unsigned char *)before)[i])
      break;
  ck_assert_msg(i == size, "%s: %s written at byte %u of %u", what, name,
                (unsigned)i, (unsigned)size);
}

/* ---- Control messages (sock2/cmsg.h) -------------------------------------- */

/* Control data behind the valid walkers and writers: one int message. */
static unsigned char sw_cmsg_buf[256];

/* A walker over one valid message (level SOL_SOCKET, type 1, an int). */
static inline void
sw_init_sock2_cmsg_iter_t(sock2_cmsg_iter_t *o, size_t size,
                          const char *name, const char *kind,
                          unsigned char *io)
{
  sock2_cmsg_writer_t w;
  int v = 3;
  (void)name;
  (void)kind;
  (void)io;
  ck_assert_uint_eq(size, sizeof(*o));
  ck_assert_int_eq(sock2_cmsg_writer_init(&w, sw_cmsg_buf,
                                          sizeof(sw_cmsg_buf)), 0);
  ck_assert_int_eq(sock2_cmsg_put(&w, SOL_SOCKET, 1, &v, sizeof(v)), 0);
  ck_assert_int_eq(sock2_cmsg_iter_init_buf(o, sw_cmsg_buf,
                                            sock2_cmsg_writer_len(&w)), 0);
}

/* An empty writer over sw_cmsg_buf. */
static inline void
sw_init_sock2_cmsg_writer_t(sock2_cmsg_writer_t *o, size_t size,
                            const char *name, const char *kind,
                            unsigned char *io)
{
  (void)name;
  (void)kind;
  (void)io;
  ck_assert_uint_eq(size, sizeof(*o));
  memset(sw_cmsg_buf, 0, sizeof(sw_cmsg_buf));
  ck_assert_int_eq(sock2_cmsg_writer_init(o, sw_cmsg_buf,
                                          sizeof(sw_cmsg_buf)), 0);
}

/* A message of level 0 type 0 with 64 zero bytes: no typed kind. */
static unsigned char sw_cmsg_data[64];
static inline void
sw_init_sock2_cmsg_t(sock2_cmsg_t *o, size_t size, const char *name,
                     const char *kind, unsigned char *io)
{
  (void)name;
  (void)kind;
  (void)io;
  ck_assert_uint_eq(size, sizeof(*o));
  memset(o, 0, sizeof(*o));
  o->data = sw_cmsg_data;
  o->len = sizeof(sw_cmsg_data);
}

/* The test process's own credentials. */
static inline void
sw_init_sock2_cred_t(sock2_cred_t *o, size_t size, const char *name,
                     const char *kind, unsigned char *io)
{
  (void)name;
  (void)kind;
  (void)io;
  ck_assert_uint_eq(size, sizeof(*o));
  o->pid = (int32_t)getpid();
  o->uid = (uint32_t)getuid();
  o->gid = (uint32_t)getgid();
  o->euid = (uint32_t)geteuid();
}


/* The growable snapshot structs of issue 11: size set, the rest 0. */
SW_INIT_GROWABLE(sock2_tcp_info_t, SOCK2_TCP_INFO_INIT)

SW_INIT_GROWABLE(sock2_peer_cred_t, SOCK2_PEER_CRED_INIT)

#endif /* SOCK2_SWEEP_FIXTURE_H */
