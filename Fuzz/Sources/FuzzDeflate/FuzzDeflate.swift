// libFuzzer target: deflate. Byte 0 even: Deflated Image Frame Compression (bytes 1-8 the
// geometry, the rest the deflated frame); odd: a Deflated Explicit VR Little Endian file whose
// deflated data set is the rest of the input.
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDeflate(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data, size > 1 else { return 0 }
    let rest = UnsafeRawBufferPointer(start: data + 1, count: size - 1)
    if data[0] & 1 == 0 {
        _ = Harness.codec(rest, transferSyntax: Syntaxes.deflateFrames[0])
    } else {
        _ = Harness.deflatedDataSet(rest)
    }
    return 0
}
