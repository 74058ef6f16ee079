#if canImport(Glibc)
import Glibc
#endif
import CVetSupport
import CZlib

// The serializer: writes a `DataSet` (parsed, edited or new) as a Part 10 file or a bare data
// set in explicit VR little endian, implicit VR little endian, deflated explicit VR little
// endian or explicit VR big endian, with its pixel data as it is (native bytes, or the same
// encapsulated fragments), or with pixel data from a source (`PixelDataOutput`), frame by frame,
// for transcoding and for files built from already-encoded frames.
//
// Unedited values are copied byte for byte (swapped per VR when the byte order changes; odd
// lengths padded to even). Sequences and items keep undefined length when they were read so,
// others get defined lengths. Group lengths (gggg,0000) are left out, except the file meta's,
// which is computed. Elements are written in ascending tag order.

// MARK: - sinks

/// Where serialized bytes go. `patch` overwrites bytes written earlier (Basic/Extended Offset
/// Tables are reserved first and filled in after the frames).
public protocol ByteSink: AnyObject {
    /// Bytes written so far.
    var position: Int { get }
    func write(_ bytes: UnsafeRawBufferPointer) throws
    /// Whether `patch` works (false for the deflating sink).
    var canPatch: Bool { get }
    func patch(at offset: Int, _ bytes: [UInt8]) throws
    /// Flushes buffered bytes (and ends a compressed stream).
    func finish() throws
}

extension ByteSink {
    public func write(_ bytes: [UInt8]) throws { try bytes.withUnsafeBytes { try write($0) } }
}

/// Collects the output in memory.
public final class MemorySink: ByteSink {
    public private(set) var bytes: [UInt8] = []
    public init() {}
    public var position: Int { bytes.count }
    public func write(_ b: UnsafeRawBufferPointer) throws { bytes.append(contentsOf: b) }
    public var canPatch: Bool { true }
    public func patch(at offset: Int, _ b: [UInt8]) throws {
        guard offset >= 0, offset <= bytes.count - b.count else { throw DICOMError(.invalidArgument, "patch outside the output") }
        bytes.replaceSubrange(offset..<(offset + b.count), with: b)
    }
    public func finish() throws {}
}

/// Writes to a file descriptor through a 1 MiB buffer; patches with pwrite.
public final class FileSink: ByteSink {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var flushed = 0
    private let capacity = 1 << 20
    public init(fd: Int32) { self.fd = fd; buffer.reserveCapacity(capacity) }
    public var position: Int { flushed + buffer.count }
    public var canPatch: Bool { true }

    public func write(_ b: UnsafeRawBufferPointer) throws {
        if buffer.count + b.count <= capacity { buffer.append(contentsOf: b); return }
        try flush()
        if b.count >= capacity { try writeAll(b); flushed += b.count } else { buffer.append(contentsOf: b) }
    }

    private func flush() throws {
        if buffer.isEmpty { return }
        try buffer.withUnsafeBytes { try writeAll($0) }
        flushed += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ b: UnsafeRawBufferPointer) throws {
        var done = 0
        while done < b.count {
            guard let base = b.baseAddress else { return }
            let n = Glibc.write(fd, base + done, b.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                throw DICOMError(.io, "write failed: \(String(cString: strerror(errno)))")
            }
            done += n
        }
    }

    public func patch(at offset: Int, _ b: [UInt8]) throws {
        try flush()
        let n = b.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, off_t(offset)) }
        if n != b.count { throw DICOMError(.io, "pwrite failed: \(String(cString: strerror(errno)))") }
    }

    public func finish() throws { try flush() }
}

/// Raw-deflates (PS3.5 A.5) everything written into another sink.
public final class DeflateSink: ByteSink {
    private let next: ByteSink
    private var strm = z_stream()
    private var out = [UInt8](repeating: 0, count: 1 << 16)
    private var written = 0
    private var ended = false

