#!/bin/sh
# SPDX-License-Identifier: MIT
# The TCP_INFO examples against loopback: examples/tcp-info prints both
# ends of a connection it makes, `sock2-info --tcp-info` the client's
# snapshot; each must report the ESTABLISHED state and a round-trip
# time. Where the build has no TCP_INFO the programs must fail cleanly
# with ENOTSUP, which is a skip; Windows builds skip (Wine lacks
# SIO_TCP_INFO).
set -u
top_builddir=${top_builddir:-.}
EXEEXT=${EXEEXT:-}
case "${host:-}" in
  *mingw*|*cygwin*|*windows*)
    echo "SKIP: examples-tcpinfo: Wine has no SIO_TCP_INFO"
    exit 77 ;;
esac
rc=0
for prog in "examples/tcp-info$EXEEXT" "examples/sock2-info$EXEEXT --tcp-info"
do
  # Through libtool's wrapper and the emulator, if any (a cross build).
  # shellcheck disable=SC2086
  out=$("$top_builddir/libtool" --mode=execute ${SOCK2_TEST_WRAPPER:-} \
        "$top_builddir"/$prog 2>&1)
  st=$?
  printf '%s\n' "$out"
  if printf '%s\n' "$out" | grep -q 'ENOTSUP'; then
    echo "SKIP: examples-tcpinfo: no TCP_INFO in this build"
    exit 77
  fi
  if [ $st -ne 0 ] && [ -n "${SOCK2_TEST_EMULATOR:-}" ] &&
     printf '%s\n' "$out" | grep -q 'ENOPROTOOPT'; then
    echo "SKIP: examples-tcpinfo: ${SOCK2_TEST_EMULATOR} does not emulate TCP_INFO"
    exit 77
  fi
  if [ $st -ne 0 ]; then
    echo "FAIL: $prog exited with $st"
    rc=1
  elif ! printf '%s\n' "$out" | grep -q 'state *ESTABLISHED' &&
       [ -n "${SOCK2_TEST_EMULATOR:-}" ] &&
       printf '%s\n' "$out" | grep -q 'not reported here'; then
    echo "SKIP: examples-tcpinfo: ${SOCK2_TEST_EMULATOR} answers TCP_INFO with nothing"
    exit 77
  elif ! printf '%s\n' "$out" | grep -q 'state *ESTABLISHED'; then
    echo "FAIL: $prog printed no ESTABLISHED state"
    rc=1
  elif ! printf '%s\n' "$out" | grep -Eq 'rtt +[0-9]+\.[0-9]+ ms'; then
    echo "FAIL: $prog printed no round-trip time"
    rc=1
  fi
done
exit $rc
