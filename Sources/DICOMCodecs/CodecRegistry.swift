import DICOMCore
import DICOMJPEG

/// How the pipeline conforms a codec's samples to Bits Stored / Pixel Representation.
public enum SampleCorrection: Sendable {
    /// Bits above Bits Stored cleared (unsigned) or sign-extended (signed).
    case bitsStored
    /// JPEG 2000: monochrome codestream signedness differing from Pixel Representation is
    /// conformed through the codestream precision.
    case jpeg2000
    /// JPEG-LS: signed data sign-extended from the codestream precision.
    case jpegLS
}

/// Which decoder family a row uses (the pipeline treats native and deflated frames itself, and
/// JPEG frames coded smaller than the data set declares).
public enum CodecFamily: Sendable {
    case native, deflatedFrames, jpeg, jpegLS, jpeg2000, rle
}

public typealias FrameDecodeFunction = @Sendable (_ src: UnsafeRawBufferPointer, _ uid: String, _ geometry: FrameGeometry,
                                                  _ dst: UnsafeMutableRawBufferPointer, _ settings: DecodeSettings) throws -> CodecOutput
public typealias FrameEncodeFunction = @Sendable (_ frame: UnsafeRawBufferPointer, _ uid: String, _ spec: FrameSpec,
                                                  _ options: EncodeOptions) throws -> EncodedFrame
/// nil when the spec can be encoded, else the reason (reported as UNSUPPORTED).
public typealias EncodeCheck = @Sendable (_ spec: FrameSpec, _ uid: String) -> String?

/// One transfer syntax: what it is, and how its frames are decoded and encoded.
public struct CodecRow: Sendable {
    public let uid: String
    /// Short name for the command line and options ("rle", "jpeg-ls", "htj2k-lossy", ...).
    public let shortName: String
    public let family: CodecFamily
    /// Pixel data is encapsulated (fragments).
    public let encapsulated: Bool
    /// Encoding to this syntax loses information (Lossy Image Compression "01").
    public let lossy: Bool
    /// What samples the encoder holds, in words (for docs and `vetdicom codecs`).
    public let holds: String
    public let decoderName: @Sendable () -> String
    public let correction: SampleCorrection
    public let decode: FrameDecodeFunction?
    public let encode: FrameEncodeFunction?
    public let canEncode: EncodeCheck?

    /// The standard name of the transfer syntax.
    public var name: String { TransferSyntax(uid: uid).name }
}

