"""The clinic archive, writing side: `vetdicom patients --fix` (identity made consistent,
previous values in Original Attributes Sequence, CSV log) and `vetdicom.deidentify` (PS3.15
Annex E basic profile + Retain Patient Characteristics, veterinary-aware), checked with pydicom:
every attribute the profile table lists is handled, UIDs are remapped consistently across the
set and inside sequences, pixel data and the sources are unchanged."""

import csv
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pydicom
import pytest
from pydicom.datadict import dictionary_VR
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

import vetdicom
from conftest import REPO_ROOT

GENERATOR = REPO_ROOT / "scripts" / "make_clinic_archive.py"
PROFILE = REPO_ROOT / "Sources" / "VetDICOM" / "DeidentifyProfile.swift"


def _cli():
    cli = os.environ.get("VETDICOM_CLI")
    if not cli or not os.path.exists(cli):
        pytest.skip("VETDICOM_CLI not set (run through ctest)")
    return cli


def _profile():
    """The Basic Profile table as the library carries it: {tag int: action}."""
    text = PROFILE.read_text()
    block = text.split("basicProfileText: [String] = [", 1)[1].split("]", 1)[0]
    table = {}
    for tok in re.findall(r"\b([0-9A-F]{8})([XZDUK]+)\b", block):
        table[int(tok[0], 16)] = tok[1]
    rpc_block = text.split("retainPatientCharacteristicsText: [String] = [", 1)[1].split("]", 1)[0]
    rpc = {int(t, 16): a for t, a in re.findall(r"\b([0-9A-F]{8})([KC])\b", rpc_block)}
    return table, rpc


def _digest(root):
    h = hashlib.sha256()
    for p in sorted(Path(root).rglob("*")):
        if p.is_file():
            h.update(str(p).encode())
            h.update(p.read_bytes())
    return h.hexdigest()


# ------------------------------------------------------------------------------------------
# patients --fix
# ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def small_archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("fix") / "archive"
    subprocess.run([sys.executable, str(GENERATOR), str(root), "--animals", "10", "--seed", "5"], check=True,
                   capture_output=True)
    return root


def test_fix_writes_consistent_identity_and_original_attributes(small_archive, tmp_path):
    cli = _cli()
    before = _digest(small_archive)
    out = tmp_path / "fixed"
    r = subprocess.run([cli, "patients", str(small_archive), "--fix", str(out)], capture_output=True, check=True)
    assert b"change(s)" in r.stdout
    assert _digest(small_archive) == before  # the source is not touched
    rows = list(csv.DictReader(open(out / "vetdicom-fix-log.csv")))
    assert rows
    report = vetdicom.patients(out)
    src_report = vetdicom.patients(small_archive)
    # After the fix, each animal's files carry one Patient Name and one Patient ID.
    for p in report["patients"]:
        if len(p["files"]) > 1:
            names = {str(pydicom.dcmread(f, stop_before_pixels=True).PatientName) for f in p["files"]}
            assert len(names) == 1, names
    # The grouping of the fixed archive is the grouping of the source.
    def groups(rep, root):
        return sorted(sorted(os.path.relpath(f, root) for f in p["files"]) for p in rep["patients"])
    assert groups(report, out) == groups(src_report, small_archive)
    by_file = {}
    for row in rows:
        by_file.setdefault(row["file"], []).append(row)
    checked = 0
    for src, changes in list(by_file.items())[:25]:
        a = pydicom.dcmread(src)
        b = pydicom.dcmread(out / os.path.relpath(src, small_archive))
        changed_tags = {int(c["tag"].strip("()").replace(",", ""), 16) for c in changes}
        # Every other element is unchanged (Specific Character Set may become ISO_IR 192).
        for el in a:
            if el.tag in changed_tags or el.tag == 0x00080005:
                continue
            assert el.tag in b and b[el.tag].value == el.value, (src, el.tag)
        assert {el.tag for el in b} - {el.tag for el in a} <= {0x04000561} | changed_tags
        for c in changes:
            t = int(c["tag"].strip("()").replace(",", ""), 16)
            assert str(b[t].value) == c["new_value"]
        # PS3.3 C.12.1.1.9: the last item holds the previous values.
        item = b.OriginalAttributesSequence[-1]
        assert item.ReasonForTheAttributeModification == "CORRECT"
        assert item.ModifyingSystem and len(item.AttributeModificationDateTime) >= 14
        assert "SourceOfPreviousValues" in item
        mod = item.ModifiedAttributesSequence[0]
        for c in changes:
            t = int(c["tag"].strip("()").replace(",", ""), 16)
            assert t in mod
            assert str(mod[t].value or "") == c["old_value"], (src, c)
        assert b.PixelData == a.PixelData
        checked += 1
    assert checked > 5


