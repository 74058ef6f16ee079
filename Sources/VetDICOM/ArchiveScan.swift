import DICOMCore
#if canImport(Glibc)
import Glibc
#endif

// The clinic archive: a parallel, header-only scan of a folder tree. `ArchivePatients` groups
// the records by animal, `ArchiveStorage` totals them. Nothing here decodes pixels.

/// What one file of an archive carries (identity, study and storage fields), read from its
/// header. `isDICOM` is false for files that are not DICOM (or not readable); they are skipped
/// and counted.
public struct ArchiveRecord: Sendable {
    public var path = ""
    public var size: Int64 = 0
    public var isDICOM = false
    public var skipReason = ""
    public var patientName = ""
    public var patientID = ""
    public var issuerOfPatientID = ""
    public var speciesDescription = ""
    public var speciesCodeValue = ""
    public var speciesCodeMeaning = ""
    public var breedDescription = ""
    public var breedCodeMeaning = ""
    public var sex = ""
    public var neutered = ""
    public var birthDate = ""
    public var responsiblePerson = ""
    public var responsibleOrganization = ""
    public var institution = ""
    public var studyDate = ""
    public var studyUID = ""
    public var seriesUID = ""
    public var sopInstanceUID = ""
    public var sopClassUID = ""
    public var modality = ""
    public var transferSyntax = ""
    /// Bytes of the Pixel Data element (native length or the sum of its fragments), 0 if none.
    public var pixelBytes: Int64 = 0
    public var burnedInAnnotation = ""
    public init() {}
}

/// Options of an archive scan.
public struct ArchiveScanOptions: Sendable {
    /// Worker threads (1...256).
    public var threads = 2
    /// Called from worker threads with (files done, files total), serialized by a lock.
    public var progress: (@Sendable (Int, Int) -> Void)? = nil
    public init() {}
}

/// The result of a scan: every regular file found, DICOM or not, in path order.
public struct ArchiveScan: Sendable {
    public var root = ""
    public var records: [ArchiveRecord] = []
    public var dicom: [ArchiveRecord] { records.filter { $0.isDICOM } }
    public var skipped: [ArchiveRecord] { records.filter { !$0.isDICOM } }
}

