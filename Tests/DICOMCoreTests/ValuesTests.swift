import XCTest
#if canImport(Glibc)
import Glibc
#endif
@testable import DICOMCore
import TestSupport

/// Every VR: written with the DICOMCore writer in every uncompressed transfer syntax, read back
/// through DataSet.text / int64 / double / strings / valueMultiplicity.
final class ValuesTests: XCTestCase {
    /// One element per VR, on a tag whose dictionary VR is that VR (so implicit VR works too).
    static let elements: [WElement] = [
        WElement(T(0x0008, 0x0005), .CS, .strings(["ISO_IR 192"])),
        WElement(T(0x0008, 0x0054), .AE, .strings(["STORESCP"])),
        WElement(T(0x0010, 0x1010), .AS, .strings(["003Y"])),
        WElement(T(0x0028, 0x0009), .AT, .tags([T(0x0028, 0x0010), T(0x0018, 0x1063)])),
        WElement(T(0x0008, 0x0060), .CS, .strings(["DX"])),
        WElement(T(0x0008, 0x0008), .CS, .strings(["ORIGINAL", "PRIMARY", "AXIAL"])),
        WElement(T(0x0008, 0x0012), .DA, .strings(["20240315"])),
        WElement(T(0x0028, 0x0030), .DS, .doubles([0.15, -0.0025])),
        WElement(T(0x0008, 0x0015), .DT, .strings(["20240315101500.123456+0100"])),
        WElement(T(0x0008, 0x9459), .FL, .doubles([1.5, -2.25])),
        WElement(T(0x0008, 0x1163), .FD, .doubles([3.141592653589793, -1e-300])),
        WElement(T(0x0008, 0x1160), .IS, .ints([42, -7, 0])),
        WElement(T(0x0008, 0x0080), .LO, .strings(["Happy Paws Veterinary Clinic"])),
        WElement(T(0x0008, 0x0108), .LT, .strings(["line one\\ still one value"])),
        WElement(T(0x0008, 0x041B), .OB, .bytes([1, 2, 3])),
        WElement(T(0x003A, 0x032E), .OD, .doubles([0.5, 2.0])),
        WElement(T(0x0018, 0x1638), .OF, .doubles([0.25, -8])),
        WElement(T(0x0066, 0x0040), .OL, .ints([7, 70000])),
        WElement(T(0x0072, 0x0081), .OV, .ints([1 << 40])),
        WElement(T(0x0028, 0x1201), .OW, .ints([0x1234, 0xFFFF])),
        WElement(T(0x0010, 0x0010), .PN, .strings(["Smith^Buddy=スミス^バディ"])),
        WElement(T(0x0008, 0x0050), .SH, .strings(["VET0001"])),
        WElement(T(0x0018, 0x6020), .SL, .ints([-100000])),
        WElement(T(0x0018, 0x9219), .SS, .ints([-5])),
        WElement(T(0x0008, 0x0081), .ST, .strings(["1 Bark Lane\\Dogtown"])),
        WElement(T(0x0072, 0x0082), .SV, .ints([-(1 << 40), 5])),
        WElement(T(0x0008, 0x0013), .TM, .strings(["101500.5"])),
        WElement(T(0x0008, 0x0119), .UC, .strings(["LONG-CODE-VALUE-0001"])),
        WElement(T(0x0008, 0x0016), .UI, .strings(["1.2.840.10008.5.1.4.1.1.1.1"])),
        WElement(T(0x0040, 0xA132), .UL, .ints([4_000_000_000, 1])),
        WElement(T(0x0072, 0x006D), .UN, .bytes([0xDE, 0xAD, 0xBE, 0xEF])),
        WElement(T(0x0008, 0x010E), .UR, .strings(["http://snomed.info/sct"])),
        WElement(T(0x0028, 0x0010), .US, .ints([512])),
        WElement(T(0x0028, 0x0011), .US, .ints([65535])),
        WElement(T(0x0008, 0x030E), .UT, .strings(["a long text\\with a backslash"])),
        WElement(T(0x0008, 0x040C), .UV, .ints([1 << 62])),
        WElement(T(0x0010, 0x2202), .SQ, .items([WItem([
            WElement(T(0x0008, 0x0100), .SH, .strings(["448771007"])),
            WElement(T(0x0008, 0x0102), .SH, .strings(["SCT"])),
            WElement(T(0x0008, 0x0104), .LO, .strings(["Canis lupus familiaris"])),
        ])])),
    ]