def test_fix_dry_run_and_in_place_with_backup(small_archive, tmp_path):
    cli = _cli()
    work = tmp_path / "archive"
    subprocess.run(["cp", "-r", str(small_archive), str(work)], check=True)
    before = _digest(work)
    r = subprocess.run([cli, "patients", str(work), "--dry-run"], capture_output=True, check=True)
    assert b"->" in r.stdout
    assert _digest(work) == before  # a dry run writes nothing
    backup = tmp_path / "backup"
    subprocess.run([cli, "patients", str(work), "--in-place", "--backup", str(backup)], capture_output=True, check=True)
    rows = list(csv.DictReader(open(backup / "vetdicom-fix-log.csv")))
    changed = {r["file"] for r in rows}
    assert changed
    for f in list(changed)[:10]:
        rel = os.path.relpath(f, work)
        orig = pydicom.dcmread(small_archive / rel)
        assert (backup / rel).read_bytes() == (small_archive / rel).read_bytes()  # the backup is the original
        now = pydicom.dcmread(f)
        assert "OriginalAttributesSequence" in now and now.SOPInstanceUID == orig.SOPInstanceUID
    # A second run finds nothing more to change.
    r = subprocess.run([cli, "patients", str(work), "--dry-run"], capture_output=True, check=True)
    assert r.stdout.strip().endswith(b"0 change(s) in 0 file(s)")


# ------------------------------------------------------------------------------------------
# deidentify
# ------------------------------------------------------------------------------------------

_VALUES = {
    "PN": "Secret^Person", "LO": "SECRET-LO", "SH": "SECRET-SH", "LT": "secret text", "ST": "secret text",
    "UT": "secret text", "UC": "secret", "CS": "SECRET", "DA": "20200102", "TM": "101010",
    "DT": "20200102101010", "AS": "005Y", "IS": "7", "DS": "7.5", "AE": "SECRETAE", "UR": "http://secret",
    "US": 7, "UL": 7, "SS": 7, "SL": 7, "FL": 1.5, "FD": 1.5, "OB": b"\x01\x02", "OW": b"\x01\x02",
    "UN": b"\x01\x02",
}


def _phi_file(path, study, series, sop, ref_sop, burned="NO", profile=None):
    """A CR file carrying a value in every attribute of the profile table pydicom knows."""
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.1"
    meta.MediaStorageSOPInstanceUID = sop
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    meta.SourceApplicationEntityTitle = "CLINICPACS"
    ds = Dataset()
    ds.file_meta = meta
    n = 0
    for tag, action in (profile or {}).items():
        if tag >> 16 < 0x0008 or tag >> 16 in (0xFFFA, 0xFFFC):  # meta, command, directory groups
            continue
        try:
            vr = dictionary_VR(tag)
        except KeyError:
            continue
        if vr == "SQ":
            item = Dataset()
            item.ReferencedSOPInstanceUID = ref_sop
            item.CodeMeaning = "secret"
            ds.add_new(tag, "SQ", Sequence([item]))
        elif vr == "UI":
            n += 1
            ds.add_new(tag, "UI", "1.2.826.0.1.3680043.10.999.%d" % n)
        elif vr in _VALUES:
            ds.add_new(tag, vr, _VALUES[vr])
    if "PatientAge" in ds:
        del ds.PatientAge  # computed from the birth and study dates by the de-identifier
    ds.SOPClassUID = "1.2.840.10008.5.1.4.1.1.1"
    ds.SOPInstanceUID = sop
    ds.StudyInstanceUID = study
    ds.SeriesInstanceUID = series
    ds.Modality = "CR"
    ds.PatientName = "Smith^Buddy"
    ds.PatientID = "VET-00123"
    ds.PatientBirthDate = "20180304"
    ds.StudyDate = "20240506"
    ds.PatientSex = "M"
    ds.PatientSexNeutered = "ALTERED"
    ds.PatientSpeciesDescription = "Canine"
    code = Dataset()
    code.CodeValue, code.CodingSchemeDesignator, code.CodeMeaning = "448771007", "SCT", "Canis lupus familiaris"
    ds.PatientSpeciesCodeSequence = Sequence([code])
    ds.PatientBreedDescription = "Labrador Retriever"
    ds.ResponsiblePerson = "Smith^John"
    ds.ResponsiblePersonRole = "OWNER"
    ds.ResponsibleOrganization = "Smith Farm"
    ds.InstitutionName = "Riverside Veterinary Clinic"
    reg = Dataset()
    reg.BreedRegistrationNumber = "KC-998877"
    ds.BreedRegistrationSequence = Sequence([reg])
    ref = Dataset()
    ref.ReferencedSOPClassUID = "1.2.840.10008.5.1.4.1.1.1"
    ref.ReferencedSOPInstanceUID = ref_sop
    ds.ReferencedImageSequence = Sequence([ref])
    ds.add_new(0x00091010, "LO", "PRIVATE SECRET")
    ds.add_new(0x00090010, "LO", "ACME")
    ds.add_new(0x60003000, "OW", b"\x00" * 8)
    ds.add_new(0x60004000, "LT", "overlay secret")
    ds.add_new(0x50000010, "US", 2)
    ds.BurnedInAnnotation = burned
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.Rows = ds.Columns = 8
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    ds.PixelData = (np.arange(64, dtype=np.uint16) * 17).tobytes()
    ds.save_as(path, enforce_file_format=True)


