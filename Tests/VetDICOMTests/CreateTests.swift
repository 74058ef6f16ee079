import XCTest
import DICOMCore
import VetDICOM

/// ImageFactory: every IOD in the four uncompressed syntaxes parses back with the attributes and
/// pixels given; refusals are clear errors. (dciodvfy runs on the same objects in the Python
/// suite, bindings/python/tests/test_create.py.)
final class CreateTests: XCTestCase {
    static let syntaxes = [TransferSyntax.explicitVRLittleEndian, TransferSyntax.implicitVRLittleEndian,
                           TransferSyntax.explicitVRBigEndian, TransferSyntax.deflatedExplicitVRLittleEndian]

    func patient() -> NewPatient {
        var p = NewPatient()
        p.animalName = "Buddy"
        p.ownerFamilyName = "Smith"
        p.patientID = "VET-1"
        p.speciesDescription = "Canine"
        p.speciesCodeValue = "448771007"
        p.speciesCodeMeaning = "Canis lupus familiaris"
        p.breedDescription = "Labrador Retriever"
        p.sex = "M"
        p.neutered = "ALTERED"
        return p
    }

    func request(_ modality: String, rows: Int = 6, columns: Int = 5, frames: Int = 1, samples: Int = 1,
                 bits: Int = 16, signed: Bool = false) -> NewImage {
        var r = NewImage()
        r.modality = modality
        r.patient = patient()
        r.pixels.rows = rows
        r.pixels.columns = columns
        r.pixels.frames = frames
        r.pixels.samplesPerPixel = samples
        r.pixels.bitsAllocated = bits
        r.pixels.pixelRepresentation = signed ? 1 : 0
        let count = rows * columns * frames * samples * bits / 8
        r.pixels.data = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        if bits == 16 && !signed {  // keep 12 bits stored meaningful
            for i in stride(from: 1, to: count, by: 2) { r.pixels.data[i] &= 0x0F }
            r.pixels.bitsStored = 12
        }
        return r
    }

    func testEveryIODInEveryUncompressedSyntax() throws {
        let cases: [(NewImage, String)] = [
            (request("DX"), "1.2.840.10008.5.1.4.1.1.1.1"),
            (request("CR"), "1.2.840.10008.5.1.4.1.1.1"),
            (request("CT", signed: true), "1.2.840.10008.5.1.4.1.1.2"),
            (request("MR"), "1.2.840.10008.5.1.4.1.1.4"),
            (request("US", bits: 8), "1.2.840.10008.5.1.4.1.1.6.1"),
            (request("US", frames: 3, samples: 3, bits: 8), "1.2.840.10008.5.1.4.1.1.3.1"),
            (request("OT", bits: 8), "1.2.840.10008.5.1.4.1.1.7"),
        ]
        for (req, sopClass) in cases {
            for ts in Self.syntaxes {
                let bytes = try ImageFactory.part10(req, transferSyntaxUID: ts)
                let file = try bytes.withUnsafeBytes { try DICOMFile(bytes: $0) }
                let ds = file.dataSet
                XCTAssertEqual(file.transferSyntax.uid, ts)
                XCTAssertEqual(ds.string(Tag(0x0008, 0x0016)), sopClass)
                XCTAssertEqual(ds.string(Tag(0x0010, 0x0010)), "Smith^Buddy")
                XCTAssertEqual(ds.string(Tag(0x0010, 0x2297)), "Smith^")
                XCTAssertEqual(ds.string(Tag(0x0010, 0x2298)), "OWNER")
                XCTAssertEqual(ds.items(Tag(0x0010, 0x2202)).first?.string(Tag(0x0008, 0x0102)), "SCT")
                XCTAssertEqual(ds.int(Tag(0x0028, 0x0101)), req.pixels.bitsStored == 0 ? req.pixels.bitsAllocated : req.pixels.bitsStored)
                let p = try file.pixels()
                XCTAssertEqual(p.frameCount, req.pixels.frames)
                let frameBytes = req.pixels.data.count / req.pixels.frames
                for i in 0..<req.pixels.frames {
                    let (frame, _) = try file.decodeFrame(i)
                    XCTAssertEqual(frame, Array(req.pixels.data[(i * frameBytes)..<((i + 1) * frameBytes)]),
                                   "\(req.modality) \(ts) frame \(i)")
                }
            }
        }
    }

