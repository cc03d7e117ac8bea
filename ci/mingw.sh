#!/bin/sh
# SPDX-License-Identifier: MIT
# Build libsock2 for Windows with MinGW-w64 and run its whole test suite
# under Wine. Run from the top of a source tree (a clean clone is fine):
#
#   bash ci/mingw.sh
#
# Installs what it needs with apt-get (MinGW-w64, Wine, autotools), builds
# the Check framework for MinGW once into $CHECK_PREFIX (default
# /opt/check-mingw, reused on later runs), bootstraps, configures
# --host=x86_64-w64-mingw32 in a separate build directory ($BUILD_DIR,
# default ./build-mingw), runs make and make check (the test programs under
# Wine with CK_FORK=no), and prints Check's summary line. Exits non-zero on
# any build or test failure.
set -eu

host=x86_64-w64-mingw32
srcdir=$(pwd)
check_prefix=${CHECK_PREFIX:-/opt/check-mingw}
build_dir=${BUILD_DIR:-$srcdir/build-mingw}
jobs=${JOBS:-2}

[ -f "$srcdir/configure.ac" ] && [ -d "$srcdir/sys-win32" ] || {
  echo "mingw.sh: run me from the top of the libsock2 source tree" >&2
  exit 2
}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# ---- Tools ------------------------------------------------------------------
need=
command -v "$host-gcc" >/dev/null 2>&1 || need="$need gcc-mingw-w64-x86-64"
command -v wine >/dev/null 2>&1 || need="$need wine wine64"
command -v autoreconf >/dev/null 2>&1 || need="$need autoconf automake"
command -v libtoolize >/dev/null 2>&1 || need="$need libtool"
command -v pkg-config >/dev/null 2>&1 || need="$need pkg-config"
command -v make >/dev/null 2>&1 || need="$need make"
if [ -n "$need" ]; then
  echo "mingw.sh: installing$need"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
    --no-install-recommends $need
fi

# ---- Check for MinGW (cached) ------------------------------------------------
sh "$srcdir/ci/build-check-mingw.sh" "$check_prefix"

# ---- Wine prefix ---------------------------------------------------------------
# A private prefix per checkout keeps runs independent of ~/.wine; creating
# it once here keeps the first test's time out of the test timeouts.
export WINEPREFIX="${WINEPREFIX:-$build_dir/wineprefix}"
export WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml="
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  echo "mingw.sh: creating the Wine prefix $WINEPREFIX"
  mkdir -p "$WINEPREFIX"
  wineboot --init >/dev/null 2>&1 || wine cmd /c exit >/dev/null 2>&1 || true
  wineserver -w 2>/dev/null || true
fi

# ---- Build and test ----------------------------------------------------------
if [ ! -x "$srcdir/configure" ] || [ "$srcdir/configure.ac" -nt "$srcdir/configure" ]; then
  (cd "$srcdir" && ./bootstrap)
fi
mkdir -p "$build_dir"
cd "$build_dir"
PKG_CONFIG_PATH="$check_prefix/lib/pkgconfig" \
PKG_CONFIG_LIBDIR="$check_prefix/lib/pkgconfig" \
  "$srcdir/configure" --host="$host" --enable-werror -q
make -j"$jobs"

status=0
make -j"$jobs" check || status=$?

# Check's summary and the skip list, from the test log (.ci/run, which
# sets SOCK2_CI_SUMMARY, prints them itself).
log=tests/check_sock2.log
if [ -f "$log" ]; then
  [ -n "${SOCK2_CI_SUMMARY:-}" ] || grep -E '^SKIP: |^Skipped: ' "$log" || true
  grep -E ':[FE]:' "$log" || true
  q=; [ -n "${SOCK2_CI_SUMMARY:-}" ] && q=-q
  grep $q -E '^[0-9]+%: Checks: ' "$log" || {
    echo "mingw.sh: no Check summary in $log" >&2
    status=1
  }
fi
if [ "$status" -ne 0 ]; then
  [ -f test-suite.log ] && tail -n 60 test-suite.log
  echo "mingw.sh: FAILED" >&2
fi
exit "$status"
