"""Files vetdicom transcodes decode in DCMTK (dcmdrle, dcmdjpeg, dcmdjpls) and GDCM
(gdcmconv --raw for JPEG 2000 / HTJ2K) to the pixels vetdicom decodes from the source.
Each case skips when its tool is not installed."""

import os
import shutil
import subprocess

import pytest

import vetdicom
from conftest import corpus_entries, corpus_path

pydicom = pytest.importorskip("pydicom")
np = pytest.importorskip("numpy")

FILES = ["orthanc-tests/SignedCT.dcm", "orthanc-tests/ts_1.2.840.10008.1.2.1.dcm", "synthetic/s8_native_2f.dcm",
         "fo-dicom/mr_brucker.dcm"]
TARGETS = [
    ("1.2.840.10008.1.2.5", ["dcmdrle"]),
    ("1.2.840.10008.1.2.4.70", ["dcmdjpeg"]),
    ("1.2.840.10008.1.2.4.80", ["dcmdjpls"]),
    ("1.2.840.10008.1.2.4.90", ["gdcmconv", "--raw"]),
]


def _entry(name):
    for p in corpus_entries(lambda e: e["path"] == name):
        return p.values[0]
    pytest.skip("corpus file %s not present" % name)


@pytest.mark.parametrize("uid,tool", TARGETS, ids=[t[1][0] for t in TARGETS])
@pytest.mark.parametrize("name", FILES)
def test_transcoded_file_decodes_in_dcmtk_gdcm(name, uid, tool, tmp_path):
    if shutil.which(tool[0]) is None:
        pytest.skip("%s not installed" % tool[0])
    src = corpus_path(_entry(name))
    out = tmp_path / "enc.dcm"
    vetdicom.transcode(src, str(out), uid)
    raw = tmp_path / "raw.dcm"
    run = subprocess.run(tool + [str(out), str(raw)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and raw.exists(), "%s failed: %s %s" % (tool[0], run.stdout, run.stderr)
    ds = pydicom.dcmread(str(raw))
    assert ds.file_meta.TransferSyntaxUID in ("1.2.840.10008.1.2.1", "1.2.840.10008.1.2", "1.2.840.10008.1.2.2")
    with vetdicom.open(src) as f:
        want = np.asarray(f.pixel_array)
    got = ds.pixel_array
    if str(ds.get("PhotometricInterpretation", "")).startswith("YBR"):
        pytest.skip("decoded as %s (colour conversion not compared)" % ds.PhotometricInterpretation)
    assert got.shape == want.shape, (got.shape, want.shape)
    assert np.array_equal(got.astype(np.int64), want.astype(np.int64))
