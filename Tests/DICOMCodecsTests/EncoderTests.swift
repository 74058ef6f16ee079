@testable import DICOMCodecs
import TestSupport
import DICOMCore
import Foundation
import XCTest

/// Every encoder of the registry: synthetic frames (greyscale 8/12/16-bit signed and unsigned,
/// RGB) are encoded, wrapped in a DICOM file, decoded by our pipeline (bit-exact for lossless,
/// error bounds for lossy) and by pydicom 3 with its plugins (an independent decoder).
final class EncoderTests: XCTestCase {
    struct Shape {
        var name: String
        var bitsAllocated: Int, bitsStored: Int, signed: Bool, samples: Int
        var rows = 37, columns = 45
        var spec: FrameSpec {
            FrameSpec(rows: rows, columns: columns, samplesPerPixel: samples, bitsAllocated: bitsAllocated,
                      bitsStored: bitsStored, isSigned: signed, photometricInterpretation: samples == 3 ? "RGB" : "MONOCHROME2")
        }
    }
    static let shapes: [Shape] = [
        Shape(name: "u8", bitsAllocated: 8, bitsStored: 8, signed: false, samples: 1),
        Shape(name: "u12", bitsAllocated: 16, bitsStored: 12, signed: false, samples: 1),
        Shape(name: "s12", bitsAllocated: 16, bitsStored: 12, signed: true, samples: 1),
        Shape(name: "u16", bitsAllocated: 16, bitsStored: 16, signed: false, samples: 1),
        Shape(name: "s16", bitsAllocated: 16, bitsStored: 16, signed: true, samples: 1),
        Shape(name: "rgb8", bitsAllocated: 8, bitsStored: 8, signed: false, samples: 3),
    ]
    static let lossless = ["1.2.840.10008.1.2.5", "1.2.840.10008.1.2.4.70", "1.2.840.10008.1.2.4.80",
                           "1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.201", "1.2.840.10008.1.2.4.202"]

    /// Values of a frame: smooth (for lossy codecs) or smooth plus noise and the extremes.
    static func values(_ s: Shape, noisy: Bool) -> [Int64] {
        let lo: Int64 = s.signed ? -(Int64(1) << (s.bitsStored - 1)) : 0
        let hi: Int64 = s.signed ? (Int64(1) << (s.bitsStored - 1)) - 1 : (Int64(1) << s.bitsStored) - 1
        var state: UInt64 = 0x9E3779B97F4A7C15
        var out: [Int64] = []
        for y in 0..<s.rows {
            for x in 0..<s.columns {
                for c in 0..<s.samples {
                    let f = 0.5 + 0.4 * sin(Double(x + 5 * c) / 7) * cos(Double(y) / 11)
                    var v = lo + Int64(Double(hi - lo) * f)
                    if noisy {
                        state ^= state << 13; state ^= state >> 7; state ^= state << 17
                        v += Int64(state % 64) - 32
                        if (x + y) % 17 == 0 { v = (x % 2 == 0) ? lo : hi }
                    }
                    out.append(min(max(v, lo), hi))
                }
            }
        }
        return out
    }

    static func bytes(_ v: [Int64], _ s: Shape) -> [UInt8] {
        var out: [UInt8] = []
        let n = s.bitsAllocated / 8
        for x in v { for b in 0..<n { out.append(UInt8(truncatingIfNeeded: x >> (8 * b))) } }
        return out
    }

    /// A single-frame DICOM file holding `e` in `uid`.
    static func file(_ e: EncodedFrame, _ s: Shape, _ uid: String) throws -> [UInt8] {
        var els: [WElement] = [
            .text(Tag(0x0008, 0x0016), .UI, "1.2.840.10008.5.1.4.1.1.7"),
            .text(Tag(0x0008, 0x0018), .UI, "2.25.1234"),
            .us(Tag(0x0028, 0x0002), s.samples),
            .text(Tag(0x0028, 0x0004), .CS, e.photometricInterpretation),
        ]
        if s.samples > 1 { els.append(.us(Tag(0x0028, 0x0006), e.planarConfiguration)) }
        els += [.us(Tag(0x0028, 0x0010), s.rows), .us(Tag(0x0028, 0x0011), s.columns),
                .us(Tag(0x0028, 0x0100), s.bitsAllocated), .us(Tag(0x0028, 0x0101), s.bitsStored),
                .us(Tag(0x0028, 0x0102), s.bitsStored - 1), .us(Tag(0x0028, 0x0103), s.signed ? 1 : 0)]
        var frag = e.bytes
        if frag.count % 2 == 1 { frag.append(0) }
        els.append(WElement(Tag.pixelData, .OB, .fragments(bot: [0], fragments: [frag]), undefinedLength: true))
        return try makeFile(els, transferSyntax: uid)
    }

