@testable import DICOMCodecs
import DICOMCore
import XCTest

final class JPEG2000Tests: XCTestCase {
    typealias H = CodecTestHelpers
    let decode: FrameDecodeFunction = JPEG2000.decode

    @discardableResult
    private func roundTrip(rows: Int, cols: Int, spp: Int = 1, bits: Int, ba: Int, signed: Bool = false,
                           mct: Bool = false, jp2: Bool = false, htj2k: Bool = false, threads: Int = 1,
                           file: StaticString = #filePath, line: UInt = #line) throws -> [UInt8] {
        let lo: Int64 = signed ? -(Int64(1) << (bits - 1)) : 0
        let hi: Int64 = signed ? (Int64(1) << (bits - 1)) - 1 : (Int64(1) << bits) - 1
        let src = H.testSamples(count: rows * cols * spp, lo: lo, hi: hi, seed: UInt64(bits * 10 + spp))
        let s32 = src.map { Int32(truncatingIfNeeded: $0) }
        let stream = htj2k
            ? try TestEncoders.htj2k(s32, width: cols, height: rows, bits: bits, signed: signed)
            : try TestEncoders.jpeg2000(s32, width: cols, height: rows, components: spp, precision: bits,
                                        signed: signed, mct: mct, jp2: jp2)
        if htj2k { XCTAssertEqual(Array(stream.prefix(4)), [0xFF, 0x4F, 0xFF, 0x51], file: file, line: line) }
        let g = H.geometry(rows: rows, columns: cols, samples: spp, bitsAllocated: ba, bitsStored: bits, signed: signed)
        var settings = DecodeSettings()
        settings.codecThreads = threads
        let (out, info) = try H.decode(decode, stream, g, settings: settings)
        XCTAssertEqual(info, CodecOutput(precision: bits, isSigned: signed, color: mct ? .rgb : .asDeclared),
                       file: file, line: line)
        XCTAssertEqual(H.samples(out, bytes: g.bytesPerSample, signed: signed), src, file: file, line: line)
        return stream
    }

    func test8Bit() throws { try roundTrip(rows: 37, cols: 29, bits: 8, ba: 8) }
    func test12Bit() throws { try roundTrip(rows: 40, cols: 33, bits: 12, ba: 16) }
    func test16Bit() throws { try roundTrip(rows: 32, cols: 48, bits: 16, ba: 16) }
    func testSigned16() throws { try roundTrip(rows: 32, cols: 30, bits: 16, ba: 16, signed: true) }
    func testSigned12() throws { try roundTrip(rows: 24, cols: 26, bits: 12, ba: 16, signed: true) }
    func testSigned8() throws { try roundTrip(rows: 24, cols: 26, bits: 8, ba: 8, signed: true) }
    func test24BitIn32() throws { try roundTrip(rows: 8, cols: 9, bits: 24, ba: 32) }
    func testRGBWithMCT() throws { try roundTrip(rows: 31, cols: 27, spp: 3, bits: 8, ba: 8, mct: true) }
    func testRGBWithoutMCT() throws { try roundTrip(rows: 31, cols: 27, spp: 3, bits: 8, ba: 8, mct: false) }
    func testJP2Wrapper() throws { try roundTrip(rows: 20, cols: 21, bits: 12, ba: 16, jp2: true) }
    func testThreads() throws { try roundTrip(rows: 130, cols: 140, bits: 16, ba: 16, threads: 2) }

    func testHTJ2K8() throws { try roundTrip(rows: 40, cols: 36, bits: 8, ba: 8, htj2k: true) }
    func testHTJ2K12() throws { try roundTrip(rows: 40, cols: 36, bits: 12, ba: 16, htj2k: true) }
    func testHTJ2K16() throws { try roundTrip(rows: 40, cols: 36, bits: 16, ba: 16, htj2k: true) }
    // Signed HTJ2K is covered by the corpus (synthetic/htj2k_*_s*.dcm): ojph_compress's raw
    // reader clamps negative input samples, so it cannot make signed test streams.

    func testGeometryMismatchNamesBoth() throws {
        let stream = try TestEncoders.jpeg2000([Int32](repeating: 7, count: 16 * 12), width: 16, height: 12,
                                               components: 1, precision: 8, signed: false)
        for g in [H.geometry(rows: 16, columns: 12, bitsAllocated: 8, bitsStored: 8),
                  H.geometry(rows: 12, columns: 16, samples: 3, bitsAllocated: 8, bitsStored: 8)] {
            XCTAssertThrowsError(try H.decode(decode, stream, g)) { e in
                let e = e as? DICOMError
                XCTAssertEqual(e?.status, .codecError)
                XCTAssertTrue(e?.message.contains("data set declares") ?? false, e?.message ?? "")
            }
        }
    }