    static let syntaxes = [TransferSyntax.implicitVRLittleEndian, TransferSyntax.explicitVRLittleEndian,
                           TransferSyntax.explicitVRBigEndian, TransferSyntax.deflatedExplicitVRLittleEndian]

    func testTagsUseTheirDictionaryVR() {
        for e in Self.elements where e.tag.group != 0x0008 || e.tag.element != 0x0005 {
            XCTAssertEqual(DataDictionary.vr(for: e.tag.value), e.vr, "\(e.tag)")
        }
    }

    func testEveryVRInEverySyntax() throws {
        for ts in Self.syntaxes {
            let bytes = try makeFile(Self.elements, transferSyntax: ts)
            let f = try parseBytes(bytes)
            XCTAssertEqual(f.transferSyntax.uid, ts)
            XCTAssertFalse(f.transferSyntaxInferred, ts)
            try check(f.dataSet, ts)
        }
    }

    func testEveryVRInBareDataSets() throws {
        for enc in [WEncoding.implicitLittleEndian, .explicitLittleEndian, .explicitBigEndian] {
            let bytes = try DICOMWriter.dataSet(Self.elements, encoding: enc)
            let f = try parseBytes(bytes)
            XCTAssertFalse(f.hasPreamble)
            XCTAssertFalse(f.hasFileMeta)
            XCTAssertEqual(f.transferSyntax.bigEndian, enc == .explicitBigEndian, "\(enc)")
            XCTAssertEqual(f.transferSyntax.explicitVR, enc != .implicitLittleEndian, "\(enc)")
            try check(f.dataSet, "\(enc)")
        }
    }

