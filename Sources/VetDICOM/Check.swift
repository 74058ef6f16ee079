import DICOMCore
import DICOMCodecs
#if canImport(Glibc)
import Glibc
#endif

/// `vetdicom check`: what is wrong with a file, listed without stopping at the first problem
/// (like `dciodvfy` and `dcmdump +E`): what the parser tolerated or salvaged (truncation, odd
/// lengths, zero runs, sequences deeper than max_depth), values whose length does not fit their
/// VR, VRs that differ from the dictionary, missing Type 1 attributes of the Image Pixel module,
/// pixel data shorter or longer than the frames need, offset tables that disagree with the
/// fragments, and frames that do not decode. Each line starts with "error:" or "warning:".
public enum FileCheck {
    public static func check(path: String, options: FileOptions = FileOptions()) -> [String] {
        let file: DICOMFile
        do { file = try DICOMFile(path: path, options: options) } catch let e as DICOMError {
            return ["error: cannot open: \(e.status.text): \(e.message)"]
        } catch { return ["error: cannot open: \(error)"] }
        return check(file)
    }

    public static func check(_ file: DICOMFile) -> [String] {
        var out: [String] = []
        let p = file.parsed
        if p.transferSyntaxInferred {
            out.append("warning: transfer syntax inferred from the bytes (\(p.transferSyntax.uid)); the file meta is missing or wrong")
        }
        if !p.hasFileMeta { out.append("warning: no file meta information (group 0002)") }
        for s in p.problems {
            let serious = s.contains("declares") || s.contains("max_depth") || s.contains("cut short")
            out.append((serious ? "error: " : "warning: ") + s)
        }
        // Damage the parser already noted (above) is not listed a second time.
        checkElements(file.meta, &out, noted: p.problems)
        checkElements(file.dataSet, &out, noted: p.problems)
        checkPixels(file, &out)
        if let changed = file.dataSet.store.fileChanged { out.append("error: \(changed)") }
        return out
    }

    /// VR and length checks over every data set, iteratively.
    static func checkElements(_ root: DataSet, _ out: inout [String], noted: [String] = []) {
        var stack: [(DataSet, String)] = [(root, "")]
        var listed = 0
        func add(_ s: String) {
            listed += 1
            if listed <= 500 { out.append(s) } else if listed == 501 { out.append("warning: (more element problems not listed)") }
        }
        while let (ds, path) = stack.popLast() {
            for e in ds.elements {
                let name = path + "\(e.tag)"
                if let d = e.damage, listed <= 500, !noted.contains(where: { $0.contains(d.message) }) {
                    add("error: \(name): \(d.message)")
                }
                if let items = e.items {
                    for (i, item) in items.enumerated() { stack.append((item, "\(name)[\(i)]/")) }
                    continue
                }
                if e.fragments != nil || e.tag.group == 0xFFFE { continue }
                if let entry = DataDictionary.entry(for: e.tag.value), !e.tag.isPrivate {
                    let dictVR = entry.vr
                    let ambiguous = entry.vrString.contains(" or ")
                    if dictVR != e.vr && !ambiguous && dictVR != .UN && e.vr != .UN {
                        add("warning: \(name) has VR \(e.vr.name), the dictionary says \(entry.vrString)")
                    }
                }
                let size: Int
                switch e.vr {
                case .US, .SS, .OW: size = 2
                case .UL, .SL, .FL, .OF, .OL, .AT: size = 4
                case .FD, .OD, .SV, .UV, .OV: size = 8
                default: size = 1
                }
                if size > 1 && e.length % size != 0 {
                    add("error: \(name) \(e.vr.name) length \(e.length) is not a multiple of \(size)")
                }
            }
        }
    }

