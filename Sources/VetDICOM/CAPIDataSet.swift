import CVetSupport
import DICOMCore
#if canImport(Glibc)
import Glibc
#endif

// Exported data set and element functions (see "Data sets and elements" in vetdicom.h).

/// Checks the data set and key arguments and resolves the key. `readsValue`: the call reads the
/// element's value bytes, which must still be there (a file truncated while open gives
/// TRUNCATED naming the element, not zeros or a signal: `DataSet.checkValue`).
private func withElement(_ dataset: OpaquePointer?, _ key: UnsafePointer<CChar>?, readsValue: Bool = false,
                         _ body: (DataSet, Element) throws -> Int32) -> Int32 {
    guard let ds = dataSetRef(dataset) else { return nullArgument("dataset") }
    guard let key else { return nullArgument("key") }
    return guarded {
        let (holder, element) = try ds.lookup(String(cString: key))
        // Salvage: a damaged element (cut short by the end of the file, or a sequence deeper
        // than max_depth) reports its error when read; the rest of the file is usable.
        if let damage = element.damage, element.tag != Tag.pixelData { throw damage }
        if readsValue { try holder.checkValue(element) }
        return try body(holder, element)
    }
}

@_cdecl("vetdicom_dataset_count")
public func c_dataset_count(_ dataset: OpaquePointer?, _ count: UnsafeMutablePointer<Int>?) -> Int32 {
    guard let ds = dataSetRef(dataset) else { return nullArgument("dataset") }
    guard let count else { return nullArgument("count") }
    count.pointee = ds.count
    return Status.ok.rawValue
}

@_cdecl("vetdicom_dataset_element_at")
public func c_dataset_element_at(_ dataset: OpaquePointer?, _ index: Int, _ tag: UnsafeMutablePointer<UInt32>?,
                                 _ vr: UnsafeMutablePointer<CChar>?, _ length: UnsafeMutablePointer<UInt64>?) -> Int32 {
    guard let ds = dataSetRef(dataset) else { return nullArgument("dataset") }
    guard index >= 0, index < ds.count else {
        return fail(.outOfRange, "element index \(index) but the data set has \(ds.count) element(s)")
    }
    let e = ds.elements[index]
    tag?.pointee = e.tag.value
    if let vr { writeVR(e.vr, vr) }
    length?.pointee = UInt64(e.length)
    return Status.ok.rawValue
}

private func writeVR(_ v: VR, _ out: UnsafeMutablePointer<CChar>) {
    out[0] = CChar(truncatingIfNeeded: v.rawValue >> 8)
    out[1] = CChar(truncatingIfNeeded: v.rawValue & 0xFF)
    out[2] = 0
}

@_cdecl("vetdicom_dataset_vr")
public func c_dataset_vr(_ dataset: OpaquePointer?, _ key: UnsafePointer<CChar>?, _ vr: UnsafeMutablePointer<CChar>?) -> Int32 {
    guard let vr else { return nullArgument("vr") }
    return withElement(dataset, key) { _, e in
        writeVR(e.vr, vr)
        return Status.ok.rawValue
    }
}

@_cdecl("vetdicom_dataset_vm")
public func c_dataset_vm(_ dataset: OpaquePointer?, _ key: UnsafePointer<CChar>?, _ vm: UnsafeMutablePointer<Int>?) -> Int32 {
    guard let vm else { return nullArgument("vm") }
    return withElement(dataset, key) { ds, e in
        if e.vr.isString { try ds.checkValue(e) }   // strings are counted by reading them
        vm.pointee = ds.valueMultiplicity(e)
        return Status.ok.rawValue
    }
}

@_cdecl("vetdicom_dataset_get_string")
public func c_dataset_get_string(_ dataset: OpaquePointer?, _ key: UnsafePointer<CChar>?, _ valueIndex: Int64,
                                 _ buffer: UnsafeMutablePointer<CChar>?, _ capacity: Int,
                                 _ length: UnsafeMutablePointer<Int>?) -> Int32 {
    guard let length else { return nullArgument("length") }
    return withElement(dataset, key, readsValue: true) { ds, e in
        let idx = valueIndex < 0 ? -1 : Int(clamping: valueIndex)
        return writeString(try ds.text(e, index: idx), buffer, capacity, length)
    }
}

@_cdecl("vetdicom_dataset_get_int64")
public func c_dataset_get_int64(_ dataset: OpaquePointer?, _ key: UnsafePointer<CChar>?, _ valueIndex: Int,
                                _ value: UnsafeMutablePointer<Int64>?) -> Int32 {
    guard let value else { return nullArgument("value") }
    return withElement(dataset, key, readsValue: true) { ds, e in
        value.pointee = try ds.int64(e, index: valueIndex)
        return Status.ok.rawValue
    }
}

@_cdecl("vetdicom_dataset_get_double")
public func c_dataset_get_double(_ dataset: OpaquePointer?, _ key: UnsafePointer<CChar>?, _ valueIndex: Int,
                                 _ value: UnsafeMutablePointer<Double>?) -> Int32 {
    guard let value else { return nullArgument("value") }
    return withElement(dataset, key, readsValue: true) { ds, e in
        value.pointee = try ds.double(e, index: valueIndex)
        return Status.ok.rawValue
    }
}

