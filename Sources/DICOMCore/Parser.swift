#if canImport(Glibc)
import Glibc
#endif
import CZlib
import CVetSupport

/// The result of parsing a file: its file meta group, main data set and transfer syntax.
public struct ParsedFile: Sendable {
    public var meta: DataSet
    public var dataSet: DataSet
    public var transferSyntax: TransferSyntax
    /// The transfer syntax was inferred from the bytes (no file meta, or the meta was wrong).
    public var transferSyntaxInferred: Bool
    public var hasPreamble: Bool
    public var hasFileMeta: Bool
    /// What the parser tolerated or salvaged (odd lengths, unknown VRs, skipped zero runs, a
    /// sequence deeper than max_depth, a value cut short...), in file order; at most
    /// `Parser.maxProblems`. `vetdicom check` lists them.
    public var problems: [String] = []
    /// The deepest sequence nesting parsed (skipped deeper sequences not counted).
    public var depthReached: Int = 0
}

/// Parses DICOM bytes into an element index. Values stay in the store and are decoded lazily.
///
/// Robustness (each case has a test): odd value lengths; file meta saying explicit VR while the
/// data set is implicit (and the reverse); missing or wrong (0002,0000); UN of undefined length
/// that is a sequence; implicit-VR items inside explicit files; missing sequence/item delimiters
/// at the end of the file; trailing padding; unknown VR bytes (read with a 32-bit length like UN).
/// Truncation gives `.truncated` with the offset.
public struct Parser {
    public var limits: Limits
    private var elementCount = 0
    /// Problems noticed while parsing (see `ParsedFile.problems`).
    public private(set) var problems: [String] = []
    public static let maxProblems = 1000
    private var depthReached = 0

    mutating func note(_ s: String) {
        if problems.count < Parser.maxProblems { problems.append(s) }
        else if problems.count == Parser.maxProblems { problems.append("(more problems not listed)") }
    }

    /// Counts one element (items and fragments included) against max_elements.
    @inline(__always) mutating func countElement() throws {
        elementCount += 1
        if elementCount > limits.maxElements {
            throw DICOMError.limit("max_elements", elementCount, limits.maxElements)
        }
    }

    public init(limits: Limits = Limits()) { self.limits = limits }

    /// Parses the bytes of `store`.
    /// - Throws: `DICOMError` with `.notDICOM`, `.truncated`, `.invalidData` or `.limitExceeded`.
    public mutating func parse(_ store: ByteStore) throws -> ParsedFile {
        // Each nesting level costs stack (the parser recurses per sequence level, up to
        // max_depth); when the calling thread has less than that left (a 64 KiB thread stack),
        // the parse runs on a helper thread with a stack sized for max_depth.
        let need = Parser.stackNeeded(maxDepth: limits.maxDepth)
        if stackRemaining() >= need { return try parseHere(store) }
        var copy = self
        let r: Result<ParsedFile, Error> = runOnThread(stackSize: need) {
            Result { try copy.parseHere(store) }
        } ?? Result { try copy.parseHere(store) }
        self = copy
        return try r.get()
    }

    /// Stack the parser may use for `maxDepth` levels of nesting (measured in debug builds at
    /// under 2 KiB a level; 4 KiB a level plus 256 KiB leaves a wide margin).
    public static func stackNeeded(maxDepth: Int) -> Int {
        (256 << 10) + max(0, min(maxDepth, Limits.maxDepthRange.upperBound)) * (4 << 10)
    }

