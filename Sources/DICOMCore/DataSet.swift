/// One parsed data element. Its value is not decoded: `offset` and `length` locate the value
/// bytes in the data set's store, and typed accessors on `DataSet` decode them on demand.
public struct Element: Sendable {
    public var tag: Tag
    public var vr: VR
    /// Offset of the first value byte in the store.
    public var offset: Int
    /// Value length in bytes. For undefined-length sequences and encapsulated pixel data: the
    /// bytes from the value start to the end of the content (delimiter excluded).
    public var length: Int
    /// The element was encoded with undefined length (0xFFFFFFFF).
    public var undefinedLength: Bool
    /// What only some elements have (items, fragments, damage, a value store of their own), in
    /// one shared box: a plain element is a few words with one nil reference, so building and
    /// copying the element arrays of a parse costs no reference counting. Copy on write.
    private var extra: ElementExtra?

    public init(tag: Tag, vr: VR, offset: Int, length: Int, undefinedLength: Bool = false) {
        self.tag = tag
        self.vr = vr
        self.offset = offset
        self.length = length
        self.undefinedLength = undefinedLength
        self.extra = nil
    }

    /// The box, unshared (copied first when another element shares it).
    private mutating func mutableExtra() -> ElementExtra {
        if isKnownUniquelyReferenced(&extra), let e = extra { return e }
        let e = extra?.copy() ?? ElementExtra()
        extra = e
        return e
    }

    /// Items of a sequence (also for UN of undefined length parsed as a sequence).
    public var items: [DataSet]? {
        get { extra?.items }
        set { if newValue != nil || extra != nil { mutableExtra().items = newValue } }
        // In place (`element.items?.append(x)`): the array is changed inside the unshared box,
        // not copied out and back (which made appending n items cost n^2).
        _modify {
            if extra == nil {
                var v: [DataSet]? = nil
                yield &v
                if v != nil { mutableExtra().items = v }
            } else {
                let e = mutableExtra()
                yield &e.items
            }
        }
    }
    /// Encapsulated pixel data: the Basic Offset Table's value range (may be empty).
    public var basicOffsetTable: Range<Int>? {
        get { extra?.basicOffsetTable }
        set { if newValue != nil || extra != nil { mutableExtra().basicOffsetTable = newValue } }
    }
    /// Encapsulated pixel data: the value range of each fragment, in order.
    public var fragments: [Range<Int>]? {
        get { extra?.fragments }
        set { if newValue != nil || extra != nil { mutableExtra().fragments = newValue } }
        _modify {
            if extra == nil {
                var v: [Range<Int>]? = nil
                yield &v
                if v != nil { mutableExtra().fragments = v }
            } else {
                let e = mutableExtra()
                yield &e.fragments
            }
        }
    }
    /// Salvage: what is wrong with this element when the file was opened anyway (a sequence
    /// nested deeper than max_depth and skipped: `.limitExceeded`; a value cut short by the end
    /// of the file, whose `length` is what is present: `.truncated`). Reading the damaged part
    /// reports this error; the rest of the file is usable.
    public var damage: DICOMError? {
        get { extra?.damage }
        set { if newValue != nil || extra != nil { mutableExtra().damage = newValue } }
    }
    /// Where the value bytes live when they are not in the data set's store: an edited or new
    /// element (see EditableDataSet.swift). nil for parsed elements.
    public var valueStore: ByteStore? {
        get { extra?.valueStore }
        set { if newValue != nil || extra != nil { mutableExtra().valueStore = newValue } }
    }

    public var isSequence: Bool { extra?.items != nil }
    public var isEncapsulated: Bool { extra?.fragments != nil }
    public var valueRange: Range<Int> { offset..<(offset &+ length) }
}

/// The rarer parts of an `Element` (see `Element.extra`). Changed only through an element that
/// holds the only reference (copy on write), so sharing it between threads is safe.
final class ElementExtra: @unchecked Sendable {
    var items: [DataSet]?
    var basicOffsetTable: Range<Int>?
    var fragments: [Range<Int>]?
    var damage: DICOMError?
    var valueStore: ByteStore?

