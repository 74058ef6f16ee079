// Hand-made hostile files (issue 5), built with the project's writer. Each is run by the
// hostile suite in a child process and replayed, with its expected status, by
// Tests/VetDICOMTests/LimitsTests.swift through the same definitions (duplicated there in test
// form where a precise status is asserted).
import DICOMCore
import TestWriter

public struct HandMadeCase {
    public var name: String
    public var bytes: [UInt8]
    public var note: String
}

public enum HandMade {
    static func image(rows: Int, columns: Int, frames: String? = nil, bits: Int = 8, spp: Int = 1,
                      pi: String = "MONOCHROME2", extra: [WElement] = []) -> [WElement] {
        var e: [WElement] = [
            WElement.text(Tag(0x0008, 0x0016), .UI, "1.2.840.10008.5.1.4.1.1.7"),
            WElement.text(Tag(0x0008, 0x0018), .UI, "2.25.99"),
            WElement.us(Tag(0x0028, 0x0002), spp),
            WElement.text(Tag(0x0028, 0x0004), .CS, pi),
            WElement.us(Tag(0x0028, 0x0010), rows),
            WElement.us(Tag(0x0028, 0x0011), columns),
            WElement.us(Tag(0x0028, 0x0100), bits),
            WElement.us(Tag(0x0028, 0x0101), bits),
            WElement.us(Tag(0x0028, 0x0102), bits - 1),
            WElement.us(Tag(0x0028, 0x0103), 0),
        ]
        if let frames { e.append(WElement.text(Tag(0x0028, 0x0008), .IS, frames)) }
        return e + extra
    }

    static func file(_ els: [WElement], _ ts: String = TransferSyntax.explicitVRLittleEndian,
                     configure: (inout WriterOptions) -> Void = { _ in }) -> [UInt8] {
        var o = WriterOptions(transferSyntaxUID: ts)
        configure(&o)
        return (try? DICOMWriter.part10(els, options: o)) ?? []
    }

    /// Replaces the first occurrence of `pattern` in `bytes` by `with` (same length).
    static func patch(_ bytes: [UInt8], _ pattern: [UInt8], _ with: [UInt8]) -> [UInt8] {
        var b = bytes
        guard pattern.count == with.count, b.count >= pattern.count else { return b }
        for i in 0...(b.count - pattern.count) where Array(b[i..<(i + pattern.count)]) == pattern {
            b.replaceSubrange(i..<(i + pattern.count), with: with)
            return b
        }
        return b
    }

