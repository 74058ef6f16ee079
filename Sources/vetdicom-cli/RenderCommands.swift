import DICOMCore
import VetDICOM
#if canImport(Glibc)
import Glibc
#endif

/// render and thumbnails. Returns false for an unknown command.
func runRenderCommand(_ command: String) -> Bool {
    switch command {
    case "render": renderCommand()
    case "thumbnails": thumbnailsCommand()
    case "render-bench": renderBenchCommand()
    default: return false
    }
    return true
}

private let renderUsage = """
usage: vetdicom render FILE -o OUT.png|OUT.jpg [--frame N] [--window C,W] [--voi-function F]
                       [--voi-index N] [--size WxH] [--format gray8|rgb8|rgba8] [--invert|--no-invert]
                       [--overlays] [--overlay-color RRGGBB] [--quality Q] [--percentile LO,HI]
"""

/// Applies the rendering flags shared by render and thumbnails to `o`.
private func takeRenderFlags(_ o: inout FileOptions) {
    func set(_ st: Status, _ what: String) { if st != .ok { die("invalid \(what)") } }
    if let w = takeValue("--window") {
        let parts = w.split(separator: ",").map { parseDecimal(String($0)) }
        guard parts.count == 2, let c = parts[0], let wd = parts[1] else { die("--window needs C,W (e.g. 40,400)") }
        set(o.set("window_center", double: c), "--window")
        set(o.set("window_width", double: wd), "--window")
    }
    if let f = takeValue("--voi-function") { set(o.set("voi_function", string: f), "--voi-function") }
    if let v = takeValue("--voi-index") {
        guard let i = Int64(v) else { die("--voi-index needs a number") }
        set(o.set("voi_index", int: i), "--voi-index")
    }
    if let s = takeValue("--size") {
        let parts = s.lowercased().split(separator: "x", omittingEmptySubsequences: false).map { Int64(String($0)) ?? -1 }
        if parts.count == 1, parts[0] > 0 {
            set(o.set("output_width", int: parts[0]), "--size"); set(o.set("output_height", int: parts[0]), "--size")
        } else if parts.count == 2, parts[0] >= 0, parts[1] >= 0 {
            set(o.set("output_width", int: parts[0]), "--size"); set(o.set("output_height", int: parts[1]), "--size")
        } else {
            die("--size needs WxH or N (e.g. 256x256)")
        }
    }
    if let f = takeValue("--format") { set(o.set("output_format", string: f), "--format") }
    if takeFlag("--invert") { set(o.set("invert", int: 1), "--invert") }
    if takeFlag("--no-invert") { set(o.set("invert", int: 0), "--no-invert") }
    if takeFlag("--overlays") { set(o.set("overlays", int: 1), "--overlays") }
    if let c = takeValue("--overlay-color") {
        let hex = c.hasPrefix("#") ? String(c.dropFirst()) : (c.hasPrefix("0x") ? String(c.dropFirst(2)) : c)
        guard let v = Int64(hex, radix: 16) else { die("--overlay-color needs RRGGBB") }
        set(o.set("overlay_color", int: v), "--overlay-color")
        set(o.set("overlays", int: 1), "--overlays")
    }
    if let q = takeValue("--quality") {
        guard let v = Int64(q) else { die("--quality needs a number") }
        set(o.set("jpeg_quality", int: v), "--quality")
    }
    if let p = takeValue("--percentile") {
        let parts = p.split(separator: ",").map { parseDecimal(String($0)) }
        guard parts.count == 2, let lo = parts[0], let hi = parts[1] else { die("--percentile needs LO,HI (e.g. 1,99)") }
        set(o.set("percentile_low", double: lo), "--percentile")
        set(o.set("percentile_high", double: hi), "--percentile")
    }
}

private func isJPEGPath(_ p: String) -> Bool {
    let l = p.lowercased()
    return l.hasSuffix(".jpg") || l.hasSuffix(".jpeg")
}

private func renderCommand() {
    var o = FileOptions()
    takeRenderFlags(&o)
    let frameArg = takeValue("--frame")
    guard let out = takeValue("-o") ?? takeValue("--output"), args.count == 1 else { die(renderUsage) }
    var frame = 0
    if let fa = frameArg {
        guard let n = Int(fa), n >= 0 else { die("--frame needs a number >= 0") }
        frame = n
    }
    let f = openFile(args[0])
    do {
        let img = try f.renderToFile(frame: frame, options: o, path: out, jpeg: isJPEGPath(out))
        print("\(out): \(img.width)x\(img.height), \(img.channels == 1 ? "gray8" : (img.channels == 3 ? "rgb8" : "rgba8")), \(img.voiDescription)")
    } catch let e as DICOMError {
        die("\(args[0]): \(e.status.text): \(e.message)", code: 3)
    } catch {
        die("\(args[0]): \(error)", code: 3)
    }
}

