/// Status codes shared by every layer; the values are the C ABI's `vetdicom_status` values
/// and are never renumbered. Data/runtime errors are 1...99, caller errors 100 and above.
public enum Status: Int32, Sendable {
    case ok = 0
    case notDICOM = 1
    case truncated = 2
    case invalidData = 3
    case unsupportedTransferSyntax = 4
    case codecError = 5
    case limitExceeded = 6
    case notFound = 7
    case typeMismatch = 8
    case noPixelData = 9
    case io = 10
    case outOfMemory = 11
    case unsupported = 12
    case invalidValue = 13
    case nullArgument = 100
    case invalidArgument = 101
    case bufferTooSmall = 102
    case outOfRange = 103
    case unknownOption = 104
    case closed = 105
    case wrongHandle = 106

    /// A fixed English description of the status (the text is not API), in static storage
    /// (the C API returns it as `vetdicom_status_string`).
    public var staticText: StaticString {
        switch self {
        case .ok: return "OK"
        case .notDICOM: return "not a DICOM file"
        case .truncated: return "the data ends before the structure it declares"
        case .invalidData: return "invalid or inconsistent data"
        case .unsupportedTransferSyntax: return "unsupported transfer syntax"
        case .codecError: return "the codec failed to decode the pixel data"
        case .limitExceeded: return "a configured limit was exceeded"
        case .notFound: return "element not found"
        case .typeMismatch: return "the value cannot be converted to the requested type"
        case .noPixelData: return "the data set has no pixel data"
        case .io: return "input/output error"
        case .outOfMemory: return "out of memory"
        case .unsupported: return "the requested combination is not supported (transfer syntax, pixel format or VR)"
        case .invalidValue: return "the value does not fit the element's VR (length, characters or multiplicity)"
        case .nullArgument: return "a required pointer argument is NULL"
        case .invalidArgument: return "invalid argument"
        case .bufferTooSmall: return "the output buffer is too small"
        case .outOfRange: return "index out of range"
        case .unknownOption: return "unknown option key"
        case .closed: return "the handle is closed"
        case .wrongHandle: return "the handle is not of the kind this function takes"
        }
    }

    /// `staticText` as a String.
    public var text: String { staticText.description }
}

/// The one error type thrown by the Swift core: a status plus a detail message.
public struct DICOMError: Error, CustomStringConvertible, Sendable {
    public var status: Status
    public var message: String
    public init(_ status: Status, _ message: String) {
        self.status = status
        self.message = message
    }
    public var description: String { "\(status.text): \(message)" }

    public static func truncated(at offset: Int, _ what: String) -> DICOMError {
        DICOMError(.truncated, "\(what) at offset \(offset)")
    }
    public static func limit(_ name: String, _ value: Int, _ limit: Int) -> DICOMError {
        DICOMError(.limitExceeded, "limit '\(name)' exceeded: \(value) > \(limit)")
    }
}
