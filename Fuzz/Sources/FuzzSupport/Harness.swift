// The bodies of the fuzz targets, shared by the libFuzzer executables, the hostile-file driver
// and the seed generator. No Foundation (the same rules as Sources/).
import DICOMCore
@_exported import TestWriter
import DICOMCodecs
import VetDICOM
import DICOMRendering
#if canImport(Glibc)
import Glibc
#endif

/// What one harness run did (for statistics and the hostile driver's report).
public enum Outcome: Equatable {
    case ok
    case failed(Status)
}

public enum Harness {
    /// Options used while fuzzing: the caller's bytes are borrowed (no copy), limits are the
    /// library defaults except frame/inflate sizes, which are lowered so that one execution
    /// stays far below libFuzzer's -rss_limit_mb, and the element count, lowered so that one
    /// execution stays far below its -timeout: the crasher seed items-1m-empty-deflated.dcm
    /// (1M items, within the default 4M) took 8 s of CPU under ASan (open, walk and two JSON
    /// exports of 1M items), 22 s on a loaded machine. The defaults are tested by LimitsTests
    /// and the hostile suite (release build, 10 s bound per case).
    public static func fuzzOptions(maxFrameBytes: Int = 64 << 20) -> FileOptions {
        var o = FileOptions()
        o.borrowMemory = true
        o.limits.maxFrameBytes = maxFrameBytes
        o.limits.maxInflatedBytes = 64 << 20
        o.limits.maxElements = 200_000
        return o
    }

    /// Reads every value of every element of `ds` (and of its items, recursively) through the
    /// typed accessors, the way a dump tool would. Returns a checksum so nothing is optimized away.
    @discardableResult
    public static func walk(_ ds: DataSet) -> Int {
        var sum = 0
        for e in ds.elements {
            sum &+= ds.valueMultiplicity(e)
            if let items = e.items {
                for item in items { sum &+= walk(item) }
                continue
            }
            if e.fragments != nil { continue }
            if e.length <= 1 << 16, let t = try? ds.text(e, index: -1) { sum &+= t.utf8.count }
            sum &+= ds.strings(e).count
            if e.vr.isString || e.vr.binaryValueSize > 0 {
                if let v = try? ds.int64(e, index: 0) { sum &+= Int(truncatingIfNeeded: v) }
                if let d = try? ds.double(e, index: 0), d.isFinite { sum &+= Int(d.magnitude < 1e15 ? d : 0) }
            }
            if e.vr == .AT, let t = try? ds.tagValue(e, 0) { sum &+= Int(t.value) }
        }
        return sum
    }

    /// Open + walk every element + JSON + patient + image description. Never decodes pixels.
    public static func parse(_ data: UnsafeRawBufferPointer, options: FileOptions = fuzzOptions()) -> Outcome {
        do {
            let f = try DICOMFile(bytes: data, options: options)
            var sum = walk(f.meta) &+ walk(f.dataSet)
            sum &+= f.dataSet.json().utf8.count
            var jo = JSONOptions()
            jo.bulkAsBase64 = true
            jo.inlineLimit = 64
            sum &+= f.dataSet.json(jo).utf8.count
            sum &+= f.patient.animalName.utf8.count
            if let d = try? f.imageDescription() { sum &+= d.rows &+ d.columns }
            if let p = try? f.pixels() { sum &+= p.frameCount }
            for key in ["PatientName", "00100010", "SharedFunctionalGroupsSequence[0].PixelMeasuresSequence[0].PixelSpacing",
                        "ReferencedImageSequence[0].ReferencedSOPInstanceUID"] {
                if let (ds, e) = try? f.dataSet.lookup(key) { sum &+= ds.strings(e).count }
            }
            sink(sum)
            return .ok
        } catch let e as DICOMError {
            return .failed(e.status)
        } catch {
            return .failed(.invalidData)
        }
    }

    /// Opens and decodes frames: all of them, or only the first and last when there are more
    /// than `maxFrames`. Each frame's buffer is checked against the layout.
    public static func decode(_ data: UnsafeRawBufferPointer, options: FileOptions = fuzzOptions(),
                              maxFrames: Int = 4, settings: [DecodeSettings] = [DecodeSettings()]) -> Outcome {
        do {
            let f = try DICOMFile(bytes: data, options: options)
            return decodeFrames(f, maxFrames: maxFrames, settings: settings)
        } catch let e as DICOMError {
            return .failed(e.status)
        } catch {
            return .failed(.invalidData)
        }
    }

