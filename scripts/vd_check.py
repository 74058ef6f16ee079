#!/usr/bin/env python3
"""Checks run by ctest on the built library, the examples and the sample file.

    vd_check.py exports HEADER LIBRARY [--soname NAME]   exported symbols == header functions
    vd_check.py coverage HEADER SOURCE.c                 SOURCE calls every header function
    vd_check.py deps LIBRARY                             ldd/RUNPATH: no Swift toolchain, only allowed libs
    vd_check.py sample FILE.dcm                          the `vetdicom sample` output is sane
    vd_check.py patient-output SAMPLE -- CMD...          CMD prints the sample's patient and image
    vd_check.py error-output -- CMD...                   CMD fails cleanly with status and message
    vd_check.py decode-output SAMPLE OUT -- CMD...       CMD writes frame 0 of SAMPLE as PGM/PPM to OUT

Each prints what it compared and exits 0 (pass) or 1 (fail, with the differences).
Standard library only; pydicom/numpy are used for reference values when installed.
"""
import argparse
import os
import re
import subprocess
import sys

# Libraries libvetdicom may depend on (basename up to ".so").
ALLOWED_LIBS = {
    "linux-vdso", "linux-gate", "libc", "libm", "libstdc++", "libgcc_s", "libz", "libdeflate", "libturbojpeg",
    "libopenjp2", "libopenjph", "libcharls", "libpng16", "libpthread", "libdl", "librt",
}


def fail(msg):
    print("FAIL: " + msg)
    return 1


