import DICOMCore
#if canImport(Glibc)
import Glibc
#endif

// `vetdicom share`: studies packaged for a specialist as a folder that opens anywhere: the
// DICOM files (de-identified by default) under DICOM/ with a DICOMDIR (PS3.10 media: File-set
// ID, a Directory Record Sequence of PATIENT/STUDY/SERIES/IMAGE records linked by offsets),
// and index.html, an offline viewer (plain HTML and JavaScript, no network) showing the studies
// and series with thumbnails and each image large with window presets and a frame slider,
// from PNG/JPEG renderings made by vetdicom at package time.

public struct ShareOptions: Sendable {
    public var deidentify = true
    public var deidentifyOptions = DeidentifyOptions()
    public var thumbnailSize = 128
    public var imageSize = 1024
    /// Frames rendered per multi-frame image (evenly spread when there are more).
    public var maxFrames = 120
    public var fileSetID = "VETDICOM"
    public init() {}
}

public struct ShareReport: Sendable {
    public var output = ""
    public var patients = 0
    public var studies = 0
    public var series = 0
    public var images = 0
    public var renderedFrames = 0
    public var deidentified = false
    public var burnedIn: [String] = []
    public var notDICOM: [String] = []
    public var failed: [(path: String, message: String)] = []

    public func json() -> String {
        var o = JSONOut()
        o.raw("{"); o.key("output"); o.str(output)
        o.raw(","); o.key("deidentified"); o.raw(deidentified ? "true" : "false")
        o.raw(","); o.key("patients"); o.num(patients)
        o.raw(","); o.key("studies"); o.num(studies)
        o.raw(","); o.key("series"); o.num(series)
        o.raw(","); o.key("images"); o.num(images)
        o.raw(","); o.key("rendered_frames"); o.num(renderedFrames)
        o.raw(","); o.key("burned_in_annotation"); o.strArray(burnedIn)
        o.raw(","); o.key("not_dicom"); o.strArray(notDICOM)
        o.raw(","); o.key("failed"); o.failures(failed)
        o.raw("}")
        return o.s
    }
}

/// One packaged instance and the header fields the DICOMDIR and the viewer need.
struct ShareInstance {
    var path = ""
    var fileID: [String] = []
    var patientName = "", patientID = ""
    var studyUID = "", studyDate = "", studyTime = "", studyID = "", accession = "", studyDescription = ""
    var seriesUID = "", modality = "", seriesNumber = "", seriesDescription = ""
    var sopClass = "", sopInstance = "", transferSyntax = "", instanceNumber = ""
    var frames = 1
    var species = "", breed = ""
}

func shareInstance(_ path: String) throws -> ShareInstance {
    let f = try DICOMFile(path: path)
    let ds = f.dataSet
    func s(_ g: UInt16, _ e: UInt16) -> String { (ds.string(Tag(g, e)) ?? "").trimmingSpaces }
    var i = ShareInstance()
    i.path = path
    i.patientName = s(0x0010, 0x0010); i.patientID = s(0x0010, 0x0020)
    i.studyUID = s(0x0020, 0x000D); i.studyDate = s(0x0008, 0x0020); i.studyTime = s(0x0008, 0x0030)
    i.studyID = s(0x0020, 0x0010); i.accession = s(0x0008, 0x0050); i.studyDescription = s(0x0008, 0x1030)
    i.seriesUID = s(0x0020, 0x000E); i.modality = s(0x0008, 0x0060); i.seriesNumber = s(0x0020, 0x0011)
    i.seriesDescription = s(0x0008, 0x103E)
    i.sopClass = s(0x0008, 0x0016); i.sopInstance = s(0x0008, 0x0018); i.instanceNumber = s(0x0020, 0x0013)
    i.transferSyntax = f.transferSyntax.uid
    i.frames = (try? f.pixels().frameCount) ?? 0
    i.species = s(0x0010, 0x2201); i.breed = s(0x0010, 0x2292)
    return i
}

// MARK: - DICOMDIR (PS3.10 / PS3.3 F.3)