    /// Decodes frames of an open file (see `decode`). The first error is the outcome.
    public static func decodeFrames(_ f: DICOMFile, maxFrames: Int = 4,
                                    settings: [DecodeSettings] = [DecodeSettings()]) -> Outcome {
        do {
            let p = try f.pixels()
            let n = p.frameCount
            var frames = Array(0..<min(n, maxFrames))
            if n > maxFrames { frames = [0, n - 1] }
            var outcome = Outcome.ok
            for s in settings {
                for i in frames {
                    do {
                        let (buf, layout) = try f.decodeFrame(i, settings: s)
                        if buf.count != layout.frameBytes { fatalError("frame buffer size differs from its layout") }
                        var sum = 0
                        var k = 0
                        while k < buf.count { sum &+= Int(buf[k]); k &+= 4093 }
                        sink(sum)
                    } catch let e as DICOMError {
                        if outcome == .ok { outcome = .failed(e.status) }
                    }
                }
            }
            return outcome
        } catch let e as DICOMError {
            return .failed(e.status)
        } catch {
            return .failed(.invalidData)
        }
    }

    // MARK: - codec targets: the input wrapped as the pixel data of a synthetic file

    /// The geometry header prepended to codec fuzz inputs (8 bytes):
    /// rows (u16 LE, 1 + value % 512), columns (u16 LE, 1 + value % 512), samples per pixel
    /// (byte: 1 or 3; 4 when the byte is 4), bits allocated (byte: 1, 8, 16, 32 or the byte for
    /// encapsulated syntaxes), bits stored (byte), flags: bit 0 pixel representation, bit 1
    /// planar configuration, bits 2-4 photometric interpretation, bits 5-6 number of frames - 1,
    /// bit 7 split the codestream into two fragments.
    public static let geometryHeaderSize = 8
    public static let photometrics = ["MONOCHROME2", "MONOCHROME1", "RGB", "YBR_FULL", "YBR_FULL_422",
                                      "PALETTE COLOR", "YBR_RCT", "YBR_ICT"]

    public struct Geometry {
        public var rows = 1, columns = 1, samplesPerPixel = 1, bitsAllocated = 8, bitsStored = 8
        public var pixelRepresentation = 0, planarConfiguration = 0, photometric = "MONOCHROME2"
        public var frames = 1, splitFragments = false
        public init() {}

        /// The header bytes that encode this geometry (inverse of `parse` for in-range values).
        public var header: [UInt8] {
            let r = UInt16(truncatingIfNeeded: max(0, rows - 1)), c = UInt16(truncatingIfNeeded: max(0, columns - 1))
            let pi = UInt8(truncatingIfNeeded: Harness.photometrics.firstIndex(of: photometric) ?? 0)
            var flags = UInt8(truncatingIfNeeded: pixelRepresentation & 1) | UInt8(truncatingIfNeeded: (planarConfiguration & 1) << 1)
            flags |= (pi & 7) << 2
            flags |= UInt8(truncatingIfNeeded: (max(1, frames) - 1) & 3) << 5
            if splitFragments { flags |= 0x80 }
            return [UInt8(r & 0xFF), UInt8(r >> 8), UInt8(c & 0xFF), UInt8(c >> 8), UInt8(truncatingIfNeeded: samplesPerPixel),
                    UInt8(truncatingIfNeeded: bitsAllocated), UInt8(truncatingIfNeeded: bitsStored), flags]
        }

        public static func parse(_ b: UnsafeRawBufferPointer) -> Geometry {
            var g = Geometry()
            g.rows = 1 + (Int(b[0]) | Int(b[1]) << 8) % 512
            g.columns = 1 + (Int(b[2]) | Int(b[3]) << 8) % 512
            g.samplesPerPixel = b[4] == 4 ? 4 : (b[4] & 2 != 0 ? 3 : 1)
            g.bitsAllocated = Int(b[5])
            g.bitsStored = Int(b[6])
            let flags = b[7]
            g.pixelRepresentation = Int(flags & 1)
            g.planarConfiguration = Int((flags >> 1) & 1)
            g.photometric = Harness.photometrics[Int((flags >> 2) & 7)]
            g.frames = 1 + Int((flags >> 5) & 3)
            g.splitFragments = flags & 0x80 != 0
            return g
        }
    }

