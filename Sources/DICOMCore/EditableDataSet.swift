#if canImport(Glibc)
import Glibc
#endif

// Editing: the one data set model (`DataSet`) is also the model for writing. An opened file's
// data sets are edited in place; an edited or new element keeps its value bytes in its own
// small `ByteStore` (`Element.valueStore`), every other element still points into the mapped
// file, so an edit copies nothing but the element index. The file on disk is never touched.
// Values are encoded here, at the time they are set, in the data set's byte order and character
// set, after checking them against their VR (PS3.5 6.2) and the dictionary's VM: reads after an
// edit (typed accessors, JSON, the C getters) see exactly the bytes that will be saved.
//
// Threading: editing is not synchronised. Reading a data set from several threads is safe;
// editing it while any other thread reads or edits it is a caller error.

/// A value to set: text (UTF-8, one string per value), integers, reals, tags or raw bytes.
public enum EditValue: Sendable {
    case strings([String])
    case ints([Int64])
    case doubles([Double])
    case tags([Tag])
    /// Raw value bytes, little endian for binary VRs (swapped for a big-endian data set). For
    /// text VRs: the text bytes (checked like text).
    case bytes([UInt8])
}

extension DataSet {

    /// A new, empty data set (explicit VR little endian, no character set).
    public static func empty(bigEndian: Bool = false, explicitVR: Bool = true,
                             characterSet: SpecificCharacterSet = .default) -> DataSet {
        DataSet(elements: [], store: emptyStore, bigEndian: bigEndian, explicitVR: explicitVR,
                inheritedCharacterSet: characterSet)
    }

    // MARK: - setting values

    /// Sets (adds or replaces) the element named by `key` (keyword, tag, or path such as
    /// `PatientSpeciesCodeSequence[0].CodeMeaning`). Missing sequences and the item right after
    /// the last one are created along a path. `vr` nil: the existing element's VR, else the
    /// dictionary's (private elements without a creator's dictionary need `vr`).
    /// Non-ASCII text switches the data set to UTF-8 (ISO_IR 192), converting its other text.
    /// - Throws: `.invalidValue` (naming the element) for a value that does not fit the VR or
    ///   the dictionary VM, `.invalidArgument` for a bad key or a tag that cannot be set.
    @discardableResult
    public func set(_ key: String, _ value: EditValue, vr: VR? = nil) throws -> Element {
        let (target, tag) = try editTarget(key, create: true)
        return try setElement(in: target, tag, value, vr: vr)
    }

    /// Sets a text value; a backslash separates several values (as in the file).
    @discardableResult
    public func set(_ key: String, string: String, vr: VR? = nil) throws -> Element {
        let (target, tag) = try editTarget(key, create: true)
        return try setElement(in: target, tag, .strings(splitBackslash(string)), vr: vr)
    }

    /// Removes the element named by `key`. - Throws: `.notFound` when it is absent.
    public func remove(_ key: String) throws {
        let (target, tag) = try editTarget(key, create: false)
        guard target.index(of: tag) != nil else { throw DICOMError(.notFound, "\(describeTag(tag)) not found (key '\(key)')") }
        // Every element with the tag: a damaged file can carry a tag twice (the reader keeps
        // both, lookups see the first), and a delete must not bring the second to light.
        target.elements.removeAll { $0.tag == tag }
        if tag == Tag.specificCharacterSet { refreshCharacterSets(inherited: .default, root: true) }
    }

    /// Appends an empty item to the sequence named by `key` (created when absent); returns the
    /// item and its index.
    @discardableResult
    public func addItem(_ key: String) throws -> (DataSet, Int) {
        let (target, tag) = try editTarget(key, create: true)
        let idx = try target.sequenceIndex(tag, create: true, key: key)
        let item = DataSet.empty(bigEndian: target.bigEndian, explicitVR: target.explicitVR,
                                 characterSet: target.characterSet)
        target.elements[idx].items?.append(item)
        return (item, (target.elements[idx].items?.count ?? 1) - 1)
    }

    /// Removes item `index` of the sequence named by `key`.
    public func removeItem(_ key: String, at index: Int) throws {
        let (target, tag) = try editTarget(key, create: false)
        let idx = try target.sequenceIndex(tag, create: false, key: key)
        let n = target.elements[idx].items?.count ?? 0
        guard index >= 0, index < n else {
            throw DICOMError(.outOfRange, "\(describeTag(tag)) has \(n) item(s), item \(index) requested (key '\(key)')")
        }
        target.elements[idx].items?.remove(at: index)
    }

