#!/usr/bin/env python3
"""Renders every frame of a multi-frame DICOM file into one contact sheet image.

    python3 examples/python/contact_sheet.py cine.dcm sheet.png [--tile 160] [--columns 6]

Each frame is rendered by the library for display (window/level or VOI LUT from the file,
MONOCHROME1 inversion, colour) and shrunk to fit a TILE x TILE box (aspect ratio kept), then
placed on a grid, left to right and top to bottom, with a 4-pixel gap. The sheet is written with
Pillow when it is installed (PNG, JPEG, ... by extension), else as PPM (binary, P6).

Exit status: 0 on success, 1 when the file cannot be read or rendered, 2 on bad usage.
Needs numpy, the vetdicom package (pip install bindings/python) and libvetdicom.
"""

import argparse
import math
import sys

import numpy as np

import vetdicom

GAP = 4


def contact_sheet(path, tile, columns):
    """Returns (sheet as an RGB uint8 array, frame count)."""
    with vetdicom.open(path) as f:
        n = f.number_of_frames
        if n == 0:
            raise vetdicom.NoPixelDataError("%s has no pixel data" % path)
        thumbs = [f.render(frame=i, size=tile, output="rgb8") for i in range(n)]
    cols = max(1, min(columns, n))
    rows = math.ceil(n / cols)
    sheet = np.zeros((rows * (tile + GAP) + GAP, cols * (tile + GAP) + GAP, 3), dtype=np.uint8)
    for i, t in enumerate(thumbs):
        r, c = divmod(i, cols)
        y = GAP + r * (tile + GAP) + (tile - t.shape[0]) // 2
        x = GAP + c * (tile + GAP) + (tile - t.shape[1]) // 2
        sheet[y:y + t.shape[0], x:x + t.shape[1]] = t
    return sheet, n


def save(sheet, out):
    try:
        from PIL import Image
    except ImportError:
        with open(out, "wb") as fp:
            fp.write(b"P6\n%d %d\n255\n" % (sheet.shape[1], sheet.shape[0]))
            fp.write(sheet.tobytes())
        return "PPM"
    Image.fromarray(sheet, "RGB").save(out)
    return "Pillow"


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("file")
    ap.add_argument("out")
    ap.add_argument("--tile", type=int, default=160, help="tile size in pixels (default 160)")
    ap.add_argument("--columns", type=int, default=6, help="tiles per row (default 6)")
    try:
        args = ap.parse_args(argv[1:])
    except SystemExit:
        return 2
    if args.tile < 8 or args.columns < 1:
        print("contact_sheet: --tile must be >= 8 and --columns >= 1", file=sys.stderr)
        return 2
    try:
        sheet, n = contact_sheet(args.file, args.tile, args.columns)
        writer = save(sheet, args.out)
    except vetdicom.VetDICOMError as exc:
        print("contact_sheet: %s: %s" % (args.file, exc), file=sys.stderr)
        return 1
    except OSError as exc:
        print("contact_sheet: %s" % exc, file=sys.stderr)
        return 1
    print("frames: %d" % n)
    print("sheet: %dx%d" % (sheet.shape[1], sheet.shape[0]))
    print("wrote: %s (%s)" % (args.out, writer))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
