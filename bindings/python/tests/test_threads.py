"""Several Python threads using one File (ctypes releases the GIL during library calls)."""

import hashlib
import threading

import pytest

import vetdicom
from conftest import corpus_dir, image_dataset, manifest, write_dicom

np = pytest.importorskip("numpy")


def _multiframe_entry():
    if corpus_dir() is None:
        pytest.skip("DICOM corpus not found: set VETDICOM_CORPUS")
    best = None
    for e in manifest()["files"]:
        p = e.get("pixels") or {}
        if p.get("status") == "agreed" and len(p.get("frames_sha256") or []) >= 4 and e["transfer_syntax_uid"] and \
                e["transfer_syntax_uid"].startswith("1.2.840.10008.1.2.4."):
            if best is None or len(p["frames_sha256"]) > len(best["pixels"]["frames_sha256"]):
                best = e
    if best is None:
        pytest.skip("no agreed compressed multi-frame file in the corpus")
    return corpus_dir() / best["path"], best["pixels"]["frames_sha256"]


def _run_threads(n, target):
    errors = []

    def wrap(k):
        try:
            target(k)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=wrap, args=(k,)) for k in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not any(t.is_alive() for t in threads), "a thread hung"
    if errors:
        raise errors[0]


def test_four_threads_decode_one_file():
    path, expected = _multiframe_entry()
    n = len(expected)
    results = {}
    lock = threading.Lock()
    with vetdicom.open(path) as f:

        def work(k):
            order = list(range(n))[k:] + list(range(n))[:k]  # each thread starts elsewhere
            for _ in range(3):
                for i in order:
                    h = hashlib.sha256(f.frame(i).tobytes()).hexdigest()
                    with lock:
                        results.setdefault(i, set()).add(h)
                    # metadata in between decodes
                    assert f.image.number_of_frames == n

        _run_threads(4, work)
    assert {i: sorted(v) for i, v in results.items()} == {i: [h] for i, h in enumerate(expected)}


def test_threads_read_metadata_concurrently(tmp_path):
    from pydicom.dataset import Dataset
    from pydicom.sequence import Sequence

    ds = Dataset()
    ds.PatientName = "Thread^Cat"
    ds.PatientSpeciesDescription = "Feline"
    item = Dataset()
    item.CodeMeaning = "Felis catus"
    ds.PatientSpeciesCodeSequence = Sequence([item])
    path = write_dicom(tmp_path / "t.dcm", ds)
    with vetdicom.open(path) as f:

        def work(k):
            for _ in range(300):
                assert f["PatientName"] == "Thread^Cat"
                assert f["PatientSpeciesCodeSequence[0].CodeMeaning"] == "Felis catus"
                assert f.patient.species_code_meaning == "Felis catus"
                assert len(f.to_json()) > 10

        _run_threads(4, work)


def test_close_waits_for_running_calls(tmp_path):
    rng = np.random.default_rng(5)
    arr = rng.integers(0, 65535, size=(8, 256, 256), dtype="<u2")
    ds = image_dataset(256, 256, 8, 1, 16, 16, False, arr.tobytes(), "MONOCHROME2")
    path = write_dicom(tmp_path / "big.dcm", ds)
    f = vetdicom.open(path)
    started = threading.Event()
    outcomes = []

    def work(k):
        started.set()
        for _ in range(200):
            try:
                out = f.decode_frames(threads=1)
            except vetdicom.ClosedFileError:
                outcomes.append("closed")
                return
            # Any result obtained must be complete and correct (never freed under our feet).
            assert np.array_equal(out, arr)
            outcomes.append("ok")

    threads = [threading.Thread(target=work, args=(k,)) for k in range(3)]
    for t in threads:
        t.start()
    started.wait(10)
    f.close()
    for t in threads:
        t.join(120)
    assert outcomes.count("closed") == 3
    assert f.closed
