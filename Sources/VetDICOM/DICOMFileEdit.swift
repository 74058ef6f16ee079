import DICOMCore
import DICOMCodecs

// Editing and saving a file (the facade over EditableDataSet.swift and Serializer.swift).
// Edits change the handle's data set in place: every later read (Swift accessors, JSON, the C
// getters, Python) sees them; the file on disk is untouched until `save` writes a new one.
// Not synchronised: no other thread may read or edit the file while an edit runs.

/// Where pixel transcoding plugs into `save`: when the target transfer syntax needs the pixel
/// data decoded and/or encoded (compressed <-> native, or another compressed syntax), `save`
/// calls `hook` with the file, a private copy of its data set (to adjust: photometric
/// interpretation, lossy compression attributes, a new SOP Instance UID...) and the target
/// syntax. The hook returns the pixel data to write (frames produced one at a time) or throws
/// (`.unsupported` for combinations it cannot encode) before any byte is written.
/// nil (the default): such saves are `.unsupported`.
public enum PixelTranscoding {
    public typealias Hook = (_ file: DICOMFile, _ dataSet: DataSet, _ target: TransferSyntax) throws -> PixelDataOutput
    nonisolated(unsafe) public static var hook: Hook? = Transcoder.defaultHook  // Transcode.swift
}

extension DICOMFile {

    /// A new, empty, editable data set (saved as explicit VR little endian unless told).
    public static func new(options: FileOptions = FileOptions()) -> DICOMFile {
        DICOMFile(parsed: ParsedFile.empty(), options: options)
    }

    /// Call after changing the data set: pixel description and caches follow the edit.
    public func didEdit() {
        editCount &+= 1
        pipelineResult = DICOMFile.makePipeline(parsed, options)
        frameCache.invalidate()
    }

    /// Sets an element (see `DataSet.set`). - Throws: `.invalidValue`, `.invalidArgument`...
    public func set(_ key: String, _ value: EditValue, vr: VR? = nil) throws {
        retireItems(key)
        defer { didEdit() }
        try dataSet.set(key, value, vr: vr)
    }

    /// Sets text values; a backslash separates values.
    public func set(_ key: String, string: String, vr: VR? = nil) throws {
        retireItems(key)
        defer { didEdit() }
        try dataSet.set(key, string: string, vr: vr)
    }

    public func remove(_ key: String) throws {
        retireItems(key)
        defer { didEdit() }
        try dataSet.remove(key)
    }

    /// Keeps the items of the sequence `key` names alive (C pointers to them stay valid).
    func retireItems(_ key: String) {
        if let (_, e) = try? dataSet.lookup(key), let items = e.items { retired += items }
    }

    /// Appends an empty item to a sequence (created when absent); returns its index.
    public func addItem(_ key: String) throws -> Int {
        defer { didEdit() }
        return try dataSet.addItem(key).1
    }

    public func removeItem(_ key: String, at index: Int) throws {
        retireItems(key)
        defer { didEdit() }
        try dataSet.removeItem(key, at: index)
    }

    /// Reserves (or finds) the private block of `creator` in `group`; returns xx of (gggg,xxEE).
    public func reservePrivateBlock(group: UInt16, creator: String) throws -> UInt16 {
        defer { didEdit() }
        return try dataSet.reservePrivateBlock(group: group, creator: creator)
    }

