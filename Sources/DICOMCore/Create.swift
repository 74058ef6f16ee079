#if canImport(Glibc)
import Glibc
#endif

// Creating a complete image object from a vendor's pixels plus the veterinary patient: the IOD
// knowledge (which SOP class, which modules, which attributes with which defaults) as data and a
// little logic. The result is an ordered list of `NewElement`s (tag, VR, value, sequences of
// items); `dataSet` puts it into the one editable data set model (EditableDataSet.swift), which
// the C/Python/CLI layers hand out as an editable file and save with `Serializer`.
//
// Defaults follow one rule: what the IOD requires with a value (Type 1) and the caller did not
// give gets a documented neutral value (e.g. pixel spacing 1\1 for CT/MR, ImageLaterality U);
// what it allows empty (Type 2) is written empty, never invented. Every default can be replaced
// by an attribute override (`NewImage.attributes`, keyword or sequence path = value).

/// The value of one created element.
public enum NewValue: Sendable, Equatable {
    /// Text values, joined with backslash (no value = empty element).
    case text([String])
    /// Integers for the binary integer VRs (US, SS, UL, SL).
    case ints([Int64])
    /// Reals for FL, FD.
    case doubles([Double])
    /// AT values.
    case tags([Tag])
    /// Sequence items (no item = empty sequence).
    case items([[NewElement]])
    /// Raw little-endian bytes (OB, OW, pixel data).
    case bytes([UInt8])
}

/// One created element.
public struct NewElement: Sendable, Equatable {
    public var tag: Tag
    public var vr: VR
    public var value: NewValue
    public init(_ tag: Tag, _ vr: VR, _ value: NewValue) {
        self.tag = tag
        self.vr = vr
        self.value = value
    }
}

/// The pixels of a new image: native, little-endian, samples interleaved when planar
/// configuration is 0 (the layout of the decoded frames, stored as given).
public struct NewPixels: Sendable {
    public var rows = 0
    public var columns = 0
    public var frames = 1
    public var samplesPerPixel = 1
    public var bitsAllocated = 16
    /// 0 means Bits Allocated.
    public var bitsStored = 0
    /// 0 unsigned, 1 two's complement.
    public var pixelRepresentation = 0
    public var planarConfiguration = 0
    /// Empty: MONOCHROME2 for one sample, RGB for three.
    public var photometric = ""
    /// rows x columns x frames x samples x bitsAllocated/8 bytes exactly.
    public var data: [UInt8] = []
    public init() {}
}

/// The veterinary patient of a new image (PS3.3 C.7.1.1). Empty strings are absent values.
public struct NewPatient: Sendable {
    /// The whole (0010,0010) value; empty: "OwnerFamilyName^AnimalName".
    public var patientName = ""
    public var ownerFamilyName = ""
    public var animalName = ""
    public var patientID = ""
    public var birthDate = ""
    /// M, F or O.
    public var sex = ""
    /// ALTERED or UNALTERED.
    public var neutered = ""
    public var speciesDescription = ""
    public var speciesCodeValue = ""
    public var speciesCodeScheme = ""
    public var speciesCodeMeaning = ""
    public var breedDescription = ""
    public var breedCodeValue = ""
    public var breedCodeScheme = ""
    public var breedCodeMeaning = ""
    /// (0010,2297); empty: the owner's family name.
    public var responsiblePerson = ""
    /// (0010,2298); empty: OWNER when there is a responsible person.
    public var responsiblePersonRole = ""
    public var responsibleOrganization = ""
    /// Breed Registration Sequence (0010,2294): number and registry code (all three or none).
    public var breedRegistrationNumber = ""
    public var breedRegistryCodeValue = ""
    public var breedRegistryCodeScheme = ""
    public var breedRegistryCodeMeaning = ""
    public init() {}

    /// True when the patient is an animal (species given): the veterinary attributes are written.
    public var isAnimal: Bool { !speciesDescription.isEmpty || !speciesCodeValue.isEmpty }
}

/// What `ImageFactory.elements` builds: modality, pixels, patient, UID root, overrides.
public struct NewImage: Sendable {
    /// "DX", "CR", "CT", "MR", "US" or "OT" (Secondary Capture).
    public var modality = "OT"
    public var pixels = NewPixels()
    public var patient = NewPatient()
    /// Root for generated UIDs; empty: 2.25.<UUID as a decimal number>.
    public var uidRoot = ""
    /// Attribute overrides, applied last, in order: (keyword, tag "(gggg,eeee)" or path
    /// "Seq[0].Keyword", value). Text VRs take the value as written (backslash separates
    /// values); binary numbers are parsed; an empty value writes an empty element.
    public var attributes: [(String, String)] = []
    /// Fixed "now" (tests); nil: the local time.
    public var now: (date: String, time: String)? = nil
    public init() {}
}

