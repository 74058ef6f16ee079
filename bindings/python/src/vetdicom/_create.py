"""Creating images: :func:`create` (``vetdicom_file_create_image``) and :func:`generate_uid`.

    import numpy as np, vetdicom

    ds = vetdicom.create("DX", pixels, patient={"animal_name": "Buddy", "owner_family_name": "Smith",
                         "patient_id": "VET-1", "species_description": "Canine"},
                         bits_stored=12, StudyDescription="Thorax", ImagerPixelSpacing=[0.1, 0.1])
    ds.save("buddy.dcm")

The ctypes declarations of this section of vetdicom.h live here, bound on first use.
"""

import ctypes
import threading
from ctypes import POINTER, byref, c_char_p, c_int32, c_size_t, c_uint32, c_void_p
from dataclasses import fields
from typing import Any, Dict, List, Optional, Tuple

from . import _library
from . import _lowlevel as _ll
from ._errors import ArgumentError, VetDICOMError

__all__ = ["create", "generate_uid", "MODALITIES"]

#: The modality strings :func:`create` accepts ("OT" is a Secondary Capture image).
MODALITIES = ("DX", "CR", "CT", "MR", "US", "OT")

# Patient keys beyond the fields of vetdicom.Patient: the Breed Registration Sequence item.
_REGISTRATION_KEYS = (
    "breed_registration_number",
    "breed_registry_code_value",
    "breed_registry_code_scheme",
    "breed_registry_code_meaning",
)


class vetdicom_pixel_description(_ll._SizedStructure):
    _fields_ = [
        ("struct_size", c_size_t),
        ("rows", c_uint32),
        ("columns", c_uint32),
        ("number_of_frames", c_uint32),
        ("samples_per_pixel", c_uint32),
        ("bits_allocated", c_uint32),
        ("bits_stored", c_uint32),
        ("pixel_representation", c_uint32),
        ("planar_configuration", c_uint32),
        ("photometric_interpretation", c_char_p),
    ]


class vetdicom_create_info(_ll._SizedStructure):
    _fields_ = [
        ("struct_size", c_size_t),
        ("modality", c_char_p),
        ("patient", POINTER(_ll.vetdicom_patient)),
        ("uid_root", c_char_p),
        ("attributes", POINTER(c_char_p)),
        ("breed_registration_number", c_char_p),
        ("breed_registry_code_value", c_char_p),
        ("breed_registry_code_scheme", c_char_p),
        ("breed_registry_code_meaning", c_char_p),
    ]


_PROTOTYPES = {
    "vetdicom_file_create_image": (
        c_int32,
        [POINTER(vetdicom_create_info), POINTER(vetdicom_pixel_description), c_void_p, c_size_t, POINTER(c_void_p)],
        _ll._check_status,
    ),
    "vetdicom_uid_generate": (c_int32, [c_char_p, c_void_p, c_size_t, POINTER(c_size_t)], _ll._check_sized),
}
_bound: Dict[str, Any] = {}
_lock = threading.Lock()


def _fn(name: str) -> Any:
    f = _bound.get(name)
    if f is None:
        with _lock:
            _ll.ensure_loaded()  # binds vetdicom_last_error_message for the errcheck
            lib = _library.library()
            for n, (restype, argtypes, errcheck) in _PROTOTYPES.items():
                try:
                    g = getattr(lib, n)
                except AttributeError:
                    g = _ll._missing_symbol(n, lib)
                else:
                    g.restype, g.argtypes, g.errcheck = restype, argtypes, errcheck
                _bound[n] = g
        f = _bound[name]
    return f


def generate_uid(root: Optional[str] = None) -> str:
    """A new UID: ``2.25.<decimal of a random UUID>``, or `root` plus random digits (64 characters)."""
    buf = ctypes.create_string_buffer(80)
    length = c_size_t(0)
    _fn("vetdicom_uid_generate")(root.encode() if root else None, buf, len(buf), byref(length))
    return buf.value.decode("ascii")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "\\".join(_text(v) for v in value)
    if isinstance(value, bytes):
        return value.decode("utf-8")
    if isinstance(value, float):
        return repr(value) if value != int(value) or abs(value) >= 1e15 else str(int(value))
    return str(value)


