import DICOMCore
import DICOMJPEG
#if canImport(Glibc)
import Glibc
#endif

/// The layout of a decoded frame (see "Pixel decoding" in vetdicom.h).
public struct DecodedLayout: Sendable, Equatable {
    public var rows: Int
    public var columns: Int
    public var samplesPerPixel: Int
    public var bytesPerSample: Int
    public var isSigned: Bool
    public var isFloat: Bool
    /// Photometric interpretation of the output ("RGB" after YBR conversion).
    public var photometricInterpretation: String
    public var frameBytes: Int { rows * columns * samplesPerPixel * bytesPerSample }
}

/// Decodes frames of one image: locates each frame's bytes (native offsets, or fragments via
/// the Basic/Extended Offset Table or a scan), runs the codec for the transfer syntax, then
/// applies the corrections once for every codec, in pydicom 3's order:
/// 1. JPEG 2000 (monochrome): codestream signedness differing from Pixel Representation is
///    conformed by a shift through the codestream precision; JPEG-LS with Pixel Representation 1:
///    sign extension from the codestream precision; everything else: bits above Bits Stored are
///    cleared (unsigned) or sign-extended (signed).
/// 2. YBR_FULL / YBR_FULL_422 samples are converted to RGB (unless keepYBR) with pydicom's
///    float32 formula, so results are bit-identical with pydicom's `pixel_array`.
/// Immutable after creation: decoding frames from several threads at once is safe.
public final class PixelPipeline: @unchecked Sendable {
    public let description: ImageDescription
    public let dataSet: DataSet
    public let limits: Limits
    /// Encapsulated: the fragment indices of each frame.
    private let frameFragments: [Range<Int>]
    private let uid: String

    public init(dataSet: DataSet, transferSyntax: TransferSyntax, limits: Limits) throws {
        let d = try ImageDescription(dataSet: dataSet, transferSyntax: transferSyntax)
        try d.validate(limits)
        description = d
        self.dataSet = dataSet
        self.limits = limits
        uid = transferSyntax.uid
        if let fragments = d.pixelElement.fragments {
            frameFragments = PixelPipeline.locateFrames(d, dataSet, fragments, uid: transferSyntax.uid)
        } else {
            frameFragments = []
        }
    }

    /// Number of frames that can be decoded.
    public var frameCount: Int {
        if description.encapsulated { return min(description.numberOfFrames, max(frameFragments.count, 1)) }
        return description.numberOfFrames
    }

    // MARK: - output layout

    public func layout(_ settings: DecodeSettings) -> DecodedLayout {
        let d = description
        let g = d.geometry
        var pi = d.photometricInterpretation
        let ybr = pi == "YBR_FULL" || pi == "YBR_FULL_422"
        if ybr { pi = settings.keepYBR ? "YBR_FULL" : "RGB" }
        if pi == "YBR_ICT" || pi == "YBR_RCT" { pi = "RGB" }
        if d.floatBits > 0 {
            return DecodedLayout(rows: d.rows, columns: d.columns, samplesPerPixel: d.samplesPerPixel,
                                 bytesPerSample: d.floatBits / 8, isSigned: true, isFloat: true,
                                 photometricInterpretation: pi)
        }
        return DecodedLayout(rows: d.rows, columns: d.columns, samplesPerPixel: d.samplesPerPixel,
                             bytesPerSample: g.bytesPerSample, isSigned: d.pixelRepresentation == 1,
                             isFloat: false, photometricInterpretation: pi)
    }

    // MARK: - decoding

    /// Decodes frame `index` into `dst` (at least `layout(settings).frameBytes` bytes).
    /// Returns the layout, with the output photometric interpretation as decoded.
    @discardableResult
    public func decode(frame index: Int, into dst: UnsafeMutableRawBufferPointer,
                       settings: DecodeSettings) throws -> DecodedLayout {
        var out = layout(settings)
        guard index >= 0 && index < frameCount else {
            throw DICOMError(.outOfRange, "frame \(index) requested, the image has \(frameCount) frame(s)")
        }
        let size = out.frameBytes
        guard dst.count >= size else {
            throw DICOMError(.bufferTooSmall, "frame needs \(size) bytes, buffer has \(dst.count)")
        }
        let frameDst = UnsafeMutableRawBufferPointer(rebasing: dst[0..<size])
        if description.encapsulated {
            try decodeEncapsulated(index, frameDst, settings, &out)
        } else {
            try decodeNative(index, frameDst, settings, &out)
        }
        return out
    }

