/// DICOM JSON (PS3.18 F.2) of a data set.
public struct JSONOptions: Sendable {
    /// Include bulk values (longer than `inlineLimit`) as base64 InlineBinary instead of leaving them out.
    public var bulkAsBase64 = false
    /// Binary values up to this many bytes are always inlined.
    public var inlineLimit = 1024
    /// Largest JSON text `jsonChecked` produces (InlineBinary of bulk values counted before
    /// anything is encoded): a 700 MiB value fails with LIMIT_EXCEEDED instead of trapping.
    public var maxOutputBytes = JSONOptions.defaultMaxOutputBytes
    public static let defaultMaxOutputBytes = 256 << 20
    public init() {}
}

extension DataSet {
    /// The data set as a DICOM JSON object (PS3.18 F.2), accepted by pydicom's Dataset.from_json.
    public func json(_ options: JSONOptions = JSONOptions()) -> String {
        var out = ""
        out.reserveCapacity(elements.count * 48)
        writeJSON(into: &out, options)
        return out
    }

    /// `json(_:)` after checking that the text stays under `options.maxOutputBytes` (estimated
    /// from the values' lengths, recursively, before anything is built).
    /// - Throws: `.limitExceeded` ("max_json_bytes").
    public func jsonChecked(_ options: JSONOptions = JSONOptions()) throws -> String {
        let estimate = jsonSizeEstimate(options, budget: options.maxOutputBytes)
        if estimate > options.maxOutputBytes {
            throw DICOMError.limit("max_json_bytes", estimate, options.maxOutputBytes)
        }
        return json(options)
    }

    /// An upper estimate of the JSON text's size (stops counting past `budget`).
    func jsonSizeEstimate(_ options: JSONOptions, budget: Int) -> Int {
        var total = 2
        var stack: [DataSet] = [self]
        while let ds = stack.popLast() {
            for e in ds.elements {
                total &+= 48
                if let items = e.items { stack.append(contentsOf: items); total &+= 2 * items.count; continue }
                switch e.vr {
                case .OB, .OD, .OF, .OL, .OV, .OW, .UN:
                    if (e.fragments != nil || e.length > options.inlineLimit) && !options.bulkAsBase64 { continue }
                    total &+= (e.length / 3 + 1) * 4
                default:
                    total &+= e.length &* 6 // text escapes at most 6 bytes per byte
                }
                if total > budget { return total }
            }
        }
        return total
    }

    func writeJSON(into out: inout String, _ options: JSONOptions) {
        out += "{"
        var first = true
        for e in elements {
            if !first { out += "," }
            first = false
            out += jsonElementHead(e.tag, e.vr)
            writeJSONValue(e, into: &out, options)
            out += "}"
        }
        out += "}"
    }

    private func writeJSONValue(_ e: Element, into out: inout String, _ options: JSONOptions) {
        if let items = e.items {
            if items.isEmpty { return }
            out += ",\"Value\":["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.writeJSON(into: &out, options)
            }
            out += "]"
            return
        }
        if e.length == 0 { return }
        switch e.vr {
        case .OB, .OD, .OF, .OL, .OV, .OW, .UN:
            if e.fragments != nil || e.length > options.inlineLimit {
                if !options.bulkAsBase64 { return }
            }
            out += ",\"InlineBinary\":\""
            out += base64(rawValueLittleEndian(e))
            out += "\""
            return
        default: break
        }
        out += ",\"Value\":["
        let n = valueMultiplicity(e)
        switch e.vr {
        case .PN:
            for (i, v) in strings(e).enumerated() {
                if i > 0 { out += "," }
                if v.isEmpty { out += "null"; continue }
                let groups = v.split(separator: "=", omittingEmptySubsequences: false)
                let names = ["Alphabetic", "Ideographic", "Phonetic"]
                out += "{"
                var firstGroup = true
                for (g, text) in groups.prefix(3).enumerated() where !text.isEmpty {
                    if !firstGroup { out += "," }
                    firstGroup = false
                    out += "\"\(names[g])\":"
                    appendJSONString(String(text), to: &out)
                }
                out += "}"
            }
        case .DS, .IS:
            for (i, v) in strings(e).enumerated() {
                if i > 0 { out += "," }
                if v.isEmpty { out += "null"; continue }
                if e.vr == .IS, let iv = Int64(v) ?? (Int64(v.hasPrefix("+") ? String(v.dropFirst()) : "")) {
                    out += String(iv)
                } else if let d = parseDecimal(v) {
                    out += e.vr == .IS ? formatDouble(d) : formatJSONNumber(d, original: v)
                } else {
                    // PS3.18 F.2.3: DS/IS values are JSON numbers; a value that is not a number
                    // cannot be represented (pydicom's from_json rejects strings), so it is null.
                    out += "null"
                }
            }
        case .AT:
            for i in 0..<n {
                if i > 0 { out += "," }
                if let t = try? tagValue(e, i) { out += "\"\(hex4(t.group))\(hex4(t.element))\"" } else { out += "null" }
            }
        case .FL, .FD:
            for i in 0..<n {
                if i > 0 { out += "," }
                if let d = try? double(e, index: i), d.isFinite { out += "\(d)" } else { out += "null" }
            }
        case .US, .SS, .UL, .SL:
            // One pass over the raw values (LUTs hold tens of thousands of them).
            let raw = rawValue(e)
            let size = e.vr.binaryValueSize
            var i = 0
            while (i + 1) * size <= raw.count {
                if i > 0 { out += "," }
                let off = i * size
                switch e.vr {
                case .US: out += String(load16(raw, off, bigEndian))
                case .SS: out += String(Int16(bitPattern: load16(raw, off, bigEndian)))
                case .UL: out += String(load32(raw, off, bigEndian))
                default: out += String(Int32(bitPattern: load32(raw, off, bigEndian)))
                }
                i += 1
            }
        case .SV, .UV:
            for i in 0..<n {
                if i > 0 { out += "," }
                if let s = try? text(e, index: i) { out += s } else { out += "null" }
            }
        default:
            for (i, v) in strings(e).enumerated() {
                if i > 0 { out += "," }
                if v.isEmpty { out += "null" } else { appendJSONString(v, to: &out) }
            }
        }
        out += "]"
    }

    /// Value bytes in little-endian order (InlineBinary is little endian per PS3.18).
    private func rawValueLittleEndian(_ e: Element) -> [UInt8] {
        let raw = rawValue(e)
        var bytes = [UInt8](raw)
        let size = e.vr.byteSwapSize
        if bigEndian && size > 1 {
            var i = 0
            while i + size <= bytes.count {
                bytes[i..<(i + size)].reverse()
                i += size
            }
        }
        return bytes
    }
}

