import CCharLS
import DICOMCore
#if canImport(Glibc)
import Glibc
#endif

/// JPEG-LS encoder: lossless (.4.80, NEAR 0) and near-lossless (.4.81, NEAR from the options),
/// by the native Swift encoder (`JPEGLSNativeEncoder`, byte-identical to CharLS 2.4.1) for 1 or
/// 3 samples in 8/16-bit containers, by CharLS for anything else. Bits per sample = max(Bits Stored, 2); samples are coded as their Bits Stored
/// low bits (signed data as two's complement, which the decoder sign-extends back). Colour is
/// coded sample-interleaved without a colour transform, so RGB stays RGB.
public enum JPEGLSEncoder {
    public static func refusal(_ spec: FrameSpec) -> String? {
        spec.integerRefusal("JPEG-LS", maxSide: 65535)
    }

    public static func encode(_ frame: UnsafeRawBufferPointer, spec: FrameSpec, nearLossless: Int) throws -> EncodedFrame {
        if let why = refusal(spec) { throw DICOMError(.unsupported, why) }
        let bits = max(spec.bitsStored, 2)
        let maxNear = min(255, ((1 << bits) - 1) / 2)
        guard nearLossless >= 0, nearLossless <= maxNear else {
            throw DICOMError(.invalidArgument, "JPEG-LS NEAR \(nearLossless) is outside 0...\(maxNear) for \(bits)-bit samples")
        }
        guard let n = spec.frameBytes, frame.count >= n, let base = frame.baseAddress else {
            throw DICOMError(.invalidArgument, "JPEG-LS: the frame has \(frame.count) bytes, the spec needs \(spec.frameBytes ?? -1)")
        }
        // Native Swift (the same codestream as CharLS 2.4.1, faster than Debian's build) for
        // what it covers, CharLS for the rest.
        let out = JPEGLSNativeEncoder.supports(spec)
            ? try JPEGLSNativeEncoder.encode(frame, spec: spec, bits: bits, near: nearLossless)
            : try encodeCharLS(base, spec: spec, bits: bits, nearLossless: nearLossless)
        let lossy = nearLossless > 0
        return EncodedFrame(bytes: out, photometricInterpretation: spec.photometricInterpretation,
                            planarConfiguration: 0, lossy: lossy, ratio: spec.nativeBytes / Double(max(out.count, 1)),
                            method: lossy ? "ISO_14495_1" : "")
    }

