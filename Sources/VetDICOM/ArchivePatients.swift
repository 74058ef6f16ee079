// Who is who in a clinic archive: files grouped by animal although names, IDs and owners were
// entered inconsistently, without ever merging on conflicting strong signals.

/// One animal found in an archive: the files believed to be of it and why.
public struct ArchiveAnimal: Sendable {
    public var animalName = ""
    public var owner = ""
    public var species = ""
    public var breed = ""
    public var sex = ""
    public var neutered = ""
    public var birthDate = ""
    /// The Patient ID most files carry, as written.
    public var patientID = ""
    public var patientIDs: [String] = []
    public var namesSeen: [String] = []
    public var owners: [String] = []
    public var files: [String] = []
    public var reasons: [String] = []
    /// The Patient Name in the standard "Owner^Animal" form for this animal.
    public var canonicalPatientName: String {
        let fam = owner.split(separator: "^", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        return fam.isEmpty ? animalName : fam + "^" + animalName
    }
}

/// Something in the archive worth a person's look.
public struct ArchiveIssue: Sendable {
    public var kind = ""
    public var message = ""
    public var files: [String] = []
}

public struct ArchivePatientsReport: Sendable {
    public var root = ""
    public var scannedFiles = 0
    public var skipped: [(path: String, reason: String)] = []
    public var animals: [ArchiveAnimal] = []
    public var issues: [ArchiveIssue] = []
    /// For each DICOM record of the scan (in scan order): the index of its animal.
    public var animalOfFile: [String: Int] = [:]
}

/// The identity signals of one file, normalized.
struct IdentityKeys {
    var nameKey = ""          // animal name, folded, no spaces
    var nameDisplay = ""      // the animal part as written
    var ownerKey = ""         // owner family name, folded, no spaces
    var ownerGiven = ""       // owner given name, folded (may be an initial)
    var ownerDisplay = ""
    var idKey = ""
    var species = ""
    var breedKey = ""
    var sex = ""
    var neutered = ""
    var birth = ""
    var studyDate = ""
    var institution = ""
    var notes: [String] = []  // how the name was read ("species appended", "owner appended")
}

/// Groups the DICOM files of a scan by animal.
public func archiveGroupPatients(_ scan: ArchiveScan) -> ArchivePatientsReport {
    var report = ArchivePatientsReport()
    report.root = scan.root
    report.scannedFiles = scan.records.count
    let recs = scan.dicom
    report.skipped = scan.skipped.map { ($0.path, $0.skipReason) }

    // Owner family names anyone wrote in a structured field, to recognize "Buddy Smith".
    var knownOwners = Set<String>()
    for r in recs {
        let pn = alphabeticComponents(r.patientName)
        if pn.count >= 2, !pn[1].trimmingSpaces.isEmpty { let k = ArchiveText.key(pn[0]); if !k.isEmpty { knownOwners.insert(k) } }
        let rp = alphabeticComponents(r.responsiblePerson)
        if let f = rp.first { let k = ArchiveText.key(f); if !k.isEmpty { knownOwners.insert(k) } }
    }
    let keys = recs.map { identityKeys($0, knownOwners: knownOwners) }
    let n = recs.count

    // Candidate pairs: files sharing the animal-name key or the normalized Patient ID.
    var byName: [String: [Int]] = [:]
    var byID: [String: [Int]] = [:]
    for i in 0..<n {
        if !keys[i].nameKey.isEmpty { byName[keys[i].nameKey, default: []].append(i) }
        if !keys[i].idKey.isEmpty { byID[keys[i].idKey, default: []].append(i) }
    }
    struct Pair { var a: Int; var b: Int; var score: Double; var reasons: [String]; var strong: Bool }
    var pairs: [Pair] = []
    for (_, members) in byName.sorted(by: { $0.key < $1.key }) {
        if members.count < 2 { continue }
        for x in 0..<(members.count - 1) {
            for y in (x + 1)..<members.count {
                if let p = evaluatePair(keys[members[x]], keys[members[y]]) {
                    pairs.append(Pair(a: members[x], b: members[y], score: p.0, reasons: p.1, strong: p.2))
                }
            }
        }
    }
    pairs.sort { $0.score != $1.score ? $0.score > $1.score : ($0.a, $0.b) < ($1.a, $1.b) }

    // Union-find over clusters that carry their strong attributes; a merge is refused when the
    // two clusters disagree on species, owner, birth date, sex or neutering over time.
    var parent = Array(0..<n)
    var clusters: [ClusterSummary] = keys.map { ClusterSummary($0) }
    var reasonsOf: [[String]] = Array(repeating: [], count: n)
    func find(_ x: Int) -> Int {
        var r = x
        while parent[r] != r { r = parent[r] }
        var c = x
        while parent[c] != r { let nx = parent[c]; parent[c] = r; c = nx }
        return r
    }
    var membersOf: [[Int]] = (0..<n).map { [$0] }
    func merge(_ ra: Int, _ rb: Int, _ reasons: [String]) {
        let (big, small) = clusters[ra].size >= clusters[rb].size ? (ra, rb) : (rb, ra)
        parent[small] = big
        clusters[big].absorb(clusters[small])
        membersOf[big].append(contentsOf: membersOf[small])
        membersOf[small] = []
        reasonsOf[big].append(contentsOf: reasonsOf[small])
        reasonsOf[big].append(contentsOf: reasons)
    }
    // Phase 1: pairs tied by an ID or a birth date.
    for p in pairs where p.strong {
        let ra = find(p.a), rb = find(p.b)
        if ra == rb || clusters[ra].conflicts(with: clusters[rb]) { continue }
        merge(ra, rb, p.reasons)
    }
    // Phase 2: pairs tied only by name and owner join a group only when exactly one group
    // fits (two dogs called Yoda of one owner: a file without ID or birth date stays alone).
    var weakPartners: [[Int]] = Array(repeating: [], count: n)
    for p in pairs where !p.strong { weakPartners[p.a].append(p.b); weakPartners[p.b].append(p.a) }
    for p in pairs where !p.strong {
        let ra = find(p.a), rb = find(p.b)
        if ra == rb || clusters[ra].conflicts(with: clusters[rb]) { continue }
        func fits(_ r: Int) -> Set<Int> {
            var out = Set<Int>()
            for m in membersOf[r] {
                for o in weakPartners[m] {
                    let ro = find(o)
                    if ro != r && !clusters[r].conflicts(with: clusters[ro]) { out.insert(ro) }
                }
            }
            return out
        }
        let small = clusters[ra].size <= clusters[rb].size ? ra : rb
        if fits(small).count != 1 { continue }
        merge(ra, rb, p.reasons)
    }

    // Build the animals, largest first, then by name.
    var members: [Int: [Int]] = [:]
    for i in 0..<n { members[find(i), default: []].append(i) }
    var groups = Array(members.values)
    groups.sort { a, b in
        let na = keys[a[0]].nameKey, nb = keys[b[0]].nameKey
        return na != nb ? na < nb : recs[a[0]].path < recs[b[0]].path
    }
    for g in groups {
        var animal = ArchiveAnimal()
        animal.files = g.map { recs[$0].path }
        animal.animalName = bestDisplay(g.map { keys[$0].nameDisplay })
        var ownerVariants: [String] = []
        for i in g {
            let rp = recs[i].responsiblePerson.trimmingSpaces
            if !rp.isEmpty { ownerVariants.append(rp) }
        }
        animal.owner = bestOwner(ownerVariants, fallbackFamilies: g.map { keys[$0].ownerDisplay })
        animal.owners = uniqueSorted(ownerVariants)
        animal.species = mostCommon(g.map { keys[$0].species })
        animal.breed = bestDisplay(g.map { recs[$0].breedDescription.isEmpty ? recs[$0].breedCodeMeaning : recs[$0].breedDescription })
        animal.sex = mostCommon(g.map { keys[$0].sex })
        animal.birthDate = mostCommon(g.map { keys[$0].birth })
        // The latest neutered status wins (it only changes one way).
        var lastDate = "", lastNeutered = ""
        for i in g where !keys[i].neutered.isEmpty {
            if keys[i].studyDate >= lastDate { lastDate = keys[i].studyDate; lastNeutered = recs[i].neutered.trimmingSpaces }
        }
        animal.neutered = lastNeutered
        animal.patientIDs = uniqueSorted(g.map { recs[$0].patientID.trimmingSpaces }.filter { !$0.isEmpty })
        animal.patientID = mostCommonWritten(g.map { recs[$0].patientID.trimmingSpaces }, key: ArchiveText.idKey)
        animal.namesSeen = uniqueSorted(g.map { recs[$0].patientName })
        var reasons = uniqueInOrder(reasonsOf[find(g[0])])
        for i in g { reasons.append(contentsOf: keys[i].notes) }
        reasons = uniqueInOrder(reasons)
        if g.count == 1 { reasons.insert("single file", at: 0) }
        animal.reasons = reasons
        let idx = report.animals.count
        for i in g { report.animalOfFile[recs[i].path] = idx }
        report.animals.append(animal)
    }
    report.issues = findIssues(report.animals, recs: recs, keys: keys, byName: byName, animalOf: report.animalOfFile)
    return report
}

// MARK: - reading one file's identity

func alphabeticComponents(_ pn: String) -> [String] {
    let alphabetic = pn.split(separator: "=", omittingEmptySubsequences: false).first.map(String.init) ?? ""
    return alphabetic.split(separator: "^", omittingEmptySubsequences: false).map(String.init)
}

func identityKeys(_ r: ArchiveRecord, knownOwners: Set<String>) -> IdentityKeys {
    var k = IdentityKeys()
    let comps = alphabeticComponents(r.patientName)
    var animalText = ""
    var ownerText = ""
    if comps.count >= 2, !comps[1].trimmingSpaces.isEmpty, !comps[0].trimmingSpaces.isEmpty {
        ownerText = comps[0].trimmingSpaces
        animalText = comps[1].trimmingSpaces
    } else if comps.count >= 2, !comps[1].trimmingSpaces.isEmpty {
        animalText = comps[1].trimmingSpaces
    } else {
        animalText = (comps.first ?? "").trimmingSpaces
    }
    // A parenthesized part ("Buddy (Dog)") is a species or a note, not the name.
    var speciesHint = ""
    var cleaned = ""
    var depth = 0
    var inner = ""
    for ch in animalText {
        if ch == "(" || ch == "[" { depth += 1; continue }
        if ch == ")" || ch == "]" {
            if depth > 0 { depth -= 1 }
            if depth == 0, let s = ArchiveText.species(text: inner) { speciesHint = s }
            inner = ""
            continue
        }
        if depth > 0 { inner.append(ch) } else { cleaned.append(ch) }
    }
    if !speciesHint.isEmpty { k.notes.append("species written in the name: '\(animalText)'") }
    var words = ArchiveText.words(cleaned)
    // A trailing species word ("Buddy Dog", "Luna cat") is dropped when a name remains.
    while words.count >= 2, let s = ArchiveText.speciesWords[words[words.count - 1]] {
        speciesHint = s
        words.removeLast()
        k.notes.append("species written in the name: '\(animalText)'")
    }
    let rpComps = alphabeticComponents(r.responsiblePerson).map { $0.trimmingSpaces }
    let rpFamily = ArchiveText.key(rpComps.first ?? "")
    // The owner appended or prefixed without '^' ("Buddy Smith", "Smith Buddy").
    if ownerText.isEmpty, words.count >= 2 {
        var found = false
        for len in stride(from: min(3, words.count - 1), through: 1, by: -1) {
            let tail = words[(words.count - len)...].joined()
            if tail == rpFamily || knownOwners.contains(tail) {
                ownerText = words[(words.count - len)...].joined(separator: " ")
                words.removeLast(len)
                found = true
                k.notes.append("owner written after the name: '\(r.patientName.trimmingSpaces)'")
                break
            }
            let head = words[0..<len].joined()
            if head == rpFamily || knownOwners.contains(head) {
                ownerText = words[0..<len].joined(separator: " ")
                words.removeFirst(len)
                found = true
                k.notes.append("owner written before the name: '\(r.patientName.trimmingSpaces)'")
                break
            }
        }
        _ = found
    }
    k.nameKey = words.joined()
    k.nameDisplay = displayName(cleaned, keeping: words)
    if ownerText.isEmpty, !rpFamily.isEmpty { ownerText = rpComps[0] }
    k.ownerKey = ArchiveText.key(ownerText)
    k.ownerDisplay = ownerText
    if rpComps.count >= 2, ArchiveText.key(rpComps[0]) == k.ownerKey { k.ownerGiven = ArchiveText.key(rpComps[1]) }
    k.idKey = ArchiveText.idKey(r.patientID)
    let fromCode = ArchiveText.species(code: r.speciesCodeValue, meaning: r.speciesCodeMeaning)
    let fromText = ArchiveText.species(text: r.speciesDescription)
    k.species = fromCode ?? fromText ?? speciesHint
    k.breedKey = ArchiveText.key(r.breedDescription.isEmpty ? r.breedCodeMeaning : r.breedDescription)
    k.sex = ArchiveText.sex(r.sex)
    k.neutered = ArchiveText.neutered(r.neutered)
    k.birth = ArchiveText.date(r.birthDate)
    k.studyDate = ArchiveText.date(r.studyDate)
    k.institution = ArchiveText.key(r.institution)
    return k
}

/// The words of `text` that survived parsing, in their written form ("  BUDDY  smith" with
/// words ["buddy"] -> "BUDDY").
func displayName(_ text: String, keeping words: [String]) -> String {
    var out: [String] = []
    var want = words[...]
    var token = ""
    func flush() {
        if token.isEmpty { return }
        let f = ArchiveText.key(token)
        if let w = want.first, !f.isEmpty, w.hasPrefix(f) || f == w {
            out.append(token)
            if f == w { want = want.dropFirst() }
        }
        token = ""
    }
    for ch in text {
        if ch == " " || ch == "\t" { flush() } else { token.append(ch) }
    }
    flush()
    let s = out.joined(separator: " ")
    return s.isEmpty ? words.joined(separator: " ") : s
}

// MARK: - pair scoring

/// Whether two files with the same animal-name key are the same animal: nil when not (a strong
/// signal conflicts, or nothing corroborates the name), else a score and the reasons.
func evaluatePair(_ a: IdentityKeys, _ b: IdentityKeys) -> (Double, [String], Bool)? {
    if !a.species.isEmpty, !b.species.isEmpty, a.species != b.species { return nil }
    if !a.ownerKey.isEmpty, !b.ownerKey.isEmpty, a.ownerKey != b.ownerKey { return nil }
    if !a.birth.isEmpty, !b.birth.isEmpty, a.birth != b.birth { return nil }
    if !a.sex.isEmpty, !b.sex.isEmpty, a.sex != b.sex { return nil }
    if neuteredConflict(a, b) { return nil }
    var score = 2.0
    var reasons = ["same animal name '\(a.nameKey)'"]
    let sameOwner = !a.ownerKey.isEmpty && a.ownerKey == b.ownerKey
    let idExact = !a.idKey.isEmpty && a.idKey == b.idKey
    let idNear = !idExact && !a.idKey.isEmpty && !b.idKey.isEmpty && ArchiveText.withinOneEdit(a.idKey, b.idKey)
    let idDiffer = !a.idKey.isEmpty && !b.idKey.isEmpty && !idExact && !idNear
    let sameSpecies = !a.species.isEmpty && a.species == b.species
    let sameBirth = !a.birth.isEmpty && a.birth == b.birth
    let sameBreed = !a.breedKey.isEmpty && a.breedKey == b.breedKey
    if sameOwner {
        score += 2; reasons.append("same owner '\(a.ownerKey)'")
        if !a.ownerGiven.isEmpty, !b.ownerGiven.isEmpty {
            if a.ownerGiven.hasPrefix(b.ownerGiven) || b.ownerGiven.hasPrefix(a.ownerGiven) { score += 0.5 } else { score -= 1 }
        }
    }
    if idExact { score += 3; reasons.append("same patient ID '\(a.idKey)'") }
    if sameSpecies { score += 1; reasons.append("same species '\(a.species)'") }
    if sameBirth { score += 2; reasons.append("same birth date \(a.birth)") }
    if sameBreed { score += 0.5 }
    if !a.sex.isEmpty, a.sex == b.sex { score += 0.5 }
    if !a.institution.isEmpty, a.institution == b.institution { score += 0.25 }
    let accepted: Bool
    if idExact {
        accepted = true
    } else if idNear {
        // A one-character ID difference is a typo only when something else agrees.
        accepted = sameOwner || (sameSpecies && (sameBirth || sameBreed))
        if accepted { score += 1; reasons.append("patient IDs '\(a.idKey)' and '\(b.idKey)' differ by one character (typo), corroborated") }
    } else if idDiffer {
        // Different IDs: one animal registered twice only when owner and birth date agree.
        accepted = sameOwner && sameBirth
        if accepted { score -= 1; reasons.append("different patient IDs but same owner and birth date") }
    } else if sameOwner {
        accepted = true
    } else {
        // No owner to compare and no ID on one side: the birth date and species must agree.
        accepted = sameSpecies && sameBirth
    }
    // Strong: something beyond the name and owner ties the two files (an ID or the birth date).
    let strong = idExact || idNear || sameBirth
    return accepted ? (score, reasons, strong) : nil
}

func neuteredConflict(_ a: IdentityKeys, _ b: IdentityKeys) -> Bool {
    if a.neutered.isEmpty || b.neutered.isEmpty || a.neutered == b.neutered { return false }
    guard !a.studyDate.isEmpty, !b.studyDate.isEmpty else { return false }
    let (altered, unaltered) = a.neutered == "altered" ? (a, b) : (b, a)
    // Altered before an unaltered study: not the same animal (neutering does not undo).
    return altered.studyDate < unaltered.studyDate
}

/// The strong attributes of a cluster, to refuse merges that would join different animals
/// through a file that lacks them.
struct ClusterSummary {
    var size = 1
    var species = Set<String>()
    var owners = Set<String>()
    var births = Set<String>()
    var sexes = Set<String>()
    var firstAltered = ""     // earliest study date with ALTERED
    var lastUnaltered = ""    // latest study date with UNALTERED
    var ids = Set<String>()

