/// What a frame decoder is asked to produce: the image pixel module of the data set, after
/// defaults for absent attributes. Codecs read what they need from it and report what the
/// bitstream really held in `CodecOutput`, so that corrections (sign, precision, colour) are
/// applied once, in the pixel pipeline, never per codec.
public struct FrameGeometry: Sendable, Equatable {
    public var rows: Int
    public var columns: Int
    public var samplesPerPixel: Int
    public var bitsAllocated: Int
    public var bitsStored: Int
    public var pixelRepresentation: Int
    public var planarConfiguration: Int
    public var photometricInterpretation: String

    public init(rows: Int, columns: Int, samplesPerPixel: Int, bitsAllocated: Int, bitsStored: Int,
                pixelRepresentation: Int, planarConfiguration: Int, photometricInterpretation: String) {
        self.rows = rows
        self.columns = columns
        self.samplesPerPixel = samplesPerPixel
        self.bitsAllocated = bitsAllocated
        self.bitsStored = bitsStored
        self.pixelRepresentation = pixelRepresentation
        self.planarConfiguration = planarConfiguration
        self.photometricInterpretation = photometricInterpretation
    }

    /// Bytes of one output sample: Bits Allocated rounded up to 8, 16 or 32 bits
    /// (1-bit data is one byte per pixel).
    public var bytesPerSample: Int {
        if bitsAllocated <= 8 { return 1 }
        if bitsAllocated <= 16 { return 2 }
        if bitsAllocated <= 32 { return 4 }
        return 8
    }

    /// rows * columns * samplesPerPixel * bytesPerSample, or nil on overflow.
    public var frameBytes: Int? {
        let (a, o1) = rows.multipliedReportingOverflow(by: columns)
        let (b, o2) = a.multipliedReportingOverflow(by: samplesPerPixel)
        let (c, o3) = b.multipliedReportingOverflow(by: bytesPerSample)
        if o1 || o2 || o3 || rows < 0 || columns < 0 || samplesPerPixel < 0 { return nil }
        return c
    }
}

/// The colour space of the samples a codec wrote.
public enum CodecColor: Sendable, Equatable {
    /// The samples are as the data set declares them (no transform done or undone).
    case asDeclared
    /// The codec converted YCbCr to RGB (e.g. libjpeg colour conversion, J2K inverse MCT).
    case rgb
    /// The codec wrote Y, Cb, Cr samples (full resolution, not converted).
    case ybrFull
}

/// What a codec reports about the samples it wrote into the frame buffer.
public struct CodecOutput: Sendable, Equatable {
    /// Bits per sample in the bitstream (JPEG P, J2K precision, JPEG-LS bits per sample).
    public var precision: Int
    /// The bitstream declared signed samples (J2K Ssiz sign bit). Signed samples were written
    /// sign-extended into their container.
    public var isSigned: Bool
    /// Colour space of the written samples.
    public var color: CodecColor

    public init(precision: Int, isSigned: Bool = false, color: CodecColor = .asDeclared) {
        self.precision = precision
        self.isSigned = isSigned
        self.color = color
    }
}

/// Per-call decode settings shared by all codecs.
public struct DecodeSettings: Sendable {
    /// Keep YBR_FULL/YBR_FULL_422 as Y,Cb,Cr instead of converting to RGB.
    public var keepYBR: Bool = false
    /// Convert JPEG YCbCr to RGB with pydicom's float formula (bit-identical to pydicom) instead
    /// of libjpeg-turbo's integer conversion (the default: faster, within +-1 of pydicom).
    /// Option key "exact_ybr".
    public var exactYBR: Bool = false
    /// Decode HT codestreams that pass the gate (OpenJPHGate.swift: marker segments and every
    /// packet header walked) with OpenJPH 0.9 instead of OpenJPEG (about twice as fast); off:
    /// OpenJPEG for every HT codestream. Option key "htj2k_openjph" (default on).
    public var useOpenJPH: Bool = true
    /// Threads a codec may use inside one frame (most use 1).
    public var codecThreads: Int = 1
    public init() {}
}
