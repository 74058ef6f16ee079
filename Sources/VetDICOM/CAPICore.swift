import CVetSupport
import DICOMCore
import DICOMCodecs
#if canImport(Glibc)
import Glibc
#endif

// The exported C functions: thin wrappers that check arguments, call the Swift facade and
// turn errors into status codes plus a per-thread message. No logic lives here.

// MARK: - handles

/// The object behind `vetdicom_options *`.
final class OptionsBox {
    var options = FileOptions()
}

/// The object behind `vetdicom_file *`: the file plus C strings that live as long as it.
final class FileBox: @unchecked Sendable {
    let file: DICOMFile
    let strings = CStringPool()
    private(set) var transferSyntaxUID: UnsafeMutablePointer<CChar>
    private(set) var patientStrings: [UnsafeMutablePointer<CChar>] = []
    private(set) var photometric: UnsafeMutablePointer<CChar>
    private(set) var decoderName: UnsafeMutablePointer<CChar>

    init(_ file: DICOMFile) {
        self.file = file
        transferSyntaxUID = strings.add(file.transferSyntax.uid)
        photometric = strings.add("")
        decoderName = strings.add("")
        refresh()
    }

    /// Rebuilds the cached C strings after an edit (the old ones stay valid until close).
    func refresh() {
        let p = file.patient
        let pool = strings
        patientStrings = [p.patientName, p.ownerFamilyName, p.animalName, p.patientID, p.speciesDescription,
                          p.speciesCodeValue, p.speciesCodeScheme, p.speciesCodeMeaning, p.breedDescription,
                          p.breedCodeValue, p.breedCodeScheme, p.breedCodeMeaning, p.sex, p.neutered,
                          p.responsiblePerson, p.responsiblePersonRole, p.responsibleOrganization,
                          p.birthDate].map { pool.add($0) }
        photometric = strings.add((try? file.imageDescription().photometricInterpretation) ?? "")
        decoderName = strings.add(FrameDecoder.decoderName(transferSyntax: file.transferSyntax.uid))
    }
}

/// C strings owned by a handle, freed with it.
final class CStringPool: @unchecked Sendable {
    private var pointers: [UnsafeMutablePointer<CChar>] = []
    func add(_ s: String) -> UnsafeMutablePointer<CChar> {
        let p = s.withCString { strdup($0) } ?? UnsafeMutablePointer<CChar>.allocate(capacity: 1)
        pointers.append(p)
        return p
    }
    deinit { for p in pointers { free(p) } }
}

@inline(__always) func fileBox(_ p: OpaquePointer?) -> FileBox? {
    guard let p else { return nil }
    return Unmanaged<FileBox>.fromOpaque(UnsafeRawPointer(p)).takeUnretainedValue()
}

@inline(__always) func optionsBox(_ p: OpaquePointer?) -> OptionsBox? {
    guard let p else { return nil }
    return Unmanaged<OptionsBox>.fromOpaque(UnsafeRawPointer(p)).takeUnretainedValue()
}

@inline(__always) func dataSetRef(_ p: OpaquePointer?) -> DataSet? {
    guard let p else { return nil }
    return Unmanaged<DataSet>.fromOpaque(UnsafeRawPointer(p)).takeUnretainedValue()
}

@inline(__always) func dataSetPointer(_ ds: DataSet) -> OpaquePointer {
    OpaquePointer(Unmanaged.passUnretained(ds).toOpaque())
}

// MARK: - status plumbing

/// Records a failure for vetdicom_last_error_message and returns its status code.
@inline(never) func fail(_ status: Status, _ message: String) -> Int32 {
    message.withCString { vetsupport_set_error($0) }
    return status.rawValue
}

@inline(never) func fail(_ error: Error) -> Int32 {
    if let e = error as? DICOMError { return fail(e.status, e.message) }
    return fail(.invalidData, "\(error)")
}

@inline(__always) func nullArgument(_ name: String) -> Int32 {
    fail(.nullArgument, "argument '\(name)' is NULL")
}

/// Runs `body`, mapping thrown errors to status codes.
@inline(__always) func guarded(_ body: () throws -> Int32) -> Int32 {
    do { return try body() } catch { return fail(error) }
}

/// Copies `s` plus a NUL into (buffer, capacity) with the size-query protocol of the header.
func writeString(_ s: String, _ buffer: UnsafeMutablePointer<CChar>?, _ capacity: Int,
                 _ length: UnsafeMutablePointer<Int>) -> Int32 {
    var utf8 = s.utf8CString // NUL-terminated
    let needed = utf8.count - 1
    length.pointee = needed
    guard let buffer, capacity >= needed + 1 else {
        return fail(.bufferTooSmall, "the value needs \(needed + 1) bytes, capacity is \(capacity)")
    }
    utf8.withUnsafeMutableBufferPointer { src in
        if let base = src.baseAddress { buffer.update(from: base, count: needed + 1) }
    }
    return Status.ok.rawValue
}