@_cdecl("vetdicom_dataset_get_bytes")
public func c_dataset_get_bytes(_ dataset: OpaquePointer?, _ key: UnsafePointer<CChar>?,
                                _ buffer: UnsafeMutablePointer<UInt8>?, _ capacity: Int,
                                _ length: UnsafeMutablePointer<Int>?) -> Int32 {
    guard let length else { return nullArgument("length") }
    return withElement(dataset, key) { ds, e in
        if e.items != nil || e.fragments != nil {
            return fail(.typeMismatch, "\(e.tag) is a sequence or encapsulated pixel data; it has no plain bytes")
        }
        // A size query or a short buffer reads nothing; values are read with copyBytes (a
        // file changed while open gives TRUNCATED, not a signal), straight into the buffer.
        guard let buffer, capacity >= e.length else {
            length.pointee = e.length
            if e.length == 0 { return Status.ok.rawValue }
            return fail(.bufferTooSmall, "the value needs \(e.length) bytes, capacity is \(capacity)")
        }
        try ds.storage(of: e).copyBytes(e.valueRange, to: buffer)
        length.pointee = e.length
        return Status.ok.rawValue
    }
}

@_cdecl("vetdicom_dataset_item_count")
public func c_dataset_item_count(_ dataset: OpaquePointer?, _ key: UnsafePointer<CChar>?,
                                 _ count: UnsafeMutablePointer<Int>?) -> Int32 {
    guard let count else { return nullArgument("count") }
    return withElement(dataset, key) { _, e in
        if let damage = e.damage, e.items == nil { throw damage }
        guard let items = e.items else { return fail(.typeMismatch, "\(e.tag) (VR \(e.vr.name)) is not a sequence") }
        count.pointee = items.count
        return Status.ok.rawValue
    }
}

@_cdecl("vetdicom_dataset_item")
public func c_dataset_item(_ dataset: OpaquePointer?, _ key: UnsafePointer<CChar>?, _ itemIndex: Int,
                           _ item: UnsafeMutablePointer<OpaquePointer?>?) -> Int32 {
    guard let dataset else { return nullArgument("dataset") }
    guard let item else { return nullArgument("item") }
    return withElement(dataset, key) { _, e in
        if let damage = e.damage, e.items == nil { throw damage }
        guard let items = e.items else { return fail(.typeMismatch, "\(e.tag) (VR \(e.vr.name)) is not a sequence") }
        guard itemIndex >= 0, itemIndex < items.count else {
            return fail(.outOfRange, "\(e.tag) has \(items.count) item(s), item \(itemIndex) requested")
        }
        item.pointee = dataSetPointer(items[itemIndex], owner: dataset)
        return Status.ok.rawValue
    }
}

@_cdecl("vetdicom_dataset_to_json")
public func c_dataset_to_json(_ dataset: OpaquePointer?, _ flags: Int32, _ buffer: UnsafeMutablePointer<CChar>?,
                              _ capacity: Int, _ length: UnsafeMutablePointer<Int>?) -> Int32 {
    guard let ds = dataSetRef(dataset) else { return nullArgument("dataset") }
    guard let length else { return nullArgument("length") }
    guard flags == 0 || flags == 1 else { return fail(.invalidArgument, "unknown JSON flags \(flags)") }
    var opts = JSONOptions()
    opts.bulkAsBase64 = flags == 1
    return guarded { writeString(try ds.jsonChecked(opts), buffer, capacity, length) }
}

/// C strings of dictionary keywords, made once per keyword and kept for the life of the
/// process (bounded by the dictionary's size), so the pointers are "static storage".
private final class KeywordCStrings: @unchecked Sendable {
    static let shared = KeywordCStrings()
    private var mutex = pthread_mutex_t()
    private var map: [String: UnsafeMutablePointer<CChar>] = [:]
    private init() { pthread_mutex_init(&mutex, nil) }
    func pointer(_ keyword: String) -> UnsafePointer<CChar>? {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        if let p = map[keyword] { return UnsafePointer(p) }
        guard let p = keyword.withCString({ strdup($0) }) else { return nil }
        map[keyword] = p
        return UnsafePointer(p)
    }
}

@_cdecl("vetdicom_tag_keyword")
public func c_tag_keyword(_ tag: UInt32, _ keyword: UnsafeMutablePointer<UnsafePointer<CChar>?>?) -> Int32 {
    guard let keyword else { return nullArgument("keyword") }
    keyword.pointee = nil
    guard let entry = DataDictionary.entry(for: tag), !entry.keyword.isEmpty else {
        return fail(.notFound, "\(Tag(tag)) is not in the data dictionary")
    }
    guard let p = KeywordCStrings.shared.pointer(entry.keyword) else {
        return fail(.outOfMemory, "cannot allocate the keyword text")
    }
    keyword.pointee = p
    return Status.ok.rawValue
}
