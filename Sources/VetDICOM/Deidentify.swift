import DICOMCore
#if canImport(Glibc)
import Glibc
#endif

// De-identification for referral: PS3.15 Annex E Basic Application Level Confidentiality
// Profile with the Retain Patient Characteristics Option, veterinary-aware. The owner
// (Responsible Person, Responsible Organization, the family-name component of Patient's Name),
// the clinic, IDs, dates (unless the Retain Full Dates option is chosen) and free text are
// removed or replaced; species, breed, sex, neutered status and age are kept; UIDs are replaced
// by 2.25 UIDs derived from the original with a keyed hash (HMAC-SHA-256 with a per-run secret),
// the same everywhere in the set (sequences included), so study/series grouping and references
// survive. Pixel data is not touched. Sources are never written.

public struct DeidentifyOptions: Sendable {
    /// Keep the animal's name (as "ANON^Name"); the owner's name is never kept.
    public var keepAnimalName = false
    /// Retain Longitudinal Temporal Information with Full Dates Option (113106).
    public var keepDates = false
    /// De-identify and write files with Burned In Annotation = YES (they are skipped otherwise).
    public var includeBurnedIn = false
    /// The key of the keyed hash (random per run when empty). The same secret gives the same
    /// UIDs and pseudonyms, e.g. to add files to a set already sent.
    public var secret: [UInt8] = []
    public var threads = 2
    public init() {}
}

/// What a de-identification run did.
public struct DeidentifyReport: Sendable {
    public var written: [(source: String, output: String)] = []
    /// Burned In Annotation = YES: skipped (or written with `includeBurnedIn`, and listed).
    public var burnedIn: [String] = []
    /// Burned In Annotation absent on ultrasound, secondary capture or video: written, listed
    /// for a look.
    public var burnedInUnknown: [String] = []
    public var notDICOM: [String] = []
    public var failed: [(path: String, message: String)] = []
    public var uidsRemapped = 0

    public func json() -> String {
        var o = JSONOut()
        o.raw("{"); o.key("written"); o.raw("[")
        for (i, w) in written.enumerated() {
            if i > 0 { o.raw(",") }
            o.raw("{"); o.key("source"); o.str(w.source); o.raw(","); o.key("output"); o.str(w.output); o.raw("}")
        }
        o.raw("],"); o.key("burned_in_annotation"); o.strArray(burnedIn)
        o.raw(","); o.key("burned_in_unknown"); o.strArray(burnedInUnknown)
        o.raw(","); o.key("not_dicom"); o.strArray(notDICOM)
        o.raw(","); o.key("failed"); o.failures(failed)
        o.raw(","); o.key("uids_remapped"); o.num(uidsRemapped); o.raw("}")
        return o.s
    }
}

/// The per-run state shared by every file of a set: the secret and the UID map.
public final class Deidentifier: @unchecked Sendable {
    public let options: DeidentifyOptions
    let secret: [UInt8]
    private var mutex = pthread_mutex_t()
    private var uidMap: [String: String] = [:]

    public init(options: DeidentifyOptions) {
        self.options = options
        if options.secret.isEmpty {
            var s = [UInt8](repeating: 0, count: 32)
            var n = 0
            if let fp = fopen("/dev/urandom", "rb") {
                n = s.withUnsafeMutableBytes { fread($0.baseAddress, 1, 32, fp) }
                fclose(fp)
            }
            if n != 32 {
                // No getrandom: time and address entropy (still unguessable enough for a pseudonym key).
                var t = timespec()
                clock_gettime(CLOCK_REALTIME, &t)
                s = SHA256.hash(Array("\(t.tv_sec).\(t.tv_nsec).\(getpid())".utf8))
            }
            secret = s
        } else {
            secret = options.secret
        }
        pthread_mutex_init(&mutex, nil)
    }
    deinit { pthread_mutex_destroy(&mutex) }

    public var remappedCount: Int {
        pthread_mutex_lock(&mutex); defer { pthread_mutex_unlock(&mutex) }
        return uidMap.count
    }