    /// Builds a Part 10 file whose pixel data is `payload` for transfer syntax `uid`: one
    /// fragment per frame (the payload repeated; the last one split in two with the split flag)
    /// for encapsulated syntaxes, the raw bytes for native ones.
    public static func syntheticFile(_ g: Geometry, payload: [UInt8], transferSyntax uid: String,
                                     floatPixels: Int = 0) throws -> [UInt8] {
        var els: [WElement] = [
            WElement.text(Tag(0x0008, 0x0016), .UI, "1.2.840.10008.5.1.4.1.1.7"),
            WElement.text(Tag(0x0008, 0x0018), .UI, "2.25.1"),
            WElement.us(Tag(0x0028, 0x0002), g.samplesPerPixel),
            WElement.text(Tag(0x0028, 0x0004), .CS, g.photometric),
            WElement.us(Tag(0x0028, 0x0010), g.rows),
            WElement.us(Tag(0x0028, 0x0011), g.columns),
            WElement.us(Tag(0x0028, 0x0100), g.bitsAllocated),
            WElement.us(Tag(0x0028, 0x0101), g.bitsStored),
            WElement.us(Tag(0x0028, 0x0102), max(0, g.bitsStored - 1)),
            WElement.us(Tag(0x0028, 0x0103), g.pixelRepresentation),
        ]
        if g.samplesPerPixel > 1 { els.append(WElement.us(Tag(0x0028, 0x0006), g.planarConfiguration)) }
        if g.frames > 1 { els.append(WElement.text(Tag(0x0028, 0x0008), .IS, String(g.frames))) }
        let ts = TransferSyntax(uid: uid)
        if ts.encapsulated || uid == TransferSyntax.deflatedImageFrameCompression {
            var frags: [[UInt8]] = Array(repeating: payload, count: g.frames)
            if g.splitFragments && payload.count >= 2 {
                let half = payload.count / 2
                frags.removeLast()
                frags.append(Array(payload[0..<half]))
                frags.append(Array(payload[half...]))
            }
            els.append(WElement(Tag.pixelData, .OB, .fragments(bot: [], fragments: frags), undefinedLength: true))
        } else if floatPixels == 32 {
            els.append(WElement(Tag.floatPixelData, .OF, .bytes(payload)))
        } else if floatPixels == 64 {
            els.append(WElement(Tag.doubleFloatPixelData, .OD, .bytes(payload)))
        } else {
            els.append(WElement(Tag.pixelData, g.bitsAllocated > 8 ? .OW : .OB, .bytes(payload)))
        }
        return try DICOMWriter.part10(els, options: WriterOptions(transferSyntaxUID: uid))
    }

    /// Codec target: the first 8 bytes are the geometry, the rest the codestream, decoded as
    /// `uid` through the whole pipeline (frame location, codec, corrections), with and without
    /// keep_ybr.
    public static func codec(_ data: UnsafeRawBufferPointer, transferSyntax uid: String) -> Outcome {
        guard data.count > geometryHeaderSize else { return .failed(.truncated) }
        let g = Geometry.parse(data)
        let payload = Array(data[geometryHeaderSize...])
        guard let file = try? syntheticFile(g, payload: payload, transferSyntax: uid) else { return .failed(.invalidData) }
        var keep = DecodeSettings()
        keep.keepYBR = true
        return file.withUnsafeBytes { decode($0, settings: [DecodeSettings(), keep]) }
    }

    /// Deflated data set target: a file meta saying 1.2.840.10008.1.2.1.99 followed by `data`
    /// as the (raw deflate) data set; opened, walked and decoded.
    public static func deflatedDataSet(_ data: UnsafeRawBufferPointer) -> Outcome {
        var o = WriterOptions(transferSyntaxUID: TransferSyntax.deflatedExplicitVRLittleEndian)
        o.mediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.7"
        o.mediaStorageSOPInstanceUID = "2.25.1"
        guard let meta = try? DICOMWriter.fileMeta(for: [], options: o) else { return .failed(.invalidData) }
        let file = [UInt8](repeating: 0, count: 128) + [0x44, 0x49, 0x43, 0x4D] + meta + Array(data)
        return file.withUnsafeBytes { b in
            let r = parse(b)
            if r != .ok { return r }
            return decode(b)
        }
    }

    // MARK: - render target

    /// Bytes of render options in front of a render fuzz input.
    public static let renderHeaderSize = 16

