import CVetSupport
import DICOMCore
#if canImport(Glibc)
import Glibc
#endif

// The "Clinic archive" section of vetdicom.h: archive reports as JSON text into a caller buffer.

/// The last report of each thread whose buffer was too small, so that the call after a size
/// query returns the same text without scanning the folder again.
final class ArchiveReportCache: @unchecked Sendable {
    static let shared = ArchiveReportCache()
    private var mutex = pthread_mutex_t()
    private var entries: [UInt: (key: String, text: String)] = [:]
    init() { pthread_mutex_init(&mutex, nil) }
    func take(_ key: String) -> String? {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        let t = UInt(pthread_self())
        guard let e = entries[t] else { return nil }
        entries[t] = nil
        return e.key == key ? e.text : nil
    }
    func keep(_ key: String, _ text: String) {
        pthread_mutex_lock(&mutex)
        entries[UInt(pthread_self())] = (key, text)
        pthread_mutex_unlock(&mutex)
    }
}

private func archiveReport(_ kind: String, _ directory: UnsafePointer<CChar>?, _ options: OpaquePointer?,
                           _ buffer: UnsafeMutablePointer<CChar>?, _ capacity: Int, _ length: UnsafeMutablePointer<Int>?,
                           _ make: (ArchiveScan) -> String) -> Int32 {
    guard let directory else { return nullArgument("directory") }
    guard let length else { return nullArgument("length") }
    length.pointee = 0
    let dir = String(cString: directory)
    let threads = optionsBox(options)?.options.threads ?? 2
    let key = "\(kind)\u{0}\(dir)\u{0}\(threads)"
    return guarded {
        let text: String
        if let cached = ArchiveReportCache.shared.take(key) {
            text = cached
        } else {
            var o = ArchiveScanOptions()
            o.threads = max(1, threads)
            text = make(try archiveScan(dir, options: o))
        }
        let st = writeString(text, buffer, capacity, length)
        if st == Status.bufferTooSmall.rawValue { ArchiveReportCache.shared.keep(key, text) }
        return st
    }
}

/// Groups the DICOM files under a folder by animal and writes the report as JSON.
/// Exported to C as `vetdicom_archive_patients_json`.
@_cdecl("vetdicom_archive_patients_json")
public func c_archive_patients_json(_ directory: UnsafePointer<CChar>?, _ options: OpaquePointer?,
                                    _ buffer: UnsafeMutablePointer<CChar>?, _ capacity: Int,
                                    _ length: UnsafeMutablePointer<Int>?) -> Int32 {
    archiveReport("patients", directory, options, buffer, capacity, length) { archiveGroupPatients($0).json() }
}

/// Storage totals, projection and measured lossless saving of a folder as JSON.
/// Exported to C as `vetdicom_archive_storage_json`.
@_cdecl("vetdicom_archive_storage_json")
public func c_archive_storage_json(_ directory: UnsafePointer<CChar>?, _ options: OpaquePointer?,
                                   _ buffer: UnsafeMutablePointer<CChar>?, _ capacity: Int,
                                   _ length: UnsafeMutablePointer<Int>?) -> Int32 {
    archiveReport("storage", directory, options, buffer, capacity, length) { archiveStorage($0).json() }
}

/// The storage report as a one-page offline HTML document.
/// Exported to C as `vetdicom_archive_storage_html`.
@_cdecl("vetdicom_archive_storage_html")
public func c_archive_storage_html(_ directory: UnsafePointer<CChar>?, _ options: OpaquePointer?,
                                   _ buffer: UnsafeMutablePointer<CChar>?, _ capacity: Int,
                                   _ length: UnsafeMutablePointer<Int>?) -> Int32 {
    archiveReport("storage-html", directory, options, buffer, capacity, length) { archiveStorage($0).html() }
}