    /// Reserves a private block for `creator` in the odd `group`: returns the block number xx
    /// (0x10...0xFF) whose creator element (gggg,00xx) holds `creator`, the existing one when
    /// the creator is already there. Elements of the block are (gggg,xxEE).
    public func reservePrivateBlock(group: UInt16, creator: String) throws -> UInt16 {
        guard group & 1 == 1, group > 0x0008, group != 0xFFFF else {
            throw DICOMError(.invalidArgument, "private group must be odd and above 0008, got \(hex4(group))")
        }
        let c = trimSpaces(creator)
        guard !c.isEmpty else { throw DICOMError(.invalidValue, "private creator must not be empty") }
        var free: UInt16? = nil
        for b in UInt16(0x10)...UInt16(0xFF) {
            let t = Tag(group, b)
            if let e = element(t) {
                if (try? text(e, index: 0)) == c { return b }
            } else if free == nil {
                free = b
            }
        }
        guard let b = free else {
            throw DICOMError(.invalidValue, "no free private block in group \(hex4(group))")
        }
        try setElement(in: self, Tag(group, b), .strings([c]), vr: .LO)
        return b
    }

    /// Native pixel data (7FE0,0010) from bytes in little-endian order (OW: 16-bit words).
    public func setNativePixelData(_ bytes: [UInt8], vr: VR = .OW) throws {
        guard vr == .OB || vr == .OW else { throw DICOMError(.invalidArgument, "native pixel data is OB or OW, not \(vr.name)") }
        removeEncapsulationTables()
        try setElement(in: self, Tag.pixelData, .bytes(bytes), vr: vr)
    }

    /// Encapsulated pixel data (7FE0,0010): the fragments as given (each padded to even length)
    /// and a Basic Offset Table (nil or empty: an empty table). Frames are not re-encoded.
    public func setEncapsulatedPixelData(fragments: [[UInt8]], basicOffsetTable: [UInt32]? = nil) throws {
        var buf: [UInt8] = []
        var total = 0
        for f in fragments { total = total &+ f.count &+ 1 }
        buf.reserveCapacity(total &+ (basicOffsetTable?.count ?? 0) &* 4)
        for o in basicOffsetTable ?? [] { appendLE32(&buf, o) }
        let botRange = 0..<buf.count
        var ranges: [Range<Int>] = []
        for f in fragments {
            let start = buf.count
            buf += f
            if buf.count & 1 == 1 { buf.append(0) }
            ranges.append(start..<buf.count)
        }
        let store = try makeStore(buf)
        var e = Element(tag: Tag.pixelData, vr: .OB, offset: 0, length: buf.count, undefinedLength: true)
        e.valueStore = store
        e.basicOffsetTable = botRange
        e.fragments = ranges
        removeEncapsulationTables()
        insertOrReplace(e)
    }

    /// A deep copy whose edits do not affect this data set (value bytes are shared).
    public func copy() -> DataSet {
        var els = elements
        for i in els.indices {
            if let items = els[i].items { els[i].items = items.map { $0.copy() } }
        }
        let d = DataSet(elements: [], store: store, bigEndian: bigEndian, explicitVR: explicitVR,
                        inheritedCharacterSet: characterSet)
        d.elements = els
        d.sorted = sorted
        d.characterSet = characterSet
        return d
    }

    // MARK: - internals

    private func removeEncapsulationTables() {
        elements.removeAll { $0.tag == Tag.extendedOffsetTable || $0.tag == Tag.extendedOffsetTableLengths }
    }

    /// The data set that holds the element a key names (creating sequences/items on the way
    /// when `create`), and the element's tag.
    func editTarget(_ key: String, create: Bool) throws -> (DataSet, Tag) {
        let steps = try ElementPath.parse(key)
        var ds = self
        for (k, (tag, item)) in steps.enumerated() {
            if k == steps.count - 1 {
                if item != nil {
                    throw DICOMError(.invalidArgument, "key '\(key)' ends with an item index; name an element")
                }
                try checkEditable(tag, key)
                return (ds, tag)
            }
            let idx = try ds.sequenceIndex(tag, create: create, key: key)
            let i = item ?? 0
            let n = ds.elements[idx].items?.count ?? 0
            if i == n && create {
                let it = DataSet.empty(bigEndian: ds.bigEndian, explicitVR: ds.explicitVR, characterSet: ds.characterSet)
                ds.elements[idx].items?.append(it)
            } else if i >= n {
                throw DICOMError(.outOfRange, "\(describeTag(tag)) has \(n) item(s), item \(i) requested (key '\(key)')")
            }
            guard let items = ds.elements[idx].items, i < items.count else {
                throw DICOMError(.outOfRange, "item \(i) of \(describeTag(tag)) (key '\(key)')")
            }
            ds = items[i]
        }
        throw DICOMError(.invalidArgument, "empty key")
    }

