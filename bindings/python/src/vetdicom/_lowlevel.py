"""Low-level ctypes declarations of the libvetdicom C API (include/vetdicom/vetdicom.h).

Every exported symbol is declared once in ``_PROTOTYPES`` with its argtypes, restype and
errcheck (the openslide-python ``lowlevel.py`` pattern). Opaque handles are ``c_void_p``; a
function returning ``vetdicom_status`` raises through its errcheck when the status is not 0,
with the text of ``vetdicom_last_error_message()`` read on the same thread right after the call.

The library is loaded on first use of any function (``vetdicom._library``), so importing the
package works without it; functions are module attributes: ``_lowlevel.vetdicom_file_open``.

Buffer-protocol functions (``(buffer, capacity, &length)``) have an errcheck that lets
VETDICOM_ERR_BUFFER_TOO_SMALL through as a return value; use :func:`read_string` and
:func:`read_bytes`, which size the buffer and retry.
"""

import ctypes
import sys
import threading
from ctypes import (
    POINTER,
    Structure,
    byref,
    c_char,
    c_char_p,
    c_double,
    c_int32,
    c_int64,
    c_size_t,
    c_uint8,
    c_uint32,
    c_uint64,
    c_void_p,
)
from typing import Any, Callable, Dict, List, Optional, Tuple, cast

from . import _library
from ._errors import ERR_BUFFER_TOO_SMALL, VetDICOMError, error_for_status

# Option keys (VETDICOM_OPT_*).
OPT_MAX_DEPTH = "max_depth"
OPT_MAX_ELEMENTS = "max_elements"
OPT_MAX_VALUE_LENGTH = "max_value_length"
OPT_MAX_INFLATED_BYTES = "max_inflated_bytes"
OPT_MAX_FRAME_BYTES = "max_frame_bytes"
OPT_MAX_DIMENSION = "max_dimension"
OPT_MAX_FRAMES = "max_frames"
OPT_BORROW_MEMORY = "borrow_memory"
OPT_KEEP_YBR = "keep_ybr"
OPT_THREADS = "threads"

# JSON flags.
JSON_BULK_OMIT = 0
JSON_BULK_BASE64 = 1


# --------------------------------------------------------------------------------------------
# Structures (mirror vetdicom.h exactly; struct_size is set by the constructors below)
# --------------------------------------------------------------------------------------------


class _SizedStructure(Structure):
    def __init__(self) -> None:
        super().__init__()
        self.struct_size = ctypes.sizeof(self)


class vetdicom_patient(_SizedStructure):
    _fields_ = [
        ("struct_size", c_size_t),
        ("patient_name", c_char_p),
        ("owner_family_name", c_char_p),
        ("animal_name", c_char_p),
        ("patient_id", c_char_p),
        ("species_description", c_char_p),
        ("species_code_value", c_char_p),
        ("species_code_scheme", c_char_p),
        ("species_code_meaning", c_char_p),
        ("breed_description", c_char_p),
        ("breed_code_value", c_char_p),
        ("breed_code_scheme", c_char_p),
        ("breed_code_meaning", c_char_p),
        ("sex", c_char_p),
        ("neutered", c_char_p),
        ("responsible_person", c_char_p),
        ("responsible_person_role", c_char_p),
        ("responsible_organization", c_char_p),
        ("birth_date", c_char_p),
    ]


class vetdicom_image_info(_SizedStructure):
    _fields_ = [
        ("struct_size", c_size_t),
        ("rows", c_uint32),
        ("columns", c_uint32),
        ("number_of_frames", c_uint32),
        ("samples_per_pixel", c_uint32),
        ("bits_allocated", c_uint32),
        ("bits_stored", c_uint32),
        ("high_bit", c_uint32),
        ("pixel_representation", c_uint32),
        ("planar_configuration", c_uint32),
        ("encapsulated", c_int32),
        ("float_pixels", c_int32),
        ("photometric_interpretation", c_char_p),
        ("transfer_syntax_uid", c_char_p),
    ]


