// libFuzzer target: render with random options. Input: 16 bytes of rendering options
// (Harness.renderOptions), then a whole file; the first and last frame are rendered, sometimes
// encoded to PNG/JPEG.
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRender(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    _ = Harness.render(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

/// Structure-aware mutations (lengths, VRs, pixel attributes, offset tables, LUT descriptors,
/// codec headers) beside libFuzzer's byte mutations: FuzzSupport/Mutators.swift.
@_cdecl("LLVMFuzzerCustomMutator")
public func customMutatorFuzzRender(_ data: UnsafeMutablePointer<UInt8>?, _ size: Int, _ maxSize: Int, _ seed: UInt32) -> Int {
    Mutators.mutate(data, size, maxSize, seed, codestream: false)
}
