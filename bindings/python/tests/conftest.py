"""Shared fixtures for the vetdicom Python tests.

Run with the library under test:  VETDICOM_LIBRARY=/path/to/libvetdicom.so.1 python -m pytest
The real-file corpus is read from VETDICOM_CORPUS (default: ../shared/corpus beside the
checkout); tests that need it are skipped with a message when it is absent.
"""

import json
import math
import os
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
PACKAGE_ROOT = HERE.parent  # bindings/python
REPO_ROOT = PACKAGE_ROOT.parent.parent

# Test the package of this source tree, not an installed copy (VETDICOM_TEST_INSTALLED=1 tests
# the installed one, e.g. after `pip install bindings/python`).
if os.environ.get("VETDICOM_TEST_INSTALLED") != "1":
    sys.path.insert(0, str(PACKAGE_ROOT / "src"))
import vetdicom  # noqa: E402,F401


def corpus_dir():
    env = os.environ.get("VETDICOM_CORPUS")
    path = Path(env) if env else (REPO_ROOT.parent / "shared" / "corpus")
    return path if (path / "manifest.json").is_file() else None


_MANIFEST = None


def manifest():
    global _MANIFEST
    if _MANIFEST is None:
        d = corpus_dir()
        _MANIFEST = json.loads((d / "manifest.json").read_text()) if d else {"files": []}
    return _MANIFEST


def corpus_entries(predicate=lambda e: True):
    """pytest params (one per manifest entry matching predicate), id = corpus path."""
    return [pytest.param(e, id=e["path"]) for e in manifest()["files"] if predicate(e)]


@pytest.fixture
def corpus():
    d = corpus_dir()
    if d is None:
        pytest.skip("DICOM corpus not found: set VETDICOM_CORPUS to the folder holding manifest.json")
    return d


def corpus_path(entry):
    d = corpus_dir()
    if d is None:
        pytest.skip("DICOM corpus not found: set VETDICOM_CORPUS to the folder holding manifest.json")
    return d / entry["path"]


# ------------------------------------------------------------------------------------------------
# Synthetic files written with pydicom
# ------------------------------------------------------------------------------------------------


def write_dicom(path, ds, transfer_syntax="1.2.840.10008.1.2.1", sop_class="1.2.840.10008.5.1.4.1.1.7"):
    """Writes `ds` (a pydicom Dataset) as a Part 10 file with the given transfer syntax."""
    from pydicom.dataset import FileMetaDataset
    from pydicom.uid import generate_uid

    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = sop_class
    meta.MediaStorageSOPInstanceUID = generate_uid(entropy_srcs=[str(path)])
    meta.TransferSyntaxUID = transfer_syntax
    ds.file_meta = meta
    if "SOPClassUID" not in ds:
        ds.SOPClassUID = sop_class
    if "SOPInstanceUID" not in ds:
        ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.save_as(str(path), enforce_file_format=True)
    return Path(path)


def image_dataset(rows, columns, frames, samples, bits_allocated, bits_stored, signed, pixels, photometric,
                  planar=0):
    """A pydicom Dataset with native pixel data (pixels: bytes in the file layout)."""
    from pydicom.dataset import Dataset

    ds = Dataset()
    ds.PatientName = "Owner^Rex"
    ds.Modality = "OT"
    ds.Rows = rows
    ds.Columns = columns
    if frames != 1:
        ds.NumberOfFrames = frames
    ds.SamplesPerPixel = samples
    ds.BitsAllocated = bits_allocated
    ds.BitsStored = bits_stored
    ds.HighBit = bits_stored - 1
    ds.PixelRepresentation = 1 if signed else 0
    ds.PhotometricInterpretation = photometric
    if samples > 1:
        ds.PlanarConfiguration = planar
    ds.PixelData = pixels
    return ds


# ------------------------------------------------------------------------------------------------
# Value normalisation for comparing with pydicom
# ------------------------------------------------------------------------------------------------

BINARY_VRS = {"OB", "OW", "OD", "OF", "OL", "OV", "UN"}
PIXEL_TAGS = {0x7FE00010, 0x7FE00008, 0x7FE00009}
INT_VRS = {"US", "SS", "UL", "SL", "UV", "SV"}
FLOAT_VRS = {"FL", "FD"}


def is_bulk_vr(vr):
    return vr in BINARY_VRS or " or " in vr or vr == ""


def _to_list(value):
    from pydicom.multival import MultiValue

    if value is None:
        return []
    if isinstance(value, (list, tuple, MultiValue)):
        return list(value)
    return [value]


