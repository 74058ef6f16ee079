import DICOMCore
#if canImport(Glibc)
import Glibc
#endif

/// A native JPEG-LS encoder (ITU-T T.87 / ISO/IEC 14495-1) whose codestream is byte for byte
/// the one CharLS 2.4.1 writes for the same frame info, NEAR and interleave mode.
///
/// Covers one component or three sample-interleaved components (ILV 2, no colour transform),
/// 2...16 bits per sample, lossless (NEAR 0) and near-lossless (NEAR 1...255), the default
/// coding parameters (T1..T3 from MAXVAL and NEAR, RESET 64). Like CharLS 2.4.1 it writes SOI,
/// SOF55, an LSE preset-parameters segment holding those defaults when the bits per sample
/// exceed 12, SOS and EOI; the entropy coder is the standard's (regular mode with the context
/// model of `JPEGLSNative.ContextModel`, shared with the decoder; run mode and run
/// interruption; escape codes of LIMIT bits; a 0 bit stuffed after every 0xFF byte; the last
/// byte padded with 0 bits, and a 0x00 byte after a final 0xFF).
///
/// Memory: two line buffers of width + 2 samples per component and an output buffer that
/// grows before each line to hold that line's worst case (every sample an escape code and
/// every byte stuffed), all through `FailableAlloc` (`OUT_OF_MEMORY`, never a trap).
public enum JPEGLSNativeEncoder {
    typealias CM = JPEGLSNative.ContextModel

    /// True when the native encoder handles `spec` (the caller has already checked it with
    /// `JPEGLSEncoder.refusal`): 1 or 3 samples in 8- or 16-bit containers.
    public static func supports(_ spec: FrameSpec) -> Bool {
        (spec.samplesPerPixel == 1 || spec.samplesPerPixel == 3) && (spec.bytesPerSample == 1 || spec.bytesPerSample == 2)
            && spec.rows >= 1 && spec.columns >= 1 && spec.rows <= 65535 && spec.columns <= 65535
    }

    /// Encodes one frame.
    /// - Parameters:
    ///   - frame: interleaved samples (R,G,B,R,G,B... for colour), each in a little-endian
    ///     container of `spec.bytesPerSample` bytes; only the low `bits` bits are coded
    ///     (signed data: its two's complement low bits).
    ///   - bits: bits per sample, 2...16.
    ///   - near: NEAR, 0...min(255, (2^bits - 1) / 2).
    /// - Returns: the codestream, SOI ... EOI.
    /// - Throws: `.invalidArgument` for a frame or parameter out of range, `.outOfMemory`.
    public static func encode(_ frame: UnsafeRawBufferPointer, spec: FrameSpec, bits: Int, near: Int) throws -> [UInt8] {
        guard supports(spec), bits >= 2, bits <= 16, bits <= 8 * spec.bytesPerSample else {
            throw DICOMError(.invalidArgument, "native JPEG-LS encoder: unsupported frame (\(spec.samplesPerPixel) samples, \(bits) bits)")
        }
        let width = spec.columns, height = spec.rows, comps = spec.samplesPerPixel
        guard let frameBytes = spec.frameBytes, frame.count >= frameBytes, let src = frame.baseAddress else {
            throw DICOMError(.invalidArgument, "JPEG-LS: the frame has \(frame.count) bytes, the spec needs \(spec.frameBytes ?? -1)")
        }
        guard near >= 0, near <= min(255, ((1 << bits) - 1) / 2) else {
            throw DICOMError(.invalidArgument, "JPEG-LS NEAR \(near) is outside the range for \(bits)-bit samples")
        }
        let params: JPEGLSNative.Params
        do { params = try JPEGLSNative.Params(bits: bits, near: near, preset: JPEGLSNative.Preset()) } catch {
            throw DICOMError(.invalidArgument, "JPEG-LS: no coding parameters for \(bits) bits, NEAR \(near)")
        }
        // Worst case of one line: every sample an escape code or a long Golomb code (at most
        // LIMIT + 48 bits, counting a run's length bits and a run-interruption code's k), every
        // byte stuffed (7 bits a byte), plus the flush slack.
        let lineBytes = (width * comps * (params.limit + 48)) / 7 + 64
        var w = try BitWriter(capacity: max(frameBytes / 2, lineBytes) + 256)
        defer { w.release() }
        writeHeaders(&w, width: width, height: height, comps: comps, bits: bits, near: near, params: params)

        let stride = comps == 3 ? 3 : 1
        let lineLen = (width + 2) * stride
        let buf = try FailableAlloc.zeroed(Int32.self, count: 2 * lineLen, "JPEG-LS line buffers of width \(width)")
        defer { free(buf) }
        var prev = buf + stride, cur = buf + lineLen + stride
        var scan = ScanEncoder(cm: CM(params: params), bits: bits)
        defer { scan.cm.deallocate() }
        let lossless = near == 0
        let mask = (1 << bits) - 1
        let bps = spec.bytesPerSample
        let rowSamples = width * comps
        var runIndex = 0
        for y in 0..<height {
            try w.reserve(lineBytes)
            load(src + y * rowSamples * bps, count: rowSamples, bytes: bps, mask: mask, into: cur)
            for s in 0..<stride {
                prev[width &* stride &+ s] = prev[(width &- 1) &* stride &+ s]
                cur[s &- stride] = prev[s]
            }
            if lossless {
                scan.line(JPEGLSNative.LosslessMode.self, triplet: stride == 3, &w, prev, cur, width: width, runIndex: &runIndex)
            } else {
                scan.line(JPEGLSNative.GeneralMode.self, triplet: stride == 3, &w, prev, cur, width: width, runIndex: &runIndex)
            }
            swap(&prev, &cur)
        }
        try w.reserve(64)
        w.endScan()
        w.bytes([0xFF, 0xD9])
        return try FailableAlloc.array(copying: UnsafeBufferPointer(start: w.buf, count: w.pos), "the JPEG-LS codestream")
    }

