import DICOMCore
import DICOMRendering
import VetDICOM
#if canImport(Glibc)
import Glibc
#endif

let createUsage = """
usage: vetdicom create OUT.dcm --modality DX|CR|CT|MR|US|OT --input raw|pgm|png|jpeg FILE [FILE...]
         [--rows R --columns C --frames N --samples 1|3 --bits-allocated 8|16 --signed]   (raw input)
         [--bits-stored B] [--photometric PI] [--planar 0|1]
         [--animal-name NAME] [--owner FAMILY] [--patient-name PN] [--patient-id ID]
         [--species TEXT] [--species-code VALUE[,SCHEME[,MEANING]]] [--breed TEXT]
         [--breed-code VALUE[,SCHEME[,MEANING]]] [--sex M|F|O] [--neutered ALTERED|UNALTERED]
         [--birth-date YYYYMMDD] [--responsible-person PN] [--role OWNER|...] [--organization TEXT]
         [--breed-registration NUMBER,REGISTRY-CODE[,SCHEME[,MEANING]]]
         [--set KEYWORD=VALUE]... [--uid-root ROOT] [--ts UID|explicit|implicit|big|deflated]
         [--max-frame-bytes N]   (largest decoded PNG/JPEG input image; default 4 GiB)
  several FILEs are frames (US cine); raw input is little endian, samples interleaved.
  JPEG input: baseline/extended 8-bit JPEGs go in unchanged (JPEG Baseline/Extended transfer
  syntax, no re-encoding) unless --ts names another syntax; progressive JPEGs, or another --ts,
  are decoded (libturbojpeg) and stored as pixels of that syntax.
"""

func takeValues(_ name: String) -> [String] {
    var out: [String] = []
    while let v = takeValue(name) { out.append(v) }
    return out
}

func readWholeFile(_ path: String) -> [UInt8] {
    guard let fp = fopen(path, "rb") else { die("cannot read \(path): \(String(cString: strerror(errno)))") }
    defer { fclose(fp) }
    var out: [UInt8] = []
    var buf = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = fread(&buf, 1, buf.count, fp)
        if n > 0 { out += buf[0..<n] }
        if n < buf.count { break }
    }
    return out
}

func createCommand() {
    func intArg(_ name: String) -> Int? {
        guard let v = takeValue(name) else { return nil }
        guard let n = Int(v) else { die("\(name) needs a number") }
        return n
    }
    func codeArg(_ name: String) -> (String, String, String)? {
        guard let v = takeValue(name) else { return nil }
        let p = v.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return (p[0], p.count > 1 ? p[1] : "", p.count > 2 ? p[2] : "")
    }
    var request = NewImage()
    guard let modality = takeValue("--modality") else { die("--modality is required\n" + createUsage) }
    request.modality = modality
    let kind = takeValue("--input") ?? "raw"
    var px = NewPixels()
    let rows = intArg("--rows"), columns = intArg("--columns"), frames = intArg("--frames")
    let samples = intArg("--samples"), bitsAllocated = intArg("--bits-allocated")
    let bitsStored = intArg("--bits-stored"), planar = intArg("--planar")
    let signed = takeFlag("--signed")
    let photometric = takeValue("--photometric")
    var pt = NewPatient()
    pt.animalName = takeValue("--animal-name") ?? ""
    pt.ownerFamilyName = takeValue("--owner") ?? ""
    pt.patientName = takeValue("--patient-name") ?? ""
    pt.patientID = takeValue("--patient-id") ?? ""
    pt.speciesDescription = takeValue("--species") ?? ""
    if let c = codeArg("--species-code") { (pt.speciesCodeValue, pt.speciesCodeScheme, pt.speciesCodeMeaning) = c }
    pt.breedDescription = takeValue("--breed") ?? ""
    if let c = codeArg("--breed-code") { (pt.breedCodeValue, pt.breedCodeScheme, pt.breedCodeMeaning) = c }
    if let v = takeValue("--breed-registration") {
        let p = v.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard p.count >= 2 else { die("--breed-registration needs NUMBER,REGISTRY-CODE[,SCHEME[,MEANING]]") }
        pt.breedRegistrationNumber = p[0]
        pt.breedRegistryCodeValue = p[1]
        pt.breedRegistryCodeScheme = p.count > 2 ? p[2] : ""
        pt.breedRegistryCodeMeaning = p.count > 3 ? p[3] : ""
    }
    pt.sex = takeValue("--sex") ?? ""
    pt.neutered = takeValue("--neutered") ?? ""
    pt.birthDate = takeValue("--birth-date") ?? ""
    pt.responsiblePerson = takeValue("--responsible-person") ?? ""
    pt.responsiblePersonRole = takeValue("--role") ?? ""
    pt.responsibleOrganization = takeValue("--organization") ?? ""
    request.patient = pt
    request.uidRoot = takeValue("--uid-root") ?? ""
    for s in takeValues("--set") {
        guard let eq = s.firstIndex(of: "=") else { die("--set needs KEYWORD=VALUE (got '\(s)')") }
        request.attributes.append((String(s[..<eq]), String(s[s.index(after: eq)...])))
    }
    let tsArg = takeValue("--ts")
    var inputLimits = Limits()
    if let m = intArg("--max-frame-bytes") {
        guard m >= 1 else { die("--max-frame-bytes must be at least 1") }
        inputLimits.maxFrameBytes = m
    }
    guard args.count >= 2 else { die(createUsage) }
    let out = args[0]
    let inputs = Array(args.dropFirst())

    var jpegStreams: [[UInt8]] = []
    var jpegInput: InputImage? = nil
    do {
        switch kind {
        case "raw":
            guard let r = rows, let c = columns else { die("raw input needs --rows and --columns") }
            px.rows = r
            px.columns = c
            px.samplesPerPixel = samples ?? 1
            px.bitsAllocated = bitsAllocated ?? 16
            px.pixelRepresentation = signed ? 1 : 0
            for path in inputs { px.data += readWholeFile(path) }
            let frameBytes = r * c * px.samplesPerPixel * max(1, px.bitsAllocated / 8)
            px.frames = frames ?? max(1, frameBytes > 0 ? px.data.count / frameBytes : 1)
        case "pgm", "ppm", "pnm", "png", "jpeg", "jpg":
            var first: InputImage? = nil
            for path in inputs {
                let bytes = readWholeFile(path)
                jpegStreams.append(bytes)
                let img: InputImage
                switch kind {
                case "png": img = try ImageInput.png(bytes, limits: inputLimits)
                case "jpeg", "jpg": img = try ImageInput.jpeg(bytes, limits: inputLimits)
                default: img = try ImageInput.pnm(bytes)
                }
                if let f = first, f.rows != img.rows || f.columns != img.columns || f.samplesPerPixel != img.samplesPerPixel
                    || f.bitsAllocated != img.bitsAllocated {
                    die("\(path): \(img.columns)x\(img.rows)x\(img.samplesPerPixel) differs from the first frame")
                }
                if first == nil { first = img }
                px.data += img.data
            }
            guard let f = first else { die("no input file") }
            if kind == "jpeg" || kind == "jpg" { jpegInput = f } else { jpegStreams = [] }
            px.rows = f.rows
            px.columns = f.columns
            px.samplesPerPixel = f.samplesPerPixel
            px.bitsAllocated = f.bitsAllocated
            px.bitsStored = f.bitsStored
            px.frames = inputs.count
        default:
            die("--input must be raw, pgm, png or jpeg")
        }
        if let b = bitsStored { px.bitsStored = b }
        if let p = photometric { px.photometric = p }
        if let p = planar { px.planarConfiguration = p }
        request.pixels = px
        var ts = transferSyntaxArgument(tsArg ?? TransferSyntax.explicitVRLittleEndian)
        let file = try createImageFile(request)
        var note = ""
        if let j = jpegInput, let uid = try passThroughSyntax(jpegStreams, requested: tsArg.map(transferSyntaxArgument)) {
            try keepJPEG(file, jpegStreams, j, uid: uid, decodedBytes: px.data.count)
            ts = uid
            note = " (the JPEG data kept as it was, not re-encoded)"
        } else if jpegInput != nil {
            note = " (the JPEG was decoded and stored as pixels of this syntax)"
        }
        try file.save(toPath: out, transferSyntaxUID: ts)
        let iod = try ImageIOD.select(modality: modality, frames: px.frames)
        print("wrote \(out): \(iod.sopClassName), \(px.columns)x\(px.rows), \(px.frames) frame(s), \(TransferSyntax(uid: ts).name)\(note)")
    } catch let e as DICOMError {
        die("\(e.status.text): \(e.message)", code: 3)
    } catch {
        die("\(error)", code: 3)
    }
}