/// The information object definitions the factory knows.
public enum ImageIOD: String, Sendable, CaseIterable {
    case dx, cr, ct, mr, us, usMultiFrame, sc

    public var sopClassUID: String {
        switch self {
        case .dx: return "1.2.840.10008.5.1.4.1.1.1.1"       // Digital X-Ray Image - For Presentation
        case .cr: return "1.2.840.10008.5.1.4.1.1.1"         // Computed Radiography Image
        case .ct: return "1.2.840.10008.5.1.4.1.1.2"         // CT Image
        case .mr: return "1.2.840.10008.5.1.4.1.1.4"         // MR Image
        case .us: return "1.2.840.10008.5.1.4.1.1.6.1"       // Ultrasound Image
        case .usMultiFrame: return "1.2.840.10008.5.1.4.1.1.3.1" // Ultrasound Multi-frame Image
        case .sc: return "1.2.840.10008.5.1.4.1.1.7"         // Secondary Capture Image
        }
    }

    /// The IOD for a modality string and a frame count.
    /// - Throws: `.unsupported` for another modality or several frames in a single-frame IOD.
    public static func select(modality: String, frames: Int) throws -> ImageIOD {
        switch modality.uppercased() {
        case "DX": if frames == 1 { return .dx }
        case "CR": if frames == 1 { return .cr }
        case "CT": if frames == 1 { return .ct }
        case "MR": if frames == 1 { return .mr }
        case "US": return frames == 1 ? .us : .usMultiFrame
        case "OT", "SC": if frames == 1 { return .sc }
        default:
            throw DICOMError(.unsupported, "modality '\(modality)': create knows DX, CR, CT, MR, US and OT (Secondary Capture)")
        }
        throw DICOMError(.unsupported, "modality \(modality) is a single-frame IOD; \(frames) frames given (only US holds several frames)")
    }

    /// The photometric interpretations the IOD allows for created images.
    var photometrics: [String] {
        switch self {
        case .dx, .cr, .ct, .mr: return ["MONOCHROME2", "MONOCHROME1"]
        // Native YBR_FULL_422 has its own packed layout (two lumas per chroma pair), and the US
        // IOD does not list YBR_FULL: colour goes in as RGB (an encoder may then store it as
        // YBR_FULL_422, YBR_RCT or YBR_ICT, as its transfer syntax requires).
        case .us, .usMultiFrame: return ["MONOCHROME2", "RGB"]
        case .sc: return ["MONOCHROME2", "MONOCHROME1", "RGB", "YBR_FULL"]
        }
    }
}

