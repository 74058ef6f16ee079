import DICOMCore
import DICOMCodecs
#if canImport(Glibc)
import Glibc
#endif

/// Output pixel formats.
public enum OutputFormat: String, Sendable {
    case gray8, rgb8, rgba8
    public var channels: Int {
        switch self {
        case .gray8: return 1
        case .rgb8: return 3
        case .rgba8: return 4
        }
    }
}

/// What the renderer does when neither the caller nor the file gives a VOI.
public enum VOIDefault: String, Sendable {
    /// The full range of the frame's modality values (min...max).
    case minMax = "minmax"
    /// The range between two percentiles of the frame's modality values.
    case percentile = "percentile"
}

/// Rendering options. Every field has a default that gives what a viewer shows.
public struct RenderOptions: Sendable {
    /// A window set by the caller (both must be set); overrides the file's VOI.
    public var windowCenter: Double? = nil
    public var windowWidth: Double? = nil
    /// Which of the file's windows (0-based). -1: ignore the file's VOI (use `voiDefault`).
    public var voiIndex: Int? = nil
    /// Which VOI LUT Sequence item (0-based). By default item 0 is used when present.
    public var voiLUTIndex: Int? = nil
    /// Overrides the VOI LUT Function of the file (and applies to a caller-set window).
    public var voiFunction: VOIFunction? = nil
    /// nil: the file decides (MONOCHROME1 / Presentation LUT Shape INVERSE); true/false: force.
    public var invert: Bool? = nil
    /// nil: gray8 for grayscale images, rgb8 for colour.
    public var output: OutputFormat? = nil
    /// Output box in pixels (0 = unconstrained). Aspect ratio and Pixel Aspect Ratio are kept.
    public var outputWidth: Int = 0
    public var outputHeight: Int = 0
    public var overlays: Bool = false
    /// 0xRRGGBB.
    public var overlayColor: UInt32 = 0xFFFFFF
    public var jpegQuality: Int = 90
    public var voiDefault: VOIDefault = .minMax
    /// Percentiles (0...100) for `voiDefault == .percentile`.
    public var percentileLow: Double = 1
    public var percentileHigh: Double = 99
    public init() {}
}

/// A rendered 8-bit frame: `height` rows of `width * channels` bytes, no padding.
public struct RenderedImage: Sendable {
    public var width: Int
    public var height: Int
    public var channels: Int
    public var pixels: [UInt8]
    /// Which VOI was used, e.g. "window C=40 W=400 LINEAR", "VOI LUT 0", "min/max", "percentile 1-99", "colour".
    public var voiDescription: String
    public init(width: Int, height: Int, channels: Int, pixels: [UInt8], voiDescription: String = "") {
        self.width = width; self.height = height; self.channels = channels; self.pixels = pixels
        self.voiDescription = voiDescription
    }
}

/// The rendering pipeline (PS3.4 N.2): decode -> Modality LUT -> VOI -> presentation
/// (MONOCHROME1 / Presentation LUT Shape) -> 8 bits -> overlays -> resample -> output format.
/// Colour images: decode (YBR_FULL/ICT/RCT arrive as RGB) -> YBR_PARTIAL conversion or palette ->
/// 8 bits -> overlays -> resample -> output format. Stateless: safe from many threads.
public enum Renderer {

    // MARK: - sizes

    /// The output size for `pipeline` under `options`: the frame size, or the largest size that
    /// fits the requested box keeping the displayed aspect ratio (Pixel Aspect Ratio honoured).
    public static func outputSize(_ d: ImageDescription, _ ds: DataSet, _ options: RenderOptions) -> (Int, Int) {
        let w = options.outputWidth, h = options.outputHeight
        if w <= 0 && h <= 0 { return (d.columns, d.rows) }
        let par = Geometry.pixelAspectRatio(ds)  // vertical / horizontal size of a pixel
        let dispW = Double(d.columns)
        let dispH = Double(d.rows) * par
        var scale = Double.infinity
        if w > 0 { scale = min(scale, Double(w) / dispW) }
        if h > 0 { scale = min(scale, Double(h) / dispH) }
        let ow = max(1, min(65535, Int((dispW * scale).rounded())))
        let oh = max(1, min(65535, Int((dispH * scale).rounded())))
        return (ow, oh)
    }