    public init(_ next: ByteSink, level: Int32 = 6) throws {
        self.next = next
        let r = deflateInit2_(&strm, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        if r != Z_OK { throw DICOMError(.outOfMemory, "zlib deflateInit failed (\(r))") }
    }
    deinit { if !ended { deflateEnd(&strm) } }
    public var position: Int { written }
    public var canPatch: Bool { false }
    public func patch(at offset: Int, _ b: [UInt8]) throws {
        throw DICOMError(.unsupported, "a deflated data set cannot be patched")
    }

    public func write(_ b: UnsafeRawBufferPointer) throws {
        written += b.count
        guard let base = b.baseAddress, b.count > 0 else { return }
        var done = 0
        while done < b.count {
            let chunk = min(b.count - done, 1 << 30)
            strm.next_in = UnsafeMutablePointer(mutating: (base + done).assumingMemoryBound(to: UInt8.self))
            strm.avail_in = UInt32(chunk)
            try run(Z_NO_FLUSH)
            done += chunk
        }
    }

    private func run(_ flush: Int32) throws {
        repeat {
            let r: Int32 = out.withUnsafeMutableBufferPointer { p in
                strm.next_out = p.baseAddress
                strm.avail_out = UInt32(p.count)
                return deflate(&strm, flush)
            }
            if r == Z_STREAM_ERROR { throw DICOMError(.invalidData, "zlib deflate failed") }
            let have = out.count - Int(strm.avail_out)
            if have > 0 { try out.withUnsafeBytes { try next.write(UnsafeRawBufferPointer(rebasing: $0[0..<have])) } }
            if flush == Z_FINISH && r == Z_STREAM_END { return }
        } while strm.avail_out == 0 || (flush == Z_FINISH)
    }

    public func finish() throws {
        if ended { return }
        strm.avail_in = 0
        try run(Z_FINISH)
        deflateEnd(&strm)
        ended = true
        try next.finish()
    }
}

// MARK: - pixel data sources

/// Encoded frames produced one at a time (a transcoder, or a vendor's JPEGs): the serializer
/// asks for frame 0, 1, ... in order and writes each before asking for the next.
public protocol EncapsulatedPixelSource {
    var frameCount: Int { get }
    /// The fragments of frame `i` (usually one); odd lengths are padded with a zero byte.
    func fragments(ofFrame i: Int) throws -> [[UInt8]]
    /// Throws unless every one of `frameCount` frames can be produced from data that is there
    /// (cheaply: no frame is decoded). Called before offset-table placeholders sized by
    /// `frameCount` are written, so that a Number of Frames the data does not hold is an error
    /// up front, not gigabytes of placeholder. The default does nothing (frames in memory).
    func checkFramesPresent() throws
}

extension EncapsulatedPixelSource {
    public func checkFramesPresent() throws {}
}

/// Native frames produced one at a time, little endian (for OW swapped to big endian when the
/// target is), each exactly `bytesPerFrame` long. For frames that are not whole bytes (1-bit),
/// give the whole pixel data as one frame.
public protocol NativePixelSource {
    var frameCount: Int { get }
    var bytesPerFrame: Int { get }
    /// OB or OW.
    var vr: VR { get }
    /// Frame `i` in failable calloc'ed memory (a frame is sized by the file: never a Swift
    /// `Array`, whose failed allocation traps). The serializer may change it (byte swap).
    func frame(_ i: Int) throws -> HeapBuffer<UInt8>
}

/// Encapsulated frames already in memory.
public struct EncodedFrames: EncapsulatedPixelSource {
    public var frames: [[[UInt8]]]
    public init(frames: [[[UInt8]]]) { self.frames = frames }
    public var frameCount: Int { frames.count }
    public func fragments(ofFrame i: Int) throws -> [[UInt8]] { frames[i] }
}

/// Replaces the data set's pixel data (7FE0,0010) when saving.
public enum PixelDataOutput {
    /// Native pixel data from frames.
    case native(NativePixelSource)
    /// Encapsulated pixel data. `basicOffsetTable`: fill the Basic Offset Table (else empty);
    /// `extendedOffsetTable`: write (7FE0,0001)/(7FE0,0002) and leave the BOT empty (frames
    /// beyond 4 GiB need it).
    case encapsulated(EncapsulatedPixelSource, basicOffsetTable: Bool, extendedOffsetTable: Bool)
}

// MARK: - options

public struct SaveOptions {
    /// The transfer syntax to write.
    public var transferSyntaxUID: String
    /// The transfer syntax the data set's pixel data is in now (nil: same as the target).
    /// Saving encapsulated pixel data to another syntax needs a `pixelData` source.
    public var sourceTransferSyntaxUID: String?
    /// Preamble, "DICM" and file meta (false: a bare data set).
    public var part10 = true
    /// zlib level for the deflated syntax.
    public var deflateLevel: Int32 = 6
    /// Pixel data to write instead of the data set's (7FE0,0010); the data set's Extended
    /// Offset Table elements are then dropped.
    public var pixelData: PixelDataOutput?
    /// File meta elements to carry over (Source AE title, private meta...); the writer sets
    /// (0002,0000)-(0002,0003), (0002,0010), (0002,0012) and (0002,0013) itself.
    public var meta: DataSet?
    /// A top-level value known only after the pixel data is written (e.g. the Lossy Image
    /// Compression Ratio over all frames): the data set holds a placeholder of the final
    /// length; after the pixel data, `value()` is patched over it in place when the sink can
    /// patch (file, memory) and returns exactly the placeholder's length. Otherwise the
    /// placeholder stays.
    public var deferredValue: DeferredValue?
    /// Elements the reader salvaged from a damaged file (a value, a sequence or a pixel data
    /// fragment cut short by the end of the file: `Element.damage` is `.truncated`). false (the
    /// default): the save is refused with TRUNCATED naming the first such element, before
    /// anything is written. true: each is written as what was read, consistently: a value cut
    /// to whole units of its VR and padded to even length, with that length; a sequence whose
    /// items could not be read as an empty sequence; a cut fragment padded to even length.
    /// The saved file then reads as the damaged one did (docs/writing.md, "Damaged files").
    public var salvage = false