/// UIDs and "now".
public enum UIDGenerator {
    /// 2.25.<decimal of a random version-4 UUID> (PS3.5 B.2), or `root`.<random digits> fitting
    /// 64 characters when a root is given.
    /// - Throws: `.invalidValue` for a root that is not a UID or leaves fewer than 10 digits.
    public static func make(root: String = "") throws -> String {
        var g = SystemRandomNumberGenerator()
        var hi = g.next() as UInt64, lo = g.next() as UInt64
        hi = (hi & ~0xF000) | 0x4000                         // version 4
        lo = (lo & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000 // variant 10
        let digits = decimal(hi: hi, lo: lo)
        if root.isEmpty { return "2.25." + digits }
        try checkRoot(root)
        let room = 64 - root.utf8.count - 1
        guard room >= 10 else {
            throw DICOMError(.invalidValue, "UID root '\(root)' is \(root.utf8.count) characters: it leaves \(room) for the generated part (at least 10 needed within 64)")
        }
        var suffix = String(digits.prefix(room))
        while suffix.hasPrefix("0") { suffix.removeFirst() }
        if suffix.isEmpty { suffix = "1" }
        return root + "." + suffix
    }

    /// A UID root: digits and dots, no empty component, no leading zero in a component.
    public static func checkRoot(_ root: String) throws {
        let parts = root.split(separator: ".", omittingEmptySubsequences: false)
        let ok = root.utf8.count <= 53 && parts.allSatisfy { p in
            !p.isEmpty && p.allSatisfy { $0 >= "0" && $0 <= "9" } && (p == "0" || !p.hasPrefix("0"))
        }
        guard ok else {
            throw DICOMError(.invalidValue, "UID root '\(root)' is not a UID prefix (digits and dots, no leading zeros, at most 53 characters)")
        }
    }

    /// The decimal digits of the 128-bit number hi:lo.
    public static func decimal(hi: UInt64, lo: UInt64) -> String {
        var words: [UInt32] = [UInt32(hi >> 32), UInt32(hi & 0xFFFF_FFFF), UInt32(lo >> 32), UInt32(lo & 0xFFFF_FFFF)]
        var out: [UInt8] = []
        while words.contains(where: { $0 != 0 }) {
            var rem: UInt64 = 0
            for i in 0..<words.count {
                let cur = rem << 32 | UInt64(words[i])
                words[i] = UInt32(cur / 10)
                rem = cur % 10
            }
            out.append(UInt8(rem) + 48)
        }
        if out.isEmpty { return "0" }
        return String(decoding: out.reversed(), as: UTF8.self)
    }

    /// The local date (YYYYMMDD) and time (HHMMSS).
    public static func now() -> (date: String, time: String) {
        var t = time(nil)
        var tmv = tm()
        localtime_r(&t, &tmv)
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return ("\(tmv.tm_year + 1900)\(two(tmv.tm_mon + 1))\(two(tmv.tm_mday))",
                "\(two(tmv.tm_hour))\(two(tmv.tm_min))\(two(tmv.tm_sec))")
    }
}

/// Builds the element list of a new image for its IOD.
public enum ImageFactory {
    /// Checks the pixel description against the IOD and returns it completed (bits stored,
    /// photometric).
    /// - Throws: `.invalidArgument` for inconsistent sizes, `.unsupported` for a pixel format the
    ///   IOD does not hold.
    public static func checkPixels(_ p: NewPixels, iod: ImageIOD) throws -> NewPixels {
        var p = p
        func bad(_ m: String) -> DICOMError { DICOMError(.invalidArgument, m) }
        func unsupported(_ m: String) -> DICOMError { DICOMError(.unsupported, "\(iod.sopClassName): \(m)") }
        guard p.rows >= 1, p.rows <= 65535, p.columns >= 1, p.columns <= 65535 else {
            throw bad("rows and columns must be 1...65535 (got \(p.rows) x \(p.columns))")
        }
        guard p.frames >= 1, p.frames <= 2_147_483_647 else { throw bad("frames must be at least 1 (got \(p.frames))") }
        guard p.samplesPerPixel == 1 || p.samplesPerPixel == 3 else {
            throw bad("samples per pixel must be 1 or 3 (got \(p.samplesPerPixel))")
        }
        guard p.bitsAllocated == 8 || p.bitsAllocated == 16 || p.bitsAllocated == 32 else {
            throw unsupported("bits allocated must be 8, 16 or 32 (got \(p.bitsAllocated))")
        }
        if p.bitsStored == 0 { p.bitsStored = p.bitsAllocated }
        guard p.bitsStored >= 1, p.bitsStored <= p.bitsAllocated else {
            throw bad("bits stored must be 1...\(p.bitsAllocated) (got \(p.bitsStored))")
        }
        guard p.pixelRepresentation == 0 || p.pixelRepresentation == 1 else {
            throw bad("pixel representation must be 0 or 1 (got \(p.pixelRepresentation))")
        }
        guard p.planarConfiguration == 0 || p.planarConfiguration == 1 else {
            throw bad("planar configuration must be 0 or 1 (got \(p.planarConfiguration))")
        }
        if p.photometric.isEmpty { p.photometric = p.samplesPerPixel == 3 ? "RGB" : "MONOCHROME2" }
        p.photometric = p.photometric.uppercased()
        let mono = p.photometric.hasPrefix("MONOCHROME")
        guard iod.photometrics.contains(p.photometric) else {
            throw unsupported("photometric interpretation \(p.photometric) (allowed: \(iod.photometrics.joined(separator: ", ")))")
        }
        guard mono == (p.samplesPerPixel == 1) else {
            throw bad("\(p.photometric) needs \(mono ? 1 : 3) sample(s) per pixel (got \(p.samplesPerPixel))")
        }
        if p.photometric == "YBR_FULL_422" && p.planarConfiguration != 0 {
            throw bad("YBR_FULL_422 needs planar configuration 0")
        }
        if p.samplesPerPixel == 3 && p.bitsAllocated != 8 {
            throw unsupported("colour pixels must have 8 bits allocated (got \(p.bitsAllocated))")
        }
        switch iod {
        case .dx:
            guard p.bitsAllocated == 8 || p.bitsAllocated == 16 else { throw unsupported("bits allocated must be 8 or 16") }
            guard p.bitsStored >= 6 else { throw unsupported("bits stored must be 6...16") }
            guard p.pixelRepresentation == 0 else { throw unsupported("pixels must be unsigned") }
        case .ct:
            guard p.bitsAllocated == 16 else { throw unsupported("bits allocated must be 16") }
            guard p.bitsStored >= 12 else { throw unsupported("bits stored must be 12...16") }
        case .mr:
            guard p.bitsAllocated == 16 else { throw unsupported("bits allocated must be 16") }
        case .us, .usMultiFrame:
            guard p.pixelRepresentation == 0 else { throw unsupported("pixels must be unsigned") }
            guard p.bitsAllocated == 8 || (mono && p.bitsAllocated == 16) else {
                throw unsupported("bits allocated must be 8 (or 16 for MONOCHROME2)")
            }
            if p.bitsAllocated == 8 && p.bitsStored != 8 { throw unsupported("8-bit pixels must have 8 bits stored") }
        case .cr, .sc:
            break
        }
        if p.photometric.hasPrefix("YBR") && p.samplesPerPixel == 3 && p.pixelRepresentation != 0 {
            throw bad("YBR pixels must be unsigned")
        }
        // The exact byte count, with checked arithmetic.
        var need = p.rows.multipliedReportingOverflow(by: p.columns)
        for m in [p.frames, p.samplesPerPixel, p.bitsAllocated / 8] where !need.overflow {
            need = need.partialValue.multipliedReportingOverflow(by: m)
        }
        guard !need.overflow, need.partialValue <= 0xFFFF_FFF0 else {
            throw DICOMError(.limitExceeded, "the pixel data would exceed 4 GB (native pixel data has a 32-bit length)")
        }
        guard p.data.count == need.partialValue else {
            throw bad("the pixel data has \(p.data.count) bytes; \(p.rows) x \(p.columns) x \(p.frames) frame(s) x \(p.samplesPerPixel) sample(s) x \(p.bitsAllocated / 8) byte(s) = \(need.partialValue)")
        }
        return p
    }

