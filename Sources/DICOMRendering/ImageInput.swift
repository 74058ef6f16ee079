import DICOMCore
import CPNG
import CTurboJPEG
#if canImport(Glibc)
import Glibc
#endif

/// A picture read from a common image file, for creating DICOM from it: samples interleaved,
/// little-endian 16-bit samples when `bitsAllocated` is 16.
public struct InputImage: Sendable {
    public var rows: Int
    public var columns: Int
    public var samplesPerPixel: Int
    public var bitsAllocated: Int
    /// The significant bits (PGM maxval, PNG bit depth).
    public var bitsStored: Int
    public var data: [UInt8]
    /// JPEG input: libturbojpeg's colour space (TJCS_RGB 0, TJCS_YCbCr 1, TJCS_GRAY 2...) and
    /// chroma subsampling (TJSAMP_444 0, 422 1, 420 2, GRAY 3...); -1 otherwise.
    public var jpegColorspace: Int = -1
    public var jpegSubsampling: Int = -1
}

/// Readers of the image files `vetdicom create` accepts: PGM/PPM (P5/P6), PNG (libpng's simplified
/// API, which catches libpng's errors itself) and JPEG (decoded by libturbojpeg).
public enum ImageInput {
    /// Checks the decoded size a header declares against `limits.maxFrameBytes` (the same
    /// `max_frame_bytes` limit as decoding) before anything is allocated; overflow-checked.
    static func checkedSize(_ kind: String, _ width: Int, _ height: Int, _ samples: Int, _ bytesPerSample: Int,
                            _ limits: Limits) throws -> Int {
        let (a, o1) = width.multipliedReportingOverflow(by: height)
        let (b, o2) = a.multipliedReportingOverflow(by: samples)
        let (n, o3) = b.multipliedReportingOverflow(by: bytesPerSample)
        guard !o1, !o2, !o3, n <= limits.maxFrameBytes else {
            throw DICOMError(.limitExceeded, "limit 'max_frame_bytes' exceeded: the \(kind) header declares \(width)x\(height)x\(samples)"
                             + " of \(bytesPerSample) byte(s) per sample, more than \(limits.maxFrameBytes) bytes")
        }
        return n
    }

    /// A binary PGM (P5, gray, maxval up to 65535, 16-bit big-endian samples) or PPM (P6, 8-bit RGB).
    /// Memory is bounded by the file: the samples are copied from the data present, after
    /// checking that all of them are there.
    /// - Throws: `.invalidData` for a malformed header or short data.
    public static func pnm(_ bytes: [UInt8]) throws -> InputImage {
        var pos = 0
        func bad(_ m: String) -> DICOMError { DICOMError(.invalidData, "PGM/PPM: \(m)") }
        func skipSpaceAndComments() {
            while pos < bytes.count {
                if bytes[pos] == UInt8(ascii: "#") {
                    while pos < bytes.count && bytes[pos] != 0x0A { pos += 1 }
                } else if bytes[pos] == 0x20 || bytes[pos] == 0x0A || bytes[pos] == 0x0D || bytes[pos] == 0x09 {
                    pos += 1
                } else { break }
            }
        }
        func number() throws -> Int {
            skipSpaceAndComments()
            var v = 0, digits = 0
            while pos < bytes.count, bytes[pos] >= 0x30, bytes[pos] <= 0x39, digits < 6 {
                v = v * 10 + Int(bytes[pos] - 0x30)
                pos += 1
                digits += 1
            }
            guard digits > 0 else { throw bad("expected a number at offset \(pos)") }
            return v
        }
        guard bytes.count >= 2, bytes[0] == UInt8(ascii: "P"), bytes[1] == UInt8(ascii: "5") || bytes[1] == UInt8(ascii: "6") else {
            throw bad("not a binary PGM (P5) or PPM (P6) file")
        }
        let samples = bytes[1] == UInt8(ascii: "5") ? 1 : 3
        pos = 2
        let width = try number(), height = try number(), maxval = try number()
        guard width >= 1, width <= 65535, height >= 1, height <= 65535, maxval >= 1, maxval <= 65535 else {
            throw bad("size \(width)x\(height) or maxval \(maxval) out of range")
        }
        pos += 1 // one whitespace byte
        let bytesPerSample = maxval > 255 ? 2 : 1
        if samples == 3 && bytesPerSample == 2 { throw DICOMError(.unsupported, "PPM: 16-bit colour is not supported") }
        let count = width * height * samples * bytesPerSample
        guard pos <= bytes.count, bytes.count - pos >= count else { throw bad("the data is shorter than \(width)x\(height)") }
        var data = Array(bytes[pos..<(pos + count)])
        if bytesPerSample == 2 {
            var i = 0
            while i + 1 < data.count { data.swapAt(i, i + 1); i += 2 }   // big endian in the file
        }
        var bits = 0
        while (1 << bits) <= maxval { bits += 1 }
        return InputImage(rows: height, columns: width, samplesPerPixel: samples, bitsAllocated: bytesPerSample * 8,
                          bitsStored: bytesPerSample == 1 ? 8 : bits, data: data)
    }

