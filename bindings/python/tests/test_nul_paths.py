"""A path with a NUL character is a ValueError (as in os.open), never a shorter path: C stops
reading a char* at the NUL, so "x.dcm\\0.bak" would open or overwrite "x.dcm" (every call that
hands a path to the library goes through _library.fs_path)."""

import pathlib

import pytest

import vetdicom
from conftest import write_dicom


def _file(tmp_path):
    from pydicom.dataset import Dataset

    ds = Dataset()
    ds.PatientName = "Smith^Rex"
    ds.PatientID = "A-1"
    return write_dicom(tmp_path / "a.dcm", ds)


def test_open_and_check_refuse_a_path_with_nul(tmp_path):
    path = _file(tmp_path)
    for bad in (str(path) + "\0.bak", pathlib.Path(str(path) + "\0x")):
        with pytest.raises(ValueError, match="embedded null byte"):
            vetdicom.open(bad)
        with pytest.raises(ValueError, match="embedded null byte"):
            vetdicom.check(bad)
    # The same path without the NUL opens (str, pathlib, and os.PathLike over bytes).
    for good in (str(path), path):
        with vetdicom.open(good) as f:
            assert f["PatientID"] == "A-1"


def test_writers_refuse_a_path_with_nul_and_write_nothing(tmp_path):
    path = _file(tmp_path)
    before = path.read_bytes()
    out = tmp_path / "out.dcm"
    with vetdicom.open(path) as f:
        f["PatientID"] = "B-2"
        with pytest.raises(ValueError, match="embedded null byte"):
            f.save(str(out) + "\0.bak")
        with pytest.raises(ValueError, match="embedded null byte"):
            f.save(str(path) + "\0.bak")  # would overwrite the source
        with pytest.raises(ValueError, match="embedded null byte"):
            vetdicom.transcode(f, str(out) + "\0.bak", "1.2.840.10008.1.2.1")
    with pytest.raises(ValueError, match="embedded null byte"):
        vetdicom.deidentify(path, str(out) + "\0.bak")
    assert not out.exists()
    assert path.read_bytes() == before
