import DICOMCore
import DICOMCodecs
#if canImport(Glibc)
import Glibc
#endif

// Transcoding (decode each frame, encode it for the target syntax, through the writer's
// PixelTranscoding hook), encoded-frame pass-through and files built from encoded frames.

/// Encode options by key (the C API's `vetdicom_options`, Python keyword arguments, the
/// command's `--option key=value`).
public enum EncodeKeys {
    public static let numeric: Set<String> = ["quality", "near_lossless", "j2k_ratio", "j2k_psnr", "htj2k_qstep",
                                              "extended_offset_table"]

    /// Sets `key` in `o`. - Returns: `.ok`, `.invalidArgument` (out of range) or nil (not an encode key).
    public static func set(_ o: inout EncodeOptions, _ key: String, _ v: Double) -> Status? {
        switch key {
        case "quality":
            guard v >= 1, v <= 100, v == v.rounded() else { return .invalidArgument }
            o.quality = Int(v)
        case "near_lossless":
            guard v >= 0, v <= 255, v == v.rounded() else { return .invalidArgument }
            o.nearLossless = Int(v)
        case "j2k_ratio":
            guard v > 1, v <= 10000 else { return .invalidArgument }
            o.j2kRatio = v
        case "j2k_psnr":
            guard v >= 0, v <= 200 else { return .invalidArgument }
            o.j2kPSNR = v
        case "htj2k_qstep":
            guard v > 0, v < 1 else { return .invalidArgument }
            o.htj2kQStep = v
        default:
            return nil
        }
        return .ok
    }
}

/// The transcoder: plugs into `DICOMFile.save` (the writer's hook) and adds encoded-frame access.
public enum Transcoder {
    /// The writer's `PixelTranscoding.hook` (its initial value): every save that needs a codec
    /// comes here.
    nonisolated(unsafe) public static let defaultHook: PixelTranscoding.Hook = { try Transcoder.pixelData($0, $1, $2, options: nil) }
    /// Makes sure the hook is the transcoder (unless a caller replaced it on purpose).
    public static func install() { if PixelTranscoding.hook == nil { PixelTranscoding.hook = defaultHook } }