    /// Rendering options from 16 bytes: each byte drives one key (0 leaves the key unset), so a
    /// header of zeros renders with the defaults.
    public static func renderOptions(_ h: UnsafeRawBufferPointer) -> FileOptions {
        var o = fuzzOptions()
        func s16(_ i: Int) -> Double { Double(Int16(bitPattern: UInt16(h[i]) | UInt16(h[i + 1]) << 8)) }
        if h[0] != 0 {
            let specials: [Double] = [0, -1, 1e300, -1e300, .nan, .infinity, 0.5, 4096]
            _ = o.set("window_center", double: h[0] & 0x80 != 0 ? specials[Int(h[0] & 7)] : s16(1) * 4)
            _ = o.set("window_width", double: h[0] & 0x40 != 0 ? specials[Int((h[0] >> 3) & 7)] : s16(3) * 2)
        }
        if h[5] != 0 { _ = o.set("voi_index", int: Int64(h[5]) - 2) }
        if h[6] != 0 { _ = o.set("voi_lut_index", int: Int64(h[6]) - 2) }
        if h[7] != 0 { _ = o.set("invert", int: Int64(h[7] % 3) - 1) }
        if h[8] != 0 { _ = o.set("output_width", int: h[8] == 0xFF ? 65535 : Int64(h[8] % 80)) }
        if h[9] != 0 { _ = o.set("output_height", int: h[9] == 0xFF ? 65535 : Int64(h[9] % 80)) }
        if h[10] != 0 { _ = o.set("overlays", int: Int64(h[10] & 1)) }
        if h[11] != 0 {
            _ = o.set("output_format", string: ["gray8", "rgb8", "rgba8", "auto", "bogus"][Int(h[11]) % 5])
        }
        if h[12] != 0 {
            _ = o.set("voi_function", string: ["LINEAR", "LINEAR_EXACT", "SIGMOID", "NONE"][Int(h[12]) % 4])
        }
        if h[13] != 0 {
            _ = o.set("percentile_low", double: Double(h[13] % 120))
            _ = o.set("percentile_high", double: Double(h[14] % 120))
        }
        if h[15] & 3 == 1 { _ = o.set("voi_default", string: "minmax") }
        if h[15] & 3 == 2 { _ = o.set("voi_default", string: "percentile") }
        return o
    }

    /// Render target: 16 bytes of options, then a whole file. Renders the first and last frame
    /// (and encodes to PNG or JPEG when bit 2/3 of the last option byte says so).
    public static func render(_ data: UnsafeRawBufferPointer) -> Outcome {
        guard data.count > renderHeaderSize else { return .failed(.truncated) }
        let h = UnsafeRawBufferPointer(rebasing: data[0..<renderHeaderSize])
        let o = renderOptions(h)
        let file = UnsafeRawBufferPointer(rebasing: data[renderHeaderSize...])
        return renderFile(file, options: o, encode: h[15] & 0x0C != 0, jpeg: h[15] & 0x08 != 0)
    }

    /// Opens `file` and renders its first and last frame with `options`, encoding them to PNG
    /// or JPEG when `encode`.
    public static func renderFile(_ file: UnsafeRawBufferPointer, options o: FileOptions, encode: Bool = false,
                                  jpeg: Bool = false) -> Outcome {
        do {
            let f = try DICOMFile(bytes: file, options: o)
            let n = try f.pixels().frameCount
            let shape = try f.renderShape()
            var outcome = Outcome.ok
            for i in Set([0, max(0, n - 1)]) {
                do {
                    let img = try f.render(frame: i)
                    if img.width != shape.width || img.height != shape.height || img.pixels.count != shape.byteCount {
                        fatalError("rendered image \(img.width)x\(img.height)x\(img.channels) differs from its shape \(shape)")
                    }
                    if encode {
                        let (mem, _) = try f.renderEncoded(frame: i, jpeg: jpeg)
                        free(mem)
                    }
                } catch let e as DICOMError {
                    if outcome == .ok { outcome = .failed(e.status) }
                }
            }
            return outcome
        } catch let e as DICOMError {
            return .failed(e.status)
        } catch {
            return .failed(.invalidData)
        }
    }

    // MARK: - fuzz input -> DICOM file (for Tests/Fixtures/crashers)

