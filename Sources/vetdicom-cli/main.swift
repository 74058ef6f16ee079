// The `vetdicom` command: dump, info, decode, render, thumbnails, sample.
import DICOMCore
import DICOMCodecs
import VetDICOM
#if canImport(Glibc)
import Glibc
#endif

func printErr(_ s: String) {
    fputs(s + "\n", stderr)
}

func die(_ s: String, code: Int32 = 1) -> Never {
    printErr("vetdicom: " + s)
    exit(code)
}

let usage = """
usage: vetdicom COMMAND [ARGS]

commands:
  dump [--json] [--bulk] FILE     print every element (one per line, sequences indented),
                                  or the data set as DICOM JSON (PS3.18 F.2)
  info FILE                       animal and owner, study, series, image, transfer syntax, decoder
  decode FILE [--frame N] [--keep-ybr] -o OUT.raw
                                  write decoded frame N (all frames without --frame) in the
                                  documented layout (little endian, interleaved samples)
  render FILE -o OUT.png|OUT.jpg [--frame N] [--window C,W] [--voi-function F] [--voi-index I]
                                  [--size WxH] [--format gray8|rgb8|rgba8] [--invert|--no-invert]
                                  [--overlays] [--overlay-color RRGGBB] [--quality Q] [--percentile LO,HI]
                                  render a frame for display (modality LUT, VOI, presentation)
  check FILE...                   list what is wrong with each file (truncation, bad lengths,
                                  odd VRs, offset tables, missing pixel attributes, frames)
  thumbnails DIR OUTDIR [--size N] [--jpeg]
                                  render the first frame of every DICOM file under DIR
  render-bench FILE [--frame N] [--iterations N]
                                  time decode + render of one frame (used by bench/)
  sample OUT.dcm [--cine]         write a synthetic veterinary DICOM file (a dog radiograph,
                                  or an ultrasound cine loop with --cine)
  create OUT.dcm --modality M --input raw|pgm|png|jpeg FILE... [options]
                                  create a DX, CR, CT, MR, US or OT (Secondary Capture) image from
                                  pixels plus the veterinary patient (`vetdicom create` for options)
  edit IN OUT [--set KEY=VALUE]... [--delete KEY]... [--ts UID|NAME] [--bare]
                                  change elements and save (atomically) as OUT
  transcode IN OUT --ts UID|NAME [--option KEY=VALUE]...
                                  re-encode the pixel data in another transfer syntax, by UID or
                                  name: rle, jpeg-lossless, jpeg-baseline, jpeg-ls, jpeg-ls-near,
                                  j2k, j2k-lossy, htj2k, htj2k-rpcl, htj2k-lossy, ...
  version                         print the library version
""" + "\n" + archiveUsage

func openFile(_ path: String, options: FileOptions = FileOptions()) -> DICOMFile {
    do { return try DICOMFile(path: path, options: options) } catch let e as DICOMError {
        die("\(path): \(e.status.text): \(e.message)", code: 2)
    } catch { die("\(path): \(error)", code: 2) }
}

// MARK: dump

func vrText(_ ds: DataSet, _ e: Element) -> String {
    if e.items != nil { return "(Sequence with \(e.items?.count ?? 0) item(s))" }
    if e.fragments != nil {
        return "(Encapsulated pixel data: \(e.fragments?.count ?? 0) fragment(s), offset table \(e.basicOffsetTable?.count ?? 0) bytes)"
    }
    // The first 16 bytes of a binary value, or the whole text value, must still be in the file
    // (a file changed while open reads as an error, never as zeros).
    let binary: Bool
    switch e.vr {
    case .OB, .OW, .UN, .OD, .OF, .OL, .OV: binary = true
    default: binary = false
    }
    var probe = e
    if binary { probe.length = min(e.length, 16) }
    do { try ds.checkValue(probe) } catch let err as DICOMError {
        dumpErrors += 1
        return "(error: \(err.status.text): \(err.message))"
    } catch { dumpErrors += 1; return "(error: \(error))" }
    switch e.vr {
    case .OB, .OW, .UN, .OD, .OF, .OL, .OV:
        let raw = ds.rawValue(probe)
        let n = min(raw.count, 16)
        var s = ""
        for i in 0..<n {
            if i > 0 { s += "\\" }
            let b = raw[i]
            s += String(b, radix: 16).count == 1 ? "0" + String(b, radix: 16) : String(b, radix: 16)
        }
        if e.length > n { s += "..." }
        return s
    default:
        let t = (try? ds.text(e, index: -1)) ?? "(unreadable)"
        let clipped = t.count > 120 ? String(t.prefix(117)) + "..." : t
        return "[" + clipped + "]"
    }
}

/// Values `dump` could not read (a file changed while open): the command then exits with 3.
nonisolated(unsafe) var dumpErrors = 0

func dump(_ ds: DataSet, indent: Int) {
    let pad = String(repeating: "  ", count: indent)
    for e in ds.elements {
        let keyword = DataDictionary.entry(for: e.tag.value)?.keyword ?? ""
        let len = e.undefinedLength ? "u/l" : String(e.length)
        print("\(pad)\(e.tag) \(e.vr.name) \(vrText(ds, e)) #\(len) \(keyword)")
        if let items = e.items {
            for (i, item) in items.enumerated() {
                print("\(pad)  (FFFE,E000) item \(i + 1)")
                dump(item, indent: indent + 2)
            }
        }
    }
}

// MARK: info

