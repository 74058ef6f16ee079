// Helpers shared by the test targets: build synthetic DICOM with the DICOMCore writer, parse
// bytes, hash buffers. Test-only code (Foundation allowed here, never in Sources/).
import DICOMCore
@_exported import TestWriter
import Foundation

/// A Part 10 file with `elements` in `transferSyntax` (options can add deviations).
public func makeFile(_ elements: [WElement], transferSyntax: String = TransferSyntax.explicitVRLittleEndian,
                     configure: (inout WriterOptions) -> Void = { _ in }) throws -> [UInt8] {
    var options = WriterOptions(transferSyntaxUID: transferSyntax)
    configure(&options)
    return try DICOMWriter.part10(elements, options: options)
}

/// Parses `bytes` (copied into a store) with `limits`.
public func parseBytes(_ bytes: [UInt8], limits: Limits = Limits()) throws -> ParsedFile {
    let store = try bytes.withUnsafeBytes { try ByteStore(copying: $0) }
    var parser = Parser(limits: limits)
    return try parser.parse(store)
}

/// The error a parse throws, else the first damage it confined to an element (salvage: a
/// sequence deeper than max_depth, a value cut short by the end of the file), else nil.
public func parseError(_ bytes: [UInt8], limits: Limits = Limits()) -> DICOMError? {
    do {
        let p = try parseBytes(bytes, limits: limits)
        return firstDamage(p.meta) ?? firstDamage(p.dataSet)
    } catch let e as DICOMError { return e } catch {
        return DICOMError(.invalidData, "unexpected error type: \(error)")
    }
}

/// The first element damage in file order (items visited iteratively, no recursion).
public func firstDamage(_ root: DataSet) -> DICOMError? {
    var stack: [(DataSet, Int)] = [(root, 0)]
    while let (ds, i) = stack.popLast() {
        guard i < ds.elements.count else { continue }
        let e = ds.elements[i]
        if let d = e.damage { return d }
        stack.append((ds, i + 1))
        for item in (e.items ?? []).reversed() { stack.append((item, 0)) }
    }
    return nil
}

/// Shorthand for a tag.
public func T(_ group: UInt16, _ element: UInt16) -> Tag { Tag(group, element) }

/// Lower-case hex SHA-256 of `bytes`.
public func sha256Hex(_ bytes: UnsafeRawBufferPointer) -> String { TestSHA256.hex(bytes) }
/// Lower-case hex SHA-256 of `bytes`.
public func sha256Hex(_ bytes: [UInt8]) -> String { bytes.withUnsafeBytes { TestSHA256.hex($0) } }

/// SHA-256 for hashing decoded frames in tests: OpenSSL's libcrypto through dlopen when present
/// (fast even in debug builds), else a minimal Swift implementation (FIPS 180-4).
public enum TestSHA256 {
    typealias SHA256Fn = @convention(c) (UnsafePointer<UInt8>?, Int, UnsafeMutablePointer<UInt8>?) -> UnsafeMutablePointer<UInt8>?
    nonisolated(unsafe) static let libcrypto: SHA256Fn? = {
        for name in ["libcrypto.so.3", "libcrypto.so"] {
            if let h = dlopen(name, RTLD_NOW), let sym = dlsym(h, "SHA256") {
                return unsafeBitCast(sym, to: SHA256Fn.self)
            }
        }
        return nil
    }()

    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    public static func hex(_ bytes: UnsafeRawBufferPointer) -> String {
        if let f = libcrypto {
            var md = [UInt8](repeating: 0, count: 32)
            md.withUnsafeMutableBufferPointer { m in
                _ = f(bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count, m.baseAddress)
            }
            let digits = Array("0123456789abcdef")
            var s = ""
            for v in md { s.append(digits[Int(v >> 4)]); s.append(digits[Int(v & 15)]) }
            return s
        }
        return swiftHex(bytes)
    }

    /// The Swift implementation (also used when libcrypto is absent).
    public static func swiftHex(_ bytes: UnsafeRawBufferPointer) -> String {
        var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                           0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        var w = [UInt32](repeating: 0, count: 64)
        func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
        func compress(_ block: UnsafeRawBufferPointer) {
            for t in 0..<16 {
                w[t] = UInt32(block[4 * t]) << 24 | UInt32(block[4 * t + 1]) << 16
                    | UInt32(block[4 * t + 2]) << 8 | UInt32(block[4 * t + 3])
            }
            for t in 16..<64 {
                let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
                let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
                w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
            }
            var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7]
            for t in 0..<64 {
                let S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                let ch = (e & f) ^ (~e & g)
                let t1 = hh &+ S1 &+ ch &+ k[t] &+ w[t]
                let S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                let maj = (a & b) ^ (a & c) ^ (b & c)
                let t2 = S0 &+ maj
                hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
            }
            h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d; h[4] &+= e; h[5] &+= f; h[6] &+= g; h[7] &+= hh
        }
        let n = bytes.count
        let full = n / 64
        for i in 0..<full { compress(UnsafeRawBufferPointer(rebasing: bytes[(i * 64)..<(i * 64 + 64)])) }
        var tail = [UInt8](bytes[(full * 64)..<n])
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        let bits = UInt64(n) &* 8
        for i in (0..<8).reversed() { tail.append(UInt8(truncatingIfNeeded: bits >> (8 * UInt64(i)))) }
        tail.withUnsafeBytes { t in
            var o = 0
            while o < t.count { compress(UnsafeRawBufferPointer(rebasing: t[o..<(o + 64)])); o += 64 }
        }
        let digits = Array("0123456789abcdef")
        var s = ""
        for v in h { for shift in stride(from: 28, through: 0, by: -4) { s.append(digits[Int((v >> UInt32(shift)) & 15)]) } }
        return s
    }
}

/// Runs `python3 -c script args...` ($PYTHON overrides the interpreter) and returns its standard
/// output, or nil when python or a module it imports is missing (the script prints "SKIP").
public func runPython(_ script: String, _ args: [String]) throws -> Data? {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [ProcessInfo.processInfo.environment["PYTHON"] ?? "python3", "-c", script] + args
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = Pipe()
    do { try p.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    if data.starts(with: Array("SKIP".utf8)) || p.terminationStatus != 0 { return nil }
    return data
}
