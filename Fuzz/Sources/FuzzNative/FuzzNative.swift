// libFuzzer target: native (uncompressed) pixel data. Byte 0: bits 0-1 the transfer syntax
// (explicit LE, explicit BE, implicit LE), bits 2-3 Pixel Data / Float / Double Float; bytes 1-8
// the geometry (Harness.Geometry); the rest is the pixel data value.
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNative(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data, size > 9 else { return 0 }
    let uids = Syntaxes.native
    let uid = uids[Int(data[0] & 3) % uids.count]
    let float = [0, 32, 64, 0][Int((data[0] >> 2) & 3)]
    var g = Harness.Geometry.parse(UnsafeRawBufferPointer(start: data + 1, count: 8))
    if float > 0 { g.bitsAllocated = float; g.bitsStored = float }
    let payload = Array(UnsafeRawBufferPointer(start: data + 9, count: size - 9))
    guard let file = try? Harness.syntheticFile(g, payload: payload, transferSyntax: uid, floatPixels: float) else {
        return 0
    }
    file.withUnsafeBytes { _ = Harness.decode($0) }
    return 0
}
