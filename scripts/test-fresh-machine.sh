#!/bin/sh
# scripts/test-fresh-machine.sh [SCRIPT...] - runs the README's first commands (scripts/test.sh,
# scripts/demo.sh) the way a fresh Debian machine does, with every outside program stubbed
# through PATH: dpkg reports every package missing, apt-get and pip only log what they are asked
# to install, `id -u` says root (then again a non-root user with sudo), and cmake records its
# arguments and stops the script. Checks that the dependency step ran and that cmake was given
# the checkout's path (`-S <checkout>`) and its build directory: the class of bug where a
# helper of setup-deps.sh clobbered the caller's variables ($root) cannot come back unseen.
# Exit status 0 when every script passed.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
scripts=${*:-"test.sh demo.sh"}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
stubs=$tmp/bin
mkdir -p "$stubs"
log=$tmp/log
realpy=$(command -v python3)

stub() { printf '#!/bin/sh\n%s\n' "$2" > "$stubs/$1"; chmod +x "$stubs/$1"; }
stub dpkg 'exit 1'                                               # every package missing
stub apt-get 'echo "apt-get $*" >> "$VD_STUB_LOG"; exit 0'
stub sudo 'if [ "$1" = -n ]; then shift; fi; "$@"'
stub id 'if [ "$1" = -u ]; then echo "$VD_STUB_UID"; else echo "uid=$VD_STUB_UID"; fi'
stub swift 'echo "swift $*" >> "$VD_STUB_LOG"; exit 0'
stub cmake 'echo "cmake $*" >> "$VD_STUB_LOG"; exit 97'          # stop after configure
stub nproc 'echo 2'
# python3: the import check reports pytest missing, pip only logs; everything else is real.
cat > "$stubs/python3" <<PYEOF
#!/bin/sh
if [ "\$1" = - ]; then cat >/dev/null; echo "pytest"; exit 0; fi
if [ "\$1" = -m ] && [ "\$2" = pip ]; then echo "pip \$*" >> "\$VD_STUB_LOG"; exit 0; fi
exec "$realpy" "\$@"
PYEOF
chmod +x "$stubs/python3"

fails=0
for s in $scripts; do
    for uid in 0 1000; do
        : > "$log"
        build=$tmp/build-$s
        env -u VETDICOM_BUILD_DIR -u VETDICOM_SKIP_DEPS PATH="$stubs:$PATH" VD_STUB_LOG="$log" VD_STUB_UID=$uid \
            PYTHON= sh "$root/scripts/$s" > "$tmp/out" 2>&1
        status=$?
        problems=""
        grep -q '^apt-get .*install' "$log" || problems="$problems; apt-get install was not run"
        grep -q '^pip .*install' "$log" || problems="$problems; pip install was not run"
        grep -q "^cmake -S $root -B $root/build" "$log" \
            || problems="$problems; cmake was not given '-S $root -B $root/build'"
        [ "$status" -ne 0 ] || problems="$problems; the script did not stop at the cmake stub"
        if [ -n "$problems" ]; then
            echo "FAIL: scripts/$s as uid $uid${problems}"
            echo "  stub log:"; sed 's/^/    /' "$log"
            echo "  output:"; tail -n 20 "$tmp/out" | sed 's/^/    /'
            fails=$((fails + 1))
        else
            echo "ok: scripts/$s as uid $uid: $(grep -c . "$log") stubbed calls, $(grep '^cmake' "$log" | head -n 1)"
        fi
    done
done
exit $fails
