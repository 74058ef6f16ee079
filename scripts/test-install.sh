#!/bin/sh
# test-install.sh BUILD_DIR SOURCE_DIR WORK_DIR [SAMPLE.dcm]
#
# Installs the build into WORK_DIR/prefix, checks the installed files, builds examples/c out of
# tree with find_package(vetdicom) and links a program with pkg-config, then runs both (on
# SAMPLE.dcm if given, else only the usage path).
set -eu

build=$1
src=$2
work=$3
sample=${4:-}
prefix=$work/prefix

rm -rf "$work"
mkdir -p "$work"

echo "== cmake --install $build --prefix $prefix"
cmake --install "$build" --prefix "$prefix" >"$work/install.log"
cat "$work/install.log"

libdir=
for d in lib lib64 lib/x86_64-linux-gnu lib/aarch64-linux-gnu; do
    if [ -e "$prefix/$d/libvetdicom.so" ]; then libdir=$prefix/$d; break; fi
done
[ -n "$libdir" ] || { echo "FAIL: no libvetdicom.so under $prefix/lib*"; exit 1; }

fail=0
check() { # check DESCRIPTION COMMAND...
    d=$1; shift
    if "$@"; then echo "ok: $d"; else echo "FAIL: $d"; fail=1; fi
}
check "include/vetdicom/vetdicom.h" test -f "$prefix/include/vetdicom/vetdicom.h"
real=$(cd "$libdir" && ls libvetdicom.so.*.*.* 2>/dev/null | head -n 1)
check "the library file libvetdicom.so.X.Y.Z ($real)" test -n "$real" -a -f "$libdir/$real" -a ! -L "$libdir/$real"
soname=$(readelf -d "$libdir/$real" | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')
check "SONAME symlink $soname -> $real" test -L "$libdir/$soname" -a "$(readlink "$libdir/$soname")" = "$real"
check "dev symlink libvetdicom.so -> $soname" test -L "$libdir/libvetdicom.so" -a "$(readlink "$libdir/libvetdicom.so")" = "$soname"
check "pkgconfig/vetdicom.pc" test -f "$libdir/pkgconfig/vetdicom.pc"
check "cmake/vetdicom/vetdicomConfig.cmake" test -f "$libdir/cmake/vetdicom/vetdicomConfig.cmake"
check "cmake/vetdicom/vetdicomConfigVersion.cmake" test -f "$libdir/cmake/vetdicom/vetdicomConfigVersion.cmake"
check "bin/vetdicom" test -x "$prefix/bin/vetdicom"
[ $fail -eq 0 ] || exit 1

echo "== find_package(vetdicom): examples/c out of tree"
cmake -S "$src/examples/c" -B "$work/examples-c" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release \
    >"$work/configure.log" 2>&1 || { cat "$work/configure.log"; echo "FAIL: configure"; exit 1; }
cmake --build "$work/examples-c" --target patient_info >"$work/build.log" 2>&1 \
    || { cat "$work/build.log"; echo "FAIL: build"; exit 1; }
app=$work/examples-c/patient_info
echo "built $app; it links:"
readelf -d "$app" | grep -E 'NEEDED|RUNPATH|RPATH' || true
if ! readelf -d "$app" | grep -q 'libvetdicom.so.1'; then echo "FAIL: not linked to the SONAME"; exit 1; fi
if ldd "$app" | grep -F "$build/lib" >/dev/null; then
    echo "FAIL: the out-of-tree build resolves libvetdicom from the build tree, not the install"; exit 1
fi

echo "== pkg-config"
export PKG_CONFIG_PATH="$libdir/pkgconfig"
flags=$(pkg-config --cflags --libs vetdicom) || { echo "FAIL: pkg-config --cflags --libs vetdicom"; exit 1; }
echo "pkg-config --cflags --libs vetdicom: $flags"
version=$(pkg-config --modversion vetdicom)
echo "pkg-config --modversion vetdicom: $version"
${CC:-cc} "$src/examples/c/patient_info.c" $flags -o "$work/patient_info_pc" \
    || { echo "FAIL: compile with pkg-config flags"; exit 1; }

if [ -n "$sample" ]; then
    echo "== run on $sample"
    "$app" "$sample" >"$work/find_package.out"
    cat "$work/find_package.out"
    grep -q "Animal name:" "$work/find_package.out" || { echo "FAIL: no Animal name line"; exit 1; }
    LD_LIBRARY_PATH="$libdir" "$work/patient_info_pc" "$sample" >"$work/pkg_config.out"
    cmp "$work/find_package.out" "$work/pkg_config.out" \
        || { echo "FAIL: the pkg-config build printed something else"; exit 1; }
    "$prefix/bin/vetdicom" info "$sample" >/dev/null || { echo "FAIL: installed bin/vetdicom info"; exit 1; }
else
    set +e
    "$app" >/dev/null 2>&1; rc=$?
    set -e
    [ $rc -eq 2 ] || { echo "FAIL: usage exit status $rc, want 2"; exit 1; }
fi
echo "OK: install, find_package and pkg-config consumers work"