    /// SOI, SOF55, LSE (bits > 12, as CharLS 2.4.1 writes it), SOS.
    static func writeHeaders(_ w: inout BitWriter, width: Int, height: Int, comps: Int, bits: Int, near: Int,
                             params p: JPEGLSNative.Params) {
        func u16(_ v: Int) -> [UInt8] { [UInt8(truncatingIfNeeded: v >> 8), UInt8(truncatingIfNeeded: v)] }
        w.bytes([0xFF, 0xD8, 0xFF, 0xF7] + u16(8 + 3 * comps) + [UInt8(bits)] + u16(height) + u16(width) + [UInt8(comps)])
        for c in 1...comps { w.bytes([UInt8(c), 0x11, 0]) }
        if bits > 12 {
            w.bytes([0xFF, 0xF8, 0x00, 0x0D, 0x01] + u16(p.maxval) + u16(p.t1) + u16(p.t2) + u16(p.t3) + u16(p.reset))
        }
        w.bytes([0xFF, 0xDA] + u16(6 + 2 * comps) + [UInt8(comps)])
        for c in 1...comps { w.bytes([UInt8(c), 0]) }
        w.bytes([UInt8(near), comps == 3 ? 2 : 0, 0])
    }

    /// One row of samples from little-endian containers into the line buffer, masked.
    @inline(__always) static func load(_ src: UnsafeRawPointer, count: Int, bytes: Int, mask: Int, into cur: UnsafeMutablePointer<Int32>) {
        if bytes == 1 {
            let s = src.assumingMemoryBound(to: UInt8.self)
            let m = UInt8(truncatingIfNeeded: mask)
            for i in 0..<count { cur[i] = Int32(s[i] & m) }
        } else {
            let m = UInt16(truncatingIfNeeded: mask)
            for i in 0..<count {
                cur[i] = Int32(UInt16(littleEndian: src.loadUnaligned(fromByteOffset: i &* 2, as: UInt16.self)) & m)
            }
        }
    }

