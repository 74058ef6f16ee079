"""parse_bench: open and read all metadata of every corpus file, side by side in one run.

  vetdicom C      vd_bench parse: open, walk every element of the meta group and data set
                  (sequences recursively), every value as text (vetdicom_dataset_get_string),
                  the data set as DICOM JSON, the patient and image info; close.
  vetdicom Py     the Python bindings: vetdicom.open, iterate every element (items recursively),
                  element.value, f.to_json(); close.
  pydicom         pydicom.dcmread(path) + str(value) of every element (ds.iterall(), file meta).
  dcmdump         one process per file: `dcmdump +L FILE` (stdout to /dev/null); also shown minus
                  the median of a no-op process (/bin/true) to separate process start-up.
  vetdicom dump   one process per file: `vetdicom-cli dump FILE` (the CLI), for a like-for-like
                  process comparison with dcmdump.

Per file: median of repetitions (after one warm-up); totals: sums of the per-file medians over
the files every in-process tool opened. Writes bench/results/parse.md.
Usage: python3 parse_bench.py [--quick]
       python3 parse_bench.py --python [--label before|after]   only the Python-overhead table
       (vetdicom Python vs pydicom: open + image description, DICOM JSON, walk of every top-level
       value), written into the "## Python overhead" section of bench/results/parse.md.
"""

import os
import statistics
import subprocess
import sys

from common import (CORPUS, RESULTS, VD_BENCH, VD_CLI, WORK, fmt_ms, fmt_ratio, log, machine_info, manifest,
                    run, table, time_process, timeit)

QUICK = "--quick" in sys.argv
BUDGET = 0.02 if QUICK else 0.05
PROC_REPS = 2 if QUICK else 3


def import_vetdicom():
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "bindings", "python", "src"))
    os.environ.setdefault("VETDICOM_LIBRARY", os.path.join(WORK, "lib", "libvetdicom.so.1"))
    import vetdicom  # noqa: E402
    return vetdicom


def vd_py_walk(vetdicom, ds):
    n = 0
    for el in ds:
        n += 1
        if el.vr == "SQ":
            for item in ds.sequence(el.tag):
                n += vd_py_walk(vetdicom, item)
            continue
        try:
            el.value
        except vetdicom.VetDICOMError:
            pass
    return n


def vd_py_once(vetdicom, path):
    with vetdicom.open(path) as f:
        vd_py_walk(vetdicom, f.meta)
        vd_py_walk(vetdicom, f.dataset)
        f.to_json()
        f.patient
        f.image


def pydicom_once(path):
    import pydicom
    ds = pydicom.dcmread(path)
    n = 0
    for el in ds.file_meta.iterall() if hasattr(ds, "file_meta") else []:
        str(el.value)
        n += 1
    for el in ds.iterall():
        try:
            str(el.value)
        except Exception:  # noqa: BLE001 - a value pydicom cannot convert still counts as read
            pass
        n += 1
    return n


def large_files():
    """Open/RSS measurements on the synthetic ~1 GB files (each in a fresh child process)."""
    paths = run([sys.executable, os.path.join(os.path.dirname(__file__), "make_large.py"), WORK]).split()
    base = run([VD_BENCH, "baseline"]).split("\t")
    rows = []
    for p in paths:
        size = os.path.getsize(p)
        for mode, what in (("open", "open + walk + JSON + patient + image info"), ("last", "open + decode last frame")):
            res = []
            for _ in range(3):
                wall, rss, status, anon, filek = run([VD_BENCH, "rss", mode, p]).split("\t")
                res.append((float(wall), int(rss), int(status), int(anon), int(filek)))
            wall = statistics.median(r[0] for r in res)
            rss = max(r[1] for r in res)
            anon = max(r[3] for r in res)
            filek = max(r[4] for r in res)
            rows.append([os.path.basename(p), "%.0f MB" % (size / 1e6), what, "%.1f" % wall,
                         "%.0f" % (rss / 1024), "%.1f" % (anon / 1024), "%.0f" % (filek / 1024),
                         "%.2f%%" % (100.0 * rss * 1024 / size), "ok" if res[0][2] == 0 else "status %d" % res[0][2]])
    # pydicom reference: dcmread (reads the pixel data into memory by default).
    for p in paths:
        hwm = "int([l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1])"
        code = ("import pydicom,time,sys;t=time.perf_counter();ds=pydicom.dcmread(sys.argv[1]);"
                "[str(e.value) for e in ds.iterall() if e.tag!=0x7fe00010];"
                "print('%.1f\\t%d'%((time.perf_counter()-t)*1e3," + hwm + "))")
        base_py = run([sys.executable, "-c", "import pydicom;print(" + hwm + ")"])
        wall, rss = run([sys.executable, "-c", code, p]).split("\t")
        rows.append([os.path.basename(p), "%.0f MB" % (os.path.getsize(p) / 1e6), "pydicom dcmread + str(values)", wall,
                     "%.0f" % (int(rss) / 1024), "—", "—", "%.1f%%" % (100.0 * int(rss) * 1024 / os.path.getsize(p)),
                     "python+pydicom baseline %.0f MB" % (int(base_py) / 1024)])
    hdr = ["file", "size", "operation", "wall ms", "peak RSS MB (VmHWM)", "RssAnon MB", "RssFile MB",
           "peak RSS / size", "note"]
    return table(hdr, rows, ["l", "r", "l", "r", "r", "r", "r", "r", "l"]), int(base[0])


