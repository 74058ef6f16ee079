import TestSupport
import DICOMCore
import Foundation
import XCTest

typealias FrameDecodeFunction = (UnsafeRawBufferPointer, FrameGeometry, UnsafeMutableRawBufferPointer,
                                 DecodeSettings) throws -> CodecOutput

enum CodecTestHelpers {
    static func geometry(rows: Int, columns: Int, samples: Int = 1, bitsAllocated: Int, bitsStored: Int,
                         signed: Bool = false, photometric: String? = nil) -> FrameGeometry {
        FrameGeometry(rows: rows, columns: columns, samplesPerPixel: samples, bitsAllocated: bitsAllocated,
                      bitsStored: bitsStored, pixelRepresentation: signed ? 1 : 0, planarConfiguration: 0,
                      photometricInterpretation: photometric ?? (samples == 3 ? "RGB" : "MONOCHROME2"))
    }

    /// Decodes `src` into a fresh frame buffer.
    static func decode(_ fn: FrameDecodeFunction, _ src: [UInt8], _ g: FrameGeometry,
                       settings: DecodeSettings = DecodeSettings()) throws -> ([UInt8], CodecOutput) {
        var out = [UInt8](repeating: 0xA5, count: g.frameBytes ?? 0)
        let info = try src.withUnsafeBytes { s in
            try out.withUnsafeMutableBytes { d in try fn(s, g, d, settings) }
        }
        return (out, info)
    }

    /// Reads container `i` of `buf` (little endian), sign-extended if `signed`.
    static func sample(_ buf: [UInt8], _ i: Int, bytes: Int, signed: Bool) -> Int64 {
        var v: UInt64 = 0
        for b in 0..<bytes { v |= UInt64(buf[i * bytes + b]) << UInt64(8 * b) }
        if signed {
            let top = UInt64(64 - 8 * bytes)
            return Int64(bitPattern: v << top) >> Int64(top)
        }
        return Int64(bitPattern: v)
    }

    static func samples(_ buf: [UInt8], bytes: Int, signed: Bool) -> [Int64] {
        (0..<(buf.count / bytes)).map { sample(buf, $0, bytes: bytes, signed: signed) }
    }

    /// Deterministic test image: smooth gradient plus pseudo-random noise, covering
    /// [lo, hi]; `count` values.
    static func testSamples(count: Int, lo: Int64, hi: Int64, seed: UInt64 = 1) -> [Int64] {
        var state = seed &* 0x9E3779B97F4A7C15 | 1
        let span = UInt64(hi - lo + 1)
        return (0..<count).map { i in
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            if i % 7 == 0 { return i % 14 == 0 ? lo : hi }  // extremes
            let smooth = UInt64(i * 37 % Int(min(span, 1 << 30)))
            let v = (i % 3 == 0) ? state % span : (smooth + state % 5) % span
            return lo + Int64(v)
        }
    }

    /// Decodes truncations and single-bit flips of a valid stream: each must either decode or
    /// throw a DICOMError with status .codecError (never crash or throw something else).
    /// - Returns: (thrown, decoded) counts.
    @discardableResult
    static func corrupt(_ fn: FrameDecodeFunction, _ valid: [UInt8], _ g: FrameGeometry,
                        file: StaticString = #filePath, line: UInt = #line) -> (Int, Int) {
        var variants: [[UInt8]] = []
        for frac in [0, 1, 2, 5, 10, 30, 50, 75, 90, 99] {
            variants.append(Array(valid.prefix(valid.count * frac / 100)))
        }
        variants.append(Array(valid.prefix(max(0, valid.count - 2))))
        var state: UInt64 = 0x1234_5678
        for k in 0..<40 {
            var v = valid
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let pos = k < 16 ? k * 4 % max(1, min(valid.count, 64)) : Int(state >> 33) % max(1, valid.count)
            if !v.isEmpty { v[pos] ^= UInt8(1 << (k % 8)) }
            variants.append(v)
        }
        var thrown = 0, decoded = 0
        for v in variants {
            do {
                _ = try decode(fn, v, g)
                decoded += 1
            } catch let e as DICOMError {
                thrown += 1
                XCTAssertEqual(e.status, .codecError, "\(e)", file: file, line: line)
                XCTAssertFalse(e.message.isEmpty, file: file, line: line)
            } catch {
                XCTFail("unexpected error type \(error)", file: file, line: line)
            }
        }
        return (thrown, decoded)
    }

    /// Decodes every frame of the corpus files of `syntaxes`, applies the pydicom correction and
    /// compares with the manifest hash. Files whose status is "agreed" must match; the others
    /// are reported. Returns the table lines.
    @discardableResult
    static func corpus(_ fn: FrameDecodeFunction, syntaxes: [String], strictStatuses: Set<String> = ["agreed"],
                       file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let sets = try CodecCorpus.frameSets(syntaxes)
        XCTAssertFalse(sets.isEmpty, "no corpus files for \(syntaxes)", file: file, line: line)
        var table: [String] = []
        for set in sets {
            var results: [String] = []
            var detail = ""
            for (i, frame) in set.frames.enumerated() {
                do {
                    var (buf, info) = try decode(fn, frame, set.geometry)
                    PydicomCorrection.apply(&buf, geometry: set.geometry, transferSyntax: set.transferSyntax, output: info)
                    let h = sha256Hex(buf)
                    if i < set.expected.count {
                        results.append(h == set.expected[i] ? "match" : "MISMATCH")
                    } else {
                        results.append("decoded(no ref)")
                    }
                    detail = "P=\(info.precision) signed=\(info.isSigned) color=\(info.color)"
                } catch {
                    results.append("ERROR")
                    detail = "\(error)"
                }
            }
            let allMatch = !results.isEmpty && results.allSatisfy { $0 == "match" }
            let summary = allMatch ? "match \(results.count)/\(results.count)" : results.joined(separator: ",")
            table.append("| \(set.path) | \(set.transferSyntax) | \(set.status) | \(summary) | \(detail) |")
            if strictStatuses.contains(set.status) && !set.expected.isEmpty {
                XCTAssertTrue(allMatch, "\(set.path): \(summary) \(detail)", file: file, line: line)
            }
        }
        print("CORPUS-TABLE\n" + table.joined(separator: "\n"))
        return table
    }
}
