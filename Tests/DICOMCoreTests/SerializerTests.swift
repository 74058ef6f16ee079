import XCTest
import Foundation
@testable import DICOMCore
import TestSupport

/// The editing model and the serializer: values per VR, refusals, every uncompressed syntax,
/// pixel sources with patched offset tables, atomic saves.
final class SerializerTests: XCTestCase {

    private func sample() throws -> DataSet {
        let ds = DataSet.empty()
        try ds.set("SOPClassUID", string: "1.2.840.10008.5.1.4.1.1.7")
        try ds.set("SOPInstanceUID", string: "2.25.42")
        try ds.set("PatientName", string: "Smith^Buddy")
        try ds.set("ImageType", string: "ORIGINAL\\PRIMARY")
        try ds.set("Rows", .ints([2]))
        try ds.set("Columns", .ints([3]))
        try ds.set("PixelSpacing", .doubles([0.15, 1.0 / 3.0]))
        try ds.set("FrameIncrementPointer", .tags([Tag(0x0018, 0x1063)]))
        try ds.set("RealWorldValueLUTData", .doubles([1.5, -2]))
        try ds.set("(0009,0010)", string: "VETDICOM")
        try ds.set("(0009,1001)", .bytes([1, 2, 3]), vr: .OB)
        try ds.set("PatientSpeciesCodeSequence[0].CodeMeaning", string: "Canis lupus familiaris")
        try ds.set("PatientSpeciesCodeSequence[0].CodeValue", string: "448771007")
        try ds.setNativePixelData([1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0], vr: .OW)
        return ds
    }

    private func parse(_ bytes: [UInt8]) throws -> ParsedFile { try parseBytes(bytes) }

    func testEveryUncompressedSyntaxRoundTrips() throws {
        let ds = try sample()
        for uid in [TransferSyntax.explicitVRLittleEndian, TransferSyntax.implicitVRLittleEndian,
                    TransferSyntax.explicitVRBigEndian, TransferSyntax.deflatedExplicitVRLittleEndian] {
            let bytes = try Serializer.encode(ds, options: SaveOptions(transferSyntaxUID: uid))
            XCTAssertEqual(Array(bytes[128..<132]), Array("DICM".utf8))
            let p = try parse(bytes)
            XCTAssertEqual(p.transferSyntax.uid, uid)
            XCTAssertFalse(p.transferSyntaxInferred, uid)
            let d = p.dataSet
            XCTAssertEqual(d.string(Tag(0x0010, 0x0010)), "Smith^Buddy", uid)
            XCTAssertEqual(d.int(Tag(0x0028, 0x0010)), 2, uid)
            XCTAssertEqual(d.doubles(Tag(0x0028, 0x0030)).count, 2, uid)
            XCTAssertEqual(try d.lookup("FrameIncrementPointer").1.tag, Tag(0x0028, 0x0009))
            let (atSet, at) = try d.lookup("FrameIncrementPointer")
            XCTAssertEqual(try atSet.tagValue(at, 0), Tag(0x0018, 0x1063), uid)
            XCTAssertEqual(d.doubles(Tag(0x0028, 0x3000 + 0x0)).count, 0)
            let (s, e) = try d.lookup("PatientSpeciesCodeSequence[0].CodeMeaning")
            XCTAssertEqual(try s.text(e, index: -1), "Canis lupus familiaris", uid)
            // Native pixel words read back as the same numbers in every byte order.
            let px = try XCTUnwrap(d.element(Tag.pixelData))
            XCTAssertEqual(try d.int64(px, index: 5), 6, uid)
            XCTAssertEqual(p.meta.string(Tag(0x0002, 0x0013)), "VETDICOM_1.0.0")
            XCTAssertEqual(p.meta.string(Tag(0x0002, 0x0003)), "2.25.42")
        }
    }

