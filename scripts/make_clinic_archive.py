#!/usr/bin/env python3
"""Writes a synthetic veterinary clinic archive for `vetdicom patients` / `vetdicom storage`.

    python3 scripts/make_clinic_archive.py OUTDIR [--animals 60] [--seed 7]

Each file is a small DICOM object (8x8 or 16x16 pixels, written with pydicom) of one animal,
entered the way clinics enter them: the animal's name in any case, with extra spaces,
punctuation or without its diacritics; with the species or the owner appended ("Buddy (Dog)",
"Buddy Smith") or in the standard "Owner^Animal" form; Patient ID as "VET-00123", "00123",
"123" or with a one-digit typo; the owner (Responsible Person) as "Smith^John", "SMITH^JOHN"
or "Smith^J"; species as text in several languages or only as a SNOMED code. Hard negatives:
two dogs called Max with different owners, a cat and a dog of one owner with the same name,
littermates with one birth date and consecutive IDs, and one Patient ID entered for two
animals.

The ground truth goes to OUTDIR/../<name>.truth.json (outside the archive), or to --truth:
{"files": {relative path: animal id}, "non_dicom": [...], "animals": {id: {...}},
 "hard_negatives": [[id, id, why], ...]}.

Layouts: per-animal folders, per-year/modality folders and flat dumps; some files have no
extension, some are named *.DCM, and a few non-DICOM files (text, JPEG-like bytes, a DICOM
file truncated to its preamble) are mixed in. Studies span several years and modalities so
`vetdicom storage` has something to project.
"""

import argparse
import json
import os
import random
import sys

import numpy as np
import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.uid import ExplicitVRLittleEndian, ImplicitVRLittleEndian, generate_uid

SPECIES = {
    "dog": {
        "texts": ["Canine", "Dog", "DOG", "canine", "K9", "Hund", "Chien", "Perro", "Canis familiaris"],
        "code": ("448771007", "SCT", "Canis lupus familiaris"),
        "breeds": ["Labrador Retriever", "German Shepherd", "Beagle", "Border Collie", "Dachshund"],
    },
    "cat": {
        "texts": ["Feline", "Cat", "CAT", "feline", "Katze", "Chat", "Gato", "Felis catus"],
        "code": ("448169003", "SCT", "Felis catus"),
        "breeds": ["Domestic Shorthair", "Maine Coon", "Siamese", "Persian"],
    },
    "horse": {
        "texts": ["Equine", "Horse", "HORSE", "Pferd", "Cheval", "Caballo"],
        "code": ("388445009", "SCT", "Equus caballus"),
        "breeds": ["Thoroughbred", "Quarter Horse", "Haflinger"],
    },
    "rabbit": {
        "texts": ["Rabbit", "Lapin", "Kaninchen", "Conejo", "Lagomorph"],
        "code": ("387961004", "SCT", "Oryctolagus cuniculus"),
        "breeds": ["Holland Lop", "Netherland Dwarf"],
    },
}
APPEND_WORD = {"dog": ["Dog", "dog", "K9"], "cat": ["Cat", "cat"], "horse": ["Horse"], "rabbit": ["Rabbit"]}

ANIMAL_NAMES = ["Buddy", "Bella", "Charlie", "Luna", "Rocky", "Daisy", "Milo", "Coco", "Oscar", "Nala",
                "Toby", "Rosie", "Zoé", "Chloé", "Félix", "Ñandú", "Mister Whiskers", "Lady Bug", "Jack-Jack",
                "Pepper", "Ginger", "Shadow", "Smokey", "Tigger", "Bailey", "Biscuit", "Noodle", "Pixel",
                "Thunder", "Apollo", "Hazel", "Juniper", "Mochi", "Olive", "Peanut", "Ruby", "Sasha",
                "Ziggy", "Bruno", "Otto", "Leia", "Yoda", "Pumpkin", "Maple", "Clover", "Sox", "Bandit",
                "Dexter", "Gizmo", "Harley", "Kona", "Lola", "Murphy", "Nova", "Pip", "Remy", "Scout"]
OWNERS = [("Smith", "John"), ("Jones", "Mary"), ("Müller", "Jürgen"), ("García", "José"), ("O'Brien", "Siobhan"),
          ("Nguyen", "Anh"), ("Brown", "Peter"), ("Dubois", "Hélène"), ("Kowalski", "Łukasz"), ("Rossi", "Giulia"),
          ("Andersson", "Åsa"), ("Taylor", "Emma"), ("Wilson", "David"), ("Martin", "Chloe"), ("Lee", "Min"),
          ("Van der Berg", "Pieter"), ("Schäfer", "Anja"), ("Novák", "Tomáš"), ("Moreau", "Luc"), ("Clark", "Ann"),
          ("Walker", "Sam"), ("Young", "Kim"), ("Hall", "Pat"), ("Allen", "Chris"), ("King", "Robin"),
          ("Wright", "Alex"), ("Scott", "Jamie"), ("Green", "Lee"), ("Baker", "Terry"), ("Adams", "Jo")]