    /// The replacement of a UID: "2.25." and the first 128 bits of HMAC-SHA-256(secret, uid).
    public func uid(_ original: String) -> String {
        let o = trimUID(original)
        if o.isEmpty { return o }
        pthread_mutex_lock(&mutex)
        if let m = uidMap[o] { pthread_mutex_unlock(&mutex); return m }
        pthread_mutex_unlock(&mutex)
        let h = SHA256.hmac(key: secret, Array(("uid:" + o).utf8))
        var v: UInt128 = 0
        for i in 0..<16 { v = v << 8 | UInt128(h[i]) }
        let new = "2.25.\(v)"
        pthread_mutex_lock(&mutex)
        uidMap[o] = new
        pthread_mutex_unlock(&mutex)
        return new
    }

    /// A stable pseudonym for an identity key ("A" + 10 upper-case hex digits).
    func pseudonym(_ key: String) -> String {
        let h = SHA256.hmac(key: secret, Array(("patient:" + key).utf8))
        return "A" + String(SHA256.hex(Array(h[0..<5])).uppercased())
    }

    // MARK: one data set

    /// De-identifies `ds` in place (the caller's copy, never a source). Returns the notes
    /// (e.g. burned-in status).
    public func apply(to ds: DataSet) throws {
        let patientKey = identityKey(ds)
        let animal = animalName(ds)
        let age = ageString(ds)
        try clean(ds, depth: 0)
        // Patient's Name: a pseudonym; the owner's family name is never kept.
        let pseudo = pseudonym(patientKey)
        let name = options.keepAnimalName && !animal.isEmpty ? "ANON^" + animal : "ANON^" + pseudo
        try ds.set("(0010,0010)", .strings([name]), vr: .PN)
        try ds.set("(0010,0020)", .strings([pseudo]), vr: .LO)
        if ds.element(Tag(0x0010, 0x1010)) == nil, !age.isEmpty { try ds.set("(0010,1010)", .strings([age]), vr: .AS) }
        try ds.set("(0012,0062)", .strings(["YES"]), vr: .CS)
        var methods = ["PS3.15 E basic profile", "retain patient characteristics"]
        if options.keepDates { methods.append("retain full dates") }
        methods.append("vetdicom 1.0.0")
        try ds.set("(0012,0063)", .strings(methods), vr: .LO)
        if ds.element(Tag(0x0012, 0x0064)) != nil { try ds.remove("(0012,0064)") }
        var codes: [(String, String)] = [("113100", "Basic Application Confidentiality Profile"),
                                         ("113108", "Retain Patient Characteristics Option")]
        if options.keepDates { codes.append(("113106", "Retain Longitudinal Temporal Information Full Dates Option")) }
        for (value, meaning) in codes {
            let (item, _) = try ds.addItem("(0012,0064)")
            try item.set("(0008,0100)", .strings([value]), vr: .SH)
            try item.set("(0008,0102)", .strings(["DCM"]), vr: .SH)
            try item.set("(0008,0104)", .strings([meaning]), vr: .LO)
        }
        try ds.set("(0028,0303)", .strings([options.keepDates ? "UNMODIFIED" : "REMOVED"]), vr: .CS)
    }

    /// The identity behind the pseudonym: the normalized Patient ID, else name and owner.
    func identityKey(_ ds: DataSet) -> String {
        let id = ArchiveText.idKey(ds.string(Tag(0x0010, 0x0020)) ?? "")
        if !id.isEmpty { return "id:" + id }
        return "name:" + ArchiveText.key(ds.string(Tag(0x0010, 0x0010)) ?? "") + "/" + ArchiveText.key(ds.string(Tag(0x0010, 0x2297)) ?? "")
    }

    /// The animal's name without the owner or species words ("Buddy Smith" -> "Buddy").
    func animalName(_ ds: DataSet) -> String {
        var r = ArchiveRecord()
        r.patientName = ds.string(Tag(0x0010, 0x0010)) ?? ""
        r.responsiblePerson = ds.string(Tag(0x0010, 0x2297)) ?? ""
        var owners = Set<String>()
        if let f = alphabeticComponents(r.responsiblePerson).first { owners.insert(ArchiveText.key(f)) }
        let pn = alphabeticComponents(r.patientName)
        if pn.count >= 2, let f = pn.first { owners.insert(ArchiveText.key(f)) }
        owners.remove("")
        let k = identityKeys(r, knownOwners: owners)
        // Only letters, digits and spaces of the name survive (PN delimiters cannot sneak in).
        var s = ""
        for u in k.nameDisplay.unicodeScalars where u.value >= 0x20 && u != "^" && u != "=" && u != "\\" { s.unicodeScalars.append(u) }
        return String(s.prefix(60)).trimmingSpaces
    }

