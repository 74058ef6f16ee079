import DICOMCore

// Shared pieces of the native JPEG decoders: marker parsing, Huffman tables and the entropy bit
// reader. Everything here reads untrusted bytes: every index is checked once before a hot loop,
// and failures are reported as DICOMError(.codecError, ...).

@inline(__always) func codecError(_ message: String) -> DICOMError {
    DICOMError(.codecError, message)
}

/// One component of a JPEG frame header (SOFn).
struct JPEGComponent {
    var id: Int
    var h: Int
    var v: Int
    var tq: Int
}

/// The frame header (SOFn) and the application markers that decide the colour space.
struct JPEGFrameHeader {
    var sofMarker: Int = 0
    var precision: Int = 0
    var height: Int = 0
    var width: Int = 0
    var components: [JPEGComponent] = []
    var hasJFIF = false
    /// Adobe APP14 transform flag (0 = none/RGB, 1 = YCbCr, 2 = YCCK), -1 if no APP14.
    var adobeTransform = -1

    var hmax: Int { components.reduce(1) { max($0, $1.h) } }
    var vmax: Int { components.reduce(1) { max($0, $1.v) } }
    /// Component identifiers 'R','G','B' (or 'r','g','b'): the stream is RGB coded.
    var hasRGBComponentIDs: Bool {
        let ids = components.map { $0.id }
        return ids == [82, 71, 66] || ids == [114, 103, 98]
    }
}

/// A Huffman table with a 9-bit lookahead and the canonical slow path for longer codes.
final class HuffmanTable {
    static let lookBits = 9
    /// lookup[code9] = (length << 8) | symbol, or 0 when the code is longer than 9 bits.
    let lookup: UnsafeMutablePointer<UInt16>
    /// maxcode[l] for l in 1...16 (index 17 is a sentinel), -1 if no code of that length.
    var maxcode = [Int](repeating: -1, count: 18)
    var valoffset = [Int](repeating: 0, count: 18)
    var values: [UInt8]

    init(counts: [Int], values: [UInt8]) throws {
        self.values = values
        slow = UnsafeMutablePointer<Int>.allocate(capacity: 36 + 256)
        slow.initialize(repeating: 0, count: 36 + 256)
        diffLookup = UnsafeMutablePointer<Int32>.allocate(capacity: 1 << HuffmanTable.diffBits)
        diffLookup.initialize(repeating: 0, count: 1 << HuffmanTable.diffBits)
        lookup = UnsafeMutablePointer<UInt16>.allocate(capacity: 1 << HuffmanTable.lookBits)
        lookup.initialize(repeating: 0, count: 1 << HuffmanTable.lookBits)
        var code = 0
        var k = 0
        for l in 1...16 {
            let n = counts[l - 1]
            if n > 0 {
                valoffset[l] = k - code
                code += n
                k += n
                maxcode[l] = code - 1
                if code > (1 << l) { throw codecError("invalid Huffman table: too many codes of length \(l)") }
            }
            code <<= 1
        }
        // Build the lookahead table in a second, simpler pass.
        code = 0
        k = 0
        for l in 1...HuffmanTable.lookBits {
            let n = counts[l - 1]
            for _ in 0..<n {
                let shift = HuffmanTable.lookBits - l
                let base = code << shift
                let entry = UInt16(l << 8) | UInt16(values[k])
                for j in 0..<(1 << shift) { lookup[base + j] = entry }
                code += 1
                k += 1
            }
            code <<= 1
        }
        maxcode[17] = Int.max
        HuffmanTable.buildDiffLookup(diffLookup, counts: counts, values: values)
        for i in 0..<18 { slow[i] = maxcode[i]; slow[18 + i] = valoffset[i] }
        for i in 0..<values.count { slow[36 + i] = Int(values[i]) }
    }

    deinit {
        lookup.deallocate()
        slow.deallocate()
        diffLookup.deallocate()
    }

