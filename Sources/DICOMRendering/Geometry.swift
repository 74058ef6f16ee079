import DICOMCore

/// Where a pixel spacing came from, so a viewer can say "calibrated" or not.
public enum SpacingSource: String, Sendable {
    /// Pixel Spacing (0028,0030) (or the Pixel Measures functional group): in the patient.
    case pixelSpacing = "pixel_spacing"
    /// Imager Pixel Spacing (0018,1164) divided by the Estimated Radiographic Magnification
    /// Factor (0018,1114): corrected to the patient plane.
    case imagerPixelSpacingCorrected = "imager_pixel_spacing_corrected"
    /// Imager Pixel Spacing without a magnification factor: at the detector, not the patient.
    case imagerPixelSpacing = "imager_pixel_spacing"
    /// Physical Delta X/Y of a Sequence of Ultrasound Regions item with units of cm.
    case ultrasoundRegion = "ultrasound_region"
    case none = "none"
}

/// One item of the Sequence of Ultrasound Regions (0018,6011).
public struct UltrasoundRegion: Sendable, Equatable {
    public var minX: Int, minY: Int, maxX: Int, maxY: Int
    /// Physical Units X/Y Direction (0018,6024/6026): 3 = cm, 4 = seconds, ...
    public var unitsX: Int, unitsY: Int
    public var deltaX: Double, deltaY: Double
    public var spatialFormat: Int
    public var dataType: Int
}

/// Pixel geometry for measuring.
public struct Geometry: Sendable {
    /// Distance between row centres (vertical) and column centres (horizontal), in mm; 0 when unknown.
    public var rowSpacing: Double = 0
    public var columnSpacing: Double = 0
    public var source: SpacingSource = .none
    /// Pixel Aspect Ratio as vertical / horizontal size (1 when absent).
    public var pixelAspectRatio: Double = 1
    public var ultrasoundRegions: [UltrasoundRegion] = []

    /// Reads the geometry of frame `frame` of `ds`. The order is: Pixel Spacing (per-frame or
    /// shared Pixel Measures first), Imager Pixel Spacing (corrected by the magnification factor
    /// when present), then the first ultrasound region whose X and Y units are cm.
    public init(dataSet ds: DataSet, frame: Int = 0) {
        pixelAspectRatio = Geometry.pixelAspectRatio(ds)
        ultrasoundRegions = ds.items(Tag(0x0018, 0x6011)).map { it in
            UltrasoundRegion(minX: it.int(Tag(0x0018, 0x6018)) ?? 0, minY: it.int(Tag(0x0018, 0x601A)) ?? 0,
                             maxX: it.int(Tag(0x0018, 0x601C)) ?? 0, maxY: it.int(Tag(0x0018, 0x601E)) ?? 0,
                             unitsX: it.int(Tag(0x0018, 0x6024)) ?? 0, unitsY: it.int(Tag(0x0018, 0x6026)) ?? 0,
                             deltaX: it.double(Tag(0x0018, 0x602C)) ?? 0, deltaY: it.double(Tag(0x0018, 0x602E)) ?? 0,
                             spatialFormat: it.int(Tag(0x0018, 0x6012)) ?? 0, dataType: it.int(Tag(0x0018, 0x6014)) ?? 0)
        }
        func pair(_ d: DataSet, _ t: Tag) -> (Double, Double)? {
            let v = d.renderNumbers(t)
            guard v.count >= 2, v[0] > 0, v[1] > 0, v[0].isFinite, v[1].isFinite else { return nil }
            return (v[0], v[1])
        }
        // Pixel Measures functional group (0028,9110).
        var measures: DataSet? = nil
        let pf = ds.items(Tag(0x5200, 0x9230))
        if frame >= 0 && frame < pf.count, let m = pf[frame].items(Tag(0x0028, 0x9110)).first { measures = m }
        else if let sh = ds.items(Tag(0x5200, 0x9229)).first, let m = sh.items(Tag(0x0028, 0x9110)).first { measures = m }
        if let m = measures, let (r, c) = pair(m, Tag(0x0028, 0x0030)) {
            rowSpacing = r; columnSpacing = c; source = .pixelSpacing
        } else if let (r, c) = pair(ds, Tag(0x0028, 0x0030)) {
            rowSpacing = r; columnSpacing = c; source = .pixelSpacing
        } else if let (r, c) = pair(ds, Tag(0x0018, 0x1164)) {
            if let f = ds.renderNumber(Tag(0x0018, 0x1114)), f > 0, f.isFinite {
                rowSpacing = r / f; columnSpacing = c / f; source = .imagerPixelSpacingCorrected
            } else {
                rowSpacing = r; columnSpacing = c; source = .imagerPixelSpacing
            }
        } else if let reg = ultrasoundRegions.first(where: { $0.unitsX == 3 && $0.unitsY == 3 && $0.deltaX > 0 && $0.deltaY > 0 }) {
            rowSpacing = reg.deltaY * 10; columnSpacing = reg.deltaX * 10; source = .ultrasoundRegion
        }
    }

    /// Pixel Aspect Ratio (0028,0034) "vertical\horizontal" as a ratio; 1 when absent or invalid.
    public static func pixelAspectRatio(_ ds: DataSet) -> Double {
        let v = ds.renderNumbers(Tag(0x0028, 0x0034))
        guard v.count >= 2, v[0] > 0, v[1] > 0, v[0].isFinite, v[1].isFinite else { return 1 }
        let r = v[0] / v[1]
        return r > 0.01 && r < 100 ? r : 1
    }
}
