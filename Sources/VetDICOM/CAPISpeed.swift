import CVetSupport
import DICOMCore
import DICOMCodecs
#if canImport(Glibc)
import Glibc
#endif

// Exported functions of the header section "Rendering from decoded pixels" (FrameCache.swift
// holds the logic).

/// Exported to C as `vetdicom_file_render_decoded`.
@_cdecl("vetdicom_file_render_decoded")
public func c_file_render_decoded(_ file: OpaquePointer?, _ options: OpaquePointer?, _ frame: Int,
                                  _ pixels: UnsafeRawPointer?, _ pixelsSize: Int,
                                  _ buffer: UnsafeMutablePointer<UInt8>?, _ stride: Int, _ capacity: Int) -> Int32 {
    guard let box = fileBox(file) else { return nullArgument("file") }
    guard let pixels else { return nullArgument("pixels") }
    guard let buffer else { return nullArgument("buffer") }
    return guarded {
        let opts = try renderFileOptions(options, box.file)
        let shape = try box.file.renderShape(options: opts)
        let st = stride == 0 ? shape.rowBytes : stride
        guard st > 0 else { return fail(.invalidArgument, "stride \(stride) is invalid") }
        try box.file.render(frame: frame, decoded: UnsafeRawBufferPointer(start: pixels, count: max(0, pixelsSize)),
                            options: opts, into: UnsafeMutableRawBufferPointer(start: buffer, count: max(0, capacity)),
                            stride: st)
        return Status.ok.rawValue
    }
}

/// Exported to C as `vetdicom_file_modality_values`.
@_cdecl("vetdicom_file_modality_values")
public func c_file_modality_values(_ file: OpaquePointer?, _ options: OpaquePointer?, _ frame: Int, _ format: Int32,
                                   _ buffer: UnsafeMutableRawPointer?, _ capacity: Int,
                                   _ length: UnsafeMutablePointer<Int>?) -> Int32 {
    guard let box = fileBox(file) else { return nullArgument("file") }
    guard let length else { return nullArgument("length") }
    guard format == 1 || format == 2 else {
        return fail(.invalidArgument, "format \(format) is not VETDICOM_MODALITY_FLOAT32 (1) or VETDICOM_MODALITY_INT32 (2)")
    }
    return guarded {
        let need = try box.file.modalityValuesSize()
        length.pointee = need
        try box.file.pixels().checkFrame(frame)
        guard let buffer, capacity >= need else {
            return fail(.bufferTooSmall, "modality values need \(need) bytes, the buffer has \(buffer == nil ? 0 : capacity)")
        }
        try box.file.dataSet.checkValues(group: 0x0028)   // rescale / LUTs of a file changed while open
        try box.file.modalityValues(frame: frame, options: try renderFileOptions(options, box.file), int32: format == 2,
                                    into: UnsafeMutableRawBufferPointer(start: buffer, count: capacity))
        return Status.ok.rawValue
    }
}