    func check(_ ds: DataSet, _ ts: String) throws {
        func el(_ g: UInt16, _ e: UInt16) throws -> Element {
            guard let x = ds.element(T(g, e)) else { throw DICOMError(.notFound, "\(T(g, e)) missing in \(ts)") }
            return x
        }
        func text(_ g: UInt16, _ e: UInt16, _ i: Int = -1) throws -> String { try ds.text(try el(g, e), index: i) }
        XCTAssertEqual(try text(0x0008, 0x0054), "STORESCP", ts)
        XCTAssertEqual(try text(0x0010, 0x1010), "003Y", ts)
        let at = try el(0x0028, 0x0009)
        XCTAssertEqual(at.vr, .AT)
        XCTAssertEqual(ds.valueMultiplicity(at), 2, ts)
        XCTAssertEqual(try ds.tagValue(at, 1), T(0x0018, 0x1063), ts)
        XCTAssertEqual(try ds.text(at, index: -1), "(0028,0010)\\(0018,1063)", ts)
        XCTAssertEqual(try text(0x0008, 0x0060), "DX", ts)
        let it = try el(0x0008, 0x0008)
        XCTAssertEqual(ds.strings(it), ["ORIGINAL", "PRIMARY", "AXIAL"], ts)
        XCTAssertEqual(ds.valueMultiplicity(it), 3, ts)
        XCTAssertEqual(try text(0x0008, 0x0012), "20240315", ts)
        let dsE = try el(0x0028, 0x0030)
        XCTAssertEqual(ds.valueMultiplicity(dsE), 2, ts)
        XCTAssertEqual(try ds.double(dsE, index: 0), 0.15, ts)
        XCTAssertEqual(try ds.double(dsE, index: 1), -0.0025, ts)
        XCTAssertEqual(ds.doubles(T(0x0028, 0x0030)), [0.15, -0.0025], ts)
        XCTAssertEqual(try text(0x0008, 0x0015), "20240315101500.123456+0100", ts)
        let fl = try el(0x0008, 0x9459)
        XCTAssertEqual(ds.valueMultiplicity(fl), 2, ts)
        XCTAssertEqual(try ds.double(fl, index: 1), -2.25, ts)
        XCTAssertEqual(try ds.text(fl, index: -1), "1.5\\-2.25", ts)
        let fd = try el(0x0008, 0x1163)
        XCTAssertEqual(try ds.double(fd, index: 0), 3.141592653589793, ts)
        XCTAssertEqual(try ds.double(fd, index: 1), -1e-300, ts)
        let isE = try el(0x0008, 0x1160)
        XCTAssertEqual(ds.valueMultiplicity(isE), 3, ts)
        XCTAssertEqual(try ds.int64(isE, index: 1), -7, ts)
        XCTAssertEqual(try text(0x0008, 0x0080), "Happy Paws Veterinary Clinic", ts)
        let lt = try el(0x0008, 0x0108)
        XCTAssertEqual(ds.valueMultiplicity(lt), 1, ts)
        XCTAssertEqual(ds.strings(lt), ["line one\\ still one value"], ts)
        let ob = try el(0x0008, 0x041B)
        XCTAssertEqual(ob.length, 4, "OB padded to even length, \(ts)")
        XCTAssertEqual([UInt8](ds.rawValue(ob)), [1, 2, 3, 0], ts)
        XCTAssertEqual(ds.valueMultiplicity(ob), 1, ts)
        XCTAssertThrowsError(try ds.text(ob, index: 0)) { XCTAssertEqual(($0 as? DICOMError)?.status, .typeMismatch) }
        XCTAssertEqual(try ds.double(try el(0x003A, 0x032E), index: 1), 2.0, ts)
        XCTAssertEqual(try ds.double(try el(0x0018, 0x1638), index: 1), -8, ts)
        XCTAssertEqual(try ds.int64(try el(0x0066, 0x0040), index: 1), 70000, ts)
        XCTAssertEqual(try ds.int64(try el(0x0072, 0x0081), index: 0), 1 << 40, ts)
        let ow = try el(0x0028, 0x1201)
        XCTAssertEqual(try ds.int64(ow, index: 0), 0x1234, ts)
        XCTAssertEqual(try ds.int64(ow, index: 1), 0xFFFF, ts)
        XCTAssertEqual(try text(0x0010, 0x0010), "Smith^Buddy=スミス^バディ", ts)
        XCTAssertEqual(try text(0x0008, 0x0050), "VET0001", ts)
        XCTAssertEqual(try ds.int64(try el(0x0018, 0x6020), index: 0), -100000, ts)
        XCTAssertEqual(try ds.int64(try el(0x0018, 0x9219), index: 0), -5, ts)
        XCTAssertEqual(try text(0x0008, 0x0081), "1 Bark Lane\\Dogtown", ts)
        let sv = try el(0x0072, 0x0082)
        XCTAssertEqual(ds.valueMultiplicity(sv), 2, ts)
        XCTAssertEqual(try ds.int64(sv, index: 0), -(1 << 40), ts)
        XCTAssertEqual(try text(0x0008, 0x0013), "101500.5", ts)
        XCTAssertEqual(try text(0x0008, 0x0119), "LONG-CODE-VALUE-0001", ts)
        let ui = try el(0x0008, 0x0016)
        XCTAssertEqual(ui.length % 2, 0)
        XCTAssertEqual(ds.rawValue(ui).last, 0, "UI padded with NUL, \(ts)")
        XCTAssertEqual(try ds.text(ui, index: 0), "1.2.840.10008.5.1.4.1.1.1.1", ts)
        let ul = try el(0x0040, 0xA132)
        XCTAssertEqual(try ds.int64(ul, index: 0), 4_000_000_000, ts)
        XCTAssertEqual(ds.valueMultiplicity(ul), 2, ts)
        let un = try el(0x0072, 0x006D)
        XCTAssertEqual(un.vr, .UN, ts)
        XCTAssertEqual([UInt8](ds.rawValue(un)), [0xDE, 0xAD, 0xBE, 0xEF], ts)
        XCTAssertEqual(try text(0x0008, 0x010E), "http://snomed.info/sct", ts)
        XCTAssertEqual(ds.int(T(0x0028, 0x0010)), 512, ts)
        XCTAssertEqual(ds.int(T(0x0028, 0x0011)), 65535, ts)
        XCTAssertEqual(try text(0x0008, 0x030E), "a long text\\with a backslash", ts)
        XCTAssertEqual(try text(0x0008, 0x040C), String(UInt64(1) << 62), ts)
        let sq = try el(0x0010, 0x2202)
        XCTAssertEqual(sq.vr, .SQ, ts)
        XCTAssertEqual(ds.valueMultiplicity(sq), 1, ts)
        let (_, meaning) = try ds.lookup("PatientSpeciesCodeSequence[0].CodeMeaning")
        XCTAssertEqual(meaning.tag, T(0x0008, 0x0104))
        XCTAssertEqual(ds.items(T(0x0010, 0x2202)).first?.string(T(0x0008, 0x0104)), "Canis lupus familiaris", ts)
        XCTAssertThrowsError(try ds.text(sq, index: 0)) { XCTAssertEqual(($0 as? DICOMError)?.status, .typeMismatch) }
    }

