@testable import DICOMCodecs
import DICOMCore
import XCTest

/// The native JPEG-LS encoder against its oracle: for every frame, its codestream must be byte
/// for byte the one CharLS 2.4.1 writes (`JPEGLSEncoder.encodeCharLS`, same frame info, NEAR
/// and interleave), and CharLS must decode it back to the input (exactly, or within NEAR).
final class JPEGLSEncoderTests: XCTestCase {
    typealias H = CodecTestHelpers

    enum Kind { case mixed, flat, noise, steps }

    /// Container bytes of a frame of `kind`: values of `bits` bits (signed: two's complement in
    /// the whole container, so the encoder must mask them to the low `bits` bits).
    private func frame(rows: Int, cols: Int, spp: Int, bits: Int, bitsAllocated: Int, signed: Bool, kind: Kind,
                       seed: UInt64) -> [UInt8] {
        var s = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        func rnd() -> Int { s ^= s << 13; s ^= s >> 7; s ^= s << 17; return Int(truncatingIfNeeded: s & 0x7FFF_FFFF) }
        let maxv = (1 << bits) - 1
        var out: [UInt8] = []
        for y in 0..<rows {
            for x in 0..<cols {
                for c in 0..<spp {
                    var v: Int
                    switch kind {
                    case .flat: v = (x >= cols / 2 && y % 5 == 3) ? maxv / 3 : maxv / 2
                    case .noise: v = rnd() % (maxv + 1)
                    case .steps: v = ((x / 9 + y / 4 + c) % 4) * maxv / 3
                    case .mixed:
                        let flat = (x / 7 + y / 5) % 3 == 0
                        v = (x * 3 + y * 2 + c * 11) * maxv / max(1, 3 * cols + 2 * rows + 40)
                        if !flat { v += rnd() % max(2, maxv / 16 + 1) - maxv / 32 }
                        if rnd() % 97 == 0 { v = rnd() % (maxv + 1) }
                    }
                    v = min(maxv, max(0, v))
                    if signed { v -= (maxv + 1) / 2 }   // two's complement, sign-extended below
                    for b in 0..<(bitsAllocated / 8) { out.append(UInt8(truncatingIfNeeded: v >> (8 * b))) }
                }
            }
        }
        return out
    }

    /// Native == CharLS byte for byte, and CharLS decodes it back (within NEAR).
    private func compare(_ bytes: [UInt8], rows: Int, cols: Int, spp: Int, bitsAllocated: Int, bitsStored: Int,
                         signed: Bool, near: Int, _ what: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let spec = FrameSpec(rows: rows, columns: cols, samplesPerPixel: spp, bitsAllocated: bitsAllocated,
                             bitsStored: bitsStored, isSigned: signed,
                             photometricInterpretation: spp == 3 ? "RGB" : "MONOCHROME2")
        let bits = max(bitsStored, 2)
        XCTAssertTrue(JPEGLSNativeEncoder.supports(spec), what, file: file, line: line)
        let native = try bytes.withUnsafeBytes { try JPEGLSNativeEncoder.encode($0, spec: spec, bits: bits, near: near) }
        let charls = try bytes.withUnsafeBytes {
            try JPEGLSEncoder.encodeCharLS($0.baseAddress!, spec: spec, bits: bits, nearLossless: near)
        }
        guard native == charls else {
            let at = (0..<min(native.count, charls.count)).first { native[$0] != charls[$0] } ?? min(native.count, charls.count)
            XCTFail("\(what): native codestream (\(native.count) bytes) differs from CharLS's (\(charls.count)) at byte \(at): \(native.suffix(8).map { String($0, radix: 16) }) vs \(charls.suffix(8).map { String($0, radix: 16) })",
                    file: file, line: line)
            return
        }
        // Round trip through CharLS: the low `bits` bits of each sample, within NEAR.
        let g = H.geometry(rows: rows, columns: cols, samples: spp, bitsAllocated: bitsAllocated, bitsStored: bitsStored)
        let (back, _) = try H.decode(JPEGLS.decodeCharLS, native, g)
        let n = bitsAllocated / 8, mask = Int64((1 << bits) - 1)
        var worst: Int64 = 0
        for i in 0..<(rows * cols * spp) {
            let d = (H.sample(bytes, i, bytes: n, signed: false) & mask) - H.sample(back, i, bytes: n, signed: false)
            worst = max(worst, abs(d))
        }
        XCTAssertLessThanOrEqual(worst, Int64(near), "\(what): round trip error", file: file, line: line)
    }

    private func synthetic(rows: Int, cols: Int, spp: Int = 1, bits: Int, ba: Int? = nil, signed: Bool = false,
                           kind: Kind = .mixed, near: Int = 0, file: StaticString = #filePath, line: UInt = #line) throws {
        let bitsAllocated = ba ?? (bits > 8 ? 16 : 8)
        let f = frame(rows: rows, cols: cols, spp: spp, bits: bits, bitsAllocated: bitsAllocated, signed: signed, kind: kind,
                      seed: UInt64(rows * 131 + cols * 17 + bits * 7 + near * 1000 + spp))
        try compare(f, rows: rows, cols: cols, spp: spp, bitsAllocated: bitsAllocated, bitsStored: bits, signed: signed,
                    near: near, "\(cols)x\(rows)x\(spp) \(bits)/\(bitsAllocated) bits signed \(signed) \(kind) NEAR \(near)",
                    file: file, line: line)
    }

