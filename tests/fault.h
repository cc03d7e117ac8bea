/* SPDX-License-Identifier: MIT */
/* The fault plan shared by tests/fault-wrap.c and tests/check_fault.c. */
#ifndef SOCK2_TESTS_FAULT_H
#define SOCK2_TESTS_FAULT_H

#include "config.h"

#define FAULT_MAX_CALLS 256
#define FAULT_MAX_FAULTS 4
#define FAULT_MAX_CREATED 32

/* A planned "error" that makes a send move one byte instead. */
#define FAULT_PARTIAL (-1)
/*
 * A sendfile() that moves one byte and then finds the peer gone: Linux
 * returns the count and raises SIGPIPE at the thread (from the internal
 * send that failed). A send() raises SIGPIPE only with EPIPE (POSIX; the
 * SIGPIPE guard of sock2/io.h relies on it), so only sendfile() is given
 * this one.
 */
#define FAULT_PARTIAL_SIGPIPE (-2)

/* One intercepted call while the plan was armed. */
typedef struct fault_call {
  const char *fn; /* the C library function */
  int fd;         /* its descriptor argument, or -1 */
  int cmd;        /* fcntl()'s command, the sigmask "how", the option
                     level; else 0 */
  long arg;       /* fcntl()'s int argument, a socket type, a length, the
                     option name... */
  int fault;      /* the errno injected (or FAULT_PARTIAL), 0 for none */
  long ret;       /* what a shortened send returned; open()'s descriptor */
} fault_call;

typedef struct fault_state {
  int armed;  /* count (and fault) calls only while set */
  int ncalls; /* calls seen since armed (may exceed FAULT_MAX_CALLS) */
  fault_call calls[FAULT_MAX_CALLS];
  int nfaults;
  struct {
    int at;  /* 0-based index of the call to fail */
    int err; /* errno, or FAULT_PARTIAL */
  } faults[FAULT_MAX_FAULTS];
  int ncreated; /* descriptors the real calls created while armed */
  int created[FAULT_MAX_CREATED];
  int raised; /* SIGPIPEs the interposers raised as the kernel would */
  /*
   * When not 0: what getaddrinfo() and getnameinfo() answer instead of
   * resolving (an EAI_* code), with errno set to eai_errno, armed or not.
   */
  int eai;
  int eai_errno;
} fault_state_t;

extern fault_state_t fault;

/*
 * Called first by every interposer: records the call; returns the errno
 * to inject, FAULT_PARTIAL, or 0 to forward the call untouched.
 */
int fault_enter(const char *fn, int fd, int cmd, long arg);

#endif /* SOCK2_TESTS_FAULT_H */