    init(_ k: IdentityKeys) {
        if !k.species.isEmpty { species.insert(k.species) }
        if !k.ownerKey.isEmpty { owners.insert(k.ownerKey) }
        if !k.birth.isEmpty { births.insert(k.birth) }
        if !k.sex.isEmpty { sexes.insert(k.sex) }
        if !k.idKey.isEmpty { ids.insert(k.idKey) }
        if k.neutered == "altered", !k.studyDate.isEmpty { firstAltered = k.studyDate }
        if k.neutered == "unaltered", !k.studyDate.isEmpty { lastUnaltered = k.studyDate }
    }

    func conflicts(with o: ClusterSummary) -> Bool {
        func disagree(_ x: Set<String>, _ y: Set<String>) -> Bool { !x.isEmpty && !y.isEmpty && x.union(y).count > 1 }
        if disagree(species, o.species) || disagree(owners, o.owners) || disagree(births, o.births) || disagree(sexes, o.sexes) {
            return true
        }
        let fa = [firstAltered, o.firstAltered].filter { !$0.isEmpty }.min() ?? ""
        let lu = [lastUnaltered, o.lastUnaltered].filter { !$0.isEmpty }.max() ?? ""
        if !fa.isEmpty, !lu.isEmpty, fa < lu { return true }
        // Two clusters with IDs and no pair of IDs within one character need a shared birth
        // date and owner (checked pairwise); at cluster level they must not both be "rich".
        if !ids.isEmpty, !o.ids.isEmpty, ids.isDisjoint(with: o.ids) {
            var near = false
            outer: for x in ids { for y in o.ids where ArchiveText.withinOneEdit(x, y) { near = true; break outer } }
            if !near && (births.isEmpty || o.births.isEmpty || owners.isEmpty || o.owners.isEmpty) { return true }
        }
        return false
    }

