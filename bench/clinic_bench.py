#!/usr/bin/env python3
"""Clinic archive benchmark: pairwise precision and recall of "same animal" and files/s of
`vetdicom patients` on a synthetic archive (scripts/make_clinic_archive.py).

    python3 bench/clinic_bench.py [--animals 300] [--seed 7] [--cli build/bin/vetdicom] [--out bench/results/clinic.md]

Pairwise: over every pair of DICOM files, "same animal" predicted (same group) against the
ground truth. Precision = correct merged pairs / predicted merged pairs; recall = correct
merged pairs / true same-animal pairs. Hard-negative pairs merged are counted separately.
Not a test: timings vary with the machine.
"""

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def evaluate(report, truth, root):
    files = truth["files"]
    pred = {}
    for gi, p in enumerate(report["patients"]):
        for f in p["files"]:
            pred[os.path.relpath(f, root)] = gi
    missing = [f for f in files if f not in pred]
    tp = fp = fn = 0
    groups_by_truth = {}
    for f, a in files.items():
        groups_by_truth.setdefault(a, []).append(f)
    # Count with group sizes instead of enumerating all pairs.
    pairs_pred = Counter()
    for f in files:
        if f in pred:
            pairs_pred[(pred[f], files[f])] += 1
    same_pred_total = Counter()
    for (g, a), c in pairs_pred.items():
        same_pred_total[g] += c
    for (g, a), c in pairs_pred.items():
        tp += c * (c - 1) // 2
    pred_pairs = sum(c * (c - 1) // 2 for c in same_pred_total.values())
    true_pairs = sum(len(v) * (len(v) - 1) // 2 for v in groups_by_truth.values())
    fp = pred_pairs - tp
    fn = true_pairs - tp
    hard = []
    for a, b, why in truth["hard_negatives"] + [[*truth.get("shared_id", []), "one patient ID for two animals"]]:
        fa = [f for f in groups_by_truth.get(a, []) if f in pred]
        fb = [f for f in groups_by_truth.get(b, []) if f in pred]
        merged = sum(1 for x, y in itertools.product(fa, fb) if pred[x] == pred[y])
        hard.append((a, b, why, merged))
    return {
        "precision": tp / pred_pairs if pred_pairs else 1.0,
        "recall": tp / true_pairs if true_pairs else 1.0,
        "tp": tp, "fp": fp, "fn": fn, "true_pairs": true_pairs, "pred_pairs": pred_pairs,
        "groups": len(report["patients"]), "animals": len(groups_by_truth), "missing": missing, "hard": hard,
        "skipped": report["summary"]["skipped_files"], "non_dicom": len(truth["non_dicom"]),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--animals", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "bin", "vetdicom"))
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", default=os.path.join(HERE, "results", "clinic.md"))
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="clinic-bench-")
    arch = os.path.join(tmp, "archive")
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "make_clinic_archive.py"), arch,
                    "--animals", str(args.animals), "--seed", str(args.seed)], check=True)
    truth = json.load(open(arch + ".truth.json"))
    nfiles = len(truth["files"]) + len(truth["non_dicom"])
    runs = []
    for _ in range(3):
        t0 = time.perf_counter()
        out = subprocess.run([args.cli, "patients", arch, "--json", "--threads", str(args.threads)],
                             check=True, capture_output=True).stdout
        runs.append(time.perf_counter() - t0)
    report = json.loads(out)
    r = evaluate(report, truth, arch)
    best = min(runs)
    kinds = Counter(i["kind"] for i in report["issues"])
    lines = [
        "# Clinic archive benchmark (`vetdicom patients`)",
        "",
        f"Synthetic archive: `scripts/make_clinic_archive.py --animals {args.animals} --seed {args.seed}`: "
        f"{len(truth['files'])} DICOM files of {r['animals']} animals and {r['non_dicom']} non-DICOM files.",
        f"Command: `vetdicom patients DIR --json --threads {args.threads}` (best of 3, whole process; {os.cpu_count()} CPUs shared).",
        "",
        "| measure | value |",
        "|---|---|",
        f"| pairwise precision | {r['precision']:.4f} ({r['tp']} of {r['pred_pairs']} merged pairs correct) |",
        f"| pairwise recall | {r['recall']:.4f} ({r['tp']} of {r['true_pairs']} same-animal pairs found) |",
        f"| groups / true animals | {r['groups']} / {r['animals']} |",
        f"| files/s | {nfiles / best:.0f} ({nfiles} files in {best:.3f} s) |",
        f"| non-DICOM skipped | {r['skipped']} of {r['non_dicom']} |",
        f"| DICOM files missing from the report | {len(r['missing'])} |",
        "",
        "Hard negatives (file pairs wrongly merged, must be 0):",
        "",
    ]
    for a, b, why, merged in r["hard"]:
        lines.append(f"- {a} / {b} ({why}): {merged}")
    lines += ["", "Issues reported: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), ""]
    text = "\n".join(lines)
    print(text)
    if args.out:
        os.makedirs(os.path.dirname(args.out), exist_ok=True)
        with open(args.out, "w") as fh:
            fh.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