    static let diffBits = 11
    /// For lossless (DC-style) decoding: diffLookup[next 11 bits] = (difference << 8) | total
    /// bits (code + extra bits), or 0 when code and extra bits do not fit in 11 bits.
    var diffLookup: UnsafeMutablePointer<Int32>

    static func buildDiffLookup(_ d: UnsafeMutablePointer<Int32>, counts: [Int], values: [UInt8]) {
        let nb = HuffmanTable.diffBits
        var code = 0
        var k = 0
        for l in 1...16 {
            let n = counts[l - 1]
            for _ in 0..<n {
                if l <= nb && k < values.count {
                    let s = Int(values[k])
                    if s == 0 || s == 16 {
                        let entry = Int32(truncatingIfNeeded: ((s == 16 ? 32768 : 0) << 8) | l)
                        let shift = nb - l
                        for j in 0..<(1 << shift) { d[(code << shift) + j] = entry }
                    } else if s < 16 && l + s <= nb {
                        let shift = nb - l - s
                        for v in 0..<(1 << s) {
                            let diff = extend(v, s)
                            let entry = Int32(truncatingIfNeeded: (diff << 8) | (l + s))
                            let base = ((code << s) | v) << shift
                            for j in 0..<(1 << shift) { d[base + j] = entry }
                        }
                    }
                }
                code += 1
                k += 1
            }
            code <<= 1
        }
    }

    /// slow[0..<18] = maxcode, slow[18..<36] = valoffset, slow[36..<36+256] = values (padded).
    var slow: UnsafeMutablePointer<Int>

    /// A reference-count-free view for hot loops (valid while the table is alive).
    var view: HuffmanView {
        HuffmanView(lookup: UnsafePointer(lookup), slow: UnsafePointer(slow), diff: UnsafePointer(diffLookup), count: values.count)
    }
}

/// Unsafe, trivially copyable view of a HuffmanTable.
struct HuffmanView {
    let lookup: UnsafePointer<UInt16>
    let slow: UnsafePointer<Int>
    let diff: UnsafePointer<Int32>
    let count: Int
}

/// Entropy-coded data reader: a 64-bit left-aligned bit buffer, byte unstuffing (FF 00), and
/// stop at any marker. Bits past a marker or the end of the data read as zero; `bits` going
/// negative means the decoder consumed bits that are not in the stream (truncated/corrupt).
struct BitReader {
    let base: UnsafePointer<UInt8>
    let end: Int
    var pos: Int
    var acc: UInt64 = 0
    var bits: Int = 0
    var stopped = false

    init(base: UnsafePointer<UInt8>, start: Int, end: Int) {
        self.base = base
        self.pos = start
        self.end = end
    }

    @inline(__always) mutating func refill() {
        if stopped || bits > 56 { return }
        if end - pos >= 8 {
            let w = UInt64(bigEndian: UnsafeRawPointer(base + pos).loadUnaligned(as: UInt64.self))
            let t = ~w
            let hasFF = (t &- 0x0101_0101_0101_0101) & ~t & 0x8080_8080_8080_8080
            if hasFF == 0 {
                let nbytes = (63 - bits) >> 3
                acc |= w &>> UInt64(bits)
                bits += nbytes << 3
                pos += nbytes
                // Clear the partial byte below the valid bits (bits is now 56...63).
                acc &= ~(UInt64.max &>> UInt64(bits))
                return
            }
        }
        refillSlow()
    }

    mutating func refillSlow() {
        while bits <= 56 {
            if pos >= end { stopped = true; return }
            let b = base[pos]
            if b == 0xFF {
                if pos + 1 < end && base[pos + 1] == 0 {
                    pos += 2
                } else {
                    stopped = true  // a marker: leave pos on it
                    return
                }
            } else {
                pos += 1
            }
            acc |= UInt64(b) << UInt64(56 - bits)
            bits += 8
        }
    }