FOLD = str.maketrans("ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŁłŠšŽž",
                     "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyyLlSsZz")
MODALITIES = [("CR", "1.2.840.10008.5.1.4.1.1.1", 0.45), ("DX", "1.2.840.10008.5.1.4.1.1.1.1", 0.2),
              ("US", "1.2.840.10008.5.1.4.1.1.6.1", 0.2), ("CT", "1.2.840.10008.5.1.4.1.1.2", 0.1),
              ("MR", "1.2.840.10008.5.1.4.1.1.4", 0.05)]
CLINICS = ["Riverside Veterinary Clinic", "RIVERSIDE VET CLINIC", "Hillview Animal Hospital"]


class Animal:
    def __init__(self, aid, name, owner, species, breed, sex, neutered, birth, pid):
        self.aid, self.name, self.owner, self.species, self.breed = aid, name, owner, species, breed
        self.sex, self.neutered, self.birth, self.pid = sex, neutered, birth, pid

    def as_json(self):
        return {"name": self.name, "owner": "^".join(self.owner), "species": self.species, "breed": self.breed,
                "sex": self.sex, "birth_date": self.birth, "patient_id": self.pid}


def make_animals(rng, n):
    animals = []
    used = set()

    def add(name, owner, species, birth=None, pid=None, breed=None):
        aid = "A%03d" % len(animals)
        num = pid if pid is not None else rng.randint(100, 99999)
        while pid is None and num in used:
            num = rng.randint(100, 99999)
        used.add(num)
        b = birth or "%04d%02d%02d" % (rng.randint(2008, 2022), rng.randint(1, 12), rng.randint(1, 28))
        a = Animal(aid, name, owner, species, breed or rng.choice(SPECIES[species]["breeds"]),
                   rng.choice("MF"), rng.choice(["ALTERED", "UNALTERED"]), b, num)
        animals.append(a)
        return a

    negatives = []
    # Hard negatives first.
    m1 = add("Max", ("Smith", "John"), "dog")
    m2 = add("Max", ("Jones", "Mary"), "dog")
    negatives.append([m1.aid, m2.aid, "two dogs called Max, different owners"])
    l1 = add("Luna", ("Brown", "Peter"), "cat")
    l2 = add("Luna", ("Brown", "Peter"), "dog")
    negatives.append([l1.aid, l2.aid, "a cat and a dog of one owner with the same name"])
    base = rng.randint(2000, 9000)
    while base in used or base + 1 in used or base + 2 in used:
        base = rng.randint(2000, 9000)
    litter = [add(nm, ("Taylor", "Emma"), "dog", birth="20210415", pid=base + i, breed="Border Collie")
              for i, nm in enumerate(["Salt", "Pepper", "Sugar"])]
    for i in range(3):
        for j in range(i + 1, 3):
            negatives.append([litter[i].aid, litter[j].aid, "littermates, one birth date, consecutive IDs"])
    k1 = add("Bella", ("Wilson", "David"), "cat")
    k2 = add("Bella", ("Wilson", "David"), "cat", birth=None)
    negatives.append([k1.aid, k2.aid, "two cats called Bella of one owner, different birth dates"])
    while len(animals) < n:
        species = rng.choices(["dog", "cat", "horse", "rabbit"], [0.5, 0.35, 0.08, 0.07])[0]
        add(rng.choice(ANIMAL_NAMES), rng.choice(OWNERS), species)
    return animals, negatives


def fold(s):
    return s.translate(FOLD)


def name_variant(rng, a):
    """(PatientName, how) for one file of animal a."""
    fam, given = a.owner
    nm = a.name
    v = rng.random()
    if v < 0.30:
        return f"{fam}^{nm}", "standard"
    if v < 0.38:
        return f"{fam}^{nm}".upper(), "upper"
    if v < 0.44:
        return f"{fold(fam)}^{fold(nm)}", "no diacritics"
    if v < 0.52:
        return f"{nm} ({rng.choice(APPEND_WORD[a.species])})", "species appended"
    if v < 0.60:
        return f"{nm} {fam}", "owner appended"
    if v < 0.66:
        return f"{nm}", "animal only"
    if v < 0.72:
        return f"{fam.lower()}^ {nm.lower()}  ", "case+spacing"
    if v < 0.78:
        return f"{fam}^{nm.replace(' ', '-').replace('-', '.') }.", "punctuation"
    if v < 0.84:
        return f"{fam}^{nm} ({rng.choice(APPEND_WORD[a.species])})", "standard+species"
    if v < 0.90:
        return f"{nm.upper()} {fam.upper()}", "owner appended upper"
    if v < 0.94:
        return f"{fam}, {nm}", "owner first with a comma"
    if v < 0.97:
        return f"{fam.upper()} {nm.upper()}", "owner first without ^"
    return f"{fam}^{nm}", "standard"


