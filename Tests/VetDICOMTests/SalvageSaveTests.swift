import XCTest
import DICOMCore
import VetDICOM

/// Saving a file the reader salvaged (docs/writing.md, "Damaged files"): the default save is
/// refused with TRUNCATED naming the cut element; with save_salvaged the saved file reads as the
/// damaged one did. The damaged files are built here with the project's own writer and then cut
/// or patched, the way the hostile suite's failing cases were (a defined-length sequence cut at
/// every offset, so mid-item and mid-item-header; a sequence whose length was mutated to swallow
/// the rest of the file; a cut binary value; a cut native and a cut encapsulated pixel data; a
/// defined-length pixel data value in an encapsulated syntax). No corpus bytes.
final class SalvageSaveTests: XCTestCase {
    static let explicitLE = TransferSyntax.explicitVRLittleEndian
    static let rle = "1.2.840.10008.1.2.5"

    /// A small image with a defined-length sequence of two items before the pixel data, and a
    /// private FD value at the very end (after the pixel data) when `trailingFD`.
    func sourceFile(trailingFD: Bool = false, rle: Bool = false) throws -> [UInt8] {
        let f = DICOMFile.new()
        try f.set("SOPClassUID", string: "1.2.840.10008.5.1.4.1.1.7")
        try f.set("SOPInstanceUID", string: "2.25.42")
        try f.set("PatientName", string: "Smith^Buddy")
        try f.set("PatientID", string: "VET-1")
        for k in 0..<2 {
            try f.set("ReferencedImageSequence[\(k)].ReferencedSOPClassUID", string: "1.2.840.10008.5.1.4.1.1.1.1")
            try f.set("ReferencedImageSequence[\(k)].ReferencedSOPInstanceUID", string: "2.25.\(1000 + k)")
        }
        try f.set("Rows", string: "4")
        try f.set("Columns", string: "5")
        try f.set("SamplesPerPixel", string: "1")
        try f.set("PhotometricInterpretation", string: "MONOCHROME2")
        try f.set("BitsAllocated", string: "16")
        try f.set("BitsStored", string: "16")
        try f.set("HighBit", string: "15")
        try f.set("PixelRepresentation", string: "0")
        try f.dataSet.setNativePixelData((0..<40).map { UInt8(truncatingIfNeeded: $0 &* 7) }, vr: .OW)
        f.didEdit()
        if trailingFD {
            let xx = try f.reservePrivateBlock(group: 0x7FE1, creator: "VETDICOM TEST")
            let key = String(format2: 0x7FE1, (xx << 8) | 0x01)
            try f.set(key, .doubles([1.5, 2.5, 3.5]), vr: .FD)
        }
        if rle { return try f.saveToMemory(transferSyntaxUID: Self.rle) }
        return try f.saveToMemory(transferSyntaxUID: Self.explicitLE)
    }

    /// Offset of the value of the first top-level element `tag` in explicit VR little endian
    /// bytes, and the offset of its length field (found by walking the headers).
    func locate(_ bytes: [UInt8], _ tag: Tag) throws -> (value: Int, lengthField: Int, long: Bool) {
        let f = try bytes.withUnsafeBytes { try DICOMFile(bytes: $0) }
        let e = try XCTUnwrap(f.dataSet.element(tag))
        let long = e.vr.hasLongLength || e.undefinedLength || e.fragments != nil
        return (e.offset, e.offset - (long ? 4 : 2), long)
    }

