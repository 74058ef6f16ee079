import DICOMCore
import CPNG
import CTurboJPEG
#if canImport(Glibc)
import Glibc
#endif

/// Image file encoders for rendered frames: PNG through libpng's simplified API (which
/// catches libpng's longjmp errors itself, so no setjmp crosses Swift frames) and JPEG through
/// libturbojpeg's tjCompress2.
public enum ImageEncoder {
    /// Encodes an 8-bit image (1, 3 or 4 channels, rows `stride` bytes apart) as PNG.
    /// Returns malloc'ed bytes (free with `free`) and their count.
    /// - Throws: `.invalidArgument` for a bad shape, `.codecError` with libpng's message.
    public static func png(_ pixels: UnsafeRawPointer, width: Int, height: Int, channels: Int,
                           stride: Int) throws -> (UnsafeMutableRawPointer, Int) {
        var image = try pngImage(width: width, height: height, channels: channels, stride: stride)
        var size: png_alloc_size_t = 0
        guard png_image_write_to_memory(&image, nil, &size, 0, pixels, Int32(stride), nil) != 0, size > 0 else {
            throw DICOMError(.codecError, "libpng: \(pngMessage(&image))")
        }
        guard let mem = malloc(Int(size)) else { throw DICOMError(.outOfMemory, "PNG of \(size) bytes") }
        var written = size
        guard png_image_write_to_memory(&image, mem, &written, 0, pixels, Int32(stride), nil) != 0 else {
            free(mem)
            throw DICOMError(.codecError, "libpng: \(pngMessage(&image))")
        }
        return (mem, Int(written))
    }

    /// Writes an 8-bit image as a PNG file.
    /// - Throws: `.io` when the file cannot be written, `.codecError` with libpng's message.
    public static func writePNG(_ pixels: UnsafeRawPointer, width: Int, height: Int, channels: Int, stride: Int,
                                path: String) throws {
        let (mem, size) = try png(pixels, width: width, height: height, channels: channels, stride: stride)
        defer { free(mem) }
        try writeFile(path, mem, size)
    }

    /// Encodes an 8-bit image as JPEG (quality 1...100; 4:4:4 for colour, grayscale for 1 channel;
    /// RGBA is written without its alpha). Returns malloc'ed bytes (free with `free`).
    /// - Throws: `.invalidArgument`, `.codecError` with libturbojpeg's message.
    public static func jpeg(_ pixels: UnsafeRawPointer, width: Int, height: Int, channels: Int, stride: Int,
                            quality: Int) throws -> (UnsafeMutableRawPointer, Int) {
        guard width > 0, height > 0, width <= 65535, height <= 65535, [1, 3, 4].contains(channels),
              stride >= width * channels, let pitch = Int32(exactly: stride) else {
            throw DICOMError(.invalidArgument, "cannot encode a \(width)x\(height)x\(channels) image as JPEG")
        }
        guard quality >= 1 && quality <= 100 else {
            throw DICOMError(.invalidArgument, "JPEG quality \(quality) is outside 1...100")
        }
        guard let handle = tjInitCompress() else {
            throw DICOMError(.codecError, "libturbojpeg: tjInitCompress failed")
        }
        defer { tjDestroy(handle) }
        let pf: Int32 = channels == 1 ? 6 /* TJPF_GRAY */ : (channels == 3 ? 0 /* TJPF_RGB */ : 7 /* TJPF_RGBA */)
        let samp: Int32 = channels == 1 ? 3 /* TJSAMP_GRAY */ : 0 /* TJSAMP_444 */
        var buf: UnsafeMutablePointer<UInt8>? = nil
        var size: UInt = 0
        let rc = tjCompress2(handle, pixels.assumingMemoryBound(to: UInt8.self), Int32(width), pitch, Int32(height), pf,
                             &buf, &size, samp, Int32(quality), 0)
        guard rc == 0, let jb = buf, size > 0 else {
            let msg = tjGetErrorStr2(handle).map { String(cString: $0) } ?? "error"
            if let jb = buf { tjFree(jb) }
            throw DICOMError(.codecError, "libturbojpeg: \(msg)")
        }
        defer { tjFree(jb) }
        guard let mem = malloc(Int(size)) else { throw DICOMError(.outOfMemory, "JPEG of \(size) bytes") }
        memcpy(mem, jb, Int(size))
        return (mem, Int(size))
    }

    /// Writes an 8-bit image as a JPEG file.
    public static func writeJPEG(_ pixels: UnsafeRawPointer, width: Int, height: Int, channels: Int, stride: Int,
                                 quality: Int, path: String) throws {
        let (mem, size) = try jpeg(pixels, width: width, height: height, channels: channels, stride: stride,
                                   quality: quality)
        defer { free(mem) }
        try writeFile(path, mem, size)
    }

    static func pngImage(width: Int, height: Int, channels: Int, stride: Int) throws -> png_image {
        guard width > 0, height > 0, width <= 65535, height <= 65535, [1, 3, 4].contains(channels),
              stride >= width * channels, Int32(exactly: stride) != nil else {
            throw DICOMError(.invalidArgument, "cannot encode a \(width)x\(height)x\(channels) image as PNG")
        }
        var image = png_image()
        image.version = 1  // PNG_IMAGE_VERSION
        image.width = UInt32(width)
        image.height = UInt32(height)
        // PNG_FORMAT_GRAY 0, PNG_FORMAT_RGB 2 (FLAG_COLOR), PNG_FORMAT_RGBA 3 (FLAG_COLOR | FLAG_ALPHA)
        image.format = channels == 1 ? 0 : (channels == 3 ? 2 : 3)
        image.flags = 2  // PNG_IMAGE_FLAG_FAST: quicker filtering/compression, still lossless
        return image
    }

    static func pngMessage(_ image: inout png_image) -> String {
        defer { png_image_free(&image) }
        return withUnsafeBytes(of: &image.message) { raw -> String in
            let bytes = raw.prefix { $0 != 0 }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Writes bytes to a file (created or truncated, mode 0644).
    /// - Throws: `.io` with the path and errno text.
    public static func writeFile(_ path: String, _ data: UnsafeRawPointer, _ count: Int) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw DICOMError(.io, "cannot create '\(path)': \(String(cString: strerror(errno)))") }
        var done = 0
        while done < count {
            let n = write(fd, data + done, count - done)
            if n < 0 {
                if errno == EINTR { continue }
                let msg = String(cString: strerror(errno))
                close(fd)
                throw DICOMError(.io, "cannot write '\(path)': \(msg)")
            }
            done += n
        }
        guard close(fd) == 0 else { throw DICOMError(.io, "cannot close '\(path)': \(String(cString: strerror(errno)))") }
    }
}
