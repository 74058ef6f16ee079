#!/usr/bin/env bash
# The hostile-file suite: every corpus file truncated (64 spread offsets + every offset in the
# first 512 bytes) and mutated (200 seeded mutations), plus the hand-made hostile files; each case
# is opened, walked, JSON-dumped, decoded and rendered in a child process with a time bound and
# RLIMIT_AS. Fails on any crash, hang or memory blow-up; failing cases are written to
# .build-hostile/failures/ (replay: Hostile --write-case FILE CASE OUT).
#   scripts/hostile.sh [Hostile options, e.g. --mutations 50 --only JPEG]
# Env: VETDICOM_CORPUS (default ../shared/corpus), HOSTILE_JOBS (default 2).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scratch="$root/.build-hostile"
swift build -c release --package-path Fuzz --scratch-path "$scratch" --product Hostile 2>&1 | grep -E 'error|warning: unre|Compiling|Build' | grep -v '^\[' || true
[ -x "$scratch/release/Hostile" ] || { echo "hostile.sh: build failed" >&2; exit 2; }
mkdir -p "$scratch/failures"
exec "$scratch/release/Hostile" --corpus "${VETDICOM_CORPUS:-$root/../shared/corpus}" \
    --jobs "${HOSTILE_JOBS:-2}" --failures "$scratch/failures" "$@"