    /// The DICOM file a fuzz input of `target` decodes (render inputs lose their options).
    public static func dicomFile(target: String, input: [UInt8]) -> [UInt8]? {
        func codecFile(_ uids: [String], _ rest: ArraySlice<UInt8>, float: Int = 0) -> [UInt8]? {
            guard rest.count > geometryHeaderSize else { return nil }
            let bytes = Array(rest)
            var g = bytes.withUnsafeBytes { Geometry.parse($0) }
            if float > 0 { g.bitsAllocated = float; g.bitsStored = float }
            return try? syntheticFile(g, payload: Array(bytes[geometryHeaderSize...]),
                                      transferSyntax: uids[0], floatPixels: float)
        }
        guard let first = input.first else { return nil }
        let rest = input.dropFirst()
        switch target {
        case "FuzzParse", "FuzzDecode": return input
        case "FuzzRender": return input.count > renderHeaderSize ? Array(input[renderHeaderSize...]) : nil
        case "FuzzJPEG": return codecFile([Syntaxes.jpeg[Int(first) % Syntaxes.jpeg.count]], rest)
        case "FuzzJPEGLS": return codecFile([Syntaxes.jpegLS[Int(first) % Syntaxes.jpegLS.count]], rest)
        case "FuzzJ2K": return codecFile([Syntaxes.j2k[Int(first) % Syntaxes.j2k.count]], rest)
        case "FuzzRLE": return codecFile(Syntaxes.rle, rest)
        case "FuzzNative":
            return codecFile([Syntaxes.native[Int(first & 3) % Syntaxes.native.count]], rest,
                             float: [0, 32, 64, 0][Int((first >> 2) & 3)])
        case "FuzzDeflate":
            if first & 1 == 0 { return codecFile(Syntaxes.deflateFrames, rest) }
            var o = WriterOptions(transferSyntaxUID: TransferSyntax.deflatedExplicitVRLittleEndian)
            o.mediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.7"
            o.mediaStorageSOPInstanceUID = "2.25.1"
            guard let meta = try? DICOMWriter.fileMeta(for: [], options: o) else { return nil }
            return [UInt8](repeating: 0, count: 128) + [0x44, 0x49, 0x43, 0x4D] + meta + Array(rest)
        default: return nil
        }
    }

    @inline(never) public static func sink(_ v: Int) {
        if v == 0x7FFF_FFFF_1234_5678 { print("") }
    }
}

/// Transfer syntax UIDs of each codec family.
public enum Syntaxes {
    public static let jpeg = ["1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51", "1.2.840.10008.1.2.4.57",
                              "1.2.840.10008.1.2.4.70"]
    public static let jpegLS = ["1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.81"]
    public static let j2k = ["1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.91", "1.2.840.10008.1.2.4.201",
                             "1.2.840.10008.1.2.4.202", "1.2.840.10008.1.2.4.203"]
    public static let rle = ["1.2.840.10008.1.2.5"]
    public static let deflateFrames = [TransferSyntax.deflatedImageFrameCompression]
    public static let native = [TransferSyntax.explicitVRLittleEndian, TransferSyntax.explicitVRBigEndian,
                                TransferSyntax.implicitVRLittleEndian]

    /// The family of a transfer syntax (the name of its fuzz target), nil for unknown ones.
    public static func family(_ uid: String) -> String? {
        if jpeg.contains(uid) { return "FuzzJPEG" }
        if jpegLS.contains(uid) { return "FuzzJPEGLS" }
        if j2k.contains(uid) { return "FuzzJ2K" }
        if rle.contains(uid) { return "FuzzRLE" }
        if deflateFrames.contains(uid) || uid == TransferSyntax.deflatedExplicitVRLittleEndian { return "FuzzDeflate" }
        if native.contains(uid) { return "FuzzNative" }
        return nil
    }
}

/// Every file under `dir` (recursively), sorted. Used by the seed generator and the hostile suite.
public func listFiles(_ dir: String) -> [String] {
    guard let d = opendir(dir) else { return [] }
    defer { closedir(d) }
    var out: [String] = []
    while let e = readdir(d) {
        let name = withUnsafePointer(to: e.pointee.d_name) {
            $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
        }
        if name == "." || name == ".." { continue }
        let full = "\(dir)/\(name)"
        var st = stat()
        guard stat(full, &st) == 0 else { continue }
        if (st.st_mode & S_IFMT) == S_IFDIR { out += listFiles(full) } else { out.append(full) }
    }
    return out.sorted()
}

// MARK: - writer (FuzzWrite)

