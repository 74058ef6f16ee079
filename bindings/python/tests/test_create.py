"""vetdicom.create: every IOD x every writable transfer syntax, checked by dciodvfy (dicom3tools)
and read back by pydicom (patient values, pixels equal to the input)."""

import shutil
import subprocess

import numpy as np
import pytest

import vetdicom

pydicom = pytest.importorskip("pydicom")

PATIENT = {
    "animal_name": "Buddy",
    "owner_family_name": "Smith",
    "patient_id": "VET-000123",
    "species_description": "Canine",
    "species_code_value": "448771007",
    "species_code_scheme": "SCT",
    "species_code_meaning": "Canis lupus familiaris",
    "breed_description": "Labrador Retriever",
    "breed_code_value": "64580009",
    "breed_code_scheme": "SCT",
    "breed_code_meaning": "Labrador retriever dog breed",
    "sex": "M",
    "neutered": "ALTERED",
    "birth_date": "20190412",
    "responsible_person": "Smith^John",
    "responsible_person_role": "OWNER",
    "responsible_organization": "Happy Paws Veterinary Clinic",
    "breed_registration_number": "AKC-12345",
    "breed_registry_code_value": "109224",
    "breed_registry_code_scheme": "DCM",
    "breed_registry_code_meaning": "American Kennel Club",
}

EXPLICIT = "1.2.840.10008.1.2.1"
IMPLICIT = "1.2.840.10008.1.2"
BIG = "1.2.840.10008.1.2.2"
DEFLATED = "1.2.840.10008.1.2.1.99"
UNCOMPRESSED = [EXPLICIT, IMPLICIT, BIG, DEFLATED]


def _rng():
    return np.random.default_rng(20261204)


def _smooth(shape, lo, hi, dtype, seed):
    """A radiograph-like test image: gradients, a bright disc and a little noise (lossy codecs
    get a realistic PSNR; noise alone would be incompressible)."""
    r = np.random.default_rng(seed)
    rows, cols = shape[-2], shape[-1]
    y, x = np.mgrid[0:rows, 0:cols]
    base = 0.35 + 0.3 * x / cols + 0.2 * y / rows
    base = base + 0.3 * (((x - cols / 2) ** 2 + (y - rows / 2) ** 2) < (rows / 4) ** 2)
    img = np.broadcast_to(base, shape).copy()
    img += r.normal(0, 0.004, shape)
    return (lo + np.clip(img, 0, 1) * (hi - lo)).astype(dtype)


def _cases():
    r = _rng()
    gray12 = _smooth((64, 80), 0, 4095, np.uint16, 1)
    ct = _smooth((64, 80), -1024, 3000, np.int16, 2)
    gray8 = _smooth((64, 80), 0, 255, np.uint8, 3)
    rgb = np.stack([_smooth((48, 64), 0, 255, np.uint8, s) for s in (4, 5, 6)], axis=-1)
    rgb[..., 1] = rgb[..., 1][:, ::-1]
    cine = np.stack([np.roll(rgb, 3 * i, axis=1) for i in range(5)])
    noise = r.integers(0, 4096, (32, 40), dtype=np.uint16)   # incompressible: encoders must cope
    rgb_noise = np.random.default_rng(1).integers(0, 256, (48, 64, 3), dtype=np.uint8)
    return {
        "DX": ("DX", gray12, {"bits_stored": 12}, "1.2.840.10008.5.1.4.1.1.1.1"),
        "DX-MONOCHROME1": ("DX", gray12, {"bits_stored": 12, "photometric": "MONOCHROME1"}, "1.2.840.10008.5.1.4.1.1.1.1"),
        "CR": ("CR", gray12, {"bits_stored": 12}, "1.2.840.10008.5.1.4.1.1.1"),
        "CT": ("CT", ct, {"bits_stored": 16}, "1.2.840.10008.5.1.4.1.1.2"),
        "MR": ("MR", gray12, {"bits_stored": 12}, "1.2.840.10008.5.1.4.1.1.4"),
        "US": ("US", gray8, {}, "1.2.840.10008.5.1.4.1.1.6.1"),
        "US-RGB": ("US", rgb, {}, "1.2.840.10008.5.1.4.1.1.6.1"),
        "US-cine-RGB": ("US", cine, {}, "1.2.840.10008.5.1.4.1.1.3.1"),
        "OT": ("OT", gray8, {}, "1.2.840.10008.5.1.4.1.1.7"),
        "OT-RGB": ("OT", rgb, {}, "1.2.840.10008.5.1.4.1.1.7"),
        "OT-noise": ("OT", noise, {"bits_stored": 12}, "1.2.840.10008.5.1.4.1.1.7"),
        "OT-RGB-noise": ("OT", rgb_noise, {}, "1.2.840.10008.5.1.4.1.1.7"),
    }


