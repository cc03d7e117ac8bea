/* SPDX-License-Identifier: MIT */
/*
 * Windows backend: the names of this OS's constants for sock2/names.h, from
 * the one list in lib/const-names.h compiled against this OS's headers.
 */
#include "internal.h"

#include <mstcpip.h>

#include "const-names.h"
