// Writes the seed corpora of the fuzz targets:
//   FuzzSeeds OUTDIR [CORPUS_DIR]
// OUTDIR/<Target>/ receives synthetic files from the project's writer and SampleFactory and,
// when CORPUS_DIR (default: $VETDICOM_CORPUS or ../shared/corpus) exists, its files (whole
// files for FuzzParse/FuzzDecode/FuzzRender, frame codestreams with a geometry header for the
// codec targets). Deterministic: the same inputs give the same seeds.
import DICOMCore
import DICOMCodecs
import DICOMJPEG
import FuzzSupport
import VetDICOM
#if canImport(Glibc)
import Glibc
#endif

let args = CommandLine.arguments
guard args.count >= 2 else {
    print("usage: FuzzSeeds OUTDIR [CORPUS_DIR]")
    exit(2)
}
let outDir = args[1]
let corpusDir: String = args.count >= 3 ? args[2]
    : (getenv("VETDICOM_CORPUS").map { String(cString: $0) } ?? "../shared/corpus")

var written: [String: Int] = [:]

func mkdirs(_ path: String) {
    var cur = ""
    for comp in path.split(separator: "/", omittingEmptySubsequences: false) {
        cur += (cur.isEmpty && path.hasPrefix("/") ? "" : (cur.isEmpty ? "" : "/")) + comp
        if cur.isEmpty { cur = "/"; continue }
        mkdir(cur, 0o755)
    }
}

func write(_ target: String, _ name: String, _ bytes: [UInt8]) {
    let dir = "\(outDir)/\(target)"
    mkdirs(dir)
    let safe = String(name.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" || $0 == "-" ? $0 : "_" })
    guard let f = fopen("\(dir)/\(safe)", "wb") else { return }
    _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, f) }
    fclose(f)
    written[target, default: 0] += 1
}

func readFile(_ path: String) -> [UInt8]? {
    guard let f = fopen(path, "rb") else { return nil }
    defer { fclose(f) }
    var out: [UInt8] = []
    var buf = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = buf.withUnsafeMutableBytes { fread($0.baseAddress, 1, 65536, f) }
        if n <= 0 { break }
        out += buf[0..<n]
    }
    return out
}

// MARK: - synthetic seeds (no outside files needed)

