#if canImport(Glibc)
import Glibc
#endif

/// Deterministic synthetic veterinary DICOM files (for `vetdicom sample`, tests and examples).
/// The same arguments always give the same bytes.
public enum SampleFactory {
    public static let radiographStudyUID = "2.25.302884190127416829151466358213741512011"
    public static let radiographSeriesUID = "2.25.302884190127416829151466358213741512012"
    public static let radiographSOPInstanceUID = "2.25.302884190127416829151466358213741512013"
    public static let cineStudyUID = "2.25.302884190127416829151466358213741512021"
    public static let cineSeriesUID = "2.25.302884190127416829151466358213741512022"
    public static let cineSOPInstanceUID = "2.25.302884190127416829151466358213741512023"
    /// Digital X-Ray Image Storage - For Presentation.
    public static let dxSOPClassUID = "1.2.840.10008.5.1.4.1.1.1.1"
    /// Ultrasound Multi-frame Image Storage.
    public static let usMultiFrameSOPClassUID = "1.2.840.10008.5.1.4.1.1.3.1"
    /// Window of the radiograph (center, width).
    public static let radiographWindow = (center: 1600.0, width: 3000.0)

    /// The pixels of `veterinaryRadiograph`: rows x columns 16-bit little-endian samples, 12
    /// bits stored (0...4095): a thorax-like ellipse body, spine and rib bands brighter, noise
    /// from a fixed linear congruential generator.
    public static func radiographPixels(rows: Int, columns: Int) -> [UInt16] {
        let r = max(1, min(rows, 4096)), c = max(1, min(columns, 4096))
        var px = [UInt16](repeating: 0, count: r * c)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let cx = Double(c) / 2, cy = Double(r) / 2
        let ax = Double(c) * 0.42, ay = Double(r) * 0.30
        for y in 0..<r {
            for x in 0..<c {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let noise = Double(Int((state >> 33) % 41) - 20)
                let u = (Double(x) - cx) / ax
                let v = (Double(y) - cy) / ay
                let d2 = u * u + v * v
                var value = 90.0
                if d2 < 1 {
                    // Soft tissue: thicker (brighter) towards the middle.
                    value = 900 + 700 * (1 - d2)
                    // Spine: a band with vertebrae.
                    let sv = v + 0.45
                    if abs(sv) < 0.10 && cos(u * Double.pi * 9) > -0.4 { value += 1500 - 4000 * sv * sv }
                    // Ribs: curved bands below the spine.
                    if v > -0.35 && abs(u) < 0.75 {
                        let phase = (u * 7 + v * v * 2.5)
                        let band = phase - phase.rounded(.down)
                        if band < 0.18 { value += 650 }
                    }
                    // Heart: a darker rounded area.
                    let hu = (u + 0.15) / 0.28, hv = (v - 0.15) / 0.35
                    if hu * hu + hv * hv < 1 { value += 350 }
                }
                let s = max(0, min(4095, value + noise))
                px[y * c + x] = UInt16(s.rounded())
            }
        }
        return px
    }

    /// A synthetic canine thorax radiograph (DX, Explicit VR Little Endian, MONOCHROME2, 16 bits
    /// allocated, 12 stored) with the veterinary patient module filled in: "Smith^Buddy", a
    /// neutered male Labrador retriever owned by "Smith^John".
    public static func veterinaryRadiograph(rows: Int = 512, columns: Int = 512) -> [UInt8] {
        let r = max(1, min(rows, 4096)), c = max(1, min(columns, 4096))
        let pixels = radiographPixels(rows: r, columns: c)
        var pixelBytes = [UInt8]()
        pixelBytes.reserveCapacity(pixels.count * 2)
        for p in pixels { pixelBytes.append(UInt8(p & 0xFF)); pixelBytes.append(UInt8(p >> 8)) }
        var e = patientAndStudy(studyUID: radiographStudyUID, seriesUID: radiographSeriesUID,
                                sopClass: dxSOPClassUID, sopInstance: radiographSOPInstanceUID,
                                modality: "DX", seriesDescription: "Thorax right lateral")
        e += [
            SE(Tag(0x0008, 0x0008), .CS, .strings(["ORIGINAL", "PRIMARY"])),
            SE(Tag(0x0008, 0x0068), .CS, .strings(["FOR PRESENTATION"])),
            SE(Tag(0x0018, 0x0015), .CS, .strings(["THORAX"])),
            SE(Tag(0x0018, 0x1164), .DS, .doubles([0.15, 0.15])),
            SE(Tag(0x0018, 0x5101), .CS, .strings(["RL"])),
            SE(Tag(0x0020, 0x0020), .CS, .strings(["A", "F"])),
            SE(Tag(0x0028, 0x0002), .US, .ints([1])),
            SE(Tag(0x0028, 0x0004), .CS, .strings(["MONOCHROME2"])),
            SE(Tag(0x0028, 0x0010), .US, .ints([Int64(r)])),
            SE(Tag(0x0028, 0x0011), .US, .ints([Int64(c)])),
            SE(Tag(0x0028, 0x0030), .DS, .doubles([0.15, 0.15])),
            SE(Tag(0x0028, 0x0100), .US, .ints([16])),
            SE(Tag(0x0028, 0x0101), .US, .ints([12])),
            SE(Tag(0x0028, 0x0102), .US, .ints([11])),
            SE(Tag(0x0028, 0x0103), .US, .ints([0])),
            SE(Tag(0x0028, 0x1040), .CS, .strings(["LIN"])),
            SE(Tag(0x0028, 0x1050), .DS, .doubles([radiographWindow.center])),
            SE(Tag(0x0028, 0x1051), .DS, .doubles([radiographWindow.width])),
            SE(Tag(0x0028, 0x1052), .DS, .doubles([0])),
            SE(Tag(0x0028, 0x1053), .DS, .doubles([1])),
            SE(Tag(0x0028, 0x1054), .LO, .strings(["US"])),
            SE(Tag(0x2050, 0x0020), .CS, .strings(["IDENTITY"])),
            SE(Tag.pixelData, .OW, .bytes(pixelBytes)),
        ]
        return (try? SE.file(e)) ?? []
    }

