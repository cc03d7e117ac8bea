#!/bin/bash
# SPDX-License-Identifier: MIT
# The Debian packages from the release tarball (issue 13), as .ci/run's
# `package` job runs them:
#
#   bash ci/build-deb.sh SRC WORK
#
# SRC is a bootstrapped source tree, WORK an empty directory. Steps:
#  1. `make dist` (a configure in WORK/dist) gives libsock2-V.tar.xz;
#  2. two builds of it, in WORK/b1 and WORK/b2 (two build paths): the
#     tarball as libsock2_V.orig.tar.xz, unpacked, packaging/debian copied
#     in as debian/ (the tarball's own packaging/debian), then
#     dpkg-buildpackage -us -uc (source and binaries). DEB_BUILD_OPTIONS
#     has nocheck: the other CI jobs run the suite, and this job stays
#     within 5 minutes (SOCK2_DEB_CHECK=1 runs it in the first build);
#  3. lintian on the first build's .changes: no error, no warning, and
#     every info or pedantic tag it prints is one explained below;
#  4. the two builds' .debs (and debug .ddebs) are byte-identical;
#  5. the .debs are installed with dpkg -i, /usr/bin/sock2-info runs, and
#     the autopkgtest (debian/tests/build-and-run, as autopkgtest runs it:
#     from the source tree with AUTOPKGTEST_TMP set) builds and runs a
#     program through pkg-config; then the packages are purged, leaving
#     the machine as it was (the script refuses to start when a libsock2
#     package is already installed, and purges on any exit).
# The autopkgtest runs in a private mount namespace with an empty
# /usr/local, so that a `make install` copy there (the quick-start job's)
# cannot stand in for the packaged library.
set -euo pipefail
SRC=$(cd "$1" && pwd)
W=$2
mkdir -p "$W"
W=$(cd "$W" && pwd)
export LC_ALL=C DEBIAN_FRONTEND=noninteractive
# A symbol the library exports that the symbols file lacks fails the
# build (level 4), as a missing one does: regenerate the file with
# `make update-symbols` (doc/releasing.md).
export DPKG_GENSYMBOLS_CHECK_LEVEL=4

say() { printf 'package: %s\n' "$*"; }

# Lintian tags that may remain, each explained. Any other info or
# pedantic tag fails the job, as does every error and warning.
#  - upstream-metadata-file-is-missing (experimental): the packaging lives
#    upstream; there is no separate upstream to describe (no public home,
#    bug tracker or repository address yet).
#  - no-homepage-field (pedantic): the project has no public home page.
#  - hardening-no-fortify-functions (info): lintian found no call to a
#    function _FORTIFY_SOURCE replaces, other than those it ignores
#    (memcpy): libsock2 copies only into buffers of known size. The build
#    does pass -D_FORTIFY_SOURCE=2 (hardening=+all).
EXPLAINED_TAGS="upstream-metadata-file-is-missing no-homepage-field
  hardening-no-fortify-functions"

# 1. The tarball.
rm -rf "$W/dist"
mkdir -p "$W/dist"
(cd "$W/dist" && "$SRC/configure" --disable-tests > configure.log 2>&1 \
   && make dist > dist.log 2>&1) || { tail -n 30 "$W"/dist/*.log; exit 1; }
tarball=$(ls "$W"/dist/libsock2-*.tar.xz)
base=$(basename "$tarball" .tar.xz)
version=${base#libsock2-}
say "tarball $(basename "$tarball") ($(stat -c %s "$tarball") bytes)"

# 2. Two builds from two paths.
build() {
  local dir=$1 opts=$2
  rm -rf "$dir"
  mkdir -p "$dir"
  cp "$tarball" "$dir/libsock2_$version.orig.tar.xz"
  tar -C "$dir" -xf "$tarball"
  cp -r "$dir/$base/packaging/debian" "$dir/$base/debian"
  (cd "$dir/$base" && DEB_BUILD_OPTIONS="$opts" \
     dpkg-buildpackage -us -uc > "$dir/build.log" 2>&1) \
    || { tail -n 60 "$dir/build.log"; return 1; }
}
t=$SECONDS
if [ "${SOCK2_DEB_CHECK:-0}" = 1 ]; then
  build "$W/b1" "parallel=2"
else
  build "$W/b1" "parallel=2 nocheck"
fi
say "build 1: $((SECONDS - t))s"
grep -E '^# (TOTAL|PASS|FAIL|SKIP|ERROR):' "$W/b1/build.log" \
  | sed 's/^/package: build 1 test suite: /' | head -n 12 || true
t=$SECONDS
build "$W/b2" "parallel=2 nocheck"
say "build 2 (nocheck, other path): $((SECONDS - t))s"
(cd "$W/b1" && ls -1 ./*.deb | sed 's|^\./|package: built |')

# 3. lintian.
changes=$(ls "$W"/b1/libsock2_*.changes)
rc=0
# Errors and warnings are read from the output: with these display
# options lintian 2.116 exits 2 even when it prints none (its M: lines,
# tags its own screens mask, seem to count).
lintian --display-info --pedantic --display-experimental --show-overrides \
  "$changes" > "$W/lintian.log" 2>&1 || rc=$?
{ grep -v 'running with root privileges' "$W/lintian.log" || true; } \
  | sed 's/^/lintian: /'
if grep -qE '^[EW]: ' "$W/lintian.log"; then
  say "lintian reports errors or warnings"; exit 1
fi
if [ $rc -ne 0 ] && [ $rc -ne 2 ]; then
  say "lintian failed (exit $rc)"; exit 1
fi
unexplained=$(sed -nE 's/^[IPXO]: [^:]+: ([^ ]+).*/\1/p' "$W/lintian.log" \
  | sort -u \
  | while read -r tag; do
      case " $(echo $EXPLAINED_TAGS) " in *" $tag "*) ;; *) echo "$tag" ;; esac
    done)
