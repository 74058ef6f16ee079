"""The clinic archive: who is who (``patients``) and storage planning (``storage``).

    import vetdicom

    report = vetdicom.patients("/srv/pacs-export")       # dict, see docs/clinic.md
    for animal in report["patients"]:
        print(animal["animal_name"], animal["owner"], animal["species"], len(animal["files"]))
    for issue in report["issues"]:
        print(issue["kind"], issue["message"])

    plan = vetdicom.storage("/srv/pacs-export")
    print(plan["bytes"], plan["by_year"], plan["projection"], plan["lossless_savings"])
    html = vetdicom.storage_html("/srv/pacs-export")    # one offline page with SVG charts

The C functions (``vetdicom_archive_*``, the "Clinic archive" section of vetdicom.h) are bound
here with their own table; the library is loaded on first use. The call releases the GIL while
the folder is scanned (on ``threads`` threads).
"""

import contextlib
import json
import os
import threading
from ctypes import POINTER, byref, c_char_p, c_int32, c_int64, c_size_t, c_uint32, c_void_p, create_string_buffer
from typing import Any, Dict, Iterator, List, Optional, Sequence, Union

from . import _library
from ._errors import ERR_BUFFER_TOO_SMALL, error_for_status

__all__ = ["patients", "storage", "storage_html"]

_PROTOTYPES = {
    "vetdicom_archive_patients_json": (c_int32, [c_char_p, c_void_p, c_char_p, c_size_t, POINTER(c_size_t)]),
    "vetdicom_archive_storage_json": (c_int32, [c_char_p, c_void_p, c_char_p, c_size_t, POINTER(c_size_t)]),
    "vetdicom_archive_storage_html": (c_int32, [c_char_p, c_void_p, c_char_p, c_size_t, POINTER(c_size_t)]),
    "vetdicom_options_create": (c_int32, [POINTER(c_void_p)]),
    "vetdicom_options_destroy": (None, [c_void_p]),
    "vetdicom_options_set_int64": (c_int32, [c_void_p, c_char_p, c_int64]),
    "vetdicom_last_error_message": (c_char_p, []),
    "vetdicom_status_string": (c_char_p, [c_int32]),
}
_bound: Dict[str, Any] = {}
_lock = threading.Lock()


def _fn(name: str) -> Any:
    if not _bound:
        with _lock:
            if not _bound:
                lib = _library.library()
                table = {}
                for n, (restype, argtypes) in _PROTOTYPES.items():
                    f: Any = lib[n]  # its own function object: getattr's is _lowlevel's, with other argtypes
                    f.restype, f.argtypes = restype, argtypes
                    table[n] = f
                _bound.update(table)
    return _bound[name]


def _raise(status: int, what: str) -> None:
    detail = _fn("vetdicom_last_error_message")() or b""
    text = detail.decode("utf-8", "replace") or (_fn("vetdicom_status_string")(status) or b"").decode()
    raise error_for_status(status, "%s: %s" % (what, text))


@contextlib.contextmanager
def _scan_options(threads: Optional[int]) -> Iterator[c_void_p]:
    """A vetdicom_options with ``threads`` set (a NULL handle when ``threads`` is None)."""
    opts = c_void_p()
    if threads is not None:
        st = _fn("vetdicom_options_create")(byref(opts))
        if st != 0:
            _raise(st, "vetdicom_options_create")
    try:
        if threads is not None:
            st = _fn("vetdicom_options_set_int64")(opts, b"threads", int(threads))
            if st != 0:
                _raise(st, "threads")
        yield opts
    finally:
        if opts:
            _fn("vetdicom_options_destroy")(opts)


def _report(name: str, directory: Union[str, "os.PathLike[str]"], threads: Optional[int]) -> str:
    path = _library.fs_path(directory)
    with _scan_options(threads) as opts:
        func = _fn(name)
        length = c_size_t(0)
        # Size query, then the exact buffer (the library keeps the report between the two calls).
        st = func(path, opts, None, 0, byref(length))
        for _ in range(3):
            if st == 0:
                return ""
            if st != ERR_BUFFER_TOO_SMALL:
                _raise(st, name)
            cap = length.value + 1
            buf = create_string_buffer(cap)
            st = func(path, opts, buf, cap, byref(length))
            if st == 0:
                return buf.raw[: length.value].decode("utf-8", "replace")
        _raise(st, name)
        raise AssertionError("unreachable")