    private mutating func parseHere(_ store: ByteStore) throws -> ParsedFile {
        let b = store.bytes
        let n = b.count
        store.ensure(0..<min(n, 1 << 16)) // the start of a lazily read file (more as the parser needs it)
        if n < 8 { throw DICOMError(.notDICOM, "\(n) bytes is too short for a DICOM file") }
        var pos = 0
        var hasPreamble = false
        if n >= 132, b[128] == 0x44, b[129] == 0x49, b[130] == 0x43, b[131] == 0x4D {
            pos = 132
            hasPreamble = true
        } else if b[0] == 0x44, b[1] == 0x49, b[2] == 0x43, b[3] == 0x4D {
            pos = 4 // "DICM" without the 128-byte preamble
            hasPreamble = true
        }
        let defaultCS = SpecificCharacterSet.default

        // File meta: group 0002, explicit VR little endian (implicit tolerated).
        var metaElements: [Element] = []
        var hasFileMeta = false
        if pos + 8 <= n, load16(b, pos, false) == 0x0002 {
            let explicitMeta = VR(b[pos + 4], b[pos + 5]) != nil
            var ctx = Context(store: store, bigEndian: false, explicit: explicitMeta, depth: 0)
            metaElements = try parseElements(&ctx, from: &pos, end: n, stopAtGroupChange: 0x0002)
            hasFileMeta = true
        } else if hasPreamble == false {
            guard looksLikeDataSet(b, at: 0) else {
                throw DICOMError(.notDICOM, "no DICM prefix and the first bytes are not a DICOM data set")
            }
        }
        let meta = DataSet(elements: metaElements, store: store, bigEndian: false, explicitVR: true,
                           inheritedCharacterSet: defaultCS)

        // Transfer syntax: from the meta, then checked against the bytes.
        var tsUID: String?
        if let e = meta.element(Tag.transferSyntaxUID) {
            tsUID = trimUID(String(decoding: meta.rawValue(e), as: UTF8.self))
        }
        var inferred = false
        var ts = TransferSyntax(uid: tsUID ?? TransferSyntax.implicitVRLittleEndian)
        if tsUID == nil || tsUID == "" { inferred = true }

        var dataStore = store
        var dataStart = pos
        if ts.deflatedDataSet {
            dataStore = try inflate(store.slice(pos..<n), limit: limits.maxInflatedBytes)
            dataStart = 0
        }
        let db = dataStore.bytes
        dataStore.ensure(dataStart..<min(db.count, dataStart + 64))
        // Check the declared encoding against the first element; fix it if it is wrong.
        if dataStart + 8 <= db.count {
            let declaredOK = plausibleElement(db, at: dataStart, explicit: ts.explicitVR, bigEndian: ts.bigEndian)
            if !declaredOK, let g = guessEncoding(db, at: dataStart) {
                if g.bigEndian != ts.bigEndian || g.explicit != ts.explicitVR {
                    if hasFileMeta && tsUID != nil {
                        // Meta says one thing, the data set is another: trust the bytes.
                        ts.explicitVR = g.explicit
                        ts.bigEndian = g.bigEndian
                        inferred = true
                    } else {
                        ts = TransferSyntax(uid: g.bigEndian ? TransferSyntax.explicitVRBigEndian
                                            : g.explicit ? TransferSyntax.explicitVRLittleEndian
                                            : TransferSyntax.implicitVRLittleEndian)
                        inferred = true
                    }
                }
            }
        }
        var ctx = Context(store: dataStore, bigEndian: ts.bigEndian, explicit: ts.explicitVR, depth: 0)
        var p = dataStart
        let mainElements = try parseElements(&ctx, from: &p, end: db.count, stopAtGroupChange: nil)
        let main = DataSet(elements: mainElements, store: dataStore, bigEndian: ts.bigEndian,
                           explicitVR: ts.explicitVR, inheritedCharacterSet: defaultCS)
        return ParsedFile(meta: meta, dataSet: main, transferSyntax: ts, transferSyntaxInferred: inferred,
                          hasPreamble: hasPreamble, hasFileMeta: hasFileMeta, problems: problems,
                          depthReached: depthReached)
    }

    // MARK: - element loop

    struct Context {
        var store: ByteStore
        var bigEndian: Bool
        var explicit: Bool
        var depth: Int
        /// The character set in force where the parser is (for the items it builds).
        var charset: SpecificCharacterSet = .default
        /// Pixel Representation in force (for "US or SS" elements in implicit VR).
        var pixelRepresentation: Int? = nil
        /// True inside a container whose end comes from a declared length (a defined-length
        /// item or sequence): its end is then a boundary even where it falls on the end of
        /// the file, so an element overrunning it is invalid, not cut short by truncation.
        var definedBound = false
        /// `end` is the end of the file (not a declared boundary that happens to fall on it).
        func atFileEnd(_ end: Int) -> Bool { end == store.bytes.count && !definedBound }
    }

    private enum Stop { case end, itemDelimiter, sequenceDelimiter }

    private mutating func parseElements(_ ctx: inout Context, from pos: inout Int, end: Int,
                                        stopAtGroupChange group: UInt16?) throws -> [Element] {
        var (elements, _) = try parseElementList(&ctx, from: &pos, end: end, inItem: false, onlyGroup: group)
        elements.reserveCapacity(0)
        return elements
    }

