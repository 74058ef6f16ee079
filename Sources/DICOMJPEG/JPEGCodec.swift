import CTurboJPEG
import DICOMCore
#if canImport(Glibc)
import Glibc
#endif

/// The JPEG decoders used by the DICOM pixel pipeline for every JPEG transfer syntax:
/// baseline (1.2.840.10008.1.2.4.50), extended (.51), lossless process 14 (.57) and
/// lossless SV1 (.70).
///
/// - 8-bit DCT (baseline and extended): libturbojpeg, islow IDCT, raw components
///   (`tjDecompressToYUVPlanes`) upsampled here with libjpeg's "fancy" filters.
/// - 12-bit DCT: a native Swift sequential Huffman decoder with the IJG islow IDCT.
/// - Lossless (SOF3): a native Swift decoder.
///
/// Colour: the codec never converts colour itself. It writes the coded components (chroma
/// upsampled to full resolution) and reports what they are, following pydicom 3's rules for JPEG
/// (`DecodeRunner._conform_jpg_colorspace`), which the corpus reference (pydicom + pylibjpeg, whose
/// libjpeg returns the components untransformed) follows:
/// - component identifiers 'R','G','B' / 'r','g','b': the samples are RGB, whatever the data set
///   says (GH538-jpeg14sv1, SC_rgb_dcmtk_+eb+cr);
/// - otherwise a JFIF APP0 marker means YCbCr even when the data set says RGB (GH195: declared RGB,
///   4:2:0 YCbCr with JFIF, converted by the reference);
/// - otherwise the declared Photometric Interpretation decides: YBR_FULL/YBR_FULL_422 are reported
///   as `.ybrFull` (the pipeline converts to RGB with pydicom's formula unless keepYBR), anything
///   else is `.asDeclared` (SC_rgb_jpeg_lossy_gdcm: declared RGB, YCbCr coded, no JFIF: the
///   reference and DCMTK/GDCM return the coded samples unconverted, so do we).
/// The Adobe APP14 transform flag is recorded but, like pydicom, not used.
public enum JPEGCodec {
    public static let baselineUID = "1.2.840.10008.1.2.4.50"
    public static let extendedUID = "1.2.840.10008.1.2.4.51"
    public static let losslessP14UID = "1.2.840.10008.1.2.4.57"
    public static let losslessSV1UID = "1.2.840.10008.1.2.4.70"

