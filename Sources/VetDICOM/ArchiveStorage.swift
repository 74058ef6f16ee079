import DICOMCore
import DICOMCodecs
#if canImport(Glibc)
import Glibc
#endif

// Storage planning for a clinic archive: totals by modality, year and study, growth, a
// projection, the 3-2-1 backup footprint, and the saving of lossless transcoding measured by
// encoding a sample of the archive's frames.

public struct StorageTotals: Sendable {
    public var files = 0
    public var bytes: Int64 = 0
    public var studies = Set<String>()
}

public struct StorageStudy: Sendable {
    public var uid = ""
    public var date = ""
    public var modalities = Set<String>()
    public var files = 0
    public var bytes: Int64 = 0
}

/// One projected horizon.
public struct StorageProjection: Sendable {
    public var years = 0
    public var addedBytes: Int64 = 0
    public var totalBytes: Int64 = 0
    public var backupBytes: Int64 = 0
}

/// The measured (or not measured) saving of one lossless transfer syntax on the sample.
public struct LosslessMeasurement: Sendable {
    public var name = ""
    public var transferSyntax = ""
    public var measured = false
    public var reason = ""
    public var sampleFiles = 0
    public var sampleFrames = 0
    public var originalBytes: Int64 = 0
    public var encodedBytes: Int64 = 0
    /// encoded / original on the sample.
    public var ratio: Double { originalBytes > 0 ? Double(encodedBytes) / Double(originalBytes) : 0 }
    /// The archive's pixel bytes times (1 - ratio).
    public var projectedSavedBytes: Int64 = 0
}

public struct StorageOptions: Sendable {
    /// At most this many files are encoded to measure lossless savings (0: no measurement).
    public var sampleFiles = 24
    /// At most this many frames per sampled file.
    public var framesPerFile = 2
    public var copies = 3
    public init() {}
}

public struct StorageReport: Sendable {
    public var root = ""
    public var files = 0
    public var bytes: Int64 = 0
    public var skippedFiles = 0
    public var skippedBytes: Int64 = 0
    public var pixelBytes: Int64 = 0
    public var byModality: [String: StorageTotals] = [:]
    public var byYear: [String: StorageTotals] = [:]
    public var studies: [StorageStudy] = []
    public var firstDate = ""
    public var lastDate = ""
    public var days = 0
    public var growthMethod = ""
    public var annualBytes: Double = 0
    public var annualGrowth: Double = 0
    public var projection: [StorageProjection] = []
    public var lossless: [LosslessMeasurement] = []
    public var copies = 3

    public var averageStudyBytes: Double { studies.isEmpty ? 0 : Double(bytes) / Double(studies.count) }
    public var dailyBytes: Double { days > 0 ? Double(bytes) / Double(days) : 0 }
}

