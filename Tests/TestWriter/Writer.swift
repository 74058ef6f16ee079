#if canImport(Glibc)
import Glibc
#endif
import CZlib
import DICOMCore

// TEST-ONLY synthetic-file generator (moved out of the shipped module: the library's one model
// for writing is DataSet + Serializer in DICOMCore). A data set is built in memory as a tree of `WElement`s and serialized as
// a Part 10 file or a bare data set, in any uncompressed transfer syntax (implicit VR LE,
// explicit VR LE/BE, deflated explicit VR LE) with native or encapsulated pixel data. It is used
// by the tests, by `vetdicom sample` and for writing files; `WriterOptions` and the per-element
// flags also produce the deviations real files have (odd lengths, wrong group length, wrong
// transfer syntax in the meta, missing delimiters, unknown VRs, truncation), on purpose.

/// The value of one element to write.
public enum WValue: Sendable {
    /// Raw value bytes. Binary VRs: little-endian (swapped by the writer for big endian).
    /// Text VRs: the bytes as they go to the file (for character-set tests); padded to even length.
    case bytes([UInt8])
    /// Text values (UTF-8), joined with backslash and padded per VR (space; NUL for UI).
    case strings([String])
    /// Integers for US, SS, UL, SL, SV, UV, OB, OW, OL, OV (binary) or IS (text).
    case ints([Int64])
    /// Reals for FL, FD, OF, OD (binary) or DS (text).
    case doubles([Double])
    /// AT values.
    case tags([Tag])
    /// Sequence items (SQ, or UN of undefined length holding implicit VR LE items).
    case items([WItem])
    /// Encapsulated pixel data: the Basic Offset Table entries (may be empty) and the fragments.
    case fragments(bot: [UInt32], fragments: [[UInt8]])
}

/// One sequence item.
public struct WItem: Sendable {
    public var elements: [WElement]
    /// Write the item with undefined length and an item delimiter (else a defined length).
    public var undefinedLength: Bool
    /// Deviation: encode this item's elements with implicit VR even in an explicit-VR data set.
    public var forceImplicitVR: Bool
    /// Deviation: leave out the item delimiter (undefined length only).
    public var omitDelimiter: Bool

    public init(_ elements: [WElement], undefinedLength: Bool = false, forceImplicitVR: Bool = false,
                omitDelimiter: Bool = false) {
        self.elements = elements
        self.undefinedLength = undefinedLength
        self.forceImplicitVR = forceImplicitVR
        self.omitDelimiter = omitDelimiter
    }
}

/// One element to write.
public struct WElement: Sendable {
    public var tag: Tag
    public var vr: VR
    public var value: WValue
    /// Sequences / UN sequences: undefined length with a sequence delimiter. Encapsulated pixel
    /// data is always written with undefined length.
    public var undefinedLength: Bool
    /// Deviation: leave out the sequence delimiter (undefined length only).
    public var omitDelimiter: Bool
    /// Pad the value to even length (default). `false` writes an odd length as is (deviation).
    public var pad: Bool
    /// Deviation: write these two bytes instead of the VR's name in explicit VR. A pair that is
    /// not a known VR is written with the reserved 2 bytes and a 32-bit length (like UN).
    public var vrBytesOverride: (UInt8, UInt8)?
    /// Deviation: write this value length instead of the real one (e.g. 0xFFFFFFFE).
    public var lengthOverride: UInt32?

    public init(_ tag: Tag, _ vr: VR, _ value: WValue, undefinedLength: Bool = false, omitDelimiter: Bool = false,
                pad: Bool = true) {
        self.tag = tag
        self.vr = vr
        self.value = value
        self.undefinedLength = undefinedLength
        self.omitDelimiter = omitDelimiter
        self.pad = pad
        self.vrBytesOverride = nil
        self.lengthOverride = nil
    }

    // MARK: conveniences

    /// A text element.
    public static func text(_ tag: Tag, _ vr: VR, _ values: String...) -> WElement {
        WElement(tag, vr, .strings(values))
    }
    /// A US element.
    public static func us(_ tag: Tag, _ values: Int...) -> WElement {
        WElement(tag, .US, .ints(values.map { Int64($0) }))
    }
    /// A sequence.
    public static func sequence(_ tag: Tag, _ items: [WItem], undefinedLength: Bool = false) -> WElement {
        WElement(tag, .SQ, .items(items), undefinedLength: undefinedLength)
    }
    /// An element named by dictionary keyword, with its dictionary VR (nil for an unknown keyword).
    public static func keyword(_ keyword: String, _ value: WValue) -> WElement? {
        guard let e = DataDictionary.entry(forKeyword: keyword) else { return nil }
        return WElement(Tag(e.tag), e.vr, value)
    }
}

