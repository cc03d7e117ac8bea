#!/bin/bash
# SPDX-License-Identifier: MIT
# Unit test of ci/apt-source.sh's derivation of deb-src entries, offline:
# fake apt configuration directories (SOCK2_APT_ETC) in the one-line and
# deb822 formats, the derived text compared with what is expected, and apt
# itself asked (apt-get indextargets, no network) to read the derived
# entries alone and together with the sources they came from, which fails
# on any disagreement such as "Conflicting values set for option
# Signed-By". Run by the musl job of .ci/run:
#
#   bash ci/test-apt-source.sh
set -u
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/sock2-apt-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fails=0 n=0
key=/usr/share/keyrings/debian-archive-keyring.gpg

fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# apt_reads DESC SOURCELIST PARTSDIR [merged]: apt parses these sources
# cleanly (merged: where the originals have deb-src entries of their own,
# "configured multiple times" warnings are expected; errors are not).
apt_reads() {
  local out rc
  rm -rf "$tmp/lists"
  mkdir -p "$tmp/lists/partial"
  out=$(apt-get -o "Dir::Etc::SourceList=$2" -o "Dir::Etc::SourceParts=$3" \
          -o "Dir::State::Lists=$tmp/lists" -o Dir::Cache::pkgcache= \
          -o Dir::Cache::srcpkgcache= indextargets --no-release-info \
          'Target-Of: deb-src' 2>&1 >/dev/null)
  rc=$?
  [ "${4:-}" = merged ] \
    && out=$(printf '%s\n' "$out" \
              | grep -v '^W: .* is configured multiple times')
  [ $rc -eq 0 ] || out="(apt exited $rc) $out"
  if [ -n "$out" ]; then
    fail "$1: apt does not read them cleanly: $out"
    return 1
  fi
}

