"""Rendering: frames to 8-bit display pixels, PNG and JPEG; pixel geometry.

The functions here take the :class:`vetdicom.File` and its low-level handle (from
``File._use()``); the ``File`` methods ``render``, ``save_png``, ``save_jpeg``, ``to_png``,
``to_jpeg``, ``windows`` and ``pixel_spacing`` are thin wrappers over them. The pipeline and the
meaning of every option are described in the "Rendering" section of vetdicom.h and in
docs/rendering.md.
"""

from ctypes import byref, c_double, c_size_t, c_uint32, c_void_p, string_at
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

from . import _library, _lowlevel as _ll

Size = Union[int, Tuple[int, int], None]


@dataclass(frozen=True)
class Geometry:
    """Pixel spacing for measuring (``vetdicom_geometry``).

    ``row_spacing`` is the vertical distance between row centres and ``column_spacing`` the
    horizontal one, in mm (0.0 when unknown). ``source`` says where they came from:
    "pixel_spacing", "imager_pixel_spacing_corrected", "imager_pixel_spacing" (at the detector,
    not calibrated to the patient), "ultrasound_region" or "none".
    """

    row_spacing: float
    column_spacing: float
    source: str
    pixel_aspect_ratio: float
    ultrasound_region_count: int

    @property
    def calibrated(self) -> bool:
        """True when the spacing refers to the patient (not the detector, not unknown)."""
        return self.source in ("pixel_spacing", "imager_pixel_spacing_corrected", "ultrasound_region")

    def __iter__(self) -> Any:
        # (row, column) unpacking, like pydicom's PixelSpacing.
        return iter((self.row_spacing, self.column_spacing))


@dataclass(frozen=True)
class WindowChoice:
    """One Window Center/Width pair the file offers, with its explanation."""

    center: float
    width: float
    explanation: str


def _color(value: Any) -> int:
    if isinstance(value, str):
        text = value.lstrip("#")
        if text.lower().startswith("0x"):
            text = text[2:]
        return int(text, 16)
    if isinstance(value, (tuple, list)):
        r, g, b = (int(v) for v in value)
        return (r & 0xFF) << 16 | (g & 0xFF) << 8 | (b & 0xFF)
    return int(value)


def option_values(
    window: Optional[Sequence[float]] = None,
    voi_function: Optional[str] = None,
    output: Optional[str] = None,
    size: Size = None,
    overlays: bool = False,
    overlay_color: Any = None,
    voi_index: Optional[int] = None,
    voi_lut_index: Optional[int] = None,
    invert: Optional[bool] = None,
    percentile: Optional[Sequence[float]] = None,
    quality: Optional[int] = None,
) -> Dict[str, Any]:
    """The rendering keys (VETDICOM_OPT_*) for these arguments."""
    values: Dict[str, Any] = {}
    if window is not None:
        center, width = window
        values["window_center"] = float(center)
        values["window_width"] = float(width)
    if voi_function is not None:
        values["voi_function"] = str(voi_function)
    if output is not None:
        values["output_format"] = str(output)
    if size is not None:
        if isinstance(size, int):
            w, h = size, size
        else:
            w, h = size
        values["output_width"] = int(w or 0)
        values["output_height"] = int(h or 0)
    if overlays or overlay_color is not None:
        values["overlays"] = 1
    if overlay_color is not None:
        values["overlay_color"] = _color(overlay_color)
    if voi_index is not None:
        values["voi_index"] = int(voi_index)
    if voi_lut_index is not None:
        values["voi_lut_index"] = int(voi_lut_index)
    if invert is not None:
        values["invert"] = 1 if invert else 0
    if percentile is not None:
        lo, hi = percentile
        values["percentile_low"] = float(lo)
        values["percentile_high"] = float(hi)
    if quality is not None:
        values["jpeg_quality"] = int(quality)
    return values


