import DICOMCore

/// Work proportional to the input, for codecs: before a codec sees a frame (and before it or
/// the pipeline allocates anything sized by the image), the geometry the codestream declares
/// and the geometry of the data set are checked against what the codestream's bytes can hold.
///
/// The bounds are sound lower limits on the bits each format needs, so no valid frame is refused:
/// - JPEG with Huffman coding, DCT processes (SOF0-2, 5-6): every 8x8 block of the first
///   component codes at least its DC difference (a Huffman code of at least 1 bit); the first
///   component has at least ceil(w/32) x ceil(h/32) blocks (sampling factors are at most 4).
/// - JPEG lossless with Huffman coding (SOF3, 7): every sample of the first component codes a
///   difference category (at least 1 bit); it has at least ceil(w/4) x ceil(h/4) samples.
/// - Everything else (JPEG-LS run mode, JPEG 2000 empty code-blocks, arithmetic coding, RLE,
///   whose decoder pads segments that end early, as pydicom does) can code blank areas in
///   almost nothing; a ratio bound of 16 384 samples per codestream byte
///   plus 4 Mi samples applies (a blank 4096 x 4096 frame needs 768 bytes; a real image is
///   orders of magnitude larger).
/// A frame beyond its bound is `.invalidData` naming both sizes, before any allocation.
public enum CodestreamBounds {
    /// Samples per codestream byte above which a frame is refused (formats without a
    /// structural bound), and the allowance every frame gets.
    public static let samplesPerByte = 16_384
    public static let freeSamples = 4 << 20

    /// Width, height and components a codestream declares (JPEG SOF, JPEG-LS SOF55, J2K SIZ),
    /// with the JPEG SOF marker (0 for others), or nil when no header is found in the first
    /// 64 KiB.
    public static func declaredGeometry(_ b: UnsafeRawBufferPointer) -> (w: Int, h: Int, c: Int, sof: UInt8)? {
        let n = min(b.count, 64 << 10)
        guard n >= 4 else { return nil }
        // J2K codestream: SOC then SIZ; JP2: find the codestream box (jp2c) start.
        var i = 0
        while i + 4 <= n {
            if b[i] == 0xFF && b[i + 1] == 0x4F && b[i + 2] == 0xFF && b[i + 3] == 0x51 {
                let s = i + 4
                guard s + 38 <= b.count else { return nil }
                func u32(_ o: Int) -> Int {
                    Int(b[s + o]) << 24 | Int(b[s + o + 1]) << 16 | Int(b[s + o + 2]) << 8 | Int(b[s + o + 3])
                }
                let w = u32(4) - u32(12), h = u32(8) - u32(16)
                let c = Int(b[s + 36]) << 8 | Int(b[s + 37])
                return (max(0, w), max(0, h), c, 0)
            }
            if i == 0 && !(b[0] == 0 && b[1] == 0) { break } // not JP2 and not SOC at 0: try JPEG
            i += 1
        }
        guard b[0] == 0xFF, b[1] == 0xD8 else { return nil }
        i = 2
        while i + 4 <= n {
            guard b[i] == 0xFF else { return nil }
            let m = b[i + 1]
            if m == 0xFF { i += 1; continue }
            if m == 0xD8 || (m >= 0xD0 && m <= 0xD7) || m == 0x01 { i += 2; continue }
            let len = Int(b[i + 2]) << 8 | Int(b[i + 3])
            if ((m >= 0xC0 && m <= 0xCF) && m != 0xC4 && m != 0xC8 && m != 0xCC) || m == 0xF7 {
                guard i + 10 <= b.count else { return nil }
                let h = Int(b[i + 5]) << 8 | Int(b[i + 6])
                let w = Int(b[i + 7]) << 8 | Int(b[i + 8])
                return (w, h, Int(b[i + 9]), m)
            }
            if m == 0xDA || len < 2 { return nil }
            i += 2 + len
        }
        return nil
    }

    /// Checks a frame of `codestream` bytes against the geometry of the data set (`rows` x
    /// `columns` x `samples`) and the geometry its header declares.
    /// - Throws: `.invalidData` when the codestream cannot hold the image.
    public static func check(_ codestream: UnsafeRawBufferPointer, transferSyntax uid: String,
                             rows: Int, columns: Int, samplesPerPixel: Int, frameBytes: Int) throws {
        let bytes = codestream.count
        var w = columns, h = rows, c = max(1, samplesPerPixel)
        var sof: UInt8 = 0
        if let g = declaredGeometry(codestream) {
            // The larger of the two: a codec allocates for what its header says.
            w = max(w, g.w); h = max(h, g.h); c = max(c, g.c); sof = g.sof
        }
        let (pixels, o1) = w.multipliedReportingOverflow(by: h)
        let (samples, o2) = pixels.multipliedReportingOverflow(by: c)
        guard !o1, !o2 else { throw DICOMError(.invalidData, "codestream geometry \(w) x \(h) x \(c) overflows") }
        let bits = bytes.multipliedReportingOverflow(by: 8)
        let availableBits = bits.overflow ? Int.max : bits.partialValue
        func refuse(_ need: String) -> DICOMError {
            DICOMError(.invalidData, "a \(bytes)-byte codestream cannot hold a \(w) x \(h) x \(c) image (\(need))")
        }
        if uid == TransferSyntax.deflatedImageFrameCompression { return } // bounded by inflation
        switch sof {
        case 0xC0, 0xC1, 0xC2, 0xC5, 0xC6:
            let blocks = ((w + 31) / 32) * ((h + 31) / 32)
            if blocks > availableBits { throw refuse("at least \(blocks) bits: one per 8x8 block") }
            return
        case 0xC3, 0xC7:
            let s = ((w + 3) / 4) * ((h + 3) / 4)
            if s > availableBits { throw refuse("at least \(s) bits: one per sample") }
            return
        default: break
        }
        let (cap, o3) = bytes.multipliedReportingOverflow(by: samplesPerByte)
        if !o3 && samples > cap + freeSamples {
            throw refuse("more than \(samplesPerByte) samples per byte")
        }
    }
}
