import XCTest
import Foundation
import DICOMCore
import DICOMCodecs
@testable import DICOMRendering
import TestSupport

// MARK: - helpers

/// A pipeline over a synthetic file.
private func pipeline(_ elements: [WElement], transferSyntax: String = TransferSyntax.explicitVRLittleEndian) throws -> PixelPipeline {
    let bytes = try makeFile(elements, transferSyntax: transferSyntax)
    let p = try parseBytes(bytes)
    return try PixelPipeline(dataSet: p.dataSet, transferSyntax: p.transferSyntax, limits: Limits())
}

/// Image pixel module elements for a grayscale image.
private func mono(rows: Int, cols: Int, bits: Int = 16, stored: Int? = nil, signed: Bool = false,
                  photometric: String = "MONOCHROME2", pixels: [Int], frames: Int = 1) -> [WElement] {
    var raw: [UInt8] = []
    for v in pixels {
        if bits == 8 { raw.append(UInt8(truncatingIfNeeded: v)) }
        else { raw.append(UInt8(truncatingIfNeeded: v)); raw.append(UInt8(truncatingIfNeeded: v >> 8)) }
    }
    if raw.count % 2 == 1 { raw.append(0) }
    var e: [WElement] = [
        .text(T(0x0008, 0x0016), .UI, "1.2.840.10008.5.1.4.1.1.7"),
        .text(T(0x0008, 0x0018), .UI, "2.25.1"),
        .us(T(0x0028, 0x0002), 1),
        .text(T(0x0028, 0x0004), .CS, photometric),
        .us(T(0x0028, 0x0010), rows), .us(T(0x0028, 0x0011), cols),
        .us(T(0x0028, 0x0100), bits), .us(T(0x0028, 0x0101), stored ?? bits),
        .us(T(0x0028, 0x0102), (stored ?? bits) - 1), .us(T(0x0028, 0x0103), signed ? 1 : 0),
        WElement(T(0x7FE0, 0x0010), bits == 8 ? .OB : .OW, .bytes(raw)),
    ]
    if frames > 1 { e.append(.text(T(0x0028, 0x0008), .IS, String(frames))) }
    return e
}

private func ds(_ v: Double...) -> WValue { .doubles(v) }

private func render(_ p: PixelPipeline, frame: Int = 0, _ configure: (inout RenderOptions) -> Void = { _ in }) throws -> RenderedImage {
    var o = RenderOptions()
    configure(&o)
    return try Renderer.render(p, frame: frame, options: o)
}

final class WindowFunctionTests: XCTestCase {
    // PS3.3 C.11.2.1.2.1 LINEAR with ymin 0, ymax 255.
    func testLinearEdges() {
        let w = Window(center: 2048, width: 4096, function: .linear)
        // x <= c - 0.5 - (w-1)/2 = 0 -> ymin
        XCTAssertEqual(w.apply(0, yMin: 0, yMax: 255), 0)
        XCTAssertEqual(w.apply(-100, yMin: 0, yMax: 255), 0)
        // x > c - 0.5 + (w-1)/2 = 4095 -> ymax
        XCTAssertEqual(w.apply(4095.5, yMin: 0, yMax: 255), 255)
        // just above the lower edge: ((1 - 2047.5)/4095 + 0.5) * 255
        XCTAssertEqual(w.apply(1, yMin: 0, yMax: 255), ((1 - 2047.5) / 4095 + 0.5) * 255, accuracy: 1e-12)
        // centre - 0.5 maps to the middle of the range
        XCTAssertEqual(w.apply(2047.5, yMin: 0, yMax: 255), 127.5, accuracy: 1e-12)
        // width 1: a threshold at c - 0.5
        let t = Window(center: 100, width: 1, function: .linear)
        XCTAssertEqual(t.apply(99.5, yMin: 0, yMax: 255), 0)
        XCTAssertEqual(t.apply(99.6, yMin: 0, yMax: 255), 255)
        XCTAssertFalse(Window(center: 0, width: 0.5, function: .linear).isValid)
        XCTAssertTrue(Window(center: 0, width: 0.5, function: .linearExact).isValid)
    }