/// Explicit VR little endian element bytes.
func dirElement(_ g: UInt16, _ e: UInt16, _ vr: String, _ value: [UInt8]) -> [UInt8] {
    var v = value
    if v.count & 1 == 1 { v.append(vr == "UI" || vr == "OB" ? 0 : 0x20) }
    var out: [UInt8] = []
    func le16(_ x: UInt16) { out.append(UInt8(x & 0xFF)); out.append(UInt8(x >> 8)) }
    func le32(_ x: UInt32) { for s in [0, 8, 16, 24] as [UInt32] { out.append(UInt8(truncatingIfNeeded: x >> s)) } }
    le16(g); le16(e)
    out += Array(vr.utf8)
    if ["OB", "OW", "SQ", "UN", "UT", "UC", "UR"].contains(vr) {
        le16(0); le32(UInt32(truncatingIfNeeded: v.count))
    } else {
        le16(UInt16(truncatingIfNeeded: v.count))
    }
    return out + v
}

func dirText(_ g: UInt16, _ e: UInt16, _ vr: String, _ s: String) -> [UInt8] { dirElement(g, e, vr, Array(s.utf8)) }
func dirUL(_ g: UInt16, _ e: UInt16, _ x: UInt32) -> [UInt8] {
    dirElement(g, e, "UL", [UInt8(x & 0xFF), UInt8((x >> 8) & 0xFF), UInt8((x >> 16) & 0xFF), UInt8(x >> 24)])
}
func dirUS(_ g: UInt16, _ e: UInt16, _ x: UInt16) -> [UInt8] { dirElement(g, e, "US", [UInt8(x & 0xFF), UInt8(x >> 8)]) }

/// A directory record before its offsets are known.
final class DirRecord {
    var type = ""
    var keys: [UInt8] = []          // the record's key elements (tags above 0004,1430, in order)
    var children: [DirRecord] = []
    var offset: UInt32 = 0
    init(_ type: String, _ keys: [UInt8]) { self.type = type; self.keys = keys }
    /// Item bytes: header + the four linking elements + keys.
    var size: Int { bytes(next: 0).count }
    func bytes(next: UInt32) -> [UInt8] {
        var body = dirUL(0x0004, 0x1400, next)
        body += dirUS(0x0004, 0x1410, 0xFFFF)
        body += dirUL(0x0004, 0x1420, children.first?.offset ?? 0)
        body += dirText(0x0004, 0x1430, "CS", type)
        body += keys
        var out: [UInt8] = [0xFE, 0xFF, 0x00, 0xE0]
        let n = UInt32(body.count)
        for s in [0, 8, 16, 24] as [UInt32] { out.append(UInt8(truncatingIfNeeded: n >> s)) }
        return out + body
    }
}

func isASCII(_ s: String) -> Bool { s.utf8.allSatisfy { $0 < 0x80 } }