func writeBytes(_ raw: UnsafeRawBufferPointer, _ buffer: UnsafeMutablePointer<UInt8>?, _ capacity: Int,
                _ length: UnsafeMutablePointer<Int>) -> Int32 {
    length.pointee = raw.count
    if raw.count == 0 { return Status.ok.rawValue }
    guard let buffer, capacity >= raw.count else {
        return fail(.bufferTooSmall, "the value needs \(raw.count) bytes, capacity is \(capacity)")
    }
    if let base = raw.baseAddress { memcpy(buffer, base, raw.count) }
    return Status.ok.rawValue
}

// MARK: - status, version

@_cdecl("vetdicom_status_string")
public func c_status_string(_ status: Int32) -> UnsafePointer<CChar> {
    let s: StaticString = Status(rawValue: status)?.staticText ?? "unknown status code"
    return UnsafeRawPointer(s.utf8Start).assumingMemoryBound(to: CChar.self)
}

@_cdecl("vetdicom_last_error_message")
public func c_last_error_message() -> UnsafePointer<CChar> {
    vetsupport_get_error()
}

@_cdecl("vetdicom_version_number")
public func c_version_number() -> UInt32 {
    UInt32(VETDICOM_VERSION_MAJOR * 10000 + VETDICOM_VERSION_MINOR * 100 + VETDICOM_VERSION_PATCH)
}

@_cdecl("vetdicom_version_string")
public func c_version_string() -> UnsafePointer<CChar> {
    let s: StaticString = "1.0.0"
    return UnsafeRawPointer(s.utf8Start).assumingMemoryBound(to: CChar.self)
}

// MARK: - options

@_cdecl("vetdicom_options_create")
public func c_options_create(_ out: UnsafeMutablePointer<OpaquePointer?>?) -> Int32 {
    guard let out else { return nullArgument("out") }
    out.pointee = OpaquePointer(Unmanaged.passRetained(OptionsBox()).toOpaque())
    return Status.ok.rawValue
}

@_cdecl("vetdicom_options_destroy")
public func c_options_destroy(_ options: OpaquePointer?) {
    guard let options else { return }
    Unmanaged<OptionsBox>.fromOpaque(UnsafeRawPointer(options)).release()
}

private func setOption(_ options: OpaquePointer?, _ key: UnsafePointer<CChar>?,
                       _ apply: (inout FileOptions, String) -> Status) -> Int32 {
    guard let box = optionsBox(options) else { return nullArgument("options") }
    guard let key else { return nullArgument("key") }
    let k = String(cString: key)
    let st = apply(&box.options, k)
    switch st {
    case .ok: return Status.ok.rawValue
    case .unknownOption: return fail(.unknownOption, "unknown option key '\(k)'")
    default: return fail(st, "invalid value for option '\(k)'")
    }
}

@_cdecl("vetdicom_options_set_int64")
public func c_options_set_int64(_ options: OpaquePointer?, _ key: UnsafePointer<CChar>?, _ value: Int64) -> Int32 {
    setOption(options, key) { $0.set($1, int: value) }
}

@_cdecl("vetdicom_options_set_double")
public func c_options_set_double(_ options: OpaquePointer?, _ key: UnsafePointer<CChar>?, _ value: Double) -> Int32 {
    setOption(options, key) { $0.set($1, double: value) }
}

@_cdecl("vetdicom_options_set_string")
public func c_options_set_string(_ options: OpaquePointer?, _ key: UnsafePointer<CChar>?,
                                 _ value: UnsafePointer<CChar>?) -> Int32 {
    guard let value else { return nullArgument("value") }
    let v = String(cString: value)
    return setOption(options, key) { $0.set($1, string: v) }
}

// MARK: - files

private func openWith(_ out: UnsafeMutablePointer<OpaquePointer?>, _ make: () throws -> DICOMFile) -> Int32 {
    out.pointee = nil
    return guarded {
        let box = FileBox(try make())
        out.pointee = OpaquePointer(Unmanaged.passRetained(box).toOpaque())
        return Status.ok.rawValue
    }
}

@_cdecl("vetdicom_file_open")
public func c_file_open(_ path: UnsafePointer<CChar>?, _ options: OpaquePointer?,
                        _ out: UnsafeMutablePointer<OpaquePointer?>?) -> Int32 {
    guard let out else { return nullArgument("out") }
    out.pointee = nil
    guard let path else { return nullArgument("path") }
    let opts = optionsBox(options)?.options ?? FileOptions()
    let p = String(cString: path)
    return openWith(out) { try DICOMFile(path: p, options: opts) }
}

@_cdecl("vetdicom_file_open_memory")
public func c_file_open_memory(_ data: UnsafePointer<UInt8>?, _ size: Int, _ options: OpaquePointer?,
                               _ out: UnsafeMutablePointer<OpaquePointer?>?) -> Int32 {
    guard let out else { return nullArgument("out") }
    out.pointee = nil
    if data == nil && size != 0 { return nullArgument("data") }
    let opts = optionsBox(options)?.options ?? FileOptions()
    let raw = UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : size)
    return openWith(out) { try DICOMFile(bytes: raw, options: opts) }
}

