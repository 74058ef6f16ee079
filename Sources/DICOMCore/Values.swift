/// Typed, lazy access to element values. Nothing here traps on bad content: malformed values
/// give `.typeMismatch` (or nil from the optional conveniences).
extension DataSet {

    // MARK: text

    /// Calls `body` with the element's text as UTF-8 bytes: the value bytes themselves when they
    /// need no conversion (VRs outside the character set, UTF-8, or ASCII-only bytes in a set
    /// whose G0 is ASCII: what `SpecificCharacterSet.decode` would return unchanged), else the
    /// decoded text. Padding is not removed.
    @inline(__always)
    func withTextBytes<R>(_ e: Element, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let raw = rawValue(e)
        let u = raw.assumingMemoryBound(to: UInt8.self)
        if !e.vr.usesCharacterSet || characterSet.passesThrough(u) { return try body(u) }
        var text = characterSet.decode(raw, isPersonName: e.vr == .PN)
        return try text.withUTF8 { try body($0) }
    }

    /// The values of a string element, decoded per Specific Character Set, padding removed.
    /// Single-valued text VRs (LT, ST, UT, UR) give one value even if it holds backslashes.
    public func strings(_ e: Element) -> [String] {
        if e.length == 0 { return [] }
        return withTextBytes(e) { u in
            if e.vr.isSingleValuedText {
                return [utf8String(u, trimmedRange(u, 0, u.count, leading: e.vr == .UR))]
            }
            return splitTrimmed(u)
        }
    }

    /// Number of values of a string element (what `strings(e).count` gives), without building them.
    func stringCount(_ e: Element) -> Int {
        if e.length == 0 { return 0 }
        if e.vr.isSingleValuedText { return 1 }
        return withTextBytes(e) { u in
            var n = 1
            for b in u where b == 0x5C { n &+= 1 }
            return n
        }
    }

    /// Value multiplicity: strings split on backslash, binary values by size, items of a sequence.
    public func valueMultiplicity(_ e: Element) -> Int {
        if let items = e.items { return items.count }
        if e.fragments != nil { return 1 }
        if e.length == 0 { return 0 }
        if e.vr.isString { return stringCount(e) }
        switch e.vr {
        case .OB, .OW, .OD, .OF, .OL, .OV, .UN: return 1
        default:
            let size = e.vr.binaryValueSize
            return size > 0 ? e.length / size : 1
        }
    }

    /// One value (`index` >= 0) or the whole value joined by backslash (`index` < 0) as text.
    /// Binary numbers are formatted in decimal, AT as (gggg,eeee).
    /// - Throws: `.typeMismatch` for sequences, pixel data and byte streams; `.outOfRange`.
    public func text(_ e: Element, index: Int) throws -> String {
        if e.items != nil || e.fragments != nil {
            throw DICOMError(.typeMismatch, "\(e.tag) is a \(e.items != nil ? "sequence" : "pixel data element"), not text")
        }
        if e.vr.isString { return try stringText(e, index: index) }
        switch e.vr {
        case .OB, .OW, .UN, .OD, .OF, .OL, .OV:
            throw DICOMError(.typeMismatch, "\(tagText(e.tag)) has VR \(e.vr.name) (bytes), read it as bytes")
        default: break
        }
        // One value: format only that one (callers loop over indices, e.g. the JSON writer;
        // formatting all of them per call was quadratic on long LUTs).
        if index >= 0 { return try binaryText(e, index) }
        if let s = joinedBinaryText(e) { return s }
        let size = e.vr == .AT ? 4 : e.vr.binaryValueSize
        var values: [String] = []
        if size > 0 { for i in 0..<(e.length / size) { values.append(try binaryText(e, i)) } }
        return values.joined(separator: "\\")
    }

