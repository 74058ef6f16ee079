import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif
@testable import DICOMCore
import TestSupport

/// The parser on synthetic files from the writer: syntaxes, sequences, keys, every deliberate
/// deviation, truncation, non-DICOM input, limits and JSON.
final class ParserTests: XCTestCase {
    static func code(_ v: String, _ s: String, _ m: String, undefined: Bool = false) -> WItem {
        WItem([WElement(T(0x0008, 0x0100), .SH, .strings([v])),
               WElement(T(0x0008, 0x0102), .SH, .strings([s])),
               WElement(T(0x0008, 0x0104), .LO, .strings([m]))], undefinedLength: undefined)
    }

    static let base: [WElement] = [
        WElement(T(0x0008, 0x0016), .UI, .strings(["1.2.840.10008.5.1.4.1.1.7"])),
        WElement(T(0x0008, 0x0018), .UI, .strings(["2.25.42"])),
        WElement(T(0x0010, 0x0010), .PN, .strings(["Smith^Buddy"])),
        WElement(T(0x0010, 0x0020), .LO, .strings(["VET-1"])),
        WElement(T(0x0010, 0x2201), .LO, .strings(["Canine"])),
    ]

    func expectError(_ bytes: [UInt8], _ status: Status, _ contains: String? = nil, limits: Limits = Limits(),
                     file: StaticString = #filePath, line: UInt = #line) {
        guard let e = parseError(bytes, limits: limits) else {
            return XCTFail("expected \(status), parse succeeded", file: file, line: line)
        }
        XCTAssertEqual(e.status, status, e.message, file: file, line: line)
        if let c = contains { XCTAssertTrue(e.message.contains(c), "'\(e.message)' lacks '\(c)'", file: file, line: line) }
    }

    // MARK: sequences and keys

    func testNestedAndUndefinedLengthSequences() throws {
        for ts in [TransferSyntax.implicitVRLittleEndian, TransferSyntax.explicitVRLittleEndian,
                   TransferSyntax.explicitVRBigEndian, TransferSyntax.deflatedExplicitVRLittleEndian] {
            for undefined in [false, true] {
                let inner = WElement(T(0x0008, 0x2218), .SQ, .items([Self.code("T-D3000", "SRT", "Chest", undefined: undefined)]),
                                     undefinedLength: undefined)
                let e = Self.base + [
                    WElement(T(0x0010, 0x2202), .SQ, .items([Self.code("448771007", "SCT", "Canis lupus familiaris", undefined: undefined)]),
                             undefinedLength: undefined),
                    WElement(T(0x0040, 0x0275), .SQ, .items([
                        WItem([WElement(T(0x0040, 0x0007), .LO, .strings(["first"])), inner], undefinedLength: undefined),
                        WItem([WElement(T(0x0040, 0x0007), .LO, .strings(["second"]))], undefinedLength: !undefined),
                        WItem([], undefinedLength: undefined),
                    ]), undefinedLength: undefined),
                    WElement(T(0x0040, 0x0260), .SQ, .items([]), undefinedLength: undefined),
                    WElement(T(0x0020, 0x000D), .UI, .strings(["2.25.7"])),
                ]
                let f = try parseBytes(try makeFile(e, transferSyntax: ts))
                let ds = f.dataSet
                let label = "\(ts) undefined=\(undefined)"
                XCTAssertEqual(ds.element(T(0x0010, 0x2202))?.undefinedLength, undefined, label)
                let (i0, cm) = try ds.lookup("PatientSpeciesCodeSequence[0].CodeMeaning")
                XCTAssertEqual(i0.string(cm.tag), "Canis lupus familiaris", label)
                let (i1, cm2) = try ds.lookup("(0010,2202)[0].(0008,0104)")
                XCTAssertEqual(i1.string(cm2.tag), "Canis lupus familiaris", label)
                let ras = ds.items(T(0x0040, 0x0275))
                XCTAssertEqual(ras.count, 3, label)
                XCTAssertEqual(ras.map { $0.string(T(0x0040, 0x0007)) }, ["first", "second", nil], label)
                XCTAssertEqual(ras.last?.count, 0, label)
                let (i2, v2) = try ds.lookup("RequestAttributesSequence[0].AnatomicRegionSequence[0].CodeValue")
                XCTAssertEqual(i2.string(v2.tag), "T-D3000", label)
                XCTAssertEqual(ds.items(T(0x0040, 0x0260)).count, 0, label)
                XCTAssertEqual(ds.element(T(0x0040, 0x0260))?.isSequence, true, label)
                XCTAssertEqual(ds.string(T(0x0020, 0x000D)), "2.25.7", "element after the sequences, \(label)")
                // Item inherits the character set / nothing else leaks out of items.
                XCTAssertNil(ds.element(T(0x0008, 0x0104)), label)
            }
        }
    }

