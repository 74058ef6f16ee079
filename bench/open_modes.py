"""open_modes: the two ways vetdicom opens a file, on the synthetic ~1 GB files of make_large.py.

  default    the header is read into owned memory, bulk values (pixel data) on demand with
             pread (a file truncated or rewritten while open gives TRUNCATED, never SIGBUS)
  map_file   the file is memory-mapped (VETDICOM_OPT_MAP_FILE = 1; SIGBUS if it shrinks)

For each file and mode, in a fresh child process (Python bindings, ctypes): wall time of
vetdicom.open (median of 5 opens), wall time of decoding the last frame, and the child's peak
RSS (VmHWM) after open and after decoding one frame. Wall time (not CPU time): the machine is
shared, so read the figures as orders of magnitude. Not a test; prints a Markdown table.

Usage: python3 bench/open_modes.py [WORKDIR]   (default $VETDICOM_BENCH_WORK or /tmp/vetdicom-bench;
make_large.py writes the files there first if they are missing)
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CHILD = r'''
import json, sys, time
sys.path.insert(0, sys.argv[3])
import vetdicom
path, mode = sys.argv[1], sys.argv[2]
opts = {"map_file": 1} if mode == "map_file" else {}
def hwm():
    return int([l for l in open("/proc/self/status") if l.startswith("VmHWM")][0].split()[1]) * 1024
base = hwm()
times = []
for _ in range(5):
    t = time.perf_counter(); f = vetdicom.open(path, **opts); times.append(time.perf_counter() - t); f.close()
f = vetdicom.open(path, **opts)
after_open = hwm()
n = f.number_of_frames
t = time.perf_counter(); a = f.frame(n - 1); decode = time.perf_counter() - t
after_decode = hwm()
print(json.dumps({"open_ms": sorted(times)[2] * 1e3, "decode_ms": decode * 1e3, "frames": n,
                  "frame_mb": a.nbytes / 2**20, "rss_base": base, "rss_open": after_open, "rss_decode": after_decode}))
'''


def main():
    work = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("VETDICOM_BENCH_WORK", "/tmp/vetdicom-bench")
    paths = subprocess.run([sys.executable, os.path.join(HERE, "make_large.py"), work], check=True,
                           stdout=subprocess.PIPE, text=True).stdout.split()
    src = os.path.join(HERE, "..", "bindings", "python", "src")
    print("| file | size | mode | open (ms, median of 5) | decode last frame (ms) | peak RSS after open (MB) | after one frame (MB) |")
    print("|---|---:|---|---:|---:|---:|---:|")
    for p in paths:
        for mode in ("default", "map_file"):
            r = json.loads(subprocess.run([sys.executable, "-c", CHILD, p, mode, src], check=True,
                                          stdout=subprocess.PIPE, text=True).stdout)
            print("| %s | %.2f GB | %s | %.3f | %.1f | %.0f (+%.1f) | %.0f (+%.1f) |" % (
                os.path.basename(p), os.path.getsize(p) / 1e9, mode, r["open_ms"], r["decode_ms"],
                r["rss_open"] / 2**20, (r["rss_open"] - r["rss_base"]) / 2**20,
                r["rss_decode"] / 2**20, (r["rss_decode"] - r["rss_base"]) / 2**20))


main()