    static func checkPixels(_ file: DICOMFile, _ out: inout [String]) {
        let ds = file.dataSet
        guard let pe = ds.element(Tag.pixelData) ?? ds.element(Tag.floatPixelData) ?? ds.element(Tag.doubleFloatPixelData) else {
            return
        }
        // Type 1 attributes of the Image Pixel module (PS3.3 C.7.6.3).
        let type1: [(UInt16, String)] = [(0x0002, "Samples per Pixel"), (0x0004, "Photometric Interpretation"),
                                         (0x0010, "Rows"), (0x0011, "Columns"), (0x0100, "Bits Allocated")]
        var type1Missing = false
        for (e, name) in type1 where ds.element(Tag(0x0028, e)) == nil {
            out.append("error: Type 1 attribute \(name) (0028,\(hex4(e))) is missing")
            type1Missing = true
        }
        if pe.tag == Tag.pixelData {
            for (e, name) in [(UInt16(0x0101), "Bits Stored"), (0x0102, "High Bit"), (0x0103, "Pixel Representation")]
            where ds.element(Tag(0x0028, e)) == nil {
                out.append("error: Type 1 attribute \(name) (0028,\(hex4(e))) is missing")
                type1Missing = true
            }
        }
        if let sppE = ds.element(Tag(0x0028, 0x0002)), let spp = try? ds.int64(sppE, index: 0), spp > 1,
           ds.element(Tag(0x0028, 0x0006)) == nil {
            out.append("error: Planar Configuration (0028,0006) is missing (Type 1C: Samples per Pixel is \(spp))")
        }
        let pipeline: PixelPipeline
        do { pipeline = try file.pixels() } catch let e as DICOMError {
            if !type1Missing { out.append("error: pixel data cannot be decoded: \(e.status.text): \(e.message)") }
            return
        } catch { return }
        let d = pipeline.description
        let layout = pipeline.layout(DecodeSettings())
        if !d.encapsulated {
            let bits = d.rows &* d.columns &* (d.photometricInterpretation == "YBR_FULL_422" ? 2 : d.samplesPerPixel)
                &* d.bitsAllocated &* d.numberOfFrames
            let need = (bits + 7) / 8
            if pe.length < need {
                out.append("error: pixel data holds \(pe.length) bytes, \(d.numberOfFrames) frame(s) need \(need)")
            } else if pe.length > need + 1 {
                out.append("warning: pixel data holds \(pe.length) bytes, \(d.numberOfFrames) frame(s) need \(need) (\(pe.length - need) extra)")
            }
        } else if let fragments = pe.fragments {
            checkOffsetTables(ds, pe, fragments, frames: d.numberOfFrames, &out)
            if fragments.count < d.numberOfFrames {
                out.append("error: \(d.numberOfFrames) frames declared, the pixel data has \(fragments.count) fragment(s)")
            }
        }
        // Decode every frame (into one reused buffer) unless that is too much work.
        let frames = pipeline.frameCount
        let size = layout.frameBytes
        let (total, o) = size.multipliedReportingOverflow(by: frames)
        if o || total > 1 << 30 || size > 256 << 20 {
            out.append("warning: frames not decoded by the check (\(frames) x \(size) bytes)")
            return
        }
        guard let mem = calloc(max(1, size), 1) else { return }
        defer { free(mem) }
        var failures = 0
        for i in 0..<frames {
            do {
                try pipeline.decode(frame: i, into: UnsafeMutableRawBufferPointer(start: mem, count: size), settings: DecodeSettings())
            } catch let e as DICOMError {
                failures += 1
                if failures <= 20 { out.append("error: frame \(i): \(e.status.text): \(e.message)") }
            } catch {}
        }
        if failures > 20 { out.append("error: \(failures) frames of \(frames) do not decode") }
    }

    static func checkOffsetTables(_ ds: DataSet, _ pe: Element, _ fragments: [Range<Int>], frames: Int, _ out: inout [String]) {
        guard let first = fragments.first else { return }
        let itemStarts = Set(fragments.map { $0.lowerBound - 8 - (first.lowerBound - 8) })
        if let bot = pe.basicOffsetTable, bot.count > 0 {
            let raw = ds.store.slice(bot)
            if bot.count % 4 != 0 { out.append("error: Basic Offset Table length \(bot.count) is not a multiple of 4") }
            let n = bot.count / 4
            if n != frames { out.append("error: Basic Offset Table has \(n) entries for \(frames) frame(s)") }
            var last = -1
            for i in 0..<n {
                let v = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)))
                if i == 0 && v != 0 { out.append("error: Basic Offset Table entry 0 is \(v), not 0") }
                if v <= last { out.append("error: Basic Offset Table entry \(i) (\(v)) does not ascend"); break }
                if !itemStarts.contains(v) {
                    out.append("error: Basic Offset Table entry \(i) (\(v)) does not point at a fragment")
                    break
                }
                last = v
            }
        }
        if let eot = ds.element(Tag.extendedOffsetTable) {
            if eot.length != frames * 8 {
                out.append("error: Extended Offset Table has \(eot.length / 8) entries for \(frames) frame(s)")
            } else {
                let raw = ds.rawValue(eot)
                for i in 0..<frames {
                    let v = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))
                    if v > UInt64(Int.max) || !itemStarts.contains(Int(v)) {
                        out.append("error: Extended Offset Table entry \(i) (\(v)) does not point at a fragment")
                        break
                    }
                }
            }
        }
    }

    private static func hex4(_ v: UInt16) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - s.count) + s
    }
}