    func testElementKeys() throws {
        let ds = try parseBytes(try makeFile(Self.base + [
            WElement(T(0x0010, 0x2202), .SQ, .items([Self.code("448771007", "SCT", "Canis lupus familiaris")])),
        ])).dataSet
        for key in ["PatientName", "00100010", "0x00100010", "0010,0010", "(0010,0010)"] {
            let (d, e) = try ds.lookup(key)
            XCTAssertEqual(d.string(e.tag), "Smith^Buddy", key)
        }
        XCTAssertEqual(ElementPath.parseTag("0X00100010"), T(0x0010, 0x0010))
        func status(_ key: String) -> Status? {
            do { _ = try ds.lookup(key); return nil } catch let e as DICOMError { return e.status } catch { return nil }
        }
        XCTAssertEqual(status("PatientSpeciesCodeSequence[1].CodeMeaning"), .outOfRange)
        XCTAssertEqual(status("PatientName[0].CodeMeaning"), .typeMismatch)
        XCTAssertEqual(status("NoSuchKeyword"), .invalidArgument)
        XCTAssertEqual(status("PatientSpeciesCodeSequence[x].CodeMeaning"), .invalidArgument)
        XCTAssertEqual(status("PatientSpeciesCodeSequence[-1]"), .invalidArgument)
        XCTAssertEqual(status("00100011"), .notFound)
        XCTAssertEqual(status(""), .invalidArgument)
        XCTAssertEqual(status("PatientSpeciesCodeSequence[0].CodingSchemeVersion"), .notFound)
        XCTAssertNil(status("PatientSpeciesCodeSequence[0]"))
    }

    // MARK: deviations

    func testOddValueLengths() throws {
        var odd = WElement(T(0x0010, 0x0020), .LO, .strings(["ABC"]))
        odd.pad = false
        var oddUI = WElement(T(0x0008, 0x0018), .UI, .strings(["1.2.3"]))
        oddUI.pad = false
        var oddOB = WElement(T(0x0008, 0x041B), .OB, .bytes([7, 8, 9]))
        oddOB.pad = false
        for ts in [TransferSyntax.explicitVRLittleEndian, TransferSyntax.implicitVRLittleEndian] {
            let b = try makeFile([oddUI, odd, oddOB, WElement(T(0x0010, 0x2201), .LO, .strings(["Canine"]))], transferSyntax: ts) {
                $0.mediaStorageSOPClassUID = "1.2.3"
            }
            let ds = try parseBytes(b).dataSet
            XCTAssertEqual(ds.element(T(0x0010, 0x0020))?.length, 3, ts)
            XCTAssertEqual(ds.string(T(0x0010, 0x0020)), "ABC", ts)
            XCTAssertEqual(ds.string(T(0x0008, 0x0018)), "1.2.3", ts)
            if let ob = ds.element(T(0x0008, 0x041B)) { XCTAssertEqual([UInt8](ds.rawValue(ob)), [7, 8, 9], ts) }
            else { XCTFail("OB missing") }
            XCTAssertEqual(ds.string(T(0x0010, 0x2201)), "Canine", ts)
        }
    }

    func testMissingAndWrongGroupLength() throws {
        for gl in [WGroupLength.missing, .value(10), .value(9999), .value(0)] {
            let b = try makeFile(Self.base) { $0.groupLength = gl }
            let f = try parseBytes(b)
            XCTAssertEqual(f.transferSyntax.uid, TransferSyntax.explicitVRLittleEndian, "\(gl)")
            XCTAssertEqual(f.meta.string(T(0x0002, 0x0010)), TransferSyntax.explicitVRLittleEndian, "\(gl)")
            XCTAssertEqual(f.meta.string(T(0x0002, 0x0013)), DICOMWriter.implementationVersionName, "\(gl)")
            XCTAssertEqual(f.dataSet.string(T(0x0010, 0x0010)), "Smith^Buddy", "\(gl)")
            XCTAssertNil(f.dataSet.element(T(0x0002, 0x0010)), "meta does not leak into the data set, \(gl)")
        }
    }

    func testMetaSaysExplicitButDataSetImplicitAndReverse() throws {
        let cases: [(String, WEncoding, Bool)] = [
            (TransferSyntax.explicitVRLittleEndian, .implicitLittleEndian, false),
            (TransferSyntax.implicitVRLittleEndian, .explicitLittleEndian, true),
        ]
        for (declared, actual, explicit) in cases {
            let e = Self.base + [WElement(T(0x0010, 0x2202), .SQ, .items([Self.code("448771007", "SCT", "Canis lupus familiaris")])),
                                 WElement(T(0x0028, 0x0010), .US, .ints([256]))]
            let b = try makeFile(e, transferSyntax: declared) { $0.dataSetEncodingOverride = actual }
            let f = try parseBytes(b)
            XCTAssertTrue(f.transferSyntaxInferred, declared)
            XCTAssertEqual(f.transferSyntax.explicitVR, explicit, declared)
            let ds = f.dataSet
            XCTAssertEqual(ds.string(T(0x0010, 0x0010)), "Smith^Buddy", declared)
            XCTAssertEqual(ds.int(T(0x0028, 0x0010)), 256, declared)
            let (i, m) = try ds.lookup("PatientSpeciesCodeSequence[0].CodeMeaning")
            XCTAssertEqual(i.string(m.tag), "Canis lupus familiaris", declared)
        }
    }