@pytest.fixture(scope="module")
def referral(tmp_path_factory):
    table, rpc = _profile()
    src = tmp_path_factory.mktemp("referral") / "study"
    (src / "a").mkdir(parents=True)
    study, series = generate_uid(), generate_uid()
    sops = [generate_uid() for _ in range(3)]
    _phi_file(src / "a" / "IM1.dcm", study, series, sops[0], sops[1], profile=table)
    _phi_file(src / "a" / "IM2.dcm", study, series, sops[1], sops[0], profile=table)
    _phi_file(src / "a" / "IM3", study, series, sops[2], sops[0], burned="YES", profile=table)
    (src / "notes.txt").write_text("not dicom")
    before = _digest(src)
    out = src.parent / "out"
    report = vetdicom.deidentify(src, out, secret="00112233445566778899aabbccddeeff")
    return src, out, report, before, table, rpc, (study, series, sops)


def test_deidentify_report_and_source_untouched(referral):
    src, out, report, before, *_ = referral
    assert _digest(src) == before
    assert len(report["written"]) == 2
    assert [os.path.basename(p) for p in report["burned_in_annotation"]] == ["IM3"]
    assert not (out / "a" / "IM3").exists()  # burned-in files are listed, not shipped
    assert report["not_dicom"] and not report["failed"]


def test_every_profile_attribute_is_handled(referral):
    src, out, report, before, table, rpc, _ = referral
    a = pydicom.dcmread(src / "a" / "IM1.dcm")
    b = pydicom.dcmread(out / "a" / "IM1.dcm")
    checked = 0
    for tag, action in table.items():
        if tag not in a or tag >> 16 == 0x0002:
            continue
        orig = a[tag]
        if tag in rpc:
            if rpc[tag] == "K" and orig.VR == "SQ":
                assert tag in b and len(b[tag].value) == len(orig.value), hex(tag)  # kept (UIDs inside remapped)
            elif rpc[tag] == "K":
                assert tag in b and b[tag].value == orig.value, hex(tag)
            else:
                assert tag not in b, hex(tag)
            checked += 1
            continue
        if tag in (0x00100010, 0x00100020):
            continue  # pseudonyms, checked below
        if orig.VR == "SQ":
            if "U" in action:
                # References survive, with the UIDs inside remapped like the instances'.
                for item in b[tag].value:
                    assert str(item.ReferencedSOPInstanceUID).startswith("2.25."), hex(tag)
            else:
                assert tag not in b or len(b[tag].value) == 0, hex(tag)
        elif "U" in action or (action == "D" and orig.VR == "UI"):
            assert b[tag].value != orig.value and str(b[tag].value).startswith("2.25."), hex(tag)
        elif tag in (0x00102297, 0x00102299):
            assert b[tag].value in ("", None), hex(tag)  # the owner: emptied (Type 2C for animals)
        elif action in ("X", "XD"):
            assert tag not in b, hex(tag)
        elif action in ("Z", "XZ", "XZD", "ZD"):
            assert tag not in b or b[tag].value in ("", None, b"", []), (hex(tag), b[tag].value)
        elif action == "D":
            assert tag in b and b[tag].value != orig.value, hex(tag)
        checked += 1
    assert checked > 150, checked