/// Lists the regular files under `root` (recursively, symbolic links not followed, hidden
/// entries included), sorted by path. A file path is accepted as a one-file tree.
/// - Throws: `.io` when `root` cannot be read.
public func archiveListFiles(_ root: String) throws -> [String] {
    var st = stat()
    guard lstat(root, &st) == 0 else { throw DICOMError(.io, "cannot read '\(root)': \(String(cString: strerror(errno)))") }
    if (st.st_mode & S_IFMT) == S_IFREG { return [root] }
    guard (st.st_mode & S_IFMT) == S_IFDIR else { throw DICOMError(.io, "'\(root)' is not a folder or a file") }
    var out: [String] = []
    var stack = [root]
    var visited = 0
    while let dir = stack.popLast() {
        visited += 1
        if visited > 1_000_000 { throw DICOMError(.limitExceeded, "more than a million folders under '\(root)'") }
        guard let d = opendir(dir) else {
            if dir == root { throw DICOMError(.io, "cannot open folder '\(root)'") }
            continue
        }
        while let ent = readdir(d) {
            let name = withUnsafeBytes(of: ent.pointee.d_name) { raw -> String in
                let b = raw.bindMemory(to: UInt8.self)
                let n = b.firstIndex(of: 0) ?? b.count
                return String(decoding: UnsafeBufferPointer(rebasing: b[0..<n]), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let p = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            var s = stat()
            guard lstat(p, &s) == 0 else { continue }
            switch s.st_mode & S_IFMT {
            case S_IFDIR: stack.append(p)
            case S_IFREG: out.append(p)
            default: break
            }
        }
        closedir(d)
    }
    out.sort()
    return out
}

/// Reads the archive fields of one file. Never throws: a file that is not DICOM comes back
/// with `isDICOM == false` and the reason.
public func archiveReadRecord(_ path: String, limits: Limits = Limits()) -> ArchiveRecord {
    var r = ArchiveRecord()
    r.path = path
    var st = stat()
    if stat(path, &st) == 0 { r.size = Int64(st.st_size) }
    let parsed: ParsedFile
    do {
        let store = try ByteStore(mappingFile: path)
        if store.bytes.count < 8 { r.skipReason = "too short"; return r }
        var parser = Parser(limits: limits)
        parsed = try parser.parse(store)
    } catch let e as DICOMError {
        r.skipReason = e.message
        return r
    } catch {
        r.skipReason = "\(error)"
        return r
    }
    let ds = parsed.dataSet
    func s(_ g: UInt16, _ e: UInt16) -> String { ds.string(Tag(g, e)) ?? "" }
    r.sopInstanceUID = s(0x0008, 0x0018)
    r.sopClassUID = s(0x0008, 0x0016)
    if r.sopClassUID.isEmpty { r.sopClassUID = parsed.meta.string(Tag(0x0002, 0x0002)) ?? "" }
    r.studyUID = s(0x0020, 0x000D)
    // A data set with neither a SOP Instance UID nor a Study Instance UID is not an object of an
    // archive (text or image bytes a lenient parser read as a bare data set). DICOMDIRs are skipped.
    if r.sopInstanceUID.isEmpty && r.studyUID.isEmpty {
        r.skipReason = "no SOP Instance UID or Study Instance UID (not a DICOM object)"
        return r
    }
    if r.sopClassUID == "1.2.840.10008.1.3.10" { r.skipReason = "DICOMDIR (media directory)"; return r }
    r.isDICOM = true
    r.transferSyntax = parsed.transferSyntax.uid
    r.patientName = s(0x0010, 0x0010)
    r.patientID = s(0x0010, 0x0020)
    r.issuerOfPatientID = s(0x0010, 0x0021)
    r.speciesDescription = s(0x0010, 0x2201)
    if let item = ds.items(Tag(0x0010, 0x2202)).first {
        r.speciesCodeValue = item.string(Tag(0x0008, 0x0100)) ?? ""
        r.speciesCodeMeaning = item.string(Tag(0x0008, 0x0104)) ?? ""
    }
    r.breedDescription = s(0x0010, 0x2292)
    if let item = ds.items(Tag(0x0010, 0x2293)).first { r.breedCodeMeaning = item.string(Tag(0x0008, 0x0104)) ?? "" }
    r.sex = s(0x0010, 0x0040)
    r.neutered = s(0x0010, 0x2203)
    r.birthDate = s(0x0010, 0x0030)
    r.responsiblePerson = s(0x0010, 0x2297)
    r.responsibleOrganization = s(0x0010, 0x2299)
    r.institution = s(0x0008, 0x0080)
    r.studyDate = s(0x0008, 0x0020)
    if r.studyDate.isEmpty { r.studyDate = s(0x0008, 0x0021) }
    if r.studyDate.isEmpty { r.studyDate = s(0x0008, 0x0023) }
    r.seriesUID = s(0x0020, 0x000E)
    r.modality = s(0x0008, 0x0060)
    r.burnedInAnnotation = s(0x0028, 0x0301)
    if let px = ds.element(Tag(0x7FE0, 0x0010)) {
        if let frags = px.fragments {
            var total: Int64 = 0
            for f in frags { total &+= Int64(f.count) }
            r.pixelBytes = total
        } else if !px.undefinedLength {
            r.pixelBytes = Int64(px.length)
        }
    }
    return r
}

/// Scans a folder tree in parallel, reading headers only (files are memory-mapped and parsed;
/// no pixel data is decoded).
/// - Throws: `.io` when the root cannot be read.
public func archiveScan(_ root: String, options: ArchiveScanOptions = ArchiveScanOptions()) throws -> ArchiveScan {
    let paths = try archiveListFiles(root)
    final class Sink: @unchecked Sendable {
        let slots: UnsafeMutablePointer<ArchiveRecord>
        let count: Int
        var done = 0
        var mutex = pthread_mutex_t()
        init(count: Int) {
            self.count = count
            slots = UnsafeMutablePointer<ArchiveRecord>.allocate(capacity: max(1, count))
            slots.initialize(repeating: ArchiveRecord(), count: max(1, count))
            pthread_mutex_init(&mutex, nil)
        }
        deinit {
            slots.deinitialize(count: max(1, count))
            slots.deallocate()
            pthread_mutex_destroy(&mutex)
        }
        func tick() -> Int {
            pthread_mutex_lock(&mutex)
            defer { pthread_mutex_unlock(&mutex) }
            done += 1
            return done
        }
    }
    let sink = Sink(count: paths.count)
    let progress = options.progress
    let total = paths.count
    try decodeParallel(count: paths.count, threads: max(1, min(options.threads, 256))) { i in
        sink.slots[i] = archiveReadRecord(paths[i])
        let d = sink.tick()
        if let progress {
            pthread_mutex_lock(&sink.mutex)
            progress(d, total)
            pthread_mutex_unlock(&sink.mutex)
        }
    }
    var scan = ArchiveScan()
    scan.root = root
    scan.records = Array(UnsafeBufferPointer(start: sink.slots, count: paths.count))
    return scan
}

// MARK: - small JSON writer helpers shared by the archive reports

struct JSONOut {
    var s = ""
    mutating func str(_ v: String) { appendJSONString(v, to: &s) }
    mutating func key(_ k: String) { appendJSONString(k, to: &s); s += ":" }
    mutating func raw(_ v: String) { s += v }
    mutating func num(_ v: Int64) { s += String(v) }
    mutating func num(_ v: Int) { s += String(v) }
    mutating func num(_ v: Double) {
        if !v.isFinite { s += "null"; return }
        let r = (v * 10000).rounded() / 10000
        if r == r.rounded(), abs(r) < 1e15 { s += String(Int64(r)) } else { s += String(r) }
    }
    mutating func strArray(_ a: [String]) {
        s += "["
        for (i, v) in a.enumerated() { if i > 0 { s += "," }; str(v) }
        s += "]"
    }
    /// [{"file","message"}] for the files a report could not handle.
    mutating func failures(_ a: [(path: String, message: String)]) {
        s += "["
        for (i, f) in a.enumerated() {
            if i > 0 { s += "," }
            raw("{"); key("file"); str(f.path); raw(","); key("message"); str(f.message); raw("}")
        }
        s += "]"
    }
}

/// Path of `p` relative to `root` when it lies under it.
func archiveRelative(_ p: String, _ root: String) -> String {
    let r = root.hasSuffix("/") ? root : root + "/"
    return p.hasPrefix(r) ? String(p.dropFirst(r.count)) : p
}