    /// The complete element list of a new image (without file meta), sorted by tag.
    /// - Throws: `.unsupported` (modality, pixel format), `.invalidArgument` (sizes),
    ///   `.invalidValue` (UID root, an override that does not fit), `.notFound` (unknown keyword).
    public static func elements(_ request: NewImage) throws -> [NewElement] {
        let iod = try ImageIOD.select(modality: request.modality, frames: request.pixels.frames)
        let px = try checkPixels(request.pixels, iod: iod)
        let now = request.now ?? UIDGenerator.now()
        let root = request.uidRoot
        var b = Builder()
        let pt = request.patient

        // SOP Common
        b.text(0x0008_0016, .UI, iod.sopClassUID)
        b.text(0x0008_0018, .UI, try UIDGenerator.make(root: root))
        b.text(0x0008_0012, .DA, now.date)
        b.text(0x0008_0013, .TM, now.time)
        // Patient
        var name = pt.patientName
        if name.isEmpty && !(pt.ownerFamilyName.isEmpty && pt.animalName.isEmpty) {
            name = pt.ownerFamilyName + "^" + pt.animalName
        }
        b.text(0x0010_0010, .PN, name)
        b.text(0x0010_0020, .LO, pt.patientID)
        b.text(0x0010_0030, .DA, pt.birthDate)
        b.text(0x0010_0040, .CS, pt.sex.uppercased())
        if pt.isAnimal {
            b.text(0x0010_2201, .LO, pt.speciesDescription)
            if !pt.speciesCodeValue.isEmpty {
                b.items(0x0010_2202, [code(pt.speciesCodeValue, pt.speciesCodeScheme, pt.speciesCodeMeaning)])
            }
            b.text(0x0010_2203, .CS, pt.neutered.uppercased())
            b.text(0x0010_2292, .LO, pt.breedDescription)
            b.items(0x0010_2293, pt.breedCodeValue.isEmpty ? [] : [code(pt.breedCodeValue, pt.breedCodeScheme, pt.breedCodeMeaning)])
            if !pt.breedRegistrationNumber.isEmpty {
                guard !pt.breedRegistryCodeValue.isEmpty else {
                    throw DICOMError(.invalidArgument, "a breed registration number needs the registry's code (BreedRegistryCodeSequence is Type 1)")
                }
                b.items(0x0010_2294, [[
                    NewElement(Tag(0x0010_2295), .LO, .text([pt.breedRegistrationNumber])),
                    NewElement(Tag(0x0010_2296), .SQ, .items([code(pt.breedRegistryCodeValue, pt.breedRegistryCodeScheme,
                                                                    pt.breedRegistryCodeMeaning)])),
                ]])
            } else {
                b.items(0x0010_2294, [])
            }
            // Default: the owner, as a PN with the family name component ("Smith^": a lone
            // "Smith" is read by dciodvfy as the retired single-component form).
            let person = !pt.responsiblePerson.isEmpty ? pt.responsiblePerson
                : pt.ownerFamilyName.isEmpty ? "" : pt.ownerFamilyName + "^"
            b.text(0x0010_2297, .PN, person)
            if !person.isEmpty {
                b.text(0x0010_2298, .CS, pt.responsiblePersonRole.isEmpty ? "OWNER" : pt.responsiblePersonRole.uppercased())
            }
            b.text(0x0010_2299, .LO, pt.responsibleOrganization)
        }
        // General Study
        b.text(0x0020_000D, .UI, try UIDGenerator.make(root: root))
        b.text(0x0008_0020, .DA, now.date)
        b.text(0x0008_0030, .TM, now.time)
        b.text(0x0008_0090, .PN, "")
        b.text(0x0020_0010, .SH, "1")
        b.text(0x0008_0050, .SH, "")
        // General Series
        b.text(0x0008_0060, .CS, iod == .sc ? "OT" : request.modality.uppercased())
        b.text(0x0020_000E, .UI, try UIDGenerator.make(root: root))
        b.text(0x0020_0011, .IS, "1")
        b.text(0x0008_0021, .DA, now.date)
        b.text(0x0008_0031, .TM, now.time)
        if iod != .dx { b.text(0x0020_0060, .CS, "") }                       // Laterality (2C)
        // General Equipment
        b.text(0x0008_0070, .LO, "")
        // General Image
        b.text(0x0020_0013, .IS, "1")
        b.text(0x0008_0023, .DA, now.date)
        b.text(0x0008_0033, .TM, now.time)
        b.text(0x0020_0020, .CS, iod == .dx ? ["A", "F"] : [])                 // Patient Orientation
        b.text(0x0028_2110, .CS, "00")                                         // Lossy Image Compression
        b.text(0x0028_0301, .CS, "NO")                                         // Burned In Annotation
        // Image Pixel
        let mono = px.samplesPerPixel == 1
        b.ints(0x0028_0002, .US, px.samplesPerPixel)
        b.text(0x0028_0004, .CS, px.photometric)
        if !mono { b.ints(0x0028_0006, .US, px.planarConfiguration) }
        b.ints(0x0028_0010, .US, px.rows)
        b.ints(0x0028_0011, .US, px.columns)
        b.ints(0x0028_0100, .US, px.bitsAllocated)
        b.ints(0x0028_0101, .US, px.bitsStored)
        b.ints(0x0028_0102, .US, px.bitsStored - 1)
        b.ints(0x0028_0103, .US, px.pixelRepresentation)

        switch iod {
        case .dx:
            b.text(0x0008_0008, .CS, ["ORIGINAL", "PRIMARY"])
            b.text(0x0008_0068, .CS, "FOR PRESENTATION")
            b.items(0x0008_2218, [])                                           // Anatomic Region Sequence
            b.text(0x0020_0062, .CS, "U")                                      // Image Laterality: unpaired
            b.text(0x0018_1164, .DS, ["1", "1"])                               // Imager Pixel Spacing
            b.text(0x0018_7004, .CS, "")                                       // Detector Type
            b.text(0x0028_1040, .CS, "LIN")
            b.text(0x0028_1041, .SS, "1")
            b.text(0x0028_1052, .DS, "0")
            b.text(0x0028_1053, .DS, "1")
            b.text(0x0028_1054, .LO, "US")
            b.text(0x2050_0020, .CS, px.photometric == "MONOCHROME1" ? "INVERSE" : "IDENTITY")
            b.items(0x0040_0555, [])                                           // Acquisition Context
            window(&b, px)
        case .cr:
            b.text(0x0018_0015, .CS, "")                                       // Body Part Examined
            b.text(0x0018_5101, .CS, "")                                       // View Position
            b.text(0x0008_0008, .CS, ["ORIGINAL", "PRIMARY"])
            window(&b, px)
        case .ct, .mr:
            b.text(0x0008_0008, .CS, iod == .ct ? ["ORIGINAL", "PRIMARY", "AXIAL"] : ["ORIGINAL", "PRIMARY", "OTHER"])
            b.text(0x0020_0052, .UI, try UIDGenerator.make(root: root))      // Frame of Reference
            b.text(0x0020_1040, .LO, "")
            b.text(0x0018_5100, .CS, "")                                       // Patient Position
            b.text(0x0028_0030, .DS, ["1", "1"])                               // Pixel Spacing
            b.text(0x0020_0037, .DS, ["1", "0", "0", "0", "1", "0"])
            b.text(0x0020_0032, .DS, ["0", "0", "0"])
            b.text(0x0018_0050, .DS, "")                                       // Slice Thickness
            if iod == .ct {
                b.text(0x0028_1052, .DS, "0")
                b.text(0x0028_1053, .DS, "1")
                b.text(0x0028_1054, .LO, "HU")
                b.text(0x0018_0060, .DS, "")                                   // KVP
                b.text(0x0020_0012, .IS, "")                                   // Acquisition Number
            } else {
                b.text(0x0018_0020, .CS, "RM")                                 // Scanning Sequence: research mode
                b.text(0x0018_0021, .CS, "NONE")                               // Sequence Variant
                b.text(0x0018_0022, .CS, "")                                   // Scan Options
                b.text(0x0018_0023, .CS, "")                                   // MR Acquisition Type
                b.text(0x0018_0080, .DS, "")                                   // Repetition Time
                b.text(0x0018_0081, .DS, "")                                   // Echo Time
                b.text(0x0018_0091, .IS, "")                                   // Echo Train Length
            }
        case .us, .usMultiFrame:
            b.text(0x0008_0008, .CS, ["ORIGINAL", "PRIMARY"])
            if iod == .usMultiFrame {
                b.text(0x0028_0008, .IS, String(px.frames))
                b.tags(0x0028_0009, [Tag(0x0018, 0x1063)])                     // Frame Increment Pointer
                b.text(0x0018_1063, .DS, "40")                                 // Frame Time (ms)
            }
        case .sc:
            b.text(0x0008_0008, .CS, ["DERIVED", "SECONDARY"])
            b.text(0x0008_0064, .CS, "WSD")                                    // Conversion Type
        }
        b.set(NewElement(Tag.pixelData, px.bitsAllocated > 8 ? .OW : .OB, .bytes(px.data)))

        for (key, value) in request.attributes {
            try b.override(key, value)
        }
        // An optional module the overrides brought in needs its Type 2 attributes: DX
        // Positioning (View Position, distances, angles...) needs Positioner Type.
        let dxPositioning: [UInt32] = [0x0018_5101, 0x0054_0220, 0x0018_1110, 0x0018_1111, 0x0018_1114,
                                       0x0018_1510, 0x0018_1511, 0x0054_0410, 0x0018_1530, 0x0018_1531]
        if iod == .dx, dxPositioning.contains(where: { t in b.list.contains { $0.tag == Tag(t) } }),
           !b.list.contains(where: { $0.tag == Tag(0x0018, 0x1508) }) {
            b.text(0x0018_1508, .CS, "")
        }
        if b.needsUTF8 { b.text(0x0008_0005, .CS, "ISO_IR 192") }
        return b.sorted()
    }

