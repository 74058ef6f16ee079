"""vetdicom: read DICOM files and decode their pixels through libvetdicom (ctypes, no compiled
extension).

    import vetdicom

    with vetdicom.open("cat.dcm") as f:
        print(f.patient.animal_name, f.patient.species_description)
        print(f["PatientName"], f["(0010,2201)"], f.get("BreedRegistrationNumber"))
        print(f["PatientSpeciesCodeSequence[0].CodeMeaning"])
        img = f.frame(0)            # numpy array, filled in place by the library

Values by VR (``Dataset[key]``, ``Element.value``):

* AE AS CS DA DT LO PN SH TM UC UI -> ``str``; a list of ``str`` when VM > 1;
  ``""`` when the value is empty.
* LT ST UT UR -> ``str`` (always one value; a backslash is text).
* IS -> ``int``, DS -> ``float`` (lists when VM > 1); ``None`` when the value is empty (or a
  list item is empty); a value that is not a number stays a ``str``.
* PN -> :class:`PersonName` (a ``str`` with family_name, given_name, middle_name,
  name_prefix, name_suffix, ideographic, phonetic, as pydicom's).
* DA DT TM stay ``str`` as stored (e.g. "20240131"; no datetime conversion).
* US SS UL SL UV SV -> ``int``; FL FD -> ``float``; AT -> :class:`Tag` (an ``int``
  gggg << 16 | eeee that prints as "(gggg,eeee)"); lists when VM > 1; ``None`` when empty.
* OB OW OD OF OL OV UN (and unknown VRs) -> ``bytes`` as stored in the file (file byte
  order, padding kept); ``b""`` when empty. Encapsulated pixel data has no byte value here
  (TypeMismatchError): decode it with ``File.frame``.
* SQ -> ``list`` of :class:`Dataset` items (``[]`` when empty).

Keys: a keyword ``"PatientName"``, a tag string ``"(0010,0010)"`` / ``"0010,0010"`` /
``"00100010"`` / ``"0x00100010"``, an ``int`` tag ``0x00100010``, a ``(group, element)`` tuple,
or a path ``"PatientSpeciesCodeSequence[0].CodeMeaning"``.

Threads: ctypes releases the GIL during library calls, so several Python threads can read and
decode one :class:`File` at once. ``close()`` waits for calls running in other threads and then
frees the file; later use raises :class:`ClosedFileError`.
"""

import os
import struct
import threading
from dataclasses import dataclass
from ctypes import sizeof as ctypes_sizeof
from ctypes import byref, c_char_p, c_double, c_int64, c_size_t, c_uint32, c_uint64, c_uint8, c_void_p
from typing import TYPE_CHECKING, Any, BinaryIO, Dict, Iterator, List, Optional, Tuple, Type, TypeVar, Union, cast

from . import _errors, _library, _lowlevel as _ll, _values
from ._values import PersonName, Record, Tag
from ._table import dataframe
from ._create import create, generate_uid
from ._errors import (
    ArgumentError,
    BufferTooSmallError,
    ClosedFileError,
    CodecError,
    InvalidDataError,
    LibraryNotFoundError,
    LimitExceededError,
    NoPixelDataError,
    NotDICOMError,
    NotFoundError,
    OutOfMemoryError,
    OutOfRangeError,
    TruncatedError,
    TypeMismatchError,
    UnknownOptionError,
    UnsupportedTransferSyntaxError,
    VetDICOMError,
    VetDICOMIOError,
    UnsupportedError,
    InvalidValueError,
)
from ._write import WriteMixin, new

if TYPE_CHECKING:
    import numpy.typing as npt

from ._version import __version__
from ._archive import deidentify, fix_patients, patients, share, storage, storage_html


__all__ = [
    "open",
    "File",
    "Dataset",
    "Element",
    "Patient",
    "ImageInfo",
    "FrameInfo",
    "Tag",
    "PersonName",
    "dataframe",
    "library_version",
    "library_version_number",
    "status_string",
    "tag_keyword",
    "new",
    "create",
    "generate_uid",
    "patients",
    "storage",
    "storage_html",
    "deidentify",
    "fix_patients",
    "share",
] + [name for name in _errors.__all__ if name != "error_for_status"]

_EXPLICIT_VR_BIG_ENDIAN = "1.2.840.10008.1.2.2"

_STRING_VRS = _values.STRING_VRS
_F_TEXT = _values.F_TEXT
_F_SEQUENCE = _values.F_SEQUENCE
_convert_text = _values.convert_text
_TEXT_VRS = _values.TEXT_VRS
_BINARY_NUMBER_VRS = _values.BINARY_NUMBER_VRS
_INTEGER_VRS = _values.INTEGER_VRS


# ------------------------------------------------------------------------------------------------
# Library information
# ------------------------------------------------------------------------------------------------


def library_version() -> str:
    """The version ("MAJOR.MINOR.PATCH") of the libvetdicom actually loaded."""
    return str(_ll.vetdicom_version_string())


def library_version_number() -> int:
    """VETDICOM_VERSION_NUMBER (major * 10000 + minor * 100 + patch) of the loaded library."""
    return int(_ll.vetdicom_version_number())


def status_string(status: int) -> str:
    """The library's fixed English description of a status code."""
    return str(_ll.vetdicom_status_string(int(status)))


# ------------------------------------------------------------------------------------------------
# Keys
# ------------------------------------------------------------------------------------------------

KeyType = Union[str, int, Tuple[int, int], bytes]


def _key_bytes(key: Any) -> bytes:
    """The C key string for a Python key."""
    if isinstance(key, str):
        return key.encode("utf-8")
    if isinstance(key, bool):
        raise TypeError("a DICOM key must be a str, an int tag or a (group, element) tuple, not bool")
    if isinstance(key, int):
        if 0 <= key <= 0xFFFFFFFF:
            return b"%08X" % key
        raise ArgumentError("tag %r is outside 0..0xFFFFFFFF" % (key,))
    if isinstance(key, tuple) and len(key) == 2 and all(isinstance(k, int) for k in key):
        group, element = key
        if 0 <= group <= 0xFFFF and 0 <= element <= 0xFFFF:
            return b"%04X%04X" % (group, element)
        raise ArgumentError("tag %r is outside (0..0xFFFF, 0..0xFFFF)" % (key,))
    if isinstance(key, bytes):
        return key
    raise TypeError(
        "a DICOM key must be a str (keyword, tag or path), an int tag or a (group, element) tuple, "
        "not %s" % type(key).__name__
    )


def _decode(raw: Optional[bytes]) -> str:
    return raw.decode("utf-8", "replace") if raw else ""


_new_object = object.__new__
_T = TypeVar("_T")


def _frozen(cls: Type[_T], **fields: Any) -> _T:
    """An instance of the frozen dataclass `cls` with `fields` (every field, by name), made
    without the generated __init__: a frozen dataclass sets each field through
    object.__setattr__, about 0.5 us a field (7 us for ImageInfo), more than the library call
    that fills it. The result is equal to cls(**fields) and as immutable."""
    obj: _T = _new_object(cls)
    obj.__dict__.update(fields)
    return obj


# ------------------------------------------------------------------------------------------------
# Options
# ------------------------------------------------------------------------------------------------


