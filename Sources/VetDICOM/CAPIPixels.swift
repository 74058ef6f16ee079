import CVetSupport
import DICOMCore
import DICOMCodecs
#if canImport(Glibc)
import Glibc
#endif

// Exported pixel decoding functions (see "Pixel decoding" in vetdicom.h).

/// Static C strings for the output photometric interpretations.
func staticPhotometric(_ s: String) -> UnsafePointer<CChar> {
    let p: StaticString
    switch s {
    case "MONOCHROME1": p = "MONOCHROME1"
    case "MONOCHROME2": p = "MONOCHROME2"
    case "RGB": p = "RGB"
    case "YBR_FULL": p = "YBR_FULL"
    case "PALETTE COLOR": p = "PALETTE COLOR"
    case "YBR_PARTIAL_422": p = "YBR_PARTIAL_422"
    case "YBR_PARTIAL_420": p = "YBR_PARTIAL_420"
    case "ARGB": p = "ARGB"
    case "CMYK": p = "CMYK"
    case "HSV": p = "HSV"
    default: p = "UNKNOWN"
    }
    return UnsafeRawPointer(p.utf8Start).assumingMemoryBound(to: CChar.self)
}

func fill(_ info: UnsafeMutablePointer<vetdicom_frame_info>, _ l: DecodedLayout) {
    var i = vetdicom_frame_info()
    i.struct_size = MemoryLayout<vetdicom_frame_info>.size
    i.rows = UInt32(truncatingIfNeeded: l.rows)
    i.columns = UInt32(truncatingIfNeeded: l.columns)
    i.samples_per_pixel = UInt32(truncatingIfNeeded: l.samplesPerPixel)
    i.bytes_per_sample = UInt32(truncatingIfNeeded: l.bytesPerSample)
    i.is_signed = l.isSigned ? 1 : 0
    i.is_float = l.isFloat ? 1 : 0
    i.photometric_interpretation = staticPhotometric(l.photometricInterpretation)
    writeStruct(i, to: info)
}

/// The decode settings of `options` (NULL: the file's). Throws CLOSED / WRONG_HANDLE for a dead
/// or foreign options handle.
func decodeSettings(_ options: OpaquePointer?, _ file: DICOMFile) throws -> DecodeSettings {
    try optionsOrDefault(options, file.options).decode
}

@_cdecl("vetdicom_file_frame_count")
public func c_file_frame_count(_ file: OpaquePointer?, _ count: UnsafeMutablePointer<Int>?) -> Int32 {
    guard let box = fileBox(file) else { return nullArgument("file") }
    guard let count else { return nullArgument("count") }
    return guarded {
        count.pointee = try box.file.pixels().frameCount
        return Status.ok.rawValue
    }
}

@_cdecl("vetdicom_file_frame_size")
public func c_file_frame_size(_ file: OpaquePointer?, _ options: OpaquePointer?, _ size: UnsafeMutablePointer<Int>?,
                              _ info: UnsafeMutablePointer<vetdicom_frame_info>?) -> Int32 {
    guard let box = fileBox(file) else { return nullArgument("file") }
    guard let size else { return nullArgument("size") }
    if let info, let e = checkStructSize(info, "info", v1Size: StructV1Size.frameInfo) { return e }
    return guarded {
        let l = try box.file.pixels().layout(try decodeSettings(options, box.file))
        size.pointee = l.frameBytes
        if let info { fill(info, l) }
        return Status.ok.rawValue
    }
}

@_cdecl("vetdicom_file_decode_frame")
public func c_file_decode_frame(_ file: OpaquePointer?, _ options: OpaquePointer?, _ frame: Int,
                                _ buffer: UnsafeMutableRawPointer?, _ capacity: Int) -> Int32 {
    guard let box = fileBox(file) else { return nullArgument("file") }
    guard let buffer else { return nullArgument("buffer") }
    return guarded {
        let p = try box.file.pixels()
        let dst = UnsafeMutableRawBufferPointer(start: buffer, count: max(0, capacity))
        try p.decode(frame: frame, into: dst, settings: try decodeSettings(options, box.file))
        return Status.ok.rawValue
    }
}

@_cdecl("vetdicom_file_decode_frames")
public func c_file_decode_frames(_ file: OpaquePointer?, _ options: OpaquePointer?, _ first: Int, _ count: Int,
                                 _ buffer: UnsafeMutableRawPointer?, _ capacity: Int) -> Int32 {
    guard let box = fileBox(file) else { return nullArgument("file") }
    guard let buffer else { return nullArgument("buffer") }
    return guarded {
        let threads = try optionsOrDefault(options, box.file.options).threads
        let p = try box.file.pixels()
        let settings = try decodeSettings(options, box.file)
        let size = p.layout(settings).frameBytes
        guard first >= 0, count >= 0, first <= p.frameCount, count <= p.frameCount - first else {
            return fail(.outOfRange, "frames \(first)..<\(first &+ count) requested, the image has \(p.frameCount)")
        }
        let (total, overflow) = size.multipliedReportingOverflow(by: count)
        guard !overflow, capacity >= total else {
            return fail(.bufferTooSmall, "\(count) frame(s) need \(total) bytes, capacity is \(capacity)")
        }
        try decodeParallel(count: count, threads: threads) { i in
            let dst = UnsafeMutableRawBufferPointer(start: buffer + i * size, count: size)
            try p.decode(frame: first + i, into: dst, settings: settings)
        }
        return Status.ok.rawValue
    }
}

@_cdecl("vetdicom_file_decoder_name")
public func c_file_decoder_name(_ file: OpaquePointer?, _ name: UnsafeMutablePointer<UnsafePointer<CChar>?>?) -> Int32 {
    guard let box = fileBox(file) else { return nullArgument("file") }
    guard let name else { return nullArgument("name") }
    name.pointee = UnsafePointer(box.decoderName)
    return Status.ok.rawValue
}
