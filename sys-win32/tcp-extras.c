/* SPDX-License-Identifier: MIT */
/*
 * Winsock backend: TCP Fast Open's connect with data. Windows sends data
 * in the SYN only through ConnectEx() on an overlapped socket with
 * TCP_FASTOPEN set, which does not fit a blocking one-call API: not
 * supported.
 */
#include "internal.h"

sock2_ssize_t
sock2__sys_connect_fastopen(sock2_socket_t s, const struct sockaddr *sa,
                            sock2_socklen_t salen, const void *buf,
                            size_t len)
{
  (void)s;
  (void)sa;
  (void)salen;
  (void)buf;
  (void)len;
  return SOCK2_ENOTSUP;
}
