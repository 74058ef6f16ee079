import CTurboJPEG
import DICOMCore
#if canImport(Glibc)
import Glibc
#endif

/// JPEG encoders: lossless process 14 selection value 1 (native Swift, the mirror of
/// `JPEGLossless`) and baseline 8-bit (libturbojpeg).
public enum JPEGEncoder {
    // MARK: - lossless (SV1)

    /// nil when `spec` can be encoded as JPEG lossless SV1, else why not.
    public static func losslessRefusal(_ spec: FrameSpec) -> String? {
        spec.integerRefusal("JPEG lossless", maxSide: 65535)
    }

    /// Encodes one frame as JPEG lossless, process 14, first-order prediction (selection value
    /// 1), point transform 0, precision = max(Bits Stored, 2), one interleaved scan, optimal
    /// Huffman table (one table shared by all components). Signed samples are coded as their
    /// two's complement bits (JPEG has no sign), which the decoder's Bits Stored correction
    /// sign-extends back. Colour is coded as given (no colour transform).
    public static func encodeLossless(_ frame: UnsafeRawBufferPointer, spec: FrameSpec) throws -> EncodedFrame {
        if let why = losslessRefusal(spec) { throw DICOMError(.unsupported, why) }
        guard let n = spec.frameBytes, frame.count >= n, let base = frame.baseAddress else {
            throw DICOMError(.invalidArgument, "JPEG lossless: the frame has \(frame.count) bytes, the spec needs \(spec.frameBytes ?? -1)")
        }
        let w = spec.columns, h = spec.rows, nc = spec.samplesPerPixel
        let precision = max(spec.bitsStored, 2)
        let mask = Int32((1 << precision) - 1)
        let count = w * h * nc
        // Samples masked to the precision (one pass, vectorizable), then the differences (mod
        // 2^16, in -32768...32767) and their SSSS histogram in flat loops over raw buffers.
        // Working memory sized by the frame: failable (HeapBuffer), OUT_OF_MEMORY, never a trap.
        let samplesBuf = try HeapBuffer<Int32>(count: count, "the samples of a \(w)x\(h) frame")
        let samples = samplesBuf.buffer
        defer { withExtendedLifetime(samplesBuf) {} }   // `samples` points into it
        if spec.bytesPerSample == 1 {
            let s = base.assumingMemoryBound(to: UInt8.self)
            for i in 0..<count { samples[i] = Int32(s[i]) & mask }
        } else if Int(bitPattern: base) & 1 == 0 && 1.littleEndian == 1 {
            let s = base.assumingMemoryBound(to: UInt16.self)
            for i in 0..<count { samples[i] = Int32(s[i]) & mask }
        } else {
            for i in 0..<count {
                samples[i] = Int32(UInt16(littleEndian: base.loadUnaligned(fromByteOffset: i * 2, as: UInt16.self))) & mask
            }
        }
        let diffs = try HeapBuffer<Int32>(count: count, "the differences of a \(w)x\(h) frame")
        var histogram = [Int](repeating: 0, count: 17)
        diffs.withUnsafeMutableBufferPointer { d in
            histogram.withUnsafeMutableBufferPointer { hist in
                let rowLen = w * nc
                let initial = Int32(1 << (precision - 1))
                @inline(__always) func put(_ i: Int, _ pred: Int32) {
                    let diff = Int32(Int16(truncatingIfNeeded: samples[i] &- pred))
                    d[i] = diff
                    hist[ssss(diff)] &+= 1
                }
                for y in 0..<h {
                    let r = y * rowLen
                    // x = 0: predicted from above (the first row: from 2^(P-1)).
                    for c in 0..<nc { put(r + c, y == 0 ? initial : samples[r + c - rowLen]) }
                    // x > 0: predicted from the left (the same component, nc samples back).
                    var i = r + nc
                    while i < r + rowLen {
                        put(i, samples[i - nc])
                        i += 1
                    }
                }
            }
        }
        let table = HuffmanEncodeTable(frequencies: histogram)
        // The output: a Swift Array (EncodedFrame.bytes), capacity probed (FailableAlloc.reserved).
        var out = try FailableAlloc.reserved(UInt8.self, capacity: n / 2 + 1024, "the JPEG lossless output")
        out += [0xFF, 0xD8]
        func segment(_ marker: UInt8, _ body: [UInt8]) {
            out += [0xFF, marker, UInt8((body.count + 2) >> 8), UInt8((body.count + 2) & 0xFF)]
            out += body
        }
        var sof: [UInt8] = [UInt8(precision), UInt8(h >> 8), UInt8(h & 0xFF), UInt8(w >> 8), UInt8(w & 0xFF), UInt8(nc)]
        for c in 0..<nc { sof += [UInt8(c + 1), 0x11, 0] }
        segment(0xC3, sof)
        segment(0xC4, [0x00] + table.bits + table.symbols)
        var sos: [UInt8] = [UInt8(nc)]
        for c in 0..<nc { sos += [UInt8(c + 1), 0x00] }
        sos += [1, 0, 0]  // Ss = predictor 1, Se = 0, Ah/Al = 0
        segment(0xDA, sos)
        var bw = BitWriter(out: out)
        diffs.withUnsafeBufferPointer { d in
            table.codes.withUnsafeBufferPointer { codes in
                table.lengths.withUnsafeBufferPointer { lengths in
                    for i in 0..<count {
                        let diff = d[i]
                        let s = ssss(diff)
                        if s == 0 || s == 16 {
                            bw.put(codes[s], lengths[s])
                        } else {
                            let extra = UInt32(bitPattern: diff > 0 ? diff : diff - 1) & ((1 << UInt32(s)) - 1)
                            bw.put(codes[s] << UInt32(s) | extra, lengths[s] + s)
                        }
                    }
                }
            }
        }
        bw.flush()
        out = bw.out
        out += [0xFF, 0xD9]
        return EncodedFrame(bytes: out, photometricInterpretation: spec.photometricInterpretation,
                            planarConfiguration: 0, lossy: false, ratio: spec.nativeBytes / Double(out.count))
    }