class vetdicom_frame_info(_SizedStructure):
    _fields_ = [
        ("struct_size", c_size_t),
        ("rows", c_uint32),
        ("columns", c_uint32),
        ("samples_per_pixel", c_uint32),
        ("bytes_per_sample", c_uint32),
        ("is_signed", c_int32),
        ("is_float", c_int32),
        ("photometric_interpretation", c_char_p),
    ]


class vetdicom_geometry(_SizedStructure):
    _fields_ = [
        ("struct_size", c_size_t),
        ("row_spacing_mm", c_double),
        ("column_spacing_mm", c_double),
        ("pixel_aspect_ratio", c_double),
        ("source", c_char_p),
        ("ultrasound_region_count", c_uint32),
        ("reserved", c_uint32),
    ]


# --------------------------------------------------------------------------------------------
# errcheck functions
# --------------------------------------------------------------------------------------------


def _last_error_message() -> str:
    fn = _bound.get("vetdicom_last_error_message")
    if fn is None:
        return ""
    raw = fn()
    return raw.decode("utf-8", "replace") if raw else ""


def error_for(status: int) -> VetDICOMError:
    """The exception for a non-zero status of a call just made on this thread (with the
    library's message): raised by the checked bindings (errcheck) and by the callers of the
    unchecked raw_* ones."""
    return error_for_status(status, _last_error_message() or status_string(status))


def _raise_for(status: int, func_name: str) -> None:
    raise error_for(status)


_IMAGE_INFO_TEMPLATE = bytes(vetdicom_image_info())


def new_image_info() -> vetdicom_image_info:
    """A zeroed vetdicom_image_info with struct_size set (a copy of a template: cheaper than the
    Python-level constructor)."""
    return vetdicom_image_info.from_buffer_copy(_IMAGE_INFO_TEMPLATE)


def _check_status(result: int, func: Any, args: Tuple[Any, ...]) -> int:
    if result != 0:
        _raise_for(result, func.__name__)
    return result


def _check_sized(result: int, func: Any, args: Tuple[Any, ...]) -> int:
    """Like _check_status but returns VETDICOM_ERR_BUFFER_TOO_SMALL to the caller."""
    if result != 0 and result != ERR_BUFFER_TOO_SMALL:
        _raise_for(result, func.__name__)
    return result


def _check_string(result: Optional[bytes], func: Any, args: Tuple[Any, ...]) -> str:
    return result.decode("utf-8", "replace") if result else ""


# --------------------------------------------------------------------------------------------
# Handle classes: argtypes that accept the package's objects directly (ctypes from_param)
# --------------------------------------------------------------------------------------------


class _Handle(c_void_p):
    """An opaque handle argument type: a ctypes class (c_void_p subclass) with a from_param that
    accepts None (NULL), an int address, a c_void_p, or an object with ``_as_parameter_``
    (vetdicom.Dataset passes itself). Anything else (a str or bytes, which plain c_void_p would
    turn into a pointer to their characters) is a TypeError, never a crash."""

    @classmethod
    def from_param(cls, obj: Any) -> Any:
        if type(obj) is int:
            return c_void_p(obj)  # never the int itself: ctypes would pass it as a 32-bit C int
        if obj is None or isinstance(obj, c_void_p):
            return obj
        param = getattr(obj, "_as_parameter_", None)
        if isinstance(param, c_void_p):
            return param
        raise TypeError("expected a %s, got %s" % (cls.__name__, type(obj).__name__))


class FileHandle(_Handle):
    """A vetdicom_file* argument."""


class DatasetHandle(_Handle):
    """A vetdicom_dataset* argument (a vetdicom.Dataset is accepted directly)."""


class OptionsHandle(_Handle):
    """A vetdicom_options* argument."""


# --------------------------------------------------------------------------------------------
# The table: name -> (restype, argtypes, errcheck)
# --------------------------------------------------------------------------------------------

