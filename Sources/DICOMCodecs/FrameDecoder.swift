import DICOMCore
import DICOMJPEG

/// Names the decoder of a transfer syntax (a lookup in `CodecRegistry`).
public enum FrameDecoder {
    /// A description of the decoder used for `transferSyntax`.
    public static func decoderName(transferSyntax uid: String) -> String {
        CodecRegistry.row(uid)?.decoderName() ?? "none (unsupported transfer syntax)"
    }
}