def header_functions(header_path):
    """Names of the functions declared in a C header (comments and preprocessor lines removed)."""
    with open(header_path, encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    text = re.sub(r"//[^\n]*", " ", text)
    text = re.sub(r"^[ \t]*#(?:[^\n]*\\\n)*[^\n]*", " ", text, flags=re.M)
    names = set()
    # A declaration: return type, name, '(' ... ');'  (no function pointer typedefs in the header)
    for m in re.finditer(r"\b([A-Za-z_]\w*)\s*\(", text):
        name = m.group(1)
        if name.startswith("vetdicom_"):
            names.add(name)
    return names


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def cmd_exports(args):
    declared = header_functions(args.header)
    if not declared:
        return fail(f"no vetdicom_ functions found in {args.header}")
    r = run(["nm", "-D", "--defined-only", args.library])
    if r.returncode != 0:
        return fail(f"nm failed on {args.library}: {r.stderr.strip()}")
    exported = {}
    others = []
    for line in r.stdout.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        kind, name = parts[-2], parts[-1]
        base = name.split("@")[0]
        if kind == "A" and "@" not in name and re.fullmatch(r"VETDICOM_\d+", name):
            continue  # the symbol version node (ld.gold lists it; ld.lld does not)
        if not base.startswith("vetdicom_"):
            # Anything else in the dynamic symbol table, LOCAL or not: the whole table must be
            # the header's functions (gold used to leave 21 LOCAL Swift type descriptors here).
            others.append(f"{name} ({kind})")
            continue
        exported[base] = kind
    rc = 0
    if others:
        rc = fail(f"{len(others)} symbols other than vetdicom_* in the dynamic symbol table "
                  "(nm -D --defined-only):\n  " + "\n  ".join(others))
    missing = sorted(declared - exported.keys())
    extra = sorted(exported.keys() - declared)
    print(f"header {args.header}: {len(declared)} functions; {args.library}: {len(exported)} defined dynamic symbols")
    if missing:
        rc = fail(f"{len(missing)} declared in the header but not exported:\n  " + "\n  ".join(missing))
    if extra:
        rc = fail(f"{len(extra)} exported but not declared in the header:\n  "
                  + "\n  ".join(f"{n} ({exported[n]})" for n in extra))
    not_text = sorted(n for n in declared & exported.keys() if exported[n] not in ("T", "t", "W", "i"))
    if not_text:
        rc = fail("exported as non-functions: " + ", ".join(f"{n} ({exported[n]})" for n in not_text))
    if args.soname:
        r = run(["readelf", "-d", args.library])
        m = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", r.stdout)
        soname = m.group(1) if m else None
        print(f"SONAME: {soname}")
        if soname != args.soname:
            rc = fail(f"SONAME is {soname}, want {args.soname}")
    if rc == 0:
        print("OK: the exported symbols are exactly the header's functions")
    return rc


def cmd_coverage(args):
    declared = header_functions(args.header)
    with open(args.source, encoding="utf-8") as f:
        text = re.sub(r"/\*.*?\*/", " ", f.read(), flags=re.S)
    called = set(re.findall(r"\b(vetdicom_\w+)\s*\(", text))
    missing = sorted(declared - called)
    print(f"{len(declared)} header functions, {len(declared & called)} called in {args.source}")
    if missing:
        return fail("not called:\n  " + "\n  ".join(missing))
    print("OK: every header function is called")
    return 0


def cmd_deps(args):
    rc = 0
    r = run(["readelf", "-d", args.library])
    if r.returncode != 0:
        return fail(f"readelf failed: {r.stderr.strip()}")
    needed = re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", r.stdout)
    paths = re.findall(r"\((?:RUNPATH|RPATH)\)\s+Library r(?:un)?path: \[([^\]]*)\]", r.stdout)
    print("NEEDED: " + " ".join(needed))
    print("RUNPATH/RPATH: " + (" ".join(paths) if paths else "(none)"))
    for p in paths:
        if "swift" in p.lower():
            rc = fail(f"RUNPATH/RPATH mentions the Swift toolchain: {p}")
    r = run(["ldd", args.library], env={"PATH": os.environ.get("PATH", "/usr/bin:/bin")})
    print("ldd:\n" + r.stdout.rstrip())
    if r.returncode != 0:
        return fail(f"ldd failed: {r.stderr.strip()}")
    for line in r.stdout.splitlines():
        line = line.strip()
        if not line:
            continue
        name = os.path.basename(line.split()[0])
        base = name.split(".so")[0]
        if "not found" in line:
            rc = fail(f"unresolved dependency: {line}")
        elif "swift" in line.lower() or "foundation" in line.lower() or "dispatch" in line.lower():
            rc = fail(f"Swift runtime dependency: {line}")
        elif base not in ALLOWED_LIBS and not base.startswith("ld-linux"):
            rc = fail(f"dependency not in the allowed list: {line}")
    if rc == 0:
        print("OK: only system and codec libraries, no Swift toolchain")
    return rc


def try_pydicom(path):
    try:
        import pydicom  # noqa: F401
    except ImportError:
        print("note: pydicom is not installed; reference checks are reduced")
        return None
    import pydicom
    return pydicom.dcmread(path)


def cmd_sample(args):
    if not os.path.isfile(args.file):
        return fail(f"{args.file} does not exist (did `vetdicom sample` run?)")
    with open(args.file, "rb") as f:
        head = f.read(132)
    size = os.path.getsize(args.file)
    print(f"{args.file}: {size} bytes")
    if len(head) < 132 or head[128:132] != b"DICM":
        return fail("no 'DICM' at offset 128: not a Part 10 file")
    ds = try_pydicom(args.file)
    if ds is None:
        return 0
    rc = 0
    print(f"pydicom: PatientName={ds.get('PatientName')!s} Species={ds.get('PatientSpeciesDescription')} "
          f"Breed={ds.get('PatientBreedDescription')} Rows={ds.get('Rows')} Columns={ds.get('Columns')} "
          f"BitsStored={ds.get('BitsStored')} TS={ds.file_meta.get('TransferSyntaxUID')}")
    pn = ds.get("PatientName")
    if pn is None or not pn.given_name or not pn.family_name:
        rc = fail("PatientName should be OwnerFamilyName^AnimalName")
    for kw in ("PatientSpeciesDescription", "PatientBreedDescription", "ResponsiblePerson", "PixelData"):
        if kw not in ds:
            rc = fail(f"{kw} is missing")
    if ds.get("BitsStored") != 12:
        rc = fail(f"BitsStored is {ds.get('BitsStored')}, the sample is a 12-bit image")
    if rc == 0:
        print("OK: sample is a veterinary Part 10 file")
    return rc


def run_cmd(cmd):
    print("$ " + " ".join(cmd))
    r = run(cmd)
    sys.stdout.write(r.stdout)
    if r.stderr:
        sys.stdout.write("[stderr]\n" + r.stderr)
    print(f"[exit status {r.returncode}]")
    return r


def expect_line(output, label, value):
    """True if `output` has a line `  <label> <value>` (value compared exactly, spaces trimmed)."""
    pattern = r"^\s*" + re.escape(label) + r"\s+" + re.escape(str(value).strip()) + r"\s*$"
    return re.search(pattern, output, flags=re.M) is not None


def cmd_patient_output(args):
    r = run_cmd(args.cmd)
    if r.returncode != 0:
        return fail(f"exit status {r.returncode}")
    out = r.stdout
    rc = 0
    ds = try_pydicom(args.sample)
    if ds is None:
        if not re.search(r"^\s*Animal name:\s+[^-\s]", out, flags=re.M):
            rc = fail("no 'Animal name:' line")
        return rc
    pn = ds.PatientName
    expected = [
        ("Animal name:", pn.given_name),
        ("Owner family name:", pn.family_name),
        ("Patient ID:", ds.get("PatientID", "") or "-"),
        ("Species:", ds.get("PatientSpeciesDescription", "") or "-"),
        ("Breed:", ds.get("PatientBreedDescription", "") or "-"),
        ("Responsible person:", str(ds.get("ResponsiblePerson", "")) or "-"),
        ("Size (columns x rows):", f"{ds.Columns} x {ds.Rows}"),
        ("Frames:", int(ds.get("NumberOfFrames", 1) or 1)),
        ("Samples per pixel:", ds.SamplesPerPixel),
        ("Photometric:", ds.PhotometricInterpretation),
        ("Bits alloc/stored/high:", f"{ds.BitsAllocated} / {ds.BitsStored} / {ds.HighBit}"),
        ("Transfer syntax:", ds.file_meta.TransferSyntaxUID),
    ]
    for label, value in expected:
        if not expect_line(out, label, value):
            rc = fail(f"expected a line '{label} {value}' (reference: pydicom)")
    if rc == 0:
        print(f"OK: {len(expected)} lines match pydicom's reading of {args.sample}")
    return rc


def cmd_error_output(args):
    r = run_cmd(args.cmd)
    if r.returncode != 1:
        return fail(f"exit status {r.returncode}, want 1 for an unreadable file")
    m = re.search(r": ([^:\n]+) \((\d+)\): ([^\n]*)$", r.stderr, flags=re.M)
    if not m:
        return fail("stderr lacks 'STATUS TEXT (CODE): MESSAGE'")
    code = int(m.group(2))
    if not 1 <= code <= 99:
        return fail(f"status {code} is not a data error (1..99)")
    if not m.group(3).strip():
        return fail("vetdicom_last_error_message() was empty")
    print(f"OK: status {code} ({m.group(1)}), message: {m.group(3)}")
    return 0


def read_pnm(path):
    with open(path, "rb") as f:
        data = f.read()
    # P5/P6 header: magic, width, height, maxval separated by whitespace, then one whitespace byte.
    m = re.match(rb"(P[56])\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    if not m:
        raise ValueError(f"{path}: not a binary PGM/PPM")
    magic, w, h, maxval = m.group(1), int(m.group(2)), int(m.group(3)), int(m.group(4))
    return magic.decode(), w, h, maxval, data[m.end():]


def cmd_decode_output(args):
    if os.path.exists(args.out):
        os.remove(args.out)
    r = run_cmd(args.cmd)
    if r.returncode != 0:
        return fail(f"exit status {r.returncode}")
    try:
        magic, w, h, maxval, body = read_pnm(args.out)
    except (OSError, ValueError) as e:
        return fail(str(e))
    spp = 3 if magic == "P6" else 1
    bps = 2 if maxval > 255 else 1
    print(f"{args.out}: {magic} {w}x{h} maxval {maxval}, {len(body)} bytes of samples")
    if len(body) != w * h * spp * bps:
        return fail(f"sample bytes {len(body)} != {w}*{h}*{spp}*{bps}")
    ds = try_pydicom(args.sample)
    if ds is None:
        return 0
    try:
        import numpy as np
        ref = ds.pixel_array
    except Exception as e:  # no numpy, or no pydicom handler for this transfer syntax
        print(f"note: no reference pixels from pydicom ({e}); size checked only")
        return 0
    if ref.ndim == 3 and spp == 1 or (int(ds.get("NumberOfFrames", 1) or 1) > 1):
        ref = ref[0]
    if ref.shape[:2] != (h, w):
        return fail(f"size {w}x{h}, pydicom says {ref.shape[1]}x{ref.shape[0]}")
    dtype = ">u2" if bps == 2 else "u1"
    got = np.frombuffer(body, dtype=dtype).reshape(ref.shape)
    want = ref.astype(np.int64)
    if ref.dtype.kind == "i":
        want = want + (32768 if bps == 2 else 128)
    if maxval != (65535 if bps == 2 else 255):
        return fail(f"maxval {maxval}, want {65535 if bps == 2 else 255}")
    diff = np.count_nonzero(got.astype(np.int64) != want)
    if diff:
        return fail(f"{diff} of {want.size} samples differ from pydicom's pixel_array")
    print(f"OK: all {want.size} samples equal pydicom's pixel_array (min {int(want.min())}, max {int(want.max())})")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("exports"); p.add_argument("header"); p.add_argument("library"); p.add_argument("--soname")
    p.set_defaults(func=cmd_exports)
    p = sub.add_parser("coverage"); p.add_argument("header"); p.add_argument("source"); p.set_defaults(func=cmd_coverage)
    p = sub.add_parser("deps"); p.add_argument("library"); p.set_defaults(func=cmd_deps)
    p = sub.add_parser("sample"); p.add_argument("file"); p.set_defaults(func=cmd_sample)
    p = sub.add_parser("patient-output"); p.add_argument("sample"); p.add_argument("cmd", nargs="+")
    p.set_defaults(func=cmd_patient_output)
    p = sub.add_parser("error-output"); p.add_argument("cmd", nargs="+"); p.set_defaults(func=cmd_error_output)
    p = sub.add_parser("decode-output"); p.add_argument("sample"); p.add_argument("out"); p.add_argument("cmd", nargs="+")
    p.set_defaults(func=cmd_decode_output)
    args = ap.parse_args()
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