func synthetic() throws {
    let small = SampleFactory.veterinaryRadiograph(rows: 32, columns: 24)
    let cine = SampleFactory.multiFrameCine(frames: 2)
    for t in ["FuzzParse", "FuzzDecode", "FuzzWrite"] {
        write(t, "sample_radiograph", small)
        if cine.count < 200_000 { write(t, "sample_cine", cine) }
    }
    // Render seeds with a few option headers (see Harness.renderOptions).
    var h = [UInt8](repeating: 0, count: Harness.renderHeaderSize)
    h[0] = 0x01; h[1] = 0x40; h[3] = 0x20; h[8] = 17; h[9] = 9; h[11] = 2; h[15] = 0x04
    write("FuzzRender", "options_window_resize_png", h + small)
    h = [UInt8](repeating: 0, count: Harness.renderHeaderSize)
    h[7] = 2; h[12] = 2; h[13] = 5; h[14] = 95; h[15] = 0x0A
    write("FuzzRender", "options_sigmoid_percentile_jpeg", h + cine)
    // Every uncompressed syntax, with sequences (defined/undefined), charsets, all VRs.
    let item = WItem([WElement.text(Tag(0x0008, 0x0100), .SH, "448771007"),
                      WElement.text(Tag(0x0008, 0x0102), .SH, "SCT"),
                      WElement.text(Tag(0x0008, 0x0104), .LO, "Canis lupus familiaris")])
    let nested = WItem([WElement.sequence(Tag(0x0008, 0x1140), [item, WItem([], undefinedLength: true)],
                                          undefinedLength: true)], undefinedLength: true)
    let els: [WElement] = [
        WElement.text(Tag(0x0008, 0x0005), .CS, "ISO_IR 100"),
        WElement.text(Tag(0x0008, 0x0016), .UI, "1.2.840.10008.5.1.4.1.1.7"),
        WElement.text(Tag(0x0008, 0x0018), .UI, "2.25.7"),
        WElement.text(Tag(0x0008, 0x0020), .DA, "20240102"),
        WElement.text(Tag(0x0008, 0x0030), .TM, "101112.5"),
        WElement.text(Tag(0x0010, 0x0010), .PN, "Smith^Rex=Sm^R"),
        WElement.text(Tag(0x0010, 0x1030), .DS, "12.5"),
        WElement.text(Tag(0x0020, 0x0013), .IS, "3"),
        WElement(Tag(0x0018, 0x1164), .DS, .strings(["0.1", "0.1"])),
        WElement(Tag(0x0028, 0x0034), .IS, .strings(["1", "1"])),
        WElement(Tag(0x0018, 0x6011), .SQ, .items([nested])),
        WElement.sequence(Tag(0x0010, 0x2202), [item]),
        WElement(Tag(0x0028, 0x1052), .DS, .strings(["-1024"])),
        WElement(Tag(0x0028, 0x1053), .DS, .strings(["1"])),
        WElement(Tag(0x0028, 0x1050), .DS, .strings(["40", "50"])),
        WElement(Tag(0x0028, 0x1051), .DS, .strings(["400", "500"])),
        WElement(Tag(0x0018, 0x0050), .FD, .doubles([1.5])),
        WElement(Tag(0x0020, 0x9057), .UL, .ints([7])),
        WElement(Tag(0x0028, 0x9503), .SS, .ints([-2, 3])),
        WElement(Tag(0x0020, 0x9165), .AT, .tags([Tag(0x0018, 0x0050)])),
        WElement(Tag(0x0009, 0x0010), .LO, .strings(["ACME"])),
        WElement(Tag(0x0009, 0x1001), .UN, .bytes([1, 2, 3, 4])),
    ]
    var g = Harness.Geometry()
    g.rows = 4; g.columns = 6; g.bitsAllocated = 16; g.bitsStored = 12
    let px16: [UInt8] = (0..<48).map { UInt8(truncatingIfNeeded: $0 &* 37) }
    for (i, uid) in [TransferSyntax.explicitVRLittleEndian, TransferSyntax.implicitVRLittleEndian,
                     TransferSyntax.explicitVRBigEndian, TransferSyntax.deflatedExplicitVRLittleEndian].enumerated() {
        var all = els
        all += [WElement.us(Tag(0x0028, 0x0002), 1), WElement.text(Tag(0x0028, 0x0004), .CS, "MONOCHROME2"),
                WElement.us(Tag(0x0028, 0x0010), 4), WElement.us(Tag(0x0028, 0x0011), 6),
                WElement.us(Tag(0x0028, 0x0100), 16), WElement.us(Tag(0x0028, 0x0101), 12),
                WElement.us(Tag(0x0028, 0x0102), 11), WElement.us(Tag(0x0028, 0x0103), 0),
                WElement(Tag.pixelData, .OW, .bytes(px16))]
        let f = try DICOMWriter.part10(all, options: WriterOptions(transferSyntaxUID: uid))
        for t in ["FuzzParse", "FuzzDecode"] { write(t, "writer_ts\(i)", f) }
        write("FuzzRender", "writer_ts\(i)", [UInt8](repeating: 0, count: Harness.renderHeaderSize) + f)
        var bare = WriterOptions(transferSyntaxUID: uid)
        bare.preamble = false
        bare.fileMeta = false
        if uid != TransferSyntax.deflatedExplicitVRLittleEndian {
            write("FuzzParse", "writer_bare_ts\(i)", try DICOMWriter.part10(all, options: bare))
        }
    }
    // Native codec seeds: a few geometries.
    for (i, (ba, bs, spp, pi, planar)) in [(8, 8, 1, "MONOCHROME2", 0), (16, 12, 1, "MONOCHROME1", 0),
                                            (8, 8, 3, "RGB", 1), (8, 8, 3, "YBR_FULL_422", 0),
                                            (1, 1, 1, "MONOCHROME2", 0), (32, 32, 1, "MONOCHROME2", 0)].enumerated() {
        var g = Harness.Geometry()
        g.rows = 5; g.columns = 7; g.bitsAllocated = ba; g.bitsStored = bs; g.samplesPerPixel = spp
        g.photometric = pi; g.planarConfiguration = planar; g.frames = 2
        let bytes = (5 * 7 * spp * max(ba, 8) / 8) * 2
        let payload: [UInt8] = (0..<bytes).map { UInt8(truncatingIfNeeded: $0 &* 29 &+ 3) }
        write("FuzzNative", "native\(i)", [UInt8(i % 3)] + g.header + payload)
    }
    // Deflate: a deflated frame and a deflated data set.
    var gd = Harness.Geometry()
    gd.rows = 8; gd.columns = 8; gd.bitsAllocated = 8; gd.bitsStored = 8
    let frame: [UInt8] = (0..<64).map { UInt8($0) }
    write("FuzzDeflate", "frame", [0] + gd.header + (try DICOMWriter.rawDeflate(frame)))
    let ds = try DICOMWriter.dataSet(els, encoding: WEncoding(transferSyntaxUID: TransferSyntax.explicitVRLittleEndian))
    write("FuzzDeflate", "dataset", [1] + (try DICOMWriter.rawDeflate(ds)))
    // JPEG lossless (.70) codestreams of mostly flat images from the project's encoder: its
    // optimal Huffman table gives a difference of 0 the one-bit code, so the decoder takes its
    // run path (runs of zero differences counted from the bit buffer), with runs cut by edges,
    // row ends and the end of the data; 8-, 12- and 16-bit grey and 8-bit RGB.
    for (i, (ba, bs, spp, pi)) in [(8, 8, 1, "MONOCHROME2"), (16, 12, 1, "MONOCHROME2"), (16, 16, 1, "MONOCHROME1"),
                                    (8, 8, 3, "RGB")].enumerated() {
        let rows = 9 + 4 * i, columns = 70 - 11 * i, bytesPerSample = ba / 8
        var px = [UInt8](repeating: 0, count: rows * columns * spp * bytesPerSample)
        for y in 0..<rows {
            for x in 0..<columns * spp {
                // Flat bands with a step every 23 samples and a few isolated changes.
                let v = (x / 23 + y / 4) * 37 + ((x * 7 + y * 13) % 53 == 0 ? 5 : 0)
                let v16 = v & ((1 << bs) - 1)
                let at = (y * columns * spp + x) * bytesPerSample
                px[at] = UInt8(truncatingIfNeeded: v16)
                if bytesPerSample == 2 { px[at + 1] = UInt8(truncatingIfNeeded: v16 >> 8) }
            }
        }
        let spec = FrameSpec(rows: rows, columns: columns, samplesPerPixel: spp, bitsAllocated: ba, bitsStored: bs,
                             isSigned: false, photometricInterpretation: pi)
        let encoded = try px.withUnsafeBytes { try JPEGEncoder.encodeLossless($0, spec: spec) }
        var gj = Harness.Geometry()
        gj.rows = rows; gj.columns = columns; gj.samplesPerPixel = spp; gj.bitsAllocated = ba; gj.bitsStored = bs
        gj.photometric = pi
        let selector = UInt8(Syntaxes.jpeg.firstIndex(of: "1.2.840.10008.1.2.4.70") ?? 3)
        write("FuzzJPEG", "lossless_zero_runs\(i)", [selector] + gj.header + encoded.bytes)
    }
    // RLE: one segment per sample (a literal run and a replicate run).
    var gr = Harness.Geometry()
    gr.rows = 2; gr.columns = 4; gr.bitsAllocated = 8; gr.bitsStored = 8
    var rle = [UInt8](repeating: 0, count: 64)
    rle[0] = 1; rle[4] = 64
    rle += [3, 1, 2, 3, 4, 0xFD, 9]
    write("FuzzRLE", "rle_8bit", [0] + gr.header + rle)
}

