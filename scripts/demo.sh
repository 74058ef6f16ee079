#!/bin/sh
# scripts/demo.sh - build vetdicom and show it working on a generated veterinary DICOM file.
#
#   scripts/demo.sh
#
# Installs missing Debian packages (apt-get, as root or through sudo) and Python packages (pip),
# builds with CMake, writes a sample file with `vetdicom sample` (a synthetic 12-bit
# radiograph with animal, owner, species and breed), then runs `vetdicom info`, `vetdicom dump`
# and the C examples on it, renders it, edits and transcodes it, converts a raw detector dump to
# DX, checks a damaged copy and runs the clinic-archive commands on a small folder.
# Environment: VETDICOM_BUILD_DIR (default <checkout>/build), VETDICOM_SKIP_DEPS=1.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/setup-deps.sh"
build=${VETDICOM_BUILD_DIR:-$root/build}

if [ "${VETDICOM_SKIP_DEPS:-0}" != 1 ]; then
    # shellcheck disable=SC2086
    vd_debian $VD_DEBIAN_BUILD
    vd_pip "numpy|numpy" "pydicom>=3|pydicom|3"
fi
vd_find_swift
python=$(python3 -c 'import sys; print(sys.executable)')

if [ -t 1 ]; then
    step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
else
    step() { printf '\n== %s\n' "$*"; }
fi

step "build (cmake; the Swift release build takes a few minutes the first time)"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DPython3_EXECUTABLE="$python" >/dev/null
cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)"

sample=$build/demo/sample.dcm
mkdir -p "$build/demo"
step "vetdicom sample $sample"
"$build/bin/vetdicom" sample "$sample"

step "vetdicom info $sample"
"$build/bin/vetdicom" info "$sample"

step "vetdicom dump $sample"
"$build/bin/vetdicom" dump "$sample"

step "C example: patient_info $sample"
"$build/examples/c/patient_info" "$sample"

step "C example: decode_frame $sample $build/demo/sample.pgm"
"$build/examples/c/decode_frame" "$sample" "$build/demo/sample.pgm"

step "vetdicom render $sample -o $build/demo/sample.png (window from the file) and a 256 px thumbnail"
"$build/bin/vetdicom" render "$sample" -o "$build/demo/sample.png"
"$build/bin/vetdicom" render "$sample" -o "$build/demo/sample_thumb.jpg" --size 256x256

step "vetdicom sample --cine, then decode every frame of the ultrasound loop"
"$build/bin/vetdicom" sample --cine "$build/demo/cine.dcm"
"$build/bin/vetdicom" decode "$build/demo/cine.dcm" -o "$build/demo/cine.raw"

step "vetdicom edit: fix the animal's name (the original file is untouched)"
"$build/bin/vetdicom" edit "$sample" "$build/demo/fixed.dcm" --set "PatientName=Smith^Buddy Jr" --delete StudyDescription
"$build/bin/vetdicom" info "$build/demo/fixed.dcm" | head -n 4

step "vetdicom transcode: the radiograph in JPEG-LS and HTJ2K lossless (same pixels, smaller files)"
"$build/bin/vetdicom" transcode "$sample" "$build/demo/sample_jls.dcm" --ts jpeg-ls
"$build/bin/vetdicom" transcode "$sample" "$build/demo/sample_htj2k.dcm" --ts htj2k
ls -l "$sample" "$build/demo/sample_jls.dcm" "$build/demo/sample_htj2k.dcm"
"$build/bin/vetdicom" decode "$build/demo/sample_htj2k.dcm" -o "$build/demo/htj2k.raw"
"$build/bin/vetdicom" decode "$sample" -o "$build/demo/native.raw"
cmp "$build/demo/htj2k.raw" "$build/demo/native.raw" && echo "HTJ2K round trip: identical pixels"

step "C example: raw_to_dx (a raw 16-bit detector dump + JSON sidecar -> DX for presentation)"
python3 -c "import sys; sys.stdout.buffer.write(bytes((i * 7) & 0xFF for i in range(512 * 512 * 2)))" > "$build/demo/detector.raw"
"$build/examples/c/raw_to_dx" "$build/demo/detector.raw" "$root/examples/data/dx_sidecar.json" "$build/demo/detector_dx.dcm" \
    && "$build/bin/vetdicom" info "$build/demo/detector_dx.dcm" | head -n 4

step "vetdicom check: what is wrong with a file (a copy cut short by 1000 bytes)"
head -c "$(( $(wc -c < "$sample") - 1000 ))" "$sample" > "$build/demo/cut.dcm"
"$build/bin/vetdicom" check "$build/demo/cut.dcm" || true

step "the clinic's archive: who is who, and storage"
mkdir -p "$build/demo/archive/a" "$build/demo/archive/b"
cp "$sample" "$build/demo/archive/a/IMG0001"
cp "$build/demo/fixed.dcm" "$build/demo/archive/b/buddy.dcm"
cp "$build/demo/sample_jls.dcm" "$build/demo/archive/b/buddy_jls.dcm"
"$build/bin/vetdicom" patients "$build/demo/archive"
"$build/bin/vetdicom" storage "$build/demo/archive" --html "$build/demo/storage.html"
"$build/bin/vetdicom" deidentify "$build/demo/archive" "$build/demo/referral"

if [ -f "$root/examples/python/patient_info.py" ]; then
    step "Python example: patient_info.py $sample"
    VETDICOM_LIBRARY="$build/lib/libvetdicom.so.1" PYTHONPATH="$root/bindings/python/src" \
        "$python" "$root/examples/python/patient_info.py" "$sample"
fi

step "done"
echo "library:  $build/lib/libvetdicom.so.1 (ldd shows no Swift toolchain)"
echo "command:  $build/bin/vetdicom"
echo "examples: $build/examples/c/, $build/examples/cpp/"
echo "pictures: $build/demo/sample.png, $build/demo/sample_thumb.jpg"
echo "written:  $build/demo/fixed.dcm, sample_jls.dcm, sample_htj2k.dcm, detector_dx.dcm, storage.html, referral/"