    private func decodeEncapsulated(_ index: Int, _ dst: UnsafeMutableRawBufferPointer, _ settings: DecodeSettings,
                                    _ out: inout DecodedLayout) throws {
        let d = description
        guard let fragments = d.pixelElement.fragments, index < frameFragments.count else {
            throw DICOMError(.invalidData, "frame \(index) has no fragments")
        }
        let range = frameFragments[index]
        guard range.lowerBound >= 0, range.upperBound <= fragments.count, !range.isEmpty else {
            throw DICOMError(.invalidData, "frame \(index) has no fragments")
        }
        let store = dataSet.storage(of: d.pixelElement)
        if let damage = d.pixelElement.damage, damage.status == .truncated, range.upperBound == fragments.count {
            // Salvage: the last fragment was cut short by the end of the file.
            let have = fragments[range].reduce(0) { $0 &+ $1.count }
            throw DICOMError(.truncated, "frame \(index) is cut short: \(have) bytes of its fragments are present (\(damage.message))")
        }
        // The frame's bytes are read with ByteStore.withBytes (pread into a temporary buffer for
        // files read lazily: a file changed while open is an error, not a signal).
        if range.count == 1 {
            try store.withBytes(fragments[range.lowerBound]) { src in
                try decodeCodestream(src, dst, settings, &out)
            }
        } else {
            var total = 0
            for f in range { total &+= fragments[f].count }
            guard let joined = malloc(max(total, 1)) else {
                throw DICOMError(.outOfMemory, "cannot allocate \(total) bytes for the fragments of frame \(index)")
            }
            defer { free(joined) }
            var at = 0
            for f in range {
                try store.withBytes(fragments[f]) { src in
                    if let b = src.baseAddress, src.count > 0 { memcpy(joined + at, b, src.count) }
                }
                at += fragments[f].count
            }
            try decodeCodestream(UnsafeRawBufferPointer(start: joined, count: total), dst, settings, &out)
        }
    }

    /// The bytes of frame `index` as stored, without decoding: the frame's fragments joined
    /// (encapsulated), or its native bytes (byte-aligned frames; big endian data as stored).
    /// - Throws: `.outOfRange`, `.invalidData` (no fragments / bytes missing), `.unsupported`
    ///   (a native 1-bit frame not starting on a byte boundary).
    public func encodedFrame(_ index: Int) throws -> [UInt8] {
        guard index >= 0 && index < frameCount else {
            throw DICOMError(.outOfRange, "frame \(index) requested, the image has \(frameCount) frame(s)")
        }
        let d = description
        let store = dataSet.storage(of: d.pixelElement)
        guard let fragments = d.pixelElement.fragments else {
            let (startBit, _, startByte, endByte) = try nativeRange(index)
            guard startBit % 8 == 0 else {
                throw DICOMError(.unsupported, "native frame \(index) does not start on a byte boundary")
            }
            let e = d.pixelElement
            guard endByte <= e.length else { throw DICOMError(.truncated, "native frame \(index) needs bytes \(startByte)..<\(endByte) of \(e.length)") }
            // A public Swift API returning an Array: probed (FailableAlloc.array).
            return try store.withBytes((e.offset + startByte)..<(e.offset + endByte)) {
                try FailableAlloc.array(copying: $0.bindMemory(to: UInt8.self), "native frame \(index)")
            }
        }
        guard index < frameFragments.count else { throw DICOMError(.invalidData, "frame \(index) has no fragments") }
        let range = frameFragments[index]
        guard range.lowerBound >= 0, range.upperBound <= fragments.count, !range.isEmpty else {
            throw DICOMError(.invalidData, "frame \(index) has no fragments")
        }
        var total = 0
        for f in range {
            let (t, o) = total.addingReportingOverflow(fragments[f].count)
            guard !o else { throw DICOMError(.invalidData, "frame \(index) is too large") }
            total = t
        }
        var joined = try FailableAlloc.reserved(UInt8.self, capacity: total, "the fragments of frame \(index)")
        for f in range { try store.withBytes(fragments[f]) { joined.append(contentsOf: $0) } }
        return joined
    }

