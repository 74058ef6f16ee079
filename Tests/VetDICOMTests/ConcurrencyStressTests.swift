import XCTest
import DICOMCore
import DICOMCodecs
import TestSupport
import VetDICOM

/// The threading contract of vetdicom.h: one file handle is usable from many threads at once for
/// reading metadata, decoding and rendering (distinct or equal frames). 8 threads decode and
/// render random frames of shared handles and of private handles for a fixed time; every result
/// must equal the single-threaded one. Run under ThreadSanitizer by scripts/tsan-test.sh.
/// VETDICOM_STRESS_SECONDS sets the duration (default 2).
final class ConcurrencyStressTests: XCTestCase {
    /// Multi-frame corpus files, one per codec family (used when the corpus is present).
    static let corpusFiles = [
        "pydicom-data/liver_nonbyte_aligned_rle.dcm",       // RLE, 1-bit, 3 frames
        "pydicom-data/liver_nonbyte_aligned_j2k.dcm",       // J2K, 3 frames
        "pydicom-data/liver_nonbyte_aligned_deflate.dcm",   // deflated frames
        "cornerstone/CT0012.fragmented_no_bot_jpeg_baseline.51.dcm", // JPEG 12-bit, fragmented
        "pydicom-data/JLSL_08_07_0_1F.dcm",                 // JPEG-LS
        "pylibjpeg-data/JPEGBaseline_1s_1f_u_08_08.dcm",    // libjpeg-turbo
    ]

    final class Results: @unchecked Sendable {
        let lock = NSLock()
        var decodes = 0
        var failures: [String] = []
        func add(_ n: Int, _ f: [String]) { lock.lock(); decodes += n; failures += f; lock.unlock() }
    }

    func testEightThreadsSharedAndPrivateHandles() throws {
        var sources: [(String, [UInt8])] = [("synthetic cine", SampleFactory.multiFrameCine(frames: 6)),
                                            ("synthetic radiograph", SampleFactory.veterinaryRadiograph(rows: 96, columns: 80))]
        if Corpus.root != nil {
            for rel in ConcurrencyStressTests.corpusFiles {
                if let b = try? Corpus.bytes(relativePath: rel) { sources.append((rel, b)) }
            }
        }
        // Single-threaded reference hashes and one shared handle per source.
        var shared: [DICOMFile] = []
        var reference: [[String]] = []
        var rendered: [[String]] = []
        var metadata: [String] = []
        for (name, bytes) in sources {
            let f = try bytes.withUnsafeBytes { try DICOMFile(bytes: $0) }
            let p = try f.pixels()
            reference.append(try (0..<p.frameCount).map { sha256Hex(try f.decodeFrame($0).0) })
            rendered.append(try (0..<p.frameCount).map { sha256Hex(try f.render(frame: $0).pixels) })
            metadata.append(f.dataSet.json())
            shared.append(f)
            XCTAssertGreaterThan(p.frameCount, 0, name)
        }
        let seconds = Double(ProcessInfo.processInfo.environment["VETDICOM_STRESS_SECONDS"] ?? "") ?? 2
        let deadline = Date().addingTimeInterval(seconds)
        let results = Results()
        let group = DispatchGroup()
        let sourcesCopy = sources, referenceCopy = reference, sharedCopy = shared, metadataCopy = metadata
        let renderedCopy = rendered
        for t in 0..<8 {
            group.enter()
            let thread = Thread {
                var rng = UInt64(0x9E37_79B9_7F4A_7C15) &* UInt64(t + 1)
                func next(_ n: Int) -> Int {
                    rng = rng &* 6364136223846793005 &+ 1442695040888963407
                    return Int((rng >> 33) % UInt64(n))
                }
                var n = 0
                var failures: [String] = []
                while Date() < deadline {
                    let s = next(sourcesCopy.count)
                    let frame = next(referenceCopy[s].count)
                    do {
                        let file: DICOMFile
                        if next(2) == 0 {
                            file = sharedCopy[s]
                        } else {
                            file = try sourcesCopy[s].1.withUnsafeBytes { try DICOMFile(bytes: $0) }
                        }
                        if next(4) == 0, file.dataSet.json() != metadataCopy[s] {
                            failures.append("\(sourcesCopy[s].0): JSON differs on thread \(t)")
                        }
                        if next(3) == 0 {
                            let h = sha256Hex(try file.render(frame: frame).pixels)
                            if h != renderedCopy[s][frame] {
                                failures.append("\(sourcesCopy[s].0) frame \(frame): rendering differs on thread \(t)")
                            }
                        } else {
                            let h = sha256Hex(try file.decodeFrame(frame).0)
                            if h != referenceCopy[s][frame] {
                                failures.append("\(sourcesCopy[s].0) frame \(frame): hash differs on thread \(t)")
                            }
                        }
                    } catch {
                        failures.append("\(sourcesCopy[s].0) frame \(frame): \(error)")
                    }
                    n += 1
                }
                results.add(n, failures)
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
        XCTAssertEqual(results.failures, [])
        XCTAssertGreaterThan(results.decodes, 8, "each thread decoded at least once")
    }
}
