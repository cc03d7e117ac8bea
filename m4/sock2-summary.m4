dnl SPDX-License-Identifier: MIT
dnl serial 2
dnl
dnl SOCK2_SUMMARY
dnl -------------
dnl Prints what configure found after AC_OUTPUT: the build settings, then
dnl every feature of lib/feature-list.h with the answer sock2_has() will
dnl give. The answers are not recomputed here: SOCK2_FEATURE_TABLE compiles
dnl the library's own table (lib/feature-list.h and the backend's
dnl sysfeatures.h, against the config.h AC_OUTPUT just wrote) into an
dnl object file and reads the bytes back, so it works when cross-compiling
dnl and cannot disagree with the library. The same lines go to
dnl config.summary as NAME=0|1, the format of `tests/syscount --features`,
dnl which tests/features.sh compares with the built library.

dnl SOCK2_FEATURE_TABLE
dnl -------------------
dnl Sets sock2_features to the NAME=0|1 lines, or to empty on failure.
AC_DEFUN([SOCK2_FEATURE_TABLE], [
  sock2_features=
  cat > conftest-features.c <<'_SOCK2_EOF'
#include "internal.h"
#include "feature-list.h"
#include "sysfeatures.h"
/* One record a feature: a tag, '0' or '1', then ID=name, NUL-padded. */
struct sock2_feature_probe {
  char tag[[5]];
  char has;
  char text[[90]];
};
#define SOCK2_PROBE(id, name)                                                 \
  { { '@', 'S', '2', 'F', ':' }, (SOCK2_SYS_HAS_##id) ? '1' : '0',            \
    #id "=" name },
const struct sock2_feature_probe sock2_feature_probes[[]] = {
  SOCK2_FEATURE_LIST(SOCK2_PROBE)
};
_SOCK2_EOF
  dnl The object must hold the bytes themselves, not LTO bitcode.
  sock2_probe_cc="$CC -c $CFLAGS $CPPFLAGS $SOCK2_SYS_DEFS -I. -Iinclude \
    -I$srcdir/include -I$srcdir/lib -I$srcdir/$sock2_backend \
    conftest-features.c -o conftest-features.$OBJEXT"
  AS_IF([eval "$sock2_probe_cc -fno-lto" >&AS_MESSAGE_LOG_FD 2>&1 ||
         eval "$sock2_probe_cc" >&AS_MESSAGE_LOG_FD 2>&1], [
    sock2_features=`LC_ALL=C tr '\000' '\n' < conftest-features.$OBJEXT |
      LC_ALL=C $SED -n 's/^.*@S2F:\([[01]]\)[[A-Z0-9_]]*=\(.*\)$/\2=\1/p'`
  ], [
    echo "configure: failed program was:" >&AS_MESSAGE_LOG_FD
    cat conftest-features.c >&AS_MESSAGE_LOG_FD
  ])
  rm -f conftest-features.c conftest-features.$OBJEXT
])

AC_DEFUN([SOCK2_SUMMARY], [
  SOCK2_FEATURE_TABLE
  echo
  echo "libsock2 $PACKAGE_VERSION configured for $host"
  echo
  echo "  Backend:            $sock2_backend"
  echo "  Compiler:           $CC $CFLAGS"
  echo "  Warning flags:      $SOCK2_CFLAGS"
  echo "  Shared / static:    $enable_shared / $enable_static"
  echo "  Tests (Check):      $sock2_have_check"
  echo "  Install prefix:     $prefix"
  echo "  Libs.private:       ${SOCK2_PC_LIBS_PRIVATE:-(none)}"
  echo
  AS_IF([test "x$sock2_features" = x], [
    echo "  Features: the feature table did not compile (see config.log)"
    echo "error: the feature table did not compile" > config.summary
  ], [
    echo "  Features (what sock2_has() answers; lib/feature-list.h):"
    printf '%s\n' "$sock2_features" > config.summary
    sock2_save_IFS=$IFS
    IFS='
'
    for sock2_f in $sock2_features; do
      AS_CASE([$sock2_f], [*=1], [sock2_s=yes], [sock2_s=no])
      printf '    %-34s %s\n' "${sock2_f%=*}" "$sock2_s"
    done
    IFS=$sock2_save_IFS
  ])
  m4_ifdef([SOCK2_SUMMARY_EXTRA], [SOCK2_SUMMARY_EXTRA])
  echo
])