    func testUNUndefinedLengthSequence() throws {
        for ts in [TransferSyntax.explicitVRLittleEndian, TransferSyntax.explicitVRBigEndian] {
            let un = WElement(T(0x0010, 0x2202), .UN, .items([Self.code("448771007", "SCT", "Canis lupus familiaris", undefined: true)]),
                              undefinedLength: true)
            let unDefined = WElement(T(0x0010, 0x2293), .UN, .items([Self.code("64580009", "SCT", "Labrador")]))
            let ds = try parseBytes(try makeFile(Self.base + [un, unDefined], transferSyntax: ts)).dataSet
            XCTAssertEqual(ds.element(T(0x0010, 0x2202))?.vr, .SQ, ts)
            let (i, m) = try ds.lookup("PatientSpeciesCodeSequence[0].CodeMeaning")
            XCTAssertEqual(i.string(m.tag), "Canis lupus familiaris", ts)
            let (i2, m2) = try ds.lookup("PatientBreedCodeSequence[0].CodeValue")
            XCTAssertEqual(i2.string(m2.tag), "64580009", "UN of defined length holding items, \(ts)")
            XCTAssertEqual(ds.string(T(0x0010, 0x2201)), "Canine", ts)
        }
    }

    func testImplicitItemInsideExplicitFile() throws {
        var item = Self.code("448771007", "SCT", "Canis lupus familiaris")
        item.forceImplicitVR = true
        var item2 = Self.code("1", "SCT", "second", undefined: true)
        item2.forceImplicitVR = true
        let e = Self.base + [WElement(T(0x0010, 0x2202), .SQ, .items([item, item2])),
                             WElement(T(0x0010, 0x2203), .CS, .strings(["ALTERED"]))]
        let ds = try parseBytes(try makeFile(e)).dataSet
        let items = ds.items(T(0x0010, 0x2202))
        XCTAssertEqual(items.count, 2)
        XCTAssertEqual(items.first?.string(T(0x0008, 0x0104)), "Canis lupus familiaris")
        XCTAssertEqual(items.first?.element(T(0x0008, 0x0104))?.vr, .LO)
        XCTAssertEqual(items.last?.string(T(0x0008, 0x0104)), "second")
        XCTAssertEqual(ds.string(T(0x0010, 0x2203)), "ALTERED")
    }

    func testMissingFinalDelimitersAtEndOfFile() throws {
        var item = Self.code("448771007", "SCT", "Canis lupus familiaris", undefined: true)
        item.omitDelimiter = true
        var sq = WElement(T(0x0040, 0x0275), .SQ, .items([
            WItem([WElement(T(0x0040, 0x0007), .LO, .strings(["a"]))], undefinedLength: true), item]),
            undefinedLength: true)
        sq.omitDelimiter = true
        for ts in [TransferSyntax.explicitVRLittleEndian, TransferSyntax.implicitVRLittleEndian, TransferSyntax.explicitVRBigEndian] {
            let ds = try parseBytes(try makeFile(Self.base + [sq], transferSyntax: ts)).dataSet
            let items = ds.items(T(0x0040, 0x0275))
            XCTAssertEqual(items.count, 2, ts)
            XCTAssertEqual(items.first?.string(T(0x0040, 0x0007)), "a", ts)
            XCTAssertEqual(items.last?.string(T(0x0008, 0x0104)), "Canis lupus familiaris", ts)
        }
        // Encapsulated pixel data without its sequence delimiter at the end of the file.
        var px = DICOMWriter.encapsulatedPixelData(frames: [[1, 2], [3, 4]])
        px[px.count - 1].omitDelimiter = true
        let f = try parseBytes(try makeFile(Self.base + px, transferSyntax: "1.2.840.10008.1.2.4.50"))
        XCTAssertEqual(f.dataSet.element(Tag.pixelData)?.fragments?.count, 2)
    }

    func testTrailingZeroPadding() throws {
        for n in [1, 3, 7, 8, 300] {
            let f = try parseBytes(try makeFile(Self.base) { $0.trailingZeroBytes = n })
            XCTAssertEqual(f.dataSet.string(T(0x0010, 0x2201)), "Canine", "\(n)")
            XCTAssertEqual(f.dataSet.count, Self.base.count, "padding adds no elements (\(n) bytes)")
        }
    }