    /// MSB-first bit writer with JPEG-LS bit stuffing (a 0 bit after every 0xFF byte), over a
    /// failably grown malloc buffer. `reserve` before a line guarantees room for its worst
    /// case, so `put` does not check capacity.
    struct BitWriter {
        var buf: UnsafeMutablePointer<UInt8>
        var capacity: Int
        var pos = 0
        var acc: UInt64 = 0   // pending bits, MSB-aligned
        var nbits = 0
        var lastFF = false

        init(capacity: Int) throws {
            buf = try FailableAlloc.uninitialized(UInt8.self, count: capacity, "the JPEG-LS output buffer")
            self.capacity = capacity
        }

        func release() { free(buf) }

        /// Room for `extra` more bytes (realloc, doubling; `.outOfMemory` on failure).
        mutating func reserve(_ extra: Int) throws {
            let (need, o) = pos.addingReportingOverflow(extra)
            guard !o else { throw DICOMError(.outOfMemory, "JPEG-LS output size overflows") }
            if need <= capacity { return }
            let (doubled, o2) = capacity.multipliedReportingOverflow(by: 2)
            let newCap = o2 ? need : max(need, doubled)
            guard let p = realloc(buf, newCap) else {
                throw DICOMError(.outOfMemory, "cannot grow the JPEG-LS output buffer to \(newCap) bytes")
            }
            buf = p.bindMemory(to: UInt8.self, capacity: newCap)
            capacity = newCap
        }

        /// Marker segment bytes (outside the entropy-coded data; headers are < 64 bytes and
        /// the initial capacity holds them).
        mutating func bytes(_ b: [UInt8]) {
            for v in b { buf[pos] = v; pos &+= 1 }
        }

        /// Appends the low `n` bits of `v` (n in 0...32, v < 2^n).
        @inline(__always) mutating func put(_ v: UInt64, _ n: Int) {
            if nbits &+ n > 64 { flush() }
            nbits &+= n
            acc |= v &<< UInt64(truncatingIfNeeded: 64 &- nbits)
        }

        mutating func zeros(_ count: Int) {
            var n = count
            while n > 0 {
                let c = n < 32 ? n : 32
                put(0, c)
                n &-= c
            }
        }

        /// Writes out whole bytes: 4 at once when none is (or follows) 0xFF, else one at a
        /// time with stuffing (`flushBytes`). Leaves at most 32 pending bits.
        @inline(__always) mutating func flush() {
            if !lastFF && nbits >= 32 {
                let word = UInt32(truncatingIfNeeded: acc &>> 32)
                let x = ~word
                if (x &- 0x0101_0101) & ~x & 0x8080_8080 == 0 {
                    UnsafeMutableRawPointer(buf + pos).storeBytes(of: word.bigEndian, as: UInt32.self)
                    pos &+= 4
                    acc &<<= 32
                    nbits &-= 32
                    return
                }
            }
            flushBytes()
        }

        /// Writes out every whole byte, one at a time with stuffing (fewer than 8 bits left).
        @inline(never) mutating func flushBytes() {
            while nbits >= (lastFF ? 7 : 8) {
                let byte: UInt8
                if lastFF {
                    byte = UInt8(truncatingIfNeeded: acc &>> 57)
                    acc &<<= 7
                    nbits &-= 7
                } else {
                    byte = UInt8(truncatingIfNeeded: acc &>> 56)
                    acc &<<= 8
                    nbits &-= 8
                }
                buf[pos] = byte
                pos &+= 1
                lastFF = byte == 0xFF
            }
        }

        /// End of the entropy-coded segment: pad to a byte with 0 bits; a final 0xFF gets a
        /// 0x00 after it (CharLS's end_scan).
        mutating func endScan() {
            flushBytes()
            if nbits > 0 {
                // Pad to a whole byte (7 bits after 0xFF) with 0 bits.
                nbits = lastFF ? 7 : 8
                flushBytes()
            }
            if lastFF {
                buf[pos] = 0
                pos &+= 1
                lastFF = false
            }
            acc = 0
            nbits = 0
        }
    }

    /// The per-scan coder: the shared context model and the regular / run mode coding.
    struct ScanEncoder {
        var cm: CM
        let shift: Int  // 64 - bits: sign-extends a lossless error modulo 2^bits
        let reciprocal: UInt64  // floor(2^40 / (2 NEAR + 1)) + 1

