"""Exceptions and keys: pure Python, no library needed (except the lookup test's subprocess)."""

import os
import pickle
import subprocess
import sys

import pytest

import vetdicom
from vetdicom import _errors


@pytest.mark.parametrize(
    "status, cls, builtin",
    [
        (1, vetdicom.NotDICOMError, None),
        (2, vetdicom.TruncatedError, None),
        (3, vetdicom.InvalidDataError, None),
        (4, vetdicom.UnsupportedTransferSyntaxError, None),
        (5, vetdicom.CodecError, None),
        (6, vetdicom.LimitExceededError, None),
        (7, vetdicom.NotFoundError, KeyError),
        (8, vetdicom.TypeMismatchError, None),
        (9, vetdicom.NoPixelDataError, None),
        (10, vetdicom.VetDICOMIOError, OSError),
        (11, vetdicom.OutOfMemoryError, MemoryError),
        (100, vetdicom.ArgumentError, ValueError),
        (101, vetdicom.ArgumentError, ValueError),
        (102, vetdicom.BufferTooSmallError, ValueError),
        (103, vetdicom.OutOfRangeError, IndexError),
        (104, vetdicom.UnknownOptionError, ValueError),
        (150, vetdicom.ArgumentError, ValueError),
        (42, vetdicom.VetDICOMError, None),
    ],
)
def test_status_maps_to_class(status, cls, builtin):
    err = _errors.error_for_status(status, "detail of %d" % status)
    assert type(err) is cls
    assert isinstance(err, vetdicom.VetDICOMError)
    if builtin is not None:
        assert isinstance(err, builtin)
    assert err.status == status
    assert err.message == "detail of %d" % status
    assert str(err) == "detail of %d" % status  # KeyError would repr() it; we don't
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is cls and again.status == status and again.message == err.message


def test_caller_errors_are_argument_errors():
    for status in (100, 101, 102, 103, 104):
        assert isinstance(_errors.error_for_status(status, ""), vetdicom.ArgumentError)
    for status in range(1, 12):
        assert not isinstance(_errors.error_for_status(status, ""), vetdicom.ArgumentError)


def test_closed_file_error():
    err = vetdicom.ClosedFileError("closed")
    assert isinstance(err, vetdicom.VetDICOMError)
    assert isinstance(err, vetdicom.ArgumentError)
    assert isinstance(err, ValueError)
    assert err.status is None


@pytest.mark.parametrize(
    "key, expected",
    [
        ("PatientName", b"PatientName"),
        ("(0010,0010)", b"(0010,0010)"),
        ("PatientSpeciesCodeSequence[0].CodeMeaning", b"PatientSpeciesCodeSequence[0].CodeMeaning"),
        (0x00100010, b"00100010"),
        (0x7FE00010, b"7FE00010"),
        (0x0009ABCD, b"0009ABCD"),
        ((0x0010, 0x2201), b"00102201"),
    ],
)
def test_key_formatting(key, expected):
    assert vetdicom._key_bytes(key) == expected


def test_bad_keys():
    with pytest.raises(vetdicom.ArgumentError):
        vetdicom._key_bytes(-1)
    with pytest.raises(vetdicom.ArgumentError):
        vetdicom._key_bytes(0x1_0000_0000)
    with pytest.raises(TypeError):
        vetdicom._key_bytes(1.5)
    with pytest.raises(TypeError):
        vetdicom._key_bytes(True)


def _run(code, env_update):
    env = dict(os.environ)
    env.update(env_update)
    src = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "src")
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)


def test_missing_library_message_says_what_to_do():
    code = (
        "import vetdicom\n"
        "try:\n"
        "    vetdicom.library_version()\n"
        "except vetdicom.LibraryNotFoundError as e:\n"
        "    print('ERR', e)\n"
    )
    r = _run(code, {"VETDICOM_LIBRARY": "/nonexistent/libvetdicom.so.1"})
    assert r.returncode == 0, r.stderr
    assert "ERR" in r.stdout
    assert "VETDICOM_LIBRARY" in r.stdout
    assert "/nonexistent/libvetdicom.so.1" in r.stdout


def test_import_does_not_need_the_library():
    r = _run("import vetdicom; print(vetdicom.__version__)", {"VETDICOM_LIBRARY": "/nonexistent/lib.so"})
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == vetdicom.__version__
