import XCTest
import DICOMCore
import DICOMCodecs
import TestSupport
import VetDICOM
#if canImport(Glibc)
import Glibc
#endif

/// Every limit (Sources/DICOMCore/Limits.swift, VETDICOM_OPT_* in vetdicom.h) is settable by
/// key and, when exceeded, gives LIMIT_EXCEEDED naming the limit; hostile sizes in small files
/// never cause large allocations.
final class LimitsTests: XCTestCase {

    // MARK: builders

    func image(rows: Int, columns: Int, frames: String? = nil, bits: Int = 8, spp: Int = 1,
               pixels: [UInt8]? = nil, ts: String = TransferSyntax.explicitVRLittleEndian,
               extra: [WElement] = []) throws -> [UInt8] {
        var e: [WElement] = [
            WElement.text(T(0x0008, 0x0016), .UI, "1.2.840.10008.5.1.4.1.1.7"),
            WElement.text(T(0x0008, 0x0018), .UI, "2.25.42"),
            WElement.us(T(0x0028, 0x0002), spp),
            WElement.text(T(0x0028, 0x0004), .CS, spp == 3 ? "RGB" : "MONOCHROME2"),
            WElement.us(T(0x0028, 0x0010), rows),
            WElement.us(T(0x0028, 0x0011), columns),
            WElement.us(T(0x0028, 0x0100), bits),
            WElement.us(T(0x0028, 0x0101), bits),
            WElement.us(T(0x0028, 0x0102), bits - 1),
            WElement.us(T(0x0028, 0x0103), 0),
        ] + extra
        if let frames { e.append(WElement.text(T(0x0028, 0x0008), .IS, frames)) }
        let n = pixels == nil ? rows * columns * spp * max(1, bits / 8) * (Int(frames ?? "1") ?? 1) : 0
        if TransferSyntax(uid: ts).encapsulated {
            e.append(WElement(Tag.pixelData, .OB, .fragments(bot: [], fragments: [pixels ?? [0xFF, 0xD8, 0xFF, 0xD9]]),
                              undefinedLength: true))
        } else {
            e.append(WElement(Tag.pixelData, bits > 8 ? .OW : .OB, .bytes(pixels ?? (0..<n).map { UInt8(truncatingIfNeeded: $0) })))
        }
        return try makeFile(e, transferSyntax: ts)
    }