    /// Index of the sequence element `tag` (created empty when absent and `create`).
    func sequenceIndex(_ tag: Tag, create: Bool, key: String) throws -> Int {
        if let i = index(of: tag) {
            guard elements[i].items != nil else {
                throw DICOMError(.typeMismatch, "\(describeTag(tag)) is not a sequence (key '\(key)')")
            }
            return i
        }
        guard create else { throw DICOMError(.notFound, "\(describeTag(tag)) not found (key '\(key)')") }
        if let dv = DataDictionary.vr(for: tag.value), dv != .SQ, !tag.isPrivate {
            throw DICOMError(.typeMismatch, "\(describeTag(tag)) is not a sequence (VR \(dv.name)) (key '\(key)')")
        }
        var e = Element(tag: tag, vr: .SQ, offset: 0, length: 0)
        e.items = []
        e.valueStore = emptyStore
        insertOrReplace(e)
        guard let i = index(of: tag) else { throw DICOMError(.invalidData, "internal: sequence insert") }
        return i
    }

    private func checkEditable(_ tag: Tag, _ key: String) throws {
        if tag.group == 0x0002 {
            throw DICOMError(.invalidArgument, "\(describeTag(tag)) is a file meta element: the writer sets the file meta (key '\(key)')")
        }
        if tag.element == 0 {
            throw DICOMError(.invalidArgument, "\(describeTag(tag)) is a group length: the writer leaves those out (key '\(key)')")
        }
        if tag.group == 0xFFFE || tag.group < 0x0008 && tag.group != 0 {
            throw DICOMError(.invalidArgument, "\(describeTag(tag)) cannot be set in a data set (key '\(key)')")
        }
    }

    /// The VR to write `tag` with.
    func resolvedVR(_ tag: Tag, _ given: VR?, _ key: String) throws -> VR {
        if let given { return given }
        if let i = index(of: tag), elements[i].vr != .UN { return elements[i].vr }
        if tag.isPrivate && tag.element >= 0x0010 && tag.element <= 0x00FF { return .LO }
        if !tag.isPrivate, let dv = DataDictionary.vr(for: tag.value), dv != .UN || DataDictionary.entry(for: tag.value)?.vrString == "UN" {
            if dv == .OB, DataDictionary.entry(for: tag.value)?.vrString.hasPrefix("OB or OW") == true, tag == Tag.pixelData {
                return .OW
            }
            if dv == .US, DataDictionary.entry(for: tag.value)?.vrString.hasPrefix("US or SS") == true,
               int(Tag(0x0028, 0x0103)) == 1 {
                return .SS
            }
            return dv
        }
        if let i = index(of: tag) { return elements[i].vr }
        throw DICOMError(.invalidArgument, "\(describeTag(tag)) is not in the dictionary: give its VR (key '\(key)')")
    }

    /// Encodes and stores one element's value in `target`; `self` is the root (character set).
    @discardableResult
    func setElement(in target: DataSet, _ tag: Tag, _ value: EditValue, vr given: VR?) throws -> Element {
        let vr = try target.resolvedVR(tag, given, tagText(tag))
        if vr == .SQ { throw DICOMError(.invalidValue, "\(describeTag(tag)) is a sequence: add items instead of a value") }
        var bytes = try ValueEncoder.encode(tag, vr, value, bigEndian: target.bigEndian)
        if vr.usesCharacterSet && bytes.contains(where: { $0 >= 0x80 }) && !target.characterSet.isUTF8 {
            // Non-ASCII text: the whole data set goes to UTF-8 (ISO_IR 192).
            try convertToUTF8()
            bytes = try ValueEncoder.encode(tag, vr, value, bigEndian: target.bigEndian)
        }
        if tag == Tag.specificCharacterSet, !target.isUTF8Convertible(newValue: bytes) {
            throw DICOMError(.invalidValue, "\(describeTag(tag)): changing the character set of text that is not ASCII would change its meaning")
        }
        var e = Element(tag: tag, vr: vr, offset: 0, length: bytes.count)
        e.valueStore = try makeStore(bytes)
        target.insertOrReplace(e)
        if tag == Tag.specificCharacterSet {
            refreshCharacterSets(inherited: .default, root: true)
        }
        return e
    }

