#!/usr/bin/env python3
"""Generate Sources/DICOMCore/Dictionary.generated.swift from pydicom's data dictionary.

Usage (from the package root):
    python3 Tools/gen_dictionary.py [output-path]

The output holds two string literals (one line per entry, tab-separated fields):
    ggggeeee  VR  VM  R|-  Keyword  Name
parsed once, lazily, by Sources/DICOMCore/Dictionary.swift. A string literal keeps the Swift
compile fast (a large array literal of structs would stall the type checker).
"""
import os
import sys

import pydicom
from pydicom._dicom_dict import DicomDictionary, RepeatersDictionary

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "..", "Sources", "DICOMCore", "Dictionary.generated.swift")


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


def main() -> None:
    out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT)
    entries = [line(f"{tag:08X}", DicomDictionary[tag]) for tag in sorted(DicomDictionary)]
    repeaters = [line(mask, RepeatersDictionary[mask]) for mask in sorted(RepeatersDictionary)]
    parts = [
        "// GENERATED FILE - DO NOT EDIT.",
        f"// Source: pydicom {pydicom.__version__} (pydicom._dicom_dict: DicomDictionary, RepeatersDictionary).",
        "// Regenerate from the package root with: python3 Tools/gen_dictionary.py",
        f"// {len(entries)} entries, {len(repeaters)} repeating-group masks.",
        "// Format: one line per entry, tab-separated: ggggeeee VR VM R|- Keyword Name",
        "// ('x' in a repeater tag is a wildcard hex digit). Parsed lazily by Dictionary.swift.",
        "",
        "extension DataDictionary {",
        f'    static let pydicomVersion = "{pydicom.__version__}"',
        "",
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


if __name__ == "__main__":
    main()
