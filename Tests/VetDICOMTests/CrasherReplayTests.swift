import XCTest
import DICOMCore
import DICOMCodecs
import VetDICOM
#if canImport(Glibc)
import Glibc
#endif

/// Replays every file of Tests/Fixtures/crashers/ (found by fuzzing and the hostile suite; each
/// crashed, hung or over-allocated before its fix) and checks the status it must now give.
///
/// index.tsv, one line per file: `file <TAB> stage <TAB> expected <TAB> seconds <TAB> note`
/// - stage: `open` (open + walk every element + JSON), `decode` (open, then decode the first
///   and last frame) or `render` (open, then render the first frame with the defaults);
/// - expected: `ok` or a `Status` case name (`invalidData`, `limitExceeded`, ...), the first
///   error of the stage; several accepted values are separated by `|`;
/// - seconds: a time bound for the stage in a debug build (the bug may have been a hang).
final class CrasherReplayTests: XCTestCase {
    static let dir: String = {
        let here = #filePath
        let tests = here.split(separator: "/", omittingEmptySubsequences: false).dropLast(2).joined(separator: "/")
        return tests + "/Fixtures/crashers"
    }()

    struct Entry {
        var file: String, stage: String, expected: [String], seconds: Double, note: String
    }

    static func entries() throws -> [Entry] {
        let text = try String(contentsOfFile: dir + "/index.tsv", encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { return nil }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 4 else { return nil }
            return Entry(file: f[0], stage: f[1], expected: f[2].split(separator: "|").map(String.init),
                         seconds: Double(f[3]) ?? 5, note: f.count > 4 ? f[4] : "")
        }
    }

    func walk(_ ds: DataSet) -> Int {
        var n = 0
        for e in ds.elements {
            n += 1
            if let items = e.items { for i in items { n += walk(i) } ; continue }
            if e.fragments == nil { _ = try? ds.text(e, index: -1) }
        }
        return n
    }

    func run(_ e: Entry, _ bytes: [UInt8]) -> String {
        do {
            let f = try bytes.withUnsafeBytes { try DICOMFile(bytes: $0) }
            _ = walk(f.dataSet)
            _ = f.dataSet.json()
            if e.stage == "decode" {
                let p = try f.pixels()
                for i in Set([0, p.frameCount - 1]) where i >= 0 {
                    let (buf, layout) = try f.decodeFrame(i)
                    XCTAssertEqual(buf.count, layout.frameBytes, e.file)
                }
            }
            if e.stage == "render" {
                let img = try f.render(frame: 0)
                XCTAssertEqual(img.pixels.count, img.width * img.height * img.channels, e.file)
            }
            return "ok"
        } catch let err as DICOMError {
            return "\(err.status)"
        } catch {
            return "\(error)"
        }
    }

    /// Peak RSS in MiB (getrusage high-water mark).
    func peakRSSMiB() -> Int {
        var u = rusage()
        getrusage(0, &u) // RUSAGE_SELF
        return u.ru_maxrss / 1024
    }

    func testReplayCrashers() throws {
        let entries = try CrasherReplayTests.entries()
        XCTAssertFalse(entries.isEmpty, "no crasher in \(CrasherReplayTests.dir)/index.tsv")
        var files = Set((try? FileManager.default.contentsOfDirectory(atPath: CrasherReplayTests.dir)) ?? [])
        files.remove("index.tsv")
        for e in entries {
            files.remove(e.file)
            guard let data = FileManager.default.contents(atPath: CrasherReplayTests.dir + "/" + e.file) else {
                XCTFail("missing fixture \(e.file)"); continue
            }
            let t0 = Date()
            let rss0 = peakRSSMiB()
            let got = run(e, [UInt8](data))
            let dt = Date().timeIntervalSince(t0)
            // A crasher that over-allocated must not raise the peak RSS (high-water mark) again.
            XCTAssertLessThan(peakRSSMiB() - rss0, 512, "\(e.file) (\(e.note)) raised the peak RSS")
            XCTAssertTrue(e.expected.contains(got), "\(e.file) (\(e.note)): got \(got), expected \(e.expected)")
            XCTAssertLessThan(dt, e.seconds, "\(e.file) (\(e.note)) took \(dt) s")
        }
        XCTAssertTrue(files.isEmpty, "fixtures without an index line: \(files.sorted())")
    }
}
