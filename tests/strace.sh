#!/bin/sh
# SPDX-License-Identifier: MIT
# Zero cost: strace shows exactly the system calls sock2_socket(),
# sock2_accept() and sock2_send() make on Linux. With the native probes
# each is one call (socket, accept4, sendto with MSG_NOSIGNAL). In a build
# with features forced off (ci/starved-vars.sh) the fallbacks are checked
# instead: socket + fcntl(F_SETFD, FD_CLOEXEC); accept + fcntl; the
# signal-mask dance around sendto. Which path to expect comes from the
# build's own sock2_has() answers (`syscount --features`), not a guess.
# Skips (77) where strace is missing, ptrace is not allowed, or the
# program runs under an emulator.
set -u
prog="$top_builddir/tests/syscount$EXEEXT"
case "$host" in
  *linux*) ;;
  *) echo "SKIP: the exact system call list is checked on Linux only"; exit 77 ;;
esac
case "$host" in
  "$(uname -m)"-*) ;;
  *) echo "SKIP: cross build for $host on $(uname -m): strace would trace the emulator, not the program"
     exit 77 ;;
esac
if [ -z "$STRACE" ] || [ ! -x "$STRACE" ]; then
  echo "SKIP: strace not found"; exit 77
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT

features=$("$prog" --features) || { echo "FAIL: syscount --features"; exit 1; }
if ! printf '%s\n' "$features" | grep -q '^SOCK_CLOEXEC=[01]$'; then
  echo "FAIL: syscount --features gave no feature answers:"
  printf '%s\n' "$features"
  exit 1
fi
has() { printf '%s\n' "$features" | grep -qx "$1=1"; }

# LeakSanitizer cannot run under ptrace; the leak check is another job's.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
export ASAN_OPTIONS
# libtool wrapper scripts: trace the real binary via the wrapper's exec.
if ! "$top_builddir/libtool" --mode=execute "$STRACE" -f -qq -o "$log" "$prog"; then
  if grep -q 'PTRACE\|Operation not permitted' "$log" 2>/dev/null; then
    echo "SKIP: ptrace not permitted"; exit 77
  fi
  echo "FAIL: syscount failed under strace"; cat "$log"; exit 1
fi
# Print the system calls between markers n and n+1.
between() {
  awk -v a="close(-$((1000 + $1)))" -v b="close(-$((1000 + $2)))" '
    index($0, a) { on = 1; next }
    index($0, b) { on = 0 }
    on { sub(/^[0-9]+ +/, ""); print }' "$log"
}
fail=0
# check NAME FROM TO PATTERN...: the calls between the markers match the
# extended regular expressions in order, one call each; a pattern starting
# with '?' may match a call or be skipped.
check() {
  name=$1 from=$2 to=$3
  shift 3
  calls=$(between "$from" "$to")
  if printf '%s\n' "$calls" | awk -v pats="$(printf '%s\n' "$@")" '
      BEGIN { n = split(pats, p, "\n"); i = 1 }
      NF == 0 { next }
      {
        while (i <= n) {
          opt = substr(p[i], 1, 1) == "?"
          re = opt ? substr(p[i], 2) : p[i]
          if ($0 ~ re) { i++; next }
          if (!opt) exit 1
          i++
        }
        exit 1                       # a call beyond the expected ones
      }
      END {
        while (i <= n && substr(p[i], 1, 1) == "?") i++
        if (i <= n) exit 1           # an expected call never came
      }'; then
    echo "ok: $name -> $(printf '%s\n' "$calls" | grep -c .) call(s)"
    printf '%s\n' "$calls" | sed 's/^/    /'
  else
    echo "FAIL: $name made these system calls:"
    printf '%s\n' "$calls" | sed 's/^/    /'
    echo "  expected, in order ('?' = optional):"
    printf '    %s\n' "$@"
    fail=1
  fi
}

fd='[0-9]+'
nosigpipe_opt=
if ! has MSG_NOSIGNAL && has SO_NOSIGPIPE; then
  nosigpipe_opt="^setsockopt\\($fd, SOL_SOCKET, SO_NOSIGPIPE"
fi

if has SOCK_CLOEXEC; then
  echo "path: socket() with SOCK_CLOEXEC"
  check sock2_socket 1 2 '^socket\(AF_INET, SOCK_STREAM\|SOCK_CLOEXEC, ' \
    ${nosigpipe_opt:+"$nosigpipe_opt"}
else
  echo "path: socket() + fcntl(F_SETFD, FD_CLOEXEC) (no SOCK_CLOEXEC)"
  check sock2_socket 1 2 '^socket\(AF_INET, SOCK_STREAM, ' \
    "^fcntl\\($fd, F_SETFD, FD_CLOEXEC\\)" ${nosigpipe_opt:+"$nosigpipe_opt"}
fi

if has accept4 && has SOCK_CLOEXEC && has SOCK_NONBLOCK; then
  echo "path: accept4() with SOCK_CLOEXEC"
  check sock2_accept 3 4 '^accept4\(.*SOCK_CLOEXEC\)'
