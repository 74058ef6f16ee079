import XCTest
import DICOMCore
import DICOMCodecs
import TestSupport
import VetDICOM
import Foundation

/// The speed work (issue 10): the fast libjpeg-turbo colour path, the frame cache, rendering
/// from decoded pixels, modality values.
final class SpeedTests: XCTestCase {

    /// Default (libjpeg-turbo integer YCbCr -> RGB) is within +-1 of the pydicom-exact path on
    /// every YBR colour JPEG of the corpus whose exact path equals the manifest; the exact path
    /// (exact_ybr) equals the manifest hashes.
    func testFastColourWithinOneOfExact() throws {
        guard Corpus.root != nil else { throw XCTSkip(Corpus.absentMessage) }
        var exact = DecodeSettings()
        exact.exactYBR = true
        var checked = 0, differing = 0
        for e in try Corpus.entries() where !e.framesSHA256.isEmpty
            && (e.transferSyntaxUID == "1.2.840.10008.1.2.4.50" || e.transferSyntaxUID == "1.2.840.10008.1.2.4.51") {
            guard let f = try? DICOMFile(path: e.fullPath), let p = try? f.pixels(),
                  p.description.samplesPerPixel == 3, CorpusDecodeTests.verdicts[e.path] == nil else { continue }
            let n = min(p.frameCount, 3)
            for i in 0..<n {
                let (a, la) = try f.decodeFrame(i, settings: exact)
                let known = [e.framesSHA256, e.consensusFramesSHA256].compactMap { i < $0.count ? $0[i] : nil }
                XCTAssertTrue(known.contains(sha256Hex(a)), "\(e.path) frame \(i): exact path differs from the references")
                let (b, lb) = try f.decodeFrame(i)
                XCTAssertEqual(la.photometricInterpretation, lb.photometricInterpretation, e.path)
                XCTAssertEqual(a.count, b.count, e.path)
                var maxd = 0
                for k in 0..<min(a.count, b.count) { maxd = max(maxd, abs(Int(a[k]) - Int(b[k]))) }
                XCTAssertLessThanOrEqual(maxd, 1, "\(e.path) frame \(i)")
                if a != b { differing += 1 }
            }
            checked += 1
        }
        XCTAssertGreaterThan(checked, 3)
        XCTAssertGreaterThan(differing, 0, "the fast path should be in use on some YBR JPEG")
    }

    func testExactYBROption() {
        var o = FileOptions()
        XCTAssertEqual(o.set("exact_ybr", int: 1), .ok)
        XCTAssertTrue(o.decode.exactYBR)
        XCTAssertEqual(o.set("exact_ybr", int: 2), .invalidArgument)
        XCTAssertEqual(o.set("exact_ybr", int: 0), .ok)
        XCTAssertFalse(o.decode.exactYBR)
    }

    private func corpusFile(_ rel: String, options: FileOptions = FileOptions()) throws -> DICOMFile {
        guard let root = Corpus.root else { throw XCTSkip(Corpus.absentMessage) }
        return try DICOMFile(path: root + "/" + rel, options: options)
    }

    private func renderOptions(_ pairs: [(String, Double)]) -> FileOptions {
        var o = FileOptions()
        for (k, v) in pairs { XCTAssertEqual(o.set(k, double: v), .ok) }
        return o
    }

    /// A second render of a frame with another window, VOI function, inversion or output size
    /// does not decode again; the cached result equals an uncached render.
    func testRenderAgainDoesNotDecode() throws {
        let f = try corpusFile("pylibjpeg-data/MAROTECH_CT_JP2Lossy.dcm")
        XCTAssertEqual(f.frameCache.decodeCount, 0)
        let first = try f.render(frame: 0)
        XCTAssertEqual(f.frameCache.decodeCount, 1)
        let w1 = try f.render(frame: 0, options: renderOptions([("window_center", 40), ("window_width", 400)]))
        var sig = renderOptions([("window_center", 40), ("window_width", 400)])
        XCTAssertEqual(sig.set("voi_function", string: "SIGMOID"), .ok)
        _ = try f.render(frame: 0, options: sig)
        _ = try f.render(frame: 0, options: renderOptions([("invert", 1)]))
        let small = try f.render(frame: 0, options: renderOptions([("output_width", 128), ("output_height", 128)]))
        XCTAssertEqual(f.frameCache.decodeCount, 1, "rendering again decoded the frame again")
        XCTAssertLessThanOrEqual(small.width, 128)
        XCTAssertNotEqual(first.pixels, w1.pixels)
        // Same pixels as without a cache.
        var off = FileOptions()
        XCTAssertEqual(off.set("frame_cache_bytes", int: 0), .ok)
        let g = try corpusFile("pylibjpeg-data/MAROTECH_CT_JP2Lossy.dcm", options: off)
        XCTAssertEqual(try g.render(frame: 0).pixels, first.pixels)
        XCTAssertEqual(try g.render(frame: 0, options: renderOptions([("window_center", 40), ("window_width", 400)])).pixels, w1.pixels)
        XCTAssertEqual(g.frameCache.decodeCount, 2, "a disabled cache decodes every time")
        XCTAssertEqual(g.frameCache.heldBytes, 0)
        // Invalidation.
        f.invalidateFrameCache()
        XCTAssertEqual(f.frameCache.heldBytes, 0)
        XCTAssertEqual(try f.render(frame: 0).pixels, first.pixels)
        XCTAssertEqual(f.frameCache.decodeCount, 2)
    }

