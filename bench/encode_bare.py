"""encode_bare: vetdicom's encoders vs the same Debian libraries called bare (not a test).

Builds bench/encode_bare.c + encode_bare_ojph.cpp with cc/c++ and pkg-config against the
release libvetdicom (build/lib) and the Debian codec libraries vetdicom links (CharLS 2.4.1,
OpenJPEG 2.5.0, OpenJPH 0.9, libturbojpeg 2.1.5), then for each frame runs it over every
syntax: vetdicom_file_transcode (in process) vs the floor (the same call to explicit VR LE: read
+ Part 10 write, no codec) vs the bare library call, interleaved rounds, CPU time (see the C
file). RLE and JPEG lossless SV1 are native Swift: they are compared with dcmcrle / dcmcjpeg
+e1 / gdcmconv, whose per-frame encode time is taken from whole-process CPU time of a
K-frame file minus a 1-frame file, divided by K-1 (start-up and dictionary load cancel).
pydicom's `Dataset.compress` (default plugin) is timed for the syntaxes it can encode.

Frames: synthetic (made here with numpy: 2048x2048 16-bit, 12 bits stored, a smooth gradient
plus noise; 1024x1024 RGB 8-bit) and the first frame of three corpus files (read, never copied
into the repository). Writes bench/results/encode_bare.md.
Usage: VETDICOM_LIBRARY=build/lib/libvetdicom.so.1 python3 bench/encode_bare.py [--quick] [--out FILE]
       [--syntaxes jpeg-ls,jpeg-ls-near] [--before LIBDIR]
--syntaxes limits the run to those syntaxes; --before LIBDIR runs the same binary a second time
per frame with LD_LIBRARY_PATH=LIBDIR (another build's libvetdicom.so.1, e.g. main's copied
aside; it must export vetdicom_file_transcode_memory) and adds its figure as a "before ms" column.
"""

import os
import statistics
import subprocess
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import RESULTS, ROOT, WORK, _child_cpu, log, machine_info, table, timeit  # noqa: E402
from encode_bench import native_file, pick_frames, pydicom_fn  # noqa: E402

QUICK = "--quick" in sys.argv
BUDGET = "0.15" if QUICK else "0.4"
ROUNDS = "3" if QUICK else "5"
SHM = "/dev/shm" if os.path.isdir("/dev/shm") else WORK
LIB = os.path.join(ROOT, "build", "lib")
BIN = os.path.join(WORK, "encode_bare")
SYNTAXES = ["jpeg-ls", "jpeg-ls-near", "j2k", "j2k-lossy", "htj2k", "htj2k-rpcl", "htj2k-lossy",
            "jpeg-baseline", "rle", "jpeg-lossless"]
UIDS = {"rle": "1.2.840.10008.1.2.5", "jpeg-lossless": "1.2.840.10008.1.2.4.70", "jpeg-ls": "1.2.840.10008.1.2.4.80",
        "jpeg-ls-near": "1.2.840.10008.1.2.4.81", "j2k": "1.2.840.10008.1.2.4.90", "jpeg-baseline": "1.2.840.10008.1.2.4.50"}
BARE = {"jpeg-ls": "CharLS 2.4.1", "jpeg-ls-near": "CharLS 2.4.1", "j2k": "OpenJPEG 2.5.0", "j2k-lossy": "OpenJPEG 2.5.0",
        "htj2k": "OpenJPH 0.9", "htj2k-rpcl": "OpenJPH 0.9", "htj2k-lossy": "OpenJPH 0.9", "jpeg-baseline": "libturbojpeg 2.1.5"}
PROCS = {"rle": [("dcmcrle", ["dcmcrle", "{i}", "{o}"]), ("gdcmconv", ["gdcmconv", "--rle", "{i}", "{o}"])],
         "jpeg-lossless": [("dcmcjpeg", ["dcmcjpeg", "+e1", "{i}", "{o}"]), ("gdcmconv", ["gdcmconv", "--jpeg", "{i}", "{o}"])]}