CASES = _cases()


def dciodvfy_errors(path):
    """The Error lines dciodvfy reports for `path` (skips when dicom3tools is absent)."""
    exe = shutil.which("dciodvfy")
    if exe is None:
        pytest.skip("dciodvfy (Debian package dicom3tools) is not installed: IOD validation skipped")
    out = subprocess.run([exe, str(path)], capture_output=True, text=True, timeout=60)
    text = out.stdout + out.stderr
    return [line for line in text.splitlines() if "Error" in line], text


def validate(path, ts, tmp_path):
    """dciodvfy on `path`; this dicom3tools release reads neither deflated data sets nor HTJ2K,
    so those are validated on an equivalent copy (deflated: inflated to explicit VR LE by
    pydicom; HTJ2K: relabelled JPEG 2000, whose encapsulation rules are the same)."""
    target = path
    if ts == DEFLATED:
        ds = pydicom.dcmread(path)
        target = tmp_path / "inflated.dcm"
        ds.file_meta.TransferSyntaxUID = EXPLICIT
        ds.save_as(target, enforce_file_format=True)
    elif ts in ("1.2.840.10008.1.2.4.201", "1.2.840.10008.1.2.4.202", "1.2.840.10008.1.2.4.203"):
        data = bytearray(path.read_bytes())
        relabel = b"1.2.840.10008.1.2.4.90" if ts != "1.2.840.10008.1.2.4.203" else b"1.2.840.10008.1.2.4.91"
        old = ts.encode()
        i = data.find(old)
        assert i > 0
        data[i:i + len(old) + 1] = relabel.ljust(len(old) + 1, b"\0")
        target = tmp_path / "relabelled.dcm"
        target.write_bytes(bytes(data))
    errors, text = dciodvfy_errors(target)
    assert errors == [], "dciodvfy on %s (%s):\n%s" % (path.name, ts, text)
    return text


def check_readback(path, pixels, sop_class, ts, lossless=True):
    ds = pydicom.dcmread(path)
    assert ds.file_meta.TransferSyntaxUID == ts
    assert ds.SOPClassUID == sop_class
    assert str(ds.PatientName) == "Smith^Buddy"
    assert ds.PatientID == "VET-000123"
    assert ds.PatientSpeciesDescription == "Canine"
    assert ds.PatientSpeciesCodeSequence[0].CodeValue == "448771007"
    assert ds.PatientBreedDescription == "Labrador Retriever"
    assert ds.PatientBreedCodeSequence[0].CodeMeaning == "Labrador retriever dog breed"
    assert ds.BreedRegistrationSequence[0].BreedRegistrationNumber == "AKC-12345"
    assert ds.BreedRegistrationSequence[0].BreedRegistryCodeSequence[0].CodeValue == "109224"
    assert ds.PatientSex == "M" and ds.PatientSexNeutered == "ALTERED"
    assert ds.PatientBirthDate == "20190412"
    assert str(ds.ResponsiblePerson) == "Smith^John" and ds.ResponsiblePersonRole == "OWNER"
    assert ds.ResponsibleOrganization == "Happy Paws Veterinary Clinic"
    for uid in (ds.StudyInstanceUID, ds.SeriesInstanceUID, ds.SOPInstanceUID):
        assert len(uid) <= 64 and uid.startswith("2.25."), uid
    assert len(ds.StudyDate) == 8 and len(ds.StudyTime) >= 6
    if lossless:
        # pydicom returns RGB for YBR_FULL_422 JPEG and YBR_RCT JPEG 2000 by default.
        np.testing.assert_array_equal(ds.pixel_array.reshape(pixels.shape), pixels)
    return ds