    func testUnknownVRBytesUseLongLength() throws {
        var zz = WElement(T(0x0011, 0x1010), .UN, .bytes([1, 2, 3, 4, 5, 6]))
        zz.vrBytesOverride = (0x5A, 0x5A)
        let b = try makeFile(Self.base + [WElement(T(0x0011, 0x0010), .LO, .strings(["VETCORP"])), zz,
                                          WElement(T(0x0020, 0x000D), .UI, .strings(["2.25.9"]))])
        let ds = try parseBytes(b).dataSet
        guard let e = ds.element(T(0x0011, 0x1010)) else { return XCTFail("ZZ element missing") }
        XCTAssertEqual(e.vr, .UN)
        XCTAssertEqual([UInt8](ds.rawValue(e)), [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(ds.string(T(0x0020, 0x000D)), "2.25.9")
    }

    func testFileWithoutPreambleOrMeta() throws {
        let noPreamble = try makeFile(Self.base) { $0.preamble = false }
        let f1 = try parseBytes(noPreamble)
        XCTAssertTrue(f1.hasFileMeta)
        XCTAssertEqual(f1.dataSet.string(T(0x0010, 0x0010)), "Smith^Buddy")
        for enc in [WEncoding.implicitLittleEndian, .explicitLittleEndian, .explicitBigEndian] {
            let bare = try DICOMWriter.dataSet(Self.base, encoding: enc)
            let f = try parseBytes(bare)
            XCTAssertFalse(f.hasFileMeta)
            XCTAssertTrue(f.transferSyntaxInferred)
            XCTAssertEqual(f.dataSet.string(T(0x0010, 0x0010)), "Smith^Buddy", "\(enc)")
        }
    }

    // MARK: errors and limits

    func testTruncationReportsOffset() throws {
        let full = try makeFile(Self.base + [WElement(Tag.pixelData, .OW, .bytes([UInt8](repeating: 7, count: 1000)))])
        // Cut inside the pixel data value, inside an element header and inside a sequence.
        for cut in [full.count - 500, full.count - 1003] {
            let b = Array(full[0..<cut])
            expectError(b, .truncated, "offset")
        }
        let seq = try makeFile(Self.base + [WElement(T(0x0040, 0x0275), .SQ, .items([
            WItem([WElement(T(0x0040, 0x0007), .LO, .strings([String(repeating: "x", count: 100)]))])]))])
        expectError(Array(seq[0..<(seq.count - 50)]), .truncated, "offset")
        // Truncation inside the file meta.
        let t = try makeFile(Self.base) { $0.truncateAt = 150 }
        XCTAssertEqual(t.count, 150)
        expectError(t, .truncated, "offset")
    }

    func testTruncatedElementHeaderAtTopLevel() throws {
        let full = try makeFile(Self.base)
        // The last element, (0010,2201) LO "Canine", is 8 + 6 bytes; keep 4 bytes of its header.
        let cut = Array(full[0..<(full.count - 10)])
        expectError(cut, .truncated, "offset")
    }

    func testNotDICOM() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
                            0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0, 0x3A, 0x7E, 0x9B, 0x55]
        expectError(png, .notDICOM)
        let gzip: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03, 0x4B, 0x4C, 0x4A, 0x06, 0x00, 0xC2, 0x41, 0x24, 0x35, 3, 0, 0, 0]
        expectError(gzip, .notDICOM)
        var state: UInt64 = 12345
        var random: [UInt8] = []
        for _ in 0..<4096 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            random.append(UInt8(truncatingIfNeeded: state >> 56))
        }
        expectError(random, .notDICOM)
        expectError([], .notDICOM)
        expectError([0x44, 0x49, 0x43], .notDICOM)
        expectError(Array("%PDF-1.7\n%\u{e2}\u{e3}".utf8) + [UInt8](repeating: 0x20, count: 100), .notDICOM)
    }

    /// 10,000 nested undefined-length sequences: `.limitExceeded` naming max_depth, no stack overflow.
    func testDepthLimit() {
        var b = try? makeFile(Self.base)
        guard var bytes = b else { return XCTFail("writer failed") }
        b = nil
        let depth = 10_000
        let sqHeader: [UInt8] = [0x40, 0x00, 0x75, 0x02, 0x53, 0x51, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF]
        let itemHeader: [UInt8] = [0xFE, 0xFF, 0x00, 0xE0, 0xFF, 0xFF, 0xFF, 0xFF]
        for _ in 0..<depth { bytes += sqHeader; bytes += itemHeader }
        let itemEnd: [UInt8] = [0xFE, 0xFF, 0x0D, 0xE0, 0, 0, 0, 0]
        let seqEnd: [UInt8] = [0xFE, 0xFF, 0xDD, 0xE0, 0, 0, 0, 0]
        for _ in 0..<depth { bytes += itemEnd; bytes += seqEnd }
        expectError(bytes, .limitExceeded, "max_depth")
        // Within a raised limit a moderately deep file parses.
        var shallow = (try? makeFile(Self.base)) ?? []
        for _ in 0..<100 { shallow += sqHeader; shallow += itemHeader }
        for _ in 0..<100 { shallow += itemEnd; shallow += seqEnd }
        var limits = Limits()
        limits.maxDepth = 200
        XCTAssertNil(parseError(shallow, limits: limits))
        expectError(shallow, .limitExceeded, "max_depth")
    }

    /// Defined-length nesting 1,000 deep also stops at max_depth.
    func testDepthLimitDefinedLength() throws {
        var content: [UInt8] = [0x40, 0x00, 0x07, 0x00, 0x4C, 0x4F, 2, 0, 0x41, 0x42]
        func le32(_ v: Int) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
        for _ in 0..<1000 {
            let item: [UInt8] = [0xFE, 0xFF, 0x00, 0xE0] + le32(content.count) + content
            content = [0x40, 0x00, 0x75, 0x02, 0x53, 0x51, 0, 0] + le32(item.count) + item
        }
        expectError(try makeFile(Self.base) + content, .limitExceeded, "max_depth")
    }

    /// Experimental (env VETDICOM_STACK_PROBE=<depth>): with max_depth raised, does deep nesting
    /// overflow the stack? Not run by default because a stack overflow kills the test process.
    func testStackProbeWithRaisedDepthLimit() throws {
        guard let v = ProcessInfo.processInfo.environment["VETDICOM_STACK_PROBE"], let depth = Int(v) else {
            throw XCTSkip("set VETDICOM_STACK_PROBE=<depth> to run")
        }
        var bytes = try makeFile(Self.base)
        for _ in 0..<depth { bytes += [0x40, 0x00, 0x75, 0x02, 0x53, 0x51, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFE, 0xFF, 0x00, 0xE0, 0xFF, 0xFF, 0xFF, 0xFF] }
        for _ in 0..<depth { bytes += [0xFE, 0xFF, 0x0D, 0xE0, 0, 0, 0, 0, 0xFE, 0xFF, 0xDD, 0xE0, 0, 0, 0, 0] }
        var limits = Limits()
        limits.maxDepth = depth + 10
        XCTAssertNil(parseError(bytes, limits: limits))
    }

    func testHugeDeclaredLengthsAreErrorsNotAllocations() throws {
        for vr in [VR.OB, .UN, .UT] {
            var e = WElement(T(0x0011, 0x1010), vr, .bytes([1, 2, 3, 4]))
            e.lengthOverride = 0xFFFF_FFFE
            let b = try makeFile(Self.base + [WElement(T(0x0011, 0x0010), .LO, .strings(["X"])), e])
            expectError(b, .truncated, "offset")
        }
        // Inside a defined-length item: the value overruns the item.
        var inner = WElement(T(0x0011, 0x1010), .OB, .bytes([1, 2, 3, 4]))
        inner.lengthOverride = 0xFFFF_FFF0
        let b2 = try makeFile(Self.base + [WElement(T(0x0040, 0x0275), .SQ, .items([WItem([inner])])),
                                           WElement(T(0x0040, 0x0007), .LO, .strings(["after"]))])
        guard let err = parseError(b2) else { return XCTFail("expected an error") }
        XCTAssertTrue(err.status == .invalidData || err.status == .truncated, "\(err)")
        // Implicit VR with a huge length.
        var imp = WElement(T(0x0010, 0x0020), .LO, .strings(["AB"]))
        imp.lengthOverride = 0xFFFF_FFFE
        expectError(try makeFile(Self.base + [imp], transferSyntax: TransferSyntax.implicitVRLittleEndian), .truncated)
        // A sequence item declaring a huge length.
        var sqBytes = try makeFile(Self.base)
        sqBytes += [0x40, 0x00, 0x75, 0x02, 0x53, 0x51, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFE, 0xFF, 0x00, 0xE0, 0xF0, 0xFF, 0xFF, 0xFF]
        expectError(sqBytes, .truncated)
        // Value length limit.
        var limits = Limits()
        limits.maxValueLength = 100
        let big = try makeFile(Self.base + [WElement(Tag.pixelData, .OW, .bytes([UInt8](repeating: 0, count: 200)))])
        expectError(big, .limitExceeded, "max_value_length", limits: limits)
    }

    func testElementCountLimit() throws {
        var limits = Limits()
        limits.maxElements = 3
        expectError(try makeFile(Self.base), .limitExceeded, "max_elements", limits: limits)
    }

    /// Cutting a file at every offset gives a result or a DICOMError, never a trap; cuts inside
    /// values give `.truncated` with an offset.
    func testEveryTruncationOffsetIsHandled() throws {
        let e = Self.base + [
            WElement(T(0x0010, 0x2202), .SQ, .items([Self.code("448771007", "SCT", "Canis lupus familiaris", undefined: true)]),
                     undefinedLength: true),
            WElement(T(0x0040, 0x0275), .SQ, .items([Self.code("1", "2", "three")])),
        ] + DICOMWriter.encapsulatedPixelData(frames: [[1, 2, 3, 4], [5, 6]])
        for ts in [TransferSyntax.explicitVRLittleEndian, "1.2.840.10008.1.2.4.50"] {
            let full = try makeFile(e.filter { ts != TransferSyntax.explicitVRLittleEndian || $0.tag != Tag.pixelData }
                                    + (ts == TransferSyntax.explicitVRLittleEndian ? [WElement(Tag.pixelData, .OB, .bytes([1, 2, 3, 4]))] : []),
                                    transferSyntax: ts)
            var statuses: [Status: Int] = [:]
            for cut in 0..<full.count {
                if let err = parseError(Array(full[0..<cut])) {
                    statuses[err.status, default: 0] += 1
                    XCTAssertTrue([.truncated, .notDICOM, .invalidData].contains(err.status), "cut \(cut): \(err)")
                    if err.status == .truncated { XCTAssertTrue(err.message.contains("offset"), err.message) }
                }
            }
            XCTAssertGreaterThan(statuses[.truncated] ?? 0, full.count / 2, "\(ts): \(statuses)")
        }
    }

    /// Deterministic byte mutations of a valid file: no trap, only DICOMErrors.
    func testMutatedFilesNeverTrap() throws {
        let full = SampleFactory.veterinaryRadiograph(rows: 8, columns: 8)
        var state: UInt64 = 0xC0FFEE
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let interesting: [UInt8] = [0x00, 0xFF, 0xFE, 0xE0, 0xDD, 0x0D, 0x53, 0x51, 0x55, 0x4E, 0x80, 0x7F]
        var ok = 0, failed = 0
        for _ in 0..<1500 {
            var b = full
            for _ in 0..<(1 + next() % 4) {
                let at = next() % b.count
                b[at] = next() % 2 == 0 ? interesting[next() % interesting.count] : UInt8(truncatingIfNeeded: next())
            }
            do {
                let f = try parseBytes(b)
                _ = f.dataSet.json()
                for el in f.dataSet.elements { _ = try? f.dataSet.text(el, index: -1) }
                ok += 1
            } catch is DICOMError { failed += 1 }
        }
        XCTAssertEqual(ok + failed, 1500)
        XCTAssertGreaterThan(ok, 0)
    }

    func testItemInheritsCharacterSet() throws {
        let latin1Name: [UInt8] = [0x42, 0x75, 0x63, 0x5E, 0x4A, 0xE9, 0x72, 0xF4, 0x6D, 0x65] // Buc^Jérôme
        let e: [WElement] = [
            WElement(T(0x0008, 0x0005), .CS, .strings(["ISO_IR 100"])),
            WElement(T(0x0010, 0x0010), .PN, .bytes(latin1Name)),
            WElement(T(0x0010, 0x2297), .PN, .strings(["Smith^John"])),
            WElement(T(0x0040, 0x0275), .SQ, .items([
                WItem([WElement(T(0x0040, 0x0007), .LO, .bytes(latin1Name))]),
                WItem([WElement(T(0x0008, 0x0005), .CS, .strings(["ISO_IR 192"])),
                       WElement(T(0x0040, 0x0007), .LO, .strings(["Jérôme"]))]),
            ])),
        ]
        for ts in [TransferSyntax.explicitVRLittleEndian, TransferSyntax.implicitVRLittleEndian] {
            let ds = try parseBytes(try makeFile(e, transferSyntax: ts)).dataSet
            XCTAssertEqual(ds.string(T(0x0010, 0x0010)), "Buc^Jérôme", ts)
            let items = ds.items(T(0x0040, 0x0275))
            XCTAssertEqual(items.first?.string(T(0x0040, 0x0007)), "Buc^Jérôme", "item inherits ISO_IR 100, \(ts)")
            XCTAssertEqual(items.last?.string(T(0x0040, 0x0007)), "Jérôme", "item's own ISO_IR 192, \(ts)")
        }
    }

    // MARK: JSON

    /// A 32767-value US element (LUT Data) gives JSON quickly: each value must not re-decode the
    /// whole element (it did: text(e, index: i) built every value, so JSON was O(n^2) and took
    /// minutes at this size). The bound is a hang guard, generous for debug and sanitizer builds.
    func testJSONOfLongBinaryValueIsLinear() throws {
        let lut = WElement(T(0x0028, 0x3006), .US, .ints((0..<32767).map { Int64($0) }))
        let ds = try parseBytes(try makeFile(Self.base + [lut])).dataSet
        let start = clock()
        let json = ds.json()
        let seconds = Double(clock() - start) / Double(CLOCKS_PER_SEC)
        XCTAssertTrue(json.contains("\"00283006\":{\"vr\":\"US\",\"Value\":[0,1,2,3,"))
        XCTAssertTrue(json.contains(",32765,32766]}"))
        XCTAssertLessThan(seconds, 10, "JSON of 32767 US values took \(seconds) s")
    }

    /// pydicom's Dataset.from_json reads our JSON back to the same values (every VR, nested
    /// sequences, the veterinary sample).
    func testJSONAcceptedByPydicom() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vetdicom-json-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var options = JSONOptions()
        options.bulkAsBase64 = true
        let values = try parseBytes(try makeFile(ValuesTests.elements, transferSyntax: TransferSyntax.explicitVRBigEndian)).dataSet
        try values.json(options).write(to: dir.appendingPathComponent("values.json"), atomically: true, encoding: .utf8)
        let sample = try parseBytes(SampleFactory.veterinaryRadiograph(rows: 4, columns: 4)).dataSet
        try sample.json(options).write(to: dir.appendingPathComponent("sample.json"), atomically: true, encoding: .utf8)
        let script = #"""