    private func decodeCodestream(_ src: UnsafeRawBufferPointer, _ dst: UnsafeMutableRawBufferPointer,
                                  _ settings: DecodeSettings, _ out: inout DecodedLayout) throws {
        let d = description
        let g = d.geometry
        // What the codestream can hold, before any codec allocates (CodestreamBounds.swift).
        try CodestreamBounds.check(src, transferSyntax: uid, rows: d.rows, columns: d.columns,
                                   samplesPerPixel: d.samplesPerPixel, frameBytes: dst.count)
        let codec: CodecOutput
        guard let row = CodecRegistry.row(uid) else {
            throw DICOMError(.unsupportedTransferSyntax,
                             "no decoder for transfer syntax \(uid) (\(d.transferSyntax.name))")
        }
        switch row.family {
        case .deflatedFrames:
            let inflated = try inflate(src, limit: max(limits.maxFrameBytes, 1 << 20), outputNeeded: dst.count)
            try unpackNative(inflated.bytes, bitOffset: 0, dst, &out, settings)
            return
        case .jpeg:
            if let (w, h, c) = jpegFrameSize(src), (w != g.columns || h != g.rows), c == g.samplesPerPixel,
               w >= 1, h >= 1, w <= g.columns, h <= g.rows {
                codec = try decodeSmallerFrame(src, width: w, height: h, into: dst, settings: settings)
            } else {
                guard let decode = row.decode else { throw DICOMError(.unsupportedTransferSyntax, "no decoder for \(uid)") }
                codec = try decode(src, uid, g, dst, settings)
            }
        default:
            guard let decode = row.decode else {
                throw DICOMError(.unsupportedTransferSyntax,
                                 "no decoder for transfer syntax \(uid) (\(d.transferSyntax.name))")
            }
            codec = try decode(src, uid, g, dst, settings)
        }
        try correct(dst, codec, settings, &out)
    }

    /// A JPEG frame coded smaller than the data set declares (some encoders write cropped
    /// frames in multi-frame cine loops): decoded at its own size and placed at the top left of
    /// a zero-filled frame, so a viewer shows the picture rather than an error or a garbled copy.
    private func decodeSmallerFrame(_ src: UnsafeRawBufferPointer, width: Int, height: Int,
                                    into dst: UnsafeMutableRawBufferPointer, settings: DecodeSettings) throws -> CodecOutput {
        var small = description.geometry
        small.columns = width
        small.rows = height
        guard let n = small.frameBytes else { throw DICOMError(.invalidData, "JPEG frame size overflows") }
        let tmp = try HeapBuffer<UInt8>(count: n, "the \(width)x\(height) JPEG frame")
        let codec = try tmp.withUnsafeMutableBytes {
            try JPEGCodec.decode(src, transferSyntax: uid, geometry: small, into: $0, settings: settings)
        }
        guard let base = dst.baseAddress else { return codec }
        memset(base, 0, dst.count)
        if codec.color == .ybrFull && small.samplesPerPixel == 3 && small.bytesPerSample == 1 {
            // Black in Y,Cb,Cr is (0, 128, 128), so the padding stays black after conversion.
            let p = base.assumingMemoryBound(to: UInt8.self)
            var i = 1
            while i + 1 < dst.count { p[i] = 128; p[i + 1] = 128; i += 3 }
        }
        let pixelBytes = small.samplesPerPixel * small.bytesPerSample
        let rowIn = width * pixelBytes
        let rowOut = description.columns * pixelBytes
        tmp.withUnsafeBytes { t in
            guard let tb = t.baseAddress else { return }
            for r in 0..<height { memcpy(base + r * rowOut, tb + r * rowIn, rowIn) }
        }
        return codec
    }

    // MARK: - native

    /// Checks that frame `index` exists and, for native pixel data, that its bytes are present,
    /// so that a caller allocates an output buffer only for a frame that can be decoded (a small
    /// file declaring a huge image must not cause a huge allocation).
    /// - Throws: `.outOfRange`, `.invalidData`, `.limitExceeded`.
    public func checkFrame(_ index: Int) throws {
        guard index >= 0 && index < frameCount else {
            throw DICOMError(.outOfRange, "frame \(index) requested, the image has \(frameCount) frame(s)")
        }
        if !description.encapsulated { _ = try nativeRange(index) }
    }

