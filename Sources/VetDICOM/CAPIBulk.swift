import CVetSupport
import DICOMCore
#if canImport(Glibc)
import Glibc
#endif

// Exported bulk functions (see "Bulk element headers" in vetdicom.h): everything a binding
// needs to walk a data set, in one call instead of one call per element and value.

/// Record flags of vetdicom_dataset_elements (VETDICOM_ELEMENT_*).
private enum BulkFlag {
    static let inline: UInt16 = 1      // the value follows the keyword
    static let text: UInt16 = 2        // the value is the library's text (UTF-8), not stored bytes
    static let sequence: UInt16 = 4    // value: one 8-byte dataset handle per item
    static let encapsulated: UInt16 = 8
    static let omitted: UInt16 = 16    // value longer than max_inline: read it with the per-element calls
    static let failed: UInt16 = 32     // the value could not be converted to text: read it with get_string for the error
}

/// The fixed part of a record, in bytes.
private let recordHeaderSize = 28
/// The header of the whole buffer: count (u32), format version (u32).
private let bufferHeaderSize = 8

@inline(__always)
private func put16(_ out: inout [UInt8], _ v: UInt16) {
    out.append(UInt8(truncatingIfNeeded: v))
    out.append(UInt8(truncatingIfNeeded: v >> 8))
}

@inline(__always)
private func put32(_ out: inout [UInt8], _ v: UInt32) {
    out.append(UInt8(truncatingIfNeeded: v))
    out.append(UInt8(truncatingIfNeeded: v >> 8))
    out.append(UInt8(truncatingIfNeeded: v >> 16))
    out.append(UInt8(truncatingIfNeeded: v >> 24))
}

@inline(__always)
private func put64(_ out: inout [UInt8], _ v: UInt64) {
    put32(&out, UInt32(truncatingIfNeeded: v))
    put32(&out, UInt32(truncatingIfNeeded: v >> 32))
}

/// The standard dictionary keyword of a tag; "" for private tags (also private creators) and
/// for group lengths the dictionary does not list (pydicom's keywords).
private func keywordBytes(_ ds: DataSet, _ tag: Tag) -> String {
    guard let entry = DataDictionary.entry(for: tag.value), !entry.keyword.isEmpty else { return "" }
    if tag.value & 0x0001_0000 != 0 || entry.keyword == "GenericGroupLength" { return "" }
    return entry.keyword
}

/// Builds the records of `ds` (format in vetdicom.h).
func bulkElements(_ ds: DataSet, maxInline: Int, owner: OpaquePointer) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bufferHeaderSize + ds.count * 48)
    put32(&out, UInt32(truncatingIfNeeded: ds.count))
    put32(&out, 1)
    var fileSize: Int? = nil     // mapped files: one fstat for the whole call
    for e in ds.elements {
        var flags: UInt16 = 0
        var value: [UInt8] = []
        var raw: UnsafeRawBufferPointer? = nil
        var vm = 0
        if e.damage != nil && e.items == nil && e.tag != Tag.pixelData {
            // Salvage: a damaged element (cut short, or a sequence deeper than max_depth) is left
            // to the per-element calls, which report its error.
            flags = BulkFlag.failed
            vm = 1
        } else if let items = e.items {
            flags = BulkFlag.sequence | BulkFlag.inline
            vm = items.count
            value.reserveCapacity(items.count * 8)
            for item in items {
                let bits = UInt64(UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(dataSetPointer(item, owner: owner)))))
                for s in stride(from: 0, to: 64, by: 8) { value.append(UInt8(truncatingIfNeeded: bits >> UInt64(s))) }
            }
        } else if e.fragments != nil {
            flags = BulkFlag.encapsulated
            vm = 1
        } else if (e.length <= maxInline || e.vr.isString) && (try? ds.checkValue(e, fileSize: &fileSize)) == nil {
            // A value a file changed while open no longer holds (read below: inlined, or
            // counted for its VM): left to the per-element calls, which report TRUNCATED.
            flags = BulkFlag.failed
            vm = 1
        } else {
            vm = ds.valueMultiplicity(e)
            if e.length > maxInline {
                flags = BulkFlag.omitted
            } else if e.vr.isString {
                if let s = try? ds.text(e, index: -1) {
                    flags = BulkFlag.inline | BulkFlag.text
                    value = Array(s.utf8)
                } else {
                    flags = BulkFlag.failed
                }
            } else {
                flags = BulkFlag.inline
                raw = ds.rawValue(e)
            }
        }
        let kw = Array(keywordBytes(ds, e.tag).utf8.prefix(0xFFFF))
        let valueCount = raw?.count ?? value.count
        put32(&out, e.tag.value)
        out.append(UInt8(truncatingIfNeeded: e.vr.rawValue >> 8))
        out.append(UInt8(truncatingIfNeeded: e.vr.rawValue & 0xFF))
        put16(&out, flags)
        put32(&out, UInt32(clamping: vm))
        put16(&out, UInt16(truncatingIfNeeded: kw.count))
        put16(&out, 0)
        put64(&out, UInt64(clamping: e.length))
        put32(&out, UInt32(clamping: valueCount))
        out.append(contentsOf: kw)
        if let raw { out.append(contentsOf: raw) } else { out.append(contentsOf: value) }
    }
    return out
}

@_cdecl("vetdicom_dataset_elements")
public func c_dataset_elements(_ dataset: OpaquePointer?, _ maxInline: Int, _ buffer: UnsafeMutablePointer<UInt8>?,
                               _ capacity: Int, _ length: UnsafeMutablePointer<Int>?) -> Int32 {
    guard let dataset, let ds = dataSetRef(dataset) else { return nullArgument("dataset") }
    guard let length else { return nullArgument("length") }
    // Values of more than 4 GiB cannot be described by the u32 value length.
    let limit = min(max(maxInline, 0), Int(UInt32.max))
    let out = bulkElements(ds, maxInline: limit, owner: dataset)
    return out.withUnsafeBytes { writeBytes($0, buffer, capacity, length) }
}
