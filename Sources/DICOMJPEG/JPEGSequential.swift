import DICOMCore

/// An IDCT output sample: Int32 in component planes, little-endian UInt16 in frame buffers.
protocol IDCTSample {
    static func idctSample(_ v: Int32) -> Self
}

extension Int32: IDCTSample {
    @inline(__always) static func idctSample(_ v: Int32) -> Int32 { v }
}

extension UInt16: IDCTSample {
    @inline(__always) static func idctSample(_ v: Int32) -> UInt16 { UInt16(truncatingIfNeeded: v).littleEndian }
}

/// One decoded component of a DCT frame at its own (possibly subsampled) resolution.
struct ComponentPlane {
    /// Samples, `stride` per row, at least `height` rows (padded to whole blocks); calloc'ed
    /// (its size comes from the SOF header: failable, committed only where decoded).
    var samples: HeapBuffer<Int32>
    var stride: Int
    /// Downsampled width/height: ceil(image size * factor / max factor) (libjpeg's
    /// downsampled_width/height).
    var width: Int
    var height: Int
    var h: Int
    var v: Int
}

/// Native decoder for sequential DCT, Huffman coded JPEG (SOF0/SOF1), precision 8 or 12, any
/// sampling factors, restart intervals. The IDCT is the IJG "islow" integer transform
/// (jidctint.c) with the IJG range limiting, so output is bit-identical to libjpeg 6b / DCMTK
/// 12-bit builds (the decoders the corpus consensus is made of).
enum SequentialDecoder {
    /// Decodes into component planes. With `direct` (one component, 2-byte samples, the frame
    /// buffer of `geometry.frameBytes` bytes) the samples are written straight into it as
    /// little-endian UInt16 and the returned planes are empty (no plane buffers, no second pass).
    static func decode(_ src: UnsafeRawBufferPointer, geometry: FrameGeometry,
                       direct: UnsafeMutableRawBufferPointer? = nil) throws -> (JPEGFrameHeader, [ComponentPlane]) {
        guard let base = src.baseAddress?.assumingMemoryBound(to: UInt8.self) else {
            throw codecError("empty JPEG codestream")
        }
        var walker = JPEGMarkerWalker(base: base, count: src.count)
        var planes: [ComponentPlane] = []
        var decoded = Set<Int>()
        // Coefficient-free design: each block is dequantized and transformed as soon as it is
        // decoded (sequential mode has every coefficient of a block in one scan).
        try walker.run(frameCheck: { f in
            guard f.sofMarker == 0xC0 || f.sofMarker == 0xC1 else {
                throw codecError("not a sequential DCT (SOF0/SOF1) JPEG stream")
            }
            try LosslessDecoder.checkGeometry(f, geometry)
            guard f.precision == 8 || f.precision == 12 else { throw codecError("invalid DCT precision \(f.precision)") }
            if f.precision > 8 && geometry.bytesPerSample < 2 {
                throw DICOMError(.invalidData, "JPEG precision \(f.precision) does not fit Bits Allocated \(geometry.bitsAllocated)")
            }
            let hmax = f.hmax, vmax = f.vmax
            let mcusX = (f.width + 8 * hmax - 1) / (8 * hmax)
            let mcusY = (f.height + 8 * vmax - 1) / (8 * vmax)
            if let d = direct {
                guard f.components.count == 1, geometry.samplesPerPixel == 1, geometry.bytesPerSample == 2,
                      f.width == geometry.columns, f.height == geometry.rows,
                      d.count >= f.width * f.height * 2 else {
                    throw codecError("internal: direct JPEG output needs one component and 2-byte samples")
                }
                planes.append(ComponentPlane(samples: try HeapBuffer(count: 0, "an empty plane"), stride: f.width, width: f.width, height: f.height, h: 1, v: 1))
                return
            }
            for c in f.components {
                let stride = mcusX * c.h * 8
                let rowsN = mcusY * c.v * 8
                let (n, o) = stride.multipliedReportingOverflow(by: rowsN)
                if o || n > 1 << 31 { throw DICOMError(.limitExceeded, "JPEG component plane too large") }
                planes.append(ComponentPlane(samples: try HeapBuffer(count: n, "a \(stride)x\(rowsN) JPEG component plane"), stride: stride,
                                             width: (f.width * c.h + hmax - 1) / hmax,
                                             height: (f.height * c.v + vmax - 1) / vmax, h: c.h, v: c.v))
            }
        }, onScan: { w, scan in
            decoded.formUnion(scan.componentIndexes)
            return try decodeScan(&w, scan, &planes, direct: direct)
        })
        if decoded.count != planes.count {
            throw codecError("JPEG stream codes \(decoded.count) of \(planes.count) components")
        }
        return (walker.frame, planes)
    }

