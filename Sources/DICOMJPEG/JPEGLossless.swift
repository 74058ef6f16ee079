import DICOMCore
#if canImport(Glibc)
import Glibc
#endif

/// Native decoder for JPEG lossless, process 14 (SOF3, ITU-T T.81 Annex H): predictors 1-7,
/// point transform, precision 2-16, one or more components in interleaved or
/// one-component-per-scan (non-interleaved) scans, restart intervals.
///
/// Samples are written interleaved into `dst` (component c of pixel i at sample index
/// i * ncomp + c), each in `bytesPerSample` bytes, little endian, as coded (unsigned,
/// modulo 2^16, shifted left by the point transform).
enum LosslessDecoder {
    static func decode(_ src: UnsafeRawBufferPointer, geometry: FrameGeometry,
                       into dst: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = src.baseAddress?.assumingMemoryBound(to: UInt8.self),
              let out = dst.baseAddress else {
            throw codecError("empty JPEG codestream or output buffer")
        }
        let bps = geometry.bytesPerSample
        var precision = 0
        var decoded = Set<Int>()
        var walker = JPEGMarkerWalker(base: base, count: src.count)
        try walker.run(frameCheck: { f in
            guard f.sofMarker == 0xC3 else { throw codecError("not a lossless (SOF3) JPEG stream") }
            try checkGeometry(f, geometry)
            guard f.precision >= 2, f.precision <= 16 else { throw codecError("invalid lossless precision \(f.precision)") }
            if f.precision > 8 && bps < 2 {
                throw DICOMError(.invalidData, "JPEG lossless precision \(f.precision) does not fit Bits Allocated \(geometry.bitsAllocated)")
            }
            for c in f.components where c.h != 1 || c.v != 1 {
                throw DICOMError(.codecError, "JPEG lossless with sampling factors \(c.h)x\(c.v) is not supported")
            }
            precision = f.precision
        }, onScan: { w, scan in
            for ci in scan.componentIndexes where decoded.contains(ci) {
                throw codecError("component \(ci) is coded in two lossless scans")
            }
            decoded.formUnion(scan.componentIndexes)
            return try decodeScan(&w, scan, out: out, bps: bps)
        })
        if decoded.count != geometry.samplesPerPixel {
            throw codecError("JPEG lossless stream codes \(decoded.count) of \(geometry.samplesPerPixel) components")
        }
        return precision
    }

    @inline(__always) static func predict(_ psv: Int, _ ra: Int32, _ rb: Int32, _ rc: Int32) -> Int32 {
        switch psv {
        case 1: return ra
        case 2: return rb
        case 3: return rc
        case 4: return ra &+ rb &- rc
        case 5: return ra &+ ((rb &- rc) >> 1)
        case 6: return rb &+ ((ra &- rc) >> 1)
        default: return (ra &+ rb) >> 1
        }
    }

    /// Decodes one difference (category + extra bits); Int.min for a corrupt code.
    @inline(__always) static func losslessDiff(_ r: inout BitReader, _ t: HuffmanView) -> Int {
        if r.bits < 32 { r.refill() }
        let c = t.diff[Int(truncatingIfNeeded: r.acc &>> UInt64(64 - HuffmanTable.diffBits))]
        if c != 0 {
            r.skip(Int(c & 0xFF))
            return Int(c >> 8)
        }
        return losslessDiffSlow(&r, t)
    }

    @inline(never)
    static func losslessDiffSlow(_ r: inout BitReader, _ t: HuffmanView) -> Int {
        let e = Int(t.lookup[Int(truncatingIfNeeded: r.acc &>> 55)])
        let s: Int
        if e != 0 {
            r.skip(e >> 8)
            s = e & 0xFF
        } else {
            s = r.decodeSlow(t)
        }
        if s == 0 { return 0 }
        if s >= 16 || s < 0 { return s == 16 ? 32768 : Int.min }
        let v = Int(truncatingIfNeeded: r.acc &>> UInt64(64 - s))
        r.skip(s)
        return v < (1 << (s - 1)) ? v - (1 << s) + 1 : v
    }

