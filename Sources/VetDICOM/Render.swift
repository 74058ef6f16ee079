import DICOMCore
import DICOMCodecs
import DICOMRendering
#if canImport(Glibc)
import Glibc
#endif

// The rendering facade: turns the keyed options of `FileOptions` into `RenderOptions` and
// renders frames of a `DICOMFile` to pixels, PNG and JPEG. Used by the C API and the CLI.

extension FileOptions {
    /// The rendering options set by key (see "Rendering" in vetdicom.h).
    /// - Throws: `.invalidArgument` for a value out of range or an unknown name.
    public func renderOptions() throws -> RenderOptions {
        var o = RenderOptions()
        let n = renderNumbers
        func int(_ k: String) throws -> Int? {
            guard let v = n[k] else { return nil }
            guard let i = Int(exactly: v.rounded()), v.isFinite else {
                throw DICOMError(.invalidArgument, "option '\(k)' must be an integer, got \(formatDouble(v))")
            }
            return i
        }
        o.windowCenter = n["window_center"]
        o.windowWidth = n["window_width"]
        if let c = o.windowCenter, !c.isFinite { throw DICOMError(.invalidArgument, "window_center is not finite") }
        if let w = o.windowWidth, !(w > 0 && w.isFinite) {
            throw DICOMError(.invalidArgument, "window_width must be > 0, got \(formatDouble(w))")
        }
        o.voiIndex = try int("voi_index")
        o.voiLUTIndex = try int("voi_lut_index")
        if let i = try int("invert") { o.invert = i < 0 ? nil : i != 0 }
        if let w = try int("output_width") {
            guard w >= 0 && w <= 65535 else { throw DICOMError(.invalidArgument, "output_width \(w) is outside 0...65535") }
            o.outputWidth = w
        }
        if let h = try int("output_height") {
            guard h >= 0 && h <= 65535 else { throw DICOMError(.invalidArgument, "output_height \(h) is outside 0...65535") }
            o.outputHeight = h
        }
        if let v = try int("overlays") { o.overlays = v != 0 }
        if let v = try int("overlay_color") {
            guard v >= 0 && v <= 0xFFFFFF else { throw DICOMError(.invalidArgument, "overlay_color must be 0xRRGGBB") }
            o.overlayColor = UInt32(v)
        }
        if let q = try int("jpeg_quality") {
            guard q >= 1 && q <= 100 else { throw DICOMError(.invalidArgument, "jpeg_quality \(q) is outside 1...100") }
            o.jpegQuality = q
        }
        if let p = n["percentile_low"] {
            guard p >= 0 && p <= 100 else { throw DICOMError(.invalidArgument, "percentile_low must be in 0...100") }
            o.percentileLow = p
            o.voiDefault = .percentile
        }
        if let p = n["percentile_high"] {
            guard p >= 0 && p <= 100 else { throw DICOMError(.invalidArgument, "percentile_high must be in 0...100") }
            o.percentileHigh = p
            o.voiDefault = .percentile
        }
        guard o.percentileLow <= o.percentileHigh else {
            throw DICOMError(.invalidArgument, "percentile_low is above percentile_high")
        }
        let s = renderStrings
        if let f = s["voi_function"] {
            guard let fn = VOIFunction(name: f) else {
                throw DICOMError(.invalidArgument, "voi_function '\(f)' is not LINEAR, LINEAR_EXACT or SIGMOID")
            }
            o.voiFunction = fn
        }
        if let f = s["output_format"] {
            switch f.lowercased() {
            case "gray8", "grey8", "gray": o.output = .gray8
            case "rgb8", "rgb": o.output = .rgb8
            case "rgba8", "rgba": o.output = .rgba8
            case "auto", "": o.output = nil
            default: throw DICOMError(.invalidArgument, "output_format '\(f)' is not gray8, rgb8 or rgba8")
            }
        }
        if let d = s["voi_default"] {
            guard let v = VOIDefault(rawValue: d.lowercased()) else {
                throw DICOMError(.invalidArgument, "voi_default '\(d)' is not minmax or percentile")
            }
            o.voiDefault = v
        }
        return o
    }
}

