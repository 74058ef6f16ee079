import Dispatch
import XCTest
@testable import DICOMCore

/// Data dictionary look-ups, checked against pydicom 3.0.2 (`pydicom.datadict`).
final class DictionaryTests: XCTestCase {
    func testExactEntries() throws {
        let pn = try XCTUnwrap(DataDictionary.entry(for: 0x0010_0010))
        XCTAssertEqual(pn.tag, 0x0010_0010)
        XCTAssertEqual(pn.vr, .PN)
        XCTAssertEqual(pn.vrString, "PN")
        XCTAssertEqual(pn.vm, "1")
        XCTAssertFalse(pn.retired)
        XCTAssertEqual(pn.keyword, "PatientName")
        XCTAssertEqual(pn.name, "Patient's Name")

        let pixel = try XCTUnwrap(DataDictionary.entry(for: 0x7FE0_0010))
        XCTAssertEqual(pixel.vr, .OB)
        XCTAssertEqual(pixel.vrString, "OB or OW")
        XCTAssertEqual(pixel.keyword, "PixelData")

        let smallest = try XCTUnwrap(DataDictionary.entry(for: 0x0028_0106))
        XCTAssertEqual(smallest.vr, .US)
        XCTAssertEqual(smallest.vrString, "US or SS")
        XCTAssertEqual(smallest.keyword, "SmallestImagePixelValue")

        // Values from pydicom's DicomDictionary (random sample, seed 7).
        let samples: [(UInt32, VR, String, Bool, String)] = [
            (0x0040_A068, .SQ, "1", true, "DocumentAuthorIdentifierCodeSequenceTrial"),
            (0x0018_9069, .FD, "1", false, "ParallelReductionFactorInPlane"),
            (0x006A_0006, .UT, "1", false, "AnnotationGroupDescription"),
            (0x0010_1050, .LO, "1-n", true, "InsurancePlanIdentification"),
            (0x0014_405C, .ST, "1", false, "DelayLawIdentifier"),
            (0x300A_0273, .SH, "1", false, "AfterloaderChannelID"),
            (0x0016_1004, .CS, "1-n", false, "ImmersionMedia"),
            (0x300C_00F6, .IS, "1", false, "ReferencedStopControlPointIndex"),
            (0x0020_9245, .FL, "1", false, "NominalPercentageOfRespiratoryPhase"),
            (0x0002_0010, .UI, "1", false, "TransferSyntaxUID"),
            (0x0008_0005, .CS, "1-n", false, "SpecificCharacterSet"),
            (0x0028_0008, .IS, "1", false, "NumberOfFrames"),
            (0x0028_1201, .OW, "1", false, "RedPaletteColorLookupTableData"),
        ]
        for (tag, vr, vm, retired, keyword) in samples {
            let e = try XCTUnwrap(DataDictionary.entry(for: tag), keyword)
            XCTAssertEqual(e.vr, vr, keyword)
            XCTAssertEqual(e.vm, vm, keyword)
            XCTAssertEqual(e.retired, retired, keyword)
            XCTAssertEqual(e.keyword, keyword)
            XCTAssertEqual(DataDictionary.vr(for: tag), vr, keyword)
            XCTAssertEqual(DataDictionary.entry(forKeyword: keyword)?.tag, tag, keyword)
        }
    }

    func testWholeTableMatchesPydicomCounts() {
        // pydicom 3.0.2: len(DicomDictionary) == 5091, 423 retired, 88 repeaters; VR counts below.
        let t = DataDictionary.Tables.shared
        XCTAssertEqual(t.entries.count, 5091)
        XCTAssertEqual(t.repeaters.count, 88)
        XCTAssertEqual(t.entries.filter(\.retired).count, 423)
        XCTAssertEqual(t.entries.filter { $0.vrString == "SQ" }.count, 1277)
        XCTAssertEqual(t.entries.filter { $0.vrString == "US or SS" }.count, 25)
        XCTAssertEqual(t.entries.filter { $0.vrString == "NONE" }.count, 3)
        XCTAssertEqual(t.entries.filter { $0.vr == .UN }.count, 4)  // 3 x NONE + 1 x UN
        XCTAssertTrue(zip(t.tags, t.tags.dropFirst()).allSatisfy { $0 < $1 })
        for (i, e) in t.entries.enumerated() { XCTAssertEqual(e.tag, t.tags[i]); XCTAssertEqual(e.vr, t.vrs[i]) }
        XCTAssertEqual(DataDictionary.sourceVersion, "3.0.2")
    }