    /// Parses elements from `pos` up to `end`. In an undefined-length item, stops after the
    /// item delimiter. With `onlyGroup`, stops before the first element of another group.
    private mutating func parseElementList(_ ctx: inout Context, from pos: inout Int, end: Int, inItem: Bool,
                                           definedLengthItem: Bool = false,
                                           onlyGroup: UInt16?) throws -> ([Element], Stop) {
        let store = ctx.store // the same for the whole list (one reference, not one per element)
        let b = store.bytes
        var elements: [Element] = []
        // Room for the elements the bytes can hold at one per 16 bytes, at most 16 in a
        // defined-length item or the meta group and 64 in a data set (then it grows as usual): fewer
        // reallocations of small lists. Not for an undefined-length item, whose `end` is its
        // sequence's: the memory stays proportional to the bytes.
        if !inItem || definedLengthItem {
            let room = min((end - pos) >> 4, inItem || onlyGroup != nil ? 16 : 64)
            if room > 1 { elements.reserveCapacity(room) }
        }
        // Elements read with an implicit VR that the dictionary gives as "US or SS" / "OB or OW".
        var ambiguous: [Int] = []
        // Private creators of this data set: (group << 8 | block) -> name, for the private
        // dictionary (PrivateDictionary).
        var creators: [UInt32: String] = [:]
        // The private dictionary's tables of the creator block looked up last (a block's
        // elements come in a run): its key in `creators` (UInt32.max: none yet), its tables.
        var creatorKey = UInt32.max
        var creatorTables: PrivateDictionary.Creator? = nil
        while pos < end {
            store.ensure(pos..<min(end, pos + 16))
            if end - pos < 8 {
                // Trailing padding shorter than an element header.
                if allZero(ctx.store, pos, end) { pos = end; break }
                throw DICOMError.truncated(at: pos, "element header cut short (\(end - pos) byte(s) left)")
            }
            let group = load16(b, pos, ctx.bigEndian)
            let elem = load16(b, pos + 2, ctx.bigEndian)
            let tag = Tag(group, elem)
            if let g = onlyGroup, group != g { break }
            if group == 0xFFFE {
                let len = load32(b, pos + 4, ctx.bigEndian)
                if tag == Tag.itemDelimitation {
                    pos += 8
                    if inItem {
                        resolveAmbiguousVRs(&elements, ambiguous, &ctx)
                        return (elements, .itemDelimiter)
                    }
                    continue // stray delimiter: skip
                }
                if tag == Tag.sequenceDelimitation {
                    if inItem { // missing item delimiter
                        resolveAmbiguousVRs(&elements, ambiguous, &ctx)
                        return (elements, .sequenceDelimiter)
                    }
                    pos += 8
                    continue
                }
                if !inItem && len != 0xFFFF_FFFF && Int(len) <= end - pos - 8 {
                    // A stray item outside any sequence (seen in real files): keep it as an
                    // opaque element, as pydicom does, and go on.
                    elements.append(Element(tag: tag, vr: .UN, offset: pos + 8, length: Int(len)))
                    pos += 8 + Int(len)
                    continue
                }
                throw DICOMError(.invalidData, "unexpected item tag \(tag) at offset \(pos)")
            }
            if group == 0 && elem == 0 && load32(b, pos + 4, false) == 0 {
                // A run of zero bytes: padding at the end of a data set (some writers pad to a
                // block size), or zeros in the middle. Found once and skipped whole, in steps of
                // 8 bytes (linear: each (0000,0000) step used to rescan the rest of the run).
                let z = zeroRunEnd(ctx.store, pos, end)
                if z == end { pos = end; break }
                let skip = (z - pos) / 8 * 8
                if skip >= 8 {
                    note("\(skip) zero bytes skipped at offset \(pos)")
                    pos += skip
                    continue
                }
            }
            let elementStart = pos
            var vr: VR
            var rawLength: UInt32
            var explicitHere = ctx.explicit
            if explicitHere {
                let v0 = b[pos + 4], v1 = b[pos + 5]
                if let v = VR(v0, v1) {
                    vr = v
                    if v.hasLongLength {
                        if end - pos < 12 { throw DICOMError.truncated(at: pos, "element \(tag) header cut short") }
                        rawLength = load32(b, pos + 8, ctx.bigEndian)
                        pos += 12
                    } else {
                        rawLength = UInt32(load16(b, pos + 6, ctx.bigEndian))
                        pos += 8
                    }
                } else if isUpper(v0) && isUpper(v1) {
                    // Unknown VR letters: a VR newer than this reader uses the 32-bit length form.
                    vr = .UN
                    if end - pos < 12 { throw DICOMError.truncated(at: pos, "element \(tag) header cut short") }
                    rawLength = load32(b, pos + 8, ctx.bigEndian)
                    pos += 12
                } else {
                    // Not a VR: an implicit-VR element inside an explicit data set.
                    explicitHere = false
                    vr = DataDictionary.vr(for: tag.value) ?? .UN
                    if vr == .US || vr == .OB { ambiguous.append(elements.count) }
                    rawLength = load32(b, pos + 4, ctx.bigEndian)
                    pos += 8
                }
            } else {
                vr = DataDictionary.vr(for: tag.value) ?? .UN
                if vr == .US || vr == .OB { ambiguous.append(elements.count) }
                rawLength = load32(b, pos + 4, ctx.bigEndian)
                pos += 8
            }
            try countElement()
            // A private element without a VR of its own (implicit VR, or explicit UN): the
            // private dictionary's VR for its creator, as pydicom does (values in the data set's
            // byte order, as pydicom reads them). Items of a UN sequence are implicit VR little
            // endian (PS3.5 6.2.2).
            var privateFromUN = false
            if vr == .UN && tag.isPrivate && elem >= 0x1000 {
                let key = UInt32(group) << 8 | UInt32(elem >> 8)
                if key != creatorKey {
                    creatorKey = key
                    creatorTables = creators[key].flatMap { PrivateDictionary.creator(named: $0) }
                }
                if let pvr = creatorTables?.vr(tag.value) {
                    vr = pvr
                    privateFromUN = explicitHere
                }
            }
            if rawLength == 0xFFFF_FFFF {
                var element = Element(tag: tag, vr: vr, offset: pos, length: 0, undefinedLength: true)
                let isPixel = tag == Tag.pixelData || tag == Tag.floatPixelData || tag == Tag.doubleFloatPixelData
                if isPixel && vr != .SQ {
                    try parseEncapsulated(&ctx, element: &element, from: &pos, end: end)
                } else {
                    // SQ, UN (implicit VR LE inside, PS3.5 6.2.2), or any other undefined-length
                    // element: a sequence of items.
                    var inner = ctx
                    if vr == .UN || privateFromUN { inner.explicit = false; inner.bigEndian = false }
                    if !explicitHere { inner.explicit = false }
                    if ctx.depth + 1 > limits.maxDepth {
                        // Too deep: skipped without recursion; the error stays with this element.
                        element.damage = DICOMError.limit("max_depth", ctx.depth + 1, limits.maxDepth)
                        note("sequence \(tag) at offset \(elementStart) nests deeper than max_depth \(limits.maxDepth): skipped")
                        pos = try skipUndefinedSequence(inner, from: pos, end: end)
                    } else {
                        element.items = try parseSequence(&inner, from: &pos, end: end, definedEnd: nil)
                    }
                    if vr == .UN { element.vr = .SQ }
                    element.length = pos - element.offset
                }
                elements.append(element)
                continue
            }
            var length = Int(rawLength)
            if rawLength & 1 == 1 && vr != .SQ && vr != .UN {
                note("\(tag) \(vr.name) at offset \(elementStart) has an odd length \(length)")
            }
            var damage: DICOMError? = nil
            if length > end - pos {
                // The value runs past the end of the file or of its enclosing item.
                if ctx.atFileEnd(end) {
                    // Cut short by the end of the file (an interrupted transfer): keep what is
                    // there; reading past it reports the truncation, the rest of the file opens.
                    let e = DICOMError.truncated(at: elementStart,
                        "value of \(tag) declares \(length) bytes but only \(end - pos) remain")
                    note(e.message)
                    damage = e
                    length = end - pos
                } else {
                    throw DICOMError(.invalidData,
                        "value of \(tag) at offset \(elementStart) (\(length) bytes) overruns its item, which ends at \(end)")
                }
            }
            if length > limits.maxValueLength {
                throw DICOMError.limit("max_value_length", length, limits.maxValueLength)
            }
            if vr == .UN && explicitHere && !ctx.bigEndian && !tag.isPrivate,
               let known = DataDictionary.vr(for: tag.value), known != .UN, known != .SQ {
                // A standard element written as UN (e.g. by a node that didn't know it): read
                // it with the dictionary VR, as pydicom does (UN values are little endian).
                vr = known
                if vr == .US || vr == .OB { ambiguous.append(elements.count) }
            }
            if length < ByteStore.bulkThreshold && vr != .SQ {
                store.ensure(pos..<(pos + length)) // header values are read into memory
            } else if vr == .UN {
                store.ensure(pos..<min(end, pos + 16))
            }
            var element = Element(tag: tag, vr: vr, offset: pos, length: length)
            element.damage = damage
            if vr == .SQ && damage == nil && ctx.depth + 1 > limits.maxDepth {
                element.damage = DICOMError.limit("max_depth", ctx.depth + 1, limits.maxDepth)
                note("sequence \(tag) at offset \(elementStart) nests deeper than max_depth \(limits.maxDepth): skipped")
            } else if vr == .SQ && damage == nil {
                var inner = ctx
                if !explicitHere { inner.explicit = false }
                if privateFromUN { inner.explicit = false; inner.bigEndian = false }
                inner.definedBound = true
                var p = pos
                do {
                    element.items = try parseSequence(&inner, from: &p, end: pos + length, definedEnd: pos + length)
                } catch let e as DICOMError where e.status == .invalidData || e.status == .truncated {
                    // Items that do not fit the sequence's own length: the damage stays with this
                    // element (walking into it reports it; a save writes its bytes unchanged), the
                    // rest of the file opens.
                    let d = DICOMError(.invalidData, "sequence \(tag) at offset \(elementStart): \(e.message)")
                    element.damage = d
                    note("\(d.message) (its items are kept unparsed)")
                }
            } else if vr == .UN && damage == nil && ctx.depth + 1 <= limits.maxDepth && length >= 8 && looksLikeItem(b, pos) {
                // UN that is really a sequence (implicit VR little endian items), PS3.5 6.2.2.
                var inner = ctx
                inner.explicit = false
                inner.bigEndian = false
                inner.definedBound = true
                var p = pos
                if let items = try? parseSequence(&inner, from: &p, end: pos + length, definedEnd: pos + length) {
                    element.items = items
                    element.vr = .SQ
                }
            }
            pos += length
            if tag.isPrivate && elem >= 0x0010 && elem <= 0x00FF && element.items == nil && element.length <= 64 {
                creators[UInt32(group) << 8 | UInt32(elem)] =
                    trimSpaces(String(decoding: b[element.valueRange], as: UTF8.self))
                creatorKey = UInt32.max // the block may have been named again
            }
            if tag == Tag.specificCharacterSet {
                let text = String(decoding: b[element.valueRange], as: UTF8.self)
                ctx.charset = SpecificCharacterSet(splitBackslash(text).map { trimSpaces($0) })
            }
            elements.append(element)
        }
        resolveAmbiguousVRs(&elements, ambiguous, &ctx)
        return (elements, .end)
    }