    /// The bit offset and bit count of native frame `index`, checked against the element's length.
    private func nativeRange(_ index: Int) throws -> (startBit: Int, frameBits: Int, startByte: Int, endByte: Int) {
        let d = description
        let e = d.pixelElement
        let pixels = d.rows * d.columns
        let nativeSamples = d.photometricInterpretation == "YBR_FULL_422" && d.samplesPerPixel == 3
            ? pixels * 2 : pixels * d.samplesPerPixel
        // Frame size in bits, then the frame's bit offset in the element.
        let (frameBits, o1) = nativeSamples.multipliedReportingOverflow(by: d.bitsAllocated)
        let (startBit, o2) = frameBits.multipliedReportingOverflow(by: index)
        let (endBit, o3) = startBit.addingReportingOverflow(frameBits &+ 7)
        guard !o1, !o2, !o3 else { throw DICOMError(.limitExceeded, "limit 'max_frame_bytes' exceeded: frame size overflows") }
        let startByte = startBit / 8
        let endByte = endBit / 8
        guard endByte <= e.length else {
            if let damage = e.damage, damage.status == .truncated {
                // Salvage: the file was cut short; earlier frames decode, this one is damaged.
                throw DICOMError(.truncated,
                    "frame \(index) needs pixel data bytes \(startByte)..<\(endByte), only \(e.length) are present (\(damage.message))")
            }
            throw DICOMError(.invalidData,
                "pixel data holds \(e.length) bytes, frame \(index) needs bytes \(startByte)..<\(endByte)")
        }
        return (startBit, frameBits, startByte, endByte)
    }

    private func decodeNative(_ index: Int, _ dst: UnsafeMutableRawBufferPointer, _ settings: DecodeSettings,
                              _ out: inout DecodedLayout) throws {
        let d = description
        let e = d.pixelElement
        let (startBit, _, startByte, endByte) = try nativeRange(index)
        let store = dataSet.storage(of: e)
        if dataSet.bigEndian && d.bitsAllocated == 8 && e.vr == .OW {
            // 8-bit data in OW, big endian: bytes are swapped in pairs (pydicom's be_swap_ow).
            let lo = startByte & ~1
            let hi = max(lo, min(e.length & ~1, (endByte + 1) & ~1))
            let swapped = try HeapBuffer<UInt8>(count: hi - lo, "the byte-swapped frame \(index)")
            try store.withBytes((e.offset + lo)..<(e.offset + hi)) { src in
                let w = swapped.pointer
                var i = 0
                while i + 1 < src.count && i + 1 < swapped.count {
                    w[i] = src[i + 1]
                    w[i + 1] = src[i]
                    i += 2
                }
            }
            try swapped.withUnsafeBytes { buf in
                // An odd frame size starts frame 1 in the middle of a swapped pair: skip to it.
                let skip = startByte - lo
                guard skip <= buf.count else { throw DICOMError(.invalidData, "pixel data too short") }
                let sub = UnsafeRawBufferPointer(rebasing: buf[skip...])
                try unpackNative(sub, bitOffset: startBit - startByte * 8, dst, &out, settings)
            }
            return
        }
        try store.withBytes((e.offset + startByte)..<(e.offset + endByte)) { src in
            try unpackNative(src, bitOffset: startBit - startByte * 8, dst, &out, settings)
        }
    }

