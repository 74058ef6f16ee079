#!/usr/bin/env python3
"""Generate Sources/DICOMCore/Dictionary.generated.swift (the standard data dictionary) and
Sources/DICOMCore/PrivateDictionary.generated.swift (the private dictionary) from pydicom's.

Usage (from the package root):
    python3 Tools/gen_dictionary.py [output-path [private-output-path]]

The private dictionary (pydicom._private_dict.private_dictionaries) is written as one string
literal, one line per entry: creator, key, VR, VM, name (tab-separated), where key is
pydicom's: "GGGGEEEE", "GGGGxxEE" (any block) or "GGxxxxEE" (any group of the range and block).

The output holds two string literals (one line per entry, tab-separated fields):
    ggggeeee  VR  VM  R|-  Keyword  Name
and, for the exact entries, three typed integer arrays parallel to the lines: the tags
(ascending), the VR used for implicit VR (its two ASCII bytes, as `VR.rawValue`) and the byte
offset of each line in the text. The arrays let the parser look up a VR, and `entry(for:)` parse
one line, without reading the whole text at first use; the keyword index still parses it all,
lazily. A string literal and plain integer literals in typed arrays keep the Swift compile fast
(a large array literal of structs would stall the type checker).
"""
import os
import sys

import pydicom
from pydicom._dicom_dict import DicomDictionary, RepeatersDictionary
from pydicom._private_dict import private_dictionaries

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "..", "Sources", "DICOMCore", "Dictionary.generated.swift")
DEFAULT_PRIVATE_OUT = os.path.join(HERE, "..", "Sources", "DICOMCore", "PrivateDictionary.generated.swift")


def clean(s: str) -> str:
    s = str(s)
    for bad in ("\t", "\n", "\r"):
        if bad in s:
            raise SystemExit(f"unexpected control character in dictionary field {s!r}")
    if '"#' in s:
        raise SystemExit(f"field would end the raw string literal: {s!r}")
    return s


def line(key: str, entry) -> str:
    vr, vm, name, retired, keyword = entry
    flag = "R" if retired else "-"
    return "\t".join([key.upper().replace("X", "x"), clean(vr), clean(vm), flag, clean(keyword), clean(name)])


# VR.swift's cases: the implicit VR of an entry is the first VR of its VR string when it is
# one of these ("OB or OW" -> OB), else UN ("NONE"); Dictionary.swift's text parser agrees.
VRS = {"AE", "AS", "AT", "CS", "DA", "DS", "DT", "FL", "FD", "IS", "LO", "LT", "OB", "OD", "OF", "OL",
       "OV", "OW", "PN", "SH", "SL", "SQ", "SS", "ST", "SV", "TM", "UC", "UI", "UL", "UN", "UR", "US",
       "UT", "UV"}


def implicit_vr(vr: str) -> int:
    first = vr[:2] if len(vr) == 2 or (len(vr) > 2 and vr[2] == " ") else ""
    if first not in VRS:
        first = "UN"
    return ord(first[0]) << 8 | ord(first[1])


def int_array(name: str, swift_type: str, values, fmt: str, per_line: int = 8):
    rows = []
    for i in range(0, len(values), per_line):
        rows.append("        " + ", ".join(fmt % v for v in values[i:i + per_line]) + ",")
    return [f"    static let {name}: [{swift_type}] = [", *rows, "    ]", ""]


def main() -> None:
    out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT)
    entries = [line(f"{tag:08X}", DicomDictionary[tag]) for tag in sorted(DicomDictionary)]
    repeaters = [line(mask, RepeatersDictionary[mask]) for mask in sorted(RepeatersDictionary)]
    tags = sorted(DicomDictionary)
    vrs = [implicit_vr(DicomDictionary[t][0]) for t in tags]
    offsets = []
    pos = 0
    for text in entries:
        offsets.append(pos)
        pos += len(text.encode("utf-8")) + 1
    parts = [
        "// GENERATED FILE - DO NOT EDIT.",
        f"// Source: pydicom {pydicom.__version__} (pydicom._dicom_dict: DicomDictionary, RepeatersDictionary).",
        "// Regenerate from the package root with: python3 Tools/gen_dictionary.py",
        f"// {len(entries)} entries, {len(repeaters)} repeating-group masks.",
        "// Format: one line per entry, tab-separated: ggggeeee VR VM R|- Keyword Name",
        "// ('x' in a repeater tag is a wildcard hex digit). Parsed lazily by Dictionary.swift.",
        "// entryTags / entryVRs / entryOffsets: per line of generatedEntries, its tag, its implicit",
        "// VR (VR.rawValue) and its UTF-8 byte offset in the text.",
        "",
        "extension DataDictionary {",
        f'    static let pydicomVersion = "{pydicom.__version__}"',
        "",
        *int_array("entryTags", "UInt32", tags, "0x%08X"),
        *int_array("entryVRs", "UInt16", vrs, "0x%04X", 12),
        *int_array("entryOffsets", "UInt32", offsets, "%d", 12),
        '    static let generatedEntries: String = #"""',
        *entries,
        '"""#',
        "",
        '    static let generatedRepeaters: String = #"""',
        *repeaters,
        '"""#',
        "}",
        "",
    ]
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(parts))
    print(f"wrote {out}: {len(entries)} entries, {len(repeaters)} repeaters")
    write_private(os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else DEFAULT_PRIVATE_OUT))


def write_private(out: str) -> None:
    lines = []
    for creator in sorted(private_dictionaries):
        for key in sorted(private_dictionaries[creator]):
            vr, vm, name, _retired = private_dictionaries[creator][key]
            if len(key) != 8:
                raise SystemExit(f"unexpected private key {key!r} of {creator!r}")
            lines.append("\t".join([clean(creator), key.upper().replace("X", "x"), clean(vr), clean(vm), clean(name)]))
    parts = [
        "// GENERATED FILE - DO NOT EDIT.",
        f"// Source: pydicom {pydicom.__version__} (pydicom._private_dict.private_dictionaries).",
        "// Regenerate from the package root with: python3 Tools/gen_dictionary.py",
        f"// {len(lines)} entries of {len(private_dictionaries)} private creators.",
        "// Format: one line per entry, tab-separated: creator key VR VM name, key as pydicom's",
        "// (GGGGEEEE, GGGGxxEE or GGxxxxEE). Parsed once, at first use, by PrivateDictionary.swift.",
        "",
        "extension PrivateDictionary {",
        '    static let generatedEntries: String = #"""',
        *lines,
        '"""#',
        "}",
        "",
    ]
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(parts))
    print(f"wrote {out}: {len(lines)} private entries")


if __name__ == "__main__":
    main()
