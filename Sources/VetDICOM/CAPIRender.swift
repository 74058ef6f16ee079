import CVetSupport
import DICOMCore
import DICOMCodecs
import DICOMRendering
#if canImport(Glibc)
import Glibc
#endif

// Exported rendering functions (see "Rendering" in vetdicom.h). Thin wrappers over Render.swift.

/// The options of `options` (NULL: the file's). Throws CLOSED / WRONG_HANDLE for a dead or
/// foreign options handle.
func renderFileOptions(_ options: OpaquePointer?, _ file: DICOMFile) throws -> FileOptions {
    try optionsOrDefault(options, file.options)
}

/// Exported to C as `vetdicom_file_render_size`.
@_cdecl("vetdicom_file_render_size")
public func c_file_render_size(_ file: OpaquePointer?, _ options: OpaquePointer?, _ width: UnsafeMutablePointer<UInt32>?,
                               _ height: UnsafeMutablePointer<UInt32>?, _ channels: UnsafeMutablePointer<UInt32>?) -> Int32 {
    guard let box = fileBox(file) else { return nullArgument("file") }
    guard let width else { return nullArgument("width") }
    guard let height else { return nullArgument("height") }
    guard let channels else { return nullArgument("channels") }
    return guarded {
        let s = try box.file.renderShape(options: try renderFileOptions(options, box.file))
        width.pointee = UInt32(truncatingIfNeeded: s.width)
        height.pointee = UInt32(truncatingIfNeeded: s.height)
        channels.pointee = UInt32(truncatingIfNeeded: s.channels)
        return Status.ok.rawValue
    }
}

/// Exported to C as `vetdicom_file_render`.
@_cdecl("vetdicom_file_render")
public func c_file_render(_ file: OpaquePointer?, _ options: OpaquePointer?, _ frame: Int,
                          _ buffer: UnsafeMutablePointer<UInt8>?, _ stride: Int, _ capacity: Int) -> Int32 {
    guard let box = fileBox(file) else { return nullArgument("file") }
    guard let buffer else { return nullArgument("buffer") }
    return guarded {
        let opts = try renderFileOptions(options, box.file)
        let shape = try box.file.renderShape(options: opts)
        let st = stride == 0 ? shape.rowBytes : stride
        guard st > 0 else { return fail(.invalidArgument, "stride \(stride) is invalid") }
        let dst = UnsafeMutableRawBufferPointer(start: buffer, count: max(0, capacity))
        try box.file.render(frame: frame, options: opts, into: dst, stride: st)
        return Status.ok.rawValue
    }
}

private func renderToPath(_ file: OpaquePointer?, _ options: OpaquePointer?, _ frame: Int,
                          _ path: UnsafePointer<CChar>?, jpeg: Bool) -> Int32 {
    guard let box = fileBox(file) else { return nullArgument("file") }
    guard let path else { return nullArgument("path") }
    let p = String(cString: path)
    return guarded {
        try box.file.renderToFile(frame: frame, options: try renderFileOptions(options, box.file), path: p, jpeg: jpeg)
        return Status.ok.rawValue
    }
}

/// Exported to C as `vetdicom_file_render_png`.
@_cdecl("vetdicom_file_render_png")
public func c_file_render_png(_ file: OpaquePointer?, _ options: OpaquePointer?, _ frame: Int,
                              _ path: UnsafePointer<CChar>?) -> Int32 {
    renderToPath(file, options, frame, path, jpeg: false)
}

/// Exported to C as `vetdicom_file_render_jpeg`.
@_cdecl("vetdicom_file_render_jpeg")
public func c_file_render_jpeg(_ file: OpaquePointer?, _ options: OpaquePointer?, _ frame: Int,
                               _ path: UnsafePointer<CChar>?) -> Int32 {
    renderToPath(file, options, frame, path, jpeg: true)
}

private func renderToMemory(_ file: OpaquePointer?, _ options: OpaquePointer?, _ frame: Int,
                            _ data: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>?,
                            _ size: UnsafeMutablePointer<Int>?, jpeg: Bool) -> Int32 {
    guard let data else { return nullArgument("data") }
    data.pointee = nil
    guard let size else { return nullArgument("size") }
    size.pointee = 0
    guard let box = fileBox(file) else { return nullArgument("file") }
    return guarded {
        let (mem, n) = try box.file.renderEncoded(frame: frame, options: try renderFileOptions(options, box.file), jpeg: jpeg)
        data.pointee = mem.assumingMemoryBound(to: UInt8.self)
        size.pointee = n
        return Status.ok.rawValue
    }
}