    /// Per-file encode options for the hook (the hook's signature has none), set around a save.
    nonisolated(unsafe) private static var lock = pthread_mutex_t()  // all-zero: a default mutex
    nonisolated(unsafe) private static var pending: [ObjectIdentifier: (EncodeOptions, Bool)] = [:]
    private static func withLock<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        return body()
    }

    /// Writes `file` to `path` in `target` (a UID or a short name: "rle", "jpeg-ls", "htj2k"...),
    /// atomically, keeping every other element. Lossy targets set Lossy Image Compression "01",
    /// append the ratio and method, and give the object a new SOP Instance UID.
    /// - Throws: `.unsupported` (before anything is written) for a combination the target
    ///   cannot hold; decoding errors of the source frames.
    public static func transcode(_ file: DICOMFile, toPath path: String, transferSyntax target: String,
                                 options: EncodeOptions = EncodeOptions(), extendedOffsetTable: Bool = false) throws {
        try withTarget(file, target, options, extendedOffsetTable) { uid in
            try file.save(toPath: path, transferSyntaxUID: uid)
        }
    }

    /// The same as `transcode(_:toPath:...)`, returning the Part 10 bytes instead of writing a
    /// file (frames are still encoded one at a time; the output is held whole in memory).
    public static func transcodeToMemory(_ file: DICOMFile, transferSyntax target: String,
                                         options: EncodeOptions = EncodeOptions(),
                                         extendedOffsetTable: Bool = false) throws -> [UInt8] {
        try withTarget(file, target, options, extendedOffsetTable) { uid in
            try file.saveToMemory(transferSyntaxUID: uid)
        }
    }

    /// Resolves `target`, refuses what no codec can hold, and runs `save` with the encode
    /// options registered for `file` (the save's pixel hook reads them).
    private static func withTarget<T>(_ file: DICOMFile, _ target: String, _ options: EncodeOptions,
                                      _ extendedOffsetTable: Bool, _ save: (String) throws -> T) throws -> T {
        install()
        guard let row = CodecRegistry.lookup(target) else {
            throw DICOMError(.unsupported, "unknown transfer syntax '\(target)' (a UID or one of: \(CodecRegistry.rows.map(\.shortName).joined(separator: ", ")))")
        }
        if row.encapsulated && row.family != .native,
           file.dataSet.element(Tag.floatPixelData) != nil || file.dataSet.element(Tag.doubleFloatPixelData) != nil {
            throw DICOMError(.unsupported, "float pixel data cannot be written in \(row.name): no DICOM codec holds floats")
        }
        let key = ObjectIdentifier(file)
        withLock { pending[key] = (options, extendedOffsetTable) }
        defer { _ = withLock { pending.removeValue(forKey: key) } }
        return try save(row.uid)
    }

    /// The decoded-frame description used as the encoders' input.
    static func frameSpec(_ pipe: PixelPipeline) -> FrameSpec {
        let d = pipe.description
        let l = pipe.layout(DecodeSettings())
        return FrameSpec(rows: l.rows, columns: l.columns, samplesPerPixel: l.samplesPerPixel,
                         bitsAllocated: d.bitsAllocated == 1 ? 1 : l.bytesPerSample * 8, bitsStored: d.bitsStored,
                         isSigned: l.isSigned, isFloat: l.isFloat, photometricInterpretation: l.photometricInterpretation)
    }

    /// The hook: the pixel data of `file` for `target`, frames produced one at a time; the
    /// data set copy `ds` gets the attributes the target needs.
    static func pixelData(_ file: DICOMFile, _ ds: DataSet, _ target: TransferSyntax,
                          options given: EncodeOptions?) throws -> PixelDataOutput {
        let (options, eot) = withLock { pending[ObjectIdentifier(file)] } ?? (given ?? EncodeOptions(), false)
        let pipe = try file.pixels()
        var spec = frameSpec(pipe)
        let frames = pipe.frameCount
        guard frames >= 1 else { throw DICOMError(.noPixelData, "the pixel data holds no frame") }
        // Frames the data set declares but the pixel data does not hold (fragments missing, e.g.
        // a file cut short): the output would declare frames it does not carry.
        let declared = pipe.description.numberOfFrames
        if frames < declared {
            throw DICOMError(.truncated, "\(declared) frames declared, the pixel data holds \(frames): transcoding would write a file that disagrees with itself (vetdicom check lists the damage)")
        }
        var frame0: HeapBuffer<UInt8>? = nil  // decoded here; the frame sources reuse it
        if pipe.description.encapsulated && spec.samplesPerPixel > 1 {
            // The decoder, not the declared value, says what colour frame 0 comes out in (a
            // JPEG's own colour transform wins over a wrong Photometric Interpretation).
            let l = pipe.layout(DecodeSettings())
            try pipe.checkFrame(0)
            let raw = try HeapBuffer<UInt8>(count: l.frameBytes, "frame 0")
            let actual = try raw.withUnsafeMutableBytes { try pipe.decode(frame: 0, into: $0, settings: DecodeSettings()) }
            spec.photometricInterpretation = actual.photometricInterpretation
            frame0 = raw
        }
        if !target.encapsulated {
            // Compressed -> native: decoded frames, interleaved, little endian.
            if spec.bitsAllocated == 1 && frames > 1 && (spec.rows * spec.columns) % 8 != 0 {
                throw DICOMError(.unsupported, "1-bit frames that do not end on a byte boundary cannot be written frame by frame")
            }
            try ds.set("PhotometricInterpretation", string: spec.photometricInterpretation)
            if spec.samplesPerPixel > 1 { try ds.set("PlanarConfiguration", .ints([0])) }
            return .native(NativeFrames(pipe: pipe, spec: spec, frame0: frame0))
        }
        if let why = CodecRegistry.encodeRefusal(target.uid, spec) { throw DICOMError(.unsupported, why) }
        guard let row = CodecRegistry.row(target.uid), row.encode != nil else {
            throw DICOMError(.unsupported, "vetdicom has no encoder for \(target.name)")
        }
        // Frame 0 is encoded now: the photometric interpretation (and lossy ratio) it yields
        // are written before the pixel data.
        let source = EncodingFrames(pipe: pipe, spec: spec, uid: row.uid, options: options, frame0: frame0)
        let first = try source.encode(0)
        try ds.set("PhotometricInterpretation", string: first.photometricInterpretation)
        if spec.samplesPerPixel > 1 { try ds.set("PlanarConfiguration", .ints([Int64(first.planarConfiguration)])) }
        if first.lossy {
            try ds.set("LossyImageCompression", string: "01")
            var ratios = ds.element(Tag(0x0028, 0x2112)).map { ds.strings($0) } ?? []
            var methods = ds.element(Tag(0x0028, 0x2114)).map { ds.strings($0) } ?? []
            // The ratio covers every frame: frame 0's ratio is written now, padded to 16
            // characters, and the serializer patches the ratio over all frames in its place
            // after the last frame (file and memory saves; a sink that cannot seek keeps
            // frame 0's ratio).
            let fixed = ratios
            ratios.append(frames > 1 ? padDS(formatRatio(first.ratio)) : formatRatio(first.ratio))
            methods.append(first.method)
            if frames > 1 {
                source.deferredValue = DeferredValue(tag: Tag(0x0028, 0x2112)) { [weak source] in
                    guard let source, source.encodedTotal > 0 else { return [] }
                    let r = spec.nativeBytes * Double(frames) / Double(source.encodedTotal)
                    return Array((fixed + [padDS(formatRatio(r))]).joined(separator: "\\").utf8)
                }
            }
            try ds.set("LossyImageCompressionRatio", .strings(ratios))
            try ds.set("LossyImageCompressionMethod", .strings(methods))
            try ds.set("SOPInstanceUID", string: newUID())
        }
        // Large files: 64-bit offsets in the Extended Offset Table (BOT offsets stop at 4 GiB).
        let total = spec.nativeBytes * Double(frames)
        let useEOT = eot || total > 3.5 * 1_073_741_824
        return .encapsulated(source, basicOffsetTable: !useEOT, extendedOffsetTable: useEOT)
    }

    /// `s` padded with trailing spaces to the 16 characters of a DS value.
    static func padDS(_ s: String) -> String {
        s.count >= 16 ? s : s + String(repeating: " ", count: 16 - s.count)
    }

    /// A DS value (at most 16 characters) for a compression ratio.
    static func formatRatio(_ r: Double) -> String {
        let v = max(r, 0.0001)
        var s = String(Double(Int((v * 1000).rounded())) / 1000)
        if s.hasSuffix(".0") { s.removeLast(2) }
        return String(s.prefix(16))
    }

    /// A new UID: 2.25 and a random 128-bit number (PS3.5 B.2).
    public static func newUID() -> String {
        var g = SystemRandomNumberGenerator()
        var limbs = (0..<4).map { _ in UInt32.random(in: 0...UInt32.max, using: &g) }
        limbs[0] |= 1 << 31  // 128 significant bits
        var digits: [UInt8] = []
        while limbs.contains(where: { $0 != 0 }) {
            var rem: UInt64 = 0
            for i in 0..<4 {
                let cur = rem << 32 | UInt64(limbs[i])
                limbs[i] = UInt32(cur / 10)
                rem = cur % 10
            }
            digits.append(UInt8(rem) + 48)
        }
        return "2.25." + String(decoding: digits.reversed(), as: UTF8.self)
    }
}