/// Writes `<root>/DICOMDIR` for the instances (grouped by patient, study and series).
func writeDICOMDIR(root: String, fileSetID: String, patients: [[[[ShareInstance]]]]) throws {
    var utf8 = false
    func cs(_ s: String) -> [UInt8] { if !isASCII(s) { utf8 = true }; return Array(s.utf8) }
    var roots: [DirRecord] = []
    for (pi, studies) in patients.enumerated() {
        guard let first = studies.first?.first?.first else { continue }
        var pk: [UInt8] = []
        pk += dirElement(0x0010, 0x0010, "PN", cs(first.patientName))
        pk += dirText(0x0010, 0x0020, "LO", first.patientID.isEmpty ? "P\(pi + 1)" : first.patientID)
        let p = DirRecord("PATIENT", pk)
        for (si, series) in studies.enumerated() {
            guard let s0 = series.first?.first else { continue }
            var sk: [UInt8] = []
            sk += dirText(0x0008, 0x0020, "DA", s0.studyDate.isEmpty ? "19000101" : s0.studyDate)
            sk += dirText(0x0008, 0x0030, "TM", s0.studyTime.isEmpty ? "000000" : s0.studyTime)
            sk += dirText(0x0008, 0x0050, "SH", s0.accession)
            sk += dirElement(0x0008, 0x1030, "LO", cs(s0.studyDescription))
            sk += dirText(0x0020, 0x000D, "UI", s0.studyUID)
            sk += dirText(0x0020, 0x0010, "SH", s0.studyID.isEmpty ? "\(si + 1)" : s0.studyID)
            let st = DirRecord("STUDY", sk)
            for (ri, images) in series.enumerated() {
                guard let r0 = images.first else { continue }
                var rk: [UInt8] = []
                rk += dirText(0x0008, 0x0060, "CS", r0.modality.isEmpty ? "OT" : r0.modality)
                rk += dirText(0x0020, 0x000E, "UI", r0.seriesUID)
                rk += dirText(0x0020, 0x0011, "IS", r0.seriesNumber.isEmpty ? "\(ri + 1)" : r0.seriesNumber)
                let se = DirRecord("SERIES", rk)
                for (ii, im) in images.enumerated() {
                    var ik: [UInt8] = []
                    ik += dirText(0x0004, 0x1500, "CS", im.fileID.joined(separator: "\\"))
                    ik += dirText(0x0004, 0x1510, "UI", im.sopClass)
                    ik += dirText(0x0004, 0x1511, "UI", im.sopInstance)
                    ik += dirText(0x0004, 0x1512, "UI", im.transferSyntax)
                    ik += dirText(0x0020, 0x0013, "IS", im.instanceNumber.isEmpty ? "\(ii + 1)" : im.instanceNumber)
                    se.children.append(DirRecord("IMAGE", ik))
                }
                st.children.append(se)
            }
            p.children.append(st)
        }
        roots.append(p)
    }
    // Meta information.
    var metaBody: [UInt8] = []
    metaBody += dirElement(0x0002, 0x0001, "OB", [0x00, 0x01])
    metaBody += dirText(0x0002, 0x0002, "UI", "1.2.840.10008.1.3.10")
    let instanceUID = Deidentifier(options: DeidentifyOptions()).uid("DICOMDIR:" + root + ":" + nowDT())
    metaBody += dirText(0x0002, 0x0003, "UI", instanceUID)
    metaBody += dirText(0x0002, 0x0010, "UI", "1.2.840.10008.1.2.1")
    metaBody += dirText(0x0002, 0x0012, "UI", Serializer.implementationClassUID)
    metaBody += dirText(0x0002, 0x0013, "SH", Serializer.implementationVersionName)
    var head: [UInt8] = [UInt8](repeating: 0, count: 128) + Array("DICM".utf8)
    head += dirUL(0x0002, 0x0000, UInt32(metaBody.count))
    head += metaBody
    // The data set: (0004,1130), (0004,1200), (0004,1202), (0004,1212), (0004,1220) and, for
    // non-ASCII names, (0008,0005).
    var pre: [UInt8] = []
    let charset = utf8 ? dirText(0x0008, 0x0005, "CS", "ISO_IR 192") : []
    let fileSet = dirText(0x0004, 0x1130, "CS", String(fileSetID.prefix(16)).uppercased())
    let fixedSize = fileSet.count + 2 * 12 + 10 + 12   // 2 UL + US + the sequence header
    var pos = head.count + fixedSize
    // Offsets in depth-first order.
    var order: [(DirRecord, [DirRecord])] = []   // record, its siblings list (for "next")
    func visit(_ list: [DirRecord]) {
        for r in list {
            order.append((r, list))
            visit(r.children)
        }
    }
    visit(roots)
    for (r, _) in order { r.offset = UInt32(truncatingIfNeeded: pos); pos += r.size }
    var items: [UInt8] = []
    for (r, siblings) in order {
        var next: UInt32 = 0
        if let i = siblings.firstIndex(where: { $0 === r }), i + 1 < siblings.count { next = siblings[i + 1].offset }
        items += r.bytes(next: next)
    }
    pre += fileSet
    pre += dirUL(0x0004, 0x1200, roots.first?.offset ?? 0)
    pre += dirUL(0x0004, 0x1202, roots.last?.offset ?? 0)
    pre += dirUS(0x0004, 0x1212, 0)
    var seq: [UInt8] = [0x04, 0x00, 0x20, 0x12] + Array("SQ".utf8) + [0, 0]
    let n = UInt32(items.count)
    for s in [0, 8, 16, 24] as [UInt32] { seq.append(UInt8(truncatingIfNeeded: n >> s)) }
    // (0008,0005) follows the 0004 group in tag order, so it comes after the sequence and the
    // record offsets computed above stay valid.
    try writeBytes(root + "/DICOMDIR", head + pre + seq + items + charset)
}