    /// Implicit VR: "US or SS" elements become SS when Pixel Representation (of this data set,
    /// else of an enclosing one) is 1, and "OB or OW" elements of defined length become OW,
    /// as pydicom does (PS3.5 A.1: native pixel data in implicit VR is OW).
    private func resolveAmbiguousVRs(_ elements: inout [Element], _ ambiguous: [Int], _ ctx: inout Context) {
        if let pr = elements.first(where: { $0.tag == Tag(0x0028, 0x0103) }) {
            let raw = ctx.store.slice(pr.valueRange)
            if raw.count >= 2 { ctx.pixelRepresentation = Int(load16(raw, 0, ctx.bigEndian)) }
        }
        for i in ambiguous where i < elements.count {
            let e = elements[i]
            // Most are plain US or OB (Rows, Columns...): known without building the entry.
            if DataDictionary.hasTwoLetterVR(e.tag.value) { continue }
            guard let entry = DataDictionary.entry(for: e.tag.value) else { continue }
            if e.vr == .US && entry.vrString.hasPrefix("US or SS") {
                if ctx.pixelRepresentation == 1 { elements[i].vr = .SS }
            } else if e.vr == .OB && entry.vrString.hasPrefix("OB or OW") && !e.undefinedLength && e.fragments == nil {
                elements[i].vr = .OW
            }
        }
    }