/// The size and format of a rendered frame.
public struct RenderShape: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public var channels: Int
    public var rowBytes: Int { width * channels }
    public var byteCount: Int { width * height * channels }
}

extension DICOMFile {
    /// Output size and channels for rendering with `options` (the file's own when nil).
    public func renderShape(options: FileOptions? = nil) throws -> RenderShape {
        let p = try pixels()
        try p.dataSet.checkValues(group: 0x0028)
        let ro = try (options ?? self.options).renderOptions()
        let (w, h) = Renderer.outputSize(p.description, p.dataSet, ro)
        return RenderShape(width: w, height: h, channels: Renderer.format(p.description, ro).channels)
    }

    /// Renders frame `frame` to a new image.
    public func render(frame: Int, options: FileOptions? = nil) throws -> RenderedImage {
        let p = try pixels()
        try p.dataSet.checkValues(group: 0x0028)   // a file changed while open: TRUNCATED, not zeros
        let opts = options ?? self.options
        let ro = try opts.renderOptions()
        let decoded = try cachedFrame(frame, settings: DICOMFile.renderDecodeSettings(opts))
        return try withExtendedLifetime(decoded) {
            try Renderer.render(p, frame: frame, options: ro, decoded: decoded.pixels)
        }
    }

    /// Renders frame `frame` into caller memory (rows `stride` bytes apart).
    @discardableResult
    public func render(frame: Int, options: FileOptions? = nil, into dst: UnsafeMutableRawBufferPointer,
                       stride: Int) throws -> String {
        let p = try pixels()
        try p.dataSet.checkValues(group: 0x0028)   // a file changed while open: TRUNCATED, not zeros
        let opts = options ?? self.options
        let ro = try opts.renderOptions()
        let decoded = try cachedFrame(frame, settings: DICOMFile.renderDecodeSettings(opts))
        return try withExtendedLifetime(decoded) {
            try Renderer.render(p, frame: frame, options: ro, into: dst, stride: stride, decoded: decoded.pixels)
        }
    }

    /// Renders frame `frame` and encodes it as PNG (`jpeg == false`) or JPEG. Returns malloc'ed
    /// bytes that the caller frees with `free`, their count, and the rendered image.
    public func renderEncodedImage(frame: Int, options: FileOptions? = nil,
                                   jpeg: Bool) throws -> (UnsafeMutableRawPointer, Int, RenderedImage) {
        let opts = options ?? self.options
        let ro = try opts.renderOptions()
        let img = try render(frame: frame, options: opts)
        let (mem, n) = try img.pixels.withUnsafeBytes { raw -> (UnsafeMutableRawPointer, Int) in
            guard let base = raw.baseAddress else { throw DICOMError(.invalidData, "empty rendered image") }
            if jpeg {
                return try ImageEncoder.jpeg(base, width: img.width, height: img.height, channels: img.channels,
                                             stride: img.width * img.channels, quality: ro.jpegQuality)
            }
            return try ImageEncoder.png(base, width: img.width, height: img.height, channels: img.channels,
                                        stride: img.width * img.channels)
        }
        return (mem, n, img)
    }

    /// Renders frame `frame` and encodes it as PNG or JPEG (malloc'ed bytes, freed with `free`).
    public func renderEncoded(frame: Int, options: FileOptions? = nil, jpeg: Bool) throws -> (UnsafeMutableRawPointer, Int) {
        let (mem, n, _) = try renderEncodedImage(frame: frame, options: options, jpeg: jpeg)
        return (mem, n)
    }

    /// Renders frame `frame` to a PNG or JPEG file (`jpeg` chooses). Returns the rendered image.
    @discardableResult
    public func renderToFile(frame: Int, options: FileOptions? = nil, path: String, jpeg: Bool) throws -> RenderedImage {
        let (mem, size, img) = try renderEncodedImage(frame: frame, options: options, jpeg: jpeg)
        defer { free(mem) }
        try ImageEncoder.writeFile(path, mem, size)
        return img
    }

    /// Pixel geometry of frame `frame` for measuring.
    public func geometry(frame: Int = 0) -> Geometry { Geometry(dataSet: dataSet, frame: frame) }