func writeBytes(_ path: String, _ bytes: [UInt8]) throws {
    try makeParentDirectories(path)
    guard let fp = fopen(path, "wb") else { throw DICOMError(.io, "cannot write '\(path)'") }
    let n = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, bytes.count, fp) }
    if fclose(fp) != 0 || n != bytes.count { throw DICOMError(.io, "cannot write '\(path)'") }
}

// MARK: - packaging

func fileIDComponent(_ prefix: String, _ n: Int) -> String {
    let d = String(n)
    return prefix + String(repeating: "0", count: max(0, 4 - d.count)) + d
}

/// Packages studies (files or folders) into `output`: DICOM/ + DICOMDIR + index.html.
/// - Throws: `.io` when an input cannot be read or the output cannot be written, and
///   `.invalidArgument` when the output exists and is not empty.
public func share(inputs: [String], output: String, options: ShareOptions = ShareOptions()) throws -> ShareReport {
    var report = ShareReport()
    report.output = output
    report.deidentified = options.deidentify
    var st = stat()
    if stat(output, &st) == 0 {
        if let d = opendir(output) {
            var entries = 0
            while let ent = readdir(d) {
                let first = withUnsafeBytes(of: ent.pointee.d_name) { $0.first ?? 0 }
                if first != 0x2E { entries += 1 }
            }
            closedir(d)
            if entries > 0 { throw DICOMError(.invalidArgument, "the output folder '\(output)' is not empty") }
        } else {
            throw DICOMError(.invalidArgument, "'\(output)' exists and is not a folder")
        }
    }
    let stage = output + "/DICOM"
    let deid = Deidentifier(options: options.deidentifyOptions)
    var staged: [String] = []
    var counter = 0
    for input in inputs {
        for p in try archiveListFiles(input) {
            let r = archiveReadRecord(p)
            if !r.isDICOM { report.notDICOM.append(p); continue }
            counter += 1
            let tmp = stage + "/TMP\(counter)"
            do {
                try makeParentDirectories(tmp)
                if options.deidentify {
                    var dr = DeidentifyReport()
                    try deid.deidentifyFile(p, to: tmp, report: &dr)
                    report.burnedIn += dr.burnedIn
                    if dr.written.isEmpty { continue }
                } else {
                    if ArchiveText.fold(r.burnedInAnnotation) == "yes" { report.burnedIn.append(p) }
                    try copyFile(p, tmp)
                }
                staged.append(tmp)
            } catch let e as DICOMError {
                report.failed.append((p, e.message))
            } catch {
                report.failed.append((p, "\(error)"))
            }
        }
    }
    // Group: patient -> study -> series -> instance.
    var instances: [ShareInstance] = []
    for t in staged {
        do { instances.append(try shareInstance(t)) } catch let e as DICOMError { report.failed.append((t, e.message)) }
    }
    var patientOrder: [String] = []
    var tree: [String: [String: [String: [ShareInstance]]]] = [:]
    for i in instances {
        let pk = i.patientID + "\u{0}" + i.patientName
        if tree[pk] == nil { patientOrder.append(pk); tree[pk] = [:] }
        tree[pk]?[i.studyUID, default: [:]][i.seriesUID, default: []].append(i)
    }
    var grouped: [[[[ShareInstance]]]] = []
    var pN = 0
    for pk in patientOrder {
        pN += 1
        guard let studies = tree[pk] else { continue }
        var sList: [[[ShareInstance]]] = []
        let sortedStudies = studies.sorted { a, b in
            let da = a.value.first?.value.first?.studyDate ?? "", db = b.value.first?.value.first?.studyDate ?? ""
            return da != db ? da < db : a.key < b.key
        }
        for (sN, (_, series)) in sortedStudies.enumerated() {
            var rList: [[ShareInstance]] = []
            let sortedSeries = series.sorted { a, b in
                let na = Int(a.value.first?.seriesNumber ?? "") ?? 0, nb = Int(b.value.first?.seriesNumber ?? "") ?? 0
                return na != nb ? na < nb : a.key < b.key
            }
            for (rN, (_, imgs)) in sortedSeries.enumerated() {
                var list = imgs.sorted { (Int($0.instanceNumber) ?? 0, $0.sopInstance) < (Int($1.instanceNumber) ?? 0, $1.sopInstance) }
                for k in list.indices {
                    let comps = ["DICOM", fileIDComponent("P", pN), fileIDComponent("S", sN + 1), fileIDComponent("R", rN + 1),
                                 fileIDComponent("I", k + 1)]
                    let dst = output + "/" + comps.joined(separator: "/")
                    try makeParentDirectories(dst)
                    if rename(list[k].path, dst) != 0 { throw DICOMError(.io, "cannot move '\(list[k].path)' to '\(dst)'") }
                    list[k].path = dst
                    list[k].fileID = comps
                }
                rList.append(list)
            }
            sList.append(rList)
        }
        grouped.append(sList)
    }
    try writeDICOMDIR(root: output, fileSetID: options.fileSetID, patients: grouped)
    report.patients = grouped.count
    report.studies = grouped.reduce(0) { $0 + $1.count }
    report.series = grouped.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } }
    report.images = instances.count
    try writeViewer(output: output, grouped: grouped, options: options, report: &report)
    return report
}