extension Harness {
    /// Parse -> save (no edits) -> parse must agree element for element (value bytes, VRs,
    /// items); then edit (a value, a nested path, a delete) -> save -> parse must show exactly
    /// the edits. A disagreement traps (libFuzzer reports it as a crash); errors are outcomes.
    public static func write(_ data: UnsafeRawBufferPointer, options: FileOptions = fuzzOptions()) -> Outcome {
        let (outcome, problem) = writeCheck(data, options: options)
        if let problem { fatalError("FuzzWrite: \(problem)") }
        return outcome
    }

    /// `write` without the trap: the outcome, and what disagreed (nil when the oracle holds).
    public static func writeCheck(_ data: UnsafeRawBufferPointer, options: FileOptions = fuzzOptions()) -> (Outcome, String?) {
        do {
            let f = try DICOMFile(bytes: data, options: options)
            let target = f.transferSyntax.holdsEncapsulatedPixels ? f.transferSyntax.uid : TransferSyntax.explicitVRLittleEndian
            // A file the reader salvaged (values cut short) is refused by default, with
            // TRUNCATED, and written as read with save_salvaged.
            let damaged = Serializer.firstDamage(f.dataSet) != nil
            if damaged {
                // (Another refusal, e.g. an unknown syntax, may come first: only a save is wrong.)
                if (try? f.saveToMemory(transferSyntaxUID: target)) != nil {
                    return (.ok, "a damaged file was saved without save_salvaged")
                }
            }
            let saved: [UInt8]
            do { saved = try f.saveToMemory(transferSyntaxUID: target, salvage: damaged) } catch let e as DICOMError { return (.failed(e.status), nil) }
            let g: DICOMFile
            // The saved file is read as the input was (same limits), into its own memory.
            var reopen = options
            reopen.borrowMemory = false
            do { g = try saved.withUnsafeBytes({ try DICOMFile(bytes: $0, options: reopen) }) } catch {
                return (.ok, "the saved file does not parse: \(error)")
            }
            if let why = disagreement(f.dataSet, g.dataSet) { return (.ok, "the saved file reads differently: \(why)") }
            let named = (try? f.set("PatientName", string: "Fuzz^Rex")) != nil
            try? f.set("PatientSpeciesCodeSequence[0].CodeMeaning", string: "Canis lupus familiaris")
            let removed = (try? f.remove("StudyDescription")) != nil
            let edited: [UInt8]
            do { edited = try f.saveToMemory(transferSyntaxUID: target, salvage: damaged) } catch let e as DICOMError { return (.failed(e.status), nil) }
            guard let h = try? edited.withUnsafeBytes({ try DICOMFile(bytes: $0, options: reopen) }) else {
                return (.ok, "the edited file does not parse")
            }
            if named && h.dataSet.string(Tag(0x0010, 0x0010)) != "Fuzz^Rex" { return (.ok, "an edit was lost") }
            if removed && h.dataSet.element(Tag(0x0008, 0x1030)) != nil { return (.ok, "a delete was lost") }
            return (.ok, nil)
        } catch let e as DICOMError {
            return (.failed(e.status), nil)
        } catch {
            return (.failed(.invalidData), nil)
        }
    }

    /// Transcode oracle (hostile suite): a file whose frame 0 decodes is transcoded to one
    /// lossless syntax (explicit VR little endian when its pixel data is encapsulated, RLE
    /// otherwise), reopened, and its frame 0 must decode to the same bytes and layout. Only
    /// for images of at most `maxBytes` of decoded pixels (all frames), to keep the suite cheap.
    /// Errors (an unsupported combination, a frame that does not decode) are outcomes; a
    /// difference traps.
    public static func transcode(_ data: UnsafeRawBufferPointer, options: FileOptions = fuzzOptions(),
                                 maxBytes: Int = 1 << 20) -> Outcome {
        let (outcome, problem) = transcodeCheck(data, options: options, maxBytes: maxBytes)
        if let problem { fatalError("transcode: \(problem)") }
        return outcome
    }

