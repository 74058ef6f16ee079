import DICOMCore
#if canImport(Glibc)
import Glibc
#endif

// Pure value types and functions of the grayscale pipeline (PS3.4 N.2.1):
//   stored value -> Modality LUT (rescale or LUT) -> VOI (window or LUT) -> 8-bit -> presentation.
// Every function here is total: no input traps.

/// A lookup table as described by a LUT Descriptor (PS3.3 C.11.1.1.1, C.11.2.1.1):
/// entry count, first input value mapped, bits per entry.
public struct LookupTable: Sendable, Equatable {
    /// The first input value mapped (values below map to entry 0).
    public var firstMapped: Int
    /// Bits per entry (8...16).
    public var bits: Int
    /// The entries (at least one).
    public var entries: [Int]
    /// LUT Explanation (0028,3003), "" when absent.
    public var explanation: String

    public init(firstMapped: Int, bits: Int, entries: [Int], explanation: String = "") {
        self.firstMapped = firstMapped
        self.bits = bits
        self.entries = entries.isEmpty ? [0] : entries
        self.explanation = explanation
    }

    /// Largest entry value the descriptor allows: 2^bits - 1.
    public var maxOutput: Int { (1 << min(max(bits, 1), 16)) - 1 }

    /// Looks up `x`: below the first mapped value gives entry 0, past the end the last entry.
    @inline(__always) public func lookup(_ x: Double) -> Int {
        let n = entries.count
        let d = (x - Double(firstMapped)).rounded(.down)
        if !(d > 0) { return entries[0] }  // also NaN
        if d >= Double(n - 1) { return entries[n - 1] }
        return entries[Int(d)]
    }

    /// Reads a LUT item (LUT Descriptor (0028,3002), LUT Data (0028,3006), LUT Explanation)
    /// with the descriptor quirks of PS3.3 C.11.1.1.1: 0 entries means 65536; the first mapped
    /// value is signed when `signedInput`; 8-bit entries may be stored one per 16-bit word (OW/US)
    /// or packed as bytes.
    /// - Throws: `.invalidData` when the descriptor or the data are missing or inconsistent.
    public static func read(item: DataSet, descriptor: Tag = Tag(0x0028, 0x3002), data: Tag = Tag(0x0028, 0x3006),
                            signedInput: Bool) throws -> LookupTable {
        guard let de = item.element(descriptor) else {
            throw DICOMError(.invalidData, "LUT item without LUT Descriptor \(descriptor)")
        }
        guard let e0 = try? item.int64(de, index: 0), let e1 = try? item.int64(de, index: 1),
              let e2 = try? item.int64(de, index: 2) else {
            throw DICOMError(.invalidData, "LUT Descriptor \(descriptor) does not hold three numbers")
        }
        var n = Int(truncatingIfNeeded: e0) & 0xFFFF
        if n == 0 { n = 65536 }
        var first = Int(truncatingIfNeeded: e1)
        if signedInput && first > 32767 && first <= 65535 { first -= 65536 }
        if !signedInput && first < 0 { first += 65536 }
        let bits = Int(truncatingIfNeeded: e2)
        guard bits >= 1 && bits <= 16 else {
            throw DICOMError(.invalidData, "LUT Descriptor \(descriptor) gives \(bits) bits per entry")
        }
        guard let d = item.element(data), d.items == nil, d.fragments == nil else {
            throw DICOMError(.invalidData, "LUT item without LUT Data \(data)")
        }
        let raw = item.rawValue(d)
        var entries: [Int] = []
        entries.reserveCapacity(n)      // n <= 65 536 (descriptor's 16-bit count)
        let mask = (1 << bits) - 1
        if raw.count >= n * 2 && !(d.vr == .OB) {
            // One entry per 16-bit word (also 8-bit entries stored in words: keep the low bits).
            for i in 0..<n {
                let lo = Int(raw[i * 2]), hi = Int(raw[i * 2 + 1])
                let w = item.bigEndian ? (lo << 8 | hi) : (hi << 8 | lo)
                entries.append(bits <= 8 ? (w & 0xFF) & mask : w & mask)
            }
        } else if raw.count >= n && bits <= 8 {
            // 8-bit entries packed as bytes (OB, or OW holding n bytes).
            if item.bigEndian && d.vr != .OB {
                for i in 0..<n { entries.append(Int(raw[i ^ 1 < raw.count ? i ^ 1 : i]) & mask) }
            } else {
                for i in 0..<n { entries.append(Int(raw[i]) & mask) }
            }
        } else {
            throw DICOMError(.invalidData,
                "LUT Data \(data) holds \(raw.count) bytes, the descriptor declares \(n) entries of \(bits) bits")
        }
        let expl = item.string(Tag(0x0028, 0x3003)) ?? ""
        return LookupTable(firstMapped: first, bits: bits, entries: entries, explanation: expl)
    }
}

/// The Modality LUT stage: rescale (slope, intercept) or a Modality LUT Sequence item.
public enum ModalityTransform: Sendable, Equatable {
    case identity
    case rescale(slope: Double, intercept: Double)
    case lut(LookupTable)

