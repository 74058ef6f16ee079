#!/usr/bin/env python3
"""Test helper for DICOMJPEGTests: extracts the JPEG codestreams of every corpus file whose transfer
syntax is JPEG baseline/extended/lossless (.50/.51/.57/.70) into OUTDIR, and writes OUTDIR/index.tsv:

path  ts  rows  cols  spp  bits_alloc  bits_stored  pixrep  photometric  status  nframes
      frames_sha256(comma)  consensus(comma or -)  native_ybr(comma or -)

Frame i of entry k is OUTDIR/k_i.jpg; for entries that are not "agreed" and have no consensus hash,
OUTDIR/k_i.ref holds the reference decoder's pixels (pydicom pixel_array, hash layout). Usage: extract_jpeg_frames.py CORPUS OUTDIR
"""
import json, os, sys
from pydicom import dcmread
from pydicom.encaps import generate_frames

JPEG_TS = {"1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51",
           "1.2.840.10008.1.2.4.57", "1.2.840.10008.1.2.4.70"}

def main():
    corpus, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    man = json.load(open(os.path.join(corpus, "manifest.json")))
    lines = []
    for k, f in enumerate(man["files"]):
        ts = f.get("transfer_syntax_uid") or ""
        px = f.get("pixels") or {}
        if ts not in JPEG_TS or not px.get("frames_sha256") and not px.get("consensus_frames_sha256"):
            continue
        ds = dcmread(os.path.join(corpus, f["path"]))
        nf = int(ds.get("NumberOfFrames", 1) or 1)
        n = 0
        for i, fr in enumerate(generate_frames(ds.PixelData, number_of_frames=nf)):
            with open(os.path.join(out, f"{k}_{i}.jpg"), "wb") as fh:
                fh.write(fr)
            n += 1
        if px.get("status") != "agreed" and not px.get("consensus_frames_sha256") and px.get("frames_sha256"):
            # No consensus to compare with: keep the reference pixels for a +-2 comparison.
            import numpy as np
            arr = ds.pixel_array
            if nf == 1:
                arr = arr[None, ...]
            for i in range(len(arr)):
                a = arr[i]
                a = a.astype(a.dtype.newbyteorder("<"))
                with open(os.path.join(out, f"{k}_{i}.ref"), "wb") as fh:
                    fh.write(a.tobytes())
        def j(v):
            return ",".join(v) if v else "-"
        lines.append("\t".join(str(x) for x in [
            f["path"], ts, f["rows"], f["columns"], f["samples_per_pixel"], f["bits_allocated"],
            f["bits_stored"], f["pixel_representation"], f["photometric_interpretation"],
            px.get("status"), f"{k}:{n}", j(px.get("frames_sha256")),
            j(px.get("consensus_frames_sha256")), j(px.get("native_ybr_frames_sha256"))]))
    with open(os.path.join(out, "index.tsv"), "w") as fh:
        fh.write("\n".join(lines) + "\n")

if __name__ == "__main__":
    main()