        init(cm: CM, bits: Int) {
            self.cm = cm
            shift = 64 - bits
            reciprocal = (UInt64(1) << 40) / UInt64(cm.near2) + 1
        }

        /// Golomb code of the mapped value `m` with parameter k, or the escape code (A.5.3).
        @inline(__always) func code(_ w: inout BitWriter, _ k: Int, _ m: Int, _ lim: Int) {
            let high = m &>> k
            let qbpp = cm.qbpp
            if high < lim &- qbpp &- 1 {
                let low = UInt64(truncatingIfNeeded: (1 &<< k) | (m & ((1 &<< k) &- 1)))
                let total = high &+ 1 &+ k
                if total <= 32 {
                    w.put(low, total)
                } else {
                    w.zeros(high)
                    w.put(low, k &+ 1)
                }
            } else {
                w.zeros(lim &- qbpp &- 1)
                w.put(UInt64(truncatingIfNeeded: (1 &<< qbpp) | ((m &- 1) & ((1 &<< qbpp) &- 1))), qbpp &+ 1)
            }
        }

        /// The prediction error coded for sample error `d` (lossless: modulo 2^bits;
        /// near-lossless: quantised, then modulo RANGE), A.4.4 / A.4.5.
        @inline(__always) func errorValue<M: JPEGLSNative.Mode>(_ mode: M.Type, _ d: Int) -> Int {
            if M.lossless { return (d &<< shift) >> shift }
            let near = cm.near, range = cm.range
            // (x / (2 NEAR + 1)) as a multiply-shift: exact for 0 <= x < 2^18 (x <= 65535 +
            // 255 here) since the reciprocal's error x / 2^40 stays below 1 / (2 NEAR + 1).
            let x = d > 0 ? d &+ near : near &- d
            let q = Int(truncatingIfNeeded: (UInt64(truncatingIfNeeded: x) &* reciprocal) &>> 40)
            var e = d > 0 ? q : 0 &- q
            if e < 0 { e &+= range }
            if e >= (range &+ 1) / 2 { e &-= range }
            return e
        }

        /// Regular mode for sample x; returns the reconstructed value.
        @inline(__always) func regular<M: JPEGLSNative.Mode>(_ mode: M.Type, _ w: inout BitWriter, _ qs: Int, _ predicted: Int,
                                                             _ x: Int) -> Int {
            let sign = qs >> 63
            let q = (qs ^ sign) &- sign
            let cp = cm.ctx + q &* 4
            let a = Int(cp[0]), b = Int(cp[1]), c = Int(cp[2]), n = Int(cp[3])
            let k = CM.golombK(a, n)
            var px = predicted &+ ((c ^ sign) &- sign)
            let maxval = cm.maxval
            px = px < 0 ? 0 : (px > maxval ? maxval : px)
            let err = errorValue(M.self, ((x &- px) ^ sign) &- sign)
            var e2 = err
            if M.lossless && k == 0 && 2 &* b &+ n &- 1 < 0 { e2 = ~err }
            code(&w, k, (e2 &<< 1) ^ (e2 >> 63), cm.limit)
            cm.update(cp, a, b, c, n, err, lossless: M.lossless)
            return M.lossless ? x : cm.reconstruct(M.self, px, (err ^ sign) &- sign)
        }

        /// Run-interruption error `err` with context `t` (A.7.2).
        @inline(__always) mutating func interruption(_ w: inout BitWriter, _ t: Int, _ err: Int, runIndex: Int) {
            let (k, n, nn) = cm.interruptionState(t)
            let map = (k == 0 && err > 0 && 2 &* nn < n) || (err < 0 && (2 &* nn >= n || k != 0))
            let m = 2 &* (err < 0 ? 0 &- err : err) &- t &- (map ? 1 : 0)
            code(&w, k, m, cm.limit &- cm.jtab[runIndex] &- 1)
            _ = cm.interruptionUpdate(t, err: err, mapped: m)
        }