    /// Modality value of a stored value, as pydicom's apply_modality_lut computes it
    /// (float64 `x * slope + intercept`).
    @inline(__always) public func apply(_ x: Double) -> Double {
        switch self {
        case .identity: return x
        case .rescale(let s, let i): return x * s + i
        case .lut(let t): return Double(t.lookup(x))
        }
    }
}

/// VOI LUT Function (0028,1056), PS3.3 C.11.2.1.3.
public enum VOIFunction: String, Sendable, CaseIterable {
    case linear = "LINEAR"
    case linearExact = "LINEAR_EXACT"
    case sigmoid = "SIGMOID"

    /// Parses a function name (case-insensitive); nil for anything else.
    public init?(name: String) {
        switch trimSpaces(name).uppercased() {
        case "LINEAR": self = .linear
        case "LINEAR_EXACT": self = .linearExact
        case "SIGMOID": self = .sigmoid
        default: return nil
        }
    }
}

/// A window (center, width, function) mapping modality values into [yMin, yMax]
/// exactly as PS3.3 C.11.2.1.2.1 (LINEAR), C.11.2.1.3.2 (LINEAR_EXACT) and C.11.2.1.3.1 (SIGMOID).
public struct Window: Sendable, Equatable {
    public var center: Double
    public var width: Double
    public var function: VOIFunction
    /// Window Center & Width Explanation (0028,1055), "" when absent.
    public var explanation: String

    public init(center: Double, width: Double, function: VOIFunction = .linear, explanation: String = "") {
        self.center = center
        self.width = width
        self.function = function
        self.explanation = explanation
    }

    /// Whether the width is valid for the function (LINEAR: >= 1; others: > 0).
    public var isValid: Bool {
        guard center.isFinite, width.isFinite else { return false }
        return function == .linear ? width >= 1 : width > 0
    }

    /// The output value for modality value `x` in [yMin, yMax]. The arithmetic follows the
    /// standard's formulas term by term (the same float64 operations as pydicom's
    /// apply_windowing), so results are reproducible bit for bit.
    @inline(__always) public func apply(_ x: Double, yMin: Double, yMax: Double) -> Double {
        let yRange = yMax - yMin
        switch function {
        case .linear:
            // if (x <= c - 0.5 - (w-1)/2) y = ymin; else if (x > c - 0.5 + (w-1)/2) y = ymax;
            // else y = ((x - (c - 0.5)) / (w-1) + 0.5) * (ymax - ymin) + ymin
            let c = center - 0.5
            let w = width - 1
            if x <= c - w / 2 { return yMin }
            if x > c + w / 2 { return yMax }
            return ((x - c) / w + 0.5) * yRange + yMin
        case .linearExact:
            let c = center, w = width
            if x <= c - w / 2 { return yMin }
            if x > c + w / 2 { return yMax }
            return ((x - c) / w + 0.5) * yRange + yMin
        case .sigmoid:
            // y = (ymax - ymin) / (1 + exp(-4 (x - c) / w)) + ymin
            return yRange / (1 + exp(-4 * (x - center) / width)) + yMin
        }
    }
}

/// Maps a value of the VOI output range [lo, hi] to 8 bits: clip(floor((v - lo) / (hi - lo) * 255 + 0.5), 0, 255);
/// 0 when hi == lo (or the range is not finite).
@inline(__always) public func to8Bit(_ v: Double, lo: Double, hi: Double) -> UInt8 {
    let range = hi - lo
    if range == 0 || !range.isFinite { return 0 }
    let f = ((v - lo) / range * 255 + 0.5).rounded(.down)
    if !(f > 0) { return 0 }  // also NaN
    if f >= 255 { return 255 }
    return UInt8(f)
}

/// The VOI stage chosen for a frame.
public enum VOITransform: Sendable, Equatable {
    /// A window; the output range (yMin, yMax) follows the reference rule (see `RenderParameters`).
    case window(Window)
    /// A VOI LUT; output range 0...2^bits-1.
    case lut(LookupTable)
    /// A linear map of [lo, hi] (modality values) onto the output: the default when the file has
    /// no VOI (min/max or percentiles of the frame).
    case range(lo: Double, hi: Double)
}

// MARK: - lenient attribute reading

extension DataSet {
    /// Numeric values of a DS/IS/binary element; an element stored as UN (explicit VR files that
    /// wrote known text attributes as UN) is read as decimal text, as pydicom does by replacing
    /// UN with the dictionary VR. NUL and space padding are ignored.
    func renderNumbers(_ tag: Tag) -> [Double] {
        guard let e = element(tag) else { return [] }
        if e.vr == .UN && e.items == nil && e.fragments == nil {
            let text = String(decoding: rawValue(e).map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self)
            return splitBackslash(text).compactMap { parseDecimal(trimSpaces($0)) }
        }
        return doubles(tag)
    }

    func renderNumber(_ tag: Tag) -> Double? { renderNumbers(tag).first }

    /// A code string value (CS), also when stored as UN.
    func renderString(_ tag: Tag) -> String? {
        guard let e = element(tag) else { return nil }
        if e.vr == .UN && e.items == nil && e.fragments == nil {
            let text = String(decoding: rawValue(e).map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self)
            return trimSpaces(splitBackslash(text).first ?? "")
        }
        return string(tag)
    }
}