    public init(transferSyntaxUID: String = TransferSyntax.explicitVRLittleEndian) {
        self.transferSyntaxUID = transferSyntaxUID
    }
}

/// A pixel source that knows a value only once its frames are written (see
/// `SaveOptions.deferredValue`; `DICOMFile.prepareSave` takes it from the source).
public protocol DeferredValueProvider: AnyObject {
    var deferredValue: DeferredValue? { get }
}

/// See `SaveOptions.deferredValue`.
public struct DeferredValue {
    public var tag: Tag
    public var value: () throws -> [UInt8]
    public init(tag: Tag, value: @escaping () throws -> [UInt8]) {
        self.tag = tag
        self.value = value
    }
}

// MARK: - serializer

public enum Serializer {
    /// The Implementation Class UID of vetdicom: 2.25 and a fixed 128-bit number (derived once
    /// from a random UUID, never changed).
    public static let implementationClassUID = "2.25.229782961809162856016167723728999663555"
    /// "VETDICOM_" and the library version.
    public static let implementationVersionName =
        "VETDICOM_\(VETDICOM_VERSION_MAJOR).\(VETDICOM_VERSION_MINOR).\(VETDICOM_VERSION_PATCH)"

    /// Serializes into memory.
    public static func encode(_ ds: DataSet, options: SaveOptions) throws -> [UInt8] {
        let sink = MemorySink()
        try write(ds, options: options, to: sink)
        return sink.bytes
    }

