#!/bin/sh
# SPDX-License-Identifier: MIT
# The public headers are clean C++ (doc/design.md, "ABI rules"): a C++11
# file that includes <sock2.h> and uses the initialiser and builder macros
# (SOCK2_KEEPALIVE_INIT, SOCK2_IFACE_*, SOCK2_SOCK_FILTER, durations)
# compiles without a warning under
#   clang++ -Weverything -Werror          (native builds)
#   g++ -Wall -Wextra -pedantic -Werror   (the C++ twin of $CC)
# Only warnings about C++98 compatibility are turned off: the header
# promises C++11 (SOCK2_IFACE_BY_* is a braced temporary there).
# No C++ compiler is required to build libsock2. CXX (Makefile.am: the
# environment's, else the host's one configure found) is used if set;
# otherwise the C++ twin of $CC (gcc -> g++, clang -> clang++,
# x86_64-w64-mingw32-gcc -> x86_64-w64-mingw32-g++). Skips (77) when none
# is installed.
set -u
: "${CC:?}" "${top_srcdir:?}" "${top_builddir:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
inc="-I$top_builddir/include -I$top_srcdir/include"

cat > "$tmp/use.cc" <<'EOF'
#include <sock2.h>

int cxx_uses_sock2(sock2_socket_t s);

int
cxx_uses_sock2(sock2_socket_t s)
{
  static const uint8_t group[4] = { 239, 1, 2, 3 };
  sock2_keepalive_t ka = SOCK2_KEEPALIVE_INIT;
  sock2_keepalive_t ka2;
  const sock2_iface_v4_t by_index = SOCK2_IFACE_INDEX_INIT(1);
  const sock2_iface_v4_t by_addr = SOCK2_IFACE_ADDR_INIT(127, 0, 0, 1);
  const sock2_iface_v4_t tmp_index = SOCK2_IFACE_BY_INDEX(2);
  const sock2_iface_v4_t tmp_addr = SOCK2_IFACE_BY_ADDR(224, 0, 0, 1);
  const sock2_sock_filter_t prog[1] = { SOCK2_SOCK_FILTER(0x06, 0, 0, 0xffff) };
  sock2_addr_t a;
  int r = 0;

  r |= sock2_keepalive_init(&ka2);
  r |= sock2_keepalive_with_time(&ka, SOCK2_SEC(5));
  r |= sock2_keepalive_with_interval(&ka, SOCK2_MSEC(500));
  r |= sock2_keepalive_with_retries(&ka, 3);
  r |= sock2_set_tcp_keepalive(s, &ka);
  r |= sock2_join_multicast_v4_n(s, group, &by_index);
  r |= sock2_join_multicast_v4_n(s, group, &by_addr);
  r |= sock2_leave_multicast_v4_n(s, group, &tmp_index);
  r |= sock2_leave_multicast_v4_n(s, group, &tmp_addr);
  r |= sock2_attach_filter(s, prog, 1);
  r |= sock2_has(SOCK2_FEATURE_SENDFILE);
  if (sock2_feature_name(static_cast<sock2_feature_t>(1)) == nullptr)
    r |= 1;
  if (ka2.size < SOCK2_KEEPALIVE_SIZE_MIN ||
      by_index.size < SOCK2_IFACE_V4_SIZE_MIN)
    r |= 4;
  if (sock2_version() != static_cast<unsigned int>(SOCK2_VERSION_HEX))
    r |= 8;
  {
    sock2_socket_t c = SOCK2_INVALID_SOCKET;
    char buf[4];

    r |= sock2_socket(SOCK2_DOMAIN_IPV6, SOCK2_TYPE_DGRAM | SOCK2_TYPE_CLOEXEC,
                      SOCK2_PROTO_UDP, &c);
    if (sock2_recv_with_flags(c, buf, sizeof(buf),
                              SOCK2_MSG_PEEK | SOCK2_MSG_DONTWAIT) < 0)
      r |= 16;
    r |= sock2_shutdown(c, SOCK2_SHUT_RDWR);
    r |= sock2_close(c);
  }
  r |= sock2_addr_init(&a);
  r |= sock2_connect_timeout(s, &a, SOCK2_USEC(10) + SOCK2_NSEC(1));
  if (sock2_connect_timeout(s, &a, SOCK2_DURATION_NONE) == SOCK2_EINVAL)
    r |= 2;
  return r;
}
EOF

# The C++ twin of the first word of $CC.
cc=${CC%% *}
case "$cc" in
  *clang) twin=${cc}++ ;;
  *gcc) twin=${cc%gcc}g++ ;;
  *) twin= ;;
esac
if [ -n "${CXX:-}" ]; then
  gxx=$CXX
else
  gxx=$twin
fi
case "${host:-}" in
  "$(uname -m)"-*linux*) native=yes ;;
  *) native=no ;;
esac
ran=0 fail=0

try() {
  label=$1; shift
  # shellcheck disable=SC2086 # $inc is a list of flags
  if "$@" $inc -c "$tmp/use.cc" -o "$tmp/use.o" > "$tmp/log" 2>&1; then
    echo "ok: $label"
  else
    echo "FAIL: $label:"; cat "$tmp/log"; fail=1
  fi
  ran=$((ran + 1))
}

if [ -n "$gxx" ] && command -v "${gxx%% *}" > /dev/null 2>&1; then
  # shellcheck disable=SC2086 # $gxx may carry flags
  try "$gxx -std=c++11 -Wall -Wextra -pedantic -Werror" \
    $gxx -std=c++11 -Wall -Wextra -pedantic -Werror
else
  echo "no C++ compiler for $CC (${gxx:-none}): g++ check skipped"
fi
if [ $native = yes ] && command -v clang++ > /dev/null 2>&1; then
  # -Wno-unknown-warning-option: clang 14 lacks -Wunsafe-buffer-usage,
  # which newer ones aim at the test's own array use, not the header.
  # -Wno-documentation-unknown-command: the doc comments' @errors,
  # @platforms, @example and @since tags are the man-page generator's,
  # not Doxygen's.
  try "clang++ -std=c++11 -Weverything -Werror" \
    clang++ -std=c++11 -Weverything -Werror -Wno-c++98-compat \
    -Wno-c++98-compat-pedantic -Wno-unknown-warning-option \
    -Wno-unsafe-buffer-usage -Wno-documentation-unknown-command
else
  echo "clang++ -Weverything check: needs a native build and clang++"
fi
if [ $ran -eq 0 ]; then
  echo "SKIP: no C++ compiler found (set CXX to one)"; exit 77
fi
exit $fail
