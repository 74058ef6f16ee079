#!/usr/bin/env python3
"""Checks examples/c/raw_to_dx (run by ctest): writes a synthetic 16-bit detector dump and a
16-bit PGM, converts each with the example and the sidecar, then checks the DICOM written:
pydicom reads the patient of the sidecar and pixels equal to the input, and dciodvfy
(dicom3tools) reports no error (skipped with a message when dciodvfy is absent).

    vd_check_create.py SIDECAR.json WORKDIR EXE
"""

import json
import shutil
import subprocess
import sys
from pathlib import Path


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def detector_dump(rows, columns):
    """A deterministic 12-bit test pattern (gradient plus a bright disc), row-major."""
    out = []
    for y in range(rows):
        for x in range(columns):
            v = (x * 7 + y * 3) % 4096
            if (x - columns // 2) ** 2 + (y - rows // 2) ** 2 < (rows // 4) ** 2:
                v = 3900
            out.append(v)
    return out


def check(path, pixels, rows, columns, sidecar):
    import numpy as np
    import pydicom

    ds = pydicom.dcmread(path)
    p = sidecar["patient"]
    want_name = "%s^%s" % (p["owner_family_name"], p["animal_name"])
    if str(ds.PatientName) != want_name:
        fail("PatientName %r, want %r" % (str(ds.PatientName), want_name))
    for keyword, key in (("PatientID", "patient_id"), ("PatientSpeciesDescription", "species_description"),
                         ("PatientBreedDescription", "breed_description"), ("PatientSexNeutered", "neutered")):
        if str(ds.get(keyword, "")) != p[key]:
            fail("%s %r, want %r" % (keyword, ds.get(keyword), p[key]))
    if ds.SOPClassUID != "1.2.840.10008.5.1.4.1.1.1.1" or ds.PresentationIntentType != "FOR PRESENTATION":
        fail("not a DX For Presentation object: %s" % ds.SOPClassUID)
    if ds.StudyDescription != sidecar["attributes"]["StudyDescription"]:
        fail("StudyDescription %r" % ds.StudyDescription)
    arr = ds.pixel_array
    want = np.array(pixels, dtype=np.uint16).reshape(rows, columns)
    if arr.shape != want.shape or not np.array_equal(arr, want):
        fail("pixels differ from the detector dump")
    exe = shutil.which("dciodvfy")
    if exe is None:
        print("dciodvfy (dicom3tools) not installed: IOD check skipped")
        return
    r = subprocess.run([exe, str(path)], capture_output=True, text=True, timeout=60)
    errors = [line for line in (r.stdout + r.stderr).splitlines() if "Error" in line]
    if errors:
        fail("dciodvfy %s:\n%s" % (path, r.stdout + r.stderr))
    print("dciodvfy %s: no error" % path.name)


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    sidecar_path, workdir, exe = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    workdir.mkdir(parents=True, exist_ok=True)
    sidecar = json.loads(sidecar_path.read_text())
    rows, columns = sidecar["rows"], sidecar["columns"]
    pixels = detector_dump(rows, columns)
    raw = workdir / "detector.raw"
    raw.write_bytes(b"".join(v.to_bytes(2, "little") for v in pixels))
    pgm = workdir / "detector.pgm"
    pgm.write_bytes(b"P5\n# detector\n%d %d\n4095\n" % (columns, rows) + b"".join(v.to_bytes(2, "big") for v in pixels))
    for source in (raw, pgm):
        out = workdir / (source.stem + "_" + source.suffix[1:] + ".dcm")
        r = subprocess.run([exe, str(source), str(sidecar_path), str(out)], capture_output=True, text=True, timeout=120)
        if r.returncode != 0:
            fail("%s %s exited %d: %s" % (exe, source, r.returncode, r.stderr))
        print(r.stdout.strip())
        check(out, pixels, rows, columns, sidecar)
    # Errors are reported, not crashed on.
    r = subprocess.run([exe, str(raw), str(workdir / "missing.json"), str(workdir / "x.dcm")], capture_output=True,
                       text=True, timeout=60)
    if r.returncode == 0 or "cannot read" not in r.stderr:
        fail("a missing sidecar was not reported: %d %s" % (r.returncode, r.stderr))
    print("raw_to_dx: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