    static func decodeScan(_ w: inout JPEGMarkerWalker, _ scan: JPEGMarkerWalker.Scan,
                           _ planes: inout [ComponentPlane], direct: UnsafeMutableRawBufferPointer? = nil) throws -> Int {
        let f = w.frame
        let nsc = scan.componentIndexes.count
        var dcT: [HuffmanTable] = []
        var acT: [HuffmanTable] = []
        var qT: [[Int]] = []
        for i in 0..<nsc {
            guard let d = w.dcTables[scan.td[i]], let a = w.acTables[scan.ta[i]] else {
                throw codecError("scan uses an undefined Huffman table")
            }
            let comp = f.components[scan.componentIndexes[i]]
            guard let q = w.quant[comp.tq] else { throw codecError("component \(comp.id) uses undefined quantization table \(comp.tq)") }
            dcT.append(d); acT.append(a); qT.append(q)
        }
        let hmax = f.hmax, vmax = f.vmax
        // MCU layout.
        var mcusX: Int, mcusY: Int
        if nsc == 1 {
            let ci = scan.componentIndexes[0]
            mcusX = (planes[ci].width + 7) / 8
            mcusY = (planes[ci].height + 7) / 8
        } else {
            mcusX = (f.width + 8 * hmax - 1) / (8 * hmax)
            mcusY = (f.height + 8 * vmax - 1) / (8 * vmax)
            var blocks = 0
            for ci in scan.componentIndexes { blocks += f.components[ci].h * f.components[ci].v }
            if blocks > 10 { throw codecError("too many blocks per MCU (\(blocks))") }
        }
        var reader = BitReader(base: w.base, start: scan.dataStart, end: w.count)
        let restart = w.restartInterval
        var restartsLeft = restart
        let maxSample = (1 << f.precision) - 1
        let center = 1 << (f.precision - 1)
        let pass1Bits = f.precision == 8 ? 2 : 1
        let is12 = f.precision == 12
        // Reference-count-free table views, the quantization tables and the zig-zag order as
        // raw pointers (the hot loop below does no bounds or ARC work per coefficient).
        let dcV = dcT.map { $0.view }
        let acV = acT.map { $0.view }
        let qBuf = UnsafeMutablePointer<Int>.allocate(capacity: 64 * max(nsc, 1))
        defer { qBuf.deallocate() }
        for i in 0..<nsc { for k in 0..<64 { qBuf[i * 64 + k] = qT[i][k] } }
        let zz = UnsafeMutablePointer<Int>.allocate(capacity: 64)
        defer { zz.deallocate() }
        for k in 0..<64 { zz[k] = Int(zigzagToNatural[k]) }
        // AC fast table per scan component: the next `fastBits` bits -> (value << 16) | (run << 8)
        // | bits when the code and its extra bits fit and code a coefficient; EOB -> (0xFF << 8)
        // | code length (the run pushes k past 63, which the hit path tells from an error by the
        // 0xFF run); 0 for anything else (ZRL, longer codes: the canonical path).
        let fastBits = acFastBits
        let fastSize = 1 << fastBits
        let acFast = UnsafeMutablePointer<Int32>.allocate(capacity: fastSize * max(nsc, 1))
        defer { acFast.deallocate() }
        for i in 0..<nsc {
            let lk = acV[i].lookup
            for peek in 0..<fastSize {
                var entry = 0
                let e = Int(lk[peek >> (fastBits - HuffmanTable.lookBits)])
                if e != 0 {
                    let l = e >> 8, rs = e & 0xFF
                    let sz = rs & 15, run = rs >> 4
                    if sz != 0 && l + sz <= fastBits {
                        let bitsVal = (peek >> (fastBits - l - sz)) & ((1 << sz) - 1)
                        entry = (extend(bitsVal, sz) << 16) | (run << 8) | (l + sz)
                    } else if rs == 0 {
                        entry = (0xFF << 8) | l
                    }
                }
                acFast[i * fastSize + peek] = Int32(truncatingIfNeeded: entry)
            }
        }
        let coef = UnsafeMutablePointer<Int>.allocate(capacity: 64)
        defer { coef.deallocate() }
        coef.initialize(repeating: 0, count: 64)
        let coef32 = UnsafeMutablePointer<Int32>.allocate(capacity: 64)
        defer { coef32.deallocate() }
        coef32.initialize(repeating: 0, count: 64)
        let blk = UnsafeMutablePointer<Int32>.allocate(capacity: 64)
        defer { blk.deallocate() }
        blk.initialize(repeating: 0, count: 64)
        let direct16 = direct?.baseAddress?.assumingMemoryBound(to: UInt16.self)
        if direct != nil && (direct16 == nil || nsc != 1) { throw codecError("internal: direct JPEG output without a buffer") }
        let dW = f.width, dH = f.height
        // Per block of an MCU: scan component, frame component, x/y offset in the MCU, and the
        // component's blocks per MCU horizontally/vertically (raw memory: no array work per block).
        var blockList: [Int] = []
        for si in 0..<nsc {
            let ci = scan.componentIndexes[si]
            let bh = nsc == 1 ? 1 : f.components[ci].h
            let bv = nsc == 1 ? 1 : f.components[ci].v
            for by in 0..<bv {
                for bx in 0..<bh { blockList += [si, ci, bx * 8, by * 8, bh, bv] }
            }
        }
        let blockCount = blockList.count / 6
        let blocks = UnsafeMutablePointer<Int>.allocate(capacity: max(blockList.count, 1))
        defer { blocks.deallocate() }
        for i in 0..<blockList.count { blocks[i] = blockList[i] }
        let predP = UnsafeMutablePointer<Int>.allocate(capacity: max(nsc, 1))
        defer { predP.deallocate() }
        predP.initialize(repeating: 0, count: max(nsc, 1))
        let views = UnsafeMutablePointer<HuffmanView>.allocate(capacity: 2 * max(nsc, 1))
        defer { views.deallocate() }
        for i in 0..<nsc { (views + 2 * i).initialize(to: dcV[i]); (views + 2 * i + 1).initialize(to: acV[i]) }

        for my in 0..<mcusY {
            for mx in 0..<mcusX {
                if restart > 0 {
                    if restartsLeft == 0 {
                        if reader.bits < 0 { throw codecError("JPEG data ends early (MCU row \(my))") }
                        if !reader.restart() { throw codecError("expected RST marker at offset \(reader.pos)") }
                        restartsLeft = restart
                        for i in 0..<nsc { predP[i] = 0 }
                    }
                    restartsLeft -= 1
                }
                for b in 0..<blockCount {
                    let bl = blocks + b &* 6
                    let si = bl[0], ci = bl[1]
                    let q = qBuf + si * 64
                    var range: UInt = 0
                    let nw = decodeBlock(&reader, dc: views[2 &* si], ac: views[2 &* si &+ 1], fast: acFast + si * fastSize,
                                         q: q, zz: zz, coef32: coef32, range: &range,
                                         pred: &predP[si])
                    if nw < 0 {
                        throw codecError("\(nw == -1 ? "invalid DC code" : nw == -2 ? "invalid AC code" : "AC coefficient index out of range") (MCU \(mx),\(my))")
                    }
                    let acNonZero = nw > 0
                    // The exact dequantized DC (coef32[0] holds it truncated).
                    let dcq = predP[si] &* q[0]
                    @inline(__always) func clearBlock() {
                        if nw == 0 {
                            coef32[0] = 0
                        } else {
                            coef32.update(repeating: 0, count: 64)
                        }
                    }
                    /// The block as 64-bit coefficients for the scalar transforms.
                    @inline(__always) func widen() -> UnsafePointer<Int> {
                        for i in 0..<64 { coef[i] = Int(coef32[i]) }
                        coef[0] = dcq
                        return UnsafePointer(coef)
                    }
                    let px = mx &* bl[4] &* 8 &+ bl[2]
                    let py = my &* bl[5] &* 8 &+ bl[3]
                    if let d16 = direct16 {
                        // Straight into the frame; edge blocks go through an 8x8 scratch, clipped.
                        if px + 8 <= dW && py + 8 <= dH {
                            let o = d16 + py * dW + px
                            if acNonZero {
                                if is12 {
                                    if range >= 32768 || !idct12SIMD(UnsafePointer(coef32), o, dW) {
                                        idct12(widen(), o, dW)
                                    }
                                } else {
                                    idctIslow(widen(), o, dW, pass1Bits: pass1Bits, center: center, maxSample: maxSample)
                                }
                            } else {
                                let v = UInt16.idctSample(is12 ? limit12((dcq &<< 1) &<< 13) : idctLimit((dcq << pass1Bits) << 13, pass1Bits: pass1Bits, center: center, maxSample: maxSample))
                                for r in 0..<8 {
                                    let row = o + r * dW
                                    for c in 0..<8 { row[c] = v }
                                }
                            }
                            clearBlock()
                            continue
                        }
                        if acNonZero {
                            if is12 {
                                idct12(widen(), blk, 8)
                            } else {
                                idctIslow(widen(), blk, 8, pass1Bits: pass1Bits, center: center, maxSample: maxSample)
                            }
                        } else {
                            let v = idctLimit((dcq << pass1Bits) << 13, pass1Bits: pass1Bits, center: center, maxSample: maxSample)
                            for i in 0..<64 { blk[i] = v }
                        }
                        let cw = min(8, dW - px), chh = min(8, dH - py)
                        if cw > 0 && chh > 0 {
                            for r in 0..<chh {
                                let o = d16 + (py + r) * dW + px
                                let bsrc = blk + r * 8
                                for c in 0..<cw { o[c] = UInt16(truncatingIfNeeded: bsrc[c]).littleEndian }
                            }
                        }
                        clearBlock()
                        continue
                    }
                    let stride = planes[ci].stride
                    planes[ci].samples.withUnsafeMutableBufferPointer { buf in
                        guard let bp = buf.baseAddress, (py + 7) * stride + px + 8 <= buf.count else { return }
                        let o = bp + py * stride + px
                        if !acNonZero {
                            // DC only: jidctint's zero-AC shortcuts give one value for the block.
                            let v = idctLimit((dcq << pass1Bits) << 13, pass1Bits: pass1Bits, center: center, maxSample: maxSample)
                            for r in 0..<8 {
                                let row = o + r * stride
                                for c in 0..<8 { row[c] = v }
                            }
                        } else if is12 {
                            idct12(widen(), o, stride)
                        } else {
                            idctIslow(widen(), o, stride, pass1Bits: pass1Bits,
                                      center: center, maxSample: maxSample)
                        }
                    }
                    clearBlock()
                }
            }
            if reader.bits < 0 { throw codecError("JPEG data ends early (MCU row \(my) of \(mcusY))") }
        }
        return reader.pos
    }