    /// A file with `depth` nested sequences of undefined length, built linearly.
    func nested(depth: Int) throws -> [UInt8] {
        func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * UInt32($0))) } }
        var body: [UInt8] = []
        for _ in 0..<depth {
            body += [0x40, 0x00, 0x30, 0xA7, 0x53, 0x51, 0, 0] + le32(0xFFFF_FFFF) + [0xFE, 0xFF, 0x00, 0xE0] + le32(0xFFFF_FFFF)
        }
        body += [0x10, 0x00, 0x10, 0x00, 0x50, 0x4E, 0x04, 0x00, 0x41, 0x5E, 0x42, 0x20]
        for _ in 0..<depth { body += [0xFE, 0xFF, 0x0D, 0xE0, 0, 0, 0, 0, 0xFE, 0xFF, 0xDD, 0xE0, 0, 0, 0, 0] }
        return try makeFile([WElement.text(T(0x0008, 0x0016), .UI, "1.2.840.10008.5.1.4.1.1.7")]) + body
    }

    func options(_ key: String, _ value: Int64) -> FileOptions {
        var o = FileOptions()
        XCTAssertEqual(o.set(key, int: value), .ok, key)
        return o
    }

    /// The error of opening `bytes`, or of decoding frame 0 when `decode`.
    func error(_ bytes: [UInt8], _ o: FileOptions = FileOptions(), decode: Bool = false) -> DICOMError? {
        do {
            let f = try bytes.withUnsafeBytes { try DICOMFile(bytes: $0, options: o) }
            // Salvage: a limit or damage confined to an element is reported when it is read.
            if let d = firstDamage(f.meta) ?? firstDamage(f.dataSet) { return d }
            if decode { _ = try f.decodeFrame(0) }
            return nil
        } catch let e as DICOMError { return e } catch { return DICOMError(.invalidData, "\(error)") }
    }

    func assertLimit(_ e: DICOMError?, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(e?.status, .limitExceeded, "\(name): \(String(describing: e))", file: file, line: line)
        XCTAssertTrue(e?.message.contains("'\(name)'") ?? false, "message names \(name): \(e?.message ?? "")", file: file, line: line)
    }

    // MARK: each limit by key

    func testMaxDepth() throws {
        let f = try nested(depth: 10)
        XCTAssertNil(error(f))
        assertLimit(error(f, options("max_depth", 5)), "max_depth")
        // 10 000-deep sequences with the defaults: a clear limit, no stack overflow.
        assertLimit(error(try nested(depth: 10_000)), "max_depth")
    }

    func testMaxElements() throws {
        let f = try image(rows: 2, columns: 2)
        XCTAssertNil(error(f))
        assertLimit(error(f, options("max_elements", 5)), "max_elements")
    }

    func testMaxValueLength() throws {
        let f = try image(rows: 16, columns: 16)
        assertLimit(error(f, options("max_value_length", 100)), "max_value_length")
        XCTAssertNil(error(f, options("max_value_length", 256)))
    }

    func testMaxFrameBytesDimensionFramesTotal() throws {
        let f = try image(rows: 32, columns: 16, frames: "4", bits: 16)
        XCTAssertNil(error(f, decode: true))
        assertLimit(error(f, options("max_frame_bytes", 1000), decode: true), "max_frame_bytes")
        assertLimit(error(f, options("max_dimension", 20), decode: true), "max_dimension")
        assertLimit(error(f, options("max_frames", 3), decode: true), "max_frames")
        assertLimit(error(f, options("max_total_decoded_bytes", 4 * 1024 - 1), decode: true), "max_total_decoded_bytes")
        XCTAssertNil(error(f, options("max_total_decoded_bytes", 4 * 1024), decode: true))
    }

    func testMaxInflatedBytes() throws {
        let f = try image(rows: 64, columns: 64, ts: TransferSyntax.deflatedExplicitVRLittleEndian)
        XCTAssertNil(error(f, decode: true))
        assertLimit(error(f, options("max_inflated_bytes", 1000)), "max_inflated_bytes")
    }

    func testKeysAndValues() {
        var o = FileOptions()
        XCTAssertEqual(o.set("max_total_decoded_bytes", int: 12345), .ok)
        XCTAssertEqual(o.limits.maxTotalDecodedBytes, 12345)
        XCTAssertEqual(o.set("max_no_such_limit", int: 1), .unknownOption)
        XCTAssertEqual(o.set("max_depth", int: 0), .invalidArgument)
        XCTAssertEqual(o.set("max_depth", int: -1), .invalidArgument)
        XCTAssertEqual(o.set("max_depth", int: 10_001), .invalidArgument)
        XCTAssertEqual(o.set("max_depth", int: 10_000), .ok)
        XCTAssertEqual(o.set("max_dimension", int: 65536), .invalidArgument)
        XCTAssertEqual(o.set("keep_ybr", int: 2), .invalidArgument)
        XCTAssertEqual(o.set("map_file", int: 1), .ok)
        XCTAssertTrue(o.mapFile)
        for spec in FileOptions.table {
            var x = FileOptions()
            XCTAssertEqual(x.set(spec.key, int: spec.defaultValue), .ok, spec.key)
            XCTAssertEqual(x.set(spec.key, int: spec.range.upperBound), .ok, spec.key)
            XCTAssertEqual(x.set(spec.key, int: spec.range.lowerBound - 1), .invalidArgument, spec.key)
        }
        let d = Limits()
        XCTAssertEqual([d.maxDepth, d.maxElements, d.maxDimension, d.maxFrames], [64, 4_000_000, 65535, 1 << 20])
        XCTAssertEqual([d.maxValueLength, d.maxFrameBytes, d.maxInflatedBytes, d.maxTotalDecodedBytes],
                       [1 << 34, 1 << 32, 1 << 32, 1 << 36])
    }

    // MARK: hostile sizes

    func testRowsColumnsFramesOverflow() throws {
        // 65535 x 65535 x 3 x 8 bytes x 2^40 frames overflows 64 bits.
        let px = [UInt8](repeating: 1, count: 16)
        assertLimit(error(try image(rows: 65535, columns: 65535, frames: "1099511627776", bits: 64, spp: 3, pixels: px),
                          decode: true), "max_frames")
        var o = FileOptions()
        // The largest values the options accept (out-of-range values are refused when set).
        XCTAssertEqual(o.set("max_frames", int: Int64.max), .invalidArgument)
        XCTAssertEqual(o.set("max_frames", int: 1 << 31), .ok)
        XCTAssertEqual(o.set("max_frame_bytes", int: 1 << 40), .ok)
        assertLimit(error(try image(rows: 65535, columns: 65535, frames: "2147483648", bits: 64, spp: 3, pixels: px),
                          o, decode: true), "max_total_decoded_bytes")
        // Number of Frames beyond Int64 is not a number (one frame is assumed): no trap.
        let f = try image(rows: 4, columns: 4, frames: "99999999999999999999999", pixels: px)
        let file = try f.withUnsafeBytes { try DICOMFile(bytes: $0) }
        XCTAssertEqual(try file.pixels().frameCount, 1)
        XCTAssertEqual(try file.decodeFrame(0).0, px)
    }

    /// Peak RSS in MiB (getrusage high-water mark).
    func peakRSSMiB() -> Int {
        var u = rusage()
        getrusage(0, &u) // RUSAGE_SELF
        return u.ru_maxrss / 1024
    }

    func testSmallFileNeverAllocatesLargely() throws {
        let before = peakRSSMiB()
        let px = [UInt8](repeating: 7, count: 16)
        // Native 65535 x 65535 (4 GiB frame, under max_frame_bytes) with 16 bytes of pixel data.
        let native = try image(rows: 65535, columns: 65535, pixels: px)
        XCTAssertLessThan(native.count, 1024)
        XCTAssertEqual(error(native, decode: true)?.status, .invalidData)
        // The same size declared by DICOM and by a 100-byte JPEG stream.
        var jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x0B, 0x08, 0xFF, 0xFF, 0xFF, 0xFF, 0x01, 0x01, 0x11, 0x00]
        jpeg += [0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00] + [UInt8](repeating: 0x55, count: 64) + [0xFF, 0xD9]
        let enc = try image(rows: 65535, columns: 65535, pixels: jpeg, ts: "1.2.840.10008.1.2.4.50")
        let status = error(enc, decode: true)?.status
        XCTAssertTrue(status == .codecError || status == .outOfMemory || status == .invalidData, "\(String(describing: status))")
        XCTAssertLessThan(peakRSSMiB() - before, 512, "decoding 100-byte files raised the peak RSS")
    }

    func testLengthFFFFFFFE() throws {
        var f = try image(rows: 4, columns: 4)
        // Pixel data (7FE0,0010) OB: set its 32-bit length to 0xFFFFFFFE.
        let pattern: [UInt8] = [0xE0, 0x7F, 0x10, 0x00, 0x4F, 0x42, 0, 0]
        guard let i = (0...(f.count - 12)).first(where: { Array(f[$0..<($0 + 8)]) == pattern }) else {
            return XCTFail("no pixel data header")
        }
        f.replaceSubrange((i + 8)..<(i + 12), with: [0xFE, 0xFF, 0xFF, 0xFF])
        XCTAssertEqual(error(f)?.status, .truncated)
    }
}