@pytest.mark.parametrize("ts", UNCOMPRESSED)
@pytest.mark.parametrize("name", list(CASES))
def test_create_validates_and_reads_back(name, ts, tmp_path):
    modality, pixels, kw, sop_class = CASES[name]
    with vetdicom.create(modality, pixels, patient=PATIENT, StudyDescription="Thorax", **kw) as ds:
        assert ds["SOPClassUID"] == sop_class
        path = tmp_path / ("%s.dcm" % name)
        ds.save(str(path), transfer_syntax=ts)
    validate(path, ts, tmp_path)
    back = check_readback(path, pixels, sop_class, ts)
    assert back.StudyDescription == "Thorax"


# Compressed syntaxes (encoders of the codecs branch): UID -> lossless.
COMPRESSED = {
    "1.2.840.10008.1.2.5": True,        # RLE Lossless
    "1.2.840.10008.1.2.4.50": False,    # JPEG Baseline (8-bit)
    "1.2.840.10008.1.2.4.70": True,     # JPEG Lossless SV1
    "1.2.840.10008.1.2.4.80": True,     # JPEG-LS Lossless
    "1.2.840.10008.1.2.4.81": False,    # JPEG-LS Near-Lossless
    "1.2.840.10008.1.2.4.90": True,     # JPEG 2000 Lossless
    "1.2.840.10008.1.2.4.91": False,    # JPEG 2000
    "1.2.840.10008.1.2.4.201": True,    # HTJ2K Lossless
    "1.2.840.10008.1.2.4.202": True,    # HTJ2K Lossless RPCL
    "1.2.840.10008.1.2.4.203": False,   # HTJ2K
}


def _expected_unsupported(pixels, ts):
    """Combinations the standard or the codec cannot hold: JPEG baseline is 8-bit only;
    JPEG-LS near-lossless errors would wrap around zero for signed samples."""
    if ts == "1.2.840.10008.1.2.4.50" and pixels.dtype.itemsize > 1:
        return True
    return ts == "1.2.840.10008.1.2.4.81" and pixels.dtype.kind == "i"


def _can_save_compressed():
    with vetdicom.create("OT", np.zeros((8, 8), np.uint8)) as ds:
        try:
            ds.save(None, transfer_syntax="1.2.840.10008.1.2.5")
        except vetdicom.VetDICOMError:
            return False
    return True


@pytest.mark.parametrize("ts", list(COMPRESSED))
@pytest.mark.parametrize("name", list(CASES))
def test_create_compressed_validates(name, ts, tmp_path):
    if not _can_save_compressed():
        pytest.skip("this build has no pixel encoders (saving to a compressed syntax is unsupported)")
    modality, pixels, kw, sop_class = CASES[name]
    lossless = COMPRESSED[ts]

    path = tmp_path / ("%s.dcm" % name)
    with vetdicom.create(modality, pixels, patient=PATIENT, **kw) as ds:
        original_uid = ds["SOPInstanceUID"]
        if _expected_unsupported(pixels, ts):
            with pytest.raises(vetdicom.VetDICOMError):
                ds.save(str(path), transfer_syntax=ts)
            assert not path.exists()
            return
        ds.save(str(path), transfer_syntax=ts)
    validate(path, ts, tmp_path)
    back = check_readback(path, pixels, sop_class, ts, lossless=lossless)
    if lossless:
        assert back.SOPInstanceUID == original_uid
    else:
        assert back.LossyImageCompression == "01"
        assert back.SOPInstanceUID != original_uid
        arr = back.pixel_array.reshape(pixels.shape).astype(np.float64)
        peak = float(2 ** back.BitsStored - 1)
        mse = float(np.mean((arr - pixels.astype(np.float64)) ** 2))
        psnr = 99.0 if mse == 0 else 10 * np.log10(peak * peak / mse)
        if "noise" not in name:  # noise is incompressible: a fixed-ratio lossy codec cannot keep it
            assert psnr > 25, "PSNR %.1f dB" % psnr