    /// Converts one native frame (`src` starting at bit `bitOffset`) into the output layout.
    private func unpackNative(_ src: UnsafeRawBufferPointer, bitOffset: Int, _ dst: UnsafeMutableRawBufferPointer,
                              _ out: inout DecodedLayout, _ settings: DecodeSettings) throws {
        let d = description
        let pixels = d.rows * d.columns
        let spp = d.samplesPerPixel
        let be = dataSet.bigEndian
        let bps = out.bytesPerSample
        guard let dstBase = dst.baseAddress, let srcBase = src.baseAddress else {
            throw DICOMError(.invalidData, "empty pixel data")
        }
        let is422 = d.photometricInterpretation == "YBR_FULL_422" && spp == 3
        if d.bitsAllocated == 1 {
            guard (bitOffset + pixels * spp + 7) / 8 <= src.count else {
                throw DICOMError(.invalidData, "1-bit pixel data is too short")
            }
            let s = srcBase.assumingMemoryBound(to: UInt8.self)
            let o = dstBase.assumingMemoryBound(to: UInt8.self)
            for i in 0..<(pixels * spp) {
                let bit = bitOffset + i
                o[i] = (s[bit >> 3] >> UInt8(bit & 7)) & 1
            }
            return
        }
        let inBytes = d.bitsAllocated / 8
        guard bitOffset == 0, inBytes == bps || d.floatBits > 0 else {
            throw DICOMError(.invalidData, "Bits Allocated \(d.bitsAllocated) is not supported for native data")
        }
        // YBR_FULL_422: Y1 Y2 Cb Cr per pair of pixels, so an odd pixel count still needs the
        // whole last group (it was read past the data; found by FuzzNative).
        let needed = is422 ? (pixels + 1) / 2 * 4 * inBytes : pixels * spp * inBytes
        guard src.count >= needed, dst.count >= pixels * spp * bps else {
            throw DICOMError(.invalidData, "native frame has \(src.count) bytes, needs \(needed)")
        }
        if is422 {
            guard bps == 1 else { throw DICOMError(.invalidData, "YBR_FULL_422 native data must be 8-bit") }
            // Y1 Y2 Cb Cr for each pair of pixels -> Y Cb Cr per pixel.
            let s = srcBase.assumingMemoryBound(to: UInt8.self)
            let o = dstBase.assumingMemoryBound(to: UInt8.self)
            var p = 0
            while p < pixels {
                let base = (p / 2) * 4
                let y = s[base + (p & 1)]
                o[p * 3] = y
                o[p * 3 + 1] = s[base + 2]
                o[p * 3 + 2] = s[base + 3]
                p += 1
            }
        } else if spp > 1 && d.planarConfiguration == 1 {
            // Planar (RRR..GGG..BBB) -> interleaved.
            for sIdx in 0..<spp {
                let plane = srcBase + sIdx * pixels * bps
                for p in 0..<pixels {
                    memcpy(dstBase + (p * spp + sIdx) * bps, plane + p * bps, bps)
                }
            }
            if be && bps > 1 { byteSwap(dstBase, count: pixels * spp, size: bps) }
        } else if !be && spp == 1 && bps == 2 && d.floatBits == 0 && d.bitsAllocated == 16
                    && d.bitsStored < 16 && d.bitsStored > 0 && d.photometricInterpretation.hasPrefix("MONOCHROME") {
            // One pass at memory bandwidth: copy and apply Bits Stored (the only correction a
            // little-endian monochrome native frame needs), instead of memcpy + a second pass.
            copyMasked16(srcBase, dstBase, count: pixels, shift: 16 - d.bitsStored, signed: d.pixelRepresentation == 1)
            return
        } else {
            memcpy(dstBase, srcBase, pixels * spp * bps)
            if be && bps > 1 { byteSwap(dstBase, count: pixels * spp, size: bps) }
        }
        if d.floatBits > 0 { return }
        try correct(dst, CodecOutput(precision: d.bitsAllocated), settings, &out, native: true)
    }

    // MARK: - corrections

