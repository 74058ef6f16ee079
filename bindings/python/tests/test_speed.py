"""Issue 10 (speed): the libjpeg-turbo colour path against pydicom, rendering without decoding
again, rendering from decoded pixels, modality values."""

import pytest

import vetdicom
from conftest import corpus_entries, corpus_path

np = pytest.importorskip("numpy")

_YBR_JPEG = corpus_entries(
    lambda e: e.get("transfer_syntax_uid") in ("1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51")
    and e.get("samples_per_pixel") == 3
    and e.get("photometric_interpretation", "").startswith("YBR")
    and (e.get("pixels") or {}).get("frames_sha256")
    and e.get("path") != "fo-dicom/multiframe.dcm"
)


@pytest.mark.parametrize("entry", _YBR_JPEG)
def test_fast_colour_within_one_of_pydicom(entry):
    """Default decoding (libjpeg-turbo's integer YCbCr -> RGB) is within +-1 of pydicom's
    output where the pydicom-exact path (exact_ybr=1) is bit-identical to pydicom."""
    pydicom = pytest.importorskip("pydicom")
    path = corpus_path(entry)
    try:
        ref = pydicom.dcmread(str(path)).pixel_array
    except Exception as exc:  # noqa: BLE001 - no reference here
        pytest.skip("pydicom cannot decode: %s" % exc)
    if ref.ndim == 3:
        ref = ref[np.newaxis]
    with vetdicom.open(path, exact_ybr=1) as f:
        exact = f.frame(0)
    if not np.array_equal(exact, ref[0]):
        pytest.skip("pydicom's plugin here differs from the reference decoder (lossy IDCT)")
    with vetdicom.open(path) as f:
        fast = f.frame(0)
    assert fast.shape == ref[0].shape
    assert np.abs(fast.astype(np.int16) - ref[0].astype(np.int16)).max() <= 1
