import Foundation
import XCTest
@testable import DICOMCore
import TestSupport

/// Every file of the shared corpus: files pydicom reads must parse, with the image attributes
/// and transfer syntax of the manifest; the others must give a status, never a crash.
final class CorpusParseTests: XCTestCase {
    func testEveryCorpusFile() throws {
        guard Corpus.root != nil else { throw XCTSkip(Corpus.absentMessage) }
        let entries = try Corpus.entries()
        XCTAssertGreaterThan(entries.count, 100)
        var parsed = 0
        for entry in entries {
            let store: ByteStore
            do { store = try ByteStore(mappingFile: entry.fullPath) } catch {
                XCTFail("\(entry.path): cannot map: \(error)"); continue
            }
            var parser = Parser()
            let result: ParsedFile
            do {
                result = try parser.parse(store)
            } catch let e as DICOMError {
                if entry.pydicomOK {
                    XCTFail("\(entry.path): pydicom reads it, we fail: \(e)")
                } else {
                    XCTAssertNotEqual(e.status, .ok, entry.path)
                }
                continue
            }
            parsed += 1
            guard entry.pydicomOK else { continue }
            let ds = result.dataSet
            let p = entry.path
            if let ts = entry.effectiveTransferSyntaxUID {
                if entry.transferSyntaxUID != nil {
                    XCTAssertEqual(result.transferSyntax.uid, ts, "\(p): transfer syntax")
                } else {
                    XCTAssertEqual(result.transferSyntax.explicitVR, TransferSyntax(uid: ts).explicitVR, "\(p): inferred VR encoding")
                    XCTAssertEqual(result.transferSyntax.bigEndian, TransferSyntax(uid: ts).bigEndian, "\(p): inferred byte order")
                }
            }
            if let v = entry.hasPreamble { XCTAssertEqual(result.hasPreamble, v, "\(p): preamble") }
            if let v = entry.hasFileMeta { XCTAssertEqual(result.hasFileMeta, v, "\(p): file meta") }
            func checkInt(_ tag: Tag, _ expected: Int?, _ name: String) {
                guard let expected else { return }
                XCTAssertEqual(ds.int(tag), expected, "\(p): \(name)")
            }
            checkInt(Tag(0x0028, 0x0010), entry.rows, "rows")
            checkInt(Tag(0x0028, 0x0011), entry.columns, "columns")
            checkInt(Tag(0x0028, 0x0002), entry.samplesPerPixel, "samples_per_pixel")
            checkInt(Tag(0x0028, 0x0100), entry.bitsAllocated, "bits_allocated")
            checkInt(Tag(0x0028, 0x0101), entry.bitsStored, "bits_stored")
            checkInt(Tag(0x0028, 0x0102), entry.highBit, "high_bit")
            checkInt(Tag(0x0028, 0x0103), entry.pixelRepresentation, "pixel_representation")
            checkInt(Tag(0x0028, 0x0006), entry.planarConfiguration, "planar_configuration")
            checkInt(Tag(0x0028, 0x0008), entry.numberOfFrames, "number_of_frames")
            if let pi = entry.photometricInterpretation {
                XCTAssertEqual(ds.string(Tag(0x0028, 0x0004)), pi, "\(p): photometric_interpretation")
            }
            if let sop = entry.sopClassUID {
                XCTAssertEqual(ds.string(Tag(0x0008, 0x0016)), sop, "\(p): sop_class_uid")
            }
            // Pixel data: encapsulated exactly when the manifest says so, with its fragment count.
            if let enc = entry.encapsulation, let frags = enc.fragments, entry.pixelDataElement == "PixelData" {
                let px = ds.element(Tag.pixelData)
                XCTAssertEqual(px?.fragments?.count, frags, "\(p): fragments")
                if let botEntries = enc.basicOffsetTableEntries {
                    XCTAssertEqual((px?.basicOffsetTable?.count ?? -4) / 4, botEntries, "\(p): BOT entries")
                }
                if let eot = enc.extendedOffsetTable {
                    XCTAssertEqual(ds.element(Tag.extendedOffsetTable) != nil, eot, "\(p): extended offset table")
                }
            }
            // JSON of every data set is produced without trapping and is an object.
            // (Issue56-NoPixelData.dcm has a 16384-entry US LUT: JSON of it is quadratic today and
            // takes ~50 s in debug builds, see ParserTests.testJSONOfLongBinaryValueIsLinear.)
            if p.hasSuffix("Issue56-NoPixelData.dcm") { continue }
            let json = ds.json()
            XCTAssertTrue(json.hasPrefix("{") && json.hasSuffix("}"), "\(p): json")
        }
        XCTAssertGreaterThanOrEqual(parsed, entries.filter { $0.pydicomOK }.count)
    }

    /// The deeply nested file that crashes dcmdump/gdcmdump and exhausts pydicom's recursion.
    func testDeeplyNestedCorpusFileHitsDepthLimit() throws {
        guard Corpus.root != nil else { throw XCTSkip(Corpus.absentMessage) }
        guard let entry = try Corpus.entries().first(where: { $0.path.contains("Deeply-Nested") }) else {
            throw XCTSkip("no deeply nested file in this corpus")
        }
        // Salvage: the file opens; the sequence nested deeper than max_depth carries the error.
        let p = try parseBytes(try Corpus.bytes(entry))
        XCTAssertNotNil(p.dataSet.element(Tag.pixelData))
        let e = firstDamage(p.dataSet)
        XCTAssertEqual(e?.status, .limitExceeded, "\(String(describing: e))")
        XCTAssertTrue(e?.message.contains("max_depth") ?? false)
        XCTAssertEqual(p.depthReached, 64)
    }

