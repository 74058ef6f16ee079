import CTurboJPEG
import Foundation
import XCTest
import DICOMCore
@testable import DICOMJPEG

/// Streams made at test time by DCMTK (dcmcjpeg) and libturbojpeg (tjCompress2), decoded here and
/// compared with the encoder's source pixels (lossless: exact) or with the reference decoder
/// (dcmdjpeg / tjDecompress2) for lossy streams.
final class JPEGExternalEncoderTests: XCTestCase {
    func testDCMTKStreams() throws {
        guard JPEGTestSupport.which("dcmcjpeg") != nil, JPEGTestSupport.which("dcmdjpeg") != nil else {
            throw XCTSkip("dcmtk (dcmcjpeg/dcmdjpeg) not installed (CI installs it)")
        }
        guard let py = JPEGTestSupport.pythonWithPydicom() else { throw XCTSkip("python3 with pydicom and numpy not installed") }
        let dir = try JPEGTestSupport.makeTempDir("dcmtk")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (rc, out) = try JPEGTestSupport.run(py, [JPEGTestSupport.packageRoot + "/Tests/DICOMJPEGTests/make_dcmtk_streams.py", dir])
        XCTAssertEqual(rc, 0, out)
        let index = try String(contentsOfFile: dir + "/index.tsv", encoding: .utf8)
        var cases = 0
        for line in index.split(separator: "\n") {
            let f = line.split(separator: "\t").map(String.init)
            guard f.count >= 9 else { continue }
            let name = f[0], ts = f[1]
            let g = FrameGeometry(rows: Int(f[2]) ?? 0, columns: Int(f[3]) ?? 0, samplesPerPixel: Int(f[4]) ?? 1,
                                  bitsAllocated: Int(f[5]) ?? 8, bitsStored: Int(f[6]) ?? 8, pixelRepresentation: 0,
                                  planarConfiguration: 0, photometricInterpretation: f[7])
            let stream = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(dir)/\(name).jpg")))
            let src = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(dir)/\(name).src")))
            let dcmtk = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(dir)/\(name).dcmtk")))
            let (ours, info) = try JPEGTestSupport.decode(stream, ts: ts, g)
            if ts == JPEGCodec.losslessP14UID || ts == JPEGCodec.losslessSV1UID {
                XCTAssertEqual(ours, src, "\(name): lossless decode differs from the source pixels")
            } else {
                // DCMTK's IJG 6b islow decoder (raw YCbCr, fancy upsampling): bit-identical.
                XCTAssertEqual(ours, Array(dcmtk.prefix(ours.count)), "\(name): differs from dcmdjpeg")
                XCTAssertEqual(info.color, g.samplesPerPixel == 3 ? .ybrFull : .asDeclared, name)
            }
            XCTAssertEqual(info.precision, name == "ext12" ? 12 : (name.hasPrefix("ll16") ? 16 : 8), name)
            cases += 1
        }
        XCTAssertEqual(cases, 13)
    }

    /// Encodes with tjCompress2 and checks the codec against tjDecompress2: grayscale exactly;
    /// colour (YCbCr written, converted here with pydicom's formula) within 2 of libjpeg's RGB;
    /// and the native 8-bit DCT decoder bit-identical to the libturbojpeg path.
    func testTurboJPEGStreams() throws {
        let w = 53, h = 37
        var rgb = [UInt8](repeating: 0, count: w * h * 3)
        for y in 0..<h {
            for x in 0..<w {
                rgb[(y * w + x) * 3] = UInt8((x * 5) & 255)
                rgb[(y * w + x) * 3 + 1] = UInt8((y * 7) & 255)
                rgb[(y * w + x) * 3 + 2] = UInt8(((x * y) / 3) & 255)
            }
        }
        guard let comp = tjInitCompress(), let dec = tjInitDecompress() else { return XCTFail("tjInit failed") }
        defer { tjDestroy(comp); tjDestroy(dec) }
        for (pf, subsamp, n) in [(TJPF_GRAY, TJSAMP_GRAY, 1), (TJPF_RGB, TJSAMP_444, 3), (TJPF_RGB, TJSAMP_422, 3),
                                 (TJPF_RGB, TJSAMP_420, 3), (TJPF_RGB, TJSAMP_440, 3)] {
            let input: [UInt8] = n == 1 ? stride(from: 0, to: rgb.count, by: 3).map { rgb[$0] } : rgb
            var jpegBuf: UnsafeMutablePointer<UInt8>? = nil
            var jpegSize: UInt = 0
            let rc = tjCompress2(comp, input, Int32(w), 0, Int32(h), Int32(pf.rawValue), &jpegBuf, &jpegSize,
                                 Int32(subsamp.rawValue), 85, 0)
            XCTAssertEqual(rc, 0)
            guard let jb = jpegBuf else { return XCTFail("no output") }
            let stream = [UInt8](UnsafeBufferPointer(start: jb, count: Int(jpegSize)))
            tjFree(jb)
            var ref = [UInt8](repeating: 0, count: w * h * n)
            XCTAssertEqual(tjDecompress2(dec, stream, UInt(stream.count), &ref, Int32(w), 0, Int32(h), Int32(pf.rawValue), Int32(TJFLAG_ACCURATEDCT)), 0)
            let g = FrameGeometry(rows: h, columns: w, samplesPerPixel: n, bitsAllocated: 8, bitsStored: 8, pixelRepresentation: 0,
                                  planarConfiguration: 0, photometricInterpretation: n == 1 ? "MONOCHROME2" : "YBR_FULL_422")
            let (ours, info) = try JPEGTestSupport.decode(stream, ts: JPEGCodec.baselineUID, g)
            if n == 1 {
                XCTAssertEqual(ours, ref)
            } else {
                XCTAssertEqual(info.color, .ybrFull)
                let conv = JPEGTestSupport.ybrToRGB(ours)
                var maxd = 0
                for i in 0..<conv.count { maxd = max(maxd, abs(Int(conv[i]) - Int(ref[i]))) }
                XCTAssertLessThanOrEqual(maxd, 2, "subsampling \(subsamp)")
            }
            // Native sequential decoder at 8 bits equals the libturbojpeg path.
            let native = try stream.withUnsafeBytes { s -> [UInt8] in
                let (f, planes) = try SequentialDecoder.decode(s, geometry: g)
                var o = [UInt8](repeating: 0, count: w * h * n)
                try o.withUnsafeMutableBytes { d in try Upsampler.write(f, planes, geometry: g, into: d) }
                return o
            }
            XCTAssertEqual(native, ours, "native 8-bit decoder vs libturbojpeg, subsampling \(subsamp)")
            // Truncations throw; bit flips never crash.
            for cut in stride(from: 2, to: stream.count - 2, by: 7) {
                XCTAssertThrowsError(try JPEGTestSupport.decode(Array(stream[0..<cut]), ts: JPEGCodec.baselineUID, g), "cut \(cut)")
            }
            for i in stride(from: 0, to: stream.count, by: 3) {
                var c = stream
                c[i] ^= 0x10
                _ = try? JPEGTestSupport.decode(c, ts: JPEGCodec.baselineUID, g)
                _ = try? c.withUnsafeBytes { s in try SequentialDecoder.decode(s, geometry: g) }
            }
        }
    }