    // C.11.2.1.3.2 LINEAR_EXACT.
    func testLinearExactEdges() {
        let w = Window(center: 0, width: 100, function: .linearExact)
        XCTAssertEqual(w.apply(-50, yMin: 0, yMax: 255), 0)        // x <= c - w/2
        XCTAssertEqual(w.apply(50, yMin: 0, yMax: 255), 255)       // ((50 - 0)/100 + 0.5) * 255
        XCTAssertEqual(w.apply(50.0001, yMin: 0, yMax: 255), 255)  // x > c + w/2
        XCTAssertEqual(w.apply(0, yMin: 0, yMax: 255), 127.5)
        XCTAssertEqual(w.apply(-25, yMin: -1000, yMax: 1000), -500)
    }

    // C.11.2.1.3.1 SIGMOID: y = (ymax - ymin) / (1 + exp(-4 (x - c) / w)) + ymin
    func testSigmoid() {
        let w = Window(center: 40, width: 400, function: .sigmoid)
        XCTAssertEqual(w.apply(40, yMin: 0, yMax: 255), 127.5)
        XCTAssertEqual(w.apply(440, yMin: 0, yMax: 255), 255 / (1 + exp(-4.0)), accuracy: 1e-12)
        XCTAssertEqual(w.apply(-360, yMin: 0, yMax: 255), 255 / (1 + exp(4.0)), accuracy: 1e-12)
        XCTAssertEqual(w.apply(1e9, yMin: 0, yMax: 255), 255)
        XCTAssertEqual(w.apply(-1e9, yMin: 0, yMax: 255), 0)
    }

    func testTo8Bit() {
        XCTAssertEqual(to8Bit(0, lo: 0, hi: 4095), 0)
        XCTAssertEqual(to8Bit(4095, lo: 0, hi: 4095), 255)
        XCTAssertEqual(to8Bit(2047.5, lo: 0, hi: 4095), 128)  // floor(127.5 + 0.5)
        XCTAssertEqual(to8Bit(-5, lo: 0, hi: 10), 0)
        XCTAssertEqual(to8Bit(50, lo: 0, hi: 10), 255)
        XCTAssertEqual(to8Bit(3, lo: 5, hi: 5), 0)  // empty range
        XCTAssertEqual(to8Bit(.nan, lo: 0, hi: 1), 0)
    }

    func testVOIFunctionNames() {
        XCTAssertEqual(VOIFunction(name: "linear_exact "), .linearExact)
        XCTAssertEqual(VOIFunction(name: "SIGMOID"), .sigmoid)
        XCTAssertNil(VOIFunction(name: "LOG"))
    }
}

final class ModalityAndPaletteTests: XCTestCase {
    func testRescaleAndWindowOnSyntheticCT() throws {
        // Signed CT: stored -1024...1024, slope 1, intercept -1024, window 40/400.
        var e = mono(rows: 1, cols: 4, signed: true, pixels: [0, 1024, 1064, 3000].map { $0 })
        e += [WElement(T(0x0028, 0x1052), .DS, ds(-1024)), WElement(T(0x0028, 0x1053), .DS, ds(1)),
              WElement(T(0x0028, 0x1050), .DS, ds(40)), WElement(T(0x0028, 0x1051), .DS, ds(400))]
        let img = try render(try pipeline(e))
        // HU: -1024 -> 0; 0 -> ((0 - 39.5)/399 + 0.5) * 255 = 102.26 -> 102; 40 -> 128 (127.8); 1976 -> 255
        let expected0 = UInt8(((0 - 39.5) / 399 + 0.5) * 255 + 0.5)
        XCTAssertEqual(img.pixels, [0, expected0, UInt8(((40 - 39.5) / 399 + 0.5) * 255 + 0.5), 255])
        XCTAssertEqual(img.voiDescription, "window C=40 W=400 LINEAR")
        // Caller window and function override.
        let img2 = try render(try pipeline(e)) { $0.windowCenter = 0; $0.windowWidth = 100; $0.voiFunction = .linearExact }
        let wx = Window(center: 0, width: 100, function: .linearExact)
        let (lo, hi) = (-32768.0 - 1024, 32767.0 - 1024)  // signed 16-bit range, rescaled
        XCTAssertEqual(img2.pixels, [-1024.0, 0, 40, 1976].map { to8Bit(wx.apply($0, yMin: lo, yMax: hi), lo: lo, hi: hi) })
        XCTAssertEqual(img2.pixels, [0, 128, 230, 255])
        // voi_index -1: ignore the file's window -> min/max of HU (-1024...1976).
        let img3 = try render(try pipeline(e)) { $0.voiIndex = -1 }
        XCTAssertEqual(img3.pixels, [0, UInt8((1024.0 / 3000 * 255 + 0.5).rounded(.down)), UInt8((1064.0 / 3000 * 255 + 0.5).rounded(.down)), 255])
        XCTAssertThrowsError(try render(try pipeline(e)) { $0.voiIndex = 3 }) {
            XCTAssertEqual(($0 as? DICOMError)?.status, .outOfRange)
        }
    }

