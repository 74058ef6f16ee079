/// Resource limits applied while parsing and decoding. Every limit has a safe default and can
/// be changed by key (`VETDICOM_OPT_*` in the C header). Exceeding one gives
/// `Status.limitExceeded` with the limit's name in the message.
public struct Limits: Sendable {
    /// Deepest nesting of sequences (a sequence inside an item is one level deeper).
    public var maxDepth: Int = 64
    /// Elements in the whole file, all data sets and items together.
    public var maxElements: Int = 4_000_000
    /// Length of one value in bytes (pixel data included).
    public var maxValueLength: Int = 1 << 34
    /// Bytes of one decoded frame.
    public var maxFrameBytes: Int = 1 << 32
    /// Bytes produced by inflating a deflated data set.
    public var maxInflatedBytes: Int = 1 << 32
    /// Rows and columns of an image.
    public var maxDimension: Int = 65535
    /// Number of frames of an image.
    public var maxFrames: Int = 1 << 20
    /// Bytes of all decoded frames of an image together (Rows x Columns x Samples x bytes per
    /// sample x Number of Frames), checked before anything is decoded or allocated.
    public var maxTotalDecodedBytes: Int = 1 << 36

    public init() {}

    /// The values each limit accepts (`set` refuses others). max_depth is bounded so that a
    /// parse at that depth fits the stack the parser gives itself (see Parser.stackNeeded).
    public static let maxDepthRange = 1...10_000

    /// Sets a limit by its key (the `VETDICOM_OPT_*` string without prefix). Returns false for an unknown key.
    public mutating func set(_ key: String, _ value: Int) -> Bool {
        switch key {
        case "max_depth": maxDepth = value
        case "max_elements": maxElements = value
        case "max_value_length": maxValueLength = value
        case "max_frame_bytes": maxFrameBytes = value
        case "max_inflated_bytes": maxInflatedBytes = value
        case "max_dimension": maxDimension = value
        case "max_frames": maxFrames = value
        case "max_total_decoded_bytes": maxTotalDecodedBytes = value
        default: return false
        }
        return true
    }
}