@pytest.mark.parametrize("shape", [(64, 64, 3), (37, 53, 3), (64, 64)])
def test_jpegls_lossless_incompressible_8bit(shape, tmp_path):
    """Uniform noise is incompressible: CharLS's size estimate is too small for it; the encoder
    must size its buffer with a margin / retry, and the result must decode losslessly."""
    if not _can_save_compressed():
        pytest.skip("this build has no pixel encoders")
    pixels = np.random.default_rng(1234).integers(0, 256, shape, dtype=np.uint8)
    path = tmp_path / "noise.dcm"
    with vetdicom.create("OT", pixels, patient=PATIENT) as ds:
        ds.save(str(path), transfer_syntax="1.2.840.10008.1.2.4.80")
    with vetdicom.open(str(path)) as f:
        assert np.array_equal(np.asarray(f.pixel_array).reshape(pixels.shape), pixels)


def test_create_defaults():
    px = np.zeros((8, 10), dtype=np.uint16)
    with vetdicom.create("DX", px, patient={"animal_name": "Rex", "owner_family_name": "Doe",
                                            "species_description": "Canine"}) as ds:
        assert ds.patient.patient_name == "Doe^Rex"
        assert ds["ResponsiblePerson"] == "Doe^" and ds["ResponsiblePersonRole"] == "OWNER"
        assert ds["PresentationIntentType"] == "FOR PRESENTATION"
        assert ds["BitsStored"] == 16 and ds["HighBit"] == 15
        assert ds["PhotometricInterpretation"] == "MONOCHROME2"
        assert ds["PresentationLUTShape"] == "IDENTITY"
        uids = {ds["StudyInstanceUID"], ds["SeriesInstanceUID"], ds["SOPInstanceUID"]}
        assert len(uids) == 3
    with vetdicom.create("CT", px.astype(np.int16), uid_root="1.2.826.0.1.3680043.10.999",
                         PixelSpacing=[0.5, 0.5], SliceThickness=2.5) as ds:
        assert ds["SOPInstanceUID"].startswith("1.2.826.0.1.3680043.10.999.")
        # Up to 64 characters (a random number with fewer digits gives a shorter UID), no
        # leading zero after the root.
        assert 27 + 24 <= len(ds["SOPInstanceUID"]) <= 64 and ds["SOPInstanceUID"][27] != "0"
        assert ds["PixelSpacing"] == [0.5, 0.5] and ds["SliceThickness"] == 2.5
        assert ds["PixelRepresentation"] == 1
        assert "PatientSpeciesDescription" not in ds  # no species: not an animal, no veterinary attributes
    assert vetdicom.generate_uid() != vetdicom.generate_uid()


def test_create_non_ascii_sets_character_set():
    px = np.zeros((4, 4), dtype=np.uint8)
    with vetdicom.create("OT", px, patient={"animal_name": "Fido", "owner_family_name": "Müller",
                                            "species_description": "Canine"}) as ds:
        assert ds["SpecificCharacterSet"] == "ISO_IR 192"
        assert ds.patient.patient_name == "Müller^Fido"


@pytest.mark.parametrize(
    "modality,pixels,kw",
    [
        ("XA", np.zeros((4, 4), np.uint16), {}),                  # unknown modality
        ("DX", np.zeros((2, 4, 4), np.uint16), {}),               # several frames outside US
        ("DX", np.zeros((4, 4), np.int16), {}),                   # DX is unsigned
        ("DX", np.zeros((4, 4, 3), np.uint8), {}),                # DX is grayscale
        ("CT", np.zeros((4, 4), np.uint8), {}),                   # CT is 16-bit
        ("US", np.zeros((4, 4), np.uint16), {"bits_stored": 20}),  # more bits stored than allocated
        ("DX", np.zeros((4, 4), np.float32), {}),                 # float pixels
        ("US", np.zeros((4, 4, 3), np.uint8), {"photometric": "YBR_FULL"}),  # not in the US IOD
        ("OT", np.zeros((4, 4, 3), np.uint8), {"photometric": "YBR_FULL_422"}),  # packed layout
        ("DX", np.zeros((4, 4), np.uint16), {"uid_root": "1.02.x"}),
        ("DX", np.zeros((4, 4), np.uint16), {"Rows": "many"}),    # value does not fit its VR
    ],
)
def test_create_refuses(modality, pixels, kw):
    with pytest.raises(vetdicom.VetDICOMError):
        vetdicom.create(modality, pixels, **kw)


