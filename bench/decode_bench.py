"""decode_bench: pixel decoding per codec and per file, side by side in one run.

For each selected corpus file (one or more per transfer syntax family, plus the largest of each),
every frame is decoded by:
  vetdicom C      vd_bench decode: vetdicom_file_decode_frame for each frame (release .so, one handle)
  floor           floor_decode: the bare codec library call on the same codestreams (extracted with
                  pydicom.encaps.generate_frames): libturbojpeg tjDecompress2 (8-bit JPEG, GRAY/RGB),
                  CharLS decode_to_buffer (JPEG-LS), OpenJPEG opj_decode (+ copy of the int32 planes
                  to an interleaved buffer). No floor for the native Swift codecs (12-bit DCT, lossless
                  JPEG, RLE) or for native pixel data.
  vetdicom Py     the Python bindings, f.frame(i) for each frame (numpy array filled by C)
  pydicom+X       pydicom 3 decoder.as_array(ds) with each available plugin (ds read beforehand)
  dcmd* / gdcmconv  DCMTK dcmdjpeg/dcmdjpls/dcmdrle and `gdcmconv --raw` as processes, minus the
                  same command on a tiny native file (process start-up, dictionary load, write)
All figures are milliseconds per frame (whole-file time / frames). Writes bench/results/decode.md.
Usage: python3 decode_bench.py [--quick]
"""

import os
import statistics
import sys

from common import (CORPUS, FLOOR, RESULTS, VD_BENCH, WORK, fmt_ms, fmt_ratio, log, machine_info, manifest, run,
                    table, time_process, timeit)

QUICK = "--quick" in sys.argv
BUDGET = 0.05 if QUICK else 0.15
PROC_REPS = 2 if QUICK else 3

FILES = [
    # native
    "orthanc-tests/SignedCT.dcm",
    "cornerstone/US-YBR_FULL_422-EVRLE.dcm",
    "cornerstone/CTImage_BigEndianExplicit_1.2.840.10008.1.2.2.dcm",
    "cornerstone/CTImage_Deflated_1.2.840.10008.1.2.1.99.dcm",
    "deid-data/animals_cat.dcm",
    # JPEG baseline (.50), libturbojpeg
    "orthanc-tests/ts_1.2.840.10008.1.2.4.50.dcm",
    "orthanc-tests/Issue44_Monochrome1-Jpeg.dcm",
    "fo-dicom/HasFragmentSequence.dcm",
    "orthanc-tests/Issue16.dcm",
    # JPEG extended (.51): 8-bit (libturbojpeg) and 12-bit (native Swift)
    "pylibjpeg-data/JPEGExtended_3s_1f_u_08_08.dcm",
    "cornerstone/CT0012.fragmented_no_bot_jpeg_baseline.51.dcm",
    # JPEG lossless (.57 / .70), native Swift
    "cornerstone/CTImage_JPEGProcess14_1.2.840.10008.1.2.4.57.dcm",
    "pylibjpeg-data/JPEGLossless_1s_1f_i_16_16_bad.dcm",
    "orthanc-tests/ts_1.2.840.10008.1.2.4.57.dcm",
    "orthanc-tests/2024-05-30-GuillemVela.dcm",
    "pylibjpeg-data/JPEGLosslessP14SV1_1s_1f_u_16_16.dcm",
    "pylibjpeg-data/JPEGLosslessP14SV1_3s_2f_u_08_08.dcm",
    "fo-dicom/CR-ModalitySequenceLUT.dcm",
    # JPEG-LS (.80 / .81), CharLS
    "orthanc-tests/ts_1.2.840.10008.1.2.4.80.dcm",
    "pydicom-data/JLSL_RGB_ILV0.dcm",
    "synthetic/eot_jpegls_s16_8f.dcm",
    "fo-dicom/GH364.dcm",
    "pylibjpeg-data/CT1_JLSN.dcm",
    # JPEG 2000 (.90 / .91), OpenJPEG
    "pylibjpeg-data/TOSHIBA_J2K_SIZ0_PixRep1.dcm",
    "pylibjpeg-data/NM_Kakadu44_SOTmarkerincons.dcm",
    "pylibjpeg-data/MAROTECH_CT_JP2Lossy.dcm",
    "fo-dicom/VL5_J2KI.dcm",
    # HTJ2K (.201 / .202 / .203), OpenJPEG
    "synthetic/htj2k_lossless_u16.dcm",
    "pydicom-data/HTJ2KLossless_08_RGB.dcm",
    "synthetic/eot_htj2k_rpcl_u12_6f.dcm",
    "synthetic/htj2k_irreversible_s16.dcm",
    # RLE, native Swift
    "fo-dicom/D_CLUNIE_CT1_RLE_FRAGS.dcm",
    "synthetic/eot_rle_u8_6f.dcm",
    "orthanc-tests/2022-11-14-RLEPlanarConfiguration.dcm",
]

