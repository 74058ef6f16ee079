/// One entry of the DICOM data dictionary (PS3.6), as published by pydicom.
public struct DictionaryEntry: Sendable {
    /// The tag, `gggg << 16 | eeee`. For a repeating-group entry found through a mask
    /// (e.g. 60xx3000), the tag that was looked up.
    public let tag: UInt32
    /// The VR to use when the file does not say: the first of several ("OB or OW" -> .OB,
    /// "US or SS" -> .US). `.UN` for the item and delimitation tags (vrString "NONE").
    public let vr: VR
    /// The VR as written in the dictionary, e.g. "US or SS or OW", "NONE".
    public let vrString: String
    /// Value multiplicity, e.g. "1", "1-n", "2-2n".
    public let vm: String
    /// True for retired attributes.
    public let retired: Bool
    /// The keyword, e.g. "PatientName" ("" for a few retired entries without one).
    public let keyword: String
    /// The name, e.g. "Patient's Name".
    public let name: String

    public init(tag: UInt32, vr: VR, vrString: String, vm: String, retired: Bool, keyword: String, name: String) {
        self.tag = tag
        self.vr = vr
        self.vrString = vrString
        self.vm = vm
        self.retired = retired
        self.keyword = keyword
        self.name = name
    }

    func with(tag: UInt32) -> DictionaryEntry {
        DictionaryEntry(tag: tag, vr: vr, vrString: vrString, vm: vm, retired: retired, keyword: keyword, name: name)
    }
}

/// The DICOM data dictionary: look-up by tag or keyword.
///
/// Look-ups by tag cost nothing at first use: the generated file holds the sorted tags, their
/// implicit VRs and the offset of each entry's text line as typed integer arrays, so `vr(for:)`
/// is a binary search and `entry(for:)` parses one line. The keyword index (and the whole-table
/// view `Tables`) parse all the text once, at first use (thread-safe: Swift initialises
/// `static let` lazily with `swift_once`). Nothing here is mutable after that.
public enum DataDictionary {
    /// The pydicom version the tables were generated from.
    public static var sourceVersion: String { pydicomVersion }

    /// The entry for a tag.
    ///
    /// Order: exact entry; for odd (private) groups, group length (gggg,0000) -> UL and private
    /// creators (gggg,0010-00FF) -> LO, nothing else; for even groups, group length -> UL, then the
    /// repeating-group masks (50xx, 60xx, 7Fxx, 1000xxx0, ...).
    /// - Parameter tag: `gggg << 16 | eeee`.
    /// - Returns: the entry, or nil for private data elements and unknown tags.
    public static func entry(for tag: UInt32) -> DictionaryEntry? {
        let t = TagIndex.shared
        if let i = t.index(of: tag) {
            if let e = t.entry(at: i) { return e }
            return Tables.shared.entry(for: tag)   // generated arrays and text disagree: whole-table path
        }
        return synthesized(tag)
    }

    /// The entry whose keyword is `keyword` (case-sensitive, e.g. "PatientName").
    /// Repeating-group entries are returned with their mask's base tag (e.g. OverlayData ->
    /// 0x60003000). Returns nil for unknown keywords.
    public static func entry(forKeyword keyword: String) -> DictionaryEntry? {
        guard !keyword.isEmpty else { return nil }
        return KeywordIndex.shared.map[keyword]
    }

    /// The VR of a tag for implicit VR parsing: `entry(for:)?.vr`, without building strings.
    /// Returns nil for private data elements and unknown tags (the parser then uses UN).
    @inline(__always)
    public static func vr(for tag: UInt32) -> VR? {
        let t = TagIndex.shared
        if let i = t.index(of: tag), i < t.rawVRs.count { return t.vr(at: i) }
        return synthesizedVR(tag)
    }

    /// True when `tag` has a line of the generated table whose VR field is two letters (not
    /// "US or SS", "OB or OW"...): what `entry(for:)?.vrString` would give, without building
    /// the entry. False when unsure (the caller then asks `entry(for:)`).
    static func hasTwoLetterVR(_ tag: UInt32) -> Bool {
        let t = TagIndex.shared
        guard let i = t.index(of: tag) else { return false }
        return t.hasTwoLetterVR(at: i)
    }

    // MARK: - Internals

    /// `synthesized(tag)?.vr` without building the entry's strings.
    private static func synthesizedVR(_ tag: UInt32) -> VR? {
        let group = tag >> 16
        let element = tag & 0xFFFF
        if element == 0 { return .UL }
        if group & 1 == 1 { return element >= 0x0010 && element <= 0x00FF ? .LO : nil }
        for r in Repeaters.shared.list where (tag ^ r.value) & r.mask == 0 {
            return r.entry.vr
        }
        return nil
    }

