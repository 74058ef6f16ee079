import DICOMCore
#if canImport(Glibc)
import Glibc
#endif

/// RLE Lossless (1.2.840.10008.1.2.5) decoder, native Swift (PS3.5 Annex G).
///
/// Output: samples interleaved (R,G,B,R,G,B... whatever the Planar Configuration says, since
/// RLE always stores one segment per sample byte), each sample in a little-endian container of
/// `geometry.bytesPerSample` bytes, rebuilt from its byte segments exactly as stored (most
/// significant byte segment first). No sign extension or masking is done: the container holds
/// the stored bits, so the pipeline masks to Bits Stored / sign-extends from Bits Stored per
/// Pixel Representation. `CodecOutput.precision` is `bytesPerSample * 8` (RLE has no precision
/// field), `isSigned` is false, `color` is `.asDeclared` (RLE never converts colour; YBR_FULL
/// stays Y,Cb,Cr).
///
/// Bits Allocated 1: each frame holds one segment of ceil(rows*columns/8) bytes of packed bits
/// (least significant bit first, the DICOM bit order). The decoder unpacks them and writes one
/// byte per pixel, value 0 or 1 (the same layout as the pipeline's unpacked native 1-bit data),
/// so `dst` is rows*columns bytes as usual.
public enum RLE {
    public static var decoderName: String { "native RLE (Swift)" }

    /// Decodes one RLE frame.
    /// - Parameters:
    ///   - src: the frame's bytes (64-byte RLE header followed by the segments).
    ///   - geometry: the image pixel description.
    ///   - dst: exactly `geometry.frameBytes` bytes.
    ///   - settings: unused by this codec.
    /// - Returns: what was written (precision = container bits, unsigned, as declared).
    /// - Throws: `DICOMError(.codecError)` for a malformed header, offsets out of order or out of
    ///   range, a wrong segment count, or a segment that decodes to too few bytes;
    ///   `.invalidArgument` if `dst` has the wrong size.
    public static func decode(_ src: UnsafeRawBufferPointer, geometry: FrameGeometry,
                              into dst: UnsafeMutableRawBufferPointer, settings: DecodeSettings) throws -> CodecOutput {
        guard let frameBytes = geometry.frameBytes, geometry.rows > 0, geometry.columns > 0,
              geometry.samplesPerPixel > 0 else {
            throw DICOMError(.invalidData, "RLE: invalid geometry \(geometry.rows)x\(geometry.columns)x\(geometry.samplesPerPixel)")
        }
        guard dst.count == frameBytes else {
            throw DICOMError(.invalidArgument, "RLE: destination is \(dst.count) bytes, frame needs \(frameBytes)")
        }
        guard src.count >= 64, let srcBase = src.baseAddress, let dstBase = dst.baseAddress else {
            throw DICOMError(.codecError, "RLE: frame of \(src.count) bytes is shorter than the 64-byte RLE header")
        }
        // Header: number of segments, then 15 offsets, all UInt32 little endian.
        func u32(_ at: Int) -> Int {
            let b0 = Int(src[at]), b1 = Int(src[at + 1]), b2 = Int(src[at + 2]), b3 = Int(src[at + 3])
            return b0 | (b1 << 8) | (b2 << 16) | (b3 << 24)
        }
        let segmentCount = u32(0)
        guard segmentCount >= 1, segmentCount <= 15 else {
            throw DICOMError(.codecError, "RLE: header declares \(segmentCount) segments (must be 1...15)")
        }
        var offsets = [Int](repeating: 0, count: segmentCount + 1)   // at most 16 (checked above)
        for i in 0..<segmentCount {
            let off = u32(4 + 4 * i)
            guard off >= 64, off <= src.count else {
                throw DICOMError(.codecError, "RLE: segment \(i) offset \(off) is outside the frame (64...\(src.count))")
            }
            if i > 0, off < offsets[i - 1] {
                throw DICOMError(.codecError, "RLE: segment \(i) offset \(off) precedes segment \(i - 1) offset \(offsets[i - 1])")
            }
            offsets[i] = off
        }
        offsets[segmentCount] = src.count

        let pixels = geometry.rows &* geometry.columns  // frameBytes did not overflow, so this cannot
        let input = UnsafePointer<UInt8>(srcBase.assumingMemoryBound(to: UInt8.self))
        let output = dstBase.assumingMemoryBound(to: UInt8.self)

        if geometry.bitsAllocated == 1 {
            // One segment of packed bits per frame.
            guard geometry.samplesPerPixel == 1, segmentCount == 1 else {
                throw DICOMError(.codecError, "RLE: 1-bit data needs 1 sample and 1 segment, got \(geometry.samplesPerPixel) samples and \(segmentCount) segments")
            }
            let packedCount = (pixels &+ 7) / 8
            let packed = try FailableAlloc.uninitialized(UInt8.self, count: packedCount, "a packed 1-bit RLE frame")
            defer { free(packed) }
            let n = decodeSegment(input + offsets[0], count: offsets[1] - offsets[0],
                                  into: packed, stride: 1, count: packedCount)
            guard n >= packedCount else {
                throw DICOMError(.codecError, "RLE: segment 0 decodes to \(n) bytes, 1-bit frame needs \(packedCount)")
            }
            for p in 0..<pixels {
                output[p] = (packed[p >> 3] >> UInt8(truncatingIfNeeded: p & 7)) & 1
            }
            return CodecOutput(precision: 1, isSigned: false, color: .asDeclared)
        }

        let bps = geometry.bytesPerSample
        let spp = geometry.samplesPerPixel
        let expectedSegments = bps &* spp
        guard segmentCount == expectedSegments else {
            throw DICOMError(.codecError, "RLE: header declares \(segmentCount) segments, \(spp) samples of \(bps) bytes need \(expectedSegments)")
        }
        let stride = bps &* spp
        for seg in 0..<segmentCount {
            let sample = seg / bps
            let byteFromMSB = seg % bps
            // Little-endian container: the most significant byte goes last.
            let start = sample &* bps &+ (bps &- 1 &- byteFromMSB)
            let n = decodeSegment(input + offsets[seg], count: offsets[seg + 1] - offsets[seg],
                                  into: output + start, stride: stride, count: pixels)
            guard n >= pixels else {
                throw DICOMError(.codecError, "RLE: segment \(seg) (offset \(offsets[seg])) decodes to \(n) bytes, frame needs \(pixels)")
            }
        }
        return CodecOutput(precision: bps &* 8, isSigned: false, color: .asDeclared)
    }

