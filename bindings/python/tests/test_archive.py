"""The clinic archive: vetdicom.patients / vetdicom.storage and the `patients` / `storage`
commands, on a synthetic archive (scripts/make_clinic_archive.py, ground truth outside the
files) and on the corpus. Checks grouping quality floors, the hard negatives, the JSON shape,
and storage totals against a recomputation with pydicom and os.stat."""

import itertools
import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pydicom
import pytest

import vetdicom
from conftest import REPO_ROOT, corpus_dir

GENERATOR = REPO_ROOT / "scripts" / "make_clinic_archive.py"


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("clinic") / "archive"
    subprocess.run([sys.executable, str(GENERATOR), str(root), "--animals", "30", "--seed", "3"], check=True,
                   capture_output=True)
    truth = json.loads(Path(str(root) + ".truth.json").read_text())
    return root, truth


@pytest.fixture(scope="module")
def report(archive):
    return vetdicom.patients(archive[0])


def _groups(report, root):
    return {os.path.relpath(f, root): gi for gi, p in enumerate(report["patients"]) for f in p["files"]}


def test_patients_json_shape(report):
    assert set(report) >= {"patients", "issues", "summary"}
    for p in report["patients"]:
        assert set(p) >= {"animal_name", "owner", "species", "breed", "patient_ids", "names_seen", "files", "reasons"}
        assert isinstance(p["patient_ids"], list) and isinstance(p["names_seen"], list) and p["files"]
        assert p["reasons"], p
    for i in report["issues"]:
        assert set(i) >= {"kind", "message", "files"} and i["message"]


def test_every_file_grouped_once_and_non_dicom_skipped(archive, report):
    root, truth = archive
    seen = [os.path.relpath(f, root) for p in report["patients"] for f in p["files"]]
    assert sorted(seen) == sorted(truth["files"])
    skipped = {os.path.relpath(s["file"], root) for s in report["summary"]["skipped"]}
    assert skipped == set(truth["non_dicom"])


def test_pairwise_precision_recall_floor(archive, report):
    root, truth = archive
    pred = _groups(report, root)
    tp = fp = fn = 0
    for a, b in itertools.combinations(sorted(truth["files"]), 2):
        same_true = truth["files"][a] == truth["files"][b]
        same_pred = pred[a] == pred[b]
        tp += same_true and same_pred
        fp += same_pred and not same_true
        fn += same_true and not same_pred
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    assert precision >= 0.99, (precision, fp)
    assert recall >= 0.95, (recall, fn)


def test_hard_negatives_never_merged(archive, report):
    root, truth = archive
    pred = _groups(report, root)
    by_animal = defaultdict(list)
    for f, a in truth["files"].items():
        by_animal[a].append(f)
    pairs = [(a, b) for a, b, _ in truth["hard_negatives"]] + [tuple(truth["shared_id"])]
    assert len(pairs) >= 7
    for a, b in pairs:
        ga = {pred[f] for f in by_animal[a]}
        gb = {pred[f] for f in by_animal[b]}
        assert not (ga & gb), (a, b, truth["animals"][a], truth["animals"][b])


def test_issues_name_shared_id_and_typos(archive, report):
    root, truth = archive
    kinds = {i["kind"] for i in report["issues"]}
    assert "id_shared" in kinds  # the front-desk mistake: one ID for two animals
    shared = [i for i in report["issues"] if i["kind"] == "id_shared"]
    extra = truth["shared_id"][1]
    extra_files = {f for f, a in truth["files"].items() if a == extra}
    assert any(extra_files & {os.path.relpath(f, root) for f in i["files"]} for i in shared)


def test_species_from_text_and_codes(archive, report):
    root, truth = archive
    pred = _groups(report, root)
    for p in report["patients"]:
        animals = {truth["files"][os.path.relpath(f, root)] for f in p["files"]}
        if len(animals) == 1 and p["species"]:
            assert p["species"] == truth["animals"][animals.pop()]["species"], p


