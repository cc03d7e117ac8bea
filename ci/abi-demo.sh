#!/bin/bash
# SPDX-License-Identifier: MIT
# Shows that `make abi-check` catches ABI breaks (issue 13): in a copy of
# the source tree, one build per change, each checked against
# abi/libsock2.abi:
#   unchanged                                  must pass
#   sock2_keepalive_t grows (public struct)    must fail (abidiff bit 4)
#   SOCK2_FEATURE_ACCEPT4 renumbered (enum)    must fail (abidiff bit 4)
#   a function removed from the export list    must fail (abidiff bit 8)
#   a function added, the release's -version-info  must fail
#   the same with CURRENT+1:0:AGE+1                must pass
#
#   bash ci/abi-demo.sh SRC WORK     (SRC bootstrapped, not configured)
set -u
SRC=$(cd "$1" && pwd)
W=$2
rm -rf "$W"
mkdir -p "$W/src" "$W/build"
W=$(cd "$W" && pwd)
(cd "$SRC" && tar --exclude=.git -cf - .) | tar -C "$W/src" -xf - || exit 1
cd "$W/build" || exit 1
"$W/src/configure" --disable-tests CFLAGS='-g -O2' > configure.log 2>&1 \
  || { tail -n 30 configure.log; exit 1; }
say() { printf 'abi-demo: %s\n' "$*"; }
bad=0

# scenario NAME EXPECT FILE PERL-EXPR [MAKE-ARGS...]: patch FILE with
# perl -pi -e EXPR (none if EXPR is empty), rebuild the library, run make
# abi-check, compare with EXPECT (pass or fail), put FILE back.
scenario() {
  local name=$1 expect=$2 file=$3 expr=$4 rc=0 got
  shift 4
  cp "$W/src/$file" "$W/orig"
  if [ -n "$expr" ]; then
    perl -0pi -e "$expr" "$W/src/$file"
    if cmp -s "$W/src/$file" "$W/orig"; then
      say "$name: the patch changed nothing"; bad=1; return
    fi
  fi
  if ! make libsock2.la > make.log 2>&1; then
    tail -n 20 make.log; say "$name: build failed"; bad=1
  else
    make -s abi-check "$@" > "check-$name.log" 2>&1 || rc=$?
    got=pass
    [ $rc -ne 0 ] && got=fail
    say "== $name: make abi-check $* -> $got (expected $expect)"
    grep -E "abi-check: |^Functions changes summary|^Variables changes|has some sub-type changes|size changed|enumerator|value changed|Removed function|^  \[D\]|'sock2_" "check-$name.log" \
      | head -n 14 | sed 's/^/    /'
    [ "$got" = "$expect" ] || bad=1
  fi
  cp "$W/orig" "$W/src/$file"
}

scenario unchanged pass include/sock2.h ''
# sock2_keepalive_t grows by 8 bytes; lib/opt-tcp.c's build-time layout
# check (which would stop the build first) is edited to match, as a
# careless change might.
cp "$W/src/lib/opt-tcp.c" "$W/opt-tcp.c.orig"
perl -pi -e 's/sizeof\(sock2_keepalive_t\) == 48/sizeof(sock2_keepalive_t) == 56/' \
  "$W/src/lib/opt-tcp.c"
scenario struct-grows fail include/sock2/options.h \
  's/(int64_t reserved)\[2\];( *\/\* 0; room to grow)/$1\[3\];$2/'
cp "$W/opt-tcp.c.orig" "$W/src/lib/opt-tcp.c"
scenario enum-renumbered fail include/sock2.h \
  's/SOCK2_FEATURE_ACCEPT4 = 3,/SOCK2_FEATURE_ACCEPT4 = 65,/'
# sock2_version_string() becomes an internal function (sock2__*: not
# exported).
scenario function-removed fail lib/version.c \
  's/\nsock2_version_string\(void\)/\nsock2__version_string_gone(void)/'
# A new function: declared at the end of sock2.h (before the closing
# extern "C" brace), defined in version.c. The -version-info is given on
# the command line: the release's (abi/baseline.txt) and its bump, so the
# two cases hold both right after a release and between releases, when
# the tree already has added functions and the bump for them.
add='s/(#ifdef __cplusplus\n\}\n#endif\n)/SOCK2_EXTERN int sock2_abi_demo_added(void);\n\n$1/'
cp "$W/src/lib/version.c" "$W/version.c.orig"
printf '\nint\nsock2_abi_demo_added(void)\n{\n  return 0;\n}\n' \
  >> "$W/src/lib/version.c"
IFS=: read -r bc br ba \
  < <(sed -n 's/^version-info //p' "$W/src/abi/baseline.txt")
scenario function-added fail include/sock2.h "$add" \
  SOCK2_LT_CURRENT="$bc" SOCK2_LT_REVISION="$br" SOCK2_LT_AGE="$ba"
scenario function-added-bumped pass include/sock2.h "$add" \
  SOCK2_LT_CURRENT=$((bc + 1)) SOCK2_LT_REVISION=0 SOCK2_LT_AGE=$((ba + 1))
cp "$W/version.c.orig" "$W/src/lib/version.c"
if [ $bad -ne 0 ]; then
  say "FAIL: make abi-check did not do what each scenario expects"
  exit 1
fi
say "passed: every break was caught, the compatible changes passed"
