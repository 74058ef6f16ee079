import DICOMCore
import Foundation
import XCTest

/// Corpus access for the codec tests: a Python helper (pydicom) extracts each frame's
/// codestream of the corpus files of one transfer syntax family into a temporary folder,
/// with the image attributes and the manifest's expected frame hashes.
struct CorpusFrameSet {
    var path: String
    var transferSyntax: String
    var geometry: FrameGeometry
    var status: String
    /// Expected SHA-256 per frame: native Y,Cb,Cr hashes for YBR_FULL data (codecs don't
    /// convert colour), else frames_sha256. Empty when the reference has none.
    var expected: [String]
    /// Each frame's codestream.
    var frames: [[UInt8]]
}

enum CodecCorpus {
    static let pythonScript = #"""
import json, os, sys
import pydicom
from pydicom.encaps import generate_frames
corpus, outdir, wanted = sys.argv[1], sys.argv[2], set(sys.argv[3].split(','))
m = json.load(open(os.path.join(corpus, 'manifest.json')))
lines = []
for i, f in enumerate(m['files']):
    ts = f.get('transfer_syntax_uid')
    if ts not in wanted:
        continue
    px = f.get('pixels') or {}
    try:
        ds = pydicom.dcmread(os.path.join(corpus, f['path']), force=True)
        nf = int(ds.get('NumberOfFrames', 1) or 1)
        frames = list(generate_frames(ds.PixelData, number_of_frames=nf))
    except Exception as e:
        lines.append('\t'.join(['ERROR', f['path'], ts, repr(e).replace('\t', ' ')]))
        continue
    files = []
    for j, fr in enumerate(frames):
        p = os.path.join(outdir, '%d_%d.bin' % (i, j))
        open(p, 'wb').write(fr)
        files.append(p)
    exp = px.get('native_ybr_frames_sha256') or px.get('frames_sha256') or []
    pc = f.get('planar_configuration')
    lines.append('\t'.join(str(x) for x in [
        'FILE', f['path'], ts, f['rows'], f['columns'], f['samples_per_pixel'], f['bits_allocated'],
        f['bits_stored'], f['pixel_representation'], 0 if pc is None else pc,
        f['photometric_interpretation'], px.get('status'), ','.join(exp), ','.join(files)]))
open(os.path.join(outdir, 'index.tsv'), 'w').write('\n'.join(lines) + '\n')
"""#

    static var corpusDir: String {
        if let env = ProcessInfo.processInfo.environment["VETDICOM_CORPUS"], !env.isEmpty { return env }
        // Tests/DICOMCodecsTests/Support/CodecCorpus.swift -> package root -> ../shared/corpus
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.deletingLastPathComponent().appendingPathComponent("shared/corpus").path
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [String: Result<[CorpusFrameSet], Error>] = [:]

    /// Frame sets of the corpus files whose transfer syntax is in `syntaxes`.
    /// Throws XCTSkip when the corpus or Python/pydicom is unavailable.
    static func frameSets(_ syntaxes: [String]) throws -> [CorpusFrameSet] {
        let key = syntaxes.sorted().joined(separator: ",")
        lock.lock()
        defer { lock.unlock() }
        if let r = cache[key] { return try r.get() }
        let r = Result { try extract(syntaxes) }
        cache[key] = r
        return try r.get()
    }

    private static func extract(_ syntaxes: [String]) throws -> [CorpusFrameSet] {
        let dir = corpusDir
        guard FileManager.default.fileExists(atPath: dir + "/manifest.json") else {
            throw XCTSkip("corpus not found at \(dir) (set VETDICOM_CORPUS)")
        }
        let tmp = FileManager.default.temporaryDirectory
            .appendingPathComponent("vetdicom-codecs-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        let script = tmp.appendingPathComponent("extract.py")
        try pythonScript.write(to: script, atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", script.path, dir, tmp.path, syntaxes.joined(separator: ",")]
        let errPipe = Pipe()
        p.standardError = errPipe
        try p.run()
        let errData = errPipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw XCTSkip("python3/pydicom frame extraction failed: \(String(decoding: errData, as: UTF8.self))")
        }
        let index = try String(contentsOf: tmp.appendingPathComponent("index.tsv"), encoding: .utf8)
        var sets: [CorpusFrameSet] = []
        for line in index.split(separator: "\n") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 14, f[0] == "FILE" else { continue }
            let g = FrameGeometry(rows: Int(f[3]) ?? 0, columns: Int(f[4]) ?? 0, samplesPerPixel: Int(f[5]) ?? 0,
                                  bitsAllocated: Int(f[6]) ?? 0, bitsStored: Int(f[7]) ?? 0,
                                  pixelRepresentation: Int(f[8]) ?? 0, planarConfiguration: Int(f[9]) ?? 0,
                                  photometricInterpretation: f[10])
            sets.append(CorpusFrameSet(path: f[1], transferSyntax: f[2], geometry: g, status: f[11],
                                       expected: f[12].isEmpty ? [] : f[12].split(separator: ",").map(String.init),
                                       frames: try f[13].split(separator: ",").map {
                                           [UInt8](try Data(contentsOf: URL(fileURLWithPath: String($0))))
                                       }))
        }
        try? FileManager.default.removeItem(at: tmp)
        return sets
    }
}
