import DICOMCore
#if canImport(Glibc)
import Glibc
#endif

/// A PALETTE COLOR lookup table (PS3.3 C.7.6.3.1.5-6): red, green, blue (and optional alpha)
/// entries, either plain or expanded from the segmented form (C.7.9.2).
public struct PaletteLUT: Sendable, Equatable {
    public var firstMapped: Int
    /// Nominal bits per entry from the descriptor (8 or 16).
    public var bits: Int
    /// Bits of the container the entries came in (8 or 16): pydicom's "actual depth", which
    /// is 16 when 8-bit entries are stored one per 16-bit word.
    public var containerBits: Int
    public var red: [UInt16]
    public var green: [UInt16]
    public var blue: [UInt16]

    /// Reads the palette of `ds`.
    /// - Throws: `.invalidData` when the descriptors or data are missing or inconsistent.
    public init(dataSet ds: DataSet, signedInput: Bool) throws {
        let descTags = [Tag(0x0028, 0x1101), Tag(0x0028, 0x1102), Tag(0x0028, 0x1103)]
        let dataTags = [Tag(0x0028, 0x1201), Tag(0x0028, 0x1202), Tag(0x0028, 0x1203)]
        let segTags = [Tag(0x0028, 0x1221), Tag(0x0028, 0x1222), Tag(0x0028, 0x1223)]
        guard let de = ds.element(descTags[0]), let e0 = try? ds.int64(de, index: 0),
              let e1 = try? ds.int64(de, index: 1), let e2 = try? ds.int64(de, index: 2) else {
            throw DICOMError(.invalidData, "PALETTE COLOR without a readable Red Palette Color LUT Descriptor (0028,1101)")
        }
        var n = Int(truncatingIfNeeded: e0) & 0xFFFF
        if n == 0 { n = 65536 }
        var first = Int(truncatingIfNeeded: e1)
        if signedInput && first > 32767 && first <= 65535 { first -= 65536 }
        if !signedInput && first < 0 { first += 65536 }
        let b = Int(truncatingIfNeeded: e2)
        guard b == 8 || b == 16 else {
            throw DICOMError(.invalidData, "palette descriptor (0028,1101) gives \(b) bits per entry (8 or 16 allowed)")
        }
        firstMapped = first
        bits = b
        containerBits = b
        var channels: [[UInt16]] = []
        if ds.element(dataTags[0]) != nil {
            for t in dataTags {
                guard let e = ds.element(t), e.items == nil, e.fragments == nil else {
                    throw DICOMError(.invalidData, "palette data \(t) is missing")
                }
                let raw = ds.rawValue(e)
                var ch: [UInt16] = []
                ch.reserveCapacity(n)        // n <= 65 536 (descriptor's 16-bit count)
                if raw.count >= n * 2 {
                    containerBits = 16
                    for i in 0..<n {
                        let lo = UInt16(raw[i * 2]), hi = UInt16(raw[i * 2 + 1])
                        ch.append(ds.bigEndian ? (lo << 8 | hi) : (hi << 8 | lo))
                    }
                } else if raw.count >= n && b == 8 {
                    containerBits = 8
                    for i in 0..<n { ch.append(UInt16(raw[i])) }
                } else {
                    throw DICOMError(.invalidData, "palette data \(t) holds \(raw.count) bytes for \(n) entries of \(b) bits")
                }
                channels.append(ch)
            }
        } else if ds.element(segTags[0]) != nil {
            for t in segTags {
                guard let e = ds.element(t), e.items == nil, e.fragments == nil else {
                    throw DICOMError(.invalidData, "segmented palette data \(t) is missing")
                }
                let raw = ds.rawValue(e)
                var words: [Int] = []
                // One Int per byte or word of the value (bounded by the bytes present, but 4-8x
                // them): failable.
                if b == 8 && e.vr == .OB {
                    words = try FailableAlloc.reserved(Int.self, capacity: raw.count, "segmented palette data \(t)")
                    for v in raw { words.append(Int(v)) }
                } else {
                    words = try FailableAlloc.reserved(Int.self, capacity: raw.count / 2, "segmented palette data \(t)")
                    for i in 0..<(raw.count / 2) {
                        let lo = Int(raw[i * 2]), hi = Int(raw[i * 2 + 1])
                        words.append(ds.bigEndian ? (lo << 8 | hi) : (hi << 8 | lo))
                    }
                }
                var ch = try PaletteLUT.expandSegmented(words, maxEntries: 65536)
                if ch.count < n { ch += [UInt16](repeating: ch.last ?? 0, count: n - ch.count) }   // n <= 65 536
                if ch.count > n { ch.removeLast(ch.count - n) }
                channels.append(ch)
            }
            containerBits = 16
        } else {
            throw DICOMError(.invalidData, "PALETTE COLOR without palette data (0028,1201) or segmented data (0028,1221)")
        }
        red = channels[0]; green = channels[1]; blue = channels[2]
    }