    /// The magnitude category of a difference (0...16; -32768 is 16).
    @inline(__always) static func ssss(_ d: Int32) -> Int {
        if d == 0 { return 0 }
        if d == -32768 { return 16 }
        let m = UInt32(d < 0 ? -d : d)
        return 32 - m.leadingZeroBitCount
    }

    /// Bits into bytes with 0xFF byte stuffing; the last byte is padded with 1 bits.
    struct BitWriter {
        var out: [UInt8]
        var acc: UInt64 = 0
        var n = 0
        @inline(__always) mutating func put(_ code: UInt32, _ len: Int) {
            acc = (acc << UInt64(len)) | UInt64(code)
            n += len
            while n >= 8 {
                n -= 8
                let b = UInt8(truncatingIfNeeded: acc >> UInt64(n))
                out.append(b)
                if b == 0xFF { out.append(0) }
            }
        }
        mutating func flush() {
            if n > 0 { put((1 << UInt32(8 - n)) - 1, 8 - n) }
        }
    }

    /// An optimal Huffman code of at most 16 bits per code (ITU T.81 Annex K.2 / K.3).
    struct HuffmanEncodeTable {
        /// BITS (16 counts) and HUFFVAL of the DHT segment.
        var bits: [UInt8]
        var symbols: [UInt8]
        /// Per symbol: code and length (0 when unused).
        var codes: [UInt32]
        var lengths: [Int]

        init(frequencies input: [Int]) {
            let nsym = input.count
            var freq = input + [1]  // a reserved symbol so that no code is all 1 bits
            var codesize = [Int](repeating: 0, count: nsym + 1)
            var others = [Int](repeating: -1, count: nsym + 1)
            while true {
                var v1 = -1, v2 = -1
                for i in 0...nsym where freq[i] > 0 {
                    if v1 < 0 || freq[i] <= freq[v1] { v1 = i }
                }
                for i in 0...nsym where freq[i] > 0 && i != v1 {
                    if v2 < 0 || freq[i] <= freq[v2] { v2 = i }
                }
                if v2 < 0 { break }
                freq[v1] += freq[v2]
                freq[v2] = 0
                codesize[v1] += 1
                var k = v1
                while others[k] >= 0 { k = others[k]; codesize[k] += 1 }
                others[k] = v2
                codesize[v2] += 1
                k = v2
                while others[k] >= 0 { k = others[k]; codesize[k] += 1 }
            }
            var count = [Int](repeating: 0, count: 33)
            for i in 0...nsym where codesize[i] > 0 { count[min(codesize[i], 32)] += 1 }
            // Limit to 16 bits (K.3).
            var i = 32
            while i > 16 {
                while count[i] > 0 {
                    var j = i - 2
                    while count[j] == 0 { j -= 1 }
                    count[i] -= 2
                    count[i - 1] += 1
                    count[j + 1] += 2
                    count[j] -= 1
                }
                i -= 1
            }
            // Remove the reserved symbol's code (the longest).
            i = 16
            while i > 0 && count[i] == 0 { i -= 1 }
            if i > 0 { count[i] -= 1 }
            bits = (1...16).map { UInt8(count[$0]) }
            // Symbols by increasing code size (the reserved one excluded).
            var order: [Int] = []
            for size in 1...32 {
                for s in 0..<nsym where codesize[s] == size { order.append(s) }
            }
            symbols = order.map { UInt8($0) }
            codes = [UInt32](repeating: 0, count: nsym)
            lengths = [Int](repeating: 0, count: nsym)
            var code: UInt32 = 0
            var k = 0
            for len in 1...16 {
                for _ in 0..<count[len] {
                    if k < order.count {
                        codes[order[k]] = code
                        lengths[order[k]] = len
                    }
                    k += 1
                    code += 1
                }
                code <<= 1
            }
        }
    }