class _Options:
    """An owned vetdicom_options handle (never modified after construction)."""

    __slots__ = ("handle",)

    def __init__(self, values: Dict[str, Any]):
        handle = c_void_p()
        _ll.vetdicom_options_create(byref(handle))
        self.handle: Optional[int] = handle.value
        try:
            for key, value in values.items():
                self._set(key, value)
        except BaseException:
            self.destroy()
            raise

    def _set(self, key: str, value: Any) -> None:
        k = key.encode("utf-8")
        if isinstance(value, bool):
            _ll.vetdicom_options_set_int64(self.handle, k, int(value))
        elif isinstance(value, int):
            _ll.vetdicom_options_set_int64(self.handle, k, value)
        elif isinstance(value, float):
            _ll.vetdicom_options_set_double(self.handle, k, value)
        elif isinstance(value, str):
            _ll.vetdicom_options_set_string(self.handle, k, value.encode("utf-8"))
        else:
            raise TypeError("option %s: expected int, float, bool or str, got %s" % (key, type(value).__name__))

    def destroy(self) -> None:
        handle, self.handle = self.handle, None
        if handle:
            _ll.vetdicom_options_destroy(handle)

    def __del__(self) -> None:
        try:
            self.destroy()
        except Exception:
            pass


# ------------------------------------------------------------------------------------------------
# Result types
# ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Patient:
    """The veterinary patient (``vetdicom_patient``). Every field is a ``str``, ``""`` when absent.

    ``patient_name`` is the whole (0010,0010) value; ``owner_family_name`` and ``animal_name``
    are its first two components ("OwnerFamilyName^AnimalName" for animals, PS3.5 6.2).
    """

    patient_name: str
    owner_family_name: str
    animal_name: str
    patient_id: str
    species_description: str
    species_code_value: str
    species_code_scheme: str
    species_code_meaning: str
    breed_description: str
    breed_code_value: str
    breed_code_scheme: str
    breed_code_meaning: str
    sex: str
    neutered: str
    responsible_person: str
    responsible_person_role: str
    responsible_organization: str
    birth_date: str


@dataclass(frozen=True)
class ImageInfo:
    """The image pixel module as stored (``vetdicom_image_info``); no decoding involved."""

    rows: int
    columns: int
    number_of_frames: int
    samples_per_pixel: int
    bits_allocated: int
    bits_stored: int
    high_bit: int
    pixel_representation: int
    photometric_interpretation: str
    planar_configuration: int
    encapsulated: bool
    float_pixels: int
    transfer_syntax_uid: str


# vetdicom_image_info's integer fields after struct_size, in order, and their layout (native
# sizes and alignment: the ctypes structure's). Checked against the structure at import below.
_IMAGE_INFO_INTS = ("rows", "columns", "number_of_frames", "samples_per_pixel", "bits_allocated", "bits_stored",
                    "high_bit", "pixel_representation", "planar_configuration", "encapsulated", "float_pixels")
_IMAGE_INFO_LAYOUT = struct.Struct("@%dx9I2i" % ctypes_sizeof(c_size_t))
assert all(getattr(_ll.vetdicom_image_info, n).offset == ctypes_sizeof(c_size_t) + 4 * i
           for i, n in enumerate(_IMAGE_INFO_INTS)), "vetdicom_image_info layout"


@dataclass(frozen=True)
class FrameInfo:
    """The layout of a decoded frame (``vetdicom_frame_info``) plus its numpy dtype and shape."""

    rows: int
    columns: int
    samples_per_pixel: int
    bytes_per_sample: int
    is_signed: bool
    is_float: bool
    photometric_interpretation: str
    size: int

    @property
    def dtype(self) -> str:
        """The numpy dtype string ("<u2", "|u1", "<f4", ...); samples are little endian."""
        if self.is_float:
            if self.bytes_per_sample not in (4, 8):
                raise InvalidDataError("float samples of %d bytes" % self.bytes_per_sample)
            return "<f%d" % self.bytes_per_sample
        if self.bytes_per_sample not in (1, 2, 4, 8):
            raise InvalidDataError("samples of %d bytes" % self.bytes_per_sample)
        return "%s%s%d" % ("|" if self.bytes_per_sample == 1 else "<", "i" if self.is_signed else "u",
                           self.bytes_per_sample)

    @property
    def shape(self) -> Tuple[int, ...]:
        """(rows, columns) for one sample per pixel, else (rows, columns, samples)."""
        if self.samples_per_pixel == 1:
            return (self.rows, self.columns)
        return (self.rows, self.columns, self.samples_per_pixel)


def _numpy() -> Any:
    try:
        import numpy
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("numpy is needed for pixel data: pip install numpy (or vetdicom[pixels])") from exc
    return numpy


# ------------------------------------------------------------------------------------------------
# Elements and data sets
# ------------------------------------------------------------------------------------------------

# Values up to this many bytes come with the element headers (vetdicom_dataset_elements); longer
# ones are read on access with the per-element calls.
_MAX_INLINE = 4096


def tag_keyword(tag: int) -> str:
    """The standard dictionary keyword of `tag` (e.g. 0x00100010 -> "PatientName"), or ""."""
    out = c_char_p()
    if _ll.vetdicom_tag_keyword(tag & 0xFFFFFFFF, byref(out)) != 0 or not out.value:
        return ""
    return out.value.decode("ascii", "replace")


def _label(tag: int, keyword: str) -> str:
    if keyword:
        return keyword
    if (tag >> 16) & 1:
        return "Private Creator" if 0x10 <= (tag & 0xFFFF) <= 0xFF else "Private tag data"
    return "Unknown"


_BYTES_VRS = frozenset(["OB", "OW", "OD", "OF", "OL", "OV", "UN"])


def _repval(value: Any, vr: str, length: int) -> str:
    """The value column of the dump (pydicom's DataElement.repval rules, roughly)."""
    if isinstance(value, bytes):
        if len(value) > 64:
            return "Array of %d elements" % len(value)
        return repr(value)
    if isinstance(value, str):
        text = repr(str(value))
        return text if len(text) <= 100 else text[:97] + "..."
    if isinstance(value, list):
        if len(value) > 16:
            return "Array of %d elements" % len(value)
        return "[" + ", ".join(repr(str(v)) if isinstance(v, str) else str(v) for v in value) + "]"
    return str(value)


