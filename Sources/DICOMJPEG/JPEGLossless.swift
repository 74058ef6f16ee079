import DICOMCore

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
            try decodeScan(&w, scan, out: out, bps: bps)
        })
        return precision
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
            let p = UnsafeMutablePointer<Int32>.allocate(capacity: 2 * width)
            p.initialize(repeating: 0, count: 2 * width)
            rowPtrs.append(p)
            _ = si
        }
        defer { for p in rowPtrs { p.deallocate() } }

        let out8 = out.assumingMemoryBound(to: UInt8.self)
        let out16 = out.assumingMemoryBound(to: UInt16.self)
        let mask: Int32 = 0xFFFF

        for y in 0..<height {
            for si in 0..<nsc {
                // swap prev/cur: copy cur to prev
                let p = rowPtrs[si]
                (p).update(from: p + width, count: width)
            }
            var x = 0
            while x < width {
                if restart > 0 {
                    if restartsLeft == 0 {
                        if reader.bits < 0 { throw codecError("JPEG lossless data ends early (row \(y))") }
                        if !reader.restart() { throw codecError("expected RST marker at offset \(reader.pos) (row \(y), column \(x))") }
                        restartsLeft = restart
                        firstLine = true
                        firstSample = true
                    }
                    restartsLeft -= 1
                }
                for si in 0..<nsc {
                    let t = tables[si]
                    let prev = rowPtrs[si]
                    let cur = prev + width
                    reader.refill()
                    let s = reader.decode(t)
                    var diff: Int
                    if s <= 0 {
                        if s < 0 { throw codecError("invalid Huffman code in JPEG lossless data (row \(y), column \(x))") }
                        diff = 0
                    } else if s < 16 {
                        diff = extend(reader.get(s), s)
                    } else if s == 16 {
                        diff = 32768
                    } else {
                        throw codecError("invalid lossless difference category \(s)")
                    }
                    var pred: Int32
                    if firstSample {
                        pred = initial
                    } else if firstLine {
                        pred = x > 0 ? cur[x - 1] : prev[x]
                        // first line after a restart: predictor 1 (Ra); at column 0 of a later
                        // line Rb is used below.
                        if x == 0 { pred = prev[x] }
                    } else if x == 0 {
                        pred = prev[0]
                    } else {
                        let ra = cur[x - 1], rb = prev[x], rc = prev[x - 1]
                        switch psv {
                        case 1: pred = ra
                        case 2: pred = rb
                        case 3: pred = rc
                        case 4: pred = ra &+ rb &- rc
                        case 5: pred = ra &+ ((rb &- rc) >> 1)
                        case 6: pred = rb &+ ((ra &- rc) >> 1)
                        default: pred = (ra &+ rb) >> 1
                        }
                    }
                    let v = (pred &+ Int32(truncatingIfNeeded: diff)) & mask
                    cur[x] = v
                    let ci = scan.componentIndexes[si]
                    let o = (y &* width &+ x) &* ncomp &+ ci
                    let sample = (v << Int32(pt)) & mask
                    if bps == 1 { out8[o] = UInt8(truncatingIfNeeded: sample) } else { out16[o] = UInt16(truncatingIfNeeded: sample).littleEndian }
                }
                firstSample = false
                x += 1
            }
            firstLine = false
            if reader.bits < 0 { throw codecError("JPEG lossless data ends early (row \(y) of \(height))") }
        }
        return reader.pos
    }
}