/// Decoded frames written natively (a frame decoded when the serializer asks for it).
final class NativeFrames: NativePixelSource {
    let pipe: PixelPipeline
    let spec: FrameSpec
    /// Frame 0 when the hook already decoded it (dropped once used).
    private var frame0: HeapBuffer<UInt8>?
    init(pipe: PixelPipeline, spec: FrameSpec, frame0: HeapBuffer<UInt8>? = nil) {
        self.pipe = pipe
        self.spec = spec
        self.frame0 = frame0
    }
    var frameCount: Int { pipe.frameCount }
    var bytesPerFrame: Int {
        spec.bitsAllocated == 1 ? (spec.rows * spec.columns + 7) / 8 : (spec.frameBytes ?? 0)
    }
    var vr: VR { spec.bitsAllocated > 8 && !spec.isFloat ? .OW : .OB }
    func frame(_ i: Int) throws -> HeapBuffer<UInt8> {
        let l = pipe.layout(DecodeSettings())
        // The frame must exist (native bytes present) before its size is allocated.
        try pipe.checkFrame(i)
        let out: HeapBuffer<UInt8>
        if i == 0, let f0 = frame0, f0.count == l.frameBytes {
            out = f0            // decoded by the hook: handed on, not copied
            frame0 = nil
        } else {
            out = try HeapBuffer<UInt8>(count: l.frameBytes, "frame \(i)")
            try out.withUnsafeMutableBytes { _ = try pipe.decode(frame: i, into: $0, settings: DecodeSettings()) }
        }
        if spec.bitsAllocated == 1 {
            // One byte per pixel -> packed bits, least significant first.
            let packed = try HeapBuffer<UInt8>(count: (out.count + 7) / 8, "packed frame \(i)")
            let src = out.pointer, dst = packed.pointer
            var k = 0
            while k < out.count {
                // A sample above 1: the codestream holds more than the declared Bits Allocated 1
                // (a damaged or mislabelled file); packing would drop its other bits.
                if src[k] > 1 {
                    throw DICOMError(.invalidData, "frame \(i) of this 1-bit image decodes to values above 1 (the codestream holds more bits than Bits Allocated says): packing it into bits would lose them")
                }
                if src[k] == 1 { dst[k >> 3] |= UInt8(1 << (k & 7)) }
                k += 1
            }
            return packed
        }
        return out
    }
}