/// How the data set (after the file meta) is encoded.
public enum WEncoding: Sendable, Equatable {
    case implicitLittleEndian
    case explicitLittleEndian
    case explicitBigEndian
    /// Explicit VR little endian, then raw-deflated (PS3.5 A.5).
    case deflatedExplicitLittleEndian

    /// The encoding a transfer syntax UID calls for (every encapsulated syntax is explicit LE).
    public init(transferSyntaxUID uid: String) {
        let ts = TransferSyntax(uid: uid)
        if ts.deflatedDataSet { self = .deflatedExplicitLittleEndian }
        else if !ts.explicitVR { self = .implicitLittleEndian }
        else if ts.bigEndian { self = .explicitBigEndian }
        else { self = .explicitLittleEndian }
    }

    var explicit: Bool { self != .implicitLittleEndian }
    var bigEndian: Bool { self == .explicitBigEndian }
}

/// File meta group length (0002,0000) handling.
public enum WGroupLength: Sendable, Equatable {
    case correct
    case missing
    /// Deviation: this value instead of the right one.
    case value(UInt32)
}

/// Options of `DICOMWriter.part10`.
public struct WriterOptions: Sendable {
    /// Transfer syntax written in the file meta; also selects the data set encoding.
    public var transferSyntaxUID: String = TransferSyntax.explicitVRLittleEndian
    /// Deviation: encode the data set like this regardless of `transferSyntaxUID`.
    public var dataSetEncodingOverride: WEncoding? = nil
    /// Media Storage SOP Class/Instance UID; default: the data set's (0008,0016)/(0008,0018).
    public var mediaStorageSOPClassUID: String? = nil
    public var mediaStorageSOPInstanceUID: String? = nil
    public var implementationClassUID: String = DICOMWriter.implementationClassUID
    public var implementationVersionName: String = DICOMWriter.implementationVersionName
    /// Write the 128-byte preamble and "DICM".
    public var preamble: Bool = true
    /// Write the file meta group.
    public var fileMeta: Bool = true
    public var groupLength: WGroupLength = .correct
    /// More file meta elements (group 0002), e.g. SourceApplicationEntityTitle.
    public var extraMeta: [WElement] = []
    /// Write the elements in ascending tag order (the order given otherwise).
    public var sortElements: Bool = true
    /// Deviation: this many zero bytes after the data set.
    public var trailingZeroBytes: Int = 0
    /// Deviation: cut the output to this many bytes.
    public var truncateAt: Int? = nil
    /// zlib level for the deflated syntax.
    public var deflateLevel: Int32 = 6

    public init(transferSyntaxUID: String = TransferSyntax.explicitVRLittleEndian) {
        self.transferSyntaxUID = transferSyntaxUID
    }
}

/// Serializes `WElement` trees.
public enum DICOMWriter {
    /// 2.25 + a fixed 128-bit number (the UUID-derived root of this implementation).
    public static let implementationClassUID = Serializer.implementationClassUID
    public static let implementationVersionName = Serializer.implementationVersionName

    /// A Part 10 file: preamble, "DICM", file meta (explicit VR LE) and the data set.
    /// - Throws: `DICOMError(.invalidArgument)` for a value that cannot be encoded (e.g. longer
    ///   than 65534 bytes in a 16-bit-length VR), `.outOfMemory` if zlib fails.
    public static func part10(_ elements: [WElement], options: WriterOptions = WriterOptions()) throws -> [UInt8] {
        var out: [UInt8] = []
        if options.preamble {
            out = [UInt8](repeating: 0, count: 128)
            out += [0x44, 0x49, 0x43, 0x4D]
        }
        if options.fileMeta {
            out += try fileMeta(for: elements, options: options)
        }
        let encoding = options.dataSetEncodingOverride ?? WEncoding(transferSyntaxUID: options.transferSyntaxUID)
        out += try dataSet(elements, encoding: encoding, sort: options.sortElements, deflateLevel: options.deflateLevel)
        if options.trailingZeroBytes > 0 { out += [UInt8](repeating: 0, count: options.trailingZeroBytes) }
        if let t = options.truncateAt, t >= 0, t < out.count { out.removeSubrange(t...) }
        return out
    }

