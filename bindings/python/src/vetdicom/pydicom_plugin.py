"""vetdicom as a pydicom (>= 3) pixel data decoding plugin.

    import pydicom, vetdicom.pydicom_plugin
    vetdicom.pydicom_plugin.install()              # once per process
    ds = pydicom.dcmread("cat.dcm")
    ds.pixel_array_options(decoding_plugin="vetdicom")
    arr = ds.pixel_array                           # decoded by libvetdicom

``install()`` adds a decoder plugin labelled "vetdicom" to every pydicom decoder of a transfer
syntax that vetdicom decodes (JPEG baseline/extended/lossless, JPEG-LS, JPEG 2000, HTJ2K, RLE);
``install(prefer=True)`` also makes it the first one pydicom tries. pydicom hands the plugin one
frame's codestream at a time; the plugin wraps it in a minimal in-memory DICOM data set with the
image description of the runner, decodes it with libvetdicom and reports the layout it produced
(colour-by-pixel, the container size, RGB for YCbCr JPEG and for JPEG 2000 with a colour
transform, signed values already sign-extended), so pydicom's own reshaping gives the array its
own plugins give. With ``as_rgb=False`` the YCbCr samples are kept (keep_ybr).

This module follows pydicom's plugin protocol: ``DECODER_DEPENDENCIES``, ``is_available(uid)``
and the decode function ``_decode_frame(src, runner)``.
"""

import struct
from typing import Any, Dict, List, Tuple

__all__ = ["install", "uninstall", "SYNTAXES", "PLUGIN"]

PLUGIN = "vetdicom"

# The encapsulated transfer syntaxes vetdicom decodes (pydicom has a decoder for each).
SYNTAXES: Tuple[str, ...] = (
    "1.2.840.10008.1.2.4.50",   # JPEG Baseline (Process 1)
    "1.2.840.10008.1.2.4.51",   # JPEG Extended (Process 2 & 4)
    "1.2.840.10008.1.2.4.57",   # JPEG Lossless (Process 14)
    "1.2.840.10008.1.2.4.70",   # JPEG Lossless SV1
    "1.2.840.10008.1.2.4.80",   # JPEG-LS Lossless
    "1.2.840.10008.1.2.4.81",   # JPEG-LS Near-lossless
    "1.2.840.10008.1.2.4.90",   # JPEG 2000 Lossless
    "1.2.840.10008.1.2.4.91",   # JPEG 2000
    "1.2.840.10008.1.2.4.201",  # HTJ2K Lossless
    "1.2.840.10008.1.2.4.202",  # HTJ2K Lossless RPCL
    "1.2.840.10008.1.2.4.203",  # HTJ2K
    "1.2.840.10008.1.2.5",      # RLE Lossless
)

DECODER_DEPENDENCIES: Dict[str, Tuple[str, ...]] = {uid: ("numpy", "vetdicom") for uid in SYNTAXES}

_J2K = frozenset(SYNTAXES[6:11])
_JPEG_LOSSY = frozenset(SYNTAXES[:2])


def is_available(uid: str) -> bool:
    """True when libvetdicom loads and `uid` is a syntax it decodes."""
    if uid not in DECODER_DEPENDENCIES:
        return False
    try:
        from . import _lowlevel

        _lowlevel.ensure_loaded()
        import numpy  # noqa: F401
    except Exception:
        return False
    return True


def _el(tag: int, vr: str, value: bytes) -> bytes:
    """One explicit VR little endian element (short length form)."""
    if len(value) % 2:
        value += b"\x00" if vr in ("UI", "OB") else b" "
    return struct.pack("<HH2sH", tag >> 16, tag & 0xFFFF, vr.encode("ascii"), len(value)) + value


def _us(tag: int, v: int) -> bytes:
    return _el(tag, "US", struct.pack("<H", v & 0xFFFF))