    /// Output format chosen for the image (`options.output`, else by photometric interpretation:
    /// gray8 for MONOCHROME1/2 unless overlays are drawn in a colour that is not gray, else rgb8).
    public static func format(_ d: ImageDescription, _ options: RenderOptions) -> OutputFormat {
        if let f = options.output { return f }
        guard d.photometricInterpretation.hasPrefix("MONOCHROME") else { return .rgb8 }
        let c = options.overlayColor
        let gray = (c >> 16) & 0xFF == (c >> 8) & 0xFF && (c >> 8) & 0xFF == c & 0xFF
        return options.overlays && !gray ? .rgb8 : .gray8
    }

    // MARK: - entry points

    /// Renders frame `frame` into a new image in the output format.
    /// - Throws: decoding errors, `.outOfRange`, `.invalidArgument` for a bad caller window.
    public static func render(_ pipeline: PixelPipeline, frame: Int, options: RenderOptions,
                              decoded: DecodedPixels? = nil) throws -> RenderedImage {
        let d = pipeline.description
        let fmt = format(d, options)
        let (w, h) = outputSize(d, pipeline.dataSet, options)
        guard w * h * fmt.channels <= pipeline.limits.maxFrameBytes else {
            throw DICOMError.limit("max_frame_bytes", w * h * fmt.channels, pipeline.limits.maxFrameBytes)
        }
        // The frame must exist (and its native bytes be present) before the output is allocated,
        // and the output is calloc'ed (committed only where written; OUT_OF_MEMORY, never a trap):
        // a 1 KB file declaring 32767 x 65535 committed 2 GiB here (found by the hostile suite).
        try pipeline.checkFrame(frame)
        let size = w * h * fmt.channels
        guard let mem = calloc(max(1, size), 1) else {
            throw DICOMError(.outOfMemory, "cannot allocate \(size) bytes for the rendered frame \(frame)")
        }
        defer { free(mem) }
        let stride = w * fmt.channels
        let desc = try render(pipeline, frame: frame, options: options,
                              into: UnsafeMutableRawBufferPointer(start: mem, count: size), stride: stride,
                              decoded: decoded)
        let out = try FailableAlloc.array(copying: UnsafeBufferPointer(start: mem.assumingMemoryBound(to: UInt8.self), count: size),
                                          "the rendered frame \(frame)")
        return RenderedImage(width: w, height: h, channels: fmt.channels, pixels: out, voiDescription: desc)
    }

    /// Renders frame `frame` into `dst`: `height` rows `stride` bytes apart, each holding
    /// `width * channels` bytes (see `outputSize` and `format`). Returns the VOI description.
    /// - Throws: `.bufferTooSmall` when `dst` cannot hold the rows, `.invalidArgument` when the
    ///   stride is shorter than a row.
    @discardableResult
    public static func render(_ pipeline: PixelPipeline, frame: Int, options: RenderOptions,
                              into dst: UnsafeMutableRawBufferPointer, stride: Int,
                              decoded: DecodedPixels? = nil) throws -> String {
        let d = pipeline.description
        let fmt = format(d, options)
        let (w, h) = outputSize(d, pipeline.dataSet, options)
        let rowBytes = w * fmt.channels
        guard w * h * fmt.channels <= pipeline.limits.maxFrameBytes else {
            throw DICOMError.limit("max_frame_bytes", w * h * fmt.channels, pipeline.limits.maxFrameBytes)
        }
        guard stride >= rowBytes else {
            throw DICOMError(.invalidArgument, "stride \(stride) is shorter than a row of \(rowBytes) bytes")
        }
        // stride x (h - 1) + rowBytes, both steps overflow-checked (a stride near
        // Int.max / (h - 1) used to wrap the sum and pass the capacity check).
        let (last, o1) = stride.multipliedReportingOverflow(by: max(0, h - 1))
        let (need, o2) = last.addingReportingOverflow(rowBytes)
        guard !o1, !o2, need <= dst.count else {
            throw DICOMError(.bufferTooSmall, o1 || o2
                ? "stride \(stride) x \(h) rows overflows the address space"
                : "the rendered frame needs \(need) bytes, the buffer has \(dst.count)")
        }
        var (img, desc) = try renderFull(pipeline, frame: frame, options: options, decoded: decoded)
        if options.overlays {
            if img.channels == 1 && fmt.channels >= 3 { img = try expandGray(img) }  // coloured overlays
            try Overlays.draw(on: &img, pipeline: pipeline, frame: frame, color: options.overlayColor)
        }
        if w != img.width || h != img.height {
            img = try Resample.areaAverage(img, width: w, height: h)
        }
        writeFormat(img, fmt, dst, stride)
        return desc
    }

