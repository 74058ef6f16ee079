import XCTest
@testable import DICOMJPEG

/// The 12-bit IDCT paths against the reference islow transform (`idctIslow`, the generic
/// jidctint.c port): the constant-folded scalar `idct12` on any 64-bit input, and the SIMD
/// `idct12SIMD` wherever it accepts a block (inputs in [-16384, 16383], its row-pass range check),
/// including the sign patterns that drive every output to the bounds its 32-bit lanes rely on.
final class JPEGIDCTTests: XCTestCase {
    /// A small deterministic generator (SplitMix64).
    struct Rng {
        var s: UInt64
        mutating func next() -> UInt64 {
            s &+= 0x9E37_79B9_7F4A_7C15
            var z = s
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ lo: Int, _ hi: Int) -> Int { lo + Int(next() % UInt64(hi - lo + 1)) }
    }

    func reference(_ c: [Int]) -> [Int32] {
        var out = [Int32](repeating: -1, count: 64)
        c.withUnsafeBufferPointer { cb in
            out.withUnsafeMutableBufferPointer { ob in
                SequentialDecoder.idctIslow(cb.baseAddress!, ob.baseAddress!, 8, pass1Bits: 1, center: 2048, maxSample: 4095)
            }
        }
        return out
    }

    func scalar12(_ c: [Int]) -> ([Int32], [UInt16]) {
        var o32 = [Int32](repeating: -1, count: 64)
        var o16 = [UInt16](repeating: 0xFFFF, count: 64)
        c.withUnsafeBufferPointer { cb in
            o32.withUnsafeMutableBufferPointer { SequentialDecoder.idct12(cb.baseAddress!, $0.baseAddress!, 8) }
            o16.withUnsafeMutableBufferPointer { SequentialDecoder.idct12(cb.baseAddress!, $0.baseAddress!, 8) }
        }
        return (o32, o16.map { UInt16(littleEndian: $0) })
    }

    /// The SIMD result (rows of 8 in a 12-wide buffer, to check the stride and that nothing
    /// outside the block is written), or nil when it declines the block.
    func simd12(_ c: [Int]) -> [UInt16]? {
        let c32 = c.map { Int32(truncatingIfNeeded: $0) }
        var buf = [UInt16](repeating: 0xBEEF, count: 12 * 8)
        let ok = c32.withUnsafeBufferPointer { cb in
            buf.withUnsafeMutableBufferPointer { SequentialDecoder.idct12SIMD(cb.baseAddress!, $0.baseAddress!, 12) }
        }
        for r in 0..<8 { for x in 8..<12 { XCTAssertEqual(buf[r * 12 + x], 0xBEEF, "SIMD IDCT wrote outside the block") } }
        if !ok {
            XCTAssertTrue(buf.allSatisfy { $0 == 0xBEEF }, "declined block was written")
            return nil
        }
        var out: [UInt16] = []
        for r in 0..<8 { for x in 0..<8 { out.append(UInt16(littleEndian: buf[r * 12 + x])) } }
        return out
    }

    /// Checks all paths on one block; returns whether the SIMD path took it.
    @discardableResult
    func check(_ c: [Int], _ what: String) -> Bool {
        let ref = reference(c)
        let (s32, s16) = scalar12(c)
        XCTAssertEqual(s32, ref, "idct12 (Int32) differs: \(what) \(c)")
        XCTAssertEqual(s16.map { Int32($0) }, ref, "idct12 (UInt16) differs: \(what) \(c)")
        guard c.allSatisfy({ $0 >= -16384 && $0 <= 16383 }), let v = simd12(c) else { return false }
        XCTAssertEqual(v.map { Int32($0) }, ref, "idct12SIMD differs: \(what) \(c)")
        return true
    }

    func testScalarAndSIMDMatchReferenceOnRandomBlocks() {
        var rng = Rng(s: 12)
        var simdTaken = 0
        var simdEligible = 0
        let magnitudes = [1, 8, 64, 512, 4096, 16383, 1 << 20, 1 << 31, Int.max >> 20]
        for n in 0..<3000 {
            let mag = magnitudes[n % magnitudes.count]
            var c = [Int](repeating: 0, count: 64)
            // Sparse low-frequency blocks, dense blocks and single coefficients.
            let kind = (n / magnitudes.count) % 3
            let count = kind == 0 ? rng.int(1, 10) : (kind == 1 ? 64 : 1)
            for _ in 0..<count {
                let i = kind == 0 ? rng.int(0, 20) : rng.int(0, 63)
                c[i] = rng.int(-mag, mag)
            }
            c[0] = rng.int(-mag, mag)
            if c.allSatisfy({ $0 >= -16384 && $0 <= 16383 }) { simdEligible += 1 }
            if check(c, "random \(n)") { simdTaken += 1 }
        }
        // The SIMD path must actually run on most in-range blocks (typical image blocks).
        XCTAssertGreaterThan(simdTaken, simdEligible / 2)
    }

    func testBoundaryBlocks() {
        // K[j][i]: weight of input i in output j of the 1-D transform (from the scalar butterfly).
        var k = [[Int]](repeating: [Int](repeating: 0, count: 8), count: 8)
        for i in 0..<8 {
            var x = [Int](repeating: 0, count: 8)
            x[i] = 1
            let y = SequentialDecoder.islow1D(x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7])
            let ys = [y.0, y.1, y.2, y.3, y.4, y.5, y.6, y.7]
            for j in 0..<8 { k[j][i] = ys[j] }
        }
        XCTAssertEqual(k[0], [8192, 11363, 10703, 9633, 8192, 6437, 4433, 2260])
        var taken = 0
        // Each 2-D output (j, j') at its extreme: every coefficient at the bound with the sign
        // of its weight, for both signs and both bounds; and the same with DC only / row-only /
        // column-only patterns (these stay inside the row-pass range and take the SIMD path).
        for m in [16383, -16384, 4096, -4096, 2047] {
            for j in 0..<8 {
                for jj in 0..<8 {
                    var full = [Int](repeating: 0, count: 64)
                    var firstRow = [Int](repeating: 0, count: 64)
                    var firstCol = [Int](repeating: 0, count: 64)
                    for i in 0..<8 {
                        for ii in 0..<8 {
                            let s = (k[j][i] >= 0) == (k[jj][ii] >= 0) ? 1 : -1
                            full[i * 8 + ii] = s * m == 16384 ? 16383 : s * m
                        }
                        firstRow[i] = (k[jj][i] >= 0 ? 1 : -1) * m == 16384 ? 16383 : (k[jj][i] >= 0 ? 1 : -1) * m
                        firstCol[i * 8] = (k[j][i] >= 0 ? 1 : -1) * m == 16384 ? 16383 : (k[j][i] >= 0 ? 1 : -1) * m
                    }
                    if check(full, "extreme \(m) \(j),\(jj)") { taken += 1 }
                    if check(firstRow, "row \(m) \(jj)") { taken += 1 }
                    if check(firstCol, "col \(m) \(j)") { taken += 1 }
                }
            }
        }
        XCTAssertGreaterThan(taken, 0)
        // DC alone over its whole SIMD range, and clamping at both ends.
        for dc in stride(from: -16384, through: 16383, by: 97) {
            var c = [Int](repeating: 0, count: 64)
            c[0] = dc
            c[1] = dc / 3
            XCTAssertTrue(check(c, "dc \(dc)"), "SIMD path declined an in-range block with DC \(dc)")
        }
    }
}