/// Regular files under `dir`, sorted, recursively (symbolic links are not followed).
private func listFiles(_ dir: String) -> [String] {
    var out: [String] = []
    guard let d = opendir(dir) else { return out }
    defer { closedir(d) }
    while let ent = readdir(d) {
        let name = withUnsafeBytes(of: ent.pointee.d_name) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if name == "." || name == ".." { continue }
        let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
        var st = stat()
        guard lstat(path, &st) == 0 else { continue }
        if (st.st_mode & S_IFMT) == S_IFDIR { out += listFiles(path) }
        else if (st.st_mode & S_IFMT) == S_IFREG { out.append(path) }
    }
    return out.sorted()
}

private func thumbnailsCommand() {
    var o = FileOptions()
    let sizeArg = takeValue("--size")
    let asJPEG = takeFlag("--jpeg")
    takeRenderFlags(&o)
    guard args.count == 2 else {
        die("usage: vetdicom thumbnails DIR OUTDIR [--size N] [--jpeg] [render flags]")
    }
    let n = Int64(sizeArg ?? "256") ?? -1
    guard n > 0 else { die("--size needs a number > 0") }
    if o.renderNumbers["output_width"] == nil {
        _ = o.set("output_width", int: n)
        _ = o.set("output_height", int: n)
    }
    let dir = args[0], outDir = args[1]
    if mkdir(outDir, 0o755) != 0 && errno != EEXIST { die("cannot create \(outDir)") }
    let files = listFiles(dir)
    let tty = isatty(STDERR_FILENO) != 0
    var made = 0, skipped = 0, failed = 0
    let root = dir.hasSuffix("/") ? dir : dir + "/"
    for (i, path) in files.enumerated() {
        if tty {
            let shown = path.count > 60 ? "..." + String(path.suffix(57)) : path
            fputs("\r\u{1B}[K[\(i + 1)/\(files.count)] \(shown)", stderr)
        }
        let rel = path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
        let name = rel.replacingSlashes() + (asJPEG ? ".jpg" : ".png")
        let f: DICOMFile
        do { f = try DICOMFile(path: path) } catch { skipped += 1; continue }
        do {
            try f.renderToFile(frame: 0, options: o, path: outDir + "/" + name, jpeg: asJPEG)
            made += 1
        } catch let e as DICOMError where e.status == .noPixelData {
            skipped += 1  // DICOM without an image (structured report, presentation state, ...)
        } catch let e as DICOMError {
            failed += 1
            if tty { fputs("\n", stderr) }
            printErr("\(path): \(e.status.text): \(e.message)")
        } catch {
            failed += 1
        }
    }
    if tty { fputs("\r\u{1B}[K", stderr) }
    print("\(made) thumbnail(s) in \(outDir), \(skipped) file(s) skipped (not DICOM, or no pixel data), \(failed) failed")
    if failed > 0 { exit(1) }
}

private extension String {
    func replacingSlashes() -> String {
        String(self.map { $0 == "/" ? "_" : $0 })
    }
}

/// `vetdicom render-bench FILE [--frame N] [--iterations N] [render flags]`: best-of-N timings of
/// each rendering stage (used by bench/render/run.sh).
private func renderBenchCommand() {
    var o = FileOptions()
    takeRenderFlags(&o)
    let frame = Int(takeValue("--frame") ?? "0") ?? 0
    let iterations = Int(takeValue("--iterations") ?? "50") ?? 50
    guard args.count == 1 else { die("usage: vetdicom render-bench FILE [--frame N] [--iterations N] [render flags]") }
    let f = openFile(args[0])
    do {
        let t = try f.benchmarkRender(frame: frame, iterations: iterations, options: o)
        func ms(_ s: Double) -> String { formatDouble((s * 1e5).rounded() / 100) }
        func gps(_ s: Double) -> String { s > 0 ? formatDouble((Double(t.pixels) / s / 1e7).rounded() / 100) : "-" }
        print("pixels: \(t.pixels)")
        print("voi: \(t.voi)")
        print("decode_ms: \(ms(t.decode))")
        print("window_level_ms: \(ms(t.windowLevel)) (\(gps(t.windowLevel)) Gpixel/s)")
        print("table_apply_ms: \(ms(t.tableApply)) (\(gps(t.tableApply)) Gpixel/s)")
        print("decode_and_render_ms: \(ms(t.render))")
        print("png_encode_ms: \(ms(t.png))")
        print("jpeg_encode_ms: \(ms(t.jpeg))")
    } catch let e as DICOMError {
        die("\(args[0]): \(e.status.text): \(e.message)", code: 3)
    } catch {
        die("\(args[0]): \(error)", code: 3)
    }
}