# check NAME EXPECTED-FILE: derive from $tmp/NAME (a fake /etc/apt), compare
# with EXPECTED-FILE, and have apt read the result.
check() {
  local name=$1 etc=$tmp/$1 got=$tmp/$1.got d
  n=$((n + 1))
  if ! SOCK2_APT_ETC=$etc bash "$here/apt-source.sh" --print > "$got" \
       2> "$got.err"; then
    fail "$name: apt-source.sh --print failed: $(cat "$got.err")"
    return
  fi
  if ! diff -u "$2" "$got" > "$got.diff"; then
    fail "$name: derived entries differ from the expected ones:"
    cat "$got.diff"
    return
  fi
  # The derived entries, as apt-source.sh hands them to apt.
  d=$tmp/$name.derived
  mkdir -p "$d"
  awk -v d="$d" '/^# sock2-src\./ { f = d "/" $2; next } { print > f }' "$got"
  apt_reads "$name (derived alone)" /dev/null "$d" || return
  # Together with the machine's own entries: same Signed-By, no conflict.
  [ -d "$etc/sources.list.d" ] && cp "$etc"/sources.list.d/* "$d/"
  apt_reads "$name (derived and original)" "$etc/sources.list" "$d" merged \
    || return
  echo "ok $n - $name"
}

# ---- 1. Debian 12 as installed: one deb822 file --------------------------
mkdir -p "$tmp/deb822/sources.list.d"
cat > "$tmp/deb822/sources.list.d/debian.sources" <<EOF
Types: deb
# http://snapshot.debian.org/archive/debian/20250520T000000Z
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: $key

Types: deb
# http://snapshot.debian.org/archive/debian-security/20250520T000000Z
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: $key
EOF
# Names apt ignores.
echo 'deb http://ignored.invalid/ x main' \
  > "$tmp/deb822/sources.list.d/other.list.disabled-by-farm"
printf 'Types: deb\nURIs: http://ignored.invalid/\nSuites: x\n' \
  > "$tmp/deb822/sources.list.d/other.sources.disabled"
cat > "$tmp/deb822.want" <<EOF
# sock2-src.sources
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: $key

Types: deb-src
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: $key
EOF
check deb822 "$tmp/deb822.want"

# ---- 2. One-line sources.list (Debian 11 and older) ------------------------
mkdir -p "$tmp/oneline/sources.list.d"
cat > "$tmp/oneline/sources.list" <<EOF
# Debian 11
deb http://deb.debian.org/debian bullseye main contrib
deb-src http://deb.debian.org/debian bullseye main contrib
  deb [arch=amd64 signed-by=$key] http://security.debian.org/debian-security bullseye-security main # security
#deb http://disabled.invalid/debian bullseye main
deb http://flat.invalid/repo ./
EOF
echo "deb [ signed-by=$key ] http://deb.debian.org/debian bullseye-updates main" \
  > "$tmp/oneline/sources.list.d/updates.list"
cat > "$tmp/oneline.want" <<EOF
# sock2-src.list
deb-src http://deb.debian.org/debian bullseye main contrib
deb-src [arch=amd64 signed-by=$key] http://security.debian.org/debian-security bullseye-security main
deb-src http://flat.invalid/repo ./
deb-src [ signed-by=$key ] http://deb.debian.org/debian bullseye-updates main
EOF
check oneline "$tmp/oneline.want"

# ---- 3. deb822 details: both types, Enabled: no, an embedded key ---------
mkdir -p "$tmp/details/sources.list.d"
cat > "$tmp/details/sources.list.d/a.sources" <<EOF
types: deb deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main contrib
Signed-By:
 -----BEGIN PGP PUBLIC KEY BLOCK-----
 .
 mQINBGPL0BUBEADmW5NdOOHwPIJlgPu6JDcKw/NZJPR8lsD3K87ZM18gzyQZJD+w
 -----END PGP PUBLIC KEY BLOCK-----

Types: deb
URIs: http://off.invalid/debian
Suites: bookworm
Components: main
Enabled: no
EOF
cat > "$tmp/details/sources.list.d/b.sources" <<EOF
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm-backports
Components: main
Signed-By: $key
EOF
cat > "$tmp/details.want" <<EOF
# sock2-src.sources
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main contrib
Signed-By:
 -----BEGIN PGP PUBLIC KEY BLOCK-----
 .
 mQINBGPL0BUBEADmW5NdOOHwPIJlgPu6JDcKw/NZJPR8lsD3K87ZM18gzyQZJD+w
 -----END PGP PUBLIC KEY BLOCK-----

Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm-backports
Components: main
Signed-By: $key
EOF
check details "$tmp/details.want"

# ---- 4. What the old CI scripts wrote is not derived from -----------------
mkdir -p "$tmp/leftover/sources.list.d"
cp "$tmp/deb822/sources.list.d/debian.sources" "$tmp/leftover/sources.list.d/"
echo 'deb-src http://deb.debian.org/debian bookworm main' \
  > "$tmp/leftover/sources.list.d/sock2-src.list"
n=$((n + 1))
if SOCK2_APT_ETC=$tmp/leftover bash "$here/apt-source.sh" --print \
     > "$tmp/leftover.got" 2> "$tmp/leftover.err" \
   && cmp -s "$tmp/deb822.want" "$tmp/leftover.got" \
   && grep -q 'ignoring .*sock2-src.list' "$tmp/leftover.err"; then
  echo "ok $n - leftover"
else
  fail "leftover: $(cat "$tmp/leftover.err")"
fi

# ---- 5. No sources at all: a clear failure --------------------------------
mkdir -p "$tmp/empty/sources.list.d"
n=$((n + 1))
if SOCK2_APT_ETC=$tmp/empty bash "$here/apt-source.sh" --print \
     > /dev/null 2> "$tmp/empty.err"; then
  fail "empty: derived something from nothing"
elif grep -q 'no deb entries' "$tmp/empty.err"; then
  echo "ok $n - empty"
else
  fail "empty: unexpected message: $(cat "$tmp/empty.err")"
fi

if [ $fails -ne 0 ]; then
  echo "test-apt-source: $fails of $n failed"
  exit 1
fi
echo "test-apt-source: all $n passed"
