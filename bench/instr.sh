#!/bin/sh
# SPDX-License-Identifier: MIT
#
# instr.sh: user-space instructions libsock2 adds over the raw system
# calls, per operation. Runs bench-instr under callgrind, collecting only
# inside its op_* functions (--toggle-collect), at N and 2N iterations for
# each side; (Ir(2N) - Ir(N)) / N is the cost of one operation with
# start-up and first-call work (lazy binding) cancelled out. Counts cover
# the benchmark binary, libsock2 (called through the PLT, as users do) and
# libc.
#
# Usage: instr.sh BENCH-INSTR [LIBTOOL]
#   BENCH-INSTR  the bench-instr program (a libtool wrapper is fine when
#                LIBTOOL is given: it runs valgrind on the real binary).
# Environment: VALGRIND (default valgrind), N (default 200).
# Exit status: 0 when every operation meets its goal, 1 otherwise, 2 when a
# run failed, 77 when valgrind is missing (the table is skipped).

bench=${1:?usage: instr.sh BENCH-INSTR [LIBTOOL]}
libtool=${2-}
valgrind=${VALGRIND:-valgrind}
n=${N:-200}

if ! "$valgrind" --version >/dev/null 2>&1; then
  echo "instr.sh: $valgrind not found: instruction table skipped"
  exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/sock2-instr.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

# Ir collected in op_* for one run: instr OP SIDE COUNT.
instr() {
  out=$tmp/$1-$2-$3.out
  if [ -n "$libtool" ]; then
    set -- $libtool --mode=execute "$valgrind" --tool=callgrind \
      "--toggle-collect=op_*" "--callgrind-out-file=$out" \
      "$bench" "$1" "$2" "$3"
  else
    set -- "$valgrind" --tool=callgrind "--toggle-collect=op_*" \
      "--callgrind-out-file=$out" "$bench" "$1" "$2" "$3"
  fi
  if ! "$@" >"$tmp/log" 2>&1; then
    tail -n 20 "$tmp/log" >&2
    echo "instr.sh: failed: $*" >&2
    if grep -q 'debuginfo' "$tmp/log"; then
      echo "instr.sh: this valgrind cannot read the debug information" \
        "(valgrind before 3.20 and clang's DWARF 5: configure with" \
        "CFLAGS='-O2 -gdwarf-4')" >&2
    fi
    exit 2
  fi
  sed -n 's/^summary: *\([0-9]*\).*/\1/p' "$out"
}

# Ir per operation: per_op OP SIDE.
per_op() {
  a=$(instr "$1" "$2" "$n") || exit 2
  b=$(instr "$1" "$2" $((2 * n))) || exit 2
  # One decimal place, in integer arithmetic.
  echo $(( (b - a) * 10 / n ))
}

fmt() {
  v=$1
  sign=
  if [ "$v" -lt 0 ]; then sign=-; v=$((-v)); fi
  echo "$sign$((v / 10)).$((v % 10))"
}

# A signed figure: +8.0, -1.5.
plus() {
  if [ "$1" -ge 0 ]; then echo "+$(fmt "$1")"; else fmt "$1"; fi
}

status=0
printf '%-28s %10s %10s %9s %6s  %s\n' operation "lib Ir/op" "raw Ir/op" \
  added goal result
# name, bench-instr operation, goal (added instructions). mmsg: two
# calls whose ENOSYS fallback (the loop) keeps the arguments live across
# the system call (register saves); gso: eight library calls (the GSO
# send, the header setters, the walker, the typed decoder, the split)
# against inline CMSG_* code.
while read -r label op goal; do
  lib=$(per_op "$op" lib) || exit 2
  raw=$(per_op "$op" raw) || exit 2
  added=$((lib - raw))
  if [ "$added" -le $((goal * 10)) ]; then
    result=ok
  else
    result=over
    status=1
  fi
  printf '%-28s %10s %10s %9s %6s  %s\n' "$label" "$(fmt "$lib")" \
    "$(fmt "$raw")" "$(plus "$added")" "+$goal" "$result"
done <<EOF
create+close create 25
accept accept 40
accept(peer=NULL) acceptnull 40
udp64-send+recv udp 25
tcp_nodelay-set+get nodelay 25
connect_timeout ctimeout 150
connect_timeout(nonblocking) ctimeoutnb 150
sendmsg+recvmsg udpmsg 40
sendmmsg+recvmmsg(4) mmsg 60
GSO-send+GRO-recv+split gso 300
EOF
exit $status
