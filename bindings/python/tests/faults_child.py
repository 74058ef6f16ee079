"""Child process of test_faults.py: opens one file and runs the actions given as JSON on the
command line, printing one JSON object of results (a status code or "ok" per action). Runs
under RLIMIT_AS set by the parent; a crash shows as a signal in the parent."""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import vetdicom  # noqa: E402


def status(e):
    return getattr(e, "status", None) or type(e).__name__


def main():
    path = sys.argv[1]
    spec = json.loads(sys.argv[2])
    res = {}
    try:
        f = vetdicom.open(path, **spec.get("options", {}))
        res["open"] = "ok"
    except Exception as e:  # noqa: BLE001
        res["open"] = status(e)
        res["open_message"] = str(e)
        import resource
        res["peak_rss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        print(json.dumps(res))
        return
    sync = spec.get("sync")
    if sync:  # wait until the parent changed the file
        sys.stdout.write("opened\n")
        sys.stdout.flush()
        sys.stdin.readline()
    for action in spec.get("actions", []):
        kind, arg = action[0], action[1] if len(action) > 1 else None
        key = kind if arg is None else "%s:%s" % (kind, arg)
        try:
            if kind == "frame":
                a = f.frame(int(arg))
                res[key + ":bytes"] = a.tobytes().hex() if a.nbytes <= 4096 else len(a.tobytes())
            elif kind == "render":
                f.to_png(int(arg))
            elif kind == "json":
                f.to_json(bulk=arg)
            elif kind == "get":
                v = f[arg]
                res[key + ":value"] = str(v)[:200]
            elif kind == "bytes":
                res[key + ":len"] = len(f.dataset.get_bytes(arg))
            elif kind == "item_count":
                from ctypes import byref, c_size_t
                n = c_size_t(0)
                vetdicom._lowlevel.fn("vetdicom_dataset_item_count")(f.dataset._ptr, arg.encode(), byref(n))
                res[key + ":count"] = n.value
            elif kind == "walk":
                def walk(ds, depth):
                    for e in ds:
                        if e.vr == "SQ":
                            for it in ds.sequence(e.tag):
                                walk(it, depth + 1)
                walk(f.dataset, 0)
            res[key] = "ok"
        except Exception as e:  # noqa: BLE001
            res[key] = status(e)
            res[key + ":message"] = str(e)[:300]
    f.close()
    import resource
    res["peak_rss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps(res))


main()