    /// The windows and VOI LUTs the file offers for frame `frame`.
    public func voiChoices(frame: Int = 0) throws -> FrameAttributes {
        let p = try pixels()
        try p.dataSet.checkValues(group: 0x0028)
        return FrameAttributes(dataSet: p.dataSet, description: p.description, frame: frame)
    }
}

/// Timings of the rendering stages for one frame (used by `vetdicom render-bench`).
public struct RenderTimings: Sendable {
    public var pixels = 0
    /// Seconds per call, best of the iterations.
    public var decode = 0.0
    /// Window/level of the decoded frame to GRAY8 (stored range, table for the values present, apply).
    public var windowLevel = 0.0
    /// The table lookup alone (64K-entry table prebuilt).
    public var tableApply = 0.0
    /// Decode + render through the public path (what vetdicom_file_render does).
    public var render = 0.0
    public var png = 0.0
    public var jpeg = 0.0
    public var voi = ""
}

@inline(__always) private func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

extension DICOMFile {
    /// Times each rendering stage of frame `frame` (best of `iterations`).
    /// - Throws: decoding/rendering errors; `.invalidArgument` for a frame that is not grayscale
    ///   16/8-bit (window/level stages are skipped for colour frames).
    public func benchmarkRender(frame: Int, iterations: Int, options: FileOptions? = nil) throws -> RenderTimings {
        let opts = options ?? self.options
        let ro = try opts.renderOptions()
        let p = try pixels()
        var t = RenderTimings()
        let settings = DecodeSettings()
        let layout = p.layout(settings)
        t.pixels = layout.rows * layout.columns
        try p.checkFrame(frame)
        var buf = try FailableAlloc.array(repeating: UInt8(0), count: layout.frameBytes, "frame \(frame)")
        func best(_ body: () throws -> Void) rethrows -> Double {
            var b = Double.infinity
            for _ in 0..<max(1, iterations) {
                let s = now()
                try body()
                b = min(b, now() - s)
            }
            return b
        }
        t.decode = try best { _ = try buf.withUnsafeMutableBytes { try p.decode(frame: frame, into: $0, settings: settings) } }
        if p.description.photometricInterpretation.hasPrefix("MONOCHROME") && !layout.isFloat && layout.bytesPerSample <= 2 {
            let attrs = FrameAttributes(dataSet: p.dataSet, description: p.description, frame: frame)
            var out = try FailableAlloc.array(repeating: UInt8(0), count: t.pixels, "the rendered frame \(frame)")
            var desc = ""
            t.windowLevel = try best {
                desc = try buf.withUnsafeBytes { src in
                    try out.withUnsafeMutableBufferPointer { o in
                        try Renderer.renderGray(src, layout: layout, attrs: attrs, options: ro, into: o)
                    }
                }
            }
            t.voi = desc
            if layout.bytesPerSample == 2 {
                let plan = try Renderer.plan(attrs, ro) { (0, 65535) }
                let table = Renderer.makeTable16(plan, layout.isSigned ? -32768 : 0, layout.isSigned ? 32767 : 65535)
                t.tableApply = best {
                    buf.withUnsafeBytes { src in
                        out.withUnsafeMutableBufferPointer { o in
                            table.withUnsafeBufferPointer { tb in
                                guard let s = src.baseAddress, let ob = o.baseAddress, let tbb = tb.baseAddress else { return }
                                Renderer.applyTable16(s.assumingMemoryBound(to: UInt16.self), t.pixels, tbb, ob)
                            }
                        }
                    }
                }
            }
        }
        var img = try render(frame: frame, options: opts)
        t.render = try best { img = try render(frame: frame, options: opts) }
        try img.pixels.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            t.png = try best {
                let (m, _) = try ImageEncoder.png(base, width: img.width, height: img.height, channels: img.channels,
                                                  stride: img.width * img.channels)
                free(m)
            }
            t.jpeg = try best {
                let (m, _) = try ImageEncoder.jpeg(base, width: img.width, height: img.height, channels: img.channels,
                                                   stride: img.width * img.channels, quality: ro.jpegQuality)
                free(m)
            }
        }
        return t
    }
}
