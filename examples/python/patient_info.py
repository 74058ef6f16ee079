#!/usr/bin/env python3
"""Prints the animal patient and the image description of a DICOM file.

    python3 examples/python/patient_info.py cat.dcm

Exit status: 0 on success, 1 when the file cannot be read, 2 on bad usage.
Needs the vetdicom package (pip install bindings/python) and libvetdicom (VETDICOM_LIBRARY, beside
the package, or installed).
"""

import sys

import vetdicom


def main(argv):
    if len(argv) != 2:
        print("usage: %s FILE.dcm" % argv[0], file=sys.stderr)
        return 2
    path = argv[1]
    try:
        with vetdicom.open(path) as f:
            p = f.patient
            image = f.image
            ts = f.transfer_syntax_uid
            decoder = f.decoder_name if image is not None else ""
    except vetdicom.VetDICOMError as exc:
        # The message starts with the file's name (every vetdicom exception names its file).
        print("%s (%s)" % (exc.message, vetdicom.status_string(exc.status) if exc.status else "error"),
              file=sys.stderr)
        return 1
    except vetdicom.LibraryNotFoundError as exc:
        print(str(exc), file=sys.stderr)
        return 1

    def line(label, value):
        if value:
            print("  %-22s %s" % (label + ":", value))

    def coded(description, value, scheme, meaning):
        code = "%s (%s, %s)" % (meaning or "?", value, scheme) if value else ""
        return ", ".join(x for x in (description, code) if x)

    print("Patient")
    line("Animal name", p.animal_name)
    line("Owner", p.owner_family_name)
    line("Patient ID", p.patient_id)
    line("Species", coded(p.species_description, p.species_code_value, p.species_code_scheme,
                          p.species_code_meaning))
    line("Breed", coded(p.breed_description, p.breed_code_value, p.breed_code_scheme, p.breed_code_meaning))
    line("Sex", p.sex)
    line("Neutered", p.neutered)
    line("Birth date", p.birth_date)
    person = p.responsible_person
    if person and p.responsible_person_role:
        person += " (%s)" % p.responsible_person_role
    line("Responsible person", person)
    line("Organization", p.responsible_organization)

    print("Image")
    print("  %-22s %s" % ("Transfer syntax:", ts))
    if image is None:
        print("  no pixel data")
        return 0
    print("  %-22s %d x %d, %d frame(s)" % ("Size:", image.columns, image.rows, image.number_of_frames))
    print("  %-22s %s, %d sample(s) per pixel" % ("Photometric:", image.photometric_interpretation,
                                                   image.samples_per_pixel))
    if image.float_pixels:
        print("  %-22s float%d" % ("Samples:", image.float_pixels))
    else:
        print("  %-22s %d stored / %d allocated bits, %s" % (
            "Samples:", image.bits_stored, image.bits_allocated,
            "signed" if image.pixel_representation else "unsigned"))
    print("  %-22s %s" % ("Compressed:", "yes" if image.encapsulated else "no"))
    print("  %-22s %s" % ("Decoder:", decoder))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