    /// A 1-channel image as 3 equal channels.
    /// - Throws: `.outOfMemory` (the size is the frame's).
    static func expandGray(_ img: RenderedImage) throws -> RenderedImage {
        var px = try FailableAlloc.array(repeating: UInt8(0), count: img.pixels.count &* 3, "a \(img.width)x\(img.height) RGB image")
        for (i, g) in img.pixels.enumerated() { px[i * 3] = g; px[i * 3 + 1] = g; px[i * 3 + 2] = g }
        return RenderedImage(width: img.width, height: img.height, channels: 3, pixels: px, voiDescription: img.voiDescription)
    }

    // MARK: - full-resolution rendering

    /// Renders a frame at full size: 1 channel (grayscale) or 3 (colour).
    /// `decoded`: the frame already decoded (by the caller or a cache) with the pipeline's
    /// layout; nil decodes it here with default settings.
    public static func renderFull(_ pipeline: PixelPipeline, frame: Int,
                                  options: RenderOptions, decoded: DecodedPixels? = nil) throws -> (RenderedImage, String) {
        if let dp = decoded {
            guard frame >= 0 && frame < pipeline.frameCount else {
                throw DICOMError(.outOfRange, "frame \(frame) requested, the image has \(pipeline.frameCount) frame(s)")
            }
            guard dp.bytes.count >= dp.layout.frameBytes else {
                throw DICOMError(.bufferTooSmall, "decoded pixels are \(dp.bytes.count) bytes, the frame has \(dp.layout.frameBytes)")
            }
            return try renderDecoded(pipeline, frame: frame, options: options, dp.bytes, dp.layout)
        }
        let settings = DecodeSettings()
        let layout = pipeline.layout(settings)
        guard frame >= 0 && frame < pipeline.frameCount else {
            throw DICOMError(.outOfRange, "frame \(frame) requested, the image has \(pipeline.frameCount) frame(s)")
        }
        try pipeline.checkFrame(frame)
        // Zeroed memory from calloc: pages are committed only as the codec writes them, so a small
        // file declaring a huge image costs nothing before the codec rejects it, and a failed
        // allocation is an error, not a trap.
        let size = layout.frameBytes
        guard let mem = calloc(max(1, size), 1) else {
            throw DICOMError(.outOfMemory, "cannot allocate \(size) bytes for frame \(frame)")
        }
        defer { free(mem) }
        let buf = UnsafeMutableRawBufferPointer(start: mem, count: size)
        let got = try pipeline.decode(frame: frame, into: buf, settings: settings)
        return try renderDecoded(pipeline, frame: frame, options: options, UnsafeRawBufferPointer(buf), got)
    }

