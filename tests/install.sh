#!/bin/sh
# SPDX-License-Identifier: MIT
# Build and run a small program against an installed libsock2, found only
# through `pkg-config --cflags --libs libsock2`.
#
# Under `make check` the library is installed into a temporary DESTDIR
# first; under `make installcheck` (SOCK2_INSTALLED_PREFIX set) the real
# installation is used.
set -u
case "$EXEEXT" in
  .exe) echo "SKIP: cross build; the installed-program test runs natively"; exit 77 ;;
esac
command -v pkg-config >/dev/null 2>&1 || { echo "SKIP: no pkg-config"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

libdir=$(pkg-config --variable=libdir "$top_builddir/libsock2.pc")
incdir=$(pkg-config --variable=includedir "$top_builddir/libsock2.pc")
if [ -n "${SOCK2_INSTALLED_PREFIX:-}" ]; then
  dest=
  libdir=$SOCK2_INSTALLED_LIBDIR
else
  dest=$tmp/root
  if ! (cd "$top_builddir" && $MAKE install DESTDIR="$dest") > "$tmp/install.log" 2>&1; then
    echo "FAIL: make install DESTDIR=$dest"; cat "$tmp/install.log"; exit 1
  fi
fi
PKG_CONFIG_PATH="$dest$libdir/pkgconfig"
export PKG_CONFIG_PATH
if [ -n "$dest" ]; then
  PKG_CONFIG_SYSROOT_DIR=$dest
  export PKG_CONFIG_SYSROOT_DIR
fi
flags=$(pkg-config --cflags --libs libsock2) || { echo "FAIL: pkg-config"; exit 1; }
echo "pkg-config --cflags --libs libsock2: $flags"
# shellcheck disable=SC2086
if ! $CC -o "$tmp/prog" "$top_srcdir/tests/install-program.c" $flags; then
  echo "FAIL: could not build against the installed library"; exit 1
fi
# The program must not pick up the build tree's copy. SOCK2_TEST_WRAPPER
# runs it under an emulator for cross builds (e.g. qemu-aarch64 -L ...).
# shellcheck disable=SC2086
if ! LD_LIBRARY_PATH="$dest$libdir" ${SOCK2_TEST_WRAPPER:-} "$tmp/prog"; then
  echo "FAIL: the program built against the installed library failed"; exit 1
fi
# The public headers are installed where pkg-config points.
for f in sock2.h sock2/errno.h sock2/io.h sock2/options.h sock2/options-ip.h \
         sock2/unix.h sock2/version.h sock2/win.h; do
  [ -f "$dest$incdir/$f" ] || { echo "FAIL: $incdir/$f not installed"; exit 1; }
done
# The manual (issue 13): sock2(7), sock2-info(1) and a man3 page per
# function are installed, and man finds them through MANPATH.
mandir=${mandir:-}
if [ -n "$mandir" ]; then
  for f in man7/sock2.7 man1/sock2-info.1 man3/sock2_connect_timeout.3 \
           man3/sock2_socket.3 man3/sock2_addr_t.3; do
    [ -f "$dest$mandir/$f" ] || { echo "FAIL: $mandir/$f not installed"; exit 1; }
  done
  if command -v man >/dev/null 2>&1; then
    page=$(MANPATH="$dest$mandir" man -w sock2_connect_timeout 2>/dev/null)
    [ "$page" = "$dest$mandir/man3/sock2_connect_timeout.3" ] ||
      { echo "FAIL: man -w sock2_connect_timeout: '$page'"; exit 1; }
    MANPATH="$dest$mandir" MANWIDTH=80 man -P cat sock2_connect_timeout \
      > "$tmp/page.txt" 2>&1
    grep -q 'sock2_connect_timeout' "$tmp/page.txt" &&
      grep -q 'pkg-config --cflags --libs libsock2' "$tmp/page.txt" ||
      { echo "FAIL: man sock2_connect_timeout:"; cat "$tmp/page.txt"; exit 1; }
    echo "man sock2_connect_timeout: $page"
    # man -k reads the NAME lines through mandb's index, built here only
    # for a DESTDIR installation (never in a real manual tree).
    if [ -n "$dest" ] && command -v mandb >/dev/null 2>&1; then
      mandb -q -u "$dest$mandir" > "$tmp/mandb.log" 2>&1
      MANPATH="$dest$mandir" man -k sock2 > "$tmp/apropos.txt" 2>&1
      for n in 'sock2 (7)' 'sock2-info (1)' 'sock2_connect_timeout (3)' \
               'sock2_addr_t (3)'; do
        grep -qF "$n" "$tmp/apropos.txt" ||
          { echo "FAIL: man -k sock2 lacks $n:"; cat "$tmp/apropos.txt"; exit 1; }
      done
      echo "man -k sock2: $(wc -l < "$tmp/apropos.txt") pages"
    fi
  fi
fi
echo "ok"
