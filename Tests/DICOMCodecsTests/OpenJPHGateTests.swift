import XCTest
@testable import DICOMCodecs
import DICOMCore
import TestSupport

/// The gate in front of OpenJPH 0.9 (OpenJPHGate.swift): hand-built header faults, each of which
/// aborted, crashed or divided by zero inside OpenJPH when fuzzed, must be kept from it, and the
/// decode must then end with a result or an error from OpenJPEG, never a signal.
final class OpenJPHGateTests: XCTestCase {
    /// A lossless HT codestream from our encoder (SIZ, CAP, COD, QCD, SOT, ..., EOC), 64x48 u16.
    func codestream() throws -> (bytes: [UInt8], geometry: FrameGeometry) {
        let rows = 48, columns = 64
        let spec = FrameSpec(rows: rows, columns: columns, samplesPerPixel: 1, bitsAllocated: 16, bitsStored: 16,
                             isSigned: false, photometricInterpretation: "MONOCHROME2")
        var raw = [UInt8](repeating: 0, count: rows * columns * 2)
        for i in 0..<(rows * columns) {
            let v = UInt16(truncatingIfNeeded: (i &* 2_654_435_761) >> 7)
            raw[2 * i] = UInt8(v & 0xFF)
            raw[2 * i + 1] = UInt8(v >> 8)
        }
        let e = try raw.withUnsafeBytes { try CodecRegistry.encode($0, uid: "1.2.840.10008.1.2.4.201", spec: spec, options: EncodeOptions()) }
        return (e.bytes, CodecTestHelpers.geometry(rows: rows, columns: columns, bitsAllocated: 16, bitsStored: 16))
    }

    /// Offset of the first marker `m` (FFxx) in the main header or the first tile-part header.
    func offset(of m: UInt8, in b: [UInt8]) -> Int? {
        var pos = 2
        while pos + 4 <= b.count, b[pos] == 0xFF {
            if b[pos + 1] == m { return pos }
            if b[pos + 1] == 0x90 {
                // Inside the first tile-part header: SOT is 12 bytes, then its markers.
                if m == 0x90 { return pos }
                pos += 12
                continue
            }
            if b[pos + 1] == 0x93 { return nil }
            pos += 2 + (Int(b[pos + 2]) << 8 | Int(b[pos + 3]))
        }
        return nil
    }

    func decodeNeverTraps(_ b: [UInt8], _ g: FrameGeometry) {
        guard let n = g.frameBytes else { return XCTFail("no frame size") }
        var out = [UInt8](repeating: 0, count: n)
        var opted = DecodeSettings()
        opted.useOpenJPH = true  // the gate must keep these from OpenJPH even when opted in
        for settings in [DecodeSettings(), opted] {
            _ = try? b.withUnsafeBytes { cs in
                try out.withUnsafeMutableBytes { try JPEG2000.decode(cs, geometry: g, into: $0, settings: settings) }
            }
        }
    }

    func testOwnCodestreamPasses() throws {
        let (b, _) = try codestream()
        XCTAssertTrue(b.withUnsafeBytes { JPEG2000.openJPHCanTake($0) })
    }

    func testHeaderFaultsAreKeptFromOpenJPH() throws {
        let (good, g) = try codestream()
        guard let siz = offset(of: 0x51, in: good), let cod = offset(of: 0x52, in: good),
              let qcd = offset(of: 0x5C, in: good), let sot = offset(of: 0x90, in: good) else {
            return XCTFail("encoder output lacks SIZ/COD/QCD/SOT")
        }
        // (what, mutation) pairs; offsets per ISO/IEC 15444-1 A.4-A.6 (marker, length, fields).
        let faults: [(String, (inout [UInt8]) -> Void)] = [
            ("XTsiz 0 (division by the tile width)", { b in for k in 0..<4 { b[siz + 22 + k] = 0 } }),
            ("YTsiz 0", { b in for k in 0..<4 { b[siz + 26 + k] = 0 } }),
            ("XRsiz 0 (division by the sampling)", { b in b[siz + 41] = 0 }),
            ("YRsiz 2 (subsampled)", { b in b[siz + 42] = 2 }),
            ("tile origin after the image origin", { b in b[siz + 33] = 1 }),
            ("Csiz 0", { b in b[siz + 38] = 0; b[siz + 39] = 0 }),
            ("precision 33 bits", { b in b[siz + 40] = 32 }),
            ("11 levels for QCD's 16 step sizes (get_Kmax asserts)", { b in b[cod + 9] = b[cod + 9] &+ 1 }),
            ("more levels than the tile has samples", { b in b[cod + 9] = 7 }),
            ("unknown progression order", { b in b[cod + 5] = 9 }),
            ("zero layers", { b in b[cod + 6] = 0; b[cod + 7] = 0 }),
            ("two layers", { b in b[cod + 7] = 2 }),
            ("code-block 4x4", { b in b[cod + 10] = 0 }),
            ("mixed code-block style", { b in b[cod + 12] |= 0x80 }),
            ("Xsiz 2^31", { b in b[siz + 6] = 0x80 }),
            ("9/7 wavelet", { b in b[cod + 13] = 0 }),
            ("code-block 2^10 wide", { b in b[cod + 10] = 8 }),
            ("SOP markers declared", { b in b[cod + 4] |= 2 }),
            ("QCD scalar expounded", { b in b[qcd + 4] = (b[qcd + 4] & 0xE0) | 2 }),
            ("QCD exponent 31 with 2 guard bits", { b in b[qcd + 4] = 2 << 5; b[qcd + 5] = 31 << 3 }),
            ("Isot outside the tile grid (null tile in parse_tile_header)", { b in b[sot + 4] = 0; b[sot + 5] = 7 }),
            ("TPsot 1 first", { b in b[sot + 10] = 1 }),
            ("Lsot 12", { b in b[sot + 3] = 12 }),
            ("Psot past the data", { b in b[sot + 6] = 0x7F }),
            ("Psot 0", { b in for k in 6..<10 { b[sot + k] = 0 } }),
            ("no EOC", { b in b.removeLast(2) }),
            ("COC in the main header", { b in b[cod + 1] = 0x53 }),
        ]
        for (what, mutate) in faults {
            var b = good
            mutate(&b)
            XCTAssertFalse(b.withUnsafeBytes { JPEG2000.openJPHCanTake($0) }, what)
            decodeNeverTraps(b, g)
        }
    }
}
