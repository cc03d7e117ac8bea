/* SPDX-License-Identifier: MIT */
/* Error codes to text, from the one list in <sock2/errno.h>. */
#include "internal.h"

const char *
sock2_strerror(int err)
{
  switch (err) {
#define SOCK2__ERRNO_TEXT(name, text)                                         \
  case SOCK2_##name:                                                          \
    return text;
    SOCK2_ERRNO_MAP(SOCK2__ERRNO_TEXT)
#undef SOCK2__ERRNO_TEXT
  case 0:
    return "success";
  default:
    return "unknown error";
  }
}

const char *
sock2_err_name(int err)
{
  switch (err) {
#define SOCK2__ERRNO_NAME(name, text)                                         \
  case SOCK2_##name:                                                          \
    return #name;
    SOCK2_ERRNO_MAP(SOCK2__ERRNO_NAME)
#undef SOCK2__ERRNO_NAME
  case 0:
    return "OK";
  default:
    return "UNKNOWN";
  }
}

int
sock2_translate_sys_error(int sys_error)
{
  return sock2__sys_error(sys_error);
}
