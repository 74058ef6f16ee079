// libFuzzer target: JPEG 2000 and HTJ2K (OpenJPEG).
// Input: byte 0 selects the transfer syntax of the family, bytes 1-8 the geometry
// (Harness.Geometry), the rest is the codestream, wrapped as the encapsulated pixel data of a
// synthetic file and decoded through the whole pipeline.
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFuzzJ2K(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data, size > 1 else { return 0 }
    let uids = Syntaxes.j2k
    let uid = uids[Int(data[0]) % uids.count]
    _ = Harness.codec(UnsafeRawBufferPointer(start: data + 1, count: size - 1), transferSyntax: uid)
    return 0
}

/// Structure-aware mutations of the codestream header (SOF / SOF55 / SIZ / COD fields) beside
/// libFuzzer's byte mutations: FuzzSupport/Mutators.swift.
@_cdecl("LLVMFuzzerCustomMutator")
public func customMutatorFuzzJ2K(_ data: UnsafeMutablePointer<UInt8>?, _ size: Int, _ maxSize: Int, _ seed: UInt32) -> Int {
    Mutators.mutate(data, size, maxSize, seed, codestream: true)
}