    static func decodeOurs(_ file: [UInt8]) throws -> [UInt8] {
        let p = try parseBytes(file)
        let pipe = try PixelPipeline(dataSet: p.dataSet, transferSyntax: p.transferSyntax, limits: Limits())
        let layout = pipe.layout(DecodeSettings())
        var out = [UInt8](repeating: 0, count: layout.frameBytes)
        try out.withUnsafeMutableBytes { _ = try pipe.decode(frame: 0, into: $0, settings: DecodeSettings()) }
        return out
    }

    /// Files written for the independent check: (path of .dcm, path of .raw reference, max abs error).
    nonisolated(unsafe) static var external: [(String, String, String, Int)] = []

    func encode(_ s: Shape, _ uid: String, options: EncodeOptions = EncodeOptions(), noisy: Bool) throws
        -> (EncodedFrame, [Int64], [Int64]) {
        let v = Self.values(s, noisy: noisy)
        let raw = Self.bytes(v, s)
        let e = try raw.withUnsafeBytes { try CodecRegistry.encode($0, uid: uid, spec: s.spec, options: options) }
        let f = try Self.file(e, s, uid)
        let decoded = try Self.decodeOurs(f)
        let back = CodecTestHelpers.samples(decoded, bytes: s.bitsAllocated / 8, signed: s.signed)
        return (e, v, back)
    }

    func testLosslessRoundTrips() throws {
        for uid in Self.lossless {
            for s in Self.shapes {
                let (e, v, back) = try encode(s, uid, noisy: true)
                XCTAssertFalse(e.lossy, "\(uid) \(s.name)")
                XCTAssertEqual(back, v, "\(uid) \(s.name): decoded samples differ")
                if s.samples == 3 && (uid.hasSuffix(".90") || uid.hasSuffix(".201") || uid.hasSuffix(".202")) {
                    XCTAssertEqual(e.photometricInterpretation, "YBR_RCT")
                }
                if uid == "1.2.840.10008.1.2.4.202" {
                    // RPCL progression (COD Sgcod byte 0 = 2) and a TLM marker segment.
                    let b = e.bytes
                    XCTAssertTrue(zip(b, b.dropFirst()).contains { $0 == 0xFF && $1 == 0x55 }, "no TLM")
                    if let cod = (0..<(b.count - 6)).first(where: { b[$0] == 0xFF && b[$0 + 1] == 0x52 }) {
                        XCTAssertEqual(b[cod + 5], 2, "progression order is not RPCL")
                    } else { XCTFail("no COD") }
                }
                try record(e, s, uid, v, tolerance: 0)
            }
        }
    }

    func testLossyBounds() throws {
        let cases: [(String, Shape, Double)] = [
            ("1.2.840.10008.1.2.4.50", Self.shapes[0], 35), ("1.2.840.10008.1.2.4.50", Self.shapes[5], 30),
            ("1.2.840.10008.1.2.4.91", Self.shapes[0], 30), ("1.2.840.10008.1.2.4.91", Self.shapes[1], 35),
            ("1.2.840.10008.1.2.4.91", Self.shapes[5], 30),
            ("1.2.840.10008.1.2.4.203", Self.shapes[0], 35), ("1.2.840.10008.1.2.4.203", Self.shapes[2], 35),
            ("1.2.840.10008.1.2.4.203", Self.shapes[5], 30),
        ]
        for (uid, s, minPSNR) in cases {
            let (e, v, back) = try encode(s, uid, noisy: false)
            XCTAssertTrue(e.lossy, uid)
            XCTAssertFalse(e.method.isEmpty, uid)
            XCTAssertGreaterThan(e.ratio, 1, uid)
            let p = psnr(v, back, bits: s.bitsStored)
            XCTAssertGreaterThan(p, minPSNR, "\(uid) \(s.name): PSNR \(p)")
            if uid.hasSuffix(".50") && s.samples == 3 { XCTAssertEqual(e.photometricInterpretation, "YBR_FULL_422") }
            if (uid.hasSuffix(".91") || uid.hasSuffix(".203")) && s.samples == 3 { XCTAssertEqual(e.photometricInterpretation, "YBR_ICT") }
            let maxErr = zip(v, back).map { abs($0 - $1) }.max() ?? 0
            try record(e, s, uid, back, tolerance: Int(max(2, maxErr)))  // pydicom vs our decode of the same stream
        }
        // JPEG-LS near-lossless: every sample within NEAR.
        for s in [Self.shapes[0], Self.shapes[1], Self.shapes[5]] {
            var o = EncodeOptions()
            o.nearLossless = 3
            let (e, v, back) = try encode(s, "1.2.840.10008.1.2.4.81", options: o, noisy: true)
            XCTAssertTrue(e.lossy)
            XCTAssertEqual(e.method, "ISO_14495_1")
            XCTAssertLessThanOrEqual(zip(v, back).map { abs($0 - $1) }.max() ?? 99, 3, s.name)
            try record(e, s, "1.2.840.10008.1.2.4.81", back, tolerance: 0)
        }
    }

