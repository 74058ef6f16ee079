#!/usr/bin/env bash
# The concurrency stress test (8 threads, shared and private handles) under ThreadSanitizer.
#   scripts/tsan-test.sh [extra swift test arguments]
# Env: VETDICOM_STRESS_SECONDS (default 2).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export TSAN_OPTIONS="${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1}"
export VETDICOM_SANITIZER=1
exec swift test --scratch-path .build-tsan --sanitize=thread --filter ConcurrencyStressTests "$@"
