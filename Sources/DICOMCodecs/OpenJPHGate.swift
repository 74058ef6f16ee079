/// The gate in front of OpenJPH: which HT codestreams Debian's OpenJPH 0.9 is given (option
/// "htj2k_openjph", default on); every other one is decoded by OpenJPEG.
///
/// OpenJPH 0.9 is fast but trusts its input: Debian builds it with assert() enabled, and
/// malformed headers make it abort (param_qcd::get_Kmax asserts when QCD holds fewer step sizes
/// than COD's decomposition levels need), read through a null tile (an Isot beyond the tile
/// grid, in tile::parse_tile_header), or divide by zero (a zero tile or sampling size); a
/// code-block length in a packet header larger than the rest of its tile-part overflows its
/// heap. None of that may reach the host process, so OpenJPH only sees codestreams that this
/// gate has walked completely and found to be of the plain shape our own encoder and the usual
/// HTJ2K writers produce: the marker segments here, every packet header of every tile in
/// OpenJPHPackets.swift. Everything else goes to OpenJPEG, which checks its input (and is
/// correct, only slower). The gate is deliberately narrow: refusing costs speed, never a result.
///
/// Accepted:
/// - main header: SIZ first, then only CAP, COD, QCD, TLM, COM; each exactly once but COM/TLM;
/// - SIZ: 1-4 components, no subsampling, precision 1-32, a non-empty image, a tile grid with
///   non-zero tile sizes, the tile origin at or before the image origin, at most 65,535 tiles;
/// - CAP: Part 15 only (Pcap = 0x00020000, one Ccap);
/// - COD: no SOP/EPH markers; default precincts or a precinct size per resolution, a known progression order,
///   one layer, MCT only with 3 components, 5/3 reversible wavelet, HT code-blocks only,
///   code-blocks from 16x16 to 4,096 samples (2 <= xcb, ycb; xcb + ycb <= 8), and every tile at
///   least 2^levels samples on each side (OpenJPH 0.9 mis-decodes smaller ones);
/// - QCD: no quantization (the reversible path), one exponent per subband (3 levels + 1), and
///   guard bits + exponent <= 31 bit-planes;
/// - tile-parts: Lsot 10, Isot inside the grid, TPsot in order per tile, Psot >= 14 and inside
///   the data, only PLT/COM before SOD, and EOC right after the last tile-part; every tile seen;
/// - packets: see OpenJPHPackets.swift.
extension JPEG2000 {
    static func openJPHCanTake(_ cs: UnsafeRawBufferPointer) -> Bool {
        let n = cs.count
        func be16(_ at: Int) -> Int { Int(cs[at]) << 8 | Int(cs[at + 1]) }
        func be32(_ at: Int) -> Int { be16(at) << 16 | be16(at + 2) }
        guard n >= 4, cs[0] == 0xFF, cs[1] == 0x4F else { return false }

        // Main header.
        var pos = 2
        var siz: (x: Int, y: Int, x0: Int, y0: Int, tw: Int, th: Int, tx0: Int, ty0: Int, comps: Int)? = nil
        var levels = -1, sawQCD = false, sawCAP = false
        var layout = HTPacketLayout()
        var qcdStyle = 0, qcdBytes = 0, qcdAt = 0, guardBits = 0
        while true {
            guard pos + 4 <= n, cs[pos] == 0xFF else { return false }
            let m = cs[pos + 1]
            if m == 0x90 { break }
            let len = be16(pos + 2)
            guard len >= 2, len <= n - pos - 2 else { return false }
            let body = pos + 4  // first byte after Lxxx
            if siz == nil && m != 0x51 { return false }  // SIZ must come first
            switch m {
            case 0x51:  // SIZ
                guard siz == nil, len >= 41 else { return false }
                let comps = be16(body + 34)
                guard comps >= 1, comps <= 4, len == 38 + 3 * comps else { return false }
                let s = (x: be32(body + 2), y: be32(body + 6), x0: be32(body + 10), y0: be32(body + 14),
                         tw: be32(body + 18), th: be32(body + 22), tx0: be32(body + 26), ty0: be32(body + 30),
                         comps: comps)
                // Below 2^31 everywhere: OpenJPH computes tile ends in 32 bits.
                guard s.x < 1 << 31, s.y < 1 << 31, s.tw < 1 << 31, s.th < 1 << 31, s.tx0 + s.tw < 1 << 31,
                      s.ty0 + s.th < 1 << 31, s.x > s.x0, s.y > s.y0, s.tw >= 1, s.th >= 1,
                      s.tx0 <= s.x0, s.ty0 <= s.y0, s.tx0 + s.tw > s.x0, s.ty0 + s.th > s.y0 else { return false }
                for c in 0..<comps {
                    let ssiz = Int(cs[body + 36 + 3 * c]) & 0x7F
                    guard ssiz + 1 <= 32, cs[body + 37 + 3 * c] == 1, cs[body + 38 + 3 * c] == 1 else { return false }
                }
                let tilesX = (s.x - s.tx0 + s.tw - 1) / s.tw, tilesY = (s.y - s.ty0 + s.th - 1) / s.th
                guard tilesX >= 1, tilesY >= 1, tilesX <= 65_535, tilesY <= 65_535, tilesX * tilesY <= 65_535 else { return false }
                siz = s
                layout.x0 = s.x0; layout.y0 = s.y0; layout.x1 = s.x; layout.y1 = s.y
                layout.tx0 = s.tx0; layout.ty0 = s.ty0; layout.tw = s.tw; layout.th = s.th
                layout.comps = comps
            case 0x50:  // CAP: Part 15 capabilities only
                guard !sawCAP, len == 8, be32(body) == 0x0002_0000 else { return false }
                sawCAP = true
            case 0x52:  // COD
                guard levels < 0, len >= 12, let s = siz else { return false }
                let scod = cs[body], prog = cs[body + 1], layers = be16(body + 2), mct = cs[body + 4]
                let nl = Int(cs[body + 5]), xcb = Int(cs[body + 6]), ycb = Int(cs[body + 7])
                let style = cs[body + 8], wavelet = cs[body + 9]
                // One layer (OpenJPH parses one packet per precinct), HT blocks (0x40, not mixed
                // 0x80), code-blocks 16x16 up to 4096 samples (its decoder's stack buffers).
                guard scod & ~0x01 == 0, prog <= 4, layers == 1, mct <= 1, mct == 0 || s.comps == 3,
                      nl <= 32, xcb >= 2, ycb >= 2, xcb <= 8, ycb <= 8, xcb + ycb <= 8,
                      style & 0xC0 == 0x40, wavelet == 1 else { return false }
                if scod & 1 != 0 {
                    guard len == 12 + nl + 1 else { return false }
                    for r in 0...nl {
                        let pp = cs[body + 10 + r]
                        // PPx, PPy >= 1 above the lowest resolution; code-blocks fit the precinct.
                        if r > 0 { guard pp & 0x0F >= 1, pp >> 4 >= 1 else { return false } }
                        layout.precincts.append((Int(pp & 0x0F), Int(pp >> 4)))
                    }
                } else {
                    guard len == 12 else { return false }
                    layout.precincts = Array(repeating: (15, 15), count: nl + 1)
                }
                levels = nl
                layout.levels = nl
                layout.xcb = xcb + 2
                layout.ycb = ycb + 2
                layout.progression = Int(prog)
            case 0x5C:  // QCD
                guard !sawQCD, len >= 4 else { return false }
                let sqcd = Int(cs[body])
                qcdStyle = sqcd & 0x1F
                guardBits = sqcd >> 5
                qcdAt = body + 1
                qcdBytes = len - 3
                sawQCD = true
            case 0x55, 0x64:  // TLM, COM
                break
            default:
                return false
            }
            pos += 2 + len
        }
        guard let s = siz, levels >= 0, sawQCD else { return false }
        // QCD: reversible, one exponent byte per subband, Kmax = guard + exponent - 1 <= 30.
        guard qcdStyle == 0, qcdBytes == 3 * levels + 1 else { return false }
        for k in 0..<qcdBytes {
            let exponent = Int(cs[qcdAt + k]) >> 3
            guard cs[qcdAt + k] & 0x07 == 0, guardBits + exponent <= 31, exponent >= 1 else { return false }
        }
        // Every tile at least 2^levels on each side (tile extents clipped to the image).
        let tilesX = (s.x - s.tx0 + s.tw - 1) / s.tw, tilesY = (s.y - s.ty0 + s.th - 1) / s.th
        let need = 1 << levels
        func extent(_ i: Int, _ t0: Int, _ tsz: Int, _ o: Int, _ size: Int) -> Int {
            min(t0 + (i + 1) * tsz, size) - max(t0 + i * tsz, o)
        }
        for i in 0..<tilesX where extent(i, s.tx0, s.tw, s.x0, s.x) < need { return false }
        for j in 0..<tilesY where extent(j, s.ty0, s.th, s.y0, s.y) < need { return false }

        // Tile-parts.
        let tiles = tilesX * tilesY
        var nextPart = [Int](repeating: 0, count: tiles)
        var declaredParts = [Int](repeating: 0, count: tiles)
        var data = [[(start: Int, end: Int)]](repeating: [], count: tiles)
        while pos + 2 <= n {
            if cs[pos] == 0xFF && cs[pos + 1] == 0xD9 {
                // Every tile present, and complete where TNsot said how many parts it has.
                for t in 0..<tiles {
                    guard nextPart[t] >= 1, declaredParts[t] == 0 || declaredParts[t] == nextPart[t] else { return false }
                }
                // Every packet header read and every code-block inside its tile-part
                // (OpenJPHPackets.swift).
                var scratch: [UInt8] = []
                for t in 0..<tiles {
                    guard htPacketsFit(cs, layout: layout, tile: t, parts: data[t], scratch: &scratch) else { return false }
                }
                return true
            }
            guard pos + 14 <= n, cs[pos] == 0xFF, cs[pos + 1] == 0x90, be16(pos + 2) == 10 else { return false }
            let isot = be16(pos + 4), psot = be32(pos + 6), tpsot = Int(cs[pos + 10]), tnsot = Int(cs[pos + 11])
            guard isot < tiles, psot >= 14, psot <= n - pos, tpsot == nextPart[isot] else { return false }
            if tnsot != 0 {
                guard tpsot < tnsot, declaredParts[isot] == 0 || declaredParts[isot] == tnsot else { return false }
                declaredParts[isot] = tnsot
            }
            nextPart[isot] += 1
            let end = pos + psot
            var p = pos + 12
            while true {
                guard p + 2 <= end, cs[p] == 0xFF else { return false }
                if cs[p + 1] == 0x93 { break }
                guard cs[p + 1] == 0x58 || cs[p + 1] == 0x64, p + 4 <= end else { return false }
                let l = be16(p + 2)
                guard l >= 2, l <= end - p - 2 else { return false }
                p += 2 + l
            }
            data[isot].append((p + 2, end))
            pos = end
        }
        return false
    }
}
