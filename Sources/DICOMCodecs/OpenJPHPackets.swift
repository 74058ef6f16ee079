/// The packet-header half of the OpenJPH gate (OpenJPHGate.swift walks the marker segments).
///
/// OpenJPH 0.9 takes each code-block's byte count from the packet header and, when the count is
/// larger than what is left of the tile-part, still zero-fills the whole count into a buffer
/// sized by what is left (`bb_read_chunk`): a heap overflow, from a few bytes of header. It also
/// asserts (aborts) on a length field wider than 32 bits. Neither can be ruled out from the
/// marker segments, so this walks every packet header of every tile the way OpenJPH 0.9 reads
/// it (its bit reader with the bit stuffing after FF, its tag trees, its pass-count and length
/// codes, its packet order per progression) and lets a codestream through only when every
/// header is read whole, every code-block's bytes lie inside its tile-part, the packets end
/// exactly where each tile-part does, and every packet of every tile is there.
///
/// Where OpenJPH's arithmetic and the standard's could differ, the walk refuses rather than
/// guess: a precinct whose empty share of a subband OpenJPH would count as code-blocks,
/// PCRL/CPRL except with one tile at the origin and one precinct per resolution, more than 3
/// coding passes (placeholder passes), tag-tree values above 31, lengths outside OpenJPH's own
/// bounds (cleanup 2...65534 bytes, refinement under 2047). A refusal costs speed (OpenJPEG
/// decodes the frame), never a result.
extension JPEG2000 {
    struct HTPacketLayout {
        var x0 = 0, y0 = 0, x1 = 0, y1 = 0        // SIZ image area
        var tx0 = 0, ty0 = 0, tw = 1, th = 1      // SIZ tile grid
        var comps = 1
        var levels = 0
        var xcb = 6, ycb = 6                      // code-block exponents (COD field + 2)
        var precincts: [(px: Int, py: Int)] = []  // per resolution 0...levels
        var progression = 0                       // COD: 0 LRCP, 1 RLCP, 2 RPCL, 3 PCRL, 4 CPRL
    }

    /// OpenJPH 0.9's packet-header bit reader (`bit_read_buf`): 8 bits a byte, 7 after an FF.
    private struct BitReader {
        let cs: UnsafeRawBufferPointer
        var pos: Int
        var left: Int
        var tmp = 0, avail = 0
        var unstuff = false

        /// False when the tile-part has no byte left (OpenJPH then reads zeros and reports it).
        mutating func fill() -> Bool {
            if left > 0 {
                tmp = Int(cs[pos]); pos += 1; left -= 1
                avail = unstuff ? 7 : 8
                unstuff = tmp == 0xFF
                return true
            }
            tmp = 0
            avail = unstuff ? 7 : 8
            unstuff = false
            return false
        }
        mutating func bit() -> Int? {
            if avail == 0 && !fill() { return nil }
            avail -= 1
            return (tmp >> avail) & 1
        }
        mutating func bits(_ n: Int) -> Int? {
            var v = 0
            for _ in 0..<n {
                guard let b = bit() else { return nil }
                v = v << 1 | b
            }
            return v
        }
        /// `bb_terminate`: a header ending on FF takes the next byte too.
        mutating func terminate() {
            if unstuff { _ = fill() }
            avail = 0
            tmp = 0
        }
    }

    /// A precinct's code-block grid in one subband: origin and size in code-block units.
    private struct BandBlocks { var w = 0, h = 0 }