_p_handle = POINTER(c_void_p)
_vr_buffer = c_char * 3

_PROTOTYPES: Dict[str, Tuple[Any, List[Any], Optional[Callable[..., Any]]]] = {
    # Status, errors, versions
    "vetdicom_status_string": (c_char_p, [c_int32], _check_string),
    "vetdicom_last_error_message": (c_char_p, [], None),
    "vetdicom_version_number": (c_uint32, [], None),
    "vetdicom_version_string": (c_char_p, [], _check_string),
    # Options
    "vetdicom_options_create": (c_int32, [_p_handle], _check_status),
    "vetdicom_options_destroy": (None, [OptionsHandle], None),
    "vetdicom_options_set_int64": (c_int32, [OptionsHandle, c_char_p, c_int64], _check_status),
    "vetdicom_options_set_double": (c_int32, [OptionsHandle, c_char_p, c_double], _check_status),
    "vetdicom_options_set_string": (c_int32, [OptionsHandle, c_char_p, c_char_p], _check_status),
    # Files
    "vetdicom_file_open": (c_int32, [c_char_p, c_void_p, _p_handle], _check_status),
    "vetdicom_file_open_memory": (c_int32, [c_void_p, c_size_t, c_void_p, _p_handle], _check_status),
    "vetdicom_file_close": (None, [FileHandle], None),
    "vetdicom_file_transfer_syntax": (c_int32, [FileHandle, POINTER(c_char_p)], _check_status),
    # Data sets and elements
    "vetdicom_file_dataset": (c_int32, [FileHandle, _p_handle], _check_status),
    "vetdicom_file_meta": (c_int32, [FileHandle, _p_handle], _check_status),
    "vetdicom_dataset_count": (c_int32, [DatasetHandle, POINTER(c_size_t)], _check_status),
    "vetdicom_dataset_element_at": (
        c_int32,
        [DatasetHandle, c_size_t, POINTER(c_uint32), c_void_p, POINTER(c_uint64)],
        _check_status,
    ),
    "vetdicom_dataset_vr": (c_int32, [DatasetHandle, c_char_p, c_void_p], _check_status),
    "vetdicom_dataset_vm": (c_int32, [DatasetHandle, c_char_p, POINTER(c_size_t)], _check_status),
    "vetdicom_dataset_get_string": (
        c_int32,
        [DatasetHandle, c_char_p, c_int64, c_void_p, c_size_t, POINTER(c_size_t)],
        _check_sized,
    ),
    "vetdicom_dataset_get_int64": (
        c_int32,
        [DatasetHandle, c_char_p, c_size_t, POINTER(c_int64)],
        _check_status,
    ),
    "vetdicom_dataset_get_double": (
        c_int32,
        [DatasetHandle, c_char_p, c_size_t, POINTER(c_double)],
        _check_status,
    ),
    "vetdicom_dataset_get_bytes": (
        c_int32,
        [DatasetHandle, c_char_p, c_void_p, c_size_t, POINTER(c_size_t)],
        _check_sized,
    ),
    "vetdicom_dataset_item_count": (c_int32, [DatasetHandle, c_char_p, POINTER(c_size_t)], _check_status),
    "vetdicom_dataset_item": (c_int32, [DatasetHandle, c_char_p, c_size_t, _p_handle], _check_status),
    "vetdicom_dataset_to_json": (
        c_int32,
        [DatasetHandle, c_int32, c_void_p, c_size_t, POINTER(c_size_t)],
        _check_sized,
    ),
    # Patient
    "vetdicom_file_patient": (c_int32, [FileHandle, POINTER(vetdicom_patient)], _check_status),
    # Image description
    "vetdicom_file_image_info": (c_int32, [FileHandle, POINTER(vetdicom_image_info)], _check_status),
    # Pixel decoding
    "vetdicom_file_frame_count": (c_int32, [FileHandle, POINTER(c_size_t)], _check_status),
    "vetdicom_file_frame_size": (
        c_int32,
        [FileHandle, c_void_p, POINTER(c_size_t), POINTER(vetdicom_frame_info)],
        _check_status,
    ),
    "vetdicom_file_decode_frame": (
        c_int32,
        [FileHandle, c_void_p, c_size_t, c_void_p, c_size_t],
        _check_status,
    ),
    "vetdicom_file_decode_frames": (
        c_int32,
        [FileHandle, c_void_p, c_size_t, c_size_t, c_void_p, c_size_t],
        _check_status,
    ),
    "vetdicom_file_decoder_name": (c_int32, [FileHandle, POINTER(c_char_p)], _check_status),
    "vetdicom_tag_keyword": (c_int32, [c_uint32, POINTER(c_char_p)], None),
    # Bulk element headers
    "vetdicom_dataset_elements": (
        c_int32,
        [DatasetHandle, c_size_t, c_void_p, c_size_t, POINTER(c_size_t)],
        _check_sized,
    ),
    # Rendering
    "vetdicom_file_render_size": (
        c_int32,
        [FileHandle, c_void_p, POINTER(c_uint32), POINTER(c_uint32), POINTER(c_uint32)],
        _check_status,
    ),
    "vetdicom_file_render": (c_int32, [FileHandle, c_void_p, c_size_t, c_void_p, c_size_t, c_size_t], _check_status),
    "vetdicom_file_render_decoded": (c_int32, [FileHandle, c_void_p, c_size_t, c_void_p, c_size_t, c_void_p, c_size_t,
                                               c_size_t], _check_status),
    "vetdicom_file_modality_values": (
        c_int32,
        [FileHandle, c_void_p, c_size_t, c_int32, c_void_p, c_size_t, POINTER(c_size_t)],
        _check_sized,
    ),
    "vetdicom_file_render_png": (c_int32, [FileHandle, c_void_p, c_size_t, c_char_p], _check_status),
    "vetdicom_file_render_jpeg": (c_int32, [FileHandle, c_void_p, c_size_t, c_char_p], _check_status),
    "vetdicom_file_render_png_memory": (
        c_int32,
        [FileHandle, c_void_p, c_size_t, POINTER(c_void_p), POINTER(c_size_t)],
        _check_status,
    ),
    "vetdicom_file_render_jpeg_memory": (
        c_int32,
        [FileHandle, c_void_p, c_size_t, POINTER(c_void_p), POINTER(c_size_t)],
        _check_status,
    ),
    "vetdicom_free": (None, [c_void_p], None),
    "vetdicom_file_voi_count": (c_int32, [FileHandle, c_size_t, POINTER(c_size_t), POINTER(c_size_t)], _check_status),
    "vetdicom_file_window": (
        c_int32,
        [FileHandle, c_size_t, c_size_t, POINTER(c_double), POINTER(c_double), c_void_p, c_size_t, POINTER(c_size_t)],
        _check_sized,
    ),
    "vetdicom_file_geometry": (c_int32, [FileHandle, c_size_t, POINTER(vetdicom_geometry)], _check_status),
}

