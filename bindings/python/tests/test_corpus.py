"""The real-file corpus: image description, values and JSON against pydicom, frame hashes against
the manifest (VETDICOM_CORPUS; skipped when absent)."""

import hashlib
import json
import warnings

import pytest

import vetdicom
from conftest import compare_norm, corpus_entries, corpus_path, pydicom_norm, vetdicom_norm

# JPEG family, RLE, Deflated Image Frame Compression.
ENCAPSULATED_PREFIXES = ("1.2.840.10008.1.2.4.", "1.2.840.10008.1.2.5", "1.2.840.10008.1.2.8.1")


def _pydicom_ok(e):
    return e["parsers"].get("pydicom") == "ok"


def _has_pixels(e):
    return _pydicom_ok(e) and e.get("rows") is not None and (e.get("pixels") or {}).get("status") != "no_pixel_data"


def _read_ref(path):
    import pydicom

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ds = pydicom.dcmread(str(path), force=True)
        try:
            pydicom_norm(ds)  # convert every element now, under the warning filter
        except Exception as exc:  # noqa: BLE001
            pytest.skip("pydicom cannot convert every element of this file: %s" % exc)
    return ds


def _drop_un(doc):
    """Replaces UN elements (recursively) of a DICOM JSON object by empty OB ones: binary values
    are not compared, and pydicom.Dataset.from_json fails on some UN elements (UN with a known
    tag is converted to the dictionary VR from InlineBinary, which breaks for DS/IS)."""
    out = {}
    for tag, elem in doc.items():
        if elem.get("vr") == "UN":
            out[tag] = {"vr": "OB"}
            continue
        if elem.get("vr") == "SQ" and "Value" in elem:
            elem = dict(elem, Value=[_drop_un(item) for item in elem["Value"]])
        out[tag] = elem
    return out


@pytest.mark.parametrize("entry", corpus_entries(_has_pixels))
def test_image_info_matches_manifest(entry):
    with vetdicom.open(corpus_path(entry)) as f:
        img = f.image
        assert img is not None
        assert img.rows == entry["rows"]
        assert img.columns == entry["columns"]
        assert img.number_of_frames == (entry["number_of_frames"] or 1)
        if entry["pixels"]["status"] == "all_failed":
            # Hostile files (e.g. 65535 x 65535 with a few bytes of pixel data): locating the
            # frames may fail with a data error, never a crash.
            try:
                assert f.number_of_frames == img.number_of_frames
            except (vetdicom.LimitExceededError, vetdicom.InvalidDataError, vetdicom.TruncatedError):
                pass
        else:
            assert f.number_of_frames == img.number_of_frames
        for name in ("samples_per_pixel", "bits_allocated", "bits_stored", "high_bit", "pixel_representation",
                     "photometric_interpretation"):
            if entry.get(name) is not None:
                assert getattr(img, name) == entry[name], name
        assert img.planar_configuration == (entry.get("planar_configuration") or 0)
        element = entry.get("pixel_data_element")
        assert img.float_pixels == {"FloatPixelData": 32, "DoubleFloatPixelData": 64}.get(element, 0)
        if entry.get("transfer_syntax_uid"):
            assert img.transfer_syntax_uid == entry["transfer_syntax_uid"]
            assert f.transfer_syntax_uid == entry["transfer_syntax_uid"]
            assert img.encapsulated == entry["transfer_syntax_uid"].startswith(ENCAPSULATED_PREFIXES)
        assert isinstance(f.decoder_name, str) and f.decoder_name


@pytest.mark.parametrize(
    "entry", corpus_entries(lambda e: _pydicom_ok(e) and (e.get("pixels") or {}).get("status") == "no_pixel_data")
)
def test_no_pixel_data_files(entry):
    with vetdicom.open(corpus_path(entry)) as f:
        assert f.image is None
        assert f.number_of_frames == 0