    /// Walks the packets of tile `tile`, whose tile-parts' data are `parts` (in codestream order).
    /// Returns false where OpenJPH could read out of bounds or where the walk refuses.
    static func htPacketsFit(_ cs: UnsafeRawBufferPointer, layout L: HTPacketLayout, tile: Int,
                             parts: [(start: Int, end: Int)], scratch: inout [UInt8]) -> Bool {
        let tilesX = (L.x1 - L.tx0 + L.tw - 1) / L.tw
        let p = tile % tilesX, q = tile / tilesX
        let tcx0 = max(L.tx0 + p * L.tw, L.x0), tcx1 = min(L.tx0 + (p + 1) * L.tw, L.x1)
        let tcy0 = max(L.ty0 + q * L.th, L.y0), tcy1 = min(L.ty0 + (q + 1) * L.th, L.y1)
        guard tcx1 > tcx0, tcy1 > tcy0 else { return false }
        func ceilShift(_ v: Int, _ s: Int) -> Int { (v + (1 << s) - 1) >> s }

        // Per resolution: its rectangle, precinct grid and code-block size. A precinct's
        // code-block counts are computed when its packet is walked (`bandBlocks`), so memory
        // stays O(resolutions) however many precincts the codestream declares.
        struct Resolution {
            var x0 = 0, y0 = 0, x1 = 0, y1 = 0   // resolution rectangle
            var ppx = 0, ppy = 0, xcb = 0, ycb = 0
            var left = 0, top = 0                 // precinct grid origin
            var pw = 0, ph = 0
        }
        var resolutions: [Resolution] = []
        for r in 0...L.levels {
            let d = L.levels - r
            var res = Resolution()
            res.x0 = ceilShift(tcx0, d); res.x1 = ceilShift(tcx1, d)
            res.y0 = ceilShift(tcy0, d); res.y1 = ceilShift(tcy1, d)
            guard res.x1 > res.x0, res.y1 > res.y0 else { return false }
            (res.ppx, res.ppy) = L.precincts[r]
            res.pw = ceilShift(res.x1, res.ppx) - (res.x0 >> res.ppx)
            res.ph = ceilShift(res.y1, res.ppy) - (res.y0 >> res.ppy)
            guard res.pw >= 1, res.ph >= 1, res.pw * res.ph <= 1 << 16 else { return false }
            res.xcb = min(L.xcb, r > 0 ? res.ppx - 1 : res.ppx)
            res.ycb = min(L.ycb, r > 0 ? res.ppy - 1 : res.ppy)
            guard res.xcb >= 0, res.ycb >= 0 else { return false }
            res.left = (res.x0 >> res.ppx) << res.ppx
            res.top = (res.y0 >> res.ppy) << res.ppy
            resolutions.append(res)
        }

        /// The code-block grid of precinct `k` of resolution `r` in subband `s` (0 LL, 1 HL,
        /// 2 LH, 3 HH), computed as OpenJPH's get_cb_indices does; nil: refused.
        func bandBlocks(_ r: Int, _ k: Int, _ s: Int) -> BandBlocks? {
            let res = resolutions[r]
            let i = k % res.pw, j = k / res.pw
            let pcx0 = max(res.x0, res.left + (i << res.ppx)), pcx1 = min(res.x1, res.left + ((i + 1) << res.ppx))
            let pcy0 = max(res.y0, res.top + (j << res.ppy)), pcy1 = min(res.y1, res.top + ((j + 1) << res.ppy))
            let xo = s & 1, yo = s >> 1, sh = r == 0 ? 0 : 1
            let bx0 = (pcx0 - xo + (1 << sh) - 1) >> sh, bx1 = (pcx1 - xo + (1 << sh) - 1) >> sh
            let by0 = (pcy0 - yo + (1 << sh) - 1) >> sh, by1 = (pcy1 - yo + (1 << sh) - 1) >> sh
            // OpenJPH's code-block counts; where the precinct's share of the band is empty they
            // are 0 as in the standard, or the two disagree: refused.
            let w = ceilShift(bx1, res.xcb) - (bx0 >> res.xcb), h = ceilShift(by1, res.ycb) - (by0 >> res.ycb)
            if bx1 <= bx0 || by1 <= by0 {
                guard w == 0 || h == 0 else { return nil }
            }
            guard w >= 0, h >= 0, w * h <= 1 << 18 else { return nil }
            return BandBlocks(w: w, h: h)
        }

        // The tile's packet sequence as OpenJPH 0.9 orders it with one layer and identical
        // components, bounded by the bytes (a packet has one at least), walked with (r, k, c).
        let perRes = resolutions.map { $0.pw * $0.ph }
        let total = perRes.reduce(0, +) * L.comps
        guard total <= parts.reduce(0, { $0 + $1.end - $1.start }) else { return false }
        var r = 0, k = 0, c = 0   // the next packet's resolution, precinct, component
        switch L.progression {
        case 0, 1, 2: break  // LRCP, RLCP: for r, for c, every precinct; RPCL: for r, for precinct, for c
        case 3, 4:  // PCRL, CPRL: only the unambiguous shape (every precinct at the same corner): for c, for r
            guard tcx0 == 0, tcy0 == 0, perRes.allSatisfy({ $0 == 1 }) else { return false }
        default:
            return false
        }

        // Tile-parts in order, each taking the next packets until its bytes are used up (OpenJPH
        // 0.9 continues the sequence in the next tile-part).
        var next = 0
        for part in parts {
            var left = part.end - part.start, pos = part.start
            while left > 0 {
                // The packets must end exactly where the tile-part does: a walk that read the
                // headers differently from the writer (and so perhaps from OpenJPH) would not.
                guard next < total else { return false }
                next += 1
                var bb = BitReader(cs: cs, pos: pos, left: left)
                var sawBand = false
                var lengths: [Int] = []
                // Every subband's share first: one OpenJPH would count differently refuses the
                // codestream even when the packet turns out empty.
                var bands: [BandBlocks] = []
                for s in (r == 0 ? 0...0 : 1...3) {
                    guard let band = bandBlocks(r, k, s) else { return false }
                    bands.append(band)
                }
                bandLoop: for band in bands {
                    if band.w == 0 || band.h == 0 { continue }
                    if !sawBand {
                        sawBand = true
                        if (bb.bit() ?? 0) == 0 { break bandLoop }  // an empty packet
                    }
                    guard let ok = tagTrees(&bb, band, &lengths, &scratch), ok else { return false }
                }
                if !sawBand { _ = bb.bit() }  // no code-blocks at all: OpenJPH still reads a bit
                bb.terminate()
                pos = bb.pos; left = bb.left
                for n in lengths {
                    guard n <= left else { return false }
                    pos += n; left -= n
                }
                // The next packet's resolution, precinct and component.
                switch L.progression {
                case 0, 1:
                    k += 1
                    if k == perRes[r] { k = 0; c += 1; if c == L.comps { c = 0; r += 1 } }
                case 2:
                    c += 1
                    if c == L.comps { c = 0; k += 1; if k == perRes[r] { k = 0; r += 1 } }
                default:
                    r += 1
                    if r > L.levels { r = 0; c += 1 }
                }
            }
        }
        // Every packet present (a short tile goes to OpenJPEG, which decodes what is there).
        return next == total
    }