    private func correct(_ dst: UnsafeMutableRawBufferPointer, _ codec: CodecOutput, _ settings: DecodeSettings,
                         _ out: inout DecodedLayout, native: Bool = false) throws {
        let d = description
        let bps = out.bytesPerSample
        let count = d.rows * d.columns * d.samplesPerPixel
        guard let base = dst.baseAddress, dst.count >= count * bps else { return }
        let containerBits = bps * 8
        let signed = d.pixelRepresentation == 1
        let isMono = d.photometricInterpretation.hasPrefix("MONOCHROME")
        var shift = 0
        let correction = CodecRegistry.row(uid)?.correction ?? .bitsStored
        if correction == .jpeg2000 {
            if isMono && codec.isSigned != signed && codec.precision > 0 && codec.precision < containerBits {
                shift = containerBits - codec.precision
            }
        } else if correction == .jpegLS {
            if signed && codec.precision > 0 && codec.precision < containerBits {
                shift = containerBits - codec.precision
            }
        } else if d.bitsStored < d.bitsAllocated && d.bitsAllocated == containerBits && d.floatBits == 0 {
            shift = d.bitsAllocated - d.bitsStored
        }
        if shift > 0 { shiftCorrect(base, count: count, bytes: bps, shift: shift, signed: signed) }

        // Colour.
        let pi = d.photometricInterpretation
        var isYBR = false
        switch codec.color {
        case .rgb: out.photometricInterpretation = "RGB"
        case .ybrFull: isYBR = true
        case .asDeclared: isYBR = (pi == "YBR_FULL" || pi == "YBR_FULL_422") && d.samplesPerPixel == 3
        }
        if isYBR {
            if settings.keepYBR {
                out.photometricInterpretation = "YBR_FULL"
            } else {
                if bps == 1 { ybrToRGB8(base.assumingMemoryBound(to: UInt8.self), pixels: d.rows * d.columns) }
                out.photometricInterpretation = "RGB"
            }
        }
    }

    // MARK: - frame location

    /// The fragment index range of each frame, from the Extended Offset Table, the Basic Offset
    /// Table, one fragment per frame, or a scan of fragment starts/ends for codestream markers.
    static func locateFrames(_ d: ImageDescription, _ ds: DataSet, _ fragments: [Range<Int>],
                             uid: String) -> [Range<Int>] {
        let n = d.numberOfFrames
        if fragments.isEmpty { return [] }
        if n <= 1 { return [0..<fragments.count] }
        // Item starts relative to the first fragment's item tag.
        let firstItem = fragments[0].lowerBound - 8
        let itemOffsets = fragments.map { $0.lowerBound - 8 - firstItem }
        func fromOffsets(_ offsets: [Int]) -> [Range<Int>]? {
            guard offsets.count == n else { return nil }
            var starts: [Int] = []
            var f = 0
            for off in offsets {
                while f < itemOffsets.count && itemOffsets[f] < off { f += 1 }
                guard f < itemOffsets.count, itemOffsets[f] == off else { return nil }
                if let last = starts.last, last >= f { return nil }
                starts.append(f)
            }
            var ranges: [Range<Int>] = []
            for (i, s) in starts.enumerated() {
                ranges.append(s..<(i + 1 < starts.count ? starts[i + 1] : fragments.count))
            }
            return ranges
        }
        // Extended Offset Table (7FE0,0001), 64-bit offsets.
        if let eot = ds.element(Tag.extendedOffsetTable), eot.length == n * 8 {
            let raw = ds.rawValue(eot)
            var offs: [Int] = []
            for i in 0..<n {
                let v = raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)
                guard let o = Int(exactly: UInt64(littleEndian: v)) else { offs = []; break }
                offs.append(o)
            }
            if let r = fromOffsets(offs) { return r }
        }
        // Basic Offset Table, 32-bit offsets.
        if let bot = d.pixelElement.basicOffsetTable, bot.count >= 4 {
            let raw = ds.storage(of: d.pixelElement).slice(bot)
            var offs: [Int] = []
            for i in 0..<(bot.count / 4) {
                offs.append(Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self))))
            }
            if let r = fromOffsets(offs) { return r }
        }
        if fragments.count == n { return (0..<n).map { $0..<($0 + 1) } }
        // Scan: a frame starts at a fragment beginning with a codestream start marker.
        let store = ds.storage(of: d.pixelElement)
        var starts: [Int] = []
        for (i, f) in fragments.enumerated() {
            let b = store.slice(f.lowerBound..<min(f.upperBound, f.lowerBound + 8)) // the head only
            if b.count >= 2 && b[0] == 0xFF && (b[1] == 0xD8 || b[1] == 0x4F) { starts.append(i) }
            else if b.count >= 8 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == 0x0C && b[4] == 0x6A && b[5] == 0x50 {
                starts.append(i)
            }
        }
        if starts.count == n, starts.first == 0 {
            return starts.enumerated().map { i, s in s..<(i + 1 < starts.count ? starts[i + 1] : fragments.count) }
        }
        // Else: a frame ends at a fragment whose last non-padding bytes are an EOI/EOC marker.
        var ranges: [Range<Int>] = []
        var begin = 0
        for (i, f) in fragments.enumerated() {
            let b = store.slice(max(f.lowerBound, f.upperBound - 64)..<f.upperBound) // the tail only
            var end = b.count
            while end > 0 && b[end - 1] == 0 { end -= 1 }
            if end >= 2 && b[end - 2] == 0xFF && b[end - 1] == 0xD9 {
                ranges.append(begin..<(i + 1))
                begin = i + 1
            }
        }
        if ranges.count == n { return ranges }
        // Best effort: one fragment per frame for the frames we can find.
        return (0..<min(n, fragments.count)).map { $0..<($0 + 1) }
    }
}

