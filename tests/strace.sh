#!/bin/sh
# SPDX-License-Identifier: MIT
# Zero cost: strace shows sock2_socket(), sock2_accept() and sock2_send()
# each making exactly one system call (socket, accept4, sendto) on Linux.
# Skips (77) where strace is missing or ptrace is not allowed.
set -u
prog="$top_builddir/tests/syscount$EXEEXT"
case "$host" in
  *linux*) ;;
  *) echo "SKIP: the exact system call list is checked on Linux only"; exit 77 ;;
esac
if [ -z "$STRACE" ] || [ ! -x "$STRACE" ]; then
  echo "SKIP: strace not found"; exit 77
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# libtool wrapper scripts: trace the real binary via the wrapper's exec.
if ! "$top_builddir/libtool" --mode=execute "$STRACE" -f -qq -o "$log" "$prog"; then
  if grep -q 'PTRACE\|Operation not permitted' "$log" 2>/dev/null; then
    echo "SKIP: ptrace not permitted"; exit 77
  fi
  echo "FAIL: syscount failed under strace"; cat "$log"; exit 1
fi
# Print the system calls between markers n and n+1.
between() {
  awk -v a="close(-100$1)" -v b="close(-100$2)" '
    index($0, a) { on = 1; next }
    index($0, b) { on = 0 }
    on { sub(/^[0-9]+ +/, ""); print }' "$log"
}
fail=0
check() { # name, from, to, expected regex
  calls=$(between "$2" "$3")
  n=$(printf '%s\n' "$calls" | grep -c .)
  if [ "$n" -eq 1 ] && printf '%s\n' "$calls" | grep -Eq "$4"; then
    echo "ok: $1 -> $calls"
  else
    echo "FAIL: $1 made $n system calls (expected one matching $4):"
    printf '%s\n' "$calls" | sed 's/^/    /'
    fail=1
  fi
}
check sock2_socket 1 2 '^socket\(AF_INET, SOCK_STREAM\|SOCK_CLOEXEC, '
check sock2_accept 3 4 '^accept4\(.*SOCK_CLOEXEC\)'
check sock2_send 4 5 '^sendto\(.*MSG_NOSIGNAL'
exit $fail
