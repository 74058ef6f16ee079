"""Shared helpers for the vetdicom benchmarks: paths, timing, machine info, Markdown tables.

Not a test: these scripts measure and print ratios; nothing here asserts a goal.
"""

import datetime
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORK = os.environ.get("VETDICOM_BENCH_WORK", "/tmp/vetdicom-bench")
CORPUS = os.environ.get("VETDICOM_CORPUS", os.path.join(os.path.dirname(ROOT), "shared", "corpus"))
RESULTS = os.path.join(HERE, "results")
VD_BENCH = os.path.join(WORK, "vd_bench")
FLOOR = os.path.join(WORK, "floor_decode")
VD_CLI = os.environ.get("VETDICOM_CLI", os.path.join(ROOT, ".build-bench", "release", "vetdicom-cli"))


def manifest():
    with open(os.path.join(CORPUS, "manifest.json")) as f:
        return json.load(f)


def timeit(fn, budget_s=0.05, min_reps=3, max_reps=2000):
    """Median seconds of fn() after one untimed warm-up. Repeats until budget_s has elapsed
    (at least min_reps times; once when the warm-up alone exceeded the budget)."""
    clock = time.process_time  # CPU time: the machine is shared, wall time would measure the others
    t0 = clock()
    fn()
    if clock() - t0 > budget_s:
        min_reps = 1
    times = []
    start = clock()
    while len(times) < max_reps and (len(times) < min_reps or clock() - start < budget_s):
        a = clock()
        fn()
        times.append(clock() - a)
    return statistics.median(times), len(times)


def _child_cpu(argv):
    """Runs argv; returns (user+sys CPU seconds of the child, exit code)."""
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    return ru.ru_utime + ru.ru_stime, p.returncode


def time_process(argv, reps=5, warmup=1):
    """Median CPU seconds (user + sys, from wait4) of running argv (output discarded), and its
    exit code."""
    rc = 0
    for _ in range(warmup):
        rc = _child_cpu(argv)[1]
    times = []
    for _ in range(reps):
        t, rc = _child_cpu(argv)
        times.append(t)
    return statistics.median(times), rc


def run(argv, env=None):
    out = subprocess.run(argv, capture_output=True, text=True, env=env)
    if out.returncode != 0:
        raise RuntimeError("%s failed (%d): %s" % (" ".join(argv), out.returncode, out.stderr[-2000:]))
    return out.stdout


def _first_line(argv):
    try:
        out = subprocess.run(argv, capture_output=True, text=True, timeout=20)
        text = (out.stdout + out.stderr).strip().splitlines()
        return text[0].strip() if text else "?"
    except Exception as exc:  # noqa: BLE001 - reported, not fatal
        return "unavailable (%s)" % exc


def _pkg(name):
    try:
        from importlib import metadata
        return metadata.version(name)
    except Exception:  # noqa: BLE001
        return "not installed"


def machine_info():
    """Lines describing the machine, tools and versions used in this run."""
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    git = _first_line(["git", "-C", ROOT, "log", "-1", "--format=%h %cd %s", "--date=iso"])
    dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no", "Sources"],
                           capture_output=True, text=True).stdout.strip()
    untracked = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "Sources"],
                               capture_output=True, text=True).stdout.count("??")
    vd_version = "?"
    try:
        vd_version = run([VD_BENCH, "baseline"]).split("\t")[1].strip()
    except Exception:  # noqa: BLE001
        pass
    pkgs = ["pydicom", "numpy", "pylibjpeg", "pylibjpeg-libjpeg", "pylibjpeg-openjpeg", "pylibjpeg-rle",
            "pyjpegls", "python-gdcm", "pillow"]
    load = " ".join(open("/proc/loadavg").read().split()[:3])
    lines = [
        "- Load average when the table was written (1/5/15 min): %s (other engineers share these 2 CPUs)" % load,
        "- Date: %s" % datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "- CPU: %s, %d logical CPUs (shared with other work; medians reduce but do not remove noise)"
        % (cpu, os.cpu_count() or 0),
        "- OS: %s, kernel %s" % (_first_line(["sh", "-c", ". /etc/os-release; echo $PRETTY_NAME"]), platform.release()),
        "- vetdicom %s, release build (`swift build -c release -Xswiftc -static-stdlib`), commit %s%s%s"
        % (vd_version, git, " + uncommitted changes in Sources" if dirty else "",
           " + %d untracked files in Sources" % untracked if untracked else ""),
        "- Swift: %s" % _first_line(["swift", "--version"]),
        "- C compiler: %s (-O2)" % _first_line(["gcc", "--version"]),
        "- Python %s; %s" % (platform.python_version(), ", ".join("%s %s" % (p, _pkg(p)) for p in pkgs)),
        "- DCMTK: %s; GDCM: %s" % (_first_line(["dcmdump", "--version"]).strip("$ "), _first_line(["gdcmconv", "--version"])),
        "- Codec libraries: libturbojpeg %s, OpenJPEG %s, CharLS %s"
        % tuple(_first_line(["pkg-config", "--modversion", p]) for p in ("libturbojpeg", "libopenjp2", "charls")),
    ]
    return lines


def maxrss_kb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def table(headers, rows, align=None):
    """A Markdown table. rows: lists of cells (str or numbers)."""
    align = align or ["l"] + ["r"] * (len(headers) - 1)
    sep = ["---:" if a == "r" else ":---" for a in align]
    out = ["| " + " | ".join(headers) + " |", "| " + " | ".join(sep) + " |"]
    for r in rows:
        out.append("| " + " | ".join(str(c) for c in r) + " |")
    return "\n".join(out)


def fmt_ms(sec, digits=None):
    if sec is None:
        return "—"
    ms = sec * 1e3
    if digits is not None:
        return "%.*f" % (digits, ms)
    if ms >= 100:
        return "%.0f" % ms
    if ms >= 10:
        return "%.1f" % ms
    if ms >= 1:
        return "%.2f" % ms
    return "%.3f" % ms


def fmt_ratio(x):
    if x is None:
        return "—"
    if x >= 100:
        return "%.0fx" % x
    if x >= 10:
        return "%.1fx" % x
    return "%.2fx" % x


def log(*args):
    print(*args, file=sys.stderr, flush=True)