/// Width, height and component count from a JPEG stream's SOF marker, or nil.
func jpegFrameSize(_ b: UnsafeRawBufferPointer) -> (Int, Int, Int)? {
    var i = 0
    let n = b.count
    guard n >= 4, b[0] == 0xFF, b[1] == 0xD8 else { return nil }
    i = 2
    while i + 4 <= n {
        guard b[i] == 0xFF else { return nil }
        let m = b[i + 1]
        if m == 0xFF { i += 1; continue }
        if m == 0xD8 || (m >= 0xD0 && m <= 0xD7) || m == 0x01 { i += 2; continue }
        let len = Int(b[i + 2]) << 8 | Int(b[i + 3])
        if (m >= 0xC0 && m <= 0xCF) && m != 0xC4 && m != 0xC8 && m != 0xCC {
            guard i + 10 <= n else { return nil }
            let h = Int(b[i + 5]) << 8 | Int(b[i + 6])
            let w = Int(b[i + 7]) << 8 | Int(b[i + 8])
            return (w, h, Int(b[i + 9]))
        }
        if m == 0xDA || len < 2 { return nil }
        i += 2 + len
    }
    return nil
}

/// Reverses the byte order of `count` values of `size` bytes.
func byteSwap(_ p: UnsafeMutableRawPointer, count: Int, size: Int) {
    switch size {
    case 2:
        let q = p.assumingMemoryBound(to: UInt16.self)
        for i in 0..<count { q[i] = q[i].byteSwapped }
    case 4:
        let q = p.assumingMemoryBound(to: UInt32.self)
        for i in 0..<count { q[i] = q[i].byteSwapped }
    case 8:
        let q = p.assumingMemoryBound(to: UInt64.self)
        for i in 0..<count { q[i] = q[i].byteSwapped }
    default: break
    }
}

/// Shifts left then right by `shift` (arithmetic when signed): clears or sign-extends the bits
/// above the value's width.
/// dst = src with bits above Bits Stored cleared (unsigned) or sign-extended (signed), 16-bit
/// little-endian samples, in one vectorisable pass.
func copyMasked16(_ src: UnsafeRawPointer, _ dst: UnsafeMutableRawPointer, count: Int, shift: Int, signed: Bool) {
    let s = UInt16(truncatingIfNeeded: shift)
    let o = dst.assumingMemoryBound(to: UInt16.self)
    // The mapped source may be unaligned for UInt16: read it through a byte-aligned view.
    if Int(bitPattern: src) & 1 != 0 {
        memcpy(dst, src, count &* 2)
        shiftCorrect(dst, count: count, bytes: 2, shift: shift, signed: signed)
        return
    }
    let i16 = src.assumingMemoryBound(to: UInt16.self)
    if signed {
        for i in 0..<count { o[i] = UInt16(bitPattern: Int16(bitPattern: i16[i] &<< s) &>> s) }
    } else {
        let m = UInt16.max &>> s
        for i in 0..<count { o[i] = i16[i] & m }
    }
}