    /// Encodes with CharLS (what the native encoder leaves out; and the tests' oracle).
    /// `base` holds `spec.frameBytes` bytes; `bits` = max(Bits Stored, 2).
    public static func encodeCharLS(_ base: UnsafeRawPointer, spec: FrameSpec, bits: Int, nearLossless: Int) throws -> [UInt8] {
        let count = spec.rows * spec.columns * spec.samplesPerPixel
        // CharLS reads 1 byte per sample up to 8 bits, else 2 bytes; values must be < 2^bits.
        // A frame whose containers are exactly that (8 bits in 8, 16 in 16, host = little
        // endian) goes to CharLS as it is; otherwise one pass masks (and narrows) it.
        let srcBytes = bits <= 8 ? 1 : 2
        let raw = count * srcBytes
        let direct = srcBytes == spec.bytesPerSample && bits == 8 * srcBytes && 1.littleEndian == 1
        let tmp = try FailableAlloc.uninitialized(UInt16.self, count: direct ? 1 : max((raw + 1) / 2, 1),
                                                  "the \(raw)-byte masked JPEG-LS frame")
        defer { free(tmp) }
        let t = UnsafeMutableRawPointer(tmp)
        if !direct { maskSamples(base, count: count, fromBytes: spec.bytesPerSample, toBytes: srcBytes, bits: bits, into: t) }
        let src = direct ? UnsafeRawPointer(base) : UnsafeRawPointer(t)
        func check(_ ec: charls_jpegls_errc, _ what: String) throws {
            if ec.rawValue != 0 {
                let text = charls_get_error_message(ec).map { String(cString: $0) } ?? "error \(ec.rawValue)"
                throw DICOMError(.codecError, "JPEG-LS (CharLS) encoder \(what): \(text)")
            }
        }
        // CharLS's estimate can be too small for incompressible data (its run/escape codes make
        // a noisy frame larger than the raw samples): start from the estimate plus a margin and,
        // if CharLS still reports "destination buffer too small", retry with a bigger buffer
        // (bounded: at most 4 attempts, the last one 4x the raw size plus headers).
        var capacity = 0
        var out: [UInt8] = []
        var written = 0
        var attempt = 0
        while true {
            guard let encoder = charls_jpegls_encoder_create() else {
                throw DICOMError(.outOfMemory, "JPEG-LS: cannot create a CharLS encoder")
            }
            defer { charls_jpegls_encoder_destroy(encoder) }
            var info = charls_frame_info(width: UInt32(spec.columns), height: UInt32(spec.rows),
                                         bits_per_sample: Int32(bits), component_count: Int32(spec.samplesPerPixel))
            try check(charls_jpegls_encoder_set_frame_info(encoder, &info), "frame info")
            try check(charls_jpegls_encoder_set_near_lossless(encoder, Int32(nearLossless)), "near-lossless")
            if spec.samplesPerPixel > 1 {
                try check(charls_jpegls_encoder_set_interleave_mode(encoder, CHARLS_INTERLEAVE_MODE_SAMPLE), "interleave mode")
            }
            if attempt == 0 {
                var estimate = 0
                try check(charls_jpegls_encoder_get_estimated_destination_size(encoder, &estimate), "size estimate")
                capacity = max(estimate, raw) + raw / 8 + 4096
            }
            // Uninitialized output (CharLS writes it; only the bytes written are kept), probed
            // first so a failure is OUT_OF_MEMORY, not a trap.
            try FailableAlloc.probe(bytes: capacity, "the \(capacity)-byte JPEG-LS output")
            var status = CHARLS_JPEGLS_ERRC_SUCCESS
            var failure: DICOMError?
            out = [UInt8](unsafeUninitializedCapacity: capacity) { o, initialized in
                initialized = 0
                guard let ob = o.baseAddress else { return }
                do {
                    try check(charls_jpegls_encoder_set_destination_buffer(encoder, ob, o.count), "destination")
                    status = charls_jpegls_encoder_encode_from_buffer(encoder, src, raw, 0)
                    if status.rawValue == 0 {
                        try check(charls_jpegls_encoder_get_bytes_written(encoder, &written), "bytes written")
                        initialized = min(written, o.count)
                    }
                } catch let e as DICOMError {
                    failure = e
                } catch {
                    failure = DICOMError(.codecError, "JPEG-LS (CharLS) encoder: \(error)")
                }
            }
            if let failure { throw failure }
            if status == CHARLS_JPEGLS_ERRC_DESTINATION_BUFFER_TOO_SMALL && attempt < 3 {
                attempt += 1
                capacity = attempt == 3 ? raw * 4 + 65536 : capacity * 2
                continue
            }
            try check(status, "encode")
            break
        }
        return out
    }

    /// Copies `count` samples from `fromBytes`-byte little endian containers into `toBytes`-byte
    /// host-order ones, keeping the low `bits` bits (CharLS wants values < 2^bits).
    static func maskSamples(_ base: UnsafeRawPointer, count: Int, fromBytes: Int, toBytes: Int, bits: Int,
                            into t: UnsafeMutableRawPointer) {
        let aligned = Int(bitPattern: base) & 1 == 0 && 1.littleEndian == 1
        if toBytes == 1 {
            let o = t.assumingMemoryBound(to: UInt8.self)
            let m = UInt8(truncatingIfNeeded: (1 << bits) - 1)
            if fromBytes == 1 {
                let s = base.assumingMemoryBound(to: UInt8.self)
                for i in 0..<count { o[i] = s[i] & m }
            } else if aligned {
                let s = base.assumingMemoryBound(to: UInt16.self)
                for i in 0..<count { o[i] = UInt8(truncatingIfNeeded: s[i]) & m }
            } else {
                for i in 0..<count {
                    o[i] = UInt8(truncatingIfNeeded: UInt16(littleEndian: base.loadUnaligned(fromByteOffset: i * 2, as: UInt16.self))) & m
                }
            }
        } else {
            let o = t.assumingMemoryBound(to: UInt16.self)
            let m = UInt16(truncatingIfNeeded: (1 << bits) - 1)
            if aligned {
                let s = base.assumingMemoryBound(to: UInt16.self)
                for i in 0..<count { o[i] = s[i] & m }
            } else {
                for i in 0..<count { o[i] = UInt16(littleEndian: base.loadUnaligned(fromByteOffset: i * 2, as: UInt16.self)) & m }
            }
        }
    }
}