    // MARK: - baseline (libturbojpeg)

    /// nil when `spec` can be encoded as JPEG baseline, else why not.
    public static func baselineRefusal(_ spec: FrameSpec) -> String? {
        if spec.isFloat { return "JPEG baseline cannot hold float pixel data" }
        guard spec.bitsAllocated == 8, spec.bitsStored <= 8 else {
            return "JPEG baseline holds 8-bit samples only (Bits Allocated \(spec.bitsAllocated), Bits Stored \(spec.bitsStored)); use a lossless or JPEG 2000 syntax"
        }
        guard !spec.isSigned else { return "JPEG baseline holds unsigned samples only (Pixel Representation 1)" }
        switch (spec.samplesPerPixel, spec.photometricInterpretation) {
        case (1, "MONOCHROME1"), (1, "MONOCHROME2"), (3, "RGB"): break
        default:
            return "JPEG baseline encodes MONOCHROME1/2 or RGB samples, not \(spec.samplesPerPixel) sample(s) of \(spec.photometricInterpretation)"
        }
        guard spec.rows >= 1, spec.columns >= 1, spec.rows <= 65535, spec.columns <= 65535 else {
            return "JPEG holds at most 65535 x 65535 pixels (\(spec.columns) x \(spec.rows))"
        }
        return nil
    }

    /// Encodes one 8-bit frame as JPEG baseline with libturbojpeg (accurate integer DCT,
    /// `quality` 1...100). Greyscale stays MONOCHROME1/2; RGB is converted to YCbCr and its
    /// chroma subsampled 4:2:2, so the frame is YBR_FULL_422 (PS3.5 8.2.1).
    public static func encodeBaseline(_ frame: UnsafeRawBufferPointer, spec: FrameSpec, quality: Int) throws -> EncodedFrame {
        if let why = baselineRefusal(spec) { throw DICOMError(.unsupported, why) }
        guard quality >= 1, quality <= 100 else {
            throw DICOMError(.invalidArgument, "JPEG quality \(quality) is outside 1...100")
        }
        guard let n = spec.frameBytes, frame.count >= n, let base = frame.baseAddress else {
            throw DICOMError(.invalidArgument, "JPEG baseline: the frame has \(frame.count) bytes, the spec needs \(spec.frameBytes ?? -1)")
        }
        guard let handle = tjInitCompress() else { throw DICOMError(.outOfMemory, "cannot create a TurboJPEG compressor") }
        defer { tjDestroy(handle) }
        let colour = spec.samplesPerPixel == 3
        var jpeg: UnsafeMutablePointer<UInt8>? = nil
        var size: UInt = 0
        defer { if let j = jpeg { tjFree(j) } }
        let rc = tjCompress2(handle, base.assumingMemoryBound(to: UInt8.self), Int32(spec.columns), 0, Int32(spec.rows),
                             colour ? Int32(TJPF_RGB.rawValue) : Int32(TJPF_GRAY.rawValue), &jpeg, &size,
                             colour ? Int32(TJSAMP_422.rawValue) : Int32(TJSAMP_GRAY.rawValue), Int32(quality), TJFLAG_ACCURATEDCT)
        guard rc == 0, let j = jpeg, size > 0 else {
            let msg = tjGetErrorStr2(handle).map { String(cString: $0) } ?? "unknown error"
            throw DICOMError(.codecError, "JPEG baseline (libturbojpeg) encoding failed: \(msg)")
        }
        let bytes = [UInt8](UnsafeBufferPointer(start: j, count: Int(size)))
        return EncodedFrame(bytes: bytes, photometricInterpretation: colour ? "YBR_FULL_422" : spec.photometricInterpretation,
                            planarConfiguration: 0, lossy: true, ratio: spec.nativeBytes / Double(bytes.count),
                            method: "ISO_10918_1")
    }
}