    /// `text(e, index:)` of a string VR: the trimmed values joined by backslash, or value
    /// `index` found by scanning to it (no array of all values).
    private func stringText(_ e: Element, index: Int) throws -> String {
        if e.length == 0 {
            if index < 0 { return "" }
            throw DICOMError(.outOfRange, "\(e.tag) has 0 value(s), index \(index) requested")
        }
        let single = e.vr.isSingleValuedText
        let leading = e.vr != .LT && e.vr != .ST && e.vr != .UT
        let found: String? = withTextBytes(e) { u -> String? in
            let n = u.count
            if single {
                return index <= 0 ? utf8String(u, trimmedRange(u, 0, n, leading: leading)) : nil
            }
            if index >= 0 {
                var k = 0
                var start = 0
                var i = 0
                while i < n {
                    if u[i] == 0x5C {
                        if k == index { return utf8String(u, trimmedRange(u, start, i, leading: true)) }
                        k &+= 1
                        start = i &+ 1
                    }
                    i &+= 1
                }
                return k == index ? utf8String(u, trimmedRange(u, start, n, leading: true)) : nil
            }
            // Whole value: values trimmed and joined by backslash.
            var firstSep = 0
            while firstSep < n && u[firstSep] != 0x5C { firstSep &+= 1 }
            if firstSep == n { return utf8String(u, trimmedRange(u, 0, n, leading: true)) }
            return String(unsafeUninitializedCapacity: n) { out in
                var w = 0
                var start = 0
                var i = 0
                while i <= n {
                    if i == n || u[i] == 0x5C {
                        let r = trimmedRange(u, start, i, leading: true)
                        if start > 0 { out[w] = 0x5C; w &+= 1 }
                        var p = r.lowerBound
                        while p < r.upperBound { out[w] = u[p]; w &+= 1; p &+= 1 }
                        start = i &+ 1
                    }
                    i &+= 1
                }
                return w
            }
        }
        if let found { return found }
        let count = stringCount(e)
        throw DICOMError(.outOfRange, "\(e.tag) has \(count) value(s), index \(index) requested")
    }

    /// All values of an integer or AT element as text joined by backslash, written straight
    /// into one string (the same text as joining `binaryText` of each value); nil for FL/FD
    /// and other VRs.
    private func joinedBinaryText(_ e: Element) -> String? {
        let size: Int
        switch e.vr {
        case .US, .SS: size = 2
        case .UL, .SL, .AT: size = 4
        case .SV, .UV: size = 8
        default: return nil
        }
        let n = e.length / size
        if n == 0 { return "" }
        let raw = rawValue(e)
        guard raw.count >= n &* size else { return nil }
        let be = bigEndian
        let vr = e.vr
        // At most 20 digits and a sign per value, or 11 characters for a tag, plus a backslash.
        let (cap, overflow) = n.multipliedReportingOverflow(by: 22)
        if overflow { return nil }
        // 11x the value's bytes: probed (a String's allocation cannot fail cleanly).
        if (try? FailableAlloc.probe(bytes: cap, "the text of \(n) values")) == nil { return nil }
        return String(unsafeUninitializedCapacity: cap) { out in
            var w = 0
            var i = 0
            while i < n {
                if i > 0 { out[w] = 0x5C; w &+= 1 }
                let off = i &* size
                switch vr {
                case .US: w = writeDecimal(UInt64(load16(raw, off, be)), negative: false, out, w)
                case .SS:
                    let v = Int16(bitPattern: load16(raw, off, be))
                    w = writeDecimal(UInt64(v.magnitude), negative: v < 0, out, w)
                case .UL: w = writeDecimal(UInt64(load32(raw, off, be)), negative: false, out, w)
                case .SL:
                    let v = Int32(bitPattern: load32(raw, off, be))
                    w = writeDecimal(UInt64(v.magnitude), negative: v < 0, out, w)
                case .SV:
                    let v = Int64(bitPattern: load64(raw, off, be))
                    w = writeDecimal(v.magnitude, negative: v < 0, out, w)
                case .UV: w = writeDecimal(load64(raw, off, be), negative: false, out, w)
                default: // AT: "(gggg,eeee)"
                    w = writeTag(Tag(load16(raw, off, be), load16(raw, off &+ 2, be)), out, w)
                }
                i &+= 1
            }
            return w
        }
    }

