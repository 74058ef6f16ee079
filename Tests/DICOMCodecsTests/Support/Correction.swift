import DICOMCore

/// The pydicom 3 (pixels/decoders/base.py) post-decode correction, reproduced for the tests so
/// that codec output can be compared with the corpus hashes. The pipeline implements the
/// same rules once for all codecs.
///
/// Let `item` = 8 * bytesPerSample (the container), BA/BS/PR from the data set, `P` and `S`
/// the precision and signedness the codec reported. "shift by k" = shift each container
/// left by k bits, then right by k bits, arithmetic if PR = 1 (signed container), logical
/// if PR = 0.
/// 1. JPEG 2000 / HTJ2K syntaxes and MONOCHROME1/2: if S != (PR == 1) and item - P > 0,
///    shift by item - P. Otherwise nothing (no Bits Stored masking in this branch).
/// 2. else JPEG-LS syntaxes and PR = 1: if item - P > 0, shift by item - P.
/// 3. else if BA > BS: shift by BA - BS.
enum PydicomCorrection {
    static let j2kSyntaxes: Set<String> = ["1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.91",
                                           "1.2.840.10008.1.2.4.201", "1.2.840.10008.1.2.4.202",
                                           "1.2.840.10008.1.2.4.203"]
    static let jlsSyntaxes: Set<String> = ["1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.81"]

    static func apply(_ buf: inout [UInt8], geometry g: FrameGeometry, transferSyntax ts: String,
                      output: CodecOutput) {
        let bps = g.bytesPerSample
        let item = 8 * bps
        let signed = g.pixelRepresentation == 1
        let mono = g.photometricInterpretation == "MONOCHROME1" || g.photometricInterpretation == "MONOCHROME2"
        var shift = 0
        if j2kSyntaxes.contains(ts) && mono {
            if output.isSigned != signed && item - output.precision > 0 { shift = item - output.precision }
        } else if jlsSyntaxes.contains(ts) && signed {
            if item - output.precision > 0 { shift = item - output.precision }
        } else if g.bitsAllocated > g.bitsStored {
            shift = g.bitsAllocated - g.bitsStored
        }
        guard shift > 0, shift < item else { return }
        let n = buf.count / bps
        let top = UInt64(64 - item + shift)
        buf.withUnsafeMutableBufferPointer { p in
            for i in 0..<n {
                var v: UInt64 = 0
                for b in 0..<bps { v |= UInt64(p[i * bps + b]) << (8 * UInt64(b)) }
                // Move the shifted container to the top of 64 bits, then shift back down.
                var w = v << top
                w = signed ? UInt64(bitPattern: Int64(bitPattern: w) >> Int64(top)) : w >> top
                for b in 0..<bps { p[i * bps + b] = UInt8(truncatingIfNeeded: w >> (8 * UInt64(b))) }
            }
        }
    }
}
