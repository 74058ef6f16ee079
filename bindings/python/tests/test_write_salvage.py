"""Saving a damaged (cut short) file, docs/writing.md "Damaged files": refused with TruncatedError
naming the element by default; with salvage=True (option save_salvaged) written as what was
read, and pydicom reads the result with consistent lengths. The damaged files are built with
vetdicom's own writer and then cut (no corpus bytes)."""

import io
import os
import subprocess
import warnings

import pytest

import vetdicom

pydicom = pytest.importorskip("pydicom")

EXPLICIT_LE = "1.2.840.10008.1.2.1"


def _source():
    ds = vetdicom.new()
    ds["SOPClassUID"] = "1.2.840.10008.5.1.4.1.1.7"
    ds["SOPInstanceUID"] = "2.25.42"
    ds["PatientName"] = "Smith^Buddy"
    ds["PatientID"] = "VET-1"
    ds["ReferencedImageSequence"] = [
        {"ReferencedSOPClassUID": "1.2.840.10008.5.1.4.1.1.1.1", "ReferencedSOPInstanceUID": "2.25.1000"},
        {"ReferencedSOPClassUID": "1.2.840.10008.5.1.4.1.1.1.1", "ReferencedSOPInstanceUID": "2.25.1001"},
    ]
    ds["StudyDescription"] = "Thorax"
    return ds.save(None, transfer_syntax=EXPLICIT_LE)


def _cut_in_sequence(data, into=40):
    # (0008,1140) SQ in explicit VR LE: tag, "SQ", 2 reserved bytes, 4-byte length, then items.
    at = data.index(b"\x08\x00\x40\x11SQ")
    return data[: at + 12 + into]


def _pydicom(data):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return pydicom.dcmread(io.BytesIO(data), force=True)


def test_default_save_refuses_naming_the_element():
    damaged = _cut_in_sequence(_source())
    with vetdicom.open(damaged) as f:
        assert f["SOPInstanceUID"] == "2.25.42"
        with pytest.raises(vetdicom.TruncatedError) as e:
            f.save(None)
        assert "(0008,1140)" in str(e.value)


def test_salvaged_save_reads_as_what_was_read():
    source = _source()
    for into in (1, 8, 20, 40, 70):
        damaged = _cut_in_sequence(source, into)
        with vetdicom.open(damaged) as f:
            saved = f.save(None, salvage=True)
        ds = _pydicom(saved)
        assert ds.SOPInstanceUID == "2.25.42"
        assert len(ds.ReferencedImageSequence) == 0  # no item of the cut sequence was read
        assert "PatientName" not in ds  # after the cut (tag order): never shown, not written
        with vetdicom.open(saved) as g:
            assert g["SOPInstanceUID"] == "2.25.42"
            g.save(None)  # the salvaged file is whole: a plain save works


def test_salvage_option_at_open_and_to_a_path(tmp_path):
    damaged = _cut_in_sequence(_source())
    out = tmp_path / "out.dcm"
    with vetdicom.open(damaged, save_salvaged=1) as f:
        f.save(out)
    assert len(_pydicom(out.read_bytes()).ReferencedImageSequence) == 0
    with vetdicom.open(damaged) as f:
        with pytest.raises(vetdicom.TruncatedError):
            f.save(tmp_path / "refused.dcm")
    assert not (tmp_path / "refused.dcm").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["out.dcm"]  # no temporary file left


def test_cli_edit_salvage(tmp_path):
    cli = os.environ.get("VETDICOM_CLI")
    if not cli or not os.path.isfile(cli):
        pytest.skip("VETDICOM_CLI (the built vetdicom command) is not set")
    src = tmp_path / "in.dcm"
    src.write_bytes(_cut_in_sequence(_source()))
    out = tmp_path / "out.dcm"
    r = subprocess.run([cli, "edit", str(src), str(out), "--set", "PatientName=Doe^Rex"], capture_output=True, text=True)
    assert r.returncode != 0 and "(0008,1140)" in r.stderr and not out.exists()
    r = subprocess.run([cli, "edit", str(src), str(out), "--set", "PatientName=Doe^Rex", "--salvage"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert str(_pydicom(out.read_bytes()).PatientName) == "Doe^Rex"