    /// A small ultrasound cine: `frames` frames of 64 x 48 RGB (8 bits, planar configuration 0,
    /// Explicit VR Little Endian), a bright blob moving across a dark sector.
    public static func multiFrameCine(frames: Int) -> [UInt8] {
        let n = max(1, min(frames, 1000))
        let rows = 48, cols = 64
        var pixelBytes = [UInt8]()
        pixelBytes.reserveCapacity(n * rows * cols * 3)
        for f in 0..<n {
            let bx = 8 + (f * 5) % 48, by = 24 + ((f * 3) % 11) - 5
            for y in 0..<rows {
                for x in 0..<cols {
                    // Ultrasound sector: inside a cone from the top centre.
                    let dx = x - cols / 2, dy = y
                    let inSector = dy * dy + dx * dx < 46 * 46 && abs(dx) * 10 <= dy * 12
                    var g = inSector ? 30 + ((x * 7 + y * 13 + f * 3) % 23) : 0
                    let ddx = x - bx, ddy = y - by
                    if inSector && ddx * ddx + ddy * ddy < 36 { g = 200 }
                    let red = min(255, g + (inSector && y < 4 ? 60 : 0))
                    pixelBytes.append(UInt8(red))
                    pixelBytes.append(UInt8(g))
                    pixelBytes.append(UInt8(min(255, g + 10)))
                }
            }
        }
        var e = patientAndStudy(studyUID: cineStudyUID, seriesUID: cineSeriesUID,
                                sopClass: usMultiFrameSOPClassUID, sopInstance: cineSOPInstanceUID,
                                modality: "US", seriesDescription: "Abdomen cine")
        e += [
            SE(Tag(0x0008, 0x0008), .CS, .strings(["ORIGINAL", "PRIMARY"])),
            SE(Tag(0x0018, 0x1063), .DS, .doubles([40])),
            SE(Tag(0x0018, 0x0040), .IS, .ints([25])),
            SE(Tag(0x0028, 0x0002), .US, .ints([3])),
            SE(Tag(0x0028, 0x0004), .CS, .strings(["RGB"])),
            SE(Tag(0x0028, 0x0006), .US, .ints([0])),
            SE(Tag(0x0028, 0x0008), .IS, .ints([Int64(n)])),
            SE(Tag(0x0028, 0x0009), .AT, .tags([Tag(0x0018, 0x1063)])),
            SE(Tag(0x0028, 0x0010), .US, .ints([Int64(rows)])),
            SE(Tag(0x0028, 0x0011), .US, .ints([Int64(cols)])),
            SE(Tag(0x0028, 0x0100), .US, .ints([8])),
            SE(Tag(0x0028, 0x0101), .US, .ints([8])),
            SE(Tag(0x0028, 0x0102), .US, .ints([7])),
            SE(Tag(0x0028, 0x0103), .US, .ints([0])),
            SE(Tag.pixelData, .OB, .bytes(pixelBytes)),
        ]
        return (try? SE.file(e)) ?? []
    }

