#!/bin/sh
# SPDX-License-Identifier: MIT
# The manual pages (issue 13): every public function has a man3 page and
# no page names a function that does not exist; every function page has
# the required sections and its ERRORS section names exactly the codes of
# the header's @errors blocks; the comments follow the format (doc/gen-man.pl
# --check: @return/@errors agree, @platforms, @since, an @example on every
# function of doc/man/entry-points.txt); and mandoc -Tlint -W warning (or,
# without mandoc, groff -ww -z) is clean on every page.
set -u
command -v "${PERL:-perl}" >/dev/null 2>&1 || { echo "SKIP: no perl"; exit 77; }
perl=${PERL:-perl}
gen=$top_srcdir/doc/gen-man.pl
mandir=$top_builddir/man
[ -f "$mandir/man3.stamp" ] || { echo "FAIL: $mandir/man3 not generated (make all)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

# Functions declared in the headers, found without gen-man.pl's parser
# (as tests/exports.sh finds them).
cat "$top_srcdir"/include/sock2.h "$top_srcdir"/include/sock2/*.h \
  | tr '\n' ' ' | sed 's/SOCK2_EXTERN/\n&/g' | grep '^SOCK2_EXTERN' \
  | sed -n 's/^SOCK2_EXTERN[^(]*[ *]\(sock2_[a-z0-9_]*\) *(.*/\1/p' \
  | sort -u > "$tmp/declared"
# Public types: typedef ... sock2_x_t; and } sock2_x_t;
cat "$top_srcdir"/include/sock2.h "$top_srcdir"/include/sock2/*.h \
  | grep -o '\(typedef [^;]*\|}\) *sock2_[a-z0-9_]*_t *;' \
  | sed 's/.*\(sock2_[a-z0-9_]*_t\) *;/\1/' | sort -u > "$tmp/types"
[ -s "$tmp/declared" ] || { echo "FAIL: no declarations found"; exit 1; }

ls "$mandir/man3" | sed -n 's/\.3$//p' | sort -u > "$tmp/generated"
ls "$top_srcdir/doc/man" | sed -n 's/\.3$//p' | sort -u > "$tmp/hand3"
missing=$(comm -23 "$tmp/declared" "$tmp/generated")
if [ -n "$missing" ]; then
  echo "FAIL: public functions without a page:"; echo "$missing"; fail=1
fi
extra=$(comm -13 "$tmp/declared" "$tmp/generated" | comm -23 - "$tmp/types")
if [ -n "$extra" ]; then
  echo "FAIL: generated pages for no public function:"; echo "$extra"; fail=1
fi
extra=$(comm -23 "$tmp/hand3" "$tmp/types")
if [ -n "$extra" ]; then
  echo "FAIL: doc/man pages for no public type:"; echo "$extra"; fail=1
fi
notype=$(cat "$tmp/hand3" "$tmp/generated" | sort -u | comm -13 - "$tmp/types")
if [ -n "$notype" ]; then
  echo "FAIL: public types without a page:"; echo "$notype"; fail=1
fi
# Each page's NAME line names functions that exist (man -k lists them).
for f in "$mandir"/man3/*.3 "$top_srcdir"/doc/man/*.[137]; do
  head -n 1 "$f" | grep -q '^\.so ' && continue
  names=$(sed -n '/^\.SH NAME/{n;p;q;}' "$f" | sed 's/ \\-.*//; s/\\-/-/g; s/,/ /g')
  [ -n "$names" ] || { echo "FAIL: $f: no NAME line"; fail=1; continue; }
  for n in $names; do
    case $n in
      sock2|sock2-info) ;;
      *) grep -qx "$n" "$tmp/declared" "$tmp/types" ||
           { echo "FAIL: $f: NAME names $n, no public function or type"; fail=1; } ;;
    esac
  done
done

# The comments and the pages against the headers.
if ! "$perl" "$gen" --check \
    --entry-points "$top_srcdir/doc/man/entry-points.txt" \
    --legacy "$top_srcdir/doc/man/legacy.txt" "$top_srcdir/include" \
    --pages "$mandir"/man3/*.3 "$top_srcdir"/doc/man/*.[137] \
    > "$tmp/check.log" 2>&1; then
  echo "FAIL: doc/gen-man.pl --check:"; cat "$tmp/check.log"; fail=1
fi

# Lint. .so links resolve from the root of the manual tree, so the
# generated pages are linted from $mandir and the hand-written ones from a
# copy beside them.
mkdir -p "$tmp/man/man3" "$tmp/man/man1" "$tmp/man/man7"
cp "$mandir"/man3/*.3 "$top_srcdir"/doc/man/*.3 "$tmp/man/man3/"
cp "$top_srcdir"/doc/man/*.1 "$tmp/man/man1/"
cp "$top_srcdir"/doc/man/*.7 "$tmp/man/man7/"
# A shared page's other names are one-line .so links (mandoc calls them
# fragile: they are checked here, and Debian's dh_installman turns them
# into symbolic links); every other page is linted.
: > "$tmp/pages"
for f in "$tmp"/man/man*/*; do
  rel=${f#"$tmp/man/"}
  if head -n 1 "$f" | grep -q '^\.so '; then
    target=$(sed -n '1s/^\.so //p' "$f")
    if [ "$(wc -l < "$f")" -ne 1 ] || [ ! -f "$tmp/man/$target" ] ||
       head -n 1 "$tmp/man/$target" | grep -q '^\.so '; then
      echo "FAIL: $rel: .so $target is not a page"; fail=1
    fi
  else
    echo "$rel" >> "$tmp/pages"
  fi
done
linted=
if command -v mandoc >/dev/null 2>&1; then
  # shellcheck disable=SC2046
  (cd "$tmp/man" && mandoc -Tlint -W warning $(cat "$tmp/pages")) \
    > "$tmp/lint" 2>&1 || true
  if [ -s "$tmp/lint" ]; then
    echo "FAIL: mandoc -Tlint -W warning:"; cat "$tmp/lint"; fail=1
  fi
  linted=mandoc
elif command -v groff >/dev/null 2>&1; then
  while read -r f; do
    (cd "$tmp/man" && groff -ww -z -man "$f") >> "$tmp/lint" 2>&1 || true
  done < "$tmp/pages"
  if [ -s "$tmp/lint" ]; then
    echo "FAIL: groff -ww -z:"; cat "$tmp/lint"; fail=1
  fi
  linted=groff
fi
[ $fail -eq 0 ] || exit 1
n=$(ls "$tmp"/man/man*/* | wc -l)
if [ -z "$linted" ]; then
  echo "SKIP: $n pages checked, but neither mandoc nor groff to lint them"
  exit 77
fi
echo "ok: $n pages ($(wc -l < "$tmp/declared") functions, $(wc -l < "$tmp/types") types), lint-clean ($linted)"
