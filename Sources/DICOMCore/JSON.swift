#if canImport(Glibc)
import Glibc
#endif

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
    /// Lenient: no size limit, and inline binary of a lazily read file that changed while open
    /// reads as zeros (`ByteStore.slice`); `jsonChecked` is the API for untrusted input.
    public func json(_ options: JSONOptions = JSONOptions()) -> String {
        var out = ""
        out.reserveCapacity(elements.count * 48)
        // Lenient mode reads values through `slice` and never throws.
        do { try writeJSON(into: &out, options, strict: false) } catch {}
        return out
    }

    /// `json(_:)` after checking that the text stays under `options.maxOutputBytes` (estimated
    /// from the values' lengths, before anything is built), with bulk values read through the
    /// throwing `ByteStore.withBytes` and the other values checked first (`checkValue`): a file
    /// that changed while open gives `.truncated`/`.io` instead of zeros. Nesting is walked with an explicit stack (no recursion per level).
    /// - Throws: `.limitExceeded` ("max_json_bytes"), `.truncated`, `.io`, `.outOfMemory`.
    public func jsonChecked(_ options: JSONOptions = JSONOptions()) throws -> String {
        let estimate = jsonSizeEstimate(options, budget: options.maxOutputBytes)
        if estimate > options.maxOutputBytes {
            throw DICOMError.limit("max_json_bytes", estimate, options.maxOutputBytes)
        }
        var out = ""
        out.reserveCapacity(min(estimate, elements.count &* 48))
        try writeJSON(into: &out, options, strict: true)
        return out
    }

    /// An upper estimate of the JSON text's size (stops counting past `budget`).
    func jsonSizeEstimate(_ options: JSONOptions, budget: Int) -> Int {
        var total = 2
        var stack: [DataSet] = [self]
        while let ds = stack.popLast() {
            for e in ds.elements {
                total &+= 48
                if let items = e.items { stack.append(contentsOf: items); total &+= 2 * items.count; continue }
                if e.vr == .SQ { continue }     // a sequence the parser skipped (damage): no value
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

    /// Writes the JSON object of this data set and its items, depth first with an explicit
    /// stack (one entry per open item, on the heap): any nesting the parser accepted is written
    /// without growing the thread's stack. `strict`: bulk values through `withBytes` and every
    /// other value checked with `checkValue` first (throws when a changed file no longer holds
    /// it); otherwise through `slice`.
    func writeJSON(into out: inout String, _ options: JSONOptions, strict: Bool) throws {
        // One open data set: its next element, and the next item of that element (-1: the
        // element has not been started).
        struct Level { let ds: DataSet; var element: Int; var item: Int }
        var stack = [Level(ds: self, element: 0, item: -1)]
        var fileSize: Int? = nil    // mapped files: one fstat for the whole export
        out += "{"
        while let top = stack.last {
            let ds = top.ds, ei = top.element
            guard ei < ds.elements.count else {
                out += "}"                       // the data set (or item) is complete
                stack.removeLast()
                continue
            }
            let e = ds.elements[ei]
            if top.item < 0 {
                if ei > 0 { out += "," }
                out += jsonElementHead(e.tag, e.vr)
                guard let items = e.items, !items.isEmpty else {
                    if e.items == nil && e.vr == .SQ {
                        // A sequence the parser skipped (deeper than max_depth, damaged): its
                        // error in strict mode, no value otherwise.
                        if strict, let d = e.damage { throw d }
                    } else if e.items == nil {
                        try ds.writeJSONValue(e, into: &out, options, strict: strict, fileSize: &fileSize)
                    }
                    out += "}"
                    stack[stack.count - 1].element = ei + 1
                    continue
                }
                out += ",\"Value\":["
                stack[stack.count - 1].item = 0
            }
            let items = e.items ?? []
            let k = stack[stack.count - 1].item
            if k >= items.count {
                out += "]}"
                stack[stack.count - 1].element = ei + 1
                stack[stack.count - 1].item = -1
                continue
            }
            if k > 0 { out += "," }
            stack[stack.count - 1].item = k + 1
            out += "{"
            stack.append(Level(ds: items[k], element: 0, item: -1))
        }
    }

    private func writeJSONValue(_ e: Element, into out: inout String, _ options: JSONOptions, strict: Bool,
                                fileSize: inout Int?) throws {
        if e.length == 0 { return }
        switch e.vr {
        case .OB, .OD, .OF, .OL, .OV, .OW, .UN:
            if e.fragments != nil || e.length > options.inlineLimit {
                if !options.bulkAsBase64 { return }
            }
            if strict, let d = e.damage { throw d }    // a value cut short: not written as if complete
            out += ",\"InlineBinary\":\""
            if strict {
                try storage(of: e).withBytes(e.valueRange) { raw in try appendBase64LittleEndian(e, raw, to: &out) }
            } else {
                try appendBase64LittleEndian(e, rawValue(e), to: &out)
            }
            out += "\""
            return
        default: break
        }
        // Strict: a value a changed file no longer holds is TRUNCATED, not zeros.
        if strict { try checkValue(e, fileSize: &fileSize) }
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

    /// Appends the base64 of value bytes `raw` in little-endian order (InlineBinary is little
    /// endian per PS3.18): big-endian words are swapped in a copy (failable allocation).
    private func appendBase64LittleEndian(_ e: Element, _ raw: UnsafeRawBufferPointer, to out: inout String) throws {
        let size = e.vr.byteSwapSize
        guard bigEndian && size > 1 else { return try appendBase64(raw, to: &out) }
        let bytes = try HeapBuffer<UInt8>(count: raw.count, "a \(raw.count)-byte value")
        if let b = raw.baseAddress { memcpy(bytes.pointer, b, raw.count) }
        var i = 0
        while i + size <= raw.count {
            var lo = i, hi = i + size - 1
            while lo < hi { let t = bytes.pointer[lo]; bytes.pointer[lo] = bytes.pointer[hi]; bytes.pointer[hi] = t; lo += 1; hi -= 1 }
            i += size
        }
        try bytes.withUnsafeBytes { try appendBase64($0, to: &out) }
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
    var s = ""
    bytes.withUnsafeBytes { b in
        do { try appendBase64(b, to: &s) } catch { s = "" }   // only an allocation failure
    }
    return s
}

/// Appends standard base64 (with padding) of `bytes` to `text`; the encoded text is built in
/// a failable allocation first.
/// - Throws: `.outOfMemory`.
func appendBase64(_ bytes: UnsafeRawBufferPointer, to text: inout String) throws {
    let table = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    var out = try FailableAlloc.reserved(UInt8.self, capacity: (bytes.count + 2) / 3 * 4, "base64 of \(bytes.count) bytes")
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
    try FailableAlloc.probe(bytes: out.count, "base64 text of \(bytes.count) bytes")
    text += String(decoding: out, as: UTF8.self)
}
