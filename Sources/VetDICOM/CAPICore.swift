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
/// The strings are made on first use (an open that only walks elements pays nothing for the
/// patient fields, the photometric text or the decoder name) and again after a change.
final class FileBox: @unchecked Sendable {
    let file: DICOMFile
    let strings = CStringPool()
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var freshPatient = false, freshImage = false, freshDecoder = false
    private var _transferSyntaxUID: UnsafeMutablePointer<CChar>
    private var _patientStrings: [UnsafeMutablePointer<CChar>] = []
    private var _photometric: UnsafeMutablePointer<CChar>
    private var _decoderName: UnsafeMutablePointer<CChar>

    init(_ file: DICOMFile) {
        self.file = file
        let empty = strings.add("")
        _transferSyntaxUID = empty
        _photometric = empty
        _decoderName = empty
        mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }
    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    var transferSyntaxUID: UnsafeMutablePointer<CChar> { current(.image) { $0._transferSyntaxUID } }
    var patientStrings: [UnsafeMutablePointer<CChar>] { current(.patient) { $0._patientStrings } }
    var photometric: UnsafeMutablePointer<CChar> { current(.image) { $0._photometric } }
    var decoderName: UnsafeMutablePointer<CChar> { current(.decoder) { $0._decoderName } }

    /// Marks the cached C strings stale after an edit, a transcode or new encoded frames; the
    /// next use rebuilds them. A string that changed gets a new pointer; the old ones stay valid
    /// (in the pool) until close, so a pointer handed out before an edit is never freed under
    /// the caller.
    func refresh() {
        pthread_mutex_lock(mutex)
        freshPatient = false
        freshImage = false
        freshDecoder = false
        pthread_mutex_unlock(mutex)
    }

    /// The cached strings, rebuilt by part when stale (the decoder name, which needs a codec
    /// table look-up, only when asked for: an open + image description does not build it).
    private enum Part { case patient, image, decoder }

