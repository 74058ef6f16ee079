import DICOMCore

/// RLE Lossless encoder (PS3.5 Annex G), native Swift.
///
/// One segment per sample byte: for each sample (R, G, B in turn) its most significant byte
/// segment first, each segment the PackBits coding of that byte of every pixel, row by row (a
/// run never crosses a row), padded to even length; a 64-byte header gives the segment count and
/// offsets. The segments are "colour-by-plane" whatever Planar Configuration says, so the
/// encoded frame reports Planar Configuration 0 (the value the decoded, interleaved samples
/// have; RLE decoders ignore it). Values are the containers' bytes (signed samples as their
/// two's complement), so the decoder's Bits Stored correction gives back the input exactly.
public enum RLEEncoder {
    /// nil when `spec` can be encoded, else why not.
    public static func refusal(_ spec: FrameSpec) -> String? {
        if spec.isFloat { return "RLE cannot hold float pixel data" }
        guard spec.bitsAllocated == 8 || spec.bitsAllocated == 16 || spec.bitsAllocated == 32 else {
            return "RLE: Bits Allocated \(spec.bitsAllocated) is not supported by the encoder (8, 16 or 32)"
        }
        let segments = spec.samplesPerPixel * spec.bytesPerSample
        guard spec.samplesPerPixel >= 1, segments <= 15 else {
            return "RLE holds at most 15 byte segments; \(spec.samplesPerPixel) samples of \(spec.bytesPerSample) bytes need \(segments)"
        }
        return nil
    }

    public static func encode(_ frame: UnsafeRawBufferPointer, spec: FrameSpec) throws -> EncodedFrame {
        if let why = refusal(spec) { throw DICOMError(.unsupported, why) }
        guard let n = spec.frameBytes, frame.count >= n, spec.rows > 0, spec.columns > 0,
              let base = frame.baseAddress else {
            throw DICOMError(.invalidArgument, "RLE: the frame has \(frame.count) bytes, the spec needs \(spec.frameBytes ?? -1)")
        }
        let bps = spec.bytesPerSample
        let spp = spec.samplesPerPixel
        let cols = spec.columns
        let rows = spec.rows
        let p = base.assumingMemoryBound(to: UInt8.self)
        let segCount = spp * bps
        // The output: a Swift Array (EncodedFrame.bytes), capacity probed (FailableAlloc.reserved).
        var out = try FailableAlloc.reserved(UInt8.self, capacity: 64 + n + n / 64 + segCount * rows * 2, "the RLE output")
        out.append(contentsOf: [UInt8](repeating: 0, count: 64))
        var offsets: [Int] = []
        var row = [UInt8](repeating: 0, count: cols)
        let pixelStride = spp * bps
        for s in 0..<spp {
            for b in stride(from: bps - 1, through: 0, by: -1) {
                offsets.append(out.count)
                for y in 0..<rows {
                    // Gather byte b (little endian container) of sample s for each pixel of the row.
                    let rowBase = (y * cols) * pixelStride + s * bps + b
                    for x in 0..<cols { row[x] = p[rowBase + x * pixelStride] }
                    packBits(row, into: &out)
                }
                if out.count & 1 == 1 { out.append(0) }
            }
        }
        // Header: segment count, then up to 15 offsets, UInt32 little endian.
        func put32(_ v: Int, at i: Int) {
            let u = UInt32(truncatingIfNeeded: v)
            out[i] = UInt8(truncatingIfNeeded: u)
            out[i + 1] = UInt8(truncatingIfNeeded: u >> 8)
            out[i + 2] = UInt8(truncatingIfNeeded: u >> 16)
            out[i + 3] = UInt8(truncatingIfNeeded: u >> 24)
        }
        guard out.count <= Int(UInt32.max) else {
            throw DICOMError(.unsupported, "RLE: an encoded frame over 4 GiB cannot be described by the RLE header")
        }
        put32(segCount, at: 0)
        for (i, o) in offsets.enumerated() { put32(o, at: 4 + 4 * i) }
        let ratio = spec.nativeBytes / Double(max(out.count, 1))
        return EncodedFrame(bytes: out, photometricInterpretation: spec.photometricInterpretation,
                            planarConfiguration: 0, lossy: false, ratio: ratio)
    }

    /// PackBits (PS3.5 G.3.1): runs of 2+ equal bytes as replicate runs (1 - n, byte), other
    /// bytes as literal runs (n - 1, bytes), each at most 128 bytes.
    static func packBits(_ src: [UInt8], into out: inout [UInt8]) {
        let n = src.count
        var i = 0
        src.withUnsafeBufferPointer { s in
            while i < n {
                // Length of the run of equal bytes starting at i.
                var run = 1
                while i + run < n && run < 128 && s[i + run] == s[i] { run += 1 }
                if run >= 2 {
                    out.append(UInt8(truncatingIfNeeded: 1 - run))
                    out.append(s[i])
                    i += run
                    continue
                }
                // Literal: up to the next pair of equal bytes (or 128 bytes).
                let start = i
                var len = 0
                while i < n && len < 128 {
                    if i + 1 < n && s[i] == s[i + 1] { break }
                    i += 1
                    len += 1
                }
                out.append(UInt8(len - 1))
                out.append(contentsOf: s[start..<(start + len)])
            }
        }
    }
}