class Element:
    """One element of a data set, as yielded by iterating a :class:`Dataset`.

    ``tag`` (:class:`Tag`, an int gggg << 16 | eeee that prints as (gggg,eeee)), ``vr`` (two
    letters), ``vm``, ``length`` (value length in bytes), ``keyword`` (``""`` for private and
    unknown tags) and ``value`` (converted as described in the module docstring, on first access).
    ``repr``/``str`` give the dump line: tag, keyword, VR and value.
    """

    __slots__ = ("_dataset", "_record", "_value", "_loaded")

    def __init__(self, dataset: "Dataset", record: Record):
        self._dataset = dataset
        self._record = record
        self._value: Any = None
        self._loaded = False

    @property
    def tag(self) -> Tag:
        return Tag(self._record[0])

    @property
    def vr(self) -> str:
        return self._record[1]

    @property
    def vm(self) -> int:
        return self._record[3]

    @property
    def keyword(self) -> str:
        return self._record[4]

    @property
    def length(self) -> int:
        return self._record[5]

    @property
    def value(self) -> Any:
        if not self._loaded:
            self._value = self._dataset._convert(self._record)
            self._loaded = True
        return self._value

    @property
    def group(self) -> int:
        return self._record[0] >> 16

    @property
    def element(self) -> int:
        return self._record[0] & 0xFFFF

    @property
    def name(self) -> str:
        """The keyword, or "Private Creator" / "Private tag data" / "Unknown"."""
        return _label(self._record[0], self._record[4])

    @property
    def is_private(self) -> bool:
        return bool((self._record[0] >> 16) & 1)

    def repval(self) -> str:
        """The value as the dump shows it."""
        vr = self.vr
        if vr == "SQ":
            return "%d item(s)" % max(self.vm, 0)
        if (self._record[2] & (_values.F_ENCAPSULATED | _values.F_OMITTED)) and vr not in _STRING_VRS \
                and vr not in _TEXT_VRS and vr not in ("IS", "DS"):
            return "Array of %d elements" % self.length
        try:
            return _repval(self.value, vr, self.length)
        except VetDICOMError as exc:
            return "<%s>" % exc.message

    def __repr__(self) -> str:
        return "%s %-35s %s: %s" % (self.tag, self.name, self.vr, self.repval())

    __str__ = __repr__


