#!/bin/bash
# SPDX-License-Identifier: MIT
# Fetch a Debian source package (apt-get source) without touching the
# machine's apt configuration:
#
#   bash ci/apt-source.sh PACKAGE [APT-GET-SOURCE-OPTION...]
#                               unpack PACKAGE's source in the current
#                               directory (e.g. `check`)
#   bash ci/apt-source.sh --print
#                               print the derived deb-src entries only
#
# The deb-src entries are derived from the machine's own configured
# sources: every entry of type deb (or deb-src) in sources.list and in
# sources.list.d/*.list (one-line format) and sources.list.d/*.sources
# (deb822) becomes a deb-src entry with the same URIs, suites, components
# and options (Signed-By, Trusted, ...), written in the same format. No
# mirror is named here. The entries go to a private apt configuration in a
# temporary directory (its own source list, package lists and cache), so
# nothing under /etc or /var/lib/apt is written, the machine's own deb-src
# lines (if any) cannot conflict with ours, and `apt-get update` behaves
# afterwards exactly as before. The rest of the machine's apt settings
# (apt.conf.d: proxies, keyrings, ...) apply as usual.
#
# SOCK2_APT_ETC=DIR reads DIR/sources.list and DIR/sources.list.d/ instead
# of the locations apt is configured with (tests: ci/test-apt-source.sh).
set -eu

if [ -n "${SOCK2_APT_ETC:-}" ]; then
  list=$SOCK2_APT_ETC/sources.list
  parts=$SOCK2_APT_ETC/sources.list.d
else
  list=$(apt-config shell x Dir::Etc::sourcelist/f | sed -n "s/^x='\(.*\)'$/\1/p")
  parts=$(apt-config shell x Dir::Etc::sourceparts/d | sed -n "s/^x='\(.*\)'$/\1/p")
  parts=${parts%/}
  : "${list:=/etc/apt/sources.list}" "${parts:=/etc/apt/sources.list.d}"
fi

# One-line format: "deb [options] uri suite [component...]" becomes
# "deb-src [options] uri suite [component...]"; comments (from #) dropped.
derive_list() {
  sed -e 's/#.*//' -e 's/^[[:space:]]*//' "$1" \
    | sed -n -e 's/^deb\(-src\)\{0,1\}[[:space:]]\{1,\}/deb-src /p' \
    | sed -e 's/[[:space:]]*$//'
}

# deb822: each stanza whose Types lists deb or deb-src is repeated with
# "Types: deb-src" and every other field (continuation lines included) as
# it is; stanzas with "Enabled: no" are left out, comments dropped.
derive_sources() {
  awk '
    function flush() {
      if (n > 0 && want && enabled) {
        printf "%sTypes: deb-src\n", sep
        for (i = 1; i <= n; i++)
          print field[i]
        sep = "\n"
      }
      n = 0; want = 0; enabled = 1; skip = 0
    }
    BEGIN { n = 0; want = 0; enabled = 1; skip = 0; sep = "" }
    { sub(/\r$/, "") }
    /^#/ { next }
    /^[ \t]*$/ { flush(); next }
    /^[ \t]/ { if (!skip) field[++n] = $0; next }
    {
      name = tolower($0); sub(/:.*/, "", name)
      value = $0; sub(/^[^:]*:[ \t]*/, "", value)
      skip = 0
      if (name == "types") {
        k = split(value, t, /[ \t]+/)
        for (i = 1; i <= k; i++)
          if (t[i] == "deb" || t[i] == "deb-src")
            want = 1
        skip = 1
        next
      }
      if (name == "enabled" && tolower(value) == "no")
        enabled = 0
      field[++n] = $0
    }
    END { flush() }
  ' "$1"
}

# apt reads only these names in sources.list.d (others, such as
# *.disabled or *.dpkg-old, are ignored), in this order.
part_files() {
  local ext=$1 f
  [ -d "$parts" ] || return 0
  for f in "$parts"/*."$ext"; do
    [ -f "$f" ] || continue
    case "${f##*/}" in
      *[!A-Za-z0-9_.-]*) continue ;;
      # What older libsock2 CI scripts wrote; never derive from it.
      sock2-src.list|sock2-check-src.list)
        echo "apt-source: ignoring $f (left by an older libsock2 CI;" \
          "remove it if apt-get update fails)" >&2
        continue ;;
    esac
    printf '%s\n' "$f"
  done | LC_ALL=C sort
}

# derive OUT_DIR: write OUT_DIR/sock2-src.list and OUT_DIR/sock2-src.sources
# (either may be empty); fails if no source entry was found at all.
derive() {
  local out=$1 f
  : > "$out/sock2-src.list"
  : > "$out/sock2-src.sources"
  { [ -f "$list" ] && derive_list "$list"
    part_files list | while read -r f; do derive_list "$f"; done
  } | awk '!seen[$0]++' >> "$out/sock2-src.list"
  part_files sources | while read -r f; do
    [ -s "$out/sock2-src.sources" ] && echo >> "$out/sock2-src.sources"
    derive_sources "$f" >> "$out/sock2-src.sources"
  done
  if [ ! -s "$out/sock2-src.list" ] && [ ! -s "$out/sock2-src.sources" ]; then
    echo "apt-source: no deb entries in $list or $parts/*.{list,sources}" >&2
    return 1
  fi
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/sock2-apt.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/sources.list.d" "$tmp/lists/partial" "$tmp/cache/archives/partial"
derive "$tmp/sources.list.d"

if [ "${1:-}" = --print ]; then
  for f in "$tmp"/sources.list.d/sock2-src.*; do
    [ -s "$f" ] || continue
    echo "# ${f##*/}"
    cat "$f"
  done
  exit 0
fi
pkg=${1:?usage: apt-source.sh PACKAGE [OPTION...] | --print}
shift

# The download sandbox user (_apt) must reach the private lists.
chmod 755 "$tmp"
chown -R _apt "$tmp/lists" "$tmp/cache" 2>/dev/null || true
opts=(-o "Dir::Etc::SourceList=$tmp/sources.list"
      -o "Dir::Etc::SourceParts=$tmp/sources.list.d"
      -o "Dir::State::Lists=$tmp/lists"
      -o "Dir::Cache=$tmp/cache"
      -o "Dir::Cache::pkgcache=" -o "Dir::Cache::srcpkgcache="
      -o "APT::Get::List-Cleanup=false")
: > "$tmp/sources.list"
# A source without deb-src indexes makes update report an error; what
# counts is whether the package's source can then be fetched.
if ! apt-get "${opts[@]}" update -qq > "$tmp/update.log" 2>&1; then
  echo "apt-source: apt-get update (private lists) reported:" >&2
  grep -E '^(E|W):' "$tmp/update.log" >&2 || tail -n 20 "$tmp/update.log" >&2
fi
if ! apt-get "${opts[@]}" source -qq "$@" "$pkg" > "$tmp/source.log" 2>&1
then
  echo "apt-source: apt-get source $pkg failed with these deb-src entries:" >&2
  cat "$tmp"/sources.list.d/sock2-src.* >&2
  cat "$tmp/source.log" >&2
  exit 1
fi
echo "apt-source: $pkg source fetched ($(ls -d "$pkg"-*/ 2>/dev/null | head -n 1))"