# Unchecked bindings of the calls an open + describe makes, for the hot path: the argument
# types convert in C (a handle is a plain int, a structure is passed by reference), there is no
# errcheck, and the caller tests the status (error_for). Each is a second function object of the
# same symbol, so the checked ones above keep their errcheck.
_RAW: Dict[str, Tuple[str, Any, Tuple[Any, ...]]] = {
    "raw_file_open": ("vetdicom_file_open", c_int32, (c_char_p, c_void_p, POINTER(c_void_p))),
    "raw_file_image_info": ("vetdicom_file_image_info", c_int32, (c_void_p, POINTER(vetdicom_image_info))),
    "raw_file_close": ("vetdicom_file_close", None, (c_void_p,)),
}

_bound: Dict[str, Any] = {}
# Names of the table that the loaded library lacks (filled by _bind_all).
missing_symbols: List[str] = []
_bind_lock = threading.Lock()


def _bind_all() -> None:
    """Loads the library and binds every symbol of the table (once)."""
    with _bind_lock:
        if _bound:
            return
        lib = _library.library()
        bound: Dict[str, Any] = {}
        missing = []
        for name, (restype, argtypes, errcheck) in _PROTOTYPES.items():
            try:
                fn = getattr(lib, name)
            except AttributeError:
                missing.append(name)
                continue
            fn.restype = restype
            fn.argtypes = argtypes
            if errcheck is not None:
                fn.errcheck = errcheck
            bound[name] = fn
        for name in missing:
            bound[name] = _missing_symbol(name, lib)
        for name, (symbol, raw_restype, raw_argtypes) in _RAW.items():
            if symbol in missing:
                bound[name] = bound[symbol]
                continue
            raw = lib[symbol]  # a new function object (getattr would return the checked one)
            raw.restype = raw_restype
            raw.argtypes = raw_argtypes
            bound[name] = raw
        globals().update(bound)
        _bound.update(bound)
        missing_symbols[:] = missing