    /// Writes to `path` atomically: a temporary file in the same directory, fsync, rename. On
    /// any error the temporary file is removed and an existing file at `path` is untouched.
    public static func save(_ ds: DataSet, options: SaveOptions, toPath path: String) throws {
        try checkPixels(ds, options)   // decided before any file is created
        let slash = path.lastIndex(of: "/")
        let dir = slash.map { String(path[..<$0]) } ?? "."
        let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !base.isEmpty else { throw DICOMError(.invalidArgument, "'\(path)' names a directory") }
        var template = Array("\(dir.isEmpty ? "/" : dir)/.\(base).vetdicom-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        if fd < 0 { throw DICOMError(.io, "cannot create a temporary file in '\(dir)': \(String(cString: strerror(errno)))") }
        let tmp = String(cString: template.map { UInt8(bitPattern: $0) } + [])
        var ok = false
        defer {
            if !ok { close(fd); unlink(tmp) }
        }
        // Permissions as a new file would get: 0666 minus the umask.
        let mask = umask(0); umask(mask)
        fchmod(fd, 0o666 & ~mask)
        let sink = FileSink(fd: fd)
        try write(ds, options: options, to: sink)
        if fsync(fd) != 0 { throw DICOMError(.io, "fsync of '\(tmp)' failed: \(String(cString: strerror(errno)))") }
        if close(fd) != 0 { ok = true; unlink(tmp); throw DICOMError(.io, "close of '\(tmp)' failed") }
        if rename(tmp, path) != 0 {
            let msg = String(cString: strerror(errno))
            ok = true
            unlink(tmp)
            throw DICOMError(.io, "cannot rename the temporary file to '\(path)': \(msg)")
        }
        ok = true
        let dfd = open(dir.isEmpty ? "/" : dir, O_RDONLY | O_DIRECTORY)
        if dfd >= 0 { _ = fsync(dfd); close(dfd) }
    }

    /// Serializes into `sink` (then calls `sink.finish()`).
    public static func write(_ ds: DataSet, options: SaveOptions, to sink: ByteSink) throws {
        try checkPixels(ds, options)   // and the damage check
        let ts = TransferSyntax(uid: options.transferSyntaxUID)
        if options.part10 {
            try sink.write([UInt8](repeating: 0, count: 128))
            try sink.write(Array("DICM".utf8))
            try sink.write(fileMeta(ds, options, ts))
        }
        var w = ElementWriter(explicit: ts.explicitVR, bigEndian: ts.bigEndian, pixelData: options.pixelData)
        w.deferred = options.deferredValue
        if ts.deflatedDataSet {
            let d = try DeflateSink(sink, level: options.deflateLevel)
            try w.writeDataSet(ds, to: d, top: true)
            try d.finish()
        } else {
            try w.writeDataSet(ds, to: sink, top: true)
            try sink.finish()
        }
    }

    /// Refuses, before anything is written, pixel data that the target syntax cannot hold
    /// without a codec.
    static func checkPixels(_ ds: DataSet, _ options: SaveOptions) throws {
        if !options.salvage { try checkDamage(ds) }
        let target = TransferSyntax(uid: options.transferSyntaxUID)
        if let p = options.pixelData {
            switch p {
            case .native:
                if target.holdsEncapsulatedPixels { throw DICOMError(.unsupported, "native pixel data cannot be written in \(target.name)") }
            case .encapsulated:
                if !target.holdsEncapsulatedPixels { throw DICOMError(.unsupported, "encapsulated pixel data cannot be written in \(target.name)") }
            }
            return
        }
        guard let e = ds.element(Tag.pixelData) else { return }
        let source = TransferSyntax(uid: options.sourceTransferSyntaxUID ?? options.transferSyntaxUID)
        if e.fragments != nil {
            if !target.holdsEncapsulatedPixels {
                throw DICOMError(.unsupported, "the pixel data is compressed (\(source.name)); writing it as \(target.name) needs decoding, which this save does not do")
            }
            if source.holdsEncapsulatedPixels && source.uid != target.uid {
                throw DICOMError(.unsupported, "the pixel data is \(source.name); writing it as \(target.name) needs transcoding, which this save does not do")
            }
        } else if target.holdsEncapsulatedPixels {
            throw DICOMError(.unsupported, "the pixel data is native; writing it as \(target.name) needs an encoder, which this save does not do")
        }
    }

    /// The first element (depth first, in the order they would be written) that the reader
    /// salvaged from a cut-short file, as its path and damage; nil when there is none.
    /// Sequences skipped for max_depth are not damage: their bytes are written unchanged.
    public static func firstDamage(_ ds: DataSet) -> (path: String, damage: DICOMError)? {
        for e in ds.elements where e.tag.element != 0x0000 && e.tag.group != 0x0002 && e.tag.group != 0xFFFE {
            if let d = e.damage, d.status == .truncated { return ("\(e.tag)", d) }
            for (k, item) in (e.items ?? []).enumerated() {
                if let (p, d) = firstDamage(item) { return ("\(e.tag)[\(k)].\(p)", d) }
            }
        }
        return nil
    }

    /// Refuses (TRUNCATED, naming the element) a data set with salvaged elements unless the
    /// save asks for the salvage (`SaveOptions.salvage`).
    public static func checkDamage(_ ds: DataSet) throws {
        guard let (path, d) = firstDamage(ds) else { return }
        throw DICOMError(.truncated, "\(path) was cut short in the file (\(d.message)); nothing was written. " +
                         "Save with the option save_salvaged=1 to write what was read (docs/writing.md)")
    }

    /// The file meta group, explicit VR little endian, with its group length.
    static func fileMeta(_ ds: DataSet, _ options: SaveOptions, _ ts: TransferSyntax) throws -> [UInt8] {
        func uid(_ tag: Tag, _ metaTag: Tag) -> String {
            if let s = ds.string(tag), !s.isEmpty { return trimUID(s) }
            if let m = options.meta, let s = m.string(metaTag) { return trimUID(s) }
            return ""
        }
        var items: [(Tag, VR, [UInt8])] = []
        func text(_ s: String, _ vr: VR) -> [UInt8] {
            var b = Array(s.utf8)
            if b.count & 1 == 1 { b.append(vr == .UI ? 0 : 0x20) }
            return b
        }
        items.append((Tag(0x0002, 0x0001), .OB, [0x00, 0x01]))
        items.append((Tag(0x0002, 0x0002), .UI, text(uid(Tag(0x0008, 0x0016), Tag(0x0002, 0x0002)), .UI)))
        items.append((Tag(0x0002, 0x0003), .UI, text(uid(Tag(0x0008, 0x0018), Tag(0x0002, 0x0003)), .UI)))
        items.append((Tag(0x0002, 0x0010), .UI, text(trimUID(options.transferSyntaxUID), .UI)))
        items.append((Tag(0x0002, 0x0012), .UI, text(implementationClassUID, .UI)))
        items.append((Tag(0x0002, 0x0013), .SH, text(implementationVersionName, .SH)))
        let own: Set<UInt16> = [0x0000, 0x0001, 0x0002, 0x0003, 0x0010, 0x0012, 0x0013]
        if let m = options.meta {
            for e in m.elements where e.tag.group == 0x0002 && !own.contains(e.tag.element) && e.items == nil {
                var b = [UInt8](m.rawValue(e))
                if b.count & 1 == 1 { b.append(e.vr == .UI || !e.vr.isString ? 0 : 0x20) }
                items.append((e.tag, e.vr, b))
            }
        }
        items.sort { $0.0 < $1.0 }
        var body: [UInt8] = []
        for (tag, vr, value) in items {
            guard value.count <= (vr.hasLongLength ? 0xFFFF_FFFE : 0xFFFE) else {
                throw DICOMError(.invalidValue, "file meta element \(tag) is too long")
            }
            appendHeader(&body, tag, vr, UInt32(value.count), explicit: true, bigEndian: false)
            body += value
        }
        var out: [UInt8] = []
        appendHeader(&out, Tag.fileMetaGroupLength, .UL, 4, explicit: true, bigEndian: false)
        put32(&out, UInt32(body.count), false)
        return out + body
    }
}

/// Appends an element header.
@inline(__always)
func appendHeader(_ out: inout [UInt8], _ tag: Tag, _ vr: VR, _ length: UInt32, explicit: Bool, bigEndian: Bool) {
    put16(&out, tag.group, bigEndian)
    put16(&out, tag.element, bigEndian)
    if explicit {
        out.append(UInt8(truncatingIfNeeded: vr.rawValue >> 8))
        out.append(UInt8(truncatingIfNeeded: vr.rawValue))
        if vr.hasLongLength {
            out.append(0); out.append(0)
            put32(&out, length, bigEndian)
        } else {
            put16(&out, UInt16(truncatingIfNeeded: length), bigEndian)
        }
    } else {
        put32(&out, length, bigEndian)
    }
}

struct ElementWriter {
    let explicit: Bool
    let bigEndian: Bool
    let pixelData: PixelDataOutput?
    var scratch: [UInt8] = []
    var deferred: DeferredValue?
    /// Where the deferred value's bytes were written (position, padded length).
    var deferredAt: (Int, Int)?

