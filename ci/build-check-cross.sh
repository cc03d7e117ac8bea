#!/bin/bash
# SPDX-License-Identifier: MIT
# Build the Check unit test framework from Debian's source package for a
# target the distribution has no package for here, into a cached prefix:
#
#   bash ci/build-check-cross.sh musl      -> /opt/check-musl     (musl-gcc)
#   bash ci/build-check-cross.sh aarch64   -> /opt/check-aarch64  (gcc cross)
#
# Static library only (no shared libcheck to find at run time), no
# subunit. Does nothing when the prefix already holds libcheck_pic.a and
# check.pc. SOCK2_CHECK_PREFIX overrides the prefix. Needs dpkg-dev for
# `apt-get source` (ci/apt-source.sh, which writes nothing under /etc).
set -eu
target=${1:?usage: build-check-cross.sh musl|aarch64}
case "$target" in
  musl)    host=x86_64-linux-musl; cc=musl-gcc ;;
  aarch64) host=aarch64-linux-gnu; cc=aarch64-linux-gnu-gcc ;;
  *) echo "unknown target: $target" >&2; exit 2 ;;
esac
prefix=${SOCK2_CHECK_PREFIX:-/opt/check-$target}
if [ -f "$prefix/lib/libcheck_pic.a" ] && [ -f "$prefix/lib/pkgconfig/check.pc" ]
then
  echo "Check for $target: cached in $prefix"
  exit 0
fi
command -v "$cc" >/dev/null || { echo "$cc not found" >&2; exit 1; }

here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/sock2-check-$target.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$work"

# Debian's source package (the upstream tarball plus Debian's patches),
# from deb-src entries derived from the machine's own sources in a private
# apt configuration (ci/apt-source.sh): /etc/apt is left as it is.
bash "$here/apt-source.sh" check
src=$(find . -maxdepth 1 -type d -name 'check-*' | head -n 1)
[ -n "$src" ] || { echo "apt-get source check gave no directory" >&2; exit 1; }
cd "$src"
if [ ! -x configure ]; then
  autoreconf -fi > autoreconf.log 2>&1
fi
mkdir build && cd build
# Cross builds: configure cannot run test programs, so answer the
# questions it would run them for. Both libcs behave: malloc(0) and
# realloc(p, 0) are fine for Check, and (v)snprintf are C99 (without this,
# Check's own replacement is used, which does not know %lld and mangles
# failure messages).
../configure --host="$host" --prefix="$prefix" CC="$cc" \
  --disable-shared --enable-static --disable-subunit --disable-timeout-tests \
  --disable-build-docs CFLAGS='-O2 -g -fPIC' \
  ac_cv_func_malloc_0_nonnull=yes ac_cv_func_realloc_0_nonnull=yes \
  hw_cv_func_snprintf_c99=yes hw_cv_func_vsnprintf_c99=yes \
  > configure.log 2>&1 || { tail -n 40 config.log; exit 1; }
make -j2 -C lib > make.log 2>&1 || { tail -n 40 make.log; exit 1; }
make -j2 -C src > make.log 2>&1 || { tail -n 40 make.log; exit 1; }
make -C lib install > install.log 2>&1
make -C src install >> install.log 2>&1 || { tail -n 40 install.log; exit 1; }
make install-pcdataDATA install-includeHEADERS >> install.log 2>&1 \
  || { tail -n 40 install.log; exit 1; }
# Debian's check.pc (patched) names the position-independent copy.
cp "$prefix/lib/libcheck.a" "$prefix/lib/libcheck_pic.a"
[ -f "$prefix/lib/pkgconfig/check.pc" ] || { echo "no check.pc" >&2; exit 1; }
echo "Check for $target: built into $prefix"