import sys, json, os
try:
    from pydicom import Dataset
except ImportError:
    print("SKIP"); sys.exit(0)
d = sys.argv[1]
v = Dataset.from_json(open(os.path.join(d, "values.json")).read())
s = Dataset.from_json(open(os.path.join(d, "sample.json")).read())
out = {
  "pn": str(v.PatientName), "ds": [float(x) for x in v.PixelSpacing], "is": [int(x) for x in v.ReferencedFrameNumber],
  "at": [int(t) for t in v.FrameIncrementPointer], "fl": list(v[0x00089459].value), "fd": list(v[0x00081163].value),
  "ob": list(v[0x0008041B].value), "ow": list(v.RedPaletteColorLookupTableData), "sv": list(v[0x00720082].value),
  "uv": int(v[0x0008040C].value), "ul": list(v[0x0040A132].value), "lt": v[0x00080108].value,
  "code": v.PatientSpeciesCodeSequence[0].CodeMeaning, "cs": list(v.ImageType), "ur": v[0x0008010E].value,
  "sname": str(s.PatientName), "owner": str(s.ResponsiblePerson), "breed": s.PatientBreedCodeSequence[0].CodeValue,
  "rows": int(s.Rows), "px": list(s.PixelData)[:8], "wc": float(s.WindowCenter),
}
print(json.dumps(out))
"""#
        guard let data = try runPython(script, [dir.path]) else { throw XCTSkip("python3 with pydicom not available") }
        guard let r = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { return XCTFail("bad output") }
        XCTAssertEqual(r["pn"] as? String, "Smith^Buddy=スミス^バディ")
        XCTAssertEqual(r["ds"] as? [Double], [0.15, -0.0025])
        XCTAssertEqual(r["is"] as? [Int], [42, -7, 0])
        XCTAssertEqual(r["at"] as? [Int], [0x0028_0010, 0x0018_1063])
        XCTAssertEqual(r["fl"] as? [Double], [1.5, -2.25])
        XCTAssertEqual(r["fd"] as? [Double], [3.141592653589793, -1e-300])
        XCTAssertEqual(r["ob"] as? [Int], [1, 2, 3, 0])
        XCTAssertEqual(r["ow"] as? [Int], [0x34, 0x12, 0xFF, 0xFF], "InlineBinary is little endian even from a big endian file")
        XCTAssertEqual(r["sv"] as? [Int], [-(1 << 40), 5])
        XCTAssertEqual(r["uv"] as? Int, 1 << 62)
        XCTAssertEqual(r["ul"] as? [Int], [4_000_000_000, 1])
        XCTAssertEqual(r["lt"] as? String, "line one\\ still one value")
        XCTAssertEqual(r["code"] as? String, "Canis lupus familiaris")
        XCTAssertEqual(r["cs"] as? [String], ["ORIGINAL", "PRIMARY", "AXIAL"])
        XCTAssertEqual(r["ur"] as? String, "http://snomed.info/sct")
        XCTAssertEqual(r["sname"] as? String, "Smith^Buddy")
        XCTAssertEqual(r["owner"] as? String, "Smith^John")
        XCTAssertEqual(r["breed"] as? String, "64580009")
        XCTAssertEqual(r["rows"] as? Int, 4)
        XCTAssertEqual(r["wc"] as? Double, SampleFactory.radiographWindow.center)
        let px = SampleFactory.radiographPixels(rows: 4, columns: 4).prefix(4).flatMap { [Int($0 & 0xFF), Int($0 >> 8)] }
        XCTAssertEqual(r["px"] as? [Int], px)
    }

    func testJSONStructure() throws {
        let e: [WElement] = [
            WElement(T(0x0008, 0x0005), .CS, .strings(["ISO_IR 192"])),
            WElement(T(0x0010, 0x0010), .PN, .strings(["Smith^Buddy"])),
            WElement(T(0x0010, 0x1001), .PN, .strings(["Smith^Max", ""])),
            WElement(T(0x0028, 0x0030), .DS, .strings(["0.15", "+2.5"])),
            WElement(T(0x0020, 0x0013), .IS, .strings(["42"])),
            WElement(T(0x0028, 0x0009), .AT, .tags([T(0x0018, 0x1063)])),
            WElement(T(0x0028, 0x0010), .US, .ints([512])),
            WElement(T(0x0008, 0x041B), .OB, .bytes([1, 2, 3])),
            WElement(T(0x0010, 0x2202), .SQ, .items([Self.code("448771007", "SCT", "Canis lupus familiaris")])),
            WElement(T(0x0040, 0x0260), .SQ, .items([])),
            WElement(T(0x0010, 0x0020), .LO, .strings([""])),
            WElement(T(0x0008, 0x0081), .ST, .strings(["say \"woof\"\\ok"])),
        ]
        for ts in [TransferSyntax.explicitVRLittleEndian, TransferSyntax.explicitVRBigEndian] {
            let ds = try parseBytes(try makeFile(e, transferSyntax: ts)).dataSet
            let json = ds.json()
            XCTAssertEqual(try ds.jsonChecked(), json, ts)
            let expected = #"{"00080005":{"vr":"CS","Value":["ISO_IR 192"]},"#
                + #""00080081":{"vr":"ST","Value":["say \"woof\"\\ok"]},"#
                + #""0008041B":{"vr":"OB","InlineBinary":"AQIDAA=="},"#
                + #""00100010":{"vr":"PN","Value":[{"Alphabetic":"Smith^Buddy"}]},"#
                + #""00100020":{"vr":"LO"},"#
                + #""00101001":{"vr":"PN","Value":[{"Alphabetic":"Smith^Max"},null]},"#
                + #""00102202":{"vr":"SQ","Value":[{"00080100":{"vr":"SH","Value":["448771007"]},"00080102":{"vr":"SH","Value":["SCT"]},"00080104":{"vr":"LO","Value":["Canis lupus familiaris"]}}]},"#
                + #""00200013":{"vr":"IS","Value":[42]},"#
                + #""00280009":{"vr":"AT","Value":["00181063"]},"#
                + #""00280010":{"vr":"US","Value":[512]},"#
                + #""00280030":{"vr":"DS","Value":[0.15,2.5]},"#
                + #""00400260":{"vr":"SQ"}}"#
            XCTAssertEqual(json, expected, ts)
        }
    }

    /// The JSON writer walks nesting with its own stack: several items, sequences inside items,
    /// empty items and elements after a sequence come out as a recursive writer wrote them.
    func testJSONOfNestedItemsIterative() throws {
        let inner = [WElement(T(0x0008, 0x0100), .SH, .strings(["A"]))]
        let item1 = [WElement(T(0x0008, 0x0100), .SH, .strings(["1"])),
                     WElement(T(0x0040, 0xA730), .SQ, .items([WItem(inner), WItem([])])),
                     WElement(T(0x0040, 0xA731), .SQ, .items([]))]
        let e: [WElement] = [
            WElement(T(0x0010, 0x0010), .PN, .strings(["Rex"])),
            WElement(T(0x0040, 0xA730), .SQ, .items([WItem(item1), WItem([]), WItem(inner)])),
            WElement(T(0x0040, 0xA732), .US, .ints([7])),
        ]
        let ds = try parseBytes(try makeFile(e)).dataSet
        let expected = #"{"00100010":{"vr":"PN","Value":[{"Alphabetic":"Rex"}]},"#
            + #""0040A730":{"vr":"SQ","Value":[{"00080100":{"vr":"SH","Value":["1"]},"#
            + #""0040A730":{"vr":"SQ","Value":[{"00080100":{"vr":"SH","Value":["A"]}},{}]},"#
            + #""0040A731":{"vr":"SQ"}},{},{"00080100":{"vr":"SH","Value":["A"]}}]},"#
            + #""0040A732":{"vr":"US","Value":[7]}}"#
        XCTAssertEqual(ds.json(), expected)
        XCTAssertEqual(try ds.jsonChecked(), expected)
    }
}
