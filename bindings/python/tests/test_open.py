"""Opening files and memory, errors, limits, close semantics."""

import gzip
import io
import pathlib
import random
import zlib
import struct

import pytest

import vetdicom
from conftest import write_dicom


def _simple(tmp_path, name="simple.dcm", **extra):
    from pydicom.dataset import Dataset

    ds = Dataset()
    ds.PatientName = "Smith^Rex"
    ds.PatientID = "A-1"
    ds.PatientSpeciesDescription = "Canine"
    for k, v in extra.items():
        setattr(ds, k, v)
    return write_dicom(tmp_path / name, ds)


def _png_bytes():
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"\x00\x00\x00\x00"  # one row, filter 0, 1x1 RGB black
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def test_open_path_str_pathlike_and_bytes(tmp_path):
    path = _simple(tmp_path)
    data = path.read_bytes()
    sources = [str(path), path, data, bytearray(data), memoryview(data), memoryview(bytearray(data))]
    for src in sources:
        with vetdicom.open(src) as f:
            assert f["PatientName"] == "Smith^Rex", type(src)
            assert f["PatientID"] == "A-1"
            assert f.transfer_syntax_uid == "1.2.840.10008.1.2.1"
        assert f.closed


def _outcome(src, **options):
    """(image info, name, closed after with) or (error class, message, filename, status)."""
    try:
        with vetdicom.open(src, **options) as f:
            got = (f.image, f.name, f.transfer_syntax_uid)
        return got + (f.closed,)
    except Exception as exc:  # noqa: BLE001 - the comparison is the test
        return (type(exc), str(exc), getattr(exc, "filename", None), getattr(exc, "status", None))


def test_str_path_fast_path_matches_the_general_path(tmp_path):
    """open(str) with default options takes a shorter path than open(Path) or open(str, option):
    the three give equal results and equal errors (class, message, file name, status)."""
    image = write_dicom(tmp_path / "img.dcm", _image_ds())
    text = _simple(tmp_path)
    trunc = tmp_path / "trunc.dcm"
    trunc.write_bytes(image.read_bytes()[:300])
    notdicom = tmp_path / "x.txt"
    notdicom.write_bytes(b"not DICOM at all\n" * 20)
    cases = [image, text, trunc, notdicom, tmp_path / "missing.dcm", tmp_path]
    for path in cases:
        fast = _outcome(str(path))
        assert fast == _outcome(path), path
        assert fast == _outcome(str(path), max_depth=64), path
    assert _outcome(str(image))[0] == vetdicom.ImageInfo(
        rows=3, columns=4, number_of_frames=1, samples_per_pixel=1, bits_allocated=16, bits_stored=12, high_bit=11,
        pixel_representation=1, photometric_interpretation="MONOCHROME2", planar_configuration=0, encapsulated=False,
        float_pixels=0, transfer_syntax_uid="1.2.840.10008.1.2.1")
    assert _outcome(str(text))[0] is None
    assert _outcome(str(tmp_path / "missing.dcm"))[0] is vetdicom.VetDICOMIOError
    with pytest.raises(ValueError, match="embedded null byte"):
        vetdicom.open(str(image) + "\0.bak")


def _image_ds():
    import numpy as np
    from pydicom.dataset import Dataset

    ds = Dataset()
    ds.Rows, ds.Columns, ds.SamplesPerPixel = 3, 4, 1
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.PixelData = (np.arange(12, dtype="<i2") - 6).tobytes()
    return ds


def test_memory_is_copied_by_default(tmp_path):
    data = bytearray(_simple(tmp_path).read_bytes())
    f = vetdicom.open(data)
    # The library copied the bytes: destroying ours changes nothing.
    data[:] = b"\x00" * len(data)
    assert f["PatientName"] == "Smith^Rex"
    f.close()


def test_borrowed_memory_keeps_buffer_alive(tmp_path):
    data = bytes(_simple(tmp_path).read_bytes())
    f = vetdicom.open(data, borrow_memory=True)
    del data
    import gc

    gc.collect()
    assert f["PatientSpeciesDescription"] == "Canine"
    f.close()


@pytest.mark.parametrize(
    "name, data",
    [
        ("png", _png_bytes()),
        ("gzip", gzip.compress(b"hello world, this is not DICOM at all" * 10)),
        ("empty", b""),
        ("random", random.Random(1234).randbytes(4096)),
        ("text", b"just some text that is long enough to look at, but not DICOM\n" * 5),
    ],
)
def test_not_dicom(name, data, tmp_path):
    with pytest.raises(vetdicom.NotDICOMError) as info:
        vetdicom.open(data)
    assert info.value.status == 1
    p = tmp_path / ("x." + name)
    p.write_bytes(data)
    with pytest.raises(vetdicom.NotDICOMError):
        vetdicom.open(p)


