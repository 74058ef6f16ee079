import Foundation
import XCTest
@testable import DICOMCore
import TestSupport

/// The writer: Part 10 layout, file meta, padding, every syntax, encapsulation, samples, and a
/// cross-check of its output with pydicom (when python3 + pydicom are installed).
final class WriterTests: XCTestCase {
    static let basic: [WElement] = [
        WElement(T(0x0008, 0x0016), .UI, .strings([SampleFactory.dxSOPClassUID])),
        WElement(T(0x0008, 0x0018), .UI, .strings(["2.25.1234567"])),
        WElement(T(0x0010, 0x0010), .PN, .strings(["Smith^Buddy"])),
        WElement(T(0x0010, 0x0020), .LO, .strings(["ODD"])),
        WElement(T(0x0028, 0x0010), .US, .ints([2])),
        WElement(T(0x0028, 0x0011), .US, .ints([3])),
        WElement(T(0x0028, 0x0100), .US, .ints([16])),
        WElement(Tag.pixelData, .OW, .ints([1, 2, 3, 0x100, 0x7FFF, 0xFFFF])),
    ]

    func le32(_ b: [UInt8], _ at: Int) -> UInt32 {
        UInt32(b[at]) | UInt32(b[at + 1]) << 8 | UInt32(b[at + 2]) << 16 | UInt32(b[at + 3]) << 24
    }

    func testPart10LayoutAndFileMeta() throws {
        let b = try makeFile(Self.basic)
        XCTAssertEqual(Array(b[0..<128]), [UInt8](repeating: 0, count: 128))
        XCTAssertEqual(Array(b[128..<132]), Array("DICM".utf8))
        // (0002,0000) UL 4 <n>: n = bytes from the next element to the end of group 2.
        XCTAssertEqual(Array(b[132..<140]), [0x02, 0x00, 0x00, 0x00, 0x55, 0x4C, 0x04, 0x00])
        let groupLength = Int(le32(b, 140))
        let afterMeta = 144 + groupLength
        XCTAssertEqual(b[afterMeta], 0x08, "first data set element starts right after the meta group")
        XCTAssertEqual(b[afterMeta + 1], 0x00)
        let lastMeta = 8 + (DICOMWriter.implementationVersionName.utf8.count + 1) / 2 * 2
        XCTAssertEqual(b[afterMeta - lastMeta ..< afterMeta - lastMeta + 4].elementsEqual([0x02, 0x00, 0x13, 0x00]), true,
                       "last meta element is (0002,0013)")
        let f = try parseBytes(b)
        XCTAssertTrue(f.hasPreamble)
        XCTAssertTrue(f.hasFileMeta)
        XCTAssertEqual(f.meta.string(T(0x0002, 0x0002)), SampleFactory.dxSOPClassUID)
        XCTAssertEqual(f.meta.string(T(0x0002, 0x0003)), "2.25.1234567")
        XCTAssertEqual(f.meta.string(T(0x0002, 0x0010)), TransferSyntax.explicitVRLittleEndian)
        XCTAssertEqual(f.meta.string(T(0x0002, 0x0012)), DICOMWriter.implementationClassUID)
        XCTAssertTrue(DICOMWriter.implementationClassUID.hasPrefix("2.25."))
        XCTAssertEqual(f.meta.string(T(0x0002, 0x0013)), DICOMWriter.implementationVersionName)
        XCTAssertEqual(f.meta.int(T(0x0002, 0x0000)), groupLength)
        if let v = f.meta.element(T(0x0002, 0x0001)) { XCTAssertEqual([UInt8](f.meta.rawValue(v)), [0, 1]) }
        else { XCTFail("no (0002,0001)") }
    }

    func testPaddingPerVR() throws {
        let b = try DICOMWriter.dataSet([
            WElement(T(0x0008, 0x0018), .UI, .strings(["1.2.3"])),
            WElement(T(0x0010, 0x0020), .LO, .strings(["ODD"])),
            WElement(T(0x0008, 0x041B), .OB, .bytes([9])),
        ], encoding: .explicitLittleEndian)
        XCTAssertEqual(b, [0x08, 0x00, 0x18, 0x00, 0x55, 0x49, 6, 0, 0x31, 0x2E, 0x32, 0x2E, 0x33, 0x00,
                           0x08, 0x00, 0x1B, 0x04, 0x4F, 0x42, 0, 0, 2, 0, 0, 0, 9, 0,
                           0x10, 0x00, 0x20, 0x00, 0x4C, 0x4F, 4, 0, 0x4F, 0x44, 0x44, 0x20])
    }

