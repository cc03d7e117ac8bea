#!/bin/sh
# SPDX-License-Identifier: MIT
# Run every example (examples/README.md) with --self-test: each one plays
# both sides over loopback (127.0.0.1, a unix socketpair) in one process
# or a fork, and exits 0 when the bytes came back. $SOCK2_EXAMPLES (from
# Makefile.am) lists them; SOCK2_TEST_WRAPPER runs them under an emulator.
set -u
case "$EXEEXT" in
  .exe) echo "SKIP: the examples are POSIX programs"; exit 77 ;;
esac
if [ -z "${SOCK2_EXAMPLES:-}" ]; then
  echo "SKIP: no examples are built for this host"; exit 77
fi
to=
command -v timeout >/dev/null 2>&1 && to="timeout 60"
failed=0 n=0
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for ex in $SOCK2_EXAMPLES; do
  prog=$top_builddir/$ex$EXEEXT
  n=$((n + 1))
  echo "== $ex --self-test"
  if [ ! -x "$prog" ]; then
    echo "FAIL: $prog was not built"; failed=$((failed + 1)); continue
  fi
  # libtool's wrapper script sets the library path to the build tree's
  # libsock2 and runs the real program (under the emulator, if any).
  # shellcheck disable=SC2086
  if $to "$top_builddir/libtool" --mode=execute ${SOCK2_TEST_WRAPPER:-} \
      "$prog" --self-test > "$out" 2>&1; then
    cat "$out"
    echo "ok: $ex"
  else
    st=$?
    cat "$out"
    # qemu-user answers options it does not emulate with ENOPROTOOPT.
    if [ -n "${SOCK2_TEST_EMULATOR:-}" ] && grep -q ENOPROTOOPT "$out"; then
      echo "SKIP: $ex: ${SOCK2_TEST_EMULATOR} does not emulate an option it uses"
    else
      echo "FAIL: $ex --self-test (exit $st)"; failed=$((failed + 1))
    fi
  fi
done
echo "examples: $((n - failed)) of $n self-tests passed"
[ "$failed" -eq 0 ]
