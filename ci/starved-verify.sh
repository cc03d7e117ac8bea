#!/bin/bash
# SPDX-License-Identifier: MIT
# Check that a feature-starved configure really turned every optional probe
# off: run in the build directory after
#   configure $(bash ci/starved-vars.sh)
# as  bash ci/starved-verify.sh config.h "$vars"
#
# Fails when a forced variable did not end up "no" in config.log's cache,
# when config.h still says HAVE_DECL_<X> 1, or when some other probe of
# ours (a declaration, function, member or type named in configure.ac or
# m4/sock2-*.m4) came out "yes": a probe the generator missed.
set -u
config_h=${1:?usage: starved-verify.sh config.h VARS}
vars=${2:?usage: starved-verify.sh config.h VARS}
srcdir=$(cd "$(dirname "$0")/.." && pwd)
log=$(dirname "$config_h")/config.log
fail=0

cache=$(sed -n '/^## Cache variables. ##/,/^## Output variables. ##/p' "$log")
for v in $vars; do
  name=${v%%=*}
  got=$(printf '%s\n' "$cache" | sed -n "s/^$name=//p" | tr -d "'")
  if [ "$got" != no ]; then
    echo "starved: $name is '${got:-unset}', not no"
    fail=1
  fi
done

yes_decls=$(grep -E '^#define HAVE_DECL_[A-Za-z0-9_]+ 1$' "$config_h")
if [ -n "$yes_decls" ]; then
  echo "starved: declarations still on in config.h:"
  printf '%s\n' "$yes_decls" | sed 's/^/    /'
  fail=1
fi

# Any probe result still "yes" whose subject our m4 files or configure.ac
# name is one the generator did not force.
ours=$(cat "$srcdir"/configure.ac "$srcdir"/m4/sock2-*.m4 \
         | tr -c 'A-Za-z0-9_\n' '_')
printf '%s\n' "$cache" \
  | grep -E "^ac_cv_(have_decl|func|member|type)_[A-Za-z0-9_]+='?yes'?$" \
  | while IFS='=' read -r name _; do
      subject=${name#ac_cv_have_decl_}
      subject=${subject#ac_cv_func_}
      subject=${subject#ac_cv_member_}
      subject=${subject#ac_cv_type_}
      if printf '%s\n' "$ours" | grep -qF "$subject"; then
        echo "starved: $name=yes: a probe in our m4 files was not forced off"
        exit 1
      fi
    done || fail=1

if [ $fail -eq 0 ]; then
  echo "starved: all $(printf '%s\n' "$vars" | wc -w) probes are off"
fi
exit $fail