def test_cli_json_stdout_is_only_json(archive):
    cli = os.environ.get("VETDICOM_CLI")
    if not cli or not os.path.exists(cli):
        pytest.skip("VETDICOM_CLI not set (run through ctest)")
    root, truth = archive
    r = subprocess.run([cli, "patients", str(root), "--json"], capture_output=True, check=False)
    assert r.returncode == 0  # findings are not failures
    doc = json.loads(r.stdout)
    assert len(doc["patients"]) >= len(truth["animals"]) - 1
    assert b"animal" in r.stderr  # the summary goes to stderr
    r = subprocess.run([cli, "storage", str(root), "--json", "--sample", "4"], capture_output=True, check=True)
    assert json.loads(r.stdout)["files"] == len(truth["files"])
    r = subprocess.run([cli, "patients", str(root)], capture_output=True, check=True)
    assert b"issue(s) worth a look" in r.stdout


def _python_storage(root):
    files = nbytes = 0
    by_mod = defaultdict(lambda: [0, 0])
    by_year = defaultdict(lambda: [0, 0])
    studies = set()
    for dirpath, _, names in os.walk(root):
        for n in names:
            p = os.path.join(dirpath, n)
            try:
                ds = pydicom.dcmread(p, stop_before_pixels=True)
                uid = ds.SOPInstanceUID
            except Exception:
                continue
            size = os.path.getsize(p)
            files += 1
            nbytes += size
            by_mod[ds.Modality][0] += 1
            by_mod[ds.Modality][1] += size
            y = str(ds.StudyDate)[:4]
            by_year[y][0] += 1
            by_year[y][1] += size
            studies.add(ds.StudyInstanceUID)
    return files, nbytes, by_mod, by_year, studies


def test_storage_totals_equal_python_recomputation(archive):
    root, truth = archive
    s = vetdicom.storage(root)
    files, nbytes, by_mod, by_year, studies = _python_storage(root)
    assert s["files"] == files == len(truth["files"])
    assert s["bytes"] == nbytes
    assert {k: [v["files"], v["bytes"]] for k, v in s["by_modality"].items()} == {k: v for k, v in by_mod.items()}
    assert {k: [v["files"], v["bytes"]] for k, v in s["by_year"].items()} == {k: v for k, v in by_year.items()}
    assert s["studies"] == len(studies) == len(s["by_study"])
    assert sum(x["bytes"] for x in s["by_study"]) == nbytes
    assert [p["years"] for p in s["projection"]] == [1, 3, 5]
    for p in s["projection"]:
        assert p["total_bytes"] == nbytes + p["added_bytes"] and p["backup_321_bytes"] == 3 * p["total_bytes"]
    assert s["backup_321"]["bytes"] == 3 * nbytes
    jls = s["lossless_savings"]["jpeg_ls"]
    assert jls["measured"] is True and 0 < jls["sample_encoded_bytes"] < jls["sample_original_bytes"]
    htj2k = s["lossless_savings"]["htj2k"]
    assert htj2k["measured"] is True and 0 < htj2k["sample_encoded_bytes"]
    assert jls["sample_files"] >= 4 and jls["projected_saved_bytes"] > 0
    assert s["skipped_files"] == len(truth["non_dicom"])


def test_storage_html_is_offline(archive):
    html = vetdicom.storage_html(archive[0])
    assert html.startswith("<!DOCTYPE html>") and html.count("<svg") >= 3
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "") and "https://" not in html
    assert "<script" not in html


def test_missing_folder_is_an_io_error(tmp_path):
    with pytest.raises(vetdicom.VetDICOMIOError):
        vetdicom.patients(tmp_path / "missing")


def test_corpus_scan_accounts_for_every_file():
    d = corpus_dir()
    if d is None:
        pytest.skip("DICOM corpus not found: set VETDICOM_CORPUS")
    r = vetdicom.patients(d)
    total = sum(len(names) for _, _, names in os.walk(d))
    grouped = sum(len(p["files"]) for p in r["patients"])
    assert r["summary"]["files_scanned"] == total
    assert grouped + r["summary"]["skipped_files"] == total
    s = vetdicom.storage(d)
    assert s["files"] == grouped