    /// Parses the items of a sequence starting at `pos`. With `definedEnd` the sequence has a
    /// defined length; otherwise it ends at a sequence delimiter (or, leniently, at `end`).
    private mutating func parseSequence(_ ctx: inout Context, from pos: inout Int, end: Int,
                                        definedEnd: Int?) throws -> [DataSet] {
        let b = ctx.store.bytes
        ctx.depth += 1
        defer { ctx.depth -= 1 }
        if ctx.depth > limits.maxDepth {
            throw DICOMError.limit("max_depth", ctx.depth, limits.maxDepth)
        }
        if ctx.depth > depthReached { depthReached = ctx.depth }
        try checkStack()
        var items: [DataSet] = []
        while pos < end {
            ctx.store.ensure(pos..<min(end, pos + 16))
            if end - pos < 8 {
                if definedEnd == nil && ctx.atFileEnd(end) { pos = end; break } // missing delimiter at EOF
                throw DICOMError.truncated(at: pos, "item header cut short")
            }
            let tag = Tag(load16(b, pos, ctx.bigEndian), load16(b, pos + 2, ctx.bigEndian))
            let len = load32(b, pos + 4, ctx.bigEndian)
            if tag == Tag.sequenceDelimitation {
                pos += 8
                return items
            }
            if tag != Tag.item {
                if definedEnd == nil && ctx.atFileEnd(end) && allZero(ctx.store, pos, end) { pos = end; break }
                throw DICOMError(.invalidData, "expected an item tag in a sequence at offset \(pos), found \(tag)")
            }
            pos += 8
            try countElement() // items count against max_elements
            // Each item may use its own VR encoding (implicit items inside explicit files).
            var inner = ctx
            if pos + 8 <= end, let g = guessEncodingInItem(b, at: pos, bigEndian: ctx.bigEndian) {
                inner.explicit = g
            }
            let elements: [Element]
            if len == 0xFFFF_FFFF {
                let (els, stop) = try parseElementList(&inner, from: &pos, end: end, inItem: true, onlyGroup: nil)
                elements = els
                if stop == .sequenceDelimiter {
                    // Item delimiter missing before the sequence delimiter.
                    pos += 8
                    items.append(makeItem(elements, inner, inherited: ctx.charset))
                    return items
                }
            } else {
                let itemLen = Int(len)
                if itemLen > end - pos {
                    if ctx.atFileEnd(end) {
                        throw DICOMError.truncated(at: pos - 8, "item declares \(itemLen) bytes but only \(end - pos) remain")
                    }
                    throw DICOMError(.invalidData, "item at offset \(pos - 8) overruns its sequence")
                }
                var p = pos
                inner.definedBound = true
                let (els, _) = try parseElementList(&inner, from: &p, end: pos + itemLen, inItem: true,
                                                      definedLengthItem: true, onlyGroup: nil)
                elements = els
                pos += itemLen
            }
            items.append(makeItem(elements, inner, inherited: ctx.charset))
        }
        return items
    }

    /// An item inherits the character set of the data set that contains it (`ctx.charset`,
    /// saved before the item's own elements were parsed) unless it has its own (0008,0005).
    private func makeItem(_ elements: [Element], _ ctx: Context, inherited: SpecificCharacterSet) -> DataSet {
        DataSet(elements: elements, store: ctx.store, bigEndian: ctx.bigEndian, explicitVR: ctx.explicit,
                inheritedCharacterSet: inherited)
    }

