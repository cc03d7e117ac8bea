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
  [SOCK2_FEATURE_SOCK_CLOEXEC] = "SOCK_CLOEXEC",
  [SOCK2_FEATURE_SOCK_NONBLOCK] = "SOCK_NONBLOCK",
  [SOCK2_FEATURE_ACCEPT4] = "accept4",
  [SOCK2_FEATURE_MSG_NOSIGNAL] = "MSG_NOSIGNAL",
  [SOCK2_FEATURE_SO_NOSIGPIPE] = "SO_NOSIGPIPE",
  [SOCK2_FEATURE_F_DUPFD_CLOEXEC] = "F_DUPFD_CLOEXEC",
  [SOCK2_FEATURE_UNIX_SOCKETS] = "AF_UNIX",
  [SOCK2_FEATURE_ABSTRACT_NAMES] = "abstract unix names",
  [SOCK2_FEATURE_VSOCK] = "AF_VSOCK",
  [SOCK2_FEATURE_IPV6_SCOPE_ID] = "sin6_scope_id",
  [SOCK2_FEATURE_SA_LEN] = "sa_len",
  [SOCK2_FEATURE_IF_NAMETOINDEX] = "if_nametoindex",
  [SOCK2_FEATURE_SENDMMSG] = "sendmmsg",
  [SOCK2_FEATURE_RECVMMSG] = "recvmmsg",
  [SOCK2_FEATURE_SO_REUSEPORT] = "SO_REUSEPORT",
  [SOCK2_FEATURE_SO_REUSEPORT_LB] = "SO_REUSEPORT_LB",
  [SOCK2_FEATURE_TCP_KEEPIDLE] = "TCP_KEEPIDLE",
  [SOCK2_FEATURE_TCP_KEEPALIVE] = "TCP_KEEPALIVE",
  [SOCK2_FEATURE_TCP_KEEPINTVL] = "TCP_KEEPINTVL",
  [SOCK2_FEATURE_TCP_KEEPCNT] = "TCP_KEEPCNT",
  [SOCK2_FEATURE_IP_MREQN] = "struct ip_mreqn",
  /* Data transfer features: names here. */
  [SOCK2_FEATURE_SO_PASSCRED] = "SO_PASSCRED",
  [SOCK2_FEATURE_SO_PRIORITY] = "SO_PRIORITY",
  [SOCK2_FEATURE_SO_DOMAIN] = "SO_DOMAIN",
  [SOCK2_FEATURE_SO_PROTOCOL] = "SO_PROTOCOL",
  [SOCK2_FEATURE_SO_ACCEPTCONN] = "SO_ACCEPTCONN",
  [SOCK2_FEATURE_SO_MARK] = "SO_MARK",
  [SOCK2_FEATURE_SO_BINDTODEVICE] = "SO_BINDTODEVICE",
  [SOCK2_FEATURE_SO_BINDTOIFINDEX] = "SO_BINDTOIFINDEX",
  [SOCK2_FEATURE_IP_BOUND_IF] = "IP_BOUND_IF",
  [SOCK2_FEATURE_SO_SETFIB] = "SO_SETFIB",
  [SOCK2_FEATURE_SO_INCOMING_CPU] = "SO_INCOMING_CPU",
  [SOCK2_FEATURE_SO_ATTACH_FILTER] = "SO_ATTACH_FILTER",
  [SOCK2_FEATURE_SO_COOKIE] = "SO_COOKIE",
  [SOCK2_FEATURE_SO_BUSY_POLL] = "SO_BUSY_POLL",
  [SOCK2_FEATURE_SO_LINGER_SEC] = "SO_LINGER_SEC",
  [SOCK2_FEATURE_TCP_MAXSEG] = "TCP_MAXSEG",
  [SOCK2_FEATURE_TCP_CORK] = "TCP_CORK",
  [SOCK2_FEATURE_TCP_QUICKACK] = "TCP_QUICKACK",
  [SOCK2_FEATURE_TCP_THIN_LINEAR_TIMEOUTS] = "TCP_THIN_LINEAR_TIMEOUTS",
  [SOCK2_FEATURE_TCP_NOTSENT_LOWAT] = "TCP_NOTSENT_LOWAT",
  [SOCK2_FEATURE_TCP_USER_TIMEOUT] = "TCP_USER_TIMEOUT",
  [SOCK2_FEATURE_TCP_CONGESTION] = "TCP_CONGESTION",
  /* Socket-level and TCP option features: names here. */
  /* IP and IPv6 option features: names here. */
  /* Windows features: names here. */
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
  if (sock2_feature_name(feature) == NULL)
    return SOCK2_EINVAL;
  return sock2__sys_has(feature) ? 1 : 0;
}