    /// The oracle of Harness.write, for one damaged file: the default save refuses with
    /// TRUNCATED naming `tag`; the salvaged save reopens to the same elements (a cut sequence
    /// empty, a cut value as whole units of its VR, even-padded).
    /// Returns whether the file opened with damage (and so was checked).
    @discardableResult
    func checkSalvage(_ damaged: [UInt8], tag: Tag, target: String = explicitLE, file: StaticString = #filePath, line: UInt = #line) throws -> Bool {
        guard let f = try? damaged.withUnsafeBytes({ try DICOMFile(bytes: $0) }) else { return false } // refused at open
        guard Serializer.firstDamage(f.dataSet) != nil else { return false }                           // cut between elements
        XCTAssertThrowsError(try f.saveToMemory(transferSyntaxUID: target), file: file, line: line) { error in
            let e = error as? DICOMError
            XCTAssertEqual(e?.status, .truncated, file: file, line: line)
            XCTAssertTrue(e?.message.contains("\(tag)") ?? false, "\(e?.message ?? "")", file: file, line: line)
        }
        let saved = try f.saveToMemory(transferSyntaxUID: target, salvage: true)
        let g = try saved.withUnsafeBytes { try DICOMFile(bytes: $0) }
        XCTAssertNil(Serializer.firstDamage(g.dataSet), file: file, line: line)
        try compare(f.dataSet, g.dataSet, file: file, line: line)
        return true
    }

    func compare(_ a: DataSet, _ b: DataSet, file: StaticString, line: UInt) throws {
        let x = a.elements.filter { $0.tag.group != 2 && $0.tag.element != 0 }
        let y = b.elements.filter { $0.tag.group != 2 && $0.tag.element != 0 }
        XCTAssertEqual(x.map(\.tag), y.map(\.tag), file: file, line: line)
        for (e, d) in zip(x, y) {
            if let damage = e.damage, damage.status == .truncated, e.items == nil, e.fragments == nil {
                if e.vr == .SQ { XCTAssertEqual(d.items?.count, 0, "\(e.tag)", file: file, line: line); continue }
                var want = [UInt8](a.rawValue(e))
                want.removeLast(want.count % max(1, e.vr.byteSwapSize))
                XCTAssertEqual([UInt8](b.rawValue(d)), want, "\(e.tag)", file: file, line: line)
                continue
            }
            if let items = e.items {
                XCTAssertEqual(d.items?.count, items.count, "\(e.tag)", file: file, line: line)
                for (i, j) in zip(items, d.items ?? []) { try compare(i, j, file: file, line: line) }
                continue
            }
            if let fr = e.fragments {
                XCTAssertEqual(d.fragments?.count, fr.count, "\(e.tag)", file: file, line: line)
                for (r, s) in zip(fr, d.fragments ?? []) {
                    var want = [UInt8](a.store.slice(r))
                    if want.count & 1 == 1 { want.append(0) }
                    XCTAssertEqual([UInt8](b.store.slice(s)), want, "\(e.tag) fragment", file: file, line: line)
                }
                continue
            }
            var want = [UInt8](a.rawValue(e))
            if want.count & 1 == 1 { want.append(e.vr.isString && e.vr != .UI ? 0x20 : 0) }
            XCTAssertEqual([UInt8](b.rawValue(d)), want, "\(e.tag)", file: file, line: line)
        }
    }

    /// Issue56-NoPixelData, Formats_*, GH064/GH195/GH223/GH364, Issue94, MultiframeWindowing,
    /// PrivateMDNTags, CT0012 cases: a defined-length sequence cut at any offset (in an item
    /// header, in an item, in an element of an item).
    func testSequenceCutAtEveryOffset() throws {
        let bytes = try sourceFile()
        let seq = try locate(bytes, Tag(0x0008, 0x1140))
        let f = try bytes.withUnsafeBytes { try DICOMFile(bytes: $0) }
        let end = try XCTUnwrap(f.dataSet.element(Tag(0x0008, 0x1140))).valueRange.upperBound
        var checked = 0
        for cut in (seq.value + 1)..<end where try checkSalvage(Array(bytes[0..<cut]), tag: Tag(0x0008, 0x1140)) {
            checked += 1
        }
        XCTAssertGreaterThan(checked, 100)
    }