    func testNotJ2K() throws {
        let g = H.geometry(rows: 2, columns: 2, bitsAllocated: 8, bitsStored: 8)
        XCTAssertThrowsError(try H.decode(decode, [UInt8](repeating: 0x11, count: 40), g)) { e in
            XCTAssertEqual((e as? DICOMError)?.status, .codecError)
        }
    }

    func testOpenJPEGErrorTextIsCollected() throws {
        let stream = try roundTrip(rows: 16, cols: 16, bits: 8, ba: 8)
        let g = H.geometry(rows: 16, columns: 16, bitsAllocated: 8, bitsStored: 8)
        XCTAssertThrowsError(try H.decode(decode, Array(stream.prefix(20)), g)) { e in
            let e = e as? DICOMError
            XCTAssertEqual(e?.status, .codecError)
            XCTAssertTrue(e?.message.contains("OpenJPEG") ?? false, e?.message ?? "")
        }
    }

    func testCorruptStreamsNeverCrash() throws {
        var streams: [([UInt8], FrameGeometry)] = []
        streams.append((try roundTrip(rows: 16, cols: 16, bits: 8, ba: 8), H.geometry(rows: 16, columns: 16, bitsAllocated: 8, bitsStored: 8)))
        streams.append((try roundTrip(rows: 16, cols: 16, bits: 16, ba: 16, signed: true),
                        H.geometry(rows: 16, columns: 16, bitsAllocated: 16, bitsStored: 16, signed: true)))
        streams.append((try roundTrip(rows: 16, cols: 16, spp: 3, bits: 8, ba: 8, mct: true),
                        H.geometry(rows: 16, columns: 16, samples: 3, bitsAllocated: 8, bitsStored: 8)))
        streams.append((try roundTrip(rows: 16, cols: 16, bits: 12, ba: 16, jp2: true),
                        H.geometry(rows: 16, columns: 16, bitsAllocated: 16, bitsStored: 12)))
        if let ht = try? roundTrip(rows: 16, cols: 16, bits: 12, ba: 16, htj2k: true) {
            streams.append((ht, H.geometry(rows: 16, columns: 16, bitsAllocated: 16, bitsStored: 12)))
        }
        for (s, g) in streams {
            let (thrown, _) = H.corrupt(decode, s, g)
            XCTAssertGreaterThan(thrown, 3)
        }
    }

    func testCorpus() throws {
        try H.corpus(decode, syntaxes: ["1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.91"])
    }

    func testCorpusHTJ2K() throws {
        try H.corpus(decode, syntaxes: ["1.2.840.10008.1.2.4.201", "1.2.840.10008.1.2.4.202",
                                        "1.2.840.10008.1.2.4.203"])
    }

    /// The 16-pairs-at-a-time scan for byte pairs OpenJPEG 2.5.0's HT decoder aborts on finds the
    /// same first pair as a byte-by-byte reading, wherever the pair lies (around 16-byte block
    /// edges and in the tail), and lets SOP/EPH and a final EOC through.
    func testForbiddenPairScanMatchesByteByByte() {
        func reference(_ b: [UInt8], _ from: Int, _ end: Int) -> (Int, UInt8)? {
            var q = from
            while q + 1 < end {
                if b[q] == 0xFF {
                    let n = b[q + 1]
                    if n > 0x8F && n != 0x91 && n != 0x92 && !(n == 0xD9 && q + 2 == b.count) { return (q, n) }
                }
                q += 1
            }
            return nil
        }
        var rng: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int { rng = rng &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407; return Int(rng >> 33) }
        var found = 0
        for trial in 0..<600 {
            let n = 1 + trial % 70
            // Filler without FF, then FF pairs of every kind planted at random places.
            var b = (0..<n).map { _ in UInt8(next() % 255) }
            for _ in 0..<(next() % 4) {
                let at = next() % n
                b[at] = 0xFF
                if at + 1 < n { b[at + 1] = [0x00, 0x7F, 0x8F, 0x90, 0x91, 0x92, 0x93, 0xD9, 0xFF][next() % 9] }
            }
            let from = next() % n, end = from + next() % (n - from + 1)
            let want = reference(b, from, end)
            let got = b.withUnsafeBytes { JPEG2000.firstForbiddenPair($0, from: from, to: end) }
            XCTAssertEqual(got?.0, want?.0, "trial \(trial)")
            XCTAssertEqual(got?.1, want?.1, "trial \(trial)")
            if want != nil { found += 1 }
        }
        XCTAssertGreaterThan(found, 50)
    }
}
