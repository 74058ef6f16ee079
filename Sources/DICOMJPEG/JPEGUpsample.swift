import DICOMCore

/// Expands subsampled components to full resolution like libjpeg(-turbo)'s jdsample.c with
/// do_fancy_upsampling (its default): h2v1 and h2v2 triangle filters when the downsampled
/// width is > 2, h1v2 triangle filter, otherwise pixel replication; then writes the samples
/// interleaved into the frame buffer.
enum Upsampler {
    static func write(_ f: JPEGFrameHeader, _ planes: [ComponentPlane], geometry: FrameGeometry,
                      into dst: UnsafeMutableRawBufferPointer) throws {
        let width = f.width, height = f.height
        let ncomp = planes.count
        guard ncomp == geometry.samplesPerPixel, width == geometry.columns, height == geometry.rows,
              let out = dst.baseAddress else {
            throw DICOMError(.invalidData, "JPEG frame does not match the declared geometry")
        }
        let bps = geometry.bytesPerSample
        let hmax = f.hmax, vmax = f.vmax
        var full = [Int32](repeating: 0, count: width * height)
        for (ci, p) in planes.enumerated() {
            guard p.stride >= p.width, p.samples.count >= p.stride * p.height else {
                throw codecError("internal: component plane too small")
            }
            try full.withUnsafeMutableBufferPointer { fb in
                try p.samples.withUnsafeBufferPointer { sb in
                    guard let o = fb.baseAddress, let s = sb.baseAddress else { return }
                    try upsample(s, p, hmax: hmax, vmax: vmax, width: width, height: height, out: o)
                }
            }
            full.withUnsafeBufferPointer { fb in
                if bps == 1 {
                    let d = out.assumingMemoryBound(to: UInt8.self)
                    for i in 0..<(width * height) { d[i &* ncomp &+ ci] = UInt8(truncatingIfNeeded: fb[i]) }
                } else {
                    let d = out.assumingMemoryBound(to: UInt16.self)
                    for i in 0..<(width * height) { d[i &* ncomp &+ ci] = UInt16(truncatingIfNeeded: fb[i]).littleEndian }
                }
            }
        }
    }

    static func upsample(_ s: UnsafePointer<Int32>, _ p: ComponentPlane, hmax: Int, vmax: Int,
                         width: Int, height: Int, out: UnsafeMutablePointer<Int32>) throws {
        let hr = hmax / p.h, vr = vmax / p.v
        guard hr * p.h == hmax, vr * p.v == vmax else {
            throw DICOMError(.codecError, "non-integral JPEG sampling ratio \(hmax)/\(p.h) x \(vmax)/\(p.v) is not supported")
        }
        let dw = p.width, dh = p.height, st = p.stride
        // Full-size row buffer of the upsampled component: may exceed `width` by up to hr-1.
        let rowW = dw * hr
        var rowBuf = [Int32](repeating: 0, count: rowW)
        @inline(__always) func row(_ r: Int) -> UnsafePointer<Int32> {
            s + (r < 0 ? 0 : (r >= dh ? dh - 1 : r)) * st
        }
        try rowBuf.withUnsafeMutableBufferPointer { rb in
            guard let r = rb.baseAddress else { throw codecError("empty row") }
            for y in 0..<height {
                let iy = y / vr
                if hr == 1 && vr == 1 {
                    for x in 0..<dw { r[x] = row(iy)[x] }
                } else if hr == 2 && vr == 1 && dw > 2 {
                    let i = row(iy)
                    var v = i[0]
                    r[0] = v
                    r[1] = (v &* 3 &+ i[1] &+ 2) >> 2
                    var x = 1
                    while x < dw - 1 {
                        v = i[x] &* 3
                        r[2 * x] = (v &+ i[x - 1] &+ 1) >> 2
                        r[2 * x + 1] = (v &+ i[x + 1] &+ 2) >> 2
                        x += 1
                    }
                    v = i[dw - 1]
                    r[2 * (dw - 1)] = (v &* 3 &+ i[dw - 2] &+ 1) >> 2
                    r[2 * (dw - 1) + 1] = v
                } else if hr == 1 && vr == 2 {
                    let i0 = row(iy)
                    let lower = y & 1 == 1
                    let i1 = row(lower ? iy + 1 : iy - 1)
                    let bias: Int32 = lower ? 2 : 1
                    for x in 0..<dw { r[x] = (i0[x] &* 3 &+ i1[x] &+ bias) >> 2 }
                } else if hr == 2 && vr == 2 && dw > 2 {
                    let i0 = row(iy)
                    let lower = y & 1 == 1
                    let i1 = row(lower ? iy + 1 : iy - 1)
                    var this = i0[0] &* 3 &+ i1[0]
                    var next = i0[1] &* 3 &+ i1[1]
                    r[0] = (this &* 4 &+ 8) >> 4
                    r[1] = (this &* 3 &+ next &+ 7) >> 4
                    var last = this
                    this = next
                    var x = 1
                    while x < dw - 1 {
                        next = i0[x + 1] &* 3 &+ i1[x + 1]
                        r[2 * x] = (this &* 3 &+ last &+ 8) >> 4
                        r[2 * x + 1] = (this &* 3 &+ next &+ 7) >> 4
                        last = this
                        this = next
                        x += 1
                    }
                    r[2 * (dw - 1)] = (this &* 3 &+ last &+ 8) >> 4
                    r[2 * (dw - 1) + 1] = (this &* 4 &+ 7) >> 4
                } else {
                    // Replication (libjpeg h2v1/h2v2 plain upsampling and int_upsample).
                    let i = row(iy)
                    for x in 0..<dw {
                        let v = i[x]
                        for k in 0..<hr { r[x * hr + k] = v }
                    }
                }
                let o = out + y * width
                for x in 0..<width { o[x] = x < rowW ? r[x] : r[rowW - 1] }
            }
        }
    }
}
