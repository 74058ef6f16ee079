// libFuzzer target: render with random options. Input: 16 bytes of rendering options
// (Harness.renderOptions), then a whole file; the first and last frame are rendered, sometimes
// encoded to PNG/JPEG.
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRender(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    _ = Harness.render(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