    static let acFastBits = 11

    /// Decodes one block: the DC difference (added to `pred`) and the AC coefficients,
    /// dequantized with `q` into `coef32` (natural order, all zero on entry; AC values always
    /// fit Int32: |extend| <= 32767, q <= 65535; the DC, pred * q[0], is stored truncated), and
    /// in `range` the OR of every (value + 16384), so `range < 32768` when all are in
    /// [-16384, 16383] (the SIMD IDCT's condition). Returns how many AC coefficients were set,
    /// or -1 (invalid DC code), -2 (invalid AC code), -3 (coefficient index past 63).
    /// The bit buffer lives in locals here (BitReader's semantics: 8-byte refill when no 0xFF is
    /// near, byte-wise unstuffing otherwise, zeros past a marker), so it stays in registers.
    @inline(never)
    static func decodeBlock(_ reader: inout BitReader, dc: HuffmanView, ac: HuffmanView, fast: UnsafePointer<Int32>,
                            q: UnsafePointer<Int>, zz: UnsafePointer<Int>,
                            coef32: UnsafeMutablePointer<Int32>, range: inout UInt, pred: inout Int) -> Int {
        let base = reader.base, end = reader.end
        var pos = reader.pos, acc = reader.acc, bits = reader.bits, stopped = reader.stopped
        // Each symbol with its extra bits takes at most 32 bits: refill below that.
        @inline(__always) func fill() {
            if bits >= 32 || stopped { return }
            if end &- pos >= 8 {
                let w = UInt64(bigEndian: UnsafeRawPointer(base + pos).loadUnaligned(as: UInt64.self))
                let t = ~w
                if (t &- 0x0101_0101_0101_0101) & ~t & 0x8080_8080_8080_8080 == 0 {
                    let nbytes = (63 &- bits) &>> 3
                    acc |= w &>> UInt64(bits)
                    bits &+= nbytes &<< 3
                    pos &+= nbytes
                    acc &= ~(UInt64.max &>> UInt64(bits))
                    return
                }
            }
            var r = BitReader(base: base, start: pos, end: end)
            r.acc = acc
            r.bits = bits
            r.refillSlow()
            pos = r.pos; acc = r.acc; bits = r.bits; stopped = r.stopped
        }
        @inline(__always) func skip(_ n: Int) {
            acc = acc &<< UInt64(n & 63)
            bits &-= n
        }
        /// One Huffman symbol, or -1.
        @inline(__always) func symbol(_ t: HuffmanView) -> Int {
            let e = Int(t.lookup[Int(truncatingIfNeeded: acc &>> 55)])
            if e != 0 {
                skip(e &>> 8)
                return e & 0xFF
            }
            let ls = slowSymbol(acc, t)
            if ls < 0 { return -1 }
            skip(ls &>> 8)
            return ls & 0xFF
        }
        /// n (1...16) bits, sign-extended (EXTEND).
        @inline(__always) func value(_ n: Int) -> Int {
            let v = Int(truncatingIfNeeded: acc &>> UInt64(64 &- n))
            skip(n)
            return extend(v, n)
        }
        var result = 0
        block: do {
            fill()
            let s = symbol(dc)
            if s < 0 || s > 16 { result = -1; break block }
            if s > 0 { pred = pred &+ value(s) }
            let dcv = pred &* q[0]
            coef32[0] = Int32(truncatingIfNeeded: dcv)
            var rng = UInt(bitPattern: dcv &+ 16384)
            defer { range = rng }
            var k = 1
            var nw = 0
            while k < 64 {
                fill()
                let fe = Int(fast[Int(truncatingIfNeeded: acc &>> UInt64(64 - acFastBits))])
                if fe != 0 {
                    skip(fe & 0xFF)
                    let run = (fe &>> 8) & 0xFF
                    k &+= run
                    if k > 63 {
                        result = run == 0xFF ? nw : -3  // a 0xFF run is EOB
                        break block
                    }
                    let nat = zz[k]
                    let v = (fe &>> 16) &* q[nat]
                    coef32[nat] = Int32(truncatingIfNeeded: v)
                    rng |= UInt(bitPattern: v &+ 16384)
                    nw &+= 1
                    k &+= 1
                    continue
                }
                let rs = symbol(ac)
                if rs < 0 { result = -2; break block }
                let run = rs &>> 4, ss = rs & 15
                if ss != 0 {
                    k &+= run
                    if k > 63 { result = -3; break block }
                    let nat = zz[k]
                    let v = value(ss) &* q[nat]
                    coef32[nat] = Int32(truncatingIfNeeded: v)
                    rng |= UInt(bitPattern: v &+ 16384)
                    nw &+= 1
                    k &+= 1
                } else {
                    if run != 15 { break }
                    k &+= 16
                }
            }
            result = nw
        }
        reader.pos = pos
        reader.acc = acc
        reader.bits = bits
        reader.stopped = stopped
        return result
    }