    /// GH184, mr_brucker, ts_...4.51, CTImage...4.53, MalaterreCP246, Deeply-Nested, FuzzWrite
    /// crash: a sequence length mutated so that the sequence swallows the rest of the file.
    func testSequenceLengthSwallowingTheFile() throws {
        var bytes = try sourceFile()
        let seq = try locate(bytes, Tag(0x0008, 0x1140))
        for v: UInt32 in [0x00FF_FFFF, 0xFF00_FFFF, 0x8000_0053] {
            for i in 0..<4 { bytes[seq.lengthField + i] = UInt8(truncatingIfNeeded: v >> (8 * UInt32(i))) }
            XCTAssertTrue(try checkSalvage(bytes, tag: Tag(0x0008, 0x1140)))
        }
    }

    /// A cut binary value: whole units only (3 bytes of an FD value read as no value).
    func testBinaryValueCutToWholeUnits() throws {
        let bytes = try sourceFile(trailingFD: true)
        let f = try bytes.withUnsafeBytes { try DICOMFile(bytes: $0) }
        let last = try XCTUnwrap(f.dataSet.elements.last)
        XCTAssertEqual(last.vr, .FD)
        for cut in (last.offset + 1)..<(last.offset + last.length) {
            XCTAssertTrue(try checkSalvage(Array(bytes[0..<cut]), tag: last.tag))
        }
        let cut = Array(bytes[0..<(last.offset + 11)])
        let g = try cut.withUnsafeBytes { try DICOMFile(bytes: $0) }
        let saved = try g.saveToMemory(salvage: true)
        let h = try saved.withUnsafeBytes { try DICOMFile(bytes: $0) }
        XCTAssertEqual(h.dataSet.element(last.tag)?.length, 8)
    }

    /// Native pixel data cut at an odd offset: whole 16-bit words, frame decoding still reports
    /// the missing bytes.
    func testNativePixelDataCut() throws {
        let bytes = try sourceFile()
        let px = try locate(bytes, Tag.pixelData)
        XCTAssertTrue(try checkSalvage(Array(bytes[0..<(px.value + 13)]), tag: Tag.pixelData))
        let f = try Array(bytes[0..<(px.value + 13)]).withUnsafeBytes { try DICOMFile(bytes: $0) }
        let saved = try f.saveToMemory(salvage: true)
        let g = try saved.withUnsafeBytes { try DICOMFile(bytes: $0) }
        XCTAssertEqual(g.dataSet.element(Tag.pixelData)?.length, 12)
        XCTAssertThrowsError(try g.decodeFrame(0))
    }

    /// Encapsulated (RLE) pixel data cut in its fragment: the fragment kept as read, padded.
    func testEncapsulatedFragmentCut() throws {
        let bytes = try sourceFile(rle: true)
        let f = try bytes.withUnsafeBytes { try DICOMFile(bytes: $0) }
        let e = try XCTUnwrap(f.dataSet.element(Tag.pixelData))
        let frag = try XCTUnwrap(e.fragments?.first)
        for cut in [frag.lowerBound + 1, frag.lowerBound + 2, frag.upperBound - 3] {
            XCTAssertTrue(try checkSalvage(Array(bytes[0..<cut]), tag: Tag.pixelData, target: Self.rle))
        }
    }

    /// Issue140: a defined-length pixel data value in an encapsulated syntax, cut: saving it
    /// would need it decoded as something it is not; refused even with save_salvaged.
    func testCutPixelDataThatNeedsDecodingIsRefused() throws {
        var bytes = try sourceFile(rle: true)
        let px = try locate(bytes, Tag.pixelData)
        for (i, b) in [UInt8(0xFF), 0xFF, 0x00, 0xFF].enumerated() { bytes[px.lengthField + i] = b }
        let f = try bytes.withUnsafeBytes { try DICOMFile(bytes: $0) }
        XCTAssertEqual(f.dataSet.element(Tag.pixelData)?.damage?.status, .truncated)
        for salvage in [false, true] {
            XCTAssertThrowsError(try f.saveToMemory(salvage: salvage)) { error in
                XCTAssertEqual((error as? DICOMError)?.status, .truncated)
            }
        }
    }