@pytest.mark.parametrize("entry", corpus_entries(_pydicom_ok))
def test_json_agrees_with_pydicom(entry):
    import pydicom

    path = corpus_path(entry)
    ref = _read_ref(path)
    with vetdicom.open(path) as f:
        text = f.to_json()
        meta_text = f.meta.to_json()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ours = pydicom.Dataset.from_json(_drop_un(json.loads(text)))
        problems = compare_norm(pydicom_norm(ours), pydicom_norm(ref))
    assert not problems, "%d differences:\n%s" % (len(problems), "\n".join(problems[:25]))
    if entry.get("has_file_meta"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ours_meta = pydicom_norm(pydicom.Dataset.from_json(_drop_un(json.loads(meta_text))), skip_meta=False)
            ref_meta = pydicom_norm(ref.file_meta, skip_meta=False)
        problems = compare_norm(ours_meta, ref_meta, "meta ")
        assert not problems, "\n".join(problems[:25])


@pytest.mark.parametrize("entry", corpus_entries(_pydicom_ok))
def test_values_agree_with_pydicom(entry):
    path = corpus_path(entry)
    ref = _read_ref(path)
    with vetdicom.open(path) as f:
        problems = compare_norm(vetdicom_norm(f.dataset), pydicom_norm(ref))
    assert not problems, "%d differences:\n%s" % (len(problems), "\n".join(problems[:25]))


def _sha(arr):
    assert arr.flags.c_contiguous
    assert arr.dtype.byteorder in ("<", "|", "=")
    return hashlib.sha256(arr.tobytes()).hexdigest()


def _agreed(e):
    p = e.get("pixels") or {}
    return p.get("status") == "agreed" and p.get("frames_sha256")


@pytest.mark.parametrize("entry", corpus_entries(_agreed))
def test_frame_hashes_agreed(entry):
    pytest.importorskip("numpy")
    pix = entry["pixels"]
    expected = pix["frames_sha256"]
    with vetdicom.open(corpus_path(entry), exact_ybr=1) as f:  # pydicom's float YCbCr conversion
        got = [_sha(f.frame(i)) for i in range(len(expected))]
        assert got == expected
        if len(expected) > 1:
            allp = f.pixel_array
            assert allp.shape[0] == len(expected)
            assert [_sha(allp[i]) for i in range(len(expected))] == expected


@pytest.mark.parametrize(
    "entry",
    corpus_entries(lambda e: _agreed(e) and "native_ybr_frames_sha256" in e["pixels"]
                   and len((e["pixels"].get("native_ybr_agreement_groups") or [[]])[0]) >= 2),
)
def test_frame_hashes_keep_ybr(entry):
    pytest.importorskip("numpy")
    expected = entry["pixels"]["native_ybr_frames_sha256"]
    with vetdicom.open(corpus_path(entry)) as f:
        assert f.frame_info(keep_ybr=True).photometric_interpretation.startswith("YBR")
        assert f.frame_info().photometric_interpretation == "RGB"
        assert [_sha(f.frame(i, keep_ybr=True)) for i in range(len(expected))] == expected


@pytest.mark.parametrize(
    "entry", corpus_entries(lambda e: (e.get("pixels") or {}).get("status") == "agreed_within_tolerance")
)
def test_frames_within_tolerance(entry):
    """Lossy files where independent decoders differ from the reference by a little: ours must be
    bit-identical to one of them, or within 2 of the reference decoder (pydicom + pylibjpeg)."""
    np = pytest.importorskip("numpy")
    pix = entry["pixels"]
    known = set()
    for frames in [pix.get("frames_sha256"), pix.get("consensus_frames_sha256")] + [
        d.get("frames_sha256") for d in pix.get("decoders", {}).values()
    ]:
        if frames:
            known.add(tuple(frames))
    path = corpus_path(entry)
    with vetdicom.open(path, exact_ybr=1) as f:
        n = pix["frames_decoded"]
        got = tuple(_sha(f.frame(i)) for i in range(n))
        if got in known:
            return
        import pydicom

        ref = pydicom.dcmread(str(path)).pixel_array
        if n == 1:
            ref = ref[np.newaxis]
        for i in range(n):
            diff = np.abs(f.frame(i).astype(np.int64) - ref[i].astype(np.int64)).max()
            assert diff <= 2, "frame %d differs from the reference by %d" % (i, diff)