if [ -n "$unexplained" ]; then
  say "lintian tags not explained in ci/build-deb.sh: $(echo $unexplained)"
  exit 1
fi
say "lintian: no error or warning; $(grep -c '^[IPXO]: ' "$W/lintian.log" \
  || true) explained info, pedantic or overridden tags"

# 4. Reproducible: both builds gave the same bytes.
n=0
for f in "$W"/b1/*.deb "$W"/b1/*.ddeb; do
  [ -f "$f" ] || continue
  g=$W/b2/$(basename "$f")
  if ! cmp -s "$f" "$g"; then
    say "not reproducible: $(basename "$f") differs between the builds"
    exit 1
  fi
  n=$((n + 1))
done
say "reproducible: the $n packages of both builds are identical"
(cd "$W/b1" && sha256sum ./*.deb | sed 's|  \./|  |; s/^/package: sha256 /')

# 5. Install, run, autopkgtest, purge.
pkgs="libsock2-0 libsock2-dev libsock2-bin"
for p in $pkgs; do
  if dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null \
     | grep -qv 'not-installed'; then
    say "$p is already installed: not touching this machine's packages"
    exit 1
  fi
done
cleanup() {
  dpkg --purge $pkgs > "$W/purge.log" 2>&1 || cat "$W/purge.log"
}
trap cleanup EXIT
dpkg -i "$W"/b1/libsock2-0_*.deb "$W"/b1/libsock2-dev_*.deb \
  "$W"/b1/libsock2-bin_*.deb > "$W/install.log" 2>&1 \
  || { cat "$W/install.log"; exit 1; }
say "installed: $(dpkg-query -W -f='${Package}=${Version} ' $pkgs)"
# What they hold (the man3 pages and headers counted, not listed).
dpkg -L $pkgs | while read -r f; do [ -d "$f" ] || echo "$f"; done \
  | awk '/\/man3\// { m++; next } /\/include\// { h++; next }
  /\/(lib|bin|man1|pkgconfig|examples)\/./ { print "package: file " $0 }
  END { printf "package: %d headers, %d man3 pages\n", h, m }' 
# isolated CMD: run CMD where /usr/local is empty (a private mount
# namespace), so neither the compiler nor the dynamic linker can find a
# `make install` copy of libsock2 there (the quick-start job's).
isolated() {
  if unshare --mount true 2> /dev/null; then
    unshare --mount sh -c "mount -t tmpfs tmpfs /usr/local && $1"
  else
    say "no mount namespace: running with /usr/local visible"
    sh -c "$1"
  fi
}
rc=0
isolated "/usr/bin/sock2-info && ldd /usr/bin/sock2-info" \
  > "$W/sock2-info.log" 2>&1 || rc=$?
[ $rc -eq 0 ] || { cat "$W/sock2-info.log"; say "sock2-info failed"; exit 1; }
say "sock2-info: $(head -n 1 "$W/sock2-info.log"); $(grep -E '^All steps|FAILED' \
  "$W/sock2-info.log" | head -n 1); $(grep -o 'libsock2.so.0 => [^ ]*' \
  "$W/sock2-info.log")"
say "man -w sock2-info: $(isolated 'man -w sock2-info' 2>&1)"
tmp=$(mktemp -d "$W/autopkgtest.XXXXXX")
srcdir="$W/b1/$base"
isolated "cd '$srcdir' && AUTOPKGTEST_TMP='$tmp' debian/tests/build-and-run" \
  > "$W/autopkgtest.log" 2>&1 || rc=$?
sed 's/^/autopkgtest: /' "$W/autopkgtest.log"
[ $rc -eq 0 ] || { say "autopkgtest build-and-run failed"; exit 1; }
trap - EXIT
cleanup
for p in $pkgs; do
  if dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null \
     | grep -qv 'not-installed'; then
    say "$p is still installed after the purge"; exit 1
  fi
done
say "purged: the machine's packages are as they were"
say "passed"