def id_variant(rng, a, allow_typo=True):
    n = a.pid
    v = rng.random()
    if v < 0.30:
        return "VET-%05d" % n
    if v < 0.50:
        return "%05d" % n
    if v < 0.68:
        return "%d" % n
    if v < 0.76:
        return "VET%06d" % n
    if v < 0.82:
        return "vet-%d" % n
    if v < 0.90 and allow_typo:
        s = list("%d" % n)
        i = rng.randrange(len(s))
        s[i] = str((int(s[i]) + rng.randint(1, 9)) % 10)
        if s[0] == "0":
            s[0] = "1"
        return "VET-" + "".join(s).zfill(5)
    if v < 0.95:
        return ""
    return "VET-%05d" % n


def owner_variant(rng, a):
    fam, given = a.owner
    v = rng.random()
    if v < 0.4:
        return f"{fam}^{given}"
    if v < 0.55:
        return f"{fam}^{given}".upper()
    if v < 0.7:
        return f"{fam}^{given[0]}"
    if v < 0.8:
        return f"{fold(fam)}^{fold(given)}"
    if v < 0.9:
        return f"{fam}"
    return ""


def species_variant(rng, a, ds):
    sp = SPECIES[a.species]
    v = rng.random()
    code = None
    if v < 0.55:
        ds.PatientSpeciesDescription = rng.choice(sp["texts"])
    elif v < 0.75:
        code = sp["code"]
    elif v < 0.9:
        ds.PatientSpeciesDescription = rng.choice(sp["texts"])
        code = sp["code"]
    # else: missing
    if code:
        item = Dataset()
        item.CodeValue, item.CodingSchemeDesignator, item.CodeMeaning = code
        ds.PatientSpeciesCodeSequence = Sequence([item])
    else:
        ds.PatientSpeciesCodeSequence = Sequence([])