    /// Only an all-ASCII data set may get another character set by a plain edit.
    private func isUTF8Convertible(newValue: [UInt8]) -> Bool {
        let cs = SpecificCharacterSet(splitBackslash(String(decoding: newValue, as: UTF8.self)).map { trimSpaces($0) })
        if cs.isUTF8 && characterSet.isUTF8 { return true }
        return !hasNonASCIIText()
    }

    private func hasNonASCIIText() -> Bool {
        for e in elements {
            if let items = e.items { for it in items where it.hasNonASCIIText() { return true }; continue }
            if e.vr.usesCharacterSet {
                let raw = rawValue(e)
                for b in raw where b >= 0x80 || b == 0x1B { return true }
            }
        }
        return false
    }

    /// Converts every text value of this data set and its items to UTF-8 and sets (0008,0005)
    /// to ISO_IR 192 (in this data set and in items that have their own).
    func convertToUTF8() throws {
        func convert(_ ds: DataSet) throws {
            for i in ds.elements.indices {
                let e = ds.elements[i]
                if let items = e.items { for it in items { try convert(it) }; continue }
                guard e.vr.usesCharacterSet, e.length > 0, e.fragments == nil else { continue }
                let raw = ds.rawValue(e).assumingMemoryBound(to: UInt8.self)
                if ds.characterSet.isUTF8 || ds.characterSet.passesThrough(raw) { continue }
                let text = ds.characterSet.decode(UnsafeRawBufferPointer(raw), isPersonName: e.vr == .PN)
                var bytes = Array(text.utf8)
                if bytes.count & 1 == 1 { bytes.append(0x20) }
                var ne = Element(tag: e.tag, vr: e.vr, offset: 0, length: bytes.count)
                ne.valueStore = try makeStore(bytes)
                ds.elements[i] = ne
            }
            if ds !== self, ds.index(of: Tag.specificCharacterSet) != nil {
                try ds.putRaw(Tag.specificCharacterSet, .CS, Array("ISO_IR 192".utf8))
            }
        }
        try convert(self)
        try putRaw(Tag.specificCharacterSet, .CS, Array("ISO_IR 192".utf8))
        refreshCharacterSets(inherited: .default, root: true)
    }

    private func putRaw(_ tag: Tag, _ vr: VR, _ bytes: [UInt8]) throws {
        var b = bytes
        if b.count & 1 == 1 { b.append(vr == .UI ? 0 : 0x20) }
        var e = Element(tag: tag, vr: vr, offset: 0, length: b.count)
        e.valueStore = try makeStore(b)
        insertOrReplace(e)
    }

    /// Recomputes `characterSet` of this data set and its items after (0008,0005) changed.
    func refreshCharacterSets(inherited: SpecificCharacterSet, root: Bool) {
        var cs = root ? SpecificCharacterSet.default : inherited
        if let e = element(Tag.specificCharacterSet) {
            let raw = rawValue(e)
            cs = SpecificCharacterSet(splitBackslash(String(decoding: raw, as: UTF8.self)).map { trimSpaces($0) })
        }
        characterSet = cs
        for e in elements { for it in e.items ?? [] { it.refreshCharacterSets(inherited: cs, root: false) } }
    }

    /// Inserts `e` in tag order, replacing an element with the same tag.
    func insertOrReplace(_ e: Element) {
        if !sorted {
            // Stable sort by tag (a parsed data set out of order: the writer sorts anyway).
            elements = elements.enumerated().sorted { a, b in
                a.element.tag.value != b.element.tag.value ? a.element.tag.value < b.element.tag.value : a.offset < b.offset
            }.map { $0.element }
            sorted = true
            var i = 1
            while i < elements.count {
                if elements[i - 1].tag == elements[i].tag { sorted = false; break }
                i += 1
            }
            if !sorted {
                if let j = elements.firstIndex(where: { $0.tag == e.tag }) { elements[j] = e } else {
                    let pos = elements.firstIndex(where: { $0.tag.value > e.tag.value }) ?? elements.count
                    elements.insert(e, at: pos)
                }
                return
            }
        }
        var lo = 0
        var hi = elements.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let t = elements[mid].tag.value
            if t == e.tag.value { elements[mid] = e; return }
            if t < e.tag.value { lo = mid + 1 } else { hi = mid }
        }
        elements.insert(e, at: lo)
    }
}

/// The store of empty values.
let emptyStore = ByteStore(borrowing: UnsafeRawBufferPointer(start: nil, count: 0))

func makeStore(_ bytes: [UInt8]) throws -> ByteStore {
    try bytes.withUnsafeBytes { try ByteStore(copying: $0) }
}

