// libFuzzer target: open + walk every element (typed accessors) + DICOM JSON + patient + image
// description. Input: a whole file.
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParse(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    _ = Harness.parse(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