    /// Value `i` of a binary numeric or AT element as text.
    private func binaryText(_ e: Element, _ i: Int) throws -> String {
        switch e.vr {
        case .AT: return try tagValue(e, i).description
        case .FL, .FD: return formatDouble(try double(e, index: i))
        default:
            guard e.vr.binaryValueSize > 0 else {
                throw DICOMError(.outOfRange, "\(e.tag) has 0 value(s), index \(i) requested")
            }
            return try integerString(e, i)
        }
    }

    private func integerString(_ e: Element, _ i: Int) throws -> String {
        let size: Int
        switch e.vr {
        case .US, .SS: size = 2
        case .UL, .SL: size = 4
        case .SV, .UV: size = 8
        default: size = 0
        }
        if size > 0 {
            // The digits written straight into the string (the text of String(value)).
            let off = try binaryOffset(e, i, size)
            let raw = rawValue(e)
            if raw.count >= off &+ size {
                let be = bigEndian
                let vr = e.vr
                return String(unsafeUninitializedCapacity: 21) { out in
                    switch vr {
                    case .SS: let v = Int16(bitPattern: load16(raw, off, be)); return writeDecimal(UInt64(v.magnitude), negative: v < 0, out, 0)
                    case .SL: let v = Int32(bitPattern: load32(raw, off, be)); return writeDecimal(UInt64(v.magnitude), negative: v < 0, out, 0)
                    case .SV: let v = Int64(bitPattern: load64(raw, off, be)); return writeDecimal(v.magnitude, negative: v < 0, out, 0)
                    default:
                        let v = size == 2 ? UInt64(load16(raw, off, be)) : size == 4 ? UInt64(load32(raw, off, be)) : load64(raw, off, be)
                        return writeDecimal(v, negative: false, out, 0)
                    }
                }
            }
        }
        switch e.vr {
        case .UV: return String(try uint64Raw(e, i))
        default: return String(try int64(e, index: i))
        }
    }

    // MARK: numbers

    private func binaryOffset(_ e: Element, _ index: Int, _ size: Int) throws -> Int {
        let n = e.length / size
        guard index >= 0, index < n else {
            throw DICOMError(.outOfRange, "\(e.tag) has \(n) value(s), index \(index) requested")
        }
        return index * size
    }

    private func uint64Raw(_ e: Element, _ i: Int) throws -> UInt64 {
        let off = try binaryOffset(e, i, 8)
        return load64(rawValue(e), off, bigEndian)
    }

    /// An AT value.
    public func tagValue(_ e: Element, _ index: Int) throws -> Tag {
        let off = try binaryOffset(e, index, 4)
        let raw = rawValue(e)
        return Tag(load16(raw, off, bigEndian), load16(raw, off + 2, bigEndian))
    }

