"""imagecodecs_bench: vetdicom against imagecodecs (the codec libraries built well), per family.

Paired and interleaved in ONE process: for each file, the frame codestreams are extracted with
pydicom.encaps.generate_frames; then rounds alternate
  vetdicom   vetdicom_file_decode_frame (C API through ctypes, one handle, one output buffer)
  imagecodecs  the imagecodecs decoder for the syntax on the same codestreams (bytes in memory):
             jpeg8_decode (libjpeg-turbo 3.1: 8/12-bit DCT and lossless), ljpeg_decode (liblj92)
             and jpegsof3_decode for lossless (the fastest one that succeeds is used),
             jpegls_decode (CharLS 2.4.3), jpeg2k_decode (OpenJPEG 2.5.4), htj2k_decode (OpenJPH)
and the medians of each side's CPU time (time.process_time) per round give ratio =
vetdicom / imagecodecs (< 1: vetdicom faster). The family ratio is the geometric mean of the
file ratios. ctypes costs about a microsecond per call, small next to any frame here.

Usage: python3 imagecodecs_bench.py [--quick] [--out FILE.md] [--label TEXT] [--only FAMILY-SUBSTRING]
Needs VETDICOM_LIBRARY (bench/run.sh sets it to the release build) and the corpus.
Not a test: nothing is asserted.
"""

import ctypes
import math
import os
import statistics
import sys
import time

from common import CORPUS, log

QUICK = "--quick" in sys.argv
BUDGET = 0.15 if QUICK else 0.6   # seconds of CPU per file and side

FAMILIES = [
    ("JPEG lossless", "ljpeg", [
        "cornerstone/CTImage_JPEGProcess14_1.2.840.10008.1.2.4.57.dcm",
        "orthanc-tests/ts_1.2.840.10008.1.2.4.57.dcm",
        "orthanc-tests/2024-05-30-GuillemVela.dcm",
        "fo-dicom/CR-ModalitySequenceLUT.dcm",
    ]),
    ("JPEG-LS", "jpegls", [
        "orthanc-tests/ts_1.2.840.10008.1.2.4.80.dcm",
        "pydicom-data/JLSL_RGB_ILV0.dcm",
        "synthetic/eot_jpegls_s16_8f.dcm",
        "fo-dicom/GH364.dcm",
        "pylibjpeg-data/CT1_JLSN.dcm",
    ]),
    ("HTJ2K", "htj2k", [
        "synthetic/htj2k_lossless_u16.dcm",
        "pydicom-data/HTJ2KLossless_08_RGB.dcm",
        "synthetic/eot_htj2k_rpcl_u12_6f.dcm",
    ]),
    ("JPEG 2000", "jpeg2k", [
        "pylibjpeg-data/TOSHIBA_J2K_SIZ0_PixRep1.dcm",
        "pylibjpeg-data/MAROTECH_CT_JP2Lossy.dcm",
    ]),
    ("JPEG baseline 8-bit colour", "jpeg8", [
        "orthanc-tests/ts_1.2.840.10008.1.2.4.50.dcm",
        "orthanc-tests/Issue16.dcm",
        "pylibjpeg-data/JPEGExtended_3s_1f_u_08_08.dcm",
    ]),
    ("JPEG extended 12-bit", "jpeg8", [
        "cornerstone/CT0012.fragmented_no_bot_jpeg_baseline.51.dcm",
        "orthanc-tests/ts_1.2.840.10008.1.2.4.51.dcm",
        "pylibjpeg-data/RG2_JPLY.dcm",
    ]),
]


class FrameInfo(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_size_t), ("rows", ctypes.c_uint32), ("columns", ctypes.c_uint32),
                ("samples_per_pixel", ctypes.c_uint32), ("bytes_per_sample", ctypes.c_uint32),
                ("is_signed", ctypes.c_int32), ("is_float", ctypes.c_int32),
                ("photometric_interpretation", ctypes.c_char_p)]


def load_vetdicom():
    path = os.environ.get("VETDICOM_LIBRARY") or os.path.join(os.environ.get("VETDICOM_BENCH_WORK", "/tmp/vetdicom-bench"), "lib", "libvetdicom.so.1")
    lib = ctypes.CDLL(path)
    lib.vetdicom_file_open.argtypes = [ctypes.c_char_p, ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p)]
    lib.vetdicom_file_close.argtypes = [ctypes.c_void_p]
    lib.vetdicom_file_frame_count.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_size_t)]
    lib.vetdicom_file_frame_size.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.POINTER(ctypes.c_size_t), ctypes.c_void_p]
    lib.vetdicom_file_decode_frame.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_void_p, ctypes.c_size_t]
    lib.vetdicom_file_decoder_name.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_char_p)]
    return lib


def codestreams(path):
    import pydicom
    from pydicom.encaps import generate_frames
    ds = pydicom.dcmread(path, force=True)
    n = int(getattr(ds, "NumberOfFrames", 1) or 1)
    kw = {}
    if "ExtendedOffsetTable" in ds:
        kw["extended_offsets"] = (ds.ExtendedOffsetTable, ds.ExtendedOffsetTableLengths)
    return [bytes(f) for f in generate_frames(ds.PixelData, number_of_frames=n, **kw)]


