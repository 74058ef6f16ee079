import DICOMCore
#if canImport(Glibc)
import Glibc
#endif

/// A native JPEG-LS decoder (ITU-T T.87 / ISO 14495-1), bit-exact with CharLS 2.x.
///
/// Covers what DICOM files hold: one frame (SOF55), 2...16 bits per sample, 1...4 components
/// with interleave mode none, line, or sample (sample: 3 components), lossless and
/// near-lossless (NEAR > 0), preset coding parameters (LSE id 1: MAXVAL, T1..T3, RESET).
/// Anything else (mapping tables, restart intervals, point transform, the HP colour
/// transform, subsampled components, DNL) throws `JPEGLSNative.Unsupported`, as does any
/// bitstream inconsistency: the caller (`JPEGLS.decode`) then hands the codestream to CharLS,
/// which decodes it or produces its own error message. Geometry mismatches with the data set
/// throw `DICOMError` directly.
///
/// The per-pixel work follows the standard's decoding procedure in the form CharLS uses
/// (context ids, the error-correction XOR of the k = 0 special mapping, the run-interruption
/// contexts, the edge pixels of each line), so the output equals CharLS's on every valid
/// stream; the tests compare both on the corpus and on synthetic lossless and near-lossless
/// streams.
public enum JPEGLSNative {
    /// The codestream uses a feature this decoder leaves to CharLS, or is inconsistent.
    public struct Unsupported: Error, CustomStringConvertible {
        public let description: String
        init(_ d: String) { description = d }
    }

    public static var decoderName: String { "native JPEG-LS (Swift)" }

    struct Component { var id: Int; var decoded = false }

    struct Preset { var maxval = 0, t1 = 0, t2 = 0, t3 = 0, reset = 0 }

