// libFuzzer target: open + walk every element (typed accessors) + DICOM JSON + patient + image
// description. Input: a whole file.
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParse(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    _ = Harness.parse(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

/// Structure-aware mutations (lengths, VRs, pixel attributes, offset tables, LUT descriptors,
/// codec headers) beside libFuzzer's byte mutations: FuzzSupport/Mutators.swift.
@_cdecl("LLVMFuzzerCustomMutator")
public func customMutatorFuzzParse(_ data: UnsafeMutablePointer<UInt8>?, _ size: Int, _ maxSize: Int, _ seed: UInt32) -> Int {
    Mutators.mutate(data, size, maxSize, seed, codestream: false)
}