else
  echo "path: accept() + fcntl (no accept4 with SOCK_CLOEXEC|SOCK_NONBLOCK)"
  # The blocking mode is made exact (BSDs inherit O_NONBLOCK from the
  # listener), then close-on-exec is set.
  check sock2_accept 3 4 '^accept\(' "?^fcntl\\($fd, F_GETFL\\)" \
    "?^fcntl\\($fd, F_SETFL, " "^fcntl\\($fd, F_SETFD, FD_CLOEXEC\\)"
fi

if has MSG_NOSIGNAL; then
  echo "path: sendto() with MSG_NOSIGNAL"
  check sock2_send 4 5 '^sendto\(.*MSG_NOSIGNAL'
elif has SO_NOSIGPIPE; then
  echo "path: sendto() on a socket created with SO_NOSIGPIPE"
  check sock2_send 4 5 '^sendto\('
else
  echo "path: SIGPIPE blocked around sendto() (no MSG_NOSIGNAL, no SO_NOSIGPIPE)"
  check sock2_send 4 5 '?^rt_sigpending\(' \
    '^rt_sigprocmask\(SIG_BLOCK, \[PIPE\]' '^sendto\(' \
    '^rt_sigprocmask\(SIG_SETMASK, '
fi
# Data transfer: receive, gather send and scatter receive.
check sock2_recv 5 6 '^recvfrom\('
if has MSG_NOSIGNAL; then
  check sock2_send_vectored 6 7 '^sendmsg\(.*MSG_NOSIGNAL'
elif has SO_NOSIGPIPE; then
  check sock2_send_vectored 6 7 '^sendmsg\('
else
  check sock2_send_vectored 6 7 '^rt_sigprocmask\(SIG_BLOCK, \[PIPE\]' \
    '^sendmsg\(' '^rt_sigprocmask\(SIG_SETMASK, '
fi
check sock2_recv_vectored 7 8 '^recvmsg\('
# Socket options: one setsockopt or getsockopt each; keep-alive is
# SO_KEEPALIVE and then one call per field given (1.5 s rounds up to 2);
# a refused value or an unsupported field makes no call at all.
check sock2_set_tcp_nodelay 20 21 '^setsockopt\(.*, TCP_NODELAY, \[1\]'
check sock2_tcp_nodelay 21 22 '^getsockopt\(.*, TCP_NODELAY, '
if has TCP_KEEPIDLE && has TCP_KEEPINTVL && has TCP_KEEPCNT; then
  check sock2_set_tcp_keepalive 22 23 \
    '^setsockopt\(.*, SOL_SOCKET, SO_KEEPALIVE, \[1\]' \
    '^setsockopt\(.*, TCP_KEEPIDLE, \[2\]' \
    '^setsockopt\(.*, TCP_KEEPINTVL, \[3\]' \
    '^setsockopt\(.*, TCP_KEEPCNT, \[4\]'
else
  check 'sock2_set_tcp_keepalive (unsupported field)' 22 23
fi
check 'sock2_set_recv_buffer_size(-1)' 23 24
# sendfile: the kernel call under the SIGPIPE guard (sock2/io.h), which
# reads the pending signals once after it; or pread() and a send.
if has sendfile && ! has MSG_NOSIGNAL && has SO_NOSIGPIPE; then
  check sock2_sendfile 40 41 '^sendfile\('
elif has sendfile; then
  check sock2_sendfile 40 41 '^rt_sigprocmask\(SIG_BLOCK, \[PIPE\]' \
    '^sendfile\(' '^rt_sigpending\(' '^rt_sigprocmask\(SIG_SETMASK, '
elif has MSG_NOSIGNAL; then
  check sock2_sendfile 40 41 '^pread(64)?\(' '^sendto\(.*MSG_NOSIGNAL'
elif has SO_NOSIGPIPE; then
  check sock2_sendfile 40 41 '^pread(64)?\(' '^sendto\('
else
  check sock2_sendfile 40 41 '^pread(64)?\(' \
    '^rt_sigprocmask\(SIG_BLOCK, \[PIPE\]' '^sendto\(' \
    '^rt_sigprocmask\(SIG_SETMASK, '
fi
# sock2_connect_timeout: the socket's flags read once, O_NONBLOCK set and
# put back only if it was clear, one poll, then SO_ERROR (6 calls; 4 for a
# socket that was already non-blocking).
ct_poll="^poll\\(..fd=$fd, events=POLLOUT.., 1, 5000\\) = 1 "
# musl's fcntl() adds O_LARGEFILE to every F_SETFL; strace shows it.
ct_lfs="(.O_LARGEFILE)?"
ct_soerr="^getsockopt\\($fd, SOL_SOCKET, SO_ERROR, .0., "
check 'sock2_connect_timeout (blocking)' 50 51 \
  "^fcntl\\($fd, F_GETFL\\)" \
  "^fcntl\\($fd, F_SETFL, O_RDWR.O_NONBLOCK$ct_lfs\\)" \
  "^connect\\($fd, .* EINPROGRESS" "$ct_poll" "$ct_soerr" \
  "^fcntl\\($fd, F_SETFL, O_RDWR$ct_lfs\\)"