/// Exported to C as `vetdicom_file_render_png_memory`.
@_cdecl("vetdicom_file_render_png_memory")
public func c_file_render_png_memory(_ file: OpaquePointer?, _ options: OpaquePointer?, _ frame: Int,
                                     _ data: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>?,
                                     _ size: UnsafeMutablePointer<Int>?) -> Int32 {
    renderToMemory(file, options, frame, data, size, jpeg: false)
}

/// Exported to C as `vetdicom_file_render_jpeg_memory`.
@_cdecl("vetdicom_file_render_jpeg_memory")
public func c_file_render_jpeg_memory(_ file: OpaquePointer?, _ options: OpaquePointer?, _ frame: Int,
                                      _ data: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>?,
                                      _ size: UnsafeMutablePointer<Int>?) -> Int32 {
    renderToMemory(file, options, frame, data, size, jpeg: true)
}

/// Exported to C as `vetdicom_free`.
@_cdecl("vetdicom_free")
public func c_free(_ memory: UnsafeMutableRawPointer?) {
    free(memory)
}

/// Exported to C as `vetdicom_file_voi_count`.
@_cdecl("vetdicom_file_voi_count")
public func c_file_voi_count(_ file: OpaquePointer?, _ frame: Int, _ windows: UnsafeMutablePointer<Int>?,
                             _ luts: UnsafeMutablePointer<Int>?) -> Int32 {
    guard let box = fileBox(file) else { return nullArgument("file") }
    guard let windows else { return nullArgument("windows") }
    guard let luts else { return nullArgument("luts") }
    return guarded {
        let a = try box.file.voiChoices(frame: frame)
        windows.pointee = a.windows.count
        luts.pointee = a.voiLUTs.count
        return Status.ok.rawValue
    }
}

/// Exported to C as `vetdicom_file_window`.
@_cdecl("vetdicom_file_window")
public func c_file_window(_ file: OpaquePointer?, _ frame: Int, _ index: Int, _ center: UnsafeMutablePointer<Double>?,
                          _ width: UnsafeMutablePointer<Double>?, _ explanation: UnsafeMutablePointer<CChar>?,
                          _ capacity: Int, _ length: UnsafeMutablePointer<Int>?) -> Int32 {
    guard let box = fileBox(file) else { return nullArgument("file") }
    guard let center else { return nullArgument("center") }
    guard let width else { return nullArgument("width") }
    guard let length else { return nullArgument("length") }
    return guarded {
        let a = try box.file.voiChoices(frame: frame)
        guard index >= 0 && index < a.windows.count else {
            return fail(.outOfRange, "window \(index) requested, frame \(frame) has \(a.windows.count)")
        }
        let w = a.windows[index]
        center.pointee = w.center
        width.pointee = w.width
        if explanation == nil && capacity == 0 {
            length.pointee = w.explanation.utf8.count
            return Status.ok.rawValue
        }
        return writeString(w.explanation, explanation, capacity, length)
    }
}

private func staticSource(_ s: SpacingSource) -> UnsafePointer<CChar> {
    let p: StaticString
    switch s {
    case .pixelSpacing: p = "pixel_spacing"
    case .imagerPixelSpacingCorrected: p = "imager_pixel_spacing_corrected"
    case .imagerPixelSpacing: p = "imager_pixel_spacing"
    case .ultrasoundRegion: p = "ultrasound_region"
    case .none: p = "none"
    }
    return UnsafeRawPointer(p.utf8Start).assumingMemoryBound(to: CChar.self)
}

/// Exported to C as `vetdicom_file_geometry`.
@_cdecl("vetdicom_file_geometry")
public func c_file_geometry(_ file: OpaquePointer?, _ frame: Int,
                            _ geometry: UnsafeMutablePointer<vetdicom_geometry>?) -> Int32 {
    guard let box = fileBox(file) else { return nullArgument("file") }
    guard let geometry else { return nullArgument("geometry") }
    if let e = checkStructSize(geometry, "geometry", v1Size: StructV1Size.geometry) { return e }
    return guarded {
        // The spacing values (groups 0018 and 0028) of a file changed while open: TRUNCATED.
        try box.file.dataSet.checkValues(group: 0x0018)
        try box.file.dataSet.checkValues(group: 0x0028)
        let g = box.file.geometry(frame: frame)
        var out = vetdicom_geometry()
        out.struct_size = MemoryLayout<vetdicom_geometry>.size
        out.row_spacing_mm = g.rowSpacing
        out.column_spacing_mm = g.columnSpacing
        out.pixel_aspect_ratio = g.pixelAspectRatio
        out.source = staticSource(g.source)
        out.ultrasound_region_count = UInt32(truncatingIfNeeded: g.ultrasoundRegions.count)
        writeStruct(out, to: geometry)
        return Status.ok.rawValue
    }
}