    private func current<T>(_ part: Part, _ read: (FileBox) -> T) -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        switch part {
        case .patient: if !freshPatient { rebuildPatient() }
        case .image: if !freshImage { rebuildImage() }
        case .decoder:
            if !freshDecoder {
                _decoderName = update(_decoderName, FrameDecoder.decoderName(transferSyntax: file.transferSyntax.uid))
                freshDecoder = true
            }
        }
        return read(self)
    }

    private func rebuildPatient() {
        let p = file.patient
        let values = [p.patientName, p.ownerFamilyName, p.animalName, p.patientID, p.speciesDescription,
                      p.speciesCodeValue, p.speciesCodeScheme, p.speciesCodeMeaning, p.breedDescription,
                      p.breedCodeValue, p.breedCodeScheme, p.breedCodeMeaning, p.sex, p.neutered,
                      p.responsiblePerson, p.responsiblePersonRole, p.responsibleOrganization,
                      p.birthDate]
        if _patientStrings.count == values.count {
            for (i, v) in values.enumerated() { _patientStrings[i] = update(_patientStrings[i], v) }
        } else {
            _patientStrings = values.map { strings.add($0) }
        }
        freshPatient = true
    }

    private func rebuildImage() {
        _transferSyntaxUID = update(_transferSyntaxUID, file.transferSyntax.uid)
        _photometric = update(_photometric, (try? file.imageDescription().photometricInterpretation) ?? "")
        freshImage = true
    }

    /// `old` when it already holds `s`, else a new pooled copy of `s`.
    private func update(_ old: UnsafeMutablePointer<CChar>, _ s: String) -> UnsafeMutablePointer<CChar> {
        String(cString: old) == s ? old : strings.add(s)
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

// MARK: - checked handles
//
// A handle given to C is not the address of a Swift object: it is a token (a unique number
// that is never reused, shaped like a pointer C code must not dereference) registered here
// with its kind and its object. Every function looks the token up before use, so a closed
// handle, a double close, a stale data set of a closed file or a handle of another kind is a
// status (VETDICOM_ERR_CLOSED / VETDICOM_ERR_WRONG_HANDLE), never a use of freed memory. The
// lookup returns a strong reference: a close racing a call cannot free the object under it.

enum HandleKind: UInt8, CustomStringConvertible {
    case file = 1, options = 2, dataSet = 3, other = 4
    var description: String {
        switch self {
        case .file: return "vetdicom_file"
        case .options: return "vetdicom_options"
        case .dataSet: return "vetdicom_dataset"
        case .other: return "handle"
        }
    }
}

/// The live handles: token -> (kind, object, owning file token). One mutex; lookups are a
/// dictionary probe.
final class HandleRegistry: @unchecked Sendable {
    static let shared = HandleRegistry()
    private struct Entry { let kind: HandleKind; let object: AnyObject; let owner: UInt }
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var live: [UInt: Entry] = [:]
    /// Data set tokens by data set object (the same data set always gets the same token).
    private var dataSetTokens: [ObjectIdentifier: UInt] = [:]
    /// The file that owns each byte store (data sets are invalidated with their file).
    private var storeOwner: [ObjectIdentifier: UInt] = [:]
    /// The data set tokens and stores of each file.
    private var children: [UInt: [UInt]] = [:]
    private var stores: [UInt: [ObjectIdentifier]] = [:]
    private var counter: UInt = 0
    /// Tokens are 0x5644_xxxx_xxxx_xxx0: outside the user address space of x86-64/AArch64.
    private static let tag: UInt = 0x5644 << 48

    private init() {
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    private func newToken() -> UInt {
        counter &+= 1
        return HandleRegistry.tag | ((counter & 0x0000_0FFF_FFFF_FFFF) << 4)
    }

    func register(_ object: AnyObject, kind: HandleKind) -> OpaquePointer {
        pthread_mutex_lock(mutex); defer { pthread_mutex_unlock(mutex) }
        let t = newToken()
        live[t] = Entry(kind: kind, object: object, owner: 0)
        if kind == .file, let box = object as? FileBox {
            var ids: [ObjectIdentifier] = []
            for st in [box.file.meta.store, box.file.dataSet.store] {
                let id = ObjectIdentifier(st)
                if storeOwner[id] == nil { storeOwner[id] = t; ids.append(id) }
            }
            stores[t] = ids
        }
        return OpaquePointer(bitPattern: t)!
    }

    /// The token of a data set of an open file (registered on first use). `owner` is the
    /// handle the caller reached it through: the file itself, or a data set handle of it (the
    /// owning file is taken from that). An item created by an edit lives in its own store, so
    /// the owner cannot be found from `ds.store`.
    func dataSetToken(_ ds: DataSet, owner via: OpaquePointer) -> OpaquePointer {
        pthread_mutex_lock(mutex); defer { pthread_mutex_unlock(mutex) }
        let id = ObjectIdentifier(ds)
        if let t = dataSetTokens[id], let p = OpaquePointer(bitPattern: t) { return p }
        let t = newToken()
        let viaToken = UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(via)))
        let viaEntry = live[viaToken]
        let owner = viaEntry.map { $0.kind == .file ? viaToken : $0.owner } ?? storeOwner[ObjectIdentifier(ds.store)] ?? 0
        live[t] = Entry(kind: .dataSet, object: ds, owner: owner)
        dataSetTokens[id] = t
        children[owner, default: []].append(t)
        return OpaquePointer(bitPattern: t)!
    }

    enum Lookup { case ok(AnyObject), closed, wrongKind(HandleKind) }

    func lookup(_ p: OpaquePointer, _ kind: HandleKind) -> Lookup {
        let t = UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(p)))
        pthread_mutex_lock(mutex); defer { pthread_mutex_unlock(mutex) }
        guard let e = live[t] else { return .closed }
        guard e.kind == kind else { return .wrongKind(e.kind) }
        return .ok(e.object)
    }

    /// Removes a handle (and, for a file, its data sets). Returns the lookup result before removal.
    func remove(_ p: OpaquePointer, _ kind: HandleKind) -> Lookup {
        let t = UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(p)))
        pthread_mutex_lock(mutex); defer { pthread_mutex_unlock(mutex) }
        guard let e = live[t] else { return .closed }
        guard e.kind == kind else { return .wrongKind(e.kind) }
        live[t] = nil
        if kind == .file {
            for c in children.removeValue(forKey: t) ?? [] {
                if let ce = live.removeValue(forKey: c) { dataSetTokens[ObjectIdentifier(ce.object)] = nil }
            }
            for id in stores.removeValue(forKey: t) ?? [] { storeOwner[id] = nil }
        }
        return .ok(e.object)
    }

    /// Live handles of each kind (for tests).
    var count: Int {
        pthread_mutex_lock(mutex); defer { pthread_mutex_unlock(mutex) }
        return live.count
    }
}

