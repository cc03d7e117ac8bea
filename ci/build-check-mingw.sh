#!/bin/sh
# SPDX-License-Identifier: MIT
# Cross-build the Check unit-test framework for Windows (MinGW-w64), so the
# libsock2 test suite compiles for x86_64-w64-mingw32 and runs under Wine.
#
# Usage: ci/build-check-mingw.sh [PREFIX]      (default /opt/check-mingw)
#
# Check comes from Debian's source package (ci/apt-source.sh check, which
# derives deb-src entries from the machine's sources and writes nothing
# under /etc), is built as a static library with
# the C99 MinGW stdio (Check prints intmax_t with %j), and installed into
# PREFIX with a check.pc that pkg-config finds through
# PKG_CONFIG_PATH=PREFIX/lib/pkgconfig. Check runs without fork() on
# Windows (CK_FORK=no), which it supports. A finished install is reused:
# delete PREFIX to rebuild.
set -eu

prefix=${1:-/opt/check-mingw}
host=${SOCK2_MINGW_HOST:-x86_64-w64-mingw32}
stamp="$prefix/.sock2-check-built"

if [ -f "$stamp" ] && [ -f "$prefix/lib/pkgconfig/check.pc" ] &&
   [ -f "$prefix/lib/libcheck.a" ]; then
  echo "build-check-mingw: Check already built in $prefix"
  exit 0
fi

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

if ! command -v "$host-gcc" >/dev/null 2>&1; then
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
    --no-install-recommends gcc-mingw-w64-x86-64 make
fi

here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/check-mingw.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"

# Debian's check source package, from deb-src entries derived from the
# machine's own sources in a private apt configuration (ci/apt-source.sh):
# /etc/apt is left as it is.
bash "$here/apt-source.sh" check
src=$(find . -maxdepth 1 -type d -name 'check-*' | head -n 1)
[ -n "$src" ] || { echo "build-check-mingw: no check source" >&2; exit 1; }

mkdir build
cd build
# Static only: the test programs then need no Check DLL next to them.
"../$src/configure" --host="$host" --prefix="$prefix" \
  --disable-shared --enable-static --disable-subunit \
  --disable-timeout-tests --disable-build-docs \
  CPPFLAGS="-D__USE_MINGW_ANSI_STDIO=1" >configure.log 2>&1 ||
  { tail -n 40 configure.log >&2; exit 1; }
make -j"$(nproc 2>/dev/null || echo 2)" >make.log 2>&1 ||
  { tail -n 40 make.log >&2; exit 1; }
as_root make install >install.log 2>&1 ||
  { tail -n 40 install.log >&2; exit 1; }

# Debian's patch names the PIC archive (libcheck_pic.a) in check.pc, which
# this static build does not make. Check locks a pthread mutex: link the
# static winpthread archive so the test programs need no DLL beside them.
pc="$prefix/lib/pkgconfig/check.pc"
as_root sed -i -e 's/-lcheck_pic/-lcheck/' \
  -e '/^Libs:/s/-pthread/-l:libwinpthread.a/' "$pc"
# check.h marks its message functions format(printf), which MinGW's GCC
# reads as the Microsoft printf (no %j): this Check formats with the C99
# stdio it was built with, so say gnu_printf.
as_root sed -i 's/CK_ATTRIBUTE_FORMAT(printf,/CK_ATTRIBUTE_FORMAT(gnu_printf,/g' \
  "$prefix/include/check.h"
as_root touch "$stamp"
echo "build-check-mingw: Check installed in $prefix"