    /// Patient's Age (AS) from birth and study dates, so age survives the removal of the birth date.
    func ageString(_ ds: DataSet) -> String {
        let birth = ArchiveText.date(ds.string(Tag(0x0010, 0x0030)) ?? "")
        var study = ArchiveText.date(ds.string(Tag(0x0008, 0x0020)) ?? "")
        if study.isEmpty { study = ArchiveText.date(ds.string(Tag(0x0008, 0x0023)) ?? "") }
        guard let b = daysSinceEpoch(birth), let s = daysSinceEpoch(study), s >= b else { return "" }
        let days = s - b
        func pad(_ n: Int) -> String { String(repeating: "0", count: max(0, 3 - String(n).count)) + String(n) }
        if days < 31 { return pad(days) + "D" }
        if days < 7 * 20 { return pad(days / 7) + "W" }
        if days < 730 { return pad(days * 12 / 365) + "M" }
        return pad(min(999, days / 365)) + "Y"
    }

    /// The action for one attribute under the chosen options.
    func action(_ tag: Tag) -> String {
        let v = tag.value
        if options.keepDates, DeidentificationTable.retainFullDates.contains(v) { return "K" }
        if let a = DeidentificationTable.retainPatientCharacteristics[v] { return a == "K" ? "K" : "X" }
        switch v {
        // The owner and the breed registry number are emptied, not removed: for an animal they
        // are Type 2C (PS3.3 C.7.1.1); the role goes with the emptied Responsible Person (1C).
        case 0x0010_2294, 0x0010_2297, 0x0010_2299: return "Z"
        case 0x0010_2295, 0x0010_2296, 0x0010_2298: return "X"
        case 0x0010_0010, 0x0010_0020: return "Z"                // replaced by the pseudonym after cleaning
        default: break
        }
        if tag.isPrivate { return "X" }
        let g = tag.group
        if g & 0xFF00 == 0x5000 { return "X" }                   // curves
        if g & 0xFF00 == 0x6000, tag.element == 0x3000 || tag.element == 0x4000 { return "X" } // overlay data, comments
        return DeidentificationTable.basicProfile[v] ?? "K"
    }

    func clean(_ ds: DataSet, depth: Int) throws {
        if depth > 64 { throw DICOMError(.limitExceeded, "sequences nested deeper than 64 levels") }
        for e in ds.elements {
            let a = action(e.tag)
            let key = "\(e.tag)"
            if let items = e.items {
                switch a {
                case "X", "XZ", "XD", "XZD":
                    try ds.remove(key)
                case "Z", "ZD", "D":
                    // An empty sequence; "D" sequences (Content, Graphic Annotation, Verifying
                    // Observer...) may hold any text, so no item is kept.
                    try ds.remove(key)
                    // An empty sequence: created with one item, which is then removed.
                    if (try? ds.addItem(key)) != nil { try ds.removeItem(key, at: 0) }
                default:
                    // K, U, XZU and unlisted: keep the structure, clean what is inside.
                    for item in items { try clean(item, depth: depth + 1) }
                }
                continue
            }
            do {
                try applyAction(a, e, key, ds)
            } catch {
                // A value the writer refuses (e.g. a directory attribute outside a DICOMDIR):
                // removing it is always within the profile.
                try ds.remove(key)
            }
        }
    }

    func applyAction(_ a: String, _ e: Element, _ key: String, _ ds: DataSet) throws {
            switch a {
            case "K":
                return
            case "U", "XZU":
                if e.vr == .UI {
                    let values = ds.strings(e).map { uid($0) }
                    try ds.set(key, .strings(values), vr: .UI)
                } else {
                    try ds.remove(key)
                }
            case "X", "XD":
                try ds.remove(key)
            case "Z", "XZ", "XZD", "ZD":
                try ds.set(key, e.vr.isString ? .strings([]) : .bytes([]), vr: e.vr)
            case "D":
                if e.vr == .UI {
                    try ds.set(key, .strings(ds.strings(e).map { uid($0) }), vr: .UI)
                } else if let d = dummy(e.vr) {
                    try ds.set(key, .strings([d]), vr: e.vr)
                } else {
                    try ds.set(key, .bytes([]), vr: e.vr)
                }
            default:
                try ds.remove(key)
            }
    }

