import CVetSupport
import DICOMCore
#if canImport(Glibc)
import Glibc
#endif

// The exported C functions of "Editing and saving" (vetdicom.h): thin wrappers over
// DICOMFileEdit.swift. Every edit refreshes the handle's cached C strings (the old ones stay
// valid until close).

/// Runs an edit on a file handle and refreshes its caches.
private func edit(_ file: OpaquePointer?, _ key: UnsafePointer<CChar>?, _ body: (DICOMFile, String) throws -> Void) -> Int32 {
    guard let box = fileBox(file) else { return nullArgument("file") }
    guard let key else { return nullArgument("key") }
    let k = String(cString: key)
    return guarded {
        defer { box.refresh() }
        try body(box.file, k)
        return Status.ok.rawValue
    }
}

/// Exported to C as `vetdicom_file_create`.
@_cdecl("vetdicom_file_create")
public func c_file_create(_ options: OpaquePointer?, _ out: UnsafeMutablePointer<OpaquePointer?>?) -> Int32 {
    guard let out else { return nullArgument("out") }
    let opts = optionsBox(options)?.options ?? FileOptions()
    let box = FileBox(DICOMFile.new(options: opts))
    out.pointee = HandleRegistry.shared.register(box, kind: .file)
    return Status.ok.rawValue
}

/// Exported to C as `vetdicom_file_set_string`.
@_cdecl("vetdicom_file_set_string")
public func c_file_set_string(_ file: OpaquePointer?, _ key: UnsafePointer<CChar>?, _ value: UnsafePointer<CChar>?) -> Int32 {
    guard let value else { return nullArgument("value") }
    let v = String(cString: value)
    return edit(file, key) { f, k in try f.set(k, string: v) }
}

/// Exported to C as `vetdicom_file_set_element`.
@_cdecl("vetdicom_file_set_element")
public func c_file_set_element(_ file: OpaquePointer?, _ key: UnsafePointer<CChar>?, _ vr: UnsafePointer<CChar>?,
                               _ bytes: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    if bytes == nil && size != 0 { return nullArgument("bytes") }
    var v: VR? = nil
    if let vr {
        let a = UInt8(bitPattern: vr[0])
        let b = a == 0 ? 0 : UInt8(bitPattern: vr[1])
        guard let parsed = VR(a, b) else {
            return fail(.invalidArgument, "'\(String(cString: vr))' is not a VR")
        }
        v = parsed
    }
    let data = size > 0 && bytes != nil ? [UInt8](UnsafeBufferPointer(start: bytes, count: size)) : []
    return edit(file, key) { f, k in try f.set(k, .bytes(data), vr: v) }
}

/// Exported to C as `vetdicom_file_set_int64s`.
@_cdecl("vetdicom_file_set_int64s")
public func c_file_set_int64s(_ file: OpaquePointer?, _ key: UnsafePointer<CChar>?, _ values: UnsafePointer<Int64>?,
                              _ count: Int) -> Int32 {
    if values == nil && count != 0 { return nullArgument("values") }
    let vs = count > 0 && values != nil ? [Int64](UnsafeBufferPointer(start: values, count: count)) : []
    return edit(file, key) { f, k in try f.set(k, .ints(vs)) }
}

/// Exported to C as `vetdicom_file_set_doubles`.
@_cdecl("vetdicom_file_set_doubles")
public func c_file_set_doubles(_ file: OpaquePointer?, _ key: UnsafePointer<CChar>?, _ values: UnsafePointer<Double>?,
                               _ count: Int) -> Int32 {
    if values == nil && count != 0 { return nullArgument("values") }
    let vs = count > 0 && values != nil ? [Double](UnsafeBufferPointer(start: values, count: count)) : []
    return edit(file, key) { f, k in try f.set(k, .doubles(vs)) }
}

/// Exported to C as `vetdicom_file_remove`.
@_cdecl("vetdicom_file_remove")
public func c_file_remove(_ file: OpaquePointer?, _ key: UnsafePointer<CChar>?) -> Int32 {
    edit(file, key) { f, k in try f.remove(k) }
}

