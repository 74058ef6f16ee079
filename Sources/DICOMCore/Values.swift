/// Typed, lazy access to element values. Nothing here traps on bad content: malformed values
/// give `.typeMismatch` (or nil from the optional conveniences).
extension DataSet {

    // MARK: text

    /// The values of a string element, decoded per Specific Character Set, padding removed.
    /// Single-valued text VRs (LT, ST, UT, UR) give one value even if it holds backslashes.
    public func strings(_ e: Element) -> [String] {
        if e.length == 0 { return [] }
        let raw = rawValue(e)
        let text: String
        if e.vr.usesCharacterSet {
            text = characterSet.decode(raw, isPersonName: e.vr == .PN)
        } else {
            text = String(decoding: raw, as: UTF8.self)
        }
        if e.vr.isSingleValuedText {
            return [e.vr == .UR ? trimSpaces(text) : trimTrailing(text)]
        }
        return splitBackslash(text).map { trimSpaces($0) }
    }

    /// Value multiplicity: strings split on backslash, binary values by size, items of a sequence.
    public func valueMultiplicity(_ e: Element) -> Int {
        if let items = e.items { return items.count }
        if e.fragments != nil { return 1 }
        if e.length == 0 { return 0 }
        if e.vr.isString { return strings(e).count }
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
        var values: [String]
        if e.vr.isString {
            values = strings(e)
        } else {
            switch e.vr {
            case .OB, .OW, .UN, .OD, .OF, .OL, .OV:
                throw DICOMError(.typeMismatch, "\(e.tag) has VR \(e.vr.name) (bytes), read it as bytes")
            default: break
            }
            // One value: format only that one (callers loop over indices, e.g. the JSON writer;
            // formatting all of them per call was quadratic on long LUTs).
            if index >= 0 { return try binaryText(e, index) }
            let size = e.vr == .AT ? 4 : e.vr.binaryValueSize
            values = []
            if size > 0 { for i in 0..<(e.length / size) { values.append(try binaryText(e, i)) } }
        }
        if index < 0 { return values.joined(separator: "\\") }
        guard index < values.count else {
            throw DICOMError(.outOfRange, "\(e.tag) has \(values.count) value(s), index \(index) requested")
        }
        return values[index]
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
        let steps = try ElementPath.parse(key)
        var ds = self
        for (k, (tag, item)) in steps.enumerated() {
            guard let idx = ds.index(of: tag) else { throw DICOMError(.notFound, "\(tag) not found (key '\(key)')") }
            let items = ds.elements[idx].items
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

    /// A single tag from a keyword or one of the hex forms.
    public static func parseTag(_ s: String) -> Tag? {
        var t = Substring(s)
        if t.isEmpty { return nil }
        if t.hasPrefix("(") && t.hasSuffix(")") { t = t.dropFirst().dropLast() }
        if t.hasPrefix("0x") || t.hasPrefix("0X") { t = t.dropFirst(2) }
        let hexChars = t.filter { $0 != "," }
        let isHex = hexChars.count == 8 && hexChars.allSatisfy { $0.isHexDigit }
        if isHex && (t.count == 8 || (t.count == 9 && t.dropFirst(4).first == ",")) {
            if let v = UInt32(String(hexChars), radix: 16) { return Tag(v) }
        }
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
