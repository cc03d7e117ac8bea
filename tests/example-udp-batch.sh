#!/bin/sh
# SPDX-License-Identifier: MIT
# The udp-batch example (issue 10) against loopback, through libtool's
# wrapper and the emulator, if any (SOCK2_TEST_WRAPPER: qemu for a cross
# build), as tests/examples.sh runs the others.
set -u
top_builddir=${top_builddir:-.}
EXEEXT=${EXEEXT:-}
# shellcheck disable=SC2086
exec "$top_builddir/libtool" --mode=execute ${SOCK2_TEST_WRAPPER:-} \
  "$top_builddir/examples/udp-batch$EXEEXT"
