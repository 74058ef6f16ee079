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
    /// Items of a sequence (also for UN of undefined length parsed as a sequence).
    public var items: [DataSet]?
    /// Encapsulated pixel data: the Basic Offset Table's value range (may be empty).
    public var basicOffsetTable: Range<Int>?
    /// Encapsulated pixel data: the value range of each fragment, in order.
    public var fragments: [Range<Int>]?

    public init(tag: Tag, vr: VR, offset: Int, length: Int, undefinedLength: Bool = false) {
        self.tag = tag
        self.vr = vr
        self.offset = offset
        self.length = length
        self.undefinedLength = undefinedLength
    }

    public var isSequence: Bool { items != nil }
    public var isEncapsulated: Bool { fragments != nil }
    public var valueRange: Range<Int> { offset..<(offset &+ length) }
}

/// A data set: the main one, the file meta group, or a sequence item. Immutable after
/// parsing, so it is safe to read from many threads.
public final class DataSet: @unchecked Sendable {
    public let elements: [Element]
    public let store: ByteStore
    public let bigEndian: Bool
    public let explicitVR: Bool
    /// The character set in force: this data set's (0008,0005), else the enclosing one's.
    public let characterSet: SpecificCharacterSet
    /// Elements are in ascending tag order (then lookups use binary search).
    private let sorted: Bool

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
            let raw = store.slice(e.valueRange)
            let text = String(decoding: raw, as: UTF8.self)
            let values = splitBackslash(text).map { trimSpaces($0) }
            cs = SpecificCharacterSet(values)
        }
        characterSet = cs
    }

    private static func find(_ elements: [Element], _ tag: Tag, _ sorted: Bool) -> Int? {
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
        store.slice(element.valueRange)
    }

    public var count: Int { elements.count }
}

// MARK: - small text helpers shared by the value accessors

/// Splits on backslash (values of a multi-valued string).
public func splitBackslash(_ s: String) -> [String] {
    var out: [String] = []
    var cur = ""
    for ch in s {
        if ch == "\\" { out.append(cur); cur = "" } else { cur.append(ch) }
    }
    out.append(cur)
    return out
}

/// Removes leading and trailing spaces and NULs.
public func trimSpaces(_ s: String) -> String {
    var scalars = Substring(s).unicodeScalars[...]
    while let f = scalars.first, f == " " || f == "\0" { scalars.removeFirst() }
    while let l = scalars.last, l == " " || l == "\0" { scalars.removeLast() }
    return String(String.UnicodeScalarView(scalars))
}

/// Removes trailing spaces and NULs only (LT, ST, UT keep leading spaces).
public func trimTrailing(_ s: String) -> String {
    var scalars = Substring(s).unicodeScalars[...]
    while let l = scalars.last, l == " " || l == "\0" { scalars.removeLast() }
    return String(String.UnicodeScalarView(scalars))
}