    func testModalityLUTSequenceQuirks() throws {
        // 3 entries, first mapped -2 (signed pixels: 0xFFFE), 16 bits per entry.
        let item = WItem([WElement(T(0x0028, 0x3002), .US, .ints([3, 0xFFFE, 16])),
                          WElement(T(0x0028, 0x3006), .OW, .ints([100, 200, 300]))])
        var e = mono(rows: 1, cols: 5, signed: true, pixels: [-5, -2, -1, 0, 7].map { $0 & 0xFFFF })
        e.append(.sequence(T(0x0028, 0x3000), [item]))
        let p = try pipeline(e)
        let attrs = FrameAttributes(dataSet: p.dataSet, description: p.description, frame: 0)
        guard case .lut(let t) = attrs.modality else { return XCTFail("no modality LUT") }
        XCTAssertEqual(t.firstMapped, -2)
        XCTAssertEqual([-5.0, -2, -1, 0, 7].map { t.lookup($0) }, [100, 100, 200, 300, 300])
        // min/max default over LUT output 100...300
        let img = try render(p)
        XCTAssertEqual(img.pixels, [0, 0, 128, 255, 255])
        // 0 entries means 65536; 8-bit entries stored one per 16-bit word.
        let words = (0..<65536).map { Int64($0 & 0xFF) | 0x1200 }
        let item2 = WItem([WElement(T(0x0028, 0x3002), .US, .ints([0, 0, 8])),
                           WElement(T(0x0028, 0x3006), .OW, .ints(words))])
        let f = try parseBytes(try makeFile([.sequence(T(0x0028, 0x3000), [item2])]))
        guard let it = f.dataSet.items(T(0x0028, 0x3000)).first else { return XCTFail("no item") }
        let lut = try LookupTable.read(item: it, signedInput: false)
        XCTAssertEqual(lut.entries.count, 65536)
        XCTAssertEqual(lut.entries[0x1AB], 0xAB)
        XCTAssertEqual(lut.maxOutput, 255)
    }

    func testSegmentedPalette() throws {
        // discrete 0,10,20; linear to 60 over 4; indirect: repeat the first segment (offset 0).
        let data = [0, 3, 0, 10, 20, 1, 4, 60, 2, 1, 0, 0]
        let lut = try PaletteLUT.expandSegmented(data, maxEntries: 100)
        XCTAssertEqual(lut, [0, 10, 20, 30, 40, 50, 60, 0, 10, 20])
        XCTAssertThrowsError(try PaletteLUT.expandSegmented([1, 4, 60], maxEntries: 100))
        XCTAssertThrowsError(try PaletteLUT.expandSegmented([7, 1, 0], maxEntries: 100))
        XCTAssertThrowsError(try PaletteLUT.expandSegmented([0, 3, 1, 2, 3, 1, 200, 9], maxEntries: 100))
    }

    func testPaletteEdges() throws {
        // 4 entries, first mapped 10, 16-bit entries; values below / above clip to the ends.
        var e = mono(rows: 1, cols: 4, bits: 8, photometric: "PALETTE COLOR", pixels: [0, 10, 12, 255])
        for (k, base) in [(1, 0), (2, 1000), (3, 2000)] {
            e.append(WElement(T(0x0028, UInt16(0x1100 + k)), .US, .ints([4, 10, 16])))
            e.append(WElement(T(0x0028, UInt16(0x1200 + k)), .OW, .ints([0, 65535, 32768, 257].map { Int64(($0 + base) & 0xFFFF) })))
        }
        let img = try render(try pipeline(e))
        XCTAssertEqual(img.channels, 3)
        func s(_ v: Int) -> UInt8 { UInt8((v * 255 + 32767) / 65535) }
        XCTAssertEqual(Array(img.pixels[0..<3]), [s(0), s(1000), s(2000)])      // below first mapped
        XCTAssertEqual(Array(img.pixels[3..<6]), [s(0), s(1000), s(2000)])      // entry 0
        XCTAssertEqual(Array(img.pixels[6..<9]), [s(32768), s(33768), s(34768)])  // entry 2
        XCTAssertEqual(Array(img.pixels[9..<12]), [s(257), s(1257), s(2257)])   // clipped to last
    }
}