def test_missing_file_is_an_oserror(tmp_path):
    with pytest.raises(vetdicom.VetDICOMIOError) as info:
        vetdicom.open(tmp_path / "does-not-exist.dcm")
    assert isinstance(info.value, OSError)
    assert info.value.status == 10
    assert info.value.message


def test_directory_is_an_oserror(tmp_path):
    with pytest.raises(vetdicom.VetDICOMIOError):
        vetdicom.open(tmp_path)


def test_truncated(tmp_path):
    path = _simple(tmp_path, StrainAdditionalInformation="x" * 4000)
    data = path.read_bytes()
    cut = data.index(b"x" * 100) + 1000  # inside the 4000-byte UT value
    # Salvage (issue 9): the file opens; the value cut short reports the truncation when read.
    with vetdicom.open(data[:cut]) as f:
        assert f["PatientName"]
        with pytest.raises(vetdicom.TruncatedError) as info:
            f["StrainAdditionalInformation"]
    assert info.value.status == 2
    assert info.value.message


def test_closed_file_refuses_everything(tmp_path):
    f = vetdicom.open(_simple(tmp_path))
    ds = f.dataset
    meta = f.meta
    elements = list(f)
    f.close()
    f.close()  # no-op
    assert f.closed
    calls = [
        lambda: f["PatientName"],
        lambda: f.get("PatientName"),
        lambda: "PatientName" in f,
        lambda: len(f),
        lambda: list(f),
        lambda: f.transfer_syntax_uid,
        lambda: f.patient,
        lambda: f.image,
        lambda: f.number_of_frames,
        lambda: f.decoder_name,
        lambda: f.to_json(),
        lambda: f.meta,
        lambda: f.dataset,
        lambda: ds["PatientName"],
        lambda: len(ds),
        lambda: meta["TransferSyntaxUID"],
        lambda: elements[0].value,
    ]
    for call in calls:
        with pytest.raises(vetdicom.ClosedFileError):
            call()


def test_closed_file_refuses_pixels(tmp_path):
    pytest.importorskip("numpy")
    f = vetdicom.open(_simple(tmp_path))
    f.close()
    for call in (lambda: f.frame(0), lambda: f.pixel_array, lambda: list(f.frames()), lambda: f.frame_info()):
        with pytest.raises(vetdicom.ClosedFileError):
            call()


def test_context_manager_closes(tmp_path):
    with vetdicom.open(_simple(tmp_path)) as f:
        assert not f.closed
    assert f.closed
    with pytest.raises(vetdicom.ClosedFileError):
        f["PatientID"]


def test_unknown_option():
    with pytest.raises(vetdicom.UnknownOptionError) as info:
        vetdicom.open(b"", no_such_option=3)
    assert info.value.status == 104


def test_invalid_limit_value(tmp_path):
    with pytest.raises(vetdicom.ArgumentError):
        vetdicom.open(_simple(tmp_path), max_depth=0)


def _nested(tmp_path, depth):
    from pydicom.dataset import Dataset
    from pydicom.sequence import Sequence

    inner = Dataset()
    inner.CodeMeaning = "deepest"
    for _ in range(depth - 1):
        outer = Dataset()
        outer.ContentSequence = Sequence([inner])
        inner = outer
    ds = Dataset()
    ds.PatientName = "Deep^Dog"
    ds.ContentSequence = Sequence([inner])
    return write_dicom(tmp_path / ("nested%d.dcm" % depth), ds)


def test_max_depth(tmp_path):
    path = _nested(tmp_path, 6)
    with vetdicom.open(path) as f:
        key = ".".join(["ContentSequence[0]"] * 6) + ".CodeMeaning"
        assert f[key] == "deepest"
    with vetdicom.open(path, max_depth=64) as f:
        assert f["PatientName"] == "Deep^Dog"
    # Salvage (issue 9): the file opens; walking into the sequence deeper than max_depth fails.
    with vetdicom.open(path, max_depth=2) as f:
        assert f["PatientName"] == "Deep^Dog"
        with pytest.raises(vetdicom.LimitExceededError) as info:
            f[key]
    assert info.value.status == 6 and info.value.message


