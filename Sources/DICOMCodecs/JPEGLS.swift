import CCharLS
import DICOMCore
#if canImport(Glibc)
import Glibc
#endif

/// JPEG-LS Lossless (1.2.840.10008.1.2.4.80) and Near-Lossless (.81) decoder over CharLS.
///
/// Output: samples interleaved (R,G,B,R,G,B...; interleave mode "none" output is converted
/// from planar), each sample in a little-endian container of `geometry.bytesPerSample` bytes,
/// holding the decoded value exactly as CharLS produced it: an unsigned integer of
/// `precision` bits (JPEG-LS has no signedness; signed data sets store two's complement bits,
/// which the pipeline sign-extends from `precision`, like pydicom 3's JPEG-LS sign correction).
/// Samples of 2...8 bits in a 2- or 4-byte container are zero-extended. A codestream whose
/// samples do not fit the container (e.g. 12-bit samples with Bits Allocated 8) is an error.
/// `CodecOutput.precision` is the frame's bits per sample (P), `isSigned` is always false,
/// `color` is `.asDeclared` (CharLS undoes an HP colour transform itself; it never converts
/// YCbCr).
public enum JPEGLS {
    public static var decoderName: String { "native JPEG-LS (Swift), CharLS fallback" }

    /// Decodes one JPEG-LS frame: the native Swift decoder (`JPEGLSNative`, bit-exact with
    /// CharLS and faster than Debian's CharLS 2.4.1 build), and CharLS for what the native one
    /// leaves out (mapping tables, restart markers, the HP colour transform...) or rejects, so
    /// errors on bad codestreams carry CharLS's message.
    public static func decode(_ src: UnsafeRawBufferPointer, geometry: FrameGeometry,
                              into dst: UnsafeMutableRawBufferPointer, settings: DecodeSettings) throws -> CodecOutput {
        do {
            return try JPEGLSNative.decode(src, geometry: geometry, into: dst, settings: settings)
        } catch is JPEGLSNative.Unsupported {
            return try decodeCharLS(src, geometry: geometry, into: dst, settings: settings)
        }
    }