    /// Decodes one JPEG frame (one complete JPEG bitstream: SOI...EOI; trailing padding after
    /// EOI or a missing EOI are accepted) into `dst`.
    ///
    /// - Parameters:
    ///   - src: the codestream (borrowed, not retained).
    ///   - transferSyntax: one of the four JPEG transfer syntax UIDs above.
    ///   - geometry: the image pixel module; the SOF must match its rows, columns and samples.
    ///   - dst: exactly `geometry.frameBytes` bytes: samples interleaved, each in a container of
    ///     `geometry.bytesPerSample` bytes (1 or 2), little endian, values as coded (unsigned).
    ///   - settings: `keepYBR` (the codec always writes coded components, so it is only reported).
    /// - Returns: the precision in the bitstream and the colour space of the written samples.
    /// - Throws: `DICOMError` `.codecError` for corrupt or unsupported streams, `.invalidData` when
    ///   the stream does not match `geometry`, `.unsupportedTransferSyntax` for other syntaxes.
    public static func decode(_ src: UnsafeRawBufferPointer, transferSyntax: String, geometry: FrameGeometry,
                              into dst: UnsafeMutableRawBufferPointer, settings: DecodeSettings) throws -> CodecOutput {
        guard let frameBytes = geometry.frameBytes, frameBytes == dst.count else {
            throw DICOMError(.invalidArgument, "output buffer is \(dst.count) bytes, the frame needs \(geometry.frameBytes.map(String.init) ?? "an overflowing number of")")
        }
        guard geometry.bytesPerSample <= 2, geometry.rows > 0, geometry.columns > 0 else {
            throw DICOMError(.invalidData, "JPEG frames need 1 or 2 bytes per sample and a non-empty image (Bits Allocated \(geometry.bitsAllocated), \(geometry.columns)x\(geometry.rows))")
        }
        guard let base = src.baseAddress, src.count >= 4 else { throw codecError("JPEG codestream is empty or too short (\(src.count) bytes)") }
        let header = try peekFrameHeader(base.assumingMemoryBound(to: UInt8.self), src.count)
        try LosslessDecoder.checkGeometry(header, geometry)
        switch transferSyntax {
        case baselineUID, extendedUID, losslessP14UID, losslessSV1UID: break
        default: throw DICOMError(.unsupportedTransferSyntax, "transfer syntax \(transferSyntax) is not a JPEG syntax handled by JPEGCodec")
        }
        let color = colorOf(header, geometry)
        switch header.sofMarker {
        case 0xC3:
            let p = try LosslessDecoder.decode(src, geometry: geometry, into: dst)
            return CodecOutput(precision: p, isSigned: false, color: color)
        case 0xC0, 0xC1:
            if header.precision == 8 {
                // Fast colour: libjpeg-turbo's own upsampling and integer YCbCr -> RGB (within
                // +-1 of pydicom's float formula); `exactYBR` keeps the pydicom-exact path.
                if color == .ybrFull && !settings.keepYBR && !settings.exactYBR && header.components.count == 3
                    && geometry.samplesPerPixel == 3 && geometry.bytesPerSample == 1 && header.adobeTransform != 0,
                   (try? TurboDecoder.decodeRGB(src, geometry: geometry, into: dst)) != nil {
                    return CodecOutput(precision: 8, isSigned: false, color: .rgb)
                }
                do {
                    try TurboDecoder.decode(src, header: header, geometry: geometry, into: dst)
                } catch TurboDecoder.Unsupported.subsampling {
                    let (f, planes) = try SequentialDecoder.decode(src, geometry: geometry)
                    try Upsampler.write(f, planes, geometry: geometry, into: dst)
                }
            } else if header.components.count == 1 && geometry.samplesPerPixel == 1 && geometry.bytesPerSample == 2 {
                // 12-bit greyscale: the IDCT writes the frame buffer directly.
                _ = try SequentialDecoder.decode(src, geometry: geometry, direct: dst)
            } else {
                let (f, planes) = try SequentialDecoder.decode(src, geometry: geometry)
                try Upsampler.write(f, planes, geometry: geometry, into: dst)
            }
            return CodecOutput(precision: header.precision, isSigned: false, color: color)
        default:
            throw codecError("unsupported JPEG process SOF\(header.sofMarker - 0xC0)")
        }
    }

    /// Human-readable decoder name for a transfer syntax.
    public static func decoderName(transferSyntax: String) -> String {
        switch transferSyntax {
        case baselineUID: return "libturbojpeg 2.1 (baseline 8-bit)"
        case extendedUID: return "libturbojpeg 2.1 (extended 8-bit) / vetdicom native (extended 12-bit)"
        case losslessP14UID: return "vetdicom native (JPEG lossless process 14)"
        case losslessSV1UID: return "vetdicom native (JPEG lossless SV1)"
        default: return "none"
        }
    }

    static func colorOf(_ f: JPEGFrameHeader, _ g: FrameGeometry) -> CodecColor {
        guard f.components.count == 3 else { return .asDeclared }
        let pi = g.photometricInterpretation.trimmingSpaces
        let declaredYBR = pi == "YBR_FULL" || pi == "YBR_FULL_422"
        if f.hasRGBComponentIDs { return declaredYBR ? .rgb : .asDeclared }
        if f.hasJFIF && !pi.hasPrefix("YBR") { return .ybrFull }
        return declaredYBR ? .ybrFull : .asDeclared
    }

    /// Finds the SOF marker segment (without decoding anything).
    static func peekFrameHeader(_ base: UnsafePointer<UInt8>, _ count: Int) throws -> JPEGFrameHeader {
        var walker = JPEGMarkerWalker(base: base, count: count)
        var found: JPEGFrameHeader?
        struct Stop: Error {}
        do {
            try walker.run(frameCheck: { f in found = f }, onScan: { _, _ in throw Stop() })
        } catch is Stop {
        }
        guard var f = found else { throw codecError("JPEG codestream has no frame header (SOF)") }
        // APP markers after the SOF are rare; take the flags seen up to the first scan.
        f.hasJFIF = walker.frame.hasJFIF
        f.adobeTransform = walker.frame.adobeTransform
        return f
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let l = s.last, l == " " || l == "\0" { s = s.dropLast() }
        while let c = s.first, c == " " { s = s.dropFirst() }
        return String(s)
    }
}

