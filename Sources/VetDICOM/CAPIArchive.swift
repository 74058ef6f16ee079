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
    var o = ArchiveScanOptions()
    o.threads = max(1, threads)
    return cachedReport(key, buffer, capacity, length) { make(try archiveScan(dir, options: o)) }
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

/// De-identifies a file or folder for referral (PS3.15 E basic profile + retain patient
/// characteristics, veterinary-aware). Exported to C as `vetdicom_deidentify`.
@_cdecl("vetdicom_deidentify")
public func c_deidentify(_ input: UnsafePointer<CChar>?, _ output: UnsafePointer<CChar>?, _ flags: UInt32,
                         _ secret: UnsafePointer<CChar>?, _ buffer: UnsafeMutablePointer<CChar>?, _ capacity: Int,
                         _ length: UnsafeMutablePointer<Int>?) -> Int32 {
    guard let input else { return nullArgument("input") }
    guard let output else { return nullArgument("output") }
    if let length { length.pointee = 0 }
    guard flags & ~UInt32(7) == 0 else { return fail(.invalidArgument, "unknown de-identification flags \(flags)") }
    var o = DeidentifyOptions()
    o.keepAnimalName = flags & 1 != 0
    o.keepDates = flags & 2 != 0
    o.includeBurnedIn = flags & 4 != 0
    let secretText = secret.map { String(cString: $0) } ?? ""
    if !secretText.isEmpty {
        guard let b = hexSecretBytes(secretText) else {
            return fail(.invalidArgument, "the secret must be hexadecimal digits (an even number)")
        }
        o.secret = b
    }
    let inPath = String(cString: input), outPath = String(cString: output)
    let key = "deidentify\u{0}\(inPath)\u{0}\(outPath)\u{0}\(flags)\u{0}\(secretText)"
    return cachedReport(key, buffer, capacity, length) { try deidentify(input: inPath, output: outPath, options: o).json() }
}

/// The report of `make` with the caller-buffer protocol; a report that did not fit is kept for
/// the next call with `key` on this thread, which returns it without running `make` again.
/// `length` NULL: `make` runs, no report.
private func cachedReport(_ key: String, _ buffer: UnsafeMutablePointer<CChar>?, _ capacity: Int,
                          _ length: UnsafeMutablePointer<Int>?, _ make: () throws -> String) -> Int32 {
    guarded {
        let text: String
        if let cached = ArchiveReportCache.shared.take(key) { text = cached } else { text = try make() }
        guard let length else { return Status.ok.rawValue }
        let st = writeString(text, buffer, capacity, length)
        if st == Status.bufferTooSmall.rawValue { ArchiveReportCache.shared.keep(key, text) }
        return st
    }
}

/// Makes the identity fields of the files under a folder consistent per animal (the
/// `patients --fix` command). Exported to C as `vetdicom_archive_fix`.
@_cdecl("vetdicom_archive_fix")
public func c_archive_fix(_ directory: UnsafePointer<CChar>?, _ output: UnsafePointer<CChar>?, _ flags: UInt32,
                          _ backup: UnsafePointer<CChar>?, _ log: UnsafePointer<CChar>?, _ options: OpaquePointer?,
                          _ buffer: UnsafeMutablePointer<CChar>?, _ capacity: Int,
                          _ length: UnsafeMutablePointer<Int>?) -> Int32 {
    guard let directory else { return nullArgument("directory") }
    if let length { length.pointee = 0 }
    guard flags & ~UInt32(3) == 0 else { return fail(.invalidArgument, "unknown fix flags \(flags)") }
    var fo = FixOptions()
    fo.inPlace = flags & 1 != 0
    fo.dryRun = flags & 2 != 0
    fo.outputDirectory = output.map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
    fo.backupDirectory = backup.map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
    fo.logPath = log.map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
    guard fo.outputDirectory != nil || fo.inPlace || fo.dryRun else {
        return fail(.invalidArgument, "give an output folder, VETDICOM_FIX_IN_PLACE or VETDICOM_FIX_DRY_RUN")
    }
    let dir = String(cString: directory)
    let threads = optionsBox(options)?.options.threads ?? 2
    let key = "fix\u{0}\(dir)\u{0}\(fo.outputDirectory ?? "")\u{0}\(flags)\u{0}\(fo.backupDirectory ?? "")\u{0}\(fo.logPath ?? "")\u{0}\(threads)"
    var so = ArchiveScanOptions()
    so.threads = max(1, threads)
    return cachedReport(key, buffer, capacity, length) { try archiveFix(directory: dir, options: fo, scanOptions: so).json() }
}

/// Packages studies for a specialist (the `share` command). Exported to C as `vetdicom_archive_share`.
@_cdecl("vetdicom_archive_share")
public func c_archive_share(_ studies: UnsafePointer<UnsafePointer<CChar>?>?, _ count: Int,
                            _ output: UnsafePointer<CChar>?, _ flags: UInt32, _ secret: UnsafePointer<CChar>?,
                            _ buffer: UnsafeMutablePointer<CChar>?, _ capacity: Int,
                            _ length: UnsafeMutablePointer<Int>?) -> Int32 {
    guard let studies else { return nullArgument("studies") }
    guard let output else { return nullArgument("output") }
    if let length { length.pointee = 0 }
    guard count >= 1, count <= 1_000_000 else { return fail(.invalidArgument, "give 1 to 1000000 studies, not \(count)") }
    guard flags & ~UInt32(15) == 0 else { return fail(.invalidArgument, "unknown share flags \(flags)") }
    var inputs: [String] = []
    for i in 0..<count {
        guard let p = studies[i] else { return nullArgument("studies[\(i)]") }
        inputs.append(String(cString: p))
    }
    var o = ShareOptions()
    o.deidentify = flags & 1 == 0
    o.deidentifyOptions.keepAnimalName = flags & 2 != 0
    o.deidentifyOptions.keepDates = flags & 4 != 0
    o.deidentifyOptions.includeBurnedIn = flags & 8 != 0
    let secretText = secret.map { String(cString: $0) } ?? ""
    if !secretText.isEmpty {
        guard let b = hexSecretBytes(secretText) else {
            return fail(.invalidArgument, "the secret must be hexadecimal digits (an even number)")
        }
        o.deidentifyOptions.secret = b
    }
    let outPath = String(cString: output)
    let key = "share\u{0}\(inputs.joined(separator: "\u{0}"))\u{0}\u{1}\(outPath)\u{0}\(flags)\u{0}\(secretText)"
    return cachedReport(key, buffer, capacity, length) { try share(inputs: inputs, output: outPath, options: o).json() }
}