    static func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * UInt32($0))) } }
    static func be16(_ v: Int) -> [UInt8] { [UInt8(truncatingIfNeeded: v >> 8), UInt8(truncatingIfNeeded: v)] }

    /// A minimal baseline JPEG header (SOI, DQT, SOF0, DHT, SOS) declaring `w` x `h`, then junk.
    static func jpegHeader(width: Int, height: Int) -> [UInt8] {
        var j: [UInt8] = [0xFF, 0xD8]
        j += [0xFF, 0xDB, 0x00, 0x43, 0x00] + [UInt8](repeating: 1, count: 64)
        j += [0xFF, 0xC0, 0x00, 0x0B, 0x08] + be16(height) + be16(width) + [0x01, 0x01, 0x11, 0x00]
        j += [0xFF, 0xC4, 0x00, 0x14, 0x00] + [1] + [UInt8](repeating: 0, count: 15) + [0]
        j += [0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00]
        j += [UInt8](repeating: 0x55, count: 32) + [0xFF, 0xD9]
        return j
    }

    /// A J2K codestream main header (SOC, SIZ, COD, QCD) declaring `w` x `h`, then EOC.
    static func j2kHeader(width: UInt32, height: UInt32, components: Int = 1) -> [UInt8] {
        func be32(_ v: UInt32) -> [UInt8] { [3, 2, 1, 0].map { UInt8(truncatingIfNeeded: v >> (8 * UInt32($0))) } }
        var s: [UInt8] = [0xFF, 0x4F]
        var siz: [UInt8] = [0x00, 0x00] + be32(width) + be32(height) + be32(0) + be32(0) + be32(width) + be32(height)
            + be32(0) + be32(0) + be16(components)
        for _ in 0..<components { siz += [0x07, 0x01, 0x01] }
        s += [0xFF, 0x51] + be16(siz.count + 2) + siz
        s += [0xFF, 0x52, 0x00, 0x0C, 0x00, 0x00, 0x00, 0x01, 0x00, 0x05, 0x04, 0x04, 0x00, 0x01]
        s += [0xFF, 0x5C, 0x00, 0x04, 0x40, 0x40]
        s += [0xFF, 0x90, 0x00, 0x0A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x20, 0x00, 0x01]
        s += [0xFF, 0x93] + [UInt8](repeating: 0x80, count: 16) + [0xFF, 0xD9]
        return s
    }

    /// A JPEG-LS header (SOI, SOF55, SOS) declaring `w` x `h`, then junk.
    static func jlsHeader(width: Int, height: Int) -> [UInt8] {
        var j: [UInt8] = [0xFF, 0xD8]
        j += [0xFF, 0xF7, 0x00, 0x0B, 0x08] + be16(height) + be16(width) + [0x01, 0x01, 0x11, 0x00]
        j += [0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00]
        j += [UInt8](repeating: 0x00, count: 64) + [0xFF, 0xD9]
        return j
    }

    static func nested(depth: Int, undefined: Bool) -> [UInt8] {
        // Built by hand, linearly (the writer recurses): (0040,A730) SQ > item > SQ > item ...
        let sqHead: [UInt8] = [0x40, 0x00, 0x30, 0xA7, 0x53, 0x51, 0x00, 0x00]
        let itemTag: [UInt8] = [0xFE, 0xFF, 0x00, 0xE0]
        var body: [UInt8] = []
        if undefined {
            for _ in 0..<depth { body += sqHead + le32(0xFFFF_FFFF) + itemTag + le32(0xFFFF_FFFF) }
            for _ in 0..<depth {
                body += [0xFE, 0xFF, 0x0D, 0xE0, 0, 0, 0, 0] + [0xFE, 0xFF, 0xDD, 0xE0, 0, 0, 0, 0]
            }
        } else {
            // Level k (0 = innermost) holds an SQ of 12 bytes of header plus an item of 8.
            for k in stride(from: depth - 1, through: 0, by: -1) {
                let inner = UInt32(truncatingIfNeeded: k * 20)
                body += sqHead + le32(inner + 8) + itemTag + le32(inner)
            }
        }
        let head = file([WElement.text(Tag(0x0008, 0x0016), .UI, "1.2.840.10008.5.1.4.1.1.7")])
        return head + body
    }

    /// Every hand-made case.
    public static func all() -> [HandMadeCase] {
        var out: [HandMadeCase] = []
        func add(_ name: String, _ note: String, _ bytes: [UInt8]) { out.append(HandMadeCase(name: name, bytes: bytes, note: note)) }
        let px = [UInt8](repeating: 7, count: 16)
        let small = image(rows: 4, columns: 4)

        // Lengths of 0xFFFFFFFE.
        let lo = file(small + [WElement.text(Tag(0x0010, 0x0010), .PN, "Smith^Rex"), WElement(Tag.pixelData, .OB, .bytes(px))])
        add("len-fffffffe-pixel", "pixel data OB length 0xFFFFFFFE",
            patch(lo, [0xE0, 0x7F, 0x10, 0x00, 0x4F, 0x42, 0, 0] + le32(16), [0xE0, 0x7F, 0x10, 0x00, 0x4F, 0x42, 0, 0] + le32(0xFFFF_FFFE)))
        add("len-ffff-pn", "PN with 16-bit length 0xFFFF", patch(lo, [0x10, 0x00, 0x10, 0x00, 0x50, 0x4E, 0x0A, 0x00], [0x10, 0x00, 0x10, 0x00, 0x50, 0x4E, 0xFF, 0xFF]))
        let implicitFile = file(small + [WElement(Tag.pixelData, .OW, .bytes(px))], TransferSyntax.implicitVRLittleEndian)
        add("len-fffffffe-implicit", "implicit VR pixel data length 0xFFFFFFFE",
            patch(implicitFile, [0xE0, 0x7F, 0x10, 0x00] + le32(16), [0xE0, 0x7F, 0x10, 0x00] + le32(0xFFFF_FFFE)))
        let sq = file(small + [WElement.sequence(Tag(0x0008, 0x1140), [WItem([WElement.text(Tag(0x0008, 0x1150), .UI, "1.2")])])])
        add("len-fffffffe-item", "item length 0xFFFFFFFE",
            patch(sq, [0xFE, 0xFF, 0x00, 0xE0], [0xFE, 0xFF, 0x00, 0xE0]).enumerated().map { $0.element }
                .withPatchedItemLength(0xFFFF_FFFE))
        let enc = file(small + HandMadeEncapsulated.pixel(frames: [[0xFF, 0xD8, 0xFF, 0xD9]]), "1.2.840.10008.1.2.4.50")
        add("len-fffffffe-fragment", "fragment length 0xFFFFFFFE",
            patch(enc, [0xFE, 0xFF, 0x00, 0xE0, 4, 0, 0, 0, 0xFF, 0xD8], [0xFE, 0xFF, 0x00, 0xE0, 0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xD8]))
        add("len-ffffffff-fragment", "fragment of undefined length",
            patch(enc, [0xFE, 0xFF, 0x00, 0xE0, 4, 0, 0, 0, 0xFF, 0xD8], [0xFE, 0xFF, 0x00, 0xE0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xD8]))

        // Offset tables pointing outside the data.
        let frames3 = image(rows: 4, columns: 4, frames: "3")
        let jpeg = jpegHeader(width: 4, height: 4)
        add("bot-outside", "Basic Offset Table entries beyond the fragments",
            file(frames3 + [WElement(Tag.pixelData, .OB, .fragments(bot: [0, 0x7FFF_FFF0, 0xFFFF_FFFF], fragments: [jpeg, jpeg, jpeg]), undefinedLength: true)], "1.2.840.10008.1.2.4.50"))
        add("bot-descending", "Basic Offset Table not ascending",
            file(frames3 + [WElement(Tag.pixelData, .OB, .fragments(bot: [200, 100, 0], fragments: [jpeg, jpeg, jpeg]), undefinedLength: true)], "1.2.840.10008.1.2.4.50"))
        add("eot-outside", "Extended Offset Table entries beyond the data",
            file(frames3 + [WElement(Tag.extendedOffsetTable, .OV, .ints([0, Int64.max, -8])),
                            WElement(Tag.extendedOffsetTableLengths, .OV, .ints([Int64.max, 1, 1])),
                            WElement(Tag.pixelData, .OB, .fragments(bot: [], fragments: [jpeg, jpeg, jpeg]), undefinedLength: true)], "1.2.840.10008.1.2.4.50"))
        add("eot-wrong-count", "Extended Offset Table with 5 entries for 3 frames",
            file(frames3 + [WElement(Tag.extendedOffsetTable, .OV, .ints([0, 8, 16, 24, 32])),
                            WElement(Tag.pixelData, .OB, .fragments(bot: [], fragments: [jpeg, jpeg, jpeg]), undefinedLength: true)], "1.2.840.10008.1.2.4.50"))

        // Fragments claiming more frames than exist.
        add("frames-more-than-fragments", "Number of Frames 1000, two fragments",
            file(image(rows: 4, columns: 4, frames: "1000") + [WElement(Tag.pixelData, .OB, .fragments(bot: [], fragments: [jpeg, jpeg]), undefinedLength: true)], "1.2.840.10008.1.2.4.50"))
        add("frames-max-native", "Number of Frames 1048576, 16 bytes of native data",
            file(image(rows: 4, columns: 4, frames: "1048576") + [WElement(Tag.pixelData, .OB, .bytes(px))]))
        add("frames-more-than-native", "Number of Frames 5, one frame of native data",
            file(image(rows: 4, columns: 4, frames: "5") + [WElement(Tag.pixelData, .OB, .bytes(px))]))

        // Rows x Columns x Frames overflowing 64 bits, and huge declared sizes with tiny data.
        add("frames-overflow-int64", "Number of Frames 99999999999999999999999",
            file(image(rows: 65535, columns: 65535, frames: "99999999999999999999999", bits: 16, spp: 3) + [WElement(Tag.pixelData, .OW, .bytes(px))]))
        add("frames-2^40", "65535 x 65535 x 3 x 2^40 frames, 64-bit samples",
            file(image(rows: 65535, columns: 65535, frames: "1099511627776", bits: 64, spp: 3) + [WElement(Tag.pixelData, .OB, .bytes(px))]))
        add("frames-negative", "Number of Frames -5",
            file(image(rows: 4, columns: 4, frames: "-5") + [WElement(Tag.pixelData, .OB, .bytes(px))]))
        add("huge-native-100-bytes", "65535 x 65535 8-bit native image with 16 bytes of pixel data",
            file(image(rows: 65535, columns: 65535) + [WElement(Tag.pixelData, .OB, .bytes(px))]))
        add("huge-jpeg-dicom", "65535 x 65535 declared by DICOM and JPEG, 100-byte stream",
            file(image(rows: 65535, columns: 65535) + HandMadeEncapsulated.pixel(frames: [jpegHeader(width: 65535, height: 65535)]), "1.2.840.10008.1.2.4.50"))

        // Codestream headers declaring huge sizes in a small image.
        add("jpeg-header-huge", "JPEG SOF 65535 x 65535 in a 4 x 4 image",
            file(small + HandMadeEncapsulated.pixel(frames: [jpegHeader(width: 65535, height: 65535)]), "1.2.840.10008.1.2.4.50"))
        add("jpeg12-header-huge", "JPEG extended SOF 65535 x 65535 in a 4 x 4 image",
            file(image(rows: 4, columns: 4, bits: 16) + HandMadeEncapsulated.pixel(frames: [patch(jpegHeader(width: 65535, height: 65535), [0xFF, 0xC0, 0x00, 0x0B, 0x08], [0xFF, 0xC1, 0x00, 0x0B, 0x0C])]), "1.2.840.10008.1.2.4.51"))
        add("jpeg-lossless-header-huge", "JPEG lossless SOF3 65535 x 65535 in a 4 x 4 image",
            file(image(rows: 4, columns: 4, bits: 16) + HandMadeEncapsulated.pixel(frames: [patch(jpegHeader(width: 65535, height: 65535), [0xFF, 0xC0, 0x00, 0x0B, 0x08], [0xFF, 0xC3, 0x00, 0x0B, 0x10])]), "1.2.840.10008.1.2.4.70"))
        add("j2k-header-huge", "J2K SIZ 2^31 x 2^31 in a 4 x 4 image",
            file(small + HandMadeEncapsulated.pixel(frames: [j2kHeader(width: 0x8000_0000, height: 0x8000_0000)]), "1.2.840.10008.1.2.4.90"))
        add("j2k-header-huge-components", "J2K SIZ 60000 x 60000, 3 components in a 4 x 4 image",
            file(small + HandMadeEncapsulated.pixel(frames: [j2kHeader(width: 60000, height: 60000, components: 3)]), "1.2.840.10008.1.2.4.90"))
        add("htj2k-header-huge", "HTJ2K SIZ 60000 x 60000 in a 4 x 4 image",
            file(small + HandMadeEncapsulated.pixel(frames: [j2kHeader(width: 60000, height: 60000)]), "1.2.840.10008.1.2.4.201"))
        add("jls-header-huge", "JPEG-LS SOF55 65535 x 65535 in a 4 x 4 image",
            file(small + HandMadeEncapsulated.pixel(frames: [jlsHeader(width: 65535, height: 65535)]), "1.2.840.10008.1.2.4.80"))
        add("rle-header-huge", "RLE header with 15 segments at offsets beyond the data",
            file(small + HandMadeEncapsulated.pixel(frames: [[15, 0, 0, 0] + (0..<15).flatMap { _ in le32(0xFFFF_FF00) } + [0, 0, 0, 0] + [UInt8](repeating: 0x80, count: 8)]), "1.2.840.10008.1.2.5"))

        // Long binary values read value by value (JSON, text): was quadratic (a 35 KB file took
        // 47 s in a debug build).
        let lut = WElement(Tag(0x0028, 0x3006), .US, .ints((0..<32767).map { Int64($0 * 2) }))
        add("lut-32767-values", "VOI LUT Data with 32767 US values (JSON / text per value)",
            file(small + [WElement.sequence(Tag(0x0028, 0x3010), [WItem([
                WElement(Tag(0x0028, 0x3002), .US, .ints([32767, 0, 16])), lut])]),
                WElement(Tag(0x3006, 0x0050), .DS, .strings((0..<3000).map { String($0) + ".5" })),
                WElement(Tag.pixelData, .OB, .bytes(px))]))

        // Deep nesting.
        add("nested-10000-undefined", "10000-deep sequences of undefined length", nested(depth: 10_000, undefined: true))
        add("nested-10000-defined", "10000-deep sequences of defined length", nested(depth: 10_000, undefined: false))

        // Character sets with invalid escape sequences.
        for (i, raw) in [[0x1B, 0x24], [0x1B, 0x24, 0x29, 0x43, 0xFF, 0xFE], [0x1B, 0x28], [0x1B, 0x24, 0x42, 0x30],
                         [0x1B, 0x24, 0x42, 0x1B, 0x24, 0x42, 0x1B], [0x41, 0x1B, 0x2D, 0x4D, 0xE9, 0x1B]].enumerated() {
            let els: [WElement] = [
                WElement(Tag(0x0008, 0x0005), .CS, .strings(["", "ISO 2022 IR 87", "ISO 2022 IR 149", "ISO 2022 IR 100"])),
                WElement.text(Tag(0x0008, 0x0016), .UI, "1.2.840.10008.5.1.4.1.1.7"),
                WElement(Tag(0x0010, 0x0010), .PN, .bytes(raw.map { UInt8($0) } + [0x5E, 0x3D])),
                WElement(Tag(0x0010, 0x2201), .LO, .bytes(raw.map { UInt8($0) })),
                WElement(Tag(0x0008, 0x1030), .LO, .bytes([0x1B] + raw.map { UInt8($0) })),
            ]
            add("charset-escape-\(i)", "ISO 2022 with an invalid escape sequence", file(els))
        }
        add("charset-unknown", "unknown and GB18030 character sets with invalid bytes",
            file([WElement(Tag(0x0008, 0x0005), .CS, .strings(["GB18030", "ISO_IR 999"])),
                  WElement(Tag(0x0010, 0x0010), .PN, .bytes([0x81, 0x30, 0x81, 0xFF, 0xFE, 0x5E, 0x80]))]))
        return out
    }
}

enum HandMadeEncapsulated {
    static func pixel(frames: [[UInt8]]) -> [WElement] {
        [WElement(Tag.pixelData, .OB, .fragments(bot: [], fragments: frames), undefinedLength: true)]
    }
}

extension Array where Element == UInt8 {
    /// Sets the length of the first sequence item (FFFE,E000) to `v`.
    func withPatchedItemLength(_ v: UInt32) -> [UInt8] {
        var b = self
        guard b.count >= 8 else { return b }
        for i in 0...(b.count - 8) where b[i] == 0xFE && b[i + 1] == 0xFF && b[i + 2] == 0x00 && b[i + 3] == 0xE0 {
            for k in 0..<4 { b[i + 4 + k] = UInt8(truncatingIfNeeded: v >> (8 * UInt32(k))) }
            return b
        }
        return b
    }
}