    /// Encapsulated pixel data: a Basic Offset Table item, then fragment items, then a
    /// sequence delimiter (tolerated missing at end of file).
    private mutating func parseEncapsulated(_ ctx: inout Context, element: inout Element, from pos: inout Int,
                                            end: Int) throws {
        let b = ctx.store.bytes
        var fragments: [Range<Int>] = []
        var first = true
        while pos < end {
            if end - pos < 8 {
                if allZero(ctx.store, pos, end) || ctx.atFileEnd(end) { pos = end; break }
                throw DICOMError.truncated(at: pos, "pixel data item header cut short")
            }
            let tag: Tag
            let len: UInt32
            if ctx.store.readsLazily || end - pos > 64 << 20 {
                // Read the item header alone (pread for lazily read and mapped files) so the
                // fragments themselves are not read or touched at open.
                guard let raw = ctx.store.read8(at: pos) else {
                    throw DICOMError(.truncated, "pixel data item header at offset \(pos) cannot be read (the file changed)")
                }
                let h = UInt64(littleEndian: raw)
                tag = Tag(UInt16(truncatingIfNeeded: h), UInt16(truncatingIfNeeded: h >> 16))
                len = UInt32(truncatingIfNeeded: h >> 32)
            } else {
                tag = Tag(load16(b, pos, false), load16(b, pos + 2, false))
                len = load32(b, pos + 4, false)
            }
            if tag == Tag.sequenceDelimitation { pos += 8; break }
            if tag != Tag.item {
                throw DICOMError(.invalidData, "expected a pixel data item at offset \(pos), found \(tag)")
            }
            if len == 0xFFFF_FFFF {
                throw DICOMError(.invalidData, "pixel data fragment of undefined length at offset \(pos)")
            }
            let l = Int(len)
            pos += 8
            if l > end - pos {
                let e = DICOMError.truncated(at: pos - 8,
                    "pixel data fragment declares \(l) bytes but only \(end - pos) remain")
                guard ctx.atFileEnd(end), !first else { throw e }
                // Cut short by the end of the file: keep the partial fragment; the frames that
                // need it report the truncation, the others decode.
                note(e.message)
                element.damage = e
                fragments.append(pos..<end)
                try countElement()
                pos = end
                break
            }
            if first {
                element.basicOffsetTable = pos..<(pos + l)
                first = false
            } else {
                fragments.append(pos..<(pos + l))
                try countElement()
            }
            pos += l
        }
        element.fragments = fragments
        if element.basicOffsetTable == nil { element.basicOffsetTable = element.offset..<element.offset }
        element.length = pos - element.offset
    }

    // MARK: - salvage: skipping a sequence without recursion

    /// Skips an undefined-length sequence whose value starts at `pos` (after its header) without
    /// building anything and without recursion (an explicit stack of levels on the heap), so a
    /// sequence nested 100 000 deep costs linear time and no stack. Defined-length items and
    /// values are jumped over; undefined-length ones push a level. Returns the offset after the
    /// sequence delimiter (or `end` when the delimiters are missing at the end of the data).
    func skipUndefinedSequence(_ ctx: Context, from start: Int, end: Int) throws -> Int {
        let b = ctx.store.bytes
        // true: a sequence level (items or a sequence delimiter expected); false: inside an item.
        var levels: [Bool] = [true]
        var explicitAt: [Bool] = [ctx.explicit]
        var pos = start
        while let isSequence = levels.last {
            ctx.store.ensure(pos..<min(end, pos + 16))
            if end - pos < 8 { return end } // delimiters missing at the end: tolerated
            let tag = Tag(load16(b, pos, ctx.bigEndian), load16(b, pos + 2, ctx.bigEndian))
            let len = load32(b, pos + 4, ctx.bigEndian)
            if tag == Tag.sequenceDelimitation {
                pos += 8
                levels.removeLast(); explicitAt.removeLast()
                if !isSequence { // missing item delimiter: the sequence ends too
                    levels.removeLast(); explicitAt.removeLast()
                }
                continue
            }
            if isSequence {
                guard tag == Tag.item else {
                    if allZero(ctx.store, pos, end) { return end }
                    throw DICOMError(.invalidData, "expected an item tag in a sequence at offset \(pos), found \(tag)")
                }
                pos += 8
                if len == 0xFFFF_FFFF {
                    levels.append(false)
                    let e = pos + 8 <= end ? (guessEncodingInItem(b, at: pos, bigEndian: ctx.bigEndian) ?? explicitAt.last ?? ctx.explicit) : ctx.explicit
                    explicitAt.append(e)
                } else {
                    guard Int(len) <= end - pos else {
                        throw DICOMError.truncated(at: pos - 8, "item declares \(len) bytes but only \(end - pos) remain")
                    }
                    pos += Int(len)
                }
                continue
            }
            // Inside an item: an element, or the item delimiter.
            if tag == Tag.itemDelimitation {
                pos += 8
                levels.removeLast(); explicitAt.removeLast()
                continue
            }
            var valueLength: UInt32
            var explicitHere = explicitAt.last ?? ctx.explicit
            if explicitHere, let v = VR(b[pos + 4], b[pos + 5]) {
                if v.hasLongLength {
                    if end - pos < 12 { return end }
                    valueLength = load32(b, pos + 8, ctx.bigEndian)
                    pos += 12
                } else {
                    valueLength = UInt32(load16(b, pos + 6, ctx.bigEndian))
                    pos += 8
                }
            } else {
                explicitHere = false
                valueLength = len
                pos += 8
            }
            if valueLength == 0xFFFF_FFFF {
                levels.append(true)
                explicitAt.append(explicitHere)
                continue
            }
            guard Int(valueLength) <= end - pos else {
                throw DICOMError.truncated(at: pos, "value of \(tag) declares \(valueLength) bytes but only \(end - pos) remain")
            }
            pos += Int(valueLength)
        }
        return pos
    }

    // MARK: - stack

    /// Throws instead of overflowing the stack when less than 16 KiB of it is left (a backstop:
    /// `parseOnStack` gives the parser a stack sized for max_depth).
    @inline(never) func checkStack() throws {
        var marker: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        let low = currentStackLow()
        if low != 0 && here > low && here - low < 16 << 10 {
            throw DICOMError.limit("stack", Int(here - low), 16 << 10)
        }
    }

    // MARK: - detection helpers