def test_max_elements(tmp_path):
    from pydicom.dataset import Dataset

    ds = Dataset()
    for i, kw in enumerate(["PatientName", "PatientID", "PatientSex", "PatientBirthDate", "StudyID", "Modality",
                            "SeriesNumber", "InstanceNumber", "StudyDescription", "SeriesDescription"]):
        value = {"SeriesNumber": "1", "InstanceNumber": "2", "PatientBirthDate": "20200101", "PatientSex": "F"}
        setattr(ds, kw, value.get(kw, "V%d" % i))
    path = write_dicom(tmp_path / "many.dcm", ds)
    with vetdicom.open(path, max_elements=1000) as f:
        assert f["StudyID"] == "V4"
    with pytest.raises(vetdicom.LimitExceededError):
        vetdicom.open(path, max_elements=3)


def test_max_dimension(tmp_path):
    np = pytest.importorskip("numpy")
    from conftest import image_dataset

    pixels = np.arange(64 * 64, dtype="<u2").reshape(64, 64)
    path = write_dicom(tmp_path / "img.dcm", image_dataset(64, 64, 1, 1, 16, 16, False, pixels.tobytes(), "MONOCHROME2"))
    with vetdicom.open(path, max_dimension=64) as f:
        assert (f.frame(0) == pixels).all()
    with pytest.raises(vetdicom.LimitExceededError):
        with vetdicom.open(path, max_dimension=16) as f:
            f.frame(0)
    with pytest.raises(vetdicom.LimitExceededError):
        with vetdicom.open(path, max_frame_bytes=1000) as f:
            f.frame(0)


def test_repr(tmp_path):
    path = _simple(tmp_path)
    f = vetdicom.open(path)
    assert "open" in repr(f) and str(path) in repr(f)
    f.close()
    assert "closed" in repr(f)


def test_result_types_are_complete_frozen_dataclasses(tmp_path):
    """File.image, frame_info() and patient are built without the dataclass __init__ (speed);
    they must still set every field, compare equal to the class built normally, and be frozen."""
    import dataclasses

    from conftest import image_dataset

    ds = image_dataset(4, 3, 2, 1, 16, 12, True, bytes(range(48)), "MONOCHROME2")
    path = write_dicom(tmp_path / "img.dcm", ds)
    with vetdicom.open(str(path)) as f:
        assert f.image.rows == 4 and f.image.number_of_frames == 2 and f.image.pixel_representation == 1
        assert f.patient.animal_name == "Rex" and f.frame_info().dtype == "<i2"
        for obj in (f.image, f.frame_info(), f.patient):
            cls = type(obj)
            names = [fld.name for fld in dataclasses.fields(cls)]
            values = dataclasses.asdict(obj)
            assert list(values) == names
            assert cls(**values) == obj and hash(cls(**values)) == hash(obj)
            assert repr(cls(**values)) == repr(obj)
            with pytest.raises(dataclasses.FrozenInstanceError):
                setattr(obj, names[0], None)


@pytest.mark.parametrize("extra, lazy", [(0, False), (2, True)])
def test_files_up_to_1_mib_are_read_whole_larger_ones_lazily(tmp_path, extra, lazy):
    """A file of exactly 1 MiB is read whole at open (no descriptor kept; truncating it after
    open changes nothing); one of 1 MiB + 2 bytes keeps its descriptor and reads its pixel data
    when decoded (truncated after open: TruncatedError, the header still readable)."""
    import os

    from conftest import image_dataset

    pixels = bytes(range(256)) * (512 * 1024 // 256)  # 512 x 1024 8-bit
    path = write_dicom(tmp_path / "mib.dcm", image_dataset(512, 1024, 1, 1, 8, 8, False, pixels, "MONOCHROME2"))
    size = path.stat().st_size
    target = (1 << 20) + extra
    assert size < target
    with open(path, "ab") as fh:  # trailing zero padding: tolerated at the end of a data set
        fh.write(b"\0" * (target - size))
    assert path.stat().st_size == target

    def fds():
        return len(os.listdir("/proc/self/fd"))

    before = fds()
    with vetdicom.open(str(path)) as f:
        assert fds() == before + (1 if lazy else 0)
        os.truncate(path, 2048)  # another program cuts the file while it is open
        assert f["PatientName"] == "Owner^Rex"
        if lazy:
            with pytest.raises(vetdicom.TruncatedError):
                f.frame(0)
        else:
            assert f.frame(0).tobytes() == pixels
    assert fds() == before