    /// The new image as an editable data set (explicit VR little endian) in the one data set
    /// model, ready for `DICOMFile` and `Serializer`.
    /// - Throws: the errors of `elements`, and `.invalidValue` from the data set's value checks.
    public static func dataSet(_ request: NewImage) throws -> DataSet {
        let ds = DataSet.empty()
        try fill(ds, try elements(request))
        return ds
    }

    /// A Part 10 file of the new image in an uncompressed transfer syntax.
    public static func part10(_ request: NewImage, transferSyntaxUID: String = TransferSyntax.explicitVRLittleEndian) throws -> [UInt8] {
        try Serializer.encode(try dataSet(request), options: SaveOptions(transferSyntaxUID: transferSyntaxUID))
    }

    /// Sets `elements` (with their sequences) on `ds`.
    public static func fill(_ ds: DataSet, _ elements: [NewElement]) throws {
        for e in elements {
            let key = e.tag.description
            switch e.value {
            case .text(let s): try ds.set(key, .strings(s), vr: e.vr)
            case .ints(let v): try ds.set(key, .ints(v), vr: e.vr)
            case .doubles(let v): try ds.set(key, .doubles(v), vr: e.vr)
            case .tags(let t): try ds.set(key, .tags(t), vr: e.vr)
            case .bytes(let b):
                if e.tag == Tag.pixelData { try ds.setNativePixelData(b, vr: e.vr) } else { try ds.set(key, .bytes(b), vr: e.vr) }
            case .items(let items):
                if items.isEmpty {
                    _ = try ds.addItem(key)
                    try ds.removeItem(key, at: 0)
                }
                for item in items {
                    let (child, _) = try ds.addItem(key)
                    try fill(child, item)
                }
            }
        }
    }