    init(explicit: Bool, bigEndian: Bool, pixelData: PixelDataOutput?) {
        self.explicit = explicit
        self.bigEndian = bigEndian
        self.pixelData = pixelData
    }

    mutating func header(_ sink: ByteSink, _ tag: Tag, _ vr: VR, _ length: UInt32) throws {
        scratch.removeAll(keepingCapacity: true)
        appendHeader(&scratch, tag, vr, length, explicit: explicit, bigEndian: bigEndian)
        try sink.write(scratch)
    }

    mutating func itemHeader(_ sink: ByteSink, _ tag: Tag, _ length: UInt32) throws {
        scratch.removeAll(keepingCapacity: true)
        put16(&scratch, tag.group, bigEndian)
        put16(&scratch, tag.element, bigEndian)
        put32(&scratch, length, bigEndian)
        try sink.write(scratch)
    }

    mutating func writeDataSet(_ ds: DataSet, to sink: ByteSink, top: Bool) throws {
        var elements = ds.elements
        if !ds.sorted {
            elements = elements.enumerated().sorted { a, b in
                a.element.tag.value != b.element.tag.value ? a.element.tag.value < b.element.tag.value : a.offset < b.offset
            }.map { $0.element }
        }
        var last: UInt32? = nil
        var wroteEOT = false
        for e in elements {
            let t = e.tag
            if t.element == 0x0000 || t.group == 0x0002 || t.group == 0xFFFE { continue }
            if let l = last, l == t.value { continue }   // a duplicate tag: the first one wins
            last = t.value
            if top, let p = pixelData, t.value >= Tag.extendedOffsetTable.value {
                // The source's pixel data (and offset tables) go where the old ones were.
                if !wroteEOT { try writePixelOutput(p, to: sink); wroteEOT = true }
                if t == Tag.extendedOffsetTable || t == Tag.extendedOffsetTableLengths || t == Tag.pixelData { continue }
            }
            if top, let d = deferred, d.tag == t, sink.canPatch, e.items == nil, e.fragments == nil {
                try writeElement(ds, e, to: sink)
                let padded = e.length &+ (e.length & 1)
                deferredAt = (sink.position - padded, padded)
                continue
            }
            try writeElement(ds, e, to: sink)
        }
        if top, let p = pixelData, !wroteEOT { try writePixelOutput(p, to: sink) }
        if top, let d = deferred, let (pos, len) = deferredAt {
            var v = try d.value()
            if v.count & 1 == 1 { v.append(0x20) }
            if v.count == len { try sink.patch(at: pos, v) }
        }
    }