// MARK: - the offline viewer

struct Preset { var name: String; var numbers: [String: Double] }

func presets(for modality: String) -> [Preset] {
    switch modality {
    case "CT":
        return [Preset(name: "Default", numbers: [:]),
                Preset(name: "Soft tissue", numbers: ["window_center": 40, "window_width": 400]),
                Preset(name: "Bone", numbers: ["window_center": 500, "window_width": 2000]),
                Preset(name: "Lung", numbers: ["window_center": -600, "window_width": 1500])]
    case "US", "XC", "ES", "OP", "SC":
        return [Preset(name: "Default", numbers: [:])]
    default:
        return [Preset(name: "Default", numbers: [:]),
                Preset(name: "Auto contrast", numbers: ["percentile_low": 1, "percentile_high": 99]),
                Preset(name: "Inverted", numbers: ["invert": 1])]
    }
}

func writeViewer(output: String, grouped: [[[[ShareInstance]]]], options: ShareOptions, report: inout ShareReport) throws {
    var data = JSONOut()
    data.raw("[")
    var imageNo = 0
    var firstStudy = true
    for studies in grouped {
        for series in studies {
            guard let s0 = series.first?.first else { continue }
            if !firstStudy { data.raw(",") }
            firstStudy = false
            data.raw("{"); data.key("patient"); data.str(s0.patientName)
            data.raw(","); data.key("species"); data.str([s0.species, s0.breed].filter { !$0.isEmpty }.joined(separator: ", "))
            data.raw(","); data.key("date"); data.str(s0.studyDate)
            data.raw(","); data.key("description"); data.str(s0.studyDescription)
            data.raw(","); data.key("series"); data.raw("[")
            for (ri, images) in series.enumerated() {
                guard let r0 = images.first else { continue }
                if ri > 0 { data.raw(",") }
                data.raw("{"); data.key("modality"); data.str(r0.modality)
                data.raw(","); data.key("number"); data.str(r0.seriesNumber)
                data.raw(","); data.key("description"); data.str(r0.seriesDescription)
                data.raw(","); data.key("images"); data.raw("[")
                var firstImage = true
                for im in images {
                    imageNo += 1
                    let base = "viewer/img\(imageNo)"
                    guard let f = try? DICOMFile(path: im.path), let shape = try? f.renderShape() else { continue }
                    let scale = min(1.0, Double(options.imageSize) / Double(max(shape.width, shape.height, 1)))
                    let w = max(1, Int((Double(shape.width) * scale).rounded())), h = max(1, Int((Double(shape.height) * scale).rounded()))
                    let tscale = min(1.0, Double(options.thumbnailSize) / Double(max(shape.width, shape.height, 1)))
                    let tw = max(1, Int((Double(shape.width) * tscale).rounded())), th = max(1, Int((Double(shape.height) * tscale).rounded()))
                    func render(_ frame: Int, _ numbers: [String: Double], _ width: Int, _ height: Int, _ name: String) -> Bool {
                        var o = FileOptions()
                        o.renderNumbers = numbers
                        o.renderNumbers["output_width"] = Double(width)
                        o.renderNumbers["output_height"] = Double(height)
                        o.renderNumbers["jpeg_quality"] = 90
                        do {
                            try makeParentDirectories(output + "/" + name)
                            _ = try f.renderToFile(frame: frame, options: o, path: output + "/" + name, jpeg: true)
                            report.renderedFrames += 1
                            return true
                        } catch {
                            report.failed.append((im.path, "rendering frame \(frame): \(error)"))
                            return false
                        }
                    }
                    guard render(0, [:], tw, th, base + "_thumb.jpg") else { continue }
                    let nFrames = max(1, im.frames)
                    let take = min(nFrames, max(1, options.maxFrames))
                    var frameFiles: [String] = []
                    for k in 0..<take {
                        let fi = take == nFrames ? k : k * (nFrames - 1) / max(1, take - 1)
                        let name = base + "_f\(fi).jpg"
                        if render(fi, [:], w, h, name) { frameFiles.append(name) }
                    }
                    var presetFiles: [(String, String)] = []
                    for (pi, p) in presets(for: r0.modality).enumerated() {
                        if pi == 0 { if let f0 = frameFiles.first { presetFiles.append((p.name, f0)) }; continue }
                        let name = base + "_p\(pi).jpg"
                        if render(0, p.numbers, w, h, name) { presetFiles.append((p.name, name)) }
                    }
                    if !firstImage { data.raw(",") }
                    firstImage = false
                    data.raw("{"); data.key("file"); data.str(im.fileID.joined(separator: "/"))
                    data.raw(","); data.key("thumb"); data.str(base + "_thumb.jpg")
                    data.raw(","); data.key("width"); data.num(w); data.raw(","); data.key("height"); data.num(h)
                    data.raw(","); data.key("frames_total"); data.num(nFrames)
                    data.raw(","); data.key("frames"); data.strArray(frameFiles)
                    data.raw(","); data.key("presets"); data.raw("[")
                    for (k, p) in presetFiles.enumerated() {
                        if k > 0 { data.raw(",") }
                        data.raw("{"); data.key("name"); data.str(p.0); data.raw(","); data.key("src"); data.str(p.1); data.raw("}")
                    }
                    data.raw("]}")
                }
                data.raw("]}")
            }
            data.raw("]}")
        }
    }
    data.raw("]")
    // JSON inside <script>: "</" must not close the element.
    let json = data.s.split(separator: "<", omittingEmptySubsequences: false).joined(separator: "\\u003c")
    try writeBytes(output + "/index.html", Array(viewerHTML(json, deidentified: report.deidentified).utf8))
}