    /// Heuristic for files without preamble and meta: a plausible first element.
    private func looksLikeDataSet(_ b: UnsafeRawBufferPointer, at p: Int) -> Bool {
        guard p + 8 <= b.count else { return false }
        return guessEncoding(b, at: p) != nil
    }

    /// Whether the bytes at `p` read as a plausible element in the given encoding.
    private func plausibleElement(_ b: UnsafeRawBufferPointer, at p: Int, explicit: Bool, bigEndian: Bool) -> Bool {
        guard p + 8 <= b.count else { return false }
        let g = load16(b, p, bigEndian)
        if g == 0xFFFE || g == 0xFFFF { return false }
        let remaining = b.count - p - 8
        let hasVR = VR(b[p + 4], b[p + 5]) != nil
        if explicit {
            guard let vr = VR(b[p + 4], b[p + 5]) else { return false }
            if vr.hasLongLength {
                guard p + 12 <= b.count else { return false }
                let len = load32(b, p + 8, bigEndian)
                return len == 0xFFFF_FFFF || Int(len) <= remaining - 4
            }
            return Int(load16(b, p + 6, bigEndian)) <= remaining
        }
        if hasVR { return false }
        let len = load32(b, p + 4, bigEndian)
        return len == 0xFFFF_FFFF || Int(len) <= remaining
    }

    /// Guesses the encoding of a data set from its first element: (explicit, bigEndian), or nil
    /// if the bytes don't look like a DICOM element in any encoding. Among plausible readings
    /// the one giving the smallest group number wins (data sets start with low groups).
    private func guessEncoding(_ b: UnsafeRawBufferPointer, at p: Int) -> (explicit: Bool, bigEndian: Bool)? {
        var best: (explicit: Bool, bigEndian: Bool)? = nil
        var bestGroup = UInt16.max
        // (Implicit VR big endian does not exist in DICOM.)
        for (explicit, bigEndian) in [(true, false), (false, false), (true, true)] {
            guard plausibleElement(b, at: p, explicit: explicit, bigEndian: bigEndian) else { continue }
            let g = load16(b, p, bigEndian)
            if g < bestGroup { best = (explicit, bigEndian); bestGroup = g }
        }
        // A data set without meta starts with a small group (0008 typically).
        if let _ = best, bestGroup > 0x7FE0 { return nil }
        return best
    }

    /// Whether the first element of an item is encoded with explicit VR.
    private func guessEncodingInItem(_ b: UnsafeRawBufferPointer, at p: Int, bigEndian: Bool) -> Bool? {
        guard p + 8 <= b.count else { return nil }
        let g = load16(b, p, bigEndian)
        if g == 0xFFFE { return nil }
        return VR(b[p + 4], b[p + 5]) != nil
    }

    private func looksLikeItem(_ b: UnsafeRawBufferPointer, _ p: Int) -> Bool {
        p + 8 <= b.count && load16(b, p, false) == 0xFFFE && load16(b, p + 2, false) == 0xE000
    }
}

@inline(__always) private func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }

/// The lowest address of the calling thread's stack (0 if unknown).
@inline(__always) func currentStackLow() -> UInt { UInt(vetsupport_stack_low()) }

/// Bytes of stack left below the caller's frame (Int.max if unknown).
@inline(never) func stackRemaining() -> Int {
    var marker: UInt8 = 0
    let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    let low = currentStackLow()
    if low == 0 || here <= low { return Int.max }
    return Int(here - low)
}

/// Runs `body` on a new thread with a stack of `stackSize` bytes and waits for it. nil if the
/// thread cannot be created (the caller then runs `body` itself).
private final class ThreadBody: @unchecked Sendable {
    let run: () -> Void
    init(_ r: @escaping () -> Void) { run = r }
}

public func runOnThread<T>(stackSize: Int, _ body: @escaping () -> T) -> T? {
    var result: T? = nil
    let box = ThreadBody { result = body() }
    var attr = pthread_attr_t()
    pthread_attr_init(&attr)
    defer { pthread_attr_destroy(&attr) }
    let page = 1 << 16
    pthread_attr_setstacksize(&attr, (max(stackSize, page) + page - 1) / page * page)
    var tid = pthread_t()
    let ctx = Unmanaged.passRetained(box).toOpaque()
    let rc = pthread_create(&tid, &attr, { arg in
        guard let arg else { return nil }
        Unmanaged<ThreadBody>.fromOpaque(arg).takeRetainedValue().run()
        return nil
    }, ctx)
    if rc != 0 {
        Unmanaged<ThreadBody>.fromOpaque(ctx).release()
        return nil
    }
    pthread_join(tid, nil)
    return result
}

/// The end of the run of zero bytes starting at `from` (at most `to`), 8 bytes at a time.
private func zeroRunEnd(_ store: ByteStore, _ from: Int, _ to: Int) -> Int {
    var i = from
    let b = store.bytes
    // Chunk by chunk (a lazily read file loads what it scans; the scan stops at the first
    // non-zero byte, so the work is the run's length).
    var loadedTo = from
    while i < to {
        if i >= loadedTo {
            loadedTo = min(to, i + (1 << 16))
            store.ensure(i..<loadedTo)
        }
        if i + 8 <= loadedTo && b.loadUnaligned(fromByteOffset: i, as: UInt64.self) == 0 { i += 8; continue }
        if b[i] == 0 { i += 1; continue }
        return i
    }
    return i
}

