/* SPDX-License-Identifier: MIT */
/* Winsock backend: SO_EXCLUSIVEADDRUSE and SIO_UDP_CONNRESET. */
#include "internal.h"

int
sock2__sys_set_exclusive_address_use(sock2_socket_t s, int on)
{
  BOOL v = on ? TRUE : FALSE;

  if (setsockopt(s, SOL_SOCKET, SO_EXCLUSIVEADDRUSE, (const char *)&v,
                 (int)sizeof(v)) == SOCKET_ERROR)
    return SOCK2__WSAERR();
  return 0;
}

int
sock2__sys_exclusive_address_use(sock2_socket_t s, int *on)
{
  /* Zeroed, so a 1-byte BOOLEAN reply decodes as well as a 4-byte BOOL. */
  unsigned char v[sizeof(int)] = {0};
  int len = (int)sizeof(v);

  if (getsockopt(s, SOL_SOCKET, SO_EXCLUSIVEADDRUSE, (char *)v, &len) ==
      SOCKET_ERROR)
    return SOCK2__WSAERR();
  if (len != 1 && len != (int)sizeof(int))
    return SOCK2_EINVAL;
  *on = v[0] != 0 || v[1] != 0 || v[2] != 0 || v[3] != 0;
  return 0;
}

/* One WSAIoctl with a BOOL input and no output. */
static int
ioctl_bool(SOCKET s, DWORD code, int on)
{
  BOOL v = on ? TRUE : FALSE;
  DWORD out = 0;

  if (WSAIoctl(s, code, &v, (DWORD)sizeof(v), NULL, 0, &out, NULL, NULL) ==
      SOCKET_ERROR)
    return SOCK2__WSAERR();
  return 0;
}

int
sock2__sys_set_udp_connreset(sock2_socket_t s, int on)
{
  int err = ioctl_bool(s, SIO_UDP_CONNRESET, on);
#ifdef SIO_UDP_NETRESET
  /* The "network reset" twin (TTL expired) on newer Windows. */
  if (err == 0)
    err = ioctl_bool(s, SIO_UDP_NETRESET, on);
#endif
  return err;
}