def patients(directory: Union[str, "os.PathLike[str]"], threads: Optional[int] = None) -> Dict[str, Any]:
    """Groups the DICOM files under ``directory`` by animal. Returns
    ``{"patients": [{"animal_name", "owner", "species", "breed", "patient_ids", "names_seen",
    "files", "reasons", ...}], "issues": [{"kind", "message", "files"}], "summary": {...}}``.
    Raises VetDICOMIOError when the folder cannot be read."""
    result: Dict[str, Any] = json.loads(_report("vetdicom_archive_patients_json", directory, threads))
    return result


def storage(directory: Union[str, "os.PathLike[str]"], threads: Optional[int] = None) -> Dict[str, Any]:
    """Storage totals of the archive under ``directory``: ``{"files", "bytes", "by_modality",
    "by_year", "by_study", "projection", "backup_321", "lossless_savings", ...}``."""
    result: Dict[str, Any] = json.loads(_report("vetdicom_archive_storage_json", directory, threads))
    return result


def storage_html(directory: Union[str, "os.PathLike[str]"], threads: Optional[int] = None) -> str:
    """The storage report as one self-contained HTML page (inline SVG charts)."""
    return _report("vetdicom_archive_storage_html", directory, threads)


_PROTOTYPES["vetdicom_deidentify"] = (
    c_int32, [c_char_p, c_char_p, c_uint32, c_char_p, c_char_p, c_size_t, POINTER(c_size_t)])

DEID_KEEP_ANIMAL_NAME = 1
DEID_KEEP_DATES = 2
DEID_INCLUDE_BURNED_IN = 4


def deidentify(src: Union[str, "os.PathLike[str]"], dst: Union[str, "os.PathLike[str]"], *,
               keep_animal_name: bool = False, keep_dates: bool = False, include_burned_in: bool = False,
               secret: Optional[Union[str, bytes]] = None) -> Dict[str, Any]:
    """De-identifies a file or folder ``src`` into ``dst`` for referral (PS3.15 Annex E basic
    profile with Retain Patient Characteristics, veterinary-aware; see docs/clinic.md). UIDs are
    remapped with a keyed hash: pass the same ``secret`` (bytes, or hex text) to get the same
    UIDs and pseudonyms in a later run. Returns the report: ``{"written": [{"source",
    "output"}], "burned_in_annotation": [...], "burned_in_unknown": [...], "not_dicom": [...],
    "failed": [...], "uids_remapped": n}``. ``src`` is never modified."""
    flags = ((DEID_KEEP_ANIMAL_NAME if keep_animal_name else 0) | (DEID_KEEP_DATES if keep_dates else 0)
             | (DEID_INCLUDE_BURNED_IN if include_burned_in else 0))
    if isinstance(secret, (bytes, bytearray)):
        secret = bytes(secret).hex()
    s = secret.encode() if secret else None
    a, b = _library.fs_path(src), _library.fs_path(dst)
    func = _fn("vetdicom_deidentify")
    return _json_call("vetdicom_deidentify", lambda buf, cap, ln: func(a, b, flags, s, buf, cap, ln))


__all__.append("deidentify")


_PROTOTYPES["vetdicom_archive_fix"] = (
    c_int32, [c_char_p, c_char_p, c_uint32, c_char_p, c_char_p, c_void_p, c_char_p, c_size_t, POINTER(c_size_t)])
_PROTOTYPES["vetdicom_archive_share"] = (
    c_int32, [POINTER(c_char_p), c_size_t, c_char_p, c_uint32, c_char_p, c_char_p, c_size_t, POINTER(c_size_t)])

FIX_IN_PLACE = 1
FIX_DRY_RUN = 2
SHARE_NO_DEIDENTIFY = 1
SHARE_KEEP_ANIMAL_NAME = 2
SHARE_KEEP_DATES = 4
SHARE_INCLUDE_BURNED_IN = 8

_Path = Union[str, "os.PathLike[str]"]


