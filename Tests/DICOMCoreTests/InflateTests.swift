import XCTest
@testable import DICOMCore
import TestSupport
import TestWriter

/// `inflate` (Parser.swift): libdeflate inflates a whole deflated data set in one call, growing
/// its output guess; zlib takes over for what libdeflate cannot finish. Both must give the same
/// bytes, the same limit errors, and the same salvage of a cut stream.
final class InflateTests: XCTestCase {
    private func inflated(_ deflated: [UInt8], limit: Int = 1 << 30) throws -> [UInt8] {
        try deflated.withUnsafeBytes { src in
            let store = try inflate(src, limit: limit)
            return Array(store.bytes)
        }
    }

    /// Whether libdeflate's one-shot path finished the stream (nil: zlib took over).
    private func oneShot(_ deflated: [UInt8], limit: Int = 1 << 30) throws -> [UInt8]? {
        try deflated.withUnsafeBytes { src in try inflateWhole(src, limit: limit).map { Array($0.bytes) } }
    }

    /// Bytes of a CT-like image: noisy 12-bit samples, compress about 2:1 (fits the first guess).
    private func noisy(_ count: Int) -> [UInt8] {
        var x: UInt32 = 2463534242
        return (0..<count).map { i in
            x ^= x << 13; x ^= x >> 17; x ^= x << 5
            return i & 1 == 0 ? UInt8(truncatingIfNeeded: x & 0x3F) : UInt8(truncatingIfNeeded: (x >> 8) & 0x0F)
        }
    }

    func testOutputIdenticalForNoisyData() throws {
        let plain = noisy(600_000)
        let d = try DICOMWriter.rawDeflate(plain)
        XCTAssertLessThan(d.count, plain.count)   // sanity: it is compressed
        XCTAssertEqual(try inflated(d), plain)
        XCTAssertEqual(try oneShot(d), plain)
    }

    func testHighlyCompressibleGrowsPastTheFirstGuess() throws {
        // 9 MB, mostly zeros: about 1000:1, so the first guess (8x, at least 256 KiB) is far too
        // small and the output buffer must grow several times.
        var plain = [UInt8](repeating: 0, count: 9_000_000)
        for i in stride(from: 0, to: plain.count, by: 65_537) { plain[i] = UInt8(truncatingIfNeeded: i >> 16) }
        let d = try DICOMWriter.rawDeflate(plain)
        XCTAssertLessThan(d.count * 100, plain.count)
        XCTAssertEqual(try inflated(d), plain)
        XCTAssertEqual(try oneShot(d), plain)
    }

    func testLimitIsExactAndReported() throws {
        let plain = [UInt8](repeating: 7, count: 1_000_000)
        let d = try DICOMWriter.rawDeflate(plain)
        XCTAssertEqual(try inflated(d, limit: plain.count), plain)
        XCTAssertThrowsError(try inflated(d, limit: plain.count - 1)) { e in
            XCTAssertEqual((e as? DICOMError)?.status, .limitExceeded, "\(e)")
        }
        XCTAssertThrowsError(try oneShot(d, limit: plain.count - 1)) { e in
            XCTAssertEqual((e as? DICOMError)?.status, .limitExceeded, "\(e)")
        }
    }

    func testCutStreamKeepsWhatInflates() throws {
        let plain = noisy(400_000)
        let d = try DICOMWriter.rawDeflate(plain)
        XCTAssertNil(try oneShot(Array(d[0..<(d.count / 2)])))   // zlib salvages it
        let out = try inflated(Array(d[0..<(d.count / 2)]))
        XCTAssertGreaterThan(out.count, plain.count / 4)
        XCTAssertLessThan(out.count, plain.count)
        XCTAssertEqual(out, Array(plain[0..<out.count]))
    }

    func testTrailingBytesAfterTheStreamAreIgnored() throws {
        let plain = noisy(100_000)
        let d = try DICOMWriter.rawDeflate(plain) + [UInt8](repeating: 0xAB, count: 37)
        XCTAssertEqual(try inflated(d), plain)
        XCTAssertEqual(try oneShot(d), plain)
    }

    func testZlibHeaderIsTolerated() throws {
        // A zlib-wrapped stream (header 78 9C, Adler-32 trailer) instead of raw deflate: libdeflate's
        // raw decoder refuses it, zlib with windowBits 15 reads it.
        let plain = noisy(50_000)
        let wrapped = zlibWrapped(try DICOMWriter.rawDeflate(plain), plain)
        XCTAssertNil(try oneShot(wrapped))
        XCTAssertEqual(try inflated(wrapped), plain)
    }

    func testSmallLimitsAreExactOnBothPaths() throws {
        // Limits under 4 KiB: the zlib path used to let 4096 bytes through whatever the limit.
        let plain = noisy(2540)
        let raw = try DICOMWriter.rawDeflate(plain)
        XCTAssertEqual(try inflated(raw, limit: 2540), plain)
        XCTAssertThrowsError(try inflated(raw, limit: 2000)) { e in
            XCTAssertEqual((e as? DICOMError)?.status, .limitExceeded, "\(e)")
        }
        let wrapped = zlibWrapped(raw, plain)   // goes to zlib
        XCTAssertNil(try oneShot(wrapped))
        XCTAssertEqual(try inflated(wrapped, limit: 2540), plain)
        XCTAssertThrowsError(try inflated(wrapped, limit: 2000)) { e in
            XCTAssertEqual((e as? DICOMError)?.status, .limitExceeded, "\(e)")
        }
    }

    func testGarbageThatLibdeflateToleratesIsStillRefused() throws {
        // Found by bit flips: libdeflate 1.14 "inflates" it to nothing (a code-length repeat past
        // the end of the lengths), zlib refuses it. An empty result goes to zlib.
        let garbage: [UInt8] = [0x25, 0x97, 0x0B, 0x92, 0xE5, 0x30, 0x08, 0x03, 0xCF, 0x8A, 0x0D, 0x86,
                                0xEB, 0x9F, 0x20, 0xDD, 0xE4, 0xD4, 0xCE]
        XCTAssertNil(try oneShot(garbage))
        XCTAssertThrowsError(try inflated(garbage)) { e in
            XCTAssertEqual((e as? DICOMError)?.status, .invalidData, "\(e)")
        }
    }

    private func zlibWrapped(_ raw: [UInt8], _ plain: [UInt8]) -> [UInt8] {
        var a: UInt32 = 1, b: UInt32 = 0
        for v in plain { a = (a + UInt32(v)) % 65521; b = (b + a) % 65521 }
        let adler = (b << 16) | a
        return [0x78, 0x9C] + raw + [UInt8(adler >> 24), UInt8((adler >> 16) & 0xFF), UInt8((adler >> 8) & 0xFF), UInt8(adler & 0xFF)]
    }

    func testGarbageIsInvalidData() throws {
        let garbage: [UInt8] = [0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x11, 0x22]
        XCTAssertThrowsError(try inflated(garbage)) { e in
            XCTAssertEqual((e as? DICOMError)?.status, .invalidData, "\(e)")
        }
    }
}
