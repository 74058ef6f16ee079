import Foundation
import XCTest
import DICOMCore
@testable import DICOMJPEG

final class JPEGLosslessTests: XCTestCase {
    static func geometry(_ w: Int, _ h: Int, _ n: Int, _ bits: Int) -> FrameGeometry {
        FrameGeometry(rows: h, columns: w, samplesPerPixel: n, bitsAllocated: bits > 8 ? 16 : 8, bitsStored: bits,
                      pixelRepresentation: 0, planarConfiguration: 0, photometricInterpretation: n == 3 ? "RGB" : "MONOCHROME2")
    }

    /// Deterministic test image: smooth gradient plus noise, full range corners.
    static func image(_ w: Int, _ h: Int, _ n: Int, _ bits: Int, seed: UInt64 = 1) -> [Int] {
        var s = seed &* 0x9E3779B97F4A7C15
        let maxv = (1 << bits) - 1
        var out = [Int](repeating: 0, count: w * h * n)
        for y in 0..<h {
            for x in 0..<w {
                for c in 0..<n {
                    s = s &* 6364136223846793005 &+ 1442695040888963407
                    let noise = Int((s >> 33) % 17) - 8
                    var v = (x * 7 + y * 3 + c * 50) * maxv / max(1, (w * 7 + h * 3 + 100)) + noise
                    if x == 0 && y == 0 { v = 0 }
                    if x == w - 1 && y == h - 1 { v = maxv }
                    out[(y * w + x) * n + c] = min(maxv, max(0, v))
                }
            }
        }
        return out
    }

    static func toBytes(_ px: [Int], bits: Int) -> [UInt8] {
        if bits <= 8 { return px.map { UInt8($0) } }
        var b: [UInt8] = []
        b.reserveCapacity(px.count * 2)
        for v in px { b.append(UInt8(v & 0xFF)); b.append(UInt8(v >> 8)) }
        return b
    }

    func roundTrip(_ enc: LosslessTestEncoder, _ px: [Int], file: StaticString = #filePath, line: UInt = #line) throws {
        let stream = enc.encode(px)
        let g = Self.geometry(enc.width, enc.height, enc.components, enc.precision)
        let (out, info) = try JPEGTestSupport.decode(stream, ts: JPEGCodec.losslessP14UID, g)
        let expected = Self.toBytes(px.map { ($0 >> enc.pointTransform) << enc.pointTransform }, bits: enc.precision)
        XCTAssertEqual(out, expected, "predictor \(enc.predictor) P\(enc.precision) Pt\(enc.pointTransform) n\(enc.components) ri\(enc.restartInterval)", file: file, line: line)
        XCTAssertEqual(info.precision, enc.precision, file: file, line: line)
    }

    func testAllPredictorsAndPrecisions() throws {
        for bits in [2, 8, 12, 16] {
            for p in 1...7 {
                let px = Self.image(37, 23, 1, bits, seed: UInt64(p * 100 + bits))
                try roundTrip(LosslessTestEncoder(width: 37, height: 23, precision: bits, components: 1, predictor: p), px)
            }
        }
    }

    func testThreeComponentsInterleavedAndNonInterleaved() throws {
        for inter in [true, false] {
            for p in [1, 4, 7] {
                let px = Self.image(19, 11, 3, 8, seed: UInt64(p))
                var e = LosslessTestEncoder(width: 19, height: 11, precision: 8, components: 3, predictor: p)
                e.interleaved = inter
                try roundTrip(e, px)
            }
        }
    }

    func testPointTransformRestartsFillBytesNoEOI() throws {
        let px = Self.image(40, 17, 1, 12)
        for ri in [0, 40, 120, 7] {
            for pt in [0, 3] {
                var e = LosslessTestEncoder(width: 40, height: 17, precision: 12, components: 1, predictor: 6)
                e.restartInterval = ri
                e.pointTransform = pt
                e.fillBytesBeforeMarkers = ri == 40
                e.writeEOI = ri != 120
                try roundTrip(e, px)
            }
        }
        // Trailing padding after EOI.
        let e = LosslessTestEncoder(width: 40, height: 17, precision: 12, components: 1, predictor: 1)
        let g = Self.geometry(40, 17, 1, 12)
        let (out, _) = try JPEGTestSupport.decode(e.encode(px) + [0, 0, 0], ts: JPEGCodec.losslessSV1UID, g)
        XCTAssertEqual(out, Self.toBytes(px, bits: 12))
    }