def test_veterinary_identity(referral):
    src, out, *_ = referral
    b = pydicom.dcmread(out / "a" / "IM1.dcm")
    assert str(b.PatientName).startswith("ANON^") and "Smith" not in str(b.PatientName)
    assert b.PatientID and "123" not in b.PatientID
    # The owner is emptied (Type 2C for animals), the role removed with it (Type 1C).
    assert b.ResponsiblePerson in ("", None) and b.ResponsibleOrganization in ("", None)
    assert "ResponsiblePersonRole" not in b
    assert len(b.BreedRegistrationSequence) == 0
    assert b.InstitutionName in ("", None) and b.PatientBirthDate in ("", None) and b.StudyDate in ("", None)
    # Kept: species (text and code), breed, sex, neutered; the age replaces the birth date.
    assert b.PatientSpeciesDescription == "Canine"
    assert b.PatientSpeciesCodeSequence[0].CodeValue == "448771007"
    assert b.PatientBreedDescription == "Labrador Retriever"
    assert b.PatientSex == "M" and b.PatientSexNeutered == "ALTERED"
    assert b.PatientAge == "006Y"
    assert b.PatientIdentityRemoved == "YES"
    codes = {(c.CodeValue, c.CodingSchemeDesignator) for c in b.DeidentificationMethodCodeSequence}
    assert {("113100", "DCM"), ("113108", "DCM")} <= codes
    assert b.LongitudinalTemporalInformationModified == "REMOVED"
    assert not any(el.tag.is_private for el in b)
    assert 0x60003000 not in b and 0x60004000 not in b and 0x50000010 not in b
    assert "SourceApplicationEntityTitle" not in b.file_meta


def test_uids_consistent_and_pixels_unchanged(referral):
    src, out, report, before, table, rpc, (study, series, sops) = referral
    a1, a2 = pydicom.dcmread(src / "a" / "IM1.dcm"), pydicom.dcmread(src / "a" / "IM2.dcm")
    b1, b2 = pydicom.dcmread(out / "a" / "IM1.dcm"), pydicom.dcmread(out / "a" / "IM2.dcm")
    assert b1.StudyInstanceUID == b2.StudyInstanceUID != study
    assert b1.SeriesInstanceUID == b2.SeriesInstanceUID != series
    assert b1.SOPInstanceUID != b2.SOPInstanceUID
    assert b1.file_meta.MediaStorageSOPInstanceUID == b1.SOPInstanceUID
    # References inside sequences follow the remapped SOP Instance UIDs.
    assert b1.ReferencedImageSequence[0].ReferencedSOPInstanceUID == b2.SOPInstanceUID
    assert b2.ReferencedImageSequence[0].ReferencedSOPInstanceUID == b1.SOPInstanceUID
    assert b1.ReferencedImageSequence[0].ReferencedSOPClassUID == a1.ReferencedImageSequence[0].ReferencedSOPClassUID
    for u in (b1.StudyInstanceUID, b1.SOPInstanceUID):
        assert len(u) <= 64 and re.fullmatch(r"2\.25\.(0|[1-9][0-9]*)", u)
    assert b1.PixelData == a1.PixelData and b2.PixelData == a2.PixelData
    assert b1.PatientName == b2.PatientName and b1.PatientID == b2.PatientID  # one animal, one pseudonym


def test_same_secret_same_uids_and_options(referral, tmp_path):
    src, out, *_ = referral
    r = vetdicom.deidentify(src, tmp_path / "again", secret=bytes.fromhex("00112233445566778899aabbccddeeff"),
                            keep_animal_name=True, keep_dates=True, include_burned_in=True)
    assert len(r["written"]) == 3 and len(r["burned_in_annotation"]) == 1
    b = pydicom.dcmread(tmp_path / "again" / "a" / "IM1.dcm")
    first = pydicom.dcmread(out / "a" / "IM1.dcm")
    assert b.SOPInstanceUID == first.SOPInstanceUID
    assert str(b.PatientName) == "ANON^Buddy"  # the animal's name, never the owner's
    assert b.StudyDate == "20240506"
    assert b.LongitudinalTemporalInformationModified == "UNMODIFIED"
    assert "113106" in {c.CodeValue for c in b.DeidentificationMethodCodeSequence}
    other = vetdicom.deidentify(src / "a" / "IM1.dcm", tmp_path / "one.dcm")  # a new random secret
    assert pydicom.dcmread(tmp_path / "one.dcm").SOPInstanceUID != first.SOPInstanceUID
    assert len(other["written"]) == 1


def test_deidentify_cli_and_errors(referral, tmp_path):
    cli = _cli()
    src, *_ = referral
    r = subprocess.run([cli, "deidentify", str(src), str(tmp_path / "o"), "--json"], capture_output=True, check=True)
    assert json.loads(r.stdout)["burned_in_annotation"]
    r = subprocess.run([cli, "deidentify", str(src), str(src / "inside")], capture_output=True)
    assert r.returncode == 2 and not (src / "inside").exists()
    with pytest.raises(vetdicom.VetDICOMError):
        vetdicom.deidentify(tmp_path / "missing", tmp_path / "x")