    /// The canonical decode of a code longer than the lookahead: (length << 8) | symbol for the
    /// code at the top of `acc`, or -1 if none matches.
    @inline(never)
    static func slowSymbol(_ acc: UInt64, _ t: HuffmanView) -> Int {
        var l = HuffmanTable.lookBits + 1
        while l <= 16 {
            let code = Int(truncatingIfNeeded: acc &>> UInt64(64 - l))
            if code <= t.slow[l] {
                let idx = code + t.slow[18 + l]
                if idx >= 0 && idx < t.count { return (l << 8) | t.slow[36 + idx] }
                return -1
            }
            l += 1
        }
        return -1
    }

    /// IJG range limiting of one output sample of the row pass (DESCALE, RANGE_MASK, clamp).
    @inline(__always)
    static func idctLimit(_ x: Int, pass1Bits: Int, center: Int, maxSample: Int) -> Int32 {
        let n2 = 13 + pass1Bits + 3
        let rangeMask = (maxSample + 1) * 4 - 1
        var m = ((x &+ (1 << (n2 - 1))) >> n2) & rangeMask
        if m >= (maxSample + 1) * 2 { m -= (maxSample + 1) * 4 }
        let v = m + center
        return Int32(v < 0 ? 0 : (v > maxSample ? maxSample : v))
    }