    /// Expands segmented LUT data (PS3.3 C.7.9.2): discrete (opcode 0), linear (1) and
    /// indirect (2) segments. Linear segments are rounded half to even, as pydicom does.
    /// - Throws: `.invalidData` for an unknown opcode, a first linear/indirect segment, a bad
    ///   indirect offset or more than `maxEntries` entries.
    public static func expandSegmented(_ data: [Int], maxEntries: Int) throws -> [UInt16] {
        var lut: [Int] = []
        var offset = 0
        var depth = 0
        // Work bound whatever the segment structure: segments that produce nothing (empty
        // discrete segments, indirect segments fanning out to them) still cost a step each, and
        // indirect fan-out multiplies them (fan-out to the 7th power before this bound). A table
        // of maxEntries entries needs at most one step per entry plus one per segment word.
        var steps = 0
        let maxSteps = 2 * maxEntries + data.count
        func expand(_ start: Int, _ segments: Int?, _ out: inout [Int]) throws {
            depth += 1
            defer { depth -= 1 }
            guard depth < 8 else { throw DICOMError(.invalidData, "segmented palette: indirect segments nest too deep") }
            var off = start
            var read = 0
            while off + 1 < data.count {
                if let s = segments, read >= s { break }
                let opcode = data[off], length = data[off + 1]
                off += 2
                read += 1
                steps += 1
                guard steps <= maxSteps else {
                    throw DICOMError(.invalidData, "segmented palette: more than \(maxSteps) segments expanded (indirect segments fan out)")
                }
                switch opcode {
                case 0:
                    guard off + length <= data.count else {
                        throw DICOMError(.invalidData, "segmented palette: discrete segment runs past the data")
                    }
                    out.append(contentsOf: data[off..<(off + length)])
                    off += length
                case 1:
                    guard let y0 = out.last, off < data.count else {
                        throw DICOMError(.invalidData, "segmented palette: linear segment without a previous value")
                    }
                    let y1 = data[off]
                    off += 1
                    if y0 == y1 || length <= 1 {
                        out.append(contentsOf: [Int](repeating: y1, count: max(length, 0)))
                    } else {
                        // numpy: linspace(y0 + step, y1, length) then around (half to even)
                        let step = Double(y1 - y0) / Double(length)
                        let start = Double(y0) + step
                        let delta = (Double(y1) - start) / Double(length - 1)
                        for i in 0..<length {
                            let v = i == length - 1 ? Double(y1) : start + Double(i) * delta
                            out.append(Int(v.rounded(.toNearestOrEven)))
                        }
                    }
                case 2:
                    guard !out.isEmpty, off + 1 < data.count else {
                        throw DICOMError(.invalidData, "segmented palette: indirect segment first or truncated")
                    }
                    let byteOffset = data[off + 1] << 16 | data[off]
                    off += 2
                    guard byteOffset % 2 == 0, byteOffset / 2 < data.count else {
                        throw DICOMError(.invalidData, "segmented palette: indirect offset \(byteOffset) is outside the data")
                    }
                    try expand(byteOffset / 2, length, &out)
                default:
                    throw DICOMError(.invalidData, "segmented palette: unknown segment opcode \(opcode)")
                }
                guard out.count <= maxEntries else {
                    throw DICOMError(.invalidData, "segmented palette expands to more than \(maxEntries) entries")
                }
            }
        }
        try expand(0, nil, &lut)
        offset = 0
        _ = offset
        return lut.map { UInt16(truncatingIfNeeded: max($0, 0)) }
    }

    /// Index of the entry for stored value `x`: clipped to the table.
    @inline(__always) public func index(_ x: Int) -> Int {
        let n = red.count
        let d = x &- firstMapped
        if d <= 0 { return 0 }
        if d >= n { return n - 1 }
        return d
    }

    /// 8-bit value of an entry: 8-bit entries as they are (low byte), 16-bit entries scaled
    /// with rounding (v * 255 / 65535).
    @inline(__always) public func to8(_ v: UInt16) -> UInt8 {
        if bits == 8 { return UInt8(truncatingIfNeeded: v) }
        return UInt8(truncatingIfNeeded: (UInt32(v) &* 255 &+ 32767) / 65535)
    }

    /// Applies the palette to `count` stored values (1 or 2 bytes each) giving interleaved
    /// RGB entries at full depth (what pydicom's apply_color_lut returns).
    /// - Throws: `.outOfMemory` when the output cannot be allocated.
    public func applyFull(_ src: UnsafeRawBufferPointer, bytesPerSample: Int, signed: Bool, count: Int) throws -> [UInt16] {
        var out = try FailableAlloc.array(repeating: UInt16(0), count: count &* 3, "\(count) RGB palette entries")
        for i in 0..<count {
            let x = PaletteLUT.stored(src, i, bytesPerSample, signed)
            let k = index(x)
            out[i * 3] = red[k]; out[i * 3 + 1] = green[k]; out[i * 3 + 2] = blue[k]
        }
        return out
    }

    @inline(__always) static func stored(_ src: UnsafeRawBufferPointer, _ i: Int, _ bps: Int, _ signed: Bool) -> Int {
        if bps == 1 {
            let b = src[i]
            return signed ? Int(Int8(bitPattern: b)) : Int(b)
        }
        let v = src.loadUnaligned(fromByteOffset: i * 2, as: UInt16.self)
        return signed ? Int(Int16(bitPattern: v)) : Int(v)
    }
}