    func dummy(_ vr: VR) -> String? {
        switch vr {
        case .PN: return "ANONYMOUS"
        case .LO, .SH, .LT, .ST, .UT, .UC, .CS, .AE: return "REMOVED"
        case .DA: return "19000101"
        case .TM: return "000000"
        case .DT: return "19000101000000"
        case .AS: return "000D"
        case .IS, .DS: return "0"
        case .UR: return ""
        default: return nil
        }
    }

    // MARK: files

    /// De-identifies one file to `output` (Part 10, its own transfer syntax, pixel data as is).
    /// Returns false (and lists it) for a Burned In Annotation = YES file that is skipped.
    public func deidentifyFile(_ path: String, to output: String, report: inout DeidentifyReport) throws {
        let f = try DICOMFile(path: path)
        let ds = f.dataSet
        let burned = ArchiveText.fold(ds.string(Tag(0x0028, 0x0301)) ?? "")
        let modality = (ds.string(Tag(0x0008, 0x0060)) ?? "").trimmingSpaces
        if burned == "yes" {
            report.burnedIn.append(path)
            if !options.includeBurnedIn { return }
        } else if burned.isEmpty, ["US", "OT", "XC", "SC", "ES"].contains(modality) {
            report.burnedInUnknown.append(path)
        }
        try apply(to: ds)
        f.didEdit()
        var (out, saveOptions) = try f.prepareSave(transferSyntaxUID: nil)
        saveOptions.meta = nil   // Source AE titles and private meta elements are not carried
        try Serializer.save(out, options: saveOptions, toPath: output)
        report.written.append((path, output))
        _ = out
    }
}

/// De-identifies a file or every DICOM file under a folder into `output` (a file path for a file
/// input, else a folder mirroring the input's layout). The input is never written.
/// - Throws: `.io` when the input cannot be read or the output is inside the input.
public func deidentify(input: String, output: String, options: DeidentifyOptions = DeidentifyOptions()) throws -> DeidentifyReport {
    let d = Deidentifier(options: options)
    var report = DeidentifyReport()
    var st = stat()
    guard stat(input, &st) == 0 else { throw DICOMError(.io, "cannot read '\(input)'") }
    let isDir = (st.st_mode & S_IFMT) == S_IFDIR
    let inRoot = isDir ? (input.hasSuffix("/") ? String(input.dropLast()) : input) : input
    if isDir, output == inRoot || output.hasPrefix(inRoot + "/") {
        throw DICOMError(.invalidArgument, "the output '\(output)' is inside the input folder")
    }
    let files = try archiveListFiles(input)
    for p in files {
        let r = archiveReadRecord(p)
        if !r.isDICOM { report.notDICOM.append(p); continue }
        let dst = isDir ? output + "/" + archiveRelative(p, inRoot) : output
        do {
            try makeParentDirectories(dst)
            try d.deidentifyFile(p, to: dst, report: &report)
        } catch let e as DICOMError {
            report.failed.append((p, e.message))
        } catch {
            report.failed.append((p, "\(error)"))
        }
    }
    report.uidsRemapped = d.remappedCount
    return report
}

/// Creates the folders above `path` (mode 0755).
func makeParentDirectories(_ path: String) throws {
    var parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    parts.removeLast()
    var cur = path.hasPrefix("/") ? "" : "."
    for p in parts where !p.isEmpty {
        cur += "/" + p
        if mkdir(cur, 0o755) != 0 && errno != EEXIST {
            throw DICOMError(.io, "cannot create folder '\(cur)': \(String(cString: strerror(errno)))")
        }
    }
}

func trimUID(_ s: String) -> String {
    var u = Substring(s)
    while let l = u.last, l == "\0" || l == " " { u.removeLast() }
    while let f = u.first, f == " " { u.removeFirst() }
    return String(u)
}