    /// FuzzWrite finding: a defined-length item whose last element overruns the item. Where the
    /// item happened to end at the end of the file (after the save dropped a trailing group
    /// length), the reader took the overrun for a cut-short file and salvaged the element, so a
    /// UN that did not parse as a sequence before the save parsed as one after it. The item's end
    /// is a declared boundary wherever it falls: both files now read the same, and an explicit SQ
    /// with such an item keeps its damage to itself (the file opens; the save keeps its bytes).
    func testItemOverrunAtEndOfFileIsNotTruncation() throws {
        for asUN in [false, true] {
            let f = DICOMFile.new()
            try f.set("SOPClassUID", string: "1.2.840.10008.5.1.4.1.1.7")
            try f.set("SOPInstanceUID", string: "2.25.43")
            try f.set("PatientName", string: "Smith^Buddy")
            try f.set("PatientBreedCodeSequence[0].CodeValue", string: "64580009")
            try f.set("PatientBreedCodeSequence[0].CodingSchemeDesignator", string: "SCT")
            try f.set("PatientBreedCodeSequence[0].CodeMeaning", string: "Labrador retriever")
            var bytes = try f.saveToMemory(transferSyntaxUID: Self.explicitLE)
            let seq = try locate(bytes, Tag(0x0010, 0x2293))
            if asUN { bytes[seq.lengthField - 4] = 0x55; bytes[seq.lengthField - 3] = 0x4E }   // "SQ" -> "UN"
            // CodeMeaning's 16-bit length now runs 0x100 bytes past its item (and the file).
            let meaning: [UInt8] = [0x08, 0x00, 0x04, 0x01, 0x4C, 0x4F]
            let at = try XCTUnwrap((0..<(bytes.count - 6)).first { Array(bytes[$0..<($0 + 6)]) == meaning })
            bytes[at + 6] = 0x00; bytes[at + 7] = 0x01
            // A trailing group length after the sequence, which a save drops.
            bytes += [0x12, 0x00, 0x00, 0x00, 0x55, 0x4C, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00]
            let a = try bytes.withUnsafeBytes { try DICOMFile(bytes: $0) }
            let saved = try a.saveToMemory(transferSyntaxUID: Self.explicitLE)
            XCTAssertEqual(saved.count, bytes.count - 12, "only the group length is dropped")
            let b = try saved.withUnsafeBytes { try DICOMFile(bytes: $0) }
            for (name, ds) in [("source", a.dataSet), ("saved", b.dataSet)] {
                let e = try XCTUnwrap(ds.element(Tag(0x0010, 0x2293)))
                XCTAssertNil(e.items, "\(name) asUN=\(asUN): the item does not parse")
                XCTAssertEqual(e.vr, asUN ? .UN : .SQ, "\(name) asUN=\(asUN)")
                XCTAssertEqual(e.damage?.status, asUN ? nil : .invalidData, "\(name) asUN=\(asUN)")
                XCTAssertEqual([UInt8](ds.rawValue(e)).count, seq.value > 0 ? e.length : 0)
            }
            let ea = try XCTUnwrap(a.dataSet.element(Tag(0x0010, 0x2293)))
            let eb = try XCTUnwrap(b.dataSet.element(Tag(0x0010, 0x2293)))
            XCTAssertEqual([UInt8](a.dataSet.rawValue(ea)), [UInt8](b.dataSet.rawValue(eb)))
        }
    }

    /// The option is in the typed table and reaches the save.
    func testOptionTable() throws {
        XCTAssertEqual(FileOptions.spec("save_salvaged")?.defaultValue, 0)
        var o = FileOptions()
        XCTAssertEqual(o.set("save_salvaged", int: 1), .ok)
        XCTAssertEqual(o.set("save_salvaged", int: 2), .invalidArgument)
        let bytes = try sourceFile()
        let seq = try locate(bytes, Tag(0x0008, 0x1140))
        let cut = Array(bytes[0..<(seq.value + 20)])
        let f = try cut.withUnsafeBytes { try DICOMFile(bytes: $0, options: o) }
        XCTAssertNoThrow(try f.saveToMemory())
        let path = "/tmp/vetdicom-salvage-\(getpid()).dcm"
        XCTAssertNoThrow(try f.save(toPath: path))
        unlink(path)
    }