def write_file(path, a, pname, pid, study, series_uid, inst, modality, sop_class, rng, dates, clinic, neutered,
               bare=False):
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = sop_class
    sop_uid = generate_uid()
    meta.MediaStorageSOPInstanceUID = sop_uid
    ts = ExplicitVRLittleEndian if rng.random() < 0.85 else ImplicitVRLittleEndian
    meta.TransferSyntaxUID = ts
    ds = Dataset()
    ds.file_meta = meta
    ds.SpecificCharacterSet = "ISO_IR 192"
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = sop_uid
    ds.StudyDate, ds.StudyTime = dates, "101500"
    ds.SeriesDate = dates
    ds.Modality = modality
    ds.InstitutionName = clinic
    ds.PatientName = pname
    ds.PatientID = pid
    ds.PatientBirthDate = a.birth if rng.random() < 0.8 else ""
    ds.PatientSex = a.sex if rng.random() < 0.9 else ""
    ds.PatientSexNeutered = neutered if rng.random() < 0.8 else ""
    species_variant(rng, a, ds)
    if rng.random() < 0.7:
        ds.PatientBreedDescription = a.breed if rng.random() < 0.8 else a.breed.upper()
    ds.PatientBreedCodeSequence = Sequence([])
    ds.BreedRegistrationSequence = Sequence([])
    ds.ResponsiblePerson = owner_variant(rng, a)
    ds.ResponsiblePersonRole = "OWNER"
    ds.StudyInstanceUID = study
    ds.SeriesInstanceUID = series_uid
    ds.StudyID = "1"
    ds.SeriesNumber = 1
    ds.InstanceNumber = inst
    ds.AccessionNumber = ""
    ds.ReferringPhysicianName = ""
    side = {"CR": 16, "DX": 16, "US": 12, "CT": 8, "MR": 8}[modality]
    if modality == "US":
        ds.SamplesPerPixel, ds.PhotometricInterpretation = 3, "RGB"
        ds.PlanarConfiguration = 0
        arr = (np.arange(side * side * 3, dtype=np.uint16) * 7 % 256).astype(np.uint8).reshape(side, side, 3)
        ds.BitsAllocated = ds.BitsStored = 8
        ds.HighBit = 7
    else:
        ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
        y, x = np.mgrid[0:side, 0:side]
        arr = ((x * 97 + y * 31 + inst * 13) % 4096).astype(np.uint16)
        ds.BitsAllocated, ds.BitsStored, ds.HighBit = 16, 12, 11
    ds.Rows = ds.Columns = side
    ds.PixelRepresentation = 0
    ds.PixelData = arr.tobytes()
    if bare:
        # A file that carries only the animal's name (a hand-made export): not decidable.
        ds.PatientName, ds.PatientID, ds.PatientBirthDate, ds.ResponsiblePerson = a.name, "", "", ""
    ds.save_as(path, enforce_file_format=True)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("--animals", type=int, default=60)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--max-studies", type=int, default=4)
    ap.add_argument("--truth", help="ground truth JSON (default: OUT.truth.json beside OUT)")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    animals, negatives = make_animals(rng, max(args.animals, 9))
    truth = {"files": {}, "non_dicom": [], "animals": {a.aid: a.as_json() for a in animals},
             "hard_negatives": negatives}
    count = 0
    # One Patient ID entered for two animals (a front-desk mistake): a separate file of
    # animal 6's ID on an unrelated animal with its own name is added below.
    shared_id_from = animals[5]
    for a in animals:
        nstudies = rng.randint(1, args.max_studies)
        years = sorted(rng.choice(range(2019, 2026)) for _ in range(nstudies))
        neutered = a.neutered
        for si, year in enumerate(years):
            date = "%04d%02d%02d" % (year, rng.randint(1, 12), rng.randint(1, 28))
            mod, sop, _ = rng.choices(MODALITIES, [m[2] for m in MODALITIES])[0]
            study = generate_uid()
            nser = rng.randint(1, 2)
            clinic = rng.choice(CLINICS)
            layout = rng.choice(["animal", "year", "flat"])
            for s in range(nser):
                series_uid = generate_uid()
                for inst in range(1, rng.randint(1, 3) + 1):
                    pname, how = name_variant(rng, a)
                    pid = id_variant(rng, a)
                    bare = rng.random() < 0.02  # only the animal's name: nothing to match on
                    if layout == "animal":
                        d = os.path.join(out, "patients", "%s_%s" % (fold(a.owner[0]).replace(" ", ""), fold(a.name).replace(" ", "")),
                                         date)
                        fn = "IMG%04d.dcm" % count
                    elif layout == "year":
                        d = os.path.join(out, "by_year", str(year), mod)
                        fn = "%08d" % count  # no extension
                    else:
                        d = os.path.join(out, "import", "dump%d" % (count % 3))
                        fn = "I%05d.DCM" % count
                    os.makedirs(d, exist_ok=True)
                    p = os.path.join(d, fn)
                    write_file(p, a, pname, pid, study, series_uid, inst, mod, sop, rng, date, clinic, neutered,
                               bare=bare)
                    truth["files"][os.path.relpath(p, out)] = a.aid
                    count += 1
    # The shared-ID mistake: a different animal entered once under animal 5's ID.
    extra = Animal("A%03d" % len(animals), "Pickles", ("Hall", "Pat"), "rabbit", "Holland Lop", "F", "UNALTERED",
                   "20200101", rng.randint(100000, 199999))
    truth["animals"][extra.aid] = extra.as_json()
    d = os.path.join(out, "import", "dump0")
    os.makedirs(d, exist_ok=True)
    p = os.path.join(d, "SHARED_ID.dcm")
    write_file(p, extra, "Hall^Pickles", "VET-%05d" % shared_id_from.pid, generate_uid(), generate_uid(), 1, "CR",
               MODALITIES[0][1], rng, "20240302", CLINICS[0], "UNALTERED")
    truth["files"][os.path.relpath(p, out)] = extra.aid
    truth["shared_id"] = [shared_id_from.aid, extra.aid]
    # Non-DICOM files.
    junk = {"README.txt": b"Exported from PACS\n", "Thumbs.db": os.urandom(300),
            "import/dump1/photo.jpg": b"\xff\xd8\xff\xe0" + os.urandom(200),
            "by_year/notes": b"not dicom at all",
            "import/dump2/truncated.dcm": b"\0" * 128 + b"DICM"}
    for rel, data in junk.items():
        p = os.path.join(out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as fh:
            fh.write(data)
        truth["non_dicom"].append(rel)
    tpath = args.truth or out.rstrip("/") + ".truth.json"
    with open(tpath, "w") as fh:
        json.dump(truth, fh, indent=1, ensure_ascii=False)
    print(f"wrote {len(truth['files'])} DICOM files of {len(truth['animals'])} animals and "
          f"{len(junk)} non-DICOM files to {out}; truth in {tpath}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