    init() {}

    func copy() -> ElementExtra {
        let c = ElementExtra()
        c.items = items
        c.basicOffsetTable = basicOffsetTable
        c.fragments = fragments
        c.damage = damage
        c.valueStore = valueStore
        return c
    }
}

/// A data set: the main one, the file meta group, or a sequence item. Not changed after
/// parsing unless it is edited (EditableDataSet.swift): reading from many threads is safe,
/// editing while another thread reads is a caller error.
public final class DataSet: @unchecked Sendable {
    public internal(set) var elements: [Element]
    public let store: ByteStore
    public let bigEndian: Bool
    public let explicitVR: Bool
    /// The character set in force: this data set's (0008,0005), else the enclosing one's.
    public internal(set) var characterSet: SpecificCharacterSet
    /// Elements are in ascending tag order (then lookups use binary search).
    var sorted: Bool

    public init(elements: [Element], store: ByteStore, bigEndian: Bool, explicitVR: Bool,
                inheritedCharacterSet: SpecificCharacterSet) {
        self.elements = elements
        self.store = store
        self.bigEndian = bigEndian
        self.explicitVR = explicitVR
        var isSorted = true
        var i = 1
        while i < elements.count {
            if elements[i - 1].tag.value >= elements[i].tag.value { isSorted = false; break }
            i += 1
        }
        sorted = isSorted
        var cs = inheritedCharacterSet
        if let idx = DataSet.find(elements, Tag.specificCharacterSet, isSorted) {
            let e = elements[idx]
            let raw = (e.valueStore ?? store).slice(e.valueRange)
            cs = SpecificCharacterSet(splitTrimmed(raw.assumingMemoryBound(to: UInt8.self)))
        }
        characterSet = cs
    }

    static func find(_ elements: [Element], _ tag: Tag, _ sorted: Bool) -> Int? {
        if sorted {
            var lo = 0
            var hi = elements.count
            while lo < hi {
                let mid = (lo + hi) / 2
                let t = elements[mid].tag.value
                if t == tag.value { return mid }
                if t < tag.value { lo = mid + 1 } else { hi = mid }
            }
            return nil
        }
        return elements.firstIndex { $0.tag == tag }
    }

    /// Index of the element with `tag`, or nil.
    public func index(of tag: Tag) -> Int? { DataSet.find(elements, tag, sorted) }

    /// The element with `tag`, or nil.
    public func element(_ tag: Tag) -> Element? {
        guard let i = index(of: tag) else { return nil }
        return elements[i]
    }

    /// The raw value bytes of `element` (file byte order, padding kept).
    public func rawValue(_ element: Element) -> UnsafeRawBufferPointer {
        (element.valueStore ?? store).slice(element.valueRange)
    }

    /// Throws `.truncated` when the value bytes of `element` can no longer be read as the file
    /// holds them: a file truncated while open (see `ByteStore.checkReadable`). Call it before
    /// reading a value through `rawValue` or the typed accessors where zeros must not pass for
    /// the value (the C API's getters, strict JSON). Sequences and encapsulated pixel data have
    /// no value bytes of their own here (fragments are read with `withBytes`). `fileSize`:
    /// see `checkReadable`.
    public func checkValue(_ element: Element, fileSize: inout Int?) throws {
        if element.items != nil || element.fragments != nil || element.length <= 0 { return }
        let s = storage(of: element)
        guard s.canChangeUnderneath else { return } // bytes in memory: nothing to check
        try s.checkReadable(element.valueRange, DataSet.valueName(element), fileSize: &fileSize)
    }

    /// `checkValue(_:fileSize:)` for one value.
    public func checkValue(_ element: Element) throws {
        var size: Int? = nil
        try checkValue(element, fileSize: &size)
    }