    func testOutOfRangeAndMismatch() throws {
        let f = try parseBytes(try makeFile(Self.elements))
        let ds = f.dataSet
        guard let rows = ds.element(T(0x0028, 0x0010)), let lo = ds.element(T(0x0008, 0x0080)) else {
            return XCTFail("missing elements")
        }
        XCTAssertThrowsError(try ds.int64(rows, index: 1)) { XCTAssertEqual(($0 as? DICOMError)?.status, .outOfRange) }
        XCTAssertThrowsError(try ds.text(rows, index: 3)) { XCTAssertEqual(($0 as? DICOMError)?.status, .outOfRange) }
        XCTAssertThrowsError(try ds.double(lo, index: 0)) { XCTAssertEqual(($0 as? DICOMError)?.status, .typeMismatch) }
        XCTAssertNil(ds.int(T(0x0008, 0x0080)))
        XCTAssertNil(ds.string(T(0x0009, 0x0010)))
    }

    /// 6000 DS values (ContourData-like) read with doubles() quickly: each value must not
    /// re-split the whole string (quadratic: minutes at this size). The bound is a hang guard,
    /// generous for debug and sanitizer builds.
    func testDoublesOfLongDSIsLinear() throws {
        let values = (0..<6000).map { Double($0) / 4 }
        let ds = try parseBytes(try makeFile([WElement(T(0x3006, 0x0050), .DS, .doubles(values))])).dataSet
        let start = clock()
        let read = ds.doubles(T(0x3006, 0x0050))
        let seconds = Double(clock() - start) / Double(CLOCKS_PER_SEC)
        XCTAssertEqual(read, values)
        XCTAssertLessThan(seconds, 10, "doubles() of 6000 DS values took \(seconds) s")
    }

    func testDecimalParsingAndFormatting() {
        XCTAssertEqual(parseDecimal("  -1.5e3 "), -1500)
        XCTAssertEqual(parseDecimal("+2"), 2)
        XCTAssertNil(parseDecimal("abc"))
        XCTAssertNil(parseDecimal(""))
        XCTAssertEqual(formatDouble(1.5), "1.5")
        XCTAssertEqual(formatDouble(-3), "-3")
        XCTAssertEqual(formatDS(0.15), "0.15")
        XCTAssertLessThanOrEqual(formatDS(1.0 / 3.0).utf8.count, 16)
        XCTAssertEqual(Double(formatDS(1.0 / 3.0)) ?? 0, 1.0 / 3.0, accuracy: 1e-13)
    }
}
