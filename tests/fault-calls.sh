#!/bin/sh
# SPDX-License-Identifier: MIT
# Fault injection must see every C library call of the library: each
# function the library objects (libsock2-core) import must be interposed
# by tests/fault-wrap.c and listed in Makefile.am's FAULT_WRAP, unless it
# is one of the pure functions below (no system call, nothing to fail).
set -u
top_srcdir=${top_srcdir:-.}
top_builddir=${top_builddir:-.}
NM=${NM:-nm}
core=$top_builddir/.libs/libsock2-core.a
[ -f "$core" ] || { echo "SKIP: $core not built"; exit 77; }

# Functions that make no system call: memory and string helpers (strstr
# included: the SIGPIPE guard searches what it read from /proc), signal
# set manipulation, byte order, errno's location, the compiler's checks
# and the sanitizers' and coverage runtimes.
pure='^('
pure="${pure}mem(cpy|cmp|chr|set|move)"
pure="$pure|str(len|chr|rchr|cmp|ncmp|nlen|cpy|ncpy|str)"
pure="$pure|sig(emptyset|fillset|addset|delset|ismember)|(hton|ntoh)(s|l)"
pure="$pure|__errno_location|___errno|__errno|__(memcpy|memset|memmove|strcpy"
pure="$pure|strncpy|strlen)_chk|__stack_chk_fail|__stack_chk_guard"
pure="$pure|_GLOBAL_OFFSET_TABLE_|__assert_fail|bcmp|__(asan|ubsan|lsan|msan"
pure="$pure|tsan|sanitizer|gcov|llvm)_[A-Za-z0-9_]*|__(u|)divti3|__(u|)modti3"
# freeaddrinfo() only frees memory.
pure="$pure|freeaddrinfo"
pure="$pure)\$"

# $NM may carry options (libtool's "nm -B"): split it.
imports=$($NM -u "$core" | awk 'NF == 2 && $1 == "U" { print $2 }' \
  | sed 's/@.*//' | sort -u | grep -v '^sock2_' | grep -v '^sock2__' \
  | grep -Ev "$pure")
wrapped=$(sed -n 's/^WRAP_DECL([^,]*, *\([a-z_0-9]*\),.*/\1/p;
                  s/^WRAP_SIMPLE(\([a-z_0-9]*\),.*/\1/p' \
  "$top_srcdir/tests/fault-wrap.c" | sort -u)
listed=$(sed -n '/^FAULT_WRAP =/,/^[^	]/p' "$top_srcdir/Makefile.am" \
  | tr ' \t\\' '\n\n\n' | sed -n 's/^-Wl,--wrap=//p' | sort -u)

rc=0
if [ -z "$imports" ]; then
  echo "FAIL: no imports read from $core with $NM"
  exit 1
fi
for f in $imports; do
  if ! printf '%s\n' "$wrapped" | grep -qx "$f"; then
    echo "FAIL: the library calls $f(), which tests/fault-wrap.c does not" \
      "interpose"
    rc=1
  elif ! printf '%s\n' "$listed" | grep -qx "$f"; then
    echo "FAIL: $f() is interposed but missing from Makefile.am's FAULT_WRAP"
    rc=1
  fi
done
n=$(printf '%s\n' "$imports" | grep -c .)
echo "fault injection: the library imports $n C library function(s) that" \
  "may fail; all interposed: $([ $rc -eq 0 ] && echo yes || echo no)"
exit $rc
