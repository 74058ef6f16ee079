#!/usr/bin/env bash
# Builds and runs one libFuzzer target.
#   Fuzz/run.sh TARGET SECONDS [extra libFuzzer flags...]
# TARGET: FuzzParse FuzzDecode FuzzNative FuzzJPEG FuzzJPEGLS FuzzJ2K FuzzRLE FuzzDeflate FuzzRender FuzzWrite
# The working corpus grows in Fuzz/corpus/TARGET (untracked), seeds are generated once into
# Fuzz/seeds/TARGET (synthetic files + ../shared/corpus or $VETDICOM_CORPUS when present), and
# crashes/leaks/timeouts/OOMs land in Fuzz/artifacts/TARGET/. Env: FUZZ_NO_BUILD=1 to skip the
# build, FUZZ_RSS_MB (default 2048), FUZZ_MAX_LEN (default 65536).
# Exit status: 0 when the run found nothing, 1 when it left an artifact.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
target="${1:?usage: run.sh TARGET SECONDS}"
seconds="${2:?usage: run.sh TARGET SECONDS}"
shift 2
cd "$root"
scratch="${FUZZ_SCRATCH:-$root/.build-fuzz}"
# SwiftPM 6.3 gives the library's modules (a path dependency) ASan but not libFuzzer's coverage
# instrumentation (seen: __sancov_cntrs of 13 bytes), so ask swiftc for it in every module.
coverage="-Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table"
if [ "${FUZZ_NO_BUILD:-0}" != 1 ]; then
    swift build -c release --package-path Fuzz --scratch-path "$scratch" \
        --sanitize fuzzer --sanitize address --disable-dead-strip $coverage --product "$target" 2>&1 \
        | grep -v 'Cannot export local symbol' >&2 || true
fi
bin="$scratch/release/$target"
[ -x "$bin" ] || { echo "run.sh: $bin was not built" >&2; exit 2; }
# A binary whose dependency modules lack coverage instrumentation fuzzes blind (__sancov_cntrs
# of a few bytes): relink once, then refuse it.
counters() { printf "%d\n" "0x$(objdump -h "$bin" | awk '$2 == "__sancov_cntrs" { print $3 }')"; }
if [ "$(counters 2>/dev/null || echo 0)" -lt 1024 ]; then
    rm -f "$bin"
    swift build -c release --package-path Fuzz --scratch-path "$scratch" \
        --sanitize fuzzer --sanitize address --disable-dead-strip $coverage --product "$target" 2>&1 \
        | grep -v 'Cannot export local symbol' >&2 || true
fi
if [ "$(counters 2>/dev/null || echo 0)" -lt 1024 ]; then
    echo "run.sh: $target is not instrumented for coverage (rm -rf $scratch and build it alone)" >&2
    exit 2
fi
if [ ! -d "$here/seeds/$target" ]; then
    swift build -c release --package-path Fuzz --scratch-path "$root/.build-hostile" --product FuzzSeeds 2>&1 | tail -1 >&2
    "$root/.build-hostile/release/FuzzSeeds" "$here/seeds" "${VETDICOM_CORPUS:-$root/../shared/corpus}" >&2
fi
mkdir -p "$here/corpus/$target" "$here/artifacts/$target" "$here/seeds/$target"
# Leaks inside the Swift runtime's one-time caches are not ours (same list as the ASan test run).
export LSAN_OPTIONS="suppressions=$root/lsan.supp:print_suppressions=0"
export ASAN_OPTIONS="${ASAN_OPTIONS:-allocator_may_return_null=1:detect_stack_use_after_return=0}"
log="$here/artifacts/$target/last-run.log"
set +e
"$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb="${FUZZ_RSS_MB:-2048}" -malloc_limit_mb=1024 \
    -max_len="${FUZZ_MAX_LEN:-65536}" -print_final_stats=1 \
    -artifact_prefix="$here/artifacts/$target/" "$@" \
    "$here/corpus/$target" "$here/seeds/$target" >"$log" 2>&1
rc=$?
set -e
grep -E '^#[0-9]+[[:space:]]+(DONE|INITED)|stat::number_of_executed_units|stat::peak_rss_mb|cov:' "$log" | tail -3
if ls "$here/artifacts/$target" | grep -qE '^(crash|leak|timeout|oom)-'; then
    echo "run.sh: $target left artifacts in Fuzz/artifacts/$target:" >&2
    ls "$here/artifacts/$target" | grep -E '^(crash|leak|timeout|oom)-' >&2 || true
    exit 1
fi
exit $rc
