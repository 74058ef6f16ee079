#!/bin/sh
# setup-deps.sh [--debian PKG...] [--pip SPEC=MODULE...]
#
# Installs what is missing, quickly doing nothing when everything is present:
#   Debian packages: checked one by one with `dpkg -s`; missing ones are installed with
#                    apt-get (as root, or through sudo) after one `apt-get update`.
#   Python packages: given as REQUIREMENT=IMPORT_CHECK (e.g. "pydicom>=3=pydicom:3");
#                    checked with one `python3 -c`; missing ones are installed with pip.
# Also puts the Swift toolchain on PATH for the caller when sourced (see find_swift).
# Meant to be sourced by demo.sh/test.sh (it defines functions) or run directly.

vd_log() { printf '%s\n' "[vetdicom] $*" >&2; }

# Prints the command prefix that gives root ("" when already root), or fails.
vd_root_prefix() {
    if [ "$(id -u)" -eq 0 ]; then
        echo ""
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        echo "sudo"
    elif command -v sudo >/dev/null 2>&1 && [ -t 0 ]; then
        echo "sudo"   # will ask for a password
    else
        return 1
    fi
}

# vd_debian PKG...: installs the Debian packages that are not installed.
vd_debian() {
    missing=""
    for p in "$@"; do
        dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
    done
    if [ -z "$missing" ]; then
        vd_log "Debian packages: all $# present"
        return 0
    fi
    if ! command -v apt-get >/dev/null 2>&1; then
        vd_log "missing packages:$missing (no apt-get here: install them by hand)"
        return 1
    fi
    if ! vd_sudo=$(vd_root_prefix); then
        vd_log "missing packages:$missing"
        vd_log "run as root or with sudo: apt-get install -y$missing"
        return 1
    fi
    vd_log "installing Debian packages:$missing"
    $vd_sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq || return 1
    # shellcheck disable=SC2086
    $vd_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing || return 1
}

# vd_pip "REQUIREMENT|MODULE[|MIN_MAJOR]"...: installs the Python packages whose module does not import.
vd_pip() {
    py=${PYTHON:-python3}
    missing=$("$py" - "$@" <<'PYEOF'
import importlib, sys
out = []
for spec in sys.argv[1:]:
    req, module, *rest = spec.split("|")
    try:
        m = importlib.import_module(module)
        if rest:
            major = int(str(getattr(m, "__version__", "0")).split(".")[0])
            if major < int(rest[0]):
                raise ImportError(f"{module} {m.__version__} is too old")
    except Exception:
        out.append(req)
print(" ".join(out))
PYEOF
) || { vd_log "cannot run $py"; return 1; }
    if [ -z "$missing" ]; then
        vd_log "Python packages: all $# present"
        return 0
    fi
    vd_log "installing Python packages: $missing"
    flags=""
    # Debian's system Python refuses pip installs (PEP 668) unless told otherwise.
    if "$py" -c 'import os, sys, sysconfig; sys.exit(0 if sys.prefix == sys.base_prefix and os.path.exists(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")) else 1)'; then
        flags="--break-system-packages"
    fi
    if [ "$(id -u)" -ne 0 ] && [ "$("$py" -c 'import sys; print(int(sys.prefix == sys.base_prefix))')" = 1 ] \
        && ! [ -w "$("$py" -c 'import sysconfig; print(sysconfig.get_path("purelib"))')" ]; then
        flags="$flags --user"
    fi
    # shellcheck disable=SC2086
    "$py" -m pip install --quiet --disable-pip-version-check $flags $missing
}

# Puts `swift` on PATH (the toolchain is not a Debian package: https://www.swift.org/install/).
vd_find_swift() {
    if command -v swift >/dev/null 2>&1; then
        return 0
    fi
    for d in ${SWIFT_HOME:+"$SWIFT_HOME/usr/bin"} /opt/swift/usr/bin /usr/share/swift/usr/bin /usr/local/swift/usr/bin; do
        if [ -x "$d/swift" ]; then
            PATH="$d:$PATH"
            export PATH
            return 0
        fi
    done
    vd_log "the Swift toolchain (6.x) is not installed: get it from https://www.swift.org/install/linux/"
    vd_log "and unpack it to /opt/swift (or set SWIFT_HOME to its root)"
    return 1
}

# Debian packages needed to build the library, the examples and the C tests.
VD_DEBIAN_BUILD="cmake make gcc g++ pkg-config libturbojpeg0-dev libopenjp2-7-dev libcharls-dev libopenjph-dev zlib1g-dev libdeflate-dev libpng-dev python3 python3-pip"
# ... and to run every test (reference decoders and encoders used by the tests).
VD_DEBIAN_TEST="$VD_DEBIAN_BUILD dcmtk libgdcm-tools libopenjp2-tools openjph-tools dicom3tools patchelf chromium"
# Python packages for the tests: "requirement|module[|minimum major version]".
VD_PIP_TEST="pydicom>=3|pydicom|3 pylibjpeg|pylibjpeg pylibjpeg-libjpeg|libjpeg pylibjpeg-openjpeg|openjpeg pylibjpeg-rle|rle pyjpegls|jpeg_ls python-gdcm|gdcm numpy|numpy pillow|PIL pytest|pytest mypy|mypy pandas|pandas tqdm|tqdm dask[dataframe]|dask distributed|distributed wheel|wheel auditwheel|auditwheel imagecodecs|imagecodecs"
