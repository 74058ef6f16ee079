import DICOMCore
import DICOMCodecs
#if canImport(Glibc)
import Glibc
#endif

/// Options for opening and decoding, settable by key (the C API's `vetdicom_options`).
public struct FileOptions: Sendable {
    public var limits = Limits()
    /// Borrow the caller's memory instead of copying it (open from memory only).
    public var borrowMemory = false
    public var decode = DecodeSettings()
    /// Threads for decoding several frames.
    public var threads = 1
    /// Rendering options by key (strings, doubles and integers), read by the renderer.
    public var renderStrings: [String: String] = [:]
    public var renderNumbers: [String: Double] = [:]
    /// Encoder options for transcoding (keys in `EncodeKeys`, Transcode.swift).
    public var encode = EncodeOptions()
    public var extendedOffsetTable = false
    public init() {}

    /// Sets an integer option. Returns `.unknownOption` / `.invalidArgument` on failure.
    public mutating func set(_ key: String, int value: Int64) -> Status {
        if key == "extended_offset_table" { extendedOffsetTable = value != 0; return .ok }
        if let s = EncodeKeys.set(&encode, key, Double(value)) { return s }
        switch key {
        case "borrow_memory": borrowMemory = value != 0
        case "keep_ybr": decode.keepYBR = value != 0
        case "threads":
            guard value >= 1 && value <= 256 else { return .invalidArgument }
            threads = Int(value)
        case "codec_threads":
            guard value >= 1 && value <= 256 else { return .invalidArgument }
            decode.codecThreads = Int(value)
        default:
            guard let v = Int(exactly: value) else { return .invalidArgument }
            var l = limits
            if l.set(key, v) {
                guard v >= 1 else { return .invalidArgument }
                limits = l
            } else if RenderKeys.numeric.contains(key) {
                renderNumbers[key] = Double(value)
            } else {
                return .unknownOption
            }
        }
        return .ok
    }

    public mutating func set(_ key: String, double value: Double) -> Status {
        if RenderKeys.numeric.contains(key) { renderNumbers[key] = value; return .ok }
        if let s = EncodeKeys.set(&encode, key, value) { return s }
        if value == value.rounded(), let i = Int64(exactly: value) { return set(key, int: i) }
        return .unknownOption
    }

    public mutating func set(_ key: String, string value: String) -> Status {
        if RenderKeys.string.contains(key) { renderStrings[key] = value; return .ok }
        return .unknownOption
    }
}

/// Rendering option keys known to this version (filled in by the rendering layer).
public enum RenderKeys {
    public static let numeric: Set<String> = [
        "window_center", "window_width", "voi_index", "invert", "output_width", "output_height",
        "overlays", "overlay_color", "jpeg_quality", "percentile_low", "percentile_high", "frame",
        "voi_lut_index",
    ]
    public static let string: Set<String> = ["voi_function", "output_format", "voi_default"]
}

/// An open DICOM file: the parsed element index over a mapped (or copied) byte store.
/// Reads are thread-safe; edits (DICOMFileEdit.swift) change it in place and must not run
/// while another thread reads or edits the same file.
public final class DICOMFile: @unchecked Sendable {
    public internal(set) var parsed: ParsedFile
    public let options: FileOptions

    public var dataSet: DataSet { parsed.dataSet }
    public var meta: DataSet { parsed.meta }
    public var transferSyntax: TransferSyntax { parsed.transferSyntax }

    /// Opens and parses a file (memory-mapped).
    public convenience init(path: String, options: FileOptions = FileOptions()) throws {
        let store = try ByteStore(mappingFile: path)
        try self.init(store: store, options: options)
    }

    /// Opens bytes in memory (copied unless `options.borrowMemory`).
    public convenience init(bytes: UnsafeRawBufferPointer, options: FileOptions = FileOptions()) throws {
        let store = options.borrowMemory ? ByteStore(borrowing: bytes) : try ByteStore(copying: bytes)
        try self.init(store: store, options: options)
    }

    /// The pixel pipeline, or the error that prevents decoding (no pixel data, bad attributes).
    var pipelineResult: Result<PixelPipeline, DICOMError>
    /// Number of edits made through this handle (0: the data set is as read).
    public internal(set) var editCount = 0

    public init(store: ByteStore, options: FileOptions) throws {
        var parser = Parser(limits: options.limits)
        let p = try parser.parse(store)
        parsed = p
        self.options = options
        pipelineResult = DICOMFile.makePipeline(p, options)
    }

    /// A file around an already-parsed (or new) data set.
    public init(parsed p: ParsedFile, options: FileOptions) {
        parsed = p
        self.options = options
        pipelineResult = DICOMFile.makePipeline(p, options)
    }