    /// Samples x..<end of one row, predictor 1 (the left sample), for a table where difference
    /// 0 has the one-bit code 0 (so at least about half of the differences are 0): runs of 0
    /// differences (flat areas, blank borders) are taken from the leading zeros of the bit
    /// buffer at once, 8 or more samples at a time; fewer, and every other code, go through
    /// `losslessDiff`. The same values as the per-code loop. False: an invalid code.
    static func leftRuns(_ reader: inout BitReader, _ view: HuffmanView, prev: UnsafeMutablePointer<Int32>,
                         cur: UnsafeMutablePointer<Int32>, x x0: Int, end: Int, out: UnsafeMutableRawPointer,
                         o o0: Int, step: Int, bps: Int, pt: Int32) -> Bool {
        @inline(__always) func body(_ two: Bool) -> Bool {
            let out8 = out.assumingMemoryBound(to: UInt8.self)
            let out16 = out.assumingMemoryBound(to: UInt16.self)
            let mask: Int32 = 0xFFFF
            var x = x0, o = o0, ok = true
            var ra = cur[x &- 1]
            while x < end {
                if reader.bits < 32 { reader.refill() }
                // The bits below the valid ones are zero: min() keeps the run within the valid ones.
                let n = min(reader.acc.leadingZeroBitCount, reader.bits, end &- x)
                if n >= 8 {
                    reader.skip(n)
                    let sample = (ra << pt) & mask
                    let stop = x &+ n
                    while x < stop {
                        cur[x] = ra
                        if two { out16[o] = UInt16(truncatingIfNeeded: sample).littleEndian } else { out8[o] = UInt8(truncatingIfNeeded: sample) }
                        o = o &+ step
                        x &+= 1
                    }
                    continue
                }
                let d = losslessDiff(&reader, view)
                if d == Int.min { ok = false }
                ra = (ra &+ Int32(truncatingIfNeeded: d)) & mask
                cur[x] = ra
                let sample = (ra << pt) & mask
                if two { out16[o] = UInt16(truncatingIfNeeded: sample).littleEndian } else { out8[o] = UInt8(truncatingIfNeeded: sample) }
                o = o &+ step
                x &+= 1
            }
            return ok
        }
        return bps == 2 ? body(true) : body(false)
    }

    static func checkGeometry(_ f: JPEGFrameHeader, _ g: FrameGeometry) throws {
        if f.width != g.columns || f.height != g.rows || f.components.count != g.samplesPerPixel {
            throw DICOMError(.invalidData,
                "JPEG frame is \(f.width)x\(f.height) with \(f.components.count) component(s), the data set declares \(g.columns)x\(g.rows) with \(g.samplesPerPixel) sample(s) per pixel")
        }
    }