    /// n must be 0...63 (at most `bits`; the shift count is taken modulo 64).
    @inline(__always) mutating func skip(_ n: Int) {
        acc = acc &<< UInt64(n & 63)
        bits -= n
    }

    /// Reads n (0...16) bits as an unsigned value.
    @inline(__always) mutating func get(_ n: Int) -> Int {
        if n == 0 { return 0 }
        let v = Int(truncatingIfNeeded: acc &>> UInt64(64 - n))
        skip(n)
        return v
    }

    mutating func decodeSlow(_ t: HuffmanTable) -> Int { decodeSlow(t.view) }

    /// Decodes one Huffman symbol; -1 if no code matches (corrupt data). Needs >= 16 bits
    /// buffered. Takes a HuffmanView (no reference counting in hot loops).
    @inline(__always) mutating func decode(_ t: HuffmanView) -> Int {
        let e = Int(t.lookup[Int(truncatingIfNeeded: acc >> 55)])
        if e != 0 {
            skip(e >> 8)
            return e & 0xFF
        }
        return decodeSlow(t)
    }

    @inline(never)
    mutating func decodeSlow(_ t: HuffmanView) -> Int {
        var l = HuffmanTable.lookBits + 1
        while l <= 16 {
            let code = Int(truncatingIfNeeded: acc &>> UInt64(64 - l))
            if code <= t.slow[l] {
                let idx = code + t.slow[18 + l]
                skip(l)
                if idx >= 0 && idx < t.count { return t.slow[36 + idx] }
                return -1
            }
            l += 1
        }
        return -1
    }

    /// At a restart interval boundary: drop the padding bits and consume the RSTn marker.
    /// Returns false if the next marker is not an RST marker.
    mutating func restart() -> Bool {
        acc = 0
        bits = 0
        stopped = false
        var p = pos
        // Skip any bytes up to the next marker (tolerates a few garbage bytes), then fill bytes.
        while p < end && base[p] != 0xFF { p += 1 }
        while p < end && base[p] == 0xFF { p += 1 }
        if p < end && base[p] >= 0xD0 && base[p] <= 0xD7 {
            pos = p + 1
            return true
        }
        return false
    }
}

/// Sign-extends a JPEG magnitude category value (F.2.2.1 EXTEND).
@inline(__always) func extend(_ v: Int, _ s: Int) -> Int {
    v < (1 << (s - 1)) ? v - (1 << s) + 1 : v
}

/// Walks the marker segments of one JPEG codestream. Scans are handed to a callback together with
/// the tables in force; the callback returns the byte offset where the entropy-coded data ended.
struct JPEGMarkerWalker {
    let base: UnsafePointer<UInt8>
    let count: Int
    var frame = JPEGFrameHeader()
    var haveFrame = false
    var dcTables = [HuffmanTable?](repeating: nil, count: 4)
    var acTables = [HuffmanTable?](repeating: nil, count: 4)
    var quant = [[Int]?](repeating: nil, count: 4)
    var restartInterval = 0

    struct Scan {
        var componentIndexes: [Int]
        var td: [Int]
        var ta: [Int]
        var ss: Int
        var se: Int
        var ah: Int
        var al: Int
        var dataStart: Int
    }

