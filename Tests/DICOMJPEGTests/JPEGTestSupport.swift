import Foundation
import XCTest
import DICOMCore
@testable import DICOMJPEG

/// Helpers shared by the JPEG tests: running external tools, locating the corpus, applying the
/// same corrections pydicom applies before hashing.
enum JPEGTestSupport {
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static var corpusDir: String {
        if let e = ProcessInfo.processInfo.environment["VETDICOM_CORPUS"], !e.isEmpty { return e }
        return URL(fileURLWithPath: packageRoot).deletingLastPathComponent().appendingPathComponent("shared/corpus").path
    }

    static func which(_ tool: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let p = "\(dir)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    /// Runs a tool; returns (exit status, stdout+stderr).
    @discardableResult
    static func run(_ exe: String, _ args: [String]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = args
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func makeTempDir(_ tag: String) throws -> String {
        let dir = NSTemporaryDirectory() + "vetdicom-jpeg-\(tag)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    static func pythonWithPydicom() -> String? {
        guard let py = which("python3") else { return nil }
        guard let (rc, _) = try? run(py, ["-c", "import pydicom, numpy"]), rc == 0 else { return nil }
        return py
    }

    /// Decodes into a fresh buffer.
    static func decode(_ stream: [UInt8], ts: String, _ g: FrameGeometry, keepYBR: Bool = false) throws -> ([UInt8], CodecOutput) {
        var out = [UInt8](repeating: 0, count: g.frameBytes ?? 0)
        var settings = DecodeSettings()
        settings.keepYBR = keepYBR
        settings.exactYBR = true  // the manifest hashes are pydicom's float YCbCr conversion
        let r = try stream.withUnsafeBytes { s in
            try out.withUnsafeMutableBytes { d in
                try JPEGCodec.decode(s, transferSyntax: ts, geometry: g, into: d, settings: settings)
            }
        }
        return (out, r)
    }

    /// pydicom's corrections for a 2-byte container: clear bits above Bits Stored, sign-extend
    /// when Pixel Representation is 1.
    static func correctBits(_ buf: inout [UInt8], _ g: FrameGeometry) {
        guard g.bytesPerSample == 2, g.bitsStored < 16 || g.pixelRepresentation == 1 else {
            if g.bytesPerSample == 1 && g.bitsStored < 8 {
                for i in 0..<buf.count {
                    var v = Int(buf[i]) & ((1 << g.bitsStored) - 1)
                    if g.pixelRepresentation == 1 && v >= 1 << (g.bitsStored - 1) { v -= 1 << g.bitsStored }
                    buf[i] = UInt8(truncatingIfNeeded: v)
                }
            }
            return
        }
        let bs = g.bitsStored
        for i in stride(from: 0, to: buf.count, by: 2) {
            var v = (Int(buf[i]) | Int(buf[i + 1]) << 8) & ((1 << bs) - 1)
            if g.pixelRepresentation == 1 && v >= 1 << (bs - 1) { v -= 1 << bs }
            buf[i] = UInt8(truncatingIfNeeded: v)
            buf[i + 1] = UInt8(truncatingIfNeeded: v >> 8)
        }
    }

    /// pydicom 3 `convert_color_space(arr, "YBR_FULL", "RGB")` for 8-bit samples (float32).
    static func ybrToRGB(_ buf: [UInt8]) -> [UInt8] {
        var out = buf
        let a: Float = 1.402
        let b: Float = -0.114 * 1.772 / 0.587
        let c: Float = -0.299 * 1.402 / 0.587
        let d: Float = 1.772
        @inline(__always) func clamp(_ v: Float) -> UInt8 {
            let f = (v + 0.5).rounded(.down)
            return f <= 0 ? 0 : (f >= 255 ? 255 : UInt8(f))
        }
        buf.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                var i = 0
                while i + 2 < src.count {
                    let y = Float(src[i]), cb = Float(src[i + 1]) - 128, cr = Float(src[i + 2]) - 128
                    dst[i] = clamp(y + cb * 0 + cr * a)
                    dst[i + 1] = clamp(y + cb * b + cr * c)
                    dst[i + 2] = clamp(y + cb * d + cr * 0)
                    i += 3
                }
            }
        }
        return out
    }
}