        /// Run-length bits of a run of `run` samples (A.7.1.2); `endOfLine`: the run reaches
        /// the end of the line.
        @inline(__always) func runBits(_ w: inout BitWriter, _ run: Int, endOfLine: Bool, runIndex: inout Int) {
            var rl = run
            let jtab = cm.jtab
            while rl >= 1 &<< jtab[runIndex] {
                w.put(1, 1)
                rl &-= 1 &<< jtab[runIndex]
                runIndex = runIndex < 31 ? runIndex &+ 1 : 31
            }
            if endOfLine {
                if rl != 0 { w.put(1, 1) }
            } else {
                w.put(UInt64(truncatingIfNeeded: rl), jtab[runIndex] &+ 1)
            }
        }

        /// One line of one component, or of 3 sample-interleaved components (`triplet`):
        /// `cur` holds the input samples and receives the reconstructed ones; prev/cur point at
        /// sample 0 with valid [-1] and [width] (pixels of 1 or 3 samples).
        mutating func line<M: JPEGLSNative.Mode>(_ mode: M.Type, triplet: Bool, _ w: inout BitWriter,
                                                  _ prev: UnsafeMutablePointer<Int32>, _ cur: UnsafeMutablePointer<Int32>,
                                                  width: Int, runIndex: inout Int) {
            // Local copies, so the optimiser keeps the coder and writer state in registers.
            var me = self, bw = w, ri = runIndex
            defer { self = me; w = bw; runIndex = ri }
            if triplet {
                me.tripletBody(M.self, &bw, prev, cur, width: width, runIndex: &ri)
            } else {
                me.lineBody(M.self, &bw, prev, cur, width: width, runIndex: &ri)
            }
        }

        @inline(__always) mutating func lineBody<M: JPEGLSNative.Mode>(_ mode: M.Type, _ w: inout BitWriter,
                                                                      _ prev: UnsafeMutablePointer<Int32>,
                                                                      _ cur: UnsafeMutablePointer<Int32>, width: Int,
                                                                      runIndex: inout Int) {
            var index = 0
            var rb = Int(prev[-1]), rd = Int(prev[0])
            let near = cm.near
            while index < width {
                let ra = Int(cur[index &- 1])
                let rc = rb
                rb = rd
                rd = Int(prev[index &+ 1])
                let qs = cm.contextID(ra, rb, rc, rd)
                if qs != 0 {
                    let v = regular(M.self, &w, qs, CM.medSelect(ra, rb, rc), Int(cur[index]))
                    if !M.lossless { cur[index] = Int32(truncatingIfNeeded: v) }
                    index &+= 1
                    continue
                }
                // Run mode: samples equal to Ra (within NEAR) take Ra's value.
                let remain = width &- index
                var run = 0
                if M.lossless {
                    let r32 = Int32(truncatingIfNeeded: ra)
                    while run < remain && cur[index &+ run] == r32 { run &+= 1 }
                } else {
                    while run < remain {
                        let d = Int(cur[index &+ run]) &- ra
                        if d > near || d < -near { break }
                        cur[index &+ run] = Int32(truncatingIfNeeded: ra)
                        run &+= 1
                    }
                }
                runBits(&w, run, endOfLine: run == remain, runIndex: &runIndex)
                index &+= run
                if run < remain {
                    let x = Int(cur[index]), rbi = Int(prev[index])
                    let v: Int
                    let dab = ra &- rbi
                    if dab <= near && dab >= 0 &- near {
                        let err = errorValue(M.self, x &- ra)
                        interruption(&w, 1, err, runIndex: runIndex)
                        v = cm.reconstruct(M.self, ra, err)
                    } else {
                        let s = ((rbi &- ra) >> 63) | 1
                        let err = errorValue(M.self, (x &- rbi) &* s)
                        interruption(&w, 0, err, runIndex: runIndex)
                        v = cm.reconstruct(M.self, rbi, err &* s)
                    }
                    if !M.lossless { cur[index] = Int32(truncatingIfNeeded: v) }
                    runIndex = runIndex > 0 ? runIndex &- 1 : 0
                    index &+= 1
                }
                rb = Int(prev[index &- 1])
                rd = Int(prev[index])
            }
        }

