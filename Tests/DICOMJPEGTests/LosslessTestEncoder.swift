// A small JPEG lossless (SOF3) encoder used only by the tests, so that every decoder feature
// (predictors 1-7, point transform, precision 2-16, 1-4 components, interleaved and
// non-interleaved scans, restart intervals, fill bytes, missing EOI, the SSSS=16 difference and
// wrap modulo 2^16) can be exercised with known pixels.
struct LosslessTestEncoder {
    var width: Int
    var height: Int
    var precision: Int
    var components: Int
    var predictor: Int = 1
    var pointTransform: Int = 0
    var restartInterval: Int = 0
    var interleaved = true
    var fillBytesBeforeMarkers = false
    var writeEOI = true
    /// Difference 0 gets the one-bit code 0 and the other categories 6-bit codes 100000 + s - 1
    /// (the table shape of mostly flat images, which the decoder reads in runs); else every
    /// category has the 5-bit code s.
    var oneBitZero = false

    /// samples: interleaved, `components` per pixel, values < 2^precision.
    func encode(_ samples: [Int]) -> [UInt8] {
        var out: [UInt8] = [0xFF, 0xD8]
        func marker(_ m: UInt8, _ body: [UInt8]) {
            if fillBytesBeforeMarkers { out += [0xFF, 0xFF] }
            out += [0xFF, m, UInt8((body.count + 2) >> 8), UInt8((body.count + 2) & 0xFF)] + body
        }
        var sof: [UInt8] = [UInt8(precision), UInt8(height >> 8), UInt8(height & 0xFF), UInt8(width >> 8), UInt8(width & 0xFF), UInt8(components)]
        for c in 0..<components { sof += [UInt8(c + 1), 0x11, 0] }
        marker(0xC3, sof)
        // One table: symbols 0...16, all 5-bit codes (code = symbol), or 0 -> "0", s -> 6 bits.
        var dht: [UInt8] = [0x00]
        var counts = [UInt8](repeating: 0, count: 16)
        if oneBitZero { counts[0] = 1; counts[5] = 16 } else { counts[4] = 17 }
        dht += counts
        dht += (0...16).map { UInt8($0) }
        marker(0xC4, dht)
        if restartInterval > 0 { marker(0xDD, [UInt8(restartInterval >> 8), UInt8(restartInterval & 0xFF)]) }
        let scans: [[Int]] = interleaved ? [Array(0..<components)] : (0..<components).map { [$0] }
        for sc in scans {
            var sos: [UInt8] = [UInt8(sc.count)]
            for c in sc { sos += [UInt8(c + 1), 0x00] }
            sos += [UInt8(predictor), 0, UInt8(pointTransform)]
            marker(0xDA, sos)
            out += entropy(samples, sc)
        }
        if writeEOI {
            if fillBytesBeforeMarkers { out += [0xFF, 0xFF] }
            out += [0xFF, 0xD9]
        }
        return out
    }

    func entropy(_ samples: [Int], _ comps: [Int]) -> [UInt8] {
        var bytes: [UInt8] = []
        var acc = 0, nacc = 0
        func put(_ v: Int, _ n: Int) {
            for i in stride(from: n - 1, through: 0, by: -1) {
                acc = (acc << 1) | ((v >> i) & 1)
                nacc += 1
                if nacc == 8 {
                    bytes.append(UInt8(acc))
                    if acc == 0xFF { bytes.append(0) }
                    acc = 0; nacc = 0
                }
            }
        }
        func flush() { if nacc > 0 { put(0x7F, 8 - nacc) } }
        let pt = pointTransform
        func px(_ x: Int, _ y: Int, _ c: Int) -> Int { samples[(y * width + x) * components + c] >> pt }
        var mcu = 0, rst = 0
        var firstLineRow = 0, resetAt = (0, 0)
        for y in 0..<height {
            for x in 0..<width {
                if restartInterval > 0 && mcu > 0 && mcu % restartInterval == 0 {
                    flush()
                    if fillBytesBeforeMarkers { bytes += [0xFF] }
                    bytes += [0xFF, UInt8(0xD0 + rst % 8)]
                    rst += 1
                    firstLineRow = y; resetAt = (x, y)
                }
                for c in comps {
                    let pred: Int
                    if (x, y) == resetAt { pred = 1 << (precision - pt - 1) }
                    else if y == firstLineRow { pred = x > 0 ? px(x - 1, y, c) : px(x, y - 1, c) }
                    else if x == 0 { pred = px(0, y - 1, c) }
                    else {
                        let ra = px(x - 1, y, c), rb = px(x, y - 1, c), rc = px(x - 1, y - 1, c)
                        switch predictor {
                        case 1: pred = ra
                        case 2: pred = rb
                        case 3: pred = rc
                        case 4: pred = ra + rb - rc
                        case 5: pred = ra + ((rb - rc) >> 1)
                        case 6: pred = rb + ((ra - rc) >> 1)
                        default: pred = (ra + rb) >> 1
                        }
                    }
                    var d = (px(x, y, c) - pred) & 0xFFFF
                    if d > 32768 { d -= 65536 }
                    func category(_ s: Int) {
                        if !oneBitZero { put(s, 5) } else if s == 0 { put(0, 1) } else { put(32 + s - 1, 6) }
                    }
                    if d == 32768 { category(16); continue }
                    let mag = abs(d)
                    var s = 0
                    while (1 << s) <= mag { s += 1 }
                    category(s)
                    if s > 0 { put(d > 0 ? d : d - 1 + (1 << s), s) }
                }
                mcu += 1
            }
        }
        flush()
        return bytes
    }
}