    /// The corpus entries decode to the manifest's typed fields (TestSupport's reader).
    func testManifestReader() throws {
        guard Corpus.root != nil else { throw XCTSkip(Corpus.absentMessage) }
        let entries = try Corpus.entries()
        guard let first = entries.first(where: { $0.path == "cornerstone/CT0012.fragmented_no_bot_jpeg_baseline.51.dcm" }) else {
            throw XCTSkip("reference entry not in this corpus")
        }
        XCTAssertEqual(first.rows, 512)
        XCTAssertEqual(first.numberOfFrames, 2)
        XCTAssertEqual(first.framesSHA256.count, 2)
        XCTAssertEqual(first.encapsulation?.fragments, 11)
        XCTAssertEqual(first.pixelsStatus, "agreed_within_tolerance")
        // SHA-256 of the file bytes equals the manifest's file_sha256.
        let bytes = try Corpus.bytes(first)
        XCTAssertEqual(sha256Hex(bytes), first.raw["file_sha256"] as? String)
        XCTAssertEqual(sha256Hex([UInt8]("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(sha256Hex([UInt8](repeating: 0x61, count: 1_000)), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    /// Every element (sequence items included) of every file pydicom reads: same tags, same VRs, same text values
    /// (text VRs, decoded through the character set) as pydicom 3. Needs python3 + pydicom.
    func testElementsMatchPydicom() throws {
        guard let root = Corpus.root else { throw XCTSkip(Corpus.absentMessage) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [ProcessInfo.processInfo.environment["PYTHON"] ?? "python3", "-c", Self.pydicomScript, root]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = Pipe()
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0,
              let ref = try JSONSerialization.jsonObject(with: data) as? [String: [String: [Any]]] else {
            throw XCTSkip("pydicom reference not available")
        }
        var mismatches: [String] = []
        var nestedCompared = 0
        for (path, elements) in ref.sorted(by: { $0.key < $1.key }) {
            nestedCompared += elements.keys.filter { $0.contains("[") }.count
            guard let ds = try? parseBytes(try Corpus.bytes(relativePath: path)).dataSet else {
                mismatches.append("\(path): does not parse"); continue
            }
            var ours: [String: (DataSet, Element)] = [:]
            func walk(_ d: DataSet, _ prefix: String) {
                for e in d.elements {
                    let key = prefix + hex4(e.tag.group) + hex4(e.tag.element)
                    ours[key] = (d, e)
                    for (i, item) in (e.items ?? []).enumerated() { walk(item, key + "[\(i)].") }
                }
            }
            walk(ds, "")
            for (tag, info) in elements.sorted(by: { $0.key < $1.key }) {
                guard let (ds, e) = ours[tag] else { mismatches.append("\(path) \(tag): missing"); continue }
                let vr = info.first as? String ?? ""
                // Private tags: their VR and value against pydicom (private dictionary) are checked
                // by bindings/python/tests/test_private_dictionary.py.
                if e.tag.isPrivate { continue }
                if vr != "ERR" && !vr.contains(" or ") && vr != e.vr.name {
                    mismatches.append("\(path) \(tag): VR \(e.vr.name), pydicom \(vr)")
                    continue
                }
                if vr == "SQ" {
                    let n = info.count > 2 ? (info[2] as? Int ?? -1) : -1
                    if e.items?.count != n { mismatches.append("\(path) \(tag): \(e.items?.count ?? -1) items, pydicom \(n)") }
                    continue
                }
                if info.count > 1, let text = info[1] as? String {
                    let mine = (try? ds.text(e, index: -1)) ?? "<error>"
                    // pydicom keeps the padding inside multi-valued strings ("P   \\F"); PS3.5 6.2
                    // makes it insignificant.
                    let theirs = text.split(separator: "\\", omittingEmptySubsequences: false)
                        .map { trimSpaces(String($0)) }.joined(separator: "\\")
                    if mine != theirs { mismatches.append("\(path) \(tag): '\(mine)', pydicom '\(theirs)'") }
                }
            }
            for tag in ours.keys.sorted() where elements[tag] == nil { mismatches.append("\(path) \(tag): extra element") }
        }
        XCTAssertGreaterThan(nestedCompared, 1000, "elements inside sequence items were compared")
        if !mismatches.isEmpty { print("PYDICOM-MISMATCH\n" + mismatches.joined(separator: "\n")) }
        XCTAssertEqual(mismatches.count, 0, mismatches.prefix(40).joined(separator: "\n"))
    }

    static let pydicomScript = #"""
import json, os, sys
import pydicom, warnings
warnings.simplefilter('ignore')
TEXT = ('AE','AS','CS','DA','DT','LO','LT','PN','SH','ST','TM','UC','UI','UR','UT')
def walk(ds, prefix, els):
    for tag in list(ds.keys()):
        key = prefix + '%08X' % int(tag)
        try:
            el = ds[tag]
        except Exception:
            els[key] = ['ERR', None]; continue
        if el.VR == 'SQ':
            els[key] = ['SQ', None, len(el.value)]
            for i, item in enumerate(el.value):
                walk(item, key + '[%d].' % i, els)
            continue
        v = None
        if el.VR in TEXT:
            try:
                val = el.value
                if val is None: v = ''
                elif isinstance(val, (list, pydicom.multival.MultiValue)): v = '\\'.join(str(x) for x in val)
                else: v = str(val)
            except Exception: v = None
        els[key] = [el.VR, v]
root = sys.argv[1]
m = json.load(open(os.path.join(root, 'manifest.json')))
out = {}
for f in m['files']:
    if f['parsers'].get('pydicom') != 'ok': continue
    try:
        ds = pydicom.dcmread(os.path.join(root, f['path']), force=True)
    except Exception:
        continue
    els = {}
    walk(ds, '', els)
    out[f['path']] = els
json.dump(out, sys.stdout)
"""#
}