    /// The save options for writing this file in `transferSyntaxUID` (nil: its own syntax),
    /// with the data set to write (a transcoding hook works on a copy).
    /// `salvage`: write elements salvaged from a damaged file (nil: the file's option
    /// `save_salvaged`); see `SaveOptions.salvage`.
    public func prepareSave(transferSyntaxUID: String?, part10: Bool = true, salvage: Bool? = nil) throws -> (DataSet, SaveOptions) {
        let salvaging = salvage ?? self.options.saveSalvaged
        if !salvaging { try Serializer.checkDamage(dataSet) }   // before anything else
        let source = transferSyntax
        var targetUID = transferSyntaxUID.map { trimUID($0) } ?? source.uid
        if targetUID.isEmpty { targetUID = TransferSyntax.explicitVRLittleEndian }
        // An inferred syntax (no meta, or a wrong one) is saved as what the bytes were.
        if transferSyntaxUID == nil && parsed.transferSyntaxInferred {
            targetUID = source.bigEndian ? TransferSyntax.explicitVRBigEndian
                : !source.explicitVR ? TransferSyntax.implicitVRLittleEndian
                : source.encapsulated ? source.uid : TransferSyntax.explicitVRLittleEndian
        }
        let target = TransferSyntax(uid: targetUID)
        if !isKnownTransferSyntax(targetUID) {
            throw DICOMError(.unsupported, "unknown transfer syntax '\(targetUID)'")
        }
        var options = SaveOptions(transferSyntaxUID: targetUID)
        options.sourceTransferSyntaxUID = source.uid
        options.part10 = part10
        options.meta = meta
        options.salvage = salvaging
        var ds = dataSet
        // Float pixel data (7FE0,0008)/(7FE0,0009) has no encapsulated form: refuse before
        // anything is written (the hook below only sees (7FE0,0010)).
        if target.holdsEncapsulatedPixels,
           dataSet.element(Tag.floatPixelData) != nil || dataSet.element(Tag.doubleFloatPixelData) != nil {
            throw DICOMError(.unsupported, "float pixel data cannot be written in \(target.name): no DICOM codec holds floats")
        }
        if needsPixelTranscoding(target) {
            if let e = dataSet.element(Tag.pixelData), let d = e.damage, d.status == .truncated {
                // Decoding cut pixel data (or bytes that are not the encapsulation the syntax
                // needs) would write pixels nobody read: refused even when salvaging.
                throw DICOMError(.truncated, "(7FE0,0010) Pixel Data was cut short in the file (\(d.message)); " +
                                 "writing it as \(target.name) would need it decoded: nothing was written")
            }
            // The codec registry decides first, whatever hook is installed.
            if target.holdsEncapsulatedPixels {
                let spec = Transcoder.frameSpec(try pixels())
                if let why = CodecRegistry.encodeRefusal(target.uid, spec) { throw DICOMError(.unsupported, why) }
            }
            guard let hook = PixelTranscoding.hook else {
                try Serializer.checkPixelsPublic(ds, options)   // throws the precise .unsupported
                throw DICOMError(.unsupported, "saving \(source.name) pixel data as \(target.name) needs transcoding")
            }
            ds = dataSet.copy()
            options.pixelData = try hook(self, ds, target)
            if case .encapsulated(let src, _, _)? = options.pixelData,
               let d = (src as? DeferredValueProvider)?.deferredValue {
                options.deferredValue = d
            }
        }
        return (ds, options)
    }

    /// True when writing the pixel data in `target` needs a codec.
    public func needsPixelTranscoding(_ target: TransferSyntax) -> Bool {
        guard let e = dataSet.element(Tag.pixelData) else { return false }
        if e.fragments != nil {
            // Fragments set by an edit on a native file are already in the target's coding.
            return !target.holdsEncapsulatedPixels
                || (transferSyntax.holdsEncapsulatedPixels && transferSyntax.uid != target.uid)
        }
        return target.holdsEncapsulatedPixels
    }

    /// Saves atomically to `path` (temporary file + rename; on failure nothing changes).
    public func save(toPath path: String, transferSyntaxUID: String? = nil, part10: Bool = true, salvage: Bool? = nil) throws {
        let (ds, options) = try prepareSave(transferSyntaxUID: transferSyntaxUID, part10: part10, salvage: salvage)
        try Serializer.save(ds, options: options, toPath: path)
    }

    /// The bytes a save would write.
    public func saveToMemory(transferSyntaxUID: String? = nil, part10: Bool = true, salvage: Bool? = nil) throws -> [UInt8] {
        let (ds, options) = try prepareSave(transferSyntaxUID: transferSyntaxUID, part10: part10, salvage: salvage)
        return try Serializer.encode(ds, options: options)
    }
}

/// Transfer syntaxes the writer knows (the uncompressed ones and every encapsulated one with
/// a name).
func isKnownTransferSyntax(_ uid: String) -> Bool {
    TransferSyntax(uid: uid).name != uid
}