K = 9  # frames of the multi-frame file for the process per-frame figure
if "--syntaxes" in sys.argv:
    SYNTAXES = [t for t in sys.argv[sys.argv.index("--syntaxes") + 1].split(",") if t in SYNTAXES]
BEFORE = sys.argv[sys.argv.index("--before") + 1] if "--before" in sys.argv else None


def run_bin(path, lib=None):
    env = dict(os.environ)
    if lib:
        env["LD_LIBRARY_PATH"] = lib  # searched before the binary's RUNPATH
    return subprocess.run([BIN, path, SHM, BUDGET, ROUNDS, *SYNTAXES], capture_output=True, text=True, env=env)


def build():
    os.makedirs(WORK, exist_ok=True)
    cflags = subprocess.run(["pkg-config", "--cflags", "charls", "libopenjp2", "libturbojpeg"],
                            capture_output=True, text=True, check=True).stdout.split()
    libs = subprocess.run(["pkg-config", "--libs", "charls", "libopenjp2", "libturbojpeg"],
                          capture_output=True, text=True, check=True).stdout.split()
    obj = os.path.join(WORK, "encode_bare_ojph.o")
    subprocess.run(["c++", "-O2", "-c", os.path.join(HERE, "encode_bare_ojph.cpp"), "-o", obj], check=True)
    subprocess.run(["cc", "-O2", "-I", os.path.join(ROOT, "include"), *cflags, os.path.join(HERE, "encode_bare.c"), obj,
                    "-o", BIN, "-L", LIB, "-Wl,-rpath," + LIB, "-lvetdicom", *libs, "-lopenjph", "-lstdc++"], check=True)


