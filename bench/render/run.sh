#!/bin/sh
# Rendering benchmark: vetdicom vs pydicom (+PIL) vs DCMTK dcm2pnm, same machine, same run.
#
#   bench/render/run.sh [path/to/vetdicom-cli]      (default: a release build in .build-render-rel)
#
# 1. Window/level of a 512x512 16-bit CT frame to 8 bits (orthanc-tests/SignedCT.dcm, its own
#    window C=-600 W=1600). vetdicom: in-process, best of 200 (render-bench). pydicom:
#    apply_modality_lut + apply_voi_lut in-process, best of 50. dcm2pnm: a whole process (load,
#    window, write PGM), best of 10, so it includes start-up and I/O (it has no in-process timer).
# 2. Thumbnail (256 px) of the 3072x2614 12-bit deid-data/animals_cat.dcm, decode included:
#    vetdicom render-bench --size 256 (decode + render + area-average resample, in-process) and the
#    whole `vetdicom render --size 256x256 -o x.png` process; pydicom + PIL (dcmread, pixel_array,
#    LUTs, 8 bits, Image.thumbnail BOX); `dcm2pnm --scale-x-size 256 +Wi 1 +on` (process).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CLI=${1:-$ROOT/.build-render-rel/release/vetdicom-cli}
CORPUS=${VETDICOM_CORPUS:-$ROOT/../shared/corpus}
CT=$CORPUS/orthanc-tests/SignedCT.dcm
CAT=$CORPUS/deid-data/animals_cat.dcm
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

best_process() {  # best_process N CMD... -> best wall time in ms
    n=$1; shift
    python3 - "$n" "$@" <<'PY'
import subprocess, sys, time
n = int(sys.argv[1]); cmd = sys.argv[2:]
b = float("inf")
for _ in range(n):
    t = time.perf_counter(); subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    b = min(b, time.perf_counter() - t)
print("%.2f" % (b * 1e3))
PY
}

echo "== window/level, 512x512 16-bit ($CT)"
"$CLI" render-bench "$CT" --iterations 200
python3 "$HERE/bench_python.py" window "$CT" 50
echo "dcm2pnm_process_ms: $(best_process 10 dcm2pnm +Wi 1 "$CT" "$TMP/ct.pgm")"
echo "vetdicom_render_process_ms: $(best_process 10 "$CLI" render "$CT" -o "$TMP/ct.png")"
echo
echo "== thumbnail 256 px of 3072x2614 12-bit ($CAT)"
"$CLI" render-bench "$CAT" --iterations 10 --size 256x256
echo "vetdicom_render_process_ms: $(best_process 5 "$CLI" render "$CAT" --size 256x256 -o "$TMP/cat.png")"
python3 "$HERE/bench_python.py" thumb "$CAT" 5
echo "dcm2pnm_process_ms: $(best_process 5 dcm2pnm --scale-x-size 256 +Wi 1 +on "$CAT" "$TMP/cat_dcmtk.png")"
