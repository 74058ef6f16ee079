#!/usr/bin/env bash
# Short libFuzzer run of every fuzz target (ASan + libFuzzer build of the Fuzz/ package), from the
# seed corpora (synthetic + ../shared/corpus when present). Fails when a target leaves a crash,
# leak, timeout or OOM artifact in Fuzz/artifacts/TARGET/.
#   scripts/fuzz-smoke.sh [SECONDS_PER_TARGET (default 45)] [TARGET...]
# Env: FUZZ_SEED (libFuzzer -seed, default 1): every smoke run starts from the same seed, so a
# failure seen in CI replays locally; open-ended exploration is for Fuzz/run.sh campaigns.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
secs="${1:-45}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzParse FuzzDecode FuzzNative FuzzJPEG FuzzJPEGLS FuzzJ2K FuzzRLE FuzzDeflate FuzzRender FuzzWrite)
# One build for all targets (each --product only links). The Fuzz package compiles the library's
# sources itself (Fuzz/Library -> Sources). SwiftPM gives `-sanitize=fuzzer` only to executable
# targets, so the library modules' coverage counters come from the explicit -sanitize-coverage
# flags; run.sh refuses a binary without counters.
for t in "${targets[@]}"; do
    swift build -c release --package-path Fuzz --scratch-path .build-fuzz --sanitize fuzzer --sanitize address \
        -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
        --disable-dead-strip --product "$t" 2>&1 | grep -E 'error:|Build of product' || true
done
status=0
for t in "${targets[@]}"; do
    rm -rf "Fuzz/artifacts/$t"
    start=$(date +%s)
    FUZZ_NO_BUILD=1 Fuzz/run.sh "$t" "$secs" -seed="${FUZZ_SEED:-1}" > "/tmp/fuzz-smoke-$t.out" 2>&1
    rc=$?
    if [ ! -f "Fuzz/artifacts/$t/last-run.log" ] || { [ $rc -ne 0 ] && [ $rc -ne 1 ]; }; then
        echo "FAIL $t: the target did not run (run.sh exit $rc):"; tail -n 5 "/tmp/fuzz-smoke-$t.out"
        status=1
    elif ls "Fuzz/artifacts/$t" 2>/dev/null | grep -qE '^(crash|leak|timeout|oom)-'; then
        echo "FAIL $t: $(ls Fuzz/artifacts/$t | grep -E '^(crash|leak|timeout|oom)-' | tr '\n' ' ')"
        grep -E 'ERROR|SUMMARY' "Fuzz/artifacts/$t/last-run.log" | head -5
        status=1
    else
        echo "ok   $t ($(( $(date +%s) - start )) s): $(grep -E '^#[0-9]+[[:space:]]+DONE' Fuzz/artifacts/$t/last-run.log | tail -n 1)"
    fi
done
exit $status
