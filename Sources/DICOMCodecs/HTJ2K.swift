import COpenJPHShim
import DICOMCore

/// HTJ2K (ISO/IEC 15444-15) through OpenJPH: the decoder for HT codestreams (several times
/// faster than OpenJPEG 2.5.0's HT decoder; OpenJPEG stays the fallback, see `JPEG2000`) and
/// the encoder for 1.2.840.10008.1.2.4.201 (lossless), .202 (lossless, RPCL progression with a
/// TLM marker segment) and .203 (lossy, 9/7 wavelet with a quantization step).
public enum HTJ2K {
    public static var libraryName: String { "OpenJPH " + String(cString: vd_ojph_version()) }

    /// Decodes a raw HT codestream with OpenJPH into `dst` (the layout `JPEG2000.decode` writes).
    /// Returns nil when OpenJPH cannot decode it (the caller falls back to OpenJPEG).
    static func decode(_ cs: UnsafeRawBufferPointer, geometry: FrameGeometry,
                       into dst: UnsafeMutableRawBufferPointer) -> CodecOutput? {
        guard let src = cs.baseAddress, let d = dst.baseAddress else { return nil }
        let bps = geometry.bytesPerSample
        guard bps == 1 || bps == 2 || bps == 4 else { return nil }
        var info = vd_ojph_info()
        var err = [CChar](repeating: 0, count: 256)
        let rc = vd_ojph_decode(src.assumingMemoryBound(to: UInt8.self), cs.count, d, dst.count, Int32(bps),
                                Int32(truncatingIfNeeded: geometry.columns), Int32(truncatingIfNeeded: geometry.rows),
                                Int32(truncatingIfNeeded: geometry.samplesPerPixel), &info, &err, err.count)
        guard rc == 0 else { return nil }
        let color: CodecColor = (info.components == 3 && info.color_transform != 0) ? .rgb : .asDeclared
        return CodecOutput(precision: Int(info.bit_depth), isSigned: info.is_signed != 0, color: color)
    }

    public static func refusal(_ spec: FrameSpec) -> String? {
        spec.integerRefusal("HTJ2K", maxSide: 1 << 24)
    }

    /// Encodes one frame. `uid` selects lossless (.201), RPCL lossless (.202) or lossy (.203).
    public static func encode(_ frame: UnsafeRawBufferPointer, spec: FrameSpec, uid: String,
                              options: EncodeOptions) throws -> EncodedFrame {
        if let why = refusal(spec) { throw DICOMError(.unsupported, why) }
        guard let n = spec.frameBytes, frame.count >= n, let base = frame.baseAddress else {
            throw DICOMError(.invalidArgument, "HTJ2K: the frame has \(frame.count) bytes, the spec needs \(spec.frameBytes ?? -1)")
        }
        let lossy = uid == "1.2.840.10008.1.2.4.203"
        let rpcl = uid == "1.2.840.10008.1.2.4.202"
        if lossy && !(options.htj2kQStep > 0 && options.htj2kQStep < 1) {
            throw DICOMError(.invalidArgument, "HTJ2K lossy: quantization step \(options.htj2kQStep) must be in (0, 1)")
        }
        let mct = JPEG2000Encoder.usesMCT(spec)
        // The shim reads the frame as stored (8/16-bit little endian containers) and masks /
        // sign-extends each line to Bits Stored itself: no intermediate copy of the frame.
        let nc = spec.samplesPerPixel
        let bps = spec.bytesPerSample
        guard bps == 1 || bps == 2 else {
            throw DICOMError(.unsupported, "HTJ2K: \(bps)-byte sample containers")
        }
        var out: UnsafeMutablePointer<UInt8>? = nil
        var outLen = 0
        var err = [CChar](repeating: 0, count: 512)
        let levels = JPEG2000Encoder.decompositions(spec)
        func encode(_ src: UnsafeRawPointer) -> Int32 {
            vd_ojph_encode(src, Int32(spec.columns), Int32(spec.rows), Int32(nc), Int32(bps),
                           Int32(spec.bitsStored), spec.isSigned ? 1 : 0, lossy ? 0 : 1, Float(options.htj2kQStep),
                           mct ? 1 : 0, rpcl ? "RPCL" : "LRCP", Int32(levels), 64, &out, &outLen, &err, err.count)
        }
        let rc: Int32
        if bps == 2 && 1.littleEndian != 1 {
            // A big endian host: the shim reads host-order containers.
            let swapped = (0..<(spec.rows * spec.columns * nc)).map {
                UInt16(littleEndian: base.loadUnaligned(fromByteOffset: $0 * 2, as: UInt16.self))
            }
            rc = swapped.withUnsafeBytes { b in b.baseAddress.map(encode) ?? -1 }
        } else {
            rc = encode(base)
        }
        defer { vd_ojph_free(out) }
        guard rc == 0, let o = out else {
            throw DICOMError(.codecError, "HTJ2K (OpenJPH) encoding failed: " + String(cString: err))
        }
        var bytes = [UInt8](UnsafeBufferPointer(start: o, count: outLen))
        if rpcl { bytes = insertTLM(bytes) }
        let pi: String
        if mct { pi = lossy ? "YBR_ICT" : "YBR_RCT" } else { pi = spec.photometricInterpretation }
        return EncodedFrame(bytes: bytes, photometricInterpretation: pi, planarConfiguration: 0, lossy: lossy,
                            ratio: spec.nativeBytes / Double(max(bytes.count, 1)), method: lossy ? "ISO_15444_15" : "")
    }

    /// Adds a TLM marker segment (tile-part lengths, PS3.5 A.4.? for the RPCL syntax) before the
    /// first SOT: Ztlm 0, Stlm 0x40 (no tile index, 32-bit lengths), one Ptlm per tile-part.
    /// A codestream whose tile-parts cannot be walked is returned unchanged.
    static func insertTLM(_ cs: [UInt8]) -> [UInt8] {
        func be16(_ i: Int) -> Int { Int(cs[i]) << 8 | Int(cs[i + 1]) }
        var pos = 2
        while pos + 4 <= cs.count, cs[pos] == 0xFF, cs[pos + 1] != 0x90 {
            if cs[pos + 1] == 0x55 { return cs }  // already has one
            pos += 2 + be16(pos + 2)
        }
        let firstSOT = pos
        var lengths: [Int] = []
        while pos + 12 <= cs.count, cs[pos] == 0xFF, cs[pos + 1] == 0x90 {
            let psot = Int(cs[pos + 6]) << 24 | Int(cs[pos + 7]) << 16 | Int(cs[pos + 8]) << 8 | Int(cs[pos + 9])
            guard psot >= 14, psot <= cs.count - pos else { return cs }
            lengths.append(psot)
            pos += psot
        }
        guard !lengths.isEmpty, lengths.count <= (65535 - 4) / 4, pos + 2 <= cs.count,
              cs[pos] == 0xFF, cs[pos + 1] == 0xD9 else { return cs }
        let ltlm = 4 + 4 * lengths.count
        var seg: [UInt8] = [0xFF, 0x55, UInt8(ltlm >> 8), UInt8(ltlm & 0xFF), 0, 0x40]
        for l in lengths {
            seg += [UInt8(truncatingIfNeeded: l >> 24), UInt8(truncatingIfNeeded: l >> 16),
                    UInt8(truncatingIfNeeded: l >> 8), UInt8(truncatingIfNeeded: l)]
        }
        return Array(cs[0..<firstSOT]) + seg + Array(cs[firstSOT...])
    }
}
