"""Value types (Tag, PersonName) and the decoding of vetdicom_dataset_elements records.

The C call ``vetdicom_dataset_elements`` returns every element header of a data set and its
small values in one buffer (layout in vetdicom.h, "Bulk element headers"); :func:`parse_records`
turns it into tuples and :func:`convert` turns one record's value into the Python value.
"""

import struct
from typing import Any, Dict, List, Optional, Tuple

__all__ = ["Tag", "PersonName", "Record", "parse_records", "convert", "STRING_VRS", "TEXT_VRS"]

# VR groups (see the vetdicom package docstring).
STRING_VRS = frozenset(["AE", "AS", "CS", "DA", "DT", "LO", "PN", "SH", "TM", "UC", "UI"])
TEXT_VRS = frozenset(["LT", "ST", "UT", "UR"])
BINARY_NUMBER_VRS = {
    "US": ("H", 2),
    "SS": ("h", 2),
    "UL": ("I", 4),
    "SL": ("i", 4),
    "UV": ("Q", 8),
    "SV": ("q", 8),
    "FL": ("f", 4),
    "FD": ("d", 8),
}
INTEGER_VRS = frozenset(["US", "SS", "UL", "SL", "UV", "SV"])

# Record flags (VETDICOM_ELEMENT_*).
F_INLINE = 1
F_TEXT = 2
F_SEQUENCE = 4
F_ENCAPSULATED = 8
F_OMITTED = 16
F_FAILED = 32


class Tag(int):
    """A DICOM tag: an ``int`` (gggg << 16 | eeee) that prints as ``(gggg,eeee)`` like pydicom's
    ``BaseTag``. AT values and ``Dataset.keys()`` are Tags."""

    __slots__ = ()

    @property
    def group(self) -> int:
        return int(self) >> 16

    @property
    def element(self) -> int:
        return int(self) & 0xFFFF

    @property
    def is_private(self) -> bool:
        return bool((int(self) >> 16) & 1)

    def __str__(self) -> str:
        return "(%04X,%04X)" % (int(self) >> 16, int(self) & 0xFFFF)

    __repr__ = __str__


class PersonName(str):
    """A PN value: the ``str`` as stored (component groups joined by ``=``, components by ``^``)
    with pydicom's ``PersonName`` accessors. For animals (PS3.5 6.2) ``family_name`` is the owner
    and ``given_name`` the animal's name."""

    __slots__ = ()

    def _groups(self) -> List[str]:
        return str(self).split("=")

    def _component(self, index: int) -> str:
        parts = self._groups()[0].split("^")
        return parts[index] if index < len(parts) else ""

    @property
    def alphabetic(self) -> str:
        return self._groups()[0]

    @property
    def ideographic(self) -> str:
        g = self._groups()
        return g[1] if len(g) > 1 else ""

    @property
    def phonetic(self) -> str:
        g = self._groups()
        return g[2] if len(g) > 2 else ""

    @property
    def components(self) -> Tuple[str, ...]:
        """The non-empty component groups (alphabetic, ideographic, phonetic), as pydicom."""
        groups = self._groups()
        while groups and not groups[-1]:
            groups.pop()
        return tuple(groups)

    @property
    def family_name(self) -> str:
        return self._component(0)

    @property
    def given_name(self) -> str:
        return self._component(1)

    @property
    def middle_name(self) -> str:
        return self._component(2)

    @property
    def name_prefix(self) -> str:
        return self._component(3)

    @property
    def name_suffix(self) -> str:
        return self._component(4)

    @property
    def original_string(self) -> bytes:
        return str(self).encode("utf-8")

    def formatted(self, fmt: str) -> str:
        """``fmt % {"family_name": ..., "given_name": ..., ...}`` as pydicom's."""
        return fmt % {
            "family_name": self.family_name,
            "given_name": self.given_name,
            "middle_name": self.middle_name,
            "name_prefix": self.name_prefix,
            "name_suffix": self.name_suffix,
        }

    def __repr__(self) -> str:
        return "PersonName(%s)" % str.__repr__(self)


