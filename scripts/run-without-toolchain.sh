#!/bin/sh
# run-without-toolchain.sh PROGRAM [ARGS...]
#
# Runs a program linked against libvetdicom with the Swift toolchain out of every search path:
#   1. neither the program nor libvetdicom may mention the toolchain (ldd, RUNPATH/RPATH);
#   2. the program runs with an empty environment (env -i: no LD_LIBRARY_PATH, no PATH);
#   3. if a private mount namespace is allowed (root, unshare -m), the toolchain folder
#      (SWIFT_TOOLCHAIN_DIR, default the `swift` found on PATH, else /opt/swift) is hidden
#      under an empty directory while the program runs.
# Exit status: the program's, or 1 when a check fails.
set -u

if [ $# -lt 1 ]; then
    echo "usage: $0 PROGRAM [ARGS...]" >&2
    exit 2
fi
prog=$1

toolchain=${SWIFT_TOOLCHAIN_DIR:-}
if [ -z "$toolchain" ]; then
    swift=$(command -v swift 2>/dev/null || true)
    if [ -n "$swift" ]; then
        swift=$(readlink -f "$swift")
        toolchain=$(dirname "$(dirname "$(dirname "$swift")")")   # <root>/usr/bin/swift -> <root>
    elif [ -d /opt/swift ]; then
        toolchain=/opt/swift
    fi
fi
echo "Swift toolchain: ${toolchain:-(not found)}"

status=0
deps=$(env -i ldd "$prog" 2>&1)
echo "ldd $prog:"
echo "$deps"
if echo "$deps" | grep -q "not found"; then
    echo "FAIL: unresolved libraries"
    status=1
fi
if echo "$deps" | grep -qi "swift"; then
    echo "FAIL: the program resolves Swift libraries"
    status=1
fi
if [ -n "$toolchain" ] && echo "$deps" | grep -qF "$toolchain/"; then
    echo "FAIL: the program resolves libraries from $toolchain"
    status=1
fi
lib=$(echo "$deps" | sed -n 's/^[[:space:]]*libvetdicom\.so[^ ]* => \([^ ]*\) .*/\1/p')
for f in "$prog" $lib; do
    rp=$(readelf -d "$f" 2>/dev/null | sed -n 's/.*(R\(UN\)\{0,1\}PATH).*\[\(.*\)\]/\2/p')
    echo "RUNPATH of $f: ${rp:-(none)}"
    case "$rp" in
        *swift*) echo "FAIL: $f has a Swift toolchain RUNPATH"; status=1 ;;
    esac
done
[ $status -eq 0 ] || exit $status

hidden=0
if [ -n "$toolchain" ] && [ -d "$toolchain" ] && command -v unshare >/dev/null 2>&1; then
    empty=$(mktemp -d)
    # The inner shell bind-mounts the empty folder over the toolchain, proves it is hidden, then
    # replaces itself with the program under an empty environment.
    if unshare -m sh -c 'mount --bind "$1" "$2" 2>/dev/null && [ -z "$(ls -A "$2")" ]' sh "$empty" "$toolchain" \
        2>/dev/null; then
        hidden=1
        echo "running with $toolchain hidden (mount namespace) and env -i:"
        unshare -m sh -c 'mount --bind "$1" "$2" && shift 2 && exec env -i "$@"' sh "$empty" "$toolchain" "$@"
        status=$?
    fi
    rmdir "$empty"
fi
if [ $hidden -eq 0 ]; then
    echo "note: cannot hide $toolchain (no mount namespace permitted); running with env -i only"
    env -i "$@"
    status=$?
fi
echo "exit status $status"
exit $status
