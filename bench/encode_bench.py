"""encode_bench: encoding time per transfer syntax, side by side in one run (not a test).

Frames: the first frame of three corpus files (CT-like 16-bit greyscale, 8-bit greyscale, RGB
8-bit), written as native single-frame files. For each syntax, in the same process, interleaved:
  vetdicom      f.transcode(out, ts) on the open native file, output on /dev/shm (decode of a
                native frame = copy, encode, Part 10 write + rename): the release libvetdicom
  imagecodecs   the same frame (numpy array) through imagecodecs' encoder for that codec
                (libjpeg-turbo 3, CharLS 2.4.3, OpenJPEG 2.5.4, OpenJPH 0.26): the codec called bare
  pydicom       Dataset.compress(ts) with its default plugin (where pydicom 3 can encode)
  dcmtk / gdcm  dcmcrle / dcmcjpls / dcmcjpeg and gdcmconv as processes (CPU time of the whole
                process, start-up included)
Plus the peak RSS of `vetdicom transcode` of the ~1 GiB native multi-frame file of
make_large.py to RLE and JPEG-LS (a process, ru_maxrss from wait4).
Figures: CPU milliseconds per frame (median). Writes bench/results/encode.md.
Usage: VETDICOM_LIBRARY=build/lib/libvetdicom.so.1 python3 encode_bench.py [--quick] [--no-large]
       [--syntaxes jpeg-ls,jpeg-ls-near] [--out FILE]
"""

import copy
import os
import subprocess
import sys
import time

import numpy as np
import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bindings", "python", "src"))
import vetdicom  # noqa: E402

from common import CORPUS, RESULTS, ROOT, WORK, log, machine_info, manifest, table, time_process, timeit  # noqa: E402

QUICK = "--quick" in sys.argv
BUDGET = 0.1 if QUICK else 0.3
SHM = "/dev/shm" if os.path.isdir("/dev/shm") else WORK
CLI = os.environ.get("VETDICOM_CLI", os.path.join(ROOT, "build", "bin", "vetdicom"))

SYNTAXES = [
    ("rle", "1.2.840.10008.1.2.5"), ("jpeg-lossless", "1.2.840.10008.1.2.4.70"),
    ("jpeg-baseline", "1.2.840.10008.1.2.4.50"), ("jpeg-ls", "1.2.840.10008.1.2.4.80"),
    ("jpeg-ls-near", "1.2.840.10008.1.2.4.81"), ("j2k", "1.2.840.10008.1.2.4.90"),
    ("j2k-lossy", "1.2.840.10008.1.2.4.91"), ("htj2k", "1.2.840.10008.1.2.4.201"),
    ("htj2k-lossy", "1.2.840.10008.1.2.4.203"),
]
if "--syntaxes" in sys.argv:  # e.g. --syntaxes jpeg-ls,jpeg-ls-near (a partial run)
    _only = sys.argv[sys.argv.index("--syntaxes") + 1].split(",")
    SYNTAXES = [(n, u) for n, u in SYNTAXES if n in _only]


def pick_frames():
    files = [e for e in manifest()["files"] if (e.get("pixels") or {}).get("status") == "agreed"]
    picks = []
    for label, ok in [
        ("CT 512x512 16-bit", lambda e: e["rows"] == 512 and e["columns"] == 512 and e["bits_allocated"] == 16
         and e["samples_per_pixel"] == 1 and e["pixel_representation"] == 0 and e["bits_stored"] <= 16),
        ("8-bit grey", lambda e: e["bits_allocated"] == 8 and e["samples_per_pixel"] == 1 and e["rows"] >= 256),
        ("RGB 8-bit", lambda e: e["bits_allocated"] == 8 and e["samples_per_pixel"] == 3 and e["rows"] >= 256
         and e["rows"] * e["columns"] <= 1024 * 1024),
    ]:
        e = next((e for e in files if ok(e)), None)
        if e is None:
            continue
        with vetdicom.open(os.path.join(CORPUS, e["path"])) as f:
            arr = np.ascontiguousarray(f.frame(0))
        picks.append((label, e, arr))
    return picks


