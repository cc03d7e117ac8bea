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