/// Frames decoded and encoded on request (one at a time; frame 0 cached from the hook).
final class EncodingFrames: EncapsulatedPixelSource, DeferredValueProvider {
    /// Bytes of the frames encoded so far (for the ratio over all frames).
    private(set) var encodedTotal = 0
    var deferredValue: DeferredValue?
    let pipe: PixelPipeline
    let spec: FrameSpec
    let uid: String
    let options: EncodeOptions
    private var cached: (Int, EncodedFrame)?
    /// Frame 0 when the hook already decoded it (dropped once used).
    private var frame0: HeapBuffer<UInt8>?
    init(pipe: PixelPipeline, spec: FrameSpec, uid: String, options: EncodeOptions, frame0: HeapBuffer<UInt8>? = nil) {
        self.pipe = pipe
        self.spec = spec
        self.uid = uid
        self.options = options
        self.frame0 = frame0
    }
    var frameCount: Int { pipe.frameCount }

    /// Every frame's data is there when the last one's is (native frames are checked against
    /// the pixel data's length; encapsulated frames are counted from the fragments present).
    func checkFramesPresent() throws {
        if frameCount > 0 { try pipe.checkFrame(frameCount - 1) }
    }

    func encode(_ i: Int) throws -> EncodedFrame {
        if let (k, e) = cached, k == i { return e }
        let l = pipe.layout(DecodeSettings())
        // Checked, then calloc'ed: committed only as the codec writes, OUT_OF_MEMORY on failure.
        try pipe.checkFrame(i)
        let raw: HeapBuffer<UInt8>
        if i == 0, let f0 = frame0, f0.count == l.frameBytes {
            raw = f0
            frame0 = nil
        } else {
            raw = try HeapBuffer<UInt8>(count: l.frameBytes, "frame \(i)")
            try raw.withUnsafeMutableBytes { _ = try pipe.decode(frame: i, into: $0, settings: DecodeSettings()) }
        }
        let e = try raw.withUnsafeBytes { try CodecRegistry.encode($0, uid: uid, spec: spec, options: options) }
        cached = (i, e)
        return e
    }

    func fragments(ofFrame i: Int) throws -> [[UInt8]] {
        var b = try encode(i).bytes
        encodedTotal &+= b.count
        if b.count & 1 == 1 { b.append(0) }
        if i > 0 { cached = nil }
        return [b]
    }
}

extension DICOMFile {
    /// The encoded bytes of frame `index` as stored (the fragments of an encapsulated frame
    /// joined; a native frame's bytes), without decoding.
    public func encodedFrame(_ index: Int) throws -> [UInt8] {
        try pixels().encodedFrame(index)
    }

    /// Replaces the pixel data with already-encoded frames of transfer syntax `uid` (one
    /// fragment per frame, Basic Offset Table filled) and sets Number of Frames; a later save
    /// in `uid` writes them as they are (no decoding or re-encoding).
    public func setEncodedFrames(_ frames: [[UInt8]], transferSyntax uid: String) throws {
        guard let row = CodecRegistry.lookup(uid), row.encapsulated, row.family != .native else {
            throw DICOMError(.unsupported, "'\(uid)' is not an encapsulated transfer syntax")
        }
        guard !transferSyntax.bigEndian else {
            throw DICOMError(.unsupported, "a big endian data set cannot take encapsulated frames: save it as explicit VR little endian first")
        }
        guard !frames.isEmpty, frames.allSatisfy({ !$0.isEmpty }) else {
            throw DICOMError(.invalidArgument, "no frames, or an empty frame")
        }
        var offsets: [UInt32] = []
        var pos = 0
        for f in frames {
            guard pos <= Int(UInt32.max) else {
                throw DICOMError(.unsupported, "encoded frames beyond 4 GiB need an Extended Offset Table")
            }
            offsets.append(UInt32(pos))
            pos += 8 + (f.count + 1) & ~1
        }
        defer { didEdit() }  // also when a step below fails after the pixel data changed
        try dataSet.setEncapsulatedPixelData(fragments: frames, basicOffsetTable: offsets)
        try dataSet.set("NumberOfFrames", .ints([Int64(frames.count)]))
        parsed.transferSyntax = TransferSyntax(uid: row.uid)
        parsed.transferSyntaxInferred = false
    }
}