    /// Decodes one JPEG-LS frame into `dst` with the same layout and `CodecOutput` as
    /// `JPEGLS.decode` (interleaved samples, unsigned values of `precision` bits, zero-extended
    /// in containers of `geometry.bytesPerSample` bytes).
    public static func decode(_ src: UnsafeRawBufferPointer, geometry: FrameGeometry,
                              into dst: UnsafeMutableRawBufferPointer, settings: DecodeSettings) throws -> CodecOutput {
        guard let frameBytes = geometry.frameBytes else {
            throw DICOMError(.invalidData, "JPEG-LS: frame size overflows")
        }
        guard dst.count == frameBytes else {
            throw DICOMError(.invalidArgument, "JPEG-LS: destination is \(dst.count) bytes, frame needs \(frameBytes)")
        }
        guard let base = src.baseAddress?.assumingMemoryBound(to: UInt8.self), src.count >= 4 else {
            throw Unsupported("short codestream")
        }
        let count = src.count
        var pos = 0
        func u16(_ at: Int) throws -> Int {
            guard at >= 0, at + 1 < count else { throw Unsupported("truncated marker segment") }
            return Int(base[at]) << 8 | Int(base[at + 1])
        }
        guard base[0] == 0xFF, base[1] == 0xD8 else { throw Unsupported("no SOI") }
        pos = 2
        var width = 0, height = 0, bits = 0
        var comps: [Component] = []
        var preset = Preset()
        var sawFrame = false
        var finished = false
        while !finished {
            // Next marker: 0xFF (fill bytes 0xFF allowed), then the code.
            guard pos + 1 < count, base[pos] == 0xFF else { throw Unsupported("expected a marker at \(pos)") }
            while pos + 1 < count && base[pos + 1] == 0xFF { pos += 1 }
            guard pos + 1 < count else { throw Unsupported("truncated marker") }
            let marker = Int(base[pos + 1])
            pos += 2
            switch marker {
            case 0xD9:
                finished = true
            case 0xF7:  // SOF55
                guard !sawFrame else { throw Unsupported("two frame headers") }
                let len = try u16(pos)
                guard len >= 6, pos + len <= count else { throw Unsupported("bad SOF55 length") }
                bits = Int(base[pos + 2])
                height = try u16(pos + 3)
                width = try u16(pos + 5)
                let nf = Int(base[pos + 7])
                guard len == 8 + 3 * nf, nf >= 1, nf <= 4 else { throw Unsupported("bad SOF55 components") }
                for i in 0..<nf {
                    let o = pos + 8 + 3 * i
                    guard base[o + 1] == 0x11 else { throw Unsupported("subsampled component") }
                    if comps.contains(where: { $0.id == Int(base[o]) }) { throw Unsupported("duplicate component id") }
                    comps.append(Component(id: Int(base[o])))
                }
                guard height > 0 else { throw Unsupported("height 0 (DNL)") }
                if width != geometry.columns || height != geometry.rows || nf != geometry.samplesPerPixel {
                    throw DICOMError(.codecError,
                                     "JPEG-LS: codestream is \(width)x\(height) with \(nf) components, data set declares \(geometry.columns)x\(geometry.rows) with \(geometry.samplesPerPixel) samples per pixel")
                }
                guard bits >= 2, bits <= 16 else {
                    throw DICOMError(.codecError, "JPEG-LS: unsupported bits per sample \(bits)")
                }
                guard (bits <= 8 ? 1 : 2) <= geometry.bytesPerSample else {
                    throw DICOMError(.codecError,
                                     "JPEG-LS: \(bits)-bit samples do not fit Bits Allocated \(geometry.bitsAllocated)")
                }
                sawFrame = true
                pos += len
            case 0xF8:  // LSE
                let len = try u16(pos)
                guard len >= 3, pos + len <= count else { throw Unsupported("bad LSE length") }
                guard base[pos + 2] == 1, len == 13 else { throw Unsupported("LSE other than preset parameters") }
                preset = Preset(maxval: try u16(pos + 3), t1: try u16(pos + 5), t2: try u16(pos + 7),
                                t3: try u16(pos + 9), reset: try u16(pos + 11))
                pos += len
            case 0xDA:  // SOS
                guard sawFrame else { throw Unsupported("SOS before SOF55") }
                let len = try u16(pos)
                guard len >= 6, pos + len <= count else { throw Unsupported("bad SOS length") }
                let ns = Int(base[pos + 2])
                guard ns >= 1, len == 6 + 2 * ns else { throw Unsupported("bad SOS components") }
                var indices: [Int] = []
                for i in 0..<ns {
                    let id = Int(base[pos + 3 + 2 * i])
                    guard base[pos + 4 + 2 * i] == 0 else { throw Unsupported("mapping table") }
                    guard let ci = comps.firstIndex(where: { $0.id == id }), !comps[ci].decoded,
                          !indices.contains(ci) else { throw Unsupported("bad scan component") }
                    indices.append(ci)
                }
                let near = Int(base[pos + 3 + 2 * ns])
                let ilv = Int(base[pos + 4 + 2 * ns])
                guard base[pos + 5 + 2 * ns] == 0 else { throw Unsupported("point transform") }
                guard ilv <= 2, ns == 1 || ilv != 0 else { throw Unsupported("bad interleave mode") }
                if ilv == 2 && ns != 3 && ns != 1 { throw Unsupported("sample interleave of \(ns) components") }
                pos += len
                // The entropy-coded segment ends at the first 0xFF followed by a byte >= 0x80.
                var end = pos
                while true {
                    // memchr to each 0xFF (rare in the data: it is followed by a stuffed 0 bit).
                    guard end + 1 < count, let ff = memchr(base + end, 0xFF, count &- 1 &- end) else { end = count; break }
                    end = UnsafePointer<UInt8>(ff.assumingMemoryBound(to: UInt8.self)) - base
                    if base[end + 1] >= 0x80 { break }
                    end += 1
                }
                if end + 1 < count, base[end + 1] >= 0xD0, base[end + 1] <= 0xD7 {
                    throw Unsupported("restart markers")
                }
                let params = try Params(bits: bits, near: near, preset: preset)
                var scan = ScanDecoder(reader: BitReader(base + pos, count: end - pos), params: params)
                defer { scan.deallocate() }
                try scan.decode(width: width, height: height, scanComponents: indices,
                                components: comps.count, sampleInterleave: ilv == 2 && ns == 3,
                                dst: dst, bytesPerSample: geometry.bytesPerSample)
                for ci in indices { comps[ci].decoded = true }
                pos = end
            case 0xE0...0xEF, 0xFE:
                let len = try u16(pos)
                guard len >= 2, pos + len <= count else { throw Unsupported("bad segment length") }
                if marker == 0xE8, len >= 7, base[pos + 2] == 0x6D, base[pos + 3] == 0x72, base[pos + 4] == 0x66,
                   base[pos + 5] == 0x78, base[pos + 6] != 0 {
                    throw Unsupported("HP colour transform")  // APP8 "mrfx"
                }
                pos += len
            case 0xDD:
                let len = try u16(pos)
                guard len >= 4, pos + len <= count else { throw Unsupported("bad DRI") }
                if try u16(pos + 2) != 0 { throw Unsupported("restart interval") }
                pos += len
            default:
                throw Unsupported("marker 0xFF" + String(marker, radix: 16, uppercase: true))
            }
        }
        guard sawFrame, comps.allSatisfy({ $0.decoded }) else { throw Unsupported("missing scans") }
        return CodecOutput(precision: bits, isSigned: false, color: .asDeclared)
    }

    /// Coding parameters of one scan (T.87 C.2.4.1).
    struct Params {
        let maxval: Int, near: Int, t1: Int, t2: Int, t3: Int, reset: Int
        let range: Int, qbpp: Int, limit: Int

        init(bits: Int, near: Int, preset: Preset) throws {
            let maxval = preset.maxval != 0 ? preset.maxval : (1 << bits) - 1
            guard maxval >= 1, maxval < (1 << bits) || preset.maxval == 0 else { throw Unsupported("MAXVAL") }
            guard near <= min(255, maxval / 2) else { throw Unsupported("NEAR") }
            func clamp(_ i: Int, _ j: Int) -> Int { (i > maxval || i < j) ? j : i }
            var d1: Int, d2: Int, d3: Int
            if maxval >= 128 {
                let factor = (min(maxval, 4095) + 128) / 256
                d1 = clamp(factor * (3 - 2) + 2 + 3 * near, near + 1)
                d2 = clamp(factor * (7 - 3) + 3 + 5 * near, d1)
                d3 = clamp(factor * (21 - 4) + 4 + 7 * near, d2)
            } else {
                let factor = 256 / (maxval + 1)
                d1 = clamp(max(2, 3 / factor + 3 * near), near + 1)
                d2 = clamp(max(3, 7 / factor + 5 * near), d1)
                d3 = clamp(max(4, 21 / factor + 7 * near), d2)
            }
            let t1 = preset.t1 != 0 ? preset.t1 : d1
            let t2 = preset.t2 != 0 ? preset.t2 : d2
            let t3 = preset.t3 != 0 ? preset.t3 : d3
            guard t1 >= near + 1, t1 <= t2, t2 <= t3, t3 <= maxval else { throw Unsupported("thresholds") }
            let reset = preset.reset != 0 ? preset.reset : 64
            guard reset >= 3, reset <= max(255, maxval) else { throw Unsupported("RESET") }
            self.maxval = maxval; self.near = near; self.t1 = t1; self.t2 = t2; self.t3 = t3; self.reset = reset
            range = (maxval + 2 * near) / (2 * near + 1) + 1
            func log2ceil(_ n: Int) -> Int { var x = 0; while (1 << x) < n { x += 1 }; return x }
            qbpp = log2ceil(range)
            let bpp = max(2, log2ceil(maxval + 1))
            limit = 2 * (bpp + max(8, bpp))
        }
    }