/// DS as a JSON number: keep the file's digits when they are valid JSON, else Swift's text.
private func formatJSONNumber(_ d: Double, original: String) -> String {
    var s = original
    if s.hasPrefix("+") { s.removeFirst() }
    if isJSONNumber(s) { return s }
    return formatDouble(d)
}

private func isJSONNumber(_ s: String) -> Bool {
    var u = Array(s.utf8)[...]
    if u.first == 0x2D { u = u.dropFirst() }
    guard let f = u.first, f >= 0x30, f <= 0x39 else { return false }
    if f == 0x30, u.count > 1, let n = u.dropFirst().first, n >= 0x30, n <= 0x39 { return false }
    var seenDot = false, seenE = false, prevDigit = false
    var prev: UInt8 = 0
    for c in u {
        switch c {
        case 0x30...0x39: prevDigit = true
        case 0x2E: if seenDot || seenE || !prevDigit { return false }; seenDot = true; prevDigit = false
        case 0x65, 0x45: if seenE || !prevDigit { return false }; seenE = true; prevDigit = false
        case 0x2B, 0x2D: if prev != 0x65 && prev != 0x45 { return false }; prevDigit = false
        default: return false
        }
        prev = c
    }
    return prevDigit
}

/// `"GGGGEEEE":{"vr":"XX"`, the start of one element's JSON object, in one allocation.
private func jsonElementHead(_ tag: Tag, _ vr: VR) -> String {
    String(unsafeUninitializedCapacity: 21) { out in
        @inline(__always) func hex(_ v: UInt32) -> UInt8 {
            let d = UInt8(truncatingIfNeeded: v & 0xF)
            return d < 10 ? d &+ 0x30 : d &+ 0x37
        }
        out[0] = 0x22
        var shift: UInt32 = 28
        for k in 1...8 { out[k] = hex(tag.value >> shift); shift &-= 4 }
        let rest: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0x22, 0x3A, 0x7B, 0x22, 0x76, 0x72, 0x22, 0x3A, 0x22)   // ":{"vr":"
        withUnsafeBytes(of: rest) { r in for k in 0..<9 { out[9 &+ k] = r[k] } }
        out[18] = UInt8(truncatingIfNeeded: vr.rawValue >> 8)
        out[19] = UInt8(truncatingIfNeeded: vr.rawValue)
        out[20] = 0x22
        return 21
    }
}

/// Appends `s` as a JSON string literal.
public func appendJSONString(_ s: String, to out: inout String) {
    // Common case: nothing to escape (no quote, backslash or control character).
    var plain = true
    for b in s.utf8 where b < 0x20 || b == 0x22 || b == 0x5C { plain = false; break }
    if plain {
        out += "\""
        out += s
        out += "\""
        return
    }
    out += "\""
    for u in s.unicodeScalars {
        switch u {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if u.value < 0x20 {
                out += "\\u00"
                let hex: [Character] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f"]
                out.append(hex[Int(u.value >> 4)])
                out.append(hex[Int(u.value & 15)])
            } else {
                out.unicodeScalars.append(u)
            }
        }
    }
    out += "\""
}

/// Standard base64 with padding.
public func base64(_ bytes: [UInt8]) -> String {
    let table = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    var out: [UInt8] = []
    out.reserveCapacity((bytes.count + 2) / 3 * 4)
    var i = 0
    while i + 3 <= bytes.count {
        let v = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
        out.append(table[Int(v >> 18 & 63)]); out.append(table[Int(v >> 12 & 63)])
        out.append(table[Int(v >> 6 & 63)]); out.append(table[Int(v & 63)])
        i += 3
    }
    let rest = bytes.count - i
    if rest == 1 {
        let v = UInt32(bytes[i]) << 16
        out.append(table[Int(v >> 18 & 63)]); out.append(table[Int(v >> 12 & 63)])
        out.append(0x3D); out.append(0x3D)
    } else if rest == 2 {
        let v = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8
        out.append(table[Int(v >> 18 & 63)]); out.append(table[Int(v >> 12 & 63)])
        out.append(table[Int(v >> 6 & 63)]); out.append(0x3D)
    }
    return String(decoding: out, as: UTF8.self)
}