@_cdecl("vetdicom_file_close")
public func c_file_close(_ file: OpaquePointer?) {
    guard let file else { return }
    Unmanaged<FileBox>.fromOpaque(UnsafeRawPointer(file)).release()
}

@_cdecl("vetdicom_file_transfer_syntax")
public func c_file_transfer_syntax(_ file: OpaquePointer?, _ uid: UnsafeMutablePointer<UnsafePointer<CChar>?>?) -> Int32 {
    guard let box = fileBox(file) else { return nullArgument("file") }
    guard let uid else { return nullArgument("uid") }
    uid.pointee = UnsafePointer(box.transferSyntaxUID)
    return Status.ok.rawValue
}

@_cdecl("vetdicom_file_dataset")
public func c_file_dataset(_ file: OpaquePointer?, _ out: UnsafeMutablePointer<OpaquePointer?>?) -> Int32 {
    guard let box = fileBox(file) else { return nullArgument("file") }
    guard let out else { return nullArgument("out") }
    out.pointee = dataSetPointer(box.file.dataSet)
    return Status.ok.rawValue
}

@_cdecl("vetdicom_file_meta")
public func c_file_meta(_ file: OpaquePointer?, _ out: UnsafeMutablePointer<OpaquePointer?>?) -> Int32 {
    guard let box = fileBox(file) else { return nullArgument("file") }
    guard let out else { return nullArgument("out") }
    out.pointee = dataSetPointer(box.file.meta)
    return Status.ok.rawValue
}

// MARK: - patient and image description

@_cdecl("vetdicom_file_patient")
public func c_file_patient(_ file: OpaquePointer?, _ patient: UnsafeMutablePointer<vetdicom_patient>?) -> Int32 {
    guard let box = fileBox(file) else { return nullArgument("file") }
    guard let patient else { return nullArgument("patient") }
    guard patient.pointee.struct_size >= MemoryLayout<vetdicom_patient>.size else {
        return fail(.invalidArgument, "patient->struct_size is \(patient.pointee.struct_size), expected \(MemoryLayout<vetdicom_patient>.size)")
    }
    let s = box.patientStrings.map { UnsafePointer($0) }
    guard s.count == 18 else { return fail(.invalidData, "internal: patient strings") }
    var p = vetdicom_patient()
    p.struct_size = MemoryLayout<vetdicom_patient>.size
    p.patient_name = s[0]; p.owner_family_name = s[1]; p.animal_name = s[2]; p.patient_id = s[3]
    p.species_description = s[4]; p.species_code_value = s[5]; p.species_code_scheme = s[6]
    p.species_code_meaning = s[7]; p.breed_description = s[8]; p.breed_code_value = s[9]
    p.breed_code_scheme = s[10]; p.breed_code_meaning = s[11]; p.sex = s[12]; p.neutered = s[13]
    p.responsible_person = s[14]; p.responsible_person_role = s[15]; p.responsible_organization = s[16]
    p.birth_date = s[17]
    patient.pointee = p
    return Status.ok.rawValue
}

@_cdecl("vetdicom_file_image_info")
public func c_file_image_info(_ file: OpaquePointer?, _ info: UnsafeMutablePointer<vetdicom_image_info>?) -> Int32 {
    guard let box = fileBox(file) else { return nullArgument("file") }
    guard let info else { return nullArgument("info") }
    guard info.pointee.struct_size >= MemoryLayout<vetdicom_image_info>.size else {
        return fail(.invalidArgument, "info->struct_size is \(info.pointee.struct_size), expected \(MemoryLayout<vetdicom_image_info>.size)")
    }
    return guarded {
        let d = try box.file.imageDescription()
        var i = vetdicom_image_info()
        i.struct_size = MemoryLayout<vetdicom_image_info>.size
        i.rows = UInt32(truncatingIfNeeded: d.rows)
        i.columns = UInt32(truncatingIfNeeded: d.columns)
        i.number_of_frames = UInt32(truncatingIfNeeded: d.numberOfFrames)
        i.samples_per_pixel = UInt32(truncatingIfNeeded: d.samplesPerPixel)
        i.bits_allocated = UInt32(truncatingIfNeeded: d.bitsAllocated)
        i.bits_stored = UInt32(truncatingIfNeeded: d.bitsStored)
        i.high_bit = UInt32(truncatingIfNeeded: d.highBit)
        i.pixel_representation = UInt32(truncatingIfNeeded: d.pixelRepresentation)
        i.planar_configuration = UInt32(truncatingIfNeeded: d.planarConfiguration)
        i.encapsulated = d.encapsulated ? 1 : 0
        i.float_pixels = Int32(d.floatBits)
        i.photometric_interpretation = UnsafePointer(box.photometric)
        i.transfer_syntax_uid = UnsafePointer(box.transferSyntaxUID)
        info.pointee = i
        return Status.ok.rawValue
    }
}