def _missing_symbol(name: str, lib: Any) -> Callable[..., Any]:
    """A stand-in for a symbol the loaded library lacks: raises when called, so the rest of the
    API stays usable with an older or partial build."""

    def missing(*args: Any, **kwargs: Any) -> Any:
        from ._errors import LibraryNotFoundError

        raise LibraryNotFoundError(
            "the loaded libvetdicom (%s) does not export %s; it is older than this package or a partial "
            "build. Point VETDICOM_LIBRARY at a current libvetdicom.so." % (getattr(lib, "_name", "?"), name)
        )

    missing.__name__ = name
    return missing


def __getattr__(name: str) -> Any:
    # PEP 562: first access to a C function loads the library and binds the whole table.
    if name in _PROTOTYPES or name in _RAW:
        _bind_all()
        return _bound[name]
    raise AttributeError("module %r has no attribute %r" % (__name__, name))


def ensure_loaded() -> None:
    """Loads and binds the library now (raises LibraryNotFoundError if that fails)."""
    if not _bound:
        _bind_all()


def fn(name: str) -> Any:
    """The bound C function `name`."""
    f = _bound.get(name)
    if f is None:
        _bind_all()
        f = _bound[name]
    return f


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def status_string(status: int) -> str:
    """vetdicom_status_string(status)."""
    try:
        return str(fn("vetdicom_status_string")(status))
    except Exception:  # library not loadable: still give something useful
        return "status %d" % status


def read_string(func: Any, *args: Any, initial: int = 256) -> str:
    """Calls a string buffer-protocol function `func(*args, buffer, capacity, &length)` and
    returns the UTF-8 text. Tries a small buffer first, then the exact size."""
    length = c_size_t(0)
    cap = initial
    for _ in range(3):
        buf = ctypes.create_string_buffer(cap)
        status = func(*args, buf, cap, byref(length))
        if status == 0:
            n = min(length.value, cap)
            return buf.raw[:n].decode("utf-8", "replace")
        cap = length.value + 1
    _raise_for(ERR_BUFFER_TOO_SMALL, getattr(func, "__name__", "?"))
    raise AssertionError("unreachable")


def library_bytes(func: Any, *args: Any) -> bytes:
    """Calls a "to memory" function `func(*args, &data, &size)` whose buffer the library
    allocates (uint8_t **data, size_t *size) and returns its bytes; the buffer is freed here."""
    data = POINTER(c_uint8)()
    size = c_size_t()
    func(*args, byref(data), byref(size))
    try:
        return ctypes.string_at(data, size.value)
    finally:
        fn("vetdicom_free")(data)


# CPython: a bytes object made uninitialised through the C API (PyBytes_FromStringAndSize(NULL,
# n)) may be filled in place before anything else sees it, so a large value costs one copy (the
# library's read into it) instead of a zero-filled buffer plus a second copy.
_new_bytes: Any = None
if sys.implementation.name == "cpython":
    try:
        _new_bytes = ctypes.pythonapi.PyBytes_FromStringAndSize
        _new_bytes.restype = ctypes.py_object
        _new_bytes.argtypes = (c_void_p, ctypes.c_ssize_t)
    except AttributeError:  # pragma: no cover - an embedded interpreter without pythonapi
        _new_bytes = None
