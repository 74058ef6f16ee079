@testable import DICOMCodecs
import DICOMCore
import XCTest

/// The native JPEG-LS decoder alone (no CharLS fallback): bit-exact with CharLS on synthetic
/// lossless and near-lossless streams of every interleave mode, and on every corpus frame.
final class JPEGLSNativeTests: XCTestCase {
    typealias H = CodecTestHelpers
    let native: FrameDecodeFunction = JPEGLSNative.decode
    let charls: FrameDecodeFunction = JPEGLS.decodeCharLS

    /// Smooth data with noise and flat patches, so both regular and run modes (and run
    /// interruptions) are exercised.
    private func image(rows: Int, cols: Int, spp: Int, bits: Int, seed: UInt64) -> [Int] {
        var s = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        func rnd() -> Int { s ^= s << 13; s ^= s >> 7; s ^= s << 17; return Int(truncatingIfNeeded: s & 0x7FFF_FFFF) }
        let maxv = (1 << bits) - 1
        var out = [Int](repeating: 0, count: rows * cols * spp)
        for y in 0..<rows {
            for x in 0..<cols {
                for c in 0..<spp {
                    let flat = (x / 7 + y / 5) % 3 == 0
                    var v = (x * 3 + y * 2 + c * 11) * maxv / max(1, 3 * cols + 2 * rows + 40)
                    if !flat { v += rnd() % max(2, maxv / 16 + 1) - maxv / 32 }
                    if rnd() % 97 == 0 { v = rnd() % (maxv + 1) }
                    out[(y * cols + x) * spp + c] = min(maxv, max(0, v))
                }
            }
        }
        return out
    }

    private func compare(rows: Int, cols: Int, spp: Int = 1, bits: Int, ilv: Int = 2, near: Int = 0,
                         file: StaticString = #filePath, line: UInt = #line) throws {
        let src = image(rows: rows, cols: cols, spp: spp, bits: bits, seed: UInt64(rows * 131 + bits * 7 + ilv + near * 1000))
        let stream = try TestEncoders.jpegLS(src, width: cols, height: rows, components: spp, bits: bits,
                                             interleave: ilv, near: near)
        let ba = bits > 8 ? 16 : 8
        let g = H.geometry(rows: rows, columns: cols, samples: spp, bitsAllocated: ba, bitsStored: bits)
        let (a, ia) = try H.decode(native, stream, g)
        let (b, ib) = try H.decode(charls, stream, g)
        XCTAssertEqual(ia, ib, file: file, line: line)
        XCTAssertTrue(a == b, "native differs from CharLS (\(bits) bits, \(spp) comps, ilv \(ilv), near \(near))",
                      file: file, line: line)
        if near == 0 {
            XCTAssertEqual(H.samples(a, bytes: ba / 8, signed: false), src.map { Int64($0) }, file: file, line: line)
        }
    }

    func testLosslessMono() throws {
        for bits in [2, 5, 8, 10, 12, 15, 16] { try compare(rows: 37, cols: 53, bits: bits) }
    }

    func testLosslessColourAllInterleaves() throws {
        for ilv in 0...2 {
            try compare(rows: 23, cols: 31, spp: 3, bits: 8, ilv: ilv)
            try compare(rows: 17, cols: 19, spp: 3, bits: 12, ilv: ilv)
        }
    }

    func testNearLossless() throws {
        for near in [1, 2, 3, 7] {
            try compare(rows: 40, cols: 45, bits: 8, near: near)
            try compare(rows: 33, cols: 29, bits: 12, near: near)
            try compare(rows: 21, cols: 26, bits: 16, near: near)
            for ilv in 0...2 { try compare(rows: 19, cols: 22, spp: 3, bits: 8, ilv: ilv, near: near) }
        }
    }

    func testTinyImages() throws {
        try compare(rows: 1, cols: 1, bits: 8)
        try compare(rows: 1, cols: 17, bits: 12)
        try compare(rows: 13, cols: 1, bits: 16)
        try compare(rows: 2, cols: 2, spp: 3, bits: 8, ilv: 2)
    }

    /// Every corpus JPEG-LS frame: native == CharLS byte for byte, and the manifest hashes.
    func testCorpusNativeEqualsCharLS() throws {
        let sets = try CodecCorpus.frameSets(["1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.81"])
        XCTAssertFalse(sets.isEmpty)
        var frames = 0
        for set in sets {
            for frame in set.frames {
                guard let (b, ib) = try? H.decode(charls, frame, set.geometry) else { continue }
                do {
                    let (a, ia) = try H.decode(native, frame, set.geometry)
                    XCTAssertEqual(ia, ib, set.path)
                    XCTAssertTrue(a == b, "\(set.path): native differs from CharLS")
                    frames += 1
                } catch {
                    XCTFail("\(set.path): native failed where CharLS decodes: \(error)")
                }
            }
        }
        XCTAssertGreaterThan(frames, 5)
        try H.corpus(JPEGLS.decode, syntaxes: ["1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.81"])
    }

