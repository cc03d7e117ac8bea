/* SPDX-License-Identifier: MIT */
/* Built by tests/install.sh against an installed libsock2 via pkg-config. */
#include <stdio.h>
#include <string.h>

#include <sock2.h>

int
main(void)
{
  sock2_socket_t sv[2];
  char buf[8];

  if (strcmp(sock2_version_string(), SOCK2_VERSION_STRING) != 0) {
    fprintf(stderr, "header %s, library %s\n", SOCK2_VERSION_STRING,
            sock2_version_string());
    return 1;
  }
  if (sock2_socketpair(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_STREAM, 0, sv) != 0)
    return 2;
  if (sock2_send(sv[0], "ok", 2) != 2 || sock2_recv(sv[1], buf, 8) != 2)
    return 3;
  sock2_close(sv[0]);
  sock2_close(sv[1]);
  printf("installed libsock2 %s works\n", sock2_version_string());
  return 0;
}