/// Exported to C as `vetdicom_file_item_add`.
@_cdecl("vetdicom_file_item_add")
public func c_file_item_add(_ file: OpaquePointer?, _ key: UnsafePointer<CChar>?, _ index: UnsafeMutablePointer<Int>?) -> Int32 {
    edit(file, key) { f, k in
        let i = try f.addItem(k)
        index?.pointee = i
    }
}

/// Exported to C as `vetdicom_file_item_remove`.
@_cdecl("vetdicom_file_item_remove")
public func c_file_item_remove(_ file: OpaquePointer?, _ key: UnsafePointer<CChar>?, _ index: Int) -> Int32 {
    edit(file, key) { f, k in try f.removeItem(k, at: index) }
}

/// Exported to C as `vetdicom_file_private_block`.
@_cdecl("vetdicom_file_private_block")
public func c_file_private_block(_ file: OpaquePointer?, _ group: UInt16, _ creator: UnsafePointer<CChar>?,
                                 _ block: UnsafeMutablePointer<UInt32>?) -> Int32 {
    guard let box = fileBox(file) else { return nullArgument("file") }
    guard let creator else { return nullArgument("creator") }
    guard let block else { return nullArgument("block") }
    let c = String(cString: creator)
    return guarded {
        defer { box.refresh() }
        block.pointee = UInt32(try box.file.reservePrivateBlock(group: group, creator: c))
        return Status.ok.rawValue
    }
}

/// Exported to C as `vetdicom_file_save`.
@_cdecl("vetdicom_file_save")
public func c_file_save(_ file: OpaquePointer?, _ path: UnsafePointer<CChar>?, _ ts: UnsafePointer<CChar>?,
                        _ options: OpaquePointer?) -> Int32 {
    guard let box = fileBox(file) else { return nullArgument("file") }
    guard let path else { return nullArgument("path") }
    let p = String(cString: path)
    let uid = ts.map { String(cString: $0) }
    let bare = optionsBox(options)?.options.bareDataSet ?? false
    let salvage: Bool? = optionsBox(options)?.options.saveSalvaged == true ? true : nil
    return guarded {
        try box.file.save(toPath: p, transferSyntaxUID: uid, part10: !bare, salvage: salvage)
        return Status.ok.rawValue
    }
}

/// Exported to C as `vetdicom_file_save_memory`.
@_cdecl("vetdicom_file_save_memory")
public func c_file_save_memory(_ file: OpaquePointer?, _ ts: UnsafePointer<CChar>?, _ options: OpaquePointer?,
                               _ data: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>?,
                               _ size: UnsafeMutablePointer<Int>?) -> Int32 {
    data?.pointee = nil
    size?.pointee = 0
    guard let box = fileBox(file) else { return nullArgument("file") }
    guard let data else { return nullArgument("data") }
    guard let size else { return nullArgument("size") }
    let uid = ts.map { String(cString: $0) }
    let bare = optionsBox(options)?.options.bareDataSet ?? false
    let salvage: Bool? = optionsBox(options)?.options.saveSalvaged == true ? true : nil
    return guarded {
        let bytes = try box.file.saveToMemory(transferSyntaxUID: uid, part10: !bare, salvage: salvage)
        try handOver(bytes, data, size)
        return Status.ok.rawValue
    }
}

/// Copies `bytes` into a malloc'ed buffer the caller frees with vetdicom_free, and stores it
/// and its size (the "to memory" calls).
func handOver(_ bytes: [UInt8], _ data: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>,
              _ size: UnsafeMutablePointer<Int>) throws {
    guard let mem = malloc(max(1, bytes.count)) else {
        throw DICOMError(.outOfMemory, "cannot allocate \(bytes.count) bytes for the output")
    }
    bytes.withUnsafeBytes { if let b = $0.baseAddress { memcpy(mem, b, bytes.count) } }
    data.pointee = mem.assumingMemoryBound(to: UInt8.self)
    size.pointee = bytes.count
}