def test_create_unknown_keyword_and_patient_field():
    px = np.zeros((4, 4), dtype=np.uint8)
    with pytest.raises(vetdicom.NotFoundError):
        vetdicom.create("OT", px, NoSuchKeyword="x")
    with pytest.raises(vetdicom.ArgumentError):
        vetdicom.create("OT", px, patient={"pet_name": "x"})


def test_png_to_dx_example(tmp_path):
    """examples/python/png_to_dx.py on a 16-bit and an 8-bit PNG."""
    import os
    import sys
    from pathlib import Path

    Image = pytest.importorskip("PIL.Image")
    from conftest import REPO_ROOT

    example = REPO_ROOT / "examples" / "python" / "png_to_dx.py"
    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(vetdicom.__file__).resolve().parents[1]) + os.pathsep + env.get("PYTHONPATH", "")
    r = _rng()
    for bits, pixels in ((12, r.integers(0, 4096, (40, 56), dtype=np.uint16)),
                         (8, r.integers(0, 256, (40, 56), dtype=np.uint8))):
        png = tmp_path / ("in%d.png" % bits)
        Image.fromarray(pixels).save(png)
        out = tmp_path / ("out%d.dcm" % bits)
        args = [sys.executable, str(example), str(png), str(out), "--animal-name", "Luna", "--owner", "Garcia",
                "--species", "Feline", "--pixel-spacing", "0.1"]
        if bits == 12:
            args += ["--bits-stored", "12"]
        run = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr
        assert "wrote" in run.stdout
        validate(out, EXPLICIT, tmp_path)
        ds = pydicom.dcmread(out)
        assert str(ds.PatientName) == "Garcia^Luna" and ds.PatientSpeciesDescription == "Feline"
        assert ds.BitsStored == bits and [float(v) for v in ds.ImagerPixelSpacing] == [0.1, 0.1]
        np.testing.assert_array_equal(ds.pixel_array, pixels)
    run = subprocess.run([sys.executable, str(example), str(tmp_path / "missing.png"), str(tmp_path / "x.dcm")],
                         env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode != 0


def _cli():
    import os

    cli = os.environ.get("VETDICOM_CLI")
    if not cli or not os.path.exists(cli):
        pytest.skip("VETDICOM_CLI (the vetdicom command) not set: CLI create tests skipped")
    return cli


CLI_PATIENT = ["--animal-name", "Buddy", "--owner", "Smith", "--patient-id", "VET-000123", "--species", "Canine",
               "--species-code", "448771007,SCT,Canis lupus familiaris", "--breed", "Labrador Retriever",
               "--sex", "M", "--neutered", "ALTERED", "--birth-date", "20190412"]


def test_cli_create_from_png_pgm_jpeg_raw(tmp_path):
    """`vetdicom create` from each input format; pixels as decoded by Pillow (JPEG: decoded by
    libturbojpeg, so compared with a tolerance of Pillow's libjpeg decode)."""
    Image = pytest.importorskip("PIL.Image")
    cli = _cli()
    r = _rng()
    gray16 = r.integers(0, 4096, (40, 56), dtype=np.uint16)
    png = tmp_path / "in16.png"
    Image.fromarray(gray16).save(png)
    pgm = tmp_path / "in.pgm"
    pgm.write_bytes(b"P5\n56 40\n4095\n" + gray16.astype(">u2").tobytes())
    rgb = np.zeros((32, 48, 3), np.uint8)
    rgb[..., 0] = np.arange(48, dtype=np.uint8)[None, :] * 5
    rgb[..., 1] = np.arange(32, dtype=np.uint8)[:, None] * 7
    jpg = tmp_path / "in.jpg"
    Image.fromarray(rgb).save(jpg, quality=95)
    frames = r.integers(0, 256, (3, 24, 32), dtype=np.uint8)
    raws = []
    for i, f in enumerate(frames):
        raws.append(tmp_path / ("f%d.raw" % i))
        raws[-1].write_bytes(f.tobytes())
    runs = [
        ("dx_png.dcm", ["--modality", "DX", "--input", "png", str(png), "--bits-stored", "12"], gray16),
        ("cr_pgm.dcm", ["--modality", "CR", "--input", "pgm", str(pgm), "--ts", "big"], gray16),
        ("us_jpeg.dcm", ["--modality", "US", "--input", "jpeg", str(jpg), "--ts", "implicit"], None),
        ("us_cine.dcm", ["--modality", "US", "--input", "raw", "--rows", "24", "--columns", "32",
                         "--bits-allocated", "8", "--set", "FrameTime=33.3", *map(str, raws)], frames),
    ]
    for name, args, want in runs:
        out = tmp_path / name
        run = subprocess.run([cli, "create", str(out), *args, *CLI_PATIENT], capture_output=True, text=True,
                             timeout=120)
        assert run.returncode == 0, run.stderr
        ts = pydicom.dcmread(out, stop_before_pixels=True).file_meta.TransferSyntaxUID
        validate(out, ts, tmp_path)
        ds = pydicom.dcmread(out)
        assert str(ds.PatientName) == "Smith^Buddy" and ds.PatientBreedDescription == "Labrador Retriever"
        if want is not None:
            np.testing.assert_array_equal(ds.pixel_array.reshape(want.shape), want)
        else:
            with Image.open(jpg) as im:
                ref = np.asarray(im.convert("RGB")).astype(int)
            assert np.abs(ds.pixel_array.astype(int) - ref).max() <= 2
    assert float(pydicom.dcmread(tmp_path / "us_cine.dcm").FrameTime) == 33.3

    # Baseline JPEGs go in unchanged (no --ts): the fragments are the input files' bytes.
    from pydicom.encaps import generate_frames

    gray = rgb[..., 0]
    gjpg = tmp_path / "gray.jpg"
    Image.fromarray(gray).save(gjpg, quality=90)
    cine = []
    for i in range(3):
        cine.append(tmp_path / ("cine%d.jpg" % i))
        Image.fromarray(np.roll(rgb, 4 * i, axis=1)).save(cine[-1], quality=90)
    for name, args, sources in (("dx_jpeg.dcm", ["--modality", "DX", "--input", "jpeg", str(gjpg)], [gjpg]),
                                ("us_jpeg_cine.dcm", ["--modality", "US", "--input", "jpeg", *map(str, cine)], cine)):
        out = tmp_path / name
        run = subprocess.run([cli, "create", str(out), *args, *CLI_PATIENT], capture_output=True, text=True,
                             timeout=120)
        assert run.returncode == 0, run.stderr
        assert "not re-encoded" in run.stdout
        validate(out, "1.2.840.10008.1.2.4.50", tmp_path)
        ds = pydicom.dcmread(out)
        assert ds.file_meta.TransferSyntaxUID == "1.2.840.10008.1.2.4.50"
        assert ds.LossyImageCompression == "01" and ds.LossyImageCompressionMethod == "ISO_10918_1"
        frames = list(generate_frames(ds.PixelData, number_of_frames=len(sources)))
        for frame, src in zip(frames, sources):
            data = src.read_bytes()
            assert frame[:len(data)] == data and frame[len(data):].strip(b"\0") == b""
        with Image.open(sources[0]) as im:
            ref = np.asarray(im.convert("RGB" if ds.SamplesPerPixel == 3 else "L")).astype(int)
        first = ds.pixel_array if len(sources) == 1 else ds.pixel_array[0]
        assert np.abs(first.astype(int) - ref).max() <= 2
    bad = subprocess.run([cli, "create", str(tmp_path / "x.dcm"), "--modality", "XA", "--input", "png", str(png)],
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode != 0 and "XA" in bad.stderr
