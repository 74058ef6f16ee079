#!/usr/bin/env python3
"""Test helper for DICOMJPEGTests: writes small uncompressed DICOM images, compresses them with
DCMTK's dcmcjpeg, decompresses with dcmdjpeg, and writes for each case OUTDIR/<name>.jpg (the first
frame's codestream), OUTDIR/<name>.src (original pixels) and OUTDIR/<name>.dcmtk (dcmdjpeg
pixels), little endian, plus OUTDIR/index.tsv: name ts rows cols spp bits_alloc bits_stored photometric.
Usage: make_dcmtk_streams.py OUTDIR"""
import os, subprocess, sys
import numpy as np
import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.encaps import generate_frames
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

def write(path, arr, bits_stored, photometric):
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.file_meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.7"
    ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
    ds.SOPClassUID = ds.file_meta.MediaStorageSOPClassUID
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID
    ds.PatientName = "TEST"
    ds.Modality = "OT"
    ds.Rows, ds.Columns = arr.shape[0], arr.shape[1]
    ds.SamplesPerPixel = 3 if arr.ndim == 3 else 1
    if ds.SamplesPerPixel == 3:
        ds.PlanarConfiguration = 0
    ds.PhotometricInterpretation = photometric
    ds.BitsAllocated = 8 if arr.dtype == np.uint8 else 16
    ds.BitsStored = bits_stored
    ds.HighBit = bits_stored - 1
    ds.PixelRepresentation = 0
    ds.PixelData = arr.tobytes()
    ds.save_as(path, enforce_file_format=True)

def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    rng = np.random.default_rng(7)
    y, x = np.mgrid[0:45, 0:61]
    mono12 = ((np.sin(x / 5.0) * np.cos(y / 7.0) + 1) * 1800 + rng.integers(0, 200, x.shape)).astype(np.uint16)
    mono16 = (mono12.astype(np.uint32) * 16 + rng.integers(0, 16, x.shape)).astype(np.uint16)
    mono8 = (mono12 >> 4).astype(np.uint8)
    rgb = np.stack([(x * 4) % 256, (y * 5) % 256, ((x + y) * 3) % 256], axis=-1).astype(np.uint8)
    rgb = np.clip(rgb.astype(int) + rng.integers(-10, 10, rgb.shape), 0, 255).astype(np.uint8)
    cases = [("ext12", mono12, 12, "MONOCHROME2", ["+ee"]),
             ("ext8", mono8, 8, "MONOCHROME2", ["+ee"]),
             ("base8", mono8, 8, "MONOCHROME2", ["+eb"]),
             ("base_rgb422", rgb, 8, "RGB", ["+eb"]),
             ("base_rgb444", rgb, 8, "RGB", ["+eb", "+s4"])]
    for sv in range(1, 8):
        cases.append((f"ll16_sv{sv}", mono16, 16, "MONOCHROME2", ["+el", "+sv", str(sv)]))
    cases.append(("ll_rgb", rgb, 8, "RGB", ["+e1"]))
    lines = []
    for name, arr, bits, pi, opts in cases:
        src = os.path.join(out, name + "_src.dcm")
        comp = os.path.join(out, name + "_jpg.dcm")
        dec = os.path.join(out, name + "_dec.dcm")
        write(src, arr, bits, pi)
        subprocess.run(["dcmcjpeg"] + opts + [src, comp], check=True)
        subprocess.run(["dcmdjpeg", "+cn", comp, dec], check=True)
        cds = pydicom.dcmread(comp)
        frame = next(generate_frames(cds.PixelData, number_of_frames=1))
        open(os.path.join(out, name + ".jpg"), "wb").write(frame)
        open(os.path.join(out, name + ".src"), "wb").write(arr.astype(arr.dtype.newbyteorder("<")).tobytes())
        dds = pydicom.dcmread(dec)
        open(os.path.join(out, name + ".dcmtk"), "wb").write(dds.PixelData)
        lines.append("\t".join(str(v) for v in [name, cds.file_meta.TransferSyntaxUID, cds.Rows, cds.Columns,
                     cds.SamplesPerPixel, cds.BitsAllocated, cds.BitsStored, cds.PhotometricInterpretation,
                     dds.PhotometricInterpretation]))
    open(os.path.join(out, "index.tsv"), "w").write("\n".join(lines) + "\n")

if __name__ == "__main__":
    main()
