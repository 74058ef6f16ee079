"""dask_bench: files indexed per second by vetdicom.dask.dataframe on a local cluster of 1 and 2
worker processes (one thread each), and by vetdicom.dataframe in this process, over the corpus
repeated to N files. Prints a Markdown table (pasted into docs/scale-out.md).

Usage: VETDICOM_LIBRARY=build/lib/libvetdicom.so.1 python3 bench/dask_bench.py [N]
"""

import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(os.path.dirname(HERE), "bindings", "python", "src")
sys.path.insert(0, SRC)
os.environ["PYTHONPATH"] = SRC + (os.pathsep + os.environ["PYTHONPATH"] if os.environ.get("PYTHONPATH") else "")

import vetdicom  # noqa: E402
import vetdicom.dask as vdask  # noqa: E402
from common import CORPUS, machine_info, manifest  # noqa: E402


def main():
    from distributed import Client, LocalCluster

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    base = [os.path.join(CORPUS, f["path"]) for f in manifest()["files"]]
    paths = (base * (n // len(base) + 1))[:n]
    rows = []
    t = time.perf_counter()
    vetdicom.dataframe(paths, progress=False)
    local = time.perf_counter() - t
    rows.append(("vetdicom.dataframe, this process", local))
    for workers in (1, 2):
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                          silence_logs=40) as cluster, Client(cluster):
            vdask.dataframe(paths[:200], npartitions=workers).compute()  # warm the workers up
            t = time.perf_counter()
            df = vdask.dataframe(paths, npartitions=8 * workers).compute()
            rows.append(("vetdicom.dask.dataframe, %d worker(s)" % workers, time.perf_counter() - t))
            assert len(df) == len(paths)
    print("\n".join(machine_info()[:2]))
    print()
    print("| run (%d files, wall time) | seconds | files/s | speed-up vs 1 worker |" % n)
    print("| :--- | ---: | ---: | ---: |")
    one = rows[1][1]
    for label, sec in rows:
        print("| %s | %.2f | %.0f | %s |" % (label, sec, n / sec, "%.2fx" % (one / sec) if "worker" in label else "—"))


if __name__ == "__main__":
    main()