    private static func synthesized(_ tag: UInt32) -> DictionaryEntry? {
        let group = tag >> 16
        let element = tag & 0xFFFF
        if element == 0 {
            return DictionaryEntry(tag: tag, vr: .UL, vrString: "UL", vm: "1", retired: false,
                                   keyword: "GenericGroupLength", name: "Generic Group Length")
        }
        if group & 1 == 1 {
            if element >= 0x0010 && element <= 0x00FF {
                return DictionaryEntry(tag: tag, vr: .LO, vrString: "LO", vm: "1", retired: false,
                                       keyword: "PrivateCreator", name: "Private Creator")
            }
            return nil
        }
        for r in Repeaters.shared.list where (tag ^ r.value) & r.mask == 0 {
            return r.entry.with(tag: tag)
        }
        return nil
    }

    struct Repeater: Sendable {
        let value: UInt32
        let mask: UInt32
        let entry: DictionaryEntry
    }

    /// The repeating-group masks (88 lines of text, parsed at first use).
    final class Repeaters: Sendable {
        static let shared = Repeaters()
        let list: [Repeater]
        private init() {
            var reps: [Repeater] = []
            DataDictionary.parse(generatedRepeaters) { value, mask, entry in
                reps.append(Repeater(value: value, mask: mask, entry: entry))
            }
            list = reps
        }
    }

    /// Tag -> line index from the generated arrays (no parsing). If the arrays do not fit the
    /// text (a hand edit), they are rebuilt from the text instead.
    final class TagIndex: Sendable {
        static let shared = TagIndex()
        let tags: [UInt32]       // sorted ascending
        let rawVRs: [UInt16]     // VR.rawValue, parallel to tags
        let offsets: [UInt32]    // UTF-8 offset of each entry's line in generatedEntries

        private init() {
            let n = entryTags.count
            var ok = entryVRs.count == n && entryOffsets.count == n
            var i = 1
            while ok && i < n { if entryTags[i - 1] >= entryTags[i] { ok = false }; i += 1 }
            if ok {
                tags = entryTags
                rawVRs = entryVRs
                offsets = entryOffsets
            } else {
                let t = Tables.shared
                tags = t.tags
                rawVRs = t.vrs.map { $0.rawValue }
                offsets = []
            }
        }

        @inline(__always)
        func vr(at i: Int) -> VR {
            let raw = rawVRs[i]
            return VR(UInt8(truncatingIfNeeded: raw >> 8), UInt8(truncatingIfNeeded: raw)) ?? .UN
        }

        @inline(__always)
        func index(of tag: UInt32) -> Int? {
            tags.withUnsafeBufferPointer { buf -> Int? in
                var lo = 0
                var hi = buf.count
                while lo < hi {
                    let mid = (lo &+ hi) >> 1
                    let v = buf[mid]
                    if v < tag { lo = mid &+ 1 } else if v > tag { hi = mid } else { return mid }
                }
                return nil
            }
        }

        /// Whether line `i` is "ggggeeee\tVR\t..." with `tags[i]` as its tag (then `entry(at:)`
        /// gives a two-letter vrString, or nil when the rest of the line is malformed).
        func hasTwoLetterVR(at i: Int) -> Bool {
            guard i >= 0, i < offsets.count, i < tags.count else { return false }
            var text = generatedEntries
            return text.withUTF8 { bytes -> Bool in
                let start = Int(offsets[i])
                guard start >= 0, start <= bytes.count - 12, bytes[start + 8] == 0x09, bytes[start + 11] == 0x09,
                      bytes[start + 9] != 0x09, bytes[start + 10] != 0x09 else { return false }
                return parseHexDigits(bytes, start, 8) == tags[i]
            }
        }

