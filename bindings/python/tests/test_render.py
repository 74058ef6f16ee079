"""Rendering through the C API: display pixels, PNG/JPEG, geometry (vetdicom/_render.py)."""

import hashlib
import io

import pytest

import vetdicom
from conftest import corpus_entries, corpus_path, image_dataset, write_dicom

np = pytest.importorskip("numpy")


def _sha(arr):
    return hashlib.sha256(np.ascontiguousarray(arr).tobytes()).hexdigest()


def _mono_file(tmp_path, name, pixels, bits=16, stored=12, signed=False, photometric="MONOCHROME2", extra=None):
    arr = np.asarray(pixels, dtype=("<i2" if signed else "<u2") if bits == 16 else ("i1" if signed else "u1"))
    rows, cols = arr.shape
    ds = image_dataset(rows, cols, 1, 1, bits, stored, signed, arr.tobytes() + (b"\0" if arr.nbytes % 2 else b""),
                       photometric, 0)
    for key, value in (extra or {}).items():
        setattr(ds, key, value)
    return write_dicom(tmp_path / name, ds)


# -- corpus: the reference 8-bit rendering --------------------------------------------------------


@pytest.mark.parametrize("entry", corpus_entries(lambda e: (e.get("pixels") or {}).get("render8_sha256")))
def test_render8_matches_manifest(entry, corpus):
    """Default rendering of frame 0 equals the manifest's render8 reference (when our decoded
    frame equals the reference decoder's; lossy decoders may differ within tolerance)."""
    px = entry["pixels"]
    with vetdicom.open(corpus_path(entry), exact_ybr=1) as f:
        img = f.render()
        assert img.dtype == np.uint8 and img.shape == (entry["rows"], entry["columns"])
        if _sha(img) != px["render8_sha256"][0]:
            assert _sha(f.frame(0)) != px["frames_sha256"][0], "rendering differs although the decoded frame matches"
            pytest.skip("decoded frame differs from the reference decoder (within tolerance)")


@pytest.mark.parametrize(
    "entry",
    corpus_entries(lambda e: e.get("samples_per_pixel") == 3 and e.get("bits_allocated") == 8
                   and (e.get("pixels") or {}).get("frames_sha256") and (e.get("rows") or 0) * (e.get("columns") or 0) < 4_000_000),
)
def test_colour_render_equals_decoded_rgb(entry, corpus):
    with vetdicom.open(corpus_path(entry)) as f:
        try:
            frame = f.frame(0)
        except vetdicom.VetDICOMError as exc:
            pytest.skip("not decodable here: %s" % exc)
        img = f.render()
        assert img.shape == frame.shape
        assert np.array_equal(img, frame)
        rgba = f.render(output="rgba8")
        assert rgba.shape == frame.shape[:2] + (4,)
        assert np.array_equal(rgba[..., :3], frame) and (rgba[..., 3] == 255).all()