def native_file(label, e, arr):
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.7"
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID, ds.SOPInstanceUID = meta.MediaStorageSOPClassUID, meta.MediaStorageSOPInstanceUID
    ds.Modality = "OT"
    ds.Rows, ds.Columns = arr.shape[0], arr.shape[1]
    ds.SamplesPerPixel = 3 if arr.ndim == 3 else 1
    ds.PhotometricInterpretation = "RGB" if arr.ndim == 3 else "MONOCHROME2"
    if arr.ndim == 3:
        ds.PlanarConfiguration = 0
    ds.BitsAllocated = arr.dtype.itemsize * 8
    ds.BitsStored = e["bits_stored"] if arr.dtype.itemsize == 2 else 8
    ds.HighBit = ds.BitsStored - 1
    ds.PixelRepresentation = 0
    ds.PixelData = arr.tobytes()
    path = os.path.join(WORK, "enc_%s.dcm" % label.split()[0].replace("-", ""))
    ds.save_as(path, enforce_file_format=True)
    return path, ds


def imagecodecs_fn(name, arr, bits):
    import imagecodecs as ic
    rgb = arr.ndim == 3
    table_ = {
        "jpeg-lossless": lambda: ic.jpeg8_encode(arr, lossless=True, predictor=1, bitspersample=bits),
        "jpeg-baseline": lambda: ic.jpeg8_encode(arr, level=90, subsampling="422" if rgb else None),
        "jpeg-ls": lambda: ic.jpegls_encode(arr, level=0),
        "jpeg-ls-near": lambda: ic.jpegls_encode(arr, level=2),
        "j2k": lambda: ic.jpeg2k_encode(arr, level=0, codecformat="J2K", reversible=True, numthreads=1),
        "j2k-lossy": lambda: ic.jpeg2k_encode(arr, level=10, codecformat="J2K", reversible=False, numthreads=1),
        "htj2k": lambda: ic.htj2k_encode(arr, level=0),
        "htj2k-lossy": lambda: ic.htj2k_encode(arr, level=90),
    }
    fn = table_.get(name)
    if fn is None:
        return None
    try:
        fn()
    except Exception as exc:  # noqa: BLE001 - reported as n/a
        log("imagecodecs %s: %s" % (name, exc))
        return None
    return fn


# pydicom's JPEG-LS near-lossless default is jls_error 0 (lossless coding); give it vetdicom's
# default NEAR (near_lossless 2) so the two do the same work.
PYDICOM_OPTIONS = {"1.2.840.10008.1.2.4.81": {"jls_error": 2}}


def pydicom_fn(ds, uid):
    def go():
        d = copy.deepcopy(ds)  # compress changes the data set and its file meta in place
        d.compress(uid, **PYDICOM_OPTIONS.get(uid, {}))
    try:
        go()
    except Exception:  # noqa: BLE001 - pydicom has no encoder for this syntax
        return None
    return go


PROCESSES = {
    "rle": [("dcmcrle", ["dcmcrle", "{i}", "{o}"]), ("gdcmconv", ["gdcmconv", "--rle", "{i}", "{o}"])],
    "jpeg-lossless": [("dcmcjpeg", ["dcmcjpeg", "+e1", "{i}", "{o}"]), ("gdcmconv", ["gdcmconv", "--jpeg", "{i}", "{o}"])],
    "jpeg-baseline": [("dcmcjpeg", ["dcmcjpeg", "+eb", "+q", "90", "{i}", "{o}"]),
                      ("gdcmconv", ["gdcmconv", "--jpeg", "--lossy", "-q", "90", "{i}", "{o}"])],
    "jpeg-ls": [("dcmcjpls", ["dcmcjpls", "{i}", "{o}"]), ("gdcmconv", ["gdcmconv", "--jpegls", "{i}", "{o}"])],
    "jpeg-ls-near": [("dcmcjpls", ["dcmcjpls", "+en", "+md", "2", "{i}", "{o}"])],
    "j2k": [("gdcmconv", ["gdcmconv", "--j2k", "{i}", "{o}"])],
}