@inline(__always) func appendLE32(_ out: inout [UInt8], _ v: UInt32) {
    out.append(UInt8(truncatingIfNeeded: v)); out.append(UInt8(truncatingIfNeeded: v >> 8))
    out.append(UInt8(truncatingIfNeeded: v >> 16)); out.append(UInt8(truncatingIfNeeded: v >> 24))
}

/// "(0010,0010) PatientName" for messages.
public func describeTag(_ tag: Tag) -> String {
    if !tag.isPrivate, let e = DataDictionary.entry(for: tag.value), !e.keyword.isEmpty {
        return "\(tagText(tag)) \(e.keyword)"
    }
    return tagText(tag)
}

func isNumericVR(_ vr: VR) -> Bool {
    switch vr {
    case .US, .SS, .UL, .SL, .SV, .UV, .FL, .FD: return true
    default: return false
    }
}

extension SpecificCharacterSet {
    /// Value 1 is ISO_IR 192.
    public var isUTF8: Bool { if case .utf8 = mode { return true }; return false }
}

// MARK: - value encoding and validation

/// Encodes values for one VR, checking PS3.5 6.2 (lengths, characters, formats) and the
/// dictionary's VM. Every failure is `.invalidValue` naming the element.
public enum ValueEncoder {

    public static func encode(_ tag: Tag, _ vr: VR, _ value: EditValue, bigEndian: Bool) throws -> [UInt8] {
        func bad(_ why: String) -> DICOMError { DICOMError(.invalidValue, "\(describeTag(tag)) (VR \(vr.name)): \(why)") }
        var out: [UInt8]
        var count: Int
        switch value {
        case .bytes(let b):
            if vr.isString {
                // Text given as bytes: checked as text.
                return try encode(tag, vr, .strings(vr.isSingleValuedText ? [String(decoding: b, as: UTF8.self)]
                                                    : splitBackslash(String(decoding: b, as: UTF8.self))), bigEndian: bigEndian)
            }
            if vr == .SQ { throw bad("a sequence has items, not bytes") }
            let size = vr.byteSwapSize
            if vr.binaryValueSize > 0 && b.count % max(1, vr == .AT ? 4 : vr.binaryValueSize) != 0 && vr != .OB && vr != .UN {
                throw bad("\(b.count) bytes is not a whole number of \(vr.binaryValueSize)-byte values")
            }
            out = b
            if bigEndian && size > 1 { swapInPlace(&out, size) }
            count = vr.binaryValueSize > 0 && !isBulkVR(vr) ? b.count / max(1, vr == .AT ? 4 : vr.binaryValueSize) : (b.isEmpty ? 0 : 1)
            if b.count > 0xFFFF_FFFE { throw bad("value longer than 2^32-2 bytes") }
            if out.count & 1 == 1 { out.append(0) }
            try checkVM(tag, vr, count, bad)
            return out
        case .strings(let values):
            if vr.isString {
                try checkText(vr, values, bad)
                count = values.count == 1 && values[0].isEmpty ? 0 : values.count
                out = Array(values.joined(separator: "\\").utf8)
            } else if vr == .AT {
                var tags: [Tag] = []
                for s in values {
                    guard let t = ElementPath.parseTag(trimSpaces(s)) else { throw bad("'\(s)' is not a tag") }
                    tags.append(t)
                }
                return try encode(tag, vr, .tags(tags), bigEndian: bigEndian)
            } else if vr == .FL || vr == .FD || vr == .OF || vr == .OD {
                var ds: [Double] = []
                for s in values {
                    guard let d = Double(trimSpaces(s)) ?? parseDecimal(s) else { throw bad("'\(s)' is not a number") }
                    ds.append(d)
                }
                return try encode(tag, vr, .doubles(ds), bigEndian: bigEndian)
            } else if isNumericVR(vr) || vr == .OW || vr == .OL || vr == .OV {
                var vs: [Int64] = []
                for s in values {
                    guard let i = Int64(trimSpaces(s)) else { throw bad("'\(s)' is not an integer") }
                    vs.append(i)
                }
                return try encode(tag, vr, .ints(vs), bigEndian: bigEndian)
            } else {
                throw bad("bytes are needed for this VR, not text")
            }
        case .ints(let vs):
            if vr.isString {
                guard vr == .IS || vr == .DS else { return try encode(tag, vr, .strings(vs.map { String($0) }), bigEndian: bigEndian) }
                return try encode(tag, vr, .strings(vs.map { String($0) }), bigEndian: bigEndian)
            }
            out = []
            count = vs.count
            for v in vs {
                switch vr {
                case .US, .OW:
                    guard let x = UInt16(exactly: v) else { throw bad("\(v) is outside 0...65535") }
                    put16(&out, x, bigEndian)
                case .SS:
                    guard let x = Int16(exactly: v) else { throw bad("\(v) is outside -32768...32767") }
                    put16(&out, UInt16(bitPattern: x), bigEndian)
                case .UL, .OL:
                    guard let x = UInt32(exactly: v) else { throw bad("\(v) is outside 0...4294967295") }
                    put32(&out, x, bigEndian)
                case .SL:
                    guard let x = Int32(exactly: v) else { throw bad("\(v) is outside the 32-bit signed range") }
                    put32(&out, UInt32(bitPattern: x), bigEndian)
                case .SV: put64(&out, UInt64(bitPattern: v), bigEndian)
                case .UV, .OV:
                    guard v >= 0 else { throw bad("\(v) is negative") }
                    put64(&out, UInt64(v), bigEndian)
                case .OB, .UN:
                    guard let x = UInt8(exactly: v) else { throw bad("\(v) is outside 0...255") }
                    out.append(x)
                case .FL, .FD, .OF, .OD:
                    return try encode(tag, vr, .doubles(vs.map { Double($0) }), bigEndian: bigEndian)
                case .AT:
                    guard let x = UInt32(exactly: v) else { throw bad("\(v) is not a tag") }
                    put16(&out, UInt16(truncatingIfNeeded: x >> 16), bigEndian)
                    put16(&out, UInt16(truncatingIfNeeded: x), bigEndian)
                default: throw bad("integers cannot be stored in this VR")
                }
            }
            if isBulkVR(vr) { count = out.isEmpty ? 0 : 1 }
            if out.count & 1 == 1 { out.append(0) }
        case .doubles(let ds):
            if vr == .DS {
                var strs: [String] = []
                for d in ds {
                    guard d.isFinite else { throw bad("\(d) cannot be written as a decimal string") }
                    strs.append(formatDS(d))
                }
                return try encode(tag, vr, .strings(strs), bigEndian: bigEndian)
            }
            if vr.isString || isNumericVR(vr) && vr != .FL && vr != .FD {
                var is_: [Int64] = []
                for d in ds {
                    guard let i = Int64(exactly: d) else { throw bad("\(formatDouble(d)) is not an integer") }
                    is_.append(i)
                }
                return try encode(tag, vr, .ints(is_), bigEndian: bigEndian)
            }
            out = []
            count = ds.count
            for d in ds {
                switch vr {
                case .FL, .OF:
                    let f = Float(d)
                    if d.isFinite && !f.isFinite { throw bad("\(d) does not fit a 32-bit float") }
                    put32(&out, f.bitPattern, bigEndian)
                case .FD, .OD: put64(&out, d.bitPattern, bigEndian)
                default: throw bad("reals cannot be stored in this VR")
                }
            }
            if isBulkVR(vr) { count = out.isEmpty ? 0 : 1 }
        case .tags(let ts):
            guard vr == .AT else {
                return try encode(tag, vr, .strings(ts.map { tagText($0) }), bigEndian: bigEndian)
            }
            out = []
            count = ts.count
            for t in ts { put16(&out, t.group, bigEndian); put16(&out, t.element, bigEndian) }
        }
        if vr.isString {
            if out.count & 1 == 1 { out.append(vr == .UI ? 0 : 0x20) }
            if !vr.hasLongLength && out.count > 0xFFFE {
                throw bad("\(out.count) bytes is longer than a 16-bit length allows")
            }
        }
        if out.count > 0xFFFF_FFFE { throw bad("value longer than 2^32-2 bytes") }
        try checkVM(tag, vr, count, bad)
        return out
    }

