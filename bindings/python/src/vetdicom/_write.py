"""Editing and saving (``vetdicom_file_set_*``, ``vetdicom_file_save*`` in vetdicom.h).

    with vetdicom.open("buddy.dcm") as f:
        f["PatientName"] = "Smith^Buddy"
        f["PixelSpacing"] = [0.15, 0.15]
        f["PatientSpeciesCodeSequence[0].CodeMeaning"] = "Canis lupus familiaris"
        del f["StudyDescription"]
        f.save("fixed.dcm")                  # same transfer syntax; atomic replace
        data = f.save(None, transfer_syntax="1.2.840.10008.1.2")   # bytes

Edits live in the open File (the file on disk is untouched until saved) and every read sees
them. Values: ``str`` (a backslash separates values), ``int``, ``float``, lists of them,
``bytes`` (raw value, little endian for binary VRs), ``None`` (an empty value), or a list of
``dict`` for a sequence (one dict of key -> value per item). A value that does not fit its VR
raises :class:`InvalidValueError` naming the element. Editing a File while another thread
uses it is not allowed.
"""

import struct
from ctypes import POINTER, byref, c_char_p, c_double, c_int32, c_int64, c_size_t, c_uint16, c_uint32, c_void_p
from ctypes import c_uint8
from typing import Any, Dict, List, Optional, Sequence, Union

from . import _library
from . import _errors
from . import _lowlevel as _ll

_p_handle = POINTER(c_void_p)

# name -> (restype, argtypes, errcheck); bound on first use.
_PROTOTYPES: Dict[str, Any] = {
    "vetdicom_file_create": (c_int32, [c_void_p, _p_handle], _ll._check_status),
    "vetdicom_file_set_string": (c_int32, [c_void_p, c_char_p, c_char_p], _ll._check_status),
    "vetdicom_file_set_element": (c_int32, [c_void_p, c_char_p, c_char_p, c_void_p, c_size_t], _ll._check_status),
    "vetdicom_file_set_int64s": (c_int32, [c_void_p, c_char_p, POINTER(c_int64), c_size_t], _ll._check_status),
    "vetdicom_file_set_doubles": (c_int32, [c_void_p, c_char_p, POINTER(c_double), c_size_t], _ll._check_status),
    "vetdicom_file_remove": (c_int32, [c_void_p, c_char_p], _ll._check_status),
    "vetdicom_file_item_add": (c_int32, [c_void_p, c_char_p, POINTER(c_size_t)], _ll._check_status),
    "vetdicom_file_item_remove": (c_int32, [c_void_p, c_char_p, c_size_t], _ll._check_status),
    "vetdicom_file_private_block": (c_int32, [c_void_p, c_uint16, c_char_p, POINTER(c_uint32)], _ll._check_status),
    "vetdicom_file_save": (c_int32, [c_void_p, c_char_p, c_char_p, c_void_p], _ll._check_status),
    "vetdicom_file_save_memory": (
        c_int32,
        [c_void_p, c_char_p, c_void_p, POINTER(POINTER(c_uint8)), POINTER(c_size_t)],
        _ll._check_status,
    ),
}

_bound: Dict[str, Any] = {}

# Binary VRs: struct formats of one value (little endian, as vetdicom_file_set_element takes).
_PACK = {"US": "H", "SS": "h", "UL": "I", "SL": "i", "FL": "f", "FD": "d", "SV": "q", "UV": "Q",
         "OW": "H", "OL": "I", "OF": "f", "OD": "d", "OV": "Q", "OB": "B"}


def _fn(name: str) -> Any:
    f = _bound.get(name)
    if f is None:
        _ll._bind_all()  # the core table (error messages, vetdicom_free) is bound first
        lib = _library.library()
        restype, argtypes, errcheck = _PROTOTYPES[name]
        try:
            f = getattr(lib, name)
        except AttributeError:
            f = _ll._missing_symbol(name, lib)
        else:
            f.restype = restype
            f.argtypes = argtypes
            f.errcheck = errcheck
        _bound[name] = f
    return f


