"""Pixel decoding on native files written with pydicom, compared with pydicom's pixel_array."""

import hashlib

import pytest

import vetdicom
from conftest import image_dataset, write_dicom

np = pytest.importorskip("numpy")


def _roundtrip(tmp_path, name, arr, bits_stored, photometric="MONOCHROME2", planar=0, ts="1.2.840.10008.1.2.1"):
    """Writes arr (frames, rows, cols[, samples]) natively and returns (path, pydicom pixel_array)."""
    import pydicom

    frames, rows, cols = arr.shape[:3]
    samples = arr.shape[3] if arr.ndim == 4 else 1
    data = arr
    if samples > 1 and planar == 1:
        data = np.ascontiguousarray(arr.transpose(0, 3, 1, 2))
    raw = data.astype(arr.dtype.newbyteorder("<")).tobytes()
    if len(raw) % 2:
        raw += b"\x00"
    ds = image_dataset(rows, cols, frames, samples, arr.dtype.itemsize * 8, bits_stored, arr.dtype.kind == "i", raw,
                       photometric, planar)
    path = write_dicom(tmp_path / name, ds, transfer_syntax=ts)
    return path, pydicom.dcmread(str(path)).pixel_array


CASES = [
    ("u8", "u1", 8, 1, 1),
    ("i8", "i1", 8, 1, 1),
    ("u16", "u2", 16, 1, 1),
    ("u12", "u2", 12, 1, 1),
    ("i16", "i2", 16, 1, 1),
    ("i12", "i2", 12, 1, 1),
    ("u32", "u4", 32, 1, 1),
    ("i32", "i4", 32, 1, 1),
    ("rgb", "u1", 8, 3, 1),
    ("u16x3frames", "u2", 16, 1, 3),
    ("rgbx2frames", "u1", 8, 3, 2),
]


@pytest.mark.parametrize("name, dtype, bits_stored, samples, frames", CASES, ids=[c[0] for c in CASES])
def test_native_matches_pydicom(tmp_path, name, dtype, bits_stored, samples, frames):
    rng = np.random.default_rng(7)
    shape = (frames, 17, 23) + ((samples,) if samples > 1 else ())
    info = np.iinfo(dtype)
    arr = rng.integers(info.min, info.max, size=shape, endpoint=True, dtype=dtype)
    path, ref = _roundtrip(tmp_path, name + ".dcm", arr, bits_stored, "RGB" if samples == 3 else "MONOCHROME2")
    with vetdicom.open(path) as f:
        assert f.number_of_frames == frames
        img = f.image
        assert (img.rows, img.columns, img.number_of_frames, img.samples_per_pixel) == (17, 23, frames, samples)
        assert img.bits_stored == bits_stored and img.bits_allocated == arr.dtype.itemsize * 8
        assert img.pixel_representation == (1 if arr.dtype.kind == "i" else 0)
        assert img.encapsulated is False and img.float_pixels == 0
        fi = f.frame_info()
        assert np.dtype(fi.dtype) == np.dtype(dtype).newbyteorder("<")
        ref_frames = ref if frames > 1 else ref[np.newaxis]
        for i in range(frames):
            out = f.frame(i)
            assert out.dtype == np.dtype(dtype).newbyteorder("<")
            assert out.shape == ref_frames[i].shape
            assert out.flags.c_contiguous
            np.testing.assert_array_equal(out, ref_frames[i])
        allp = f.pixel_array
        assert allp.shape == ref.shape
        np.testing.assert_array_equal(allp, ref)
        for i, fr in enumerate(f.frames()):
            np.testing.assert_array_equal(fr, ref_frames[i])
        np.testing.assert_array_equal(f.frame(-1), ref_frames[-1])
        with pytest.raises(vetdicom.OutOfRangeError):
            f.frame(frames)
        with pytest.raises(IndexError):
            f.frame(-frames - 1)


def test_planar_configuration_1(tmp_path):
    rng = np.random.default_rng(3)
    arr = rng.integers(0, 255, size=(1, 9, 11, 3), endpoint=True, dtype="u1")
    path, ref = _roundtrip(tmp_path, "planar.dcm", arr, 8, "RGB", planar=1)
    with vetdicom.open(path) as f:
        assert f.image.planar_configuration == 1
        out = f.frame(0)
    assert out.shape == (9, 11, 3)
    np.testing.assert_array_equal(out, arr[0])
    np.testing.assert_array_equal(out, ref)


def test_implicit_vr_pixels(tmp_path):
    arr = np.arange(5 * 7, dtype="<i2").reshape(1, 5, 7) - 10
    path, ref = _roundtrip(tmp_path, "implicit.dcm", arr, 16, ts="1.2.840.10008.1.2")
    with vetdicom.open(path) as f:
        np.testing.assert_array_equal(f.frame(0), arr[0])


def test_decode_frames_threads_and_ranges(tmp_path):
    rng = np.random.default_rng(11)
    arr = rng.integers(0, 4095, size=(7, 32, 16), dtype="u2")
    path, _ = _roundtrip(tmp_path, "multi.dcm", arr, 12)
    with vetdicom.open(path) as f:
        for threads in (1, 2, 4, 16):
            np.testing.assert_array_equal(f.decode_frames(threads=threads), arr)
        np.testing.assert_array_equal(f.decode_frames(2, 3), arr[2:5])
        assert f.decode_frames(7, 0).shape == (0, 32, 16)
        with pytest.raises(vetdicom.OutOfRangeError):
            f.decode_frames(5, 3)


def test_no_pixel_data(tmp_path):
    from pydicom.dataset import Dataset

    ds = Dataset()
    ds.PatientName = "No^Pixels"
    path = write_dicom(tmp_path / "nopix.dcm", ds)
    with vetdicom.open(path) as f:
        assert f.image is None
        assert f.number_of_frames == 0
        with pytest.raises(vetdicom.NoPixelDataError) as info:
            f.frame(0)
        assert info.value.status == 9
        with pytest.raises(vetdicom.NoPixelDataError):
            f.pixel_array
        assert list(f.frames()) == []


def test_float_pixels(tmp_path):
    from pydicom.dataset import Dataset

    arr = np.linspace(-1, 1, 6 * 5, dtype="<f4").reshape(6, 5)
    ds = image_dataset(6, 5, 1, 1, 32, 32, False, b"", "MONOCHROME2")
    del ds.PixelData
    del ds.BitsStored
    del ds.HighBit
    del ds.PixelRepresentation
    ds.FloatPixelData = arr.tobytes()
    path = write_dicom(tmp_path / "float.dcm", ds, sop_class="1.2.840.10008.5.1.4.1.1.30")
    with vetdicom.open(path) as f:
        assert f.image.float_pixels == 32
        out = f.frame(0)
    assert out.dtype == np.dtype("<f4")
    np.testing.assert_array_equal(out, arr)


def test_frame_hash_definition(tmp_path):
    # The manifest hashes arr.tobytes() of a C-contiguous little-endian array: what frame() gives.
    arr = np.arange(12, dtype="<u2").reshape(1, 3, 4)
    path, _ = _roundtrip(tmp_path, "hash.dcm", arr, 16)
    with vetdicom.open(path) as f:
        out = f.frame(0)
    assert hashlib.sha256(out.tobytes()).hexdigest() == hashlib.sha256(arr[0].tobytes()).hexdigest()