    static func code(_ value: String, _ scheme: String, _ meaning: String) -> [NewElement] {
        [NewElement(Tag(0x0008_0100), .SH, .text([value])),
         NewElement(Tag(0x0008_0102), .SH, .text([scheme.isEmpty ? "SCT" : scheme])),
         NewElement(Tag(0x0008_0104), .LO, .text([meaning.isEmpty ? value : meaning]))]
    }

    /// Window Center/Width covering the stored values (for display of MONOCHROME images).
    static func window(_ b: inout Builder, _ px: NewPixels) {
        guard px.samplesPerPixel == 1 else { return }
        var lo = Int64.max, hi = Int64.min
        let bytes = px.bitsAllocated / 8
        let mask: Int64 = px.bitsStored >= 64 ? -1 : (Int64(1) << px.bitsStored) - 1
        px.data.withUnsafeBytes { raw in
            var i = 0
            while i + bytes <= raw.count {
                var v: Int64 = 0
                for k in 0..<bytes { v |= Int64(raw[i + k]) << (8 * k) }
                v &= mask
                if px.pixelRepresentation == 1 && v >= (Int64(1) << (px.bitsStored - 1)) { v -= Int64(1) << px.bitsStored }
                if v < lo { lo = v }
                if v > hi { hi = v }
                i += bytes
            }
        }
        guard lo <= hi else { return }
        let width = max(1, hi - lo + 1)
        let center = Double(lo) + Double(width) / 2
        b.text(0x0028_1050, .DS, formatDS(center))
        b.text(0x0028_1051, .DS, String(width))
    }