    /// One subband's share of a packet header: inclusion and missing-MSB tag trees, pass counts,
    /// Lblock and lengths, read as OpenJPH 0.9's `precinct::parse`. Appends each included
    /// code-block's byte count. nil: the header ran out or holds something the walk refuses.
    private static func tagTrees(_ bb: inout BitReader, _ band: BandBlocks, _ lengths: inout [Int],
                                 _ scratch: inout [UInt8]) -> Bool? {
        func log2ceil(_ v: Int) -> Int { v <= 1 ? 0 : (Int.bitWidth - (v - 1).leadingZeroBitCount) }
        let levels = 1 + max(log2ceil(band.w), log2ceil(band.h))
        guard levels <= 15 else { return nil }
        // Level l holds ceil(w/2^l) x ceil(h/2^l) nodes; level `levels` is one node (value 0).
        var offset = [Int](repeating: 0, count: levels + 2)
        for l in 0...levels {
            offset[l + 1] = offset[l] + ((band.w + (1 << l) - 1) >> l) * ((band.h + (1 << l) - 1) >> l)
        }
        let nodes = offset[levels + 1]
        // Four trees: inclusion value, inclusion read, MSB value, MSB read.
        if scratch.count < 4 * nodes { scratch = [UInt8](repeating: 0, count: 4 * nodes) }
        return scratch.withUnsafeMutableBufferPointer { t -> Bool? in
            for i in 0..<(4 * nodes) { t[i] = 0 }
            func at(_ x: Int, _ y: Int, _ l: Int) -> Int {
                offset[l] + (x >> l) + (y >> l) * ((band.w + (1 << l) - 1) >> l)
            }
            let incRead = nodes, msb = 2 * nodes, msbRead = 3 * nodes
            for y in 0..<band.h {
                for x in 0..<band.w {
                    var excluded = false
                    for l in stride(from: levels - 1, through: 0, by: -1) {
                        let n = at(x, y, l)
                        if t[n] == 1 { excluded = true; break }
                        if t[incRead + n] == 0 {
                            guard let b = bb.bit() else { return nil }
                            t[n] = UInt8(1 - b)
                            t[incRead + n] = 1
                            if b == 0 { excluded = true; break }
                        }
                    }
                    if excluded { continue }
                    var missing = 0
                    for lp1 in stride(from: levels, through: 1, by: -1) {
                        let l = lp1 - 1
                        missing = Int(t[msb + at(x, y, lp1)])
                        let n = at(x, y, l)
                        if t[msbRead + n] == 0 {
                            while true {
                                guard let b = bb.bit() else { return nil }
                                if b == 1 { break }
                                missing += 1
                                guard missing <= 31 else { return nil }
                            }
                            t[msb + n] = UInt8(missing)
                            t[msbRead + n] = 1
                        }
                    }
                    // Coding passes: 1, 2, 3 (more are placeholder passes: refused).
                    guard let p1 = bb.bit() else { return nil }
                    var passes = 1
                    if p1 == 1 {
                        guard let p2 = bb.bit() else { return nil }
                        passes = 2
                        if p2 == 1 {
                            guard let v = bb.bits(2) else { return nil }
                            guard v == 0 else { return nil }  // 4 or more passes
                            passes = 3
                        }
                    }
                    var lblock = 3
                    while true {
                        guard let b = bb.bit() else { return nil }
                        if b == 0 { break }
                        lblock += 1
                        guard lblock <= 16 else { return nil }
                    }
                    guard let cleanup = bb.bits(lblock), cleanup >= 2, cleanup < 65_535 else { return nil }
                    var refinement = 0
                    if passes > 1 {
                        guard let v = bb.bits(lblock + (passes > 2 ? 1 : 0)), v < 2047 else { return nil }
                        refinement = v
                    }
                    lengths.append(cleanup + refinement)
                }
            }
            return true
        }
    }
}