    static func decodeScan(_ w: inout JPEGMarkerWalker, _ scan: JPEGMarkerWalker.Scan,
                           out: UnsafeMutableRawPointer, bps: Int) throws -> Int {
        let f = w.frame
        let psv = scan.ss
        let pt = scan.al
        guard psv >= 1, psv <= 7 else { throw codecError("invalid lossless predictor selection value \(psv)") }
        guard pt < f.precision else { throw codecError("point transform \(pt) >= precision \(f.precision)") }
        let width = f.width
        let height = f.height
        let ncomp = f.components.count
        let nsc = scan.componentIndexes.count
        var tables: [HuffmanTable] = []
        for i in 0..<nsc {
            guard let t = w.dcTables[scan.td[i]] else { throw codecError("scan uses undefined Huffman table \(scan.td[i])") }
            tables.append(t)
        }
        let initial = Int32(1 << (f.precision - pt - 1))
        let restart = w.restartInterval
        var reader = BitReader(base: w.base, start: scan.dataStart, end: w.count)
        var restartsLeft = restart
        var firstLine = true       // predictor 1 for the line after a (re)start
        var firstSample = true      // the default value for the first sample after a (re)start

        // Work on raw pointers to the per-component row buffers.
        var rowPtrs: [UnsafeMutablePointer<Int32>] = []
        for si in 0..<nsc {
            let p = try FailableAlloc.zeroed(Int32.self, count: 2 * width, "a lossless JPEG row of \(width)")
            rowPtrs.append(p)
            _ = si
        }
        defer { for p in rowPtrs { free(p) } }
        // The row above and the current row of each component (halves of its buffer).
        var prevRows = rowPtrs, curRows = rowPtrs.map { $0 + width }

        let out8 = out.assumingMemoryBound(to: UInt8.self)
        let out16 = out.assumingMemoryBound(to: UInt16.self)
        let mask: Int32 = 0xFFFF
        let pt32 = Int32(pt)
        let views = tables.map { $0.view }
        var bad = false

        @inline(__always) func store(_ o: Int, _ v: Int32) {
            let sample = (v << pt32) & mask
            if bps == 1 { out8[o] = UInt8(truncatingIfNeeded: sample) } else { out16[o] = UInt16(truncatingIfNeeded: sample).littleEndian }
        }

        for y in 0..<height {
            // The previous row becomes the row above: swap the halves by pointer.
            if y > 0 {
                for si in 0..<nsc { swap(&prevRows[si], &curRows[si]) }
            }
            var x = 0
            while x < width {
                if restart > 0 && restartsLeft == 0 {
                    if reader.bits < 0 { throw codecError("JPEG lossless data ends early (row \(y))") }
                    if !reader.restart() { throw codecError("expected RST marker at offset \(reader.pos) (row \(y), column \(x))") }
                    restartsLeft = restart
                    firstLine = true
                    firstSample = true
                }
                let runEnd = restart > 0 ? min(width, x + restartsLeft) : width
                if restart > 0 { restartsLeft -= runEnd - x }
                // First sample of the run: default value, or Rb at column 0, or Ra.
                for si in 0..<nsc {
                    let prev = prevRows[si]
                    let cur = curRows[si]
                    let d = losslessDiff(&reader, views[si])
                    if d == Int.min { bad = true }
                    let pred: Int32 = firstSample ? initial : (x == 0 ? prev[0] : cur[x - 1])
                    let v = (pred &+ Int32(truncatingIfNeeded: d)) & mask
                    cur[x] = v
                    store((y &* width &+ x) &* ncomp &+ scan.componentIndexes[si], v)
                }
                firstSample = false
                x += 1
                if x >= runEnd { continue }
                let effective = firstLine ? 1 : psv
                if nsc == 1 {
                    // Single-component fast path.
                    let view = views[0]
                    let prev = prevRows[0]
                    let cur = curRows[0]
                    let ci = scan.componentIndexes[0]
                    var o = (y &* width &+ x) &* ncomp &+ ci
                    // One loop per predictor and sample size, the predictor constant-folded.
                    @inline(__always) func inner(_ psvK: Int, _ two: Bool) {
                        while x < runEnd {
                            let d = losslessDiff(&reader, view)
                            if d == Int.min { bad = true }
                            let pred = predict(psvK, cur[x &- 1], prev[x], prev[x &- 1])
                            let v = (pred &+ Int32(truncatingIfNeeded: d)) & mask
                            cur[x] = v
                            let sample = (v << pt32) & mask
                            if two { out16[o] = UInt16(truncatingIfNeeded: sample).littleEndian } else { out8[o] = UInt8(truncatingIfNeeded: sample) }
                            o = o &+ ncomp
                            x &+= 1
                        }
                    }
                    if effective == 1 && view.diff[0] == 1 {
                        // Difference 0 has the one-bit code 0: see `leftRuns`.
                        var r = reader  // a local copy: `reader` stays out of memory in `inner`
                        if !leftRuns(&r, view, prev: prev, cur: cur, x: x, end: runEnd, out: out, o: o, step: ncomp,
                                     bps: bps, pt: pt32) { bad = true }
                        reader = r
                        x = runEnd
                    } else if bps == 2 {
                        switch effective {
                        case 1: inner(1, true)
                        case 2: inner(2, true)
                        case 3: inner(3, true)
                        case 4: inner(4, true)
                        case 5: inner(5, true)
                        case 6: inner(6, true)
                        default: inner(7, true)
                        }
                    } else {
                        switch effective {
                        case 1: inner(1, false)
                        case 2: inner(2, false)
                        case 3: inner(3, false)
                        case 4: inner(4, false)
                        case 5: inner(5, false)
                        case 6: inner(6, false)
                        default: inner(7, false)
                        }
                    }
                } else {
                    while x < runEnd {
                        let base = (y &* width &+ x) &* ncomp
                        for si in 0..<nsc {
                            let prev = prevRows[si]
                            let cur = curRows[si]
                            let d = losslessDiff(&reader, views[si])
                            if d == Int.min { bad = true }
                            let pred = predict(effective, cur[x - 1], prev[x], prev[x - 1])
                            let v = (pred &+ Int32(truncatingIfNeeded: d)) & mask
                            cur[x] = v
                            store(base &+ scan.componentIndexes[si], v)
                        }
                        x += 1
                    }
                }
                if bad { throw codecError("invalid Huffman code in JPEG lossless data (row \(y))") }
            }
            if bad { throw codecError("invalid Huffman code in JPEG lossless data (row \(y))") }
            firstLine = false
            if reader.bits < 0 { throw codecError("JPEG lossless data ends early (row \(y) of \(height))") }
        }
        return reader.pos
    }
}
