#!/bin/sh
# SPDX-License-Identifier: MIT
# User-space instructions sock2_connect_timeout() adds over the raw calls
# (bench/instr-connect.c), counted by callgrind at two run lengths so
# start-up cancels. Run from the build directory after
# `make bench/instr-connect`; prints per-round costs and lib minus raw.
set -eu
prog=${1:-./bench/instr-connect}
lt=${LIBTOOL:-./libtool}
ir() {
  "$lt" --mode=execute valgrind --tool=callgrind \
    --callgrind-out-file=/dev/null "$prog" "$1" "$2" 2>&1 |
    sed -n 's/.*Collected : //p'
}
per_round() {
  a=$(ir "$1" 1000)
  b=$(ir "$1" 2000)
  if [ -z "$a" ] || [ -z "$b" ]; then
    echo "instr-connect.sh: callgrind gave no count for $1" >&2
    exit 1
  fi
  echo $(((b - a) / 1000))
}
for pair in "blocking lib raw" "non-blocking libnb rawnb"; do
  set -- $pair
  l=$(per_round "$2"); r=$(per_round "$3")
  echo "connect_timeout, $1 socket: lib $l raw $r: +$((l - r)) instructions"
done