    /// Renders decoded pixels (`got` describes their layout) at full size.
    static func renderDecoded(_ pipeline: PixelPipeline, frame: Int, options: RenderOptions,
                              _ buf: UnsafeRawBufferPointer, _ got: DecodedLayout) throws -> (RenderedImage, String) {
        let d = pipeline.description
        let pixels = got.rows * got.columns
        let pi = d.photometricInterpretation
        if pi.hasPrefix("MONOCHROME") && got.samplesPerPixel == 1 {
            let attrs = FrameAttributes(dataSet: pipeline.dataSet, description: d, frame: frame)
            var out = try FailableAlloc.array(repeating: UInt8(0), count: pixels, "the rendered \(got.columns)x\(got.rows) frame")
            let src = buf
            let desc = try out.withUnsafeMutableBufferPointer { o in
                try renderGray(src, layout: got, attrs: attrs, options: options, into: o)
            }
            return (RenderedImage(width: got.columns, height: got.rows, channels: 1, pixels: out), desc)
        }
        if pi == "PALETTE COLOR" && got.samplesPerPixel == 1 {
            let pal = try PaletteLUT(dataSet: pipeline.dataSet, signedInput: got.isSigned)
            guard !got.isFloat, got.bytesPerSample <= 2 else {
                throw DICOMError(.invalidData, "PALETTE COLOR with \(got.bytesPerSample * 8)-bit samples is not supported")
            }
            var out = try FailableAlloc.array(repeating: UInt8(0), count: pixels &* 3, "the rendered \(got.columns)x\(got.rows) frame")
            do {
                let src = buf
                for i in 0..<pixels {
                    let k = pal.index(PaletteLUT.stored(src, i, got.bytesPerSample, got.isSigned))
                    out[i * 3] = pal.to8(pal.red[k]); out[i * 3 + 1] = pal.to8(pal.green[k])
                    out[i * 3 + 2] = pal.to8(pal.blue[k])
                }
            }
            return (RenderedImage(width: got.columns, height: got.rows, channels: 3, pixels: out), "palette")
        }
        guard got.samplesPerPixel == 3, !got.isFloat else {
            throw DICOMError(.invalidData,
                "photometric interpretation \(pi) with \(got.samplesPerPixel) sample(s) per pixel cannot be rendered")
        }
        var out = try FailableAlloc.array(repeating: UInt8(0), count: pixels &* 3, "the rendered \(got.columns)x\(got.rows) frame")
        let outPI = got.photometricInterpretation
        do {
            let src = buf
            if got.bytesPerSample == 1 {
                for i in 0..<(pixels * 3) { out[i] = src[i] }
            } else if got.bytesPerSample == 2 {
                // 16-bit colour: scale 0...2^BitsStored-1 to 0...255 with rounding.
                let maxV = UInt32((1 << min(max(d.bitsStored, 1), 16)) - 1)
                for i in 0..<(pixels * 3) {
                    let v = min(UInt32(src.loadUnaligned(fromByteOffset: i * 2, as: UInt16.self)), maxV)
                    out[i] = UInt8(truncatingIfNeeded: (v &* 255 &+ maxV / 2) / maxV)
                }
            } else {
                let maxV = UInt64((1 << min(max(d.bitsStored, 1), 32)) - 1)
                for i in 0..<(pixels * 3) {
                    let v = min(UInt64(src.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)), maxV)
                    out[i] = UInt8(truncatingIfNeeded: (v &* 255 &+ maxV / 2) / maxV)
                }
            }
        }
        if outPI == "YBR_PARTIAL_422" || outPI == "YBR_PARTIAL_420" || outPI == "YBR_PARTIAL" {
            out.withUnsafeMutableBufferPointer { ybrPartialToRGB($0) }
        } else if outPI == "YBR_FULL" || outPI == "YBR_FULL_422" {
            out.withUnsafeMutableBufferPointer { ybrFullToRGB($0) }
        }
        return (RenderedImage(width: got.columns, height: got.rows, channels: 3, pixels: out), "colour")
    }

    /// YBR_PARTIAL (ITU-R BT.601 studio range, PS3.3 C.7.6.3.1.2) to RGB in place.
    static func ybrPartialToRGB(_ p: UnsafeMutableBufferPointer<UInt8>) {
        var i = 0
        while i + 2 < p.count {
            let y = 1.164383 * (Double(p[i]) - 16), cb = Double(p[i + 1]) - 128, cr = Double(p[i + 2]) - 128
            p[i] = clip8(y + 1.596027 * cr)
            p[i + 1] = clip8(y - 0.391762 * cb - 0.812968 * cr)
            p[i + 2] = clip8(y + 2.017232 * cb)
            i += 3
        }
    }

    /// YBR_FULL (JPEG full range) to RGB in place.
    static func ybrFullToRGB(_ p: UnsafeMutableBufferPointer<UInt8>) {
        var i = 0
        while i + 2 < p.count {
            let y = Double(p[i]), cb = Double(p[i + 1]) - 128, cr = Double(p[i + 2]) - 128
            p[i] = clip8(y + 1.402 * cr)
            p[i + 1] = clip8(y - 0.344136 * cb - 0.714136 * cr)
            p[i + 2] = clip8(y + 1.772 * cb)
            i += 3
        }
    }

    @inline(__always) static func clip8(_ v: Double) -> UInt8 {
        let f = (v + 0.5).rounded(.down)
        if !(f > 0) { return 0 }
        if f >= 255 { return 255 }
        return UInt8(f)
    }

    // MARK: - grayscale

    /// The VOI chosen for a frame, and whether the output is inverted.
    public struct GrayPlan: Sendable {
        public var modality: ModalityTransform
        public var voi: VOITransform
        public var yMin: Double
        public var yMax: Double
        public var invert: Bool
        public var description: String

        /// 8-bit output for stored value `s`.
        @inline(__always) public func value(_ s: Double) -> UInt8 {
            let m = modality.apply(s)
            let out: UInt8
            switch voi {
            case .window(let w): out = to8Bit(w.apply(m, yMin: yMin, yMax: yMax), lo: yMin, hi: yMax)
            case .lut(let t): out = to8Bit(Double(t.lookup(m)), lo: 0, hi: Double(t.maxOutput))
            case .range(let lo, let hi): out = to8Bit(m, lo: lo, hi: hi)
            }
            return invert ? 255 &- out : out
        }
    }

    /// Chooses the VOI: caller window; caller-chosen LUT or window; the file's first VOI LUT
    /// (a LUT wins over a window, as pydicom's prefer_lut); the file's first window; else the
    /// default range (`range` gives the modality min/max or percentiles of the frame, computed
    /// only when needed).
    public static func plan(_ attrs: FrameAttributes, _ options: RenderOptions,
                            range: () throws -> (Double, Double)) throws -> GrayPlan {
        let (yMin, yMax) = attrs.windowOutputRange
        let invert = options.invert ?? attrs.invertsByDefault
        func windowPlan(_ w0: Window) throws -> GrayPlan {
            var w = w0
            if let f = options.voiFunction { w.function = f }
            guard w.isValid else {
                throw DICOMError(.invalidArgument,
                    "window width \(formatDouble(w.width)) is not valid for \(w.function.rawValue) (LINEAR needs >= 1, others > 0)")
            }
            return GrayPlan(modality: attrs.modality, voi: .window(w), yMin: yMin, yMax: yMax, invert: invert,
                            description: "window C=\(formatDouble(w.center)) W=\(formatDouble(w.width)) \(w.function.rawValue)")
        }
        func lutPlan(_ i: Int) -> GrayPlan {
            GrayPlan(modality: attrs.modality, voi: .lut(attrs.voiLUTs[i]), yMin: 0,
                     yMax: Double(attrs.voiLUTs[i].maxOutput), invert: invert, description: "VOI LUT \(i)")
        }
        func defaultPlan() throws -> GrayPlan {
            let (lo, hi) = try range()
            let desc = options.voiDefault == .minMax ? "min/max"
                : "percentile \(formatDouble(options.percentileLow))-\(formatDouble(options.percentileHigh))"
            return GrayPlan(modality: attrs.modality, voi: .range(lo: lo, hi: hi), yMin: lo, yMax: hi,
                            invert: invert, description: desc)
        }
        if options.windowCenter != nil || options.windowWidth != nil {
            guard let c = options.windowCenter, let w = options.windowWidth else {
                throw DICOMError(.invalidArgument, "window_center and window_width must be set together")
            }
            return try windowPlan(Window(center: c, width: w, function: options.voiFunction ?? attrs.voiFunction))
        }
        if let i = options.voiLUTIndex {
            guard i >= 0 && i < attrs.voiLUTs.count else {
                throw DICOMError(.outOfRange, "VOI LUT \(i) requested, the frame has \(attrs.voiLUTs.count)")
            }
            return lutPlan(i)
        }
        if let i = options.voiIndex {
            if i < 0 { return try defaultPlan() }
            guard i < attrs.windows.count else {
                throw DICOMError(.outOfRange, "window \(i) requested, the frame has \(attrs.windows.count)")
            }
            return try windowPlan(attrs.windows[i])
        }
        if !attrs.voiLUTs.isEmpty { return lutPlan(0) }
        if let w = attrs.windows.first {
            var ww = w
            if let f = options.voiFunction { ww.function = f }
            if ww.isValid { return try windowPlan(ww) }
        }
        return try defaultPlan()
    }

    /// Renders one decoded grayscale frame to 8 bits (full size).
    public static func renderGray(_ src: UnsafeRawBufferPointer, layout l: DecodedLayout, attrs: FrameAttributes,
                                  options: RenderOptions, into out: UnsafeMutableBufferPointer<UInt8>) throws -> String {
        let n = l.rows * l.columns
        guard src.count >= n * l.bytesPerSample, out.count >= n, let sb = src.baseAddress, let ob = out.baseAddress else {
            throw DICOMError(.invalidData, "decoded frame is smaller than \(l.rows)x\(l.columns)")
        }
        if !l.isFloat && l.bytesPerSample <= 2 {
            // Table path: stored range first, then one table entry per stored value present.
            let (smin, smax) = storedRange(sb, n, l.bytesPerSample, l.isSigned)
            let plan = try Renderer.plan(attrs, options) {
                defaultRange(attrs.modality, options, smin: smin, smax: smax) {
                    histogram(sb, n, l.bytesPerSample, l.isSigned)
                }
            }
            if l.bytesPerSample == 1 {
                var table = [UInt8](repeating: 0, count: 256)
                for s in smin...smax { table[Int(UInt8(truncatingIfNeeded: s))] = plan.value(Double(s)) }
                table.withUnsafeBufferPointer { t in
                    guard let tb = t.baseAddress else { return }
                    let p = sb.assumingMemoryBound(to: UInt8.self)
                    for i in 0..<n { ob[i] = tb[Int(p[i])] }
                }
            } else {
                let table = makeTable16(plan, smin, smax)
                table.withUnsafeBufferPointer { t in
                    guard let tb = t.baseAddress else { return }
                    applyTable16(sb.assumingMemoryBound(to: UInt16.self), n, tb, ob)
                }
            }
            return plan.description
        }
        // General path (32-bit integers, float, double): evaluate per pixel.
        func stored(_ i: Int) -> Double {
            switch (l.isFloat, l.bytesPerSample, l.isSigned) {
            case (true, 4, _): return Double(src.loadUnaligned(fromByteOffset: i * 4, as: Float.self))
            case (true, _, _): return src.loadUnaligned(fromByteOffset: i * 8, as: Double.self)
            case (false, 4, true): return Double(src.loadUnaligned(fromByteOffset: i * 4, as: Int32.self))
            case (false, 4, false): return Double(src.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self))
            default: return 0
            }
        }
        let plan = try Renderer.plan(attrs, options) {
            // One Double per pixel (the frame's own size is already allocated): failable.
            var ms = try FailableAlloc.reserved(Double.self, capacity: n, "the modality values of a \(l.columns)x\(l.rows) frame")
            for i in 0..<n { let m = attrs.modality.apply(stored(i)); if m.isFinite { ms.append(m) } }
            if ms.isEmpty { return (0, 0) }
            if options.voiDefault == .minMax { return (ms.min() ?? 0, ms.max() ?? 0) }
            ms.sort()
            return (percentileOfSorted(ms, options.percentileLow), percentileOfSorted(ms, options.percentileHigh))
        }
        for i in 0..<n { ob[i] = plan.value(stored(i)) }
        return plan.description
    }

    static func percentileOfSorted(_ v: [Double], _ p: Double) -> Double {
        // numpy's default (linear interpolation between closest ranks).
        guard !v.isEmpty else { return 0 }
        let q = min(max(p, 0), 100) / 100 * Double(v.count - 1)
        let i = Int(q.rounded(.down))
        let f = q - Double(i)
        if i + 1 >= v.count { return v[v.count - 1] }
        return v[i] + (v[i + 1] - v[i]) * f
    }

    /// Min and max stored value of a 1- or 2-byte frame.
    static func storedRange(_ p: UnsafeRawPointer, _ n: Int, _ bps: Int, _ signed: Bool) -> (Int, Int) {
        if n == 0 { return (0, 0) }
        switch (bps, signed) {
        case (1, false):
            let q = p.assumingMemoryBound(to: UInt8.self)
            var lo = q[0], hi = q[0]
            for i in 0..<n { let v = q[i]; lo = min(lo, v); hi = max(hi, v) }
            return (Int(lo), Int(hi))
        case (1, true):
            let q = p.assumingMemoryBound(to: Int8.self)
            var lo = q[0], hi = q[0]
            for i in 0..<n { let v = q[i]; lo = min(lo, v); hi = max(hi, v) }
            return (Int(lo), Int(hi))
        case (_, false):
            let q = p.assumingMemoryBound(to: UInt16.self)
            var lo = q[0], hi = q[0]
            for i in 0..<n { let v = q[i]; lo = min(lo, v); hi = max(hi, v) }
            return (Int(lo), Int(hi))
        default:
            let q = p.assumingMemoryBound(to: Int16.self)
            var lo = q[0], hi = q[0]
            for i in 0..<n { let v = q[i]; lo = min(lo, v); hi = max(hi, v) }
            return (Int(lo), Int(hi))
        }
    }

    /// Counts of each stored value, indexed by value - base (base = -32768 signed, 0 unsigned).
    static func histogram(_ p: UnsafeRawPointer, _ n: Int, _ bps: Int, _ signed: Bool) -> (base: Int, counts: [Int]) {
        let size = bps == 1 ? 256 : 65536
        let base = signed ? -(size / 2) : 0
        var counts = [Int](repeating: 0, count: size)
        for i in 0..<n {
            let v: Int
            switch (bps, signed) {
            case (1, false): v = Int(p.load(fromByteOffset: i, as: UInt8.self))
            case (1, true): v = Int(p.load(fromByteOffset: i, as: Int8.self))
            case (_, false): v = Int(p.loadUnaligned(fromByteOffset: i * 2, as: UInt16.self))
            default: v = Int(p.loadUnaligned(fromByteOffset: i * 2, as: Int16.self))
            }
            counts[v - base] &+= 1
        }
        return (base, counts)
    }

    /// Default VOI range from the stored range: min/max of the modality values of the stored
    /// values present (pydicom's min(m)/max(m)), or percentiles from a histogram.
    static func defaultRange(_ modality: ModalityTransform, _ options: RenderOptions, smin: Int, smax: Int,
                             histogram: () -> (base: Int, counts: [Int])) -> (Double, Double) {
        switch modality {
        case .identity, .rescale:
            if options.voiDefault == .minMax {
                let a = modality.apply(Double(smin)), b = modality.apply(Double(smax))
                return (min(a, b), max(a, b))
            }
        case .lut:
            break
        }
        let (base, counts) = histogram()
        let total = counts.reduce(0, &+)
        if options.voiDefault == .minMax {
            var lo = Double.infinity, hi = -Double.infinity
            for (k, c) in counts.enumerated() where c > 0 {
                let m = modality.apply(Double(k + base)); lo = min(lo, m); hi = max(hi, m)
            }
            return lo <= hi ? (lo, hi) : (0, 0)
        }
        // Percentiles of the stored values (nearest rank), then mapped.
        func valueAt(_ p: Double) -> Int {
            let rank = Int((min(max(p, 0), 100) / 100 * Double(max(total - 1, 0))).rounded())
            var acc = 0
            for (k, c) in counts.enumerated() where c > 0 {
                acc &+= c
                if acc > rank { return k + base }
            }
            return smax
        }
        let a = modality.apply(Double(valueAt(options.percentileLow)))
        let b = modality.apply(Double(valueAt(options.percentileHigh)))
        return (min(a, b), max(a, b))
    }

    /// A 65536-entry table indexed by the 16-bit pattern, filled for stored values smin...smax.
    public static func makeTable16(_ plan: GrayPlan, _ smin: Int, _ smax: Int) -> [UInt8] {
        var table = [UInt8](repeating: 0, count: 65536)
        table.withUnsafeMutableBufferPointer { t in
            guard let tb = t.baseAddress, smin <= smax else { return }
            switch (plan.modality, plan.voi, plan.invert) {
            case (.identity, .window(let w), let inv) where w.function == .linear:
                // The common case, inlined: same operations as GrayPlan.value.
                let yMin = plan.yMin, yMax = plan.yMax, yRange = yMax - yMin
                let c = w.center - 0.5, ww = w.width - 1
                let below = c - ww / 2, above = c + ww / 2
                for s in smin...smax {
                    let x = Double(s)
                    let v = x <= below ? yMin : (x > above ? yMax : ((x - c) / ww + 0.5) * yRange + yMin)
                    let o = to8Bit(v, lo: yMin, hi: yMax)
                    tb[Int(UInt16(truncatingIfNeeded: s))] = inv ? 255 &- o : o
                }
            default:
                for s in smin...smax { tb[Int(UInt16(truncatingIfNeeded: s))] = plan.value(Double(s)) }
            }
        }
        return table
    }

    /// out[i] = table[src[i]]: the hot loop (unrolled by 8).
    @inline(__always)
    public static func applyTable16(_ src: UnsafePointer<UInt16>, _ n: Int, _ table: UnsafePointer<UInt8>,
                                    _ out: UnsafeMutablePointer<UInt8>) {
        var i = 0
        while i + 8 <= n {
            out[i] = table[Int(src[i])]
            out[i + 1] = table[Int(src[i + 1])]
            out[i + 2] = table[Int(src[i + 2])]
            out[i + 3] = table[Int(src[i + 3])]
            out[i + 4] = table[Int(src[i + 4])]
            out[i + 5] = table[Int(src[i + 5])]
            out[i + 6] = table[Int(src[i + 6])]
            out[i + 7] = table[Int(src[i + 7])]
            i += 8
        }
        while i < n { out[i] = table[Int(src[i])]; i += 1 }
    }

    // MARK: - output

    /// Writes a 1- or 3-channel image into `dst` as `fmt`, rows `stride` bytes apart.
    static func writeFormat(_ img: RenderedImage, _ fmt: OutputFormat, _ dst: UnsafeMutableRawBufferPointer, _ stride: Int) {
        guard let base = dst.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        let w = img.width, c = img.channels, oc = fmt.channels
        img.pixels.withUnsafeBufferPointer { sp in
            guard let s = sp.baseAddress else { return }
            for y in 0..<img.height {
                let row = base + y * stride
                let srow = s + y * w * c
                switch (c, oc) {
                case (1, 1), (3, 3): memcpy(row, srow, w * c)
                case (1, 3):
                    for x in 0..<w { let g = srow[x]; row[x * 3] = g; row[x * 3 + 1] = g; row[x * 3 + 2] = g }
                case (1, 4):
                    for x in 0..<w { let g = srow[x]; row[x * 4] = g; row[x * 4 + 1] = g; row[x * 4 + 2] = g; row[x * 4 + 3] = 255 }
                case (3, 4):
                    for x in 0..<w {
                        row[x * 4] = srow[x * 3]; row[x * 4 + 1] = srow[x * 3 + 1]; row[x * 4 + 2] = srow[x * 3 + 2]; row[x * 4 + 3] = 255
                    }
                case (3, 1):
                    // Rec. 601 luma, rounded.
                    for x in 0..<w {
                        let r = UInt32(srow[x * 3]), g = UInt32(srow[x * 3 + 1]), b = UInt32(srow[x * 3 + 2])
                        row[x] = UInt8(truncatingIfNeeded: (r &* 299 &+ g &* 587 &+ b &* 114 &+ 500) / 1000)
                    }
                default: break
                }
            }
        }
    }
}

/// A frame decoded elsewhere (the caller's buffer, a frame cache): its bytes and layout, in the
/// layout `PixelPipeline.decode` writes.
public struct DecodedPixels {
    public var bytes: UnsafeRawBufferPointer
    public var layout: DecodedLayout
    public init(bytes: UnsafeRawBufferPointer, layout: DecodedLayout) {
        self.bytes = bytes
        self.layout = layout
    }
}
