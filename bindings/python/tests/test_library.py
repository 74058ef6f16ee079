"""The loaded library: versions, status strings, the symbol table."""

import ctypes
import re

import vetdicom
from vetdicom import _library, _lowlevel


def test_every_symbol_is_bound():
    _lowlevel.ensure_loaded()
    assert _lowlevel.missing_symbols == [], "the library lacks: %s" % _lowlevel.missing_symbols
    for name, (restype, argtypes, _) in _lowlevel._PROTOTYPES.items():
        fn = getattr(_lowlevel, name)
        assert fn.restype == restype, name
        assert list(fn.argtypes) == argtypes, name


def test_versions():
    text = vetdicom.library_version()
    assert re.fullmatch(r"\d+\.\d+\.\d+", text), text
    major, minor, patch = (int(x) for x in text.split("."))
    assert vetdicom.library_version_number() == major * 10000 + minor * 100 + patch
    assert major == 1  # the ABI major is the SONAME: libvetdicom.so.1


def test_status_strings():
    for status in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 100, 101, 102, 103, 104, 9999, -1):
        text = vetdicom.status_string(status)
        assert isinstance(text, str) and text, status
    assert vetdicom.status_string(1) != vetdicom.status_string(2)


def test_struct_sizes_match_c_layout():
    # LP64: size_t and pointers are 8 bytes.
    assert ctypes.sizeof(_lowlevel.vetdicom_patient) == 8 + 18 * ctypes.sizeof(ctypes.c_void_p)
    assert ctypes.sizeof(_lowlevel.vetdicom_image_info) == 8 + 11 * 4 + 4 + 2 * 8  # padding before pointers
    assert ctypes.sizeof(_lowlevel.vetdicom_frame_info) == 8 + 6 * 4 + 8
    p = _lowlevel.vetdicom_patient()
    assert p.struct_size == ctypes.sizeof(p)


def test_library_is_loaded_once():
    assert _library.library() is _library.library()


def test_version_from_the_header():
    import re

    from conftest import REPO_ROOT

    header = (REPO_ROOT / "include" / "vetdicom" / "vetdicom.h").read_text()
    parts = [re.search(r"#define VETDICOM_VERSION_%s +(\d+)" % p, header).group(1) for p in ("MAJOR", "MINOR", "PATCH")]
    assert vetdicom.__version__ == ".".join(parts)
    assert vetdicom.library_version() == vetdicom.__version__