    static func isBulkVR(_ vr: VR) -> Bool {
        switch vr {
        case .OB, .OW, .OD, .OF, .OL, .OV, .UN: return true
        default: return false
        }
    }

    /// Checks the number of values against the dictionary's VM ("1", "1-n", "2-2n", "1-3"...).
    static func checkVM(_ tag: Tag, _ vr: VR, _ count: Int, _ bad: (String) -> DICOMError) throws {
        if count == 0 || tag.isPrivate { return }
        if vr.isSingleValuedText && count > 1 {
            throw bad("\(count) values: \(vr.name) holds one value (a backslash separates values)")
        }
        guard let entry = DataDictionary.entry(for: tag.value) else { return }
        guard let vm = parseVM(entry.vm) else { return }
        let ok = count >= vm.min && (vm.max.map { count <= $0 } ?? true) && (count - vm.min) % vm.step == 0
        if !ok { throw bad("\(count) value(s), the dictionary's VM is \(entry.vm)") }
    }

    static func parseVM(_ s: String) -> (min: Int, max: Int?, step: Int)? {
        let parts = s.split(separator: "-").map { trimSpaces(String($0)) }
        guard let first = parts.first, let lo = Int(first) else { return nil }
        if parts.count == 1 { return (lo, lo, 1) }
        let hi = parts[1]
        if hi == "n" { return (lo, nil, 1) }
        if hi.hasSuffix("n"), let k = Int(hi.dropLast()) { return (lo, nil, max(1, k)) }
        if let h = Int(hi) { return (lo, h, 1) }
        return nil
    }