def _ts(transfer_syntax: Optional[str]) -> Optional[bytes]:
    return None if transfer_syntax is None else str(transfer_syntax).encode("ascii")


def _is_number_list(value: Sequence[Any]) -> bool:
    return all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value)


class WriteMixin:
    """Editing and saving methods of :class:`vetdicom.File`."""

    def _key(self, key: Any) -> bytes:
        from . import _key_bytes

        return _key_bytes(key)

    def __setitem__(self, key: Any, value: Any) -> None:
        self.set(key, value)

    def _edited(self) -> None:
        """Drops what the File caches from the data set (pixel_array, element records)."""
        invalidate = getattr(self, "_invalidate_caches", None)
        if invalidate is not None:
            invalidate()

    def __delitem__(self, key: Any) -> None:
        try:
            with self._use() as h:  # type: ignore[attr-defined]
                _fn("vetdicom_file_remove")(h, self._key(key))
        finally:
            self._edited()

    def set(self, key: Any, value: Any, vr: Optional[str] = None) -> None:
        """Sets an element (see the module docstring for values). `vr` ("OB", "LO"...) is
        needed for private elements; with it, `value` is given as text or bytes."""
        try:
            self._set(key, value, vr)
        finally:
            self._edited()

    def _set(self, key: Any, value: Any, vr: Optional[str]) -> None:
        k = self._key(key)
        if hasattr(value, "tolist") and not isinstance(value, (bytes, bytearray)):
            value = value.tolist()  # numpy scalars and arrays
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            self._set_items(key, value)
            return
        with self._use() as h:  # type: ignore[attr-defined]
            if vr is not None:
                if isinstance(value, str):
                    raw = value.encode("utf-8")
                elif value is None:
                    raw = b""
                elif isinstance(value, (bytes, bytearray, memoryview)):
                    raw = bytes(value)
                else:
                    values = list(value) if isinstance(value, (list, tuple)) else [value]
                    fmt = _PACK.get(vr.upper())
                    if vr.upper() == "AT" and all(isinstance(v, int) for v in values):
                        raw = b"".join(struct.pack("<HH", v >> 16, v & 0xFFFF) for v in values)
                    elif fmt is not None and _is_number_list(values):
                        raw = struct.pack("<%d%s" % (len(values), fmt), *values)
                    else:
                        raw = "\\".join(str(v) for v in values).encode("utf-8")
                _fn("vetdicom_file_set_element")(h, k, vr.encode("ascii"), raw, len(raw))
            elif value is None:
                _fn("vetdicom_file_set_element")(h, k, None, None, 0)
            elif isinstance(value, str):
                _fn("vetdicom_file_set_string")(h, k, value.encode("utf-8"))
            elif isinstance(value, (bytes, bytearray, memoryview)):
                raw = bytes(value)
                _fn("vetdicom_file_set_element")(h, k, None, raw, len(raw))
            elif isinstance(value, bool):
                raise TypeError("a DICOM value cannot be a bool")
            elif isinstance(value, int):
                arr = (c_int64 * 1)(value)
                _fn("vetdicom_file_set_int64s")(h, k, arr, 1)
            elif isinstance(value, float):
                darr = (c_double * 1)(value)
                _fn("vetdicom_file_set_doubles")(h, k, darr, 1)
            elif isinstance(value, (list, tuple)):
                if not value:
                    _fn("vetdicom_file_set_element")(h, k, None, None, 0)
                elif all(isinstance(v, int) and not isinstance(v, bool) for v in value):
                    arr = (c_int64 * len(value))(*value)
                    _fn("vetdicom_file_set_int64s")(h, k, arr, len(value))
                elif _is_number_list(value):
                    darr = (c_double * len(value))(*[float(v) for v in value])
                    _fn("vetdicom_file_set_doubles")(h, k, darr, len(value))
                else:
                    _fn("vetdicom_file_set_string")(h, k, "\\".join(str(v) for v in value).encode("utf-8"))
            else:
                raise TypeError("cannot store a %s in a DICOM element" % type(value).__name__)

    def _set_items(self, key: Any, items: List[Dict[Any, Any]]) -> None:
        """Replaces a sequence with items built from dicts."""
        base = key if isinstance(key, str) else self._key(key).decode("ascii")
        if base in self:  # type: ignore[operator]
            del self[base]
        for item in items:
            index = self.add_item(base)
            for k, v in item.items():
                sub = k if isinstance(k, str) else self._key(k).decode("ascii")
                self.set("%s[%d].%s" % (base, index, sub), v)

    def add_item(self, key: Any) -> int:
        """Appends an empty item to a sequence (created when absent); returns its index."""
        out = c_size_t()
        try:
            with self._use() as h:  # type: ignore[attr-defined]
                _fn("vetdicom_file_item_add")(h, self._key(key), byref(out))
        finally:
            self._edited()
        return out.value

    def remove_item(self, key: Any, index: int) -> None:
        """Removes item `index` of a sequence."""
        try:
            with self._use() as h:  # type: ignore[attr-defined]
                _fn("vetdicom_file_item_remove")(h, self._key(key), int(index))
        finally:
            self._edited()

    def private_block(self, group: int, creator: str) -> int:
        """Reserves (or finds) the private block of `creator` in odd `group`; returns xx, so
        that the block's elements are (group, xx << 8 | ee)."""
        out = c_uint32()
        try:
            with self._use() as h:  # type: ignore[attr-defined]
                _fn("vetdicom_file_private_block")(h, int(group), creator.encode("utf-8"), byref(out))
        finally:
            self._edited()
        return out.value

    def save(self, path: Any = None, transfer_syntax: Optional[str] = None, bare: bool = False,
             salvage: bool = False) -> Optional[bytes]:
        """Saves to `path` (atomically: a temporary file and a rename), or returns the bytes when
        `path` is None. `transfer_syntax` None keeps the file's syntax; `bare` writes a data set
        without preamble and file meta. Syntaxes that need pixel encoding/decoding raise
        UnsupportedError. A file salvaged from damage (values cut short) raises TruncatedError
        naming the element unless `salvage` (option save_salvaged): then what was read is
        written consistently (docs/writing.md, "Damaged files")."""
        from . import _Options

        flags = {}
        if bare:
            flags[_OPT_BARE_DATASET] = 1
        if salvage:
            flags[_OPT_SAVE_SALVAGED] = 1
        opts = _Options(flags) if flags else None
        try:
            with self._use() as h:  # type: ignore[attr-defined]
                oh = opts.handle if opts is not None else None
                if path is None:
                    return _ll.library_bytes(_fn("vetdicom_file_save_memory"), h, _ts(transfer_syntax), oh)
                _fn("vetdicom_file_save")(h, _library.fs_path(path), _ts(transfer_syntax), oh)
                return None
        finally:
            if opts is not None:
                opts.destroy()


_OPT_BARE_DATASET = "bare_dataset"
_OPT_SAVE_SALVAGED = "save_salvaged"


def new(**options: Any) -> Any:
    """A new, empty, editable data set (a :class:`vetdicom.File`); saved as Explicit VR Little
    Endian unless told otherwise."""
    from . import File, _Options

    opts = _Options(options) if options else None
    handle = c_void_p()
    try:
        _fn("vetdicom_file_create")(opts.handle if opts is not None else None, byref(handle))
    except BaseException:
        if opts is not None:
            opts.destroy()
        raise
    if not handle.value:
        raise _errors.VetDICOMError("vetdicom_file_create returned no handle")
    return File(handle.value, None, (opts,) if opts is not None else ())
