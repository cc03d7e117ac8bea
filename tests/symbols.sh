#!/bin/sh
# SPDX-License-Identifier: MIT
# The Debian symbols file (packaging/debian/libsock2-0.symbols), the
# shared library's export list and the public headers name the same
# functions, and a symbol's version is its header comment's @since where
# it has one. `make update-symbols` regenerates the file
# (doc/releasing.md).
set -u
so=$top_builddir/.libs/libsock2.so
if [ ! -f "$so" ]; then
  echo "SKIP: no ELF shared library was built"; exit 77
fi
${PERL:-perl} -e 1 2>/dev/null || { echo "SKIP: no perl"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
$NM -D --defined-only "$so" | awk '$2 ~ /^[TDBRW]$/ {print $3}' \
  | sed 's/@.*//' | sort -u > "$tmp/exported"
${PERL:-perl} "$top_srcdir/packaging/symbols.pl" --check \
  --symbols "$top_srcdir/packaging/debian/libsock2-0.symbols" \
  --exported "$tmp/exported" \
  "$top_srcdir/include/sock2.h" "$top_srcdir"/include/sock2/*.h
