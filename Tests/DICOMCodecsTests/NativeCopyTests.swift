@testable import DICOMCodecs
import XCTest

/// The fused copy + Bits Stored correction of little-endian monochrome native frames.
final class NativeCopyTests: XCTestCase {
    func testCopyMaskedMatchesCopyThenShift() {
        let values: [UInt16] = [0, 1, 0x0FFF, 0x1000, 0x8FFF, 0xF800, 0xFFFF, 0x7FFF, 0x0800, 0x1234]
        for shift in [1, 4, 6, 15] {
            for signed in [false, true] {
                for misaligned in [0, 1] {
                    var src = [UInt8](repeating: 0, count: values.count * 2 + 1)
                    for (i, v) in values.enumerated() {
                        src[misaligned + 2 * i] = UInt8(v & 0xFF)
                        src[misaligned + 2 * i + 1] = UInt8(v >> 8)
                    }
                    var fused = [UInt16](repeating: 0xAAAA, count: values.count)
                    var twoPass = values
                    src.withUnsafeBytes { s in
                        fused.withUnsafeMutableBytes { d in
                            copyMasked16(s.baseAddress! + misaligned, d.baseAddress!, count: values.count, shift: shift, signed: signed)
                        }
                    }
                    twoPass.withUnsafeMutableBytes { shiftCorrect($0.baseAddress!, count: values.count, bytes: 2, shift: shift, signed: signed) }
                    XCTAssertEqual(fused, twoPass, "shift \(shift) signed \(signed) misaligned \(misaligned)")
                    let bits = 16 - shift
                    for (i, v) in fused.enumerated() {
                        let stored = Int(values[i]) & ((1 << bits) - 1)
                        let expect = signed && stored >= 1 << (bits - 1) ? stored - (1 << bits) : stored
                        XCTAssertEqual(signed ? Int(Int16(bitPattern: v)) : Int(v), expect)
                    }
                }
            }
        }
    }
}