    /// The file meta group (0002,xxxx) in explicit VR little endian.
    public static func fileMeta(for elements: [WElement], options: WriterOptions) throws -> [UInt8] {
        func uid(_ tag: Tag) -> String? {
            for e in elements where e.tag == tag {
                if case .strings(let s) = e.value, let f = s.first { return f }
            }
            return nil
        }
        var meta: [WElement] = [
            WElement(Tag(0x0002, 0x0001), .OB, .bytes([0x00, 0x01])),
            WElement(Tag(0x0002, 0x0002), .UI, .strings([options.mediaStorageSOPClassUID ?? uid(Tag(0x0008, 0x0016)) ?? ""])),
            WElement(Tag(0x0002, 0x0003), .UI, .strings([options.mediaStorageSOPInstanceUID ?? uid(Tag(0x0008, 0x0018)) ?? ""])),
            WElement(Tag(0x0002, 0x0010), .UI, .strings([options.transferSyntaxUID])),
            WElement(Tag(0x0002, 0x0012), .UI, .strings([options.implementationClassUID])),
            WElement(Tag(0x0002, 0x0013), .SH, .strings([options.implementationVersionName])),
        ]
        meta += options.extraMeta
        meta.sort { $0.tag < $1.tag }
        var enc = ElementEncoder(explicit: true, bigEndian: false)
        for e in meta { try enc.element(e) }
        let body = enc.out
        var groupLength: UInt32
        switch options.groupLength {
        case .missing: return body
        case .correct: groupLength = UInt32(truncatingIfNeeded: body.count)
        case .value(let v): groupLength = v
        }
        var head = ElementEncoder(explicit: true, bigEndian: false)
        try head.element(WElement(Tag.fileMetaGroupLength, .UL, .ints([Int64(groupLength)])))
        return head.out + body
    }

    /// A bare data set (no preamble, no meta) in `encoding`.
    public static func dataSet(_ elements: [WElement], encoding: WEncoding, sort: Bool = true,
                               deflateLevel: Int32 = 6) throws -> [UInt8] {
        var enc = ElementEncoder(explicit: encoding.explicit, bigEndian: encoding.bigEndian)
        let list = sort ? stableSorted(elements) : elements
        for e in list { try enc.element(e) }
        if encoding == .deflatedExplicitLittleEndian {
            return try rawDeflate(enc.out, level: deflateLevel)
        }
        return enc.out
    }

    /// Encapsulated pixel data elements: (7FE0,0010) with one fragment per frame and a Basic
    /// Offset Table (or an empty one), or the Extended Offset Table (7FE0,0001) and its lengths
    /// (7FE0,0002), which then come first in the returned list, with an empty Basic Offset Table
    /// (PS3.5 A.4).
    public static func encapsulatedPixelData(frames: [[UInt8]], basicOffsetTable: Bool = true,
                                             extendedOffsetTable: Bool = false) -> [WElement] {
        var offsets: [UInt64] = []
        var pos: UInt64 = 0
        var frags: [[UInt8]] = []
        for f in frames {
            offsets.append(pos)
            var frag = f
            if frag.count % 2 == 1 { frag.append(0) }
            pos &+= UInt64(frag.count) &+ 8
            frags.append(frag)
        }
        var out: [WElement] = []
        if extendedOffsetTable {
            out.append(WElement(Tag.extendedOffsetTable, .OV, .ints(offsets.map { Int64(truncatingIfNeeded: $0) })))
            out.append(WElement(Tag.extendedOffsetTableLengths, .OV,
                                .ints(frames.map { Int64($0.count) })))
        }
        let bot = basicOffsetTable && !extendedOffsetTable ? offsets.map { UInt32(truncatingIfNeeded: $0) } : []
        out.append(WElement(Tag.pixelData, .OB, .fragments(bot: bot, fragments: frags), undefinedLength: true))
        return out
    }

    static func stableSorted(_ elements: [WElement]) -> [WElement] {
        elements.enumerated().sorted { a, b in
            a.element.tag == b.element.tag ? a.offset < b.offset : a.element.tag < b.element.tag
        }.map { $0.element }
    }