_DIRECT_MIN = 1 << 16


def read_bytes(func: Any, *args: Any, expected: int = -1) -> bytes:
    """Calls a bytes buffer-protocol function `func(*args, buffer, capacity, &length)` (size
    query with (NULL, 0) first, or straight into a buffer of `expected` bytes when the caller
    knows the length) and returns the bytes."""
    length = c_size_t(0)
    if expected >= _DIRECT_MIN and _new_bytes is not None:
        out = _new_bytes(None, expected)
        if func(*args, out, expected, byref(length)) == 0 and length.value == expected:
            return cast(bytes, out)
    elif expected > 0:
        exact = ctypes.create_string_buffer(expected)
        if func(*args, exact, expected, byref(length)) == 0:
            return ctypes.string_at(exact, min(length.value, expected))
    status = func(*args, None, 0, byref(length))
    if status == 0 and length.value == 0:
        return b""
    for _ in range(2):
        n = length.value
        if n == 0:
            # Size query said 0 but the call wanted a buffer: give it one byte.
            n = 1
        buf = (c_uint8 * n)()
        status = func(*args, buf, n, byref(length))
        if status == 0:
            return bytes(memoryview(buf).cast("B")[: min(length.value, n)])
    _raise_for(ERR_BUFFER_TOO_SMALL, getattr(func, "__name__", "?"))
    raise AssertionError("unreachable")


_tls = threading.local()
_SCRATCH = 1 << 16


def _call_sized(func: Any, args: Tuple[Any, ...]) -> Tuple[Any, int]:
    """Calls a buffer-protocol function with this thread's reusable scratch buffer, retrying once
    with an exact buffer when it is too small (no size query for the common small case).
    Returns (buffer, length)."""
    buf = getattr(_tls, "buf", None)
    if buf is None:
        buf = _tls.buf = ctypes.create_string_buffer(_SCRATCH)
    length = c_size_t(0)
    if func(*args, buf, _SCRATCH, byref(length)) == 0:
        return buf, length.value
    for _ in range(3):
        cap = length.value + 1
        big = ctypes.create_string_buffer(cap)
        if func(*args, big, cap, byref(length)) == 0:
            return big, length.value
    _raise_for(ERR_BUFFER_TOO_SMALL, getattr(func, "__name__", "?"))
    raise AssertionError("unreachable")


def read_elements(dataset: Any, max_inline: int) -> bytes:
    """The vetdicom_dataset_elements buffer of a data set (one call, rarely two)."""
    buf, n = _call_sized(vetdicom_dataset_elements_fn(), (dataset, max_inline))
    return ctypes.string_at(buf, n)


def read_text(func: Any, *args: Any) -> str:
    """The UTF-8 text of a string buffer-protocol function, e.g. vetdicom_dataset_to_json
    (scratch buffer first, exact size on retry: no fixed 1 MiB buffer per call)."""
    buf, n = _call_sized(func, args)
    return ctypes.string_at(buf, n).decode("utf-8", "replace")


def vetdicom_dataset_elements_fn() -> Any:
    f = _bound.get("vetdicom_dataset_elements")
    if f is None:
        _bind_all()
        f = _bound["vetdicom_dataset_elements"]
    return f


def new_vr_buffer() -> Any:
    return _vr_buffer()


__all__ = [
    "vetdicom_patient",
    "vetdicom_image_info",
    "vetdicom_frame_info",
    "read_string",
    "read_bytes",
    "read_elements",
    "read_text",
    "FileHandle",
    "DatasetHandle",
    "OptionsHandle",
    "status_string",
    "ensure_loaded",
    "fn",
] + list(_PROTOTYPES)