    func testDifference32768AndWrap() throws {
        // Alternating 0 / 32768 / 65535 forces SSSS=16 and differences that wrap modulo 2^16.
        var px: [Int] = []
        for i in 0..<(16 * 8) { px.append([0, 32768, 65535, 1][i % 4]) }
        for p in 1...7 {
            try roundTrip(LosslessTestEncoder(width: 16, height: 8, precision: 16, components: 1, predictor: p), px)
        }
    }

    /// Flat image areas under a table where difference 0 has the one-bit code 0: the decoder
    /// takes runs of 0 differences from the bit buffer at once (predictor 1 and every first
    /// line); the samples must be those of the per-code loop. Runs of every length up to whole
    /// rows, ending at the row end, at restart intervals (odd, so they cut rows), before
    /// nonzero differences and at the end of the data; 8- and 16-bit output, point transform,
    /// non-interleaved colour (output stride 3), all predictors (first lines).
    func testRunsOfZeroDifferencesWithOneBitCode() throws {
        func flat(_ w: Int, _ h: Int, _ n: Int, _ bits: Int, seed: UInt64) -> [Int] {
            var s = seed &* 0x9E3779B97F4A7C15 | 1
            func rnd() -> Int { s ^= s << 13; s ^= s >> 7; s ^= s << 17; return Int(truncatingIfNeeded: s & 0x7FFF_FFFF) }
            let maxv = (1 << bits) - 1
            var out = [Int](repeating: 0, count: w * h * n)
            var v = 0, left = 0
            for i in 0..<(w * h) {
                if left == 0 {  // a new flat run of 1...150 samples (some over 64, the bit buffer)
                    left = 1 + [rnd() % 4, rnd() % 12, rnd() % 40, rnd() % 150][rnd() % 4]
                    v = rnd() % 5 == 0 ? maxv : (rnd() % 3 == 0 ? 0 : rnd() % (maxv + 1))
                }
                left -= 1
                for c in 0..<n { out[i * n + c] = c == 1 ? (v + i / 50) % (maxv + 1) : v }
            }
            return out
        }
        for bits in [8, 16] {
            for (ri, pt) in [(0, 0), (37, 0), (0, 2), (91, 3)] {
                for p in [1, 5] {
                    let px = flat(97, 13, 1, bits, seed: UInt64(bits * 1000 + ri * 10 + p))
                    var e = LosslessTestEncoder(width: 97, height: 13, precision: bits, components: 1, predictor: p)
                    (e.restartInterval, e.pointTransform, e.oneBitZero) = (ri, pt, true)
                    try roundTrip(e, px)
                }
            }
        }
        for inter in [false, true] {
            let px = flat(61, 9, 3, 8, seed: 7)
            var e = LosslessTestEncoder(width: 61, height: 9, precision: 8, components: 3, predictor: 1)
            (e.interleaved, e.oneBitZero) = (inter, true)
            try roundTrip(e, px)
        }
        // All zero (as orthanc's 2024-05-30-GuillemVela.dcm: one bit per sample).
        var e = LosslessTestEncoder(width: 300, height: 20, precision: 16, components: 1)
        e.oneBitZero = true
        try roundTrip(e, [Int](repeating: 0, count: 300 * 20))
        // Data cut inside a long run of zero codes: an error, as in the per-code loop.
        let stream = e.encode([Int](repeating: 0, count: 300 * 20))
        let g = Self.geometry(300, 20, 1, 16)
        XCTAssertThrowsError(try JPEGTestSupport.decode(Array(stream.prefix(stream.count - 200)), ts: JPEGCodec.losslessP14UID, g))
    }

    func testGeometryMismatchAndBadArguments() throws {
        let px = Self.image(16, 16, 1, 16)
        let stream = LosslessTestEncoder(width: 16, height: 16, precision: 16, components: 1).encode(px)
        // Declared geometry differs from the SOF: both sizes in the message.
        do {
            _ = try JPEGTestSupport.decode(stream, ts: JPEGCodec.losslessSV1UID, Self.geometry(16, 17, 1, 16))
            XCTFail("mismatch accepted")
        } catch let e as DICOMError {
            XCTAssertEqual(e.status, .invalidData)
            XCTAssertTrue(e.message.contains("16x16") && e.message.contains("16x17"), e.message)
        }
        // 16-bit precision into 8-bit containers.
        XCTAssertThrowsError(try JPEGTestSupport.decode(stream, ts: JPEGCodec.losslessSV1UID, Self.geometry(16, 16, 1, 8)))
        // A huge SOF with a matching huge geometry and a tiny buffer must not allocate or crash.
        var huge = stream
        if let sof = (0..<huge.count - 1).first(where: { huge[$0] == 0xFF && huge[$0 + 1] == 0xC3 }) {
            huge[sof + 5] = 0xFF; huge[sof + 6] = 0xFF; huge[sof + 7] = 0xFF; huge[sof + 8] = 0xFF
        }
        let g = Self.geometry(65535, 65535, 1, 16)
        var small = [UInt8](repeating: 0, count: 16)
        XCTAssertThrowsError(try huge.withUnsafeBytes { s in
            try small.withUnsafeMutableBytes { d in
                try JPEGCodec.decode(s, transferSyntax: JPEGCodec.losslessSV1UID, geometry: g, into: d, settings: DecodeSettings())
            }
        })
        XCTAssertThrowsError(try JPEGTestSupport.decode(stream, ts: "1.2.840.10008.1.2.4.80", Self.geometry(16, 16, 1, 16)))
    }