def bench_frames():
    rows = []
    for label, e, arr in pick_frames():
        path, ds = native_file(label, e, arr)
        bits = int(ds.BitsStored)
        log("%s: %s %s" % (label, e["path"], arr.shape))
        with vetdicom.open(path) as f:
            for name, uid in SYNTAXES:
                out = os.path.join(SHM, "enc_out.dcm")
                try:
                    f.transcode(out, name)
                except vetdicom.VetDICOMError as exc:
                    rows.append([label, name, "refused (%d)" % exc.status, "", "", "", "", "", ""])
                    continue
                size = os.path.getsize(out)
                ic_fn = imagecodecs_fn(name, arr, bits)
                pd_fn = pydicom_fn(ds, uid)
                t_vd = []
                t_ic = []
                for _ in range(3):  # interleaved rounds
                    t_vd.append(timeit(lambda: f.transcode(out, name), BUDGET)[0])
                    if ic_fn:
                        t_ic.append(timeit(ic_fn, BUDGET)[0])
                vd = min(t_vd)
                ic = min(t_ic) if t_ic else None
                pd = timeit(pd_fn, BUDGET, min_reps=1)[0] if pd_fn else None
                procs = []
                for pname, argv in PROCESSES.get(name, []):
                    o = os.path.join(SHM, "enc_proc.dcm")
                    t, rc = time_process([a.format(i=path, o=o) for a in argv], reps=3)
                    procs.append("%s %.1f" % (pname, t * 1000) if rc == 0 else "%s failed" % pname)
                rows.append([label, name, "%.2f" % (vd * 1000), "%.2f" % (ic * 1000) if ic else "n/a",
                             "%.2f" % (vd / ic) if ic else "", "%.1f" % (pd * 1000) if pd else "n/a",
                             "; ".join(procs), "%.2f" % (arr.nbytes / size), str(size)])
    return rows


def bench_large():
    try:
        path = subprocess.run([sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "make_large.py")],
                              capture_output=True, text=True, check=True).stdout.split()[0]
    except Exception as exc:  # noqa: BLE001
        return [["make_large.py failed: %s" % exc, "", "", ""]]
    rows = []
    size = os.path.getsize(path)
    for ts in ("rle", "jpeg-ls"):
        out = os.path.join(WORK, "large_out.dcm")
        p = subprocess.Popen([CLI, "transcode", path, out, "--ts", ts], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        # Sampled peaks of anonymous (heap) and file-backed (the mapped source) resident memory.
        anon = filebacked = 0
        while True:
            res = os.wait4(p.pid, os.WNOHANG)
            if res[0] != 0:
                _, status, ru = res
                break
            try:
                with open("/proc/%d/status" % p.pid) as fh:
                    for line in fh:
                        if line.startswith("RssAnon:"):
                            anon = max(anon, int(line.split()[1]))
                        elif line.startswith("RssFile:"):
                            filebacked = max(filebacked, int(line.split()[1]))
            except OSError:
                pass
            time.sleep(0.02)
        rc = os.waitstatus_to_exitcode(status)
        osize = os.path.getsize(out) if os.path.exists(out) else 0
        rows.append([os.path.basename(path), "%.0f MB" % (size / 1e6), ts, "%.0f MB" % (ru.ru_maxrss / 1024),
                     "%.0f MB" % (anon / 1024), "%.0f MB" % (filebacked / 1024),
                     "%.1f s CPU" % (ru.ru_utime + ru.ru_stime), "%.0f MB" % (osize / 1e6) if rc == 0 else "exit %d" % rc])
        if os.path.exists(out):
            os.remove(out)
    return rows


def main():
    os.makedirs(WORK, exist_ok=True)
    if "--large-only" in sys.argv:
        text = "\n".join(["## Peak RSS of a 1 GiB transcode", "",
                          table(["file", "size", "target", "peak RSS", "peak RssAnon", "peak RssFile", "CPU", "output"],
                                bench_large())])
        print(text)
        return
    rows = bench_frames()
    lines = ["# Encoding benchmark (bench/encode_bench.py)", "", *machine_info(), "",
             "CPU ms per frame (median of interleaved rounds). vetdicom = `File.transcode` of a native single-frame",
             "file (copy + encode + Part 10 write on /dev/shm); imagecodecs = the codec bare on the numpy frame;",
             "pydicom = `Dataset.compress` (default plugin); processes = whole process CPU time incl. start-up.", "",
             table(["frame", "syntax", "vetdicom ms", "imagecodecs ms", "ratio", "pydicom ms", "processes ms",
                    "compression", "bytes"], rows)]
    if "--no-large" not in sys.argv:
        lines += ["", "## Peak RSS of a 1 GiB transcode (`vetdicom transcode`, a process)", "",
                  "ru_maxrss counts the pages of the memory-mapped source file the process has touched (clean, file-backed,",
                  "reclaimable page cache); RssAnon (sampled every 20 ms) is the memory the transcode allocates.", "",
                  table(["file", "size", "target", "peak RSS", "peak RssAnon", "peak RssFile", "CPU", "output"],
                        bench_large())]
    text = "\n".join(lines) + "\n"
    os.makedirs(RESULTS, exist_ok=True)
    dest = sys.argv[sys.argv.index("--out") + 1] if "--out" in sys.argv else os.path.join(RESULTS, "encode.md")
    with open(dest, "w") as fh:
        fh.write(text)
    print(text)


if __name__ == "__main__":
    main()