    mutating func absorb(_ o: ClusterSummary) {
        size += o.size
        species.formUnion(o.species); owners.formUnion(o.owners); births.formUnion(o.births)
        sexes.formUnion(o.sexes); ids.formUnion(o.ids)
        if !o.firstAltered.isEmpty, firstAltered.isEmpty || o.firstAltered < firstAltered { firstAltered = o.firstAltered }
        if o.lastUnaltered > lastUnaltered { lastUnaltered = o.lastUnaltered }
    }
}

// MARK: - choosing what to show

func uniqueSorted(_ a: [String]) -> [String] { Array(Set(a)).sorted() }

func uniqueInOrder(_ a: [String]) -> [String] {
    var seen = Set<String>()
    return a.filter { seen.insert($0).inserted }
}

func mostCommon(_ a: [String]) -> String {
    var counts: [String: Int] = [:]
    for v in a where !v.isEmpty { counts[v, default: 0] += 1 }
    return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.first?.key ?? ""
}

/// The value written most often in its normalized form, shown as its most common spelling.
func mostCommonWritten(_ a: [String], key: (String) -> String) -> String {
    let k = mostCommon(a.filter { !$0.isEmpty }.map(key))
    return mostCommon(a.filter { !$0.isEmpty && key($0) == k })
}

/// How "well written" a spelling looks: mixed case and diacritics beat all-caps and folded text.
func spellingQuality(_ s: String) -> Int {
    var upper = 0, lower = 0, nonASCII = 0
    for u in s.unicodeScalars {
        if u.value >= 0x41 && u.value <= 0x5A { upper += 1 } else if u.value >= 0x61 && u.value <= 0x7A { lower += 1 } else if u.value >= 0xC0 { nonASCII += 1 }
    }
    var q = 0
    if upper > 0 && lower > 0 { q += 2 }
    if nonASCII > 0 { q += 1 }
    if s.contains(".") || s.hasPrefix(" ") || s.hasSuffix(" ") { q -= 1 }
    return q
}

/// The best-written spelling among the most common normalized form.
func bestDisplay(_ a: [String]) -> String {
    let vals = a.map { $0.trimmingSpaces }.filter { !$0.isEmpty }
    let k = mostCommon(vals.map(ArchiveText.key))
    let cands = vals.filter { ArchiveText.key($0) == k }
    var counts: [String: Int] = [:]
    for c in cands { counts[c, default: 0] += 1 }
    return counts.sorted { x, y in
        let qx = spellingQuality(x.key), qy = spellingQuality(y.key)
        if qx != qy { return qx > qy }
        return x.value != y.value ? x.value > y.value : x.key < y.key
    }.first?.key ?? ""
}

/// The owner as "Family^Given": the best spelling with the longest given name.
func bestOwner(_ variants: [String], fallbackFamilies: [String]) -> String {
    if variants.isEmpty { return bestDisplay(fallbackFamilies) }
    return variants.sorted { x, y in
        let gx = alphabeticComponents(x).dropFirst().first?.trimmingSpaces.count ?? 0
        let gy = alphabeticComponents(y).dropFirst().first?.trimmingSpaces.count ?? 0
        if gx != gy { return gx > gy }
        let qx = spellingQuality(x), qy = spellingQuality(y)
        return qx != qy ? qx > qy : x < y
    }.first ?? ""
}

// MARK: - issues

func findIssues(_ animals: [ArchiveAnimal], recs: [ArchiveRecord], keys: [IdentityKeys],
                byName: [String: [Int]], animalOf: [String: Int]) -> [ArchiveIssue] {
    var issues: [ArchiveIssue] = []
    // One ID used for several animals.
    var animalsOfID: [String: Set<Int>] = [:]
    var filesOfID: [String: [String]] = [:]
    for (i, r) in recs.enumerated() where !keys[i].idKey.isEmpty {
        if let a = animalOf[r.path] { animalsOfID[keys[i].idKey, default: []].insert(a) }
        filesOfID[keys[i].idKey, default: []].append(r.path)
    }
    for (id, set) in animalsOfID.sorted(by: { $0.key < $1.key }) where set.count > 1 {
        let names = set.sorted().map { animals[$0].canonicalPatientName }
        issues.append(ArchiveIssue(kind: "id_shared",
                                   message: "patient ID '\(id)' is used for \(set.count) animals: \(names.joined(separator: ", "))",
                                   files: filesOfID[id] ?? []))
    }
    for a in animals {
        let ids = Set(a.patientIDs.map(ArchiveText.idKey))
        if ids.count > 1 {
            issues.append(ArchiveIssue(kind: "several_ids",
                                       message: "\(a.canonicalPatientName) is filed under \(ids.count) patient IDs: \(a.patientIDs.joined(separator: ", "))",
                                       files: a.files))
        }
        if a.species.isEmpty {
            issues.append(ArchiveIssue(kind: "missing_species", message: "no file of \(a.canonicalPatientName) says its species",
                                       files: a.files))
        }
        // Owner spellings that differ beyond case and diacritics ("Smith^John" / "Smith^J").
        var ownerForms: [String: String] = [:]
        for o in a.owners { ownerForms[alphabeticComponents(o).map(ArchiveText.key).joined(separator: "^"), default: o] = o }
        if ownerForms.count > 1 {
            issues.append(ArchiveIssue(kind: "owner_spellings",
                                       message: "the owner of \(a.canonicalPatientName) is written \(ownerForms.count) ways: \(ownerForms.values.sorted().joined(separator: " | "))",
                                       files: a.files))
        }
    }
    // Files that stayed alone although other animals carry their name: not enough to decide.
    var animalsOfName: [String: Set<Int>] = [:]
    for (name, idxs) in byName { for i in idxs { if let a = animalOf[recs[i].path] { animalsOfName[name, default: []].insert(a) } } }
    for (ai, a) in animals.enumerated() where a.files.count == 1 {
        guard let p = a.files.first, let i = recs.firstIndex(where: { $0.path == p }) else { continue }
        let others = (animalsOfName[keys[i].nameKey] ?? []).subtracting([ai])
        if !others.isEmpty {
            issues.append(ArchiveIssue(kind: "unresolved",
                                       message: "\(p) (\(recs[i].patientName)) could be one of \(others.count) other animals called '\(keys[i].nameDisplay)'; not enough matching owner, ID or birth date to decide",
                                       files: [p]))
        }
    }
    return issues
}

// MARK: - output

extension ArchivePatientsReport {
    /// The report as JSON: {"patients": [...], "issues": [...], "summary": {...}}.
    public func json() -> String {
        var o = JSONOut()
        o.raw("{\"patients\":[")
        for (i, a) in animals.enumerated() {
            if i > 0 { o.raw(",") }
            o.raw("{"); o.key("animal_name"); o.str(a.animalName)
            o.raw(","); o.key("owner"); o.str(a.owner)
            o.raw(","); o.key("species"); o.str(a.species)
            o.raw(","); o.key("breed"); o.str(a.breed)
            o.raw(","); o.key("sex"); o.str(a.sex)
            o.raw(","); o.key("neutered"); o.str(a.neutered)
            o.raw(","); o.key("birth_date"); o.str(a.birthDate)
            o.raw(","); o.key("patient_id"); o.str(a.patientID)
            o.raw(","); o.key("patient_ids"); o.strArray(a.patientIDs)
            o.raw(","); o.key("names_seen"); o.strArray(a.namesSeen)
            o.raw(","); o.key("owners_seen"); o.strArray(a.owners)
            o.raw(","); o.key("files"); o.strArray(a.files)
            o.raw(","); o.key("reasons"); o.strArray(a.reasons)
            o.raw("}")
        }
        o.raw("],\"issues\":[")
        for (i, x) in issues.enumerated() {
            if i > 0 { o.raw(",") }
            o.raw("{"); o.key("kind"); o.str(x.kind)
            o.raw(","); o.key("message"); o.str(x.message)
            o.raw(","); o.key("files"); o.strArray(x.files)
            o.raw("}")
        }
        o.raw("],\"summary\":{")
        o.key("root"); o.str(root)
        o.raw(","); o.key("files_scanned"); o.num(scannedFiles)
        o.raw(","); o.key("dicom_files"); o.num(scannedFiles - skipped.count)
        o.raw(","); o.key("skipped_files"); o.num(skipped.count)
        o.raw(","); o.key("animals"); o.num(animals.count)
        o.raw(","); o.key("skipped"); o.raw("[")
        for (i, s) in skipped.enumerated() {
            if i > 0 { o.raw(",") }
            o.raw("{"); o.key("file"); o.str(s.path); o.raw(","); o.key("reason"); o.str(s.reason); o.raw("}")
        }
        o.raw("]}}")
        return o.s
    }