    /// Issue 9: a Number of Frames the pixel data does not hold (2^28 - 1 declared, one 4 x 5
    /// frame present, max_frames raised so that the file opens) transcoded to an encapsulated
    /// syntax with a Basic or an Extended Offset Table: a clear error naming the missing frame,
    /// before any placeholder sized by the frame count is written (it used to be an array of
    /// 8 bytes x 2^28 for each table), and no file left behind.
    func testHostileFrameCountTranscodeGivesAnErrorNotAHugeTable() throws {
        let f = DICOMFile.new()
        try f.set("SOPClassUID", string: "1.2.840.10008.5.1.4.1.1.7")
        try f.set("SOPInstanceUID", string: "2.25.43")
        try f.set("Rows", string: "4")
        try f.set("Columns", string: "5")
        try f.set("SamplesPerPixel", string: "1")
        try f.set("PhotometricInterpretation", string: "MONOCHROME2")
        try f.set("BitsAllocated", string: "8")
        try f.set("BitsStored", string: "8")
        try f.set("HighBit", string: "7")
        try f.set("PixelRepresentation", string: "0")
        try f.set("NumberOfFrames", string: "268435455")
        try f.dataSet.setNativePixelData((0..<20).map { UInt8($0) }, vr: .OB)
        f.didEdit()
        let bytes = try f.saveToMemory(transferSyntaxUID: Self.explicitLE)
        var o = FileOptions()
        XCTAssertEqual(o.set("max_frames", int: 1 << 31), .ok)
        let g = try bytes.withUnsafeBytes { try DICOMFile(bytes: $0, options: o) }
        XCTAssertEqual(try g.pixels().frameCount, 268_435_455)
        let dir = NSTemporaryDirectory() + "vd-frames-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for eot in [false, true] {
            let path = dir + "/out-\(eot).dcm"
            XCTAssertThrowsError(try Transcoder.transcode(g, toPath: path, transferSyntax: "rle", extendedOffsetTable: eot)) { error in
                let e = error as? DICOMError
                XCTAssertEqual(e?.status, .invalidData, "\(error)")
                XCTAssertTrue(e?.message.contains("frame 268435454") ?? false, e?.message ?? "")
            }
            XCTAssertFalse(FileManager.default.fileExists(atPath: path))
        }
        // The same file with the frames it declares present transcodes (tables patched right).
        let small = f
        try small.set("NumberOfFrames", string: "3")
        try small.dataSet.setNativePixelData((0..<60).map { UInt8($0) }, vr: .OB)
        small.didEdit()
        let h = try small.saveToMemory(transferSyntaxUID: Self.explicitLE).withUnsafeBytes { try DICOMFile(bytes: $0) }
        for eot in [false, true] {
            let path = dir + "/ok-\(eot).dcm"
            try Transcoder.transcode(h, toPath: path, transferSyntax: "rle", extendedOffsetTable: eot)
            let r = try DICOMFile(path: path)
            XCTAssertEqual(r.dataSet.element(Tag.extendedOffsetTable) != nil, eot)
            for i in 0..<3 { XCTAssertEqual(try r.decodeFrame(i).0, (0..<20).map { UInt8(i * 20 + $0) }) }
        }
    }
}

extension String {
    /// "(gggg,eeee)".
    init(format2 group: UInt16, _ element: UInt16) {
        func hex(_ v: UInt16) -> String {
            let s = String(v, radix: 16, uppercase: true)
            return String(repeating: "0", count: 4 - s.count) + s
        }
        self = "(\(hex(group)),\(hex(element)))"
    }
}