    static func code(_ value: String, _ scheme: String, _ meaning: String) -> [SE] {
        ([
            SE(Tag(0x0008, 0x0100), .SH, .strings([value])),
            SE(Tag(0x0008, 0x0102), .SH, .strings([scheme])),
            SE(Tag(0x0008, 0x0104), .LO, .strings([meaning])),
        ])
    }

    static func patientAndStudy(studyUID: String, seriesUID: String, sopClass: String, sopInstance: String,
                                modality: String, seriesDescription: String) -> [SE] {
        [
            SE(Tag(0x0008, 0x0005), .CS, .strings(["ISO_IR 192"])),
            SE(Tag(0x0008, 0x0016), .UI, .strings([sopClass])),
            SE(Tag(0x0008, 0x0018), .UI, .strings([sopInstance])),
            SE(Tag(0x0008, 0x0020), .DA, .strings(["20240315"])),
            SE(Tag(0x0008, 0x0030), .TM, .strings(["101500"])),
            SE(Tag(0x0008, 0x0050), .SH, .strings(["VET0001"])),
            SE(Tag(0x0008, 0x0060), .CS, .strings([modality])),
            SE(Tag(0x0008, 0x0070), .LO, .strings(["vetdicom"])),
            SE(Tag(0x0008, 0x0080), .LO, .strings(["Happy Paws Veterinary Clinic"])),
            SE(Tag(0x0008, 0x0090), .PN, .strings(["Doolittle^John^^Dr."])),
            SE(Tag(0x0008, 0x1030), .LO, .strings(["Thorax and abdomen"])),
            SE(Tag(0x0008, 0x103E), .LO, .strings([seriesDescription])),
            SE(Tag(0x0010, 0x0010), .PN, .strings(["Smith^Buddy"])),
            SE(Tag(0x0010, 0x0020), .LO, .strings(["VET-000123"])),
            SE(Tag(0x0010, 0x0030), .DA, .strings(["20190412"])),
            SE(Tag(0x0010, 0x0040), .CS, .strings(["M"])),
            SE(Tag(0x0010, 0x1030), .DS, .doubles([32.5])),
            SE(Tag(0x0010, 0x2201), .LO, .strings(["Canine"])),
            SE.seq(Tag(0x0010, 0x2202), [code("448771007", "SCT", "Canis lupus familiaris")]),
            SE(Tag(0x0010, 0x2203), .CS, .strings(["ALTERED"])),
            SE(Tag(0x0010, 0x2292), .LO, .strings(["Labrador Retriever"])),
            SE.seq(Tag(0x0010, 0x2293), [code("64580009", "SCT", "Labrador retriever dog breed")]),
            SE(Tag(0x0010, 0x2297), .PN, .strings(["Smith^John"])),
            SE(Tag(0x0010, 0x2298), .CS, .strings(["OWNER"])),
            SE(Tag(0x0010, 0x2299), .LO, .strings(["Happy Paws Veterinary Clinic"])),
            SE(Tag(0x0020, 0x000D), .UI, .strings([studyUID])),
            SE(Tag(0x0020, 0x000E), .UI, .strings([seriesUID])),
            SE(Tag(0x0020, 0x0010), .SH, .strings(["1"])),
            SE(Tag(0x0020, 0x0011), .IS, .ints([1])),
            SE(Tag(0x0020, 0x0013), .IS, .ints([1])),
        ]
    }
}

/// One element of a sample file: a value, or the items of a sequence.
struct SE {
    let tag: Tag
    let vr: VR
    let value: EditValue
    var items: [[SE]]? = nil
    init(_ tag: Tag, _ vr: VR, _ value: EditValue) { self.tag = tag; self.vr = vr; self.value = value }
    static func seq(_ tag: Tag, _ items: [[SE]]) -> SE {
        var e = SE(tag, .SQ, .bytes([]))
        e.items = items
        return e
    }

    /// Fills `ds` with `elements` (through the editing API, so every value is checked).
    static func apply(_ elements: [SE], to ds: DataSet) throws {
        for e in elements {
            if let items = e.items {
                let idx = try ds.sequenceIndex(e.tag, create: true, key: tagText(e.tag))
                for it in items {
                    let item = DataSet.empty(characterSet: ds.characterSet)
                    try apply(it, to: item)
                    ds.elements[idx].items?.append(item)
                }
            } else {
                try ds.setElement(in: ds, e.tag, e.value, vr: e.vr)
            }
        }
    }

    /// A Part 10 file, explicit VR little endian.
    static func file(_ elements: [SE]) throws -> [UInt8] {
        let ds = DataSet.empty()
        try apply(elements, to: ds)
        return try Serializer.encode(ds, options: SaveOptions(transferSyntaxUID: TransferSyntax.explicitVRLittleEndian))
    }
}