PY_OPS = ("open + image description", "DICOM JSON", "walk of every top-level value")
PY_GOALS = {"open + image description": 20.0, "DICOM JSON": 20.0, "walk of every top-level value": 5.0}


def py_vd_ops(vetdicom, path):
    def describe():
        with vetdicom.open(path) as f:
            f.image

    def as_json():
        with vetdicom.open(path) as f:
            f.to_json()

    def walk():
        with vetdicom.open(path) as f:
            for el in f:
                try:
                    el.value
                except vetdicom.VetDICOMError:
                    pass

    return dict(zip(PY_OPS, (describe, as_json, walk)))


def py_pydicom_ops(path):
    import pydicom

    def describe():
        ds = pydicom.dcmread(path)
        (ds.get("Rows"), ds.get("Columns"), ds.get("NumberOfFrames"), ds.get("SamplesPerPixel"), ds.get("BitsAllocated"),
         ds.get("BitsStored"), ds.get("HighBit"), ds.get("PixelRepresentation"), ds.get("PhotometricInterpretation"),
         ds.get("PlanarConfiguration"), ds.file_meta.get("TransferSyntaxUID") if hasattr(ds, "file_meta") else None)

    def as_json():
        pydicom.dcmread(path).to_json()

    def walk():
        ds = pydicom.dcmread(path)
        for el in ds:
            try:
                el.value
            except Exception:  # noqa: BLE001
                pass

    return dict(zip(PY_OPS, (describe, as_json, walk)))


def python_overhead(label):
    """The Python-overhead table: vetdicom's binding against pydicom, per operation, summed over the
    files both open; replaces the section of bench/results/parse.md for `label`."""
    vetdicom = import_vetdicom()
    files = [os.path.join(CORPUS, f["path"]) for f in manifest()["files"]]
    tot = {op: [0.0, 0.0] for op in PY_OPS}
    n_ok = 0
    for i, path in enumerate(files):
        log("python overhead [%d/%d] %s" % (i + 1, len(files), os.path.relpath(path, CORPUS)))
        try:
            vd_ops, pd_ops = py_vd_ops(vetdicom, path), py_pydicom_ops(path)
            res = {op: (timeit(vd_ops[op], BUDGET / 3)[0], timeit(pd_ops[op], BUDGET / 3)[0]) for op in PY_OPS}
        except Exception:  # noqa: BLE001 - a file either tool refuses is left out of the sums
            continue
        n_ok += 1
        for op in PY_OPS:
            tot[op][0] += res[op][0]
            tot[op][1] += res[op][1]
    rows = [[op, fmt_ms(tot[op][0]), fmt_ms(tot[op][1]), fmt_ratio(tot[op][1] / tot[op][0]), "%.0fx" % PY_GOALS[op]]
            for op in PY_OPS]
    head = "### Python overhead, %s (%d files both open; %s)" % (label, n_ok, "; ".join(l.lstrip("- ") for l in machine_info()[:2]))
    section = "\n".join([head, "", table(["operation", "vetdicom Python ms (total)", "pydicom ms (total)",
                                            "pydicom / vetdicom", "goal"], rows, ["l", "r", "r", "r", "r"]), ""])
    path = os.path.join(RESULTS, "parse.md")
    text = open(path).read() if os.path.exists(path) else "# Metadata benchmark (parse_bench)\n"
    marker = "## Python overhead"
    if marker not in text:
        text = text.rstrip("\n") + "\n\n" + marker + "\n\n" + \
            "Sums of per-file medians (CPU time) over the corpus; `python3 bench/parse_bench.py --python --label L`.\n\n"
    start = text.find("### Python overhead, %s " % label)
    if start >= 0:
        end = text.find("\n### ", start + 1)
        end2 = text.find("\n## ", start + 1)
        ends = [e for e in (end, end2) if e >= 0]
        end = min(ends) + 1 if ends else len(text)
        text = text[:start] + section + "\n" + text[end:]
    else:
        pos = text.find(marker) + len(marker)
        nxt = text.find("\n## ", pos)
        nxt = len(text) if nxt < 0 else nxt + 1
        text = text[:nxt].rstrip("\n") + "\n\n" + section + "\n" + text[nxt:]
    with open(path, "w") as f:
        f.write(text)
    print(section)