    /// Raw deflate (no zlib header), as PS3.5 A.5 requires.
    public static func rawDeflate(_ input: [UInt8], level: Int32 = 6) throws -> [UInt8] {
        var strm = z_stream()
        let r = deflateInit2_(&strm, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                              Int32(MemoryLayout<z_stream>.size))
        guard r == Z_OK else { throw DICOMError(.outOfMemory, "zlib deflateInit2 failed (\(r))") }
        defer { deflateEnd(&strm) }
        let bound = Int(truncatingIfNeeded: deflateBound(&strm, UInt(input.count)))
        var out = [UInt8](repeating: 0, count: bound + 64)
        var produced = 0
        var input = input
        let status: Int32 = input.withUnsafeMutableBytes { src in
            out.withUnsafeMutableBytes { dst in
                strm.next_in = src.baseAddress?.assumingMemoryBound(to: UInt8.self)
                strm.avail_in = UInt32(truncatingIfNeeded: src.count)
                strm.next_out = dst.baseAddress?.assumingMemoryBound(to: UInt8.self)
                strm.avail_out = UInt32(truncatingIfNeeded: dst.count)
                let s = deflate(&strm, Z_FINISH)
                produced = dst.count - Int(strm.avail_out)
                return s
            }
        }
        guard status == Z_STREAM_END else { throw DICOMError(.outOfMemory, "zlib deflate failed (\(status))") }
        out.removeSubrange(produced...)
        return out
    }
}

// MARK: - the encoder

struct ElementEncoder {
    var out: [UInt8] = []
    var explicit: Bool
    var bigEndian: Bool

    init(explicit: Bool, bigEndian: Bool) {
        self.explicit = explicit
        self.bigEndian = bigEndian
    }

    mutating func u16(_ v: UInt16) {
        if bigEndian { out.append(UInt8(v >> 8)); out.append(UInt8(v & 0xFF)) }
        else { out.append(UInt8(v & 0xFF)); out.append(UInt8(v >> 8)) }
    }

    mutating func u32(_ v: UInt32) {
        u16(UInt16(truncatingIfNeeded: bigEndian ? v >> 16 : v))
        u16(UInt16(truncatingIfNeeded: bigEndian ? v : v >> 16))
    }

    mutating func tag(_ t: Tag) { u16(t.group); u16(t.element) }

    /// Element header. `length` nil = undefined length.
    mutating func header(_ e: WElement, length: UInt32) throws {
        tag(e.tag)
        let len = e.lengthOverride ?? length
        guard explicit else { u32(len); return }
        let b0: UInt8, b1: UInt8
        var long = e.vr.hasLongLength
        if let (o0, o1) = e.vrBytesOverride {
            b0 = o0; b1 = o1
            if let known = VR(o0, o1) { long = known.hasLongLength } else { long = true }
        } else {
            b0 = UInt8(e.vr.rawValue >> 8); b1 = UInt8(e.vr.rawValue & 0xFF)
        }
        out.append(b0); out.append(b1)
        if long {
            out.append(0); out.append(0)
            u32(len)
        } else {
            guard len <= 0xFFFF else {
                throw DICOMError(.invalidArgument,
                                 "value of \(e.tag) (VR \(e.vr.name)) is \(len) bytes, more than a 16-bit length holds")
            }
            u16(UInt16(len))
        }
    }

    mutating func element(_ e: WElement) throws {
        switch e.value {
        case .items(let items):
            try sequence(e, items)
        case .fragments(let bot, let fragments):
            try header(e, length: 0xFFFF_FFFF)
            // Item headers of encapsulated pixel data are little endian (explicit LE syntaxes).
            var frag = ElementEncoder(explicit: true, bigEndian: false)
            frag.tag(Tag.item)
            frag.u32(UInt32(truncatingIfNeeded: bot.count * 4))
            for o in bot { frag.u32(o) }
            for f in fragments {
                frag.tag(Tag.item)
                frag.u32(UInt32(truncatingIfNeeded: f.count))
                frag.out += f
            }
            if !e.omitDelimiter {
                frag.tag(Tag.sequenceDelimitation)
                frag.u32(0)
            }
            out += frag.out
        default:
            let v = try valueBytes(e)
            guard v.count <= 0xFFFF_FFFE else {
                throw DICOMError(.invalidArgument, "value of \(e.tag) is too long (\(v.count) bytes)")
            }
            try header(e, length: UInt32(v.count))
            out += v
        }
    }

