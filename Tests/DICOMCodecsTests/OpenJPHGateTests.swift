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

    // MARK: Packet headers (OpenJPHPackets.swift)

    /// Decodes with OpenJPH forced on (behind the gate) and with OpenJPEG; both must give `want`.
    func decodeBoth(_ b: [UInt8], _ g: FrameGeometry, want: [UInt16], _ what: String) throws {
        for useOpenJPH in [false, true] {
            var settings = DecodeSettings()
            settings.useOpenJPH = useOpenJPH
            var out = [UInt8](repeating: 0, count: g.frameBytes ?? 0)
            _ = try b.withUnsafeBytes { cs in
                try out.withUnsafeMutableBytes { try JPEG2000.decode(cs, geometry: g, into: $0, settings: settings) }
            }
            let got = (0..<want.count).map { UInt16(out[2 * $0]) | UInt16(out[2 * $0 + 1]) << 8 }
            XCTAssertEqual(got, want, "\(what), OpenJPH \(useOpenJPH)")
        }
    }

    /// Codestreams of other shapes, written by OpenJPH's own encoder: tiles (also with a tile
    /// origin), precincts, code-block sizes, every progression order. The packet walk must let the
    /// ordinary ones through (else the speed is lost) and both decoders give the samples back.
    func testOtherWritersShapesPassAndDecode() throws {
        let w = 97, h = 75
        var samples = [Int32](repeating: 0, count: w * h)
        for i in 0..<(w * h) { samples[i] = Int32(truncatingIfNeeded: ((i % w) * 37 + (i / w) * 11 + (i * i) % 251) & 0xFFF) }
        let g = CodecTestHelpers.geometry(rows: h, columns: w, bitsAllocated: 16, bitsStored: 12)
        let shapes: [(String, [String], Bool)] = [
            ("LRCP", ["-prog_order", "LRCP"], true),
            ("RLCP", ["-prog_order", "RLCP"], true),
            ("RPCL", ["-prog_order", "RPCL"], true),
            ("PCRL, one precinct per resolution", ["-prog_order", "PCRL"], true),
            ("CPRL, one precinct per resolution", ["-prog_order", "CPRL"], true),
            ("RPCL, 32x32 precincts", ["-prog_order", "RPCL", "-num_decomps", "2", "-precincts", "{32,32}"], true),
            ("LRCP, 16x16 precincts", ["-prog_order", "LRCP", "-num_decomps", "2", "-precincts", "{16,16}"], true),
            ("code-blocks 32x16", ["-block_size", "{16,32}", "-num_decomps", "3"], true),
            ("tiles 40x40", ["-tile_size", "{40,40}", "-num_decomps", "3"], true),
            ("tiles with an origin", ["-tile_size", "{40,32}", "-tile_offset", "{5,3}", "-image_offset", "{9,7}", "-num_decomps", "2"], true),
            ("tiles 64x64, RPCL", ["-tile_size", "{64,64}", "-num_decomps", "3", "-prog_order", "RPCL"], true),
        ]
        var passed = 0
        for (what, extra, mustPass) in shapes {
            let b = try TestEncoders.htj2k(samples, width: w, height: h, bits: 12, signed: false, extra: extra)
            let ok = b.withUnsafeBytes { JPEG2000.openJPHCanTake($0) }
            if mustPass { XCTAssertTrue(ok, "\(what): refused by the gate") }
            if ok { passed += 1 }
            try decodeBoth(b, g, want: samples.map { UInt16($0) }, what)
        }
        XCTAssertEqual(passed, shapes.count)
    }

    /// The overflow the packet walk exists for: a tile-part whose last code-block is cut short
    /// (Psot kept consistent, so every marker segment is still fine). OpenJPH 0.9 would zero-fill
    /// the missing bytes past its buffer; the gate must refuse, and the decode ends without a signal.
    func testCodeBlockLongerThanItsTilePartIsRefused() throws {
        let (good, g) = try codestream()
        XCTAssertTrue(good.withUnsafeBytes { JPEG2000.openJPHCanTake($0) })
        guard let sot = offset(of: 0x90, in: good) else { return XCTFail("no SOT") }
        for cut in [1, 2, 17] {
            // Drop `cut` bytes before EOC and shrink Psot by as much.
            var b = Array(good[..<(good.count - 2 - cut)]) + [0xFF, 0xD9]
            let psot = (Int(b[sot + 6]) << 24 | Int(b[sot + 7]) << 16 | Int(b[sot + 8]) << 8 | Int(b[sot + 9])) - cut
            for k in 0..<4 { b[sot + 6 + k] = UInt8(truncatingIfNeeded: psot >> (24 - 8 * k)) }
            XCTAssertFalse(b.withUnsafeBytes { JPEG2000.openJPHCanTake($0) }, "cut \(cut)")
            decodeNeverTraps(b, g)
        }
    }

    /// Packet-header bytes changed one at a time (the bits OpenJPH 0.9 reads lengths, pass counts
    /// and Lblock from): whatever the gate lets through must decode without a signal (the ASan
    /// run of this suite checks the memory), and what it refuses goes to OpenJPEG.
    func testMutatedPacketHeadersNeverReachOpenJPHUnbounded() throws {
        let (good, g) = try codestream()
        guard let sot = offset(of: 0x90, in: good) else { return XCTFail("no SOT") }
        var sod = sot + 12
        while sod + 1 < good.count, !(good[sod] == 0xFF && good[sod + 1] == 0x93) { sod += 1 }
        var refused = 0
        for at in (sod + 2)..<min(sod + 2 + 24, good.count - 2) {
            for value: UInt8 in [0x00, 0xFF, 0x7F, good[at] ^ 0x10, good[at] ^ 0x01] where value != good[at] {
                var b = good
                b[at] = value
                if !b.withUnsafeBytes({ JPEG2000.openJPHCanTake($0) }) { refused += 1 }
                decodeNeverTraps(b, g)
            }
        }
        XCTAssertGreaterThan(refused, 0, "no mutation of the packet headers was refused")
    }

    /// Every reversible HT codestream of the corpus is walked by the gate; the ones it lets
    /// through decode through OpenJPH to the manifest's pixels (testCorpusHTJ2K in
    /// JPEG2000Tests decodes them all with the default settings, which now use OpenJPH).
    func testCorpusLosslessHTGoesToOpenJPH() throws {
        let sets = try CodecCorpus.frameSets(["1.2.840.10008.1.2.4.201", "1.2.840.10008.1.2.4.202"])
        var passed = 0, frames = 0
        var refused: [String] = []
        for set in sets {
            for frame in set.frames {
                frames += 1
                if frame.withUnsafeBytes({ JPEG2000.openJPHCanTake($0) }) { passed += 1 } else { refused.append(set.path) }
            }
        }
        print("OPENJPH-GATE corpus: \(passed) of \(frames) lossless HT frames accepted; refused: \(Set(refused).sorted())")
        XCTAssertGreaterThan(frames, 0)
        XCTAssertEqual(passed, frames, "corpus HT codestreams refused by the gate (they lose OpenJPH's speed)")
    }

    /// The shim's output layouts (openjph_shim.cpp: one component, 3 components with the colour
    /// transform written a row at a time, 3 components without it written line by line; 8- and
    /// 16-bit containers, signed and unsigned; a width that is no multiple of any vector width):
    /// OpenJPH and OpenJPEG both give back exactly the samples our encoder was given.
    func testShimLayoutsGiveTheSamplesBack() throws {
        let w = 97, h = 35
        let cases: [(spp: Int, bits: Int, stored: Int, signed: Bool, pi: String)] = [
            (1, 16, 16, false, "MONOCHROME2"), (1, 16, 12, true, "MONOCHROME2"), (1, 8, 8, false, "MONOCHROME2"),
            (3, 8, 8, false, "RGB"), (3, 16, 16, false, "RGB"), (3, 16, 12, true, "RGB"), (3, 8, 8, false, "YBR_FULL"),
        ]
        for c in cases {
            let what = "\(c.spp)x\(c.bits)-bit (\(c.stored) stored, \(c.signed ? "signed" : "unsigned"), \(c.pi))"
            let n = w * h * c.spp
            var raw = [UInt8](repeating: 0, count: n * c.bits / 8)
            for i in 0..<n {
                // Values spread over the whole range, containers sign-extended for signed samples.
                var v = Int((UInt32(truncatingIfNeeded: i &* 2_654_435_761) >> 9) & ((1 << c.stored) - 1))
                if c.signed && v >= 1 << (c.stored - 1) { v -= 1 << c.stored }
                if c.bits == 8 { raw[i] = UInt8(truncatingIfNeeded: v) } else {
                    raw[2 * i] = UInt8(truncatingIfNeeded: v)
                    raw[2 * i + 1] = UInt8(truncatingIfNeeded: v >> 8)
                }
            }
            let spec = FrameSpec(rows: h, columns: w, samplesPerPixel: c.spp, bitsAllocated: c.bits, bitsStored: c.stored,
                                 isSigned: c.signed, photometricInterpretation: c.pi)
            let e = try raw.withUnsafeBytes { try CodecRegistry.encode($0, uid: "1.2.840.10008.1.2.4.201", spec: spec, options: EncodeOptions()) }
            let g = CodecTestHelpers.geometry(rows: h, columns: w, samples: c.spp, bitsAllocated: c.bits,
                                              bitsStored: c.stored, signed: c.signed, photometric: c.pi)
            XCTAssertTrue(e.bytes.withUnsafeBytes { JPEG2000.openJPHCanTake($0) }, "\(what): refused by the gate")
            var viaOpenJPH = [UInt8](repeating: 0xAA, count: raw.count)
            let out = e.bytes.withUnsafeBytes { cs in
                viaOpenJPH.withUnsafeMutableBytes { HTJ2K.decode(cs, geometry: g, into: $0) }
            }
            XCTAssertNotNil(out, "\(what): OpenJPH did not decode")
            XCTAssertEqual(out?.color, c.pi == "RGB" ? .rgb : .asDeclared, what)
            XCTAssertTrue(viaOpenJPH == raw, "\(what): OpenJPH samples differ")
            var settings = DecodeSettings()
            settings.useOpenJPH = false
            var viaOpenJPEG = [UInt8](repeating: 0x55, count: raw.count)
            _ = try e.bytes.withUnsafeBytes { cs in
                try viaOpenJPEG.withUnsafeMutableBytes { try JPEG2000.decode(cs, geometry: g, into: $0, settings: settings) }
            }
            XCTAssertTrue(viaOpenJPEG == raw, "\(what): OpenJPEG samples differ")
        }
    }
}