    func testPrivateDictionary() throws {
        // Every distinct key of the generated table (10,545 lines, 11 of them repeated keys or key
        // forms pydicom never matches): the byte parser keeps all of them.
        XCTAssertEqual(PrivateDictionary.count, 10_534)
        // "GGGGxxEE": any block.
        XCTAssertEqual(PrivateDictionary.vr(creator: "SIEMENS CSA HEADER", tag: 0x0029_1008), .CS)
        XCTAssertEqual(PrivateDictionary.vr(creator: "SIEMENS CSA HEADER", tag: 0x0029_1108), .CS)
        XCTAssertEqual(PrivateDictionary.vr(creator: "SIEMENS CSA HEADER ", tag: 0x0029_1010), .OB)
        XCTAssertEqual(PrivateDictionary.entry(creator: "SIEMENS CSA HEADER", tag: 0x0029_1008)?.name,
                       "CSA Image Header Type")
        // Exact keys, and "GGxxxxEE" (any group of the range).
        XCTAssertEqual(PrivateDictionary.vr(creator: "ELSCINT1", tag: 0x00E1_1021), .DS)
        XCTAssertNotNil(PrivateDictionary.entry(creator: "DLX_ANNOT_01", tag: 0x7001_1004))
        // Unknown creator or element.
        XCTAssertNil(PrivateDictionary.vr(creator: "NO SUCH CREATOR", tag: 0x0029_1008))
        XCTAssertNil(PrivateDictionary.vr(creator: "SIEMENS CSA HEADER", tag: 0x0029_10FE))
    }

    func testRepeatingGroups() throws {
        let overlay = try XCTUnwrap(DataDictionary.entry(for: 0x6002_3000))
        XCTAssertEqual(overlay.tag, 0x6002_3000)
        XCTAssertEqual(overlay.keyword, "OverlayData")
        XCTAssertEqual(overlay.vr, .OB)
        XCTAssertEqual(DataDictionary.vr(for: 0x601E_0010), .US)        // OverlayRows
        XCTAssertEqual(DataDictionary.vr(for: 0x6000_0050), .SS)        // OverlayOrigin
        XCTAssertEqual(DataDictionary.entry(for: 0x5010_0010)?.keyword, "NumberOfPoints")
        XCTAssertEqual(DataDictionary.entry(for: 0x1000_0120)?.keyword, "EscapeTriplet")   // 1000xxx0
        XCTAssertEqual(DataDictionary.entry(for: 0x1000_0125)?.keyword, "ShiftTableTriplet")
        XCTAssertEqual(DataDictionary.entry(for: 0x1010_1234)?.keyword, "ZonalMap")
        XCTAssertEqual(DataDictionary.entry(for: 0x0028_0410)?.keyword, "RowsForNthOrderCoefficients")
        XCTAssertEqual(DataDictionary.entry(for: 0x7F02_0010)?.keyword, "VariablePixelData")
        XCTAssertEqual(DataDictionary.entry(forKeyword: "OverlayData")?.tag, 0x6000_3000)
        // Odd groups are private: no repeater match.
        XCTAssertNil(DataDictionary.entry(for: 0x6001_3000))
    }

    func testGroupLengthPrivateAndUnknown() throws {
        let gl = try XCTUnwrap(DataDictionary.entry(for: 0x0028_0000))
        XCTAssertEqual(gl.vr, .UL)
        XCTAssertEqual(gl.keyword, "GenericGroupLength")
        XCTAssertEqual(DataDictionary.vr(for: 0x0009_0000), .UL)
        XCTAssertEqual(DataDictionary.entry(for: 0x0002_0000)?.keyword, "FileMetaInformationGroupLength")
        XCTAssertEqual(DataDictionary.vr(for: 0x0009_0010), .LO)
        XCTAssertEqual(DataDictionary.vr(for: 0x0029_00FF), .LO)
        XCTAssertEqual(DataDictionary.entry(for: 0x0029_0010)?.keyword, "PrivateCreator")
        XCTAssertNil(DataDictionary.vr(for: 0x0029_1010))
        XCTAssertNil(DataDictionary.vr(for: 0x0029_0100))
        XCTAssertNil(DataDictionary.vr(for: 0x0029_000F))
        XCTAssertNil(DataDictionary.entry(for: 0x0010_FFFE))
        XCTAssertNil(DataDictionary.entry(for: 0xFFFF_FFFF))
        XCTAssertNil(DataDictionary.entry(forKeyword: "NoSuchKeyword"))
        XCTAssertNil(DataDictionary.entry(forKeyword: ""))
        // Item tags exist with VR "NONE" (reported as UN).
        XCTAssertEqual(DataDictionary.entry(for: 0xFFFE_E000)?.vrString, "NONE")
        XCTAssertEqual(DataDictionary.entry(for: 0xFFFE_E000)?.keyword, "Item")
    }

    func testLookupSpeedAndThreadSafety() {
        // 1M implicit-VR look-ups (binary search over ~5k tags); the bound only guards against a
        // pathological regression (a linear scan would take minutes), also under sanitizers.
        let tags: [UInt32] = [0x0010_0010, 0x0028_0010, 0x7FE0_0010, 0x0009_1010, 0x6000_3000, 0x0020_000D]
        var found = 0
        let start = ContinuousClock.now
        for i in 0..<1_000_000 { if DataDictionary.vr(for: tags[i % tags.count]) != nil { found &+= 1 } }
        let elapsed = ContinuousClock.now - start
        XCTAssertEqual(found, 833_333)  // every tag but the private data element (0009,1010)
        XCTAssertLessThan(elapsed, .seconds(60))
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            XCTAssertEqual(DataDictionary.entry(forKeyword: "PatientID")?.tag, 0x0010_0020)
        }
    }
}
