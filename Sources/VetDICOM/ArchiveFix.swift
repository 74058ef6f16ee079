import DICOMCore
#if canImport(Glibc)
import Glibc
#endif

// `patients --fix`: the identity fields of every file made consistent within its animal's
// group, the previous values kept in Original Attributes Sequence (0400,0561) as PS3.3
// C.12.1.1.9 asks, every other element unchanged, and a CSV log of every change.

public struct FixOptions: Sendable {
    /// Write corrected files under this folder (same relative paths); unchanged files are copied.
    public var outputDirectory: String? = nil
    /// Rewrite the files where they are, after copying each changed file under `backupDirectory`.
    public var inPlace = false
    /// For in-place fixes (default: "<DIR>.vetdicom-backup-<UTC time>").
    public var backupDirectory: String? = nil
    /// Only report what would change.
    public var dryRun = false
    /// The CSV log (default: "<output or backup folder>/vetdicom-fix-log.csv"; none on a dry run).
    public var logPath: String? = nil
    public init() {}
}

public struct FixChange: Sendable {
    public var file = ""
    public var tag = Tag(0, 0)
    public var keyword = ""
    public var old = ""
    public var new = ""
}

public struct FixReport: Sendable {
    public var changes: [FixChange] = []
    public var filesChanged = 0
    public var filesWritten = 0
    public var filesCopied = 0
    public var backupDirectory = ""
    public var logPath = ""
    public var failed: [(path: String, message: String)] = []

    public func csv() -> String {
        func q(_ s: String) -> String {
            "\"" + s.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
        }
        var s = "file,tag,keyword,old_value,new_value\n"
        for c in changes { s += [q(c.file), q("\(c.tag)"), q(c.keyword), q(c.old), q(c.new)].joined(separator: ",") + "\n" }
        return s
    }

    /// {"changes":[{"file","tag","keyword","old","new"}],"files_changed","files_written",
    /// "files_copied","backup_directory","log","failed":[{"file","message"}]}
    public func json() -> String {
        var o = JSONOut()
        o.raw("{"); o.key("changes"); o.raw("[")
        for (i, c) in changes.enumerated() {
            if i > 0 { o.raw(",") }
            o.raw("{"); o.key("file"); o.str(c.file)
            o.raw(","); o.key("tag"); o.str("\(c.tag)")
            o.raw(","); o.key("keyword"); o.str(c.keyword)
            o.raw(","); o.key("old"); o.str(c.old)
            o.raw(","); o.key("new"); o.str(c.new); o.raw("}")
        }
        o.raw("],"); o.key("files_changed"); o.num(filesChanged)
        o.raw(","); o.key("files_written"); o.num(filesWritten)
        o.raw(","); o.key("files_copied"); o.num(filesCopied)
        o.raw(","); o.key("backup_directory"); o.str(backupDirectory)
        o.raw(","); o.key("log"); o.str(logPath)
        o.raw(","); o.key("failed"); o.failures(failed)
        o.raw("}")
        return o.s
    }

    public func text() -> String {
        var s = ""
        var last = ""
        for c in changes {
            if c.file != last { s += "\(c.file)\n"; last = c.file }
            s += "  \(c.tag) \(c.keyword): '\(c.old)' -> '\(c.new)'\n"
        }
        s += "\(changes.count) change(s) in \(filesChanged) file(s)"
        if filesWritten > 0 || filesCopied > 0 { s += "; \(filesWritten) file(s) rewritten, \(filesCopied) copied unchanged" }
        if !backupDirectory.isEmpty { s += "; originals in \(backupDirectory)" }
        if !logPath.isEmpty { s += "; log \(logPath)" }
        for f in failed { s += "\nfailed: \(f.path): \(f.message)" }
        return s + "\n"
    }
}

/// The identity values each file of an animal should carry.
struct IdentityTarget {
    var values: [(Tag, String, VR, String)] = []   // tag, keyword, VR, value
}