class Dataset:
    """A data set owned by a :class:`File`: the main data set, the file meta group or a sequence
    item. It keeps its File alive; after ``File.close()`` every use raises ClosedFileError.

    Like pydicom's Dataset: ``ds[key]`` (KeyError when absent), ``ds.get(key, default)`` and
    ``key in ds`` (never raise for unknown keywords or malformed keys), ``ds.PatientName``
    (AttributeError when absent), ``len(ds)``, ``for element in ds`` (file order),
    ``keys()`` (Tags), ``values()`` (Elements), ``items()`` ((Tag, Element) pairs), ``dir(ds)``
    (adds the keywords present), ``str(ds)`` (a dump), ``to_dict()``. Items of a sequence:
    ``ds.sequence(key)`` or ``ds[key]``.
    """

    __slots__ = ("_file", "_ptr", "_big_endian", "_records", "_by_tag", "_by_keyword", "_gen", "__weakref__")

    def __init__(self, file: "File", ptr: int, big_endian: bool):
        self._file = file
        self._ptr = ptr
        self._big_endian = big_endian
        self._records: Optional[List[Record]] = None
        self._by_tag: Dict[int, Record] = {}
        self._by_keyword: Dict[str, Record] = {}
        self._gen = -1

    @property
    def _as_parameter_(self) -> c_void_p:
        return c_void_p(self._ptr)

    # -- the element headers (one C call per data set, cached until the file is edited) ----------

    def _headers(self) -> List[Record]:
        recs = self._records
        f = self._file
        gen = f._generation
        if f._handle is None or f._closing:
            with f._use():  # raises ClosedFileError
                pass
        if recs is None or self._gen != gen:
            with self._file._use():
                recs = _values.parse_records(_ll.read_elements(self._ptr, _MAX_INLINE))
            self._by_tag = {r[0]: r for r in recs}
            self._by_keyword = {r[4]: r for r in recs if r[4] and not (0x5000 <= (r[0] >> 16) <= 0x60FF)}
            self._records = recs
            self._gen = gen
        return recs

    def _record_for(self, key: Any) -> Optional[Record]:
        """The record of a plain keyword or tag key (None: not present, or a key the library must
        resolve: paths, tag strings)."""
        if isinstance(key, str):
            if key.isidentifier():
                self._headers()
                return self._by_keyword.get(key)
            return None
        if isinstance(key, int) and not isinstance(key, bool):
            self._headers()
            return self._by_tag.get(key)
        if isinstance(key, tuple) and len(key) == 2 and all(isinstance(k, int) for k in key):
            self._headers()
            return self._by_tag.get((key[0] << 16) | key[1])
        return None

    def _convert(self, rec: Record) -> Any:
        f = self._file
        if f._handle is None or f._closing:
            with f._use():  # raises ClosedFileError
                pass
        flags = rec[2]
        raw = rec[6]
        if raw is not None:
            if flags & _F_TEXT:
                return _convert_text(rec[1], rec[3], raw.decode("utf-8", "replace"))
            if flags & _F_SEQUENCE:
                n = len(raw) // 8
                return [Dataset(self._file, p, self._big_endian) for p in struct.unpack("<%dQ" % n, raw)]
            vr = rec[1]
            if vr not in _STRING_VRS and vr not in _TEXT_VRS:
                try:
                    return _values.convert_binary(vr, rec[3], raw, self._big_endian)
                except ValueError:
                    pass
        elif flags & _values.F_OMITTED and rec[1] not in _STRING_VRS and rec[1] not in _TEXT_VRS \
                and rec[1] not in ("IS", "DS"):
            # A long binary value: one call with a buffer of the known length.
            key = b"%08X" % rec[0]
            with f._use():
                raw = _ll.read_bytes(_ll.vetdicom_dataset_get_bytes, self, key, expected=rec[5])
            try:
                return _values.convert_binary(rec[1], rec[3], raw, self._big_endian)
            except ValueError:
                pass
        return self._value_of(b"%08X" % rec[0])

    # -- mapping protocol -------------------------------------------------------------------------

    def __getitem__(self, key: KeyType) -> Any:
        rec = self._record_for(key)
        if rec is not None:
            return self._convert(rec)
        return self._value_of(_key_bytes(key))

    def get(self, key: Any, default: Any = None) -> Any:
        """The value of `key`, or `default` when the element (or the item of a path) is absent or
        the key is not a DICOM keyword, tag or path. Never raises for the key."""
        try:
            rec = self._record_for(key)
            if rec is not None:
                return self._convert(rec)
            if isinstance(key, (str, int)) and self._records is not None and (
                    not isinstance(key, str) or key.isidentifier()):
                return default  # a plain keyword or tag that the data set lacks
            return self._value_of(_key_bytes(key))
        except ClosedFileError:
            raise
        except (NotFoundError, OutOfRangeError, ArgumentError, TypeMismatchError, TypeError):
            return default

    def __contains__(self, key: Any) -> bool:
        try:
            if self._record_for(key) is not None:
                return True
            if isinstance(key, (str, int)) and self._records is not None and (
                    not isinstance(key, str) or key.isidentifier()):
                return False
            self.vr(_key_bytes(key))
        except ClosedFileError:
            raise
        except (NotFoundError, OutOfRangeError, ArgumentError, TypeMismatchError, TypeError):
            return False
        return True

    def __getattr__(self, name: str) -> Any:
        if name[:1].isupper():
            rec = self._record_for(name)
            if rec is not None:
                return self._convert(rec)
            raise AttributeError("the data set has no element %s" % name)
        raise AttributeError("%r object has no attribute %r" % (type(self).__name__, name))

    def __dir__(self) -> List[str]:
        names = set(object.__dir__(self))
        try:
            names.update(r[4] for r in self._headers() if r[4])
        except VetDICOMError:
            pass
        return sorted(names)

    def __len__(self) -> int:
        return len(self._headers())

    def __iter__(self) -> Iterator[Element]:
        for r in self._headers():
            yield Element(self, r)

    def keys(self) -> List[Tag]:
        """The tags present, in file order (as pydicom's ``Dataset.keys()``)."""
        return [Tag(r[0]) for r in self._headers()]

    def values(self) -> List[Element]:
        """The elements, in file order."""
        return list(self)

    def items(self) -> List[Tuple[Tag, Element]]:
        """(tag, element) pairs in file order. Items of a sequence: :meth:`sequence`."""
        return [(e.tag, e) for e in self]

    def element_at(self, index: int) -> Element:
        """The element at `index` in file order."""
        recs = self._headers()
        if not -len(recs) <= index < len(recs):
            with self._file._use():
                raise OutOfRangeError("element index %d but the data set has %d element(s)" % (index, len(recs)))
        r = recs[index]
        return Element(self, r)

    def element(self, key: KeyType) -> Element:
        """The element of `key` (KeyError when absent)."""
        rec = self._record_for(key)
        if rec is None:
            k = _key_bytes(key)
            vr = self.vr(k)
            return Element(self, (_tag_of(k), vr, 0, -1, "", 0, None))
        return Element(self, rec)

    def tags(self) -> List[int]:
        """The tags of the elements, in file order."""
        return [r[0] for r in self._headers()]

    def __bool__(self) -> bool:
        return True

    def __repr__(self) -> str:
        try:
            return "<vetdicom.Dataset with %d elements>" % len(self)
        except VetDICOMError:
            return "<vetdicom.Dataset of a closed file>"

    def __str__(self) -> str:
        lines: List[str] = []
        self._dump(lines, "")
        return "\n".join(lines)

    def _dump(self, lines: List[str], indent: str) -> None:
        for el in self:
            if el.vr == "SQ":
                lines.append("%s%s  %s  %d item(s) ---- " % (indent, el.tag, el.name, max(el.vm, 0)))
                try:
                    items = el.value
                except VetDICOMError as exc:
                    lines.append("%s   <%s>" % (indent, exc.message))
                    continue
                for item in items:
                    item._dump(lines, indent + "   ")
                    lines.append(indent + "   ---------")
            else:
                lines.append(indent + repr(el))

    def to_dict(self, bulk: bool = False) -> Dict[str, Any]:
        """The data set as a dict: keyword (or "(gggg,eeee)" for private and unknown tags) ->
        value (sequences as lists of dicts). Pixel data and binary values over 1024 bytes are left
        out unless bulk=True."""
        out: Dict[str, Any] = {}
        for el in self:
            key = el.keyword or str(el.tag)
            rec = el._record
            if el.vr == "SQ":
                out[key] = [item.to_dict(bulk) for item in el.value]
                continue
            if rec[2] & _values.F_ENCAPSULATED:
                continue
            if not bulk and el.vr in _BYTES_VRS and el.length > 1024:
                continue
            try:
                out[key] = el.value
            except VetDICOMError:
                continue
        return out

    # -- element access ---------------------------------------------------------------------------

    def vr(self, key: KeyType) -> str:
        """The VR of an element (two letters)."""
        buf = _ll.new_vr_buffer()
        with self._file._use():
            _ll.vetdicom_dataset_vr(self, _key_bytes(key), buf)
        return _decode(buf.value)

    def vm(self, key: KeyType) -> int:
        """The value multiplicity (0 for an empty value; items for a sequence)."""
        vm = c_size_t(0)
        with self._file._use():
            _ll.vetdicom_dataset_vm(self, _key_bytes(key), byref(vm))
        return vm.value

    def get_string(self, key: KeyType, index: int = -1) -> str:
        """The value as text (the library's formatting): index -1 for the whole value (several
        values joined by backslash), 0.. for one value."""
        with self._file._use():
            return _ll.read_string(_ll.vetdicom_dataset_get_string, self, _key_bytes(key), index)

    def get_int(self, key: KeyType, index: int = 0) -> int:
        """One value as an integer (vetdicom_dataset_get_int64)."""
        out = c_int64(0)
        with self._file._use():
            _ll.vetdicom_dataset_get_int64(self, _key_bytes(key), index, byref(out))
        return out.value

    def get_float(self, key: KeyType, index: int = 0) -> float:
        """One value as a float (vetdicom_dataset_get_double)."""
        out = c_double(0.0)
        with self._file._use():
            _ll.vetdicom_dataset_get_double(self, _key_bytes(key), index, byref(out))
        return out.value

    def get_bytes(self, key: KeyType) -> bytes:
        """The raw value bytes as stored (file byte order, padding kept)."""
        with self._file._use():
            return _ll.read_bytes(_ll.vetdicom_dataset_get_bytes, self, _key_bytes(key))

    def sequence(self, key: KeyType) -> List["Dataset"]:
        """The items of a sequence, as Datasets (TypeMismatchError when `key` is not one)."""
        k = _key_bytes(key)
        with self._file._use():
            return self._items_locked(k)

    def item(self, key: KeyType, index: int) -> "Dataset":
        """Item `index` of a sequence."""
        k = _key_bytes(key)
        out = c_void_p()
        with self._file._use():
            _ll.vetdicom_dataset_item(self, k, index, byref(out))
        return Dataset(self._file, out.value or 0, self._big_endian)

    def to_json(self, bulk: str = "omit") -> str:
        """The data set as DICOM JSON (PS3.18 F.2). bulk="omit" leaves out pixel data and binary
        values over 1024 bytes; bulk="base64" includes them as InlineBinary."""
        if bulk == "omit":
            flags = _ll.JSON_BULK_OMIT
        elif bulk == "base64":
            flags = _ll.JSON_BULK_BASE64
        else:
            raise ArgumentError("bulk must be 'omit' or 'base64', not %r" % (bulk,))
        with self._file._use():
            return _ll.read_text(_ll.vetdicom_dataset_to_json, self, flags)

    # -- conversion -------------------------------------------------------------------------------

    def _items_locked(self, k: bytes) -> List["Dataset"]:
        count = c_size_t(0)
        _ll.vetdicom_dataset_item_count(self, k, byref(count))
        result = []
        item_fn = _ll.vetdicom_dataset_item
        for i in range(count.value):
            out = c_void_p()
            item_fn(self, k, i, byref(out))
            result.append(Dataset(self._file, out.value or 0, self._big_endian))
        return result

    def _value_of(self, k: bytes) -> Any:
        with self._file._use():
            vrbuf = _ll.new_vr_buffer()
            _ll.vetdicom_dataset_vr(self, k, vrbuf)
            vr = _decode(vrbuf.value)
            if vr == "SQ":
                return self._items_locked(k)
            vm_out = c_size_t(0)
            _ll.vetdicom_dataset_vm(self, k, byref(vm_out))
            vm = vm_out.value
            get_string = _ll.vetdicom_dataset_get_string
            if vr in _TEXT_VRS:
                return _ll.read_string(get_string, self, k, -1) if vm else ""
            if vr in _STRING_VRS or vr in ("IS", "DS"):
                if vm == 0:
                    return None if vr in ("IS", "DS") else ""
                if vm == 1:
                    values = [_ll.read_string(get_string, self, k, -1)]
                else:
                    values = [_ll.read_string(get_string, self, k, i) for i in range(vm)]
                return _values.convert_text(vr, vm, "\\".join(values)) if vm > 1 else \
                    _values.convert_text(vr, 1, values[0])
            if vr in _BINARY_NUMBER_VRS or vr == "AT":
                if vm == 0:
                    return None
                return self._numbers_locked(k, vr, vm)
            # OB OW OD OF OL OV UN and anything unknown: the bytes as stored.
            return _ll.read_bytes(_ll.vetdicom_dataset_get_bytes, self, k)

    def _numbers_locked(self, k: bytes, vr: str, vm: int) -> Any:
        raw = _ll.read_bytes(_ll.vetdicom_dataset_get_bytes, self, k)
        try:
            return _values.convert_binary(vr, vm, raw, self._big_endian)
        except ValueError:
            pass
        values: List[Any]
        if vr == "AT":
            values = [Tag(self._int_at(k, i)) for i in range(vm)]
        elif vr in _INTEGER_VRS:
            values = [self._int_at(k, i) for i in range(vm)]
        else:
            values = [self._float_at(k, i) for i in range(vm)]
        return values[0] if vm == 1 else values

    def _int_at(self, k: bytes, i: int) -> int:
        out = c_int64(0)
        _ll.vetdicom_dataset_get_int64(self, k, i, byref(out))
        return out.value

    def _float_at(self, k: bytes, i: int) -> float:
        out = c_double(0.0)
        _ll.vetdicom_dataset_get_double(self, k, i, byref(out))
        return out.value