    func testBigEndianSwapsBinaryValuesByVR() throws {
        let b = try DICOMWriter.dataSet([
            WElement(T(0x0028, 0x0009), .AT, .tags([T(0x0018, 0x1063)])),
            WElement(T(0x0028, 0x0010), .US, .ints([0x0102])),
            WElement(T(0x0040, 0xA132), .UL, .ints([0x0102_0304])),
        ], encoding: .explicitBigEndian)
        XCTAssertEqual(b, [0x00, 0x28, 0x00, 0x09, 0x41, 0x54, 0, 4, 0x00, 0x18, 0x10, 0x63,
                           0x00, 0x28, 0x00, 0x10, 0x55, 0x53, 0, 2, 0x01, 0x02,
                           0x00, 0x40, 0xA1, 0x32, 0x55, 0x4C, 0, 4, 0x01, 0x02, 0x03, 0x04])
    }

    func testImplicitLittleEndianHeader() throws {
        let b = try DICOMWriter.dataSet([WElement(T(0x0028, 0x0010), .US, .ints([512]))], encoding: .implicitLittleEndian)
        XCTAssertEqual(b, [0x28, 0x00, 0x10, 0x00, 2, 0, 0, 0, 0x00, 0x02])
    }

    func testAllSyntaxesRoundTripPixelData() throws {
        for ts in [TransferSyntax.implicitVRLittleEndian, TransferSyntax.explicitVRLittleEndian,
                   TransferSyntax.explicitVRBigEndian, TransferSyntax.deflatedExplicitVRLittleEndian] {
            let f = try parseBytes(try makeFile(Self.basic, transferSyntax: ts))
            XCTAssertEqual(f.transferSyntax.uid, ts)
            let ds = f.dataSet
            guard let px = ds.element(Tag.pixelData) else { XCTFail("no pixel data \(ts)"); continue }
            XCTAssertEqual(px.length, 12)
            let raw = [UInt8](ds.rawValue(px))
            let big = ts == TransferSyntax.explicitVRBigEndian
            var values: [Int] = []
            for i in 0..<6 {
                let hi = Int(raw[big ? 2 * i : 2 * i + 1]), lo = Int(raw[big ? 2 * i + 1 : 2 * i])
                values.append(hi << 8 | lo)
            }
            XCTAssertEqual(values, [1, 2, 3, 0x100, 0x7FFF, 0xFFFF], ts)
            // PS3.5 A.1: in implicit VR little endian, Pixel Data has VR OW.
            XCTAssertEqual(px.vr, .OW, "pixel data VR in \(ts)")
            XCTAssertEqual(ds.string(T(0x0010, 0x0010)), "Smith^Buddy", ts)
            XCTAssertEqual(ds.string(T(0x0010, 0x0020)), "ODD", ts)
        }
    }

    func testDeflatedIsRawDeflate() throws {
        let b = try makeFile(Self.basic, transferSyntax: TransferSyntax.deflatedExplicitVRLittleEndian)
        let f = try parseBytes(b)
        XCTAssertTrue(f.transferSyntax.deflatedDataSet)
        // Raw deflate: no zlib header (0x78 ..) right after the meta.
        let metaEnd = 144 + Int(le32(b, 140))
        XCTAssertNotEqual(b[metaEnd], 0x78)
        let plain = try DICOMWriter.dataSet(Self.basic, encoding: .explicitLittleEndian)
        XCTAssertEqual(f.dataSet.store.count, plain.count, "inflated size equals the plain data set")
    }