    func testCorruptStreamsNeverCrashNative() throws {
        for (bits, spp, ilv) in [(8, 1, 0), (12, 1, 0), (16, 1, 0), (8, 3, 0), (8, 3, 1), (8, 3, 2)] {
            let src = image(rows: 16, cols: 16, spp: spp, bits: bits, seed: 5)
            let stream = try TestEncoders.jpegLS(src, width: 16, height: 16, components: spp, bits: bits, interleave: ilv)
            let g = H.geometry(rows: 16, columns: 16, samples: spp, bitsAllocated: bits > 8 ? 16 : 8, bitsStored: bits)
            // Native only: each variant decodes or throws (Unsupported -> CharLS takes over).
            var thrown = 0
            for cut in stride(from: 0, to: stream.count, by: max(1, stream.count / 23)) {
                if (try? H.decode(native, Array(stream.prefix(cut)), g)) == nil { thrown += 1 }
            }
            for k in 0..<200 {
                var v = stream
                v[(k * 7919) % v.count] ^= UInt8(1 << (k % 8))
                if (try? H.decode(native, v, g)) == nil { thrown += 1 }
            }
            XCTAssertGreaterThan(thrown, 5)
        }
    }

    /// A Golomb prefix of 63 zeros read with 64 bits in the reader's cache (commit 1339c0b): the
    /// single shift by 64 was masked to a shift by 0 and left the terminating 1 in the cache, to
    /// be ORed into the next refill. No encoder writes such a prefix (it is over LIMIT); CharLS
    /// reads it as an escape code (qbpp bits follow), and so must the native decoder.
    ///
    /// Hand-made streams (found by a search over random entropy-coded data of small images):
    /// the 8-byte window 00 00 00 00 00 00 00 01 begins exactly where a Golomb code does, with
    /// the cache refilled there from a byte boundary (the fast 8-byte refill, no 0xFF), so the
    /// cache holds 64 bits of value 1. Before the fix, the decoded samples differed from
    /// CharLS's; each stream ends where CharLS wants its scan to end (it checks that the
    /// segment is consumed).
    func testSixtyThreeZeroPrefixWithFullCacheIsAnEscape() throws {
        let header: [UInt8] = [0xFF, 0xD8, 0xFF, 0xF7, 0, 11]  // SOI, SOF55 (P, Y, X, Nf, C1 H1V1 Tq1 follow)
        let sos: [UInt8] = [0xFF, 0xDA, 0, 8, 1, 1, 0, 0, 0, 0]  // one component, NEAR 0, ILV 0
        let window: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 1]
        let cases: [(bits: Int, rows: Int, cols: Int, before: [UInt8], after: [UInt8])] = [
            (12, 3, 5, [154, 146, 166, 99, 79], [45, 216, 243, 100, 108, 231, 107, 254, 96]),
            (8, 10, 9, [122, 250, 0, 139, 162, 18, 103, 50, 233, 9, 19, 110, 5],
             [152, 107, 214, 80, 164, 27, 219, 12, 161, 191, 168, 224, 99, 10, 67, 245, 2, 250, 25, 70, 100, 242,
              51, 145, 48, 120, 17, 126, 137, 168, 105, 95, 69, 191, 102]),
        ]
        for c in cases {
            let stream = header + [UInt8(c.bits), 0, UInt8(c.rows), 0, UInt8(c.cols), 1, 1, 0x11, 0] + sos
                + c.before + window + c.after + [0xFF, 0xD9]
            let g = H.geometry(rows: c.rows, columns: c.cols, bitsAllocated: c.bits > 8 ? 16 : 8, bitsStored: c.bits)
            let (b, ib) = try H.decode(charls, stream, g)
            let (a, ia) = try H.decode(native, stream, g)
            XCTAssertEqual(ia, ib)
            XCTAssertEqual(H.samples(a, bytes: c.bits > 8 ? 2 : 1, signed: false),
                           H.samples(b, bytes: c.bits > 8 ? 2 : 1, signed: false),
                           "\(c.bits)-bit \(c.cols)x\(c.rows): native differs from CharLS after the 63-zero prefix")
        }
    }

    /// The gradient quantisation table (filled by runs) equals the comparisons of T.87 A.3.3,
    /// for default and odd thresholds, lossless and near-lossless.
    func testQuantTableMatchesDefinition() {
        for (maxval, near, t1, t2, t3) in [(255, 0, 3, 7, 21), (65535, 0, 18, 67, 276), (4095, 3, 12, 25, 88),
                                           (255, 2, 3, 3, 3), (3, 0, 1, 1, 3), (1023, 0, 5, 5, 1023), (255, 1, 2, 9, 255)] {
            let t = UnsafeMutablePointer<Int8>.allocate(capacity: 2 * maxval + 1)
            defer { t.deallocate() }
            let q = t + maxval
            JPEGLSNative.ContextModel.fillQuantTable(q, maxval: maxval, near: near, t1: t1, t2: t2, t3: t3)
            for d in -maxval...maxval where Int(q[d]) != JPEGLSNative.ContextModel.quantReference(d, near: near, t1: t1, t2: t2, t3: t3) {
                XCTFail("Q(\(d)) for maxval \(maxval) near \(near) T \(t1) \(t2) \(t3): \(q[d])")
                return
            }
        }
    }

    func testDecoderNameMentionsNative() {
        XCTAssertTrue(FrameDecoder.decoderName(transferSyntax: "1.2.840.10008.1.2.4.80").contains("native"))
    }
}