    /// IJG jidctint.c jpeg_idct_islow, for 8-bit (PASS1_BITS 2) and 12-bit (PASS1_BITS 1)
    /// samples, including the range limit table semantics (index masked with RANGE_MASK).
    /// `c` holds the dequantized coefficients in natural order.
    static func idctIslow<T: IDCTSample>(_ c: UnsafePointer<Int>,
                          _ out: UnsafeMutablePointer<T>, _ stride: Int,
                          pass1Bits: Int, center: Int, maxSample: Int) {
        let cb = 13
        let f0_298631336 = 2446, f0_390180644 = 3196, f0_541196100 = 4433, f0_765366865 = 6270
        let f0_899976223 = 7373, f1_175875602 = 9633, f1_501321110 = 12299, f1_847759065 = 15137
        let f1_961570560 = 16069, f2_053119869 = 16819, f2_562915447 = 20995, f3_072711026 = 25172
        @inline(__always) func descale(_ x: Int, _ n: Int) -> Int { (x &+ (1 << (n - 1))) >> n }
        // The workspace on the stack (a heap array per 8x8 block cost more than the IDCT).
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 64) { wsp in
            for col in 0..<8 {
                @inline(__always) func dq(_ i: Int) -> Int { c[i * 8 + col] }
                if c[8 + col] == 0 && c[16 + col] == 0 && c[24 + col] == 0 && c[32 + col] == 0
                    && c[40 + col] == 0 && c[48 + col] == 0 && c[56 + col] == 0 {
                    let dc = dq(0) << pass1Bits
                    for r in 0..<8 { wsp[r * 8 + col] = dc }
                    continue
                }
                var z2 = dq(2), z3 = dq(6)
                var z1 = (z2 &+ z3) &* f0_541196100
                var tmp2 = z1 &+ z3 &* (-f1_847759065)
                var tmp3 = z1 &+ z2 &* f0_765366865
                z2 = dq(0); z3 = dq(4)
                var tmp0 = (z2 &+ z3) << cb
                var tmp1 = (z2 &- z3) << cb
                let tmp10 = tmp0 &+ tmp3, tmp13 = tmp0 &- tmp3
                let tmp11 = tmp1 &+ tmp2, tmp12 = tmp1 &- tmp2
                tmp0 = dq(7); tmp1 = dq(5); tmp2 = dq(3); tmp3 = dq(1)
                z1 = tmp0 &+ tmp3; z2 = tmp1 &+ tmp2; z3 = tmp0 &+ tmp2
                var z4 = tmp1 &+ tmp3
                let z5 = (z3 &+ z4) &* f1_175875602
                tmp0 = tmp0 &* f0_298631336; tmp1 = tmp1 &* f2_053119869
                tmp2 = tmp2 &* f3_072711026; tmp3 = tmp3 &* f1_501321110
                z1 = z1 &* (-f0_899976223); z2 = z2 &* (-f2_562915447)
                z3 = z3 &* (-f1_961570560); z4 = z4 &* (-f0_390180644)
                z3 = z3 &+ z5; z4 = z4 &+ z5
                tmp0 = tmp0 &+ z1 &+ z3; tmp1 = tmp1 &+ z2 &+ z4
                tmp2 = tmp2 &+ z2 &+ z3; tmp3 = tmp3 &+ z1 &+ z4
                let n = cb - pass1Bits
                wsp[0 * 8 + col] = descale(tmp10 &+ tmp3, n)
                wsp[7 * 8 + col] = descale(tmp10 &- tmp3, n)
                wsp[1 * 8 + col] = descale(tmp11 &+ tmp2, n)
                wsp[6 * 8 + col] = descale(tmp11 &- tmp2, n)
                wsp[2 * 8 + col] = descale(tmp12 &+ tmp1, n)
                wsp[5 * 8 + col] = descale(tmp12 &- tmp1, n)
                wsp[3 * 8 + col] = descale(tmp13 &+ tmp0, n)
                wsp[4 * 8 + col] = descale(tmp13 &- tmp0, n)
            }
            let n2 = cb + pass1Bits + 3
            let rangeMask = (maxSample + 1) * 4 - 1
            let fourN = (maxSample + 1) * 4
            let twoN = (maxSample + 1) * 2
            @inline(__always) func limit(_ x: Int) -> T {
                var m = descale(x, n2) & rangeMask
                if m >= twoN { m -= fourN }
                let v = m + center
                return T.idctSample(Int32(v < 0 ? 0 : (v > maxSample ? maxSample : v)))
            }
            guard let wbase = wsp.baseAddress else { return }
            for row in 0..<8 {
                let w = wbase + row * 8
                let o = out + row * stride
                if w[1] == 0 && w[2] == 0 && w[3] == 0 && w[4] == 0 && w[5] == 0 && w[6] == 0 && w[7] == 0 {
                    // jidctint's zero-AC row shortcut (same value as the full pass).
                    let v = limit(w[0] << cb)
                    for c in 0..<8 { o[c] = v }
                    continue
                }
                var z2 = w[2], z3 = w[6]
                var z1 = (z2 &+ z3) &* f0_541196100
                var tmp2 = z1 &+ z3 &* (-f1_847759065)
                var tmp3 = z1 &+ z2 &* f0_765366865
                var tmp0 = (w[0] &+ w[4]) << cb
                var tmp1 = (w[0] &- w[4]) << cb
                let tmp10 = tmp0 &+ tmp3, tmp13 = tmp0 &- tmp3
                let tmp11 = tmp1 &+ tmp2, tmp12 = tmp1 &- tmp2
                tmp0 = w[7]; tmp1 = w[5]; tmp2 = w[3]; tmp3 = w[1]
                z1 = tmp0 &+ tmp3; z2 = tmp1 &+ tmp2; z3 = tmp0 &+ tmp2
                var z4 = tmp1 &+ tmp3
                let z5 = (z3 &+ z4) &* f1_175875602
                tmp0 = tmp0 &* f0_298631336; tmp1 = tmp1 &* f2_053119869
                tmp2 = tmp2 &* f3_072711026; tmp3 = tmp3 &* f1_501321110
                z1 = z1 &* (-f0_899976223); z2 = z2 &* (-f2_562915447)
                z3 = z3 &* (-f1_961570560); z4 = z4 &* (-f0_390180644)
                z3 = z3 &+ z5; z4 = z4 &+ z5
                tmp0 = tmp0 &+ z1 &+ z3; tmp1 = tmp1 &+ z2 &+ z4
                tmp2 = tmp2 &+ z2 &+ z3; tmp3 = tmp3 &+ z1 &+ z4
                o[0] = limit(tmp10 &+ tmp3)
                o[7] = limit(tmp10 &- tmp3)
                o[1] = limit(tmp11 &+ tmp2)
                o[6] = limit(tmp11 &- tmp2)
                o[2] = limit(tmp12 &+ tmp1)
                o[5] = limit(tmp12 &- tmp1)
                o[3] = limit(tmp13 &+ tmp0)
                o[4] = limit(tmp13 &- tmp0)
            }
        }
    }
}

