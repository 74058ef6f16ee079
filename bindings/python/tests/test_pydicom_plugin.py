"""vetdicom as a pydicom decoding plugin: the arrays pydicom builds through it equal the arrays of
pydicom's own plugins (exactly; within 2 for lossy JPEG, whose colour conversion and IDCT may
round differently), over the corpus (up to 3 files per transfer syntax)."""

import warnings

import pytest

from conftest import corpus_entries, corpus_path

pydicom = pytest.importorskip("pydicom")
np = pytest.importorskip("numpy")
from vetdicom import pydicom_plugin  # noqa: E402

LOSSY_JPEG = ("1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51")


def _selected():
    per_ts = {}
    out = []
    for p in corpus_entries(lambda e: e.get("transfer_syntax_uid") in pydicom_plugin.SYNTAXES):
        e = p.values[0]
        ts = e["transfer_syntax_uid"]
        if per_ts.get(ts, 0) >= 3:
            continue
        per_ts[ts] = per_ts.get(ts, 0) + 1
        out.append(p)
    return out


@pytest.fixture(scope="module", autouse=True)
def installed():
    added = pydicom_plugin.install()
    yield added
    pydicom_plugin.uninstall()


def test_install_covers_every_syntax(installed):
    assert set(installed) == set(pydicom_plugin.SYNTAXES)
    from pydicom.pixels.decoders.base import get_decoder

    for uid in pydicom_plugin.SYNTAXES:
        assert "vetdicom" in get_decoder(uid).available_plugins
    assert pydicom_plugin.install() == installed  # idempotent


@pytest.mark.parametrize("entry", _selected())
def test_matches_pydicom_plugins(entry):
    path = corpus_path(entry)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref_ds = pydicom.dcmread(path, force=True)
        others = [p for p in pydicom.pixels.decoders.base.get_decoder(entry["transfer_syntax_uid"]).available_plugins
                  if p != "vetdicom"]
        try:
            ref_ds.pixel_array_options(decoding_plugin=others[0]) if others else None
            ref = ref_ds.pixel_array
        except Exception as exc:  # noqa: BLE001 - pydicom's own plugins cannot decode it: nothing to compare
            pytest.skip("pydicom's plugins fail: %s" % exc)
        ds = pydicom.dcmread(path, force=True)
        ds.pixel_array_options(decoding_plugin="vetdicom")
        got = ds.pixel_array
    assert got.shape == ref.shape and got.dtype == ref.dtype, (got.shape, got.dtype, ref.shape, ref.dtype)
    if entry["transfer_syntax_uid"] in LOSSY_JPEG:
        assert np.abs(got.astype(np.int64) - ref.astype(np.int64)).max() <= 2
    else:
        assert np.array_equal(got, ref)