def wrap_frame(src: bytes, tsyntax: str, rows: int, columns: int, samples: int, bits_allocated: int,
               bits_stored: int, pixel_representation: int, photometric: str, planar: int) -> bytes:
    """A minimal Part 10 file holding one encapsulated frame `src` with this image description."""
    ts = tsyntax.encode("ascii")
    meta_body = (
        struct.pack("<HH2s2xI", 0x0002, 0x0001, b"OB", 2) + b"\x00\x01"
        + _el(0x00020002, "UI", b"1.2.840.10008.5.1.4.1.1.7")
        + _el(0x00020003, "UI", b"1.2.3.4")
        + _el(0x00020010, "UI", ts)
    )
    meta = _el(0x00020000, "UL", struct.pack("<I", len(meta_body))) + meta_body
    ds = [
        _us(0x00280002, samples),
        _el(0x00280004, "CS", photometric.encode("ascii")),
    ]
    if samples > 1:
        ds.append(_us(0x00280006, planar))
    ds += [
        _us(0x00280010, rows),
        _us(0x00280011, columns),
        _us(0x00280100, bits_allocated),
        _us(0x00280101, bits_stored),
        _us(0x00280102, bits_stored - 1),
        _us(0x00280103, pixel_representation),
    ]
    frag = src if len(src) % 2 == 0 else src + b"\x00"
    pixel = (
        struct.pack("<HH2s2xI", 0x7FE0, 0x0010, b"OB", 0xFFFFFFFF)
        + struct.pack("<HHI", 0xFFFE, 0xE000, 0)
        + struct.pack("<HHI", 0xFFFE, 0xE000, len(frag)) + frag
        + struct.pack("<HHI", 0xFFFE, 0xE0DD, 0)
    )
    return b"\x00" * 128 + b"DICM" + meta + b"".join(ds) + pixel


def _decode_frame(src: bytes, runner: Any) -> bytes:
    """pydicom's decode function: one frame's codestream -> its pixel bytes, with the runner's
    options set to the layout produced."""
    from . import open as vd_open

    tsyntax = str(runner.transfer_syntax)
    samples = int(runner.samples_per_pixel)
    photometric = str(runner.photometric_interpretation)
    planar = int(runner.get_option("planar_configuration", 0) or 0) if samples > 1 else 0
    data = wrap_frame(src, tsyntax, int(runner.rows), int(runner.columns), samples, int(runner.bits_allocated),
                      int(runner.bits_stored), int(runner.pixel_representation), photometric, planar)
    keep_ybr = not runner.get_option("as_rgb", True)
    with vd_open(data, borrow_memory=True) as f:
        info = f.frame_info(keep_ybr=keep_ybr)
        arr = f.frame(0, keep_ybr=keep_ybr)
    # The layout vetdicom produced: colour-by-pixel, little endian, container of
    # bytes_per_sample, values sign-extended, colour as its output photometric.
    runner.set_option("bits_allocated", info.bytes_per_sample * 8)
    if samples > 1:
        runner.set_option("planar_configuration", 0)
        if info.photometric_interpretation and info.photometric_interpretation != photometric:
            runner.set_option("photometric_interpretation", info.photometric_interpretation)
    runner.set_option("apply_j2k_sign_correction", False)
    runner.set_option("apply_jls_sign_correction", False)
    return bytes(arr.tobytes())


def _decoders() -> List[Any]:
    from pydicom.pixels.decoders.base import get_decoder

    out = []
    for uid in SYNTAXES:
        try:
            out.append(get_decoder(uid))
        except (NotImplementedError, ValueError):
            continue
    return out


def install(prefer: bool = False) -> List[str]:
    """Registers the "vetdicom" decoding plugin with every pydicom decoder of a syntax vetdicom
    decodes (idempotent); prefer=True also moves it first in pydicom's plugin order. Returns the
    transfer syntax UIDs it was added to."""
    done = []
    for decoder in _decoders():
        if PLUGIN not in decoder._available and PLUGIN not in decoder._unavailable:
            decoder.add_plugin(PLUGIN, (__name__, "_decode_frame"))
        if prefer and PLUGIN in decoder._available:
            func = decoder._available.pop(PLUGIN)
            rest = dict(decoder._available)
            decoder._available.clear()
            decoder._available[PLUGIN] = func
            decoder._available.update(rest)
        done.append(str(decoder.UID))
    return done


def uninstall() -> None:
    """Removes the plugin from every decoder."""
    for decoder in _decoders():
        if PLUGIN in decoder._available or PLUGIN in decoder._unavailable:
            decoder.remove_plugin(PLUGIN)