func info(_ f: DICOMFile) {
    let ds = f.dataSet
    let p = f.patient
    func v(_ g: UInt16, _ e: UInt16) -> String { ds.string(Tag(g, e)) ?? "" }
    print("Animal:        \(p.animalName.isEmpty ? p.patientName : p.animalName)")
    print("Owner:         \(p.ownerFamilyName)\(p.responsiblePerson.isEmpty ? "" : " (responsible person: \(p.responsiblePerson)\(p.responsiblePersonRole.isEmpty ? "" : ", \(p.responsiblePersonRole)"))")")
    if !p.responsibleOrganization.isEmpty { print("Organization:  \(p.responsibleOrganization)") }
    print("Patient ID:    \(p.patientID)")
    let speciesCode = p.speciesCodeValue.isEmpty ? "" : " [\(p.speciesCodeScheme) \(p.speciesCodeValue) \"\(p.speciesCodeMeaning)\"]"
    print("Species:       \(p.speciesDescription)\(speciesCode)")
    let breedCode = p.breedCodeValue.isEmpty ? "" : " [\(p.breedCodeScheme) \(p.breedCodeValue) \"\(p.breedCodeMeaning)\"]"
    print("Breed:         \(p.breedDescription)\(breedCode)")
    print("Sex:           \(p.sex)\(p.neutered.isEmpty ? "" : " (\(p.neutered))")")
    print("Birth date:    \(p.birthDate)")
    print("Study:         \(v(0x0008, 0x0020)) \(v(0x0008, 0x1030)) [\(v(0x0020, 0x000D))]")
    print("Series:        \(v(0x0008, 0x0060)) #\(v(0x0020, 0x0011)) \(v(0x0008, 0x103E))")
    print("SOP class:     \(v(0x0008, 0x0016))")
    print("Transfer syntax: \(f.transferSyntax.uid) (\(f.transferSyntax.name))")
    if let d = try? f.imageDescription() {
        print("Image:         \(d.columns)x\(d.rows), \(d.numberOfFrames) frame(s), \(d.samplesPerPixel) sample(s)/pixel, \(d.photometricInterpretation)")
        print("Bits:          allocated \(d.bitsAllocated), stored \(d.bitsStored), high bit \(d.highBit), \(d.pixelRepresentation == 1 ? "signed" : "unsigned")\(d.floatBits > 0 ? ", float\(d.floatBits)" : "")")
        print("Pixel data:    \(d.encapsulated ? "encapsulated, \(d.pixelElement.fragments?.count ?? 0) fragment(s)" : "native, \(d.pixelElement.length) bytes")")
        print("Decoder:       \(FrameDecoder.decoderName(transferSyntax: f.transferSyntax.uid))")
    } else {
        print("Image:         none (no pixel data)")
    }
}

// MARK: main

func writeAll(_ path: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
    guard let fp = fopen(path, "wb") else { return false }
    defer { fclose(fp) }
    guard let base = bytes.baseAddress else { return true }
    return fwrite(base, 1, bytes.count, fp) == bytes.count
}

var args = Array(CommandLine.arguments.dropFirst())
guard let command = args.first else { print(usage); exit(2) }
args.removeFirst()

func takeFlag(_ name: String) -> Bool {
    if let i = args.firstIndex(of: name) { args.remove(at: i); return true }
    return false
}

func takeValue(_ name: String) -> String? {
    guard let i = args.firstIndex(of: name) else { return nil }
    guard i + 1 < args.count else { die("\(name) needs a value") }
    let v = args[i + 1]
    args.removeSubrange(i...(i + 1))
    return v
}

switch command {
case "dump":
    let asJSON = takeFlag("--json")
    let bulk = takeFlag("--bulk")
    guard args.count == 1 else { die("usage: vetdicom dump [--json] [--bulk] FILE") }
    let f = openFile(args[0])
    if asJSON {
        var o = JSONOptions()
        o.bulkAsBase64 = bulk
        // Checked: the 256 MiB JSON limit, and a file changed while open is an error, not zeros.
        do { print(try f.dataSet.jsonChecked(o)) } catch let e as DICOMError {
            die("\(args[0]): \(e.status.text): \(e.message)", code: 3)
        } catch { die("\(args[0]): \(error)", code: 3) }
    } else {
        if !f.meta.elements.isEmpty {
            print("# File meta information")
            dump(f.meta, indent: 0)
            print("# Data set (\(f.transferSyntax.name))")
        }
        dump(f.dataSet, indent: 0)
        if dumpErrors > 0 { die("\(args[0]): \(dumpErrors) value(s) could not be read", code: 3) }
    }
case "info":
    guard args.count == 1 else { die("usage: vetdicom info FILE") }
    info(openFile(args[0]))
case "sample":
    let cine = takeFlag("--cine")
    guard args.count == 1 else { die("usage: vetdicom sample OUT.dcm [--cine]") }
    let bytes = cine ? SampleFactory.multiFrameCine(frames: 24) : SampleFactory.veterinaryRadiograph()
    let ok = bytes.withUnsafeBytes { writeAll(args[0], $0) }
    if !ok { die("cannot write \(args[0])") }
    print("wrote \(args[0]) (\(bytes.count) bytes)")
case "create": createCommand()
case "patients", "storage", "deidentify", "share":
    _ = runArchiveCommand(command)
case "edit": editCommand()
case "transcode": transcodeCommand()
case "check": checkCommand(args)
case "version":
    print("vetdicom 1.0.0")
case "-h", "--help", "help":
    print(usage)
default:
    if !runPixelCommand(command) {
        printErr(usage)
        exit(2)
    }
}
