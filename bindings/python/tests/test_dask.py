"""vetdicom.dask on a local 2-worker cluster (processes): the lazy frame equals vetdicom.dataframe,
thumbnails come back as PNGs (or files), errors stay per file."""

import os
import sys

import pytest

import vetdicom
from conftest import PACKAGE_ROOT, corpus_entries, corpus_path

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")
import vetdicom.dask as vdask  # noqa: E402


@pytest.fixture(scope="module")
def client():
    # Workers are new processes: they find this source tree and the library through the environment.
    src = str(PACKAGE_ROOT / "src")
    old = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = src + (os.pathsep + old if old else "")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                       memory_limit="1GiB", silence_logs=40)
    c = distributed.Client(cluster)
    try:
        yield c
    finally:
        c.close()
        cluster.close()
        if old is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = old


def _paths(n=24):
    return [corpus_path(p.values[0]) for p in corpus_entries()][:n]


def test_dataframe_matches_local(client, tmp_path):
    paths = _paths()
    if not paths:
        pytest.skip("no corpus")
    bad = tmp_path / "bad.dcm"
    bad.write_bytes(b"x" * 300)
    paths = paths + [bad]
    ddf = vdask.dataframe(paths, npartitions=4)
    assert ddf.npartitions == 4
    got = ddf.compute().reset_index(drop=True)
    ref = vetdicom.dataframe(paths)
    assert list(got.columns) == list(ref.columns)
    assert got["path"].tolist() == [str(p) for p in paths]
    for col in ("SOPInstanceUID", "Modality", "Rows", "PatientSpeciesDescription", "error"):
        a = [None if pd.isna(v) else str(v) for v in got[col].tolist()]  # NaN/NA -> None
        b = [None if pd.isna(v) else str(v) for v in ref[col].tolist()]
        assert a == b, col
    assert got["error"].iloc[-1]
    # only paths travel: the graph holds strings, not Files
    assert ddf["Modality"].dropna().nunique().compute() >= 1


def test_thumbnails(client, tmp_path):
    entries = [p.values[0] for p in corpus_entries(lambda e: (e.get("pixels") or {}).get("frames_sha256"))][:6]
    if not entries:
        pytest.skip("no decodable corpus file")
    paths = [corpus_path(e) for e in entries] + [tmp_path / "missing.dcm"]
    res = vdask.thumbnails(paths, size=64, npartitions=2).compute()
    assert [r[0] for r in res] == [str(p) for p in paths]
    ok = [r for r in res if r[2] is None]
    assert len(ok) >= 1 and all(r[1][:8] == b"\x89PNG\r\n\x1a\n" for r in ok)
    assert res[-1][1] is None and res[-1][2]
    out = tmp_path / "thumbs"
    out.mkdir()
    written = vdask.thumbnails(paths[:2], size=32, out_dir=str(out), fmt="jpeg").compute()
    assert all(os.path.getsize(r[1]) > 0 for r in written if r[2] is None)


def test_transcode_guarded(tmp_path):
    if hasattr(vetdicom, "transcode"):
        pytest.skip("vetdicom.transcode exists: covered by the codecs tests")
    with pytest.raises(NotImplementedError):
        vdask.transcode(["a.dcm"], str(tmp_path), "1.2.840.10008.1.2.1")


def test_partition_paths():
    assert vdask.partition_paths([]) == []
    parts = vdask.partition_paths(["a", "b", "c", "d", "e"], npartitions=2)
    assert parts == [["a", "b", "c"], ["d", "e"]]
    assert len(vdask.partition_paths(["p%d" % i for i in range(4500)])) == 3
