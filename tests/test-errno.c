/* SPDX-License-Identifier: MIT */
/* Tests: error codes, names and text; version; the feature table. */
#include "tests.h"
#include "feature-list.h"

/* +1 a line of the feature table: 0 T_COUNT_FEATURE... counts them. */
#define T_COUNT_FEATURE(id, name) +1
/* Feature values are scanned up to this one (above the last in use). */
#define T_FEATURE_SCAN 1000

#include <errno.h>

START_TEST(test_errno_posix_values)
{
  T_SKIP_ON_WINDOWS("the codes are fixed negative numbers on Windows, not "
                    "-errno (test_errno_translate checks the WSA mapping)");
  /* On POSIX the codes are -errno, so no translation is ever needed. */
  ck_assert_int_eq(SOCK2_EPIPE, -EPIPE);
  ck_assert_int_eq(SOCK2_EAGAIN, -EAGAIN);
  ck_assert_int_eq(SOCK2_ECONNREFUSED, -ECONNREFUSED);
  ck_assert_int_eq(SOCK2_ENOTSUP, -ENOTSUP);
  ck_assert_int_eq(SOCK2_EBADF, -EBADF);
}
END_TEST

START_TEST(test_errno_names_and_text)
{
  ck_assert_str_eq(sock2_err_name(SOCK2_ECONNREFUSED), "ECONNREFUSED");
  ck_assert_str_eq(sock2_strerror(SOCK2_ECONNREFUSED), "connection refused");
  ck_assert_str_eq(sock2_err_name(SOCK2_EPIPE), "EPIPE");
  ck_assert_str_eq(sock2_strerror(SOCK2_ETIMEDOUT), "connection timed out");
  ck_assert_str_eq(sock2_err_name(0), "OK");
  ck_assert_str_eq(sock2_strerror(0), "success");
  /* Unknown codes: a fixed answer, never NULL. */
  ck_assert_str_eq(sock2_err_name(-99999), "UNKNOWN");
  ck_assert_str_eq(sock2_strerror(-99999), "unknown error");
  ck_assert_str_eq(sock2_err_name(12345), "UNKNOWN");
}
END_TEST