func identityTarget(_ a: ArchiveAnimal, speciesDescriptions: [String]) -> IdentityTarget {
    var t = IdentityTarget()
    let name = a.canonicalPatientName
    if !a.animalName.isEmpty { t.values.append((Tag(0x0010, 0x0010), "PatientName", .PN, name)) }
    if !a.patientID.isEmpty { t.values.append((Tag(0x0010, 0x0020), "PatientID", .LO, a.patientID)) }
    if !a.owner.isEmpty, a.owner.contains("^") || !a.owners.isEmpty {
        t.values.append((Tag(0x0010, 0x2297), "ResponsiblePerson", .PN, a.owner))
    }
    if !a.birthDate.isEmpty { t.values.append((Tag(0x0010, 0x0030), "PatientBirthDate", .DA, a.birthDate)) }
    if !a.sex.isEmpty { t.values.append((Tag(0x0010, 0x0040), "PatientSex", .CS, a.sex)) }
    let sp = mostCommon(speciesDescriptions.map { $0.trimmingSpaces })
    if !sp.isEmpty { t.values.append((Tag(0x0010, 0x2201), "PatientSpeciesDescription", .LO, sp)) }
    if !a.breed.isEmpty { t.values.append((Tag(0x0010, 0x2292), "PatientBreedDescription", .LO, a.breed)) }
    return t
}

/// UTC now as a DT value (YYYYMMDDHHMMSS).
func nowDT() -> String {
    var t = time(nil)
    var tmv = tm()
    gmtime_r(&t, &tmv)
    func p(_ v: Int32, _ n: Int) -> String { let s = String(v); return String(repeating: "0", count: max(0, n - s.count)) + s }
    return p(tmv.tm_year + 1900, 4) + p(tmv.tm_mon + 1, 2) + p(tmv.tm_mday, 2) + p(tmv.tm_hour, 2) + p(tmv.tm_min, 2) + p(tmv.tm_sec, 2)
}

func copyFile(_ src: String, _ dst: String) throws {
    guard let i = fopen(src, "rb") else { throw DICOMError(.io, "cannot read '\(src)'") }
    defer { fclose(i) }
    try makeParentDirectories(dst)
    guard let o = fopen(dst, "wb") else { throw DICOMError(.io, "cannot write '\(dst)'") }
    var buf = [UInt8](repeating: 0, count: 1 << 16)
    var ok = true
    while true {
        let n = buf.withUnsafeMutableBytes { fread($0.baseAddress, 1, 1 << 16, i) }
        if n == 0 { break }
        if buf.withUnsafeBytes({ fwrite($0.baseAddress, 1, n, o) }) != n { ok = false; break }
    }
    if fclose(o) != 0 || !ok { throw DICOMError(.io, "cannot write '\(dst)'") }
}

func writeText(_ path: String, _ text: String) throws {
    try makeParentDirectories(path)
    guard let fp = fopen(path, "wb") else { throw DICOMError(.io, "cannot write '\(path)'") }
    let bytes = Array(text.utf8)
    let n = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, bytes.count, fp) }
    if fclose(fp) != 0 || n != bytes.count { throw DICOMError(.io, "cannot write '\(path)'") }
}

