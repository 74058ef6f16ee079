"""Writes two synthetic ~1 GB multi-frame DICOM files (with pydicom) for the open/RSS benchmark.

  large_native.dcm   Explicit VR LE, 512x512 16-bit MONOCHROME2, 2048 frames (1 GiB of pixels)
  large_jpegll.dcm   JPEG Lossless process 14 (.57): the 512x512 16-bit frame of
                     cornerstone/CTImage_JPEGProcess14 (.57) repeated until ~1 GB, with a Basic
                     Offset Table (one fragment per frame).

Both are written once into the work directory and reused while their size matches.
Usage: python3 make_large.py [WORKDIR]   (prints the two paths)
"""

import os
import sys

import numpy as np
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.encaps import encapsulate, generate_frames
from pydicom import dcmread
from pydicom.uid import ExplicitVRLittleEndian, JPEGLossless, generate_uid

from common import CORPUS, WORK

ROWS = COLS = 512
NATIVE_FRAMES = 2048
TARGET = 1_000_000_000


def base(ts, frames):
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.7.3"  # Multi-frame Grayscale Word SC
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ts
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID = meta.MediaStorageSOPClassUID
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.PatientName = "Owner^Rex"
    ds.PatientID = "BENCH-1GB"
    ds.PatientSpeciesDescription = "Canine"
    ds.Modality = "OT"
    ds.Rows, ds.Columns = ROWS, COLS
    ds.NumberOfFrames = frames
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 0
    return ds


def native(path):
    expected = ROWS * COLS * 2 * NATIVE_FRAMES
    if os.path.exists(path) and os.path.getsize(path) > expected:
        return
    ds = base(ExplicitVRLittleEndian, NATIVE_FRAMES)
    frame = (np.arange(ROWS * COLS, dtype=np.uint32) % 4096).astype("<u2").tobytes()
    ds.PixelData = frame * NATIVE_FRAMES
    ds["PixelData"].VR = "OW"
    ds.save_as(path, enforce_file_format=True)


def jpeg_lossless(path):
    src = dcmread(os.path.join(CORPUS, "cornerstone", "CTImage_JPEGProcess14_1.2.840.10008.1.2.4.57.dcm"))
    frame = next(generate_frames(src.PixelData, number_of_frames=1))
    if len(frame) % 2:
        frame += b"\0"
    n = TARGET // len(frame)
    if os.path.exists(path) and os.path.getsize(path) > n * len(frame):
        return
    ds = base(src.file_meta.TransferSyntaxUID, n)
    ds.BitsStored, ds.HighBit = src.BitsStored, src.HighBit
    ds.PixelRepresentation = src.PixelRepresentation
    ds.PixelData = encapsulate([frame] * n, has_bot=True)
    ds["PixelData"].VR = "OB"
    ds["PixelData"].is_undefined_length = True
    ds.save_as(path, enforce_file_format=True)


def main():
    work = sys.argv[1] if len(sys.argv) > 1 else WORK
    os.makedirs(work, exist_ok=True)
    a = os.path.join(work, "large_native.dcm")
    b = os.path.join(work, "large_jpegll.dcm")
    native(a)
    jpeg_lossless(b)
    print(a)
    print(b)


if __name__ == "__main__":
    main()
