// Structure-aware mutators for libFuzzer (LLVMFuzzerCustomMutator), beside its byte mutators:
// they find the structures of a DICOM file or codestream in the input and change what the
// parser, the pixel pipeline and the codecs interpret — lengths, VRs, pixel attributes, offset
// tables, LUT descriptors, codec headers — to the values that matter (0, 1, odd, max,
// 0xFFFFFFFF/0xFFFFFFFE, off by one, the value of a neighbour), then let libFuzzer's own
// mutation run half of the time so byte-level exploration continues.
#if canImport(Glibc)
import Glibc
#endif

import CFuzzMutate

public enum Mutators {
    /// A small xorshift generator seeded by libFuzzer's seed.
    struct Rng {
        var s: UInt64
        init(_ seed: UInt32) { s = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 | 1 }
        mutating func next() -> UInt64 { s ^= s << 13; s ^= s >> 7; s ^= s << 17; return s }
        mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
    }

    static let interesting32: [UInt32] = [0, 1, 2, 3, 4, 7, 8, 0xFF, 0x100, 0x7FFF, 0x8000, 0xFFFF, 0x10000,
                                          0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFE, 0xFFFF_FFFF]
    static let interesting16: [UInt16] = [0, 1, 2, 3, 7, 8, 12, 15, 16, 17, 31, 32, 255, 256, 4096, 0x7FFF, 0x8000,
                                          0xFFFE, 0xFFFF]
    /// Pixel attributes and LUT descriptors (0028,xxxx) and Number of Frames.
    static let pixelTags: Set<UInt16> = [0x0002, 0x0006, 0x0008, 0x0010, 0x0011, 0x0100, 0x0101, 0x0102, 0x0103,
                                         0x1101, 0x1102, 0x1103, 0x3002, 0x1050, 0x1051, 0x1052, 0x1053]
    static let vrs: [(UInt8, UInt8)] = [(0x4F, 0x42), (0x4F, 0x57), (0x53, 0x51), (0x55, 0x4E), (0x55, 0x53),
                                        (0x55, 0x4C), (0x46, 0x44), (0x43, 0x53), (0x49, 0x53), (0x44, 0x53),
                                        (0x55, 0x54), (0x5A, 0x5A), (0x00, 0x00)]

    /// The element headers (explicit VR LE guess) of a DICOM input: (offset, long form).
    static func elementHeaders(_ b: UnsafeMutablePointer<UInt8>, _ n: Int) -> [(Int, Bool)] {
        var out: [(Int, Bool)] = []
        var i = 0
        while i + 8 <= n && out.count < 4096 {
            let v0 = b[i + 4], v1 = b[i + 5]
            if v0 >= 0x41 && v0 <= 0x5A && v1 >= 0x41 && v1 <= 0x5A {
                let long = [("OB"), ("OW"), ("SQ"), ("UN"), ("UT"), ("OF"), ("OD"), ("OL"), ("UC"), ("UR"), ("OV"), ("SV"), ("UV")]
                    .contains { $0.utf8.first == v0 && $0.utf8.last == v1 }
                out.append((i, long))
                i += long ? 12 : 8
                continue
            }
            if b[i] == 0xFE && b[i + 1] == 0xFF && (b[i + 2] == 0x00 || b[i + 2] == 0x0D || b[i + 2] == 0xDD) && b[i + 3] == 0xE0 {
                out.append((i, true)) // item / delimiter: a 32-bit length at +4
                i += 8
                continue
            }
            i += 2
        }
        return out
    }

    static func put16(_ b: UnsafeMutablePointer<UInt8>, _ at: Int, _ v: UInt16) { b[at] = UInt8(v & 0xFF); b[at + 1] = UInt8(v >> 8) }
    static func put32(_ b: UnsafeMutablePointer<UInt8>, _ at: Int, _ v: UInt32) {
        put16(b, at, UInt16(v & 0xFFFF)); put16(b, at + 2, UInt16(v >> 16))
    }
    static func putBE16(_ b: UnsafeMutablePointer<UInt8>, _ at: Int, _ v: UInt16) { b[at] = UInt8(v >> 8); b[at + 1] = UInt8(v & 0xFF) }