extension SequentialDecoder {
    /// `idctLimit` for 12-bit samples with the constants folded (PASS1_BITS 1: DESCALE by 17,
    /// RANGE_MASK 0x3FFF with the upper half wrapping to negative, + 2048, clamp to 0...4095).
    @inline(__always)
    static func limit12(_ x: Int) -> Int32 {
        let m = ((x &+ (1 << 16)) &>> 17) & 0x3FFF
        let v = (m >= 0x2000 ? m &- 0x4000 : m) &+ 2048
        return Int32(truncatingIfNeeded: v < 0 ? 0 : (v > 4095 ? 4095 : v))
    }

    /// One 1-D islow butterfly (jidctint.c, CONST_BITS 13) of x0...x7 before descaling:
    /// outputs 0...7 in order. 64-bit wrapping arithmetic (a ring), so any grouping of the sums
    /// gives the same values as jidctint's.
    @inline(__always)
    static func islow1D(_ x0: Int, _ x1: Int, _ x2: Int, _ x3: Int, _ x4: Int, _ x5: Int, _ x6: Int, _ x7: Int)
        -> (Int, Int, Int, Int, Int, Int, Int, Int) {
        let z1 = (x2 &+ x6) &* 4433
        let t2 = z1 &+ x6 &* -15137
        let t3 = z1 &+ x2 &* 6270
        let t0 = (x0 &+ x4) &<< 13
        let t1 = (x0 &- x4) &<< 13
        let t10 = t0 &+ t3, t13 = t0 &- t3
        let t11 = t1 &+ t2, t12 = t1 &- t2
        let z5 = (x7 &+ x3 &+ x5 &+ x1) &* 9633
        let y1 = (x7 &+ x1) &* -7373, y2 = (x5 &+ x3) &* -20995
        let y3 = (x7 &+ x3) &* -16069 &+ z5, y4 = (x5 &+ x1) &* -3196 &+ z5
        let o0 = x7 &* 2446 &+ y1 &+ y3
        let o1 = x5 &* 16819 &+ y2 &+ y4
        let o2 = x3 &* 25172 &+ y2 &+ y3
        let o3 = x1 &* 12299 &+ y1 &+ y4
        return (t10 &+ o3, t11 &+ o2, t12 &+ o1, t13 &+ o0, t13 &- o0, t12 &- o1, t11 &- o2, t10 &- o3)
    }