def _pixel_description(pixels: Any, photometric: Optional[str], bits_stored: Optional[int],
                       modality: str) -> Tuple[Any, vetdicom_pixel_description]:
    import numpy as np

    arr = np.asarray(pixels)
    if arr.dtype.kind not in "ui" or arr.dtype.itemsize not in (1, 2, 4):
        raise ArgumentError("pixels must be an integer array of 8, 16 or 32 bits (got %s)" % arr.dtype)
    mono = photometric is not None and photometric.upper().startswith("MONOCHROME")
    if arr.ndim == 2:
        frames, rows, columns, samples = 1, arr.shape[0], arr.shape[1], 1
    elif arr.ndim == 3 and arr.shape[2] == 3 and not mono:
        frames, rows, columns, samples = 1, arr.shape[0], arr.shape[1], 3
    elif arr.ndim == 3:
        frames, rows, columns, samples = arr.shape[0], arr.shape[1], arr.shape[2], 1
    elif arr.ndim == 4:
        frames, rows, columns, samples = arr.shape
    else:
        raise ArgumentError(
            "pixels must be (rows, columns), (rows, columns, samples) or (frames, rows, columns[, samples]); "
            "got shape %s" % (arr.shape,))
    arr = np.ascontiguousarray(arr, dtype=arr.dtype.newbyteorder("<"))
    d = vetdicom_pixel_description()
    d.rows, d.columns, d.number_of_frames, d.samples_per_pixel = rows, columns, frames, samples
    d.bits_allocated = arr.dtype.itemsize * 8
    d.bits_stored = int(bits_stored) if bits_stored else 0
    d.pixel_representation = 1 if arr.dtype.kind == "i" else 0
    d.planar_configuration = 0
    d.photometric_interpretation = photometric.encode() if photometric else None
    return arr, d


def create(modality: str, pixels: Any, patient: Optional[Dict[str, Any]] = None, *,
           bits_stored: Optional[int] = None, photometric: Optional[str] = None,
           uid_root: Optional[str] = None, **attributes: Any) -> Any:
    """Creates a complete image object for `modality` and returns it as an open, editable
    :class:`vetdicom.File` (save it with ``save(path, transfer_syntax=...)``).

    * `modality`: "DX" (Digital X-Ray, for presentation), "CR", "CT", "MR", "US" (several frames:
      Ultrasound Multi-frame with the Cine module) or "OT" (Secondary Capture).
    * `pixels`: a numpy integer array, (rows, columns), (rows, columns, 3) for colour, or
      (frames, rows, columns[, samples]); stored as given (8/16/32-bit from the dtype, signed
      dtypes set Pixel Representation 1).
    * `patient`: a dict with the field names of :class:`vetdicom.Patient` (``animal_name``,
      ``owner_family_name``, ``patient_id``, ``species_description``, ``species_code_value``,
      ``breed_description``, ``sex``, ``neutered``, ``birth_date``, ``responsible_person``...)
      plus ``breed_registration_number`` and ``breed_registry_code_value/_scheme/_meaning``.
      Patient's Name is "OwnerFamilyName^AnimalName" unless ``patient_name`` is given.
    * `bits_stored`, `photometric`: the pixel description (defaults: the dtype's bits,
      MONOCHROME2 / RGB).
    * `uid_root`: generate UIDs under this root (default 2.25 UUID-derived UIDs).
    * other keyword arguments: attribute keywords set after the defaults, e.g.
      ``StudyDescription="Thorax"``, ``PixelSpacing=[0.1, 0.1]`` (lists become multiple values,
      ``None`` an empty element).

    Raises ArgumentError (shape, dtype, byte counts, unknown patient key), NotFoundError (unknown
    keyword) and VetDICOMError subclasses for what the IOD cannot hold (status UNSUPPORTED) or a
    value that does not fit its VR (INVALID_VALUE).
    """
    from . import File, Patient  # late: __init__ imports this module

    if not isinstance(modality, str):
        raise ArgumentError("modality must be a str such as 'DX'")
    arr, desc = _pixel_description(pixels, photometric, bits_stored, modality)

    keep: List[Any] = []

    def enc(v: Any) -> Optional[bytes]:
        if v is None or v == "":
            return None
        b = _text(v).encode("utf-8")
        keep.append(b)
        return b

    info = vetdicom_create_info()
    info.modality = enc(modality.upper())
    info.uid_root = enc(uid_root)
    p = _ll.vetdicom_patient()
    if patient:
        known = {f.name for f in fields(Patient)}
        for key, value in patient.items():
            if key in known:
                setattr(p, key, enc(value))
            elif key in _REGISTRATION_KEYS:
                setattr(info, key, enc(value))
            else:
                raise ArgumentError("unknown patient field %r (the fields of vetdicom.Patient, or %s)"
                                    % (key, ", ".join(_REGISTRATION_KEYS)))
        info.patient = ctypes.pointer(p)
    if attributes:
        entries = [("%s=%s" % (k, _text(v))).encode("utf-8") for k, v in attributes.items()]
        array = (c_char_p * (len(entries) + 1))(*entries, None)
        keep.append(array)
        info.attributes = ctypes.cast(array, POINTER(c_char_p))
    handle = c_void_p()
    _fn("vetdicom_file_create_image")(byref(info), byref(desc), arr.ctypes.data_as(c_void_p), arr.nbytes,
                                      byref(handle))
    if not handle.value:
        raise VetDICOMError("vetdicom_file_create_image returned no handle")
    return File(handle.value, None)
