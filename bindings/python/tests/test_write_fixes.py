"""Regression tests for bugs of the writing half (found by the faults/python/archive helpers):
saves that need a codec are checked by the codec registry before any output exists (float pixel
data, through File.save and the `vetdicom edit --ts` command), and the Lossy Image Compression
Ratio of a multi-frame file covers every frame."""

import io
import os
import subprocess

import pytest

import vetdicom
from conftest import corpus_entries, corpus_path

pydicom = pytest.importorskip("pydicom")
np = pytest.importorskip("numpy")

COMPRESSED = ["1.2.840.10008.1.2.5", "1.2.840.10008.1.2.4.70", "1.2.840.10008.1.2.4.80",
              "1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.201", "1.2.840.10008.1.2.4.50"]


def _float_file():
    for e in corpus_entries(lambda e: e.get("pixel_data_element") in ("FloatPixelData", "DoubleFloatPixelData")):
        return corpus_path(e.values[0])
    pytest.skip("no float pixel data file in the corpus")


@pytest.mark.parametrize("ts", COMPRESSED)
def test_save_float_pixels_to_compressed_is_unsupported(ts, tmp_path):
    out = tmp_path / "out.dcm"
    with vetdicom.open(_float_file()) as f:
        with pytest.raises(vetdicom.VetDICOMError) as exc:
            f.save(str(out), transfer_syntax=ts)
        assert exc.value.status == 12, exc.value
        with pytest.raises(vetdicom.VetDICOMError) as exc:
            f.save(None, transfer_syntax=ts)
        assert exc.value.status == 12
    assert not out.exists()
    assert os.listdir(str(tmp_path)) == []  # no temporary file left either


def test_cli_edit_float_to_rle_writes_nothing(tmp_path):
    cli = os.environ.get("VETDICOM_CLI")
    if not cli or not os.path.exists(cli):
        pytest.skip("VETDICOM_CLI (the vetdicom command) not set")
    out = tmp_path / "out.dcm"
    run = subprocess.run([cli, "edit", str(_float_file()), str(out), "--ts", "rle"], capture_output=True, text=True,
                         timeout=120)
    assert run.returncode != 0
    assert not out.exists()
    assert os.listdir(str(tmp_path)) == []


def test_lossy_ratio_covers_all_frames(tmp_path):
    # Frame 0 is flat (compresses enormously), frames 1-2 are noise (hardly compress): the
    # ratio over all frames is far from frame 0's.
    rng = np.random.default_rng(7)
    pixels = np.zeros((3, 64, 64), np.uint8)
    pixels[1:] = rng.integers(0, 256, (2, 64, 64), dtype=np.uint8)
    path = tmp_path / "lossy.dcm"
    patient = {"animal_name": "Rex", "owner_family_name": "Smith", "patient_id": "VET-9"}
    with vetdicom.create("US", pixels, patient=patient) as ds:
        ds.save(str(path), transfer_syntax="1.2.840.10008.1.2.4.81")   # JPEG-LS near-lossless: lossy
        data = ds.save(None, transfer_syntax="1.2.840.10008.1.2.4.81")
    for d in (pydicom.dcmread(str(path)), pydicom.dcmread(io.BytesIO(data))):
        assert d.LossyImageCompression == "01"
        ratios = d.LossyImageCompressionRatio
        last = float(ratios[-1] if isinstance(ratios, pydicom.multival.MultiValue) else ratios)
        frames = list(pydicom.encaps.generate_frames(d.PixelData, number_of_frames=3))
        encoded = sum(len(fr.rstrip(b"\0")) for fr in frames)
        want = pixels.nbytes / encoded
        assert abs(last - want) / want < 0.01, (last, want)


