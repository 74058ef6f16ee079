import DICOMCore
import DICOMCodecs

/// The attributes that drive grayscale rendering for one frame, gathered from the right place:
/// for enhanced multi-frame objects the frame's Per-Frame Functional Groups item, else the Shared
/// Functional Groups, else the top level (PS3.3 C.7.6.16). Pixel Value Transformation
/// (0028,9145) gives the rescale; Frame VOI LUT (0028,9132) the windows and VOI LUT function.
public struct FrameAttributes: Sendable {
    public var modality: ModalityTransform = .identity
    /// Bits per entry of the Modality LUT when there is one (drives the window output range).
    public var modalityLUTBits: Int? = nil
    /// Windows from the file, in order (Window Center/Width values paired by index).
    public var windows: [Window] = []
    /// VOI LUT Sequence items, in order.
    public var voiLUTs: [LookupTable] = []
    /// VOI LUT Function from the file.
    public var voiFunction: VOIFunction = .linear
    /// Presentation LUT Shape (2050,0020): "IDENTITY", "INVERSE" or "" when absent.
    public var presentationLUTShape: String = ""
    public var photometric: String
    public var bitsStored: Int
    public var pixelRepresentation: Int
    /// Rescale Slope and Intercept both present (with the values), as pydicom tests it.
    public var rescale: (slope: Double, intercept: Double)? = nil

    private static let pixelValueTransformation = Tag(0x0028, 0x9145)
    private static let frameVOILUT = Tag(0x0028, 0x9132)
    private static let perFrame = Tag(0x5200, 0x9230)
    private static let shared = Tag(0x5200, 0x9229)

    /// Reads the attributes of frame `frame` of `ds`. Malformed optional attributes are ignored
    /// (a bad window is skipped, an unreadable LUT is left out), so a viewer still shows the image.
    public init(dataSet ds: DataSet, description d: ImageDescription, frame: Int) {
        photometric = d.photometricInterpretation
        bitsStored = d.bitsStored
        pixelRepresentation = d.pixelRepresentation
        let signed = d.pixelRepresentation == 1

        // Functional group items holding a macro, most specific first.
        func macro(_ tag: Tag) -> DataSet? {
            let pf = ds.items(FrameAttributes.perFrame)
            if frame >= 0 && frame < pf.count, let it = pf[frame].items(tag).first { return it }
            if let sh = ds.items(FrameAttributes.shared).first, let it = sh.items(tag).first { return it }
            return nil
        }
        let pvt = macro(FrameAttributes.pixelValueTransformation) ?? ds
        let voi = macro(FrameAttributes.frameVOILUT) ?? ds

        // Modality: a Modality LUT Sequence wins over rescale (PS3.3 C.11.1).
        if let item = ds.items(Tag(0x0028, 0x3000)).first,
           let lut = try? LookupTable.read(item: item, signedInput: signed) {
            modality = .lut(lut)
            modalityLUTBits = lut.bits
        } else if let s = pvt.renderNumber(Tag(0x0028, 0x1053)), let i = pvt.renderNumber(Tag(0x0028, 0x1052)),
                  s.isFinite, i.isFinite {
            modality = .rescale(slope: s, intercept: i)
        }
        if let s = pvt.renderNumber(Tag(0x0028, 0x1053)), let i = pvt.renderNumber(Tag(0x0028, 0x1052)), s.isFinite, i.isFinite {
            rescale = (s, i)
        }

        // VOI.
        if let f = voi.renderString(Tag(0x0028, 0x1056)), let fn = VOIFunction(name: f) { voiFunction = fn }
        let centers = voi.renderNumbers(Tag(0x0028, 0x1050))
        let widths = voi.renderNumbers(Tag(0x0028, 0x1051))
        var explanations: [String] = []
        if let e = voi.element(Tag(0x0028, 0x1055)) { explanations = voi.strings(e) }
        for i in 0..<min(centers.count, widths.count) {
            windows.append(Window(center: centers[i], width: widths[i], function: voiFunction,
                                  explanation: i < explanations.count ? explanations[i] : ""))
        }
        for item in voi.items(Tag(0x0028, 0x3010)) {
            if let lut = try? LookupTable.read(item: item, signedInput: signed) { voiLUTs.append(lut) }
        }
        presentationLUTShape = (ds.renderString(Tag(0x2050, 0x0020)) ?? "").uppercased()
    }

    /// The window output range of the reference rendering (pydicom's apply_windowing):
    /// 0...2^ModalityLUTDescriptor[2]-1 with a Modality LUT; else 0...2^BitsStored-1 (unsigned) or
    /// -2^(BitsStored-1)...2^(BitsStored-1)-1 (signed); then rescaled when slope and intercept are
    /// present. The 8-bit result is (nearly) independent of this range; it matters only for the
    /// last bit of floating-point rounding, which is why it is reproduced.
    public var windowOutputRange: (Double, Double) {
        var yMin: Double, yMax: Double
        let bs = min(max(bitsStored, 1), 62)
        if let b = modalityLUTBits {
            yMin = 0
            yMax = Double((1 << min(max(b, 1), 62)) - 1)
        } else if pixelRepresentation == 0 {
            yMin = 0
            yMax = Double((1 << bs) - 1)
        } else {
            yMin = -Double(1 << (bs - 1))
            yMax = Double((1 << (bs - 1)) - 1)
        }
        if let r = rescale {
            yMin = yMin * r.slope + r.intercept
            yMax = yMax * r.slope + r.intercept
        }
        return (yMin, yMax)
    }

    /// Whether the presentation inverts: MONOCHROME1, or Presentation LUT Shape INVERSE on a
    /// MONOCHROME2 image. For MONOCHROME1 the shape (INVERSE where the IOD requires one, e.g. DX)
    /// states the same polarity, so the inversion is applied once, never twice.
    public var invertsByDefault: Bool {
        photometric == "MONOCHROME1" || presentationLUTShape == "INVERSE"
    }
}
