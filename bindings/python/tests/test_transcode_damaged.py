"""Transcoding files whose description disagrees with their pixel data (hostile-suite finds):
the output must read like the input, or the transcode is refused before anything is written."""

import pytest

import vetdicom

np = pytest.importorskip("numpy")

PATIENT = {"animal_name": "Rex", "owner_family_name": "Smith", "patient_id": "VET-9"}


def test_wrong_photometric_on_a_colour_jpeg(tmp_path):
    """A YBR JPEG whose Photometric Interpretation is garbled: the decoder's colour (RGB) is
    what the transcoded native file declares, so it decodes to the same pixels."""
    rgb = np.zeros((48, 64, 3), dtype=np.uint8)
    rgb[..., 0] = np.arange(64, dtype=np.uint8)[None, :] * 4
    rgb[..., 1] = np.arange(48, dtype=np.uint8)[:, None] * 5
    rgb[..., 2] = 90
    ds = vetdicom.create("OT", rgb, patient=PATIENT)
    jpeg = tmp_path / "jpeg.dcm"
    ds.save(str(jpeg), transfer_syntax="1.2.840.10008.1.2.4.50")
    with vetdicom.open(jpeg) as f:
        f["PhotometricInterpretation"] = "YFR_FULL"
        garbled = tmp_path / "garbled.dcm"
        f.save(str(garbled))
    with vetdicom.open(garbled) as f:
        source = f.frame(0)
    out = tmp_path / "native.dcm"
    vetdicom.transcode(str(garbled), str(out), "1.2.840.10008.1.2.1")
    with vetdicom.open(out) as g:
        assert g["PhotometricInterpretation"] == "RGB"
        assert np.array_equal(g.frame(0), source)


def test_frames_missing_from_the_pixel_data_are_refused(tmp_path):
    """Three frames declared, the last fragments cut off: TRUNCATED, and no output file."""
    frames = np.stack([np.full((32, 32), v, dtype=np.uint8) for v in (10, 20, 30)])
    ds = vetdicom.create("US", frames, patient=PATIENT)
    rle = tmp_path / "rle.dcm"
    ds.save(str(rle), transfer_syntax="1.2.840.10008.1.2.5")
    data = rle.read_bytes()
    with vetdicom.open(rle) as f:
        last = f.encoded_frame(2)
    cut = tmp_path / "cut.dcm"
    cut.write_bytes(data[: data.rfind(last[:64]) - 8])    # before the third fragment's item tag
    out = tmp_path / "out.dcm"
    with vetdicom.open(cut) as f:
        assert int(f["NumberOfFrames"]) == 3 and f.number_of_frames == 2
        with pytest.raises(vetdicom.TruncatedError):
            vetdicom.transcode(f, str(out), "1.2.840.10008.1.2.1")
    assert not out.exists()


def test_delete_removes_a_duplicated_tag(tmp_path):
    """A file carrying (0008,1030) twice (the reader keeps both, lookups see the first): a
    delete removes both, so the saved file has none (a fuzzed file found the second coming back)."""
    ds = vetdicom.create("OT", np.zeros((8, 8), dtype=np.uint8), patient=PATIENT, StudyDescription="Thorax")
    src = tmp_path / "src.dcm"
    ds.save(str(src))
    data = src.read_bytes()
    elem = b"\x08\x00\x30\x10LO\x06\x00Thorax"
    at = data.find(elem)
    assert at > 0
    dup = tmp_path / "dup.dcm"
    dup.write_bytes(data[: at + len(elem)] + elem + data[at + len(elem):])
    out = tmp_path / "out.dcm"
    with vetdicom.open(dup) as f:
        assert f["StudyDescription"] == "Thorax"
        del f["StudyDescription"]
        f.save(str(out))
    with vetdicom.open(out) as g:
        assert "StudyDescription" not in g