    static func formatDS(_ v: Double) -> String {
        if v == v.rounded() && abs(v) < 1e15 { return String(Int64(v)) }
        let s = "\(v)"
        return s.count <= 16 ? s : String(s.prefix(16))
    }
}

extension ImageIOD {
    public var sopClassName: String {
        switch self {
        case .dx: return "Digital X-Ray Image (For Presentation)"
        case .cr: return "Computed Radiography Image"
        case .ct: return "CT Image"
        case .mr: return "MR Image"
        case .us: return "Ultrasound Image"
        case .usMultiFrame: return "Ultrasound Multi-frame Image"
        case .sc: return "Secondary Capture Image"
        }
    }
}

/// The element list under construction: one element per tag, set replaces.
struct Builder {
    var list: [NewElement] = []
    var needsUTF8 = false

    mutating func set(_ e: NewElement) {
        if let i = list.firstIndex(where: { $0.tag == e.tag }) { list[i] = e } else { list.append(e) }
    }
    mutating func text(_ tag: UInt32, _ vr: VR, _ value: String) {
        text(tag, vr, value.isEmpty ? [] : [value])
    }
    mutating func text(_ tag: UInt32, _ vr: VR, _ values: [String]) {
        if values.contains(where: { $0.utf8.contains { $0 >= 0x80 } }) { needsUTF8 = true }
        if vr == .SS || vr == .US {
            ints(tag, vr, values.compactMap { Int($0) })
            return
        }
        set(NewElement(Tag(tag), vr, .text(values)))
    }
    mutating func ints(_ tag: UInt32, _ vr: VR, _ values: Int...) { ints(tag, vr, values) }
    mutating func ints(_ tag: UInt32, _ vr: VR, _ values: [Int]) {
        set(NewElement(Tag(tag), vr, .ints(values.map { Int64($0) })))
    }
    mutating func tags(_ tag: UInt32, _ values: [Tag]) { set(NewElement(Tag(tag), .AT, .tags(values))) }
    mutating func items(_ tag: UInt32, _ items: [[NewElement]]) {
        for item in items { for e in item { if case .text(let v) = e.value, v.contains(where: { $0.utf8.contains { $0 >= 0x80 } }) { needsUTF8 = true } } }
        set(NewElement(Tag(tag), .SQ, .items(items)))
    }

    func sorted() -> [NewElement] {
        list.sorted { $0.tag < $1.tag }.map { e in
            guard case .items(let items) = e.value else { return e }
            return NewElement(e.tag, e.vr, .items(items.map { $0.sorted { $0.tag < $1.tag } }))
        }
    }

    /// Applies "Keyword=value", "(gggg,eeee)=value" or "Seq[i].Keyword=value".
    mutating func override(_ key: String, _ value: String) throws {
        let path = try OverridePath(key)
        if value.utf8.contains(where: { $0 >= 0x80 }) { needsUTF8 = true }
        try Builder.apply(path.steps[...], value, to: &list, key: key)
    }

    static func apply(_ steps: ArraySlice<OverridePath.Step>, _ value: String, to list: inout [NewElement], key: String) throws {
        guard let step = steps.first else { return }
        let idx = list.firstIndex { $0.tag == step.tag }
        if let item = step.item {
            guard step.vr == .SQ else { throw DICOMError(.invalidArgument, "'\(key)': \(step.tag) is not a sequence") }
            var items: [[NewElement]] = []
            if let idx, case .items(let existing) = list[idx].value { items = existing }
            guard item <= items.count else {
                throw DICOMError(.outOfRange, "'\(key)': item \(item) of \(step.tag) (it has \(items.count); the next one can be added)")
            }
            if item == items.count { items.append([]) }
            try apply(steps.dropFirst(), value, to: &items[item], key: key)
            let e = NewElement(step.tag, .SQ, .items(items))
            if let idx { list[idx] = e } else { list.append(e) }
            return
        }
        guard steps.count == 1 else { throw DICOMError(.invalidArgument, "'\(key)': a path continues after a non-sequence step") }
        let e = try NewElement(step.tag, step.vr, parse: value, key: key)
        if let idx { list[idx] = e } else { list.append(e) }
    }
}

/// A parsed override key.
struct OverridePath {
    struct Step {
        var tag: Tag
        var vr: VR
        var item: Int?
    }
    var steps: [Step] = []