        /// The entry of line `i`, parsed from the text; nil when the line is missing or does not
        /// hold `tags[i]` (the caller then uses the whole table).
        func entry(at i: Int) -> DictionaryEntry? {
            guard i >= 0, i < offsets.count, i < tags.count else { return nil }
            var text = generatedEntries
            return text.withUTF8 { bytes -> DictionaryEntry? in
                let start = Int(offsets[i])
                guard start < bytes.count else { return nil }
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end &+= 1 }
                var found: DictionaryEntry?
                DataDictionary.parseLine(bytes, start, end) { value, _, entry in found = entry }
                guard let e = found, e.tag == tags[i] else { return nil }
                return e
            }
        }
    }

    /// The whole table parsed from the text (keyword index, tests).
    final class Tables: Sendable {
        static let shared = Tables()
        let tags: [UInt32]       // sorted ascending
        let vrs: [VR]            // parallel to tags
        let entries: [DictionaryEntry]
        let repeaters: [Repeater]

        private init() {
            var tags: [UInt32] = []
            var vrs: [VR] = []
            var entries: [DictionaryEntry] = []
            tags.reserveCapacity(5200); vrs.reserveCapacity(5200); entries.reserveCapacity(5200)
            DataDictionary.parse(generatedEntries) { value, _, entry in
                tags.append(value); vrs.append(entry.vr); entries.append(entry)
            }
            // The generator writes sorted tags; sort anyway so a hand edit cannot break the search.
            var sorted = true
            var i = 1
            while i < tags.count { if tags[i - 1] >= tags[i] { sorted = false; break }; i += 1 }
            if !sorted {
                let order = tags.indices.sorted { tags[$0] < tags[$1] }
                tags = order.map { tags[$0] }
                vrs = order.map { vrs[$0] }
                entries = order.map { entries[$0] }
            }
            self.tags = tags
            self.vrs = vrs
            self.entries = entries
            self.repeaters = Repeaters.shared.list
        }

        func entry(for tag: UInt32) -> DictionaryEntry? {
            tags.withUnsafeBufferPointer { buf -> DictionaryEntry? in
                var lo = 0
                var hi = buf.count
                while lo < hi {
                    let mid = (lo &+ hi) >> 1
                    let v = buf[mid]
                    if v < tag { lo = mid &+ 1 } else if v > tag { hi = mid } else { return entries[mid] }
                }
                return nil
            }
        }
    }

    final class KeywordIndex: Sendable {
        static let shared = KeywordIndex()
        let map: [String: DictionaryEntry]
        private init() {
            var map: [String: DictionaryEntry] = [:]
            map.reserveCapacity(5300)
            // Repeaters first, so that an exact entry wins if a keyword appears in both.
            for r in Repeaters.shared.list where !r.entry.keyword.isEmpty {
                map[r.entry.keyword] = r.entry
            }
            for e in Tables.shared.entries where !e.keyword.isEmpty {
                map[e.keyword] = e
            }
            self.map = map
        }
    }

    /// Parses the generated text: lines of `tag \t VR \t VM \t R|- \t Keyword \t Name`.
    /// Calls `body(value, mask, entry)`; `mask` has F for fixed hex digits and 0 for 'x'.
    /// Malformed lines are skipped.
    static func parse(_ text: String, _ body: (UInt32, UInt32, DictionaryEntry) -> Void) {
        var copy = text
        copy.withUTF8 { bytes in
            var lineStart = 0
            let n = bytes.count
            while lineStart < n {
                var lineEnd = lineStart
                while lineEnd < n && bytes[lineEnd] != 0x0A { lineEnd &+= 1 }
                parseLine(bytes, lineStart, lineEnd, body)
                lineStart = lineEnd &+ 1
            }
        }
    }

    static func parseLine(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
                                  _ body: (UInt32, UInt32, DictionaryEntry) -> Void) {
        var fields: [Range<Int>] = []
        fields.reserveCapacity(6)
        var fs = start
        var i = start
        while i < end {
            if bytes[i] == 0x09 { fields.append(fs..<i); fs = i &+ 1 }
            i &+= 1
        }
        fields.append(fs..<end)
        guard fields.count == 6, fields[0].count == 8 else { return }
        var value: UInt32 = 0
        var mask: UInt32 = 0
        for p in fields[0] {
            let c = bytes[p]
            var d: UInt32
            var m: UInt32 = 0xF
            switch c {
            case 0x30...0x39: d = UInt32(c &- 0x30)
            case 0x41...0x46: d = UInt32(c &- 0x41) &+ 10
            case 0x61...0x66: d = UInt32(c &- 0x61) &+ 10
            case 0x78, 0x58: d = 0; m = 0   // 'x'
            default: return
            }
            value = value << 4 | d
            mask = mask << 4 | m
        }
        func str(_ r: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)
        }
        let vrString = str(fields[1])
        var vr = VR.UN
        let vrRange = fields[1]
        if vrRange.count >= 2 {
            let b0 = bytes[vrRange.lowerBound]
            let b1 = bytes[vrRange.lowerBound &+ 1]
            if vrRange.count == 2 || bytes[vrRange.lowerBound &+ 2] == 0x20 {
                vr = VR(b0, b1) ?? .UN
            }
        }
        let retired = fields[3].count == 1 && bytes[fields[3].lowerBound] == 0x52  // 'R'
        let entry = DictionaryEntry(tag: value, vr: vr, vrString: vrString, vm: str(fields[2]),
                                    retired: retired, keyword: str(fields[4]), name: str(fields[5]))
        body(value, mask, entry)
    }
}

/// The value of the `count` hex digits at `p` (upper or lower case; the caller checks that they
/// lie inside `bytes`), or nil when one of them is not a hex digit.
func parseHexDigits(_ bytes: UnsafeBufferPointer<UInt8>, _ p: Int, _ count: Int) -> UInt32? {
    var v: UInt32 = 0
    for i in p..<(p &+ count) {
        let c = bytes[i]
        switch c {
        case 0x30...0x39: v = v << 4 | UInt32(c &- 0x30)
        case 0x41...0x46: v = v << 4 | (UInt32(c &- 0x41) &+ 10)
        case 0x61...0x66: v = v << 4 | (UInt32(c &- 0x61) &+ 10)
        default: return nil
        }
    }
    return v
}