/// The JPEG transfer syntax the input streams can be kept in unchanged, or nil: every stream a
/// baseline (SOF0) or extended (SOF1) 8-bit JPEG, and no other syntax requested.
func passThroughSyntax(_ streams: [[UInt8]], requested: String?) throws -> String? {
    var extended = false
    for s in streams {
        guard let h = ImageInput.jpegFrameHeader(s), h.precision == 8, h.marker == 0xC0 || h.marker == 0xC1 else {
            return nil
        }
        if h.marker == 0xC1 { extended = true }
    }
    let uid = extended ? "1.2.840.10008.1.2.4.51" : "1.2.840.10008.1.2.4.50"
    guard let requested else { return uid }
    if requested == uid || (requested == "1.2.840.10008.1.2.4.51" && !extended) { return requested }
    return nil
}

/// Replaces the created file's pixels by the JPEG streams as they are (one frame each) and
/// describes them: photometric from the JPEG colour space (PS3.5 8.2.1), lossy compression.
func keepJPEG(_ file: DICOMFile, _ streams: [[UInt8]], _ j: InputImage, uid: String, decodedBytes: Int) throws {
    let frames = try ImageIOD.select(modality: file.dataSet.string(Tag(0x0008, 0x0060)) ?? "OT", frames: streams.count)
    try file.setEncodedFrames(streams, transferSyntax: uid)
    if frames != .usMultiFrame { try? file.remove("NumberOfFrames") }
    if j.samplesPerPixel == 3 {
        // TJCS_RGB (an Adobe RGB stream): RGB; YCbCr: YBR_FULL_422, what the IODs list for lossy
        // JPEG (dciodvfy refuses YBR_FULL there), also for an unsubsampled 4:4:4 stream (decoders
        // take the sampling from the JPEG header).
        let pi = j.jpegColorspace == 0 ? "RGB" : "YBR_FULL_422"
        try file.set("PhotometricInterpretation", string: pi)
        try file.set("PlanarConfiguration", .ints([0]))
    }
    let encoded = streams.reduce(0) { $0 + $1.count }
    try file.set("LossyImageCompression", string: "01")
    try file.set("LossyImageCompressionRatio", .doubles([Double(decodedBytes) / Double(max(1, encoded))]))
    try file.set("LossyImageCompressionMethod", string: "ISO_10918_1")
}