    /// PackBits-decodes `inCount` bytes at `input`, writing at most `count` bytes at `out`,
    /// `stride` bytes apart. Extra decoded bytes and a trailing incomplete run are ignored.
    /// - Returns: the number of bytes written (less than `count` if the segment is short).
    @inline(__always)
    static func decodeSegment(_ input: UnsafePointer<UInt8>, count inCount: Int,
                              into out: UnsafeMutablePointer<UInt8>, stride: Int, count: Int) -> Int {
        var ip = 0
        var op = 0
        while ip < inCount && op < count {
            let header = Int(Int8(bitPattern: input[ip]))
            ip &+= 1
            if header >= 0 {
                // Literal run of header + 1 bytes.
                var n = header &+ 1
                if n > inCount &- ip { n = inCount &- ip }
                if n > count &- op { n = count &- op }
                if stride == 1 {
                    (out + op).update(from: input + ip, count: n)
                } else {
                    var o = out + op &* stride
                    for k in 0..<n {
                        o.pointee = input[ip &+ k]
                        o += stride
                    }
                }
                ip &+= header &+ 1
                op &+= n
            } else if header != -128 {
                // Replicate the next byte 1 - header times.
                guard ip < inCount else { break }
                let value = input[ip]
                ip &+= 1
                var n = 1 &- header
                if n > count &- op { n = count &- op }
                if stride == 1 {
                    (out + op).update(repeating: value, count: n)
                } else {
                    var o = out + op &* stride
                    for _ in 0..<n {
                        o.pointee = value
                        o += stride
                    }
                }
                op &+= n
            }
        }
        return op
    }
}