    func testLosslessAllBitDepths() throws {
        for bits in 2...16 {
            try synthetic(rows: 29, cols: 41, bits: bits)
            try synthetic(rows: 17, cols: 23, bits: bits, kind: .noise)
        }
    }

    func testSignedAndWideContainers() throws {
        for bits in [2, 7, 8, 12, 16] { try synthetic(rows: 21, cols: 33, bits: bits, signed: true) }
        for bits in [2, 5, 8] { try synthetic(rows: 19, cols: 27, bits: bits, ba: 16, signed: bits == 5) }
        try synthetic(rows: 19, cols: 27, bits: 1, ba: 8)   // Bits Stored 1 is coded as 2 bits
    }

    func testTinyAndOddSizes() throws {
        for bits in [2, 8, 12, 16] {
            try synthetic(rows: 1, cols: 1, bits: bits)
            try synthetic(rows: 1, cols: 37, bits: bits)
            try synthetic(rows: 41, cols: 1, bits: bits)
            try synthetic(rows: 2, cols: 3, bits: bits, kind: .noise)
            try synthetic(rows: 13, cols: 101, bits: bits, near: bits > 2 ? 1 : 0)
        }
    }

    func testRunModeAndEscapes() throws {
        for bits in [2, 8, 12, 16] {
            try synthetic(rows: 33, cols: 300, bits: bits, kind: .flat)     // long runs, run indexes up to 31
            try synthetic(rows: 27, cols: 63, bits: bits, kind: .steps)     // run interruptions of both types
            try synthetic(rows: 64, cols: 64, bits: bits, kind: .noise)     // escape codes, 0xFF stuffing
        }
    }

    func testNearLossless() throws {
        for near in [1, 2, 7] {
            for bits in [4, 8, 12, 16] {
                try synthetic(rows: 31, cols: 45, bits: bits, near: near)
                try synthetic(rows: 23, cols: 40, bits: bits, kind: .steps, near: near)
                try synthetic(rows: 16, cols: 19, bits: bits, signed: true, kind: .noise, near: near)
            }
        }
        try synthetic(rows: 20, cols: 20, bits: 16, near: 255)
        try synthetic(rows: 20, cols: 20, bits: 9, kind: .noise, near: 255)
        try synthetic(rows: 9, cols: 9, bits: 2, near: 1)
    }

    func testColourSampleInterleaved() throws {
        for kind in [Kind.mixed, .flat, .steps, .noise] {
            try synthetic(rows: 23, cols: 31, spp: 3, bits: 8, kind: kind)
            try synthetic(rows: 17, cols: 19, spp: 3, bits: 12, kind: kind)
            try synthetic(rows: 15, cols: 22, spp: 3, bits: 8, kind: kind, near: 2)
        }
        try synthetic(rows: 1, cols: 1, spp: 3, bits: 8)
        try synthetic(rows: 11, cols: 7, spp: 3, bits: 16, near: 3)
    }

    /// The first frame of every corpus JPEG-LS file, decoded, re-encoded lossless (and with
    /// NEAR 2 up to 256 x 256): native == CharLS.
    func testCorpusFramesByteIdentical() throws {
        let sets = try CodecCorpus.frameSets(["1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.81"])
        var frames = 0
        for set in sets {
            let g = set.geometry
            for frame in set.frames.prefix(1) {
                guard let (pixels, _) = try? H.decode(JPEGLS.decode, frame, g) else { continue }
                for near in g.rows * g.columns <= 65536 ? [0, 2] : [0] {   // debug builds are slow
                    try compare(pixels, rows: g.rows, cols: g.columns, spp: g.samplesPerPixel, bitsAllocated: g.bitsAllocated,
                                bitsStored: g.bitsStored, signed: g.pixelRepresentation == 1, near: near,
                                "\(set.path) NEAR \(near)")
                }
                frames += 1
            }
        }
        XCTAssertGreaterThan(frames, 5)
    }

    /// The registry's encoder takes the native path, and keeps the result CharLS's.
    func testEncoderUsesNativeAndMatchesCharLS() throws {
        let spec = FrameSpec(rows: 30, columns: 40, samplesPerPixel: 1, bitsAllocated: 16, bitsStored: 12,
                             isSigned: false, photometricInterpretation: "MONOCHROME2")
        let f = frame(rows: 30, cols: 40, spp: 1, bits: 12, bitsAllocated: 16, signed: false, kind: .mixed, seed: 3)
        let e = try f.withUnsafeBytes { try JPEGLSEncoder.encode($0, spec: spec, nearLossless: 1) }
        let c = try f.withUnsafeBytes { try JPEGLSEncoder.encodeCharLS($0.baseAddress!, spec: spec, bits: 12, nearLossless: 1) }
        XCTAssertEqual(e.bytes, c)
        XCTAssertTrue(e.lossy)
        XCTAssertEqual(e.method, "ISO_14495_1")
        // A short frame is an error, not a trap.
        XCTAssertThrowsError(try f.prefix(100).withUnsafeBytes { try JPEGLSNativeEncoder.encode($0, spec: spec, bits: 12, near: 0) })
        XCTAssertThrowsError(try f.withUnsafeBytes { try JPEGLSNativeEncoder.encode($0, spec: spec, bits: 12, near: 2048) })
    }
}