    /// PS3.5 Table 6.2-1: characters and lengths per value.
    static func checkText(_ vr: VR, _ values: [String], _ bad: (String) -> DICOMError) throws {
        for v in values {
            let scalars = v.unicodeScalars
            let n = scalars.count
            func limit(_ maxChars: Int) throws {
                if n > maxChars { throw bad("'\(clip(v))' has \(n) characters, at most \(maxChars) allowed") }
            }
            func only(_ allowed: (Unicode.Scalar) -> Bool, _ what: String) throws {
                for c in scalars where !allowed(c) {
                    throw bad("'\(clip(v))' has the character \(describe(c)); \(what)")
                }
            }
            let isDigit: (Unicode.Scalar) -> Bool = { $0.value >= 0x30 && $0.value <= 0x39 }
            if !vr.usesCharacterSet || vr == .UR {
                try only({ $0.value < 0x80 }, "\(vr.name) is ASCII only")
            }
            switch vr {
            case .AE:
                try limit(16)
                try only({ $0.value >= 0x20 && $0.value != 0x5C }, "AE allows no control characters")
            case .AS:
                if !v.isEmpty {
                    let u = Array(v.utf8)
                    guard u.count == 4, u[0...2].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), "DWMY".utf8.contains(u[3]) else {
                        throw bad("'\(clip(v))' is not an age string nnnD/W/M/Y")
                    }
                }
            case .CS:
                try limit(16)
                try only({ ($0.value >= 0x41 && $0.value <= 0x5A) || isDigit($0) || $0 == " " || $0 == "_" },
                         "CS allows upper-case letters, digits, space and underscore")
            case .DA:
                let t = trimSpaces(v)
                if !t.isEmpty {
                    let u = Array(t.utf8)
                    guard u.count == 8, u.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
                        throw bad("'\(clip(v))' is not a date YYYYMMDD")
                    }
                    let mm = Int(u[4] - 0x30) * 10 + Int(u[5] - 0x30), dd = Int(u[6] - 0x30) * 10 + Int(u[7] - 0x30)
                    if mm < 1 || mm > 12 || dd < 1 || dd > 31 { throw bad("'\(v)' is not a valid date") }
                }
            case .DS:
                try limit(16)
                try only({ isDigit($0) || "+-.eE ".unicodeScalars.contains($0) }, "DS allows digits, + - . e E and space")
                let t = trimSpaces(v)
                if !t.isEmpty && parseDecimal(t) == nil { throw bad("'\(v)' is not a decimal number") }
            case .DT:
                try limit(26)
                try only({ isDigit($0) || "+-. ".unicodeScalars.contains($0) }, "DT allows digits, + - . and space")
            case .IS:
                try limit(12)
                try only({ isDigit($0) || "+- ".unicodeScalars.contains($0) }, "IS allows digits, + - and space")
                let t = trimSpaces(v)
                if !t.isEmpty {
                    let u = t.hasPrefix("+") ? String(t.dropFirst()) : t
                    guard let i = Int64(u), i >= -2_147_483_648, i <= 2_147_483_647 else {
                        throw bad("'\(v)' is not an integer in -2^31...2^31-1")
                    }
                }
            case .LO: try limit(64); try only(noControl, "LO allows no control characters but ESC")
            case .SH: try limit(16); try only(noControl, "SH allows no control characters but ESC")
            case .LT: try limit(10240); try only(textControl, "LT allows only CR, LF, FF, TAB and ESC as control characters")
            case .ST: try limit(1024); try only(textControl, "ST allows only CR, LF, FF, TAB and ESC as control characters")
            case .UT: try only(textControl, "UT allows only CR, LF, FF, TAB and ESC as control characters")
            case .UC: try only(noControl, "UC allows no control characters but ESC")
            case .UR:
                try only({ $0.value > 0x20 && $0.value < 0x7F }, "UR allows no spaces or control characters")
            case .PN:
                try only(noControl, "PN allows no control characters but ESC")
                let groups = v.split(separator: "=", omittingEmptySubsequences: false)
                if groups.count > 3 { throw bad("'\(clip(v))' has \(groups.count) component groups, at most 3") }
                for g in groups {
                    if g.unicodeScalars.count > 64 { throw bad("a component group of '\(clip(v))' has more than 64 characters") }
                    if g.split(separator: "^", omittingEmptySubsequences: false).count > 5 {
                        throw bad("'\(clip(v))' has more than 5 name components")
                    }
                }
            case .TM:
                try limit(14)
                try only({ isDigit($0) || ". ".unicodeScalars.contains($0) }, "TM is HHMMSS.FFFFFF")
                let t = trimSpaces(v)
                if !t.isEmpty {
                    let u = Array(t.utf8)
                    let digits = u.prefix { $0 != 0x2E }
                    if digits.count < 2 || digits.count > 6 || digits.count % 2 == 1 { throw bad("'\(v)' is not a time HH[MM[SS[.F]]]") }
                    let hh = Int(u[0] - 0x30) * 10 + Int(u[1] - 0x30)
                    if hh > 23 { throw bad("'\(v)' has hour \(hh)") }
                }
            case .UI:
                try limit(64)
                try only({ isDigit($0) || $0 == "." }, "UI allows digits and dots")
            default: break
            }
        }
    }

    private static func noControl(_ c: Unicode.Scalar) -> Bool { c.value >= 0x20 || c.value == 0x1B }
    private static func textControl(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0x20 || c.value == 0x1B || c.value == 0x0A || c.value == 0x0D || c.value == 0x0C || c.value == 0x09
    }
    private static func clip(_ s: String) -> String { s.unicodeScalars.count > 40 ? String(s.prefix(37)) + "..." : s }
    private static func describe(_ c: Unicode.Scalar) -> String {
        c.value < 0x20 || c.value == 0x7F ? "0x\(String(c.value, radix: 16, uppercase: true))" : "'\(c)'"
    }
}