final class PresentationTests: XCTestCase {
    func testMonochrome1WithAndWithoutWindow() throws {
        let e = mono(rows: 1, cols: 4, bits: 8, photometric: "MONOCHROME1", pixels: [0, 50, 100, 200])
        // No window: min/max 0...200, then inverted.
        let img = try render(try pipeline(e))
        XCTAssertEqual(img.pixels, [255, 255 - 64, 255 - 128, 0])  // floor(50/200*255+0.5) = 64
        XCTAssertEqual(img.voiDescription, "min/max")
        // With a window 100/100 LINEAR: 0 -> 0, 50 -> 0, 100 -> ((100-99.5)/99+0.5)*255 = 128.79 -> 129, 200 -> 255; inverted.
        let w = e + [WElement(T(0x0028, 0x1050), .DS, ds(100)), WElement(T(0x0028, 0x1051), .DS, ds(100))]
        let img2 = try render(try pipeline(w))
        XCTAssertEqual(img2.pixels, [255, 255, 255 - 129, 0])
        // invert forced off
        let img3 = try render(try pipeline(w)) { $0.invert = false }
        XCTAssertEqual(img3.pixels, [0, 0, 129, 255])
        // MONOCHROME1 with Presentation LUT Shape INVERSE (as DX requires) is inverted once.
        let dx = e + [WElement(T(0x2050, 0x0020), .CS, .strings(["INVERSE"]))]
        XCTAssertEqual(try render(try pipeline(dx)).pixels, [255, 255 - 64, 255 - 128, 0])
        // MONOCHROME2 with INVERSE is inverted.
        let m2 = mono(rows: 1, cols: 4, bits: 8, pixels: [0, 50, 100, 200]) + [WElement(T(0x2050, 0x0020), .CS, .strings(["INVERSE"]))]
        XCTAssertEqual(try render(try pipeline(m2)).pixels, [255, 255 - 64, 255 - 128, 0])
    }

    func testVOILUTWinsOverWindowAndIndexes() throws {
        let lut0 = WItem([WElement(T(0x0028, 0x3002), .US, .ints([4, 0, 8])),
                          WElement(T(0x0028, 0x3006), .OW, .ints([0, 85, 170, 255]))])
        let lut1 = WItem([WElement(T(0x0028, 0x3002), .US, .ints([4, 0, 8])),
                          WElement(T(0x0028, 0x3006), .OW, .ints([255, 170, 85, 0]))])
        let e = mono(rows: 1, cols: 4, bits: 8, pixels: [0, 1, 2, 3])
            + [WElement(T(0x0028, 0x1050), .DS, ds(1, 2)), WElement(T(0x0028, 0x1051), .DS, ds(2, 4)),
               .sequence(T(0x0028, 0x3010), [lut0, lut1])]
        let p = try pipeline(e)
        XCTAssertEqual(try render(p).pixels, [0, 85, 170, 255])
        XCTAssertEqual(try render(p).voiDescription, "VOI LUT 0")
        XCTAssertEqual(try render(p) { $0.voiLUTIndex = 1 }.pixels, [255, 170, 85, 0])
        // window 1 (C=2, W=4): x <= 0 -> 0; ((x - 1.5)/3 + 0.5) * 255
        let w1 = try render(p) { $0.voiIndex = 1 }
        XCTAssertEqual(w1.pixels, [0, to8Bit(((1 - 1.5) / 3 + 0.5) * 255, lo: 0, hi: 255), to8Bit(((2 - 1.5) / 3 + 0.5) * 255, lo: 0, hi: 255), 255])
        let attrs = FrameAttributes(dataSet: p.dataSet, description: p.description, frame: 0)
        XCTAssertEqual(attrs.windows.count, 2)
        XCTAssertEqual(attrs.voiLUTs.count, 2)
    }