START_TEST(test_errno_every_code_named)
{
  /* Every code in the list has a distinct name and non-empty text. */
#define XX(name, text)                                                        \
  ck_assert_str_eq(sock2_err_name(SOCK2_##name), #name);                      \
  ck_assert_str_eq(sock2_strerror(SOCK2_##name), text);                       \
  ck_assert_int_lt(SOCK2_##name, 0);
  SOCK2_ERRNO_MAP(XX)
#undef XX
  /* sock2_errno_t holds every code as an int does (signed, int-sized). */
  {
    sock2_errno_t e = SOCK2_ECONNREFUSED;
    int code = e;
    ck_assert_uint_eq(sizeof(sock2_errno_t), sizeof(int));
    ck_assert_int_eq(code, SOCK2_ECONNREFUSED);
    e = SOCK2_EAI_MEMORY;
    ck_assert_int_eq((int)e, SOCK2_EAI_MEMORY);
    ck_assert_str_eq(sock2_err_name((int)SOCK2_ENOTSUP), "ENOTSUP");
  }
}
END_TEST

START_TEST(test_errno_translate)
{
  ck_assert_int_eq(sock2_translate_sys_error(0), 0);
#ifdef _WIN32
  /* Windows: WSA codes map onto the same SOCK2_E* values. */
  ck_assert_int_eq(sock2_translate_sys_error(WSAECONNREFUSED),
                   SOCK2_ECONNREFUSED);
  ck_assert_int_eq(sock2_translate_sys_error(WSAEWOULDBLOCK), SOCK2_EAGAIN);
  ck_assert_int_eq(sock2_translate_sys_error(WSAECONNRESET),
                   SOCK2_ECONNRESET);
  ck_assert_int_eq(sock2_translate_sys_error(WSAEOPNOTSUPP), SOCK2_ENOTSUP);
  return;
#endif
  ck_assert_int_eq(sock2_translate_sys_error(EPIPE), SOCK2_EPIPE);
  ck_assert_int_eq(sock2_translate_sys_error(EWOULDBLOCK), SOCK2_EAGAIN);
  ck_assert_int_eq(sock2_translate_sys_error(EOPNOTSUPP), SOCK2_ENOTSUP);
  ck_assert_int_eq(sock2_translate_sys_error(ECONNRESET), SOCK2_ECONNRESET);
  /* A negative "error number" is not one: invalid argument. */
  ck_assert_int_eq(sock2_translate_sys_error(-5), SOCK2_EINVAL);
}
END_TEST

START_TEST(test_version)
{
  char expect[32];
  snprintf(expect, sizeof(expect), "%d.%d.%d", SOCK2_VERSION_MAJOR,
           SOCK2_VERSION_MINOR, SOCK2_VERSION_PATCH);
  ck_assert_str_eq(sock2_version_string(), expect);
  ck_assert_str_eq(sock2_version_string(), SOCK2_VERSION_STRING);
  ck_assert_uint_eq(sock2_version(), SOCK2_VERSION_HEX);
  ck_assert_uint_eq(sock2_version() >> 16, SOCK2_VERSION_MAJOR);
}
END_TEST

START_TEST(test_features)
{
  int f, n = 0, total = 0 SOCK2_FEATURE_LIST(T_COUNT_FEATURE);

  /*
   * Every line of the feature table has a name. Values may skip a block
   * reserved for work merged later (sock2_has() answers EINVAL there).
   */
  for (f = 1; n < total && f < 100000; f++) {
    int h = sock2_has(f);
    if (sock2_feature_name(f) == NULL) {
      ck_assert_int_eq(h, SOCK2_EINVAL);
      continue;
    }
    ck_assert_msg(h == 0 || h == 1, "feature %d: %d", f, h);
    n++;
  }
  ck_assert_int_eq(n, total);

  ck_assert_ptr_null(sock2_feature_name(0));
  ck_assert_ptr_null(sock2_feature_name(-1));
  ck_assert_int_eq(sock2_has(0), SOCK2_EINVAL);
  ck_assert_int_eq(sock2_has(f), SOCK2_EINVAL);
  ck_assert_int_eq(sock2_has(-3), SOCK2_EINVAL);
  ck_assert_str_eq(sock2_feature_name(SOCK2_FEATURE_ACCEPT4), "accept4");
  /* Every POSIX system has unix sockets. */
  ck_assert_int_eq(sock2_has(SOCK2_FEATURE_UNIX_SOCKETS), 1);
#ifdef HAVE_ACCEPT4
  ck_assert_int_eq(sock2_has(SOCK2_FEATURE_ACCEPT4),
                   HAVE_DECL_SOCK_CLOEXEC && HAVE_DECL_SOCK_NONBLOCK);
#else
  ck_assert_int_eq(sock2_has(SOCK2_FEATURE_ACCEPT4), 0);
#endif
  ck_assert_int_eq(sock2_has(SOCK2_FEATURE_MSG_NOSIGNAL),
                   HAVE_DECL_MSG_NOSIGNAL);
}
END_TEST

/*
 * configure's summary (config.summary, NAME=0|1 lines) lists every feature
 * with the answer sock2_has() gives, in the order of the values.
 */
START_TEST(test_features_match_configure_summary)
{
  const char *dir = getenv("top_builddir");
  char path[4096], line[256], want[256];
  FILE *f;
  int n = 0, feature = 1;

  if (dir == NULL) {
    t_skip(__func__, "top_builddir is not set (run through make check)");
    return;
  }
  ck_assert_int_lt(snprintf(path, sizeof(path), "%s/config.summary", dir),
                   (int)sizeof(path));
  f = fopen(path, "r");
  ck_assert_msg(f != NULL, "cannot open %s", path);
  while (fgets(line, sizeof(line), f) != NULL) {
    line[strcspn(line, "\r\n")] = '\0';
    /* Skip values reserved for work merged later (see test_features). */
    while (sock2_feature_name(feature) == NULL && feature < 100000 &&
           n < 0 SOCK2_FEATURE_LIST(T_COUNT_FEATURE))
      feature++;
    ck_assert_msg(sock2_feature_name(feature) != NULL,
                  "config.summary line %d (%s): no such feature", n + 1,
                  line);
    snprintf(want, sizeof(want), "%s=%d", sock2_feature_name(feature),
             sock2_has(feature));
    ck_assert_str_eq(line, want);
    feature++;
    n++;
  }
  fclose(f);
  /* Every feature is there, none missing at the end. */
  while (feature < T_FEATURE_SCAN && sock2_feature_name(feature) == NULL)
    feature++;
  ck_assert_int_eq(feature, T_FEATURE_SCAN);
  ck_assert_int_eq(n, 0 SOCK2_FEATURE_LIST(T_COUNT_FEATURE));
}
END_TEST

Suite *
sock2_test_errno_suite(void)
{
  Suite *s = suite_create("errno");
  TCase *tc = sock2_tcase("errno");

  tcase_add_test(tc, test_errno_posix_values);
  tcase_add_test(tc, test_errno_names_and_text);
  tcase_add_test(tc, test_errno_every_code_named);
  tcase_add_test(tc, test_errno_translate);
  tcase_add_test(tc, test_version);
  tcase_add_test(tc, test_features);
  tcase_add_test(tc, test_features_match_configure_summary);
  suite_add_tcase(s, tc);
  return s;
}
