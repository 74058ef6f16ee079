"""The private dictionary: every private element that pydicom types from its private dictionary
(the file gives no VR: implicit VR, or explicit UN) reads in vetdicom with pydicom's VR and value,
over the whole corpus (data sets and sequence items)."""

import warnings

import pytest

import vetdicom
from conftest import corpus_dir, manifest

pydicom = pytest.importorskip("pydicom")
from pydicom.datadict import private_dictionary_VR  # noqa: E402
from pydicom.multival import MultiValue  # noqa: E402


def _norm(v):
    if v is None or v == b"":
        return None  # an empty byte value: pydicom None, vetdicom b"" (by design)
    if isinstance(v, (list, MultiValue)):
        return [_norm(x) for x in v]
    if isinstance(v, bytes):
        return v
    if isinstance(v, float):
        return round(v, 6)
    if isinstance(v, int):
        return int(v)
    if v is None:
        return None
    s = str(v)
    try:
        return round(float(s), 6) if s.strip() and type(v).__name__ in ("DSfloat", "DSdecimal") else s
    except ValueError:
        return s


def _walk(pds, vds, path, out):
    """(path, tag, pydicom VR, pydicom value, vetdicom VR, vetdicom value) of the dictionary-typed
    private elements; recurses into sequences present in both."""
    for el in pds:
        if el.VR == "SQ":
            try:
                vitems = vds.sequence(el.tag)
            except vetdicom.VetDICOMError:
                continue
            for i, (pi, vi) in enumerate(zip(el.value, vitems)):
                _walk(pi, vi, "%s(%08X)[%d]." % (path, el.tag, i), out)
            continue
        if not el.tag.is_private or el.tag.element < 0x1000 or el.private_creator is None:
            continue
        try:
            dict_vr = private_dictionary_VR(el.tag, el.private_creator)
        except KeyError:
            continue
        if dict_vr[:2] != el.VR or el.VR == "UN":
            continue  # pydicom kept the file's VR, or the dictionary says UN
        try:
            vvr = vds.vr(el.tag)
            vval = vds[el.tag]
        except vetdicom.VetDICOMError as exc:
            vvr, vval = "error", str(exc)
        out.append((path + "(%08X)" % el.tag, el.VR, el.value, vvr, vval))


def test_private_dictionary_matches_pydicom():
    d = corpus_dir()
    if d is None:
        pytest.skip("DICOM corpus not found")
    checked = 0
    files = 0
    bad = []
    for e in manifest()["files"]:
        path = d / e["path"]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                pds = pydicom.dcmread(path, force=True, stop_before_pixels=True)
                vf = vetdicom.open(path)
            except Exception:  # noqa: BLE001 - files either reader refuses are covered elsewhere
                continue
            with vf:
                implicit = pds.file_meta.get("TransferSyntaxUID", "1.2.840.10008.1.2") == "1.2.840.10008.1.2" \
                    if hasattr(pds, "file_meta") else True
                found = []
                try:
                    _walk(pds, vf.dataset, "", found)
                except Exception:  # noqa: BLE001 - pydicom failed converting a value: skip the file
                    continue
        if found:
            files += 1
        for p, pvr, pval, vvr, vval in found:
            checked += 1
            if vvr != pvr or _norm(vval) != _norm(pval):
                bad.append((e["path"], p, pvr, vvr, repr(pval)[:60], repr(vval)[:60], implicit))
    assert checked > 0
    assert not bad, "%d of %d differ, e.g. %s" % (len(bad), checked, bad[:8])


def test_private_dictionary_synthetic(tmp_path):
    """Implicit VR and explicit UN private elements get the dictionary VR in values and JSON; an
    unknown creator leaves them UN."""
    import json

    from pydicom.dataset import Dataset

    from conftest import write_dicom

    for ts, vr in (("1.2.840.10008.1.2", "CS"), ("1.2.840.10008.1.2.1", "UN")):
        ds = Dataset()
        ds.PatientName = "Owner^Rex"
        ds.add_new(0x00290010, "LO", "SIEMENS CSA HEADER")
        ds.add_new(0x00291008, vr, "IMAGE NUM 4" if vr == "CS" else b"IMAGE NUM 4 ")
        ds.add_new(0x00290011, "LO", "NOT A KNOWN CREATOR")
        ds.add_new(0x00291108, vr, "OPAQUE" if vr == "CS" else b"OPAQUE")
        path = write_dicom(tmp_path / ("p%s.dcm" % vr), ds, transfer_syntax=ts)
        with vetdicom.open(path) as f:
            assert f.dataset.vr(0x00291008) == "CS"
            assert f[0x00291008] == "IMAGE NUM 4"
            assert f.dataset.vr(0x00291108) == "UN" and f[0x00291108] == b"OPAQUE"
            doc = json.loads(f.to_json())
            assert doc["00291008"]["vr"] == "CS" and doc["00291008"]["Value"] == ["IMAGE NUM 4"]