# ------------------------------------------------------------------------------------------
# vetdicom.fix_patients (the C function vetdicom_archive_fix)
# ------------------------------------------------------------------------------------------


def test_python_fix_patients_into_output(small_archive, tmp_path):
    before = _digest(small_archive)
    out = tmp_path / "fixed-py"
    log = tmp_path / "changes.csv"
    rep = vetdicom.fix_patients(small_archive, output=out, log=log, threads=2)
    assert _digest(small_archive) == before
    assert rep["files_changed"] > 0 and rep["files_written"] == rep["files_changed"] and not rep["failed"]
    assert rep["log"] == str(log) and log.is_file()
    rows = list(csv.DictReader(open(log)))
    assert len(rows) == len(rep["changes"])
    assert {(r["file"], r["tag"], r["new_value"]) for r in rows} == {
        (c["file"], c["tag"], c["new"]) for c in rep["changes"]}
    n_src = sum(1 for p in small_archive.rglob("*") if p.is_file())
    assert rep["files_written"] + rep["files_copied"] <= n_src
    for src in sorted({c["file"] for c in rep["changes"]})[:10]:
        b = pydicom.dcmread(out / os.path.relpath(src, small_archive), stop_before_pixels=True)
        item = b.OriginalAttributesSequence[-1]
        assert item.ReasonForTheAttributeModification == "CORRECT"
        for c in rep["changes"]:
            if c["file"] == src:
                t = int(c["tag"].strip("()").replace(",", ""), 16)
                assert str(b[t].value) == c["new"]
                assert str(item.ModifiedAttributesSequence[0][t].value or "") == c["old"]
    # Fixed once, nothing is left to change.
    again = vetdicom.fix_patients(out, dry_run=True)
    assert again["changes"] == [] and again["files_changed"] == 0


def test_python_fix_patients_dry_run_writes_nothing(small_archive, tmp_path):
    before = _digest(small_archive)
    rep = vetdicom.fix_patients(small_archive, dry_run=True)
    assert rep["changes"] and rep["files_written"] == 0 and rep["files_copied"] == 0 and rep["log"] == ""
    assert _digest(small_archive) == before
    assert not list(tmp_path.iterdir())
    assert not list(small_archive.parent.glob("*.vetdicom-backup-*"))


def test_python_fix_patients_arguments(small_archive, tmp_path):
    with pytest.raises(ValueError):
        vetdicom.fix_patients(small_archive)
    with pytest.raises(ValueError):
        vetdicom.fix_patients(small_archive, output=tmp_path / "o", in_place=True)
    with pytest.raises(vetdicom.VetDICOMError):
        vetdicom.fix_patients(small_archive, output=small_archive / "inside")
    with pytest.raises(vetdicom.VetDICOMError):
        vetdicom.fix_patients(tmp_path / "missing", dry_run=True)


def test_c_fix_size_query_then_exact_buffer(small_archive, tmp_path):
    """The buffer protocol: a size query, then the same report (kept, not recomputed: the output
    folder is written once)."""
    from ctypes import byref, c_size_t, create_string_buffer

    from vetdicom import _archive

    func = _archive._fn("vetdicom_archive_fix")
    out = tmp_path / "sized"
    length = c_size_t(0)
    args = (os.fsencode(small_archive), os.fsencode(out), 0, None, None, None)
    st = func(*args, None, 0, byref(length))
    assert st == _archive.ERR_BUFFER_TOO_SMALL and length.value > 100
    log_mtime = (out / "vetdicom-fix-log.csv").stat().st_mtime_ns
    buf = create_string_buffer(length.value + 1)
    n = c_size_t(0)
    assert func(*args, buf, len(buf), byref(n)) == 0 and n.value == length.value
    rep = json.loads(buf.raw[: n.value])
    assert rep["files_written"] > 0 and rep["log"] == str(out / "vetdicom-fix-log.csv")
    assert (out / "vetdicom-fix-log.csv").stat().st_mtime_ns == log_mtime


def test_cli_fix_json_is_the_fix_report(small_archive, tmp_path):
    cli = _cli()
    r = subprocess.run([cli, "patients", str(small_archive), "--dry-run", "--json"], capture_output=True, check=True)
    rep = json.loads(r.stdout)
    assert rep == vetdicom.fix_patients(small_archive, dry_run=True)