        /// The run-interruption sample at `p` of a triplet line (always context 0, T.87 A.7.2).
        @inline(__always) mutating func interruptTriplet<M: JPEGLSNative.Mode>(_ mode: M.Type, _ w: inout BitWriter,
                                                                              _ prev: UnsafeMutablePointer<Int32>,
                                                                              _ cur: UnsafeMutablePointer<Int32>, _ p: Int,
                                                                              _ ra: Int, runIndex: Int) {
            let x = Int(cur[p]), rbi = Int(prev[p])
            let s = ((rbi &- ra) >> 63) | 1
            let err = errorValue(M.self, (x &- rbi) &* s)
            interruption(&w, 0, err, runIndex: runIndex)
            if !M.lossless { cur[p] = Int32(truncatingIfNeeded: cm.reconstruct(M.self, rbi, err &* s)) }
        }

        /// One line of 3 sample-interleaved components (pixel stride 3), as CharLS's triplet
        /// coder: run mode when all three contexts are 0, else three regular samples.
        @inline(__always) mutating func tripletBody<M: JPEGLSNative.Mode>(_ mode: M.Type, _ w: inout BitWriter,
                                                                         _ prev: UnsafeMutablePointer<Int32>,
                                                                         _ cur: UnsafeMutablePointer<Int32>, width: Int,
                                                                         runIndex: inout Int) {
            var index = 0
            let near = cm.near
            while index < width {
                let o = index &* 3
                let ra0 = Int(cur[o &- 3]), ra1 = Int(cur[o &- 2]), ra2 = Int(cur[o &- 1])
                let rc0 = Int(prev[o &- 3]), rc1 = Int(prev[o &- 2]), rc2 = Int(prev[o &- 1])
                let rb0 = Int(prev[o]), rb1 = Int(prev[o &+ 1]), rb2 = Int(prev[o &+ 2])
                let q0 = cm.contextID(ra0, rb0, rc0, Int(prev[o &+ 3]))
                let q1 = cm.contextID(ra1, rb1, rc1, Int(prev[o &+ 4]))
                let q2 = cm.contextID(ra2, rb2, rc2, Int(prev[o &+ 5]))
                if q0 != 0 || q1 != 0 || q2 != 0 {
                    // One call site of `regular` (inlined once) for the three samples.
                    var c = 0
                    while c < 3 {
                        let q = c == 0 ? q0 : (c == 1 ? q1 : q2)
                        let p = o &+ c
                        let v = regular(M.self, &w, q, CM.medSelect(Int(cur[p &- 3]), Int(prev[p]), Int(prev[p &- 3])), Int(cur[p]))
                        if !M.lossless { cur[p] = Int32(truncatingIfNeeded: v) }
                        c &+= 1
                    }
                    index &+= 1
                    continue
                }
                let remain = width &- index
                var run = 0
                while run < remain {
                    let p = (index &+ run) &* 3
                    let d0 = Int(cur[p]) &- ra0, d1 = Int(cur[p &+ 1]) &- ra1, d2 = Int(cur[p &+ 2]) &- ra2
                    if d0 > near || d0 < -near || d1 > near || d1 < -near || d2 > near || d2 < -near { break }
                    if !M.lossless {
                        cur[p] = Int32(truncatingIfNeeded: ra0)
                        cur[p &+ 1] = Int32(truncatingIfNeeded: ra1)
                        cur[p &+ 2] = Int32(truncatingIfNeeded: ra2)
                    }
                    run &+= 1
                }
                runBits(&w, run, endOfLine: run == remain, runIndex: &runIndex)
                index &+= run
                if run < remain {
                    let p = index &* 3
                    interruptTriplet(M.self, &w, prev, cur, p, ra0, runIndex: runIndex)
                    interruptTriplet(M.self, &w, prev, cur, p &+ 1, ra1, runIndex: runIndex)
                    interruptTriplet(M.self, &w, prev, cur, p &+ 2, ra2, runIndex: runIndex)
                    runIndex = runIndex > 0 ? runIndex &- 1 : 0
                    index &+= 1
                }
            }
        }
    }
}
