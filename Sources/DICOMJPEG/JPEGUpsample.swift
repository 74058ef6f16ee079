import DICOMCore
#if canImport(Glibc)
import Glibc
#endif

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
        let full = try HeapBuffer<Int32>(count: width * height, "the \(width)x\(height) upsampled JPEG component")
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
        let rowBuf = try HeapBuffer<Int32>(count: rowW, "a JPEG row of \(rowW) samples")
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

/// One 8-bit component plane as libturbojpeg writes it (`tjDecompressToYUVPlanes`).
struct Plane8 {
    var base: UnsafePointer<UInt8>
    /// Bytes per row (>= width).
    var stride: Int
    /// Downsampled width/height (libjpeg's downsampled_width/height).
    var width: Int
    var height: Int
    var h: Int
    var v: Int
}

extension Upsampler {
    /// `write` for 8-bit planes into an 8-bit interleaved frame, straight from the bytes: the
    /// same libjpeg filters, one output row at a time for all components (rows of full-size
    /// components are read in place), no full-frame temporaries.
    /// - Throws: `.codecError` for a non-integral sampling ratio or planes smaller than declared.
    static func write8(_ planes: [Plane8], hmax: Int, vmax: Int, width: Int, height: Int,
                       into out: UnsafeMutablePointer<UInt8>) throws {
        let nc = planes.count
        guard nc >= 1, width > 0, height > 0 else { return }
        // Per component: ratios, and the scratch offsets of its upsampled row.
        var rowOffset: [Int] = []
        var scratchBytes = 0
        var maxDW = 0
        for p in planes {
            guard p.h > 0, p.v > 0, hmax % p.h == 0, vmax % p.v == 0 else {
                throw DICOMError(.codecError, "non-integral JPEG sampling ratio \(hmax)/\(p.h) x \(vmax)/\(p.v) is not supported")
            }
            guard p.width > 0, p.height > 0, p.stride >= p.width else {
                throw codecError("internal: component plane too small")
            }
            rowOffset.append(scratchBytes)
            // The upsampled row, at least `width` long (short rows repeat their last sample).
            scratchBytes &+= max(p.width &* (hmax / p.h), width)
            maxDW = max(maxDW, p.width)
        }
        let scratch = try FailableAlloc.uninitialized(UInt8.self, count: scratchBytes, "JPEG upsampling rows")
        defer { free(scratch) }
        let colsum = try FailableAlloc.uninitialized(Int32.self, count: maxDW, "a JPEG upsampling row")
        defer { free(colsum) }
        var rows = [UnsafePointer<UInt8>](repeating: UnsafePointer(scratch), count: nc)
        rows.withUnsafeMutableBufferPointer { rowPtrs in
            for y in 0..<height {
                for c in 0..<nc {
                    rowPtrs[c] = upsampleRow8(planes[c], hr: hmax / planes[c].h, vr: vmax / planes[c].v,
                                              y: y, width: width, scratch: scratch + rowOffset[c], colsum: colsum)
                }
                let o = out + y &* width &* nc
                if nc == 3 {
                    let r0 = rowPtrs[0], r1 = rowPtrs[1], r2 = rowPtrs[2]
                    for x in 0..<width {
                        o[x &* 3] = r0[x]
                        o[x &* 3 &+ 1] = r1[x]
                        o[x &* 3 &+ 2] = r2[x]
                    }
                } else if nc == 1 {
                    o.update(from: rowPtrs[0], count: width)
                } else {
                    for c in 0..<nc {
                        let r = rowPtrs[c]
                        for x in 0..<width { o[x &* nc &+ c] = r[x] }
                    }
                }
            }
        }
    }

