"""`vetdicom share`: a referral folder with DICOM/ + DICOMDIR (checked with pydicom's FileSet,
dcmdump and dciodvfy when present) and index.html, opened in headless Chromium (skipped only
when chromium is not installed): the page runs without errors and shows the images."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pydicom
import pytest
from pydicom.fileset import FileSet

import vetdicom

from conftest import REPO_ROOT

GENERATOR = REPO_ROOT / "scripts" / "make_clinic_archive.py"


def _cli():
    cli = os.environ.get("VETDICOM_CLI")
    if not cli or not os.path.exists(cli):
        pytest.skip("VETDICOM_CLI not set (run through ctest)")
    return cli


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    cli = _cli()
    base = tmp_path_factory.mktemp("share")
    arch = base / "archive"
    subprocess.run([sys.executable, str(GENERATOR), str(arch), "--animals", "3", "--seed", "2", "--max-studies", "2"],
                   check=True, capture_output=True)
    cine = base / "cine"
    cine.mkdir()
    subprocess.run([cli, "sample", str(cine / "cine.dcm"), "--cine"], check=True, capture_output=True)
    subprocess.run([cli, "sample", str(cine / "radiograph.dcm")], check=True, capture_output=True)
    out = base / "out"
    r = subprocess.run([cli, "share", str(arch / "patients"), str(cine), str(out), "--json"], capture_output=True)
    assert r.returncode == 0, r.stderr
    return arch, cine, out, json.loads(r.stdout)


def test_package_layout(package):
    arch, cine, out, rep = package
    assert rep["deidentified"] is True and rep["images"] > 3 and not rep["failed"]
    assert (out / "DICOMDIR").is_file() and (out / "index.html").is_file()
    files = [p for p in (out / "DICOM").rglob("*") if p.is_file()]
    assert len(files) == rep["images"]
    for p in files:  # PS3.10 file IDs: upper-case letters, digits, _ and at most 8 characters
        for comp in p.relative_to(out).parts:
            assert len(comp) <= 8 and comp == comp.upper() and comp.replace("_", "").isalnum()
        ds = pydicom.dcmread(p, stop_before_pixels=True)
        assert ds.PatientIdentityRemoved == "YES" and not ds.get("ResponsiblePerson")


def test_dicomdir_records(package):
    arch, cine, out, rep = package
    ds = pydicom.dcmread(out / "DICOMDIR")
    assert ds.file_meta.MediaStorageSOPClassUID == "1.2.840.10008.1.3.10"
    assert ds.FileSetID == "VETDICOM"
    types = [r.DirectoryRecordType for r in ds.DirectoryRecordSequence]
    assert types[0] == "PATIENT" and types.count("IMAGE") == rep["images"]
    assert types.count("STUDY") == rep["studies"] and types.count("SERIES") == rep["series"]
    fs = FileSet(ds)  # follows the offsets; raises on a broken record tree
    instances = fs.find()
    assert len(instances) == rep["images"]
    for inst in instances:
        f = Path(inst.path)
        assert f.is_file()
        assert pydicom.dcmread(f, stop_before_pixels=True).SOPInstanceUID == inst.ReferencedSOPInstanceUIDInFile
    # Every study / series record sits under the right parent.
    for p in fs.find(load=False):
        assert p.node.parent.record_type == "SERIES"


def test_dicomdir_dcmtk_and_dciodvfy(package):
    arch, cine, out, rep = package
    if not shutil.which("dcmdump"):
        pytest.skip("dcmdump not installed")
    r = subprocess.run(["dcmdump", "-q", str(out / "DICOMDIR")], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "DirectoryRecordSequence" in r.stdout and "IMAGE" in r.stdout and not r.stderr.strip()
    if shutil.which("dciodvfy"):
        r = subprocess.run(["dciodvfy", str(out / "DICOMDIR")], capture_output=True, text=True)
        assert "Error" not in r.stdout + r.stderr, r.stdout + r.stderr


def _chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    return None


def test_viewer_in_headless_chromium(package, tmp_path):
    arch, cine, out, rep = package
    html = (out / "index.html").read_text()
    assert "http://" not in html and "https://" not in html  # offline
    data = json.loads(html.split("const DATA = ", 1)[1].split(";\n", 1)[0])
    multi = [im for st in data for se in st["series"] for im in se["images"] if im["frames_total"] > 1]
    assert multi and len(multi[0]["frames"]) > 1  # the cine loop has a frame slider
    for st in data:
        for se in st["series"]:
            for im in se["images"]:
                for f in [im["thumb"]] + im["frames"] + [p["src"] for p in im["presets"]]:
                    assert (out / f).is_file(), f
    browser = _chromium()
    if browser is None:
        pytest.skip("chromium not installed (scripts/setup-deps.sh installs it)")
    flags = [browser, "--headless=new", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
             "--window-size=1280,800", "--virtual-time-budget=5000", "--user-data-dir=" + str(tmp_path / "profile")]
    url = (out / "index.html").as_uri()
    r = subprocess.run(flags + ["--dump-dom", url], capture_output=True, text=True, timeout=120)
    dom = r.stdout
    body = re.search(r"<body[^>]*>", dom)
    assert body, dom[:500]
    assert 'data-view-loaded="1"' in body.group(0), (body.group(0), r.stderr[-2000:])
    assert "data-errors" not in body.group(0), body.group(0)  # no script or image-load error
    assert "Uncaught" not in r.stderr
    shot = os.environ.get("VETDICOM_SHARE_SCREENSHOT") or str(tmp_path / "share.png")
    subprocess.run(flags + ["--screenshot=" + shot, url], capture_output=True, timeout=120)
    from PIL import Image
    img = Image.open(shot).convert("L")
    assert img.size == (1280, 800)
    # The main image area is not blank: the rendered radiograph has many grey levels.
    region = img.crop((320, 60, 1270, 790))
    assert len(set(region.getdata())) > 20


def test_python_share(package, tmp_path):
    arch, cine, _out, cli_rep = package
    out = tmp_path / "py-share"
    rep = vetdicom.share([arch / "patients", cine], out, secret=b"\x01" * 16)
    assert rep["deidentified"] is True and not rep["failed"]
    assert rep["images"] == cli_rep["images"] and rep["studies"] == cli_rep["studies"]
    assert (out / "DICOMDIR").is_file() and (out / "index.html").is_file()
    fs = FileSet(pydicom.dcmread(out / "DICOMDIR"))
    assert len(fs) == rep["images"]
    files = [p for p in (out / "DICOM").rglob("*") if p.is_file()]
    assert len(files) == rep["images"]
    ds = pydicom.dcmread(files[0], stop_before_pixels=True)
    assert ds.PatientIdentityRemoved == "YES"
    # Not de-identified on request; one study given as a single path.
    out2 = tmp_path / "py-share-raw"
    rep2 = vetdicom.share(cine, out2, deidentify=False)
    assert rep2["deidentified"] is False and rep2["images"] == 2
    assert (out2 / "DICOMDIR").is_file() and (out2 / "index.html").is_file()
    with pytest.raises(ValueError):
        vetdicom.share([], out2)
    with pytest.raises(vetdicom.VetDICOMError):
        vetdicom.share(cine, tmp_path / "x", secret="zz")