    func testPercentileDefaultAndTablePathEqualsFormula() throws {
        // 1x100 ramp 0...99: percentiles 10/90 by nearest rank of the stored values -> 10...89.
        let e = mono(rows: 1, cols: 100, bits: 8, pixels: Array(0..<100))
        let img = try render(try pipeline(e)) { $0.voiDefault = .percentile; $0.percentileLow = 10; $0.percentileHigh = 90 }
        XCTAssertEqual(img.pixels, (0..<100).map { to8Bit(Double($0), lo: 10, hi: 89) })
        XCTAssertEqual(img.voiDescription, "percentile 10-90")
        // 16-bit signed, SIGMOID window through the 64K table equals the formula per value.
        let values = [-32768, -2000, -1, 0, 1, 39, 40, 41, 1500, 32767]
        let ct = mono(rows: 1, cols: values.count, signed: true, pixels: values.map { $0 & 0xFFFF })
            + [WElement(T(0x0028, 0x1050), .DS, ds(40)), WElement(T(0x0028, 0x1051), .DS, ds(400)),
               WElement(T(0x0028, 0x1056), .CS, .strings(["SIGMOID"])),
               WElement(T(0x0028, 0x1052), .DS, ds(-1024)), WElement(T(0x0028, 0x1053), .DS, ds(1))]
        let w = Window(center: 40, width: 400, function: .sigmoid)
        let (lo, hi) = (-32768.0 - 1024, 32767.0 - 1024)
        XCTAssertEqual(try render(try pipeline(ct)).pixels,
                       values.map { to8Bit(w.apply(Double($0) - 1024, yMin: lo, yMax: hi), lo: lo, hi: hi) })
    }

    func testEnhancedFunctionalGroupsOverrideTopLevel() throws {
        func voi(_ c: Double, _ w: Double) -> WItem {
            WItem([.sequence(T(0x0028, 0x9132), [WItem([WElement(T(0x0028, 0x1050), .DS, ds(c)),
                                                         WElement(T(0x0028, 0x1051), .DS, ds(w))])])])
        }
        let shared = WItem([.sequence(T(0x0028, 0x9145), [WItem([WElement(T(0x0028, 0x1052), .DS, ds(-100)),
                                                                 WElement(T(0x0028, 0x1053), .DS, ds(2))])])])
        let e = mono(rows: 1, cols: 2, pixels: [50, 150, 50, 150], frames: 2)
            + [WElement(T(0x0028, 0x1050), .DS, ds(5000)), WElement(T(0x0028, 0x1051), .DS, ds(10)),
               .sequence(T(0x5200, 0x9229), [shared]),
               .sequence(T(0x5200, 0x9230), [voi(100, 200), voi(100, 600)])]
        let p = try pipeline(e)
        // modality: 2x - 100 -> 0, 200 (shared Pixel Value Transformation); per-frame windows.
        let f0 = try render(p, frame: 0)
        let f1 = try render(p, frame: 1)
        let w0 = Window(center: 100, width: 200), w1 = Window(center: 100, width: 600)
        let (yMin, yMax) = (0 * 2 - 100.0, 65535 * 2 - 100.0)
        XCTAssertEqual(f0.pixels, [0.0, 200].map { to8Bit(w0.apply($0, yMin: yMin, yMax: yMax), lo: yMin, hi: yMax) })
        XCTAssertEqual(f1.pixels, [0.0, 200].map { to8Bit(w1.apply($0, yMin: yMin, yMax: yMax), lo: yMin, hi: yMax) })
        XCTAssertEqual(f0.pixels, [0, 255])
        XCTAssertEqual(f1.pixels, [85, 170])  // ((0-99.5)/599+0.5)*255 = 85.1, ((200-99.5)/599+0.5)*255 = 170.3
    }
}

