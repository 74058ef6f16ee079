#!/usr/bin/env python3
"""png_to_dx.py - turn a PNG radiograph (8- or 16-bit grayscale) into a DICOM Digital X-Ray image
(For Presentation) for a veterinary patient.

    python png_to_dx.py IN.png OUT.dcm [--animal-name Buddy] [--owner Smith] [--patient-id VET-1]
                        [--species Canine] [--breed "Labrador Retriever"] [--sex M] [--neutered ALTERED]
                        [--bits-stored 12] [--pixel-spacing 0.15] [--ts UID]

Needs numpy and Pillow (pip install numpy pillow) besides vetdicom.
"""

import argparse
import sys

import numpy as np
from PIL import Image

import vetdicom


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("png")
    ap.add_argument("out")
    ap.add_argument("--animal-name", default="Buddy")
    ap.add_argument("--owner", default="Smith")
    ap.add_argument("--patient-id", default="VET-000123")
    ap.add_argument("--species", default="Canine")
    ap.add_argument("--breed", default="")
    ap.add_argument("--sex", default="")
    ap.add_argument("--neutered", default="")
    ap.add_argument("--bits-stored", type=int, default=None)
    ap.add_argument("--pixel-spacing", type=float, default=None, help="detector pixel size in mm")
    ap.add_argument("--ts", default=None, help="transfer syntax UID (default explicit VR little endian)")
    args = ap.parse_args(argv)

    with Image.open(args.png) as im:
        if im.mode in ("I;16", "I;16B", "I"):
            pixels = np.asarray(im).astype(np.uint16)       # 16-bit grayscale
        else:
            pixels = np.asarray(im.convert("L"))           # 8-bit grayscale
    patient = {
        "animal_name": args.animal_name,
        "owner_family_name": args.owner,
        "patient_id": args.patient_id,
        "species_description": args.species,
        "breed_description": args.breed,
        "sex": args.sex,
        "neutered": args.neutered,
    }
    extra = {}
    if args.pixel_spacing:
        extra["ImagerPixelSpacing"] = [args.pixel_spacing, args.pixel_spacing]
    try:
        with vetdicom.create("DX", pixels, patient=patient, bits_stored=args.bits_stored,
                             StudyDescription="Radiograph", **extra) as ds:
            ds.save(args.out, transfer_syntax=args.ts)
            print("wrote %s: DX %dx%d, %s^%s, SOP Instance UID %s" % (
                args.out, pixels.shape[1], pixels.shape[0], args.owner, args.animal_name, ds["SOPInstanceUID"]))
    except vetdicom.VetDICOMError as e:
        print("png_to_dx: %s" % e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
