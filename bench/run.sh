#!/bin/sh
# Runs every vetdicom benchmark and writes bench/results/{parse,decode}.md.
#
#   bench/run.sh [--quick]
#
# Builds a release libvetdicom.so (and the CLI) in .build-bench with the static Swift runtime,
# compiles the C benchmark programs against it and against the codec libraries, writes the two
# synthetic ~1 GB files to $VETDICOM_BENCH_WORK (default /tmp/vetdicom-bench) once, then runs
# parse_bench.py and decode_bench.py. Set VETDICOM_BENCH_NO_BUILD=1 to reuse an existing build.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
WORK=${VETDICOM_BENCH_WORK:-/tmp/vetdicom-bench}
export VETDICOM_BENCH_WORK="$WORK"
mkdir -p "$WORK/lib"
cd "$ROOT"
if [ "${VETDICOM_BENCH_NO_BUILD:-0}" != 1 ]; then
    swift build -c release --product vetdicom --scratch-path .build-bench -Xswiftc -static-stdlib
    swift build -c release --product vetdicom-cli --scratch-path .build-bench -Xswiftc -static-stdlib
fi
SO="$ROOT/.build-bench/release/libvetdicom.so"
[ -f "$SO" ] || { echo "missing $SO" >&2; exit 1; }
# The library's SONAME is libvetdicom.so.1: give the loader that name.
ln -sf "$SO" "$WORK/lib/libvetdicom.so.1"
ln -sf libvetdicom.so.1 "$WORK/lib/libvetdicom.so"
cc -O2 -Wall -I "$ROOT/include" "$HERE/vd_bench.c" -L "$WORK/lib" -lvetdicom -Wl,-rpath,"$WORK/lib" -o "$WORK/vd_bench"
# shellcheck disable=SC2046
cc -O2 -Wall "$HERE/floor_decode.c" $(pkg-config --cflags --libs libturbojpeg libopenjp2 charls) -o "$WORK/floor_decode"
export VETDICOM_LIBRARY="$WORK/lib/libvetdicom.so.1"
export VETDICOM_CLI="$ROOT/.build-bench/release/vetdicom-cli"
cd "$HERE"
python3 make_large.py "$WORK" >/dev/null
python3 parse_bench.py "$@"
python3 decode_bench.py "$@"
python3 imagecodecs_bench.py "$@" --out "$HERE/results/imagecodecs.md"
python3 render_cache_bench.py
echo "results: $HERE/results/parse.md $HERE/results/decode.md"