final class OutputTests: XCTestCase {
    func testFormatsStrideAndResize() throws {
        // 4x4 ramp 0..15 (8-bit), min/max -> floor(v/15*255+0.5)
        let e = mono(rows: 4, cols: 4, bits: 8, pixels: Array(0..<16))
        let p = try pipeline(e)
        let full = try render(p)
        XCTAssertEqual(full.pixels, (0..<16).map { to8Bit(Double($0), lo: 0, hi: 15) })
        // RGBA with a stride of 20 bytes: padding untouched.
        var o = RenderOptions(); o.output = .rgba8
        var buf = [UInt8](repeating: 7, count: 20 * 3 + 16)
        try buf.withUnsafeMutableBytes { _ = try Renderer.render(p, frame: 0, options: o, into: $0, stride: 20) }
        XCTAssertEqual(Array(buf[0..<8]), [0, 0, 0, 255, 17, 17, 17, 255])
        XCTAssertEqual(Array(buf[16..<20]), [7, 7, 7, 7])
        XCTAssertEqual(buf[20 + 4 * 0], full.pixels[4])
        var small = [UInt8](repeating: 0, count: 20 * 3 + 15)
        XCTAssertThrowsError(try small.withUnsafeMutableBytes { try Renderer.render(p, frame: 0, options: o, into: $0, stride: 20) }) {
            XCTAssertEqual(($0 as? DICOMError)?.status, .bufferTooSmall)
        }
        // 2x2 area average of each 2x2 block.
        let half = try render(p) { $0.outputWidth = 2; $0.outputHeight = 2 }
        let f = full.pixels.map { Double($0) }
        func avg(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> UInt8 { UInt8(((f[a] + f[b] + f[c] + f[d]) / 4 + 0.5).rounded(.down)) }
        XCTAssertEqual(half.pixels, [avg(0, 1, 4, 5), avg(2, 3, 6, 7), avg(8, 9, 12, 13), avg(10, 11, 14, 15)])
        // Aspect kept: a 2x4 box gives 2x2; Pixel Aspect Ratio 2:1 doubles the displayed height.
        let box = try render(p) { $0.outputWidth = 2; $0.outputHeight = 4 }
        XCTAssertEqual([box.width, box.height], [2, 2])
        let par = try pipeline(e + [WElement(T(0x0028, 0x0034), .IS, .ints([2, 1]))])
        let tall = try render(par) { $0.outputWidth = 4; $0.outputHeight = 100 }
        XCTAssertEqual([tall.width, tall.height], [4, 8])
    }

    func testOverlayPlaneDrawn() throws {
        // 4x4 image of zeros, an overlay 2x2 at origin (2,3) with bits 1,0,0,1.
        let e = mono(rows: 4, cols: 4, bits: 8, pixels: [Int](repeating: 0, count: 16))
            + [.us(T(0x6000, 0x0010), 2), .us(T(0x6000, 0x0011), 2), WElement(T(0x6000, 0x0040), .CS, .strings(["G"])),
               WElement(T(0x6000, 0x0050), .SS, .ints([2, 3])), .us(T(0x6000, 0x0100), 1), .us(T(0x6000, 0x0102), 0),
               WElement(T(0x6000, 0x3000), .OW, .bytes([0b1001, 0]))]
        let p = try pipeline(e)
        XCTAssertEqual(try render(p).pixels, [UInt8](repeating: 0, count: 16))
        let img = try render(p) { $0.overlays = true; $0.overlayColor = 0xFF0000; $0.output = .rgb8 }
        var expected = [UInt8](repeating: 0, count: 48)
        for (r, c) in [(1, 2), (2, 3)] { expected[(r * 4 + c) * 3] = 255 }
        XCTAssertEqual(img.pixels, expected)
        // Embedded overlay in bit 12 of 16-bit pixels with Bits Stored 12.
        let emb = mono(rows: 1, cols: 3, bits: 16, stored: 12, pixels: [0x1000, 0x0800, 0x1FFF])
            + [.us(T(0x6000, 0x0010), 1), .us(T(0x6000, 0x0011), 3), .us(T(0x6000, 0x0100), 16), .us(T(0x6000, 0x0102), 12)]
        let pe = try pipeline(emb)
        XCTAssertEqual(try render(pe).pixels, [0, to8Bit(0x800, lo: 0, hi: 0xFFF), 255])  // high bit cleared by decoding
        XCTAssertEqual(try render(pe) { $0.overlays = true; $0.overlayColor = 0x808080 }.pixels, [128, to8Bit(0x800, lo: 0, hi: 0xFFF), 128])
    }

    func testGeometrySources() throws {
        func g(_ e: [WElement]) throws -> Geometry { Geometry(dataSet: try parseBytes(try makeFile(e)).dataSet) }
        let ps = try g([WElement(T(0x0028, 0x0030), .DS, ds(0.5, 0.25)), WElement(T(0x0018, 0x1164), .DS, ds(0.1, 0.1))])
        XCTAssertEqual([ps.rowSpacing, ps.columnSpacing], [0.5, 0.25]); XCTAssertEqual(ps.source, .pixelSpacing)
        let ips = try g([WElement(T(0x0018, 0x1164), .DS, ds(0.2, 0.2)), WElement(T(0x0018, 0x1114), .DS, ds(1.25))])
        XCTAssertEqual(ips.rowSpacing, 0.16, accuracy: 1e-12); XCTAssertEqual(ips.source, .imagerPixelSpacingCorrected)
        let raw = try g([WElement(T(0x0018, 0x1164), .DS, ds(0.2, 0.2))])
        XCTAssertEqual(raw.source, .imagerPixelSpacing)
        let region = WItem([WElement(T(0x0018, 0x6024), .US, .ints([3])), WElement(T(0x0018, 0x6026), .US, .ints([3])),
                            WElement(T(0x0018, 0x602C), .FD, ds(0.01)), WElement(T(0x0018, 0x602E), .FD, ds(0.02))])
        let us = try g([.sequence(T(0x0018, 0x6011), [region])])
        XCTAssertEqual(us.source, .ultrasoundRegion)
        XCTAssertEqual(us.columnSpacing, 0.1, accuracy: 1e-12); XCTAssertEqual(us.rowSpacing, 0.2, accuracy: 1e-12)
        XCTAssertEqual(try g([]).source, .none)
    }

    func testPNGReadBackWithPIL() throws {
        let python = "/usr/bin/env"
        var pixels = [UInt8](repeating: 0, count: 37 * 23 * 3)
        for i in 0..<pixels.count { pixels[i] = UInt8(truncatingIfNeeded: i &* 7 &+ i / 5) }
        let path = NSTemporaryDirectory() + "vetdicom_render_\(getpid()).png"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try pixels.withUnsafeBytes {
            try ImageEncoder.writePNG($0.baseAddress!, width: 37, height: 23, channels: 3, stride: 37 * 3, path: path)
        }
        let proc = Process()
        proc.executableURL = URL(fileURLWithPath: python)
        proc.arguments = ["python3", "-c",
                          "import sys,hashlib; from PIL import Image; im=Image.open(sys.argv[1]); print(im.mode, im.size[0], im.size[1], hashlib.sha256(im.tobytes()).hexdigest())",
                          path]
        let pipe = Pipe()
        proc.standardOutput = pipe
        do { try proc.run() } catch { throw XCTSkip("python3 not available: \(error)") }
        proc.waitUntilExit()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        if proc.terminationStatus != 0 { throw XCTSkip("python3 with PIL not available") }
        XCTAssertEqual(out.trimmingCharacters(in: .whitespacesAndNewlines), "RGB 37 23 \(sha256Hex(pixels))")
        // JPEG: decodes to the right size (lossy, so only the shape and a loose mean are checked).
        let (mem, n) = try pixels.withUnsafeBytes {
            try ImageEncoder.jpeg($0.baseAddress!, width: 37, height: 23, channels: 3, stride: 37 * 3, quality: 95)
        }
        defer { free(mem) }
        let bytes = [UInt8](UnsafeRawBufferPointer(start: mem, count: n))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xFF, 0xD8, 0xFF])
    }
}