    /// DCT streams with restart intervals (Pillow/libjpeg-turbo encoder): the native sequential
    /// decoder must equal the libturbojpeg path bit for bit.
    func testRestartIntervalsNativeEqualsTurbo() throws {
        guard let py = JPEGTestSupport.which("python3"),
              let (rc0, _) = try? JPEGTestSupport.run(py, ["-c", "import PIL, numpy"]), rc0 == 0 else {
            throw XCTSkip("python3 with Pillow and numpy not installed")
        }
        let dir = try JPEGTestSupport.makeTempDir("rst")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let script = """
        import sys
        from PIL import Image
        import numpy as np
        d = sys.argv[1]
        a = ((np.arange(37 * 53).reshape(37, 53) * 7) % 251).astype(np.uint8)
        Image.fromarray(a).save(d + "/gray.jpg", quality=90, restart_marker_blocks=3)
        rgb = np.stack([a, a[::-1], a[:, ::-1]], -1)
        Image.fromarray(rgb).save(d + "/rgb420.jpg", quality=90, restart_marker_rows=1, subsampling=2)
        Image.fromarray(rgb).save(d + "/rgb422.jpg", quality=90, restart_marker_blocks=5, subsampling=1)
        """
        let (rc, out) = try JPEGTestSupport.run(py, ["-c", script, dir])
        guard rc == 0 else { throw XCTSkip("Pillow cannot write restart markers here: \(out)") }
        for (name, n) in [("gray", 1), ("rgb420", 3), ("rgb422", 3)] {
            let stream = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(dir)/\(name).jpg")))
            XCTAssertTrue((0..<stream.count - 1).contains { stream[$0] == 0xFF && stream[$0 + 1] == 0xD0 }, "\(name) has RST0")
            let g = FrameGeometry(rows: 37, columns: 53, samplesPerPixel: n, bitsAllocated: 8, bitsStored: 8, pixelRepresentation: 0,
                                  planarConfiguration: 0, photometricInterpretation: n == 1 ? "MONOCHROME2" : "YBR_FULL_422")
            let (ours, _) = try JPEGTestSupport.decode(stream, ts: JPEGCodec.baselineUID, g)
            let native = try stream.withUnsafeBytes { s -> [UInt8] in
                let (f, planes) = try SequentialDecoder.decode(s, geometry: g)
                var o = [UInt8](repeating: 0, count: 37 * 53 * n)
                try o.withUnsafeMutableBytes { d in try Upsampler.write(f, planes, geometry: g, into: d) }
                return o
            }
            XCTAssertEqual(native, ours, name)
            // A missing RST marker is an error in the native decoder.
            var broken = stream
            if let i = (0..<broken.count - 1).first(where: { broken[$0] == 0xFF && broken[$0 + 1] == 0xD1 }) {
                broken[i + 1] = 0xC8  // not an RST marker any more
                XCTAssertThrowsError(try broken.withUnsafeBytes { s in try SequentialDecoder.decode(s, geometry: g) }, name)
            }
        }
    }
}