func shiftCorrect(_ p: UnsafeMutableRawPointer, count: Int, bytes: Int, shift: Int, signed: Bool) {
    // Masking shifts (&<< / &>>, 0 < shift < container bits) and a plain mask for unsigned data,
    // so the loops vectorise (the checked shifts did not: 7 ms for a 3072x2614 frame).
    switch bytes {
    case 1:
        let q = p.assumingMemoryBound(to: UInt8.self)
        let s = UInt8(truncatingIfNeeded: shift)
        if signed { for i in 0..<count { q[i] = UInt8(bitPattern: Int8(bitPattern: q[i] &<< s) &>> s) } }
        else { let m = UInt8.max &>> s; for i in 0..<count { q[i] &= m } }
    case 2:
        let q = p.assumingMemoryBound(to: UInt16.self)
        let s = UInt16(truncatingIfNeeded: shift)
        if signed { for i in 0..<count { q[i] = UInt16(bitPattern: Int16(bitPattern: q[i] &<< s) &>> s) } }
        else { let m = UInt16.max &>> s; for i in 0..<count { q[i] &= m } }
    case 4:
        let q = p.assumingMemoryBound(to: UInt32.self)
        let s = UInt32(truncatingIfNeeded: shift)
        if signed { for i in 0..<count { q[i] = UInt32(bitPattern: Int32(bitPattern: q[i] &<< s) &>> s) } }
        else { let m = UInt32.max &>> s; for i in 0..<count { q[i] &= m } }
    default: break
    }
}

/// YBR_FULL -> RGB, 8-bit, exactly as pydicom 3's `convert_color_space` (float32 arithmetic,
/// round half up, clip to 0...255).
///
/// R depends on (Y, Cr) only and B on (Y, Cb) only (the zero terms add a signed zero, which
/// changes nothing), so they come from two 64 KiB tables filled once with the same float32
/// formula; G is computed per pixel from the per-Cb and per-Cr products, in the same order.
/// The tables were checked against the formula for all 2^24 inputs.
func ybrToRGB8(_ p: UnsafeMutablePointer<UInt8>, pixels: Int) {
    let t = YBRTables.shared
    t.r.withUnsafeBufferPointer { tr in
        t.b.withUnsafeBufferPointer { tb in
            t.gcb.withUnsafeBufferPointer { gb in
                t.gcr.withUnsafeBufferPointer { gr in
                    guard tr.count == 65536, tb.count == 65536, gb.count == 256, gr.count == 256 else { return }
                    var i = 0
                    let n = pixels &* 3
                    while i < n {
                        let y = Int(p[i]), cb = Int(p[i &+ 1]), cr = Int(p[i &+ 2])
                        let g = Float(y) + gb[cb] + gr[cr]
                        p[i] = tr[y << 8 | cr]
                        p[i &+ 1] = ybrClip(g)
                        p[i &+ 2] = tb[y << 8 | cb]
                        i &+= 3
                    }
                }
            }
        }
    }
}

/// floor(v + 0.5) clipped to 0...255, without libm or a trapping conversion: clamp, then
/// truncate with the 2^23 trick (adding 2^23 rounds to the nearest integer, exactly, into the
/// low mantissa bits; one less when that rounded up).
@inline(__always)
func ybrClip(_ v: Float) -> UInt8 {
    var f = v + 0.5
    f = f > 0 ? f : 0
    f = f < 255 ? f : 255
    let m = f + 8388608.0
    let r = m - 8388608.0
    let bits = m.bitPattern &- (r > f ? 1 : 0)
    return UInt8(truncatingIfNeeded: bits)
}

/// Tables of `ybrToRGB8`, built at first use.
final class YBRTables: Sendable {
    static let shared = YBRTables()
    /// R for [Y << 8 | Cr], B for [Y << 8 | Cb].
    let r: [UInt8]
    let b: [UInt8]
    /// (Cb - 128) * m11 and (Cr - 128) * m21 as float32 (the G terms).
    let gcb: [Float]
    let gcr: [Float]

    private init() {
        let m11 = Float(-0.114 * 1.772 / 0.587)
        let m12 = Float(1.772)
        let m20 = Float(1.402)
        let m21 = Float(-0.299 * 1.402 / 0.587)
        var r = [UInt8](repeating: 0, count: 65536)
        var b = [UInt8](repeating: 0, count: 65536)
        for y in 0..<256 {
            for c in 0..<256 {
                let fy = Float(y), fc = Float(c) - 128
                r[y << 8 | c] = ybrClip(fy + fc * m20)
                b[y << 8 | c] = ybrClip(fy + fc * m12)
            }
        }
        self.r = r
        self.b = b
        gcb = (0..<256).map { (Float($0) - 128) * m11 }
        gcr = (0..<256).map { (Float($0) - 128) * m21 }
    }
}