    /// `transcode` without the trap: the outcome, and what differed.
    public static func transcodeCheck(_ data: UnsafeRawBufferPointer, options: FileOptions = fuzzOptions(),
                                      maxBytes: Int = 1 << 20) -> (Outcome, String?) {
        do {
            let f = try DICOMFile(bytes: data, options: options)
            let p = try f.pixels()
            let n = p.frameCount
            // The size bound first (from the description): no decoding for larger images.
            let (total, o) = try p.layout(DecodeSettings()).frameBytes.multipliedReportingOverflow(by: n)
            guard n >= 1, !o, total <= maxBytes else { return (.ok, nil) }
            let (want, layout) = try f.decodeFrame(0)
            let target = f.transferSyntax.holdsEncapsulatedPixels ? TransferSyntax.explicitVRLittleEndian : "1.2.840.10008.1.2.5"
            let saved = try f.saveToMemory(transferSyntaxUID: target)
            var reopen = options
            reopen.borrowMemory = false
            let g: DICOMFile
            do { g = try saved.withUnsafeBytes { try DICOMFile(bytes: $0, options: reopen) } } catch {
                return (.ok, "the file transcoded to \(target) does not open: \(error)")
            }
            let (got, gl): ([UInt8], DecodedLayout)
            do { (got, gl) = try g.decodeFrame(0) } catch {
                return (.ok, "frame 0 transcoded to \(target) does not decode: \(error)")
            }
            let m = (try? g.pixels().frameCount) ?? -1
            if m != n { return (.ok, "\(n) frames became \(m) in \(target)") }
            if gl != layout { return (.ok, "frame 0 layout \(layout) became \(gl) in \(target)") }
            if got != want { return (.ok, "frame 0 pixels differ after transcoding to \(target)") }
            return (.ok, nil)
        } catch let e as DICOMError {
            return (.failed(e.status), nil)
        } catch {
            return (.failed(.invalidData), nil)
        }
    }

    static func agree(_ a: DataSet, _ b: DataSet) -> Bool { disagreement(a, b) == nil }

    /// The same elements (group lengths, group 0002 and FFFE elements aside) with the same
    /// value bytes (odd ones padded), VRs and items, when both are little endian.
    static func disagreement(_ a: DataSet, _ b: DataSet) -> String? {
        func kept(_ ds: DataSet) -> [Element] {
            var seen = Set<UInt32>()
            let stable = ds.elements.enumerated().sorted {
                $0.element.tag != $1.element.tag ? $0.element.tag < $1.element.tag : $0.offset < $1.offset
            }.map { $0.element }
            return stable.filter {
                $0.tag.element != 0 && $0.tag.group != 2 && $0.tag.group != 0xFFFE && seen.insert($0.tag.value).inserted
            }
        }
        let x = kept(a), y = kept(b)
        for (e, d) in zip(x, y) {
            guard e.tag == d.tag else { return "\(e.tag) became \(d.tag)" }
            var ev = [UInt8](a.rawValue(e))
            if let damage = e.damage, damage.status == .truncated, e.items == nil, e.fragments == nil {
                // Salvaged: a cut sequence is written empty; a cut value as its whole units.
                if e.vr == .SQ {
                    guard let other = d.items, other.isEmpty else { return "\(e.tag): a cut sequence was not saved empty" }
                    continue
                }
                let unit = e.vr == .AT ? 4 : max(1, e.vr.byteSwapSize)
                ev.removeLast(ev.count % unit)
            }
            if let items = e.items {
                guard let other = d.items else { return "\(e.tag): a sequence of \(items.count) items became a value" }
                guard other.count == items.count else { return "\(e.tag): \(items.count) items became \(other.count)" }
                for (k, (i, j)) in zip(items, other).enumerated() {
                    if let why = disagreement(i, j) { return "\(e.tag)[\(k)].\(why)" }
                }
                continue
            }
            if let fr = e.fragments {
                guard let fd = d.fragments else { return "\(e.tag): encapsulated pixel data became a value" }
                guard fd.count == fr.count else { return "\(e.tag): \(fr.count) fragments became \(fd.count)" }
                continue
            }
            if d.items != nil || d.fragments != nil { return "\(e.tag): a value became a sequence or fragments" }
            if a.bigEndian || b.bigEndian { continue }
            var va = ev
            if va.count & 1 == 1 { va.append(e.vr.isString && e.vr != .UI ? 0x20 : 0) }
            let vb = [UInt8](b.rawValue(d))
            if va != vb && e.vr != .UN && d.vr != .UN {
                return "\(e.tag) \(e.vr.name): \(va.count) value bytes became \(vb.count) (\(d.vr.name)) or differ"
            }
        }
        if x.count != y.count {
            let extra = x.count > y.count ? x[y.count].tag : y[x.count].tag
            return "\(x.count) elements became \(y.count) (first unmatched \(extra))"
        }
        return nil
    }
}