    mutating func writeElement(_ ds: DataSet, _ e: Element, to sink: ByteSink) throws {
        if let d = e.damage, d.status == .truncated, e.items == nil, e.fragments == nil {
            // Salvage (SaveOptions.salvage; refused before writing otherwise): what was read.
            if e.vr == .SQ {
                // No item of a cut sequence was read: an empty sequence.
                try header(sink, e.tag, .SQ, 0)
                return
            }
            // Whole units of the VR only (a cut UL of 3 bytes reads as no value; padded to 4 it
            // would read as a number), then the usual even padding.
            let unit = e.vr == .AT ? 4 : max(1, e.vr.byteSwapSize)
            var cut = e
            cut.length = e.length - e.length % unit
            cut.damage = nil
            try writeElement(ds, cut, to: sink)
            return
        }
        if let items = e.items {
            if e.undefinedLength {
                try header(sink, e.tag, .SQ, 0xFFFF_FFFF)
                for item in items {
                    try itemHeader(sink, Tag.item, 0xFFFF_FFFF)
                    try writeDataSet(item, to: sink, top: false)
                    try itemHeader(sink, Tag.itemDelimitation, 0)
                }
                try itemHeader(sink, Tag.sequenceDelimitation, 0)
            } else {
                let mem = MemorySink()
                var inner = ElementWriter(explicit: explicit, bigEndian: bigEndian, pixelData: nil)
                for item in items {
                    let body = MemorySink()
                    try inner.writeDataSet(item, to: body, top: false)
                    guard body.bytes.count <= 0xFFFF_FFFE else { throw DICOMError(.invalidValue, "an item of \(e.tag) is longer than 4 GiB") }
                    try inner.itemHeader(mem, Tag.item, UInt32(body.bytes.count))
                    try mem.write(body.bytes)
                }
                guard mem.bytes.count <= 0xFFFF_FFFE else { throw DICOMError(.invalidValue, "sequence \(e.tag) is longer than 4 GiB") }
                try header(sink, e.tag, .SQ, UInt32(mem.bytes.count))
                try sink.write(mem.bytes)
            }
            return
        }
        if let fragments = e.fragments {
            if bigEndian { throw DICOMError(.unsupported, "encapsulated pixel data cannot be written big endian") }
            try header(sink, e.tag, .OB, 0xFFFF_FFFF)
            let bot = e.basicOffsetTable ?? 0..<0
            try writeItem(ds, e, bot, to: sink)
            for f in fragments { try writeItem(ds, e, f, to: sink) }
            try itemHeader(sink, Tag.sequenceDelimitation, 0)
            return
        }
        var vr = e.vr
        let length = e.length
        let padded = length &+ (length & 1)
        if explicit && !vr.hasLongLength && padded > 0xFFFE {
            vr = .UN   // too long for a 16-bit length: UN (PS3.5 6.2.2)
        }
        guard padded <= 0xFFFF_FFFE else { throw DICOMError(.invalidValue, "value of \(e.tag) is longer than 4 GiB") }
        try header(sink, e.tag, vr, UInt32(padded))
        let swap = ds.bigEndian != bigEndian ? e.vr.byteSwapSize : 1
        try copyValue(ds, e, e.valueRange, swap: swap, to: sink)
        if length & 1 == 1 { try sink.write([e.vr.isString && e.vr != .UI ? 0x20 : 0]) }
    }