def _tag_of(k: bytes) -> int:
    try:
        return int(k, 16) if len(k) == 8 else 0
    except ValueError:
        return 0


# ------------------------------------------------------------------------------------------------
# Files
# ------------------------------------------------------------------------------------------------


class _Use:
    """Marks a library call in progress on a File (close() waits for it)."""

    __slots__ = ("_file",)

    def __init__(self, file: "File"):
        self._file = file

    def __enter__(self) -> int:
        f = self._file
        with f._lock:
            h = f._live_handle()
            f._in_use += 1
            return h

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        f = self._file
        with f._lock:
            f._in_use -= 1
            if f._in_use == 0 and f._idle is not None:
                f._idle.notify_all()  # close() is waiting for the calls in progress
        if isinstance(exc, VetDICOMError):
            _errors.name_error(exc, f.name)


class File(WriteMixin):
    """An open DICOM file (from :func:`open`). A context manager; ``close()`` frees it.

    Item access (``f[key]``, ``f.get``, ``in``, ``f.PatientName``, ``len``, iteration,
    ``keys``/``values``/``items``, ``sequence``, ``to_json``, ``to_dict``, ``str(f)``) goes to
    the main data set (:attr:`dataset`); ``str(f)`` also dumps the file meta group. Every
    exception raised by a File names it (``str(exc)`` starts with the path, ``exc.filename``).
    """

    # Defaults read from the class until a File first sets them (an open that is only described
    # and closed sets none of them).
    _idle: Optional[threading.Condition] = None
    _in_use = 0
    _closing = False
    _root: Optional["Dataset"] = None
    _generation = 0
    _pixel_cache: Optional[Any] = None
    _decode_options: Optional[Dict[Tuple[bool, int], _Options]] = None

    def __init__(self, handle: int, name: Optional[str], keep: Tuple[Any, ...] = ()):
        self._handle: Optional[int] = handle
        # A plain lock (cheap to make and to take); close() makes the condition it waits on only
        # when calls are in progress.
        self._lock = threading.Lock()
        self._keep = keep  # borrowed memory and the open options, alive until close()
        self.name = name

    def _invalidate_caches(self) -> None:
        """Forgets everything cached from the file's content (element headers, the root data set,
        pixel_array). Called after every edit of the data set (e.g. by the writer)."""
        with self._lock:
            self._generation += 1
            self._pixel_cache = None
            self._root = None

    # -- lifetime ---------------------------------------------------------------------------------

    def _use(self) -> _Use:
        return _Use(self)

    def _live_handle(self) -> int:
        """The handle, or ClosedFileError naming the file (call with `_lock` held)."""
        h = self._handle
        if h is None or self._closing:
            raise _errors.name_error(ClosedFileError("I/O operation on a closed vetdicom file"), self.name)
        return h

    @property
    def closed(self) -> bool:
        return self._handle is None or self._closing

    def close(self) -> None:
        """Frees the file. Waits for library calls running in other threads on this file.
        Closing twice is a no-op."""
        with self._lock:
            if self._handle is None or self._closing:
                return
            self._closing = True
            if self._in_use:
                self._idle = threading.Condition(self._lock)
                while self._in_use:
                    self._idle.wait()
            handle, self._handle = self._handle, None
        try:
            _ll.raw_file_close(handle)
        finally:
            if self._decode_options:
                for opts in self._decode_options.values():
                    opts.destroy()
                self._decode_options.clear()
            if self._keep:
                for obj in self._keep:
                    if isinstance(obj, _Options):
                        obj.destroy()
                self._keep = ()

    def __enter__(self) -> "File":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            if self._handle is not None:  # (closed already: the usual case after `with`)
                self.close()
        except Exception:
            pass

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open"
        return "<vetdicom.File %s %r>" % (state, self.name)

    # -- data sets --------------------------------------------------------------------------------

    @property
    def transfer_syntax_uid(self) -> str:
        """The transfer syntax UID of the data set (from the file meta, or inferred)."""
        out = c_char_p()
        with self._use() as h:
            _ll.vetdicom_file_transfer_syntax(h, byref(out))
            return _decode(out.value)

    @property
    def dataset(self) -> Dataset:
        """The main data set."""
        root = self._root
        if root is None or self.closed:
            out = c_void_p()
            with self._use() as h:
                _ll.vetdicom_file_dataset(h, byref(out))
            root = Dataset(self, out.value or 0, self.transfer_syntax_uid == _EXPLICIT_VR_BIG_ENDIAN)
            self._root = root
        return root

    @property
    def meta(self) -> Dataset:
        """The file meta information (group 0002); empty for files without one."""
        out = c_void_p()
        with self._use() as h:
            _ll.vetdicom_file_meta(h, byref(out))
        return Dataset(self, out.value or 0, False)

    def __getitem__(self, key: KeyType) -> Any:
        return self.dataset[key]

    def get(self, key: Any, default: Any = None) -> Any:
        return self.dataset.get(key, default)

    def __contains__(self, key: Any) -> bool:
        return key in self.dataset

    def __getattr__(self, name: str) -> Any:
        # Only DICOM keywords (capitalised) reach the data set; File's own attributes never do.
        if name[:1].isupper():
            try:
                ds = self.dataset
            except VetDICOMError as exc:
                raise AttributeError("%s: %s" % (self.__dict__.get("name"), exc)) from exc
            try:
                return getattr(ds, name)
            except AttributeError:
                raise AttributeError("%s has no element %s" % (self.__dict__.get("name"), name)) from None
        raise AttributeError("%r object has no attribute %r" % (type(self).__name__, name))

    def __dir__(self) -> List[str]:
        names = set(object.__dir__(self))
        if not self.closed:
            names.update(dir(self.dataset))
        return sorted(names)

    def __len__(self) -> int:
        return len(self.dataset)

    def __iter__(self) -> Iterator[Element]:
        return iter(self.dataset)

    def keys(self) -> List[Tag]:
        """Tags of the main data set (Dataset.keys)."""
        return self.dataset.keys()

    def values(self) -> List[Element]:
        """Elements of the main data set (Dataset.values)."""
        return self.dataset.values()

    def items(self) -> List[Tuple[Tag, Element]]:
        """(tag, element) pairs of the main data set (Dataset.items)."""
        return self.dataset.items()

    def sequence(self, key: KeyType) -> List[Dataset]:
        """The items of a sequence of the main data set (Dataset.sequence)."""
        return self.dataset.sequence(key)

    def to_json(self, bulk: str = "omit") -> str:
        """The main data set as DICOM JSON (see Dataset.to_json)."""
        return self.dataset.to_json(bulk)

    def to_dict(self, bulk: bool = False) -> Dict[str, Any]:
        """The main data set as a dict (see Dataset.to_dict)."""
        return self.dataset.to_dict(bulk)

    def __str__(self) -> str:
        lines: List[str] = []
        meta = self.meta
        if len(meta):
            lines.append("Dataset.file_meta -------------------------------")
            meta._dump(lines, "")
            lines.append("-------------------------------------------------")
        self.dataset._dump(lines, "")
        return "\n".join(lines)

    # -- patient and image ------------------------------------------------------------------------

    @property
    def patient(self) -> Patient:
        """The veterinary patient (fields "" when absent)."""
        p = _ll.vetdicom_patient()
        with self._use() as h:
            _ll.vetdicom_file_patient(h, byref(p))
            values = {name: _decode(getattr(p, name)) for name, *_ in _ll.vetdicom_patient._fields_[1:]}
        return _frozen(Patient, **values)

    @property
    def image(self) -> Optional[ImageInfo]:
        """The image pixel module, or None when the data set has no pixel data."""
        info = _ll.new_image_info()
        # A short call: made under the lock (which close() takes), so neither the in-use count
        # nor the Use object is needed; the strings it returns are read before the lock is let go.
        with self._lock:
            status = _ll.raw_file_image_info(self._live_handle(), info)
            if status:
                if status == _errors.ERR_NO_PIXEL_DATA:
                    return None
                raise _errors.name_error(_ll.error_for(status), self.name)
            obj = _new_object(ImageInfo)
            values = obj.__dict__
            # The eleven integers in one unpack (cheaper than eleven ctypes field reads); the same
            # object _frozen(ImageInfo, ...) would give.
            values.update(zip(_IMAGE_INFO_INTS, _IMAGE_INFO_LAYOUT.unpack_from(info)))
            values["encapsulated"] = bool(values["encapsulated"])
            values["photometric_interpretation"] = _decode(info.photometric_interpretation)
            values["transfer_syntax_uid"] = _decode(info.transfer_syntax_uid)
            return obj

    @property
    def decoder_name(self) -> str:
        """The decoder(s) used for this file's transfer syntax."""
        out = c_char_p()
        with self._use() as h:
            _ll.vetdicom_file_decoder_name(h, byref(out))
            return _decode(out.value)

    # -- pixels -----------------------------------------------------------------------------------

    @property
    def number_of_frames(self) -> int:
        """Frames in the pixel data (0 when there is no pixel data)."""
        count = c_size_t(0)
        with self._use() as h:
            try:
                _ll.vetdicom_file_frame_count(h, byref(count))
            except NoPixelDataError:
                return 0
        return count.value

    def _options_for(self, keep_ybr: bool, threads: int = 0) -> Optional[int]:
        """A cached, never modified, options handle (None = library defaults)."""
        if not keep_ybr and threads <= 1:
            return None
        key = (bool(keep_ybr), threads)
        with self._lock:
            if self._decode_options is None:
                self._decode_options = {}
            opts = self._decode_options.get(key)
        if opts is None:
            values: Dict[str, Any] = {}
            if keep_ybr:
                values[_ll.OPT_KEEP_YBR] = 1
            if threads > 1:
                values[_ll.OPT_THREADS] = threads
            new = _Options(values)
            with self._lock:
                opts = self._decode_options.setdefault(key, new)
            if opts is not new:
                new.destroy()
        return opts.handle

    def _frame_info_locked(self, h: int, opts: Optional[int]) -> FrameInfo:
        size = c_size_t(0)
        info = _ll.vetdicom_frame_info()
        _ll.vetdicom_file_frame_size(h, opts, byref(size), byref(info))
        return _frozen(
            FrameInfo,
            rows=info.rows,
            columns=info.columns,
            samples_per_pixel=info.samples_per_pixel,
            bytes_per_sample=info.bytes_per_sample,
            is_signed=bool(info.is_signed),
            is_float=bool(info.is_float),
            photometric_interpretation=_decode(info.photometric_interpretation),
            size=size.value,
        )

    def frame_info(self, keep_ybr: bool = False) -> FrameInfo:
        """Layout of a decoded frame (dtype, shape, size in bytes, output photometric)."""
        with self._use() as h:
            return self._frame_info_locked(h, self._options_for(keep_ybr))

    @staticmethod
    def _check_layout(info: FrameInfo) -> None:
        n = info.rows * info.columns * info.samples_per_pixel * info.bytes_per_sample
        if n != info.size:
            raise InvalidDataError(
                "frame size %d does not match %d x %d x %d samples of %d bytes"
                % (info.size, info.rows, info.columns, info.samples_per_pixel, info.bytes_per_sample)
            )

    @staticmethod
    def _absolute_frame(h: int, index: int) -> int:
        """`index` with a negative value counted from the end (the handle `h` in use)."""
        if index >= 0:
            return index
        count = c_size_t(0)
        _ll.vetdicom_file_frame_count(h, byref(count))
        if index + count.value < 0:
            raise OutOfRangeError("frame index out of range (the file has %d frames)" % count.value)
        return index + count.value

    def frame(self, index: int = 0, keep_ybr: bool = False) -> Any:
        """Decodes frame `index` (negative counts from the end) into a new numpy array of shape
        (rows, columns) or (rows, columns, samples). YBR_FULL / YBR_FULL_422 come out RGB unless
        keep_ybr is True."""
        np = _numpy()
        index = int(index)
        with self._use() as h:
            opts = self._options_for(keep_ybr)
            index = self._absolute_frame(h, index)
            info = self._frame_info_locked(h, opts)
            self._check_layout(info)
            arr = np.empty(info.shape, dtype=np.dtype(info.dtype))
            if arr.nbytes:
                _ll.vetdicom_file_decode_frame(h, opts, index, arr.ctypes.data, arr.nbytes)
        return arr

    def frames(self, keep_ybr: bool = False) -> Iterator[Any]:
        """Iterates over the decoded frames, one numpy array each."""
        for i in range(self.number_of_frames):
            yield self.frame(i, keep_ybr)

    def decode_frames(self, first: int = 0, count: Optional[int] = None, keep_ybr: bool = False,
                      threads: Optional[int] = None) -> Any:
        """Decodes frames [first, first + count) (count None: to the end) into one numpy array of
        shape (count, rows, columns[, samples]), with `threads` library threads (None: one per CPU,
        at most one per frame)."""
        np = _numpy()
        with self._use() as h:
            total = c_size_t(0)
            _ll.vetdicom_file_frame_count(h, byref(total))
            if count is None:
                count = max(0, total.value - first)
            if first < 0 or count < 0:
                raise OutOfRangeError("frames [%d, %d + %d) out of range" % (first, first, count))
            if threads is None:
                threads = min(os.cpu_count() or 1, max(count, 1))
            opts = self._options_for(keep_ybr, int(threads))
            info = self._frame_info_locked(h, opts)
            self._check_layout(info)
            arr = np.empty((count,) + info.shape, dtype=np.dtype(info.dtype))
            if count and arr.nbytes:
                _ll.vetdicom_file_decode_frames(h, opts, first, count, arr.ctypes.data, arr.nbytes)
        return arr

    @property
    def pixel_array(self) -> "npt.NDArray[Any]":
        """Every frame: shape (frames, rows, columns[, samples]) when there are several frames,
        else the single frame (rows, columns[, samples]). Decoded once per File and cached (the
        same array at every access, as pydicom); an edit of the data set drops the cache."""
        cached = self._pixel_cache
        if cached is not None:
            return cast("npt.NDArray[Any]", cached)
        gen = self._generation
        arr = self.decode_frames()
        if arr.shape[0] == 1:
            arr = arr[0]
        with self._lock:
            if gen == self._generation:
                self._pixel_cache = arr
        return cast("npt.NDArray[Any]", arr)

    def _rescale(self, index: int) -> Tuple[float, float]:
        """(slope, intercept) of frame `index`: the frame's Pixel Value Transformation functional
        group (enhanced objects), else the shared one, else Rescale Slope/Intercept, else (1, 0)."""
        ds = self.dataset
        for path in ("PerFrameFunctionalGroupsSequence[%d].PixelValueTransformationSequence[0]." % index,
                     "SharedFunctionalGroupsSequence[0].PixelValueTransformationSequence[0].", ""):
            slope = ds.get(path + "RescaleSlope")
            intercept = ds.get(path + "RescaleIntercept")
            if isinstance(slope, (int, float)) or isinstance(intercept, (int, float)):
                return (float(slope) if isinstance(slope, (int, float)) else 1.0,
                        float(intercept) if isinstance(intercept, (int, float)) else 0.0)
        return 1.0, 0.0

    def modality_array(self, index: int = 0) -> "npt.NDArray[Any]":
        """Frame `index` in modality units (e.g. Hounsfield units for CT): stored values x Rescale
        Slope + Rescale Intercept (per frame for enhanced objects), as float64; the frame itself
        (stored values) when the file has no rescale."""
        np = _numpy()
        if index < 0:
            index += self.number_of_frames
        frame = self.frame(index)
        slope, intercept = self._rescale(index)
        if slope == 1.0 and intercept == 0.0:
            return cast("npt.NDArray[Any]", frame)
        out = frame.astype(np.float64)
        out *= slope
        out += intercept
        return cast("npt.NDArray[Any]", out)

    def modality_values(self, index: int = 0, dtype: str = "float32") -> "npt.NDArray[Any]":
        """Frame `index` of a grayscale image as modality values computed by the library (C
        vetdicom_file_modality_values): the Modality LUT Sequence when the file has one, else
        Rescale Slope/Intercept (per frame for enhanced objects), else the stored values; as a
        (rows, columns) array of dtype "float32" or "int32" (rounded half away from zero,
        clamped), for viewers that window on the GPU. Uses the file's frame cache. A colour
        image raises UnsupportedError."""
        np = _numpy()
        formats = {"float32": 1, "int32": 2}
        name = np.dtype(dtype).name
        if name not in formats:
            raise ValueError("dtype must be float32 or int32, not %r" % (dtype,))
        index = int(index)
        with self._use() as h:
            index = self._absolute_frame(h, index)
            info = self._frame_info_locked(h, None)
            length = c_size_t(0)
            _ll.vetdicom_file_modality_values(h, None, index, formats[name], None, 0, byref(length))
            arr = np.empty((info.rows, info.columns), dtype=np.dtype(name))
            if arr.nbytes != length.value:
                raise InvalidDataError("modality values of %d bytes for %d x %d samples"
                                       % (length.value, info.rows, info.columns))
            if arr.nbytes:
                _ll.vetdicom_file_modality_values(h, None, index, formats[name], arr.ctypes.data, arr.nbytes,
                                                  byref(length))
        return cast("npt.NDArray[Any]", arr)

    def hu(self, index: int = 0) -> "npt.NDArray[Any]":
        """Hounsfield units of a CT frame: modality_array(index), always float64."""
        arr = self.modality_array(index)
        np = _numpy()
        return arr if arr.dtype == np.float64 else arr.astype(np.float64)

    # -- rendering (vetdicom/_render.py; keys and pipeline: docs/rendering.md) ---------------------

    def _render_call(self, func: Any, frame: int, kwargs: Dict[str, Any], *extra: Any) -> Any:
        from . import _render

        values = _render.option_values(**kwargs)
        with self._use() as h:
            frame = self._absolute_frame(h, frame)
            if not values:
                return func(h, None, frame, *extra)
            with _render.RenderOptions(values) as opts:
                return func(h, opts.handle, frame, *extra)

    def render(self, frame: int = 0, window: Optional[Tuple[float, float]] = None, voi_function: Optional[str] = None,
               output: Optional[str] = None, size: Any = None, overlays: bool = False, pixels: Any = None,
               **options: Any) -> Any:
        """Renders a frame for display: a uint8 numpy array (rows, columns) for "gray8", or
        (rows, columns, 3|4) for "rgb8"/"rgba8". output None: gray8 for MONOCHROME, else rgb8.
        window=(center, width) overrides the file's VOI; voi_function "LINEAR", "LINEAR_EXACT" or
        "SIGMOID"; size=N or (width, height) fits a thumbnail box (aspect kept); overlays draws
        60xx planes. More keywords: overlay_color, voi_index, voi_lut_index, invert, percentile.
        pixels: the frame as File.frame(frame) returned it; it is rendered without decoding
        anything (vetdicom_file_render_decoded). Without it, a frame rendered before comes from
        the file's decoded-frame cache (open option frame_cache_bytes), so a window change does
        not decode again either."""
        from . import _render

        kw = dict(options, window=window, voi_function=voi_function, output=output, size=size, overlays=overlays)
        if pixels is not None:
            return self._render_call(_render.render_decoded, int(frame), kw, pixels)
        return self._render_call(_render.render, int(frame), kw)

    def save_png(self, path: Any, frame: int = 0, **options: Any) -> None:
        """Renders a frame (options as for render) and writes it as a PNG file."""
        from . import _render

        self._render_call(_render.save, int(frame), options, path, False)

    def save_jpeg(self, path: Any, frame: int = 0, quality: int = 90, **options: Any) -> None:
        """Renders a frame (options as for render) and writes it as a JPEG file (quality 1..100)."""
        from . import _render

        self._render_call(_render.save, int(frame), dict(options, quality=quality), path, True)

    def to_png(self, frame: int = 0, **options: Any) -> bytes:
        """Renders a frame and returns PNG bytes."""
        from . import _render

        return bytes(self._render_call(_render.encode, int(frame), options, False))

    def to_jpeg(self, frame: int = 0, quality: int = 90, **options: Any) -> bytes:
        """Renders a frame and returns JPEG bytes."""
        from . import _render

        return bytes(self._render_call(_render.encode, int(frame), dict(options, quality=quality), True))

    @property
    def pixel_spacing(self) -> Any:
        """Pixel spacing in mm for measuring (frame 0): a Geometry with row_spacing,
        column_spacing, source ("pixel_spacing", "imager_pixel_spacing_corrected",
        "imager_pixel_spacing", "ultrasound_region", "none") and calibrated."""
        return self.geometry(0)

    def geometry(self, frame: int = 0) -> Any:
        """Pixel geometry of a frame (see pixel_spacing)."""
        from . import _render

        with self._use() as h:
            return _render.geometry(h, int(frame))

    def windows(self, frame: int = 0) -> List[Any]:
        """The file's Window Center/Width choices for a frame, with their explanations."""
        from . import _render

        with self._use() as h:
            return _render.windows(h, int(frame))