/// The status of the last failed handle check on this thread, consumed by `nullArgument`, so the
/// pattern `guard let box = fileBox(file) else { return nullArgument("file") }` reports
/// CLOSED / WRONG_HANDLE for a dead or foreign handle and NULL_ARGUMENT only for NULL.
private let handleFailureKey: pthread_key_t = {
    var k = pthread_key_t()
    pthread_key_create(&k, nil)
    return k
}()

@inline(__always) private func setHandleFailure(_ s: Status?) {
    let v = Int(s?.rawValue ?? 0)
    pthread_setspecific(handleFailureKey, UnsafeRawPointer(bitPattern: v))
}

private func takeHandleFailure() -> Status? {
    let v = Int(bitPattern: pthread_getspecific(handleFailureKey))
    if v == 0 { return nil }
    pthread_setspecific(handleFailureKey, nil)
    return Status(rawValue: Int32(truncatingIfNeeded: v))
}

/// Looks a handle up. nil for NULL (NULL_ARGUMENT), and for a closed or foreign handle after
/// recording CLOSED / WRONG_HANDLE with a message (which `nullArgument` then returns).
func checkedHandle<T: AnyObject>(_ p: OpaquePointer?, _ kind: HandleKind, as: T.Type) -> T? {
    setHandleFailure(nil)
    guard let p else { return nil }
    switch HandleRegistry.shared.lookup(p, kind) {
    case .ok(let o):
        if let t = o as? T { return t }
        _ = fail(.wrongHandle, "a handle of another kind was passed where a \(kind) is expected")
        setHandleFailure(.wrongHandle)
    case .closed:
        _ = fail(.closed, "the \(kind) handle was closed (or is not a live handle)")
        setHandleFailure(.closed)
    case .wrongKind(let k):
        _ = fail(.wrongHandle, "a \(k) was passed where a \(kind) is expected")
        setHandleFailure(.wrongHandle)
    }
    return nil
}

/// The file behind a `vetdicom_file *` (nil: NULL, closed or wrong kind; see `nullArgument`).
@inline(__always) func fileBox(_ p: OpaquePointer?) -> FileBox? {
    checkedHandle(p, .file, as: FileBox.self)
}

/// The options behind a `vetdicom_options *` (nil: NULL, destroyed or wrong kind).
@inline(__always) func optionsBox(_ p: OpaquePointer?) -> OptionsBox? {
    checkedHandle(p, .options, as: OptionsBox.self)
}

/// The data set behind a `vetdicom_dataset *` (nil: NULL, its file closed, or wrong kind).
@inline(__always) func dataSetRef(_ p: OpaquePointer?) -> DataSet? {
    checkedHandle(p, .dataSet, as: DataSet.self)
}

/// The handle of a data set of an open file (valid until the file is closed); `owner` is the
/// file handle or the data set handle it was reached through.
@inline(__always) func dataSetPointer(_ ds: DataSet, owner: OpaquePointer) -> OpaquePointer {
    HandleRegistry.shared.dataSetToken(ds, owner: owner)
}

