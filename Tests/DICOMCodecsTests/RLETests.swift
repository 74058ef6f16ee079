@testable import DICOMCodecs
import TestSupport
import DICOMCore
import XCTest

final class RLETests: XCTestCase {
    typealias H = CodecTestHelpers
    let decode: FrameDecodeFunction = RLE.decode

    private func roundTrip(rows: Int, cols: Int, spp: Int, ba: Int, signed: Bool,
                           file: StaticString = #filePath, line: UInt = #line) throws -> [UInt8] {
        let bps = ba / 8
        let bits = ba
        let lo: Int64 = signed ? -(Int64(1) << (bits - 1)) : 0
        let hi: Int64 = signed ? (Int64(1) << (bits - 1)) - 1 : (Int64(1) << bits) - 1
        var src = H.testSamples(count: rows * cols * spp, lo: lo, hi: hi, seed: UInt64(ba * 10 + spp))
        // Long runs too, so that both PackBits run kinds appear.
        for i in 0..<min(300, src.count) { src[i] = lo + 3 }
        let stream = TestEncoders.rle(src, pixels: rows * cols, components: spp, bytesPerSample: bps)
        let g = H.geometry(rows: rows, columns: cols, samples: spp, bitsAllocated: ba, bitsStored: ba, signed: signed)
        let (out, info) = try H.decode(decode, stream, g)
        XCTAssertEqual(info, CodecOutput(precision: ba, isSigned: false, color: .asDeclared), file: file, line: line)
        XCTAssertEqual(H.samples(out, bytes: bps, signed: signed), src, file: file, line: line)
        return stream
    }

    func testUnsigned8Mono() throws { _ = try roundTrip(rows: 33, cols: 47, spp: 1, ba: 8, signed: false) }
    func testSigned8Mono() throws { _ = try roundTrip(rows: 20, cols: 31, spp: 1, ba: 8, signed: true) }
    func testUnsigned16Mono() throws { _ = try roundTrip(rows: 40, cols: 41, spp: 1, ba: 16, signed: false) }
    func testSigned16Mono() throws { _ = try roundTrip(rows: 17, cols: 64, spp: 1, ba: 16, signed: true) }
    func testRGB8() throws { _ = try roundTrip(rows: 25, cols: 29, spp: 3, ba: 8, signed: false) }
    func testRGB16() throws { _ = try roundTrip(rows: 9, cols: 13, spp: 3, ba: 16, signed: false) }
    func testUnsigned32() throws { _ = try roundTrip(rows: 12, cols: 11, spp: 1, ba: 32, signed: false) }
    func testSigned32() throws { _ = try roundTrip(rows: 12, cols: 10, spp: 1, ba: 32, signed: true) }

    func testSegmentDecodingToMoreBytesIsAccepted() throws {
        // Segment encodes 8 pixels + 4 extra bytes: extras are ignored.
        var frame = [UInt8](repeating: 0, count: 64)
        frame[0] = 1; frame[4] = 64
        frame += [11, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
        let g = H.geometry(rows: 2, columns: 4, bitsAllocated: 8, bitsStored: 8)
        let (out, _) = try H.decode(decode, frame, g)
        XCTAssertEqual(out, [1, 2, 3, 4, 5, 6, 7, 8])
    }

    func testNoOpHeaderAndReplicateRun() throws {
        var frame = [UInt8](repeating: 0, count: 64)
        frame[0] = 1; frame[4] = 64
        frame += [0x80, 0xFD, 9, 0x80, 1, 4, 5]  // no-op, 4 x 9, no-op, literal 4 5
        let g = H.geometry(rows: 1, columns: 6, bitsAllocated: 8, bitsStored: 8)
        let (out, _) = try H.decode(decode, frame, g)
        XCTAssertEqual(out, [9, 9, 9, 9, 4, 5])
    }

    func testErrors() throws {
        let g = H.geometry(rows: 2, columns: 2, bitsAllocated: 16, bitsStored: 16)
        func expectError(_ frame: [UInt8], _ contains: String, line: UInt = #line) {
            XCTAssertThrowsError(try H.decode(decode, frame, g), line: line) { e in
                guard let e = e as? DICOMError else { return XCTFail("\(e)", line: line) }
                XCTAssertEqual(e.status, .codecError, line: line)
                XCTAssertTrue(e.message.contains(contains), e.message, line: line)
            }
        }
        expectError([1, 0, 0], "shorter than the 64-byte")
        var h = [UInt8](repeating: 0, count: 64)
        h[0] = 16
        expectError(h, "16 segments")
        h[0] = 1; h[4] = 64
        expectError(h + [3, 1, 2, 3, 4], "header declares 1 segments")
        h[0] = 2; h[4] = 70; h[8] = 64
        expectError(h + [3, 1, 2, 3, 4, 3, 1, 2, 3, 4], "precedes")
        h[4] = 64; h[8] = 200
        expectError(h + [3, 1, 2, 3, 4, 3, 1, 2, 3, 4], "outside the frame")
        h[8] = 68
        expectError(h + [1, 1, 2, 3, 3, 1, 2, 3, 4], "decodes to 2 bytes")
    }

    func testOneBitPackedFrame() throws {
        // 3x5 pixels = 15 bits = 2 packed bytes, LSB first.
        let bits: [UInt8] = [1, 0, 1, 1, 0, 0, 0, 1, 1, 1, 0, 0, 1, 0, 1]
        var packed = [UInt8](repeating: 0, count: 2)
        for (i, b) in bits.enumerated() { packed[i / 8] |= b << UInt8(i % 8) }
        var frame = [UInt8](repeating: 0, count: 64)
        frame[0] = 1; frame[4] = 64
        frame += TestEncoders.packBits(packed)
        let g = H.geometry(rows: 3, columns: 5, bitsAllocated: 1, bitsStored: 1)
        let (out, info) = try H.decode(decode, frame, g)
        XCTAssertEqual(out, bits)
        XCTAssertEqual(info.precision, 1)
    }

    func testCorruptStreamsNeverCrash() throws {
        let stream = try roundTrip(rows: 16, cols: 16, spp: 3, ba: 16, signed: false)
        let g = H.geometry(rows: 16, columns: 16, samples: 3, bitsAllocated: 16, bitsStored: 16)
        let (thrown, _) = H.corrupt(decode, stream, g)
        XCTAssertGreaterThan(thrown, 5)
    }

    func testCorpus() throws {
        try H.corpus(decode, syntaxes: ["1.2.840.10008.1.2.5"])
    }

    /// liver_nonbyte_aligned_rle has no reference (pydicom cannot decode 1-bit RLE); the same
    /// image is in liver_nonbyte_aligned_j2k, whose hashes it must match once unpacked.
    func testOneBitCorpusAgainstJ2KTwin() throws {
        let rle = try CodecCorpus.frameSets(["1.2.840.10008.1.2.5"]).first { $0.path.hasSuffix("liver_nonbyte_aligned_rle.dcm") }
        let j2k = try CodecCorpus.frameSets(["1.2.840.10008.1.2.4.90"]).first { $0.path.hasSuffix("liver_nonbyte_aligned_j2k.dcm") }
        guard let rle, let j2k else { throw XCTSkip("liver_nonbyte_aligned files not in the corpus") }
        XCTAssertEqual(rle.frames.count, 3)
        XCTAssertEqual(j2k.expected.count, 3)
        for (i, f) in rle.frames.enumerated() {
            let (out, _) = try H.decode(decode, f, rle.geometry)
            XCTAssertEqual(sha256Hex(out), j2k.expected[i], "frame \(i)")
        }
    }
}
