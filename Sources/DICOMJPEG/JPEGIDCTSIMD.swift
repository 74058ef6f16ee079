// The 12-bit islow IDCT (jidctint.c, CONST_BITS 13, PASS1_BITS 1) on Swift SIMD vectors, eight
// columns (pass 1) or eight rows (pass 2) at a time, bit-identical to `SequentialDecoder.idct12`.
//
// Why 32-bit lanes are exact here: every value of the transform is an integer linear form of its
// eight inputs, so with |input| <= M every intermediate is at most M times the largest sum of
// absolute weights (61214 for the outputs). The scalar path computes in 64 bits; where no true
// value leaves the Int32 range, 32-bit wrapping arithmetic gives the same integers.
// - Pass 1 needs every dequantized coefficient in [-16384, 16383]: then the sums of two that
//   are multiplied (x7 + x3, x5 + x1) fit Int16 (the multiplies become 16 x 16 -> 32-bit,
//   `pmaddwd` on SSE2) and every intermediate is below 61214 * 16384 + 2048 ~ 1.0e9 < 2^31.
// - Pass 2 multiplies only inputs 1, 2, 3, 5, 6, 7 (inputs 0 and 4 are shifted by 13): with those
//   in [-16384, 16383] and inputs 0 and 4 in [-65536, 65535], every intermediate, with the
//   rounding of the final descale, is below 8192 * 2 * 65536 + 16384 * 44830 + 65536 ~ 1.81e9.
// Blocks outside these ranges (rare: large coefficients of a high-contrast block) return false
// and take the 64-bit scalar path.

typealias V32 = SIMD8<Int32>

extension SequentialDecoder {
    /// Sign extension of the low 16 bits (the identity on values in Int16's range; it tells the
    /// code generator that 16 x 16 -> 32-bit multiplies are enough: `pmaddwd` on SSE2).
    @inline(__always)
    static func sx16(_ a: V32) -> V32 { (a &<< 16) &>> 16 }

    /// a * ka + b * kb for a, b in Int16's range and 16-bit constants (one `pmaddwd` on
    /// interleaved pairs).
    @inline(__always)
    static func pair(_ a: V32, _ ka: Int32, _ b: V32, _ kb: Int32) -> V32 {
        sx16(a) &* V32(repeating: ka) &+ sx16(b) &* V32(repeating: kb)
    }

    /// The 1-D islow butterfly on eight lanes. x1, x2, x3, x5, x6, x7 and the sums x7 + x3 and
    /// x5 + x1 must be in Int16's range (x0 and x4 are only shifted). Returns the eight outputs
    /// before descaling. The products are grouped in pairs as libjpeg-turbo's SSE2 islow does
    /// (the same integers: jidctint's sums regrouped, e.g. tmp2 = x2 * F_0_541 + x6 * (F_0_541 -
    /// F_1_847)).
    @inline(__always)
    static func islowSIMD(_ x0: V32, _ x1: V32, _ x2: V32, _ x3: V32, _ x4: V32, _ x5: V32, _ x6: V32, _ x7: V32)
        -> (V32, V32, V32, V32, V32, V32, V32, V32) {
        let t2 = pair(x2, 4433, x6, 4433 - 15137)
        let t3 = pair(x2, 4433 + 6270, x6, 4433)
        let t0 = (x0 &+ x4) &<< 13
        let t1 = (x0 &- x4) &<< 13
        let t10 = t0 &+ t3, t13 = t0 &- t3
        let t11 = t1 &+ t2, t12 = t1 &- t2
        let s73 = x7 &+ x3, s51 = x5 &+ x1
        let z3 = pair(s73, 9633 - 16069, s51, 9633)
        let z4 = pair(s73, 9633, s51, 9633 - 3196)
        let o0 = pair(x7, 2446 - 7373, x1, -7373) &+ z3
        let o3 = pair(x7, -7373, x1, 12299 - 7373) &+ z4
        let o1 = pair(x5, 16819 - 20995, x3, -20995) &+ z4
        let o2 = pair(x5, -20995, x3, 25172 - 20995) &+ z3
        return (t10 &+ o3, t11 &+ o2, t12 &+ o1, t13 &+ o0, t13 &- o0, t12 &- o1, t11 &- o2, t10 &- o3)
    }