    /// The cache stays within its budget (LRU eviction) and is safe from several threads.
    func testCacheBoundedAndThreadSafe() throws {
        var o = FileOptions()
        let frameBytes = 256 * 256 * 2
        XCTAssertEqual(o.set("frame_cache_bytes", int: Int64(frameBytes * 3)), .ok)
        XCTAssertEqual(o.set("frame_cache_bytes", int: -1), .invalidArgument)
        let f = try corpusFile("synthetic/eot_jpegls_s16_8f.dcm", options: o)
        let n = try f.pixels().frameCount
        XCTAssertEqual(n, 8)
        let reference = try (0..<n).map { try f.render(frame: $0).pixels }
        XCTAssertLessThanOrEqual(f.frameCache.heldBytes, frameBytes * 3)
        final class Box: @unchecked Sendable { var bad = 0 }
        let box = Box()
        let lock = NSLockLike()
        try decodeParallel(count: 4, threads: 4) { t in
            for k in 0..<8 {
                let i = (k * 5 + t) % n
                let px = try f.render(frame: i).pixels
                if px != reference[i] { lock.run { box.bad += 1 } }
            }
        }
        XCTAssertEqual(box.bad, 0)
        XCTAssertLessThanOrEqual(f.frameCache.heldBytes, frameBytes * 3)
    }

    /// Rendering from pixels decoded by the caller equals rendering the frame.
    func testRenderFromDecodedPixels() throws {
        let f = try corpusFile("orthanc-tests/SignedCT.dcm")
        let (px, _) = try f.decodeFrame(0)
        let opts = renderOptions([("window_center", 40), ("window_width", 350)])
        let shape = try f.renderShape(options: opts)
        var out = [UInt8](repeating: 0, count: shape.byteCount)
        try px.withUnsafeBytes { src in
            try out.withUnsafeMutableBytes { dst in
                _ = try f.render(frame: 0, decoded: src, options: opts, into: dst, stride: shape.rowBytes)
            }
        }
        XCTAssertEqual(out, try f.render(frame: 0, options: opts).pixels)
        XCTAssertThrowsError(try px.dropLast(2).withUnsafeBytes { src in
            try out.withUnsafeMutableBytes { dst in
                _ = try f.render(frame: 0, decoded: src, options: opts, into: dst, stride: shape.rowBytes)
            }
        })
    }

    /// Modality values: stored value * slope + intercept, as float32 and rounded int32.
    func testModalityValues() throws {
        let f = try corpusFile("orthanc-tests/SignedCT.dcm")
        let ds = f.dataSet
        let slope = Double(ds.string(Tag(0x0028, 0x1053))?.trimmingCharacters(in: .whitespaces) ?? "1") ?? 1
        let intercept = Double(ds.string(Tag(0x0028, 0x1052))?.trimmingCharacters(in: .whitespaces) ?? "0") ?? 0
        let (px, layout) = try f.decodeFrame(0)
        XCTAssertEqual(layout.bytesPerSample, 2)
        let n = layout.rows * layout.columns
        XCTAssertEqual(try f.modalityValuesSize(), n * 4)
        var fl = [Float](repeating: 0, count: n), it = [Int32](repeating: 0, count: n)
        try fl.withUnsafeMutableBytes { try f.modalityValues(frame: 0, int32: false, into: $0) }
        try it.withUnsafeMutableBytes { try f.modalityValues(frame: 0, int32: true, into: $0) }
        var minV = Double.infinity
        for i in stride(from: 0, to: n, by: 97) {
            let raw = px.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: i * 2, as: Int16.self) }
            let v = Double(layout.isSigned ? Int(raw) : Int(UInt16(bitPattern: raw))) * slope + intercept
            XCTAssertEqual(Double(fl[i]), v, accuracy: 1e-3)
            XCTAssertEqual(it[i], Int32(v.rounded(.toNearestOrAwayFromZero)))
            minV = min(minV, v)
        }
        XCTAssertLessThan(minV, 0, "a CT should have negative HU somewhere")
        var small = [Float](repeating: 0, count: 3)
        XCTAssertThrowsError(try small.withUnsafeMutableBytes { try f.modalityValues(frame: 0, int32: false, into: $0) })
        let colour = try corpusFile("pydicom-data/JLSL_RGB_ILV0.dcm")
        XCTAssertThrowsError(try fl.withUnsafeMutableBytes { try colour.modalityValues(frame: 0, int32: false, into: $0) }) { e in
            XCTAssertEqual((e as? DICOMError)?.status, .unsupported)
        }
    }
}

/// A pthread mutex for the tests' shared counters.
final class NSLockLike: @unchecked Sendable {
    private var m = pthread_mutex_t()
    init() { pthread_mutex_init(&m, nil) }
    func run(_ body: () -> Void) { pthread_mutex_lock(&m); body(); pthread_mutex_unlock(&m) }
}
