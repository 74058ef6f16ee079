import CVetSupport
#if canImport(Glibc)
import Glibc
#endif

/// Decodes text values (SH, LO, ST, LT, PN, UC, UT) to Swift strings according to the
/// Specific Character Set (0008,0005), PS3.3 C.12.1.1.2 and PS3.5 6.1.
///
/// Supported: the default repertoire; the single-byte sets ISO_IR 100, 101, 109, 110, 126, 127,
/// 138, 144, 148, 166, 203 and 13; the stand-alone sets ISO_IR 192 (UTF-8), GB18030 and GBK; and
/// ISO 2022 code extensions with escape sequences for all the above plus ISO 2022 IR 87
/// (JIS X 0208), IR 159 (JIS X 0212), IR 149 (KS X 1001) and IR 58 (GB 2312).
///
/// Lenient by design, never trapping:
/// - misspelt terms are accepted ("ISO-IR 100", "ISO_IR100", "iso_ir 100", "ISO 2022 IR 100"
///   as value 1), and a few non-DICOM names ("UTF-8", "ISO-8859-1", "latin1");
/// - the default repertoire and unknown terms decode non-ASCII bytes as UTF-8 when they form
///   valid UTF-8, else as Latin-1 (many writers put UTF-8 or Latin-1 in files that declare
///   nothing);
/// - every known escape sequence is honoured even when its term is not listed in (0008,0005);
///   an unknown escape sequence becomes U+FFFD; undecodable bytes become U+FFFD.
///
/// The G0/G1 designations return to the initial ones (those of value 1) at every control
/// character other than ESC (CR, LF, FF, TAB, ...), at the value delimiter "\" and, for person
/// names, at "^" and "=" (PS3.5 6.1.2.5.3), whenever those bytes are single-byte characters.
/// Decode a whole multi-valued element at once and split the decoded string on "\": in
/// ISO 2022 IR 87 and in GBK/GB18030 the byte 0x5C can be half of a two-byte character.
///
/// Thread safety: immutable value; `decode` may be called from any thread.
public struct SpecificCharacterSet: Sendable, CustomStringConvertible {
    /// The values of (0008,0005) as given to `init`.
    public let values: [String]
    let mode: Mode
    let initialG0: G0
    let initialG1: G1

    /// The default repertoire (no (0008,0005), or an empty value 1).
    public static let `default` = SpecificCharacterSet([])

    /// Builds a character set from the backslash-separated values of (0008,0005), already
    /// trimmed of padding. Unknown terms fall back to the default repertoire heuristic.
    public init(_ values: [String]) {
        self.values = values
        let first = values.first.map(Term.parse) ?? .default
        switch first {
        case .utf8: mode = .utf8; initialG0 = .ascii; initialG1 = .unspecified
        case .gb18030: mode = .iconv("GB18030"); initialG0 = .ascii; initialG1 = .unspecified
        case .gbk: mode = .iconv("GBK"); initialG0 = .ascii; initialG1 = .unspecified
        case .default, .unknown: mode = .iso2022; initialG0 = .ascii; initialG1 = .unspecified
        case .single(let s): mode = .iso2022; initialG0 = .ascii; initialG1 = .single(s)
        case .jisX0201: mode = .iso2022; initialG0 = .jisRoman; initialG1 = .katakana
        case .jisX0208, .jisX0212: mode = .iso2022; initialG0 = .ascii; initialG1 = .unspecified
        case .ksx1001: mode = .iso2022; initialG0 = .ascii; initialG1 = .ksx1001
        case .gb2312: mode = .iso2022; initialG0 = .ascii; initialG1 = .gb2312
        }
    }

    public var description: String { "SpecificCharacterSet(\(values.joined(separator: "\\")))" }

    /// True when value 1 is a multi-byte stand-alone set (UTF-8, GB18030, GBK) or the text may
    /// switch sets with escape sequences: then 0x5C bytes are not necessarily backslashes.
    public var mayHaveMultiByteBackslash: Bool {
        switch mode {
        case .utf8: return false
        case .iconv: return true
        case .iso2022: return values.count > 1 || initialG1 == .ksx1001 || initialG1 == .gb2312
        }
    }