    func testRefusalsAreUnsupported() throws {
        func refused(_ uid: String, _ spec: FrameSpec, file: StaticString = #filePath, line: UInt = #line) {
            let raw = [UInt8](repeating: 0, count: spec.frameBytes ?? 0)
            XCTAssertNotNil(CodecRegistry.encodeRefusal(uid, spec), uid, file: file, line: line)
            XCTAssertThrowsError(try raw.withUnsafeBytes { try CodecRegistry.encode($0, uid: uid, spec: spec) },
                                 file: file, line: line) { e in
                XCTAssertEqual((e as? DICOMError)?.status, .unsupported, "\(uid): \(e)", file: file, line: line)
            }
        }
        let s12 = Self.shapes[1].spec
        refused("1.2.840.10008.1.2.4.50", s12)                        // baseline > 8 bits
        var s32 = s12; s32.bitsAllocated = 32; s32.bitsStored = 32
        for uid in ["1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.70", "1.2.840.10008.1.2.4.80",
                    "1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.201"] { refused(uid, s32) }
        var f = s32; f.isFloat = true
        for uid in Self.lossless + ["1.2.840.10008.1.2.4.50"] { refused(uid, f) }
        var wide = Self.shapes[0].spec; wide.samplesPerPixel = 4; wide.bitsAllocated = 32; wide.bitsStored = 32
        refused("1.2.840.10008.1.2.5", wide)                          // 16 RLE segments
        var pal = Self.shapes[0].spec; pal.photometricInterpretation = "PALETTE COLOR"
        refused("1.2.840.10008.1.2.4.91", pal)
        refused("1.2.840.10008.1.2.4.51", Self.shapes[0].spec)        // no encoder
        refused("1.2.840.10008.1.2.4.81", Self.shapes[2].spec)        // near-lossless signed
        XCTAssertNil(CodecRegistry.encodeRefusal("1.2.840.10008.1.2.5", Self.shapes[4].spec))
    }

    func testRegistryRows() {
        XCTAssertEqual(Set(CodecRegistry.rows.map(\.uid)).count, CodecRegistry.rows.count)
        XCTAssertEqual(CodecRegistry.lookup("jpeg-ls")?.uid, "1.2.840.10008.1.2.4.80")
        XCTAssertEqual(CodecRegistry.lookup("1.2.840.10008.1.2.4.203\0")?.shortName, "htj2k-lossy")
        XCTAssertEqual(FrameDecoder.decoderName(transferSyntax: "1.2.840.10008.1.2.5"), "native RLE (Swift)")
        XCTAssertEqual(FrameDecoder.decoderName(transferSyntax: "1.2.3"), "none (unsupported transfer syntax)")
        for r in CodecRegistry.rows where r.encapsulated && r.family != .deflatedFrames && r.encode == nil {
            XCTAssertTrue(["1.2.840.10008.1.2.4.51", "1.2.840.10008.1.2.4.57"].contains(r.uid), r.uid)
        }
    }