    func testBareDataSetAndOddPadding() throws {
        let ds = try sample()
        var o = SaveOptions()
        o.part10 = false
        let bytes = try Serializer.encode(ds, options: o)
        XCTAssertNotEqual(Array(bytes[0..<4]), Array("DICM".utf8))
        XCTAssertEqual(bytes.count % 2, 0)
        let p = try parse(bytes)
        let e = try XCTUnwrap(p.dataSet.element(Tag(0x0009, 0x1001)))
        XCTAssertEqual(Array(p.dataSet.rawValue(e)), [1, 2, 3, 0])
        let ui = try XCTUnwrap(p.dataSet.element(Tag(0x0008, 0x0018)))
        XCTAssertEqual(Array(p.dataSet.rawValue(ui)), Array("2.25.42".utf8) + [0])
    }

    func testInvalidValuesNameTheElement() throws {
        let ds = DataSet.empty()
        let cases: [(String, EditValue)] = [
            ("AccessionNumber", .strings(["12345678901234567"])),
            ("Modality", .strings(["dx"])),
            ("StudyDate", .strings(["20241315"])),
            ("InstanceNumber", .strings(["1.5"])),
            ("Rows", .ints([-1])),
            ("Rows", .ints([1, 2])),
            ("PixelSpacing", .doubles([1])),
            ("StudyComments", .strings(["a", "b"])),
            ("SOPInstanceUID", .strings([String(repeating: "1", count: 65)])),
            ("PatientName", .strings(["a^b^c^d^e^f"])),
            ("SliceThickness", .doubles([Double.nan])),
        ]
        for (key, value) in cases {
            XCTAssertThrowsError(try ds.set(key, value), key) { error in
                let e = error as? DICOMError
                XCTAssertEqual(e?.status, .invalidValue, key)
                XCTAssertTrue(e?.message.contains(key) ?? false, "\(key): \(e?.message ?? "")")
            }
            XCTAssertNil(try? ds.lookup(key), key)
        }
        XCTAssertThrowsError(try ds.set("TransferSyntaxUID", string: "1.2")) {
            XCTAssertEqual(($0 as? DICOMError)?.status, .invalidArgument)
        }
        XCTAssertThrowsError(try ds.set("(0009,1001)", string: "x")) {
            XCTAssertEqual(($0 as? DICOMError)?.status, .invalidArgument) // private: VR needed
        }
    }

    func testDecimalStringsFitSixteenCharacters() {
        for d in [1.0 / 3.0, -123456.789012345, 1e-300, 6.02214076e23, 0.1] {
            let s = formatDS(d)
            XCTAssertLessThanOrEqual(s.utf8.count, 16, s)
            XCTAssertEqual(parseDecimal(s)!, d, accuracy: abs(d) * 1e-9)
        }
    }

    func testNonASCIITextSwitchesToUTF8AndConvertsLatin1() throws {
        // A Latin-1 data set (written by the test writer), then UTF-8 text is added.
        let file = try makeFile([
            WElement.text(Tag(0x0008, 0x0005), .CS, "ISO_IR 100"),
            WElement(Tag(0x0010, 0x0010), .PN, .bytes(Array("Gr".utf8) + [0xFC] + Array("n^Rex".utf8))),
        ])
        let p = try parse(file)
        let ds = p.dataSet
        XCTAssertEqual(ds.string(Tag(0x0010, 0x0010)), "Gr\u{FC}n^Rex")
        try ds.set("StudyDescription", string: "Thorax \u{2013} lateral")
        XCTAssertEqual(ds.string(Tag(0x0008, 0x0005)), "ISO_IR 192")
        XCTAssertEqual(ds.string(Tag(0x0010, 0x0010)), "Gr\u{FC}n^Rex")
        let back = try parse(Serializer.encode(ds, options: SaveOptions()))
        XCTAssertEqual(back.dataSet.string(Tag(0x0010, 0x0010)), "Gr\u{FC}n^Rex")
        XCTAssertEqual(back.dataSet.string(Tag(0x0008, 0x1030)), "Thorax \u{2013} lateral")
        XCTAssertTrue(back.dataSet.characterSet.isUTF8)
    }