final class CorpusRenderTests: XCTestCase {
    private func open(_ e: CorpusEntry) throws -> PixelPipeline {
        let p = try parseBytes(try Corpus.bytes(e))
        return try PixelPipeline(dataSet: p.dataSet, transferSyntax: p.transferSyntax, limits: Limits())
    }

    private func decodedHash(_ p: PixelPipeline, _ i: Int) throws -> String {
        let l = p.layout(DecodeSettings())
        var buf = [UInt8](repeating: 0, count: l.frameBytes)
        try buf.withUnsafeMutableBytes { _ = try p.decode(frame: i, into: $0, settings: DecodeSettings()) }
        return sha256Hex(buf)
    }

    /// Every grayscale frame with a reference rendering (first 2 frames of each file) renders to
    /// exactly that hash with default options, whenever our decoded frame equals the reference
    /// decoded frame (where decoders legitimately differ, e.g. lossy JPEG within tolerance, the
    /// 8-bit rendering of different input cannot be compared).
    func testGrayscaleRender8MatchesManifest() throws {
        guard Corpus.root != nil else { throw XCTSkip(Corpus.absentMessage) }
        var matched = 0, decoderDiffers = 0
        for e in try Corpus.entries() where !e.render8SHA256.isEmpty {
            let p = try open(e)
            for (i, ref) in e.render8SHA256.enumerated().prefix(2) {
                let img = try Renderer.render(p, frame: i, options: RenderOptions())
                let got = sha256Hex(img.pixels)
                if got == ref { matched += 1; continue }
                if i < e.framesSHA256.count, try decodedHash(p, i) != e.framesSHA256[i] { decoderDiffers += 1; continue }
                XCTFail("\(e.path) frame \(i): render8 \(got) != \(ref) (\(img.voiDescription))")
            }
        }
        XCTAssertGreaterThanOrEqual(matched, 110)
        XCTAssertLessThanOrEqual(decoderDiffers, 8)
        print("render8: \(matched) frames identical, \(decoderDiffers) with a decoder difference")
    }