/// The transfer syntaxes vetdicom knows, one row each. The pipeline, the frame decoder's name,
/// the encoders and the transcoder look rows up here; adding a codec is one row.
public enum CodecRegistry {
    public static let rows: [CodecRow] = {
        let nativeHolds = "any samples (native)"
        func native(_ uid: String, _ short: String) -> CodecRow {
            CodecRow(uid: uid, shortName: short, family: .native, encapsulated: false, lossy: false, holds: nativeHolds,
                     decoderName: { "native (uncompressed)" }, correction: .bitsStored, decode: nil, encode: nil, canEncode: nil)
        }
        let jpegDecode: FrameDecodeFunction = { src, uid, g, dst, settings in
            try JPEGCodec.decode(src, transferSyntax: uid, geometry: g, into: dst, settings: settings)
        }
        func jpeg(_ uid: String, _ short: String, lossy: Bool, holds: String,
                  encode: FrameEncodeFunction?, check: EncodeCheck?) -> CodecRow {
            CodecRow(uid: uid, shortName: short, family: .jpeg, encapsulated: true, lossy: lossy, holds: holds,
                     decoderName: { "JPEG" }, correction: .bitsStored, decode: jpegDecode, encode: encode, canEncode: check)
        }
        let jlsDecode: FrameDecodeFunction = { src, _, g, dst, s in try JPEGLS.decode(src, geometry: g, into: dst, settings: s) }
        let jlsEncode: FrameEncodeFunction = { frame, uid, spec, o in
            try JPEGLSEncoder.encode(frame, spec: spec, nearLossless: uid == "1.2.840.10008.1.2.4.80" ? 0 : o.nearLossless)
        }
        func jls(_ uid: String, _ short: String, lossy: Bool) -> CodecRow {
            CodecRow(uid: uid, shortName: short, family: .jpegLS, encapsulated: true, lossy: lossy,
                     holds: "1 or 3 samples of 2-16 bits, signed or unsigned",
                     decoderName: { "CharLS (JPEG-LS)" }, correction: .jpegLS, decode: jlsDecode, encode: jlsEncode,
                     canEncode: { spec, uid in
                         if uid == "1.2.840.10008.1.2.4.81" && spec.isSigned {
                             // Signed samples are coded as their two's complement bits: an error of
                             // NEAR around zero wraps to an error of 2^bits after sign extension.
                             return "JPEG-LS near-lossless cannot hold signed samples (Pixel Representation 1): errors wrap around zero; use JPEG-LS lossless or JPEG 2000"
                         }
                         return JPEGLSEncoder.refusal(spec)
                     })
        }
        let j2kDecode: FrameDecodeFunction = { src, _, g, dst, s in try JPEG2000.decode(src, geometry: g, into: dst, settings: s) }
        func j2k(_ uid: String, _ short: String, lossy: Bool) -> CodecRow {
            CodecRow(uid: uid, shortName: short, family: .jpeg2000, encapsulated: true, lossy: lossy,
                     holds: "1 or 3 samples of 1-16 bits, signed or unsigned",
                     decoderName: { "OpenJPEG (JPEG 2000)" }, correction: .jpeg2000, decode: j2kDecode,
                     encode: { frame, _, spec, o in try JPEG2000Encoder.encode(frame, spec: spec, lossy: lossy, options: o) },
                     canEncode: { spec, _ in JPEG2000Encoder.refusal(spec) })
        }
        func htj2k(_ uid: String, _ short: String, lossy: Bool) -> CodecRow {
            CodecRow(uid: uid, shortName: short, family: .jpeg2000, encapsulated: true, lossy: lossy,
                     holds: "1 or 3 samples of 1-16 bits, signed or unsigned",
                     decoderName: { "OpenJPH (HTJ2K), OpenJPEG fallback" }, correction: .jpeg2000, decode: j2kDecode,
                     encode: { frame, uid, spec, o in try HTJ2K.encode(frame, spec: spec, uid: uid, options: o) },
                     canEncode: { spec, _ in HTJ2K.refusal(spec) })
        }
        return [
            native(TransferSyntax.implicitVRLittleEndian, "implicit"),
            native(TransferSyntax.explicitVRLittleEndian, "explicit"),
            native(TransferSyntax.explicitVRBigEndian, "big-endian"),
            native(TransferSyntax.deflatedExplicitVRLittleEndian, "deflated"),
            CodecRow(uid: TransferSyntax.deflatedImageFrameCompression, shortName: "deflated-frames", family: .deflatedFrames,
                     encapsulated: true, lossy: false, holds: nativeHolds, decoderName: { "zlib (deflated frames)" },
                     correction: .bitsStored, decode: nil, encode: nil, canEncode: nil),
            jpeg(JPEGCodec.baselineUID, "jpeg-baseline", lossy: true, holds: "1 or 3 (RGB) unsigned 8-bit samples",
                 encode: { frame, _, spec, o in try JPEGEncoder.encodeBaseline(frame, spec: spec, quality: o.quality) },
                 check: { spec, _ in JPEGEncoder.baselineRefusal(spec) }),
            jpeg(JPEGCodec.extendedUID, "jpeg-extended", lossy: true, holds: "decode only", encode: nil, check: nil),
            jpeg(JPEGCodec.losslessP14UID, "jpeg-lossless-p14", lossy: false, holds: "decode only", encode: nil, check: nil),
            jpeg(JPEGCodec.losslessSV1UID, "jpeg-lossless", lossy: false, holds: "1 or 3 samples of 2-16 bits, signed or unsigned",
                 encode: { frame, _, spec, _ in try JPEGEncoder.encodeLossless(frame, spec: spec) },
                 check: { spec, _ in JPEGEncoder.losslessRefusal(spec) }),
            jls("1.2.840.10008.1.2.4.80", "jpeg-ls", lossy: false),
            jls("1.2.840.10008.1.2.4.81", "jpeg-ls-near", lossy: true),
            j2k("1.2.840.10008.1.2.4.90", "j2k", lossy: false),
            j2k("1.2.840.10008.1.2.4.91", "j2k-lossy", lossy: true),
            htj2k("1.2.840.10008.1.2.4.201", "htj2k", lossy: false),
            htj2k("1.2.840.10008.1.2.4.202", "htj2k-rpcl", lossy: false),
            htj2k("1.2.840.10008.1.2.4.203", "htj2k-lossy", lossy: true),
            CodecRow(uid: "1.2.840.10008.1.2.5", shortName: "rle", family: .rle, encapsulated: true, lossy: false,
                     holds: "1-15 byte segments: up to 15 8-bit, 7 16-bit or 3 32-bit samples",
                     decoderName: { "native RLE (Swift)" }, correction: .bitsStored,
                     decode: { src, _, g, dst, s in try RLE.decode(src, geometry: g, into: dst, settings: s) },
                     encode: { frame, _, spec, _ in try RLEEncoder.encode(frame, spec: spec) },
                     canEncode: { spec, _ in RLEEncoder.refusal(spec) }),
        ]
    }()

