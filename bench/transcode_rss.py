"""transcode_rss: peak memory of transcoding a ~1 GiB multi-frame file (not a test).

The source is make_large.py's large_native.dcm (Explicit VR LE, 2048 frames of 512x512 16-bit,
1 GiB of pixels). Each run is a fresh process, measured three ways:
  /usr/bin/time -v   "Maximum resident set size" (ru_maxrss of the child)
  RssAnon / RssFile  sampled from /proc/PID/status every 20 ms: RssAnon is what the process
                     allocates (heap), RssFile the file pages it has mapped (the source when
                     map_file=1; shared libraries otherwise)
Runs: the CLI `vetdicom transcode` (default store: pread, nothing mapped); Python
`vetdicom.open(path[, map_file=True]).transcode(...)`; and, for scale, a Python process that only
imports vetdicom (the interpreter + numpy + the library). Output goes to the work directory (on
disk) and is removed after each run.
Usage: VETDICOM_LIBRARY=build/lib/libvetdicom.so.1 python3 bench/transcode_rss.py [--out FILE]
"""

import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import ROOT, WORK, table  # noqa: E402

CLI = os.environ.get("VETDICOM_CLI", os.path.join(ROOT, "build", "bin", "vetdicom"))
PY = [sys.executable, "-c"]
PYSRC = os.path.join(ROOT, "bindings", "python", "src")


def measure(argv, out):
    tv = os.path.join(WORK, "time_v.txt")
    p = subprocess.Popen(["/usr/bin/time", "-v", "-o", tv, *argv], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         env=dict(os.environ, PYTHONPATH=PYSRC))
    anon = filebacked = 0
    child = None
    while p.poll() is None:
        if child is None:
            try:
                kids = open("/proc/%d/task/%d/children" % (p.pid, p.pid)).read().split()
                child = int(kids[0]) if kids else None
            except OSError:
                pass
        if child is not None:
            try:
                with open("/proc/%d/status" % child) as fh:
                    for line in fh:
                        if line.startswith("RssAnon:"):
                            anon = max(anon, int(line.split()[1]))
                        elif line.startswith("RssFile:"):
                            filebacked = max(filebacked, int(line.split()[1]))
            except OSError:
                pass
        time.sleep(0.02)
    err = p.stderr.read().decode(errors="replace")
    info = {}
    with open(tv) as fh:
        for line in fh:
            k, _, v = line.strip().rpartition(": ")
            info[k] = v
    osize = os.path.getsize(out) if out and os.path.exists(out) else 0
    if out and os.path.exists(out):
        os.remove(out)
    rc = int(info.get("Exit status", "-1"))
    if rc != 0:
        sys.stderr.write(err[-2000:])
    cpu = float(info.get("User time (seconds)", 0)) + float(info.get("System time (seconds)", 0))
    return ["%.0f MB" % (int(info.get("Maximum resident set size (kbytes)", 0)) / 1024), "%.0f MB" % (anon / 1024),
            "%.0f MB" % (filebacked / 1024), "%.1f s" % cpu, info.get("Elapsed (wall clock) time (h:mm:ss or m:ss)", "?"),
            "%.0f MB" % (osize / 1e6) if rc == 0 else "exit %d" % rc]


def main():
    os.makedirs(WORK, exist_ok=True)
    import make_large
    src = os.path.join(WORK, "large_native.dcm")
    make_large.native(src)  # written once, reused while its size matches
    out = os.path.join(WORK, "large_out.dcm")
    size = os.path.getsize(src)
    rows = []
    runs = [
        ("CLI `vetdicom transcode --ts rle`", [CLI, "transcode", src, out, "--ts", "rle"]),
        ("CLI `vetdicom transcode --ts jpeg-ls`", [CLI, "transcode", src, out, "--ts", "jpeg-ls"]),
        ("Python `vetdicom.transcode(path, out, 'rle')`", PY + ["import vetdicom,sys; vetdicom.transcode(sys.argv[1], sys.argv[2], 'rle')", src, out]),
        ("Python `open(path, map_file=True).transcode(out, 'rle')`",
         PY + ["import vetdicom,sys\nwith vetdicom.open(sys.argv[1], map_file=True) as f: f.transcode(sys.argv[2], 'rle')", src, out]),
        ("Python `vetdicom.transcode(path, out, 'jpeg-ls')`", PY + ["import vetdicom,sys; vetdicom.transcode(sys.argv[1], sys.argv[2], 'jpeg-ls')", src, out]),
        ("Python `import vetdicom` only (baseline)", PY + ["import vetdicom, numpy"]),
    ]
    for label, argv in runs:
        o = out if "baseline" not in label else None
        r = measure(argv, o)
        rows.append([label, "%.0f MB" % (size / 1e6), *r])
        print(" | ".join(rows[-1]), flush=True)
    text = "\n".join([
        "Source: `%s` (%d bytes, 2048 frames 512x512 16-bit, Explicit VR LE). Load average at the end: %s." % (
            os.path.basename(src), size, " ".join(open("/proc/loadavg").read().split()[:3])), "",
        table(["run", "source", "max RSS (time -v)", "peak RssAnon", "peak RssFile", "CPU", "wall", "output"], rows)])
    dest = sys.argv[sys.argv.index("--out") + 1] if "--out" in sys.argv else os.path.join(HERE, "results", "transcode_rss_table.md")
    with open(dest, "w") as fh:
        fh.write(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
