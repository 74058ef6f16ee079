@testable import DICOMCodecs
import DICOMCore
import XCTest

final class JPEGLSTests: XCTestCase {
    typealias H = CodecTestHelpers
    let decode: FrameDecodeFunction = JPEGLS.decode

    /// Encodes with CharLS, decodes with JPEGLS, returns (stream, source, decoded samples).
    @discardableResult
    private func roundTrip(rows: Int, cols: Int, spp: Int = 1, bits: Int, ba: Int, signed: Bool = false,
                           ilv: Int = 2, near: Int = 0,
                           file: StaticString = #filePath, line: UInt = #line) throws -> [UInt8] {
        let lo: Int64 = signed ? -(Int64(1) << (bits - 1)) : 0
        let hi: Int64 = signed ? (Int64(1) << (bits - 1)) - 1 : (Int64(1) << bits) - 1
        let src = H.testSamples(count: rows * cols * spp, lo: lo, hi: hi, seed: UInt64(bits * 100 + ilv))
        // JPEG-LS stores signed data as its two's complement bits in `bits` bits.
        let mask = (Int64(1) << bits) - 1
        let stored = src.map { Int($0 & mask) }
        let stream = try TestEncoders.jpegLS(stored, width: cols, height: rows, components: spp, bits: bits,
                                             interleave: ilv, near: near)
        let g = H.geometry(rows: rows, columns: cols, samples: spp, bitsAllocated: ba, bitsStored: bits, signed: signed)
        var (out, info) = try H.decode(decode, stream, g)
        XCTAssertEqual(info, CodecOutput(precision: bits, isSigned: false, color: .asDeclared), file: file, line: line)
        let bps = g.bytesPerSample
        // Raw output: unsigned `bits`-bit values, zero-extended.
        let raw = H.samples(out, bytes: bps, signed: false)
        if near == 0 {
            XCTAssertEqual(raw, stored.map { Int64($0) }, file: file, line: line)
        } else {
            let maxErr = zip(raw, stored).map { abs($0 - Int64($1)) }.max() ?? 0
            XCTAssertLessThanOrEqual(maxErr, Int64(near), file: file, line: line)
            XCTAssertNotEqual(raw, stored.map { Int64($0) }, "near-lossless should differ somewhere", file: file, line: line)
        }
        // After the pipeline's correction, signed data comes back as the source values.
        PydicomCorrection.apply(&out, geometry: g, transferSyntax: near == 0 ? "1.2.840.10008.1.2.4.80" : "1.2.840.10008.1.2.4.81", output: info)
        if near == 0 {
            XCTAssertEqual(H.samples(out, bytes: bps, signed: signed), src, file: file, line: line)
        }
        return stream
    }

    func test8BitMono() throws { try roundTrip(rows: 37, cols: 41, bits: 8, ba: 8) }
    func test7BitIn8() throws { try roundTrip(rows: 20, cols: 20, bits: 7, ba: 8) }
    func test12BitMono() throws { try roundTrip(rows: 30, cols: 50, bits: 12, ba: 16) }
    func test16BitMono() throws { try roundTrip(rows: 33, cols: 31, bits: 16, ba: 16) }
    func test2BitMono() throws { try roundTrip(rows: 8, cols: 9, bits: 2, ba: 8) }
    func testSigned16() throws { try roundTrip(rows: 24, cols: 40, bits: 16, ba: 16, signed: true) }
    func testSigned12In16() throws { try roundTrip(rows: 24, cols: 40, bits: 12, ba: 16, signed: true) }
    func testSigned8() throws { try roundTrip(rows: 16, cols: 16, bits: 8, ba: 8, signed: true) }
    func test8BitIn16BitContainer() throws { try roundTrip(rows: 10, cols: 12, bits: 8, ba: 16) }
    func testRGBInterleaveNone() throws { try roundTrip(rows: 21, cols: 19, spp: 3, bits: 8, ba: 8, ilv: 0) }
    func testRGBInterleaveLine() throws { try roundTrip(rows: 21, cols: 19, spp: 3, bits: 8, ba: 8, ilv: 1) }
    func testRGBInterleaveSample() throws { try roundTrip(rows: 21, cols: 19, spp: 3, bits: 8, ba: 8, ilv: 2) }
    func testRGB16InterleaveNone() throws { try roundTrip(rows: 11, cols: 13, spp: 3, bits: 16, ba: 16, ilv: 0) }
    func testRGB12InterleaveLine() throws { try roundTrip(rows: 11, cols: 13, spp: 3, bits: 12, ba: 16, ilv: 1) }
    func testNearLossless() throws { try roundTrip(rows: 32, cols: 32, bits: 12, ba: 16, near: 3) }
    func testNearLosslessRGB() throws { try roundTrip(rows: 16, cols: 24, spp: 3, bits: 8, ba: 8, ilv: 0, near: 2) }

    func testGeometryMismatchNamesBoth() throws {
        let stream = try TestEncoders.jpegLS([Int](repeating: 5, count: 12), width: 4, height: 3, components: 1,
                                             bits: 8, interleave: 0)
        let g = H.geometry(rows: 4, columns: 3, bitsAllocated: 8, bitsStored: 8)
        XCTAssertThrowsError(try H.decode(decode, stream, g)) { e in
            let e = e as? DICOMError
            XCTAssertEqual(e?.status, .codecError)
            XCTAssertTrue(e?.message.contains("4x3") ?? false, e?.message ?? "")
            XCTAssertTrue(e?.message.contains("3x4") ?? false, e?.message ?? "")
        }
        let g12 = H.geometry(rows: 3, columns: 4, bitsAllocated: 8, bitsStored: 8)
        let s12 = try TestEncoders.jpegLS([Int](repeating: 5, count: 12), width: 4, height: 3, components: 1,
                                          bits: 12, interleave: 0)
        XCTAssertThrowsError(try H.decode(decode, s12, g12))
    }

    func testCharLSErrorText() throws {
        let g = H.geometry(rows: 2, columns: 2, bitsAllocated: 8, bitsStored: 8)
        XCTAssertThrowsError(try H.decode(decode, [0xFF, 0xD8, 0x00, 0x01, 0x02], g)) { e in
            let e = e as? DICOMError
            XCTAssertEqual(e?.status, .codecError)
            XCTAssertTrue(e?.message.contains("CharLS") ?? false, e?.message ?? "")
        }
    }

    func testCorruptStreamsNeverCrash() throws {
        for (bits, spp, ilv) in [(8, 1, 0), (12, 1, 0), (16, 1, 0), (8, 3, 0), (8, 3, 1), (8, 3, 2)] {
            let stream = try roundTrip(rows: 16, cols: 16, spp: spp, bits: bits, ba: bits > 8 ? 16 : 8, ilv: ilv)
            let g = H.geometry(rows: 16, columns: 16, samples: spp, bitsAllocated: bits > 8 ? 16 : 8, bitsStored: bits)
            let (thrown, _) = H.corrupt(decode, stream, g)
            XCTAssertGreaterThan(thrown, 5)
        }
    }

    func testCorpus() throws {
        try H.corpus(decode, syntaxes: ["1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.81"])
    }
}
