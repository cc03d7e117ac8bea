/* SPDX-License-Identifier: MIT */
/* Version and the build's feature table. */
#include "internal.h"

unsigned int
sock2_version(void)
{
  return SOCK2_VERSION_HEX;
}

const char *
sock2_version_string(void)
{
  return SOCK2_VERSION_STRING;
}

/* Names indexed by sock2_feature_t; index 0 is unused. */
static const char *const feature_names[] = {
  NULL,
  "SOCK_CLOEXEC",
  "SOCK_NONBLOCK",
  "accept4",
  "MSG_NOSIGNAL",
  "SO_NOSIGPIPE",
  "F_DUPFD_CLOEXEC",
  "AF_UNIX",
  "abstract unix names",
  "AF_VSOCK",
  "sin6_scope_id",
  "sa_len",
  "if_nametoindex",
  "sendmmsg",
  "recvmmsg",
  "SO_REUSEPORT",
  "SO_REUSEPORT_LB",
  "TCP_KEEPIDLE",
  "TCP_KEEPALIVE",
  "TCP_KEEPINTVL",
  "TCP_KEEPCNT",
  "struct ip_mreqn",
};

#define FEATURE_COUNT ((int)(sizeof(feature_names) / sizeof(feature_names[0])))

const char *
sock2_feature_name(int feature)
{
  if (feature <= 0 || feature >= FEATURE_COUNT)
    return NULL;
  return feature_names[feature];
}

int
sock2_has(int feature)
{
  if (feature <= 0 || feature >= FEATURE_COUNT)
    return SOCK2_EINVAL;
  return sock2__sys_has(feature) ? 1 : 0;
}
