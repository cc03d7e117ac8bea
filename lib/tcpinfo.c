/* SPDX-License-Identifier: MIT */
/*
 * TCP_INFO snapshots and peer credentials: the growable structs' checks
 * (doc/design.md, "ABI rules"); the backend fills a whole struct, of
 * which the caller's size bytes are copied out.
 */
#include "internal.h"

#include <limits.h>

/*
 * A growable struct's size: at least the first version's, at most ours,
 * and whole fields (every field from SIZE_MIN on is 8 bytes, and
 * SIZE_MIN is a multiple of 8 in both structs).
 */
static int
size_ok(uint32_t size, size_t min, size_t max)
{
  return size >= min && size <= max && size % 8 == 0;
}

int
sock2_tcp_info(sock2_socket_t s, sock2_tcp_info_t *ti)
{
  sock2_tcp_info_t full;
  uint32_t size;
  int err;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (ti == NULL)
    return SOCK2_EINVAL;
  size = ti->size;
  if (!size_ok(size, SOCK2_TCP_INFO_SIZE_MIN, sizeof(sock2_tcp_info_t)))
    return SOCK2_EINVAL;
  memset(&full, 0, sizeof(full));
  err = sock2__sys_tcp_info(s, &full);
  if (err != 0)
    return err;
  full.size = size;
  memcpy(ti, &full, size);
  return 0;
}

int
sock2_tcp_info_raw(sock2_socket_t s, void *buf, size_t size)
{
  size_t len = size;
  int err;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (buf == NULL || SOCK2__BAD_LEN(size))
    return SOCK2_EINVAL;
  if (len > (size_t)INT_MAX)
    len = (size_t)INT_MAX;
  err = sock2__sys_tcp_info_raw(s, buf, &len);
  if (err != 0)
    return err;
  return (int)len;
}

const char *
sock2_tcp_state_name(uint32_t state)
{
  static const char *const names[] = {
    "CLOSED",     "LISTEN",     "SYN_SENT", "SYN_RECEIVED",
    "ESTABLISHED", "CLOSE_WAIT", "FIN_WAIT_1", "CLOSING",
    "LAST_ACK",   "FIN_WAIT_2", "TIME_WAIT",
  };

  if (state < sizeof(names) / sizeof(names[0]))
    return names[state];
  return "UNKNOWN";
}

/* ---- Peer credentials ---------------------------------------------------- */

int
sock2_peer_cred(sock2_socket_t s, sock2_peer_cred_t *pc)
{
  sock2_peer_cred_t full;
  uint32_t size;
  int err;

  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (pc == NULL)
    return SOCK2_EINVAL;
  size = pc->size;
  if (!size_ok(size, SOCK2_PEER_CRED_SIZE_MIN, sizeof(sock2_peer_cred_t)))
    return SOCK2_EINVAL;
  memset(&full, 0, sizeof(full));
  err = sock2__sys_peer_cred(s, &full);
  if (err != 0)
    return err;
  full.size = size;
  memcpy(pc, &full, size);
  return 0;
}

int
sock2_peer_pidfd(sock2_socket_t s, int *pidfd)
{
  if (SOCK2__BAD_SOCKET(s))
    return SOCK2_EBADF;
  if (pidfd == NULL)
    return SOCK2_EINVAL;
  return sock2__sys_peer_pidfd(s, pidfd);
}