    func testPrivateBlocksItemsAndRemoval() throws {
        let ds = DataSet.empty()
        XCTAssertEqual(try ds.reservePrivateBlock(group: 0x0011, creator: "A"), 0x10)
        XCTAssertEqual(try ds.reservePrivateBlock(group: 0x0011, creator: "B"), 0x11)
        XCTAssertEqual(try ds.reservePrivateBlock(group: 0x0011, creator: "A"), 0x10)
        XCTAssertThrowsError(try ds.reservePrivateBlock(group: 0x0010, creator: "A"))
        let (_, i0) = try ds.addItem("ReferencedImageSequence")
        let (_, i1) = try ds.addItem("ReferencedImageSequence")
        XCTAssertEqual([i0, i1], [0, 1])
        try ds.set("ReferencedImageSequence[1].ReferencedSOPInstanceUID", string: "2.25.7")
        try ds.removeItem("ReferencedImageSequence", at: 0)
        XCTAssertEqual(ds.items(Tag(0x0008, 0x1140)).count, 1)
        try ds.remove("(0011,0011)")
        XCTAssertNil(ds.element(Tag(0x0011, 0x0011)))
        XCTAssertThrowsError(try ds.remove("(0011,0011)")) { XCTAssertEqual(($0 as? DICOMError)?.status, .notFound) }
        let p = try parse(Serializer.encode(ds, options: SaveOptions(transferSyntaxUID: TransferSyntax.implicitVRLittleEndian)))
        XCTAssertEqual(p.dataSet.items(Tag(0x0008, 0x1140)).first?.string(Tag(0x0008, 0x1155)), "2.25.7")
        XCTAssertEqual(p.dataSet.string(Tag(0x0011, 0x0010)), "A")
    }

    /// A lazy source: frames are produced on request, in order.
    struct CountingSource: EncapsulatedPixelSource {
        let frames: [[[UInt8]]]
        var frameCount: Int { frames.count }
        func fragments(ofFrame i: Int) throws -> [[UInt8]] { frames[i] }
    }