def _opt_path(p: Optional[_Path]) -> Optional[bytes]:
    return None if p is None else _library.fs_path(p)


def _json_call(name: str, call: Any) -> Dict[str, Any]:
    """Runs ``call(buffer, capacity, length)`` with a 64 KiB buffer, once more with the exact size
    when that is too small (the library keeps the report, the work is not redone)."""
    length = c_size_t(0)
    buf = create_string_buffer(1 << 16)
    st = call(buf, len(buf), byref(length))
    if st == ERR_BUFFER_TOO_SMALL:
        buf = create_string_buffer(length.value + 1)
        st = call(buf, len(buf), byref(length))
    if st != 0:
        _raise(st, name)
    report: Dict[str, Any] = json.loads(buf.raw[: length.value].decode("utf-8", "replace"))
    return report


def fix_patients(directory: _Path, output: Optional[_Path] = None, in_place: bool = False, dry_run: bool = False,
                 backup: Optional[_Path] = None, log: Optional[_Path] = None,
                 threads: Optional[int] = None) -> Dict[str, Any]:
    """Makes the identity fields of the files under ``directory`` consistent per animal (what
    ``vetdicom patients DIR --fix`` does; see docs/clinic.md). Give ``output`` (a folder outside
    the archive: corrected files and copies of the others), or ``in_place=True`` (changed files
    are backed up under ``backup`` first), or ``dry_run=True`` (nothing written). Previous values
    are kept in Original Attributes Sequence; every change is logged as CSV to ``log`` (default:
    vetdicom-fix-log.csv in the output or backup folder). Returns ``{"changes": [{"file", "tag",
    "keyword", "old", "new"}], "files_changed", "files_written", "files_copied",
    "backup_directory", "log", "failed": [{"file", "message"}]}``."""
    if output is not None and in_place:
        raise ValueError("output and in_place exclude each other")
    if output is None and not in_place and not dry_run:
        raise ValueError("give output, in_place=True or dry_run=True")
    flags = (FIX_IN_PLACE if in_place else 0) | (FIX_DRY_RUN if dry_run else 0)
    d = _library.fs_path(directory)
    o, b, lg = _opt_path(output), _opt_path(backup), _opt_path(log)
    with _scan_options(threads) as opts:
        func = _fn("vetdicom_archive_fix")
        return _json_call("vetdicom_archive_fix", lambda buf, cap, ln: func(d, o, flags, b, lg, opts, buf, cap, ln))


def share(studies: Union[_Path, Sequence[_Path]], output: _Path, deidentify: bool = True,
          keep_animal_name: bool = False, keep_dates: bool = False, include_burned_in: bool = False,
          secret: Optional[Union[str, bytes]] = None) -> Dict[str, Any]:
    """Packages studies (files or folders) for a specialist into ``output``: DICOM/ files
    (de-identified unless ``deidentify=False``, as :func:`deidentify` does), a DICOMDIR and
    index.html, an offline viewer (what ``vetdicom share`` does). Returns ``{"output",
    "deidentified", "patients", "studies", "series", "images", "rendered_frames",
    "burned_in_annotation": [...], "not_dicom": [...], "failed": [{"file", "message"}]}``."""
    items: List[_Path] = [studies] if isinstance(studies, (str, os.PathLike)) else list(studies)
    if not items:
        raise ValueError("give at least one study")
    flags = ((0 if deidentify else SHARE_NO_DEIDENTIFY) | (SHARE_KEEP_ANIMAL_NAME if keep_animal_name else 0)
             | (SHARE_KEEP_DATES if keep_dates else 0) | (SHARE_INCLUDE_BURNED_IN if include_burned_in else 0))
    if isinstance(secret, (bytes, bytearray)):
        secret = bytes(secret).hex()
    s = secret.encode() if secret else None
    arr = (c_char_p * len(items))(*[_library.fs_path(p) for p in items])
    out = _library.fs_path(output)
    func = _fn("vetdicom_archive_share")
    return _json_call("vetdicom_archive_share", lambda buf, cap, ln: func(arr, len(items), out, flags, s, buf, cap, ln))


__all__ += ["fix_patients", "share"]