// MARK: - seeds from the real-file corpus

func fromCorpus() {
    let files = listFiles(corpusDir).filter { !$0.hasSuffix(".json") && !$0.hasSuffix(".md") }
    if files.isEmpty {
        print("FuzzSeeds: no corpus at \(corpusDir) (synthetic seeds only)")
        return
    }
    for path in files {
        guard let bytes = readFile(path) else { continue }
        let name = String(path.dropFirst(corpusDir.count + 1))
        if bytes.count <= 64 * 1024 { write("FuzzParse", name, bytes) }
        guard let f = try? DICOMFile(path: path), let d = try? f.imageDescription() else { continue }
        if bytes.count <= 64 * 1024 {
            write("FuzzDecode", name, bytes)
            write("FuzzRender", name, [UInt8](repeating: 0, count: Harness.renderHeaderSize) + bytes)
        }
        let uid = f.transferSyntax.uid
        guard let family = Syntaxes.family(uid), family != "FuzzNative", family != "FuzzDeflate" || uid != TransferSyntax.deflatedExplicitVRLittleEndian else {
            continue
        }
        guard d.rows <= 512, d.columns <= 512, let frags = d.pixelElement.fragments, !frags.isEmpty,
              let p = try? f.pixels(), p.frameCount >= 1 else { continue }
        // The first frame: fragments up to the second frame's start (all of them for one frame).
        var codestream: [UInt8] = []
        let ranges = frags
        let perFrame = max(1, ranges.count / max(1, d.numberOfFrames))
        for r in ranges.prefix(d.numberOfFrames <= 1 ? ranges.count : perFrame) {
            codestream += f.dataSet.store.slice(r)
        }
        guard codestream.count <= 64 * 1024 - 9 else { continue }
        var g = Harness.Geometry()
        g.rows = d.rows; g.columns = d.columns; g.samplesPerPixel = d.samplesPerPixel
        g.bitsAllocated = d.bitsAllocated; g.bitsStored = d.bitsStored
        g.pixelRepresentation = d.pixelRepresentation; g.planarConfiguration = d.planarConfiguration
        g.photometric = Harness.photometrics.contains(d.photometricInterpretation) ? d.photometricInterpretation : "MONOCHROME2"
        let selector: UInt8
        switch family {
        case "FuzzJPEG": selector = UInt8(Syntaxes.jpeg.firstIndex(of: uid) ?? 0)
        case "FuzzJPEGLS": selector = UInt8(Syntaxes.jpegLS.firstIndex(of: uid) ?? 0)
        case "FuzzJ2K": selector = UInt8(Syntaxes.j2k.firstIndex(of: uid) ?? 0)
        case "FuzzDeflate": selector = 0
        default: selector = 0
        }
        write(family, name, [selector] + g.header + codestream)
    }
}

do {
    try synthetic()
} catch {
    print("FuzzSeeds: synthetic seeds failed: \(error)")
    exit(1)
}
fromCorpus()
for (t, n) in written.sorted(by: { $0.key < $1.key }) { print("\(t): \(n) seeds") }