    func testUIDs() throws {
        let a = try UIDGenerator.make(), b = try UIDGenerator.make()
        XCTAssertNotEqual(a, b)
        XCTAssertTrue(a.hasPrefix("2.25."))
        XCTAssertLessThanOrEqual(a.utf8.count, 64)
        XCTAssertFalse(a.dropFirst(5).hasPrefix("0"))
        let rooted = try UIDGenerator.make(root: "1.2.826.0.1.3680043.10.999")
        XCTAssertEqual(rooted.utf8.count, 64)
        XCTAssertTrue(rooted.hasPrefix("1.2.826.0.1.3680043.10.999."))
        XCTAssertEqual(UIDGenerator.decimal(hi: 0, lo: 0), "0")
        XCTAssertEqual(UIDGenerator.decimal(hi: UInt64.max, lo: UInt64.max), "340282366920938463463374607431768211455")
        for bad in ["1.02", "1..2", "a.b", "1.2.", String(repeating: "1.", count: 30) + "1"] {
            XCTAssertThrowsError(try UIDGenerator.make(root: bad)) { XCTAssertEqual(($0 as? DICOMError)?.status, .invalidValue) }
        }
    }

    func testOverridesAndPaths() throws {
        var r = request("DX")
        r.attributes = [("ImagerPixelSpacing", "0.1\\0.1"), ("(0008,1030)", "Thorax"),
                        ("AnatomicRegionSequence[0].CodeValue", "T-D3000"),
                        ("AnatomicRegionSequence[0].CodingSchemeDesignator", "SRT"),
                        ("AnatomicRegionSequence[0].CodeMeaning", "Chest"), ("Rows", "6")]
        let e = try ImageFactory.elements(r)
        XCTAssertEqual(e.first { $0.tag == Tag(0x0018, 0x1164) }?.value, .text(["0.1", "0.1"]))
        XCTAssertEqual(e.first { $0.tag == Tag(0x0008, 0x1030) }?.value, .text(["Thorax"]))
        guard case .items(let items)? = e.first(where: { $0.tag == Tag(0x0008, 0x2218) })?.value else {
            return XCTFail("no AnatomicRegionSequence")
        }
        XCTAssertEqual(items.count, 1)
        XCTAssertEqual(items[0].map(\.tag), [Tag(0x0008, 0x0100), Tag(0x0008, 0x0102), Tag(0x0008, 0x0104)])
        func status(_ attrs: [(String, String)]) -> Status? {
            var q = request("DX")
            q.attributes = attrs
            do { _ = try ImageFactory.elements(q); return nil } catch { return (error as? DICOMError)?.status }
        }
        XCTAssertEqual(status([("NoSuchKeyword", "1")]), .notFound)
        XCTAssertEqual(status([("Rows", "70000")]), .invalidValue)
        XCTAssertEqual(status([("SliceThickness", "thick")]), .invalidValue)
        XCTAssertEqual(status([("Modality", "WAYTOOLONGFORACODESTRING")]), .invalidValue)
        XCTAssertEqual(status([("AnatomicRegionSequence[3].CodeValue", "x")]), .outOfRange)
        XCTAssertEqual(status([("PatientName[0].CodeValue", "x")]), .invalidArgument)
    }

    func testRefusals() {
        func status(_ r: NewImage) -> Status? {
            do { _ = try ImageFactory.elements(r); return nil } catch { return (error as? DICOMError)?.status }
        }
        XCTAssertEqual(status(request("XA")), .unsupported)
        XCTAssertEqual(status(request("DX", frames: 2)), .unsupported)
        XCTAssertEqual(status(request("DX", signed: true)), .unsupported)
        XCTAssertEqual(status(request("CT", bits: 8)), .unsupported)
        XCTAssertEqual(status(request("DX", samples: 3, bits: 8)), .unsupported)
        var short = request("DX")
        short.pixels.data.removeLast()
        XCTAssertEqual(status(short), .invalidArgument)
        var huge = request("US", bits: 8)
        huge.pixels.rows = 65535
        huge.pixels.columns = 65535
        huge.pixels.frames = 2
        XCTAssertEqual(status(huge), .limitExceeded)
        var mono3 = request("OT", samples: 3, bits: 8)
        mono3.pixels.photometric = "MONOCHROME2"
        XCTAssertEqual(status(mono3), .invalidArgument)
        var regNoCode = request("DX")
        regNoCode.patient.breedRegistrationNumber = "X"
        XCTAssertEqual(status(regNoCode), .invalidArgument)
    }

    func testNonAsciiSetsUTF8AndHumanPatientHasNoVeterinaryAttributes() throws {
        var r = request("OT", bits: 8)
        r.patient = NewPatient()
        r.patient.ownerFamilyName = "Müller"
        r.patient.animalName = "Fido"
        let e = try ImageFactory.elements(r)
        XCTAssertEqual(e.first { $0.tag == Tag.specificCharacterSet }?.value, .text(["ISO_IR 192"]))
        XCTAssertNil(e.first { $0.tag == Tag(0x0010, 0x2201) })
        XCTAssertNil(e.first { $0.tag == Tag(0x0010, 0x2297) })
    }
}