def _big_endian_file(path):
    """An explicit VR big endian file with every binary VR, at top level, inside a sequence item
    and as private UN elements that the private dictionary resolves (GEMS_IDEN_01)."""
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.sequence import Sequence

    ds = Dataset()
    ds.PatientName = "Smith^Rex"
    ds.SOPClassUID = "1.2.840.10008.5.1.4.1.1.7"
    ds.SOPInstanceUID = "1.2.3.4"
    ds.add_new(0x00186020, "SL", -100000)
    ds.add_new(0x0040A132, "UL", [4000000000, 1])
    ds.add_new(0x00089459, "FL", [1.5, -2.25])
    ds.add_new(0x0040A161, "FD", [3.25, -1e300])
    ds.add_new(0x00280009, "AT", [0x00280010, 0x00181063])
    ds.add_new(0x00280010, "US", 512)
    ds.add_new(0x00189219, "SS", -5)
    ds.add_new(0x00720082, "SV", [-(1 << 40), 5])
    ds.add_new(0x0008040C, "UV", 1 << 62)
    ds.add_new(0x00281201, "OW", b"\x01\x02\x03\x04")
    ds.add_new(0x00660016, "OF", b"\x3f\x80\x00\x00\x40\x00\x00\x00")   # 1.0, 2.0
    ds.add_new(0x00660022, "OD", b"\x3f\xf0\x00\x00\x00\x00\x00\x00")   # 1.0
    ds.add_new(0x00660040, "OL", b"\x00\x00\x00\x01\x00\x00\x00\x02")
    ds.add_new(0x00720081, "OV", b"\x00\x00\x00\x00\x00\x00\x00\x07")
    item = Dataset()
    item.add_new(0x00186020, "SL", -7)
    item.add_new(0x00089459, "FL", [0.5])
    item.add_new(0x00280009, "AT", [0x7FE00010])
    item.add_new(0x0040A161, "FD", [2.5])
    item.add_new(0x00090010, "LO", "GEMS_IDEN_01")
    item.add_new(0x00091027, "UN", b"\x05\x06\x07\x08")
    ds.add_new(0x00081140, "SQ", Sequence([item]))
    ds.add_new(0x00090010, "LO", "GEMS_IDEN_01")
    ds.add_new(0x00091027, "UN", b"\x01\x02\x03\x04")   # SL in the private dictionary
    ds.add_new(0x000910E7, "UN", b"\x00\x00\x00\x09")   # UL
    fm = FileMetaDataset()
    fm.TransferSyntaxUID = "1.2.840.10008.1.2.2"
    fm.MediaStorageSOPClassUID = ds.SOPClassUID
    fm.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    ds.file_meta = fm
    ds.save_as(str(path), enforce_file_format=True, little_endian=False, implicit_vr=False)


_RAW = {"OF": "f4", "OD": "f8", "OL": "u4", "OV": "u8", "OW": "u2"}


def _compare(a, b, where=""):
    for ea in a:
        eb = b.get(ea.tag)
        assert eb is not None, "%s%s missing" % (where, ea.tag)
        if ea.VR == "SQ":
            assert len(ea.value) == len(eb.value)
            for i, (ia, ib) in enumerate(zip(ea.value, eb.value)):
                _compare(ia, ib, "%s%s[%d]." % (where, ea.tag, i))
            continue
        va, vb = ea.value, eb.value
        if ea.VR in _RAW:
            # pydicom keeps these as bytes in the file's byte order: compare the numbers.
            va = np.frombuffer(va, dtype=">" + _RAW[ea.VR]).tolist()
            vb = np.frombuffer(vb, dtype="<" + _RAW[ea.VR]).tolist()
        assert va == vb, "%s%s %s: %r != %r" % (where, ea.tag, ea.VR, va, vb)


@pytest.mark.parametrize("target", ["1.2.840.10008.1.2.1", "1.2.840.10008.1.2"])
def test_big_endian_values_swapped_when_saved_little_endian(target, tmp_path):
    src = tmp_path / "be.dcm"
    _big_endian_file(src)
    out = tmp_path / "le.dcm"
    with vetdicom.open(str(src)) as f:
        f.save(str(out), transfer_syntax=target)
    a = pydicom.dcmread(str(src))
    b = pydicom.dcmread(str(out))
    assert b.file_meta.TransferSyntaxUID == target
    assert a[0x00091027].value == 0x01020304   # pydicom resolved the private UN as big endian SL
    _compare(a, b)