    private static let byUID: [String: Int] = {
        var m: [String: Int] = [:]
        for (i, r) in rows.enumerated() { m[r.uid] = i }
        return m
    }()

    /// The row of a transfer syntax UID (padding trimmed), or nil when vetdicom has none.
    public static func row(_ uid: String) -> CodecRow? {
        if let i = byUID[uid] { return rows[i] }
        if let i = byUID[trimUID(uid)] { return rows[i] }
        return nil
    }

    /// The row for a UID or a short name ("rle", "jpeg-ls", ...), case-insensitive for names.
    public static func lookup(_ uidOrName: String) -> CodecRow? {
        if let r = row(uidOrName) { return r }
        let key = uidOrName.lowercased()
        return rows.first { $0.shortName == key }
    }

    /// Why a frame of `spec` cannot be written in `uid`, or nil when it can. Native syntaxes
    /// hold everything; an encapsulated syntax without an encoder is refused.
    public static func encodeRefusal(_ uid: String, _ spec: FrameSpec) -> String? {
        guard let r = row(uid) else { return "no codec for transfer syntax \(uid)" }
        if !r.encapsulated || r.family == .native { return nil }
        guard let check = r.canEncode, r.encode != nil else {
            return "vetdicom has no encoder for \(r.name) (\(uid))"
        }
        if spec.rows < 1 || spec.columns < 1 || spec.samplesPerPixel < 1 { return "empty frame (\(spec.columns) x \(spec.rows))" }
        if r.lossy && spec.photometricInterpretation == "PALETTE COLOR" {
            return "PALETTE COLOR indices cannot be compressed lossily (\(r.name))"
        }
        return check(spec, uid)
    }

    /// Encodes one decoded frame for `uid`; UNSUPPORTED (status 12) when `encodeRefusal` says so.
    public static func encode(_ frame: UnsafeRawBufferPointer, uid: String, spec: FrameSpec,
                              options: EncodeOptions = EncodeOptions()) throws -> EncodedFrame {
        if let why = encodeRefusal(uid, spec) { throw DICOMError(.unsupported, why) }
        guard let r = row(uid), let enc = r.encode else {
            throw DICOMError(.unsupported, "transfer syntax \(uid) is not encapsulated: write its frames natively")
        }
        return try enc(frame, r.uid, spec, options)
    }
}