/// Optional options argument: NULL gives `fallback`; a closed or foreign handle throws
/// CLOSED / WRONG_HANDLE (it is never silently replaced by the defaults).
func optionsOrDefault(_ p: OpaquePointer?, _ fallback: @autoclosure () -> FileOptions) throws -> FileOptions {
    guard let p else { return fallback() }
    if let box = optionsBox(p) { return box.options }
    let s = takeHandleFailure() ?? .closed
    throw DICOMError(s, String(cString: vetsupport_get_error()))
}

// MARK: - struct_size

/// The rule of the header ("Structs"): a caller's `struct_size` may be any size from the 1.0
/// size of the struct up; the library writes min(struct_size, its own size) bytes and sets
/// `struct_size` to the number of bytes it wrote. Returns nil when the size is acceptable, else
/// the INVALID_ARGUMENT status.
func checkStructSize(_ p: UnsafeMutableRawPointer, _ name: String, v1Size: Int) -> Int32? {
    let size = p.load(as: Int.self)
    if size < v1Size {
        return fail(.invalidArgument, "\(name)->struct_size is \(size); it must be at least \(v1Size) (the 1.0 size)")
    }
    return nil
}

/// Writes `value` into the caller's struct under the struct_size rule (checked before).
func writeStruct<T>(_ value: T, to p: UnsafeMutableRawPointer) {
    let size = min(p.load(as: Int.self), MemoryLayout<T>.size)
    var v = value
    withUnsafeMutableBytes(of: &v) { raw in
        raw.storeBytes(of: size, toByteOffset: 0, as: Int.self)
        if let base = raw.baseAddress { memcpy(p, base, size) }
    }
}

/// The 1.0 sizes of the structs of the header (never change; LP64).
enum StructV1Size {
    static let patient = 152
    static let imageInfo = 72
    static let frameInfo = 40
    static let geometry = 48
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

/// NULL_ARGUMENT for `name`, or the CLOSED / WRONG_HANDLE status (and message) recorded by the
/// handle check that just failed on this thread.
@inline(__always) func nullArgument(_ name: String) -> Int32 {
    if let s = takeHandleFailure() { return s.rawValue }
    return fail(.nullArgument, "argument '\(name)' is NULL")
}

/// Runs `body`, mapping thrown errors to status codes.
@inline(__always) func guarded(_ body: () throws -> Int32) -> Int32 {
    do { return try body() } catch { return fail(error) }
}

/// Copies `s` plus a NUL into (buffer, capacity) with the size-query protocol of the header.
func writeString(_ s: String, _ buffer: UnsafeMutablePointer<CChar>?, _ capacity: Int,
                 _ length: UnsafeMutablePointer<Int>) -> Int32 {
    // The NUL-terminated copy below is as large as the text (a JSON export can be 256 MiB).
    do { try FailableAlloc.probe(bytes: s.utf8.count &+ 1, "a copy of a \(s.utf8.count)-byte text") } catch let e as DICOMError {
        return fail(e.status, e.message)
    } catch { return fail(.outOfMemory, "\(error)") }
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
    out.pointee = HandleRegistry.shared.register(OptionsBox(), kind: .options)
    return Status.ok.rawValue
}

@_cdecl("vetdicom_options_destroy")
public func c_options_destroy(_ options: OpaquePointer?) {
    guard let options else { return }
    report(HandleRegistry.shared.remove(options, .options), .options)
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
    default:
        if let spec = FileOptions.spec(k) {
            return fail(st, "invalid value for option '\(k)': it must be an integer in \(spec.range.lowerBound)...\(spec.range.upperBound)")
        }
        return fail(st, "invalid value for option '\(k)'")
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
        out.pointee = HandleRegistry.shared.register(box, kind: .file)
        return Status.ok.rawValue
    }
}

@_cdecl("vetdicom_file_open")
public func c_file_open(_ path: UnsafePointer<CChar>?, _ options: OpaquePointer?,
                        _ out: UnsafeMutablePointer<OpaquePointer?>?) -> Int32 {
    guard let out else { return nullArgument("out") }
    out.pointee = nil
    guard let path else { return nullArgument("path") }
    let p = String(cString: path)
    return openWith(out) { try DICOMFile(path: p, options: try optionsOrDefault(options, FileOptions())) }
}

