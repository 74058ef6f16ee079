import DICOMCore
import DICOMJPEG

/// Chooses the decoder for a transfer syntax and decodes frames (filled in by the pixel pipeline).
public enum FrameDecoder {
    /// A description of the decoder used for `transferSyntax`.
    public static func decoderName(transferSyntax uid: String) -> String {
        switch uid {
        case TransferSyntax.implicitVRLittleEndian, TransferSyntax.explicitVRLittleEndian,
             TransferSyntax.explicitVRBigEndian, TransferSyntax.deflatedExplicitVRLittleEndian:
            return "native (uncompressed)"
        case TransferSyntax.deflatedImageFrameCompression: return "zlib (deflated frames)"
        case "1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51", "1.2.840.10008.1.2.4.57", "1.2.840.10008.1.2.4.70":
            return "JPEG"
        case "1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.81": return JPEGLS.decoderName
        case "1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.91", "1.2.840.10008.1.2.4.201",
             "1.2.840.10008.1.2.4.202", "1.2.840.10008.1.2.4.203": return "OpenJPEG (JPEG 2000)"
        case "1.2.840.10008.1.2.5": return "native RLE (Swift)"
        default: return "none (unsupported transfer syntax)"
        }
    }
}