check 'sock2_connect_timeout (non-blocking)' 51 52 \
  "^fcntl\\($fd, F_GETFL\\)" "^connect\\($fd, .* EINPROGRESS" \
  "$ct_poll" "$ct_soerr"
# Issue 11: a TCP_INFO snapshot is one getsockopt (none where the build
# has no TCP_INFO); peer credentials one getsockopt(SO_PEERCRED) on Linux.
if has TCP_INFO; then
  check sock2_tcp_info 90 91 '^getsockopt\(.*, SOL_TCP, TCP_INFO, '
else
  check 'sock2_tcp_info (no TCP_INFO)' 90 91
fi
if has 'peer credentials'; then
  check sock2_peer_cred 91 92 '^getsockopt\(.*, SOL_SOCKET, SO_PEERCRED, '
else
  check 'sock2_peer_cred (none)' 91 92
fi

# Issue 12: numeric hosts resolve with no system call; a scope given by
# name costs the interface lookup only. A one-address Happy Eyeballs
# connect: a non-blocking socket, connect, one poll, SO_ERROR, and the
# winner made blocking (F_GETFL, F_SETFL): no more than socket() plus
# sock2_connect_timeout()'s calls.
check 'sock2_resolve (numeric hosts)' 70 71
if has if_nametoindex && has sin6_scope_id; then
  check 'sock2_resolve (fe80::1%lo)' 71 72 '^socket\(' '^ioctl\(.*SIOCGIFINDEX' \
    '^close\('
fi
he_soerr="^getsockopt\\($fd, SOL_SOCKET, SO_ERROR, .0., "
if has SOCK_CLOEXEC && has SOCK_NONBLOCK; then
  check 'sock2_connect_happy (1 address)' 72 73 \
    '^socket\(AF_INET, SOCK_STREAM\|SOCK_(CLOEXEC|NONBLOCK)\|SOCK_(CLOEXEC|NONBLOCK), ' \
    ${nosigpipe_opt:+"$nosigpipe_opt"} \
    "^connect\\($fd, .* EINPROGRESS" "^poll\\(" "$he_soerr" \
    "^fcntl\\($fd, F_GETFL\\)" "^fcntl\\($fd, F_SETFL, O_RDWR$ct_lfs\\)"
fi
# The socket costs one call where the flags are atomic; without them its
# close-on-exec and non-blocking emulation adds three fcntl()s.
he_n=$(between 72 73 | grep -c .)
ct_n=$(between 50 51 | grep -c .)
sock_n=1
if ! has SOCK_CLOEXEC || ! has SOCK_NONBLOCK; then sock_n=4; fi
if [ "$he_n" -gt $((ct_n + sock_n)) ]; then
  echo "FAIL: sock2_connect_happy made $he_n calls, more than the socket's $sock_n + sock2_connect_timeout()'s $ct_n"
  fail=1
else
  echo "ok: sock2_connect_happy: $he_n calls <= $sock_n + $ct_n"
fi

# A wait longer than one poll() can express (its timeout is an int of
# ms): each poll waits INT_MAX ms, never a busy loop. The connect cannot
# finish (the listener's queue is full); `timeout 1` stops it.
for ns in 9223372036854775807 2147483648000000; do
  hang=$(mktemp)
  "$top_builddir/libtool" --mode=execute "$STRACE" -f -qq -o "$hang" \
    timeout 1 "$prog" --connect-hang "$ns" >/dev/null 2>&1
  polls=$(awk 'index($0, "close(-1060)") { pid = $1; on = 1; next }
               on && $1 == pid && / poll\(/' "$hang")
  n=$(printf '%s\n' "$polls" | grep -c 'poll(')
  if ! grep -q 'close(-1060)' "$hang"; then
    echo "FAIL: sock2_connect_timeout($ns ns): syscount --connect-hang never got to the wait:"
    tail -n 20 "$hang" | sed 's/^/    /'
    fail=1
  elif grep -q 'close(-1061)' "$hang"; then
    echo "FAIL: sock2_connect_timeout($ns ns) returned within a second:"
    grep -A3 'close(-1061)' "$hang" | sed 's/^/    /'
    fail=1
  elif [ "$n" -lt 1 ] || [ "$n" -gt 3 ] ||
       printf '%s\n' "$polls" | grep -v ', 2147483647[) ]' | grep -q .; then
    echo "FAIL: sock2_connect_timeout($ns ns) made $n poll(s) in 1 s (want 1 to 3, each for 2147483647 ms):"
    printf '%s\n' "$polls" | head -n 5 | sed 's/^/    /'
    fail=1
  else
    echo "ok: sock2_connect_timeout($ns ns) -> $n poll(s) in 1 s"
    printf '%s\n' "$polls" | sed 's/^/    /'
  fi
  rm -f "$hang"
done
exit $fail