    /// One round of a perfect unshuffle of the 64 lanes of eight vectors; three rounds transpose
    /// the 8x8 matrix (lane position bits r2 r1 r0 c2 c1 c0 rotate right by one per round).
    @inline(__always)
    static func unshuffle(_ v: inout (V32, V32, V32, V32, V32, V32, V32, V32)) {
        let a = SIMD16<Int32>(lowHalf: v.0, highHalf: v.1)
        let b = SIMD16<Int32>(lowHalf: v.2, highHalf: v.3)
        let c = SIMD16<Int32>(lowHalf: v.4, highHalf: v.5)
        let d = SIMD16<Int32>(lowHalf: v.6, highHalf: v.7)
        v = (a.evenHalf, b.evenHalf, c.evenHalf, d.evenHalf, a.oddHalf, b.oddHalf, c.oddHalf, d.oddHalf)
    }

    @inline(__always)
    static func transpose8(_ v: inout (V32, V32, V32, V32, V32, V32, V32, V32)) {
        unshuffle(&v); unshuffle(&v); unshuffle(&v)
    }

    /// The lanes' bits that are set when a lane is outside [-bound, bound - 1] (bound a power of
    /// two): zero for a vector in range.
    @inline(__always)
    static func outOfRange(_ v: V32, _ bound: Int32) -> V32 {
        (v &+ V32(repeating: bound)) & V32(repeating: ~(bound &* 2 &- 1))
    }

    /// `limit12` on eight lanes: DESCALE by 17, wrap to 14 bits (RANGE_MASK), + 2048, clamp.
    @inline(__always)
    static func limit12SIMD(_ x: V32) -> V32 {
        let m = (x &+ V32(repeating: 1 << 16)) &>> 17
        let v = ((m &<< 18) &>> 18) &+ V32(repeating: 2048)  // -6144...10239
        let pos = v & ~(v &>> 31)                               // max(v, 0)
        let d = pos &- V32(repeating: 4095)
        return V32(repeating: 4095) &+ (d & (d &>> 31))         // min(pos, 4095)
    }

    /// The 12-bit IDCT of one block of dequantized coefficients `c` (natural order, each in
    /// [-16384, 16383]: the caller checks) into 8 rows of `stride` little-endian UInt16 samples.
    /// Returns false, writing nothing, when the row pass's inputs are outside the range where
    /// 32-bit lanes are exact (the caller then runs `idct12`).
    static func idct12SIMD(_ c: UnsafePointer<Int32>, _ out: UnsafeMutablePointer<UInt16>, _ stride: Int) -> Bool {
        #if _endian(little)
        let raw = UnsafeRawPointer(c)
        @inline(__always) func row(_ i: Int) -> V32 { raw.loadUnaligned(fromByteOffset: i &* 32, as: V32.self) }
        let p = islowSIMD(row(0), row(1), row(2), row(3), row(4), row(5), row(6), row(7))
        // DESCALE by CONST_BITS - PASS1_BITS = 12; rows of the workspace, vectors over columns.
        let r = V32(repeating: 2048)
        var w = ((p.0 &+ r) &>> 12, (p.1 &+ r) &>> 12, (p.2 &+ r) &>> 12, (p.3 &+ r) &>> 12,
                 (p.4 &+ r) &>> 12, (p.5 &+ r) &>> 12, (p.6 &+ r) &>> 12, (p.7 &+ r) &>> 12)
        transpose8(&w)  // now w.k = input k of the row pass, vectors over rows
        let bad = outOfRange(w.0, 65536) | outOfRange(w.4, 65536) | outOfRange(w.1, 16384) | outOfRange(w.2, 16384)
            | outOfRange(w.3, 16384) | outOfRange(w.5, 16384) | outOfRange(w.6, 16384) | outOfRange(w.7, 16384)
        if any(bad .!= V32.zero) { return false }
        let q = islowSIMD(w.0, w.1, w.2, w.3, w.4, w.5, w.6, w.7)
        var o = (limit12SIMD(q.0), limit12SIMD(q.1), limit12SIMD(q.2), limit12SIMD(q.3),
                 limit12SIMD(q.4), limit12SIMD(q.5), limit12SIMD(q.6), limit12SIMD(q.7))
        transpose8(&o)  // now o.r = output row r
        let dst = UnsafeMutableRawPointer(out)
        let rowBytes = stride &* 2
        // The low 16 bits of each 32-bit lane (0...4095) are its even 16-bit half.
        @inline(__always) func store(_ v: V32, _ r: Int) {
            dst.storeBytes(of: unsafeBitCast(v, to: SIMD16<UInt16>.self).evenHalf, toByteOffset: rowBytes &* r,
                           as: SIMD8<UInt16>.self)
        }
        store(o.0, 0); store(o.1, 1); store(o.2, 2); store(o.3, 3)
        store(o.4, 4); store(o.5, 5); store(o.6, 6); store(o.7, 7)
        return true
        #else
        return false
        #endif
    }
}