    /// The report as text for a person.
    public func text() -> String {
        var s = "\(animals.count) animal(s) in \(scannedFiles - skipped.count) DICOM file(s) under \(root)"
        s += skipped.isEmpty ? "\n" : " (\(skipped.count) other file(s) skipped)\n"
        for a in animals {
            s += "\n\(a.animalName.isEmpty ? "(no name)" : a.animalName)"
            s += a.owner.isEmpty ? "" : ", owner \(a.owner)"
            s += a.species.isEmpty ? ", species unknown" : ", \(a.species)"
            if !a.breed.isEmpty { s += " (\(a.breed))" }
            if !a.birthDate.isEmpty { s += ", born \(a.birthDate)" }
            s += ": \(a.files.count) file(s)\n"
            s += "  patient IDs: \(a.patientIDs.isEmpty ? "none" : a.patientIDs.joined(separator: ", "))\n"
            s += "  names seen:  \(a.namesSeen.map { "'\($0)'" }.joined(separator: ", "))\n"
            s += "  why:         \(a.reasons.joined(separator: "; "))\n"
        }
        if !issues.isEmpty {
            s += "\n\(issues.count) issue(s) worth a look:\n"
            for x in issues { s += "  [\(x.kind)] \(x.message)\n" }
        }
        return s
    }
}
