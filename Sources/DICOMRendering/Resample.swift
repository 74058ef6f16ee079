import DICOMCore

/// Area-averaging resampling: each output pixel is the mean of the source area it covers
/// (fractional coverage at the edges), separable in x then y. Downscaling averages; upscaling
/// degenerates to nearest/linear-like blending of at most two source pixels.
public enum Resample {
    /// Resamples a 1- or 3-channel 8-bit image to `width` x `height`. The intermediate image
    /// (source rows x output width, Float) and the output are allocated through `FailableAlloc`.
    /// - Throws: `.outOfMemory`.
    public static func areaAverage(_ img: RenderedImage, width: Int, height: Int) throws -> RenderedImage {
        let sw = img.width, sh = img.height, c = img.channels
        guard sw > 0, sh > 0, width > 0, height > 0, img.pixels.count >= sw * sh * c else {
            return RenderedImage(width: max(width, 0), height: max(height, 0), channels: c,
                                 pixels: try FailableAlloc.array(repeating: UInt8(0), count: max(width, 0) &* max(height, 0) &* c,
                                                                 "a \(width)x\(height) image"),
                                 voiDescription: img.voiDescription)
        }
        let xw = weights(src: sw, dst: width)
        let yw = weights(src: sh, dst: height)
        // Flat horizontal weights: for output x, taps xStart[x] ..< xStart[x] + xCount[x].
        var xStart = [Int](repeating: 0, count: width)
        var xCount = [Int](repeating: 0, count: width)
        var xOffset = [Int](repeating: 0, count: width)
        var xWeights: [Float] = []
        for (ox, (start, ws)) in xw.enumerated() {
            xStart[ox] = start; xCount[ox] = ws.count; xOffset[ox] = xWeights.count
            xWeights.append(contentsOf: ws)
        }
        // Horizontal pass: sh rows x width x c floats.
        let tmp = try HeapBuffer<Float>(count: sh &* width &* c, "the \(width)x\(sh) resampling pass")
        img.pixels.withUnsafeBufferPointer { sp in
            tmp.withUnsafeMutableBufferPointer { tp in
                xWeights.withUnsafeBufferPointer { wp in
                    guard let s = sp.baseAddress, let t = tp.baseAddress, let wb = wp.baseAddress else { return }
                    for y in 0..<sh {
                        let srow = s + y * sw * c
                        let trow = t + y * width * c
                        for ox in 0..<width {
                            let n = xCount[ox]
                            let w = wb + xOffset[ox]
                            if c == 1 {
                                let p = srow + xStart[ox]
                                var acc: Float = 0
                                for k in 0..<n { acc += Float(p[k]) * w[k] }
                                trow[ox] = acc
                            } else {
                                let p = srow + xStart[ox] * c
                                for ch in 0..<c {
                                    var acc: Float = 0
                                    for k in 0..<n { acc += Float(p[k * c + ch]) * w[k] }
                                    trow[ox * c + ch] = acc
                                }
                            }
                        }
                    }
                }
            }
        }
        var out = try FailableAlloc.array(repeating: UInt8(0), count: width &* height &* c, "a \(width)x\(height) image")
        tmp.withUnsafeBufferPointer { tp in
            out.withUnsafeMutableBufferPointer { op in
                guard let t = tp.baseAddress, let o = op.baseAddress else { return }
                let rowLen = width * c
                var acc = [Float](repeating: 0, count: rowLen)
                for oy in 0..<height {
                    let (start, ws) = yw[oy]
                    for i in 0..<rowLen { acc[i] = 0 }
                    for (k, wgt) in ws.enumerated() {
                        let trow = t + (start + k) * rowLen
                        for i in 0..<rowLen { acc[i] += trow[i] * wgt }
                    }
                    let orow = o + oy * rowLen
                    for i in 0..<rowLen {
                        let v = (acc[i] + 0.5).rounded(.down)
                        orow[i] = v <= 0 ? 0 : (v >= 255 ? 255 : UInt8(v))
                    }
                }
            }
        }
        return RenderedImage(width: width, height: height, channels: c, pixels: out, voiDescription: img.voiDescription)
    }

    /// For each output index: the first source index and the normalised weights of the source
    /// pixels covering [i * scale, (i + 1) * scale).
    static func weights(src: Int, dst: Int) -> [(Int, [Float])] {
        let scale = Double(src) / Double(dst)
        var out: [(Int, [Float])] = []
        out.reserveCapacity(dst)
        for i in 0..<dst {
            var a = Double(i) * scale, b = Double(i + 1) * scale
            if scale < 1 {  // upscaling: a one-pixel-wide window centred on the sample point
                let centre = (Double(i) + 0.5) * scale
                a = centre - 0.5; b = centre + 0.5
            }
            a = max(0, a); b = min(Double(src), b)
            var first = Int(a.rounded(.down))
            var last = Int(b.rounded(.up)) - 1
            first = min(max(first, 0), src - 1)
            last = min(max(last, first), src - 1)
            var ws: [Float] = []
            var total = 0.0
            for k in first...last {
                let lo = max(a, Double(k)), hi = min(b, Double(k + 1))
                let w = max(0, hi - lo)
                ws.append(Float(w)); total += w
            }
            if total <= 0 { ws = [Float](repeating: 0, count: ws.count); ws[0] = 1; total = 1 }
            out.append((first, ws.map { $0 / Float(total) }))
        }
        return out
    }
}
