/* SPDX-License-Identifier: MIT */
/* Version and the build's feature table. */
#include "internal.h"
#include "feature-list.h"
#include "sysfeatures.h"

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

/*
 * The feature table (lib/feature-list.h), indexed by sock2_feature_t:
 * index 0 is unused, and a value with no line in the list has no name.
 * Whether this build has a feature is the backend's SOCK2_SYS_HAS_<ID>
 * (sysfeatures.h), the same constant configure's summary prints.
 */
static const char *const feature_names[] = {
#define FEATURE_NAME(id, name) [SOCK2_FEATURE_##id] = name,
  SOCK2_FEATURE_LIST(FEATURE_NAME)
#undef FEATURE_NAME
};

#define FEATURE_COUNT ((int)(sizeof(feature_names) / sizeof(feature_names[0])))

static const unsigned char feature_present[FEATURE_COUNT] = {
#define FEATURE_PRESENT(id, name)                                             \
  [SOCK2_FEATURE_##id] = (SOCK2_SYS_HAS_##id) ? 1 : 0,
  SOCK2_FEATURE_LIST(FEATURE_PRESENT)
#undef FEATURE_PRESENT
};

const char *
sock2_feature_name(sock2_feature_t feature)
{
  if ((int)feature <= 0 || (int)feature >= FEATURE_COUNT)
    return NULL;
  return feature_names[feature];
}

int
sock2_has(sock2_feature_t feature)
{
  if (sock2_feature_name(feature) == NULL)
    return SOCK2_EINVAL;
  return feature_present[feature];
}
