import TestSupport
import Foundation
import XCTest
import DICOMCore
@testable import DICOMJPEG

/// Decodes every frame of every corpus file with a JPEG transfer syntax (.50/.51/.57/.70) and
/// compares the SHA-256 of the result (after pydicom's bit/sign corrections and, for YCbCr
/// output, pydicom's YBR_FULL -> RGB conversion) with the manifest's reference hashes.
/// Files whose manifest status is "agreed" must equal the reference (frames_sha256); the others
/// must equal the reference or the consensus of the independent decoders
/// (consensus_frames_sha256).
final class JPEGCorpusTests: XCTestCase {
    struct Entry {
        var path: String, ts: String, geometry: FrameGeometry, status: String
        var key: String, frames: Int, ref: [String], consensus: [String], native: [String]
    }

    static func loadEntries() throws -> (String, [Entry]) {
        let corpus = JPEGTestSupport.corpusDir
        guard FileManager.default.fileExists(atPath: corpus + "/manifest.json") else {
            throw XCTSkip("corpus not found at \(corpus) (set VETDICOM_CORPUS)")
        }
        guard let py = JPEGTestSupport.pythonWithPydicom() else {
            throw XCTSkip("python3 with pydicom is needed to extract the corpus codestreams (CI installs it)")
        }
        let dir = try JPEGTestSupport.makeTempDir("corpus")
        let script = JPEGTestSupport.packageRoot + "/Tests/DICOMJPEGTests/extract_jpeg_frames.py"
        let (rc, out) = try JPEGTestSupport.run(py, [script, corpus, dir])
        guard rc == 0 else { throw XCTSkip("extract_jpeg_frames.py failed: \(out)") }
        let text = try String(contentsOfFile: dir + "/index.tsv", encoding: .utf8)
        var entries: [Entry] = []
        for line in text.split(separator: "\n") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 14 else { continue }
            let g = FrameGeometry(rows: Int(f[2]) ?? 0, columns: Int(f[3]) ?? 0, samplesPerPixel: Int(f[4]) ?? 1,
                                  bitsAllocated: Int(f[5]) ?? 8, bitsStored: Int(f[6]) ?? 8,
                                  pixelRepresentation: Int(f[7]) ?? 0, planarConfiguration: 0,
                                  photometricInterpretation: f[8])
            let kn = f[10].split(separator: ":")
            func list(_ s: String) -> [String] { s == "-" ? [] : s.split(separator: ",").map(String.init) }
            entries.append(Entry(path: f[0], ts: f[1], geometry: g, status: f[9], key: String(kn[0]),
                                 frames: Int(kn[1]) ?? 0, ref: list(f[11]), consensus: list(f[12]), native: list(f[13])))
        }
        return (dir, entries)
    }

    /// Largest sample difference; Int.max if the sizes differ.
    static func maxAbsDiff(_ a: [UInt8], _ b: [UInt8], _ g: FrameGeometry) -> Int {
        guard a.count == b.count else { return Int.max }
        var m = 0
        if g.bytesPerSample == 1 {
            for i in 0..<a.count { m = max(m, abs(Int(a[i]) - Int(b[i]))) }
        } else {
            for i in stride(from: 0, to: a.count - 1, by: 2) {
                var x = Int(a[i]) | Int(a[i + 1]) << 8, y = Int(b[i]) | Int(b[i + 1]) << 8
                if g.pixelRepresentation == 1 { x = Int(Int16(truncatingIfNeeded: x)); y = Int(Int16(truncatingIfNeeded: y)) }
                m = max(m, abs(x - y))
            }
        }
        return m
    }

    func testCorpusFramesMatchReference() throws {
        let (dir, entries) = try Self.loadEntries()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        XCTAssertGreaterThan(entries.count, 30)
        var table: [String] = []
        for e in entries {
            var matches: [String] = []
            var nativeMatches = 0
            let t0 = Date()
            var tDecode = 0.0
            defer { if ProcessInfo.processInfo.environment["VETDICOM_JPEG_TIMING"] == "1" { print("time \(e.path): total \(Date().timeIntervalSince(t0)) decode \(tDecode)") } }
            for i in 0..<e.frames {
                let stream = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(dir)/\(e.key)_\(i).jpg")))
                let (raw, info): ([UInt8], CodecOutput)
                do {
                    let td = Date()
                    (raw, info) = try JPEGTestSupport.decode(stream, ts: e.ts, e.geometry)
                    tDecode += Date().timeIntervalSince(td)
                } catch {
                    matches.append("error: \(error)")
                    continue
                }
                var px = info.color == .ybrFull ? JPEGTestSupport.ybrToRGB(raw) : raw
                JPEGTestSupport.correctBits(&px, e.geometry)
                let h = sha256Hex(px)
                if i < e.ref.count && h == e.ref[i] { matches.append("reference") }
                else if i < e.consensus.count && h == e.consensus[i] { matches.append("consensus") }
                else if let ref = try? Data(contentsOf: URL(fileURLWithPath: "\(dir)/\(e.key)_\(i).ref")) {
                    let d = Self.maxAbsDiff(px, [UInt8](ref), e.geometry)
                    matches.append(d <= 2 ? "within 2 of reference" : "none (max diff \(d))")
                } else { matches.append("none") }
                if i < e.native.count && sha256Hex(raw) == e.native[i] { nativeMatches += 1 }
            }
            let kinds = Set(matches)
            let summary = kinds.count == 1 ? (kinds.first ?? "") : matches.joined(separator: ",")
            table.append("| \(e.path) | \(e.ts.split(separator: ".").last ?? "") | \(e.status) | \(summary) | \(e.native.isEmpty ? "-" : "\(nativeMatches)/\(e.frames)") |")
            if e.status == "agreed" {
                XCTAssertEqual(matches, [String](repeating: "reference", count: e.frames), "\(e.path) (\(e.status))")
            } else {
                for m in matches {
                    XCTAssertTrue(m == "reference" || m == "consensus" || m == "within 2 of reference",
                                  "\(e.path) (\(e.status)): \(m)")
                }
            }
        }
        print("| file | ts | status | our hash matches | native YBR matches |\n|---|---|---|---|---|")
        print(table.joined(separator: "\n"))
    }
}
