import DICOMCore
import DICOMCodecs

/// Overlay planes (PS3.3 C.9.2): groups 6000-601E (even). Each plane is a bitmap either in
/// Overlay Data (60xx,3000), one bit per pixel, little-endian bit order, possibly several frames;
/// or (retired, still met in old files) in an unused high bit of native pixel data, at
/// Overlay Bit Position (60xx,0102).
public struct OverlayPlane: Sendable {
    public var group: UInt16
    public var rows: Int
    public var columns: Int
    /// 1-based row and column of the overlay's top-left pixel in the image.
    public var originRow: Int
    public var originColumn: Int
    public var frames: Int
    /// 1-based image frame the first overlay frame applies to.
    public var imageFrameOrigin: Int
    /// Overlay Data bytes (empty for an embedded plane).
    public var data: [UInt8]
    /// Bit position in the pixel data for an embedded plane, else nil.
    public var bitPosition: Int?
    /// "G" (graphics) or "R" (ROI).
    public var type: String
    public var label: String
}

public enum Overlays {
    /// The overlay planes of `ds` (malformed planes are skipped). Overlay Data is read with the
    /// throwing `withBytes` into a failable copy.
    /// - Throws: `.truncated`/`.io` when a lazily read file no longer holds the overlay data,
    ///   `.outOfMemory`.
    public static func planes(_ ds: DataSet, _ d: ImageDescription) throws -> [OverlayPlane] {
        var out: [OverlayPlane] = []
        var g: UInt16 = 0x6000
        while g <= 0x601E {
            defer { g &+= 2 }
            guard let rows = ds.int(Tag(g, 0x0010)), let cols = ds.int(Tag(g, 0x0011)),
                  rows > 0, cols > 0, rows <= 65535, cols <= 65535 else { continue }
            let origin = ds.doubles(Tag(g, 0x0050))
            // Origins far outside the image draw nothing; clamping keeps the arithmetic small.
            let oRow = origin.count >= 2 ? min(max(Int(exactly: origin[0].rounded()) ?? 1, -70000), 70000) : 1
            let oCol = origin.count >= 2 ? min(max(Int(exactly: origin[1].rounded()) ?? 1, -70000), 70000) : 1
            let frames = min(max(1, ds.int(Tag(g, 0x0015)) ?? 1), 1 << 24)
            let frameOrigin = min(max(1, ds.int(Tag(g, 0x0051)) ?? 1), 1 << 24)
            let type = (ds.string(Tag(g, 0x0040)) ?? "G").uppercased()
            let label = ds.string(Tag(g, 0x1500)) ?? ""
            if let e = ds.element(Tag(g, 0x3000)), e.items == nil, e.fragments == nil, e.length > 0 {
                var bytes = try ds.storage(of: e).withBytes(e.valueRange) { raw in
                    try FailableAlloc.array(copying: raw.bindMemory(to: UInt8.self), "overlay data of group \(String(g, radix: 16))")
                }
                if ds.bigEndian && e.vr == .OW {  // OW words: restore little-endian byte order
                    var i = 0
                    while i + 1 < bytes.count { bytes.swapAt(i, i + 1); i += 2 }
                }
                out.append(OverlayPlane(group: g, rows: rows, columns: cols, originRow: oRow, originColumn: oCol,
                                        frames: frames, imageFrameOrigin: frameOrigin, data: bytes, bitPosition: nil,
                                        type: type, label: label))
            } else if let bp = ds.int(Tag(g, 0x0102)), let ba = ds.int(Tag(g, 0x0100)), ba == d.bitsAllocated,
                      bp >= 0, bp < d.bitsAllocated, !d.encapsulated {
                out.append(OverlayPlane(group: g, rows: rows, columns: cols, originRow: oRow, originColumn: oCol,
                                        frames: frames, imageFrameOrigin: frameOrigin, data: [], bitPosition: bp,
                                        type: type, label: label))
            }
        }
        return out
    }

    /// Draws every overlay plane that applies to `frame` on `img` in `color` (0xRRGGBB;
    /// a grayscale image gets the colour's luma).
    public static func draw(on img: inout RenderedImage, pipeline: PixelPipeline, frame: Int, color: UInt32) throws {
        let ds = pipeline.dataSet
        let d = pipeline.description
        let planes = try Overlays.planes(ds, d)
        if planes.isEmpty { return }
        let r = UInt8(truncatingIfNeeded: color >> 16), g = UInt8(truncatingIfNeeded: color >> 8),
            b = UInt8(truncatingIfNeeded: color)
        let luma = UInt8(truncatingIfNeeded: (UInt32(r) * 299 + UInt32(g) * 587 + UInt32(b) * 114 + 500) / 1000)
        let w = img.width, h = img.height, c = img.channels
        for p in planes {
            let k = frame - (p.imageFrameOrigin - 1)
            guard k >= 0 && k < p.frames else { continue }
            func setPixel(_ row: Int, _ col: Int) {
                let y = row + p.originRow - 1, x = col + p.originColumn - 1
                guard y >= 0, y < h, x >= 0, x < w else { return }
                let i = (y * w + x) * c
                if c == 1 { img.pixels[i] = luma } else { img.pixels[i] = r; img.pixels[i + 1] = g; img.pixels[i + 2] = b }
            }
            if p.bitPosition == nil {
                let bitsPerFrame = p.rows * p.columns
                let start = k * bitsPerFrame
                guard (start + bitsPerFrame + 7) / 8 <= p.data.count else { continue }
                for row in 0..<p.rows {
                    for col in 0..<p.columns {
                        let bit = start + row * p.columns + col
                        if p.data[bit >> 3] & (1 << UInt8(bit & 7)) != 0 { setPixel(row, col) }
                    }
                }
            } else if let bp = p.bitPosition {
                // Embedded: read the raw native words of this frame (bits above Bits Stored).
                guard let e = ds.element(Tag.pixelData), e.fragments == nil else { continue }
                let bps = d.bitsAllocated / 8
                guard bps == 1 || bps == 2 else { continue }
                let pixels = d.rows * d.columns * d.samplesPerPixel
                let frameStart = frame * pixels * bps
                guard frameStart + pixels * bps <= e.valueRange.count, p.rows <= d.rows, p.columns <= d.columns else { continue }
                // Only this frame's bytes, read with pread for a lazily read file (the whole pixel
                // data used to be loaded through `rawValue`, and read as zeros once changed).
                let lo = e.valueRange.lowerBound + frameStart
                try ds.storage(of: e).withBytes(lo..<(lo + pixels * bps)) { raw in
                    for row in 0..<min(p.rows, d.rows) {
                        for col in 0..<min(p.columns, d.columns) {
                            let idx = (row * d.columns + col) * bps * d.samplesPerPixel
                            let v: Int
                            if bps == 1 { v = Int(raw[idx]) }
                            else { v = ds.bigEndian ? Int(raw[idx]) << 8 | Int(raw[idx + 1]) : Int(raw[idx + 1]) << 8 | Int(raw[idx]) }
                            if (v >> bp) & 1 != 0 { setPixel(row, col) }
                        }
                    }
                }
            }
        }
    }
}