@_cdecl("vetdicom_file_open_memory")
public func c_file_open_memory(_ data: UnsafePointer<UInt8>?, _ size: Int, _ options: OpaquePointer?,
                               _ out: UnsafeMutablePointer<OpaquePointer?>?) -> Int32 {
    guard let out else { return nullArgument("out") }
    out.pointee = nil
    if data == nil && size != 0 { return nullArgument("data") }
    guard size >= 0 else { return fail(.invalidArgument, "size \(size) is negative") }
    let raw = UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : size)
    return openWith(out) { try DICOMFile(bytes: raw, options: try optionsOrDefault(options, FileOptions())) }
}

@_cdecl("vetdicom_file_close")
public func c_file_close(_ file: OpaquePointer?) {
    guard let file else { return }
    // Releasing nested items recurses per level: a deeply nested file is released on a thread
    // with a stack sized for its depth, so close works on a 64 KiB thread stack.
    if let holder = removeFile(file) {
        let depth = holder.depth
        if runOnThread(stackSize: Parser.stackNeeded(maxDepth: depth), { holder.box = nil }) == nil {
            holder.box = nil
        }
    }
}

/// The last reference to a closed file, when it is deeply nested (released by the caller).
private final class ReleaseHolder: @unchecked Sendable {
    var box: FileBox?
    let depth: Int
    init(_ b: FileBox, _ d: Int) { box = b; depth = d }
}

private func removeFile(_ file: OpaquePointer) -> ReleaseHolder? {
    let r = HandleRegistry.shared.remove(file, .file)
    report(r, .file)
    guard case .ok(let object) = r, let box = object as? FileBox else { return nil }
    let depth = box.file.parsed.depthReached
    return depth > 32 ? ReleaseHolder(box, depth) : nil
}

/// A close/destroy of a dead or foreign handle does nothing but leave a message.
private func report(_ r: HandleRegistry.Lookup, _ kind: HandleKind) {
    switch r {
    case .ok: break
    case .closed: _ = fail(.closed, "the \(kind) handle was already closed (or is not a live handle)")
    case .wrongKind(let k): _ = fail(.wrongHandle, "a \(k) was passed to the close of a \(kind)")
    }
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
    guard let file, let box = fileBox(file) else { return nullArgument("file") }
    guard let out else { return nullArgument("out") }
    out.pointee = dataSetPointer(box.file.dataSet, owner: file)
    return Status.ok.rawValue
}

@_cdecl("vetdicom_file_meta")
public func c_file_meta(_ file: OpaquePointer?, _ out: UnsafeMutablePointer<OpaquePointer?>?) -> Int32 {
    guard let file, let box = fileBox(file) else { return nullArgument("file") }
    guard let out else { return nullArgument("out") }
    out.pointee = dataSetPointer(box.file.meta, owner: file)
    return Status.ok.rawValue
}

// MARK: - patient and image description

@_cdecl("vetdicom_file_patient")
public func c_file_patient(_ file: OpaquePointer?, _ patient: UnsafeMutablePointer<vetdicom_patient>?) -> Int32 {
    guard let box = fileBox(file) else { return nullArgument("file") }
    guard let patient else { return nullArgument("patient") }
    if let e = checkStructSize(patient, "patient", v1Size: StructV1Size.patient) { return e }
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
    writeStruct(p, to: patient)
    return Status.ok.rawValue
}

@_cdecl("vetdicom_file_image_info")
public func c_file_image_info(_ file: OpaquePointer?, _ info: UnsafeMutablePointer<vetdicom_image_info>?) -> Int32 {
    guard let box = fileBox(file) else { return nullArgument("file") }
    guard let info else { return nullArgument("info") }
    if let e = checkStructSize(info, "info", v1Size: StructV1Size.imageInfo) { return e }
    return guarded {
        try box.file.dataSet.checkValues(group: 0x0028)   // a file changed while open: TRUNCATED
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
        writeStruct(i, to: info)
        return Status.ok.rawValue
    }
}
