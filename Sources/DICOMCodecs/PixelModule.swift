import DICOMCore

/// The image pixel module of a data set, read without decoding anything.
public struct ImageDescription: Sendable {
    public var rows: Int
    public var columns: Int
    public var numberOfFrames: Int
    public var samplesPerPixel: Int
    public var bitsAllocated: Int
    public var bitsStored: Int
    public var highBit: Int
    public var pixelRepresentation: Int
    public var planarConfiguration: Int
    public var photometricInterpretation: String
    public var transferSyntax: TransferSyntax
    /// The pixel data element (7FE0,0010), (7FE0,0008) or (7FE0,0009).
    public var pixelElement: Element
    /// 0 for integer pixel data, 32 for Float Pixel Data, 64 for Double Float Pixel Data.
    public var floatBits: Int
    public var encapsulated: Bool { pixelElement.fragments != nil }

    /// Reads the pixel module of `ds`.
    /// - Throws: `.noPixelData` without a pixel data element; `.invalidData` when Rows/Columns are missing.
    public init(dataSet ds: DataSet, transferSyntax: TransferSyntax) throws {
        var pixel: Element? = nil
        var floatBits = 0
        if let e = ds.element(Tag.pixelData) { pixel = e }
        else if let e = ds.element(Tag.floatPixelData) { pixel = e; floatBits = 32 }
        else if let e = ds.element(Tag.doubleFloatPixelData) { pixel = e; floatBits = 64 }
        guard let pe = pixel else { throw DICOMError(.noPixelData, "the data set has no pixel data element") }
        guard let rows = ds.int(Tag(0x0028, 0x0010)), let cols = ds.int(Tag(0x0028, 0x0011)) else {
            throw DICOMError(.invalidData, "pixel data without Rows (0028,0010) or Columns (0028,0011)")
        }
        self.rows = rows
        self.columns = cols
        pixelElement = pe
        self.floatBits = floatBits
        self.transferSyntax = transferSyntax
        // Number of Frames is IS; absent, empty or 0 means one frame.
        let nf = ds.int(Tag(0x0028, 0x0008)) ?? 1
        numberOfFrames = nf < 1 ? 1 : nf
        samplesPerPixel = ds.int(Tag(0x0028, 0x0002)) ?? 1
        bitsAllocated = ds.int(Tag(0x0028, 0x0100)) ?? (floatBits > 0 ? floatBits : 16)
        if floatBits > 0 { bitsAllocated = floatBits }
        bitsStored = ds.int(Tag(0x0028, 0x0101)) ?? bitsAllocated
        highBit = ds.int(Tag(0x0028, 0x0102)) ?? (bitsStored - 1)
        pixelRepresentation = ds.int(Tag(0x0028, 0x0103)) ?? 0
        planarConfiguration = ds.int(Tag(0x0028, 0x0006)) ?? 0
        photometricInterpretation = ds.string(Tag(0x0028, 0x0004))
            ?? (samplesPerPixel == 3 ? "RGB" : "MONOCHROME2")
    }

    /// The geometry a codec is asked to produce for one frame.
    public var geometry: FrameGeometry {
        FrameGeometry(rows: rows, columns: columns, samplesPerPixel: samplesPerPixel, bitsAllocated: bitsAllocated,
                      bitsStored: bitsStored, pixelRepresentation: pixelRepresentation,
                      planarConfiguration: planarConfiguration, photometricInterpretation: photometricInterpretation)
    }

    /// Checks the attributes against the limits and for internal consistency.
    public func validate(_ limits: Limits) throws {
        if rows < 1 || columns < 1 {
            throw DICOMError(.invalidData, "image size \(rows)x\(columns) is empty or negative")
        }
        if rows > limits.maxDimension || columns > limits.maxDimension {
            throw DICOMError.limit("max_dimension", max(rows, columns), limits.maxDimension)
        }
        if numberOfFrames > limits.maxFrames {
            throw DICOMError.limit("max_frames", numberOfFrames, limits.maxFrames)
        }
        if samplesPerPixel != 1 && samplesPerPixel != 3 && samplesPerPixel != 4 {
            throw DICOMError(.invalidData, "Samples per Pixel \(samplesPerPixel) is not 1, 3 or 4")
        }
        let validBits = [1, 8, 16, 32, 64]
        if !validBits.contains(bitsAllocated) && !(encapsulated && bitsAllocated > 0 && bitsAllocated <= 16)
            && !(bitsAllocated == 12 || bitsAllocated == 24) {
            throw DICOMError(.invalidData, "Bits Allocated \(bitsAllocated) is not supported")
        }
        if bitsStored < 1 || bitsStored > bitsAllocated {
            throw DICOMError(.invalidData, "Bits Stored \(bitsStored) is outside 1...\(bitsAllocated)")
        }
        guard let fb = geometry.frameBytes else {
            throw DICOMError(.limitExceeded, "limit 'max_frame_bytes' exceeded: frame size overflows")
        }
        if fb > limits.maxFrameBytes { throw DICOMError.limit("max_frame_bytes", fb, limits.maxFrameBytes) }
        let (total, overflow) = fb.multipliedReportingOverflow(by: numberOfFrames)
        if overflow || total > limits.maxTotalDecodedBytes {
            throw DICOMError(.limitExceeded, "limit 'max_total_decoded_bytes' exceeded: \(numberOfFrames) frame(s) of \(fb) bytes"
                             + " > \(limits.maxTotalDecodedBytes)")
        }
    }
}