Source = Union[str, "os.PathLike[str]", "os.PathLike[bytes]", bytes, bytearray, memoryview, BinaryIO]
OptionValue = Union[int, float, bool, str]


# open()'s limit keywords, in the order of its parameters, as vetdicom_options keys.
_LIMIT_OPTIONS = (_ll.OPT_MAX_DEPTH, _ll.OPT_MAX_ELEMENTS, _ll.OPT_MAX_VALUE_LENGTH, _ll.OPT_MAX_INFLATED_BYTES,
                  _ll.OPT_MAX_FRAME_BYTES, _ll.OPT_MAX_DIMENSION, _ll.OPT_MAX_FRAMES)
_NO_LIMITS = (None,) * len(_LIMIT_OPTIONS)


def open(  # noqa: A001 - the public name is fixed
    source: Source,
    *,
    max_depth: Optional[int] = None,
    max_elements: Optional[int] = None,
    max_value_length: Optional[int] = None,
    max_inflated_bytes: Optional[int] = None,
    max_frame_bytes: Optional[int] = None,
    max_dimension: Optional[int] = None,
    max_frames: Optional[int] = None,
    borrow_memory: bool = False,
    **options: OptionValue,
) -> File:
    """Opens a DICOM file.

    `source` is a path (str or os.PathLike such as pathlib.Path), the file's bytes
    (bytes, bytearray, memoryview; copied by the library unless borrow_memory=True, in which case
    the File keeps a reference and the bytes must not change until close()), or a binary file
    object (io.BytesIO, ``open(path, "rb")``, anything with ``read()``: read from its current
    position to the end; ``File.name`` is its ``name`` attribute when it has one).

    Options (keyword-only; None = the library default): the limits max_depth, max_elements,
    max_value_length, max_inflated_bytes, max_frame_bytes, max_dimension, max_frames, and
    borrow_memory. Other keywords are passed to the library as vetdicom_options keys (a key it
    doesn't know raises UnknownOptionError). Every error names the file.
    """
    if (type(source) is str and not options and not borrow_memory and max_depth is None and max_elements is None
            and max_value_length is None and max_inflated_bytes is None and max_frame_bytes is None
            and max_dimension is None and max_frames is None):
        # The common case (a path, default options) without the general path's checks: ~3 us of
        # the ~20 an open of a small file costs from Python. Same errors as the general path.
        handle = c_void_p()
        status = _ll.raw_file_open(_library.fs_path(source), None, handle)
        if status:
            raise _errors.name_error(_ll.error_for(status), source)
        if handle.value:
            return File(handle.value, source)
    limits = (max_depth, max_elements, max_value_length, max_inflated_bytes, max_frame_bytes, max_dimension,
              max_frames)
    values: Dict[str, Any] = {}
    if options or borrow_memory or limits != _NO_LIMITS:  # (building the options costs ~5 us an open)
        values = {key: v for key, v in zip(_LIMIT_OPTIONS, limits) if v is not None}
        if borrow_memory:
            values[_ll.OPT_BORROW_MEMORY] = True
        values.update(options)
    name: Optional[str] = None
    label = "<memory>"
    if not isinstance(source, (bytes, bytearray, memoryview, str)) and hasattr(source, "read"):
        stream_name = getattr(source, "name", None)
        if isinstance(stream_name, (str, bytes)) or hasattr(stream_name, "__fspath__"):
            name = os.fsdecode(stream_name)  # type: ignore[arg-type]
        label = name or "<%s>" % type(source).__name__
        try:
            data = source.read()
        except OSError as exc:
            raise _errors.name_error(VetDICOMIOError("cannot read the stream: %s" % exc), label) from exc
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("%s: read() returned %s, not bytes (open the file in binary mode)"
                            % (label, type(data).__name__))
        source = bytes(data)
        values.pop(_ll.OPT_BORROW_MEMORY, None)  # the bytes read are private to the File
    elif not isinstance(source, (bytes, bytearray, memoryview)):
        path = os.fspath(source)
        name = path if isinstance(path, str) else os.fsdecode(path)
        label = name
    try:
        opts = _Options(values) if values else None
    except VetDICOMError as exc:
        raise _errors.name_error(exc, label)
    handle = c_void_p()
    keep: Tuple[Any, ...] = (opts,) if opts is not None else ()
    opts_handle = opts.handle if opts is not None else None
    try:
        if isinstance(source, (bytes, bytearray, memoryview)):
            data, pointer, size = _memory_source(source)
            _ll.vetdicom_file_open_memory(pointer, size, opts_handle, byref(handle))
            if values.get(_ll.OPT_BORROW_MEMORY):
                keep = keep + (data, source)
        else:
            status = _ll.raw_file_open(_library.fs_path(source), opts_handle, handle)
            if status:
                raise _ll.error_for(status)
    except BaseException as exc:
        if opts is not None:
            opts.destroy()
        if isinstance(exc, VetDICOMError):
            _errors.name_error(exc, label)
        raise
    if not handle.value:
        if opts is not None:
            opts.destroy()
        raise VetDICOMError("%s: vetdicom_file_open returned no handle" % label, 0)
    return File(handle.value, name if name is not None else (None if label == "<memory>" else label), keep)


def _memory_source(source: Any) -> Tuple[Any, Any, int]:
    """(object owning the bytes, pointer argument, size) for a bytes-like source, without a copy
    when the buffer can be shared."""
    if isinstance(source, bytes):
        return source, source, len(source)
    mv = memoryview(source)
    if not mv.c_contiguous:
        data = mv.tobytes()
        return data, data, len(data)
    mv = mv.cast("B")
    n = mv.nbytes
    if n == 0:
        return b"", b"", 0
    if mv.readonly:
        data = mv.tobytes()
        return data, data, n
    array = (c_uint8 * n).from_buffer(mv)
    return array, array, n


# Transcoding and encoded frames (vetdicom/_transcode.py).
from . import _transcode  # noqa: E402
from ._transcode import transcode  # noqa: E402

File.encoded_frame = _transcode.encoded_frame  # type: ignore[attr-defined]
File.set_encoded_frames = _transcode.set_encoded_frames  # type: ignore[attr-defined]
File.transcode = _transcode.file_transcode  # type: ignore[attr-defined]
__all__.append("transcode")

from ._check import check  # noqa: E402  (vetdicom.check(path): the problems of a file)

__all__.append("check")
