import DICOMCore
import DICOMCodecs
#if canImport(Glibc)
import Glibc
#endif

/// One option of the table below: its key (the `VETDICOM_OPT_*` string), type, accepted range
/// and default. `FileOptions.set` refuses a value outside the range when it is set
/// (`.invalidArgument`, and the C message names the range).
public struct OptionSpec: Sendable {
    public enum Kind: Sendable { case integer, boolean }
    public let key: String
    public let kind: Kind
    public let range: ClosedRange<Int64>
    public let defaultValue: Int64
    public let summary: String
}

/// Options for opening and decoding, settable by key (the C API's `vetdicom_options`).
public struct FileOptions: Sendable {
    public var limits = Limits()
    /// Borrow the caller's memory instead of copying it (open from memory only).
    public var borrowMemory = false
    /// Open files by mapping them (mmap) instead of reading the header into owned memory and
    /// bulk values on demand with pread. Faster for repeated decoding of a file that does not
    /// change; a file truncated by another process while open then kills the process (SIGBUS).
    public var mapFile = false
    public var decode = DecodeSettings()
    /// Threads for decoding several frames.
    public var threads = 1
    /// Bytes of decoded frames kept per file for rendering (option "frame_cache_bytes";
    /// 0 disables the cache).
    public var frameCacheBytes = 256 << 20
    /// Rendering options by key (strings, doubles and integers), read by the renderer.
    public var renderStrings: [String: String] = [:]
    public var renderNumbers: [String: Double] = [:]
    /// Saving: write a bare data set (no preamble, no file meta). Key "bare_dataset".
    public var bareDataSet = false
    /// Encoder options for transcoding (keys in `EncodeKeys`, Transcode.swift).
    public var encode = EncodeOptions()
    public var extendedOffsetTable = false
    /// Saving a file the reader salvaged (values cut short by the end of the file): write what
    /// was read instead of refusing with TRUNCATED. Key "save_salvaged" (SaveOptions.salvage).
    public var saveSalvaged = false
    public init() {}

    static let G: Int64 = 1 << 30
    /// The integer options: key, type, range, default (docs/security.md "Limits" lists them).
    public static let table: [OptionSpec] = [
        OptionSpec(key: "max_depth", kind: .integer, range: Int64(Limits.maxDepthRange.lowerBound)...Int64(Limits.maxDepthRange.upperBound),
                   defaultValue: 64, summary: "nesting of sequences; deeper sequences are skipped and report LIMIT_EXCEEDED when read"),
        OptionSpec(key: "max_elements", kind: .integer, range: 1...(1 << 32), defaultValue: 4_000_000,
                   summary: "elements, sequence items and fragments of the file"),
        OptionSpec(key: "max_value_length", kind: .integer, range: 1...(1 << 40), defaultValue: 16 * G,
                   summary: "length of one value"),
        OptionSpec(key: "max_inflated_bytes", kind: .integer, range: 1...(1 << 40), defaultValue: 4 * G,
                   summary: "output of a deflated data set"),
        OptionSpec(key: "max_frame_bytes", kind: .integer, range: 1...(1 << 40), defaultValue: 4 * G,
                   summary: "one decoded frame (also one rendered image)"),
        OptionSpec(key: "max_dimension", kind: .integer, range: 1...65535, defaultValue: 65535,
                   summary: "rows, columns"),
        OptionSpec(key: "max_frames", kind: .integer, range: 1...(1 << 31), defaultValue: 1 << 20,
                   summary: "Number of Frames"),
        OptionSpec(key: "max_total_decoded_bytes", kind: .integer, range: 1...(1 << 50), defaultValue: 64 * G,
                   summary: "all frames of the image decoded"),
        OptionSpec(key: "threads", kind: .integer, range: 1...256, defaultValue: 1,
                   summary: "threads for decoding several frames"),
        OptionSpec(key: "codec_threads", kind: .integer, range: 1...256, defaultValue: 1,
                   summary: "threads inside one codec (OpenJPEG)"),
        OptionSpec(key: "borrow_memory", kind: .boolean, range: 0...1, defaultValue: 0,
                   summary: "open_memory borrows the caller's bytes instead of copying them"),
        OptionSpec(key: "map_file", kind: .boolean, range: 0...1, defaultValue: 0,
                   summary: "open maps the file (SIGBUS if another process truncates it while open)"),
        OptionSpec(key: "bare_dataset", kind: .boolean, range: 0...1, defaultValue: 0,
                   summary: "save writes a bare data set (no preamble, no file meta)"),
        OptionSpec(key: "save_salvaged", kind: .boolean, range: 0...1, defaultValue: 0,
                   summary: "save writes a damaged (cut short) file as what was read instead of refusing with TRUNCATED"),
        OptionSpec(key: "extended_offset_table", kind: .boolean, range: 0...1, defaultValue: 0,
                   summary: "transcoding writes an Extended Offset Table (7FE0,0001/0002) instead of the Basic Offset Table"),
        OptionSpec(key: "exact_ybr", kind: .boolean, range: 0...1, defaultValue: 0,
                   summary: "JPEG baseline YCbCr is converted with pydicom's float formula (exact) instead of libjpeg-turbo's integer conversion (within +-1)"),
        OptionSpec(key: "htj2k_openjph", kind: .boolean, range: 0...1, defaultValue: 1,
                   summary: "reversible HTJ2K frames that pass the gate (marker segments and every packet header checked) are decoded with OpenJPH 0.9 (about 2x faster); 0: OpenJPEG for all"),
        OptionSpec(key: "frame_cache_bytes", kind: .integer, range: 0...(1 << 40), defaultValue: 256 << 20,
                   summary: "decoded frames kept per file for re-rendering (0 disables)"),
        OptionSpec(key: "keep_ybr", kind: .boolean, range: 0...1, defaultValue: 0,
                   summary: "YBR_FULL(_422) frames are not converted to RGB"),
    ]