    /// Every truncation of a stream throws; bit flips never crash (they throw or decode to
    /// something, as a lossless stream with a flipped bit is often still decodable).
    func testCorruptStreamsDoNotCrash() throws {
        let px = Self.image(24, 12, 1, 16)
        var e = LosslessTestEncoder(width: 24, height: 12, precision: 16, components: 1, predictor: 5)
        e.restartInterval = 24
        let stream = e.encode(px)
        let g = Self.geometry(24, 12, 1, 16)
        let scanStart = (0..<stream.count - 1).first { stream[$0] == 0xFF && stream[$0 + 1] == 0xDA } ?? 0
        for cut in stride(from: 0, to: stream.count - 2, by: 1) {
            let t = Array(stream[0..<cut])
            // Cutting only the trailing EOI (or within the last padding bits) may still decode.
            if cut < scanStart + 12 || cut < stream.count - 12 {
                XCTAssertThrowsError(try JPEGTestSupport.decode(t, ts: JPEGCodec.losslessSV1UID, g), "cut at \(cut)")
            } else {
                _ = try? JPEGTestSupport.decode(t, ts: JPEGCodec.losslessSV1UID, g)
            }
        }
        var thrown = 0
        for i in 0..<stream.count {
            for bit in [0, 3, 7] {
                var c = stream
                c[i] ^= UInt8(1 << bit)
                if (try? JPEGTestSupport.decode(c, ts: JPEGCodec.losslessSV1UID, g)) == nil { thrown += 1 }
            }
        }
        XCTAssertGreaterThan(thrown, 0)
    }

    /// Release-build speed of the lossless decoder on a 512x512 16-bit frame. Skipped unless
    /// VETDICOM_BENCH=1 (run with `swift test -c release --filter testPerformanceLossless512`).
    func testPerformanceLossless512() throws {
        guard ProcessInfo.processInfo.environment["VETDICOM_BENCH"] == "1" else {
            throw XCTSkip("set VETDICOM_BENCH=1 (and build with -c release) to run the benchmark")
        }
        // CT-like content: smooth anatomy plus noise of a few grey levels.
        var px = [Int](repeating: 0, count: 512 * 512)
        var s: UInt64 = 12345
        for y in 0..<512 {
            for x in 0..<512 {
                s = s &* 6364136223846793005 &+ 1442695040888963407
                let dx = Double(x - 256), dy = Double(y - 256)
                let body = dx * dx + dy * dy < 200 * 200 ? 1000.0 + 40 * sin(Double(x) / 9) * cos(Double(y) / 13) : 0
                px[y * 512 + x] = Int(body) + Int((s >> 33) % 24)
            }
        }
        let stream = LosslessTestEncoder(width: 512, height: 512, precision: 16, components: 1, predictor: 1).encode(px)
        let g = Self.geometry(512, 512, 1, 16)
        var out = [UInt8](repeating: 0, count: 512 * 512 * 2)
        let n = 200
        // Thread CPU time: robust against other processes sharing the machine's 2 cores.
        func cpuNanos() -> UInt64 {
            var ts = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
            return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
        }
        var best = Double.infinity
        for _ in 0..<5 {
            let t0 = cpuNanos()
            for _ in 0..<n {
                _ = try stream.withUnsafeBytes { src in
                    try out.withUnsafeMutableBytes { d in
                        try JPEGCodec.decode(src, transferSyntax: JPEGCodec.losslessSV1UID, geometry: g, into: d, settings: DecodeSettings())
                    }
                }
            }
            let ms = Double(cpuNanos() - t0) / 1e6 / Double(n)
            best = min(best, ms)
        }
        XCTAssertEqual(out, Self.toBytes(px, bits: 16))
        print("JPEG lossless 512x512 16-bit (\(stream.count) bytes, \(String(format: "%.2f", Double(stream.count * 8) / 262144)) bits/sample): \(String(format: "%.3f", best)) ms/frame (thread CPU time, best of 5 x \(n))")
    }
}
