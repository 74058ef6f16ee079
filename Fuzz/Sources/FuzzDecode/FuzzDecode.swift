// libFuzzer target: open a whole file and decode up to 4 frames (first and last of longer
// images) through whatever codec its transfer syntax names, with and without keep_ybr.
import FuzzSupport
import DICOMCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecode(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    var keep = DecodeSettings()
    keep.keepYBR = true
    _ = Harness.decode(UnsafeRawBufferPointer(start: data, count: size), settings: [DecodeSettings(), keep])
    return 0
}

/// Structure-aware mutations (lengths, VRs, pixel attributes, offset tables, LUT descriptors,
/// codec headers) beside libFuzzer's byte mutations: FuzzSupport/Mutators.swift.
@_cdecl("LLVMFuzzerCustomMutator")
public func customMutatorFuzzDecode(_ data: UnsafeMutablePointer<UInt8>?, _ size: Int, _ maxSize: Int, _ seed: UInt32) -> Int {
    Mutators.mutate(data, size, maxSize, seed, codestream: false)
}