@pytest.mark.parametrize("entry", corpus_entries(lambda e: (e.get("pixels") or {}).get("palette_rgb_sha256")))
def test_palette_render_matches_pydicom(entry, corpus):
    import pydicom
    from pydicom.pixels import apply_color_lut

    path = corpus_path(entry)
    ds = pydicom.dcmread(str(path))
    ref = apply_color_lut(ds.pixel_array, ds)
    if ref.dtype == np.uint16 and int(ds.RedPaletteColorLookupTableDescriptor[2]) == 16:
        ref8 = ((ref.astype(np.uint32) * 255 + 32767) // 65535).astype(np.uint8)
    else:
        ref8 = ref.astype(np.uint8)
    with vetdicom.open(path) as f:
        assert np.array_equal(f.render(), ref8)


def test_window_matches_pydicom_windowing(corpus):
    """A caller window through the library equals pydicom's apply_modality_lut + apply_voi_lut
    with that window, scaled to 8 bits the reference way."""
    import pydicom
    from pydicom.pixels import apply_modality_lut, apply_voi_lut

    path = corpus / "orthanc-tests/SignedCT.dcm"
    ds = pydicom.dcmread(str(path))
    for center, width, fn in [(40.0, 400.0, "LINEAR"), (-600.0, 1600.0, "SIGMOID"), (100.5, 80.0, "LINEAR_EXACT")]:
        ds.WindowCenter, ds.WindowWidth, ds.VOILUTFunction = center, width, fn
        m = apply_modality_lut(ds.pixel_array, ds)
        v = apply_voi_lut(m, ds)
        bs = ds.BitsStored
        lo, hi = -(2 ** (bs - 1)), 2 ** (bs - 1) - 1
        lo, hi = lo * float(ds.RescaleSlope) + float(ds.RescaleIntercept), hi * float(ds.RescaleSlope) + float(ds.RescaleIntercept)
        ref = np.clip(np.floor((v - lo) / (hi - lo) * 255 + 0.5), 0, 255).astype(np.uint8)
        with vetdicom.open(path) as f:
            got = f.render(window=(center, width), voi_function=fn)
        assert np.array_equal(got, ref), fn


# -- files, options, shapes -----------------------------------------------------------------------


def test_png_and_jpeg_files_read_back_with_pil(tmp_path, corpus):
    from PIL import Image

    path = corpus / "orthanc-tests/SignedCT.dcm"
    with vetdicom.open(path) as f:
        img = f.render()
        f.save_png(tmp_path / "a.png")
        f.save_jpeg(tmp_path / "a.jpg", quality=95)
        png = f.to_png()
        jpg = f.to_jpeg(quality=80)
        rgb = f.render(output="rgb8", size=128)
    assert np.array_equal(np.asarray(Image.open(tmp_path / "a.png")), img)
    assert np.array_equal(np.asarray(Image.open(io.BytesIO(png))), img)
    j = np.asarray(Image.open(tmp_path / "a.jpg")).astype(float)
    assert j.shape == img.shape and abs(j - img).mean() < 2.0
    assert jpg[:3] == b"\xff\xd8\xff"
    assert rgb.shape == (128, 128, 3) and (rgb[..., 0] == rgb[..., 1]).all()


def test_thumbnail_keeps_aspect_and_averages(tmp_path):
    ramp = np.arange(8 * 16, dtype=np.uint16).reshape(8, 16)
    path = _mono_file(tmp_path, "ramp.dcm", ramp, stored=16)
    with vetdicom.open(path) as f:
        full = f.render().astype(float)
        small = f.render(size=(8, 8))
    assert small.shape == (4, 8)
    expected = np.floor(full.reshape(4, 2, 8, 2).mean(axis=(1, 3)) + 0.5)
    assert np.abs(small - expected).max() <= 1  # float32 accumulation


def test_monochrome1_invert_and_errors(tmp_path):
    path = _mono_file(tmp_path, "m1.dcm", [[0, 50, 100, 200]], bits=8, stored=8, photometric="MONOCHROME1")
    with vetdicom.open(path) as f:
        assert f.render().tolist() == [[255, 191, 127, 0]]
        assert f.render(invert=False).tolist() == [[0, 64, 128, 255]]
        with pytest.raises(vetdicom.ArgumentError):
            f.render(voi_function="LOG")
        with pytest.raises(vetdicom.ArgumentError):
            f.render(output="cmyk")
        with pytest.raises(vetdicom.OutOfRangeError):
            f.render(frame=3)
        with pytest.raises(vetdicom.OutOfRangeError):
            f.render(voi_index=0)
        with pytest.raises(vetdicom.VetDICOMIOError):
            f.save_png(tmp_path / "no-such-dir" / "x.png")
    with pytest.raises(vetdicom.ClosedFileError):
        f.render()


def test_windows_and_pixel_spacing(tmp_path, corpus):
    with vetdicom.open(corpus / "orthanc-tests/SignedCT.dcm") as f:
        ws = f.windows()
        assert [(w.center, w.width) for w in ws][:1] == [(-600.0, 1600.0)]
    with vetdicom.open(corpus / "cornerstone/US-YBR_FULL_422-EVRLE.dcm") as f:
        g = f.pixel_spacing
        assert g.source == "ultrasound_region" and g.calibrated
        assert g.column_spacing == pytest.approx(0.0616)
    path = _mono_file(tmp_path, "dx.dcm", [[1, 2], [3, 4]],
                      extra={"ImagerPixelSpacing": [0.2, 0.2], "EstimatedRadiographicMagnificationFactor": 1.25})
    with vetdicom.open(path) as f:
        row, col = f.pixel_spacing
        assert (row, col) == (pytest.approx(0.16), pytest.approx(0.16))
        assert f.pixel_spacing.source == "imager_pixel_spacing_corrected"
    path = _mono_file(tmp_path, "none.dcm", [[1, 2], [3, 4]])
    with vetdicom.open(path) as f:
        assert f.pixel_spacing.source == "none" and not f.pixel_spacing.calibrated


def test_overlay_drawn_in_colour(tmp_path):
    import pydicom

    path = _mono_file(tmp_path, "ov.dcm", np.zeros((4, 4), dtype=np.uint16))
    ds = pydicom.dcmread(str(path))
    ds.add_new(0x60000010, "US", 4)
    ds.add_new(0x60000011, "US", 4)
    ds.add_new(0x60000040, "CS", "G")
    ds.add_new(0x60000050, "SS", [1, 1])
    ds.add_new(0x60000100, "US", 1)
    ds.add_new(0x60000102, "US", 0)
    bits = np.zeros(16, dtype=np.uint8)
    bits[[0, 5, 10, 15]] = 1  # the diagonal
    ds.add_new(0x60003000, "OW", np.packbits(bits, bitorder="little").tobytes())
    ds.save_as(str(path))
    with vetdicom.open(path) as f:
        assert (f.render() == 0).all()
        img = f.render(overlays=True, overlay_color=(0, 255, 0))
    assert img.shape == (4, 4, 3)
    assert [tuple(img[i, i]) for i in range(4)] == [(0, 255, 0)] * 4
    assert img.sum() == 4 * 255


# -- examples/python/contact_sheet.py (run by ctest through the python_bindings test) ------------


def test_contact_sheet_example(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    from conftest import REPO_ROOT

    frames = np.stack([(np.arange(600, dtype=np.uint16).reshape(20, 30) * (i + 1)) % 4096 for i in range(5)])
    ds = image_dataset(20, 30, 5, 1, 16, 12, False, frames.astype("<u2").tobytes(), "MONOCHROME2", 0)
    path = write_dicom(tmp_path / "cine.dcm", ds)
    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1] / "src") + os.pathsep + env.get("PYTHONPATH", "")
    out = tmp_path / "sheet.png"
    r = subprocess.run([sys.executable, str(REPO_ROOT / "examples" / "python" / "contact_sheet.py"), str(path),
                        str(out), "--tile", "30", "--columns", "3"], env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "frames: 5" in r.stdout
    from PIL import Image

    sheet = np.asarray(Image.open(out))
    assert sheet.shape == (2 * 34 + 4, 3 * 34 + 4, 3)
    # Each tile is exactly what File.render gives for that frame, centred in its cell.
    with vetdicom.open(path) as f:
        tiles = [f.render(frame=i, size=30, output="rgb8") for i in range(5)]
    for i, t in enumerate(tiles):
        r_, c_ = divmod(i, 3)
        y = 4 + r_ * 34 + (30 - t.shape[0]) // 2
        x = 4 + c_ * 34 + (30 - t.shape[1]) // 2
        assert np.array_equal(sheet[y:y + t.shape[0], x:x + t.shape[1]], t)
    r = subprocess.run([sys.executable, str(REPO_ROOT / "examples" / "python" / "contact_sheet.py"),
                        str(tmp_path / "missing.dcm"), str(out)], env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 1 and "contact_sheet" in r.stderr


def test_render_from_threads(corpus):
    """A file renders from several threads at once with identical results."""
    import threading

    path = corpus / "synthetic/mono1_native_4f.dcm"
    with vetdicom.open(path) as f:
        expected = [f.render(frame=i % 4, size=64 if i % 2 else None) for i in range(8)]
        results = [None] * 8
        errors = []

        def work(i):
            try:
                for _ in range(5):
                    results[i] = f.render(frame=i % 4, size=64 if i % 2 else None)
            except Exception as exc:  # pragma: no cover - reported below
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert not errors
    for a, b in zip(expected, results):
        assert np.array_equal(a, b)


# -- rendering from pixels the caller decoded (vetdicom_file_render_decoded) --------------------


@pytest.mark.parametrize(
    "entry",
    corpus_entries(lambda e: (e.get("pixels") or {}).get("render8_sha256")
                   and (e.get("rows") or 0) * (e.get("columns") or 0) < 1_500_000)[:40],
)
def test_render_from_decoded_pixels_equals_render(entry, corpus):
    """render(pixels=f.frame(i)) gives the same display pixels as render(), for the default VOI and
    for a window change, with the frame cache off (so nothing but the given pixels is used)."""
    with vetdicom.open(corpus_path(entry), exact_ybr=1, frame_cache_bytes=0) as f:
        try:
            frame = f.frame(0)
        except vetdicom.VetDICOMError as exc:
            pytest.skip("not decodable here: %s" % exc)
        assert np.array_equal(f.render(pixels=frame), f.render())
        if frame.ndim == 2:
            lo, hi = float(frame.min()), float(frame.max())
            window = ((lo + hi) / 2, max(hi - lo, 2) / 2)
            assert np.array_equal(f.render(window=window, pixels=frame), f.render(window=window))


def test_render_from_decoded_pixels_uses_them(tmp_path):
    """The given pixels are what is rendered (not the file's), and too few of them are refused."""
    ramp = np.arange(64 * 48, dtype=np.uint16).reshape(48, 64) % 4096
    path = _mono_file(tmp_path, "ramp.dcm", ramp)
    with vetdicom.open(path) as f:
        frame = f.frame(0)
        assert np.array_equal(f.render(window=(2048, 4096), pixels=frame), f.render(window=(2048, 4096)))
        flipped = np.ascontiguousarray(frame[::-1])
        assert np.array_equal(f.render(window=(2048, 4096), pixels=flipped), f.render(window=(2048, 4096))[::-1])
        # A non-contiguous view is accepted (copied once).
        assert np.array_equal(f.render(window=(2048, 4096), pixels=frame[::-1]), f.render(window=(2048, 4096))[::-1])
        with pytest.raises(vetdicom.VetDICOMError):
            f.render(pixels=frame[:10])