class RenderOptions:
    """An owned vetdicom_options handle holding rendering keys (destroyed by close())."""

    def __init__(self, values: Dict[str, Any]):
        handle = c_void_p()
        _ll.vetdicom_options_create(byref(handle))
        self.handle: Optional[int] = handle.value
        try:
            for key, value in values.items():
                k = key.encode("utf-8")
                if isinstance(value, str):
                    _ll.vetdicom_options_set_string(self.handle, k, value.encode("utf-8"))
                elif isinstance(value, float):
                    _ll.vetdicom_options_set_double(self.handle, k, value)
                else:
                    _ll.vetdicom_options_set_int64(self.handle, k, int(value))
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        handle, self.handle = self.handle, None
        if handle:
            _ll.vetdicom_options_destroy(handle)

    def __enter__(self) -> "RenderOptions":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def render(h: int, opts: Optional[int], frame: int) -> Any:
    """Renders `frame` into a new uint8 numpy array (rows, columns) or (rows, columns, 3|4)."""
    import numpy as np

    w, ht, ch = c_uint32(0), c_uint32(0), c_uint32(0)
    _ll.vetdicom_file_render_size(h, opts, byref(w), byref(ht), byref(ch))
    shape = (ht.value, w.value) if ch.value == 1 else (ht.value, w.value, ch.value)
    arr = np.empty(shape, dtype=np.uint8)
    _ll.vetdicom_file_render(h, opts, int(frame), arr.ctypes.data, w.value * ch.value, arr.nbytes)
    return arr


def render_decoded(h: int, opts: Optional[int], frame: int, pixels: Any) -> Any:
    """Renders `frame` from `pixels` the caller decoded (File.frame with the same options):
    nothing is decoded. The pixels are read in place when C-contiguous, else copied once."""
    import numpy as np

    src = np.ascontiguousarray(pixels)
    w, ht, ch = c_uint32(0), c_uint32(0), c_uint32(0)
    _ll.vetdicom_file_render_size(h, opts, byref(w), byref(ht), byref(ch))
    shape = (ht.value, w.value) if ch.value == 1 else (ht.value, w.value, ch.value)
    arr = np.empty(shape, dtype=np.uint8)
    _ll.vetdicom_file_render_decoded(h, opts, int(frame), src.ctypes.data, src.nbytes, arr.ctypes.data,
                                     w.value * ch.value, arr.nbytes)
    return arr


def encode(h: int, opts: Optional[int], frame: int, jpeg: bool) -> bytes:
    """Renders `frame` and returns PNG or JPEG bytes (the library's buffer is freed here)."""
    data = c_void_p()
    size = c_size_t(0)
    name = "vetdicom_file_render_jpeg_memory" if jpeg else "vetdicom_file_render_png_memory"
    getattr(_ll, name)(h, opts, int(frame), byref(data), byref(size))
    try:
        return string_at(data.value, size.value) if data.value else b""
    finally:
        _ll.vetdicom_free(data)


def save(h: int, opts: Optional[int], frame: int, path: Any, jpeg: bool) -> None:
    """Renders `frame` to a PNG or JPEG file."""
    name = "vetdicom_file_render_jpeg" if jpeg else "vetdicom_file_render_png"
    getattr(_ll, name)(h, opts, int(frame), _library.fs_path(path))


def geometry(h: int, frame: int = 0) -> Geometry:
    g = _ll.vetdicom_geometry()
    _ll.vetdicom_file_geometry(h, int(frame), byref(g))
    return Geometry(
        row_spacing=g.row_spacing_mm,
        column_spacing=g.column_spacing_mm,
        source=(g.source or b"none").decode("ascii", "replace"),
        pixel_aspect_ratio=g.pixel_aspect_ratio,
        ultrasound_region_count=g.ultrasound_region_count,
    )


def windows(h: int, frame: int = 0) -> List[WindowChoice]:
    """The windows of `frame` (Window Center/Width pairs with explanations)."""
    import ctypes

    nw, nl = c_size_t(0), c_size_t(0)
    _ll.vetdicom_file_voi_count(h, int(frame), byref(nw), byref(nl))
    out = []
    for i in range(nw.value):
        c, w, length = c_double(0), c_double(0), c_size_t(0)
        _ll.vetdicom_file_window(h, int(frame), i, byref(c), byref(w), None, 0, byref(length))
        buf = ctypes.create_string_buffer(length.value + 1)
        _ll.vetdicom_file_window(h, int(frame), i, byref(c), byref(w), buf, len(buf), byref(length))
        out.append(WindowChoice(c.value, w.value, buf.value.decode("utf-8", "replace")))
    return out


def voi_lut_count(h: int, frame: int = 0) -> int:
    nw, nl = c_size_t(0), c_size_t(0)
    _ll.vetdicom_file_voi_count(h, int(frame), byref(nw), byref(nl))
    return nl.value


__all__ = ["Geometry", "WindowChoice", "RenderOptions", "option_values", "render", "encode", "save", "geometry",
           "windows", "voi_lut_count"]
