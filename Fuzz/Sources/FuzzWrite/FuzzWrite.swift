// libFuzzer target: open -> save -> reopen agrees; edit -> save -> reopen shows the edits.
// Input: a whole file.
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWrite(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    _ = Harness.write(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