    func testEncapsulatedWithBasicAndExtendedOffsetTables() throws {
        let frames: [[UInt8]] = [[1, 2, 3], [4, 5, 6, 7], [8]]
        var e = Self.basic.filter { $0.tag != Tag.pixelData }
        e += DICOMWriter.encapsulatedPixelData(frames: frames, basicOffsetTable: true, extendedOffsetTable: true)
        let f = try parseBytes(try makeFile(e, transferSyntax: "1.2.840.10008.1.2.5"))
        XCTAssertTrue(f.transferSyntax.encapsulated)
        let ds = f.dataSet
        guard let px = ds.element(Tag.pixelData), let frags = px.fragments, let bot = px.basicOffsetTable else {
            return XCTFail("no encapsulated pixel data")
        }
        XCTAssertTrue(px.undefinedLength)
        XCTAssertEqual(frags.count, 3)
        XCTAssertEqual(frags.map { [UInt8](ds.store.slice($0)) }, [[1, 2, 3, 0], [4, 5, 6, 7], [8, 0]])
        XCTAssertEqual(bot.count, 0, "PS3.5 A.4: with an Extended Offset Table the Basic Offset Table is empty")
        guard let eot = ds.element(Tag.extendedOffsetTable), let eotl = ds.element(Tag.extendedOffsetTableLengths) else {
            return XCTFail("no extended offset table")
        }
        XCTAssertEqual(eot.vr, .OV)
        XCTAssertEqual((0..<3).compactMap { try? ds.int64(eot, index: $0) }, [0, 12, 24])
        XCTAssertEqual((0..<3).compactMap { try? ds.int64(eotl, index: $0) }, [3, 4, 1])
        // Basic Offset Table only.
        var e1 = Self.basic.filter { $0.tag != Tag.pixelData }
        e1 += DICOMWriter.encapsulatedPixelData(frames: frames, basicOffsetTable: true)
        let f1 = try parseBytes(try makeFile(e1, transferSyntax: "1.2.840.10008.1.2.4.50"))
        if let b1 = f1.dataSet.element(Tag.pixelData)?.basicOffsetTable {
            XCTAssertEqual([UInt8](f1.dataSet.store.slice(b1)), [0, 0, 0, 0, 12, 0, 0, 0, 24, 0, 0, 0])
        } else { XCTFail("no BOT") }
        XCTAssertNil(f1.dataSet.element(Tag.extendedOffsetTable))
        // Empty BOT.
        var e2 = Self.basic.filter { $0.tag != Tag.pixelData }
        e2 += DICOMWriter.encapsulatedPixelData(frames: frames, basicOffsetTable: false)
        let f2 = try parseBytes(try makeFile(e2, transferSyntax: "1.2.840.10008.1.2.4.50"))
        XCTAssertEqual(f2.dataSet.element(Tag.pixelData)?.basicOffsetTable?.count, 0)
        XCTAssertEqual(f2.dataSet.element(Tag.pixelData)?.fragments?.count, 3)
    }

    func testValueTooLongForShortLengthThrows() {
        let long = String(repeating: "A", count: 70000)
        XCTAssertThrowsError(try DICOMWriter.dataSet([WElement(T(0x0010, 0x0020), .LO, .strings([long]))],
                                                     encoding: .explicitLittleEndian)) {
            XCTAssertEqual(($0 as? DICOMError)?.status, .invalidArgument)
        }
        // Implicit VR has 32-bit lengths for every VR.
        XCTAssertNoThrow(try DICOMWriter.dataSet([WElement(T(0x0010, 0x0020), .LO, .strings([long]))],
                                                 encoding: .implicitLittleEndian))
    }

    func testVeterinaryRadiographSample() throws {
        let b = SampleFactory.veterinaryRadiograph(rows: 64, columns: 80)
        XCTAssertEqual(b, SampleFactory.veterinaryRadiograph(rows: 64, columns: 80), "deterministic")
        let f = try parseBytes(b)
        let ds = f.dataSet
        XCTAssertEqual(f.transferSyntax.uid, TransferSyntax.explicitVRLittleEndian)
        XCTAssertEqual(ds.string(T(0x0008, 0x0060)), "DX")
        XCTAssertEqual(ds.string(T(0x0010, 0x0010)), "Smith^Buddy")
        XCTAssertEqual(ds.string(T(0x0010, 0x2201)), "Canine")
        XCTAssertEqual(ds.string(T(0x0010, 0x2203)), "ALTERED")
        XCTAssertEqual(ds.string(T(0x0010, 0x2297)), "Smith^John")
        XCTAssertEqual(ds.string(T(0x0010, 0x2298)), "OWNER")
        XCTAssertEqual(ds.string(T(0x0010, 0x2299)), "Happy Paws Veterinary Clinic")
        XCTAssertEqual(ds.string(T(0x0008, 0x0005)), "ISO_IR 192")
        let (item, code) = try ds.lookup("PatientSpeciesCodeSequence[0].CodeValue")
        XCTAssertEqual(item.string(code.tag), "448771007")
        let (item2, meaning) = try ds.lookup("(0010,2202)[0].(0008,0104)")
        XCTAssertEqual(item2.string(meaning.tag), "Canis lupus familiaris")
        let (item3, breed) = try ds.lookup("PatientBreedCodeSequence[0].CodingSchemeDesignator")
        XCTAssertEqual(item3.string(breed.tag), "SCT")
        XCTAssertEqual(ds.int(T(0x0028, 0x0010)), 64)
        XCTAssertEqual(ds.int(T(0x0028, 0x0011)), 80)
        XCTAssertEqual(ds.int(T(0x0028, 0x0101)), 12)
        XCTAssertEqual(ds.double(T(0x0028, 0x1050)), SampleFactory.radiographWindow.center)
        XCTAssertEqual(ds.doubles(T(0x0028, 0x0030)), [0.15, 0.15])
        guard let px = ds.element(Tag.pixelData) else { return XCTFail("no pixels") }
        XCTAssertEqual(px.length, 64 * 80 * 2)
        let raw = ds.rawValue(px)
        let expected = SampleFactory.radiographPixels(rows: 64, columns: 80)
        var maxV: UInt16 = 0, minV: UInt16 = .max
        for i in 0..<(64 * 80) {
            let v = UInt16(raw[2 * i]) | UInt16(raw[2 * i + 1]) << 8
            XCTAssertEqual(v, expected[i])
            if v != expected[i] { break }
            maxV = max(maxV, v); minV = min(minV, v)
        }
        XCTAssertLessThanOrEqual(maxV, 4095)
        XCTAssertGreaterThan(maxV, 2000, "bone is bright")
        XCTAssertLessThan(minV, 200, "background is dark")
    }

