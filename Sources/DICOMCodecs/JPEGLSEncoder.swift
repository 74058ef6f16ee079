import CCharLS
import DICOMCore

/// JPEG-LS encoder over CharLS: lossless (.4.80, NEAR 0) and near-lossless (.4.81, NEAR from
/// the options). Bits per sample = max(Bits Stored, 2); samples are coded as their Bits Stored
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
        let count = spec.rows * spec.columns * spec.samplesPerPixel
        // CharLS reads 1 byte per sample up to 8 bits, else 2 bytes; values must be < 2^bits.
        let srcBytes = bits <= 8 ? 1 : 2
        let mask = (1 << bits) - 1
        let tmp = UnsafeMutableRawBufferPointer.allocate(byteCount: max(count * srcBytes, 1), alignment: 8)
        defer { tmp.deallocate() }
        guard let t = tmp.baseAddress else { throw DICOMError(.outOfMemory, "JPEG-LS: no buffer") }
        if srcBytes == 1 {
            let o = t.assumingMemoryBound(to: UInt8.self)
            if spec.bytesPerSample == 1 {
                let s = base.assumingMemoryBound(to: UInt8.self)
                for i in 0..<count { o[i] = UInt8(Int(s[i]) & mask) }
            } else {
                for i in 0..<count {
                    o[i] = UInt8(Int(UInt16(littleEndian: base.loadUnaligned(fromByteOffset: i * 2, as: UInt16.self))) & mask)
                }
            }
        } else {
            let o = t.assumingMemoryBound(to: UInt16.self)
            for i in 0..<count {
                o[i] = UInt16(Int(UInt16(littleEndian: base.loadUnaligned(fromByteOffset: i * 2, as: UInt16.self))) & mask)
            }
        }
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
        let raw = count * srcBytes
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
            out = [UInt8](repeating: 0, count: capacity)
            var status = CHARLS_JPEGLS_ERRC_SUCCESS
            try out.withUnsafeMutableBytes { o in
                guard let ob = o.baseAddress else { return }
                try check(charls_jpegls_encoder_set_destination_buffer(encoder, ob, o.count), "destination")
                status = charls_jpegls_encoder_encode_from_buffer(encoder, t, raw, 0)
                if status.rawValue == 0 {
                    try check(charls_jpegls_encoder_get_bytes_written(encoder, &written), "bytes written")
                }
            }
            if status == CHARLS_JPEGLS_ERRC_DESTINATION_BUFFER_TOO_SMALL && attempt < 3 {
                attempt += 1
                capacity = attempt == 3 ? raw * 4 + 65536 : capacity * 2
                continue
            }
            try check(status, "encode")
            break
        }
        out.removeSubrange(min(written, out.count)...)
        let lossy = nearLossless > 0
        return EncodedFrame(bytes: out, photometricInterpretation: spec.photometricInterpretation,
                            planarConfiguration: 0, lossy: lossy, ratio: spec.nativeBytes / Double(max(out.count, 1)),
                            method: lossy ? "ISO_14495_1" : "")
    }
}