    /// OpenJPH (not the OpenJPEG fallback) decodes the lossless HT corpus frames and ours, to the
    /// same samples OpenJPEG gives.
    func testOpenJPHDecodesLosslessHT() throws {
        var taken = 0
        for set in try CodecCorpus.frameSets(["1.2.840.10008.1.2.4.201", "1.2.840.10008.1.2.4.202"]) {
            for frame in set.frames {
                try frame.withUnsafeBytes { cs in
                    guard JPEG2000.openJPHCanTake(cs), let n = set.geometry.frameBytes else { return }
                    var a = [UInt8](repeating: 0, count: n), b = a
                    let ra = a.withUnsafeMutableBytes { HTJ2K.decode(cs, geometry: set.geometry, into: $0) }
                    let rb = try b.withUnsafeMutableBytes { try JPEG2000.decode(cs, geometry: set.geometry, into: $0, settings: DecodeSettings()) }
                    XCTAssertEqual(ra, rb, set.path)
                    XCTAssertEqual(a, b, set.path)
                    taken += 1
                }
            }
        }
        XCTAssertGreaterThan(taken, 0, "OpenJPH took no corpus frame")
        let s = Self.shapes[3]
        let (e, v, _) = try encode(s, "1.2.840.10008.1.2.4.201", noisy: true)
        try e.bytes.withUnsafeBytes { cs in
            XCTAssertTrue(JPEG2000.openJPHCanTake(cs))
            var out = [UInt8](repeating: 0, count: s.spec.frameBytes ?? 0)
            let g = CodecTestHelpers.geometry(rows: s.rows, columns: s.columns, bitsAllocated: 16, bitsStored: 16)
            XCTAssertNotNil(out.withUnsafeMutableBytes { HTJ2K.decode(cs, geometry: g, into: $0) })
            XCTAssertEqual(CodecTestHelpers.samples(out, bytes: 2, signed: false), v)
        }
    }

    func testPackBitsRuns() {
        var out: [UInt8] = []
        RLEEncoder.packBits([1, 1, 1, 2, 3, 4, 4], into: &out)
        XCTAssertEqual(out, [0xFE, 1, 1, 2, 3, 0xFF, 4])
        out = []
        RLEEncoder.packBits([UInt8](repeating: 7, count: 130), into: &out)
        XCTAssertEqual(out, [0x81, 7, 0xFF, 7])
    }

    func psnr(_ a: [Int64], _ b: [Int64], bits: Int) -> Double {
        var se = 0.0
        for (x, y) in zip(a, b) { se += Double(x - y) * Double(x - y) }
        let mse = se / Double(max(a.count, 1))
        let peak = Double((Int64(1) << bits) - 1)
        return mse == 0 ? 200 : 10 * log10(peak * peak / mse)
    }

    /// Writes the file and its expected samples for the pydicom check.
    func record(_ e: EncodedFrame, _ s: Shape, _ uid: String, _ expected: [Int64], tolerance: Int) throws {
        let dir = NSTemporaryDirectory() + "vetdicom-encoder-tests"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let base = "\(dir)/\(uid)-\(s.name)-\(Self.external.count)"
        try Data(try Self.file(e, s, uid)).write(to: URL(fileURLWithPath: base + ".dcm"))
        try Data(Self.bytes(expected, s)).write(to: URL(fileURLWithPath: base + ".raw"))
        let dtype = (s.signed ? "<i" : "<u") + String(s.bitsAllocated / 8)
        Self.external.append((base + ".dcm", base + ".raw", dtype, tolerance))
    }

    /// pydicom 3 (pylibjpeg, pyjpegls, RLE plugins) decodes every codestream written above to
    /// the expected samples (lossless: exactly; lossy: within the stated tolerance of our decode).
    func testZIndependentDecoderAgrees() throws {
        try testLosslessRoundTrips()
        try testLossyBounds()
        let script = """
        import sys
        try:
            import numpy as np, pydicom
        except ImportError:
            print("SKIP"); sys.exit(0)
        bad = []
        args = sys.argv[1:]
        for i in range(0, len(args), 4):
            dcm, raw, dtype, tol = args[i], args[i + 1], args[i + 2], int(args[i + 3])
            try:
                a = pydicom.dcmread(dcm).pixel_array.astype(np.int64).ravel()
            except Exception as e:
                bad.append(f"{dcm}: {e}"); continue
            b = np.fromfile(raw, dtype=dtype).astype(np.int64)
            if a.shape != b.shape or (np.abs(a - b).max() if a.size else 0) > tol:
                err = np.abs(a - b).max() if a.shape == b.shape else "shape"
                bad.append(f"{dcm}: max error {err} > {tol}")
        print("CHECKED", len(args) // 4)
        for b in bad: print(b)
        """
        let args = Self.external.flatMap { [$0.0, $0.1, $0.2, String($0.3)] }
        guard let out = try runPython(script, args) else {
            throw XCTSkip("python3 with numpy and pydicom is not available")
        }
        let text = String(decoding: out, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("CHECKED \(Self.external.count)"), text)
        XCTAssertEqual(text.split(separator: "\n").count, 1, text)
    }
}