    /// `idctIslow` for 12-bit samples (PASS1_BITS 1) with every constant folded: the same
    /// jidctint.c arithmetic in 64-bit integers (libjpeg's INT32 is `long` on LP64), the same
    /// zero-AC column and row shortcuts, so the output is identical to `idctIslow(...,
    /// pass1Bits: 1, center: 2048, maxSample: 4095)` for every input (JPEGIDCTTests checks it).
    static func idct12<T: IDCTSample>(_ c: UnsafePointer<Int>, _ out: UnsafeMutablePointer<T>, _ stride: Int) {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 64) { wbuf in
            guard let ws = wbuf.baseAddress else { return }
            for col in 0..<8 {
                let p = c + col
                let d1 = p[8], d2 = p[16], d3 = p[24], d4 = p[32], d5 = p[40], d6 = p[48], d7 = p[56]
                let q = ws + col
                let y = islow1D(p[0], d1, d2, d3, d4, d5, d6, d7)
                // DESCALE by CONST_BITS - PASS1_BITS = 12.
                q[0] = (y.0 &+ 2048) &>> 12; q[8] = (y.1 &+ 2048) &>> 12
                q[16] = (y.2 &+ 2048) &>> 12; q[24] = (y.3 &+ 2048) &>> 12
                q[32] = (y.4 &+ 2048) &>> 12; q[40] = (y.5 &+ 2048) &>> 12
                q[48] = (y.6 &+ 2048) &>> 12; q[56] = (y.7 &+ 2048) &>> 12
            }
            for row in 0..<8 {
                let w = ws + row &* 8
                let o = out + row &* stride
                let w1 = w[1], w2 = w[2], w3 = w[3], w4 = w[4], w5 = w[5], w6 = w[6], w7 = w[7]
                let y = islow1D(w[0], w1, w2, w3, w4, w5, w6, w7)
                o[0] = T.idctSample(limit12(y.0)); o[1] = T.idctSample(limit12(y.1))
                o[2] = T.idctSample(limit12(y.2)); o[3] = T.idctSample(limit12(y.3))
                o[4] = T.idctSample(limit12(y.4)); o[5] = T.idctSample(limit12(y.5))
                o[6] = T.idctSample(limit12(y.6)); o[7] = T.idctSample(limit12(y.7))
            }
        }
    }
}