/// Applies the corrections of `report` (a grouping of `scan`) with `options`.
/// - Throws: `.invalidArgument` without an output folder, in-place or dry-run choice.
public func archiveFix(_ report: ArchivePatientsReport, scan: ArchiveScan, options: FixOptions) throws -> FixReport {
    guard options.dryRun || options.inPlace || options.outputDirectory != nil else {
        throw DICOMError(.invalidArgument, "choose an output folder, in place, or a dry run")
    }
    var out = FixReport()
    let root = scan.root.hasSuffix("/") && scan.root.count > 1 ? String(scan.root.dropLast()) : scan.root
    if let o = options.outputDirectory, o == root || o.hasPrefix(root + "/") {
        throw DICOMError(.invalidArgument, "the output folder '\(o)' is inside the archive")
    }
    let stamp = nowDT()
    if options.inPlace && !options.dryRun { out.backupDirectory = options.backupDirectory ?? root + ".vetdicom-backup-" + stamp }
    let recordsByPath = Dictionary(scan.dicom.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
    for animal in report.animals {
        let target = identityTarget(animal, speciesDescriptions: animal.files.compactMap { recordsByPath[$0]?.speciesDescription })
        for path in animal.files {
            do {
                let f = try DICOMFile(path: path)
                let ds = f.dataSet
                var changed: [(Tag, String, VR, String, String, Element?)] = []   // tag, keyword, vr, old, new, old element
                for (tag, keyword, vr, value) in target.values {
                    let e = ds.element(tag)
                    let old = e.map { ds.strings($0).joined(separator: "\\") } ?? ""
                    if old.trimmingSpaces != value { changed.append((tag, keyword, vr, old, value, e)) }
                }
                let rel = archiveRelative(path, root)
                if changed.isEmpty {
                    if let o = options.outputDirectory, !options.dryRun {
                        try copyFile(path, o + "/" + rel)
                        out.filesCopied += 1
                    }
                    continue
                }
                out.filesChanged += 1
                for c in changed { out.changes.append(FixChange(file: path, tag: c.0, keyword: c.1, old: c.3, new: c.4)) }
                if options.dryRun { continue }
                // PS3.3 C.12.1.1.9: one Original Attributes Sequence item per modification, with
                // the previous values in a Modified Attributes Sequence item.
                let (item, _) = try ds.addItem("(0400,0561)")
                try item.set("(0400,0564)", .strings([]), vr: .LO)           // Source of Previous Values (Type 2)
                try item.set("(0400,0562)", .strings([stamp]), vr: .DT)      // Attribute Modification DateTime
                try item.set("(0400,0563)", .strings(["vetdicom 1.0.0"]), vr: .LO)  // Modifying System
                try item.set("(0400,0565)", .strings(["CORRECT"]), vr: .CS)  // Reason for the Attribute Modification
                let (mod, _) = try item.addItem("(0400,0550)")
                for c in changed {
                    if let e = c.5 {
                        try mod.set("\(c.0)", .strings(ds.strings(e)), vr: e.vr)
                    } else {
                        try mod.set("\(c.0)", .strings([]), vr: c.2)          // absent before: empty
                    }
                }
                for c in changed { try ds.set("\(c.0)", .strings([c.4]), vr: c.5?.vr ?? c.2) }
                f.didEdit()
                let dst: String
                if let o = options.outputDirectory {
                    dst = o + "/" + rel
                    try makeParentDirectories(dst)
                } else {
                    try copyFile(path, out.backupDirectory + "/" + rel)
                    dst = path
                }
                try f.save(toPath: dst)
                out.filesWritten += 1
            } catch let e as DICOMError {
                out.failed.append((path, e.message))
            } catch {
                out.failed.append((path, "\(error)"))
            }
        }
    }
    if !options.dryRun {
        let log = options.logPath ?? ((options.outputDirectory ?? out.backupDirectory) + "/vetdicom-fix-log.csv")
        try writeText(log, out.csv())
        out.logPath = log
    }
    return out
}

/// Scans `directory`, groups its files by animal and applies the corrections: what
/// `vetdicom patients DIR --fix/--in-place/--dry-run` and `vetdicom_archive_fix` both run.
public func archiveFix(directory: String, options: FixOptions, scanOptions: ArchiveScanOptions = ArchiveScanOptions()) throws -> FixReport {
    guard options.dryRun || options.inPlace || options.outputDirectory != nil else {
        throw DICOMError(.invalidArgument, "choose an output folder, in place, or a dry run")
    }
    if options.inPlace && options.outputDirectory != nil {
        throw DICOMError(.invalidArgument, "an output folder and in place exclude each other")
    }
    let scan = try archiveScan(directory, options: scanOptions)
    return try archiveFix(archiveGroupPatients(scan), scan: scan, options: options)
}

/// Hexadecimal text ("00ff...", an even number of digits) as bytes; nil when it is not.
public func hexSecretBytes(_ s: String) -> [UInt8]? {
    let u = Array(s.utf8)
    guard u.count >= 2, u.count % 2 == 0 else { return nil }
    var out: [UInt8] = []
    var i = 0
    while i < u.count {
        guard let v = UInt8(String(decoding: u[i..<(i + 2)], as: UTF8.self), radix: 16) else { return nil }
        out.append(v)
        i += 2
    }
    return out
}
