import CVetSupport
import DICOMCore
import DICOMCodecs

// Exported transcoding and encoded-frame functions ("Transcoding and encoded frames" in vetdicom.h).

@_cdecl("vetdicom_file_transcode")
public func c_file_transcode(_ file: OpaquePointer?, _ path: UnsafePointer<CChar>?, _ ts: UnsafePointer<CChar>?,
                             _ options: OpaquePointer?) -> Int32 {
    guard let box = fileBox(file) else { return nullArgument("file") }
    guard let path else { return nullArgument("path") }
    guard let ts else { return nullArgument("transfer_syntax") }
    let o = optionsBox(options)?.options ?? FileOptions()
    return guarded {
        try Transcoder.transcode(box.file, toPath: String(cString: path), transferSyntax: String(cString: ts),
                                 options: o.encode, extendedOffsetTable: o.extendedOffsetTable)
        return Status.ok.rawValue
    }
}

@_cdecl("vetdicom_file_transcode_memory")
public func c_file_transcode_memory(_ file: OpaquePointer?, _ ts: UnsafePointer<CChar>?, _ options: OpaquePointer?,
                                    _ data: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>?,
                                    _ size: UnsafeMutablePointer<Int>?) -> Int32 {
    data?.pointee = nil
    size?.pointee = 0
    guard let box = fileBox(file) else { return nullArgument("file") }
    guard let ts else { return nullArgument("transfer_syntax") }
    guard let data else { return nullArgument("data") }
    guard let size else { return nullArgument("size") }
    let o = optionsBox(options)?.options ?? FileOptions()
    return guarded {
        let bytes = try Transcoder.transcodeToMemory(box.file, transferSyntax: String(cString: ts),
                                                     options: o.encode, extendedOffsetTable: o.extendedOffsetTable)
        try handOver(bytes, data, size)
        return Status.ok.rawValue
    }
}

@_cdecl("vetdicom_file_encoded_frame")
public func c_file_encoded_frame(_ file: OpaquePointer?, _ index: Int, _ buffer: UnsafeMutablePointer<UInt8>?,
                                 _ capacity: Int, _ length: UnsafeMutablePointer<Int>?) -> Int32 {
    guard let box = fileBox(file) else { return nullArgument("file") }
    guard let length else { return nullArgument("length") }
    return guarded {
        let bytes = try box.file.encodedFrame(index)
        return bytes.withUnsafeBytes { writeBytes($0, buffer, capacity, length) }
    }
}

@_cdecl("vetdicom_file_set_encoded_frames")
public func c_file_set_encoded_frames(_ file: OpaquePointer?, _ ts: UnsafePointer<CChar>?, _ count: Int,
                                      _ frames: UnsafePointer<UnsafePointer<UInt8>?>?,
                                      _ lengths: UnsafePointer<Int>?) -> Int32 {
    guard let box = fileBox(file) else { return nullArgument("file") }
    guard let ts else { return nullArgument("transfer_syntax") }
    guard let frames else { return nullArgument("frames") }
    guard let lengths else { return nullArgument("lengths") }
    guard count > 0 else { return fail(.invalidArgument, "count is 0") }
    var copies: [[UInt8]] = []
    for i in 0..<count {
        guard let p = frames[i] else { return nullArgument("frames[\(i)]") }
        let n = lengths[i]
        guard n > 0 else { return fail(.invalidArgument, "frame \(i) is empty") }
        copies.append([UInt8](UnsafeBufferPointer(start: p, count: n)))
    }
    return guarded {
        defer { box.refresh() }
        try box.file.setEncodedFrames(copies, transferSyntax: String(cString: ts))
        return Status.ok.rawValue
    }
}