    func testEncapsulatedSourceWithBasicAndExtendedOffsetTables() throws {
        let ds = try sample()
        let frames: [[[UInt8]]] = [[[0xFF, 0xD8, 1, 0xFF, 0xD9]], [[0xFF, 0xD8, 2, 3], [0xFF, 0xD9]], [[0xFF, 0xD8, 0xFF, 0xD9]]]
        for eot in [false, true] {
            var o = SaveOptions(transferSyntaxUID: "1.2.840.10008.1.2.4.50")
            o.pixelData = .encapsulated(CountingSource(frames: frames), basicOffsetTable: true, extendedOffsetTable: eot)
            let p = try parse(Serializer.encode(ds, options: o))
            let px = try XCTUnwrap(p.dataSet.element(Tag.pixelData))
            let frags = try XCTUnwrap(px.fragments)
            XCTAssertEqual(frags.count, 4)
            XCTAssertEqual(Array(p.dataSet.rawValue(Element(tag: px.tag, vr: .OB, offset: frags[0].lowerBound, length: frags[0].count))),
                           [0xFF, 0xD8, 1, 0xFF, 0xD9, 0])
            // Offsets: item headers (8) + padded lengths: 0, 14, 14+12+10 = 36.
            let want: [UInt64] = [0, 14, 36]
            if eot {
                XCTAssertEqual(px.basicOffsetTable?.count, 0)
                let e = try XCTUnwrap(p.dataSet.element(Tag.extendedOffsetTable))
                XCTAssertEqual(try (0..<3).map { UInt64(try p.dataSet.int64(e, index: $0)) }, want)
                let l = try XCTUnwrap(p.dataSet.element(Tag.extendedOffsetTableLengths))
                XCTAssertEqual(try (0..<3).map { try p.dataSet.int64(l, index: $0) }, [6, 6, 4])
            } else {
                let bot = try XCTUnwrap(px.basicOffsetTable)
                let raw = p.dataSet.store.slice(bot)
                XCTAssertEqual((0..<3).map { UInt64(raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self)) }, want)
                XCTAssertNil(p.dataSet.element(Tag.extendedOffsetTable))
            }
        }
    }

    /// The offset tables are patched in chunks of 8192 entries: 10 000 frames need two.
    func testOffsetTablesOfManyFrames() throws {
        let ds = try sample()
        let n = 10_000
        let frames: [[[UInt8]]] = (0..<n).map { [[0xFF, 0xD8, UInt8(truncatingIfNeeded: $0), 0xFF, 0xD9]] }
        for eot in [false, true] {
            var o = SaveOptions(transferSyntaxUID: "1.2.840.10008.1.2.4.50")
            o.pixelData = .encapsulated(CountingSource(frames: frames), basicOffsetTable: true, extendedOffsetTable: eot)
            let p = try parse(Serializer.encode(ds, options: o))
            let px = try XCTUnwrap(p.dataSet.element(Tag.pixelData))
            XCTAssertEqual(px.fragments?.count, n)
            // Every frame: item header (8) + 6 padded bytes.
            if eot {
                let e = try XCTUnwrap(p.dataSet.element(Tag.extendedOffsetTable))
                let l = try XCTUnwrap(p.dataSet.element(Tag.extendedOffsetTableLengths))
                for i in [0, 1, 8191, 8192, 8193, n - 1] {
                    XCTAssertEqual(try p.dataSet.int64(e, index: i), Int64(i * 14))
                    XCTAssertEqual(try p.dataSet.int64(l, index: i), 6)
                }
            } else {
                let bot = try XCTUnwrap(px.basicOffsetTable)
                XCTAssertEqual(bot.count, n * 4)
                let raw = p.dataSet.store.slice(bot)
                for i in [0, 1, 8191, 8192, 8193, n - 1] {
                    XCTAssertEqual(Int(raw.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)), i * 14)
                }
            }
        }
    }

    func testPixelMismatchIsRefusedBeforeWriting() throws {
        let ds = try sample()
        let dir = NSTemporaryDirectory() + "vd-ser-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/x.dcm"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try Serializer.save(ds, options: SaveOptions(transferSyntaxUID: "1.2.840.10008.1.2.4.50"), toPath: path)) {
            XCTAssertEqual(($0 as? DICOMError)?.status, .unsupported)
        }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "old")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), ["x.dcm"])
        try Serializer.save(ds, options: SaveOptions(), toPath: path)
        XCTAssertEqual(try parse(Array(try Data(contentsOf: URL(fileURLWithPath: path)))).dataSet.string(Tag(0x0010, 0x0010)), "Smith^Buddy")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), ["x.dcm"])
        XCTAssertThrowsError(try Serializer.save(ds, options: SaveOptions(), toPath: "/nonexistent-dir/x.dcm")) {
            XCTAssertEqual(($0 as? DICOMError)?.status, .io)
        }
    }

    func testEditsAreSeenByJSONAndUnchangedElementsKeepTheirBytes() throws {
        let file = try makeFile([
            WElement.text(Tag(0x0008, 0x0016), .UI, "1.2.840.10008.5.1.4.1.1.7"),
            WElement.text(Tag(0x0010, 0x0010), .PN, "Old^Name"),
            WElement(Tag(0x0010, 0x1030), .DS, .strings([" 12.50 "])),
        ])
        let p = try parse(file)
        try p.dataSet.set("PatientName", string: "New^Name")
        XCTAssertTrue(p.dataSet.json().contains("New^Name"))
        let back = try parse(Serializer.encode(p.dataSet, options: SaveOptions()))
        let ds = try XCTUnwrap(back.dataSet.element(Tag(0x0010, 0x1030)))
        XCTAssertEqual(Array(back.dataSet.rawValue(ds)), Array(" 12.50 ".utf8) + [0x20])
    }
}