THREAD_FILES = [
    "fo-dicom/HasFragmentSequence.dcm",
    "orthanc-tests/Issue16.dcm",
    "synthetic/eot_jpegls_s16_8f.dcm",
    "synthetic/eot_htj2k_rpcl_u12_6f.dcm",
    "synthetic/eot_rle_u8_6f.dcm",
    "synthetic/frag_nobot_jpeg_sv1_u12_4f.dcm",
]

TINY = "fo-dicom/1403-OB.dcm"  # 3x3 native RGB: process start-up baseline for the decompressors

FAMILY = {
    "1.2.840.10008.1.2": "native", "1.2.840.10008.1.2.1": "native", "1.2.840.10008.1.2.2": "native",
    "1.2.840.10008.1.2.1.99": "native (deflated)",
    "1.2.840.10008.1.2.4.50": "JPEG baseline", "1.2.840.10008.1.2.4.51": "JPEG extended",
    "1.2.840.10008.1.2.4.57": "JPEG lossless", "1.2.840.10008.1.2.4.70": "JPEG lossless SV1",
    "1.2.840.10008.1.2.4.80": "JPEG-LS", "1.2.840.10008.1.2.4.81": "JPEG-LS near",
    "1.2.840.10008.1.2.4.90": "J2K lossless", "1.2.840.10008.1.2.4.91": "J2K",
    "1.2.840.10008.1.2.4.201": "HTJ2K lossless", "1.2.840.10008.1.2.4.202": "HTJ2K RPCL",
    "1.2.840.10008.1.2.4.203": "HTJ2K", "1.2.840.10008.1.2.5": "RLE",
}


def import_vetdicom():
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "bindings", "python", "src"))
    os.environ.setdefault("VETDICOM_LIBRARY", os.path.join(WORK, "lib", "libvetdicom.so.1"))
    import vetdicom  # noqa: E402
    return vetdicom


def floor_kind(ts, bits_alloc, precision_hint):
    if ts in ("1.2.840.10008.1.2.4.50",) or (ts == "1.2.840.10008.1.2.4.51" and bits_alloc == 8):
        return "tj"
    if ts in ("1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.81"):
        return "jls"
    if ts.startswith("1.2.840.10008.1.2.4.9") or ts.startswith("1.2.840.10008.1.2.4.20"):
        return "j2k"
    return None


def process_tool(ts):
    if ts in ("1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51", "1.2.840.10008.1.2.4.57", "1.2.840.10008.1.2.4.70"):
        return "dcmdjpeg"
    if ts in ("1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.81"):
        return "dcmdjpls"
    if ts == "1.2.840.10008.1.2.5":
        return "dcmdrle"
    return None