    /// The spec of an integer option, or nil.
    public static func spec(_ key: String) -> OptionSpec? { table.first { $0.key == key } }

    /// Sets an integer option. Returns `.unknownOption`, or `.invalidArgument` for a value
    /// outside the option's range (`spec(key)?.range`).
    public mutating func set(_ key: String, int value: Int64) -> Status {
        if let s = EncodeKeys.set(&encode, key, Double(value)) { return s }
        if let spec = FileOptions.spec(key) {
            guard spec.range.contains(value), let v = Int(exactly: value) else { return .invalidArgument }
            switch key {
            case "borrow_memory": borrowMemory = v != 0
            case "map_file": mapFile = v != 0
            case "bare_dataset": bareDataSet = v != 0
            case "extended_offset_table": extendedOffsetTable = v != 0
            case "save_salvaged": saveSalvaged = v != 0
            case "keep_ybr": decode.keepYBR = v != 0
            case "exact_ybr": decode.exactYBR = v != 0
            case "htj2k_openjph": decode.useOpenJPH = v != 0
            case "frame_cache_bytes": frameCacheBytes = v
            case "threads": threads = v
            case "codec_threads": decode.codecThreads = v
            default:
                var l = limits
                guard l.set(key, v) else { return .unknownOption }
                limits = l
            }
            return .ok
        }
        if RenderKeys.numeric.contains(key) {
            renderNumbers[key] = Double(value)
            return .ok
        }
        return .unknownOption
    }

    public mutating func set(_ key: String, double value: Double) -> Status {
        if RenderKeys.numeric.contains(key) { renderNumbers[key] = value; return .ok }
        if let s = EncodeKeys.set(&encode, key, value) { return s }
        if value == value.rounded(), let i = Int64(exactly: value) { return set(key, int: i) }
        if FileOptions.spec(key) != nil { return .invalidArgument }
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
    /// Decoded frames kept for rendering (see FrameCache.swift).
    public let frameCache: FrameCache

    public var dataSet: DataSet { parsed.dataSet }
    public var meta: DataSet { parsed.meta }
    public var transferSyntax: TransferSyntax { parsed.transferSyntax }

    /// Opens and parses a file: by default the header is read into owned memory and bulk
    /// values are read on demand with pread (a file changed under the open handle gives
    /// TRUNCATED/IO errors); with `options.mapFile` the file is memory-mapped.
    public convenience init(path: String, options: FileOptions = FileOptions()) throws {
        let store = options.mapFile ? try ByteStore(mappingFile: path) : try ByteStore(readingFile: path)
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
    /// Items removed by edits, kept alive so that pointers handed out before stay valid.
    var retired: [DataSet] = []

    public init(store: ByteStore, options: FileOptions) throws {
        var parser = Parser(limits: options.limits)
        let p = try parser.parse(store)
        parsed = p
        self.options = options
        frameCache = FrameCache(capacity: options.frameCacheBytes)
        pipelineResult = DICOMFile.makePipeline(p, options)
    }

    /// A file around an already-parsed (or new) data set.
    public init(parsed p: ParsedFile, options: FileOptions) {
        parsed = p
        self.options = options
        frameCache = FrameCache(capacity: options.frameCacheBytes)
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
        // A public Swift API returning an Array: probed before the copy (FailableAlloc.array).
        let buf = try FailableAlloc.array(copying: UnsafeBufferPointer(start: mem.assumingMemoryBound(to: UInt8.self), count: size),
                                          "frame \(index)")
        return (buf, out)
    }

    /// The image pixel module, or throws `.noPixelData`.
    public func imageDescription() throws -> ImageDescription {
        // The pipeline's, made from the same data set at open and after every edit (didEdit).
        if case .success(let p) = pipelineResult { return p.description }
        return try ImageDescription(dataSet: dataSet, transferSyntax: transferSyntax)
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