    /// Output row `y` of one component at full size (>= `width` samples): a row of the plane
    /// itself when it is not subsampled, else the row built in `scratch`.
    @inline(__always)
    private static func upsampleRow8(_ p: Plane8, hr: Int, vr: Int, y: Int, width: Int,
                                     scratch r: UnsafeMutablePointer<UInt8>,
                                     colsum cs: UnsafeMutablePointer<Int32>) -> UnsafePointer<UInt8> {
        let dw = p.width, dh = p.height
        @inline(__always) func row(_ i: Int) -> UnsafePointer<UInt8> {
            p.base + (i < 0 ? 0 : (i >= dh ? dh &- 1 : i)) &* p.stride
        }
        let iy = y / vr
        let rowW = dw &* hr
        if hr == 1 && vr == 1 {
            if dw >= width { return row(iy) }
            r.update(from: row(iy), count: dw)
        } else if hr == 2 && vr == 1 && dw > 2 {
            // h2v1 triangle filter (jdsample.c h2v1_fancy_upsample).
            let i = row(iy)
            r[0] = i[0]
            r[1] = UInt8(truncatingIfNeeded: (Int32(i[0]) &* 3 &+ Int32(i[1]) &+ 2) >> 2)
            var x = 1
            while x < dw &- 1 {
                let v = Int32(i[x]) &* 3
                r[2 &* x] = UInt8(truncatingIfNeeded: (v &+ Int32(i[x &- 1]) &+ 1) >> 2)
                r[2 &* x &+ 1] = UInt8(truncatingIfNeeded: (v &+ Int32(i[x &+ 1]) &+ 2) >> 2)
                x &+= 1
            }
            let v = Int32(i[dw &- 1])
            r[2 &* (dw &- 1)] = UInt8(truncatingIfNeeded: (v &* 3 &+ Int32(i[dw &- 2]) &+ 1) >> 2)
            r[2 &* (dw &- 1) &+ 1] = i[dw &- 1]
        } else if hr == 1 && vr == 2 {
            // h1v2 triangle filter.
            let i0 = row(iy)
            let lower = y & 1 == 1
            let i1 = row(lower ? iy &+ 1 : iy &- 1)
            let bias: Int32 = lower ? 2 : 1
            for x in 0..<dw {
                r[x] = UInt8(truncatingIfNeeded: (Int32(i0[x]) &* 3 &+ Int32(i1[x]) &+ bias) >> 2)
            }
        } else if hr == 2 && vr == 2 && dw > 2 {
            // h2v2 triangle filter (jdsample.c h2v2_fancy_upsample): column sums of the nearer
            // and the farther input row, then the horizontal filter on the sums.
            let i0 = row(iy)
            let lower = y & 1 == 1
            let i1 = row(lower ? iy &+ 1 : iy &- 1)
            for x in 0..<dw { cs[x] = Int32(i0[x]) &* 3 &+ Int32(i1[x]) }
            r[0] = UInt8(truncatingIfNeeded: (cs[0] &* 4 &+ 8) >> 4)
            r[1] = UInt8(truncatingIfNeeded: (cs[0] &* 3 &+ cs[1] &+ 7) >> 4)
            var x = 1
            while x < dw &- 1 {
                let t = cs[x] &* 3
                r[2 &* x] = UInt8(truncatingIfNeeded: (t &+ cs[x &- 1] &+ 8) >> 4)
                r[2 &* x &+ 1] = UInt8(truncatingIfNeeded: (t &+ cs[x &+ 1] &+ 7) >> 4)
                x &+= 1
            }
            let t = cs[dw &- 1]
            r[2 &* (dw &- 1)] = UInt8(truncatingIfNeeded: (t &* 3 &+ cs[dw &- 2] &+ 8) >> 4)
            r[2 &* (dw &- 1) &+ 1] = UInt8(truncatingIfNeeded: (t &* 4 &+ 7) >> 4)
        } else {
            // Replication (libjpeg h2v1/h2v2 plain upsampling and int_upsample).
            let i = row(iy)
            for x in 0..<dw {
                let v = i[x]
                for k in 0..<hr { r[x &* hr &+ k] = v }
            }
        }
        // A row shorter than the image repeats its last sample (as `write` does).
        let have = hr == 1 && vr == 1 ? dw : rowW
        if have < width {
            let last = r[have &- 1]
            for x in have..<width { r[x] = last }
        }
        return UnsafePointer(r)
    }
}
