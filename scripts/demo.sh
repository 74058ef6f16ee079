#!/bin/sh
# scripts/demo.sh - build vetdicom and show it working on a generated veterinary DICOM file.
#
#   scripts/demo.sh
#
# Installs missing Debian packages (apt-get, as root or through sudo) and Python packages (pip),
# builds with CMake, writes a sample file with `vetdicom sample` (a synthetic 12-bit
# radiograph with animal, owner, species and breed), then runs `vetdicom info`, `vetdicom dump`
# and the C examples on it.
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