def extract_frames(ds, name):
    """Writes each frame's codestream to WORK/frames/NAME/fNNNNN.bin; returns the paths."""
    from pydicom.encaps import generate_frames
    d = os.path.join(WORK, "frames", name)
    os.makedirs(d, exist_ok=True)
    n = int(getattr(ds, "NumberOfFrames", 1) or 1)
    kw = {}
    if "ExtendedOffsetTable" in ds:
        kw["extended_offsets"] = (ds.ExtendedOffsetTable, ds.ExtendedOffsetTableLengths)
    paths = []
    for i, fr in enumerate(generate_frames(ds.PixelData, number_of_frames=n, **kw)):
        p = os.path.join(d, "f%05d.bin" % i)
        with open(p, "wb") as f:
            f.write(fr)
        paths.append(p)
    if len(paths) != n:
        raise RuntimeError("%d codestreams for %d frames" % (len(paths), n))
    return paths


def main():
    import pydicom
    from pydicom.pixels import get_decoder
    vetdicom = import_vetdicom()
    man = {f["path"]: f for f in manifest()["files"]}
    out_dcm = os.path.join(WORK, "out.dcm")

    baseline = {}
    tiny = os.path.join(CORPUS, TINY)
    for tool in ("dcmdjpeg", "dcmdjpls", "dcmdrle"):
        baseline[tool] = time_process([tool, tiny, out_dcm], reps=5)[0]
    baseline["gdcmconv"] = time_process(["gdcmconv", "--raw", tiny, out_dcm], reps=5)[0]

    rows, summary_rows, lossless_rows = [], [], []
    plugin_names = set()
    results = []
    for i, rel in enumerate(FILES):
        path = os.path.join(CORPUS, rel)
        log("decode [%d/%d] %s" % (i + 1, len(FILES), rel))
        m = man.get(rel, {})
        ds = pydicom.dcmread(path, force=True)
        ts = m.get("transfer_syntax_uid") or str(ds.file_meta.TransferSyntaxUID)
        if "TransferSyntaxUID" not in getattr(ds, "file_meta", {}):
            from pydicom.dataset import FileMetaDataset
            meta = getattr(ds, "file_meta", None) or FileMetaDataset()
            meta.TransferSyntaxUID = ts
            ds.file_meta = meta
        frames = int(getattr(ds, "NumberOfFrames", 1) or 1)
        r = {"rel": rel, "ts": ts, "frames": frames, "rows": ds.Rows, "cols": ds.Columns,
             "spp": int(ds.SamplesPerPixel), "bits": int(ds.BitsAllocated), "status": m.get("pixels", {}).get("status", "?"),
             "bits_stored": int(ds.BitsStored), "photometric": str(ds.PhotometricInterpretation)}
        vd_ms, reps, nfr, decoder, st = run([VD_BENCH, "decode", path, str(BUDGET * 1e3)]).split("\t")
        r["decoder"] = decoder
        r["vd"] = float(vd_ms) / 1e3 / frames if int(st) == 0 else None
        # floor
        kind = floor_kind(ts, r["bits"], None)
        r["floor"] = r["floor_raw"] = r["floor_yuv"] = None
        if kind:
            try:
                fpaths = extract_frames(ds, os.path.splitext(os.path.basename(rel))[0])
                a, _, _, b, fst = run([FLOOR, kind, str(BUDGET * 1e3)] + fpaths).split("\t")
                if int(fst) == 0:
                    if kind == "j2k":
                        r["floor_raw"] = float(a) / 1e3 / frames
                        r["floor"] = float(b) / 1e3 / frames
                    else:
                        r["floor"] = float(a) / 1e3 / frames
                if kind == "tj" and r["spp"] == 3:
                    a, _, _, _, fst = run([FLOOR, "tjyuv", str(BUDGET * 1e3)] + fpaths).split("\t")
                    if int(fst) == 0:
                        r["floor_yuv"] = float(a) / 1e3 / frames
            except Exception as exc:  # noqa: BLE001 - reported in the table
                log("  floor failed: %s" % exc)
        r["floor_kind"] = kind
        # vetdicom Python
        try:
            f = vetdicom.open(path)
            r["vdpy"] = timeit(lambda: [f.frame(k) for k in range(frames)], BUDGET)[0] / frames
            f.close()
        except vetdicom.VetDICOMError as exc:
            log("  vetdicom python: %s" % exc)
            r["vdpy"] = None
        # pydicom + plugins
        r["plugins"] = {}
        dec = get_decoder(ts)
        plugins = list(dec.available_plugins) or [""]
        for pl in plugins:
            label = "pydicom+" + (pl or "numpy")
            plugin_names.add(label)
            try:
                r["plugins"][label] = timeit(lambda: dec.as_array(ds, decoding_plugin=pl), BUDGET)[0] / frames
            except Exception as exc:  # noqa: BLE001
                log("  %s: %s" % (label, str(exc).splitlines()[0][:120]))
                r["plugins"][label] = None
        # processes
        tool = process_tool(ts)
        r["dcmtk"] = r["gdcm"] = None
        if tool:
            t, rc = time_process([tool, path, out_dcm], reps=PROC_REPS)
            if rc == 0:
                r["dcmtk"] = max(t - baseline[tool], 0.0) / frames
        if pydicom.uid.UID(ts).is_compressed:
            t, rc = time_process(["gdcmconv", "--raw", path, out_dcm], reps=PROC_REPS)
            if rc == 0:
                r["gdcm"] = max(t - baseline["gdcmconv"], 0.0) / frames
        r["tool"] = tool
        results.append(r)

    plugin_cols = sorted(plugin_names)

    def ratio(a, b):
        return a / b if a and b else None

    for r in results:
        fam = FAMILY.get(r["ts"], r["ts"])
        geom = "%dx%d%s %s-bit%s" % (r["cols"], r["rows"], "x3" if r["spp"] == 3 else "", r["bits_stored"],
                                       " %df" % r["frames"] if r["frames"] > 1 else "")
        over = ratio(r["vd"], r["floor"])
        best_py = min([v for v in r["plugins"].values() if v] or [None]) if any(r["plugins"].values()) else None
        rows.append([r["rel"], fam, geom, fmt_ms(r["vd"]), fmt_ms(r["floor"]),
                     ("%+.0f%%" % ((over - 1) * 100)) if over else "—",
                     fmt_ms(r["floor_raw"]), fmt_ms(r["floor_yuv"]), fmt_ms(r["vdpy"])]
                    + [fmt_ms(r["plugins"].get(c)) if c in r["plugins"] else "" for c in plugin_cols]
                    + [fmt_ms(r["dcmtk"]), fmt_ms(r["gdcm"]), fmt_ratio(ratio(best_py, r["vd"])),
                       fmt_ratio(ratio(r["dcmtk"], r["vd"])), fmt_ratio(ratio(r["gdcm"], r["vd"]))])
        if r["ts"] in ("1.2.840.10008.1.2.4.57", "1.2.840.10008.1.2.4.70") and r["bits"] == 16 and r["spp"] == 1 and r["vd"]:
            scale = 512 * 512 / (r["rows"] * r["cols"])
            pl = r["plugins"]
            lossless_rows.append([r["rel"], "%dx%d %d-bit" % (r["cols"], r["rows"], r["bits_stored"]),
                                  fmt_ms(r["vd"], 3), "%.3f" % (r["vd"] * 1e3 * scale),
                                  "%.3f" % (pl["pydicom+pylibjpeg"] * 1e3 * scale) if pl.get("pydicom+pylibjpeg") else "—",
                                  "%.3f" % (pl["pydicom+gdcm"] * 1e3 * scale) if pl.get("pydicom+gdcm") else "—",
                                  "%.3f" % (r["dcmtk"] * 1e3 * scale) if r["dcmtk"] else "—"])

    # multi-frame, threads
    thread_rows = []
    large = [os.path.join(WORK, "large_jpegll.dcm"), os.path.join(WORK, "large_native.dcm")]
    for p in [os.path.join(CORPUS, t) for t in THREAD_FILES] + [x for x in large if os.path.exists(x)]:
        log("threads %s" % p)
        fps = []
        for th in (1, 2):
            args = [VD_BENCH, "threads", p, str(th), str(BUDGET * 2e3)]
            if p in large:
                args.append("200")
            ms, nfr, st = run(args).split("\t")
            fps.append(int(nfr) / (float(ms) / 1e3) if int(st) == 0 and float(ms) > 0 else None)
        name = os.path.relpath(p, CORPUS) if p.startswith(CORPUS) else os.path.basename(p) + " (first 200 frames)"
        thread_rows.append([name, nfr, "%.0f" % fps[0] if fps[0] else "—", "%.0f" % fps[1] if fps[1] else "—",
                            fmt_ratio(fps[1] / fps[0]) if fps[0] and fps[1] else "—"])

    # peak RSS, last frame of the largest multi-frame corpus file
    multi = [f for f in man.values() if (f.get("number_of_frames") or 1) > 1 and f.get("pixels", {}).get("status") in ("agreed", "agreed_within_tolerance")]
    biggest = max(multi, key=lambda f: f["size"])
    bpath = os.path.join(CORPUS, biggest["path"])
    base_rss = int(run([VD_BENCH, "baseline"]).split("\t")[0])
    rss_rows = []
    for p in [bpath] + [x for x in large if os.path.exists(x)]:
        wall, rss, st, anon, filek = run([VD_BENCH, "rss", "last", p]).split("\t")
        size = os.path.getsize(p)
        rss_rows.append([os.path.relpath(p, CORPUS) if p.startswith(CORPUS) else os.path.basename(p),
                         "%.1f" % (size / 1e6), "%.1f" % (base_rss / 1024), "%.1f" % (int(rss) / 1024),
                         "%.1f" % ((int(rss) - base_rss) / 1024), "%.1f" % (int(anon) / 1024), "%.1f" % (int(filek) / 1024),
                         wall, "ok" if int(st) == 0 else "status " + st])

    # summary per family: median overhead vs floor, median speed-up vs best pydicom plugin
    fam_rows = []
    fams = []
    for r in results:
        fam = FAMILY.get(r["ts"], r["ts"])
        if fam not in fams:
            fams.append(fam)
    for fam in fams:
        rs = [r for r in results if FAMILY.get(r["ts"], r["ts"]) == fam and r["vd"]]
        ov = [r["vd"] / r["floor"] for r in rs if r["floor"]]
        sp = [min(v for v in r["plugins"].values() if v) / r["vd"] for r in rs if any(r["plugins"].values())]
        dc = [r["dcmtk"] / r["vd"] for r in rs if r["dcmtk"]]
        gd = [r["gdcm"] / r["vd"] for r in rs if r["gdcm"]]
        fam_rows.append([fam, len(rs), ", ".join(sorted({r["decoder"] for r in rs})),
                         ("%+.0f%%" % ((statistics.median(ov) - 1) * 100)) if ov else "no floor",
                         fmt_ratio(statistics.median(sp)) if sp else "—",
                         fmt_ratio(statistics.median(dc)) if dc else "—", fmt_ratio(statistics.median(gd)) if gd else "—"])

    out = ["# Decode benchmark (decode_bench)", "", *machine_info(), "",
           "All times are **milliseconds per frame** (whole-file decode / frames), medians of repetitions.", "",
           "## Summary per codec family", "",
           table(["family", "files", "vetdicom decoder", "vetdicom vs floor (median overhead)",
                  "best pydicom plugin / vetdicom", "DCMTK / vetdicom", "gdcmconv / vetdicom"], fam_rows,
                 ["l", "r", "l", "r", "r", "r", "r"]), "",
           "## Native JPEG lossless: ms per 512x512 16-bit frame (goal <= 1.5 ms)", "",
           "Scaled linearly by pixel count to 512x512.", "",
           table(["file", "geometry", "vetdicom ms/frame", "vetdicom ms per 512x512", "pydicom+pylibjpeg", "pydicom+gdcm",
                  "dcmdjpeg − start-up"], lossless_rows), "",
           "## Multi-frame decoding with VETDICOM_OPT_THREADS (vetdicom_file_decode_frames)", "",
           table(["file", "frames", "frames/s, 1 thread", "frames/s, 2 threads", "speed-up"], thread_rows), "",
           "## Peak RSS decoding the last frame (fresh child process, VmHWM)", "",
           "Largest multi-frame corpus file with agreed pixels: %s. Baseline = the same C program with "
           "libvetdicom loaded and nothing opened. RssAnon (private) and RssFile (mapped file pages) are read just "
           "after the decode, before close." % biggest["path"], "",
           table(["file", "size MB", "baseline RSS MB", "peak RSS MB", "peak − baseline MB", "RssAnon MB", "RssFile MB",
                  "wall ms", "status"], rss_rows), "",
           "## Per file", "",
           "floor = the bare library call (%s); overhead = vetdicom C / floor − 1. "
           "`floor j2k decode only` = opj_decode without the copy to an interleaved buffer; "
           "`floor tj YUV` = tjDecompressToYUVPlanes (what vetdicom calls for colour JPEG, before its own upsampling "
           "and colour conversion). Process columns subtract the median of the same command on %s (3x3 native): "
           "dcmdjpeg %s ms, dcmdjpls %s ms, dcmdrle %s ms, gdcmconv --raw %s ms."
           % ("tjDecompress2 to GRAY/RGB, CharLS decode_to_buffer, opj_decode + plane copy", TINY,
              fmt_ms(baseline["dcmdjpeg"]), fmt_ms(baseline["dcmdjpls"]), fmt_ms(baseline["dcmdrle"]),
              fmt_ms(baseline["gdcmconv"])), "",
           table(["file", "family", "geometry", "vetdicom C", "floor", "overhead", "floor j2k decode only", "floor tj YUV",
                  "vetdicom Py"] + plugin_cols + ["DCMTK proc", "gdcmconv proc", "best pydicom / vd", "DCMTK / vd",
                                                    "gdcm / vd"], rows, ["l", "l", "l"] + ["r"] * (11 + len(plugin_cols))),
           "",
           "## Method", "",
           "- vetdicom C: bench/vd_bench.c `decode` (one handle, `vetdicom_file_decode_frame` for every frame into one "
           "buffer; one untimed warm-up pass, then passes for %.0f ms, at least 3; median)." % (BUDGET * 1e3),
           "- floor: bench/floor_decode.c on the codestreams pydicom extracts (`generate_frames`), read into memory "
           "first; same repetition rule; one decoder object per frame, as vetdicom does.",
           "- pydicom: `pydicom.pixels.get_decoder(ts).as_array(ds, decoding_plugin=X)` on a data set read beforehand "
           "(all frames; default options, so YBR is converted to RGB as vetdicom does); same repetition rule in Python.",
           "- All times are CPU time (user + sys): CLOCK_PROCESS_CPUTIME_ID in C, time.process_time in Python, "
           "wait4 rusage for processes; the 2 CPUs were shared with other engineers' builds and tests (load average "
           "above). The threads table is wall time (CLOCK_MONOTONIC), so it is noisy under that load.",
           "- Processes: %d timed runs after a warm-up, median, minus the start-up baseline above (clamped at 0); "
           "they include reading and writing the file." % PROC_REPS,
           "- Decoded values are not compared here (the tests do that against the manifest); status in the manifest "
           "for these files is agreed/agreed_within_tolerance/disagreement as listed in the corpus.",
           ""]
    os.makedirs(RESULTS, exist_ok=True)
    with open(os.path.join(RESULTS, "decode.md"), "w") as f:
        f.write("\n".join(out))
    log("wrote %s" % os.path.join(RESULTS, "decode.md"))


if __name__ == "__main__":
    main()