    /// One structural mutation of a DICOM file in place; false when none applied.
    static func mutateDICOM(_ b: UnsafeMutablePointer<UInt8>, _ n: Int, _ r: inout Rng) -> Bool {
        let headers = elementHeaders(b, n)
        guard !headers.isEmpty else { return false }
        let (at, long) = headers[r.below(headers.count)]
        let isItem = b[at] == 0xFE && b[at + 1] == 0xFF
        switch r.below(5) {
        case 0: // a length: interesting, off by one, or doubled
            if long || isItem {
                let lenAt = isItem ? at + 4 : at + 8
                guard lenAt + 4 <= n else { return false }
                let old = UInt32(b[lenAt]) | UInt32(b[lenAt + 1]) << 8 | UInt32(b[lenAt + 2]) << 16 | UInt32(b[lenAt + 3]) << 24
                let choices = interesting32 + [old &+ 1, old &- 1, old &* 2, old | 1]
                put32(b, lenAt, choices[r.below(choices.count)])
            } else {
                let old = UInt16(b[at + 6]) | UInt16(b[at + 7]) << 8
                let choices = interesting16 + [old &+ 1, old &- 1, old | 1]
                put16(b, at + 6, choices[r.below(choices.count)])
            }
        case 1: // a VR
            guard !isItem else { return false }
            let v = vrs[r.below(vrs.count)]
            b[at + 4] = v.0; b[at + 5] = v.1
        case 2: // a pixel attribute / LUT descriptor value (US values of group 0028)
            let pix = headers.filter { h in
                b[h.0] == 0x28 && b[h.0 + 1] == 0 && pixelTags.contains(UInt16(b[h.0 + 2]) | UInt16(b[h.0 + 3]) << 8) && !h.1
            }
            guard let (p, _) = pix.isEmpty ? nil : pix[r.below(pix.count)] else { return false }
            let len = Int(UInt16(b[p + 6]) | UInt16(b[p + 7]) << 8)
            guard len >= 2, p + 8 + len <= n else { return false }
            let slot = p + 8 + 2 * r.below(len / 2)
            if b[p + 4] == 0x49 || b[p + 4] == 0x44 || b[p + 4] == 0x43 { // IS/DS/CS text: digits
                let digits: [UInt8] = Array("0123456789-+ ".utf8)
                b[p + 8 + r.below(len)] = digits[r.below(digits.count)]
            } else {
                put16(b, slot, interesting16[r.below(interesting16.count)])
            }
        case 3: // an offset table entry (the first item of encapsulated pixel data)
            let items = headers.filter { h in b[h.0] == 0xFE && b[h.0 + 1] == 0xFF && b[h.0 + 2] == 0 }
            guard let (p, _) = items.first else { return false }
            let len = Int(UInt32(b[p + 4]) | UInt32(b[p + 5]) << 8)
            guard len >= 4, p + 8 + len <= n else { return false }
            let slot = p + 8 + 4 * r.below(len / 4)
            put32(b, slot, interesting32[r.below(interesting32.count)] &+ UInt32(r.below(3)) &* 8)
        default: // a codec header inside the data: SOF / SIZ / SOF55 dimensions
            return mutateCodestream(b, n, &r)
        }
        return true
    }

    /// One mutation of codestream header fields (JPEG SOFn / JPEG-LS SOF55 dimensions, precision
    /// and components; J2K SIZ sizes, offsets and components; COD levels) found anywhere in the input.
    static func mutateCodestream(_ b: UnsafeMutablePointer<UInt8>, _ n: Int, _ r: inout Rng) -> Bool {
        var marks: [(Int, UInt8)] = []
        var i = 0
        while i + 12 <= n && marks.count < 64 {
            if b[i] == 0xFF {
                let m = b[i + 1]
                if (m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC) || m == 0xF7 || m == 0x51 || m == 0x52 {
                    marks.append((i, m))
                }
            }
            i += 1
        }
        guard !marks.isEmpty else { return false }
        let (p, m) = marks[r.below(marks.count)]
        if m == 0x51 { // SIZ: Xsiz Ysiz XOsiz YOsiz (32-bit BE) at +6.., Csiz at +38
            let field = p + 6 + 4 * r.below(8)
            guard field + 4 <= n else { return false }
            let v = interesting32[r.below(interesting32.count)]
            putBE16(b, field, UInt16(v >> 16)); putBE16(b, field + 2, UInt16(v & 0xFFFF))
        } else if m == 0x52 { // COD: decomposition levels at +9
            guard p + 10 <= n else { return false }
            b[p + 9] = UInt8(r.below(40))
        } else { // SOFn: P at +4, Y +5, X +7, Nf +9
            switch r.below(4) {
            case 0: b[p + 4] = [1, 2, 7, 8, 12, 16, 17, 255][r.below(8)]
            case 1: putBE16(b, p + 5, interesting16[r.below(interesting16.count)])
            case 2: putBE16(b, p + 7, interesting16[r.below(interesting16.count)])
            default: b[p + 9] = UInt8(r.below(6))
            }
        }
        return true
    }

    /// The custom mutator: a structural mutation, libFuzzer's byte mutation, or both.
    public static func mutate(_ data: UnsafeMutablePointer<UInt8>?, _ size: Int, _ maxSize: Int, _ seed: UInt32,
                              codestream: Bool) -> Int {
        guard let data else { return 0 }
        var r = Rng(seed)
        var n = size
        let choice = r.below(4)
        if choice != 0 && n > 12 {
            let done = codestream ? mutateCodestream(data, n, &r) : mutateDICOM(data, n, &r)
            if done && choice == 1 { return n }
        }
        n = vd_fuzzer_mutate(data, n, maxSize)
        return n
    }
}