def synthetic():
    rng = np.random.default_rng(8)
    y, x = np.mgrid[0:2048, 0:2048]
    g = (1000 + 1500 * np.sin(x / 300.0) * np.cos(y / 410.0) + 800 * (x + y) / 4096 + rng.normal(0, 12, (2048, 2048)))
    grey = np.clip(g, 0, 4095).astype(np.uint16)
    y, x = np.mgrid[0:1024, 0:1024]
    rgb = np.stack([(x // 4) % 256, (y // 4) % 256, ((x + y) // 8) % 256], axis=-1).astype(np.float64)
    rgb = np.clip(rgb + rng.normal(0, 3, rgb.shape), 0, 255).astype(np.uint8)
    return [("synthetic 2048x2048 16-bit (12 stored)", {"bits_stored": 12, "path": "synthetic"}, grey),
            ("synthetic 1024x1024 RGB 8-bit", {"bits_stored": 8, "path": "synthetic"}, rgb)]


def proc_per_frame(argv, one, many):
    def t(path):
        out = os.path.join(SHM, "enc_bare_proc.dcm")
        v = [a.format(i=path, o=out) for a in argv]
        _child_cpu(v)
        times = []
        rc = 0
        for _ in range(3):
            s, rc = _child_cpu(v)
            times.append(s)
        return statistics.median(times), rc
    t1, rc1 = t(one)
    tk, rck = t(many)
    if rc1 or rck:
        return None
    return max(tk - t1, 0.0) / (K - 1)


def multi_file(ds, arr, path):
    import copy
    d = copy.deepcopy(ds)
    d.NumberOfFrames = K
    d.PixelData = np.ascontiguousarray(np.stack([arr] * K)).tobytes()
    d.save_as(path, enforce_file_format=True)
    return path


def main():
    build()
    frames = synthetic() + pick_frames()
    rows = []
    for label, e, arr in frames:
        key = label.replace(" ", "_").replace("(", "").replace(")", "")
        path, ds = native_file(key, e, arr)
        log("%s: %s %s" % (label, e["path"], arr.shape))
        before = {}
        if BEFORE:
            bout = run_bin(path, BEFORE)
            for line in bout.stdout.splitlines():
                f = line.split("\t")
                if f[1] != "refused":
                    before[f[0]] = "%.2f" % float(f[1])
        out = run_bin(path)
        if out.returncode != 0:
            log(out.stderr)
            continue
        many = None
        for line in out.stdout.splitlines():
            f = line.split("\t")
            ts = f[0]
            if f[1] == "refused":
                rows.append([label, ts, "refused", *([""] if BEFORE else []), "", "", "", "", "", "", "", "", ""])
                continue
            vd, fl, bare = float(f[1]), float(f[2]), float(f[3])
            vdb, bb = int(f[4]), int(f[5])
            mem = float(f[6])
            net = vd - fl
            pd = ""
            if ts in UIDS:
                fn = pydicom_fn(ds, UIDS[ts])
                if fn:
                    pd = "%.2f" % (timeit(fn, float(BUDGET), min_reps=2)[0] * 1000)
                else:
                    pd = "n/a"
            if bare >= 0:
                rows.append([label, ts, BARE[ts], *([before.get(ts, "")] if BEFORE else []), "%.2f" % vd, "%.2f" % fl,
                             "%.2f" % bare, "%.2f" % (vd / bare), "%.2f" % (net / bare), "%.2f" % mem, "%.2f" % (mem / bare), pd,
                             "%d / %d" % (vdb, bb)])
            else:
                procs = []
                if many is None:
                    many = multi_file(ds, arr, os.path.join(WORK, "enc_bare_multi.dcm"))
                for pname, argv in PROCS.get(ts, []):
                    t = proc_per_frame(argv, path, many)
                    procs.append("%s %.2f" % (pname, t * 1000) if t is not None else "%s failed" % pname)
                rows.append([label, ts, "; ".join(procs), *([before.get(ts, "")] if BEFORE else []), "%.2f" % vd, "%.2f" % fl,
                             "", "", "", "%.2f" % mem, "", pd, "%d" % vdb])
            log(" ".join(rows[-1][1:]))
    lines = ["# vetdicom encoders vs the same libraries called bare (bench/encode_bare.py)", "", *machine_info(), "",
             "CPU ms per frame, median of %s interleaved rounds (each the median of repetitions over %s s CPU)." % (ROUNDS, BUDGET),
             "vetdicom = `vetdicom_file_transcode` of the open native single-frame file to /dev/shm (read frame,",
             "encode, Part 10 write); floor = the same call to explicit VR LE (no codec); bare = the Debian library",
             "vetdicom links, called from C on the same frame bytes with the same parameters.",
             "ratio = vetdicom / bare; net ratio = (vetdicom - floor) / bare (the encoder wrapper + library alone);",
             "memory = `vetdicom_file_transcode_memory` (the same transcode, Part 10 output in memory, no file",
             "system); memory ratio = memory / bare.",
             "For RLE and JPEG lossless (native Swift) the 'bare' column holds DCMTK / GDCM per-frame encode time",
             "((K-frame process - 1-frame process) / (K-1), K = %d)." % K, "",
             *(["before ms = the same vetdicom call with the library of `%s` (LD_LIBRARY_PATH; it must export" % BEFORE,
                "`vetdicom_file_transcode_memory`, which encode_bare.c calls)." , ""] if BEFORE else []),
             table(["frame", "syntax", "bare library", *(["before ms"] if BEFORE else []), "vetdicom ms", "floor ms", "bare ms",
                    "ratio", "net ratio", "memory ms", "memory ratio", "pydicom ms", "bytes vd / bare"], rows)]
    text = "\n".join(lines) + "\n"
    dest = sys.argv[sys.argv.index("--out") + 1] if "--out" in sys.argv else os.path.join(RESULTS, "encode_bare_table.md")
    with open(dest, "w") as fh:
        fh.write(text)
    print(text)


if __name__ == "__main__":
    main()