    /// A value as an integer: binary integer VRs, IS, and DS/FL/FD holding an integral value.
    public func int64(_ e: Element, index: Int) throws -> Int64 {
        let raw = rawValue(e)
        switch e.vr {
        case .US, .OW: return Int64(load16(raw, try binaryOffset(e, index, 2), bigEndian))
        case .SS: return Int64(Int16(bitPattern: load16(raw, try binaryOffset(e, index, 2), bigEndian)))
        case .UL, .OL: return Int64(load32(raw, try binaryOffset(e, index, 4), bigEndian))
        case .SL: return Int64(Int32(bitPattern: load32(raw, try binaryOffset(e, index, 4), bigEndian)))
        case .SV: return Int64(bitPattern: load64(raw, try binaryOffset(e, index, 8), bigEndian))
        case .UV, .OV:
            let v = load64(raw, try binaryOffset(e, index, 8), bigEndian)
            guard let i = Int64(exactly: v) else { throw DICOMError(.typeMismatch, "\(e.tag) value \(v) exceeds int64") }
            return i
        case .AT: return Int64(try tagValue(e, index).value)
        case .OB: return Int64(raw[try binaryOffset(e, index, 1)])
        case .FL, .FD, .DS, .OF, .OD:
            let d = try double(e, index: index)
            guard let i = Int64(exactly: d) else {
                throw DICOMError(.typeMismatch, "\(e.tag) value \(formatDouble(d)) is not an integer")
            }
            return i
        case .IS:
            let s = try text(e, index: index)
            if let i = Int64(s) { return i }
            if let d = Double(s), let i = Int64(exactly: d) { return i }
            throw DICOMError(.typeMismatch, "\(e.tag) value '\(s)' is not an integer string")
        default:
            if e.vr.isString {
                let s = try text(e, index: index)
                if let i = Int64(s) { return i }
            }
            throw DICOMError(.typeMismatch, "\(e.tag) (VR \(e.vr.name)) cannot be read as an integer")
        }
    }

    /// A value as a double: FL, FD, OF, OD, DS, IS and every integer VR.
    public func double(_ e: Element, index: Int) throws -> Double {
        let raw = rawValue(e)
        switch e.vr {
        case .FL, .OF:
            return Double(Float(bitPattern: load32(raw, try binaryOffset(e, index, 4), bigEndian)))
        case .FD, .OD:
            return Double(bitPattern: load64(raw, try binaryOffset(e, index, 8), bigEndian))
        case .DS, .IS:
            let s = try text(e, index: index)
            if let d = parseDecimal(s) { return d }
            throw DICOMError(.typeMismatch, "\(e.tag) value '\(s)' is not a number")
        case .UV:
            return Double(try uint64Raw(e, index))
        case .US, .SS, .UL, .SL, .SV, .OW, .OL, .OB, .AT:
            return Double(try int64(e, index: index))
        default:
            if e.vr.isString {
                let s = try text(e, index: index)
                if let d = parseDecimal(s) { return d }
            }
            throw DICOMError(.typeMismatch, "\(e.tag) (VR \(e.vr.name)) cannot be read as a number")
        }
    }

    // MARK: conveniences used by the pixel and patient modules

    /// First value of a text element, or nil when absent/empty.
    public func string(_ tag: Tag) -> String? {
        guard let e = element(tag), let s = try? text(e, index: e.vr.isString ? -1 : 0) else { return nil }
        return s
    }

    /// A value as Int, or nil when absent or not an integer.
    public func int(_ tag: Tag, index: Int = 0) -> Int? {
        guard let e = element(tag), let v = try? int64(e, index: index) else { return nil }
        return Int(exactly: v)
    }

    /// A value as Double, or nil when absent or not a number.
    public func double(_ tag: Tag, index: Int = 0) -> Double? {
        guard let e = element(tag), let v = try? double(e, index: index) else { return nil }
        return v
    }

    /// All numeric values of an element (empty when absent).
    public func doubles(_ tag: Tag) -> [Double] {
        guard let e = element(tag) else { return [] }
        // Text values (DS, IS): split once, not once per value (ContourData has 10^4+ values).
        if e.vr.isString { return strings(e).compactMap { parseDecimal($0) } }
        let n = valueMultiplicity(e)
        var out: [Double] = []
        for i in 0..<n { if let d = try? double(e, index: i) { out.append(d) } }
        return out
    }

    /// Items of a sequence (empty when absent or not a sequence).
    public func items(_ tag: Tag) -> [DataSet] { element(tag)?.items ?? [] }

    // MARK: keys and paths

