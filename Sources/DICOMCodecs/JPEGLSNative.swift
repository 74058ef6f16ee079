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
                    guard end + 1 < count else { end = count; break }
                    if base[end] == 0xFF && base[end + 1] >= 0x80 { break }
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

        @inline(__always) mutating func fill() {
            // Fast path: 8 bytes without 0xFF (no stuffing) go in at once.
            if !lastFF && end - p >= 8 {
                let w = UInt64(bigEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
                let x = ~w
                if ((x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080) == 0 {
                    let nbytes = (64 &- bits) &>> 3
                    let leftover = 64 &- bits &- (nbytes &<< 3)
                    cache |= (w &>> UInt64(bits)) & ~((UInt64(1) &<< UInt64(leftover)) &- 1)
                    p += nbytes
                    bits &+= nbytes &<< 3
                    return
                }
            }
            while bits <= 56 {
                if p < end {
                    let b = p.pointee
                    p += 1
                    if lastFF {
                        cache |= UInt64(b & 0x7F) &<< UInt64(57 &- bits)
                        bits &+= 7
                    } else {
                        cache |= UInt64(b) &<< UInt64(56 &- bits)
                        bits &+= 8
                    }
                    lastFF = b == 0xFF
                } else {
                    bits &+= 8
                    padBits &+= 8
                }
            }
        }

        /// True when more bits were consumed than the segment holds.
        var overrun: Bool { padBits > bits }

        @inline(__always) mutating func readBit() -> Bool {
            if bits < 1 { fill() }
            let b = cache >> 63
            cache &<<= 1
            bits &-= 1
            return b != 0
        }

        /// n in 1...32.
        @inline(__always) mutating func read(_ n: Int) -> Int {
            if bits < n { fill() }
            let v = Int(truncatingIfNeeded: cache &>> UInt64(64 &- n))
            cache &<<= UInt64(n)
            bits &-= n
            return v
        }

        /// Zero bits before the next 1 (consumed), at most `cap` (more: throws).
        @inline(__always) mutating func highBits(cap: Int) throws -> Int {
            if bits < 32 { fill() }
            let lz = cache.leadingZeroBitCount
            if lz < bits {
                cache &<<= UInt64(lz &+ 1)
                bits &-= lz &+ 1
                return lz
            }
            var n = 0
            while true {
                if readBit() { return n }
                n &+= 1
                if n > cap || overrun { throw Unsupported("bad Golomb code") }
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
        let t3: Int
        let jtab: UnsafeMutablePointer<Int>

        init(params p: Params) {
            maxval = p.maxval; near = p.near; reset = p.reset; range = p.range; qbpp = p.qbpp; limit = p.limit
            near2 = 2 * p.near + 1
            t3 = p.t3
            ctx = .allocate(capacity: 365 * 4)
            let a0 = Int32(max(2, (p.range + 32) / 64))
            for q in 0..<365 {
                ctx[q * 4] = a0; ctx[q * 4 + 1] = 0; ctx[q * 4 + 2] = 0; ctx[q * 4 + 3] = 1
            }
            riA = (Int(a0), Int(a0))
            // Over the whole gradient range -MAXVAL...MAXVAL (as CharLS's lookup table), so a
            // gradient of two samples in 0...MAXVAL needs no clamp (`quantUnclamped`). Bounded:
            // maxval <= 65535 (Params), so at most 131 071 bytes.
            qtab = .allocate(capacity: 2 * p.maxval + 1) + p.maxval
            for d in -p.maxval...p.maxval {
                let q: Int8
                if d <= -p.t3 { q = -4 } else if d <= -p.t2 { q = -3 } else if d <= -p.t1 { q = -2 }
                else if d < -p.near { q = -1 } else if d <= p.near { q = 0 } else if d < p.t1 { q = 1 }
                else if d < p.t2 { q = 2 } else if d < p.t3 { q = 3 } else { q = 4 }
                qtab[d] = q
            }
            jtab = .allocate(capacity: 32)
            for i in 0..<32 { jtab[i] = JPEGLSNative.J[i] }
        }

        func deallocate() {
            ctx.deallocate()
            (qtab - maxval).deallocate()
            jtab.deallocate()
        }

        /// Quantised gradient of any difference (clamped to +-T3 first).
        @inline(__always) func quant(_ d: Int) -> Int {
            let c = d < -t3 ? -t3 : (d > t3 ? t3 : d)
            return Int(qtab[c])
        }

        /// Quantised gradient of a difference known to be in -MAXVAL...MAXVAL.
        @inline(__always) func quantUnclamped(_ d: Int) -> Int { Int(qtab[d]) }

        /// The context id Q (T.87 A.3.4; negative: the sign is applied to the error) of
        /// samples in 0...MAXVAL.
        @inline(__always) func contextID(_ ra: Int, _ rb: Int, _ rc: Int, _ rd: Int) -> Int {
            quantUnclamped(rd &- rb) &* 81 &+ quantUnclamped(rb &- rc) &* 9 &+ quantUnclamped(rc &- ra)
        }

        /// The median edge detector (T.87 A.4.1) with branches: the decoder's form, where the
        /// predicted branch keeps the decoded sample off the next sample's critical path.
        @inline(__always) static func med(_ ra: Int, _ rb: Int, _ rc: Int) -> Int {
            let sign = (rb &- ra) >> 63
            if (sign ^ (rc &- ra)) < 0 { return rb }
            if (sign ^ (rb &- rc)) < 0 { return ra }
            return ra &+ rb &- rc
        }

        /// The same predictor as selects (conditional moves): the encoder's form, where the
        /// samples are known in advance and a mispredicted branch costs more than the selects.
        @inline(__always) static func medSelect(_ ra: Int, _ rb: Int, _ rc: Int) -> Int {
            let mx = ra > rb ? ra : rb, mn = ra > rb ? rb : ra
            var p = ra &+ rb &- rc
            p = rc >= mx ? mn : p
            p = rc <= mn ? mx : p
            return p
        }

        @inline(__always) func reconstruct<M: Mode>(_ m: M.Type, _ px: Int, _ err: Int) -> Int {
            if M.lossless { return (px &+ err) & maxval }
            var v = px &+ err &* near2
            if v < -near { v &+= range &* near2 } else if v > maxval &+ near { v &-= range &* near2 }
            return v < 0 ? 0 : (v > maxval ? maxval : v)
        }

        /// The Golomb parameter k of a regular context (at most 16), branch-free (the encoder's
        /// form; the decoder keeps the loop, faster on its serial critical path).
        @inline(__always) static func golombK(_ a: Int, _ n: Int) -> Int {
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
        @inline(__always) func update(_ cp: UnsafeMutablePointer<Int32>, _ a0: Int, _ b0: Int, _ c0: Int, _ n0: Int,
                                      _ err: Int, lossless: Bool) {
            var a = a0 &+ (err < 0 ? 0 &- err : err)
            var b = b0 &+ (lossless ? err : err &* near2)
            var c = c0, n = n0
            if n == reset { a >>= 1; b >>= 1; n >>= 1 }
            n &+= 1
            if b &+ n <= 0 {
                b &+= n
                if b <= 0 &- n { b = 1 &- n }
                if c > -128 { c &-= 1 }
            } else if b > 0 {
                b &-= n
                if b > 0 { b = 0 }
                if c < 127 { c &+= 1 }
            }
            cp[0] = Int32(truncatingIfNeeded: a); cp[1] = Int32(truncatingIfNeeded: b)
            cp[2] = Int32(truncatingIfNeeded: c); cp[3] = Int32(truncatingIfNeeded: n)
        }

        /// Golomb parameter, N and Nn of run-interruption context `t` (0 or 1 = RItype).
        @inline(__always) func interruptionState(_ t: Int) -> (k: Int, n: Int, nn: Int) {
            let a = t == 0 ? riA.0 : riA.1
            let n = t == 0 ? riN.0 : riN.1
            let temp = a &+ (n >> 1) &* t
            var nTest = n, k = 0
            while nTest < temp { nTest &<<= 1; k &+= 1 }
            return (k, n, t == 0 ? riNn.0 : riNn.1)
        }

        /// Updates run-interruption context `t` after error `err` coded as `m` (A.7.2.2);
        /// returns the new A.
        @inline(__always) mutating func interruptionUpdate(_ t: Int, err: Int, mapped m: Int) -> Int {
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
    struct ScanDecoder {
        var reader: BitReader
        var cm: ContextModel
        var maxval: Int { cm.maxval }
        var near: Int { cm.near }
        var qbpp: Int { cm.qbpp }
        var limit: Int { cm.limit }
        var near2: Int { cm.near2 }
        var jtab: UnsafeMutablePointer<Int> { cm.jtab }

        init(reader: BitReader, params p: Params) {
            self.reader = reader
            cm = ContextModel(params: p)
        }

        func deallocate() { cm.deallocate() }

        @inline(__always) func quant(_ d: Int) -> Int { cm.quant(d) }

        @inline(__always) static func med(_ ra: Int, _ rb: Int, _ rc: Int) -> Int { ContextModel.med(ra, rb, rc) }

        @inline(__always) func reconstruct<M: Mode>(_ m: M.Type, _ px: Int, _ err: Int) -> Int { cm.reconstruct(m, px, err) }

        @inline(__always) func value(_ r: inout BitReader, k: Int, limit lim: Int) throws -> Int {
            let high = try r.highBits(cap: lim)
            if high >= lim &- (qbpp &+ 1) { return r.read(qbpp) &+ 1 }
            if k == 0 { return high }
            return (high &<< k) &+ r.read(k)
        }

        @inline(__always) func regular<M: Mode>(_ mode: M.Type, _ r: inout BitReader, _ qs: Int, _ predicted: Int) throws -> Int {
            let sign = qs >> 63
            let q = (qs ^ sign) &- sign
            let cp = cm.ctx + q &* 4
            let a = Int(cp[0]), b = Int(cp[1]), c = Int(cp[2]), n = Int(cp[3])
            var px = predicted &+ ((c ^ sign) &- sign)
            px = px < 0 ? 0 : (px > maxval ? maxval : px)
            var k = 0  // the loop form: faster here than `golombK`'s arithmetic (decoder's critical path)
            while (n &<< k) < a && k < 16 { k &+= 1 }
            let m = try value(&r, k: k, limit: limit)
            var err = (m >> 1) ^ -(m & 1)
            if k == 0 && (M.lossless || near == 0) && 2 &* b &+ n &- 1 < 0 { err = ~err }
            if err > 65535 || err < -65535 { throw Unsupported("error value out of range") }
            let na = a &+ (err < 0 ? -err : err), nb = b &+ (M.lossless ? err : err &* near2)
            if na >= 65536 * 256 || nb >= 65536 * 256 || nb <= -65536 * 256 { throw Unsupported("context overflow") }
            cm.update(cp, a, b, c, n, err, lossless: M.lossless)
            return reconstruct(M.self, px, (err ^ sign) &- sign)
        }

        /// Run-interruption error with context `t` (0 or 1 = RItype).
        @inline(__always) mutating func interruptionError(_ r: inout BitReader, _ t: Int, runIndex: Int) throws -> Int {
            let (k, n, nn) = cm.interruptionState(t)
            let m = try value(&r, k: k, limit: limit &- jtab[runIndex] &- 1)
            let tm = m &+ t
            let map = tm & 1
            let mag = (tm &+ map) / 2
            let err = ((k != 0 || 2 &* nn >= n) == (map != 0)) ? -mag : mag
            if cm.interruptionUpdate(t, err: err, mapped: m) > 65536 * 256 { throw Unsupported("context overflow") }
            return err
        }

        /// Length of the run starting at `start` (samples to fill with Ra), `remaining` left in
        /// the line.
        @inline(__always) func runLength(_ r: inout BitReader, remaining: Int, runIndex: inout Int) throws -> Int {
            var index = 0
            while r.readBit() {
                let chunk = 1 &<< jtab[runIndex]
                let cnt = min(chunk, remaining &- index)
                index &+= cnt
                if cnt == chunk { runIndex = min(31, runIndex &+ 1) }
                if index == remaining { break }
            }
            if index != remaining {
                let j = jtab[runIndex]
                if j > 0 { index &+= r.read(j) }
            }
            if index > remaining { throw Unsupported("run past the end of the line") }
            return index
        }

        /// One line of one component; prev/cur point at sample 0 with valid [-1] and [width].
        mutating func line<M: Mode>(_ mode: M.Type, _ prev: UnsafeMutablePointer<Int32>, _ cur: UnsafeMutablePointer<Int32>,
                           width: Int, runIndex: inout Int) throws {
            var r = reader
            defer { reader = r }
            var index = 0
            var rb = Int(prev[-1]), rd = Int(prev[0])
            while index < width {
                let ra = Int(cur[index &- 1])
                let rc = rb
                rb = rd
                rd = Int(prev[index &+ 1])
                let qs = quant(rd &- rb) &* 81 &+ quant(rb &- rc) &* 9 &+ quant(rc &- ra)
                if qs != 0 {
                    cur[index] = Int32(truncatingIfNeeded: try regular(M.self, &r, qs, Self.med(ra, rb, rc)))
                    index &+= 1
                } else {
                    let run = try runLength(&r, remaining: width &- index, runIndex: &runIndex)
                    let v = Int32(truncatingIfNeeded: ra)
                    for i in 0..<run { cur[index &+ i] = v }
                    index &+= run
                    if index < width {
                        let rbi = Int(prev[index])
                        let x: Int
                        if abs(ra &- rbi) <= near {
                            x = reconstruct(M.self, ra, try interruptionError(&r, 1, runIndex: runIndex))
                        } else {
                            let e = try interruptionError(&r, 0, runIndex: runIndex)
                            x = reconstruct(M.self, rbi, rbi &- ra < 0 ? -e : e)
                        }
                        cur[index] = Int32(truncatingIfNeeded: x)
                        runIndex = max(0, runIndex &- 1)
                        index &+= 1
                    }
                    rb = Int(prev[index &- 1])
                    rd = Int(prev[index])
                }
            }
        }

        /// One line of 3 sample-interleaved components (pixel stride 3).
        mutating func lineTriplet<M: Mode>(_ mode: M.Type, _ prev: UnsafeMutablePointer<Int32>, _ cur: UnsafeMutablePointer<Int32>,
                                  width: Int, runIndex: inout Int) throws {
            var r = reader
            defer { reader = r }
            var index = 0
            while index < width {
                let o = index &* 3
                let ra0 = Int(cur[o &- 3]), ra1 = Int(cur[o &- 2]), ra2 = Int(cur[o &- 1])
                let rc0 = Int(prev[o &- 3]), rc1 = Int(prev[o &- 2]), rc2 = Int(prev[o &- 1])
                let rb0 = Int(prev[o]), rb1 = Int(prev[o &+ 1]), rb2 = Int(prev[o &+ 2])
                let rd0 = Int(prev[o &+ 3]), rd1 = Int(prev[o &+ 4]), rd2 = Int(prev[o &+ 5])
                let q0 = quant(rd0 &- rb0) &* 81 &+ quant(rb0 &- rc0) &* 9 &+ quant(rc0 &- ra0)
                let q1 = quant(rd1 &- rb1) &* 81 &+ quant(rb1 &- rc1) &* 9 &+ quant(rc1 &- ra1)
                let q2 = quant(rd2 &- rb2) &* 81 &+ quant(rb2 &- rc2) &* 9 &+ quant(rc2 &- ra2)
                if q0 == 0 && q1 == 0 && q2 == 0 {
                    let run = try runLength(&r, remaining: width &- index, runIndex: &runIndex)
                    let v0 = Int32(truncatingIfNeeded: ra0), v1 = Int32(truncatingIfNeeded: ra1), v2 = Int32(truncatingIfNeeded: ra2)
                    for i in 0..<run {
                        let p = (index &+ i) &* 3
                        cur[p] = v0; cur[p &+ 1] = v1; cur[p &+ 2] = v2
                    }
                    index &+= run
                    if index < width {
                        let p = index &* 3
                        let b0 = Int(prev[p]), b1 = Int(prev[p &+ 1]), b2 = Int(prev[p &+ 2])
                        let e0 = try interruptionError(&r, 0, runIndex: runIndex)
                        let e1 = try interruptionError(&r, 0, runIndex: runIndex)
                        let e2 = try interruptionError(&r, 0, runIndex: runIndex)
                        cur[p] = Int32(truncatingIfNeeded: reconstruct(M.self, b0, b0 &- ra0 < 0 ? -e0 : e0))
                        cur[p &+ 1] = Int32(truncatingIfNeeded: reconstruct(M.self, b1, b1 &- ra1 < 0 ? -e1 : e1))
                        cur[p &+ 2] = Int32(truncatingIfNeeded: reconstruct(M.self, b2, b2 &- ra2 < 0 ? -e2 : e2))
                        runIndex = max(0, runIndex &- 1)
                        index &+= 1
                    }
                } else {
                    cur[o] = Int32(truncatingIfNeeded: try regular(M.self, &r, q0, Self.med(ra0, rb0, rc0)))
                    cur[o &+ 1] = Int32(truncatingIfNeeded: try regular(M.self, &r, q1, Self.med(ra1, rb1, rc1)))
                    cur[o &+ 2] = Int32(truncatingIfNeeded: try regular(M.self, &r, q2, Self.med(ra2, rb2, rc2)))
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
            let lossless = near == 0 && (maxval & (maxval &+ 1)) == 0
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
                    switch (sampleInterleave, lossless) {
                    case (true, true): try lineTriplet(LosslessMode.self, prev, cur, width: width, runIndex: &ri)
                    case (true, false): try lineTriplet(GeneralMode.self, prev, cur, width: width, runIndex: &ri)
                    case (false, true): try line(LosslessMode.self, prev, cur, width: width, runIndex: &ri)
                    case (false, false): try line(GeneralMode.self, prev, cur, width: width, runIndex: &ri)
                    }
                    runIndex[l] = ri
                    if reader.overrun { throw Unsupported("scan data ends early") }
                    // Store the line.
                    let rowBase = y &* rowSamples
                    if sampleInterleave {
                        let c0 = scanComponents[0], c1 = scanComponents[1], c2 = scanComponents[2]
                        if c0 == 0 && c1 == 1 && c2 == 2 && components == 3 {
                            Self.store(cur, count: width &* 3, to: out, at: rowBase, step: 1, bytes: bytesPerSample)
                        } else {
                            for (s, c) in [c0, c1, c2].enumerated() {
                                Self.storeStrided(cur + s, count: width, srcStep: 3, to: out, at: rowBase &+ c,
                                                  step: components, bytes: bytesPerSample)
                            }
                        }
                    } else {
                        let c = scanComponents[l]
                        if components == 1 {
                            Self.store(cur, count: width, to: out, at: rowBase, step: 1, bytes: bytesPerSample)
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

        @inline(__always) static func store(_ src: UnsafeMutablePointer<Int32>, count: Int, to out: UnsafeMutableRawPointer,
                                            at: Int, step: Int, bytes: Int) {
            storeStrided(src, count: count, srcStep: 1, to: out, at: at, step: step, bytes: bytes)
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