/// 8-bit DCT through libturbojpeg: raw component planes, then libjpeg-style upsampling.
enum TurboDecoder {
    enum Unsupported: Error { case subsampling }

    static func decode(_ src: UnsafeRawBufferPointer, header: JPEGFrameHeader, geometry: FrameGeometry,
                       into dst: UnsafeMutableRawBufferPointer) throws {
        guard let handle = tjInitDecompress() else { throw codecError("tjInitDecompress failed") }
        defer { tjDestroy(handle) }
        guard let sp = src.baseAddress?.assumingMemoryBound(to: UInt8.self) else { throw codecError("empty JPEG codestream") }
        var w: Int32 = 0, h: Int32 = 0, subsamp: Int32 = 0, cs: Int32 = 0
        let size = UInt(src.count)
        if tjDecompressHeader3(handle, sp, size, &w, &h, &subsamp, &cs) != 0 {
            throw codecError("libturbojpeg: \(String(cString: tjGetErrorStr2(handle)))")
        }
        guard Int(w) == geometry.columns, Int(h) == geometry.rows else {
            throw DICOMError(.invalidData, "JPEG frame is \(w)x\(h), the data set declares \(geometry.columns)x\(geometry.rows)")
        }
        let ncomp = header.components.count
        if ncomp == 1 && geometry.bytesPerSample == 1 {
            guard let d = dst.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
            try run(handle, src, fallbackEOI: true) { s, n in
                tjDecompress2(handle, s, n, d, w, w, h, Int32(TJPF_GRAY.rawValue), Int32(TJFLAG_ACCURATEDCT))
            }
            return
        }
        if subsamp < 0 || (ncomp != 1 && ncomp != 3) { throw Unsupported.subsampling }
        let nplanes = ncomp == 1 ? 1 : 3
        var pw: [Int] = [], ph: [Int] = []
        var total = 0
        for c in 0..<nplanes {
            let a = tjPlaneWidth(Int32(c), w, subsamp), b = tjPlaneHeight(Int32(c), h, subsamp)
            guard a > 0, b > 0 else { throw Unsupported.subsampling }
            let (size, o1) = Int(a).multipliedReportingOverflow(by: Int(b))
            let (sum, o2) = total.addingReportingOverflow(size)
            if o1 || o2 { throw Unsupported.subsampling }
            pw.append(Int(a)); ph.append(Int(b))
            total = sum
        }
        // Check the plane sizes against libjpeg's downsampled sizes (fancy upsampling edges).
        let hmax = header.hmax, vmax = header.vmax
        var dws: [Int] = [], dhs: [Int] = []
        for c in 0..<nplanes {
            let comp = header.components[c]
            let dw = (Int(w) * comp.h + hmax - 1) / hmax, dh = (Int(h) * comp.v + vmax - 1) / vmax
            if pw[c] < dw || ph[c] < dh { throw Unsupported.subsampling }
            dws.append(dw); dhs.append(dh)
        }
        // The planes, in one allocation that the decoder fills (no zero-filled temporaries).
        let planeBuf = try FailableAlloc.uninitialized(UInt8.self, count: max(total, 1), "the JPEG planes of \(w)x\(h)")
        defer { free(planeBuf) }
        var ptrs: [UnsafeMutablePointer<UInt8>?] = []
        var off = 0
        for c in 0..<nplanes { ptrs.append(planeBuf + off); off += pw[c] * ph[c] }
        var strides = pw.map { Int32($0) }
        try run(handle, src, fallbackEOI: true) { s, n in
            ptrs.withUnsafeMutableBufferPointer { pp in
                strides.withUnsafeMutableBufferPointer { st in
                    tjDecompressToYUVPlanes(handle, s, n, pp.baseAddress, w, st.baseAddress, h, Int32(TJFLAG_ACCURATEDCT))
                }
            }
        }
        if geometry.bytesPerSample == 1 && nplanes == geometry.samplesPerPixel
            && Int(w) == geometry.columns && Int(h) == geometry.rows,
           let out = dst.baseAddress, dst.count >= Int(w) * Int(h) * nplanes {
            var p8: [Plane8] = []
            off = 0
            for c in 0..<nplanes {
                let comp = header.components[c]
                p8.append(Plane8(base: UnsafePointer(planeBuf + off), stride: pw[c], width: dws[c], height: dhs[c],
                                 h: comp.h, v: comp.v))
                off += pw[c] * ph[c]
            }
            try Upsampler.write8(p8, hmax: hmax, vmax: vmax, width: Int(w), height: Int(h),
                                 into: out.assumingMemoryBound(to: UInt8.self))
            return
        }
        var cp: [ComponentPlane] = []
        off = 0
        for c in 0..<nplanes {
            let comp = header.components[c]
            let n = pw[c] * ph[c]
            let samples = try HeapBuffer<Int32>(count: n, "a \(pw[c])x\(ph[c]) JPEG component plane")
            for i in 0..<n { samples.pointer[i] = Int32(planeBuf[off + i]) }
            cp.append(ComponentPlane(samples: samples, stride: pw[c],
                                     width: dws[c], height: dhs[c], h: comp.h, v: comp.v))
            off += pw[c] * ph[c]
        }
        try Upsampler.write(header, cp, geometry: geometry, into: dst)
    }

