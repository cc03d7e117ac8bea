#!/bin/bash
# SPDX-License-Identifier: MIT
# Print the configure cache assignments that force every optional probe
# off, one `variable=no` a line, for a "feature-starved" build:
#
#   ./configure $(bash ci/starved-vars.sh)
#
# The list is generated, never written by hand: `autoconf --trace` lists the
# arguments of every AC_CHECK_DECLS, AC_CHECK_FUNCS, AC_CHECK_MEMBERS and
# AC_CHECK_TYPES that configure.ac expands (our m4/sock2-*.m4 probes), the
# cache variable of each custom AC_CACHE_CHECK probe named sock2_cv_*
# (except the compiler-flag checks and the Windows platform check, which
# are not optional features), and each AC_SEARCH_LIBS that defines
# something when found and is not an error when missing. Run from a bootstrapped source tree
# (aclocal.m4 present); SOCK2_SRCDIR names another one.
#
# Option: --names prints the probe names with their kinds instead.
set -eu
srcdir=${SOCK2_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$srcdir"
[ -f aclocal.m4 ] || { echo "starved-vars: run ./bootstrap first" >&2; exit 1; }

# AS_TR_SH: '*' becomes 'p', any other character outside [A-Za-z0-9_]
# becomes '_'.
tr_sh() { sed 's/\*/p/g; s/[^A-Za-z0-9_]/_/g'; }

trace=$(autoconf \
  -t 'AC_CHECK_DECLS:decl|$1' -t 'AC_CHECK_FUNCS:func|$1' \
  -t 'AC_CHECK_MEMBERS:member|$1' -t 'AC_CHECK_TYPES:type|$1' \
  -t 'AC_CACHE_CHECK:cache|$2' -t 'AC_SEARCH_LIBS:search|$1|$3@@$4' \
  configure.ac | tr '\n' ' ' \
  | sed 's/ \(decl\|func\|member\|type\|cache\|search\)|/\n\1|/g')

printf '%s\n' "$trace" | while IFS='|' read -r kind list; do
  [ -n "$kind" ] || continue
  case "$kind" in
    func) items=$(printf '%s\n' $list) ;;
    cache) items=$(printf '%s\n' "$list" | tr -d ' []') ;;
    search)
      # A library search is a feature probe when finding the function
      # defines something and not finding it is not an error
      # (AC_SEARCH_LIBS([pthread_sigmask], ..., [AC_DEFINE(...)])).
      found=${list#*|}
      notfound=${found#*@@}
      found=${found%%@@*}
      case "$found" in *[![:space:]]*) ;; *) continue ;; esac
      case "$notfound" in *[![:space:]]*) continue ;; esac
      items=$(printf '%s\n' "${list%%|*}" | tr -d ' []') ;;
    *) items=$(printf '%s\n' "$list" | tr ',' '\n' \
                 | sed 's/(.*//; s/^[[:space:]]*//; s/[[:space:]]*$//') ;;
  esac
  printf '%s\n' "$items" | while read -r item; do
    [ -n "$item" ] || continue
    case "$kind" in
      decl) var=ac_cv_have_decl_$(printf '%s' "$item" | tr_sh) ;;
      func) var=ac_cv_func_$(printf '%s' "$item" | tr_sh) ;;
      member) var=ac_cv_member_$(printf '%s' "$item" | tr_sh) ;;
      type) var=ac_cv_type_$(printf '%s' "$item" | tr_sh) ;;
      search) var=ac_cv_search_$(printf '%s' "$item" | tr_sh) ;;
      cache)
        case "$item" in
          sock2_cv_cflag_*|sock2_cv_native_windows|*'$'*) continue ;;
          sock2_cv_*) var=$item ;;
          *) continue ;;
        esac ;;
    esac
    if [ "${1:-}" = --names ]; then
      printf '%-7s %-40s %s\n' "$kind" "$item" "$var"
    else
      printf '%s=no\n' "$var"
    fi
  done
done | awk '!seen[$0]++'