    /// Decodes one text value (or a whole multi-valued element) to a string.
    /// - Parameters:
    ///   - bytes: the value bytes, padding included or not (padding is not removed here).
    ///   - isPersonName: true for PN, where "^" and "=" also reset the character set.
    /// - Returns: the text; undecodable bytes become U+FFFD.
    public func decode(_ bytes: UnsafeRawBufferPointer, isPersonName: Bool) -> String {
        let input = bytes.bindMemory(to: UInt8.self)
        if input.isEmpty { return "" }
        switch mode {
        case .utf8:
            return String(decoding: input, as: UTF8.self)
        case .iconv(let name):
            var out: [UInt8] = []
            CharsetConverter.convert(name, input, into: &out)
            return String(decoding: out, as: UTF8.self)
        case .iso2022:
            // Fast path: plain ASCII without escape sequences.
            if initialG0 == .ascii {
                var plain = true
                for b in input where b >= 0x80 || b == 0x1B { plain = false; break }
                if plain { return String(decoding: input, as: UTF8.self) }
            }
            return decodeISO2022(input, isPersonName: isPersonName)
        }
    }

    /// Convenience for `[UInt8]` values.
    public func decode(_ bytes: [UInt8], isPersonName: Bool = false) -> String {
        bytes.withUnsafeBytes { decode($0, isPersonName: isPersonName) }
    }

    // MARK: - ISO 2022 state machine

