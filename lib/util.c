/* SPDX-License-Identifier: MIT */
/* Small portable helpers shared by lib/ files. */
#include "internal.h"

int
sock2__duration_to_units(sock2_duration_t d, int64_t unit_ns,
                         int64_t max_units, int64_t *out)
{
  int64_t units;

  if (d < 0)
    return SOCK2_EINVAL;
  /* Round up, so a non-zero duration never becomes zero units. */
  units = d / unit_ns + (d % unit_ns != 0);
  if (units > max_units)
    return SOCK2_ERANGE;
  *out = units;
  return 0;
}

int
sock2__growable_ok(const void *obj, size_t size, size_t min, size_t max,
                   size_t unit, size_t reserved)
{
  const unsigned char *p = (const unsigned char *)obj;
  size_t i;

  if (size < min || size > max || size % unit != 0)
    return 0;
  for (i = reserved; i < size; i++)
    if (p[i] != 0)
      return 0;
  return 1;
}
