// The storage report as one offline HTML page with inline SVG charts (no scripts, no network).

func htmlEscape(_ s: String) -> String {
    var o = ""
    for c in s {
        switch c {
        case "&": o += "&amp;"
        case "<": o += "&lt;"
        case ">": o += "&gt;"
        case "\"": o += "&quot;"
        default: o.append(c)
        }
    }
    return o
}

/// A horizontal-label bar chart as inline SVG.
func svgBars(_ title: String, _ bars: [(String, Double, String)], color: String, width: Int = 640) -> String {
    let h = 220, top = 28, bottom = 40, left = 70
    let maxV = max(bars.map { $0.1 }.max() ?? 1, 1)
    let plotW = width - left - 10
    let plotH = h - top - bottom
    let slot = bars.isEmpty ? plotW : plotW / bars.count
    let bw = max(4, slot * 7 / 10)
    var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(h)\" role=\"img\" aria-label=\"\(htmlEscape(title))\">"
    s += "<text x=\"\(left)\" y=\"18\" font-size=\"14\" font-weight=\"bold\">\(htmlEscape(title))</text>"
    s += "<line x1=\"\(left)\" y1=\"\(top + plotH)\" x2=\"\(width - 10)\" y2=\"\(top + plotH)\" stroke=\"#888\"/>"
    for g in 0...4 {
        let y = top + plotH - plotH * g / 4
        let v = maxV * Double(g) / 4
        s += "<line x1=\"\(left)\" y1=\"\(y)\" x2=\"\(width - 10)\" y2=\"\(y)\" stroke=\"#eee\"/>"
        s += "<text x=\"\(left - 4)\" y=\"\(y + 4)\" font-size=\"10\" text-anchor=\"end\">\(htmlEscape(formatBytes(Int64(v))))</text>"
    }
    for (i, b) in bars.enumerated() {
        let bh = Int((b.1 / maxV) * Double(plotH))
        let x = left + i * slot + (slot - bw) / 2
        let fill = b.2.isEmpty ? color : b.2
        s += "<rect x=\"\(x)\" y=\"\(top + plotH - bh)\" width=\"\(bw)\" height=\"\(bh)\" fill=\"\(fill)\"><title>\(htmlEscape(b.0)): \(htmlEscape(formatBytes(Int64(b.1))))</title></rect>"
        s += "<text x=\"\(x + bw / 2)\" y=\"\(top + plotH + 14)\" font-size=\"11\" text-anchor=\"middle\">\(htmlEscape(b.0))</text>"
        s += "<text x=\"\(x + bw / 2)\" y=\"\(top + plotH - bh - 3)\" font-size=\"9\" text-anchor=\"middle\">\(htmlEscape(formatBytes(Int64(b.1))))</text>"
    }
    return s + "</svg>"
}

extension StorageReport {
    /// One self-contained HTML page: totals, bars per year and per modality, the projection with
    /// its 3-2-1 footprint, and the lossless measurement.
    public func html() -> String {
        var h = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Storage report</title><style>"
        h += "body{font-family:system-ui,sans-serif;margin:24px;color:#222;max-width:1000px}table{border-collapse:collapse;margin:8px 0}"
        h += "td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}"
        h += ".big{font-size:22px;font-weight:bold}.note{color:#666;font-size:13px}</style></head><body>"
        h += "<h1>Storage report</h1><p class=\"note\">\(htmlEscape(root))</p>"
        h += "<p><span class=\"big\">\(htmlEscape(formatBytes(bytes)))</span> in \(files) DICOM files, \(studies.count) studies "
        h += "(average study \(htmlEscape(formatBytes(Int64(averageStudyBytes))))), \(htmlEscape(formatBytes(Int64(dailyBytes)))) per day "
        h += "from \(htmlEscape(firstDate)) to \(htmlEscape(lastDate)).</p>"
        if skippedFiles > 0 { h += "<p class=\"note\">\(skippedFiles) non-DICOM file(s) skipped (\(htmlEscape(formatBytes(skippedBytes)))).</p>" }
        let yearBars = byYear.sorted { $0.key < $1.key }.map { ($0.key, Double($0.value.bytes), "") }
        h += "<h2>By year</h2>" + svgBars("Bytes per study year", yearBars, color: "#4a7ab5")
        let modBars = byModality.sorted { $0.value.bytes > $1.value.bytes }.map { ($0.key, Double($0.value.bytes), "") }
        h += "<h2>By modality</h2>" + svgBars("Bytes per modality", modBars, color: "#5a9e6f")
        h += "<table><tr><th>Modality</th><th>Files</th><th>Bytes</th><th>Studies</th></tr>"
        for (k, t) in byModality.sorted(by: { $0.value.bytes > $1.value.bytes }) {
            h += "<tr><td>\(htmlEscape(k))</td><td>\(t.files)</td><td>\(htmlEscape(formatBytes(t.bytes)))</td><td>\(t.studies.count)</td></tr>"
        }
        h += "</table><h2>Projection</h2><p class=\"note\">\(htmlEscape(growthMethod))</p>"
        var projBars: [(String, Double, String)] = [("today", Double(bytes), "#888888")]
        for p in projection { projBars.append(("+\(p.years) y", Double(p.totalBytes), "#c47a2c")) }
        h += svgBars("Archive size, projected", projBars, color: "#c47a2c")
        h += "<table><tr><th>Horizon</th><th>Added</th><th>Archive</th><th>3-2-1 backup (\(copies) copies)</th></tr>"
        h += "<tr><td>today</td><td></td><td>\(htmlEscape(formatBytes(bytes)))</td><td>\(htmlEscape(formatBytes(bytes &* Int64(copies))))</td></tr>"
        for p in projection {
            h += "<tr><td>\(p.years) year(s)</td><td>\(htmlEscape(formatBytes(p.addedBytes)))</td><td>\(htmlEscape(formatBytes(p.totalBytes)))</td><td>\(htmlEscape(formatBytes(p.backupBytes)))</td></tr>"
        }
        h += "</table><p class=\"note\">3-2-1: three copies of the data on two kinds of media, one of them off-site.</p>"
        h += "<h2>Lossless transcoding</h2><table><tr><th>Transfer syntax</th><th>Measured</th><th>Sample</th><th>Ratio</th><th>Would save</th></tr>"
        for m in lossless {
            if m.measured {
                h += "<tr><td>\(htmlEscape(m.name))</td><td>yes</td><td>\(m.sampleFrames) frames of \(m.sampleFiles) files</td><td>\((m.ratio * 1000).rounded() / 1000)</td><td>\(htmlEscape(formatBytes(m.projectedSavedBytes)))</td></tr>"
            } else {
                h += "<tr><td>\(htmlEscape(m.name))</td><td>no</td><td colspan=\"3\">\(htmlEscape(m.reason))</td></tr>"
            }
        }
        h += "</table><h2>Studies</h2><table><tr><th>Date</th><th>Modalities</th><th>Files</th><th>Bytes</th></tr>"
        for s in studies.suffix(200).reversed() {
            h += "<tr><td>\(htmlEscape(s.date))</td><td>\(htmlEscape(s.modalities.sorted().joined(separator: ", ")))</td><td>\(s.files)</td><td>\(htmlEscape(formatBytes(s.bytes)))</td></tr>"
        }
        h += "</table>"
        if studies.count > 200 { h += "<p class=\"note\">The 200 most recent of \(studies.count) studies.</p>" }
        h += "<p class=\"note\">Written by vetdicom storage.</p></body></html>\n"
        return h
    }
}