    private func decodeISO2022(_ input: UnsafeBufferPointer<UInt8>, isPersonName: Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(input.count &* 2)
        var g0 = initialG0
        var g1 = initialG1
        let n = input.count
        var i = 0
        while i < n {
            let b = input[i]
            if b == 0x1B {
                // Escape sequence: ESC, intermediates 0x20-0x2F, final 0x30-0x7E.
                var j = i &+ 1
                while j < n && input[j] >= 0x20 && input[j] <= 0x2F { j &+= 1 }
                guard j < n, input[j] >= 0x30, input[j] <= 0x7E, j > i &+ 1 else {
                    // Malformed: drop the ESC, keep the rest as text.
                    appendReplacement(&out)
                    i &+= 1
                    continue
                }
                let seq = UnsafeBufferPointer(rebasing: input[(i &+ 1)..<(j &+ 1)])
                switch Designation.parse(seq) {
                case .g0(let s): g0 = s
                case .g1(let s): g1 = s
                case nil: appendReplacement(&out)
                }
                i = j &+ 1
                continue
            }
            if b >= 0x80 {
                // A run of GR bytes, decoded with the G1 set.
                var j = i
                while j < n && input[j] >= 0x80 { j &+= 1 }
                decodeG1(g1, UnsafeBufferPointer(rebasing: input[i..<j]), &out)
                i = j
                continue
            }
            if b < 0x20 || b == 0x7F {
                // Control characters other than ESC reset to the initial sets.
                out.append(b)
                if b != 0x7F { g0 = initialG0; g1 = initialG1 }
                i &+= 1
                continue
            }
            switch g0 {
            case .ascii, .jisRoman:
                out.append(b)
                if b == 0x5C || (isPersonName && (b == 0x5E || b == 0x3D)) {
                    g0 = initialG0; g1 = initialG1
                }
                i &+= 1
            case .jisX0208, .jisX0212, .ksx1001G0, .gb2312G0:
                // A run of two-byte characters in 0x21-0x7E (space is always a space).
                if b == 0x20 { out.append(b); i &+= 1; continue }
                var j = i
                while j < n && input[j] > 0x20 && input[j] < 0x7F { j &+= 1 }
                decodeG0Double(g0, UnsafeBufferPointer(rebasing: input[i..<j]), &out)
                i = j
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func decodeG1(_ g1: G1, _ run: UnsafeBufferPointer<UInt8>, _ out: inout [UInt8]) {
        switch g1 {
        case .unspecified:
            if isValidUTF8(run) {
                out.append(contentsOf: run)
            } else {
                for b in run { appendScalar(UInt32(b), &out) }  // Latin-1
            }
        case .single(let s):
            let table = SingleByteTables.shared.table(s)
            for b in run {
                let k = Int(b) &- 0x80
                appendScalar(k >= 0 && k < table.count ? table[k] : 0xFFFD, &out)
            }
        case .katakana:
            for b in run {
                if b >= 0xA1 && b <= 0xDF { appendScalar(0xFF61 &+ UInt32(b &- 0xA1), &out) } else { appendReplacement(&out) }
            }
        case .ksx1001:
            CharsetConverter.convert("EUC-KR", run, into: &out)
        case .gb2312:
            CharsetConverter.convert("GB2312", run, into: &out)
        }
    }

    private func decodeG0Double(_ g0: G0, _ run: UnsafeBufferPointer<UInt8>, _ out: inout [UInt8]) {
        let pairs = run.count / 2
        var euc: [UInt8] = []
        euc.reserveCapacity(pairs &* 3)
        var k = 0
        while k &+ 1 < run.count {
            if g0 == .jisX0212 { euc.append(0x8F) }
            euc.append(run[k] | 0x80)
            euc.append(run[k &+ 1] | 0x80)
            k &+= 2
        }
        let name: String
        switch g0 {
        case .jisX0212, .jisX0208: name = "EUC-JP"
        case .ksx1001G0: name = "EUC-KR"
        default: name = "GB2312"
        }
        _ = euc.withUnsafeBufferPointer { CharsetConverter.convert(name, $0, into: &out) }
        if run.count & 1 == 1 { appendReplacement(&out) }
    }

    // MARK: - Types

    enum Mode: Sendable, Equatable {
        case iso2022          // default, single-byte and ISO 2022 code extensions
        case utf8             // ISO_IR 192
        case iconv(String)    // GB18030, GBK: whole value through iconv
    }

    /// The single-byte G1 sets and their iconv names.
    enum SingleByte: Int, Sendable, CaseIterable {
        case latin1, latin2, latin3, latin4, cyrillic, arabic, greek, hebrew, latin5, thai, latin9

        var iconvName: String {
            switch self {
            case .latin1: return "ISO-8859-1"
            case .latin2: return "ISO-8859-2"
            case .latin3: return "ISO-8859-3"
            case .latin4: return "ISO-8859-4"
            case .cyrillic: return "ISO-8859-5"
            case .arabic: return "ISO-8859-6"
            case .greek: return "ISO-8859-7"
            case .hebrew: return "ISO-8859-8"
            case .latin5: return "ISO-8859-9"
            case .thai: return "TIS-620"
            case .latin9: return "ISO-8859-15"
            }
        }
    }

    enum G0: Sendable, Equatable {
        case ascii, jisRoman, jisX0208, jisX0212, ksx1001G0, gb2312G0
    }

    enum G1: Sendable, Equatable {
        case unspecified             // default repertoire: UTF-8 if valid, else Latin-1
        case single(SingleByte)
        case katakana                // JIS X 0201 (ISO_IR 13)
        case ksx1001                 // EUC-KR bytes
        case gb2312                  // EUC-CN bytes
    }

    enum Designation {
        case g0(G0)
        case g1(G1)

        /// `seq` is the escape sequence without ESC (intermediates + final byte).
        static func parse(_ seq: UnsafeBufferPointer<UInt8>) -> Designation? {
            switch seq.count {
            case 2:
                let i = seq[0], f = seq[1]
                switch (i, f) {
                case (0x28, 0x42): return .g0(.ascii)        // ESC ( B  ISO-IR 6
                case (0x28, 0x4A): return .g0(.jisRoman)     // ESC ( J  ISO-IR 14
                case (0x29, 0x49): return .g1(.katakana)     // ESC ) I  ISO-IR 13
                case (0x24, 0x42), (0x24, 0x40): return .g0(.jisX0208)  // ESC $ B / ESC $ @
                case (0x24, 0x41): return .g0(.gb2312G0)     // ESC $ A (GB 2312 in G0)
                case (0x2D, _):                               // ESC - F  96-character G1 sets
                    switch f {
                    case 0x41: return .g1(.single(.latin1))   // IR 100
                    case 0x42: return .g1(.single(.latin2))   // IR 101
                    case 0x43: return .g1(.single(.latin3))   // IR 109
                    case 0x44: return .g1(.single(.latin4))   // IR 110
                    case 0x46: return .g1(.single(.greek))    // IR 126
                    case 0x47: return .g1(.single(.arabic))   // IR 127
                    case 0x48: return .g1(.single(.hebrew))   // IR 138
                    case 0x4C: return .g1(.single(.cyrillic)) // IR 144
                    case 0x4D: return .g1(.single(.latin5))   // IR 148
                    case 0x54: return .g1(.single(.thai))     // IR 166
                    case 0x62: return .g1(.single(.latin9))   // IR 203
                    default: return nil
                    }
                default: return nil
                }
            case 3:
                guard seq[0] == 0x24 else { return nil }
                switch (seq[1], seq[2]) {
                case (0x28, 0x44): return .g0(.jisX0212)     // ESC $ ( D  IR 159
                case (0x28, 0x42), (0x28, 0x40): return .g0(.jisX0208)
                case (0x28, 0x43): return .g0(.ksx1001G0)
                case (0x28, 0x41): return .g0(.gb2312G0)
                case (0x29, 0x43): return .g1(.ksx1001)      // ESC $ ) C  IR 149
                case (0x29, 0x41): return .g1(.gb2312)       // ESC $ ) A  IR 58
                default: return nil
                }
            default:
                return nil
            }
        }
    }

    /// One defined term of (0008,0005), after spelling correction.
    enum Term: Equatable {
        case `default`, unknown, utf8, gb18030, gbk
        case single(SingleByte)
        case jisX0201, jisX0208, jisX0212, ksx1001, gb2312

        /// Upper-cases and drops spaces, '_' and '-', so "ISO_IR 100", "ISO-IR 100",
        /// "ISO_IR100", "iso_ir 100" and "ISO 2022 IR 100" (-> "ISO2022IR100") all parse.
        static func parse(_ raw: String) -> Term {
            // The usual spellings, as written, without building the key (what the general
            // path below gives for them).
            switch raw {
            case "ISO_IR 100", "ISO 2022 IR 100": return .single(.latin1)
            case "ISO_IR 192": return .utf8
            case "ISO_IR 6", "ISO 2022 IR 6": return .default
            default: break
            }
            var key = ""
            if raw.utf8.allSatisfy({ $0 < 0x80 }) {
                // ASCII (every defined term): upper-case byte by byte, no String per character.
                var bytes: [UInt8] = []
                bytes.reserveCapacity(raw.utf8.count)
                for b in raw.utf8 where b != 0x20 && b != 0x5F && b != 0x2D && b != 0 && b != 0x09 {
                    bytes.append(b >= 0x61 && b <= 0x7A ? b - 0x20 : b)
                }
                key = String(decoding: bytes, as: UTF8.self)
            } else {
                for ch in raw.unicodeScalars {
                    switch ch {
                    case " ", "_", "-", "\0", "\t": continue
                    default: key.unicodeScalars.append(contentsOf: String(ch).uppercased().unicodeScalars)
                    }
                }
            }
            if key.isEmpty { return .default }
            var number = key
            if key.hasPrefix("ISO2022IR") {
                number = String(key.dropFirst(9))
            } else if key.hasPrefix("ISOIR") {
                number = String(key.dropFirst(5))
            } else if key.hasPrefix("ISO2022") {
                number = String(key.dropFirst(7))   // "ISO 2022 58", "ISO 2022 GBK"
            } else {
                switch key {
                case "UTF8": return .utf8
                case "GB18030": return .gb18030
                case "GBK", "CP936": return .gbk
                case "GB2312", "EUCCN": return .gb2312
                case "ASCII", "USASCII": return .default
                case "LATIN1", "ISO88591": return .single(.latin1)
                case "LATIN2", "ISO88592": return .single(.latin2)
                case "ISO88593": return .single(.latin3)
                case "ISO88594": return .single(.latin4)
                case "ISO88595": return .single(.cyrillic)
                case "ISO88596": return .single(.arabic)
                case "ISO88597": return .single(.greek)
                case "ISO88598": return .single(.hebrew)
                case "ISO88599", "LATIN5": return .single(.latin5)
                case "ISO885915", "LATIN9": return .single(.latin9)
                case "TIS620": return .single(.thai)
                case "SHIFTJIS", "SJIS": return .jisX0201
                case "EUCKR": return .ksx1001
                default: return .unknown
                }
            }
            switch number {
            case "6": return .default
            case "100": return .single(.latin1)
            case "101": return .single(.latin2)
            case "109": return .single(.latin3)
            case "110": return .single(.latin4)
            case "126": return .single(.greek)
            case "127": return .single(.arabic)
            case "138": return .single(.hebrew)
            case "144": return .single(.cyrillic)
            case "148": return .single(.latin5)
            case "166": return .single(.thai)
            case "203": return .single(.latin9)
            case "13", "14": return .jisX0201
            case "87": return .jisX0208
            case "159": return .jisX0212
            case "149": return .ksx1001
            case "58": return .gb2312
            case "192": return .utf8
            case "GBK": return .gbk
            case "GB18030": return .gb18030
            default: return .unknown
            }
        }
    }
}

// MARK: - Helpers

/// Lazily built high-half tables (0x80...0xFF -> Unicode scalar) of the single-byte sets.
final class SingleByteTables: Sendable {
    static let shared = SingleByteTables()
    private let tables: [[UInt32]]

    private init() {
        var all: [[UInt32]] = []
        for s in SpecificCharacterSet.SingleByte.allCases {
            all.append(SingleByteTables.build(s.iconvName, latin1Fallback: s == .latin1))
        }
        tables = all
    }

    func table(_ s: SpecificCharacterSet.SingleByte) -> [UInt32] {
        let i = s.rawValue
        return i >= 0 && i < tables.count ? tables[i] : []
    }

    private static func build(_ name: String, latin1Fallback: Bool) -> [UInt32] {
        var table = [UInt32](repeating: 0xFFFD, count: 128)
        for k in 0..<128 {
            let input: [UInt8] = [UInt8(truncatingIfNeeded: 0x80 &+ k)]
            var out: [UInt8] = []
            let ok = input.withUnsafeBufferPointer { CharsetConverter.convert(name, $0, into: &out) }
            if !ok {
                if latin1Fallback { table[k] = UInt32(0x80 &+ k) }
                continue
            }
            var scalars: [UInt32] = []
            for s in String(decoding: out, as: UTF8.self).unicodeScalars { scalars.append(s.value) }
            if scalars.count == 1, let s = scalars.first { table[k] = s }
        }
        return table
    }
}

enum CharsetConverter {
    /// Converts `input` from the iconv charset `name` to UTF-8, appending to `out`.
    /// Returns false (appending Latin-1 instead) if iconv does not know the charset.
    @discardableResult
    static func convert(_ name: String, _ input: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Bool {
        if input.isEmpty { return true }
        // Any input byte yields at most 4 UTF-8 bytes (U+FFFD is 3).
        let (cap, overflow) = input.count.multipliedReportingOverflow(by: 4)
        guard !overflow, let base = input.baseAddress else { return true }
        let capacity = cap &+ 16
        // 4x a text value's length: failable (a failure converts as Latin-1, 2x at most).
        guard let buffer = try? FailableAlloc.uninitialized(UInt8.self, count: capacity, "charset conversion") else {
            for b in input { appendScalar(UInt32(b), &out) }
            return false
        }
        defer { free(buffer) }
        let written = name.withCString { vetsupport_to_utf8($0, base, input.count, buffer, capacity) }
        guard written >= 0, let count = Int(exactly: written), count <= capacity else {
            for b in input { appendScalar(UInt32(b), &out) }
            return false
        }
        out.append(contentsOf: UnsafeBufferPointer(start: buffer, count: count))
        return true
    }
}

@inline(__always)
func appendReplacement(_ out: inout [UInt8]) {
    out.append(0xEF); out.append(0xBF); out.append(0xBD)
}

/// Appends the UTF-8 encoding of a scalar (invalid scalars become U+FFFD).
@inline(__always)
func appendScalar(_ v: UInt32, _ out: inout [UInt8]) {
    if v < 0x80 {
        out.append(UInt8(truncatingIfNeeded: v))
    } else if v < 0x800 {
        out.append(UInt8(truncatingIfNeeded: 0xC0 | (v >> 6)))
        out.append(UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)))
    } else if v < 0x10000 {
        if v >= 0xD800 && v < 0xE000 { appendReplacement(&out); return }
        out.append(UInt8(truncatingIfNeeded: 0xE0 | (v >> 12)))
        out.append(UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F)))
        out.append(UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)))
    } else if v < 0x110000 {
        out.append(UInt8(truncatingIfNeeded: 0xF0 | (v >> 18)))
        out.append(UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F)))
        out.append(UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F)))
        out.append(UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)))
    } else {
        appendReplacement(&out)
    }
}

/// Strict UTF-8 validation (no overlongs, no surrogates, max U+10FFFF).
func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = bytes.count
    var i = 0
    while i < n {
        let b = bytes[i]
        if b < 0x80 { i &+= 1; continue }
        var need: Int
        var lo: UInt8 = 0x80
        var hi: UInt8 = 0xBF
        switch b {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; lo = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: need = 2
        case 0xED: need = 2; hi = 0x9F
        case 0xF0: need = 3; lo = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; hi = 0x8F
        default: return false
        }
        guard n &- i > need else { return false }
        var k = 1
        while k <= need {
            let c = bytes[i &+ k]
            if k == 1 {
                if c < lo || c > hi { return false }
            } else if c < 0x80 || c > 0xBF {
                return false
            }
            k &+= 1
        }
        i &+= need &+ 1
    }
    return true
}
