"""Transcoding and encoded frames (the "Transcoding and encoded frames" section of vetdicom.h).

    vetdicom.transcode("in.dcm", "out.dcm", "1.2.840.10008.1.2.4.80")     # or "jpeg-ls"
    vetdicom.transcode("in.dcm", "small.dcm", "j2k-lossy", j2k_ratio=20)
    data = vetdicom.transcode("in.dcm", None, "htj2k")                    # bytes, no file
    with vetdicom.open("in.dcm") as f:
        data = f.encoded_frame(0)          # the frame's bytes as stored (fragments joined)

Transfer syntaxes by UID or name: implicit, explicit, big-endian, deflated, rle, jpeg-baseline,
jpeg-lossless, jpeg-ls, jpeg-ls-near, j2k, j2k-lossy, htj2k, htj2k-rpcl, htj2k-lossy.
Options: quality (JPEG baseline, 1-100), near_lossless (JPEG-LS, 0-255), j2k_ratio, j2k_psnr,
htj2k_qstep, extended_offset_table. A combination the target cannot hold raises
a :class:`vetdicom.VetDICOMError` with status 12 (VETDICOM_ERR_UNSUPPORTED) before anything is
written.
"""

from ctypes import POINTER, byref, c_char_p, c_int32, c_size_t, c_uint8, c_void_p
from typing import Any, Dict, Optional, Sequence

from . import _library
from . import _lowlevel as _ll

# Own ctypes table: name -> (restype, argtypes, errcheck).
_PROTOTYPES = {
    "vetdicom_file_transcode": (c_int32, [c_void_p, c_char_p, c_char_p, c_void_p], _ll._check_status),
    "vetdicom_file_transcode_memory": (
        c_int32, [c_void_p, c_char_p, c_void_p, POINTER(POINTER(c_uint8)), POINTER(c_size_t)], _ll._check_status),
    "vetdicom_file_encoded_frame": (
        c_int32, [c_void_p, c_size_t, POINTER(c_uint8), c_size_t, POINTER(c_size_t)], _ll._check_sized),
    "vetdicom_file_set_encoded_frames": (
        c_int32, [c_void_p, c_char_p, c_size_t, POINTER(POINTER(c_uint8)), POINTER(c_size_t)], _ll._check_status),
}
_bound: Dict[str, Any] = {}


def _fn(name: str) -> Any:
    f = _bound.get(name)
    if f is None:
        lib = _library.library()
        restype, argtypes, errcheck = _PROTOTYPES[name]
        f = getattr(lib, name)
        f.restype = restype
        f.argtypes = argtypes
        if errcheck is not None:
            f.errcheck = errcheck
        _bound[name] = f
    return f


def _options(values: Dict[str, Any]) -> Any:
    from . import _Options  # the package's owned options handle

    return _Options(values)


def file_transcode(f: Any, dst: Optional[str], transfer_syntax: str, **options: Any) -> Optional[bytes]:
    """Writes the open file ``f`` to ``dst`` in ``transfer_syntax`` (see the module doc); with
    ``dst`` None, returns the Part 10 bytes instead (vetdicom_file_transcode_memory)."""
    opts = _options(options) if options else None
    try:
        with f._use() as h:
            oh = opts.handle if opts else None
            if dst is None:
                return _ll.library_bytes(_fn("vetdicom_file_transcode_memory"), h, transfer_syntax.encode("utf-8"), oh)
            _fn("vetdicom_file_transcode")(h, _library.fs_path(dst), transfer_syntax.encode("utf-8"), oh)
            return None
    finally:
        if opts is not None:
            opts.destroy()


def transcode(src: Any, dst: Optional[str], transfer_syntax: str, **options: Any) -> Optional[bytes]:
    """Transcodes the DICOM file ``src`` (a path, bytes, or an open :class:`vetdicom.File`) to
    ``dst`` in ``transfer_syntax`` (a UID or a name), keeping every other element; ``dst`` None
    returns the bytes of the new file instead. Lossy targets set Lossy Image Compression and a
    new SOP Instance UID; lossless ones keep the UID."""
    from . import File, open as _open

    if isinstance(src, File):
        return file_transcode(src, dst, transfer_syntax, **options)
    with _open(src) as f:
        return file_transcode(f, dst, transfer_syntax, **options)


def encoded_frame(f: Any, index: int) -> bytes:
    """The bytes of frame ``index`` as stored, without decoding (fragments joined)."""
    if index < 0:
        raise IndexError("frame index %d is negative" % index)
    with f._use() as h:
        return _ll.read_bytes(_fn("vetdicom_file_encoded_frame"), h, index)


def set_encoded_frames(f: Any, frames: Sequence[bytes], transfer_syntax: str) -> None:
    """Replaces the pixel data of ``f`` with already-encoded ``frames`` (e.g. JPEG files) of
    ``transfer_syntax``; :func:`transcode` of ``f`` to that syntax then writes them unchanged."""
    n = len(frames)
    bufs = [(c_uint8 * len(b)).from_buffer_copy(b) for b in frames]
    ptrs = (POINTER(c_uint8) * max(n, 1))(*[ctypes_cast(b) for b in bufs])
    lengths = (c_size_t * max(n, 1))(*[len(b) for b in frames])
    try:
        with f._use() as h:
            _fn("vetdicom_file_set_encoded_frames")(h, transfer_syntax.encode("utf-8"), n, ptrs, lengths)
    finally:
        f._invalidate_caches()


def ctypes_cast(buf: Any) -> Any:
    from ctypes import cast

    return cast(buf, POINTER(c_uint8))
