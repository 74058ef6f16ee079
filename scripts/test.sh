#!/bin/sh
# scripts/test.sh - install what the tests need, build everything and run every test.
#
#   scripts/test.sh                  (from anywhere; the build goes to ./build of the checkout)
#
# Environment: VETDICOM_BUILD_DIR (default <checkout>/build), CMAKE_BUILD_TYPE (Release),
# VETDICOM_SKIP_DEPS=1 to skip the dependency step, CTEST_ARGS (extra ctest arguments),
# VETDICOM_CORPUS (real-file corpus for the Swift tests; they skip without it).
# Exit status: ctest's (0 when every test passed).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/setup-deps.sh"

build=${VETDICOM_BUILD_DIR:-$root/build}
start=$(date +%s)

if [ "${VETDICOM_SKIP_DEPS:-0}" != 1 ]; then
    # shellcheck disable=SC2086
    vd_debian $VD_DEBIAN_TEST
    # shellcheck disable=SC2086
    vd_pip $VD_PIP_TEST
fi
vd_find_swift
python=$(python3 -c 'import sys; print(sys.executable)')

vd_log "configure: $build"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-Release}" -DPython3_EXECUTABLE="$python"
vd_log "build"
cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)"
vd_log "test"
set +e
# shellcheck disable=SC2086
ctest --test-dir "$build" --output-on-failure ${CTEST_ARGS:-}
status=$?
set -e
vd_log "done in $(( $(date +%s) - start )) s: ctest exit status $status"
exit $status