# One element header of the bulk call, as a plain tuple (fastest to build and index):
# (tag, vr, flags, vm, keyword, length, value); value None when not inlined
# (OMITTED / FAILED / ENCAPSULATED).
Record = Tuple[int, str, int, int, str, int, Optional[bytes]]
R_TAG, R_VR, R_FLAGS, R_VM, R_KEYWORD, R_LENGTH, R_VALUE = range(7)

_HEAD = struct.Struct("<II")
_REC = struct.Struct("<I2sHIHHQI")


_VR_TEXT: Dict[bytes, str] = {}
_KEYWORDS: Dict[bytes, str] = {}


def parse_records(buf: bytes) -> List[Record]:
    """The records of a vetdicom_dataset_elements buffer."""
    count, fmt = _HEAD.unpack_from(buf, 0)
    if fmt != 1:
        raise ValueError("vetdicom_dataset_elements format %d is not supported by this package" % fmt)
    pos = _HEAD.size
    unpack = _REC.unpack_from
    size = _REC.size
    vr_text = _VR_TEXT
    keywords = _KEYWORDS
    out: List[Record] = []
    append = out.append
    for _ in range(count):
        tag, vrb, flags, vm, kwlen, _reserved, length, vlen = unpack(buf, pos)
        pos += size
        vr = vr_text.get(vrb)
        if vr is None:
            vr = vr_text.setdefault(vrb, vrb.decode("ascii", "replace"))
        if kwlen:
            kwb = buf[pos:pos + kwlen]
            kw = keywords.get(kwb)
            if kw is None:
                kw = kwb.decode("ascii", "replace")
                if len(keywords) < 20000:
                    keywords[kwb] = kw
            pos += kwlen
        else:
            kw = ""
        if flags & 1:  # F_INLINE
            append((tag, vr, flags, vm, kw, length, buf[pos:pos + vlen]))
            pos += vlen
        else:
            append((tag, vr, flags, vm, kw, length, None))
    return out


def parse_is(text: str) -> Any:
    s = text.strip()
    if not s:
        return None
    try:
        return int(s)
    except ValueError:
        pass
    try:
        f = float(s)
    except ValueError:
        return text
    if f.is_integer():
        return int(f)
    return text


def parse_ds(text: str) -> Any:
    s = text.strip()
    if not s:
        return None
    try:
        return float(s)
    except ValueError:
        return text


_PARSED_TEXT_VRS = frozenset(("IS", "DS", "PN"))


def convert_text(vr: str, vm: int, text: str) -> Any:
    """The Python value of a string VR from the library's text (values joined by backslash)."""
    if vm == 1 and vr not in _PARSED_TEXT_VRS:  # the common case: one value, kept as text
        return text
    if vr in TEXT_VRS:
        return text
    if vm == 0:
        return None if vr in ("IS", "DS") else ""
    values: List[Any] = text.split("\\") if vm > 1 else [text]
    if vr == "IS":
        values = [parse_is(v) for v in values]
    elif vr == "DS":
        values = [parse_ds(v) for v in values]
    elif vr == "PN":
        values = [PersonName(v) for v in values]
    return values[0] if vm == 1 else values


def convert_binary(vr: str, vm: int, raw: bytes, big_endian: bool) -> Any:
    """The Python value of a binary VR from its stored bytes; raises ValueError when the length
    is not a multiple of the value size (the caller then asks the library)."""
    order = ">" if big_endian else "<"
    if vr == "AT":
        if vm == 0:
            return None
        if len(raw) != 4 * vm:
            raise ValueError("AT length")
        halves = struct.unpack("%s%dH" % (order, 2 * vm), raw)
        tags = [Tag((halves[2 * i] << 16) | halves[2 * i + 1]) for i in range(vm)]
        return tags[0] if vm == 1 else tags
    spec = BINARY_NUMBER_VRS.get(vr)
    if spec is None:
        return bytes(raw)
    if vm == 0:
        return None
    code, size = spec
    if len(raw) != size * vm:
        raise ValueError("%s length" % vr)
    values = struct.unpack("%s%d%s" % (order, vm, code), raw)
    return values[0] if vm == 1 else list(values)