    init(_ key: String) throws {
        for part in key.split(separator: ".", omittingEmptySubsequences: false) {
            var name = Substring(part)
            var item: Int? = nil
            if name.hasSuffix("]"), let open = name.lastIndex(of: "[") {
                guard let n = Int(name[name.index(after: open)..<name.index(before: name.endIndex)]), n >= 0 else {
                    throw DICOMError(.invalidArgument, "'\(key)': bad item index")
                }
                item = n
                name = name[..<open]
            }
            guard let (tag, vr) = OverridePath.lookup(String(name)) else {
                throw DICOMError(.notFound, "'\(key)': unknown keyword or tag '\(name)'")
            }
            steps.append(Step(tag: tag, vr: vr, item: item))
        }
        guard !steps.isEmpty else { throw DICOMError(.invalidArgument, "empty attribute key") }
    }

    static func lookup(_ name: String) -> (Tag, VR)? {
        if let e = DataDictionary.entry(forKeyword: name) { return (Tag(e.tag), e.vr) }
        var hex = name.filter { $0 != "(" && $0 != ")" && $0 != "," }
        if hex.hasPrefix("0x") || hex.hasPrefix("0X") { hex.removeFirst(2) }
        guard hex.count == 8, let v = UInt32(hex, radix: 16) else { return nil }
        return (Tag(v), DataDictionary.entry(for: v)?.vr ?? .UN)
    }
}

extension NewElement {
    /// An element from its text form. Text VRs keep the text (backslash separates values);
    /// integer and float VRs parse each backslash-separated value.
    /// - Throws: `.invalidValue` naming the element for a value that does not parse or fit.
    init(_ tag: Tag, _ vr: VR, parse value: String, key: String) throws {
        let parts = value.isEmpty ? [] : value.split(separator: "\\", omittingEmptySubsequences: false).map(String.init)
        func bad(_ why: String) -> DICOMError { DICOMError(.invalidValue, "\(key) \(tag) \(vr.name): '\(value)' \(why)") }
        switch vr {
        case .US, .SS, .UL, .SL:
            var out: [Int64] = []
            let range: ClosedRange<Int64> = vr == .US ? 0...65535 : vr == .SS ? -32768...32767 : vr == .UL ? 0...4_294_967_295 : -2_147_483_648...2_147_483_647
            for p in parts {
                guard let v = Int64(p.trimmingSpaces), range.contains(v) else { throw bad("is not a \(vr.name) number") }
                out.append(v)
            }
            self.init(tag, vr, .ints(out))
        case .FL, .FD:
            var out: [Double] = []
            for p in parts {
                guard let v = Double(p.trimmingSpaces) else { throw bad("is not a number") }
                out.append(v)
            }
            self.init(tag, vr, .doubles(out))
        case .AT:
            var out: [Tag] = []
            for p in parts {
                guard let (t, _) = OverridePath.lookup(p.trimmingSpaces) else { throw bad("is not a tag") }
                out.append(t)
            }
            self.init(tag, vr, .tags(out))
        case .SQ:
            guard value.isEmpty else { throw bad("cannot set a sequence from text (give an item path, e.g. Seq[0].Keyword)") }
            self.init(tag, vr, .items([]))
        case .OB, .OW, .OD, .OF, .OL, .OV, .UN, .SV, .UV:
            throw bad("is binary: set it through the data set API")
        default:
            let limit: Int? = [VR.CS: 16, .SH: 16, .LO: 64, .PN: 64 * 5, .DA: 8, .TM: 14, .DS: 16, .IS: 12,
                               .AE: 16, .AS: 4, .UI: 64, .DT: 26][vr]
            if vr.multiValued == false, parts.count > 1 {
                // LT, ST, UT, UR: one value, backslash is text.
                self.init(tag, vr, .text([value]))
                return
            }
            if let limit { for p in parts where p.utf8.count > limit { throw bad("is longer than \(limit) characters") } }
            if vr == .IS { for p in parts where Int64(p.trimmingSpaces) == nil { throw bad("is not an integer string") } }
            if vr == .DS { for p in parts where Double(p.trimmingSpaces) == nil { throw bad("is not a decimal string") } }
            self.init(tag, vr, .text(parts))
        }
    }

}

extension VR {
    /// False for the text VRs that hold one value in which a backslash is text.
    var multiValued: Bool {
        switch self {
        case .LT, .ST, .UT, .UR: return false
        default: return true
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