def _norm_pn(text):
    groups = [g.rstrip("^ ").strip() for g in str(text).split("=")]
    while groups and groups[-1] == "":
        groups.pop()
    return "=".join(groups)


def _num(v, kind):
    if isinstance(v, str):
        s = v.strip()
        if not s:
            return None
        try:
            f = float(s)
        except ValueError:
            return s
    else:
        f = float(v)
    if kind is int and f.is_integer():
        return int(f)
    return f


def norm_value(vr, value, norm_ds):
    if vr == "SQ":
        return [norm_ds(item) for item in (value or [])]
    out = []
    for v in _to_list(value):
        if v is None:
            out.append(None)
        elif vr == "PN":
            out.append(_norm_pn(v))
        elif vr in ("IS", "DS"):
            # A DS/IS that is not a number can't be a DICOM JSON number (PS3.18 F.2.3):
            # vetdicom writes null, so both sides compare as absent.
            n = _num(v, int if vr == "IS" else float)
            out.append(None if isinstance(n, str) else n)
        elif vr in FLOAT_VRS:
            out.append(_num(v, float))
        elif vr in INT_VRS or vr == "AT":
            out.append(int(v))
        else:
            out.append(str(v).strip(" \x00"))
    if all(x is None or x == "" for x in out):
        return []
    return out


def values_equal(a, b):
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(values_equal(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return False  # compared by compare_norm
    if isinstance(a, float) or isinstance(b, float):
        try:
            fa, fb = float(a), float(b)
        except (TypeError, ValueError):
            return a == b
        if math.isnan(fa) and math.isnan(fb):
            return True
        return math.isclose(fa, fb, rel_tol=1e-9, abs_tol=1e-12)
    return a == b


SKIP = "<bulk or binary: not compared>"


def pydicom_norm(ds, skip_meta=True):
    """{tag: (vr, normalised value)} of a pydicom Dataset; bulk/binary elements have the value
    SKIP (so a private element that one side reads as UN and the other through a private
    dictionary is left out), group lengths (gggg,0000) are left out."""
    out = {}
    for elem in ds:
        tag = int(elem.tag)
        if skip_meta and (tag >> 16) == 0x0002:
            continue
        if tag & 0xFFFF == 0:
            continue
        vr = elem.VR
        if tag in PIXEL_TAGS or is_bulk_vr(vr):
            out[tag] = (vr, SKIP)
            continue
        out[tag] = (vr, norm_value(vr, elem.value, lambda item: pydicom_norm(item, skip_meta)))
    return out


def vetdicom_norm(ds, skip_meta=True):
    """The same for a vetdicom.Dataset (values converted by the package)."""
    out = {}
    for elem in ds:
        tag = elem.tag
        if skip_meta and (tag >> 16) == 0x0002:
            continue
        if tag & 0xFFFF == 0:
            continue
        vr = elem.vr
        if tag in PIXEL_TAGS or is_bulk_vr(vr):
            out[tag] = (vr, SKIP)
            continue
        out[tag] = (vr, norm_value(vr, elem.value, lambda item: vetdicom_norm(item, skip_meta)))
    return out


def compare_norm(ours, ref, where="", problems=None):
    """Differences between two normalised data sets, as readable strings."""
    if problems is None:
        problems = []
    for tag in sorted(set(ours) | set(ref)):
        name = "%s(%04X,%04X)" % (where, tag >> 16, tag & 0xFFFF)
        if ours.get(tag, (None, None))[1] is SKIP or ref.get(tag, (None, None))[1] is SKIP:
            continue
        if tag not in ours:
            problems.append("%s missing (reference %s %r)" % (name, ref[tag][0], ref[tag][1]))
            continue
        if tag not in ref:
            problems.append("%s unexpected (%s %r)" % (name, ours[tag][0], ours[tag][1]))
            continue
        (vr_o, v_o), (vr_r, v_r) = ours[tag], ref[tag]
        if vr_o != vr_r:
            if (tag >> 16) % 2 == 1:
                continue  # private element: VR dictionaries legitimately differ
            problems.append("%s VR %s != reference %s" % (name, vr_o, vr_r))
            continue
        if vr_o == "SQ":
            if len(v_o) != len(v_r):
                problems.append("%s %d items != reference %d" % (name, len(v_o), len(v_r)))
                continue
            for i, (a, b) in enumerate(zip(v_o, v_r)):
                compare_norm(a, b, "%s[%d]." % (name, i), problems)
        elif not values_equal(v_o, v_r):
            problems.append("%s %s %r != reference %r" % (name, vr_o, v_o, v_r))
    return problems