def ic_decoder(kind, frame):
    """The imagecodecs callable for this kind that decodes `frame` (fastest of the candidates)."""
    import imagecodecs
    names = {"ljpeg": ["jpeg8_decode", "ljpeg_decode", "jpegsof3_decode"],
             "jpegls": ["jpegls_decode"], "htj2k": ["htj2k_decode", "jpeg2k_decode"],
             "jpeg2k": ["jpeg2k_decode"], "jpeg8": ["jpeg8_decode"]}[kind]
    best = None
    for name in names:
        fn = getattr(imagecodecs, name, None)
        if fn is None:
            continue
        try:
            fn(frame)
        except Exception:  # noqa: BLE001 - this decoder can't do it; try the next
            continue
        t0 = time.process_time()
        k = 0
        while time.process_time() - t0 < 0.03 or k < 2:
            fn(frame)
            k += 1
        t = (time.process_time() - t0) / k
        if best is None or t < best[0]:
            best = (t, name, fn)
    return best


def bench_file(lib, rel, kind):
    path = os.path.join(CORPUS, rel)
    frames = codestreams(path)
    h = ctypes.c_void_p()
    if lib.vetdicom_file_open(path.encode(), None, ctypes.byref(h)) != 0:
        raise RuntimeError("open failed")
    try:
        n = ctypes.c_size_t()
        lib.vetdicom_file_frame_count(h, ctypes.byref(n))
        size = ctypes.c_size_t()
        lib.vetdicom_file_frame_size(h, None, ctypes.byref(size), None)
        buf = ctypes.create_string_buffer(size.value)
        name = ctypes.c_char_p()
        lib.vetdicom_file_decoder_name(h, ctypes.byref(name))
        count = n.value

        def vd():
            for i in range(count):
                if lib.vetdicom_file_decode_frame(h, None, i, buf, size.value) != 0:
                    raise RuntimeError("decode failed")
        best = ic_decoder(kind, frames[0])
        if best is None:
            return None
        _, ic_name, fn = best

        def ic():
            for f in frames:
                fn(f)
        vd(); ic()  # warm-up
        tv, ti = [], []
        spent = 0.0
        while len(tv) < 3 or spent < 2 * BUDGET:
            a = time.process_time(); vd(); b = time.process_time(); ic(); c = time.process_time()
            tv.append(b - a); ti.append(c - b)
            spent += c - a
            if len(tv) >= 400:
                break
        mv, mi = statistics.median(tv), statistics.median(ti)
        return {"rel": rel, "frames": count, "vd_ms": mv * 1e3 / count, "ic_ms": mi * 1e3 / count,
                "ratio": mv / mi, "vd_name": name.value.decode(), "ic_name": ic_name, "reps": len(tv)}
    finally:
        lib.vetdicom_file_close(h)


def main():
    out = None
    label = ""
    if "--out" in sys.argv:
        out = sys.argv[sys.argv.index("--out") + 1]
    if "--label" in sys.argv:
        label = sys.argv[sys.argv.index("--label") + 1]
    import imagecodecs
    lib = load_vetdicom()
    load = os.getloadavg()
    rows, fam_rows = [], []
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    for fam, kind, files in FAMILIES:
        if only and only.lower() not in fam.lower():
            continue
        ratios = []
        for rel in files:
            log("imagecodecs [%s] %s" % (fam, rel))
            try:
                r = bench_file(lib, rel, kind)
            except Exception as exc:  # noqa: BLE001 - reported
                log("  failed: %s" % exc)
                r = None
            if r is None:
                continue
            ratios.append(r["ratio"])
            rows.append((fam, r))
        gm = math.exp(sum(math.log(x) for x in ratios) / len(ratios)) if ratios else float("nan")
        fam_rows.append((fam, len(ratios), gm))
    load2 = os.getloadavg()
    lines = ["# vetdicom vs imagecodecs, paired in one process%s" % (" (" + label + ")" if label else ""), ""]
    lines.append("- Load average before/after (1/5/15 min): %s / %s" % (" ".join("%.2f" % x for x in load), " ".join("%.2f" % x for x in load2)))
    lines.append("- Date: %s UTC" % time.strftime("%Y-%m-%d %H:%M", time.gmtime()))
    lines.append("- imagecodecs %s (%s)" % (imagecodecs.__version__, ", ".join(
        v for v in imagecodecs.version().split(", ") if v.split("-")[0] in ("libjpeg_turbo", "charls", "openjpeg", "openjph", "liblj92", "jpegsof3"))))
    lines.append("- git: %s" % os.popen("git -C %s log -1 --format='%%h %%s'" % os.path.dirname(os.path.dirname(os.path.abspath(__file__)))).read().strip())
    lines.append("- Method: bench/imagecodecs_bench.py; CPU time (process_time), rounds alternate vetdicom (all frames) and imagecodecs (all frames) until %.2f s CPU per side, median per side; ratio = vetdicom / imagecodecs; family = geometric mean." % BUDGET)
    lines.append("")
    lines.append("| family | files | ratio (vetdicom / imagecodecs) |")
    lines.append("| :--- | ---: | ---: |")
    for fam, nfiles, gm in fam_rows:
        lines.append("| %s | %d | %.2f |" % (fam, nfiles, gm))
    lines.append("")
    lines.append("| family | file | frames | vetdicom decoder | vetdicom ms/frame | imagecodecs | imagecodecs ms/frame | ratio | rounds |")
    lines.append("| :--- | :--- | ---: | :--- | ---: | :--- | ---: | ---: | ---: |")
    for fam, r in rows:
        lines.append("| %s | %s | %d | %s | %.3f | %s | %.3f | %.2f | %d |" % (
            fam, r["rel"], r["frames"], r["vd_name"], r["vd_ms"], r["ic_name"], r["ic_ms"], r["ratio"], r["reps"]))
    text = "\n".join(lines) + "\n"
    print(text)
    if out:
        with open(out, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