    /// `checkValue` of every element of `group` in this data set and, recursively, in the items
    /// of that group's sequences (group 0x0028: what the image description and the renderer
    /// read: window, rescale, palettes, LUT sequences). A mapped file is measured once.
    public func checkValues(group: UInt16) throws {
        var size: Int? = nil
        var stack: [DataSet] = []
        var next: DataSet? = self
        while let ds = next {
            for i in ds.indices(ofGroup: group) {
                let e = ds.elements[i]
                guard e.tag.group == group else { continue }
                if let items = e.items { stack.append(contentsOf: items) } else { try ds.checkValue(e, fileSize: &size) }
            }
            next = stack.popLast()
        }
    }

    /// The indices that can hold elements of `group`: the group's run when the elements are
    /// sorted (binary search), else all of them.
    func indices(ofGroup group: UInt16) -> Range<Int> {
        guard sorted else { return elements.indices }
        let first = UInt32(group) << 16
        var lo = 0, hi = elements.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if elements[mid].tag.value < first { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < elements.count && elements[end].tag.group == group { end += 1 }
        return lo..<end
    }

    /// "(0040,A160) TextValue" (the keyword when the dictionary has one).
    static func valueName(_ e: Element) -> String {
        if let k = DataDictionary.entry(for: e.tag.value)?.keyword, !k.isEmpty { return "the value of \(e.tag) \(k)" }
        return "the value of \(e.tag)"
    }

    /// The store that holds `element`'s value bytes, fragments and offset table (the data
    /// set's store, or the element's own for edited elements).
    @inline(__always) public func storage(of element: Element) -> ByteStore {
        element.valueStore ?? store
    }

    public var count: Int { elements.count }
}

// MARK: - small text helpers shared by the value accessors
//
// These work on UTF-8 bytes: space, NUL and backslash are ASCII, so they never occur inside a
// multi-byte UTF-8 sequence and cutting a valid UTF-8 string at them leaves valid UTF-8.
// (Text in GBK/GB18030 or ISO 2022 multi-byte sets is decoded to UTF-8 before it is split.)

@inline(__always)
func isPad(_ b: UInt8) -> Bool { b == 0x20 || b == 0 }

/// `u[start..<end]` without leading (when `leading`) and trailing spaces and NULs.
@inline(__always)
func trimmedRange(_ u: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, leading: Bool) -> Range<Int> {
    var a = start
    var b = end
    if leading { while a < b && isPad(u[a]) { a &+= 1 } }
    while b > a && isPad(u[b &- 1]) { b &-= 1 }
    return a..<b
}

/// A string from part of a byte buffer (invalid UTF-8 is repaired with U+FFFD).
@inline(__always)
func utf8String(_ u: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: u[r]), as: UTF8.self)
}

/// The backslash-separated values of `u`, each without leading/trailing spaces and NULs.
func splitTrimmed(_ u: UnsafeBufferPointer<UInt8>) -> [String] {
    var out: [String] = []
    var start = 0
    var i = 0
    let n = u.count
    while i < n {
        if u[i] == 0x5C {
            out.append(utf8String(u, trimmedRange(u, start, i, leading: true)))
            start = i &+ 1
        }
        i &+= 1
    }
    out.append(utf8String(u, trimmedRange(u, start, n, leading: true)))
    return out
}

/// Splits on backslash (values of a multi-valued string).
public func splitBackslash(_ s: String) -> [String] {
    var s = s
    return s.withUTF8 { u in
        var out: [String] = []
        var start = 0
        var i = 0
        while i < u.count {
            if u[i] == 0x5C { out.append(utf8String(u, start..<i)); start = i &+ 1 }
            i &+= 1
        }
        out.append(utf8String(u, start..<u.count))
        return out
    }
}

/// Removes leading and trailing spaces and NULs.
public func trimSpaces(_ s: String) -> String {
    var s = s
    let t: String? = s.withUTF8 { u in
        let r = trimmedRange(u, 0, u.count, leading: true)
        return r.count == u.count ? nil : utf8String(u, r)
    }
    return t ?? s
}

/// Removes trailing spaces and NULs only (LT, ST, UT keep leading spaces).
public func trimTrailing(_ s: String) -> String {
    var s = s
    let t: String? = s.withUTF8 { u in
        let r = trimmedRange(u, 0, u.count, leading: false)
        return r.count == u.count ? nil : utf8String(u, r)
    }
    return t ?? s
}
