#!/bin/sh
# SPDX-License-Identifier: MIT
# ABI rule (doc/design.md, "ABI rules"): every enumerator the public
# headers define has an explicit value, and that value never changes.
#
# 1. The preprocessed <sock2.h> (so enumerators made by X-macros count as
#    written) is scanned: an enumerator without "= value" in an enum of
#    include/ fails the test.
# 2. The enumerators must be exactly those of tests/abi-baseline.txt, the
#    committed record of every released value: a new one needs its line
#    there, and a removed one fails.
# 3. A C file generated from the baseline checks each value at compile
#    time (for the target, so cross builds are checked too).
set -u
: "${CC:?}" "${top_srcdir:?}" "${top_builddir:?}"
baseline="$top_srcdir/tests/abi-baseline.txt"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
inc="-I$top_builddir/include -I$top_srcdir/include"

printf '#include <sock2.h>\n' > "$tmp/all.c"
# shellcheck disable=SC2086 # $inc is a list of flags
if ! $CC -E $inc "$tmp/all.c" > "$tmp/all.i" 2> "$tmp/cc.log"; then
  echo "FAIL: $CC -E <sock2.h>:"; cat "$tmp/cc.log"; exit 1
fi

# The text the public headers contributed (line markers name the file),
# as one line, then every enum body in it: "NAME|enumerator,enumerator".
awk '
  /^# *[0-9]+ "/ {
    f = $0; sub(/^[^"]*"/, "", f); sub(/".*$/, "", f)
    ours = (f ~ /(^|\/)sock2\.h$/ || f ~ /(^|\/)sock2\/[a-z0-9-]+\.h$/)
    next
  }
  /^#/ { next }
  ours { text = text " " $0 }
  END {
    while (match(text, /enum[ \t]+[A-Za-z0-9_]*[ \t]*\{[^}]*\}/)) {
      e = substr(text, RSTART, RLENGTH)
      text = substr(text, RSTART + RLENGTH)
      name = e; sub(/^enum[ \t]+/, "", name); sub(/[ \t]*\{.*/, "", name)
      body = e; sub(/^[^{]*\{/, "", body); sub(/\}$/, "", body)
      gsub(/[ \t]+/, " ", body)
      print name "|" body
    }
  }' "$tmp/all.i" > "$tmp/enums"

if [ ! -s "$tmp/enums" ]; then
  echo "FAIL: no enum found in the preprocessed public headers"; exit 1
fi

fail=0
: > "$tmp/names"
while IFS='|' read -r name body; do
  n=0
  # One enumerator a line; a trailing comma leaves an empty last item.
  printf '%s\n' "$body" | tr ',' '\n' | sed 's/^ *//; s/ *$//' \
    | grep -v '^$' > "$tmp/items"
  while read -r item; do
    n=$((n + 1))
    case "$item" in
      *=*) echo "${item%%[ =]*}" >> "$tmp/names" ;;
      *) echo "FAIL: enum $name: $item has no explicit value"; fail=1 ;;
    esac
  done < "$tmp/items"
  echo "enum $name: $n enumerators"
done < "$tmp/enums"
[ $fail -eq 0 ] || exit 1

# Exactly the baseline's enumerators.
grep -v '^#' "$baseline" | awk 'NF {print $2}' | sort > "$tmp/want"
sort "$tmp/names" > "$tmp/have"
missing=$(comm -13 "$tmp/want" "$tmp/have")
gone=$(comm -23 "$tmp/want" "$tmp/have")
if [ -n "$missing" ]; then
  echo "FAIL: enumerators missing from tests/abi-baseline.txt (add them):"
  echo "$missing"; exit 1
fi
if [ -n "$gone" ]; then
  echo "FAIL: enumerators of tests/abi-baseline.txt no header defines:"
  echo "$gone"; exit 1
fi

# Every value, checked by the compiler for this target.
{
  printf '#include <sock2.h>\n#include <errno.h>\n'
  printf '#define ABI_CAT_(a, b) a##b\n#define ABI_CAT(a, b) ABI_CAT_(a, b)\n'
  printf '#define ABI(e) typedef char ABI_CAT(abi_line_, __LINE__)'
  printf '[(e) ? 1 : -1];\n'
  grep -v '^#' "$baseline" | awk 'NF == 3 && $1 == "fixed" {
      printf "ABI(%s == %s)\n", $2, $3 }
    NF == 3 && $1 == "errno" {
      e = $2; sub(/^SOCK2_/, "", e)
      printf "#if defined(_WIN32) || !defined(%s)\nABI(%s == %s)\n", e, $2, $3
      printf "#else\nABI(%s == -%s)\n#endif\n", $2, e }'
} > "$tmp/values.c"
# shellcheck disable=SC2086
if ! $CC $inc -c "$tmp/values.c" -o "$tmp/values.o" 2> "$tmp/cc.log"; then
  echo "FAIL: a value differs from tests/abi-baseline.txt:"
  grep -E 'error' "$tmp/cc.log" | head -n 20
  # Name the lines that failed.
  grep -o 'values.c:[0-9]*' "$tmp/cc.log" | sort -u \
    | while IFS=: read -r _ l; do sed -n "${l}p" "$tmp/values.c"; done
  exit 1
fi
echo "ok: $(wc -l < "$tmp/have") enumerators, all explicit, all as in" \
  "tests/abi-baseline.txt"