    /// MSB-first bit reader over one entropy-coded segment, with JPEG-LS bit stuffing (the
    /// byte after 0xFF contributes 7 bits). Past the end it reads zeros and counts them.
    ///
    /// The decoder's line loops keep a copy in locals (so `cache` and `bits` live in
    /// registers); the rare paths (a refill over a 0xFF or the end, a Golomb prefix longer
    /// than the cached bits) are out-of-line functions that take and return the state by
    /// value, so the caller's copy never has its address taken.
    struct BitReader {
        var p: UnsafePointer<UInt8>
        let end: UnsafePointer<UInt8>
        var cache: UInt64 = 0
        var bits = 0
        var lastFF = false
        var padBits = 0

        init(_ start: UnsafePointer<UInt8>, count: Int) {
            p = start
            end = start + count
        }

        @inline(always) mutating func fill() {
            // Fast path: 8 bytes without 0xFF (no stuffing) go in at once.
            if !lastFF && end - p >= 8 {
                let w = UInt64(bigEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
                let x = ~w
                if ((x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080) == 0 {
                    let nbytes = (64 &- bits) &>> 3
                    let leftover = 64 &- bits &- (nbytes &<< 3)
                    cache |= (w &>> UInt64(truncatingIfNeeded: bits)) & ~((UInt64(1) &<< UInt64(truncatingIfNeeded: leftover)) &- 1)
                    p += nbytes
                    bits &+= nbytes &<< 3
                    return
                }
            }
            self = Self.fillSlow(p, end, cache, bits, lastFF, padBits)
        }

        /// The byte-wise refill (stuffing after 0xFF, zeros past the end).
        @inline(never) static func fillSlow(_ p0: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, _ cache0: UInt64,
                                            _ bits0: Int, _ lastFF0: Bool, _ pad0: Int) -> BitReader {
            var p = p0, cache = cache0, bits = bits0, lastFF = lastFF0, padBits = pad0
            while bits <= 56 {
                if p < end {
                    let b = p.pointee
                    p += 1
                    if lastFF {
                        cache |= UInt64(b & 0x7F) &<< UInt64(truncatingIfNeeded: 57 &- bits)
                        bits &+= 7
                    } else {
                        cache |= UInt64(b) &<< UInt64(truncatingIfNeeded: 56 &- bits)
                        bits &+= 8
                    }
                    lastFF = b == 0xFF
                } else {
                    bits &+= 8
                    padBits &+= 8
                }
            }
            var r = BitReader(p, count: end - p)
            r.cache = cache; r.bits = bits; r.lastFF = lastFF; r.padBits = padBits
            return r
        }

        /// True when more bits were consumed than the segment holds.
        var overrun: Bool { padBits > bits }

        @inline(always) mutating func readBit() -> Bool {
            if bits < 1 { fill() }
            let b = cache >> 63
            cache &<<= 1
            bits &-= 1
            return b != 0
        }

        /// n in 0...56 (0 reads nothing and returns 0, without a branch).
        @inline(always) mutating func read(_ n: Int) -> Int {
            if _slowPath(bits < n) { fill() }
            let v = Int(truncatingIfNeeded: (cache &>> 1) &>> UInt64(truncatingIfNeeded: 63 &- n))
            cache &<<= UInt64(truncatingIfNeeded: n)
            bits &-= n
            return v
        }

        /// Zero bits before the next 1 (consumed), at most `cap` (more: throws).
        @inline(always) mutating func highBits(cap: Int) throws -> Int {
            if bits < 32 { fill() }
            let lz = cache.leadingZeroBitCount
            if _fastPath(lz < bits) {
                // Two shifts: 63 zeros and the 1 take all 64 bits (a shift by 64 would be masked to 0).
                cache = (cache &<< UInt64(truncatingIfNeeded: lz)) &<< 1
                bits &-= lz &+ 1
                return lz
            }
            let (r, n) = Self.highBitsSlow(p, end, cache, bits, lastFF, padBits, cap: cap)
            self = r
            if n < 0 { throw Unsupported("bad Golomb code") }
            return n
        }

        /// A prefix longer than the cached bits, bit by bit; -1: longer than `cap` or past the end.
        @inline(never) static func highBitsSlow(_ p: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, _ cache: UInt64,
                                                _ bits: Int, _ lastFF: Bool, _ pad: Int, cap: Int) -> (BitReader, Int) {
            var r = BitReader(p, count: end - p)
            r.cache = cache; r.bits = bits; r.lastFF = lastFF; r.padBits = pad
            var n = 0
            while true {
                if r.readBit() { return (r, n) }
                n &+= 1
                if n > cap || r.overrun { return (r, -1) }
            }
        }
    }

    /// Compile-time specialisation: lossless with MAXVAL = 2^n - 1 (reconstruction is a mask,
    /// like CharLS's lossless traits) or the general near-lossless arithmetic.
    protocol Mode { static var lossless: Bool { get } }
    enum LosslessMode: Mode { static var lossless: Bool { true } }
    enum GeneralMode: Mode { static var lossless: Bool { false } }

    static let J: [Int] = [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 9, 10, 11, 12, 13, 14, 15]

    /// The context model of one scan, shared by the decoder (`ScanDecoder`) and the encoder
    /// (`JPEGLSNativeEncoder`): 365 regular contexts, the 2 run-interruption contexts, the
    /// gradient quantisation table and the run-length order table J, plus the updates of
    /// T.87 A.6 / A.7.2, in the form CharLS 2.x computes them.
    struct ContextModel {
        let maxval: Int, near: Int, reset: Int, range: Int, qbpp: Int, limit: Int
        let near2: Int  // 2 * NEAR + 1
        let ctx: UnsafeMutablePointer<Int32>  // A, B, C, N interleaved per context (365 x 4)
        var riA = (0, 0), riN = (1, 1), riNn = (0, 0)
        let qtab: UnsafeMutablePointer<Int8>
        let jtab: UnsafeMutablePointer<Int>
        /// The Golomb parameter k (`golombK(A, N)`) of each regular context, kept current by
        /// the decoder's lossless path after each update, which then loads k instead of
        /// computing it from A and N on its serial critical path (the encoder computes k).
        let ktab: UnsafeMutablePointer<UInt8>

        init(params p: Params) {
            maxval = p.maxval; near = p.near; reset = p.reset; range = p.range; qbpp = p.qbpp; limit = p.limit
            near2 = 2 * p.near + 1
            ctx = .allocate(capacity: 365 * 4)
            let a0 = Int32(max(2, (p.range + 32) / 64))
            for q in 0..<365 {
                ctx[q * 4] = a0; ctx[q * 4 + 1] = 0; ctx[q * 4 + 2] = 0; ctx[q * 4 + 3] = 1
            }
            riA = (Int(a0), Int(a0))
            ktab = .allocate(capacity: 365)
            ktab.initialize(repeating: UInt8(truncatingIfNeeded: Self.golombK(Int(a0), 1)), count: 365)
            // Over the whole gradient range -MAXVAL...MAXVAL (as CharLS's lookup table), so a
            // gradient of two samples in 0...MAXVAL needs no clamp (`quantUnclamped`). Bounded:
            // maxval <= 65535 (Params), so at most 131 071 bytes.
            qtab = .allocate(capacity: 2 * p.maxval + 1) + p.maxval
            Self.fillQuantTable(qtab, maxval: p.maxval, near: p.near, t1: p.t1, t2: p.t2, t3: p.t3)
            jtab = .allocate(capacity: 32)
            for i in 0..<32 { jtab[i] = JPEGLSNative.J[i] }
        }

        /// The gradient quantisation Q(d) (A.3.3) of `d` in -MAXVAL...MAXVAL into `q[d]`, as 9
        /// constant runs (memset: a 16-bit table is 128 KiB, rebuilt per frame).
        /// Needs near < t1 <= t2 <= t3 <= maxval (checked by `Params`).
        static func fillQuantTable(_ q: UnsafeMutablePointer<Int8>, maxval: Int, near: Int, t1: Int, t2: Int, t3: Int) {
            func run(_ lo: Int, _ hi: Int, _ v: Int8) {  // lo...hi, clipped to the table
                let l = max(lo, -maxval), h = min(hi, maxval)
                if l <= h { (q + l).update(repeating: v, count: h &- l &+ 1) }
            }
            run(-maxval, -t3, -4); run(-t3 + 1, -t2, -3); run(-t2 + 1, -t1, -2); run(-t1 + 1, -near - 1, -1)
            run(-near, near, 0)
            run(near + 1, t1 - 1, 1); run(t1, t2 - 1, 2); run(t2, t3 - 1, 3); run(t3, maxval, 4)
        }

        /// The same quantisation by comparisons (the definition; tests check the table with it).
        static func quantReference(_ d: Int, near: Int, t1: Int, t2: Int, t3: Int) -> Int {
            if d <= -t3 { return -4 } else if d <= -t2 { return -3 } else if d <= -t1 { return -2 }
            else if d < -near { return -1 } else if d <= near { return 0 } else if d < t1 { return 1 }
            else if d < t2 { return 2 } else if d < t3 { return 3 } else { return 4 }
        }

        func deallocate() {
            ctx.deallocate()
            (qtab - maxval).deallocate()
            jtab.deallocate()
            ktab.deallocate()
        }

        /// Quantised gradient of a difference known to be in -MAXVAL...MAXVAL.
        @inline(always) func quantUnclamped(_ d: Int) -> Int { Int(qtab[d]) }

        /// The context id Q (T.87 A.3.4; negative: the sign is applied to the error) of
        /// samples in 0...MAXVAL.
        @inline(always) func contextID(_ ra: Int, _ rb: Int, _ rc: Int, _ rd: Int) -> Int {
            quantUnclamped(rd &- rb) &* 81 &+ quantUnclamped(rb &- rc) &* 9 &+ quantUnclamped(rc &- ra)
        }

        /// The median edge detector (T.87 A.4.1) with branches: the decoder's form, where the
        /// predicted branch keeps the decoded sample off the next sample's critical path.
        @inline(always) static func med(_ ra: Int, _ rb: Int, _ rc: Int) -> Int {
            let sign = (rb &- ra) >> 63
            if (sign ^ (rc &- ra)) < 0 { return rb }
            if (sign ^ (rb &- rc)) < 0 { return ra }
            return ra &+ rb &- rc
        }

        /// The same predictor as selects (conditional moves): the encoder's form, where the
        /// samples are known in advance and a mispredicted branch costs more than the selects.
        @inline(always) static func medSelect(_ ra: Int, _ rb: Int, _ rc: Int) -> Int {
            let mx = ra > rb ? ra : rb, mn = ra > rb ? rb : ra
            var p = ra &+ rb &- rc
            p = rc >= mx ? mn : p
            p = rc <= mn ? mx : p
            return p
        }

        @inline(always) func reconstruct<M: Mode>(_ m: M.Type, _ px: Int, _ err: Int) -> Int {
            if M.lossless { return (px &+ err) & maxval }
            var v = px &+ err &* near2
            if v < -near { v &+= range &* near2 } else if v > maxval &+ near { v &-= range &* near2 }
            return v < 0 ? 0 : (v > maxval ? maxval : v)
        }

        /// The Golomb parameter k of a regular context (at most 16), branch-free (the encoder's
        /// form; the decoder keeps the loop, faster on its serial critical path).
        @inline(always) static func golombK(_ a: Int, _ n: Int) -> Int {
            // The least k with N << k >= A (n >= 1; A, N < 2^32): from the top bit positions,
            // then one step; in sign-bit arithmetic, as the compiler made a data-dependent
            // (mispredicted) branch of the comparison.
            let d0 = n.leadingZeroBitCount &- a.leadingZeroBitCount
            let d = d0 & ~(d0 >> 63)                                               // max(0, d0)
            let k = d &+ Int(bitPattern: UInt(bitPattern: (n &<< d) &- a) &>> 63)  // +1 if N << d < A
            let over = k &- 16
            return k &- (over & ~(over >> 63))                                     // min(k, 16)
        }

        /// Updates A, B, C, N of the regular context at `cp` with the error `err` (A.6).
        @discardableResult
        @inline(always) func update(_ cp: UnsafeMutablePointer<Int32>, _ a0: Int, _ b0: Int, _ c0: Int, _ n0: Int,
                                      _ err: Int, lossless: Bool) -> (a: Int, n: Int) {
            var a = a0 &+ (err < 0 ? 0 &- err : err)
            var b = b0 &+ (lossless ? err : err &* near2)
            var c = c0, n = n0
            if n == reset { a >>= 1; b >>= 1; n >>= 1 }
            n &+= 1
            // Bias correction (A.6.2) without branches (they follow the data and mispredict):
            // B + N <= 0: B += N, at least 1 - N, C -= 1 (down to -128); B > 0: B -= N, at
            // most 0, C += 1 (up to 127). The two cases exclude each other, and each clamp is
            // a no-op outside its case.
            let lo = (b &+ n &- 1) >> 63  // -1: B + N <= 0
            let hi = (0 &- b) >> 63       // -1: B > 0
            b = b &+ (n & lo) &- (n & hi)
            b = b < 1 &- n ? 1 &- n : b
            b = b > 0 ? 0 : b
            c = c &+ (hi & (c < 127 ? 1 : 0)) &- (lo & (c > -128 ? 1 : 0))
            cp[0] = Int32(truncatingIfNeeded: a); cp[1] = Int32(truncatingIfNeeded: b)
            cp[2] = Int32(truncatingIfNeeded: c); cp[3] = Int32(truncatingIfNeeded: n)
            return (a, n)
        }

        /// Golomb parameter, N and Nn of run-interruption context `t` (0 or 1 = RItype).
        @inline(always) func interruptionState(_ t: Int) -> (k: Int, n: Int, nn: Int) {
            let a = t == 0 ? riA.0 : riA.1
            let n = t == 0 ? riN.0 : riN.1
            let temp = a &+ (n >> 1) &* t
            var nTest = n, k = 0
            while nTest < temp { nTest &<<= 1; k &+= 1 }
            return (k, n, t == 0 ? riNn.0 : riNn.1)
        }

        /// Updates run-interruption context `t` after error `err` coded as `m` (A.7.2.2);
        /// returns the new A.
        @inline(always) mutating func interruptionUpdate(_ t: Int, err: Int, mapped m: Int) -> Int {
            var a = t == 0 ? riA.0 : riA.1
            var n = t == 0 ? riN.0 : riN.1
            var nn = t == 0 ? riNn.0 : riNn.1
            if err < 0 { nn &+= 1 }
            a &+= (m &+ 1 &- t) >> 1
            if n == reset { a >>= 1; n >>= 1; nn >>= 1 }
            n &+= 1
            if t == 0 { riA.0 = a; riN.0 = n; riNn.0 = nn } else { riA.1 = a; riN.1 = n; riNn.1 = nn }
            return a
        }
    }

    /// Decoding state of one scan: the shared context model and the bit reader.
    ///
    /// Each line is decoded on a local copy of this state (`line`, `lineTriplet`), with every
    /// per-sample function inlined, so the bit reader's cache and bit count and the previous
    /// sample Ra stay in registers along the serial chain sample -> context -> Golomb code ->
    /// sample.
    struct ScanDecoder {
        var reader: BitReader
        var cm: ContextModel

        init(reader: BitReader, params p: Params) {
            self.reader = reader
            cm = ContextModel(params: p)
        }

        func deallocate() { cm.deallocate() }

        /// Mapped error value of a Golomb code with parameter k (A.5.3), escape codes of
        /// `limit` included.
        @inline(always) static func value(_ r: inout BitReader, k: Int, limit lim: Int, qbpp: Int) throws -> Int {
            let high = try r.highBits(cap: lim)
            if _slowPath(high >= lim &- (qbpp &+ 1)) { return r.read(qbpp) &+ 1 }
            return (high &<< k) | r.read(k)  // read(0) = 0: no branch on k == 0
        }

        /// One regular-mode sample: context `qs` (sign applied to the error), prediction
        /// `predicted` (A.4 - A.6).
        @inline(always) mutating func regular<M: Mode>(_ mode: M.Type, _ qs: Int, _ predicted: Int) throws -> Int {
            let sign = qs >> 63
            let q = (qs ^ sign) &- sign
            let cp = cm.ctx + q &* 4
            let a = Int(cp[0]), b = Int(cp[1]), c = Int(cp[2]), n = Int(cp[3])
            let maxval = cm.maxval
            var px = predicted &+ ((c ^ sign) &- sign)
            px = px < 0 ? 0 : (px > maxval ? maxval : px)
            var k = 0
            if M.lossless {
                k = Int(cm.ktab[q])  // set by the previous update of this context (below)
            } else {
                // The loop form: faster on near-lossless streams than the table (whose update
                // puts `golombK`'s arithmetic on a context's chain of updates).
                while (n &<< k) < a && k < 16 { k &+= 1 }
            }
            let m = try Self.value(&reader, k: k, limit: cm.limit, qbpp: cm.qbpp)
            // |error| <= 65535 (as CharLS): m = 2|e| or 2|e| - 1.
            if UInt(bitPattern: m) > 131_070 { throw Unsupported("error value out of range") }
            var err = (m >> 1) ^ (0 &- (m & 1))
            if M.lossless || cm.near == 0 {
                // Error correction of k = 0 (A.5.2): flip when 2B + N - 1 < 0.
                err ^= ((2 &* b &+ n &- 1) >> 63) & ((k &- 1) >> 63)
            }
            let na = a &+ (err < 0 ? 0 &- err : err), nb = b &+ (M.lossless ? err : err &* cm.near2)
            let limitAB = 65536 * 256
            if na >= limitAB || UInt(bitPattern: nb &+ (limitAB &- 1)) >= UInt(2 &* limitAB &- 1) {
                throw Unsupported("context overflow")
            }
            let (ua, un) = cm.update(cp, a, b, c, n, err, lossless: M.lossless)
            if M.lossless { cm.ktab[q] = UInt8(truncatingIfNeeded: ContextModel.golombK(ua, un)) }
            return cm.reconstruct(M.self, px, (err ^ sign) &- sign)
        }

        /// Run-interruption error with context `t` (0 or 1 = RItype).
        @inline(always) mutating func interruptionError(_ t: Int, runIndex: Int) throws -> Int {
            let (k, n, nn) = cm.interruptionState(t)
            let m = try Self.value(&reader, k: k, limit: cm.limit &- cm.jtab[runIndex] &- 1, qbpp: cm.qbpp)
            let tm = m &+ t
            let map = tm & 1
            let mag = (tm &+ map) / 2
            let err = ((k != 0 || 2 &* nn >= n) == (map != 0)) ? -mag : mag
            if cm.interruptionUpdate(t, err: err, mapped: m) > 65536 * 256 { throw Unsupported("context overflow") }
            return err
        }

        /// Length of the run (samples to fill with Ra), `remaining` left in the line.
        @inline(always) mutating func runLength(remaining: Int, runIndex: inout Int) throws -> Int {
            let jtab = cm.jtab
            var index = 0
            while reader.readBit() {
                let chunk = 1 &<< jtab[runIndex]
                let cnt = min(chunk, remaining &- index)
                index &+= cnt
                if cnt == chunk { runIndex = min(31, runIndex &+ 1) }
                if index == remaining { break }
            }
            if index != remaining {
                index &+= reader.read(jtab[runIndex])
            }
            if index > remaining { throw Unsupported("run past the end of the line") }
            return index
        }

        /// One line of one component, or of 3 sample-interleaved components (`triplet`: pixel
        /// stride 3); prev/cur point at sample 0 with valid pixels [-1] and [width].
        mutating func line<M: Mode>(_ mode: M.Type, triplet: Bool, _ prev: UnsafeMutablePointer<Int32>,
                                    _ cur: UnsafeMutablePointer<Int32>, width: Int, runIndex: inout Int) throws {
            var me = self, ri = runIndex  // locals: the optimiser keeps the hot state in registers
            defer { self = me; runIndex = ri }
            if triplet {
                try me.tripletBody(M.self, prev, cur, width: width, runIndex: &ri)
            } else {
                try me.lineBody(M.self, prev, cur, width: width, runIndex: &ri)
            }
        }

        @inline(always) mutating func lineBody<M: Mode>(_ mode: M.Type, _ prev: UnsafeMutablePointer<Int32>,
                                                          _ cur: UnsafeMutablePointer<Int32>,
                                                          width: Int, runIndex: inout Int) throws {
            // Samples are in 0...MAXVAL (reconstruction masks or clamps; the edges copy
            // samples), so gradients index the full-range table without a clamp.
            let qtab = cm.qtab
            let near = cm.near
            var index = 0
            var ra = Int(cur[-1])  // carried in a register: the sample just decoded
            var rb = Int(prev[-1]), rd = Int(prev[0])
            while index < width {
                let rc = rb
                rb = rd
                rd = Int(prev[index &+ 1])
                let qs = Int(qtab[rd &- rb]) &* 81 &+ Int(qtab[rb &- rc]) &* 9 &+ Int(qtab[rc &- ra])
                if _fastPath(qs != 0) {
                    ra = try regular(M.self, qs, ContextModel.med(ra, rb, rc))
                    cur[index] = Int32(truncatingIfNeeded: ra)
                    index &+= 1
                } else {
                    let run = try runLength(remaining: width &- index, runIndex: &runIndex)
                    let v = Int32(truncatingIfNeeded: ra)
                    for i in 0..<run { cur[index &+ i] = v }
                    index &+= run
                    if index < width {
                        let rbi = Int(prev[index])
                        if abs(ra &- rbi) <= near {
                            ra = cm.reconstruct(M.self, ra, try interruptionError(1, runIndex: runIndex))
                        } else {
                            let e = try interruptionError(0, runIndex: runIndex)
                            ra = cm.reconstruct(M.self, rbi, rbi &- ra < 0 ? -e : e)
                        }
                        cur[index] = Int32(truncatingIfNeeded: ra)
                        runIndex = max(0, runIndex &- 1)
                        index &+= 1
                    }
                    rb = Int(prev[index &- 1])
                    rd = Int(prev[index])
                }
            }
        }

        @inline(always) mutating func tripletBody<M: Mode>(_ mode: M.Type, _ prev: UnsafeMutablePointer<Int32>,
                                                             _ cur: UnsafeMutablePointer<Int32>,
                                                             width: Int, runIndex: inout Int) throws {
            let qtab = cm.qtab
            var index = 0
            var ra0 = Int(cur[-3]), ra1 = Int(cur[-2]), ra2 = Int(cur[-1])
            while index < width {
                let o = index &* 3
                let rc0 = Int(prev[o &- 3]), rc1 = Int(prev[o &- 2]), rc2 = Int(prev[o &- 1])
                let rb0 = Int(prev[o]), rb1 = Int(prev[o &+ 1]), rb2 = Int(prev[o &+ 2])
                let rd0 = Int(prev[o &+ 3]), rd1 = Int(prev[o &+ 4]), rd2 = Int(prev[o &+ 5])
                let q0 = Int(qtab[rd0 &- rb0]) &* 81 &+ Int(qtab[rb0 &- rc0]) &* 9 &+ Int(qtab[rc0 &- ra0])
                let q1 = Int(qtab[rd1 &- rb1]) &* 81 &+ Int(qtab[rb1 &- rc1]) &* 9 &+ Int(qtab[rc1 &- ra1])
                let q2 = Int(qtab[rd2 &- rb2]) &* 81 &+ Int(qtab[rb2 &- rc2]) &* 9 &+ Int(qtab[rc2 &- ra2])
                if q0 == 0 && q1 == 0 && q2 == 0 {
                    let run = try runLength(remaining: width &- index, runIndex: &runIndex)
                    let v0 = Int32(truncatingIfNeeded: ra0), v1 = Int32(truncatingIfNeeded: ra1), v2 = Int32(truncatingIfNeeded: ra2)
                    for i in 0..<run {
                        let p = (index &+ i) &* 3
                        cur[p] = v0; cur[p &+ 1] = v1; cur[p &+ 2] = v2
                    }
                    index &+= run
                    if index < width {
                        let p = index &* 3
                        let b0 = Int(prev[p]), b1 = Int(prev[p &+ 1]), b2 = Int(prev[p &+ 2])
                        let e0 = try interruptionError(0, runIndex: runIndex)
                        let e1 = try interruptionError(0, runIndex: runIndex)
                        let e2 = try interruptionError(0, runIndex: runIndex)
                        ra0 = cm.reconstruct(M.self, b0, b0 &- ra0 < 0 ? -e0 : e0)
                        ra1 = cm.reconstruct(M.self, b1, b1 &- ra1 < 0 ? -e1 : e1)
                        ra2 = cm.reconstruct(M.self, b2, b2 &- ra2 < 0 ? -e2 : e2)
                        cur[p] = Int32(truncatingIfNeeded: ra0)
                        cur[p &+ 1] = Int32(truncatingIfNeeded: ra1)
                        cur[p &+ 2] = Int32(truncatingIfNeeded: ra2)
                        runIndex = max(0, runIndex &- 1)
                        index &+= 1
                    }
                } else {
                    ra0 = try regular(M.self, q0, ContextModel.med(ra0, rb0, rc0))
                    ra1 = try regular(M.self, q1, ContextModel.med(ra1, rb1, rc1))
                    ra2 = try regular(M.self, q2, ContextModel.med(ra2, rb2, rc2))
                    cur[o] = Int32(truncatingIfNeeded: ra0)
                    cur[o &+ 1] = Int32(truncatingIfNeeded: ra1)
                    cur[o &+ 2] = Int32(truncatingIfNeeded: ra2)
                    index &+= 1
                }
            }
        }

        /// Decodes the scan into `dst` (interleaved output of `components` samples per pixel).
        mutating func decode(width: Int, height: Int, scanComponents: [Int], components: Int,
                             sampleInterleave: Bool, dst: UnsafeMutableRawBufferPointer, bytesPerSample: Int) throws {
            guard let out = dst.baseAddress else { return }
            let ns = scanComponents.count
            let stride = sampleInterleave ? 3 : 1                 // samples per buffer pixel
            let lineLen = (width &+ 2) &* stride
            let lines = sampleInterleave ? 1 : ns                  // separate line pairs
            // Two lines per component (width from the SOF55 header): failable, overflow-checked.
            let (lineWords, o1) = lineLen.multipliedReportingOverflow(by: 2)
            let (bufCount, o2) = lineWords.multipliedReportingOverflow(by: lines)
            guard !o1, !o2 else { throw DICOMError(.outOfMemory, "JPEG-LS: line buffers of width \(width) overflow") }
            let buf = try FailableAlloc.zeroed(Int32.self, count: bufCount, "JPEG-LS line buffers of width \(width)")
            defer { free(buf) }
            var prevs = [UnsafeMutablePointer<Int32>](), curs = [UnsafeMutablePointer<Int32>]()
            for l in 0..<lines {
                prevs.append(buf + ((2 &* l) &* lineLen &+ stride))
                curs.append(buf + ((2 &* l &+ 1) &* lineLen &+ stride))
            }
            var runIndex = [Int](repeating: 0, count: lines)
            let lossless = cm.near == 0 && (cm.maxval & (cm.maxval &+ 1)) == 0
            let rowSamples = width &* components
            for y in 0..<height {
                for l in 0..<lines {
                    let prev = prevs[l], cur = curs[l]
                    // Edge pixels: Rd past the end = the last sample above; Ra before the start = Rb.
                    for s in 0..<stride {
                        prev[width &* stride &+ s] = prev[(width &- 1) &* stride &+ s]
                        cur[s &- stride] = prev[s]
                    }
                    var ri = runIndex[l]
                    if lossless {
                        try line(LosslessMode.self, triplet: sampleInterleave, prev, cur, width: width, runIndex: &ri)
                    } else {
                        try line(GeneralMode.self, triplet: sampleInterleave, prev, cur, width: width, runIndex: &ri)
                    }
                    runIndex[l] = ri
                    if reader.overrun { throw Unsupported("scan data ends early") }
                    // Store the line.
                    let rowBase = y &* rowSamples
                    if sampleInterleave {
                        let c0 = scanComponents[0], c1 = scanComponents[1], c2 = scanComponents[2]
                        if c0 == 0 && c1 == 1 && c2 == 2 && components == 3 {
                            Self.store(cur, count: width &* 3, to: out, at: rowBase, bytes: bytesPerSample)
                        } else {
                            for (s, c) in [c0, c1, c2].enumerated() {
                                Self.storeStrided(cur + s, count: width, srcStep: 3, to: out, at: rowBase &+ c,
                                                  step: components, bytes: bytesPerSample)
                            }
                        }
                    } else {
                        let c = scanComponents[l]
                        if components == 1 {
                            Self.store(cur, count: width, to: out, at: rowBase, bytes: bytesPerSample)
                        } else {
                            Self.storeStrided(cur, count: width, srcStep: 1, to: out, at: rowBase &+ c,
                                              step: components, bytes: bytesPerSample)
                        }
                    }
                    prevs[l] = cur
                    curs[l] = prev
                }
            }
        }

        /// Contiguous store (unit strides: loops the compiler vectorises).
        static func store(_ src: UnsafeMutablePointer<Int32>, count: Int, to out: UnsafeMutableRawPointer,
                          at: Int, bytes: Int) {
            switch bytes {
            case 1:
                let d = out.assumingMemoryBound(to: UInt8.self) + at
                for i in 0..<count { d[i] = UInt8(truncatingIfNeeded: src[i]) }
            case 2:
                let d = out.assumingMemoryBound(to: UInt16.self) + at
                for i in 0..<count { d[i] = UInt16(truncatingIfNeeded: src[i]).littleEndian }
            default:
                storeStrided(src, count: count, srcStep: 1, to: out, at: at, step: 1, bytes: bytes)
            }
        }

        static func storeStrided(_ src: UnsafeMutablePointer<Int32>, count: Int, srcStep: Int,
                                 to out: UnsafeMutableRawPointer, at: Int, step: Int, bytes: Int) {
            switch bytes {
            case 1:
                let d = out.assumingMemoryBound(to: UInt8.self) + at
                for i in 0..<count { d[i &* step] = UInt8(truncatingIfNeeded: src[i &* srcStep]) }
            case 2:
                let d = out.assumingMemoryBound(to: UInt16.self) + at
                for i in 0..<count { d[i &* step] = UInt16(truncatingIfNeeded: src[i &* srcStep]).littleEndian }
            case 4:
                let d = out.assumingMemoryBound(to: UInt32.self) + at
                for i in 0..<count { d[i &* step] = UInt32(truncatingIfNeeded: src[i &* srcStep]).littleEndian }
            default:
                let d = out.assumingMemoryBound(to: UInt64.self) + at
                for i in 0..<count { d[i &* step] = UInt64(truncatingIfNeeded: src[i &* srcStep]).littleEndian }
            }
        }
    }
}
