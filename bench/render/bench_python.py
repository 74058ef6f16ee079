#!/usr/bin/env python3
"""pydicom side of bench/render/run.sh: window/level and thumbnail timings (best of N).

    bench_python.py window FILE N     apply_modality_lut + apply_voi_lut + 8-bit scaling
    bench_python.py thumb FILE N      dcmread + pixel_array + LUTs + 8-bit + PIL thumbnail(256)
"""
import sys
import time

import numpy as np
import pydicom
from pydicom.pixels import apply_modality_lut, apply_voi_lut


def best(fn, n):
    b = float("inf")
    for _ in range(n):
        t = time.perf_counter()
        fn()
        b = min(b, time.perf_counter() - t)
    return b


def to8(ds, arr):
    m = apply_modality_lut(arr, ds)
    v = apply_voi_lut(m, ds)
    lo, hi = float(v.min()), float(v.max())  # scale the VOI output to 8 bits
    return np.clip(np.floor((v - lo) / max(hi - lo, 1e-12) * 255 + 0.5), 0, 255).astype(np.uint8)


def main():
    mode, path, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if mode == "window":
        ds = pydicom.dcmread(path)
        arr = ds.pixel_array
        luts = best(lambda: apply_voi_lut(apply_modality_lut(arr, ds), ds), n)
        full = best(lambda: to8(ds, arr), n)
        px = arr.size
        print("pydicom_modality_voi_ms: %.2f (%.3f Gpixel/s)" % (luts * 1e3, px / luts / 1e9))
        print("pydicom_modality_voi_8bit_ms: %.2f" % (full * 1e3))
    else:
        from PIL import Image

        def thumb():
            ds = pydicom.dcmread(path)
            img = Image.fromarray(to8(ds, ds.pixel_array))
            img.thumbnail((256, 256), Image.Resampling.BOX)
            return img

        print("pydicom_pil_thumbnail_ms: %.2f" % (best(thumb, n) * 1e3))


if __name__ == "__main__":
    main()