    func testColourFramesMatchDecodedRGB() throws {
        guard Corpus.root != nil else { throw XCTSkip(Corpus.absentMessage) }
        var matched = 0
        // First frame of each 8-bit colour file up to 2 Mpixel (debug builds decode slowly).
        for e in try Corpus.entries() where e.samplesPerPixel == 3 && e.bitsAllocated == 8 && !e.framesSHA256.isEmpty
            && (e.rows ?? 0) * (e.columns ?? 0) <= 2_000_000 {
            guard let p = try? open(e) else { continue }
            var o = RenderOptions(); o.output = .rgb8
            for (i, ref) in e.framesSHA256.enumerated().prefix(1) {
                guard let img = try? Renderer.render(p, frame: i, options: o) else { continue }
                let got = sha256Hex(img.pixels)
                if got == ref { matched += 1; continue }
                if try decodedHash(p, i) != ref { continue }  // decoder difference, not rendering
                XCTFail("\(e.path) frame \(i): rgb8 rendering differs from the decoded RGB frame")
            }
        }
        XCTAssertGreaterThanOrEqual(matched, 20)
    }

    func testPaletteFilesMatchManifest() throws {
        guard Corpus.root != nil else { throw XCTSkip(Corpus.absentMessage) }
        var checked = 0
        for e in try Corpus.entries() where !e.paletteRGBSHA256.isEmpty {
            let p = try open(e)
            let pal = try PaletteLUT(dataSet: p.dataSet, signedInput: p.description.pixelRepresentation == 1)
            let l = p.layout(DecodeSettings())
            var buf = [UInt8](repeating: 0, count: l.frameBytes)
            try buf.withUnsafeMutableBytes { _ = try p.decode(frame: 0, into: $0, settings: DecodeSettings()) }
            let full = try buf.withUnsafeBytes { try pal.applyFull($0, bytesPerSample: l.bytesPerSample, signed: l.isSigned, count: l.rows * l.columns) }
            // The reference is uint8 for 8-bit containers, else little-endian uint16.
            let bytes: [UInt8] = pal.containerBits == 8 ? full.map { UInt8(truncatingIfNeeded: $0) }
                : full.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)] }
            XCTAssertEqual(sha256Hex(bytes), e.paletteRGBSHA256[0], e.path)
            // The 8-bit rendering is the same table scaled to 8 bits.
            let img = try Renderer.render(p, frame: 0, options: RenderOptions())
            XCTAssertEqual(img.pixels, full.map { pal.to8($0) }, e.path)
            checked += 1
        }
        XCTAssertGreaterThanOrEqual(checked, 4)
    }

    func testGeometryOfCorpusFiles() throws {
        guard Corpus.root != nil else { throw XCTSkip(Corpus.absentMessage) }
        let byPath = Dictionary(uniqueKeysWithValues: try Corpus.entries().map { ($0.path, $0) })
        if let e = byPath["cornerstone/US-YBR_FULL_422-EVRLE.dcm"] {
            let g = Geometry(dataSet: try parseBytes(try Corpus.bytes(e)).dataSet)
            XCTAssertEqual(g.source, .ultrasoundRegion)
            XCTAssertEqual(g.columnSpacing, 0.0616, accuracy: 1e-9)
        }
        if let e = byPath["deid-data/animals_cat.dcm"] {
            let g = Geometry(dataSet: try parseBytes(try Corpus.bytes(e)).dataSet)
            XCTAssertEqual(g.source, .pixelSpacing)
            XCTAssertEqual(g.rowSpacing, 0.14, accuracy: 1e-12)
        }
    }
}
