#!/bin/sh
# SPDX-License-Identifier: MIT
# sock2-info --connect (issue 12): resolves a host and reports each Happy
# Eyeballs attempt. Loopback only: a refused port, then a listener (made
# by python3) on 127.0.0.1. Skips (77) without python3 or on Windows.
set -u
# Through libtool's wrapper (the build tree's library) and the emulator,
# if any (SOCK2_TEST_WRAPPER: qemu for a cross build).
info() {
  # shellcheck disable=SC2086
  "$top_builddir/libtool" --mode=execute ${SOCK2_TEST_WRAPPER:-} \
    "$top_builddir/examples/sock2-info$EXEEXT" "$@"
}
case "$host" in
  *mingw*|*cygwin*|*windows*) echo "SKIP: a POSIX shell test"; exit 77 ;;
esac
py=$(command -v python3) || { echo "SKIP: python3 not found"; exit 77; }
out=$(mktemp)
trap 'rm -f "$out"; [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null' EXIT
fail=0

# A port nobody listens on: every attempt refused, exit 1.
port=$("$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
info --connect "127.0.0.1:$port" --timeout 5000 > "$out" 2>&1
rc=$?
if [ $rc -ne 1 ] || ! grep -q "attempt #0 127.0.0.1:$port .*ECONNREFUSED" "$out" ||
   ! grep -q 'FAILED: .*(ECONNREFUSED)' "$out" ||
   ! grep -q "#0 127.0.0.1:$port *AF_INET" "$out"; then
  echo "FAIL: sock2-info --connect to a refused port (exit $rc):"; cat "$out"
  fail=1
else
  echo "ok: refused"; sed 's/^/    /' "$out"
fi

# A listener: CONNECTED, exit 0.
fifo=$(mktemp -u)
mkfifo "$fifo"
"$py" -c '
import socket, sys, time
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(4)
print(s.getsockname()[1], flush=True)
time.sleep(20)' > "$fifo" &
pid=$!
read -r port < "$fifo"
rm -f "$fifo"
info --connect "localhost:$port" --delay 100 > "$out" 2>&1
rc=$?
if [ $rc -ne 0 ] || ! grep -q "attempt #[0-9] 127.0.0.1:$port .*CONNECTED" "$out" ||
   ! grep -q "Connected to 127.0.0.1:$port" "$out"; then
  echo "FAIL: sock2-info --connect to a listener (exit $rc):"; cat "$out"
  fail=1
else
  echo "ok: connected"; sed 's/^/    /' "$out"
fi
info --connect nocolon > "$out" 2>&1
if [ $? -ne 2 ]; then
  echo "FAIL: a bad argument is not a usage error"; fail=1
fi
exit $fail