    static func makePipeline(_ p: ParsedFile, _ options: FileOptions) -> Result<PixelPipeline, DICOMError> {
        do {
            return .success(try PixelPipeline(dataSet: p.dataSet, transferSyntax: p.transferSyntax,
                                              limits: options.limits))
        } catch let e as DICOMError {
            return .failure(e)
        } catch {
            return .failure(DICOMError(.invalidData, "\(error)"))
        }
    }

    /// The pixel pipeline. - Throws: `.noPixelData`, `.invalidData`, `.limitExceeded`.
    public func pixels() throws -> PixelPipeline { try pipelineResult.get() }

    /// Decodes one frame into a new array (for Swift callers; C callers pass their own buffer).
    /// The frame is decoded into zeroed memory from `calloc` (pages are only committed when the
    /// codec writes them, so a tiny file declaring a huge image costs no memory before the codec
    /// rejects it; a failed allocation is `.outOfMemory`, never a trap), then copied out.
    public func decodeFrame(_ index: Int, settings: DecodeSettings = DecodeSettings()) throws -> ([UInt8], DecodedLayout) {
        let p = try pixels()
        try p.checkFrame(index)
        let layout = p.layout(settings)
        let size = layout.frameBytes
        guard let mem = calloc(max(1, size), 1) else {
            throw DICOMError(.outOfMemory, "cannot allocate \(size) bytes for frame \(index)")
        }
        defer { free(mem) }
        let out = try p.decode(frame: index, into: UnsafeMutableRawBufferPointer(start: mem, count: size), settings: settings)
        let buf = [UInt8](UnsafeRawBufferPointer(start: mem, count: size))
        return (buf, out)
    }

    /// The image pixel module, or throws `.noPixelData`.
    public func imageDescription() throws -> ImageDescription {
        try ImageDescription(dataSet: dataSet, transferSyntax: transferSyntax)
    }

    /// The veterinary patient.
    public var patient: VeterinaryPatient { VeterinaryPatient(dataSet) }
}

/// The patient module as used for animals (PS3.3 C.7.1.1): the Patient's Name of a
/// non-human patient is "OwnerFamilyName^AnimalName".
public struct VeterinaryPatient: Sendable, Equatable {
    public var patientName = ""
    public var ownerFamilyName = ""
    public var animalName = ""
    public var patientID = ""
    public var speciesDescription = ""
    public var speciesCodeValue = ""
    public var speciesCodeScheme = ""
    public var speciesCodeMeaning = ""
    public var breedDescription = ""
    public var breedCodeValue = ""
    public var breedCodeScheme = ""
    public var breedCodeMeaning = ""
    public var sex = ""
    public var neutered = ""
    public var responsiblePerson = ""
    public var responsiblePersonRole = ""
    public var responsibleOrganization = ""
    public var birthDate = ""

    public init() {}

    public init(_ ds: DataSet) {
        func s(_ g: UInt16, _ e: UInt16) -> String { ds.string(Tag(g, e)) ?? "" }
        patientName = s(0x0010, 0x0010)
        // Only the alphabetic group (before the first '=') splits into owner^animal.
        let alphabetic = patientName.split(separator: "=", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let comps = alphabetic.split(separator: "^", omittingEmptySubsequences: false).map { trimSpaces(String($0)) }
        if comps.count >= 1 { ownerFamilyName = comps[0] }
        if comps.count >= 2 { animalName = comps[1] }
        patientID = s(0x0010, 0x0020)
        speciesDescription = s(0x0010, 0x2201)
        if let item = ds.items(Tag(0x0010, 0x2202)).first {
            speciesCodeValue = item.string(Tag(0x0008, 0x0100)) ?? ""
            speciesCodeScheme = item.string(Tag(0x0008, 0x0102)) ?? ""
            speciesCodeMeaning = item.string(Tag(0x0008, 0x0104)) ?? ""
        }
        breedDescription = s(0x0010, 0x2292)
        if let item = ds.items(Tag(0x0010, 0x2293)).first {
            breedCodeValue = item.string(Tag(0x0008, 0x0100)) ?? ""
            breedCodeScheme = item.string(Tag(0x0008, 0x0102)) ?? ""
            breedCodeMeaning = item.string(Tag(0x0008, 0x0104)) ?? ""
        }
        sex = s(0x0010, 0x0040)
        neutered = s(0x0010, 0x2203)
        responsiblePerson = s(0x0010, 0x2297)
        responsiblePersonRole = s(0x0010, 0x2298)
        responsibleOrganization = s(0x0010, 0x2299)
        birthDate = s(0x0010, 0x0030)
    }
}
