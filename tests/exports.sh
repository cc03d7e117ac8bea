#!/bin/sh
# SPDX-License-Identifier: MIT
# The shared library exports exactly the public API: every symbol it
# defines matches ^sock2_[a-z], and every function declared in the public
# headers is among them.
set -u
libs="$top_builddir/.libs"
so=$(ls "$libs"/libsock2.so "$libs"/libsock2*.dylib "$libs"/libsock2*.dll \
        "$top_builddir"/.libs/cygsock2*.dll 2>/dev/null | head -n 1)
if [ -z "$so" ]; then
  echo "SKIP: no shared library was built"; exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
case "$so" in
  *.dll)
    "$OBJDUMP" -p "$so" | awk '/\[Ordinal\/Name Pointer\] Table/ {on=1; next}
      on && /^[ \t]*\[/ {print $NF} on && /^$/ {on=0}' | sort -u > "$tmp/exported" ;;
  *)
    $NM -D --defined-only "$so" | awk '$2 ~ /^[TDBRW]$/ {print $3}' \
      | sed 's/@.*//' | sort -u > "$tmp/exported" ;;
esac
bad=$(grep -v '^sock2_[a-z]' "$tmp/exported")
if [ -n "$bad" ]; then
  echo "FAIL: symbols exported beyond the public API:"; echo "$bad"; exit 1
fi
# Functions declared in the headers: SOCK2_EXTERN ... name(
cat "$top_srcdir"/include/sock2.h "$top_srcdir"/include/sock2/*.h \
  | tr '\n' ' ' | sed 's/SOCK2_EXTERN/\n&/g' | grep '^SOCK2_EXTERN' \
  | sed -n 's/^SOCK2_EXTERN[^(]*[ *]\(sock2_[a-z0-9_]*\) *(.*/\1/p' \
  | sort -u > "$tmp/declared"
missing=$(comm -23 "$tmp/declared" "$tmp/exported")
extra=$(comm -13 "$tmp/declared" "$tmp/exported")
if [ -n "$missing" ]; then
  echo "FAIL: declared but not exported:"; echo "$missing"; exit 1
fi
if [ -n "$extra" ]; then
  echo "FAIL: exported but not declared:"; echo "$extra"; exit 1
fi
echo "ok: $(wc -l < "$tmp/exported") symbols exported, all sock2_*, all declared"