def main():
    if "--python" in sys.argv:
        label = sys.argv[sys.argv.index("--label") + 1] if "--label" in sys.argv else "now"
        python_overhead(label)
        return
    vetdicom = import_vetdicom()
    m = manifest()
    files = [f["path"] for f in m["files"]]
    os.makedirs(WORK, exist_ok=True)
    listfile = os.path.join(WORK, "parse_list.txt")
    with open(listfile, "w") as f:
        f.write("\n".join(os.path.join(CORPUS, p) for p in files) + "\n")

    log("parse: vetdicom C ...")
    vd = {}
    for line in run([VD_BENCH, "parse", listfile, str(BUDGET * 1e3)]).splitlines():
        path, us, reps, elements, status = line.split("\t")
        vd[os.path.relpath(path, CORPUS)] = (float(us) / 1e6 if int(status) == 0 else None, int(elements), int(status))

    # Where vetdicom's time goes: the same run with only part of the work after open.
    parts = {}
    for bits, label in ((0, "open + close only"), (1, "open + walk + every value as text"), (2, "open + DICOM JSON"),
                        (4, "open + patient + image info")):
        log("parse: vetdicom C, parts=%d ..." % bits)
        d = {}
        for line in run([VD_BENCH, "parse", listfile, str(BUDGET * 1e3), str(bits)]).splitlines():
            path, us, reps, elements, status = line.split("\t")
            d[os.path.relpath(path, CORPUS)] = float(us) / 1e6 if int(status) == 0 else None
        parts[label] = d

    true_s, _ = time_process(["/bin/true"], reps=20)
    # dcmdump on the smallest corpus file: process start-up plus DCMTK's data dictionary load.
    tiny = min(files, key=lambda rel: os.path.getsize(os.path.join(CORPUS, rel)))
    dcm_tiny, _ = time_process(["dcmdump", "+L", os.path.join(CORPUS, tiny)], reps=10)
    cli_tiny, _ = time_process([VD_CLI, "dump", os.path.join(CORPUS, tiny)], reps=10) if os.path.exists(VD_CLI) else (None, 0)
    have_cli = os.path.exists(VD_CLI)
    rows = []
    res = {}
    for i, rel in enumerate(files):
        path = os.path.join(CORPUS, rel)
        log("parse [%d/%d] %s" % (i + 1, len(files), rel))
        r = {"vd": vd.get(rel, (None, 0, -1))[0], "elements": vd.get(rel, (None, 0, -1))[1]}
        try:
            r["vdpy"] = timeit(lambda: vd_py_once(vetdicom, path), BUDGET)[0]
        except vetdicom.VetDICOMError:
            r["vdpy"] = None
        try:
            r["pyd"] = timeit(lambda: pydicom_once(path), BUDGET)[0]
        except Exception:  # noqa: BLE001 - pydicom refuses some files: recorded as failed
            r["pyd"] = None
        t, rc = time_process(["dcmdump", "+L", path], reps=PROC_REPS)
        r["dcm"] = t if rc == 0 else None
        if have_cli:
            t, rc = time_process([VD_CLI, "dump", path], reps=PROC_REPS)
            r["cli"] = t if rc == 0 else None
        res[rel] = r

    def ratio(a, b):
        return a / b if a and b else None

    for rel in files:
        r = res[rel]
        rows.append([rel, os.path.getsize(os.path.join(CORPUS, rel)), r["elements"], fmt_ms(r["vd"]), fmt_ms(r["vdpy"]),
                     fmt_ms(r["pyd"]), fmt_ratio(ratio(r["pyd"], r["vd"])), fmt_ms(r["dcm"]),
                     fmt_ms(r["dcm"] - true_s if r["dcm"] else None), fmt_ms(r.get("cli")),
                     fmt_ms(r["cli"] - true_s if r.get("cli") else None)])

    ok = [rel for rel in files if res[rel]["vd"] and res[rel]["pyd"] and res[rel]["dcm"] and res[rel]["vdpy"]]
    tot = {k: sum(res[rel][k] for rel in ok) for k in ("vd", "vdpy", "pyd", "dcm")}
    tot_cli = sum(res[rel]["cli"] for rel in ok if res[rel].get("cli")) if have_cli else None
    med = {k: statistics.median(res[rel][k] for rel in ok) for k in ("vd", "vdpy", "pyd", "dcm")}
    ratios_pyd = sorted(res[rel]["pyd"] / res[rel]["vd"] for rel in ok)
    ratios_dcm = sorted((res[rel]["dcm"] - true_s) / res[rel]["vd"] for rel in ok)
    slow = sorted(ok, key=lambda rel: res[rel]["pyd"] / res[rel]["vd"])[:8]

    large, base_rss = large_files()
    part_rows = [[label, fmt_ms(sum(d[rel] or 0 for rel in ok)), fmt_ms(statistics.median(d[rel] or 0 for rel in ok), 3)]
                 for label, d in parts.items()]
    part_rows.append(["all of the above (the vetdicom C row)", fmt_ms(tot["vd"]), fmt_ms(med["vd"], 3)])

    out = ["# Metadata benchmark (parse_bench)", "", *machine_info(), "",
           "## Summary", "",
           "Files: %d in the manifest; %d opened by every tool (totals and medians below are over these)."
           % (len(files), len(ok)), "",
           table(["tool", "total ms (sum of per-file medians)", "median ms per file", "pydicom / tool (totals)"], [
               ["vetdicom C API (walk + text + JSON)", fmt_ms(tot["vd"]), fmt_ms(med["vd"], 3), fmt_ratio(tot["pyd"] / tot["vd"])],
               ["vetdicom Python bindings", fmt_ms(tot["vdpy"]), fmt_ms(med["vdpy"], 3), fmt_ratio(tot["pyd"] / tot["vdpy"])],
               ["pydicom dcmread + str(values)", fmt_ms(tot["pyd"]), fmt_ms(med["pyd"], 3), "1.00x"],
               ["dcmdump +L (process)", fmt_ms(tot["dcm"]), fmt_ms(med["dcm"], 3), fmt_ratio(tot["pyd"] / tot["dcm"])],
               ["dcmdump minus no-op process", fmt_ms(tot["dcm"] - len(ok) * true_s), fmt_ms(med["dcm"] - true_s, 3),
                fmt_ratio(tot["pyd"] / (tot["dcm"] - len(ok) * true_s))],
               ["dcmdump minus dcmdump of the smallest file", fmt_ms(tot["dcm"] - len(ok) * dcm_tiny),
                fmt_ms(med["dcm"] - dcm_tiny, 3), fmt_ratio(tot["pyd"] / max(tot["dcm"] - len(ok) * dcm_tiny, 1e-9))],
               ["vetdicom dump (CLI process)", fmt_ms(tot_cli), "—", fmt_ratio(tot["pyd"] / tot_cli if tot_cli else None)],
               ["vetdicom dump minus no-op process", fmt_ms(tot_cli - len(ok) * true_s if tot_cli else None), "—", "—"],
           ], ["l", "r", "r", "r"]), "",
           "- No-op process (/bin/true): %s ms CPU. dcmdump of the smallest file (%s, %d bytes: start-up + "
           "DCMTK dictionary load): %s ms; `vetdicom dump` of the same file: %s ms."
           % (fmt_ms(true_s, 3), tiny, os.path.getsize(os.path.join(CORPUS, tiny)), fmt_ms(dcm_tiny, 3), fmt_ms(cli_tiny, 3)),
           "- Like for like (one process per file, text dump to /dev/null): dcmdump / vetdicom dump, totals: %s."
           % fmt_ratio(tot["dcm"] / tot_cli if tot_cli else None),
           "- Per-file speed-up of vetdicom C over pydicom: median %s, min %s, max %s (goal: >= 20x)."
           % (fmt_ratio(statistics.median(ratios_pyd)), fmt_ratio(ratios_pyd[0]), fmt_ratio(ratios_pyd[-1])),
           "- Per-file (dcmdump minus no-op process) / vetdicom C: median %s, min %s, max %s (goal: > 1x)."
           % (fmt_ratio(statistics.median(ratios_dcm)), fmt_ratio(ratios_dcm[0]), fmt_ratio(ratios_dcm[-1])),
           "- Slowest relative to pydicom: " + ", ".join("%s (%s)" % (os.path.basename(r), fmt_ratio(res[r]["pyd"] / res[r]["vd"])) for r in slow),
           "",
           "### Where vetdicom's time goes (C API, same files)", "",
           table(["work after open", "total ms", "median ms per file"], part_rows), "",
           "## Large multi-frame files (synthetic, written by make_large.py)", "",
           "Each row is a fresh child process (median wall time of 3 runs, max RSS). Baseline RSS of the C "
           "benchmark process with libvetdicom loaded and nothing opened: %.1f MB. Page cache warm. "
           "Peak RSS (VmHWM of the child; ru_maxrss is inherited from the Python parent across fork+exec) counts "
           "file pages mapped into the process (RssFile: shared, reclaimable page cache) as well as private memory "
           "(RssAnon); RssAnon/RssFile are read just before the file is closed." % (base_rss / 1024),
           "", large, "",
           "## Method", "",
           "- vetdicom C: `vd_bench parse` (bench/vd_bench.c) against the release libvetdicom.so: per file one "
           "untimed warm-up, then repetitions for %.0f ms (at least 3; 1 when the warm-up alone exceeded the budget), median. "
           "Each repetition opens the file, walks the meta group and the data set with "
           "`vetdicom_dataset_count/element_at`, reads every non-sequence value with "
           "`vetdicom_dataset_get_string(key = \"GGGGEEEE\", -1)` (OB/OW/UN are TYPE_MISMATCH by design and only their length is read), "
           "recurses into every item, writes the data set as DICOM JSON, fills the patient and image info, closes." % (BUDGET * 1e3),
           "- All times are CPU time (user + sys): CLOCK_PROCESS_CPUTIME_ID in C, time.process_time in Python, "
           "wait4 rusage for processes. The 2 CPUs were shared with other engineers' builds and tests (load average "
           "above), so wall time would mostly measure them; CPU time of single-threaded work is close to what an idle "
           "machine's wall time would be. Exception: the large-file table reports wall time.",
           "- vetdicom Python / pydicom: same repetition rule, in this process.",
           "- pydicom reads the whole file including pixel data (its default); vetdicom maps the file and reads values lazily: "
           "that difference is part of what is measured.",
           "- Processes: %d timed runs after 1 warm-up, median CPU time of the child." % PROC_REPS,
           "- Files that a tool fails to open show —; they are left out of the totals.",
           "",
           "## Per file", "",
           table(["file", "bytes", "elements", "vetdicom C ms", "vetdicom Py ms", "pydicom ms", "pydicom / vd C",
                  "dcmdump ms", "dcmdump − no-op ms", "vetdicom dump ms", "vetdicom dump − no-op ms"], rows,
                 ["l"] + ["r"] * 10),
           ""]
    os.makedirs(RESULTS, exist_ok=True)
    with open(os.path.join(RESULTS, "parse.md"), "w") as f:
        f.write("\n".join(out))
    log("wrote %s" % os.path.join(RESULTS, "parse.md"))


if __name__ == "__main__":
    main()
