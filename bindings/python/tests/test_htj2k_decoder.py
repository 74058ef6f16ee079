"""HTJ2K decoding: OpenJPH 0.9 by default for reversible codestreams that pass the gate,
OpenJPEG with `htj2k_openjph=0` (docs/security.md, "Third-party codecs"); both give the
reference pixels."""

import hashlib

import pytest

import vetdicom
from conftest import corpus_entries, corpus_path

np = pytest.importorskip("numpy")

HT = ("1.2.840.10008.1.2.4.201", "1.2.840.10008.1.2.4.202", "1.2.840.10008.1.2.4.203")


def _sha(arr):
    return hashlib.sha256(np.ascontiguousarray(arr).tobytes()).hexdigest()


@pytest.mark.parametrize("entry", corpus_entries(
    lambda e: e.get("transfer_syntax_uid") in HT and (e.get("pixels") or {}).get("frames_sha256")))
def test_both_htj2k_decoders_give_the_reference(entry, corpus):
    reference = entry["pixels"]["frames_sha256"][0]
    with vetdicom.open(corpus_path(entry)) as f:
        default = _sha(f.frame(0))
    with vetdicom.open(corpus_path(entry), htj2k_openjph=0) as f:
        opted = _sha(f.frame(0))
    # OpenJPH takes only reversible codestreams; lossy ones stay with OpenJPEG either way.
    assert default == opted
    assert default == reference


def test_own_htj2k_file_through_openjph(tmp_path):
    """A file vetdicom wrote decodes to the same pixels with OpenJPH and with OpenJPEG; the
    option's range is checked."""
    rng = np.random.default_rng(7)
    pixels = rng.integers(0, 4096, size=(96, 80), dtype=np.uint16)
    ds = vetdicom.create("DX", pixels, patient={"animal_name": "Rex", "owner_family_name": "Smith",
                                                "patient_id": "VET-7"}, bits_stored=12)
    path = tmp_path / "ht.dcm"
    ds.save(str(path), transfer_syntax="1.2.840.10008.1.2.4.201")
    for opt in (0, 1):
        with vetdicom.open(path, htj2k_openjph=opt) as f:
            assert np.array_equal(f.frame(0), pixels)
    with pytest.raises(vetdicom.VetDICOMError):
        vetdicom.open(path, htj2k_openjph=2)