/// Days since 1970-01-01 of an 8-digit date (proleptic Gregorian), nil when not a date.
func daysSinceEpoch(_ d: String) -> Int? {
    let u = Array(d.utf8)
    guard u.count == 8, u.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
    func num(_ r: Range<Int>) -> Int { r.reduce(0) { $0 * 10 + Int(u[$1] - 0x30) } }
    var y = num(0..<4), m = num(4..<6)
    let day = num(6..<8)
    guard (1...12).contains(m), (1...31).contains(day), y >= 1900, y <= 2200 else { return nil }
    if m <= 2 { y -= 1; m += 12 }
    let era = y / 400
    let yoe = y - era * 400
    let doy = (153 * (m - 3) + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
}

/// Totals, growth and projection of a scanned archive, and the lossless saving measured on a
/// sample of its frames.
public func archiveStorage(_ scan: ArchiveScan, options: StorageOptions = StorageOptions()) -> StorageReport {
    var rep = StorageReport()
    rep.root = scan.root
    rep.copies = max(1, options.copies)
    var studies: [String: StorageStudy] = [:]
    for r in scan.records {
        guard r.isDICOM else { rep.skippedFiles += 1; rep.skippedBytes &+= r.size; continue }
        rep.files += 1
        rep.bytes &+= r.size
        rep.pixelBytes &+= r.pixelBytes
        let mod = r.modality.trimmingSpaces.isEmpty ? "unknown" : r.modality.trimmingSpaces
        let date = ArchiveText.date(r.studyDate)
        let year = date.isEmpty ? "unknown" : String(date.prefix(4))
        let study = r.studyUID.isEmpty ? "(no study UID) " + r.path : r.studyUID
        rep.byModality[mod, default: StorageTotals()].files += 1
        rep.byModality[mod, default: StorageTotals()].bytes &+= r.size
        rep.byModality[mod, default: StorageTotals()].studies.insert(study)
        rep.byYear[year, default: StorageTotals()].files += 1
        rep.byYear[year, default: StorageTotals()].bytes &+= r.size
        rep.byYear[year, default: StorageTotals()].studies.insert(study)
        var s = studies[study] ?? StorageStudy()
        s.uid = study
        if s.date.isEmpty || (!date.isEmpty && date < s.date) { s.date = date }
        s.modalities.insert(mod)
        s.files += 1
        s.bytes &+= r.size
        studies[study] = s
        if !date.isEmpty {
            if rep.firstDate.isEmpty || date < rep.firstDate { rep.firstDate = date }
            if date > rep.lastDate { rep.lastDate = date }
        }
    }
    rep.studies = studies.values.sorted { $0.date != $1.date ? $0.date < $1.date : $0.uid < $1.uid }
    if let a = daysSinceEpoch(rep.firstDate), let b = daysSinceEpoch(rep.lastDate) { rep.days = b - a + 1 }

    // Growth: a least-squares line through bytes per calendar year (years without studies count
    // as 0), from the first to the last year with studies. The last year is scaled up when the
    // archive ends early in it (a partial year).
    let years = rep.byYear.keys.compactMap { Int($0) }.sorted()
    if let y0 = years.first, let y1 = years.last {
        var xs: [Double] = [], ys: [Double] = []
        for y in y0...y1 {
            var b = Double(rep.byYear[String(y)]?.bytes ?? 0)
            if y == y1, y1 > y0, let last = daysSinceEpoch(rep.lastDate), let jan1 = daysSinceEpoch(String(y1) + "0101") {
                let covered = Double(last - jan1 + 1)
                if covered >= 30 && covered < 365 { b = b * 365 / covered }
            }
            xs.append(Double(y)); ys.append(b)
        }
        let n = Double(xs.count)
        let mx = xs.reduce(0, +) / n, my = ys.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0
        for i in 0..<xs.count { sxy += (xs[i] - mx) * (ys[i] - my); sxx += (xs[i] - mx) * (xs[i] - mx) }
        let slope = sxx > 0 ? sxy / sxx : 0
        let current = max(0, my + slope * (Double(y1) - mx))
        rep.annualBytes = current
        rep.annualGrowth = slope
        rep.growthMethod = xs.count >= 2
            ? "least-squares line through bytes per study year \(y0)-\(y1) (\(formatBytes(Int64(current))) in \(y1), \(slope >= 0 ? "+" : "")\(formatBytes(Int64(slope))) per year)"
            : "one study year (\(y0)): its bytes repeated every year"
        for h in [1, 3, 5] {
            var added = 0.0
            for k in 1...h { added += max(0, current + slope * Double(k)) }
            var p = StorageProjection()
            p.years = h
            p.addedBytes = Int64(added.rounded())
            p.totalBytes = rep.bytes &+ p.addedBytes
            p.backupBytes = p.totalBytes &* Int64(rep.copies)
            rep.projection.append(p)
        }
    } else {
        rep.growthMethod = "no study dates: no projection"
    }
    rep.lossless = measureLossless(scan, rep.pixelBytes, options)
    return rep
}

// MARK: - lossless measurement

/// Encodes frames of a sample of the archive (evenly spread over the files with pixel data)
/// with the library's lossless encoders (the transcoding path of `vetdicom transcode`) and
/// compares the encoded size with the stored pixel bytes of those frames.
func measureLossless(_ scan: ArchiveScan, _ archivePixelBytes: Int64, _ options: StorageOptions) -> [LosslessMeasurement] {
    var targets: [LosslessMeasurement] = []
    for (name, uid) in [("JPEG-LS lossless", "1.2.840.10008.1.2.4.80"), ("HTJ2K lossless", "1.2.840.10008.1.2.4.201")] {
        var m = LosslessMeasurement()
        m.name = name
        m.transferSyntax = uid
        targets.append(m)
    }
    let candidates = scan.records.filter { $0.isDICOM && $0.pixelBytes > 0 }
    guard options.sampleFiles > 0, !candidates.isEmpty else {
        for i in targets.indices { targets[i].reason = candidates.isEmpty ? "no files with pixel data" : "sampling disabled" }
        return targets
    }
    let take = min(options.sampleFiles, candidates.count)
    var refused = Array(repeating: 0, count: targets.count)
    var lastRefusal = Array(repeating: "", count: targets.count)
    for k in 0..<take {
        let r = candidates[k * candidates.count / take]
        guard let f = try? DICOMFile(path: r.path), let p = try? f.pixels(), p.frameCount > 0 else { continue }
        let frames = min(p.frameCount, max(1, options.framesPerFile))
        var encoded = Array(repeating: Int64(0), count: targets.count)
        var ok = Array(repeating: true, count: targets.count)
        for i in 0..<frames {
            guard let (buf, layout) = try? f.decodeFrame(i) else { ok = ok.map { _ in false }; break }
            let bitsStored = f.dataSet.int(Tag(0x0028, 0x0101)) ?? layout.bytesPerSample * 8
            let spec = FrameSpec(rows: layout.rows, columns: layout.columns, samplesPerPixel: layout.samplesPerPixel,
                                 bitsAllocated: layout.bytesPerSample * 8, bitsStored: min(bitsStored, layout.bytesPerSample * 8),
                                 isSigned: layout.isSigned, isFloat: layout.isFloat,
                                 photometricInterpretation: layout.photometricInterpretation)
            for t in targets.indices where ok[t] {
                do {
                    let e = try buf.withUnsafeBytes { try CodecRegistry.encode($0, uid: targets[t].transferSyntax, spec: spec) }
                    encoded[t] += Int64(e.bytes.count + (e.bytes.count & 1))
                } catch let e as DICOMError {
                    ok[t] = false
                    refused[t] += 1
                    lastRefusal[t] = e.message
                } catch {
                    ok[t] = false
                    refused[t] += 1
                }
            }
        }
        // Stored bytes of the encoded frames: the file's pixel bytes prorated to the frames used.
        let original = r.pixelBytes * Int64(frames) / Int64(max(1, p.frameCount))
        for t in targets.indices where ok[t] {
            targets[t].sampleFiles += 1
            targets[t].sampleFrames += frames
            targets[t].originalBytes += original
            targets[t].encodedBytes += encoded[t]
        }
    }
    for t in targets.indices {
        if targets[t].sampleFiles > 0 {
            targets[t].measured = true
            targets[t].projectedSavedBytes = Int64((Double(archivePixelBytes) * max(0, 1 - targets[t].ratio)).rounded())
            targets[t].reason = "measured by encoding \(targets[t].sampleFrames) frame(s) of \(targets[t].sampleFiles) file(s) with vetdicom's encoder"
            if refused[t] > 0 { targets[t].reason += "; \(refused[t]) file(s) the encoder refused (\(lastRefusal[t]))" }
        } else {
            targets[t].reason = refused[t] > 0 ? "not measured: the encoder refused every sampled file (\(lastRefusal[t]))"
                : "not measured: no sampled file could be decoded"
        }
    }
    return targets
}

// MARK: - formatting

public func formatBytes(_ b: Int64) -> String {
    let units = ["B", "KB", "MB", "GB", "TB", "PB"]
    var v = Double(b)
    var i = 0
    while abs(v) >= 1000 && i < units.count - 1 { v /= 1000; i += 1 }
    if i == 0 { return "\(b) B" }
    let r = (v * 10).rounded() / 10
    return "\(r) \(units[i])"
}

extension StorageReport {
    public func json() -> String {
        var o = JSONOut()
        func totals(_ t: StorageTotals) {
            o.raw("{"); o.key("files"); o.num(t.files); o.raw(","); o.key("bytes"); o.num(t.bytes)
            o.raw(","); o.key("studies"); o.num(t.studies.count); o.raw("}")
        }
        o.raw("{"); o.key("root"); o.str(root)
        o.raw(","); o.key("files"); o.num(files)
        o.raw(","); o.key("bytes"); o.num(bytes)
        o.raw(","); o.key("pixel_bytes"); o.num(pixelBytes)
        o.raw(","); o.key("skipped_files"); o.num(skippedFiles)
        o.raw(","); o.key("skipped_bytes"); o.num(skippedBytes)
        o.raw(","); o.key("studies"); o.num(studies.count)
        o.raw(","); o.key("average_study_bytes"); o.num(averageStudyBytes)
        o.raw(","); o.key("first_study_date"); o.str(firstDate)
        o.raw(","); o.key("last_study_date"); o.str(lastDate)
        o.raw(","); o.key("days"); o.num(days)
        o.raw(","); o.key("daily_average_bytes"); o.num(dailyBytes)
        o.raw(","); o.key("by_modality"); o.raw("{")
        for (i, (k, t)) in byModality.sorted(by: { $0.key < $1.key }).enumerated() { if i > 0 { o.raw(",") }; o.key(k); totals(t) }
        o.raw("},"); o.key("by_year"); o.raw("{")
        for (i, (k, t)) in byYear.sorted(by: { $0.key < $1.key }).enumerated() { if i > 0 { o.raw(",") }; o.key(k); totals(t) }
        o.raw("},"); o.key("by_study"); o.raw("[")
        for (i, s) in studies.enumerated() {
            if i > 0 { o.raw(",") }
            o.raw("{"); o.key("study_uid"); o.str(s.uid); o.raw(","); o.key("date"); o.str(s.date)
            o.raw(","); o.key("modalities"); o.strArray(s.modalities.sorted())
            o.raw(","); o.key("files"); o.num(s.files); o.raw(","); o.key("bytes"); o.num(s.bytes); o.raw("}")
        }
        o.raw("],"); o.key("growth"); o.raw("{"); o.key("method"); o.str(growthMethod)
        o.raw(","); o.key("annual_bytes"); o.num(annualBytes.rounded())
        o.raw(","); o.key("annual_growth_bytes"); o.num(annualGrowth.rounded()); o.raw("}")
        o.raw(","); o.key("projection"); o.raw("[")
        for (i, p) in projection.enumerated() {
            if i > 0 { o.raw(",") }
            o.raw("{"); o.key("years"); o.num(p.years); o.raw(","); o.key("added_bytes"); o.num(p.addedBytes)
            o.raw(","); o.key("total_bytes"); o.num(p.totalBytes); o.raw(","); o.key("backup_321_bytes"); o.num(p.backupBytes); o.raw("}")
        }
        o.raw("],"); o.key("backup_321"); o.raw("{")
        o.key("copies"); o.num(copies); o.raw(","); o.key("media"); o.num(2); o.raw(","); o.key("offsite_copies"); o.num(1)
        o.raw(","); o.key("bytes"); o.num(bytes &* Int64(copies))
        o.raw(","); o.key("onsite_bytes"); o.num(bytes &* Int64(max(1, copies - 1)))
        o.raw(","); o.key("offsite_bytes"); o.num(bytes); o.raw("}")
        o.raw(","); o.key("lossless_savings"); o.raw("{")
        for (i, m) in lossless.enumerated() {
            if i > 0 { o.raw(",") }
            o.key(m.name.hasPrefix("JPEG-LS") ? "jpeg_ls" : "htj2k"); o.raw("{")
            o.key("transfer_syntax"); o.str(m.transferSyntax)
            o.raw(","); o.key("measured"); o.raw(m.measured ? "true" : "false")
            o.raw(","); o.key("note"); o.str(m.reason)
            if m.measured {
                o.raw(","); o.key("sample_files"); o.num(m.sampleFiles)
                o.raw(","); o.key("sample_frames"); o.num(m.sampleFrames)
                o.raw(","); o.key("sample_original_bytes"); o.num(m.originalBytes)
                o.raw(","); o.key("sample_encoded_bytes"); o.num(m.encodedBytes)
                o.raw(","); o.key("ratio"); o.num(m.ratio)
                o.raw(","); o.key("projected_saved_bytes"); o.num(m.projectedSavedBytes)
            }
            o.raw("}")
        }
        o.raw("}}")
        return o.s
    }

    public func text() -> String {
        var s = "\(files) DICOM file(s), \(formatBytes(bytes)) (\(bytes) bytes) in \(studies.count) stud\(studies.count == 1 ? "y" : "ies") under \(root)\n"
        if skippedFiles > 0 { s += "\(skippedFiles) other file(s) skipped (\(formatBytes(skippedBytes)))\n" }
        s += "average study: \(formatBytes(Int64(averageStudyBytes))); studies from \(firstDate) to \(lastDate) (\(days) days): \(formatBytes(Int64(dailyBytes))) per day\n"
        s += "\nby modality:\n"
        for (k, t) in byModality.sorted(by: { $0.value.bytes > $1.value.bytes }) {
            s += "  \(k.padding(8)) \(String(t.files).leftPad(7)) files \(formatBytes(t.bytes).leftPad(10)) \(String(t.studies.count).leftPad(6)) studies\n"
        }
        s += "\nby year:\n"
        for (k, t) in byYear.sorted(by: { $0.key < $1.key }) {
            s += "  \(k.padding(8)) \(String(t.files).leftPad(7)) files \(formatBytes(t.bytes).leftPad(10)) \(String(t.studies.count).leftPad(6)) studies\n"
        }
        s += "\ngrowth: \(growthMethod)\n"
        for p in projection {
            s += "  in \(p.years) year(s): +\(formatBytes(p.addedBytes)) -> \(formatBytes(p.totalBytes)); 3-2-1 backup (\(copies) copies): \(formatBytes(p.backupBytes))\n"
        }
        s += "3-2-1 backup today: \(formatBytes(bytes &* Int64(copies))) (\(copies) copies on 2 media, 1 off-site)\n"
        s += "\nlossless transcoding:\n"
        for m in lossless {
            if m.measured {
                s += "  \(m.name): \(formatBytes(m.encodedBytes)) for \(formatBytes(m.originalBytes)) of pixel data (ratio \((m.ratio * 1000).rounded() / 1000)); would save about \(formatBytes(m.projectedSavedBytes)) of \(formatBytes(pixelBytes)) pixel data; \(m.reason)\n"
            } else {
                s += "  \(m.name): \(m.reason)\n"
            }
        }
        return s
    }
}

extension String {
    func padding(_ n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
    func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
}