    /// Resolves a key (keyword, tag or path into sequences) to the data set holding the
    /// element and its index there.
    /// - Throws: `.invalidArgument` for a malformed key or unknown keyword, `.notFound`,
    ///   `.outOfRange` for an item index past the end, `.typeMismatch` when indexing a non-sequence.
    public func resolve(_ key: String) throws -> (DataSet, Int) {
        if let tag = ElementPath.simpleTag(key) {
            guard let idx = index(of: tag) else { throw DICOMError(.notFound, "\(tag) not found (key '\(key)')") }
            return (self, idx)
        }
        let steps = try ElementPath.parse(key)
        var ds = self
        for (k, (tag, item)) in steps.enumerated() {
            guard let idx = ds.index(of: tag) else { throw DICOMError(.notFound, "\(tag) not found (key '\(key)')") }
            let items = ds.elements[idx].items
            // Salvage: walking into (or through) a damaged element reports its error.
            if let damage = ds.elements[idx].damage, items == nil, item != nil || k < steps.count - 1 { throw damage }
            if item != nil && items == nil {
                throw DICOMError(.typeMismatch, "\(tag) is not a sequence (key '\(key)')")
            }
            if let items, let i = item, i >= items.count {
                throw DICOMError(.outOfRange, "\(tag) has \(items.count) item(s), item \(i) requested (key '\(key)')")
            }
            // The last step names the element (a trailing "[n]" only checks that item n exists).
            if k == steps.count - 1 { return (ds, idx) }
            guard let items else { throw DICOMError(.typeMismatch, "\(tag) is not a sequence (key '\(key)')") }
            let i = item ?? 0
            guard i < items.count else {
                throw DICOMError(.outOfRange, "\(tag) has \(items.count) item(s), item \(i) requested (key '\(key)')")
            }
            ds = items[i]
        }
        throw DICOMError(.invalidArgument, "empty key")
    }

    /// The element named by a key, with the data set that holds it.
    public func lookup(_ key: String) throws -> (DataSet, Element) {
        let (ds, i) = try resolve(key)
        return (ds, ds.elements[i])
    }
}

/// Parses element keys: "PatientName", "(0010,0010)", "0010,0010", "00100010", "0x00100010",
/// and paths "Seq[0].Keyword" / "(0010,2202)[0].(0008,0104)".
public enum ElementPath {
    public static func parse(_ key: String) throws -> [(Tag, Int?)] {
        if key.isEmpty { throw DICOMError(.invalidArgument, "empty key") }
        if let tag = simpleTag(key) { return [(tag, nil)] }
        var out: [(Tag, Int?)] = []
        for part in key.split(separator: ".", omittingEmptySubsequences: false) {
            var name = Substring(part)
            var item: Int? = nil
            if name.hasSuffix("]"), let open = name.lastIndex(of: "[") {
                let num = name[name.index(after: open)..<name.index(before: name.endIndex)]
                guard let n = Int(num), n >= 0 else {
                    throw DICOMError(.invalidArgument, "bad item index '[\(num)]' in key '\(key)'")
                }
                item = n
                name = name[..<open]
            }
            guard let tag = parseTag(String(name)) else {
                throw DICOMError(.invalidArgument, "unknown keyword or malformed tag '\(name)' in key '\(key)'")
            }
            out.append((tag, item))
        }
        return out
    }

    /// The tag of a one-step key in one of the hex forms, or nil (then `parse` does the rest).
    @inline(__always)
    static func simpleTag(_ key: String) -> Tag? {
        var key = key
        return key.withUTF8 { hexTag($0) }
    }