    func testMultiFrameCineSample() throws {
        let f = try parseBytes(SampleFactory.multiFrameCine(frames: 5))
        let ds = f.dataSet
        XCTAssertEqual(ds.int(T(0x0028, 0x0008)), 5)
        XCTAssertEqual(ds.int(T(0x0028, 0x0002)), 3)
        XCTAssertEqual(ds.string(T(0x0028, 0x0004)), "RGB")
        XCTAssertEqual(ds.string(T(0x0008, 0x0060)), "US")
        XCTAssertEqual(ds.element(Tag.pixelData)?.length, 5 * 48 * 64 * 3)
        guard let fip = ds.element(T(0x0028, 0x0009)) else { return XCTFail("no FrameIncrementPointer") }
        XCTAssertEqual(try ds.tagValue(fip, 0), T(0x0018, 0x1063))
    }

    /// pydicom reads what the writer writes, in every syntax, with the same values.
    func testPydicomReadsWriterOutput() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vetdicom-writer-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var files: [(String, [UInt8])] = [("sample", SampleFactory.veterinaryRadiograph(rows: 32, columns: 40)),
                                          ("cine", SampleFactory.multiFrameCine(frames: 3))]
        for (name, ts) in [("implicit", TransferSyntax.implicitVRLittleEndian), ("explicit", TransferSyntax.explicitVRLittleEndian),
                           ("big", TransferSyntax.explicitVRBigEndian), ("deflated", TransferSyntax.deflatedExplicitVRLittleEndian)] {
            files.append((name, try makeFile(ValuesTests.elements + [WElement(Tag.pixelData, .OW, .ints([1, 2, 0xFFFF]))],
                                             transferSyntax: ts)))
        }
        var e = Self.basic.filter { $0.tag != Tag.pixelData }
        e += DICOMWriter.encapsulatedPixelData(frames: [[1, 2, 3], [4, 5]], extendedOffsetTable: true)
        files.append(("encaps", try makeFile(e, transferSyntax: "1.2.840.10008.1.2.5")))
        for (name, bytes) in files {
            try Data(bytes).write(to: dir.appendingPathComponent(name + ".dcm"))
        }
        let script = #"""
import sys, os, json
try:
    import pydicom
    from pydicom.encaps import generate_fragments
except ImportError:
    print("SKIP"); sys.exit(0)
d = sys.argv[1]
out = {}
for n in sorted(os.listdir(d)):
    ds = pydicom.dcmread(os.path.join(d, n))
    r = {"ts": str(ds.file_meta.TransferSyntaxUID), "impl": str(ds.file_meta.ImplementationClassUID),
         "ver": str(ds.file_meta.ImplementationVersionName), "gl": int(ds.file_meta.FileMetaInformationGroupLength)}
    if n.startswith("sample"):
        r["name"] = str(ds.PatientName); r["species"] = ds.PatientSpeciesCodeSequence[0].CodeMeaning
        r["px"] = int(ds.pixel_array.astype("int64").sum()); r["shape"] = list(ds.pixel_array.shape)
    elif n.startswith("cine"):
        r["shape"] = list(ds.pixel_array.shape)
    elif n.startswith("encaps"):
        r["frags"] = [list(f) for f in generate_fragments(ds.PixelData)]
        r["eot"] = list(__import__("struct").unpack("<3Q", ds.ExtendedOffsetTable[:24])) if len(ds.ExtendedOffsetTable) >= 24 else list(__import__("struct").unpack("<2Q", ds.ExtendedOffsetTable))
    else:
        r["pn"] = str(ds.PatientName); r["ds"] = [float(x) for x in ds.PixelSpacing]; r["fl"] = list(ds[0x00089459].value) if ds[0x00089459].VM > 1 else [ds[0x00089459].value]
        r["at"] = [int(t) for t in ds.FrameIncrementPointer]; r["sl"] = int(ds[0x00186020].value); r["ul"] = list(ds[0x0040A132].value)
        r["sv"] = list(ds[0x00720082].value); r["uv"] = int(ds[0x0008040C].value); r["lt"] = str(ds[0x00080108].value)
        r["code"] = ds.PatientSpeciesCodeSequence[0].CodeMeaning; r["is"] = [int(x) for x in ds.ReferencedFrameNumber]
        r["ow"] = list(ds.RedPaletteColorLookupTableData); r["px"] = list(ds.PixelData)
    out[n] = r
print(json.dumps(out))
"""#
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [ProcessInfo.processInfo.environment["PYTHON"] ?? "python3", "-c", script, dir.path]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = Pipe()
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("SKIP") { throw XCTSkip("pydicom not installed") }
        XCTAssertEqual(p.terminationStatus, 0, text)
        guard let obj = try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]] else {
            return XCTFail("bad python output: \(text)")
        }
        for (name, r) in obj {
            XCTAssertEqual(r["impl"] as? String, DICOMWriter.implementationClassUID, name)
            XCTAssertEqual(r["ver"] as? String, DICOMWriter.implementationVersionName, name)
        }
        let s = obj["sample.dcm"] ?? [:]
        XCTAssertEqual(s["name"] as? String, "Smith^Buddy")
        XCTAssertEqual(s["species"] as? String, "Canis lupus familiaris")
        XCTAssertEqual(s["shape"] as? [Int], [32, 40])
        let sum = SampleFactory.radiographPixels(rows: 32, columns: 40).reduce(0) { $0 + Int($1) }
        XCTAssertEqual(s["px"] as? Int, sum)
        XCTAssertEqual(obj["cine.dcm"]?["shape"] as? [Int], [3, 48, 64, 3])
        // The first item is the (empty, since an Extended Offset Table is present) Basic Offset Table.
        XCTAssertEqual(obj["encaps.dcm"]?["frags"] as? [[Int]], [[], [1, 2, 3, 0], [4, 5]])
        XCTAssertEqual(obj["encaps.dcm"]?["eot"] as? [Int], [0, 12])
        for (name, ts) in [("implicit", TransferSyntax.implicitVRLittleEndian), ("explicit", TransferSyntax.explicitVRLittleEndian),
                           ("big", TransferSyntax.explicitVRBigEndian), ("deflated", TransferSyntax.deflatedExplicitVRLittleEndian)] {
            let r = obj[name + ".dcm"] ?? [:]
            XCTAssertEqual(r["ts"] as? String, ts)
            XCTAssertEqual(r["pn"] as? String, "Smith^Buddy=スミス^バディ", name)
            XCTAssertEqual(r["ds"] as? [Double], [0.15, -0.0025], name)
            XCTAssertEqual(r["fl"] as? [Double], [1.5, -2.25], name)
            XCTAssertEqual(r["at"] as? [Int], [0x0028_0010, 0x0018_1063], name)
            XCTAssertEqual(r["sl"] as? Int, -100000, name)
            XCTAssertEqual(r["ul"] as? [Int], [4_000_000_000, 1], name)
            XCTAssertEqual(r["sv"] as? [Int], [-(1 << 40), 5], name)
            XCTAssertEqual(r["uv"] as? Int, 1 << 62, name)
            XCTAssertEqual(r["lt"] as? String, "line one\\ still one value", name)
            XCTAssertEqual(r["code"] as? String, "Canis lupus familiaris", name)
            XCTAssertEqual(r["is"] as? [Int], [42, -7, 0], name)
            // pydicom returns OW/PixelData bytes as stored (big endian for .2.2).
            let owExpected = name == "big" ? [0x12, 0x34, 0xFF, 0xFF] : [0x34, 0x12, 0xFF, 0xFF]
            XCTAssertEqual(r["ow"] as? [Int], owExpected, name)
        }
    }
}
