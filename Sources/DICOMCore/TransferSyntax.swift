/// How a transfer syntax encodes the data set and its pixel data.
public struct TransferSyntax: Sendable, Equatable {
    public var uid: String
    public var explicitVR: Bool
    public var bigEndian: Bool
    /// The whole data set after the file meta is deflated (1.2.840.10008.1.2.1.99).
    public var deflatedDataSet: Bool
    /// Pixel data is encapsulated (fragments in items).
    public var encapsulated: Bool
    /// Human-readable name, or the UID for unknown syntaxes.
    public var name: String

    public static let implicitVRLittleEndian = "1.2.840.10008.1.2"
    public static let explicitVRLittleEndian = "1.2.840.10008.1.2.1"
    public static let explicitVRBigEndian = "1.2.840.10008.1.2.2"
    public static let deflatedExplicitVRLittleEndian = "1.2.840.10008.1.2.1.99"
    public static let deflatedImageFrameCompression = "1.2.840.10008.1.2.8.1"

    static let names: [String: String] = [
        "1.2.840.10008.1.2": "Implicit VR Little Endian",
        "1.2.840.10008.1.2.1": "Explicit VR Little Endian",
        "1.2.840.10008.1.2.2": "Explicit VR Big Endian",
        "1.2.840.10008.1.2.1.99": "Deflated Explicit VR Little Endian",
        "1.2.840.10008.1.2.8.1": "Deflated Image Frame Compression",
        "1.2.840.10008.1.2.4.50": "JPEG Baseline (Process 1)",
        "1.2.840.10008.1.2.4.51": "JPEG Extended (Process 2 & 4)",
        "1.2.840.10008.1.2.4.53": "JPEG Spectral Selection, Non-Hierarchical (Process 6 & 8) (Retired)",
        "1.2.840.10008.1.2.4.55": "JPEG Full Progression, Non-Hierarchical (Process 10 & 12) (Retired)",
        "1.2.840.10008.1.2.4.57": "JPEG Lossless, Non-Hierarchical (Process 14)",
        "1.2.840.10008.1.2.4.70": "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1])",
        "1.2.840.10008.1.2.4.80": "JPEG-LS Lossless Image Compression",
        "1.2.840.10008.1.2.4.81": "JPEG-LS Lossy (Near-Lossless) Image Compression",
        "1.2.840.10008.1.2.4.90": "JPEG 2000 Image Compression (Lossless Only)",
        "1.2.840.10008.1.2.4.91": "JPEG 2000 Image Compression",
        "1.2.840.10008.1.2.4.201": "High-Throughput JPEG 2000 Image Compression (Lossless Only)",
        "1.2.840.10008.1.2.4.202": "High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only)",
        "1.2.840.10008.1.2.4.203": "High-Throughput JPEG 2000 Image Compression",
        "1.2.840.10008.1.2.5": "RLE Lossless",
        "1.2.840.10008.1.2.4.100": "MPEG2 Main Profile / Main Level",
        "1.2.840.10008.1.2.4.102": "MPEG-4 AVC/H.264 High Profile / Level 4.1",
        "1.2.840.10008.1.2.4.110": "JPEG XL Lossless",
    ]

    public init(uid raw: String) {
        let uid = trimUID(raw)
        self.uid = uid
        name = TransferSyntax.names[uid] ?? uid
        switch uid {
        case TransferSyntax.implicitVRLittleEndian:
            explicitVR = false; bigEndian = false; deflatedDataSet = false; encapsulated = false
        case TransferSyntax.explicitVRLittleEndian, TransferSyntax.deflatedImageFrameCompression:
            explicitVR = true; bigEndian = false; deflatedDataSet = false; encapsulated = false
        case TransferSyntax.explicitVRBigEndian:
            explicitVR = true; bigEndian = true; deflatedDataSet = false; encapsulated = false
        case TransferSyntax.deflatedExplicitVRLittleEndian:
            explicitVR = true; bigEndian = false; deflatedDataSet = true; encapsulated = false
        default:
            // Every other (including unknown) syntax: explicit VR little endian data set with
            // encapsulated pixel data (PS3.5 A.4).
            explicitVR = true; bigEndian = false; deflatedDataSet = false; encapsulated = true
        }
    }
}

/// Removes the trailing NUL/space padding (and stray leading/trailing whitespace) of a UID.
/// (A UID without padding, the usual case, is returned as is: no copy.)
public func trimUID(_ s: String) -> String {
    var s = s
    let trimmed: String? = s.withUTF8 { u in
        var end = u.count
        while end > 0 {
            let l = u[end &- 1]
            guard l == 0 || l == 0x20 || l == 0x0A || l == 0x0D || l == 0x09 else { break }
            end &-= 1
        }
        var start = 0
        while start < end, u[start] == 0x20 { start &+= 1 }
        if start == 0 && end == u.count { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: u[start..<end]), as: UTF8.self)
    }
    return trimmed ?? s
}
