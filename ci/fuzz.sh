#!/bin/bash
# SPDX-License-Identifier: MIT
# Build the libFuzzer targets in fuzz/ against the library's core objects
# (libsock2-core.la, instrumented) and run each for a bounded time.
#
#   bash ci/fuzz.sh SRCDIR BUILDDIR
#
# SOCK2_FUZZ_TIME: seconds per target (default 60). Each target starts from
# its seed corpus fuzz/corpus/<target>/ (read only; new inputs go to the
# build directory) and first replays fuzz/regress/<target>/ if present:
# inputs that once crashed, kept as regression tests. A crash leaves its
# input in BUILDDIR/crash-* and fails the run: copy it to
# fuzz/regress/<target>/ with the fix. `make check` replays both
# directories in every build without libFuzzer (fuzz/replay.c). To grow
# the seeds: <target> -merge=1 NEW fuzz/corpus/<target> BUILDDIR/corpus-*.
set -eu
src=$(cd "${1:?usage: fuzz.sh SRCDIR BUILDDIR}" && pwd)
build=${2:?usage: fuzz.sh SRCDIR BUILDDIR}
mkdir -p "$build"
cd "$build"
build=$(pwd)
secs=${SOCK2_FUZZ_TIME:-60}
cc=${SOCK2_FUZZ_CC:-clang}
san='-fsanitize=address,undefined -fno-sanitize-recover=all'

# The library, instrumented for coverage and the sanitizers; no tests.
if [ ! -f libsock2-core.la ]; then
  "$src/configure" --disable-shared --disable-tests CC="$cc" \
    CFLAGS="-g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer-no-link $san" \
    > configure.log 2>&1 || { tail -n 30 configure.log; exit 1; }
  make libsock2-core.la > make.log 2>&1 || { tail -n 30 make.log; exit 1; }
fi

fail=0
for f in "$src"/fuzz/fuzz-*.c; do
  t=$(basename "$f" .c)
  target=${t#fuzz-}
  echo "--- fuzz target $target"
  $cc -g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer $san \
    -I"$build/include" -I"$src/include" -o "$t" "$f" .libs/libsock2-core.a
  corpus="$build/corpus-$target"
  mkdir -p "$corpus"
  dict=
  [ -f "$src/fuzz/addr.dict" ] && case $target in addr-text) dict="-dict=$src/fuzz/addr.dict" ;; esac
  if [ -d "$src/fuzz/regress/$target" ]; then
    n=$(find "$src/fuzz/regress/$target" -type f | wc -l)
    echo "replaying $n regression input(s)"
    if [ "$n" -gt 0 ]; then
      # shellcheck disable=SC2046
      ./"$t" $(find "$src/fuzz/regress/$target" -type f) > "replay-$target.log" 2>&1 \
        || { tail -n 40 "replay-$target.log"; fail=1; continue; }
    fi
  fi
  if ./"$t" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
       -print_final_stats=1 $dict "$corpus" "$src/fuzz/corpus/$target" \
       > "fuzz-$target.log" 2>&1; then
    grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' "fuzz-$target.log" \
      | tail -n 2
    echo "fuzz $target: no crash in ${secs}s"
  else
    tail -n 60 "fuzz-$target.log"
    ls crash-* leak-* timeout-* oom-* 2>/dev/null | sed 's/^/crash input: /'
    echo "fuzz $target: FAILED"
    fail=1
  fi
done
exit $fail
