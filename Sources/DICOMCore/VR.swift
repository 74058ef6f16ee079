/// Value Representation. The raw value is the two ASCII bytes, first byte high.
public enum VR: UInt16, Sendable, CaseIterable {
    case AE = 0x4145, AS = 0x4153, AT = 0x4154, CS = 0x4353, DA = 0x4441, DS = 0x4453, DT = 0x4454
    case FL = 0x464C, FD = 0x4644, IS = 0x4953, LO = 0x4C4F, LT = 0x4C54, OB = 0x4F42, OD = 0x4F44
    case OF = 0x4F46, OL = 0x4F4C, OV = 0x4F56, OW = 0x4F57, PN = 0x504E, SH = 0x5348, SL = 0x534C
    case SQ = 0x5351, SS = 0x5353, ST = 0x5354, SV = 0x5356, TM = 0x544D, UC = 0x5543, UI = 0x5549
    case UL = 0x554C, UN = 0x554E, UR = 0x5552, US = 0x5553, UT = 0x5554, UV = 0x5556

    /// Builds a VR from its two bytes; nil for bytes that are not a known VR. A table lookup
    /// (the parser calls it for every element; `init(rawValue:)` is a chain of compares).
    @inlinable public init?(_ b0: UInt8, _ b1: UInt8) {
        let i0 = Int(b0) &- 0x41, i1 = Int(b1) &- 0x41
        guard i0 >= 0, i0 < 26, i1 >= 0, i1 < 26, let v = VR.byLetters[i0 &* 26 &+ i1] else { return nil }
        self = v
    }

    /// Every VR by its two letters: index (b0 - 'A') * 26 + (b1 - 'A'), nil where no VR.
    @usableFromInline static let byLetters: [VR?] = {
        var t = [VR?](repeating: nil, count: 26 * 26)
        for v in VR.allCases {
            t[(Int(v.rawValue >> 8) - 0x41) * 26 + Int(v.rawValue & 0xFF) - 0x41] = v
        }
        return t
    }()

    /// The two-letter name.
    public var name: String {
        String(decoding: [UInt8(truncatingIfNeeded: rawValue >> 8), UInt8(truncatingIfNeeded: rawValue)], as: UTF8.self)
    }

    /// In explicit VR encoding: 2 reserved bytes and a 32-bit length follow the VR.
    public var hasLongLength: Bool {
        switch self {
        case .OB, .OD, .OF, .OL, .OV, .OW, .SQ, .UC, .UN, .UR, .UT, .SV, .UV: return true
        default: return false
        }
    }

    /// Character string VRs (values are text, multiple values separated by backslash unless single-valued).
    public var isString: Bool {
        switch self {
        case .AE, .AS, .CS, .DA, .DS, .DT, .IS, .LO, .LT, .PN, .SH, .ST, .TM, .UC, .UI, .UR, .UT: return true
        default: return false
        }
    }

    /// Text VRs whose value is one value that may contain backslashes.
    public var isSingleValuedText: Bool { self == .LT || self == .ST || self == .UT || self == .UR }

    /// Text VRs decoded through the Specific Character Set (others are plain ASCII).
    public var usesCharacterSet: Bool {
        switch self {
        case .LO, .LT, .PN, .SH, .ST, .UC, .UT: return true
        default: return false
        }
    }

    /// Size in bytes of one binary value (0 for strings, sequences and byte streams).
    public var binaryValueSize: Int {
        switch self {
        case .SS, .US, .OW: return 2
        case .SL, .UL, .FL, .OF, .OL, .AT: return 4
        case .FD, .OD, .SV, .UV, .OV: return 8
        case .OB, .UN: return 1
        default: return 0
        }
    }

    /// Values that change byte order in big-endian transfer syntaxes.
    public var byteSwapSize: Int {
        switch self {
        case .SS, .US, .OW: return 2
        case .SL, .UL, .FL, .OF, .OL: return 4
        case .AT: return 2
        case .FD, .OD, .SV, .UV, .OV: return 8
        default: return 1
        }
    }
}