    /// 3-component YCbCr straight to interleaved RGB by libjpeg-turbo (fancy upsampling, integer
    /// colour conversion).
    static func decodeRGB(_ src: UnsafeRawBufferPointer, geometry: FrameGeometry,
                          into dst: UnsafeMutableRawBufferPointer) throws {
        guard let handle = tjInitDecompress() else { throw codecError("tjInitDecompress failed") }
        defer { tjDestroy(handle) }
        guard let sp = src.baseAddress?.assumingMemoryBound(to: UInt8.self) else { throw codecError("empty JPEG codestream") }
        var w: Int32 = 0, h: Int32 = 0, subsamp: Int32 = 0, cs: Int32 = 0
        if tjDecompressHeader3(handle, sp, UInt(src.count), &w, &h, &subsamp, &cs) != 0 {
            throw codecError("libturbojpeg: \(String(cString: tjGetErrorStr2(handle)))")
        }
        guard Int(w) == geometry.columns, Int(h) == geometry.rows, cs == Int32(TJCS_YCbCr.rawValue),
              dst.count >= Int(w) * Int(h) * 3, let d = dst.baseAddress?.assumingMemoryBound(to: UInt8.self) else {
            throw codecError("JPEG frame does not suit the libjpeg-turbo colour path")
        }
        try run(handle, src, fallbackEOI: true) { s, n in
            tjDecompress2(handle, s, n, d, w, w * 3, h, Int32(TJPF_RGB.rawValue), Int32(TJFLAG_ACCURATEDCT))
        }
    }

    /// Runs a decompression call; a libjpeg warning is an error, except a missing EOI, which is
    /// retried once with EOI appended.
    static func run(_ handle: tjhandle, _ src: UnsafeRawBufferPointer, fallbackEOI: Bool,
                    _ call: (UnsafePointer<UInt8>, UInt) -> Int32) throws {
        guard let sp = src.baseAddress?.assumingMemoryBound(to: UInt8.self) else { throw codecError("empty JPEG codestream") }
        if call(sp, UInt(src.count)) == 0 { return }
        let message = String(cString: tjGetErrorStr2(handle))
        let isWarning = tjGetErrorCode(handle) == Int32(TJERR_WARNING.rawValue)
        if isWarning && fallbackEOI && !endsWithEOI(sp, src.count) {
            var copy = [UInt8](UnsafeBufferPointer(start: sp, count: src.count))
            copy.append(0xFF); copy.append(0xD9)
            let rc = copy.withUnsafeBufferPointer { b -> Int32 in
                guard let bp = b.baseAddress else { return -1 }
                return call(bp, UInt(b.count))
            }
            if rc == 0 { return }
            throw codecError("libturbojpeg: \(String(cString: tjGetErrorStr2(handle)))")
        }
        throw codecError("libturbojpeg: \(message)")
    }

    /// True if an EOI marker follows the last scan data (padding zeros after EOI allowed).
    static func endsWithEOI(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        var i = n - 1
        while i > 0 && p[i] == 0 { i -= 1 }
        return i >= 1 && p[i] == 0xD9 && p[i - 1] == 0xFF
    }
}