private func allZero(_ store: ByteStore, _ from: Int, _ to: Int) -> Bool {
    zeroRunEnd(store, from, to) >= to
}

/// Inflates a deflated data set (raw deflate, PS3.5 A.5; a zlib header is tolerated).
/// With `outputNeeded`, inflation stops once that many bytes are out (a frame's real size):
/// the work and memory are bounded by what is needed, not by what the stream would produce.
public func inflate(_ src: UnsafeRawBufferPointer, limit: Int, outputNeeded: Int? = nil) throws -> ByteStore {
    let limit = min(limit, outputNeeded.map { max($0, 1) } ?? Int.max)
    if outputNeeded == nil, let s = try inflateWhole(src, limit: limit) { return s }
    func run(windowBits: Int32) throws -> ByteStore? {
        var strm = z_stream()
        guard inflateInit2_(&strm, windowBits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw DICOMError(.outOfMemory, "zlib inflateInit failed")
        }
        defer { inflateEnd(&strm) }
        var cap = max(1, min(limit, max(4096, src.count &* 4)))
        guard var out = malloc(cap) else { throw DICOMError(.outOfMemory, "cannot allocate \(cap) bytes") }
        var produced = 0
        strm.next_in = UnsafeMutablePointer(mutating: src.baseAddress?.assumingMemoryBound(to: UInt8.self))
        strm.avail_in = UInt32(truncatingIfNeeded: min(src.count, Int(UInt32.max)))
        while true {
            if let need = outputNeeded, produced >= need { break }
            if produced == cap {
                if cap >= limit {
                    free(out)
                    throw DICOMError.limit("max_inflated_bytes", cap + 1, limit)
                }
                let newCap = min(limit, cap &* 2)
                guard let grown = realloc(out, newCap) else { free(out); throw DICOMError(.outOfMemory, "inflate") }
                out = grown
                cap = newCap
            }
            strm.next_out = out.assumingMemoryBound(to: UInt8.self) + produced
            let avail = min(cap - produced, Int(UInt32.max))
            strm.avail_out = UInt32(avail)
            let r = CZlib.inflate(&strm, Z_NO_FLUSH)
            produced += avail - Int(strm.avail_out)
            if r == Z_STREAM_END { break }
            if r == Z_BUF_ERROR && strm.avail_in == 0 { break } // truncated stream: keep what we have
            if r != Z_OK { free(out); return nil }
        }
        return ByteStore(adoptingMalloc: out, count: produced)
    }
    if let s = try run(windowBits: -15) { return s }
    if let s = try run(windowBits: 15) { return s }
    throw DICOMError(.invalidData, "the deflated data set cannot be inflated")
}

/// The whole raw deflate stream in one call with libdeflate (about twice as fast as zlib's
/// streaming inflate). libdeflate needs the output's size up front: it starts at 8x the input
/// (at least 256 KiB) and doubles while the output does not fit, up to `limit`; the failed
/// attempts cost less than the last one together. nil when libdeflate cannot finish the stream
/// (cut short, damaged, a zlib header), when it inflates to nothing (garbage it tolerates and
/// zlib refuses, or a real empty stream, which zlib reads too), or when the guess cannot be
/// allocated: the caller
/// then runs zlib, which keeps what inflates before damage and refuses what it cannot read.
/// Throws `.limitExceeded` when the output passes `limit`.
func inflateWhole(_ src: UnsafeRawBufferPointer, limit: Int) throws -> ByteStore? {
    guard let base = src.baseAddress, src.count > 0 else { return nil }
    guard let d = libdeflate_alloc_decompressor() else { return nil }
    defer { libdeflate_free_decompressor(d) }
    var cap = min(limit, max(1 << 18, src.count.multipliedReportingOverflow(by: 8).partialValue))
    while true {
        guard let out = malloc(max(cap, 1)) else { return nil }  // zlib, which grows as it goes, may still fit
        var produced = 0, consumed = 0  // bytes after the end of the stream are ignored, as with zlib
        let r = libdeflate_deflate_decompress_ex(d, base, src.count, out, cap, &consumed, &produced)
        if r == LIBDEFLATE_SUCCESS && produced > 0 {
            // Give back the unused tail of the guess. Up to 32 MiB (glibc's largest mmap
            // threshold) by a copy into a buffer of the exact size, not realloc: glibc serves the
            // guess with a fresh mapping whose pages fault and are zeroed on every open, and
            // realloc keeps that mapping; freeing it raises glibc's threshold, so from the next
            // open on the guess and the copy come from heap pages already faulted in (the two
            // deflated corpus files: 3.48 -> 3.00 ms an open, the copy included).
            if produced < cap && produced <= 32 << 20, let exact = malloc(produced) {
                memcpy(exact, out, produced)
                free(out)
                return ByteStore(adoptingMalloc: exact, count: produced)
            }
            let kept = produced < cap ? (realloc(out, produced) ?? out) : out
            return ByteStore(adoptingMalloc: kept, count: produced)
        }
        free(out)
        guard r == LIBDEFLATE_INSUFFICIENT_SPACE else { return nil }
        if cap >= limit { throw DICOMError.limit("max_inflated_bytes", cap + 1, limit) }
        cap = cap > limit / 2 ? limit : cap * 2
    }
}