func viewerHTML(_ json: String, deidentified: Bool) -> String {
    """
    <!DOCTYPE html>
    <html lang="en"><head><meta charset="utf-8"><title>Shared studies</title>
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <style>
    body{margin:0;font-family:system-ui,sans-serif;background:#111;color:#ddd;display:flex;height:100vh}
    #side{width:300px;overflow:auto;background:#1b1b1b;padding:10px;box-sizing:border-box}
    #main{flex:1;display:flex;flex-direction:column;align-items:center;padding:10px;box-sizing:border-box;overflow:auto}
    h1{font-size:16px;margin:0 0 8px} h2{font-size:14px;margin:12px 0 4px;color:#fff}
    .note{font-size:12px;color:#999} .series{margin:6px 0;padding:4px;border-radius:4px;cursor:pointer}
    .series:hover,.series.sel{background:#333} .thumbs{display:flex;flex-wrap:wrap;gap:4px;margin-top:4px}
    .thumbs img{max-width:64px;max-height:64px;border:2px solid transparent;cursor:pointer;background:#000}
    .thumbs img.sel{border-color:#4a9eff}
    #view{width:100%;height:calc(100vh - 70px);object-fit:contain;background:#000}
    #bar{display:flex;gap:8px;align-items:center;margin-bottom:8px;flex-wrap:wrap}
    button{background:#333;color:#ddd;border:1px solid #555;border-radius:4px;padding:4px 10px;cursor:pointer}
    button.sel{background:#4a9eff;color:#000} #slider{width:300px}
    </style></head><body>
    <div id="side"><h1>Shared studies</h1>
    <div class="note">\(deidentified ? "De-identified for referral (PS3.15 basic profile, patient characteristics kept)." : "Not de-identified: contains patient and owner data.") The DICOM files are in the DICOM folder with a DICOMDIR.</div>
    <div id="list"></div></div>
    <div id="main"><div id="bar"><span id="title"></span><span id="presets"></span>
    <span id="framebox"><input type="range" id="slider" min="0" max="0" value="0"> <span id="framelabel"></span></span></div>
    <img id="view" alt="image"></div>
    <script>
    "use strict";
    // Load failures (images) and script errors are counted in the body element's dataset, for tests.
    window.addEventListener("error", () => { document.body.dataset.errors = String(Number(document.body.dataset.errors || 0) + 1); }, true);
    document.getElementById("view").addEventListener("load", () => { document.body.dataset.viewLoaded = "1"; });
    const DATA = \(json);
    let cur = null, curPreset = 0;
    function el(tag, attrs, text) { const e = document.createElement(tag); for (const k in attrs || {}) e.setAttribute(k, attrs[k]); if (text) e.textContent = text; return e; }
    function show(img, presetIndex) {
      cur = img; curPreset = presetIndex || 0;
      document.querySelectorAll(".thumbs img").forEach(t => t.classList.toggle("sel", t.dataset.file === img.file));
      const slider = document.getElementById("slider");
      slider.max = String(Math.max(0, img.frames.length - 1)); slider.value = "0";
      document.getElementById("framebox").style.display = img.frames.length > 1 ? "" : "none";
      const pbox = document.getElementById("presets"); pbox.textContent = "";
      img.presets.forEach((p, i) => { const b = el("button", {}, p.name); if (i === curPreset) b.classList.add("sel");
        b.onclick = () => show(img, i); pbox.appendChild(b); });
      document.getElementById("title").textContent = img.file + (img.frames_total > 1 ? " (" + img.frames_total + " frames)" : "");
      setFrame(0);
    }
    function setFrame(i) {
      if (!cur) return;
      const v = document.getElementById("view");
      v.src = (curPreset > 0 && cur.presets[curPreset]) ? cur.presets[curPreset].src : cur.frames[i];
      document.getElementById("framelabel").textContent = cur.frames.length > 1 ? "frame " + (i + 1) + " / " + cur.frames.length : "";
    }
    document.getElementById("slider").addEventListener("input", e => { if (curPreset !== 0 && cur) { show(cur, 0); }
      document.getElementById("slider").value = e.target.value; setFrame(Number(e.target.value)); });
    document.addEventListener("keydown", e => { if (!cur) return; const s = document.getElementById("slider");
      if (e.key === "ArrowRight") { s.value = String(Math.min(Number(s.max), Number(s.value) + 1)); setFrame(Number(s.value)); }
      if (e.key === "ArrowLeft") { s.value = String(Math.max(0, Number(s.value) - 1)); setFrame(Number(s.value)); } });
    const list = document.getElementById("list");
    let first = null;
    DATA.forEach(study => {
      list.appendChild(el("h2", {}, (study.date || "no date") + " " + (study.description || "")));
      list.appendChild(el("div", {"class": "note"}, study.patient + (study.species ? " (" + study.species + ")" : "")));
      study.series.forEach(series => {
        const box = el("div", {"class": "series"});
        box.appendChild(el("div", {}, series.modality + " series " + (series.number || "") + " " + (series.description || "") + " - " + series.images.length + " image(s)"));
        const thumbs = el("div", {"class": "thumbs"});
        series.images.forEach(img => { const t = el("img", {src: img.thumb, alt: img.file, title: img.file});
          t.dataset.file = img.file; t.onclick = () => show(img, 0); thumbs.appendChild(t); if (!first) first = img; });
        box.appendChild(thumbs); list.appendChild(box);
      });
    });
    if (first) show(first, 0); else document.getElementById("title").textContent = "No images.";
    </script></body></html>

    """
}