    mutating func sequence(_ e: WElement, _ items: [WItem]) throws {
        // UN holding a sequence: items are implicit VR little endian (PS3.5 6.2.2).
        let innerExplicit = e.vr == .UN ? false : explicit
        let innerBig = e.vr == .UN ? false : bigEndian
        var body = ElementEncoder(explicit: innerExplicit, bigEndian: innerBig)
        for item in items {
            var itemEnc = ElementEncoder(explicit: item.forceImplicitVR ? false : innerExplicit, bigEndian: innerBig)
            for child in item.elements { try itemEnc.element(child) }
            body.tag(Tag.item)
            if item.undefinedLength {
                body.u32(0xFFFF_FFFF)
                body.out += itemEnc.out
                if !item.omitDelimiter {
                    body.tag(Tag.itemDelimitation)
                    body.u32(0)
                }
            } else {
                body.u32(UInt32(truncatingIfNeeded: itemEnc.out.count))
                body.out += itemEnc.out
            }
        }
        if e.undefinedLength {
            try header(e, length: 0xFFFF_FFFF)
            out += body.out
            if !e.omitDelimiter {
                // Delimiter in the sequence's item encoding.
                var d = ElementEncoder(explicit: innerExplicit, bigEndian: innerBig)
                d.tag(Tag.sequenceDelimitation)
                d.u32(0)
                out += d.out
            }
        } else {
            try header(e, length: UInt32(truncatingIfNeeded: body.out.count))
            out += body.out
        }
    }

    /// The value bytes of a non-sequence element in this encoder's byte order, padded.
    func valueBytes(_ e: WElement) throws -> [UInt8] {
        var v: [UInt8]
        var swapBinary = false
        switch e.value {
        case .bytes(let b):
            v = b
            swapBinary = true
        case .strings(let s):
            v = Array(s.joined(separator: "\\").utf8)
        case .ints(let list):
            if e.vr == .IS || e.vr.isString {
                v = Array(list.map { String($0) }.joined(separator: "\\").utf8)
            } else {
                v = try binaryInts(list, e)
                swapBinary = true
            }
        case .doubles(let list):
            switch e.vr {
            case .FL, .OF:
                v = []
                for d in list { appendLE(&v, UInt64(Float(d).bitPattern), 4) }
                swapBinary = true
            case .FD, .OD:
                v = []
                for d in list { appendLE(&v, d.bitPattern, 8) }
                swapBinary = true
            default:
                v = Array(list.map { formatDS($0) }.joined(separator: "\\").utf8)
            }
        case .tags(let list):
            v = []
            for t in list { appendLE(&v, UInt64(t.group), 2); appendLE(&v, UInt64(t.element), 2) }
            swapBinary = true
        case .items, .fragments:
            v = []
        }
        if swapBinary && bigEndian {
            let size = e.vr.byteSwapSize
            if size > 1 {
                var i = 0
                while i + size <= v.count { v[i..<(i + size)].reverse(); i += size }
            }
        }
        if e.pad && v.count % 2 == 1 {
            if e.vr.isString { v.append(e.vr == .UI ? 0x00 : 0x20) } else { v.append(0) }
        }
        return v
    }

    private func binaryInts(_ list: [Int64], _ e: WElement) throws -> [UInt8] {
        let size: Int
        switch e.vr {
        case .OB, .UN: size = 1
        case .US, .SS, .OW: size = 2
        case .UL, .SL, .OL, .AT: size = 4
        case .SV, .UV, .OV: size = 8
        case .FL, .OF:
            var v: [UInt8] = []
            for i in list { appendLE(&v, UInt64(Float(i).bitPattern), 4) }
            return v
        case .FD, .OD:
            var v: [UInt8] = []
            for i in list { appendLE(&v, Double(i).bitPattern, 8) }
            return v
        default:
            throw DICOMError(.invalidArgument, "integers cannot be written as VR \(e.vr.name) (\(e.tag))")
        }
        var v: [UInt8] = []
        v.reserveCapacity(list.count * size)
        for i in list {
            if e.vr == .AT {
                // AT from an integer gggg_eeee: two 16-bit halves.
                let t = UInt32(truncatingIfNeeded: i)
                appendLE(&v, UInt64(t >> 16), 2)
                appendLE(&v, UInt64(t & 0xFFFF), 2)
            } else {
                appendLE(&v, UInt64(bitPattern: i), size)
            }
        }
        return v
    }
}

@inline(__always) private func appendLE(_ v: inout [UInt8], _ x: UInt64, _ size: Int) {
    var i = 0
    while i < size { v.append(UInt8(truncatingIfNeeded: x >> UInt64(8 * i))); i += 1 }
}

