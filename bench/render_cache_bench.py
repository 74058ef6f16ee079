"""render_cache_bench: what a viewer pays to change the window of a frame it already shows.

Opens a large JPEG 2000 frame (pylibjpeg-data/NM_Kakadu44_SOTmarkerincons.dcm, 2048x2500
12-bit) through the C API (ctypes), renders it once (decode + render), then renders it again
with other windows, a SIGMOID VOI function, inversion and a thumbnail size: the frame cache
keeps the decoded frame, so those renders do not decode. Also times vetdicom_file_render_decoded
from a frame the caller decoded, and vetdicom_file_modality_values (float32) from the cache.
CPU time (time.process_time), medians. Not a test.

Usage: python3 render_cache_bench.py [FILE]   (VETDICOM_LIBRARY = the library to measure)
"""

import ctypes
import os
import statistics
import sys
import time

from common import CORPUS

REL = "pylibjpeg-data/NM_Kakadu44_SOTmarkerincons.dcm"


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(CORPUS, REL)
    lib = ctypes.CDLL(os.environ.get("VETDICOM_LIBRARY", "/tmp/vetdicom-bench/lib/libvetdicom.so.1"))
    vp = ctypes.c_void_p
    lib.vetdicom_file_open.argtypes = [ctypes.c_char_p, vp, ctypes.POINTER(vp)]
    lib.vetdicom_file_close.argtypes = [vp]
    lib.vetdicom_options_create.argtypes = [ctypes.POINTER(vp)]
    lib.vetdicom_options_set_double.argtypes = [vp, ctypes.c_char_p, ctypes.c_double]
    lib.vetdicom_options_set_string.argtypes = [vp, ctypes.c_char_p, ctypes.c_char_p]
    lib.vetdicom_file_render_size.argtypes = [vp, vp] + [ctypes.POINTER(ctypes.c_uint32)] * 3
    lib.vetdicom_file_render.argtypes = [vp, vp, ctypes.c_size_t, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t]
    lib.vetdicom_file_frame_size.argtypes = [vp, vp, ctypes.POINTER(ctypes.c_size_t), vp]
    lib.vetdicom_file_decode_frame.argtypes = [vp, vp, ctypes.c_size_t, ctypes.c_void_p, ctypes.c_size_t]
    lib.vetdicom_file_render_decoded.argtypes = [vp, vp, ctypes.c_size_t, ctypes.c_void_p, ctypes.c_size_t,
                                                 ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t]
    lib.vetdicom_file_modality_values.argtypes = [vp, vp, ctypes.c_size_t, ctypes.c_int32, ctypes.c_void_p,
                                                  ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]

    def options(**kw):
        o = vp()
        lib.vetdicom_options_create(ctypes.byref(o))
        for k, v in kw.items():
            if isinstance(v, str):
                lib.vetdicom_options_set_string(o, k.encode(), v.encode())
            else:
                lib.vetdicom_options_set_double(o, k.encode(), float(v))
        return o

    variants = [options(window_center=c, window_width=w) for c, w in ((500, 1000), (1000, 2000), (2000, 500))]
    variants.append(options(window_center=800, window_width=1500, voi_function="SIGMOID"))
    variants.append(options(invert=1))
    thumb = options(output_width=256, output_height=256)
    buf = ctypes.create_string_buffer(4096 * 4096 * 4)

    def render(h, o):
        st = lib.vetdicom_file_render(h, o, 0, buf, 0, len(buf))
        if st != 0:
            raise RuntimeError("render failed: %d" % st)

    firsts, seconds, thumbs = [], [], []
    for _ in range(3):
        h = vp()
        if lib.vetdicom_file_open(path.encode(), None, ctypes.byref(h)) != 0:
            raise RuntimeError("open failed")
        a = time.process_time(); render(h, None); firsts.append(time.process_time() - a)
        for o in variants:
            a = time.process_time(); render(h, o); seconds.append(time.process_time() - a)
        a = time.process_time(); render(h, thumb); thumbs.append(time.process_time() - a)
        lib.vetdicom_file_close(h)
    # From the caller's decoded pixels; modality values from the cache.
    h = vp()
    lib.vetdicom_file_open(path.encode(), None, ctypes.byref(h))
    size = ctypes.c_size_t()
    lib.vetdicom_file_frame_size(h, None, ctypes.byref(size), None)
    px = ctypes.create_string_buffer(size.value)
    lib.vetdicom_file_decode_frame(h, None, 0, px, size.value)
    dec = []
    for o in variants:
        a = time.process_time()
        if lib.vetdicom_file_render_decoded(h, o, 0, px, size.value, buf, 0, len(buf)) != 0:
            raise RuntimeError("render_decoded failed")
        dec.append(time.process_time() - a)
    n = ctypes.c_size_t()
    lib.vetdicom_file_modality_values(h, None, 0, 1, None, 0, ctypes.byref(n))
    mv = ctypes.create_string_buffer(n.value)
    lib.vetdicom_file_modality_values(h, None, 0, 1, mv, n.value, ctypes.byref(n))  # decodes once
    mod = []
    for _ in range(5):
        a = time.process_time(); lib.vetdicom_file_modality_values(h, None, 0, 1, mv, n.value, ctypes.byref(n))
        mod.append(time.process_time() - a)
    lib.vetdicom_file_close(h)
    f, s = statistics.median(firsts), statistics.median(seconds)
    print("file: %s" % os.path.relpath(path, CORPUS) if path.startswith(CORPUS) else path)
    print("load average: %s" % " ".join("%.2f" % x for x in os.getloadavg()))
    print("| render | CPU ms (median) | / first render |")
    print("| :--- | ---: | ---: |")
    print("| first render (decode + render) | %.1f | 1.000 |" % (f * 1e3))
    print("| again, other window / SIGMOID / invert (cached frame) | %.1f | %.3f |" % (s * 1e3, s / f))
    print("| again, 256x256 thumbnail (cached frame) | %.1f | %.3f |" % (statistics.median(thumbs) * 1e3, statistics.median(thumbs) / f))
    print("| vetdicom_file_render_decoded (caller's pixels) | %.1f | %.3f |" % (statistics.median(dec) * 1e3, statistics.median(dec) / f))
    print("| vetdicom_file_modality_values float32 (cached frame) | %.1f | %.3f |" % (statistics.median(mod) * 1e3, statistics.median(mod) / f))


if __name__ == "__main__":
    main()