    init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
    }

    @inline(__always) func u16(_ p: Int) -> Int { Int(base[p]) << 8 | Int(base[p + 1]) }

    /// Parses markers up to and including the frame header (stops at the first SOS, which is
    /// left to `nextScan`). `frameCheck` validates the frame against the caller's geometry
    /// before anything is allocated.
    mutating func run(frameCheck: (JPEGFrameHeader) throws -> Void,
                      onScan: (inout JPEGMarkerWalker, Scan) throws -> Int) throws {
        guard count >= 4, base[0] == 0xFF, base[1] == 0xD8 else {
            throw codecError("not a JPEG codestream (no SOI marker at offset 0)")
        }
        var p = 2
        var scans = 0
        while true {
            // Find the next marker, skipping fill bytes.
            guard p < count else { break }  // no EOI: accepted
            // Like libjpeg's next_marker: skip extraneous bytes before a marker.
            while p < count && base[p] != 0xFF { p += 1 }
            while p < count && base[p] == 0xFF { p += 1 }
            guard p < count else { break }
            let m = Int(base[p])
            p += 1
            if m == 0xD9 { break }  // EOI
            if m >= 0xD0 && m <= 0xD7 || m == 0x01 { continue }  // stray RST/TEM: no length
            guard p + 2 <= count else { throw codecError("truncated JPEG marker segment 0xFF\(String(m, radix: 16).uppercased()) at offset \(p - 2)") }
            let len = u16(p)
            guard len >= 2, p + len <= count else {
                throw codecError("JPEG marker segment 0xFF\(String(m, radix: 16).uppercased()) at offset \(p - 2) declares \(len) bytes, \(count - p) remain")
            }
            let segStart = p + 2
            let segEnd = p + len
            switch m {
            case 0xC0, 0xC1, 0xC3:
                if haveFrame { throw codecError("second SOF marker at offset \(p - 2)") }
                try parseFrame(m, segStart, segEnd)
                try frameCheck(frame)
                haveFrame = true
            case 0xC2, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF:
                throw DICOMError(.codecError, "unsupported JPEG process SOF\(m - 0xC0) (progressive, hierarchical or arithmetic coding)")
            case 0xC4:
                try parseHuffman(segStart, segEnd)
            case 0xDB:
                try parseQuant(segStart, segEnd)
            case 0xDD:
                guard segEnd - segStart >= 2 else { throw codecError("short DRI segment") }
                restartInterval = u16(segStart)
            case 0xDA:
                guard haveFrame else { throw codecError("SOS before SOF at offset \(p - 2)") }
                let scan = try parseScan(segStart, segEnd)
                let endOfData = try onScan(&self, scan)
                scans += 1
                p = max(endOfData, segEnd)
                // Move to the next marker after the entropy-coded data.
                while p < count {
                    if base[p] == 0xFF && p + 1 < count && base[p + 1] != 0 && !(base[p + 1] >= 0xD0 && base[p + 1] <= 0xD7) { break }
                    p += 1
                }
                continue
            case 0xE0:
                if segEnd - segStart >= 5 && base[segStart] == 0x4A && base[segStart + 1] == 0x46
                    && base[segStart + 2] == 0x49 && base[segStart + 3] == 0x46 && base[segStart + 4] == 0 {
                    frame.hasJFIF = true
                }
            case 0xEE:
                if segEnd - segStart >= 12 && base[segStart] == 0x41 && base[segStart + 1] == 0x64
                    && base[segStart + 2] == 0x6F && base[segStart + 3] == 0x62 && base[segStart + 4] == 0x65 {
                    frame.adobeTransform = Int(base[segStart + 11])
                }
            case 0xDC:
                break  // DNL: not supported; height must be in SOF (checked there)
            default:
                break  // APPn, COM, others: skipped
            }
            p = segEnd
        }
        if !haveFrame { throw codecError("JPEG codestream has no frame header (SOF)") }
        if scans == 0 { throw codecError("JPEG codestream has no scan (SOS)") }
    }

    mutating func parseFrame(_ m: Int, _ s: Int, _ e: Int) throws {
        guard e - s >= 6 else { throw codecError("short SOF segment") }
        var f = frame
        f.sofMarker = m
        f.precision = Int(base[s])
        f.height = u16(s + 1)
        f.width = u16(s + 3)
        let n = Int(base[s + 5])
        guard n >= 1, n <= 4, e - s >= 6 + 3 * n else { throw codecError("SOF declares \(n) components in a \(e - s)-byte segment") }
        f.components = []
        for c in 0..<n {
            let q = s + 6 + 3 * c
            let hv = Int(base[q + 1])
            let comp = JPEGComponent(id: Int(base[q]), h: hv >> 4, v: hv & 15, tq: Int(base[q + 2]))
            guard comp.h >= 1, comp.h <= 4, comp.v >= 1, comp.v <= 4, comp.tq <= 3 else {
                throw codecError("invalid SOF component \(c): sampling \(comp.h)x\(comp.v), table \(comp.tq)")
            }
            f.components.append(comp)
        }
        guard f.width > 0, f.height > 0 else {
            throw codecError("SOF declares \(f.width)x\(f.height) (DNL-defined height is not supported)")
        }
        frame = f
    }

    mutating func parseHuffman(_ s: Int, _ e: Int) throws {
        var p = s
        while p < e {
            guard e - p >= 17 else { throw codecError("short DHT segment at offset \(p)") }
            let tc = Int(base[p]) >> 4
            let th = Int(base[p]) & 15
            guard tc <= 1, th <= 3 else { throw codecError("invalid DHT class/id 0x\(String(base[p], radix: 16))") }
            var counts = [Int](repeating: 0, count: 16)
            var total = 0
            for i in 0..<16 { counts[i] = Int(base[p + 1 + i]); total += counts[i] }
            guard total <= 256, e - (p + 17) >= total else { throw codecError("DHT declares \(total) values, segment too short") }
            var vals = [UInt8](repeating: 0, count: total)
            for i in 0..<total { vals[i] = base[p + 17 + i] }
            let t = try HuffmanTable(counts: counts, values: vals)
            if tc == 0 { dcTables[th] = t } else { acTables[th] = t }
            p += 17 + total
        }
    }

    mutating func parseQuant(_ s: Int, _ e: Int) throws {
        var p = s
        while p < e {
            let pq = Int(base[p]) >> 4
            let tq = Int(base[p]) & 15
            guard pq <= 1, tq <= 3 else { throw codecError("invalid DQT precision/id 0x\(String(base[p], radix: 16))") }
            let n = pq == 0 ? 64 : 128
            guard e - (p + 1) >= n else { throw codecError("short DQT segment") }
            var q = [Int](repeating: 0, count: 64)
            for i in 0..<64 {
                q[Int(zigzagToNatural[i])] = pq == 0 ? Int(base[p + 1 + i]) : u16(p + 1 + 2 * i)
            }
            quant[tq] = q
            p += 1 + n
        }
    }

    func parseScan(_ s: Int, _ e: Int) throws -> Scan {
        guard e - s >= 1 else { throw codecError("short SOS segment") }
        let ns = Int(base[s])
        guard ns >= 1, ns <= 4, e - s >= 4 + 2 * ns else { throw codecError("SOS declares \(ns) components in a \(e - s)-byte segment") }
        var idx: [Int] = []
        var td: [Int] = []
        var ta: [Int] = []
        for i in 0..<ns {
            let cid = Int(base[s + 1 + 2 * i])
            guard let ci = frame.components.firstIndex(where: { $0.id == cid }) else {
                throw codecError("SOS names component id \(cid) that is not in the frame header")
            }
            if idx.contains(ci) { throw codecError("SOS names component id \(cid) twice") }
            idx.append(ci)
            let tdi = Int(base[s + 2 + 2 * i]) >> 4
            let tai = Int(base[s + 2 + 2 * i]) & 15
            if tdi > 3 || tai > 3 { throw codecError("SOS table selector out of range") }
            td.append(tdi)
            ta.append(tai)
        }
        let q = s + 1 + 2 * ns
        return Scan(componentIndexes: idx, td: td, ta: ta, ss: Int(base[q]), se: Int(base[q + 1]),
                    ah: Int(base[q + 2]) >> 4, al: Int(base[q + 2]) & 15, dataStart: e)
    }
}

/// zigzagToNatural[k] = natural (row-major) index of the k-th coefficient in zig-zag order.
let zigzagToNatural: [UInt8] = [
    0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5,
    12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
    35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51,
    58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
]
