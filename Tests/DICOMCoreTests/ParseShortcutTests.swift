import XCTest
@testable import DICOMCore
import TestSupport

/// The parser's shortcuts (issue 10: a cheaper open) give what the general paths give: VR from
/// its letters, the dictionary's VRs without building entries, the private creator look-up once
/// per run of a block, the usual Specific Character Set spellings, trimUID without a copy.
final class ParseShortcutTests: XCTestCase {
    func testVRFromLettersMatchesRawValue() {
        for b0 in 0...255 {
            for b1 in 0...255 {
                let a = VR(UInt8(b0), UInt8(b1))
                let b = VR(rawValue: UInt16(b0) << 8 | UInt16(b1))
                if a != b { return XCTFail("VR(\(b0), \(b1)) = \(String(describing: a)), rawValue gives \(String(describing: b))") }
            }
        }
        XCTAssertEqual(VR(0x53, 0x51), .SQ)
        XCTAssertNil(VR(0x61, 0x65)) // "ae": lower case is no VR
    }

    /// Outside the generated table (group lengths, private creators, repeaters, unknown tags):
    /// `vr(for:)` is the synthesized entry's VR.
    func testSynthesizedVRMatchesEntry() {
        let groups: [UInt32] = [0x0008, 0x0009, 0x0028, 0x0029, 0x1000, 0x1010, 0x5000, 0x5002, 0x501E,
                                0x6000, 0x6001, 0x6002, 0x60FE, 0x7F00, 0x7F02, 0x7FE0, 0xFFFE]
        var checked = 0
        for g in groups {
            for e in Array(0..<0x200) + [0x1010, 0x3000, 0x3001, 0xFFFF] {
                let tag = g << 16 | UInt32(e)
                guard DataDictionary.TagIndex.shared.index(of: tag) == nil else { continue }
                XCTAssertEqual(DataDictionary.vr(for: tag), DataDictionary.entry(for: tag)?.vr,
                               String(tag, radix: 16))
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 5000)
    }

    /// `hasTwoLetterVR` is true only where the entry's vrString has two letters, and for every
    /// line but the multi-VR ones ("US or SS", "OB or OW", ...).
    func testTwoLetterVRShortcut() {
        var multi = 0
        for tag in DataDictionary.TagIndex.shared.tags {
            let e = DataDictionary.entry(for: tag)
            if DataDictionary.hasTwoLetterVR(tag) {
                XCTAssertEqual(e?.vrString.utf8.count, 2, String(tag, radix: 16))
            } else {
                XCTAssertNotEqual(e?.vrString.utf8.count, 2, String(tag, radix: 16))
                multi += 1
            }
        }
        XCTAssertGreaterThan(multi, 30)
        XCTAssertFalse(DataDictionary.hasTwoLetterVR(0x0028_0106)) // US or SS
        XCTAssertTrue(DataDictionary.hasTwoLetterVR(0x0028_0010))  // Rows: US
        XCTAssertFalse(DataDictionary.hasTwoLetterVR(0x6000_3000)) // repeater: not in the table
    }

    /// Implicit VR: "US or SS" becomes SS under Pixel Representation 1, "OB or OW" becomes OW,
    /// plain US stays US.
    func testAmbiguousVRsResolved() throws {
        let bytes = implicitElement(0x0008, 0x0060, Array("OT".utf8))
            + implicitElement(0x0014, 0x3050, [1, 2, 3, 4])          // DarkCurrentCounts: OB or OW
            + implicitElement(0x0028, 0x0010, [4, 0])                 // Rows: US
            + implicitElement(0x0028, 0x0103, [1, 0])                 // Pixel Representation 1
            + implicitElement(0x0028, 0x0106, [0xFF, 0xFF])           // Smallest...: US or SS
        let p = try parseBytes(bytes)
        let vrs = p.dataSet.elements.map(\.vr)
        XCTAssertEqual(vrs, [.CS, .OW, .US, .US, .SS])
    }

    /// Private elements of implicit VR get their creator's VR; a block named again later uses
    /// its new creator (the look-up cached for a run of the block is dropped).
    func testPrivateCreatorLookups() throws {
        func text(_ s: String) -> [UInt8] { var b = Array(s.utf8); if b.count % 2 == 1 { b.append(0x20) }; return b }
        let bytes = implicitElement(0x0008, 0x0060, Array("OT".utf8))
            + implicitElement(0x0029, 0x0010, text("SIEMENS CSA HEADER"))
            + implicitElement(0x0029, 0x0011, text("NO SUCH CREATOR"))
            + implicitElement(0x0029, 0x1008, text("IMAGE NUM 4"))    // CS
            + implicitElement(0x0029, 0x1108, [1, 2, 3, 4])           // unknown creator: UN
            + implicitElement(0x0029, 0x1010, [1, 2, 3, 4])           // OB
            + implicitElement(0x0029, 0x1110, [1, 2, 3, 4])           // UN
            + implicitElement(0x0029, 0x0011, text("SIEMENS CSA HEADER"))
            + implicitElement(0x0029, 0x1108, text("IMAGE NUM 4"))    // now CS
            + implicitElement(0x0029, 0x1008, text("IMAGE NUM 4"))    // CS
        let p = try parseBytes(bytes)
        let vrs = p.dataSet.elements.map(\.vr)
        XCTAssertEqual(vrs, [.CS, .LO, .LO, .CS, .UN, .OB, .UN, .LO, .CS, .CS])
    }

    func testUsualCharacterSetSpellings() {
        typealias Term = SpecificCharacterSet.Term
        // The shortcut spellings parse as their variants through the general path.
        XCTAssertEqual(Term.parse("ISO_IR 100"), Term.parse("iso_ir 100"))
        XCTAssertEqual(Term.parse("ISO 2022 IR 100"), Term.parse("iso 2022 ir 100"))
        XCTAssertEqual(Term.parse("ISO_IR 192"), Term.parse("iso_ir 192"))
        XCTAssertEqual(Term.parse("ISO_IR 6"), Term.parse("iso_ir 6"))
        XCTAssertEqual(Term.parse("ISO 2022 IR 6"), Term.parse("iso 2022 ir 6"))
        XCTAssertEqual(Term.parse("ISO_IR 100"), .single(.latin1))
        XCTAssertEqual(Term.parse("ISO_IR 192"), .utf8)
        XCTAssertEqual(Term.parse("ISO_IR 6"), .default)
    }

    func testTrimUID() {
        XCTAssertEqual(trimUID("1.2.840.10008.1.2.1\0"), "1.2.840.10008.1.2.1")
        XCTAssertEqual(trimUID(" 1.2 \r\n\t"), "1.2")
        XCTAssertEqual(trimUID("1.2.840.10008.1.2.4.50"), "1.2.840.10008.1.2.4.50")
        XCTAssertEqual(trimUID(""), "")
        XCTAssertEqual(trimUID("\0 \0"), "")
        XCTAssertEqual(trimUID("\t1.2"), "\t1.2") // only spaces are leading padding
    }

    /// One implicit VR little endian element.
    private func implicitElement(_ g: UInt16, _ e: UInt16, _ value: [UInt8]) -> [UInt8] {
        let n = UInt32(value.count)
        return [UInt8(g & 0xFF), UInt8(g >> 8), UInt8(e & 0xFF), UInt8(e >> 8),
                UInt8(n & 0xFF), UInt8((n >> 8) & 0xFF), UInt8((n >> 16) & 0xFF), UInt8(n >> 24)] + value
    }
}
