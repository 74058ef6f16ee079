#!/usr/bin/env bash
# The whole Swift test suite once under AddressSanitizer (+ LeakSanitizer with lsan.supp: leaks
# inside XCTest and the Swift runtime's type-name cache are not ours).
#   scripts/asan-test.sh [extra swift test arguments, e.g. --filter LimitsTests]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export LSAN_OPTIONS="suppressions=$root/lsan.supp:print_suppressions=0"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_stack_use_after_return=0:allocator_may_return_null=1}"
export VETDICOM_SANITIZER=1
exec swift test --scratch-path .build-asan --sanitize=address "$@"