    /// Decodes one JPEG-LS frame with CharLS.
    /// - Parameters:
    ///   - src: the frame's codestream (SOI ... EOI).
    ///   - geometry: the image pixel description.
    ///   - dst: exactly `geometry.frameBytes` bytes.
    ///   - settings: unused by this codec.
    /// - Returns: precision = bits per sample, unsigned, colour as declared.
    /// - Throws: `DICOMError(.codecError)` with CharLS's message, or naming both values when
    ///   the frame's width, height or component count differs from the data set's.
    public static func decodeCharLS(_ src: UnsafeRawBufferPointer, geometry: FrameGeometry,
                                    into dst: UnsafeMutableRawBufferPointer, settings: DecodeSettings) throws -> CodecOutput {
        guard let frameBytes = geometry.frameBytes else {
            throw DICOMError(.invalidData, "JPEG-LS: frame size overflows")
        }
        guard dst.count == frameBytes else {
            throw DICOMError(.invalidArgument, "JPEG-LS: destination is \(dst.count) bytes, frame needs \(frameBytes)")
        }
        guard let srcBase = src.baseAddress, src.count > 0 else {
            throw DICOMError(.codecError, "JPEG-LS: empty codestream")
        }
        guard let decoder = charls_jpegls_decoder_create() else {
            throw DICOMError(.outOfMemory, "JPEG-LS: cannot create a CharLS decoder")
        }
        defer { charls_jpegls_decoder_destroy(decoder) }

        func check(_ ec: charls_jpegls_errc, _ what: String) throws {
            if ec.rawValue != 0 {
                let text: String
                if let m = charls_get_error_message(ec) { text = String(cString: m) } else { text = "error \(ec.rawValue)" }
                throw DICOMError(.codecError, "JPEG-LS (CharLS) \(what): \(text)")
            }
        }
        // CharLS 2.4.1 spends seconds failing on a stream that ends without EOI (it keeps
        // reading past the end). A truncated frame gets an EOI appended, so it fails fast.
        var end = src.count
        while end > 0 && src[end - 1] == 0 { end -= 1 }  // trailing padding
        var patched: UnsafeMutableRawBufferPointer? = nil
        defer { if let p = patched?.baseAddress { free(p) } }
        if !(end >= 2 && src[end - 2] == 0xFF && src[end - 1] == 0xD9) {
            let copyBase = try FailableAlloc.uninitialized(UInt8.self, count: end + 2, "a copy of the \(end)-byte JPEG-LS stream")
            let copy = UnsafeMutableRawBufferPointer(start: copyBase, count: end + 2)
            if end > 0, let d = copy.baseAddress { d.copyMemory(from: srcBase, byteCount: end) }
            copy[end] = 0xFF
            copy[end + 1] = 0xD9
            patched = copy
        }
        let setSource: charls_jpegls_errc
        if let p = patched, let pb = p.baseAddress {
            setSource = charls_jpegls_decoder_set_source_buffer(decoder, pb, p.count)
        } else {
            setSource = charls_jpegls_decoder_set_source_buffer(decoder, srcBase, src.count)
        }
        try check(setSource, "set source")
        try check(charls_jpegls_decoder_read_header(decoder), "read header")
        var info = charls_frame_info()
        try check(charls_jpegls_decoder_get_frame_info(decoder, &info), "frame info")
        var ilv = charls_interleave_mode(rawValue: 0)
        try check(charls_jpegls_decoder_get_interleave_mode(decoder, &ilv), "interleave mode")

        let width = Int(info.width), height = Int(info.height)
        let comps = Int(info.component_count), bits = Int(info.bits_per_sample)
        if width != geometry.columns || height != geometry.rows || comps != geometry.samplesPerPixel {
            throw DICOMError(.codecError,
                             "JPEG-LS: codestream is \(width)x\(height) with \(comps) components, data set declares \(geometry.columns)x\(geometry.rows) with \(geometry.samplesPerPixel) samples per pixel")
        }
        guard bits >= 2, bits <= 16 else {
            throw DICOMError(.codecError, "JPEG-LS: unsupported bits per sample \(bits)")
        }
        let srcBytes = bits <= 8 ? 1 : 2  // CharLS's output sample size
        let bps = geometry.bytesPerSample
        guard srcBytes <= bps else {
            throw DICOMError(.codecError,
                             "JPEG-LS: \(bits)-bit samples do not fit Bits Allocated \(geometry.bitsAllocated)")
        }
        var needed = 0
        try check(charls_jpegls_decoder_get_destination_size(decoder, 0, &needed), "destination size")
        let pixels = width &* height
        let planar = ilv.rawValue == 0 && comps > 1
        let expected = pixels &* comps &* srcBytes
        guard needed == expected else {
            throw DICOMError(.codecError, "JPEG-LS: CharLS needs \(needed) bytes, expected \(expected)")
        }

        if !planar && srcBytes == bps {
            // Same layout: decode straight into the frame buffer.
            guard let d = dst.baseAddress else { return CodecOutput(precision: bits) }
            try check(charls_jpegls_decoder_decode_to_buffer(decoder, d, dst.count, 0), "decode")
            return CodecOutput(precision: bits, isSigned: false, color: .asDeclared)
        }

        let tmpBase = try FailableAlloc.uninitialized(UInt64.self, count: (max(needed, 1) + 7) / 8, "the \(needed)-byte JPEG-LS decode buffer")
        defer { free(tmpBase) }
        let tmp = UnsafeMutableRawBufferPointer(start: tmpBase, count: max(needed, 1))
        guard let t = tmp.baseAddress, let d = dst.baseAddress else { return CodecOutput(precision: bits) }
        try check(charls_jpegls_decoder_decode_to_buffer(decoder, t, needed, 0), "decode")

        // Re-layout: planar -> interleaved and/or widen into the container.
        let out = d.assumingMemoryBound(to: UInt8.self)
        out.update(repeating: 0, count: dst.count)
        if srcBytes == 1 {
            let s = t.assumingMemoryBound(to: UInt8.self)
            for c in 0..<comps {
                for p in 0..<pixels {
                    let v = planar ? s[c &* pixels &+ p] : s[p &* comps &+ c]
                    out[(p &* comps &+ c) &* bps] = v
                }
            }
        } else {
            let s = t.assumingMemoryBound(to: UInt16.self)
            for c in 0..<comps {
                for p in 0..<pixels {
                    let v = planar ? s[c &* pixels &+ p] : s[p &* comps &+ c]
                    let o = (p &* comps &+ c) &* bps
                    out[o] = UInt8(truncatingIfNeeded: v)
                    out[o &+ 1] = UInt8(truncatingIfNeeded: v >> 8)
                }
            }
        }
        return CodecOutput(precision: bits, isSigned: false, color: .asDeclared)
    }
}
