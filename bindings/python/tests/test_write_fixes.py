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