    /// The hex forms "ggggeeee", "gggg,eeee", optionally in parentheses and/or after "0x"/"0X",
    /// read from bytes; nil for anything else (keywords, paths, item indices).
    static func hexTag(_ u: UnsafeBufferPointer<UInt8>) -> Tag? {
        var a = 0
        var b = u.count
        if b >= 2 && u[0] == 0x28 && u[b &- 1] == 0x29 { a = 1; b &-= 1 }    // ( )
        if b &- a >= 2 && u[a] == 0x30 && (u[a &+ 1] == 0x78 || u[a &+ 1] == 0x58) { a &+= 2 }  // 0x
        let len = b &- a
        guard len == 8 || (len == 9 && u[a &+ 4] == 0x2C) else { return nil }
        var v: UInt32 = 0
        var i = a
        while i < b {
            let c = u[i]
            i &+= 1
            if len == 9 && i &- 1 == a &+ 4 { continue }
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c &- 0x30)
            case 0x41...0x46: d = UInt32(c &- 0x41) &+ 10
            case 0x61...0x66: d = UInt32(c &- 0x61) &+ 10
            default: return nil
            }
            v = v << 4 | d
        }
        return Tag(v)
    }

    /// A single tag from a keyword or one of the hex forms.
    public static func parseTag(_ s: String) -> Tag? {
        if s.isEmpty { return nil }
        if let t = simpleTag(s) { return t }
        if let e = DataDictionary.entry(forKeyword: s) { return Tag(e.tag) }
        return nil
    }
}

/// Parses a DS/IS string ("  -1.5e3 ", "+2") as a Double; nil if it isn't a number.
public func parseDecimal(_ s: String) -> Double? {
    let t = trimSpaces(s)
    if t.isEmpty { return nil }
    if let d = Double(t) { return d.isFinite ? d : nil }
    if t.hasPrefix("+"), let d = Double(t.dropFirst()) { return d.isFinite ? d : nil }
    return nil
}

/// Shortest round-trip decimal text of a double ("1.5", "-0.25", "1e-05").
public func formatDouble(_ d: Double) -> String {
    if d.isFinite, d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
    return "\(d)"
}

extension SpecificCharacterSet {
    /// True when `decode` would return these bytes unchanged as UTF-8: UTF-8 mode, or ASCII
    /// bytes without escape sequences in a set whose initial G0 is ASCII.
    @inline(__always)
    func passesThrough(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        switch mode {
        case .utf8: return true
        case .iconv: return false
        case .iso2022:
            if initialG0 != .ascii { return false }
            for b in u where b >= 0x80 || b == 0x1B { return false }
            return true
        }
    }
}

/// Writes `v` in decimal (with "-" when `negative`) at `out[w...]`; returns the new end.
/// The caller reserves 21 bytes.
@inline(__always)
func writeDecimal(_ v: UInt64, negative: Bool, _ out: UnsafeMutableBufferPointer<UInt8>, _ w: Int) -> Int {
    var w = w
    if negative { out[w] = 0x2D; w &+= 1 }
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes of scratch, filled backwards
    return withUnsafeMutableBytes(of: &digits) { tmp -> Int in
        var p = 24
        var x = v
        repeat {
            p &-= 1
            tmp[p] = UInt8(truncatingIfNeeded: x % 10) &+ 0x30
            x /= 10
        } while x != 0
        while p < 24 { out[w] = tmp[p]; w &+= 1; p &+= 1 }
        return w
    }
}

/// Writes "(GGGG,EEEE)" at `out[w...]`; returns the new end.
@inline(__always)
func writeTag(_ t: Tag, _ out: UnsafeMutableBufferPointer<UInt8>, _ w: Int) -> Int {
    var w = w
    @inline(__always) func hex(_ v: UInt32) -> UInt8 {
        let d = UInt8(truncatingIfNeeded: v & 0xF)
        return d < 10 ? d &+ 0x30 : d &+ 0x37
    }
    out[w] = 0x28; w &+= 1
    var shift: UInt32 = 28
    for k in 0..<8 {
        if k == 4 { out[w] = 0x2C; w &+= 1 }
        out[w] = hex(t.value >> shift); w &+= 1
        shift &-= 4
    }
    out[w] = 0x29
    return w &+ 1
}

/// "(GGGG,EEEE)", the same text as `Tag.description`, without building it piecewise.
func tagText(_ t: Tag) -> String {
    String(unsafeUninitializedCapacity: 11) { writeTag(t, $0, 0) }
}