    /// One pixel data item (BOT or fragment), padded to even length.
    mutating func writeItem(_ ds: DataSet, _ e: Element, _ r: Range<Int>, to sink: ByteSink) throws {
        let padded = r.count &+ (r.count & 1)
        guard padded <= 0xFFFF_FFFE else { throw DICOMError(.invalidValue, "pixel data fragment longer than 4 GiB") }
        try itemHeader(sink, Tag.item, UInt32(padded))
        try copyValue(ds, e, r, swap: 1, to: sink)
        if r.count & 1 == 1 { try sink.write([0]) }
    }

    /// Copies value bytes, swapping `swap`-byte words, in chunks of 1 MiB read through
    /// `ByteStore.withBytes`: a lazily read file costs one chunk of memory, and a file truncated or
    /// rewritten while open is an error (TRUNCATED/IO), never zeros written in its place.
    func copyValue(_ ds: DataSet, _ e: Element, _ r: Range<Int>, swap: Int, to sink: ByteSink) throws {
        if r.isEmpty { return }
        let store = ds.storage(of: e)
        guard r.lowerBound >= 0, r.upperBound <= store.count else {
            throw DICOMError(.invalidData, "value of \(e.tag) lies outside its data (\(r))")
        }
        let chunk = 1 << 20   // a multiple of every swap size
        var buf = [UInt8](repeating: 0, count: swap > 1 ? min(chunk, r.count) : 0)
        var off = r.lowerBound
        while off < r.upperBound {
            let n = min(chunk, r.upperBound - off)
            try store.withBytes(off..<(off + n)) { src in
                if swap <= 1 { try sink.write(src); return }
                buf.withUnsafeMutableBytes { d in
                    if let sb = src.baseAddress, let db = d.baseAddress { memcpy(db, sb, n) }
                    swapWords(UnsafeMutableRawBufferPointer(rebasing: d[0..<n]), swap)
                }
                try buf.withUnsafeBytes { try sink.write(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
            }
            off += n
        }
    }

    /// Pixel data from a source, with offset tables reserved first and patched at the end.
    mutating func writePixelOutput(_ p: PixelDataOutput, to sink: ByteSink) throws {
        switch p {
        case .native(let src):
            let (total, o) = src.frameCount.multipliedReportingOverflow(by: src.bytesPerFrame)
            guard !o, total >= 0, total &+ 1 <= 0xFFFF_FFFE else { throw DICOMError(.invalidValue, "native pixel data longer than 4 GiB") }
            let vr: VR = src.vr == .OB ? .OB : .OW
            try header(sink, Tag.pixelData, vr, UInt32(total &+ (total & 1)))
            for i in 0..<src.frameCount {
                let f = try src.frame(i)
                guard f.count == src.bytesPerFrame else {
                    throw DICOMError(.invalidData, "frame \(i) has \(f.count) bytes, \(src.bytesPerFrame) expected")
                }
                if bigEndian && vr == .OW { f.withUnsafeMutableBytes { swapWords($0, 2) } }
                try f.withUnsafeBytes { try sink.write($0) }
            }
            if total & 1 == 1 { try sink.write([0]) }
        case .encapsulated(let src, let wantBOT, let wantEOT):
            if bigEndian { throw DICOMError(.unsupported, "encapsulated pixel data cannot be written big endian") }
            let n = src.frameCount
            guard n >= 0, n < 1 << 28 else { throw DICOMError(.invalidValue, "\(n) frames") }
            let usePatch = (wantBOT || wantEOT) && sink.canPatch
            // The tables are sized by the frame count: it must be backed by data first (a
            // hostile Number of Frames is an error here, not a huge placeholder), the
            // placeholders are written in fixed-size chunks of zeros, and the offsets and
            // lengths live in failable calloc'ed buffers (committed only as frames are written).
            if usePatch { try src.checkFramesPresent() }
            var eotPos = -1, eotLenPos = -1
            if wantEOT && usePatch {
                try header(sink, Tag.extendedOffsetTable, .OV, UInt32(n * 8))
                eotPos = sink.position
                try writeZeros(sink, n * 8)
                try header(sink, Tag.extendedOffsetTableLengths, .OV, UInt32(n * 8))
                eotLenPos = sink.position
                try writeZeros(sink, n * 8)
            }
            try header(sink, Tag.pixelData, .OB, 0xFFFF_FFFF)
            let botEntries = wantBOT && !wantEOT && usePatch ? n : 0
            try itemHeader(sink, Tag.item, UInt32(botEntries * 4))
            let botPos = sink.position
            try writeZeros(sink, botEntries * 4)
            let first = sink.position
            let tables = usePatch ? n : 0
            let offsets = try HeapBuffer<UInt64>(count: tables, "the offset table of \(n) frames")
            let lengths = try HeapBuffer<UInt64>(count: eotPos >= 0 ? n : 0, "the frame lengths of \(n) frames")
            for i in 0..<n {
                if i < tables { offsets.pointer[i] = UInt64(sink.position - first) }
                var len: UInt64 = 0
                for var f in try src.fragments(ofFrame: i) {
                    if f.count & 1 == 1 { f.append(0) }
                    guard f.count <= 0xFFFF_FFFE else { throw DICOMError(.invalidValue, "fragment of frame \(i) longer than 4 GiB") }
                    try itemHeader(sink, Tag.item, UInt32(f.count))
                    try sink.write(f)
                    len += UInt64(f.count)
                }
                if i < lengths.count { lengths.pointer[i] = len }
            }
            try itemHeader(sink, Tag.sequenceDelimitation, 0)
            if botEntries > 0 {
                var k = 0
                while k < n {
                    guard offsets.pointer[k] <= UInt64(UInt32.max) else {
                        throw DICOMError(.unsupported, "the frames pass 4 GiB: the Basic Offset Table cannot hold the offsets; use the Extended Offset Table")
                    }
                    k += 1
                }
                try patchTable(sink, at: botPos, offsets, count: n, width: 4)
            }
            if eotPos >= 0 {
                try patchTable(sink, at: eotPos, offsets, count: n, width: 8)
                try patchTable(sink, at: eotLenPos, lengths, count: n, width: 8)
            }
        }
    }

    /// Writes `count` zero bytes in chunks of at most 64 KiB (no buffer sized by `count`).
    private func writeZeros(_ sink: ByteSink, _ count: Int) throws {
        if count <= 0 { return }
        let chunk = [UInt8](repeating: 0, count: min(count, 1 << 16))
        var left = count
        while left > 0 {
            let k = min(left, chunk.count)
            try chunk.withUnsafeBytes { try sink.write(UnsafeRawBufferPointer(rebasing: $0[0..<k])) }
            left -= k
        }
    }

    /// Patches `count` little-endian entries of `width` bytes (4 or 8) from `values` at `pos`,
    /// 8192 entries per patch.
    private func patchTable(_ sink: ByteSink, at pos: Int, _ values: HeapBuffer<UInt64>, count: Int, width: Int) throws {
        var k = 0
        var b: [UInt8] = []
        b.reserveCapacity(8192 * width)
        while k < count {
            let end = min(count, k + 8192)
            b.removeAll(keepingCapacity: true)
            for i in k..<end {
                if width == 4 { put32(&b, UInt32(truncatingIfNeeded: values.pointer[i]), false) } else { put64(&b, values.pointer[i], false) }
            }
            try sink.patch(at: pos + k * width, b)
            k = end
        }
    }
}

extension Serializer {
    /// Throws the `.unsupported` error `write` would throw for pixel data the target syntax
    /// cannot hold without a codec (nothing when it can).
    public static func checkPixelsPublic(_ ds: DataSet, _ options: SaveOptions) throws {
        try checkPixels(ds, options)
    }
}

extension TransferSyntax {
    /// Pixel data in this syntax is encapsulated (every compressed syntax, and Deflated Image
    /// Frame Compression, whose data set is otherwise explicit VR little endian).
    public var holdsEncapsulatedPixels: Bool {
        encapsulated || uid == TransferSyntax.deflatedImageFrameCompression
    }
}