    /// A PNG: gray or colour, 8 or 16 bits (alpha dropped; 16-bit colour is reduced to 8 bits).
    /// 16-bit gray comes out unchanged (libpng's linear format, no gamma applied to files
    /// without a gAMA chunk).
    /// The decoded size the header declares is checked against `limits.maxFrameBytes` and
    /// decoded into `calloc`'ed memory (committed only as libpng writes rows, so a short file
    /// costs what it holds); a failed allocation is `.outOfMemory`, never a trap.
    /// - Throws: `.invalidData` with libpng's message, `.limitExceeded`, `.outOfMemory`.
    public static func png(_ bytes: [UInt8], limits: Limits = Limits()) throws -> InputImage {
        var image = png_image()
        image.version = 1
        let ok = bytes.withUnsafeBytes { png_image_begin_read_from_memory(&image, $0.baseAddress, $0.count) }
        guard ok != 0 else { throw DICOMError(.invalidData, "PNG: \(ImageEncoder.pngMessage(&image))") }
        let color = image.format & 2 != 0
        let sixteen = image.format & 4 != 0 && !color     // PNG_FORMAT_FLAG_LINEAR: 16-bit input
        image.format = color ? 2 : (sixteen ? 4 : 0)         // RGB, GRAY|LINEAR, GRAY
        let width = Int(image.width), height = Int(image.height)
        guard width >= 1, width <= 65535, height >= 1, height <= 65535 else {
            png_image_free(&image)
            throw DICOMError(.invalidData, "PNG: size \(width)x\(height) out of range")
        }
        let samples = color ? 3 : 1, bps = sixteen ? 2 : 1
        let size: Int
        let buf: HeapBuffer<UInt8>
        do {
            size = try checkedSize("PNG", width, height, samples, bps, limits)
            buf = try HeapBuffer<UInt8>(count: size, "a \(width)x\(height) PNG image")
        } catch {
            png_image_free(&image)
            throw error
        }
        let done = buf.withUnsafeMutableBytes { png_image_finish_read(&image, nil, $0.baseAddress, 0, nil) }
        guard done != 0 else { throw DICOMError(.invalidData, "PNG: \(ImageEncoder.pngMessage(&image))") }
        let data = try buf.toArray("a \(width)x\(height) PNG image")
        return InputImage(rows: height, columns: width, samplesPerPixel: samples, bitsAllocated: bps * 8,
                          bitsStored: bps * 8, data: data)
    }

    /// A JPEG, decoded by libturbojpeg to gray (1 component) or RGB.
    /// The decoded size the header declares is checked against `limits.maxFrameBytes` and
    /// decoded into `calloc`'ed memory; a failed allocation is `.outOfMemory`, never a trap.
    /// - Throws: `.invalidData` / `.codecError` with libturbojpeg's message, `.limitExceeded`,
    ///   `.outOfMemory`.
    public static func jpeg(_ bytes: [UInt8], limits: Limits = Limits()) throws -> InputImage {
        guard let handle = tjInitDecompress() else { throw DICOMError(.codecError, "libturbojpeg: tjInitDecompress failed") }
        defer { tjDestroy(handle) }
        var w: Int32 = 0, h: Int32 = 0, samp: Int32 = 0, cs: Int32 = 0
        let rc = bytes.withUnsafeBufferPointer {
            tjDecompressHeader3(handle, $0.baseAddress, UInt($0.count), &w, &h, &samp, &cs)
        }
        guard rc == 0, w >= 1, h >= 1, w <= 65535, h <= 65535 else {
            throw DICOMError(.invalidData, "JPEG: \(tjGetErrorStr2(handle).map { String(cString: $0) } ?? "bad header")")
        }
        let gray = cs == 2 /* TJCS_GRAY */
        let samples = gray ? 1 : 3
        let size = try checkedSize("JPEG", Int(w), Int(h), samples, 1, limits)
        let buf = try HeapBuffer<UInt8>(count: size, "a \(w)x\(h) JPEG image")
        let r = buf.withUnsafeMutableBufferPointer { dst in
            bytes.withUnsafeBufferPointer { src in
                tjDecompress2(handle, src.baseAddress, UInt(src.count), dst.baseAddress, w, 0, h,
                              gray ? 6 /* TJPF_GRAY */ : 0 /* TJPF_RGB */, 0)
            }
        }
        guard r == 0 else {
            throw DICOMError(.codecError, "JPEG: \(tjGetErrorStr2(handle).map { String(cString: $0) } ?? "decode failed")")
        }
        let data = try buf.toArray("a \(w)x\(h) JPEG image")
        return InputImage(rows: Int(h), columns: Int(w), samplesPerPixel: samples, bitsAllocated: 8, bitsStored: 8, data: data,
                          jpegColorspace: Int(cs), jpegSubsampling: Int(samp))
    }

    /// The start-of-frame of a JPEG stream: the SOF marker (0xC0 baseline, 0xC1 extended, 0xC2
    /// progressive, 0xC3 lossless...), sample precision and component count, or nil when no SOF
    /// comes before the data ends.
    public static func jpegFrameHeader(_ b: [UInt8]) -> (marker: UInt8, precision: Int, components: Int)? {
        guard b.count >= 4, b[0] == 0xFF, b[1] == 0xD8 else { return nil }
        var i = 2
        while i + 4 <= b.count {
            guard b[i] == 0xFF else { return nil }
            let m = b[i + 1]
            if m == 0xFF { i += 1; continue }
            let len = Int(b[i + 2]) << 8 | Int(b[i + 3])
            if (0xC0...0xCF).contains(m) && m != 0xC4 && m != 0xC8 && m != 0xCC {
                guard i + 10 <= b.count else { return nil }
                return (m, Int(b[i + 4]), Int(b[i + 9]))
            }
            guard len >= 2 else { return nil }
            i += 2 + len
        }
        return nil
    }
}
