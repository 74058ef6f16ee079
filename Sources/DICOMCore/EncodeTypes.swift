/// What an encoder is given besides the samples: the layout of a decoded frame (the layout the
/// decoders output, see docs/decoding.md: rows x columns pixels, samples interleaved, each in a
/// little-endian container of Bits Allocated rounded up to 8/16/32 bits, signed values
/// sign-extended) and how the data set describes it.
public struct FrameSpec: Sendable, Equatable {
    public var rows: Int
    public var columns: Int
    public var samplesPerPixel: Int
    /// 8, 16 or 32 (1 for bit-packed data, which no encoder accepts).
    public var bitsAllocated: Int
    public var bitsStored: Int
    /// Pixel Representation 1: two's complement samples.
    public var isSigned: Bool
    /// Float / Double Float Pixel Data (no encoder accepts it).
    public var isFloat: Bool
    /// Of the decoded samples: "MONOCHROME1", "MONOCHROME2", "RGB", "YBR_FULL", "PALETTE COLOR".
    public var photometricInterpretation: String

    public init(rows: Int, columns: Int, samplesPerPixel: Int, bitsAllocated: Int, bitsStored: Int,
                isSigned: Bool, isFloat: Bool = false, photometricInterpretation: String) {
        self.rows = rows
        self.columns = columns
        self.samplesPerPixel = samplesPerPixel
        self.bitsAllocated = bitsAllocated
        self.bitsStored = bitsStored
        self.isSigned = isSigned
        self.isFloat = isFloat
        self.photometricInterpretation = photometricInterpretation
    }

    /// The same description as a decoder's `FrameGeometry` (planar configuration 0).
    public var geometry: FrameGeometry {
        FrameGeometry(rows: rows, columns: columns, samplesPerPixel: samplesPerPixel, bitsAllocated: bitsAllocated,
                      bitsStored: bitsStored, pixelRepresentation: isSigned ? 1 : 0, planarConfiguration: 0,
                      photometricInterpretation: photometricInterpretation)
    }

    /// Bytes of one sample's container (1, 2, 4 or 8).
    public var bytesPerSample: Int { geometry.bytesPerSample }

    /// rows * columns * samplesPerPixel * bytesPerSample, or nil on overflow or a negative value.
    public var frameBytes: Int? { geometry.frameBytes }

    /// The size of the frame as native Pixel Data (Bits Allocated per sample), for the
    /// Lossy Image Compression Ratio.
    public var nativeBytes: Double {
        Double(rows) * Double(columns) * Double(samplesPerPixel) * Double(max(bitsAllocated, 1)) / 8
    }
}

/// Options of the encoders; every field has a default that gives a standard-conforming result.
public struct EncodeOptions: Sendable, Equatable {
    /// JPEG baseline quality 1...100 (libjpeg scale).
    public var quality: Int = 90
    /// JPEG-LS NEAR for 1.2.840.10008.1.2.4.81 (0...255; 0 there still writes a lossless stream
    /// under the lossy UID). Ignored (always 0) for .4.80.
    public var nearLossless: Int = 2
    /// Lossy JPEG 2000 (.4.91): target compression ratio (> 1), used when `j2kPSNR` is 0.
    public var j2kRatio: Double = 10
    /// Lossy JPEG 2000 (.4.91): target PSNR in dB (> 0 selects quality mode instead of ratio).
    public var j2kPSNR: Double = 0
    /// Lossy HTJ2K (.4.203): quantization step of the 9/7 wavelet (OpenJPH's qstep, > 0).
    public var htj2kQStep: Double = 0.005
    /// Threads a codec may use within one frame.
    public var threads: Int = 1

    public init() {}
}

/// One encoded frame and what the data set must say about it.
public struct EncodedFrame: Sendable, Equatable {
    /// The codestream (one fragment's content, before padding to even length).
    public var bytes: [UInt8]
    /// Photometric Interpretation of the encoded samples (e.g. YBR_FULL_422 for JPEG baseline
    /// colour, YBR_RCT / YBR_ICT for JPEG 2000 colour with MCT).
    public var photometricInterpretation: String
    /// Planar Configuration to write (for 3 samples per pixel).
    public var planarConfiguration: Int
    /// Lossy: Lossy Image Compression "01", this ratio and method must be recorded.
    public var lossy: Bool
    /// Native size / encoded size.
    public var ratio: Double
    /// Lossy Image Compression Method defined term (ISO_10918_1, ISO_14495_1, ISO_15444_1,
    /// ISO_15444_15), empty when lossless.
    public var method: String

    public init(bytes: [UInt8], photometricInterpretation: String, planarConfiguration: Int = 0,
                lossy: Bool = false, ratio: Double = 1, method: String = "") {
        self.bytes = bytes
        self.photometricInterpretation = photometricInterpretation
        self.planarConfiguration = planarConfiguration
        self.lossy = lossy
        self.ratio = ratio
        self.method = method
    }
}

extension FrameSpec {
    /// The checks the integer codecs share: not float, 8- or 16-bit containers, Bits Stored
    /// within them, 1 or 3 samples, 1...`maxSide` rows and columns. nil when they pass, else
    /// the reason, starting with `codec`.
    public func integerRefusal(_ codec: String, maxSide: Int) -> String? {
        if isFloat { return "\(codec) cannot hold float pixel data" }
        guard bitsAllocated == 8 || bitsAllocated == 16 else {
            return "\(codec) holds samples of up to 16 bits in 8- or 16-bit containers (Bits Allocated is \(bitsAllocated))"
        }
        guard bitsStored >= 1, bitsStored <= bitsAllocated else {
            return "\(codec): Bits Stored \(bitsStored) does not fit Bits Allocated \(bitsAllocated)"
        }
        guard samplesPerPixel == 1 || samplesPerPixel == 3 else {
            return "\(codec): \(samplesPerPixel) samples per pixel (1 or 3 supported)"
        }
        guard rows >= 1, columns >= 1, rows <= maxSide, columns <= maxSide else {
            return "\(codec) holds 1 to \(maxSide) rows and columns (\(columns) x \(rows))"
        }
        return nil
    }
}