/// Decimal string text of a double in at most 16 characters (PS3.5 6.2 DS).
public func formatDS(_ d: Double) -> String {
    let s = formatDouble(d)
    if s.utf8.count <= 16 { return s }
    var prec: Int32 = 16
    var buf = [CChar](repeating: 0, count: 64)
    while prec > 1 {
        let n = withVaList([prec, d]) { vsnprintf(&buf, 64, "%.*g", $0) }
        if n > 0 && n <= 16 {
            return String(decoding: buf.prefix(Int(n)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        prec -= 1
    }
    return s
}

@inline(__always) func put16(_ out: inout [UInt8], _ v: UInt16, _ be: Bool) {
    let x = be ? v.bigEndian : v.littleEndian
    withUnsafeBytes(of: x) { out += $0 }
}
@inline(__always) func put32(_ out: inout [UInt8], _ v: UInt32, _ be: Bool) {
    let x = be ? v.bigEndian : v.littleEndian
    withUnsafeBytes(of: x) { out += $0 }
}
@inline(__always) func put64(_ out: inout [UInt8], _ v: UInt64, _ be: Bool) {
    let x = be ? v.bigEndian : v.littleEndian
    withUnsafeBytes(of: x) { out += $0 }
}

/// Reverses the byte order of each `size`-byte word of `b` (a trailing partial word is kept).
func swapInPlace(_ b: inout [UInt8], _ size: Int) {
    guard size > 1 else { return }
    b.withUnsafeMutableBufferPointer { p in swapWords(UnsafeMutableRawBufferPointer(p), size) }
}

func swapWords(_ p: UnsafeMutableRawBufferPointer, _ size: Int) {
    guard size > 1, let base = p.baseAddress else { return }
    let n = p.count / size
    var i = 0
    let u = base.assumingMemoryBound(to: UInt8.self)
    while i < n {
        let o = i &* size
        var a = o, z = o &+ size &- 1
        while a < z { let t = u[a]; u[a] = u[z]; u[z] = t; a &+= 1; z &-= 1 }
        i &+= 1
    }
}

extension ParsedFile {
    /// A new, empty file: no meta, an empty data set, explicit VR little endian.
    public static func empty() -> ParsedFile {
        ParsedFile(meta: DataSet.empty(), dataSet: DataSet.empty(),
                   transferSyntax: TransferSyntax(uid: TransferSyntax.explicitVRLittleEndian),
                   transferSyntaxInferred: false, hasPreamble: false, hasFileMeta: false)
    }
}
